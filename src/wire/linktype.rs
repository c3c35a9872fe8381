//! LINKTYPE_ numbers as pcap files carry them (tcpdump.org/linktypes.html).

pub const NULL: u32 = 0;
pub const ETHERNET: u32 = 1;
pub const RAW: u32 = 101;
/// DLT_RAW as Linux numbers it (12) and some BSDs (14); files carry 101.
pub const RAW_LINUX_DLT: u32 = 12;
pub const RAW_BSD_DLT: u32 = 14;
pub const LOOP: u32 = 108;
pub const LINUX_SLL: u32 = 113;
pub const LINUX_SLL2: u32 = 276;
/// Linux IrDA, vISDN LAPD and netlink captures: a LINUX_SLL header first.
pub const LINUX_IRDA: u32 = 144;
pub const LINUX_LAPD: u32 = 177;
pub const NETLINK: u32 = 253;

// PPP, Cisco HDLC, SLIP and raw IP by version (the ppp group's printers).
/// DLT_SLIP.
pub const SLIP: u32 = 8;
/// DLT_PPP.
pub const PPP: u32 = 9;
/// DLT_PPP_SERIAL (LINKTYPE_PPP_HDLC).
pub const PPP_SERIAL: u32 = 50;
/// DLT_PPP_ETHER.
pub const PPP_ETHER: u32 = 51;
/// DLT_SLIP_BSDOS (15 on most systems; files carry 102).
pub const SLIP_BSDOS: u32 = 102;
/// DLT_PPP_BSDOS (16 on most systems; files carry 103).
pub const PPP_BSDOS: u32 = 103;
/// DLT_C_HDLC.
pub const C_HDLC: u32 = 104;
/// DLT_HDLC (LINKTYPE_NETBSD_HDLC): Cisco HDLC as NetBSD names it.
pub const NETBSD_HDLC: u32 = 112;
/// DLT_PPP_PPPD.
pub const PPP_PPPD: u32 = 166;
/// DLT_IPV4.
pub const IPV4: u32 = 228;
/// DLT_IPV6.
pub const IPV6: u32 = 229;
