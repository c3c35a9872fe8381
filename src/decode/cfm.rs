//! Connectivity Fault Management (print-cfm.c): the header line only.

use super::{Ctx, Res, u8at};

/// CFM (print-cfm.c) header line; a header too short takes two lines.
pub(crate) fn cfm(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "cfm";
    if length < 4 {
        c.s("\n\t\t packet is too short");
        return Ok(());
    }
    let first = u8at(b, 0)?;
    let version = first & 0x1f;
    c.s("CFMv");
    c.dec(version);
    if version != 0 {
        c.s(" not supported, length ");
        c.dec(length as u64);
        return Ok(());
    }
    // Opcode names and the MD level are not decoded.
    c.s(", length ");
    c.dec(length as u64);
    Ok(())
}
