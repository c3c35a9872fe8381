//! Linux cooked capture headers: v1 (16 bytes) is etherparse's
//! `LinuxSllHeaderSlice` where etherparse accepts its hardware/protocol
//! pair; v2 (20 bytes) and v1 in general have the field tables here.

pub use etherparse::LinuxSllHeaderSlice;

/// LINUX_SLL (v1).
pub mod field {
    use crate::wire::Field;
    pub const PACKET_TYPE: Field = 0..2;
    pub const HATYPE: Field = 2..4;
    pub const HALEN: Field = 4..6;
    pub const ADDR: Field = 6..14;
    pub const PROTOCOL: Field = 14..16;
}

/// LINUX_SLL2.
pub mod field2 {
    use crate::wire::Field;
    pub const PROTOCOL: Field = 0..2;
    pub const RESERVED: Field = 2..4;
    pub const IFINDEX: Field = 4..8;
    pub const HATYPE: Field = 8..10;
    pub const PACKET_TYPE: usize = 10;
    pub const HALEN: usize = 11;
    pub const ADDR: Field = 12..20;
}

pub const HEADER_LEN: usize = field::PROTOCOL.end;
pub const HEADER2_LEN: usize = field2::ADDR.end;

/// Protocol values that are not ethertypes (linux/if_ether.h).
pub const P_802_3: u16 = 0x0001;
pub const P_802_2: u16 = 0x0004;
pub const P_CAN: u16 = 0x000c;
/// Packet type of a frame the host sent (linux/if_packet.h).
pub const OUTGOING: u16 = 4;

/// The v1 header when captured whole and of a kind etherparse knows.
#[inline]
pub fn header(b: &[u8]) -> Option<LinuxSllHeaderSlice<'_>> {
    LinuxSllHeaderSlice::from_slice(b).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn v1_fields_match_etherparse() {
        let b = [0, 4, 0, 1, 0, 6, 1, 2, 3, 4, 5, 6, 0, 0, 8, 0];
        let h = header(&b).unwrap();
        assert_eq!(h.packet_type(), etherparse::LinuxSllPacketType::OUTGOING);
        assert_eq!(h.arp_hardware_type().0, 1);
        assert_eq!(h.sender_address_valid_length(), 6);
        assert_eq!(h.sender_address(), &b[field::ADDR][..6]);
        assert_eq!(h.slice().len(), HEADER_LEN);
        assert!(header(&b[..HEADER_LEN - 1]).is_none());
        assert_eq!(HEADER2_LEN, 20);
    }
}
