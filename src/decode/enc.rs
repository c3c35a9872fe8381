//! OpenBSD's IPsec encapsulation header (DLT_ENC, print-enc.c): address
//! family, SPI and flags saying whether the packet was authenticated or
//! encrypted, then the IPv4 or IPv6 packet.

use super::out::Emit;
use super::{Ctx, Res, be32, bytes, dispatch, rest};
use crate::wire::null;

const HEADER_LEN: usize = 12;
/// The mbuf flags: packet was encrypted, authenticated.
const M_CONF: u32 = 0x0400;
const M_AUTH: u32 = 0x0800;

/// enc_if_print.
pub(crate) fn frame(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "enc";
    let h = bytes(b, 0, HEADER_LEN)?;
    c.ll_len += HEADER_LEN;
    // Family and flags are in the byte order of the host that captured;
    // a family with any of its upper 16 bits set was the other order.
    let mut af = u32::from_ne_bytes([h[0], h[1], h[2], h[3]]);
    let mut flags = u32::from_ne_bytes([h[8], h[9], h[10], h[11]]);
    if af & 0xffff_0000 != 0 {
        af = af.swap_bytes();
        flags = flags.swap_bytes();
    }
    c.s(if flags == 0 { "(unprotected): " } else { "(" });
    for (bit, name) in [(M_AUTH, "authentic"), (M_CONF, "confidential")] {
        if flags & bit != 0 {
            c.s(name);
            c.s(if flags == bit { "): " } else { "," });
            flags &= !bit;
        }
    }
    c.s("SPI 0x");
    c.out.hex0(u64::from(be32(b, 4)?), 8);
    c.s(": ");
    let payload = rest(b, HEADER_LEN);
    let length = (wire_len as usize).saturating_sub(HEADER_LEN);
    match af {
        null::AF_INET => dispatch::ip(c, payload, length),
        null::AF_INET6_BSD | null::AF_INET6_FREEBSD | null::AF_INET6_DARWIN => {
            dispatch::ip6(c, payload, length)
        }
        _ => Ok(()),
    }
}
