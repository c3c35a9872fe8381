//! A libFuzzer-free fuzzing loop for stable Rust without cargo-fuzz: the
//! seed corpus plus random mutations of it (bit flips, interesting values,
//! lengths off by one, inserted and deleted ranges, splices between seeds,
//! dictionary words), each run through a check under `catch_unwind`.
//!
//! Deterministic for a given seed of the generator, so that a failure can
//! be replayed; each failing input is also written to a file.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

/// xorshift64*: enough randomness for mutation, no dependency.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed | 1)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    /// Uniform-enough in 0..n (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
}

/// Values that sit on boundaries parsers get wrong.
const INTERESTING_U32: [u32; 12] = [
    0,
    1,
    0x7f,
    0x80,
    0xff,
    0x100,
    0x7fff,
    0xffff,
    0x1_0000,
    0x7fff_ffff,
    0x8000_0000,
    0xffff_ffff,
];

/// Applies one to four random mutations to `input` (in place). `others`
/// are splice partners; `dict` words are inserted or overwritten whole.
pub fn mutate(
    rng: &mut Rng,
    input: &mut Vec<u8>,
    others: &[Vec<u8>],
    dict: &[&str],
    max_len: usize,
) {
    let rounds = 1 + rng.below(4);
    for _ in 0..rounds {
        let len = input.len();
        match rng.below(10) {
            0 if len > 0 => {
                let i = rng.below(len);
                input[i] ^= 1 << rng.below(8);
            }
            1 if len > 0 => {
                let i = rng.below(len);
                input[i] = rng.next_u64() as u8;
            }
            2 if len >= 4 => {
                let i = rng.below(len - 3);
                let v = INTERESTING_U32[rng.below(INTERESTING_U32.len())];
                let bytes = if rng.below(2) == 0 {
                    v.to_le_bytes()
                } else {
                    v.to_be_bytes()
                };
                let n = [1, 2, 4][rng.below(3)];
                input[i..i + n].copy_from_slice(&bytes[..n]);
            }
            3 if len >= 2 => {
                // A length field off by a little: add or subtract up to 8.
                let i = rng.below(len - 1);
                let v = u16::from_be_bytes([input[i], input[i + 1]]);
                let d = rng.below(17) as u16;
                let v = if rng.below(2) == 0 {
                    v.wrapping_add(d)
                } else {
                    v.wrapping_sub(d)
                };
                input[i..i + 2].copy_from_slice(&v.to_be_bytes());
            }
            4 if len > 0 => {
                let at = rng.below(len);
                let n = 1 + rng.below((len - at).min(64));
                input.drain(at..at + n);
            }
            5 => {
                let at = rng.below(len + 1);
                let n = 1 + rng.below(16);
                let fill: Vec<u8> = (0..n).map(|_| rng.next_u64() as u8).collect();
                input.splice(at..at, fill);
            }
            6 if len > 0 => {
                // Duplicate a range: repeated headers, options, blocks.
                let from = rng.below(len);
                let n = 1 + rng.below((len - from).min(128));
                let chunk = input[from..from + n].to_vec();
                let at = rng.below(len + 1);
                input.splice(at..at, chunk);
            }
            7 if !others.is_empty() => {
                let other = &others[rng.below(others.len())];
                if !other.is_empty() {
                    let from = rng.below(other.len());
                    let n = 1 + rng.below(other.len() - from);
                    let at = rng.below(len + 1);
                    let end = (at + n).min(len);
                    input.splice(at..end, other[from..from + n].iter().copied());
                }
            }
            8 if !dict.is_empty() => {
                let word = dict[rng.below(dict.len())].as_bytes();
                let at = rng.below(len + 1);
                let mut piece = Vec::with_capacity(word.len() + 2);
                if rng.below(2) == 0 {
                    piece.push(b' ');
                }
                piece.extend_from_slice(word);
                piece.push(b' ');
                input.splice(at..at, piece);
            }
            9 if len > 0 => {
                input.truncate(rng.below(len));
            }
            _ => {}
        }
    }
    input.truncate(max_len);
}

/// What a loop run found.
pub struct LoopReport {
    pub executions: u64,
    /// Files holding the inputs that panicked.
    pub crashes: Vec<PathBuf>,
}

/// Runs `check` on every seed, then on `iterations` mutants of random seeds
/// (a mutant that survives is added to the pool, so mutations stack up).
/// Panicking inputs are written to `crash_dir` and the loop goes on; stops
/// early after `max_crashes`.
#[allow(clippy::too_many_arguments)]
pub fn run_loop(
    name: &str,
    check: fn(&[u8]),
    seeds: Vec<Vec<u8>>,
    dict: &[&str],
    iterations: u64,
    rng_seed: u64,
    max_len: usize,
    crash_dir: &Path,
    max_crashes: usize,
) -> LoopReport {
    let mut rng = Rng::new(rng_seed);
    let mut pool = seeds;
    if pool.is_empty() {
        pool.push(Vec::new());
    }
    let mut report = LoopReport {
        executions: 0,
        crashes: Vec::new(),
    };
    let quiet_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let try_one = |input: &[u8], report: &mut LoopReport| -> bool {
        report.executions += 1;
        let outcome = catch_unwind(AssertUnwindSafe(|| check(input)));
        if let Err(payload) = outcome {
            let why = payload
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            let _ = std::fs::create_dir_all(crash_dir);
            let path = crash_dir.join(format!("{name}-{:016x}", fnv1a(input)));
            let _ = std::fs::write(&path, input);
            eprintln!(
                "{name}: panic, input in {}: {}",
                path.display(),
                first_line(&why)
            );
            report.crashes.push(path);
            return false;
        }
        true
    };
    for seed in pool.clone() {
        try_one(&seed, &mut report);
    }
    for _ in 0..iterations {
        if report.crashes.len() >= max_crashes {
            break;
        }
        let mut input = pool[rng.below(pool.len())].clone();
        mutate(&mut rng, &mut input, &pool, dict, max_len);
        if try_one(&input, &mut report) && rng.below(16) == 0 && pool.len() < 4096 {
            pool.push(input);
        }
    }
    std::panic::set_hook(quiet_hook);
    report
}

fn first_line(s: &str) -> &str {
    let line = s.lines().next().unwrap_or("");
    let end = line.char_indices().map(|(i, _)| i).find(|&i| i >= 300);
    &line[..end.unwrap_or(line.len())]
}

/// A stable name for a crashing input.
pub fn fnv1a(data: &[u8]) -> u64 {
    data.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Every file in `dir` (sorted by name), as seeds.
pub fn read_corpus(dir: &Path) -> Vec<Vec<u8>> {
    let mut paths: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(entries) => entries.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(_) => return Vec::new(),
    };
    paths.sort();
    paths
        .iter()
        .filter(|p| p.is_file())
        .filter_map(|p| std::fs::read(p).ok())
        .collect()
}

/// Words for the filter_parser mutator (also fuzz/filter_parser.dict for libFuzzer).
pub const FILTER_WORDS: &[&str] = &[
    "ip",
    "ip6",
    "tcp",
    "udp",
    "icmp",
    "icmp6",
    "arp",
    "rarp",
    "vlan",
    "mpls",
    "pppoes",
    "pppoed",
    "geneve",
    "ether",
    "host",
    "net",
    "port",
    "portrange",
    "src",
    "dst",
    "and",
    "or",
    "not",
    "broadcast",
    "multicast",
    "gateway",
    "proto",
    "protochain",
    "less",
    "greater",
    "len",
    "inbound",
    "outbound",
    "ifindex",
    "mask",
    "tcp[tcpflags]",
    "tcp-syn",
    "icmptype",
    "ip[0]",
    "ip6[40:2]",
    "ether[12:2]",
    "&",
    "|",
    "<<",
    ">>",
    "%",
    "/",
    "*",
    "-",
    "+",
    "==",
    "!=",
    ">=",
    "<=",
    "(",
    ")",
    "[",
    "]",
    ":",
    "0x",
    "255.255.255.255",
    "2001:db8::1",
    "::",
    "ff:ff:ff:ff:ff:ff",
    "10.0.0.0/8",
    "65535",
    "4294967295",
    "4294967296",
    "llc",
    "stp",
    "ah",
    "esp",
    "sctp",
    "pim",
    "vrrp",
    "carp",
    "igmp",
    "atalk",
    "decnet",
    "iso",
    "clnp",
    "isis",
    "wlan",
    "type",
    "subtype",
    "\\",
    "\"",
    "é",
    "\u{0}",
];
