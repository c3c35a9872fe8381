//! RotatingPcapOut against tcpdump's -C / -W / -G: the same file names and
//! the same bytes in each file, for a capture read back with -r.
//!
//! Needs tcpdump; without it the tests say "skipped" on stderr, unless
//! AFSNIFF_REQUIRE_LIVE=1, when they fail instead.

mod common;

use afsniff::capture::file::FileSource;
use afsniff::link::LinkType;
use afsniff::output::{FileFormat, PcapOut, RotatingPcapOut, Rotation, Written};
use afsniff::packet::Packet;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Every file in `dir` by name, with its bytes.
fn contents(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            let bytes = std::fs::read(e.path()).unwrap();
            (e.file_name().into_string().unwrap(), bytes)
        })
        .collect()
}

/// A 3.3 MB capture: 3000 frames of 1100 bytes.
fn big_capture(dir: &Path) -> PathBuf {
    let path = dir.join("input.pcap");
    let mut out = PcapOut::create(&path, LinkType::Ethernet, 65535, false, false).unwrap();
    let frame = [0x33u8; 1100];
    for i in 0..3000u32 {
        out.write(&Packet {
            ts_sec: 1_700_000_000 + i64::from(i),
            ts_nsec: i * 1000,
            recorded: None,
            wire_len: 1100,
            data: &frame,
            pkttype: None,
            ifindex: None,
        })
        .unwrap();
    }
    out.flush().unwrap();
    path
}

/// Reads `input` into a RotatingPcapOut writing `name` in `dir`.
fn afsniff_rotate(input: &Path, dir: &Path, name: &str, rotation: Rotation) {
    let mut src = FileSource::open(input).unwrap();
    let format = FileFormat::Pcap {
        link: src.link_type(),
        snaplen: src.snaplen(),
        nano: false,
    };
    let mut out = RotatingPcapOut::create_format(&dir.join(name), format, false, rotation).unwrap();
    while let Some(p) = src.next_packet().unwrap() {
        assert_eq!(out.write(&p).unwrap(), Written::Written);
    }
    out.flush().unwrap();
}

fn tcpdump_rotate(input: &Path, dir: &Path, name: &str, flags: &[&str]) {
    let status = Command::new("tcpdump")
        .args(["-Z", "root", "-r"])
        .arg(input)
        .arg("-w")
        .arg(dir.join(name))
        .args(flags)
        .stderr(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(status.success(), "tcpdump {flags:?}");
}

#[test]
fn size_rotation_matches_tcpdump() {
    if !common::require_tcpdump("size_rotation_matches_tcpdump") {
        return;
    }
    let input_dir = common::tempdir();
    let input = big_capture(&input_dir);
    for (flags, count) in [
        (&["-C", "1"][..], None),
        (&["-C", "1", "-W", "3"][..], Some(3)),
        (&["-C", "1", "-W", "12"][..], Some(12)),
    ] {
        let ours = common::tempdir();
        let theirs = common::tempdir();
        let rotation = Rotation {
            file_size: Some(1_000_000),
            file_count: count,
            ..Rotation::default()
        };
        afsniff_rotate(&input, &ours, "cap", rotation);
        tcpdump_rotate(&input, &theirs, "cap", flags);
        let (a, b) = (contents(&ours), contents(&theirs));
        assert!(a.len() > 1, "{flags:?}: only {:?}", a.keys());
        assert_eq!(
            a.keys().collect::<Vec<_>>(),
            b.keys().collect::<Vec<_>>(),
            "{flags:?}"
        );
        for (name, bytes) in &a {
            assert!(*bytes == b[name], "{flags:?}: {name} differs");
        }
    }
}

#[test]
fn time_rotation_names_the_file_like_tcpdump() {
    if !common::require_tcpdump("time_rotation_names_the_file_like_tcpdump") {
        return;
    }
    let input_dir = common::tempdir();
    let input = big_capture(&input_dir);
    let ours = common::tempdir();
    let theirs = common::tempdir();
    // Hour granularity: both runs fall in the same hour but at its edge.
    let pattern = "g-%Y%m%d-%H.%a.pcap";
    let rotation = Rotation {
        seconds: Some(3600),
        ..Rotation::default()
    };
    afsniff_rotate(&input, &ours, pattern, rotation);
    tcpdump_rotate(&input, &theirs, pattern, &["-G", "3600"]);
    let (a, b) = (contents(&ours), contents(&theirs));
    assert_eq!(a.len(), 1);
    assert_eq!(a, b);
}
