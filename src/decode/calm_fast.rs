//! CALM FAST, ISO 29281 (print-calm-fast.c): the two network reference
//! bytes, and with -v the rest as hex. Ethertype 0x1111.

use super::ctx::{Ctx, Res, tcheck, u8at};
use super::dispatch;

/// calm_fast_print; `src` is the Ethernet source address (only
/// ether_print passes one).
pub(crate) fn calm_fast(c: &mut Ctx, b: &[u8], length: usize, src: Option<&[u8]>) -> Res {
    c.proto = "calm_fast";
    c.s("CALM FAST");
    if let Some(src) = src {
        c.s(" src:");
        dispatch::mac(c, src);
    }
    c.s("; ");
    if length < 2 {
        c.invalid_length([" (length ", " < ", ")"], length, 2);
        return tcheck(b, 0, length);
    }
    let src_ref = u8at(b, 0)?;
    c.s_dec("SrcNwref:", src_ref);
    c.s("; ");
    let dst_ref = u8at(b, 1)?;
    c.s_dec("DstNwref:", dst_ref);
    c.s("; ");
    if c.o.verbose > 0 {
        c.default_print_len(b.get(2..).unwrap_or(&[]), length - 2);
    }
    Ok(())
}
