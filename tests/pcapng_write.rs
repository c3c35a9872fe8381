//! pcapng written live: SIGINT at full rate leaves a complete file that
//! tshark and tcpdump read, with the statistics in its ISB; -C rotation
//! makes each file a complete pcapng with its own SHB and IDB.

mod common;

use std::path::Path;
use std::process::Command;
use std::thread::sleep;
use std::time::Duration;

use common::*;

/// capinfos' report of a file (it fails on a damaged one).
fn capinfos(file: &Path) -> String {
    // -M: exact counts, not "272 k".
    String::from_utf8_lossy(&output_ok(Command::new("capinfos").arg("-M").arg(file)).stdout)
        .into_owned()
}

/// "Number of packets:   N" from capinfos.
fn packets(info: &str) -> u64 {
    info.lines()
        .find_map(|l| l.strip_prefix("Number of packets:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no packet count in:\n{info}"))
}

#[test]
fn sigint_at_full_rate_leaves_a_complete_pcapng() {
    let Some((v, flood)) = flooded_veth(
        "pcapng_sigint_at_full_rate",
        &["tshark", "capinfos", "tcpdump"],
        None,
    ) else {
        return;
    };
    let dir = tempdir();
    let file = dir.join("flood.pcapng");
    let (child, err) = spawn_ready(
        afsniff().args(["-i", &v.host, "-w"]).arg(&file),
        "listening on",
    );
    sleep(Duration::from_millis(1500));
    // Stopped while trafgen still sends: drained, flushed, ISB written.
    let (code, _, said) = interrupt(child, err);
    drop(flood);
    assert_eq!(code, 0, "{said}");
    let captured = stat(&said, "captured");
    let received = stat(&said, "received by filter");
    let dropped = stat(&said, "dropped by kernel");
    assert!(captured > 1000, "{said}");
    assert_eq!(captured + dropped, received, "{said}");
    let info = capinfos(&file);
    assert_eq!(packets(&info), captured, "{info}");
    assert!(info.contains(&format!("Name = {}", v.host)), "{info}");
    assert!(info.contains("Number of stat entries = 1"), "{info}");
    assert!(info.contains("Time precision = nanoseconds"), "{info}");
    // The packets came in (epb_flags).
    let direction = output_ok(Command::new("tshark").arg("-r").arg(&file).args([
        "-c",
        "1",
        "-T",
        "fields",
        "-e",
        "frame.packet_flags_direction",
    ]));
    assert_eq!(
        String::from_utf8_lossy(&direction.stdout).trim(),
        "0x00000001"
    );
    let tcpdump = output_ok(Command::new("tcpdump").arg("-qnr").arg(&file));
    assert_eq!(
        String::from_utf8_lossy(&tcpdump.stdout).lines().count() as u64,
        captured
    );
}

#[test]
fn size_rotation_makes_complete_pcapng_files() {
    let Some((v, flood)) = flooded_veth("pcapng_size_rotation", &["capinfos"], Some(20)) else {
        return;
    };
    let dir = tempdir();
    let (child, err) = spawn_ready(
        afsniff()
            .args(["-i", &v.host, "--pcapng", "-C", "1", "-w"])
            .arg(dir.join("ring")),
        "listening on",
    );
    sleep(Duration::from_millis(2500));
    let (code, _, said) = interrupt(child, err);
    drop(flood);
    assert_eq!(code, 0, "{said}");
    let captured = stat(&said, "captured");
    let mut files: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(files.len() >= 2, "rotated at 1 MB: {files:?}, {said}");
    let mut total = 0;
    for f in &files {
        let info = capinfos(f);
        assert!(info.contains("Capture application: afsniff"), "{info}");
        assert!(info.contains(&format!("Name = {}", v.host)), "{info}");
        total += packets(&info);
    }
    assert_eq!(total, captured, "{said}");
}
