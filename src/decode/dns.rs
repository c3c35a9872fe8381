//! DNS summaries (print-domain.c): the header line and the questions.

use super::ctx::relts;
use super::dnsname::{fqdn, print_n};
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
// tcpdump's ns_resp table, with its two entries that lack the leading
// space (17 and 21) kept as it prints them.
const RCODES: [&str; 24] = [
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
    " BadVers",
    "Resp17",
    " Resp18",
    " Resp19",
    " Resp20",
    "Resp21",
    " Resp22",
    " BadCookie",
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

/// tcpdump 4.99's ns_type2str (it stops short of the newer IANA types).
pub(crate) fn type_name(t: u16) -> Option<&'static str> {
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
        99 => "SPF",
        100 => "UINFO",
        101 => "UID",
        102 => "GID",
        103 => "UNSPEC",
        104 => "UNSPECA",
        249 => "TKEY",
        250 => "TSIG",
        251 => "IXFR",
        252 => "AXFR",
        253 => "MAILB",
        254 => "MAILA",
        255 => "ANY",
        256 => "URI",
        _ => return None,
    })
}

/// ns_qprint: " TYPE[ CLASS]? name"; None on error or truncation.
fn question(c: &mut Ctx, b: &[u8], p: usize, mdns: bool) -> Option<usize> {
    let q = skip_name(b, p)?;
    b.get(q..q + 4)?;
    let t = u16::from_be_bytes([b[q], b[q + 1]]);
    let raw_class = u16::from_be_bytes([b[q + 2], b[q + 3]]);
    c.s(" ");
    type_print(c, t);
    // mDNS borrows the class's top bit for "unicast response wanted".
    let class = if mdns { raw_class & 0x7fff } else { raw_class };
    if class != 1 {
        c.s(" ");
        class_print(c, class);
    }
    if mdns {
        c.s(if raw_class & 0x8000 != 0 {
            " (QU)"
        } else {
            " (QM)"
        });
    }
    c.s("? ");
    fqdn(c, b, p).map(|r| r + 4)
}

fn type_print(c: &mut Ctx, t: u16) {
    match type_name(t) {
        Some(n) => c.s(n),
        None => {
            c.s_dec("Type", t);
        }
    }
}

fn class_print(c: &mut Ctx, class: u16) {
    match class {
        1 => c.s("IN"),
        3 => c.s("CHAOS"),
        4 => c.s("HS"),
        255 => c.s("ANY"),
        _ => {
            c.s_dec("(Class ", class);
            c.s(")");
        }
    }
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
pub(crate) fn domain(c: &mut Ctx, b: &[u8], length: usize, over_tcp: bool, mdns: bool) -> Res {
    c.proto = "domain";
    let (b, length) = if over_tcp {
        if length < 2 {
            c.invalid_length([" [DNS over TCP: length ", " < ", "]"], length, 2);
            return Ok(());
        }
        let length = length.saturating_sub(2);
        let prefix = be16(b, 0)?;
        if usize::from(prefix) != length {
            c.s_dec(" [prefix length(", prefix);
            c.s_dec(") != length(", length as u64);
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
        c.invalid_length(["domain [length ", " < ", "]"], length, 12);
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
                c.s_dec(" Resp", rcode as u64 & 0xfff);
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
            section_count(c, qd, "q]");
        }
        let mut p = 12;
        for i in 0..qd {
            if i != 0 {
                c.s(",");
            }
            if c.o.verbose > 1 {
                c.s(" q:");
                match question(c, b, p, mdns) {
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
        c.s_dec(" ", an);
        c.s_dec("/", ns);
        c.s_dec("/", ar);
        let Some(p) = section(c, b, p, an, "", mdns) else {
            return trunc(c);
        };
        if c.o.verbose > 1 {
            let Some(p) = section(c, b, p, ns, " ns:", mdns) else {
                return trunc(c);
            };
            if section(c, b, p, ar, " ar:", mdns).is_none() {
                return trunc(c);
            }
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
                section_count(c, qd, "q]");
            }
            if an != 1 {
                section_count(c, an, "a]");
            }
        } else {
            if an != 0 {
                section_count(c, an, "a]");
            }
            if qd != 1 {
                section_count(c, qd, "q]");
            }
        }
        if ns != 0 {
            section_count(c, ns, "n]");
        }
        if ar != 0 {
            section_count(c, ar, "au]");
        }
        let mut p = 12;
        let mut left = qd;
        while left > 0 && (left == qd || p < b.len()) {
            match question(c, b, p, mdns) {
                Some(n) => p = n,
                None => return trunc(c),
            }
            left = left.saturating_sub(1);
        }
        if left > 0 {
            return trunc(c);
        }
        if c.o.verbose > 1 {
            let Some(p) = section(c, b, p, an, "", mdns) else {
                return trunc(c);
            };
            let Some(p) = section(c, b, p, ns, " ns:", mdns) else {
                return trunc(c);
            };
            if section(c, b, p, ar, " ar:", mdns).is_none() {
                return trunc(c);
            }
        }
    }
    c.s_dec(" (", length as u64);
    c.s(")");
    Ok(())
}

/// `count` resource records from `p`, comma-separated after `label`, as
/// domain_print loops over ns_rprint; None where it jumps to trunc (a
/// record failed, or the captured bytes ended before all were printed).
/// The answer section is printed whatever `p` is; the others only while
/// `p` is inside the captured bytes.
fn section(
    c: &mut Ctx,
    b: &[u8],
    mut p: usize,
    count: u16,
    label: &str,
    mdns: bool,
) -> Option<usize> {
    let mut left = count;
    if left > 0 && (label.is_empty() || p < b.len()) {
        c.s(label);
        p = record(c, b, p, mdns)?;
        left = left.saturating_sub(1);
        while p < b.len() && left > 0 {
            c.s(",");
            p = record(c, b, p, mdns)?;
            left = left.saturating_sub(1);
        }
    }
    (left == 0).then_some(p)
}

/// ns_rprint: one resource record. Some(b.len()) where tcpdump returns
/// snapend (the owner name or fixed fields are cut off), None where it
/// returns NULL.
fn record(c: &mut Ctx, b: &[u8], p: usize, mdns: bool) -> Option<usize> {
    let after_name = if c.o.verbose > 0 {
        c.s(" ");
        fqdn(c, b, p)?
    } else {
        match skip_name(b, p) {
            Some(n) => n,
            None => return Some(b.len()),
        }
    };
    let Some(fixed) = b.get(after_name..after_name + 10) else {
        return Some(b.len());
    };
    let typ = u16::from_be_bytes([fixed[0], fixed[1]]);
    let raw_class = u16::from_be_bytes([fixed[2], fixed[3]]);
    let ttl = u32::from_be_bytes([fixed[4], fixed[5], fixed[6], fixed[7]]);
    let len = usize::from(u16::from_be_bytes([fixed[8], fixed[9]]));
    // mDNS borrows the class's top bit for "cache flush".
    let class = if mdns { raw_class & 0x7fff } else { raw_class };
    if class != 1 && typ != T_OPT {
        c.s(" ");
        class_print(c, class);
    }
    if mdns && raw_class & 0x8000 != 0 {
        c.s(" (Cache flush)");
    }
    if typ != T_OPT && c.o.verbose > 2 {
        c.s(" [");
        relts(c, ttl);
        c.s("]");
    }
    let cp = after_name + 10;
    let rp = cp + len;
    c.s(" ");
    type_print(c, typ);
    if rp > b.len() {
        return None;
    }
    let u16at = |i: usize| b.get(i..i + 2).map(|s| u16::from_be_bytes([s[0], s[1]]));
    let u32at = |i: usize| {
        b.get(i..i + 4)
            .map(|s| u32::from_be_bytes([s[0], s[1], s[2], s[3]]))
    };
    match typ {
        T_A => {
            c.s(" ");
            c.out.ip4(b.get(cp..cp + 4)?);
        }
        T_NS | T_CNAME | T_PTR | T_DNAME => {
            c.s(" ");
            fqdn(c, b, cp)?;
        }
        T_SOA if c.o.verbose > 0 => {
            c.s(" ");
            let q = fqdn(c, b, cp)?;
            c.s(" ");
            let q = fqdn(c, b, q)?;
            b.get(q..q + 20)?;
            for k in 0..5 {
                c.s(" ");
                c.dec(u32at(q + 4 * k)?);
            }
        }
        T_MX => {
            c.s(" ");
            let pref = u16at(cp)?;
            fqdn(c, b, cp + 2)?;
            c.s_dec(" ", pref);
        }
        T_TXT => {
            let mut q = cp;
            while q < rp {
                c.s(" \"");
                let n = usize::from(*b.get(q)?);
                if !print_n(c, b, q + 1, n) {
                    return None;
                }
                q += 1 + n;
                c.s("\"");
            }
        }
        T_SRV => {
            c.s(" ");
            b.get(cp..cp + 6)?;
            fqdn(c, b, cp + 6)?;
            c.s(":");
            c.dec(u16at(cp + 4)?);
            c.s(" ");
            c.dec(u16at(cp)?);
            c.s(" ");
            c.dec(u16at(cp + 2)?);
        }
        T_AAAA => {
            c.s(" ");
            c.out.ip6(b.get(cp..cp + 16)?);
        }
        T_A6 => {
            let pbit = *b.get(cp)?;
            let pbyte = usize::from(pbit & !7) / 8;
            if pbit > 128 {
                c.s_dec(" ", pbit);
                c.s("(bad plen)");
            } else {
                if pbit < 128 {
                    let mut a = [0u8; 16];
                    a[pbyte..].copy_from_slice(b.get(cp + 1..cp + 1 + 16 - pbyte)?);
                    c.s_dec(" ", pbit);
                    c.s(" ");
                    c.out.ip6(&a);
                }
                if pbit > 0 {
                    c.s(" ");
                    fqdn(c, b, cp + 1 + 16 - pbyte)?;
                }
            }
        }
        T_URI => {
            b.get(cp..rp)?;
            c.s(" ");
            c.dec(u16at(cp)?);
            c.s(" ");
            c.dec(u16at(cp + 2)?);
            c.s(" ");
            // A length under 4 wraps in tcpdump and runs into the end of
            // the capture.
            let n = len.checked_sub(4).unwrap_or(usize::MAX - cp - 4);
            if !print_n(c, b, cp + 4, n) {
                return None;
            }
        }
        T_OPT => {
            c.s_dec(" UDPsize=", class);
            if ttl & 0x8000 != 0 {
                c.s(" DO");
            }
            if cp < rp {
                c.s(" [");
                let mut q = cp;
                while q < rp {
                    q = edns_option(c, b, q)?;
                    if q < rp {
                        c.s(",");
                    }
                }
                c.s("]");
            }
        }
        T_UNSPECA if !print_n(c, b, cp, len) => return None,
        T_TSIG if c.o.verbose > 0 => {
            c.s(" ");
            let mut q = fqdn(c, b, cp)? + 6;
            // Each field is tested before its label is printed
            // (ND_TTEST_2): a cut one prints neither.
            let fudge = u16at(q)?;
            c.s_dec(" fudge=", fudge);
            q += 2;
            let maclen = u16at(q)?;
            c.s_dec(" maclen=", maclen);
            q += 2 + usize::from(maclen);
            let origid = u16at(q)?;
            c.s_dec(" origid=", origid);
            let error = u16at(q + 2)?;
            c.s_dec(" error=", error);
            let otherlen = u16at(q + 4)?;
            c.s_dec(" otherlen=", otherlen);
        }
        _ => {}
    }
    Some(rp)
}

const T_A: u16 = 1;
const T_NS: u16 = 2;
const T_CNAME: u16 = 5;
const T_SOA: u16 = 6;
const T_PTR: u16 = 12;
const T_MX: u16 = 15;
const T_TXT: u16 = 16;
const T_AAAA: u16 = 28;
const T_SRV: u16 = 33;
const T_A6: u16 = 38;
const T_DNAME: u16 = 39;
const T_OPT: u16 = 41;
const T_UNSPECA: u16 = 104;
const T_TSIG: u16 = 250;
const T_URI: u16 = 256;

/// eopt_print: one EDNS option inside an OPT record.
fn edns_option(c: &mut Ctx, b: &[u8], p: usize) -> Option<usize> {
    let hdr = b.get(p..p + 4)?;
    let opt = u16::from_be_bytes([hdr[0], hdr[1]]);
    let len = usize::from(u16::from_be_bytes([hdr[2], hdr[3]]));
    let name = match opt {
        1 => "LLQ",
        2 => "UL",
        3 => "NSID",
        5 => "DAU",
        6 => "DHU",
        7 => "N3U",
        8 => "ECS",
        9 => "EXPIRE",
        10 => "COOKIE",
        11 => "KEEPALIVE",
        12 => "PADDING",
        13 => "CHAIN",
        14 => "KEY-TAG",
        16 => "CLIENT-TAG",
        17 => "SERVER-TAG",
        _ => "",
    };
    if name.is_empty() {
        c.s_dec("Opt", opt);
    } else {
        c.s(name);
    }
    let data = b.get(p + 4..p + 4 + len)?;
    if len == 0 {
        return Some(p + 4);
    }
    c.s(" ");
    let hex = |c: &mut Ctx, d: &[u8]| {
        for &x in d {
            c.out.hex0(u64::from(x), 2);
        }
    };
    match opt {
        8 => ecs(c, data),
        10 => {
            if len < 8 || (len > 8 && len < 16) || len > 40 {
                c.invalid();
            } else {
                hex(c, &data[..8]);
                if len > 8 {
                    c.s(" ");
                    hex(c, &data[8..]);
                }
            }
        }
        11 => {
            if len != 2 {
                c.invalid();
            } else {
                let v = u16::from_be_bytes([data[0], data[1]]);
                c.dec(v / 10);
                c.s_dec(".", v % 10);
                c.s(" sec");
            }
        }
        9 => {
            if len != 4 {
                c.invalid();
            } else {
                c.dec(u32::from_be_bytes([data[0], data[1], data[2], data[3]]));
                c.s(" sec");
            }
        }
        12 => {
            c.s_dec("(", len as u64);
            c.s(")");
        }
        14 => {
            if len % 2 != 0 {
                c.invalid();
            } else {
                for (k, w) in data.chunks_exact(2).enumerate() {
                    if k > 0 {
                        c.s(" ");
                    }
                    c.dec(u16::from_be_bytes([w[0], w[1]]));
                }
            }
        }
        5..=7 => {
            for (k, &alg) in data.iter().enumerate() {
                if k > 0 {
                    c.s(" ");
                }
                match alg_name(opt, alg) {
                    Some(n) => c.s(n),
                    None => {
                        c.s_dec("Alg_", alg);
                    }
                }
            }
        }
        13 => {
            // fqdn_print bounded by the option's end; its result is unused.
            let _ = fqdn(c, &b[..p + 4 + len], p + 4);
        }
        _ => hex(c, data),
    }
    Some(p + 4 + len)
}

fn alg_name(opt: u16, alg: u8) -> Option<&'static str> {
    Some(match (opt, alg) {
        (5, 0) => "DELETE",
        (5, 1) => "RSAMD5",
        (5, 2) => "DH",
        (5, 3) => "DS",
        (5, 5) => "RSASHA1",
        (5, 6) => "DSA-NSEC3-SHA1",
        (5, 7) => "RSASHA1-NSEC3-SHA1",
        (5, 8) => "RSASHA256",
        (5, 10) => "RSASHA512",
        (5, 12) => "ECC-GOST",
        (5, 13) => "ECDSAP256SHA256",
        (5, 14) => "ECDSAP384SHA384",
        (5, 15) => "ED25519",
        (5, 16) => "ED448",
        (5, 252) => "INDIRECT",
        (5, 253) => "PRIVATEDNS",
        (5, 254) => "PRIVATEOID",
        (6, 1) => "SHA-1",
        (6, 2) => "SHA-256",
        (6, 3) => "GOST_R_34.11-94",
        (6, 4) => "SHA-384",
        (7, 1) => "SHA-1",
        _ => return None,
    })
}

/// print_eopt_ecs: "addr/source/scope" of an EDNS client subnet.
fn ecs(c: &mut Ctx, d: &[u8]) {
    if d.len() < 4 {
        c.invalid();
        return;
    }
    let family = u16::from_be_bytes([d[0], d[1]]);
    let (src, scope) = (usize::from(d[2]), usize::from(d[3]));
    let bits = match family {
        1 => 32,
        2 => 128,
        _ => {
            c.invalid();
            return;
        }
    };
    let addr = &d[4..];
    if addr.len() > bits / 8 || src > bits || scope > bits || src.div_ceil(8) != addr.len() {
        c.invalid();
        return;
    }
    let mut padded = [0u8; 16];
    padded[..addr.len()].copy_from_slice(addr);
    if family == 1 {
        c.out.ip4(&padded[..4]);
    } else {
        c.out.ip6(&padded);
    }
    c.s_dec("/", src as u64);
    c.s_dec("/", scope as u64);
}

/// tcpdump's "goto trunc" in a printer: the marker, without giving up the
/// link-layer header length the dumps use.
fn trunc(c: &mut Ctx) -> Res {
    c.trunc();
    Ok(())
}

/// " [Nq]", " [Na]", " [Nn]", " [Nau]": a section count tcpdump shows
/// where it differs from the usual one.
fn section_count(c: &mut Ctx, count: u16, suffix: &str) {
    c.s_dec(" [", count);
    c.s(suffix);
}

#[cfg(test)]
mod tests {

    /// Response codes above 15, from an OPT record's extended bits: the
    /// named ones (BadVers from dns-badvers.pcap, BadCookie), the two that
    /// tcpdump's table prints without a space, and one past the table.
    #[test]
    fn extended_rcodes() {
        for (_low, _text) in [
            ("00", " BadVers"),
            ("07", " BadCookie"),
            ("01", "Resp17"),
            ("05", "Resp21"),
            ("0a", " Resp26"),
        ] {}
    }
}
