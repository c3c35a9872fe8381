//! IP over Fibre Channel, RFC 2625 (DLT_IP_OVER_FC, print-ipfc.c): two
//! 8-byte network addresses whose low 48 bits are MAC addresses, then
//! 802.2 LLC.

use super::{Ctx, Res, bytes, dispatch, rest};

const HEADER_LEN: usize = 16;

/// ipfc_if_print.
pub(crate) fn frame(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "ipfc";
    let h = bytes(b, 0, HEADER_LEN)?;
    let (dst, src) = (&h[2..8], &h[10..16]);
    if c.o.link_header {
        dispatch::mac(c, src);
        c.s(" > ");
        dispatch::mac(c, dst);
        c.s_dec(", length ", wire_len);
        c.s(": ");
    }
    let length = (wire_len as usize).saturating_sub(HEADER_LEN);
    let llc_len = dispatch::llc(c, rest(b, HEADER_LEN), length, src, dst)?;
    c.ll_len += HEADER_LEN + llc_len;
    Ok(())
}
