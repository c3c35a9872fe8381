//! OpenBSD's IPsec encapsulation header (DLT_ENC, print-enc.c): address
//! family, SPI and flags saying whether the packet was authenticated or
//! encrypted, then the IPv4 or IPv6 packet.

use super::out::Emit;
use super::{Ctx, Res, be32, bytes, dispatch, rest};
use crate::wire::null;

const HEADER_LEN: usize = 12;
/// The mbuf flags: packet was encrypted, authenticated.
const M_CONF: u32 = 0x0400;
const M_AUTH: u32 = 0x0800;

/// enc_if_print.
pub(crate) fn frame(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "enc";
    let h = bytes(b, 0, HEADER_LEN)?;
    c.ll_len += HEADER_LEN;
    // Family and flags are in the byte order of the host that captured;
    // a family with any of its upper 16 bits set was the other order.
    let mut af = u32::from_ne_bytes([h[0], h[1], h[2], h[3]]);
    let mut flags = u32::from_ne_bytes([h[8], h[9], h[10], h[11]]);
    if af & 0xffff_0000 != 0 {
        af = af.swap_bytes();
        flags = flags.swap_bytes();
    }
    c.s(if flags == 0 { "(unprotected): " } else { "(" });
    for (bit, name) in [(M_AUTH, "authentic"), (M_CONF, "confidential")] {
        if flags & bit != 0 {
            c.s(name);
            c.s(if flags == bit { "): " } else { "," });
            flags &= !bit;
        }
    }
    c.s("SPI 0x");
    c.out.hex0(u64::from(be32(b, 4)?), 8);
    c.s(": ");
    let payload = rest(b, HEADER_LEN);
    let length = (wire_len as usize).saturating_sub(HEADER_LEN);
    match af {
        null::AF_INET => dispatch::ip(c, payload, length),
        null::AF_INET6_BSD | null::AF_INET6_FREEBSD | null::AF_INET6_DARWIN => {
            dispatch::ip6(c, payload, length)
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use crate::decode::PrintOptions;
    use crate::decode::tests::{golden_on_link, numeric};
    use crate::link::LinkType;
    use crate::wire::linktype;

    const UNPROTECTED: &str = "02000000000012340000000045000054e58e0000f901fcd581926a370a05e975080032e21af50000ed760d4bb9630b0008090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f3031323334353637";
    const CONF: &str = "02000000000012340004000045000054e58e0000f901fcd581926a370a05e975080032e21af50000ed760d4bb9630b0008090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f3031323334353637";
    const CONF_OTHER_ORDER: &str = "00000002000012340000040045000054e58e0000f901fcd581926a370a05e975080032e21af50000ed760d4bb9630b0008090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f3031323334353637";
    const AUTH: &str = "02000000000012340008000045000054e58e0000f901fcd581926a370a05e975080032e21af50000ed760d4bb9630b0008090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f3031323334353637";
    const BOTH: &str = "0200000000001234000c000045000054e58e0000f901fcd581926a370a05e975080032e21af50000ed760d4bb9630b0008090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f3031323334353637";
    const EXTRA_FLAGS: &str = "0200000000001234001c000045000054e58e0000f901fcd581926a370a05e975080032e21af50000ed760d4bb9630b0008090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f3031323334353637";
    const V6: &str = "1800000000001234000000006000000000043a40fe800000000000000000000000000001ff02000000000000000000000000000180000000";
    const UNKNOWN: &str = "070000000000123400000000aabb";

    /// Unprotected, authenticated, encrypted and both, other flags, the header
    /// in either byte order, IPv6, an unknown family and cut copies (expected
    /// text from tcpdump 4.99.3 on the same frames).
    #[test]
    fn enc() {
        let link = LinkType::Other(linktype::ENC);
        golden_on_link(
            link,
            numeric(0),
            &[
                (
                    UNPROTECTED,
                    "(unprotected): SPI 0x00001234: IP 129.146.106.55 > 10.5.233.117: ICMP echo request, id 6901, seq 0, length 64",
                ),
                (
                    CONF,
                    "(confidential): SPI 0x00001234: IP 129.146.106.55 > 10.5.233.117: ICMP echo request, id 6901, seq 0, length 64",
                ),
                (
                    CONF_OTHER_ORDER,
                    "(confidential): SPI 0x00001234: IP 129.146.106.55 > 10.5.233.117: ICMP echo request, id 6901, seq 0, length 64",
                ),
                (
                    AUTH,
                    "(authentic): SPI 0x00001234: IP 129.146.106.55 > 10.5.233.117: ICMP echo request, id 6901, seq 0, length 64",
                ),
                (
                    BOTH,
                    "(authentic,confidential): SPI 0x00001234: IP 129.146.106.55 > 10.5.233.117: ICMP echo request, id 6901, seq 0, length 64",
                ),
                (
                    EXTRA_FLAGS,
                    "(authentic,confidential,SPI 0x00001234: IP 129.146.106.55 > 10.5.233.117: ICMP echo request, id 6901, seq 0, length 64",
                ),
                (
                    V6,
                    "(unprotected): SPI 0x00001234: IP6 fe80::1 > ff02::1: ICMP6, echo request [|icmp6]",
                ),
                (UNKNOWN, "(unprotected): SPI 0x00001234: "),
                (&AUTH[..20], " [|enc]"),
                (&AUTH[..40], "(authentic): SPI 0x00001234: IP  [|ip]"),
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
                    AUTH,
                    "(authentic): SPI 0x00001234: IP 129.146.106.55 > 10.5.233.117: ICMP echo request, id 6901, seq 0, length 64\n\t0x0000:  4500 0054 e58e 0000 f901 fcd5 8192 6a37\n\t0x0010:  0a05 e975 0800 32e2 1af5 0000 ed76 0d4b\n\t0x0020:  b963 0b00 0809 0a0b 0c0d 0e0f 1011 1213\n\t0x0030:  1415 1617 1819 1a1b 1c1d 1e1f 2021 2223\n\t0x0040:  2425 2627 2829 2a2b 2c2d 2e2f 3031 3233\n\t0x0050:  3435 3637",
                ),
                (UNKNOWN, "(unprotected): SPI 0x00001234: \n\t0x0000:  aabb"),
                (&AUTH[..20], " [|enc]\n\t0x0000:  0200 0000 0000 1234 0008"),
            ],
        );
    }
}
