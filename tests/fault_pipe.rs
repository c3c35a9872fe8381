//! The reader of standard output goes away (`afsniff ... | head`): exit 0
//! and nothing on stderr but the lines a normal run prints (the banner,
//! and for a live capture the statistics): no "afsniff: " error, no
//! "Broken pipe", no panic. Lines, pcap on stdout (-w -), file and live.
//!
//! The live case needs root and trafgen; without them it says "skipped",
//! unless AFSNIFF_REQUIRE_LIVE=1, when it fails instead.

mod common;

use common::frames::eth_udp4;
use common::{flooded_veth, output_within, tempdir, write_pcap};
use std::path::Path;
use std::process::Command;
use std::time::Duration;

const BIN: &str = env!("CARGO_BIN_EXE_afsniff");

/// Runs `afsniff ARGS 2>ERR | READER`; returns (afsniff's exit status, stderr).
fn into_pipe(args: &str, reader: &str, dir: &Path) -> (i32, String) {
    let err = dir.join("stderr");
    let script = format!(
        "'{BIN}' {args} 2>'{}' | {reader} >/dev/null; echo ${{PIPESTATUS[0]}}",
        err.display()
    );
    let (st, out, _) = output_within(
        Command::new("bash").args(["-c", &script]),
        Duration::from_secs(20),
        &script,
    );
    assert!(st.success());
    let code = String::from_utf8_lossy(&out).trim().parse().unwrap();
    (code, std::fs::read_to_string(err).unwrap())
}

/// 100k records: far more than a pipe buffer holds.
fn big_file(dir: &Path) -> std::path::PathBuf {
    let frame = eth_udp4(1, 2, b"x");
    let recs: Vec<_> = (0..100_000u32)
        .map(|i| (i, 0, frame.len() as u32, frame.clone()))
        .collect();
    let path = dir.join("big.pcap");
    write_pcap(&path, 1, false, &recs);
    path
}

#[test]
fn file_into_head_exits_0_with_only_the_banner() {
    let dir = tempdir();
    let path = big_file(&dir);
    let banner = format!(
        "reading from file {}, link-type EN10MB (Ethernet), snapshot length 262144\n",
        path.display()
    );
    for (args, reader) in [
        (format!("-n -r '{}'", path.display()), "head -1"),
        (format!("-n -v -X -r '{}'", path.display()), "head -c 10"),
        (format!("-r '{}' -w -", path.display()), "head -c 100"),
        (format!("-r '{}' -w - -U", path.display()), "head -c 30"),
    ] {
        let (code, err) = into_pipe(&args, reader, &dir);
        assert_eq!(
            (code, err.as_str()),
            (0, banner.as_str()),
            "{args} | {reader}"
        );
    }
}

#[test]
fn live_capture_into_head_exits_0_with_only_banner_and_statistics() {
    let Some((v, _flood)) = flooded_veth("live_capture_into_head", &[], None) else {
        return;
    };
    let dir = tempdir();
    for (args, reader) in [
        (format!("-n -i {}", v.host), "head -5"),
        (format!("-i {} -w -", v.host), "head -c 100000"),
    ] {
        let (code, err) = into_pipe(&args, reader, &dir);
        assert_eq!(code, 0, "{args} | {reader}: {err}");
        let lines: Vec<&str> = err.lines().collect();
        let mut expected = vec![format!(
            "listening on {}, link-type EN10MB (Ethernet), snapshot length 262144 bytes",
            v.host
        )];
        if !args.contains("-w") {
            expected.insert(
                0,
                "afsniff: verbose output suppressed, use -v[v]... for full protocol decode".into(),
            );
        }
        assert_eq!(
            lines[..expected.len()],
            expected,
            "{args} | {reader}:\n{err}"
        );
        // Then the statistics, and nothing else.
        let rest = &lines[expected.len()..];
        assert_eq!(rest.len(), 4, "{args} | {reader}:\n{err}");
        assert_eq!(rest[0], "");
        for (line, what) in
            rest[1..]
                .iter()
                .zip(["captured", "received by filter", "dropped by kernel"])
        {
            assert!(line.ends_with(what), "{args} | {reader}: {line:?}");
        }
    }
}
