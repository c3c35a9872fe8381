//! Application summaries tcpdump appends by port: text protocols (HTTP,
//! FTP, SMTP, RTSP), SSH banners, telnet, NTP and syslog (DNS is dns.rs).

use super::out::Emit;
use super::{Ctx, Res, be16, be32, u8at};

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
            left -= 1;
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

/// openflow_print: one line per message header (bodies not decoded).
pub(crate) fn openflow(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "openflow";
    c.s(": OpenFlow");
    let mut p = 0;
    let mut left = length;
    while left > 0 {
        if left < 8 {
            // A partial header: what there is of it, on its own line.
            c.s("\n\t");
            let version = u8at(b, p)?;
            c.s("version ");
            of_version(c, version);
            if left >= 2 {
                let typ = u8at(b, p + 1)?;
                c.s(", type ");
                of_type(c, version, typ);
            }
            c.s(" (end of TCP payload)");
            super::bytes(b, p, left)?;
            return Ok(());
        }
        let version = u8at(b, p)?;
        let typ = u8at(b, p + 1)?;
        let len = usize::from(be16(b, p + 2)?);
        let xid = be32(b, p + 4)?;
        c.s("\n\tversion ");
        of_version(c, version);
        c.s(", type ");
        of_type(c, version, typ);
        c.s(", length ");
        c.dec(len as u64);
        c.s(", xid 0x");
        c.out.hex0(u64::from(xid), 8);
        if len < 8 {
            c.s(" (invalid)");
            return Ok(());
        }
        if len > left || b.len() < p + len {
            c.trunc();
            return Ok(());
        }
        p += len;
        left -= len;
    }
    Ok(())
}

fn of_version(c: &mut Ctx, v: u8) {
    match v {
        1..=6 => {
            c.s("1.");
            c.dec(v - 1);
        }
        _ => {
            c.s("unknown (0x");
            c.out.hex0(u64::from(v), 2);
            c.s(")");
        }
    }
}

fn of_type(c: &mut Ctx, version: u8, t: u8) {
    const OF10: [&str; 22] = [
        "HELLO",
        "ERROR",
        "ECHO_REQUEST",
        "ECHO_REPLY",
        "VENDOR",
        "FEATURES_REQUEST",
        "FEATURES_REPLY",
        "GET_CONFIG_REQUEST",
        "GET_CONFIG_REPLY",
        "SET_CONFIG",
        "PACKET_IN",
        "FLOW_REMOVED",
        "PORT_STATUS",
        "PACKET_OUT",
        "FLOW_MOD",
        "PORT_MOD",
        "STATS_REQUEST",
        "STATS_REPLY",
        "BARRIER_REQUEST",
        "BARRIER_REPLY",
        "QUEUE_GET_CONFIG_REQUEST",
        "QUEUE_GET_CONFIG_REPLY",
    ];
    const OF13: [&str; 30] = [
        "HELLO",
        "ERROR",
        "ECHO_REQUEST",
        "ECHO_REPLY",
        "EXPERIMENTER",
        "FEATURES_REQUEST",
        "FEATURES_REPLY",
        "GET_CONFIG_REQUEST",
        "GET_CONFIG_REPLY",
        "SET_CONFIG",
        "PACKET_IN",
        "FLOW_REMOVED",
        "PORT_STATUS",
        "PACKET_OUT",
        "FLOW_MOD",
        "GROUP_MOD",
        "PORT_MOD",
        "TABLE_MOD",
        "MULTIPART_REQUEST",
        "MULTIPART_REPLY",
        "BARRIER_REQUEST",
        "BARRIER_REPLY",
        "QUEUE_GET_CONFIG_REQUEST",
        "QUEUE_GET_CONFIG_REPLY",
        "ROLE_REQUEST",
        "ROLE_REPLY",
        "GET_ASYNC_REQUEST",
        "GET_ASYNC_REPLY",
        "SET_ASYNC",
        "METER_MOD",
    ];
    let table: &[&str] = match version {
        1 => &OF10,
        4 => &OF13,
        _ => &[],
    };
    match table.get(usize::from(t)) {
        Some(n) => c.s(n),
        None => {
            c.s("unknown (0x");
            c.out.hex0(u64::from(t), 2);
            c.s(")");
        }
    }
}

/// ntp_print: mode summary, and with -v the time or control fields.
pub(crate) fn ntp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "ntp";
    let status = u8at(b, 0)?;
    c.s("NTPv");
    c.dec((status >> 3) & 7);
    c.s(", ");
    let mode = status & 7;
    c.s(match mode {
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
    if c.o.verbose == 0 {
        return Ok(());
    }
    let leap = status & 0xc0;
    c.s("\n\tLeap indicator: ");
    c.s(match leap {
        0x00 => "",
        0x40 => "+1s",
        0x80 => "-1s",
        _ => "clock unsynchronized",
    });
    c.s(" (");
    c.dec(leap);
    c.s(")");
    match mode {
        0..=5 => ntp_time(c, b, length),
        6 => ntp_control(c, b, length),
        _ => Ok(()),
    }
}

/// ntp_time_print (-v): stratum, poll, delays and the four timestamps.
fn ntp_time(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    if length < 48 {
        c.invalid();
        if b.len() < length {
            c.trunc();
        }
        return Ok(());
    }
    let stratum = u8at(b, 1)?;
    c.s(", Stratum ");
    c.dec(stratum);
    c.s(match stratum {
        0 => " (unspecified)",
        1 => " (primary reference)",
        2..=15 => " (secondary reference)",
        _ => " (reserved)",
    });
    let poll = u8at(b, 2)? as i8;
    c.s(", poll ");
    dec_signed(c, i64::from(poll));
    if poll > -32 && poll < 32 {
        if poll >= 0 {
            c.s(" (");
            c.dec(1u64 << poll);
            c.s("s)");
        } else {
            c.s(" (1/");
            c.dec(1u64 << -poll);
            c.s("s)");
        }
    }
    c.s(", precision ");
    dec_signed(c, i64::from(u8at(b, 3)? as i8));
    let fields = [(4, "\n\tRoot Delay: "), (8, ", Root dispersion: ")];
    for (at, label) in fields {
        if b.len() < at + 4 {
            c.trunc();
            return Ok(());
        }
        c.s(label);
        let (i, f) = (be16(b, at)?, be16(b, at + 2)?);
        c.dec(i);
        c.s(".");
        c.out
            .dec0(((f64::from(f) / 65536.0) * 1_000_000.0) as u64, 6);
    }
    if b.len() < 16 {
        c.trunc();
        return Ok(());
    }
    c.s(", Reference-ID: ");
    match stratum {
        0 => c.s("(unspec)"),
        1 => {
            for &ch in &b[12..16] {
                print_char(c, ch);
            }
        }
        62 | 63 => {
            c.ip4(&b[12..16]);
            c.s(if stratum == 62 {
                " INFO_QUERY"
            } else {
                " INFO_REPLY"
            });
            return Ok(());
        }
        _ => {
            c.s("0x");
            c.out.hex0(u64::from(be32(b, 12)?), 8);
        }
    }
    let stamps = [
        (16, "\n\t  Reference Timestamp:  "),
        (24, "\n\t  Originator Timestamp: "),
        (32, "\n\t  Receive Timestamp:    "),
        (40, "\n\t  Transmit Timestamp:   "),
    ];
    for (at, label) in stamps {
        if b.len() < at + 8 {
            c.trunc();
            return Ok(());
        }
        c.s(label);
        ntp_stamp(c, be32(b, at)?, be32(b, at + 4)?);
    }
    c.s("\n\t    Originator - Receive Timestamp:  ");
    ntp_delta(
        c,
        (be32(b, 24)?, be32(b, 28)?),
        (be32(b, 32)?, be32(b, 36)?),
    );
    c.s("\n\t    Originator - Transmit Timestamp: ");
    ntp_delta(
        c,
        (be32(b, 24)?, be32(b, 28)?),
        (be32(b, 40)?, be32(b, 44)?),
    );
    match length {
        52 => {
            c.s("\n\tKey id: ");
            c.dec(be32(b, 48)?);
        }
        68 | 72 => {
            c.s("\n\tKey id: ");
            c.dec(be32(b, 48)?);
            let words = (length - 52) / 4;
            if b.len() < 52 + 4 * words {
                c.trunc();
                return Ok(());
            }
            c.s("\n\tAuthentication: ");
            for k in 0..words {
                c.out.hex0(u64::from(be32(b, 52 + 4 * k)?), 8);
            }
        }
        _ if length > 48 => {
            c.s("\n\t(");
            c.dec((length - 48) as u64);
            c.s(" more bytes after the header)");
        }
        _ => {}
    }
    Ok(())
}

fn dec_signed(c: &mut Ctx, v: i64) {
    if v < 0 {
        c.s("-");
    }
    c.dec(v.unsigned_abs());
}

/// Parts per billion of a 32-bit binary fraction, as tcpdump computes it.
fn ntp_fraction(f: u32) -> u64 {
    ((f64::from(f) / 4_294_967_296.0) * 1_000_000_000.0) as u64
}

/// p_ntp_time: seconds.nanoseconds and the UTC date when non-zero.
fn ntp_stamp(c: &mut Ctx, i: u32, f: u32) {
    c.dec(i);
    c.s(".");
    c.out.dec0(ntp_fraction(f), 9);
    if i != 0 {
        let secs = i64::from(i) - 2_208_988_800;
        let (y, m, d) = super::time::civil_from_days(secs.div_euclid(86400));
        let t = secs.rem_euclid(86400) as u64;
        c.s(" (");
        c.dec(y as u64);
        c.s("-");
        c.out.dec0(u64::from(m), 2);
        c.s("-");
        c.out.dec0(u64::from(d), 2);
        c.s("T");
        c.out.dec0(t / 3600, 2);
        c.s(":");
        c.out.dec0(t % 3600 / 60, 2);
        c.s(":");
        c.out.dec0(t % 60, 2);
        c.s("Z)");
    }
}

/// p_ntp_delta: `new - old` with a sign, or `new` when old is zero.
fn ntp_delta(c: &mut Ctx, old: (u32, u32), new: (u32, u32)) {
    let ((ou, ouf), (u, uf)) = (old, new);
    if ou == 0 && ouf == 0 {
        ntp_stamp(c, u, uf);
        return;
    }
    let (neg, i, f) = if u > ou {
        (
            false,
            (u - ou).wrapping_sub(u32::from(ouf > uf)),
            uf.wrapping_sub(ouf),
        )
    } else if u < ou {
        (
            true,
            (ou - u).wrapping_sub(u32::from(uf > ouf)),
            ouf.wrapping_sub(uf),
        )
    } else if uf > ouf {
        (false, 0, uf - ouf)
    } else {
        (true, 0, ouf - uf)
    };
    c.s(if neg { "-" } else { "+" });
    c.dec(i);
    c.s(".");
    c.out.dec0(ntp_fraction(f), 9);
}

/// ntp_control_print (-v): the mode 6 header fields.
fn ntp_control(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    if length < 12 {
        c.invalid();
        if b.len() < length {
            c.trunc();
        }
        return Ok(());
    }
    let control = u8at(b, 1)?;
    c.s(if control & 0x80 != 0 {
        ", Response"
    } else {
        ", Request"
    });
    c.s(if control & 0x40 != 0 {
        ", Error"
    } else {
        ", OK"
    });
    c.s(if control & 0x20 != 0 {
        ", More"
    } else {
        ", Last"
    });
    c.s(", OpCode=");
    c.dec(control & 0x1f);
    c.s("\n\tSequence=");
    c.dec(be16(b, 2)?);
    let status = be16(b, 4)?;
    c.s(", Status=");
    if status == 0 {
        c.s("0");
    } else {
        c.s("0x");
        c.out.hex(u64::from(status));
    }
    c.s(", Assoc.=");
    c.dec(be16(b, 6)?);
    c.s(", Offset=");
    c.dec(be16(b, 8)?);
    let count = usize::from(be16(b, 10)?);
    c.s(", Count=");
    c.dec(count as u64);
    if 12 + count > length {
        c.invalid();
        if b.len() < length {
            c.trunc();
        }
        return Ok(());
    }
    if count != 0 {
        if b.len() < 12 + count {
            c.trunc();
            return Ok(());
        }
        c.s("\n\tTO-BE-DONE: data not interpreted");
    }
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
                left -= n;
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
            let end = resp_find_crlf(b, start, len - 1)?;
            resp_segment(c, &b[start..end]);
            Some(1 + (end - start) + 2)
        }
        b'$' => {
            let (n, q, left) = resp_length(b, p + 1, len - 1);
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
                        left -= n;
                    }
                    let end = resp_find_crlf(b, q, left)?;
                    left -= end - q;
                    left -= 2;
                }
                Err(e) => resp_length_error(c, e)?,
            }
            Some(len - left)
        }
        b'*' => {
            let (n, mut q, mut left) = resp_length(b, p + 1, len - 1);
            match n {
                Ok(0) => c.s(" empty"),
                Ok(n) => {
                    for _ in 0..n {
                        let used = resp_parse(c, b, q, left)?;
                        q += used;
                        left -= used;
                    }
                }
                Err(e) => resp_length_error(c, e)?,
            }
            Some(len - left)
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
                left -= 1;
            }
            resp_segment(c, &b[start..q]);
            resp_skip_cr_lf(b, &mut q, &mut left)?;
            Some(len - left)
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
        len -= 1;
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
        *len -= 1;
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
        len -= 1;
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
                return (Err(RespLen::Invalid), p + 1, len - 1);
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
        len -= 1;
        digit = true;
    }
    if b[p] != b'\r' {
        return (Err(RespLen::Invalid), p + 1, len - 1);
    }
    p += 1;
    len -= 1;
    if len == 0 || p >= b.len() {
        return (Err(RespLen::Cut), p, len);
    }
    if b[p] != b'\n' {
        return (Err(RespLen::Invalid), p + 1, len - 1);
    }
    p += 1;
    len -= 1;
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
    /// Telnet option negotiation and subnegotiation, cut and malformed
    /// (expected text from tcpdump 4.99.3 -n -S on the same frames).
    #[test]
    fn telnet_options() {
        super::super::tests::golden(
            super::super::PrintOptions {
                absolute_seq: true,
                ..super::super::tests::numeric(0)
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

    /// OpenFlow version and type names, partial headers at the end of the
    /// segment (expected text from tcpdump 4.99.3 -n -S).
    #[test]
    fn openflow_headers() {
        super::super::tests::golden(
            super::super::PrintOptions {
                absolute_seq: true,
                ..super::super::tests::numeric(0)
            },
            &[
    (
        "0200000000020200000000010800450000290001000040067ccc7f0000017f0000019c4019fd000000010000000150182000db89000000",
        "IP 127.0.0.1.40000 > 127.0.0.1.6653: Flags [P.], seq 1:2, ack 1, win 8192, length 1: OpenFlow
	version unknown (0x00) (end of TCP payload)",
    ),
    (
        "02000000000202000000000108004500002a0001000040067ccb7f0000017f0000019c4019fd000000010000000150182000db8800000000",
        "IP 127.0.0.1.40000 > 127.0.0.1.6653: Flags [P.], seq 1:3, ack 1, win 8192, length 2: OpenFlow
	version unknown (0x00), type unknown (0x00) (end of TCP payload)",
    ),
            ],
        );
    }

    /// RESP (Redis, TCP 6379): simple strings, errors, integers, bulk
    /// strings and arrays (empty, null, invalid, too large, negative),
    /// inline commands, pipelining and cut values (expected text from
    /// tcpdump 4.99.3 -n).
    #[test]
    fn resp() {
        super::super::tests::golden(
            super::super::tests::numeric(0),
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
                    "02000000000202000000000108004500003e000100004006f6b0c0000201c0000207b41318eb000003e8000007d050182000750b00002a320d0a24330d0a4745540d0a24330d0a6b65790d0a",
                    "IP 192.0.2.1.46099 > 192.0.2.7.6379: Flags [P.], seq 1000:1022, ack 2000, win 8192, length 22: RESP \"GET\" \"key\"",
                ),
                (
                    "020000000002020000000001080045000036000100004006f6b8c0000201c00002079d1218eb000003e8000007d05018200035ec00002a310d0a24340d0a50494e470d0a",
                    "IP 192.0.2.1.40210 > 192.0.2.7.6379: Flags [P.], seq 1000:1014, ack 2000, win 8192, length 14: RESP \"PING\"",
                ),
                (
                    "02000000000202000000000108004500002c000100004006f6c2c0000201c0000207e9a618eb000003e8000007d050182000c63b00002a300d0a",
                    "IP 192.0.2.1.59814 > 192.0.2.7.6379: Flags [P.], seq 1000:1004, ack 2000, win 8192, length 4: RESP empty",
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
                    "020000000002020000000001080045000032000100004006f6bcc0000201c0000207d25718eb000003e8000007d050182000cc77000024340d0a50494e477878",
                    "IP 192.0.2.1.53847 > 192.0.2.7.6379: Flags [P.], seq 1000:1010, ack 2000, win 8192, length 10: RESP \"PING\" [|resp]",
                ),
                (
                    "020000000002020000000001080045000038000100004006f6b6c0000201c0000207b1cf18eb000003e8000007d05018200055f200002a320d0a2a310d0a2b610d0a2b620d0a",
                    "IP 192.0.2.1.45519 > 192.0.2.7.6379: Flags [P.], seq 1000:1016, ack 2000, win 8192, length 16: RESP \"a\" \"b\"",
                ),
                (
                    "020000000002020000000001080045000033000100004006f6bbc0000201c0000207ad3318eb000003e8000007d050182000f8f400002434780d0a50494e470d0a",
                    "IP 192.0.2.1.44339 > 192.0.2.7.6379: Flags [P.], seq 1000:1011, ack 2000, win 8192, length 11: RESP invalid \"PING\"",
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
                    "020000000002020000000001080045000029000100004006f6c5c0000201c0000207d23c18eb000003e8000007d050182000f0e2000024",
                    "IP 192.0.2.1.53820 > 192.0.2.7.6379: Flags [P.], seq 1000:1001, ack 2000, win 8192, length 1: RESP [|resp]",
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
                    "02000000000202000000000108004500002b000100004006f6c3c0000201c0000207b5c818eb000003e8000007d050182000fa4700002d0d0a",
                    "IP 192.0.2.1.46536 > 192.0.2.7.6379: Flags [P.], seq 1000:1003, ack 2000, win 8192, length 3: RESP \"\"",
                ),
                (
                    "020000000002020000000001080045000034000100004006f6bac0000201c0000207d0e118eb000003e8000007d050182000750900002a320d0a24780d0a2b610d0a",
                    "IP 192.0.2.1.53473 > 192.0.2.7.6379: Flags [P.], seq 1000:1012, ack 2000, win 8192, length 12: RESP invalid \"+a\"",
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
