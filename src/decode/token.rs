//! IEEE 802.5 Token Ring (DLT_IEEE802, print-token.c): access and frame
//! control, MAC addresses, the source route when the source address says
//! there is one, then 802.2 LLC for LLC frames.

use super::out::Emit;
use super::{Ctx, Res, be16, dispatch, rest, u8at};

/// AC, FC, destination and source.
const HEADER_LEN: usize = 14;
/// Offset of the routing control field, then the route segments.
const RCF_AT: usize = 14;

const BROADCAST: [&str; 8] = [
    "Non-Broadcast",
    "Non-Broadcast",
    "Non-Broadcast",
    "Non-Broadcast",
    "All-routes",
    "All-routes",
    "Single-route",
    "Single-route",
];
const LARGEST_FRAME: [&str; 8] = [
    "516", "1500", "2052", "4472", "8144", "11407", "17800", "??",
];

/// token_hdr_print: "[AC FC ]SRC > DST, length N: ".
fn header(c: &mut Ctx, b: &[u8], length: usize, src: &[u8], dst: &[u8]) -> Res {
    if !c.o.quiet {
        c.out.hex0(u64::from(u8at(b, 0)?), 2);
        c.s(" ");
        c.out.hex0(u64::from(u8at(b, 1)?), 2);
        c.s(" ");
    }
    dispatch::mac(c, src);
    c.s(" > ");
    dispatch::mac(c, dst);
    c.s(", length ");
    c.dec(length as u64);
    c.s(": ");
    Ok(())
}

/// token_if_print.
pub(crate) fn frame(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "token-ring";
    c.ll_len += token(c, b, wire_len as usize)?;
    Ok(())
}

/// token_print: returns the header length, route and LLC included.
fn token(c: &mut Ctx, b: &[u8], length: usize) -> Res<usize> {
    let mut hdr_len = HEADER_LEN;
    if b.len() < HEADER_LEN {
        c.trunc();
        return Ok(hdr_len);
    }
    let dst = &b[2..8];
    // The source's group bit says a route follows; the address is
    // printed without it.
    let mut src = [0u8; 6];
    src.copy_from_slice(&b[8..14]);
    let routed = src[0] & 0x80 != 0;
    src[0] &= 0x7f;
    let mut route_len = 0;
    if c.o.link_header {
        header(c, b, length, &src, dst)?;
    }
    if routed {
        if b.len() < HEADER_LEN + 2 {
            c.trunc();
            return Ok(hdr_len);
        }
        let rcf = be16(b, RCF_AT)?;
        route_len = usize::from((rcf & 0x1f00) >> 8);
        hdr_len += route_len;
        if b.len() < hdr_len {
            c.trunc();
            return Ok(hdr_len);
        }
        let segments = (route_len as isize - 2) / 2;
        if c.o.verbose > 0 {
            c.s(BROADCAST[usize::from(rcf >> 13)]);
            c.s(if rcf & 0x80 != 0 {
                " Backward"
            } else {
                " Forward"
            });
            for seg in 0..segments.max(0) as usize {
                let s = be16(b, RCF_AT + 2 + 2 * seg)?;
                c.s(" [");
                c.dec(s >> 4);
                c.s(":");
                c.dec(s & 0xf);
                c.s("]");
            }
        } else {
            c.s("rt = ");
            c.out.hex(u64::from(rcf));
            for seg in 0..segments.max(0) as usize {
                c.s(":");
                c.out.hex(u64::from(be16(b, RCF_AT + 2 + 2 * seg)?));
            }
        }
        c.s(" (");
        c.s(LARGEST_FRAME[usize::from((rcf & 0x70) >> 4)]);
        c.s(") ");
    }
    let payload = rest(b, hdr_len);
    let length = length.saturating_sub(hdr_len);
    // Frame type 1 (FC's top two bits) is LLC; MAC frames are dumped.
    if u8at(b, 1)? >> 6 == 1 {
        hdr_len += dispatch::llc(c, payload, length, &src, dst)?;
    } else {
        if !c.o.link_header {
            header(c, b, length + HEADER_LEN + route_len, &src, dst)?;
        }
        c.default_print(payload);
    }
    Ok(hdr_len)
}

#[cfg(test)]
mod tests {
    use crate::decode::PrintOptions;
    use crate::decode::tests::{golden_on_link, numeric, numeric_e};
    use crate::link::LinkType;
    use crate::wire::linktype;

    const LLC: &str = "10400050b629107056c528213eafaaaa03000000080045000054e58e0000f901fcd581926a370a05e975080032e21af50000ed760d4bb9630b0008090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f3031323334353637";
    const ROUTED: &str = "10400050b6291070d6c528213eaf0830001100220033aaaa03000000080045000054e58e0000f901fcd581926a370a05e975080032e21af50000ed760d4bb9630b0008090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f3031323334353637";
    const ROUTED_SHORT: &str = "10400050b6291070d6c528213eafc2b0aaaa03000000080045000054e58e0000f901fcd581926a370a05e975080032e21af50000ed760d4bb9630b0008090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f3031323334353637";
    const MAC: &str = "10010050b629107056c528213eafaabb";

    /// LLC frames without and with a source route (segments, and a route too
    /// short for any), a MAC frame, and cut copies (expected text from tcpdump
    /// 4.99.3 on the same frames).
    #[test]
    fn token() {
        let link = LinkType::Other(linktype::IEEE802);
        golden_on_link(
            link,
            numeric(0),
            &[
                (
                    LLC,
                    "IP 129.146.106.55 > 10.5.233.117: ICMP echo request, id 6901, seq 0, length 64",
                ),
                (
                    ROUTED,
                    "rt = 830:11:22:33 (4472) IP 129.146.106.55 > 10.5.233.117: ICMP echo request, id 6901, seq 0, length 64",
                ),
                (
                    ROUTED_SHORT,
                    "rt = c2b0 (4472) IP 129.146.106.55 > 10.5.233.117: ICMP echo request, id 6901, seq 0, length 64",
                ),
                (
                    MAC,
                    "10 01 56:c5:28:21:3e:af > 00:50:b6:29:10:70, length 16: \n\t0x0000:  aabb                                     ..",
                ),
                (&LLC[..20], " [|token-ring]"),
                (&LLC[..40], " [|snap]"),
                (&ROUTED[..30], " [|token-ring]"),
                (&ROUTED[..34], " [|token-ring]"),
                (&ROUTED[..50], "rt = 830:11:22:33 (4472)  [|snap]"),
            ],
        );
        golden_on_link(
            link,
            numeric(1),
            &[
                (
                    ROUTED,
                    "Non-Broadcast Forward [1:1] [2:2] [3:3] (4472) IP (tos 0x0, ttl 249, id 58766, offset 0, flags [none], proto ICMP (1), length 84)\n    129.146.106.55 > 10.5.233.117: ICMP echo request, id 6901, seq 0, length 64",
                ),
                (
                    ROUTED_SHORT,
                    "Single-route Backward (4472) IP (tos 0x0, ttl 249, id 58766, offset 0, flags [none], proto ICMP (1), length 84)\n    129.146.106.55 > 10.5.233.117: ICMP echo request, id 6901, seq 0, length 64",
                ),
            ],
        );
        golden_on_link(
            link,
            numeric_e(0),
            &[
                (
                    LLC,
                    "10 40 56:c5:28:21:3e:af > 00:50:b6:29:10:70, length 106: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype IPv4 (0x0800), length 84: 129.146.106.55 > 10.5.233.117: ICMP echo request, id 6901, seq 0, length 64",
                ),
                (
                    ROUTED,
                    "10 40 56:c5:28:21:3e:af > 00:50:b6:29:10:70, length 114: rt = 830:11:22:33 (4472) LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype IPv4 (0x0800), length 84: 129.146.106.55 > 10.5.233.117: ICMP echo request, id 6901, seq 0, length 64",
                ),
                (
                    MAC,
                    "10 01 56:c5:28:21:3e:af > 00:50:b6:29:10:70, length 16: \n\t0x0000:  aabb                                     ..",
                ),
                (&LLC[..20], " [|token-ring]"),
                (
                    &ROUTED[..30],
                    "10 40 56:c5:28:21:3e:af > 00:50:b6:29:10:70, length 15:  [|token-ring]",
                ),
                (
                    &ROUTED[..34],
                    "10 40 56:c5:28:21:3e:af > 00:50:b6:29:10:70, length 17:  [|token-ring]",
                ),
            ],
        );
        golden_on_link(
            link,
            PrintOptions {
                quiet: true,
                ..numeric_e(0)
            },
            &[
                (
                    LLC,
                    "56:c5:28:21:3e:af > 00:50:b6:29:10:70, length 106: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype IPv4 (0x0800), length 84: 129.146.106.55 > 10.5.233.117: ICMP echo request, id 6901, seq 0, length 64",
                ),
                (MAC, "56:c5:28:21:3e:af > 00:50:b6:29:10:70, length 16: "),
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
                    LLC,
                    "IP 129.146.106.55 > 10.5.233.117: ICMP echo request, id 6901, seq 0, length 64\n\t0x0000:  4500 0054 e58e 0000 f901 fcd5 8192 6a37\n\t0x0010:  0a05 e975 0800 32e2 1af5 0000 ed76 0d4b\n\t0x0020:  b963 0b00 0809 0a0b 0c0d 0e0f 1011 1213\n\t0x0030:  1415 1617 1819 1a1b 1c1d 1e1f 2021 2223\n\t0x0040:  2425 2627 2829 2a2b 2c2d 2e2f 3031 3233\n\t0x0050:  3435 3637",
                ),
                (
                    ROUTED,
                    "rt = 830:11:22:33 (4472) IP 129.146.106.55 > 10.5.233.117: ICMP echo request, id 6901, seq 0, length 64\n\t0x0000:  4500 0054 e58e 0000 f901 fcd5 8192 6a37\n\t0x0010:  0a05 e975 0800 32e2 1af5 0000 ed76 0d4b\n\t0x0020:  b963 0b00 0809 0a0b 0c0d 0e0f 1011 1213\n\t0x0030:  1415 1617 1819 1a1b 1c1d 1e1f 2021 2223\n\t0x0040:  2425 2627 2829 2a2b 2c2d 2e2f 3031 3233\n\t0x0050:  3435 3637",
                ),
                (
                    MAC,
                    "10 01 56:c5:28:21:3e:af > 00:50:b6:29:10:70, length 16: \n\t0x0000:  aabb",
                ),
                (&LLC[..20], " [|token-ring]"),
                (&ROUTED[..34], " [|token-ring]"),
            ],
        );
    }
}
