//! WB, the LBL whiteboard (print-wb.c): UDP to port 4567 (or -T wb).
//! Announcements, repair requests and replies, drawing operations, page
//! requests and replies, and kills; with -v the drawing ops of a reply or
//! drawop message. Site ids and page owners are IPv4 addresses.
//!
//! tcpdump evaluates all of one printf's fields before it prints any, so a
//! message cut inside a printf's fields ends with nothing of that printf:
//! the readers below fetch a group's fields first, then print them.

use super::ctx::{Ctx, Res, Trunc, be16, be32, bytes, tcheck, u8at};

/// struct pkt_hdr: source, time stamp, version, type, flags.
const HDR_LEN: usize = 12;
/// struct pkt_id: mslot, mpage, and a pgstate.
const ID_LEN: usize = 28;
/// struct id_off: a site id and an offset.
const ID_OFF_LEN: usize = 8;
/// struct pkt_rreq: id, page, start and end sequence numbers.
const RREQ_LEN: usize = 20;
/// struct pkt_dop: page, start and end sequence numbers.
const DOP_LEN: usize = 16;
/// struct pkt_rrep: id and a pkt_dop.
const RREP_LEN: usize = 4 + DOP_LEN;
/// struct pkt_preq: page, low and high.
const PREQ_LEN: usize = 16;
/// struct pkt_prep: the number of pgstates that follow.
const PREP_LEN: usize = 4;
/// struct pgstate: slot, page, nid, reserved.
const PGSTATE_LEN: usize = 16;
/// struct dophdr: time stamp, body length, flags, type.
const DOPHDR_LEN: usize = 8;

const PT_DRAWOP: u8 = 0;
const PT_ID: u8 = 1;
const PT_RREQ: u8 = 2;
const PT_RREP: u8 = 3;
const PT_KILL: u8 = 4;
const PT_PREQ: u8 = 5;
const PT_PREP: u8 = 7;

const DT_SKIP: u8 = 14;
const DT_HOLE: u8 = 15;

const DOP_NAMES: &[(u32, &str)] = &[
    (2, "RECT"),
    (3, "LINE"),
    (4, "ML"),
    (5, "DEL"),
    (6, "XFORM"),
    (7, "ELL"),
    (8, "CHAR"),
    (9, "STR"),
    (10, "NOP"),
    (11, "PSCODE"),
    (12, "PSCOMP"),
    (13, "REF"),
    (14, "SKIP"),
    (15, "HOLE"),
];

/// wb_print: `b` is the UDP payload, `len` the bytes UDP says it holds.
pub(crate) fn wb(c: &mut Ctx, b: &[u8], len: usize) -> Res {
    c.proto = "wb";
    if len < HDR_LEN {
        c.invalid();
        return Ok(());
    }
    tcheck(b, 0, HDR_LEN)?;
    let len = len - HDR_LEN;
    if u8at(b, 11)? != 0 {
        c.s("*");
    }
    let body = super::ctx::rest(b, HDR_LEN);
    let valid = match u8at(b, 10)? {
        PT_KILL => {
            c.s(" wb-kill");
            return Ok(());
        }
        PT_ID => id(c, body, len)?,
        PT_RREQ => rreq(c, body, len)?,
        PT_RREP => rrep(c, body, len)?,
        PT_DRAWOP => drawop(c, body, len)?,
        PT_PREQ => preq(c, body, len)?,
        PT_PREP => prep(c, body, len)?,
        t => {
            c.s(" wb-");
            c.dec(t);
            c.s("!");
            false
        }
    };
    if !valid {
        c.invalid();
    }
    Ok(())
}

/// A site id or page owner as GET_IPADDR_STRING prints it.
fn addr(c: &mut Ctx, a: &[u8]) {
    c.ip4(a);
}

/// "ADDR:N": a page (owner and number) or an id_off (site and offset).
fn addr_num(c: &mut Ctx, pair: &[u8]) {
    addr(c, &pair[..4]);
    c.s(":");
    c.dec(u32::from_be_bytes([pair[4], pair[5], pair[6], pair[7]]));
}

/// "<a:n,b:m" lists of id_off entries (the "<" comes with the first): `count` of them from `off`
/// of `b`; each entry is fetched whole before it is printed.
fn id_offs(c: &mut Ctx, b: &[u8], off: usize, count: usize) -> Res<usize> {
    let mut off = off;
    for i in 0..count {
        let entry = bytes(b, off, ID_OFF_LEN)?;
        c.s(if i == 0 { "<" } else { "," });
        addr_num(c, entry);
        off += ID_OFF_LEN;
    }
    Ok(off)
}

/// "N/ADDR:M" of a slot and a page (fetched together).
fn slot_page(c: &mut Ctx, slot: u32, page: &[u8]) {
    c.dec(slot);
    c.s("/");
    addr_num(c, page);
}

/// wb_id: an announcement: this page state, the current page, the
/// sequence pointers of each site and the site's name.
fn id(c: &mut Ctx, b: &[u8], len: usize) -> Res<bool> {
    c.s(" wb-id:");
    if len < ID_LEN {
        return Ok(false);
    }
    let len = len - ID_LEN;
    let (mslot, mpage) = (be32(b, 0)?, bytes(b, 4, 8)?);
    let (slot, page) = (be32(b, 12)?, bytes(b, 16, 8)?);
    c.s(" ");
    slot_page(c, slot, page);
    c.s(" (max ");
    slot_page(c, mslot, mpage);
    c.s(") ");
    tcheck(b, 0, ID_LEN)?;
    let nid = usize::from(be16(b, 24)?);
    let Some(len) = len.checked_sub(ID_OFF_LEN * nid) else {
        return Ok(false);
    };
    let name_at = id_offs(c, b, ID_LEN, nid)?;
    c.s("> \"");
    c.printjnp(b, name_at, len)?;
    c.s("\"");
    Ok(true)
}

/// wb_rreq: "please repair ID OWNER:PAGE<START:END>".
fn rreq(c: &mut Ctx, b: &[u8], len: usize) -> Res<bool> {
    c.s(" wb-rreq:");
    repaired_id(c, b, len, RREQ_LEN, " please repair ")
}

/// "LABEL OWNER:PAGE<START:END>": the id a repair request or reply names
/// in its first `need` bytes; false when `len` is under `need`.
fn repaired_id(c: &mut Ctx, b: &[u8], len: usize, need: usize, label: &str) -> Res<bool> {
    if len < need {
        return Ok(false);
    }
    let fields = bytes(b, 0, need)?;
    c.s(label);
    addr(c, &fields[..4]);
    c.s(" ");
    page_range(c, &fields[4..]);
    Ok(true)
}

/// "OWNER:PAGE<START:END>" of a page and two sequence numbers (16 bytes).
fn page_range(c: &mut Ctx, f: &[u8]) {
    addr_num(c, &f[..8]);
    c.s("<");
    c.dec(u32::from_be_bytes([f[8], f[9], f[10], f[11]]));
    c.s(":");
    c.dec(u32::from_be_bytes([f[12], f[13], f[14], f[15]]));
    c.s(">");
}

/// wb_preq: "need LOW/OWNER:PAGE".
fn preq(c: &mut Ctx, b: &[u8], len: usize) -> Res<bool> {
    c.s(" wb-preq:");
    if len < PREQ_LEN {
        return Ok(false);
    }
    let (page, low) = (bytes(b, 0, 8)?, be32(b, 8)?);
    c.s(" need ");
    slot_page(c, low, page);
    tcheck(b, 0, PREQ_LEN)?;
    Ok(true)
}

/// wb_prep: page states, each "SLOT/OWNER:PAGE<id_offs>". tcpdump reads
/// the number of entries from the first byte of the 16-bit nid field.
fn prep(c: &mut Ctx, b: &[u8], len: usize) -> Res<bool> {
    c.s(" wb-prep:");
    if len < PREP_LEN {
        return Ok(false);
    }
    let mut n = be32(b, 0)?;
    let mut off = PREP_LEN;
    // Each state takes at least PGSTATE_LEN bytes, so the loop ends at
    // the end of the capture whatever `n` says.
    while n != 0 {
        let (slot, page) = (be32(b, off)?, bytes(b, off + 4, 8)?);
        c.s(" ");
        slot_page(c, slot, page);
        tcheck(b, off, PGSTATE_LEN)?;
        let nid = usize::from(u8at(b, off + 12)?);
        off = id_offs(c, b, off + PGSTATE_LEN, nid)?;
        c.s(">");
        n -= 1;
    }
    Ok(true)
}

/// wb_rrep: "for ID OWNER:PAGE<START:END>", and the ops with -v.
fn rrep(c: &mut Ctx, b: &[u8], len: usize) -> Res<bool> {
    c.s(" wb-rrep:");
    if !repaired_id(c, b, len, RREP_LEN, " for ")? {
        return Ok(false);
    }
    if c.o.verbose > 0 {
        dops(c, super::ctx::rest(b, 4))?;
    }
    Ok(true)
}

/// wb_drawop: " OWNER:PAGE<START:END>", and the ops with -v.
fn drawop(c: &mut Ctx, b: &[u8], len: usize) -> Res<bool> {
    c.s(" wb-dop:");
    if len < DOP_LEN {
        return Ok(false);
    }
    let fields = bytes(b, 0, DOP_LEN)?;
    c.s(" ");
    page_range(c, fields);
    if c.o.verbose > 0 {
        dops(c, b)?;
    }
    Ok(true)
}

/// wb_dops: the drawing ops after a pkt_dop `b`, one per sequence number
/// from start to end; a SKIP or HOLE op stands for a run of them. Each op
/// is at least DOPHDR_LEN bytes, so the walk ends at the end of the capture
/// even when the sequence range is huge.
fn dops(c: &mut Ctx, b: &[u8]) -> Res {
    let (mut ss, es) = (be32(b, 8)?, be32(b, 12)?);
    let mut off = DOP_LEN;
    c.s(" <");
    while ss <= es {
        let t = u8at(b, off + 7)?;
        c.s(" ");
        c.tok_or(DOP_NAMES, u32::from(t), "dop-", "!");
        if t == DT_SKIP || t == DT_HOLE {
            let ts = be32(b, off)?;
            c.dec(ts.wrapping_sub(ss).wrapping_add(1));
            if ss > ts || ts > es {
                c.s("[|]");
                if ts < ss {
                    return Ok(());
                }
            }
            ss = ts;
        }
        let body = usize::from(be16(b, off + 4)?);
        off = off
            .checked_add((body + DOPHDR_LEN).next_multiple_of(4))
            .ok_or(Trunc)?;
        // The C loop's counter wraps at the top of the range, so a range
        // ending at u32::MAX only ends with the capture.
        ss = ss.wrapping_add(1);
    }
    c.s(" >");
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden_levels, numeric};
    use crate::link::LinkType;

    /// Every message type (kill, announcements with and without sites,
    /// repair request and reply, drawing ops with SKIP and a HOLE that
    /// runs backwards, page request and reply, an unknown type), messages
    /// too short for their type or for the header, port 4567 as source
    /// only (not WB) and against RADIUS's port (WB first); then cut
    /// copies. tcpdump 4.99.3 -t -n and -v (the drawing ops).
    #[test]
    fn messages() {
        golden_levels(
            LinkType::Ethernet,
            &[
                (
                    "020000000002020000000001080045000028000100004011ee9cc6120001c61200027d0011d700143870c61200010001e24000010400",
                    0,
                ),
                (
                    "02000000000202000000000108004500005d000100004011ee67c6120001c61200027d0011d700496225c61200010001e2400001010000000004c61200090000000200000003c61200010000000100020000c612000500000011c6120006000000126c626c207369746500",
                    0,
                ),
                (
                    "020000000002020000000001080045000045000100004011ee7fc6120001c61200027d0011d700313700c61200010001e2400001010100000001c61200090000000200000001c6120001000000010000000078",
                    0,
                ),
                (
                    "02000000000202000000000108004500003c000100004011ee88c6120001c61200027d0011d70028adf6c61200010001e24000010200c6120003c6120004000000070000000a00000014",
                    0,
                ),
                (
                    "02000000000202000000000108004500006c000100004011ee58c6120001c61200027d0011d700587430c61200010001e24000010300c6120003c612000400000007000000050000000b000000050004000361626364000000060001000973000000000000090000000e0000000a000000020000000b00000063",
                    0,
                ),
                (
                    "020000000002020000000001080045000068000100004011ee5cc6120001c61200027d0011d700543d4ec61200010001e24000010000c612000400000007000000050000000b000000050004000361626364000000060001000973000000000000090000000e0000000a000000020000000b00000063",
                    0,
                ),
                (
                    "020000000002020000000001080045000048000100004011ee7cc6120001c61200027d0011d7003475ecc61200010001e24000010000c6120004000000070000000500000006000000020000000f0000000700000003",
                    0,
                ),
                (
                    "020000000002020000000001080045000038000100004011ee8cc6120001c61200027d0011d700247126c61200010001e24000010500c6120004000000070000000300000009",
                    0,
                ),
                (
                    "02000000000202000000000108004500005c000100004011ee68c6120001c61200027d0011d700481a90c61200010001e240000107000000000200000001c61200040000000702000000c612000500000001c61200060000000200000002c61200070000000800000000",
                    0,
                ),
                (
                    "020000000002020000000001080045000030000100004011ee94c6120001c61200027d0011d7001c3660c61200010001e240000106000000000000000000",
                    0,
                ),
                (
                    "020000000002020000000001080045000030000100004011ee94c6120001c61200027d0011d7001c3a60c61200010001e240000102000000000000000000",
                    0,
                ),
                (
                    "020000000002020000000001080045000043000100004011ee81c6120001c61200027d0011d7002f3b3ac61200010001e24000010100000000000000000000000000000000000000000000000000000000",
                    0,
                ),
                (
                    "020000000002020000000001080045000028000100004011ee9cc6120001c612000211d70fa00014a5d0c61200010001e24000010400",
                    0,
                ),
                (
                    "020000000002020000000001080045000028000100004011ee9cc6120001c6120002071411d70014ae5cc61200010001e24000010400",
                    0,
                ),
                (
                    "020000000002020000000001080045000024000100004011eea0c6120001c61200027d0011d70010e4ce0000000000000000",
                    0,
                ),
                (
                    "02000000000202000000000108004500005d000100004011ee67c6120001c61200027d0011d700496225c61200010001e2400001010000000004c61200090000000200000003c61200010000000100020000c612000500000011c6120006000000126c626c207369746500",
                    60,
                ),
                (
                    "02000000000202000000000108004500005d000100004011ee67c6120001c61200027d0011d700496225c61200010001e2400001010000000004c61200090000000200000003c61200010000000100020000c612000500000011c6120006000000126c626c207369746500",
                    84,
                ),
                (
                    "02000000000202000000000108004500005d000100004011ee67c6120001c61200027d0011d700496225c61200010001e2400001010000000004c61200090000000200000003c61200010000000100020000c612000500000011c6120006000000126c626c207369746500",
                    95,
                ),
                (
                    "02000000000202000000000108004500006c000100004011ee58c6120001c61200027d0011d700587430c61200010001e24000010300c6120003c612000400000007000000050000000b000000050004000361626364000000060001000973000000000000090000000e0000000a000000020000000b00000063",
                    80,
                ),
                (
                    "020000000002020000000001080045000068000100004011ee5cc6120001c61200027d0011d700543d4ec61200010001e24000010000c612000400000007000000050000000b000000050004000361626364000000060001000973000000000000090000000e0000000a000000020000000b00000063",
                    90,
                ),
                (
                    "02000000000202000000000108004500005c000100004011ee68c6120001c61200027d0011d700481a90c61200010001e240000107000000000200000001c61200040000000702000000c612000500000001c61200060000000200000002c61200070000000800000000",
                    70,
                ),
                (
                    "02000000000202000000000108004500005c000100004011ee68c6120001c61200027d0011d700481a90c61200010001e240000107000000000200000001c61200040000000702000000c612000500000001c61200060000000200000002c61200070000000800000000",
                    84,
                ),
                (
                    "020000000002020000000001080045000038000100004011ee8cc6120001c61200027d0011d700247126c61200010001e24000010500c6120004000000070000000300000009",
                    62,
                ),
            ],
            &[
                (
                    numeric(0),
                    &[
                        "IP 198.18.0.1.32000 > 198.18.0.2.4567:  wb-kill",
                        "IP 198.18.0.1.32000 > 198.18.0.2.4567:  wb-id: 3/198.18.0.1:1 (max 4/198.18.0.9:2) <198.18.0.5:17,198.18.0.6:18> \"lbl site\"",
                        "IP 198.18.0.1.32000 > 198.18.0.2.4567: * wb-id: 1/198.18.0.1:1 (max 1/198.18.0.9:2) > \"x\"",
                        "IP 198.18.0.1.32000 > 198.18.0.2.4567:  wb-rreq: please repair 198.18.0.3 198.18.0.4:7<10:20>",
                        "IP 198.18.0.1.32000 > 198.18.0.2.4567:  wb-rrep: for 198.18.0.3 198.18.0.4:7<5:11>",
                        "IP 198.18.0.1.32000 > 198.18.0.2.4567:  wb-dop: 198.18.0.4:7<5:11>",
                        "IP 198.18.0.1.32000 > 198.18.0.2.4567:  wb-dop: 198.18.0.4:7<5:6>",
                        "IP 198.18.0.1.32000 > 198.18.0.2.4567:  wb-preq: need 3/198.18.0.4:7",
                        "IP 198.18.0.1.32000 > 198.18.0.2.4567:  wb-prep: 1/198.18.0.4:7<198.18.0.5:1,198.18.0.6:2> 2/198.18.0.7:8>",
                        "IP 198.18.0.1.32000 > 198.18.0.2.4567:  wb-6! (invalid)",
                        "IP 198.18.0.1.32000 > 198.18.0.2.4567:  wb-rreq: (invalid)",
                        "IP 198.18.0.1.32000 > 198.18.0.2.4567:  wb-id: (invalid)",
                        "IP 198.18.0.1.4567 > 198.18.0.2.4000: UDP, length 12",
                        "IP 198.18.0.1.1812 > 198.18.0.2.4567:  wb-kill",
                        "IP 198.18.0.1.32000 > 198.18.0.2.4567:  (invalid)",
                        "IP 198.18.0.1.32000 > 198.18.0.2.4567:  wb-id: [|wb]",
                        "IP 198.18.0.1.32000 > 198.18.0.2.4567:  wb-id: 3/198.18.0.1:1 (max 4/198.18.0.9:2)  [|wb]",
                        "IP 198.18.0.1.32000 > 198.18.0.2.4567:  wb-id: 3/198.18.0.1:1 (max 4/198.18.0.9:2) <198.18.0.5:17 [|wb]",
                        "IP 198.18.0.1.32000 > 198.18.0.2.4567:  wb-rrep: for 198.18.0.3 198.18.0.4:7<5:11>",
                        "IP 198.18.0.1.32000 > 198.18.0.2.4567:  wb-dop: 198.18.0.4:7<5:11>",
                        "IP 198.18.0.1.32000 > 198.18.0.2.4567:  wb-prep: 1/198.18.0.4:7 [|wb]",
                        "IP 198.18.0.1.32000 > 198.18.0.2.4567:  wb-prep: 1/198.18.0.4:7<198.18.0.5:1 [|wb]",
                        "IP 198.18.0.1.32000 > 198.18.0.2.4567:  wb-preq: [|wb]",
                    ],
                ),
                (
                    numeric(1),
                    &[
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 40)\n    198.18.0.1.32000 > 198.18.0.2.4567:  wb-kill",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 93)\n    198.18.0.1.32000 > 198.18.0.2.4567:  wb-id: 3/198.18.0.1:1 (max 4/198.18.0.9:2) <198.18.0.5:17,198.18.0.6:18> \"lbl site\"",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 69)\n    198.18.0.1.32000 > 198.18.0.2.4567: * wb-id: 1/198.18.0.1:1 (max 1/198.18.0.9:2) > \"x\"",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 60)\n    198.18.0.1.32000 > 198.18.0.2.4567:  wb-rreq: please repair 198.18.0.3 198.18.0.4:7<10:20>",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 108)\n    198.18.0.1.32000 > 198.18.0.2.4567:  wb-rrep: for 198.18.0.3 198.18.0.4:7<5:11> < LINE STR SKIP3 RECT dop-99! >",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 104)\n    198.18.0.1.32000 > 198.18.0.2.4567:  wb-dop: 198.18.0.4:7<5:11> < LINE STR SKIP3 RECT dop-99! >",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 72)\n    198.18.0.1.32000 > 198.18.0.2.4567:  wb-dop: 198.18.0.4:7<5:6> < HOLE4294967294[|]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 56)\n    198.18.0.1.32000 > 198.18.0.2.4567:  wb-preq: need 3/198.18.0.4:7",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 92)\n    198.18.0.1.32000 > 198.18.0.2.4567:  wb-prep: 1/198.18.0.4:7<198.18.0.5:1,198.18.0.6:2> 2/198.18.0.7:8>",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 48)\n    198.18.0.1.32000 > 198.18.0.2.4567:  wb-6! (invalid)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 48)\n    198.18.0.1.32000 > 198.18.0.2.4567:  wb-rreq: (invalid)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 67)\n    198.18.0.1.32000 > 198.18.0.2.4567:  wb-id: (invalid)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 40)\n    198.18.0.1.4567 > 198.18.0.2.4000: UDP, length 12",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 40)\n    198.18.0.1.1812 > 198.18.0.2.4567:  wb-kill",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 36)\n    198.18.0.1.32000 > 198.18.0.2.4567:  (invalid)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 93)\n    198.18.0.1.32000 > 198.18.0.2.4567:  wb-id: [|wb]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 93)\n    198.18.0.1.32000 > 198.18.0.2.4567:  wb-id: 3/198.18.0.1:1 (max 4/198.18.0.9:2)  [|wb]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 93)\n    198.18.0.1.32000 > 198.18.0.2.4567:  wb-id: 3/198.18.0.1:1 (max 4/198.18.0.9:2) <198.18.0.5:17 [|wb]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 108)\n    198.18.0.1.32000 > 198.18.0.2.4567:  wb-rrep: for 198.18.0.3 198.18.0.4:7<5:11> < [|wb]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 104)\n    198.18.0.1.32000 > 198.18.0.2.4567:  wb-dop: 198.18.0.4:7<5:11> < LINE STR [|wb]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 92)\n    198.18.0.1.32000 > 198.18.0.2.4567:  wb-prep: 1/198.18.0.4:7 [|wb]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 92)\n    198.18.0.1.32000 > 198.18.0.2.4567:  wb-prep: 1/198.18.0.4:7<198.18.0.5:1 [|wb]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 56)\n    198.18.0.1.32000 > 198.18.0.2.4567:  wb-preq: [|wb]",
                    ],
                ),
            ],
        );
    }
}
