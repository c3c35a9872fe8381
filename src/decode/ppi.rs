//! Per-Packet Information headers (DLT_PPI, print-ppi.c): the header is
//! printed with -e, its TLVs are skipped, and the packet after it goes to
//! the printer of the link type the header names.

use super::{Ctx, Res, dispatch, le16, le32};
use crate::link::LinkType;
use crate::wire::linktype;

/// Version, flags, length, DLT.
const HEADER_LEN: usize = 8;
/// The spec's ceiling on the header's length field.
const MAX_LEN: usize = 65532;

/// DLT_ values that pcap files number differently (LINKTYPE_): ATM_RFC1483,
/// RAW, SLIP_BSDOS, PPP_BSDOS, ATM_CLIP as Linux's libpcap numbers them.
const DLT_TO_LINKTYPE: [(u32, u32); 5] = [(11, 100), (12, 101), (15, 102), (16, 103), (19, 106)];

/// The link type of a DLT_ value as the PPI header gives it (DLT_, not
/// LINKTYPE_, numbers). None where libpcap on Linux has no such DLT (the
/// LINKTYPE_-only numbers, and the BSDs' own).
fn from_dlt(dlt: u32) -> Option<LinkType> {
    if let Some(&(_, n)) = DLT_TO_LINKTYPE.iter().find(|&&(d, _)| d == dlt) {
        return Some(LinkType::from_linktype(n));
    }
    match dlt {
        13 | 14 | 17 | 18 | 100..=103 | 106 => None,
        n => Some(LinkType::from_linktype(n)),
    }
}

/// Whether afsniff has a printer for the link type a PPI header names.
/// PPI carries 802.11 in practice; the base link types are decoded too.
fn decodable(lt: LinkType) -> bool {
    match lt {
        LinkType::Other(n) => matches!(
            n,
            linktype::IEEE802_11
                | linktype::PRISM_HEADER
                | linktype::IEEE802_11_RADIO
                | linktype::IEEE802_11_RADIO_AVS
                | linktype::PPI
        ),
        _ => true,
    }
}

/// ppi_header_print: "V.0 DLT NAME (n) len N, length L: ".
fn header(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    let len = le16(b, 2)?;
    let dlt = le32(b, 4)?;
    let name = from_dlt(dlt).map_or("UNKNOWN", LinkType::name);
    if c.o.quiet {
        c.s(name);
    } else {
        c.s("V.");
        c.dec(b[0]);
        c.s(" DLT ");
        c.s(name);
        c.dec_fields(&[(" (", u64::from(dlt)), (") len ", u64::from(len))]);
    }
    c.s(", length ");
    c.dec(length as u64);
    c.s(": ");
    Ok(())
}

/// DLT_PPI. A PPI header may name PPI again; the nesting is walked in a
/// loop rather than by recursion, so a packet of nested headers cannot
/// exhaust the stack.
pub(crate) fn link(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    // tcpdump's ppi_if_print takes the header length of what it calls as
    // the running total of ndo_ll_hdr_len and adds it again, so each level
    // doubles what is under it: the total is the sum of each level's
    // length times 2^depth, plus 2^levels times what the innermost printer
    // (or failing level) counted.
    let mut weight: u64 = 1;
    let mut total: u64 = 0;
    let mut b = b;
    let mut length = wire_len as usize;
    let innermost = loop {
        c.proto = "ppi";
        let caplen = b.len();
        if caplen < HEADER_LEN {
            c.trunc();
            break caplen;
        }
        let len = usize::from(le16(b, 2)?);
        if !(HEADER_LEN..=MAX_LEN).contains(&len) {
            c.s(" [length ");
            c.dec(len as u64);
            c.s(" < 8 or > 65532]");
            c.invalid();
            break caplen;
        }
        if caplen < len {
            c.trunc();
            break caplen;
        }
        if c.o.link_header {
            header(c, b, length)?;
        }
        let payload = &b[len..];
        let payload_len = length.saturating_sub(len);
        let inner = from_dlt(le32(b, 4)?).filter(|&lt| decodable(lt));
        let Some(inner) = inner else {
            if !c.o.link_header {
                header(c, b, length)?;
            }
            c.default_print(payload);
            break len;
        };
        total = total.saturating_add(weight.saturating_mul(len as u64));
        weight = weight.saturating_mul(2);
        if inner == LinkType::Other(linktype::PPI) {
            b = payload;
            length = payload_len;
            continue;
        }
        let before = c.ll_len;
        let rest_len = u32::try_from(payload_len).unwrap_or(u32::MAX);
        dispatch::link(c, inner, payload, rest_len)?;
        let counted = c.ll_len.saturating_sub(before);
        c.ll_len = before;
        break counted;
    };
    total = total.saturating_add(weight.saturating_mul(innermost as u64));
    c.ll_len += usize::try_from(total).unwrap_or(usize::MAX);
    Ok(())
}

#[cfg(test)]
mod tests {
    //! Golden lines from tcpdump 4.99.3 (`tcpdump -t -n`) on PPI headers:
    //! 802.11, radiotap, Ethernet and nested PPI after them, DLTs with no
    //! printer, bad lengths, short captures.

    use crate::decode::PrintOptions;
    use crate::decode::tests::{golden_levels, golden_link_wire, numeric, numeric_e};
    use crate::link::LinkType;
    use crate::wire::linktype;

    /// 802.11 beacon.
    const BEACON: &str = "000008006900000080003a0102000000000102000000000202000000000b30120000000000000000640011000008686f6d652d6e6574010882848b960c121824030106050400010000";
    /// 802.11 data with a 20-byte PPI header: LLC/SNAP, IPv4, UDP.
    const WLAN_DATA: &str = "000014006900000000000000000000000000000008002c000200000000010200000000020200000000035000aaaa0300000008004500001c000100004011f78ec0000201c000020204d200350008ffff";
    const ETHERNET: &str = "000008000100000002000000000102000000000208004500001c000100004011f78ec0000201c000020204d200350008ffff";
    /// Radiotap, then an 802.11 ack.
    const RADIOTAP: &str = "000008007f000000000009000400000002d4080000020000000001";
    /// PPI inside PPI, then an 802.11 ack.
    const NESTED: &str = "00000800c00000000000080069000000d4080000020000000001";
    const DLT_147: &str = "0000080093000000616263646566";

    /// Inner headers that decode: without flags the PPI header does not
    /// show, with -e each level's does.
    #[test]
    fn decoded() {
        golden_levels(
            LinkType::Other(linktype::PPI),
            &[
                (BEACON, 0),
                (WLAN_DATA, 0),
                (ETHERNET, 0),
                (RADIOTAP, 0),
                (NESTED, 0),
            ],
            &[
                (
                    numeric(0),
                    &[
                        "Beacon (home-net) [1.0* 2.0* 5.5* 11.0* 6.0 9.0 12.0 18.0 Mbit] ESS CH: 6, PRIVACY",
                        "IP 192.0.2.1.1234 > 192.0.2.2.53: domain [length 0 < 12] (invalid)",
                        "IP 192.0.2.1.1234 > 192.0.2.2.53: domain [length 0 < 12] (invalid)",
                        "1.0 Mb/s Acknowledgment RA:02:00:00:00:00:01 ",
                        "Acknowledgment RA:02:00:00:00:00:01 ",
                    ],
                ),
                (
                    numeric_e(0),
                    &[
                        "V.0 DLT IEEE802_11 (105) len 8, length 73: BSSID:02:00:00:00:00:0b DA:02:00:00:00:00:01 SA:02:00:00:00:00:02 Beacon (home-net) [1.0* 2.0* 5.5* 11.0* 6.0 9.0 12.0 18.0 Mbit] ESS CH: 6, PRIVACY",
                        "V.0 DLT IEEE802_11 (105) len 20, length 80: DA:02:00:00:00:00:01 SA:02:00:00:00:00:02 BSSID:02:00:00:00:00:03 LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype IPv4 (0x0800), length 28: 192.0.2.1.1234 > 192.0.2.2.53: domain [length 0 < 12] (invalid)",
                        "V.0 DLT EN10MB (1) len 8, length 50: 02:00:00:00:00:02 > 02:00:00:00:00:01, ethertype IPv4 (0x0800), length 42: 192.0.2.1.1234 > 192.0.2.2.53: domain [length 0 < 12] (invalid)",
                        "V.0 DLT IEEE802_11_RADIO (127) len 8, length 27: 1.0 Mb/s RA:02:00:00:00:00:01 Acknowledgment",
                        "V.0 DLT PPI (192) len 8, length 26: V.0 DLT IEEE802_11 (105) len 8, length 18: RA:02:00:00:00:00:01 Acknowledgment",
                    ],
                ),
            ],
        );
    }

    /// DLTs with no printer show the header (and the data) with -e or
    /// without; bad lengths and short captures print the same either way.
    #[test]
    fn undecoded_and_invalid() {
        for opts in [numeric(0), numeric_e(0)] {
            golden_link_wire(
                LinkType::Other(linktype::PPI),
                opts,
                &[
                    (
                        DLT_147,
                        14,
                        "V.0 DLT UNKNOWN (147) len 8, length 14: \n\t0x0000:  6162 6364 6566                           abcdef",
                    ),
                    (
                        "000008000f270000616263646566",
                        14,
                        "V.0 DLT UNKNOWN (9999) len 8, length 14: \n\t0x0000:  6162 6364 6566                           abcdef",
                    ),
                    (
                        "0000040069000000",
                        8,
                        " [length 4 < 8 or > 65532] (invalid)",
                    ),
                    (
                        "0000fdff69000000",
                        8,
                        " [length 65533 < 8 or > 65532] (invalid)",
                    ),
                    ("00001e0069000000", 8, " [|ppi]"),
                    ("000008", 3, " [|ppi]"),
                    (
                        "00000800650000004500001c000100004011f78ec0000201c000020204d200350008ffff",
                        36,
                        "V.0 DLT UNKNOWN (101) len 8, length 36: \n\t0x0000:  4500 001c 0001 0000 4011 f78e c000 0201  E.......@.......\n\t0x0010:  c000 0202 04d2 0035 0008 ffff            .......5....",
                    ),
                ],
            );
        }
    }

    /// -q -e: the DLT name alone.
    #[test]
    fn quiet_link_header() {
        golden_link_wire(
            LinkType::Other(linktype::PPI),
            PrintOptions {
                link_header: true,
                quiet: true,
                ..numeric(0)
            },
            &[
                (
                    BEACON,
                    73,
                    "IEEE802_11, length 73: BSSID:02:00:00:00:00:0b DA:02:00:00:00:00:01 SA:02:00:00:00:00:02 Beacon (home-net) [1.0* 2.0* 5.5* 11.0* 6.0 9.0 12.0 18.0 Mbit] ESS CH: 6, PRIVACY",
                ),
                (DLT_147, 14, "UNKNOWN, length 14: "),
                (
                    NESTED,
                    26,
                    "PPI, length 26: IEEE802_11, length 18: RA:02:00:00:00:00:01 Acknowledgment",
                ),
            ],
        );
    }

    /// -x: tcpdump counts the inner header length twice (see `link`).
    #[test]
    fn hex_counts_the_inner_header_twice() {
        golden_link_wire(
            LinkType::Other(linktype::PPI),
            PrintOptions {
                hex: 1,
                ..numeric(0)
            },
            &[
                (
                    BEACON,
                    73,
                    "Beacon (home-net) [1.0* 2.0* 5.5* 11.0* 6.0 9.0 12.0 18.0 Mbit] ESS CH: 6, PRIVACY\n\t0x0000:  8284 8b96 0c12 1824 0301 0605 0400 0100\n\t0x0010:  00",
                ),
                (
                    WLAN_DATA,
                    80,
                    "IP 192.0.2.1.1234 > 192.0.2.2.53: domain [length 0 < 12] (invalid)",
                ),
                (
                    ETHERNET,
                    50,
                    "IP 192.0.2.1.1234 > 192.0.2.2.53: domain [length 0 < 12] (invalid)\n\t0x0000:  0201 c000 0202 04d2 0035 0008 ffff",
                ),
                (
                    RADIOTAP,
                    27,
                    "1.0 Mb/s Acknowledgment RA:02:00:00:00:00:01 ",
                ),
                (NESTED, 26, "Acknowledgment RA:02:00:00:00:00:01 "),
            ],
        );
    }
}
