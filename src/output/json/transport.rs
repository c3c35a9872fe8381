//! TCP, UDP, SCTP, ICMP, ICMPv6, IGMP and GRE, DNS on port 53 above TCP or
//! UDP, and the tunnels whose inner frame becomes an `"inner"` object:
//! VXLAN and Geneve over UDP, GRE, IPv4 and IPv6 in IP.

use etherparse::err::tcp;
use etherparse::{Icmpv4Slice, Icmpv6Slice, TcpHeaderSlice, UdpHeaderSlice};

use super::bytes::{u16_at, u32_at};
use super::writer::Json;
use super::{Decoded, Inner, Rest, Stop, dns};
use crate::decode;
use crate::wire::{
    dns::PORT as DNS_PORT, ethertype as et, geneve, gre, ip_proto as ipp, sctp, vxlan,
};

/// What the IP layer tells the layer above it.
#[derive(Clone, Copy)]
pub struct Carrier {
    /// IPv6: tells ICMP from ICMPv6 where a broken packet says 1 inside it.
    pub v6: bool,
    /// The IP header itself names this layer and says how long it is (no
    /// IPv6 extension headers, no jumbogram), so tcpdump's line goes from
    /// the addresses straight to this layer's text.
    pub direct: bool,
}

/// The layer above IP, by protocol number. A protocol without fields of
/// its own here leaves the rest of the line (after the addresses) to
/// `"info"`.
pub fn decode<'a>(j: &mut Json, proto: u8, d: &'a [u8], ip: Carrier) -> Decoded<'a> {
    match (proto, ip.v6) {
        (ipp::TCP, _) => tcp(j, d, ip),
        (ipp::UDP, _) => udp(j, d, ip),
        (ipp::ICMP, false) => icmp(j, d),
        (ipp::ICMPV6, true) => icmpv6(j, d),
        (ipp::IGMP, false) => igmp(j, d),
        (ipp::GRE, _) => gre(j, d),
        (ipp::SCTP, _) => sctp(j, d),
        (ipp::IPIP | ipp::IPV6, _) if !d.is_empty() => Ok(Rest::Inner(Inner::Ip, d)),
        _ => Ok(Rest::Text(1)),
    }
}

/// TCP flag bits from FIN up, with the letter each is shown as.
const TCP_FLAGS: [(u8, u8); 8] = [
    (0x01, b'F'),
    (0x02, b'S'),
    (0x04, b'R'),
    (0x08, b'P'),
    (0x10, b'A'),
    (0x20, b'U'),
    (0x40, b'E'),
    (0x80, b'C'),
];

fn tcp<'a>(j: &mut Json, d: &'a [u8], ip: Carrier) -> Decoded<'a> {
    let h = match TcpHeaderSlice::from_slice(d) {
        Ok(h) => h,
        Err(tcp::HeaderSliceError::Len(_)) => return Err(Stop::Truncated("tcp")),
        Err(tcp::HeaderSliceError::Content(_)) => {
            return Err(Stop::Error("tcp: header length below 20"));
        }
    };
    let sport = h.source_port();
    let dport = h.destination_port();
    let fixed = h.slice();
    let flags = fixed[13];
    let mut letters = [0u8; 8];
    let mut n = 0;
    for (bit, letter) in TCP_FLAGS {
        if flags & bit != 0 {
            letters[n] = letter;
            n += 1;
        }
    }
    j.begin_object("tcp")
        .u64("sport", u64::from(sport))
        .u64("dport", u64::from(dport))
        .u64("seq", u64::from(h.sequence_number()))
        .u64("ack", u64::from(h.acknowledgment_number()))
        // The letters are ASCII from the table above.
        .str("flags", std::str::from_utf8(&letters[..n]).unwrap_or(""))
        .u64("win", u64::from(h.window_size()))
        .u64("urp", u64::from(h.urgent_pointer()))
        .u64("hlen", fixed.len() as u64);
    tcp_options(j, h.options());
    j.end_object();
    let payload = &d[fixed.len()..];
    if payload.is_empty() {
        return Ok(Rest::Covered);
    }
    // The payload's printer, by tcp_print's table, as the line picks it.
    match decode::tcp_payload_port(sport, dport) {
        // DNS over TCP: a two-byte length, then the message. Only a segment
        // that starts a message can be read; others fail the header checks
        // or show as a short "dns" object.
        Some(DNS_PORT) if payload.len() > 2 => dns::decode(j, &payload[2..]),
        // No printer: the line ends with "length N", which hlen and the IP
        // length hold.
        None if ip.direct => Ok(Rest::Covered),
        // What the segment carries is the line's text after "length N: ".
        _ => Ok(Rest::Text(2)),
    }
}

/// The options as a list of objects; `"options_malformed":true` when an
/// option's length runs past the header, as tcpdump's `[bad opt]`.
fn tcp_options(j: &mut Json, mut o: &[u8]) {
    j.begin_array("options");
    let mut malformed = false;
    while let Some(&kind) = o.first() {
        if kind == 0 || kind == 1 {
            j.begin_element()
                .str("kind", if kind == 0 { "eol" } else { "nop" })
                .end_object();
            if kind == 0 {
                break;
            }
            o = &o[1..];
            continue;
        }
        let len = o.get(1).map_or(0, |&l| usize::from(l));
        if len < 2 || len > o.len() {
            malformed = true;
            break;
        }
        let body = &o[2..len];
        j.begin_element();
        match (kind, body.len()) {
            (2, 2) => {
                j.str("kind", "mss").u64("mss", u64::from(u16_at(body, 0)));
            }
            (3, 1) => {
                j.str("kind", "wscale").u64("shift", u64::from(body[0]));
            }
            (4, 0) => {
                j.str("kind", "sackOK");
            }
            (5, n) if n % 8 == 0 => {
                j.str("kind", "sack").begin_array("edges");
                for edge in body.chunks_exact(4) {
                    j.element_u64(u64::from(u32_at(edge, 0)));
                }
                j.end_array();
            }
            (8, 8) => {
                j.str("kind", "timestamp")
                    .u64("val", u64::from(u32_at(body, 0)))
                    .u64("ecr", u64::from(u32_at(body, 4)));
            }
            (30, _) => {
                j.str("kind", "mptcp").u64("len", len as u64);
            }
            (34, _) => {
                j.str("kind", "tfo").u64("len", len as u64);
            }
            _ => {
                j.str("kind", "other")
                    .u64("code", u64::from(kind))
                    .u64("len", len as u64);
            }
        }
        j.end_object();
        o = &o[len..];
    }
    j.end_array();
    if malformed {
        j.bool("options_malformed", true);
    }
}

fn udp<'a>(j: &mut Json, d: &'a [u8], ip: Carrier) -> Decoded<'a> {
    let Ok(h) = UdpHeaderSlice::from_slice(d) else {
        return Err(Stop::Truncated("udp"));
    };
    let sport = h.source_port();
    let dport = h.destination_port();
    let len = h.length();
    j.begin_object("udp")
        .u64("sport", u64::from(sport))
        .u64("dport", u64::from(dport))
        .u64("len", u64::from(len))
        .end_object();
    let header = h.slice().len();
    let payload = &d[header..];
    // The payload's printer, by udp_print's table, as the line picks it.
    match decode::udp_payload_port(sport, dport) {
        Some(DNS_PORT) => dns::decode(j, payload),
        Some(vxlan::UDP_PORT) => vxlan(j, payload),
        Some(geneve::UDP_PORT) => geneve(j, payload),
        // No printer: the line ends with "UDP, length N", N being len less
        // the header, when the length field fits in the IP datagram (else
        // it says "bad length", or "truncated-udplength" below 8).
        None if ip.direct && (header..=d.len()).contains(&usize::from(len)) => Ok(Rest::Covered),
        _ => Ok(Rest::Text(1)),
    }
}

/// VXLAN: flags and VNI, then an Ethernet frame.
fn vxlan<'a>(j: &mut Json, d: &'a [u8]) -> Decoded<'a> {
    let Some(h) = vxlan::Header::new_checked(d) else {
        return Err(Stop::Truncated("vxlan"));
    };
    j.begin_object("vxlan")
        .u64("flags", u64::from(h.flags()))
        .u64("vni", u64::from(h.vni()))
        .end_object();
    inner_frame(Inner::Ethernet, h.payload())
}

/// Geneve: the fixed header, then the frame its protocol names.
fn geneve<'a>(j: &mut Json, d: &'a [u8]) -> Decoded<'a> {
    let Some(h) = geneve::Header::new_checked(d) else {
        return Err(Stop::Truncated("geneve"));
    };
    let proto = h.protocol();
    j.begin_object("geneve")
        .u64("version", u64::from(h.version()))
        .u64("vni", u64::from(h.vni()))
        .u64("proto", u64::from(proto))
        .bool("control", h.control())
        .bool("critical", h.critical())
        .u64("options_len", h.options_len() as u64)
        .end_object();
    by_ethertype(proto, h.payload())
}

/// A tunnel's payload named by an Ethernet type: a frame of its own when
/// it is Ethernet or IP, the rest of the line otherwise.
fn by_ethertype(proto: u16, payload: &[u8]) -> Decoded<'_> {
    match proto {
        et::TEB => inner_frame(Inner::Ethernet, payload),
        et::IPV4 | et::IPV6 => inner_frame(Inner::Ip, payload),
        _ => Ok(Rest::Text(1)),
    }
}

fn inner_frame(inner: Inner, payload: &[u8]) -> Decoded<'_> {
    if payload.is_empty() {
        return Ok(Rest::Covered);
    }
    Ok(Rest::Inner(inner, payload))
}

/// ICMP: type and code, and for echo request and reply the identifier
/// and sequence number; other messages' details go to `"info"`.
fn icmp<'a>(j: &mut Json, d: &'a [u8]) -> Decoded<'a> {
    const ECHO_REPLY: u8 = 0;
    const ECHO_REQUEST: u8 = 8;
    let Ok(m) = Icmpv4Slice::from_slice(d) else {
        return Err(Stop::Truncated("icmp"));
    };
    let kind = m.type_u8();
    let echo = kind == ECHO_REQUEST || kind == ECHO_REPLY;
    icmp_fields(j, "icmp", kind, m.code_u8(), echo, m.bytes5to8())
}

fn icmpv6<'a>(j: &mut Json, d: &'a [u8]) -> Decoded<'a> {
    const ECHO_REQUEST: u8 = 128;
    const ECHO_REPLY: u8 = 129;
    let Ok(m) = Icmpv6Slice::from_slice(d) else {
        return Err(Stop::Truncated("icmpv6"));
    };
    let kind = m.type_u8();
    let echo = kind == ECHO_REQUEST || kind == ECHO_REPLY;
    icmp_fields(j, "icmpv6", kind, m.code_u8(), echo, m.bytes5to8())
}

/// ICMP and ICMPv6 share a layout: type, code, checksum, four bytes that
/// are an identifier and a sequence number in echo messages.
fn icmp_fields<'a>(
    j: &mut Json,
    name: &str,
    kind: u8,
    code: u8,
    echo: bool,
    rest_of_header: [u8; 4],
) -> Decoded<'a> {
    j.begin_object(name)
        .u64("type", u64::from(kind))
        .u64("code", u64::from(code));
    if echo {
        j.u64("id", u64::from(u16_at(&rest_of_header, 0)))
            .u64("seq", u64::from(u16_at(&rest_of_header, 2)));
    }
    j.end_object();
    Ok(if echo { Rest::Covered } else { Rest::Text(1) })
}

fn sctp<'a>(j: &mut Json, d: &'a [u8]) -> Decoded<'a> {
    let Some(p) = sctp::Packet::new_checked(d) else {
        return Err(Stop::Truncated("sctp"));
    };
    j.begin_object("sctp")
        .u64("sport", u64::from(p.src_port()))
        .u64("dport", u64::from(p.dst_port()))
        .u64("vtag", u64::from(p.verification_tag()));
    if let Some(chunk) = p.first_chunk_type() {
        j.u64("chunk", u64::from(chunk));
    }
    j.end_object();
    Ok(Rest::Covered)
}

fn igmp<'a>(j: &mut Json, d: &'a [u8]) -> Decoded<'a> {
    if d.len() < 8 {
        return Err(Stop::Truncated("igmp"));
    }
    j.begin_object("igmp")
        .u64("type", u64::from(d[0]))
        .u64("max_resp", u64::from(d[1]))
        .ipv4("group", super::bytes::ipv4_at(d, 4))
        .end_object();
    Ok(Rest::Covered)
}

/// GRE: version, the protocol it carries, the key, sequence and (PPTP)
/// acknowledgment numbers when present; then the inner frame.
fn gre<'a>(j: &mut Json, d: &'a [u8]) -> Decoded<'a> {
    let Some(h) = gre::Header::new_checked(d) else {
        return Err(Stop::Truncated("gre"));
    };
    let proto = h.protocol();
    j.begin_object("gre")
        .u64("version", u64::from(h.version()))
        .u64("proto", u64::from(proto));
    if let Some(key) = h.key() {
        j.u64("key", u64::from(key));
    }
    if let Some(seq) = h.sequence() {
        j.u64("seq", u64::from(seq));
    }
    if let Some(ack) = h.ack() {
        j.u64("ack", u64::from(ack));
    }
    j.end_object();
    if h.version() != 0 || h.routing_present() {
        return Ok(Rest::Text(1));
    }
    by_ethertype(proto, h.payload())
}
