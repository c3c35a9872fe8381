//! SLIP and CSLIP (print-sl.c): BPF's 16-byte pseudo-header (direction,
//! then the Van Jacobson compressed header as it arrived), then the IP
//! packet as decompressed. With -e the direction and the compressed
//! header's changes are printed.

use super::dispatch;
use super::{Ctx, Res, be16, bytes, u8at};

/// The pseudo-header BPF puts before each packet.
const HDRLEN: usize = 16;
/// Its fields: direction, then the compressed header (first byte: type).
const DIR: usize = 0;
const CHDR: usize = 1;
const DIR_IN: u8 = 0;
const DIR_OUT: u8 = 1;

// The type in the compressed header's first byte (slcompress.h).
const TYPE_IP: u8 = 0x40;
const TYPE_UNCOMPRESSED_TCP: u8 = 0x70;
const TYPE_COMPRESSED_TCP: u8 = 0x80;
// What changed, in a compressed header's first byte.
const NEW_C: u8 = 0x40;
const NEW_I: u8 = 0x20;
const NEW_S: u8 = 0x08;
const NEW_A: u8 = 0x04;
const NEW_W: u8 = 0x02;
const NEW_U: u8 = 0x01;
const SPECIAL_I: u8 = NEW_S | NEW_W | NEW_U;
const SPECIAL_D: u8 = NEW_S | NEW_A | NEW_W | NEW_U;
const SPECIALS_MASK: u8 = NEW_S | NEW_A | NEW_W | NEW_U;

/// sl_if_print: DLT_SLIP.
pub(crate) fn link(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "slip";
    bytes(b, 0, HDRLEN)?;
    c.ll_len += HDRLEN;
    let length = (wire_len as usize).saturating_sub(HDRLEN);
    let ip = &b[HDRLEN..];
    if c.o.link_header {
        link_header(c, b, length)?;
    }
    match u8at(ip, 0)? >> 4 {
        4 => dispatch::ip(c, ip, length),
        6 => dispatch::ip6(c, ip, length),
        v => {
            c.s_dec("ip v", v);
            Ok(())
        }
    }
}

/// sl_bsdos_if_print: DLT_SLIP_BSDOS, always IPv4, no -e header.
pub(crate) fn bsdos(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "slip_bsdos";
    bytes(b, 0, HDRLEN)?;
    c.ll_len += HDRLEN;
    let length = (wire_len as usize).saturating_sub(HDRLEN);
    dispatch::ip(c, &b[HDRLEN..], length)
}

/// The length of the TCP/IP headers of the packet at `ip`, in bytes.
fn tcpip_header_len(ip: &[u8]) -> Res<u32> {
    bytes(ip, 0, 20)?;
    let ihl = usize::from(ip[0] & 0x0f) * 4;
    let tcp = bytes(ip, ihl, 20)?;
    Ok((ihl + usize::from(tcp[12] >> 4) * 4) as u32)
}

/// sliplink_print: the direction, then what the compressed header says.
fn link_header(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    let dir = match b[DIR] {
        DIR_IN => {
            c.s("I ");
            Some(0)
        }
        DIR_OUT => {
            c.s("O ");
            Some(1)
        }
        other => {
            c.s_dec("Invalid direction ", other);
            c.s(" ");
            None
        }
    };
    let ip = &b[HDRLEN..];
    let kind = b[CHDR];
    match kind & 0xf0 {
        TYPE_IP => {
            c.s_dec("ip ", (length + HDRLEN) as u64);
            c.s(": ");
        }
        TYPE_UNCOMPRESSED_TCP => {
            // The connection number is in the IP protocol field as it
            // arrived; the copy in the packet was restored to TCP.
            let conn = b[CHDR + 9];
            c.slip.last_conn = conn;
            c.s_dec("utcp ", conn);
            c.s(": ");
            let Some(dir) = dir else {
                return Ok(());
            };
            let hlen = tcpip_header_len(ip)?;
            c.slip.last_len[dir][usize::from(conn)] = (length as u32).wrapping_sub(hlen);
        }
        _ => {
            let Some(dir) = dir else {
                return Ok(());
            };
            if kind & TYPE_COMPRESSED_TCP != 0 {
                compressed(c, b, ip, length, dir)?;
                c.s(": ");
            } else {
                c.s_dec("slip-", kind);
                c.s("!: ");
            }
        }
    }
    Ok(())
}

/// print_sl_change: " NAMEn", n in one byte, or in two after a zero.
/// tcpdump moves past a change only in its three-byte form: a one-byte
/// change is read again by the next field, and so it is here.
fn change(c: &mut Ctx, name: &str, b: &[u8], at: usize) -> Res<usize> {
    let (v, next) = match u8at(b, at)? {
        0 => (be16(b, at + 1)?, at + 3),
        v => (u16::from(v), at),
    };
    c.s(" ");
    c.s(name);
    c.dec(v);
    Ok(next)
}

/// print_sl_winchange: the window's change, signed (and, as above, a
/// one-byte change not moved past).
fn window_change(c: &mut Ctx, b: &[u8], at: usize) -> Res<usize> {
    let (v, next) = match u8at(b, at)? {
        0 => (i64::from(be16(b, at + 1)? as i16), at + 3),
        v => (i64::from(v), at),
    };
    c.s(if v >= 0 { " W+" } else { " W-" });
    c.dec(v.unsigned_abs());
    Ok(next)
}

/// compressed_sl_print: a compressed TCP header's changes, the data
/// length and the compressed header's length.
fn compressed(c: &mut Ctx, b: &[u8], ip: &[u8], length: usize, dir: usize) -> Res {
    let flags = b[CHDR];
    let mut at = CHDR + 1;
    if flags & NEW_C != 0 {
        let conn = u8at(b, at)?;
        c.slip.last_conn = conn;
        at += 1;
        c.s_dec("ctcp ", conn);
    } else {
        c.s("ctcp *");
    }
    // The TCP checksum.
    at += 2;
    let conn = usize::from(c.slip.last_conn);
    match flags & SPECIALS_MASK {
        SPECIAL_I | SPECIAL_D => {
            c.s(if flags & SPECIALS_MASK == SPECIAL_I {
                " *SA+"
            } else {
                " *S+"
            });
            let last = c.slip.last_len[dir][conn];
            c.dec(last);
        }
        _ => {
            if flags & NEW_U != 0 {
                at = change(c, "U=", b, at)?;
            }
            if flags & NEW_W != 0 {
                at = window_change(c, b, at)?;
            }
            if flags & NEW_A != 0 {
                at = change(c, "A+", b, at)?;
            }
            if flags & NEW_S != 0 {
                at = change(c, "S+", b, at)?;
            }
        }
    }
    if flags & NEW_I != 0 {
        at = change(c, "I+", b, at)?;
    }
    let hlen = tcpip_header_len(ip)?;
    let last = (length as u32).wrapping_sub(hlen);
    c.slip.last_len[dir][conn] = last;
    c.s_dec(" ", last);
    c.s_dec(" (", (at - CHDR) as u64);
    c.s(")");
    Ok(())
}
