//! IPv4 and IPv6 (with IPv6's extension headers), then the transport layer
//! of first fragments and unfragmented packets.

use super::bytes::{ipv4_at, ipv6_at, u16_at, u32_at};
use super::writer::Json;
use super::{Decoded, Stop, transport};

pub fn ipv4(j: &mut Json, d: &[u8]) -> Decoded {
    if d.len() < 20 {
        return Err(Stop::Truncated("ipv4"));
    }
    if d[0] >> 4 != 4 {
        return Err(Stop::Error("ipv4: version is not 4"));
    }
    let hlen = usize::from(d[0] & 0x0f) * 4;
    if hlen < 20 {
        return Err(Stop::Error("ipv4: header length below 20"));
    }
    let total = usize::from(u16_at(d, 2));
    let frag = u16_at(d, 6);
    let (df, mf) = (frag & 0x4000 != 0, frag & 0x2000 != 0);
    let offset = usize::from(frag & 0x1fff) * 8;
    let proto = d[9];
    j.begin_object("ipv4")
        .ipv4("src", ipv4_at(d, 12))
        .ipv4("dst", ipv4_at(d, 16))
        .u64("ttl", u64::from(d[8]))
        .u64("proto", u64::from(proto))
        .u64("id", u64::from(u16_at(d, 4)))
        .str(
            "flags",
            match (df, mf) {
                (false, false) => "",
                (true, false) => "DF",
                (false, true) => "MF",
                (true, true) => "DF+MF",
            },
        )
        .u64("frag_offset", offset as u64)
        .u64("len", total as u64)
        .u64("hlen", hlen as u64)
        .u64("tos", u64::from(d[1]))
        .end_object();
    if d.len() < hlen {
        return Err(Stop::Truncated("ipv4"));
    }
    if total < hlen {
        return Err(Stop::Error("ipv4: total length below header length"));
    }
    // Later fragments carry no transport header.
    if offset != 0 {
        return Ok(());
    }
    // Ethernet pads short frames: the payload ends where the header says.
    let end = total.min(d.len());
    transport::decode(j, proto, &d[hlen..end], false)
}

/// IPv6 extension headers afsniff walks past to find the transport layer.
const HOP_BY_HOP: u8 = 0;
const ROUTING: u8 = 43;
const FRAGMENT: u8 = 44;
const DESTINATION: u8 = 60;
/// A chain longer than this is hostile; report it instead of walking on.
const MAX_EXTENSIONS: usize = 8;

pub fn ipv6(j: &mut Json, d: &[u8]) -> Decoded {
    if d.len() < 40 {
        return Err(Stop::Truncated("ipv6"));
    }
    if d[0] >> 4 != 6 {
        return Err(Stop::Error("ipv6: version is not 6"));
    }
    let word = u32_at(d, 0);
    let payload_len = usize::from(u16_at(d, 4));
    let mut next = d[6];
    j.begin_object("ipv6")
        .ipv6("src", ipv6_at(d, 8))
        .ipv6("dst", ipv6_at(d, 24))
        .u64("hlim", u64::from(d[7]))
        .u64("next_header", u64::from(next))
        .u64("flow", u64::from(word & 0x000f_ffff))
        .u64("tclass", u64::from((word >> 20) & 0xff))
        .u64("len", payload_len as u64);
    // A payload length of 0 is a jumbogram or a lie: use what was captured.
    let end = if payload_len == 0 {
        d.len()
    } else {
        (40 + payload_len).min(d.len())
    };
    let mut rest = &d[40..end];
    let mut first_fragment = true;
    let mut fragment = None;
    let mut result = Ok(());
    j.begin_array("ext");
    for _ in 0..MAX_EXTENSIONS {
        if !matches!(next, HOP_BY_HOP | ROUTING | FRAGMENT | DESTINATION) {
            break;
        }
        j.element_u64(u64::from(next));
        let len = if next == FRAGMENT { 8 } else { 0 };
        if rest.len() < 2.max(len) {
            result = Err(Stop::Truncated("ipv6"));
            break;
        }
        let len = if next == FRAGMENT {
            let field = u16_at(rest, 2);
            let offset = field & 0xfff8;
            first_fragment = offset == 0;
            fragment = Some((offset, field & 1 != 0, u32_at(rest, 4)));
            8
        } else {
            (usize::from(rest[1]) + 1) * 8
        };
        if rest.len() < len {
            result = Err(Stop::Truncated("ipv6"));
            break;
        }
        next = rest[0];
        rest = &rest[len..];
    }
    j.end_array();
    if result.is_ok() && matches!(next, HOP_BY_HOP | ROUTING | FRAGMENT | DESTINATION) {
        result = Err(Stop::Error("ipv6: more than 8 extension headers"));
    }
    if let Some((offset, mf, id)) = fragment {
        j.u64("frag_offset", u64::from(offset))
            .bool("mf", mf)
            .u64("frag_id", u64::from(id));
    }
    j.u64("proto", u64::from(next)).end_object();
    result?;
    if !first_fragment {
        return Ok(());
    }
    transport::decode(j, next, rest, true)
}
