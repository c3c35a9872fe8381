//! Send-to-callback latency on the ring, with and without immediate mode:
//! the sender stamps CLOCK_REALTIME into each frame just before send(), the
//! callback subtracts it from its own clock. Prints the figures (run with
//! --nocapture to see them) and checks them against the retire timeouts.

mod common;

use std::ops::ControlFlow;
use std::os::fd::AsFd;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use afsniff::capture::live::{Live, LiveOptions, RingUse, Wake, resolve_interface};
use common::frames::udp_frame;
use common::{Veth, require_live, wake_pair};

/// Where the UDP payload (and so the stamp) starts in an untagged frame.
const STAMP_AT: usize = 14 + 20 + 8;
const PACKETS: usize = 200;

fn now_ns() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
}

/// Latencies in microseconds, sorted, of PACKETS frames sent `gap` apart.
fn measure(v: &Veth, immediate: bool, gap: Duration) -> Vec<u64> {
    let iface = resolve_interface(Some(&v.host)).unwrap();
    let opts = LiveOptions {
        snaplen: 262_144,
        buffer_kib: None,
        promisc: false,
        direction: None,
        ring_use: if immediate {
            RingUse::Immediate
        } else {
            RingUse::Write
        },
    };
    let mut live = Live::open(&iface, &opts, None).unwrap();
    let frames: Vec<Vec<u8>> = (0..PACKETS as u16).map(|i| udp_frame(&[], 16, i)).collect();
    let (wake, _w) = wake_pair();
    let mut lat = Vec::with_capacity(PACKETS);
    std::thread::scope(|s| {
        s.spawn(|| v.send_in(&frames, gap, Some(STAMP_AT)));
        let deadline = Instant::now() + Duration::from_secs(10);
        while lat.len() < PACKETS && Instant::now() < deadline {
            if live.wait(wake.as_fd(), 100).unwrap() == Wake::Ready {
                let _ = live
                    .for_each_ready(&mut |p| {
                        let now = now_ns();
                        if let Some(stamp) = p.data.get(STAMP_AT..STAMP_AT + 8) {
                            let sent = u64::from_be_bytes(stamp.try_into().unwrap());
                            lat.push(now.saturating_sub(sent) / 1000);
                        }
                        ControlFlow::Continue(())
                    })
                    .unwrap();
            }
        }
    });
    lat.sort_unstable();
    lat
}

fn pct(sorted: &[u64], p: usize) -> u64 {
    sorted[(sorted.len() * p / 100).min(sorted.len() - 1)]
}

#[test]
fn immediate_mode_hands_packets_over_within_milliseconds() {
    if !require_live("immediate_mode_latency", &["ip", "python3"]) {
        return;
    }
    let v = Veth::unaddressed();
    let gap = Duration::from_millis(3);
    let fast = measure(&v, true, gap);
    let slow = measure(&v, false, gap);
    assert_eq!(fast.len(), PACKETS);
    assert_eq!(slow.len(), PACKETS);
    for (name, l) in [("immediate", &fast), ("default", &slow)] {
        eprintln!(
            "latency {name}: median {} us, p90 {} us, p99 {} us, max {} us ({} packets {gap:?} apart)",
            pct(l, 50),
            pct(l, 90),
            pct(l, 99),
            l[l.len() - 1],
            l.len()
        );
    }
    // 1 ms retire timeout; slack for a shared two-core machine.
    assert!(
        pct(&fast, 50) < 3_000,
        "immediate median {} us",
        pct(&fast, 50)
    );
    assert!(
        pct(&fast, 99) < 15_000,
        "immediate p99 {} us",
        pct(&fast, 99)
    );
    // 50 ms timeout: a block may live up to two timer periods.
    assert!(
        pct(&slow, 50) > 5_000,
        "default mode should batch: median {} us",
        pct(&slow, 50)
    );
    assert!(
        pct(&slow, 99) < 150_000,
        "default p99 {} us",
        pct(&slow, 99)
    );
}
