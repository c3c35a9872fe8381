//! The real standard streams: `-r -` reads stdin, `-w -` and the text writer
//! write fd 1, and a reader that goes away is `OutputError::Closed`, not a
//! panic. Each test re-runs this test binary as a child with the stream set
//! up, selected by an environment variable.

mod common;

use afsniff::capture::file::FileSource;
use afsniff::link::LinkType;
use afsniff::output::{OutputError, PcapOut, TextOut};
use afsniff::packet::Packet;
use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};

const CHILD: &str = "AFSNIFF_IO_STDIO_CHILD";

fn child(test: &str) -> Command {
    let mut cmd = Command::new(std::env::current_exe().unwrap());
    cmd.args(["--exact", test, "--nocapture", "--test-threads=1"])
        .env(CHILD, test);
    cmd
}

fn in_child(test: &str) -> bool {
    std::env::var(CHILD).as_deref() == Ok(test)
}

fn packet(i: u32, data: &[u8]) -> Packet<'_> {
    Packet {
        ts_sec: 1_650_000_000 + i64::from(i),
        ts_nsec: i * 7_000,
        recorded: None,
        wire_len: data.len() as u32,
        data,
        pkttype: None,
        ifindex: None,
    }
}

/// A small pcap made by PcapOut, as bytes.
fn sample_pcap(count: u32) -> Vec<u8> {
    let dir = common::tempdir();
    let path = dir.join("sample.pcap");
    let mut out = PcapOut::create(&path, LinkType::Raw, 1500, false, false).unwrap();
    for i in 0..count {
        out.write(&packet(i, &[i as u8; 40])).unwrap();
    }
    out.flush().unwrap();
    drop(out);
    std::fs::read(&path).unwrap()
}

#[test]
fn reads_a_capture_from_stdin() {
    const TEST: &str = "reads_a_capture_from_stdin";
    if in_child(TEST) {
        let mut src = FileSource::open(Path::new("-")).unwrap();
        assert_eq!(src.link_type(), LinkType::Raw);
        let mut n = 0u32;
        while let Some(p) = src.next_packet().unwrap() {
            assert_eq!(p.data, &[n as u8; 40][..]);
            n += 1;
        }
        println!("CHILD READ {n}");
        return;
    }
    let bytes = sample_pcap(500);
    let mut proc = child(TEST)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = proc.stdin.take().unwrap();
    // Through a pipe in small pieces, so records straddle reads.
    for piece in bytes.chunks(333) {
        stdin.write_all(piece).unwrap();
    }
    drop(stdin);
    let out = proc.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    assert!(text.contains("CHILD READ 500"), "{text}");
}

#[test]
fn pcap_to_stdout_is_the_same_file() {
    const TEST: &str = "pcap_to_stdout_is_the_same_file";
    if in_child(TEST) {
        // The harness prints its own lines on stdout; mark where ours start.
        std::io::stdout().write_all(b"<<PCAP>>").unwrap();
        std::io::stdout().flush().unwrap();
        let mut out = PcapOut::create(Path::new("-"), LinkType::Raw, 1500, false, true).unwrap();
        for i in 0..50 {
            out.write(&packet(i, &[i as u8; 40])).unwrap();
        }
        out.flush().unwrap();
        drop(out);
        std::io::stdout().write_all(b"<<END>>").unwrap();
        return;
    }
    let out = child(TEST).output().unwrap();
    assert!(out.status.success());
    let s = &out.stdout;
    let start = s.windows(8).position(|w| w == b"<<PCAP>>").unwrap() + 8;
    let end = s.windows(7).position(|w| w == b"<<END>>").unwrap();
    assert_eq!(&s[start..end], &sample_pcap(50)[..]);
}

#[test]
fn text_to_a_closed_pipe_is_closed_not_a_panic() {
    const TEST: &str = "text_to_a_closed_pipe_is_closed_not_a_panic";
    if in_child(TEST) {
        let mut out = TextOut::stdout(false);
        for i in 0..10_000_000u64 {
            out.buffer()
                .extend_from_slice(format!("line {i}\n").as_bytes());
            match out.end_packet() {
                Ok(()) => {}
                Err(OutputError::Closed) => {
                    eprintln!("CHILD SAW CLOSED");
                    // The harness would report on the closed stdout too.
                    std::process::exit(0);
                }
                Err(e) => panic!("unexpected {e}"),
            }
        }
        panic!("the reader never went away");
    }
    let mut proc = child(TEST)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = proc.stdout.take().unwrap();
    let mut first = [0u8; 4096];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout); // like `| head`
    let out = proc.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("CHILD SAW CLOSED"), "{err}");
}

#[test]
fn terminal_check_follows_fd_1() {
    const TEST: &str = "terminal_check_follows_fd_1";
    if in_child(TEST) {
        println!("CHILD TTY {}", TextOut::is_terminal());
        return;
    }
    let out = child(TEST).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("CHILD TTY false"), "{text}");
}
