//! ES-IS (ISO 9542; esis_print): the header with its checksum verdict,
//! then with -v the redirect, ESH or ISH body and the options.

use super::super::ctx::codes;
use super::super::out::Emit;
use super::super::{Ctx, Res, be16, bytes, u8at};
use super::isis_tlv::{isonsap, length_and_nsap};
use super::{print_cksum, unknown_data};
use crate::wire::nlpid;

const HEADER_LEN: usize = 9;

codes! {
    /// esis_pdu_values.
    PDU_TYPES: u8 {
        REDIRECT = 6 => "redirect",
        ESH = 2 => "ESH",
        ISH = 4 => "ISH",
    }
}

/// esis_option_values.
const OPTIONS: &[(u32, &str)] = &[
    (129, "Protocols supported"),
    (195, "QoS Maintenance"),
    (197, "Security"),
    (198, "ES Configuration Time"),
    (205, "Priority"),
    (225, "Addressk Mask"),
    (226, "SNPA Mask"),
];

/// esis_print: `b` from the NLPID.
pub(super) fn esis(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "esis";
    if !c.o.link_header {
        c.s("ES-IS");
    }
    if length <= 2 {
        c.s(if c.o.quiet {
            "bad pkt!"
        } else {
            "no header at all!"
        });
        return Ok(());
    }
    let h = bytes(b, 0, HEADER_LEN)?;
    let mut li = usize::from(h[1]);
    let version = h[2];
    if h[0] != 0x82 {
        c.s(" nlpid 0x");
        c.out.hex0(u64::from(h[0]), 2);
        c.s(" packet not supported");
        return Ok(());
    }
    if version != 1 {
        c.version_not_supported(" ", version);
        return Ok(());
    }
    if li > length {
        super::li_past_pdu(c, li, length);
        return Ok(());
    }
    if li < HEADER_LEN + 2 {
        c.s_dec(" length indicator ", li as u64);
        c.s(" < min PDU size:");
        for &byte in b {
            c.s(&format!("{byte:02X}"));
        }
        return Ok(());
    }
    let sep = if c.o.link_header { "" } else { ", " };
    let t = h[4] & 0x1f;
    if c.o.verbose < 1 {
        c.s(sep);
        c.tok_or(PDU_TYPES, t.into(), "unknown type (", ")");
        c.s_dec(", length ", length as u64);
        return Ok(());
    }
    c.s(sep);
    c.s_dec("length ", length as u64);
    c.s("\n\t");
    c.tok_or(PDU_TYPES, t.into(), "unknown type: ", "");
    c.dec_fields(&[(" (", u64::from(t)), ("), v: ", u64::from(version))]);
    c.s(", checksum: 0x");
    let cksum = u16::from_be_bytes([h[7], h[8]]);
    c.out.hex0(u64::from(cksum), 4);
    print_cksum(c, b, cksum, 7, li);
    c.dec_fields(&[
        (
            ", holding time: ",
            u64::from(u16::from_be_bytes([h[5], h[6]])),
        ),
        ("s, length indicator: ", li as u64),
    ]);
    if c.o.verbose > 1 {
        unknown_data(c, b, 0, "\n\t", HEADER_LEN);
    }
    let mut p = HEADER_LEN;
    li -= HEADER_LEN;
    match t {
        REDIRECT => {
            let Some(n) = redirect(c, b, &mut p, &mut li)? else {
                c.s(", bad redirect/li");
                return Ok(());
            };
            p = n;
        }
        ESH | ISH => {
            let what = if t == ESH {
                ", bad esh/li"
            } else {
                ", bad ish/li"
            };
            u8at(b, p)?;
            if li < 1 {
                c.s(what);
                return Ok(());
            }
            let mut count = 1;
            if t == ESH {
                count = b[p];
                p += 1;
                li -= 1;
                c.s_dec("\n\t  Number of Source Addresses: ", count);
            }
            while count > 0 {
                let alen = usize::from(u8at(b, p)?);
                if li < 1 {
                    c.s(what);
                    return Ok(());
                }
                p += 1;
                li -= 1;
                bytes(b, p, alen)?;
                if li < alen {
                    c.s(what);
                    return Ok(());
                }
                length_and_nsap(c, "\n\t  NET", b, p, alen)?;
                p += alen;
                li -= alen;
                count -= 1;
            }
        }
        _ => {
            if c.o.verbose <= 1 && p < b.len() {
                unknown_data(c, b, p, "\n\t  ", b.len() - p);
            }
            return Ok(());
        }
    }
    options(c, b, p, li)
}

/// The redirect's destination, SNPA and NET: the offset after them, or
/// None when the length indicator runs out first.
fn redirect(c: &mut Ctx, b: &[u8], p: &mut usize, li: &mut usize) -> Res<Option<usize>> {
    let field = |p: &mut usize, li: &mut usize| -> Res<Option<(usize, usize)>> {
        let l = usize::from(u8at(b, *p)?);
        if *li < 1 {
            return Ok(None);
        }
        *p += 1;
        *li -= 1;
        bytes(b, *p, l)?;
        if *li < l {
            return Ok(None);
        }
        let at = *p;
        *p += l;
        *li -= l;
        Ok(Some((at, l)))
    };
    let Some((dst, dstl)) = field(p, li)? else {
        return Ok(None);
    };
    c.s("\n\t  ");
    isonsap(c, b, dst, dstl)?;
    let Some((snpa, snpal)) = field(p, li)? else {
        return Ok(None);
    };
    // tcpdump does not take the NET length byte off the indicator.
    let netal = usize::from(u8at(b, *p)?);
    if *li < 1 {
        return Ok(None);
    }
    bytes(b, *p + 1, netal)?;
    if *li < netal {
        return Ok(None);
    }
    let neta = *p + 1;
    *p = neta + netal;
    *li -= netal;
    c.s_dec("\n\t  SNPA (length: ", snpal as u64);
    c.s("): ");
    let a = &b[snpa..snpa + snpal];
    if a.is_empty() {
        c.s("<empty>");
    } else if snpal == 6 {
        c.out.mac(a);
    } else {
        for (i, &byte) in a.iter().enumerate() {
            if i > 0 {
                c.out.ch(b':');
            }
            c.out.hex0(u64::from(byte), 2);
        }
    }
    if netal != 0 {
        c.s_dec("\n\t  NET (length: ", netal as u64);
        c.s(") ");
        isonsap(c, b, neta, netal)?;
    }
    Ok(Some(*p))
}

/// The options after the body, `li` bytes at `p`.
fn options(c: &mut Ctx, b: &[u8], mut p: usize, mut li: usize) -> Res {
    while li != 0 {
        if li < 2 {
            c.s(", bad opts/li");
            return Ok(());
        }
        let op = u8at(b, p)?;
        let opli = usize::from(u8at(b, p + 1)?);
        p += 2;
        li -= 2;
        if opli > li {
            c.s_dec(", opt (", op);
            c.s(") too long");
            return Ok(());
        }
        li -= opli;
        c.s("\n\t  ");
        c.tok(OPTIONS, op.into(), "Unknown");
        c.dec_fields(&[(" Option #", u64::from(op)), (", length ", opli as u64)]);
        c.s(", value: ");
        match op {
            198 => {
                if opli == 2 {
                    let v = be16(b, p)?;
                    c.dec(v);
                    c.s("s");
                } else {
                    c.s("(bad length)");
                }
            }
            129 => {
                for i in 0..opli {
                    let n = u8at(b, p + i)?;
                    c.name_code(nlpid::name(n).unwrap_or("unknown"), n, 2);
                    if i + 1 < opli {
                        c.s(", ");
                    }
                }
            }
            _ => unknown_data(c, b, p, "\n\t  ", opli),
        }
        if c.o.verbose > 1 {
            unknown_data(c, b, p, "\n\t  ", opli);
        }
        p += opli;
    }
    Ok(())
}
