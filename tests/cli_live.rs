//! Live capture through the binary, as root, on veth pairs in namespaces the
//! tests create: afsniff against tcpdump on the same traffic, -c, -Q, -s, -p,
//! SIGINT, statistics, and the files read back by tcpdump, tshark and afsniff.

mod common;

use std::process::Command;
use std::thread::sleep;
use std::time::Duration;

use common::*;

const MIX: &str = include_str!("data/mix.trafgen");
/// The generator's source MAC: frames from anything else are the kernel's own.
const GEN_MAC: [u8; 6] = [2, 0, 0, 0, 0, 1];

fn from_generator(bytes: &[u8]) -> bool {
    bytes.len() >= 12 && bytes[6..12] == GEN_MAC
}

/// tcpdump -w's default ring retires a block after 1 s: wait longer than
/// that before SIGINT so tcpdump's file is complete too (libpcap#1011).
const SETTLE: Duration = Duration::from_millis(2200);

fn stat(stderr: &str, what: &str) -> u64 {
    let line = stderr
        .lines()
        .find(|l| l.contains(what))
        .unwrap_or_else(|| panic!("no '{what}' line in stderr:\n{stderr}"));
    line.split_whitespace().next().unwrap().parse().unwrap()
}

#[test]
fn same_packets_as_tcpdump_with_vlan_and_qinq() {
    if !require_live("same_packets_as_tcpdump", &["tcpdump", "trafgen", "tshark"]) {
        return;
    }
    let v = Veth::new();
    let dir = tempdir();
    let (ours, theirs) = (dir.join("afsniff.pcap"), dir.join("tcpdump.pcap"));
    let (a, a_err) = spawn_ready(
        afsniff().args(["-i", &v.host, "-w"]).arg(&ours),
        "listening on",
    );
    let (t, t_err) = spawn_ready(
        Command::new("tcpdump")
            .args(["-i", &v.host, "-w"])
            .arg(&theirs),
        "listening on",
    );
    v.trafgen(MIX, 3000);
    sleep(SETTLE);
    let (a_code, _, a_stderr) = interrupt(a, a_err);
    let (t_code, _, _) = interrupt(t, t_err);
    assert_eq!((a_code, t_code), (0, 0), "afsniff stderr:\n{a_stderr}");

    let (a_link, a_recs) = pcap_records(&ours);
    let (t_link, t_recs) = pcap_records(&theirs);
    assert_eq!(a_link, t_link);
    let a_gen: Vec<&[u8]> = a_recs
        .iter()
        .map(|r| r.3.as_slice())
        .filter(|b| from_generator(b))
        .collect();
    let t_gen: Vec<&[u8]> = t_recs
        .iter()
        .map(|r| r.3.as_slice())
        .filter(|b| from_generator(b))
        .collect();
    assert_eq!(
        a_gen.len(),
        3000,
        "afsniff kept {} of the 3000 generated frames",
        a_gen.len()
    );
    assert!(a_gen == t_gen, "afsniff's and tcpdump's frames differ");
    assert!(
        a_gen.iter().any(|b| b[12..14] == [0x81, 0x00])
            && a_gen.iter().any(|b| b[12..14] == [0x88, 0xa8]),
        "the 802.1Q and QinQ tags must be back in the frames"
    );
    for r in &a_recs {
        assert_eq!(
            r.2 as usize,
            r.3.len(),
            "whole frames are captured at the default snaplen"
        );
    }

    // The statistics: on stderr, and consistent with the file.
    let captured = stat(&a_stderr, "packets captured");
    let received = stat(&a_stderr, "received by filter");
    let dropped = stat(&a_stderr, "dropped by kernel");
    assert_eq!(captured as usize, a_recs.len());
    assert_eq!(captured + dropped, received, "stderr:\n{a_stderr}");

    // Read back by tshark, tcpdump and afsniff.
    let tshark = output_ok(Command::new("tshark").arg("-r").arg(&ours).args([
        "-T",
        "fields",
        "-e",
        "frame.len",
    ]));
    assert_eq!(
        String::from_utf8_lossy(&tshark.stdout).lines().count(),
        a_recs.len()
    );
    let tcpdump = Command::new("tcpdump")
        .arg("-r")
        .arg(&ours)
        .arg("-n")
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&tcpdump.stdout).lines().count(),
        a_recs.len()
    );
    let back = run(&["-r", ours.to_str().unwrap(), "-n", "-e"]);
    assert!(back.status.success(), "{}", stderr(&back));
    let lines = stdout(&back);
    assert_eq!(lines.lines().count(), a_recs.len());
    assert!(
        lines.contains("vlan 100"),
        "-e shows the VLAN:\n{}",
        &lines[..lines.len().min(2000)]
    );
    assert!(lines.contains("vlan 300"), "-e shows the QinQ outer tag");
}

#[test]
fn count_stops_after_n_packets() {
    if !require_live("count_stops_after_n_packets", &["trafgen"]) {
        return;
    }
    let v = Veth::new();
    let (child, err) = spawn_ready(
        afsniff().args([
            "-i",
            &v.host,
            "-n",
            "-c",
            "7",
            "ether src 02:00:00:00:00:01",
        ]),
        "listening on",
    );
    v.trafgen(MIX, 50);
    let out = child.wait_with_output().unwrap();
    let rest: Vec<String> = err.iter().collect();
    assert!(out.status.success(), "{}", rest.join("\n"));
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 7);
    assert!(rest.iter().any(|l| l == "7 packets captured"), "{rest:?}");
}

#[test]
fn direction_in_and_out() {
    if !require_live("direction_in_and_out", &["trafgen"]) {
        return;
    }
    let v = Veth::new();
    let dir = tempdir();
    let (inf, outf) = (dir.join("in.pcap"), dir.join("out.pcap"));
    let (i, i_err) = spawn_ready(
        afsniff().args(["-i", &v.host, "-Q", "in", "-w"]).arg(&inf),
        "listening on",
    );
    let (o, o_err) = spawn_ready(
        afsniff()
            .args(["-i", &v.host, "-Q", "out", "-w"])
            .arg(&outf),
        "listening on",
    );
    // 20 frames in (from the peer), 10 out (sent on the host end).
    v.trafgen(MIX, 20);
    let cfg = dir.join("out.trafgen");
    std::fs::write(&cfg, "{ eth(da=02:00:00:00:00:09, sa=02:00:00:00:00:08), ipv4(sa=198.18.0.8, da=198.18.0.9), udp(sp=7, dp=7), fill(0x45, 20) }\n").unwrap();
    sh(&format!(
        "trafgen -o {} -i {} -n 10 -P 1 -q 2>/dev/null",
        v.host,
        cfg.display()
    ));
    sleep(Duration::from_millis(300));
    interrupt(i, i_err);
    interrupt(o, o_err);
    let ins = pcap_records(&inf).1;
    let outs = pcap_records(&outf).1;
    assert_eq!(ins.iter().filter(|r| from_generator(&r.3)).count(), 20);
    assert!(
        ins.iter().all(|r| r.3[6..12] != [2, 0, 0, 0, 0, 8]),
        "-Q in kept an outgoing frame"
    );
    assert_eq!(
        outs.iter()
            .filter(|r| r.3[6..12] == [2, 0, 0, 0, 0, 8])
            .count(),
        10
    );
    assert!(
        !outs.iter().any(|r| from_generator(&r.3)),
        "-Q out kept an incoming frame"
    );
}

#[test]
fn snaplen_truncates_but_keeps_wire_length() {
    if !require_live("snaplen_truncates", &["trafgen"]) {
        return;
    }
    let v = Veth::new();
    let dir = tempdir();
    let f = dir.join("s.pcap");
    let (c, e) = spawn_ready(
        afsniff().args(["-i", &v.host, "-s", "64", "-w"]).arg(&f),
        "listening on",
    );
    v.trafgen(MIX, 30);
    sleep(Duration::from_millis(300));
    let (code, _, err) = interrupt(c, e);
    assert_eq!(code, 0, "{err}");
    let recs = pcap_records(&f).1;
    let generated: Vec<_> = recs.iter().filter(|r| from_generator(&r.3)).collect();
    assert_eq!(generated.len(), 30);
    assert!(generated.iter().all(|r| r.3.len() <= 64));
    assert!(
        generated.iter().any(|r| r.2 == 174 && r.3.len() == 64),
        "the IPv6 frame is 174 bytes on the wire"
    );
}

#[test]
fn promiscuous_unless_p() {
    if !require_live("promiscuous_unless_p", &[]) {
        return;
    }
    let v = Veth::new();
    let promisc = || {
        let o = Command::new("ip")
            .args(["-d", "link", "show", &v.host])
            .output()
            .unwrap();
        let s = String::from_utf8_lossy(&o.stdout).into_owned();
        s.contains("promiscuity 1")
    };
    let (c, e) = spawn_ready(
        afsniff().args(["-i", &v.host, "-w", "/dev/null"]),
        "listening on",
    );
    assert!(
        promisc(),
        "without -p the interface is promiscuous while capturing"
    );
    interrupt(c, e);
    assert!(!promisc(), "promiscuous mode ends with the capture");
    let (c, e) = spawn_ready(
        afsniff().args(["-p", "-i", &v.host, "-w", "/dev/null"]),
        "listening on",
    );
    assert!(!promisc(), "-p leaves the interface alone");
    interrupt(c, e);
}

#[test]
fn a_filter_the_kernel_refuses_runs_in_userspace_never_unfiltered() {
    if !require_live("kernel_refuses_filter", &["trafgen"]) {
        return;
    }
    let v = Veth::new();
    // optmem_max is per network namespace: shrink it only in the test's,
    // so the kernel refuses any but the smallest filter (ENOMEM).
    sh(&format!(
        "ip netns exec {} sh -c 'echo 160 > /proc/sys/net/core/optmem_max'",
        v.ns
    ));
    let dir = tempdir();
    let f = dir.join("userspace.pcap");
    let expr = "udp and (port 9 or port 10 or port 11 or port 12 or port 13)";
    let (c, e) = spawn_ready(
        Command::new("ip")
            .args([
                "netns",
                "exec",
                &v.ns,
                env!("CARGO_BIN_EXE_afsniff"),
                "-i",
                &v.peer,
                "-w",
            ])
            .arg(&f)
            .arg(expr),
        "listening on",
    );
    // Sent on the host end: they arrive on the peer end in the namespace.
    sh(&format!(
        "trafgen -o {} -i {}/tests/data/mix.trafgen -n 60 -P 1 -q 2>/dev/null || true",
        v.host,
        env!("CARGO_MANIFEST_DIR")
    ));
    sleep(Duration::from_millis(300));
    let (code, _, err) = interrupt(c, e);
    assert_eq!(code, 0, "{err}");
    let recs = pcap_records(&f).1;
    // One frame in six of the mix is UDP to port 9 (the tagged ones are not
    // plain `udp`): exactly those, and nothing unfiltered.
    assert_eq!(recs.len(), 10, "kept {} frames; stderr:\n{err}", recs.len());
    assert!(
        recs.iter()
            .all(|r| r.3[12..14] == [8, 0] && r.3[23] == 17 && r.3[36..38] == [0, 9])
    );
    assert!(
        err.contains("afsniff: warning: filtering in userspace: setsockopt(SO_ATTACH_FILTER)"),
        "{err}"
    );
    let captured = stat(&err, "packets captured");
    assert_eq!(captured, 10);
}

/// -c reached on the last packet of a block (a quiet link: each packet
/// retires its own block) must still end the capture.
#[test]
fn count_ends_the_capture_on_a_quiet_link() {
    if !require_live("count_on_a_quiet_link", &["trafgen"]) {
        return;
    }
    let v = Veth::new();
    let (mut child, err) = spawn_ready(
        afsniff().args([
            "-i",
            &v.host,
            "-l",
            "-n",
            "-c",
            "3",
            "ether src 02:00:00:00:00:01",
        ]),
        "listening on",
    );
    for _ in 0..3 {
        v.trafgen(MIX, 1);
        sleep(Duration::from_millis(150));
    }
    let deadline = std::time::Instant::now() + Duration::from_secs(3);
    while child.try_wait().unwrap().is_none() {
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("afsniff -c 3 was still running after its 3rd packet");
        }
        sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        err.iter().collect::<Vec<_>>().join("\n")
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 3);
}

/// Kernel-side filters on a live interface keep what tcpdump's keep: VLAN
/// tags arrive offloaded (in the packet metadata, not the frame), and
/// `inbound` reads the packet type.
#[test]
fn live_filters_keep_what_tcpdump_keeps() {
    if !require_live(
        "live_filters_keep_what_tcpdump_keeps",
        &["tcpdump", "trafgen"],
    ) {
        return;
    }
    const EXPRS: [&str; 9] = [
        "vlan",
        "vlan 100",
        "vlan 300 and vlan 42",
        "vlan and udp",
        "tcp port 80",
        "udp port 9 or tcp port 443",
        "ip6",
        "inbound",
        "not vlan and ip",
    ];
    let v = Veth::new();
    let dir = tempdir();
    let mut runs = Vec::new();
    for (i, expr) in EXPRS.iter().enumerate() {
        let ours = dir.join(format!("a{i}.pcap"));
        let theirs = dir.join(format!("t{i}.pcap"));
        let a = spawn_ready(
            afsniff().args(["-i", &v.host, "-w"]).arg(&ours).arg(expr),
            "listening on",
        );
        // -U -B: tcpdump's default ring is small for a burst.
        let t = spawn_ready(
            Command::new("tcpdump")
                .args(["-i", &v.host, "-U", "-B", "16384", "-w"])
                .arg(&theirs)
                .arg(expr),
            "listening on",
        );
        runs.push((expr, ours, theirs, a, t));
    }
    v.trafgen(MIX, 600);
    sleep(SETTLE);
    for (expr, ours, theirs, (a, a_err), (t, t_err)) in runs {
        let (code, _, err) = interrupt(a, a_err);
        assert_eq!(code, 0, "{expr}: {err}");
        interrupt(t, t_err);
        let keep = |p| -> Vec<Vec<u8>> {
            pcap_records(p)
                .1
                .into_iter()
                .map(|r| r.3)
                .filter(|b| from_generator(b))
                .collect()
        };
        let (a, t) = (keep(&ours), keep(&theirs));
        if *expr == "inbound" {
            // Everything the generator sent arrives inbound. tcpdump is no
            // oracle here: with this filter it often writes none of the
            // packets its own counters say it received (libpcap#1011).
            assert_eq!(a.len(), 600, "inbound: afsniff kept {} of 600", a.len());
            continue;
        }
        assert!(
            !t.is_empty(),
            "{expr}: tcpdump kept nothing; the mix should match"
        );
        assert!(
            a == t,
            "{expr}: afsniff kept {} frames, tcpdump {}",
            a.len(),
            t.len()
        );
    }
}

/// With -w and stderr on a terminal (a pty from script(1)), a status line is
/// redrawn in place and erased before the statistics.
#[test]
fn status_line_on_a_terminal_while_writing() {
    if !require_live("status_line_on_a_terminal", &["trafgen", "script"]) {
        return;
    }
    let v = Veth::new();
    let dir = tempdir();
    let (file, typescript) = (dir.join("s.pcap"), dir.join("typescript"));
    let cmd = format!(
        "{} -i {} -w {}",
        env!("CARGO_BIN_EXE_afsniff"),
        v.host,
        file.display()
    );
    let mut child = Command::new("script")
        .args(["-qfc", &cmd])
        .arg(&typescript)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    sleep(Duration::from_millis(800));
    v.trafgen(MIX, 2000);
    sleep(Duration::from_millis(700));
    sh(&format!("pkill -INT -f '^{}'", cmd));
    let _ = child.wait();
    let shown = std::fs::read_to_string(&typescript).unwrap();
    assert!(
        shown.contains("\r\x1b[K"),
        "the line is redrawn in place:\n{shown:?}"
    );
    let redraws: Vec<&str> = shown
        .split("\r\x1b[K")
        .filter(|s| s.contains(" packets, "))
        .collect();
    assert!(
        redraws.len() >= 2,
        "redrawn a few times a second:\n{shown:?}"
    );
    let last = redraws.last().unwrap();
    assert!(
        last.contains("pkt/s") && last.contains("dropped") && last.contains("s.pcap"),
        "{last:?}"
    );
    assert!(
        shown.contains("packets captured"),
        "statistics follow:\n{shown:?}"
    );
}

/// Without a terminal on stderr there is no status line at all.
#[test]
fn no_status_line_when_stderr_is_not_a_terminal() {
    if !require_live("no_status_line_off_a_terminal", &["trafgen"]) {
        return;
    }
    let v = Veth::new();
    let dir = tempdir();
    let f = dir.join("n.pcap");
    let (c, e) = spawn_ready(
        afsniff().args(["-i", &v.host, "-w"]).arg(&f),
        "listening on",
    );
    v.trafgen(MIX, 500);
    sleep(Duration::from_millis(600));
    let (_, _, err) = interrupt(c, e);
    assert!(!err.contains('\x1b') && !err.contains("pkt/s"), "{err:?}");
}
