//! The DNS message header (RFC 1035 4.1.1): id, flags, four counts; the
//! questions and records follow.

/// Byte ranges of the header's fields.
pub mod field {
    use core::ops::Range;
    pub const ID: Range<usize> = 0..2;
    /// QR, opcode (4 bits), AA, TC, RD, RA, Z (3 bits), rcode (4 bits).
    pub const FLAGS: Range<usize> = 2..4;
    pub const QDCOUNT: Range<usize> = 4..6;
    pub const ANCOUNT: Range<usize> = 6..8;
    pub const NSCOUNT: Range<usize> = 8..10;
    pub const ARCOUNT: Range<usize> = 10..12;
}

/// Bytes of the header; the first question starts here.
pub const HEADER_LEN: usize = field::ARCOUNT.end;
/// The port tcpdump decodes as DNS over UDP and TCP.
pub const PORT: u16 = 53;

/// A DNS message whose header was captured.
#[derive(Clone, Copy, Debug)]
pub struct Header<'a> {
    b: &'a [u8],
}

impl<'a> Header<'a> {
    /// `None` when fewer than twelve bytes were captured.
    pub fn new_checked(b: &'a [u8]) -> Option<Header<'a>> {
        (b.len() >= HEADER_LEN).then_some(Header { b })
    }

    pub fn id(&self) -> u16 {
        super::be16(self.b, field::ID)
    }

    fn flags(&self) -> u16 {
        super::be16(self.b, field::FLAGS)
    }

    /// A response (QR set), not a query.
    pub fn response(&self) -> bool {
        self.flags() & 0x8000 != 0
    }

    pub fn opcode(&self) -> u8 {
        ((self.flags() >> 11) & 0xf) as u8
    }

    pub fn authoritative(&self) -> bool {
        self.flags() & 0x0400 != 0
    }

    pub fn truncated(&self) -> bool {
        self.flags() & 0x0200 != 0
    }

    pub fn recursion_desired(&self) -> bool {
        self.flags() & 0x0100 != 0
    }

    pub fn recursion_available(&self) -> bool {
        self.flags() & 0x0080 != 0
    }

    pub fn rcode(&self) -> u8 {
        (self.flags() & 0xf) as u8
    }

    pub fn qdcount(&self) -> u16 {
        super::be16(self.b, field::QDCOUNT)
    }

    pub fn ancount(&self) -> u16 {
        super::be16(self.b, field::ANCOUNT)
    }

    pub fn nscount(&self) -> u16 {
        super::be16(self.b, field::NSCOUNT)
    }

    pub fn arcount(&self) -> u16 {
        super::be16(self.b, field::ARCOUNT)
    }

    /// The whole message, for names whose compression pointers count from
    /// its start.
    pub fn message(&self) -> &'a [u8] {
        self.b
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_fields() {
        // A response, opcode 0, RD and RA, rcode 3 (NXDOMAIN), 1/0/1/0.
        let b = [0x12, 0x34, 0x81, 0x83, 0, 1, 0, 0, 0, 1, 0, 0];
        let h = Header::new_checked(&b).unwrap();
        assert_eq!(h.id(), 0x1234);
        assert!(h.response() && h.recursion_desired() && h.recursion_available());
        assert!(!h.authoritative() && !h.truncated());
        assert_eq!((h.opcode(), h.rcode()), (0, 3));
        assert_eq!(
            (h.qdcount(), h.ancount(), h.nscount(), h.arcount()),
            (1, 0, 1, 0)
        );
        assert!(Header::new_checked(&b[..11]).is_none());
    }
}
