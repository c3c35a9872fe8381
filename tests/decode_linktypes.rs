//! The printer on link types other than Ethernet, against tcpdump: the
//! core corpus's frames rewrapped as Linux cooked v1/v2, raw IP, BSD and
//! OpenBSD loopback captures (written to a temporary pcap for tcpdump).

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use afsniff::decode::{PrintOptions, Printer, TimeFormat};
use afsniff::link::LinkType;
use afsniff::packet::Packet;

struct Rec {
    sec: u32,
    usec: u32,
    wire: u32,
    data: Vec<u8>,
}

fn read_core() -> Vec<Rec> {
    let path = common::corpus("core.pcap");
    let b = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let u = |i: usize| u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]);
    let mut recs = Vec::new();
    let mut p = 24;
    while p + 16 <= b.len() {
        let incl = u(p + 8) as usize;
        recs.push(Rec {
            sec: u(p),
            usec: u(p + 4),
            wire: u(p + 12),
            data: b[p + 16..p + 16 + incl].to_vec(),
        });
        p += 16 + incl;
    }
    recs
}

/// The frame's payload behind `link`'s header; None when that link type
/// cannot carry it.
fn rewrap(link: LinkType, i: usize, frame: &[u8]) -> Option<Vec<u8>> {
    let et = u16::from_be_bytes([frame[12], frame[13]]);
    let (mac, body) = (&frame[6..12], &frame[14..]);
    let pkttype = [0u8, 4, 1, 2, 3][i % 5];
    let mut h = match link {
        LinkType::LinuxSll => {
            let mut h = vec![0, pkttype, 0, 1, 0, 6];
            h.extend_from_slice(mac);
            h.extend_from_slice(&[0, 0]);
            h.extend_from_slice(&et.to_be_bytes());
            h
        }
        LinkType::LinuxSll2 => {
            let mut h = et.to_be_bytes().to_vec();
            h.extend_from_slice(&[0, 0, 0, 0, 0, 1, 0, 1, pkttype, 6]);
            h.extend_from_slice(mac);
            h.extend_from_slice(&[0, 0]);
            h
        }
        LinkType::Raw | LinkType::Null | LinkType::Loop => {
            let af: u32 = match et {
                0x0800 => 2,
                0x86dd => 24,
                _ => return None,
            };
            match link {
                LinkType::Raw => Vec::new(),
                LinkType::Null => af.to_le_bytes().to_vec(),
                _ => af.to_be_bytes().to_vec(),
            }
        }
        _ => return None,
    };
    h.extend_from_slice(body);
    Some(h)
}

fn write_pcap(path: &Path, link: LinkType, recs: &[Rec]) {
    let mut out = Vec::new();
    for v in [
        0xa1b2_c3d4u32.to_le_bytes(),
        [2, 0, 4, 0],
        [0; 4],
        [0; 4],
        65535u32.to_le_bytes(),
        link.linktype().to_le_bytes(),
    ] {
        out.extend_from_slice(&v);
    }
    for r in recs {
        for v in [r.sec, r.usec, r.data.len() as u32, r.wire] {
            out.extend_from_slice(&v.to_le_bytes());
        }
        out.extend_from_slice(&r.data);
    }
    std::fs::write(path, out).expect("write temporary pcap");
}

fn check(link: LinkType, flags: &[&str], o: PrintOptions) {
    if Command::new("tcpdump").arg("--version").output().is_err() {
        assert!(
            std::env::var("AFSNIFF_REQUIRE_LIVE").as_deref() != Ok("1"),
            "tcpdump missing"
        );
        eprintln!("skipped: tcpdump missing");
        return;
    }
    let core = read_core();
    let recs: Vec<Rec> = core
        .iter()
        .enumerate()
        .filter_map(|(i, r)| {
            let data = rewrap(link, i, &r.data)?;
            let wire = r.wire - r.data.len() as u32 + data.len() as u32;
            Some(Rec {
                sec: r.sec,
                usec: r.usec,
                wire,
                data,
            })
        })
        .collect();
    let path: PathBuf = std::env::temp_dir().join(format!(
        "afsniff-decode-{}{}-{}.pcap",
        link.name(),
        flags.join(""),
        std::process::id()
    ));
    write_pcap(&path, link, &recs);
    let want = Command::new("tcpdump")
        .arg("-r")
        .arg(&path)
        .args(flags)
        .output()
        .expect("run tcpdump");
    let _ = std::fs::remove_file(&path);
    let want = String::from_utf8_lossy(&want.stdout).into_owned();
    let mut p = Printer::new(o, link);
    let mut out = Vec::new();
    for r in &recs {
        let pkt = Packet {
            ts_sec: i64::from(r.sec),
            ts_nsec: r.usec * 1000,
            wire_len: r.wire,
            data: &r.data,
            pkttype: None,
            ifindex: None,
        };
        p.print(&mut out, &pkt);
    }
    let got = String::from_utf8_lossy(&out).into_owned();
    for (i, (w, g)) in want.lines().zip(got.lines()).enumerate() {
        assert_eq!(g, w, "{} {flags:?} line {}", link.name(), i + 1);
    }
    assert_eq!(
        got.lines().count(),
        want.lines().count(),
        "{} {flags:?} line count",
        link.name()
    );
}

fn n() -> PrintOptions {
    PrintOptions {
        numeric: 1,
        ..PrintOptions::default()
    }
}

#[test]
fn every_link_type_plain() {
    for link in [
        LinkType::LinuxSll,
        LinkType::LinuxSll2,
        LinkType::Raw,
        LinkType::Null,
        LinkType::Loop,
    ] {
        check(link, &["-n"], n());
    }
}

#[test]
fn every_link_type_with_link_header() {
    for link in [
        LinkType::LinuxSll,
        LinkType::LinuxSll2,
        LinkType::Raw,
        LinkType::Null,
        LinkType::Loop,
    ] {
        check(
            link,
            &["-n", "-e"],
            PrintOptions {
                link_header: true,
                ..n()
            },
        );
    }
}

#[test]
fn every_link_type_quiet_hex() {
    for link in [
        LinkType::LinuxSll,
        LinkType::LinuxSll2,
        LinkType::Raw,
        LinkType::Null,
        LinkType::Loop,
    ] {
        check(
            link,
            &["-n", "-q", "-x", "-t"],
            PrintOptions {
                quiet: true,
                hex: 1,
                time: TimeFormat::None,
                ..n()
            },
        );
    }
}
