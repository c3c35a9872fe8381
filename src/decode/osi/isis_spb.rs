//! IS-IS for Shortest Path Bridging (RFC 6329): the sub-TLVs of the
//! MT-aware port capability (MCID, digest, BVIDs) and the MT capability
//! (SPB instance, SPBM service identifiers). Their local truncation marks
//! end the TLV, not the PDU, as in tcpdump.

use super::super::out::Emit;
use super::super::{Ctx, Res, be16, be32, bytes, u8at};
use super::be24;

/// Where a sub-TLV list stops early: tcpdump's local labels.
enum Stop {
    Trunc,
    TooLong,
    TooShort,
}

fn stop(c: &mut Ctx, why: Stop) {
    match why {
        Stop::Trunc => c.trunc(),
        Stop::TooLong => c.s(" (> containing TLV length)"),
        Stop::TooShort => c.s(" (too short)"),
    }
}

/// A sub-TLV printer: (type, length) at an offset; Err(Stop) ends the list.
type SubTlv = fn(&mut Ctx, &[u8], usize, u8, usize) -> Res<Result<(), Stop>>;

/// The list of sub-TLVs at `p`, `len` bytes, each through `one`, which
/// returns the bytes it consumed of the sub-TLV or where it stopped.
fn walk(
    c: &mut Ctx,
    b: &[u8],
    mut p: usize,
    mut len: usize,
    indent: &str,
    name: fn(u8) -> &'static str,
    one: SubTlv,
) -> Res {
    while len > 2 {
        let t = u8at(b, p)?;
        let l = usize::from(u8at(b, p + 1)?);
        c.s(indent);
        c.s(name(t));
        c.dec_fields(&[(" subTLV #", u64::from(t)), (", length: ", l as u64)]);
        p += 2;
        len -= 2;
        if len < l {
            stop(c, Stop::TooLong);
            return Ok(());
        }
        if b.len() < p + l {
            stop(c, Stop::Trunc);
            return Ok(());
        }
        if let Err(why) = one(c, b, p, t, l)? {
            stop(c, why);
            return Ok(());
        }
        p += l;
        len -= l;
    }
    Ok(())
}

/// isis_print_mt_port_cap_subtlv.
pub(super) fn port_cap(c: &mut Ctx, b: &[u8], p: usize, len: usize) -> Res {
    walk(c, b, p, len, "\n\t       ", port_cap_name, port_cap_one)
}

/// isis_print_mt_capability_subtlv.
pub(super) fn capability(c: &mut Ctx, b: &[u8], p: usize, len: usize) -> Res {
    walk(c, b, p, len, "\n\t      ", capability_name, capability_one)
}

fn port_cap_name(t: u8) -> &'static str {
    match t {
        4 => "SPB MCID",
        5 => "SPB Digest",
        6 => "SPB BVID",
        _ => "unknown",
    }
}

fn capability_name(t: u8) -> &'static str {
    match t {
        1 => "SPB Instance",
        3 => "SPBM Service Identifier and Unicast Address",
        _ => "unknown",
    }
}

/// Bit fields of `v`, each (label, shift, mask) printed as its label and
/// `(v >> shift) & mask` in decimal.
fn bit_fields(c: &mut Ctx, v: u32, fields: &[(&str, u32, u32)]) {
    for &(label, shift, mask) in fields {
        c.s(label);
        c.dec((v >> shift) & mask);
    }
}

/// isis_print_mcid: format, name, revision level and digest.
fn mcid(c: &mut Ctx, b: &[u8], p: usize) -> Res {
    let Ok(m) = bytes(b, p, 51) else {
        c.trunc();
        return Ok(());
    };
    c.s_dec("ID: ", m[0]);
    c.s(", Name: ");
    for &ch in m[1..33].iter().take_while(|&&ch| ch != 0) {
        super::super::print_char(c, ch);
    }
    c.s_dec(
        "\n\t              Lvl: ",
        u16::from_be_bytes([m[33], m[34]]),
    );
    c.s(", Digest: ");
    for &d in &m[35..51] {
        c.out.hex0(u64::from(d), 2);
        c.s(" ");
    }
    Ok(())
}

/// Each (label, word) in turn: the label, then the 32-bit word in eight
/// hex digits, as the SPB sub-TLVs print root IDs, costs and ECTs.
fn hex32_fields(c: &mut Ctx, fields: &[(&str, u32)]) {
    for &(label, word) in fields {
        c.s(label);
        c.out.hex0(u64::from(word), 8);
    }
}

fn port_cap_one(c: &mut Ctx, b: &[u8], p: usize, t: u8, l: usize) -> Res<Result<(), Stop>> {
    match t {
        4 => {
            if l < 102 {
                return Ok(Err(Stop::TooShort));
            }
            c.s("\n\t         MCID: ");
            mcid(c, b, p)?;
            c.s("\n\t         AUX-MCID: ");
            mcid(c, b, p + 51)?;
        }
        5 => {
            if l < 33 {
                return Ok(Err(Stop::TooShort));
            }
            let v = u8at(b, p)?;
            bit_fields(
                c,
                v.into(),
                &[
                    ("\n\t        RES: ", 5, 0x7),
                    (" V: ", 4, 1),
                    (" A: ", 2, 3),
                    (" D: ", 0, 3),
                ],
            );
            c.s("\n\t         Digest: ");
            for i in 1..=8 {
                let w = be32(b, p + 1 + 4 * (i - 1))?;
                c.out.hex0(u64::from(w), 8);
                c.s(" ");
                if i % 4 == 0 && i != 8 {
                    c.s("\n\t                 ");
                }
            }
        }
        6 => {
            let mut q = p;
            let mut left = l;
            while left != 0 {
                if left < 4 {
                    return Ok(Err(Stop::TooShort));
                }
                let ect = be32(b, q)?;
                hex32_fields(c, &[("\n\t           ECT: ", ect)]);
                q += 4;
                left -= 4;
                if left < 2 {
                    return Ok(Err(Stop::TooShort));
                }
                let v = be16(b, q)?;
                bit_fields(
                    c,
                    v.into(),
                    &[(" BVID: ", 4, 0xfff), (", U:", 3, 1), (" M:", 2, 1)],
                );
                c.s(" ");
                q += 2;
                left -= 2;
            }
        }
        _ => {}
    }
    Ok(Ok(()))
}

fn capability_one(c: &mut Ctx, b: &[u8], p: usize, t: u8, l: usize) -> Res<Result<(), Stop>> {
    match t {
        1 => {
            if l < 19 {
                return Ok(Err(Stop::TooShort));
            }
            let (r1, r2, cost, prio) = (
                be32(b, p)?,
                be32(b, p + 4)?,
                be32(b, p + 8)?,
                be16(b, p + 12)?,
            );
            hex32_fields(
                c,
                &[
                    ("\n\t        CIST Root-ID: ", r1),
                    (" ", r2),
                    (", Path Cost: ", cost),
                ],
            );
            c.s_dec(", Prio: ", prio);
            let w = be32(b, p + 14)?;
            bit_fields(
                c,
                w,
                &[
                    ("\n\t        RES: ", 21, 0x7ff),
                    (", V: ", 20, 1),
                    (", SPSource-ID: ", 0, 0xfffff),
                ],
            );
            let trees = u8at(b, p + 18)?;
            c.s(", No of Trees: ");
            c.out.hex(u64::from(trees));
            let mut q = p + 19;
            let mut left = l - 19;
            for _ in 0..trees {
                if left < 8 {
                    return Ok(Err(Stop::Trunc));
                }
                let f = u8at(b, q)?;
                bit_fields(
                    c,
                    f.into(),
                    &[
                        ("\n\t         U:", 7, 1),
                        (", M:", 6, 1),
                        (", A:", 5, 1),
                        (", RES:", 0, 0x1f),
                    ],
                );
                let ect = be32(b, q + 1)?;
                hex32_fields(c, &[(", ECT: ", ect)]);
                let v = be24(b, q + 5)?;
                bit_fields(c, v, &[(", BVID: ", 12, 0xfff), (", SPVID: ", 0, 0xfff)]);
                q += 8;
                left -= 8;
            }
        }
        3 => {
            if l < 8 {
                return Ok(Err(Stop::Trunc));
            }
            let (hi, lo, v) = (be32(b, p)?, be16(b, p + 4)?, be16(b, p + 6)?);
            c.s("\n\t        BMAC: ");
            c.out.hex0(u64::from(hi), 8);
            c.out.hex0(u64::from(lo), 4);
            bit_fields(c, v.into(), &[(", RES: ", 12, 0xf), (", VID: ", 0, 0xfff)]);
            let mut q = p + 8;
            let mut left = l - 8;
            while left >= 4 {
                let w = be32(b, q)?;
                bit_fields(
                    c,
                    w,
                    &[
                        ("\n\t        T: ", 31, 1),
                        (", R: ", 30, 1),
                        (", RES: ", 24, 0x3f),
                        (", ISID: ", 0, 0xffffff),
                    ],
                );
                q += 4;
                left -= 4;
            }
        }
        _ => {}
    }
    Ok(Ok(()))
}
