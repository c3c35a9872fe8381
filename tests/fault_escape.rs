//! Packet bytes never reach the terminal raw. Frames full of every byte
//! value (0x00-0x1f, 0x7f, 0x80-0xff), terminal escape sequences (colour,
//! clear screen, window title, OSC 52 clipboard) and CR/LF, in UDP and TCP
//! payloads and in DNS names, printed with the default line, -v, -vvv, -x,
//! -xx, -X, -XX, -A and -AA: afsniff's output must be byte for byte
//! tcpdump's, and hold no byte outside printable ASCII but newline and tab
//! (tcpdump's -A keeps a packet's tabs and newlines, as afsniff must).
//!
//! Needs tcpdump; without it the test says "skipped", unless
//! AFSNIFF_REQUIRE_LIVE=1, when it fails instead.

mod common;

use common::frames::{eth, ipv4_df, udp};
use common::{tempdir, write_pcap};
use std::process::Command;

/// Every byte value, then escape sequences a terminal would act on.
fn hostile_payload() -> Vec<u8> {
    let mut p: Vec<u8> = (0..=255u8).collect();
    for seq in [
        &b"\x1b[31mRED\x1b[0m"[..],
        b"\x1b[2J\x1b[H",
        b"\x1b]0;pwned\x07",
        b"\x1b]52;c;ZWNobyBoaQ==\x07",
        b"\x9b31m",
        b"line\r\nnext\rover\ttab\x08\x08bs\x00nul",
        "caf\u{e9} \u{202e}txt.exe".as_bytes(),
    ] {
        p.extend_from_slice(seq);
    }
    p
}

fn tcp(sport: u16, dport: u16, payload: &[u8]) -> Vec<u8> {
    let mut t = Vec::new();
    t.extend_from_slice(&sport.to_be_bytes());
    t.extend_from_slice(&dport.to_be_bytes());
    t.extend_from_slice(&1000u32.to_be_bytes());
    t.extend_from_slice(&2000u32.to_be_bytes());
    t.extend_from_slice(&[0x50, 0x18, 0x10, 0x00, 0, 0, 0, 0]);
    t.extend_from_slice(payload);
    t
}

/// A DNS query whose name's labels hold control and high bytes.
fn dns_query(labels: &[&[u8]]) -> Vec<u8> {
    let mut d = vec![0x12, 0x34, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0];
    for l in labels {
        d.push(l.len() as u8);
        d.extend_from_slice(l);
    }
    d.extend_from_slice(&[0, 0, 1, 0, 1]);
    d
}

fn frames() -> Vec<Vec<u8>> {
    let (a, b) = ([198, 18, 0, 1], [198, 18, 0, 2]);
    let over_ether = |payload: &[u8]| eth([2, 0, 0, 0, 0, 2], [2, 0, 0, 0, 0, 1], 0x0800, payload);
    let hostile = hostile_payload();
    vec![
        over_ether(&ipv4_df(a, b, 17, &udp(40000, 9, &hostile))),
        over_ether(&ipv4_df(a, b, 6, &tcp(40001, 12345, &hostile))),
        over_ether(&ipv4_df(
            a,
            b,
            17,
            &udp(
                40002,
                53,
                &dns_query(&[
                    b"\x1b[2J",
                    b"a\x00b\x07",
                    b"\x7f\xff\x80",
                    b"cr\r\nlf",
                    b"ok",
                ]),
            ),
        )),
        over_ether(&ipv4_df(
            a,
            b,
            17,
            &udp(53, 40003, &dns_query(&[b"\x1b]0;t\x07", b"\x9b2J"])),
        )),
        // The same bytes where an Ethernet header would be parsed.
        eth([0x1b; 6], [0x07; 6], 0x1b5b, &hostile),
    ]
}

#[test]
fn control_bytes_are_escaped_as_tcpdump_escapes_them() {
    if !common::require_tcpdump("control_bytes_are_escaped") {
        return;
    }
    let dir = tempdir();
    let path = dir.join("hostile.pcap");
    let recs: Vec<_> = frames()
        .into_iter()
        .enumerate()
        .map(|(i, f)| (1_700_000_000 + i as u32, 0, f.len() as u32, f))
        .collect();
    write_pcap(&path, 1, false, &recs);
    let mut raw_free = 0;
    for flags in [
        &[][..],
        &["-v"],
        &["-vvv"],
        &["-e"],
        &["-x"],
        &["-xx"],
        &["-X"],
        &["-XX"],
        &["-A"],
        &["-AA"],
        &["-vvv", "-X"],
    ] {
        let run = |mut cmd: Command| {
            let args = cmd.env("TZ", "UTC").args(["-n"]).args(flags);
            common::output_ok(args.arg("-r").arg(&path)).stdout
        };
        let ours = run(common::afsniff());
        let theirs = run(Command::new("tcpdump"));
        if ours != theirs {
            let ours_l: Vec<&[u8]> = ours.split(|&b| b == b'\n').collect();
            let theirs_l: Vec<&[u8]> = theirs.split(|&b| b == b'\n').collect();
            let i = ours_l
                .iter()
                .zip(&theirs_l)
                .position(|(a, b)| a != b)
                .unwrap_or(0);
            panic!(
                "{flags:?}: line {} differs from tcpdump's:\n  afsniff: {}\n  tcpdump: {}",
                i + 1,
                String::from_utf8_lossy(ours_l.get(i).copied().unwrap_or(b"(none)")).escape_debug(),
                String::from_utf8_lossy(theirs_l.get(i).copied().unwrap_or(b"(none)"))
                    .escape_debug()
            );
        }
        let raw = ours
            .iter()
            .position(|&b| !(b == b'\n' || b == b'\t' || (0x20..0x7f).contains(&b)));
        assert_eq!(raw, None, "{flags:?}: a raw byte reached the output");
        raw_free += 1;
    }
    assert_eq!(raw_free, 11);
    // --json has no tcpdump to compare with: one object per packet, and
    // control bytes as \u escapes, never raw.
    let o = common::afsniff()
        .args(["--json", "-r"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(o.status.success());
    let lines: Vec<&[u8]> = o
        .stdout
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(lines.len(), 5);
    for line in lines {
        assert!(line.starts_with(b"{") && line.ends_with(b"}"));
        assert!(
            line.iter().all(|&b| (0x20..0x7f).contains(&b)),
            "--json: a raw byte in {}",
            String::from_utf8_lossy(line).escape_debug()
        );
    }
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(
        text.contains(r#""name":"\u001b[2J.a\u0000b\u0007."#),
        "{text}"
    );
}
