//! -r of pcapng files of several interfaces with different link types, as
//! mergecap and dumpcap write them (libpcap refuses them): every packet
//! read and decoded by its own interface's link type, the filter compiled
//! for each type, lines naming the interface; pcap output refused, pcapng
//! output keeping every interface.

mod common;

use std::process::Command;

use common::frames::{eth_udp4, ipv4_df, udp};
use common::*;

/// An Ethernet pcap (two UDP packets to port 9) and a raw-IP pcap (one to
/// port 53, between them in time) merged by mergecap into one pcapng.
fn merged(dir: &std::path::Path) -> std::path::PathBuf {
    let ether = dir.join("ether.pcap");
    let raw = dir.join("raw.pcap");
    let record = |sec, frame: Vec<u8>| (sec, 0, frame.len() as u32, frame);
    let e = |sec, sport| record(sec, eth_udp4(sport, 9, b"ether"));
    write_pcap(&ether, 1, false, &[e(100, 1000), e(102, 1001)]);
    let ip = ipv4_df(
        [198, 18, 5, 1],
        [198, 18, 5, 2],
        17,
        &udp(2000, 53, b"rawip"),
    );
    write_pcap(&raw, 101, false, &[record(101, ip)]);
    let out = dir.join("merged.pcapng");
    output_ok(
        Command::new("mergecap")
            .arg("-w")
            .arg(&out)
            .arg(&ether)
            .arg(&raw),
    );
    out
}

/// A directory holding `merged`'s file, or None (skipped) without mergecap.
fn merged_file(test: &str) -> Option<(TempDir, std::path::PathBuf)> {
    if !require(test, "mergecap", have_tool("mergecap")) {
        return None;
    }
    let dir = tempdir();
    let file = merged(&dir);
    Some((dir, file))
}

fn lines(args: &[&str]) -> Vec<String> {
    let out = run(args);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    stdout(&out).lines().map(str::to_string).collect()
}

#[test]
fn mixed_link_types_are_read_each_by_its_own() {
    let Some((_dir, file)) = merged_file("mixed_link_types_are_read") else {
        return;
    };
    let f = file.to_str().unwrap();
    let all = lines(&["-tt", "-nqr", f]);
    assert_eq!(all.len(), 3, "{all:?}");
    // Time order, each line naming its interface (mergecap gives no
    // names: if0, if1) and decoded as its own link type.
    assert!(all[0].starts_with("100.000000 if0"), "{all:?}");
    assert!(all[1].starts_with("101.000000 if1"), "{all:?}");
    assert!(
        all[1].contains("IP 198.18.5.1.2000 > 198.18.5.2.53: UDP"),
        "{all:?}"
    );
    assert!(
        all[2].contains("IP 198.18.0.1.1001 > 198.18.0.2.9: UDP"),
        "{all:?}"
    );
    // The filter compiled for each link type.
    assert_eq!(lines(&["-nqr", f, "udp", "port", "9"]).len(), 2);
    assert_eq!(lines(&["-nqr", f, "udp", "port", "53"]).len(), 1);
    assert_eq!(lines(&["-nqr", f, "ip"]).len(), 3);
}

#[test]
fn mixed_link_types_are_written_to_pcapng_not_pcap() {
    let Some((dir, file)) = merged_file("mixed_link_types_are_written") else {
        return;
    };
    let f = file.to_str().unwrap();
    let pcap = dir.join("out.pcap");
    let out = run(&["-r", f, "-w", pcap.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--pcapng"), "{}", stderr(&out));
    let ng = dir.join("out.pcapng");
    let out = run(&["-r", f, "-w", ng.to_str().unwrap(), "ip"]);
    assert!(out.status.success(), "{}", stderr(&out));
    // Read back: the same three packets on the same two interfaces.
    assert_eq!(lines(&["-nqr", ng.to_str().unwrap()]), lines(&["-nqr", f]));
    if have_tool("capinfos") {
        let info = output_ok(Command::new("capinfos").arg(&ng));
        let info = String::from_utf8_lossy(&info.stdout);
        assert!(info.contains("Number of interfaces in file: 2"), "{info}");
        assert!(info.contains("Number of packets:   3"), "{info}");
        assert_eq!(info.matches("Filter string = ip").count(), 2, "{info}");
    }
}
