//! IEEE 802.5 Token Ring (DLT_IEEE802, print-token.c): access and frame
//! control, MAC addresses, the source route when the source address says
//! there is one, then 802.2 LLC for LLC frames.

use super::out::Emit;
use super::{Ctx, Res, be16, dispatch, rest, u8at};

/// AC, FC, destination and source.
const HEADER_LEN: usize = 14;
/// Offset of the routing control field, then the route segments.
const RCF_AT: usize = 14;

const BROADCAST: [&str; 8] = [
    "Non-Broadcast",
    "Non-Broadcast",
    "Non-Broadcast",
    "Non-Broadcast",
    "All-routes",
    "All-routes",
    "Single-route",
    "Single-route",
];
const LARGEST_FRAME: [&str; 8] = [
    "516", "1500", "2052", "4472", "8144", "11407", "17800", "??",
];

/// token_hdr_print: "[AC FC ]SRC > DST, length N: ".
fn header(c: &mut Ctx, b: &[u8], length: usize, src: &[u8], dst: &[u8]) -> Res {
    if !c.o.quiet {
        c.out.hex0(u64::from(u8at(b, 0)?), 2);
        c.s(" ");
        c.out.hex0(u64::from(u8at(b, 1)?), 2);
        c.s(" ");
    }
    dispatch::mac(c, src);
    c.s(" > ");
    dispatch::mac(c, dst);
    c.s_dec(", length ", length as u64);
    c.s(": ");
    Ok(())
}

/// token_if_print.
pub(crate) fn frame(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "token-ring";
    c.ll_len += token(c, b, wire_len as usize)?;
    Ok(())
}

/// token_print: returns the header length, route and LLC included.
fn token(c: &mut Ctx, b: &[u8], length: usize) -> Res<usize> {
    let mut hdr_len = HEADER_LEN;
    if b.len() < HEADER_LEN {
        c.trunc();
        return Ok(hdr_len);
    }
    let dst = &b[2..8];
    // The source's group bit says a route follows; the address is
    // printed without it.
    let mut src = [0u8; 6];
    src.copy_from_slice(&b[8..14]);
    let routed = src[0] & 0x80 != 0;
    src[0] &= 0x7f;
    let mut route_len = 0;
    if c.o.link_header {
        header(c, b, length, &src, dst)?;
    }
    if routed {
        if b.len() < HEADER_LEN + 2 {
            c.trunc();
            return Ok(hdr_len);
        }
        let rcf = be16(b, RCF_AT)?;
        route_len = usize::from((rcf & 0x1f00) >> 8);
        hdr_len += route_len;
        if b.len() < hdr_len {
            c.trunc();
            return Ok(hdr_len);
        }
        let segments = (route_len as isize - 2) / 2;
        if c.o.verbose > 0 {
            c.s(BROADCAST[usize::from(rcf >> 13)]);
            c.s(if rcf & 0x80 != 0 {
                " Backward"
            } else {
                " Forward"
            });
            for seg in 0..segments.max(0) as usize {
                let s = be16(b, RCF_AT + 2 + 2 * seg)?;
                c.s_dec(" [", s >> 4);
                c.s_dec(":", s & 0xf);
                c.s("]");
            }
        } else {
            c.s("rt = ");
            c.out.hex(u64::from(rcf));
            for seg in 0..segments.max(0) as usize {
                c.s(":");
                c.out.hex(u64::from(be16(b, RCF_AT + 2 + 2 * seg)?));
            }
        }
        c.s(" (");
        c.s(LARGEST_FRAME[usize::from((rcf & 0x70) >> 4)]);
        c.s(") ");
    }
    let payload = rest(b, hdr_len);
    let length = length.saturating_sub(hdr_len);
    // Frame type 1 (FC's top two bits) is LLC; MAC frames are dumped.
    if u8at(b, 1)? >> 6 == 1 {
        hdr_len += dispatch::llc(c, payload, length, &src, dst)?;
    } else {
        if !c.o.link_header {
            header(c, b, length + HEADER_LEN + route_len, &src, dst)?;
        }
        c.default_print(payload);
    }
    Ok(hdr_len)
}
