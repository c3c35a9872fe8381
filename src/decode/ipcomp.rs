//! The IPComp header (print-ipcomp.c).

use super::ctx::{Ctx, Res, be16};
use super::out::Emit;

/// ipcomp_print: the CPI; the compressed payload is not followed.
pub(crate) fn ipcomp(c: &mut Ctx, b: &[u8]) -> Res {
    c.proto = "ipcomp";
    let cpi = be16(b, 2)?;
    c.s("IPComp(cpi=0x");
    c.out.hex0(u64::from(cpi), 4);
    c.s(")");
    Ok(())
}
