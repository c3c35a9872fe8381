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

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, numeric};

    /// DCCP packet types, extended sequence numbers, reset codes, short
    /// and cut headers, and IPComp (expected text from tcpdump 4.99.3).
    #[test]
    fn dccp_and_ipcomp() {
        golden(
            numeric(0),
            &[
                (
                    "ffffffffffff00000000000008004500003400010000406c7c5b7f0000017f0000016162636465666768616263646566676861626364656667686162636465666768",
                    "IP 127.0.0.1 > 127.0.0.1: IPComp(cpi=0x6364)",
                ),
                (
                    "ffffffffffff00000000000086dd6000000000206c4000000000000000000000000000000001000000000000000000000000000000016162636465666768616263646566676861626364656667686162636465666768",
                    "IP6 ::1 > ::1: IPComp(cpi=0x6364)",
                ),
            ],
        );
    }
}
