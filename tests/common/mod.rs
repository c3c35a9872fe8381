//! Shared by the whole-binary tests (`mod common;`): running afsniff,
//! tcpdump and tshark, the corpus, and through its submodules: skipping
//! loudly without root or tools (or failing under AFSNIFF_REQUIRE_LIVE=1),
//! temporary directories that go when a test passes, network namespaces,
//! child processes, frame builders and capture files read and written by
//! afsniff's own reader and writer.
#![allow(dead_code, unused_imports)]

pub mod craft;
pub mod frames;
pub mod netns;
pub mod pcap;
pub mod process;
pub mod skip;
pub mod temp;

pub use netns::{Flood, UDP_FLOOD, Veth, flooded_veth, ip_link, sh};
pub use pcap::{
    Capture, Record, packets_of, pcap_records, records_so_far, write_pcap, write_pcap_snaplen,
};
pub use process::*;
pub use skip::{have_tool, is_root, require, require_live, require_tcpdump, skip};
pub use temp::{TempDir, tempdir, unique_id};

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub fn afsniff() -> Command {
    Command::new(env!("CARGO_BIN_EXE_afsniff"))
}

/// Runs afsniff with `args` to completion.
pub fn run(args: &[&str]) -> Output {
    afsniff().args(args).output().expect("afsniff runs")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// tests/data/corpus/NAME: the development corpus committed with the
/// repository, so the tests stand alone on a bare clone.
pub fn corpus(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/corpus")
        .join(name)
}

/// What `tcpdump -r FILE FLAGS` prints on stdout.
pub fn tcpdump_prints(file: &Path, flags: &[&str]) -> String {
    let out = Command::new("tcpdump")
        .arg("-r")
        .arg(file)
        .args(flags)
        .output()
        .expect("run tcpdump");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// tcpdump for reading files, in a network namespace of its own when we are
/// root: libpcap resolves words like `domain` through glibc, and generated
/// expressions must not turn into DNS queries leaving the machine.
pub fn offline_tcpdump() -> Command {
    // Asked once: without root the probe fails, and would say so each time.
    static ISOLATED: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    let isolated = *ISOLATED.get_or_init(|| {
        Command::new("unshare")
            .args(["--net", "true"])
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    });
    if isolated {
        let mut c = Command::new("unshare");
        c.args(["--net", "tcpdump"]);
        c
    } else {
        Command::new("tcpdump")
    }
}

/// What tcpdump keeps of `file` under `expr` (`tcpdump -r FILE -w OUT
/// EXPR`): the first field (the seconds, which the filter tests number
/// records by) of each record kept, or None when tcpdump refuses `expr`.
pub fn tcpdump_keeps(file: &Path, out: &Path, expr: &str) -> Option<Vec<u32>> {
    let _ = std::fs::remove_file(out);
    let st = offline_tcpdump()
        .arg("-r")
        .arg(file)
        .arg("-w")
        .arg(out)
        .arg(expr)
        .output()
        .expect("tcpdump runs");
    st.status
        .success()
        .then(|| Capture::read(out).records.iter().map(|r| r.0).collect())
}

/// The same for afsniff's program for `expr` on `linktype`, run by its
/// userspace interpreter; None when afsniff refuses `expr`.
pub fn afsniff_keeps(linktype: u32, expr: &str, records: &[Record]) -> Option<Vec<u32>> {
    use afsniff::bpf::interp::{Meta, run};
    let opts = afsniff::filter::Options {
        link: afsniff::link::LinkType::from_linktype(linktype),
        snaplen: 262_144,
        kernel: false,
        optimize: true,
        netmask: 0,
        names: afsniff::netdb::system(),
    };
    let prog = afsniff::filter::compile(expr, &opts).ok()?;
    Some(
        records
            .iter()
            .filter(|(_, _, wire, d)| run(&prog, d, *wire, &Meta::default()) != 0)
            .map(|r| r.0)
            .collect(),
    )
}

/// What tcpdump makes of a pcap file: (packets, exit status success, stderr).
/// A file cut inside a record makes tcpdump say "truncated".
pub fn tcpdump_reads(path: &Path) -> (u64, bool, String) {
    let out = Command::new("tcpdump")
        .args(["-n", "-q", "-t", "-r"])
        .arg(path)
        .output()
        .expect("tcpdump runs");
    let lines = out.stdout.iter().filter(|&&b| b == b'\n').count() as u64;
    (
        lines,
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The records of an Ethernet capture afsniff wrote, counted by afsniff's
/// reader (which fails on a partial record or trailing bytes) and by
/// tcpdump, which must count as many and not call the file truncated.
pub fn records_tcpdump_agrees(test: &str, path: &Path) -> u64 {
    let (link, records) = pcap_records(path);
    assert_eq!(link, 1, "{test}: link type of {}", path.display());
    let (tcpdump_n, ok, tcpdump_err) = tcpdump_reads(path);
    assert!(
        ok && !tcpdump_err.contains("truncated"),
        "{test}: tcpdump on {}: {tcpdump_err}",
        path.display()
    );
    let n = records.len() as u64;
    assert_eq!(
        tcpdump_n,
        n,
        "{test}: tcpdump's count of {}",
        path.display()
    );
    n
}

/// What tshark makes of it: (packets, clean). tshark -q reads every record
/// and complains on stderr ("cut short", "appears to be damaged") otherwise.
pub fn tshark_reads(path: &Path) -> (u64, bool) {
    let out = Command::new("tshark")
        .args(["-r"])
        .arg(path)
        .args(["-n", "-T", "fields", "-e", "frame.number"])
        .output()
        .expect("tshark runs");
    // As root tshark warns "Running as user "root"..."; nothing else may appear.
    let err: String = String::from_utf8_lossy(&out.stderr)
        .lines()
        .filter(|l| !l.starts_with("Running as user"))
        .collect();
    let last = String::from_utf8_lossy(&out.stdout)
        .lines()
        .last()
        .map_or(0, |l| l.trim().parse().unwrap_or(0));
    (last, out.status.success() && err.trim().is_empty())
}

/// A wake-up descriptor pair for Live::wait: the capture polls `.0`; a test
/// writes `.1` to interrupt it.
pub fn wake_pair() -> (
    std::os::unix::net::UnixStream,
    std::os::unix::net::UnixStream,
) {
    std::os::unix::net::UnixStream::pair().expect("socketpair")
}
