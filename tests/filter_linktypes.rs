//! Filters on every link type afsniff compiles for, against tcpdump 4.99.3
//! (libpcap 1.10.3): for each, a pcap file holding only the header of that
//! link type, and for a table of expressions `afsniff -r F -d EXPR` next to
//! `tcpdump -r F -d EXPR`: the same accept or refuse, and the same listing
//! except where afsniff's form differs on purpose (protochain, see the man
//! page). The median ratio of listing lengths is printed.

mod common;

use std::path::Path;
use std::process::Output;

/// (libpcap's DLT name, LINKTYPE_ number).
const LINK_TYPES: &[(&str, u32)] = &[
    ("NULL", 0),
    ("EN10MB", 1),
    ("IEEE802", 6),
    ("ARCNET", 7),
    ("SLIP", 8),
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

/// Listings that may differ, with why: afsniff unrolls protochain's loop
/// (the kernel refuses libpcap's backward jump).
const DIFFERENT_ON_PURPOSE: &[&str] = &["ip protochain 6", "ip6 protochain 17"];

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
            if a != b && !DIFFERENT_ON_PURPOSE.contains(&expr) {
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

#[test]
fn every_link_type_compiles_as_libpcap_does() {
    if !common::require_tcpdump("every_link_type_compiles_as_libpcap_does") {
        return;
    }
    let dir = common::tempdir();
    let mut failures = Vec::new();
    let mut ratios = Vec::new();
    for &(name, linktype) in LINK_TYPES {
        let file = dir.join(format!("{name}.pcap"));
        common::write_pcap(&file, linktype, false, &[]);
        for expr in EXPRESSIONS {
            failures.extend(compare(&file, name, expr, &mut ratios));
        }
    }
    ratios.sort_by(|a, b| a.total_cmp(b));
    let median = ratios.get(ratios.len() / 2).copied().unwrap_or(1.0);
    eprintln!(
        "{} listings compared on {} link types; median length ratio afsniff/tcpdump {median:.3}",
        ratios.len(),
        LINK_TYPES.len()
    );
    assert!(
        failures.is_empty(),
        "{} disagreements with tcpdump (files kept in {}):\n{}",
        failures.len(),
        dir.display(),
        failures.join("\n")
    );
    let _ = std::fs::remove_dir_all(&dir);
}
