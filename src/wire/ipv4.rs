//! IPv4 header: etherparse's `Ipv4HeaderSlice` when the whole header
//! (options included) was captured; the field table for the filter compiler
//! and for frames cut inside the header.

pub use etherparse::Ipv4HeaderSlice;

pub mod field {
    use crate::wire::Field;
    /// Version (high nibble) and header length in words (low nibble).
    pub const VER_IHL: usize = 0;
    pub const TOS: usize = 1;
    pub const TOTAL_LEN: Field = 2..4;
    pub const IDENT: Field = 4..6;
    /// Flags (3 bits) and fragment offset in 8-byte units (13 bits).
    pub const FLAGS_FRAG: Field = 6..8;
    pub const TTL: usize = 8;
    pub const PROTOCOL: usize = 9;
    pub const CHECKSUM: Field = 10..12;
    pub const SOURCE: Field = 12..16;
    pub const DESTINATION: Field = 16..20;
}

/// Bytes of the header without options.
pub const MIN_HEADER_LEN: usize = field::DESTINATION.end;
pub const FRAG_OFFSET_MASK: u16 = 0x1fff;
pub const MORE_FRAGMENTS: u16 = 0x2000;
pub const DONT_FRAGMENT: u16 = 0x4000;
pub const RESERVED_FLAG: u16 = 0x8000;

/// The header when all of it (options included) was captured.
#[inline]
pub fn header(b: &[u8]) -> Option<Ipv4HeaderSlice<'_>> {
    Ipv4HeaderSlice::from_slice(b).ok()
}

/// The flags-and-offset field as one number (tcpdump prints both parts).
#[inline]
pub fn flags_frag(h: &Ipv4HeaderSlice) -> u16 {
    let s = h.slice();
    u16::from_be_bytes([s[field::FLAGS_FRAG.start], s[field::FLAGS_FRAG.start + 1]])
}

#[cfg(test)]
mod tests {
    use super::*;

    const UDP: &str = "45000021000140004011f6c7c0000201c0000202";

    fn bytes(hex: &str) -> Vec<u8> {
        (0..hex.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
            .collect()
    }

    #[test]
    fn fields_match_etherparse() {
        let b = bytes(UDP);
        let h = header(&b).unwrap();
        assert_eq!(h.total_len(), 0x21);
        assert_eq!(h.ttl(), b[field::TTL]);
        assert_eq!(h.protocol().0, b[field::PROTOCOL]);
        assert_eq!(h.source()[..], b[field::SOURCE]);
        assert_eq!(h.destination()[..], b[field::DESTINATION]);
        assert_eq!(flags_frag(&h), DONT_FRAGMENT);
        assert!(h.dont_fragment() && !h.more_fragments());
        assert_eq!(h.slice().len(), MIN_HEADER_LEN);
    }

    #[test]
    fn cut_options_are_not_a_whole_header() {
        let mut b = bytes(UDP);
        b[field::VER_IHL] = 0x46;
        assert!(header(&b).is_none());
        b.extend([1, 1, 1, 0]);
        assert_eq!(header(&b).unwrap().options(), [1, 1, 1, 0]);
    }
}
