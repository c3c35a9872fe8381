//! -Z: dropping root for good. Its own test binary (one process), because
//! setuid applies to every thread of the process.

mod common;

use afsniff::capture::live::{Live, LiveOptions, RingUse, resolve_interface};
use afsniff::capture::privs::drop_privileges;
use common::require_live;

fn ids(field: &str) -> Vec<u32> {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find(|l| l.starts_with(field)).unwrap();
    line.split_whitespace()
        .skip(1)
        .map(|n| n.parse().unwrap())
        .collect()
}

#[test]
fn dropping_to_nobody_keeps_an_open_capture_and_forbids_new_ones() {
    if !require_live("dropping_to_nobody", &[]) {
        return;
    }
    let lo = resolve_interface(Some("lo")).unwrap();
    let opts = LiveOptions {
        snaplen: 262_144,
        buffer_kib: Some(1024),
        promisc: false,
        direction: None,
        ring_use: RingUse::Immediate,
    };
    let mut open_before = Live::open(&lo, &opts, None).unwrap();

    drop_privileges("nobody").unwrap();
    let uid = ids("Uid:");
    let gid = ids("Gid:");
    assert!(uid.iter().all(|&u| u == 65534), "uids {uid:?}");
    assert!(gid.iter().all(|&g| g == 65534), "gids {gid:?}");
    assert!(
        !ids("Groups:").contains(&0),
        "supplementary group root kept"
    );

    // The socket opened as root still works.
    assert!(open_before.stats().is_ok());
    // A new one is refused with the message the brief asks for.
    let e = Live::open(&lo, &opts, None).unwrap_err();
    assert_eq!(
        e.to_string(),
        "socket(AF_PACKET): Operation not permitted (run as root or grant CAP_NET_RAW)"
    );
    // And root does not come back.
    let e = drop_privileges("root").unwrap_err();
    assert!(e.to_string().starts_with("-Z root: "), "{e}");
}
