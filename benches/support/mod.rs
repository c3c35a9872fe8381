//! What the benchmarks share: the packets they run on and a timer that
//! prints ns per operation. No dependency beyond std and afsniff itself.
//!
//! Packets come from AFSNIFF_BENCH_PCAP, else tests/data/corpus/mixed.pcap
//! (the mixed corpus), else a small built-in mix, so `cargo bench` runs
//! whatever the checkout holds. AFSNIFF_BENCH_QUICK=1 shortens every run
//! (for callgrind, whose instruction counts need no repetition). Plain
//! arguments select benchmarks by name.

#![allow(dead_code)] // each bench uses part of this

use afsniff::capture::file::FileSource;
use afsniff::link::LinkType;
use afsniff::packet::Packet;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// A packet owned by the benchmark (the file reader lends them one at a time).
pub struct Owned {
    pub ts_sec: i64,
    pub ts_nsec: u32,
    pub wire_len: u32,
    pub data: Vec<u8>,
}

impl Owned {
    pub fn packet(&self) -> Packet<'_> {
        Packet {
            ts_sec: self.ts_sec,
            ts_nsec: self.ts_nsec,
            recorded: None,
            wire_len: self.wire_len,
            data: &self.data,
            pkttype: None,
            ifindex: None,
        }
    }
}

/// The packets to run on, their link type and where they came from.
pub fn packets() -> (LinkType, Vec<Owned>, String) {
    let chosen = std::env::var_os("AFSNIFF_BENCH_PCAP").map(PathBuf::from);
    let default = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/corpus/mixed.pcap");
    let path = chosen.or_else(|| default.exists().then_some(default));
    let Some(path) = path else {
        return (LinkType::Ethernet, builtin_mix(), "built-in mix".into());
    };
    let mut src = FileSource::open(&path)
        .unwrap_or_else(|e| panic!("AFSNIFF_BENCH_PCAP {}: {e}", path.display()));
    let mut got = Vec::new();
    // A damaged tail ends the list; the packets before it still count.
    while let Ok(Some(p)) = src.next_packet() {
        got.push(Owned {
            ts_sec: p.ts_sec,
            ts_nsec: p.ts_nsec,
            wire_len: p.wire_len,
            data: p.data.to_vec(),
        });
    }
    assert!(!got.is_empty(), "{}: no packets", path.display());
    (src.link_type(), got, path.display().to_string())
}

/// True when AFSNIFF_BENCH_QUICK is set: one short round per benchmark.
pub fn quick() -> bool {
    std::env::var_os("AFSNIFF_BENCH_QUICK").is_some()
}

/// Runs `f` (which performs `ops` operations) in rounds of at least 50 ms
/// for about a second, and prints the best and median ns per operation.
/// The best round is the figure to compare on a shared, noisy machine.
/// Names not containing every plain argument are skipped
/// (`cargo bench --bench filter -- fast` runs the fast interpreter's only).
pub fn bench(name: &str, ops: u64, mut f: impl FnMut()) {
    let wanted = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .all(|a| name.contains(&a));
    if !wanted {
        return;
    }
    let (rounds, min_round) = if quick() {
        (1, Duration::ZERO)
    } else {
        (15, Duration::from_millis(50))
    };
    // Warm up, and find how many repetitions make a round long enough.
    let mut reps = 1u64;
    loop {
        let t = Instant::now();
        for _ in 0..reps {
            f();
        }
        if t.elapsed() >= min_round {
            break;
        }
        reps *= 2;
    }
    let mut per_op: Vec<f64> = (0..rounds)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..reps {
                f();
            }
            t.elapsed().as_nanos() as f64 / (reps * ops) as f64
        })
        .collect();
    per_op.sort_by(f64::total_cmp);
    println!(
        "{name:<40} {:>9.1} ns/op best {:>9.1} median",
        per_op[0],
        per_op[per_op.len() / 2]
    );
    black_box(&mut f);
}

/// A few frames of the commonest kinds, for a clone without the corpus:
/// TCP and UDP (DNS) over IPv4 and IPv6, ICMP echo, ARP.
fn builtin_mix() -> Vec<Owned> {
    let eth = |ty: u16| {
        let mut f = vec![0x02, 0, 0, 0, 0, 2, 0x02, 0, 0, 0, 0, 1];
        f.extend_from_slice(&ty.to_be_bytes());
        f
    };
    let ipv4 = |proto: u8, payload: &[u8]| {
        let mut f = eth(0x0800);
        let total = 20 + payload.len() as u16;
        f.extend_from_slice(&[0x45, 0]);
        f.extend_from_slice(&total.to_be_bytes());
        f.extend_from_slice(&[0x12, 0x34, 0x40, 0, 64, proto, 0, 0]);
        f.extend_from_slice(&[198, 18, 0, 1, 198, 18, 0, 2]);
        f.extend_from_slice(payload);
        f
    };
    let ipv6 = |proto: u8, payload: &[u8]| {
        let mut f = eth(0x86dd);
        f.extend_from_slice(&[0x60, 0, 0, 0]);
        f.extend_from_slice(&(payload.len() as u16).to_be_bytes());
        f.extend_from_slice(&[proto, 64]);
        f.extend_from_slice(&[0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
        f.extend_from_slice(&[0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2]);
        f.extend_from_slice(payload);
        f
    };
    let tcp = |flags: u8, len: usize| {
        let mut s = vec![0xc3, 0x50, 0, 80, 0, 0, 0x10, 0, 0, 0, 0x20, 0, 0x50, flags];
        s.extend_from_slice(&[0xff, 0xff, 0, 0, 0, 0]);
        s.resize(20 + len, b'x');
        s
    };
    let dns_query = {
        let mut q = vec![0xd4, 0x31, 0, 53, 0, 0, 0, 0];
        q.extend_from_slice(&[0xab, 0xcd, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0]);
        q.extend_from_slice(b"\x07example\x03com\x00\x00\x01\x00\x01");
        let len = q.len() as u16;
        q[4..6].copy_from_slice(&len.to_be_bytes());
        q
    };
    let icmp_echo = [8, 0, 0, 0, 0x12, 0x34, 0, 1, 1, 2, 3, 4, 5, 6, 7, 8];
    let mut arp = eth(0x0806);
    arp.extend_from_slice(&[0, 1, 8, 0, 6, 4, 0, 1, 2, 0, 0, 0, 0, 1, 198, 18, 0, 1]);
    arp.extend_from_slice(&[0, 0, 0, 0, 0, 0, 198, 18, 0, 2]);
    let frames = [
        ipv4(6, &tcp(0x18, 100)),
        ipv4(6, &tcp(0x10, 0)),
        ipv4(17, &dns_query),
        ipv6(6, &tcp(0x02, 0)),
        ipv4(1, &icmp_echo),
        arp,
        ipv4(6, &tcp(0x18, 1400)),
        ipv6(17, &dns_query),
    ];
    (0..3000u32)
        .map(|i| {
            let data = frames[(i as usize * 7) % frames.len()].clone();
            Owned {
                ts_sec: 1_700_000_000 + i64::from(i / 1000),
                ts_nsec: (i % 1000) * 1_000_000,
                wire_len: data.len() as u32,
                data,
            }
        })
        .collect()
}
