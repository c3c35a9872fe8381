//! Arista's vendor ethertype (print-arista.c): the time-stamp header a
//! TapAgg switch puts between the MAC addresses and the frame's own
//! ethertype.

use super::ctx::{Ctx, Res, be16, be32, codes, u8at};
use super::out::Emit;
use super::time::date_time;

const SUBTYPE_TIMESTAMP: u16 = 0x0001;

const TIMESCALES: &[(u32, &str)] = &[(0, "TAI"), (1, "UTC")];

codes! {
    /// The time stamp formats.
    FORMATS: u8 {
        FORMAT_64BIT = 0x1 => "64-bit",
        FORMAT_48BIT = 0x2 => "48-bit",
    }
}

const HW_INFOS: &[(u32, &str)] = &[(0, "R/R2"), (1, "R3")];

const NS_PER_SEC: u32 = 1_000_000_000;

/// "{label}NAME (N), ".
fn named(c: &mut Ctx, label: &str, table: &[(u32, &str)], v: u8) {
    c.s(label);
    c.tok_num(table, v.into(), "Unknown");
    c.s(", ");
}

/// arista_ethertype_print: the header after the 0xd28b type field; the
/// bytes it takes, or None for a subtype or format tcpdump does not know
/// (the caller then dumps the frame).
pub(crate) fn arista(c: &mut Ctx, b: &[u8]) -> Res<Option<usize>> {
    c.proto = "arista";
    let subtype = be16(b, 0)?;
    c.s("SubType ");
    c.tok(
        &[(u32::from(SUBTYPE_TIMESTAMP), "Timestamp")],
        subtype.into(),
        "Unknown",
    );
    c.s(" (0x");
    c.out.hex0(u64::from(subtype), 4);
    c.s("), ");
    if subtype != SUBTYPE_TIMESTAMP {
        return Ok(None);
    }
    let timescale = u8at(b, 2)?;
    named(c, "Timescale ", TIMESCALES, timescale);
    let version = u8at(b, 3)?;
    let (format, hw_info) = (version >> 4, version & 0x0f);
    named(c, "Format ", FORMATS, format);
    named(c, "HwInfo ", HW_INFOS, hw_info);
    c.s("Timestamp ");
    // Seconds in the high bits, nanoseconds in the low 32.
    let used = match format {
        FORMAT_64BIT => {
            let (secs, ns) = (be32(b, 4)?, be32(b, 8)?);
            let secs = i64::from(secs) + i64::from(ns / NS_PER_SEC);
            date_time(c.out, secs, b'-', b' ');
            c.s(".");
            c.out.dec0(u64::from(ns % NS_PER_SEC), 9);
            12
        }
        FORMAT_48BIT => {
            let (secs, ns) = (be16(b, 4)?, be32(b, 6)?);
            c.dec(u64::from(secs) + u64::from(ns / NS_PER_SEC));
            c.s(".");
            c.out.dec0(u64::from(ns % NS_PER_SEC), 9);
            10
        }
        _ => return Ok(None),
    };
    c.s(": ");
    Ok(Some(used))
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden_levels, numeric, numeric_e};
    use crate::link::LinkType;

    /// Frames of tcpdump's arista_ether.pcap (64-bit and 48-bit time
    /// stamps, IPv4 and a VLAN tag after the header) and one cut, without
    /// -e, with -e and -ev (expected text from tcpdump 4.99.3).
    #[test]
    fn suite_frames() {
        golden_levels(
            LinkType::Ethernet,
            &[
                (
                    "000000000001001122334455d28b000100105ceeed57384f59c808004500005200000000403f4dac0a8801200a021718000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d",
                    0,
                ),
                (
                    "000000000001001122334455d28b00010020ed951815247408004500005200000000403f4dac0a8801200a021718000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d",
                    0,
                ),
                (
                    "000000000001001122334455d28b00010020ed95354642088100006408004500004e00000000403f4db00a8801200a021718000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f30313233343536373839",
                    0,
                ),
                (
                    "000000000001001122334455d28b000100105ceeed57384f59c808004500005200000000403f4dac0a8801200a021718000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d",
                    30,
                ),
            ],
            &[
                (
                    numeric(0),
                    &[
                        "ethertype Arista Vendor Specific Protocol (0xd28b), length 110: SubType Timestamp (0x0001), Timescale TAI (0), Format 64-bit (1), HwInfo R/R2 (0), Timestamp 2019-05-29 20:36:39.944724424: IP 10.136.1.32 > 10.2.23.24:  ip-proto-63 62",
                        "ethertype Arista Vendor Specific Protocol (0xd28b), length 108: SubType Timestamp (0x0001), Timescale TAI (0), Format 48-bit (2), HwInfo R/R2 (0), Timestamp 60821.404038772: IP 10.136.1.32 > 10.2.23.24:  ip-proto-63 62",
                        "ethertype Arista Vendor Specific Protocol (0xd28b), length 108: SubType Timestamp (0x0001), Timescale TAI (0), Format 48-bit (2), HwInfo R/R2 (0), Timestamp 60821.893796872: IP 10.136.1.32 > 10.2.23.24:  ip-proto-63 58",
                        "ethertype Arista Vendor Specific Protocol (0xd28b), length 110: SubType Timestamp (0x0001), Timescale TAI (0), Format 64-bit (1), HwInfo R/R2 (0), Timestamp 2019-05-29 20:36:39.944724424: IP  [|ip]",
                    ],
                ),
                (
                    numeric_e(0),
                    &[
                        "00:11:22:33:44:55 > 00:00:00:00:00:01, ethertype Arista Vendor Specific Protocol (0xd28b), length 110: SubType Timestamp (0x0001), Timescale TAI (0), Format 64-bit (1), HwInfo R/R2 (0), Timestamp 2019-05-29 20:36:39.944724424: ethertype IPv4 (0x0800), length 110: 10.136.1.32 > 10.2.23.24:  ip-proto-63 62",
                        "00:11:22:33:44:55 > 00:00:00:00:00:01, ethertype Arista Vendor Specific Protocol (0xd28b), length 108: SubType Timestamp (0x0001), Timescale TAI (0), Format 48-bit (2), HwInfo R/R2 (0), Timestamp 60821.404038772: ethertype IPv4 (0x0800), length 108: 10.136.1.32 > 10.2.23.24:  ip-proto-63 62",
                        "00:11:22:33:44:55 > 00:00:00:00:00:01, ethertype Arista Vendor Specific Protocol (0xd28b), length 108: SubType Timestamp (0x0001), Timescale TAI (0), Format 48-bit (2), HwInfo R/R2 (0), Timestamp 60821.893796872: ethertype 802.1Q (0x8100), length 108: vlan 100, p 0, ethertype IPv4 (0x0800), 10.136.1.32 > 10.2.23.24:  ip-proto-63 58",
                        "00:11:22:33:44:55 > 00:00:00:00:00:01, ethertype Arista Vendor Specific Protocol (0xd28b), length 110: SubType Timestamp (0x0001), Timescale TAI (0), Format 64-bit (1), HwInfo R/R2 (0), Timestamp 2019-05-29 20:36:39.944724424: ethertype IPv4 (0x0800), length 110:  [|ip]",
                    ],
                ),
                (
                    numeric_e(1),
                    &[
                        "00:11:22:33:44:55 > 00:00:00:00:00:01, ethertype Arista Vendor Specific Protocol (0xd28b), length 110: SubType Timestamp (0x0001), Timescale TAI (0), Format 64-bit (1), HwInfo R/R2 (0), Timestamp 2019-05-29 20:36:39.944724424: ethertype IPv4 (0x0800), length 110: (tos 0x0, ttl 64, id 0, offset 0, flags [none], proto unknown (63), length 82)\n    10.136.1.32 > 10.2.23.24:  ip-proto-63 62",
                        "00:11:22:33:44:55 > 00:00:00:00:00:01, ethertype Arista Vendor Specific Protocol (0xd28b), length 108: SubType Timestamp (0x0001), Timescale TAI (0), Format 48-bit (2), HwInfo R/R2 (0), Timestamp 60821.404038772: ethertype IPv4 (0x0800), length 108: (tos 0x0, ttl 64, id 0, offset 0, flags [none], proto unknown (63), length 82)\n    10.136.1.32 > 10.2.23.24:  ip-proto-63 62",
                        "00:11:22:33:44:55 > 00:00:00:00:00:01, ethertype Arista Vendor Specific Protocol (0xd28b), length 108: SubType Timestamp (0x0001), Timescale TAI (0), Format 48-bit (2), HwInfo R/R2 (0), Timestamp 60821.893796872: ethertype 802.1Q (0x8100), length 108: vlan 100, p 0, ethertype IPv4 (0x0800), (tos 0x0, ttl 64, id 0, offset 0, flags [none], proto unknown (63), length 78)\n    10.136.1.32 > 10.2.23.24:  ip-proto-63 58",
                        "00:11:22:33:44:55 > 00:00:00:00:00:01, ethertype Arista Vendor Specific Protocol (0xd28b), length 110: SubType Timestamp (0x0001), Timescale TAI (0), Format 64-bit (1), HwInfo R/R2 (0), Timestamp 2019-05-29 20:36:39.944724424: ethertype IPv4 (0x0800), length 110:  [|ip]",
                    ],
                ),
            ],
        );
    }

    /// Nanoseconds past a second, an unknown hardware, subtype and
    /// format (the frame then dumped), a 48-bit stamp before a VLAN tag,
    /// the header after a VLAN tag, a type field cut short, and frames cut
    /// in the header and after it (expected text from tcpdump 4.99.3).
    #[test]
    fn headers_and_cuts() {
        golden_levels(
            LinkType::Ethernet,
            &[
                (
                    "000000000001001122334455d28b000100135ceeed579502f90008004500001c000100004001f6d7c0000201c00002070800f7ff00000000",
                    0,
                ),
                (
                    "000000000001001122334455d28b00020010000000000000000008004500001c000100004001f6d7c0000201c00002070800f7ff00000000",
                    0,
                ),
                (
                    "000000000001001122334455d28b00010535000000000000000008004500001c000100004001f6d7c0000201c00002070800f7ff00000000",
                    0,
                ),
                (
                    "000000000001001122334455d28b0001012000073b9ac9ff8100000508004500001c000100004001f6d7c0000201c00002070800f7ff00000000",
                    0,
                ),
                (
                    "00000000000100112233445581000003d28b00010010000000000000000008004500001c000100004001f6d7c0000201c00002070800f7ff00000000",
                    0,
                ),
                ("000000000001001122334455d28b00", 0),
                (
                    "000000000001001122334455d28b000100135ceeed579502f90008004500001c000100004001f6d7c0000201c00002070800f7ff00000000",
                    16,
                ),
                (
                    "000000000001001122334455d28b000100135ceeed579502f90008004500001c000100004001f6d7c0000201c00002070800f7ff00000000",
                    18,
                ),
                (
                    "000000000001001122334455d28b000100135ceeed579502f90008004500001c000100004001f6d7c0000201c00002070800f7ff00000000",
                    20,
                ),
                (
                    "000000000001001122334455d28b000100135ceeed579502f90008004500001c000100004001f6d7c0000201c00002070800f7ff00000000",
                    27,
                ),
                (
                    "000000000001001122334455d28b000100135ceeed579502f90008004500001c000100004001f6d7c0000201c00002070800f7ff00000000",
                    29,
                ),
                (
                    "000000000001001122334455d28b0001012000073b9ac9ff8100000508004500001c000100004001f6d7c0000201c00002070800f7ff00000000",
                    25,
                ),
            ],
            &[
                (
                    numeric(0),
                    &[
                        "ethertype Arista Vendor Specific Protocol (0xd28b), length 56: SubType Timestamp (0x0001), Timescale TAI (0), Format 64-bit (1), HwInfo Unknown (3), Timestamp 2019-05-29 20:36:41.500000000: IP 192.0.2.1 > 192.0.2.7: ICMP echo request, id 0, seq 0, length 8",
                        "ethertype Arista Vendor Specific Protocol (0xd28b), length 56: SubType Unknown (0x0002), 00:11:22:33:44:55 > 00:00:00:00:00:01, ethertype Arista Vendor Specific Protocol (0xd28b), length 56: \n\t0x0000:  0002 0010 0000 0000 0000 0000 0800 4500  ..............E.\n\t0x0010:  001c 0001 0000 4001 f6d7 c000 0201 c000  ......@.........\n\t0x0020:  0207 0800 f7ff 0000 0000                 ..........",
                        "ethertype Arista Vendor Specific Protocol (0xd28b), length 56: SubType Timestamp (0x0001), Timescale Unknown (5), Format Unknown (3), HwInfo Unknown (5), Timestamp 00:11:22:33:44:55 > 00:00:00:00:00:01, ethertype Arista Vendor Specific Protocol (0xd28b), length 56: \n\t0x0000:  0001 0535 0000 0000 0000 0000 0800 4500  ...5..........E.\n\t0x0010:  001c 0001 0000 4001 f6d7 c000 0201 c000  ......@.........\n\t0x0020:  0207 0800 f7ff 0000 0000                 ..........",
                        "ethertype Arista Vendor Specific Protocol (0xd28b), length 58: SubType Timestamp (0x0001), Timescale UTC (1), Format 48-bit (2), HwInfo R/R2 (0), Timestamp 7.999999999: IP 192.0.2.1 > 192.0.2.7: ICMP echo request, id 0, seq 0, length 8",
                        "ethertype Arista Vendor Specific Protocol (0xd28b), length 60: SubType Timestamp (0x0001), Timescale TAI (0), Format 64-bit (1), HwInfo R/R2 (0), Timestamp 1970-01-01 00:00:00.000000000: IP 192.0.2.1 > 192.0.2.7: ICMP echo request, id 0, seq 0, length 8",
                        "[|arista]",
                        "ethertype Arista Vendor Specific Protocol (0xd28b), length 56: SubType Timestamp (0x0001),  [|arista]",
                        "ethertype Arista Vendor Specific Protocol (0xd28b), length 56: SubType Timestamp (0x0001), Timescale TAI (0), Format 64-bit (1), HwInfo Unknown (3), Timestamp  [|arista]",
                        "ethertype Arista Vendor Specific Protocol (0xd28b), length 56: SubType Timestamp (0x0001), Timescale TAI (0), Format 64-bit (1), HwInfo Unknown (3), Timestamp  [|arista]",
                        "ethertype Arista Vendor Specific Protocol (0xd28b), length 56: SubType Timestamp (0x0001), Timescale TAI (0), Format 64-bit (1), HwInfo Unknown (3), Timestamp 2019-05-29 20:36:41.500000000:  [|arista]",
                        "ethertype Arista Vendor Specific Protocol (0xd28b), length 56: SubType Timestamp (0x0001), Timescale TAI (0), Format 64-bit (1), HwInfo Unknown (3), Timestamp 2019-05-29 20:36:41.500000000: IP  [|ip]",
                        "ethertype Arista Vendor Specific Protocol (0xd28b), length 58: SubType Timestamp (0x0001), Timescale UTC (1), Format 48-bit (2), HwInfo R/R2 (0), Timestamp 7.999999999:  [|arista]",
                    ],
                ),
                (
                    numeric_e(0),
                    &[
                        "00:11:22:33:44:55 > 00:00:00:00:00:01, ethertype Arista Vendor Specific Protocol (0xd28b), length 56: SubType Timestamp (0x0001), Timescale TAI (0), Format 64-bit (1), HwInfo Unknown (3), Timestamp 2019-05-29 20:36:41.500000000: ethertype IPv4 (0x0800), length 56: 192.0.2.1 > 192.0.2.7: ICMP echo request, id 0, seq 0, length 8",
                        "00:11:22:33:44:55 > 00:00:00:00:00:01, ethertype Arista Vendor Specific Protocol (0xd28b), length 56: SubType Unknown (0x0002), \n\t0x0000:  0002 0010 0000 0000 0000 0000 0800 4500  ..............E.\n\t0x0010:  001c 0001 0000 4001 f6d7 c000 0201 c000  ......@.........\n\t0x0020:  0207 0800 f7ff 0000 0000                 ..........",
                        "00:11:22:33:44:55 > 00:00:00:00:00:01, ethertype Arista Vendor Specific Protocol (0xd28b), length 56: SubType Timestamp (0x0001), Timescale Unknown (5), Format Unknown (3), HwInfo Unknown (5), Timestamp \n\t0x0000:  0001 0535 0000 0000 0000 0000 0800 4500  ...5..........E.\n\t0x0010:  001c 0001 0000 4001 f6d7 c000 0201 c000  ......@.........\n\t0x0020:  0207 0800 f7ff 0000 0000                 ..........",
                        "00:11:22:33:44:55 > 00:00:00:00:00:01, ethertype Arista Vendor Specific Protocol (0xd28b), length 58: SubType Timestamp (0x0001), Timescale UTC (1), Format 48-bit (2), HwInfo R/R2 (0), Timestamp 7.999999999: ethertype 802.1Q (0x8100), length 58: vlan 5, p 0, ethertype IPv4 (0x0800), 192.0.2.1 > 192.0.2.7: ICMP echo request, id 0, seq 0, length 8",
                        "00:11:22:33:44:55 > 00:00:00:00:00:01, ethertype 802.1Q (0x8100), length 60: vlan 3, p 0, ethertype Arista Vendor Specific Protocol (0xd28b), length 60: SubType Timestamp (0x0001), Timescale TAI (0), Format 64-bit (1), HwInfo R/R2 (0), Timestamp 1970-01-01 00:00:00.000000000: ethertype IPv4 (0x0800), length 60: 192.0.2.1 > 192.0.2.7: ICMP echo request, id 0, seq 0, length 8",
                        "00:11:22:33:44:55 > 00:00:00:00:00:01, [|arista]",
                        "00:11:22:33:44:55 > 00:00:00:00:00:01, ethertype Arista Vendor Specific Protocol (0xd28b), length 56: SubType Timestamp (0x0001),  [|arista]",
                        "00:11:22:33:44:55 > 00:00:00:00:00:01, ethertype Arista Vendor Specific Protocol (0xd28b), length 56: SubType Timestamp (0x0001), Timescale TAI (0), Format 64-bit (1), HwInfo Unknown (3), Timestamp  [|arista]",
                        "00:11:22:33:44:55 > 00:00:00:00:00:01, ethertype Arista Vendor Specific Protocol (0xd28b), length 56: SubType Timestamp (0x0001), Timescale TAI (0), Format 64-bit (1), HwInfo Unknown (3), Timestamp  [|arista]",
                        "00:11:22:33:44:55 > 00:00:00:00:00:01, ethertype Arista Vendor Specific Protocol (0xd28b), length 56: SubType Timestamp (0x0001), Timescale TAI (0), Format 64-bit (1), HwInfo Unknown (3), Timestamp 2019-05-29 20:36:41.500000000:  [|arista]",
                        "00:11:22:33:44:55 > 00:00:00:00:00:01, ethertype Arista Vendor Specific Protocol (0xd28b), length 56: SubType Timestamp (0x0001), Timescale TAI (0), Format 64-bit (1), HwInfo Unknown (3), Timestamp 2019-05-29 20:36:41.500000000: ethertype IPv4 (0x0800), length 56:  [|ip]",
                        "00:11:22:33:44:55 > 00:00:00:00:00:01, ethertype Arista Vendor Specific Protocol (0xd28b), length 58: SubType Timestamp (0x0001), Timescale UTC (1), Format 48-bit (2), HwInfo R/R2 (0), Timestamp 7.999999999:  [|arista]",
                    ],
                ),
                (
                    numeric_e(1),
                    &[
                        "00:11:22:33:44:55 > 00:00:00:00:00:01, ethertype Arista Vendor Specific Protocol (0xd28b), length 56: SubType Timestamp (0x0001), Timescale TAI (0), Format 64-bit (1), HwInfo Unknown (3), Timestamp 2019-05-29 20:36:41.500000000: ethertype IPv4 (0x0800), length 56: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 28)\n    192.0.2.1 > 192.0.2.7: ICMP echo request, id 0, seq 0, length 8",
                        "00:11:22:33:44:55 > 00:00:00:00:00:01, ethertype Arista Vendor Specific Protocol (0xd28b), length 56: SubType Unknown (0x0002), \n\t0x0000:  0002 0010 0000 0000 0000 0000 0800 4500  ..............E.\n\t0x0010:  001c 0001 0000 4001 f6d7 c000 0201 c000  ......@.........\n\t0x0020:  0207 0800 f7ff 0000 0000                 ..........",
                        "00:11:22:33:44:55 > 00:00:00:00:00:01, ethertype Arista Vendor Specific Protocol (0xd28b), length 56: SubType Timestamp (0x0001), Timescale Unknown (5), Format Unknown (3), HwInfo Unknown (5), Timestamp \n\t0x0000:  0001 0535 0000 0000 0000 0000 0800 4500  ...5..........E.\n\t0x0010:  001c 0001 0000 4001 f6d7 c000 0201 c000  ......@.........\n\t0x0020:  0207 0800 f7ff 0000 0000                 ..........",
                        "00:11:22:33:44:55 > 00:00:00:00:00:01, ethertype Arista Vendor Specific Protocol (0xd28b), length 58: SubType Timestamp (0x0001), Timescale UTC (1), Format 48-bit (2), HwInfo R/R2 (0), Timestamp 7.999999999: ethertype 802.1Q (0x8100), length 58: vlan 5, p 0, ethertype IPv4 (0x0800), (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 28)\n    192.0.2.1 > 192.0.2.7: ICMP echo request, id 0, seq 0, length 8",
                        "00:11:22:33:44:55 > 00:00:00:00:00:01, ethertype 802.1Q (0x8100), length 60: vlan 3, p 0, ethertype Arista Vendor Specific Protocol (0xd28b), length 60: SubType Timestamp (0x0001), Timescale TAI (0), Format 64-bit (1), HwInfo R/R2 (0), Timestamp 1970-01-01 00:00:00.000000000: ethertype IPv4 (0x0800), length 60: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 28)\n    192.0.2.1 > 192.0.2.7: ICMP echo request, id 0, seq 0, length 8",
                        "00:11:22:33:44:55 > 00:00:00:00:00:01, [|arista]",
                        "00:11:22:33:44:55 > 00:00:00:00:00:01, ethertype Arista Vendor Specific Protocol (0xd28b), length 56: SubType Timestamp (0x0001),  [|arista]",
                        "00:11:22:33:44:55 > 00:00:00:00:00:01, ethertype Arista Vendor Specific Protocol (0xd28b), length 56: SubType Timestamp (0x0001), Timescale TAI (0), Format 64-bit (1), HwInfo Unknown (3), Timestamp  [|arista]",
                        "00:11:22:33:44:55 > 00:00:00:00:00:01, ethertype Arista Vendor Specific Protocol (0xd28b), length 56: SubType Timestamp (0x0001), Timescale TAI (0), Format 64-bit (1), HwInfo Unknown (3), Timestamp  [|arista]",
                        "00:11:22:33:44:55 > 00:00:00:00:00:01, ethertype Arista Vendor Specific Protocol (0xd28b), length 56: SubType Timestamp (0x0001), Timescale TAI (0), Format 64-bit (1), HwInfo Unknown (3), Timestamp 2019-05-29 20:36:41.500000000:  [|arista]",
                        "00:11:22:33:44:55 > 00:00:00:00:00:01, ethertype Arista Vendor Specific Protocol (0xd28b), length 56: SubType Timestamp (0x0001), Timescale TAI (0), Format 64-bit (1), HwInfo Unknown (3), Timestamp 2019-05-29 20:36:41.500000000: ethertype IPv4 (0x0800), length 56:  [|ip]",
                        "00:11:22:33:44:55 > 00:00:00:00:00:01, ethertype Arista Vendor Specific Protocol (0xd28b), length 58: SubType Timestamp (0x0001), Timescale UTC (1), Format 48-bit (2), HwInfo R/R2 (0), Timestamp 7.999999999:  [|arista]",
                    ],
                ),
            ],
        );
    }

    /// No panic on every prefix and on random changes of Arista headers of both formats.
    #[test]
    fn never_panics_on_cut_or_changed_headers() {
        crate::decode::tests::never_panics(
            crate::link::LinkType::Ethernet,
            &[
                "000000000001001122334455d28b000100135ceeed579502f90008004500001c000100004001f6d7c0000201c00002070800f7ff00000000",
                "000000000001001122334455d28b0001012000073b9ac9ff8100000508004500001c000100004001f6d7c0000201c00002070800f7ff00000000",
                "00000000000100112233445581000003d28b00010010000000000000000008004500001c000100004001f6d7c0000201c00002070800f7ff00000000",
                "000000000001001122334455d28b000100105ceeed57384f59c808004500005200000000403f4dac0a8801200a021718000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d",
                "000000000001001122334455d28b00010020ed951815247408004500005200000000403f4dac0a8801200a021718000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d",
            ],
        );
    }
}
