//! 802.1AE MACsec SecTAG (after the 0x88e5 type). Own view: tcpdump
//! decodes the TCI bits and the short length its own way (and prints
//! invalid tags etherparse refuses), so the printer reads this table.

pub mod field {
    use crate::wire::Field;
    /// TCI (version, ES, SC, SCB, E, C) and association number.
    pub const TCI_AN: usize = 0;
    /// Short length (low 6 bits; the top two must be zero).
    pub const SL: usize = 1;
    pub const PN: Field = 2..6;
    /// Present when the SC bit is set.
    pub const SCI: Field = 6..14;
}

pub const TCI_V: u8 = 0x80;
pub const TCI_ES: u8 = 0x40;
pub const TCI_SC: u8 = 0x20;
pub const TCI_SCB: u8 = 0x10;
pub const TCI_E: u8 = 0x08;
pub const TCI_C: u8 = 0x04;
pub const AN_MASK: u8 = 0x03;
pub const SL_MASK: u8 = 0x3f;
/// The SecTAG without and with the SCI.
pub const SECTAG_LEN: usize = field::PN.end;
pub const SECTAG_SCI_LEN: usize = field::SCI.end;
/// Integrity check value at the end of the frame.
pub const ICV_LEN: usize = 16;

/// The SecTAG's length, from its TCI.
#[inline]
pub fn sectag_len(tci: u8) -> usize {
    if tci & TCI_SC != 0 {
        SECTAG_SCI_LEN
    } else {
        SECTAG_LEN
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sectag_length_follows_the_sc_bit() {
        assert_eq!(sectag_len(0), 6);
        assert_eq!(sectag_len(TCI_SC | TCI_E | TCI_C), 14);
        // The same numbers etherparse works with.
        let h = etherparse::MacsecHeaderSlice::from_slice(&[
            TCI_SC, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 8, 0,
        ]);
        assert_eq!(h.unwrap().header_len(), SECTAG_SCI_LEN + 2);
    }
}
