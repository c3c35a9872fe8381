//! Application summaries tcpdump appends by port: text protocols (HTTP,
//! FTP, SMTP, RTSP), SSH banners, telnet, DNS headers, NTP and syslog.

use super::out::Emit;
use super::{Ctx, Res, be16, u8at};

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
        match i & 0xc0 {
            0xc0 => return Some(p + 1),
            0x40 => {
                // EDNS0 extended label types: only bitstring labels (0x41).
                if i & 0x3f != 1 {
                    return None;
                }
                let bits = *b.get(p)?;
                let bits = if bits == 0 { 256 } else { usize::from(bits) };
                p += 1 + bits.div_ceil(8);
            }
            0x80 => return None,
            _ => p += usize::from(i),
        }
        i = *b.get(p)?;
        p += 1;
    }
    Some(p)
}

/// labellen; None where tcpdump's returns -1 (after its complaint).
fn label_len(c: &mut Ctx, b: &[u8], p: usize) -> Option<usize> {
    let i = *b.get(p)?;
    match i & 0xc0 {
        0x40 => {
            if i & 0x3f != 1 {
                c.s("<ELT ");
                c.dec(i & 0x3f);
                c.s(">");
                return None;
            }
            let bits = *b.get(p + 1)?;
            let bits = if bits == 0 { 256 } else { usize::from(bits) };
            Some(bits.div_ceil(8) + 1)
        }
        0x80 => {
            c.s("<BAD LABEL TYPE>");
            None
        }
        _ => Some(usize::from(i)),
    }
}

/// nd_printn: `n` characters as fn_print_char does; false when the
/// captured bytes end first.
fn print_n(c: &mut Ctx, b: &[u8], p: usize, n: usize) -> bool {
    for k in 0..n {
        match b.get(p + k) {
            Some(&ch) => print_char(c, ch),
            None => return false,
        }
    }
    true
}

/// fqdn_print: a possibly compressed name; None on error or truncation.
fn fqdn(c: &mut Ctx, b: &[u8], start: usize) -> Option<usize> {
    const MAXCDNAME: usize = 255;
    let mut l = label_len(c, b, start)?;
    let mut cp = start;
    let mut max_offset = start;
    let mut i = *b.get(cp)?;
    cp += 1;
    let mut compress = false;
    let mut rp = None;
    if i & 0xc0 != 0xc0 {
        rp = Some(cp + l);
    }
    if i == 0 {
        c.s(".");
        return rp;
    }
    let mut name_chars = 0usize;
    while i != 0 && cp < b.len() {
        match i & 0xc0 {
            0xc0 => {
                if !compress {
                    rp = Some(cp + 1);
                    compress = true;
                }
                let lo = *b.get(cp)?;
                let offset = (usize::from(i) << 8 | usize::from(lo)) & 0x3fff;
                if offset >= max_offset {
                    c.s("<BAD PTR>");
                    return None;
                }
                max_offset = offset;
                cp = offset;
                i = *b.get(cp)?;
                l = label_len(c, b, cp)?;
                cp += 1;
                continue;
            }
            0x40 => {
                // Bitstring labels: tcpdump prints "\\[x...]"; rare enough to
                // stop here.
                c.s("<ELT 1>");
                return None;
            }
            0x80 => {
                c.s("<BAD LABEL TYPE>");
                return None;
            }
            _ => {
                if name_chars + l <= MAXCDNAME {
                    if !print_n(c, b, cp, l) {
                        return None;
                    }
                } else if name_chars < MAXCDNAME && !print_n(c, b, cp, MAXCDNAME - name_chars) {
                    return None;
                }
                name_chars += l;
            }
        }
        cp += l;
        if name_chars <= MAXCDNAME {
            c.s(".");
        }
        name_chars += 1;
        i = *b.get(cp)?;
        l = label_len(c, b, cp)?;
        cp += 1;
        if !compress {
            rp = rp.map(|r| r + l + 1);
        }
    }
    if name_chars > MAXCDNAME {
        c.s("<DOMAIN NAME TOO LONG>");
    }
    rp
}

fn type_name(t: u16) -> Option<&'static str> {
    Some(match t {
        1 => "A",
        2 => "NS",
        3 => "MD",
        4 => "MF",
        5 => "CNAME",
        6 => "SOA",
        7 => "MB",
        8 => "MG",
        9 => "MR",
        10 => "NULL",
        11 => "WKS",
        12 => "PTR",
        13 => "HINFO",
        14 => "MINFO",
        15 => "MX",
        16 => "TXT",
        17 => "RP",
        18 => "AFSDB",
        19 => "X25",
        20 => "ISDN",
        21 => "RT",
        22 => "NSAP",
        23 => "NSAP_PTR",
        24 => "SIG",
        25 => "KEY",
        26 => "PX",
        27 => "GPOS",
        28 => "AAAA",
        29 => "LOC",
        30 => "NXT",
        31 => "EID",
        32 => "NIMLOC",
        33 => "SRV",
        34 => "ATMA",
        35 => "NAPTR",
        36 => "KX",
        37 => "CERT",
        38 => "A6",
        39 => "DNAME",
        40 => "SINK",
        41 => "OPT",
        42 => "APL",
        43 => "DS",
        44 => "SSHFP",
        45 => "IPSECKEY",
        46 => "RRSIG",
        47 => "NSEC",
        48 => "DNSKEY",
        49 => "DHCID",
        50 => "NSEC3",
        51 => "NSEC3PARAM",
        52 => "TLSA",
        53 => "SMIMEA",
        55 => "HIP",
        56 => "NINFO",
        57 => "RKEY",
        58 => "TALINK",
        59 => "CDS",
        60 => "CDNSKEY",
        61 => "OPENPGPKEY",
        62 => "CSYNC",
        63 => "ZONEMD",
        64 => "SVCB",
        65 => "HTTPS",
        99 => "SPF",
        100 => "UINFO",
        101 => "UID",
        102 => "GID",
        103 => "UNSPEC",
        104 => "NID",
        105 => "L32",
        106 => "L64",
        107 => "LP",
        108 => "EUI48",
        109 => "EUI64",
        249 => "TKEY",
        250 => "TSIG",
        251 => "IXFR",
        252 => "AXFR",
        253 => "MAILB",
        254 => "MAILA",
        255 => "ANY",
        256 => "URI",
        257 => "CAA",
        258 => "AVC",
        259 => "DOA",
        260 => "AMTRELAY",
        32768 => "TA",
        32769 => "DLV",
        _ => return None,
    })
}

/// ns_qprint: " TYPE[ CLASS]? name"; None on error or truncation.
fn question(c: &mut Ctx, b: &[u8], p: usize) -> Option<usize> {
    let q = skip_name(b, p)?;
    b.get(q..q + 4)?;
    let t = u16::from_be_bytes([b[q], b[q + 1]]);
    let class = u16::from_be_bytes([b[q + 2], b[q + 3]]);
    c.s(" ");
    match type_name(t) {
        Some(n) => c.s(n),
        None => {
            c.s("Type");
            c.dec(t);
        }
    }
    if class != 1 {
        c.s(" ");
        match class {
            3 => c.s("CHAOS"),
            4 => c.s("HS"),
            255 => c.s("ANY"),
            _ => {
                c.s("(Class ");
                c.dec(class);
                c.s(")");
            }
        }
    }
    c.s("? ");
    fqdn(c, b, p).map(|r| r + 4)
}

/// The response code, extended by an OPT record's high bits when the
/// records can be walked to one (as tcpdump does before printing).
fn extended_rcode(b: &[u8], f2: u8, qd: u16, an: u16, ns: u16, ar: u16) -> usize {
    let rcode = usize::from(f2 & 0xf);
    let mut p = 12;
    for _ in 0..qd {
        let Some(n) = skip_name(b, p) else {
            return rcode;
        };
        p = n + 4;
        if p >= b.len() {
            return rcode;
        }
    }
    for _ in 0..u32::from(an) + u32::from(ns) {
        let Some(n) = skip_name(b, p) else {
            return rcode;
        };
        p = n + 8;
        if p + 2 > b.len() {
            return rcode;
        }
        p += 2 + usize::from(u16::from_be_bytes([b[p], b[p + 1]]));
        if p >= b.len() {
            return rcode;
        }
    }
    for _ in 0..ar {
        let Some(n) = skip_name(b, p) else {
            return rcode;
        };
        p = n;
        if p + 2 > b.len() {
            return rcode;
        }
        let t = u16::from_be_bytes([b[p], b[p + 1]]);
        p += 4;
        if p + 1 > b.len() {
            return rcode;
        }
        if t == 41 {
            return rcode | usize::from(b[p]) << 4;
        }
        p += 4;
        if p + 2 > b.len() {
            return rcode;
        }
        p += 2 + usize::from(u16::from_be_bytes([b[p], b[p + 1]]));
        if p >= b.len() {
            return rcode;
        }
    }
    rcode
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
        c.s(" ");
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
        return trunc(c);
    }
    let id = be16(b, 0)?;
    let (f1, f2) = (b[2], b[3]);
    let qd = be16(b, 4)?;
    let an = be16(b, 6)?;
    let ns = be16(b, 8)?;
    let ar = be16(b, 10)?;
    let opcode = usize::from((f1 >> 3) & 0xf);
    let rcode = extended_rcode(b, f2, qd, an, ns, ar);
    c.dec(id);
    c.s(OPCODES[opcode]);
    if f1 & 0x80 != 0 {
        match RCODES.get(rcode) {
            Some(r) => c.s(r),
            None => {
                c.s(" Resp");
                c.dec(rcode as u64);
            }
        }
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
                Some(n) => p = n + 4,
                None => return trunc(c),
            }
        }
        c.s(" ");
        c.dec(an);
        c.s("/");
        c.dec(ns);
        c.s("/");
        c.dec(ar);
        if an > 0 {
            // Answer records are not decoded.
            return trunc(c);
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
        let mut p = 12;
        let mut left = qd;
        while left > 0 && (left == qd || p < b.len()) {
            match question(c, b, p) {
                Some(n) => p = n,
                None => return trunc(c),
            }
            left -= 1;
        }
        if left > 0 {
            return trunc(c);
        }
    }
    c.s(" (");
    c.dec(length as u64);
    c.s(")");
    Ok(())
}

/// tcpdump's "goto trunc" in a printer: the marker, without giving up the
/// link-layer header length the dumps use.
fn trunc(c: &mut Ctx) -> Res {
    c.trunc();
    Ok(())
}
