//! The VXLAN header (RFC 7348): flags, a 24-bit network identifier, then
//! an Ethernet frame.

/// Byte ranges of the header's fields.
pub mod field {
    use core::ops::Range;
    pub const FLAGS: usize = 0;
    pub const VNI: Range<usize> = 4..7;
}

/// Bytes of the header; the inner frame follows.
pub const HEADER_LEN: usize = 8;
/// The UDP port IANA assigned, which tcpdump decodes as VXLAN.
pub const UDP_PORT: u16 = 4789;
/// The I flag: the VNI is valid.
pub const FLAG_VNI: u8 = 0x08;

/// A VXLAN header whose eight bytes were captured.
#[derive(Clone, Copy, Debug)]
pub struct Header<'a> {
    b: &'a [u8],
}

impl<'a> Header<'a> {
    /// `None` when fewer than eight bytes were captured.
    pub fn new_checked(b: &'a [u8]) -> Option<Header<'a>> {
        (b.len() >= HEADER_LEN).then_some(Header { b })
    }

    pub fn flags(&self) -> u8 {
        self.b[field::FLAGS]
    }

    pub fn vni(&self) -> u32 {
        super::be32(self.b, field::VNI)
    }

    /// The inner Ethernet frame.
    pub fn payload(&self) -> &'a [u8] {
        &self.b[HEADER_LEN..]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_vni_and_payload() {
        let b = [0x08, 0, 0, 0, 0x01, 0x02, 0x03, 0, 0xaa];
        let h = Header::new_checked(&b).unwrap();
        assert_eq!(h.flags(), FLAG_VNI);
        assert_eq!(h.vni(), 0x010203);
        assert_eq!(h.payload(), &[0xaa]);
        assert!(Header::new_checked(&b[..7]).is_none());
    }
}
