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
/// DLT_IEEE802_11: 802.11 frames with no radio header.
pub const IEEE802_11: u32 = 105;
/// DLT_PRISM_HEADER: a 144-byte Prism monitor header, then 802.11.
pub const PRISM_HEADER: u32 = 119;
/// DLT_IEEE802_11_RADIO: a radiotap header, then 802.11.
pub const IEEE802_11_RADIO: u32 = 127;
/// DLT_IEEE802_11_RADIO_AVS: an AVS monitor header, then 802.11.
pub const IEEE802_11_RADIO_AVS: u32 = 163;
/// DLT_PPI: a Per-Packet Information header naming the DLT after it.
pub const PPI: u32 = 192;
