//! FRF.16 multilink Frame Relay (print-fr.c's mfr_print): link integrity
//! control frames with their information elements, and fragments whose
//! first (or only) piece is a Frame Relay frame.

use super::super::ctx::codes;
use super::super::hexdump;
use super::super::out::Emit;
use super::super::{Ctx, Res, print_char, time};
use super::{FRAG_FLAG_MASK, FRAG_FLAGS};
use crate::packet::Timeval;

/// B, E and C set with a zero second byte: a control frame.
const CONTROL: u8 = 0xe0;
const BEGIN: u8 = 0x80;
const BEGIN_END: u8 = 0xc0;

const MESSAGES: &[(u32, &str)] = &[
    (1, "Add Link"),
    (2, "Add Link ACK"),
    (3, "Add Link Reject"),
    (4, "Hello"),
    (5, "Hello ACK"),
    (6, "Remove Link"),
    (7, "Remove Link ACK"),
];

codes! {
    IE_NAMES: u8 {
        IE_BUNDLE_ID = 1 => "Bundle ID",
        IE_LINK_ID = 2 => "Link ID",
        IE_MAGIC_NUM = 3 => "Magic Number",
        IE_TIMESTAMP = 5 => "Timestamp",
        _ = 6 => "Vendor Extension",
        _ = 7 => "Cause",
    }
}
/// A struct timeval as the sending host laid it out (x86-64 Linux, where
/// tcpdump's test captures come from): two little-endian 64-bit words.
const TIMEVAL_LEN: usize = 16;

/// tcpdump prints at most this many bytes of a bundle or link name.
const ID_MAX: usize = 50;

/// mfr_if_print: a DLT_MFR frame; sets the link header length.
pub(crate) fn frame(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    super::link_frame(c, b, wire_len, ("mfr", 2), mfr)
}

/// print_unknown_data: the captured part of `len` bytes, in hex.
fn unknown_data(c: &mut Ctx, b: &[u8], indent: &str, len: usize) {
    hexdump::hex(c.out, indent, &b[..b.len().min(len)]);
}

/// mfr_print; returns what tcpdump counts as the link header.
pub(crate) fn mfr(c: &mut Ctx, b: &[u8], length: usize) -> Res<usize> {
    c.proto = "mfr";
    if length < 4 {
        c.invalid_length(["[length ", " < ", "]"], length, 4);
        return Ok(length);
    }
    if b.len() < 4 {
        c.trunc();
        return Ok(length);
    }
    let flags = b[0] & FRAG_FLAG_MASK;
    if flags == CONTROL && b[1] == 0 {
        c.s("FRF.16 Control, Flags [");
        c.flag_names(u32::from(flags), FRAG_FLAGS);
        c.s("], ");
        match MESSAGES.iter().find(|&&(k, _)| k == u32::from(b[2])) {
            Some(&(_, name)) => c.s(name),
            None => c.name_code("Unknown Message", b[2], 2),
        }
        c.s_dec(", length ", length as u64);
        if c.o.verbose > 0 && !elements(c, b, length) {
            c.trunc();
            return Ok(length);
        }
        return Ok(3);
    }
    let seq = u16::from(b[0] & 0x1e) << 7 | u16::from(b[1]);
    c.s_dec("FRF.16 Frag, seq ", seq);
    c.s(", Flags [");
    c.flag_names(u32::from(flags), FRAG_FLAGS);
    if flags == BEGIN_END || flags == BEGIN {
        // A whole frame or its first fragment: the Frame Relay header.
        c.s("], ");
        super::fr(c, &b[2..], length - 2)?;
        return Ok(2);
    }
    c.s("]");
    unknown_data(c, b, "\n\t", length);
    Ok(0)
}

/// The information elements of a control frame (type, length counting
/// its own two bytes, value); false when they run past the capture.
fn elements(c: &mut Ctx, b: &[u8], length: usize) -> bool {
    let mut at = 3usize;
    // tcpdump's count of what is left is unsigned and can wrap when an
    // element claims more than remains; the capture check then ends it.
    let mut left = (length - 3) as u32;
    while left > 2 {
        let (Some(&t), Some(&len)) = (b.get(at), b.get(at + 1)) else {
            return false;
        };
        c.s("\n\tIE ");
        c.tok_num(IE_NAMES, t.into(), "Unknown");
        c.s_dec(", length ", len);
        c.s(": ");
        if t == 0 || len <= 2 {
            return true;
        }
        let Some(ie) = b.get(at..at + usize::from(len)) else {
            return false;
        };
        let v = &ie[2..];
        left = left.wrapping_sub(2);
        match t {
            IE_MAGIC_NUM => {
                if let [a, b2, c2, d] = *v {
                    c.s("0x");
                    c.out.hex0(u64::from(u32::from_be_bytes([a, b2, c2, d])), 8);
                } else {
                    c.s_dec("[IE data length ", v.len() as u64);
                    c.s(" != 4]");
                    c.invalid();
                }
            }
            IE_BUNDLE_ID | IE_LINK_ID => {
                for &ch in v.iter().take(ID_MAX).take_while(|&&ch| ch != 0) {
                    print_char(c, ch);
                }
            }
            IE_TIMESTAMP if v.len() == TIMEVAL_LEN => {
                let word = |i: usize| i64::from_le_bytes(v[i..i + 8].try_into().unwrap_or([0; 8]));
                let tv = Timeval {
                    sec: word(0),
                    frac: word(8),
                };
                // As ts_print: the packet time format, with a fresh
                // reference (tcpdump shares its -ttt/-ttttt reference with
                // the packet times; these IEs do not move it here).
                time::Clock::new(c.o.zone).print(c.out, c.o.time, c.o.nano, tv);
            }
            _ => {
                if c.o.verbose <= 1 {
                    unknown_data(c, v, "\n\t  ", v.len());
                }
            }
        }
        if c.o.verbose > 1 {
            unknown_data(c, v, "\n\t  ", v.len());
        }
        left = left.wrapping_sub(v.len() as u32);
        at += usize::from(len);
    }
    true
}
