//! TCP, UDP, SCTP, ICMP, ICMPv6, IGMP and GRE's header, and DNS on port
//! 53 above TCP or UDP. What GRE carries is not decoded: each layer is one
//! key of the object, and the inner packet would repeat them.

use super::bytes::{u16_at, u32_at};
use super::writer::Json;
use super::{Decoded, Stop, dns};

const ICMP: u8 = 1;
const IGMP: u8 = 2;
const GRE: u8 = 47;
const SCTP: u8 = 132;
const TCP: u8 = 6;
const UDP: u8 = 17;
const ICMPV6: u8 = 58;
const DNS_PORT: u16 = 53;

/// The layer above IP, by protocol number. `v6` tells ICMP from ICMPv6
/// where a broken packet says 1 inside IPv6.
pub fn decode(j: &mut Json, proto: u8, d: &[u8], v6: bool) -> Decoded {
    match (proto, v6) {
        (TCP, _) => tcp(j, d),
        (UDP, _) => udp(j, d),
        (ICMP, false) => icmp(j, "icmp", d, 8, 0),
        (ICMPV6, true) => icmp(j, "icmpv6", d, 128, 129),
        (IGMP, false) => igmp(j, d),
        (GRE, _) => gre(j, d),
        (SCTP, _) => sctp(j, d),
        _ => Ok(()),
    }
}

/// TCP flag bits from FIN up, with the letter and name each is shown as.
const TCP_FLAGS: [(u8, u8, &str); 8] = [
    (0x01, b'F', "FIN"),
    (0x02, b'S', "SYN"),
    (0x04, b'R', "RST"),
    (0x08, b'P', "PSH"),
    (0x10, b'A', "ACK"),
    (0x20, b'U', "URG"),
    (0x40, b'E', "ECE"),
    (0x80, b'C', "CWR"),
];

fn tcp(j: &mut Json, d: &[u8]) -> Decoded {
    if d.len() < 20 {
        return Err(Stop::Truncated("tcp"));
    }
    let sport = u16_at(d, 0);
    let dport = u16_at(d, 2);
    let hlen = usize::from(d[12] >> 4) * 4;
    let flags = d[13];
    let mut letters = [0u8; 8];
    let mut n = 0;
    for (bit, letter, _) in TCP_FLAGS {
        if flags & bit != 0 {
            letters[n] = letter;
            n += 1;
        }
    }
    j.begin_object("tcp")
        .u64("sport", u64::from(sport))
        .u64("dport", u64::from(dport))
        .u64("seq", u64::from(u32_at(d, 4)))
        .u64("ack", u64::from(u32_at(d, 8)))
        // The letters are ASCII from the table above.
        .str("flags", std::str::from_utf8(&letters[..n]).unwrap_or(""))
        .begin_array("flag_names");
    for (bit, _, name) in TCP_FLAGS {
        if flags & bit != 0 {
            j.element_str(name);
        }
    }
    j.end_array()
        .u64("win", u64::from(u16_at(d, 14)))
        .u64("urp", u64::from(u16_at(d, 18)))
        .u64("hlen", hlen as u64);
    if hlen < 20 {
        j.end_object();
        return Err(Stop::Error("tcp: header length below 20"));
    }
    let options_end = hlen.min(d.len());
    tcp_options(j, &d[20..options_end]);
    j.end_object();
    if d.len() < hlen {
        return Err(Stop::Truncated("tcp"));
    }
    let payload = &d[hlen..];
    if (sport == DNS_PORT || dport == DNS_PORT) && payload.len() > 2 {
        // DNS over TCP: a two-byte length, then the message. Only a segment
        // that starts a message can be read; others fail the header checks
        // or show as a short "dns" object.
        return dns::decode(j, &payload[2..]);
    }
    Ok(())
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

fn udp(j: &mut Json, d: &[u8]) -> Decoded {
    if d.len() < 8 {
        return Err(Stop::Truncated("udp"));
    }
    let sport = u16_at(d, 0);
    let dport = u16_at(d, 2);
    j.begin_object("udp")
        .u64("sport", u64::from(sport))
        .u64("dport", u64::from(dport))
        .u64("len", u64::from(u16_at(d, 4)))
        .end_object();
    if sport == DNS_PORT || dport == DNS_PORT {
        return dns::decode(j, &d[8..]);
    }
    Ok(())
}

/// ICMP and ICMPv6 share a layout: type, code, checksum, and for echo
/// request and reply an identifier and sequence number.
fn icmp(j: &mut Json, name: &'static str, d: &[u8], echo_request: u8, echo_reply: u8) -> Decoded {
    if d.len() < 4 {
        return Err(Stop::Truncated(name));
    }
    let kind = d[0];
    j.begin_object(name)
        .u64("type", u64::from(kind))
        .u64("code", u64::from(d[1]));
    let echo = kind == echo_request || kind == echo_reply;
    if echo && d.len() >= 8 {
        j.u64("id", u64::from(u16_at(d, 4)))
            .u64("seq", u64::from(u16_at(d, 6)));
    }
    j.end_object();
    if echo && d.len() < 8 {
        return Err(Stop::Truncated(name));
    }
    Ok(())
}

fn sctp(j: &mut Json, d: &[u8]) -> Decoded {
    if d.len() < 12 {
        return Err(Stop::Truncated("sctp"));
    }
    j.begin_object("sctp")
        .u64("sport", u64::from(u16_at(d, 0)))
        .u64("dport", u64::from(u16_at(d, 2)))
        .u64("vtag", u64::from(u32_at(d, 4)));
    if let Some(&chunk) = d.get(12) {
        j.u64("chunk", u64::from(chunk));
    }
    j.end_object();
    Ok(())
}

fn igmp(j: &mut Json, d: &[u8]) -> Decoded {
    if d.len() < 8 {
        return Err(Stop::Truncated("igmp"));
    }
    j.begin_object("igmp")
        .u64("type", u64::from(d[0]))
        .u64("max_resp", u64::from(d[1]))
        .ipv4("group", super::bytes::ipv4_at(d, 4))
        .end_object();
    Ok(())
}

/// GRE (RFC 2784/2890): version, the protocol it carries, and the key and
/// sequence number when their bits are set.
fn gre(j: &mut Json, d: &[u8]) -> Decoded {
    if d.len() < 4 {
        return Err(Stop::Truncated("gre"));
    }
    let flags = u16_at(d, 0);
    let (checksum, key, seq) = (
        flags & 0x8000 != 0,
        flags & 0x2000 != 0,
        flags & 0x1000 != 0,
    );
    j.begin_object("gre")
        .u64("version", u64::from(flags & 7))
        .u64("proto", u64::from(u16_at(d, 2)));
    let mut at = if checksum { 8 } else { 4 };
    let mut result = Ok(());
    if key {
        if d.len() < at + 4 {
            result = Err(Stop::Truncated("gre"));
        } else {
            j.u64("key", u64::from(u32_at(d, at)));
        }
        at += 4;
    }
    if seq && result.is_ok() {
        if d.len() < at + 4 {
            result = Err(Stop::Truncated("gre"));
        } else {
            j.u64("seq", u64::from(u32_at(d, at)));
        }
    }
    j.end_object();
    result
}
