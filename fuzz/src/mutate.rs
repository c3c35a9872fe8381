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

/// A random pcap-filter expression from the grammar's common productions:
/// most of them compile, so that verdicts get compared rather than errors.
pub fn random_filter(rng: &mut Rng, depth: u32) -> String {
    let pick = |rng: &mut Rng, xs: &[&str]| xs[rng.below(xs.len())].to_string();
    if depth > 0 {
        match rng.below(6) {
            0 => return format!("not {}", random_filter(rng, depth - 1)),
            1 => return format!("({})", random_filter(rng, depth - 1)),
            2 | 3 => {
                let op = pick(rng, &["and", "or", "&&", "||"]);
                let (a, b) = (random_filter(rng, depth - 1), random_filter(rng, depth - 1));
                return format!("{a} {op} {b}");
            }
            _ => {}
        }
    }
    let num = |rng: &mut Rng| -> u32 {
        match rng.below(4) {
            0 => rng.below(8) as u32,
            1 => rng.below(256) as u32,
            2 => rng.below(70_000) as u32,
            _ => [53, 80, 443, 22, 8080, 5000, 1024, 65535][rng.below(8)],
        }
    };
    let addr4 = |rng: &mut Rng| {
        let nets = [
            "192.0.2",
            "198.51.100",
            "203.0.113",
            "10.1.2",
            "255.255.255",
            "224.0.0",
        ];
        format!("{}.{}", nets[rng.below(nets.len())], rng.below(256))
    };
    let dir = |rng: &mut Rng| pick(rng, &["", "src ", "dst ", "src or dst ", "src and dst "]);
    match rng.below(16) {
        0 => pick(
            rng,
            &[
                "ip",
                "ip6",
                "tcp",
                "udp",
                "icmp",
                "icmp6",
                "arp",
                "rarp",
                "igmp",
                "sctp",
                "esp",
                "ah",
                "pim",
                "vrrp",
                "stp",
                "ether broadcast",
                "ether multicast",
                "ip multicast",
                "ip6 multicast",
                "vlan",
                "mpls",
                "pppoes",
                "pppoed",
            ],
        ),
        1 => format!("{}host {}", dir(rng), addr4(rng)),
        2 => format!(
            "{}{}host 2001:db8::{:x}",
            pick(rng, &["", "ip6 "]),
            dir(rng),
            rng.below(16)
        ),
        3 => format!(
            "{}{}net {}",
            pick(rng, &["", "ip "]),
            dir(rng),
            pick(
                rng,
                &[
                    "10.0.0.0/8",
                    "192.0.2.0/24",
                    "198.51.100.0/25",
                    "2001:db8::/32",
                    "10"
                ]
            )
        ),
        4 => format!(
            "{}{}port {}",
            pick(rng, &["", "tcp ", "udp ", "sctp "]),
            dir(rng),
            num(rng)
        ),
        5 => {
            let (a, b) = (num(rng), num(rng));
            format!(
                "{}{}portrange {a}-{b}",
                pick(rng, &["", "tcp ", "udp "]),
                dir(rng)
            )
        }
        6 => format!("{} {}", pick(rng, &["less", "greater"]), num(rng)),
        7 | 8 => {
            let proto = pick(
                rng,
                &["ether", "ip", "ip6", "tcp", "udp", "icmp", "arp", "vlan"],
            );
            let size = pick(rng, &["", ":1", ":2", ":4"]);
            let op = pick(rng, &["=", "!=", "<", ">", "<=", ">="]);
            let mask = if rng.below(2) == 0 {
                format!(" & 0x{:x}", rng.next_u64() as u8)
            } else {
                String::new()
            };
            format!("{proto}[{}{size}]{mask} {op} {}", rng.below(64), num(rng))
        }
        9 => {
            let op = pick(rng, &["+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>"]);
            let cmp = pick(rng, &["=", "!=", ">", "<"]);
            format!("len {op} {} {cmp} {}", 1 + num(rng), num(rng))
        }
        10 => pick(
            rng,
            &[
                "tcp[tcpflags] & tcp-syn != 0",
                "tcp[tcpflags] & (tcp-syn|tcp-ack) = tcp-ack",
                "icmp[icmptype] = icmp-echo",
                "icmp6[icmp6type] = icmp6-echo",
                "tcp[13] & 2 != 0",
                "ip[6:2] & 0x1fff != 0",
                "ip[0] & 0xf != 5",
            ],
        ),
        11 => format!(
            "{} proto {}",
            pick(rng, &["ip", "ip6", "ether"]),
            num(rng) % 300
        ),
        12 => format!(
            "{} protochain {}",
            pick(rng, &["ip", "ip6"]),
            pick(rng, &["6", "17", "58", "1"])
        ),
        13 => format!("vlan {}", num(rng) % 5000),
        14 => format!("{}ether host 02:00:00:00:00:{:02x}", dir(rng), rng.below(4)),
        _ => format!("mpls {}", num(rng)),
    }
}
