//! 802.15.4 TAP (DLT_IEEE802_15_4_TAP, print-802_15_4.c's
//! ieee802_15_4_tap_if_print): a little-endian pseudo-header (version,
//! reserved, total length, then TLVs tcpdump skips) before the frame.

use super::super::{Ctx, Res, u8at};
use super::fields::le16;

/// Version, reserved byte and the 2-byte header length.
const FIXED_LEN: usize = 4;
const VERSION: u8 = 0;

/// ieee802_15_4_tap_if_print: the frame behind the pseudo-header; a
/// header of another version or shorter than its fixed part is invalid.
pub(crate) fn frame(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "802.15.4_tap";
    if b.len() < FIXED_LEN {
        return truncated(c, b);
    }
    let version = u8at(b, 0)?;
    let length = usize::from(le16(b, 2)?);
    if version != VERSION || length < FIXED_LEN {
        c.invalid();
        return Ok(());
    }
    let Some(inner) = b.get(length..) else {
        return truncated(c, b);
    };
    c.ll_len += length;
    super::frame(c, inner, wire_len.saturating_sub(length as u32))
}

/// A pseudo-header cut short: the mark, and all of it counted as link
/// header.
fn truncated(c: &mut Ctx, b: &[u8]) -> Res {
    c.link_header_cut(b.len())
}
