//! The IPv6 mobility header (print-mobility.c, RFC 6275): message type and
//! fields, with -v its mobility options.

use super::ctx::{Ctx, Res, Trunc, be16, be32, bytes, u8at};
use super::out::Emit;

/// IP6M_MINLEN: the fixed part every message starts with.
const MIN_LEN: usize = 8;

/// Message names (ip6m_str) and each type's minimum header length
/// (ip6m_hdrlen), by type.
const TYPES: [(&str, usize); 8] = [
    ("BRR", MIN_LEN),
    ("HoTI", MIN_LEN + 8),
    ("CoTI", MIN_LEN + 8),
    ("HoT", MIN_LEN + 16),
    ("CoT", MIN_LEN + 16),
    ("BU", MIN_LEN + 4),
    ("BA", MIN_LEN + 4),
    ("BE", MIN_LEN + 16),
];

/// mobility_print: the header at `b` (up to the end of the capture or the
/// IPv6 payload); tcpdump prints nothing after it. Err where tcpdump ends
/// the packet with " [|mobility]".
pub(crate) fn mobility(c: &mut Ctx, b: &[u8]) -> Res {
    c.proto = "mobility";
    let mhlen = (usize::from(u8at(b, 1)?) + 1) << 3;
    let typ = u8at(b, 2)?;
    let known = TYPES.get(usize::from(typ));
    if let Some(&(_, min)) = known {
        if mhlen < min {
            c.s_dec("(header length ", mhlen as u64);
            c.s_dec(" is too small for type ", typ);
            c.s(")");
            return Err(Trunc);
        }
    }
    c.s("mobility: ");
    match known {
        Some(&(name, _)) => c.s(name),
        None => {
            c.s_dec("type-#", typ);
        }
    }
    let v = c.o.verbose > 0;
    let hlen = match typ {
        0 => MIN_LEN,
        1 | 2 => {
            if v {
                cookie(c, b, MIN_LEN, typ == 1, " Init Cookie=")?;
            }
            MIN_LEN + 8
        }
        3 | 4 => {
            let nonce = be16(b, 6)?;
            c.s(" nonce id=0x");
            c.out.hex(u64::from(nonce));
            if v {
                cookie(c, b, MIN_LEN, typ == 3, " Init Cookie=")?;
                cookie(c, b, MIN_LEN + 8, typ == 3, " Keygen Token=")?;
            }
            MIN_LEN + 16
        }
        5 => {
            seq(c, b, 6)?;
            // tcpdump checks both bytes before reading the flag bits.
            be16(b, MIN_LEN)?;
            let bits = b[MIN_LEN] >> 4;
            if bits != 0 {
                c.s(" ");
                c.flag_letters(u32::from(bits), &[(8, "A"), (4, "H"), (2, "L"), (1, "K")]);
            }
            lifetime(c, b, MIN_LEN + 2)?;
            MIN_LEN + 4
        }
        6 => {
            status(c, b)?;
            if u8at(b, 7)? & 0x80 != 0 {
                c.s(" K");
            }
            seq(c, b, MIN_LEN)?;
            lifetime(c, b, MIN_LEN + 2)?;
            MIN_LEN + 4
        }
        7 => {
            status(c, b)?;
            let home = bytes(b, MIN_LEN, 16)?;
            c.s(" homeaddr ");
            c.ip6(home);
            MIN_LEN + 16
        }
        _ => {
            c.s_dec(" len=", b[1]);
            return Ok(());
        }
    };
    if v {
        options(c, b, hlen, mhlen - hlen)?;
    }
    Ok(())
}

// Each field is read before its text is printed, as tcpdump's single
// ND_PRINT after its GET_ macros: a field past the capture prints nothing.

/// A lifetime field, in units of 4 seconds.
fn lifetime(c: &mut Ctx, b: &[u8], at: usize) -> Res {
    let units = be16(b, at)?;
    c.s_dec(" lifetime=", u32::from(units) << 2);
    Ok(())
}

/// A sequence number field.
fn seq(c: &mut Ctx, b: &[u8], at: usize) -> Res {
    let n = be16(b, at)?;
    c.s_dec(" seq#=", n);
    Ok(())
}

/// The status byte of an acknowledgement or error.
fn status(c: &mut Ctx, b: &[u8]) -> Res {
    let n = u8at(b, 6)?;
    c.s_dec(" status=", n);
    Ok(())
}

/// A message's 64-bit cookie or token at `at`, as two 32-bit hex words
/// after " Home" or " Care-of" and its `label`.
fn cookie(c: &mut Ctx, b: &[u8], at: usize, home: bool, label: &str) -> Res {
    let (high, low) = (be32(b, at)?, be32(b, at + 4)?);
    c.s(if home { " Home" } else { " Care-of" });
    c.s(label);
    c.out.hex0(u64::from(high), 8);
    c.s(":");
    c.out.hex0(u64::from(low), 8);
    Ok(())
}

/// mobility_opt_print: the `len` bytes of options from `start`. Like
/// tcpdump it requires the byte after each option to be captured, and an
/// option running past `len` ends the packet.
fn options(c: &mut Ctx, b: &[u8], start: usize, len: usize) -> Res {
    let mut i = 0;
    while i < len {
        let at = start + i;
        let typ = u8at(b, at)?;
        let optlen = if typ == 0 {
            1
        } else if i + 1 < len {
            usize::from(u8at(b, at + 1)?) + 2
        } else {
            return Err(Trunc);
        };
        if i + optlen > len {
            return Err(Trunc);
        }
        u8at(b, at + optlen)?;
        // (name when cut short, minimum length) of the fixed-size ones.
        let short = |c: &mut Ctx, name: &str, min: usize| {
            if len - i < min {
                c.s("(");
                c.s(name);
                c.s(": trunc)");
                return Err(Trunc);
            }
            Ok(())
        };
        match typ {
            0 => c.s("(pad1)"),
            1 => {
                short(c, "padn", 2)?;
                c.s("(padn)");
            }
            2 => {
                short(c, "refresh", 4)?;
                let units = be16(b, at + 2)?;
                c.s_dec("(refresh: ", u32::from(units) << 2);
                c.s(")");
            }
            3 => {
                short(c, "altcoa", 18)?;
                let coa = bytes(b, at + 2, 16)?;
                c.s("(alt-CoA: ");
                c.ip6(coa);
                c.s(")");
            }
            4 => {
                short(c, "ni", 6)?;
                let (home, care_of) = (be16(b, at + 2)?, be16(b, at + 4)?);
                c.s("(ni: ho=0x");
                c.out.hex0(u64::from(home), 4);
                c.s(" co=0x");
                c.out.hex0(u64::from(care_of), 4);
                c.s(")");
            }
            5 => {
                short(c, "auth", 12)?;
                c.s("(auth)");
            }
            _ => {
                if len - i < 2 {
                    c.s_dec("(sopt_type ", typ);
                    c.s(": trunc)");
                    return Err(Trunc);
                }
                let olen = u8at(b, at + 1)?;
                c.s("(type-0x");
                c.out.hex0(u64::from(typ), 2);
                c.s_dec(": len=", olen);
                c.s(")");
            }
        }
        i += optlen;
    }
    Ok(())
}
