//! OSI over Ethernet (print-isoclns.c's entry): the NLPID.

use super::out::Emit;
use super::{Ctx, Res, u8at};

/// OSI over Ethernet (isoclns_print after a one-byte header): the NLPID.
pub(crate) fn osi(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "isoclns";
    if length == 0 || b.is_empty() {
        c.trunc();
        return Ok(());
    }
    let nlpid = u8at(b, 1)?;
    let len = length - 1;
    match nlpid {
        0x81 => c.s("CLNP"),
        0x82 => c.s("ES-IS"),
        0x83 => c.s("IS-IS"),
        0x00 => c.s("NULL"),
        n => {
            c.s("OSI NLPID 0x");
            c.out.hex0(u64::from(n), 2);
            c.s(" unknown, length: ");
            c.dec(len as u64);
            let body = super::rest(b, 1);
            super::hexdump::hex(c.out, "\n\t", &body[..body.len().min(len)]);
            return Ok(());
        }
    }
    c.s(", length: ");
    c.dec(len as u64);
    Ok(())
}
