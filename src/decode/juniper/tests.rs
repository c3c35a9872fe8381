//! Golden lines of every Juniper link type decoded here: each frame kind
//! of its printer, whole and cut in the header, the cookie and the
//! payload (expected text from tcpdump 4.99.3 -t -n, with -e and -vv -e).
//! Frames whose payload is OSI are left out: afsniff's OSI printer is
//! not tcpdump's yet.

use super::super::PrintOptions;
use super::super::tests::{golden_link_wire, never_panics, numeric};
use crate::link::LinkType;
use crate::wire::linktype;

/// A frame, its wire length, its line from tcpdump -t -n and, where it
/// was compared, its line with -e.
type Row = (&'static str, u32, &'static str, Option<&'static str>);

/// Each frame's line from tcpdump -t -n and, where it was compared, from
/// -t -n -e: rows of (frame, wire length, line, line with -e).
fn plain_and_e(link: LinkType, cases: &[Row]) {
    let plain: Vec<_> = cases
        .iter()
        .map(|&(frame, wire, line, _)| (frame, wire, line))
        .collect();
    golden_link_wire(link, numeric(0), &plain);
    let with_e: Vec<_> = cases
        .iter()
        .filter_map(|&(frame, wire, _, line)| Some((frame, wire, line?)))
        .collect();
    golden_link_wire(link, link_header(0), &with_e);
}

fn link_header(verbose: u8) -> PrintOptions {
    PrintOptions {
        link_header: true,
        ..numeric(verbose)
    }
}

/// Every link type that prints plainly and with -e: its rows, in the
/// order of the printers below.
const LINK_TYPES: &[(u32, &[Row])] = &[
    (linktype::JUNIPER_ETHER, ETHER),
    (linktype::JUNIPER_ES, ES),
    (linktype::JUNIPER_MONITOR, MONITOR),
    (linktype::JUNIPER_SERVICES, SERVICES),
    (linktype::JUNIPER_GGSN, GGSN),
    (linktype::JUNIPER_ATM1, ATM1),
    (linktype::JUNIPER_ATM2, ATM2),
    (linktype::JUNIPER_MLPPP, MLPPP),
    (linktype::JUNIPER_MFR, MFR),
    (linktype::JUNIPER_MLFR, MLFR),
    (linktype::JUNIPER_PPPOE, PPPOE),
    (linktype::JUNIPER_PPPOE_ATM, PPPOE_ATM),
    (linktype::JUNIPER_PPP, PPP),
    (linktype::JUNIPER_FRELAY, FRELAY),
];

#[test]
fn plain_and_link_header() {
    for &(dlt, cases) in LINK_TYPES {
        plain_and_e(LinkType::Other(dlt), cases);
    }
}

const ETHER: &[Row] = &[
    (
        "4d4743010200000000020200000000010800450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
        50,
        "IP 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
        Some(
            " In hlen 4, proto 0x0000, 02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 46: 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
        ),
    ),
    (
        "4d474380001401040500000003040100000006010e020141810201020200000000020200000000010800450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
        74,
        " [|llc]
\t0x0000:  08                                       .",
        Some(
            "Out hlen 26, proto 0x0000, 00:02:02:00:00:00 > 01:02:02:00:00:00, 802.3, length 1:  [|llc]
\t0x0000:  08                                       .",
        ),
    ),
    (
        "4d4743000200000000020200000000010800450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
        50,
        "IP 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
        Some(
            "Out hlen 4, proto 0x0000, 02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 46: 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
        ),
    ),
    (
        "4d47430300000002450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
        40,
        "IP 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
        Some(" In no-L2-hdr, 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4"),
    ),
    (
        "4d4743020000000299616263",
        12,
        "no IP-hdr found!",
        Some("Out no-L2-hdr, no IP-hdr found!"),
    ),
    (
        "4d4744010200000000020200000000010800450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
        50,
        "no magic-number found!",
        Some("no magic-number found!"),
    ),
    (
        "4d474381000801040500000200000000020200000000010800450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
        57,
        " [|llc]",
        None,
    ),
    ("4d47", 50, " [|juniper_ether]", None),
    ("4d474301", 50, " [|ether]", None),
    ("4d4743010200", 50, " [|ether]", None),
];

const ES: &[Row] = &[
    (
        "4d4743010005400300000100c0000201c000020200000000000000000000000000000000450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
        68,
        "IP0 (invalid)",
        Some(
            " In ES-PIC, cookie-len 0: hlen 4, proto 0x0005, ES SA, index 5, ttl 64 type ESP AUTH (3), spi 256, Tunnel 192.0.2.1 > 192.0.2.2, length 48
IP0 (invalid)",
        ),
    ),
    (
        "4d47430000054001000000000000000000000000450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
        52,
        "IP0 (invalid)",
        Some(
            "Out ES-PIC, cookie-len 0: hlen 4, proto 0x0005, ES SA, index 5, ttl 64 type ESP ENCR-AUTH (1), length 48
IP0 (invalid)",
        ),
    ),
    (
        "4d47430100054009000000000000000000000000450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
        52,
        "ES Invalid type 9, length 48",
        Some(" In ES-PIC, cookie-len 0: hlen 4, proto 0x0005, ES Invalid type 9, length 48"),
    ),
    (
        "4d47",
        68,
        " [|juniper_es]",
        Some(" [|juniper_es]"),
    ),
    (
        "4d474301",
        68,
        " [|juniper_es]",
        Some(" In  [|juniper_es]"),
    ),
    (
        "4d4743010005",
        68,
        " [|juniper_es]",
        Some(" In ES-PIC, cookie-len 0: hlen 4, proto 0x0005,  [|juniper_es]"),
    ),
    ("4d4743010005400300", 68, " [|juniper_es]", None),
    ("4d4743010005400300000100c0", 68, " [|juniper_es]", None),
    ("4d4743010005400300000100c0000201c0000202", 68, " [|ip]", None),
    ("4d47", 52, " [|juniper_es]", None),
];

const MONITOR: &[Row] = &[
    (
        "4d47430101000007000000ff450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
        44,
        "IP 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
        Some(
            " In MONITOR-PIC, cookie-len 8, cookie 0x01000007000000ff: hlen 12, proto 0x4500, service-id 65536, iif 32, pkt-type 69: 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
        ),
    ),
    (
        "4d47430101000007000000106000000000083a4020010db800000000000000000000000120010db80000000000000000000000028000244800000000",
        60,
        "IP6 2001:db8::1 > 2001:db8::2: ICMP6, echo request, id 0, seq 0, length 8",
        Some(
            " In MONITOR-PIC, cookie-len 8, cookie 0x0100000700000010: hlen 12, proto 0x6000, service-id 539200, iif 0, pkt-type 96: 2001:db8::1 > 2001:db8::2: ICMP6, echo request, id 0, seq 0, length 8",
        ),
    ),
    (
        "4d47430101000007000000107a7a",
        14,
        " [|juniper_monitor]",
        Some(
            " In MONITOR-PIC, cookie-len 8, cookie 0x0100000700000010: hlen 12, proto 0x7a7a,  [|juniper_monitor]",
        ),
    ),
    (
        "4d47",
        44,
        " [|juniper_monitor]",
        Some(" [|juniper_monitor]"),
    ),
    (
        "4d474301",
        44,
        " [|juniper_monitor]",
        Some(" In  [|juniper_monitor]"),
    ),
    (
        "4d4743010100",
        44,
        " [|juniper_monitor]",
        Some(" In MONITOR-PIC, cookie-len 8 [|juniper_monitor]"),
    ),
    ("4d4743010100000700", 44, " [|juniper_monitor]", None),
    (
        "4d47430101000007000000ff45",
        44,
        " [|juniper_monitor]",
        None,
    ),
    (
        "4d47430101000007000000ff4500002000010000",
        44,
        "IP  [|ip]",
        None,
    ),
    ("4d47", 60, " [|juniper_monitor]", None),
];

const SERVICES: &[Row] = &[
    (
        "4d47430147aa010203040506450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
        44,
        "IP 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
        Some(
            " In AS-PIC, cookie-len 8, cookie 0x47aa010203040506: hlen 12, proto 0x4500, service-id 69 flags 0x00 service-set-id 0x0020 iif 65536: 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
        ),
    ),
    (
        "4d47430147010000000000006000000000083a4020010db800000000000000000000000120010db80000000000000000000000028000244800000000",
        60,
        "IP6 2001:db8::1 > 2001:db8::2: ICMP6, echo request, id 0, seq 0, length 8",
        Some(
            " In AS-PIC, cookie-len 8, cookie 0x4701000000000000: hlen 12, proto 0x6000, service-id 96 flags 0x00 service-set-id 0x0000 iif 539200: 2001:db8::1 > 2001:db8::2: ICMP6, echo request, id 0, seq 0, length 8",
        ),
    ),
    (
        "4d47",
        44,
        " [|juniper_services]",
        Some(" [|juniper_services]"),
    ),
    (
        "4d474301",
        44,
        " [|juniper_services]",
        Some(" In  [|juniper_services]"),
    ),
    (
        "4d47430147aa",
        44,
        " [|juniper_services]",
        Some(" In AS-PIC, cookie-len 8 [|juniper_services]"),
    ),
    (
        "4d47430147aa010203",
        44,
        " [|juniper_services]",
        Some(" In AS-PIC, cookie-len 8 [|juniper_services]"),
    ),
    (
        "4d47430147aa01020304050645",
        44,
        " [|juniper_services]",
        None,
    ),
    (
        "4d47430147aa0102030405064500002000010000",
        44,
        "IP  [|ip]",
        None,
    ),
    ("4d47", 60, " [|juniper_services]", None),
    ("4d474301", 60, " [|juniper_services]", None),
];

const GGSN: &[Row] = &[
    (
        "4d4743010100020000070000450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
        44,
        "IP 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
        Some(
            " In GGSN-PIC, cookie-len 8, cookie 0x0100020000070000: hlen 12, proto 0x4500, proto IPv4 (2), vlan 7: 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
        ),
    ),
    (
        "4d47430101000600000700006000000000083a4020010db800000000000000000000000120010db80000000000000000000000028000244800000000",
        60,
        "IP6 2001:db8::1 > 2001:db8::2: ICMP6, echo request, id 0, seq 0, length 8",
        Some(
            " In GGSN-PIC, cookie-len 8, cookie 0x0100060000070000: hlen 12, proto 0x6000, proto IPv6 (6), vlan 7: 2001:db8::1 > 2001:db8::2: ICMP6, echo request, id 0, seq 0, length 8",
        ),
    ),
    (
        "4d4743010100090000070000450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
        44,
        "unknown GGSN proto (9)",
        Some(
            " In GGSN-PIC, cookie-len 8, cookie 0x0100090000070000: hlen 12, proto 0x4500, proto Unknown (9), vlan 7: ",
        ),
    ),
    ("4d47", 44, " [|juniper_ggsn]", Some(" [|juniper_ggsn]")),
    (
        "4d474301",
        44,
        " [|juniper_ggsn]",
        Some(" In  [|juniper_ggsn]"),
    ),
    (
        "4d4743010100",
        44,
        " [|juniper_ggsn]",
        Some(" In GGSN-PIC, cookie-len 8 [|juniper_ggsn]"),
    ),
    ("4d4743010100020000", 44, " [|juniper_ggsn]", None),
    ("4d474301010002000007000045", 44, " [|juniper_ggsn]", None),
    (
        "4d47430101000200000700004500002000010000",
        44,
        "IP  [|ip]",
        None,
    ),
    ("4d47", 60, " [|juniper_ggsn]", None),
];

const ATM1: &[Row] = &[
    (
        "4d4743018000000000000030180000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
        60,
        "OAM F4 (segment), vpi 0, vci 3, payload [ user data, uncongested, SDU 0 ], clp 0, length 52",
        Some(
            " In ATM1-PIC, cookie-len 4, cookie 0x80000000: hlen 8, proto 0x0000, OAM F4 (segment), vpi 0, vci 3, payload [ user data, uncongested, SDU 0 ], clp 0, length 52",
        ),
    ),
    (
        "4d47430101020304aaaa030000000800450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
        48,
        "IP 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
        Some(
            " In ATM1-PIC, cookie-len 4, cookie 0x01020304: hlen 8, proto 0xaaaa, LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype IPv4 (0x0800), length 32: 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
        ),
    ),
    (
        "4d47430101020304450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
        40,
        "IP 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
        Some(
            " In ATM1-PIC, cookie-len 4, cookie 0x01020304: hlen 8, proto 0x4500, 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
        ),
    ),
    (
        "4d474301010203049999",
        10,
        " [|juniper_atm1]",
        Some(
            " In ATM1-PIC, cookie-len 4, cookie 0x01020304: hlen 8, proto 0x9999,  [|juniper_atm1]",
        ),
    ),
    (
        "4d47430154020304aabb450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
        42,
        "IP 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
        Some(
            " In ATM1-PIC, cookie-len 6, cookie 0x54020304aabb: hlen 10, proto 0x4500, 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
        ),
    ),
    ("4d47", 60, " [|juniper_atm1]", Some(" [|juniper_atm1]")),
    ("4d474301", 60, " [|juniper_atm1]", None),
    ("4d4743018000", 60, " [|juniper_atm1]", None),
    ("4d4743018000000000", 60, " [|juniper_atm1]", None),
    (
        "4d474301800000000000003018",
        60,
        "OAM F4 (segment), vpi 0, vci 3, payload [ user data, uncongested, SDU 0 ], clp 0, length 52",
        None,
    ),
];

const ATM2: &[Row] = &[
    (
        "4d474301000000000000001000000030180000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
        64,
        "OAM F4 (segment), vpi 0, vci 3, payload [ user data, uncongested, SDU 0 ], clp 0, length 52",
        Some(
            " In ATM2-PIC, cookie-len 8, cookie 0x0000000000000010: control-word 0x00000030 hlen 12, proto 0x0000, OAM F4 (segment), vpi 0, vci 3, payload [ user data, uncongested, SDU 0 ], clp 0, length 52",
        ),
    ),
    (
        "4d4743010102030400000000aaaa030000000800450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
        52,
        "IP 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
        Some(
            " In ATM2-PIC, cookie-len 8, cookie 0x0102030400000000: hlen 12, proto 0xaaaa, LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype IPv4 (0x0800), length 32: 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
        ),
    ),
    (
        "4d47430001020301000000000200000000020200000000010800450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
        58,
        "IP 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
        Some(
            "Out ATM2-PIC, cookie-len 8, cookie 0x0102030100000000: hlen 12, proto 0x0200, 02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 46: 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
        ),
    ),
    (
        "4d47430101020304000000000021450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
        46,
        "IP 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
        Some(
            " In ATM2-PIC, cookie-len 8, cookie 0x0102030400000000: hlen 12, proto 0x0021, IP (0x0021), length 34: 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
        ),
    ),
    (
        "4d47430101020304000000006000000000083a4020010db800000000000000000000000120010db80000000000000000000000028000244800000000",
        60,
        "IP6 2001:db8::1 > 2001:db8::2: ICMP6, echo request, id 0, seq 0, length 8",
        Some(
            " In ATM2-PIC, cookie-len 8, cookie 0x0102030400000000: hlen 12, proto 0x6000, 2001:db8::1 > 2001:db8::2: ICMP6, echo request, id 0, seq 0, length 8",
        ),
    ),
    (
        "4d47430100000000000000100800000000000030180000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
        68,
        "OAM F4 (segment), vpi 0, vci 3, payload [ user data, uncongested, SDU 0 ], clp 0, length 56",
        Some(
            " In ATM2-PIC, cookie-len 8, cookie 0x0000000000000010: control-word 0x08000000 hlen 16, proto 0x0800, OAM F4 (segment), vpi 0, vci 3, payload [ user data, uncongested, SDU 0 ], clp 0, length 56",
        ),
    ),
    ("4d47", 64, " [|juniper_atm2]", None),
    ("4d474301", 64, " [|juniper_atm2]", None),
    ("4d4743010000", 64, " [|juniper_atm2]", None),
    ("4d4743010000000000", 64, " [|juniper_atm2]", None),
];

const MLPPP: &[Row] = &[
    (
        "4d474301ff030021450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
        40,
        "IP 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
        Some(
            " In MLPPP-PIC, cookie-len 2, cookie 0xff03: hlen 6, proto 0x0021, IP (0x0021), length 34: 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
        ),
    ),
    (
        "4d47430101000021450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
        40,
        "IP 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
        Some(
            " In MLPPP-PIC, cookie-len 2, cookie 0x0100: hlen 6, proto 0x0021, Bundle-ID 1: IP (0x0021), length 34: 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
        ),
    ),
    (
        "4d4743015403aabb0021450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
        42,
        "IP 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
        Some(
            " In MLPPP-PIC, cookie-len 4, cookie 0x5403aabb: hlen 8, proto 0x0021, Bundle-ID 3: IP (0x0021), length 34: 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
        ),
    ),
    (
        "4d47430147000000001000186000000000083a4020010db800000000000000000000000120010db80000000000000000000000028000244800000000",
        60,
        "IP6 2001:db8::1 > 2001:db8::2: ICMP6, echo request, id 0, seq 0, length 8",
        Some(
            " In MLPPP-PIC, cookie-len 8, cookie 0x4700000000100018: hlen 12, proto 0x0010, Bundle-ID 3: 2001:db8::1 > 2001:db8::2: ICMP6, echo request, id 0, seq 0, length 8",
        ),
    ),
    (
        "4d474301470000000c0000180021450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
        46,
        "IP 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
        Some(
            " In MLPPP-PIC, cookie-len 8, cookie 0x470000000c000018: hlen 12, proto 0x0000, Bundle-ID 3: IP (0x0021), length 34: 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
        ),
    ),
    ("4d47", 40, " [|juniper_mlppp]", Some(" [|juniper_mlppp]")),
    ("4d474301", 40, " [|juniper_mlppp]", None),
    ("4d474301ff03", 40, " [|juniper_mlppp]", None),
    ("4d474301ff03002145", 40, "IP  [|ip]", None),
    ("4d474301ff0300214500002000", 40, "IP  [|ip]", None),
];

const MFR: &[Row] = &[
    (
        "4d474301c101040103cc450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
        42,
        "FRF.16 Frag, seq 1, Flags [Begin, End], IP 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
        Some(
            " In MFR-PIC, cookie-len 0: hlen 4, proto 0xc101, FRF.16 Frag, seq 1, Flags [Begin, End], Q.922, hdr-len 2, DLCI 16, Flags [none], NLPID IPv4 (0xcc), length 36: 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
        ),
    ),
    (
        "4d4743014700000000000018450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
        44,
        "IP 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
        Some(
            " In MFR-PIC, cookie-len 8, cookie 0x4700000000000018: hlen 12, proto 0x0000, 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
        ),
    ),
    (
        "4d4743010000000103cc450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
        42,
        "OSI NLPID 0x01 unknown, length: 35
\t0x0000:  0103 cc45 0000 2000 0100 0040 113a 8cc0
\t0x0010:  0002 01c0 0002 0203 e807 d000 0c00 0061
\t0x0020:  6263 64",
        None,
    ),
    (
        "4d47430100000002fefe03817878787878787878",
        20,
        "OSI NLPID 0xfe unknown, length: 11
\t0x0000:  fe03 8178 7878 7878 7878 78",
        None,
    ),
    (
        "4d474301000000021234450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
        42,
        "unknown protocol 0x1234, length 34",
        Some(
            " In MFR-PIC, cookie-len 4, cookie 0x00000002: hlen 8, proto 0x1234, Bundle-ID 0, unknown protocol 0x1234, length 34",
        ),
    ),
    ("4d47", 42, " [|juniper_mfr]", Some(" [|juniper_mfr]")),
    (
        "4d474301",
        42,
        " [|juniper_mfr]",
        Some(" In  [|juniper_mfr]"),
    ),
    (
        "4d474301c101",
        42,
        " [|mfr]",
        Some(" In MFR-PIC, cookie-len 0: hlen 4, proto 0xc101,  [|mfr]"),
    ),
    (
        "4d474301c101040103",
        42,
        "FRF.16 Frag, seq 1, Flags [Begin, End],  [|fr]",
        None,
    ),
    (
        "4d474301c101040103cc450000",
        42,
        "FRF.16 Frag, seq 1, Flags [Begin, End], IP  [|ip]",
        None,
    ),
];

const MLFR: &[Row] = &[
    (
        "4d474301540203cc450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
        40,
        "unknown protocol 0x4500, length 30",
        Some(
            " In MLFR-PIC, cookie-len 4, cookie 0x540203cc: hlen 10, proto 0x4500, Bundle-ID 2, unknown protocol 0x4500, length 30",
        ),
    ),
    (
        "4d47430100015555450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
        40,
        "unknown protocol 0x5555, length 32",
        Some(
            " In MLFR-PIC, cookie-len 2, cookie 0x0001: hlen 8, proto 0x5555, Bundle-ID 0, unknown protocol 0x5555, length 32",
        ),
    ),
    ("4d47", 40, " [|juniper_mlfr]", Some(" [|juniper_mlfr]")),
    (
        "4d474301",
        40,
        " [|juniper_mlfr]",
        Some(" In  [|juniper_mlfr]"),
    ),
    (
        "4d4743010001",
        40,
        " [|juniper_mlfr]",
        Some(" In MLFR-PIC, cookie-len 2, cookie 0x0001:  [|juniper_mlfr]"),
    ),
    ("4d47", 17, " [|juniper_mlfr]", Some(" [|juniper_mlfr]")),
    ("4d474301", 17, " [|juniper_mlfr]", None),
    ("4d4743010001", 17, " [|juniper_mlfr]", None),
];

const PPPOE: &[Row] = &[
    (
        "4d4743010200000000020200000000010800450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
        50,
        "IP 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
        Some(
            " In PPPoE-PIC, cookie-len 0: hlen 4, proto 0x0200, 02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 46: 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
        ),
    ),
    ("4d47", 50, " [|juniper_pppoe]", Some(" [|juniper_pppoe]")),
    (
        "4d474301",
        50,
        " [|juniper_pppoe]",
        Some(" In  [|juniper_pppoe]"),
    ),
    (
        "4d4743010200",
        50,
        " [|ether]",
        Some(" In PPPoE-PIC, cookie-len 0: hlen 4, proto 0x0200,  [|ether]"),
    ),
    (
        "4d4743010200000000",
        50,
        " [|ether]",
        Some(" In PPPoE-PIC, cookie-len 0: hlen 4, proto 0x0200,  [|ether]"),
    ),
    (
        "4d474301020000000002020000",
        50,
        " [|ether]",
        Some(" In PPPoE-PIC, cookie-len 0: hlen 4, proto 0x0200,  [|ether]"),
    ),
    (
        "4d47430102000000000202000000000108004500",
        50,
        "IP  [|ip]",
        None,
    ),
    ("4d47", 58, " [|juniper_pppoe]", None),
    ("4d474301", 58, " [|juniper_pppoe]", None),
    ("4d4743010200", 58, " [|ether]", None),
];

const PPPOE_ATM: &[Row] = &[
    (
        "4d4743011234450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
        38,
        "unknown ethertype 0x1234",
        Some(" In PPPoE ATM-PIC, cookie-len 0: hlen 4, proto 0x1234, unknown ethertype 0x1234"),
    ),
    (
        "4d47",
        46,
        " [|juniper_pppoe_atm]",
        Some(" [|juniper_pppoe_atm]"),
    ),
    (
        "4d474301",
        46,
        " [|juniper_pppoe_atm]",
        Some(" In  [|juniper_pppoe_atm]"),
    ),
    (
        "4d4743018864",
        46,
        " [|pppoe]",
        Some(" In PPPoE ATM-PIC, cookie-len 0: hlen 4, proto 0x8864,  [|pppoe]"),
    ),
    (
        "4d4743018864110000",
        46,
        " [|pppoe]",
        Some(" In PPPoE ATM-PIC, cookie-len 0: hlen 4, proto 0x8864,  [|pppoe]"),
    ),
    (
        "4d474301886411000001000400",
        46,
        "PPPoE  [ses 0x1]  [|ppp]",
        Some(" In PPPoE ATM-PIC, cookie-len 0: hlen 4, proto 0x8864, PPPoE  [ses 0x1]  [|ppp]"),
    ),
    (
        "4d47430188641100000100040021450000200001",
        46,
        "PPPoE  [ses 0x1] IP  [|ip]",
        None,
    ),
    ("4d47", 38, " [|juniper_pppoe_atm]", None),
    ("4d474301", 38, " [|juniper_pppoe_atm]", None),
    ("4d4743011234", 38, "unknown ethertype 0x1234", None),
];

/// JUNIPER_CHDLC: the header, then Cisco HDLC (IPv4, SLARP), in and out.
#[test]
fn chdlc() {
    let link = LinkType::Other(linktype::JUNIPER_CHDLC);
    let frames = [
        "4d4743010f000800450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
        "4d4743018f0080350000000000000000",
        "4d4743000f0008004500",
    ];
    let cases = |want: [&'static str; 3]| -> Vec<(&'static str, u32, &'static str)> {
        frames
            .iter()
            .zip(want)
            .map(|(&hex, text)| (hex, (hex.len() / 2) as u32, text))
            .collect()
    };
    golden_link_wire(
        link,
        numeric(0),
        &cases([
            "IP 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
            "SLARP (length: 8),  [|chdlc_slarp]",
            "IP  [|ip]",
        ]),
    );
    let mut e = numeric(0);
    e.link_header = true;
    golden_link_wire(
        link,
        e,
        &cases([
            " In hlen 4, proto 0x0000, unicast, ethertype IPv4 (0x0800), length 36: 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
            " In hlen 4, proto 0x0000, bcast, ethertype Reverse ARP (0x8035), length 12: SLARP (length: 8),  [|chdlc_slarp]",
            "Out hlen 4, proto 0x0000, unicast, ethertype IPv4 (0x0800), length 6:  [|ip]",
        ]),
    );
}

const PPP: &[Row] = &[
    (
        "4d474301ff030021450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
        40,
        "IP 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
        Some(
            " In hlen 4, proto 0x0000, IP (0x0021), length 36: 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
        ),
    ),
    (
        "4d4743010021450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
        38,
        "IP 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
        Some(
            " In hlen 4, proto 0x0000, IP (0x0021), length 34: 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
        ),
    ),
    ("4d47", 40, " [|juniper_ppp]", Some(" [|juniper_ppp]")),
    (
        "4d474301",
        40,
        " [|ppp]",
        Some(" In hlen 4, proto 0x0000,  [|ppp]"),
    ),
    (
        "4d474301ff03",
        40,
        " [|ppp]",
        Some(" In hlen 4, proto 0x0000,  [|ppp]"),
    ),
    (
        "4d474301ff03002145",
        40,
        "IP  [|ip]",
        Some(" In hlen 4, proto 0x0000, IP (0x0021), length 36:  [|ip]"),
    ),
    ("4d474301ff0300214500002000", 40, "IP  [|ip]", None),
    (
        "4d474301ff030021450000200001000040113a8c",
        40,
        "IP  [|ip]",
        None,
    ),
    ("4d47", 38, " [|juniper_ppp]", None),
    ("4d474301", 38, " [|ppp]", None),
];

const FRELAY: &[Row] = &[
    (
        "4d474301040103cc450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
        40,
        "IP 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
        Some(
            " In hlen 4, proto 0x0000, Q.922, hdr-len 2, DLCI 16, Flags [none], NLPID IPv4 (0xcc), length 36: 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
        ),
    ),
    (
        "4d4743010001030800759501010103020501",
        18,
        "Q.933, ANSI, codeset 5, Status Enquiry, TX Seq:   5, RX Seq:   1, length 10",
        Some(
            " In hlen 4, proto 0x0000, Q.922, hdr-len 2, DLCI 0, Flags [none], NLPID Q.933 (0x08), length 14: ANSI, codeset 5, Status Enquiry, TX Seq:   5, RX Seq:   1, length 10",
        ),
    ),
    ("4d47", 40, " [|juniper_frelay]", Some(" [|juniper_frelay]")),
    (
        "4d474301",
        40,
        " [|fr]",
        Some(" In hlen 4, proto 0x0000,  [|fr]"),
    ),
    (
        "4d4743010401",
        40,
        " [|fr]",
        Some(" In hlen 4, proto 0x0000,  [|fr]"),
    ),
    (
        "4d474301040103cc45",
        40,
        "IP  [|ip]",
        Some(
            " In hlen 4, proto 0x0000, Q.922, hdr-len 2, DLCI 16, Flags [none], NLPID IPv4 (0xcc), length 36:  [|ip]",
        ),
    ),
    ("4d474301040103cc4500002000", 40, "IP  [|ip]", None),
    (
        "4d474301040103cc450000200001000040113a8c",
        40,
        "IP  [|ip]",
        None,
    ),
    ("4d47", 18, " [|juniper_frelay]", None),
    ("4d474301", 18, " [|fr]", None),
];

/// -vv -e: the flags, the extension TLVs and the original packet.
#[test]
fn extensions() {
    golden_link_wire(
        LinkType::Other(linktype::JUNIPER_ETHER),
        link_header(2),
        &[
            (
                "4d4743010200000000020200000000010800450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
                50,
                " In 
\tJuniper PCAP Flags [In]hlen 4, proto 0x0000, 02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 46: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 32, bad cksum 3a8c (->f6c8)!)
    192.0.2.1.1000 > 192.0.2.2.2000: [no cksum] UDP, length 4",
            ),
            (
                "4d474380001401040500000003040100000006010e020141810201020200000000020200000000010800450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
                74,
                "Out 
\tJuniper PCAP Flags [Ext], PCAP Extension(s) total length 20
\t  Device Interface Index Extension TLV #1, length 4, value 5
\t  Device Media Type Extension TLV #3, length 4, value Ethernet (1)
\t  Logical Interface Encapsulation Extension TLV #6, length 1, value Ethernet (14)
\t  Device Interface Name Extension TLV #2, length 1, value 
\t-----original packet-----
\thlen 26, proto 0x0000, 00:02:02:00:00:00 > 01:02:02:00:00:00, 802.3, length 1:  [|llc]
\t0x0000:  08                                       .",
            ),
            (
                "4d4743000200000000020200000000010800450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
                50,
                "Out 
\tJuniper PCAP Flags [none]hlen 4, proto 0x0000, 02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 46: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 32, bad cksum 3a8c (->f6c8)!)
    192.0.2.1.1000 > 192.0.2.2.2000: [no cksum] UDP, length 4",
            ),
            (
                "4d47430300000002450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
                40,
                " In 
\tJuniper PCAP Flags [no-L2, In]no-L2-hdr, (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 32, bad cksum 3a8c (->f6c8)!)
    192.0.2.1.1000 > 192.0.2.2.2000: [no cksum] UDP, length 4",
            ),
            (
                "4d4743020000000299616263",
                12,
                "Out 
\tJuniper PCAP Flags [no-L2]no-L2-hdr, no IP-hdr found!",
            ),
            (
                "4d4744010200000000020200000000010800450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
                50,
                "no magic-number found!",
            ),
            (
                "4d474381000801040500000200000000020200000000010800450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
                57,
                " In 
\tJuniper PCAP Flags [Ext, In], PCAP Extension(s) total length 8
\t  Device Interface Index Extension TLV #1, length 4, value 33554437
\t-----original packet-----
\thlen 14, proto 0x0000, 00:00:01:08:00:45 > 00:00:02:02:00:00, 802.3, length 0:  [|llc]",
            ),
            (
                "4d47",
                50,
                " [|juniper_ether]",
            ),
        ],
    );
}

#[test]
fn hostile_frames_never_panic() {
    for (dlt, frame) in [
        (
            linktype::JUNIPER_ETHER,
            "4d474380001401040500000003040100000006010e0201418102010202000000000202",
        ),
        (
            linktype::JUNIPER_ES,
            "4d4743010005400300000100c0000201c000020200000000000000000000000000000000450000200001",
        ),
        (
            linktype::JUNIPER_ATM2,
            "4d4743010000000000000010080000000000003018000000",
        ),
        (
            linktype::JUNIPER_MLPPP,
            "4d474301470000000c0000180021450000200001",
        ),
        (
            linktype::JUNIPER_MFR,
            "4d4743015400000102000003cc4500002000",
        ),
        (linktype::JUNIPER_MLFR, "4d47430100010300817878"),
        (linktype::JUNIPER_GGSN, "4d474301010002000007000045000020"),
    ] {
        never_panics(LinkType::Other(dlt), &[frame]);
    }
}
