//! Filter costs: compiling common expressions, and running the compiled
//! programs on the corpus packets with both interpreters (bpf::fast, the
//! one -r uses, and bpf::interp, the reference it is checked against).
//!
//!     cargo bench --bench filter
//!     AFSNIFF_BENCH_QUICK=1 valgrind --tool=callgrind target/release/deps/filter-*

mod support;

use afsniff::bpf::fast::Compiled;
use afsniff::bpf::interp::{self, Meta};
use afsniff::filter::{self, Options};
use std::hint::black_box;
use support::{bench, packets};

/// What users type most, from a bare protocol to a port test behind IPv4
/// and IPv6 alternatives and a header-field comparison.
const EXPRESSIONS: &[&str] = &[
    "tcp",
    "tcp or udp port 53",
    "host 198.18.0.1 and tcp port 80",
    "not arp and not icmp",
    "tcp[tcpflags] & (tcp-syn|tcp-fin) != 0",
    "vlan and udp",
];

fn main() {
    let (link, pkts, from) = packets();
    println!("filter benchmarks on {} packets from {from}", pkts.len());
    let opts = Options {
        link,
        snaplen: 262_144,
        kernel: false,
        optimize: true,
        netmask: 0,
        names: afsniff::netdb::system(),
    };
    for expr in EXPRESSIONS {
        bench(&format!("compile `{expr}`"), 1, || {
            black_box(filter::compile(black_box(expr), &opts).unwrap());
        });
    }
    let meta = Meta::default();
    let n = pkts.len() as u64;
    for expr in EXPRESSIONS {
        let prog = filter::compile(expr, &opts).unwrap();
        let fast = Compiled::new(&prog);
        // Both interpreters must agree here too, or the figures mean nothing.
        let kept = pkts
            .iter()
            .filter(|p| fast.run(&p.data, p.wire_len, &meta) != 0)
            .count();
        let kept_ref = pkts
            .iter()
            .filter(|p| interp::run(&prog, &p.data, p.wire_len, &meta) != 0)
            .count();
        assert_eq!(kept, kept_ref, "{expr}: interpreters disagree");
        bench(&format!("fast `{expr}` ({kept} kept)"), n, || {
            for p in &pkts {
                black_box(fast.run(black_box(&p.data), p.wire_len, &meta));
            }
        });
        bench(&format!("interp `{expr}`"), n, || {
            for p in &pkts {
                black_box(interp::run(&prog, black_box(&p.data), p.wire_len, &meta));
            }
        });
    }
}
