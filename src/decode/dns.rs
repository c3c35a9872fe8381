//! DNS summaries (print-domain.c): the header line and the questions.

use super::app::print_char;
use super::out::Emit;
use super::{Ctx, Res, be16};

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
            if c.o.verbose > 1 {
                c.s(" q:");
                match question(c, b, p) {
                    Some(n) => p = n,
                    None => return trunc(c),
                }
            } else {
                match skip_name(b, p) {
                    Some(n) => p = n + 4,
                    None => return trunc(c),
                }
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
