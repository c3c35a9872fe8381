//! Zephyr (print-zephyr.c), UDP ports 2103 and 2104: the notice's
//! NUL-terminated header fields, and a summary by class, instance and
//! opcode.

use super::ctx::{Ctx, Res, print_char, u8at};

const TYPES: &[&str] = &[
    "unsafe",
    "unacked",
    "acked",
    "hm-ack",
    "hm-ctl",
    "serv-ack",
    "serv-nak",
    "client-ack",
    "stat",
];
const SERVACK: i32 = 5;

/// tcpdump formats some fields into a 256-byte buffer, keeping 255.
const BUF_LEN: usize = 255;

/// The header fields after the version, in order.
const CLASS: usize = 7;
const INST: usize = 8;
const OPCODE: usize = 9;
const SENDER: usize = 10;
const RECIPIENT: usize = 11;
const KIND: usize = 1;
const FIELDS: usize = 16;

/// The packet's NUL-terminated fields, read one after another.
struct Fields<'a> {
    b: &'a [u8],
    at: usize,
    left: usize,
}

impl<'a> Fields<'a> {
    /// parse_field: the next field, None when the length runs out before
    /// its NUL; a read past the capture truncates.
    fn next(&mut self) -> Res<Option<&'a [u8]>> {
        let start = self.at;
        loop {
            if self.left == 0 {
                return Ok(None);
            }
            if u8at(self.b, self.at)? == 0 {
                break;
            }
            self.at += 1;
            self.left -= 1;
        }
        let field = &self.b[start..self.at];
        self.at += 1;
        self.left -= 1;
        Ok(Some(field))
    }
}

/// zephyr_print.
pub(crate) fn zephyr(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "zephyr";
    let mut fields = Fields {
        b,
        at: 0,
        left: length,
    };
    let Some(version) = fields.next()? else {
        c.invalid();
        return Ok(());
    };
    if !version.starts_with(b"ZEPH") {
        return Ok(());
    }
    let mut z: [&[u8]; FIELDS] = [b""; FIELDS];
    let mut lose = false;
    for f in z.iter_mut() {
        match fields.next()? {
            Some(s) => *f = s,
            None => lose = true,
        }
    }
    if lose {
        c.invalid();
        return Ok(());
    }
    c.s(" zephyr");
    if !version[4..].starts_with(b"0.2") {
        text(c, " v", &version[4..]);
        return Ok(());
    }
    let kind = strtol16(z[KIND]);
    c.s(" ");
    match usize::try_from(kind).ok().and_then(|k| TYPES.get(k)) {
        Some(name) => c.s(name),
        None => c.s(&format!("type {kind}")),
    }
    if kind == SERVACK {
        if let Some(ack) = fields.next()? {
            if ack != b"SENT" {
                text(c, "/", &lower(ack));
            }
        }
    }
    let (class, inst, opcode) = (z[CLASS], z[INST], z[OPCODE]);
    if !z[SENDER].is_empty() {
        text(c, " ", z[SENDER]);
    }
    match class {
        b"USER_LOCATE" => {
            match opcode {
                b"USER_HIDE" => c.s(" hide"),
                b"USER_UNHIDE" => c.s(" unhide"),
                _ => text(c, " locate ", inst),
            }
            return Ok(());
        }
        b"ZEPHYR_ADMIN" => {
            text(c, " zephyr-admin ", &lower(opcode));
            return Ok(());
        }
        b"ZEPHYR_CTL" if inst == b"CLIENT" => {
            match opcode {
                b"SUBSCRIBE" | b"SUBSCRIBE_NODEFS" | b"UNSUBSCRIBE" => {
                    c.s(if opcode == b"SUBSCRIBE" {
                        " sub"
                    } else {
                        " unsub"
                    });
                    if opcode == b"SUBSCRIBE_NODEFS" {
                        c.s("-nodefs");
                    }
                    if kind != SERVACK {
                        let (cl, i, r) = (fields.next()?, fields.next()?, fields.next()?);
                        if let (Some(cl), Some(i), Some(r)) = (cl, i, r) {
                            text(c, " ", &triple(cl, i, r));
                        }
                    }
                }
                b"GIMME" => c.s(" ret"),
                b"GIMMEDEFS" => c.s(" gimme-defs"),
                b"CLEARSUB" => c.s(" clear-subs"),
                _ => text(c, " ", &lower(opcode)),
            }
            return Ok(());
        }
        b"ZEPHYR_CTL" if inst == b"HM" => {
            text(c, " ", &lower(opcode));
            return Ok(());
        }
        b"ZEPHYR_CTL" if inst == b"REALM" => {
            let name: &str = match opcode {
                b"ADD_SUBSCRIBE" => " realm add-subs",
                b"REQ_SUBSCRIBE" => " realm req-subs",
                b"RLM_SUBSCRIBE" => " realm rlm-sub",
                b"RLM_UNSUBSCRIBE" => " realm rlm-unsub",
                _ => "",
            };
            c.s(name);
            return Ok(());
        }
        b"HM_CTL" | b"WG_CTL" => {
            text(
                c,
                if class == b"HM_CTL" {
                    " hm_ctl "
                } else {
                    " wg_ctl "
                },
                &lower(inst),
            );
            text(c, " ", &lower(opcode));
            return Ok(());
        }
        b"HM_STAT" if inst == b"HMST_CLIENT" && opcode == b"GIMMESTATS" => {
            c.s(" get-client-stats");
            return Ok(());
        }
        b"LOGIN" => match opcode {
            b"USER_FLUSH" => {
                c.s(" flush_locs");
                return Ok(());
            }
            b"NONE" | b"OPSTAFF" | b"REALM-VISIBLE" | b"REALM-ANNOUNCED" | b"NET-VISIBLE"
            | b"NET-ANNOUNCED" => {
                text(c, " set-exposure ", &lower(opcode));
                return Ok(());
            }
            _ => {}
        },
        _ => {}
    }
    text(c, " to ", &triple(class, inst, z[RECIPIENT]));
    if !opcode.is_empty() {
        text(c, " op ", opcode);
    }
    Ok(())
}

/// ZEPHYR_PRINT: a label, then the field with tcpdump's escapes.
fn text(c: &mut Ctx, label: &str, s: &[u8]) {
    c.s(label);
    for &ch in s {
        print_char(c, ch);
    }
}

/// z_triple: "<class,instance,recipient>", "*" for no recipient.
fn triple(class: &[u8], inst: &[u8], recipient: &[u8]) -> Vec<u8> {
    let recipient: &[u8] = if recipient.is_empty() {
        b"*"
    } else {
        recipient
    };
    let mut v = Vec::with_capacity(class.len() + inst.len() + recipient.len() + 4);
    v.push(b'<');
    v.extend_from_slice(class);
    v.push(b',');
    v.extend_from_slice(inst);
    v.push(b',');
    v.extend_from_slice(recipient);
    v.push(b'>');
    v.truncate(BUF_LEN);
    v
}

/// str_to_lower: the first 255 bytes in ASCII lower case.
fn lower(s: &[u8]) -> Vec<u8> {
    s.iter().take(BUF_LEN).map(u8::to_ascii_lowercase).collect()
}

/// strtol(s, 0, 16) as an int: optional blanks, sign and "0x", then hex
/// digits up to the first other byte; out of range saturates as a long
/// and keeps the low 32 bits, as the C cast does.
fn strtol16(s: &[u8]) -> i32 {
    let mut i = 0;
    while i < s.len() && matches!(s[i], b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
        i += 1;
    }
    let negative = match s.get(i) {
        Some(b'-') => {
            i += 1;
            true
        }
        Some(b'+') => {
            i += 1;
            false
        }
        _ => false,
    };
    if s.get(i) == Some(&b'0')
        && matches!(s.get(i + 1), Some(b'x' | b'X'))
        && s.get(i + 2).is_some_and(u8::is_ascii_hexdigit)
    {
        i += 2;
    }
    let mut v: i128 = 0;
    while let Some(d) = s.get(i).and_then(|&ch| (ch as char).to_digit(16)) {
        v = (v * 16 + i128::from(d)).min(i128::from(i64::MAX) + 1);
        i += 1;
    }
    let v = if negative { -v } else { v };
    let long = v.clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64;
    long as i32
}
