//! LINKTYPE_ numbers as pcap files carry them (tcpdump.org/linktypes.html).

pub const NULL: u32 = 0;
pub const ETHERNET: u32 = 1;
/// DLT_ATM_RFC1483; files may carry the DLT value itself (11), which
/// libpcap reads as the same type.
pub const ATM_RFC1483_DLT: u32 = 11;
/// DLT_ATM_CLIP as Linux numbers it (19), also found in files.
pub const ATM_CLIP_DLT: u32 = 19;
pub const ATM_RFC1483: u32 = 100;
pub const RAW: u32 = 101;
/// DLT_ATM_CLIP.
pub const ATM_CLIP: u32 = 106;
/// DLT_FRELAY.
pub const FRELAY: u32 = 107;
/// DLT_RAW as Linux numbers it (12) and some BSDs (14); files carry 101.
pub const RAW_LINUX_DLT: u32 = 12;
pub const RAW_BSD_DLT: u32 = 14;
pub const LOOP: u32 = 108;
pub const LINUX_SLL: u32 = 113;
/// DLT_SUNATM.
pub const SUNATM: u32 = 123;
/// DLT_JUNIPER_*: Juniper's pseudo-headers, by the PIC or interface
/// they were captured on.
pub const JUNIPER_MLPPP: u32 = 130;
pub const JUNIPER_MLFR: u32 = 131;
pub const JUNIPER_ES: u32 = 132;
pub const JUNIPER_GGSN: u32 = 133;
pub const JUNIPER_MFR: u32 = 134;
pub const JUNIPER_ATM2: u32 = 135;
pub const JUNIPER_SERVICES: u32 = 136;
pub const JUNIPER_ATM1: u32 = 137;
pub const JUNIPER_MONITOR: u32 = 164;
pub const JUNIPER_PPPOE: u32 = 167;
pub const JUNIPER_PPPOE_ATM: u32 = 168;
pub const JUNIPER_ETHER: u32 = 178;
pub const JUNIPER_PPP: u32 = 179;
pub const JUNIPER_FRELAY: u32 = 180;
/// DLT_MFR (FRF.16 multilink Frame Relay).
pub const MFR: u32 = 182;
pub const LINUX_SLL2: u32 = 276;
