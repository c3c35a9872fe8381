//! File handles and file names (parsefh, nfs_printfh, Parse_fh,
//! parsefn): a handle is opaque to the client, so tcpdump guesses the
//! server's layout from byte patterns to print a device and an inode
//! number, or prints the handle in hex ("Unknown/...") when no layout
//! fits, or its words with -u.

use super::super::ctx::{Ctx, be16, be32, is_print, le16, le32, print_char, tcheck};
use super::super::out::Emit;
use super::Step;

/// NFSX_V2FH: a version 2 handle is 32 bytes; a version 3 handle is
/// preceded by its length.
const V2_FH_LEN: usize = 32;

/// NFSX_V3FHMAX: the longest name tcpdump takes from a handle.
const V3_FH_MAX: usize = 64;

/// parsefh: the handle at `dp` printed as " fh ...", and the offset after
/// it; None when it was not captured whole.
pub(super) fn parsefh(c: &mut Ctx, b: &[u8], dp: usize, v3: bool) -> Step {
    let (words, at) = if v3 {
        ((be32(b, dp)? / 4) as usize, dp.saturating_add(4))
    } else {
        (V2_FH_LEN / 4, dp)
    };
    let len = words.saturating_mul(4);
    if tcheck(b, at, len).is_err() {
        return Ok(None);
    }
    print_fh(c, &b[at..at + len]);
    Ok(Some(at + len))
}

/// parsefhn: a handle, then a name.
pub(super) fn parsefhn(c: &mut Ctx, b: &[u8], dp: usize, v3: bool) -> Step {
    let Some(dp) = parsefh(c, b, dp, v3)? else {
        return Ok(None);
    };
    c.s(" ");
    parsefn(c, b, dp)
}

/// parsefn: a counted name, quoted, padded to 4 bytes.
pub(super) fn parsefn(c: &mut Ctx, b: &[u8], dp: usize) -> Step {
    let len = be32(b, dp)?;
    let dp = dp.saturating_add(4);
    if u32::MAX - len < 3 {
        c.s("[cannot pad to 32-bit boundaries]");
        c.invalid();
        return Ok(None);
    }
    let rounded = ((len + 3) & !3) as usize;
    if tcheck(b, dp, rounded).is_err() {
        return Ok(None);
    }
    c.s("\"");
    for &ch in &b[dp..dp + len as usize] {
        print_char(c, ch);
    }
    c.s("\"");
    Ok(Some(dp + rounded))
}

/// nfs_printfh: " fh[w:w:...]" with -u, else " fh MAJOR,MINOR/INODE",
/// " fh NAME/INODE" for a VMS handle, " fh Unknown/HEX" for one no layout
/// fits.
fn print_fh(c: &mut Ctx, fh: &[u8]) {
    let words = fh.len() / 4;
    if c.o.undecoded_nfs {
        c.s(" fh[");
        for (i, w) in fh.chunks_exact(4).enumerate() {
            if i > 0 {
                c.s(":");
            }
            let w = u32::from_be_bytes([w[0], w[1], w[2], w[3]]);
            c.out.hex(u64::from(w));
        }
        c.s("]");
        return;
    }
    let parsed = parse_fh(fh, words);
    c.s(" fh ");
    match parsed.name {
        Some(name) => {
            // The name is cut at `words` characters (tcpdump's strncpy
            // with the length in words), at a NUL and at a space.
            let name = &name[..name.len().min(words.min(V3_FH_MAX))];
            let end = name
                .iter()
                .position(|&ch| ch == 0 || ch == b' ')
                .unwrap_or(name.len());
            c.out.extend_from_slice(&name[..end]);
            c.s("/");
        }
        None => {
            c.dec(parsed.major);
            c.s_dec(",", parsed.minor);
            c.s("/");
        }
    }
    if parsed.minor == UNKNOWN_DEV {
        // The handle's first 32 bytes in hex (tcpdump's Opaque_Handle;
        // for a known layout whose minor number happens to be 257 it
        // prints memory never written, here nothing).
        if parsed.opaque {
            for &byte in fh.iter().take(32) {
                c.out.push(HEX_UPPER[usize::from(byte >> 4)]);
                c.out.push(HEX_UPPER[usize::from(byte & 0xf)]);
            }
        }
    } else {
        c.dec(parsed.ino);
    }
}

const HEX_UPPER: &[u8; 16] = b"0123456789ABCDEF";

/// The device both numbers of an unknown layout are set to, which makes
/// nfs_printfh print the handle in hex.
const UNKNOWN_DEV: u32 = 257;

/// What Parse_fh makes of a handle.
struct ParsedFh<'a> {
    major: u32,
    minor: u32,
    ino: u32,
    /// The file system's name, for VMS (from the handle) and unknown
    /// layouts ("Unknown").
    name: Option<&'a [u8]>,
    /// No layout fits: the handle is printed in hex.
    opaque: bool,
}

/// The server layouts Parse_fh tells apart.
#[derive(Clone, Copy, PartialEq)]
enum Layout {
    Unknown,
    Auspex,
    DecOsf,
    Irix4,
    SunOs4,
    SunOs5,
    Ultrix,
    VmsUcx,
    HpUx9,
    Bsd44,
}

/// Parse_fh's decision tree over the handle's bytes (`words` 4-byte
/// words, all captured). Every offset read is inside the handle: the
/// tests that read past 16 bytes first check the length.
fn layout(fh: &[u8], words: usize) -> Layout {
    use Layout::*;
    if words < 4 {
        return Unknown;
    }
    let at = |i: usize| fh[i];
    if at(0) == 0 && at(1) == 0 {
        if at(2) == 0 && at(3) == 0 {
            Auspex
        } else if at(4) != 0 && at(5) == 0 && at(8) == 12 && at(9) == 0 {
            DecOsf
        } else if at(4) == 0 && at(5) == 8 && at(6) == 0 && at(7) == 0 {
            Irix4
        } else {
            SunOs4
        }
    } else if at(2) == 0 && at(3) == 0 {
        if at(6) == 0 && at(7) == 0 {
            Bsd44
        } else if words >= 6 && at(21) == 0 && at(23) == 0 {
            Ultrix
        } else if at(9) == 10 {
            SunOs5
        } else {
            Unknown
        }
    } else if at(8) == 12 && at(9) == 0 {
        DecOsf
    } else if at(8) == 0 && at(9) == 10 {
        if fh[4..8] == [0, 0, 0, 0] {
            HpUx9
        } else {
            SunOs5
        }
    } else if is_ucx(fh, words) {
        VmsUcx
    } else {
        Unknown
    }
}

/// is_UCX: a code byte, then printable characters, then NULs, in the
/// first 14 bytes of a handle of at least 28.
fn is_ucx(fh: &[u8], words: usize) -> bool {
    if words < 7 {
        return false;
    }
    let mut seen_null = false;
    for &ch in &fh[1..14] {
        if is_print(ch) {
            if seen_null {
                return false;
            }
        } else if ch == 0 {
            seen_null = true;
        } else {
            return false;
        }
    }
    true
}

/// Parse_fh: the device numbers and inode number of the guessed layout.
fn parse_fh(fh: &[u8], words: usize) -> ParsedFh<'_> {
    // Reads within the handle (see `layout`); a failure cannot happen,
    // and would print zeros rather than panic.
    let b32 = |i: usize| be32(fh, i).unwrap_or(0);
    let l32 = |i: usize| le32(fh, i).unwrap_or(0);
    let b24 = |i: usize| b32(i) >> 8;
    let byte = |i: usize| u32::from(fh.get(i).copied().unwrap_or(0));
    let dev = |major: u32, minor: u32, ino: u32| ParsedFh {
        major,
        minor,
        ino,
        name: None,
        opaque: false,
    };
    match layout(fh, words) {
        Layout::Auspex => dev(byte(6), byte(7), b32(12)),
        Layout::Bsd44 => dev(byte(1), byte(0), l32(12)),
        Layout::DecOsf => {
            let temp = l32(0);
            dev((temp >> 20) & 0xfff, temp & 0xfffff, l32(12))
        }
        Layout::Irix4 => dev(byte(2), byte(3), b32(8)),
        Layout::SunOs4 => dev(byte(2), byte(3), b32(12)),
        Layout::SunOs5 => {
            let major = u32::from(be16(fh, 0).unwrap_or(0) >> 2) & 0x3fff;
            dev(major, b24(1) & 0x3ffff, b32(12))
        }
        Layout::Ultrix => dev(byte(1), byte(0), l32(4)),
        Layout::HpUx9 => dev(byte(0), b24(1), b32(12)),
        Layout::VmsUcx => ParsedFh {
            // The device "numbers" are the handle's first bytes as the
            // host's words; only the minor number matters (never 257 here:
            // is_UCX rejects byte 1 = 1).
            major: l32(4),
            minor: l32(0),
            ino: byte(26) << 24 | byte(27) << 16 | u32::from(le16(fh, 22).unwrap_or(0)),
            name: Some(&fh[1..]),
            opaque: false,
        },
        Layout::Unknown => ParsedFh {
            major: UNKNOWN_DEV,
            minor: UNKNOWN_DEV,
            ino: 1,
            name: Some(b"Unknown"),
            opaque: true,
        },
    }
}
