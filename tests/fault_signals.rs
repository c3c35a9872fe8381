//! SIGINT and SIGTERM in the middle of a full-rate capture with -w: exit 0,
//! the statistics on stderr, and a file that tcpdump and tshark read to the
//! end holding exactly the "N packets captured" the statistics report.
//!
//! Needs root, trafgen, tcpdump and tshark; without them the tests say
//! "skipped", unless AFSNIFF_REQUIRE_LIVE=1, when they fail instead.

mod common;

use common::{
    Veth, afsniff, flooded_veth, pcap_records, records_tcpdump_agrees, signal, spawn_ready, stat,
    stderr_lines, stop, tempdir, tshark_reads, wait_at_most,
};
use std::io::Read;
use std::path::Path;
use std::process::Child;
use std::sync::mpsc::Receiver;
use std::time::Duration;

/// `afsniff -i HOST ARGS -w FILE`, once it is listening.
fn writing(v: &Veth, args: &[&str], file: &Path) -> (Child, Receiver<String>) {
    spawn_ready(
        afsniff()
            .args(["-i", &v.host])
            .args(args)
            .arg("-w")
            .arg(file),
        "listening on",
    )
}

fn stop_mid_capture(test: &str, sig: &str) {
    let Some((v, _flood)) = flooded_veth(test, &["tcpdump", "tshark"], None) else {
        return;
    };
    let dir = tempdir();
    let file = dir.join("cap.pcap");
    let (mut child, rx) = writing(&v, &[], &file);
    std::thread::sleep(Duration::from_millis(700));
    let (status, err) = stop(&mut child, rx, sig, Duration::from_secs(10), test);
    let mut out = String::new();
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut out)
        .unwrap();

    assert_eq!(status.code(), Some(0), "{test}: {status:?}\n{err}");
    assert!(out.is_empty(), "{test}: stdout {out:?}");
    assert!(
        !err.contains("afsniff: "),
        "{test}: a message on stderr:\n{err}"
    );
    let captured = stat(&err, "captured");
    let received = stat(&err, "received by filter");
    let dropped = stat(&err, "dropped by kernel");
    assert!(
        captured > 1000,
        "{test}: only {captured} packets at full rate"
    );

    let records = records_tcpdump_agrees(test, &file);
    assert_eq!(records, captured, "{test}: records vs statistics");
    let (tshark_n, tshark_ok) = tshark_reads(&file);
    assert!(
        tshark_ok,
        "{test}: tshark complains about {}",
        file.display()
    );
    assert_eq!(tshark_n, captured, "{test}: tshark's count");
    eprintln!(
        "{test}: {captured} captured, {received} received by filter, {dropped} dropped by kernel"
    );
}

#[test]
fn sigint_at_full_rate_leaves_the_counted_packets_in_a_valid_file() {
    stop_mid_capture("sigint_at_full_rate", "INT");
}

#[test]
fn sigterm_at_full_rate_leaves_the_counted_packets_in_a_valid_file() {
    stop_mid_capture("sigterm_at_full_rate", "TERM");
}

/// With -C rotation the files together hold exactly the counted packets,
/// and each of them reads cleanly.
#[test]
fn sigint_with_size_rotation_leaves_the_counted_packets_in_the_files() {
    let test = "sigint_with_rotation";
    let Some((v, _flood)) = flooded_veth(test, &["tcpdump"], None) else {
        return;
    };
    let dir = tempdir();
    let (mut child, rx) = writing(&v, &["-C", "1"], &dir.join("cap.pcap"));
    std::thread::sleep(Duration::from_millis(700));
    let (status, err) = stop(&mut child, rx, "INT", Duration::from_secs(10), test);
    assert_eq!(status.code(), Some(0), "{test}:\n{err}");
    let mut total = 0;
    let mut files = 0;
    for e in std::fs::read_dir(&dir).unwrap() {
        let path = e.unwrap().path();
        total += records_tcpdump_agrees(test, &path);
        files += 1;
    }
    assert!(files >= 2, "{test}: no rotation");
    assert_eq!(total, stat(&err, "captured"), "{test}: {files} files");
}

/// Reading a capture from a pipe: SIGINT stops at a packet boundary with
/// exit 0, and the copy written so far is whole. The pipe is fed in two
/// parts, the signal in between, so the stop is not a race with the end.
#[test]
fn sigint_while_reading_a_pipe_leaves_a_whole_copy() {
    use std::io::Write;
    let test = "sigint_while_reading";
    let dir = tempdir();
    let frame = common::frames::eth_udp4(1, 2, &[0x55; 100]);
    let recs: Vec<_> = (0..2000u32)
        .map(|i| (i, 0, frame.len() as u32, frame.clone()))
        .collect();
    let input = dir.join("in.pcap");
    common::write_pcap(&input, 1, false, &recs);
    let bytes = std::fs::read(&input).unwrap();
    let half = 24 + 1000 * (16 + frame.len());
    let out = dir.join("copy.pcap");
    let mut child = afsniff()
        .args(["-r", "-", "-w"])
        .arg(&out)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(&bytes[..half]).unwrap();
    std::thread::sleep(Duration::from_millis(300));
    signal(child.id(), "INT");
    std::thread::sleep(Duration::from_millis(100));
    // The reader is blocked in read(2), which the signal restarts: the
    // next bytes wake it, and it stops before taking more than a packet.
    let _ = stdin.write_all(&bytes[half..]);
    drop(stdin);
    let status = wait_at_most(&mut child, Duration::from_secs(10), test);
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert_eq!(status.code(), Some(0), "{test}:\n{err}");
    assert!(!err.contains("afsniff: "), "{test}:\n{err}");
    let n = pcap_records(&out).1.len();
    assert!((1000..=1001).contains(&n), "{test}: {n} packets copied");
}

/// A second stop signal exits at once, without the statistics; what
/// reached the file is still whole records that tcpdump reads. The process
/// is stopped while SIGINT and then SIGTERM are queued, so that both are
/// handled when it continues; whichever runs second exits with its
/// default action's status (130 for SIGINT, 143 for SIGTERM).
#[test]
fn second_stop_signal_exits_at_once_with_whole_records() {
    let test = "second_stop_signal";
    let Some((v, _flood)) = flooded_veth(test, &["tcpdump"], None) else {
        return;
    };
    let dir = tempdir();
    let file = dir.join("cap.pcap");
    let (mut child, rx) = writing(&v, &[], &file);
    std::thread::sleep(Duration::from_millis(500));
    for sig in ["STOP", "INT", "TERM", "CONT"] {
        signal(child.id(), sig);
    }
    let status = wait_at_most(&mut child, Duration::from_secs(5), test);
    let err = stderr_lines(rx);
    assert!(
        matches!(status.code(), Some(130 | 143)),
        "{test}: {status:?}\n{err}"
    );
    assert!(!err.contains("packets captured"), "{test}:\n{err}");
    records_tcpdump_agrees(test, &file);
}
