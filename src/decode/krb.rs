//! Kerberos (print-krb.c): the version, and for Kerberos 4 the message
//! type with the names, lifetimes and lengths tcpdump prints of each.

use super::ctx::{Ctx, Res, Trunc, be16, codes, le16, print_char, u8at};

codes! {
    /// Kerberos 4 message types (the type byte without its byte-order bit).
    TYPE_NAMES: u8 {
        KDC_REQUEST = 1 << 1 => "KDC_REQUEST",
        KDC_REPLY = 2 << 1 => "KDC_REPLY",
        APPL_REQUEST = 3 << 1 => "APPL_REQUEST",
        _ = 4 << 1 => "APPL_REQUEST_MUTUAL",
        ERR_REPLY = 5 << 1 => "ERR_REPLY",
        _ = 6 << 1 => "PRIVATE",
        _ = 7 << 1 => "SAFE",
        _ = 8 << 1 => "APPL_ERR",
        _ = 63 << 1 => "DIE",
    }
}

const ERROR_NAMES: &[(u32, &str)] = &[
    (0, "OK"),
    (1, "NAME_EXP"),
    (2, "SERVICE_EXP"),
    (3, "AUTH_EXP"),
    (4, "PKT_VER"),
    (5, "NAME_MAST_KEY_VER"),
    (6, "SERV_MAST_KEY_VER"),
    (7, "BYTE_ORDER"),
    (8, "PRINCIPAL_UNKNOWN"),
    (9, "PRINCIPAL_NOT_UNIQUE"),
    (10, "NULL_KEY"),
];

/// krb_print: the protocol version; Kerberos 4 goes on to its message.
/// (tcpdump decodes no Kerberos 5.)
pub(crate) fn krb(c: &mut Ctx, b: &[u8]) -> Res {
    c.proto = "krb";
    let pvno = u8at(b, 0)?;
    match pvno {
        1..=4 => {
            c.s_dec(" v", pvno);
            if pvno == 4 {
                krb4(c, b)?;
            }
        }
        106 | 107 => c.s(" v5"),
        _ => {}
    }
    Ok(())
}

/// krb4_print: " be KDC_REQUEST: " and the fields of the four messages
/// tcpdump knows; the low bit of the type byte says little-endian.
fn krb4(c: &mut Ctx, b: &[u8]) -> Res {
    let type_byte = u8at(b, 1)?;
    let little = type_byte & 1 != 0;
    let kind = type_byte & 0xfe;
    c.s(if little { " le " } else { " be " });
    c.tok_or(TYPE_NAMES, kind.into(), "#", "");
    c.s(": ");
    // KTOHSP: a 16-bit field in the sender's byte order.
    let short = |at: usize| if little { le16(b, at) } else { be16(b, at) };
    match kind {
        KDC_REQUEST => {
            // After the principal: the 4-byte time, then the lifetime in
            // units of five minutes, then the service name and instance.
            let at = principal(c, b)?.saturating_add(4);
            let lifetime = u8at(b, at)?;
            c.s_dec(" ", u32::from(lifetime) * 5);
            c.s("min ");
            let at = string(c, b, at.saturating_add(1))?;
            c.s(".");
            string(c, b, at)?;
        }
        APPL_REQUEST => {
            let version = u8at(b, 2)?;
            c.s_dec("v", version);
            c.s(" ");
            let at = string(c, b, 3)?;
            for i in 0..2 {
                let number = u8at(b, at.saturating_add(i))?;
                c.s_dec(" (", number);
                c.s(")");
            }
        }
        KDC_REPLY => {
            // Time stamp, count, expiry and key version come before the
            // length of the ticket.
            let at = principal(c, b)?.saturating_add(10);
            let len = short(at)?;
            c.s_dec(" (", len);
            c.s(")");
        }
        ERR_REPLY => {
            let at = principal(c, b)?.saturating_add(4);
            let code = short(at)?;
            c.s(" ");
            c.tok_or(ERROR_NAMES, code.into(), "#", "");
            c.s(" ");
            string(c, b, at.saturating_add(4))?;
        }
        _ => c.s("(unknown)"),
    }
    Ok(())
}

/// krb4_print_hdr: the principal after the two header bytes as
/// name.instance@realm; the offset after it.
fn principal(c: &mut Ctx, b: &[u8]) -> Res<usize> {
    let at = string(c, b, 2)?;
    c.s(".");
    let at = string(c, b, at)?;
    c.s("@");
    string(c, b, at)
}

/// c_print: a NUL-terminated string, escaped; the offset after its NUL.
/// A string that runs to the end of the capture is a truncation.
fn string(c: &mut Ctx, b: &[u8], from: usize) -> Res<usize> {
    let text = b.get(from..).unwrap_or_default();
    for (i, &ch) in text.iter().enumerate() {
        if ch == 0 {
            return Ok(from + i + 1);
        }
        print_char(c, ch);
    }
    Err(Trunc)
}
