//! Ethernet II header: etherparse's `Ethernet2HeaderSlice`, and the byte
//! ranges of its fields for the filter compiler and cut frames.

pub use etherparse::Ethernet2HeaderSlice;

pub mod field {
    use crate::wire::Field;
    pub const DESTINATION: Field = 0..6;
    pub const SOURCE: Field = 6..12;
    /// Type, or the payload length for 802.3 when at most 1500.
    pub const ETHERTYPE: Field = 12..14;
}

/// Bytes of the header (addresses and type).
pub const HEADER_LEN: usize = field::ETHERTYPE.end;

/// The header when all of it was captured.
#[inline]
pub fn header(b: &[u8]) -> Option<Ethernet2HeaderSlice<'_>> {
    Ethernet2HeaderSlice::from_slice(b).ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn fields_match_etherparse() {
        let b: Vec<u8> = (1..=14).collect();
        let h = super::header(&b).unwrap();
        assert_eq!(h.destination()[..], b[super::field::DESTINATION]);
        assert_eq!(h.source()[..], b[super::field::SOURCE]);
        assert_eq!(h.ether_type().0, 0x0d0e);
        assert_eq!(super::HEADER_LEN, h.slice().len());
        assert!(super::header(&b[..13]).is_none());
    }
}
