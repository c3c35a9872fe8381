//! Cost per record of reading (FileSource) and writing (PcapOut), on a
//! million records. Ignored by default; run in release mode:
//!
//!     cargo test --release --test io_bench -- --ignored --nocapture
//!
//! Prints ns/record; asserts that every record made the round trip.

mod common;

use afsniff::capture::file::FileSource;
use afsniff::link::LinkType;
use afsniff::output::PcapOut;
use afsniff::packet::Packet;
use std::time::Instant;

const RECORDS: u32 = 1_000_000;

/// Frame sizes cycling through a small-packet-heavy mix.
fn frame_len(i: u32) -> usize {
    [64, 64, 98, 150, 590, 64, 1514, 74][(i % 8) as usize]
}

#[test]
#[ignore = "benchmark: run in release mode with --ignored --nocapture"]
fn read_and_write_a_million_records() {
    let frame = vec![0x5au8; 1514];
    let dir = common::tempdir();
    let (written, copied) = (dir.join("w.pcap"), dir.join("c.pcap"));

    let start = Instant::now();
    let mut out = PcapOut::create(&written, LinkType::Ethernet, 262_144, false, false).unwrap();
    for i in 0..RECORDS {
        let data = &frame[..frame_len(i)];
        out.write(&Packet {
            ts_sec: 1_700_000_000 + i64::from(i / 1000),
            ts_nsec: (i % 1000) * 1_000_000,
            recorded: None,
            wire_len: data.len() as u32,
            data,
            pkttype: None,
            ifindex: None,
        })
        .unwrap();
    }
    out.flush().unwrap();
    drop(out);
    let write_ns = start.elapsed().as_nanos() as f64 / f64::from(RECORDS);

    let start = Instant::now();
    let mut src = FileSource::open(&written).unwrap();
    let (mut n, mut bytes) = (0u32, 0usize);
    while let Some(p) = src.next_packet().unwrap() {
        bytes += p.data.len();
        n += 1;
    }
    let read_ns = start.elapsed().as_nanos() as f64 / f64::from(n);
    assert_eq!(n, RECORDS);
    assert_eq!(bytes, (0..RECORDS).map(frame_len).sum::<usize>());

    // The append itself, without the kernel's copy: records to /dev/null.
    let start = Instant::now();
    let mut src = FileSource::open(&written).unwrap();
    let mut out = PcapOut::create(
        std::path::Path::new("/dev/null"),
        src.link_type(),
        src.snaplen(),
        false,
        false,
    )
    .unwrap();
    while let Some(p) = src.next_packet().unwrap() {
        out.write(&p).unwrap();
    }
    out.flush().unwrap();
    assert_eq!(out.packets_written(), u64::from(RECORDS));
    drop(out);
    let null_ns = start.elapsed().as_nanos() as f64 / f64::from(RECORDS) - read_ns;

    // Read and write together, as `-r X -w Y` does.
    let start = Instant::now();
    let mut src = FileSource::open(&written).unwrap();
    let mut out = PcapOut::create(&copied, src.link_type(), src.snaplen(), false, false).unwrap();
    while let Some(p) = src.next_packet().unwrap() {
        out.write(&p).unwrap();
    }
    out.flush().unwrap();
    drop(out);
    let copy_ns = start.elapsed().as_nanos() as f64 / f64::from(RECORDS);
    let same = std::fs::read(&written).unwrap() == std::fs::read(&copied).unwrap();
    assert!(same, "the copy differs from the original");

    eprintln!(
        "{RECORDS} records ({:.1} MB): write {write_ns:.1} ns/record, read {read_ns:.1} ns/record, read+write {copy_ns:.1} ns/record, append to /dev/null {null_ns:.1} ns/record",
        (bytes + 16 * RECORDS as usize) as f64 / 1e6
    );
}
