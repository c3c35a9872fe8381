//! Babel sub-TLVs (subtlvs_print in print-babel.c): the extra data at the
//! end of a Hello, IHU or Update TLV, in their own type space (RFC 7557).

use super::super::ctx::{Ctx, be32};
use super::super::out::Emit;
use super::{HELLO, IHU, UPDATE, UPDATE_SRC_SPECIFIC};

const SUB_PAD1: u8 = 0;
const SUB_PADN: u8 = 1;
const SUB_DIVERSITY: u8 = 2;
const SUB_TIMESTAMP: u8 = 3;

/// The bit that makes a sub-TLV type mandatory to understand.
const MANDATORY: u8 = 0x80;

/// The sub-TLVs in `b` (the rest of a TLV of type `tlv_type`); a
/// sub-TLV running past the TLV ends them with " (invalid)".
pub(super) fn subtlvs(c: &mut Ctx, b: &[u8], tlv_type: u8) {
    if subtlvs_until_invalid(c, b, tlv_type).is_none() {
        c.invalid();
    }
}

/// None where tcpdump jumps to its `invalid` label.
fn subtlvs_until_invalid(c: &mut Ctx, b: &[u8], tlv_type: u8) -> Option<()> {
    let mut at = 0;
    while let Some(&subtype) = b.get(at) {
        at += 1;
        if subtype == SUB_PAD1 {
            c.s(" sub-pad1");
            continue;
        }
        if subtype & MANDATORY != 0 {
            c.s(" (M)");
        }
        let sublen = usize::from(*b.get(at)?);
        at += 1;
        let body = b.get(at..at + sublen)?;
        at += sublen;
        match subtype {
            SUB_PADN => c.s(" sub-padn"),
            SUB_DIVERSITY => {
                c.s(" sub-diversity");
                if body.is_empty() {
                    c.s(" empty");
                    continue;
                }
                let mut sep = " ";
                for &channel in body {
                    c.s(sep);
                    match channel {
                        0 => c.s("reserved"),
                        255 => c.s("all"),
                        _ => c.dec(channel),
                    }
                    sep = "-";
                }
                if tlv_type != UPDATE && tlv_type != UPDATE_SRC_SPECIFIC {
                    c.s(" (bogus)");
                }
            }
            SUB_TIMESTAMP => {
                c.s(" sub-timestamp");
                if tlv_type == HELLO {
                    let t1 = be32(body, 0).ok()?;
                    c.s(" ");
                    timestamp(c, t1);
                } else if tlv_type == IHU {
                    let (t1, t2) = (be32(body, 0).ok()?, be32(body, 4).ok()?);
                    c.s(" ");
                    timestamp(c, t1);
                    c.s("|");
                    timestamp(c, t2);
                } else {
                    c.s(" (bogus)");
                }
            }
            _ => {
                c.s(" sub-unknown-0x");
                c.out.hex0(u64::from(subtype), 2);
            }
        }
    }
    Some(())
}

/// format_timestamp: microseconds as "S.UUUUUUs".
fn timestamp(c: &mut Ctx, us: u32) {
    c.dec(us / 1_000_000);
    c.s(".");
    c.out.dec0(u64::from(us % 1_000_000), 6);
    c.s("s");
}
