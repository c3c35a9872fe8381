//! Disk full under a full-rate live capture, whole binary: -w, -w with -C
//! rotation, and -w with -G. afsniff runs inside `unshare --mount` on a
//! tmpfs mounted there, so nothing leaks into the host's mounts; the files
//! are copied out before the namespace goes. Each run must end with exit
//! status 1, the statistics, and last a message naming the file being
//! written, the error and the packets written; every file must end at its
//! last complete record, and tcpdump must read every file cleanly with
//! exactly the packets the message (or the file) says.
//! (tcpdump itself exits 0 here and leaves a partial record: libpcap#87.)
//!
//! Needs root, unshare, trafgen and tcpdump; without them the tests say
//! "skipped", unless AFSNIFF_REQUIRE_LIVE=1, when they fail instead.

mod common;

use common::{
    Flood, Veth, flooded_veth, output_within, records_tcpdump_agrees, tempdir, tshark_reads,
};
use std::path::Path;
use std::process::Command;
use std::time::Duration;

const BIN: &str = env!("CARGO_BIN_EXE_afsniff");

/// Runs afsniff with `args` (where MNT stands for the tmpfs) on a tmpfs of
/// `size`; returns (exit status, stderr); the files end up in `out`.
fn on_tiny_disk(size: &str, args: &str, out: &Path) -> (i32, String) {
    let mnt = tempdir();
    let args = args.replace("MNT", &mnt.display().to_string());
    let script = format!(
        "mount -t tmpfs -o size={size} tmpfs '{m}' || exit 99\n\
         '{BIN}' {args}\n\
         rc=$?\n\
         cp -a '{m}'/. '{o}'/\n\
         exit $rc",
        m = mnt.display(),
        o = out.display()
    );
    let (st, _, err) = output_within(
        Command::new("unshare").args(["--mount", "sh", "-c", &script]),
        Duration::from_secs(60),
        &args,
    );
    assert_ne!(st.code(), Some(99), "mount failed: {err}");
    let _ = std::fs::remove_dir(&mnt);
    (
        st.code().unwrap_or(-1),
        err.replace(&mnt.display().to_string(), "MNT"),
    )
}

/// The checks every case shares; returns the files as (name, packets).
fn check(test: &str, code: i32, err: &str, out: &Path) -> Vec<(String, u64)> {
    assert_eq!(code, 1, "{test}:\n{err}");
    let last = err.lines().last().unwrap();
    // afsniff: MNT/NAME: No space left on device; N packets written, the
    // file ends at the last complete packet[ (T packets written to all the files)]
    let (last, total) = match last.strip_suffix(" packets written to all the files)") {
        Some(head) => {
            let (head, total) = head.rsplit_once(" (").unwrap();
            (head, Some(total.parse::<u64>().unwrap()))
        }
        None => (last, None),
    };
    let rest = last
        .strip_prefix("afsniff: MNT/")
        .unwrap_or_else(|| panic!("{test}: last line {last:?}"));
    let (name, rest) = rest.split_once(": ").unwrap();
    let n: u64 = rest
        .strip_prefix("No space left on device; ")
        .and_then(|r| r.strip_suffix(" packets written, the file ends at the last complete packet"))
        .unwrap_or_else(|| panic!("{test}: {last:?}"))
        .parse()
        .unwrap();
    assert!(
        err.contains("packets captured\n"),
        "{test}: no statistics:\n{err}"
    );
    let mut files = Vec::new();
    for e in std::fs::read_dir(out).unwrap() {
        let path = e.unwrap().path();
        let records = records_tcpdump_agrees(test, &path);
        let fname = path.file_name().unwrap().to_string_lossy().into_owned();
        if fname == name {
            assert_eq!(records, n, "{test}: the message's count");
        }
        files.push((fname, records));
    }
    files.sort();
    assert!(
        files.iter().any(|f| f.0 == name),
        "{test}: {name} not in {files:?}"
    );
    // A set of files gives the total; a single file does not need it.
    let all: u64 = files.iter().map(|f| f.1).sum();
    let expected_total = (files.len() > 1).then_some(all);
    assert_eq!(total, expected_total, "{test}: {files:?}");
    eprintln!("{test}: {last}\n  files {files:?}");
    files
}

fn flooded(test: &str, gap_us: Option<u32>) -> Option<(Veth, Flood)> {
    flooded_veth(test, &["tcpdump", "unshare"], gap_us)
}

#[test]
fn disk_full_with_w() {
    let test = "disk_full_w";
    let Some((v, _flood)) = flooded(test, None) else {
        return;
    };
    let out = tempdir();
    let (code, err) = on_tiny_disk("256k", &format!("-i {} -w MNT/cap.pcap", v.host), &out);
    let files = check(test, code, &err, &out);
    assert_eq!(files.len(), 1);
    assert!(files[0].1 > 0);
}

#[test]
fn disk_full_with_w_and_packet_buffering() {
    let test = "disk_full_w_U";
    let Some((v, _flood)) = flooded(test, None) else {
        return;
    };
    let out = tempdir();
    let (code, err) = on_tiny_disk("256k", &format!("-U -i {} -w MNT/cap.pcap", v.host), &out);
    check(test, code, &err, &out);
}

/// pcapng (a -w name ending in .pcapng): the file ends at its last whole
/// block, so tcpdump, tshark and afsniff's reader all read it cleanly.
#[test]
fn disk_full_with_pcapng() {
    let test = "disk_full_pcapng";
    let Some((v, _flood)) = flooded(test, None) else {
        return;
    };
    let out = tempdir();
    let (code, err) = on_tiny_disk("256k", &format!("-i {} -w MNT/cap.pcapng", v.host), &out);
    let files = check(test, code, &err, &out);
    assert_eq!(files.len(), 1);
    assert!(files[0].1 > 0);
    let (n, clean) = tshark_reads(&out.join("cap.pcapng"));
    assert!(clean, "{test}: tshark calls the file damaged");
    assert_eq!(n, files[0].1, "{test}: tshark's count");
}

/// pcapng with -C: every rotated file a complete pcapng of its own (its
/// section header and interface descriptions first), the last cut at a
/// whole block.
#[test]
fn disk_full_with_pcapng_size_rotation() {
    let test = "disk_full_pcapng_C";
    let Some((v, _flood)) = flooded(test, None) else {
        return;
    };
    let out = tempdir();
    let (code, err) = on_tiny_disk(
        "2560k",
        &format!("-i {} --pcapng -C 1 -w MNT/cap.pcapng", v.host),
        &out,
    );
    let files = check(test, code, &err, &out);
    let names: Vec<&str> = files.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(names, ["cap.pcapng", "cap.pcapng1", "cap.pcapng2"], "{err}");
    for (name, records) in &files {
        let (n, clean) = tshark_reads(&out.join(name));
        assert!(
            clean && n == *records,
            "{test}: tshark on {name}: {n} vs {records}"
        );
    }
}

#[test]
fn disk_full_with_size_rotation() {
    let test = "disk_full_C";
    let Some((v, _flood)) = flooded(test, None) else {
        return;
    };
    let out = tempdir();
    // Two whole 1 MB files fit; the third fills the disk.
    let (code, err) = on_tiny_disk(
        "2560k",
        &format!("-i {} -C 1 -w MNT/cap.pcap", v.host),
        &out,
    );
    let files = check(test, code, &err, &out);
    let names: Vec<&str> = files.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(names, ["cap.pcap", "cap.pcap1", "cap.pcap2"], "{err}");
    assert!(
        err.lines()
            .last()
            .unwrap()
            .starts_with("afsniff: MNT/cap.pcap2: ")
    );
}

#[test]
fn disk_full_with_time_rotation() {
    let test = "disk_full_G";
    // About 100 kB/s: the 256 KiB fill up after a few rotations.
    let Some((v, _flood)) = flooded(test, Some(2500)) else {
        return;
    };
    let out = tempdir();
    let (code, err) = on_tiny_disk(
        "256k",
        &format!("-i {} -G 1 -w MNT/cap-%s.pcap", v.host),
        &out,
    );
    let files = check(test, code, &err, &out);
    assert!(
        files.len() >= 2,
        "{test}: no rotation before the disk filled: {files:?}"
    );
    for (name, _) in &files {
        let secs = name
            .strip_prefix("cap-")
            .and_then(|n| n.strip_suffix(".pcap"));
        assert!(secs.is_some_and(|s| s.parse::<u64>().is_ok()), "{name}");
    }
}

/// No inode left for the next -C file: creating it fails. The message
/// names that file and says what the files already closed hold.
#[test]
fn no_inode_for_the_next_rotated_file() {
    let test = "disk_full_inodes";
    let Some((v, _flood)) = flooded(test, None) else {
        return;
    };
    let out = tempdir();
    // The mount point, cap.pcap and cap.pcap1 use the three inodes.
    let (code, err) = on_tiny_disk(
        "10m,nr_inodes=3",
        &format!("-i {} -C 1 -w MNT/cap.pcap", v.host),
        &out,
    );
    assert_eq!(code, 1, "{test}:\n{err}");
    let mut total = 0;
    let mut names = Vec::new();
    for e in std::fs::read_dir(&out).unwrap() {
        let path = e.unwrap().path();
        total += records_tcpdump_agrees(test, &path);
        names.push(path.file_name().unwrap().to_string_lossy().into_owned());
    }
    names.sort();
    assert_eq!(names, ["cap.pcap", "cap.pcap1"], "{test}");
    assert_eq!(
        err.lines().last().unwrap(),
        format!(
            "afsniff: MNT/cap.pcap2: No space left on device ({total} packets written to all the files)"
        ),
        "{test}:\n{err}"
    );
}
