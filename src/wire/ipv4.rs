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
    super::be16(h.slice(), field::FLAGS_FRAG)
}

/// The fixed header's fields. Read through etherparse's slice when the
/// whole header (options included) was captured; from the field table when
/// the capture ends inside the options, where tcpdump still prints them.
#[derive(Clone, Copy, Debug)]
pub struct Fields<'a> {
    pub tos: u8,
    pub total_len: u16,
    pub ident: u16,
    pub flags_frag: u16,
    pub ttl: u8,
    pub protocol: u8,
    pub checksum: u16,
    pub source: &'a [u8],
    pub destination: &'a [u8],
    /// The whole header, when captured.
    pub header: Option<Ipv4HeaderSlice<'a>>,
}

impl<'a> Fields<'a> {
    /// `None` when fewer than the fixed 20 bytes were captured.
    pub fn read(b: &'a [u8]) -> Option<Fields<'a>> {
        if let Some(h) = header(b) {
            let s = h.slice();
            return Some(Fields {
                tos: s[field::TOS],
                total_len: h.total_len(),
                ident: h.identification(),
                flags_frag: flags_frag(&h),
                ttl: h.ttl(),
                protocol: h.protocol().0,
                checksum: h.header_checksum(),
                source: &s[field::SOURCE],
                destination: &s[field::DESTINATION],
                header: Some(h),
            });
        }
        let s = b.get(..MIN_HEADER_LEN)?;
        let be16 = |r| super::be16(s, r);
        Some(Fields {
            tos: s[field::TOS],
            total_len: be16(field::TOTAL_LEN),
            ident: be16(field::IDENT),
            flags_frag: be16(field::FLAGS_FRAG),
            ttl: s[field::TTL],
            protocol: s[field::PROTOCOL],
            checksum: be16(field::CHECKSUM),
            source: &s[field::SOURCE],
            destination: &s[field::DESTINATION],
            header: None,
        })
    }
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
        let cut_bytes = b.clone();
        let cut = Fields::read(&cut_bytes).unwrap();
        assert!(cut.header.is_none());
        b.extend([1, 1, 1, 0]);
        let whole = Fields::read(&b).unwrap();
        assert!(whole.header.is_some());
        // Both paths read the same values.
        assert_eq!(
            (
                cut.total_len,
                cut.ident,
                cut.flags_frag,
                cut.ttl,
                cut.protocol,
                cut.checksum
            ),
            (
                whole.total_len,
                whole.ident,
                whole.flags_frag,
                whole.ttl,
                whole.protocol,
                whole.checksum
            )
        );
        assert_eq!(
            (cut.source, cut.destination),
            (whole.source, whole.destination)
        );
        assert!(Fields::read(&b[..MIN_HEADER_LEN - 1]).is_none());
        assert_eq!(header(&b).unwrap().options(), [1, 1, 1, 0]);
    }
}
