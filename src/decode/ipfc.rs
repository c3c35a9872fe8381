//! IP over Fibre Channel, RFC 2625 (DLT_IP_OVER_FC, print-ipfc.c): two
//! 8-byte network addresses whose low 48 bits are MAC addresses, then
//! 802.2 LLC.

use super::{Ctx, Res, bytes, dispatch, rest};

const HEADER_LEN: usize = 16;

/// ipfc_if_print.
pub(crate) fn frame(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "ipfc";
    let h = bytes(b, 0, HEADER_LEN)?;
    let (dst, src) = (&h[2..8], &h[10..16]);
    if c.o.link_header {
        dispatch::mac(c, src);
        c.s(" > ");
        dispatch::mac(c, dst);
        c.s(", length ");
        c.dec(wire_len);
        c.s(": ");
    }
    let length = (wire_len as usize).saturating_sub(HEADER_LEN);
    let llc_len = dispatch::llc(c, rest(b, HEADER_LEN), length, src, dst)?;
    c.ll_len += HEADER_LEN + llc_len;
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::decode::PrintOptions;
    use crate::decode::tests::{golden_on_link, numeric, numeric_e};
    use crate::link::LinkType;
    use crate::wire::linktype;

    const IP: &str = "10000050b62910701000d6c528213eafaaaa03000000080045000054e58e0000f901fcd581926a370a05e975080032e21af50000ed760d4bb9630b0008090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f3031323334353637";
    const ARP: &str = "10000050b62910701000d6c528213eafaaaa0300000008060001080006040001001122334455c0a80001000000000000c0a80002";

    /// IPv4 and ARP over SNAP, and cut copies (expected text from tcpdump
    /// 4.99.3 on the same frames).
    #[test]
    fn ipfc() {
        let link = LinkType::Other(linktype::IP_OVER_FC);
        golden_on_link(
            link,
            numeric(0),
            &[
                (
                    IP,
                    "IP 129.146.106.55 > 10.5.233.117: ICMP echo request, id 6901, seq 0, length 64",
                ),
                (
                    ARP,
                    "ARP, Request who-has 192.168.0.2 tell 192.168.0.1, length 28",
                ),
                (&IP[..20], " [|ipfc]"),
                (&IP[..40], " [|snap]"),
                (&IP[..60], "IP  [|ip]"),
            ],
        );
        golden_on_link(
            link,
            numeric_e(0),
            &[
                (
                    IP,
                    "d6:c5:28:21:3e:af > 00:50:b6:29:10:70, length 108: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype IPv4 (0x0800), length 84: 129.146.106.55 > 10.5.233.117: ICMP echo request, id 6901, seq 0, length 64",
                ),
                (
                    ARP,
                    "d6:c5:28:21:3e:af > 00:50:b6:29:10:70, length 52: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype ARP (0x0806), length 28: Request who-has 192.168.0.2 tell 192.168.0.1, length 28",
                ),
                (
                    &IP[..40],
                    "d6:c5:28:21:3e:af > 00:50:b6:29:10:70, length 20: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03:  [|snap]",
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
                (&IP[..20], " [|ipfc]\n\t0x0000:  1000 0050 b629 1070 1000"),
                (&IP[..40], " [|snap]"),
            ],
        );
    }
}
