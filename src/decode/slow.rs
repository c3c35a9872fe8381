//! Slow protocols (print-slow.c): LACP, marker, OAM and OSSP subtypes.

use super::{Ctx, Res, u8at};

/// Slow protocols (print-slow.c): LACP/marker/OAM subtype line.
pub(crate) fn slow(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "slow";
    let subtype = u8at(b, 0)?;
    match subtype {
        1 | 2 => {
            let version = u8at(b, 1)?;
            c.s(if subtype == 1 { "LACPv" } else { "MARKERv" });
            c.dec(version);
        }
        3 => c.s("OAMv1"),
        10 => c.s("OSSP"),
        s => {
            c.s("unknown (");
            c.dec(s);
            c.s("), length ");
            c.dec(length as u64);
            super::hexdump::hex(c.out, "\n\t", &b[..b.len().min(length)]);
            return Ok(());
        }
    }
    c.s(", length ");
    c.dec(length as u64);
    Ok(())
}
