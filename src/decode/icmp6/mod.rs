//! ICMPv6 (print-icmp6.c): echo, errors, MLD, neighbor and router
//! discovery; the ND options list, node information and router
//! renumbering are in their own files.

use super::ctx::codes;
use super::dispatch::Net;
use super::igmp::exponential_code;
use super::out::Emit;
use super::{Ctx, Res, be16, be32, bytes, hexdump, rest, u8at};
use crate::wire::icmp6::{self, field};
use crate::wire::ip_proto as ipp;
use crate::wire::ipv6;

mod nd;
mod nodeinfo;
mod rpl;
mod rrenum;

use nd::nd_options;
use nodeinfo::nodeinfo;
use rrenum::rrenum;

codes! {
    /// The mobile prefix advertisement's flags (RFC 6275 6.7.4): managed
    /// and other stateful configuration.
    PREFIX_ADVERT_FLAGS: u32 {
        MANAGED = 0x8000 => "M",
        OTHER = 0x4000 => "O",
    }
}

/// The destination unreachable codes, as icmp6_print words them.
const UNREACH_CODES: &[(u32, &str)] = &[
    (0, ", unreachable route"),
    // tcpdump 4.99.3's own spacing.
    (1, ",  unreachable prohibited"),
    (2, ", beyond scope"),
    (3, ", unreachable address"),
    (4, ", unreachable port"),
];

fn type_name(t: u8) -> Option<&'static str> {
    Some(match t {
        1 => "destination unreachable",
        2 => "packet too big",
        3 => "time exceeded in-transit",
        4 => "parameter problem",
        128 => "echo request",
        129 => "echo reply",
        130 => "multicast listener query",
        131 => "multicast listener report",
        132 => "multicast listener done",
        133 => "router solicitation",
        134 => "router advertisement",
        135 => "neighbor solicitation",
        136 => "neighbor advertisement",
        137 => "redirect",
        138 => "router renumbering",
        139 => "who-are-you request",
        140 => "who-are-you reply",
        141 => "inverse neighbor solicitation",
        142 => "inverse neighbor advertisement",
        143 => "multicast listener report v2",
        144 => "ha discovery request",
        145 => "ha discovery reply",
        146 => "mobile router solicitation",
        147 => "mobile router advertisement",
        155 => "RPL",
        200 => "mtrace response",
        201 => "mtrace message",
        _ => return None,
    })
}

/// print_unknown_data: a hex dump (no ASCII) that -x does not suppress.
fn unknown_data(c: &mut Ctx, b: &[u8], indent: &str, len: usize) {
    hexdump::hex(c.out, indent, &b[..b.len().min(len)]);
}

/// icmp6_print.
pub(crate) fn icmp6(c: &mut Ctx, b: &[u8], length: usize, net: &Net, fragmented: bool) -> Res {
    c.proto = "icmp6";
    if length == 0 {
        c.s("ICMP6, length 0");
        c.invalid();
        return Ok(());
    }
    // Whole: etherparse's slice; shorter: the fields before the cut.
    let msg = icmp6::message(b);
    if c.o.verbose > 0 && !fragmented && b.len() >= length {
        let stored = match &msg {
            Some(m) => m.checksum(),
            None => be16(b, field::CHECKSUM.start)?,
        };
        let sum = net.cksum(ipp::ICMPV6, &b[..length]);
        c.cksum_verdict("icmp6", stored, sum);
    }
    let typ = match &msg {
        Some(m) => m.type_u8(),
        None => u8at(b, field::TYPE)?,
    };
    c.s("ICMP6, ");
    match type_name(typ) {
        Some(n) => c.s(n),
        None => {
            c.s_dec("unknown icmp6 type (", typ);
            c.s(")");
        }
    }
    if c.o.verbose > 0 && matches!(typ, 133 | 134 | 135 | 136 | 137 | 145 | 147) {
        c.s_dec(", length ", length as u64);
    }
    let code = match &msg {
        Some(m) => m.code_u8(),
        None => u8at(b, field::CODE)?,
    };
    let oip = rest(b, icmp6::HEADER_LEN);
    match typ {
        1 => {
            c.tok_or(UNREACH_CODES, code.into(), ", unknown unreach code (", ")");
            match code {
                0 | 1 | 3 => {
                    let dst = bytes(oip, 24, 16)?;
                    c.s(" ");
                    c.ip6(dst);
                }
                2 => {
                    let (dst, src) = (bytes(oip, 24, 16)?, bytes(oip, 8, 16)?);
                    c.s(" ");
                    c.ip6(dst);
                    c.s(", source address ");
                    c.ip6(src);
                }
                4 => match upper_layer(oip) {
                    None => {
                        c.trunc();
                        return Ok(());
                    }
                    Some((prot, ports)) => {
                        let dport = be16(ports, 2)?;
                        let dst = bytes(oip, 24, 16)?;
                        c.s(", ");
                        c.ip6(dst);
                        match prot {
                            ipp::TCP => {
                                c.s(" tcp port ");
                                c.port(dport, true);
                            }
                            ipp::UDP => {
                                c.s(" udp port ");
                                c.port(dport, false);
                            }
                            _ => {
                                c.s_dec(" protocol ", prot);
                                c.s_dec(" port ", dport);
                                c.s(" unreachable");
                            }
                        }
                    }
                },
                _ => {
                    if c.o.verbose <= 1 {
                        unknown_data(c, b, "\n\t", length);
                        return Ok(());
                    }
                }
            }
        }
        2 => {
            let mtu = be32(b, 4)?;
            c.s_dec(", mtu ", mtu);
        }
        3 => match code {
            0 => {
                let dst = bytes(oip, 24, 16)?;
                c.s(" for ");
                c.ip6(dst);
            }
            1 => c.s(" (reassembly)"),
            _ => {
                c.s_dec(", unknown code (", code);
                c.s(")");
            }
        },
        4 => {
            if oip.len() < 40 {
                // ND_TCHECK in tcpdump, not a failed read.
                c.trunc();
                return Ok(());
            }
            let ptr = be32(b, 4)?;
            match code {
                0 => c.s(", erroneous - octet "),
                1 => c.s(", next header - octet "),
                2 => c.s(", option - octet "),
                3 => c.s(", incomplete header chain - octet "),
                _ => {
                    c.s_dec(", code-#", code);
                }
            }
            if code <= 3 {
                c.dec(ptr);
            }
        }
        128 | 129 => {
            let id = be16(b, 4)?;
            let seq = be16(b, 6)?;
            c.s_dec(", id ", id);
            c.s_dec(", seq ", seq);
        }
        130..=132 => {
            if typ == 130 && length != 24 {
                if length >= 28 {
                    c.s(" v2");
                    mldv2_query(c, b, length)?;
                } else {
                    c.s_dec(" unknown-version (len ", length as u64);
                    c.s(") ");
                }
            } else if b.len() >= 24 {
                c.s("max resp delay: ");
                c.dec(be16(b, 4)?);
                c.s(" addr: ");
                c.ip6(bytes(b, 8, 16)?);
            }
        }
        133 => {
            if c.o.verbose > 0 {
                options(c, b, 8, length);
            }
        }
        134 => {
            if c.o.verbose > 0 {
                let hop = u8at(b, 4)?;
                let flags = u8at(b, 5)?;
                let life = be16(b, 6)?;
                let reach = be32(b, 8)?;
                let retrans = be32(b, 12)?;
                c.s_dec("\n\thop limit ", hop);
                c.s(", Flags [");
                c.flag_names(
                    u32::from(flags),
                    &[
                        (0x80, "managed"),
                        (0x40, "other stateful"),
                        (0x20, "home agent"),
                        (0x02, "ipv6 only"),
                    ],
                );
                c.s("], pref ");
                c.s(["medium", "high", "rsv", "low"][usize::from((flags >> 3) & 3)]);
                c.s_dec(", router lifetime ", life);
                c.s_dec("s, reachable time ", reach);
                c.s_dec("ms, retrans timer ", retrans);
                c.s("ms");
                options(c, b, 16, length);
            }
        }
        135 => {
            let target = bytes(b, 8, 16)?;
            c.s(", who has ");
            c.ip6(target);
            if c.o.verbose > 0 {
                options(c, b, 24, length);
            }
        }
        136 => {
            let target = bytes(b, 8, 16)?;
            c.s(", tgt is ");
            c.ip6(target);
            if c.o.verbose > 0 {
                let flags = be32(b, 4)?;
                c.s(", Flags [");
                c.flag_names(
                    flags,
                    &[
                        (0x8000_0000, "router"),
                        (0x4000_0000, "solicited"),
                        (0x2000_0000, "override"),
                    ],
                );
                c.s("]");
                options(c, b, 24, length);
            }
        }
        137 => {
            let (dst, target) = (bytes(b, 24, 16)?, bytes(b, 8, 16)?);
            c.s(", ");
            c.ip6(dst);
            c.s(" to ");
            c.ip6(target);
            if c.o.verbose > 0 {
                options(c, b, 40, length);
            }
        }
        145 => {
            // Home agent addresses, with -v only.
            if c.o.verbose > 0 {
                let id = be16(b, 4)?;
                c.s(", id 0x");
                c.out.hex0(u64::from(id), 4);
                let mut p = 8;
                while p < length {
                    let a = bytes(b, p, 16)?;
                    c.s(", ");
                    c.ip6(a);
                    p += 16;
                }
            }
        }
        141 | 142 => {}
        147 => {
            // Mobile prefix advertisement: id, M and O flags, ND options.
            if c.o.verbose > 0 {
                let id = be16(b, 4)?;
                c.s(", id 0x");
                c.out.hex0(u64::from(id), 4);
                let flags = be16(b, 6)?;
                // Nothing at all, not "none", when neither flag is set.
                if u32::from(flags) & (MANAGED | OTHER) != 0 {
                    c.s(" ");
                    c.flag_letters(flags.into(), PREFIX_ADVERT_FLAGS);
                }
                options(c, b, 8, length);
            }
        }
        139 | 140 => nodeinfo(c, b, length)?,
        138 => rrenum(c, b)?,
        155 => rpl::rpl(c, code, rest(b, 4), length.saturating_sub(4))?,
        143 => {
            if length < 8 {
                c.invalid_len(length);
                return Ok(());
            }
            let groups = be16(b, 6)?;
            c.s_dec(", ", groups);
            c.s(" group record(s)");
            if c.o.verbose > 0 {
                super::mcast::group_records(c, b, length, groups, &super::mcast::MLDV2)?;
            }
        }
        144 | 146 => {
            let id = be16(b, 4)?;
            c.s(", id 0x");
            c.out.hex0(u64::from(id), 4);
        }
        _ => {
            c.s_dec(", length ", length as u64);
            if c.o.verbose <= 1 {
                unknown_data(c, b, "\n\t", length);
            }
            return Ok(());
        }
    }
    if c.o.verbose == 0 {
        c.s_dec(", length ", length as u64);
    }
    Ok(())
}

/// The ND options from `start`, printed at -v (each caller checks it,
/// and nothing follows them); one cut short ends the line in " [|icmp6]",
/// as icmp6_opt_print's trunc label does.
fn options(c: &mut Ctx, b: &[u8], start: usize, length: usize) {
    if nd_options(c, b, start, length).is_err() {
        c.trunc();
    }
}

/// mldv2_query_print: maximum response delay and flags (-v), the group
/// and its sources.
fn mldv2_query(c: &mut Ctx, b: &[u8], len: usize) -> Res {
    if len < 28 {
        c.invalid_len(len);
        return Ok(());
    }
    let mrt = exponential_code(u32::from(be16(b, 4)?), 12);
    if c.o.verbose > 0 {
        c.s_dec(" [max resp delay=", mrt);
        c.s("]");
    }
    let group = bytes(b, 8, 16)?;
    c.s(" [gaddr ");
    c.ip6(group);
    if c.o.verbose > 0 {
        let flags = u8at(b, 24)?;
        if flags & 0x08 != 0 {
            c.s(" sflag");
        }
        if flags & 0x07 != 0 {
            c.s_dec(" robustness=", flags & 0x07);
        }
        let qqi = exponential_code(u32::from(u8at(b, 25)?), 4);
        c.s_dec(" qqi=", qqi);
    }
    let nsrcs = usize::from(be16(b, 26)?);
    super::mcast::MLDV2.query_sources(c, b, len, 28, nsrcs)?;
    c.s("]");
    Ok(())
}

/// get_upperlayer: the protocol and port bytes of the quoted datagram.
fn upper_layer(ip6: &[u8]) -> Option<(u8, &[u8])> {
    let mut nh = *ip6.get(ipv6::field::NEXT_HEADER)?;
    let mut p = ipv6::HEADER_LEN;
    loop {
        let cur = ip6.get(p..)?;
        match nh {
            ipp::TCP | ipp::UDP => {
                return if cur.len() >= 4 {
                    Some((nh, cur))
                } else {
                    None
                };
            }
            ipp::HOPOPTS | ipp::DSTOPTS | ipp::ROUTING => {
                let len = *cur.get(ipv6::ext_field::LEN)?;
                nh = cur[ipv6::ext_field::NEXT_HEADER];
                p = p.checked_add((usize::from(len) + 1) << 3)?;
            }
            ipp::FRAGMENT => {
                let r = ipv6::frag_field::OFFSET_FLAGS;
                let off = u16::from_be_bytes([*cur.get(r.start)?, *cur.get(r.start + 1)?]);
                if off & 0xfff8 != 0 {
                    return None;
                }
                nh = cur[ipv6::frag_field::NEXT_HEADER];
                p += ipv6::FRAG_HEADER_LEN;
            }
            ipp::AH => {
                let len = *cur.get(1)?;
                nh = cur[0];
                p = p.checked_add((usize::from(len) + 2) << 2)?;
            }
            _ => return None,
        }
    }
}

fn lifetime(c: &mut Ctx, t: u32) {
    if t == u32::MAX {
        c.s("infinity");
    } else {
        c.dec(t);
        c.s("s");
    }
}
