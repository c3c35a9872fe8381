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
            c.s(" (v ");
            c.dec(major);
            c.s(".");
            c.dec(minor);
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
    c.s("genid ");
    c.dec(genid);
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
            c.s(" metric ");
            c.dec(metric & 0x7f);
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
            c.s("/");
            c.dec(thresh);
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

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, golden_levels, numeric};
    use crate::link::LinkType;

    /// DVMRP messages with short bodies, whole, cut and of unknown type
    /// (expected text from tcpdump 4.99.3 -n).
    #[test]
    fn short_bodies() {
        golden(
            numeric(0),
            &[
                (
                    "02000000000202000000000108004500002c000100004002f6c6c0000201c0000207130200000000010163bd03abc61028c2f5970a4dc707d2dd",
                    "IP 192.0.2.1 > 192.0.2.7: igmp dvmrp Report",
                ),
                (
                    "020000000002020000000001080045000028000100004002f6cac0000201c0000207130b000000000303bacd9371f6ef22e05d180922",
                    "IP 192.0.2.1 > 192.0.2.7: igmp dvmrp [type 11]",
                ),
                (
                    "02000000000202000000000108004500001d000100004002f6d5c0000201c000020713",
                    "IP truncated-ip - 8 bytes missing! 192.0.2.1 > 192.0.2.7: igmp dvmrp [|dvmrp]",
                ),
                (
                    "020000000002020000000001080045000029000100004002f6c9c0000201c000020713080000000000014a9c4327b00afade56505cf523",
                    "IP 192.0.2.1 > 192.0.2.7: igmp dvmrp Graft src 74.156.67.39 grp 176.10.250.222",
                ),
                (
                    "02000000000202000000000108004500002a000100004002f6c8c0000201c000020713000000000002024c9799512d5d2f50c25ed898434c",
                    "IP 192.0.2.1 > 192.0.2.7: igmp dvmrp [type 0]",
                ),
                (
                    "020000000002020000000001080045000029000100004002f6c9c0000201c00002079404000013010000000002014a84cbd945",
                    "IP truncated-ip - 4 bytes missing! 192.0.2.1 > 192.0.2.7: igmp-148",
                ),
                (
                    "02000000000202000000000108004500001f000100004002f6d3c0000201c00002071308000000000300572040",
                    "IP 192.0.2.1 > 192.0.2.7: igmp dvmrp Graft [|dvmrp]",
                ),
                (
                    "020000000002020000000001080045000023000100004002f6cfc0000201c00002071307000000000002321f88e3d11e2b",
                    "IP 192.0.2.1 > 192.0.2.7: igmp dvmrp Prune [|dvmrp]",
                ),
            ],
        );
    }

    /// Probe, Report, Neighbors(old), Neighbors2 (good and with a count
    /// its bytes do not hold) at each -v level, and cut copies
    /// (expected text from tcpdump 4.99.3 -n).
    #[test]
    fn bodies_at_each_level() {
        golden_levels(
            LinkType::Ethernet,
            &[
                (
                    "020000000002020000000001080045000028000100004002eeabc6120001c61200021301000000000c0300000007c6120005c6120006",
                    0,
                ),
                (
                    "02000000000202000000000108004500002d000100004002eea6c6120001c612000213020000000000000a000000ff0101008100ffff020a0b0c88",
                    0,
                ),
                (
                    "02000000000202000000000108004500002b000100004002eea8c6120001c61200021304000000000000c6120001010202c6120002c6120003",
                    0,
                ),
                (
                    "020000000002020000000001080045000038000100004002ee9bc6120001c61200021306000000040c00c612000101014102c6120002c6120003c612000501010b01c6120009",
                    0,
                ),
                (
                    "020000000002020000000001080045000028000100004002eeabc6120001c61200021306000000040c00c612000101014103c6120002",
                    0,
                ),
                (
                    "020000000002020000000001080045000028000100004002eeabc6120001c61200021301000000000c0300000007c6120005c6120006",
                    46,
                ),
                (
                    "02000000000202000000000108004500002d000100004002eea6c6120001c612000213020000000000000a000000ff0101008100ffff020a0b0c88",
                    50,
                ),
                (
                    "020000000002020000000001080045000038000100004002ee9bc6120001c61200021306000000040c00c612000101014102c6120002c6120003c612000501010b01c6120009",
                    60,
                ),
                (
                    "020000000002020000000001080045000038000100004002ee9bc6120001c61200021306000000040c00c612000101014102c6120002c6120003c612000501010b01c6120009",
                    66,
                ),
                (
                    "02000000000202000000000108004500002b000100004002eea8c6120001c61200021304000000000000c6120001010202c6120002c6120003",
                    50,
                ),
            ],
            &[
                (
                    numeric(0),
                    &[
                        "IP 198.18.0.1 > 198.18.0.2: igmp dvmrp Probe",
                        "IP 198.18.0.1 > 198.18.0.2: igmp dvmrp Report",
                        "IP 198.18.0.1 > 198.18.0.2: igmp dvmrp Neighbors(old) [198.18.0.1 -> 198.18.0.2, (1/2)] [198.18.0.1 -> 198.18.0.3, (1/2)]",
                        "IP 198.18.0.1 > 198.18.0.2: igmp dvmrp Neighbors2 (v 0.12): [198.18.0.1 -> 198.18.0.2 (1/1/tunnel/querier)] [198.18.0.1 -> 198.18.0.3 (1/1/tunnel/querier)] [198.18.0.5 -> 198.18.0.9 (1/1/tunnel/srcrt)]",
                        "IP 198.18.0.1 > 198.18.0.2: igmp dvmrp Neighbors2 (v 0.12): [198.18.0.1 -> 198.18.0.2 (1/1/tunnel/querier)] [invalid ncount] (invalid)",
                        "IP 198.18.0.1 > 198.18.0.2: igmp dvmrp Probe",
                        "IP 198.18.0.1 > 198.18.0.2: igmp dvmrp Report",
                        "IP 198.18.0.1 > 198.18.0.2: igmp dvmrp Neighbors2 (v 0.12): [198.18.0.1 -> 198.18.0.2 (1/1/tunnel/querier)] [198.18.0.1 -> 198.18.0.3 (1/1/tunnel/querier)] [|dvmrp]",
                        "IP 198.18.0.1 > 198.18.0.2: igmp dvmrp Neighbors2 (v 0.12): [198.18.0.1 -> 198.18.0.2 (1/1/tunnel/querier)] [198.18.0.1 -> 198.18.0.3 (1/1/tunnel/querier)] [198.18.0.5 ->  [|dvmrp]",
                        "IP 198.18.0.1 > 198.18.0.2: igmp dvmrp Neighbors(old) [198.18.0.1 -> [|dvmrp]",
                    ],
                ),
                (
                    numeric(1),
                    &[
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto IGMP (2), length 40)\n    198.18.0.1 > 198.18.0.2: igmp dvmrp Probe genid 7 bad igmp cksum 0!",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto IGMP (2), length 45)\n    198.18.0.1 > 198.18.0.2: igmp dvmrp Report bad igmp cksum 0!",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto IGMP (2), length 43)\n    198.18.0.1 > 198.18.0.2: igmp dvmrp Neighbors(old) [198.18.0.1 -> 198.18.0.2, (1/2)] [198.18.0.1 -> 198.18.0.3, (1/2)] bad igmp cksum 0!",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto IGMP (2), length 56)\n    198.18.0.1 > 198.18.0.2: igmp dvmrp Neighbors2 (v 0.12): [198.18.0.1 -> 198.18.0.2 (1/1/tunnel/querier)] [198.18.0.1 -> 198.18.0.3 (1/1/tunnel/querier)] [198.18.0.5 -> 198.18.0.9 (1/1/tunnel/srcrt)] bad igmp cksum 0!",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto IGMP (2), length 40)\n    198.18.0.1 > 198.18.0.2: igmp dvmrp Neighbors2 (v 0.12): [198.18.0.1 -> 198.18.0.2 (1/1/tunnel/querier)] [invalid ncount] (invalid) bad igmp cksum 0!",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto IGMP (2), length 40)\n    198.18.0.1 > 198.18.0.2: igmp dvmrp Probe genid 7",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto IGMP (2), length 45)\n    198.18.0.1 > 198.18.0.2: igmp dvmrp Report",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto IGMP (2), length 56)\n    198.18.0.1 > 198.18.0.2: igmp dvmrp Neighbors2 (v 0.12): [198.18.0.1 -> 198.18.0.2 (1/1/tunnel/querier)] [198.18.0.1 -> 198.18.0.3 (1/1/tunnel/querier)] [|dvmrp]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto IGMP (2), length 56)\n    198.18.0.1 > 198.18.0.2: igmp dvmrp Neighbors2 (v 0.12): [198.18.0.1 -> 198.18.0.2 (1/1/tunnel/querier)] [198.18.0.1 -> 198.18.0.3 (1/1/tunnel/querier)] [198.18.0.5 ->  [|dvmrp]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto IGMP (2), length 43)\n    198.18.0.1 > 198.18.0.2: igmp dvmrp Neighbors(old) [198.18.0.1 -> [|dvmrp]",
                    ],
                ),
                (
                    numeric(2),
                    &[
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto IGMP (2), length 40)\n    198.18.0.1 > 198.18.0.2: igmp dvmrp Probe\n\tgenid 7\n\tneighbor 198.18.0.5\n\tneighbor 198.18.0.6 bad igmp cksum 0!",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto IGMP (2), length 45)\n    198.18.0.1 > 198.18.0.2: igmp dvmrp Report\n\tMask 255.10.0.0\n\t  0.255.0.0 metric 1\n\t  1.0.0.0 metric 1\n\tMask 255.0.255.255\n\t  2.10.11.12 metric 8 bad igmp cksum 0!",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto IGMP (2), length 43)\n    198.18.0.1 > 198.18.0.2: igmp dvmrp Neighbors(old) [198.18.0.1 -> 198.18.0.2, (1/2)] [198.18.0.1 -> 198.18.0.3, (1/2)] bad igmp cksum 0!",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto IGMP (2), length 56)\n    198.18.0.1 > 198.18.0.2: igmp dvmrp Neighbors2 (v 0.12): [198.18.0.1 -> 198.18.0.2 (1/1/tunnel/querier)] [198.18.0.1 -> 198.18.0.3 (1/1/tunnel/querier)] [198.18.0.5 -> 198.18.0.9 (1/1/tunnel/srcrt)] bad igmp cksum 0!",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto IGMP (2), length 40)\n    198.18.0.1 > 198.18.0.2: igmp dvmrp Neighbors2 (v 0.12): [198.18.0.1 -> 198.18.0.2 (1/1/tunnel/querier)] [invalid ncount] (invalid) bad igmp cksum 0!",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto IGMP (2), length 40)\n    198.18.0.1 > 198.18.0.2: igmp dvmrp Probe\n\tgenid 7 [|dvmrp]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto IGMP (2), length 45)\n    198.18.0.1 > 198.18.0.2: igmp dvmrp Report\n\tMask 255.10.0.0\n\t  0.255.0.0 metric 1 [|dvmrp]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto IGMP (2), length 56)\n    198.18.0.1 > 198.18.0.2: igmp dvmrp Neighbors2 (v 0.12): [198.18.0.1 -> 198.18.0.2 (1/1/tunnel/querier)] [198.18.0.1 -> 198.18.0.3 (1/1/tunnel/querier)] [|dvmrp]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto IGMP (2), length 56)\n    198.18.0.1 > 198.18.0.2: igmp dvmrp Neighbors2 (v 0.12): [198.18.0.1 -> 198.18.0.2 (1/1/tunnel/querier)] [198.18.0.1 -> 198.18.0.3 (1/1/tunnel/querier)] [198.18.0.5 ->  [|dvmrp]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto IGMP (2), length 43)\n    198.18.0.1 > 198.18.0.2: igmp dvmrp Neighbors(old) [198.18.0.1 -> [|dvmrp]",
                    ],
                ),
            ],
        );
    }
}
