//! Network namespaces for live tests: a veth pair whose far end sits in a
//! namespace of its own, removed on drop, and ways to send frames into it
//! (trafgen once or as a flood, or a small Python sender).

use super::temp::{tempdir, unique_id};
use std::io::Write;
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub fn sh(cmd: &str) {
    let st = Command::new("sh")
        .args(["-c", cmd])
        .status()
        .expect("sh runs");
    assert!(st.success(), "command failed: {cmd}");
}

/// `ip link` on the host side, asserting success.
pub fn ip_link(args: &str) {
    sh(&format!("ip link {args}"));
}

/// A veth pair: `host` in this namespace, `peer` inside namespace `ns`.
/// Removed on drop.
pub struct Veth {
    pub ns: String,
    pub host: String,
    pub peer: String,
}

impl Veth {
    /// With addresses 198.18.N.1/24 (host) and 198.18.N.2/24 (peer).
    pub fn new() -> Veth {
        let v = Veth::create();
        let net = 1 + (v.host[3..].parse::<u32>().unwrap_or(0) % 250);
        sh(&format!("ip addr add 198.18.{net}.1/24 dev {}", v.host));
        sh(&format!(
            "ip netns exec {ns} ip addr add 198.18.{net}.2/24 dev {p} && ip netns exec {ns} ip link set lo up",
            ns = v.ns,
            p = v.peer
        ));
        v
    }

    /// Without addresses, so that the kernel sends nothing of its own on it:
    /// for tests that compare exact lists of frames.
    pub fn unaddressed() -> Veth {
        Veth::create()
    }

    fn create() -> Veth {
        let id = unique_id();
        let v = Veth {
            ns: format!("afs{id}"),
            host: format!("afh{id}"),
            peer: format!("afp{id}"),
        };
        assert!(v.host.len() <= 15, "interface name too long: {}", v.host);
        sh(&format!("ip netns add {}", v.ns));
        sh(&format!(
            "ip link add {} type veth peer name {}",
            v.host, v.peer
        ));
        sh(&format!("ip link set {} netns {}", v.peer, v.ns));
        // IPv6 DAD and router solicitations would add frames of their own.
        sh(&format!(
            "echo 1 > /proc/sys/net/ipv6/conf/{}/disable_ipv6",
            v.host
        ));
        sh(&format!(
            "ip netns exec {ns} sh -c 'echo 1 > /proc/sys/net/ipv6/conf/{p}/disable_ipv6' && ip netns exec {ns} ip link set {p} up",
            ns = v.ns,
            p = v.peer
        ));
        sh(&format!("ip link set {} up", v.host));
        let deadline = Instant::now() + Duration::from_secs(3);
        while std::fs::read_to_string(format!("/sys/class/net/{}/operstate", v.host))
            .unwrap_or_default()
            .trim()
            != "up"
        {
            assert!(Instant::now() < deadline, "{} did not come up", v.host);
            std::thread::sleep(Duration::from_millis(20));
        }
        v
    }

    /// Sends `count` frames described by a trafgen configuration from the
    /// peer end, so that they arrive on `host`.
    pub fn trafgen(&self, config: &str, count: u64) {
        let dir = tempdir();
        let cfg = dir.join("gen.trafgen");
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

    /// trafgen sending `config` into `host` until the Flood is dropped;
    /// `gap_us` slows it down, None is full rate.
    pub fn flood(&self, config: &str, gap_us: Option<u32>) -> Flood {
        Flood::start(&self.ns, &self.peer, config, gap_us)
    }

    /// Sends `frames` out of the namespace end (they arrive on `host`).
    /// With `stamp_at`, the sender writes its CLOCK_REALTIME in ns (8 bytes,
    /// big-endian) at that offset just before each send, `gap` apart.
    pub fn send_in(&self, frames: &[Vec<u8>], gap: Duration, stamp_at: Option<usize>) {
        send(Some(&self.ns), &self.peer, frames, gap, stamp_at);
    }

    /// Sends `frames` out of `host` itself: outgoing packets on `host`.
    pub fn send_out(&self, frames: &[Vec<u8>]) {
        send(None, &self.host, frames, Duration::ZERO, None);
    }
}

impl Drop for Veth {
    fn drop(&mut self) {
        let _ = Command::new("ip")
            .args(["link", "del", &self.host])
            .stderr(Stdio::null())
            .status();
        let _ = Command::new("ip").args(["netns", "del", &self.ns]).status();
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

/// For a live test: root, ip, trafgen and `tools` (or a skip, a failure in
/// CI), then a veth pair with trafgen sending `UDP_FLOOD` into it, `gap_us`
/// apart (None: full rate) until the Flood is dropped.
pub fn flooded_veth(test: &str, tools: &[&str], gap_us: Option<u32>) -> Option<(Veth, Flood)> {
    let needed: Vec<&str> = ["ip", "trafgen"].iter().chain(tools).copied().collect();
    if !super::skip::require_live(test, &needed) {
        return None;
    }
    let v = Veth::new();
    let flood = v.flood(UDP_FLOOD, gap_us);
    Some((v, flood))
}

/// One small UDP frame, as fast as trafgen sends it.
pub const UDP_FLOOD: &str = "{ eth(da=02:00:00:00:00:02, sa=02:00:00:00:00:01), ipv4(sa=198.18.0.1, da=198.18.0.2), udp(sp=dinc(1024, 65000), dp=9), fill(0x41, 200) }\n";

/// trafgen sending `config` from the namespace end of a veth pair until
/// dropped. trafgen forks its workers and only they stop on SIGINT, so the
/// whole process group (this child's own) is signalled.
pub struct Flood {
    child: Child,
    /// Holds the configuration file until trafgen is gone.
    _dir: super::temp::TempDir,
}

impl Flood {
    /// `gap_us` slows trafgen down (-t, a gap between frames); None is full rate.
    pub fn start(ns: &str, iface: &str, config: &str, gap_us: Option<u32>) -> Flood {
        let dir = tempdir();
        let cfg = dir.join("flood.trafgen");
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
        Flood { child, _dir: dir }
    }
}

impl Drop for Flood {
    fn drop(&mut self) {
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

fn signal_group(pgid: i32, sig: i32) {
    let _ = Command::new("kill")
        .arg(format!("-{sig}"))
        .arg("--")
        .arg(format!("-{pgid}"))
        .stderr(Stdio::null())
        .status();
}
