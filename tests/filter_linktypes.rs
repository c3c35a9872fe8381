//! Filters on every link type afsniff compiles for, against tcpdump 4.99.3
//! (libpcap 1.10.3): for each, a pcap file holding only the header of that
//! link type, and for a table of expressions `afsniff -r F -d EXPR` next to
//! `tcpdump -r F -d EXPR`: the same accept or refuse, and the same listing
//! (protochain's too: off the kernel it is libpcap's loop). The median
//! ratio of listing lengths is printed. The keywords of link types with
//! headers of their own (pflog, MTP2/SS7, SunATM, ARCnet addresses) are
//! compared on those and on a few others, and their verdicts on generated
//! frames against `tcpdump -r F -w OUT EXPR`.

mod common;

use common::frames::*;
use std::path::Path;
use std::process::Output;

/// (libpcap's DLT name, LINKTYPE_ number).
const LINK_TYPES: &[(&str, u32)] = &[
    ("NULL", 0),
    ("EN10MB", 1),
    ("IEEE802", 6),
    ("ARCNET", 7),
    ("SLIP", 8),
    ("SLIP_BSDOS", 102),
    ("PPP_BSDOS", 103),
    ("PPP", 9),
    ("FDDI", 10),
    ("PPP_SERIAL", 50),
    ("PPP_ETHER", 51),
    ("ATM_RFC1483", 100),
    ("RAW", 101),
    ("C_HDLC", 104),
    ("ATM_CLIP", 106),
    ("LOOP", 108),
    ("ENC", 109),
    ("LINUX_SLL", 113),
    ("LTALK", 114),
    ("IP_OVER_FC", 122),
    ("ARCNET_LINUX", 129),
    ("PPP_PPPD", 166),
    ("IPNET", 226),
    ("IPV4", 228),
    ("IPV6", 229),
    ("LINUX_SLL2", 276),
    ("SYMANTEC_FIREWALL", 99),
    ("FRELAY", 107),
    ("JUNIPER_MLPPP", 130),
    ("JUNIPER_ATM2", 135),
    ("JUNIPER_ATM1", 137),
    ("APPLE_IP_OVER_IEEE1394", 138),
    ("JUNIPER_MONITOR", 164),
    ("JUNIPER_PPPOE_ATM", 168),
    ("JUNIPER_ETHER", 178),
    ("JUNIPER_PPP", 179),
    ("JUNIPER_GGSN", 133),
    ("NETANALYZER", 240),
    ("NETANALYZER_TRANSPARENT", 241),
    // libpcap compiles for these but names no protocol on them.
    ("MTP2", 140),
    ("DOCSIS", 143),
    ("LINUX_IRDA", 144),
    ("LINUX_LAPD", 177),
    ("MFR", 182),
    ("USB_LINUX", 189),
    ("IEEE802_15_4", 195),
    ("CAN_SOCKETCAN", 227),
    ("NFLOG", 239),
    ("IPOIB", 242),
    ("VSOCK", 271),
    ("DSA_TAG_DSA", 284),
    // Link types with keywords of their own (KEYWORD_EXPRESSIONS).
    ("PFLOG", 117),
    ("SUNATM", 123),
    ("MTP2_WITH_PHDR", 139),
    ("ERF", 197),
];

/// Where the keywords of KEYWORD_EXPRESSIONS are compared: the link types
/// they belong to, and some where libpcap refuses them.
const KEYWORD_LINK_TYPES: &[(&str, u32)] = &[
    ("PFLOG", 117),
    ("SUNATM", 123),
    ("MTP2_WITH_PHDR", 139),
    ("MTP2", 140),
    ("ERF", 197),
    ("EN10MB", 1),
    ("PPP", 9),
    ("LINUX_SLL2", 276),
    ("ARCNET", 7),
    ("ARCNET_LINUX", 129),
    ("FDDI", 10),
];

/// pcap-filter's keywords of pflog, MTP2 and SS7, and SunATM, alone and
/// with the protocols behind those headers.
const KEYWORD_EXPRESSIONS: &[&str] = &[
    "ifname em0",
    "on lo0 and tcp",
    "rnr 5",
    "rulenum 7 or srnr 3",
    "subrulenum 2",
    "reason match",
    "reason 4",
    "reason bad-offset",
    "action block",
    "action pass and udp port 53",
    "rset main",
    "ruleset abcdefghijklmnop",
    "ifname abcdefghijklmno",
    "inbound and ip",
    "outbound or ip6",
    "ip[0] & 0xf > 5",
    "ip6[6] = 17",
    "tcp portrange 1-100",
    "icmp6[0] = 128",
    "fisu",
    "lssu",
    "msu",
    "hfisu",
    "hlssu",
    "hmsu",
    "not fisu and not lssu",
    "sio 3",
    "sio > 3",
    "sio <= 3",
    "sio != 3",
    "sio (1 or 2 or 3)",
    "sio 256",
    "opc 5",
    "opc 16384",
    "dpc > 7",
    "sls (1 or 2)",
    "sls 16",
    "hsio 3",
    "hopc != 9",
    "hdpc <= 100",
    "hsls >= 2",
    "msu and sio 3 and dpc 100",
    "vpi 1",
    "vci > 5",
    "vci (1 or 2)",
    "vpi != 3",
    "metac",
    "bcc",
    "oamf4ec",
    "oamf4sc",
    "sc",
    "ilmic",
    "oam",
    "oamf4",
    "connectmsg",
    "metaconnect",
    "lane",
    "lane and ip",
    "lane and tcp port 80",
    "lane and ether host 1:2:3:4:5:6",
    "lane and ether src 1:2:3:4:5:6 and ip",
    "lane and broadcast",
    "lane and multicast",
    "lane and vlan and tcp",
    "lane and llc",
    "lane and lane and ip",
    "lane and vpi 1",
    "llc and ip",
    "ip and lane",
    "ip6 and udp",
    "link dst $00",
    "link src $d1",
    "link host $05 and ip",
    "link src and dst $1f",
    "link src or dst $a",
    "link dst ($00 or $01)",
    "not link src $ff",
    "host $00",
    "link net $00",
    "link $ab",
];

/// Expressions whose meaning depends on the link type: protocols named at
/// the link layer, link addresses, direction, encapsulations, and the
/// network and transport offsets behind each header.
const EXPRESSIONS: &[&str] = &[
    "ip",
    "ip6",
    "arp",
    "rarp",
    "tcp",
    "udp port 53",
    "host 192.0.2.1",
    "src net 198.18.0.0/15",
    "ip proto 17",
    "icmp",
    "icmp6",
    "length > 100",
    "len <= 60",
    "greater 100",
    "less 60",
    "ip broadcast",
    "ip multicast",
    "ip6 multicast",
    "iso",
    "stp",
    "ipx",
    "atalk",
    "aarp",
    "decnet",
    "netbeui",
    "esis",
    "isis",
    "clnp",
    "l1",
    "lat",
    "sca",
    "moprc",
    "mopdl",
    "decnet host 1.2",
    "decnet src 10.5",
    "vlan",
    "vlan 10 and ip",
    "mpls",
    "mpls 5 and ip",
    "pppoed",
    "pppoes 3 and ip",
    "inbound",
    "outbound",
    "link proto 0x800",
    "link proto \\ip6",
    "ether proto \\arp",
    "link[0] = 1",
    "ether[2:2] > 5",
    "tcp[13] & 2 != 0",
    "tcp[tcpflags] & tcp-syn != 0",
    "ip[0] & 0xf = 5",
    "ip and tcp port 80",
    "ip6 and udp dst port 53",
    "host ::1",
    "net 2001:db8::/32",
    "arp host 192.0.2.1",
    "ip protochain 6",
    "ip6 protochain 17",
    "not ip and not ip6",
    "ether host 1:2:3:4:5:6",
    "ether src 1:2:3:4:5:6 and ip",
    "ether dst 1:2:3:4:5:6 or ether src 6:5:4:3:2:1",
    "broadcast",
    "ether broadcast",
    "multicast",
    "ether multicast and not ip",
    "llc",
    "llc and ip",
    "llc u",
    "llc s and netbeui",
    "link[0] & 1 = 1 and len > 64",
    "ether[0:4] = 0x4d474300",
];

fn listing(out: &Output) -> Option<String> {
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

fn first_line(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr)
        .lines()
        .find(|l| !l.starts_with("reading from file"))
        .unwrap_or("")
        .to_string()
}

fn compare(file: &Path, name: &str, expr: &str, ratios: &mut Vec<f64>) -> Vec<String> {
    let path = file.to_str().unwrap();
    let ours = common::run(&["-r", path, "-d", expr]);
    let theirs = common::offline_tcpdump()
        .args(["-n", "-r", path, "-d", expr])
        .output()
        .expect("tcpdump runs");
    match (listing(&ours), listing(&theirs)) {
        (Some(a), Some(b)) => {
            ratios.push(a.lines().count() as f64 / b.lines().count() as f64);
            if a != b {
                return vec![format!(
                    "{name}: {expr}: listings differ\n--- afsniff\n{a}--- tcpdump\n{b}"
                )];
            }
            Vec::new()
        }
        (None, None) => Vec::new(),
        (Some(_), None) => vec![format!(
            "{name}: {expr}: afsniff accepts, tcpdump refuses: {}",
            first_line(&theirs)
        )],
        (None, Some(_)) => vec![format!(
            "{name}: {expr}: afsniff refuses, tcpdump accepts: {}",
            first_line(&ours)
        )],
    }
}

/// Compares every expression on every link type; returns the failures and
/// the listing-length ratios.
fn compare_all(link_types: &[(&str, u32)], exprs: &[&str]) -> (Vec<String>, Vec<f64>) {
    let dir = common::tempdir();
    let mut failures = Vec::new();
    let mut ratios = Vec::new();
    for &(name, linktype) in link_types {
        let file = dir.join(format!("{name}.pcap"));
        common::write_pcap(&file, linktype, false, &[]);
        for expr in exprs {
            failures.extend(compare(&file, name, expr, &mut ratios));
        }
    }
    if failures.is_empty() {
        let _ = std::fs::remove_dir_all(&dir);
    }
    (failures, ratios)
}

#[test]
fn every_link_type_compiles_as_libpcap_does() {
    if !common::require_tcpdump("every_link_type_compiles_as_libpcap_does") {
        return;
    }
    let (failures, mut ratios) = compare_all(LINK_TYPES, EXPRESSIONS);
    ratios.sort_by(|a, b| a.total_cmp(b));
    let median = ratios.get(ratios.len() / 2).copied().unwrap_or(1.0);
    eprintln!(
        "{} listings compared on {} link types; median length ratio afsniff/tcpdump {median:.3}",
        ratios.len(),
        LINK_TYPES.len()
    );
    assert!(
        failures.is_empty(),
        "{} disagreements with tcpdump:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn link_header_keywords_compile_as_libpcap_does() {
    if !common::require_tcpdump("link_header_keywords_compile_as_libpcap_does") {
        return;
    }
    let (failures, ratios) = compare_all(KEYWORD_LINK_TYPES, KEYWORD_EXPRESSIONS);
    assert!(ratios.len() > 100, "only {} accepted", ratios.len());
    assert!(
        failures.is_empty(),
        "{} disagreements with tcpdump:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// A pflog header (OpenBSD's struct pfloghdr, 61 bytes, padded to 64)
/// before an IPv4 or IPv6 packet.
fn pflog_frame(r: &mut XorShift) -> Vec<u8> {
    let is_v6 = r.below(3) == 0;
    let mut h = vec![0u8; 64];
    h[0] = 61;
    h[1] = if is_v6 { 10 } else { 2 };
    h[2] = *r.pick(&[0u8, 1, 2]);
    h[3] = *r.pick(&[0u8, 1, 4]);
    let ifnames: [&[u8]; 3] = [b"em0", b"lo0", b"em"];
    let ifname = *r.pick(&ifnames);
    h[4..4 + ifname.len()].copy_from_slice(ifname);
    let rulesets: [&[u8]; 3] = [b"main", b"", b"mai"];
    let ruleset = *r.pick(&rulesets);
    h[20..20 + ruleset.len()].copy_from_slice(ruleset);
    h[36..40].copy_from_slice(&u32::to_be_bytes(*r.pick(&[5, 7, 0])));
    h[40..44].copy_from_slice(&u32::to_be_bytes(*r.pick(&[3, 2, 0])));
    h[60] = *r.pick(&[1u8, 2]);
    let ports = [53u16, 80, 22, 100, 1000];
    let l4 = if r.below(2) == 0 {
        (6, tcp(*r.pick(&ports), *r.pick(&ports), 2, &[]))
    } else {
        (17, udp(*r.pick(&ports), *r.pick(&ports), &[1, 2, 3]))
    };
    if is_v6 {
        let nh = if r.below(4) == 0 { 58 } else { l4.0 };
        h.extend(ipv6(v6(V6[0]), v6(V6[1]), nh, &l4.1));
    } else if r.below(4) == 0 {
        h.extend(ipv4_opts(V4[0], V4[1], l4.0, &l4.1));
    } else {
        h.extend(ipv4(V4[0], V4[1], l4.0, 0, &l4.1));
    }
    h
}

/// A SunATM frame: the pseudo-header (protocol, VPI, VCI), then an
/// LLC/SNAP packet, a LANE frame (LEC ID and Ethernet) or signalling.
fn sunatm_frame(r: &mut XorShift) -> Vec<u8> {
    let vci = *r.pick(&[1u16, 2, 3, 4, 5, 16, 100]);
    let mut f = vec![0, *r.pick(&[0u8, 1, 3]), 0, 0];
    f[2..4].copy_from_slice(&vci.to_be_bytes());
    let ip = ipv4(V4[0], V4[1], 6, 0, &tcp(80, 1000, 2, &[]));
    match r.below(3) {
        0 => {
            f[0] = 0x02;
            f.extend([0xaa, 0xaa, 0x03, 0, 0, 0, 0x08, 0x00]);
            f.extend(ip);
        }
        1 => {
            f[0] = 0x01;
            f.extend(*r.pick(&[[0xffu8, 0x00], [0x00, 0x01]]));
            let dst = *r.pick(&[BCAST, MCAST, [1, 2, 3, 4, 5, 6]]);
            let src = *r.pick(&[MAC_A, [1, 2, 3, 4, 5, 6]]);
            f.extend(eth(dst, src, 0x0800, &ip));
        }
        _ => {
            f[0] = 0x05;
            f.extend([0x09, 0, 0, 0, 0, *r.pick(&[0x05u8, 0x07, 0x5a, 0x46])]);
        }
    }
    f
}

/// Bytes of any kind: MTP2's fields are all in the first dozen, ARCnet's
/// addresses in the first two.
fn random_bytes(r: &mut XorShift) -> Vec<u8> {
    (0..r.below(32)).map(|_| r.next() as u8).collect()
}

/// Makes one frame of a link type from a random source.
type FrameMaker = fn(&mut XorShift) -> Vec<u8>;

/// Frames of one maker, each also cut short at a random place.
fn frames(make: FrameMaker, seed: u64) -> Vec<Vec<u8>> {
    let mut r = XorShift(seed);
    let mut out = Vec::new();
    for _ in 0..150 {
        let f = make(&mut r);
        let cut = r.below(f.len() as u64 + 1) as usize;
        out.push(f[..cut].to_vec());
        out.push(f);
    }
    out
}

#[test]
fn link_header_keywords_keep_what_libpcap_keeps() {
    if !common::require_tcpdump("link_header_keywords_keep_what_libpcap_keeps") {
        return;
    }
    let dir = common::tempdir();
    let out = dir.join("kept.pcap");
    let mut failures = Vec::new();
    // Verdicts compared, and of those the ones that keep some packets
    // and drop others.
    let (mut compared, mut split) = (0, 0);
    let cases: [(u32, FrameMaker); 6] = [
        (117, pflog_frame),
        (123, sunatm_frame),
        (139, random_bytes),
        (140, random_bytes),
        (7, random_bytes),
        (129, random_bytes),
    ];
    for (linktype, make) in cases {
        let file = dir.join(format!("{linktype}.pcap"));
        let records: Vec<common::Record> = frames(make, u64::from(linktype) * 7919)
            .into_iter()
            .enumerate()
            .map(|(i, f)| (i as u32, 0, f.len() as u32 + 4, f))
            .collect();
        common::write_pcap(&file, linktype, false, &records);
        for expr in KEYWORD_EXPRESSIONS {
            let (kept, theirs) = match (
                common::afsniff_keeps(linktype, expr, &records),
                common::tcpdump_keeps(&file, &out, expr),
            ) {
                (Some(kept), Some(theirs)) => (kept, theirs),
                (None, Some(_)) => {
                    failures.push(format!("{linktype}: {expr}: afsniff refuses"));
                    continue;
                }
                (Some(_), None) => {
                    failures.push(format!("{linktype}: {expr}: tcpdump refuses"));
                    continue;
                }
                (None, None) => continue,
            };
            compared += 1;
            if !kept.is_empty() && kept.len() < records.len() {
                split += 1;
            }
            if kept != theirs {
                let first = kept
                    .iter()
                    .zip(&theirs)
                    .find(|(a, b)| a != b)
                    .map_or(kept.len().min(theirs.len()), |(a, _)| *a as usize);
                failures.push(format!(
                    "{linktype}: {expr}: afsniff keeps {}, tcpdump {} (first difference near record {first})",
                    kept.len(),
                    theirs.len()
                ));
            }
        }
    }
    eprintln!("{compared} verdict sets compared, {split} keeping some packets only");
    assert!(
        compared > 80 && split > 50,
        "{compared} compared, {split} split"
    );
    assert!(
        failures.is_empty(),
        "{} disagreements (files in {}):\n{}",
        failures.len(),
        dir.display(),
        failures.join("\n")
    );
    let _ = std::fs::remove_dir_all(&dir);
}
