//! Differential test against libpcap: every expression of
//! tests/data/filters.txt, over frames generated here (Ethernet, raw IP,
//! Linux cooked v1 and v2, BSD and OpenBSD loopback) and over ../shared/corpus when present, must keep
//! exactly the packets `tcpdump -r FILE -w OUT EXPR` keeps, and must be
//! refused exactly when tcpdump refuses it.

mod filter_frames;

use afsniff::bpf::interp::{Meta, run};
use afsniff::filter::{Options, compile};
use afsniff::link::LinkType;
use filter_frames::*;
use std::path::{Path, PathBuf};
use std::process::Command;

fn expressions() -> Vec<String> {
    include_str!("data/filters.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect()
}

fn have_tcpdump() -> bool {
    let ok = Command::new("tcpdump")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            std::env::var("AFSNIFF_REQUIRE_LIVE").as_deref() != Ok("1"),
            "tcpdump is missing and AFSNIFF_REQUIRE_LIVE=1 forbids skipping"
        );
        eprintln!("skipped: filter_diff: tcpdump is not installed");
    }
    ok
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("afsniff-filter-diff-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir.join(name)
}

/// Compares afsniff with tcpdump on one capture file; returns the failures.
fn compare_file(file: &Path, exprs: &[String]) -> Vec<String> {
    let Some(linktype) = pcap_linktype(file) else {
        return vec![format!("{}: unreadable", file.display())];
    };
    let link = LinkType::from_linktype(linktype);
    let records = read_pcap(file);
    let out = scratch(&format!("out-{linktype}.pcap"));
    let opts = Options {
        link,
        snaplen: 65535,
        kernel: false,
        optimize: true,
        netmask: 0,
    };
    let mut failures = Vec::new();
    for expr in exprs {
        let _ = std::fs::remove_file(&out);
        let st = Command::new("tcpdump")
            .arg("-r")
            .arg(file)
            .arg("-w")
            .arg(&out)
            .arg(expr)
            .output()
            .expect("tcpdump runs");
        let ours = compile(expr, &opts);
        if !st.status.success() {
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
            Err(e) => {
                failures.push(format!(
                    "{expr:?} on {}: afsniff refuses: {e}",
                    file.display()
                ));
                continue;
            }
        };
        let kept = read_pcap(&out);
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

fn generated(linktype: u32, seed: u64) -> PathBuf {
    let mut r = XorShift(seed);
    let frames: Vec<Vec<u8>> = (0..1200)
        .filter_map(|n| relink(&random_frame(&mut r), linktype, n))
        .collect();
    let path = scratch(&format!("gen-{linktype}.pcap"));
    write_pcap(&path, linktype, &frames);
    path
}

fn check_link(linktype: u32) {
    if !have_tcpdump() {
        return;
    }
    let failures = compare_file(
        &generated(linktype, 0x9e37_79b9_7f4a_7c15 ^ u64::from(linktype)),
        &expressions(),
    );
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
fn shared_corpus_matches_libpcap_when_present() {
    if !have_tcpdump() {
        return;
    }
    let dir = Path::new("../shared/corpus");
    let Ok(entries) = std::fs::read_dir(dir) else {
        eprintln!("skipped: filter_diff: ../shared/corpus is not present");
        return;
    };
    let mut exprs = expressions();
    if let Ok(dev) = std::fs::read_to_string(dir.join("filters-dev.txt")) {
        exprs.extend(
            dev.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(String::from),
        );
    }
    let mut failures = Vec::new();
    for e in entries.flatten() {
        let p = e.path();
        if p.extension().is_some_and(|x| x == "pcap") {
            failures.extend(compare_file(&p, &exprs));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
