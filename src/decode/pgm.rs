//! PGM, RFC 3208 (print-pgm.c): over IP protocol 113, and over UDP with
//! -T pgm (EPGM) or -T pgm_zmtp1 (ZeroMQ frames in the data). The header
//! line, and with -v the message and its options.

use super::ctx::{Ctx, Net, Res, Trunc, be16, be32, bytes, tcheck, u8at};
use super::out::Emit;
use super::{PacketType, ports};
use crate::wire::ip_proto as ipp;

/// pgm_print: `b` from the PGM header on, `length` what IP says it holds.
pub(crate) fn pgm(c: &mut Ctx, b: &[u8], length: usize, net: &Net) -> Res {
    c.proto = "pgm";
    if b.len() < 4 {
        net.pair(c);
        c.s(":");
        return Err(Trunc);
    }
    let (sport, dport) = (be16(b, 0)?, be16(b, 2)?);
    // Ports as TCP names; the addresses only when PGM is the IP header's
    // own protocol (over UDP they were printed with the UDP ports).
    if net.nh == ipp::PGM {
        net.endpoints(c, (sport, dport), |c, p| c.port(p, true));
    } else {
        c.port(sport, true);
        c.s(" > ");
        c.port(dport, true);
    }
    c.s(": ");
    tcheck(b, 0, HDR_LEN)?;
    c.s("PGM, length ");
    c.dec(be16(b, 14)?);
    if c.o.verbose == 0 {
        return Ok(());
    }
    let pgm_type = u8at(b, 4)?;
    c.s(" 0x");
    for &x in &b[8..14] {
        c.out.hex0(u64::from(x), 2);
    }
    c.s(" ");
    let at = message(c, b, pgm_type)?;
    if u8at(b, 5)? & OPT_BIT_PRESENT != 0 && !options(c, b, at)? {
        return Ok(());
    }
    c.s_dec(" [", length as u64);
    c.s("]");
    if c.o.packet_type == Some(PacketType::PgmZmtp1) && matches!(pgm_type, ODATA | RDATA) {
        let data = b.get(at.cursor..).unwrap_or(&[]);
        ports::zmtp1_datagram(c, data, usize::from(be16(b, 14)?))?;
    }
    Ok(())
}

const HDR_LEN: usize = 16;
const OPT_BIT_PRESENT: u8 = 0x01;
const OPT_END: u8 = 0x80;
const OPT_MASK: u8 = 0x7f;

const SPM: u8 = 0;
const POLL: u8 = 1;
const POLR: u8 = 2;
const ODATA: u8 = 4;
const RDATA: u8 = 5;
const NAK: u8 = 8;
const NULLNAK: u8 = 9;
const NCF: u8 = 10;
const ACK: u8 = 11;
const SPMR: u8 = 12;

/// Where the options start: tcpdump's cursor after the message, which it
/// leaves at the PGM header for SPMR and unknown types.
#[derive(Clone, Copy)]
struct At {
    cursor: usize,
}

/// A network-layer address after its AFI (1: IPv4, 2: IPv6) at `at`;
/// returns its text's printer and the cursor after it. tcpdump gives up
/// with a truncation mark on any other family.
fn nla(b: &[u8], afi: u16, at: usize) -> Res<(&[u8], usize)> {
    let size = match afi {
        1 => 4,
        2 => 16,
        _ => return Err(Trunc),
    };
    Ok((bytes(b, at, size)?, at + size))
}

fn addr(c: &mut Ctx, a: &[u8]) {
    if a.len() == 4 {
        c.out.ip4(a)
    } else {
        c.out.ip6(a)
    }
}

/// The message body after the header, by type.
fn message(c: &mut Ctx, b: &[u8], pgm_type: u8) -> Res<At> {
    let h = HDR_LEN;
    let cursor = match pgm_type {
        SPM => {
            tcheck(b, h, 16)?;
            let (nla, after) = nla(b, be16(b, h + 12)?, h + 16)?;
            let (seq, trail, lead) = (be32(b, h)?, be32(b, h + 4)?, be32(b, h + 8)?);
            c.dec_fields(&[
                ("SPM seq ", u64::from(seq)),
                (" trail ", u64::from(trail)),
                (" lead ", u64::from(lead)),
            ]);
            c.s(" nla ");
            addr(c, nla);
            after
        }
        POLL => {
            tcheck(b, h, 12)?;
            let (nla, after) = nla(b, be16(b, h + 8)?, h + 12)?;
            let (ivl, rnd, mask) = (be32(b, after)?, be32(b, after + 4)?, be32(b, after + 8)?);
            let (seq, round) = (be32(b, h)?, be16(b, h + 4)?);
            c.dec_fields(&[("POLL seq ", u64::from(seq)), (" round ", u64::from(round))]);
            c.s(" nla ");
            addr(c, nla);
            c.s_dec(" ivl ", ivl);
            c.s(" rnd 0x");
            c.out.hex0(u64::from(rnd), 8);
            c.s(" mask 0x");
            c.out.hex0(u64::from(mask), 8);
            after + 12
        }
        POLR => {
            tcheck(b, h, 8)?;
            let (seq, round) = (be32(b, h)?, be16(b, h + 4)?);
            c.dec_fields(&[("POLR seq ", u64::from(seq)), (" round ", u64::from(round))]);
            h + 8
        }
        ODATA | RDATA => {
            tcheck(b, h, 8)?;
            let (trail, seq) = (be32(b, h + 4)?, be32(b, h)?);
            c.s(if pgm_type == ODATA { "ODATA" } else { "RDATA" });
            c.dec_fields(&[(" trail ", u64::from(trail)), (" seq ", u64::from(seq))]);
            h + 8
        }
        NAK | NULLNAK | NCF => {
            tcheck(b, h, 8)?;
            let (source, after) = nla(b, be16(b, h + 4)?, h + 8)?;
            // tcpdump skips the group's AFI and reserved field, then reads
            // the group's family from the address's first bytes.
            let group_at = after + 4;
            let (group, after) = nla(b, be16(b, group_at)?, group_at)?;
            c.s(match pgm_type {
                NAK => "NAK ",
                NULLNAK => "NNAK ",
                _ => "NCF ",
            });
            let seq = be32(b, h)?;
            c.s("(");
            addr(c, source);
            c.s(" -> ");
            addr(c, group);
            c.s_dec("), seq ", seq);
            after
        }
        ACK => {
            tcheck(b, h, 8)?;
            let seq = be32(b, h)?;
            c.s_dec("ACK seq ", seq);
            h + 8
        }
        SPMR => {
            c.s("SPMR");
            0
        }
        _ => {
            c.s("UNKNOWN type 0x");
            c.out.hex0(u64::from(pgm_type), 2);
            0
        }
    };
    Ok(At { cursor })
}

/// Options with a fixed length: type, name, length, and the labels of the
/// 32-bit values after two reserved bytes.
const FIXED: &[(u8, &str, u8, &[&str])] = &[
    (0x01, "OPT_FRAGMENT", 16, &[" FRAG seq ", " off ", " len "]),
    (0x03, "OPT_JOIN", 8, &[" JOIN "]),
    (0x04, "OPT_NAK_BO_IVL", 12, &[" BACKOFF ivl ", " ivlseq "]),
    (0x05, "OPT_NAK_BO_RNG", 12, &[" BACKOFF max ", " min "]),
    (0x08, "OPT_PARITY_PRM", 8, &[" PARITY MAXTGS "]),
    (0x09, "OPT_PARITY_GRP", 8, &[" PARITY GROUP "]),
    (0x0a, "OPT_CURR_TGSIZE", 8, &[" PARITY ATGS "]),
    (0x0b, "OPT_NBR_UNREACH", 4, &[" NBR_UNREACH"]),
    (0x0d, "OPT_SYN", 4, &[" SYN"]),
    (0x0e, "OPT_FIN", 4, &[" FIN"]),
    (0x0f, "OPT_RST", 4, &[" RST"]),
    (0x11, "OPT_CRQST", 4, &[" CRQST"]),
];

/// "[Bad OPT_NAME option, length L != N]" and the like.
fn bad(c: &mut Ctx, name: &str, opt_len: u8, op: &str, n: u8, tail: &str) {
    c.s("[Bad ");
    c.s(name);
    c.dec_fields(&[(" option, length ", u64::from(opt_len)), (op, u64::from(n))]);
    c.s(tail);
    c.s("]");
}

/// The option list from `at`; Ok(false) when tcpdump stops the packet's
/// line there (a malformed option), Ok(true) when the message's length
/// follows.
fn options(c: &mut Ctx, b: &[u8], at: At) -> Res<bool> {
    let mut at = at.cursor;
    tcheck(b, at, 4)?;
    let first = u8at(b, at)?;
    if first & OPT_MASK != 0 {
        c.s_dec(
            "[First option bad, should be PGM_OPT_LENGTH, is ",
            first & OPT_MASK,
        );
        c.s("]");
        return Ok(false);
    }
    let first_len = u8at(b, at + 1)?;
    if first_len != 4 {
        bad(c, "OPT_LENGTH", first_len, " != ", 4, "");
        return Ok(false);
    }
    let mut opts_len = u32::from(be16(b, at + 2)?);
    at += 4;
    if opts_len < 4 {
        c.s_dec("[Bad total option length ", opts_len);
        c.s(" < 4]");
        return Ok(false);
    }
    c.s_dec(" OPTS LEN ", opts_len);
    opts_len -= 4;
    // Each pass moves the cursor on by at least the type and length bytes.
    while opts_len != 0 {
        if opts_len < 4 {
            c.s("[Total option length leaves no room for final option]");
            return Ok(false);
        }
        let opt_type = u8at(b, at)?;
        let opt_len = u8at(b, at + 1)?;
        at += 2;
        if opt_len < 4 {
            c.s_dec("[Bad option, length ", opt_len);
            c.s(" < 4]");
            break;
        }
        if opts_len < u32::from(opt_len) {
            c.s("[Total option length leaves no room for final option]");
            return Ok(false);
        }
        tcheck(b, at, usize::from(opt_len) - 2)?;
        let code = opt_type & OPT_MASK;
        if let Some(&(_, name, len, labels)) = FIXED.iter().find(|f| f.0 == code) {
            if opt_len != len {
                bad(c, name, opt_len, " != ", len, "");
                return Ok(false);
            }
            at += 2;
            // The 32-bit values (none in a 4-byte option), all read
            // before any is printed.
            let count = usize::from(len / 4 - 1);
            let mut values = [0u32; 3];
            for (i, v) in values.iter_mut().take(count).enumerate() {
                *v = be32(b, at + 4 * i)?;
            }
            for (i, label) in labels.iter().enumerate() {
                c.s(label);
                if i < count {
                    c.dec(values[i]);
                }
            }
            at += 4 * count;
            opts_len -= u32::from(len);
        } else {
            match code {
                0x00 => {
                    if opt_len != 4 {
                        bad(c, "OPT_LENGTH", opt_len, " != ", 4, "");
                        return Ok(false);
                    }
                    c.s(" OPTS LEN (extra?) ");
                    c.dec(be16(b, at)?);
                    at += 2;
                    opts_len -= 4;
                }
                0x02 => {
                    at += 2;
                    c.s(" NAK LIST");
                    let mut left = opt_len - 4;
                    while left != 0 {
                        if left < 4 {
                            c.s("[Option length not a multiple of 4]");
                            return Ok(false);
                        }
                        c.s(" ");
                        c.dec(be32(b, at)?);
                        at += 4;
                        left -= 4;
                        // tcpdump counts the list but not its option
                        // header against the total.
                        opts_len -= 4;
                    }
                }
                0x07 => {
                    let Some((after, a, _)) =
                        addressed(c, b, at, opt_len, "OPT_REDIRECT", "OPT_REDIRECT", 8, false)?
                    else {
                        return Ok(false);
                    };
                    c.s(" REDIRECT ");
                    addr(c, a);
                    at = after;
                    opts_len -= u32::from(opt_len);
                }
                0x0c => {
                    c.s_dec(" PATH_NLA [", opt_len);
                    c.s("]");
                    at += usize::from(opt_len);
                    opts_len -= u32::from(opt_len);
                }
                0x10 => {
                    c.s(" CR");
                    at += usize::from(opt_len);
                    opts_len -= u32::from(opt_len);
                }
                0x12 | 0x13 => {
                    let (short_name, name, label) = if code == 0x12 {
                        ("OPT_PGMCC_DATA", "OPT_PGMCC_DATA", " PGMCC DATA ")
                    } else {
                        (
                            "PGM_OPT_PGMCC_FEEDBACK",
                            "OPT_PGMCC_FEEDBACK",
                            " PGMCC FEEDBACK ",
                        )
                    };
                    let Some((after, a, offset)) =
                        addressed(c, b, at, opt_len, short_name, name, 12, true)?
                    else {
                        return Ok(false);
                    };
                    c.s(label);
                    c.dec(offset);
                    c.s(" ");
                    addr(c, a);
                    at = after;
                    opts_len -= u32::from(opt_len);
                }
                _ => {
                    c.s(&format!(" OPT_{opt_type:02X}"));
                    c.s_dec(" [", opt_len);
                    c.s("] ");
                    at += usize::from(opt_len);
                    opts_len -= u32::from(opt_len);
                }
            }
        }
        if opt_type & OPT_END != 0 {
            break;
        }
    }
    Ok(true)
}

/// The options that carry an address (REDIRECT, PGMCC DATA and
/// FEEDBACK): two reserved bytes, with `offset` a 32-bit value, the AFI
/// and two more reserved bytes, then the address, whose size the option
/// length must match. Returns the cursor after it, the address and the
/// value, or None after printing why the option is bad.
#[allow(clippy::too_many_arguments)]
fn addressed<'b>(
    c: &mut Ctx,
    b: &'b [u8],
    at: usize,
    opt_len: u8,
    short_name: &str,
    name: &str,
    fixed: u8,
    offset: bool,
) -> Res<Option<(usize, &'b [u8], u32)>> {
    if opt_len < fixed {
        bad(c, short_name, opt_len, " < ", fixed, "");
        return Ok(None);
    }
    let mut at = at + 2;
    let value = if offset {
        let v = be32(b, at)?;
        at += 4;
        v
    } else {
        0
    };
    let afi = be16(b, at)?;
    at += 4;
    let size = match afi {
        1 => 4,
        2 => 16,
        _ => return Err(Trunc),
    };
    if usize::from(opt_len) != usize::from(fixed) + size {
        bad(c, name, opt_len, " != ", fixed, " + address size");
        return Ok(None);
    }
    let (a, after) = nla(b, afi, at)?;
    Ok(Some((after, a, value)))
}
