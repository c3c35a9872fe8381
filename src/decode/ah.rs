//! The IPsec Authentication Header (print-ah.c); IP demux goes on after it.

use super::ctx::{Ctx, Res, be16, be32, u8at};
use super::out::Emit;

/// ah_print; Some(header length) when the payload follows.
pub(crate) fn ah(c: &mut Ctx, b: &[u8]) -> Res<Option<usize>> {
    c.proto = "ah";
    c.s("AH");
    let ah_len = u8at(b, 1)?;
    let sumlen = (usize::from(ah_len) + 2) << 2;
    c.s("(");
    if c.o.verbose > 0 {
        c.s_dec("length=", ah_len);
        c.s_dec("(", sumlen as u64);
        c.s("-bytes),");
    }
    let reserved = be16(b, 2)?;
    if reserved != 0 {
        c.s("reserved=0x");
        c.out.hex(u64::from(reserved));
        c.s("[MustBeZero],");
    }
    let spi = be32(b, 4)?;
    c.s("spi=0x");
    c.out.hex0(u64::from(spi), 8);
    c.s(",");
    let seq = be32(b, 8)?;
    c.s("seq=0x");
    c.out.hex(u64::from(seq));
    c.s(",icv=0x");
    let mut i = 12;
    while i < sumlen {
        c.out.hex0(u64::from(u8at(b, i)?), 2);
        i += 1;
    }
    c.s("): ");
    Ok(Some(sumlen))
}
