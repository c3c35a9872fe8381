//! -w on a real full disk: a tiny tmpfs. The write fails with ENOSPC, the
//! message names the file, the error and the packets written, and the file
//! is cut back to its last complete record, so it reads back cleanly with
//! exactly that many packets.
//!
//! Needs root (mount); without it the tests say "skipped" on stderr, unless
//! AFSNIFF_REQUIRE_LIVE=1, when they fail instead.

mod common;

use afsniff::capture::file::FileSource;
use afsniff::link::LinkType;
use afsniff::output::{OutputError, PcapOut};
use afsniff::packet::Packet;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A tmpfs mounted for one test, unmounted and removed on drop.
struct TinyDisk {
    dir: PathBuf,
}

impl TinyDisk {
    fn mount(test: &str, size: &str) -> Option<TinyDisk> {
        let dir =
            std::env::temp_dir().join(format!("afsniff-io-full-{}-{test}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let out = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(&dir)
            .output();
        match out {
            Ok(o) if o.status.success() => Some(TinyDisk { dir }),
            other => {
                let _ = std::fs::remove_dir(&dir);
                let why = match other {
                    Ok(o) => String::from_utf8_lossy(&o.stderr).trim().to_string(),
                    Err(e) => e.to_string(),
                };
                let what = format!("the right to mount a tmpfs (root): {why}");
                common::require(test, &what, false);
                None
            }
        }
    }
}

impl Drop for TinyDisk {
    fn drop(&mut self) {
        let done = Command::new("umount").arg(&self.dir).status();
        if !done.is_ok_and(|s| s.success()) {
            // Still busy (a panic left a file open): detach it anyway.
            let _ = Command::new("umount").arg("-l").arg(&self.dir).status();
        }
        let _ = std::fs::remove_dir(&self.dir);
    }
}

fn packet(i: u32, data: &[u8]) -> Packet<'_> {
    Packet {
        ts_sec: 1_700_000_000,
        ts_nsec: i * 1000,
        recorded: None,
        wire_len: data.len() as u32,
        data,
        pkttype: None,
        ifindex: None,
    }
}

/// Writes 1000-byte packets until the disk is full; returns the error and
/// how many packets write() accepted.
fn fill(path: &Path, per_packet: bool) -> (OutputError, u64) {
    let data = [0xabu8; 1000];
    let mut out = PcapOut::create(path, LinkType::Ethernet, 65535, false, per_packet).unwrap();
    for i in 0..100_000 {
        if let Err(e) = out.write(&packet(i, &data)) {
            return (e, out.packets_written());
        }
    }
    match out.flush() {
        Err(e) => (e, out.packets_written()),
        Ok(()) => panic!("100 MB fit on a tiny disk"),
    }
}

fn check(path: &Path, err: OutputError) {
    let msg = err.to_string();
    let OutputError::Write {
        packets,
        source,
        truncate_error: None,
        ..
    } = err
    else {
        panic!("unexpected {err:?}");
    };
    assert_eq!(source.raw_os_error(), Some(libc::ENOSPC), "{msg}");
    assert!(msg.starts_with(&format!("{}: ", path.display())), "{msg}");
    assert!(msg.contains(&format!("{packets} packets written")), "{msg}");
    assert!(packets > 0);
    let len = std::fs::metadata(path).unwrap().len();
    assert_eq!(len, 24 + packets * 1016, "{msg}");
    let mut src = FileSource::open(path).unwrap();
    let mut n = 0;
    while let Some(p) = src.next_packet().unwrap() {
        assert_eq!(p.data.len(), 1000);
        assert_eq!(
            p.ts_nsec,
            n * 1000,
            "packets in order, none lost before the cut"
        );
        n += 1;
    }
    assert_eq!(u64::from(n), packets);
}

#[test]
fn buffered_writer_on_a_full_tmpfs_keeps_whole_records() {
    let Some(disk) = TinyDisk::mount("buffered", "300k") else {
        return;
    };
    let path = disk.dir.join("cap.pcap");
    let (err, accepted) = fill(&path, false);
    if let OutputError::Write { packets, .. } = &err {
        assert!(*packets < accepted, "some packets were still buffered");
    }
    check(&path, err);
}

#[test]
fn packet_buffered_writer_on_a_full_tmpfs_keeps_whole_records() {
    let Some(disk) = TinyDisk::mount("unbuffered", "100k") else {
        return;
    };
    let path = disk.dir.join("cap.pcap");
    let (err, accepted) = fill(&path, true);
    if let OutputError::Write { packets, .. } = &err {
        // With -U only the record being written is lost.
        assert_eq!(*packets + 1, accepted);
    }
    check(&path, err);
}
