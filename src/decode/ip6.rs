//! IPv6 and its extension headers (print-ip6.c, print-frag6.c,
//! print-rt6.c, print-ip6opts.c).

use super::dispatch::{Net, ip_proto_name};
use super::out::Emit;
use super::{Ctx, Res, Trunc, be16, be32, bytes, rest, u8at};
use crate::wire::{ip_proto as ipp, ipv6};

/// IPPROTO_MOBILITY_OLD, the mobility header's number in drafts of
/// RFC 3775, which tcpdump still decodes (etherparse does not name it).
const MOBILITY_OLD: u8 = 62;

/// ip6_print.
pub(crate) fn ip6(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "ip6";
    if b.len() < 40 {
        c.trunc();
        return Ok(());
    }
    if length < 40 {
        c.s("truncated-ip6 ");
        c.dec(length as u64);
        return Ok(());
    }
    if !c.o.link_header {
        c.s("IP6 ");
    }
    let Some(h) = ipv6::header(b) else {
        // 40 bytes are there: etherparse refuses only another version.
        c.s("version error: ");
        c.dec(b[0] >> 4);
        c.s(" != 6");
        return Ok(());
    };
    let payload_len = usize::from(h.payload_length());
    let mut len = if payload_len != 0 {
        let len = payload_len + 40;
        if length < len {
            c.s("truncated-ip6 - ");
            c.dec((len - length) as u64);
            c.s(" bytes missing!");
        }
        len
    } else if h.next_header().0 == ipp::HOPOPTS {
        // A jumbogram: its length comes from the hop-by-hop option.
        length
    } else {
        // A zero payload length without hop-by-hop options: tcpdump
        // takes it at its word (extension headers stay readable).
        40
    };
    let readable = if payload_len == 0 {
        length.max(40)
    } else {
        len
    };
    let first_nh = h.next_header().0;
    let hlim = h.hop_limit();
    if c.o.verbose > 0 {
        let flow = ipv6::ver_tc_flow(&h);
        c.s("(");
        if flow & 0x0ff0_0000 != 0 {
            c.s("class 0x");
            c.out.hex0(u64::from((flow & 0x0ff0_0000) >> 20), 2);
            c.s(", ");
        }
        if flow & 0x000f_ffff != 0 {
            c.s("flowlabel 0x");
            c.out.hex0(u64::from(flow & 0x000f_ffff), 5);
            c.s(", ");
        }
        c.s("hlim ");
        c.dec(hlim);
        c.s(", next-header ");
        c.s(ip_proto_name(first_nh).unwrap_or("unknown"));
        c.s(" (");
        c.dec(first_nh);
        c.s(") payload length: ");
        c.dec(payload_len as u64);
        c.s(") ");
    }
    // Later layers see the datagram only, not the link's padding.
    let b = &b[..b.len().min(readable)];
    let fixed = h.slice();
    let mut net = Net::new(
        true,
        &fixed[ipv6::field::SOURCE],
        &fixed[ipv6::field::DESTINATION],
        first_nh,
        hlim,
    );
    let mut nh = first_nh;
    let mut p = 0usize;
    let mut advance = ipv6::HEADER_LEN;
    let mut fragmented = false;
    let mut found_hbh = false;
    // A valid jumbo payload option's length: the datagram's length then.
    let mut jumbo: Option<u32> = None;
    let payload_len_field = h.payload_length();
    while p < b.len() {
        if len < advance {
            c.trunc();
            return Ok(());
        }
        p += advance;
        len -= advance;
        if p == ipv6::HEADER_LEN && !matches!(nh, ipp::TCP | ipp::UDP | ipp::DCCP | ipp::SCTP) {
            net.pair(c);
            c.s(": ");
        }
        let cur = rest(b, p);
        if cur.is_empty() && nh == ipp::ROUTING {
            // tcpdump reads a routing header's next-header byte before
            // naming it.
            c.proto = "ip6";
            c.trunc();
            return Ok(());
        }
        match nh {
            ipp::HOPOPTS | ipp::DSTOPTS => {
                if nh == ipp::HOPOPTS {
                    // RFC 8200: one hop-by-hop header, right after IPv6's.
                    if found_hbh {
                        c.s("[The Hop-by-Hop Options header was already found]");
                        c.invalid();
                        return Ok(());
                    }
                    if p != ipv6::HEADER_LEN {
                        c.s("[The Hop-by-Hop Options header don't follow the IPv6 header]");
                        c.invalid();
                        return Ok(());
                    }
                }
                let hbh = nh == ipp::HOPOPTS;
                c.proto = if hbh { "hbhopt" } else { "dstopt" };
                let Some(ext) = ipv6::ext_header(cur) else {
                    // The length byte read, or tcpdump's failed read of it.
                    u8at(cur, ipv6::ext_field::LEN)?;
                    c.trunc();
                    return Ok(());
                };
                let ext = ext.slice();
                let hl = ext.len();
                c.s(if hbh { "HBH " } else { "DSTOPT " });
                let plen = hbh.then_some(payload_len_field);
                // Hop-by-hop options are always walked (for the jumbo
                // checks); destination options only with -v.
                if nh == 0 || c.o.verbose > 0 {
                    match opts(c, &ext[2..], plen) {
                        Ok(j) => jumbo = jumbo.or(j),
                        Err(_) => {
                            c.trunc();
                            return Ok(());
                        }
                    }
                }
                if hbh && payload_len_field == 0 && jumbo.is_none() {
                    c.s("[No valid Jumbo Payload Hop-by-Hop option found]");
                    c.invalid();
                    return Ok(());
                }
                if hbh {
                    found_hbh = true;
                }
                advance = hl;
                nh = ext[ipv6::ext_field::NEXT_HEADER];
            }
            ipp::MOBILITY | MOBILITY_OLD => {
                // tcpdump prints nothing after a mobility header.
                return super::dispatch::mobility(c, cur);
            }
            ipp::FRAGMENT => {
                c.proto = "frag6";
                let frag = ipv6::frag_header(cur);
                // Whole: etherparse's slice; cut: the fields before the cut.
                let off = match &frag {
                    Some(f) => f.fragment_offset().value() << 3,
                    None => be16(cur, ipv6::frag_field::OFFSET_FLAGS.start)? & 0xfff8,
                };
                let plen = usize::from(payload_len_field);
                let frag_len = (ipv6::HEADER_LEN + plen) as i64 - p as i64 - 8;
                if c.o.verbose > 0 {
                    let ident = match &frag {
                        Some(f) => f.identification(),
                        None => be32(cur, ipv6::frag_field::IDENT.start)?,
                    };
                    c.s("frag (0x");
                    c.out.hex0(u64::from(ident), 8);
                    c.s(":");
                } else {
                    c.s("frag (");
                }
                c.dec(off);
                c.s("|");
                // tcpdump's %zu: a negative length wraps in 64 bits.
                c.dec(frag_len as u64);
                c.s(")");
                if off != 0 {
                    return Ok(());
                }
                c.s(" ");
                advance = ipv6::FRAG_HEADER_LEN;
                if b.len() <= p + advance {
                    return Ok(());
                }
                nh = cur[ipv6::frag_field::NEXT_HEADER];
                fragmented = true;
            }
            ipp::ROUTING => {
                c.proto = "rt6";
                u8at(cur, 0)?;
                let hl = routing(c, cur, &mut net)?;
                match hl {
                    Some(hl) => advance = hl,
                    None => return Ok(()),
                }
                nh = cur[0];
            }
            _ => {
                if let Some(j) = jumbo {
                    let total = usize::try_from(j).unwrap_or(usize::MAX).saturating_add(40);
                    if total < p {
                        c.trunc();
                        return Ok(());
                    }
                    if length < total {
                        c.s("truncated-ip6 - ");
                        c.dec((total - length) as u64);
                        c.s(" bytes missing!");
                    }
                    len = total - p;
                }
                return super::dispatch::ip_proto(
                    c,
                    nh,
                    &cur[..cur.len().min(len)],
                    len,
                    &net,
                    fragmented,
                );
            }
        }
        c.proto = "ip6";
    }
    Ok(())
}

/// ip.rs's `payload_alone` for IPv6 without extension headers (those
/// that --json lists: hop-by-hop, routing, fragment and destination
/// options): `header` is the fixed header, `payload` and `length` what
/// its payload length gives the next header.
pub(crate) fn payload_alone(
    c: &mut Ctx,
    header: &[u8],
    payload: &[u8],
    length: usize,
) -> (u8, Res) {
    c.proto = "ip6";
    let (Some(src), Some(dst), Some(&nh), Some(&hlim)) = (
        header.get(ipv6::field::SOURCE),
        header.get(ipv6::field::DESTINATION),
        header.get(ipv6::field::NEXT_HEADER),
        header.get(ipv6::field::HOP_LIMIT),
    ) else {
        return (1, Err(Trunc));
    };
    let net = Net::new(true, src, dst, nh, hlim);
    match nh {
        // ip6_print's own case, as in its loop above.
        ipp::MOBILITY | MOBILITY_OLD => (1, super::dispatch::mobility(c, payload)),
        _ => super::dispatch::ip_payload_alone(c, net, payload, length, false),
    }
}

/// ip6_opt_process: the options of a hop-by-hop (`plen` is the IPv6
/// payload length, for the jumbo checks) or destination header. Entries
/// print with -v; complaints always. Err where tcpdump goes to "trunc";
/// Ok(the length of a valid jumbo payload option, if one was seen).
fn opts(c: &mut Ctx, b: &[u8], plen: Option<u16>) -> Res<Option<u32>> {
    let len = b.len();
    let v = c.o.verbose > 0;
    let mut found_jumbo = false;
    let mut valid_jumbo = None;
    let mut i = 0;
    while i < len {
        let (t, optlen) = option_at(b, i)?;
        let olen = b.get(i + 1).copied().unwrap_or(0);
        match t {
            0 => {
                if v {
                    c.s("(pad1)");
                }
            }
            1 => {
                if v {
                    c.s("(padn)");
                }
            }
            5 => {
                sized(c, "rtalert", len - i, 4, olen, olen == 2)?;
                if v {
                    c.s("(rtalert: 0x");
                    c.out.hex0(u64::from(be16(b, i + 2)?), 4);
                    c.s(") ");
                }
            }
            0xc2 => {
                sized(c, "jumbo", len - i, 6, olen, olen == 4)?;
                let jumbo = be32(b, i + 2)?;
                let note = if found_jumbo {
                    " - already seen"
                } else {
                    found_jumbo = true;
                    match plen {
                        None => " - not a hop-by-hop option",
                        Some(p) if p != 0 => " - payload len != 0",
                        Some(_) if jumbo < 65536 => " - < 65536",
                        Some(_) => {
                            valid_jumbo = Some(jumbo);
                            ""
                        }
                    }
                };
                if v {
                    c.s("(jumbo: ");
                    c.dec(jumbo);
                    c.s(note);
                    c.s(") ");
                }
            }
            0xc9 => {
                sized(c, "homeaddr", len - i, 18, olen, olen >= 16)?;
                if v {
                    c.s("(homeaddr: ");
                    c.ip6(bytes(b, i + 2, 16)?);
                    if olen > 16 {
                        sub_options(c, &b[i + 18..i + optlen])?;
                    }
                    c.s(")");
                }
            }
            _ => {
                if len - i < 2 {
                    c.s("(type ");
                    c.dec(t);
                    c.s(": trunc)");
                    return Err(super::Trunc);
                }
                if v {
                    c.s("(opt_type 0x");
                    c.out.hex0(u64::from(t), 2);
                    c.s(": len=");
                    c.dec(olen);
                    c.s(")");
                }
            }
        }
        i += optlen;
    }
    if v && len > 0 {
        c.s(" ");
    }
    Ok(valid_jumbo)
}

/// An option's two checks in ip6_opt_process, both ending the walk: the
/// bytes left hold its fixed part (`need`), else "(NAME: trunc)"; its
/// length field `olen` suits its type (`len_ok`), else "(NAME: invalid len
/// N)".
fn sized(c: &mut Ctx, name: &str, left: usize, need: usize, olen: u8, len_ok: bool) -> Res {
    if left >= need && len_ok {
        return Ok(());
    }
    c.s("(");
    c.s(name);
    if left < need {
        c.s(": trunc)");
    } else {
        c.s(": invalid len ");
        c.dec(olen);
        c.s(")");
    }
    Err(super::Trunc)
}

/// The type and whole length (1 for Pad1) of the option at `i` of an
/// option area or a home address's sub-options; Err where the area cannot
/// hold it, as tcpdump's walkers go to "trunc".
fn option_at(b: &[u8], i: usize) -> Res<(u8, usize)> {
    let t = *b.get(i).ok_or(super::Trunc)?;
    let optlen = match t {
        0 => 1,
        _ => usize::from(*b.get(i + 1).ok_or(super::Trunc)?) + 2,
    };
    if i + optlen > b.len() {
        return Err(super::Trunc);
    }
    Ok((t, optlen))
}

/// ip6_sopt_print: the sub-options after a home address.
fn sub_options(c: &mut Ctx, b: &[u8]) -> Res {
    let len = b.len();
    let mut i = 0;
    while i < len {
        let (t, optlen) = option_at(b, i)?;
        match t {
            0 => c.s(", pad1"),
            1 => c.s(", padn"),
            _ => {
                c.s(", sopt_type ");
                c.dec(t);
                c.s(", len=");
                c.dec(b[i + 1]);
            }
        }
        i += optlen;
    }
    Ok(())
}

/// rt6_print; Some(header length) to continue, None to stop.
fn routing<'a>(c: &mut Ctx, b: &'a [u8], net: &mut Net<'a>) -> Res<Option<usize>> {
    c.s("RT6");
    let len = u8at(b, 1)?;
    c.s(" (len=");
    c.dec(len);
    let typ = u8at(b, 2)?;
    c.s(", type=");
    c.dec(typ);
    if typ == 0 {
        c.s(" [Deprecated]");
    }
    let segleft = u8at(b, 3)?;
    c.s(", segleft=");
    c.dec(segleft);
    match typ {
        0 | 2 => {
            let rsv = be32(b, 4)?;
            if rsv != 0 || c.o.verbose > 0 {
                c.s(", rsv=0x");
                c.out.hex(u64::from(rsv));
            }
            if len % 2 == 1 {
                c.s(" (invalid length ");
                c.dec(len);
                c.s(")");
                c.invalid();
                return Ok(None);
            }
            let n = usize::from(len) >> 1;
            for i in 0..n {
                let a = bytes(b, 8 + 16 * i, 16)?;
                c.s(", [");
                c.dec(i as u64);
                c.s("]");
                c.ip6(a);
                net.cksum_dst = a;
            }
            c.s(") ");
            Ok(Some((usize::from(len) + 1) << 3))
        }
        4 => {
            // Segment routing header (RFC 8754).
            let last = u8at(b, 4)?;
            c.s(", last-entry=");
            c.dec(last);
            let flags = u8at(b, 5)?;
            if flags != 0 || c.o.verbose > 0 {
                c.s(", flags=0x");
                c.out.hex(u64::from(flags));
            }
            let tag = be16(b, 6)?;
            c.s(", tag=");
            c.out.hex(u64::from(tag));
            if len % 2 == 1 {
                c.s(" (invalid length ");
                c.dec(len);
                c.s(")");
                c.invalid();
                return Ok(None);
            }
            // tcpdump 4.99.3 prints as many segments as the header
            // length holds, whatever last-entry says.
            for i in 0..usize::from(len) >> 1 {
                let a = bytes(b, 8 + 16 * i, 16)?;
                c.s(", [");
                c.dec(i as u64);
                c.s("]");
                c.ip6(a);
                if i == 0 {
                    // The checksum's destination is segment 0, the last
                    // hop, as ip6_finddst takes it.
                    net.cksum_dst = a;
                }
            }
            c.s(") ");
            Ok(Some((usize::from(len) + 1) << 3))
        }
        _ => {
            c.s(" (unknown type)");
            c.invalid();
            Ok(None)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{golden, numeric};

    /// Routing headers of types 0, 2, 4 (segment routing) and unknown,
    /// odd lengths and cut captures (expected text from tcpdump 4.99.3).
    #[test]
    fn routing_headers() {
        golden(
            numeric(0),
            &[
                (
                    "02000000000202000000000186dd6000000000282b4020010db800000000000000000000000120010db8000000000000000000000002110302050300000320010db800000000000000000000000020010db8000000000001000200080000",
                    "IP6 2001:db8::1 > 2001:db8::2: RT6 (len=3, type=2, segleft=5, rsv=0x3000003 (invalid length 3) (invalid)",
                ),
                (
                    "02000000000202000000000186dd6000000000402b4020010db800000000000000000000000120010db8000000000000000000000002110402000100000220010db800000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001000200080000",
                    "IP6 2001:db8::1 > 2001:db8::2: RT6 (len=4, type=2, segleft=0, rsv=0x1000002, [0]2001:db8::, [1]::) 0 > 0: truncated-udplength 0",
                ),
                (
                    "02000000000202000000000186dd6000000000102b4020010db800000000000000000000000120010db800000000000000000000000211004e05030000030001000200080000",
                    "IP6 2001:db8::1 > 2001:db8::2: RT6 (len=0, type=78, segleft=5 (unknown type) (invalid)",
                ),
                (
                    "02000000000202000000000186dd6000000000402b4020010db800000000000000000000000120010db800000000000000000000000211060000020000000000000000000000000000000000000020010db8000000000000000000000001000000000000000000000000000000000001000200080000",
                    "IP6 2001:db8::1 > 2001:db8::2: RT6 (len=6, type=0 [Deprecated], segleft=0, rsv=0x2000000, [0]::, [1]2001:db8::1, [2]::) 1 > 2: UDP, length 0",
                ),
                (
                    "02000000000202000000000186dd6000000000502b4020010db800000000000000000000000120010db8000000000000000000000002110602030000000020010db80000000000000000000000000000000000000000000000000000000020010db800000000000000000000000220010db80000000000000000000000030001000200080000",
                    "IP6 2001:db8::1 > 2001:db8::2: RT6 (len=6, type=2, segleft=3, [0]2001:db8::, [1]::, [2]2001:db8::2) 8193 > 3512: truncated-udplength 0",
                ),
                (
                    "02000000000202000000000186dd6000000000402b4020010db800000000000000000000000120010db8000000000000000000000002110603000001000320010db800000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001000200080000",
                    "IP6 2001:db8::1 > 2001:db8::2: RT6 (len=6, type=3, segleft=0 (unknown type) (invalid)",
                ),
                (
                    "02000000000202000000000186dd6000000000402b4020010db800000000000000000000000120010db800000000000000000000000211040402030000030000000000000000000000000000000020010db8000000000000000000000001000000000000000000000000000000000001000200080000",
                    "IP6 2001:db8::1 > 2001:db8::2: RT6 (len=4, type=4, segleft=2, last-entry=3, tag=3, [0]::, [1]2001:db8::1) 0 > 0: truncated-udplength 0",
                ),
                (
                    "02000000000202000000000186dd6000000000302b4020010db800000000000000000000000120010db8000000000000000000000002110300040001000120010db8000000000000000000000000000000000000000000000000000000000001",
                    "IP6 truncated-ip6 - 6 bytes missing!2001:db8::1 > 2001:db8::2: RT6 (len=3, type=0 [Deprecated], segleft=4, rsv=0x10001 (invalid length 3) (invalid)",
                ),
                (
                    "02000000000202000000000186dd6000000000402b4020010db800000000000000000000000120010db800000000000000000000000211060202",
                    "IP6 truncated-ip6 - 60 bytes missing!2001:db8::1 > 2001:db8::2: RT6 (len=6, type=2, segleft=2 [|rt6]",
                ),
                (
                    "02000000000202000000000186dd6000000000302b4020010db800000000000000000000000120010db800000000000000000000000211044e030100000020010db8000000000000000000000000000000000000000000000000000000000001000200080000",
                    "IP6 2001:db8::1 > 2001:db8::2: RT6 (len=4, type=78, segleft=3 (unknown type) (invalid)",
                ),
                (
                    "02000000000202000000000186dd6000000000302b4020010db800000000000000000000000120010db8000000000000000000000002110402030000000300000000000000",
                    "IP6 truncated-ip6 - 33 bytes missing!2001:db8::1 > 2001:db8::2: RT6 (len=4, type=2, segleft=3, rsv=0x3 [|rt6]",
                ),
                (
                    "02000000000202000000000186dd6000000000282b4020010db800000000000000000000000120010db8000000000000000000000002110302020001000120010db800000000000000000000000020010db8000000000001000200080000",
                    "IP6 2001:db8::1 > 2001:db8::2: RT6 (len=3, type=2, segleft=2, rsv=0x10001 (invalid length 3) (invalid)",
                ),
                (
                    "02000000000202000000000186dd6000000000302b4020010db800000000000000000000000120010db800000000000000000000000211044e000300000220010db800000000000000000000000020010db80000000000000000000000010001000200080000",
                    "IP6 2001:db8::1 > 2001:db8::2: RT6 (len=4, type=78, segleft=0 (unknown type) (invalid)",
                ),
                (
                    "02000000000202000000000186dd6000000000202b4020010db800000000000000000000000120010db800000000000000000000000211",
                    "IP6 truncated-ip6 - 31 bytes missing!2001:db8::1 > 2001:db8::2: RT6 [|rt6]",
                ),
                (
                    "02000000000202000000000186dd6000000000402b4020010db800000000000000000000000120010db8000000000000000000000002110404050200000300000000",
                    "IP6 truncated-ip6 - 52 bytes missing!2001:db8::1 > 2001:db8::2: RT6 (len=4, type=4, segleft=5, last-entry=2, tag=3 [|rt6]",
                ),
                (
                    "02000000000202000000000186dd6000000000102b4020010db800000000000000000000000120010db8000000000000000000000002110004000101000300",
                    "IP6 truncated-ip6 - 7 bytes missing!2001:db8::1 > 2001:db8::2: RT6 (len=0, type=4, segleft=0, last-entry=1, flags=0x1, tag=3)  [|udp]",
                ),
            ],
        );
    }

    /// Hop-by-hop and destination options with -v (jumbo checks, home
    /// address, router alert), hop-by-hop placement rules, fragments
    /// (expected text from tcpdump 4.99.3).
    #[test]
    fn extension_headers_verbose() {
        golden(
            numeric(1),
            &[
                (
                    "02000000000202000000000186dd600000000014004020010db800000000000000000000000120010db8000000000000000000000002110005020003010000010002000c000061626364",
                    "IP6 (hlim 64, next-header Options (0) payload length: 20) 2001:db8::1 > 2001:db8::2: HBH (rtalert: 0x0003) (padn) 1 > 2: [bad udp cksum 0x0000 -> 0xdf97!] UDP, length 4",
                ),
                (
                    "02000000000202000000000186dd6000000000203c4020010db800000000000000000000000120010db80000000000000000000000023c000104000000003c00f801ca0100003a000001030000008000000000000000",
                    "IP6 (hlim 64, next-header unknown (60) payload length: 32) 2001:db8::1 > 2001:db8::2: DSTOPT (padn) DSTOPT (opt_type 0xf8: len=1)(padn)(pad1) DSTOPT (pad1)(padn) [bad icmp6 cksum 0x0000 -> 0x2448!] ICMP6, echo request, id 0, seq 0",
                ),
                (
                    "02000000000202000000000186dd60000000003c3c4020010db800000000000000000000000120010db800000000000000000000000200010d0685eee40fe6640104000000002c020000c91000000000000000000000000000000000010011000009bba6e30900010002000c000061626364",
                    "IP6 (hlim 64, next-header unknown (60) payload length: 60) 2001:db8::1 > 2001:db8::2: DSTOPT (opt_type 0x0d: len=6)(padn) [The Hop-by-Hop Options header don't follow the IPv6 header] (invalid)",
                ),
                (
                    "02000000000202000000000186dd6000000000543c4020010db800000000000000000000000120010db8000000000000000000000002000204011ec91000000000000000000000000000000000000003c91000000000000000000000000000000000010400000000ac01580101001101c204d1c8298b010100010300000000010002000c000061626364",
                    "IP6 (hlim 64, next-header unknown (60) payload length: 84) 2001:db8::1 > 2001:db8::2: DSTOPT (opt_type 0x04: len=1)(homeaddr: ::)(pad1) [The Hop-by-Hop Options header don't follow the IPv6 header] (invalid)",
                ),
                (
                    "02000000000202000000000186dd600000000034004020010db800000000000000000000000120010db80000000000000000000000022c020601e9c91000000000000000000000000000000000003c000000d351744c1100c20468c5087a00010002000c000061626364",
                    "IP6 (hlim 64, next-header Options (0) payload length: 52) 2001:db8::1 > 2001:db8::2: HBH (opt_type 0x06: len=1)(homeaddr: ::)(pad1) frag (0xd351744c:0|20) DSTOPT (jumbo: 1757743226 - not a hop-by-hop option)  1 > 2: UDP, length 4",
                ),
                (
                    "02000000000202000000000186dd60000000002c004020010db800000000000000000000000120010db80000000000000000000000022c01c204ec939def0102000004019c003c0000283ead5e18110001040000000000010002000c000061626364",
                    "IP6 (hlim 64, next-header Options (0) payload length: 44) 2001:db8::1 > 2001:db8::2: HBH (jumbo: 3969097199 - payload len != 0) (padn)(opt_type 0x04: len=1)(pad1) frag (0x3ead5e18:40|20)",
                ),
                (
                    "02000000000202000000000186dd600000000024004020010db800000000000000000000000120010db800000000000000000000000211021b06746950de76a1010400000000050200010102000000010002000c000061626364",
                    "IP6 (hlim 64, next-header Options (0) payload length: 36) 2001:db8::1 > 2001:db8::2: HBH (opt_type 0x1b: len=6)(padn)(rtalert: 0x0001) (padn) 1 > 2: [bad udp cksum 0x0000 -> 0xdf97!] UDP, length 4",
                ),
                (
                    "02000000000202000000000186dd6000000000303c4020010db800000000000000000000000120010db800000000000000000000000200000104000000000001c2041e874e2a01020000000101003a010000",
                    "IP6 truncated-ip6 - 20 bytes missing!(hlim 64, next-header unknown (60) payload length: 48) 2001:db8::1 > 2001:db8::2: DSTOPT (padn) [The Hop-by-Hop Options header don't follow the IPv6 header] (invalid)",
                ),
                (
                    "02000000000202000000000186dd6000000000103c4020010db800000000000000000000000120010db80000000000000000000000023a000004013501008000000000000000",
                    "IP6 (hlim 64, next-header unknown (60) payload length: 16) 2001:db8::1 > 2001:db8::2: DSTOPT (pad1)(opt_type 0x04: len=1)(padn) [bad icmp6 cksum 0x0000 -> 0x2448!] ICMP6, echo request, id 0, seq 0",
                ),
                (
                    "02000000000202000000000186dd6000000000342c4020010db800000000000000000000000120010db800000000000000000000000200000000af90b0e100000102000000001102c910000000000000000000000000000000000502000000010002000c000061626364",
                    "IP6 (hlim 64, next-header Fragment (44) payload length: 52) 2001:db8::1 > 2001:db8::2: frag (0xaf90b0e1:0|44) [The Hop-by-Hop Options header don't follow the IPv6 header] (invalid)",
                ),
                (
                    "02000000000202000000000186dd60000000003c3c4020010db800000000000000000000000120010db800000000000000000000000200000101000101003c0105020000c204fef9cb73010200001102090565edb336b301040000000005020002010300000000010002000c000061626364",
                    "IP6 (hlim 64, next-header unknown (60) payload length: 60) 2001:db8::1 > 2001:db8::2: DSTOPT (padn)(padn) [The Hop-by-Hop Options header don't follow the IPv6 header] (invalid)",
                ),
                (
                    "02000000000202000000000186dd60000000001c3c4020010db800000000000000000000000120010db80000000000000000000000021101c2042af81679000105000000000000010002000c000061626364",
                    "IP6 (hlim 64, next-header unknown (60) payload length: 28) 2001:db8::1 > 2001:db8::2: DSTOPT (jumbo: 720901753 - not a hop-by-hop option) (pad1)(padn) 1 > 2: [bad udp cksum 0x0000 -> 0xdf97!] UDP, length 4",
                ),
                (
                    "02000000000202000000000186dd60000000004c004020010db800000000000000000000000120010db80000000000000000000000023c011c06752279d4dc650104000000003c01d605d637d9c625010500000000001103",
                    "IP6 truncated-ip6 - 42 bytes missing!(hlim 64, next-header Options (0) payload length: 76) 2001:db8::1 > 2001:db8::2: HBH (opt_type 0x1c: len=6)(padn) DSTOPT (opt_type 0xd6: len=5)(padn)  [|dstopt]",
                ),
                (
                    "02000000000202000000000186dd6000000000203c4020010db800000000000000000000000120010db80000000000000000000000023a020502",
                    "IP6 truncated-ip6 - 28 bytes missing!(hlim 64, next-header unknown (60) payload length: 32) 2001:db8::1 > 2001:db8::2:  [|dstopt]",
                ),
                (
                    "02000000000202000000000186dd60000000003c3c4020010db800000000000000000000000120010db8000000000000000000000002000036029e8100000002c91000000000000000000000000000000000050200001101c204967322fb010300000001010000010002000c000061626364",
                    "IP6 (hlim 64, next-header unknown (60) payload length: 60) 2001:db8::1 > 2001:db8::2: DSTOPT (opt_type 0x36: len=2)(pad1)(pad1) [The Hop-by-Hop Options header don't follow the IPv6 header] (invalid)",
                ),
                (
                    "02000000000202000000000186dd60000000003c004020010db800000000000000000000000120010db8000000000000000000000002000300c204e2b6b4a5c9100000000000000000000000000000000001030000001101010100050200015d05e29d72b8f100010002000c000061626364",
                    "IP6 (hlim 64, next-header Options (0) payload length: 60) 2001:db8::1 > 2001:db8::2: HBH (pad1)(jumbo: 3803624613 - payload len != 0) (homeaddr: ::)(padn) [The Hop-by-Hop Options header was already found] (invalid)",
                ),
                (
                    "02000000000202000000000186dd6000000000142c4020010db800000000000000000000000120010db80000000000000000000000021100004109e414c200010002000c000061626364",
                    "IP6 (hlim 64, next-header Fragment (44) payload length: 20) 2001:db8::1 > 2001:db8::2: frag (0x09e414c2:64|12)",
                ),
                (
                    "02000000000202000000000186dd6000000000203c4020010db800000000000000000000000120010db80000000000000000000000023a0201020000c2048c2420d00103000000010500000000008000000000000000",
                    "IP6 (hlim 64, next-header unknown (60) payload length: 32) 2001:db8::1 > 2001:db8::2: DSTOPT (padn)(jumbo: 2351177936 - not a hop-by-hop option) (padn)(padn) [bad icmp6 cksum 0x0000 -> 0x2448!] ICMP6, echo request, id 0, seq 0",
                ),
                (
                    "02000000000202000000000186dd6000000000242c4020010db800000000000000000000000120010db800000000000000000000000200000029df660bc22c00010001020000110000094be1998200010002000c000061626364",
                    "IP6 (hlim 64, next-header Fragment (44) payload length: 36) 2001:db8::1 > 2001:db8::2: frag (0xdf660bc2:40|28)",
                ),
                (
                    "02000000000202000000000186dd6000000000103c4020010db800000000000000000000000120010db80000000000000000000000023a000104000000008000000000000000",
                    "IP6 (hlim 64, next-header unknown (60) payload length: 16) 2001:db8::1 > 2001:db8::2: DSTOPT (padn) [bad icmp6 cksum 0x0000 -> 0x2448!] ICMP6, echo request, id 0, seq 0",
                ),
            ],
        );
    }

    /// Mobility headers of each type and extension headers cut at once.
    #[test]
    fn mobility_and_cut_headers() {
        golden(
            numeric(0),
            &[
                (
                    "02000000000202000000000186dd600000000014004020010db800000000000000000000000120010db8000000000000000000000002110005020003010000010002000c000061626364",
                    "IP6 2001:db8::1 > 2001:db8::2: HBH 1 > 2: UDP, length 4",
                ),
                (
                    "02000000000202000000000186dd6000000000203c4020010db800000000000000000000000120010db80000000000000000000000023c000104000000003c00f801ca0100003a000001030000008000000000000000",
                    "IP6 2001:db8::1 > 2001:db8::2: DSTOPT DSTOPT DSTOPT ICMP6, echo request, id 0, seq 0, length 8",
                ),
                (
                    "02000000000202000000000186dd60000000003c3c4020010db800000000000000000000000120010db800000000000000000000000200010d0685eee40fe6640104000000002c020000c91000000000000000000000000000000000010011000009bba6e30900010002000c000061626364",
                    "IP6 2001:db8::1 > 2001:db8::2: DSTOPT [The Hop-by-Hop Options header don't follow the IPv6 header] (invalid)",
                ),
                (
                    "02000000000202000000000186dd600000000034004020010db800000000000000000000000120010db80000000000000000000000022c020601e9c91000000000000000000000000000000000003c000000d351744c1100c20468c5087a00010002000c000061626364",
                    "IP6 2001:db8::1 > 2001:db8::2: HBH frag (0|20) DSTOPT 1 > 2: UDP, length 4",
                ),
                (
                    "02000000000202000000000186dd60000000002c004020010db800000000000000000000000120010db80000000000000000000000022c01c204ec939def0102000004019c003c0000283ead5e18110001040000000000010002000c000061626364",
                    "IP6 2001:db8::1 > 2001:db8::2: HBH frag (40|20)",
                ),
                (
                    "02000000000202000000000186dd6000000000103c4020010db800000000000000000000000120010db80000000000000000000000023a000004013501008000000000000000",
                    "IP6 2001:db8::1 > 2001:db8::2: DSTOPT ICMP6, echo request, id 0, seq 0, length 8",
                ),
                (
                    "02000000000202000000000186dd6000000000342c4020010db800000000000000000000000120010db800000000000000000000000200000000af90b0e100000102000000001102c910000000000000000000000000000000000502000000010002000c000061626364",
                    "IP6 2001:db8::1 > 2001:db8::2: frag (0|44) [The Hop-by-Hop Options header don't follow the IPv6 header] (invalid)",
                ),
                (
                    "02000000000202000000000186dd60000000001c3c4020010db800000000000000000000000120010db80000000000000000000000021101c2042af81679000105000000000000010002000c000061626364",
                    "IP6 2001:db8::1 > 2001:db8::2: DSTOPT 1 > 2: UDP, length 4",
                ),
                (
                    "02000000000202000000000186dd60000000004c004020010db800000000000000000000000120010db80000000000000000000000023c011c06752279d4dc650104000000003c01d605d637d9c625010500000000001103",
                    "IP6 truncated-ip6 - 42 bytes missing!2001:db8::1 > 2001:db8::2: HBH DSTOPT  [|dstopt]",
                ),
                (
                    "02000000000202000000000186dd6000000000203c4020010db800000000000000000000000120010db80000000000000000000000023a020502",
                    "IP6 truncated-ip6 - 28 bytes missing!2001:db8::1 > 2001:db8::2:  [|dstopt]",
                ),
                (
                    "02000000000202000000000186dd60000000003c004020010db800000000000000000000000120010db8000000000000000000000002000300c204e2b6b4a5c9100000000000000000000000000000000001030000001101010100050200015d05e29d72b8f100010002000c000061626364",
                    "IP6 2001:db8::1 > 2001:db8::2: HBH [The Hop-by-Hop Options header was already found] (invalid)",
                ),
                (
                    "02000000000202000000000186dd6000000000142c4020010db800000000000000000000000120010db80000000000000000000000021100004109e414c200010002000c000061626364",
                    "IP6 2001:db8::1 > 2001:db8::2: frag (64|12)",
                ),
                (
                    "02000000000202000000000186dd600000000018874020010db800000000000000000000000120010db80000000000000000000000023b021e000000bd5bcbb0f1d7bda6ec8707d777c6f13fa60d",
                    "IP6 2001:db8::1 > 2001:db8::2: mobility: type-#30 len=2",
                ),
                (
                    "02000000000202000000000186dd600000000002874020010db800000000000000000000000120010db80000000000000000000000023b02",
                    "IP6 2001:db8::1 > 2001:db8::2:  [|mobility]",
                ),
                (
                    "02000000000202000000000186dd600000000020874020010db800000000000000000000000120010db80000000000000000000000023b0302000000202100f8df0135c637f5fb2adf2a4a50f6328ae0ada0342ef0f7",
                    "IP6 2001:db8::1 > 2001:db8::2: mobility: CoTI",
                ),
                (
                    "02000000000202000000000186dd60000000000b874020010db800000000000000000000000120010db80000000000000000000000023b0206000000055c6a2aef",
                    "IP6 2001:db8::1 > 2001:db8::2: mobility: BA status=5 seq#=27178 [|mobility]",
                ),
                (
                    "02000000000202000000000186dd600000000020874020010db800000000000000000000000120010db80000000000000000000000023b0304000000b2502f7b78b42d0e41f9f005f3bf5bd867048cc96b5d6094d702",
                    "IP6 2001:db8::1 > 2001:db8::2: mobility: CoT nonce id=0xb250",
                ),
                (
                    "02000000000202000000000186dd600000000020874020010db800000000000000000000000120010db80000000000000000000000023b03040000001b96bfc7cc5edc4b096ef2fa173557839c5ceb255746ecb38b17",
                    "IP6 2001:db8::1 > 2001:db8::2: mobility: CoT nonce id=0x1b96",
                ),
                (
                    "02000000000202000000000186dd600000000018874020010db800000000000000000000000120010db80000000000000000000000023b02050000002dcc14a026b8b04fff7b29b80c14fc9988ec",
                    "IP6 2001:db8::1 > 2001:db8::2: mobility: BU seq#=11724 K lifetime=39648",
                ),
                (
                    "02000000000202000000000186dd600000000018874020010db800000000000000000000000120010db80000000000000000000000023b0203000000d34074a66b250efaeaa308cd7e55d63521fb",
                    "IP6 2001:db8::1 > 2001:db8::2: mobility: HoT nonce id=0xd340",
                ),
                (
                    "02000000000202000000000186dd600000000010874020010db800000000000000000000000120010db80000000000000000000000023b01060000001c60d2fd88f52da0ef7f",
                    "IP6 2001:db8::1 > 2001:db8::2: mobility: BA status=28 seq#=54013 lifetime=140244",
                ),
                (
                    "02000000000202000000000186dd600000000008874020010db800000000000000000000000120010db80000000000000000000000023b00020000007d45",
                    "IP6 2001:db8::1 > 2001:db8::2: (header length 8 is too small for type 2) [|mobility]",
                ),
                (
                    "02000000000202000000000186dd600000000018874020010db800000000000000000000000120010db80000000000000000000000023b020800000010c9cbc65bb196a908c24e5d8fb4ab47d57c",
                    "IP6 2001:db8::1 > 2001:db8::2: mobility: type-#8 len=2",
                ),
                (
                    "02000000000202000000000186dd600000000018874020010db800000000000000000000000120010db80000000000000000000000023b0204000000a62d94da02798cc64053ab467649d180a5ac",
                    "IP6 2001:db8::1 > 2001:db8::2: mobility: CoT nonce id=0xa62d",
                ),
                (
                    "02000000000202000000000186dd600000000018874020010db800000000000000000000000120010db80000000000000000000000023b0205000000a458bcf0d46859ecd72cdeddb073f95df455",
                    "IP6 2001:db8::1 > 2001:db8::2: mobility: BU seq#=42072 ALK lifetime=217504",
                ),
                (
                    "02000000000202000000000186dd600000000010874020010db800000000000000000000000120010db80000000000000000000000023b010800000032d65cefda7a48b114b8",
                    "IP6 2001:db8::1 > 2001:db8::2: mobility: type-#8 len=1",
                ),
                (
                    "ffffffffffff02fc0000000186dd600000000010004020010db800000000000000000000000120010db8000000000000000000000002",
                    "IP6 truncated-ip6 - 16 bytes missing!2001:db8::1 > 2001:db8::2:  [|hbhopt]",
                ),
                (
                    "ffffffffffff02fc0000000186dd6000000000103c4020010db800000000000000000000000120010db8000000000000000000000002",
                    "IP6 truncated-ip6 - 16 bytes missing!2001:db8::1 > 2001:db8::2:  [|dstopt]",
                ),
                (
                    "ffffffffffff02fc0000000186dd6000000000102b4020010db800000000000000000000000120010db8000000000000000000000002",
                    "IP6 truncated-ip6 - 16 bytes missing!2001:db8::1 > 2001:db8::2:  [|ip6]",
                ),
                (
                    "ffffffffffff02fc0000000186dd6000000000102b4020010db800000000000000000000000120010db800000000000000000000000200",
                    "IP6 truncated-ip6 - 15 bytes missing!2001:db8::1 > 2001:db8::2: RT6 [|rt6]",
                ),
                (
                    "ffffffffffff02fc0000000186dd6000000000102b4020010db800000000000000000000000120010db80000000000000000000000020000",
                    "IP6 truncated-ip6 - 14 bytes missing!2001:db8::1 > 2001:db8::2: RT6 (len=0 [|rt6]",
                ),
                (
                    "ffffffffffff02fc0000000186dd6000000000102c4020010db800000000000000000000000120010db8000000000000000000000002",
                    "IP6 truncated-ip6 - 16 bytes missing!2001:db8::1 > 2001:db8::2:  [|frag6]",
                ),
            ],
        );
    }

    /// A zero payload length: upper layers get nothing, extension headers
    /// are still read, hop-by-hop headers without a jumbo option are
    /// invalid (expected text from tcpdump 4.99.3 -n and -n -v).
    #[test]
    fn zero_payload_length() {
        super::super::tests::golden(
            super::super::tests::numeric(0),
            &[
                (
                    "33330000000102000000000186dd6000000000003a40fe800000000000000000000000000001ff020000000000000000000000000001800000000001000261626364",
                    "IP6 fe80::1 > ff02::1: ICMP6, length 0 (invalid)",
                ),
                (
                    "33330000000102000000000186dd6000000000001140fe800000000000000000000000000001ff02000000000000000000000000000100010002000c000061626364",
                    "IP6 fe80::1 > ff02::1:  [|udp]",
                ),
                (
                    "33330000000102000000000186dd6000000000000040fe800000000000000000000000000001ff0200000000000000000000000000013a00010400000000800000000001000261626364",
                    "IP6 fe80::1 > ff02::1: HBH [No valid Jumbo Payload Hop-by-Hop option found] (invalid)",
                ),
                (
                    "33330000000102000000000186dd6000000000003c40fe800000000000000000000000000001ff0200000000000000000000000000013a00010400000000800000000001000261626364",
                    "IP6 fe80::1 > ff02::1: DSTOPT  [|ip6]",
                ),
                (
                    "33330000000102000000000186dd6000000000000640fe800000000000000000000000000001ff0200000000000000000000000000010001000200000000000000005002200000000000",
                    "IP6 fe80::1 > ff02::1: [|tcp]",
                ),
                (
                    "33330000000102000000000186dd6000000000003b40fe800000000000000000000000000001ff02000000000000000000000000000178787878",
                    "IP6 fe80::1 > ff02::1: no next header",
                ),
                (
                    "33330000000102000000000186dd6000000000002c40fe800000000000000000000000000001ff0200000000000000000000000000013a00000100000001800000000001000261626364",
                    "IP6 fe80::1 > ff02::1: frag (0|18446744073709551608)  [|ip6]",
                ),
            ],
        );
        super::super::tests::golden(
            super::super::tests::numeric(1),
            &[
                (
                    "33330000000102000000000186dd6000000000003a40fe800000000000000000000000000001ff020000000000000000000000000001800000000001000261626364",
                    "IP6 (hlim 64, next-header ICMPv6 (58) payload length: 0) fe80::1 > ff02::1: ICMP6, length 0 (invalid)",
                ),
                (
                    "33330000000102000000000186dd6000000000000040fe800000000000000000000000000001ff0200000000000000000000000000013a00010400000000800000000001000261626364",
                    "IP6 (hlim 64, next-header Options (0) payload length: 0) fe80::1 > ff02::1: HBH (padn) [No valid Jumbo Payload Hop-by-Hop option found] (invalid)",
                ),
            ],
        );
    }

    /// A valid jumbo payload option sets the datagram's length (here far
    /// past the frame: tcpdump's "bytes missing!"); one under 65536 is no
    /// valid jumbo option (expected text from tcpdump 4.99.3).
    #[test]
    fn jumbo_payload_length() {
        let valid = "02000000000202000000000186dd600000000000004020010db800000000000000000000000120010db80000000000000000000000020c00c20400010000";
        let short = "02000000000202000000000186dd600000000000004020010db800000000000000000000000120010db80000000000000000000000020c00c20400000010";
        let levels: [(u8, [&str; 2]); 2] = [
            (
                0,
                [
                    "IP6 2001:db8::1 > 2001:db8::2: HBH truncated-ip6 - 65528 bytes missing! ip-proto-12 65528",
                    "IP6 2001:db8::1 > 2001:db8::2: HBH [No valid Jumbo Payload Hop-by-Hop option found] (invalid)",
                ],
            ),
            (
                1,
                [
                    "IP6 (hlim 64, next-header Options (0) payload length: 0) 2001:db8::1 > 2001:db8::2: HBH (jumbo: 65536)  truncated-ip6 - 65528 bytes missing! ip-proto-12 65528",
                    "IP6 (hlim 64, next-header Options (0) payload length: 0) 2001:db8::1 > 2001:db8::2: HBH (jumbo: 16 - < 65536)  [No valid Jumbo Payload Hop-by-Hop option found] (invalid)",
                ],
            ),
        ];
        for (v, [want_valid, want_short]) in levels {
            golden(numeric(v), &[(valid, want_valid), (short, want_short)]);
        }
    }
}
