//! bpf::optimize on what afsniff's own filter compiler produces: the verdict
//! on every corpus packet must not change, and the lengths are reported next
//! to libpcap's (`tcpdump -r core.pcap -d EXPR`), with and without this
//! optimizer run after the compiler's own passes.

mod common;

use std::path::Path;
use std::process::Command;

use afsniff::bpf::interp::{Meta, run};
use afsniff::bpf::optimize::optimize;
use afsniff::bpf::validate::validate;
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

#[test]
fn optimizer_keeps_verdicts_of_compiled_filters() {
    if !common::require_tcpdump("optimizer_keeps_verdicts_of_compiled_filters") {
        return;
    }
    let core = common::corpus("core.pcap");
    let mut packets = Vec::new();
    for f in ["core.pcap", "mixed.pcap", "mixed-nano.pcap"] {
        let capture = common::Capture::read(&common::corpus(f));
        packets.extend(
            capture
                .records
                .into_iter()
                .map(|(_, _, wire, data)| (data, wire)),
        );
    }
    let exprs = std::fs::read_to_string(common::corpus("filters-dev.txt")).unwrap();
    let opts = Options {
        link: LinkType::Ethernet,
        snaplen: 65535,
        kernel: false,
        optimize: true,
        netmask: 0,
    };
    let (mut before, mut after) = (Vec::new(), Vec::new());
    for expr in exprs
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let Ok(compiled) = compile(expr, &opts) else {
            continue;
        };
        let Some(libpcap) = libpcap_len(&core, expr) else {
            continue;
        };
        let mut ours = compiled.clone();
        optimize(&mut ours);
        validate(&ours).unwrap_or_else(|e| panic!("`{expr}`: {e}"));
        for (data, wire) in &packets {
            let m = Meta::default();
            assert_eq!(
                run(&compiled, data, *wire, &m),
                run(&ours, data, *wire, &m),
                "`{expr}` on {data:02x?}"
            );
        }
        before.push(compiled.len() as f64 / libpcap as f64);
        after.push(ours.len() as f64 / libpcap as f64);
        if ours.len() != compiled.len() {
            eprintln!(
                "{:>4} -> {:>4} (libpcap {libpcap:>4})  {expr}",
                compiled.len(),
                ours.len()
            );
        }
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let mean = |v: &Vec<f64>| v.iter().sum::<f64>() / v.len() as f64;
    let (mb, ma) = (mean(&before), mean(&after));
    let (db, da) = (median(&mut before), median(&mut after));
    eprintln!(
        "length / libpcap's: compiler alone median {db:.3} mean {mb:.3}; then bpf::optimize median {da:.3} mean {ma:.3} over {}",
        before.len()
    );
    assert!(da <= db && ma <= mb, "the optimizer made programs longer");
}
