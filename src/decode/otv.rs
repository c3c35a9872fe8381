//! OTV (print-otv.c): the overlay header, then the inner Ethernet frame.

use super::ctx::{Ctx, Res, bytes, rest, u8at};
use super::dispatch;

/// otv_print: flags, overlay and instance, the inner frame on the next line.
pub(crate) fn otv(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "otv";
    c.s("OTV, ");
    if length < 8 {
        c.invalid_length(["[length ", " < ", "]"], length, 8);
        bytes(b, 0, length)?;
        return Ok(());
    }
    super::vxlan::flags(c, u8at(b, 0)?, ".");
    let overlay = bytes(b, 1, 3)?;
    c.s_dec(
        "overlay ",
        u32::from_be_bytes([0, overlay[0], overlay[1], overlay[2]]),
    );
    c.s(", ");
    let instance = bytes(b, 4, 3)?;
    c.s("instance ");
    c.dec(u32::from_be_bytes([
        0,
        instance[0],
        instance[1],
        instance[2],
    ]));
    c.s("\n");
    dispatch::inner_ether(c, rest(b, 8), length.saturating_sub(8))
}
