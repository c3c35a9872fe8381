//! GeoNetworking, ETSI EN 302 636 (print-geonet.c): the common header,
//! its long position vector, and a BTP header with the ITS PDU header
//! after it; with -v the rest as hex. Ethertypes 0x8947 and 0x0707.

use super::ctx::{Ctx, Res, be16, be32, bytes, tcheck, u8at};
use super::dispatch;
use super::out::Emit;

/// geonet_print; `src` is the Ethernet source address (only
/// ether_print passes one).
pub(crate) fn geonet(c: &mut Ctx, b: &[u8], length: usize, src: Option<&[u8]>) -> Res {
    c.proto = "geonet";
    c.s("GeoNet ");
    if let Some(src) = src {
        c.s("src:");
        dispatch::mac(c, src);
    }
    c.s("; ");
    if length < COMMON_LEN {
        c.invalid_length([" (common header length ", " < ", ")"], length, COMMON_LEN);
        return Ok(());
    }
    let first = u8at(b, 0)?;
    let (version, next_hdr) = (first >> 4, first & 0x0f);
    let second = u8at(b, 1)?;
    let (hdr_type, subtype) = (second >> 4, second & 0x0f);
    let payload_length = be16(b, 4)?;
    let hop_limit = u8at(b, 7)?;
    let next_hdr_name = match next_hdr {
        0 => "Any",
        1 => "BTP-A",
        2 => "BTP-B",
        3 => "IPv6",
        _ => "Unknown",
    };
    // (name, extended header size) by type and subtype; None: a size
    // tcpdump does not know, so it prints no more than the common header.
    let (hdr_name, ext_size) = match (hdr_type, subtype) {
        (0, _) => ("Any", Some(0)),
        (1, _) => ("Beacon", Some(0)),
        (2, _) => ("GeoUnicast", None),
        (3, 0) => ("GeoAnycastCircle", None),
        (3, 1) => ("GeoAnycastRect", None),
        (3, 2) => ("GeoAnycastElipse", None),
        (4, 0) => ("GeoBroadcastCircle", None),
        (4, 1) => ("GeoBroadcastRect", None),
        (4, 2) => ("GeoBroadcastElipse", None),
        (5, 0) => ("TopoScopeBcast-SH", Some(0)),
        (5, 1) => ("TopoScopeBcast-MH", Some(68 - COMMON_LEN)),
        (6, 0) => ("LocService-Request", None),
        (6, 1) => ("LocService-Reply", None),
        _ => ("Unknown", None),
    };
    c.s_dec("v:", version);
    c.s_dec(" NH:", next_hdr);
    c.s("-");
    c.s(next_hdr_name);
    c.s_dec(" HT:", hdr_type);
    c.s_dec("-", subtype);
    c.s("-");
    c.s(hdr_name);
    c.s_dec(" HopLim:", hop_limit);
    c.s_dec(" Payload:", payload_length);
    c.s(" ");
    long_position_vector(c, b)?;
    tcheck(b, 0, COMMON_LEN)?;
    let mut at = COMMON_LEN;
    let mut length = length - COMMON_LEN;
    if let Some(size) = ext_size {
        if length < size {
            c.invalid_length([" (header size ", " > ", ")"], size, length);
            return Ok(());
        }
        tcheck(b, at, size)?;
        at += size;
        length -= size;
        if matches!(next_hdr, 1 | 2) {
            if length < 4 {
                c.invalid_length([" (BTP length ", " < ", ")"], length, 4);
                return Ok(());
            }
            btp(c, b, at)?;
            at += 4;
            length -= 4;
            if length >= 2 {
                its_pdu_header(c, b, at)?;
            }
        }
    }
    if c.o.verbose > 0 {
        c.default_print_len(b.get(at..).unwrap_or(&[]), length);
    }
    Ok(())
}

/// The common header's length.
const COMMON_LEN: usize = 36;

/// print_long_pos_vector: the 8-byte GeoNetworking address, latitude and
/// longitude of the position vector at offset 8.
fn long_position_vector(c: &mut Ctx, b: &[u8]) -> Res {
    let addr = bytes(b, 8, 8)?;
    c.s("GN_ADDR:");
    for (i, x) in addr.iter().enumerate() {
        if i > 0 {
            c.s(":");
        }
        c.out.hex0(u64::from(*x), 2);
    }
    // Each value is followed by a space that tcpdump prints before
    // reading the next.
    c.s(" ");
    labelled(c, "lat:", be32(b, 20))?;
    c.s(" ");
    labelled(c, "lon:", be32(b, 24))
}

/// `label` and the number `read` got, printed only when the read
/// succeeded: tcpdump reads each field just before printing it, so a cut
/// leaves the fields before it printed.
fn labelled(c: &mut Ctx, label: &str, read: Res<impl Into<u64>>) -> Res {
    let v = read?;
    c.s(label);
    c.dec(v);
    Ok(())
}

/// print_btp: the BTP-A/B ports.
fn btp(c: &mut Ctx, b: &[u8], at: usize) -> Res {
    labelled(c, "; BTP Dst:", be16(b, at))?;
    labelled(c, " Src:", be16(b, at + 2))
}

const MSG_TYPES: &[(u32, &str)] = &[
    (0, "CAM"),
    (1, "DENM"),
    (101, "TPEGM"),
    (102, "TSPDM"),
    (103, "VPM"),
    (104, "SRM"),
    (105, "SLAM"),
    (106, "ecoCAM"),
    (107, "ITM"),
    (150, "SA"),
];

/// print_btp_body: the ITS PDU header's version and message type.
fn its_pdu_header(c: &mut Ctx, b: &[u8], at: usize) -> Res {
    labelled(c, "; ItsPduHeader v:", u8at(b, at))?;
    let msg_type = u8at(b, at + 1)?;
    c.s_dec(" t:", msg_type);
    c.s("-");
    c.tok_or(MSG_TYPES, msg_type.into(), "unknown (", ")");
    Ok(())
}
