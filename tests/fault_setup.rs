//! Failures before the first packet, each with its exact message and exit
//! status: a bad filter (2, with a caret), a missing interface (1, named),
//! a -w path that cannot be created (1, path and strerror), no privilege
//! (1, "run as root or grant CAP_NET_RAW"). Nothing is captured and no
//! "listening on" line is printed in any of them.
//!
//! The live cases need root and setpriv; without them they say "skipped",
//! unless AFSNIFF_REQUIRE_LIVE=1, when they fail instead.

mod common;

use common::{Veth, afsniff, require_live, stderr, tempdir};
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_afsniff");

fn check(o: &Output, code: i32, err: &str, what: &str) {
    assert_eq!(
        (o.status.code(), stderr(o).as_str()),
        (Some(code), err),
        "{what}"
    );
    assert!(o.stdout.is_empty(), "{what}: stdout {:?}", o.stdout);
}

/// A small capture file anyone can read.
fn sample_file() -> (common::TempDir, std::path::PathBuf) {
    let dir = tempdir();
    let frame = common::frames::eth_udp4(1, 2, b"x");
    let path = dir.join("in.pcap");
    common::write_pcap(&path, 1, false, &[(1, 0, frame.len() as u32, frame)]);
    (dir, path)
}

#[test]
fn bad_filter_exits_2_with_a_caret() {
    let (_input_dir, input) = sample_file();
    let caret = "afsniff: filter: expected a port number or name after 'port', found 'and'\n  tcp port and 80\n           ^^^\n";
    let o = afsniff()
        .arg("-r")
        .arg(&input)
        .args(["tcp", "port", "and", "80"])
        .output()
        .unwrap();
    check(&o, 2, caret, "-r with a bad filter");
    let o = afsniff()
        .args(["-d", "-r"])
        .arg(&input)
        .arg("tcp port and 80")
        .output()
        .unwrap();
    check(&o, 2, caret, "-d with a bad filter");
    let o = afsniff()
        .args(["-i", "lo", "tcp", "port", "and", "80"])
        .output()
        .unwrap();
    check(&o, 2, caret, "-i lo with a bad filter");
    let o = afsniff().args(["-i", "lo", "ip", "and"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).starts_with("afsniff: filter: ") && stderr(&o).contains('^'),
        "{}",
        stderr(&o)
    );
}

#[test]
fn missing_interface_exits_1_naming_it() {
    let o = afsniff().args(["-i", "afsnope0", "-n"]).output().unwrap();
    check(
        &o,
        1,
        "afsniff: afsnope0: no such interface (afsniff -D lists them)\n",
        "-i afsnope0",
    );
    let dir = tempdir();
    let o = afsniff()
        .args(["-i", "afsnope0", "-w"])
        .arg(dir.join("x.pcap"))
        .output()
        .unwrap();
    check(
        &o,
        1,
        "afsniff: afsnope0: no such interface (afsniff -D lists them)\n",
        "-i afsnope0 -w",
    );
    assert!(
        !dir.join("x.pcap").exists(),
        "a file for a capture that never ran"
    );
}

#[test]
fn write_path_in_a_missing_directory_exits_1_naming_it() {
    let (_input_dir, input) = sample_file();
    let o = afsniff()
        .arg("-r")
        .arg(&input)
        .args(["-w", "/nonexistent-afsniff/x.pcap"])
        .output()
        .unwrap();
    let banner = format!("reading from file {}", input.display());
    assert!(
        !stderr(&o).contains(&banner),
        "opened -w after reading began"
    );
    check(
        &o,
        1,
        "afsniff: /nonexistent-afsniff/x.pcap: No such file or directory\n",
        "-w into a missing directory",
    );
    if !require_live("write_path_missing (live)", &[]) {
        return;
    }
    let o = afsniff()
        .args(["-i", "lo", "-w", "/nonexistent-afsniff/x.pcap"])
        .output()
        .unwrap();
    check(
        &o,
        1,
        "afsniff: /nonexistent-afsniff/x.pcap: No such file or directory\n",
        "live -w into a missing directory",
    );
}

/// `setpriv` as nobody with no capabilities at all.
fn as_nobody() -> Command {
    let mut c = Command::new("setpriv");
    c.args([
        "--reuid=nobody",
        "--regid=nogroup",
        "--clear-groups",
        "--inh-caps=-all",
        BIN,
    ]);
    c
}

#[test]
fn write_path_without_permission_exits_1_naming_it() {
    if !require_live("write_path_without_permission", &["setpriv"]) {
        return;
    }
    let (_input_dir, input) = sample_file();
    // Readable by nobody; the output directory is not writable by it.
    common::sh(&format!(
        "chmod 755 '{}' && chmod 644 '{}'",
        input.parent().unwrap().display(),
        input.display()
    ));
    let ro = tempdir();
    common::sh(&format!("chmod 555 '{}'", ro.display()));
    let out = ro.join("x.pcap");
    let o = as_nobody()
        .arg("-r")
        .arg(&input)
        .arg("-w")
        .arg(&out)
        .output()
        .unwrap();
    check(
        &o,
        1,
        &format!("afsniff: {}: Permission denied\n", out.display()),
        "-w into a directory nobody cannot write",
    );
    assert!(!out.exists());
}

#[test]
fn no_privilege_exits_1_saying_what_to_grant() {
    if !require_live("no_privilege", &["ip", "setpriv"]) {
        return;
    }
    let v = Veth::new();
    for extra in [&[][..], &["-p"][..], &["-w", "/dev/null"][..]] {
        let o = as_nobody()
            .args(["-i", &v.host])
            .args(extra)
            .output()
            .unwrap();
        check(
            &o,
            1,
            "afsniff: socket(AF_PACKET): Operation not permitted (run as root or grant CAP_NET_RAW)\n",
            &format!("as nobody, {extra:?}"),
        );
    }
    // -D needs no privilege at all.
    let o = as_nobody().arg("-D").output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(common::stdout(&o).contains(&v.host));
}
