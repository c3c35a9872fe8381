//! Golden lines on built frames (expected text from tcpdump 4.99.3 run on
//! the same frames), and the no-panic property on random and truncated
//! frames of every link type.

use super::*;
use crate::bpf::testutil::Rng;

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap())
        .collect()
}

/// All FRAMES through one printer (TCP state carries over), as text.
fn print_all(opts: PrintOptions) -> String {
    let mut p = Printer::new(opts, LinkType::Ethernet);
    let mut out = Vec::new();
    for (i, (_, hex, wire)) in FRAMES.iter().enumerate() {
        let data = unhex(hex);
        let pkt = Packet::bare(&data, *wire, 1_700_000_000 + i as i64, 15_000);
        p.print(&mut out, &pkt);
    }
    String::from_utf8(out).unwrap()
}

fn opts() -> PrintOptions {
    PrintOptions {
        numeric: 1,
        time: TimeFormat::None,
        ..PrintOptions::default()
    }
}

fn assert_lines(got: &str, want: &str) {
    for (i, (g, w)) in got.lines().zip(want.lines()).enumerate() {
        assert_eq!(g, w, "line {}", i + 1);
    }
    assert_eq!(got.lines().count(), want.lines().count());
}

/// `base` with the lines numbered (from 1) in `changed` replaced.
fn with_lines(base: &str, changed: &[(usize, &str)]) -> String {
    let mut lines: Vec<&str> = base.lines().collect();
    for &(n, line) in changed {
        lines[n - 1] = line;
    }
    lines.iter().map(|l| format!("{l}\n")).collect()
}

/// tcpdump 4.99.3 `-r FILE -n -t -S` on FRAMES: -n's lines, the data
/// segment's sequence numbers absolute.
fn golden_s() -> String {
    with_lines(
        GOLDEN_N,
        &[(
            4,
            "IP 192.0.2.1.40000 > 198.51.100.5.80: Flags [P.], seq 1001:1028, ack 5001, win 502, length 27: HTTP: GET / HTTP/1.1",
        )],
    )
}

/// tcpdump 4.99.3 `-r FILE -n -t -q` on FRAMES: -n's lines, TCP's short.
fn golden_q() -> String {
    with_lines(
        GOLDEN_N,
        &[
            (2, "IP 192.0.2.1.40000 > 198.51.100.5.80: tcp 0"),
            (3, "IP 198.51.100.5.80 > 192.0.2.1.40000: tcp 0"),
            (4, "IP 192.0.2.1.40000 > 198.51.100.5.80: tcp 27"),
        ],
    )
}

#[test]
fn golden_default() {
    assert_lines(&print_all(opts()), GOLDEN_N);
}

#[test]
fn golden_link_header() {
    assert_lines(
        &print_all(PrintOptions {
            link_header: true,
            ..opts()
        }),
        GOLDEN_E,
    );
}

#[test]
fn golden_verbose() {
    assert_lines(
        &print_all(PrintOptions {
            verbose: 1,
            ..opts()
        }),
        GOLDEN_V,
    );
}

#[test]
fn golden_absolute_sequence_numbers() {
    assert_lines(
        &print_all(PrintOptions {
            absolute_seq: true,
            ..opts()
        }),
        &golden_s(),
    );
}

#[test]
fn golden_hex() {
    assert_lines(&print_all(PrintOptions { hex: 1, ..opts() }), GOLDEN_X);
}

#[test]
fn golden_quiet() {
    assert_lines(
        &print_all(PrintOptions {
            quiet: true,
            ..opts()
        }),
        &golden_q(),
    );
}

#[test]
fn packet_numbers_and_invalid_headers() {
    let mut p = Printer::new(
        PrintOptions {
            number: true,
            ..opts()
        },
        LinkType::Ethernet,
    );
    let mut out = Vec::new();
    let data = unhex(FRAMES[0].1);
    let good = Packet::bare(&data, 42, 0, 0);
    p.print(&mut out, &good);
    let bad = Packet {
        wire_len: 10,
        ..good
    };
    p.print(&mut out, &bad);
    let text = String::from_utf8(out).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "    1  ARP, Request who-has 198.51.100.5 tell 192.0.2.1, length 28"
    );
    assert_eq!(lines[1], "    2  [Invalid header: len(10) < caplen(42)]");
}

/// Lengths over tcpdump's MAXIMUM_SNAPLEN (262144), which no file reader
/// hands on but a library caller may: each named in tcpdump's words.
#[test]
fn lengths_over_the_largest_snapshot_are_an_invalid_header() {
    let mut p = Printer::new(opts(), LinkType::Ethernet);
    let data = vec![0u8; 262_145];
    let mut out = Vec::new();
    p.print(&mut out, &Packet::bare(&data, 262_145, 0, 0));
    p.print(&mut out, &Packet::bare(&data[..100], 262_145, 0, 0));
    assert_eq!(
        String::from_utf8(out).unwrap(),
        "[Invalid header: caplen(262145) > 262144, len(262145) > 262144]\n\
         [Invalid header: len(262145) > 262144]\n"
    );
}

/// Prints every prefix of `framed` (as a capture cut there) and `rounds`
/// copies with three random bytes changed; each must end in its newline.
pub(crate) fn cut_and_mutate(
    p: &mut Printer,
    framed: &[u8],
    rng: &mut Rng,
    rounds: usize,
    out: &mut Vec<u8>,
) {
    let mut print = |p: &mut Printer, d: &[u8], wire_len: usize| {
        let pkt = Packet::bare(d, wire_len as u32, 1, 2);
        out.clear();
        p.print(out, &pkt);
        assert_eq!(out.last(), Some(&b'\n'));
    };
    for cut in 1..=framed.len() {
        print(p, &framed[..cut], framed.len());
    }
    for _ in 0..rounds {
        let mut m = framed.to_vec();
        for _ in 0..3 {
            let i = (rng.next() as usize) % m.len();
            m[i] = rng.next() as u8;
        }
        print(p, &m, m.len());
    }
}

/// The flag sets the no-panic tests print with.
fn panic_test_flag_sets() -> [PrintOptions; 5] {
    [
        opts(),
        PrintOptions {
            verbose: 2,
            link_header: true,
            ..opts()
        },
        PrintOptions {
            hex_ascii: 2,
            quiet: true,
            ..opts()
        },
        // -x -v: the paths printers take only at verbose 1 (PPP's control
        // packets dump unknown data there).
        PrintOptions {
            hex: 1,
            verbose: 1,
            ..opts()
        },
        PrintOptions {
            ascii: 1,
            numeric: 0,
            time: TimeFormat::DeltaPrev,
            ..opts()
        },
    ]
}

/// No panic on every prefix and on random changes of each frame of a
/// capture of link type `link`, at -n, -vv -e, -XX -q, -x -v and -A (the
/// `never panics` runs of the golden files).
pub(crate) fn never_panics(link: LinkType, frames: &[Vec<u8>]) {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut out = Vec::new();
    for o in panic_test_flag_sets() {
        let mut p = Printer::new(o, link);
        p.names = names::Names::new(false, crate::netdb::tests::etc_copy());
        for frame in frames {
            cut_and_mutate(&mut p, frame, &mut rng, 200, &mut out);
        }
    }
}

#[test]
fn random_and_truncated_frames_never_panic() {
    // The decoded link types, and one that is not (LINKTYPE_USER0).
    let links = LinkType::DECODED.into_iter().chain([LinkType::Other(147)]);
    let flag_sets = panic_test_flag_sets();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    // AFSNIFF_FUZZ_ROUNDS raises the mutations per frame for a longer run.
    let rounds: usize = std::env::var("AFSNIFF_FUZZ_ROUNDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(50);
    let mut out = Vec::new();
    for link in links {
        for o in &flag_sets {
            let mut p = Printer::new(o.clone(), link);
            // Without -n the names come from copies of /etc, never from DNS.
            p.names = names::Names::new(o.numeric == 0, crate::netdb::tests::etc_copy());
            // Every prefix of every golden frame, behind the right link header.
            for (_, hex, _) in FRAMES {
                let frame = unhex(hex);
                let body = if link == LinkType::Ethernet {
                    &frame[..]
                } else {
                    &frame[14..]
                };
                let mut framed = match link {
                    LinkType::Null => vec![2, 0, 0, 0],
                    LinkType::Loop => vec![0, 0, 0, 2],
                    LinkType::LinuxSll => {
                        let mut h = vec![0, 0, 0, 1, 0, 6, 1, 2, 3, 4, 5, 6, 0, 0];
                        h.extend_from_slice(&frame[12..14]);
                        h
                    }
                    LinkType::LinuxSll2 => {
                        let mut h = frame[12..14].to_vec();
                        h.extend_from_slice(&[
                            0, 0, 0, 0, 0, 1, 0, 1, 0, 6, 1, 2, 3, 4, 5, 6, 0, 0,
                        ]);
                        h
                    }
                    _ => Vec::new(),
                };
                framed.extend_from_slice(body);
                cut_and_mutate(&mut p, &framed, &mut rng, rounds, &mut out);
            }
            // Pure noise of every length up to 300 bytes.
            for len in 0..300 {
                let noise: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
                let wire = if len == 0 {
                    1
                } else {
                    len as u32 + (rng.next() % 3) as u32
                };
                let pkt = Packet::bare(&noise, wire, 1, 2);
                out.clear();
                p.print(&mut out, &pkt);
                assert_eq!(out.last(), Some(&b'\n'));
            }
        }
    }
}

/// Built frames (name, bytes as hex, length on the wire), in order.
const FRAMES: &[(&str, &str, u32)] = &[
    (
        "arp_req",
        "ffffffffffff02000000000108060001080006040001020000000001c0000201000000000000c6336405",
        42,
    ),
    (
        "tcp_syn",
        "52540012345602000000000108004500003c0001400040064e81c0000201c63364059c400050000003e800000000a002ffffbb4c0000020405b40402080a000000010000000001030307",
        74,
    ),
    (
        "tcp_synack",
        "0200000000015254001234560800450000280001400040064e95c6336405c000020100509c4000001388000003e9501271209e760000",
        54,
    ),
    (
        "tcp_data",
        "5254001234560200000000010800450000430001400040064e7ac0000201c63364059c400050000003e900001389501801f6b9c90000474554202f20485454502f312e310d0a486f73743a20780d0a0d0a",
        81,
    ),
    (
        "udp",
        "5254001234560200000000010800450000210001400040114e91c0000201c63364059c419c42000d974368656c6c6f",
        47,
    ),
    (
        "icmp_echo",
        "5254001234560200000000010800450000240001400040014e9ec0000201c63364050800542f123400076162636465666768",
        50,
    ),
    (
        "icmp6_echo",
        "52540012345602000000000186dd60000000000b3a4020010db8000000000000000000000001fe800000000000000000000000000001800060f60005000978797a",
        65,
    ),
    (
        "vlan_udp",
        "5254001234560200000000018100a06408004500001e0001400040114e94c0000201c63364059c419c42000a72b26869",
        48,
    ),
    (
        "qinq_udp6",
        "52540012345602000000000188a800c88100200a86dd60000000000b114020010db8000000000000000000000001fe8000000000000000000000000000019c439c44000bd6b1616263",
        73,
    ),
    (
        "frag",
        "5254001234560200000000010800450000240001200a40116e84c0000201c633640578787878787878787878787878787878",
        50,
    ),
    (
        "trunc_tcp",
        "5254001234560200000000010800450000280001400040064e95c0000201c633640500010002000000030000",
        50,
    ),
    (
        "unreach",
        "5254001234560200000000010800450000380001400040014e8ac6336405c00002010303e950000000004500001c0001400040114e96c0000201c63364059c4100350008772d",
        70,
    ),
    (
        "stp",
        "0180c200000052540012345600264242030000000000800052540012345600000004800052540012345680010000140002000f00",
        52,
    ),
];
/// tcpdump 4.99.3 `-r FILE -n -t` on FRAMES.
const GOLDEN_N: &str = r#"ARP, Request who-has 198.51.100.5 tell 192.0.2.1, length 28
IP 192.0.2.1.40000 > 198.51.100.5.80: Flags [S], seq 1000, win 65535, options [mss 1460,sackOK,TS val 1 ecr 0,nop,wscale 7], length 0
IP 198.51.100.5.80 > 192.0.2.1.40000: Flags [S.], seq 5000, ack 1001, win 28960, length 0
IP 192.0.2.1.40000 > 198.51.100.5.80: Flags [P.], seq 1:28, ack 1, win 502, length 27: HTTP: GET / HTTP/1.1
IP 192.0.2.1.40001 > 198.51.100.5.40002: UDP, length 5
IP 192.0.2.1 > 198.51.100.5: ICMP echo request, id 4660, seq 7, length 16
IP6 2001:db8::1 > fe80::1: ICMP6, echo request, id 5, seq 9, length 11
IP 192.0.2.1.40001 > 198.51.100.5.40002: UDP, length 2
IP6 2001:db8::1.40003 > fe80::1.40004: UDP, length 3
IP 192.0.2.1 > 198.51.100.5: ip-proto-17
IP truncated-ip - 4 bytes missing! 192.0.2.1.1 > 198.51.100.5.2:  [|tcp]
IP 198.51.100.5 > 192.0.2.1: ICMP 198.51.100.5 udp port 53 unreachable, length 36
STP 802.1d, Config, Flags [none], bridge-id 8000.52:54:00:12:34:56.8001, length 35
"#;
/// tcpdump 4.99.3 `-r FILE -n -t -e` on FRAMES.
const GOLDEN_E: &str = r#"02:00:00:00:00:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 198.51.100.5 tell 192.0.2.1, length 28
02:00:00:00:00:01 > 52:54:00:12:34:56, ethertype IPv4 (0x0800), length 74: 192.0.2.1.40000 > 198.51.100.5.80: Flags [S], seq 1000, win 65535, options [mss 1460,sackOK,TS val 1 ecr 0,nop,wscale 7], length 0
52:54:00:12:34:56 > 02:00:00:00:00:01, ethertype IPv4 (0x0800), length 54: 198.51.100.5.80 > 192.0.2.1.40000: Flags [S.], seq 5000, ack 1001, win 28960, length 0
02:00:00:00:00:01 > 52:54:00:12:34:56, ethertype IPv4 (0x0800), length 81: 192.0.2.1.40000 > 198.51.100.5.80: Flags [P.], seq 1:28, ack 1, win 502, length 27: HTTP: GET / HTTP/1.1
02:00:00:00:00:01 > 52:54:00:12:34:56, ethertype IPv4 (0x0800), length 47: 192.0.2.1.40001 > 198.51.100.5.40002: UDP, length 5
02:00:00:00:00:01 > 52:54:00:12:34:56, ethertype IPv4 (0x0800), length 50: 192.0.2.1 > 198.51.100.5: ICMP echo request, id 4660, seq 7, length 16
02:00:00:00:00:01 > 52:54:00:12:34:56, ethertype IPv6 (0x86dd), length 65: 2001:db8::1 > fe80::1: ICMP6, echo request, id 5, seq 9, length 11
02:00:00:00:00:01 > 52:54:00:12:34:56, ethertype 802.1Q (0x8100), length 48: vlan 100, p 5, ethertype IPv4 (0x0800), 192.0.2.1.40001 > 198.51.100.5.40002: UDP, length 2
02:00:00:00:00:01 > 52:54:00:12:34:56, ethertype 802.1Q-QinQ (0x88a8), length 73: vlan 200, p 0, ethertype 802.1Q (0x8100), vlan 10, p 1, ethertype IPv6 (0x86dd), 2001:db8::1.40003 > fe80::1.40004: UDP, length 3
02:00:00:00:00:01 > 52:54:00:12:34:56, ethertype IPv4 (0x0800), length 50: 192.0.2.1 > 198.51.100.5: ip-proto-17
02:00:00:00:00:01 > 52:54:00:12:34:56, ethertype IPv4 (0x0800), length 50: truncated-ip - 4 bytes missing! 192.0.2.1.1 > 198.51.100.5.2:  [|tcp]
02:00:00:00:00:01 > 52:54:00:12:34:56, ethertype IPv4 (0x0800), length 70: 198.51.100.5 > 192.0.2.1: ICMP 198.51.100.5 udp port 53 unreachable, length 36
52:54:00:12:34:56 > 01:80:c2:00:00:00, 802.3, length 38: LLC, dsap STP (0x42) Individual, ssap STP (0x42) Command, ctrl 0x03: STP 802.1d, Config, Flags [none], bridge-id 8000.52:54:00:12:34:56.8001, length 35
"#;
/// tcpdump 4.99.3 `-r FILE -n -t -v` on FRAMES.
const GOLDEN_V: &str = r#"ARP, Ethernet (len 6), IPv4 (len 4), Request who-has 198.51.100.5 tell 192.0.2.1, length 28
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 60)
    192.0.2.1.40000 > 198.51.100.5.80: Flags [S], cksum 0xbb4c (correct), seq 1000, win 65535, options [mss 1460,sackOK,TS val 1 ecr 0,nop,wscale 7], length 0
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 40)
    198.51.100.5.80 > 192.0.2.1.40000: Flags [S.], cksum 0x9e76 (correct), seq 5000, ack 1001, win 28960, length 0
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 67)
    192.0.2.1.40000 > 198.51.100.5.80: Flags [P.], cksum 0xb9c9 (correct), seq 1:28, ack 1, win 502, length 27: HTTP, length: 27
	GET / HTTP/1.1
	Host: x
	
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 33)
    192.0.2.1.40001 > 198.51.100.5.40002: UDP, length 5
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 36)
    192.0.2.1 > 198.51.100.5: ICMP echo request, id 4660, seq 7, length 16
IP6 (hlim 64, next-header ICMPv6 (58) payload length: 11) 2001:db8::1 > fe80::1: [icmp6 sum ok] ICMP6, echo request, id 5, seq 9
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 30)
    192.0.2.1.40001 > 198.51.100.5.40002: UDP, length 2
IP6 (hlim 64, next-header UDP (17) payload length: 11) 2001:db8::1.40003 > fe80::1.40004: [udp sum ok] UDP, length 3
IP (tos 0x0, ttl 64, id 1, offset 80, flags [+], proto UDP (17), length 36)
    192.0.2.1 > 198.51.100.5: ip-proto-17
IP truncated-ip - 4 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 40)
    192.0.2.1.1 > 198.51.100.5.2:  [|tcp]
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)
    198.51.100.5 > 192.0.2.1: ICMP 198.51.100.5 udp port 53 unreachable, length 36
	IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 28)
    192.0.2.1.40001 > 198.51.100.5.53: domain [length 0 < 12] (invalid)
STP 802.1d, Config, Flags [none], bridge-id 8000.52:54:00:12:34:56.8001, length 35
	message-age 0.00s, max-age 20.00s, hello-time 2.00s, forwarding-delay 15.00s
	root-id 8000.52:54:00:12:34:56, root-pathcost 4
"#;
/// tcpdump 4.99.3 `-r FILE -n -t -x` on FRAMES.
const GOLDEN_X: &str = r#"ARP, Request who-has 198.51.100.5 tell 192.0.2.1, length 28
	0x0000:  0001 0800 0604 0001 0200 0000 0001 c000
	0x0010:  0201 0000 0000 0000 c633 6405
IP 192.0.2.1.40000 > 198.51.100.5.80: Flags [S], seq 1000, win 65535, options [mss 1460,sackOK,TS val 1 ecr 0,nop,wscale 7], length 0
	0x0000:  4500 003c 0001 4000 4006 4e81 c000 0201
	0x0010:  c633 6405 9c40 0050 0000 03e8 0000 0000
	0x0020:  a002 ffff bb4c 0000 0204 05b4 0402 080a
	0x0030:  0000 0001 0000 0000 0103 0307
IP 198.51.100.5.80 > 192.0.2.1.40000: Flags [S.], seq 5000, ack 1001, win 28960, length 0
	0x0000:  4500 0028 0001 4000 4006 4e95 c633 6405
	0x0010:  c000 0201 0050 9c40 0000 1388 0000 03e9
	0x0020:  5012 7120 9e76 0000
IP 192.0.2.1.40000 > 198.51.100.5.80: Flags [P.], seq 1:28, ack 1, win 502, length 27: HTTP: GET / HTTP/1.1
	0x0000:  4500 0043 0001 4000 4006 4e7a c000 0201
	0x0010:  c633 6405 9c40 0050 0000 03e9 0000 1389
	0x0020:  5018 01f6 b9c9 0000 4745 5420 2f20 4854
	0x0030:  5450 2f31 2e31 0d0a 486f 7374 3a20 780d
	0x0040:  0a0d 0a
IP 192.0.2.1.40001 > 198.51.100.5.40002: UDP, length 5
	0x0000:  4500 0021 0001 4000 4011 4e91 c000 0201
	0x0010:  c633 6405 9c41 9c42 000d 9743 6865 6c6c
	0x0020:  6f
IP 192.0.2.1 > 198.51.100.5: ICMP echo request, id 4660, seq 7, length 16
	0x0000:  4500 0024 0001 4000 4001 4e9e c000 0201
	0x0010:  c633 6405 0800 542f 1234 0007 6162 6364
	0x0020:  6566 6768
IP6 2001:db8::1 > fe80::1: ICMP6, echo request, id 5, seq 9, length 11
	0x0000:  6000 0000 000b 3a40 2001 0db8 0000 0000
	0x0010:  0000 0000 0000 0001 fe80 0000 0000 0000
	0x0020:  0000 0000 0000 0001 8000 60f6 0005 0009
	0x0030:  7879 7a
IP 192.0.2.1.40001 > 198.51.100.5.40002: UDP, length 2
	0x0000:  4500 001e 0001 4000 4011 4e94 c000 0201
	0x0010:  c633 6405 9c41 9c42 000a 72b2 6869
IP6 2001:db8::1.40003 > fe80::1.40004: UDP, length 3
	0x0000:  6000 0000 000b 1140 2001 0db8 0000 0000
	0x0010:  0000 0000 0000 0001 fe80 0000 0000 0000
	0x0020:  0000 0000 0000 0001 9c43 9c44 000b d6b1
	0x0030:  6162 63
IP 192.0.2.1 > 198.51.100.5: ip-proto-17
	0x0000:  4500 0024 0001 200a 4011 6e84 c000 0201
	0x0010:  c633 6405 7878 7878 7878 7878 7878 7878
	0x0020:  7878 7878
IP truncated-ip - 4 bytes missing! 192.0.2.1.1 > 198.51.100.5.2:  [|tcp]
	0x0000:  4500 0028 0001 4000 4006 4e95 c000 0201
	0x0010:  c633 6405 0001 0002 0000 0003 0000
IP 198.51.100.5 > 192.0.2.1: ICMP 198.51.100.5 udp port 53 unreachable, length 36
	0x0000:  4500 0038 0001 4000 4001 4e8a c633 6405
	0x0010:  c000 0201 0303 e950 0000 0000 4500 001c
	0x0020:  0001 4000 4011 4e96 c000 0201 c633 6405
	0x0030:  9c41 0035 0008 772d
STP 802.1d, Config, Flags [none], bridge-id 8000.52:54:00:12:34:56.8001, length 35
	0x0000:  0000 0000 0080 0052 5400 1234 5600 0000
	0x0010:  0480 0052 5400 1234 5680 0100 0014 0002
	0x0020:  000f 00
"#;

/// Without -n, addresses print as host names: /etc/hosts entries and DNS
/// PTR answers (from a fake server on 127.0.0.1), numbers for NXDOMAIN.
/// The localhost lines are tcpdump's on the same frames (under unshare
/// --net, 127.0.0.1 localhost in /etc/hosts).
#[test]
fn host_names_from_hosts_and_dns() {
    use crate::netdb::resolve::{Resolver, tests::conf, tests::fake_dns};
    const PTR: &[(&str, &str)] = &[(
        "1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa",
        "six.example",
    )];
    let (server, _heard) = fake_dns(PTR, std::time::Duration::ZERO);
    let mut r = Resolver::with("127.0.0.1 localhost\n", conf(server, 2000));
    r.set_wait(true);
    let mut p = Printer::new(
        PrintOptions {
            numeric: 0,
            time: TimeFormat::None,
            ..PrintOptions::default()
        },
        LinkType::Ethernet,
    );
    p.names = names::Names::with_resolver(r);
    let frames = [
        "66778899aabb001122334455080045000028000100004006f1cd7f0000010a000001005004d200000000000000005002200001bf0000",
        "66778899aabb00112233445508060001080006040001000000000000 7f0000010000000000007f000001",
        "66778899aabb00112233445508004500003800010000400166c20a0000010a00000205017a197f0000014500001c0001000040117cce7f0000017f00000100010002000801d9",
        "66778899aabb00112233445586dd6000000000083a4020010db8000000000000000000000001fe8000000000000000000000000000018000813a00000000",
    ];
    let mut out = Vec::new();
    for hex in frames {
        let data = unhex(&hex.replace(' ', ""));
        let pkt = Packet::bare(&data, data.len() as u32, 1_700_000_000, 0);
        p.print(&mut out, &pkt);
    }
    assert_lines(
        &String::from_utf8(out).unwrap(),
        "IP localhost.http > 10.0.0.1.1234: Flags [S], seq 0, win 8192, length 0
ARP, Request who-has localhost tell localhost, length 28
IP 10.0.0.1 > 10.0.0.2: ICMP redirect localhost to host localhost, length 36
IP6 six.example > fe80::1: ICMP6, echo request, id 0, seq 0, length 8
",
    );
}

/// Options as `tcpdump -t -n` plus `verbose` -v's.
pub(crate) fn numeric(verbose: u8) -> PrintOptions {
    PrintOptions {
        numeric: 1,
        verbose,
        time: TimeFormat::None,
        // UTC, as tcpdump's test suite (TZ=GMT0) and the golden lines.
        zone: Zone::Fixed(0),
        ..PrintOptions::default()
    }
}

/// As `numeric`, with -e.
pub(crate) fn numeric_e(verbose: u8) -> PrintOptions {
    PrintOptions {
        link_header: true,
        ..numeric(verbose)
    }
}

/// A link type tcpdump has no printer for (here LINKTYPE_USER0): the word
/// UNSUPPORTED, then the bytes as -X shows them; -x adds its own dump.
#[test]
fn unsupported_link_type_as_tcpdump_prints_it() {
    let data = unhex(
        "ffffffffffff0200000000010800450000200001000040\
         11f9cbc6120001c612000200010002000c000061626364",
    );
    let pkt = Packet::bare(&data, data.len() as u32, 1, 5_000);
    let mut out = Vec::new();
    Printer::new(opts(), LinkType::Other(147)).print(&mut out, &pkt);
    assert_lines(
        &String::from_utf8(out).unwrap(),
        "UNSUPPORTED
\t0x0000:  ffff ffff ffff 0200 0000 0001 0800 4500  ..............E.
\t0x0010:  0020 0001 0000 4011 f9cb c612 0001 c612  ......@.........
\t0x0020:  0002 0001 0002 000c 0000 6162 6364       ..........abcd",
    );
}
