//! Built frames of each kind give the expected objects; any bytes give one
//! valid object per line.

use serde_json::{Value, json};

use super::JsonPrinter;
use crate::link::LinkType;
use crate::packet::Packet;

const MAC_A: [u8; 6] = [0x02, 0, 0, 0, 0, 0x01];
const MAC_B: [u8; 6] = [0x52, 0x54, 0, 0x12, 0x34, 0x56];

fn print_with(link: LinkType, data: &[u8], pkttype: Option<u8>) -> Value {
    let pkt = Packet {
        ts_sec: 1_700_000_000,
        ts_nsec: 15_000,
        recorded: None,
        wire_len: data.len() as u32 + 4,
        data,
        pkttype,
        ifindex: pkttype.map(|_| 3),
    };
    let mut out = Vec::new();
    JsonPrinter::new(link).print(&mut out, &pkt);
    let text = String::from_utf8(out).expect("JSON output is UTF-8");
    assert!(
        text.ends_with('\n') && text.matches('\n').count() == 1,
        "{text}"
    );
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

fn print(link: LinkType, data: &[u8]) -> Value {
    print_with(link, data, None)
}

fn eth(ethertype: u16, payload: &[u8]) -> Vec<u8> {
    let mut f = Vec::new();
    f.extend_from_slice(&MAC_B);
    f.extend_from_slice(&MAC_A);
    f.extend_from_slice(&ethertype.to_be_bytes());
    f.extend_from_slice(payload);
    f
}

fn ipv4(proto: u8, payload: &[u8]) -> Vec<u8> {
    let total = (20 + payload.len()) as u16;
    let mut p = vec![0x45, 0x10];
    p.extend_from_slice(&total.to_be_bytes());
    p.extend_from_slice(&[0x12, 0x34, 0x40, 0x00, 64, proto, 0, 0]);
    p.extend_from_slice(&[198, 18, 0, 1, 198, 18, 0, 2]);
    p.extend_from_slice(payload);
    p
}

fn ipv6(next: u8, payload: &[u8]) -> Vec<u8> {
    let mut p = vec![0x60, 0x0a, 0xbc, 0xde];
    p.extend_from_slice(&(payload.len() as u16).to_be_bytes());
    p.extend_from_slice(&[next, 63]);
    let mut src = [0u8; 16];
    src[..2].copy_from_slice(&[0x20, 0x01]);
    src[2..4].copy_from_slice(&[0x0d, 0xb8]);
    src[15] = 1;
    let mut dst = src;
    dst[15] = 2;
    p.extend_from_slice(&src);
    p.extend_from_slice(&dst);
    p.extend_from_slice(payload);
    p
}

fn tcp(flags: u8, options: &[u8], payload: &[u8]) -> Vec<u8> {
    let hlen = 20 + options.len();
    assert_eq!(hlen % 4, 0);
    let mut t = Vec::new();
    t.extend_from_slice(&40000u16.to_be_bytes());
    t.extend_from_slice(&443u16.to_be_bytes());
    t.extend_from_slice(&1_000_000u32.to_be_bytes());
    t.extend_from_slice(&7u32.to_be_bytes());
    t.extend_from_slice(&[((hlen / 4) as u8) << 4, flags]);
    t.extend_from_slice(&65535u16.to_be_bytes());
    t.extend_from_slice(&[0, 0, 0, 0]);
    t.extend_from_slice(options);
    t.extend_from_slice(payload);
    t
}

fn udp(sport: u16, dport: u16, payload: &[u8]) -> Vec<u8> {
    let mut u = Vec::new();
    u.extend_from_slice(&sport.to_be_bytes());
    u.extend_from_slice(&dport.to_be_bytes());
    u.extend_from_slice(&((8 + payload.len()) as u16).to_be_bytes());
    u.extend_from_slice(&[0, 0]);
    u.extend_from_slice(payload);
    u
}

/// A query for example.com AAAA, with a compressed second question.
fn dns_query() -> Vec<u8> {
    let mut m = vec![0xbe, 0xef, 0x01, 0x00, 0, 2, 0, 0, 0, 0, 0, 1];
    m.extend_from_slice(b"\x07example\x03com\x00");
    m.extend_from_slice(&[0, 28, 0, 1]);
    m.extend_from_slice(&[0xc0, 12, 0, 1, 0, 1]);
    m
}

#[test]
fn top_level_fields() {
    let v = print(LinkType::Ethernet, &eth(0x88cc, &[0; 30]));
    assert_eq!(v["schema"], 3);
    assert_eq!(v["ts"], "2023-11-14T22:13:20.000015000Z");
    assert_eq!(v["ts_ns"], 1_700_000_000_000_015_000u64);
    assert_eq!(
        (v["caplen"].as_u64(), v["len"].as_u64()),
        (Some(44), Some(48))
    );
    assert_eq!(v["link"], "EN10MB");
    assert_eq!(
        v["eth"],
        json!({"src": "02:00:00:00:00:01", "dst": "52:54:00:12:34:56", "ethertype": 0x88cc})
    );
    assert!(v.get("ifindex").is_none() && v.get("dir").is_none());
    let live = print_with(
        LinkType::Ethernet,
        &eth(0x88cc, &[]),
        Some(libc::PACKET_OUTGOING),
    );
    assert_eq!(
        (live["ifindex"].as_u64(), live["dir"].as_str()),
        (Some(3), Some("out"))
    );
}

#[test]
fn tcp_over_ipv4() {
    let options = [
        2, 4, 0x05, 0xb4, 1, 3, 3, 7, 4, 2, 8, 10, 0, 0, 0, 1, 0, 0, 0, 2, 1, 1, 1, 1,
    ];
    let frame = eth(0x0800, &ipv4(6, &tcp(0x12, &options, b"hi")));
    let v = print(LinkType::Ethernet, &frame);
    assert_eq!(
        v["ip"],
        json!({"version": 4, "src": "198.18.0.1", "dst": "198.18.0.2", "ttl": 64, "proto": 6, "id": 0x1234,
               "flags": "DF", "frag_offset": 0, "len": 66, "hlen": 20, "tos": 16})
    );
    assert_eq!(
        v["tcp"],
        json!({"sport": 40000, "dport": 443, "seq": 1_000_000, "ack": 7, "flags": "SA",
               "win": 65535, "urp": 0, "hlen": 44,
               "options": [{"kind": "mss", "mss": 1460}, {"kind": "nop"},
                           {"kind": "wscale", "shift": 7}, {"kind": "sackOK"},
                           {"kind": "timestamp", "val": 1, "ecr": 2},
                           {"kind": "nop"}, {"kind": "nop"}, {"kind": "nop"}, {"kind": "nop"}]})
    );
    assert!(v.get("truncated").is_none() && v.get("error").is_none());
}

#[test]
fn tcp_flags_in_bit_order_and_bad_options() {
    let v = print(
        LinkType::Ethernet,
        &eth(0x0800, &ipv4(6, &tcp(0xff, &[], &[]))),
    );
    assert_eq!(v["tcp"]["flags"], "FSRPAUEC");
    // An option claiming 40 bytes in a 4-byte option space.
    let v = print(
        LinkType::Ethernet,
        &eth(0x0800, &ipv4(6, &tcp(0x10, &[2, 40, 0, 0], &[]))),
    );
    assert_eq!(v["tcp"]["options_malformed"], true);
    assert_eq!(v["tcp"]["flags"], "A");
}

#[test]
fn vlan_stack_then_udp_over_ipv6() {
    let inner = ipv6(17, &udp(5000, 6000, b"data"));
    let mut tags = vec![0x20, 0x64, 0x81, 0x00, 0x00, 0xc8, 0x86, 0xdd];
    tags.extend_from_slice(&inner);
    let v = print(LinkType::Ethernet, &eth(0x88a8, &tags));
    assert_eq!(v["eth"]["ethertype"], 0x88a8);
    assert_eq!(
        v["vlan"],
        json!([{"tpid": 0x88a8, "id": 100, "pcp": 1, "dei": false, "ethertype": 0x8100},
               {"tpid": 0x8100, "id": 200, "pcp": 0, "dei": false, "ethertype": 0x86dd}])
    );
    assert_eq!(
        v["ip"],
        json!({"version": 6, "src": "2001:db8::1", "dst": "2001:db8::2", "hlim": 63, "next_header": 17,
               "flow": 0xabcde, "tclass": 0, "len": 12, "ext": [], "proto": 17})
    );
    assert_eq!(v["udp"], json!({"sport": 5000, "dport": 6000, "len": 12}));
}

#[test]
fn ipv6_extension_headers_and_fragments() {
    // Hop-by-hop (8 bytes) then a first fragment of ICMPv6 echo.
    let echo = [128, 0, 0, 0, 0x12, 0x34, 0, 9];
    let mut ext = vec![44, 0, 1, 4, 0, 0, 0, 0];
    ext.extend_from_slice(&[58, 0, 0x00, 0x01, 0, 0, 0, 42]);
    ext.extend_from_slice(&echo);
    let v = print(LinkType::Ethernet, &eth(0x86dd, &ipv6(0, &ext)));
    assert_eq!(v["ip"]["ext"], json!([0, 44]));
    assert_eq!(
        (v["ip"]["mf"].as_bool(), v["ip"]["frag_id"].as_u64()),
        (Some(true), Some(42))
    );
    assert_eq!(v["ip"]["proto"], 58);
    assert_eq!(
        v["icmpv6"],
        json!({"type": 128, "code": 0, "id": 0x1234, "seq": 9})
    );
    // A later fragment: no transport layer.
    let later = [58, 0, 0x05, 0x00, 0, 0, 0, 42, 1, 2, 3, 4];
    let v = print(LinkType::Ethernet, &eth(0x86dd, &ipv6(44, &later)));
    assert_eq!(v["ip"]["frag_offset"], 0x500);
    assert!(v.get("icmpv6").is_none() && v.get("truncated").is_none());
}

#[test]
fn icmp_echo_and_unreachable() {
    let v = print(
        LinkType::Ethernet,
        &eth(0x0800, &ipv4(1, &[8, 0, 0, 0, 0, 7, 0, 1, 0xaa])),
    );
    assert_eq!(v["icmp"], json!({"type": 8, "code": 0, "id": 7, "seq": 1}));
    let v = print(
        LinkType::Ethernet,
        &eth(0x0800, &ipv4(1, &[3, 3, 0, 0, 0, 0, 0, 0])),
    );
    assert_eq!(v["icmp"], json!({"type": 3, "code": 3}));
}

#[test]
fn arp_request() {
    let mut a = vec![0, 1, 8, 0, 6, 4, 0, 1];
    a.extend_from_slice(&MAC_A);
    a.extend_from_slice(&[198, 18, 0, 1]);
    a.extend_from_slice(&[0; 6]);
    a.extend_from_slice(&[198, 18, 0, 2]);
    let v = print(LinkType::Ethernet, &eth(0x0806, &a));
    assert_eq!(
        v["arp"],
        json!({"op": 1, "htype": 1, "ptype": 0x800, "sender_mac": "02:00:00:00:00:01",
               "target_mac": "00:00:00:00:00:00", "sender_ip": "198.18.0.1",
               "target_ip": "198.18.0.2"})
    );
}

#[test]
fn dns_query_summary() {
    let v = print(
        LinkType::Ethernet,
        &eth(0x0800, &ipv4(17, &udp(33000, 53, &dns_query()))),
    );
    assert_eq!(
        v["dns"],
        json!({"id": 0xbeef, "qr": false, "opcode": 0, "aa": false, "tc": false, "rd": true,
               "ra": false, "rcode": 0, "qdcount": 2, "ancount": 0, "nscount": 0, "arcount": 1,
               "questions": [{"name": "example.com", "type": "AAAA", "qtype": 28, "qclass": 1},
                             {"name": "example.com", "type": "A", "qtype": 1, "qclass": 1}]})
    );
    // Over TCP, after the two-byte length.
    let mut framed = (dns_query().len() as u16).to_be_bytes().to_vec();
    framed.extend_from_slice(&dns_query());
    let mut segment = tcp(0x18, &[], &framed);
    segment[2..4].copy_from_slice(&53u16.to_be_bytes());
    let v = print(LinkType::Ethernet, &eth(0x0800, &ipv4(6, &segment)));
    assert_eq!(v["dns"]["questions"][0]["name"], "example.com");
}

#[test]
fn dns_names_that_loop_or_hold_odd_bytes() {
    let mut m = vec![0, 1, 0x81, 0x80, 0, 1, 0, 1, 0, 0, 0, 0];
    m.extend_from_slice(&[0xc0, 12]);
    let v = print(LinkType::Raw, &ipv4(17, &udp(53, 5353, &m)));
    assert_eq!(v["error"], "dns: compression pointer loop");
    let mut m = vec![0, 1, 0x81, 0x80, 0, 1, 0, 0, 0, 0, 0, 0];
    m.extend_from_slice(b"\x04a\"\\\xff\x00\x00\x01\x00\x01");
    let v = print(LinkType::Raw, &ipv4(17, &udp(53, 5353, &m)));
    assert_eq!(v["dns"]["questions"][0]["name"], "a\"\\\u{ff}");
    assert_eq!(v["dns"]["qr"], true);
}

#[test]
fn cooked_loopback_and_raw_links() {
    let packet = ipv4(17, &udp(1, 2, &[]));
    let mut sll2 = vec![0x08, 0x00, 0, 0, 0, 0, 0, 4, 0, 1, 4, 6];
    sll2.extend_from_slice(&MAC_A);
    sll2.extend_from_slice(&[0, 0]);
    sll2.extend_from_slice(&packet);
    let v = print(LinkType::LinuxSll2, &sll2);
    assert_eq!(
        v["sll2"],
        json!({"proto": 0x800, "ifindex": 4, "hatype": 1, "pkttype": 4, "addr": "02:00:00:00:00:01"})
    );
    assert_eq!(v["udp"]["dport"], 2);

    let mut sll = vec![0, 0, 0, 1, 0, 6];
    sll.extend_from_slice(&MAC_B);
    sll.extend_from_slice(&[0, 0, 0x08, 0x00]);
    sll.extend_from_slice(&packet);
    let v = print(LinkType::LinuxSll, &sll);
    assert_eq!(
        v["sll"],
        json!({"pkttype": 0, "hatype": 1, "addr": "52:54:00:12:34:56", "proto": 0x800})
    );
    assert_eq!(v["ip"]["proto"], 17);

    let mut null = vec![2, 0, 0, 0];
    null.extend_from_slice(&packet);
    let v = print(LinkType::Null, &null);
    assert_eq!(
        (v["null"]["family"].as_u64(), v["udp"]["sport"].as_u64()),
        (Some(2), Some(1))
    );
    let mut lo = vec![0, 0, 0, 24];
    lo.extend_from_slice(&ipv6(59, &[]));
    let v = print(LinkType::Loop, &lo);
    assert_eq!(v["ip"]["proto"], 59);

    let v = print(LinkType::Raw, &ipv6(6, &tcp(0x02, &[], &[])));
    assert_eq!(v["tcp"]["flags"], "S");
    assert_eq!(
        print(LinkType::Raw, &[0x50; 30])["error"],
        "raw: not an IPv4 or IPv6 packet"
    );
    let v = print(LinkType::Other(147), &[1, 2, 3]);
    assert_eq!(
        (v["link"].as_str(), v["linktype"].as_u64()),
        (Some("UNKNOWN"), Some(147))
    );
}

#[test]
fn llc_and_snap() {
    let v = print(LinkType::Ethernet, &eth(38, &[0x42, 0x42, 0x03, 0, 0, 0]));
    assert_eq!(v["eth"]["length"], 38);
    assert_eq!(v["llc"], json!({"dsap": 0x42, "ssap": 0x42, "control": 3}));
    let mut snap = vec![0xaa, 0xaa, 0x03, 0, 0, 0, 0x08, 0x06];
    snap.extend_from_slice(&[0, 1, 8, 0, 6, 4, 0, 2]);
    snap.extend_from_slice(&[0; 20]);
    let v = print(LinkType::Ethernet, &eth(64, &snap));
    assert_eq!(
        (v["llc"]["ethertype"].as_u64(), v["arp"]["op"].as_u64()),
        (Some(0x806), Some(2))
    );
    // 1500 is the largest 802.3 length; 1501 is already a type (an unknown
    // one), as tcpdump's line splits them.
    let llc = [0x42, 0x42, 0x03, 0, 0, 0];
    let v = print(LinkType::Ethernet, &eth(1500, &llc));
    assert_eq!(
        (v["eth"]["length"].as_u64(), v["llc"]["dsap"].as_u64()),
        (Some(1500), Some(0x42))
    );
    let v = print(LinkType::Ethernet, &eth(1501, &llc));
    assert_eq!(v["eth"]["ethertype"].as_u64(), Some(1501));
    assert!(v["llc"].is_null(), "{v}");
}

#[test]
fn every_cut_names_the_truncated_layer() {
    let frame = eth(0x0800, &ipv4(6, &tcp(0x02, &[2, 4, 5, 0xb4], &[])));
    let expect = |cut: usize| match cut {
        0..14 => "eth",
        14..34 => "ipv4",
        _ => "tcp",
    };
    for cut in 0..frame.len() {
        let v = print(LinkType::Ethernet, &frame[..cut]);
        assert_eq!(v["truncated"], expect(cut), "cut at {cut}: {v}");
        assert!(v.get("error").is_none());
    }
    assert!(print(LinkType::Ethernet, &frame).get("truncated").is_none());
    let arp = eth(0x0806, &[0, 1, 8, 0, 6, 4, 0, 1, 1, 2, 3]);
    assert_eq!(print(LinkType::Ethernet, &arp)["truncated"], "arp");
    let dns = eth(0x0800, &ipv4(17, &udp(53, 53, &dns_query()[..20])));
    let v = print(LinkType::Ethernet, &dns);
    assert_eq!(
        (v["truncated"].as_str(), v["dns"]["id"].as_u64()),
        (Some("dns"), Some(0xbeef))
    );
}

#[test]
fn header_lengths_that_lie_are_errors() {
    let mut bad = ipv4(6, &[0; 20]);
    bad[0] = 0x44;
    assert_eq!(
        print(LinkType::Raw, &bad)["error"],
        "ipv4: header length below 20"
    );
    let mut seg = tcp(0x10, &[], &[]);
    seg[12] = 0x30;
    let v = print(LinkType::Raw, &ipv4(6, &seg));
    assert_eq!(v["error"], "tcp: header length below 20");
    assert!(v.get("tcp").is_none());
}

/// xorshift: reproducible bytes without a dependency.
fn noise(seed: &mut u64, len: usize) -> Vec<u8> {
    (0..len)
        .map(|_| {
            *seed ^= *seed << 13;
            *seed ^= *seed >> 7;
            *seed ^= *seed << 17;
            (*seed >> 24) as u8
        })
        .collect()
}

#[test]
fn random_bytes_always_give_one_valid_object() {
    let links = LinkType::DECODED;
    let mut seed = 0x9e37_79b9_7f4a_7c15;
    let templates = [
        eth(
            0x0800,
            &ipv4(6, &tcp(0x12, &[1, 1, 8, 10, 0, 0, 0, 1, 0, 0, 0, 2], b"x")),
        ),
        eth(0x0800, &ipv4(17, &udp(53, 53, &dns_query()))),
        eth(
            0x86dd,
            &ipv6(0, &[17, 0, 0, 0, 0, 0, 0, 0, 0, 35, 0, 53, 0, 8, 0, 0]),
        ),
        eth(0x8100, &[0, 5, 0x08, 0x06, 0, 1, 8, 0, 6, 4, 0, 1]),
    ];
    let mut printer_out = Vec::new();
    for round in 0..20_000 {
        let link = links[round % links.len()];
        let data = if round % 2 == 0 {
            noise(&mut seed, round % 120)
        } else {
            // A real frame with a few bytes flipped and a random cut.
            let mut f = templates[round % templates.len()].clone();
            for r in noise(&mut seed, 3) {
                let at = usize::from(r) % f.len();
                f[at] ^= noise(&mut seed, 1)[0];
            }
            let cut = usize::from(noise(&mut seed, 1)[0]) % (f.len() + 1);
            f.truncate(cut);
            f
        };
        printer_out.clear();
        let pkt = Packet::bare(
            &data,
            data.len() as u32,
            i64::from(noise(&mut seed, 1)[0]) - 128,
            999_999_999,
        );
        JsonPrinter::new(link).print(&mut printer_out, &pkt);
        let text = std::str::from_utf8(&printer_out).unwrap();
        assert_eq!(text.matches('\n').count(), 1, "{text}");
        let v: Value = serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}: {text}"));
        assert_eq!(v["schema"], 3);
    }
}

#[test]
fn mpls_pppoe_and_rarp_carry_on_to_ip() {
    // Two labels (100, then 200 at the bottom of the stack), then IPv4/UDP.
    let mut stack = vec![0x00, 0x06, 0x40, 0x40, 0x00, 0x0c, 0x81, 0x3f];
    stack.extend_from_slice(&ipv4(17, &udp(7, 9, &[])));
    let v = print(LinkType::Ethernet, &eth(0x8847, &stack));
    assert_eq!(
        v["mpls"],
        json!([{"label": 100, "tc": 0, "s": false, "ttl": 64},
               {"label": 200, "tc": 0, "s": true, "ttl": 63}])
    );
    assert_eq!(v["udp"]["dport"], 9);

    let inner = ipv6(58, &[129, 0, 0, 0, 0, 1, 0, 2]);
    let mut session = vec![0x11, 0x00, 0x12, 0x34];
    session.extend_from_slice(&((inner.len() + 2) as u16).to_be_bytes());
    session.extend_from_slice(&[0x00, 0x57]);
    session.extend_from_slice(&inner);
    let v = print(LinkType::Ethernet, &eth(0x8864, &session));
    assert_eq!(
        v["pppoe"],
        json!({"code": 0, "session": 0x1234, "len": inner.len() + 2, "ppp_proto": 0x57})
    );
    assert_eq!(
        v["icmpv6"],
        json!({"type": 129, "code": 0, "id": 1, "seq": 2})
    );

    let mut rarp = vec![0, 1, 8, 0, 6, 4, 0, 3];
    rarp.extend_from_slice(&[0; 20]);
    assert_eq!(
        print(LinkType::Ethernet, &eth(0x8035, &rarp))["arp"]["op"],
        3
    );
}

#[test]
fn gre_sctp_and_igmp_headers() {
    let gre = [0x20, 0x00, 0x08, 0x00, 0, 0, 0, 42, 0x45];
    let v = print(LinkType::Raw, &ipv4(47, &gre));
    assert_eq!(v["gre"], json!({"version": 0, "proto": 0x800, "key": 42}));
    // One byte of the inner IPv4 header was captured.
    assert_eq!(v["inner"], json!({"truncated": "ipv4"}));
    assert_eq!(
        print(LinkType::Raw, &ipv4(47, &gre[..6]))["truncated"],
        "gre"
    );

    let mut sctp = vec![0x0b, 0xb8, 0x0b, 0xb9, 0, 0, 0, 5, 0, 0, 0, 0, 1];
    sctp.extend_from_slice(&[0; 3]);
    let v = print(LinkType::Raw, &ipv6(132, &sctp));
    assert_eq!(
        v["sctp"],
        json!({"sport": 3000, "dport": 3001, "vtag": 5, "chunk": 1})
    );

    let v = print(LinkType::Raw, &ipv4(2, &[0x16, 0, 0, 0, 239, 1, 2, 3]));
    assert_eq!(
        v["igmp"],
        json!({"type": 0x16, "max_resp": 0, "group": "239.1.2.3"})
    );
}

#[test]
fn one_selection_reads_ipv4_and_ipv6() {
    // The README's `select(.tcp.flags == "S") | [.ip.src, .tcp.dport]`.
    let select = |v: &Value| {
        (v["tcp"]["flags"] == "S").then(|| (v["ip"]["src"].clone(), v["tcp"]["dport"].clone()))
    };
    let v4 = print(
        LinkType::Ethernet,
        &eth(0x0800, &ipv4(6, &tcp(0x02, &[], &[]))),
    );
    let v6 = print(
        LinkType::Ethernet,
        &eth(0x86dd, &ipv6(6, &tcp(0x02, &[], &[]))),
    );
    assert_eq!(select(&v4), Some((json!("198.18.0.1"), json!(443))));
    assert_eq!(select(&v6), Some((json!("2001:db8::1"), json!(443))));
    assert_eq!(
        (v4["ip"]["version"].as_u64(), v6["ip"]["version"].as_u64()),
        (Some(4), Some(6))
    );
    // A SYN carries nothing the object lacks: no "info".
    assert!(v4.get("info").is_none() && v6.get("info").is_none());
}

#[test]
fn tunnels_nest_their_inner_frames() {
    let echo = ipv4(1, &[8, 0, 0, 0, 0, 7, 0, 1]);
    let mut vxlan = vec![0x08, 0, 0, 0, 0, 0, 42, 0];
    vxlan.extend_from_slice(&eth(0x0800, &echo));
    let v = print(
        LinkType::Ethernet,
        &eth(0x0800, &ipv4(17, &udp(40000, 4789, &vxlan))),
    );
    assert_eq!(v["vxlan"], json!({"flags": 8, "vni": 42}));
    assert_eq!(v["inner"]["eth"]["ethertype"], 0x800);
    assert_eq!(v["inner"]["ip"]["proto"], 1);
    assert_eq!(
        v["inner"]["icmp"],
        json!({"type": 8, "code": 0, "id": 7, "seq": 1})
    );
    assert!(v.get("info").is_none() && v["inner"].get("info").is_none());

    let mut geneve = vec![0x00, 0x00, 0x65, 0x58, 0, 0, 7, 0];
    geneve.extend_from_slice(&eth(0x86dd, &ipv6(6, &tcp(0x02, &[], &[]))));
    let v = print(
        LinkType::Ethernet,
        &eth(0x0800, &ipv4(17, &udp(40000, 6081, &geneve))),
    );
    assert_eq!(
        v["geneve"],
        json!({"version": 0, "vni": 7, "proto": 0x6558, "control": false, "critical": false, "options_len": 0})
    );
    assert_eq!(
        (
            v["inner"]["ip"]["src"].as_str(),
            v["inner"]["tcp"]["flags"].as_str()
        ),
        (Some("2001:db8::1"), Some("S"))
    );

    let mut gre = vec![0, 0, 0x86, 0xdd];
    gre.extend_from_slice(&ipv6(17, &udp(5000, 6000, b"data")));
    let v = print(LinkType::Ethernet, &eth(0x0800, &ipv4(47, &gre)));
    assert_eq!(v["gre"], json!({"version": 0, "proto": 0x86dd}));
    assert_eq!(v["inner"]["ip"]["version"], 6);
    assert_eq!(v["inner"]["udp"]["dport"], 6000);
    // tcpdump: "GREv0, length 56: IP6 2001:db8::1.5000 > 2001:db8::2.6000: UDP, length 4",
    // all of which the inner frame's members hold.
    assert_eq!(v["inner"]["udp"]["len"], 12);
    assert!(v["inner"].get("info").is_none(), "{v}");

    let v = print(LinkType::Raw, &ipv4(4, &ipv4(17, &udp(1, 2, b"xy"))));
    assert_eq!(
        (
            v["ip"]["proto"].as_u64(),
            v["inner"]["udp"]["sport"].as_u64()
        ),
        (Some(4), Some(1))
    );
    let v = print(LinkType::Raw, &ipv4(41, &ipv6(59, &[])));
    assert_eq!(v["inner"]["ip"]["version"], 6);
}

#[test]
fn tunnels_cut_short_or_nested_too_deep() {
    let mut vxlan = vec![0x08, 0, 0, 0, 0, 0, 42, 0];
    vxlan.extend_from_slice(&eth(0x0800, &ipv4(6, &tcp(0x02, &[], &[])))[..20]);
    let v = print(
        LinkType::Ethernet,
        &eth(0x0800, &ipv4(17, &udp(40000, 4789, &vxlan))),
    );
    assert_eq!(v["inner"]["truncated"], "ipv4");
    assert!(v.get("truncated").is_none());
    let v = print(
        LinkType::Ethernet,
        &eth(0x0800, &ipv4(17, &udp(40000, 4789, &vxlan[..5]))),
    );
    assert_eq!(v["truncated"], "vxlan");
    assert!(v.get("inner").is_none());

    let mut packet = ipv4(17, &udp(1, 2, &[]));
    for _ in 0..6 {
        packet = ipv4(4, &packet);
    }
    let v = print(LinkType::Raw, &packet);
    let deepest = &v["inner"]["inner"]["inner"];
    assert_eq!(deepest["error"], "tunnels nested more than 4 deep");
    assert!(deepest.get("inner").is_none());
}

#[test]
fn info_carries_the_rest_of_tcpdumps_line() {
    // Expected text from tcpdump 4.99.3 -tnn on the same frames.
    let mut bad_length = udp(40000, 9999, b"data");
    bad_length[5] = 17;
    let v = print(LinkType::Ethernet, &eth(0x0800, &ipv4(17, &bad_length)));
    assert_eq!(v["info"], "UDP, bad length 9 > 4");
    // Between NTP's port and VXLAN's, tcpdump's order of ports says NTP.
    let mut vxlan = vec![0x08, 0, 0, 0, 0, 0, 42, 0];
    vxlan.extend_from_slice(&eth(0x0800, &[0; 20]));
    let v = print(
        LinkType::Ethernet,
        &eth(0x0800, &ipv4(17, &udp(123, 4789, &vxlan))),
    );
    assert!(v.get("vxlan").is_none() && v.get("inner").is_none(), "{v}");
    assert_eq!(v["info"], "NTPv1, unspecified, length 42");
    let mut http = tcp(0x18, &[], b"GET / HTTP/1.1\r\n\r\n");
    http[2..4].copy_from_slice(&80u16.to_be_bytes());
    let v = print(LinkType::Ethernet, &eth(0x0800, &ipv4(6, &http)));
    assert_eq!(v["info"], "HTTP: GET / HTTP/1.1");
    let mut unreachable = vec![3, 3, 0, 0, 0, 0, 0, 0];
    let mut quoted = ipv4(17, &udp(40000, 53, &[]));
    quoted[12..20].copy_from_slice(&[198, 18, 0, 2, 198, 18, 0, 1]);
    unreachable.extend_from_slice(&quoted);
    let v = print(LinkType::Ethernet, &eth(0x0800, &ipv4(1, &unreachable)));
    assert_eq!(v["icmp"], json!({"type": 3, "code": 3}));
    assert_eq!(
        v["info"],
        "ICMP 198.18.0.1 udp port 53 unreachable, length 36"
    );
    // Under the link layer: the whole first line, without the hex dump.
    let v = print(LinkType::Ethernet, &eth(0x88b5, &[0; 30]));
    assert_eq!(
        v["info"],
        "02:00:00:00:00:01 > 52:54:00:12:34:56, ethertype Unknown (0x88b5), length 48:"
    );
    // TCP payload tcpdump does not decode: the line ends at the length.
    let v = print(
        LinkType::Ethernet,
        &eth(0x0800, &ipv4(6, &tcp(0x18, &[], b"hi"))),
    );
    assert!(v.get("info").is_none(), "{v}");
    // Structured to the end: no info.
    let v = print(
        LinkType::Ethernet,
        &eth(0x0800, &ipv4(17, &udp(33000, 53, &dns_query()))),
    );
    assert!(v.get("info").is_none(), "{v}");
}

/// The line of `-t -nn` for a frame, as the text printer prints it.
fn line(link: LinkType, data: &[u8]) -> String {
    let opts = crate::decode::PrintOptions {
        numeric: 2,
        time: crate::decode::TimeFormat::None,
        ..Default::default()
    };
    let mut out = Vec::new();
    let pkt = Packet::bare(data, data.len() as u32, 0, 0);
    crate::decode::Printer::new(opts, link).print(&mut out, &pkt);
    String::from_utf8(out).unwrap().trim_end().to_string()
}

/// Where the members hold all of tcpdump's line, there is no "info", and
/// the text printer's line ends as the members say (expected lines from
/// tcpdump 4.99.3 -tnn on the same frames).
#[test]
fn no_info_where_the_members_hold_the_line() {
    let mut later_fragment = ipv4(17, &udp(40000, 9999, b"data"));
    later_fragment[6..8].copy_from_slice(&[0x00, 0x10]);
    let mut no_row = tcp(0x18, &[], b"hi");
    no_row[2..4].copy_from_slice(&9999u16.to_be_bytes());
    let mut tagged = vec![0x00, 0x64, 0x86, 0xdd];
    tagged.extend_from_slice(&ipv6(17, &udp(40000, 9999, b"data!")));
    let cases = [
        (
            eth(0x0800, &ipv4(17, &udp(40000, 9999, b"data"))),
            "IP 198.18.0.1.40000 > 198.18.0.2.9999: UDP, length 4",
        ),
        (
            eth(0x8100, &tagged),
            "IP6 2001:db8::1.40000 > 2001:db8::2.9999: UDP, length 5",
        ),
        (later_fragment, "IP 198.18.0.1 > 198.18.0.2: ip-proto-17"),
        (
            eth(0x0800, &ipv4(6, &no_row)),
            "IP 198.18.0.1.40000 > 198.18.0.2.9999: Flags [P.], seq 1000000:1000002, ack 7, win 65535, length 2",
        ),
    ];
    for (n, (frame, want)) in cases.iter().enumerate() {
        let link = if n == 2 {
            LinkType::Raw
        } else {
            LinkType::Ethernet
        };
        let v = print(link, frame);
        assert!(v.get("info").is_none(), "{v}");
        let text = line(link, frame);
        assert_eq!(text, *want);
        let ends = if let Some(len) = v["udp"]["len"].as_u64() {
            format!("UDP, length {}", len - 8)
        } else if v.get("tcp").is_some() {
            let ip = &v["ip"];
            let payload = ip["len"].as_u64().unwrap()
                - ip["hlen"].as_u64().unwrap()
                - v["tcp"]["hlen"].as_u64().unwrap();
            format!(", length {payload}")
        } else {
            format!(": ip-proto-{}", v["ip"]["proto"])
        };
        assert!(text.ends_with(&ends), "{text:?} does not end with {ends:?}");
    }
}
