//! OSPFv3 link state advertisements (print-ospf6.c's ospf6_print_lshdr,
//! ospf6_print_lsa, ospf6_print_lsaprefix): the LSA header, and the
//! bodies of router, network, inter-area prefix, AS-external, link and
//! intra-area prefix LSAs; grace and intra-area TE LSAs in te.rs. A false
//! return is tcpdump's "return 1": the packet ends with ` [|ospf3]`.

use super::super::ctx::{Ctx, Res, be16, be32, bytes, tcheck, u8at};
use super::super::out::Emit;
use super::{bits, ip, te, unknown};

pub(super) const HEADER_LEN: usize = 20;

/// The 24-bit options of Hello, DD and router, network and link LSAs.
pub(super) const OPTIONS: &[(u32, &str)] = &[
    (0x01, "V6"),
    (0x02, "External"),
    (0x04, "Deprecated"),
    (0x08, "NSSA"),
    (0x10, "Router"),
    (0x20, "Demand Circuit"),
    (0x0100, "AFs Support"),
    (0x0200, "LLS"),
    (0x0400, "Authentication Trailer"),
];

const ROUTER_FLAGS: &[(u32, &str)] = &[
    (0x01, "ABR"),
    (0x02, "External"),
    (0x04, "Virtual-Link Endpoint"),
    (0x08, "Deprecated"),
    (0x10, "NSSA Translator"),
];

const EXTERNAL_FLAG_FORWARD: u32 = 0x0200_0000;
const EXTERNAL_FLAG_TAG: u32 = 0x0100_0000;

const EXTERNAL_FLAGS: &[(u32, &str)] = &[
    (0x8000_0000, "External Type 2"),
    (EXTERNAL_FLAG_FORWARD, "Forwarding"),
    (EXTERNAL_FLAG_TAG, "Tag"),
];

const LSA_TYPES: &[(u32, &str)] = &[
    (1, "Router"),
    (2, "Network"),
    (3, "Inter-Area Prefix"),
    (4, "Inter-Area Router"),
    (5, "External"),
    (6, "Deprecated"),
    (7, "NSSA"),
    (8, "Link"),
    (9, "Intra-Area Prefix"),
    (10, "Intra-Area TE"),
    (11, "Grace"),
    (12, "Router Information"),
    (13, "Inter-AS-TE"),
    (14, "Layer 1 VPN"),
];

const SCOPES: &[(u32, &str)] = &[
    (0, "Link Local"),
    (0x2000, "Area Local"),
    (0x4000, "Domain Wide"),
];

const PREFIX_OPTIONS: &[(u32, &str)] = &[
    (0x01, "No Unicast"),
    (0x02, "Local address"),
    (0x04, "Deprecated"),
    (0x08, "Propagate"),
    (0x10, "Down"),
    (0x20, "N-bit"),
];

/// The LS types with their scope bits that have a body printer.
const ROUTER: u16 = 0x2001;
const NETWORK: u16 = 0x2002;
const INTER_AREA_PREFIX: u16 = 0x2003;
const AS_EXTERNAL: u16 = 0x4005;
const LINK: u16 = 0x0008;
const INTRA_AREA_PREFIX: u16 = 0x2009;
const INTRA_AREA_TE: u16 = 0x000a;
const GRACE: u16 = 0x000b;

/// ospf6_print_ls_type: an LS type with its scope, and the LSA-ID at `id_at`.
pub(super) fn ls_type(c: &mut Ctx, b: &[u8], ls_type: u16, id_at: usize) -> Res {
    bytes(b, id_at, 4)?;
    let ls_type = u32::from(ls_type);
    c.s("\n\t    ");
    c.tok(LSA_TYPES, ls_type & 0x1fff, "Unknown");
    c.s_dec(" LSA (", ls_type & 0x1fff);
    c.s("), ");
    c.tok(SCOPES, ls_type & 0x6000, "Unknown");
    c.s(" Scope");
    if ls_type & 0x8000 != 0 {
        c.s(", transitive");
    }
    c.s(", LSA-ID ");
    ip(c, b, id_at)
}

/// ospf6_print_lshdr: the LSA header at `at`; false when it does not end
/// by `dataend`.
pub(super) fn header(c: &mut Ctx, b: &[u8], at: usize, dataend: usize) -> Res<bool> {
    if at + HEADER_LEN > dataend {
        return Ok(false);
    }
    bytes(b, at, HEADER_LEN)?;
    c.s("\n\t  Advertising Router ");
    ip(c, b, at + 8)?;
    c.s(", seq 0x");
    c.out.hex0(be32(b, at + 12)?.into(), 8);
    c.s(", age ");
    c.dec(be16(b, at)?);
    c.s("s, length ");
    // A length below the header's wraps in tcpdump's size_t arithmetic.
    c.dec(u64::from(be16(b, at + 18)?).wrapping_sub(HEADER_LEN as u64));
    ls_type(c, b, be16(b, at + 2)?, at + 4)?;
    Ok(true)
}

/// ospf6_print_lsaprefix: the prefix at `p` within `len` bytes; the bytes
/// it took, or None.
fn prefix(c: &mut Ctx, b: &[u8], p: usize, len: u32) -> Res<Option<u32>> {
    if len < 4 || tcheck(b, p, 4).is_err() {
        return Ok(None);
    }
    let prefix_len = b[p];
    let wordlen = u32::from(prefix_len).div_ceil(32);
    if wordlen * 4 > 16 {
        c.s_dec(" bogus prefixlen /", prefix_len);
        return Ok(None);
    }
    if len - 4 < wordlen * 4 {
        return Ok(None);
    }
    let mut addr = [0u8; 16];
    let n = wordlen as usize * 4;
    addr[..n].copy_from_slice(bytes(b, p + 4, n)?);
    c.s("\n\t\t");
    c.ip6(&addr);
    c.s_dec("/", prefix_len);
    let options = b[p + 1];
    if options != 0 {
        c.s(", Options [");
        bits(c, PREFIX_OPTIONS, options.into(), "none");
        c.s("]");
    }
    c.s(", metric ");
    c.dec(be16(b, p + 2)?);
    Ok(Some(4 + wordlen * 4))
}

/// `count` prefixes from `*p` within `*len` bytes, or all of `*len` when
/// `count` is None; false when one does not fit.
fn prefixes(c: &mut Ctx, b: &[u8], mut p: usize, mut len: u32, count: Option<u32>) -> Res<bool> {
    let mut left = count;
    while left.map_or(len != 0, |n| n > 0) {
        let Some(n) = prefix(c, b, p, len)? else {
            return Ok(false);
        };
        left = left.map(|k| k - 1);
        len -= n;
        p += n as usize;
    }
    Ok(true)
}

/// "\n\t      Options [...]" of a router, network or link LSA.
fn options(c: &mut Ctx, options: u32) {
    c.s("\n\t      Options [");
    bits(c, OPTIONS, options, "none");
    c.s("]");
}

/// Takes `n` bytes off `len`, or false when fewer remain.
fn take(len: &mut u32, n: u32) -> bool {
    match len.checked_sub(n) {
        Some(rest) => {
            *len = rest;
            true
        }
        None => false,
    }
}

/// ospf6_print_lsa: the LSA at `at`; false when it is cut short or
/// runs past `dataend`.
pub(super) fn lsa(c: &mut Ctx, b: &[u8], at: usize, dataend: usize) -> Res<bool> {
    if !header(c, b, at, dataend)? {
        return Ok(false);
    }
    let length = usize::from(be16(b, at + 18)?);
    if length < HEADER_LEN || at + length > dataend {
        return Ok(false);
    }
    let mut len = (length - HEADER_LEN) as u32;
    let p = at + HEADER_LEN;
    match be16(b, at + 2)? {
        ROUTER => {
            if !take(&mut len, 4) {
                return Ok(false);
            }
            options(c, be32(b, p)?);
            c.s(", RLA-Flags [");
            bits(c, ROUTER_FLAGS, b[p].into(), "none");
            c.s("]");
            let mut link = p + 4;
            while len != 0 {
                if !take(&mut len, 16) || tcheck(b, link, 16).is_err() {
                    return Ok(false);
                }
                let first = match b[link] {
                    4 => "\n\t      Virtual Link: Neighbor Router-ID ",
                    1 => "\n\t      Neighbor Router-ID ",
                    2 => "\n\t      Neighbor Network-ID ",
                    t => {
                        c.s("\n\t      Unknown Router Links Type 0x");
                        c.out.hex0(t.into(), 2);
                        return Ok(true);
                    }
                };
                c.s(first);
                ip(c, b, link + 12)?;
                c.s("\n\t      Neighbor Interface-ID ");
                ip(c, b, link + 8)?;
                c.s(", Interface ");
                ip(c, b, link + 4)?;
                c.s(", metric ");
                c.dec(be16(b, link + 2)?);
                link += 16;
            }
        }
        NETWORK => {
            if !take(&mut len, 4) {
                return Ok(false);
            }
            options(c, be32(b, p)?);
            c.s("\n\t      Connected Routers:");
            let mut r = p + 4;
            while len != 0 {
                if !take(&mut len, 4) {
                    return Ok(false);
                }
                bytes(b, r, 4)?;
                c.s("\n\t\t");
                ip(c, b, r)?;
                r += 4;
            }
        }
        INTER_AREA_PREFIX => {
            if !take(&mut len, 4) {
                return Ok(false);
            }
            let metric = be32(b, p)? & 0x00ff_ffff;
            c.s_dec(", metric ", metric);
            return prefixes(c, b, p + 4, len, None);
        }
        AS_EXTERNAL => return external(c, b, p, len),
        LINK => {
            if !take(&mut len, 4) || tcheck(b, p, 4).is_err() {
                return Ok(false);
            }
            options(c, be32(b, p)?);
            if !take(&mut len, 20) {
                return Ok(false);
            }
            let count = be32(b, p + 20)?;
            let priority = u8at(b, p)?;
            bytes(b, p + 4, 16)?;
            c.s_dec("\n\t      Priority ", priority);
            c.s(", Link-local address ");
            c.ip6(&b[p + 4..p + 20]);
            c.s_dec(", Prefixes ", count);
            c.s(":");
            return prefixes(c, b, p + 24, len, Some(count));
        }
        INTRA_AREA_PREFIX => {
            // tcpdump counts 6 of the 12 bytes before the prefixes.
            if !take(&mut len, 4) || tcheck(b, p + 8, 4).is_err() {
                return Ok(false);
            }
            ls_type(c, b, be16(b, p + 2)?, p + 4)?;
            if !take(&mut len, 2) {
                return Ok(false);
            }
            let count = be16(b, p)?;
            c.s_dec("\n\t      Prefixes ", count);
            c.s(":");
            return prefixes(c, b, p + 12, len, Some(count.into()));
        }
        GRACE => return te::grace(c, b, p, len),
        INTRA_AREA_TE => return te::te(c, b, p, len),
        _ => return Ok(unknown(c, b, p, "\n\t      ", len)),
    }
    Ok(true)
}

/// The AS-external LSA's body of `len` bytes from `p`: flags and metric,
/// the prefix, then the forwarding address, tag and referenced LSA-ID
/// that the flags and the prefix's metric field announce.
fn external(c: &mut Ctx, b: &[u8], p: usize, mut len: u32) -> Res<bool> {
    if !take(&mut len, 4) {
        return Ok(false);
    }
    let flags = be32(b, p)?;
    c.s("\n\t     Flags [");
    bits(c, EXTERNAL_FLAGS, flags, "none");
    c.s_dec("] metric ", flags & 0x00ff_ffff);
    let prefix_at = p + 4;
    let Some(n) = prefix(c, b, prefix_at, len)? else {
        return Ok(false);
    };
    len -= n;
    let mut q = prefix_at + n as usize;
    if flags & EXTERNAL_FLAG_FORWARD != 0 {
        if !take(&mut len, 16) {
            return Ok(false);
        }
        bytes(b, q, 16)?;
        c.s(" forward ");
        c.ip6(&b[q..q + 16]);
        q += 16;
    }
    if flags & EXTERNAL_FLAG_TAG != 0 {
        if !take(&mut len, 4) {
            return Ok(false);
        }
        bytes(b, q, 4)?;
        c.s(" tag ");
        ip(c, b, q)?;
        q += 4;
    }
    // tcpdump tests the first byte of the prefix's 16-bit metric field.
    if u8at(b, prefix_at + 2)? != 0 {
        if !take(&mut len, 4) {
            return Ok(false);
        }
        bytes(b, q, 4)?;
        c.s(" RefLSID: ");
        ip(c, b, q)?;
    }
    Ok(true)
}
