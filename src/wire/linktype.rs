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
/// DLT_IEEE802: IEEE 802.5 Token Ring.
pub const IEEE802: u32 = 6;
/// DLT_FDDI.
pub const FDDI: u32 = 10;
/// DLT_ENC: OpenBSD's IPsec encapsulation header.
pub const ENC: u32 = 109;
/// DLT_PFLOG: OpenBSD pf's log header.
pub const PFLOG: u32 = 117;
/// DLT_IP_OVER_FC: RFC 2625 IP over Fibre Channel.
pub const IP_OVER_FC: u32 = 122;
/// DLT_APPLE_IP_OVER_IEEE1394.
pub const APPLE_IP_OVER_IEEE1394: u32 = 138;
/// DLT_USER2, which Apple's libpcap wrote for PKTAP before LINKTYPE_PKTAP
/// existed; tcpdump prints it as PKTAP.
pub const USER2_PKTAP: u32 = 149;
/// DLT_IEEE802_15_4_WITHFCS: 802.15.4 frames with a 2-byte FCS.
pub const IEEE802_15_4: u32 = 195;
/// DLT_IPNET: Solaris ipnet.
pub const IPNET: u32 = 226;
/// DLT_IEEE802_15_4_NOFCS: 802.15.4 frames without the FCS.
pub const IEEE802_15_4_NOFCS: u32 = 230;
/// DLT_NFLOG: Linux netfilter log messages (TLVs, then the packet).
pub const NFLOG: u32 = 239;
/// DLT_IPOIB: RFC 4391 IP over InfiniBand.
pub const IPOIB: u32 = 242;
/// DLT_PKTAP: Apple's packet tap header.
pub const PKTAP: u32 = 258;
/// DLT_VSOCK: Linux vsock monitor header.
pub const VSOCK: u32 = 271;
/// DLT_DSA_TAG_BRCM: Broadcom switch tag after the MAC addresses.
pub const DSA_TAG_BRCM: u32 = 281;
/// DLT_DSA_TAG_BRCM_PREPEND: Broadcom switch tag before the frame.
pub const DSA_TAG_BRCM_PREPEND: u32 = 282;
/// DLT_DSA_TAG_DSA: Marvell DSA tag after the MAC addresses.
pub const DSA_TAG_DSA: u32 = 284;
/// DLT_DSA_TAG_EDSA: Marvell EDSA tag after the MAC addresses.
pub const DSA_TAG_EDSA: u32 = 285;
