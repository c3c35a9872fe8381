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
pub const JUNIPER_CHDLC: u32 = 181;
/// DLT_MFR (FRF.16 multilink Frame Relay).
pub const MFR: u32 = 182;
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
/// The DLT_ values of the two, which some files carry instead and which
/// libpcap reads as the same link types.
pub const SLIP_BSDOS_DLT: u32 = 15;
pub const PPP_BSDOS_DLT: u32 = 16;
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
/// DLT_USB_LINUX: Linux usbmon's 48-byte header, then the data.
pub const USB_LINUX: u32 = 189;
/// DLT_BLUETOOTH_HCI_H4_WITH_PHDR: a direction word, then HCI over UART.
pub const BLUETOOTH_HCI_H4_WITH_PHDR: u32 = 201;
/// DLT_USB_LINUX_MMAPPED: Linux usbmon's 64-byte (mmapped) header.
pub const USB_LINUX_MMAPPED: u32 = 220;
/// DLT_IPNET: Solaris ipnet.
pub const IPNET: u32 = 226;
/// DLT_IEEE802_15_4_NOFCS: 802.15.4 frames without the FCS.
pub const IEEE802_15_4_NOFCS: u32 = 230;
/// DLT_NFLOG: Linux netfilter log messages (TLVs, then the packet).
pub const NFLOG: u32 = 239;
/// DLT_NETANALYZER and DLT_NETANALYZER_TRANSPARENT: Hilscher's
/// pseudo-header (and preamble) before Ethernet.
pub const NETANALYZER: u32 = 240;
pub const NETANALYZER_TRANSPARENT: u32 = 241;
/// DLT_SYMANTEC_FIREWALL: Symantec Enterprise Firewall's 44-byte header.
pub const SYMANTEC_FIREWALL: u32 = 99;
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
/// DLT_IEEE802_15_4_TAP: 802.15.4 frames behind a TLV pseudo-header.
pub const IEEE802_15_4_TAP: u32 = 283;
/// DLT_DSA_TAG_DSA: Marvell DSA tag after the MAC addresses.
pub const DSA_TAG_DSA: u32 = 284;
/// DLT_DSA_TAG_EDSA: Marvell EDSA tag after the MAC addresses.
pub const DSA_TAG_EDSA: u32 = 285;

// Link types only live capture names (libpcap's ARPHRD_ mapping); afsniff
// writes and reads them but prints them as tcpdump's unsupported printer.
/// DLT_EN3MB: 3 Mb experimental Ethernet.
pub const EN3MB: u32 = 2;
/// DLT_PRONET and DLT_CHAOS.
pub const PRONET: u32 = 4;
pub const CHAOS: u32 = 5;
/// DLT_ARCNET: ARCNET with BSD's header.
pub const ARCNET: u32 = 7;
/// DLT_LTALK: LocalTalk.
pub const LTALK: u32 = 114;
/// DLT_ARCNET_LINUX: ARCNET with Linux's header.
pub const ARCNET_LINUX: u32 = 129;
/// DLT_DOCSIS: offered beside EN10MB on Ethernet devices.
pub const DOCSIS: u32 = 143;
/// DLT_AX25_KISS.
pub const AX25_KISS: u32 = 202;
/// DLT_FC_2 and DLT_FC_2_WITH_FRAME_DELIMS: Fibre Channel frames.
pub const FC_2: u32 = 224;
pub const FC_2_WITH_FRAME_DELIMS: u32 = 225;
/// DLT_CAN_SOCKETCAN: the CAN ID in network order.
pub const CAN_SOCKETCAN: u32 = 227;

// Link types only the filter compiler names (libpcap's MTP2 and SS7
// keywords compile for them); afsniff has no printer for them.
/// DLT_MTP2_WITH_PHDR: MTP2 behind a 4-byte pseudo-header.
pub const MTP2_WITH_PHDR: u32 = 139;
/// DLT_MTP2.
pub const MTP2: u32 = 140;
/// DLT_ERF: Endace's Extensible Record Format.
pub const ERF: u32 = 197;
