//! Shared by the whole-binary tests: running afsniff, skipping loudly (or
//! failing under AFSNIFF_REQUIRE_LIVE=1) without root or tools, network
//! namespaces that clean up after themselves, and a small pcap reader.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

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

fn live_required() -> bool {
    std::env::var("AFSNIFF_REQUIRE_LIVE").is_ok_and(|v| v == "1")
}

/// False (and a loud "skipped" line) when `what` is missing; a failure
/// instead under AFSNIFF_REQUIRE_LIVE=1, so that CI cannot skip.
pub fn require(test: &str, what: &str, present: bool) -> bool {
    if present {
        return true;
    }
    assert!(
        !live_required(),
        "{test}: {what} is missing and AFSNIFF_REQUIRE_LIVE=1"
    );
    eprintln!("skipped: {test}: {what} is missing");
    false
}

pub fn is_root() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("Uid:"))
                .map(|l| l.split_whitespace().nth(1) == Some("0"))
        })
        .unwrap_or(false)
}

pub fn have_tool(name: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {name}")])
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// tcpdump runs (`--version` succeeds), or a skip (a failure in CI).
pub fn require_tcpdump(test: &str) -> bool {
    let runs = Command::new("tcpdump")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    require(test, "tcpdump", runs)
}

/// Root and every tool in `tools`, or a skip (a failure in CI).
pub fn require_live(test: &str, tools: &[&str]) -> bool {
    if !require(test, "root (live tests capture on veth pairs)", is_root()) {
        return false;
    }
    tools.iter().all(|t| require(test, t, have_tool(t)))
}

/// A unique, short name part (interface names are limited to 15 bytes).
pub fn unique_id() -> String {
    static N: AtomicU32 = AtomicU32::new(0);
    format!(
        "{}{}",
        std::process::id() % 100_000,
        N.fetch_add(1, Ordering::Relaxed)
    )
}

pub fn sh(cmd: &str) {
    let st = Command::new("sh")
        .args(["-c", cmd])
        .status()
        .expect("sh runs");
    assert!(st.success(), "command failed: {cmd}");
}

/// A veth pair: `host` in this namespace, `peer` inside namespace `ns`,
/// addresses 198.18.N.1/24 and 198.18.N.2/24. Removed on drop.
pub struct Veth {
    pub ns: String,
    pub host: String,
    pub peer: String,
}

impl Veth {
    pub fn new() -> Veth {
        let id = unique_id();
        let v = Veth {
            ns: format!("afs{id}"),
            host: format!("afh{id}"),
            peer: format!("afp{id}"),
        };
        let net = 1 + (id.parse::<u32>().unwrap_or(0) % 250);
        sh(&format!("ip netns add {}", v.ns));
        sh(&format!(
            "ip link add {} type veth peer name {}",
            v.host, v.peer
        ));
        sh(&format!("ip link set {} netns {}", v.peer, v.ns));
        sh(&format!(
            "ip addr add 198.18.{net}.1/24 dev {} && ip link set {} up",
            v.host, v.host
        ));
        sh(&format!(
            "ip netns exec {ns} ip addr add 198.18.{net}.2/24 dev {p} && ip netns exec {ns} ip link set {p} up && ip netns exec {ns} ip link set lo up",
            ns = v.ns,
            p = v.peer
        ));
        // IPv6 DAD and router solicitations would add frames of their own.
        sh(&format!(
            "echo 1 > /proc/sys/net/ipv6/conf/{}/disable_ipv6",
            v.host
        ));
        sh(&format!(
            "ip netns exec {} sh -c 'echo 1 > /proc/sys/net/ipv6/conf/{}/disable_ipv6'",
            v.ns, v.peer
        ));
        v
    }

    /// Sends `count` frames described by a trafgen configuration from the
    /// peer end, so that they arrive on `host`.
    pub fn trafgen(&self, config: &str, count: u64) {
        let cfg = tempdir().join("gen.trafgen");
        std::fs::write(&cfg, config).unwrap();
        let out = Command::new("ip")
            .args(["netns", "exec", &self.ns, "trafgen", "-o", &self.peer, "-i"])
            .arg(&cfg)
            .args(["-n", &count.to_string(), "-P", "1", "-q"])
            .output()
            .expect("trafgen runs");
        let err = String::from_utf8_lossy(&out.stderr);
        // trafgen 0.6.8 exits 1 with "xfree: NULL pointer" after sending
        // everything when the config has ipv6(); the frame counts that the
        // tests check afterwards catch anything that really went unsent.
        assert!(
            out.status.success() || err.contains("xfree: NULL pointer"),
            "trafgen failed: {err}"
        );
    }
}

impl Drop for Veth {
    fn drop(&mut self) {
        let _ = Command::new("ip").args(["netns", "del", &self.ns]).status();
        let _ = Command::new("ip")
            .args(["link", "del", &self.host])
            .stderr(Stdio::null())
            .status();
    }
}

/// A fresh directory under the system temp dir (left for inspection on failure).
pub fn tempdir() -> PathBuf {
    let d = std::env::temp_dir().join(format!("afsniff-test-{}", unique_id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Starts `cmd` with stderr piped and waits until it has said `ready` on
/// stderr (e.g. "listening on"), returning the child and what it said.
pub fn spawn_ready(cmd: &mut Command, ready: &str) -> (Child, std::sync::mpsc::Receiver<String>) {
    use std::io::{BufRead, BufReader};
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let err = child.stderr.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(err).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut seen = Vec::new();
    while Instant::now() < deadline {
        if let Ok(line) = rx.recv_timeout(Duration::from_millis(100)) {
            let done = line.contains(ready);
            seen.push(line);
            if done {
                // Hand the caller every line, those read while waiting first.
                let (again, rx_again) = std::sync::mpsc::channel();
                for l in seen {
                    let _ = again.send(l);
                }
                std::thread::spawn(move || {
                    for l in rx {
                        if again.send(l).is_err() {
                            break;
                        }
                    }
                });
                return (child, rx_again);
            }
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    let seen = seen.join("\n");
    panic!("{cmd:?} never said {ready:?}; stderr so far:\n{seen}");
}

/// Sends SIGINT and collects the exit status, stdout and the rest of stderr.
pub fn interrupt(mut child: Child, rx: std::sync::mpsc::Receiver<String>) -> (i32, String, String) {
    use std::io::Read;
    sh(&format!("kill -INT {}", child.id()));
    let mut out = String::new();
    if let Some(mut o) = child.stdout.take() {
        o.read_to_string(&mut out).unwrap();
    }
    let st = child.wait().unwrap();
    let err: Vec<String> = rx.iter().collect();
    (st.code().unwrap_or(-1), out, err.join("\n"))
}

/// One pcap record: (ts_sec, ts_frac, wire_len, bytes).
pub type Record = (u32, u32, u32, Vec<u8>);

/// The records of a pcap file: (linktype, [(ts_sec, ts_frac, wire_len, bytes)]).
pub fn pcap_records(path: &Path) -> (u32, Vec<Record>) {
    let d = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(d.len() >= 24, "{}: no pcap header", path.display());
    let le = match &d[..4] {
        [0xd4, 0xc3, 0xb2, 0xa1] | [0x4d, 0x3c, 0xb2, 0xa1] => true,
        [0xa1, 0xb2, 0xc3, 0xd4] | [0xa1, 0xb2, 0x3c, 0x4d] => false,
        m => panic!("{}: bad magic {m:x?}", path.display()),
    };
    let u32_at = |o: usize| {
        let b = [d[o], d[o + 1], d[o + 2], d[o + 3]];
        if le {
            u32::from_le_bytes(b)
        } else {
            u32::from_be_bytes(b)
        }
    };
    let link = u32_at(20);
    let mut recs = Vec::new();
    let mut off = 24;
    while off + 16 <= d.len() {
        let incl = u32_at(off + 8) as usize;
        assert!(
            off + 16 + incl <= d.len(),
            "{}: truncated record at {off}",
            path.display()
        );
        recs.push((
            u32_at(off),
            u32_at(off + 4),
            u32_at(off + 12),
            d[off + 16..off + 16 + incl].to_vec(),
        ));
        off += 16 + incl;
    }
    assert_eq!(off, d.len(), "{}: trailing bytes", path.display());
    (link, recs)
}

/// tcpdump for reading files, in a network namespace of its own when we are
/// root: libpcap resolves words like `domain` through glibc, and generated
/// expressions must not turn into DNS queries leaving the machine.
pub fn offline_tcpdump() -> Command {
    let isolated = Command::new("unshare")
        .args(["--net", "true"])
        .status()
        .is_ok_and(|s| s.success());
    if isolated {
        let mut c = Command::new("unshare");
        c.args(["--net", "tcpdump"]);
        c
    } else {
        Command::new("tcpdump")
    }
}

/// tests/data/corpus/NAME: the development corpus committed with the
/// repository, so the tests stand alone on a bare clone.
pub fn corpus(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/corpus")
        .join(name)
}

/// Writes a little-endian pcap file (nanosecond magic when `nano`) holding
/// `records` of (ts_sec, ts_frac, wire_len, bytes).
pub fn write_pcap(path: &Path, linktype: u32, nano: bool, records: &[Record]) {
    let magic: u32 = if nano { 0xa1b2_3c4d } else { 0xa1b2_c3d4 };
    let mut d = Vec::new();
    for v in [magic, 0x0004_0002, 0, 0, 262_144, linktype] {
        d.extend_from_slice(&v.to_le_bytes());
    }
    // The version is two u16s (2, 4): fix the bytes written as one u32 above.
    d[4..8].copy_from_slice(&[2, 0, 4, 0]);
    for (sec, frac, wire, bytes) in records {
        for v in [*sec, *frac, bytes.len() as u32, *wire] {
            d.extend_from_slice(&v.to_le_bytes());
        }
        d.extend_from_slice(bytes);
    }
    std::fs::write(path, d).unwrap();
}

/// An Ethernet frame: dst, src, ethertype, payload.
pub fn ether(dst: [u8; 6], src: [u8; 6], ethertype: u16, payload: &[u8]) -> Vec<u8> {
    let mut f = Vec::with_capacity(14 + payload.len());
    f.extend_from_slice(&dst);
    f.extend_from_slice(&src);
    f.extend_from_slice(&ethertype.to_be_bytes());
    f.extend_from_slice(payload);
    f
}

/// An IPv4 header (no options, correct checksum) followed by `payload`.
pub fn ipv4(src: [u8; 4], dst: [u8; 4], proto: u8, payload: &[u8]) -> Vec<u8> {
    let total = (20 + payload.len()) as u16;
    let mut h = vec![0x45, 0, 0, 0, 0x12, 0x34, 0x40, 0, 64, proto, 0, 0];
    h[2..4].copy_from_slice(&total.to_be_bytes());
    h.extend_from_slice(&src);
    h.extend_from_slice(&dst);
    let mut sum: u32 = h
        .chunks(2)
        .map(|c| u32::from(u16::from_be_bytes([c[0], c[1]])))
        .sum();
    while sum > 0xffff {
        sum = (sum & 0xffff) + (sum >> 16);
    }
    h[10..12].copy_from_slice(&(!(sum as u16)).to_be_bytes());
    h.extend_from_slice(payload);
    h
}

/// A UDP header (checksum 0: none) followed by `payload`.
pub fn udp(sport: u16, dport: u16, payload: &[u8]) -> Vec<u8> {
    let mut u = Vec::new();
    u.extend_from_slice(&sport.to_be_bytes());
    u.extend_from_slice(&dport.to_be_bytes());
    u.extend_from_slice(&((8 + payload.len()) as u16).to_be_bytes());
    u.extend_from_slice(&[0, 0]);
    u.extend_from_slice(payload);
    u
}
