//! Cisco IGRP (print-igrp.c): the header and each route entry, interior,
//! system and exterior in the order the header counts them.

use super::ctx::{Ctx, Res, be16, u8at};
use super::out::Emit;

const HEADER_LEN: u32 = 12;
const ENTRY_LEN: u32 = 14;

fn be24(b: &[u8], at: usize) -> Res<u32> {
    Ok(u32::from(u8at(b, at)?) << 16 | u32::from(be16(b, at + 1)?))
}

/// igrp_print.
pub(crate) fn igrp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "igrp";
    c.s("igrp:");
    let mut counts = [be16(b, 4)?, be16(b, 6)?, be16(b, 8)?];
    let vop = u8at(b, 0)?;
    let (edition, asn) = (u8at(b, 1)?, be16(b, 2)?);
    c.s(" ");
    match vop & 0x0f {
        1 => c.s("update"),
        2 => c.s("request"),
        op => {
            c.s_dec("op-#", op);
        }
    }
    c.s_dec(" V", vop >> 4);
    c.s_dec(" edit=", edition);
    c.s_dec(" AS=", asn);
    for (i, n) in counts.iter().enumerate() {
        c.s(if i == 0 { " (" } else { "/" });
        c.dec(*n);
    }
    c.s(")");
    let cksum = be16(b, 10)?;
    if c.o.verbose > 0 {
        c.s(" checksum=0x");
        c.out.hex0(u64::from(cksum), 4);
    }
    // tcpdump subtracts the header from an unsigned length without a
    // check; a short one wraps and the entries then run to the capture's
    // end.
    let mut left = (length as u32).wrapping_sub(HEADER_LEN);
    let mut at = HEADER_LEN as usize;
    while left >= ENTRY_LEN {
        let net = [u8at(b, at)?, u8at(b, at + 1)?, u8at(b, at + 2)?];
        let Some(kind) = counts.iter().position(|&n| n > 0) else {
            c.s_dec(" [extra bytes ", left);
            c.s("]");
            break;
        };
        let (before, after) = [(" *.", ""), (" ", ".0"), (" X", ".0")][kind];
        c.s(before);
        for (i, octet) in net.iter().enumerate() {
            if i > 0 {
                c.s(".");
            }
            c.dec(*octet);
        }
        c.s(after);
        entry(c, b, at)?;
        counts[kind] -= 1;
        at += ENTRY_LEN as usize;
        left -= ENTRY_LEN;
    }
    if counts.iter().any(|&n| n > 0) || left != 0 {
        c.invalid();
    }
    Ok(())
}

/// igrp_entry_print: delay, bandwidth, reliability, load, the composite
/// metric, MTU and hop count.
fn entry(c: &mut Ctx, b: &[u8], at: usize) -> Res {
    let delay = be24(b, at + 3)?;
    let bandwidth = be24(b, at + 6)?;
    let mtu = be16(b, at + 9)?;
    let (rel, load, hops) = (u8at(b, at + 11)?, u8at(b, at + 12)?, u8at(b, at + 13)?);
    c.s_dec(" d=", 10 * delay);
    c.s_dec(" b=", 10_000_000u32.checked_div(bandwidth).unwrap_or(0));
    c.s_dec(" r=", rel);
    c.s_dec(" l=", load);
    c.s_dec(" M=", (bandwidth + delay).min(0xff_ffff));
    c.s_dec(" mtu=", mtu);
    c.s_dec(" in ", hops);
    c.s(" hops");
    Ok(())
}
