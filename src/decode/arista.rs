//! Arista's vendor ethertype (print-arista.c): the time-stamp header a
//! TapAgg switch puts between the MAC addresses and the frame's own
//! ethertype.

use super::ctx::{Ctx, Res, be16, be32, codes, u8at};
use super::out::Emit;
use super::time::date_time;

const SUBTYPE_TIMESTAMP: u16 = 0x0001;

const TIMESCALES: &[(u32, &str)] = &[(0, "TAI"), (1, "UTC")];

codes! {
    /// The time stamp formats.
    FORMATS: u8 {
        FORMAT_64BIT = 0x1 => "64-bit",
        FORMAT_48BIT = 0x2 => "48-bit",
    }
}

const HW_INFOS: &[(u32, &str)] = &[(0, "R/R2"), (1, "R3")];

const NS_PER_SEC: u32 = 1_000_000_000;

/// "{label}NAME (N), ".
fn named(c: &mut Ctx, label: &str, table: &[(u32, &str)], v: u8) {
    c.s(label);
    c.tok_num(table, v.into(), "Unknown");
    c.s(", ");
}

/// arista_ethertype_print: the header after the 0xd28b type field; the
/// bytes it takes, or None for a subtype or format tcpdump does not know
/// (the caller then dumps the frame).
pub(crate) fn arista(c: &mut Ctx, b: &[u8]) -> Res<Option<usize>> {
    c.proto = "arista";
    let subtype = be16(b, 0)?;
    c.s("SubType ");
    c.tok(
        &[(u32::from(SUBTYPE_TIMESTAMP), "Timestamp")],
        subtype.into(),
        "Unknown",
    );
    c.s(" (0x");
    c.out.hex0(u64::from(subtype), 4);
    c.s("), ");
    if subtype != SUBTYPE_TIMESTAMP {
        return Ok(None);
    }
    let timescale = u8at(b, 2)?;
    named(c, "Timescale ", TIMESCALES, timescale);
    let version = u8at(b, 3)?;
    let (format, hw_info) = (version >> 4, version & 0x0f);
    named(c, "Format ", FORMATS, format);
    named(c, "HwInfo ", HW_INFOS, hw_info);
    c.s("Timestamp ");
    // Seconds in the high bits, nanoseconds in the low 32.
    let used = match format {
        FORMAT_64BIT => {
            let (secs, ns) = (be32(b, 4)?, be32(b, 8)?);
            let secs = i64::from(secs) + i64::from(ns / NS_PER_SEC);
            date_time(c.out, secs, b'-', b' ');
            c.s(".");
            c.out.dec0(u64::from(ns % NS_PER_SEC), 9);
            12
        }
        FORMAT_48BIT => {
            let (secs, ns) = (be16(b, 4)?, be32(b, 6)?);
            c.dec(u64::from(secs) + u64::from(ns / NS_PER_SEC));
            c.s(".");
            c.out.dec0(u64::from(ns % NS_PER_SEC), 9);
            10
        }
        _ => return Ok(None),
    };
    c.s(": ");
    Ok(Some(used))
}
