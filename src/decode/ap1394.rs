//! Apple's IP over IEEE 1394 (DLT_APPLE_IP_OVER_IEEE1394,
//! print-ap1394.c): two EUI-64 addresses and an ethertype.

use super::out::Emit;
use super::{Ctx, Res, be16, bytes, dispatch, rest};

const EUI64_LEN: usize = 8;
/// Destination, source, type.
const HEADER_LEN: usize = 18;
const TYPE_AT: usize = 16;

/// ap1394_hdr_print: "SRC > DST, ethertype NAME (0xXXXX), length N: ".
fn header(c: &mut Ctx, h: &[u8], t: u16, length: u32) {
    // EUI-64s as linkaddr_string prints them: colon-separated hex.
    c.out.mac(&h[EUI64_LEN..2 * EUI64_LEN]);
    c.s(" > ");
    c.out.mac(&h[..EUI64_LEN]);
    c.s(", ");
    dispatch::type_print(c, t);
    c.s_dec(", length ", length);
    c.s(": ");
}

/// ap1394_if_print.
pub(crate) fn frame(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "ap1394";
    let h = bytes(b, 0, HEADER_LEN)?;
    c.ll_len += HEADER_LEN;
    let t = be16(h, TYPE_AT)?;
    if c.o.link_header {
        header(c, h, t, wire_len);
    }
    let payload = rest(b, HEADER_LEN);
    let length = (wire_len as usize).saturating_sub(HEADER_LEN);
    if !dispatch::ethertype(c, t, payload, length)? {
        if !c.o.link_header {
            header(c, h, t, wire_len);
        }
        c.default_print(payload);
    }
    Ok(())
}
