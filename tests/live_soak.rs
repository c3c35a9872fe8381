//! Soak: a full-rate capture (trafgen on a veth pair) for a while, twice:
//! writing with -C rotation into a -W ring of files, and printing lines to
//! /dev/null. VmRSS is sampled every second from /proc; after a warm-up
//! it must stay flat (max - min under 4 MiB). The run ends with SIGINT:
//! exit 0, and every file of the set reads cleanly with tcpdump. Drops are
//! reported, not judged (they depend on the machine's load).
//!
//! AFSNIFF_SOAK_SECS sets each run's length (default 60 s, so about two
//! minutes in all). Needs root, ip, trafgen and tcpdump; without them the
//! test says "skipped", unless AFSNIFF_REQUIRE_LIVE=1, when it fails.

mod common;

use common::{
    Veth, afsniff, flooded_veth, records_tcpdump_agrees, signal, stat, status_field, tempdir,
    wait_at_most,
};
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

const WARM_UP: Duration = Duration::from_secs(10);
const FLAT_KIB: u64 = 4096;

fn soak_secs() -> u64 {
    std::env::var("AFSNIFF_SOAK_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(60)
        .max(WARM_UP.as_secs() + 5)
}

/// Runs afsniff with `args` on `v` for the soak time, sampling its RSS;
/// returns (RSS samples in KiB after the warm-up, stderr).
fn soak(test: &str, v: &Veth, args: &[&str], stdout: Stdio) -> (Vec<u64>, String) {
    let mut child = afsniff()
        .args(["-i", &v.host])
        .args(args)
        .stdout(stdout)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let err = child.stderr.take().unwrap();
    let reader = std::thread::spawn(move || {
        BufReader::new(err)
            .lines()
            .map_while(Result::ok)
            .collect::<Vec<_>>()
            .join("\n")
    });
    let pid = child.id();
    let start = Instant::now();
    let mut samples = Vec::new();
    let mut next = start + Duration::from_secs(1);
    while start.elapsed() < Duration::from_secs(soak_secs()) {
        std::thread::sleep(next.saturating_duration_since(Instant::now()));
        next += Duration::from_secs(1);
        assert!(
            child.try_wait().unwrap().is_none(),
            "{test}: afsniff ended early"
        );
        let rss: u64 = status_field(pid, "VmRSS:")[0].parse().unwrap();
        if start.elapsed() > WARM_UP {
            samples.push(rss);
        }
    }
    signal(pid, "INT");
    let st = wait_at_most(&mut child, Duration::from_secs(10), test);
    let err = reader.join().unwrap();
    assert_eq!(st.code(), Some(0), "{test}:\n{err}");
    assert!(
        !err.contains("afsniff: warning") && !err.contains("panick"),
        "{test}:\n{err}"
    );
    (samples, err)
}

fn check_flat(test: &str, samples: &[u64], err: &str) {
    let (min, max) = (samples.iter().min().unwrap(), samples.iter().max().unwrap());
    let (captured, dropped) = (stat(err, "captured"), stat(err, "dropped by kernel"));
    eprintln!(
        "{test}: {} s, {captured} packets captured, {dropped} dropped by kernel; VmRSS after warm-up {min}..{max} KiB",
        soak_secs()
    );
    assert!(
        max - min < FLAT_KIB,
        "{test}: VmRSS grew from {min} to {max} KiB: {samples:?}"
    );
    assert!(captured > 0);
}

fn check_file_set(test: &str, dir: &Path, err: &str) {
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    assert!(names.len() >= 2, "{test}: no rotation: {names:?}");
    assert!(names.len() <= 4, "{test}: -W 4 left {} files", names.len());
    let mut kept = 0;
    for path in &names {
        kept += records_tcpdump_agrees(test, path);
    }
    assert!(kept <= stat(err, "captured"));
    eprintln!("{test}: {} files hold the last {kept} packets", names.len());
}

#[test]
fn full_rate_for_minutes_with_flat_memory() {
    let test = "soak";
    let Some((v, _flood)) = flooded_veth(test, &["tcpdump"], None) else {
        return;
    };

    let dir = tempdir();
    let base = dir.join("soak.pcap");
    let (samples, err) = soak(
        "soak -w -C 20 -W 4",
        &v,
        &["-C", "20", "-W", "4", "-w", base.to_str().unwrap()],
        Stdio::null(),
    );
    check_flat("soak -w -C 20 -W 4", &samples, &err);
    check_file_set("soak -w -C 20 -W 4", &dir, &err);

    let devnull = std::fs::File::create("/dev/null").unwrap();
    let (samples, err) = soak("soak -n > /dev/null", &v, &["-n"], devnull.into());
    check_flat("soak -n > /dev/null", &samples, &err);
}
