//! juniper_parse_header: magic, flags, extension TLVs, the no-L2 form,
//! and the PIC cookie with what each link type reads from it.

use super::super::ctx::codes;
use super::super::out::Emit;
use super::super::{Ctx, Res, be16, bytes, u8at};
use super::{Kind, ip_guess};
use crate::wire::linktype as lt;

/// What the header says about the frame after it.
pub(super) struct L2 {
    /// The frame's length after the header (wrapping, as tcpdump's).
    pub length: u32,
    pub direction: u8,
    pub header_len: usize,
    pub cookie_len: usize,
    pub cookie: [u8; 8],
    pub bundle: u32,
    pub proto: u16,
}

const MAGIC: u32 = 0x4d4743; // "MGC"

codes! {
    FLAGS: u8 {
        FLAG_EXT = 0x80 => "Ext",
        _ = 0x40 => "Filter",
        _ = 0x04 => "IIF",
        FLAG_NO_L2 = 0x02 => "no-L2",
        FLAG_IN = 0x01 => "In",
    }
}

/// Cookies starting with these bytes: link services (2 more bytes) and
/// adaptive services (8 bytes in all).
const LS_COOKIE: u8 = 0x54;
const AS_COOKIE: u8 = 0x47;

/// The extension TLVs' names.
const TLV_NAMES: &[(u32, &str)] = &[
    (1, "Device Interface Index"),
    (2, "Device Interface Name"),
    (3, "Device Media Type"),
    (4, "Logical Interface Index"),
    (5, "Logical Unit Number"),
    (6, "Logical Interface Encapsulation"),
    (7, "TTP derived Device Media Type"),
    (8, "TTP derived Logical Interface Encapsulation"),
];

/// juniper_ifmt_values: interface media types.
fn media_name(v: u32) -> &'static str {
    const NAMES: &[(u32, &str)] = &[
        (1, "Ethernet"),
        (2, "FDDI"),
        (3, "Token-Ring"),
        (4, "PPP"),
        (57, "PPP-Subordinate"),
        (5, "Frame-Relay"),
        (6, "Cisco-HDLC"),
        (7, "SMDS-DXI"),
        (8, "ATM-PVC"),
        (9, "PPP-CCC"),
        (10, "Frame-Relay-CCC"),
        (48, "Extended FR-CCC"),
        (11, "IP-over-IP"),
        (12, "GRE"),
        (13, "PIM-Encapsulator"),
        (14, "PIM-Decapsulator"),
        (15, "Cisco-HDLC-CCC"),
        (16, "VLAN-CCC"),
        (32, "Extended-VLAN-CCC"),
        (17, "Multilink-PPP"),
        (18, "Multilink-FR"),
        (39, "Multilink-FR-UNI-NNI"),
        (19, "Multilink"),
        (40, "LinkService"),
        (20, "LSI"),
        (22, "ATM-CCC-Cell-Relay"),
        (23, "IPSEC-over-IP"),
        (24, "GGSN"),
        (27, "PPP-TCC"),
        (28, "Frame-Relay-TCC"),
        (49, "Extended FR-TCC"),
        (29, "Cisco-HDLC-TCC"),
        (30, "Ethernet-CCC"),
        (31, "VPN-Loopback-tunnel"),
        (33, "Ethernet-over-ATM"),
        (46, "Ethernet-VPLS-over-ATM"),
        (34, "Monitor"),
        (35, "Ethernet-TCC"),
        (36, "VLAN-TCC"),
        (37, "Extended-VLAN-TCC"),
        (38, "Controller"),
        (41, "VPLS"),
        (42, "VLAN-VPLS"),
        (43, "Extended-VLAN-VPLS"),
        (44, "Logical-tunnel"),
        (45, "General-Services"),
        (56, "PPPoE"),
        (52, "Flexible-Ethernet-Services"),
        (50, "Flexible-FrameRelay"),
        (53, "Flow-collection"),
        (60, "PIC Peer"),
        (59, "Dynamic-Flow-Capture"),
    ];
    NAMES.iter().find(|n| n.0 == v).map_or("Unknown", |n| n.1)
}

/// juniper_ifle_values: logical interface encapsulations.
fn encapsulation_name(v: u32) -> &'static str {
    const NAMES: &[&str] = &[
        "",
        "",
        "ATM SNAP",
        "ATM NLPID",
        "ATM VCMUX",
        "ATM LLC",
        "PPP over ATM VCMUX",
        "PPP over ATM LLC",
        "PPP over FUNI",
        "CCC over ATM",
        "FR NLPID",
        "FR SNAP",
        "FR PPP",
        "FR CCC",
        "Ethernet",
        "",
        "",
        "PPP",
        "C-HDLC",
        "PPP CCC",
        "IPIP",
        "PIM Null",
        "GRE NULL",
        "PPP over GRE",
        "PIMd",
        "C-HDLC CCC",
        "CISCO compatible NLPID",
        "VLAN CCC",
        "MLPPP",
        "MLFR",
        "LSI Null",
        "",
        "ATM CCC Cell Relay",
        "Crypto",
        "GGSN",
        "ATM VCMUX TCC",
        "FR TCC",
        "PPP TCC",
        "C-HDLC TCC",
        "Ethernet CCC",
        "VT",
        "Ethernet over ATM LLC",
        "Extended VLAN CCC",
        "ATM SNAP TCC",
        "Monitor",
        "Ethernet TCC",
        "VLAN TCC",
        "Extended VLAN TCC",
        "MFR",
        "VPLS",
        "VLAN VPLS",
        "Extended VLAN VPLS",
        "General Services",
        "Ethernet VPLS over ATM LLC",
        "FR CCC",
        "MLPPP over ATM LLC",
        "Ethernet over ATM CCC",
        "LT VLAN",
        "Collector",
        "Aggregator",
        "LAPD",
        "PPPoE over ATM LLC",
        "PPPoE over Ethernet",
        "PPPoE",
        "",
        "C-HDLC via dialer",
    ];
    // 0, 1, 15, 16 and 31 have no name; 64 is named "" in tcpdump.
    match NAMES.get(v as usize) {
        Some(n) if !n.is_empty() || v == 64 => n,
        _ => "Unknown",
    }
}

/// juniper_read_tlv_value: 1 to 4 bytes, little-endian below type 128.
fn tlv_value(v: &[u8], t: u8) -> Option<u32> {
    if v.is_empty() || v.len() > 4 {
        return None;
    }
    let fold = |acc: u32, &x: &u8| acc << 8 | u32::from(x);
    Some(if t < 128 {
        v.iter().rev().fold(0, fold)
    } else {
        v.iter().fold(0, fold)
    })
}

/// The extension TLVs (printed from -vv); false when one claims more
/// than the extension holds.
fn extensions(c: &mut Ctx, ext: &[u8]) -> bool {
    let vv = c.o.verbose > 1;
    let mut left = ext.len();
    let mut at = 0;
    while left > 2 {
        let (t, len) = (ext[at], usize::from(ext[at + 1]));
        at += 2;
        if t == 0 || len == 0 {
            break;
        }
        if left < len + 2 {
            c.length_below(" [extension_length ", left, len + 2, "]");
            return false;
        }
        let value = tlv_value(&ext[at..at + len], t);
        if vv {
            c.s("\n\t  ");
            c.tok(TLV_NAMES, t.into(), "Unknown");
            c.s_dec(" Extension TLV #", t);
            c.s_dec(", length ", len as u64);
            c.s(", value ");
            let named = |v| match t {
                3 | 7 => Some(media_name(v)),
                6 | 8 => Some(encapsulation_name(v)),
                _ => None,
            };
            match value {
                // The name TLV (2) is not decoded.
                Some(v) if t != 2 => match named(v) {
                    Some(name) => {
                        c.s(name);
                        c.s_dec(" (", v);
                        c.s(")");
                    }
                    None => c.dec(v),
                },
                _ => {}
            }
        }
        at += len;
        left -= len + 2;
    }
    true
}

/// Parses and (with -e, -vv) prints the header: Ok(Ok(L2)) to go on,
/// Ok(Err(n)) when printing stops here with `n` bytes of link header.
pub(super) fn parse(c: &mut Ctx, b: &[u8], wire_len: u32, k: &Kind) -> Res<Result<L2, usize>> {
    let flags = u8at(b, 3)?;
    let magic = u32::from(be16(b, 0)?) << 8 | u32::from(b[2]);
    if magic != MAGIC {
        c.s("no magic-number found!");
        return Ok(Err(0));
    }
    let mut l2 = L2 {
        length: wire_len,
        direction: flags & FLAG_IN,
        header_len: 0,
        cookie_len: 0,
        cookie: [0; 8],
        bundle: 0,
        proto: 0,
    };
    if c.o.link_header {
        c.s(if l2.direction == FLAG_IN {
            " In "
        } else {
            "Out "
        });
    }
    let mut jnx = 4usize;
    if c.o.verbose > 1 {
        c.s("\n\tJuniper PCAP Flags [");
        c.flag_names(u32::from(flags), FLAGS);
        c.s("]");
    }
    if flags & FLAG_EXT != 0 {
        let ext_len = usize::from(be16(b, 4)?);
        jnx += 2 + ext_len;
        if c.o.verbose > 1 {
            c.s_dec(", PCAP Extension(s) total length ", ext_len as u64);
        }
        let ext = bytes(b, 6, ext_len)?;
        if !extensions(c, ext) {
            c.invalid();
            return Ok(Err(0));
        }
        if c.o.verbose > 1 {
            c.s("\n\t-----original packet-----\n\t");
        }
    }
    if flags & FLAG_NO_L2 != 0 {
        if c.o.link_header {
            c.s("no-L2-hdr, ");
        }
        // Four bytes (a protocol family) before the IP header.
        let at = jnx + 4;
        let p = bytes(b, at, 1).map(|_| &b[at..])?;
        if !ip_guess(c, p, wire_len.wrapping_sub(at as u32) as usize)? {
            c.s("no IP-hdr found!");
        }
        return Ok(Err(at));
    }
    l2.header_len = jnx;
    l2.length = l2.length.wrapping_sub(jnx as u32);
    let p = super::rest(b, jnx);
    let mut cookie_type = 0u8;
    if let Some((cookie_len, pic)) = k.pic {
        l2.cookie_len = cookie_len;
        let first = u8at(p, 0)?;
        match first {
            LS_COOKIE => {
                cookie_type = LS_COOKIE;
                l2.cookie_len += 2;
            }
            AS_COOKIE => {
                cookie_type = AS_COOKIE;
                l2.cookie_len = 8;
            }
            _ => {}
        }
        // MFR child links carry no cookie.
        if k.dlt == lt::JUNIPER_MFR && first & 0xc0 == 0xc0 {
            l2.cookie_len = 0;
        }
        l2.header_len += l2.cookie_len;
        l2.length = l2.length.wrapping_sub(l2.cookie_len as u32);
        if c.o.link_header {
            c.s(pic);
            c.s_dec("-PIC, cookie-len ", l2.cookie_len as u64);
        }
        if l2.cookie_len > 8 {
            c.invalid();
            return Ok(Err(l2.header_len));
        }
        if l2.cookie_len > 0 {
            let cookie = bytes(p, 0, l2.cookie_len)?;
            l2.cookie[..cookie.len()].copy_from_slice(cookie);
            if c.o.link_header {
                c.s(", cookie 0x");
                for &x in cookie {
                    c.out.hex0(u64::from(x), 2);
                }
            }
        }
        if c.o.link_header {
            c.s(": ");
        }
        l2.proto = be16(p, l2.cookie_len)?;
    }
    let p = super::rest(p, l2.cookie_len);
    let as_cookie = |l2: &mut L2| {
        l2.bundle = u32::from(u16::from_be_bytes([l2.cookie[6], l2.cookie[7]]) >> 3) & 0xfff;
        l2.proto = u16::from(l2.cookie[5] & 0x70);
    };
    match (k.dlt, cookie_type) {
        (lt::JUNIPER_MLPPP | lt::JUNIPER_MLFR | lt::JUNIPER_MFR, AS_COOKIE) => as_cookie(&mut l2),
        (lt::JUNIPER_MLPPP, LS_COOKIE) => l2.bundle = u32::from(l2.cookie[1]),
        (lt::JUNIPER_MLFR | lt::JUNIPER_MFR, LS_COOKIE) => {
            l2.bundle = u32::from(l2.cookie[1]);
            l2.proto = be16(p, 0)?;
            l2.header_len += 2;
            l2.length = l2.length.wrapping_sub(2);
        }
        (lt::JUNIPER_MLFR, _) => {
            l2.bundle = u32::from(l2.cookie[0]);
            l2.header_len += 2;
            l2.length = l2.length.wrapping_sub(2);
        }
        (lt::JUNIPER_MLPPP | lt::JUNIPER_MFR, _) => l2.bundle = u32::from(l2.cookie[0]),
        (lt::JUNIPER_ATM2, _) => {
            let word = bytes(p, 0, 4)?;
            // A cell relay control word, by tcpdump's heuristics.
            if l2.cookie[7] & 0x70 != 0 {
                let cw = u32::from_be_bytes([word[0], word[1], word[2], word[3]]);
                if matches!(cw, 0 | 0x0800_0000 | 0x0838_0000) {
                    l2.header_len += 4;
                }
                if c.o.link_header {
                    c.s("control-word 0x");
                    c.out.hex0(u64::from(cw), 8);
                    c.s(" ");
                }
            }
        }
        _ => {}
    }
    if c.o.link_header {
        c.s_dec("hlen ", l2.header_len as u64);
        c.s(", proto 0x");
        c.out.hex0(u64::from(l2.proto), 4);
        c.s(", ");
    }
    Ok(Ok(l2))
}
