//! ICMPv6 (print-icmp6.c): echo, errors, MLD, neighbor and router
//! discovery; the ND options list, node information and router
//! renumbering are in their own files.

use super::ctx::codes;
use super::dispatch::Net;
use super::out::Emit;
use super::{Ctx, Res, be16, be32, bytes, cksum_shouldbe, hexdump, rest, u8at};
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
        if sum != 0 {
            c.s("[bad icmp6 cksum 0x");
            c.out.hex0(u64::from(stored), 4);
            c.s(" -> 0x");
            c.out.hex0(u64::from(cksum_shouldbe(stored, sum)), 4);
            c.s("!] ");
        } else {
            c.s("[icmp6 sum ok] ");
        }
    }
    let typ = match &msg {
        Some(m) => m.type_u8(),
        None => u8at(b, field::TYPE)?,
    };
    c.s("ICMP6, ");
    match type_name(typ) {
        Some(n) => c.s(n),
        None => {
            c.s("unknown icmp6 type (");
            c.dec(typ);
            c.s(")");
        }
    }
    if c.o.verbose > 0 && matches!(typ, 133 | 134 | 135 | 136 | 137 | 145 | 147) {
        c.s(", length ");
        c.dec(length as u64);
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
                                c.s(" protocol ");
                                c.dec(prot);
                                c.s(" port ");
                                c.dec(dport);
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
            c.s(", mtu ");
            c.dec(mtu);
        }
        3 => match code {
            0 => {
                let dst = bytes(oip, 24, 16)?;
                c.s(" for ");
                c.ip6(dst);
            }
            1 => c.s(" (reassembly)"),
            _ => {
                c.s(", unknown code (");
                c.dec(code);
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
                    c.s(", code-#");
                    c.dec(code);
                }
            }
            if code <= 3 {
                c.dec(ptr);
            }
        }
        128 | 129 => {
            let id = be16(b, 4)?;
            let seq = be16(b, 6)?;
            c.s(", id ");
            c.dec(id);
            c.s(", seq ");
            c.dec(seq);
        }
        130..=132 => {
            if typ == 130 && length != 24 {
                if length >= 28 {
                    c.s(" v2");
                    mldv2_query(c, b, length)?;
                } else {
                    c.s(" unknown-version (len ");
                    c.dec(length as u64);
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
                c.s("\n\thop limit ");
                c.dec(hop);
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
                c.s(", router lifetime ");
                c.dec(life);
                c.s("s, reachable time ");
                c.dec(reach);
                c.s("ms, retrans timer ");
                c.dec(retrans);
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
            c.s(", ");
            c.dec(groups);
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
            c.s(", length ");
            c.dec(length as u64);
            if c.o.verbose <= 1 {
                unknown_data(c, b, "\n\t", length);
            }
            return Ok(());
        }
    }
    if c.o.verbose == 0 {
        c.s(", length ");
        c.dec(length as u64);
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
    let mrc = u32::from(be16(b, 4)?);
    let mrt = if mrc < 32768 {
        mrc
    } else {
        ((mrc & 0x0fff) | 0x1000) << (((mrc & 0x7000) >> 12) + 3)
    };
    if c.o.verbose > 0 {
        c.s(" [max resp delay=");
        c.dec(mrt);
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
            c.s(" robustness=");
            c.dec(flags & 0x07);
        }
        let q = u32::from(u8at(b, 25)?);
        let qqi = if q < 128 {
            q
        } else {
            ((q & 0x0f) | 0x10) << (((q & 0x70) >> 4) + 3)
        };
        c.s(" qqi=");
        c.dec(qqi);
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

#[cfg(test)]
mod tests {
    use super::super::tests::{golden, numeric};

    /// MLDv2 queries and reports, destination unreachable codes and the
    /// other ICMPv6 messages scapy builds, whole and cut (expected text
    /// from tcpdump 4.99.3 -n on the same frames).
    #[test]
    fn icmp6_messages() {
        golden(
            numeric(0),
            &[
                (
                    "33330000000102000000000186dd6000000000883a01fe800000000000000000000000000001ff020000000000000000000000000001860093ed4010070800007530000003e8030440c0ffffffffffffffff0000000020010db800000000000000000000000005010000000005dc010102000000000119030000ffffffff20010db80000000000000000000000531f030000ffffffff076578616d706c6503636f6d0000000018033000ffffffff20010db8000100000000000000000000",
                    "IP6 fe80::1 > ff02::1: ICMP6, router advertisement, length 136",
                ),
                (
                    "33330000000102000000000186dd6000000000183a40fe800000000000000000000000000001ff0200000000000000000000000000018300801d00000000ff050000000000000000000000010003",
                    "IP6 fe80::1 > ff02::1: ICMP6, multicast listener reportmax resp delay: 0 addr: ff05::1:3, length 24",
                ),
                (
                    "33330000000102000000000186dd6000000000443afffe800000000000000000000000000001ff020000000000000000000000000001020094c100000500600000000014064020010db800000000000000000000000120010db800000000000000000000000200010002000000000000000050022000346b0000",
                    "IP6 fe80::1 > ff02::1: ICMP6, packet too big, mtu 1280, length 68",
                ),
                (
                    "33330000000102000000000186dd6000000000083a01fe800000000000000000000000000001ff0200000000000000000000000000018100813400010002",
                    "IP6 fe80::1 > ff02::1: ICMP6, echo reply, id 1, seq 2, length 8",
                ),
                (
                    "33330000000102000000000186dd6000000000383a01fe800000000000000000000000000001ff02000000000000000000000000000104028caf00000027600000000008114020010db800000000000000000000000120010db8000000000000000000000002003500350008a3ff",
                    "IP6 fe80::1 > ff02::1: ICMP6, parameter problem, option - octet 39, length 56",
                ),
                (
                    "33330000000102000000000186dd6000000000083afffe800000000000000000000000000001ff0200000000000000000000000000019200703700000000",
                    "IP6 fe80::1 > ff02::1: ICMP6, mobile router solicitation, id 0x0000, length 8",
                ),
                (
                    "33330000000102000000000186dd60000000000c3a01fe800000000000000000000000000001ff0200000000000000000000000000018000bd690001000261626364",
                    "IP6 fe80::1 > ff02::1: ICMP6, echo request, id 1, seq 2, length 12",
                ),
                (
                    "33330000000102000000000186dd6000000000383afffe800000000000000000000000000001ff02000000000000000000000000000104038cd500000000600000000008114020010db800000000000000000000000120010db8000000000000000000000002003500350008a3ff",
                    "IP6 fe80::1 > ff02::1: ICMP6, parameter problem, incomplete header chain - octet 0, length 56",
                ),
                (
                    "33330000000102000000000186dd60000000002c3afffe800000000000000000000000000001ff0200000000000000000000000000018200b6179c400000000000000000000000000000000000000000000120010db8000000000000000000000001",
                    "IP6 fe80::1 > ff02::1: ICMP6, multicast listener query v2 [gaddr ::, 1 source(s)], length 44",
                ),
                (
                    "33330000000102000000000186dd6000000000183a40fe800000000000000000000000000001ff020000000000000000000000000001820080270000000000000000000000000000000000000000",
                    "IP6 fe80::1 > ff02::1: ICMP6, multicast listener querymax resp delay: 0 addr: ::, length 24",
                ),
                (
                    "33330000000102000000000186dd6000000000083a40fe800000000000000000000000000001ff0200000000000000000000000000018f00733700000000",
                    "IP6 fe80::1 > ff02::1: ICMP6, multicast listener report v2, 0 group record(s), length 8",
                ),
                (
                    "33330000000102000000000186dd6000000000203a01fe800000000000000000000000000001ff0200000000000000000000000000018800a85ea000000020010db80000000000000000000000050201020000000001",
                    "IP6 fe80::1 > ff02::1: ICMP6, neighbor advertisement, tgt is 2001:db8::5, length 32",
                ),
                (
                    "33330000000102000000000186dd6000000000203afffe800000000000000000000000000001ff02000000000000000000000000000187004a5f0000000020010db80000000000000000000000050101020000000001",
                    "IP6 fe80::1 > ff02::1: ICMP6, neighbor solicitation, who has 2001:db8::5, length 32",
                ),
                (
                    "33330000000102000000000186dd6000000000303a01fe800000000000000000000000000001ff0200000000000000000000000000018f006bf90000000204000000ff05000000000000000000000001000305000000ff050000000000000000000000010003",
                    "IP6 fe80::1 > ff02::1: ICMP6, multicast listener report v2, 2 group record(s), length 48",
                ),
                (
                    "33330000000102000000000186dd6000000000103a40fe800000000000000000000000000001ff02000000000000000000000000000185007a2d000000000101020000000001",
                    "IP6 fe80::1 > ff02::1: ICMP6, router solicitation, length 16",
                ),
                (
                    "33330000000102000000000186dd6000000000133bfffe800000000000000000000000000001ff02000000000000000000000000000196020000c7258ca3e26ce2c82d1c4c76e0f5bc",
                    "IP6 fe80::1 > ff02::1: no next header",
                ),
            ],
        );
    }

    /// Types tcpdump 4.99.3 leaves unnamed (multicast router discovery)
    /// and the mtrace ones it names.
    #[test]
    fn icmp6_type_names() {
        golden(
            numeric(0),
            &[
                (
                    "02000000000202000000000186dd6000000000083a40fe800000000000000000000000000001ff0200000000000000000000000000019700000000000000",
                    "IP6 fe80::1 > ff02::1: ICMP6, unknown icmp6 type (151), length 8
	0x0000:  9700 0000 0000 0000",
                ),
                (
                    "02000000000202000000000186dd6000000000043a40fe800000000000000000000000000001ff02000000000000000000000000000197000000",
                    "IP6 fe80::1 > ff02::1: ICMP6, unknown icmp6 type (151), length 4
	0x0000:  9700 0000",
                ),
                (
                    "02000000000202000000000186dd6000000000083a40fe800000000000000000000000000001ff0200000000000000000000000000019800000000000000",
                    "IP6 fe80::1 > ff02::1: ICMP6, unknown icmp6 type (152), length 8
	0x0000:  9800 0000 0000 0000",
                ),
                (
                    "02000000000202000000000186dd60000000001c3a40fe800000000000000000000000000001ff020000000000000000000000000001c8000000000000000000000000000000000000000000000000000000",
                    "IP6 fe80::1 > ff02::1: ICMP6, mtrace response, length 28
	0x0000:  c800 0000 0000 0000 0000 0000 0000 0000
	0x0010:  0000 0000 0000 0000 0000 0000",
                ),
                (
                    "02000000000202000000000186dd60000000001c3a40fe800000000000000000000000000001ff020000000000000000000000000001c9000000000000000000000000000000000000000000000000000000",
                    "IP6 fe80::1 > ff02::1: ICMP6, mtrace message, length 28
	0x0000:  c900 0000 0000 0000 0000 0000 0000 0000
	0x0010:  0000 0000 0000 0000 0000 0000",
                ),
            ],
        );
    }

    /// A mobile prefix advertisement with -v: id, M and O flags and its
    /// ND options, whole and cut inside the option and inside the id
    /// (expected text from tcpdump 4.99.3).
    #[test]
    fn mobile_prefix_advertisement() {
        let mo = "02000000000202000000000186dd6000000000103afffe800000000000000000000000000001ff0200000000000000000000000000019300998112abc0000101020000000001";
        let no_flags = "02000000000202000000000186dd6000000000103afffe800000000000000000000000000001ff020000000000000000000000000001930059f9123400000101020000000001";
        let head = "IP6 (hlim 255, next-header ICMPv6 (58) payload length: 16) fe80::1 > ff02::1: ";
        let msg = "ICMP6, mobile router advertisement, length 16";
        let option = "\n\t  source link-address option (1), length 8 (1): 02:00:00:00:00:01";
        super::super::tests::golden_link(
            crate::link::LinkType::Ethernet,
            numeric(1),
            &[
                (
                    mo,
                    0,
                    &format!("{head}[icmp6 sum ok] {msg}, id 0x12ab MO{option}"),
                ),
                (
                    no_flags,
                    0,
                    &format!("{head}[icmp6 sum ok] {msg}, id 0x1234{option}"),
                ),
                (mo, 66, &format!("{head}{msg}, id 0x12ab MO [|icmp6]")),
                (mo, 59, &format!("{head}{msg} [|icmp6]")),
            ],
        );
        golden(
            numeric(0),
            &[(mo, &format!("IP6 fe80::1 > ff02::1: {msg}"))],
        );
    }

    /// Fields read before their labels print (packet too big's MTU, an
    /// MLDv2 record's group, a query's sources), and the RA flag 0x02
    /// named "ipv6 only" (tcpdump 4.99.3 -n, -v, -vv on scapy-built
    /// frames, cut inside those fields).
    #[test]
    fn cut_fields_print_no_label() {
        use crate::decode::tests::golden_link;
        use crate::link::LinkType;
        const TOO_BIG: &str = "02000000000202000000000186dd6000000000443aff20010db800000000000000000000000120010db8000000000000000000000002020036d200000500600000000014064020010db800000000000000000000000220010db80000000000000000000000090014005000000000000000005002200034020000";
        golden_link(
            LinkType::Ethernet,
            numeric(0),
            &[
                (
                    TOO_BIG,
                    0,
                    "IP6 2001:db8::1 > 2001:db8::2: ICMP6, packet too big, mtu 1280, length 68",
                ),
                (
                    TOO_BIG,
                    58,
                    "IP6 2001:db8::1 > 2001:db8::2: ICMP6, packet too big [|icmp6]",
                ),
            ],
        );
        golden_link(
            LinkType::Ethernet,
            numeric(1),
            &[(
                "02000000000202000000000186dd6000000000d03a0120010db8000000000000000000000001ff0200000000000000000000000000168f004dc20000000601000000ff3e000000000000000000000000000102000001ff3e000000000000000000000000000220010db800000000000000000000000703000002ff3e000000000000000000000000000320010db800000000000000000000000720010db800000000000000000000000804000000ff3e000000000000000000000000000405000001ff3e000000000000000000000000000520010db800000000000000000000000906000001ff3e000000000000000000000000000620010db8000000000000000000000009",
                70,
                "IP6 (hlim 1, next-header ICMPv6 (58) payload length: 208) 2001:db8::1 > ff02::16: ICMP6, multicast listener report v2, 6 group record(s) [|icmp6]",
            )],
        );
        golden_link(
            LinkType::Ethernet,
            numeric(2),
            &[(
                "02000000000202000000000186dd60000000003c3a0120010db8000000000000000000000001ff0200000000000000000000000000168200e52990000000ff3e000000000000000000008000000100c8000220010db800000000000000000000000720010db8000000000000000000000008",
                90,
                "IP6 (hlim 1, next-header ICMPv6 (58) payload length: 60) 2001:db8::1 > ff02::16: ICMP6, multicast listener query v2 [max resp delay=65536] [gaddr ff3e::8000:1 qqi=3072 { [|icmp6]",
            )],
        );
        golden_link(
            LinkType::Ethernet,
            numeric(1),
            &[
                (
                    "02000000000202000000000186dd6000000000103afffe800000000000000000000000000001ff0200000000000000000000000000018600743b00ec07080000000000000000",
                    0,
                    "IP6 (hlim 255, next-header ICMPv6 (58) payload length: 16) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, router advertisement, length 16
	hop limit 0, Flags [managed, other stateful, home agent], pref high, router lifetime 1800s, reachable time 0ms, retrans timer 0ms",
                ),
                (
                    "02000000000202000000000186dd6000000000103afffe800000000000000000000000000001ff02000000000000000000000000000186007525000207080000000000000000",
                    0,
                    "IP6 (hlim 255, next-header ICMPv6 (58) payload length: 16) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, router advertisement, length 16
	hop limit 0, Flags [ipv6 only], pref medium, router lifetime 1800s, reachable time 0ms, retrans timer 0ms",
                ),
            ],
        );
    }
}
