//! ICMPv6 message: etherparse's `Icmpv6Slice`. Its first eight bytes are
//! laid out as ICMPv4's (type, code, checksum, four more), so the field
//! table is ICMPv4's.

pub use super::icmp::{HEADER_LEN, field};
pub use etherparse::Icmpv6Slice;

/// The message when its first eight bytes were captured.
#[inline]
pub fn message(b: &[u8]) -> Option<Icmpv6Slice<'_>> {
    Icmpv6Slice::from_slice(b).ok()
}
