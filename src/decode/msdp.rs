//! MSDP on TCP 639 (print-msdp.c). Its golden test also carries PPTP
//! headers and LDP over TCP, checked against tcpdump in one set.

use super::ctx::{Ctx, Res, be16, rest, u8at};
use super::dispatch;

/// msdp_print: the messages of a compound packet.
pub(crate) fn msdp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "msdp";
    c.s(": msdp");
    let t = u8at(b, 0)?;
    let len = usize::from(be16(b, 1)?);
    if !(3..=1500).contains(&len) || t == 0 || t > 7 {
        c.trunc();
        return Ok(());
    }
    let mut p = 0;
    let mut length = length;
    while length != 0 {
        let t = u8at(b, p)?;
        let len = usize::from(be16(b, p + 1)?);
        if len > 1400 || c.o.verbose > 0 {
            c.s_dec(" [len ", len as u64);
            c.s("]");
        }
        if len < 3 || length < len {
            c.trunc();
            return Ok(());
        }
        p += 3;
        length = length.saturating_sub(3);
        match t {
            1 | 3 => {
                c.s(if t == 1 { " SA" } else { " SA-Response" });
                let n = usize::from(u8at(b, p)?);
                c.s_dec(" ", n as u64);
                c.s(" entries");
                if n * 12 + 8 < len {
                    c.s(" [w/data]");
                    if c.o.verbose > 1 {
                        c.s(" ");
                        dispatch::ip(
                            c,
                            rest(b, p + n * 12 + 8 - 3),
                            len.saturating_sub(n * 12 + 8),
                        )?;
                    }
                }
            }
            2 => {
                c.s(" SA-Request");
                let a = crate::decode::bytes(b, p + 1, 4)?;
                c.s(" for ");
                c.ip4(a);
            }
            4 => {
                c.s(" Keepalive");
                if len != 3 {
                    c.s_dec("[len=", len as u64);
                    c.s("] ");
                }
            }
            5 => c.s(" Notification"),
            _ => {
                c.s_dec(" [type=", t);
                c.s_dec(" len=", len as u64);
                c.s("]");
            }
        }
        p += len.saturating_sub(3);
        length = length.saturating_sub(len - 3);
    }
    Ok(())
}
