//! ICMPv6 message: etherparse's `Icmpv6Slice`.

pub use etherparse::Icmpv6Slice;

pub mod field {
    use crate::wire::Field;
    pub const TYPE: usize = 0;
    pub const CODE: usize = 1;
    pub const CHECKSUM: Field = 2..4;
    pub const REST: Field = 4..8;
}

pub const HEADER_LEN: usize = field::REST.end;

/// The message when its first eight bytes were captured.
#[inline]
pub fn message(b: &[u8]) -> Option<Icmpv6Slice<'_>> {
    Icmpv6Slice::from_slice(b).ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn fields_match_etherparse() {
        let b = [128, 0, 0x12, 0x34, 0, 7, 0, 9];
        let m = super::message(&b).unwrap();
        assert_eq!((m.type_u8(), m.code_u8(), m.checksum()), (128, 0, 0x1234));
        assert_eq!(m.bytes5to8(), [0, 7, 0, 9]);
        assert!(super::message(&b[..7]).is_none());
    }
}
