//! One captured packet as every stage sees it, borrowed from the ring or the
//! file reader's buffer: nothing here owns or copies packet bytes.

/// Which way a packet went, from the kernel's packet type (PACKET_*).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Addressed to this host, or broadcast/multicast/promiscuous: received.
    In,
    /// Sent by this host (PACKET_OUTGOING).
    Out,
}

/// A packet: capture time, lengths, bytes and what the kernel said about it.
#[derive(Clone, Copy, Debug)]
pub struct Packet<'a> {
    /// Capture time: seconds since the epoch (UTC).
    pub ts_sec: i64,
    /// Capture time: nanoseconds within the second (0..1e9).
    pub ts_nsec: u32,
    /// A pcap record's time stamp fields as the file holds them; None for
    /// live capture and pcapng. tcpdump prints and rewrites these fields
    /// as they stand, out of range or not, where `ts_sec`/`ts_nsec` are
    /// normalized for everything else (filters, JSON, rotation).
    pub recorded: Option<RecordStamp>,
    /// Length on the wire; at least `data.len()`.
    pub wire_len: u32,
    /// The captured bytes, starting at the link-layer header (caplen = len()).
    pub data: &'a [u8],
    /// Live only: the kernel's packet type (PACKET_HOST, PACKET_OUTGOING...).
    pub pkttype: Option<u8>,
    /// Live only: the interface index the packet was seen on.
    pub ifindex: Option<u32>,
}

/// The two time stamp fields of a pcap record header, unnormalized.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RecordStamp {
    /// Seconds field (libpcap reads it as a signed 32-bit number).
    pub sec: u32,
    /// Fraction field: microseconds, or nanoseconds when `nano`; may be
    /// 1e6 (1e9) or more in damaged or fuzzed files.
    pub frac: u32,
    /// The file's precision is nanoseconds.
    pub nano: bool,
}

/// A time stamp as tcpdump's `struct timeval` holds it once libpcap has
/// read it at the precision asked for: `frac` is micro- or nanoseconds and
/// is not carried into `sec`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Timeval {
    pub sec: i64,
    pub frac: i64,
}

impl<'a> Packet<'a> {
    /// `data` (`wire_len` bytes on the wire) at a time, with no record
    /// stamp and none of the live-only fields: what the JSON `info` line
    /// printer and tests hand the printer.
    pub fn bare(data: &'a [u8], wire_len: u32, ts_sec: i64, ts_nsec: u32) -> Packet<'a> {
        Packet {
            ts_sec,
            ts_nsec,
            recorded: None,
            wire_len,
            data,
            pkttype: None,
            ifindex: None,
        }
    }

    /// The time stamp as tcpdump sees it at micro (or, with `nano`,
    /// nano) precision: a pcap record's fields sign-extended as libpcap's
    /// 32-bit header fields are, then scaled as libpcap scales them
    /// (truncating toward zero); other sources' normalized time.
    #[inline]
    pub fn timeval(&self, nano: bool) -> Timeval {
        match self.recorded {
            Some(r) => {
                let frac = i64::from(r.frac as i32);
                Timeval {
                    sec: i64::from(r.sec as i32),
                    frac: match (r.nano, nano) {
                        (true, false) => frac / 1000,
                        (false, true) => frac * 1000,
                        _ => frac,
                    },
                }
            }
            None => Timeval {
                sec: self.ts_sec,
                frac: i64::from(if nano {
                    self.ts_nsec
                } else {
                    self.ts_nsec / 1000
                }),
            },
        }
    }

    /// In or out, when the kernel told us (live capture); None for files.
    pub fn direction(&self) -> Option<Direction> {
        self.pkttype.map(|t| {
            if t == libc::PACKET_OUTGOING {
                Direction::Out
            } else {
                Direction::In
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn recorded(sec: u32, frac: u32, nano: bool) -> Packet<'static> {
        Packet {
            ts_sec: 0,
            ts_nsec: 0,
            recorded: Some(RecordStamp { sec, frac, nano }),
            wire_len: 0,
            data: &[],
            pkttype: None,
            ifindex: None,
        }
    }

    fn tv(sec: i64, frac: i64) -> Timeval {
        Timeval { sec, frac }
    }

    /// libpcap's header fields are signed 32-bit numbers, scaled to the
    /// precision asked for as C scales a long (truncating toward zero).
    #[test]
    fn record_fields_as_libpcap_hands_them_over() {
        let p = recorded(0x7fff_ffff, 999_999, false);
        assert_eq!(p.timeval(false), tv(2_147_483_647, 999_999));
        assert_eq!(p.timeval(true), tv(2_147_483_647, 999_999_000));
        let p = recorded(0x8000_0000, 1_000_000, false);
        assert_eq!(p.timeval(false), tv(-2_147_483_648, 1_000_000));
        let p = recorded(0xffff_ffff, 4_294_967_295, false);
        assert_eq!(p.timeval(false), tv(-1, -1));
        assert_eq!(p.timeval(true), tv(-1, -1000));
        let p = recorded(5, 4_294_967_295, true);
        assert_eq!(p.timeval(true), tv(5, -1));
        assert_eq!(p.timeval(false), tv(5, 0));
        let p = recorded(5, 0x8000_0000, true);
        assert_eq!(p.timeval(false), tv(5, -2_147_483));
        let p = recorded(5, 1_000_000_000, true);
        assert_eq!(p.timeval(false), tv(5, 1_000_000));
    }

    /// Live and pcapng packets carry normalized time only.
    #[test]
    fn normalized_time_when_nothing_was_recorded() {
        let mut p = recorded(0, 0, false);
        p.recorded = None;
        p.ts_sec = 1_700_000_000;
        p.ts_nsec = 123_456_789;
        assert_eq!(p.timeval(true), tv(1_700_000_000, 123_456_789));
        assert_eq!(p.timeval(false), tv(1_700_000_000, 123_456));
    }
}
