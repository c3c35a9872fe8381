//! BGP path attributes (bgp_attr_print): the common ones, MP_REACH and
//! MP_UNREACH, extended and large communities, PMSI tunnel, AIGP and the
//! nested attribute set.

use super::super::ctx::{Ctx, Res, be16, be32, bytes, rest, u8at};
use super::super::gmpls;
use super::super::out::Emit;
use super::nlri::{self, Family};
use super::{as_num, name, name_or_hex, unknown_data};

const ATTRS: &[(u32, &str)] = &[
    (1, "Origin"),
    (2, "AS Path"),
    (17, "AS4 Path"),
    (3, "Next Hop"),
    (4, "Multi Exit Discriminator"),
    (5, "Local Preference"),
    (6, "Atomic Aggregate"),
    (7, "Aggregator"),
    (18, "Aggregator4"),
    (8, "Community"),
    (9, "Originator ID"),
    (10, "Cluster List"),
    (11, "DPA"),
    (12, "Advertisers"),
    (13, "RCID Path / Cluster ID"),
    (14, "Multi-Protocol Reach NLRI"),
    (15, "Multi-Protocol Unreach NLRI"),
    (16, "Extended Community"),
    (22, "PMSI Tunnel"),
    (23, "Tunnel Encapsulation"),
    (24, "Traffic Engineering"),
    (25, "IPv6 Extended Community"),
    (26, "Accumulated IGP Metric"),
    (27, "PE Distinguisher Label"),
    (28, "Entropy Label"),
    (32, "Large Community"),
    (128, "Attribute Set"),
    (255, "Reserved for development"),
];

const ORIGINS: &[(u32, &str)] = &[(0, "IGP"), (1, "EGP"), (2, "Incomplete")];

const EXT_COMM_FLAGS: &[(u32, &str)] = &[(0x8000, "vendor-specific"), (0x4000, "non-transitive")];

const EXT_COMM_TYPES: &[(u32, &str)] = &[
    (0x0002, "target"),
    (0x0102, "target"),
    (0x0202, "target"),
    (0x0003, "origin"),
    (0x0103, "origin"),
    (0x0203, "origin"),
    (0x4004, "link-BW"),
    (0x0005, "ospf-domain"),
    (0x0105, "ospf-domain"),
    (0x0205, "ospf-domain"),
    (0x8005, "ospf-domain"),
    (0x0306, "ospf-route-type"),
    (0x8000, "ospf-route-type"),
    (0x030c, "encapsulation"),
    (0x0107, "ospf-router-id"),
    (0x8001, "ospf-router-id"),
    (0x800a, "layer2-info"),
    (0x8800, "eigrp-general-route (flag, tag)"),
    (0x8801, "eigrp-route-metric (AS, delay)"),
    (
        0x8802,
        "eigrp-route-metric (reliability, nexthop, bandwidth)",
    ),
    (0x8803, "eigrp-route-metric (load, MTU)"),
    (0x8804, "eigrp-external-route (remote-AS, remote-ID)"),
    (0x8805, "eigrp-external-route (remote-proto, remote-metric)"),
    (0x0009, "source-AS"),
    (0x010b, "vrf-route-import"),
    (0x000a, "l2vpn-id"),
    (0xf10a, "l2vpn-id"),
];

const ENCAP_TUNNELS: &[(u32, &str)] = &[
    (1, "L2TPv3 over IP"),
    (2, "GRE"),
    (3, "Transmit Tunnel"),
    (4, "IPsec"),
    (5, "IP in IP with IPsec"),
    (6, "MPLS in IP with IPsec"),
    (7, "IP in IP"),
    (8, "VXLAN"),
    (9, "NVGRE"),
    (10, "MPLS"),
    (11, "MPLS in GRE"),
    (12, "VXLAN GPE"),
    (13, "MPLS in UDP"),
    (14, "IPv6"),
    (15, "SR TE"),
    (16, "Bare"),
    (17, "SR"),
];

const OSPF_ROUTE_TYPES: &[(u32, &str)] = &[
    (1, "Router"),
    (2, "Network"),
    (3, "Summary"),
    (5, "External"),
    (7, "NSSA External"),
    (129, "MPLS-VPN Sham"),
];

/// l2vpn.c's l2vpn_encaps_values.
const L2VPN_ENCAPS: &[(u32, &str)] = &[
    (0, "Reserved"),
    (1, "Frame Relay"),
    (2, "ATM AAL5 SDU VCC transport"),
    (3, "ATM transparent cell transport"),
    (4, "Ethernet (VLAN) Tagged Mode"),
    (5, "Ethernet Raw Mode"),
    (6, "Cisco HDLC"),
    (7, "PPP"),
    (8, "SONET/SDH Circuit Emulation Service over MPLS"),
    (9, "ATM n-to-one VCC cell transport"),
    (10, "ATM n-to-one VPC cell transport"),
    (11, "IP layer 2 transport"),
    (15, "Frame Relay Port mode"),
    (17, "Structure-agnostic E1 over packet"),
    (18, "Structure-agnostic T1 (DS1) over packet"),
    (19, "VPLS"),
    (20, "Structure-agnostic T3 (DS3) over packet"),
    (21, "Nx64kbit/s Basic Service using Structure-aware"),
    (25, "Frame Relay DLCI"),
    (40, "Structure-agnostic E3 over packet"),
    (
        41,
        "Octet-aligned playload for Structure-agnostic DS1 circuits",
    ),
    (42, "E1 Nx64kbit/s with CAS using Structure-aware"),
    (43, "DS1 (ESF) Nx64kbit/s with CAS using Structure-aware"),
    (44, "DS1 (SF) Nx64kbit/s with CAS using Structure-aware"),
];

const PMSI_TUNNELS: &[(u32, &str)] = &[
    (1, "RSVP-TE P2MP LSP"),
    (2, "LDP P2MP LSP"),
    (3, "PIM-SSM Tree"),
    (4, "PIM-SM Tree"),
    (5, "PIM-Bidir Tree"),
    (6, "Ingress Replication"),
    (7, "LDP MP2MP LSP"),
];

/// How many bytes a path attribute's length takes: two when its flags
/// have Extended Length (0x10), else one.
pub(super) fn attr_len_width(aflags: u8) -> usize {
    if aflags & 0x10 != 0 { 2 } else { 1 }
}

/// The path attribute length at `at`, `width` (attr_len_width) bytes.
pub(super) fn attr_len(b: &[u8], at: usize, width: usize) -> Res<usize> {
    Ok(if width == 2 {
        usize::from(be16(b, at)?)
    } else {
        usize::from(u8at(b, at)?)
    })
}

/// "NAME (TYPE), length: LEN" of an attribute.
pub(super) fn attr_head(c: &mut Ctx, atype: u8, alen: usize) {
    name(c, ATTRS, atype.into(), "Unknown Attribute");
    c.s_dec(" (", atype);
    c.s_dec("), length: ", alen as u64);
}

/// ", Flags [OTPE+x]".
pub(super) fn attr_flags(c: &mut Ctx, aflags: u8) {
    c.s(", Flags [");
    for (bit, letter) in [(0x80, "O"), (0x40, "T"), (0x20, "P"), (0x10, "E")] {
        if aflags & bit != 0 {
            c.s(letter);
        }
    }
    if aflags & 0xf != 0 {
        c.s("+");
        c.out.hex(u64::from(aflags & 0xf));
    }
    c.s("]");
}

/// bgp_attr_get_as_size: 2 when the path parses with 2-byte ASes.
fn as_size(b: &[u8], atype: u8, len: usize) -> Res<usize> {
    if atype == 17 {
        return Ok(4);
    }
    let mut t = 0usize;
    while t < len {
        let seg = u8at(b, t)?;
        if !(1..=4).contains(&seg) {
            return Ok(4);
        }
        t += 2 + usize::from(u8at(b, t + 1)?) * 2;
    }
    Ok(if t == len { 2 } else { 4 })
}

/// bgp_attr_print: the value of attribute `atype` of `len` bytes at `b`.
/// Ok(false) is tcpdump's "goto trunc": the caller marks the truncation.
pub(super) fn attr(c: &mut Ctx, atype: u8, b: &[u8], len: usize, level: u32) -> Res<bool> {
    let mut len = len;
    match atype {
        1 => {
            if len != 1 {
                c.s("invalid len");
            } else {
                name(c, ORIGINS, u8at(b, 0)?.into(), "Unknown Origin Typecode");
            }
        }
        2 | 17 => {
            if len % 2 != 0 {
                c.s("invalid len");
            } else if len == 0 {
                c.s("empty");
            } else {
                let size = as_size(b, atype, len)?;
                let mut t = 0usize;
                while t < len {
                    let seg = u8at(b, t)?;
                    let (open, close) = match seg {
                        2 => ("", ""),
                        1 => ("{ ", "}"),
                        3 => ("( ", ")"),
                        4 => ("({ ", "})"),
                        _ => ("?", "?"),
                    };
                    c.s(open);
                    let count = usize::from(u8at(b, t + 1)?);
                    for i in (0..count * size).step_by(size) {
                        if b.len() < t + 2 + i + size {
                            return Ok(false);
                        }
                        let asn = if size == 2 {
                            u32::from(be16(b, t + 2 + i)?)
                        } else {
                            be32(b, t + 2 + i)?
                        };
                        as_num(c, asn);
                        c.s(" ");
                    }
                    c.s(close);
                    t += 2 + count * size;
                }
            }
        }
        3 | 9 => {
            if len != 4 {
                c.s("invalid len");
            } else {
                c.ip4(bytes(b, 0, 4)?);
            }
        }
        4 | 5 => {
            if len != 4 {
                c.s("invalid len");
            } else {
                c.dec(be32(b, 0)?);
            }
        }
        6 => {
            if len != 0 {
                c.s("invalid len");
            }
        }
        7 | 18 => {
            if (atype == 7 && len != 6 && len != 8) || (atype == 18 && len != 8) {
                c.s("invalid len");
            } else {
                if b.len() < len {
                    return Ok(false);
                }
                c.s(" AS #");
                if len == 6 {
                    as_num(c, be16(b, 0)?.into());
                    c.s(", origin ");
                    c.ip4(bytes(b, 2, 4)?);
                } else {
                    as_num(c, be32(b, 0)?);
                    c.s(", origin ");
                    c.ip4(bytes(b, 4, 4)?);
                }
            }
        }
        8 => {
            if len % 4 != 0 {
                c.s("invalid len");
            } else {
                let mut t = 0;
                while t < len {
                    if b.len() < t + 4 {
                        return Ok(false);
                    }
                    let comm = be32(b, t)?;
                    match comm {
                        0xffffff01 => c.s(" NO_EXPORT"),
                        0xffffff02 => c.s(" NO_ADVERTISE"),
                        0xffffff03 => c.s(" NO_EXPORT_SUBCONFED"),
                        _ => {
                            c.dec(comm >> 16);
                            c.s_dec(":", comm & 0xffff);
                            if len - t > 4 {
                                c.s(", ");
                            }
                        }
                    }
                    t += 4;
                }
            }
        }
        10 => {
            if len % 4 != 0 {
                c.s("invalid len");
            } else {
                let mut t = 0;
                while t < len {
                    c.ip4(bytes(b, t, 4)?);
                    if len - t > 4 {
                        c.s(", ");
                    }
                    t += 4;
                }
            }
        }
        14 => {
            if b.len() < 3 || len < 3 {
                return Ok(false);
            }
            match nlri::mp_af(c, b, len)? {
                Err(true) => return Ok(false),
                Err(false) => {}
                Ok(fam) => {
                    if !mp_reach(c, b, len, fam)? {
                        return Ok(false);
                    }
                }
            }
        }
        15 => {
            if b.len() < 3 {
                return Ok(false);
            }
            match nlri::mp_af(c, b, len)? {
                Err(true) => return Ok(false),
                Err(false) => {}
                Ok(fam) => {
                    if len == 3 {
                        c.s("\n\t      End-of-Rib Marker (empty NLRI)");
                    }
                    if !nlri_list(c, b, 3, len, fam)? {
                        return Ok(false);
                    }
                }
            }
        }
        16 => {
            if len % 8 != 0 {
                c.s("invalid len");
            } else {
                let mut t = 0;
                while t < len {
                    if b.len() < t + 2 {
                        return Ok(false);
                    }
                    let kind = be16(b, t)?;
                    c.s("\n\t    ");
                    name(
                        c,
                        EXT_COMM_TYPES,
                        kind.into(),
                        "unknown extd community typecode",
                    );
                    c.s(" (0x");
                    c.out.hex0(kind.into(), 4);
                    c.s("), Flags [");
                    c.flag_names(kind.into(), EXT_COMM_FLAGS);
                    c.s("]");
                    if b.len() < t + 8 {
                        return Ok(false);
                    }
                    c.s(": ");
                    ext_community(c, &b[t..])?;
                    t += 8;
                }
            }
        }
        22 => {
            if b.len() < 5 || len < 5 {
                return Ok(false);
            }
            pmsi_tunnel(c, b, len)?;
        }
        26 => {
            let mut t = 0;
            let mut tlen = len;
            while tlen >= 3 {
                let kind = u8at(b, t)?;
                let mut length = usize::from(be16(b, t + 1)?);
                t += 3;
                tlen -= 3;
                c.s("\n\t    ");
                c.s(if kind == 1 { "AIGP" } else { "Unknown" });
                c.s_dec(" TLV (", kind);
                c.s_dec("), length ", length as u64);
                if length < 3 {
                    return Ok(false);
                }
                length -= 3;
                if tlen < length {
                    return Ok(false);
                }
                if kind == 1 {
                    if length < 8 {
                        return Ok(false);
                    }
                    let hi = be32(b, t)?;
                    let lo = be32(b, t + 4)?;
                    c.s_dec(", metric ", u64::from(hi) << 32 | u64::from(lo));
                } else if c.o.verbose <= 1 {
                    unknown_data(c, b, t, "\n\t      ", length);
                }
                t += length;
                tlen -= length;
            }
        }
        128 => {
            if b.len() < 4 || len < 4 {
                return Ok(false);
            }
            c.s("\n\t    Origin AS: ");
            as_num(c, be32(b, 0)?);
            let mut t = 4;
            len -= 4;
            while len != 0 {
                if b.len() < t + 2 {
                    return Ok(false);
                }
                if len < 2 {
                    c.s(" [path attr too short]");
                    break;
                }
                let aflags = b[t];
                let inner = b[t + 1];
                t += 2;
                len -= 2;
                let alenlen = attr_len_width(aflags);
                if b.len() < t + alenlen {
                    return Ok(false);
                }
                if len < alenlen {
                    c.s(" [path attr too short]");
                    break;
                }
                let alen = attr_len(b, t, alenlen)?;
                t += alenlen;
                len -= alenlen;
                c.s("\n\t      ");
                attr_head(c, inner, alen);
                if aflags != 0 {
                    attr_flags(c, aflags);
                }
                c.s(": ");
                if len < alen {
                    c.s(" [path attr too short]");
                    break;
                }
                // tcpdump stops recursing ten sets deep.
                if level == 10 {
                    c.s("(too many nested levels, not recursing)");
                } else if !attr(c, inner, rest(b, t), alen, level + 1)? {
                    return Ok(false);
                }
                t += alen;
                len -= alen;
            }
        }
        32 => {
            if len == 0 || len % 12 != 0 {
                c.s("invalid len");
            } else {
                c.s("\n\t    ");
                let mut t = 0;
                while len != 0 {
                    let (global, local1, local2) = (be32(b, t)?, be32(b, t + 4)?, be32(b, t + 8)?);
                    c.dec(global);
                    c.s_dec(":", local1);
                    c.s_dec(":", local2);
                    if len > 12 {
                        c.s(", ");
                    }
                    t += 12;
                    len -= 12;
                }
            }
        }
        _ => {
            if b.len() < len {
                return Ok(false);
            }
            c.s_dec("\n\t    no Attribute ", atype);
            c.s(" decoder");
            if c.o.verbose <= 1 {
                unknown_data(c, b, 0, "\n\t    ", len);
            }
        }
    }
    if c.o.verbose > 1 && len != 0 {
        if b.len() < len {
            return Ok(false);
        }
        unknown_data(c, b, 0, "\n\t    ", len);
    }
    Ok(true)
}

/// MP_REACH_NLRI after its AFI/SAFI: next hops, SNPAs and the NLRI.
/// False on tcpdump's "goto trunc".
fn mp_reach(c: &mut Ctx, b: &[u8], len: usize, fam: Family) -> Res<bool> {
    use Family::*;
    let mut t = 3usize;
    let mut tlen = len - 3;
    if b.len() < t + 1 || tlen < 1 {
        return Ok(false);
    }
    let nhlen = usize::from(b[t]);
    t += 1;
    tlen -= 1;
    if nhlen != 0 {
        if tlen < nhlen {
            return Ok(false);
        }
        c.s("\n\t    nexthop: ");
        let mut left = nhlen;
        let mut first = true;
        while left != 0 {
            if !first {
                c.s(", ");
            }
            first = false;
            // The bytes one next hop of this family takes, with its RD.
            let (need, rd) = match fam {
                Inet | InetLabeled | InetRtc | InetMvpn | InetMdt | L2Vpn => (4, false),
                InetVpn => (12, true),
                Inet6 | Inet6Labeled => (16, false),
                Inet6Vpn => (24, true),
                Nsap => (0, false),
                NsapVpn => (9, true),
            };
            if left < need {
                c.s("invalid len");
                t += left;
                tlen -= left;
                left = 0;
                continue;
            }
            match fam {
                Nsap => {
                    let a = bytes(b, t, left)?;
                    nlri::nsap(c, a);
                    t += left;
                    tlen -= left;
                    left = 0;
                }
                NsapVpn => {
                    if b.len() < t + left {
                        return Ok(false);
                    }
                    c.s("RD: ");
                    nlri::rd(c, &b[t..])?;
                    c.s(", ");
                    nlri::nsap(c, &b[t + 8..t + left]);
                    if be32(b, t + 8)? == 0x4700_0601 {
                        c.s(" = ");
                        c.ip4(bytes(b, t + 12, 4)?);
                    } else if u32::from(be16(b, t + 8)?) << 8 | u32::from(u8at(b, t + 10)?)
                        == 0x35_0000
                    {
                        c.s(" = ");
                        c.ip6(bytes(b, t + 11, 16)?);
                    }
                    t += left;
                    tlen -= left;
                    left = 0;
                }
                _ => {
                    let at = if rd { t + 8 } else { t };
                    if rd {
                        c.s("RD: ");
                        nlri::rd(c, &b[t..])?;
                        c.s(", ");
                    }
                    if need - (at - t) == 16 {
                        c.ip6(bytes(b, at, 16)?);
                    } else {
                        c.ip4(bytes(b, at, 4)?);
                    }
                    t += need;
                    tlen -= need;
                    left -= need;
                }
            }
        }
    }
    c.s_dec(", nh-length: ", nhlen as u64);
    if tlen < 1 {
        return Ok(false);
    }
    let snpa = u8at(b, t)?;
    t += 1;
    tlen -= 1;
    if snpa != 0 {
        c.s_dec("\n\t    ", snpa);
        c.s(" SNPA");
        for _ in 0..snpa {
            if tlen < 1 {
                return Ok(false);
            }
            let snpa_len = usize::from(u8at(b, t)?);
            c.s_dec("\n\t      ", snpa_len as u64);
            c.s(" bytes");
            t += 1;
            tlen -= 1;
            if tlen < snpa_len || b.len() < t + snpa_len {
                return Ok(false);
            }
            t += snpa_len;
            tlen -= snpa_len;
        }
    } else {
        c.s(", no SNPA");
    }
    nlri_list(c, b, t, len, fam)
}

/// The NLRI from `t` to `len` of an MP attribute; tcpdump gives each item
/// the attribute's whole length as its bound.
fn nlri_list(c: &mut Ctx, b: &[u8], t: usize, len: usize, fam: Family) -> Res<bool> {
    let rest_len = len.saturating_sub(t);
    let add_path4 = nlri::check_add_path(rest(b, t), rest_len, 32);
    let add_path6 = nlri::check_add_path(rest(b, t), rest_len, 128);
    let mut t = t;
    while t < len {
        match nlri::nlri(c, fam, rest(b, t), len, add_path4, add_path6)? {
            Err(()) => return Ok(false),
            Ok(None) => break,
            Ok(Some(advance)) => t += advance,
        }
    }
    Ok(true)
}

fn pmsi_tunnel(c: &mut Ctx, b: &[u8], len: usize) -> Res {
    let flags = b[0];
    let kind = b[1];
    c.s("\n\t    Tunnel-type ");
    name(c, PMSI_TUNNELS, kind.into(), "Unknown");
    c.s_dec(" (", kind);
    c.s("), Flags [");
    c.flag_names(flags.into(), &[(0x01, "Leaf Information required")]);
    c.s("], MPLS Label ");
    c.dec((u32::from(be16(b, 2)?) << 8 | u32::from(b[4])) >> 4);
    // Each line is one printf in tcpdump: its fields are all read before
    // any of it is printed.
    let t = 5;
    match kind {
        1..=7 if kind != 6 => {
            let first = bytes(b, t, 4)?;
            let second = bytes(b, t + 4, 4)?;
            let (lead, mid) = match kind {
                1 => ("\n\t      Extended-Tunnel-ID ", ", P2MP-ID 0x"),
                2 | 7 => ("\n\t      Root-Node ", ", LSP-ID 0x"),
                3 => ("\n\t      Root-Node ", ", P-Group "),
                _ => ("\n\t      Sender ", ", P-Group "),
            };
            c.s(lead);
            c.ip4(first);
            c.s(mid);
            if matches!(kind, 1 | 2 | 7) {
                c.out.hex0(
                    u32::from_be_bytes([second[0], second[1], second[2], second[3]]).into(),
                    8,
                );
            } else {
                c.ip4(second);
            }
        }
        6 => {
            let endpoint = bytes(b, t, 4)?;
            c.s("\n\t      Tunnel-Endpoint ");
            c.ip4(endpoint);
        }
        _ => {
            if c.o.verbose <= 1 {
                unknown_data(c, b, t, "\n\t      ", len - 5);
            }
        }
    }
    Ok(())
}

/// bgp_extended_community_print: the 8 bytes at `b`.
fn ext_community(c: &mut Ctx, b: &[u8]) -> Res {
    match be16(b, 0)? {
        0x0002 | 0x0003 | 0x000a => {
            c.dec(be16(b, 2)?);
            c.s(":");
            c.dec(be32(b, 4)?);
            c.s(" (= ");
            c.ip4(bytes(b, 4, 4)?);
            c.s(")");
        }
        0x0102 | 0x0103 | 0xf10a | 0x010b => {
            c.ip4(bytes(b, 2, 4)?);
            c.s(":");
            c.dec(be16(b, 6)?);
        }
        0x0202 | 0x0203 => {
            as_num(c, be32(b, 2)?);
            c.s(":");
            c.dec(be16(b, 6)?);
        }
        0x4004 => {
            // The link bandwidth: an IEEE float of bytes/s.
            let bits = be32(b, 4)?;
            c.s("bandwidth: ");
            gmpls::bandwidth(c.out, bits);
        }
        0x0005 | 0x0105 | 0x0205 | 0x8005 | 0x0107 | 0x8001 => c.ip4(bytes(b, 2, 4)?),
        0x0306 | 0x8000 => {
            c.s("area:");
            c.ip4(bytes(b, 2, 4)?);
            c.s(", router-type:");
            let rtype = u8at(b, 6)?;
            name_or_hex(c, OSPF_ROUTE_TYPES, rtype, "unknown");
            c.s(", metric-type:");
            if u8at(b, 7)? & 1 != 0 {
                c.s("E2");
            }
            if rtype == 5 || rtype == 7 {
                c.s("E1");
            }
        }
        0x800a => {
            name(c, L2VPN_ENCAPS, u8at(b, 2)?.into(), "unknown encaps");
            c.s(" Control Flags [0x");
            c.out.hex0(u8at(b, 3)?.into(), 2);
            c.s("]:MTU ");
            c.dec(be16(b, 4)?);
        }
        0x0009 => {
            c.s("AS ");
            c.dec(be16(b, 2)?);
        }
        0x030c => {
            c.s("Tunnel type: ");
            name(c, ENCAP_TUNNELS, be16(b, 6)?.into(), "unknown encaps");
        }
        _ => {
            for &x in bytes(b, 2, 6)? {
                c.out.hex0(x.into(), 2);
            }
        }
    }
    Ok(())
}
