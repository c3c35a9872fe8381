//! Ethernet II and 802.3 frames, 802.1Q/QinQ tags, the ethertype
//! dispatch, and MPLS label stacks (print-ether.c, print-mpls.c). LLC/STP,
//! ARP and PPPoE have their own files.

use super::out::Emit;
use super::{Ctx, Res, arp, be16, be32, ip, ip6, llc, names, ppp, rest, u8at};

pub(crate) const ETHERTYPE_IP: u16 = 0x0800;
pub(crate) const ETHERTYPE_IPV6: u16 = 0x86dd;
const ETHERTYPE_ARP: u16 = 0x0806;
const ETHERTYPE_REVARP: u16 = 0x8035;
const ETHERTYPE_8021Q: u16 = 0x8100;
const ETHERTYPE_8021Q9100: u16 = 0x9100;
const ETHERTYPE_8021Q9200: u16 = 0x9200;
const ETHERTYPE_8021QINQ: u16 = 0x88a8;
const ETHERTYPE_MPLS: u16 = 0x8847;
const ETHERTYPE_MPLS_MULTI: u16 = 0x8848;
const ETHERTYPE_PPPOED: u16 = 0x8863;
const ETHERTYPE_PPPOES: u16 = 0x8864;
const MAX_ETHERNET_LENGTH_VAL: u16 = 1500;

/// tcpdump's ethertype_values.
pub(crate) fn ethertype_name(t: u16) -> Option<&'static str> {
    Some(match t {
        0x0800 => "IPv4",
        0x8847 => "MPLS unicast",
        0x8848 => "MPLS multicast",
        0x86dd => "IPv6",
        0x8100 => "802.1Q",
        0x9100 => "802.1Q-9100",
        0x88a8 => "802.1Q-QinQ",
        0x9200 => "802.1Q-9200",
        0x88e5 => "802.1AE MACsec",
        0x0200 => "PUP",
        0x0806 => "ARP",
        0x8035 => "Reverse ARP",
        0x0600 => "NS",
        0x0500 => "Sprite",
        0x1000 => "Trail",
        0x6001 => "MOP DL",
        0x6002 => "MOP RC",
        0x6003 => "DN",
        0x6004 => "LAT",
        0x6007 => "SCA",
        0x6558 => "TEB",
        0x8038 => "Lanbridge",
        0x803c => "DEC DNS",
        0x803e => "DEC DTS",
        0x805b => "VEXP",
        0x805c => "VPROD",
        0x809b => "Appletalk",
        0x80f3 => "Appletalk ARP",
        0x8137 => "IPX",
        0x880b => "PPP",
        0x8808 => "MPCP",
        0x8809 => "Slow Protocols",
        0x8863 => "PPPoE D",
        0x8864 => "PPPoE S",
        0x888e => "EAPOL",
        0x8899 => "RRCP",
        0x886f => "MS NLB heartbeat",
        0x8870 => "Jumbo",
        0x894f => "NSH",
        0x9000 => "Loopback",
        0x00fe => "GRE-OSI",
        0xabcd => "CFM (old)",
        0x8902 => "CFM",
        0x893a => "IEEE1905.1",
        0x88cc => "LLDP",
        0x88ca => "TIPC",
        0x0707 => "GeoNet (old)",
        0x8947 => "GeoNet",
        0x1111 => "CALM FAST",
        0x88a2 => "AoE",
        0x88f7 => "PTP",
        0xd28b => "Arista Vendor Specific Protocol",
        _ => return None,
    })
}

/// A MAC address as etheraddr_string prints it: hex with -n; without it
/// "Broadcast" or the hex and the vendor tag.
pub(crate) fn mac(c: &mut Ctx, a: &[u8]) {
    if c.names.resolving() && a.len() == 6 {
        if a == [0xff; 6] {
            c.s("Broadcast");
            return;
        }
        c.out.mac(a);
        c.s(" (oui ");
        let oui = u32::from(a[0]) << 16 | u32::from(a[1]) << 8 | u32::from(a[2]);
        c.s(names::oui_name(oui));
        c.s(")");
    } else {
        c.out.mac(a);
    }
}

/// ether_type_print: "ethertype NAME (0xXXXX)", or just the name with -q.
fn type_print(c: &mut Ctx, t: u16) {
    match (c.o.quiet, ethertype_name(t)) {
        (false, name) => {
            c.s("ethertype ");
            c.s(name.unwrap_or("Unknown"));
            c.s(" (0x");
            c.out.hex0(u64::from(t), 4);
            c.s(")");
        }
        (true, Some(name)) => c.s(name),
        (true, None) => {
            c.s("Unknown Ethertype (0x");
            c.out.hex0(u64::from(t), 4);
            c.s(")");
        }
    }
}

/// "vlan N, p N[, DEI]".
pub(crate) fn tci(c: &mut Ctx, tag: u16) {
    c.s("vlan ");
    c.dec(tag & 0xfff);
    c.s(", p ");
    c.dec(tag >> 13);
    if tag & 0x1000 != 0 {
        c.s(", DEI");
    }
}

/// The whole frame of a DLT_EN10MB capture; sets the link header length.
pub(crate) fn frame(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "ether";
    let hdr = ether(c, b, wire_len)?;
    c.ll_len += hdr;
    Ok(())
}

/// ether_print: an Ethernet header and what it carries. Returns the length
/// of the link-level header (address, tags, type, LLC).
pub(crate) fn ether(c: &mut Ctx, b: &[u8], length: u32) -> Res<usize> {
    c.proto = "ether";
    let caplen = b.len();
    if caplen < 14 {
        c.trunc();
        return Ok(caplen);
    }
    if (length as usize) < 14 {
        c.trunc();
        return Ok(length as usize);
    }
    let orig_length = length;
    let (dst, src) = (&b[0..6], &b[6..12]);
    if c.o.link_header {
        mac(c, src);
        c.s(" > ");
        mac(c, dst);
        c.s(", ");
    }
    let mut length = length as usize - 12;
    let mut p = 12;
    let mut hdrlen = 12;
    let mut t = be16(b, p)?;
    length -= 2;
    p += 2;
    hdrlen += 2;
    let mut printed_length = false;
    while matches!(
        t,
        ETHERTYPE_8021Q | ETHERTYPE_8021Q9100 | ETHERTYPE_8021Q9200 | ETHERTYPE_8021QINQ
    ) {
        let cap = caplen - p;
        if cap < 4 || length < 4 {
            c.proto = "vlan";
            c.trunc();
            return Ok(hdrlen + cap.min(length));
        }
        if c.o.link_header {
            let tag = be16(b, p)?;
            type_print(c, t);
            if printed_length {
                c.s(", ");
            } else {
                c.s(", length ");
                c.dec(orig_length);
                c.s(": ");
                printed_length = true;
            }
            tci(c, tag);
            c.s(", ");
        }
        t = be16(b, p + 2)?;
        p += 4;
        length -= 4;
        hdrlen += 4;
    }
    let payload = &b[p..];
    if t <= MAX_ETHERNET_LENGTH_VAL {
        // 802.3: the field is the payload length.
        let mut length = length;
        if (t as usize) < length {
            length = t as usize;
        }
        let payload = &payload[..payload.len().min(length)];
        if c.o.link_header {
            c.s("802.3");
            if !printed_length {
                c.s(", length ");
                c.dec(length as u64);
                c.s(": ");
            }
        }
        let llc = llc::llc(c, payload, length, src, dst)?;
        return Ok(hdrlen + llc);
    }
    if c.o.link_header {
        type_print(c, t);
        if printed_length {
            c.s(", ");
        } else {
            c.s(", length ");
            c.dec(orig_length);
            c.s(": ");
        }
    }
    if !ethertype(c, t, payload, length)? {
        if !c.o.link_header {
            mac(c, src);
            c.s(" > ");
            mac(c, dst);
            c.s(", ");
            type_print(c, t);
            c.s(", length ");
            c.dec(orig_length);
            c.s(": ");
        }
        c.default_print(payload);
    }
    Ok(hdrlen)
}

/// ethertype_print: the payload of a known type; Ok(false) when unknown.
pub(crate) fn ethertype(c: &mut Ctx, t: u16, b: &[u8], length: usize) -> Res<bool> {
    match t {
        ETHERTYPE_IP => ip::ip(c, b, length)?,
        ETHERTYPE_IPV6 => ip6::ip6(c, b, length)?,
        ETHERTYPE_ARP | ETHERTYPE_REVARP => arp::arp(c, b, length)?,
        ETHERTYPE_MPLS | ETHERTYPE_MPLS_MULTI => mpls(c, b, length)?,
        ETHERTYPE_PPPOED | ETHERTYPE_PPPOES | 0x3c12 | 0x3c13 => ppp::pppoe(c, b, length)?,
        0x9000 => loopback(c, b, length)?,
        0x880b => {
            if length > 0 {
                c.s(": ");
                ppp::ppp(c, b, length)?;
            }
        }
        0x8902 | 0xabcd => cfm(c, b, length)?,
        0x8809 => slow(c, b, length)?,
        0xfefe => osi(c, b, length)?,
        _ => return Ok(undecoded_one_liner(c, t, length)),
    }
    Ok(true)
}

/// Types tcpdump decodes and afsniff does not: one summary line and no
/// hex dump, so a stray frame of such a type (a damaged type field, say)
/// keeps the line count tcpdump's output has.
fn undecoded_one_liner(c: &mut Ctx, t: u16, length: usize) -> bool {
    let name = match t {
        0x6003 => "DECnet",
        0x809b => "AppleTalk",
        0x80f3 => "AARP",
        0x8137 => "(NOV-ETHII) IPX",
        0xfefe => "OSI",
        0x888e => "EAPOL",
        0x8899 => "RRCP",
        0x8808 => "MPCP",
        0x88cc => "LLDP",
        0x894f => "NSH",
        0x88ca => "TIPC",
        0x886f => "MS NLB heartbeat",
        0x0707 | 0x8947 => "GeoNet",
        0x1111 => "CALM FAST",
        0x88a2 => "AoE",
        0x88f7 => "PTP",
        0x88e5 => "802.1AE MACsec",
        _ => return false,
    };
    c.s(name);
    c.s(", length ");
    c.dec(length as u64);
    true
}

/// CFM (print-cfm.c) header line; a header too short takes two lines.
fn cfm(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "cfm";
    if length < 4 {
        c.s("\n\t\t packet is too short");
        return Ok(());
    }
    let first = u8at(b, 0)?;
    let version = first & 0x1f;
    c.s("CFMv");
    c.dec(version);
    if version != 0 {
        c.s(" not supported, length ");
        c.dec(length as u64);
        return Ok(());
    }
    // Opcode names and the MD level are not decoded.
    c.s(", length ");
    c.dec(length as u64);
    Ok(())
}

/// Slow protocols (print-slow.c): LACP/marker/OAM subtype line.
fn slow(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "slow";
    let subtype = u8at(b, 0)?;
    match subtype {
        1 | 2 => {
            let version = u8at(b, 1)?;
            c.s(if subtype == 1 { "LACPv" } else { "MARKERv" });
            c.dec(version);
        }
        3 => c.s("OAMv1"),
        10 => c.s("OSSP"),
        s => {
            c.s("unknown (");
            c.dec(s);
            c.s("), length ");
            c.dec(length as u64);
            super::hexdump::hex(c.out, "\n\t", &b[..b.len().min(length)]);
            return Ok(());
        }
    }
    c.s(", length ");
    c.dec(length as u64);
    Ok(())
}

/// OSI over Ethernet (isoclns_print after a one-byte header): the NLPID.
fn osi(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "isoclns";
    if length == 0 || b.is_empty() {
        c.trunc();
        return Ok(());
    }
    let nlpid = u8at(b, 1)?;
    let len = length - 1;
    match nlpid {
        0x81 => c.s("CLNP"),
        0x82 => c.s("ES-IS"),
        0x83 => c.s("IS-IS"),
        0x00 => c.s("NULL"),
        n => {
            c.s("OSI NLPID 0x");
            c.out.hex0(u64::from(n), 2);
            c.s(" unknown, length: ");
            c.dec(len as u64);
            let body = super::rest(b, 1);
            super::hexdump::hex(c.out, "\n\t", &body[..body.len().min(len)]);
            return Ok(());
        }
    }
    c.s(", length: ");
    c.dec(len as u64);
    Ok(())
}

/// Loopback (ethertype 0x9000, print-loopback.c).
fn loopback(c: &mut Ctx, b: &[u8], len: usize) -> Res {
    c.proto = "loopback";
    c.s("Loopback");
    if len < 2 {
        c.invalid();
        return Ok(());
    }
    let skip = u16::from_le_bytes([u8at(b, 0)?, u8at(b, 1)?]);
    c.s(", skipCount ");
    c.dec(skip);
    if skip % 8 != 0 {
        c.s(" (bogus)");
    }
    let skip = usize::from(skip);
    if skip > len - 2 {
        c.invalid();
        return Ok(());
    }
    let p = 2 + skip;
    let rest_len = len - p;
    if rest_len < 2 {
        c.invalid();
        return Ok(());
    }
    let function = u16::from_le_bytes([u8at(b, p)?, u8at(b, p + 1)?]);
    match function {
        1 => c.s(", Reply"),
        2 => c.s(", Forward Data"),
        f => {
            c.s(",  invalid (");
            c.dec(f);
            c.s(")");
        }
    }
    match function {
        1 => {
            if rest_len < 4 {
                c.invalid();
                return Ok(());
            }
            c.s(", receipt number ");
            c.dec(u16::from_le_bytes([u8at(b, p + 2)?, u8at(b, p + 3)?]));
            c.s(", data (");
            c.dec((rest_len - 4) as u64);
            c.s(" octets)");
        }
        2 => {
            if rest_len < 8 {
                c.invalid();
                return Ok(());
            }
            let a = super::bytes(b, p + 2, 6)?;
            c.s(", forwarding address ");
            mac(c, a);
            c.s(", data (");
            c.dec((rest_len - 8) as u64);
            c.s(" octets)");
        }
        _ => {}
    }
    Ok(())
}

/// MPLS label stack, then IPv4/IPv6 guessed from the first nibble.
pub(crate) fn mpls(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "mpls";
    c.s("MPLS");
    let mut p = 0;
    let mut length = length;
    let mut depth = 0;
    let mut entry;
    loop {
        if length < 4 {
            // mpls_print's "invalid": the complaint, then a check that
            // the rest was captured.
            c.invalid();
            super::bytes(b, p, length)?;
            return Ok(());
        }
        entry = be32(b, p)?;
        c.s(if depth > 0 && c.o.verbose > 0 {
            "\n\t"
        } else {
            " "
        });
        c.s("(label ");
        c.dec(entry >> 12);
        depth += 1;
        if c.o.verbose > 0 {
            let name = match entry >> 12 {
                0 => Some("IPv4 explicit NULL"),
                1 => Some("router alert"),
                2 => Some("IPv6 explicit NULL"),
                3 => Some("implicit NULL"),
                _ => None,
            };
            if let Some(n) = name {
                c.s(" (");
                c.s(n);
                c.s(")");
            }
        }
        c.s(", tc ");
        c.dec((entry >> 9) & 7);
        if entry & 0x100 != 0 {
            c.s(", [S]");
        }
        c.s(", ttl ");
        c.dec(entry & 0xff);
        c.s(")");
        p += 4;
        length -= 4;
        if entry & 0x100 != 0 {
            break;
        }
    }
    let b = rest(b, p);
    let v6 = match entry >> 12 {
        0 | 3 => false,
        2 => true,
        _ => {
            if length < 1 {
                return Ok(());
            }
            // The first payload byte decides, as in draft-hsmit-isis-aal5mux.
            match u8at(b, 0)? {
                0x45..=0x4f => false,
                0x60..=0x6f => true,
                _ => {
                    c.default_print_len(b, length);
                    return Ok(());
                }
            }
        }
    };
    c.s(if c.o.verbose > 0 { "\n\t" } else { " " });
    if v6 {
        ip6::ip6(c, b, length)
    } else {
        ip::ip(c, b, length)
    }
}
