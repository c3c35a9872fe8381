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
    c.s(" [");
    c.dec(length as u64);
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
            c.s(" ivl ");
            c.dec(ivl);
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
            c.s("), seq ");
            c.dec(seq);
            after
        }
        ACK => {
            tcheck(b, h, 8)?;
            let seq = be32(b, h)?;
            c.s("ACK seq ");
            c.dec(seq);
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
        c.s("[First option bad, should be PGM_OPT_LENGTH, is ");
        c.dec(first & OPT_MASK);
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
        c.s("[Bad total option length ");
        c.dec(opts_len);
        c.s(" < 4]");
        return Ok(false);
    }
    c.s(" OPTS LEN ");
    c.dec(opts_len);
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
            c.s("[Bad option, length ");
            c.dec(opt_len);
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
                    c.s(" PATH_NLA [");
                    c.dec(opt_len);
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
                    c.s(" [");
                    c.dec(opt_len);
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
#[cfg(test)]
mod tests {
    use crate::decode::PacketType;
    use crate::decode::PrintOptions;
    use crate::decode::tests::{golden_link, numeric};
    use crate::link::LinkType;

    /// Without -v the ports and the length only (tcpdump 4.99.3).
    #[test]
    fn pgm_header_line() {
        golden_link(
            LinkType::Ethernet,
            numeric(0),
            &[
                (
                    "01005e0001090200000000010800450000f80001000040710000c0000201e000010904d2162e000100000a0b0c0d0e0f00000000000a000000090000000b00010000c6336407000400c0011000000000000100000002000000030308000000000004040c00000000000500000006050c000000000007000000080808000000000009090800000000000a0a0800000000000b0b0400000d0400000e0400000f0400001104000002100000000000150000001600000017070c000000010000c6336407121000000000006300010000c6336407131c0000000000620002000020010db80000000000000000000000010c080000c6336407100a00000000000000009f0600000102",
                    0,
                    "IP 192.0.2.1 > 224.0.1.9: 192.0.2.1.1234 > 224.0.1.9.5678: PGM, length 0",
                ),
                (
                    "01005e0001090200000000010800450000300001000040710000c0000201e000010904d2162e040000000a0b0c0d0e0f0004000000640000005a64617461",
                    0,
                    "IP 192.0.2.1 > 224.0.1.9: 192.0.2.1.1234 > 224.0.1.9.5678: PGM, length 4",
                ),
                (
                    "01005e7fc20a0800270844ab080045000040b1ea40000171094a0a00020fefffc20a04d2162e0100000083f2d6491cb300000000000000000000000100000a00020f000000000000000000000000",
                    0,
                    "IP 10.0.2.15 > 239.255.194.10: 10.0.2.15.1234 > 239.255.194.10.5678: PGM, length 0",
                ),
            ],
        );
    }

    /// Each message type with -v, the options tcpdump decodes (PATH_NLA moves its cursor two bytes too far, so the next option reads as length 0), CR, an unknown option with the end bit, and IPv6 NLAs; NAKs read the group's family from the group address, as tcpdump does (tcpdump 4.99.3).
    #[test]
    fn pgm_messages() {
        golden_link(
            LinkType::Ethernet,
            numeric(1),
            &[
                (
                    "01005e0001090200000000010800450000f80001000040710000c0000201e000010904d2162e000100000a0b0c0d0e0f00000000000a000000090000000b00010000c6336407000400c0011000000000000100000002000000030308000000000004040c00000000000500000006050c000000000007000000080808000000000009090800000000000a0a0800000000000b0b0400000d0400000e0400000f0400001104000002100000000000150000001600000017070c000000010000c6336407121000000000006300010000c6336407131c0000000000620002000020010db80000000000000000000000010c080000c6336407100a00000000000000009f0600000102",
                    0,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PGM (113), length 248, bad cksum 0 (->d689)!)\n    192.0.2.1 > 224.0.1.9: 192.0.2.1.1234 > 224.0.1.9.5678: PGM, length 0 0x0a0b0c0d0e0f SPM seq 10 trail 9 lead 11 nla 198.51.100.7 OPTS LEN 192 FRAG seq 1 off 2 len 3 JOIN 4 BACKOFF ivl 5 ivlseq 6 BACKOFF max 7 min 8 PARITY MAXTGS 9 PARITY GROUP 10 PARITY ATGS 11 NBR_UNREACH SYN FIN RST CRQST NAK LIST 21 22 23 REDIRECT 198.51.100.7 PGMCC DATA 99 198.51.100.7 PGMCC FEEDBACK 98 2001:db8::1 PATH_NLA [8][Bad option, length 0 < 4] [228]",
                ),
                (
                    "01005e0001090200000000010800450000440001000040710000c0000201e000010904d2162e000000000a0b0c0d0e0f00000000000a000000090000000b0002000020010db8000000000000000000000001",
                    0,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PGM (113), length 68, bad cksum 0 (->d73d)!)\n    192.0.2.1 > 224.0.1.9: 192.0.2.1.1234 > 224.0.1.9.5678: PGM, length 0 0x0a0b0c0d0e0f SPM seq 10 trail 9 lead 11 nla 2001:db8::1 [48]",
                ),
                (
                    "01005e0001090200000000010800450000400001000040710000c0000201e000010904d2162e010000000a0b0c0d0e0f0000000000050006000000010000c633640700000007deadbeefff00ff00",
                    0,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PGM (113), length 64, bad cksum 0 (->d741)!)\n    192.0.2.1 > 224.0.1.9: 192.0.2.1.1234 > 224.0.1.9.5678: PGM, length 0 0x0a0b0c0d0e0f POLL seq 5 round 6 nla 198.51.100.7 ivl 7 rnd 0xdeadbeef mask 0xff00ff00 [44]",
                ),
                (
                    "01005e00010902000000000108004500002c0001000040710000c0000201e000010904d2162e020000000a0b0c0d0e0f00000000000500060000",
                    0,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PGM (113), length 44, bad cksum 0 (->d755)!)\n    192.0.2.1 > 224.0.1.9: 192.0.2.1.1234 > 224.0.1.9.5678: PGM, length 0 0x0a0b0c0d0e0f POLR seq 5 round 6 [24]",
                ),
                (
                    "01005e0001090200000000010800450000300001000040710000c0000201e000010904d2162e040000000a0b0c0d0e0f0004000000640000005a64617461",
                    0,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PGM (113), length 48, bad cksum 0 (->d751)!)\n    192.0.2.1 > 224.0.1.9: 192.0.2.1.1234 > 224.0.1.9.5678: PGM, length 4 0x0a0b0c0d0e0f ODATA trail 90 seq 100 [28]",
                ),
                (
                    "01005e0001090200000000010800450000300001000040710000c0000201e000010904d2162e050000000a0b0c0d0e0f0004000000640000005a64617461",
                    0,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PGM (113), length 48, bad cksum 0 (->d751)!)\n    192.0.2.1 > 224.0.1.9: 192.0.2.1.1234 > 224.0.1.9.5678: PGM, length 4 0x0a0b0c0d0e0f RDATA trail 90 seq 100 [28]",
                ),
                (
                    "01005e00010902000000000108004500003c0001000040710000c0000201e000010904d2162e080000000a0b0c0d0e0f00000000004d00010000c63364070001000000010000c6336407",
                    0,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PGM (113), length 60, bad cksum 0 (->d745)!)\n    192.0.2.1 > 224.0.1.9: 192.0.2.1.1234 > 224.0.1.9.5678: PGM, length 0 0x0a0b0c0d0e0f NAK (198.51.100.7 -> 0.1.0.0), seq 77 [40]",
                ),
                (
                    "01005e00010902000000000108004500003c0001000040710000c0000201e000010904d2162e090000000a0b0c0d0e0f00000000004d00010000c63364070001000000010000c6336407",
                    0,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PGM (113), length 60, bad cksum 0 (->d745)!)\n    192.0.2.1 > 224.0.1.9: 192.0.2.1.1234 > 224.0.1.9.5678: PGM, length 0 0x0a0b0c0d0e0f NNAK (198.51.100.7 -> 0.1.0.0), seq 77 [40]",
                ),
                (
                    "01005e00010902000000000108004500003c0001000040710000c0000201e000010904d2162e0a0000000a0b0c0d0e0f00000000004d00010000c63364070001000000010000c6336407",
                    0,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PGM (113), length 60, bad cksum 0 (->d745)!)\n    192.0.2.1 > 224.0.1.9: 192.0.2.1.1234 > 224.0.1.9.5678: PGM, length 0 0x0a0b0c0d0e0f NCF (198.51.100.7 -> 0.1.0.0), seq 77 [40]",
                ),
                (
                    "01005e00010902000000000108004500002c0001000040710000c0000201e000010904d2162e0b0000000a0b0c0d0e0f00000000003700000000",
                    0,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PGM (113), length 44, bad cksum 0 (->d755)!)\n    192.0.2.1 > 224.0.1.9: 192.0.2.1.1234 > 224.0.1.9.5678: PGM, length 0 0x0a0b0c0d0e0f ACK seq 55 [24]",
                ),
                (
                    "01005e0001090200000000010800450000240001000040710000c0000201e000010904d2162e0c0000000a0b0c0d0e0f0000",
                    0,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PGM (113), length 36, bad cksum 0 (->d75d)!)\n    192.0.2.1 > 224.0.1.9: 192.0.2.1.1234 > 224.0.1.9.5678: PGM, length 0 0x0a0b0c0d0e0f SPMR [16]",
                ),
                (
                    "01005e00010902000000000108004500002c0001000040710000c0000201e000010904d2162e330000000a0b0c0d0e0f00000000000000000000",
                    0,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PGM (113), length 44, bad cksum 0 (->d755)!)\n    192.0.2.1 > 224.0.1.9: 192.0.2.1.1234 > 224.0.1.9.5678: PGM, length 0 0x0a0b0c0d0e0f UNKNOWN type 0x33 [24]",
                ),
                (
                    "01005e0001090200000000010800450000440001000040710000c0000201e000010904d2162e020100000a0b0c0d0e0f00000000000500060000000400181006000000009f06000001020308000000000001",
                    0,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PGM (113), length 68, bad cksum 0 (->d73d)!)\n    192.0.2.1 > 224.0.1.9: 192.0.2.1.1234 > 224.0.1.9.5678: PGM, length 0 0x0a0b0c0d0e0f POLR seq 5 round 6 OPTS LEN 24 CR[Bad option, length 0 < 4] [48]",
                ),
                (
                    "01005e7fc20a0800270844ab080045000040b1ea40000171094a0a00020fefffc20a04d2162e0100000083f2d6491cb300000000000000000000000100000a00020f000000000000000000000000",
                    0,
                    "IP (tos 0x0, ttl 1, id 45546, offset 0, flags [DF], proto PGM (113), length 64)\n    10.0.2.15 > 239.255.194.10: 10.0.2.15.1234 > 239.255.194.10.5678: PGM, length 0 0x83f2d6491cb3 POLL seq 0 round 0 nla 10.0.2.15 ivl 0 rnd 0x00000000 mask 0x00000000 [44]",
                ),
                (
                    "01005e7fc20a0800270844ab08004500002cb1eb40000171095d0a00020fefffc20a162e04d20200000083f2d6491cb300000000000000000000",
                    0,
                    "IP (tos 0x0, ttl 1, id 45547, offset 0, flags [DF], proto PGM (113), length 44)\n    10.0.2.15 > 239.255.194.10: 10.0.2.15.5678 > 239.255.194.10.1234: PGM, length 0 0x83f2d6491cb3 POLR seq 0 round 0 [24]",
                ),
                (
                    "ada90d49995edff4c0a09b9c080047417f7f00000000007159598079596b5959103f59e843abd502e400000400e11f0d2fbf3414eb1f0022000000000c061a10001000ff554200db1cda0000000058ffa2400000ec0000a1020c04001e0100",
                    0,
                    "IP truncated-ip - 32558 bytes missing! (tos 0x41,ECT(1), id 0, offset 0, flags [none], proto PGM (113), length 32639, options (unknown 89 [bad length 232]), bad cksum 5959 (->9eb9)!)\n    128.121.89.107 > 89.89.16.63: 128.121.89.107.4 > 89.89.16.63.225: PGM, length 0 0x3414eb1f0022 UNKNOWN type 0x1f OPTS LEN 225 OPT_1F [13]  OPT_06 [26]  PATH_NLA [4] [|pgm]",
                ),
                (
                    "00000d49965edfc1c0a09b9c0800474103009d400000007159595979596b5959595959e843abd502e4e17e4201f408e4ef8d00ff7f01034760f2008000000001009d01483b0022",
                    0,
                    "IP truncated-ip - 711 bytes missing! (tos 0x41,ECT(1), id 40256, offset 0, flags [none], proto PGM (113), length 768, options (unknown 89 [bad length 232]), bad cksum 5959 (->5afd)!)\n    89.121.89.107 > 89.89.89.89: 89.121.89.107.32322 > 89.89.89.89.500: PGM, length 24818 0x00ff7f010347  [|pgm]",
                ),
            ],
        );
    }

    /// Malformed options: each of tcpdump's complaints, and an unknown NLA family (tcpdump 4.99.3).
    #[test]
    fn pgm_bad_options() {
        golden_link(
            LinkType::Ethernet,
            numeric(1),
            &[
                (
                    "01005e0001090200000000010800450000300001000040710000c0000201e000010904d2162e020100000a0b0c0d0e0f0000000000050006000001040000",
                    0,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PGM (113), length 48, bad cksum 0 (->d751)!)\n    192.0.2.1 > 224.0.1.9: 192.0.2.1.1234 > 224.0.1.9.5678: PGM, length 0 0x0a0b0c0d0e0f POLR seq 5 round 6[First option bad, should be PGM_OPT_LENGTH, is 1]",
                ),
                (
                    "01005e0001090200000000010800450000310001000040710000c0000201e000010904d2162e020100000a0b0c0d0e0f000000000005000600000005000400",
                    0,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PGM (113), length 49, bad cksum 0 (->d750)!)\n    192.0.2.1 > 224.0.1.9: 192.0.2.1.1234 > 224.0.1.9.5678: PGM, length 0 0x0a0b0c0d0e0f POLR seq 5 round 6[Bad OPT_LENGTH option, length 5 != 4]",
                ),
                (
                    "01005e0001090200000000010800450000300001000040710000c0000201e000010904d2162e020100000a0b0c0d0e0f0000000000050006000000040002",
                    0,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PGM (113), length 48, bad cksum 0 (->d751)!)\n    192.0.2.1 > 224.0.1.9: 192.0.2.1.1234 > 224.0.1.9.5678: PGM, length 0 0x0a0b0c0d0e0f POLR seq 5 round 6[Bad total option length 2 < 4]",
                ),
                (
                    "01005e0001090200000000010800450000380001000040710000c0000201e000010904d2162e020100000a0b0c0d0e0f00000000000500060000000400080302000000000000",
                    0,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PGM (113), length 56, bad cksum 0 (->d749)!)\n    192.0.2.1 > 224.0.1.9: 192.0.2.1.1234 > 224.0.1.9.5678: PGM, length 0 0x0a0b0c0d0e0f POLR seq 5 round 6 OPTS LEN 8[Bad option, length 2 < 4] [36]",
                ),
                (
                    "01005e0001090200000000010800450000340001000040710000c0000201e000010904d2162e020100000a0b0c0d0e0f000000000005000600000004000600000000",
                    0,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PGM (113), length 52, bad cksum 0 (->d74d)!)\n    192.0.2.1 > 224.0.1.9: 192.0.2.1.1234 > 224.0.1.9.5678: PGM, length 0 0x0a0b0c0d0e0f POLR seq 5 round 6 OPTS LEN 6[Total option length leaves no room for final option]",
                ),
                (
                    "01005e00010902000000000108004500003c0001000040710000c0000201e000010904d2162e020100000a0b0c0d0e0f000000000005000600000004000c030c00000000000000000000",
                    0,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PGM (113), length 60, bad cksum 0 (->d745)!)\n    192.0.2.1 > 224.0.1.9: 192.0.2.1.1234 > 224.0.1.9.5678: PGM, length 0 0x0a0b0c0d0e0f POLR seq 5 round 6 OPTS LEN 12[Total option length leaves no room for final option]",
                ),
                (
                    "01005e00010902000000000108004500003c0001000040710000c0000201e000010904d2162e020100000a0b0c0d0e0f0000000000050006000000040010030c00000000000000000000",
                    0,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PGM (113), length 60, bad cksum 0 (->d745)!)\n    192.0.2.1 > 224.0.1.9: 192.0.2.1.1234 > 224.0.1.9.5678: PGM, length 0 0x0a0b0c0d0e0f POLR seq 5 round 6 OPTS LEN 16[Bad OPT_JOIN option, length 12 != 8]",
                ),
                (
                    "01005e00010902000000000108004500003a0001000040710000c0000201e000010904d2162e020100000a0b0c0d0e0f000000000005000600000004000e020a0000000000000000",
                    0,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PGM (113), length 58, bad cksum 0 (->d747)!)\n    192.0.2.1 > 224.0.1.9: 192.0.2.1.1234 > 224.0.1.9.5678: PGM, length 0 0x0a0b0c0d0e0f POLR seq 5 round 6 OPTS LEN 14 NAK LIST 0[Option length not a multiple of 4]",
                ),
                (
                    "01005e0001090200000000010800450000480001000040710000c0000201e000010904d2162e020100000a0b0c0d0e0f000000000005000600000004001c071800000001000020010db8000000000000000000000001",
                    0,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PGM (113), length 72, bad cksum 0 (->d739)!)\n    192.0.2.1 > 224.0.1.9: 192.0.2.1.1234 > 224.0.1.9.5678: PGM, length 0 0x0a0b0c0d0e0f POLR seq 5 round 6 OPTS LEN 28[Bad OPT_REDIRECT option, length 24 != 8 + address size]",
                ),
                (
                    "01005e00010902000000000108004500004c0001000040710000c0000201e000010904d2162e020100000a0b0c0d0e0f0000000000050006000000040020131c0000000000010001000020010db8000000000000000000000001",
                    0,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PGM (113), length 76, bad cksum 0 (->d735)!)\n    192.0.2.1 > 224.0.1.9: 192.0.2.1.1234 > 224.0.1.9.5678: PGM, length 0 0x0a0b0c0d0e0f POLR seq 5 round 6 OPTS LEN 32[Bad OPT_PGMCC_FEEDBACK option, length 28 != 12 + address size]",
                ),
                (
                    "01005e0001090200000000010800450000340001000040710000c0000201e000010904d2162e020100000a0b0c0d0e0f000000000005000600000004000800040000",
                    0,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PGM (113), length 52, bad cksum 0 (->d74d)!)\n    192.0.2.1 > 224.0.1.9: 192.0.2.1.1234 > 224.0.1.9.5678: PGM, length 0 0x0a0b0c0d0e0f POLR seq 5 round 6 OPTS LEN 8 OPTS LEN (extra?) 0 [32]",
                ),
                (
                    "01005e0001090200000000010800450000360001000040710000c0000201e000010904d2162e020100000a0b0c0d0e0f000000000005000600000004000a000600000000",
                    0,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PGM (113), length 54, bad cksum 0 (->d74b)!)\n    192.0.2.1 > 224.0.1.9: 192.0.2.1.1234 > 224.0.1.9.5678: PGM, length 0 0x0a0b0c0d0e0f POLR seq 5 round 6 OPTS LEN 10[Bad OPT_LENGTH option, length 6 != 4]",
                ),
                (
                    "01005e00010902000000000108004500003c0001000040710000c0000201e000010904d2162e020100000a0b0c0d0e0f0000000000050006000000040010070c000000030000c6336407",
                    0,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PGM (113), length 60, bad cksum 0 (->d745)!)\n    192.0.2.1 > 224.0.1.9: 192.0.2.1.1234 > 224.0.1.9.5678: PGM, length 0 0x0a0b0c0d0e0f POLR seq 5 round 6 OPTS LEN 16 [|pgm]",
                ),
                (
                    "01005e0001090200000000010800450000380001000040710000c0000201e000010904d2162e000000000a0b0c0d0e0f00000000000a000000090000000b00070000c6336407",
                    0,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PGM (113), length 56, bad cksum 0 (->d749)!)\n    192.0.2.1 > 224.0.1.9: 192.0.2.1.1234 > 224.0.1.9.5678: PGM, length 0 0x0a0b0c0d0e0f  [|pgm]",
                ),
                (
                    "ada90d49995edff4c0a09b9c080047417f7f00000000007159598079596b5959103f59e843abdd02e400000400e11f0d2fbf3414eb1f0022000000000c061a1000100000000000db1cda0000000058ffa2400000d30000a1021204001e0100",
                    0,
                    "IP truncated-ip - 32558 bytes missing! (tos 0x41,ECT(1), id 0, offset 0, flags [none], proto PGM (113), length 32639, options (unknown 89 [bad length 232]), bad cksum 5959 (->96b9)!)\n    128.121.89.107 > 89.89.16.63: 128.121.89.107.4 > 89.89.16.63.225: PGM, length 0 0x3414eb1f0022 UNKNOWN type 0x1f OPTS LEN 225 OPT_1F [13]  OPT_06 [26] [Bad OPT_PGMCC_DATA option, length 4 < 12]",
                ),
                (
                    "ada90d49995edff4c0a09b9c080047417f7f0000000000715959807959100059103f59e843abd502e400000400e11f0d2fbf3414eb1f0022000000000c061a10001080ff554200db1cda03e800006bffa2400000ec0000a1020704001e",
                    0,
                    "IP truncated-ip - 32560 bytes missing! (tos 0x41,ECT(1), id 0, offset 0, flags [none], proto PGM (113), length 32639, options (unknown 89 [bad length 232]), bad cksum 5959 (->f814)!)\n    128.121.89.16 > 0.89.16.63: 128.121.89.16.4 > 0.89.16.63.225: PGM, length 0 0x3414eb1f0022 UNKNOWN type 0x1f OPTS LEN 225 OPT_1F [13]  OPT_06 [26] [Bad OPT_REDIRECT option, length 4 < 8]",
                ),
            ],
        );
    }

    /// The SPM with all options cut in the header, the NLA and the options (tcpdump 4.99.3).
    #[test]
    fn pgm_cut() {
        golden_link(
            LinkType::Ethernet,
            numeric(1),
            &[
                (
                    "01005e0001090200000000010800450000f80001000040710000c0000201e000010904d2162e000100000a0b0c0d0e0f00000000000a000000090000000b00010000c6336407000400c0011000000000000100000002000000030308000000000004040c00000000000500000006050c000000000007000000080808000000000009090800000000000a0a0800000000000b0b0400000d0400000e0400000f0400001104000002100000000000150000001600000017070c000000010000c6336407121000000000006300010000c6336407131c0000000000620002000020010db80000000000000000000000010c080000c6336407100a00000000000000009f0600000102",
                    35,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PGM (113), length 248, bad cksum 0 (->d689)!)\n    192.0.2.1 > 224.0.1.9: 192.0.2.1 > 224.0.1.9: [|pgm]",
                ),
                (
                    "01005e0001090200000000010800450000f80001000040710000c0000201e000010904d2162e000100000a0b0c0d0e0f00000000000a000000090000000b00010000c6336407000400c0011000000000000100000002000000030308000000000004040c00000000000500000006050c000000000007000000080808000000000009090800000000000a0a0800000000000b0b0400000d0400000e0400000f0400001104000002100000000000150000001600000017070c000000010000c6336407121000000000006300010000c6336407131c0000000000620002000020010db80000000000000000000000010c080000c6336407100a00000000000000009f0600000102",
                    36,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PGM (113), length 248, bad cksum 0 (->d689)!)\n    192.0.2.1 > 224.0.1.9: 192.0.2.1 > 224.0.1.9: [|pgm]",
                ),
                (
                    "01005e0001090200000000010800450000f80001000040710000c0000201e000010904d2162e000100000a0b0c0d0e0f00000000000a000000090000000b00010000c6336407000400c0011000000000000100000002000000030308000000000004040c00000000000500000006050c000000000007000000080808000000000009090800000000000a0a0800000000000b0b0400000d0400000e0400000f0400001104000002100000000000150000001600000017070c000000010000c6336407121000000000006300010000c6336407131c0000000000620002000020010db80000000000000000000000010c080000c6336407100a00000000000000009f0600000102",
                    37,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PGM (113), length 248, bad cksum 0 (->d689)!)\n    192.0.2.1 > 224.0.1.9: 192.0.2.1 > 224.0.1.9: [|pgm]",
                ),
                (
                    "01005e0001090200000000010800450000f80001000040710000c0000201e000010904d2162e000100000a0b0c0d0e0f00000000000a000000090000000b00010000c6336407000400c0011000000000000100000002000000030308000000000004040c00000000000500000006050c000000000007000000080808000000000009090800000000000a0a0800000000000b0b0400000d0400000e0400000f0400001104000002100000000000150000001600000017070c000000010000c6336407121000000000006300010000c6336407131c0000000000620002000020010db80000000000000000000000010c080000c6336407100a00000000000000009f0600000102",
                    40,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PGM (113), length 248, bad cksum 0 (->d689)!)\n    192.0.2.1 > 224.0.1.9: 192.0.2.1.1234 > 224.0.1.9.5678:  [|pgm]",
                ),
                (
                    "01005e0001090200000000010800450000f80001000040710000c0000201e000010904d2162e000100000a0b0c0d0e0f00000000000a000000090000000b00010000c6336407000400c0011000000000000100000002000000030308000000000004040c00000000000500000006050c000000000007000000080808000000000009090800000000000a0a0800000000000b0b0400000d0400000e0400000f0400001104000002100000000000150000001600000017070c000000010000c6336407121000000000006300010000c6336407131c0000000000620002000020010db80000000000000000000000010c080000c6336407100a00000000000000009f0600000102",
                    50,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PGM (113), length 248, bad cksum 0 (->d689)!)\n    192.0.2.1 > 224.0.1.9: 192.0.2.1.1234 > 224.0.1.9.5678: PGM, length 0 0x0a0b0c0d0e0f  [|pgm]",
                ),
                (
                    "01005e0001090200000000010800450000f80001000040710000c0000201e000010904d2162e000100000a0b0c0d0e0f00000000000a000000090000000b00010000c6336407000400c0011000000000000100000002000000030308000000000004040c00000000000500000006050c000000000007000000080808000000000009090800000000000a0a0800000000000b0b0400000d0400000e0400000f0400001104000002100000000000150000001600000017070c000000010000c6336407121000000000006300010000c6336407131c0000000000620002000020010db80000000000000000000000010c080000c6336407100a00000000000000009f0600000102",
                    55,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PGM (113), length 248, bad cksum 0 (->d689)!)\n    192.0.2.1 > 224.0.1.9: 192.0.2.1.1234 > 224.0.1.9.5678: PGM, length 0 0x0a0b0c0d0e0f  [|pgm]",
                ),
                (
                    "01005e0001090200000000010800450000f80001000040710000c0000201e000010904d2162e000100000a0b0c0d0e0f00000000000a000000090000000b00010000c6336407000400c0011000000000000100000002000000030308000000000004040c00000000000500000006050c000000000007000000080808000000000009090800000000000a0a0800000000000b0b0400000d0400000e0400000f0400001104000002100000000000150000001600000017070c000000010000c6336407121000000000006300010000c6336407131c0000000000620002000020010db80000000000000000000000010c080000c6336407100a00000000000000009f0600000102",
                    60,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PGM (113), length 248, bad cksum 0 (->d689)!)\n    192.0.2.1 > 224.0.1.9: 192.0.2.1.1234 > 224.0.1.9.5678: PGM, length 0 0x0a0b0c0d0e0f  [|pgm]",
                ),
                (
                    "01005e0001090200000000010800450000f80001000040710000c0000201e000010904d2162e000100000a0b0c0d0e0f00000000000a000000090000000b00010000c6336407000400c0011000000000000100000002000000030308000000000004040c00000000000500000006050c000000000007000000080808000000000009090800000000000a0a0800000000000b0b0400000d0400000e0400000f0400001104000002100000000000150000001600000017070c000000010000c6336407121000000000006300010000c6336407131c0000000000620002000020010db80000000000000000000000010c080000c6336407100a00000000000000009f0600000102",
                    70,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PGM (113), length 248, bad cksum 0 (->d689)!)\n    192.0.2.1 > 224.0.1.9: 192.0.2.1.1234 > 224.0.1.9.5678: PGM, length 0 0x0a0b0c0d0e0f SPM seq 10 trail 9 lead 11 nla 198.51.100.7 [|pgm]",
                ),
                (
                    "01005e0001090200000000010800450000f80001000040710000c0000201e000010904d2162e000100000a0b0c0d0e0f00000000000a000000090000000b00010000c6336407000400c0011000000000000100000002000000030308000000000004040c00000000000500000006050c000000000007000000080808000000000009090800000000000a0a0800000000000b0b0400000d0400000e0400000f0400001104000002100000000000150000001600000017070c000000010000c6336407121000000000006300010000c6336407131c0000000000620002000020010db80000000000000000000000010c080000c6336407100a00000000000000009f0600000102",
                    80,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PGM (113), length 248, bad cksum 0 (->d689)!)\n    192.0.2.1 > 224.0.1.9: 192.0.2.1.1234 > 224.0.1.9.5678: PGM, length 0 0x0a0b0c0d0e0f SPM seq 10 trail 9 lead 11 nla 198.51.100.7 OPTS LEN 192 [|pgm]",
                ),
                (
                    "01005e0001090200000000010800450000f80001000040710000c0000201e000010904d2162e000100000a0b0c0d0e0f00000000000a000000090000000b00010000c6336407000400c0011000000000000100000002000000030308000000000004040c00000000000500000006050c000000000007000000080808000000000009090800000000000a0a0800000000000b0b0400000d0400000e0400000f0400001104000002100000000000150000001600000017070c000000010000c6336407121000000000006300010000c6336407131c0000000000620002000020010db80000000000000000000000010c080000c6336407100a00000000000000009f0600000102",
                    90,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PGM (113), length 248, bad cksum 0 (->d689)!)\n    192.0.2.1 > 224.0.1.9: 192.0.2.1.1234 > 224.0.1.9.5678: PGM, length 0 0x0a0b0c0d0e0f SPM seq 10 trail 9 lead 11 nla 198.51.100.7 OPTS LEN 192 FRAG seq 1 off 2 len 3 [|pgm]",
                ),
                (
                    "01005e0001090200000000010800450000f80001000040710000c0000201e000010904d2162e000100000a0b0c0d0e0f00000000000a000000090000000b00010000c6336407000400c0011000000000000100000002000000030308000000000004040c00000000000500000006050c000000000007000000080808000000000009090800000000000a0a0800000000000b0b0400000d0400000e0400000f0400001104000002100000000000150000001600000017070c000000010000c6336407121000000000006300010000c6336407131c0000000000620002000020010db80000000000000000000000010c080000c6336407100a00000000000000009f0600000102",
                    100,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PGM (113), length 248, bad cksum 0 (->d689)!)\n    192.0.2.1 > 224.0.1.9: 192.0.2.1.1234 > 224.0.1.9.5678: PGM, length 0 0x0a0b0c0d0e0f SPM seq 10 trail 9 lead 11 nla 198.51.100.7 OPTS LEN 192 FRAG seq 1 off 2 len 3 JOIN 4 [|pgm]",
                ),
                (
                    "01005e0001090200000000010800450000f80001000040710000c0000201e000010904d2162e000100000a0b0c0d0e0f00000000000a000000090000000b00010000c6336407000400c0011000000000000100000002000000030308000000000004040c00000000000500000006050c000000000007000000080808000000000009090800000000000a0a0800000000000b0b0400000d0400000e0400000f0400001104000002100000000000150000001600000017070c000000010000c6336407121000000000006300010000c6336407131c0000000000620002000020010db80000000000000000000000010c080000c6336407100a00000000000000009f0600000102",
                    120,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PGM (113), length 248, bad cksum 0 (->d689)!)\n    192.0.2.1 > 224.0.1.9: 192.0.2.1.1234 > 224.0.1.9.5678: PGM, length 0 0x0a0b0c0d0e0f SPM seq 10 trail 9 lead 11 nla 198.51.100.7 OPTS LEN 192 FRAG seq 1 off 2 len 3 JOIN 4 BACKOFF ivl 5 ivlseq 6 [|pgm]",
                ),
                (
                    "01005e0001090200000000010800450000f80001000040710000c0000201e000010904d2162e000100000a0b0c0d0e0f00000000000a000000090000000b00010000c6336407000400c0011000000000000100000002000000030308000000000004040c00000000000500000006050c000000000007000000080808000000000009090800000000000a0a0800000000000b0b0400000d0400000e0400000f0400001104000002100000000000150000001600000017070c000000010000c6336407121000000000006300010000c6336407131c0000000000620002000020010db80000000000000000000000010c080000c6336407100a00000000000000009f0600000102",
                    150,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PGM (113), length 248, bad cksum 0 (->d689)!)\n    192.0.2.1 > 224.0.1.9: 192.0.2.1.1234 > 224.0.1.9.5678: PGM, length 0 0x0a0b0c0d0e0f SPM seq 10 trail 9 lead 11 nla 198.51.100.7 OPTS LEN 192 FRAG seq 1 off 2 len 3 JOIN 4 BACKOFF ivl 5 ivlseq 6 BACKOFF max 7 min 8 PARITY MAXTGS 9 PARITY GROUP 10 PARITY ATGS 11 NBR_UNREACH [|pgm]",
                ),
                (
                    "01005e0001090200000000010800450000f80001000040710000c0000201e000010904d2162e000100000a0b0c0d0e0f00000000000a000000090000000b00010000c6336407000400c0011000000000000100000002000000030308000000000004040c00000000000500000006050c000000000007000000080808000000000009090800000000000a0a0800000000000b0b0400000d0400000e0400000f0400001104000002100000000000150000001600000017070c000000010000c6336407121000000000006300010000c6336407131c0000000000620002000020010db80000000000000000000000010c080000c6336407100a00000000000000009f0600000102",
                    200,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PGM (113), length 248, bad cksum 0 (->d689)!)\n    192.0.2.1 > 224.0.1.9: 192.0.2.1.1234 > 224.0.1.9.5678: PGM, length 0 0x0a0b0c0d0e0f SPM seq 10 trail 9 lead 11 nla 198.51.100.7 OPTS LEN 192 FRAG seq 1 off 2 len 3 JOIN 4 BACKOFF ivl 5 ivlseq 6 BACKOFF max 7 min 8 PARITY MAXTGS 9 PARITY GROUP 10 PARITY ATGS 11 NBR_UNREACH SYN FIN RST CRQST NAK LIST 21 22 23 REDIRECT 198.51.100.7 [|pgm]",
                ),
                (
                    "01005e0001090200000000010800450000f80001000040710000c0000201e000010904d2162e000100000a0b0c0d0e0f00000000000a000000090000000b00010000c6336407000400c0011000000000000100000002000000030308000000000004040c00000000000500000006050c000000000007000000080808000000000009090800000000000a0a0800000000000b0b0400000d0400000e0400000f0400001104000002100000000000150000001600000017070c000000010000c6336407121000000000006300010000c6336407131c0000000000620002000020010db80000000000000000000000010c080000c6336407100a00000000000000009f0600000102",
                    230,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PGM (113), length 248, bad cksum 0 (->d689)!)\n    192.0.2.1 > 224.0.1.9: 192.0.2.1.1234 > 224.0.1.9.5678: PGM, length 0 0x0a0b0c0d0e0f SPM seq 10 trail 9 lead 11 nla 198.51.100.7 OPTS LEN 192 FRAG seq 1 off 2 len 3 JOIN 4 BACKOFF ivl 5 ivlseq 6 BACKOFF max 7 min 8 PARITY MAXTGS 9 PARITY GROUP 10 PARITY ATGS 11 NBR_UNREACH SYN FIN RST CRQST NAK LIST 21 22 23 REDIRECT 198.51.100.7 PGMCC DATA 99 198.51.100.7 [|pgm]",
                ),
                (
                    "01005e00010902000000000108004500003c0001000040710000c0000201e000010904d2162e080000000a0b0c0d0e0f00000000004d00010000c63364070001000000010000c6336407",
                    60,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PGM (113), length 60, bad cksum 0 (->d745)!)\n    192.0.2.1 > 224.0.1.9: 192.0.2.1.1234 > 224.0.1.9.5678: PGM, length 0 0x0a0b0c0d0e0f  [|pgm]",
                ),
                (
                    "01005e00010902000000000108004500003c0001000040710000c0000201e000010904d2162e080000000a0b0c0d0e0f00000000004d00010000c63364070001000000010000c6336407",
                    70,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PGM (113), length 60, bad cksum 0 (->d745)!)\n    192.0.2.1 > 224.0.1.9: 192.0.2.1.1234 > 224.0.1.9.5678: PGM, length 0 0x0a0b0c0d0e0f NAK (198.51.100.7 -> 0.1.0.0), seq 77 [40]",
                ),
            ],
        );
    }

    /// EPGM: -T pgm over UDP, the PGM ports after the UDP ones (tcpdump 4.99.3).
    #[test]
    fn pgm_over_udp() {
        golden_link(
            LinkType::Ethernet,
            PrintOptions {
                packet_type: Some(PacketType::Pgm),
                ..numeric(1)
            },
            &[
                (
                    "01005e00010902000000000108004500003a0001000040110000c0000201e00001099c401d4c0026000004d2162e040000000a0b0c0d0e0f0006000000640000005a000003006162",
                    0,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 58, bad cksum 0 (->d7a7)!)\n    192.0.2.1.40000 > 224.0.1.9.7500: 1234 > 5678: PGM, length 6 0x0a0b0c0d0e0f ODATA trail 90 seq 100 [30]",
                ),
                (
                    "01005e00010902000000000108004500003a0001000040110000c0000201e00001099c401d4c0026000004d2162e040000000a0b0c0d0e0f0006000000640000005a000003006162",
                    50,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 58, bad cksum 0 (->d7a7)!)\n    192.0.2.1.40000 > 224.0.1.9.7500: 1234 > 5678:  [|pgm]",
                ),
                (
                    "01005e00010902000000000108004500003a0001000040110000c0000201e00001099c401d4c0026000004d2162e040000000a0b0c0d0e0f0006000000640000005a000003006162",
                    60,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 58, bad cksum 0 (->d7a7)!)\n    192.0.2.1.40000 > 224.0.1.9.7500: 1234 > 5678: PGM, length 6 0x0a0b0c0d0e0f  [|pgm]",
                ),
                (
                    "01005e7f0010b09928c8d646080045b800400000400010116fb90a00002defff0010820015bb002cfa79994415bb000063b447e3fdad9a9c0000000001d70000000000000119000100000a00002d",
                    0,
                    "IP (tos 0xb8, ttl 16, id 0, offset 0, flags [DF], proto UDP (17), length 64)\n    10.0.0.45.33280 > 239.255.0.16.5563: 39236 > 5563: PGM, length 0 0x47e3fdad9a9c SPM seq 471 trail 0 lead 281 nla 10.0.0.45 [36]",
                ),
                (
                    "01005e7f0010b09928c8d646080045b805c80000400010116a310a00002defff00109d3b15bb05b40002994415bb0400879647e3fdad9a9c05940000011a00000000000074005468697320697320612073686f7274204153434949206d65737361676520666f6c6c6f77656420627920612073686f72742062696e617279206d6573736167652c2061206c6f6e676572204153434949206d65737361676520616e6420612073686f7274204153434949206d6573736167652e1100000102030405060708090a0b0c0d0e0fff0000000000000ae60054686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f672e2054686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f672e2054686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f672e2054686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f672e2054686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f672e2054686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f672e2054686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f672e2054686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f672e2054686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f672e2054686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f672e2054686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f672e2054686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f672e2054686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f672e2054686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f672e2054686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f672e2054686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f672e2054686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f672e2054686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f672e2054686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f672e2054686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f672e2054686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f672e2054686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f672e2054686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f672e2054686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f672e2054686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f672e2054686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f672e2054686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f672e2054686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f672e2054686520717569636b2062726f776e20666f78206a",
                    0,
                    "IP (tos 0xb8, ttl 16, id 0, offset 0, flags [DF], proto UDP (17), length 1480)\n    10.0.0.45.40251 > 239.255.0.16.5563: 39236 > 5563: PGM, length 1428 0x47e3fdad9a9c ODATA trail 0 seq 282 [1452]",
                ),
            ],
        );
    }
}
