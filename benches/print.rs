//! The printer: one tcpdump line per corpus packet into a reused buffer,
//! through the library's decode API (the work of `-r FILE -n` minus I/O).
//!
//!     cargo bench --bench print

mod support;

use afsniff::decode::{PrintOptions, Printer, TimeFormat};
use std::hint::black_box;
use support::{bench, packets};

fn main() {
    let (link, pkts, from) = packets();
    println!("printer benchmarks on {} packets from {from}", pkts.len());
    let n = pkts.len() as u64;
    let cases: [(&str, PrintOptions); 4] = [
        ("print -n", numeric(TimeFormat::default(), 1, 0)),
        ("print -nn -tt", numeric(TimeFormat::Epoch, 2, 0)),
        ("print -n -v", numeric(TimeFormat::default(), 1, 1)),
        (
            "print -n -e",
            PrintOptions {
                link_header: true,
                ..numeric(TimeFormat::default(), 1, 0)
            },
        ),
    ];
    let mut out = Vec::with_capacity(1 << 20);
    for (name, opts) in cases {
        let mut printer = Printer::new(opts, link);
        bench(name, n, || {
            for p in &pkts {
                out.clear();
                printer.print(&mut out, &p.packet());
            }
            black_box(&out);
        });
    }
}

fn numeric(time: TimeFormat, numeric: u8, verbose: u8) -> PrintOptions {
    PrintOptions {
        numeric,
        time,
        verbose,
        ..PrintOptions::default()
    }
}
