//! tcpdump's txtproto_print (util-print.c): the line printer shared by the text
//! protocols (HTTP, FTP, SMTP, RTSP, SIP, WHOIS). Not a protocol itself:
//! each of those has its own file naming its request words.

use super::ctx::{Ctx, Res, is_print, u8at};
use super::out::Emit;

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
/// (all lines with -v) when it looks like a request or response. `cmds`
/// are the request words that mark a request; None for protocols (FTP,
/// SMTP) where every payload is a request or response line.
pub(crate) fn txtproto(
    c: &mut Ctx,
    b: &[u8],
    len: usize,
    name: &'static str,
    cmds: Option<&[&str]>,
) -> Res {
    c.proto = name;
    let mut print_this = cmds.is_none();
    if let Some(cmds) = cmds {
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
            c.s_dec(", length: ", len as u64);
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
