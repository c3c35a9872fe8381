//! IPv6 fixed header (etherparse's `Ipv6HeaderSlice`) and the generic
//! extension header layout (etherparse's `Ipv6RawExtHeaderSlice` for
//! hop-by-hop, routing and destination options).

pub use etherparse::{Ipv6FragmentHeaderSlice, Ipv6HeaderSlice, Ipv6RawExtHeaderSlice};

pub mod field {
    use crate::wire::Field;
    /// Version (4 bits), traffic class (8), flow label (20).
    pub const VER_TC_FLOW: Field = 0..4;
    pub const PAYLOAD_LEN: Field = 4..6;
    pub const NEXT_HEADER: usize = 6;
    pub const HOP_LIMIT: usize = 7;
    pub const SOURCE: Field = 8..24;
    pub const DESTINATION: Field = 24..40;
}

/// The layout shared by hop-by-hop, routing and destination options.
pub mod ext_field {
    pub const NEXT_HEADER: usize = 0;
    /// Length in 8-byte units, not counting the first 8.
    pub const LEN: usize = 1;
}

/// The fragment header.
pub mod frag_field {
    use crate::wire::Field;
    pub const NEXT_HEADER: usize = 0;
    /// Offset in 8-byte units (13 bits), two reserved bits, more-fragments.
    pub const OFFSET_FLAGS: Field = 2..4;
    pub const IDENT: Field = 4..8;
}

pub const HEADER_LEN: usize = field::DESTINATION.end;
pub const FRAG_HEADER_LEN: usize = frag_field::IDENT.end;

/// The fixed header when all of it was captured.
#[inline]
pub fn header(b: &[u8]) -> Option<Ipv6HeaderSlice<'_>> {
    Ipv6HeaderSlice::from_slice(b).ok()
}

/// An extension header of the generic layout when all of it was captured.
#[inline]
pub fn ext_header(b: &[u8]) -> Option<Ipv6RawExtHeaderSlice<'_>> {
    Ipv6RawExtHeaderSlice::from_slice(b).ok()
}

/// A fragment header when all of it was captured.
#[inline]
pub fn frag_header(b: &[u8]) -> Option<Ipv6FragmentHeaderSlice<'_>> {
    Ipv6FragmentHeaderSlice::from_slice(b).ok()
}

/// The first 32 bits (version, class, flow label) as one number.
#[inline]
pub fn ver_tc_flow(h: &Ipv6HeaderSlice) -> u32 {
    super::be32(h.slice(), field::VER_TC_FLOW)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_match_etherparse() {
        let mut b = [0u8; HEADER_LEN];
        b[0] = 0x6a;
        b[1] = 0xbc;
        b[3] = 0x01;
        b[field::PAYLOAD_LEN.end - 1] = 8;
        b[field::NEXT_HEADER] = 0;
        b[field::HOP_LIMIT] = 64;
        b[field::SOURCE.start] = 0xfe;
        b[field::DESTINATION.end - 1] = 1;
        let h = header(&b).unwrap();
        assert_eq!(h.payload_length(), 8);
        assert_eq!(h.next_header().0, 0);
        assert_eq!(h.hop_limit(), 64);
        assert_eq!(h.source()[..], b[field::SOURCE]);
        assert_eq!(h.destination()[..], b[field::DESTINATION]);
        assert_eq!(ver_tc_flow(&h), 0x6abc0001);
        assert!(header(&b[..HEADER_LEN - 1]).is_none());
    }

    #[test]
    fn extension_header_length_in_units_of_eight() {
        let b = [17, 1, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
        let e = ext_header(&b).unwrap();
        assert_eq!(e.next_header().0, 17);
        assert_eq!(e.slice().len(), 16);
        assert!(ext_header(&b[..15]).is_none());
    }

    #[test]
    fn fragment_offset_in_units_of_eight() {
        let b = [6, 0, 0x01, 0x29, 0xde, 0xad, 0xbe, 0xef];
        let f = frag_header(&b).unwrap();
        assert_eq!(f.next_header().0, 6);
        assert_eq!(f.fragment_offset().value(), 0x0129 >> 3);
        assert!(f.more_fragments());
        assert_eq!(f.identification(), 0xdeadbeef);
        assert!(frag_header(&b[..FRAG_HEADER_LEN - 1]).is_none());
    }
}
