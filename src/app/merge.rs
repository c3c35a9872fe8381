//! Packets of several rings in time order.
//!
//! Each ring hands over its packets in the kernel's order, but two rings
//! retire their blocks independently: a block of one may be read before an
//! older block of the other is retired. So packets are copied out of their
//! blocks (releasing ring space at once) into one arena and held until no
//! ring can still deliver an older one, then handed on sorted by time.
//!
//! A ring can still deliver a packet stamped before `bound` when `bound`
//! is later than both the last packet seen from it and the time up to
//! which its kernel has surely retired every block: the retire timer
//! fires every tov ms and retires a block on its second expiry, so a packet
//! that is not visible now arrived less than `hold_back` ago.

use std::ops::ControlFlow;
use std::time::Duration;

use crate::packet::Packet;

/// A packet held back: its fields and where its bytes are in the arena.
#[derive(Clone, Copy, Debug)]
struct Held {
    ts: (i64, u32),
    /// Arrival order, to keep the kernel's order among equal stamps.
    seq: u64,
    wire_len: u32,
    pkttype: Option<u8>,
    ifindex: u32,
    start: usize,
    len: usize,
}

pub struct Merge {
    arena: Vec<u8>,
    /// Where the arena's packets still held are copied to when compacting.
    spare: Vec<u8>,
    held: Vec<Held>,
    /// Per ring: the stamp of the last packet seen from it.
    last: Vec<(i64, u32)>,
    hold_back: Duration,
    seq: u64,
}

fn nanos(ts: (i64, u32)) -> i128 {
    i128::from(ts.0) * 1_000_000_000 + i128::from(ts.1)
}

impl Merge {
    /// For `rings` rings whose blocks retire within `retire_tov`.
    pub fn new(rings: usize, retire_tov: Duration) -> Merge {
        Merge {
            arena: Vec::with_capacity(1 << 20),
            spare: Vec::with_capacity(1 << 20),
            held: Vec::with_capacity(4096),
            last: vec![(i64::MIN, 0); rings],
            // Two timer expiries, one more for the time between our
            // look at the rings and the clock read, and scheduling slack.
            hold_back: retire_tov * 3 + Duration::from_millis(5),
            seq: 0,
        }
    }

    /// Copies `pkt`, seen on ring `ring` (interface index `ifindex`), in.
    pub fn hold(&mut self, ring: usize, ifindex: u32, pkt: &Packet) {
        let ts = (pkt.ts_sec, pkt.ts_nsec);
        if let Some(last) = self.last.get_mut(ring) {
            if nanos(ts) > nanos(*last) {
                *last = ts;
            }
        }
        self.held.push(Held {
            ts,
            seq: self.seq,
            wire_len: pkt.wire_len,
            pkttype: pkt.pkttype,
            ifindex: pkt.ifindex.unwrap_or(ifindex),
            start: self.arena.len(),
            len: pkt.data.len(),
        });
        self.seq += 1;
        self.arena.extend_from_slice(pkt.data);
    }

    /// Hands on, in time order, every packet no ring can still precede
    /// (all of them with `everything`, once every ring is drained); `now`
    /// is the wall clock in nanoseconds since the epoch.
    pub fn release(
        &mut self,
        now: i128,
        everything: bool,
        f: &mut dyn FnMut(&Packet) -> ControlFlow<()>,
    ) -> ControlFlow<()> {
        if self.held.is_empty() {
            return ControlFlow::Continue(());
        }
        let settled = now - self.hold_back.as_nanos() as i128;
        let bound = self
            .last
            .iter()
            .map(|&last| nanos(last).max(settled))
            .min()
            .unwrap_or(settled);
        self.held.sort_unstable_by_key(|h| (nanos(h.ts), h.seq));
        let ready = if everything {
            self.held.len()
        } else {
            self.held.partition_point(|h| nanos(h.ts) <= bound)
        };
        let mut flow = ControlFlow::Continue(());
        let mut handed = 0;
        for h in &self.held[..ready] {
            let pkt = Packet {
                ts_sec: h.ts.0,
                ts_nsec: h.ts.1,
                recorded: None,
                wire_len: h.wire_len,
                data: &self.arena[h.start..h.start + h.len],
                pkttype: h.pkttype,
                ifindex: Some(h.ifindex),
            };
            handed += 1;
            flow = f(&pkt);
            if flow.is_break() {
                break;
            }
        }
        self.held.drain(..handed);
        self.compact();
        flow
    }

    /// Moves the bytes of the packets still held to the front of a fresh arena.
    fn compact(&mut self) {
        self.spare.clear();
        for h in &mut self.held {
            let start = self.spare.len();
            self.spare
                .extend_from_slice(&self.arena[h.start..h.start + h.len]);
            h.start = start;
        }
        std::mem::swap(&mut self.arena, &mut self.spare);
    }

    /// Packets held back now.
    #[cfg(test)]
    fn held(&self) -> usize {
        self.held.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pkt(sec: i64, nsec: u32, data: &[u8]) -> Packet<'_> {
        Packet {
            ts_sec: sec,
            ts_nsec: nsec,
            recorded: None,
            wire_len: data.len() as u32,
            data,
            pkttype: Some(0),
            ifindex: None,
        }
    }

    fn collect(m: &mut Merge, now: i128, all: bool) -> Vec<(i64, u32, Vec<u8>, u32)> {
        let mut got = Vec::new();
        let _ = m.release(now, all, &mut |p| {
            got.push((p.ts_sec, p.ts_nsec, p.data.to_vec(), p.ifindex.unwrap()));
            ControlFlow::Continue(())
        });
        got
    }

    const SEC: i128 = 1_000_000_000;

    #[test]
    fn two_rings_interleave_by_time() {
        let mut m = Merge::new(2, Duration::from_millis(8));
        m.hold(0, 10, &pkt(100, 5, b"a5"));
        m.hold(0, 10, &pkt(100, 9, b"a9"));
        m.hold(1, 11, &pkt(100, 1, b"b1"));
        m.hold(1, 11, &pkt(100, 7, b"b7"));
        // Both rings have been seen up to 100.000000009 / 7: release to 7.
        let got = collect(&mut m, 100 * SEC, false);
        let order: Vec<_> = got.iter().map(|g| g.2.clone()).collect();
        assert_eq!(order, [b"b1".to_vec(), b"a5".to_vec(), b"b7".to_vec()]);
        assert_eq!(got[0].3, 11);
        assert_eq!(m.held(), 1);
        // Ring 1 stays quiet: once the hold-back time has passed, a9 goes.
        let got = collect(&mut m, 101 * SEC, false);
        assert_eq!(got, [(100, 9, b"a9".to_vec(), 10)]);
        assert_eq!(m.held(), 0);
    }

    #[test]
    fn a_quiet_ring_holds_back_only_for_the_hold_back_time() {
        let mut m = Merge::new(2, Duration::from_millis(8));
        m.hold(0, 1, &pkt(50, 0, b"x"));
        assert!(collect(&mut m, 50 * SEC, false).is_empty());
        assert_eq!(collect(&mut m, 50 * SEC + 30_000_000, false).len(), 1);
    }

    #[test]
    fn everything_goes_at_the_end_and_a_break_keeps_the_rest() {
        let mut m = Merge::new(3, Duration::from_millis(1));
        for i in 0..10u32 {
            m.hold((i % 3) as usize, i % 3, &pkt(7, 100 - i, &[i as u8; 3]));
        }
        let mut n = 0;
        let flow = m.release(0, true, &mut |_| {
            n += 1;
            if n == 4 {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            }
        });
        assert!(flow.is_break());
        let rest = collect(&mut m, 0, true);
        assert_eq!(rest.len(), 6);
        assert!(rest.windows(2).all(|w| w[0].1 <= w[1].1));
        // The bytes followed their packets through the compaction.
        assert!(rest.iter().all(|r| r.2 == [(100 - r.1) as u8; 3]));
    }
}
