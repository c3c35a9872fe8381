//! FileSource and PcapOut against tcpdump/libpcap: the corpus read and
//! written back must be byte-identical to `tcpdump -r F -w -`, and damaged
//! copies of it must keep at least the packets tcpdump keeps, the same bytes,
//! and fail exactly when tcpdump fails.
//!
//! Needs tcpdump; without it the tests say "skipped" on stderr, unless
//! AFSNIFF_REQUIRE_LIVE=1, when they fail instead.

mod common;

use afsniff::capture::file::{FileError, FileSource};
use afsniff::output::PcapOut;
use common::packets_of;
use std::path::Path;
use std::process::Command;

/// What tcpdump makes of a file: the pcap it writes with `-w -`, and
/// whether it exited with an error.
fn tcpdump_copy(file: &Path, nano: bool) -> (Vec<u8>, bool) {
    let mut cmd = Command::new("tcpdump");
    if nano {
        cmd.args(["--time-stamp-precision", "nano"]);
    }
    let out = cmd.arg("-r").arg(file).args(["-w", "-"]).output().unwrap();
    (out.stdout, !out.status.success())
}

/// What afsniff makes of it: FileSource into PcapOut, the bytes written, and
/// the error that ended reading, if any.
fn afsniff_copy(file: &Path, nano: bool) -> (Vec<u8>, Option<FileError>) {
    let mut src = match FileSource::open(file) {
        Ok(src) => src,
        Err(e) => return (Vec::new(), Some(e)),
    };
    let dir = common::tempdir();
    let out_path = dir.join("copy.pcap");
    let mut out = PcapOut::create(&out_path, src.link_type(), src.snaplen(), nano, false).unwrap();
    let err = loop {
        match src.next_packet() {
            Ok(Some(p)) => out.write(&p).unwrap(),
            Ok(None) => break None,
            Err(e) => break Some(e),
        }
    };
    out.flush().unwrap();
    drop(out);
    (std::fs::read(&out_path).unwrap(), err)
}

/// Compares the two readings of one file; returns afsniff's packets,
/// tcpdump's, and whether reading failed.
fn compare(file: &Path, nano: bool, label: &str) -> (usize, usize, bool) {
    let (theirs, they_failed) = tcpdump_copy(file, nano);
    let (ours, err) = afsniff_copy(file, nano);
    let (t, o) = (packets_of(&theirs), packets_of(&ours));
    assert!(
        o.len() >= t.len(),
        "{label}: afsniff kept {} packets, tcpdump {} ({err:?})",
        o.len(),
        t.len()
    );
    if !theirs.is_empty() {
        assert_eq!(ours[..24], theirs[..24], "{label}: file headers differ");
    }
    // Same headers and lengths, so record for record the same bytes: tcpdump's
    // copy is where afsniff's begins.
    if let Some(at) = ours.iter().zip(&theirs).position(|(a, b)| a != b) {
        let record = packets_of(&theirs[..at]).len() + 1;
        panic!("{label}: record {record} differs (byte {at} of the copies)");
    }
    assert_eq!(
        err.is_some(),
        they_failed,
        "{label}: afsniff error {err:?}, tcpdump failed: {they_failed}"
    );
    if let Some(e) = &err {
        // Every failure names what and where.
        let msg = e.to_string();
        assert!(
            msg.contains(" at offset ") || msg.starts_with("unknown file format"),
            "{label}: {msg}"
        );
    }
    (o.len(), t.len(), err.is_some())
}

#[test]
fn corpus_round_trip_is_byte_identical_to_tcpdump() {
    if !common::require_tcpdump("corpus_round_trip_is_byte_identical_to_tcpdump") {
        return;
    }
    for name in ["core.pcap", "mixed.pcap", "mixed-nano.pcap", "mixed.pcapng"] {
        for nano in [false, true] {
            let file = common::corpus(name);
            let label = format!("{name}-nano{nano}");
            let (theirs, failed) = tcpdump_copy(&file, nano);
            let (ours, err) = afsniff_copy(&file, nano);
            assert!(err.is_none() && !failed, "{label}: {err:?}");
            assert!(packets_of(&ours).len() >= 1000, "{label}");
            if let Some(at) = ours.iter().zip(&theirs).position(|(a, b)| a != b) {
                panic!(
                    "{label}: afsniff's copy differs from tcpdump's at byte {at}: {:02x?} vs {:02x?}",
                    &ours[at.saturating_sub(8)..(at + 8).min(ours.len())],
                    &theirs[at.saturating_sub(8)..(at + 8).min(theirs.len())]
                );
            }
            assert_eq!(ours.len(), theirs.len(), "{label}: lengths differ");
            // A pcap in this host's byte order at the same resolution comes
            // back byte for byte.
            let same_resolution = nano == (name == "mixed-nano.pcap");
            if name.ends_with(".pcap") && same_resolution {
                assert!(
                    ours == std::fs::read(&file).unwrap(),
                    "{label}: not the original bytes"
                );
            }
        }
    }
}

/// A deterministic generator for damage positions.
fn xorshift(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

#[test]
fn damaged_copies_keep_at_least_what_tcpdump_keeps() {
    if !common::require_tcpdump("damaged_copies_keep_at_least_what_tcpdump_keeps") {
        return;
    }
    let dir = common::tempdir();
    let mut state = 0x1234_5678_9abc_def1;
    let (mut cases, mut failures) = (0, 0);
    for name in ["mixed.pcap", "mixed-nano.pcap", "mixed.pcapng"] {
        let good = std::fs::read(common::corpus(name)).unwrap();
        let mut damaged: Vec<(String, Vec<u8>)> = Vec::new();
        for i in 0..8 {
            let cut = (xorshift(&mut state) % good.len() as u64) as usize;
            damaged.push((format!("{name}-cut{i}-{cut}"), good[..cut].to_vec()));
        }
        for cut in [0, 3, 10, 23, 30] {
            damaged.push((format!("{name}-cut-{cut}"), good[..cut].to_vec()));
        }
        for i in 0..12 {
            let mut f = good.clone();
            let at = (xorshift(&mut state) % f.len() as u64) as usize;
            f[at] ^= 1 << (xorshift(&mut state) % 8);
            damaged.push((format!("{name}-flip{i}-{at}"), f));
        }
        for i in 0..6 {
            // A four-byte field overwritten with a huge or small value.
            let mut f = good.clone();
            let at = (xorshift(&mut state) % (f.len() as u64 - 4)) as usize;
            let v: u32 = if i % 2 == 0 { 0x7fff_fff0 } else { 70_000 };
            f[at..at + 4].copy_from_slice(&v.to_le_bytes());
            damaged.push((format!("{name}-word{i}-{at}"), f));
        }
        for (label, bytes) in damaged {
            let path = dir.join(&label);
            std::fs::write(&path, &bytes).unwrap();
            let (ours, theirs, failed) = compare(&path, false, &label);
            std::fs::remove_file(&path).unwrap();
            if ours != theirs {
                eprintln!("{label}: afsniff kept {ours}, tcpdump {theirs}");
            }
            cases += 1;
            failures += usize::from(failed);
        }
    }
    assert_eq!(cases, 3 * 31);
    // Most of the damage must be the kind that stops reading, or this test
    // would only be comparing intact files.
    assert!(
        failures >= 40,
        "only {failures} of {cases} copies were refused"
    );
    eprintln!("{failures} of {cases} damaged copies refused by both afsniff and tcpdump");
}

/// Little-endian pcapng and pcap pieces for the crafted cases.
mod craft {
    pub use crate::common::craft::*;

    /// A pcap with (caplen field, wire length field, bytes) records.
    pub fn pcap(version: (u16, u16), snaplen: u32, records: &[(u32, u32, &[u8])]) -> Vec<u8> {
        let mut f = 0xa1b2_c3d4u32.to_le_bytes().to_vec();
        f.extend(version.0.to_le_bytes());
        f.extend(version.1.to_le_bytes());
        f.extend([0; 8]);
        f.extend(snaplen.to_le_bytes());
        f.extend(1u32.to_le_bytes());
        for (caplen, wire_len, data) in records {
            for v in [1u32, 2, *caplen, *wire_len] {
                f.extend(v.to_le_bytes());
            }
            f.extend(*data);
        }
        f
    }
}

/// Edge cases of both formats, built here, each read by afsniff and by
/// tcpdump: the same packets, the same bytes written, the same verdict.
#[test]
fn crafted_edge_cases_read_like_tcpdump() {
    use craft::*;
    if !common::require_tcpdump("crafted_edge_cases_read_like_tcpdump") {
        return;
    }
    let dir = common::tempdir();
    let mut eth = vec![0xff; 6];
    eth.extend([2, 0, 0, 0, 0, 1, 8, 0]);
    eth.resize(60, 0);
    let good = epb(false, 0, 1_700_000_000_000_000, &eth, 60);
    let cat = |parts: &[&[u8]]| parts.concat();
    let four = eth.repeat(4);
    let big = vec![0u8; 300_000];
    let cases: Vec<(&str, Vec<u8>, usize)> = vec![
        (
            "epb-over-snaplen",
            cat(&[
                &shb(false, 1, 0),
                &idb(false, 1, 100, &[]),
                &good,
                &epb(false, 0, 1, &four, 240),
                &good,
            ]),
            1,
        ),
        (
            "epb-over-max",
            cat(&[
                &shb(false, 1, 0),
                &idb(false, 1, 0, &[]),
                &good,
                &epb(false, 0, 1, &big, 300_000),
            ]),
            1,
        ),
        (
            "caplen-over-wire-len",
            cat(&[
                &shb(false, 1, 0),
                &idb(false, 1, 65535, &[]),
                &epb(false, 0, 1, &eth, 20),
                &good,
            ]),
            2,
        ),
        (
            "second-link-type",
            cat(&[
                &shb(false, 1, 0),
                &idb(false, 1, 65535, &[]),
                &good,
                &idb(false, 113, 65535, &[]),
                &good,
            ]),
            1,
        ),
        (
            "obsolete-pb",
            cat(&[
                &shb(false, 1, 0),
                &idb(false, 1, 65535, &[]),
                &pb(false, 0, 1_700_000_000_000_000, &eth),
                &good,
            ]),
            2,
        ),
        (
            "spb",
            cat(&[
                &shb(false, 1, 0),
                &idb(false, 1, 65535, &[]),
                &spb(false, 60, &eth),
                &good,
            ]),
            2,
        ),
        (
            "spb-short",
            cat(&[
                &shb(false, 1, 0),
                &idb(false, 1, 65535, &[]),
                &good,
                &spb(false, 100, &eth),
                &good,
            ]),
            1,
        ),
        (
            "unknown-first",
            cat(&[
                &shb(false, 1, 0),
                &block(false, 0x99, b"abcd"),
                &idb(false, 1, 65535, &[]),
                &good,
            ]),
            1,
        ),
        (
            "option-overrun",
            cat(&[
                &shb(false, 1, 0),
                &block(
                    false,
                    1,
                    &[
                        1, 0, 0, 0, 255, 255, 0, 0, 2, 0, 200, 0, b'e', b't', b'h', b'0',
                    ],
                ),
            ]),
            0,
        ),
        (
            "tsresol-2^-10",
            cat(&[
                &shb(false, 1, 0),
                &idb(false, 1, 65535, &[opt(9, &[0x8a]), opt(0, &[])].concat()),
                &epb(false, 0, (5 << 10) | 512, &eth, 60),
            ]),
            1,
        ),
        (
            "tsresol-10^-9",
            cat(&[
                &shb(false, 1, 0),
                &idb(false, 1, 65535, &[opt(9, &[9]), opt(0, &[])].concat()),
                &epb(false, 0, 1_700_000_000_123_456_789, &eth, 60),
            ]),
            1,
        ),
        (
            "tsoffset",
            cat(&[
                &shb(false, 1, 0),
                &idb(
                    false,
                    1,
                    65535,
                    &[opt(14, &1000i64.to_le_bytes()), opt(0, &[])].concat(),
                ),
                &good,
            ]),
            1,
        ),
        (
            "packet-before-idb",
            cat(&[&shb(false, 1, 0), &good, &idb(false, 1, 65535, &[]), &good]),
            0,
        ),
        (
            "new-section-no-idb",
            cat(&[
                &shb(false, 1, 0),
                &idb(false, 1, 65535, &[]),
                &good,
                &shb(false, 1, 0),
                &good,
            ]),
            1,
        ),
        (
            "version-1.2",
            cat(&[&shb(false, 1, 2), &idb(false, 1, 65535, &[]), &good]),
            1,
        ),
        (
            "version-1.1",
            cat(&[&shb(false, 1, 1), &idb(false, 1, 65535, &[]), &good]),
            0,
        ),
        (
            "pcap-2.3-swapped",
            pcap((2, 3), 65535, &[(100, 60, &eth), (60, 100, &eth)]),
            2,
        ),
        ("pcap-2.2", pcap((2, 2), 65535, &[(100, 60, &eth)]), 1),
        (
            "pcap-caplen-0",
            pcap((2, 4), 65535, &[(0, 60, &[]), (60, 60, &eth)]),
            2,
        ),
        ("pcap-snaplen-0", pcap((2, 4), 0, &[(60, 60, &eth)]), 1),
        (
            "pcap-over-snaplen",
            pcap((2, 4), 40, &[(60, 60, &eth), (60, 60, &eth)]),
            2,
        ),
        ("pcap-2.5", pcap((2, 5), 65535, &[(60, 60, &eth)]), 0),
    ];
    for (name, bytes, want) in cases {
        let path = dir.join(format!("{name}.in"));
        std::fs::write(&path, &bytes).unwrap();
        if name == "second-link-type" {
            // Deliberately beyond libpcap, which stops at an interface of
            // another link type: afsniff reads on (pcapng_read.rs).
            let (theirs, they_failed) = tcpdump_copy(&path, false);
            let (ours, err) = afsniff_copy(&path, false);
            std::fs::remove_file(&path).unwrap();
            assert!(they_failed && err.is_none(), "{name}: {err:?}");
            assert_eq!(packets_of(&theirs).len(), want);
            assert_eq!(packets_of(&ours).len(), want + 1);
            continue;
        }
        let (ours, theirs, _) = compare(&path, false, name);
        std::fs::remove_file(&path).unwrap();
        assert_eq!(
            (ours, theirs),
            (want, want),
            "{name}: packets kept (afsniff, tcpdump)"
        );
    }
}
