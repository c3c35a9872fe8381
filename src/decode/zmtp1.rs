//! ZMTP/1.0, ZeroMQ's framing (print-zeromq.c): over TCP with -T zmtp1,
//! and inside PGM ODATA/RDATA with -T pgm_zmtp1 (a datagram that starts
//! with the offset of its first whole frame). With -v each frame's flags
//! and the start of its body as hex; with -vv all of it.

use super::ctx::{Ctx, Res, Trunc, be16, bytes, tcheck, u8at};
use super::hexdump;
use super::out::Emit;

/// Body bytes a single -v dumps per frame.
const VBYTES: usize = 128;

/// zmtp1_print: the frames of a TCP segment's `len` bytes.
pub(crate) fn zmtp1(c: &mut Ctx, b: &[u8], len: usize) -> Res {
    c.proto = "zmtp1";
    c.s(": ZMTP/1.0");
    frames(c, b, 0, b.len().min(len))
}

/// zmtp1_datagram_print: the intermediate part before the first frame,
/// then the frames of a PGM datagram's `len` bytes.
pub(crate) fn datagram(c: &mut Ctx, b: &[u8], len: usize) -> Res {
    c.proto = "zmtp1";
    let at = intermediate_part(c, b, len)?;
    frames(c, b, at, b.len().min(len))
}

/// Frame after frame from `at` until `end`; each moves on by at least
/// its length byte.
fn frames(c: &mut Ctx, b: &[u8], mut at: usize, end: usize) -> Res {
    while at < end {
        at = frame(c, b, at, end)?;
    }
    Ok(())
}

/// zmtp1_print_frame: one frame at `at`; returns where the next starts.
fn frame(c: &mut Ctx, b: &[u8], at: usize, end: usize) -> Res<usize> {
    c.s("\n\t");
    let (header_len, declared) = if u8at(b, at)? != 0xff {
        let declared = u64::from(u8at(b, at)?);
        c.s_dec(" frame flags+body  (8-bit) length ", declared);
        (1, declared)
    } else {
        c.s(" frame flags+body (64-bit) length");
        let long = bytes(b, at + 1, 8)?;
        let declared = long.iter().fold(0u64, |v, &x| v << 8 | u64::from(x));
        c.s_dec(" ", declared);
        (9, declared)
    };
    if declared == 0 {
        return Ok(at + header_len);
    }
    let flags = u8at(b, at + header_len)?;
    // tcpdump's unsigned subtraction: a 64-bit header past `end` wraps.
    let captured = (end as u64).wrapping_sub((at + header_len) as u64);
    if declared > captured {
        c.s_dec(" (", captured);
        c.s(" captured)");
    }
    c.s(", flags 0x");
    c.out.hex0(u64::from(flags), 2);
    if c.o.verbose > 0 {
        c.s(" (");
        for bit in (1..8).rev() {
            c.s(if flags & 1 << bit != 0 { "MBZ|" } else { "-|" });
        }
        c.s(if flags & 1 != 0 { "MORE)" } else { "-)" });
        let mut printed = captured.min(declared);
        if c.o.verbose == 1 {
            printed = printed.min(VBYTES as u64 + 1);
        }
        if printed > 1 {
            c.s_dec(", first ", printed - 1);
            c.s(" byte(s) of body:");
            dump(c, b, at + header_len + 1, printed - 1)?;
        }
    }
    let body = at + header_len;
    let declared = usize::try_from(declared).map_err(|_| Trunc)?;
    tcheck(b, body, declared)?;
    Ok(body + declared)
}

/// hex_and_ascii_print under "\n\t ": what was captured of `len` bytes
/// at `at`, then truncation when the capture ends first.
fn dump(c: &mut Ctx, b: &[u8], at: usize, len: u64) -> Res {
    let avail = b.get(at..).unwrap_or(&[]);
    let shown = usize::try_from(len).unwrap_or(usize::MAX).min(avail.len());
    hexdump::hex_ascii(c.out, "\n\t ", &avail[..shown]);
    if len > shown as u64 {
        Err(Trunc)
    } else {
        Ok(())
    }
}

/// zmtp1_print_intermediate_part: the frame offset and the tail of a
/// message begun in an earlier datagram; returns where frames start.
fn intermediate_part(c: &mut Ctx, b: &[u8], len: usize) -> Res<usize> {
    let field = be16(b, 0)?;
    c.s("\n\t frame offset 0x");
    c.out.hex0(u64::from(field), 4);
    let remaining = b.len().saturating_sub(2);
    let offset = if field == 0xffff {
        // The whole datagram (u_int arithmetic, as tcpdump's).
        (len as u32).wrapping_sub(2) as usize
    } else if 2 + usize::from(field) > len {
        c.s(" (exceeds datagram declared length)");
        return Err(Trunc);
    } else {
        usize::from(field)
    };
    if offset != 0 {
        c.s_dec("\n\t frame intermediate part, ", offset as u64);
        c.s(" bytes");
        if offset > remaining {
            c.s_dec(" (", remaining as u64);
            c.s(" captured)");
        }
        if c.o.verbose > 0 {
            let mut printed = offset.min(remaining);
            if c.o.verbose == 1 {
                printed = printed.min(VBYTES);
            }
            if printed > 1 {
                c.s_dec(", first ", printed as u64);
                c.s(" byte(s):");
                dump(c, b, 2, printed as u64)?;
            }
        }
    }
    Ok(2 + offset)
}
