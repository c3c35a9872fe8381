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

    /// IPComp headers (expected text from tcpdump 4.99.3).
    #[test]
    fn headers() {
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

    /// Random payloads on the port or protocol, cut or whole, as
    /// tcpdump 4.99.3 -n printed them (from the shared random set).
    #[test]
    fn random_payloads_on_its_port() {
        golden(
            numeric(0),
            &[
                (
                    "02000000000202000000000108004500005300010000406cf635c0000201c0000207c322489259b2e426b0eb08c95493d25f89d733aa6af4ad432d83417ad71463b569b8fd42f59b4d7a008e2cc5f907b3403b2ce7ace0f4b6d7042887dc384c41",
                    "IP 192.0.2.1 > 192.0.2.7: IPComp(cpi=0x4892)",
                ),
                (
                    "02000000000202000000000108004500002e00010000406cf65ac0000201c00002073684c0012f7643795ad45d58eae6563e4a04a5731a2a94f40ad2",
                    "IP 192.0.2.1 > 192.0.2.7: IPComp(cpi=0xc001)",
                ),
            ],
        );
    }
}
