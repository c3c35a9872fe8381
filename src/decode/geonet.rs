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
    c.s("v:");
    c.dec(version);
    c.s(" NH:");
    c.dec(next_hdr);
    c.s("-");
    c.s(next_hdr_name);
    c.s(" HT:");
    c.dec(hdr_type);
    c.s("-");
    c.dec(subtype);
    c.s("-");
    c.s(hdr_name);
    c.s(" HopLim:");
    c.dec(hop_limit);
    c.s(" Payload:");
    c.dec(payload_length);
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
    c.s(" t:");
    c.dec(msg_type);
    c.s("-");
    c.tok_or(MSG_TYPES, msg_type.into(), "unknown (", ")");
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden_link, numeric, numeric_e};
    use crate::link::LinkType;

    /// GeoNetworking beacons, BTP-A with a CAM, the other header types and subtypes, next headers BTP-B and IPv6, an unknown ITS message type, and lengths too short for the BTP and extended headers (tcpdump 4.99.3 -e).
    #[test]
    fn geonet_headers_and_btp() {
        golden_link(
            LinkType::Ethernet,
            numeric_e(0),
            &[
                (
                    "ffffffffffff000c426d54db070700100000000000010000000c426d54db0000000000000000000000000000000000000000",
                    0,
                    "00:0c:42:6d:54:db > ff:ff:ff:ff:ff:ff, ethertype GeoNet (old) (0x0707), length 50: GeoNet src:00:0c:42:6d:54:db; v:0 NH:0-Any HT:1-0-Beacon HopLim:1 Payload:0 GN_ADDR:00:00:00:0c:42:6d:54:db lat:0 lon:0",
                ),
                (
                    "ffffffffffff000c426968be070701510002001d0002c0cc000c426968bef7d08f101eaed88f035fbd0e00000000001670000eaf0300c0cc000c426968bef7d08f101eaed88f035fbd0e0000000000167000138813880000013cf7d0912d0000001984006bf4d607abb56c8009f600",
                    0,
                    "00:0c:42:69:68:be > ff:ff:ff:ff:ff:ff, ethertype GeoNet (old) (0x0707), length 111: GeoNet src:00:0c:42:69:68:be; v:0 NH:1-BTP-A HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:514775183 lon:56605966; BTP Dst:5000 Src:5000; ItsPduHeader v:0 t:0-CAM",
                ),
                (
                    "001fc65107070707070707070707c651070707070707ef0607359700248c7adf6f08004500003df37f4000401130c60a0101680a01010199800035002916a50176010000ff000001000000",
                    0,
                    "07:07:07:07:07:07 > 00:1f:c6:51:07:07, ethertype GeoNet (old) (0x0707), length 75: GeoNet src:07:07:07:07:07:07; v:12 NH:6-Unknown HT:5-1-TopoScopeBcast-MH HopLim:7 Payload:1799 GN_ADDR:ef:06:07:35:97:00:24:8c lat:4521984 lon:1039368000 (header size 32 > 25) (invalid)",
                ),
                (
                    "ffffffffffff000c426968be070712510002001d0002c0cc000c426968bef7d08f101eaed88f035fbd0e00000000001670000eaf0300c0cc000c426968bef7d08f101eaed88f035fbd0e0000000000167000138813880000013cf7d0912d0000001984006bf4d607abb56c8009f600",
                    0,
                    "00:0c:42:69:68:be > ff:ff:ff:ff:ff:ff, ethertype GeoNet (old) (0x0707), length 111: GeoNet src:00:0c:42:69:68:be; v:1 NH:2-BTP-B HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:514775183 lon:56605966; BTP Dst:5000 Src:5000; ItsPduHeader v:0 t:0-CAM",
                ),
                (
                    "ffffffffffff000c426968be070722500002001d0002c0cc000c426968bef7d08f101eaed88f035fbd0e00000000001670000eaf0300c0cc000c426968bef7d08f101eaed88f035fbd0e0000000000167000138813880000013cf7d0912d0000001984006bf4d607abb56c8009f600",
                    0,
                    "00:0c:42:69:68:be > ff:ff:ff:ff:ff:ff, ethertype GeoNet (old) (0x0707), length 111: GeoNet src:00:0c:42:69:68:be; v:2 NH:2-BTP-B HT:5-0-TopoScopeBcast-SH HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:514775183 lon:56605966; BTP Dst:3759 Src:768; ItsPduHeader v:192 t:204-unknown (204)",
                ),
                (
                    "ffffffffffff000c426968be070713500002001d0002c0cc000c426968bef7d08f101eaed88f035fbd0e00000000001670000eaf0300c0cc000c426968bef7d08f101eaed88f035fbd0e0000000000167000138813880000013cf7d0912d0000001984006bf4d607abb56c8009f600",
                    0,
                    "00:0c:42:69:68:be > ff:ff:ff:ff:ff:ff, ethertype GeoNet (old) (0x0707), length 111: GeoNet src:00:0c:42:69:68:be; v:1 NH:3-IPv6 HT:5-0-TopoScopeBcast-SH HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:514775183 lon:56605966",
                ),
                (
                    "ffffffffffff000c426968be070711200002001d0002c0cc000c426968bef7d08f101eaed88f035fbd0e00000000001670000eaf0300c0cc000c426968bef7d08f101eaed88f035fbd0e0000000000167000138813880000013cf7d0912d0000001984006bf4d607abb56c8009f600",
                    0,
                    "00:0c:42:69:68:be > ff:ff:ff:ff:ff:ff, ethertype GeoNet (old) (0x0707), length 111: GeoNet src:00:0c:42:69:68:be; v:1 NH:1-BTP-A HT:2-0-GeoUnicast HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:514775183 lon:56605966",
                ),
                (
                    "ffffffffffff000c426968be070711320002001d0002c0cc000c426968bef7d08f101eaed88f035fbd0e00000000001670000eaf0300c0cc000c426968bef7d08f101eaed88f035fbd0e0000000000167000138813880000013cf7d0912d0000001984006bf4d607abb56c8009f600",
                    0,
                    "00:0c:42:69:68:be > ff:ff:ff:ff:ff:ff, ethertype GeoNet (old) (0x0707), length 111: GeoNet src:00:0c:42:69:68:be; v:1 NH:1-BTP-A HT:3-2-GeoAnycastElipse HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:514775183 lon:56605966",
                ),
                (
                    "ffffffffffff000c426968be070711420002001d0002c0cc000c426968bef7d08f101eaed88f035fbd0e00000000001670000eaf0300c0cc000c426968bef7d08f101eaed88f035fbd0e0000000000167000138813880000013cf7d0912d0000001984006bf4d607abb56c8009f600",
                    0,
                    "00:0c:42:69:68:be > ff:ff:ff:ff:ff:ff, ethertype GeoNet (old) (0x0707), length 111: GeoNet src:00:0c:42:69:68:be; v:1 NH:1-BTP-A HT:4-2-GeoBroadcastElipse HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:514775183 lon:56605966",
                ),
                (
                    "ffffffffffff000c426968be070711610002001d0002c0cc000c426968bef7d08f101eaed88f035fbd0e00000000001670000eaf0300c0cc000c426968bef7d08f101eaed88f035fbd0e0000000000167000138813880000013cf7d0912d0000001984006bf4d607abb56c8009f600",
                    0,
                    "00:0c:42:69:68:be > ff:ff:ff:ff:ff:ff, ethertype GeoNet (old) (0x0707), length 111: GeoNet src:00:0c:42:69:68:be; v:1 NH:1-BTP-A HT:6-1-LocService-Reply HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:514775183 lon:56605966",
                ),
                (
                    "ffffffffffff000c426968be070711730002001d0002c0cc000c426968bef7d08f101eaed88f035fbd0e00000000001670000eaf0300c0cc000c426968bef7d08f101eaed88f035fbd0e0000000000167000138813880000013cf7d0912d0000001984006bf4d607abb56c8009f600",
                    0,
                    "00:0c:42:69:68:be > ff:ff:ff:ff:ff:ff, ethertype GeoNet (old) (0x0707), length 111: GeoNet src:00:0c:42:69:68:be; v:1 NH:1-BTP-A HT:7-3-Unknown HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:514775183 lon:56605966",
                ),
                (
                    "ffffffffffff000c426968be070711100002001d0002c0cc000c426968bef7d08f101eaed88f035fbd0e00000000001670000eaf0300c0cc000c426968bef7d08f101eaed88f035fbd0e0000000000167000138813880000013cf7d0912d0000001984006bf4d607abb56c8009f600",
                    0,
                    "00:0c:42:69:68:be > ff:ff:ff:ff:ff:ff, ethertype GeoNet (old) (0x0707), length 111: GeoNet src:00:0c:42:69:68:be; v:1 NH:1-BTP-A HT:1-0-Beacon HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:514775183 lon:56605966; BTP Dst:3759 Src:768; ItsPduHeader v:192 t:204-unknown (204)",
                ),
                (
                    "ffffffffffff000c426968be070711510002001d0002c0cc000c426968bef7d08f101eaed88f035fbd0e00000000001670000eaf0300c0cc000c426968bef7d08f101eaed88f035fbd0e00000000001670001388",
                    0,
                    "00:0c:42:69:68:be > ff:ff:ff:ff:ff:ff, ethertype GeoNet (old) (0x0707), length 84: GeoNet src:00:0c:42:69:68:be; v:1 NH:1-BTP-A HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:514775183 lon:56605966 (BTP length 2 < 4) (invalid)",
                ),
                (
                    "ffffffffffff000c426968be070711510002001d0002c0cc000c426968bef7d08f101eaed88f035fbd0e0000",
                    0,
                    "00:0c:42:69:68:be > ff:ff:ff:ff:ff:ff, ethertype GeoNet (old) (0x0707), length 44: GeoNet src:00:0c:42:69:68:be;  (common header length 30 < 36) (invalid)",
                ),
                (
                    "ffffffffffff000c426968be070711510002001d0002c0cc000c426968bef7d08f101eaed88f035fbd0e00000000001670000eaf0300c0cc000c426968bef7d08f101eaed88f035fbd0e00000000001670001388138800",
                    0,
                    "00:0c:42:69:68:be > ff:ff:ff:ff:ff:ff, ethertype GeoNet (old) (0x0707), length 87: GeoNet src:00:0c:42:69:68:be; v:1 NH:1-BTP-A HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:514775183 lon:56605966; BTP Dst:5000 Src:5000",
                ),
                (
                    "ffffffffffff000c426968be070701510002001d0002c0cc000c426968bef7d08f101eaed88f035fbd0e00000000001670000eaf0300c0cc000c426968bef7d08f101eaed88f035fbd0e00000000001670001388138800c8013cf7d0912d0000001984006bf4d607abb56c8009f600",
                    0,
                    "00:0c:42:69:68:be > ff:ff:ff:ff:ff:ff, ethertype GeoNet (old) (0x0707), length 111: GeoNet src:00:0c:42:69:68:be; v:0 NH:1-BTP-A HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:514775183 lon:56605966; BTP Dst:5000 Src:5000; ItsPduHeader v:0 t:200-unknown (200)",
                ),
            ],
        );
    }

    /// With -v the payload as hex; the frame cut in the position vector, the extended header, BTP and the ITS header (tcpdump 4.99.3).
    #[test]
    fn geonet_verbose_and_cut() {
        golden_link(
            LinkType::Ethernet,
            numeric(1),
            &[
                (
                    "ffffffffffff000c426968be070701510002001d0002c0cc000c426968bef7d08f101eaed88f035fbd0e00000000001670000eaf0300c0cc000c426968bef7d08f101eaed88f035fbd0e0000000000167000138813880000013cf7d0912d0000001984006bf4d607abb56c8009f600",
                    0,
                    "GeoNet src:00:0c:42:69:68:be; v:0 NH:1-BTP-A HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:514775183 lon:56605966; BTP Dst:5000 Src:5000; ItsPduHeader v:0 t:0-CAM\n\t0x0000:  0000 013c f7d0 912d 0000 0019 8400 6bf4  ...<...-......k.\n\t0x0010:  d607 abb5 6c80 09f6 00                   ....l....",
                ),
                (
                    "ffffffffffff000c426968be070701510002001d0002c0cc000c426968bef7d08f101eaed88f035fbd0e00000000001670000eaf0300c0cc000c426968bef7d08f101eaed88f035fbd0e0000000000167000138813880000013cf7d0912d0000001984006bf4d607abb56c8009f600",
                    20,
                    "GeoNet src:00:0c:42:69:68:be;  [|geonet]",
                ),
                (
                    "ffffffffffff000c426968be070701510002001d0002c0cc000c426968bef7d08f101eaed88f035fbd0e00000000001670000eaf0300c0cc000c426968bef7d08f101eaed88f035fbd0e0000000000167000138813880000013cf7d0912d0000001984006bf4d607abb56c8009f600",
                    30,
                    "GeoNet src:00:0c:42:69:68:be; v:0 NH:1-BTP-A HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be  [|geonet]",
                ),
                (
                    "ffffffffffff000c426968be070701510002001d0002c0cc000c426968bef7d08f101eaed88f035fbd0e00000000001670000eaf0300c0cc000c426968bef7d08f101eaed88f035fbd0e0000000000167000138813880000013cf7d0912d0000001984006bf4d607abb56c8009f600",
                    40,
                    "GeoNet src:00:0c:42:69:68:be; v:0 NH:1-BTP-A HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:514775183  [|geonet]",
                ),
                (
                    "ffffffffffff000c426968be070701510002001d0002c0cc000c426968bef7d08f101eaed88f035fbd0e00000000001670000eaf0300c0cc000c426968bef7d08f101eaed88f035fbd0e0000000000167000138813880000013cf7d0912d0000001984006bf4d607abb56c8009f600",
                    50,
                    "GeoNet src:00:0c:42:69:68:be; v:0 NH:1-BTP-A HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:514775183 lon:56605966 [|geonet]",
                ),
                (
                    "ffffffffffff000c426968be070701510002001d0002c0cc000c426968bef7d08f101eaed88f035fbd0e00000000001670000eaf0300c0cc000c426968bef7d08f101eaed88f035fbd0e0000000000167000138813880000013cf7d0912d0000001984006bf4d607abb56c8009f600",
                    60,
                    "GeoNet src:00:0c:42:69:68:be; v:0 NH:1-BTP-A HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:514775183 lon:56605966 [|geonet]",
                ),
                (
                    "ffffffffffff000c426968be070701510002001d0002c0cc000c426968bef7d08f101eaed88f035fbd0e00000000001670000eaf0300c0cc000c426968bef7d08f101eaed88f035fbd0e0000000000167000138813880000013cf7d0912d0000001984006bf4d607abb56c8009f600",
                    84,
                    "GeoNet src:00:0c:42:69:68:be; v:0 NH:1-BTP-A HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:514775183 lon:56605966; BTP Dst:5000 [|geonet]",
                ),
                (
                    "ffffffffffff000c426968be070701510002001d0002c0cc000c426968bef7d08f101eaed88f035fbd0e00000000001670000eaf0300c0cc000c426968bef7d08f101eaed88f035fbd0e0000000000167000138813880000013cf7d0912d0000001984006bf4d607abb56c8009f600",
                    86,
                    "GeoNet src:00:0c:42:69:68:be; v:0 NH:1-BTP-A HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:514775183 lon:56605966; BTP Dst:5000 Src:5000 [|geonet]",
                ),
                (
                    "ffffffffffff000c426968be070701510002001d0002c0cc000c426968bef7d08f101eaed88f035fbd0e00000000001670000eaf0300c0cc000c426968bef7d08f101eaed88f035fbd0e0000000000167000138813880000013cf7d0912d0000001984006bf4d607abb56c8009f600",
                    88,
                    "GeoNet src:00:0c:42:69:68:be; v:0 NH:1-BTP-A HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:514775183 lon:56605966; BTP Dst:5000 Src:5000; ItsPduHeader v:0 t:0-CAM\n\t0x0000:  0000                                     .. [|geonet]",
                ),
                (
                    "ffffffffffff000c426968be070701510002001d0002c0cc000c426968bef7d08f101eaed88f035fbd0e00000000001670000eaf0300c0cc000c426968bef7d08f101eaed88f035fbd0e0000000000167000138813880000013cf7d0912d0000001984006bf4d607abb56c8009f600",
                    90,
                    "GeoNet src:00:0c:42:69:68:be; v:0 NH:1-BTP-A HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:514775183 lon:56605966; BTP Dst:5000 Src:5000; ItsPduHeader v:0 t:0-CAM\n\t0x0000:  0000 013c                                ...< [|geonet]",
                ),
                (
                    "ffffffffffff000c426968be070701510002001d0002c0cc000c426968bef7d08f101eaed88f035fbd0e00000000001670000eaf0300c0cc000c426968bef7d08f101eaed88f035fbd0e0000000000167000138813880000013cf7d0912d0000001984006bf4d607abb56c8009f600",
                    95,
                    "GeoNet src:00:0c:42:69:68:be; v:0 NH:1-BTP-A HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:514775183 lon:56605966; BTP Dst:5000 Src:5000; ItsPduHeader v:0 t:0-CAM\n\t0x0000:  0000 013c f7d0 912d 00                   ...<...-. [|geonet]",
                ),
            ],
        );
    }
}
