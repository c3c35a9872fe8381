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
    let len = u8at(b, 1)?;
    let typ = u8at(b, 2)?;
    let segleft = u8at(b, 3)?;
    c.s("RT6 (len=");
    c.dec(len);
    c.s(", type=");
    c.dec(typ);
    if typ == 0 {
        c.s(" [Deprecated]");
    }
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
                c.trunc();
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
        _ => {
            c.s(")");
            Ok(None)
        }
    }
}
