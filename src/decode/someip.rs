//! SOME/IP, AUTOSAR's service protocol (print-someip.c): the 16-byte
//! header on one line.

use super::ctx::{Ctx, Res, be16, be32, u8at};

const MESSAGE_TYPES: &[(u32, &str)] = &[
    (0x00, "REQUEST"),
    (0x01, "REQUEST_NO_RETURN"),
    (0x02, "NOTIFICATION"),
    (0x80, "RESPONSE"),
    (0x81, "ERROR"),
    (0x20, "TP_REQUEST"),
    (0x21, "TP_REQUEST_NO_RETURN"),
    (0x22, "TP_NOTIFICATION"),
    (0xa0, "TP_RESPONSE"),
    (0xa1, "TP_ERROR"),
];

const RETURN_CODES: [&str; 16] = [
    "E_OK",
    "E_NOT_OK",
    "E_UNKNOWN_SERVICE",
    "E_UNKNOWN_METHOD",
    "E_NOT_READY",
    "E_NOT_REACHABLE",
    "E_TIMEOUT",
    "E_WRONG_PROTOCOL_VERSION",
    "E_WRONG_INTERFACE_VERSION",
    "E_MALFORMED_MESSAGE",
    "E_WRONG_MESSAGE_TYPE",
    "E_E2E_REPEATED",
    "E_E2E_WRONG_SEQUENCE",
    "E_E2E",
    "E_E2E_NOT_AVAILABLE",
    "E_E2E_NO_NEW_DATA",
];

/// someip_print. Each field is printed as it is read, so a cut header
/// stops after the last whole field; tcpdump ends the header with a
/// newline of its own (an empty line follows).
pub(crate) fn someip(c: &mut Ctx, b: &[u8], len: usize) -> Res {
    c.proto = "someip";
    c.s("SOMEIP");
    if len < 16 {
        c.invalid();
        return Ok(());
    }
    let (service, method) = (be16(b, 0)?, be16(b, 2)?);
    c.s_dec(", service ", service);
    c.s(if method & 0x8000 != 0 {
        ", event "
    } else {
        ", method "
    });
    c.dec(method & 0x7fff);
    let message_len = be32(b, 4)?;
    c.s_dec(", len ", message_len);
    let (client, session) = (be16(b, 8)?, be16(b, 10)?);
    c.s_dec(", client ", client);
    c.s_dec(", session ", session);
    let pver = u8at(b, 12)?;
    c.s_dec(", pver ", pver);
    let iver = u8at(b, 13)?;
    c.s_dec(", iver ", iver);
    let message_type = u8at(b, 14)?;
    c.s(", msgtype ");
    c.tok(MESSAGE_TYPES, u32::from(message_type), "Unknown");
    let code = u8at(b, 15)?;
    c.s(", retcode ");
    c.s(RETURN_CODES
        .get(usize::from(code))
        .copied()
        .unwrap_or("Unknown"));
    c.s("\n");
    Ok(())
}
