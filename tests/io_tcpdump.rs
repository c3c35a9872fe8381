//! FileSource and PcapOut against tcpdump/libpcap: the corpus read and
//! written back must be byte-identical to `tcpdump -r F -w -`, and damaged
//! copies of it must keep at least the packets tcpdump keeps, the same bytes,
//! and fail exactly when tcpdump fails.
//!
//! Needs tcpdump; without it the tests say "skipped" on stderr, unless
//! AFSNIFF_REQUIRE_LIVE=1, when they fail instead.

use afsniff::capture::file::{FileError, FileSource};
use afsniff::output::PcapOut;
use std::path::{Path, PathBuf};
use std::process::Command;

const CORPUS: &str = "../../shared/corpus";

fn corpus() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(CORPUS);
    let alt = Path::new("/work/shared/corpus");
    [dir.as_path(), alt]
        .into_iter()
        .find(|d| d.join("mixed.pcap").exists())
        .map(Path::to_path_buf)
}

fn tcpdump_available(test: &str) -> bool {
    let ok = Command::new("tcpdump")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            std::env::var("AFSNIFF_REQUIRE_LIVE").as_deref() != Ok("1"),
            "{test}: tcpdump is required (AFSNIFF_REQUIRE_LIVE=1) but cannot be run"
        );
        eprintln!("skipped: {test}: tcpdump is not installed");
    }
    ok
}

fn scratch(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("afsniff-io-{}-{name}", std::process::id()))
}

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
fn afsniff_copy(file: &Path, nano: bool, name: &str) -> (Vec<u8>, Option<FileError>) {
    let mut src = match FileSource::open(file) {
        Ok(src) => src,
        Err(e) => return (Vec::new(), Some(e)),
    };
    let out_path = scratch(name);
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
    let bytes = std::fs::read(&out_path).unwrap();
    std::fs::remove_file(&out_path).unwrap();
    (bytes, err)
}

/// Record boundaries of a pcap written by either side.
fn records(pcap: &[u8]) -> Vec<&[u8]> {
    let mut at = 24;
    let mut out = Vec::new();
    while at + 16 <= pcap.len() {
        let caplen = u32::from_ne_bytes(pcap[at + 8..at + 12].try_into().unwrap()) as usize;
        let end = (at + 16 + caplen).min(pcap.len());
        out.push(&pcap[at..end]);
        at = end;
    }
    out
}

/// Compares the two readings of one file; returns afsniff's packets,
/// tcpdump's, and whether reading failed.
fn compare(file: &Path, nano: bool, label: &str) -> (usize, usize, bool) {
    let (theirs, they_failed) = tcpdump_copy(file, nano);
    let (ours, err) = afsniff_copy(file, nano, label);
    let (t, o) = (records(&theirs), records(&ours));
    assert!(
        o.len() >= t.len(),
        "{label}: afsniff kept {} packets, tcpdump {} ({err:?})",
        o.len(),
        t.len()
    );
    if !theirs.is_empty() {
        assert_eq!(ours[..24], theirs[..24], "{label}: file headers differ");
    }
    for (i, (a, b)) in o.iter().zip(&t).enumerate() {
        assert_eq!(a, b, "{label}: record {} differs", i + 1);
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
    if !tcpdump_available("corpus_round_trip_is_byte_identical_to_tcpdump") {
        return;
    }
    let Some(dir) = corpus() else {
        eprintln!("skipped: corpus_round_trip_is_byte_identical_to_tcpdump: no shared corpus");
        return;
    };
    for name in ["core.pcap", "mixed.pcap", "mixed-nano.pcap", "mixed.pcapng"] {
        for nano in [false, true] {
            let file = dir.join(name);
            let label = format!("{name}-nano{nano}");
            let (theirs, failed) = tcpdump_copy(&file, nano);
            let (ours, err) = afsniff_copy(&file, nano, &label);
            assert!(err.is_none() && !failed, "{label}: {err:?}");
            assert!(records(&ours).len() >= 1000, "{label}");
            if let Some(at) = ours.iter().zip(&theirs).position(|(a, b)| a != b) {
                panic!(
                    "{label}: afsniff's copy differs from tcpdump's at byte {at}: {:02x?} vs {:02x?}",
                    &ours[at.saturating_sub(8)..(at + 8).min(ours.len())],
                    &theirs[at.saturating_sub(8)..(at + 8).min(theirs.len())]
                );
            }
            assert_eq!(ours.len(), theirs.len(), "{label}: lengths differ");
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
    if !tcpdump_available("damaged_copies_keep_at_least_what_tcpdump_keeps") {
        return;
    }
    let Some(dir) = corpus() else {
        eprintln!("skipped: damaged_copies_keep_at_least_what_tcpdump_keeps: no shared corpus");
        return;
    };
    let mut state = 0x1234_5678_9abc_def1;
    let (mut cases, mut failures) = (0, 0);
    for name in ["mixed.pcap", "mixed-nano.pcap", "mixed.pcapng"] {
        let good = std::fs::read(dir.join(name)).unwrap();
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
            let path = scratch(&label);
            std::fs::write(&path, &bytes).unwrap();
            let (ours, theirs, failed) = compare(&path, false, &format!("{label}.out"));
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
