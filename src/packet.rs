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

/// pcapng's epb_flags for a kernel packet type: direction in bits 0-1
/// (1 in, 2 out), reception type in bits 2-4 (1 unicast, 2 multicast, 3
/// broadcast, 4 promiscuous); None for a type pcapng has no word for.
pub fn epb_flags(pkttype: u8) -> Option<u32> {
    Some(match pkttype {
        libc::PACKET_HOST => 0b01 | 1 << 2,
        libc::PACKET_MULTICAST => 0b01 | 2 << 2,
        libc::PACKET_BROADCAST => 0b01 | 3 << 2,
        libc::PACKET_OTHERHOST => 0b01 | 4 << 2,
        libc::PACKET_OUTGOING => 0b10,
        _ => return None,
    })
}

/// The kernel packet type epb_flags stand for (`epb_flags` backwards);
/// None when the flags give no direction.
pub fn pkttype_of_epb_flags(flags: u32) -> Option<u8> {
    match (flags & 0b11, (flags >> 2) & 0b111) {
        (0b10, _) => Some(libc::PACKET_OUTGOING),
        (0b01, 2) => Some(libc::PACKET_MULTICAST),
        (0b01, 3) => Some(libc::PACKET_BROADCAST),
        (0b01, 4) => Some(libc::PACKET_OTHERHOST),
        (0b01, _) => Some(libc::PACKET_HOST),
        _ => None,
    }
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
    /// The kernel's packet type (PACKET_HOST, PACKET_OUTGOING...): live,
    /// or from a pcapng packet's epb_flags.
    pub pkttype: Option<u8>,
    /// Live: the interface index the packet was seen on. A pcapng file of
    /// several interfaces: the number of the packet's interface in its section.
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

    #[test]
    fn epb_flags_carry_the_packet_type_there_and_back() {
        for t in [
            libc::PACKET_HOST,
            libc::PACKET_BROADCAST,
            libc::PACKET_MULTICAST,
            libc::PACKET_OTHERHOST,
            libc::PACKET_OUTGOING,
        ] {
            assert_eq!(pkttype_of_epb_flags(epb_flags(t).unwrap()), Some(t));
        }
        assert_eq!(epb_flags(libc::PACKET_OUTGOING), Some(0b10));
        assert_eq!(epb_flags(libc::PACKET_HOST), Some(0b101));
        assert_eq!(epb_flags(7), None);
        assert_eq!(pkttype_of_epb_flags(0), None);
        assert_eq!(pkttype_of_epb_flags(0b11), None);
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
