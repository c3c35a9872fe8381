//! IPv6 and its extension headers (print-ip6.c, print-frag6.c,
//! print-rt6.c, print-ip6opts.c).

use super::ip::{IPPROTO_DCCP, IPPROTO_SCTP, IPPROTO_TCP, IPPROTO_UDP, Net, demux, proto_name};
use super::out::Emit;
use super::{Ctx, Res, be16, be32, bytes, rest, u8at};

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
    if b[0] >> 4 != 6 {
        c.s("version error: ");
        c.dec(b[0] >> 4);
        c.s(" != 6");
        return Ok(());
    }
    let payload_len = usize::from(be16(b, 4)?);
    let mut len = if payload_len != 0 {
        let len = payload_len + 40;
        if length < len {
            c.s("truncated-ip6 - ");
            c.dec((len - length) as u64);
            c.s(" bytes missing!");
        }
        len
    } else {
        length
    };
    let first_nh = b[6];
    let hlim = b[7];
    if c.o.verbose > 0 {
        let flow = be32(b, 0)?;
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
        c.s(proto_name(first_nh).unwrap_or("unknown"));
        c.s(" (");
        c.dec(first_nh);
        c.s(") payload length: ");
        c.dec(payload_len as u64);
        c.s(") ");
    }
    // Later layers see the datagram only, not the link's padding.
    let b = &b[..b.len().min(len)];
    let mut net = Net {
        v6: true,
        src: &b[8..24],
        dst: &b[24..40],
        cksum_dst: &b[24..40],
        nh: first_nh,
        ttl: b[7],
    };
    let mut nh = first_nh;
    let mut p = 0usize;
    let mut advance = 40usize;
    let mut fragmented = false;
    while p < b.len() {
        if len < advance {
            c.trunc();
            return Ok(());
        }
        p += advance;
        len -= advance;
        if p == 40 && !matches!(nh, IPPROTO_TCP | IPPROTO_UDP | IPPROTO_DCCP | IPPROTO_SCTP) {
            net.pair(c);
            c.s(": ");
        }
        let cur = rest(b, p);
        if cur.is_empty() && matches!(nh, 0 | 43 | 44 | 60) {
            // Nothing of the extension header was captured: tcpdump stops
            // before naming it.
            c.proto = "ip6";
            c.trunc();
            return Ok(());
        }
        match nh {
            0 | 60 => {
                c.proto = if nh == 0 { "hbhopt" } else { "dstopt" };
                let hl = (usize::from(u8at(cur, 1)?) + 1) << 3;
                if cur.len() < hl {
                    c.trunc();
                    return Ok(());
                }
                c.s(if nh == 0 { "HBH " } else { "DSTOPT " });
                if c.o.verbose > 0 && opts(c, &cur[2..hl]).is_err() {
                    c.trunc();
                    return Ok(());
                }
                advance = hl;
                nh = cur[0];
            }
            44 => {
                c.proto = "frag6";
                let off = be16(cur, 2)?;
                let plen = usize::from(be16(b, 4)?);
                let frag_len = (40 + plen) as i64 - p as i64 - 8;
                if c.o.verbose > 0 {
                    let ident = be32(cur, 4)?;
                    c.s("frag (0x");
                    c.out.hex0(u64::from(ident), 8);
                    c.s(":");
                } else {
                    c.s("frag (");
                }
                c.dec(off & 0xfff8);
                c.s("|");
                if frag_len < 0 {
                    c.dec((frag_len as u64) & 0xffff_ffff);
                } else {
                    c.dec(frag_len as u64);
                }
                c.s(")");
                if off & 0xfff8 != 0 {
                    return Ok(());
                }
                c.s(" ");
                advance = 8;
                if b.len() <= p + advance {
                    return Ok(());
                }
                nh = cur[0];
                fragmented = true;
            }
            43 => {
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
                return demux(c, cur, len, &net, fragmented, nh);
            }
        }
        c.proto = "ip6";
    }
    Ok(())
}

/// ip6_opt_print for hop-by-hop and destination options (-v).
fn opts(c: &mut Ctx, b: &[u8]) -> Res {
    let len = b.len();
    let mut i = 0;
    while i < len {
        let t = b[i];
        if t == 0 {
            c.s("(pad1)");
            i += 1;
            continue;
        }
        if i + 2 > len {
            return Err(super::Trunc);
        }
        let optlen = usize::from(b[i + 1]) + 2;
        if i + optlen > len {
            return Err(super::Trunc);
        }
        match t {
            1 => c.s("(padn)"),
            5 => {
                c.s("(rtalert: 0x");
                c.out.hex0(u64::from(be16(b, i + 2)?), 4);
                c.s(") ");
            }
            0xc2 => {
                c.s("(jumbo: ");
                c.dec(be32(b, i + 2)?);
                c.s(") ");
            }
            _ => {
                c.s("(opt_type 0x");
                c.out.hex0(u64::from(t), 2);
                c.s(": len=");
                c.dec(b[i + 1]);
                c.s(")");
            }
        }
        i += optlen;
    }
    c.s(" ");
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
}
