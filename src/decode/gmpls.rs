//! GMPLS code points that LMP (and RSVP) print, from tcpdump's gmpls.c:
//! switching capabilities, LSP encodings, the LMP service discovery link
//! and signal types; and the IEEE float bandwidths they carry. Shared
//! tables, not a protocol.

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

/// A bandwidth in bytes per second as an IEEE float, in Mbit/s with three
/// decimals (without the unit), computed in single precision as C does.
pub(crate) fn mbps(raw: u32) -> String {
    float3(f32::from_bits(raw) * 8.0 / 1_000_000.0)
}
