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
    /// Length on the wire; at least `data.len()`.
    pub wire_len: u32,
    /// The captured bytes, starting at the link-layer header (caplen = len()).
    pub data: &'a [u8],
    /// Live only: the kernel's packet type (PACKET_HOST, PACKET_OUTGOING...).
    pub pkttype: Option<u8>,
    /// Live only: the interface index the packet was seen on.
    pub ifindex: Option<u32>,
}

impl Packet<'_> {
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
