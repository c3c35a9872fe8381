//! ICMPv4 message: etherparse's `Icmpv4Slice` (type, code, checksum and
//! the four bytes after them).

pub use etherparse::Icmpv4Slice;

pub mod field {
    use crate::wire::Field;
    pub const TYPE: usize = 0;
    pub const CODE: usize = 1;
    pub const CHECKSUM: Field = 2..4;
    /// Identifier and sequence for echo, pointer, gateway, MTU...
    pub const REST: Field = 4..8;
}

pub const HEADER_LEN: usize = field::REST.end;

/// The message when its first eight bytes were captured.
#[inline]
pub fn message(b: &[u8]) -> Option<Icmpv4Slice<'_>> {
    Icmpv4Slice::from_slice(b).ok()
}

#[cfg(test)]
mod tests {
    /// Both versions' slices read what the shared field table says.
    #[test]
    fn fields_match_etherparse() {
        let b = [8, 0, 0xf7, 0xfd, 0, 1, 0, 1, 0xaa];
        let m = super::message(&b).unwrap();
        assert_eq!((m.type_u8(), m.code_u8(), m.checksum()), (8, 0, 0xf7fd));
        assert_eq!(m.bytes5to8(), [0, 1, 0, 1]);
        assert!(super::message(&b[..7]).is_none());
        let b = [128, 0, 0x12, 0x34, 0, 7, 0, 9];
        let m = crate::wire::icmp6::message(&b).unwrap();
        assert_eq!((m.type_u8(), m.code_u8(), m.checksum()), (128, 0, 0x1234));
        assert_eq!(m.bytes5to8(), [0, 7, 0, 9]);
        assert!(crate::wire::icmp6::message(&b[..7]).is_none());
    }
}
