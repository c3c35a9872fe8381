//! Child processes: started and waited for with time limits, signalled,
//! and what /proc and afsniff's statistics lines say about them.

use super::netns::sh;
use std::io::Read;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// Runs `cmd` to completion; fails the test, with what it said on stderr,
/// unless it succeeds.
pub fn output_ok(cmd: &mut Command) -> std::process::Output {
    let out = cmd.output().unwrap_or_else(|e| panic!("{cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
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

/// All a spawn_ready child said on stderr, once it has exited.
pub fn stderr_lines(rx: std::sync::mpsc::Receiver<String>) -> String {
    let lines: Vec<String> = rx.iter().collect();
    lines.join("\n")
}

/// Sends `sig` to a spawn_ready child and waits at most `limit` for it to
/// exit (a hang fails `what`); its status and all it said on stderr.
pub fn stop(
    child: &mut Child,
    rx: std::sync::mpsc::Receiver<String>,
    sig: &str,
    limit: Duration,
    what: &str,
) -> (ExitStatus, String) {
    signal(child.id(), sig);
    let status = wait_at_most(child, limit, what);
    (status, stderr_lines(rx))
}

/// Sends SIGINT and collects the exit status, stdout and the rest of stderr.
pub fn interrupt(mut child: Child, rx: std::sync::mpsc::Receiver<String>) -> (i32, String, String) {
    sh(&format!("kill -INT {}", child.id()));
    let mut out = String::new();
    if let Some(mut o) = child.stdout.take() {
        o.read_to_string(&mut out).unwrap();
    }
    let st = child.wait().unwrap();
    (st.code().unwrap_or(-1), out, stderr_lines(rx))
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
