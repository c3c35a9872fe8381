//! Application summaries tcpdump appends by port: text protocols (HTTP,
//! FTP, SMTP, RTSP), SSH banners, telnet, DNS headers, NTP and syslog.

use super::out::Emit;
use super::{Ctx, Res, Trunc, be16, u8at};

/// fn_print_char: printable ASCII as is, others as M- and ^ escapes.
pub(crate) fn print_char(c: &mut Ctx, ch: u8) {
    let mut ch = ch;
    if !ch.is_ascii() {
        ch &= 0x7f;
        c.s("M-");
    }
    if !(0x20..0x7f).contains(&ch) {
        ch ^= 0x40;
        c.s("^");
    }
    c.out.ch(ch);
}

fn is_print(ch: u8) -> bool {
    (0x20..0x7f).contains(&ch)
}

/// Which request words a text protocol recognises.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum TxtKind {
    /// FTP, SMTP: every payload is a request or response line.
    Plain,
    Http,
    Rtsp,
}

const HTTP_CMDS: &[&str] = &[
    "OPTIONS",
    "GET",
    "HEAD",
    "POST",
    "PUT",
    "DELETE",
    "TRACE",
    "CONNECT",
    "PROPFIND",
    "PROPPATCH",
    "MKCOL",
    "COPY",
    "MOVE",
    "LOCK",
    "UNLOCK",
    "ACL",
    "SEARCH",
];
const RTSP_CMDS: &[&str] = &[
    "DESCRIBE",
    "ANNOUNCE",
    "GET_PARAMETER",
    "OPTIONS",
    "PAUSE",
    "PLAY",
    "RECORD",
    "REDIRECT",
    "SETUP",
    "SET_PARAMETER",
    "TEARDOWN",
];

/// fetch_token: the next word; None where tcpdump's returns 0.
fn fetch_token<'a>(b: &'a [u8], mut idx: usize, len: usize) -> Option<(usize, &'a [u8])> {
    let start = idx;
    while idx < len {
        let ch = *b.get(idx)?;
        if !ch.is_ascii() {
            return None;
        }
        if matches!(ch, b' ' | b'\t' | b'\r' | b'\n') {
            break;
        }
        if !is_print(ch) || idx - start + 2 > 128 {
            return None;
        }
        idx += 1;
    }
    if idx == start {
        return None;
    }
    let tok = &b[start..idx];
    while idx < len {
        let Some(&ch) = b.get(idx) else { break };
        if ch == b'\r' || ch == b'\n' || !is_print(ch) || (ch != b' ' && ch != b'\t') {
            break;
        }
        idx += 1;
    }
    Some((idx, tok))
}

/// print_txt_line: one line of text after `prefix`; Ok(None) for binary.
fn txt_line(c: &mut Ctx, prefix: &str, b: &[u8], start: usize, len: usize) -> Res<Option<usize>> {
    let mut idx = start;
    while idx < len {
        let ch = u8at(b, idx)?;
        if ch == b'\n' {
            c.s(prefix);
            c.out.extend_from_slice(&b[start..idx]);
            return Ok(Some(idx + 1));
        } else if ch == b'\r' {
            if idx + 1 >= len {
                return Ok(None);
            }
            if u8at(b, idx + 1)? == b'\n' {
                c.s(prefix);
                c.out.extend_from_slice(&b[start..idx]);
                return Ok(Some(idx + 2));
            }
            return Ok(None);
        } else if !is_print(ch) && ch != b'\t' {
            return Ok(None);
        }
        idx += 1;
    }
    c.s(prefix);
    c.out.extend_from_slice(&b[start..idx]);
    c.trunc();
    Ok(None)
}

/// txtproto_print: the protocol name in capitals, then its first line
/// (all lines with -v) when it looks like a request or response.
pub(crate) fn txtproto(
    c: &mut Ctx,
    b: &[u8],
    len: usize,
    name: &'static str,
    kind: TxtKind,
) -> Res {
    c.proto = name;
    let mut print_this = kind == TxtKind::Plain;
    if kind != TxtKind::Plain {
        let cmds = if kind == TxtKind::Http {
            HTTP_CMDS
        } else {
            RTSP_CMDS
        };
        if let Some((mut idx, tok)) = fetch_token(b, 0, len) {
            if cmds
                .iter()
                .any(|cmd| cmd.as_bytes().eq_ignore_ascii_case(tok))
            {
                print_this = true;
            }
            let mut code: Option<&[u8]> = None;
            match fetch_token(b, idx, len) {
                Some((i, t)) => {
                    idx = i;
                    code = Some(t);
                }
                None => idx = 0,
            }
            if idx != 0 {
                if let Some(t) = code {
                    if t.len() == 3 && t.iter().all(u8::is_ascii_digit) {
                        print_this = true;
                    }
                }
            }
        }
    }
    for ch in name.bytes() {
        c.out.ch(ch.to_ascii_uppercase());
    }
    if print_this {
        if c.o.verbose > 0 {
            c.s(", length: ");
            c.dec(len as u64);
            let mut idx = 0;
            while idx < len {
                match txt_line(c, "\n\t", b, idx, len)? {
                    Some(eol) => idx = eol,
                    None => break,
                }
            }
        } else {
            txt_line(c, ": ", b, 0, len)?;
        }
    }
    Ok(())
}

/// telnet_print: option negotiation only; plain data prints nothing.
pub(crate) fn telnet(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "telnet";
    if length > 0 && u8at(b, 0)? == 0xff {
        // Option sequences are shown as tcpdump's raw form, not decoded.
        c.s(" IAC");
    }
    Ok(())
}

/// ssh_print: the identification line, if this is one.
pub(crate) fn ssh(c: &mut Ctx, b: &[u8], len: usize) -> Res {
    c.proto = "ssh";
    for (i, want) in b"SSH-".iter().enumerate() {
        if u8at(b, i)? != *want {
            return Ok(());
        }
    }
    let mut idx = 4;
    while idx < len {
        let ch = u8at(b, idx)?;
        if ch == b'\n' {
            break;
        } else if ch == b'\r' {
            if idx + 1 >= len || u8at(b, idx + 1)? != b'\n' {
                return Ok(());
            }
            break;
        } else if !is_print(ch) {
            return Ok(());
        }
        idx += 1;
    }
    if idx >= len {
        return Ok(());
    }
    c.s(": SSH: ");
    c.out.extend_from_slice(&b[..idx]);
    Ok(())
}

/// ntp_print, non-verbose.
pub(crate) fn ntp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "ntp";
    let status = u8at(b, 0)?;
    c.s("NTPv");
    c.dec((status >> 3) & 7);
    c.s(", ");
    c.s(match status & 7 {
        0 => "unspecified",
        1 => "symmetric active",
        2 => "symmetric passive",
        3 => "Client",
        4 => "Server",
        5 => "Broadcast",
        6 => "Control Message",
        _ => "Reserved",
    });
    c.s(", length ");
    c.dec(length as u64);
    Ok(())
}

/// syslog_print, non-verbose.
pub(crate) fn syslog(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "syslog";
    if u8at(b, 0)? != b'<' {
        c.invalid();
        return Ok(());
    }
    let mut off = 1;
    let mut pri: u32 = 0;
    while off <= 3 {
        let ch = u8at(b, off)?;
        if !ch.is_ascii_digit() {
            break;
        }
        pri = pri * 10 + u32::from(ch - b'0');
        off += 1;
    }
    if u8at(b, off)? != b'>' {
        c.invalid();
        return Ok(());
    }
    const FACILITIES: [&str; 24] = [
        "kernel", "user", "mail", "daemon", "auth", "syslog", "lpr", "news", "uucp", "cron",
        "authpriv", "ftp", "ntp", "security", "console", "cron", "local0", "local1", "local2",
        "local3", "local4", "local5", "local6", "local7",
    ];
    const SEVERITIES: [&str; 8] = [
        "emerg", "alert", "crit", "err", "warning", "notice", "info", "debug",
    ];
    let facility = (pri & 0x3f8) >> 3;
    c.s("SYSLOG ");
    match FACILITIES.get(facility as usize) {
        Some(f) => c.s(f),
        None => {
            c.s("unknown (");
            c.dec(facility);
            c.s(")");
        }
    }
    c.s(".");
    c.s(SEVERITIES[(pri & 7) as usize]);
    c.s(", length: ");
    c.dec(length as u64);
    Ok(())
}

const OPCODES: [&str; 16] = [
    "",
    " inv_q",
    " stat",
    " op3",
    " notify",
    " update",
    " op6",
    " op7",
    " op8",
    " updateA",
    " updateD",
    " updateDA",
    " updateM",
    " updateMA",
    " zoneInit",
    " zoneRef",
];
const RCODES: [&str; 16] = [
    "",
    " FormErr",
    " ServFail",
    " NXDomain",
    " NotImp",
    " Refused",
    " YXDomain",
    " YXRRSet",
    " NXRRSet",
    " NotAuth",
    " NotZone",
    " Resp11",
    " Resp12",
    " Resp13",
    " Resp14",
    " NoChange",
];

/// ns_nskip: the offset after a name, None when it runs out.
fn skip_name(b: &[u8], mut p: usize) -> Option<usize> {
    let mut i = *b.get(p)?;
    p += 1;
    while i != 0 {
        if i & 0xc0 == 0xc0 {
            return Some(p + 1);
        }
        if i & 0xc0 == 0x40 {
            // EDNS0 extended label types: only bitstring labels (0x41).
            if i & 0x3f != 1 {
                return None;
            }
            let bits = *b.get(p)?;
            let bytes = if bits == 0 {
                32
            } else {
                usize::from(bits).div_ceil(8)
            };
            p += bytes + 1;
        } else {
            p += usize::from(i);
        }
        i = *b.get(p)?;
        p += 1;
    }
    Some(p)
}

/// domain_print: the DNS header summary and the first question.
pub(crate) fn domain(c: &mut Ctx, b: &[u8], length: usize, over_tcp: bool) -> Res {
    c.proto = "domain";
    let (b, length) = if over_tcp {
        if length < 2 {
            c.s(" [DNS over TCP: length ");
            c.dec(length as u64);
            c.s(" < 2]");
            c.invalid();
            return Ok(());
        }
        let length = length - 2;
        let prefix = be16(b, 0)?;
        if usize::from(prefix) != length {
            c.s(" [prefix length(");
            c.dec(prefix);
            c.s(") != length(");
            c.dec(length as u64);
            c.s(")]");
            c.invalid();
            return Ok(());
        }
        (super::rest(b, 2), length)
    } else {
        (b, length)
    };
    if length < 12 {
        c.s("domain [length ");
        c.dec(length as u64);
        c.s(" < 12]");
        c.invalid();
        return Ok(());
    }
    if b.len() < 12 {
        c.s(" ");
        c.trunc();
        return Ok(());
    }
    let id = be16(b, 0)?;
    let (f1, f2) = (b[2], b[3]);
    let qd = be16(b, 4)?;
    let an = be16(b, 6)?;
    let ns = be16(b, 8)?;
    let ar = be16(b, 10)?;
    let opcode = usize::from((f1 >> 3) & 0xf);
    if over_tcp {
        c.s(" ");
    }
    c.dec(id);
    c.s(OPCODES[opcode]);
    if f1 & 0x80 != 0 {
        c.s(RCODES[usize::from(f2 & 0xf)]);
        if f1 & 0x04 != 0 {
            c.s("*");
        }
        if f2 & 0x80 == 0 {
            c.s("-");
        }
        if f1 & 0x02 != 0 {
            c.s("|");
        }
        if f2 & 0x20 != 0 {
            c.s("$");
        }
        if qd != 1 {
            c.s(" [");
            c.dec(qd);
            c.s("q]");
        }
        let mut p = 12;
        for i in 0..qd {
            if i != 0 {
                c.s(",");
            }
            match skip_name(b, p) {
                Some(n) if n + 4 <= b.len() => p = n + 4,
                _ => return Err(Trunc),
            }
        }
        c.s(" ");
        c.dec(an);
        c.s("/");
        c.dec(ns);
        c.s("/");
        c.dec(ar);
        if an > 0 || ns > 0 || ar > 0 {
            // Resource records are not decoded.
            return Err(Trunc);
        }
    } else {
        if f1 & 0x01 != 0 {
            c.s("+");
        }
        if f2 & 0x10 != 0 {
            c.s("%");
        }
        let b2 = u16::from_be_bytes([f1, f2]);
        if b2 & 0x6cf != 0 {
            c.s(" [b2&3=0x");
            c.out.hex(u64::from(b2));
            c.s("]");
        }
        if opcode == 1 {
            if qd != 0 {
                c.s(" [");
                c.dec(qd);
                c.s("q]");
            }
            if an != 1 {
                c.s(" [");
                c.dec(an);
                c.s("a]");
            }
        } else {
            if an != 0 {
                c.s(" [");
                c.dec(an);
                c.s("a]");
            }
            if qd != 1 {
                c.s(" [");
                c.dec(qd);
                c.s("q]");
            }
        }
        if ns != 0 {
            c.s(" [");
            c.dec(ns);
            c.s("n]");
        }
        if ar != 0 {
            c.s(" [");
            c.dec(ar);
            c.s("au]");
        }
        if qd != 0 || an != 0 || ns != 0 || ar != 0 {
            // Questions and records are not decoded.
            return Err(Trunc);
        }
    }
    c.s(" (");
    c.dec(length as u64);
    c.s(")");
    Ok(())
}
