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

    /// The LINKTYPE_ number written to pcap headers.
    pub fn linktype(self) -> u32 {
        match self {
            LinkType::Null => lt::NULL,
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
            LinkType::Null => "NULL",
            LinkType::Ethernet => "EN10MB",
            LinkType::Raw => "RAW",
            LinkType::LinuxSll => "LINUX_SLL",
            LinkType::LinuxSll2 => "LINUX_SLL2",
            LinkType::Loop => "LOOP",
            LinkType::Other(_) => "UNKNOWN",
        }
    }

    /// libpcap's description, shown in parentheses after the name.
    pub fn description(self) -> &'static str {
        match self {
            LinkType::Null => "BSD loopback",
            LinkType::Ethernet => "Ethernet",
            LinkType::Raw => "Raw IP",
            LinkType::LinuxSll => "Linux cooked v1",
            LinkType::LinuxSll2 => "Linux cooked v2",
            LinkType::Loop => "OpenBSD loopback",
            LinkType::Other(_) => "unknown",
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
}
