//! Least privilege, whole binary:
//! - -Z USER: while capturing, every uid and gid of the process is USER's,
//!   no supplementary group and no capability is left; the -w files,
//!   rotated by -C or -G, are created by USER (tcpdump drops privileges
//!   "before opening any savefiles for output", so even the first one is
//!   USER's), and the capture goes on across rotations.
//! - file capabilities instead of root (DOCS-NOTES.md): a copy of the
//!   binary with cap_net_raw,cap_net_admin=eip run as nobody captures on a
//!   veth pair, promiscuously; cap_net_raw alone is enough on Linux, as
//!   PACKET_ADD_MEMBERSHIP needs no CAP_NET_ADMIN; without a capability
//!   the message says what to grant.
//!
//! Needs root, ip, trafgen, setcap and setpriv; without them the tests say
//! "skipped", unless AFSNIFF_REQUIRE_LIVE=1, when they fail instead.

mod common;

use common::{
    TempDir, UDP_FLOOD, Veth, afsniff, flooded_veth, pcap_records, require_live, signal,
    spawn_ready, stat, status_field, stderr_lines, stop, tempdir, wait_at_most,
};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

const NOBODY: u32 = 65534;

/// A directory anyone may write to.
fn open_dir() -> TempDir {
    let d = tempdir();
    common::sh(&format!("chmod 777 '{}'", d.display()));
    d
}

/// (name, owner uid, packets) of every file in `dir`, sorted by name.
fn files(dir: &Path) -> Vec<(String, u32, usize)> {
    let mut v: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            let uid = e.metadata().unwrap().uid();
            let n = pcap_records(&e.path()).1.len();
            (e.file_name().into_string().unwrap(), uid, n)
        })
        .collect();
    v.sort();
    v
}

/// Runs `afsniff -Z nobody ARGS` on a flooded veth pair for `secs`,
/// checking its ids while it runs; returns the statistics from stderr.
fn capture_as_nobody(test: &str, v: &Veth, args: &[&str], secs: u64) -> String {
    let (mut child, rx) = spawn_ready(
        afsniff().args(["-Z", "nobody", "-i", &v.host]).args(args),
        "listening on",
    );
    std::thread::sleep(Duration::from_millis(500));
    let pid = child.id();
    let nobody = NOBODY.to_string();
    for field in ["Uid:", "Gid:"] {
        let ids = status_field(pid, field);
        assert!(ids.iter().all(|i| *i == nobody), "{test}: {field} {ids:?}");
    }
    // initgroups(): nobody's own groups only (nogroup), never root's.
    let groups = status_field(pid, "Groups:");
    assert!(
        groups.iter().all(|g| *g == nobody),
        "{test}: groups {groups:?}"
    );
    for field in ["CapPrm:", "CapEff:"] {
        assert_eq!(
            status_field(pid, field),
            ["0000000000000000"],
            "{test}: {field}"
        );
    }
    std::thread::sleep(Duration::from_secs(secs));
    let (st, err) = stop(&mut child, rx, "INT", Duration::from_secs(10), test);
    assert_eq!(st.code(), Some(0), "{test}:\n{err}");
    assert!(!err.contains("afsniff: "), "{test}:\n{err}");
    err
}

#[test]
fn drop_to_nobody_then_size_rotation_creates_files_as_nobody() {
    let test = "z_size_rotation";
    let Some((v, _flood)) = flooded_veth(test, &[], None) else {
        return;
    };
    let dir = open_dir();
    let base = dir.join("cap.pcap");
    let err = capture_as_nobody(test, &v, &["-C", "1", "-w", base.to_str().unwrap()], 2);
    let files = files(&dir);
    assert!(files.len() >= 3, "{test}: no rotation: {files:?}");
    assert_eq!(files[0].0, "cap.pcap");
    // The files opened after the drop (the first: see first_file_is_the_users_as_in_tcpdump).
    for (name, uid, _) in &files[1..] {
        assert_eq!(*uid, NOBODY, "{test}: {name} not created by nobody");
    }
    let written: usize = files.iter().map(|f| f.2).sum();
    assert_eq!(written as u64, stat(&err, "captured"), "{test}: {files:?}");
}

#[test]
fn drop_to_nobody_then_time_rotation_creates_files_as_nobody() {
    let test = "z_time_rotation";
    if !require_live(test, &["ip", "trafgen"]) {
        return;
    }
    let v = Veth::new();
    // A gentle rate: only the rotation by time matters here.
    let _flood = v.flood(UDP_FLOOD, Some(1000));
    let dir = open_dir();
    let pattern = dir.join("cap-%H%M%S.pcap");
    let err = capture_as_nobody(test, &v, &["-G", "1", "-w", pattern.to_str().unwrap()], 3);
    let files = files(&dir);
    assert!(files.len() >= 3, "{test}: no rotation: {files:?}");
    for (name, _, _) in &files {
        assert!(name.starts_with("cap-") && name.len() == "cap-HHMMSS.pcap".len());
    }
    for (name, uid, _) in &files[1..] {
        assert_eq!(*uid, NOBODY, "{test}: {name} not created by nobody");
    }
    // Packets kept flowing into the files opened after the drop.
    assert!(files[1..].iter().all(|f| f.2 > 0), "{test}: {files:?}");
    let written: usize = files.iter().map(|f| f.2).sum();
    assert_eq!(written as u64, stat(&err, "captured"), "{test}: {files:?}");
}

/// tcpdump gives up root "before opening any savefiles for output" (its
/// man page, -Z): the first -w file is the user's too, live and from -r,
/// even in a directory only root may write to.
#[test]
fn first_file_is_the_users_as_in_tcpdump() {
    let test = "z_first_file";
    if !require_live(test, &["ip", "tcpdump"]) {
        return;
    }
    let v = Veth::new();
    let dir = open_dir();
    for prog in ["tcpdump", env!("CARGO_BIN_EXE_afsniff")] {
        let out = dir.join(format!("{}.pcap", prog.rsplit('/').next().unwrap()));
        let (mut child, _rx) = spawn_ready(
            Command::new(prog)
                .args(["-Z", "nobody", "-i", &v.host, "-w"])
                .arg(&out),
            "listening on",
        );
        std::thread::sleep(Duration::from_millis(200));
        signal(child.id(), "INT");
        wait_at_most(&mut child, Duration::from_secs(10), test);
        let uid = std::fs::metadata(&out).unwrap().uid();
        assert_eq!(
            uid, NOBODY,
            "{test}: {prog} -Z nobody -w: first file owned by {uid}"
        );
    }
    // From a file as well.
    let input = dir.join("tcpdump.pcap");
    let out = dir.join("copy.pcap");
    let o = afsniff()
        .args(["-Z", "nobody", "-r"])
        .arg(&input)
        .arg("-w")
        .arg(&out)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(
        std::fs::metadata(&out).unwrap().uid(),
        NOBODY,
        "{test}: -r -w"
    );
    // A directory only root may write to: the first file is still created
    // there, by nobody, as tcpdump creates it (it keeps CAP_DAC_OVERRIDE
    // for that one open).
    let root_only = tempdir();
    let out = root_only.join("x.pcap");
    let o = afsniff()
        .args(["-Z", "nobody", "-r"])
        .arg(&input)
        .arg("-w")
        .arg(&out)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(
        std::fs::metadata(&out).unwrap().uid(),
        NOBODY,
        "{test}: root-only dir"
    );
}

/// A copy of the binary with `caps` set on it, in a directory nobody can read.
fn copy_with_caps(caps: Option<&str>) -> (TempDir, PathBuf) {
    let dir = tempdir();
    let bin = dir.join("afsniff");
    std::fs::copy(env!("CARGO_BIN_EXE_afsniff"), &bin).unwrap();
    common::sh(&format!(
        "chmod 755 '{}' '{}'",
        dir.display(),
        bin.display()
    ));
    if let Some(caps) = caps {
        common::sh(&format!("setcap {caps} '{}'", bin.display()));
    }
    (dir, bin)
}

fn as_nobody(bin: &Path) -> Command {
    let mut c = Command::new("setpriv");
    c.args(["--reuid=nobody", "--regid=nogroup", "--clear-groups"])
        .arg(bin);
    c
}

fn promiscuous(iface: &str) -> bool {
    let flags = std::fs::read_to_string(format!("/sys/class/net/{iface}/flags")).unwrap();
    let flags = u32::from_str_radix(flags.trim().trim_start_matches("0x"), 16).unwrap();
    flags & 0x100 != 0
}

/// 20 frames sent to the capture end, caught by `bin` run as nobody with
/// -c 20; checks promiscuous mode while it runs.
fn capture_20(test: &str, v: &Veth, bin: &Path, out: &Path) {
    let (mut child, rx) = spawn_ready(
        as_nobody(bin)
            .args(["-i", &v.host, "-c", "20", "-w"])
            .arg(out)
            .args(["udp", "port", "9"]),
        "listening on",
    );
    assert!(promiscuous(&v.host), "{test}: not promiscuous");
    v.trafgen(UDP_FLOOD, 20);
    let st = wait_at_most(&mut child, Duration::from_secs(10), test);
    let err = stderr_lines(rx);
    assert_eq!(st.code(), Some(0), "{test}:\n{err}");
    assert_eq!(stat(&err, "captured"), 20, "{test}:\n{err}");
    assert_eq!(pcap_records(out).1.len(), 20);
    assert_eq!(std::fs::metadata(out).unwrap().uid(), NOBODY);
}

#[test]
fn file_capabilities_instead_of_root() {
    let test = "file_capabilities";
    if !require_live(test, &["ip", "trafgen", "setcap", "setpriv"]) {
        return;
    }
    let v = Veth::new();
    let dir = open_dir();
    // As DOCS-NOTES.md says: both capabilities.
    let (_bin_dir, bin) = copy_with_caps(Some("cap_net_raw,cap_net_admin=eip"));
    capture_20(test, &v, &bin, &dir.join("both.pcap"));
    // CAP_NET_RAW alone captures, promiscuously too.
    let (_bin_dir, bin) = copy_with_caps(Some("cap_net_raw=eip"));
    capture_20(test, &v, &bin, &dir.join("raw.pcap"));
    // Rebuilding or copying loses the capabilities: the message says what to do.
    let (_bin_dir, bin) = copy_with_caps(None);
    let o = as_nobody(&bin).args(["-i", &v.host]).output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        "afsniff: socket(AF_PACKET): Operation not permitted (run as root or grant CAP_NET_RAW)\n"
    );
}

/// Started by an ordinary user with file capabilities, afsniff gives them
/// up once the socket is open (nothing after needs them, and the packet
/// parser then runs with none), and -Z accepts only that same user.
#[test]
fn file_capabilities_are_given_up_once_the_socket_is_open() {
    let test = "file_capabilities_given_up";
    let Some((v, _flood)) = flooded_veth(test, &["setcap", "setpriv"], Some(1000)) else {
        return;
    };
    let (_bin_dir, bin) = copy_with_caps(Some("cap_net_raw,cap_net_admin=eip"));
    let dir = open_dir();
    for z in [&[][..], &["-Z", "nobody"][..]] {
        let out = dir.join(format!("cap{}.pcap", z.len()));
        let (mut child, rx) = spawn_ready(
            as_nobody(&bin)
                .args(z)
                .args(["-i", &v.host, "-w"])
                .arg(&out),
            "listening on",
        );
        std::thread::sleep(Duration::from_millis(300));
        for field in ["CapPrm:", "CapEff:"] {
            assert_eq!(
                status_field(child.id(), field),
                ["0000000000000000"],
                "{test} {z:?}: {field}"
            );
        }
        std::thread::sleep(Duration::from_millis(500));
        let (st, err) = stop(&mut child, rx, "INT", Duration::from_secs(10), test);
        assert_eq!(st.code(), Some(0), "{test} {z:?}:\n{err}");
        assert!(stat(&err, "captured") > 0, "{test} {z:?}:\n{err}");
        assert_eq!(pcap_records(&out).1.len() as u64, stat(&err, "captured"));
    }
    let o = as_nobody(&bin)
        .args(["-Z", "daemon", "-i", &v.host])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        "afsniff: -Z daemon: setuid (only root can change to another user): Operation not permitted\n"
    );
}
