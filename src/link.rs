//! Link-layer header types, numbered as in pcap files (LINKTYPE_*).
//!
//! Shared by the filter compiler (offsets depend on the layout), the capture
//! code (which picks one per interface) and the printer.

use crate::wire::linktype as lt;

/// The link-layer layout of the frames in a capture.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LinkType {
    /// BSD loopback: 4-byte host-order address family (LINKTYPE_NULL, 0).
    Null,
    /// BSD loopback read from a file in the other byte order than this
    /// host's: the family is in the file's order, as libpcap's compiler
    /// takes it for such a file (LINKTYPE_NULL, 0).
    NullSwapped,
    /// Ethernet II / 802.3 (LINKTYPE_ETHERNET, 1; DLT_EN10MB).
    Ethernet,
    /// Raw IPv4 or IPv6, no link header (LINKTYPE_RAW, 101).
    Raw,
    /// Linux cooked capture v1, 16-byte header (LINKTYPE_LINUX_SLL, 113).
    LinuxSll,
    /// Linux cooked capture v2, 20-byte header (LINKTYPE_LINUX_SLL2, 276).
    LinuxSll2,
    /// OpenBSD loopback: 4-byte network-order family (LINKTYPE_LOOP, 108).
    Loop,
    /// Anything else, by its LINKTYPE_ number: read and written, not decoded.
    Other(u32),
}

impl LinkType {
    /// The type for a LINKTYPE_ number as found in a pcap header.
    pub fn from_linktype(n: u32) -> LinkType {
        match n {
            lt::NULL => LinkType::Null,
            lt::ETHERNET => LinkType::Ethernet,
            lt::RAW | lt::RAW_LINUX_DLT | lt::RAW_BSD_DLT => LinkType::Raw,
            lt::LINUX_SLL => LinkType::LinuxSll,
            lt::LINUX_SLL2 => LinkType::LinuxSll2,
            lt::LOOP => LinkType::Loop,
            n => LinkType::Other(n),
        }
    }

    /// The type of the frames in a file written in big-endian order or
    /// not: only DLT_NULL's header follows the byte order of the host
    /// that wrote it.
    pub fn in_file(self, big_endian: bool) -> LinkType {
        match self {
            LinkType::Null if big_endian != cfg!(target_endian = "big") => LinkType::NullSwapped,
            other => other,
        }
    }

    /// The LINKTYPE_ number written to pcap headers.
    pub fn linktype(self) -> u32 {
        match self {
            LinkType::Null | LinkType::NullSwapped => lt::NULL,
            LinkType::Ethernet => lt::ETHERNET,
            LinkType::Raw => lt::RAW,
            LinkType::LinuxSll => lt::LINUX_SLL,
            LinkType::LinuxSll2 => lt::LINUX_SLL2,
            LinkType::Loop => lt::LOOP,
            LinkType::Other(n) => n,
        }
    }

    /// libpcap's DLT name, as tcpdump prints it after "link-type" and as -y takes it.
    pub fn name(self) -> &'static str {
        match self {
            LinkType::Null | LinkType::NullSwapped => "NULL",
            LinkType::Ethernet => "EN10MB",
            LinkType::Raw => "RAW",
            LinkType::LinuxSll => "LINUX_SLL",
            LinkType::LinuxSll2 => "LINUX_SLL2",
            LinkType::Loop => "LOOP",
            LinkType::Other(n) => other_names(n).map_or("UNKNOWN", |(name, _)| name),
        }
    }

    /// libpcap's description, shown in parentheses after the name.
    pub fn description(self) -> &'static str {
        match self {
            LinkType::Null | LinkType::NullSwapped => "BSD loopback",
            LinkType::Ethernet => "Ethernet",
            LinkType::Raw => "Raw IP",
            LinkType::LinuxSll => "Linux cooked v1",
            LinkType::LinuxSll2 => "Linux cooked v2",
            LinkType::Loop => "OpenBSD loopback",
            LinkType::Other(n) => other_names(n).map_or("unknown", |(_, text)| text),
        }
    }

    /// The type named by -y (case-insensitive DLT name), if afsniff knows it.
    pub fn from_name(name: &str) -> Option<LinkType> {
        [
            LinkType::Null,
            LinkType::Ethernet,
            LinkType::Raw,
            LinkType::LinuxSll,
            LinkType::LinuxSll2,
            LinkType::Loop,
        ]
        .into_iter()
        .find(|l| l.name().eq_ignore_ascii_case(name))
    }
}

/// libpcap's DLT name and description of link types afsniff knows by
/// number only (pcap.c's table), for messages that name the link type.
fn other_names(n: u32) -> Option<(&'static str, &'static str)> {
    Some(match n {
        6 => ("IEEE802", "Token ring"),
        7 => ("ARCNET", "BSD ARCNET"),
        8 => ("SLIP", "SLIP"),
        9 => ("PPP", "PPP"),
        10 => ("FDDI", "FDDI"),
        50 => ("PPP_SERIAL", "PPP over serial"),
        51 => ("PPP_ETHER", "PPPoE"),
        100 => ("ATM_RFC1483", "RFC 1483 LLC-encapsulated ATM"),
        104 => ("C_HDLC", "Cisco HDLC"),
        105 => ("IEEE802_11", "802.11"),
        106 => ("ATM_CLIP", "Linux Classical IP over ATM"),
        107 => ("FRELAY", "Frame Relay"),
        109 => ("ENC", "OpenBSD encapsulated IP"),
        114 => ("LTALK", "Localtalk"),
        117 => ("PFLOG", "OpenBSD pflog file"),
        119 => ("PRISM_HEADER", "802.11 plus Prism header"),
        122 => ("IP_OVER_FC", "RFC 2625 IP-over-Fibre Channel"),
        123 => ("SUNATM", "Sun raw ATM"),
        127 => ("IEEE802_11_RADIO", "802.11 plus radiotap header"),
        129 => ("ARCNET_LINUX", "Linux ARCNET"),
        140 => ("MTP2", "SS7 MTP2"),
        143 => ("DOCSIS", "DOCSIS"),
        144 => ("LINUX_IRDA", "Linux IrDA"),
        163 => (
            "IEEE802_11_RADIO_AVS",
            "802.11 plus AVS radio information header",
        ),
        166 => ("PPP_PPPD", "PPP for pppd, with direction flag"),
        177 => ("LINUX_LAPD", "Linux vISDN LAPD"),
        182 => ("MFR", "FRF.16 Frame Relay"),
        192 => ("PPI", "Per-Packet Information"),
        195 => ("IEEE802_15_4", "IEEE 802.15.4 with FCS"),
        226 => ("IPNET", "Solaris ipnet"),
        228 => ("IPV4", "Raw IPv4"),
        229 => ("IPV6", "Raw IPv6"),
        239 => ("NFLOG", "Linux netfilter log messages"),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_round_trip() {
        for n in [0, 1, 101, 108, 113, 276, 147] {
            assert_eq!(LinkType::from_linktype(n).linktype(), n);
        }
        assert_eq!(LinkType::from_linktype(12), LinkType::Raw);
        assert_eq!(LinkType::from_name("en10mb"), Some(LinkType::Ethernet));
        assert_eq!(LinkType::from_name("LINUX_SLL2"), Some(LinkType::LinuxSll2));
        assert_eq!(LinkType::from_name("nope"), None);
    }

    #[test]
    fn only_null_follows_the_files_byte_order() {
        let big_host = cfg!(target_endian = "big");
        assert_eq!(LinkType::Null.in_file(big_host), LinkType::Null);
        assert_eq!(LinkType::Null.in_file(!big_host), LinkType::NullSwapped);
        assert_eq!(LinkType::NullSwapped.linktype(), 0);
        assert_eq!(LinkType::Loop.in_file(!big_host), LinkType::Loop);
    }
}
