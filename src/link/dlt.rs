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

/// The table's rows, `NAME = value => "description"`, one a line: the
/// name as libpcap spells it (without DLT_) becomes the row's `name`.
macro_rules! dlts {
    ($($name:ident = $value:literal => $description:literal,)*) => {
        &[$(Dlt { name: stringify!($name), value: $value, description: $description }),*]
    };
}

const TABLE: &[Dlt] = dlts! {
    NULL = 0 => "BSD loopback",
    EN10MB = 1 => "Ethernet",
    IEEE802 = 6 => "Token ring",
    ARCNET = 7 => "BSD ARCNET",
    SLIP = 8 => "SLIP",
    PPP = 9 => "PPP",
    FDDI = 10 => "FDDI",
    ATM_RFC1483 = 11 => "RFC 1483 LLC-encapsulated ATM",
    RAW = 12 => "Raw IP",
    SLIP_BSDOS = 15 => "BSD/OS SLIP",
    PPP_BSDOS = 16 => "BSD/OS PPP",
    ATM_CLIP = 19 => "Linux Classical IP over ATM",
    PPP_SERIAL = 50 => "PPP over serial",
    PPP_ETHER = 51 => "PPPoE",
    SYMANTEC_FIREWALL = 99 => "Symantec Firewall",
    C_HDLC = 104 => "Cisco HDLC",
    IEEE802_11 = 105 => "802.11",
    FRELAY = 107 => "Frame Relay",
    LOOP = 108 => "OpenBSD loopback",
    ENC = 109 => "OpenBSD encapsulated IP",
    LINUX_SLL = 113 => "Linux cooked v1",
    LTALK = 114 => "Localtalk",
    PFLOG = 117 => "OpenBSD pflog file",
    PFSYNC = 246 => "Packet filter state syncing",
    PRISM_HEADER = 119 => "802.11 plus Prism header",
    IP_OVER_FC = 122 => "RFC 2625 IP-over-Fibre Channel",
    SUNATM = 123 => "Sun raw ATM",
    IEEE802_11_RADIO = 127 => "802.11 plus radiotap header",
    ARCNET_LINUX = 129 => "Linux ARCNET",
    JUNIPER_MLPPP = 130 => "Juniper Multi-Link PPP",
    JUNIPER_MLFR = 131 => "Juniper Multi-Link Frame Relay",
    JUNIPER_ES = 132 => "Juniper Encryption Services PIC",
    JUNIPER_GGSN = 133 => "Juniper GGSN PIC",
    JUNIPER_MFR = 134 => "Juniper FRF.16 Frame Relay",
    JUNIPER_ATM2 = 135 => "Juniper ATM2 PIC",
    JUNIPER_SERVICES = 136 => "Juniper Advanced Services PIC",
    JUNIPER_ATM1 = 137 => "Juniper ATM1 PIC",
    APPLE_IP_OVER_IEEE1394 = 138 => "Apple IP-over-IEEE 1394",
    MTP2_WITH_PHDR = 139 => "SS7 MTP2 with Pseudo-header",
    MTP2 = 140 => "SS7 MTP2",
    MTP3 = 141 => "SS7 MTP3",
    SCCP = 142 => "SS7 SCCP",
    DOCSIS = 143 => "DOCSIS",
    LINUX_IRDA = 144 => "Linux IrDA",
    IEEE802_11_RADIO_AVS = 163 => "802.11 plus AVS radio information header",
    JUNIPER_MONITOR = 164 => "Juniper Passive Monitor PIC",
    BACNET_MS_TP = 165 => "BACnet MS/TP",
    PPP_PPPD = 166 => "PPP for pppd, with direction flag",
    JUNIPER_PPPOE = 167 => "Juniper PPPoE",
    JUNIPER_PPPOE_ATM = 168 => "Juniper PPPoE/ATM",
    GPRS_LLC = 169 => "GPRS LLC",
    GPF_T = 170 => "GPF-T",
    GPF_F = 171 => "GPF-F",
    JUNIPER_PIC_PEER = 174 => "Juniper PIC Peer",
    ERF_ETH = 175 => "Ethernet with Endace ERF header",
    ERF_POS = 176 => "Packet-over-SONET with Endace ERF header",
    LINUX_LAPD = 177 => "Linux vISDN LAPD",
    JUNIPER_ETHER = 178 => "Juniper Ethernet",
    JUNIPER_PPP = 179 => "Juniper PPP",
    JUNIPER_FRELAY = 180 => "Juniper Frame Relay",
    JUNIPER_CHDLC = 181 => "Juniper C-HDLC",
    MFR = 182 => "FRF.16 Frame Relay",
    JUNIPER_VP = 183 => "Juniper Voice PIC",
    A429 = 184 => "Arinc 429",
    A653_ICM = 185 => "Arinc 653 Interpartition Communication",
    USB_FREEBSD = 186 => "USB with FreeBSD header",
    BLUETOOTH_HCI_H4 = 187 => "Bluetooth HCI UART transport layer",
    IEEE802_16_MAC_CPS = 188 => "IEEE 802.16 MAC Common Part Sublayer",
    USB_LINUX = 189 => "USB with Linux header",
    CAN20B = 190 => "Controller Area Network (CAN) v. 2.0B",
    IEEE802_15_4_LINUX = 191 => "IEEE 802.15.4 with Linux padding",
    PPI = 192 => "Per-Packet Information",
    IEEE802_16_MAC_CPS_RADIO = 193 => "IEEE 802.16 MAC Common Part Sublayer plus radiotap header",
    JUNIPER_ISM = 194 => "Juniper Integrated Service Module",
    IEEE802_15_4 = 195 => "IEEE 802.15.4 with FCS",
    SITA = 196 => "SITA pseudo-header",
    ERF = 197 => "Endace ERF header",
    RAIF1 = 198 => "Ethernet with u10 Networks pseudo-header",
    IPMB_KONTRON = 199 => "IPMB with Kontron pseudo-header",
    JUNIPER_ST = 200 => "Juniper Secure Tunnel",
    BLUETOOTH_HCI_H4_WITH_PHDR = 201 => "Bluetooth HCI UART transport layer plus pseudo-header",
    AX25_KISS = 202 => "AX.25 with KISS header",
    IPMB_LINUX = 209 => "IPMB with Linux/Pigeon Point pseudo-header",
    IEEE802_15_4_NONASK_PHY = 215 => "IEEE 802.15.4 with non-ASK PHY data",
    MPLS = 219 => "MPLS with label as link-layer header",
    LINUX_EVDEV = 216 => "Linux evdev events",
    USB_LINUX_MMAPPED = 220 => "USB with padded Linux header",
    DECT = 221 => "DECT",
    AOS = 222 => "AOS Space Data Link protocol",
    WIHART = 223 => "Wireless HART",
    FC_2 = 224 => "Fibre Channel FC-2",
    FC_2_WITH_FRAME_DELIMS = 225 => "Fibre Channel FC-2 with frame delimiters",
    IPNET = 226 => "Solaris ipnet",
    CAN_SOCKETCAN = 227 => "CAN-bus with SocketCAN headers",
    IPV4 = 228 => "Raw IPv4",
    IPV6 = 229 => "Raw IPv6",
    IEEE802_15_4_NOFCS = 230 => "IEEE 802.15.4 without FCS",
    DBUS = 231 => "D-Bus",
    JUNIPER_VS = 232 => "Juniper Virtual Server",
    JUNIPER_SRX_E2E = 233 => "Juniper SRX E2E",
    JUNIPER_FIBRECHANNEL = 234 => "Juniper Fibre Channel",
    DVB_CI = 235 => "DVB-CI",
    MUX27010 = 236 => "MUX27010",
    STANAG_5066_D_PDU = 237 => "STANAG 5066 D_PDUs",
    JUNIPER_ATM_CEMIC = 238 => "Juniper ATM CEMIC",
    NFLOG = 239 => "Linux netfilter log messages",
    NETANALYZER = 240 => "Ethernet with Hilscher netANALYZER pseudo-header",
    NETANALYZER_TRANSPARENT = 241 => "Ethernet with Hilscher netANALYZER pseudo-header and with preamble and SFD",
    IPOIB = 242 => "RFC 4391 IP-over-Infiniband",
    MPEG_2_TS = 243 => "MPEG-2 transport stream",
    NG40 = 244 => "ng40 protocol tester Iub/Iur",
    NFC_LLCP = 245 => "NFC LLCP PDUs with pseudo-header",
    INFINIBAND = 247 => "InfiniBand",
    SCTP = 248 => "SCTP",
    USBPCAP = 249 => "USB with USBPcap header",
    RTAC_SERIAL = 250 => "Schweitzer Engineering Laboratories RTAC packets",
    BLUETOOTH_LE_LL = 251 => "Bluetooth Low Energy air interface",
    NETLINK = 253 => "Linux netlink",
    BLUETOOTH_LINUX_MONITOR = 254 => "Bluetooth Linux Monitor",
    BLUETOOTH_BREDR_BB = 255 => "Bluetooth Basic Rate/Enhanced Data Rate baseband packets",
    BLUETOOTH_LE_LL_WITH_PHDR = 256 => "Bluetooth Low Energy air interface with pseudo-header",
    PROFIBUS_DL = 257 => "PROFIBUS data link layer",
    PKTAP = 258 => "Apple DLT_PKTAP",
    EPON = 259 => "Ethernet with 802.3 Clause 65 EPON preamble",
    IPMI_HPM_2 = 260 => "IPMI trace packets",
    ZWAVE_R1_R2 = 261 => "Z-Wave RF profile R1 and R2 packets",
    ZWAVE_R3 = 262 => "Z-Wave RF profile R3 packets",
    WATTSTOPPER_DLM = 263 => "WattStopper Digital Lighting Management (DLM) and Legrand Nitoo Open protocol",
    ISO_14443 = 264 => "ISO 14443 messages",
    RDS = 265 => "IEC 62106 Radio Data System groups",
    USB_DARWIN = 266 => "USB with Darwin header",
    OPENFLOW = 267 => "OpenBSD DLT_OPENFLOW",
    SDLC = 268 => "IBM SDLC frames",
    TI_LLN_SNIFFER = 269 => "TI LLN sniffer frames",
    VSOCK = 271 => "Linux vsock",
    NORDIC_BLE = 272 => "Nordic Semiconductor Bluetooth LE sniffer frames",
    DOCSIS31_XRA31 = 273 => "Excentis XRA-31 DOCSIS 3.1 RF sniffer frames",
    ETHERNET_MPACKET = 274 => "802.3br mPackets",
    DISPLAYPORT_AUX = 275 => "DisplayPort AUX channel monitoring data",
    LINUX_SLL2 = 276 => "Linux cooked v2",
    OPENVIZSLA = 278 => "OpenVizsla USB",
    EBHSCR = 279 => "Elektrobit High Speed Capture and Replay (EBHSCR)",
    VPP_DISPATCH = 280 => "VPP graph dispatch tracer",
    DSA_TAG_BRCM = 281 => "Broadcom tag",
    DSA_TAG_BRCM_PREPEND = 282 => "Broadcom tag (prepended)",
    IEEE802_15_4_TAP = 283 => "IEEE 802.15.4 with pseudo-header",
    DSA_TAG_DSA = 284 => "Marvell DSA",
    DSA_TAG_EDSA = 285 => "Marvell EDSA",
    ELEE = 286 => "ELEE lawful intercept packets",
    Z_WAVE_SERIAL = 287 => "Z-Wave serial frames between host and chip",
    USB_2_0 = 288 => "USB 2.0/1.1/1.0 as transmitted over the cable",
    ATSC_ALP = 289 => "ATSC Link-Layer Protocol packets",
};

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
