//! Fuzzing without libFuzzer, and the findings of the fuzz targets as
//! regression tests.
//!
//! The checks are the cargo-fuzz targets' own code (fuzz/src/checks.rs),
//! included here by path so that a finding is replayed through exactly the
//! code that found it. Inputs of findings live in tests/data/fuzz/<target>/.
//!
//! The `fuzz_loop_*` tests are #[ignore]d: they run a target over its seed
//! corpus plus random mutations on stable Rust (see fuzz/README.md):
//!
//!     AFSNIFF_FUZZ_ITERS=200000 cargo test --release --test fuzz_regressions \
//!         -- --ignored fuzz_loop_printer
//!
//! fuzz_loop_filter_parser must run under `unshare --net`: the compiler
//! resolves host names, and fuzzed names must not reach a DNS server.

// Both files also serve the fuzz crate; not every helper is used here.
#[allow(dead_code)]
#[path = "../fuzz/src/checks.rs"]
mod checks;
#[allow(dead_code)]
#[path = "../fuzz/src/mutate.rs"]
mod mutate;

use std::path::{Path, PathBuf};

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn seeds(target: &str) -> Vec<Vec<u8>> {
    let dir = repo().join("fuzz/corpus").join(target);
    let seeds = mutate::read_corpus(&dir);
    assert!(!seeds.is_empty(), "no seeds in {}", dir.display());
    seeds
}

fn finding(target: &str, name: &str) -> Vec<u8> {
    let path = repo().join("tests/data/fuzz").join(target).join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

// ---------------------------------------------------------------------------
// The seed corpora pass every check (a change that breaks one shows here
// before anyone runs a fuzzer).

#[test]
fn filter_parser_seeds_pass() {
    // The committed expressions name no host, so no lookup leaves the machine.
    for seed in seeds("filter_parser") {
        checks::filter_parser(&seed);
    }
}

#[test]
fn interpreter_seeds_pass() {
    let seeds = seeds("interpreter");
    for seed in &seeds {
        checks::interpreter(seed);
    }
    // The seeds are real compiled programs, not noise the check throws away.
    let valid = seeds
        .iter()
        .filter(|s| afsniff::bpf::validate::validate(&checks::split_program(s).0).is_ok())
        .count();
    assert!(
        valid * 2 > seeds.len(),
        "only {valid} of {} seeds hold a valid program",
        seeds.len()
    );
}

#[test]
fn printer_seeds_pass() {
    for seed in seeds("printer") {
        checks::printer(&seed);
    }
}

#[test]
fn file_reader_seeds_pass() {
    for seed in seeds("file_reader") {
        checks::file_reader(&seed);
    }
}

// ---------------------------------------------------------------------------
// The checks themselves catch what they claim to (so that a silent fuzz run
// means something).

#[test]
fn text_check_rejects_raw_bytes() {
    checks::check_text(
        b"IP 10.0.0.1 > 10.0.0.2: UDP, length 4\n\t0x0000:  4500\n",
        "ok",
        &[],
    );
    for raw in [&b"\x1b[2J"[..], b"\r", b"\x7f", b"\xc3\xa9", b"\0"] {
        let mut line = b"IP 10.0.0.1 > 10.0.0.2: ".to_vec();
        line.extend_from_slice(raw);
        line.push(b'\n');
        let caught = std::panic::catch_unwind(|| checks::check_text(&line, "test", &[]));
        assert!(caught.is_err(), "{raw:02x?} got through");
    }
}

#[test]
fn split_program_reads_sock_filter_layout() {
    // ldh [12]; ret #0xffff; wire length 4 more than the 2-byte packet.
    let input = [
        2, 0, 0x28, 0, 0, 0, 12, 0, 0, 0, 0x06, 0, 0, 0, 0xff, 0xff, 0, 0, 4, 0xaa, 0xbb,
    ];
    let (prog, wire, packet) = checks::split_program(&input);
    assert_eq!(
        prog.insns,
        vec![
            afsniff::bpf::Insn::stmt(0x28, 12),
            afsniff::bpf::Insn::stmt(0x06, 0xffff)
        ]
    );
    assert_eq!((wire, packet), (6, &[0xaa, 0xbb][..]));
}

#[test]
fn mutate_is_deterministic_and_bounded() {
    let run = || {
        let mut rng = mutate::Rng::new(7);
        let mut input = b"tcp port 80".to_vec();
        for _ in 0..1000 {
            mutate::mutate(
                &mut rng,
                &mut input,
                &[b"udp".to_vec()],
                mutate::FILTER_WORDS,
                64,
            );
            assert!(input.len() <= 64);
        }
        input
    };
    assert_eq!(run(), run());
}

// ---------------------------------------------------------------------------
// Findings. Each test replays the minimized input; see fuzz/README.md for
// what was wrong and where.

// ---------------------------------------------------------------------------
// libFuzzer-free fuzzing loops (#[ignore]d: minutes of CPU).

fn loop_iterations() -> u64 {
    std::env::var("AFSNIFF_FUZZ_ITERS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20_000)
}

fn loop_seed() -> u64 {
    std::env::var("AFSNIFF_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5eed)
}

fn fuzz_loop(name: &str, check: fn(&[u8]), dict: &[&str]) {
    let crash_dir: PathBuf = repo().join("target/fuzz-loop");
    let start = std::time::Instant::now();
    let report = mutate::run_loop(
        name,
        check,
        seeds(name),
        dict,
        loop_iterations(),
        loop_seed(),
        4096,
        &crash_dir,
        20,
    );
    eprintln!(
        "{name}: {} executions in {:.1?}, {} failing inputs",
        report.executions,
        start.elapsed(),
        report.crashes.len()
    );
    assert!(
        report.crashes.is_empty(),
        "{name}: failing inputs: {:?}",
        report.crashes
    );
}

#[test]
#[ignore = "minutes of CPU; must run under `unshare --net`"]
fn fuzz_loop_filter_parser() {
    assert!(
        checks::network_is_isolated(),
        "run this under `unshare --net`: fuzzed host names would reach a DNS server"
    );
    fuzz_loop("filter_parser", checks::filter_parser, mutate::FILTER_WORDS);
}

#[test]
#[ignore = "minutes of CPU"]
fn fuzz_loop_interpreter() {
    fuzz_loop("interpreter", checks::interpreter, &[]);
}

#[test]
#[ignore = "minutes of CPU"]
fn fuzz_loop_printer() {
    fuzz_loop("printer", checks::printer, &[]);
}

#[test]
#[ignore = "minutes of CPU"]
fn fuzz_loop_file_reader() {
    fuzz_loop("file_reader", checks::file_reader, &[]);
}

// ---------------------------------------------------------------------------
// Damaged files against tcpdump: the issue's held-out check is "never fewer
// packets kept than tcpdump keeps", so mutated capture files are read by both.

/// Packets afsniff's reader returns before the end or the first error.
fn afsniff_keeps(data: &[u8]) -> u64 {
    let Ok(mut src) = afsniff::capture::file::FileSource::from_reader(Box::new(
        std::io::Cursor::new(data.to_vec()),
    )) else {
        return 0;
    };
    let mut n = 0;
    while let Ok(Some(_)) = src.next_packet() {
        n += 1;
    }
    n
}

/// Packets tcpdump copies from `input` to a new file (`-r IN -w OUT`),
/// counted by reading OUT back (libpcap wrote it, so it is clean).
fn tcpdump_keeps(input: &Path, out: &Path) -> u64 {
    let _ = std::fs::remove_file(out);
    let status = std::process::Command::new("tcpdump")
        .args(["-Z", "root", "-r"])
        .arg(input)
        .arg("-w")
        .arg(out)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .expect("running tcpdump");
    let _ = status;
    std::fs::read(out).map(|d| afsniff_keeps(&d)).unwrap_or(0)
}

fn have_tcpdump() -> bool {
    std::process::Command::new("tcpdump")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
#[ignore = "minutes of CPU; needs tcpdump"]
fn fuzz_loop_file_reader_keeps_what_tcpdump_keeps() {
    if !have_tcpdump() {
        assert!(
            std::env::var("AFSNIFF_REQUIRE_LIVE").as_deref() != Ok("1"),
            "tcpdump is required (AFSNIFF_REQUIRE_LIVE=1)"
        );
        eprintln!("skipped: tcpdump not installed");
        return;
    }
    let dir = repo().join("target/fuzz-loop");
    std::fs::create_dir_all(&dir).unwrap();
    let (input, out) = (dir.join("tcpdump-in.pcap"), dir.join("tcpdump-out.pcap"));
    let mut pool = seeds("file_reader");
    let mut rng = mutate::Rng::new(loop_seed());
    let iterations = loop_iterations().min(1_000_000);
    let mut fewer = Vec::new();
    let (mut total_ours, mut total_theirs) = (0, 0);
    for i in 0..iterations {
        let mut data = pool[rng.below(pool.len())].clone();
        if i >= pool.len() as u64 {
            mutate::mutate(&mut rng, &mut data, &pool, &[], 8192);
        }
        std::fs::write(&input, &data).unwrap();
        let (ours, theirs) = (afsniff_keeps(&data), tcpdump_keeps(&input, &out));
        total_ours += ours;
        total_theirs += theirs;
        if ours < theirs {
            let path = dir.join(format!("fewer-than-tcpdump-{:016x}", mutate::fnv1a(&data)));
            std::fs::write(&path, &data).unwrap();
            eprintln!("afsniff keeps {ours}, tcpdump {theirs}: {}", path.display());
            fewer.push(path);
            if fewer.len() >= 10 {
                break;
            }
        } else if rng.below(8) == 0 && pool.len() < 2048 {
            pool.push(data);
        }
    }
    eprintln!("packets kept: afsniff {total_ours}, tcpdump {total_theirs}");
    // The seeds alone hold packets: a zero here means tcpdump was not run.
    assert!(total_theirs > 0, "tcpdump kept no packet at all");
    assert!(
        fewer.is_empty(),
        "afsniff kept fewer packets than tcpdump: {fewer:?}"
    );
}
