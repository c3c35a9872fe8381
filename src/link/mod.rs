//! Link-layer header types, numbered as in pcap files (LINKTYPE_*).
//!
//! Shared by the filter compiler (offsets depend on the layout), the capture
//! code (which picks one per interface) and the printer.

pub mod dlt;

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
    /// Every other type, by its LINKTYPE_ number: read and written, and
    /// many of them printed and filtered too (the printer's link-type
    /// table, `decode::has_printer`, and the filter compiler's layouts take
    /// them by number).
    Other(u32),
}

impl LinkType {
    /// The types with a variant of their own, each once (NullSwapped is
    /// Null read from a file of the other byte order), which tests, the
    /// fuzz checks and -y completion go through; the `Other` types the
    /// printer and the filter compiler also take are not listed here.
    pub const DECODED: [LinkType; 6] = [
        LinkType::Ethernet,
        LinkType::Raw,
        LinkType::LinuxSll,
        LinkType::LinuxSll2,
        LinkType::Null,
        LinkType::Loop,
    ];

    /// The type for a LINKTYPE_ number as found in a pcap header.
    pub fn from_linktype(n: u32) -> LinkType {
        match n {
            lt::NULL => LinkType::Null,
            lt::ETHERNET => LinkType::Ethernet,
            lt::RAW | lt::RAW_LINUX_DLT | lt::RAW_BSD_DLT => LinkType::Raw,
            lt::LINUX_SLL => LinkType::LinuxSll,
            lt::LINUX_SLL2 => LinkType::LinuxSll2,
            lt::LOOP => LinkType::Loop,
            lt::SLIP_BSDOS_DLT => LinkType::Other(lt::SLIP_BSDOS),
            lt::PPP_BSDOS_DLT => LinkType::Other(lt::PPP_BSDOS),
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

    /// The DLT_ value libpcap uses on Linux for this LINKTYPE_ (they
    /// differ for a few old types: pcap-common.c's linktype_to_dlt).
    pub fn dlt(self) -> u32 {
        match self.linktype() {
            lt::RAW => lt::RAW_LINUX_DLT,
            100 => 11,
            102 => 15,
            103 => 16,
            106 => 19,
            n => n,
        }
    }

    /// The length of the Linux cooked header that starts this link type's
    /// frames when captured on a SOCK_DGRAM packet socket (which delivers
    /// the frame without it, so live filters are rewritten): SLL2 for
    /// `any`, SLL for cooked v1 and the types built on its header
    /// (LINUX_IRDA, LINUX_LAPD, NETLINK).
    pub fn cooked_header_len(self) -> Option<u32> {
        match self {
            LinkType::LinuxSll2 => Some(20),
            LinkType::LinuxSll => Some(16),
            LinkType::Other(lt::LINUX_IRDA | lt::LINUX_LAPD | lt::NETLINK) => Some(16),
            _ => None,
        }
    }

    /// The LinkType of a DLT_ value (dlt_to_linktype).
    pub fn from_dlt(value: u32) -> LinkType {
        LinkType::from_linktype(match value {
            11 => 100,
            15 => 102,
            16 => 103,
            19 => 106,
            n => n,
        })
    }

    /// libpcap's DLT name, as tcpdump prints it after "link-type" and as
    /// -y takes it; None for a type libpcap has no name for.
    pub fn known_name(self) -> Option<dlt::Dlt> {
        dlt::by_value(self.dlt())
    }

    /// libpcap's DLT name, or UNKNOWN.
    pub fn name(self) -> &'static str {
        self.known_name().map_or("UNKNOWN", |d| d.name)
    }

    /// libpcap's description, shown in parentheses after the name.
    pub fn description(self) -> &'static str {
        self.known_name().map_or("unknown", |d| d.description)
    }

    /// The type named by -y (libpcap's case-insensitive DLT name).
    pub fn from_name(name: &str) -> Option<LinkType> {
        dlt::by_name(name).map(|d| LinkType::from_dlt(d.value))
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
        // BSD/OS SLIP and PPP under their DLT_ numbers read as LINKTYPE_'s.
        assert_eq!(LinkType::from_linktype(15).linktype(), 102);
        assert_eq!(LinkType::from_linktype(16).name(), "PPP_BSDOS");
        assert_eq!(LinkType::from_name("en10mb"), Some(LinkType::Ethernet));
        assert_eq!(LinkType::from_name("LINUX_SLL2"), Some(LinkType::LinuxSll2));
        assert_eq!(LinkType::from_name("nope"), None);
        // The old types whose DLT_ and LINKTYPE_ values differ.
        assert_eq!(
            LinkType::from_name("ATM_RFC1483").map(LinkType::linktype),
            Some(100)
        );
        assert_eq!(LinkType::from_linktype(106).name(), "ATM_CLIP");
        assert_eq!(LinkType::from_linktype(9).description(), "PPP");
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
