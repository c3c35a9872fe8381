//! The SCTP common header (RFC 9260): ports, verification tag, checksum;
//! chunks follow, each starting with its type.

/// Byte ranges of the common header's fields.
pub mod field {
    use core::ops::Range;
    pub const SRC_PORT: Range<usize> = 0..2;
    pub const DST_PORT: Range<usize> = 2..4;
    pub const VERIFICATION_TAG: Range<usize> = 4..8;
    pub const CHECKSUM: Range<usize> = 8..12;
    /// The first chunk's type, right after the common header.
    pub const FIRST_CHUNK_TYPE: usize = 12;
}

/// Bytes of the common header.
pub const HEADER_LEN: usize = field::CHECKSUM.end;

/// An SCTP packet whose common header was captured.
#[derive(Clone, Copy, Debug)]
pub struct Packet<'a> {
    b: &'a [u8],
}

impl<'a> Packet<'a> {
    /// `None` when fewer than twelve bytes were captured.
    pub fn new_checked(b: &'a [u8]) -> Option<Packet<'a>> {
        (b.len() >= HEADER_LEN).then_some(Packet { b })
    }

    pub fn src_port(&self) -> u16 {
        super::be16(self.b, field::SRC_PORT)
    }

    pub fn dst_port(&self) -> u16 {
        super::be16(self.b, field::DST_PORT)
    }

    pub fn verification_tag(&self) -> u32 {
        super::be32(self.b, field::VERIFICATION_TAG)
    }

    pub fn checksum(&self) -> u32 {
        super::be32(self.b, field::CHECKSUM)
    }

    /// The first chunk's type, when a byte of it was captured.
    pub fn first_chunk_type(&self) -> Option<u8> {
        self.b.get(field::FIRST_CHUNK_TYPE).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_header_and_first_chunk() {
        let b = [0x0b, 0x59, 0x0b, 0x5a, 0, 0, 0, 9, 1, 2, 3, 4, 1];
        let p = Packet::new_checked(&b).unwrap();
        assert_eq!((p.src_port(), p.dst_port()), (2905, 2906));
        assert_eq!(p.verification_tag(), 9);
        assert_eq!(p.checksum(), 0x0102_0304);
        assert_eq!(p.first_chunk_type(), Some(1));
        assert_eq!(
            Packet::new_checked(&b[..12]).unwrap().first_chunk_type(),
            None
        );
        assert!(Packet::new_checked(&b[..11]).is_none());
    }
}
