//! GMPLS code points that LMP, RSVP, OSPF-TE and IS-IS TE print, from
//! tcpdump's gmpls.c: switching capabilities, LSP encodings, link
//! protection, Diffserv-TE bandwidth constraint models, G-PIDs, the LMP
//! service discovery link and signal types; and the IEEE float bandwidths
//! they carry. Shared tables, not a protocol.

use super::out::Emit;

/// RFC 3471 switching capabilities.
pub(crate) const SWITCH_CAPABILITY: &[(u32, &str)] = &[
    (1, "Packet-Switch Capable-1"),
    (2, "Packet-Switch Capable-2"),
    (3, "Packet-Switch Capable-3"),
    (4, "Packet-Switch Capable-4"),
    (51, "Layer-2 Switch Capable"),
    (100, "Time-Division-Multiplex"),
    (150, "Lambda-Switch Capable"),
    (200, "Fiber-Switch Capable"),
];

/// RFC 3471 LSP encoding types.
pub(crate) const ENCODING: &[(u32, &str)] = &[
    (1, "Packet"),
    (2, "Ethernet V2/DIX"),
    (3, "ANSI/ETSI PDH"),
    (4, "Reserved"),
    (5, "SDH ITU-T G.707/SONET ANSI T1.105"),
    (6, "Reserved"),
    (7, "Digital Wrapper"),
    (8, "Lambda (photonic)"),
    (9, "Fiber"),
    (10, "Reserved"),
    (11, "FiberChannel"),
];

/// RFC 3471 link protection types (flag bits).
pub(crate) const LINK_PROTECTION: &[(u32, &str)] = &[
    (0x01, "Extra Traffic"),
    (0x02, "Unprotected"),
    (0x04, "Shared"),
    (0x08, "Dedicated 1:1"),
    (0x10, "Dedicated 1+1"),
    (0x20, "Enhanced"),
    (0x40, "Reserved"),
    (0x80, "Reserved"),
];

/// Diffserv-TE bandwidth constraint models (RFC 4124; 254 experimental).
pub(crate) const BC_MODELS: &[(u32, &str)] = &[
    (0, "Russian dolls"),
    (1, "Maximum allocation"),
    (254, "Maximum allocation with E-LSP support"),
];

/// UNI 1.0 section 9.4.2 link types of LMP service discovery.
pub(crate) const SD_LINK_TYPE: &[(u32, &str)] = &[(5, "SDH ITU-T G.707"), (6, "SONET ANSI T1.105")];
pub(crate) const SD_LINK_SDH: u8 = 5;
pub(crate) const SD_LINK_SONET: u8 = 6;

/// UNI 1.0 signal types of an SDH link.
pub(crate) const SD_SIGNAL_SDH: &[(u32, &str)] = &[
    (5, "VC-3"),
    (6, "VC-4"),
    (7, "STM-0"),
    (8, "STM-1"),
    (9, "STM-4"),
    (10, "STM-16"),
    (11, "STM-64"),
    (12, "STM-256"),
];

/// UNI 1.0 signal types of a SONET link.
pub(crate) const SD_SIGNAL_SONET: &[(u32, &str)] = &[
    (5, "STS-1 SPE"),
    (6, "STS-3c SPE"),
    (7, "STS-1"),
    (8, "STM-3"),
    (9, "STM-12"),
    (10, "STM-48"),
    (11, "STM-192"),
    (12, "STM-768"),
];

/// An IEEE single-precision value as C's printf("%.3f") prints it once
/// promoted to double: "nan", "-nan", "inf" and "-inf" spelled as glibc
/// spells them.
pub(crate) fn float3(v: f32) -> String {
    if v.is_nan() {
        return if v.is_sign_negative() { "-nan" } else { "nan" }.to_string();
    }
    format!("{:.3}", f64::from(v))
}

/// "%.3f Mbps" of a bandwidth in bytes per second as an IEEE float,
/// computed in single precision as C does.
pub(crate) fn bandwidth(out: &mut Vec<u8>, raw: u32) {
    out.s(&float3(f32::from_bits(raw) * 8.0 / 1_000_000.0));
    out.s(" Mbps");
}

/// RFC 3471 generalized payload identifiers (and the G.709 draft's).
pub(crate) const PAYLOAD: &[(u32, &str)] = &[
    (0, "Unknown"),
    (1, "Reserved"),
    (2, "Reserved"),
    (3, "Reserved"),
    (4, "Reserved"),
    (5, "Asynchronous mapping of E4"),
    (6, "Asynchronous mapping of DS3/T3"),
    (7, "Asynchronous mapping of E3"),
    (8, "Bit synchronous mapping of E3"),
    (9, "Byte synchronous mapping of E3"),
    (10, "Asynchronous mapping of DS2/T2"),
    (11, "Bit synchronous mapping of DS2/T2"),
    (12, "Reserved"),
    (13, "Asynchronous mapping of E1"),
    (14, "Byte synchronous mapping of E1"),
    (15, "Byte synchronous mapping of 31 * DS0"),
    (16, "Asynchronous mapping of DS1/T1"),
    (17, "Bit synchronous mapping of DS1/T1"),
    (18, "Byte synchronous mapping of DS1/T1"),
    (19, "VC-11 in VC-12"),
    (20, "Reserved"),
    (21, "Reserved"),
    (22, "DS1 SF Asynchronous"),
    (23, "DS1 ESF Asynchronous"),
    (24, "DS3 M23 Asynchronous"),
    (25, "DS3 C-Bit Parity Asynchronous"),
    (26, "VT/LOVC"),
    (27, "STS SPE/HOVC"),
    (28, "POS - No Scrambling, 16 bit CRC"),
    (29, "POS - No Scrambling, 32 bit CRC"),
    (30, "POS - Scrambling, 16 bit CRC"),
    (31, "POS - Scrambling, 32 bit CRC"),
    (32, "ATM mapping"),
    (33, "Ethernet PHY"),
    (34, "SONET/SDH"),
    (35, "Reserved (SONET deprecated)"),
    (36, "Digital Wrapper"),
    (37, "Lambda"),
    (38, "ANSI/ETSI PDH"),
    (39, "Reserved"),
    (40, "Link Access Protocol SDH (X.85 and X.86)"),
    (41, "FDDI"),
    (42, "DQDB (ETSI ETS 300 216)"),
    (43, "FiberChannel-3 (Services)"),
    (44, "HDLC"),
    (45, "Ethernet V2/DIX (only)"),
    (46, "Ethernet 802.3 (only)"),
    (47, "G.709 ODUj"),
    (48, "G.709 OTUk(v)"),
    (49, "CBR/CBRa"),
    (50, "CBRb"),
    (51, "BSOT"),
    (52, "BSNT"),
    (53, "IP/PPP (GFP)"),
    (54, "Ethernet MAC (framed GFP)"),
    (55, "Ethernet PHY (transparent GFP)"),
    (56, "ESCON"),
    (57, "FICON"),
    (58, "Fiber Channel"),
];
