//! The LBL whiteboard, wb (print-wb.c), reached only by -T wb: session
//! announcements, repair requests and replies, page vectors and drawing
//! operations.
//!
//! tcpdump reads all the fields of one ND_PRINT before it prints any, so
//! each printer here reads a line's fields first: a cut field prints
//! nothing of its group before the truncation mark.

use super::ctx::{Ctx, Res, Trunc, be16, be32, bytes, u8at};

/// struct pkt_hdr: source, time stamp, version, type, flags.
const HEADER_LEN: usize = 12;
/// struct pkt_dop: page (session, number), first and last sequence.
const DOP_LEN: usize = 16;
/// struct dophdr: time stamp, body length, flags, type.
const DOPHDR_LEN: usize = 8;
/// struct pgstate: slot, page, count of id_off entries, reserved.
const PGSTATE_LEN: usize = 16;
/// struct id_off: site and offset.
const ID_OFF_LEN: usize = 8;

const DT_SKIP: u8 = 14;
const DT_HOLE: u8 = 15;

/// tcpdump's dop_str.
const DRAWING_OPS: [(u32, &str); 14] = [
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

/// What a message printer found: whether its length was long enough.
type Valid = Res<bool>;

/// wb_print: flags, then the message its type names.
pub(crate) fn wb(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "wb";
    if length < HEADER_LEN {
        c.invalid();
        return Ok(());
    }
    if b.len() < HEADER_LEN {
        return Err(Trunc);
    }
    let len = length - HEADER_LEN;
    if u8at(b, 11)? != 0 {
        c.s("*");
    }
    let body = &b[HEADER_LEN..];
    let valid = match u8at(b, 10)? {
        4 => {
            c.s(" wb-kill");
            return Ok(());
        }
        1 => id(c, body, len)?,
        2 => repair_request(c, body, len)?,
        3 => repair_reply(c, body, len)?,
        0 => drawop(c, body, len)?,
        5 => page_request(c, body, len)?,
        7 => page_reply(c, body, len)?,
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

/// A page: SESSION:NUMBER, the session an address.
struct Page<'a> {
    session: &'a [u8],
    number: u32,
}

fn page(b: &[u8], at: usize) -> Res<Page<'_>> {
    Ok(Page {
        session: bytes(b, at, 4)?,
        number: be32(b, at + 4)?,
    })
}

impl Page<'_> {
    fn print(&self, c: &mut Ctx) {
        c.ip4(self.session);
        c.s(":");
        c.dec(self.number);
    }

    /// SLOT/SESSION:NUMBER.
    fn print_in_slot(&self, c: &mut Ctx, slot: u32) {
        c.dec(slot);
        c.s("/");
        self.print(c);
    }
}

/// <ID:OFF,ID:OFF...> entries, each read before it is printed.
fn id_offsets(c: &mut Ctx, b: &[u8], mut at: usize, count: usize) -> Res<usize> {
    let mut sep = "<";
    for _ in 0..count {
        let site = bytes(b, at, 4)?;
        let offset = be32(b, at + 4)?;
        c.s(sep);
        c.ip4(site);
        c.s(":");
        c.dec(offset);
        sep = ",";
        at += ID_OFF_LEN;
    }
    Ok(at)
}

/// wb_id: an announcement, its page states and the site name.
fn id(c: &mut Ctx, b: &[u8], len: usize) -> Valid {
    c.s(" wb-id:");
    // struct pkt_id: max slot, max page, then a pgstate.
    let Some(len) = len.checked_sub(12 + PGSTATE_LEN) else {
        return Ok(false);
    };
    let max_slot = be32(b, 0)?;
    let max_page = page(b, 4)?;
    let slot = be32(b, 12)?;
    let current = page(b, 16)?;
    c.s(" ");
    current.print_in_slot(c, slot);
    c.s(" (max ");
    max_page.print_in_slot(c, max_slot);
    c.s(") ");
    bytes(b, 0, 12 + PGSTATE_LEN)?;
    let nid = usize::from(be16(b, 24)?);
    let Some(len) = len.checked_sub(ID_OFF_LEN * nid) else {
        return Ok(false);
    };
    let site_name = id_offsets(c, b, 12 + PGSTATE_LEN, nid)?;
    c.s("> \"");
    c.printjnp(b, site_name, len)?;
    c.s("\"");
    Ok(true)
}

/// wb_rreq: which site's operations on which page need repair.
fn repair_request(c: &mut Ctx, b: &[u8], len: usize) -> Valid {
    c.s(" wb-rreq:");
    if len < 20 {
        return Ok(false);
    }
    site_page_range(c, b, " please repair ")?;
    Ok(true)
}

/// wb_preq: a page vector request.
fn page_request(c: &mut Ctx, b: &[u8], len: usize) -> Valid {
    c.s(" wb-preq:");
    if len < 16 {
        return Ok(false);
    }
    let page = page(b, 0)?;
    let low = be32(b, 8)?;
    c.s(" need ");
    c.dec(low);
    c.s("/");
    page.print(c);
    bytes(b, 0, 16)?;
    Ok(true)
}

/// wb_prep: page states, each with its site offsets. tcpdump reads one
/// byte of the 16-bit count, the high one.
fn page_reply(c: &mut Ctx, b: &[u8], len: usize) -> Valid {
    c.s(" wb-prep:");
    if len < 4 {
        return Ok(false);
    }
    let mut states = be32(b, 0)?;
    let mut at = 4;
    while states != 0 {
        let slot = be32(b, at)?;
        let page = page(b, at + 4)?;
        c.s(" ");
        page.print_in_slot(c, slot);
        bytes(b, at, PGSTATE_LEN)?;
        let nid = usize::from(u8at(b, at + 12)?);
        at = id_offsets(c, b, at + PGSTATE_LEN, nid)?;
        c.s(">");
        states -= 1;
    }
    Ok(true)
}

/// wb_rrep: a repair reply, and with -v its drawing operations.
fn repair_reply(c: &mut Ctx, b: &[u8], len: usize) -> Valid {
    c.s(" wb-rrep:");
    if len < 4 + DOP_LEN {
        return Ok(false);
    }
    let (first, last) = site_page_range(c, b, " for ")?;
    if c.o.verbose > 0 {
        drawing_ops(c, b, 4 + DOP_LEN, first, last)?;
    }
    Ok(true)
}

/// wb_drawop: drawing operations on a page.
fn drawop(c: &mut Ctx, b: &[u8], len: usize) -> Valid {
    c.s(" wb-dop:");
    if len < DOP_LEN {
        return Ok(false);
    }
    let page = page(b, 0)?;
    let (first, last) = (be32(b, 8)?, be32(b, 12)?);
    c.s(" ");
    page.print(c);
    seq_range(c, first, last);
    if c.o.verbose > 0 {
        drawing_ops(c, b, DOP_LEN, first, last)?;
    }
    Ok(true)
}

/// LABEL SITE PAGE<FIRST:LAST>, all read first; returns the range.
fn site_page_range(c: &mut Ctx, b: &[u8], label: &str) -> Res<(u32, u32)> {
    let site = bytes(b, 0, 4)?;
    let page = page(b, 4)?;
    let (first, last) = (be32(b, 12)?, be32(b, 16)?);
    c.s(label);
    c.ip4(site);
    c.s(" ");
    page.print(c);
    seq_range(c, first, last);
    Ok((first, last))
}

fn seq_range(c: &mut Ctx, first: u32, last: u32) {
    c.s("<");
    c.dec(first);
    c.s(":");
    c.dec(last);
    c.s(">");
}

/// wb_dops: one name per sequence number from `seq` to `last`; SKIP and
/// HOLE jump to their time stamp. Every step moves on by at least a
/// header, so a long range ends where the capture does.
fn drawing_ops(c: &mut Ctx, b: &[u8], mut at: usize, mut seq: u32, last: u32) -> Res {
    c.s(" <");
    while seq <= last {
        let t = u8at(b, at + 7)?;
        c.s(" ");
        c.tok_or(&DRAWING_OPS, u32::from(t), "dop-", "!");
        if t == DT_SKIP || t == DT_HOLE {
            let ts = be32(b, at)?;
            c.dec(ts.wrapping_sub(seq).wrapping_add(1));
            if seq > ts || ts > last {
                c.s("[|]");
                if ts < seq {
                    return Ok(());
                }
            }
            seq = ts;
        }
        let body = usize::from(be16(b, at + 4)?);
        at = at.saturating_add((body + DOPHDR_LEN + 3) & !3);
        // ++ss in tcpdump's u_int: wraps, and the loop goes on (until
        // the capture ends) when the range ends at the largest number.
        seq = seq.wrapping_add(1);
    }
    c.s(" >");
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden_levels, numeric};
    use crate::decode::{PacketType, PrintOptions};
    use crate::link::LinkType;

    /// -T wb without and with -v: an announcement whole and cut, drawing operations with a skip, a page-vector reply, a kill with flags, an unknown type (tcpdump 4.99.3's lines).
    #[test]
    fn messages() {
        golden_levels(
            LinkType::Ethernet,
            &[
                (
                    "02000000000202000000000108004500005d000100004011ee67c6120001c612000211d711d70049aba8c6120001000003e80001010000000003c61200010000000700000002c61200020000000500020000c61200010000000ac6120002000000146c626c2d7369746500",
                    0,
                ),
                (
                    "02000000000202000000000108004500005d000100004011ee67c6120001c612000211d711d70049aba8c6120001000003e80001010000000003c61200010000000700000002c61200020000000500020000c61200010000000ac6120002000000146c626c2d7369746500",
                    70,
                ),
                (
                    "020000000002020000000001080045000070000100004011ee54c6120001c612000211d711d7005cb130c6120001000003e800010001c6120001000000070000000100000005000000000008000200000000000000000000000000000003000000040000000e00000000000500097465787421000000000000000000000a",
                    0,
                ),
                (
                    "020000000002020000000001080045000054000100004011ee70c6120001c612000211d711d700402b46c6120001000003e8000107000000000200000001c61200010000000701000000c61200020000000400000002c61200020000000800000000",
                    0,
                ),
                (
                    "020000000002020000000001080045000028000100004011ee9cc6120001c612000211d711d7001481f1c6120001000003e800010402",
                    0,
                ),
                (
                    "02000000000202000000000108004500002c000100004011ee98c6120001c612000211d711d700187cebc6120001000003e80001090000000000",
                    0,
                ),
            ],
            &[
                // -T wb
                (
                    PrintOptions {
                        packet_type: Some(PacketType::Wb),
                        ..numeric(0)
                    },
                    &[
                        "IP 198.18.0.1.4567 > 198.18.0.2.4567:  wb-id: 2/198.18.0.2:5 (max 3/198.18.0.1:7) <198.18.0.1:10,198.18.0.2:20> \"lbl-site\"",
                        "IP 198.18.0.1.4567 > 198.18.0.2.4567:  wb-id: [|wb]",
                        "IP 198.18.0.1.4567 > 198.18.0.2.4567: * wb-dop: 198.18.0.1:7<1:5>",
                        "IP 198.18.0.1.4567 > 198.18.0.2.4567:  wb-prep: 1/198.18.0.1:7<198.18.0.2:4> 2/198.18.0.2:8>",
                        "IP 198.18.0.1.4567 > 198.18.0.2.4567: * wb-kill",
                        "IP 198.18.0.1.4567 > 198.18.0.2.4567:  wb-9! (invalid)",
                    ],
                ),
                // -T wb -v
                (
                    PrintOptions {
                        packet_type: Some(PacketType::Wb),
                        ..numeric(1)
                    },
                    &[
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 93)\n    198.18.0.1.4567 > 198.18.0.2.4567:  wb-id: 2/198.18.0.2:5 (max 3/198.18.0.1:7) <198.18.0.1:10,198.18.0.2:20> \"lbl-site\"",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 93)\n    198.18.0.1.4567 > 198.18.0.2.4567:  wb-id: [|wb]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 112)\n    198.18.0.1.4567 > 198.18.0.2.4567: * wb-dop: 198.18.0.1:7<1:5> < RECT LINE SKIP2 STR >",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 84)\n    198.18.0.1.4567 > 198.18.0.2.4567:  wb-prep: 1/198.18.0.1:7<198.18.0.2:4> 2/198.18.0.2:8>",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 40)\n    198.18.0.1.4567 > 198.18.0.2.4567: * wb-kill",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 44)\n    198.18.0.1.4567 > 198.18.0.2.4567:  wb-9! (invalid)",
                    ],
                ),
            ],
        );
    }
}
