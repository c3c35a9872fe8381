//! Ethernet type numbers (IEEE registry, tcpdump's ethertype.h), one name
//! for the printer's dispatch and the filter compiler alike. Where
//! etherparse names a type, the value is taken from it.

use etherparse::EtherType;

pub const IPV4: u16 = EtherType::IPV4.0;
pub const ARP: u16 = EtherType::ARP.0;
pub const REVARP: u16 = 0x8035;
pub const IPV6: u16 = EtherType::IPV6.0;
/// 802.1Q customer tag.
pub const VLAN: u16 = EtherType::VLAN_TAGGED_FRAME.0;
/// 802.1ad service tag (QinQ).
pub const QINQ: u16 = EtherType::PROVIDER_BRIDGING.0;
/// Pre-standard double tags.
pub const VLAN_9100: u16 = EtherType::VLAN_DOUBLE_TAGGED_FRAME.0;
pub const VLAN_9200: u16 = 0x9200;
pub const MACSEC: u16 = EtherType::MACSEC.0;
pub const MPLS: u16 = 0x8847;
pub const MPLS_MULTI: u16 = 0x8848;
pub const PPPOED: u16 = 0x8863;
pub const PPPOES: u16 = 0x8864;
/// 3Com's pre-standard PPPoE discovery and session types.
pub const PPPOED2: u16 = 0x3c12;
pub const PPPOES2: u16 = 0x3c13;
pub const PPP: u16 = 0x880b;
/// IEEE 802.1X port access control (EAP over LAN).
/// ATA over Ethernet.
pub const AOE: u16 = 0x88a2;
pub const EAPOL: u16 = 0x888e;
pub const LOOPBACK: u16 = 0x9000;
pub const CFM: u16 = 0x8902;
pub const CFM_OLD: u16 = 0xabcd;
pub const SLOW: u16 = 0x8809;
pub const LLDP: u16 = 0x88cc;
pub const OSI: u16 = 0xfefe;
/// Network Service Header (RFC 8300).
pub const NSH: u16 = 0x894f;
/// Transparent Ethernet bridging (GRE, NVGRE).
pub const TEB: u16 = 0x6558;
pub const DN: u16 = 0x6003;
pub const LAT: u16 = 0x6004;
pub const SCA: u16 = 0x6007;
pub const MOPRC: u16 = 0x6002;
pub const MOPDL: u16 = 0x6001;
pub const NS: u16 = 0x0600;
pub const ATALK: u16 = 0x809b;
pub const AARP: u16 = 0x80f3;
pub const IPX: u16 = 0x8137;
pub const TIPC: u16 = 0x88ca;
pub const MS_NLB_HEARTBEAT: u16 = 0x886f;
pub const GEONET_OLD: u16 = 0x0707;
pub const GEONET: u16 = 0x8947;
pub const CALM_FAST: u16 = 0x1111;
pub const PTP: u16 = 0x88f7;
/// Arista's vendor type: a time-stamp header, then the frame's own type.
pub const ARISTA: u16 = 0xd28b;
/// Alteon jumbo frames: an LLC header follows the type (draft-ietf-isis-ext-eth).
pub const JUMBO: u16 = 0x8870;
/// Realtek's layer-2 protocols (RRCP, REP, RLDP) and switch tags.
pub const REALTEK: u16 = 0x8899;
/// EPON's Multi-Point Control Protocol.
pub const MPCP: u16 = 0x8808;
/// Type/length values up to this are 802.3 lengths, not types.
pub const MAX_LENGTH: u16 = 1500;

#[cfg(test)]
mod tests {
    #[test]
    fn etherparse_values_are_the_registry_numbers() {
        assert_eq!(super::IPV4, 0x0800);
        assert_eq!(super::IPV6, 0x86dd);
        assert_eq!(super::ARP, 0x0806);
        assert_eq!(super::VLAN, 0x8100);
        assert_eq!(super::QINQ, 0x88a8);
        assert_eq!(super::VLAN_9100, 0x9100);
        assert_eq!(super::MACSEC, 0x88e5);
    }
}
