//! What afsniff's filter compiler produces, through the rest of the
//! pipeline: for every expression of the development corpus, optimized and
//! not (-O), for files and for the kernel, the program passes the kernel's
//! rules and the fast interpreter (what -r and the live fallback run) gives
//! the reference interpreter's verdict on every corpus packet. The lengths
//! are reported next to libpcap's (`tcpdump -r core.pcap -d EXPR`), and the
//! compiler's optimizer must shorten programs on the whole.

mod common;

use std::path::Path;
use std::process::Command;

use afsniff::bpf::fast::Compiled;
use afsniff::bpf::interp::{Meta, run};
use afsniff::bpf::validate::{validate, validate_userspace};
use afsniff::filter::{Options, compile};
use afsniff::link::LinkType;

fn libpcap_len(file: &Path, expr: &str) -> Option<usize> {
    let out = Command::new("tcpdump")
        .arg("-r")
        .arg(file)
        .arg("-d")
        .arg(expr)
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).lines().count())
}

/// Metadata as a live socket gives it, so that the kernel programs'
/// ancillary loads take their "present" paths too.
const LIVE_META: Meta = Meta {
    pkttype: Some(0),
    ifindex: Some(2),
    protocol: Some(0x0800),
    vlan_tci: Some(0x0064),
    vlan_tpid: Some(0x8100),
};

#[test]
fn compiled_filters_run_alike_in_both_interpreters_and_optimize_shorter() {
    if !common::require_tcpdump("compiled_filters_run_alike_in_both_interpreters") {
        return;
    }
    let core = common::corpus("core.pcap");
    let mut packets = Vec::new();
    for f in ["core.pcap", "mixed.pcap", "mixed-nano.pcap", "mixed.pcapng"] {
        let capture = common::Capture::read(&common::corpus(f));
        packets.extend(
            capture
                .records
                .into_iter()
                .map(|(_, _, wire, data)| (data, wire)),
        );
    }
    assert!(
        packets.len() > 1000,
        "only {} corpus packets",
        packets.len()
    );
    let exprs = std::fs::read_to_string(common::corpus("filters-dev.txt")).unwrap();
    let (mut unoptimized, mut optimized) = (Vec::new(), Vec::new());
    let mut kept = 0usize;
    for expr in exprs
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let mut lengths = [0usize; 2];
        for (i, optimize) in [false, true].into_iter().enumerate() {
            for kernel in [false, true] {
                let opts = Options {
                    link: LinkType::Ethernet,
                    snaplen: 65535,
                    kernel,
                    optimize,
                    netmask: 0,
                    names: afsniff::netdb::system(),
                };
                let Ok(prog) = compile(expr, &opts) else {
                    continue;
                };
                // Off the kernel, protochain is libpcap's loop, jumping back.
                let check = if kernel { validate } else { validate_userspace };
                check(&prog).unwrap_or_else(|e| panic!("`{expr}` ({opts:?}): {e}"));
                if !kernel {
                    lengths[i] = prog.len();
                }
                let meta = if kernel { LIVE_META } else { Meta::default() };
                let fast = Compiled::new(&prog);
                for (data, wire) in &packets {
                    let verdict = run(&prog, data, *wire, &meta);
                    kept += usize::from(verdict != 0);
                    assert_eq!(
                        fast.run(data, *wire, &meta),
                        verdict,
                        "`{expr}` ({opts:?}) on {data:02x?}"
                    );
                }
            }
        }
        let Some(libpcap) = libpcap_len(&core, expr) else {
            continue;
        };
        if lengths.contains(&0) {
            continue;
        }
        unoptimized.push(lengths[0] as f64 / libpcap as f64);
        optimized.push(lengths[1] as f64 / libpcap as f64);
    }
    assert!(kept > 0, "no corpus packet matched any filter");
    assert!(
        optimized.len() > 50,
        "only {} filters compared",
        optimized.len()
    );
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let mean = |v: &Vec<f64>| v.iter().sum::<f64>() / v.len() as f64;
    let (mu, mo) = (mean(&unoptimized), mean(&optimized));
    let (du, d_o) = (median(&mut unoptimized), median(&mut optimized));
    eprintln!(
        "length / libpcap's: -O median {du:.3} mean {mu:.3}; optimized median {d_o:.3} mean {mo:.3} over {}",
        optimized.len()
    );
    assert!(
        d_o <= du && mo < mu,
        "the optimizer does not shorten programs"
    );
}
