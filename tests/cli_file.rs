//! The binary on capture files (-r), without root: one line per packet,
//! -r X -w Y keeping every byte, stdin, exit statuses and messages.

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

use common::frames::{eth, ipv4_df, udp};
use common::*;

/// A small Ethernet/IPv4/UDP capture, written by the test itself.
fn sample(nano: bool) -> (TempDir, std::path::PathBuf, Vec<Record>) {
    let recs: Vec<_> = (0..25u32)
        .map(|i| {
            let payload = vec![b'a' + (i % 26) as u8; (i * 7 % 90) as usize];
            let frame = eth(
                [2, 0, 0, 0, 0, 2],
                [2, 0, 0, 0, 0, 1],
                0x0800,
                &ipv4_df(
                    [198, 18, 0, 1],
                    [198, 18, 0, 2],
                    17,
                    &udp(1000 + i as u16, 53, &payload),
                ),
            );
            let frac = if nano { 123_456_789 } else { 123_456 };
            (1_700_000_000 + i, frac, frame.len() as u32, frame)
        })
        .collect();
    let dir = tempdir();
    let path = dir.join(if nano { "nano.pcap" } else { "micro.pcap" });
    write_pcap(&path, 1, nano, &recs);
    (dir, path, recs)
}

#[test]
fn reads_one_line_per_packet_and_says_what_it_reads() {
    for nano in [false, true] {
        let (_dir, path, recs) = sample(nano);
        let o = run(&["-r", path.to_str().unwrap(), "-n"]);
        assert!(o.status.success(), "{}", stderr(&o));
        assert_eq!(stdout(&o).lines().count(), recs.len());
        assert_eq!(
            stderr(&o).trim_end(),
            format!(
                "reading from file {}, link-type EN10MB (Ethernet), snapshot length 262144",
                path.display()
            )
        );
    }
}

/// The banner names link types afsniff cannot print yet as libpcap names
/// them (tcpdump 4.99.3's words), and a number only when libpcap has none.
#[test]
fn banner_names_every_link_type_libpcap_names() {
    let dir = tempdir();
    for (linktype, words) in [
        (9, "link-type PPP (PPP)"),
        (104, "link-type C_HDLC (Cisco HDLC)"),
        (100, "link-type ATM_RFC1483 (RFC 1483 LLC-encapsulated ATM)"),
        (
            127,
            "link-type IEEE802_11_RADIO (802.11 plus radiotap header)",
        ),
        (999, "link-type 999"),
    ] {
        let path = dir.join(format!("lt{linktype}.pcap"));
        write_pcap(&path, linktype, false, &[]);
        let o = run(&["-r", path.to_str().unwrap(), "-n"]);
        assert!(o.status.success(), "{}", stderr(&o));
        assert_eq!(
            stderr(&o).trim_end(),
            format!(
                "reading from file {}, {words}, snapshot length 262144",
                path.display()
            )
        );
    }
}

#[test]
fn read_then_write_keeps_every_byte() {
    for nano in [false, true] {
        let (_dir, path, recs) = sample(nano);
        let out = path.with_extension("out.pcap");
        let o = run(&["-r", path.to_str().unwrap(), "-w", out.to_str().unwrap()]);
        assert!(o.status.success(), "{}", stderr(&o));
        assert_eq!(stdout(&o), "", "-w prints no lines");
        let (link, back) = pcap_records(&out);
        assert_eq!(link, 1);
        assert_eq!(back.len(), recs.len());
        for (a, b) in recs.iter().zip(&back) {
            assert_eq!((a.0, a.2, &a.3), (b.0, b.2, &b.3));
            // Written at microsecond precision unless --nano, as tcpdump does.
            let micros = if nano { a.1 / 1000 } else { a.1 };
            assert_eq!(b.1, micros);
        }
    }
}

#[test]
fn count_limits_what_is_read() {
    let (_dir, path, _) = sample(false);
    let o = run(&["-r", path.to_str().unwrap(), "-c", "3", "-n"]);
    assert!(o.status.success());
    assert_eq!(stdout(&o).lines().count(), 3);
}

#[test]
fn reads_standard_input() {
    let (_dir, path, recs) = sample(false);
    let mut child = afsniff()
        .args(["-r", "-", "-n"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(&std::fs::read(&path).unwrap())
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).lines().count(), recs.len());
}

#[test]
fn write_to_stdout_streams_pcap() {
    let (_dir, path, recs) = sample(false);
    let o = run(&["-r", path.to_str().unwrap(), "-w", "-"]);
    assert!(o.status.success());
    let dir = tempdir();
    let copy = dir.join("stdout.pcap");
    std::fs::write(&copy, &o.stdout).unwrap();
    assert_eq!(pcap_records(&copy).1.len(), recs.len());
}

#[test]
fn missing_file_is_a_runtime_error_naming_it() {
    let o = run(&["-r", "/nonexistent/x.pcap"]);
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    assert!(e.starts_with("afsniff: /nonexistent/x.pcap: "), "{e}");
}

#[test]
fn usage_errors_exit_2() {
    let o = run(&["-c", "0", "-r", "x"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).starts_with("afsniff: invalid packet count 0"),
        "{}",
        stderr(&o)
    );
    let o = run(&["--no-such-flag"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn help_and_version_exit_0() {
    let o = run(&["--help"]);
    assert!(o.status.success());
    assert!(stdout(&o).contains("--immediate-mode"));
    let o = run(&["--version"]);
    assert!(o.status.success());
    assert!(stdout(&o).starts_with("afsniff "));
}

/// The corpus: afsniff reads every file as tcpdump does, and -r X -w Y
/// keeps tcpdump's records.
#[test]
fn corpus_reads_like_tcpdump() {
    if !require_tcpdump("corpus_reads_like_tcpdump") {
        return;
    }
    let files = ["core.pcap", "mixed.pcap", "mixed-nano.pcap", "mixed.pcapng"].map(corpus);
    let dir = tempdir();
    for f in files {
        let (ours, theirs) = (dir.join("a.pcap"), dir.join("t.pcap"));
        let o = run(&["-r", f.to_str().unwrap(), "-w", ours.to_str().unwrap()]);
        assert!(o.status.success(), "{}: {}", f.display(), stderr(&o));
        let t = Command::new("tcpdump")
            .arg("-r")
            .arg(&f)
            .arg("-w")
            .arg(&theirs)
            .output()
            .unwrap();
        assert!(t.status.success());
        let (a, t) = (pcap_records(&ours), pcap_records(&theirs));
        assert_eq!(a.0, t.0, "{}: link type", f.display());
        assert!(
            a.1 == t.1,
            "{}: records differ from tcpdump's ({} vs {})",
            f.display(),
            a.1.len(),
            t.1.len()
        );
        // As many lines as tcpdump prints (a few packets take more than one).
        let lines = |mut program: Command| {
            let o = program.arg("-r").arg(&f).arg("-n").env("TZ", "UTC");
            stdout(&o.output().unwrap()).lines().count()
        };
        assert_eq!(
            lines(afsniff()),
            lines(Command::new("tcpdump")),
            "{}: line count against tcpdump -n",
            f.display()
        );
    }
}

/// The banner names what libpcap would: an unnamed link type by number, a
/// snaplen above 262144 (but within INT_MAX) as written, and -w keeps it.
#[test]
fn banner_shows_link_type_and_snaplen_as_libpcap_does() {
    let dir = tempdir();
    let frame = vec![0u8; 60];
    for (linktype, snaplen, banner_link, shown) in [
        (147, 65535, "link-type 147", 65535),
        (1, 300_000, "link-type EN10MB (Ethernet)", 300_000),
        (1, 0x8000_0000, "link-type EN10MB (Ethernet)", 262_144),
    ] {
        let path = dir.join(format!("banner-{linktype}-{snaplen}.pcap"));
        write_pcap_snaplen(
            &path,
            linktype,
            snaplen,
            false,
            &[(1, 5, 60, frame.clone())],
        );
        let o = run(&["-r", path.to_str().unwrap(), "-w", "-"]);
        assert!(o.status.success(), "{}", stderr(&o));
        assert_eq!(
            stderr(&o).lines().next().unwrap(),
            format!(
                "reading from file {}, {banner_link}, snapshot length {shown}",
                path.display()
            )
        );
        assert_eq!(o.stdout[16..20], u32::to_le_bytes(shown));
        if have_tool("tcpdump") {
            let t = Command::new("tcpdump")
                .args(["-r", path.to_str().unwrap(), "-w", "-"])
                .output()
                .unwrap();
            assert_eq!(
                String::from_utf8_lossy(&t.stderr).lines().next(),
                stderr(&o).lines().next(),
                "tcpdump's banner"
            );
            assert_eq!(t.stdout, o.stdout, "tcpdump's -w output");
        }
    }
}
