//! What libpcap 1.10.3 (tcpdump 4.99.3) does where afsniff used to differ:
//! DECnet and IS-IS primitives, LINUX_SLL2 link types, its exact refusals,
//! when it calls a filter hopeless, and which loads a truncated packet
//! meets after optimization. Listings and messages were recorded from
//! `tcpdump -r FILE -d EXPR`; the last test asks tcpdump again when it is
//! installed.

mod common;

use afsniff::bpf::dump::listing;
use afsniff::bpf::interp::{Meta, run};
use afsniff::filter::{Options, compile};
use afsniff::link::LinkType;
use common::frames::*;

fn opts(link: LinkType) -> Options {
    Options {
        link,
        snaplen: 262_144,
        kernel: false,
        optimize: true,
        netmask: 0,
        names: afsniff::netdb::system(),
    }
}

fn keeps(expr: &str, frame: &[u8]) -> bool {
    let prog = compile(expr, &opts(LinkType::Ethernet)).unwrap_or_else(|e| panic!("{expr}: {e}"));
    run(&prog, frame, frame.len() as u32, &Meta::default()) != 0
}

/// (link, expression, tcpdump -d listing).
const GOLDEN: &[(LinkType, &str, &str)] = &[
    (
        LinkType::Ethernet,
        "(tcp or len != 4) and tcp[13] & 2 != 0 or not sctp",
        "(000) ldh      [12]\n(001) jeq      #0x800           jt 2\tjf 4\n(002) ldb      [23]\n(003) jeq      #0x6             jt 18\tjf 10\n(004) jeq      #0x86dd          jt 5\tjf 10\n(005) ldb      [20]\n(006) jeq      #0x6             jt 32\tjf 7\n(007) jeq      #0x2c            jt 8\tjf 10\n(008) ldb      [54]\n(009) jeq      #0x6             jt 32\tjf 10\n(010) ld       #pktlen\n(011) jeq      #0x4             jt 12\tjf 14\n(012) ldh      [12]\n(013) jeq      #0x800           jt 23\tjf 25\n(014) ldh      [12]\n(015) jeq      #0x800           jt 16\tjf 25\n(016) ldb      [23]\n(017) jeq      #0x6             jt 18\tjf 23\n(018) ldh      [20]\n(019) jset     #0x1fff          jt 23\tjf 20\n(020) ldxb     4*([14]&0xf)\n(021) ldb      [x + 27]\n(022) jset     #0x2             jt 32\tjf 23\n(023) ldb      [23]\n(024) jeq      #0x84            jt 31\tjf 32\n(025) jeq      #0x86dd          jt 26\tjf 32\n(026) ldb      [20]\n(027) jeq      #0x84            jt 31\tjf 28\n(028) jeq      #0x2c            jt 29\tjf 32\n(029) ldb      [54]\n(030) jeq      #0x84            jt 31\tjf 32\n(031) ret      #0\n(032) ret      #262144\n",
    ),
    (
        LinkType::Ethernet,
        "decnet src 1.2",
        "(000) ldh      [12]\n(001) jeq      #0x6003          jt 2\tjf 23\n(002) ldb      [16]\n(003) and      #0x7\n(004) jeq      #0x2             jt 5\tjf 7\n(005) ldh      [19]\n(006) jeq      #0x204           jt 22\tjf 7\n(007) ldh      [16]\n(008) and      #0xff07\n(009) jeq      #0x8102          jt 10\tjf 12\n(010) ldh      [20]\n(011) jeq      #0x204           jt 22\tjf 12\n(012) ldb      [16]\n(013) and      #0x7\n(014) jeq      #0x6             jt 15\tjf 17\n(015) ldh      [31]\n(016) jeq      #0x204           jt 22\tjf 17\n(017) ldh      [16]\n(018) and      #0xff07\n(019) jeq      #0x8106          jt 20\tjf 23\n(020) ldh      [32]\n(021) jeq      #0x204           jt 22\tjf 23\n(022) ret      #262144\n(023) ret      #0\n",
    ),
    (
        LinkType::Ethernet,
        "isis proto 1",
        "(000) ldh      [12]\n(001) jgt      #0x5dc           jt 9\tjf 2\n(002) ldh      [14]\n(003) jeq      #0xfefe          jt 4\tjf 9\n(004) ldb      [17]\n(005) jeq      #0x83            jt 6\tjf 9\n(006) ldb      [21]\n(007) jeq      #0x1             jt 8\tjf 9\n(008) ret      #262144\n(009) ret      #0\n",
    ),
    (
        LinkType::Ethernet,
        "icmp6[0] != 134 or net ::/0",
        "(000) ldh      [12]\n(001) jeq      #0x86dd          jt 2\tjf 3\n(002) ret      #262144\n(003) ret      #0\n",
    ),
    (
        LinkType::Ethernet,
        "pppoes and ipx",
        "(000) ldh      [12]\n(001) jeq      #0x8864          jt 2\tjf 5\n(002) ldh      [20]\n(003) jeq      #0x2b            jt 4\tjf 5\n(004) ret      #262144\n(005) ret      #0\n",
    ),
    (
        LinkType::LinuxSll2,
        "clnp",
        "(000) ldh      [0]\n(001) jeq      #0xfe            jt 2\tjf 5\n(002) ldb      [20]\n(003) jeq      #0x81            jt 4\tjf 5\n(004) ret      #262144\n(005) ret      #0\n",
    ),
    (
        LinkType::LinuxSll2,
        "atalk[0] = 1",
        "(000) ldh      [0]\n(001) jeq      #0x809b          jt 2\tjf 5\n(002) ldb      [20]\n(003) jeq      #0x1             jt 4\tjf 5\n(004) ret      #262144\n(005) ret      #0\n",
    ),
    (
        LinkType::Ethernet,
        "iso proto \\esis",
        "(000) ldh      [12]\n(001) jgt      #0x5dc           jt 7\tjf 2\n(002) ldh      [14]\n(003) jeq      #0xfefe          jt 4\tjf 7\n(004) ldb      [17]\n(005) jeq      #0x82            jt 6\tjf 7\n(006) ret      #262144\n(007) ret      #0\n",
    ),
    (
        LinkType::Ethernet,
        "vlan and mpls or not (ip6 and mpls)",
        "(000) ldh      [12]\n(001) jeq      #0x8100          jt 4\tjf 2\n(002) jeq      #0x88a8          jt 4\tjf 3\n(003) jeq      #0x9100          jt 4\tjf 6\n(004) ldh      [16]\n(005) jeq      #0x8847          jt 15\tjf 6\n(006) ldb      [20]\n(007) and      #0x1\n(008) jeq      #0x1             jt 9\tjf 15\n(009) ldb      [22]\n(010) and      #0xf0\n(011) jeq      #0x60            jt 12\tjf 15\n(012) ldb      [20]\n(013) jset     #0x1             jt 15\tjf 14\n(014) ret      #0\n(015) ret      #262144\n",
    ),
];

#[test]
fn listings_equal_libpcaps() {
    for (link, expr, want) in GOLDEN {
        let prog = compile(expr, &opts(*link)).unwrap_or_else(|e| panic!("{expr}: {e}"));
        assert_eq!(listing(&prog), *want, "{expr} on {link:?}");
    }
}

/// (expression, libpcap's message) on Ethernet.
const REFUSALS: &[(&str, &str)] = &[
    (
        "gateway foo.invalid",
        "'gateway' not supported in this configuration",
    ),
    ("gateway 1.2.3.4", "'gateway' requires a name"),
    ("gateway ::1", "invalid qualifier against IPv6 address"),
    ("gateway 1.0.0.0/8", "Mask syntax for networks only"),
    ("port 1.2.3.4", "'port' modifier applied to ip host"),
    ("proto ::1", "invalid qualifier against IPv6 address"),
    ("ip6 net 10.1", "'ip6' modifier applied to ip host"),
    ("ether host 1.2.3.4", "illegal link layer address"),
    ("ether net 10.0.0.0/8", "link-layer modifier applied to net"),
    ("ether host ::1", "link-layer modifier applied to ip6 host"),
    ("atalk host 1.2", "AppleTalk host filtering not implemented"),
    ("lat host 1", "LAT host filtering not implemented"),
    (
        "decnet host foo",
        "decnet name support not included, 'foo' cannot be translated",
    ),
    ("decnet proto 1", "DECNET encapsulation is not specifiable"),
    ("arp proto 1", "arp does not encapsulate another protocol"),
    ("clnp proto 1", "'clnp proto' is not supported"),
    ("tcp proto foo", "unknown protocol: foo"),
    ("iso proto foo", "unknown osi proto 'foo'"),
    ("tcp protochain 6", "bad protocol applied for 'protochain'"),
    ("udp portrange http", "unknown port in range 'http'"),
    ("sctp port http", "port 'http' is tcp"),
    ("aarp[0] = 1", "unsupported index operation"),
    ("radio[0] = 1", "radio information not present in capture"),
    ("stp[0] = 1", "unsupported index operation"),
    ("ip[0] = 12 % ip[0]", "modulus by zero"),
    ("len = 1 << 32", "shift by more than 31 bits"),
    ("ip[0] << ip[40] = 1", "shift by more than 31 bits"),
    ("len = 4 % 0", "modulus by zero"),
    ("len = len >> 31 + 1", "shift by more than 31 bits"),
    ("radio", "'radio' is not a valid protocol type"),
    (
        "port 123456789012",
        "ethernet address used in non-ether expression",
    ),
];

#[test]
fn refusals_say_what_libpcap_says() {
    for (expr, want) in REFUSALS {
        let e = compile(expr, &opts(LinkType::Ethernet)).expect_err(expr);
        assert_eq!(e.message, *want, "{expr}");
    }
}

/// (expression, whether libpcap refuses it as rejecting all packets).
const HOPELESS: &[(&str, bool)] = &[
    ("udp portrange 195-4 and vlan 19", true),
    ("tcp[12:4] & 0x0 = 6", false),
    ("ip and 1 = 2", true),
    ("ether[0] & 0 = 1", true),
    ("ip[0] & 0 = 1", false),
    ("ip[0] = 1 and ip[0] = 2", true),
    ("ip and ether[12:2] = 0x806", false),
    ("ip and 1 + 1 = 3", false),
    ("1 + 1 = 3", true),
    ("llc rnr and icmptype != icmptype >> 8", false),
    ("ip and len - len = 1", false),
    ("decnet host 1.2 and vlan", true),
    ("pppoes and not ether proto 0x8847 and mpls", false),
    (
        "(vlan 200 || not (icmp6[icmp6type] != icmp6-echo)) or src host 2001:db8::2 and mpls 0 \
         and sctp port 67 and mpls 948 and ip proto 50 and not (ip6 proto 51)",
        false,
    ),
];

#[test]
fn rejects_all_packets_exactly_when_libpcap_does() {
    for (expr, refused) in HOPELESS {
        let r = compile(expr, &opts(LinkType::Ethernet));
        let said = r
            .as_ref()
            .err()
            .is_some_and(|e| e.message == "expression rejects all packets");
        assert_eq!(said, *refused, "{expr}: {:?}", r.err());
    }
}

const A: [u8; 4] = [192, 0, 2, 7];
const B: [u8; 4] = [198, 51, 100, 5];

/// A DECnet data frame with a short header: flags, dst node, src node
/// (little-endian area.node), optionally after a pad byte.
fn decnet_short(pad: bool, dst: u16, src: u16) -> Vec<u8> {
    let mut p = vec![0, 0];
    if pad {
        p.push(0x81);
    }
    p.push(0x02);
    p.extend_from_slice(&dst.to_le_bytes());
    p.extend_from_slice(&src.to_le_bytes());
    p.extend_from_slice(&[0; 8]);
    let len = (p.len() - 2) as u16;
    p[..2].copy_from_slice(&len.to_le_bytes());
    eth(MAC_B, MAC_A, 0x6003, &p)
}

#[test]
fn decnet_hosts_with_and_without_padding() {
    let node = |area: u16, n: u16| (area << 10) | n;
    for pad in [false, true] {
        let f = decnet_short(pad, node(1, 2), node(63, 1023));
        assert!(keeps("decnet dst 1.2", &f), "pad {pad}");
        assert!(keeps("decnet src 63.1023", &f), "pad {pad}");
        assert!(keeps("decnet host 1.2", &f), "pad {pad}");
        assert!(keeps("decnet host 1026", &f), "a number is the raw address");
        assert!(!keeps("decnet src 1.2", &f), "pad {pad}");
        assert!(!keeps("decnet host 1.3", &f), "pad {pad}");
        assert!(keeps("decnet src and dst 1.2 or decnet src 63.1023", &f));
        assert!(!keeps("decnet src and dst 1.2", &f));
    }
    let ip = eth(MAC_B, MAC_A, 0x0800, &ipv4(A, B, 6, 0, &tcp(1, 2, 2, b"")));
    assert!(!keeps("decnet host 1.2", &ip));
}

#[test]
fn truncated_packets_meet_the_loads_libpcap_leaves() {
    // A TCP/IPv4 frame cut inside the TCP header: libpcap reads the flags
    // before deciding "not sctp", so the failing load drops the packet.
    let whole = eth(
        MAC_B,
        MAC_A,
        0x0800,
        &ipv4(A, B, 6, 0, &tcp(1, 2, 0x10, b"")),
    );
    let cut = &whole[..14 + 20 + 8];
    let issue = "(src port 0 || tcp src and dst portrange 45720-22) || len << 4 != 4 \
                 and tcp[tcpflags] & tcp-syn != 0 or not sctp";
    assert!(keeps(issue, &whole));
    assert!(!keeps(issue, cut));
    assert!(!keeps(
        "(tcp or len != 4) and tcp[13] & 2 != 0 or not sctp",
        cut
    ));
    // Here libpcap folds the relation to true and drops the load with it.
    assert!(keeps("(0 & ip[2:4]) < 3", &whole[..14]));
    assert!(keeps("ip or (0 & ip[2:4]) < 3", &whole[..14]));
    // ... but a relation folds only after branches have moved, so the
    // protocol tests before it still load.
    assert!(!keeps(
        "igrp or sctp || (icmptype >= (icmp6type % 16))",
        &whole[..20]
    ));
    // A root test whose outcome no longer matters keeps its loads (opt_root
    // moves the root's statements in front of what follows).
    let ip20 = &whole[..20];
    assert!(!keeps("link[22:2] >= len or 1 >= 1 and ip", ip20));
    assert!(keeps("link[22:2] >= len or 1 >= 1 and ip", &whole));
    // `net ::/0` is decided early: nothing of the icmp6 test is loaded.
    let v6 = eth(MAC_B, MAC_A, 0x86dd, &[0x60, 0, 0, 0]);
    assert!(keeps("icmp6[0] != 134 or net ::/0", &v6));
}

#[test]
fn pppoe_sessions_carry_ppp_protocol_numbers() {
    // PPP_IPX (0x2b) inside a PPPoE session is `ipx`; 0xe0 is not.
    let ipx = eth(MAC_B, MAC_A, 0x8864, &pppoe_session(1, 0x2b, &[0xff; 30]));
    assert!(keeps("pppoes and ipx", &ipx));
    let llc_sap = eth(MAC_B, MAC_A, 0x8864, &pppoe_session(1, 0xe0, &[0xff; 30]));
    assert!(!keeps("pppoes and ipx", &llc_sap));
    // `mpls` there is PPP_MPLS_UCAST; `ether proto 0x8847` stays 0x8847.
    let label = mpls(5, true, &ipv4(A, B, 17, 0, &udp(1, 2, b"x")));
    let ppp_mpls = eth(MAC_B, MAC_A, 0x8864, &pppoe_session(1, 0x281, &label));
    assert!(keeps("pppoes and mpls 5", &ppp_mpls));
    assert!(!keeps("pppoes and ether proto 0x8847", &ppp_mpls));
    let raw_type = eth(MAC_B, MAC_A, 0x8864, &pppoe_session(1, 0x8847, &label));
    assert!(keeps("pppoes and ether proto 0x8847", &raw_type));
    assert!(!keeps("pppoes and mpls", &raw_type));
}

/// Every primitive of the table, compiled by tcpdump and by afsniff for
/// Ethernet, Linux cooked v2 and raw IP: both accept it or both refuse it
/// with the same message.
#[test]
fn primitives_are_accepted_and_refused_like_tcpdump() {
    if !common::require_tcpdump("primitives_are_accepted_and_refused_like_tcpdump") {
        return;
    }
    let exprs: Vec<&str> = GOLDEN
        .iter()
        .map(|g| g.1)
        .chain(REFUSALS.iter().map(|r| r.0))
        .chain(HOPELESS.iter().map(|h| h.0))
        .chain(PRIMITIVES.iter().copied())
        .collect();
    let dir = common::tempdir();
    let mut bad = Vec::new();
    for (link, dlt) in [
        (LinkType::Ethernet, 1u32),
        (LinkType::LinuxSll2, 276),
        (LinkType::Raw, 101),
    ] {
        let file = dir.join(format!("{dlt}.pcap"));
        common::write_pcap_snaplen(&file, dlt, 65535, false, &[]);
        for expr in &exprs {
            let out = std::process::Command::new("tcpdump")
                .arg("-r")
                .arg(&file)
                .args(["-d", "--", expr])
                .output()
                .expect("tcpdump runs");
            let theirs = String::from_utf8_lossy(&out.stderr)
                .lines()
                .find_map(|l| l.strip_prefix("tcpdump: ").map(str::to_string));
            let ours = compile(expr, &opts(link)).err().map(|e| e.message);
            let same = match (&theirs, &ours) {
                (None, None) => out.status.success(),
                // Parse errors are worded by afsniff's own parser.
                (Some(t), Some(_)) if t.contains("syntax error") => true,
                (Some(t), Some(o)) => t.trim_end() == o,
                _ => false,
            };
            if !same {
                bad.push(format!(
                    "{link:?} {expr:?}: tcpdump {theirs:?}, afsniff {ours:?}"
                ));
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// pcap-filter(7)'s primitives, one of each kind, with names that need no
/// resolver.
const PRIMITIVES: &[&str] = &[
    "host 192.0.2.7",
    "src net 10.0.0.0/8",
    "dst net 192.0.2.0 mask 255.255.255.0",
    "net 10.0 mask 255",
    "ether src 02:00:00:00:00:01",
    "ether host 020000000001",
    "ip6 host 2001:db8::1",
    "tcp dst portrange 20-25",
    "less 60",
    "greater 1500",
    "ip proto 6",
    "ip6 proto 58",
    "ip protochain 6",
    "ether broadcast",
    "ip multicast",
    "ip6 multicast",
    "ether proto 0x88cc",
    "ether proto \\ip6",
    "decnet host 1.2",
    "decnet src 10",
    "decnet net 1.0.0.0/8",
    "net link-local",
    "iso proto \\clnp",
    "isis proto 17",
    "clnp",
    "esis",
    "isis",
    "l1",
    "l2",
    "iih",
    "lsp",
    "snp",
    "csnp",
    "psnp",
    "stp",
    "ipx",
    "netbeui",
    "atalk",
    "aarp",
    "lat",
    "sca",
    "moprc",
    "mopdl",
    "llc",
    "llc u",
    "llc rnr",
    "vlan 100",
    "mpls 5",
    "pppoed",
    "pppoes 3",
    "pppoes and ipx",
    "pppoes and stp",
    "pppoes and llc",
    "geneve 7",
    "atalk[0] = 1",
    "decnet[3] = 1",
    "icmp6[icmp6type] = icmp6-echo",
    "tcp[tcpflags] & (tcp-syn|tcp-ack) = tcp-syn",
    "len = 1 << (16 + 16)",
    "len = 1 >> (31 + 1)",
    "link[22:2] >= len or 1 >= 1 and ip",
    "len = 0x35 % 2 >> 2",
    "ip[0] / len = 1",
    "gateway localhost",
    "vpi 1",
    "tcp and oamf4",
    "hsio 3",
    "host 192.0.2.1 and sc",
    "type mgt subtype beacon",
    "dir 1",
    "reason match",
    "not ifname eth0",
    "hmsu",
];
