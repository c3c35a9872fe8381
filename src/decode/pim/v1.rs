//! PIMv1 (print-pim.c's pimv1_print), which rides in IGMP type 0x14:
//! IGMP prints "igmp pimv1" and hands the message here through ports.rs.

use super::{Cut, Step, finish};
use crate::decode::ctx::{Ctx, Res, be16, be32, bytes, relts, rest, u8at};

/// pimv1_print: a PIMv1 message inside IGMP, after "igmp pimv1".
pub(crate) fn pimv1(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "pimv1";
    let r = pimv1_body(c, b, length);
    finish(c, r)
}

const V1_TYPES: [&str; 8] = [
    "Query",
    "Register",
    "Register-Stop",
    "Join/Prune",
    "RP-reachable",
    "Assert",
    "Graft",
    "Graft-ACK",
];

/// "/mask" after an address when the mask at `mask_at` is not all ones.
fn v1_mask(c: &mut Ctx, b: &[u8], mask_at: usize) -> Res {
    let mask = bytes(b, mask_at, 4)?;
    if mask != [0xff; 4] {
        c.s("/");
        c.ip4(mask);
    }
    Ok(())
}

fn pimv1_body(c: &mut Ctx, b: &[u8], length: usize) -> Step {
    let typ = u8at(b, 1)?;
    c.s(" ");
    match V1_TYPES.get(usize::from(typ)) {
        Some(name) => c.s(name),
        None => {
            c.s_dec("[type ", typ);
            c.s("]");
        }
    }
    let pair = |c: &mut Ctx, from: usize, to: usize| -> Res {
        let (src, dst) = (bytes(b, from, 4)?, bytes(b, to, 4)?);
        c.s(" for ");
        c.ip4(src);
        c.s(" > ");
        c.ip4(dst);
        Ok(())
    };
    match typ {
        0 => {
            if let Some(&mode) = b.get(8) {
                match mode >> 4 {
                    0 => c.s(" Dense-mode"),
                    1 => c.s(" Sparse-mode"),
                    2 => c.s(" Sparse-Dense-mode"),
                    m => {
                        c.s_dec(" mode-", m);
                    }
                }
            }
            if c.o.verbose > 0 {
                c.s(" (Hold-time ");
                relts(c, u32::from(be16(b, 10)?));
                c.s(")");
            }
        }
        1 => {
            // The encapsulated IP header must be there whole.
            if b.len() < 28 {
                return Err(Cut::Local);
            }
            pair(c, 20, 24)?;
        }
        2 => pair(c, 8, 12)?,
        4 if c.o.verbose > 0 => {
            let group = bytes(b, 8, 4)?;
            c.s(" group ");
            c.ip4(group);
            v1_mask(c, b, 12)?;
            let rp = bytes(b, 16, 4)?;
            c.s(" RP ");
            c.ip4(rp);
            c.s(" hold ");
            relts(c, u32::from(be16(b, 22)?));
        }
        5 => {
            pair(c, 16, 8)?;
            v1_mask(c, b, 12)?;
            let (pref, metric) = (be32(b, 20)?, be32(b, 24)?);
            c.s(if pref & 0x8000_0000 != 0 {
                " RP-tree"
            } else {
                " SPT"
            });
            c.s_dec(" pref ", pref & 0x7fff_ffff);
            c.s_dec(" metric ", metric);
        }
        3 | 6 | 7 if c.o.verbose > 0 => {
            if length < 8 {
                return Err(Cut::Local);
            }
            // Its own truncation returns here, and the version note
            // still follows, as in tcpdump.
            let r = v1_join_prune(c, rest(b, 8), length - 8);
            finish(c, r)?;
        }
        _ => {}
    }
    let version = u8at(b, 4)? >> 4;
    if version != 1 {
        c.s_dec(" [v", version);
        c.s("]");
    }
    Ok(())
}

/// pimv1_join_prune_print: one line for a single source in a single
/// group, else the upstream neighbour and hold time, and with -vv each
/// group and source.
fn v1_join_prune(c: &mut Ctx, b: &[u8], length: usize) -> Step {
    if b.len() >= 30 && b[11] == 1 {
        let joins = be16(b, 20)?;
        if u32::from(joins) + u32::from(be16(b, 22)?) == 1 {
            c.s(" RPF ");
            c.ip4(&b[0..4]);
            c.s(" ");
            let hold = be16(b, 6)?;
            if hold != 180 {
                c.s("Hold ");
                relts(c, u32::from(hold));
            }
            c.s(if joins != 0 { "Join (" } else { "Prune (" });
            c.ip4(&b[26..30]);
            c.s_dec("/", b[25] & 0x3f);
            c.s(", ");
            c.ip4(&b[12..16]);
            v1_mask(c, b, 16)?;
            c.s(") ");
            c.s(if b[24] & 1 != 0 { "Sparse" } else { "Dense" });
            c.s(if b[25] & 0x80 != 0 { " WC" } else { "" });
            c.s(if b[25] & 0x40 != 0 { " RP" } else { " SPT" });
            return Ok(());
        }
    }
    let vv = c.o.verbose > 1;
    let mut p = 0usize;
    let mut len = length;
    let need = |len: usize, n: usize| if len < n { Err(Cut::Local) } else { Ok(()) };
    need(len, 4)?;
    if vv {
        c.s("\n");
    }
    let upstream = bytes(b, 0, 4)?;
    c.s(" Upstream Nbr: ");
    c.ip4(upstream);
    p += 4;
    len -= 4;
    need(len, 4)?;
    if vv {
        c.s("\n");
    }
    c.s(" Hold time: ");
    relts(c, u32::from(be16(b, p + 2)?));
    if !vv {
        return Ok(());
    }
    p += 4;
    len -= 4;
    need(len, 4)?;
    let groups = u8at(b, p + 3)?;
    p += 4;
    len -= 4;
    for _ in 0..groups {
        need(len, 4)?;
        let group = bytes(b, p, 4)?;
        c.s("\n\tGroup: ");
        c.ip4(group);
        p += 4;
        len -= 4;
        need(len, 4)?;
        v1_mask(c, b, p)?;
        p += 4;
        len -= 4;
        need(len, 4)?;
        let joins = be16(b, p)?;
        let prunes = be16(b, p + 2)?;
        c.s_dec(" joined: ", joins);
        c.s_dec(" pruned: ", prunes);
        p += 4;
        len -= 4;
        for i in 0..u32::from(joins) + u32::from(prunes) {
            need(len, 6)?;
            let (mode, flags) = (u8at(b, p)?, u8at(b, p + 1)?);
            let source = bytes(b, p + 2, 4)?;
            c.s("\n\t");
            c.s(if i < u32::from(joins) {
                "Join "
            } else {
                "Prune"
            });
            c.s(if mode & 1 != 0 { " Sparse " } else { " Dense " });
            if flags & 0x80 != 0 {
                c.s("WC ");
            }
            c.s(if flags & 0x40 != 0 { "RP " } else { "SPT " });
            c.ip4(source);
            c.s_dec("/", flags & 0x3f);
            p += 6;
            len -= 6;
        }
    }
    Ok(())
}
