//! ATM OAM cells (print-atm.c's oam_print): F4 and F5 flows, fault and
//! performance management, and the CRC-10 over the 48-byte payload.

use super::super::ctx::codes;
use super::super::out::Emit;
use super::super::{Ctx, Res, be16, be32, bytes, u8at};

/// The cell starts with a one-byte HEC before its 4-byte header.
pub(crate) const HEC: usize = 1;
const CELL_HEADER_LEN: usize = 4;
const PAYLOAD_LEN: usize = 48;
/// Cell type and function type, then 45 function-specific bytes, then
/// 6 reserved bits and the CRC-10.
const FUNCTION_SPECIFIC_LEN: usize = 45;

/// The cell header's payload types.
const PAYLOAD_TYPES: &[(u32, &str)] = &[
    (0, "user data, uncongested, SDU 0"),
    (1, "user data, uncongested, SDU 1"),
    (2, "user data, congested, SDU 0"),
    (3, "user data, congested, SDU 1"),
    (4, "VCC OAM F5 flow segment"),
    (5, "VCC OAM F5 flow end-to-end"),
    (6, "Traffic Control and resource Mgmt"),
];

codes! {
    CELL_TYPES: u8 {
        FAULT = 0x1 => "Fault Management",
        PERFORMANCE = 0x2 => "Performance Management",
        ACTIVATION = 0x8 => "activate/deactivate",
        _ = 0xf => "System Management",
    }
}

/// The function names of a cell type; None for a type without a table.
fn function_name(cell: u8, f: u8) -> Option<&'static str> {
    let name = match (cell, f) {
        (FAULT, 0x0) => "AIS",
        (FAULT, 0x1) => "RDI",
        (FAULT, 0x4) => "Continuity Check",
        (FAULT, 0x8) => "Loopback",
        (PERFORMANCE, 0x0) => "Forward Monitoring",
        (PERFORMANCE, 0x1) => "Backward Reporting",
        (PERFORMANCE, 0x2) => "Monitoring and Reporting",
        (ACTIVATION, 0x0) => "Performance Monitoring",
        (ACTIVATION, 0x1) => "Continuity Check",
        (FAULT | PERFORMANCE | ACTIVATION, _) => "none",
        _ => return None,
    };
    Some(name)
}

/// CRC-10 (ITU-T I.610, polynomial x^10+x^9+x^5+x^4+x+1), byte table.
const CRC10: [u16; 256] = {
    let mut t = [0u16; 256];
    let mut i = 0;
    while i < 256 {
        let mut acc = (i as u16) << 2;
        let mut j = 0;
        while j < 8 {
            acc <<= 1;
            if acc & 0x400 != 0 {
                acc ^= 0x633;
            }
            j += 1;
        }
        t[i] = acc;
        i += 1;
    }
    t
};

/// verify_crc10_cksum: 0 over a payload whose CRC-10 field is right.
fn crc10(p: &[u8]) -> u16 {
    p.iter().fold(0u16, |acc, &b| {
        ((acc << 8) & 0x3ff) ^ CRC10[usize::from((acc >> 2) & 0xff)] ^ u16::from(b)
    })
}

/// "%04x " of the big-endian words at the odd offsets of an `n`-byte
/// field (tcpdump's loop, which reads one byte past the field).
fn odd_words(c: &mut Ctx, b: &[u8], at: usize, n: usize) -> Res {
    for i in (1..n).step_by(2) {
        c.out.hex0(u64::from(be16(b, at + i)?), 4);
        c.s(" ");
    }
    Ok(())
}

/// oam_print: `hec` bytes before the cell header.
pub(crate) fn oam(c: &mut Ctx, b: &[u8], length: usize, hec: usize) -> Res {
    c.proto = "oam";
    let header = be32(b, hec)?;
    let types = u8at(b, CELL_HEADER_LEN + hec)?;
    let (cell, func) = (types >> 4, types & 0x0f);
    let vpi = (header >> 20) & 0xff;
    let vci = (header >> 4) & 0xffff;
    c.s(match vci {
        3 => "OAM F4 (segment)",
        4 => "OAM F4 (end)",
        _ => "OAM F5",
    });
    c.s_dec(", vpi ", vpi);
    c.s_dec(", vci ", vci);
    c.s(", payload [ ");
    c.tok(PAYLOAD_TYPES, (header >> 1) & 0x7, "Unknown");
    c.s_dec(" ], clp ", header & 1);
    c.s_dec(", length ", length as u64);
    if c.o.verbose == 0 {
        return Ok(());
    }
    c.s("\n\tcell-type ");
    c.tok_num(CELL_TYPES, cell.into(), "unknown");
    match function_name(cell, func) {
        Some(n) => {
            c.s(", func-type ");
            c.s(n);
        }
        None => c.s(", func-type unknown"),
    }
    c.s_dec(" (", func);
    c.s(")");
    let p = b.get(CELL_HEADER_LEN + hec..).unwrap_or(&[]);
    // The function-specific fields start after the type byte.
    match (cell, func) {
        (FAULT, 0x8) => {
            bytes(p, 1, 45)?;
            c.s("\n\tLoopback-Indicator ");
            c.s(if p[1] & 1 != 0 { "Request" } else { "Reply" });
            c.s(", Correlation-Tag 0x");
            c.out.hex0(u64::from(be32(p, 2)?), 8);
            c.s("\n\tLocation-ID ");
            odd_words(c, p, 6, 12)?;
            c.s("\n\tSource-ID   ");
            odd_words(c, p, 18, 12)?;
        }
        (FAULT, 0x0 | 0x1) => {
            bytes(p, 1, 45)?;
            c.s("\n\tFailure-type 0x");
            c.out.hex0(u64::from(p[1]), 2);
            c.s("\n\tLocation-ID ");
            odd_words(c, p, 2, 16)?;
        }
        _ => {}
    }
    let cksum = be16(p, 1 + FUNCTION_SPECIFIC_LEN)? & 0x3ff;
    c.s("\n\tcksum 0x");
    c.out.hex0(u64::from(cksum), 3);
    c.s(if crc10(&p[..PAYLOAD_LEN]) == 0 {
        " (correct)"
    } else {
        " (incorrect)"
    });
    Ok(())
}
