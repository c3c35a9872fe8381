//! RPL control messages in ICMPv6 type 155 (print-icmp6.c's rpl_print,
//! RFC 6550): DIS, DIO, DAO and DAO-ACK with -v, their options with -vv
//! and the option bodies in hex with -vvv.

use super::{Ctx, Emit, Res, be16, bytes, hexdump, u8at};

/// DAGID_LEN: a DODAG ID is an IPv6 address.
const DAGID_LEN: usize = 16;

/// The DAO/DIO option types, as rpl_printopts names them.
const OPTIONS: &[(u32, &str)] = &[
    (1, "padN"),
    (2, "metrics"),
    (3, "routinginfo"),
    (4, "config"),
    (5, "rpltarget"),
    (6, "transitinfo"),
    (8, "destprefix"),
    (9, "rpltargetdesc"),
];

/// rpl_print: `b` is the message after the ICMPv6 type, code and
/// checksum, `length` its length.
pub(super) fn rpl(c: &mut Ctx, code: u8, b: &[u8], length: usize) -> Res {
    if code & 0x80 != 0 {
        c.s(", (SEC) [worktodo]");
        return Ok(());
    }
    c.s(", (CLR)");
    let v = c.o.verbose > 0;
    match code {
        0 => c.s("DODAG Information Solicitation"),
        1 => {
            c.s("DODAG Information Object");
            if v {
                dio(c, b, length)?;
            }
        }
        2 => {
            c.s("Destination Advertisement Object");
            if v {
                dao(c, b, length, false)?;
            }
        }
        3 => {
            c.s("Destination Advertisement Object Ack");
            if v {
                dao(c, b, length, true)?;
            }
        }
        _ => {
            c.s_dec("RPL message, unknown code ", code);
        }
    }
    Ok(())
}

/// rpl_dio_print: the DODAG Information Object's fixed part.
fn dio(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    const FIXED: usize = 8 + DAGID_LEN;
    if length < FIXED {
        c.invalid_length([" [length ", " < ", "]"], length, FIXED);
        return Ok(());
    }
    let dagid = bytes(b, 8, DAGID_LEN)?;
    let (instance, rank, mopprf, dtsn) = (u8at(b, 0)?, be16(b, 2)?, u8at(b, 4)?, u8at(b, 5)?);
    c.s(" [dagid:");
    c.ip6(dagid);
    c.s_dec(",seq:", dtsn);
    c.s_dec(",instance:", instance);
    c.s_dec(",rank:", rank);
    c.s(",");
    if mopprf & 0x80 != 0 {
        c.s("grounded,");
    }
    c.s("mop:");
    c.s([
        "nonstoring",
        "storing",
        "nonstoring-multicast",
        "storing-multicast",
        "mop4",
        "mop5",
        "mop6",
        "mop7",
    ][usize::from((mopprf >> 3) & 7)]);
    c.s_dec(",prf:", mopprf & 7);
    c.s("]");
    if c.o.verbose > 1 {
        options(c, b, FIXED, length - FIXED)?;
    }
    Ok(())
}

/// rpl_dao_print and rpl_daoack_print: both start with 4 bytes and a
/// DODAG ID when their D flag is set.
fn dao(c: &mut Ctx, b: &[u8], length: usize, ack: bool) -> Res {
    const MIN: usize = 4;
    // tcpdump checks the whole DAO structure (DODAG ID included) is
    // captured, but only the fixed part of a DAO-ACK.
    let checked = if ack { MIN } else { MIN + DAGID_LEN };
    if b.len() < checked {
        c.trunc();
        return Ok(());
    }
    let too_short = if ack {
        " [|dao-length too short]"
    } else {
        " [|length too short]"
    };
    if length < MIN {
        c.s(too_short);
        return Ok(());
    }
    let flags = b[1];
    let d_flag = if ack { flags & 0x80 } else { flags & 0x40 };
    let mut start = MIN;
    let dagid = if d_flag != 0 {
        if b.len() < MIN + DAGID_LEN {
            c.trunc();
            return Ok(());
        }
        if length < MIN + DAGID_LEN {
            c.s(too_short);
            return Ok(());
        }
        start += DAGID_LEN;
        Some(&b[MIN..MIN + DAGID_LEN])
    } else {
        None
    };
    c.s(" [dagid:");
    match dagid {
        Some(a) => c.ip6(a),
        None => c.s("<elided>"),
    }
    if ack {
        c.dec_fields(&[
            (",seq:", b[2].into()),
            (",instance:", b[0].into()),
            (",status:", b[3].into()),
        ]);
    } else {
        c.dec_fields(&[(",seq:", b[3].into()), (",instance:", b[0].into())]);
        if flags & 0x80 != 0 {
            c.s(",acK");
        }
        if d_flag != 0 {
            c.s(",Dagid");
        }
        c.s(",");
        c.out.hex0(u64::from(flags), 2);
    }
    c.s("]");
    if c.o.verbose > 1 {
        options(c, b, start, length - start)?;
    }
    Ok(())
}

/// rpl_printopts: the options' names and lengths, their bodies in hex
/// with -vvv. An option past the capture or the message ends the line
/// with the truncation mark.
fn options(c: &mut Ctx, b: &[u8], mut at: usize, mut length: usize) -> Res {
    while length != 0 {
        let typ = u8at(b, at)?;
        let optlen = if typ == 0 {
            c.s(" opt:pad1");
            1
        } else {
            if length < 2 {
                c.trunc();
                return Ok(());
            }
            let optlen = usize::from(u8at(b, at + 1)?) + 2;
            c.s(" opt:");
            c.tok_or(OPTIONS, typ.into(), "subopt:", "");
            c.s_dec(" len:", optlen as u64);
            c.s(" ");
            if at + optlen > b.len() || length < optlen {
                c.trunc();
                return Ok(());
            }
            if c.o.verbose > 2 {
                hexdump::hex(c.out, " ", &b[at + 2..at + optlen]);
            }
            optlen
        };
        at += optlen;
        length -= optlen;
    }
    Ok(())
}
