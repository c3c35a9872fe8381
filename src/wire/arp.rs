//! ARP/RARP packet: etherparse's `ArpPacketSlice` when the addresses its
//! length fields announce were captured; the field table otherwise.

pub use etherparse::ArpPacketSlice;

pub mod field {
    use crate::wire::Field;
    pub const HW_TYPE: Field = 0..2;
    pub const PROTO_TYPE: Field = 2..4;
    pub const HW_LEN: usize = 4;
    pub const PROTO_LEN: usize = 5;
    pub const OPERATION: Field = 6..8;
    /// Where the sender's hardware address starts.
    pub const ADDRESSES: usize = 8;
}

/// Where the sender's and target's protocol addresses are in the common
/// Ethernet/IPv4 form (6-byte hardware, 4-byte protocol addresses); the
/// filter compiler tests these.
pub const ETH_IPV4_SPA: usize = field::ADDRESSES + 6;
pub const ETH_IPV4_TPA: usize = ETH_IPV4_SPA + 4 + 6;

/// The packet when its fixed part and all four addresses were captured.
#[inline]
pub fn packet(b: &[u8]) -> Option<ArpPacketSlice<'_>> {
    ArpPacketSlice::from_slice(b).ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn addresses_follow_the_length_fields() {
        let mut b = vec![0, 1, 8, 0, 6, 4, 0, 1];
        b.extend([1, 2, 3, 4, 5, 6, 10, 0, 0, 1, 0, 0, 0, 0, 0, 0, 10, 0, 0, 2]);
        let p = super::packet(&b).unwrap();
        assert_eq!(p.sender_hw_addr(), [1, 2, 3, 4, 5, 6]);
        assert_eq!(p.sender_protocol_addr(), [10, 0, 0, 1]);
        assert_eq!(p.target_protocol_addr(), [10, 0, 0, 2]);
        assert_eq!(p.operation().0, 1);
        assert!(super::packet(&b[..b.len() - 1]).is_none());
        assert_eq!(b[super::ETH_IPV4_SPA..][..4], [10, 0, 0, 1]);
        assert_eq!(b[super::ETH_IPV4_TPA..][..4], [10, 0, 0, 2]);
    }
}
