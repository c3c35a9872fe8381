//! Programs for a live Linux socket (Options.kernel) against libpcap's for
//! the same interface: the verdicts of `tcpdump -i lo -dd EXPR` and of
//! afsniff's program must agree on every generated frame, with and without
//! an offloaded VLAN tag, in both directions. Needs tcpdump and the right to
//! open lo; says "skipped" otherwise, and fails instead when
//! AFSNIFF_REQUIRE_LIVE=1.

mod common;

use afsniff::bpf::Program;
use afsniff::bpf::dump::parse_c_array;
use afsniff::bpf::interp::{Meta, run};
use afsniff::filter::{Options, compile};
use afsniff::link::LinkType;
use common::frames::*;
use std::process::Command;

fn libpcap_live_program(expr: &str) -> Option<Program> {
    let test = "filter_kernel";
    let out = match Command::new("tcpdump")
        .args(["-i", "lo", "-dd", expr])
        .output()
    {
        Ok(o) => o,
        Err(e) => {
            common::require(test, &format!("tcpdump ({e})"), false);
            return None;
        }
    };
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        let what = format!("the right to open lo (tcpdump -i lo -dd: {})", err.trim());
        common::require(test, &what, false);
        return None;
    }
    Some(parse_c_array(&String::from_utf8_lossy(&out.stdout)).expect("tcpdump -dd parses"))
}

fn kernel_opts() -> Options {
    Options {
        link: LinkType::Ethernet,
        snaplen: 262144,
        kernel: true,
        optimize: true,
        netmask: 0xff00_0000,
        names: afsniff::netdb::system(),
    }
}

const EXPRS: &[&str] = &[
    "vlan",
    "vlan 100",
    "not vlan",
    "vlan and ip",
    "vlan 100 and ip",
    "vlan and tcp port 80",
    "vlan 100 and vlan 200",
    "vlan and vlan and ip",
    "vlan 100 and ip6 and udp",
    "vlan and ip[9] = 6",
    "vlan and host 192.0.2.7",
    "vlan and udp port 53 or tcp port 443",
    "inbound",
    "outbound",
    "inbound and tcp",
    "not inbound or udp",
    "ifindex 1",
    "ifindex 2 or vlan",
    "tcp port 80",
    "ip6",
    "udp port 53 or tcp port 443",
    "ip6 and udp",
    "portrange 1000-2000",
];

/// A frame as the kernel hands it over: an outer 802.1Q tag is usually
/// stripped into metadata.
fn variants(frame: &[u8], n: usize) -> Vec<(Vec<u8>, Meta)> {
    let base = Meta {
        pkttype: Some((n % 5) as u8),
        ifindex: Some(1 + (n % 2) as u32),
        protocol: None,
        vlan_tci: None,
        vlan_tpid: None,
    };
    let mut out = vec![(frame.to_vec(), base)];
    if frame.len() >= 18 && frame[12..14] == [0x81, 0x00] {
        let mut stripped = frame[..12].to_vec();
        stripped.extend_from_slice(&frame[16..]);
        let tci = u16::from_be_bytes([frame[14], frame[15]]);
        out.push((
            stripped,
            Meta {
                vlan_tci: Some(tci),
                vlan_tpid: Some(0x8100),
                ..base
            },
        ));
    }
    out
}

#[test]
fn live_verdicts_match_libpcap() {
    let mut r = XorShift(0x5eed_1234_abcd_0001);
    let frames: Vec<Vec<u8>> = (0..1500).map(|_| random_frame(&mut r)).collect();
    let mut diffs = Vec::new();
    for expr in EXPRS {
        let Some(theirs) = libpcap_live_program(expr) else {
            return;
        };
        let ours = compile(expr, &kernel_opts()).unwrap_or_else(|e| panic!("{expr}: {e}"));
        for (n, f) in frames.iter().enumerate() {
            for (data, meta) in variants(f, n) {
                let want = run(&theirs, &data, data.len() as u32, &meta);
                let got = run(&ours, &data, data.len() as u32, &meta);
                if want != got {
                    diffs.push(format!("{expr:?}: frame {n} ({} bytes, vlan meta {:?}): libpcap {want}, afsniff {got}", data.len(), meta.vlan_tci));
                }
            }
        }
    }
    assert!(
        diffs.is_empty(),
        "{} differences:\n{}",
        diffs.len(),
        diffs
            .iter()
            .take(20)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn live_programs_pass_the_kernel_rules() {
    for expr in EXPRS {
        let prog = compile(expr, &kernel_opts()).unwrap_or_else(|e| panic!("{expr}: {e}"));
        afsniff::bpf::validate::validate(&prog).unwrap_or_else(|e| panic!("{expr}: {e}"));
    }
}
