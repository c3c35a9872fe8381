//! MPLS label stacks (print-mpls.c), then IPv4 or IPv6 after the last.

use super::{Ctx, Res, Trunc, dispatch, rest, u8at};
use crate::wire::mpls::{ENTRY_LEN, Entry};

/// MPLS label stack, then IPv4/IPv6 guessed from the first nibble.
pub(crate) fn mpls(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "mpls";
    c.s("MPLS");
    let mut p = 0;
    let mut length = length;
    let mut depth = 0;
    let mut entry;
    loop {
        if length < ENTRY_LEN {
            // mpls_print's "invalid": the complaint, then a check that
            // the rest was captured.
            c.invalid();
            super::bytes(b, p, length)?;
            return Ok(());
        }
        entry = b.get(p..).and_then(Entry::new_checked).ok_or(Trunc)?;
        c.s(if depth > 0 && c.o.verbose > 0 {
            "\n\t"
        } else {
            " "
        });
        c.s("(label ");
        c.dec(entry.label());
        depth += 1;
        if c.o.verbose > 0 {
            if let Some(name) = label_name(entry.label()) {
                c.s(" (");
                c.s(name);
                c.s(")");
            }
        }
        c.s(", tc ");
        c.dec(entry.traffic_class());
        if entry.bottom_of_stack() {
            c.s(", [S]");
        }
        c.s(", ttl ");
        c.dec(entry.ttl());
        c.s(")");
        p += ENTRY_LEN;
        length -= ENTRY_LEN;
        if entry.bottom_of_stack() {
            break;
        }
    }
    let b = rest(b, p);
    let payload = match entry.label() {
        0 | 3 => Payload::Ip4,
        2 => Payload::Ip6,
        _ => {
            if length < 1 {
                return Ok(());
            }
            // The first payload byte decides, as in draft-hsmit-isis-aal5mux:
            // IPv4 and IPv6 by their version nibble, CLNP, ES-IS and IS-IS
            // by their NLPID.
            match u8at(b, 0)? {
                0x45..=0x4f => Payload::Ip4,
                0x60..=0x6f => Payload::Ip6,
                0x81..=0x83 => Payload::Osi,
                _ => {
                    c.default_print_len(b, length);
                    return Ok(());
                }
            }
        }
    };
    c.s(if c.o.verbose > 0 { "\n\t" } else { " " });
    match payload {
        Payload::Ip4 => dispatch::ip(c, b, length),
        Payload::Ip6 => dispatch::ip6(c, b, length),
        Payload::Osi => dispatch::isoclns(c, b, length),
    }
}

/// What follows the bottom of the stack.
enum Payload {
    Ip4,
    Ip6,
    Osi,
}

/// The reserved labels (RFC 3032) as -v names them.
fn label_name(label: u32) -> Option<&'static str> {
    Some(match label {
        0 => "IPv4 explicit NULL",
        1 => "router alert",
        2 => "IPv6 explicit NULL",
        3 => "implicit NULL",
        4..=15 => "rsvd",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden_levels, numeric};
    use crate::link::LinkType;

    /// Two-label and one-label stacks over IPv4 and IPv6, the NULL and
    /// reserved labels' names, an ES-IS payload, an unknown one, a stack
    /// without a bottom, MPLS over UDP port 6635, and cut stacks, without
    /// and with -v (expected text from tcpdump 4.99.3).
    #[test]
    fn stacks_and_payloads() {
        golden_levels(
            LinkType::Ethernet,
            &[
                (
                    "0200000000020200000000018847000072400006413f4500001c000100004001f6d7c0000201c00002070800f7ff00000000",
                    0,
                ),
                (
                    "0200000000020200000000018847000001404500001c000100004001f6d7c0000201c00002070800f7ff00000000",
                    0,
                ),
                (
                    "0200000000020200000000018847000021406000000000003b40fe800000000000000000000000000001fe800000000000000000000000000002",
                    0,
                ),
                (
                    "02000000000202000000000188480012c1018218010004000000000000000000000000000000000000",
                    0,
                ),
                ("02000000000202000000000188470012c101aabbccdd", 0),
                ("02000000000202000000000188470000f0010001", 0),
                (
                    "02000000000202000000000108004500003c000100004011f6a7c0000201c00002079c4019eb002874290001513f4500001c000100004001f6d7c0000201c00002070800f7ff00000000",
                    0,
                ),
                (
                    "0200000000020200000000018847000072400006413f4500001c000100004001f6d7c0000201c00002070800f7ff00000000",
                    20,
                ),
                (
                    "02000000000202000000000108004500003c000100004011f6a7c0000201c00002079c4019eb002874290001513f4500001c000100004001f6d7c0000201c00002070800f7ff00000000",
                    45,
                ),
            ],
            &[
                (
                    numeric(0),
                    &[
                        "MPLS (label 7, tc 1, ttl 64) (label 100, tc 0, [S], ttl 63) IP 192.0.2.1 > 192.0.2.7: ICMP echo request, id 0, seq 0, length 8",
                        "MPLS (label 0, tc 0, [S], ttl 64) IP 192.0.2.1 > 192.0.2.7: ICMP echo request, id 0, seq 0, length 8",
                        "MPLS (label 2, tc 0, [S], ttl 64) IP6 fe80::1 > fe80::2: no next header",
                        "MPLS (label 300, tc 0, [S], ttl 1) ES-IS length indicator(24) > PDU size (23)!",
                        "MPLS (label 300, tc 0, [S], ttl 1)\n\t0x0000:  aabb ccdd                                ....",
                        "MPLS (label 15, tc 0, ttl 1) (invalid)",
                        "IP 192.0.2.1.40000 > 192.0.2.7.6635: MPLS (label 21, tc 0, [S], ttl 63) IP 192.0.2.1 > 192.0.2.7: ICMP echo request, id 0, seq 0, length 8",
                        "MPLS (label 7, tc 1, ttl 64) [|mpls]",
                        "IP 192.0.2.1.40000 > 192.0.2.7.6635: MPLS [|mpls]",
                    ],
                ),
                (
                    numeric(1),
                    &[
                        "MPLS (label 7 (rsvd), tc 1, ttl 64)\n\t(label 100, tc 0, [S], ttl 63)\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 28)\n    192.0.2.1 > 192.0.2.7: ICMP echo request, id 0, seq 0, length 8",
                        "MPLS (label 0 (IPv4 explicit NULL), tc 0, [S], ttl 64)\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 28)\n    192.0.2.1 > 192.0.2.7: ICMP echo request, id 0, seq 0, length 8",
                        "MPLS (label 2 (IPv6 explicit NULL), tc 0, [S], ttl 64)\n\tIP6 (hlim 64, next-header unknown (59) payload length: 0) fe80::1 > fe80::2: no next header",
                        "MPLS (label 300, tc 0, [S], ttl 1)\n\tES-IS length indicator(24) > PDU size (23)!",
                        "MPLS (label 300, tc 0, [S], ttl 1)\n\t0x0000:  aabb ccdd                                ....",
                        "MPLS (label 15 (rsvd), tc 0, ttl 1) (invalid)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 60)\n    192.0.2.1.40000 > 192.0.2.7.6635: MPLS (label 21, tc 0, [S], ttl 63)\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 28)\n    192.0.2.1 > 192.0.2.7: ICMP echo request, id 0, seq 0, length 8",
                        "MPLS (label 7 (rsvd), tc 1, ttl 64) [|mpls]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 60)\n    192.0.2.1.40000 > 192.0.2.7.6635: MPLS [|mpls]",
                    ],
                ),
            ],
        );
    }

    /// No panic on every prefix and on random changes of label stacks and their payloads.
    #[test]
    fn never_panics_on_cut_or_changed_stacks() {
        crate::decode::tests::never_panics(
            crate::link::LinkType::Ethernet,
            &[
                "0200000000020200000000018847000072400006413f4500001c000100004001f6d7c0000201c00002070800f7ff00000000",
                "0200000000020200000000018847000001404500001c000100004001f6d7c0000201c00002070800f7ff00000000",
                "0200000000020200000000018847000021406000000000003b40fe800000000000000000000000000001fe800000000000000000000000000002",
                "02000000000202000000000188480012c1018218010004000000000000000000000000000000000000",
                "02000000000202000000000108004500003c000100004011f6a7c0000201c00002079c4019eb002874290001513f4500001c000100004001f6d7c0000201c00002070800f7ff00000000",
            ],
        );
    }
}
