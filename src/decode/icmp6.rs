//! ICMPv6 (print-icmp6.c): echo, errors, neighbor and router discovery.

use super::ip::Net;
use super::out::Emit;
use super::{Ctx, Res, be16, be32, bytes, cksum_shouldbe, hexdump, rest, u8at};

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
    if c.o.verbose > 0 && !fragmented && b.len() >= length {
        let field = be16(b, 2)?;
        let sum = net.cksum(58, &b[..length]);
        if sum != 0 {
            c.s("[bad icmp6 cksum 0x");
            c.out.hex0(u64::from(field), 4);
            c.s(" -> 0x");
            c.out.hex0(u64::from(cksum_shouldbe(field, sum)), 4);
            c.s("!] ");
        } else {
            c.s("[icmp6 sum ok] ");
        }
    }
    let typ = u8at(b, 0)?;
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
    let code = u8at(b, 1)?;
    let oip = rest(b, 8);
    match typ {
        1 => {
            match code {
                0 => c.s(", unreachable route"),
                // tcpdump 4.99.3's own spacing.
                1 => c.s(",  unreachable prohibited"),
                2 => c.s(", beyond scope"),
                3 => c.s(", unreachable address"),
                4 => c.s(", unreachable port"),
                _ => {
                    c.s(", unknown unreach code (");
                    c.dec(code);
                    c.s(")");
                }
            }
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
                            6 => {
                                c.s(" tcp port ");
                                c.port(dport, true);
                            }
                            17 => {
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
            c.s(", mtu ");
            c.dec(be32(b, 4)?);
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
            if c.o.verbose > 0 && nd_options(c, b, 8, length).is_err() {
                c.trunc();
                return Ok(());
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
                        (0x04, "proxy"),
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
                if nd_options(c, b, 16, length).is_err() {
                    c.trunc();
                    return Ok(());
                }
            }
        }
        135 => {
            let target = bytes(b, 8, 16)?;
            c.s(", who has ");
            c.ip6(target);
            if c.o.verbose > 0 && nd_options(c, b, 24, length).is_err() {
                c.trunc();
                return Ok(());
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
                if nd_options(c, b, 24, length).is_err() {
                    c.trunc();
                    return Ok(());
                }
            }
        }
        137 => {
            let (dst, target) = (bytes(b, 24, 16)?, bytes(b, 8, 16)?);
            c.s(", ");
            c.ip6(dst);
            c.s(" to ");
            c.ip6(target);
            if c.o.verbose > 0 && nd_options(c, b, 40, length).is_err() {
                c.trunc();
                return Ok(());
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
        141 | 142 | 147 => {}
        139 | 140 => nodeinfo(c, b, length)?,
        138 => rrenum(c, b)?,
        155 => {}
        143 => {
            if length < 8 {
                c.s(" [invalid len ");
                c.dec(length as u64);
                c.s("]");
                return Ok(());
            }
            let groups = be16(b, 6)?;
            c.s(", ");
            c.dec(groups);
            c.s(" group record(s)");
            if c.o.verbose > 0 {
                mldv2_records(c, b, length, groups)?;
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

/// The group records of an MLDv2 report (-v; sources with -vv).
fn mldv2_records(c: &mut Ctx, b: &[u8], len: usize, groups: u16) -> Res {
    let mut group = 8;
    for _ in 0..groups {
        if len < group + 20 {
            c.s(" [invalid number of groups]");
            return Ok(());
        }
        let addr = bytes(b, group + 4, 16)?;
        c.s(" [gaddr ");
        c.ip6(addr);
        let rtype = u8at(b, group)?;
        c.s(" ");
        match rtype {
            1 => c.s("is_in"),
            2 => c.s("is_ex"),
            3 => c.s("to_in"),
            4 => c.s("to_ex"),
            5 => c.s("allow"),
            6 => c.s("block"),
            _ => {
                c.s(" [v2-report-#");
                c.dec(rtype);
                c.s("]");
            }
        }
        let nsrcs = usize::from(be16(b, group + 2)?);
        if len < group + 20 + nsrcs * 16 {
            c.s(" [invalid number of sources ");
            c.dec(nsrcs as u64);
            c.s("]");
            return Ok(());
        }
        if c.o.verbose == 1 {
            c.s(", ");
            c.dec(nsrcs as u64);
            c.s(" source(s)");
        } else {
            c.s(" {");
            for j in 0..nsrcs {
                c.s(" ");
                c.ip6(bytes(b, group + 20 + 16 * j, 16)?);
            }
            c.s(" }");
        }
        group += 20 + nsrcs * 16;
        c.s("]");
    }
    Ok(())
}

/// mldv2_query_print: maximum response delay and flags (-v), the group
/// and its sources.
fn mldv2_query(c: &mut Ctx, b: &[u8], len: usize) -> Res {
    if len < 28 {
        c.s(" [invalid len ");
        c.dec(len as u64);
        c.s("]");
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
    if nsrcs > 0 {
        if len < 28 + nsrcs * 16 {
            c.s(" [invalid number of sources]");
        } else if c.o.verbose > 1 {
            c.s(" {");
            for i in 0..nsrcs {
                c.s(" ");
                c.ip6(bytes(b, 28 + 16 * i, 16)?);
            }
            c.s(" }");
        } else {
            c.s(", ");
            c.dec(nsrcs as u64);
            c.s(" source(s)");
        }
    }
    c.s("]");
    Ok(())
}

/// get_upperlayer: the protocol and port bytes of the quoted datagram.
fn upper_layer(ip6: &[u8]) -> Option<(u8, &[u8])> {
    let mut nh = *ip6.get(6)?;
    let mut p = 40;
    loop {
        let cur = ip6.get(p..)?;
        match nh {
            6 | 17 => {
                return if cur.len() >= 4 {
                    Some((nh, cur))
                } else {
                    None
                };
            }
            0 | 60 | 43 => {
                let len = *cur.get(1)?;
                nh = cur[0];
                p += (usize::from(len) + 1) << 3;
            }
            44 => {
                let off = u16::from_be_bytes([*cur.get(2)?, *cur.get(3)?]);
                if off & 0xfff8 != 0 {
                    return None;
                }
                nh = cur[0];
                p += 8;
            }
            51 => {
                let len = *cur.get(1)?;
                nh = cur[0];
                p += (usize::from(len) + 2) << 2;
            }
            _ => return None,
        }
    }
}

/// icmp6_opt_print for the common neighbor discovery options.
fn nd_options(c: &mut Ctx, b: &[u8], start: usize, length: usize) -> Res {
    let mut cp = start;
    let mut resid = length as i64 - start as i64;
    while cp < b.len() {
        u8at(b, cp + 1)?;
        if resid <= 0 {
            return Ok(());
        }
        let typ = b[cp];
        let olen = usize::from(b[cp + 1]);
        if olen == 0 || cp + (olen << 3) > b.len() {
            return Err(super::Trunc);
        }
        let name = match typ {
            1 => "source link-address",
            2 => "destination link-address",
            3 => "prefix info",
            4 => "redirected header",
            5 => "mtu",
            7 => "advertisement interval",
            8 => "homeagent information",
            24 => "route info",
            25 => "rdnss",
            31 => "dnssl",
            _ => "unknown",
        };
        c.s("\n\t  ");
        c.s(name);
        c.s(" option (");
        c.dec(typ);
        c.s("), length ");
        c.dec((olen << 3) as u64);
        c.s(" (");
        c.dec(olen as u64);
        c.s("): ");
        let body = &b[cp + 2..cp + (olen << 3)];
        match typ {
            1 | 2 => c.out.mac(body),
            5 => {
                c.s(" ");
                c.dec(be32(b, cp + 4)?);
                if olen != 1 {
                    c.s("bad option length");
                }
            }
            3 => {
                let plen = u8at(b, cp + 2)?;
                let flags = u8at(b, cp + 3)?;
                let valid = be32(b, cp + 4)?;
                let pref = be32(b, cp + 8)?;
                c.ip6(bytes(b, cp + 16, 16)?);
                c.s("/");
                c.dec(plen);
                if olen != 4 {
                    c.s("badlen");
                }
                c.s(", Flags [");
                c.flag_names(
                    u32::from(flags),
                    &[(0x80, "onlink"), (0x40, "auto"), (0x20, "router")],
                );
                c.s("], valid time ");
                lifetime(c, valid);
                c.s(", pref. time ");
                lifetime(c, pref);
            }
            4 => {
                // tcpdump dumps from the start of the option list, for
                // this option's length.
                let from = &b[start..];
                unknown_data(c, from, "\n\t    ", olen << 3);
            }
            7 => {
                c.s(" ");
                c.dec(be32(b, cp + 4)?);
                c.s("ms");
            }
            8 => {
                c.s(" preference ");
                c.dec(be16(b, cp + 4)?);
                c.s(", lifetime ");
                c.dec(be16(b, cp + 6)?);
            }
            24 => {
                bytes(b, cp + 4, 4)?;
                let mut prefix = [0u8; 16];
                match olen {
                    1 => {}
                    2 => prefix[..8].copy_from_slice(bytes(b, cp + 8, 8)?),
                    3 => prefix.copy_from_slice(bytes(b, cp + 8, 16)?),
                    _ => return Err(super::Trunc),
                }
                c.s(" ");
                c.ip6(&prefix);
                c.s("/");
                c.dec(b[cp + 2]);
                c.s(", pref=");
                c.s(["medium", "high", "rsv", "low"][usize::from((b[cp + 3] & 0x18) >> 3)]);
                c.s(", lifetime=");
                let t = be32(b, cp + 4)?;
                if t == u32::MAX {
                    c.s("infinity");
                } else {
                    c.dec(t);
                    c.s("s");
                }
            }
            25 => {
                let life = be32(b, cp + 4)?;
                c.s(" lifetime ");
                c.dec(life);
                c.s("s,");
                for i in 0..(olen - 1) / 2 {
                    let a = bytes(b, cp + 8 + 16 * i, 16)?;
                    c.s(" addr: ");
                    c.ip6(a);
                }
            }
            31 => {
                let life = be32(b, cp + 4)?;
                c.s(" lifetime ");
                c.dec(life);
                c.s("s, domain(s):");
                let opts = &b[start..];
                let mut dom = cp + 8 - start;
                let end = cp + (olen << 3) - start;
                while dom < end && u8at(opts, dom)? != 0 {
                    c.s(" ");
                    match super::dns::fqdn(c, opts, dom) {
                        Some(next) => dom = next,
                        None => return Err(super::Trunc),
                    }
                }
            }
            _ => {
                if c.o.verbose <= 1 {
                    unknown_data(c, body, "\n\t  ", body.len());
                    return Ok(());
                }
            }
        }
        if c.o.verbose > 1 {
            unknown_data(c, body, "\n\t    ", body.len());
        }
        cp += olen << 3;
        resid -= (olen << 3) as i64;
    }
    Ok(())
}

fn lifetime(c: &mut Ctx, t: u32) {
    if t == u32::MAX {
        c.s("infinity");
    } else {
        c.dec(t);
        c.s("s");
    }
}

/// icmp6_rrenum_print: the code and sequence number, flags with -v, and a
/// command's match-prefix part with its use-prefix parts.
fn rrenum(c: &mut Ctx, b: &[u8]) -> Res {
    if b.len() < 16 {
        c.trunc();
        return Ok(());
    }
    let code = b[1];
    match code {
        0 => c.s(", command"),
        1 => c.s(", result"),
        255 => c.s(", sequence number reset"),
        _ => {
            c.s(", code-#");
            c.dec(code);
        }
    }
    c.s(", seq=");
    c.dec(be32(b, 4)?);
    let v = c.o.verbose;
    if v > 0 {
        let flags = b[9];
        c.s("[");
        if flags != 0 {
            for (bit, l) in [
                (0x80, "T"),
                (0x40, "R"),
                (0x20, "A"),
                (0x10, "S"),
                (0x08, "P"),
            ] {
                if flags & bit != 0 {
                    c.s(l);
                }
            }
            c.s(",");
        }
        c.s("seg=");
        c.dec(b[8]);
        c.s(",maxdelay=");
        c.dec(be16(b, 10)?);
        let rsvd = be32(b, 12)?;
        if rsvd != 0 {
            c.s("rsvd=0x");
            c.out.hex(u64::from(rsvd));
        }
        c.s("]");
    }
    if code != 0 {
        return Ok(());
    }
    // The match-prefix part: 24 bytes.
    if b.len() < 40 {
        c.trunc();
        return Ok(());
    }
    let sep = if v > 1 { "\n\t" } else { " " };
    c.s(sep);
    c.s("match(");
    match b[16] {
        1 => c.s("add"),
        2 => c.s("change"),
        3 => c.s("setglobal"),
        x => {
            c.s("#");
            c.dec(x);
        }
    }
    if v > 0 {
        c.s(",ord=");
        c.dec(b[18]);
        c.s(",min=");
        c.dec(b[20]);
        c.s(",max=");
        c.dec(b[21]);
    }
    c.s(",");
    c.out.ip6(&b[24..40]);
    c.s("/");
    c.dec(b[19]);
    c.s(")");
    let rpm_len = usize::from(b[17]);
    if rpm_len < 3 || (rpm_len - 3) % 4 != 0 {
        c.trunc();
        return Ok(());
    }
    let mut p = 40;
    for _ in 0..(rpm_len - 3) / 4 {
        // A use-prefix part: 32 bytes.
        if b.len() < p + 32 {
            c.trunc();
            return Ok(());
        }
        let u = &b[p..p + 32];
        c.s(sep);
        c.s("use(");
        if u[12] != 0 {
            if u[12] & 0x80 != 0 {
                c.s("V");
            }
            if u[12] & 0x40 != 0 {
                c.s("P");
            }
            c.s(",");
        }
        if v > 0 {
            c.s("mask=0x");
            c.out.hex(u64::from(u[2]));
            c.s(",raflags=0x");
            c.out.hex(u64::from(u[3]));
            c.s(",");
            for (at, name) in [(4, "vltime="), (8, "pltime=")] {
                c.s(name);
                let t = be32(u, at)?;
                if t == 0xffff_ffff {
                    c.s("infty");
                } else {
                    c.dec(t);
                }
                c.s(",");
            }
        }
        c.out.ip6(&u[16..32]);
        c.s("/");
        c.dec(u[0]);
        c.s("/");
        c.dec(u[1]);
        c.s(")");
        p += 32;
    }
    Ok(())
}

/// Node information flags for node addresses: tcpdump's letters in its
/// order; `truncate` adds "T" (replies only).
fn ni_addr_flags(c: &mut Ctx, f: u16, truncate: bool) {
    c.s(" [");
    for (bit, l) in [
        (0x40, "a"),
        (0x20, "G"),
        (0x10, "S"),
        (0x08, "L"),
        (0x04, "C"),
        (0x02, "A"),
    ] {
        if f & bit != 0 {
            c.s(l);
        }
    }
    if truncate && f & 0x01 != 0 {
        c.s("T");
    }
    c.s("]");
}

/// dnsname_print: labels without compression, quoted.
fn ni_dnsname(c: &mut Ctx, b: &[u8], mut p: usize) -> Res {
    let ep = b.len();
    c.s(", \"");
    while p < ep {
        let i = usize::from(b[p]);
        p += 1;
        if i != 0 {
            if i > ep - p {
                c.s("???");
                break;
            }
            for _ in 0..i {
                super::app::print_char(c, b[p]);
                p += 1;
            }
            if p + 1 < ep && b[p] != 0 {
                c.s(".");
            }
        } else {
            if p == ep {
                c.s(".");
            } else if p + 1 == ep && b[p] == 0 {
                // cut
            } else {
                c.s("???");
            }
            break;
        }
    }
    c.s("\"");
    Ok(())
}

/// A name as a Pascal string (icmp-name-lookup-03) or DNS labels.
fn ni_name(c: &mut Ctx, b: &[u8], p: usize) -> Res {
    let n = usize::from(u8at(b, p)?);
    if n + p + 1 == b.len() {
        if c.o.verbose > 0 {
            c.s(", 03 draft");
        }
        c.s(", \"");
        for &x in &b[p + 1..] {
            super::app::print_char(c, x);
        }
        c.s("\"");
        Ok(())
    } else {
        ni_dnsname(c, b, p)
    }
}

/// icmp6_nodeinfo_print: queries and replies; `b` holds what was captured
/// of the message, which is what tcpdump measures it by.
fn nodeinfo(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    let siz = b.len();
    let v = c.o.verbose > 0;
    if u8at(b, 0)? == 139 {
        if siz == 12 {
            c.s(" who-are-you request");
            return Ok(());
        }
        c.s(" node information query");
        if siz < 16 {
            c.trunc();
            return Ok(());
        }
        c.s(" (");
        let qtype = be16(b, 4)?;
        let flags = be16(b, 6)?;
        match qtype {
            0 => c.s("noop"),
            1 => {
                c.s("supported qtypes");
                if flags != 0 {
                    c.s(if flags & 1 != 0 { " [C]" } else { " []" });
                }
            }
            2 => c.s("DNS name"),
            3 => {
                c.s("node addresses");
                if flags != 0 {
                    ni_addr_flags(c, flags, false);
                }
            }
            _ => c.s("unknown"),
        }
        if qtype == 0 || qtype == 1 {
            if siz != 16 && v {
                c.s(", invalid len");
            }
            c.s(")");
            return Ok(());
        }
        if siz == 16 {
            c.s(", 03 draft)");
            return Ok(());
        }
        match u8at(b, 1)? {
            0 => {
                if siz >= 32 {
                    if siz != 32 {
                        if v {
                            c.s(", invalid subject len");
                        }
                    } else {
                        c.s(", subject=");
                        c.ip6(&b[16..32]);
                    }
                }
            }
            1 => {
                c.s(", subject=DNS name");
                ni_name(c, b, 16)?;
            }
            2 => {
                if siz >= 20 {
                    if siz != 20 {
                        if v {
                            c.s(", invalid subject len");
                        }
                    } else {
                        c.s(", subject=");
                        c.ip4(&b[16..20]);
                    }
                }
            }
            _ => c.s(", unknown subject"),
        }
        c.s(")");
        return Ok(());
    }
    // Reply.
    if length > siz || siz < 16 {
        c.trunc();
        return Ok(());
    }
    c.s(" node information reply (");
    let code = b[1];
    let mut comma = false;
    match code {
        0 if v => {
            c.s("success");
            comma = true;
        }
        1 | 2 => {
            c.s(if code == 1 { "refused" } else { "unknown" });
            comma = true;
            if siz != 16 && v {
                c.s(", invalid length");
            }
        }
        _ => {}
    }
    if code != 0 {
        c.s(")");
        return Ok(());
    }
    if comma {
        c.s(", ");
    }
    let qtype = be16(b, 4)?;
    let flags = be16(b, 6)?;
    match qtype {
        0 => {
            c.s("noop");
            if siz != 16 && v {
                c.s(", invalid length");
            }
        }
        1 => {
            c.s("supported qtypes");
            if flags != 0 {
                c.s(if flags & 1 != 0 { " [C]" } else { " []" });
            }
        }
        2 => {
            c.s("DNS name");
            ni_name(c, b, 20)?;
            if flags & 1 != 0 {
                c.s(" [TTL=");
                c.dec(be32(b, 16)?);
                c.s("]");
            }
        }
        3 => {
            c.s("node addresses");
            let mut i = 16;
            while i + 20 <= siz {
                let ttl = be32(b, i)?;
                c.s(" ");
                c.ip6(&b[i + 4..i + 20]);
                c.s("(");
                c.dec(ttl);
                c.s(")");
                i += 20;
            }
            if flags != 0 {
                ni_addr_flags(c, flags, true);
            }
        }
        _ => c.s("unknown"),
    }
    c.s(")");
    Ok(())
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

    /// -v: router advertisement options (prefix, MTU, RDNSS, DNSSL, route
    /// information), redirected headers, MLDv2 group records, home agent
    /// replies (expected text from tcpdump 4.99.3 -n -v).
    #[test]
    fn icmp6_verbose() {
        golden(
            numeric(1),
            &[
    (
        "33330000000102000000000186dd6000000000883a01fe800000000000000000000000000001ff020000000000000000000000000001860093ed4010070800007530000003e8030440c0ffffffffffffffff0000000020010db800000000000000000000000005010000000005dc010102000000000119030000ffffffff20010db80000000000000000000000531f030000ffffffff076578616d706c6503636f6d0000000018033000ffffffff20010db8000100000000000000000000",
        "IP6 (hlim 1, next-header ICMPv6 (58) payload length: 136) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, router advertisement, length 136
	hop limit 64, Flags [none], pref rsv, router lifetime 1800s, reachable time 30000ms, retrans timer 1000ms
	  prefix info option (3), length 32 (4): 2001:db8::/64, Flags [onlink, auto], valid time infinity, pref. time infinity
	  mtu option (5), length 8 (1):  1500
	  source link-address option (1), length 8 (1): 02:00:00:00:00:01
	  rdnss option (25), length 24 (3):  lifetime 4294967295s, addr: 2001:db8::53
	  dnssl option (31), length 24 (3):  lifetime 4294967295s, domain(s): example.com.
	  route info option (24), length 24 (3):  2001:db8:1::/48, pref=medium, lifetime=infinity",
    ),
    (
        "33330000000102000000000186dd6000000000183a40fe800000000000000000000000000001ff0200000000000000000000000000018300801d00000000ff050000000000000000000000010003",
        "IP6 (hlim 64, next-header ICMPv6 (58) payload length: 24) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, multicast listener reportmax resp delay: 0 addr: ff05::1:3",
    ),
    (
        "33330000000102000000000186dd6000000000443afffe800000000000000000000000000001ff020000000000000000000000000001020094c100000500600000000014064020010db800000000000000000000000120010db800000000000000000000000200010002000000000000000050022000346b0000",
        "IP6 (hlim 255, next-header ICMPv6 (58) payload length: 68) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, packet too big, mtu 1280",
    ),
    (
        "33330000000102000000000186dd6000000000083a01fe800000000000000000000000000001ff0200000000000000000000000000018100813400010002",
        "IP6 (hlim 1, next-header ICMPv6 (58) payload length: 8) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, echo reply, id 1, seq 2",
    ),
    (
        "33330000000102000000000186dd6000000000383a01fe800000000000000000000000000001ff02000000000000000000000000000104028caf00000027600000000008114020010db800000000000000000000000120010db8000000000000000000000002003500350008a3ff",
        "IP6 (hlim 1, next-header ICMPv6 (58) payload length: 56) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, parameter problem, option - octet 39",
    ),
    (
        "33330000000102000000000186dd6000000000083afffe800000000000000000000000000001ff0200000000000000000000000000019200703700000000",
        "IP6 (hlim 255, next-header ICMPv6 (58) payload length: 8) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, mobile router solicitation, id 0x0000",
    ),
    (
        "33330000000102000000000186dd60000000000c3a01fe800000000000000000000000000001ff0200000000000000000000000000018000bd690001000261626364",
        "IP6 (hlim 1, next-header ICMPv6 (58) payload length: 12) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, echo request, id 1, seq 2",
    ),
    (
        "33330000000102000000000186dd60000000002c3afffe800000000000000000000000000001ff0200000000000000000000000000018200b6179c400000000000000000000000000000000000000000000120010db8000000000000000000000001",
        "IP6 (hlim 255, next-header ICMPv6 (58) payload length: 44) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, multicast listener query v2 [max resp delay=115712] [gaddr :: qqi=0, 1 source(s)]",
    ),
    (
        "33330000000102000000000186dd6000000000203a01fe800000000000000000000000000001ff0200000000000000000000000000018800a85ea000000020010db80000000000000000000000050201020000000001",
        "IP6 (hlim 1, next-header ICMPv6 (58) payload length: 32) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, neighbor advertisement, length 32, tgt is 2001:db8::5, Flags [router, override]
	  destination link-address option (2), length 8 (1): 02:00:00:00:00:01",
    ),
    (
        "33330000000102000000000186dd6000000000303a01fe800000000000000000000000000001ff0200000000000000000000000000018f006bf90000000204000000ff05000000000000000000000001000305000000ff050000000000000000000000010003",
        "IP6 (hlim 1, next-header ICMPv6 (58) payload length: 48) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, multicast listener report v2, 2 group record(s) [gaddr ff05::1:3 to_ex, 0 source(s)] [gaddr ff05::1:3 allow, 0 source(s)]",
    ),
    (
        "33330000000102000000000186dd6000000000103a40fe800000000000000000000000000001ff02000000000000000000000000000185007a2d000000000101020000000001",
        "IP6 (hlim 64, next-header ICMPv6 (58) payload length: 16) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, router solicitation, length 16
	  source link-address option (1), length 8 (1): 02:00:00:00:00:01",
    ),
    (
        "33330000000102000000000186dd6000000000133bfffe800000000000000000000000000001ff02000000000000000000000000000196020000c7258ca3e26ce2c82d1c4c76e0f5bc",
        "IP6 (hlim 255, next-header unknown (59) payload length: 19) fe80::1 > ff02::1: no next header",
    ),
    (
        "33330000000102000000000186dd6000000000083a01fe800000000000000000000000000001ff02000000000000000000000000000197146b2300000000",
        "IP6 (hlim 1, next-header ICMPv6 (58) payload length: 8) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, unknown icmp6 type (151), length 8
	0x0000:  9714 6b23 0000 0000",
    ),
    (
        "33330000000102000000000186dd6000000000683a01fe800000000000000000000000000001ff0200000000000000000000000000018900d34c00000000fe80000000000000000000000000000920010db80000000000000000000000070201020000000009040700000000000060000000000811400000000000000000000000000000000100000000000000000000000000000001003500350008ff72",
        "IP6 (hlim 1, next-header ICMPv6 (58) payload length: 104) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, redirect, length 104, 2001:db8::7 to fe80::9
	  destination link-address option (2), length 8 (1): 02:00:00:00:00:09
	  redirected header option (4), length 56 (7): 
	    0x0000:  0201 0200 0000 0009 0407 0000 0000 0000
	    0x0010:  6000 0000 0008 1140 0000 0000 0000 0000
	    0x0020:  0000 0000 0000 0001 0000 0000 0000 0000
	    0x0030:  0000 0000 0000 0001",
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

    /// Node information queries and replies (who-are-you, noop, supported
    /// qtypes, DNS names as labels and Pascal strings, node addresses with
    /// their flags, IPv6/IPv4/name subjects, cut replies), expected text
    /// from tcpdump 4.99.3 -n.
    #[test]
    fn node_information() {
        golden(
            numeric(0),
            &[
                (
                    "33330000000102000000000186dd60000000000c3a40fe800000000000000000000000000001ff0200000000000000000000000000018b0000000000000000000000",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request who-are-you request, length 12",
                ),
                (
                    "33330000000102000000000186dd6000000000103a40fe800000000000000000000000000001ff0200000000000000000000000000018b000000000000000001020304050607",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request node information query (noop), length 16",
                ),
                (
                    "33330000000102000000000186dd6000000000103a40fe800000000000000000000000000001ff0200000000000000000000000000018b000000000100010001020304050607",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request node information query (supported qtypes [C]), length 16",
                ),
                (
                    "33330000000102000000000186dd6000000000123a40fe800000000000000000000000000001ff0200000000000000000000000000018b0000000001000000010203040506077878",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request node information query (supported qtypes), length 18",
                ),
                (
                    "33330000000102000000000186dd6000000000103a40fe800000000000000000000000000001ff0200000000000000000000000000018b000000000200000001020304050607",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request node information query (DNS name, 03 draft), length 16",
                ),
                (
                    "33330000000102000000000186dd6000000000203a40fe800000000000000000000000000001ff0200000000000000000000000000018b00000000020000000102030405060720010db8000000000000000000000001",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request node information query (DNS name, subject=2001:db8::1), length 32",
                ),
                (
                    "33330000000102000000000186dd6000000000213a40fe800000000000000000000000000001ff0200000000000000000000000000018b00000000020000000102030405060720010db800000000000000000000000178",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request node information query (DNS name), length 33",
                ),
                (
                    "33330000000102000000000186dd60000000001e3a40fe800000000000000000000000000001ff0200000000000000000000000000018b01000000020000000102030405060704686f7374076578616d706c6500",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request node information query (DNS name, subject=DNS name, \"host.example.\"), length 30",
                ),
                (
                    "33330000000102000000000186dd6000000000153a40fe800000000000000000000000000001ff0200000000000000000000000000018b01000000020000000102030405060704686f7374",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request node information query (DNS name, subject=DNS name, \"host\"), length 21",
                ),
                (
                    "33330000000102000000000186dd6000000000163a40fe800000000000000000000000000001ff0200000000000000000000000000018b01000000020000000102030405060704686f737400",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request node information query (DNS name, subject=DNS name, \"host.\"), length 22",
                ),
                (
                    "33330000000102000000000186dd6000000000133a40fe800000000000000000000000000001ff0200000000000000000000000000018b01000000020000000102030405060709686f",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request node information query (DNS name, subject=DNS name, \"???\"), length 19",
                ),
                (
                    "33330000000102000000000186dd6000000000143a40fe800000000000000000000000000001ff0200000000000000000000000000018b0200000003007f0001020304050607c0000201",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request node information query (node addresses [aGSLCA], subject=192.0.2.1), length 20",
                ),
                (
                    "33330000000102000000000186dd6000000000133a40fe800000000000000000000000000001ff0200000000000000000000000000018b020000000300000001020304050607c00002",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request node information query (node addresses), length 19",
                ),
                (
                    "33330000000102000000000186dd6000000000203a40fe800000000000000000000000000001ff0200000000000000000000000000018b05000000030002000102030405060720010db8000000000000000000000001",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request node information query (node addresses [A], unknown subject), length 32",
                ),
                (
                    "33330000000102000000000186dd6000000000203a40fe800000000000000000000000000001ff0200000000000000000000000000018b00000000090000000102030405060720010db8000000000000000000000001",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request node information query (unknown, subject=2001:db8::1), length 32",
                ),
                (
                    "33330000000102000000000186dd6000000000103a40fe800000000000000000000000000001ff0200000000000000000000000000018c000000000000000001020304050607",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you reply node information reply (noop), length 16",
                ),
                (
                    "33330000000102000000000186dd6000000000103a40fe800000000000000000000000000001ff0200000000000000000000000000018c010000000200000001020304050607",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you reply node information reply (refused), length 16",
                ),
                (
                    "33330000000102000000000186dd6000000000123a40fe800000000000000000000000000001ff0200000000000000000000000000018c0200000002000000010203040506077878",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you reply node information reply (unknown), length 18",
                ),
                (
                    "33330000000102000000000186dd6000000000103a40fe800000000000000000000000000001ff0200000000000000000000000000018c030000000200000001020304050607",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you reply node information reply (), length 16",
                ),
                (
                    "33330000000102000000000186dd6000000000103a40fe800000000000000000000000000001ff0200000000000000000000000000018c000000000100010001020304050607",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you reply node information reply (supported qtypes [C]), length 16",
                ),
                (
                    "33330000000102000000000186dd6000000000223a40fe800000000000000000000000000001ff0200000000000000000000000000018c0000000002000100010203040506070000012c04686f7374076578616d706c6500",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you reply node information reply (DNS name, \"host.example.\" [TTL=300]), length 34",
                ),
                (
                    "33330000000102000000000186dd60000000001d3a40fe800000000000000000000000000001ff0200000000000000000000000000018c0000000002000000010203040506070000012c08686f73746e616d65",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you reply node information reply (DNS name, \"hostname\"), length 29",
                ),
                (
                    "33330000000102000000000186dd60000000003b3a40fe800000000000000000000000000001ff0200000000000000000000000000018c0000000003007f00010203040506070000003c20010db80000000000000000000000010000004620010db8000000000000000000000001616263",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you reply node information reply (node addresses 2001:db8::1(60) 2001:db8::1(70) [aGSLCAT]), length 59",
                ),
                (
                    "33330000000102000000000186dd6000000000103a40fe800000000000000000000000000001ff0200000000000000000000000000018c000000000301000001020304050607",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you reply node information reply (node addresses []), length 16",
                ),
                (
                    "33330000000102000000000186dd6000000000103a40fe800000000000000000000000000001ff0200000000000000000000000000018c000000000700000001020304050607",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you reply node information reply (unknown), length 16",
                ),
                (
                    "33330000000102000000000186dd6000000000063a40fe800000000000000000000000000001ff0200000000000000000000000000018c0000000001",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you reply [|icmp6], length 6",
                ),
                (
                    "33330000000102000000000186dd6000000000203a40fe800000000000000000000000000001ff0200000000000000000000000000018b00000000030200000102030405060720010db8000000000000000000000001",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request node information query (node addresses [], subject=2001:db8::1), length 32",
                ),
                (
                    "33330000000102000000000186dd6000000000243a40fe800000000000000000000000000001ff0200000000000000000000000000018c0300000003000000010203040506075f30e49b482e15cae75007201e12617b0feda7e1",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you reply node information reply (), length 36",
                ),
                (
                    "33330000000102000000000186dd6000000000243a40fe800000000000000000000000000001ff0200000000000000000000000000018b0100000002000000010203040506078ed02a82a175930f2337cd3794c52208006d6b1a",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request node information query (DNS name, subject=DNS name, \"???\"), length 36",
                ),
                (
                    "33330000000102000000000186dd6000000000143a40fe800000000000000000000000000001ff0200000000000000000000000000018c0300000003000000010203040506078aac2c9f",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you reply node information reply (), length 20",
                ),
                (
                    "33330000000102000000000186dd6000000000103a40fe800000000000000000000000000001ff0200000000000000000000000000018c000000000300000001020304050607",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you reply node information reply (node addresses), length 16",
                ),
                (
                    "33330000000102000000000186dd6000000000143a40fe800000000000000000000000000001ff0200000000000000000000000000018b000000000300000001020304050607e56143d6",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request node information query (node addresses), length 20",
                ),
                (
                    "33330000000102000000000186dd6000000000203a40fe800000000000000000000000000001ff0200000000000000000000000000018c0000000003000000010203040506079b0a6b5fc933154a6de28404a897c525",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you reply node information reply (node addresses), length 32",
                ),
                (
                    "33330000000102000000000186dd6000000000203a40fe800000000000000000000000000001ff0200000000000000000000000000018b000000000100000001020304050607bee841f745c55d4e9f747f615164c6f7",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request node information query (supported qtypes), length 32",
                ),
                (
                    "33330000000102000000000186dd6000000000123a40fe800000000000000000000000000001ff0200000000000000000000000000018b030000000000000001020304050607827a",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request node information query (noop), length 18",
                ),
                (
                    "33330000000102000000000186dd6000000000143a40fe800000000000000000000000000001ff0200000000000000000000000000018c020000000300010001020304050607234074f5",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you reply node information reply (unknown), length 20",
                ),
                (
                    "33330000000102000000000186dd6000000000103a40fe800000000000000000000000000001ff0200000000000000000000000000018b0200000001686f0001020304050607",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request node information query (supported qtypes [C]), length 16",
                ),
                (
                    "33330000000102000000000186dd6000000000143a40fe800000000000000000000000000001ff0200000000000000000000000000018c03000000030000000102030405060790bc432f",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you reply node information reply (), length 20",
                ),
                (
                    "33330000000102000000000186dd6000000000313a40fe800000000000000000000000000001ff0200000000000000000000000000018c0100000003a9740001020304050607471109f3b79f110a26f6229fa3452526e7bc1642aeb42bf227d50fff07c3c20624",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you reply node information reply (refused), length 49",
                ),
                (
                    "33330000000102000000000186dd6000000000243a40fe800000000000000000000000000001ff0200000000000000000000000000018b000000000000010001020304050607eae1ec2a0f9e2cf60b7539fef88205bc9a496756",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request node information query (noop), length 36",
                ),
                (
                    "33330000000102000000000186dd6000000000203a40fe800000000000000000000000000001ff0200000000000000000000000000018c03000000030001000102030405060765dc666dc470a26b4544feb314208d56",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you reply node information reply (), length 32",
                ),
            ],
        );
    }

    /// The same with -v: "invalid len" notes and "success".
    #[test]
    fn node_information_verbose() {
        golden(
            numeric(1),
            &[
                (
                    "33330000000102000000000186dd6000000000103a40fe800000000000000000000000000001ff0200000000000000000000000000018b000000000000000001020304050607",
                    "IP6 (hlim 64, next-header ICMPv6 (58) payload length: 16) fe80::1 > ff02::1: [bad icmp6 cksum 0x0000 -> 0x6b1f!] ICMP6, who-are-you request node information query (noop)",
                ),
                (
                    "33330000000102000000000186dd6000000000123a40fe800000000000000000000000000001ff0200000000000000000000000000018b0000000001000000010203040506077878",
                    "IP6 (hlim 64, next-header ICMPv6 (58) payload length: 18) fe80::1 > ff02::1: [bad icmp6 cksum 0x0000 -> 0xf2a3!] ICMP6, who-are-you request node information query (supported qtypes, invalid len)",
                ),
                (
                    "33330000000102000000000186dd6000000000213a40fe800000000000000000000000000001ff0200000000000000000000000000018b00000000020000000102030405060720010db800000000000000000000000178",
                    "IP6 (hlim 64, next-header ICMPv6 (58) payload length: 33) fe80::1 > ff02::1: [bad icmp6 cksum 0x0000 -> 0xc551!] ICMP6, who-are-you request node information query (DNS name, invalid subject len)",
                ),
                (
                    "33330000000102000000000186dd6000000000153a40fe800000000000000000000000000001ff0200000000000000000000000000018b01000000020000000102030405060704686f7374",
                    "IP6 (hlim 64, next-header ICMPv6 (58) payload length: 21) fe80::1 > ff02::1: [bad icmp6 cksum 0x0000 -> 0x833b!] ICMP6, who-are-you request node information query (DNS name, subject=DNS name, 03 draft, \"host\")",
                ),
                (
                    "33330000000102000000000186dd6000000000103a40fe800000000000000000000000000001ff0200000000000000000000000000018c000000000000000001020304050607",
                    "IP6 (hlim 64, next-header ICMPv6 (58) payload length: 16) fe80::1 > ff02::1: [bad icmp6 cksum 0x0000 -> 0x6a1f!] ICMP6, who-are-you reply node information reply (success, noop)",
                ),
                (
                    "33330000000102000000000186dd6000000000103a40fe800000000000000000000000000001ff0200000000000000000000000000018c010000000200000001020304050607",
                    "IP6 (hlim 64, next-header ICMPv6 (58) payload length: 16) fe80::1 > ff02::1: [bad icmp6 cksum 0x0000 -> 0x6a1c!] ICMP6, who-are-you reply node information reply (refused)",
                ),
                (
                    "33330000000102000000000186dd6000000000123a40fe800000000000000000000000000001ff0200000000000000000000000000018c0200000002000000010203040506077878",
                    "IP6 (hlim 64, next-header ICMPv6 (58) payload length: 18) fe80::1 > ff02::1: [bad icmp6 cksum 0x0000 -> 0xf1a0!] ICMP6, who-are-you reply node information reply (unknown, invalid length)",
                ),
                (
                    "33330000000102000000000186dd6000000000103a40fe800000000000000000000000000001ff0200000000000000000000000000018c000000000100010001020304050607",
                    "IP6 (hlim 64, next-header ICMPv6 (58) payload length: 16) fe80::1 > ff02::1: [bad icmp6 cksum 0x0000 -> 0x6a1d!] ICMP6, who-are-you reply node information reply (success, supported qtypes [C])",
                ),
            ],
        );
    }

    /// Router renumbering: codes, match and use prefixes, bad part lengths
    /// and cut parts (expected text from tcpdump 4.99.3 -n, -n -v, -n -vv).
    #[test]
    fn router_renumbering() {
        golden(
            numeric(0),
            &[
                (
                    "33330000000102000000000186dd6000000000283a40fe800000000000000000000000000001ff0200000000000000000000000000018a000000000000010000000000000000010301200040000020010db8000000000000000000000000",
                    "IP6 fe80::1 > ff02::1: ICMP6, router renumbering, command, seq=1 match(add,2001:db8::/32), length 40",
                ),
                (
                    "33330000000102000000000186dd6000000000483a40fe800000000000000000000000000001ff0200000000000000000000000000018a0000000000000202f8006400000000020701200040000020010db80000000000000000000000003010c08000000e10ffffffffc000000020010db8000000000000000000000000",
                    "IP6 fe80::1 > ff02::1: ICMP6, router renumbering, command, seq=2 match(change,2001:db8::/32) use(VP,2001:db8::/48/16), length 72",
                ),
                (
                    "33330000000102000000000186dd6000000000683a40fe800000000000000000000000000001ff0200000000000000000000000000018a000000000000030000000000000000030b01200040000020010db80000000000000000000000003010000000000001000000020000000020010db800000000000000000000000040000102ffffffff000000054000000020010db8000000000000000000000000",
                    "IP6 fe80::1 > ff02::1: ICMP6, router renumbering, command, seq=3 match(setglobal,2001:db8::/32) use(2001:db8::/48/16) use(P,2001:db8::/64/0), length 104",
                ),
                (
                    "33330000000102000000000186dd6000000000103a40fe800000000000000000000000000001ff0200000000000000000000000000018a010000000000040000000000000000",
                    "IP6 fe80::1 > ff02::1: ICMP6, router renumbering, result, seq=4, length 16",
                ),
                (
                    "33330000000102000000000186dd6000000000103a40fe800000000000000000000000000001ff0200000000000000000000000000018aff0000000000050040000000000007",
                    "IP6 fe80::1 > ff02::1: ICMP6, router renumbering, sequence number reset, seq=5, length 16",
                ),
                (
                    "33330000000102000000000186dd6000000000103a40fe800000000000000000000000000001ff0200000000000000000000000000018a090000000000060000000000000000",
                    "IP6 fe80::1 > ff02::1: ICMP6, router renumbering, code-#9, seq=6, length 16",
                ),
                (
                    "33330000000102000000000186dd6000000000103a40fe800000000000000000000000000001ff0200000000000000000000000000018a000000000000070000000000000000",
                    "IP6 fe80::1 > ff02::1: ICMP6, router renumbering, command, seq=7 [|icmp6], length 16",
                ),
                (
                    "33330000000102000000000186dd6000000000283a40fe800000000000000000000000000001ff0200000000000000000000000000018a000000000000080000000000000000010201200040000020010db8000000000000000000000000",
                    "IP6 fe80::1 > ff02::1: ICMP6, router renumbering, command, seq=8 match(add,2001:db8::/32) [|icmp6], length 40",
                ),
                (
                    "33330000000102000000000186dd6000000000283a40fe800000000000000000000000000001ff0200000000000000000000000000018a000000000000090000000000000000010501200040000020010db8000000000000000000000000",
                    "IP6 fe80::1 > ff02::1: ICMP6, router renumbering, command, seq=9 match(add,2001:db8::/32) [|icmp6], length 40",
                ),
                (
                    "33330000000102000000000186dd60000000003c3a40fe800000000000000000000000000001ff0200000000000000000000000000018a0000000000000a0000000000000000090701200040000020010db80000000000000000000000003010000000000001000000020000000020010db8",
                    "IP6 fe80::1 > ff02::1: ICMP6, router renumbering, command, seq=10 match(#9,2001:db8::/32) [|icmp6], length 60",
                ),
                (
                    "33330000000102000000000186dd6000000000063a40fe800000000000000000000000000001ff0200000000000000000000000000018a0000000000",
                    "IP6 fe80::1 > ff02::1: ICMP6, router renumbering [|icmp6], length 6",
                ),
                (
                    "33330000000102000000000186dd6000000000023a40fe800000000000000000000000000001ff0200000000000000000000000000018a01",
                    "IP6 fe80::1 > ff02::1: ICMP6, router renumbering [|icmp6], length 2",
                ),
                (
                    "33330000000102000000000186dd6000000000003a40fe800000000000000000000000000001ff020000000000000000000000000001",
                    "IP6 fe80::1 > ff02::1: ICMP6, length 0 (invalid)",
                ),
                (
                    "33330000000102000000000186dd6000000000283a40fe800000000000000000000000000001ff0200000000000000000000000000018a000000440d8382467b668900000000030b010a00800000d5dc2fcf65b1bcc552084f0f1325d466",
                    "IP6 fe80::1 > ff02::1: ICMP6, router renumbering, command, seq=1141736322 match(setglobal,d5dc:2fcf:65b1:bcc5:5208:4f0f:1325:d466/10) [|icmp6], length 40",
                ),
                (
                    "33330000000102000000000186dd6000000000683a40fe800000000000000000000000000001ff0200000000000000000000000000018a0000004fe6a6f6fb3f6c80000000050407011200800000d0b6a52aaa482e9f9f5cdfbb5a0f6bf9717c5b1dffffffffffffffff53d3b9207203b8bb8f67dd97704baa53edc77feb750c74d0ffffffffffffffffa9cc49b7369fb308a4ffb89d5745f4734480fd17",
                    "IP6 fe80::1 > ff02::1: ICMP6, router renumbering, command, seq=1340516086 match(#4,d0b6:a52a:aa48:2e9f:9f5c:dfbb:5a0f:6bf9/18) use(P,7203:b8bb:8f67:dd97:704b:aa53:edc7:7feb/113/124), length 104",
                ),
                (
                    "33330000000102000000000186dd6000000000683a40fe800000000000000000000000000001ff0200000000000000000000000000018aff0000994a555fc7a44be0000000000201016900800000d986add0c2fcc4cc5d56698238891bb74e239f6c00000001ffffffff0ae5de175764536497615e9f0b34baff66e532032064f996ffffffffffffffff8443a8098e0a4ffbbb34dacfbf2442b21f7637d8",
                    "IP6 fe80::1 > ff02::1: ICMP6, router renumbering, sequence number reset, seq=2571785567, length 104",
                ),
            ],
        );
        golden(
            numeric(1),
            &[
                (
                    "33330000000102000000000186dd6000000000483a40fe800000000000000000000000000001ff0200000000000000000000000000018a0000000000000202f8006400000000020701200040000020010db80000000000000000000000003010c08000000e10ffffffffc000000020010db8000000000000000000000000",
                    "IP6 (hlim 64, next-header ICMPv6 (58) payload length: 72) fe80::1 > ff02::1: [bad icmp6 cksum 0x0000 -> 0x571e!] ICMP6, router renumbering, command, seq=2[TRASP,seg=2,maxdelay=100] match(change,ord=1,min=0,max=64,2001:db8::/32) use(VP,mask=0xc0,raflags=0x80,vltime=3600,pltime=infty,2001:db8::/48/16)",
                ),
                (
                    "33330000000102000000000186dd6000000000683a40fe800000000000000000000000000001ff0200000000000000000000000000018a000000000000030000000000000000030b01200040000020010db80000000000000000000000003010000000000001000000020000000020010db800000000000000000000000040000102ffffffff000000054000000020010db8000000000000000000000000",
                    "IP6 (hlim 64, next-header ICMPv6 (58) payload length: 104) fe80::1 > ff02::1: [bad icmp6 cksum 0x0000 -> 0x3923!] ICMP6, router renumbering, command, seq=3[seg=0,maxdelay=0] match(setglobal,ord=1,min=0,max=64,2001:db8::/32) use(mask=0x0,raflags=0x0,vltime=1,pltime=2,2001:db8::/48/16) use(P,mask=0x1,raflags=0x2,vltime=infty,pltime=5,2001:db8::/64/0)",
                ),
                (
                    "33330000000102000000000186dd6000000000103a40fe800000000000000000000000000001ff0200000000000000000000000000018aff0000000000050040000000000007",
                    "IP6 (hlim 64, next-header ICMPv6 (58) payload length: 16) fe80::1 > ff02::1: [bad icmp6 cksum 0x0000 -> 0x76e4!] ICMP6, router renumbering, sequence number reset, seq=5[R,seg=0,maxdelay=0rsvd=0x7]",
                ),
            ],
        );
        golden(
            numeric(2),
            &[
            (
                "33330000000102000000000186dd6000000000483a40fe800000000000000000000000000001ff0200000000000000000000000000018a0000000000000202f8006400000000020701200040000020010db80000000000000000000000003010c08000000e10ffffffffc000000020010db8000000000000000000000000",
                "IP6 (hlim 64, next-header ICMPv6 (58) payload length: 72) fe80::1 > ff02::1: [bad icmp6 cksum 0x0000 -> 0x571e!] ICMP6, router renumbering, command, seq=2[TRASP,seg=2,maxdelay=100]
	match(change,ord=1,min=0,max=64,2001:db8::/32)
	use(VP,mask=0xc0,raflags=0x80,vltime=3600,pltime=infty,2001:db8::/48/16)",
            ),
            (
                "33330000000102000000000186dd6000000000683a40fe800000000000000000000000000001ff0200000000000000000000000000018a000000000000030000000000000000030b01200040000020010db80000000000000000000000003010000000000001000000020000000020010db800000000000000000000000040000102ffffffff000000054000000020010db8000000000000000000000000",
                "IP6 (hlim 64, next-header ICMPv6 (58) payload length: 104) fe80::1 > ff02::1: [bad icmp6 cksum 0x0000 -> 0x3923!] ICMP6, router renumbering, command, seq=3[seg=0,maxdelay=0]
	match(setglobal,ord=1,min=0,max=64,2001:db8::/32)
	use(mask=0x0,raflags=0x0,vltime=1,pltime=2,2001:db8::/48/16)
	use(P,mask=0x1,raflags=0x2,vltime=infty,pltime=5,2001:db8::/64/0)",
            ),
            ],
        );
    }
}
