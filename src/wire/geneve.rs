//! The Geneve header (RFC 8926): version, options length, flags, the
//! protocol of the inner frame (an Ethernet type), a 24-bit VNI, options.

/// Byte ranges of the fixed header's fields.
pub mod field {
    use core::ops::Range;
    /// Version (2 bits), options length in 4-byte words (6 bits).
    pub const VER_OPT_LEN: usize = 0;
    /// O (control packet), C (critical options), 6 reserved bits.
    pub const FLAGS: usize = 1;
    pub const PROTOCOL: Range<usize> = 2..4;
    pub const VNI: Range<usize> = 4..7;
}

/// Bytes of the fixed header; options follow.
pub const FIXED_LEN: usize = 8;
/// The UDP port IANA assigned, which tcpdump decodes as Geneve.
pub const UDP_PORT: u16 = 6081;

/// A Geneve header whose fixed part and options were captured.
#[derive(Clone, Copy, Debug)]
pub struct Header<'a> {
    b: &'a [u8],
}

impl<'a> Header<'a> {
    /// `None` when the fixed header or its options run past `b`.
    pub fn new_checked(b: &'a [u8]) -> Option<Header<'a>> {
        let fixed = b.get(..FIXED_LEN)?;
        let h = Header { b: fixed };
        (b.len() >= h.header_len()).then_some(Header { b })
    }

    pub fn version(&self) -> u8 {
        self.b[field::VER_OPT_LEN] >> 6
    }

    /// Bytes of options after the fixed header.
    pub fn options_len(&self) -> usize {
        usize::from(self.b[field::VER_OPT_LEN] & 0x3f) * 4
    }

    pub fn header_len(&self) -> usize {
        FIXED_LEN + self.options_len()
    }

    /// The O bit: a control message, not a tunnelled frame.
    pub fn control(&self) -> bool {
        self.b[field::FLAGS] & 0x80 != 0
    }

    /// The C bit: critical options are present.
    pub fn critical(&self) -> bool {
        self.b[field::FLAGS] & 0x40 != 0
    }

    /// The inner frame's Ethernet type (0x6558 for Ethernet itself).
    pub fn protocol(&self) -> u16 {
        super::be16(self.b, field::PROTOCOL)
    }

    pub fn vni(&self) -> u32 {
        super::be32(self.b, field::VNI)
    }

    /// The inner frame, after the options.
    pub fn payload(&self) -> &'a [u8] {
        &self.b[self.header_len()..]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_fields_options_and_payload() {
        let b = [0x01, 0x40, 0x65, 0x58, 0, 0, 0x2a, 0, 1, 2, 3, 4, 0xee];
        let h = Header::new_checked(&b).unwrap();
        assert_eq!(h.version(), 0);
        assert_eq!(h.options_len(), 4);
        assert!(h.critical() && !h.control());
        assert_eq!(h.protocol(), 0x6558);
        assert_eq!(h.vni(), 42);
        assert_eq!(h.payload(), &[0xee]);
        // The options length says four bytes more than were captured.
        assert!(Header::new_checked(&b[..11]).is_none());
        assert!(Header::new_checked(&b[..7]).is_none());
    }
}
