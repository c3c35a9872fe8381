//! The AVS capture header in front of 802.11 frames
//! (DLT_IEEE802_11_RADIO_AVS): tcpdump skips it by its own length field
//! and prints none of its radio information.

use super::{Ctx, Res, be32, dispatch};

/// Version cookie, then the header length: the least a header can be.
const MIN_LEN: usize = 8;
const LENGTH_AT: usize = 4;

/// DLT_IEEE802_11_RADIO_AVS (also reached from a Prism capture whose
/// first word is an AVS cookie).
pub(crate) fn link(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "802.11_radio_avs";
    let caplen = b.len();
    if caplen < MIN_LEN {
        c.trunc();
        c.ll_len += caplen;
        return Ok(());
    }
    let hdr_len = be32(b, LENGTH_AT)? as usize;
    if hdr_len < MIN_LEN || caplen < hdr_len {
        c.trunc();
        c.ll_len += caplen;
        return Ok(());
    }
    let length = (wire_len as usize).saturating_sub(hdr_len);
    let n = dispatch::ieee802_11(c, &b[hdr_len..], length, false, 0)?;
    c.ll_len += hdr_len + n;
    Ok(())
}

#[cfg(test)]
mod tests {
    //! Golden lines from tcpdump 4.99.3 (`tcpdump -t -n`) on AVS headers.

    use crate::decode::PrintOptions;
    use crate::decode::tests::{golden_levels, numeric};
    use crate::link::LinkType;
    use crate::wire::linktype;

    /// A beacon, a data frame into IP, and headers too short or too long;
    /// with -e -x the 802.11 header printed, the dump after both headers.
    #[test]
    fn frames() {
        golden_levels(
            LinkType::Other(linktype::IEEE802_11_RADIO_AVS),
            &[
                (
                    "8021100100000040000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000080003a0102000000000102000000000202000000000b30120000000000000000640011000008686f6d652d6e6574010882848b960c121824030106050400010000",
                    0,
                ),
                (
                    "8021100100000040000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000008002c000200000000010200000000020200000000035000aaaa0300000008004500001c000100004011f78ec0000201c000020204d200350008ffff",
                    0,
                ),
                (
                    "80211001000003840000000000000000000000000000000000000000",
                    0,
                ),
                ("802110", 0),
                (
                    "80211001000000400000000000000000000000000000000000000000000000000000000000000000",
                    0,
                ),
            ],
            &[
                (
                    numeric(0),
                    &[
                        "Beacon (home-net) [1.0* 2.0* 5.5* 11.0* 6.0 9.0 12.0 18.0 Mbit] ESS CH: 6, PRIVACY",
                        "IP 192.0.2.1.1234 > 192.0.2.2.53: domain [length 0 < 12] (invalid)",
                        " [|802.11_radio_avs]",
                        " [|802.11_radio_avs]",
                        " [|802.11_radio_avs]",
                    ],
                ),
                (
                    PrintOptions {
                        link_header: true,
                        hex: 1,
                        ..numeric(0)
                    },
                    &[
                        "BSSID:02:00:00:00:00:0b DA:02:00:00:00:00:01 SA:02:00:00:00:00:02 Beacon (home-net) [1.0* 2.0* 5.5* 11.0* 6.0 9.0 12.0 18.0 Mbit] ESS CH: 6, PRIVACY\n\t0x0000:  0000 0000 0000 0000 6400 1100 0008 686f\n\t0x0010:  6d65 2d6e 6574 0108 8284 8b96 0c12 1824\n\t0x0020:  0301 0605 0400 0100 00",
                        "DA:02:00:00:00:00:01 SA:02:00:00:00:00:02 BSSID:02:00:00:00:00:03 LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype IPv4 (0x0800), length 28: 192.0.2.1.1234 > 192.0.2.2.53: domain [length 0 < 12] (invalid)\n\t0x0000:  4500 001c 0001 0000 4011 f78e c000 0201\n\t0x0010:  c000 0202 04d2 0035 0008 ffff",
                        " [|802.11_radio_avs]",
                        " [|802.11_radio_avs]",
                        " [|802.11_radio_avs]",
                    ],
                ),
            ],
        );
    }
}
