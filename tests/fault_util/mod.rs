//! Shared by the fault tests (tests/fault_*.rs) and the soak test: traffic
//! at full rate that stops when dropped, a tiny disk in a private mount
//! namespace, a child's CPU time and memory from /proc, the statistics
//! afsniff prints, and what tcpdump and tshark make of a written file.
//! Each test file that uses it also declares `mod common;`.
#![allow(dead_code)]

use std::io::Read;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// One small UDP frame, as fast as trafgen sends it.
pub const UDP_FLOOD: &str = "{ eth(da=02:00:00:00:00:02, sa=02:00:00:00:00:01), ipv4(sa=198.18.0.1, da=198.18.0.2), udp(sp=dinc(1024, 65000), dp=9), fill(0x41, 200) }\n";

/// trafgen sending `config` from the namespace end of a veth pair until
/// dropped. trafgen forks its workers and only they stop on SIGINT, so the
/// whole process group (this child's own) is signalled.
pub struct Flood {
    child: Child,
    config: std::path::PathBuf,
}

impl Flood {
    /// `gap_us` slows trafgen down (-t, a gap between frames); None is full rate.
    pub fn start(ns: &str, iface: &str, config: &str, gap_us: Option<u32>) -> Flood {
        let cfg = std::env::temp_dir().join(format!("afsniff-flood-{}.trafgen", unique()));
        std::fs::write(&cfg, config).unwrap();
        let mut cmd = Command::new("ip");
        cmd.args(["netns", "exec", ns, "trafgen", "-o", iface, "-i"])
            .arg(&cfg)
            .args(["-P", "1", "-q"]);
        if let Some(gap) = gap_us {
            cmd.args(["-t", &format!("{gap}us")]);
        }
        let child = cmd
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .expect("trafgen starts");
        // trafgen compiles its configuration before it sends anything.
        std::thread::sleep(Duration::from_millis(300));
        Flood { child, config: cfg }
    }
}

impl Drop for Flood {
    fn drop(&mut self) {
        self.remove_config();
        let pgid = self.child.id() as i32;
        signal_group(pgid, libc::SIGINT);
        let deadline = Instant::now() + Duration::from_secs(3);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        signal_group(pgid, libc::SIGKILL);
        let _ = self.child.wait();
    }
}

impl Flood {
    fn remove_config(&self) {
        let _ = std::fs::remove_file(&self.config);
    }
}

fn signal_group(pgid: i32, sig: i32) {
    let _ = Command::new("kill")
        .arg(format!("-{sig}"))
        .arg("--")
        .arg(format!("-{pgid}"))
        .stderr(Stdio::null())
        .status();
}

fn unique() -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static N: AtomicU32 = AtomicU32::new(0);
    format!(
        "{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    )
}

/// Sends `sig` (e.g. "INT") to one process.
pub fn signal(pid: u32, sig: &str) {
    let st = Command::new("kill")
        .args([&format!("-{sig}"), &pid.to_string()])
        .status()
        .unwrap();
    assert!(st.success(), "kill -{sig} {pid}");
}

/// Waits for `child` at most `limit`; kills it and fails the test after that.
pub fn wait_at_most(child: &mut Child, limit: Duration, what: &str) -> ExitStatus {
    let deadline = Instant::now() + limit;
    loop {
        if let Some(st) = child.try_wait().unwrap() {
            return st;
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{what}: still running after {limit:?} (a hang)");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Runs `cmd` to completion with a time limit; (status, stdout, stderr).
pub fn output_within(
    cmd: &mut Command,
    limit: Duration,
    what: &str,
) -> (ExitStatus, Vec<u8>, String) {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{what}: {e}"));
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let out_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = out.read_to_end(&mut v);
        v
    });
    let err_reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = err.read_to_string(&mut s);
        s
    });
    let st = wait_at_most(&mut child, limit, what);
    (st, out_reader.join().unwrap(), err_reader.join().unwrap())
}

/// "N packets captured" (and the other two lines) from afsniff's stderr.
pub fn stat(stderr: &str, what: &str) -> u64 {
    stderr
        .lines()
        .find_map(|l| {
            let rest = l.strip_suffix(what)?.trim();
            let n = rest
                .strip_suffix(" packets")
                .or(rest.strip_suffix(" packet"))?;
            n.parse().ok()
        })
        .unwrap_or_else(|| panic!("no '{what}' line in:\n{stderr}"))
}

/// utime + stime of a running process, in clock ticks.
pub fn cpu_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    // The command name may hold spaces; the fields after it are plain.
    let after = &stat[stat.rfind(')').unwrap() + 2..];
    let f: Vec<&str> = after.split_whitespace().collect();
    // Fields 14 and 15 of stat(5); `after` starts at field 3.
    f[11].parse::<u64>().unwrap() + f[12].parse::<u64>().unwrap()
}

/// A field of /proc/PID/status (e.g. "VmRSS:", "Uid:"), its words after the name.
pub fn status_field(pid: u32, field: &str) -> Vec<String> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    status
        .lines()
        .find(|l| l.starts_with(field))
        .unwrap_or_else(|| panic!("no {field} in /proc/{pid}/status"))
        .split_whitespace()
        .skip(1)
        .map(str::to_string)
        .collect()
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

/// `ip link` on the host side, asserting success.
pub fn ip_link(args: &str) {
    let st = Command::new("sh")
        .args(["-c", &format!("ip link {args}")])
        .status()
        .unwrap();
    assert!(st.success(), "ip link {args}");
}
