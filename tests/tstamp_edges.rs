//! Time stamps at and past the edges of a pcap record's fields, printed in
//! every -t form and precision and rewritten with -w exactly as tcpdump
//! 4.99.3 does (golden files in tests/data/tstamp, made by tcpdump).

mod common;

use common::process::output_ok;
use common::temp::tempdir;
use std::path::{Path, PathBuf};
use std::process::Command;

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/tstamp")
        .join(name)
}

/// The "== FLAGS" sections of a golden file: (flags, expected output).
fn sections(golden: &str) -> Vec<(Vec<String>, String)> {
    let mut got: Vec<(Vec<String>, String)> = Vec::new();
    for line in golden.split_inclusive('\n') {
        if let Some(flags) = line.strip_prefix("==") {
            got.push((
                flags.split_whitespace().map(String::from).collect(),
                String::new(),
            ));
        } else if let Some((_, text)) = got.last_mut() {
            text.push_str(line);
        }
    }
    got
}

fn afsniff(args: &[&str]) -> Vec<u8> {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_afsniff"));
    cmd.env("TZ", "GMT0").args(args);
    output_ok(&mut cmd).stdout
}

fn prints_as_tcpdump(name: &str) {
    let capture = data(&format!("{name}.pcap"));
    let golden = std::fs::read_to_string(data(&format!("{name}.out"))).unwrap();
    let cases = sections(&golden);
    // Micro and nano precision, each with the five -t forms that print a time.
    assert_eq!(cases.len(), 10);
    for (flags, want) in cases {
        let mut args = vec!["-n", "-r", capture.to_str().unwrap()];
        args.extend(flags.iter().map(String::as_str));
        let got = String::from_utf8(afsniff(&args)).unwrap();
        assert_eq!(got, want, "afsniff {args:?}");
    }
}

#[test]
fn microsecond_records_print_as_tcpdump_prints_them() {
    prints_as_tcpdump("edges-micro");
}

#[test]
fn nanosecond_records_print_as_tcpdump_prints_them() {
    prints_as_tcpdump("edges-nano");
}

/// `-r X -w Y` writes the record headers tcpdump writes: the fields as read
/// (scaled to the written precision), never carried into the seconds.
#[test]
fn rewriting_keeps_record_headers_as_tcpdump_does() {
    let dir = tempdir();
    for name in ["edges-micro", "edges-nano"] {
        for (precision, suffix) in [(None, ""), (Some("--nano"), "-nano")] {
            let written = dir.join(format!("{name}{suffix}.pcap"));
            let capture = data(&format!("{name}.pcap"));
            let mut args = vec![
                "-n",
                "-r",
                capture.to_str().unwrap(),
                "-w",
                written.to_str().unwrap(),
            ];
            args.extend(precision);
            afsniff(&args);
            let want = std::fs::read(data(&format!("{name}-written{suffix}.pcap"))).unwrap();
            assert_eq!(std::fs::read(&written).unwrap(), want, "afsniff {args:?}");
        }
    }
    // Read and written at the file's own precision, records come out as read.
    for (name, suffix) in [("edges-micro", ""), ("edges-nano", "-nano")] {
        let original = std::fs::read(data(&format!("{name}.pcap"))).unwrap();
        let written = std::fs::read(dir.join(format!("{name}{suffix}.pcap"))).unwrap();
        assert_eq!(written[24..], original[24..], "{name}");
    }
}
