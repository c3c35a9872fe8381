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
