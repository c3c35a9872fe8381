//! Broadcom's lawful-intercept shim (print-bcm-li.c), on UDP from port
//! 49152: a 32-bit header naming the direction and type of the copied
//! packet, then (with -v) that packet.

use super::ctx::{Ctx, Res, be32, codes, rest, tcheck, u8at};
use super::dispatch;

const SHIM_LEN: usize = 4;

const DIRECTIONS: &[(u32, &str)] = &[(1, "unused"), (2, "egress"), (3, "ingress")];

codes! {
    PKT_TYPES: u32 {
        UNDECIDED = 4 => "undecided",
        IPV4 = 5 => "ipv4",
        IPV6 = 6 => "ipv6",
        ETHERNET = 7 => "ethernet",
    }
}

const PKT_SUBTYPES: &[(u32, &str)] = &[
    (1, "single VLAN tag"),
    (2, "double VLAN tag"),
    (3, "untagged"),
];

/// bcm_li_print.
pub(crate) fn bcm_li(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "bcm_li";
    if length < SHIM_LEN {
        c.s(" (length ");
        c.dec(length as u64);
        c.s(" < 4)");
        c.invalid();
        return Ok(());
    }
    let shim = be32(b, 0)?;
    let pkt_type = (shim >> 25) & 0xf;
    let length = length - SHIM_LEN;
    let b = rest(b, SHIM_LEN);
    let sep = if c.o.verbose > 0 { "\n    " } else { "" };
    c.s(sep);
    c.s("BCM-LI-SHIM: direction ");
    c.tok(DIRECTIONS, (shim >> 29) & 0x7, "unknown");
    c.s(", pkt-type ");
    c.tok(PKT_TYPES, pkt_type, "unknown");
    c.s(", pkt-subtype ");
    c.tok(PKT_SUBTYPES, (shim >> 22) & 0x7, "unknown");
    c.s(", li-id ");
    c.dec(shim & 0x3fffff);
    c.s(sep);
    if c.o.verbose == 0 {
        return tcheck(b, 0, length);
    }
    match pkt_type {
        ETHERNET => dispatch::ether(c, b, length).map(drop),
        IPV4 => dispatch::ip(c, b, length),
        IPV6 => dispatch::ip6(c, b, length),
        // The IP version from the first nibble.
        UNDECIDED => match u8at(b, 0)? >> 4 {
            4 => dispatch::ip(c, b, length),
            6 => dispatch::ip6(c, b, length),
            _ => {
                c.s("unknown payload");
                Ok(())
            }
        },
        _ => {
            c.invalid();
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden_levels, numeric};
    use crate::link::LinkType;

    /// Frames of tcpdump's bcm-li.pcap (an undecided and an Ethernet
    /// copy), whole and cut, without and with -v (expected text from
    /// tcpdump 4.99.3).
    #[test]
    fn suite_frames() {
        golden_levels(
            LinkType::Ethernet,
            &[
                (
                    "005056b257991ce85d2417c3080045020046000000003b11912cd9591eb0d9591d16c000c001003200006881046a0a24000845526bba000000000000000000000000000000000000000000000000000000000000",
                    0,
                ),
                (
                    "005056b257991ce85d2417c30800450200cd000000003b1190a5d9591eb0d9591d16c000c00100b900004e81046a000c29dea648b86a97a58f01810000d1810000078864110000c3009100214500008f570b00003c11e512d9591f3109b6400000358da8007b8b84ad64858000010001000100020669706572663304786c616205742d696f740264650000010001c00c00010001000003600004d9591fe5c01300020001000003600005026e73c013c04200010001000003600004d9591f31c042001c000100000360001020030004f007bf000000000000530001",
                    0,
                ),
                (
                    "005056b257991ce85d2417c3080045020046000000003b11912cd9591eb0d9591d16c000c001003200006881046a0a24000845526bba000000000000000000000000000000000000000000000000000000000000",
                    50,
                ),
                (
                    "005056b257991ce85d2417c30800450200cd000000003b1190a5d9591eb0d9591d16c000c00100b900004e81046a000c29dea648b86a97a58f01810000d1810000078864110000c3009100214500008f570b00003c11e512d9591f3109b6400000358da8007b8b84ad64858000010001000100020669706572663304786c616205742d696f740264650000010001c00c00010001000003600004d9591fe5c01300020001000003600005026e73c013c04200010001000003600004d9591f31c042001c000100000360001020030004f007bf000000000000530001",
                    80,
                ),
            ],
            &[
                (
                    numeric(0),
                    &[
                        "IP 217.89.30.176.49152 > 217.89.29.22.49153: BCM-LI-SHIM: direction ingress, pkt-type undecided, pkt-subtype double VLAN tag, li-id 66666",
                        "IP 217.89.30.176.49152 > 217.89.29.22.49153: BCM-LI-SHIM: direction egress, pkt-type ethernet, pkt-subtype double VLAN tag, li-id 66666",
                        "IP 217.89.30.176.49152 > 217.89.29.22.49153: BCM-LI-SHIM: direction ingress, pkt-type undecided, pkt-subtype double VLAN tag, li-id 66666 [|bcm_li]",
                        "IP 217.89.30.176.49152 > 217.89.29.22.49153: BCM-LI-SHIM: direction egress, pkt-type ethernet, pkt-subtype double VLAN tag, li-id 66666 [|bcm_li]",
                    ],
                ),
                (
                    numeric(1),
                    &[
                        "IP (tos 0x2,ECT(0), ttl 59, id 0, offset 0, flags [none], proto UDP (17), length 70)\n    217.89.30.176.49152 > 217.89.29.22.49153: \n    BCM-LI-SHIM: direction ingress, pkt-type undecided, pkt-subtype double VLAN tag, li-id 66666\n    unknown payload",
                        "IP (tos 0x2,ECT(0), ttl 59, id 0, offset 0, flags [none], proto UDP (17), length 205)\n    217.89.30.176.49152 > 217.89.29.22.49153: \n    BCM-LI-SHIM: direction egress, pkt-type ethernet, pkt-subtype double VLAN tag, li-id 66666\n    PPPoE  [ses 0xc3] IP (tos 0x0, ttl 60, id 22283, offset 0, flags [none], proto UDP (17), length 143)\n    217.89.31.49.53 > 9.182.64.0.36264: 44388* 1/1/2 iperf3.xlab.t-iot.de. A 217.89.31.229 (115)",
                        "IP (tos 0x2,ECT(0), ttl 59, id 0, offset 0, flags [none], proto UDP (17), length 70)\n    217.89.30.176.49152 > 217.89.29.22.49153: \n    BCM-LI-SHIM: direction ingress, pkt-type undecided, pkt-subtype double VLAN tag, li-id 66666\n    unknown payload",
                        "IP (tos 0x2,ECT(0), ttl 59, id 0, offset 0, flags [none], proto UDP (17), length 205)\n    217.89.30.176.49152 > 217.89.29.22.49153: \n    BCM-LI-SHIM: direction egress, pkt-type ethernet, pkt-subtype double VLAN tag, li-id 66666\n    PPPoE  [ses 0xc3] IP  [|ip]",
                    ],
                ),
            ],
        );
    }

    /// Each packet type and direction, unknown ones, a shim cut short,
    /// a datagram only to port 49152 (not BCM-LI: the source port
    /// decides), and a cut shim (expected text from tcpdump 4.99.3).
    #[test]
    fn types_and_lengths() {
        golden_levels(
            LinkType::Ethernet,
            &[
                (
                    "020000000002020000000001080045000041000100004011f6a2c0000201c0000207c000c001002de4b66ac0303945000021000100004011f6c2c0000201c000020703e807d0000d2c4168656c6c6f",
                    0,
                ),
                (
                    "020000000002020000000001080045000048000100004011f69bc0000201c0000207c000c001003416ee4c4000076000000000003b40fe800000000000000000000000000001fe800000000000000000000000000002",
                    0,
                ),
                (
                    "020000000002020000000001080045000024000100004011f6bfc0000201c0000207c000c0010010b17d2800000100112233",
                    0,
                ),
                (
                    "020000000002020000000001080045000022000100004011f6c1c0000201c0000207c000c001000ee7c713ffffff0000",
                    0,
                ),
                (
                    "02000000000202000000000108004500001e000100004011f6c5c0000201c0000207c000c001000afacc0102",
                    0,
                ),
                (
                    "020000000002020000000001080045000041000100004011f6a2c0000201c0000207c001c000002d14ef6ac0000145000021000100004011f6c2c0000201c000020703e807d0000d2c4168656c6c6f",
                    0,
                ),
                (
                    "020000000002020000000001080045000041000100004011f6a2c0000201c0000207c000c001002de4b66ac0303945000021000100004011f6c2c0000201c000020703e807d0000d2c4168656c6c6f",
                    44,
                ),
            ],
            &[
                (
                    numeric(0),
                    &[
                        "IP 192.0.2.1.49152 > 192.0.2.7.49153: BCM-LI-SHIM: direction ingress, pkt-type ipv4, pkt-subtype untagged, li-id 12345",
                        "IP 192.0.2.1.49152 > 192.0.2.7.49153: BCM-LI-SHIM: direction egress, pkt-type ipv6, pkt-subtype single VLAN tag, li-id 7",
                        "IP 192.0.2.1.49152 > 192.0.2.7.49153: BCM-LI-SHIM: direction unused, pkt-type undecided, pkt-subtype unknown, li-id 1",
                        "IP 192.0.2.1.49152 > 192.0.2.7.49153: BCM-LI-SHIM: direction unknown, pkt-type unknown, pkt-subtype unknown, li-id 4194303",
                        "IP 192.0.2.1.49152 > 192.0.2.7.49153:  (length 2 < 4) (invalid)",
                        "IP 192.0.2.1.49153 > 192.0.2.7.49152: UDP, length 37",
                        "IP 192.0.2.1.49152 > 192.0.2.7.49153:  [|bcm_li]",
                    ],
                ),
                (
                    numeric(1),
                    &[
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 65)\n    192.0.2.1.49152 > 192.0.2.7.49153: \n    BCM-LI-SHIM: direction ingress, pkt-type ipv4, pkt-subtype untagged, li-id 12345\n    IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n    192.0.2.1.1000 > 192.0.2.7.2000: UDP, length 5",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 72)\n    192.0.2.1.49152 > 192.0.2.7.49153: \n    BCM-LI-SHIM: direction egress, pkt-type ipv6, pkt-subtype single VLAN tag, li-id 7\n    IP6 (hlim 64, next-header unknown (59) payload length: 0) fe80::1 > fe80::2: no next header",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 36)\n    192.0.2.1.49152 > 192.0.2.7.49153: \n    BCM-LI-SHIM: direction unused, pkt-type undecided, pkt-subtype unknown, li-id 1\n    unknown payload",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 34)\n    192.0.2.1.49152 > 192.0.2.7.49153: \n    BCM-LI-SHIM: direction unknown, pkt-type unknown, pkt-subtype unknown, li-id 4194303\n     (invalid)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 30)\n    192.0.2.1.49152 > 192.0.2.7.49153:  (length 2 < 4) (invalid)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 65)\n    192.0.2.1.49153 > 192.0.2.7.49152: UDP, length 37",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 65)\n    192.0.2.1.49152 > 192.0.2.7.49153:  [|bcm_li]",
                    ],
                ),
            ],
        );
    }

    /// No panic on every prefix and on random changes of BCM-LI datagrams of each type.
    #[test]
    fn never_panics_on_cut_or_changed_shims() {
        crate::decode::tests::never_panics(
            crate::link::LinkType::Ethernet,
            &[
                "020000000002020000000001080045000041000100004011f6a2c0000201c0000207c000c001002de4b66ac0303945000021000100004011f6c2c0000201c000020703e807d0000d2c4168656c6c6f",
                "020000000002020000000001080045000048000100004011f69bc0000201c0000207c000c001003416ee4c4000076000000000003b40fe800000000000000000000000000001fe800000000000000000000000000002",
                "020000000002020000000001080045000024000100004011f6bfc0000201c0000207c000c0010010b17d2800000100112233",
                "005056b257991ce85d2417c3080045020046000000003b11912cd9591eb0d9591d16c000c001003200006881046a0a24000845526bba000000000000000000000000000000000000000000000000000000000000",
                "005056b257991ce85d2417c30800450200cd000000003b1190a5d9591eb0d9591d16c000c00100b900004e81046a000c29dea648b86a97a58f01810000d1810000078864110000c3009100214500008f570b00003c11e512d9591f3109b6400000358da8007b8b84ad64858000010001000100020669706572663304786c616205742d696f740264650000010001c00c00010001000003600004d9591fe5c01300020001000003600005026e73c013c04200010001000003600004d9591f31c042001c000100000360001020030004f007bf000000000000530001",
            ],
        );
    }
}
