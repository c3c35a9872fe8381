//! The printer on link types other than Ethernet, against tcpdump: the
//! core corpus's frames rewrapped as Linux cooked v1/v2, raw IP, BSD and
//! OpenBSD loopback captures (written to a temporary pcap by afsniff's writer, which both read).

mod common;

use afsniff::decode::{PrintOptions, TimeFormat};
use afsniff::link::LinkType;
use common::Record;

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

fn check(link: LinkType, flags: &[&str], o: PrintOptions) {
    if !common::require_tcpdump(&format!("decode_linktypes {} {flags:?}", link.name())) {
        return;
    }
    let core = common::Capture::read(&common::corpus("core.pcap"));
    let records: Vec<Record> = core
        .records
        .iter()
        .enumerate()
        .filter_map(|(i, (sec, usec, wire, frame))| {
            let data = rewrap(link, i, frame)?;
            let wire = wire - frame.len() as u32 + data.len() as u32;
            Some((*sec, *usec, wire, data))
        })
        .collect();
    let dir = common::tempdir();
    let path = dir.join("rewrapped.pcap");
    common::write_pcap_snaplen(&path, link.linktype(), 65535, false, &records);
    let want = common::tcpdump_prints(&path, flags);
    let got = common::Capture::read(&path).printed(o);
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

/// The link types the core corpus's frames are rewrapped as.
const LINKS: [LinkType; 5] = [
    LinkType::LinuxSll,
    LinkType::LinuxSll2,
    LinkType::Raw,
    LinkType::Null,
    LinkType::Loop,
];

fn n() -> PrintOptions {
    PrintOptions {
        numeric: 1,
        ..PrintOptions::default()
    }
}

#[test]
fn every_link_type_plain() {
    for link in LINKS {
        check(link, &["-n"], n());
    }
}

#[test]
fn every_link_type_with_link_header() {
    for link in LINKS {
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
    for link in LINKS {
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
