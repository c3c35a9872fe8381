//! Shared by the live tests: a veth pair whose far end sits in a private
//! network namespace, a frame sender, and root/tool checks that skip loudly
//! (or fail under AFSNIFF_REQUIRE_LIVE=1).
#![allow(dead_code)]

use std::io::Write;
use std::os::unix::net::UnixStream;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

fn require_live() -> bool {
    std::env::var("AFSNIFF_REQUIRE_LIVE").as_deref() == Ok("1")
}

/// False (after saying so) when this test cannot run here.
pub fn can_run(test: &str, tools: &[&str]) -> bool {
    let root = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("Uid:"))
                .map(|l| l.split_whitespace().nth(2) == Some("0"))
        })
        .unwrap_or(false);
    let missing: Vec<&str> = tools
        .iter()
        .copied()
        .filter(|t| {
            Command::new("sh")
                .args(["-c", &format!("command -v {t}")])
                .output()
                .map_or(true, |o| !o.status.success())
        })
        .collect();
    if root && missing.is_empty() {
        return true;
    }
    let why = if root {
        format!("needs {}", missing.join(", "))
    } else {
        "live test needs root".to_string()
    };
    assert!(
        !require_live(),
        "{test}: {why}, and AFSNIFF_REQUIRE_LIVE=1 forbids skipping"
    );
    eprintln!("skipped: {test}: {why}");
    false
}

fn run(args: &[&str]) {
    let out = Command::new(args[0])
        .args(&args[1..])
        .output()
        .expect("run a command");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A veth pair: `cap` in our namespace, `gen` in namespace `ns`. Removed on drop.
pub struct Veth {
    pub ns: String,
    pub cap: String,
    pub gen_if: String,
}

static SERIAL: AtomicU32 = AtomicU32::new(0);

impl Veth {
    /// Names are unique per process and test (`tag` is 1-3 letters).
    pub fn new(tag: &str) -> Veth {
        let id = format!(
            "{}{}",
            std::process::id() % 100_000,
            SERIAL.fetch_add(1, Ordering::Relaxed)
        );
        let v = Veth {
            ns: format!("afsn{tag}{id}"),
            cap: format!("afc{tag}{id}"),
            gen_if: format!("afg{tag}{id}"),
        };
        assert!(v.cap.len() <= 15, "interface name too long: {}", v.cap);
        run(&["ip", "netns", "add", &v.ns]);
        run(&[
            "ip", "link", "add", &v.cap, "type", "veth", "peer", "name", &v.gen_if,
        ]);
        run(&["ip", "link", "set", &v.gen_if, "netns", &v.ns]);
        // No IPv6 autoconfiguration chatter: the tests compare exact packet lists.
        let _ = std::fs::write(
            format!("/proc/sys/net/ipv6/conf/{}/disable_ipv6", v.cap),
            "1",
        );
        run(&[
            "ip",
            "netns",
            "exec",
            &v.ns,
            "sh",
            "-c",
            &format!(
                "echo 1 > /proc/sys/net/ipv6/conf/{0}/disable_ipv6 2>/dev/null; ip link set {0} up",
                v.gen_if
            ),
        ]);
        run(&["ip", "link", "set", &v.cap, "up"]);
        let deadline = Instant::now() + Duration::from_secs(3);
        while std::fs::read_to_string(format!("/sys/class/net/{}/operstate", v.cap))
            .unwrap_or_default()
            .trim()
            != "up"
        {
            assert!(Instant::now() < deadline, "{} did not come up", v.cap);
            std::thread::sleep(Duration::from_millis(20));
        }
        v
    }

    /// Sends `frames` out of the namespace end (they arrive on `cap`).
    /// With `stamp_at`, the sender writes its CLOCK_REALTIME in ns (8 bytes,
    /// big-endian) at that offset just before each send, `gap` apart.
    pub fn send_in(&self, frames: &[Vec<u8>], gap: Duration, stamp_at: Option<usize>) {
        send(Some(&self.ns), &self.gen_if, frames, gap, stamp_at);
    }

    /// Sends `frames` out of `cap` itself: outgoing packets on `cap`.
    pub fn send_out(&self, frames: &[Vec<u8>]) {
        send(None, &self.cap, frames, Duration::ZERO, None);
    }
}

impl Drop for Veth {
    fn drop(&mut self) {
        let _ = Command::new("ip").args(["link", "del", &self.cap]).output();
        let _ = Command::new("ip").args(["netns", "del", &self.ns]).output();
    }
}

const SENDER: &str = r#"
import socket, sys, time
ifname, gap, stamp = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
frames = [bytearray.fromhex(l.strip()) for l in sys.stdin if l.strip()]
s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, 0)
s.bind((ifname, 0))
for f in frames:
    if stamp >= 0:
        f[stamp:stamp + 8] = time.time_ns().to_bytes(8, "big")
    s.send(f)
    if gap > 0:
        time.sleep(gap)
"#;

fn send(
    ns: Option<&str>,
    ifname: &str,
    frames: &[Vec<u8>],
    gap: Duration,
    stamp_at: Option<usize>,
) {
    let mut cmd = match ns {
        Some(ns) => {
            let mut c = Command::new("ip");
            c.args(["netns", "exec", ns, "python3"]);
            c
        }
        None => Command::new("python3"),
    };
    let stamp = stamp_at.map_or(-1, |s| s as i64).to_string();
    let mut child = cmd
        .args(["-c", SENDER, ifname, &gap.as_secs_f64().to_string(), &stamp])
        .stdin(Stdio::piped())
        .spawn()
        .expect("python3 sender");
    let mut input = String::new();
    for f in frames {
        for b in f {
            input += &format!("{b:02x}");
        }
        input.push('\n');
    }
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let status = child.wait().unwrap();
    assert!(status.success(), "sender failed");
}

/// An Ethernet frame from 02:00:00:00:00:01 to 02:00:00:00:00:02 with
/// optional tags (TPID, TCI), outermost first, carrying IPv4/UDP.
pub fn frame(tags: &[(u16, u16)], payload_len: usize, seq: u16) -> Vec<u8> {
    let mut f = vec![2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1];
    for (tpid, tci) in tags {
        f.extend_from_slice(&tpid.to_be_bytes());
        f.extend_from_slice(&tci.to_be_bytes());
    }
    f.extend_from_slice(&[0x08, 0x00]);
    let total = (20 + 8 + payload_len) as u16;
    f.extend_from_slice(&[
        0x45,
        0,
        (total >> 8) as u8,
        total as u8,
        (seq >> 8) as u8,
        seq as u8,
        0,
        0,
        64,
        17,
        0,
        0,
    ]);
    f.extend_from_slice(&[198, 18, 0, 1, 198, 18, 0, 2]);
    let udp_len = (8 + payload_len) as u16;
    f.extend_from_slice(&[
        0x13,
        0x88,
        0x13,
        0x89,
        (udp_len >> 8) as u8,
        udp_len as u8,
        0,
        0,
    ]);
    f.extend((0..payload_len).map(|i| (i as u8).wrapping_add(seq as u8)));
    f
}

/// A wake-up fd pair: the capture polls `.0`; nobody writes `.1` here.
pub fn wake_pair() -> (UnixStream, UnixStream) {
    UnixStream::pair().expect("socketpair")
}
