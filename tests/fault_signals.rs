//! SIGINT and SIGTERM in the middle of a full-rate capture with -w: exit 0,
//! the statistics on stderr, and a file that tcpdump and tshark read to the
//! end holding exactly the "N packets captured" the statistics report.
//!
//! Needs root, trafgen, tcpdump and tshark; without them the tests say
//! "skipped", unless AFSNIFF_REQUIRE_LIVE=1, when they fail instead.

mod common;
mod fault_util;

use common::{Veth, afsniff, pcap_records, require_live, spawn_ready, tempdir};
use fault_util::{Flood, UDP_FLOOD, signal, stat, tcpdump_reads, tshark_reads, wait_at_most};
use std::io::Read;
use std::time::Duration;

fn stop_mid_capture(test: &str, sig: &str) {
    if !require_live(test, &["ip", "trafgen", "tcpdump", "tshark"]) {
        return;
    }
    let v = Veth::new();
    let _flood = Flood::start(&v.ns, &v.peer, UDP_FLOOD, None);
    let file = tempdir().join("cap.pcap");
    let (mut child, rx) = spawn_ready(
        afsniff().args(["-i", &v.host, "-w"]).arg(&file),
        "listening on",
    );
    std::thread::sleep(Duration::from_millis(700));
    signal(child.id(), sig);
    let status = wait_at_most(&mut child, Duration::from_secs(10), test);
    let mut out = String::new();
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut out)
        .unwrap();
    let err: Vec<String> = rx.iter().collect();
    let err = err.join("\n");

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

    let (link, records) = pcap_records(&file);
    assert_eq!(link, 1);
    assert_eq!(
        records.len() as u64,
        captured,
        "{test}: records vs statistics"
    );
    let (tcpdump_n, tcpdump_ok, tcpdump_err) = tcpdump_reads(&file);
    assert!(
        tcpdump_ok && !tcpdump_err.contains("truncated"),
        "{tcpdump_err}"
    );
    assert_eq!(tcpdump_n, captured, "{test}: tcpdump's count");
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
    let _ = std::fs::remove_dir_all(file.parent().unwrap());
}

#[test]
fn sigint_at_full_rate_leaves_the_counted_packets_in_a_valid_file() {
    stop_mid_capture("sigint_at_full_rate", "INT");
}

#[test]
fn sigterm_at_full_rate_leaves_the_counted_packets_in_a_valid_file() {
    stop_mid_capture("sigterm_at_full_rate", "TERM");
}
