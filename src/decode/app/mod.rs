//! Application summaries tcpdump appends by port: text protocols (HTTP,
//! FTP, SMTP, RTSP, SIP), SSH banners and syslog here; telnet, OpenFlow,
//! NTP and RESP in their own files (DNS is dns.rs).

use super::out::Emit;
use super::{Ctx, Res, u8at};

mod ntp;
mod openflow;
mod resp;
mod telnet;

pub(crate) use ntp::ntp;
pub(crate) use openflow::openflow;
pub(crate) use resp::resp;
pub(crate) use telnet::telnet;

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
    Sip,
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

const SIP_CMDS: &[&str] = &[
    "ACK",
    "BYE",
    "CANCEL",
    "DO",
    "INFO",
    "INVITE",
    "MESSAGE",
    "NOTIFY",
    "OPTIONS",
    "PRACK",
    "QAUTH",
    "REFER",
    "REGISTER",
    "SPRACK",
    "SUBSCRIBE",
    "UPDATE",
    "PUBLISH",
];

/// fetch_token: the next word; None where tcpdump's returns 0.
fn fetch_token(b: &[u8], mut idx: usize, len: usize) -> Option<(usize, &[u8])> {
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
        let cmds = match kind {
            TxtKind::Http => HTTP_CMDS,
            TxtKind::Sip => SIP_CMDS,
            _ => RTSP_CMDS,
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
        "emergency",
        "alert",
        "critical",
        "error",
        "warning",
        "notice",
        "info",
        "debug",
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
