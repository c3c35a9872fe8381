//! FDDI (DLT_FDDI, print-fddi.c): frame control and MAC addresses, then
//! 802.2 LLC for asynchronous LLC frames. tcpdump on Linux takes the
//! addresses as they are (no bit swapping), as does this printer.

use super::out::Emit;
use super::{Ctx, Res, dispatch, rest};

/// Frame control, destination, source.
const HEADER_LEN: usize = 13;
/// The class, length and format bits of the frame control.
const CLFF: u8 = 0xf0;
const LLC_ASYNC: u8 = 0x50;
const SMT: u8 = 0x40;

/// print_fddi_fc: the frame control's name.
fn fc_name(c: &mut Ctx, fc: u8) {
    let exact = match fc {
        0x40 => Some("void "),
        0x80 => Some("nrt "),
        0xc0 => Some("rt "),
        0x41 => Some("info "),
        0x4f => Some("nsa "),
        0xc2 => Some("beacon "),
        0xc3 => Some("claim "),
        _ => None,
    };
    if let Some(name) = exact {
        c.s(name);
        return;
    }
    let class = match fc & CLFF {
        0xc0 => "mac",
        SMT => "smt",
        LLC_ASYNC => "async",
        0xd0 => "sync",
        0x60 => "imp_async",
        0xe0 => "imp_sync",
        _ => {
            c.out.hex0(u64::from(fc), 2);
            c.s(" ");
            return;
        }
    };
    c.s(class);
    c.out.hex(u64::from(fc & 0x0f));
    c.s(" ");
}

/// fddi_hdr_print: "[FC ]SRC > DST, length N: ".
fn header(c: &mut Ctx, b: &[u8], length: usize) {
    if !c.o.quiet {
        fc_name(c, b[0]);
    }
    dispatch::mac(c, &b[7..13]);
    c.s(" > ");
    dispatch::mac(c, &b[1..7]);
    c.s(", length ");
    c.dec(length as u64);
    c.s(": ");
}

/// fddi_if_print.
pub(crate) fn frame(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "fddi";
    if b.len() < HEADER_LEN {
        c.trunc();
        c.ll_len += b.len();
        return Ok(());
    }
    let length = wire_len as usize;
    if c.o.link_header {
        header(c, b, length);
    }
    let fc = b[0];
    let payload = rest(b, HEADER_LEN);
    let inner_len = length.saturating_sub(HEADER_LEN);
    let mut llc_len = 0;
    match fc & CLFF {
        LLC_ASYNC => llc_len = dispatch::llc(c, payload, inner_len, &b[7..13], &b[1..7])?,
        SMT => c.s("<SMT printer not yet implemented>"),
        _ => {
            if !c.o.link_header {
                header(c, b, length);
            }
            c.default_print(payload);
        }
    }
    c.ll_len += HEADER_LEN + llc_len;
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::decode::PrintOptions;
    use crate::decode::tests::{golden_on_link, numeric, numeric_e};
    use crate::link::LinkType;
    use crate::wire::linktype;

    const LLC: &str = "500050b6291070d6c528213eafaaaa03000000080045000054e58e0000f901fcd581926a370a05e975080032e21af50000ed760d4bb9630b0008090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f3031323334353637";
    const SMT: &str = "410050b6291070d6c528213eafaabb";
    const BEACON: &str = "c20050b6291070d6c528213eafaabb";
    const MAC: &str = "c50050b6291070d6c528213eafaabb";
    const IMP: &str = "e30050b6291070d6c528213eafaabb";
    const OTHER: &str = "100050b6291070d6c528213eafaabb";

    /// An LLC frame carrying IPv4 over SNAP, SMT, MAC and other frame controls,
    /// and cut copies (expected text from tcpdump 4.99.3 on the same frames).
    #[test]
    fn fddi() {
        let link = LinkType::Other(linktype::FDDI);
        golden_on_link(
            link,
            numeric(0),
            &[
                (
                    LLC,
                    "IP 129.146.106.55 > 10.5.233.117: ICMP echo request, id 6901, seq 0, length 64",
                ),
                (SMT, "<SMT printer not yet implemented>"),
                (&LLC[..20], " [|fddi]"),
                (&LLC[..40], " [|snap]"),
                (&LLC[..60], "IP  [|ip]"),
            ],
        );
        golden_on_link(
            link,
            numeric_e(0),
            &[
                (
                    LLC,
                    "async0 d6:c5:28:21:3e:af > 00:50:b6:29:10:70, length 105: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype IPv4 (0x0800), length 84: 129.146.106.55 > 10.5.233.117: ICMP echo request, id 6901, seq 0, length 64",
                ),
                (
                    SMT,
                    "info d6:c5:28:21:3e:af > 00:50:b6:29:10:70, length 15: <SMT printer not yet implemented>",
                ),
                (&LLC[..20], " [|fddi]"),
                (
                    &LLC[..40],
                    "async0 d6:c5:28:21:3e:af > 00:50:b6:29:10:70, length 20: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03:  [|snap]",
                ),
            ],
        );
        // Frame controls without a printer show their header, then the
        // data, with -e or without.
        for opts in [numeric(0), numeric_e(0)] {
            golden_on_link(
                link,
                opts,
                &[
                    (
                        BEACON,
                        "beacon d6:c5:28:21:3e:af > 00:50:b6:29:10:70, length 15: \n\t0x0000:  aabb                                     ..",
                    ),
                    (
                        MAC,
                        "mac5 d6:c5:28:21:3e:af > 00:50:b6:29:10:70, length 15: \n\t0x0000:  aabb                                     ..",
                    ),
                    (
                        IMP,
                        "imp_sync3 d6:c5:28:21:3e:af > 00:50:b6:29:10:70, length 15: \n\t0x0000:  aabb                                     ..",
                    ),
                    (
                        OTHER,
                        "10 d6:c5:28:21:3e:af > 00:50:b6:29:10:70, length 15: \n\t0x0000:  aabb                                     ..",
                    ),
                ],
            );
        }
        golden_on_link(
            link,
            PrintOptions {
                quiet: true,
                ..numeric(0)
            },
            &[(OTHER, "d6:c5:28:21:3e:af > 00:50:b6:29:10:70, length 15: ")],
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
                    "d6:c5:28:21:3e:af > 00:50:b6:29:10:70, length 105: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype IPv4 (0x0800), length 84: 129.146.106.55 > 10.5.233.117: ICMP echo request, id 6901, seq 0, length 64",
                ),
                (OTHER, "d6:c5:28:21:3e:af > 00:50:b6:29:10:70, length 15: "),
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
                    OTHER,
                    "10 d6:c5:28:21:3e:af > 00:50:b6:29:10:70, length 15: \n\t0x0000:  aabb",
                ),
                (&LLC[..20], " [|fddi]"),
                (&LLC[..40], " [|snap]"),
            ],
        );
    }
}
