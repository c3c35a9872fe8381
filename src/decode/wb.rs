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
            c.s_dec(" wb-", t);
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
    c.s_dec(
        ":",
        u32::from_be_bytes([pair[4], pair[5], pair[6], pair[7]]),
    );
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
    c.s_dec("<", u32::from_be_bytes([f[8], f[9], f[10], f[11]]));
    c.s_dec(":", u32::from_be_bytes([f[12], f[13], f[14], f[15]]));
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
