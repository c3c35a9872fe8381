//! Differential test against libpcap: every expression of
//! tests/data/filters.txt, over frames generated here (Ethernet, raw IP,
//! Linux cooked v1 and v2, BSD and OpenBSD loopback) and over the corpus in
//! tests/data/corpus, must keep exactly the packets
//! `tcpdump -r FILE -w OUT EXPR` keeps, and must be refused exactly when
//! tcpdump refuses it.

mod common;

use afsniff::bpf::interp::{Meta, run};
use afsniff::filter::{Options, compile};
use common::TempDir;
use common::frames::*;
use std::path::{Path, PathBuf};

fn expressions() -> Vec<String> {
    include_str!("data/filters.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect()
}

/// (captured bytes, length on the wire) of each record of a capture; none
/// when there is no file (tcpdump refused the expression).
fn packets(path: &Path) -> Vec<(Vec<u8>, u32)> {
    if !path.exists() {
        return Vec::new();
    }
    common::Capture::read(path)
        .records
        .into_iter()
        .map(|(_, _, wire, data)| (data, wire))
        .collect()
}

/// Compares afsniff with tcpdump on one capture file; returns the failures.
fn compare_file(file: &Path, exprs: &[String]) -> Vec<String> {
    let link = common::Capture::read(file).link();
    let records = packets(file);
    let dir = common::tempdir();
    let out = dir.join("kept.pcap");
    let opts = Options {
        link,
        snaplen: 65535,
        kernel: false,
        optimize: true,
        netmask: 0,
        names: afsniff::netdb::system(),
    };
    let mut failures = Vec::new();
    for expr in exprs {
        let _ = std::fs::remove_file(&out);
        let st = common::offline_tcpdump()
            .arg("-r")
            .arg(file)
            .arg("-w")
            .arg(&out)
            .arg(expr)
            .output()
            .expect("tcpdump runs");
        let ours = compile(expr, &opts);
        let refused = String::from_utf8_lossy(&st.stderr).contains("rejects all packets");
        if !st.status.success() {
            // libpcap gives up on a filter its optimizer proves hopeless;
            // afsniff proves less in some cases and then keeps nothing.
            let keeps_nothing = |p: &afsniff::bpf::Program| {
                records
                    .iter()
                    .all(|(d, w)| run(p, d, *w, &Meta::default()) == 0)
            };
            if refused && ours.as_ref().map_or(true, keeps_nothing) {
                continue;
            }
            if let Ok(p) = ours {
                failures.push(format!(
                    "{expr:?} on {}: tcpdump refuses ({}), afsniff compiles {} insns",
                    file.display(),
                    String::from_utf8_lossy(&st.stderr).trim(),
                    p.len()
                ));
            }
            continue;
        }
        let prog = match ours {
            Ok(p) => p,
            Err(e) if e.message == "expression rejects all packets" && packets(&out).is_empty() => {
                // Proved hopeless where libpcap could not: same (empty) result.
                continue;
            }
            Err(e) => {
                failures.push(format!(
                    "{expr:?} on {}: afsniff refuses: {e}",
                    file.display()
                ));
                continue;
            }
        };
        let kept = packets(&out);
        let mut j = 0;
        let mut bad = Vec::new();
        for (i, (data, wire)) in records.iter().enumerate() {
            let want = j < kept.len() && kept[j].0 == *data;
            if want {
                j += 1;
            }
            let got = run(&prog, data, *wire, &Meta::default()) != 0;
            if got != want {
                bad.push(i);
            }
        }
        if !bad.is_empty() {
            failures.push(format!(
                "{expr:?} on {}: {} verdicts differ, first at record {} ({} bytes)",
                file.display(),
                bad.len(),
                bad[0],
                records[bad[0]].0.len()
            ));
        }
    }
    failures
}

/// A capture of random frames under `linktype`, in a directory of its own.
fn generated(linktype: u32, seed: u64) -> (TempDir, PathBuf) {
    let mut r = XorShift(seed);
    let frames: Vec<Vec<u8>> = (0..1200)
        .filter_map(|n| relink(&random_frame(&mut r), linktype, n))
        .collect();
    let dir = common::tempdir();
    let path = dir.join(format!("gen-{linktype}.pcap"));
    let records = common::pcap::frames_as_records(&frames);
    common::write_pcap_snaplen(&path, linktype, 65535, false, &records);
    (dir, path)
}

fn check_link(linktype: u32) {
    if !common::require_tcpdump("filter_diff") {
        return;
    }
    let (_dir, file) = generated(linktype, 0x9e37_79b9_7f4a_7c15 ^ u64::from(linktype));
    let failures = compare_file(&file, &expressions());
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn ethernet_frames_match_libpcap() {
    check_link(1);
}

#[test]
fn raw_ip_frames_match_libpcap() {
    check_link(101);
}

#[test]
fn linux_cooked_v1_frames_match_libpcap() {
    check_link(113);
}

#[test]
fn linux_cooked_v2_frames_match_libpcap() {
    check_link(276);
}

#[test]
fn bsd_loopback_frames_match_libpcap() {
    check_link(0);
}

#[test]
fn openbsd_loopback_frames_match_libpcap() {
    check_link(108);
}

#[test]
fn corpus_matches_libpcap() {
    if !common::require_tcpdump("filter_diff") {
        return;
    }
    let mut exprs = expressions();
    let dev = std::fs::read_to_string(common::corpus("filters-dev.txt")).expect("filters-dev.txt");
    exprs.extend(
        dev.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(String::from),
    );
    let mut failures = Vec::new();
    // mixed.pcapng holds the same packets as mixed.pcap.
    for name in ["core.pcap", "mixed.pcap", "mixed-nano.pcap"] {
        failures.extend(compare_file(&common::corpus(name), &exprs));
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// One random primitive from every family. Geneve is left out: inside an
/// `or` libpcap reads scratch memory an earlier packet left, which a run of
/// the interpreter per packet cannot show (tests/filter_leftover.rs runs
/// such filters through the binary over whole files).
fn random_primitive(r: &mut XorShift) -> String {
    let v4 = [
        "192.0.2.7",
        "198.51.100.5",
        "203.0.113.9",
        "10.1.2.3",
        "192.0.2.1",
    ];
    let v6 = ["2001:db8::1", "2001:db8:1::53", "fe80::abcd", "ff02::1"];
    let nets = [
        "192.0.2.0/24",
        "10.0.0.0/8",
        "2001:db8::/32",
        "fe80::/10",
        "198.51.100",
        "10.0.0.0 mask 255.0.0.0",
    ];
    let ports = ["22", "53", "80", "443", "4789", "8080", "domain", "http"];
    let dirs = ["", "src ", "dst ", "src or dst ", "src and dst "];
    let d = *r.pick(&dirs);
    match r.below(22) {
        0 => r
            .pick(&[
                "ip", "ip6", "arp", "rarp", "tcp", "udp", "icmp", "icmp6", "igmp", "sctp", "stp",
                "llc", "iso", "pim", "esp",
            ])
            .to_string(),
        1 => format!("{}{d}host {}", r.pick(&["", "ip ", "arp "]), r.pick(&v4)),
        2 => format!("{d}host {}", r.pick(&v6)),
        3 => format!("{d}net {}", r.pick(&nets)),
        4 => format!(
            "{}{d}port {}",
            r.pick(&["", "tcp ", "udp "]),
            r.pick(&ports)
        ),
        5 => {
            let (a, b) = (r.below(9000), r.below(9000));
            format!("{}{d}portrange {a}-{b}", r.pick(&["", "tcp ", "udp "]))
        }
        6 => format!(
            "ether {}{}",
            if d.is_empty() { "host " } else { d },
            r.pick(&[
                "52:54:00:12:34:56",
                "02:00:00:00:00:01",
                "ff:ff:ff:ff:ff:ff"
            ])
        ),
        7 => r
            .pick(&[
                "ether broadcast",
                "ether multicast",
                "ip multicast",
                "ip6 multicast",
                "ip broadcast",
            ])
            .to_string(),
        8 => format!("{} {}", r.pick(&["less", "greater"]), 40 + r.below(1500)),
        9 => format!(
            "len {} {}",
            r.pick(&["<", ">", "=", "<=", ">=", "!="]),
            40 + r.below(300)
        ),
        10 => r
            .pick(&["vlan", "vlan 100", "vlan 200", "vlan 300", "vlan and vlan"])
            .to_string(),
        11 => r
            .pick(&["mpls", "mpls 100", "mpls 16", "mpls and mpls"])
            .to_string(),
        12 => r
            .pick(&["pppoes", "pppoes 1", "pppoed", "pppoes 0x1234"])
            .to_string(),
        13 => format!(
            "{}proto {}",
            r.pick(&["", "ip ", "ip6 "]),
            r.pick(&["1", "6", "17", "58", "132", "\\tcp", "\\udp"])
        ),
        14 => format!(
            "{}protochain {}",
            r.pick(&["ip ", "ip6 "]),
            r.pick(&["6", "17", "58", "44"])
        ),
        15 => format!(
            "ether proto {}",
            r.pick(&["0x800", "0x86dd", "0x806", "0x8100", "\\ip", "\\arp"])
        ),
        16 => format!(
            "tcp[tcpflags] & ({}) {}",
            r.pick(&["tcp-syn", "tcp-ack", "tcp-fin|tcp-rst", "tcp-push"]),
            r.pick(&["!= 0", "= 0"])
        ),
        17 => format!(
            "icmp[icmptype] {} {}",
            r.pick(&["=", "!="]),
            r.pick(&["icmp-echo", "icmp-echoreply", "icmp-unreach"])
        ),
        18 => format!(
            "{}[{}{}] {} {}",
            r.pick(&["ip", "ip6", "ether", "tcp", "udp", "icmp", "arp"]),
            r.below(44),
            r.pick(&["", ":2", ":4"]),
            r.pick(&["=", ">", "<", "!=", ">=", "<="]),
            r.below(300)
        ),
        19 => format!(
            "{}[{}] {} {} {} {}",
            r.pick(&["ip", "tcp", "udp"]),
            r.below(20),
            r.pick(&["&", "|", "+", "-", "*", "/", "%", "^", "<<", ">>"]),
            1 + r.below(30),
            r.pick(&["=", ">", "<"]),
            r.below(100)
        ),
        20 => format!(
            "{}[{}] {} {}[{}] > {}",
            r.pick(&["ip", "tcp", "ether"]),
            r.below(20),
            r.pick(&["+", "-", "&"]),
            r.pick(&["ip", "udp", "ether"]),
            r.below(20),
            r.below(300)
        ),
        _ => format!("port {} or {}", r.pick(&ports), r.pick(&ports)),
    }
}

fn random_expression(r: &mut XorShift, depth: u32) -> String {
    if depth == 0 || r.below(3) == 0 {
        return random_primitive(r);
    }
    let (a, b) = (
        random_expression(r, depth - 1),
        random_expression(r, depth - 1),
    );
    let op = *r.pick(&[" and ", " or ", " and not ", " && ", " || "]);
    match r.below(4) {
        0 => format!("({a}){op}({b})"),
        1 => format!("not ({a}{op}{b})"),
        _ => format!("{a}{op}{b}"),
    }
}

#[test]
fn random_expressions_match_libpcap() {
    if !common::require_tcpdump("filter_diff") {
        return;
    }
    // AFSNIFF_FILTER_SEED and AFSNIFF_FILTER_COUNT explore further than CI does.
    let env = |k: &str| std::env::var(k).ok().and_then(|v| v.parse::<u64>().ok());
    let mut r = XorShift(env("AFSNIFF_FILTER_SEED").unwrap_or(0xdead_beef_1234_5678));
    let count = env("AFSNIFF_FILTER_COUNT").unwrap_or(150);
    let exprs: Vec<String> = (0..count).map(|_| random_expression(&mut r, 3)).collect();
    let (_dir, file) = generated(1, 77);
    let failures = compare_file(&file, &exprs);
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
