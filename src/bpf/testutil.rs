//! Helpers shared by the bpf tests: running tcpdump as the oracle, reading
//! capture files, the development filter list.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::Program;
use super::dump::parse_c_array;

/// The development corpus committed with the repository, so the tests
/// stand alone on a bare clone.
pub const CORPUS_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/corpus");

/// True when tcpdump can be run; otherwise says "skipped" loudly, or panics
/// when AFSNIFF_REQUIRE_LIVE=1 forbids skipping.
pub fn have_tcpdump(what: &str) -> bool {
    let ok = Command::new("tcpdump")
        .arg("--version")
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false);
    if !ok {
        skip(what, "tcpdump is not installed");
    }
    ok
}

fn skip(what: &str, why: &str) {
    if std::env::var("AFSNIFF_REQUIRE_LIVE").as_deref() == Ok("1") {
        panic!("{what}: {why}, and AFSNIFF_REQUIRE_LIVE=1 forbids skipping");
    }
    eprintln!("skipped: {what}: {why}");
}

/// True when running as root (tcpdump -i needs capture rights even for
/// -d); otherwise says "skipped" loudly, or panics under
/// AFSNIFF_REQUIRE_LIVE=1.
pub fn have_root(what: &str) -> bool {
    let root = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("Uid:"))
                .map(|l| l.split_whitespace().nth(1) == Some("0"))
        })
        .unwrap_or(false);
    if !root {
        skip(what, "needs root (tcpdump -i opens a capture socket)");
    }
    root
}

/// The corpus file used for compiling against the Ethernet link type, when
/// tcpdump is present.
pub fn tcpdump_available(what: &str) -> Option<PathBuf> {
    have_tcpdump(what).then(|| Path::new(CORPUS_DIR).join("core.pcap"))
}

/// Every capture file of the corpus.
pub fn corpus_files() -> Vec<PathBuf> {
    ["core.pcap", "mixed.pcap", "mixed-nano.pcap", "mixed.pcapng"]
        .iter()
        .map(|f| Path::new(CORPUS_DIR).join(f))
        .collect()
}

/// The development expressions (comments and blank lines dropped).
pub fn filters_dev() -> Vec<String> {
    let path = Path::new(CORPUS_DIR).join("filters-dev.txt");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect()
}

/// What the tcpdump command `cmd` printed; panics, with `what` and
/// tcpdump's complaint, when it cannot run or fails.
fn tcpdump_succeeds(cmd: &mut Command, what: &str) -> std::process::Output {
    let out = cmd.output().expect("tcpdump runs");
    assert!(
        out.status.success(),
        "{what}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// What a libpcap oracle script starts with: `sys`, libpcap.so.0.8 as
/// `lib`, and `Insn`, struct bpf_insn.
const LIBPCAP_PY: &str = r#"
import ctypes, sys
lib = ctypes.CDLL("libpcap.so.0.8")
class Insn(ctypes.Structure):
    _fields_ = [("code", ctypes.c_ushort), ("jt", ctypes.c_ubyte),
                ("jf", ctypes.c_ubyte), ("k", ctypes.c_uint)]
"#;

/// Standard output of the Python `script` (run after `LIBPCAP_PY`) fed
/// `input`: the oracle of `what`. `None` when python3 or the library is
/// missing, after saying "skipped" (a panic under AFSNIFF_REQUIRE_LIVE=1).
pub fn libpcap_oracle(what: &str, script: &str, input: &str) -> Option<String> {
    let out = Command::new("python3")
        .args(["-c", &format!("{LIBPCAP_PY}{script}")])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .ok()
        .and_then(|mut c| {
            use std::io::Write;
            c.stdin.take()?.write_all(input.as_bytes()).ok()?;
            c.wait_with_output().ok().filter(|o| o.status.success())
        });
    if out.is_none() {
        skip(what, "python3 or libpcap.so.0.8 missing");
    }
    out.map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
}

/// `tcpdump -r FILE FLAG EXTRA... EXPR` standard output; panics on failure.
pub fn tcpdump_stdout(file: &Path, flag: &str, extra: &[&str], expr: &str) -> String {
    let out = tcpdump_succeeds(
        Command::new("tcpdump")
            .arg("-r")
            .arg(file)
            .arg(flag)
            .args(extra)
            .arg(expr),
        &format!("tcpdump {flag} {extra:?} {expr}"),
    );
    String::from_utf8(out.stdout).expect("tcpdump prints UTF-8")
}

/// libpcap's program for `expr` on `file`'s link type (`extra` = ["-O"]
/// for the unoptimized one).
pub fn tcpdump_program(file: &Path, expr: &str, extra: &[&str]) -> Program {
    parse_c_array(&tcpdump_stdout(file, "-dd", extra, expr)).expect("tcpdump -dd parses")
}

/// One captured record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    pub data: Vec<u8>,
    pub wire_len: u32,
}

fn temp_path(tag: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    std::env::temp_dir().join(format!(
        "afsniff-bpf-{}-{}-{tag}.pcap",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ))
}

/// Every record of a capture file; pcapng is converted by tcpdump first.
pub fn read_capture(path: &Path) -> Vec<Record> {
    if path.extension().is_some_and(|e| e == "pcapng") {
        let tmp = temp_path("conv");
        let st = Command::new("tcpdump")
            .arg("-r")
            .arg(path)
            .arg("-w")
            .arg(&tmp)
            .output()
            .expect("tcpdump runs");
        assert!(st.status.success(), "converting {path:?}");
        let recs = read_pcap(&std::fs::read(&tmp).expect("converted file"));
        let _ = std::fs::remove_file(&tmp);
        return recs;
    }
    read_pcap(&std::fs::read(path).expect("capture file readable"))
}

/// A minimal classic pcap reader (either byte order, µs or ns magic).
pub fn read_pcap(bytes: &[u8]) -> Vec<Record> {
    assert!(bytes.len() >= 24, "pcap header");
    let magic = u32::from_le_bytes(bytes[0..4].try_into().unwrap());
    let le = match magic {
        0xa1b2c3d4 | 0xa1b23c4d => true,
        0xd4c3b2a1 | 0x4d3cb2a1 => false,
        m => panic!("not a pcap file: magic {m:#x}"),
    };
    let u32_at = |b: &[u8], o: usize| {
        let a: [u8; 4] = b[o..o + 4].try_into().unwrap();
        if le {
            u32::from_le_bytes(a)
        } else {
            u32::from_be_bytes(a)
        }
    };
    let mut recs = Vec::new();
    let mut off = 24;
    while off + 16 <= bytes.len() {
        let caplen = u32_at(bytes, off + 8) as usize;
        let wire_len = u32_at(bytes, off + 12);
        let start = off + 16;
        // libpcap stops at a record cut short by the end of the file.
        if start + caplen > bytes.len() {
            break;
        }
        recs.push(Record {
            data: bytes[start..start + caplen].to_vec(),
            wire_len,
        });
        off = start + caplen;
    }
    recs
}

/// The records tcpdump keeps from `file` with `expr`, in order (`extra` =
/// ["-O"] to filter with libpcap's unoptimized program).
pub fn tcpdump_kept(file: &Path, expr: &str, extra: &[&str]) -> Vec<Record> {
    let tmp = temp_path("kept");
    tcpdump_succeeds(
        Command::new("tcpdump")
            .args(extra)
            .arg("-r")
            .arg(file)
            .arg("-w")
            .arg(&tmp)
            .arg(expr),
        &format!("tcpdump -w {expr}"),
    );
    let recs = read_pcap(&std::fs::read(&tmp).expect("tcpdump output"));
    let _ = std::fs::remove_file(&tmp);
    recs
}

/// True when tcpdump accepts `expr` for `file`'s link type.
pub fn tcpdump_compiles(file: &Path, expr: &str) -> bool {
    Command::new("tcpdump")
        .arg("-r")
        .arg(file)
        .arg("-d")
        .arg(expr)
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false)
}

/// A small deterministic generator (xorshift) for property tests, so that
/// failures reproduce without an extra dependency.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    pub fn pick<'a, T>(&mut self, v: &'a [T]) -> &'a T {
        &v[self.below(v.len() as u64) as usize]
    }
}
