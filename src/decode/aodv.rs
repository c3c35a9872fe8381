//! AODV, Ad hoc On-Demand Distance Vector routing (print-aodv.c, RFC 3561
//! and the IPv6 draft): route requests, replies, errors and their HELLO
//! extension, over IPv4 and IPv6.

use super::ctx::{Ctx, Res, Trunc, be32, bytes, tcheck, u8at};
use super::out::Emit;

const RREQ: u8 = 1;
const RREP: u8 = 2;
const RERR: u8 = 3;
const RREP_ACK: u8 = 4;
const V6_DRAFT_01_RREQ: u8 = 16;
const V6_DRAFT_01_RREP: u8 = 17;
const V6_DRAFT_01_RERR: u8 = 18;
const V6_DRAFT_01_RREP_ACK: u8 = 19;

/// Where a message's addresses and numbers sit, by layout (RFC 3561's
/// IPv4 one, its IPv6 twin, and the older IPv6 draft's reordering).
struct Layout {
    /// The fixed part, which must be captured and within the datagram.
    size: usize,
    v6: bool,
    dst_addr: usize,
    dst_seq: usize,
    src_addr: usize,
    /// The originator's sequence number (a request) or the route's
    /// lifetime (a reply).
    src_number: usize,
}

impl Layout {
    /// RFC 3561's order after `head` bytes of type, flags and counts (and
    /// a request's id): the destination address and sequence number, then
    /// the originator address and its number.
    const fn rfc3561(head: usize, v6: bool) -> Layout {
        let addr = if v6 { 16 } else { 4 };
        Layout {
            size: head + 2 * addr + 8,
            v6,
            dst_addr: head,
            dst_seq: head + addr,
            src_addr: head + addr + 4,
            src_number: head + 2 * addr + 4,
        }
    }
}

/// A request's type, flags, reserved byte, hop count and 4-byte id.
const RREQ_HEAD: usize = 8;
/// A reply's type, flags, prefix size and hop count.
const RREP_HEAD: usize = 4;
const RREQ_V4: Layout = Layout::rfc3561(RREQ_HEAD, false);
const RREQ_V6: Layout = Layout::rfc3561(RREQ_HEAD, true);
const RREP_V4: Layout = Layout::rfc3561(RREP_HEAD, false);
const RREP_V6: Layout = Layout::rfc3561(RREP_HEAD, true);
/// The IPv6 draft's request puts both sequence numbers before the
/// addresses.
const RREQ_DRAFT: Layout = Layout {
    size: 48,
    v6: true,
    dst_addr: 16,
    dst_seq: 8,
    src_addr: 32,
    src_number: 12,
};
/// The IPv6 draft's reply puts the destination's sequence number first.
const RREP_DRAFT: Layout = Layout {
    size: 44,
    v6: true,
    dst_addr: 8,
    dst_seq: 4,
    src_addr: 24,
    src_number: 40,
};

/// aodv_print. `v6` when the datagram came over IPv6.
pub(crate) fn aodv(c: &mut Ctx, b: &[u8], length: usize, v6: bool) -> Res {
    c.proto = "aodv";
    let typ = u8at(b, 0)?;
    c.s(" aodv");
    match (typ, v6) {
        (RREQ, false) => rreq(c, b, length, " rreq ", &RREQ_V4),
        (RREQ, true) => rreq(c, b, length, " v6 rreq ", &RREQ_V6),
        (V6_DRAFT_01_RREQ, _) => rreq(c, b, length, " rreq ", &RREQ_DRAFT),
        (RREP, false) => rrep(c, b, length, &RREP_V4),
        (RREP, true) => rrep(c, b, length, &RREP_V6),
        (V6_DRAFT_01_RREP, _) => rrep(c, b, length, &RREP_DRAFT),
        (RERR, v6) => rerr(c, b, length, v6),
        (V6_DRAFT_01_RERR, _) => rerr(c, b, length, true),
        (RREP_ACK | V6_DRAFT_01_RREP_ACK, _) => {
            c.s_dec(" rrep-ack ", length as u64);
            Ok(())
        }
        _ => {
            c.s_dec(" type ", typ);
            c.s_dec(" ", length as u64);
            Ok(())
        }
    }
}

/// The fixed part must be captured and within the datagram.
fn fixed(b: &[u8], length: usize, size: usize) -> Res {
    tcheck(b, 0, size)?;
    if length < size {
        return Err(Trunc);
    }
    Ok(())
}

fn addr(c: &mut Ctx, b: &[u8], at: usize, v6: bool) -> Res {
    if v6 {
        c.ip6(bytes(b, at, 16)?);
    } else {
        c.ip4(bytes(b, at, 4)?);
    }
    Ok(())
}

/// "\n\tdst ADDR<seq>SEQ src ADDR": the destination with its sequence
/// number and the originator, as requests and replies print them.
fn dst_src(c: &mut Ctx, b: &[u8], l: &Layout, seq: &str) -> Res {
    c.s("\n\tdst ");
    addr(c, b, l.dst_addr, l.v6)?;
    c.s(seq);
    c.dec(be32(b, l.dst_seq)?);
    c.s(" src ");
    addr(c, b, l.src_addr, l.v6)
}

/// A route request. tcpdump takes its J/R/G/D/U flags from the type
/// byte, not the flags byte, so they show only on odd types.
fn rreq(c: &mut Ctx, b: &[u8], length: usize, name: &str, l: &Layout) -> Res {
    fixed(b, length, l.size)?;
    c.s(name);
    c.dec(length as u64);
    c.s(" ");
    let flags = b[0];
    for (bit, mark) in [(0x80, "[J]"), (0x40, "[R]"), (0x20, "[G]"), (0x10, "[D]")] {
        if flags & bit != 0 {
            c.s(mark);
        }
    }
    c.s(if flags & 0x08 != 0 { "[U] " } else { " " });
    c.s_dec("hops ", b[3]);
    c.s(" id 0x");
    c.out.hex0(u64::from(be32(b, 4)?), 8);
    dst_src(c, b, l, " seq ")?;
    c.s(" seq ");
    c.dec(be32(b, l.src_number)?);
    extension(c, b, l.size, length - l.size)
}

/// A route reply; its R and A flags too come from the type byte.
fn rrep(c: &mut Ctx, b: &[u8], length: usize, l: &Layout) -> Res {
    fixed(b, length, l.size)?;
    c.s_dec(" rrep ", length as u64);
    c.s(" ");
    if b[0] & 0x80 != 0 {
        c.s("[R]");
    }
    c.s(if b[0] & 0x40 != 0 { "[A] " } else { " " });
    c.s_dec("prefix ", b[2] & 0x1f);
    c.s_dec(" hops ", b[3]);
    dst_src(c, b, l, " dseq ")?;
    c.s(" ");
    c.dec(be32(b, l.src_number)?);
    c.s(" ms");
    extension(c, b, l.size, length - l.size)
}

/// A route error: the unreachable destinations and their sequence numbers.
fn rerr(c: &mut Ctx, b: &[u8], length: usize, v6: bool) -> Res {
    fixed(b, length, 4)?;
    let (flags, count) = (b[1], b[3]);
    c.s(" rerr ");
    if flags & 0x80 != 0 {
        c.s("[D]");
    }
    c.s_dec(" [items ", count);
    c.s_dec("] [", length as u64);
    c.s("]:");
    let size = if v6 { 20 } else { 8 };
    let (mut at, mut left) = (4, length - 4);
    for _ in 0..count {
        tcheck(b, at, size)?;
        if left < size {
            return Err(Trunc);
        }
        c.s(" {");
        addr(c, b, at, v6)?;
        c.s("}(");
        c.dec(be32(b, at + size - 4)?);
        c.s(")");
        at += size;
        left -= size;
    }
    Ok(())
}

const EXT_HELLO: u8 = 1;

/// aodv_extension: what follows the fixed part, when there is room for
/// an extension header (`left` bytes of the datagram from `at`).
fn extension(c: &mut Ctx, b: &[u8], at: usize, left: usize) -> Res {
    if left < 2 {
        return Ok(());
    }
    tcheck(b, at, 2)?;
    let (typ, len) = (b[at], b[at + 1]);
    if typ != EXT_HELLO {
        c.s_dec("\n\text ", typ);
        c.s_dec(" ", len);
        return Ok(());
    }
    tcheck(b, at, 6)?;
    if left < 6 {
        return Err(Trunc);
    }
    if len < 4 {
        c.s_dec("\n\text HELLO - bad length ", len);
        return Ok(());
    }
    c.s("\n\text HELLO ");
    c.dec(be32(b, at + 2)?);
    c.s(" ms");
    Ok(())
}
