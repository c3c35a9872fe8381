//! Filters that read scratch memory no store reached on the packet's path
//! (everything after `geneve`, for the packets that are not Geneve), run
//! by the afsniff binary over whole files against `tcpdump -r`: libpcap
//! keeps such memory from packet to packet, and its handler for a kept
//! packet overwrites part of it (src/bpf/leftover.rs), so only a run over
//! the whole file, in order, shows whether afsniff keeps the same packets.

mod common;

use std::path::Path;

/// Expressions whose verdicts depend on the memory an earlier packet left.
const EXPRESSIONS: &[&str] = &[
    "not geneve and tcp",
    "geneve or ip",
    "geneve or ether[0] >= 0",
    "not (geneve or icmp6[20] != 5)",
    "geneve and geneve or ip",
    "geneve 5 or udp",
    "udp port 53 or geneve or arp",
    // Slots taken by arithmetic before `geneve` move its offsets (libpcap
    // hands slots out round-robin) and hold this packet's values.
    "ip[0] + ip[1] = 3 or geneve or ip",
    "tcp[ip[0] & 3] > len - 2 or geneve or tcp",
    "not ((17 & icmpcode) >= 1 and icmp6code == 2 || geneve or icmp6[20] != len / 16)",
    // After `geneve`: the inner-Ethernet check, and VLAN at moving offsets.
    "not geneve and ether broadcast",
    "ip[6:2] & 0x1fff = 0 and geneve 100 and vlan 10 or ether broadcast",
    "not geneve and ether multicast and ip6",
    // Geneve's slots pushed up to 10..=12, where the reader leaves its
    // stack guard before every record, and up to 2..=4, where pcapng's
    // cursor and a start-up word pair sit: distinct addresses, unequal.
    "ip[6] & 0x20 != 0 or not tcp[22] == icmp6[12] && not geneve && not (llc s)",
    "ip[0] + ip[1] = 3 or ip[2] + ip[3] = 4 or not geneve && not (llc s)",
    "icmp[icmptype] = icmp-echo or not tcp portrange 5000-6000 or not geneve 1 && not multicast",
];

const FILES: &[&str] = &["core.pcap", "mixed.pcap", "mixed-nano.pcap", "mixed.pcapng"];

fn kept_records(path: &Path) -> Vec<common::Record> {
    common::pcap_records(path).1
}

#[test]
fn written_files_keep_what_tcpdump_keeps() {
    if !common::require_tcpdump("filter_leftover") {
        return;
    }
    let dir = common::tempdir();
    let (theirs, ours) = (dir.join("tcpdump.pcap"), dir.join("afsniff.pcap"));
    let mut failures = Vec::new();
    for file in FILES {
        let input = common::corpus(file);
        for expr in EXPRESSIONS {
            let st = common::offline_tcpdump()
                .arg("-r")
                .arg(&input)
                .arg("-w")
                .arg(&theirs)
                .arg(expr)
                .output()
                .expect("tcpdump runs");
            assert!(st.status.success(), "tcpdump {expr:?}: {st:?}");
            let st = common::afsniff()
                .arg("-r")
                .arg(&input)
                .arg("-w")
                .arg(&ours)
                .arg(expr)
                .output()
                .expect("afsniff runs");
            assert!(st.status.success(), "afsniff {expr:?}: {st:?}");
            let (want, got) = (kept_records(&theirs), kept_records(&ours));
            if want != got {
                failures.push(format!(
                    "{file}: {expr:?}: tcpdump kept {}, afsniff {}",
                    want.len(),
                    got.len()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Printing leaves other values behind than writing: the printed packets
/// (their timestamps, one per line) must be tcpdump's too.
#[test]
fn printed_lines_name_the_packets_tcpdump_prints() {
    if !common::require_tcpdump("filter_leftover") {
        return;
    }
    let stamps = |out: &[u8]| -> Vec<String> {
        String::from_utf8_lossy(out)
            .lines()
            .filter_map(|l| l.split_whitespace().next().map(String::from))
            .collect()
    };
    let mut failures = Vec::new();
    for file in FILES {
        let input = common::corpus(file);
        for expr in EXPRESSIONS {
            let args = ["-n", "-tt", "-r"];
            let theirs = common::offline_tcpdump()
                .args(args)
                .arg(&input)
                .arg(expr)
                .output()
                .expect("tcpdump runs");
            let ours = common::afsniff()
                .args(args)
                .arg(&input)
                .arg(expr)
                .output()
                .expect("afsniff runs");
            let (want, got) = (stamps(&theirs.stdout), stamps(&ours.stdout));
            if want != got {
                failures.push(format!(
                    "{file}: {expr:?}: tcpdump printed {}, afsniff {}",
                    want.len(),
                    got.len()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
