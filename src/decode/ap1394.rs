//! Apple's IP over IEEE 1394 (DLT_APPLE_IP_OVER_IEEE1394,
//! print-ap1394.c): two EUI-64 addresses and an ethertype.

use super::out::Emit;
use super::{Ctx, Res, be16, bytes, dispatch, rest};

const EUI64_LEN: usize = 8;
/// Destination, source, type.
const HEADER_LEN: usize = 18;
const TYPE_AT: usize = 16;

/// ap1394_hdr_print: "SRC > DST, ethertype NAME (0xXXXX), length N: ".
fn header(c: &mut Ctx, h: &[u8], t: u16, length: u32) {
    // EUI-64s as linkaddr_string prints them: colon-separated hex.
    c.out.mac(&h[EUI64_LEN..2 * EUI64_LEN]);
    c.s(" > ");
    c.out.mac(&h[..EUI64_LEN]);
    c.s(", ");
    dispatch::type_print(c, t);
    c.s(", length ");
    c.dec(length);
    c.s(": ");
}

/// ap1394_if_print.
pub(crate) fn frame(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "ap1394";
    let h = bytes(b, 0, HEADER_LEN)?;
    c.ll_len += HEADER_LEN;
    let t = be16(h, TYPE_AT)?;
    if c.o.link_header {
        header(c, h, t, wire_len);
    }
    let payload = rest(b, HEADER_LEN);
    let length = (wire_len as usize).saturating_sub(HEADER_LEN);
    if !dispatch::ethertype(c, t, payload, length)? {
        if !c.o.link_header {
            header(c, h, t, wire_len);
        }
        c.default_print(payload);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::decode::PrintOptions;
    use crate::decode::tests::{golden_on_link, numeric, numeric_e};
    use crate::link::LinkType;
    use crate::wire::linktype;

    const IP: &str = "00112233445566778899aabbccddeeff080045000054e58e0000f901fcd581926a370a05e975080032e21af50000ed760d4bb9630b0008090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f3031323334353637";
    const UNKNOWN: &str = "00112233445566778899aabbccddeeff88b5aabb";
    const ARP: &str = "00112233445566778899aabbccddeeff08060001080006040001001122334455c0a80001000000000000c0a80002";

    /// IPv4, ARP and an unknown ethertype, and cut copies (expected text from
    /// tcpdump 4.99.3 on the same frames).
    #[test]
    fn ap1394() {
        let link = LinkType::Other(linktype::APPLE_IP_OVER_IEEE1394);
        golden_on_link(
            link,
            numeric(0),
            &[
                (
                    IP,
                    "IP 129.146.106.55 > 10.5.233.117: ICMP echo request, id 6901, seq 0, length 64",
                ),
                (
                    UNKNOWN,
                    "88:99:aa:bb:cc:dd:ee:ff > 00:11:22:33:44:55:66:77, ethertype Unknown (0x88b5), length 20: \n\t0x0000:  aabb                                     ..",
                ),
                (
                    ARP,
                    "ARP, Request who-has 192.168.0.2 tell 192.168.0.1, length 28",
                ),
                (&IP[..30], " [|ap1394]"),
                (&IP[..50], "IP  [|ip]"),
            ],
        );
        golden_on_link(
            link,
            numeric_e(0),
            &[
                (
                    IP,
                    "88:99:aa:bb:cc:dd:ee:ff > 00:11:22:33:44:55:66:77, ethertype IPv4 (0x0800), length 102: 129.146.106.55 > 10.5.233.117: ICMP echo request, id 6901, seq 0, length 64",
                ),
                (
                    UNKNOWN,
                    "88:99:aa:bb:cc:dd:ee:ff > 00:11:22:33:44:55:66:77, ethertype Unknown (0x88b5), length 20: \n\t0x0000:  aabb                                     ..",
                ),
                (
                    ARP,
                    "88:99:aa:bb:cc:dd:ee:ff > 00:11:22:33:44:55:66:77, ethertype ARP (0x0806), length 46: Request who-has 192.168.0.2 tell 192.168.0.1, length 28",
                ),
                (
                    &IP[..50],
                    "88:99:aa:bb:cc:dd:ee:ff > 00:11:22:33:44:55:66:77, ethertype IPv4 (0x0800), length 25:  [|ip]",
                ),
            ],
        );
        golden_on_link(
            link,
            PrintOptions {
                quiet: true,
                ..numeric(0)
            },
            &[(
                UNKNOWN,
                "88:99:aa:bb:cc:dd:ee:ff > 00:11:22:33:44:55:66:77, Unknown Ethertype (0x88b5), length 20: ",
            )],
        );
        golden_on_link(
            link,
            PrintOptions {
                quiet: true,
                ..numeric_e(0)
            },
            &[
                (
                    IP,
                    "88:99:aa:bb:cc:dd:ee:ff > 00:11:22:33:44:55:66:77, IPv4, length 102: 129.146.106.55 > 10.5.233.117: ICMP echo request, id 6901, seq 0, length 64",
                ),
                (
                    UNKNOWN,
                    "88:99:aa:bb:cc:dd:ee:ff > 00:11:22:33:44:55:66:77, Unknown Ethertype (0x88b5), length 20: ",
                ),
            ],
        );
        golden_on_link(
            link,
            PrintOptions {
                hex: 1,
                ..numeric(0)
            },
            &[
                (
                    IP,
                    "IP 129.146.106.55 > 10.5.233.117: ICMP echo request, id 6901, seq 0, length 64\n\t0x0000:  4500 0054 e58e 0000 f901 fcd5 8192 6a37\n\t0x0010:  0a05 e975 0800 32e2 1af5 0000 ed76 0d4b\n\t0x0020:  b963 0b00 0809 0a0b 0c0d 0e0f 1011 1213\n\t0x0030:  1415 1617 1819 1a1b 1c1d 1e1f 2021 2223\n\t0x0040:  2425 2627 2829 2a2b 2c2d 2e2f 3031 3233\n\t0x0050:  3435 3637",
                ),
                (
                    UNKNOWN,
                    "88:99:aa:bb:cc:dd:ee:ff > 00:11:22:33:44:55:66:77, ethertype Unknown (0x88b5), length 20: \n\t0x0000:  aabb",
                ),
                (
                    &IP[..30],
                    " [|ap1394]\n\t0x0000:  0011 2233 4455 6677 8899 aabb ccdd ee",
                ),
            ],
        );
    }
}
