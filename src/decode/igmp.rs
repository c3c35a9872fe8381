//! IGMP (print-igmp.c): v1-v3 queries and reports and mtrace; DVMRP,
//! also carried in IGMP, is in dvmrp.rs.

use super::ctx::{Ctx, Res, be16, bytes, in_cksum, relts, u8at};
use super::dispatch;
use super::out::Emit;

/// igmp_print.
pub(crate) fn igmp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "igmp";
    if c.o.quiet {
        c.s("igmp");
        return Ok(());
    }
    let typ = u8at(b, 0)?;
    let len_note = |c: &mut Ctx| {
        if length != 8 {
            c.s_dec(" [len ", length as u64);
            c.s("]");
        }
    };
    match typ {
        0x11 => {
            c.s("igmp query");
            if length >= 12 {
                igmpv3_query(c, b, length)?;
            } else {
                let mrt = u8at(b, 1)?;
                if mrt != 0 {
                    c.s(" v2");
                    if mrt != 100 {
                        c.s_dec(" [max resp time ", mrt);
                        c.s("]");
                    }
                } else {
                    c.s(" v1");
                }
                let g = bytes(b, 4, 4)?;
                if g != [0, 0, 0, 0] {
                    c.s(" [gaddr ");
                    c.ip4(g);
                    c.s("]");
                }
                len_note(c);
            }
        }
        0x12 | 0x16 | 0x17 => {
            let g = bytes(b, 4, 4)?;
            c.s(match typ {
                0x12 => "igmp v1 report ",
                0x16 => "igmp v2 report ",
                _ => "igmp leave ",
            });
            c.ip4(g);
            // Only the v1 report notes an odd length.
            if typ == 0x12 {
                len_note(c);
            }
        }
        0x22 => {
            c.s("igmp v3 report");
            igmpv3_report(c, b, length)?;
        }
        0x13 => {
            c.s("igmp dvmrp");
            dispatch::dvmrp(c, b, length)?;
        }
        0x14 => {
            c.s("igmp pimv1");
            dispatch::pimv1(c, b, length)?;
        }
        0x1e | 0x1f => mtrace(c, b, length, if typ == 0x1e { "mresp" } else { "mtrace" })?,
        _ => {
            c.s_dec("igmp-", typ);
        }
    }
    if c.o.verbose > 0 && length >= 4 && b.len() >= length && in_cksum(&[&b[..length]]) != 0 {
        c.s(" bad igmp cksum ");
        c.out.hex(u64::from(be16(b, 2)?));
        c.s("!");
    }
    Ok(())
}

/// The value of an IGMPv3 or MLDv2 code that above its small values is a
/// float (RFC 3376 4.1.1, RFC 3810 5.1.3): the code itself while it fits
/// in `mant_bits` + 3 bits, else the `mant_bits`-bit mantissa with its
/// implied top bit, shifted by the 3-bit exponent above it plus 3. The
/// Max Resp Code (8 bits, 4 of mantissa; MLDv2's 16 bits, 12) and QQIC
/// (8 bits) are read so.
pub(crate) fn exponential_code(code: u32, mant_bits: u32) -> u32 {
    if code < 1 << (mant_bits + 3) {
        code
    } else {
        let mant = code & ((1 << mant_bits) - 1);
        let exp = (code >> mant_bits) & 7;
        (mant | 1 << mant_bits) << (exp + 3)
    }
}

/// print_igmpv3_query.
fn igmpv3_query(c: &mut Ctx, b: &[u8], len: usize) -> Res {
    c.s(" v3");
    if len < 12 || len & 3 != 0 {
        c.invalid_len(len);
        return Ok(());
    }
    let mrc = u32::from(u8at(b, 1)?);
    let mrt = exponential_code(mrc, 4);
    if mrc != 100 {
        c.s(" [max resp time ");
        if mrt < 600 {
            c.dec(mrt / 10);
            c.s_dec(".", mrt % 10);
            c.s("s");
        } else {
            relts(c, mrt / 10);
        }
        c.s("]");
    }
    let g = bytes(b, 4, 4)?;
    if g == [0, 0, 0, 0] {
        return Ok(());
    }
    c.s(" [gaddr ");
    c.ip4(g);
    let nsrcs = usize::from(be16(b, 10)?);
    crate::decode::mcast::IGMPV3.query_sources(c, b, len, 12, nsrcs)?;
    c.s("]");
    Ok(())
}

/// print_igmpv3_report.
fn igmpv3_report(c: &mut Ctx, b: &[u8], len: usize) -> Res {
    if len < 16 || len & 3 != 0 {
        c.invalid_len(len);
        return Ok(());
    }
    let ngroups = be16(b, 6)?;
    c.s_dec(", ", ngroups);
    c.s(" group record(s)");
    if c.o.verbose == 0 {
        return Ok(());
    }
    crate::decode::mcast::group_records(c, b, len, ngroups, &crate::decode::mcast::IGMPV3)
}

/// print_mtrace: query id, source, destination and where replies go.
fn mtrace(c: &mut Ctx, b: &[u8], len: usize, name: &str) -> Res {
    if len < 8 + 16 {
        c.invalid_len(len);
        return Ok(());
    }
    let q = bytes(b, 8, 16)?;
    c.s(name);
    c.s_dec(" ", u32::from_be_bytes([0, q[13], q[14], q[15]]));
    c.s(": ");
    c.ip4(&q[0..4]);
    c.s(" to ");
    c.ip4(&q[4..8]);
    c.s(" reply-to ");
    c.ip4(&q[8..12]);
    if q[8] & 0xf0 == 0xe0 {
        c.s_dec(" with-ttl ", q[12]);
    }
    Ok(())
}
