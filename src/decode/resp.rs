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

#[cfg(test)]
mod tests {
    use crate::decode::tests::golden;

    /// RESP (Redis, TCP 6379): simple strings, errors, integers, bulk
    /// strings and arrays (empty, null, invalid, too large, negative),
    /// inline commands, pipelining and cut values (expected text from
    /// tcpdump 4.99.3 -n).
    #[test]
    fn resp() {
        golden(
            crate::decode::tests::numeric(0),
            &[
                (
                    "02000000000202000000000108004500002d000100004006f6c1c0000201c0000207d78318eb000003e8000007d0501820008f3b00002b4f4b0d0a",
                    "IP 192.0.2.1.55171 > 192.0.2.7.6379: Flags [P.], seq 1000:1005, ack 2000, win 8192, length 5: RESP \"OK\"",
                ),
                (
                    "020000000002020000000001080045000032000100004006f6bcc0000201c0000207cc0818eb000003e8000007d0501820000ca600002d455252206261640d0a",
                    "IP 192.0.2.1.52232 > 192.0.2.7.6379: Flags [P.], seq 1000:1010, ack 2000, win 8192, length 10: RESP \"ERR bad\"",
                ),
                (
                    "02000000000202000000000108004500002e000100004006f6c0c0000201c0000207be7118eb000003e8000007d050182000af3a00003a3132330d0a",
                    "IP 192.0.2.1.48753 > 192.0.2.7.6379: Flags [P.], seq 1000:1006, ack 2000, win 8192, length 6: RESP \"123\"",
                ),
                (
                    "020000000002020000000001080045000032000100004006f6bcc0000201c0000207adfb18eb000003e8000007d0501820005c42000024340d0a50494e470d0a",
                    "IP 192.0.2.1.44539 > 192.0.2.7.6379: Flags [P.], seq 1000:1010, ack 2000, win 8192, length 10: RESP \"PING\"",
                ),
                (
                    "02000000000202000000000108004500003e000100004006f6b0c0000201c0000207b41318eb000003e8000007d050182000750b00002a320d0a24330d0a4745540d0a24330d0a6b65790d0a",
                    "IP 192.0.2.1.46099 > 192.0.2.7.6379: Flags [P.], seq 1000:1022, ack 2000, win 8192, length 22: RESP \"GET\" \"key\"",
                ),
                (
                    "020000000002020000000001080045000036000100004006f6b8c0000201c00002079d1218eb000003e8000007d05018200035ec00002a310d0a24340d0a50494e470d0a",
                    "IP 192.0.2.1.40210 > 192.0.2.7.6379: Flags [P.], seq 1000:1014, ack 2000, win 8192, length 14: RESP \"PING\"",
                ),
                (
                    "02000000000202000000000108004500002e000100004006f6c0c0000201c0000207c78e18eb000003e8000007d05018200073f1000050494e470d0a",
                    "IP 192.0.2.1.51086 > 192.0.2.7.6379: Flags [P.], seq 1000:1006, ack 2000, win 8192, length 6: RESP \"PING\"",
                ),
                (
                    "02000000000202000000000108004500002d000100004006f6c1c0000201c0000207dc9b18eb000003e8000007d050182000ab450000242d310d0a",
                    "IP 192.0.2.1.56475 > 192.0.2.7.6379: Flags [P.], seq 1000:1005, ack 2000, win 8192, length 5: RESP null",
                ),
                (
                    "02000000000202000000000108004500002d000100004006f6c1c0000201c0000207d79b18eb000003e8000007d050182000aa4500002a2d310d0a",
                    "IP 192.0.2.1.55195 > 192.0.2.7.6379: Flags [P.], seq 1000:1005, ack 2000, win 8192, length 5: RESP null",
                ),
                (
                    "02000000000202000000000108004500002c000100004006f6c2c0000201c0000207e9a618eb000003e8000007d050182000c63b00002a300d0a",
                    "IP 192.0.2.1.59814 > 192.0.2.7.6379: Flags [P.], seq 1000:1004, ack 2000, win 8192, length 4: RESP empty",
                ),
                (
                    "02000000000202000000000108004500002e000100004006f6c0c0000201c0000207a69818eb000003e8000007d050182000023e000024300d0a0d0a",
                    "IP 192.0.2.1.42648 > 192.0.2.7.6379: Flags [P.], seq 1000:1006, ack 2000, win 8192, length 6: RESP empty",
                ),
                (
                    "02000000000202000000000108004500002b000100004006f6c3c0000201c0000207c70118eb000003e8000007d050182000a9cc00002b4f4b",
                    "IP 192.0.2.1.50945 > 192.0.2.7.6379: Flags [P.], seq 1000:1003, ack 2000, win 8192, length 3: RESP [|resp]",
                ),
                (
                    "020000000002020000000001080045000031000100004006f6bdc0000201c0000207e33218eb000003e8000007d050182000393800002431300d0a61620d0a",
                    "IP 192.0.2.1.58162 > 192.0.2.7.6379: Flags [P.], seq 1000:1009, ack 2000, win 8192, length 9: RESP [|resp]",
                ),
                (
                    "020000000002020000000001080045000034000100004006f6bac0000201c0000207a17c18eb000003e8000007d0501820007fe300002a330d0a3a310d0a3a320d0a",
                    "IP 192.0.2.1.41340 > 192.0.2.7.6379: Flags [P.], seq 1000:1012, ack 2000, win 8192, length 12: RESP \"1\" \"2\" [|resp]",
                ),
                (
                    "020000000002020000000001080045000035000100004006f6b9c0000201c0000207ccc318eb000003e8000007d0501820007e74000068656c6c6f20776f726c640d0a",
                    "IP 192.0.2.1.52419 > 192.0.2.7.6379: Flags [P.], seq 1000:1013, ack 2000, win 8192, length 13: RESP \"hello world\"",
                ),
                (
                    "020000000002020000000001080045000032000100004006f6bcc0000201c0000207b1ef18eb000003e8000007d050182000584a00002b4f4b0d0a2b4f4b0d0a",
                    "IP 192.0.2.1.45551 > 192.0.2.7.6379: Flags [P.], seq 1000:1010, ack 2000, win 8192, length 10: RESP \"OK\" \"OK\"",
                ),
                (
                    "02000000000202000000000108004500002c000100004006f6c2c0000201c0000207d61b18eb000003e8000007d050182000dec4000025320d0a",
                    "IP 192.0.2.1.54811 > 192.0.2.7.6379: Flags [P.], seq 1000:1004, ack 2000, win 8192, length 4: RESP \"%2\"",
                ),
                (
                    "020000000002020000000001080045000032000100004006f6bcc0000201c0000207d25718eb000003e8000007d050182000cc77000024340d0a50494e477878",
                    "IP 192.0.2.1.53847 > 192.0.2.7.6379: Flags [P.], seq 1000:1010, ack 2000, win 8192, length 10: RESP \"PING\" [|resp]",
                ),
                (
                    "02000000000202000000000108004500002e000100004006f6c0c0000201c0000207b05d18eb000003e8000007d0501820008cee00003a6162630d0a",
                    "IP 192.0.2.1.45149 > 192.0.2.7.6379: Flags [P.], seq 1000:1006, ack 2000, win 8192, length 6: RESP \"abc\"",
                ),
                (
                    "020000000002020000000001080045000038000100004006f6b6c0000201c0000207b1cf18eb000003e8000007d05018200055f200002a320d0a2a310d0a2b610d0a2b620d0a",
                    "IP 192.0.2.1.45519 > 192.0.2.7.6379: Flags [P.], seq 1000:1016, ack 2000, win 8192, length 16: RESP \"a\" \"b\"",
                ),
                (
                    "02000000000202000000000108004500002b000100004006f6c3c0000201c0000207bab718eb000003e8000007d0501820002a650000000102",
                    "IP 192.0.2.1.47799 > 192.0.2.7.6379: Flags [P.], seq 1000:1003, ack 2000, win 8192, length 3: RESP [|resp]",
                ),
                (
                    "020000000002020000000001080045000032000100004006f6bcc0000201c0000207a2d218eb000003e8000007d0501820009a8d000024330d0a610d0a620d0a",
                    "IP 192.0.2.1.41682 > 192.0.2.7.6379: Flags [P.], seq 1000:1010, ack 2000, win 8192, length 10: RESP \"a^M^J\"",
                ),
                (
                    "020000000002020000000001080045000032000100004006f6bcc0000201c0000207aa7318eb000003e8000007d0501820005f86000024780d0a50494e470d0a",
                    "IP 192.0.2.1.43635 > 192.0.2.7.6379: Flags [P.], seq 1000:1010, ack 2000, win 8192, length 10: RESP invalid \"PING\"",
                ),
                (
                    "020000000002020000000001080045000033000100004006f6bbc0000201c0000207ad3318eb000003e8000007d050182000f8f400002434780d0a50494e470d0a",
                    "IP 192.0.2.1.44339 > 192.0.2.7.6379: Flags [P.], seq 1000:1011, ack 2000, win 8192, length 11: RESP invalid \"PING\"",
                ),
                (
                    "020000000002020000000001080045000032000100004006f6bcc0000201c0000207dd0d18eb000003e8000007d0501820002cc2000024340d7850494e470d0a",
                    "IP 192.0.2.1.56589 > 192.0.2.7.6379: Flags [P.], seq 1000:1010, ack 2000, win 8192, length 10: RESP invalid \"PING\"",
                ),
                (
                    "02000000000202000000000108004500002d000100004006f6c1c0000201c0000207e7d318eb000003e8000007d0501820009f0d0000242d320d0a",
                    "IP 192.0.2.1.59347 > 192.0.2.7.6379: Flags [P.], seq 1000:1005, ack 2000, win 8192, length 5: RESP length negative and not -1",
                ),
                (
                    "020000000002020000000001080045000036000100004006f6b8c0000201c0000207a45b18eb000003e8000007d050182000f35500002439393939393939393939390d0a",
                    "IP 192.0.2.1.42075 > 192.0.2.7.6379: Flags [P.], seq 1000:1014, ack 2000, win 8192, length 14: RESP length too large",
                ),
                (
                    "02000000000202000000000108004500002d000100004006f6c1c0000201c0000207cd5b18eb000003e8000007d050182000b08500002a2d350d0a",
                    "IP 192.0.2.1.52571 > 192.0.2.7.6379: Flags [P.], seq 1000:1005, ack 2000, win 8192, length 5: RESP length negative and not -1",
                ),
                (
                    "020000000002020000000001080045000032000100004006f6bcc0000201c0000207a94318eb000003e8000007d050182000782400000d0a0d0a50494e470d0a",
                    "IP 192.0.2.1.43331 > 192.0.2.7.6379: Flags [P.], seq 1000:1010, ack 2000, win 8192, length 10: RESP \"PING\"",
                ),
                (
                    "02000000000202000000000108004500002a000100004006f6c4c0000201c0000207c18518eb000003e8000007d050182000188f00000d0a",
                    "IP 192.0.2.1.49541 > 192.0.2.7.6379: Flags [P.], seq 1000:1002, ack 2000, win 8192, length 2: RESP [|resp]",
                ),
                (
                    "02000000000202000000000108004500002c000100004006f6c2c0000201c0000207b67c18eb000003e8000007d050182000920f000050494e47",
                    "IP 192.0.2.1.46716 > 192.0.2.7.6379: Flags [P.], seq 1000:1004, ack 2000, win 8192, length 4: RESP [|resp]",
                ),
                (
                    "020000000002020000000001080045000034000100004006f6bac0000201c0000207b8f518eb000003e8000007d050182000271400002a320d0a24340d0a50494e47",
                    "IP 192.0.2.1.47349 > 192.0.2.7.6379: Flags [P.], seq 1000:1012, ack 2000, win 8192, length 12: RESP \"PING\" [|resp]",
                ),
                (
                    "020000000002020000000001080045000029000100004006f6c5c0000201c0000207d23c18eb000003e8000007d050182000f0e2000024",
                    "IP 192.0.2.1.53820 > 192.0.2.7.6379: Flags [P.], seq 1000:1001, ack 2000, win 8192, length 1: RESP [|resp]",
                ),
                (
                    "020000000002020000000001080045000029000100004006f6c5c0000201c0000207a77a18eb000003e8000007d05018200015a500002a",
                    "IP 192.0.2.1.42874 > 192.0.2.7.6379: Flags [P.], seq 1000:1001, ack 2000, win 8192, length 1: RESP [|resp]",
                ),
                (
                    "020000000002020000000001080045000032000100004006f6bcc0000201c0000207be6418eb000003e8000007d0501820008d16000024340d0a50490d0a0d0a",
                    "IP 192.0.2.1.48740 > 192.0.2.7.6379: Flags [P.], seq 1000:1010, ack 2000, win 8192, length 10: RESP \"PI^M^J\"",
                ),
                (
                    "02000000000202000000000108004500003c000100004006f6b2c0000201c0000207b71d18eb000003e8000007d0501820007637000024340d0a50494e470d0a24340d0a504f4e470d0a",
                    "IP 192.0.2.1.46877 > 192.0.2.7.6379: Flags [P.], seq 1000:1020, ack 2000, win 8192, length 20: RESP \"PING\" \"PONG\"",
                ),
                (
                    "020000000002020000000001080045000035000100004006f6b9c0000201c0000207cf0118eb000003e8000007d050182000dc02000024323134373438333634370d0a",
                    "IP 192.0.2.1.52993 > 192.0.2.7.6379: Flags [P.], seq 1000:1013, ack 2000, win 8192, length 13: RESP [|resp]",
                ),
                (
                    "020000000002020000000001080045000035000100004006f6b9c0000201c0000207c03d18eb000003e8000007d050182000e9c6000024323134373438333634380d0a",
                    "IP 192.0.2.1.49213 > 192.0.2.7.6379: Flags [P.], seq 1000:1013, ack 2000, win 8192, length 13: RESP length too large",
                ),
                (
                    "02000000000202000000000108004500002c000100004006f6c2c0000201c0000207c7fb18eb000003e8000007d050182000e7e500002a310d0a",
                    "IP 192.0.2.1.51195 > 192.0.2.7.6379: Flags [P.], seq 1000:1004, ack 2000, win 8192, length 4: RESP [|resp]",
                ),
                (
                    "02000000000202000000000108004500002c000100004006f6c2c0000201c0000207a1c718eb000003e8000007d0501820001417000024340d0a",
                    "IP 192.0.2.1.41415 > 192.0.2.7.6379: Flags [P.], seq 1000:1004, ack 2000, win 8192, length 4: RESP [|resp]",
                ),
                (
                    "02000000000202000000000108004500002b000100004006f6c3c0000201c0000207b5c818eb000003e8000007d050182000fa4700002d0d0a",
                    "IP 192.0.2.1.46536 > 192.0.2.7.6379: Flags [P.], seq 1000:1003, ack 2000, win 8192, length 3: RESP \"\"",
                ),
                (
                    "020000000002020000000001080045000033000100004006f6bbc0000201c00002079cec18eb000003e8000007d05018200006e700000a50494e470d504f4e470a",
                    "IP 192.0.2.1.40172 > 192.0.2.7.6379: Flags [P.], seq 1000:1011, ack 2000, win 8192, length 11: RESP \"PING\" \"PONG\"",
                ),
                (
                    "020000000002020000000001080045000034000100004006f6bac0000201c0000207d0e118eb000003e8000007d050182000750900002a320d0a24780d0a2b610d0a",
                    "IP 192.0.2.1.53473 > 192.0.2.7.6379: Flags [P.], seq 1000:1012, ack 2000, win 8192, length 12: RESP invalid \"+a\"",
                ),
                (
                    "02000000000202000000000108004500002d000100004006f6c1c0000201c000020718ebba8d000003e8000007d050182000c75300002a2d310d0a",
                    "IP 192.0.2.1.6379 > 192.0.2.7.47757: Flags [P.], seq 1000:1005, ack 2000, win 8192, length 5: RESP null",
                ),
                (
                    "02000000000202000000000108004500002b000100004006f6c3c0000201c000020718eb18eb000003e8000007d050182000971300000d1f2a",
                    "IP 192.0.2.1.6379 > 192.0.2.7.6379: Flags [P.], seq 1000:1003, ack 2000, win 8192, length 3: RESP [|resp]",
                ),
                (
                    "020000000002020000000001080045000038000100004006f6b6c0000201c000020718eba4a5000003e8000007d050182000262600002b63620d0a2a330d0a24300d0a620d0a",
                    "IP 192.0.2.1.6379 > 192.0.2.7.42149: Flags [P.], seq 1000:1016, ack 2000, win 8192, length 16: RESP \"cb\" empty [|resp]",
                ),
                (
                    "02000000000202000000000108004500003d000100004006f6b1c0000201c000020718eba900000003e8000007d05018200087f70000a4e8cb10e0a4928af424300d0a0d0a50494e470d0a",
                    "IP 192.0.2.1.6379 > 192.0.2.7.43264: Flags [P.], seq 1000:1021, ack 2000, win 8192, length 21: RESP \"M-$M-hM-K^PM-`M-$M-^RM-^JM-t$0\" \"PING\"",
                ),
                (
                    "02000000000202000000000108004500002f000100004006f6bfc0000201c0000207e59d18eb000003e8000007d050182000560900003a3337350d0a2d",
                    "IP 192.0.2.1.58781 > 192.0.2.7.6379: Flags [P.], seq 1000:1007, ack 2000, win 8192, length 7: RESP \"375\" [|resp]",
                ),
                (
                    "020000000002020000000001080045000030000100004006f6bec0000201c000020718eba3c0000003e8000007d050182000bda00000f52b206163200d0a",
                    "IP 192.0.2.1.6379 > 192.0.2.7.41920: Flags [P.], seq 1000:1008, ack 2000, win 8192, length 8: RESP \"M-u+ ac \"",
                ),
                (
                    "02000000000202000000000108004500003a000100004006f6b4c0000201c000020718ebe19e000003e8000007d05018200041f3000024300d0a63627a0aff0d0a2d50494e470d0a",
                    "IP 192.0.2.1.6379 > 192.0.2.7.57758: Flags [P.], seq 1000:1018, ack 2000, win 8192, length 18: RESP empty \"PING\"",
                ),
                (
                    "020000000002020000000001080045000030000100004006f6bec0000201c000020718ebdd5d000003e8000007d0501820004aeb00002450494e470d0a24",
                    "IP 192.0.2.1.6379 > 192.0.2.7.56669: Flags [P.], seq 1000:1008, ack 2000, win 8192, length 8: RESP invalid \"ING\" [|resp]",
                ),
                (
                    "020000000002020000000001080045000033000100004006f6bbc0000201c000020718eb9d75000003e8000007d0501820004a440000242d310d0a7a0d0acc9cc6",
                    "IP 192.0.2.1.6379 > 192.0.2.7.40309: Flags [P.], seq 1000:1011, ack 2000, win 8192, length 11: RESP null \"z\" [|resp]",
                ),
                (
                    "020000000002020000000001080045000041000100004006f6adc0000201c0000207b63518eb000003e8000007d050182000422f000024320d0a61ff0d0ac31874225735bf8b22e76c3a3532320d0a",
                    "IP 192.0.2.1.46645 > 192.0.2.7.6379: Flags [P.], seq 1000:1025, ack 2000, win 8192, length 25: RESP \"aM-^?\" \"M-C^Xt\"W5M-?M-^K\"M-gl:522\"",
                ),
                (
                    "02000000000202000000000108004500003b000100004006f6b3c0000201c000020718ebc685000003e8000007d0501820004c8200003a3939330d0a3a32330d0a2b0d0d620a630d0a",
                    "IP 192.0.2.1.6379 > 192.0.2.7.50821: Flags [P.], seq 1000:1019, ack 2000, win 8192, length 19: RESP \"993\" \"23\" \"^M^Mb^Jc\"",
                ),
            ],
        );
    }
}
