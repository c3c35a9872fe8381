//! The AFS file service, UDP 7000 (print-rx.c's fs_print,
//! fs_reply_print and acl_print).

use super::Service;
use super::fields::{Args, Out};
use crate::decode::ctx::{Ctx, print_char};

/// fs_req.
const OPCODES: &[(u32, &str)] = &[
    (130, "fetch-data"),
    (131, "fetch-acl"),
    (132, "fetch-status"),
    (133, "store-data"),
    (134, "store-acl"),
    (135, "store-status"),
    (136, "remove-file"),
    (137, "create-file"),
    (138, "rename"),
    (139, "symlink"),
    (140, "link"),
    (141, "makedir"),
    (142, "rmdir"),
    (143, "oldsetlock"),
    (144, "oldextlock"),
    (145, "oldrellock"),
    (146, "get-stats"),
    (147, "give-cbs"),
    (148, "get-vlinfo"),
    (149, "get-vlstats"),
    (150, "set-vlstats"),
    (151, "get-rootvl"),
    (152, "check-token"),
    (153, "get-time"),
    (154, "nget-vlinfo"),
    (155, "bulk-stat"),
    (156, "setlock"),
    (157, "extlock"),
    (158, "rellock"),
    (159, "xstat-ver"),
    (160, "get-xstat"),
    (161, "dfs-lookup"),
    (162, "dfs-flushcps"),
    (163, "dfs-symlink"),
    (220, "residency"),
    (65536, "inline-bulk-status"),
    (65537, "fetch-data-64"),
    (65538, "store-data-64"),
    (65539, "give-up-all-cbs"),
    (65540, "get-caps"),
    (65541, "cb-rx-conn-addr"),
];

/// afs_fs_errors (-100 is "restarting fileserver").
const ERRORS: &[(u32, &str)] = &[
    (101, "salvage volume"),
    (102, "no such vnode"),
    (103, "no such volume"),
    (104, "volume exist"),
    (105, "no service"),
    (106, "volume offline"),
    (107, "voline online"),
    (108, "diskfull"),
    (109, "diskquota exceeded"),
    (110, "volume busy"),
    (111, "volume moved"),
    (112, "AFS IO error"),
    (0xffff_ff9c, "restarting fileserver"),
];

/// AFSNAMEMAX and AFSOPAQUEMAX.
const NAME_MAX: u32 = 256;
const OPAQUE_MAX: usize = 1024;

pub(super) const SERVICE: Service = Service {
    errors: Some(ERRORS),
    ..Service::new("fs", OPCODES, call, reply)
};

/// fs_print: the arguments of a call.
fn call(c: &mut Ctx, a: &mut Args, opcode: u32) -> Out {
    match opcode {
        130 => {
            a.fid(c)?;
            a.uints(c, &[" offset", " length"])?;
        }
        131 | 132 | 143 | 144 | 145 | 156 | 157 | 158 => a.fid(c)?,
        135 => {
            a.fid(c)?;
            store_status(c, a)?;
        }
        133 => {
            a.fid(c)?;
            store_status(c, a)?;
            a.uints(c, &[" offset", " length", " flen"])?;
        }
        134 => {
            a.fid(c)?;
            acl(c, a)?;
        }
        137 | 141 => {
            a.fid(c)?;
            a.string(c, NAME_MAX)?;
            store_status(c, a)?;
        }
        136 | 142 => {
            a.fid(c)?;
            a.string(c, NAME_MAX)?;
        }
        138 => {
            c.s(" old");
            a.fid(c)?;
            a.string(c, NAME_MAX)?;
            c.s(" new");
            a.fid(c)?;
            a.string(c, NAME_MAX)?;
        }
        139 => {
            a.fid(c)?;
            a.string(c, NAME_MAX)?;
            c.s(" link to");
            a.string(c, NAME_MAX)?;
        }
        140 => {
            a.fid(c)?;
            a.string(c, NAME_MAX)?;
            c.s(" link to");
            a.fid(c)?;
        }
        148 => a.string(c, NAME_MAX)?,
        149 | 150 => a.uints(c, &[" volid"])?,
        154 => {
            c.s(" volname");
            a.string(c, NAME_MAX)?;
        }
        155 | 65536 => a.joined(c, |a, c| a.fid(c))?,
        65537 => {
            a.fid(c)?;
            a.uint64s(c, &[" offset", " length"])?;
        }
        65538 => {
            a.fid(c)?;
            store_status(c, a)?;
            a.uint64s(c, &[" offset", " length", " flen"])?;
        }
        65541 => a.uints(c, &[" addr"])?,
        _ => {}
    }
    Ok(())
}

/// fs_reply_print: a data reply's ACL, new FID, root volume or time.
fn reply(c: &mut Ctx, a: &mut Args, opcode: u32) -> Out {
    match opcode {
        131 => acl(c, a)?,
        137 | 141 => {
            c.s(" new");
            a.fid(c)?;
        }
        151 => {
            c.s(" root volume");
            a.string(c, NAME_MAX)?;
        }
        153 => a.date(c)?,
        _ => {}
    }
    Ok(())
}

/// STOREATTROUT: the fields of an AFSStoreStatus its mask selects.
fn store_status(c: &mut Ctx, a: &mut Args) -> Out {
    a.check(24)?;
    let mask = a.u32()?;
    if mask != 0 {
        c.s(" StoreStatus");
    }
    if mask & 1 != 0 {
        c.s(" date");
        a.date(c)?;
    } else {
        a.u32()?;
    }
    for (bit, label) in [
        (2, " owner "),
        (4, " group "),
        (8, " mode "),
        (16, " segsize "),
    ] {
        let v = a.u32()?;
        if mask & bit != 0 {
            c.s(label);
            if bit == 8 {
                octal(c, v & 0o7777);
            } else {
                c.dec(v);
            }
        }
    }
    if mask & 1024 != 0 {
        c.s(" fsync");
    }
    Ok(())
}

fn octal(c: &mut Ctx, v: u32) {
    let digits = format!("{v:o}");
    c.s(&digits);
}

/// A counted ACL string, printed as acl_print parses it with sscanf:
/// "POS NEG\n" then POS "+{user rights}" and NEG "-{user rights}"
/// entries, stopping quietly at the first that does not parse.
fn acl(c: &mut Ctx, a: &mut Args) -> Out {
    let n = a.u32()? as usize;
    a.check(n)?;
    let raw = &a.b[a.at..a.at + n.min(OPAQUE_MAX)];
    a.at += n;
    // strncpy: the text ends at its first NUL.
    let text = raw.split(|&ch| ch == 0).next().unwrap_or(&[]);
    let mut s = Scan { text, at: 0 };
    let (Some(pos), Some(neg)) = (s.int(), s.then_int()) else {
        return Ok(());
    };
    s.space();
    for (count, sign) in [(pos, " +{"), (neg, " -{")] {
        for _ in 0..count.max(0) {
            let Some(user) = s.word() else {
                return Ok(());
            };
            let Some(rights) = s.then_int() else {
                return Ok(());
            };
            s.space();
            c.s(sign);
            for &ch in user {
                print_char(c, ch);
            }
            c.s(" ");
            for (bit, letter) in [
                (1, "r"),
                (8, "l"),
                (4, "i"),
                (16, "d"),
                (2, "w"),
                (32, "k"),
                (64, "a"),
            ] {
                if rights & bit != 0 {
                    c.s(letter);
                }
            }
            c.s("}");
        }
    }
    Ok(())
}

/// sscanf's %d, %s and whitespace directives over a NUL-free text.
struct Scan<'a> {
    text: &'a [u8],
    at: usize,
}

impl<'a> Scan<'a> {
    /// A whitespace directive: any run of white space, even none.
    fn space(&mut self) {
        while self
            .text
            .get(self.at)
            .is_some_and(|&ch| matches!(ch, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r'))
        {
            self.at += 1;
        }
    }

    /// %d: white space, a sign, digits (strtol's value, cut to an int).
    fn int(&mut self) -> Option<i32> {
        self.space();
        let start = self.at;
        let negative = match self.text.get(self.at) {
            Some(b'-') => {
                self.at += 1;
                true
            }
            Some(b'+') => {
                self.at += 1;
                false
            }
            _ => false,
        };
        let digits = self.at;
        let mut v: i64 = 0;
        while let Some(&ch) = self.text.get(self.at).filter(|ch| ch.is_ascii_digit()) {
            v = v.saturating_mul(10).saturating_add(i64::from(ch - b'0'));
            self.at += 1;
        }
        if self.at == digits {
            self.at = start;
            return None;
        }
        Some((if negative { v.saturating_neg() } else { v }) as i32)
    }

    /// " %d": white space, then %d.
    fn then_int(&mut self) -> Option<i32> {
        self.space();
        self.int()
    }

    /// %1024s: white space, then up to 1024 characters that are not.
    fn word(&mut self) -> Option<&'a [u8]> {
        self.space();
        let start = self.at;
        while self.at - start < 1024
            && self
                .text
                .get(self.at)
                .is_some_and(|&ch| !matches!(ch, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r'))
        {
            self.at += 1;
        }
        (self.at > start).then(|| &self.text[start..self.at])
    }
}
