//! The capture interface goes down, comes back, then disappears, under a
//! running `afsniff -w`, as tcpdump 4.99/libpcap 1.10 handle it:
//! - down: the capture goes on (one warning line, no busy loop: CPU time
//!   measured from /proc while the link is down), and packets are captured
//!   again once it is up;
//! - deleted: what was captured is drained and written, a message names
//!   the interface, the statistics are printed, exit status 1 (tcpdump:
//!   "pcap_loop: The interface disappeared", statistics, 1).
//! - deleted while down (the kernel reports nothing then): noticed within
//!   seconds all the same.
//!
//! Needs root, ip and trafgen; without them the tests say "skipped",
//! unless AFSNIFF_REQUIRE_LIVE=1, when they fail instead.

mod common;

use common::{
    TempDir, UDP_FLOOD, Veth, afsniff, cpu_ticks, ip_link, pcap_records, require_live, spawn_ready,
    stat, stderr_lines, tempdir, wait_at_most,
};
use std::path::PathBuf;
use std::process::Child;
use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};

fn wait_operstate(iface: &str, want: &str) {
    let deadline = Instant::now() + Duration::from_secs(5);
    while std::fs::read_to_string(format!("/sys/class/net/{iface}/operstate"))
        .unwrap_or_default()
        .trim()
        != want
    {
        assert!(Instant::now() < deadline, "{iface} never {want}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// CPU ticks (1/100 s) the process uses in `span` while the link is down.
fn cpu_while_down(pid: u32, span: Duration) -> u64 {
    let before = cpu_ticks(pid);
    std::thread::sleep(span);
    cpu_ticks(pid) - before
}

/// `afsniff -i HOST -w FILE udp port 9`, once it is listening.
fn capture_to_file(v: &Veth) -> (TempDir, PathBuf, Child, Receiver<String>) {
    let dir = tempdir();
    let file = dir.join("cap.pcap");
    let (child, rx) = spawn_ready(
        afsniff()
            .args(["-i", &v.host, "-w"])
            .arg(&file)
            .args(["udp", "port", "9"]),
        "listening on",
    );
    (dir, file, child, rx)
}

/// Waits for the end of a capture whose interface was deleted: exit 1,
/// the statistics, then the message naming the interface.
fn gone(test: &str, child: &mut Child, rx: Receiver<String>, iface: &str) -> String {
    let st = wait_at_most(child, Duration::from_secs(5), test);
    let err = stderr_lines(rx);
    assert_eq!(st.code(), Some(1), "{test}:\n{err}");
    let last = err.lines().last().unwrap();
    assert!(
        last.starts_with(&format!("afsniff: {iface}: ")) && last.contains("disappeared"),
        "{test}: last line {last:?}\n{err}"
    );
    let stats = err.find("packets captured").expect("statistics");
    assert!(
        stats < err.rfind("afsniff: ").unwrap(),
        "{test}: statistics after the message"
    );
    err
}

#[test]
fn down_keeps_capturing_then_deleted_drains_and_exits_1() {
    let test = "iface_down_then_deleted";
    if !require_live(test, &["ip", "trafgen"]) {
        return;
    }
    let v = Veth::new();
    let (_dir, file, mut child, rx) = capture_to_file(&v);
    v.trafgen(UDP_FLOOD, 10);
    ip_link(&format!("set {} down", v.host));
    std::thread::sleep(Duration::from_millis(300));
    let ticks = cpu_while_down(child.id(), Duration::from_secs(2));
    assert!(
        ticks <= 10,
        "{test}: {ticks} ticks of CPU in 2 s while down (busy loop)"
    );
    assert!(
        child.try_wait().unwrap().is_none(),
        "{test}: gave up when the link went down"
    );

    ip_link(&format!("set {} up", v.host));
    wait_operstate(&v.host, "up");
    v.trafgen(UDP_FLOOD, 10);
    std::thread::sleep(Duration::from_millis(1500));
    ip_link(&format!("del {}", v.host));
    let err = gone(test, &mut child, rx, &v.host);

    let warnings: Vec<&str> = err.lines().filter(|l| l.contains("warning")).collect();
    assert_eq!(warnings.len(), 1, "{test}: one warning line:\n{err}");
    assert!(
        warnings[0].starts_with(&format!("afsniff: warning: {}: ", v.host))
            && warnings[0].contains("down"),
        "{}",
        warnings[0]
    );
    // Both bursts, the one before the link went down and the one after it came back.
    assert_eq!(stat(&err, "captured"), 20, "{test}:\n{err}");
    assert_eq!(pcap_records(&file).1.len(), 20, "{test}: the file");
}

#[test]
fn deleted_while_down_is_noticed() {
    let test = "iface_deleted_while_down";
    if !require_live(test, &["ip", "trafgen"]) {
        return;
    }
    let v = Veth::new();
    let (_dir, file, mut child, rx) = capture_to_file(&v);
    v.trafgen(UDP_FLOOD, 5);
    std::thread::sleep(Duration::from_millis(300));
    ip_link(&format!("set {} down", v.host));
    std::thread::sleep(Duration::from_millis(500));
    ip_link(&format!("del {}", v.host));
    let err = gone(test, &mut child, rx, &v.host);
    assert_eq!(stat(&err, "captured"), 5, "{test}:\n{err}");
    assert_eq!(pcap_records(&file).1.len(), 5, "{test}: the file");
}

/// Deleted right after a burst, before the kernel retired the block that
/// holds it: the burst is still drained into the file.
#[test]
fn deleted_right_after_a_burst_still_writes_it() {
    let test = "iface_deleted_after_burst";
    if !require_live(test, &["ip", "trafgen"]) {
        return;
    }
    let v = Veth::new();
    let (_dir, file, mut child, rx) = capture_to_file(&v);
    v.trafgen(UDP_FLOOD, 50);
    ip_link(&format!("del {}", v.host));
    let err = gone(test, &mut child, rx, &v.host);
    assert!(!err.contains("warning"), "{test}:\n{err}");
    assert_eq!(stat(&err, "captured"), 50, "{test}:\n{err}");
    assert_eq!(pcap_records(&file).1.len(), 50, "{test}: the file");
}
