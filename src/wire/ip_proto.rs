//! IP protocol numbers (IANA), for IPv4's protocol field and IPv6's next
//! header alike. Where etherparse names a number, the value is taken from it.

use etherparse::IpNumber;

pub const HOPOPTS: u8 = IpNumber::IPV6_HEADER_HOP_BY_HOP.0;
pub const ICMP: u8 = IpNumber::ICMP.0;
pub const IGMP: u8 = IpNumber::IGMP.0;
pub const IPIP: u8 = IpNumber::IPV4.0;
pub const TCP: u8 = IpNumber::TCP.0;
pub const EGP: u8 = 8;
pub const IGRP: u8 = 9;
pub const UDP: u8 = IpNumber::UDP.0;
pub const DCCP: u8 = 33;
pub const IPV6: u8 = IpNumber::IPV6.0;
pub const ROUTING: u8 = IpNumber::IPV6_ROUTE_HEADER.0;
pub const FRAGMENT: u8 = IpNumber::IPV6_FRAGMENTATION_HEADER.0;
pub const RSVP: u8 = 46;
pub const MOBILE: u8 = 55;
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

/// The IANA keyword of a protocol number, as tcpdump names protocols when
/// names are on (its netdb_protocol_names table; unassigned numbers have
/// none).
pub fn keyword(p: u8) -> Option<&'static str> {
    Some(match p {
        0 => "hopopt",
        1 => "icmp",
        2 => "igmp",
        3 => "ggp",
        4 => "ipencap",
        5 => "st",
        6 => "tcp",
        7 => "cbt",
        8 => "egp",
        9 => "igp",
        10 => "bbn-rcc-mon",
        11 => "nvp-ii",
        12 => "pup",
        13 => "argus",
        14 => "emcon",
        15 => "xnet",
        16 => "chaos",
        17 => "udp",
        18 => "mux",
        19 => "dcn-meas",
        20 => "hmp",
        21 => "prm",
        22 => "xns-idp",
        23 => "trunk-1",
        24 => "trunk-2",
        25 => "leaf-1",
        26 => "leaf-2",
        27 => "rdp",
        28 => "irtp",
        29 => "iso-tp4",
        30 => "netblt",
        31 => "mfe-nsp",
        32 => "merit-inp",
        33 => "dccp",
        34 => "3pc",
        35 => "idpr",
        36 => "xtp",
        37 => "ddp",
        38 => "idpr-cmtp",
        39 => "tp++",
        40 => "il",
        41 => "ipv6",
        42 => "sdrp",
        43 => "ipv6-route",
        44 => "ipv6-frag",
        45 => "idrp",
        46 => "rsvp",
        47 => "gre",
        48 => "dsr",
        49 => "bna",
        50 => "esp",
        51 => "ah",
        52 => "i-nlsp",
        53 => "swipe",
        54 => "narp",
        55 => "mobile",
        56 => "tlsp",
        57 => "skip",
        58 => "ipv6-icmp",
        59 => "ipv6-nonxt",
        60 => "ipv6-opts",
        62 => "cftp",
        64 => "sat-expak",
        65 => "kryptolan",
        66 => "rvd",
        67 => "ippc",
        69 => "sat-mon",
        70 => "visa",
        71 => "ipcv",
        72 => "cpnx",
        73 => "rspf",
        74 => "wsn",
        75 => "pvp",
        76 => "br-sat-mon",
        77 => "sun-nd",
        78 => "wb-mon",
        79 => "wb-expak",
        80 => "iso-ip",
        81 => "vmtp",
        82 => "secure-vmtp",
        83 => "vines",
        84 => "ttp",
        85 => "nsfnet-igp",
        86 => "dgp",
        87 => "tcf",
        88 => "eigrp",
        89 => "ospf",
        90 => "sprite-rpc",
        91 => "larp",
        92 => "mtp",
        93 => "ax.25",
        94 => "ipip",
        95 => "micp",
        96 => "scc-sp",
        97 => "etherip",
        98 => "encap",
        100 => "gmtp",
        101 => "ifmp",
        102 => "pnni",
        103 => "pim",
        104 => "aris",
        105 => "scps",
        106 => "qnx",
        107 => "a/n",
        108 => "ipcomp",
        109 => "snp",
        110 => "compaq-peer",
        111 => "ipx-in-ip",
        112 => "vrrp",
        113 => "pgm",
        115 => "l2tp",
        116 => "ddx",
        117 => "iatp",
        118 => "stp",
        119 => "srp",
        120 => "uti",
        121 => "smp",
        122 => "sm",
        123 => "ptp",
        124 => "isis",
        125 => "fire",
        126 => "crtp",
        127 => "crudp",
        128 => "sscopmce",
        129 => "iplt",
        130 => "sps",
        131 => "pipe",
        132 => "sctp",
        133 => "fc",
        134 => "rsvp-e2e-ignore",
        135 => "mobility-header",
        136 => "udplite",
        137 => "mpls-in-ip",
        138 => "manet",
        139 => "hip",
        140 => "shim6",
        141 => "wesp",
        142 => "rohc",
        253 => "exptest-253",
        254 => "exptest-254",
        255 => "reserved",
        _ => return None,
    })
}

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
