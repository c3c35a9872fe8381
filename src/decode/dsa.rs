//! Marvell switch tags (DLT_DSA_TAG_DSA, DLT_DSA_TAG_EDSA; print-dsa.c):
//! a 4-byte DSA tag, or an 8-byte EDSA tag (an ethertype, two reserved
//! bytes, then the DSA tag), between an Ethernet frame's MAC addresses
//! and its type. The frame around it is printed by the Ethernet printer.

use super::ctx::codes;
use super::out::Emit;
use super::{Ctx, Res, dispatch};

const DSA_LEN: usize = 4;
const EDSA_LEN: usize = 8;

codes! {
    /// Frame modes, the top two bits of the tag.
    MODES: u8 {
        TO_CPU = 0 => "To CPU",
        FROM_CPU = 1 => "From CPU",
        _ = 2 => "To Sniffer",
        FORWARD = 3 => "Forward",
    }
}

/// The To CPU codes (print-dsa.c's dsa_code_values); the others are
/// reserved.
const CODES: &[(u32, &str)] = &[
    (0, "BPDU (MGMT) Trap"),
    (1, "Frame2Reg"),
    (2, "IGMP/MLD Trap"),
    (3, "Policy Trap"),
    (4, "ARP Mirror"),
    (5, "Policy Mirror"),
];

/// The DSA tag's fields (print-dsa.c's DSA_* macros).
struct Tag {
    mode: u8,
    tagged: bool,
    dev: u8,
    port: u8,
    /// Bit 2 of byte 1: "trunk" in Forward mode, "Rx sniff" in To Sniffer.
    trunk_or_rx: bool,
    cfi: bool,
    pri: u8,
    vid: u16,
    code: u8,
}

impl Tag {
    fn new(t: &[u8]) -> Tag {
        Tag {
            mode: t[0] >> 6,
            tagged: t[0] & 0x20 != 0,
            dev: t[0] & 0x1f,
            port: t[1] >> 3,
            trunk_or_rx: t[1] & 0x04 != 0,
            cfi: t[1] & 0x01 != 0,
            pri: t[2] >> 5,
            vid: u16::from(t[2] & 0x0f) << 8 | u16::from(t[3]),
            code: (t[1] & 0x06) | (t[2] & 0x10) >> 4,
        }
    }
}

/// "dev.port" as the short form prints a switch port.
fn dev_port(c: &mut Ctx, t: &Tag) {
    c.dec(t.dev);
    c.s(".");
    c.dec(t.port);
}

/// "dev D, port P" (the -e form; `what` names whose device it is).
fn dev_comma_port(c: &mut Ctx, what: &str, t: &Tag) {
    c.s(what);
    c.dec_fields(&[("dev ", u64::from(t.dev)), (", port ", u64::from(t.port))]);
    c.s(", ");
}

/// tag_common_print: the DSA tag `b` (4 bytes).
fn common(c: &mut Ctx, b: &[u8]) {
    let t = Tag::new(b);
    if c.o.link_header {
        c.s("mode ");
        c.tok(MODES, t.mode.into(), "");
        c.s(", ");
        match t.mode {
            FORWARD => {
                c.dec_fields(&[
                    ("dev ", u64::from(t.dev)),
                    (
                        if t.trunk_or_rx { ", trunk " } else { ", port " },
                        u64::from(t.port),
                    ),
                ]);
                c.s(", ");
            }
            FROM_CPU => dev_comma_port(c, "target ", &t),
            TO_CPU => {
                dev_comma_port(c, "source ", &t);
                c.s("code ");
                c.tok(CODES, t.code.into(), "reserved");
                c.s(", ");
            }
            _ => {
                dev_comma_port(c, "source ", &t);
                c.s(if t.trunk_or_rx { "ingress" } else { "egress" });
                c.s(" sniff, ");
            }
        }
        c.s(if t.tagged { "tagged, " } else { "untagged, " });
        if t.cfi {
            c.s("CFI, ");
        }
        c.dec_fields(&[("VID ", u64::from(t.vid)), (", FPri ", u64::from(t.pri))]);
        c.s(", ");
    } else {
        match t.mode {
            FORWARD => {
                c.s(if t.trunk_or_rx {
                    "Forward trunk "
                } else {
                    "Forward port "
                });
                dev_port(c, &t);
            }
            FROM_CPU => {
                c.s("CPU > port ");
                dev_port(c, &t);
            }
            TO_CPU => {
                c.s("port ");
                dev_port(c, &t);
                c.s(" > CPU");
            }
            _ => {
                c.s("port ");
                dev_port(c, &t);
                c.s(if t.trunk_or_rx {
                    " > Rx Sniffer"
                } else {
                    " > Tx Sniffer"
                });
            }
        }
        c.s(", VLAN ");
        c.dec(t.vid);
        c.s(if t.tagged { "t, " } else { "u, " });
    }
}

/// dsa_tag_print.
fn dsa_tag(c: &mut Ctx, b: &[u8]) {
    c.s(if c.o.link_header {
        "Marvell DSA "
    } else {
        "DSA "
    });
    common(c, b);
}

/// edsa_tag_print: the EDSA ethertype and reserved bytes, then the DSA tag.
fn edsa_tag(c: &mut Ctx, b: &[u8]) {
    let t = u16::from(b[0]) << 8 | u16::from(b[1]);
    if c.o.link_header {
        c.s("Marvell EDSA ethertype 0x");
        c.out.hex0(u64::from(t), 4);
        c.s(" (");
        c.s(dispatch::ethertype_name(t).unwrap_or("Unknown"));
        c.dec_fields(&[("), rsvd ", u64::from(b[2])), (" ", u64::from(b[3]))]);
        c.s(", ");
    } else {
        c.s("EDSA 0x");
        c.out.hex0(u64::from(t), 4);
        c.s(", ");
    }
    common(c, &b[4..]);
}

/// dsa_if_print.
pub(crate) fn dsa(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "dsa";
    c.ll_len += dispatch::ether_switch_tag(c, b, wire_len, (DSA_LEN, dsa_tag))?;
    Ok(())
}

/// edsa_if_print.
pub(crate) fn edsa(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "edsa";
    c.ll_len += dispatch::ether_switch_tag(c, b, wire_len, (EDSA_LEN, edsa_tag))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::decode::PrintOptions;
    use crate::decode::tests::{golden_on_link, numeric, numeric_e};
    use crate::link::LinkType;
    use crate::wire::linktype;

    const FORWARD: &str = "d6c528213eaf0050b6291070c00a000008004500005436e940004001466cc0a81e01c0a81e020800964f351200018901a95c00000000306c0b0000000000101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f3031323334353637";
    const TRUNK: &str = "d6c528213eaf0050b6291070c70e200508004500005436e940004001466cc0a81e01c0a81e020800964f351200018901a95c00000000306c0b0000000000101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f3031323334353637";
    const FROM_CPU: &str = "d6c528213eaf0050b62910706319e12308004500005436e940004001466cc0a81e01c0a81e020800964f351200018901a95c00000000306c0b0000000000101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f3031323334353637";
    const TO_CPU: &str = "d6c528213eaf0050b62910700512f00108004500005436e940004001466cc0a81e01c0a81e020800964f351200018901a95c00000000306c0b0000000000101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f3031323334353637";
    const TO_CPU_RESERVED: &str = "d6c528213eaf0050b62910700516f00108004500005436e940004001466cc0a81e01c0a81e020800964f351200018901a95c00000000306c0b0000000000101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f3031323334353637";
    const RX_SNIFF: &str = "d6c528213eaf0050b62910708425a00008004500005436e940004001466cc0a81e01c0a81e020800964f351200018901a95c00000000306c0b0000000000101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f3031323334353637";
    const TX_SNIFF: &str = "d6c528213eaf0050b62910708421a00008004500005436e940004001466cc0a81e01c0a81e020800964f351200018901a95c00000000306c0b0000000000101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f3031323334353637";

    /// Each mode of the DSA tag (Forward on a port and a trunk, From CPU, To
    /// CPU with a code, To Sniffer both ways), tagged and CFI frames, and cut
    /// copies (expected text from tcpdump 4.99.3 on the same frames).
    #[test]
    fn dsa() {
        let link = LinkType::Other(linktype::DSA_TAG_DSA);
        golden_on_link(
            link,
            numeric(0),
            &[
                (
                    FORWARD,
                    "DSA Forward port 0.1, VLAN 0u, IP 192.168.30.1 > 192.168.30.2: ICMP echo request, id 13586, seq 1, length 64",
                ),
                (
                    TRUNK,
                    "DSA Forward trunk 7.1, VLAN 5u, IP 192.168.30.1 > 192.168.30.2: ICMP echo request, id 13586, seq 1, length 64",
                ),
                (
                    FROM_CPU,
                    "DSA CPU > port 3.3, VLAN 291t, IP 192.168.30.1 > 192.168.30.2: ICMP echo request, id 13586, seq 1, length 64",
                ),
                (
                    TO_CPU,
                    "DSA port 5.2 > CPU, VLAN 1u, IP 192.168.30.1 > 192.168.30.2: ICMP echo request, id 13586, seq 1, length 64",
                ),
                (
                    RX_SNIFF,
                    "DSA port 4.4 > Rx Sniffer, VLAN 0u, IP 192.168.30.1 > 192.168.30.2: ICMP echo request, id 13586, seq 1, length 64",
                ),
                (
                    TX_SNIFF,
                    "DSA port 4.4 > Tx Sniffer, VLAN 0u, IP 192.168.30.1 > 192.168.30.2: ICMP echo request, id 13586, seq 1, length 64",
                ),
                (&FORWARD[..30], " [|dsa]"),
                (&FORWARD[..36], "DSA Forward port 0.1, VLAN 0u,  [|ip]"),
                (&FORWARD[..50], "DSA Forward port 0.1, VLAN 0u, IP  [|ip]"),
            ],
        );
        golden_on_link(
            link,
            numeric_e(0),
            &[
                (
                    FORWARD,
                    "00:50:b6:29:10:70 > d6:c5:28:21:3e:af, Marvell DSA mode Forward, dev 0, port 1, untagged, VID 0, FPri 0, ethertype IPv4 (0x0800), length 102: 192.168.30.1 > 192.168.30.2: ICMP echo request, id 13586, seq 1, length 64",
                ),
                (
                    TRUNK,
                    "00:50:b6:29:10:70 > d6:c5:28:21:3e:af, Marvell DSA mode Forward, dev 7, trunk 1, untagged, VID 5, FPri 1, ethertype IPv4 (0x0800), length 102: 192.168.30.1 > 192.168.30.2: ICMP echo request, id 13586, seq 1, length 64",
                ),
                (
                    FROM_CPU,
                    "00:50:b6:29:10:70 > d6:c5:28:21:3e:af, Marvell DSA mode From CPU, target dev 3, port 3, tagged, CFI, VID 291, FPri 7, ethertype IPv4 (0x0800), length 102: 192.168.30.1 > 192.168.30.2: ICMP echo request, id 13586, seq 1, length 64",
                ),
                (
                    TO_CPU,
                    "00:50:b6:29:10:70 > d6:c5:28:21:3e:af, Marvell DSA mode To CPU, source dev 5, port 2, code Policy Trap, untagged, VID 1, FPri 7, ethertype IPv4 (0x0800), length 102: 192.168.30.1 > 192.168.30.2: ICMP echo request, id 13586, seq 1, length 64",
                ),
                (
                    TO_CPU_RESERVED,
                    "00:50:b6:29:10:70 > d6:c5:28:21:3e:af, Marvell DSA mode To CPU, source dev 5, port 2, code reserved, untagged, VID 1, FPri 7, ethertype IPv4 (0x0800), length 102: 192.168.30.1 > 192.168.30.2: ICMP echo request, id 13586, seq 1, length 64",
                ),
                (
                    RX_SNIFF,
                    "00:50:b6:29:10:70 > d6:c5:28:21:3e:af, Marvell DSA mode To Sniffer, source dev 4, port 4, ingress sniff, untagged, CFI, VID 0, FPri 5, ethertype IPv4 (0x0800), length 102: 192.168.30.1 > 192.168.30.2: ICMP echo request, id 13586, seq 1, length 64",
                ),
                (
                    TX_SNIFF,
                    "00:50:b6:29:10:70 > d6:c5:28:21:3e:af, Marvell DSA mode To Sniffer, source dev 4, port 4, egress sniff, untagged, CFI, VID 0, FPri 5, ethertype IPv4 (0x0800), length 102: 192.168.30.1 > 192.168.30.2: ICMP echo request, id 13586, seq 1, length 64",
                ),
                (&FORWARD[..30], " [|dsa]"),
                (
                    &FORWARD[..36],
                    "00:50:b6:29:10:70 > d6:c5:28:21:3e:af, Marvell DSA mode Forward, dev 0, port 1, untagged, VID 0, FPri 0, ethertype IPv4 (0x0800), length 18:  [|ip]",
                ),
                (
                    &FORWARD[..50],
                    "00:50:b6:29:10:70 > d6:c5:28:21:3e:af, Marvell DSA mode Forward, dev 0, port 1, untagged, VID 0, FPri 0, ethertype IPv4 (0x0800), length 25:  [|ip]",
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
                    &FORWARD[..80],
                    "DSA Forward port 0.1, VLAN 0u, IP truncated-ip - 62 bytes missing! 192.168.30.1 > 192.168.30.2:  [|icmp]\n\t0x0000:  d6c5 2821 3eaf 0050 b629 1070 c00a 0000\n\t0x0010:  0800 4500 0054 36e9 4000 4001 466c c0a8\n\t0x0020:  1e01 c0a8 1e02 0800",
                ),
                (&FORWARD[..30], " [|dsa]"),
            ],
        );
    }

    const EDSA: &str = "c6e89f7d69da0050b629107edada0000c000000008004500005467764000400129dfc0a81401c0a814020800ac11350f00018601a95c000000001bad0d0000000000101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f3031323334353637";
    const EDSA_VLAN: &str = "c6e89f7d69da0050b629107e81000102612007d008004500005467764000400129dfc0a81401c0a814020800ac11350f00018601a95c000000001bad0d0000000000101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f3031323334353637";

    /// EDSA tags of a known and an unknown ethertype and cut copies (expected
    /// text from tcpdump 4.99.3 on the same frames).
    #[test]
    fn edsa() {
        let link = LinkType::Other(linktype::DSA_TAG_EDSA);
        golden_on_link(
            link,
            numeric(0),
            &[
                (
                    EDSA,
                    "EDSA 0xdada, Forward port 0.0, VLAN 0u, IP 192.168.20.1 > 192.168.20.2: ICMP echo request, id 13583, seq 1, length 64",
                ),
                (
                    EDSA_VLAN,
                    "EDSA 0x8100, CPU > port 1.4, VLAN 2000t, IP 192.168.20.1 > 192.168.20.2: ICMP echo request, id 13583, seq 1, length 64",
                ),
                (&EDSA[..40], " [|edsa]"),
                (
                    &EDSA[..52],
                    "EDSA 0xdada, Forward port 0.0, VLAN 0u, IP  [|ip]",
                ),
            ],
        );
        golden_on_link(
            link,
            numeric_e(0),
            &[
                (
                    EDSA,
                    "00:50:b6:29:10:7e > c6:e8:9f:7d:69:da, Marvell EDSA ethertype 0xdada (Unknown), rsvd 0 0, mode Forward, dev 0, port 0, untagged, VID 0, FPri 0, ethertype IPv4 (0x0800), length 106: 192.168.20.1 > 192.168.20.2: ICMP echo request, id 13583, seq 1, length 64",
                ),
                (
                    EDSA_VLAN,
                    "00:50:b6:29:10:7e > c6:e8:9f:7d:69:da, Marvell EDSA ethertype 0x8100 (802.1Q), rsvd 1 2, mode From CPU, target dev 1, port 4, tagged, VID 2000, FPri 0, ethertype IPv4 (0x0800), length 106: 192.168.20.1 > 192.168.20.2: ICMP echo request, id 13583, seq 1, length 64",
                ),
                (&EDSA[..40], " [|edsa]"),
                (
                    &EDSA[..52],
                    "00:50:b6:29:10:7e > c6:e8:9f:7d:69:da, Marvell EDSA ethertype 0xdada (Unknown), rsvd 0 0, mode Forward, dev 0, port 0, untagged, VID 0, FPri 0, ethertype IPv4 (0x0800), length 26:  [|ip]",
                ),
            ],
        );
    }
}
