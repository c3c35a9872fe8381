//! IP over InfiniBand, RFC 4391 (DLT_IPOIB, print-ipoib.c): a 44-byte
//! pseudo-header (the 40-byte destination address Linux puts in front of
//! the 4-byte encapsulation header) whose last field is an ethertype.

use super::out::Emit;
use super::{Ctx, Res, be16, dispatch, rest};

/// The pseudo-header: 40 bytes of address, then type and reserved.
const HEADER_LEN: usize = 44;
/// Offset of the ethertype in the pseudo-header.
const TYPE_AT: usize = 40;

/// ipoib_hdr_print: ", ethertype NAME (0xXXXX), length N: ".
fn header(c: &mut Ctx, t: u16, length: u32) {
    c.s(", ethertype ");
    c.s(dispatch::ethertype_name(t).unwrap_or("Unknown"));
    if !c.o.quiet {
        c.s(" (0x");
        c.out.hex0(u64::from(t), 4);
        c.s(")");
    }
    c.s_dec(", length ", length);
    c.s(": ");
}

/// ipoib_if_print: the pseudo-header with -e, then the payload by its
/// ethertype.
pub(crate) fn frame(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "ipoib";
    let short = b.len().min(wire_len as usize);
    if short < HEADER_LEN {
        return c.link_header_cut(short);
    }
    let t = be16(b, TYPE_AT)?;
    if c.o.link_header {
        c.s("IPOIB");
        header(c, t, wire_len);
    }
    c.ll_len += HEADER_LEN;
    let payload = rest(b, HEADER_LEN);
    let length = wire_len as usize - HEADER_LEN;
    if !dispatch::ethertype(c, t, payload, length)? {
        if !c.o.link_header {
            header(c, t, wire_len);
        }
        c.default_print(payload);
    }
    Ok(())
}
