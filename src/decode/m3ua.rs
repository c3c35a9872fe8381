//! M3UA, SS7 MTP3 user adaptation over SCTP (print-m3ua.c, RFC 4666):
//! the message class and type and the parameter list, printed by SCTP
//! with -vv for a DATA chunk of payload protocol 3.

use super::ctx::{Ctx, Res, be16, be32, tcheck};
use super::out::Emit;

/// A tok table: codes and their names.
type Names = &'static [(u32, &'static str)];

/// MessageClasses, with each class's message types (m3ua_msgc2tokary);
/// the two ASP classes share a name.
const CLASSES: &[(u8, &str, Names)] = &[
    (0, "Management", &[(0, "Error"), (1, "Notify")]),
    (1, "Transfer", &[(1, "Data")]),
    (
        2,
        "SS7",
        &[
            (1, "Destination Unavailable"),
            (2, "Destination Available"),
            (3, "Destination State Audit"),
            (4, "Signalling Congestion"),
            (5, "Destination User Part Unavailable"),
            (6, "Destination Restricted"),
        ],
    ),
    (
        3,
        "ASP",
        &[
            (1, "Up"),
            (2, "Down"),
            (3, "Heartbeat"),
            (4, "Up Acknowledgement"),
            (5, "Down Acknowledgement"),
            (6, "Heartbeat Acknowledgement"),
        ],
    ),
    (
        4,
        "ASP",
        &[
            (1, "Active"),
            (2, "Inactive"),
            (3, "Active Acknowledgement"),
            (4, "Inactive Acknowledgement"),
        ],
    ),
    (
        9,
        "Routing Key Management",
        &[
            (1, "Registration Request"),
            (2, "Registration Response"),
            (3, "Deregistration Request"),
            (4, "Deregistration Response"),
        ],
    ),
];

/// ParamName.
const PARAMS: &[(u32, &str)] = &[
    (0x0004, "INFO String"),
    (0x0006, "Routing Context"),
    (0x0007, "Diagnostic Info"),
    (0x0009, "Heartbeat Data"),
    (0x000b, "Traffic Mode Type"),
    (0x000c, "Error Code"),
    (0x000d, "Status"),
    (0x0011, "ASP Identifier"),
    (0x0012, "Affected Point Code"),
    (0x0013, "Correlation ID"),
    (0x0200, "Network Appearance"),
    (0x0204, "User/Cause"),
    (0x0205, "Congestion Indications"),
    (0x0206, "Concerned Destination"),
    (0x0207, "Routing Key"),
    (0x0208, "Registration Result"),
    (0x0209, "Deregistration Result"),
    (0x020a, "Local Routing Key Identifier"),
    (0x020b, "Destination Point Code"),
    (0x020c, "Service Indicators"),
    (0x020e, "Originating Point Code List"),
    (0x0210, "Protocol Data"),
    (0x0212, "Registration Status"),
    (0x0213, "Deregistration Status"),
];

/// The parameters whose value tcpdump prints as one 32-bit number
/// (Network Appearance, Routing Context, Correlation ID).
const NUMBER_PARAMS: [u16; 3] = [0x0200, 0x0006, 0x0013];

/// m3ua_print: the message in the `size` bytes of `b` (its common header
/// included).
pub(crate) fn m3ua(c: &mut Ctx, b: &[u8], size: usize) -> Res {
    c.proto = "m3ua";
    if size < 8 {
        return invalid(c, b, 0, size);
    }
    tcheck(b, 0, 8)?;
    if b[0] != 1 {
        return Ok(());
    }
    let class = b[2];
    let found = CLASSES.iter().find(|&&(k, _, _)| k == class);
    c.s("\n\t\t");
    match found {
        Some(&(_, name, types)) => {
            c.s(name);
            c.s(" ");
            name_or_code(c, types, b[3].into(), "Unknown", 2);
            c.s(" Message");
        }
        None => {
            c.s_dec("Unknown message class ", class);
        }
    }
    let len = be32(b, 4)?;
    if usize::try_from(len).ok() != Some(size) {
        c.s_dec("\n\t\t\t@@@@@@ Corrupted length ", len);
        c.s(" of message @@@@@@");
        return Ok(());
    }
    tags(c, b, 8, size - 8)
}

/// m3ua_tags_print: the parameters in the `size` bytes from `start`.
fn tags(c: &mut Ctx, b: &[u8], start: usize, size: usize) -> Res {
    let mut at = 0usize;
    while at < size {
        if at + 4 > size {
            return invalid(c, b, start, size);
        }
        let p = start + at;
        let tag = be16(b, p)?;
        c.s("\n\t\t\t");
        name_or_code(c, PARAMS, tag.into(), "Unknown Parameter", 4);
        c.s(": ");
        let hdr_len = usize::from(be16(b, p + 2)?);
        if hdr_len < 4 {
            return invalid(c, b, start, size);
        }
        // Padding to a multiple of 4 counted from the parameter list's
        // start, as tcpdump counts it.
        let align = (4 - (at + hdr_len) % 4) % 4;
        tcheck(b, p, hdr_len + align)?;
        if NUMBER_PARAMS.contains(&tag) {
            if hdr_len < 8 {
                c.invalid();
            } else {
                // tag_value_print is handed the parameter's header, not
                // its value, so tcpdump prints the tag and length here.
                c.s("0x");
                c.out.hex0(u64::from(be32(b, p)?), 8);
            }
        } else {
            c.s_dec("(length ", hdr_len as u64);
            c.s(")");
        }
        at += hdr_len + align;
    }
    Ok(())
}

/// The name of `v` in `table`, or `unknown (0xV)` with `width` hex
/// digits.
fn name_or_code(c: &mut Ctx, table: Names, v: u32, unknown: &str, width: usize) {
    match table.iter().find(|&&(k, _)| k == v) {
        Some(&(_, name)) => c.s(name),
        None => c.name_code(unknown, v, width),
    }
}

/// " (invalid)", then the check that the `size` bytes at `at` were
/// captured.
fn invalid(c: &mut Ctx, b: &[u8], at: usize, size: usize) -> Res {
    c.invalid();
    tcheck(b, at, size)
}
