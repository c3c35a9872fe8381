//! AppleTalk (print-atalk.c): DDP datagrams and the NBP and ATP messages
//! they carry, and AARP, AppleTalk's address resolution.

use super::ctx::{Ctx, Res, be16, be32, print_char, u8at};
use super::dispatch;
use super::out::Emit;

/// ddpSize: the long DDP header.
const DDP_LEN: usize = 13;
/// The DDP types ddp_print decodes (ddpNBP, ddpATP, ddpEIGRP).
const DDP_NBP: u8 = 2;
const DDP_ATP: u8 = 3;
const DDP_EIGRP: u8 = 88;

/// ataddr_string: "net.node", or "net" for the broadcast node 255.
/// (tcpdump never reads /etc/atalk.names: its first-time test is inverted.)
fn addr(c: &mut Ctx, net: u16, node: u8) {
    c.dec(net);
    if node != 255 {
        c.s_dec(".", node);
    }
}

/// ddpskt_string: a socket by name without -n.
fn socket(c: &mut Ctx, skt: u8) {
    let name = match skt {
        1 => "rtmp",
        2 => "nis",
        4 => "echo",
        6 => "zip",
        _ => "",
    };
    if c.o.numeric == 0 && !name.is_empty() {
        c.s(name);
    } else {
        c.dec(skt);
    }
}

/// ethertype_print's AppleTalk case: "et1 " with -v, then the datagram.
pub(crate) fn ethertalk(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    if c.o.verbose > 0 {
        c.s("et1 ");
    }
    atalk(c, b, length)
}

/// atalk_print: an EtherTalk DDP datagram.
fn atalk(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "atalk";
    if !c.o.link_header {
        c.s("AT ");
    }
    long_ddp(c, b, length, ": ").map(drop)
}

/// " [|NAME LENGTH]": a layer longer than the `length` it was given.
fn short_mark(c: &mut Ctx, name: &str, length: usize) {
    c.s(" [|");
    c.s(name);
    c.s_dec(" ", length as u64);
    c.s("]");
}

/// A header of `header_len` bytes that is longer than `length` (" [|NAME
/// length]") or not captured (" [|NAME]"): true when it printed either.
fn header_missing(c: &mut Ctx, b: &[u8], length: usize, header_len: usize, name: &str) -> bool {
    if length < header_len {
        short_mark(c, name, length);
        return true;
    }
    if b.len() < header_len {
        c.s(" [|");
        c.s(name);
        c.s("]");
        return true;
    }
    false
}

/// "SRC > DST", each as net.node.socket.
fn endpoints(c: &mut Ctx, src: (u16, u8, u8), dst: (u16, u8, u8)) {
    for (i, (net, node, skt)) in [src, dst].into_iter().enumerate() {
        if i > 0 {
            c.s(" > ");
        }
        addr(c, net, node);
        c.s(".");
        socket(c, skt);
    }
}

/// A long DDP header, `colon` after the addresses, then its payload;
/// the header's length, or None when it was short or cut (the mark is
/// printed).
fn long_ddp(c: &mut Ctx, b: &[u8], length: usize, colon: &str) -> Res<Option<usize>> {
    if header_missing(c, b, length, DDP_LEN, "ddp") {
        return Ok(None);
    }
    let (dst_net, src_net) = (be16(b, 4)?, be16(b, 6)?);
    let (dst_node, src_node, dst_skt, src_skt, typ) = (b[8], b[9], b[10], b[11], b[12]);
    endpoints(
        c,
        (src_net, src_node, src_skt),
        (dst_net, dst_node, dst_skt),
    );
    c.s(colon);
    ddp(
        c,
        &b[DDP_LEN..],
        length - DDP_LEN,
        typ,
        (src_net, src_node, src_skt),
    )?;
    Ok(Some(DDP_LEN))
}

/// LAP's header: destination node, source node, LLAP type.
const LAP_LEN: usize = 3;
/// lapShortDDP and lapDDP.
const LAP_SHORT_DDP: u8 = 1;
pub(crate) const LAP_DDP: u8 = 2;
/// ddpSSize: the short DDP header (length, sockets, type), which takes
/// its nodes from LAP and has no networks.
const SHORT_DDP_LEN: usize = 5;

/// ltalk_if_print: a LocalTalk frame.
pub(crate) fn ltalk_frame(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    let hdr_len = llap(c, b, wire_len as usize)?;
    // None: cut short by the capture, all of which counts as header.
    c.ll_len += hdr_len.unwrap_or(b.len());
    Ok(())
}

/// AppleTalk in UDP ("kip", the Kinetics gateway encapsulation): its LAP
/// header and DDP, as udp_print hands them to llap_print.
pub(crate) fn kip(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    if c.o.verbose > 0 {
        c.s("kip ");
    }
    llap(c, b, length).map(drop)
}

/// llap_print: LAP, then a short or long DDP datagram; the length of the
/// headers (`length` itself when the frame is shorter than LAP's, as
/// tcpdump returns), or None when the capture cut them.
fn llap(c: &mut Ctx, b: &[u8], length: usize) -> Res<Option<usize>> {
    c.proto = "llap";
    if length < LAP_LEN {
        c.s_dec(" [|llap ", length as u64);
        c.s("]");
        return Ok(Some(length));
    }
    if b.len() < LAP_LEN {
        c.trunc();
        return Ok(None);
    }
    let (dst, src, lap_type) = (b[0], b[1], b[2]);
    let (ddp_b, ddp_len) = (&b[LAP_LEN..], length - LAP_LEN);
    let ddp_hdr = match lap_type {
        LAP_SHORT_DDP => {
            if length - LAP_LEN < SHORT_DDP_LEN {
                // tcpdump returns the short length as the header's.
                header_missing(c, ddp_b, ddp_len, SHORT_DDP_LEN, "sddp");
                return Ok(Some(ddp_len));
            }
            if header_missing(c, ddp_b, ddp_len, SHORT_DDP_LEN, "sddp") {
                return Ok(None);
            }
            let (dst_skt, src_skt, typ) = (ddp_b[2], ddp_b[3], ddp_b[4]);
            endpoints(c, (0, src, src_skt), (0, dst, dst_skt));
            c.s(":");
            ddp(
                c,
                &ddp_b[SHORT_DDP_LEN..],
                ddp_len - SHORT_DDP_LEN,
                typ,
                (0, src, src_skt),
            )?;
            SHORT_DDP_LEN
        }
        LAP_DDP => {
            if ddp_len < DDP_LEN {
                header_missing(c, ddp_b, ddp_len, DDP_LEN, "ddp");
                return Ok(Some(ddp_len));
            }
            match long_ddp(c, ddp_b, ddp_len, ":")? {
                Some(n) => n,
                None => return Ok(None),
            }
        }
        _ => {
            c.dec(src);
            c.dec_fields(&[
                (" > ", u64::from(dst)),
                (" at-lap#", u64::from(lap_type)),
                (" ", ddp_len as u64),
            ]);
            0
        }
    };
    Ok(Some(LAP_LEN + ddp_hdr))
}

/// ddp_print: the payload by DDP type; `src` is the datagram's source
/// (net, node, socket), which NBP tuples are compared with.
fn ddp(c: &mut Ctx, b: &[u8], length: usize, typ: u8, src: (u16, u8, u8)) -> Res {
    match typ {
        DDP_NBP => nbp(c, b, length, src),
        DDP_ATP => atp(c, b, length),
        DDP_EIGRP => dispatch::eigrp(c, b, length),
        _ => {
            c.s(" at-");
            match typ {
                1 => c.s("rtmp"),
                5 => c.s("rtmpReq"),
                4 => c.s("echo"),
                22 => c.s("IP"),
                23 => c.s("ARP"),
                0x4b => c.s("KLAP"),
                _ => c.dec(typ),
            }
            c.s_dec(" ", length as u64);
            Ok(())
        }
    }
}

/// A message whose fixed part of `min` bytes was not captured (the
/// truncation mark) or is longer than `length` (" [|name length]"):
/// true when it printed either and the message ends there.
fn cut_or_short(c: &mut Ctx, b: &[u8], length: usize, min: usize, name: &str) -> bool {
    if b.len() < min {
        c.trunc();
        return true;
    }
    if length < min {
        short_mark(c, name, length);
        return true;
    }
    false
}

/// atp_print: an ATP request, response or release.
fn atp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    const LEN: usize = 8;
    if cut_or_short(c, b, length, LEN, "atp") {
        return Ok(());
    }
    let length = length - LEN;
    let (control, bitmap, trans_id) = (b[0], b[1], be16(b, 2)?);
    let (xo, eom, sts) = (
        control & 0x20 != 0,
        control & 0x10 != 0,
        control & 0x08 != 0,
    );
    // The flags set among `set`, in tcpdump's "[XO,STS]" form after
    // `open`; nothing when none is set.
    let flags = |c: &mut Ctx, open: &str, set: &[(bool, &str)]| {
        let mut sep = open;
        for &(on, name) in set {
            if on {
                c.s(sep);
                c.s(name);
                sep = ",";
            }
        }
        if sep == "," {
            c.s("]");
        }
    };
    // A request's or release's packet bitmap and unexpected data length.
    let bitmap_and_len = |c: &mut Ctx| {
        atp_bitmap(c, bitmap);
        if length != 0 {
            c.s_dec(" [len=", length as u64);
            c.s("]");
        }
    };
    match control & 0xc0 {
        0x40 => {
            c.s(" atp-req");
            c.s(if xo { "  " } else { "* " });
            c.dec(trans_id);
            bitmap_and_len(c);
            flags(c, " [", &[(eom, "EOM"), (sts, "STS")]);
        }
        0x80 => {
            c.s(" atp-resp");
            c.dec_fields(&[
                (if eom { "*" } else { " " }, u64::from(trans_id)),
                (":", u64::from(bitmap)),
                (" (", length as u64),
            ]);
            c.s(")");
            flags(c, " [", &[(xo, "XO"), (sts, "STS")]);
        }
        0xc0 => {
            c.s_dec(" atp-rel  ", trans_id);
            bitmap_and_len(c);
            flags(c, "[", &[(xo, "XO"), (eom, "EOM"), (sts, "STS")]);
        }
        _ => {
            c.s(" atp-0x");
            c.out.hex(u64::from(control));
            c.dec_fields(&[("  ", u64::from(trans_id)), (" (", length as u64)]);
            c.s(")");
        }
    }
    let data = be32(b, 4)?;
    if data != 0 {
        c.s(" 0x");
        c.out.hex(u64::from(data));
    }
    Ok(())
}

/// atp_bitmap_print: a run of packets as "<0-N>", others bit by bit.
fn atp_bitmap(c: &mut Ctx, bm: u8) {
    if bm.wrapping_add(1) & bm != 0 {
        let mut sep = "<";
        for i in 0..8 {
            if bm & (1 << i) != 0 {
                c.s(sep);
                c.dec(i as u64);
                sep = ",";
            }
        }
        c.s(">");
    } else {
        let bits = 8 - bm.leading_zeros();
        if bits > 1 {
            c.s_dec("<0-", bits - 1);
            c.s(">");
        } else {
            c.s("<0>");
        }
    }
}

/// nbp_print: a lookup, broadcast request or reply and its tuples.
fn nbp(c: &mut Ctx, b: &[u8], length: usize, src: (u16, u8, u8)) -> Res {
    const HEADER: usize = 2;
    const TUPLE: usize = 5;
    if length < HEADER + 8 {
        c.s_dec(" truncated-nbp ", length as u64);
        return Ok(());
    }
    if b.len() < HEADER {
        c.trunc();
        return Ok(());
    }
    let (control, id) = (b[0], b[1]);
    match control & 0xf0 {
        kind @ (0x10 | 0x20) => {
            c.s(if kind == 0x20 {
                " nbp-lkup "
            } else {
                " nbp-brRq "
            });
            c.dec(id);
            c.s(":");
            if b.len() < HEADER + TUPLE {
                c.trunc();
                return Ok(());
            }
            nbp_name(c, b, HEADER + TUPLE)?;
            if control & 0xf != 1 {
                c.s_dec(" [ntup=", control & 0xf);
                c.s("]");
            }
            let enumerator = u8at(b, HEADER + 4)?;
            if enumerator != 0 {
                c.s_dec(" [enum=", enumerator);
                c.s("]");
            }
            let (net, node, skt) = (be16(b, HEADER)?, b[HEADER + 2], b[HEADER + 3]);
            if (net, node, skt) != src {
                c.s(" [addr=");
                addr(c, net, node);
                c.s_dec(".", skt);
                c.s("]");
            }
        }
        0x30 => {
            c.s_dec(" nbp-reply ", id);
            c.s(":");
            let mut at = Some(HEADER);
            let mut n = control & 0xf;
            while n != 0 {
                let Some(tuple) = at else { break };
                if b.len() < tuple + TUPLE {
                    c.trunc();
                    return Ok(());
                }
                at = nbp_name(c, b, tuple + TUPLE)?;
                let enumerator = b[tuple + 4];
                if enumerator != 1 {
                    c.s_dec("(", enumerator);
                    c.s(")");
                }
                let (net, node, skt) = (be16(b, tuple)?, b[tuple + 2], b[tuple + 3]);
                if skt != src.2 {
                    c.s_dec(" ", skt);
                }
                if (net, node) != (src.0, src.1) {
                    c.s(" [addr=");
                    addr(c, net, node);
                    c.s("]");
                }
                n -= 1;
            }
        }
        _ => {
            c.s(" nbp-0x");
            c.out.hex(u64::from(control));
            c.dec_fields(&[("  ", u64::from(id)), (" (", (length - HEADER) as u64)]);
            c.s(")");
        }
    }
    Ok(())
}

/// nbp_name_print: "object:type@zone" from `at`; Ok(Some(the offset
/// after it)), Ok(None) when a string was cut or too long (tcpdump then
/// stops the tuples).
fn nbp_name(c: &mut Ctx, b: &[u8], at: usize) -> Res<Option<usize>> {
    c.s(" \"");
    let mut at = at;
    for sep in [":", "@", "\""] {
        match cstring(c, b, at)? {
            Some(next) => at = next,
            None => return Ok(None),
        }
        c.s(sep);
    }
    Ok(Some(at))
}

/// print_cstring: a counted string of at most 32 bytes.
fn cstring(c: &mut Ctx, b: &[u8], at: usize) -> Res<Option<usize>> {
    let Some(&len) = b.get(at) else {
        c.trunc();
        return Ok(None);
    };
    if len > 32 {
        c.s_dec("[len=", len);
        c.s("]");
        return Ok(None);
    }
    for i in 0..usize::from(len) {
        let Some(&ch) = b.get(at + 1 + i) else {
            c.trunc();
            return Ok(None);
        };
        print_char(c, ch);
    }
    Ok(Some(at + 1 + usize::from(len)))
}

/// aarp_print: AppleTalk ARP requests, replies and probes.
pub(crate) fn aarp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    const LEN: usize = 28;
    c.proto = "aarp";
    c.s("aarp ");
    if cut_or_short(c, b, length, LEN, "aarp") {
        return Ok(());
    }
    let (htype, ptype, op) = (be16(b, 0)?, be16(b, 2)?, be16(b, 6)?);
    let (halen, palen) = (b[4], b[5]);
    // A protocol address: 4 bytes whose last 3 are net and node.
    let at_addr =
        |c: &mut Ctx, off: usize| addr(c, u16::from_be_bytes([b[off + 1], b[off + 2]]), b[off + 3]);
    if htype == 1 && ptype == 0x809b && halen == 6 && palen == 4 {
        match op {
            1 | 3 => {
                c.s(if op == 1 { "who-has " } else { "probe " });
                at_addr(c, 24);
                c.s(" tell ");
                at_addr(c, 14);
                return Ok(());
            }
            2 => {
                c.s("reply ");
                at_addr(c, 14);
                c.s(" is-at ");
                dispatch::mac(c, &b[8..14]);
                return Ok(());
            }
            _ => {}
        }
    }
    c.dec_fields(&[
        ("len ", length as u64),
        (" op ", u64::from(op)),
        (" htype ", u64::from(htype)),
    ]);
    c.s(" ptype 0x");
    c.out.hex(u64::from(ptype));
    c.dec_fields(&[(" halen ", u64::from(halen)), (" palen ", u64::from(palen))]);
    Ok(())
}
