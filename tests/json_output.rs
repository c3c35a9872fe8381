//! `afsniff --json` as a whole program: one valid object per packet and
//! line, for corpus files, random and truncated records, and live capture.

mod common;

use std::path::Path;
use std::process::Command;

use common::frames::{eth, ipv4_df, udp};
use common::{Record, Veth, afsniff, corpus, require_live};
use serde_json::Value;

/// Runs `afsniff -r FILE --json ARGS`, checks every line is a JSON object
/// with the schema version, and returns them.
fn objects(file: &Path, args: &[&str]) -> Vec<Value> {
    let out = common::output_ok(afsniff().arg("-r").arg(file).arg("--json").args(args));
    let text = String::from_utf8(out.stdout).expect("--json output is UTF-8");
    assert!(
        text.is_empty() || text.ends_with('\n'),
        "last line unterminated"
    );
    text.lines()
        .enumerate()
        .map(|(n, line)| {
            let v: Value = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("{}: line {}: {e}\n{line}", file.display(), n + 1));
            assert_eq!(v["schema"], 3, "line {}: {line}", n + 1);
            v
        })
        .collect()
}

fn has_transport_or_arp(v: &Value) -> bool {
    ["tcp", "udp", "sctp", "icmp", "icmpv6", "igmp", "gre", "arp"]
        .iter()
        .any(|k| v.get(k).is_some())
}

#[test]
fn corpus_files_give_one_object_per_record() {
    for name in ["mixed.pcap", "core.pcap", "mixed-nano.pcap", "mixed.pcapng"] {
        let path = corpus(name);
        let objs = objects(&path, &[]);
        if name.ends_with(".pcap") {
            let (_, records) = common::pcap_records(&path);
            assert_eq!(objs.len(), records.len(), "{name}");
            for (v, (sec, _, wire, bytes)) in objs.iter().zip(&records) {
                assert_eq!(v["caplen"].as_u64(), Some(bytes.len() as u64));
                assert_eq!(v["len"].as_u64(), Some(u64::from(*wire)));
                assert_eq!(
                    v["ts_ns"].as_u64().map(|ns| ns / 1_000_000_000),
                    Some(u64::from(*sec))
                );
            }
        }
        let decoded = objs.iter().filter(|v| has_transport_or_arp(v)).count();
        assert!(
            decoded * 10 >= objs.len() * 7,
            "{name}: only {decoded} of {} objects have a transport or ARP layer",
            objs.len()
        );
    }
}

/// The README's example, run through jq when it is installed and through
/// the same selection in Rust in any case: SYNs of IPv4 and IPv6 alike.
#[test]
fn readme_selection_reads_ipv4_and_ipv6_alike() {
    const SELECT: &str = r#"select(.tcp.flags == "S") | [.ip.src, .tcp.dport]"#;
    let path = corpus("mixed.pcap");
    let objs = objects(&path, &["-n"]);
    let syns: Vec<(&Value, &Value)> = objs
        .iter()
        .filter(|v| v["tcp"]["flags"] == "S")
        .map(|v| (&v["ip"]["src"], &v["tcp"]["dport"]))
        .collect();
    let v4 = syns
        .iter()
        .filter(|(src, _)| src.as_str().is_some_and(|s| s.contains('.')))
        .count();
    let v6 = syns
        .iter()
        .filter(|(src, _)| src.as_str().is_some_and(|s| s.contains(':')))
        .count();
    assert!(v4 > 0 && v6 > 0, "{v4} IPv4 and {v6} IPv6 SYNs");
    assert_eq!(v4 + v6, syns.len(), "a SYN without .ip.src");
    assert!(syns.iter().all(|(_, port)| port.is_u64()));
    if Command::new("jq").arg("--version").output().is_err() {
        println!("jq is not installed: the selection ran in Rust only");
        return;
    }
    let shell = format!(
        "{} -r {} --json | jq -c '{SELECT}'",
        env!("CARGO_BIN_EXE_afsniff"),
        path.display()
    );
    let out = Command::new("sh").arg("-c").arg(shell).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(String::from)
        .collect();
    let want: Vec<String> = syns
        .iter()
        .map(|(src, port)| format!("[{src},{port}]"))
        .collect();
    assert_eq!(lines, want);
}

/// Tunnels in the corpus come out as nested frames, and the protocols
/// without fields of their own as tcpdump's text.
#[test]
fn corpus_tunnels_nest_and_info_is_tcpdumps_text() {
    let path = corpus("mixed.pcap");
    let objs = objects(&path, &["-n"]);
    for tunnel in ["gre", "vxlan", "geneve"] {
        let nested = objs
            .iter()
            .filter(|v| v.get(tunnel).is_some() && v["inner"].is_object())
            .count();
        assert!(nested > 0, "no {tunnel} packet with an inner frame");
    }
    // -tt: each packet's line starts with its time, continuation lines
    // (hex dumps) do not.
    let out = Command::new("tcpdump")
        .args(["-tt", "-nn", "-r"])
        .arg(&path)
        .output();
    let Ok(out) = out else {
        println!("tcpdump is not installed: info not compared");
        return;
    };
    let lines: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| l.starts_with("1700"))
        .map(String::from)
        .collect();
    assert_eq!(lines.len(), objs.len());
    let mut with_info = 0;
    for (v, line) in objs.iter().zip(&lines) {
        if let Some(info) = v["info"].as_str() {
            with_info += 1;
            assert!(
                line.trim_end().ends_with(info),
                "info {info:?} is not the end of {line:?}"
            );
        }
    }
    assert!(
        with_info * 5 > objs.len(),
        "only {with_info} objects with info"
    );
}

#[test]
fn filter_and_count_apply_to_json_too() {
    let path = corpus("core.pcap");
    let arp = objects(&path, &["arp"]);
    assert!(!arp.is_empty());
    assert!(arp.iter().all(|v| v.get("arp").is_some()));
    let first = objects(&path, &["-c", "7", "tcp"]);
    assert_eq!(first.len(), 7);
    assert!(first.iter().all(|v| v.get("tcp").is_some()));
}

/// xorshift, so the file is the same on every run.
fn noise(seed: &mut u64) -> u8 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    (*seed >> 32) as u8
}

#[test]
fn random_and_truncated_records_still_give_valid_lines() {
    let dir = common::tempdir();
    let mut seed = 0x2545_f491_4f6c_dd1d_u64;
    let dns = b"\x12\x34\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00\x03www\x07example\x03com\x00\x00\x01\x00\x01";
    let frame = eth(
        [2, 0, 0, 0, 0, 2],
        [2, 0, 0, 0, 0, 1],
        0x0800,
        &ipv4_df([198, 18, 0, 1], [198, 18, 0, 2], 17, &udp(40000, 53, dns)),
    );
    let mut records: Vec<Record> = Vec::new();
    for i in 0..3000u32 {
        let bytes = match i % 3 {
            // Pure noise of every length up to 200.
            0 => (0..i % 200).map(|_| noise(&mut seed)).collect(),
            // The DNS frame cut at every length.
            1 => frame[..(i as usize / 3) % (frame.len() + 1)].to_vec(),
            // The DNS frame with a few bytes changed.
            _ => {
                let mut f = frame.clone();
                for _ in 0..3 {
                    let at = usize::from(noise(&mut seed)) % f.len();
                    f[at] = noise(&mut seed);
                }
                f
            }
        };
        let wire = bytes.len() as u32 + i % 5;
        records.push((1_700_000_000 + i, i * 7 % 1_000_000, wire, bytes));
    }
    for (linktype, name) in [
        (1, "eth"),
        (101, "raw"),
        (276, "sll2"),
        (113, "sll"),
        (0, "null"),
        (147, "user0"),
    ] {
        let path = dir.join(format!("{name}.pcap"));
        common::write_pcap(&path, linktype, false, &records);
        let objs = objects(&path, &[]);
        assert_eq!(objs.len(), records.len(), "{name}");
        if linktype == 1 {
            let full = &objs[3 * frame.len() + 1];
            assert_eq!(full["dns"]["questions"][0]["name"], "www.example.com");
            let truncated = objs.iter().filter(|v| v.get("truncated").is_some()).count();
            assert!(truncated > 500, "only {truncated} truncated objects");
        }
    }
}

#[test]
fn timestamps_are_utc_whatever_tz_says() {
    let dir = common::tempdir();
    let path = dir.join("one.pcap");
    common::write_pcap(&path, 1, true, &[(1_700_000_000, 15_000, 60, vec![0; 60])]);
    for tz in ["UTC", "Asia/Kolkata", "America/New_York"] {
        let out = afsniff()
            .env("TZ", tz)
            .arg("-r")
            .arg(&path)
            .arg("--json")
            .output()
            .unwrap();
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["ts"], "2023-11-14T22:13:20.000015000Z", "TZ={tz}");
        assert_eq!(v["ts_ns"], 1_700_000_000_000_015_000_u64);
    }
}

#[test]
fn closed_pipe_ends_quietly() {
    let path = corpus("mixed.pcap");
    let out = Command::new("bash")
        .arg("-c")
        .arg(format!(
            "'{}' -r '{}' --json | head -1; echo \"status=${{PIPESTATUS[0]}}\"",
            env!("CARGO_BIN_EXE_afsniff"),
            path.display()
        ))
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let first = text.lines().next().unwrap();
    serde_json::from_str::<Value>(first).unwrap();
    assert_eq!(text.lines().nth(1), Some("status=0"), "{text}");
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
}

#[test]
fn live_capture_reports_interface_and_direction() {
    if !require_live("live_capture_reports_interface_and_direction", &["ip"]) {
        return;
    }
    let veth = Veth::new();
    let ifindex: u64 = std::fs::read_to_string(format!("/sys/class/net/{}/ifindex", veth.host))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    let out = Command::new("ip")
        .args(["-4", "-o", "addr", "show", "dev", &veth.host])
        .output()
        .unwrap();
    let listing = String::from_utf8_lossy(&out.stdout).into_owned();
    let mine = listing
        .split_whitespace()
        .nth(3)
        .unwrap()
        .split('/')
        .next()
        .unwrap();
    let peer: std::net::Ipv4Addr = format!("{}.2", mine.rsplit_once('.').unwrap().0)
        .parse()
        .unwrap();

    let mut cmd = afsniff();
    // Stopped by SIGINT rather than -c: this test is about the objects, and
    // the drain on SIGINT hands over every packet the kernel accepted.
    cmd.args(["-i", &veth.host, "--json", "udp port 9999 or icmp"]);
    let (child, rx) = common::spawn_ready(&mut cmd, "listening on");
    // Datagrams out to a closed port; the peer answers each with an ICMP
    // port unreachable, which comes in.
    let sock = std::net::UdpSocket::bind("0.0.0.0:0").unwrap();
    for _ in 0..3 {
        sock.send_to(b"afsniff", (peer, 9999)).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let (status, text, err) = common::interrupt(child, rx);
    assert_eq!(status, 0, "{err}");
    let objs: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(objs.len(), 6, "{text}");
    let (mut outgoing, mut incoming) = (0, 0);
    for v in &objs {
        assert_eq!(v["ifindex"].as_u64(), Some(ifindex), "{v}");
        assert_eq!(v["ifname"].as_str(), Some(veth.host.as_str()), "{v}");
        assert_eq!(v["link"], "EN10MB");
        match v["dir"].as_str() {
            Some("out") => {
                assert_eq!(v["udp"]["dport"], 9999, "{v}");
                assert_eq!(v["ip"]["dst"], peer.to_string());
                outgoing += 1;
            }
            Some("in") => {
                assert_eq!(
                    (v["icmp"]["type"].as_u64(), v["icmp"]["code"].as_u64()),
                    (Some(3), Some(3)),
                    "{v}"
                );
                incoming += 1;
            }
            other => panic!("dir {other:?} in {v}"),
        }
    }
    assert_eq!((outgoing, incoming), (3, 3), "{text}");
}

/// Every key of `v`, nested ones included.
fn collect_keys(v: &Value, keys: &mut std::collections::BTreeSet<String>) {
    match v {
        Value::Object(map) => {
            for (k, inner) in map {
                keys.insert(k.clone());
                collect_keys(inner, keys);
            }
        }
        Value::Array(items) => items.iter().for_each(|i| collect_keys(i, keys)),
        _ => {}
    }
}

#[test]
fn man_page_documents_every_key_the_corpus_produces() {
    let path = corpus("mixed.pcap");
    let mut keys = std::collections::BTreeSet::new();
    for v in objects(&path, &[]) {
        collect_keys(&v, &mut keys);
    }
    assert!(keys.len() > 60, "only {} keys: {keys:?}", keys.len());
    let page = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("man/afsniff.1"))
        .unwrap()
        .replace("\\-", "-");
    let start = page.find(".SH \"JSON OUTPUT\"").unwrap();
    let end = page[start..].find(".SH \"EXIT STATUS\"").unwrap() + start;
    let section = &page[start..end];
    let words: std::collections::BTreeSet<&str> = section
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .collect();
    let missing: Vec<_> = keys
        .iter()
        .filter(|k| !words.contains(k.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "JSON OUTPUT in the man page does not name {missing:?}"
    );
}
