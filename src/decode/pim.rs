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
