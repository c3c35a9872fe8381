//! Solaris ipnet (DLT_IPNET, print-ipnet.c): a 24-byte header naming the
//! zones the packet went between and its address family, then IPv4 or
//! IPv6.

use super::{Ctx, Res, be32, dispatch, linkhdr, rest, u8at};

/// version, family, htype, pktlen, ifindex, grifindex, zsrc, zdst.
const HEADER_LEN: usize = 24;
const FAMILY_AT: usize = 1;
const ZSRC_AT: usize = 16;
const ZDST_AT: usize = 20;
/// Solaris's AF_INET and AF_INET6.
const AF_INET: u8 = 2;
const AF_INET6: u8 = 26;

fn family_name(family: u8) -> Option<&'static str> {
    match family {
        AF_INET => Some("IPv4"),
        AF_INET6 => Some("IPv6"),
        _ => None,
    }
}

/// ipnet_hdr_print: "ZSRC > ZDST, family NAME (N), length N: ".
fn header(c: &mut Ctx, b: &[u8], length: u32) -> Res {
    c.dec(be32(b, ZSRC_AT)?);
    c.s(" > ");
    c.dec(be32(b, ZDST_AT)?);
    let family = u8at(b, FAMILY_AT)?;
    // tcpdump's -q text names an ethertype, though the field is a family.
    linkhdr::family_and_length(
        c,
        family,
        family_name(family),
        "Unknown Ethertype",
        4,
        u64::from(length),
    );
    Ok(())
}

/// ipnet_if_print.
pub(crate) fn frame(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "ipnet";
    if b.len() < HEADER_LEN {
        return Err(super::Trunc);
    }
    c.ll_len += HEADER_LEN;
    if c.o.link_header {
        header(c, b, wire_len)?;
    }
    let payload = rest(b, HEADER_LEN);
    let length = (wire_len as usize).saturating_sub(HEADER_LEN);
    match u8at(b, FAMILY_AT)? {
        AF_INET => dispatch::ip(c, payload, length),
        AF_INET6 => dispatch::ip6(c, payload, length),
        _ => {
            if !c.o.link_header {
                header(c, b, wire_len)?;
            }
            c.default_print(payload);
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::decode::PrintOptions;
    use crate::decode::tests::{golden_on_link, numeric, numeric_e};
    use crate::link::LinkType;
    use crate::wire::linktype;

    const ICMP: &str = "01020000000000540000000200000000ffffffff0000000045000054e58e0000f901fcd581926a370a05e975080032e21af50000ed760d4bb9630b0008090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f3031323334353637";
    const UNKNOWN: &str = "01070000000000540000000200000000ffffffff00000000aabbcc";
    const ICMP6: &str = "011a0000000000540000000200000000ffffffff000000006000000000003afffe800000000000000000000000000001ff0200000000000000000000000000018000";

    /// IPv4, IPv6 and an unknown family, whole and cut in the header and in
    /// IP (expected text from tcpdump 4.99.3 on the same frames).
    #[test]
    fn ipnet() {
        let link = LinkType::Other(linktype::IPNET);
        golden_on_link(
            link,
            numeric(0),
            &[
                (
                    ICMP,
                    "IP 129.146.106.55 > 10.5.233.117: ICMP echo request, id 6901, seq 0, length 64",
                ),
                (
                    UNKNOWN,
                    "4294967295 > 0, family Unknown (7), length 27: \n\t0x0000:  aabb cc                                  ...",
                ),
                (&ICMP[..40], " [|ipnet]"),
                (&ICMP[..60], "IP  [|ip]"),
                (ICMP6, "IP6 fe80::1 > ff02::1: ICMP6, length 0 (invalid)"),
            ],
        );
        golden_on_link(
            link,
            numeric_e(0),
            &[
                (
                    ICMP,
                    "4294967295 > 0, family IPv4 (2), length 108: 129.146.106.55 > 10.5.233.117: ICMP echo request, id 6901, seq 0, length 64",
                ),
                (
                    UNKNOWN,
                    "4294967295 > 0, family Unknown (7), length 27: \n\t0x0000:  aabb cc                                  ...",
                ),
                (&ICMP[..40], " [|ipnet]"),
                (
                    &ICMP[..60],
                    "4294967295 > 0, family IPv4 (2), length 30:  [|ip]",
                ),
                (
                    ICMP6,
                    "4294967295 > 0, family IPv6 (26), length 66: fe80::1 > ff02::1: ICMP6, length 0 (invalid)",
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
                "4294967295 > 0, Unknown Ethertype (0x0007), length 27: ",
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
                    ICMP,
                    "4294967295 > 0, IPv4, length 108: 129.146.106.55 > 10.5.233.117: ICMP echo request, id 6901, seq 0, length 64",
                ),
                (
                    UNKNOWN,
                    "4294967295 > 0, Unknown Ethertype (0x0007), length 27: ",
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
                    ICMP6,
                    "IP6 fe80::1 > ff02::1: ICMP6, length 0 (invalid)\n\t0x0000:  6000 0000 0000 3aff fe80 0000 0000 0000\n\t0x0010:  0000 0000 0000 0001 ff02 0000 0000 0000\n\t0x0020:  0000 0000 0000 0001 8000",
                ),
                (
                    &ICMP[..40],
                    " [|ipnet]\n\t0x0000:  0102 0000 0000 0054 0000 0002 0000 0000\n\t0x0010:  ffff ffff",
                ),
            ],
        );
    }
}
