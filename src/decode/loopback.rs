//! Ethernet configuration testing protocol, "Loopback" (print-loopback.c).

use super::dispatch::mac;
use super::{Ctx, Res, u8at};

/// Loopback (ethertype 0x9000, print-loopback.c).
pub(crate) fn loopback(c: &mut Ctx, b: &[u8], len: usize) -> Res {
    c.proto = "loopback";
    c.s("Loopback");
    if len < 2 {
        c.invalid();
        return Ok(());
    }
    let skip = u16::from_le_bytes([u8at(b, 0)?, u8at(b, 1)?]);
    c.s(", skipCount ");
    c.dec(skip);
    if skip % 8 != 0 {
        c.s(" (bogus)");
    }
    let skip = usize::from(skip);
    if skip > len - 2 {
        c.invalid();
        return Ok(());
    }
    let p = 2 + skip;
    let rest_len = len - p;
    if rest_len < 2 {
        c.invalid();
        return Ok(());
    }
    let function = u16::from_le_bytes([u8at(b, p)?, u8at(b, p + 1)?]);
    match function {
        1 => c.s(", Reply"),
        2 => c.s(", Forward Data"),
        f => {
            c.s(",  invalid (");
            c.dec(f);
            c.s(")");
        }
    }
    match function {
        1 => {
            if rest_len < 4 {
                c.invalid();
                return Ok(());
            }
            c.s(", receipt number ");
            c.dec(u16::from_le_bytes([u8at(b, p + 2)?, u8at(b, p + 3)?]));
            c.s(", data (");
            c.dec((rest_len - 4) as u64);
            c.s(" octets)");
        }
        2 => {
            if rest_len < 8 {
                c.invalid();
                return Ok(());
            }
            let a = super::bytes(b, p + 2, 6)?;
            c.s(", forwarding address ");
            mac(c, a);
            c.s(", data (");
            c.dec((rest_len - 8) as u64);
            c.s(" octets)");
        }
        _ => {}
    }
    Ok(())
}
