//! IP protocol numbers (IANA), for IPv4's protocol field and IPv6's next
//! header alike. Where etherparse names a number, the value is taken from it.

use etherparse::IpNumber;

pub const HOPOPTS: u8 = IpNumber::IPV6_HEADER_HOP_BY_HOP.0;
pub const ICMP: u8 = IpNumber::ICMP.0;
pub const IGMP: u8 = IpNumber::IGMP.0;
pub const IPIP: u8 = IpNumber::IPV4.0;
pub const TCP: u8 = IpNumber::TCP.0;
pub const IGRP: u8 = 9;
pub const UDP: u8 = IpNumber::UDP.0;
pub const DCCP: u8 = 33;
pub const IPV6: u8 = IpNumber::IPV6.0;
pub const ROUTING: u8 = IpNumber::IPV6_ROUTE_HEADER.0;
pub const FRAGMENT: u8 = IpNumber::IPV6_FRAGMENTATION_HEADER.0;
pub const RSVP: u8 = 46;
pub const GRE: u8 = IpNumber::GRE.0;
pub const ESP: u8 = IpNumber::ENCAPSULATING_SECURITY_PAYLOAD.0;
pub const AH: u8 = IpNumber::AUTHENTICATION_HEADER.0;
pub const ICMPV6: u8 = IpNumber::IPV6_ICMP.0;
pub const NONE: u8 = IpNumber::IPV6_NO_NEXT_HEADER.0;
pub const DSTOPTS: u8 = IpNumber::IPV6_DESTINATION_OPTIONS.0;
pub const ND: u8 = 77;
pub const EIGRP: u8 = 88;
pub const OSPF: u8 = 89;
pub const PIM: u8 = 103;
pub const IPCOMP: u8 = 108;
pub const VRRP: u8 = 112;
pub const PGM: u8 = 113;
pub const SCTP: u8 = 132;
pub const MOBILITY: u8 = IpNumber::MOBILITY_HEADER.0;
pub const ETHERNET: u8 = 143;

#[cfg(test)]
mod tests {
    #[test]
    fn etherparse_values_are_the_iana_numbers() {
        use super::*;
        let got = [HOPOPTS, ICMP, IGMP, IPIP, TCP, UDP, IPV6, ROUTING, FRAGMENT];
        assert_eq!(got, [0, 1, 2, 4, 6, 17, 41, 43, 44]);
        let got = [GRE, ESP, AH, ICMPV6, NONE, DSTOPTS, MOBILITY];
        assert_eq!(got, [47, 50, 51, 58, 59, 60, 135]);
    }
}
