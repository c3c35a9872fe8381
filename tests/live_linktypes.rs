//! Link types of live interfaces, held against tcpdump 4.99.3 / libpcap
//! 1.10.3 in network namespaces: what -L lists for Ethernet, `any` and a
//! tun device, what -y accepts and refuses, and a `-i any -y LINUX_SLL`
//! capture recorded byte for byte as libpcap records it.

mod common;

use common::{Veth, afsniff, require_live, sh, spawn_ready, stderr_lines, tempdir, wait_at_most};
use std::process::Command;
use std::time::Duration;

/// Runs `args` through afsniff and tcpdump inside namespace `ns`.
fn both(ns: &str, args: &[&str]) -> (std::process::Output, std::process::Output) {
    let run = |prog: &str| {
        Command::new("ip")
            .args(["netns", "exec", ns, prog])
            .args(args)
            .output()
            .unwrap()
    };
    (run(env!("CARGO_BIN_EXE_afsniff")), run("tcpdump"))
}

#[test]
fn list_and_choose_link_types_as_libpcap_offers_them() {
    let test = "list_and_choose_link_types_as_libpcap_offers_them";
    if !require_live(test, &["tcpdump"]) {
        return;
    }
    let v = Veth::unaddressed();
    // Inside the namespace, so no name can clash with the host's.
    let tun = "aftun0";
    sh(&format!(
        "ip netns exec {ns} ip tuntap add {tun} mode tun && ip netns exec {ns} ip link set {tun} up",
        ns = v.ns
    ));
    for iface in [v.peer.as_str(), "any", "lo", tun] {
        let (ours, theirs) = both(&v.ns, &["-L", "-i", iface]);
        assert_eq!(ours.status.code(), theirs.status.code(), "-L -i {iface}");
        if !theirs.status.success() {
            // The namespace's lo is down: both refuse, each in its words.
            let err = String::from_utf8_lossy(&ours.stderr);
            assert!(
                err.starts_with(&format!("afsniff: {iface}: that device is not up")),
                "{err}"
            );
            continue;
        }
        assert_eq!(
            String::from_utf8_lossy(&ours.stderr),
            String::from_utf8_lossy(&theirs.stderr),
            "-L -i {iface}"
        );
    }
    // An Ethernet device offers EN10MB and DOCSIS, not RAW; a tun device
    // only RAW.
    for (iface, dlt) in [(v.peer.as_str(), "RAW"), (tun, "EN10MB")] {
        let (ours, theirs) = both(&v.ns, &["-i", iface, "-y", dlt, "-c", "1"]);
        let err = String::from_utf8_lossy(&ours.stderr);
        assert_eq!(ours.status.code(), theirs.status.code(), "{iface} -y {dlt}");
        assert_eq!(ours.status.code(), Some(1), "{err}");
        assert!(
            err.starts_with(&format!(
                "afsniff: {dlt} is not one of the DLTs supported by this device (afsniff -L -i {iface} lists them)"
            )),
            "{err}"
        );
    }
}

/// `-i any -y LINUX_SLL`: cooked v1 headers written as libpcap writes them,
/// the filter rewritten for the cooked socket, the same bytes as tcpdump's
/// capture of the same datagrams.
#[test]
fn any_captures_cooked_v1_as_tcpdump_does() {
    let test = "any_captures_cooked_v1_as_tcpdump_does";
    if !require_live(test, &["tcpdump", "python3"]) {
        return;
    }
    let v = Veth::new();
    let dir = tempdir();
    let ours = dir.path().join("ours.pcap");
    let theirs = dir.path().join("theirs.pcap");
    let host_ip = sh_out(&format!(
        "ip -4 -o addr show dev {} | awk '{{print $4}}' | cut -d/ -f1",
        v.host
    ));
    let filter = ["udp", "and", "dst", "port", "9999"];
    let (mut a, a_err) = spawn_ready(
        afsniff()
            .args(["-i", "any", "-y", "LINUX_SLL", "-c", "3", "-w"])
            .arg(&ours)
            .args(filter),
        "listening on",
    );
    let (mut t, t_err) = spawn_ready(
        Command::new("tcpdump")
            .args(["-i", "any", "-y", "LINUX_SLL", "-c", "3", "-w"])
            .arg(&theirs)
            .args(filter),
        "listening on",
    );
    sh(&format!(
        "ip netns exec {ns} python3 -c \"import socket,time\ns=socket.socket(socket.AF_INET,socket.SOCK_DGRAM)\nfor n in (1,2,3):\n    s.sendto(b'x'*n,('{host_ip}',9999)); s.sendto(b'y',('{host_ip}',9998)); time.sleep(0.05)\"",
        ns = v.ns
    ));
    // Both stop by themselves after -c 3.
    let st = wait_at_most(&mut a, Duration::from_secs(10), "afsniff -c 3");
    let said = stderr_lines(a_err);
    assert!(st.success(), "{said}");
    assert!(
        said.contains("link-type LINUX_SLL (Linux cooked v1)"),
        "{said}"
    );
    wait_at_most(&mut t, Duration::from_secs(10), "tcpdump -c 3");
    drop(t_err);
    // Time stamps differ by a few microseconds; everything else must not.
    let read = |f: &std::path::Path| {
        let o = Command::new("tcpdump")
            .args(["-t", "-n", "-e", "-xx", "-r"])
            .arg(f)
            .output()
            .unwrap();
        String::from_utf8_lossy(&o.stdout).into_owned()
    };
    let (mine, tcpdumps) = (read(&ours), read(&theirs));
    assert_eq!(
        mine.lines().filter(|l| l.contains("> ")).count(),
        3,
        "{mine}"
    );
    // The IP identification and checksum are the same datagrams' in both.
    assert_eq!(mine, tcpdumps);
}

fn sh_out(cmd: &str) -> String {
    let o = Command::new("sh").args(["-c", cmd]).output().unwrap();
    String::from_utf8_lossy(&o.stdout).trim().to_string()
}

#[test]
fn unknown_link_type_names_are_refused_before_any_interface() {
    let o = afsniff().args(["-y", "NOPE", "-d", "ip"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.starts_with("afsniff: invalid data link type NOPE"),
        "{err}"
    );
    // Names go through libpcap's table, DLT and LINKTYPE values apart.
    let o = afsniff()
        .args(["-y", "ATM_RFC1483", "-d", "ip"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

/// A tun device (ARPHRD_NONE): raw IP frames captured as LINKTYPE_RAW,
/// the same records as tcpdump's capture beside it.
#[test]
fn tun_device_captures_raw_ip_as_tcpdump_does() {
    let test = "tun_device_captures_raw_ip_as_tcpdump_does";
    if !require_live(test, &["tcpdump", "python3"]) {
        return;
    }
    let v = Veth::unaddressed();
    let tun = "aftun0";
    sh(&format!(
        "ip netns exec {ns} ip tuntap add {tun} mode tun && ip netns exec {ns} ip link set {tun} up",
        ns = v.ns
    ));
    let dir = tempdir();
    let (ours, theirs) = (dir.path().join("ours.pcap"), dir.path().join("theirs.pcap"));
    let capture = |prog: &str, file: &std::path::Path| {
        let mut cmd = Command::new("ip");
        cmd.args(["netns", "exec", &v.ns, prog, "-i", tun, "-c", "3", "-w"])
            .arg(file)
            .arg("udp");
        spawn_ready(&mut cmd, "listening on")
    };
    let (mut a, a_err) = capture(env!("CARGO_BIN_EXE_afsniff"), &ours);
    let (mut t, t_err) = capture("tcpdump", &theirs);
    // Attach to the device and write IPv4/UDP datagrams into it: the kernel
    // takes them as received on the tun device. One ICMP the filter drops.
    let script = format!(
        r#"
import fcntl, os, struct
fd = os.open("/dev/net/tun", os.O_RDWR)
fcntl.ioctl(fd, 0x400454ca, struct.pack("16sH", b"{tun}", 0x0001 | 0x1000))
def csum(b):
    s = sum(struct.unpack("!%dH" % (len(b) // 2), b))
    s = (s >> 16) + (s & 0xffff)
    return ~(s + (s >> 16)) & 0xffff
def ip(proto, payload, ident):
    h = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(payload), ident, 0, 64, proto, 0,
                    bytes([198, 19, 7, 1]), bytes([198, 19, 7, 2]))
    h = h[:10] + struct.pack("!H", csum(h)) + h[12:]
    return h + payload
os.write(fd, ip(1, bytes([8, 0, 0xf7, 0xff, 0, 0, 0, 0]), 1))
for n in range(3):
    data = b"x" * (n + 1)
    os.write(fd, ip(17, struct.pack("!HHHH", 4000 + n, 9999, 8 + len(data), 0) + data, 2 + n))
"#
    );
    sh(&format!(
        "ip netns exec {} python3 -c '{}'",
        v.ns,
        script.replace('\'', "\"")
    ));
    let st = wait_at_most(&mut a, Duration::from_secs(10), "afsniff -c 3 on tun");
    let said = stderr_lines(a_err);
    assert!(st.success(), "{said}");
    assert!(said.contains("link-type RAW (Raw IP)"), "{said}");
    wait_at_most(&mut t, Duration::from_secs(10), "tcpdump -c 3 on tun");
    drop(t_err);
    let read = |f: &std::path::Path| {
        let o = Command::new("tcpdump")
            .args(["-t", "-n", "-v", "-xx", "-r"])
            .arg(f)
            .output()
            .unwrap();
        String::from_utf8_lossy(&o.stdout).into_owned()
    };
    let mine = read(&ours);
    assert_eq!(mine.matches("UDP, length").count(), 3, "{mine}");
    assert_eq!(mine, read(&theirs));
}
