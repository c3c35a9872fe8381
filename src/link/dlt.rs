//! libpcap 1.10.3's data link type names (pcap.c dlt_choices, values as
//! pcap/dlt.h defines them on Linux): what -y accepts, and the names -L
//! prints. Pure data.

/// One link type: libpcap's name (without DLT_), its value and description.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dlt {
    pub name: &'static str,
    pub value: u32,
    pub description: &'static str,
}

/// pcap_datalink_name_to_val: a case-insensitive match on the name.
pub fn by_name(name: &str) -> Option<Dlt> {
    TABLE
        .iter()
        .find(|d| d.name.eq_ignore_ascii_case(name))
        .copied()
}

/// pcap_datalink_val_to_name: the first name listed for the value.
pub fn by_value(value: u32) -> Option<Dlt> {
    TABLE.iter().find(|d| d.value == value).copied()
}

const fn dlt(name: &'static str, value: u32, description: &'static str) -> Dlt {
    Dlt {
        name,
        value,
        description,
    }
}

const TABLE: &[Dlt] = &[
    dlt("NULL", 0, "BSD loopback"),
    dlt("EN10MB", 1, "Ethernet"),
    dlt("IEEE802", 6, "Token ring"),
    dlt("ARCNET", 7, "BSD ARCNET"),
    dlt("SLIP", 8, "SLIP"),
    dlt("PPP", 9, "PPP"),
    dlt("FDDI", 10, "FDDI"),
    dlt("ATM_RFC1483", 11, "RFC 1483 LLC-encapsulated ATM"),
    dlt("RAW", 12, "Raw IP"),
    dlt("SLIP_BSDOS", 15, "BSD/OS SLIP"),
    dlt("PPP_BSDOS", 16, "BSD/OS PPP"),
    dlt("ATM_CLIP", 19, "Linux Classical IP over ATM"),
    dlt("PPP_SERIAL", 50, "PPP over serial"),
    dlt("PPP_ETHER", 51, "PPPoE"),
    dlt("SYMANTEC_FIREWALL", 99, "Symantec Firewall"),
    dlt("C_HDLC", 104, "Cisco HDLC"),
    dlt("IEEE802_11", 105, "802.11"),
    dlt("FRELAY", 107, "Frame Relay"),
    dlt("LOOP", 108, "OpenBSD loopback"),
    dlt("ENC", 109, "OpenBSD encapsulated IP"),
    dlt("LINUX_SLL", 113, "Linux cooked v1"),
    dlt("LTALK", 114, "Localtalk"),
    dlt("PFLOG", 117, "OpenBSD pflog file"),
    dlt("PFSYNC", 246, "Packet filter state syncing"),
    dlt("PRISM_HEADER", 119, "802.11 plus Prism header"),
    dlt("IP_OVER_FC", 122, "RFC 2625 IP-over-Fibre Channel"),
    dlt("SUNATM", 123, "Sun raw ATM"),
    dlt("IEEE802_11_RADIO", 127, "802.11 plus radiotap header"),
    dlt("ARCNET_LINUX", 129, "Linux ARCNET"),
    dlt("JUNIPER_MLPPP", 130, "Juniper Multi-Link PPP"),
    dlt("JUNIPER_MLFR", 131, "Juniper Multi-Link Frame Relay"),
    dlt("JUNIPER_ES", 132, "Juniper Encryption Services PIC"),
    dlt("JUNIPER_GGSN", 133, "Juniper GGSN PIC"),
    dlt("JUNIPER_MFR", 134, "Juniper FRF.16 Frame Relay"),
    dlt("JUNIPER_ATM2", 135, "Juniper ATM2 PIC"),
    dlt("JUNIPER_SERVICES", 136, "Juniper Advanced Services PIC"),
    dlt("JUNIPER_ATM1", 137, "Juniper ATM1 PIC"),
    dlt("APPLE_IP_OVER_IEEE1394", 138, "Apple IP-over-IEEE 1394"),
    dlt("MTP2_WITH_PHDR", 139, "SS7 MTP2 with Pseudo-header"),
    dlt("MTP2", 140, "SS7 MTP2"),
    dlt("MTP3", 141, "SS7 MTP3"),
    dlt("SCCP", 142, "SS7 SCCP"),
    dlt("DOCSIS", 143, "DOCSIS"),
    dlt("LINUX_IRDA", 144, "Linux IrDA"),
    dlt(
        "IEEE802_11_RADIO_AVS",
        163,
        "802.11 plus AVS radio information header",
    ),
    dlt("JUNIPER_MONITOR", 164, "Juniper Passive Monitor PIC"),
    dlt("BACNET_MS_TP", 165, "BACnet MS/TP"),
    dlt("PPP_PPPD", 166, "PPP for pppd, with direction flag"),
    dlt("JUNIPER_PPPOE", 167, "Juniper PPPoE"),
    dlt("JUNIPER_PPPOE_ATM", 168, "Juniper PPPoE/ATM"),
    dlt("GPRS_LLC", 169, "GPRS LLC"),
    dlt("GPF_T", 170, "GPF-T"),
    dlt("GPF_F", 171, "GPF-F"),
    dlt("JUNIPER_PIC_PEER", 174, "Juniper PIC Peer"),
    dlt("ERF_ETH", 175, "Ethernet with Endace ERF header"),
    dlt("ERF_POS", 176, "Packet-over-SONET with Endace ERF header"),
    dlt("LINUX_LAPD", 177, "Linux vISDN LAPD"),
    dlt("JUNIPER_ETHER", 178, "Juniper Ethernet"),
    dlt("JUNIPER_PPP", 179, "Juniper PPP"),
    dlt("JUNIPER_FRELAY", 180, "Juniper Frame Relay"),
    dlt("JUNIPER_CHDLC", 181, "Juniper C-HDLC"),
    dlt("MFR", 182, "FRF.16 Frame Relay"),
    dlt("JUNIPER_VP", 183, "Juniper Voice PIC"),
    dlt("A429", 184, "Arinc 429"),
    dlt("A653_ICM", 185, "Arinc 653 Interpartition Communication"),
    dlt("USB_FREEBSD", 186, "USB with FreeBSD header"),
    dlt(
        "BLUETOOTH_HCI_H4",
        187,
        "Bluetooth HCI UART transport layer",
    ),
    dlt(
        "IEEE802_16_MAC_CPS",
        188,
        "IEEE 802.16 MAC Common Part Sublayer",
    ),
    dlt("USB_LINUX", 189, "USB with Linux header"),
    dlt("CAN20B", 190, "Controller Area Network (CAN) v. 2.0B"),
    dlt(
        "IEEE802_15_4_LINUX",
        191,
        "IEEE 802.15.4 with Linux padding",
    ),
    dlt("PPI", 192, "Per-Packet Information"),
    dlt(
        "IEEE802_16_MAC_CPS_RADIO",
        193,
        "IEEE 802.16 MAC Common Part Sublayer plus radiotap header",
    ),
    dlt("JUNIPER_ISM", 194, "Juniper Integrated Service Module"),
    dlt("IEEE802_15_4", 195, "IEEE 802.15.4 with FCS"),
    dlt("SITA", 196, "SITA pseudo-header"),
    dlt("ERF", 197, "Endace ERF header"),
    dlt("RAIF1", 198, "Ethernet with u10 Networks pseudo-header"),
    dlt("IPMB_KONTRON", 199, "IPMB with Kontron pseudo-header"),
    dlt("JUNIPER_ST", 200, "Juniper Secure Tunnel"),
    dlt(
        "BLUETOOTH_HCI_H4_WITH_PHDR",
        201,
        "Bluetooth HCI UART transport layer plus pseudo-header",
    ),
    dlt("AX25_KISS", 202, "AX.25 with KISS header"),
    dlt(
        "IPMB_LINUX",
        209,
        "IPMB with Linux/Pigeon Point pseudo-header",
    ),
    dlt(
        "IEEE802_15_4_NONASK_PHY",
        215,
        "IEEE 802.15.4 with non-ASK PHY data",
    ),
    dlt("MPLS", 219, "MPLS with label as link-layer header"),
    dlt("LINUX_EVDEV", 216, "Linux evdev events"),
    dlt("USB_LINUX_MMAPPED", 220, "USB with padded Linux header"),
    dlt("DECT", 221, "DECT"),
    dlt("AOS", 222, "AOS Space Data Link protocol"),
    dlt("WIHART", 223, "Wireless HART"),
    dlt("FC_2", 224, "Fibre Channel FC-2"),
    dlt(
        "FC_2_WITH_FRAME_DELIMS",
        225,
        "Fibre Channel FC-2 with frame delimiters",
    ),
    dlt("IPNET", 226, "Solaris ipnet"),
    dlt("CAN_SOCKETCAN", 227, "CAN-bus with SocketCAN headers"),
    dlt("IPV4", 228, "Raw IPv4"),
    dlt("IPV6", 229, "Raw IPv6"),
    dlt("IEEE802_15_4_NOFCS", 230, "IEEE 802.15.4 without FCS"),
    dlt("DBUS", 231, "D-Bus"),
    dlt("JUNIPER_VS", 232, "Juniper Virtual Server"),
    dlt("JUNIPER_SRX_E2E", 233, "Juniper SRX E2E"),
    dlt("JUNIPER_FIBRECHANNEL", 234, "Juniper Fibre Channel"),
    dlt("DVB_CI", 235, "DVB-CI"),
    dlt("MUX27010", 236, "MUX27010"),
    dlt("STANAG_5066_D_PDU", 237, "STANAG 5066 D_PDUs"),
    dlt("JUNIPER_ATM_CEMIC", 238, "Juniper ATM CEMIC"),
    dlt("NFLOG", 239, "Linux netfilter log messages"),
    dlt(
        "NETANALYZER",
        240,
        "Ethernet with Hilscher netANALYZER pseudo-header",
    ),
    dlt(
        "NETANALYZER_TRANSPARENT",
        241,
        "Ethernet with Hilscher netANALYZER pseudo-header and with preamble and SFD",
    ),
    dlt("IPOIB", 242, "RFC 4391 IP-over-Infiniband"),
    dlt("MPEG_2_TS", 243, "MPEG-2 transport stream"),
    dlt("NG40", 244, "ng40 protocol tester Iub/Iur"),
    dlt("NFC_LLCP", 245, "NFC LLCP PDUs with pseudo-header"),
    dlt("INFINIBAND", 247, "InfiniBand"),
    dlt("SCTP", 248, "SCTP"),
    dlt("USBPCAP", 249, "USB with USBPcap header"),
    dlt(
        "RTAC_SERIAL",
        250,
        "Schweitzer Engineering Laboratories RTAC packets",
    ),
    dlt("BLUETOOTH_LE_LL", 251, "Bluetooth Low Energy air interface"),
    dlt("NETLINK", 253, "Linux netlink"),
    dlt("BLUETOOTH_LINUX_MONITOR", 254, "Bluetooth Linux Monitor"),
    dlt(
        "BLUETOOTH_BREDR_BB",
        255,
        "Bluetooth Basic Rate/Enhanced Data Rate baseband packets",
    ),
    dlt(
        "BLUETOOTH_LE_LL_WITH_PHDR",
        256,
        "Bluetooth Low Energy air interface with pseudo-header",
    ),
    dlt("PROFIBUS_DL", 257, "PROFIBUS data link layer"),
    dlt("PKTAP", 258, "Apple DLT_PKTAP"),
    dlt("EPON", 259, "Ethernet with 802.3 Clause 65 EPON preamble"),
    dlt("IPMI_HPM_2", 260, "IPMI trace packets"),
    dlt("ZWAVE_R1_R2", 261, "Z-Wave RF profile R1 and R2 packets"),
    dlt("ZWAVE_R3", 262, "Z-Wave RF profile R3 packets"),
    dlt(
        "WATTSTOPPER_DLM",
        263,
        "WattStopper Digital Lighting Management (DLM) and Legrand Nitoo Open protocol",
    ),
    dlt("ISO_14443", 264, "ISO 14443 messages"),
    dlt("RDS", 265, "IEC 62106 Radio Data System groups"),
    dlt("USB_DARWIN", 266, "USB with Darwin header"),
    dlt("OPENFLOW", 267, "OpenBSD DLT_OPENFLOW"),
    dlt("SDLC", 268, "IBM SDLC frames"),
    dlt("TI_LLN_SNIFFER", 269, "TI LLN sniffer frames"),
    dlt("VSOCK", 271, "Linux vsock"),
    dlt(
        "NORDIC_BLE",
        272,
        "Nordic Semiconductor Bluetooth LE sniffer frames",
    ),
    dlt(
        "DOCSIS31_XRA31",
        273,
        "Excentis XRA-31 DOCSIS 3.1 RF sniffer frames",
    ),
    dlt("ETHERNET_MPACKET", 274, "802.3br mPackets"),
    dlt(
        "DISPLAYPORT_AUX",
        275,
        "DisplayPort AUX channel monitoring data",
    ),
    dlt("LINUX_SLL2", 276, "Linux cooked v2"),
    dlt("OPENVIZSLA", 278, "OpenVizsla USB"),
    dlt(
        "EBHSCR",
        279,
        "Elektrobit High Speed Capture and Replay (EBHSCR)",
    ),
    dlt("VPP_DISPATCH", 280, "VPP graph dispatch tracer"),
    dlt("DSA_TAG_BRCM", 281, "Broadcom tag"),
    dlt("DSA_TAG_BRCM_PREPEND", 282, "Broadcom tag (prepended)"),
    dlt("IEEE802_15_4_TAP", 283, "IEEE 802.15.4 with pseudo-header"),
    dlt("DSA_TAG_DSA", 284, "Marvell DSA"),
    dlt("DSA_TAG_EDSA", 285, "Marvell EDSA"),
    dlt("ELEE", 286, "ELEE lawful intercept packets"),
    dlt(
        "Z_WAVE_SERIAL",
        287,
        "Z-Wave serial frames between host and chip",
    ),
    dlt(
        "USB_2_0",
        288,
        "USB 2.0/1.1/1.0 as transmitted over the cable",
    ),
    dlt("ATSC_ALP", 289, "ATSC Link-Layer Protocol packets"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_both_ways() {
        assert_eq!(by_name("raw").map(|d| d.value), Some(12));
        assert_eq!(by_name("LINUX_SLL2").map(|d| d.value), Some(276));
        assert_eq!(by_name("ieee802_11_radio").map(|d| d.value), Some(127));
        assert_eq!(by_value(1).map(|d| d.description), Some("Ethernet"));
        assert_eq!(by_name("DLT_RAW"), None);
    }
}
