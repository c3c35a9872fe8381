//! RIPng (print-ripng.c).

use super::ctx::{Ctx, Res, be16, u8at};

/// ripng_print: requests and responses with their route entries.
pub(crate) fn ripng(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "ripng";
    let vers = u8at(b, 1)?;
    if vers != 1 {
        c.s_dec(" [vers ", vers);
        c.s("]");
        c.invalid();
        return Ok(());
    }
    let cmd = u8at(b, 0)?;
    if cmd != 1 && cmd != 2 {
        c.s_dec(" ripng-", cmd);
        c.s_dec(" ?? ", length as u64);
        c.invalid();
        return Ok(());
    }
    if length < 4 {
        c.invalid();
        return Ok(());
    }
    let mut left = length.saturating_sub(4);
    let j = left / 20;
    if cmd == 1 && j == 1 {
        let metric = u8at(b, 23)?;
        if metric == 16 && crate::decode::bytes(b, 4, 16)?.iter().all(|&x| x == 0) {
            c.s(" ripng-req dump");
            return Ok(());
        }
    }
    c.s(if cmd == 1 {
        " ripng-req "
    } else {
        " ripng-resp "
    });
    c.dec(j as u64);
    if j * 20 != left {
        c.s_dec("[", length as u64);
        c.s("]");
    }
    c.s(":");
    let mut p = 4;
    while left >= 20 {
        c.s(if c.o.verbose > 1 { "\n\t" } else { " " });
        let dest = crate::decode::bytes(b, p, 16)?;
        let plen = u8at(b, p + 18)?;
        c.ip6(dest);
        c.s_dec("/", plen);
        let tag = be16(b, p + 16)?;
        if tag != 0 {
            c.s_dec(" [", tag);
            c.s("]");
        }
        if cmd == 2 {
            let metric = u8at(b, p + 19)?;
            if metric != 0 {
                c.s_dec(" (", metric);
                c.s(")");
            }
        }
        left = left.saturating_sub(20);
        p += 20;
    }
    if left != 0 {
        c.invalid();
    }
    Ok(())
}
