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
    c.s_dec(" v", version);
    c.s_dec(", len ", eap_len);
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
    c.s_dec(", len ", len as u64);
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
