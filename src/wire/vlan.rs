//! An 802.1Q/802.1ad tag after the type that announced it: etherparse's
//! `SingleVlanHeaderSlice` (TCI, then the next type).

pub use etherparse::SingleVlanHeaderSlice;

pub mod field {
    use crate::wire::Field;
    /// Priority (3 bits), drop eligible (1), VLAN id (12).
    pub const TCI: Field = 0..2;
    pub const ETHERTYPE: Field = 2..4;
}

pub const HEADER_LEN: usize = field::ETHERTYPE.end;
pub const VID_MASK: u16 = 0x0fff;
pub const DEI_BIT: u16 = 0x1000;
pub const PCP_SHIFT: u32 = 13;

/// The tag when all of it was captured.
#[inline]
pub fn header(b: &[u8]) -> Option<SingleVlanHeaderSlice<'_>> {
    SingleVlanHeaderSlice::from_slice(b).ok()
}

/// The TCI as one number, as tcpdump prints its parts.
#[inline]
pub fn tci(h: &SingleVlanHeaderSlice) -> u16 {
    u16::from(h.priority_code_point().value()) << PCP_SHIFT
        | u16::from(h.drop_eligible_indicator()) << 12
        | h.vlan_identifier().value()
}

#[cfg(test)]
mod tests {
    #[test]
    fn tci_round_trips_through_etherparse() {
        for t in [0u16, 0xffff, 0x1005, 0xa00f] {
            let [hi, lo] = t.to_be_bytes();
            let b = [hi, lo, 8, 0];
            let h = super::header(&b).unwrap();
            assert_eq!(super::tci(&h), t);
            assert_eq!(h.ether_type().0, 0x0800);
        }
        assert!(super::header(&[0, 1, 8]).is_none());
    }
}
