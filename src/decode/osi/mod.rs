//! The OSI network layer as print-isoclns.c prints it: isoclns_print's
//! NLPID dispatch (this file), CLNP's summary (clnp.rs), ES-IS (esis.rs),
//! IS-IS (isis.rs; its TLVs in isis_tlv.rs, isis_reach.rs, isis_cap.rs and
//! isis_spb.rs).
//!
//! Every caller hands `isoclns` the PDU from its NLPID on, with the length
//! from there, tcpdump's isoclns_print(ndo, p, length) contract; the OSI
//! ethertype's row (`osi`) first skips the one byte that precedes the
//! NLPID in that encapsulation.

mod clnp;
mod esis;
mod isis;
mod isis_cap;
mod isis_reach;
mod isis_spb;
mod isis_tlv;

use super::hexdump;
use super::out::Emit;
use super::{Ctx, Res, dispatch, rest, u8at};
use crate::wire::nlpid;

/// The OSI ethertype's printer: one byte, then isoclns_print.
pub(crate) fn osi(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    if length == 0 || b.is_empty() {
        c.proto = "isoclns";
        c.trunc();
        return Ok(());
    }
    isoclns(c, rest(b, 1), length - 1)
}

/// isoclns_print: `b` starts at the NLPID, `length` counts from there.
pub(crate) fn isoclns(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "isoclns";
    let nlpid = u8at(b, 0)?;
    if c.o.link_header {
        c.s("OSI NLPID ");
        c.name_code(nlpid::name(nlpid).unwrap_or("Unknown"), nlpid, 2);
        c.s(": ");
    }
    let sep = if c.o.link_header { "" } else { ", " };
    match nlpid {
        nlpid::ISIS => {
            if !isis::isis(c, b, length)? {
                unknown_data(c, b, 0, "\n\t", length);
            }
        }
        nlpid::ESIS => esis::esis(c, b, length)?,
        nlpid::CLNP => {
            if !clnp::clnp(c, b, length)? {
                unknown_data(c, b, 0, "\n\t", length);
            }
        }
        nlpid::NULLNS => {
            c.s(sep);
            c.s_dec("length: ", length as u64);
        }
        nlpid::Q933 => dispatch::q933(c, rest(b, 1), length.saturating_sub(1))?,
        nlpid::IP => dispatch::ip(c, rest(b, 1), length.saturating_sub(1))?,
        nlpid::IP6 => dispatch::ip6(c, rest(b, 1), length.saturating_sub(1))?,
        nlpid::PPP => dispatch::ppp(c, rest(b, 1), length.saturating_sub(1))?,
        n => {
            if !c.o.link_header {
                c.s("OSI NLPID 0x");
                c.out.hex0(u64::from(n), 2);
                c.s(" unknown");
            }
            c.s(sep);
            c.s_dec("length: ", length as u64);
            if length > 1 {
                unknown_data(c, b, 0, "\n\t", length);
            }
        }
    }
    Ok(())
}

/// " length indicator(LI) > PDU size (LEN)!": a header claiming more
/// than the PDU holds (CLNP, ES-IS).
fn li_past_pdu(c: &mut Ctx, li: usize, length: usize) {
    c.dec_fields(&[
        (" length indicator(", li as u64),
        (") > PDU size (", length as u64),
    ]);
    c.s(")!");
}

/// A 24-bit big-endian value (tcpdump's GET_BE_U_3).
fn be24(b: &[u8], at: usize) -> Res<u32> {
    let x = super::bytes(b, at, 3)?;
    Ok(u32::from(x[0]) << 16 | u32::from(x[1]) << 8 | u32::from(x[2]))
}

/// print_unknown_data of `len` bytes from `b[off..]`.
fn unknown_data(c: &mut Ctx, b: &[u8], off: usize, indent: &str, len: usize) {
    hexdump::unknown_data(c.out, b, off, indent, len);
}

/// create_osi_cksum: the ISO 8473 Fletcher checksum of `data` computed
/// with the two bytes at `at` taken as zero.
fn osi_cksum(data: &[u8], at: usize) -> u16 {
    let (mut c0, mut c1) = (0u64, 0u64);
    for (i, &byte) in data.iter().enumerate() {
        if i != at && i != at + 1 {
            c0 += u64::from(byte);
        }
        c1 += c0;
    }
    let c0 = (c0 % 255) as i64;
    let c1 = (c1 % 255) as i64;
    let mul = (data.len() as i64 - at as i64) * c0;
    let mut x = mul - c0 - c1;
    let mut y = c1 - mul - 1;
    if y >= 0 {
        y += 1;
    }
    if x < 0 {
        x -= 1;
    }
    x %= 255;
    y %= 255;
    if x == 0 {
        x = 255;
    }
    if y == 0 {
        y = 255;
    }
    (((x as u16) & 0xff) << 8) | ((y as u16) & 0xff)
}

/// osi_print_cksum: the verdict on `checksum`, at `at` in the `length`
/// bytes from `b[0..]`.
fn print_cksum(c: &mut Ctx, b: &[u8], checksum: u16, at: usize, length: usize) {
    if checksum == 0 || b.len() < at + 2 || at > length || b.len() < length {
        c.s(" (unverified)");
        return;
    }
    let computed = osi_cksum(&b[..length], at);
    if computed == checksum {
        c.s(" (correct)");
    } else {
        c.s(" (incorrect should be 0x");
        c.out.hex0(u64::from(computed), 4);
        c.s(")");
    }
}
