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

#[cfg(test)]
mod tests {
    use super::super::tests::afs_session;

    /// File service calls and replies from an AFS session, then calls cut
    /// in a name (tcpdump 4.99.3 -n on afs.pcap from its suite, through
    /// one printer); ACLs as sscanf parses them, store status fields,
    /// named and numbered abort errors, 64-bit offsets, rename, link,
    /// root volume, time, bulk status (on built packets).
    #[test]
    fn calls_and_replies() {
        afs_session(&[
            (
                "00e0f9cc18000060089fb1f3080045000048e245000040116fe1839720158397013b1b591b58003403f2bfcdb4be1b557a5c0000012200000001000001af010500026513000100000084200000ba0000034e0010049d",
                0,
                "IP 131.151.32.21.7001 > 131.151.1.59.7000:  rx data fs call fetch-status fid 536871098/846/1049757 (44)",
            ),
            (
                "0060089fb1f300e0f9cc18000800450000b0cb8b4000fe1188328397013b839720151b581b59009c153bbfcdb4be1b557a5c00000122000000010000015b0104000265130001000000010000000100000001000001e5000000030000000100004fce0000003f000000090000016d000000010000000100000000369441ab369441ac00001388000000000000000000000000000000000000000000000001000038a500000002334054130000000000000000000000000000000000000000",
                0,
                "IP 131.151.1.59.7000 > 131.151.32.21.7001:  rx data fs reply fetch-status (148)",
            ),
            (
                "00e0f9cc18000060089fb1f308004500006ce248000040116fba839720158397013b1b591b5800588badbfcdb4be1b557a5c0000012300000001000001b1010501028b2d00010000008d200000ba000000010000000100000006746d7064697200000000000d382b3930cfd69f5800000000000001ed00002800",
                0,
                "IP 131.151.32.21.7001 > 131.151.1.59.7000:  rx data fs call makedir fid 536871098/1/1 \"tmpdir\" StoreStatus date 1999/11/11 21:46:24 group 0 mode 755 (80)",
            ),
            (
                "0060089fb1f300e0f9cc1800080045000110cb8c4000fe1187d18397013b839720151b581b5900fc9b83bfcdb4be1b557a5c00000123000000010000015c010400028b2d0001200000ba000002a50010bee8000000010000000200000002000008000000000100000001000000010000007f00000009000001ed000002a50010bee800000000382b3930382b392f000000000000000000000000000000000000000000000000000000010000000200000039000028000000e13900000001000016f70000007f00000009000001ff000000010000000100000000382b392f382b392f000013880000000000000000000000000000000000000000000000010000389d00000002334054130000000000000000000000000000000000000000",
                0,
                "IP 131.151.1.59.7000 > 131.151.32.21.7001:  rx data fs reply makedir new fid 536871098/677/1097448 (244)",
            ),
            (
                "00e0f9cc18000060089fb1f3080045000054e24b000040116fcf839720158397013b1b591b580040ed52bfcdb4be1b557a5c0000012500000001000001b401050002353700010000008e200000ba000000010000000100000006746d706469720000",
                0,
                "IP 131.151.32.21.7001 > 131.151.1.59.7000:  rx data fs call rmdir fid 536871098/1/1 \"tmpdir\" (56)",
            ),
            (
                "0060089fb1f300e0f9cc18000800450000a4cb8e4000fe11883b8397013b839720151b581b590090bc0ebfcdb4be1b557a5c00000125000000010000015e0104000235370001000000010000000200000038000028000000e13a00000001000016f70000007f00000009000001ff000000010000000100000000382b3933382b3933000013880000000000000000000000000000000000000000334054130000000000000000000000000000000000000000",
                0,
                "IP 131.151.1.59.7000 > 131.151.32.21.7001:  rx data fs reply rmdir (136)",
            ),
            (
                "00e0f9cc18000060089fb1f308004500007ce24f000040116fa3839720158397013b1b591b580068464cbfcdb4be1b557a5c0000012600000001000001b601050002599000010000008b200000ba000000010000000100000006726f7463656c00000000000b23726f6f742e63656c6c2e0000000009382b39480000400000002800000001a4d00fd444",
                0,
                "IP 131.151.32.21.7001 > 131.151.1.59.7000:  rx data fs call symlink fid 536871098/1/1 \"rotcel\" link to \"#root.cell.\" (96)",
            ),
            (
                "0060089fb1f300e0f9cc1800080045000104cb904000fe1187d98397013b839720151b581b5900f0b4d1bfcdb4be1b557a5c00000126000000010000015f0104000259900001200000ba000009960010bee90000000100000003000000010000000b0000000100000001000000010000007f00000009000001a4000000010000000100000000382b3948382b3947000013880000000000000000000000000000000000000000000000010000000200000038000028000000e13b00000001000016f70000007f00000009000001ff000000010000000100000000382b3947382b3947000013880000000000000000000000000000000000000000334054130000000000000000000000000000000000000000",
                0,
                "IP 131.151.1.59.7000 > 131.151.32.21.7001:  rx data fs reply symlink (232)",
            ),
            (
                "00e0f9cc18000060089fb1f3080045000054e254000040116fc6839720158397013b1b591b5800402771bfcdb4be1b557a5c0000012700000001000001b801050002fd1d000100000088200000ba000000010000000100000006726f7463656c0000",
                0,
                "IP 131.151.32.21.7001 > 131.151.1.59.7000:  rx data fs call remove-file fid 536871098/1/1 \"rotcel\" (56)",
            ),
            (
                "0060089fb1f300e0f9cc18000800450000a4cb924000fe1188378397013b839720151b581b590090f3f1bfcdb4be1b557a5c00000127000000010000016001040002fd1d0001000000010000000200000038000028000000e13c00000001000016f70000007f00000009000001ff000000010000000100000000382b394b382b394b000013880000000000000000000000000000000000000000334054130000000000000000000000000000000000000000",
                0,
                "IP 131.151.1.59.7000 > 131.151.32.21.7001:  rx data fs reply remove-file (136)",
            ),
            (
                "00e0f9cc18000060089fb1f308004500008ce27b000040116f5c83972015839701461b591b580078cb94bfcdb4bee06d6cf4000000370000000100000065010500000000000100000093000000052001a09800000c36000022fb2001a09800000c34000022fa2001a09800000c32000022f92001a09800000c30000022f82001a09800000c2e000022f700000001c53c9bec0000000100000001",
                0,
                "IP 131.151.32.21.7001 > 131.151.1.70.7000:  rx data fs call give-cbs (112)",
            ),
            (
                "00e0f9cc18000060089fb1f3080045000048e299000040116f3683972015839701921b591b5800347376bfcdb4be1b557a6400000145000000010000064d01050002590c00010000008420019ff7000000100000000f",
                0,
                "IP 131.151.32.21.7001 > 131.151.1.146.7000:  rx data fs call fetch-status fid 536977399/16/15 (44)",
            ),
            (
                "0060089fb1f300e0f9cc18000800450000b0023c4000fe11512b83970192839720151b581b59009c7f80bfcdb4be1b557a640000014500000001000009da01040002590c00010000000100000001000000010002de8c0000000200000001000000000000003f00000009000001ed0000000d000000070000000037ba2fc037f25fe900000009000000000000000000000000000000000000000000000001000038590000000237f25faa0000000000000000000000000000000000000000",
                0,
                "IP 131.151.1.146.7000 > 131.151.32.21.7001:  rx data fs reply fetch-status (148)",
            ),
            (
                "00e0f9cc18000060089fb1f308004500006ce248000040116fba839720158397013b1b591b5800588badbfcdb4be1b557a5c0000012300000001000001b1010501028b2d00010000008d200000ba000000010000000100000006746d7064697200000000000d382b3930cfd69f5800000000000001ed00002800",
                100,
                "IP 131.151.32.21.7001 > 131.151.1.59.7000:  rx data fs call makedir fid 536871098/1/1 \"tmpdir\" [|fs] (80)",
            ),
            (
                "00e0f9cc18000060089fb1f308004500007ce24f000040116fa3839720158397013b1b591b580068464cbfcdb4be1b557a5c0000012600000001000001b601050002599000010000008b200000ba000000010000000100000006726f7463656c00000000000b23726f6f742e63656c6c2e0000000009382b39480000400000002800000001a4d00fd444",
                110,
                "IP 131.151.32.21.7001 > 131.151.1.59.7000:  rx data fs call symlink fid 536871098/1/1 \"rotcel\" link to \"#root.ce [|fs] (96)",
            ),
            (
                "020000000002020000000001080045000080000100004011f663c0000201c000020707071b58006c00000000123400005678000000010000000100000001010100000000000100000086000000010000000200000003000000323220310a73797374656d3a61646d696e6973747261746f7273203132370a73797374656d3a616e7909390a6576696c20340a0000",
                0,
                "IP 192.0.2.1.1799 > 192.0.2.7.7000:  rx data fs call store-acl fid 1/2/3 +{system:administrators rlidwka} +{system:any rl} -{evil i} (100)",
            ),
            (
                "02000000000202000000000108004500003c000100004011f6a7c0000207c00002011b5807070028000000001234000056780000000100000001000000010400000000000001ffffff9c",
                0,
                "IP 192.0.2.7.7000 > 192.0.2.1.1799:  rx abort fs reply store-acl error restarting fileserver (32)",
            ),
            (
                "020000000002020000000001080045000048000100004011f69bc0000201c000020707071b58003400000000123400005678000000020000000100000001010100000000000100000083000000010000000200000003",
                0,
                "IP 192.0.2.1.1799 > 192.0.2.7.7000:  rx data fs call fetch-acl fid 1/2/3 (44)",
            ),
            (
                "020000000002020000000001080045000048000100004011f69bc0000207c00002011b58070700340000000012340000567800000002000000010000000101000000000000010000000b3120300a7573657220330a00",
                0,
                "IP 192.0.2.7.7000 > 192.0.2.1.1799:  rx data fs reply fetch-acl +{user rw} (44)",
            ),
            (
                "02000000000202000000000108004500006c000100004011f677c0000201c000020707071b580058000000001234000056780000000300000001000000010101000000000001000000850000000100000002000000030000041f380000000000000500000006000081ed0000004d000000000000000a00000014",
                0,
                "IP 192.0.2.1.1799 > 192.0.2.7.7000:  rx data fs call store-data fid 1/2/3 StoreStatus date 1999/10/10 02:54:56 owner 5 group 6 mode 755 segsize 77 fsync offset 0 length 10 flen 20 (80)",
            ),
            (
                "02000000000202000000000108004500003c000100004011f6a7c0000207c00002011b580707002800000000123400005678000000030000000100000001040000000000000100000067",
                0,
                "IP 192.0.2.7.7000 > 192.0.2.1.1799:  rx abort fs reply store-data error no such volume (32)",
            ),
            (
                "020000000002020000000001080045000058000100004011f68bc0000201c000020707071b5800440000000012340000567800000004000000010000000101010000000000010001000100000001000000020000000300000001000000020000000000001000",
                0,
                "IP 192.0.2.1.1799 > 192.0.2.7.7000:  rx data fs call fetch-data-64 fid 1/2/3 offset 4294967298 length 4096 (60)",
            ),
            (
                "02000000000202000000000108004500003c000100004011f6a7c0000207c00002011b58070700280000000012340000567800000004000000010000000104000000000000010000022b",
                0,
                "IP 192.0.2.7.7000 > 192.0.2.1.1799:  rx abort fs reply fetch-data-64 error #555 (32)",
            ),
            (
                "020000000002020000000001080045000064000100004011f67fc0000201c000020707071b5800500000000012340000567800000005000000010000000101010000000000010000008a00000001000000020000000300000001610000000000000400000005000000060000000262630000",
                0,
                "IP 192.0.2.1.1799 > 192.0.2.7.7000:  rx data fs call rename old fid 1/2/3 \"a\" new fid 4/5/6 \"bc\" (72)",
            ),
            (
                "02000000000202000000000108004500005c000100004011f687c0000201c000020707071b5800480000000012340000567800000006000000010000000101010000000000010000008c000000010000000200000003000000026c6e0000000000070000000800000009",
                0,
                "IP 192.0.2.1.1799 > 192.0.2.7.7000:  rx data fs call link fid 1/2/3 \"ln\" link to fid 7/8/9 (64)",
            ),
            (
                "02000000000202000000000108004500003c000100004011f6a7c0000201c000020707071b58002800000000123400005678000000070000000100000001010100000000000100000097",
                0,
                "IP 192.0.2.1.1799 > 192.0.2.7.7000:  rx data fs call get-rootvl (32)",
            ),
            (
                "020000000002020000000001080045000044000100004011f69fc0000207c00002011b580707003000000000123400005678000000070000000100000001010000000000000100000008726f6f742e616673",
                0,
                "IP 192.0.2.7.7000 > 192.0.2.1.1799:  rx data fs reply get-rootvl root volume \"root.afs\" (40)",
            ),
            (
                "02000000000202000000000108004500003c000100004011f6a7c0000201c000020707071b58002800000000123400005678000000080000000100000001010100000000000100000099",
                0,
                "IP 192.0.2.1.1799 > 192.0.2.7.7000:  rx data fs call get-time (32)",
            ),
            (
                "02000000000202000000000108004500003c000100004011f6a7c0000207c00002011b580707002800000000123400005678000000080000000100000001010000000000000138000000",
                0,
                "IP 192.0.2.7.7000 > 192.0.2.1.1799:  rx data fs reply get-time 1999/10/10 02:54:56 (32)",
            ),
            (
                "020000000002020000000001080045000040000100004011f6a3c0000201c000020707071b58002c0000000012340000567800000009000000010000000101010000000000010000009b00000000",
                0,
                "IP 192.0.2.1.1799 > 192.0.2.7.7000:  rx data fs call bulk-stat <none!> (36)",
            ),
            (
                "020000000002020000000001080045000040000100004011f6a3c0000201c000020707071b58002c000000001234000056780000000a000000010000000101010000000000010001000500000003",
                0,
                "IP 192.0.2.1.1799 > 192.0.2.7.7000:  rx data fs call cb-rx-conn-addr addr 3 (36)",
            ),
            (
                "020000000002020000000001080045000060000100004011f683c0000201c000020707071b58004c000000001234000056780000000b0000000100000001010100000000000100000087000000010000000200000003000000000000000000000000000000000000000000000000",
                0,
                "IP 192.0.2.1.1799 > 192.0.2.7.7000:  rx data fs call store-status fid 1/2/3 (68)",
            ),
            (
                "020000000002020000000001080045000050000100004011f693c0000201c000020707071b58003c000000001234000056780000000c0000000100000001010100000000000100000086000000010000000200000003000000047820790a",
                0,
                "IP 192.0.2.1.1799 > 192.0.2.7.7000:  rx data fs call store-acl fid 1/2/3 (52)",
            ),
        ]);
    }
}
