//! PIM (print-pim.c): the version and type.

use super::ctx::{Ctx, Res, u8at};

/// pim_print, non-verbose.
pub(crate) fn pim(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "pim";
    let tv = u8at(b, 0)?;
    c.s("PIMv");
    c.dec(tv >> 4);
    if tv >> 4 == 2 {
        c.s(", ");
        c.s(match tv & 0xf {
            0 => "Hello",
            1 => "Register",
            2 => "Register Stop",
            3 => "Join / Prune",
            4 => "Bootstrap",
            5 => "Assert",
            6 => "Graft",
            7 => "Graft Acknowledgement",
            8 => "Candidate RP Advertisement",
            9 => "Prune Refresh",
            10 => "DF Election",
            11 => "ECMP Redirect",
            _ => "Unknown Type",
        });
    }
    c.s(", length ");
    c.dec(length as u64);
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, numeric};

    /// Random payloads on the port or protocol, cut or whole, as
    /// tcpdump 4.99.3 -n printed them (from the shared random set).
    #[test]
    fn random_payloads_on_its_port() {
        golden(
            numeric(0),
            &[(
                "020000000002020000000001080045000060000100004067f62dc0000201c000020715ce8f2d00a397af31517d625c23ff9dd6fadfc63b36ee6dd08274476af6dde03272f13ae3c0488409b737df57f877c8bc34198db4b7092c08fd3245dcd96f0312162b043f161f13111404b9",
                "IP 192.0.2.1 > 192.0.2.7: PIMv1, length 76",
            )],
        );
    }
}
