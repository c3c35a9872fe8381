//! TCP header: etherparse's `TcpHeaderSlice` when the whole header
//! (options included) was captured; the field table otherwise.

pub use etherparse::TcpHeaderSlice;

pub mod field {
    use crate::wire::Field;
    pub const SRC_PORT: Field = 0..2;
    pub const DST_PORT: Field = 2..4;
    pub const SEQ: Field = 4..8;
    pub const ACK: Field = 8..12;
    /// Data offset in words (high nibble) and the NS bit.
    pub const DATA_OFFSET: usize = 12;
    pub const FLAGS: usize = 13;
    pub const WINDOW: Field = 14..16;
    pub const CHECKSUM: Field = 16..18;
    pub const URGENT: Field = 18..20;
}

pub const MIN_HEADER_LEN: usize = field::URGENT.end;

/// The header when all of it (options included) was captured.
#[inline]
pub fn header(b: &[u8]) -> Option<TcpHeaderSlice<'_>> {
    TcpHeaderSlice::from_slice(b).ok()
}

/// The flags byte (CWR..FIN), as tcpdump tests its bits.
#[inline]
pub fn flags(h: &TcpHeaderSlice) -> u8 {
    h.slice()[field::FLAGS]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_match_etherparse() {
        let mut b = [0u8; 24];
        b[field::SRC_PORT][1] = 80;
        b[field::DST_PORT][0] = 1;
        b[field::SEQ][3] = 7;
        b[field::ACK][2] = 1;
        b[field::DATA_OFFSET] = 6 << 4;
        b[field::FLAGS] = 0x12;
        b[field::WINDOW][0] = 0xff;
        let h = header(&b).unwrap();
        assert_eq!(h.source_port(), 80);
        assert_eq!(h.destination_port(), 256);
        assert_eq!(h.sequence_number(), 7);
        assert_eq!(h.acknowledgment_number(), 256);
        assert_eq!(h.data_offset(), 6);
        assert!(h.syn() && h.ack());
        assert_eq!(flags(&h), 0x12);
        assert_eq!(h.window_size(), 0xff00);
        assert_eq!(h.options().len(), 4);
        assert!(header(&b[..23]).is_none());
    }
}
