//! Ethernet configuration testing protocol, "Loopback" (print-loopback.c).

use super::ctx::{Ctx, Res, bytes, tcheck, u8at};
use super::dispatch::mac;

/// Loopback (ethertype 0x9000, print-loopback.c).
pub(crate) fn loopback(c: &mut Ctx, b: &[u8], len: usize) -> Res {
    c.proto = "loopback";
    c.s("Loopback");
    if len < 2 {
        return invalid(c, b, 0, len);
    }
    let skip = u16::from_le_bytes([u8at(b, 0)?, u8at(b, 1)?]);
    c.s_dec(", skipCount ", skip);
    if skip % 8 != 0 {
        c.s(" (bogus)");
    }
    let skip = usize::from(skip);
    if skip > len - 2 {
        return invalid(c, b, 2, len - 2);
    }
    tcheck(b, 2, skip)?;
    message(c, b, 2 + skip, len - 2 - skip)
}

/// loopback_message_print: the function code and its fields, each read
/// before its label is printed (tcpdump's GET_ inside ND_PRINT prints
/// nothing of a field it cannot read), then the data checked as captured.
fn message(c: &mut Ctx, b: &[u8], p: usize, rest_len: usize) -> Res {
    if rest_len < 2 {
        return invalid(c, b, p, rest_len);
    }
    let function = u16::from_le_bytes([u8at(b, p)?, u8at(b, p + 1)?]);
    match function {
        1 => c.s(", Reply"),
        2 => c.s(", Forward Data"),
        f => {
            c.s_dec(",  invalid (", f);
            c.s(")");
        }
    }
    let (p, rest_len) = (p + 2, rest_len - 2);
    let data = match function {
        1 => {
            if rest_len < 2 {
                return invalid(c, b, p, rest_len);
            }
            let receipt = u16::from_le_bytes([u8at(b, p)?, u8at(b, p + 1)?]);
            c.s_dec(", receipt number ", receipt);
            2
        }
        2 => {
            if rest_len < 6 {
                return invalid(c, b, p, rest_len);
            }
            let a = bytes(b, p, 6)?;
            c.s(", forwarding address ");
            mac(c, a);
            6
        }
        _ => 0,
    };
    if function == 1 || function == 2 {
        c.s_dec(", data (", (rest_len - data) as u64);
        c.s(" octets)");
    }
    tcheck(b, p + data, rest_len - data)
}

/// The `invalid:` exit: the mark, then the rest checked as captured.
fn invalid(c: &mut Ctx, b: &[u8], p: usize, rest_len: usize) -> Res {
    c.invalid();
    tcheck(b, p, rest_len)
}
