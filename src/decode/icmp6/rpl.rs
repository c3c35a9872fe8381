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
            c.s("RPL message, unknown code ");
            c.dec(code);
        }
    }
    Ok(())
}

/// rpl_dio_print: the DODAG Information Object's fixed part.
fn dio(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    const FIXED: usize = 8 + DAGID_LEN;
    if length < FIXED {
        c.s(" [length ");
        c.dec(length as u64);
        c.s(" < 24]");
        c.invalid();
        return Ok(());
    }
    let dagid = bytes(b, 8, DAGID_LEN)?;
    let (instance, rank, mopprf, dtsn) = (u8at(b, 0)?, be16(b, 2)?, u8at(b, 4)?, u8at(b, 5)?);
    c.s(" [dagid:");
    c.ip6(dagid);
    c.s(",seq:");
    c.dec(dtsn);
    c.s(",instance:");
    c.dec(instance);
    c.s(",rank:");
    c.dec(rank);
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
    c.s(",prf:");
    c.dec(mopprf & 7);
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
            c.s(" len:");
            c.dec(optlen as u64);
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

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden_levels, golden_link, numeric};
    use crate::link::LinkType;

    /// A DAO with a DODAG ID and a target option (rpl-19-pickdag.pcap of
    /// tcpdump's suite) at -v, -vv and -vvv, and cut inside the option.
    #[test]
    fn dao_levels() {
        let frame = "023456789abc02cba987654386dd6000000000383a40fe8000000000000002163efffe113424fe8000000000000002163efffe1134249b025bda2a40000a543100000000000000000000000000000517008020010db80001000002163efffe113424000000000000000000000000";
        let ip = "IP6 (hlim 64, next-header ICMPv6 (58) payload length: 56) fe80::216:3eff:fe11:3424 > fe80::216:3eff:fe11:3424: ";
        let dao = "ICMP6, RPL, (CLR)Destination Advertisement Object [dagid:5431::,seq:10,instance:42,Dagid,40]";
        let pads = " opt:pad1 opt:pad1 opt:pad1 opt:pad1 opt:pad1 opt:pad1 opt:pad1";
        golden_levels(
            LinkType::Ethernet,
            &[(frame, 0)],
            &[
                (numeric(1), &[&format!("{ip}[icmp6 sum ok] {dao}")]),
                (
                    numeric(2),
                    &[&format!(
                        "{ip}[icmp6 sum ok] {dao} opt:rpltarget len:25 {pads}"
                    )],
                ),
                (
                    numeric(3),
                    &[&format!(
                        "{ip}[icmp6 sum ok] {dao} opt:rpltarget len:25  0x0000:  0080 2001 0db8 0001 0000 0216 3eff fe11 0x0010:  3424 0000 0000 00{pads}"
                    )],
                ),
            ],
        );
        golden_link(
            LinkType::Ethernet,
            numeric(2),
            &[(
                frame,
                100,
                &format!("{ip}{dao} opt:rpltarget len:25  [|icmp6]"),
            )],
        );
    }

    /// A DIO with options, whole and cut inside its DODAG ID; a DAO-ACK
    /// (rpl-26-senddaoack.pcap); a DAO without DODAG ID whose last option
    /// runs past the message, and the same DAO cut inside its fixed part
    /// (expected text from tcpdump 4.99.3).
    #[test]
    fn dio_daoack_and_cut_messages() {
        let dio = "02000000000202000000000186dd60000000001e3afffe800000000000000000000000000001ff0200000000000000000000000000019b0173502a0501009a10010020010db80000000000000000000000010000";
        let ack = "023456789abc02cba987654386dd6000000000183a40fe8000000000000002163efffe113424ff0200000000000000000000000000019b03752e2b800b007468697369736d796469636564616732";
        let dao = "02000000000202000000000186dd60000000001a3afffe800000000000000000000000000001ff0200000000000000000000000000019b023b9a2a800007000000000000000000000000000000000102";
        let ip = |len: u32| {
            format!(
                "IP6 (hlim 255, next-header ICMPv6 (58) payload length: {len}) fe80::1 > ff02::1: "
            )
        };
        let pad16 = " opt:pad1".repeat(16);
        golden_link(
            LinkType::Ethernet,
            numeric(2),
            &[
                (
                    dio,
                    0,
                    &format!(
                        "{}[icmp6 sum ok] ICMP6, RPL, (CLR)DODAG Information Object [dagid:2001:db8::1,seq:16,instance:42,rank:256,grounded,mop:storing-multicast,prf:2] opt:pad1 opt:pad1",
                        ip(30)
                    ),
                ),
                (
                    dio,
                    80,
                    &format!(
                        "{}ICMP6, RPL, (CLR)DODAG Information Object [|icmp6]",
                        ip(30)
                    ),
                ),
                (
                    dao,
                    0,
                    &format!(
                        "{}[icmp6 sum ok] ICMP6, RPL, (CLR)Destination Advertisement Object [dagid:<elided>,seq:7,instance:42,acK,80]{pad16} opt:padN len:4  [|icmp6]",
                        ip(26)
                    ),
                ),
                (
                    dao,
                    70,
                    &format!(
                        "{}ICMP6, RPL, (CLR)Destination Advertisement Object [|icmp6]",
                        ip(26)
                    ),
                ),
            ],
        );
        golden_link(
            LinkType::Ethernet,
            numeric(1),
            &[(
                ack,
                0,
                "IP6 (hlim 64, next-header ICMPv6 (58) payload length: 24) fe80::216:3eff:fe11:3424 > ff02::1: [icmp6 sum ok] ICMP6, RPL, (CLR)Destination Advertisement Object Ack [dagid:7468:6973:6973:6d79:6469:6365:6461:6732,seq:11,instance:43,status:0]",
            )],
        );
    }

    /// No panic on cut and randomly changed copies of these messages.
    #[test]
    fn never_panics() {
        crate::decode::tests::never_panics(
            LinkType::Ethernet,
            &[
                "023456789abc02cba987654386dd6000000000383a40fe8000000000000002163efffe113424fe8000000000000002163efffe1134249b025bda2a40000a543100000000000000000000000000000517008020010db80001000002163efffe113424000000000000000000000000",
                "02000000000202000000000186dd60000000001e3afffe800000000000000000000000000001ff0200000000000000000000000000019b0173502a0501009a10010020010db80000000000000000000000010000",
                "023456789abc02cba987654386dd6000000000183a40fe8000000000000002163efffe113424ff0200000000000000000000000000019b03752e2b800b007468697369736d796469636564616732",
                "02000000000202000000000186dd60000000001a3afffe800000000000000000000000000001ff0200000000000000000000000000019b023b9a2a800007000000000000000000000000000000000102",
            ],
        );
    }
}
