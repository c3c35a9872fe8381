//! The RPKI-to-router protocol (print-rpki-rtr.c, RFC 6810) on TCP port
//! 323: without -v one word, with -v every PDU, an Error Report with the
//! PDU it quotes decoded one level deep.

use super::ctx::{Ctx, Res, Trunc, be16, be32, bytes, codes, print_char, tcheck, u8at};
use super::out::Emit;

/// The common header: version, type, session ID or error code, length.
const HEADER_LEN: u32 = 8;
const IPV4_PREFIX_LEN: u32 = HEADER_LEN + 12;
const IPV6_PREFIX_LEN: u32 = HEADER_LEN + 24;

codes! {
    /// rpki_rtr_pdu_values: the PDU types.
    PDU_NAMES: u8 {
        SERIAL_NOTIFY = 0 => "Serial Notify",
        SERIAL_QUERY = 1 => "Serial Query",
        RESET_QUERY = 2 => "Reset Query",
        CACHE_RESPONSE = 3 => "Cache Response",
        IPV4_PREFIX = 4 => "IPV4 Prefix",
        IPV6_PREFIX = 6 => "IPV6 Prefix",
        END_OF_DATA = 7 => "End of Data",
        CACHE_RESET = 8 => "Cache Reset",
        ERROR_REPORT = 10 => "Error Report",
    }
}

const ERROR_CODES: &[(u32, &str)] = &[
    (0, "Corrupt Data"),
    (1, "Internal Error"),
    (2, "No Data Available"),
    (3, "Invalid Request"),
    (4, "Unsupported Protocol Version"),
    (5, "Unsupported PDU Type"),
    (6, "Withdrawal of Unknown Record"),
    (7, "Duplicate Announcement Received"),
];

/// rpki_rtr_print.
pub(crate) fn rpki_rtr(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "rpki_rtr";
    if c.o.verbose == 0 {
        c.s(", RPKI-RTR");
        return Ok(());
    }
    let mut len = u32::try_from(length).unwrap_or(u32::MAX);
    let mut at = 0usize;
    while len > 0 {
        // Each PDU takes at least its header or the rest, so this ends.
        let used = pdu(c, b, at, len, true, 8)?;
        len -= used;
        at = at.saturating_add(used as usize);
    }
    Ok(())
}

/// tcpdump's indent_string: a newline, a tab per eight columns, spaces
/// for the rest.
fn indent(c: &mut Ctx, columns: u32) {
    c.s("\n");
    for _ in 0..columns / 8 {
        c.s("\t");
    }
    for _ in 0..columns % 8 {
        c.s(" ");
    }
}

/// rpki_rtr_pdu_print: the PDU at `at` in the `len` bytes left; returns
/// the bytes it takes (all of `len` when it cannot tell). `recurse` lets
/// an Error Report decode the PDU it quotes.
fn pdu(c: &mut Ctx, b: &[u8], at: usize, len: u32, recurse: bool, columns: u32) -> Res<u32> {
    let version = u8at(b, at)?;
    if version != 0 {
        // A later version's PDU cannot be skipped safely: give up on the rest.
        indent(c, 8);
        c.s_dec("RPKI-RTRv", version);
        c.s(" (unknown)");
        return Ok(len);
    }
    if len < HEADER_LEN {
        c.s_dec("(", len);
        c.s(" bytes is too few to decode)");
        return invalid(c, b, at, len);
    }
    tcheck(b, at, HEADER_LEN as usize)?;
    let pdu_type = u8at(b, at + 1)?;
    let session = be16(b, at + 2)?;
    let pdu_len = be32(b, at + 4)?;
    indent(c, 8);
    c.s_dec("RPKI-RTRv", version);
    c.s(", ");
    c.tok(PDU_NAMES, u32::from(pdu_type), "Unknown");
    c.s_dec(" PDU (", pdu_type);
    c.s_dec("), length: ", pdu_len);
    if pdu_len < HEADER_LEN || pdu_len > len {
        return invalid(c, b, at, len);
    }
    let body = at + HEADER_LEN as usize;
    let mut unknown = false;
    match pdu_type {
        SERIAL_NOTIFY | SERIAL_QUERY | END_OF_DATA => {
            if pdu_len != HEADER_LEN + 4 {
                return invalid(c, b, at, len);
            }
            let serial = be32(b, body)?;
            indent(c, columns + 2);
            session_id(c, session);
            c.s_dec(", Serial: ", serial);
        }
        RESET_QUERY | CACHE_RESET => {
            if pdu_len != HEADER_LEN {
                return invalid(c, b, at, len);
            }
        }
        CACHE_RESPONSE => {
            if pdu_len != HEADER_LEN {
                return invalid(c, b, at, len);
            }
            indent(c, columns + 2);
            session_id(c, session);
        }
        IPV4_PREFIX | IPV6_PREFIX => {
            let (want, size, name) = if pdu_type == IPV4_PREFIX {
                (IPV4_PREFIX_LEN, 4, "IPv4 Prefix ")
            } else {
                (IPV6_PREFIX_LEN, 16, "IPv6 Prefix ")
            };
            if pdu_len != want {
                return invalid(c, b, at, len);
            }
            // tcpdump reads every field before printing the line.
            let prefix = bytes(b, body + 4, size)?;
            let (flags, plen, max) = (u8at(b, body)?, u8at(b, body + 1)?, u8at(b, body + 2)?);
            let origin = be32(b, body + 4 + size)?;
            indent(c, columns + 2);
            c.s(name);
            if size == 4 {
                c.ip4(prefix)
            } else {
                c.ip6(prefix)
            }
            c.dec_fields(&[
                ("/", plen.into()),
                ("-", max.into()),
                (", origin-as ", origin.into()),
            ]);
            c.s(", flags 0x");
            c.out.hex0(u64::from(flags), 2);
        }
        ERROR_REPORT => {
            if !error_report(c, b, at, pdu_len, session, recurse, columns)? {
                return invalid(c, b, at, len);
            }
        }
        _ => {
            tcheck(b, at, pdu_len as usize)?;
            unknown = true;
        }
    }
    if c.o.verbose > 1 || unknown {
        c.unknown_data(b, at, "\n\t  ", pdu_len as usize);
    }
    Ok(pdu_len)
}

fn session_id(c: &mut Ctx, session: u16) {
    c.s("Session ID: 0x");
    c.out.hex0(u64::from(session), 4);
}

/// The " (invalid)" exit: the rest must have been captured, and is taken.
fn invalid(c: &mut Ctx, b: &[u8], at: usize, len: u32) -> Res<u32> {
    c.invalid();
    tcheck(b, at, len as usize)?;
    Ok(len)
}

/// The Error Report's body; Ok(false) when its lengths do not fit the
/// PDU. Lengths add as tcpdump's 32-bit unsigned ones do, wrapping.
fn error_report(
    c: &mut Ctx,
    b: &[u8],
    at: usize,
    pdu_len: u32,
    code: u16,
    recurse: bool,
    columns: u32,
) -> Res<bool> {
    let mut tlen = HEADER_LEN;
    if pdu_len < tlen + 4 {
        return Ok(false);
    }
    tcheck(b, at, (tlen + 4) as usize)?;
    let quoted_len = be32(b, at + tlen as usize)?;
    tlen += 4;
    indent(c, columns + 2);
    c.s("Error code: ");
    c.tok_num(ERROR_CODES, u32::from(code), "Unknown");
    c.s_dec(", Encapsulated PDU length: ", quoted_len);
    if quoted_len != 0 {
        if pdu_len < tlen.wrapping_add(quoted_len) {
            return Ok(false);
        }
        if recurse {
            indent(c, columns + 4);
            c.s("-----encapsulated PDU-----");
            pdu(c, b, at + tlen as usize, quoted_len, false, columns + 2)?;
        } else {
            tcheck(b, at, tlen.wrapping_add(quoted_len) as usize)?;
        }
        tlen = tlen.wrapping_add(quoted_len);
    }
    if pdu_len < tlen.wrapping_add(4) {
        return Ok(false);
    }
    tcheck(b, at, tlen.wrapping_add(4) as usize)?;
    let text_len = be32(b, at + tlen as usize)?;
    tlen = tlen.wrapping_add(4);
    if text_len != 0 {
        if pdu_len < tlen.wrapping_add(text_len) {
            return Ok(false);
        }
        indent(c, columns + 2);
        c.s("Error text: ");
        // nd_printn: each character, until the capture ends.
        let start = at + tlen as usize;
        for i in 0..text_len as usize {
            let ch = b.get(start + i).copied().ok_or(Trunc)?;
            print_char(c, ch);
        }
    }
    Ok(true)
}
