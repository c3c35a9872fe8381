//! One line per packet, as tcpdump prints it; hex and ASCII dumps.
//! Owned by the decode work; this interface is what the run loop uses.

use crate::link::LinkType;
use crate::packet::Packet;

/// Timestamp forms, tcpdump's -t family.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TimeFormat {
    /// `HH:MM:SS.frac` in local time (no -t).
    #[default]
    Clock,
    /// -t: no timestamp.
    None,
    /// -tt: seconds since the epoch.
    Epoch,
    /// -ttt: delta since the previous packet.
    DeltaPrev,
    /// -tttt: `YYYY-MM-DD HH:MM:SS.frac` in local time.
    Date,
    /// -ttttt: delta since the first packet.
    DeltaFirst,
}

/// Everything that changes how a packet is printed.
#[derive(Clone, Debug, Default)]
pub struct PrintOptions {
    /// -n count: 1 = no host names, 2 = no port names either.
    pub numeric: u8,
    /// -e: print the link-level header.
    pub link_header: bool,
    /// -q: less protocol detail.
    pub quiet: bool,
    pub time: TimeFormat,
    /// --time-stamp-precision nano: nine fractional digits instead of six.
    pub nano: bool,
    /// -v count.
    pub verbose: u8,
    /// -x count (1: hex of the packet without the link header, 2: with).
    pub hex: u8,
    /// -X count (hex and ASCII; 1: without link header, 2: with).
    pub hex_ascii: u8,
    /// -A: the packet in ASCII.
    pub ascii: bool,
    /// -#: a packet number before each line.
    pub number: bool,
    /// -S: absolute TCP sequence numbers.
    pub absolute_seq: bool,
}

/// Formats packets into a caller's buffer; keeps what spans packets (the
/// previous timestamp for -ttt, TCP sequence state, name caches).
pub struct Printer {
    opts: PrintOptions,
    link: LinkType,
    count: u64,
}

impl Printer {
    pub fn new(opts: PrintOptions, link: LinkType) -> Printer {
        Printer {
            opts,
            link,
            count: 0,
        }
    }

    /// Appends the packet's line(s), each ending in '\n', to `out`.
    pub fn print(&mut self, out: &mut Vec<u8>, pkt: &Packet) {
        use std::io::Write;
        self.count += 1;
        let _ = (&self.opts, self.link);
        let _ = writeln!(
            out,
            "{}.{:06} length {}",
            pkt.ts_sec,
            pkt.ts_nsec / 1000,
            pkt.wire_len
        );
    }
}
