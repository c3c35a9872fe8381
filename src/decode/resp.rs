//! RESP, the Redis protocol on TCP 6379 (print-resp.c).

use super::ctx::{Ctx, Res, print_char};

/// resp_print (Redis): each value of a pipelined message, quoted; any
/// error gives up with a truncation mark.
pub(crate) fn resp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    if length == 0 {
        return Ok(());
    }
    c.proto = "resp";
    c.s(": RESP");
    // `b` limited to what the segment holds, so a capture check and the
    // length check agree except where the capture is shorter.
    let mut p = 0;
    let mut left = length;
    while left > 0 {
        match resp_parse(c, b, p, left) {
            Some(n) => {
                p += n;
                left = left.saturating_sub(n);
            }
            None => {
                c.trunc();
                return Ok(());
            }
        }
    }
    Ok(())
}

/// One RESP value at `p` with `len` bytes of segment left: the bytes used,
/// or None for tcpdump's give-up.
fn resp_parse(c: &mut Ctx, b: &[u8], p: usize, len: usize) -> Option<usize> {
    if len < 1 || p >= b.len() {
        return None;
    }
    match b[p] {
        b'+' | b':' | b'-' => {
            let start = p + 1;
            let end = resp_find_crlf(b, start, len.saturating_sub(1))?;
            resp_segment(c, &b[start..end]);
            Some(1 + (end - start) + 2)
        }
        b'$' => {
            let (n, q, left) = resp_length(b, p + 1, len.saturating_sub(1));
            let mut q = q;
            let mut left = left;
            match n {
                Ok(n) => {
                    if n == 0 {
                        c.s(" empty");
                    } else {
                        if left < n || b.len() < q + n {
                            return None;
                        }
                        resp_segment(c, &b[q..q + n]);
                        q += n;
                        left = left.saturating_sub(n);
                    }
                    let end = resp_find_crlf(b, q, left)?;
                    left = left.saturating_sub(end - q);
                    left = left.saturating_sub(2);
                }
                Err(e) => resp_length_error(c, e)?,
            }
            Some(len.saturating_sub(left))
        }
        b'*' => {
            let (n, mut q, mut left) = resp_length(b, p + 1, len.saturating_sub(1));
            match n {
                Ok(0) => c.s(" empty"),
                Ok(n) => {
                    for _ in 0..n {
                        let used = resp_parse(c, b, q, left)?;
                        q += used;
                        left = left.saturating_sub(used);
                    }
                }
                Err(e) => resp_length_error(c, e)?,
            }
            Some(len.saturating_sub(left))
        }
        _ => {
            // An inline command: text up to CR or LF.
            let mut q = p;
            let mut left = len;
            resp_skip_cr_lf(b, &mut q, &mut left)?;
            let start = q;
            loop {
                if left < 1 || q >= b.len() {
                    return None;
                }
                if b[q] == b'\r' || b[q] == b'\n' {
                    break;
                }
                q += 1;
                left = left.saturating_sub(1);
            }
            resp_segment(c, &b[start..q]);
            resp_skip_cr_lf(b, &mut q, &mut left)?;
            Some(len.saturating_sub(left))
        }
    }
}

fn resp_segment(c: &mut Ctx, v: &[u8]) {
    c.s(" \"");
    for &x in v {
        print_char(c, x);
    }
    c.s("\"");
}

/// Where the next CRLF starts, scanning at most `len` bytes.
fn resp_find_crlf(b: &[u8], mut p: usize, mut len: usize) -> Option<usize> {
    loop {
        if len < 2 || b.len() < p + 2 {
            return None;
        }
        if b[p] == b'\r' && b[p + 1] == b'\n' {
            return Some(p);
        }
        p += 1;
        len = len.saturating_sub(1);
    }
}

/// CONSUME_CR_OR_LF: at least one CR or LF unless the data ends after one.
fn resp_skip_cr_lf(b: &[u8], p: &mut usize, len: &mut usize) -> Option<()> {
    let mut found = false;
    loop {
        if *len == 0 || *p >= b.len() {
            return if found { Some(()) } else { None };
        }
        if b[*p] != b'\r' && b[*p] != b'\n' {
            return Some(());
        }
        found = true;
        *p += 1;
        *len = len.saturating_sub(1);
    }
}

enum RespLen {
    Cut,
    TooLarge,
    Negative,
    Null,
    Invalid,
}

fn resp_length_error(c: &mut Ctx, e: RespLen) -> Option<()> {
    match e {
        RespLen::Null => c.s(" null"),
        RespLen::Cut => return None,
        RespLen::TooLarge => c.s(" length too large"),
        RespLen::Negative => c.s(" length negative and not -1"),
        RespLen::Invalid => c.s(" invalid"),
    }
    Some(())
}

/// resp_get_length: a decimal length and its CRLF at `p`; also where the
/// scan stopped and the bytes left there.
fn resp_length(b: &[u8], mut p: usize, mut len: usize) -> (Result<usize, RespLen>, usize, usize) {
    if len == 0 || p >= b.len() {
        return (Err(RespLen::Cut), p, len);
    }
    let neg = b[p] == b'-';
    if neg {
        p += 1;
        len = len.saturating_sub(1);
    }
    let mut result: i64 = 0;
    let mut too_large = false;
    let mut digit = false;
    loop {
        if len == 0 || p >= b.len() {
            return (Err(RespLen::Cut), p, len);
        }
        let ch = b[p];
        if !ch.is_ascii_digit() {
            if !digit {
                // tcpdump steps past the bad byte without counting it.
                return (Err(RespLen::Invalid), p + 1, len.saturating_sub(1));
            }
            break;
        }
        let d = i64::from(ch - b'0');
        let max = i64::from(i32::MAX);
        if result > max / 10 {
            too_large = true;
        } else {
            result *= 10;
            if result == (max / 10) * 10 && d > max % 10 {
                too_large = true;
            } else {
                result += d;
            }
        }
        p += 1;
        len = len.saturating_sub(1);
        digit = true;
    }
    if b[p] != b'\r' {
        return (Err(RespLen::Invalid), p + 1, len.saturating_sub(1));
    }
    p += 1;
    len = len.saturating_sub(1);
    if len == 0 || p >= b.len() {
        return (Err(RespLen::Cut), p, len);
    }
    if b[p] != b'\n' {
        return (Err(RespLen::Invalid), p + 1, len.saturating_sub(1));
    }
    p += 1;
    len = len.saturating_sub(1);
    if neg {
        if too_large || result != 1 {
            return (Err(RespLen::Negative), p, len);
        }
        return (Err(RespLen::Null), p, len);
    }
    if too_large {
        return (Err(RespLen::TooLarge), p, len);
    }
    (Ok(result as usize), p, len)
}
