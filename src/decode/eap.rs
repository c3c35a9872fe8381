//! EAPOL (IEEE 802.1X, ethertype 0x888e) and the EAP packet it carries
//! (print-eap.c, RFC 3748): the EAPOL header on one line, and with -v an
//! EAP request, response, success or failure with the method fields
//! tcpdump 4.99.3 decodes (identity, notification, NAK, TLS/TTLS/FAST
//! flags, SIM/AKA subtype). tcpdump 4.99.3 prints nothing of an EAPOL key
//! frame beyond its header, so neither does afsniff.

use super::ctx::{Ctx, Res, Trunc, be16, be32, codes, tcheck, u8at};
use super::out::Emit;

codes! {
    /// eap_frame_type_values: the EAPOL packet types.
    FRAME_TYPES: u8 {
        FRAME_EAP_PACKET = 0 => "EAP packet",
        _ = 1 => "EAPOL start",
        _ = 2 => "EAPOL logoff",
        _ = 3 => "EAPOL key",
        _ = 4 => "Encapsulated ASF alert",
    }
}

codes! {
    /// eap_code_values.
    CODES: u8 {
        REQUEST = 1 => "Request",
        RESPONSE = 2 => "Response",
        _ = 3 => "Success",
        _ = 4 => "Failure",
    }
}

codes! {
    /// eap_type_values: the method of a request or response.
    TYPES: u8 {
        _ = 0 => "No proposed",
        TYPE_IDENTITY = 1 => "Identity",
        TYPE_NOTIFICATION = 2 => "Notification",
        TYPE_NAK = 3 => "Nak",
        _ = 4 => "MD5-challenge",
        _ = 5 => "OTP",
        _ = 6 => "GTC",
        TYPE_TLS = 13 => "TLS",
        TYPE_SIM = 18 => "SIM",
        TYPE_TTLS = 21 => "TTLS",
        TYPE_AKA = 23 => "AKA",
        TYPE_FAST = 43 => "FAST",
        _ = 254 => "Expanded types",
        _ = 255 => "Experimental",
    }
}

codes! {
    /// The TLS flags octet (RFC 5216), shared by TTLS and FAST; after the
    /// L bit a four-octet TLS message length follows the flags.
    TLS_FLAGS: u8 {
        TLS_LENGTH_INCLUDED = 0x80 => "L bit",
        _ = 0x40 => "More fragments bit",
        _ = 0x20 => "Start bit",
    }
}

/// eap_aka_subtype_values (RFC 4186, RFC 4187).
const SIM_AKA_SUBTYPES: &[(u32, &str)] = &[
    (1, "Challenge"),
    (2, "Auth reject"),
    (4, "Sync failure"),
    (5, "Identity"),
    (10, "Start"),
    (11, "Challenge"),
    (12, "Notification"),
    (13, "Reauth"),
    (14, "Client error"),
];

/// eapol_print: version, type and length of the EAPOL header; with -v
/// the EAP packet of an "EAP packet" frame. tcpdump passes no length
/// here, so only the captured bytes bound the frame.
pub(crate) fn eapol(c: &mut Ctx, b: &[u8]) -> Res {
    c.proto = "eap";
    tcheck(b, 0, 4)?;
    let (version, frame_type) = (u8at(b, 0)?, u8at(b, 1)?);
    let eap_len = be16(b, 2)?;
    c.tok_num(FRAME_TYPES, u32::from(frame_type), "unknown");
    c.s(" v");
    c.dec(version);
    c.s(", len ");
    c.dec(eap_len);
    if c.o.verbose == 0 || frame_type != FRAME_EAP_PACKET {
        return Ok(());
    }
    // An EAP packet cannot be empty: tcpdump reports the frame truncated.
    if eap_len == 0 {
        return Err(Trunc);
    }
    c.s(", ");
    eap(c, b.get(4..).unwrap_or_default(), eap_len.into())
}

/// eap_print: an EAP packet of `length` bytes (the length its carrier
/// gives); a packet whose own length differs is taken for a fragment.
pub(crate) fn eap(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    let code = u8at(b, 0)?;
    let len = usize::from(be16(b, 2)?);
    if len != length {
        c.s("EAP fragment?");
        return Ok(());
    }
    c.tok_num(CODES, u32::from(code), "unknown");
    c.s(", id ");
    c.dec(u8at(b, 1)?);
    c.s(", len ");
    c.dec(len as u64);
    if len < 4 {
        return too_short(c, "header");
    }
    tcheck(b, 0, len)?;
    if code != REQUEST && code != RESPONSE {
        return Ok(());
    }
    if len < 5 {
        return too_short(c, "request/response");
    }
    let method = u8at(b, 4)?;
    c.s("\n\t\t Type ");
    c.tok_num(TYPES, u32::from(method), "unknown");
    match method {
        // RFC 3748 makes the identity optional, the notification not.
        TYPE_IDENTITY if len > 5 => {
            c.s(", Identity: ");
            c.printjnp(b, 5, len - 5)?;
        }
        TYPE_NOTIFICATION if len < 6 => return too_short(c, "Notification request/response"),
        TYPE_NOTIFICATION => {
            c.s(", Notification: ");
            c.printjnp(b, 5, len - 5)?;
        }
        TYPE_NAK if len < 6 => return too_short(c, "Legacy NAK request/response"),
        TYPE_NAK => {
            // The types the peer would accept, one octet each.
            for i in 5..len {
                c.s(if i == 5 { " " } else { ", " });
                c.tok_num(TYPES, u32::from(u8at(b, i)?), "unknown");
            }
        }
        TYPE_TLS => tls(c, b, len, "TLS/TTLS", None)?,
        TYPE_TTLS => tls(c, b, len, "TLS/TTLS", Some(" TTLSv"))?,
        TYPE_FAST => tls(c, b, len, "FAST", Some(" FASTv"))?,
        TYPE_SIM | TYPE_AKA if len < 6 => return too_short(c, "SIM/AKA request/response"),
        TYPE_SIM | TYPE_AKA => {
            let subtype = u8at(b, 5)?;
            c.s(" subtype [");
            c.tok(SIM_AKA_SUBTYPES, subtype.into(), "unknown");
            c.s("] 0x");
            c.out.hex0(subtype.into(), 2);
        }
        _ => {}
    }
    Ok(())
}

/// The flags octet of EAP-TLS, -TTLS and -FAST (the last two with their
/// version, `version_label` then the low three bits), and the TLS
/// message length when the L bit is set; `what` names the method in the
/// too-short notes.
fn tls(c: &mut Ctx, b: &[u8], len: usize, what: &str, version_label: Option<&str>) -> Res {
    if len < 6 {
        return too_short(c, &format!("{what} request/response"));
    }
    let flags = u8at(b, 5)?;
    if let Some(label) = version_label {
        c.s(label);
        c.dec(flags & 0x07);
    }
    c.s(" flags [");
    c.flag_names(flags.into(), TLS_FLAGS);
    c.s("] 0x");
    c.out.hex0(flags.into(), 2);
    if flags & TLS_LENGTH_INCLUDED != 0 {
        if len < 10 {
            return too_short(c, &format!("{what} request/response with length"));
        }
        c.s(", len ");
        c.dec(be32(b, 6)?);
    }
    Ok(())
}

/// tcpdump's note on a packet too short for what its fields announce;
/// the packet's printing ends there.
fn too_short(c: &mut Ctx, what: &str) -> Res {
    c.s(" (too short for EAP ");
    c.s(what);
    c.s(")");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::tests::{golden_levels, never_panics, numeric, numeric_e};
    use crate::link::LinkType;

    /// Every EAPOL type, every EAP code, each method tcpdump decodes with
    /// its too-short notes, fragments, and the identity response and a
    /// TLS frame cut at several points: tcpdump 4.99.3 -t -n, -v and -e -v.
    #[test]
    fn eapol_and_eap() {
        golden_levels(
            LinkType::Ethernet,
            &[
                ("0180c2000003020000000001888e01010000", 0),
                (
                    "0180c2000003020000000001888e01010000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                    0,
                ),
                ("0180c2000003020000000001888e02020000", 0),
                (
                    "0180c2000003020000000001888e0103000d02008a00100000000000000001",
                    0,
                ),
                ("0180c2000003020000000001888e01040000", 0),
                ("0180c2000003020000000001888e03090000", 0),
                ("0180c2000003020000000001888e010000050101000501", 0),
                (
                    "0180c2000003020000000001888e01000015020100150175736572406578616d706c652e6f7267",
                    0,
                ),
                (
                    "0180c2000003020000000001888e0100000a0202000a016162006364",
                    0,
                ),
                ("0180c2000003020000000001888e0100000902030009016107e962", 0),
                (
                    "0180c2000003020000000001888e010000120104001202506c65617365206c6f6720696e",
                    0,
                ),
                ("0180c2000003020000000001888e010000050105000502", 0),
                ("0180c2000003020000000001888e0100000902060009030d152b63", 0),
                ("0180c2000003020000000001888e010000050207000503", 0),
                (
                    "0180c2000003020000000001888e0100001601080016041000000000000000000000000000000000",
                    0,
                ),
                ("0180c2000003020000000001888e01000006010900060d20", 0),
                (
                    "0180c2000003020000000001888e01000012010a00120dc0000004000000000000000000",
                    0,
                ),
                ("0180c2000003020000000001888e01000007010b00070d8000", 0),
                ("0180c2000003020000000001888e01000005010c00050d", 0),
                ("0180c2000003020000000001888e01000006020d00060d00", 0),
                ("0180c2000003020000000001888e01000006010e00061521", 0),
                (
                    "0180c2000003020000000001888e0100000a020f000a158000001000",
                    0,
                ),
                (
                    "0180c2000003020000000001888e0100000a0110000a2ba100001000",
                    0,
                ),
                ("0180c2000003020000000001888e01000006011100062b81", 0),
                ("0180c2000003020000000001888e01000005011200052b", 0),
                ("0180c2000003020000000001888e0100000801130008120a0000", 0),
                ("0180c2000003020000000001888e010000080214000817010000", 0),
                ("0180c2000003020000000001888e01000006021500061763", 0),
                ("0180c2000003020000000001888e010000050216000517", 0),
                ("0180c2000003020000000001888e0100000801170008fe000000", 0),
                ("0180c2000003020000000001888e010000050118000563", 0),
                ("0180c2000003020000000001888e0100000403190004", 0),
                ("0180c2000003020000000001888e01000004041a0004", 0),
                ("0180c2000003020000000001888e01000006071b00067879", 0),
                ("0180c2000003020000000001888e01000004011c0004", 0),
                ("0180c2000003020000000001888e01000004011d0002", 0),
                ("0180c2000003020000000001888e01000008011e000501616263", 0),
                ("0180c2000003020000000001888e01000000", 0),
                ("0180c2000003020000000001888e0100000201200002", 0),
                (
                    "0180c2000003020000000001888e0100001e021f00150175736572406578616d706c652e6f7267",
                    0,
                ),
                (
                    "0180c2000003020000000001888e01000015020100150175736572406578616d706c652e6f7267",
                    15,
                ),
                (
                    "0180c2000003020000000001888e01000015020100150175736572406578616d706c652e6f7267",
                    17,
                ),
                (
                    "0180c2000003020000000001888e01000015020100150175736572406578616d706c652e6f7267",
                    18,
                ),
                (
                    "0180c2000003020000000001888e01000015020100150175736572406578616d706c652e6f7267",
                    19,
                ),
                (
                    "0180c2000003020000000001888e01000015020100150175736572406578616d706c652e6f7267",
                    21,
                ),
                (
                    "0180c2000003020000000001888e01000015020100150175736572406578616d706c652e6f7267",
                    22,
                ),
                (
                    "0180c2000003020000000001888e01000015020100150175736572406578616d706c652e6f7267",
                    23,
                ),
                (
                    "0180c2000003020000000001888e01000015020100150175736572406578616d706c652e6f7267",
                    26,
                ),
                (
                    "0180c2000003020000000001888e01000012010a00120dc0000004000000000000000000",
                    24,
                ),
                (
                    "0180c2000003020000000001888e01000012010a00120dc0000004000000000000000000",
                    27,
                ),
                ("0180c2000003020000000001888e0100000902060009030d152b63", 24),
                ("0180c2000003020000000001888e0100000801130008120a0000", 23),
            ],
            &[
                (
                    numeric(0),
                    &[
                        "EAPOL start (1) v1, len 0",
                        "EAPOL start (1) v1, len 0",
                        "EAPOL logoff (2) v2, len 0",
                        "EAPOL key (3) v1, len 13",
                        "Encapsulated ASF alert (4) v1, len 0",
                        "unknown (9) v3, len 0",
                        "EAP packet (0) v1, len 5",
                        "EAP packet (0) v1, len 21",
                        "EAP packet (0) v1, len 10",
                        "EAP packet (0) v1, len 9",
                        "EAP packet (0) v1, len 18",
                        "EAP packet (0) v1, len 5",
                        "EAP packet (0) v1, len 9",
                        "EAP packet (0) v1, len 5",
                        "EAP packet (0) v1, len 22",
                        "EAP packet (0) v1, len 6",
                        "EAP packet (0) v1, len 18",
                        "EAP packet (0) v1, len 7",
                        "EAP packet (0) v1, len 5",
                        "EAP packet (0) v1, len 6",
                        "EAP packet (0) v1, len 6",
                        "EAP packet (0) v1, len 10",
                        "EAP packet (0) v1, len 10",
                        "EAP packet (0) v1, len 6",
                        "EAP packet (0) v1, len 5",
                        "EAP packet (0) v1, len 8",
                        "EAP packet (0) v1, len 8",
                        "EAP packet (0) v1, len 6",
                        "EAP packet (0) v1, len 5",
                        "EAP packet (0) v1, len 8",
                        "EAP packet (0) v1, len 5",
                        "EAP packet (0) v1, len 4",
                        "EAP packet (0) v1, len 4",
                        "EAP packet (0) v1, len 6",
                        "EAP packet (0) v1, len 4",
                        "EAP packet (0) v1, len 4",
                        "EAP packet (0) v1, len 8",
                        "EAP packet (0) v1, len 0",
                        "EAP packet (0) v1, len 2",
                        "EAP packet (0) v1, len 30",
                        " [|eap]",
                        " [|eap]",
                        "EAP packet (0) v1, len 21",
                        "EAP packet (0) v1, len 21",
                        "EAP packet (0) v1, len 21",
                        "EAP packet (0) v1, len 21",
                        "EAP packet (0) v1, len 21",
                        "EAP packet (0) v1, len 21",
                        "EAP packet (0) v1, len 18",
                        "EAP packet (0) v1, len 18",
                        "EAP packet (0) v1, len 9",
                        "EAP packet (0) v1, len 8",
                    ],
                ),
                (
                    numeric(1),
                    &[
                        "EAPOL start (1) v1, len 0",
                        "EAPOL start (1) v1, len 0",
                        "EAPOL logoff (2) v2, len 0",
                        "EAPOL key (3) v1, len 13",
                        "Encapsulated ASF alert (4) v1, len 0",
                        "unknown (9) v3, len 0",
                        "EAP packet (0) v1, len 5, Request (1), id 1, len 5\n\t\t Type Identity (1)",
                        "EAP packet (0) v1, len 21, Response (2), id 1, len 21\n\t\t Type Identity (1), Identity: user@example.org",
                        "EAP packet (0) v1, len 10, Response (2), id 2, len 10\n\t\t Type Identity (1), Identity: ab",
                        "EAP packet (0) v1, len 9, Response (2), id 3, len 9\n\t\t Type Identity (1), Identity: a^GM-ib",
                        "EAP packet (0) v1, len 18, Request (1), id 4, len 18\n\t\t Type Notification (2), Notification: Please log in",
                        "EAP packet (0) v1, len 5, Request (1), id 5, len 5\n\t\t Type Notification (2) (too short for EAP Notification request/response)",
                        "EAP packet (0) v1, len 9, Response (2), id 6, len 9\n\t\t Type Nak (3) TLS (13), TTLS (21), FAST (43), unknown (99)",
                        "EAP packet (0) v1, len 5, Response (2), id 7, len 5\n\t\t Type Nak (3) (too short for EAP Legacy NAK request/response)",
                        "EAP packet (0) v1, len 22, Request (1), id 8, len 22\n\t\t Type MD5-challenge (4)",
                        "EAP packet (0) v1, len 6, Request (1), id 9, len 6\n\t\t Type TLS (13) flags [Start bit] 0x20",
                        "EAP packet (0) v1, len 18, Request (1), id 10, len 18\n\t\t Type TLS (13) flags [L bit, More fragments bit] 0xc0, len 1024",
                        "EAP packet (0) v1, len 7, Request (1), id 11, len 7\n\t\t Type TLS (13) flags [L bit] 0x80 (too short for EAP TLS/TTLS request/response with length)",
                        "EAP packet (0) v1, len 5, Request (1), id 12, len 5\n\t\t Type TLS (13) (too short for EAP TLS/TTLS request/response)",
                        "EAP packet (0) v1, len 6, Response (2), id 13, len 6\n\t\t Type TLS (13) flags [none] 0x00",
                        "EAP packet (0) v1, len 6, Request (1), id 14, len 6\n\t\t Type TTLS (21) TTLSv1 flags [Start bit] 0x21",
                        "EAP packet (0) v1, len 10, Response (2), id 15, len 10\n\t\t Type TTLS (21) TTLSv0 flags [L bit] 0x80, len 4096",
                        "EAP packet (0) v1, len 10, Request (1), id 16, len 10\n\t\t Type FAST (43) FASTv1 flags [L bit, Start bit] 0xa1, len 4096",
                        "EAP packet (0) v1, len 6, Request (1), id 17, len 6\n\t\t Type FAST (43) FASTv1 flags [L bit] 0x81 (too short for EAP FAST request/response with length)",
                        "EAP packet (0) v1, len 5, Request (1), id 18, len 5\n\t\t Type FAST (43) (too short for EAP FAST request/response)",
                        "EAP packet (0) v1, len 8, Request (1), id 19, len 8\n\t\t Type SIM (18) subtype [Start] 0x0a",
                        "EAP packet (0) v1, len 8, Response (2), id 20, len 8\n\t\t Type AKA (23) subtype [Challenge] 0x01",
                        "EAP packet (0) v1, len 6, Response (2), id 21, len 6\n\t\t Type AKA (23) subtype [unknown] 0x63",
                        "EAP packet (0) v1, len 5, Response (2), id 22, len 5\n\t\t Type AKA (23) (too short for EAP SIM/AKA request/response)",
                        "EAP packet (0) v1, len 8, Request (1), id 23, len 8\n\t\t Type Expanded types (254)",
                        "EAP packet (0) v1, len 5, Request (1), id 24, len 5\n\t\t Type unknown (99)",
                        "EAP packet (0) v1, len 4, Success (3), id 25, len 4",
                        "EAP packet (0) v1, len 4, Failure (4), id 26, len 4",
                        "EAP packet (0) v1, len 6, unknown (7), id 27, len 6",
                        "EAP packet (0) v1, len 4, Request (1), id 28, len 4 (too short for EAP request/response)",
                        "EAP packet (0) v1, len 4, EAP fragment?",
                        "EAP packet (0) v1, len 8, EAP fragment?",
                        "EAP packet (0) v1, len 0 [|eap]",
                        "EAP packet (0) v1, len 2, Request (1), id 32, len 2 (too short for EAP header)",
                        "EAP packet (0) v1, len 30, EAP fragment?",
                        " [|eap]",
                        " [|eap]",
                        "EAP packet (0) v1, len 21,  [|eap]",
                        "EAP packet (0) v1, len 21,  [|eap]",
                        "EAP packet (0) v1, len 21,  [|eap]",
                        "EAP packet (0) v1, len 21, Response (2), id 1, len 21 [|eap]",
                        "EAP packet (0) v1, len 21, Response (2), id 1, len 21 [|eap]",
                        "EAP packet (0) v1, len 21, Response (2), id 1, len 21 [|eap]",
                        "EAP packet (0) v1, len 18, Request (1), id 10, len 18 [|eap]",
                        "EAP packet (0) v1, len 18, Request (1), id 10, len 18 [|eap]",
                        "EAP packet (0) v1, len 9, Response (2), id 6, len 9 [|eap]",
                        "EAP packet (0) v1, len 8, Request (1), id 19, len 8 [|eap]",
                    ],
                ),
                (
                    numeric_e(1),
                    &[
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 18: EAPOL start (1) v1, len 0",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 60: EAPOL start (1) v1, len 0",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 18: EAPOL logoff (2) v2, len 0",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 31: EAPOL key (3) v1, len 13",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 18: Encapsulated ASF alert (4) v1, len 0",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 18: unknown (9) v3, len 0",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 23: EAP packet (0) v1, len 5, Request (1), id 1, len 5\n\t\t Type Identity (1)",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 39: EAP packet (0) v1, len 21, Response (2), id 1, len 21\n\t\t Type Identity (1), Identity: user@example.org",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 28: EAP packet (0) v1, len 10, Response (2), id 2, len 10\n\t\t Type Identity (1), Identity: ab",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 27: EAP packet (0) v1, len 9, Response (2), id 3, len 9\n\t\t Type Identity (1), Identity: a^GM-ib",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 36: EAP packet (0) v1, len 18, Request (1), id 4, len 18\n\t\t Type Notification (2), Notification: Please log in",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 23: EAP packet (0) v1, len 5, Request (1), id 5, len 5\n\t\t Type Notification (2) (too short for EAP Notification request/response)",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 27: EAP packet (0) v1, len 9, Response (2), id 6, len 9\n\t\t Type Nak (3) TLS (13), TTLS (21), FAST (43), unknown (99)",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 23: EAP packet (0) v1, len 5, Response (2), id 7, len 5\n\t\t Type Nak (3) (too short for EAP Legacy NAK request/response)",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 40: EAP packet (0) v1, len 22, Request (1), id 8, len 22\n\t\t Type MD5-challenge (4)",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 24: EAP packet (0) v1, len 6, Request (1), id 9, len 6\n\t\t Type TLS (13) flags [Start bit] 0x20",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 36: EAP packet (0) v1, len 18, Request (1), id 10, len 18\n\t\t Type TLS (13) flags [L bit, More fragments bit] 0xc0, len 1024",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 25: EAP packet (0) v1, len 7, Request (1), id 11, len 7\n\t\t Type TLS (13) flags [L bit] 0x80 (too short for EAP TLS/TTLS request/response with length)",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 23: EAP packet (0) v1, len 5, Request (1), id 12, len 5\n\t\t Type TLS (13) (too short for EAP TLS/TTLS request/response)",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 24: EAP packet (0) v1, len 6, Response (2), id 13, len 6\n\t\t Type TLS (13) flags [none] 0x00",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 24: EAP packet (0) v1, len 6, Request (1), id 14, len 6\n\t\t Type TTLS (21) TTLSv1 flags [Start bit] 0x21",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 28: EAP packet (0) v1, len 10, Response (2), id 15, len 10\n\t\t Type TTLS (21) TTLSv0 flags [L bit] 0x80, len 4096",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 28: EAP packet (0) v1, len 10, Request (1), id 16, len 10\n\t\t Type FAST (43) FASTv1 flags [L bit, Start bit] 0xa1, len 4096",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 24: EAP packet (0) v1, len 6, Request (1), id 17, len 6\n\t\t Type FAST (43) FASTv1 flags [L bit] 0x81 (too short for EAP FAST request/response with length)",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 23: EAP packet (0) v1, len 5, Request (1), id 18, len 5\n\t\t Type FAST (43) (too short for EAP FAST request/response)",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 26: EAP packet (0) v1, len 8, Request (1), id 19, len 8\n\t\t Type SIM (18) subtype [Start] 0x0a",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 26: EAP packet (0) v1, len 8, Response (2), id 20, len 8\n\t\t Type AKA (23) subtype [Challenge] 0x01",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 24: EAP packet (0) v1, len 6, Response (2), id 21, len 6\n\t\t Type AKA (23) subtype [unknown] 0x63",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 23: EAP packet (0) v1, len 5, Response (2), id 22, len 5\n\t\t Type AKA (23) (too short for EAP SIM/AKA request/response)",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 26: EAP packet (0) v1, len 8, Request (1), id 23, len 8\n\t\t Type Expanded types (254)",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 23: EAP packet (0) v1, len 5, Request (1), id 24, len 5\n\t\t Type unknown (99)",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 22: EAP packet (0) v1, len 4, Success (3), id 25, len 4",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 22: EAP packet (0) v1, len 4, Failure (4), id 26, len 4",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 24: EAP packet (0) v1, len 6, unknown (7), id 27, len 6",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 22: EAP packet (0) v1, len 4, Request (1), id 28, len 4 (too short for EAP request/response)",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 22: EAP packet (0) v1, len 4, EAP fragment?",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 26: EAP packet (0) v1, len 8, EAP fragment?",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 18: EAP packet (0) v1, len 0 [|eap]",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 22: EAP packet (0) v1, len 2, Request (1), id 32, len 2 (too short for EAP header)",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 39: EAP packet (0) v1, len 30, EAP fragment?",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 39:  [|eap]",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 39:  [|eap]",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 39: EAP packet (0) v1, len 21,  [|eap]",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 39: EAP packet (0) v1, len 21,  [|eap]",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 39: EAP packet (0) v1, len 21,  [|eap]",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 39: EAP packet (0) v1, len 21, Response (2), id 1, len 21 [|eap]",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 39: EAP packet (0) v1, len 21, Response (2), id 1, len 21 [|eap]",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 39: EAP packet (0) v1, len 21, Response (2), id 1, len 21 [|eap]",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 36: EAP packet (0) v1, len 18, Request (1), id 10, len 18 [|eap]",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 36: EAP packet (0) v1, len 18, Request (1), id 10, len 18 [|eap]",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 27: EAP packet (0) v1, len 9, Response (2), id 6, len 9 [|eap]",
                        "02:00:00:00:00:01 > 01:80:c2:00:00:03, ethertype EAPOL (0x888e), length 26: EAP packet (0) v1, len 8, Request (1), id 19, len 8 [|eap]",
                    ],
                ),
            ],
        );
    }

    /// No panic on any prefix or random change of an EAP request, a TLS
    /// frame with its length and a NAK.
    #[test]
    fn hostile_frames_never_panic() {
        never_panics(
            LinkType::Ethernet,
            &[
                "0180c2000003020000000001888e01000015020100150175736572406578616d706c652e6f7267",
                "0180c2000003020000000001888e01000012010a00120dc0000004000000000000000000",
                "0180c2000003020000000001888e0100000902060009030d152b63",
            ],
        );
    }
}
