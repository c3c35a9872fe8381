//! Golden checks for every family of primitives: accept/reject on frames
//! built here, -d listings equal to libpcap 1.10.3's (recorded from
//! `tcpdump -r mixed.pcap -d EXPR`), and error messages with carets.
//! Stands alone: needs neither tcpdump nor the shared corpus.

mod common;

use afsniff::bpf::dump::listing;
use afsniff::bpf::interp::{Meta, run};
use afsniff::filter::{Options, compile};
use afsniff::link::LinkType;
use common::frames::*;

fn opts(link: LinkType) -> Options {
    Options {
        link,
        snaplen: 65535,
        kernel: false,
        optimize: true,
        netmask: 0,
        names: afsniff::netdb::system(),
    }
}

fn keeps(expr: &str, frame: &[u8]) -> bool {
    keeps_on(LinkType::Ethernet, expr, frame)
}

fn keeps_on(link: LinkType, expr: &str, frame: &[u8]) -> bool {
    let prog = compile(expr, &opts(link)).unwrap_or_else(|e| panic!("{expr}: {e}"));
    run(&prog, frame, frame.len() as u32, &Meta::default()) != 0
}

/// Asserts the verdict of every expression on `frame`.
fn verdicts(frame: &[u8], accept: &[&str], reject: &[&str]) {
    for e in accept {
        assert!(keeps(e, frame), "{e:?} should keep the frame");
    }
    for e in reject {
        assert!(!keeps(e, frame), "{e:?} should drop the frame");
    }
}

const A: [u8; 4] = [192, 0, 2, 7];
const B: [u8; 4] = [198, 51, 100, 5];

fn tcp4(sport: u16, dport: u16, flags: u8) -> Vec<u8> {
    eth(
        MAC_B,
        MAC_A,
        0x0800,
        &ipv4(A, B, 6, 0, &tcp(sport, dport, flags, b"hello")),
    )
}

#[test]
fn hosts_and_networks() {
    let f = tcp4(1234, 80, 0x18);
    verdicts(
        &f,
        &[
            "host 192.0.2.7",
            "src host 192.0.2.7",
            "dst host 198.51.100.5",
            "src 192.0.2.7 and dst 198.51.100.5",
            "ip host 198.51.100.5",
            "host 10.9.9.9 or 192.0.2.7",
            "net 192.0.2.0/24",
            "net 192.0.2",
            "src net 192.0.2.0 mask 255.255.255.0",
            "dst net 198.51.100.0/22",
            "src or dst host 198.51.100.5",
            "net 0.0.0.0/0",
        ],
        &[
            "dst host 192.0.2.7",
            "host 192.0.2.8",
            "src and dst host 192.0.2.7",
            "net 10.0.0.0/8",
            "arp host 192.0.2.7",
            "ip6 host ::1",
            "net 2001:db8::/32",
        ],
    );
    let a = eth(BCAST, MAC_A, 0x0806, &arp(1, MAC_A, A, B));
    verdicts(
        &a,
        &[
            "arp",
            "host 192.0.2.7",
            "arp dst host 198.51.100.5",
            "arp[6:2] = 1",
        ],
        &["ip", "ip host 192.0.2.7", "rarp"],
    );
    let s6 = v6([0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]);
    let d6 = v6([0xff02, 0, 0, 0, 0, 0, 0, 1]);
    let f6 = eth(
        MAC_B,
        MAC_A,
        0x86dd,
        &ipv6(s6, d6, 17, &udp(5353, 53, b"q")),
    );
    verdicts(
        &f6,
        &[
            "ip6 host 2001:db8::1",
            "src 2001:db8::1",
            "net 2001:db8::/32",
            "dst net ff00::/8",
            "ip6 multicast",
            "ip6 net 2001:db8::/33",
        ],
        &[
            "dst host 2001:db8::1",
            "host 2001:db8::2",
            "net 2001:db9::/32",
            "ip",
        ],
    );
}

#[test]
fn ether_addresses_in_every_spelling() {
    let f = eth(MAC_B, MAC_A, 0x0800, &ipv4(A, B, 17, 0, &udp(1, 2, b"")));
    verdicts(
        &f,
        &[
            "ether dst 52:54:00:12:34:56",
            "ether dst 52-54-00-12-34-56",
            "ether dst 5254.0012.3456",
            "ether dst 525400123456",
            "ether src 2:0:0:0:0:1",
            "ether host 02:00:00:00:00:01",
            "ether src or dst 52:54:00:12:34:56",
        ],
        &[
            "ether src 52:54:00:12:34:56",
            "ether src and dst 52:54:00:12:34:56",
            "ether broadcast",
            "ether multicast",
        ],
    );
    let b = eth(BCAST, MAC_A, 0x0806, &arp(1, MAC_A, A, B));
    verdicts(
        &b,
        &[
            "ether broadcast",
            "broadcast",
            "ether multicast",
            "multicast",
        ],
        &["ether dst 52:54:00:12:34:56"],
    );
}

#[test]
fn ports_and_ranges() {
    let f = tcp4(40000, 443, 0x02);
    verdicts(
        &f,
        &[
            "port 443",
            "tcp port 443",
            "dst port 443",
            "tcp dst port https",
            "port 80 or 443",
            "portrange 400-500",
            "tcp portrange 443-443",
            "src portrange 30000-50000",
            "tcp and not port 22",
        ],
        &[
            "udp port 443",
            "src port 443",
            "port 80",
            "portrange 1-442",
            "sctp port 443",
            "port 443 and 40001",
        ],
    );
    // Not the first fragment: no transport header, no port.
    let frag = eth(
        MAC_B,
        MAC_A,
        0x0800,
        &ipv4(A, B, 6, 0x0010, &tcp(1, 443, 0, b"")),
    );
    verdicts(
        &frag,
        &["tcp", "ip[6:2] & 0x1fff != 0"],
        &["port 443", "tcp port 443", "tcp[13] = 0"],
    );
    // IPv4 options move the transport header.
    let opts4 = eth(
        MAC_B,
        MAC_A,
        0x0800,
        &ipv4_opts(A, B, 17, &udp(53, 9999, b"x")),
    );
    verdicts(
        &opts4,
        &["udp src port 53", "udp[2:2] = 9999"],
        &["udp dst port 53"],
    );
    let u6 = eth(
        MAC_B,
        MAC_A,
        0x86dd,
        &ipv6(v6(V6[0]), v6(V6[1]), 17, &udp(123, 123, b"")),
    );
    verdicts(
        &u6,
        &["udp port 123", "port ntp", "ip6 and udp"],
        &["tcp port 123", "ip"],
    );
    let ruined = &f[..f.len() - 40];
    assert!(
        !keeps("port 443", ruined),
        "a truncated header cannot match"
    );
}

#[test]
fn protocols_and_numbers() {
    let icmp4 = eth(MAC_B, MAC_A, 0x0800, &ipv4(A, B, 1, 0, &icmp(8, 0)));
    verdicts(
        &icmp4,
        &[
            "icmp",
            "ip proto 1",
            "proto 1",
            "ip proto \\icmp",
            "icmp[icmptype] = icmp-echo",
            "icmp[icmpcode] = 0",
            "ether proto \\ip",
            "ether proto 0x800",
        ],
        &[
            "tcp",
            "udp",
            "icmp6",
            "ip6",
            "icmp[icmptype] = icmp-echoreply",
            "igmp",
            "sctp",
        ],
    );
    let frag6 = eth(
        MAC_B,
        MAC_A,
        0x86dd,
        &ipv6(v6(V6[0]), v6(V6[1]), 44, &frag6(58, &icmp(128, 0))),
    );
    verdicts(
        &frag6,
        &[
            "icmp6",
            "ip6 proto 58",
            "proto 58",
            "ip6 protochain 58",
            "ip6 protochain 44",
            "ip6[6] = 44",
        ],
        &["icmp6[icmp6type] = icmp6-echo", "tcp"],
    );
    let hop = eth(
        MAC_B,
        MAC_A,
        0x86dd,
        &ipv6(v6(V6[0]), v6(V6[1]), 0, &ext6(6, &tcp(1, 2, 2, b""))),
    );
    verdicts(
        &hop,
        &["ip6 protochain 6", "protochain 6", "ip6 protochain 0"],
        &["tcp", "ip6 proto 6", "ip6 protochain 17"],
    );
    let igmp = eth(
        MCAST,
        MAC_A,
        0x0800,
        &ipv4(A, [224, 0, 0, 1], 2, 0, &[0x11, 0, 0, 0]),
    );
    verdicts(
        &igmp,
        &["igmp", "ip multicast", "igmp[0] = 0x11", "ether multicast"],
        &["ip broadcast", "icmp"],
    );
    let bcast = eth(
        BCAST,
        MAC_A,
        0x0800,
        &ipv4(A, [255, 255, 255, 255], 17, 0, &udp(68, 67, b"")),
    );
    // 255.255.255.255 is at or above 224.0.0.0, so libpcap calls it multicast too.
    verdicts(
        &bcast,
        &[
            "ip broadcast",
            "ether broadcast and udp port 67",
            "ip multicast",
        ],
        &["ip6 multicast"],
    );
}

#[test]
fn lengths_and_arithmetic() {
    let f = tcp4(1, 2, 0x12);
    let n = f.len() as u32;
    verdicts(
        &f,
        &[
            &format!("len = {n}"),
            &format!("less {n}"),
            &format!("greater {n}"),
            "len > 10",
            "tcp[13] = 0x12",
            "tcp[tcpflags] & tcp-syn != 0",
            "tcp[tcpflags] & (tcp-syn|tcp-ack) = (tcp-syn|tcp-ack)",
            "ip[0] & 0xf = 5",
            "ip[2:2] = len - 14",
            "ip[8] * 2 = 128",
            "ip[8] / 2 = 32",
            "ip[8] % 5 = 4",
            "ip[8] - 4 = 60",
            "ip[8] << 1 = 128",
            "ip[8] >> 1 = 32",
            "ip[8] ^ 0xff = 0xbf",
            "ip[8] | 1 = 65",
            "ip[9] + ip[8] = 70",
            "ether[12:2] = 0x0800",
            "ip[12:4] = 0xc0000207",
            "-ip[8] = 0xffffffc0",
        ],
        &[
            &format!("len < {n}"),
            &format!("less {}", n - 1),
            "tcp[tcpflags] & tcp-rst != 0",
            "ip[8] > 64",
            "udp[0] = 0",
        ],
    );
    // A load past the end rejects the whole packet, even under `not`.
    assert!(!keeps("not ip[1000] = 1", &f));
    assert!(!keeps("ip[1000] = 1 or tcp", &f));
}

#[test]
fn vlan_mpls_pppoe_shift_later_offsets() {
    let inner = ipv4(A, B, 17, 0, &udp(5000, 4789, b"vx"));
    let (t, p) = vlan(0x8100, 100, 0x0800, &inner);
    let tagged = eth(MAC_B, MAC_A, t, &p);
    verdicts(
        &tagged,
        &[
            "vlan",
            "vlan 100",
            "vlan and ip",
            "vlan 100 and udp port 4789",
            "vlan and host 192.0.2.7",
            "ether proto 0x8100",
        ],
        &[
            "ip",
            "udp",
            "vlan 200",
            "vlan and vlan",
            "vlan and ip6",
            "not vlan",
        ],
    );
    let (t2, p2) = vlan(0x88a8, 300, t, &p);
    let qinq = eth(MAC_B, MAC_A, t2, &p2);
    verdicts(
        &qinq,
        &[
            "vlan 300 and vlan 100 and udp",
            "vlan and vlan and ip",
            "vlan 300",
        ],
        &["vlan 100", "vlan and udp", "vlan 300 and vlan 200"],
    );
    let labelled = eth(
        MAC_B,
        MAC_A,
        0x8847,
        &mpls(16, false, &mpls(200, true, &inner)),
    );
    verdicts(
        &labelled,
        &[
            "mpls",
            "mpls 16",
            "mpls 16 and mpls 200",
            "mpls and mpls and ip",
            "mpls and mpls and udp port 4789",
        ],
        &["mpls 200", "mpls and ip", "ip", "mpls and mpls and ip6"],
    );
    let ppp = eth(MAC_B, MAC_A, 0x8864, &pppoe_session(0x1234, 0x21, &inner));
    verdicts(
        &ppp,
        &[
            "pppoes",
            "pppoes 0x1234",
            "pppoes and ip",
            "pppoes and udp port 4789",
            "pppoes and host 198.51.100.5",
        ],
        &["pppoes 1", "pppoed", "pppoes and ip6", "ip"],
    );
}

#[test]
fn link_level_names() {
    let stp = llc_frame(0x42, 0x42, &[0, 0, 0, 0]);
    verdicts(
        &stp,
        &["stp", "llc", "ether[12:2] < 0x600"],
        &["iso", "ip", "arp", "netbeui"],
    );
    let iso = llc_frame(0xfe, 0xfe, &[0x83, 0x1b, 0x01]);
    verdicts(&iso, &["iso", "isis", "llc"], &["esis", "clnp", "stp"]);
    let novell = eth(
        MCAST,
        MAC_A,
        0x0020,
        &[0xff, 0xff, 0, 0x20, 0, 0, 0, 0, 0, 0],
    );
    verdicts(&novell, &["ipx"], &["llc", "iso"]);
}

#[test]
fn other_link_layouts() {
    let ip4 = ipv4(A, B, 6, 0, &tcp(1, 80, 2, b""));
    assert!(keeps_on(
        LinkType::Raw,
        "ip and tcp port 80 and host 192.0.2.7",
        &ip4
    ));
    assert!(!keeps_on(LinkType::Raw, "ip6 or arp", &ip4));
    let e = eth(MAC_B, MAC_A, 0x0800, &ip4);
    let sll = relink(&e, 113, 4).expect("cooked v1");
    assert!(keeps_on(
        LinkType::LinuxSll,
        "tcp dst port 80 and src host 192.0.2.7",
        &sll
    ));
    assert!(
        keeps_on(LinkType::LinuxSll, "outbound", &sll),
        "packet type 4 is outgoing"
    );
    let sll2 = relink(&e, 276, 2).expect("cooked v2");
    assert!(keeps_on(
        LinkType::LinuxSll2,
        "tcp port 80 and ifindex 3 and inbound",
        &sll2
    ));
    assert!(!keeps_on(LinkType::LinuxSll2, "udp or ifindex 1", &sll2));
}

#[test]
fn live_sockets_use_kernel_metadata() {
    let kopts = Options {
        kernel: true,
        ..opts(LinkType::Ethernet)
    };
    let untagged_by_kernel = tcp4(1, 80, 2);
    let meta = Meta {
        vlan_tci: Some(100),
        vlan_tpid: Some(0x8100),
        ifindex: Some(7),
        pkttype: Some(0),
        protocol: None,
    };
    let prog =
        compile("vlan 100 and tcp port 80 and ifindex 7 and inbound", &kopts).expect("compiles");
    assert_ne!(run(&prog, &untagged_by_kernel, 80, &meta), 0);
    let out = Meta {
        pkttype: Some(4),
        ..meta
    };
    assert_eq!(
        run(&prog, &untagged_by_kernel, 80, &out),
        0,
        "outgoing is not inbound"
    );
    let e = compile("inbound", &opts(LinkType::Ethernet)).expect_err("files carry no direction");
    assert!(
        e.message.contains("inbound/outbound not supported"),
        "{}",
        e.message
    );
}

const GOLDEN: &[(&str, &str)] = &[
    (
        "tcp port 22",
        "(000) ldh      [12]\n(001) jeq      #0x86dd          jt 2\tjf 8\n(002) ldb      [20]\n(003) jeq      #0x6             jt 4\tjf 19\n(004) ldh      [54]\n(005) jeq      #0x16            jt 18\tjf 6\n(006) ldh      [56]\n(007) jeq      #0x16            jt 18\tjf 19\n(008) jeq      #0x800           jt 9\tjf 19\n(009) ldb      [23]\n(010) jeq      #0x6             jt 11\tjf 19\n(011) ldh      [20]\n(012) jset     #0x1fff          jt 19\tjf 13\n(013) ldxb     4*([14]&0xf)\n(014) ldh      [x + 14]\n(015) jeq      #0x16            jt 18\tjf 16\n(016) ldh      [x + 16]\n(017) jeq      #0x16            jt 18\tjf 19\n(018) ret      #65535\n(019) ret      #0\n",
    ),
    (
        "host 198.51.100.5 or 203.0.113.9",
        "(000) ldh      [12]\n(001) jeq      #0x800           jt 2\tjf 7\n(002) ld       [26]\n(003) jeq      #0xc6336405      jt 15\tjf 4\n(004) jeq      #0xcb007109      jt 15\tjf 5\n(005) ld       [30]\n(006) jeq      #0xc6336405      jt 15\tjf 14\n(007) jeq      #0x806           jt 9\tjf 8\n(008) jeq      #0x8035          jt 9\tjf 16\n(009) ld       [28]\n(010) jeq      #0xc6336405      jt 15\tjf 11\n(011) jeq      #0xcb007109      jt 15\tjf 12\n(012) ld       [38]\n(013) jeq      #0xc6336405      jt 15\tjf 14\n(014) jeq      #0xcb007109      jt 15\tjf 16\n(015) ret      #65535\n(016) ret      #0\n",
    ),
    (
        "vlan 100 and udp",
        "(000) ldh      [12]\n(001) jeq      #0x8100          jt 4\tjf 2\n(002) jeq      #0x88a8          jt 4\tjf 3\n(003) jeq      #0x9100          jt 4\tjf 18\n(004) ldh      [14]\n(005) and      #0xfff\n(006) jeq      #0x64            jt 7\tjf 18\n(007) ldh      [16]\n(008) jeq      #0x800           jt 9\tjf 11\n(009) ldb      [27]\n(010) jeq      #0x11            jt 17\tjf 18\n(011) jeq      #0x86dd          jt 12\tjf 18\n(012) ldb      [24]\n(013) jeq      #0x11            jt 17\tjf 14\n(014) jeq      #0x2c            jt 15\tjf 18\n(015) ldb      [58]\n(016) jeq      #0x11            jt 17\tjf 18\n(017) ret      #65535\n(018) ret      #0\n",
    ),
    (
        "ip6 multicast",
        "(000) ldh      [12]\n(001) jeq      #0x86dd          jt 2\tjf 5\n(002) ldb      [38]\n(003) jeq      #0xff            jt 4\tjf 5\n(004) ret      #65535\n(005) ret      #0\n",
    ),
    (
        "ether src 52:54:00:12:34:56",
        "(000) ld       [8]\n(001) jeq      #0x123456        jt 2\tjf 5\n(002) ldh      [6]\n(003) jeq      #0x5254          jt 4\tjf 5\n(004) ret      #65535\n(005) ret      #0\n",
    ),
    (
        "tcp[tcpflags] & tcp-syn != 0",
        "(000) ldh      [12]\n(001) jeq      #0x800           jt 2\tjf 10\n(002) ldb      [23]\n(003) jeq      #0x6             jt 4\tjf 10\n(004) ldh      [20]\n(005) jset     #0x1fff          jt 10\tjf 6\n(006) ldxb     4*([14]&0xf)\n(007) ldb      [x + 27]\n(008) jset     #0x2             jt 9\tjf 10\n(009) ret      #65535\n(010) ret      #0\n",
    ),
    (
        "mpls 5 and ip",
        "(000) ldh      [12]\n(001) jeq      #0x8847          jt 2\tjf 12\n(002) ld       [14]\n(003) and      #0xfffff000\n(004) jeq      #0x5000          jt 5\tjf 12\n(005) ldb      [16]\n(006) and      #0x1\n(007) jeq      #0x1             jt 8\tjf 12\n(008) ldb      [18]\n(009) and      #0xf0\n(010) jeq      #0x40            jt 11\tjf 12\n(011) ret      #65535\n(012) ret      #0\n",
    ),
    (
        "pppoes 3 and ip",
        "(000) ldh      [12]\n(001) jeq      #0x8864          jt 2\tjf 8\n(002) ld       [14]\n(003) and      #0xffff\n(004) jeq      #0x3             jt 5\tjf 8\n(005) ldh      [20]\n(006) jeq      #0x21            jt 7\tjf 8\n(007) ret      #65535\n(008) ret      #0\n",
    ),
    (
        "net 10.0.0.0/8",
        "(000) ldh      [12]\n(001) jeq      #0x800           jt 2\tjf 8\n(002) ld       [26]\n(003) and      #0xff000000\n(004) jeq      #0xa000000       jt 16\tjf 5\n(005) ld       [30]\n(006) and      #0xff000000\n(007) jeq      #0xa000000       jt 16\tjf 17\n(008) jeq      #0x806           jt 10\tjf 9\n(009) jeq      #0x8035          jt 10\tjf 17\n(010) ld       [28]\n(011) and      #0xff000000\n(012) jeq      #0xa000000       jt 16\tjf 13\n(013) ld       [38]\n(014) and      #0xff000000\n(015) jeq      #0xa000000       jt 16\tjf 17\n(016) ret      #65535\n(017) ret      #0\n",
    ),
    (
        "port 22 or 25",
        "(000) ldh      [12]\n(001) jeq      #0x86dd          jt 2\tjf 11\n(002) ldb      [20]\n(003) jeq      #0x84            jt 6\tjf 4\n(004) jeq      #0x6             jt 6\tjf 5\n(005) jeq      #0x11            jt 6\tjf 26\n(006) ldh      [54]\n(007) jeq      #0x16            jt 25\tjf 8\n(008) jeq      #0x19            jt 25\tjf 9\n(009) ldh      [56]\n(010) jeq      #0x16            jt 25\tjf 24\n(011) jeq      #0x800           jt 12\tjf 26\n(012) ldb      [23]\n(013) jeq      #0x84            jt 16\tjf 14\n(014) jeq      #0x6             jt 16\tjf 15\n(015) jeq      #0x11            jt 16\tjf 26\n(016) ldh      [20]\n(017) jset     #0x1fff          jt 26\tjf 18\n(018) ldxb     4*([14]&0xf)\n(019) ldh      [x + 14]\n(020) jeq      #0x16            jt 25\tjf 21\n(021) jeq      #0x19            jt 25\tjf 22\n(022) ldh      [x + 16]\n(023) jeq      #0x16            jt 25\tjf 24\n(024) jeq      #0x19            jt 25\tjf 26\n(025) ret      #65535\n(026) ret      #0\n",
    ),
];

#[test]
fn listings_equal_libpcaps() {
    for (expr, want) in GOLDEN {
        let prog =
            compile(expr, &opts(LinkType::Ethernet)).unwrap_or_else(|e| panic!("{expr}: {e}"));
        assert_eq!(listing(&prog), *want, "{expr}");
    }
}

fn error(expr: &str) -> afsniff::filter::FilterError {
    compile(expr, &opts(LinkType::Ethernet)).expect_err(expr)
}

#[test]
fn errors_point_at_the_problem() {
    let e = error("tcp port and 80");
    assert_eq!(e.span, Some((9, 12)), "{e}");
    assert!(e.message.contains("port"), "{e}");
    assert!(
        e.to_string()
            .contains("\n  tcp port and 80\n           ^^^"),
        "{e}"
    );
    assert_eq!(
        error("port 99999").message,
        "illegal port number 99999 > 65535"
    );
    assert_eq!(error("ip[1:3] = 1").message, "data size must be 1, 2, or 4");
    assert_eq!(
        error("net 10.1.2.3/8").message,
        "non-network bits set in \"10.1.2.3/8\""
    );
    assert_eq!(error("ip[0] / 0 = 1").message, "division by zero");
    assert_eq!(
        error("ip[0] << 32 = 1").message,
        "shift by more than 31 bits"
    );
    assert_eq!(
        error("port 80 and 192.0.2.1").message,
        "'port' modifier applied to ip host"
    );
    assert!(
        error("host no-such-host.invalid")
            .message
            .contains("unknown host 'no-such-host.invalid'")
    );
    assert!(error("port nosuchservice").message.contains("unknown port"));
    assert!(
        error("vlan 5000")
            .message
            .contains("greater than maximum 4095")
    );
    assert!(error("tcp or 192.0.2.1").span.is_some());
    assert!(error("(tcp").message.contains("expected"));
    assert!(error("tcp port 80 )").message.contains("expected"));
    assert!(error("host").message.contains("end of the expression"));
    assert_eq!(error("0 = 1").message, "expression rejects all packets");
}

#[test]
fn wireshark_syntax_gets_a_hint() {
    for (expr, wanted) in [
        ("tcp.port == 80", "tcp port 80"),
        ("ip.addr==192.0.2.1", "host 192.0.2.1"),
        ("ip.src == 192.0.2.1", "src host 192.0.2.1"),
        ("udp.dstport == 53", "udp dst port 53"),
    ] {
        let e = error(expr);
        let hint = e.hint.clone().unwrap_or_default();
        assert!(
            hint.contains("Wireshark") && hint.contains(wanted),
            "{expr}: {e}"
        );
    }
}

#[test]
fn empty_expression_accepts_all() {
    let p = compile("  ", &opts(LinkType::Ethernet)).expect("empty is fine");
    assert_eq!(run(&p, &[1, 2, 3], 3, &Meta::default()), 65535);
}
