//! OSPFv2 link state advertisements (print-ospf.c's ospf_print_lshdr,
//! ospf_print_lsa): the LSA header, and the bodies of router, network,
//! summary, external and NSSA, group membership and opaque LSAs (router
//! information here; traffic engineering and grace in te.rs).

use super::super::ctx::{Ctx, Res, Trunc, be16, be32, bytes, tcheck, u8at};
use super::{bits, hex32, ip, name_num, te, tlv_head, tlv_line, too_long, unknown};

pub(super) const HEADER_LEN: usize = 20;

/// The options of Hello, DD and LSA headers.
pub(super) const OPTIONS: &[(u32, &str)] = &[
    (0x01, "MultiTopology"),
    (0x02, "External"),
    (0x04, "Multicast"),
    (0x08, "NSSA"),
    (0x10, "LLS"),
    (0x20, "Demand Circuit"),
    (0x40, "Opaque"),
    (0x80, "Up/Down"),
];

pub(super) const LSA_TYPES: &[(u32, &str)] = &[
    (1, "Router"),
    (2, "Network"),
    (3, "Summary"),
    (4, "ASBR Summary"),
    (5, "External"),
    (6, "Multicast Group"),
    (7, "NSSA"),
    (9, "Link Local Opaque"),
    (10, "Area Local Opaque"),
    (11, "Domain Wide Opaque"),
];

pub(super) const OPAQUE_TYPES: &[(u32, &str)] = &[
    (1, "Traffic Engineering"),
    (3, "Graceful restart"),
    (4, "Router Information"),
];

const ROUTER_FLAGS: &[(u32, &str)] = &[
    (0x01, "ABR"),
    (0x02, "ASBR"),
    (0x04, "Virtual"),
    (0x08, "Wildcard"),
    (0x10, "Nt"),
    (0x80, "Host"),
];

/// draft-ietf-ospf-mt: the topology of a metric.
const TOPOLOGIES: &[(u32, &str)] = &[(0, "default"), (1, "multicast"), (2, "management")];

const RI_TLVS: &[(u32, &str)] = &[(1, "Router Capabilities")];

const RI_CAPABILITIES: &[(u32, &str)] = &[
    (1, "Reserved"),
    (2, "Reserved"),
    (4, "Reserved"),
    (8, "Reserved"),
    (16, "graceful restart capable"),
    (32, "graceful restart helper"),
    (64, "Stub router support"),
    (128, "Traffic engineering"),
    (256, "p2p over LAN"),
    (512, "path computation server"),
];

/// The opaque LSA types, whose LSA-ID holds an opaque type and ID.
fn is_opaque(ls_type: u32) -> bool {
    (9..=11).contains(&ls_type)
}

/// "NAME LSA (N)" of an LSA type.
pub(super) fn type_name(c: &mut Ctx, table: &[(u32, &str)], ls_type: u32) {
    c.tok(table, ls_type, "unknown");
    c.s_dec(" LSA (", ls_type);
    c.s(")");
}

/// ospf_print_lshdr: the LSA header at `at`; its length, or None (after
/// tcpdump's complaint) when shorter than the header.
pub(super) fn header(c: &mut Ctx, b: &[u8], at: usize) -> Res<Option<usize>> {
    let ls_length = be16(b, at + 18)?;
    if usize::from(ls_length) < HEADER_LEN {
        c.s_dec("\n\t    Bogus length ", ls_length);
        c.s(" < header (20)");
        return Ok(None);
    }
    bytes(b, at, HEADER_LEN)?;
    c.s("\n\t  Advertising Router ");
    ip(c, b, at + 8)?;
    c.s(", seq ");
    hex32(c, be32(b, at + 12)?);
    c.s(", age ");
    c.dec(be16(b, at)?);
    c.s_dec("s, length ", ls_length - HEADER_LEN as u16);
    let ls_type = u32::from(b[at + 3]);
    c.s("\n\t    ");
    type_name(c, LSA_TYPES, ls_type);
    if is_opaque(ls_type) {
        c.s(", Opaque-Type ");
        type_name(c, OPAQUE_TYPES, b[at + 4].into());
        c.s(", Opaque-ID ");
        c.dec(be32(b, at + 4)? & 0x00ff_ffff);
    } else {
        c.s(", LSA-ID: ");
        ip(c, b, at + 4)?;
    }
    c.s("\n\t    Options: [");
    bits(c, OPTIONS, b[at + 2].into(), "none");
    c.s("]");
    Ok(Some(ls_length.into()))
}

/// ospf_print_lsa: the LSA at `at`; where the next one starts. An LSA
/// shorter than its header ends the packet as a truncated one.
pub(super) fn lsa(c: &mut Ctx, b: &[u8], at: usize) -> Res<usize> {
    let ls_length = header(c, b, at)?.ok_or(Trunc)?;
    let end = at + ls_length;
    let body_len = (ls_length - HEADER_LEN) as u32;
    let body_at = at + HEADER_LEN;
    // With -vv the body is dumped too, unless its printer gave up.
    if body(c, b, at, end, body_len)? && c.o.verbose > 1 {
        unknown(c, b, body_at, "\n\t    ", body_len);
    }
    Ok(end)
}

/// The body of the LSA at `at`, which ends at `end`; false where tcpdump
/// returns early (and skips the -vv dump).
fn body(c: &mut Ctx, b: &[u8], at: usize, end: usize, body_len: u32) -> Res<bool> {
    let p = at + HEADER_LEN;
    match b[at + 3] {
        1 => return router(c, b, p),
        2 => {
            bytes(b, p, 4)?;
            c.s("\n\t    Mask ");
            ip(c, b, p)?;
            c.s("\n\t    Connected Routers:");
            for r in (p + 4..end).step_by(4) {
                bytes(b, r, 4)?;
                c.s("\n\t      ");
                ip(c, b, r)?;
            }
        }
        ls_type @ (3 | 4) => {
            if ls_type == 3 {
                tcheck(b, p, 4)?;
                c.s("\n\t    Mask ");
                ip(c, b, p)?;
            }
            tcheck(b, p + 4, 4)?;
            for m in (p + 4..end).step_by(4) {
                let v = be32(b, m)?;
                let topology = (v & 0x7f00_0000) >> 24;
                c.s("\n\t\ttopology ");
                topology_name(c, topology);
                c.s_dec(" metric ", v & 0x00ff_ffff);
            }
        }
        5 | 7 => {
            tcheck(b, p, 4)?;
            c.s("\n\t    Mask ");
            ip(c, b, p)?;
            tcheck(b, p + 4, 4)?;
            for m in (p + 4..end).step_by(12) {
                external_metric(c, b, m)?;
            }
        }
        6 => {
            for m in (p..end).step_by(8) {
                let vertex = be32(b, m)?;
                let text = match vertex {
                    1 => "\n\t    Router Router-ID ",
                    2 => "\n\t    Network Designated Router ",
                    _ => {
                        c.s_dec("\n\t    unknown VertexType (", vertex);
                        c.s(")");
                        continue;
                    }
                };
                bytes(b, m + 4, 4)?;
                c.s(text);
                ip(c, b, m + 4)?;
            }
        }
        9..=11 => {
            return match b[at + 4] {
                4 => router_information(c, b, p, body_len),
                3 => te::grace(c, b, p, body_len),
                1 => te::te(c, b, p, body_len),
                _ if c.o.verbose <= 1 => Ok(unknown(c, b, p, "\n\t    ", body_len)),
                _ => Ok(true),
            };
        }
        _ => {}
    }
    Ok(true)
}

/// "NAME (N)" of a topology.
fn topology_name(c: &mut Ctx, topology: u32) {
    name_num(c, TOPOLOGIES, topology, "Unknown");
}

/// The router LSA's flags and links from `p`; false after an unknown
/// link type.
fn router(c: &mut Ctx, b: &[u8], p: usize) -> Res<bool> {
    let flags = u8at(b, p)?;
    c.s("\n\t    Router LSA Options: [");
    bits(c, ROUTER_FLAGS, flags.into(), "none");
    c.s("]");
    let count = be16(b, p + 2)?;
    let mut link = p + 4;
    tcheck(b, link, 12)?;
    for _ in 0..count {
        tcheck(b, link, 12)?;
        let text = match b[link + 8] {
            4 => [
                "\n\t      Virtual Link: Neighbor Router-ID: ",
                ", Interface Address: ",
            ],
            1 => ["\n\t      Neighbor Router-ID: ", ", Interface Address: "],
            2 => ["\n\t      Neighbor Network-ID: ", ", Interface Address: "],
            3 => ["\n\t      Stub Network: ", ", Mask: "],
            t => {
                c.s_dec("\n\t      Unknown Router Link Type (", t);
                c.s(")");
                return Ok(false);
            }
        };
        c.s(text[0]);
        ip(c, b, link)?;
        c.s(text[1]);
        ip(c, b, link + 4)?;
        // The link's own metric is the first of its per-topology metrics.
        let tos_count = usize::from(b[link + 9]);
        for n in 0..=tos_count {
            let tos = link + 8 + 4 * n;
            let tos_type = u8at(b, tos)?;
            let metric = be16(b, tos + 2)?;
            c.s("\n\t\ttopology ");
            topology_name(c, if n == 0 { 0 } else { tos_type.into() });
            c.s_dec(", metric ", metric);
        }
        link += 12 + 4 * tos_count;
    }
    Ok(true)
}

/// One metric of an AS-external or NSSA LSA at `m`: type, metric,
/// forwarding address and tag.
fn external_metric(c: &mut Ctx, b: &[u8], m: usize) -> Res {
    let v = be32(b, m)?;
    c.s("\n\t\ttopology ");
    topology_name(c, (v & 0x7f00_0000) >> 24);
    c.s_dec(", type ", if v & 0x8000_0000 != 0 { 2u32 } else { 1 });
    c.s(", metric");
    if v & 0x00ff_ffff == 0x00ff_ffff {
        c.s(" infinite");
    } else {
        c.s_dec(" ", v & 0x00ff_ffff);
    }
    if be32(b, m + 4)? != 0 {
        c.s(", forward ");
        ip(c, b, m + 4)?;
    }
    if be32(b, m + 8)? != 0 {
        c.s(", tag ");
        ip(c, b, m + 8)?;
    }
    Ok(())
}

/// The TLVs of a router information LSA (RFC 4970) of `len` bytes from
/// `p`; false where tcpdump gives up on a length.
fn router_information(c: &mut Ctx, b: &[u8], mut p: usize, mut len: u32) -> Res<bool> {
    while len != 0 {
        // Here a capture that ends before the TLV ends the packet.
        tcheck(b, p, 4)?;
        let Some((tlv_type, tlv_len)) = tlv_head(c, b, p, len)? else {
            return Ok(false);
        };
        p += 4;
        len -= 4;
        tlv_line(c, RI_TLVS, tlv_type, ": ", tlv_len);
        c.s(", value: ");
        let tlv_len = u32::from(tlv_len);
        if too_long(c, tlv_len, " > remaining LS length ", len) {
            return Ok(false);
        }
        tcheck(b, p, tlv_len as usize)?;
        if tlv_type == 1 {
            if tlv_len != 4 {
                c.s_dec("\n\t    Bogus length ", tlv_len);
                c.s(" != 4");
                return Ok(false);
            }
            let caps = be32(b, p)?;
            c.s("Capabilities: ");
            bits(c, RI_CAPABILITIES, caps, "Unknown");
        } else if c.o.verbose <= 1 && !unknown(c, b, p, "\n\t      ", tlv_len) {
            return Ok(false);
        }
        p += tlv_len as usize;
        len -= tlv_len;
    }
    Ok(true)
}
