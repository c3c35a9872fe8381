//! IPv4 and IPv6 (with IPv6's extension headers) as one `"ip"` object with
//! a `"version"`, so that `.ip.src` reads either; then the transport layer
//! of first fragments and unfragmented packets.

use etherparse::err::{ipv4, ipv6};
use etherparse::{
    Ipv4HeaderSlice, Ipv6FragmentHeaderSlice, Ipv6HeaderSlice, Ipv6RawExtHeaderSlice,
};

use super::writer::Json;
use super::{Decoded, Rest, Stop, transport};
use crate::decode::IpPayload;
use crate::wire::ip_proto as ipp;

/// IP by the version nibble (under MPLS, where nothing else says which);
/// anything else goes to `"info"`.
pub fn by_version<'a>(j: &mut Json, d: &'a [u8]) -> Decoded<'a> {
    match d.first().map(|b| b >> 4) {
        Some(4) => ipv4(j, d),
        Some(6) => ipv6(j, d),
        _ => Ok(Rest::Text(0)),
    }
}

pub fn ipv4<'a>(j: &mut Json, d: &'a [u8]) -> Decoded<'a> {
    let h = match Ipv4HeaderSlice::from_slice(d) {
        Ok(h) => h,
        Err(ipv4::HeaderSliceError::Len(_)) => return Err(Stop::Truncated("ipv4")),
        Err(ipv4::HeaderSliceError::Content(ipv4::HeaderError::UnexpectedVersion { .. })) => {
            return Err(Stop::Error("ipv4: version is not 4"));
        }
        Err(ipv4::HeaderSliceError::Content(_)) => {
            return Err(Stop::Error("ipv4: header length below 20"));
        }
    };
    let hlen = h.slice().len();
    let total = usize::from(h.total_len());
    let (df, mf) = (h.dont_fragment(), h.more_fragments());
    let offset = usize::from(h.fragments_offset().value()) * 8;
    let proto = h.protocol().0;
    j.begin_object("ip")
        .u64("version", 4)
        .ipv4("src", h.source())
        .ipv4("dst", h.destination())
        .u64("ttl", u64::from(h.ttl()))
        .u64("proto", u64::from(proto))
        .u64("id", u64::from(h.identification()))
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
    if total < hlen {
        return Err(Stop::Error("ipv4: total length below header length"));
    }
    // Later fragments carry no transport header; the line ends with
    // `ip-proto-N`, which the object holds as proto and frag_offset.
    if offset != 0 {
        return Ok(Rest::Covered);
    }
    // Ethernet pads short frames: the payload ends where the header says.
    let end = total.min(d.len());
    let carrier = transport::Carrier {
        v6: false,
        direct: true,
    };
    let payload = &d[hlen..end];
    match transport::decode(j, proto, payload, carrier)? {
        Rest::Text(separators) => {
            let ip = IpPayload {
                header: &d[..hlen],
                payload,
                length: total - hlen,
            };
            Ok(Rest::IpText(separators, ip))
        }
        rest => Ok(rest),
    }
}

/// Whether `next` names an IPv6 extension header afsniff walks past to
/// find the transport layer.
fn is_walked_extension(next: u8) -> bool {
    matches!(
        next,
        ipp::HOPOPTS | ipp::ROUTING | ipp::FRAGMENT | ipp::DSTOPTS
    )
}

/// A chain longer than this is hostile; report it instead of walking on.
const MAX_EXTENSIONS: usize = 8;

pub fn ipv6<'a>(j: &mut Json, d: &'a [u8]) -> Decoded<'a> {
    let h = match Ipv6HeaderSlice::from_slice(d) {
        Ok(h) => h,
        Err(ipv6::HeaderSliceError::Len(_)) => return Err(Stop::Truncated("ipv6")),
        Err(ipv6::HeaderSliceError::Content(_)) => {
            return Err(Stop::Error("ipv6: version is not 6"));
        }
    };
    let payload_len = usize::from(h.payload_length());
    let mut next = h.next_header().0;
    j.begin_object("ip")
        .u64("version", 6)
        .ipv6("src", h.source())
        .ipv6("dst", h.destination())
        .u64("hlim", u64::from(h.hop_limit()))
        .u64("next_header", u64::from(next))
        .u64("flow", u64::from(h.flow_label().value()))
        .u64("tclass", u64::from(h.traffic_class()))
        .u64("len", payload_len as u64);
    let fixed = h.slice().len();
    // A payload length of 0 is a jumbogram or a lie: use what was captured.
    let end = if payload_len == 0 {
        d.len()
    } else {
        (fixed + payload_len).min(d.len())
    };
    let mut rest = &d[fixed..end];
    let mut first_fragment = true;
    let mut fragment = None;
    let mut result = Ok(());
    let mut ext_count = 0;
    j.begin_array("ext");
    for _ in 0..MAX_EXTENSIONS {
        if !is_walked_extension(next) {
            break;
        }
        j.element_u64(u64::from(next));
        ext_count += 1;
        let (following, len) = if next == ipp::FRAGMENT {
            let Ok(f) = Ipv6FragmentHeaderSlice::from_slice(rest) else {
                result = Err(Stop::Truncated("ipv6"));
                break;
            };
            let offset = f.fragment_offset().value() * 8;
            first_fragment = offset == 0;
            fragment = Some((offset, f.more_fragments(), f.identification()));
            (f.next_header().0, f.slice().len())
        } else {
            let Ok(e) = Ipv6RawExtHeaderSlice::from_slice(rest) else {
                result = Err(Stop::Truncated("ipv6"));
                break;
            };
            (e.next_header().0, e.slice().len())
        };
        next = following;
        rest = &rest[len..];
    }
    j.end_array();
    if result.is_ok() && is_walked_extension(next) {
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
        return Ok(Rest::Text(1));
    }
    let carrier = transport::Carrier {
        v6: true,
        direct: ext_count == 0 && payload_len != 0,
    };
    let src = h.source();
    match transport::decode(j, next, rest, carrier)? {
        // The line's "src > dst: " holds one more ": " when the source
        // ends in "::" (its last group 0), which `"info"` counts as
        // tcpdump's line has it: only the whole line gets that right.
        Rest::Text(separators) if carrier.direct && src[14..] != [0, 0] => {
            let ip = IpPayload {
                header: h.slice(),
                payload: rest,
                length: payload_len,
            };
            Ok(Rest::IpText(separators, ip))
        }
        other => Ok(other),
    }
}
