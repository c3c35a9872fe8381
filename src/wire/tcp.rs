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

/// The fixed header's fields. Read through etherparse's slice when the
/// whole header (options included) was captured; from the field table when
/// the capture ends inside the options or the data offset is bad, where
/// tcpdump still prints them.
#[derive(Clone, Debug)]
pub struct Fields<'a> {
    pub src_port: u16,
    pub dst_port: u16,
    pub seq: u32,
    pub ack: u32,
    /// Header length in 32-bit words.
    pub data_offset: u8,
    pub flags: u8,
    pub window: u16,
    pub checksum: u16,
    pub urgent: u16,
    /// The whole header, when captured.
    pub header: Option<TcpHeaderSlice<'a>>,
}

impl<'a> Fields<'a> {
    /// `None` when fewer than the fixed 20 bytes were captured.
    pub fn read(b: &'a [u8]) -> Option<Fields<'a>> {
        if let Some(h) = header(b) {
            return Some(Fields {
                src_port: h.source_port(),
                dst_port: h.destination_port(),
                seq: h.sequence_number(),
                ack: h.acknowledgment_number(),
                data_offset: h.data_offset(),
                flags: flags(&h),
                window: h.window_size(),
                checksum: h.checksum(),
                urgent: h.urgent_pointer(),
                header: Some(h),
            });
        }
        let s = b.get(..MIN_HEADER_LEN)?;
        let be16 = |r| super::be16(s, r);
        let be32 = |r| super::be32(s, r);
        Some(Fields {
            src_port: be16(field::SRC_PORT),
            dst_port: be16(field::DST_PORT),
            seq: be32(field::SEQ),
            ack: be32(field::ACK),
            data_offset: s[field::DATA_OFFSET] >> 4,
            flags: s[field::FLAGS],
            window: be16(field::WINDOW),
            checksum: be16(field::CHECKSUM),
            urgent: be16(field::URGENT),
            header: None,
        })
    }
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
        let cut = Fields::read(&b[..23]).unwrap();
        let whole = Fields::read(&b).unwrap();
        assert!(cut.header.is_none() && whole.header.is_some());
        assert_eq!(
            (
                cut.src_port,
                cut.dst_port,
                cut.seq,
                cut.ack,
                cut.data_offset
            ),
            (
                whole.src_port,
                whole.dst_port,
                whole.seq,
                whole.ack,
                whole.data_offset
            )
        );
        assert_eq!(
            (cut.flags, cut.window, cut.checksum, cut.urgent),
            (whole.flags, whole.window, whole.checksum, whole.urgent)
        );
        assert!(Fields::read(&b[..MIN_HEADER_LEN - 1]).is_none());
    }
}
