//! DVMRP (print-dvmrp.c), carried in IGMP type 0x13: every message type,
//! with probe details from -v and route reports from -vv.

use super::ctx::{Ctx, Res, be32, bytes, codes, relts, u8at};
use super::out::Emit;

codes! {
    /// The message types, as dvmrp_print names them.
    MSG_TYPES: u8 {
        PROBE = 1 => "Probe",
        REPORT = 2 => "Report",
        _ = 3 => "Ask-neighbors(old)",
        NEIGHBORS = 4 => "Neighbors(old)",
        _ = 5 => "Ask-neighbors2",
        NEIGHBORS2 = 6 => "Neighbors2",
        PRUNE = 7 => "Prune",
        GRAFT = 8 => "Graft",
        GRAFT_ACK = 9 => "Graft-ACK",
    }
}

/// The neighbor flags, in the order tcpdump appends them.
const NEIGHBOR_FLAGS: &[(u8, &str)] = &[
    (0x01, "/tunnel"),
    (0x02, "/srcrt"),
    (0x40, "/querier"),
    (0x20, "/disabled"),
    (0x10, "/down"),
];

const IGMP_HEADER_LEN: usize = 8;

/// dvmrp_print: `b` starts at the IGMP header, `length` is the IGMP length.
pub(crate) fn dvmrp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "dvmrp";
    if length < IGMP_HEADER_LEN {
        c.invalid_length([" [length ", " < ", "]"], length, 8);
        return Ok(());
    }
    let typ = u8at(b, 1)?;
    let body = b.get(IGMP_HEADER_LEN..).unwrap_or(&[]);
    let len = length - IGMP_HEADER_LEN;
    c.s(" ");
    c.tok_or(MSG_TYPES, typ.into(), "[type ", "]");
    let done = match typ {
        PROBE if c.o.verbose > 0 => probe(c, body, len)?,
        REPORT if c.o.verbose > 1 => report(c, body, len)?,
        NEIGHBORS => neighbors(c, body, len, false)?,
        NEIGHBORS2 => {
            // The version sits in the IGMP group address field.
            let (major, minor) = (u8at(b, 7)?, u8at(b, 6)?);
            c.s_dec(" (v ", major);
            c.s_dec(".", minor);
            c.s("):");
            neighbors(c, body, len, true)?
        }
        PRUNE => {
            src_grp(c, body)?;
            c.s(" timer ");
            let timer = be32(body, 8)?;
            relts(c, timer);
            true
        }
        GRAFT | GRAFT_ACK => {
            src_grp(c, body)?;
            true
        }
        _ => true,
    };
    if !done {
        c.invalid();
    }
    Ok(())
}

fn src_grp(c: &mut Ctx, b: &[u8]) -> Res {
    let (src, grp) = (bytes(b, 0, 4)?, bytes(b, 4, 4)?);
    c.s(" src ");
    c.ip4(src);
    c.s(" grp ");
    c.ip4(grp);
    Ok(())
}

/// " [WHAT N < MIN]", tcpdump's mark of a part too short; returns false so
/// the caller prints " (invalid)".
fn short(c: &mut Ctx, what: &str, len: usize, min: &str) -> bool {
    c.s(what);
    c.dec(len as u64);
    c.s(min);
    false
}

/// print_probe: the generation id, and from -vv the neighbor list.
fn probe(c: &mut Ctx, b: &[u8], len: usize) -> Res<bool> {
    if len < 4 {
        return Ok(short(c, " [full length ", len, " < 4]"));
    }
    c.s(if c.o.verbose > 1 { "\n\t" } else { " " });
    let genid = be32(b, 0)?;
    c.s_dec("genid ", genid);
    if c.o.verbose < 2 {
        return Ok(true);
    }
    let (mut at, mut left) = (4usize, len - 4);
    while left > 0 {
        if left < 4 {
            return Ok(short(c, "[remaining length ", left, " < 4]"));
        }
        let neighbor = bytes(b, at, 4)?;
        c.s("\n\tneighbor ");
        c.ip4(neighbor);
        at += 4;
        left -= 4;
    }
    Ok(true)
}

/// print_report: each mask (its three low bytes) and its origins, each a
/// mask-width prefix and a metric whose top bit ends the list.
fn report(c: &mut Ctx, b: &[u8], len: usize) -> Res<bool> {
    let (mut at, mut left) = (0usize, len);
    while left > 0 {
        if left < 3 {
            return Ok(short(c, " [length ", left, " < 3]"));
        }
        let m = bytes(b, at, 3)?;
        let width = if m[2] != 0 {
            4
        } else if m[1] != 0 {
            3
        } else if m[0] != 0 {
            2
        } else {
            1
        };
        c.s("\n\tMask ");
        c.out.ip4(&[0xff, m[0], m[1], m[2]]);
        at += 3;
        left -= 3;
        loop {
            if left < width + 1 {
                c.s("\n\t  [Truncated Report]");
                return Ok(false);
            }
            let mut origin = [0u8; 4];
            origin[..width].copy_from_slice(bytes(b, at, width)?);
            let metric = u8at(b, at + width)?;
            at += width + 1;
            left -= width + 1;
            c.s("\n\t  ");
            c.out.ip4(&origin);
            c.s_dec(" metric ", metric & 0x7f);
            if metric & 0x80 != 0 {
                break;
            }
        }
    }
    Ok(true)
}

/// print_neighbors and (`v2`) print_neighbors2: per local address, its
/// metric, threshold (v2: flags) and neighbors; v2's count must be used up
/// by the bytes there are.
fn neighbors(c: &mut Ctx, b: &[u8], len: usize, v2: bool) -> Res<bool> {
    let head = if v2 { 8 } else { 7 };
    let (mut at, mut left) = (0usize, len);
    while left > 0 {
        if left < head {
            let min = if v2 { " < 8]" } else { " < 7]" };
            return Ok(short(c, " [length ", left, min));
        }
        let laddr = at;
        let (metric, thresh) = (u8at(b, at + 4)?, u8at(b, at + 5)?);
        let flags = if v2 { u8at(b, at + 6)? } else { 0 };
        let mut count = u8at(b, at + head - 1)?;
        at += head;
        left -= head;
        while count > 0 && (left > 0 || !v2) {
            if left < 4 {
                return Ok(short(c, " [length ", left, " < 4]"));
            }
            c.s(" [");
            c.ip4(bytes(b, laddr, 4)?);
            // The arrow is out before the neighbor is read, with its
            // trailing blank only in the new form.
            c.s(if v2 { " -> " } else { " ->" });
            let neighbor = bytes(b, at, 4)?;
            if !v2 {
                c.s(" ");
            }
            c.ip4(neighbor);
            c.s(if v2 { " (" } else { ", (" });
            c.dec(metric);
            c.s_dec("/", thresh);
            for &(bit, name) in NEIGHBOR_FLAGS {
                if flags & bit != 0 {
                    c.s(name);
                }
            }
            c.s(")]");
            at += 4;
            left -= 4;
            count -= 1;
        }
        if v2 && count != 0 {
            c.s(" [invalid ncount]");
            return Ok(false);
        }
    }
    Ok(true)
}
