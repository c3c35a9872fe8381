//! Link layers: Ethernet (with 802.1Q/802.1ad tags and 802.2 LLC), Linux
//! cooked v1 and v2, BSD/OpenBSD loopback and raw IP; then ARP, which sits
//! directly on the link.

use etherparse::{ArpPacketSlice, Ethernet2HeaderSlice, SingleVlanHeaderSlice};

use super::bytes::{u16_at, u32_at};
use super::writer::Json;
use super::{Decoded, Rest, Stop, ip};
use crate::link::LinkType;
use crate::wire::{ethertype as et, mpls, sll};

/// An MPLS stack deeper than this is hostile.
const MAX_MPLS_LABELS: usize = 16;
/// Tag protocol identifiers: 802.1Q, 802.1ad (QinQ) and the older 0x9100.
const VLAN_TPIDS: [u16; 3] = [et::VLAN, et::QINQ, et::VLAN_9100];
/// More tags than this is not a frame anyone sends; stop rather than loop.
const MAX_VLAN_TAGS: usize = 8;

/// Writes every layer of `data` (starting at the link header) into `j`.
pub fn decode<'a>(j: &mut Json, link: LinkType, data: &'a [u8]) -> Decoded<'a> {
    match link {
        LinkType::Ethernet => ethernet(j, data),
        LinkType::Raw => raw(j, data),
        LinkType::LinuxSll => whole_line(sll(j, data)),
        LinkType::LinuxSll2 => whole_line(sll2(j, data)),
        LinkType::Null | LinkType::NullSwapped | LinkType::Loop => {
            whole_line(loopback(j, link, data))
        }
        // Written and read, never decoded: the object carries the lengths.
        LinkType::Other(_) => Ok(Rest::Covered),
    }
}

/// Where the line prints more than the bare "IP " before the addresses
/// (a label stack, PPPoE, LLC, cooked and loopback headers), `"info"` is
/// cut from the whole line rather than from the IP payload's printer
/// alone, which would not know what that text holds.
fn whole_line(decoded: Decoded<'_>) -> Decoded<'_> {
    match decoded {
        Ok(Rest::IpText(separators, _)) => Ok(Rest::Text(separators)),
        other => other,
    }
}

fn ethernet<'a>(j: &mut Json, d: &'a [u8]) -> Decoded<'a> {
    let Ok(eth) = Ethernet2HeaderSlice::from_slice(d) else {
        return Err(Stop::Truncated("eth"));
    };
    let ethertype = eth.ether_type().0;
    j.begin_object("eth")
        .mac("src", &eth.source())
        .mac("dst", &eth.destination());
    let rest = &d[eth.slice().len()..];
    // Up to 1500 the field is an 802.3 length, above it a type, as tcpdump
    // splits it (the unassigned 1501-1535 too).
    if ethertype <= et::MAX_LENGTH {
        j.u64("length", u64::from(ethertype)).end_object();
        return whole_line(llc(j, rest));
    }
    j.u64("ethertype", u64::from(ethertype)).end_object();
    vlan_tags(j, ethertype, rest)
}

/// Zero or more VLAN tags, then the network layer. The tags go into one
/// `"vlan"` array, outermost first.
fn vlan_tags<'a>(j: &mut Json, mut ethertype: u16, mut rest: &'a [u8]) -> Decoded<'a> {
    if !VLAN_TPIDS.contains(&ethertype) {
        return network(j, ethertype, rest);
    }
    j.begin_array("vlan");
    let mut tags = 0;
    while VLAN_TPIDS.contains(&ethertype) {
        let Ok(tag) = SingleVlanHeaderSlice::from_slice(rest) else {
            j.end_array();
            return Err(Stop::Truncated("vlan"));
        };
        if tags == MAX_VLAN_TAGS {
            j.end_array();
            return Err(Stop::Error("vlan: more than 8 tags"));
        }
        let inner = tag.ether_type().0;
        j.begin_element()
            .u64("tpid", u64::from(ethertype))
            .u64("id", u64::from(tag.vlan_identifier().value()))
            .u64("pcp", u64::from(tag.priority_code_point().value()))
            .bool("dei", tag.drop_eligible_indicator())
            .u64("ethertype", u64::from(inner))
            .end_object();
        ethertype = inner;
        rest = &rest[tag.slice().len()..];
        tags += 1;
    }
    j.end_array();
    if ethertype <= et::MAX_LENGTH {
        return whole_line(llc(j, rest));
    }
    network(j, ethertype, rest)
}

/// 802.2 LLC under an 802.3 length (STP, NetBIOS, ...): the header, and
/// tcpdump's line as `"info"` for what it carries.
fn llc<'a>(j: &mut Json, d: &'a [u8]) -> Decoded<'a> {
    if d.len() < 3 {
        return Err(Stop::Truncated("llc"));
    }
    j.begin_object("llc")
        .u64("dsap", u64::from(d[0]))
        .u64("ssap", u64::from(d[1]))
        .u64("control", u64::from(d[2]));
    // SNAP: an OUI and an Ethernet type follow.
    if d[0] == 0xaa && d[1] == 0xaa && d[2] == 0x03 {
        if d.len() < 8 {
            j.end_object();
            return Err(Stop::Truncated("llc"));
        }
        let ethertype = u16_at(d, 6);
        j.u64("oui", u64::from(u32::from_be_bytes([0, d[3], d[4], d[5]])))
            .u64("ethertype", u64::from(ethertype))
            .end_object();
        if ethertype > et::MAX_LENGTH {
            return network(j, ethertype, &d[8..]);
        }
        return Ok(Rest::Text(0));
    }
    j.end_object();
    Ok(Rest::Text(0))
}

/// The layer an Ethernet type names; tcpdump's line as `"info"` for the
/// others.
pub fn network<'a>(j: &mut Json, ethertype: u16, d: &'a [u8]) -> Decoded<'a> {
    match ethertype {
        et::IPV4 => ip::ipv4(j, d),
        et::IPV6 => ip::ipv6(j, d),
        // RARP has ARP's layout; its op is 3 or 4.
        et::ARP | et::REVARP => arp(j, d),
        et::MPLS | et::MPLS_MULTI => whole_line(mpls(j, d)),
        et::PPPOED | et::PPPOES => whole_line(pppoe(j, ethertype, d)),
        _ => Ok(Rest::Text(0)),
    }
}

/// A label stack, outermost first, then IP when the nibble after the
/// bottom label says 4 or 6 (an Ethernet pseudowire goes to `"info"`).
fn mpls<'a>(j: &mut Json, mut d: &'a [u8]) -> Decoded<'a> {
    j.begin_array("mpls");
    for _ in 0..MAX_MPLS_LABELS {
        let Some(entry) = mpls::Entry::new_checked(d) else {
            j.end_array();
            return Err(Stop::Truncated("mpls"));
        };
        j.begin_element()
            .u64("label", u64::from(entry.label()))
            .u64("tc", u64::from(entry.traffic_class()))
            .bool("s", entry.bottom_of_stack())
            .u64("ttl", u64::from(entry.ttl()))
            .end_object();
        d = &d[mpls::ENTRY_LEN..];
        if entry.bottom_of_stack() {
            j.end_array();
            return ip::by_version(j, d);
        }
    }
    j.end_array();
    Err(Stop::Error("mpls: more than 16 labels"))
}

/// PPPoE: discovery headers, and for sessions the PPP protocol, then IP.
fn pppoe<'a>(j: &mut Json, ethertype: u16, d: &'a [u8]) -> Decoded<'a> {
    const PPP_IPV4: u16 = 0x0021;
    const PPP_IPV6: u16 = 0x0057;
    if d.len() < 6 {
        return Err(Stop::Truncated("pppoe"));
    }
    j.begin_object("pppoe")
        .u64("code", u64::from(d[1]))
        .u64("session", u64::from(u16_at(d, 2)))
        .u64("len", u64::from(u16_at(d, 4)));
    if ethertype == et::PPPOED {
        j.end_object();
        return Ok(Rest::Text(0));
    }
    if d.len() < 8 {
        j.end_object();
        return Err(Stop::Truncated("pppoe"));
    }
    let proto = u16_at(d, 6);
    j.u64("ppp_proto", u64::from(proto)).end_object();
    match proto {
        PPP_IPV4 => ip::ipv4(j, &d[8..]),
        PPP_IPV6 => ip::ipv6(j, &d[8..]),
        _ => Ok(Rest::Text(0)),
    }
}

/// No link header: the IP version nibble says which.
fn raw<'a>(j: &mut Json, d: &'a [u8]) -> Decoded<'a> {
    match d.first().map(|b| b >> 4) {
        None => Err(Stop::Truncated("ip")),
        Some(4) => ip::ipv4(j, d),
        Some(6) => ip::ipv6(j, d),
        Some(_) => Err(Stop::Error("raw: not an IPv4 or IPv6 packet")),
    }
}

/// Linux cooked v1 (`-i any` before libpcap 1.10): 16 bytes.
/// Read by hand: etherparse's LinuxSllHeaderSlice refuses packet types and
/// protocols it does not know, which tcpdump prints.
fn sll<'a>(j: &mut Json, d: &'a [u8]) -> Decoded<'a> {
    if d.len() < 16 {
        return Err(Stop::Truncated("sll"));
    }
    let halen = usize::from(u16_at(d, 4)).min(8);
    let proto = u16_at(d, 14);
    j.begin_object("sll")
        .u64("pkttype", u64::from(u16_at(d, 0)))
        .u64("hatype", u64::from(u16_at(d, 2)))
        .mac("addr", &d[6..6 + halen])
        .u64("proto", u64::from(proto))
        .end_object();
    cooked_payload(j, proto, &d[16..])
}

/// Linux cooked v2 (`-i any`): 20 bytes, with the interface index.
fn sll2<'a>(j: &mut Json, d: &'a [u8]) -> Decoded<'a> {
    if d.len() < 20 {
        return Err(Stop::Truncated("sll2"));
    }
    let proto = u16_at(d, 0);
    let halen = usize::from(d[11]).min(8);
    j.begin_object("sll2")
        .u64("proto", u64::from(proto))
        .u64("ifindex", u64::from(u32_at(d, 4)))
        .u64("hatype", u64::from(u16_at(d, 8)))
        .u64("pkttype", u64::from(d[10]))
        .mac("addr", &d[12..12 + halen])
        .end_object();
    cooked_payload(j, proto, &d[20..])
}

/// The cooked headers' protocol field is an Ethernet type, or up to 1500
/// one of Linux's ETH_P_ pseudo-types (802.2 LLC, CAN, ...), as sll_print
/// splits it.
fn cooked_payload<'a>(j: &mut Json, proto: u16, d: &'a [u8]) -> Decoded<'a> {
    match proto {
        sll::P_802_2 => llc(j, d),
        p if VLAN_TPIDS.contains(&p) => vlan_tags(j, p, d),
        p if p > et::MAX_LENGTH => network(j, p, d),
        _ => Ok(Rest::Text(0)),
    }
}

/// BSD loopback (address family in host order) and OpenBSD loopback
/// (network order). The family numbers for IPv6 differ between BSDs.
fn loopback<'a>(j: &mut Json, link: LinkType, d: &'a [u8]) -> Decoded<'a> {
    if d.len() < 4 {
        return Err(Stop::Truncated("null"));
    }
    let raw = [d[0], d[1], d[2], d[3]];
    let family = if link == LinkType::Loop || (raw[0] == 0 && raw[1] == 0) {
        u32::from_be_bytes(raw)
    } else {
        // Written by a little-endian host.
        u32::from_le_bytes(raw)
    };
    j.begin_object("null")
        .u64("family", u64::from(family))
        .end_object();
    match family {
        2 => ip::ipv4(j, &d[4..]),
        10 | 24 | 28 | 30 => ip::ipv6(j, &d[4..]),
        _ => Ok(Rest::Text(0)),
    }
}

/// ARP and RARP over any hardware: addresses as long as the header says.
fn arp<'a>(j: &mut Json, d: &'a [u8]) -> Decoded<'a> {
    let Ok(arp) = ArpPacketSlice::from_slice(d) else {
        return Err(Stop::Truncated("arp"));
    };
    let ptype = arp.proto_addr_type().0;
    j.begin_object("arp")
        .u64("op", u64::from(arp.operation().0))
        .u64("htype", u64::from(arp.hw_addr_type().0))
        .u64("ptype", u64::from(ptype))
        .mac("sender_mac", arp.sender_hw_addr())
        .mac("target_mac", arp.target_hw_addr());
    match (
        <[u8; 4]>::try_from(arp.sender_protocol_addr()),
        <[u8; 4]>::try_from(arp.target_protocol_addr()),
    ) {
        (Ok(sender), Ok(target)) if ptype == et::IPV4 => {
            j.ipv4("sender_ip", sender).ipv4("target_ip", target);
        }
        _ => {
            j.mac("sender_proto", arp.sender_protocol_addr())
                .mac("target_proto", arp.target_protocol_addr());
        }
    }
    j.end_object();
    Ok(Rest::Covered)
}
