//! IPv4 (print-ip.c) and the protocol demultiplexer shared with IPv6
//! (print-ip-demux.c).

use super::out::Emit;
use super::{Ctx, Net, Res, Trunc, be16, bytes, in_cksum, rest, u8at};

use crate::wire::{ip_proto as ipp, ipv4};

/// tcpdump's ipproto_values.
pub(crate) fn proto_name(p: u8) -> Option<&'static str> {
    Some(match p {
        0 => "Options",
        1 => "ICMP",
        2 => "IGMP",
        4 => "IPIP",
        6 => "TCP",
        8 => "EGP",
        9 => "IGRP",
        17 => "UDP",
        33 => "DCCP",
        41 => "IPv6",
        43 => "Routing",
        44 => "Fragment",
        46 => "RSVP",
        47 => "GRE",
        50 => "ESP",
        51 => "AH",
        55 => "Mobile IP",
        58 => "ICMPv6",
        62 => "Mobile IP (old)",
        88 => "EIGRP",
        89 => "OSPF",
        103 => "PIM",
        108 => "Compressed IP",
        112 => "VRRP",
        113 => "PGM",
        132 => "SCTP",
        135 => "Mobility",
        143 => "Ethernet",
        _ => return None,
    })
}

/// ip_print.
pub(crate) fn ip(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "ip";
    let vhl = u8at(b, 0)?;
    if vhl >> 4 != 4 {
        if vhl >> 4 == 6 {
            c.s("IP6, wrong link-layer encapsulation");
        } else {
            c.s_dec("IP", vhl >> 4);
        }
        c.invalid();
        return Ok(());
    }
    if !c.o.link_header {
        c.s("IP ");
    }
    if b.len() < 20 {
        c.trunc();
        return Ok(());
    }
    if length < 20 {
        c.s_dec("truncated-ip ", length as u64);
        return Ok(());
    }
    let hlen = usize::from(vhl & 0xf) * 4;
    if hlen < 20 {
        c.s_dec("bad-hlen ", hlen as u64);
        return Ok(());
    }
    let Some(f) = ipv4::Fields::read(b) else {
        return Err(Trunc);
    };
    let mut len = usize::from(f.total_len);
    if length < len {
        c.s_dec("truncated-ip - ", (len - length) as u64);
        c.s(" bytes missing! ");
    }
    if len < hlen {
        c.s_dec("bad-len ", len as u64);
        return Ok(());
    }
    // Later layers see the datagram only, not the link's padding.
    let b = &b[..b.len().min(len)];
    len -= hlen;
    let off = f.flags_frag;
    let proto = f.protocol;
    let mut net = Net::new(false, f.source, f.destination, proto, f.ttl);
    if hlen > ipv4::MIN_HEADER_LEN {
        if let Some(d) =
            source_route_dst(rest(b, ipv4::MIN_HEADER_LEN), hlen - ipv4::MIN_HEADER_LEN)
        {
            net.cksum_dst = d;
        }
    }
    if c.o.verbose > 0 {
        let tos = f.tos;
        c.s("(tos 0x");
        c.out.hex(u64::from(tos));
        match tos & 3 {
            1 => c.s(",ECT(1)"),
            2 => c.s(",ECT(0)"),
            3 => c.s(",CE"),
            _ => {}
        }
        let ttl = f.ttl;
        if ttl >= 1 {
            c.s_dec(", ttl ", ttl);
        }
        c.s_dec(", id ", f.ident);
        c.s_dec(", offset ", u64::from(off & ipv4::FRAG_OFFSET_MASK) * 8);
        c.s(", flags [");
        c.flag_names(
            u32::from(off),
            &[
                (u32::from(ipv4::MORE_FRAGMENTS), "+"),
                (u32::from(ipv4::DONT_FRAGMENT), "DF"),
                (u32::from(ipv4::RESERVED_FLAG), "rsvd"),
            ],
        );
        c.s("], proto ");
        c.s(proto_name(proto).unwrap_or("unknown"));
        c.s_dec(" (", proto);
        c.s_dec("), length ", f.total_len);
        let mut truncated = false;
        if hlen > ipv4::MIN_HEADER_LEN {
            c.s(", options (");
            // A short option body is tcpdump's "[truncated-option]"; an
            // unreadable kind or length byte is a failed read (Err).
            // Not the header's options slice: like tcpdump, a bad option
            // length reads on into the payload.
            let opts = rest(b, ipv4::MIN_HEADER_LEN);
            if !options(c, opts, hlen - ipv4::MIN_HEADER_LEN)? {
                c.s(" [truncated-option]");
                truncated = true;
            }
            c.s(")");
        }
        // -K: no checksum is verified.
        if let Some(h) = f.header.filter(|_| !c.o.no_checksums) {
            let sum = in_cksum(&[h.slice()]);
            if sum != 0 {
                let field = f.checksum;
                c.s(", bad cksum ");
                c.out.hex(u64::from(field));
                c.s(" (->");
                c.out.hex(u64::from(super::cksum_shouldbe(field, sum)));
                c.s(")!");
            }
        }
        c.s(")\n    ");
        if truncated {
            net.pair(c);
            c.s(": ");
            c.trunc();
            return Ok(());
        }
    }
    if off & ipv4::FRAG_OFFSET_MASK == 0 {
        if !matches!(proto, ipp::TCP | ipp::UDP | ipp::SCTP | ipp::DCCP) {
            net.pair(c);
            c.s(": ");
        }
        if b.len() < hlen {
            c.header_past_capture(b.len(), hlen);
            return Err(Trunc);
        }
        super::dispatch::ip_proto(
            c,
            proto,
            &b[hlen..],
            len,
            &net,
            off & ipv4::MORE_FRAGMENTS != 0,
        )
    } else {
        net.pair(c);
        c.s(":");
        ip_proto_word(c, proto);
        Ok(())
    }
}

/// What ip_print prints after `src > dst: ` for a datagram whose header
/// (`header`, options included, all captured and valid) --json has
/// already described: the payload's printer alone, for `"info"`.
/// `payload` and `length` are what ip_print hands ip_demux_print. Returns
/// how many of the line's ": " come before the text and are not in it
/// (see `dispatch::ip_payload_alone`), and whether the printer ran out of bytes.
pub(crate) fn payload_alone(
    c: &mut Ctx,
    header: &[u8],
    payload: &[u8],
    length: usize,
) -> (u8, Res) {
    c.proto = "ip";
    let (Some(src), Some(dst), Some(&ttl), Some(&proto), Some(flags)) = (
        header.get(ipv4::field::SOURCE),
        header.get(ipv4::field::DESTINATION),
        header.get(ipv4::field::TTL),
        header.get(ipv4::field::PROTOCOL),
        header.get(ipv4::field::FLAGS_FRAG),
    ) else {
        return (1, Err(Trunc));
    };
    let mut net = Net::new(false, src, dst, proto, ttl);
    let options = rest(header, ipv4::MIN_HEADER_LEN);
    if let Some(d) = source_route_dst(options, options.len()) {
        net.cksum_dst = d;
    }
    let fragmented = u16::from_be_bytes([flags[0], flags[1]]) & ipv4::MORE_FRAGMENTS != 0;
    super::dispatch::ip_payload_alone(c, net, payload, length, fragmented)
}

/// " NAME" from the protocol table without -n, else " ip-proto-N".
pub(crate) fn ip_proto_word(c: &mut Ctx, proto: u8) {
    match c.names.protocol(proto) {
        Some(name) => {
            c.out.ch(b' ');
            c.out.s(name);
        }
        None => {
            c.s_dec(" ip-proto-", proto);
        }
    }
}

/// The final destination of a valid LSRR/SSRR option (for checksums).
fn source_route_dst(opts: &[u8], len: usize) -> Option<&[u8]> {
    let opts = &opts[..opts.len().min(len)];
    let mut i = 0;
    while i < opts.len() {
        let t = opts[i];
        if t == 0 {
            break;
        }
        let l = if t == 1 {
            1
        } else {
            usize::from(*opts.get(i + 1)?)
        };
        if t != 1 && l < 2 {
            break;
        }
        if i + l > opts.len() {
            return None;
        }
        if (t == 0x89 || t == 0x83) && l >= 7 {
            return Some(&opts[i + l - 4..i + l]);
        }
        i += l;
    }
    None
}

/// ip_optprint; Ok(false) when an option's body is not all captured.
fn options(c: &mut Ctx, b: &[u8], mut length: usize) -> Res<bool> {
    let mut p = 0;
    let mut sep = "";
    while length > 0 {
        c.s(sep);
        sep = ",";
        let code = u8at(b, p)?;
        match code {
            0 => c.s("EOL"),
            1 => c.s("NOP"),
            0x44 => c.s("timestamp"),
            0x82 => c.s("security"),
            0x07 => c.s("RR"),
            0x89 => c.s("SSRR"),
            0x83 => c.s("LSRR"),
            0x94 => c.s("RA"),
            0x52 => c.s("traceroute"),
            _ => {
                c.s_dec("unknown ", code);
            }
        }
        let olen = if code == 0 || code == 1 {
            1
        } else {
            let l = usize::from(u8at(b, p + 1)?);
            if l < 2 {
                c.s_dec(" [bad length ", l as u64);
                c.s("]");
                return Ok(true);
            }
            l
        };
        if olen > length {
            c.s_dec(" [bad length ", olen as u64);
            c.s("]");
            return Ok(true);
        }
        let Ok(opt) = bytes(b, p, olen) else {
            return Ok(false);
        };
        match code {
            0 => return Ok(true),
            // Their entries are read as tcpdump reads them: by the
            // option's length, into whatever follows when it is odd; an
            // entry cut by the capture ends the options as a cut body does.
            0x44 if timestamp_option(c, rest(b, p), olen).is_err() => return Ok(false),
            0x07 | 0x89 | 0x83 if route_option(c, rest(b, p), olen).is_err() => {
                return Ok(false);
            }
            0x94 => {
                if olen < 4 {
                    c.s_dec(" [bad length ", olen as u64);
                    c.s("]");
                } else {
                    let v = be16(opt, 2)?;
                    if v != 0 {
                        c.s_dec(" value ", v);
                    }
                }
            }
            _ => {}
        }
        p += olen;
        length -= olen;
    }
    Ok(true)
}

fn route_option(c: &mut Ctx, opt: &[u8], length: usize) -> Res {
    if length < 3 {
        c.s_dec(" [bad length ", length as u64);
        c.s("]");
        return Ok(());
    }
    if (length + 1) & 3 != 0 {
        c.s_dec(" [bad length ", length as u64);
        c.s("]");
    }
    // tcpdump's u_int arithmetic: a pointer byte of 0 wraps to the maximum
    // (and ptr + 1 back to 0), which it reports as a bad pointer.
    let ptr = usize::from(opt[2]).wrapping_sub(1);
    if ptr < 3 || (ptr.wrapping_add(1) & 3) != 0 || ptr > length + 1 {
        c.s_dec(" [bad ptr ", opt[2]);
        c.s("]");
    }
    let mut len = 3;
    while len < length {
        let a = bytes(opt, len, 4)?;
        c.s(" ");
        c.ip4(a);
        if ptr > len {
            c.s(",");
        }
        len += 4;
    }
    Ok(())
}

fn timestamp_option(c: &mut Ctx, opt: &[u8], length: usize) -> Res {
    if length < 4 {
        c.s_dec("[bad length ", length as u64);
        c.s("]");
        return Ok(());
    }
    c.s(" TS{");
    let flag = opt[3] & 0xf;
    let hoplen = if flag != 0 { 8 } else { 4 };
    if (length - 4) & (hoplen - 1) != 0 {
        c.s_dec("[bad length ", length as u64);
        c.s("]");
    }
    let ptr = usize::from(opt[2]).wrapping_sub(1);
    let mut len = 0;
    if ptr < 4 || ((ptr.wrapping_sub(4)) & (hoplen - 1)) != 0 || ptr > length + 1 {
        c.s_dec("[bad ptr ", opt[2]);
        c.s("]");
    }
    let known = match flag {
        0 => {
            c.s("TSONLY");
            true
        }
        1 => {
            c.s("TS+ADDR");
            true
        }
        3 => {
            c.s("PRESPEC");
            true
        }
        f => {
            c.s_dec("[bad ts type ", f);
            c.s("]");
            false
        }
    };
    if known {
        let mut typ = " ";
        len = 4;
        while len < length {
            if ptr == len {
                typ = " ^ ";
            }
            let hop = bytes(opt, len, hoplen)?;
            c.s(typ);
            c.dec(super::be32(hop, hoplen - 4)?);
            c.s("@");
            if hoplen == 8 {
                c.ip4(&hop[0..4]);
            }
            typ = " ";
            len += hoplen;
        }
    }
    if ptr == len {
        c.s(" ^ ");
    }
    if opt[3] >> 4 != 0 {
        c.s_dec(" [", opt[3] >> 4);
        c.s(" hops not recorded]} ");
    } else {
        c.s("}");
    }
    Ok(())
}
