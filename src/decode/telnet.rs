//! Telnet option negotiation and subnegotiation (print-telnet.c).

use super::ctx::{Ctx, Res, u8at};
use super::out::Emit;

/// telnet_print: the IAC sequences at the start of the segment, as
/// " [telnet DO TERMINAL TYPE, ...]"; plain data prints nothing.
pub(crate) fn telnet(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "telnet";
    let mut p = 0;
    let mut left = length;
    let mut first = true;
    while left > 0 && u8at(b, p)? == IAC {
        let Some(n) = telnet_parse(c, b, p, left, false)? else {
            break;
        };
        c.s(if first { " [telnet " } else { ", " });
        telnet_parse(c, b, p, left, true)?;
        first = false;
        p += n;
        // An SB without room for its IAC SE wraps tcpdump's unsigned
        // length too; the next read then decides.
        left = left.wrapping_sub(n);
    }
    if !first {
        c.s("]");
    }
    Ok(())
}

const IAC: u8 = 255;

const TELCMDS: [&str; 20] = [
    "EOF", "SUSP", "ABORT", "EOR", "SE", "NOP", "DMARK", "BRK", "IP", "AO", "AYT", "EC", "EL",
    "GA", "SB", "WILL", "WONT", "DO", "DONT", "IAC",
];

const TELOPTS: [&str; 40] = [
    "BINARY",
    "ECHO",
    "RCP",
    "SUPPRESS GO AHEAD",
    "NAME",
    "STATUS",
    "TIMING MARK",
    "RCTE",
    "NAOL",
    "NAOP",
    "NAOCRD",
    "NAOHTS",
    "NAOHTD",
    "NAOFFD",
    "NAOVTS",
    "NAOVTD",
    "NAOLFD",
    "EXTEND ASCII",
    "LOGOUT",
    "BYTE MACRO",
    "DATA ENTRY TERMINAL",
    "SUPDUP",
    "SUPDUP OUTPUT",
    "SEND LOCATION",
    "TERMINAL TYPE",
    "END OF RECORD",
    "TACACS UID",
    "OUTPUT MARKING",
    "TTYLOC",
    "3270 REGIME",
    "X.3 PAD",
    "NAWS",
    "TSPEED",
    "LFLOW",
    "LINEMODE",
    "XDISPLOC",
    "OLD-ENVIRON",
    "AUTHENTICATION",
    "ENCRYPT",
    "NEW-ENVIRON",
];

/// C's "%#x": "0" for zero, else 0x-prefixed hex.
fn alt_hex(c: &mut Ctx, v: u8) {
    if v == 0 {
        c.s("0");
    } else {
        c.s("0x");
        c.out.hex(u64::from(v));
    }
}

/// STR_OR_ID: a table entry, or the value as "%#x".
fn str_or_id(c: &mut Ctx, v: u8, table: &[&str]) {
    match table.get(usize::from(v)) {
        Some(s) if !s.is_empty() => c.s(s),
        _ => alt_hex(c, v),
    }
}

/// telnet_parse: the length of one command at `p` (None where tcpdump's
/// returns -1), printing it when `print`.
fn telnet_parse(c: &mut Ctx, b: &[u8], p: usize, len: usize, print: bool) -> Res<Option<usize>> {
    let start = p;
    let mut sp = p;
    let mut left = len;
    macro_rules! fetch {
        () => {{
            if left < 1 {
                return Ok(None);
            }
            let v = u8at(b, sp)?;
            sp += 1;
            left = left.saturating_sub(1);
            v
        }};
    }
    if fetch!() != IAC {
        return Ok(None);
    }
    let cmd = fetch!();
    if cmd == IAC {
        if print {
            c.s("IAC IAC");
        }
        return Ok(Some(sp - start));
    }
    if cmd < 236 {
        return Ok(None);
    }
    let name = TELCMDS[usize::from(cmd - 236)];
    if !matches!(cmd, 250..=254) {
        if print {
            c.s(name);
        }
        return Ok(Some(sp - start));
    }
    // DONT/DO/WONT/WILL x, or SB x ... IAC SE.
    let x = fetch!();
    if print {
        c.s(name);
        c.s(" ");
        match TELOPTS.get(usize::from(x)) {
            Some(o) => c.s(o),
            None => alt_hex(c, x),
        }
    }
    if cmd != 250 {
        return Ok(Some(sp - start));
    }
    let mut q = sp;
    while left > q + 1 - sp {
        if u8at(b, q)? == IAC && u8at(b, q + 1)? == 240 {
            break;
        }
        q += 1;
    }
    if u8at(b, q)? != IAC {
        return Ok(None);
    }
    const CMD: [&str; 3] = ["IS", "SEND", "INFO"];
    const AUTHCMD: [&str; 4] = ["IS", "SEND", "REPLY", "NAME"];
    const AUTHTYPE: [&str; 16] = [
        "NULL",
        "KERBEROS_V4",
        "KERBEROS_V5",
        "SPX",
        "MINK",
        "SRP",
        "RSA",
        "SSL",
        "",
        "",
        "LOKI",
        "SSA",
        "KEA_SJ",
        "KEA_SJ_INTEG",
        "DSS",
        "NTLM",
    ];
    const ENCCMD: [&str; 9] = [
        "IS",
        "SUPPORT",
        "REPLY",
        "START",
        "END",
        "REQUEST-START",
        "REQUEST-END",
        "END_KEYID",
        "DEC_KEYID",
    ];
    const ENCTYPE: [&str; 9] = [
        "NULL",
        "DES_CFB64",
        "DES_OFB64",
        "DES3_CFB64",
        "DES3_OFB64",
        "CAST5_40_CFB64",
        "CAST5_40_OFB64",
        "CAST128_CFB64",
        "CAST128_OFB64",
    ];
    let tables: [&[&str]; 2] = match x {
        37 => [&AUTHCMD, &AUTHTYPE],
        38 => [&ENCCMD, &ENCTYPE],
        _ => [&CMD, &[]],
    };
    for (k, table) in tables.iter().enumerate() {
        if k == 1 && x != 37 && x != 38 {
            break;
        }
        if q <= sp {
            break;
        }
        let v = fetch!();
        if print {
            c.s(" ");
            str_or_id(c, v, table);
        }
    }
    while q > sp {
        let v = fetch!();
        if print {
            c.s(" ");
            alt_hex(c, v);
        }
    }
    if print {
        c.s(" SE");
    }
    sp += 2;
    Ok(Some(sp - start))
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::golden;

    /// Telnet option negotiation and subnegotiation, cut and malformed
    /// (expected text from tcpdump 4.99.3 -n -S on the same frames).
    #[test]
    fn telnet_options() {
        golden(
            crate::decode::PrintOptions {
                absolute_seq: true,
                ..crate::decode::tests::numeric(0)
            },
            &[
                (
                    "020000000002020000000001080045000038000100004006f6b6c0000201c000020700170017000000010000000150182000ace40000fffc18fffa264662dabbfff0fffc2a70",
                    "IP 192.0.2.1.23 > 192.0.2.7.23: Flags [P.], seq 1:17, ack 1, win 8192, length 16 [telnet WONT TERMINAL TYPE, SB ENCRYPT 0x46 0x62 0xda 0xbb SE, WONT 0x2a]",
                ),
                (
                    "020000000002020000000001080045000030000100004006f6bec0000201c000020700179c410000000100000001501820007c580000fffb07ffedfffd0d",
                    "IP 192.0.2.1.23 > 192.0.2.7.40001: Flags [P.], seq 1:9, ack 1, win 8192, length 8 [telnet WILL RCTE, SUSP, DO NAOFFD]",
                ),
                (
                    "020000000002020000000001080045000030000100004006f6bec0000201c00002079c40001700000001000000015018200082ba0000ff",
                    "IP truncated-ip - 7 bytes missing! 192.0.2.1.40000 > 192.0.2.7.23: Flags [P.], seq 1:9, ack 1, win 8192, length 8 [|telnet]",
                ),
                (
                    "02000000000202000000000108004500003a000100004006f6b4c0000201c000020700170017000000010000000150182000d4dc0000fffe19fffb08fffe1bfffa2607e103a7fff0",
                    "IP 192.0.2.1.23 > 192.0.2.7.23: Flags [P.], seq 1:19, ack 1, win 8192, length 18 [telnet DONT END OF RECORD, WILL NAOL, DONT OUTPUT MARKING, SB ENCRYPT END_KEYID 0xe1 0x3 0xa7 SE]",
                ),
                (
                    "02000000000202000000000108004500002a000100004006f6c4c0000201c000020700179c410000000100000001501820006f770000ffef",
                    "IP 192.0.2.1.23 > 192.0.2.7.40001: Flags [P.], seq 1:3, ack 1, win 8192, length 2 [telnet EOR]",
                ),
                (
                    "020000000002020000000001080045000031000100004006f6bdc0000201c00002079c409c41000000010000000150182000d56b0000fffa01d919f6f1fff0",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [P.], seq 1:10, ack 1, win 8192, length 9",
                ),
                (
                    "02000000000202000000000108004500003e000100004006f6b0c0000201c00002070017001700000001000000015018200053490000ffee8a36edfffa26e5b453fffa2670bb14368d2afff0",
                    "IP 192.0.2.1.23 > 192.0.2.7.23: Flags [P.], seq 1:23, ack 1, win 8192, length 22 [telnet ABORT]",
                ),
                (
                    "020000000002020000000001080045000033000100004006f6bbc0000201c000020700179c41000000010000000150182000d2210000fffc23fffa20541f3afff0",
                    "IP 192.0.2.1.23 > 192.0.2.7.40001: Flags [P.], seq 1:12, ack 1, win 8192, length 11 [telnet WONT XDISPLOC, SB TSPEED 0x54 0x1f 0x3a SE]",
                ),
                (
                    "02000000000202000000000108004500003f000100004006f6afc0000201c00002079c409c410000000100000001501820008b060000fffa1fb4479f966a4dfff0fffc06fffa007bfff0fffb0f",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [P.], seq 1:24, ack 1, win 8192, length 23",
                ),
                (
                    "020000000002020000000001080045000036000100004006f6b8c0000201c000020700179c4100000001000000015018200006d00000fffb28fffe142c6dde0438fffe",
                    "IP truncated-ip - 1 bytes missing! 192.0.2.1.23 > 192.0.2.7.40001: Flags [P.], seq 1:15, ack 1, win 8192, length 14 [telnet WILL 0x28, DONT DATA ENTRY TERMINAL]",
                ),
                (
                    "020000000002020000000001080045000039000100004006f6b5c0000201c00002079c400017000000010000000150182000ecc30000fffa3c86ba3f62b92ffff0fffc1ffffb0c",
                    "IP 192.0.2.1.40000 > 192.0.2.7.23: Flags [P.], seq 1:18, ack 1, win 8192, length 17 [telnet SB 0x3c 0x86 0xba 0x3f 0x62 0xb9 0x2f SE, WONT NAWS, WILL NAOHTD]",
                ),
                (
                    "02000000000202000000000108004500002a000100004006f6c4c0000201c000020700179c410000000100000001501820006f6c0000ff",
                    "IP truncated-ip - 1 bytes missing! 192.0.2.1.23 > 192.0.2.7.40001: Flags [P.], seq 1:3, ack 1, win 8192, length 2 [|telnet]",
                ),
                (
                    "020000000002020000000001080045000032000100004006f6bcc0000201c000020700170017000000010000000150182000c3f20000fffa2770c0b75f83fff0",
                    "IP 192.0.2.1.23 > 192.0.2.7.23: Flags [P.], seq 1:11, ack 1, win 8192, length 10 [telnet SB NEW-ENVIRON 0x70 0xc0 0xb7 0x5f 0x83 SE]",
                ),
                (
                    "02000000000202000000000108004500002b000100004006f6c3c0000201c000020700170017000000010000000150182000df910000fffe2c",
                    "IP 192.0.2.1.23 > 192.0.2.7.23: Flags [P.], seq 1:4, ack 1, win 8192, length 3 [telnet DONT 0x2c]",
                ),
                (
                    "020000000002020000000001080045000034000100004006f6bac0000201c00002079c4000170000000100000001501820005f3f0000fffa26fa2bfff0ffcefffd2a",
                    "IP 192.0.2.1.40000 > 192.0.2.7.23: Flags [P.], seq 1:13, ack 1, win 8192, length 12 [telnet SB ENCRYPT 0xfa 0x2b SE]",
                ),
                (
                    "02000000000202000000000108004500002c000100004006f6c2c0000201c0000207001700170000000100000001501820000c850000ff0dfffc",
                    "IP 192.0.2.1.23 > 192.0.2.7.23: Flags [P.], seq 1:5, ack 1, win 8192, length 4",
                ),
                (
                    "02000000000202000000000108004500002e000100004006f6c0c0000201c000020700179c410000000100000001501820006e650000fffc03fffd01",
                    "IP 192.0.2.1.23 > 192.0.2.7.40001: Flags [P.], seq 1:7, ack 1, win 8192, length 6 [telnet WONT SUPPRESS GO AHEAD, DO ECHO]",
                ),
                (
                    "02000000000202000000000108004500002f000100004006f6bfc0000201c000020700179c4100000001000000015018200013f70000cc",
                    "IP truncated-ip - 6 bytes missing! 192.0.2.1.23 > 192.0.2.7.40001: Flags [P.], seq 1:8, ack 1, win 8192, length 7",
                ),
                (
                    "02000000000202000000000108004500002d000100004006f6c1c0000201c000020700170017000000010000000150182000f9860000ff0afffc13",
                    "IP 192.0.2.1.23 > 192.0.2.7.23: Flags [P.], seq 1:6, ack 1, win 8192, length 5",
                ),
                (
                    "02000000000202000000000108004500002e000100004006f6c0c0000201c00002079c400017000000010000000150182000509d0000fffe22fffb",
                    "IP truncated-ip - 1 bytes missing! 192.0.2.1.40000 > 192.0.2.7.23: Flags [P.], seq 1:7, ack 1, win 8192, length 6 [telnet DONT LINEMODE [|telnet]",
                ),
            ],
        );
    }
}
