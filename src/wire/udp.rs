//! UDP header: etherparse's `UdpHeaderSlice`.

pub use etherparse::UdpHeaderSlice;

pub mod field {
    use crate::wire::Field;
    pub const SRC_PORT: Field = 0..2;
    pub const DST_PORT: Field = 2..4;
    pub const LENGTH: Field = 4..6;
    pub const CHECKSUM: Field = 6..8;
}

pub const HEADER_LEN: usize = field::CHECKSUM.end;

/// The header when all of it was captured.
#[inline]
pub fn header(b: &[u8]) -> Option<UdpHeaderSlice<'_>> {
    UdpHeaderSlice::from_slice(b).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_match_etherparse() {
        let b = [0x03, 0xe8, 0x07, 0xd0, 0x00, 0x0d, 0x2c, 0x46];
        let h = header(&b).unwrap();
        assert_eq!(h.source_port(), 1000);
        assert_eq!(h.destination_port(), 2000);
        assert_eq!(h.length(), 13);
        assert_eq!(h.checksum(), 0x2c46);
        assert!(header(&b[..HEADER_LEN - 1]).is_none());
    }
}
