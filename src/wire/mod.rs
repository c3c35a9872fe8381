//! Typed views over packet bytes, one file per header.
//!
//! For the layers etherparse covers (Ethernet II, 802.1Q, ARP, IPv4, IPv6,
//! TCP, UDP, ICMP, ICMPv6, Linux SLL) the views are etherparse's header
//! slices; the files here add the field table (byte ranges of each field,
//! smoltcp's `mod field` style) that the filter compiler and the
//! field-granular paths for cut headers share. Headers etherparse lacks
//! (MACsec, SLL2, NULL, MPLS, VXLAN, Geneve, GRE, SCTP, the DNS header) get
//! their own views over the same kind of table. This module imports nothing
//! but etherparse and core/std.

pub mod arp;
pub mod dns;
pub mod ethernet;
pub mod ethertype;
pub mod geneve;
pub mod gre;
pub mod icmp;
pub mod icmp6;
pub mod ip_proto;
pub mod ipv4;
pub mod ipv6;
pub mod linktype;
pub mod macsec;
pub mod mpls;
pub mod nlpid;
pub mod null;
pub mod pcap;
pub mod pcapng;
pub mod sctp;
pub mod sll;
pub mod tcp;
pub mod udp;
pub mod vlan;
pub mod vxlan;

/// Byte ranges of a header's fields.
pub type Field = core::ops::Range<usize>;

/// The 16-bit field `r` of `b`, big-endian. Views read their fields with
/// these after their constructor has checked that the header was captured.
pub(crate) fn be16(b: &[u8], r: Field) -> u16 {
    let f = &b[r];
    u16::from_be_bytes([f[0], f[1]])
}

/// The field `r` of `b` (one to four bytes: 24-bit VNIs, 32-bit words) as
/// a big-endian number.
pub(crate) fn be32(b: &[u8], r: Field) -> u32 {
    b[r].iter().fold(0, |v, &byte| v << 8 | u32::from(byte))
}
