//! The GRE header: RFC 2784/2890 (version 0: checksum, key and sequence
//! number, each present when its bit says so) and RFC 2637's enhanced GRE
//! (version 1, PPTP: key = payload length and call id, optional
//! acknowledgment).

/// Byte ranges of the fixed header's fields; the optional words follow in
/// the order checksum (+ reserved), key, sequence number, acknowledgment.
pub mod field {
    use core::ops::Range;
    pub const FLAGS_VERSION: Range<usize> = 0..2;
    pub const PROTOCOL: Range<usize> = 2..4;
}

/// Bytes of the fixed header.
pub const FIXED_LEN: usize = 4;
/// The protocol type GRE uses for OSI (ETHERTYPE_GRE_ISO: not a real
/// ethertype, only GRE carries it).
pub const PROTO_ISO: u16 = 0x00fe;

const CHECKSUM: u16 = 0x8000;
const ROUTING: u16 = 0x4000;
const KEY: u16 = 0x2000;
const SEQUENCE: u16 = 0x1000;
/// Version 1 only: an acknowledgment number follows.
const ACK: u16 = 0x0080;

/// A GRE header whose optional words were all captured.
#[derive(Clone, Copy, Debug)]
pub struct Header<'a> {
    b: &'a [u8],
}

impl<'a> Header<'a> {
    /// `None` when the header, with the words its flags announce, runs
    /// past `b`.
    pub fn new_checked(b: &'a [u8]) -> Option<Header<'a>> {
        let h = Header {
            b: b.get(..FIXED_LEN)?,
        };
        (b.len() >= h.header_len()).then_some(Header { b })
    }

    fn flags_version(&self) -> u16 {
        super::be16(self.b, field::FLAGS_VERSION)
    }

    pub fn version(&self) -> u8 {
        (self.flags_version() & 7) as u8
    }

    pub fn checksum_present(&self) -> bool {
        self.flags_version() & CHECKSUM != 0
    }

    /// RFC 1701's routing bit: source routes follow the header, which
    /// nothing here walks.
    pub fn routing_present(&self) -> bool {
        self.flags_version() & ROUTING != 0
    }

    pub fn key_present(&self) -> bool {
        self.flags_version() & KEY != 0
    }

    pub fn sequence_present(&self) -> bool {
        self.flags_version() & SEQUENCE != 0
    }

    pub fn ack_present(&self) -> bool {
        self.version() == 1 && self.flags_version() & ACK != 0
    }

    /// The Ethernet type of what GRE carries.
    pub fn protocol(&self) -> u16 {
        super::be16(self.b, field::PROTOCOL)
    }

    /// Offsets of the key, sequence and acknowledgment words.
    fn key_at(&self) -> usize {
        FIXED_LEN
            + if self.checksum_present() || self.routing_present() {
                4
            } else {
                0
            }
    }

    fn sequence_at(&self) -> usize {
        self.key_at() + if self.key_present() { 4 } else { 0 }
    }

    fn ack_at(&self) -> usize {
        self.sequence_at() + if self.sequence_present() { 4 } else { 0 }
    }

    pub fn header_len(&self) -> usize {
        self.ack_at() + if self.ack_present() { 4 } else { 0 }
    }

    fn word(&self, at: usize) -> u32 {
        super::be32(self.b, at..at + 4)
    }

    pub fn key(&self) -> Option<u32> {
        self.key_present().then(|| self.word(self.key_at()))
    }

    pub fn sequence(&self) -> Option<u32> {
        self.sequence_present()
            .then(|| self.word(self.sequence_at()))
    }

    pub fn ack(&self) -> Option<u32> {
        self.ack_present().then(|| self.word(self.ack_at()))
    }

    /// What GRE carries, after the optional words.
    pub fn payload(&self) -> &'a [u8] {
        &self.b[self.header_len()..]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn optional_words_follow_their_bits() {
        // Checksum, key and sequence number present; IPv4 inside.
        let b = [
            0xb0, 0x00, 0x08, 0x00, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0, 1, 0, 0x45,
        ];
        let h = Header::new_checked(&b).unwrap();
        assert_eq!(h.version(), 0);
        assert_eq!(h.protocol(), 0x0800);
        assert_eq!(h.key(), Some(7));
        assert_eq!(h.sequence(), Some(256));
        assert_eq!(h.ack(), None);
        assert_eq!(h.header_len(), 16);
        assert_eq!(h.payload(), &[0x45]);
        assert!(Header::new_checked(&b[..15]).is_none());
    }

    #[test]
    fn pptp_version_one_with_ack() {
        let b = [0x30, 0x81, 0x88, 0x0b, 0, 4, 0, 9, 0, 0, 0, 5, 0, 0, 0, 3];
        let h = Header::new_checked(&b).unwrap();
        assert_eq!(h.version(), 1);
        assert_eq!(h.key(), Some(0x0004_0009));
        assert_eq!(h.sequence(), Some(5));
        assert_eq!(h.ack(), Some(3));
        assert!(h.payload().is_empty());
    }
}
