//! Link layers other than Ethernet: raw IP, BSD/OpenBSD loopback, Linux
//! cooked captures v1 and v2.

use super::dispatch::{self, ethertype_name, mac};
use super::linkhdr::tci;
use super::out::Emit;
use super::{Ctx, Res, be16, be32, rest, u8at};
use crate::link::LinkType;
use crate::wire::{ethertype as et, null, sll, vlan};

/// DLT_RAW: an IPv4 or IPv6 packet with no link header.
pub(crate) fn raw(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "raw";
    if c.o.link_header {
        c.s("ip: ");
    }
    ip_n(c, b, wire_len as usize)
}

/// ipN_print: IPv4 or IPv6 by the version nibble.
fn ip_n(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "ipn";
    if length < 1 {
        c.s_dec("truncated-ip ", length as u64);
        return Ok(());
    }
    match u8at(b, 0)? & 0xf0 {
        0x40 => dispatch::ip(c, b, length),
        0x60 => dispatch::ip6(c, b, length),
        v => {
            c.s_dec("unknown ip ", v >> 4);
            Ok(())
        }
    }
}

/// A link header cut short: the truncation mark, and all of `b` counted as
/// link header (what -e's hex dump skips).
fn cut_header(c: &mut Ctx, b: &[u8]) -> Res {
    c.link_header_cut(b.len())
}

fn af_name(af: u32) -> Option<&'static str> {
    Some(match af {
        null::AF_INET => "IPv4",
        null::AF_INET6_BSD | null::AF_INET6_FREEBSD | null::AF_INET6_DARWIN => "IPv6",
        null::AF_NS => "NS",
        null::AF_ISO => "ISO",
        null::AF_APPLETALK => "Appletalk",
        null::AF_IPX => "IPX",
        _ => return None,
    })
}

/// DLT_NULL (host byte order family) and DLT_LOOP (network order).
pub(crate) fn null(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "null";
    let link = c.link;
    let Some(af) = null::family(b, link == LinkType::Loop) else {
        return cut_header(c, b);
    };
    let length = (wire_len as usize).saturating_sub(null::HEADER_LEN);
    let header = |c: &mut Ctx| {
        match (c.o.quiet, af_name(af)) {
            (false, name) => {
                c.s("AF ");
                c.s(name.unwrap_or("Unknown"));
                c.s_dec(" (", af);
                c.s(")");
            }
            (true, Some(name)) => c.s(name),
            (true, None) => {
                c.s_dec("Unknown AF ", af);
            }
        }
        c.s_dec(", length ", wire_len);
        c.s(": ");
    };
    if c.o.link_header {
        header(c);
    }
    c.ll_len += null::HEADER_LEN;
    let p = rest(b, null::HEADER_LEN);
    match af {
        null::AF_INET => dispatch::ip(c, p, length),
        null::AF_INET6_BSD | null::AF_INET6_FREEBSD | null::AF_INET6_DARWIN => {
            dispatch::ip6(c, p, length)
        }
        null::AF_ISO => dispatch::isoclns(c, p, length),
        null::AF_APPLETALK => dispatch::ethertype(c, et::ATALK, p, length).map(drop),
        null::AF_IPX => dispatch::ipx(c, p),
        _ => {
            if !c.o.link_header {
                header(c);
            }
            c.default_print(p);
            Ok(())
        }
    }
}

fn pkttype_name(t: u16) -> &'static str {
    match t {
        0 => "In",
        1 => "B",
        2 => "M",
        3 => "P",
        4 => "Out",
        _ => "?",
    }
}

/// "%3s " of the packet type.
fn pkttype3(c: &mut Ctx, t: u16) {
    let n = pkttype_name(t);
    for _ in n.len()..3 {
        c.s(" ");
    }
    c.s(n);
    c.s(" ");
}

/// "ethertype NAME (0xNNNN)" of a cooked header.
fn ethertype(c: &mut Ctx, proto: u16) {
    c.s("ethertype ");
    c.s(ethertype_name(proto).unwrap_or("Unknown"));
    c.s(" (0x");
    c.out.hex0(u64::from(proto), 4);
    c.s(")");
}

/// sll_print: the cooked header with -e.
fn sll_header(c: &mut Ctx, pkttype: u16, addr: &[u8], proto: u16, length: u32) {
    pkttype3(c, pkttype);
    if addr.len() == 6 {
        mac(c, addr);
        c.s(" ");
    }
    if !c.o.quiet {
        if proto <= et::MAX_LENGTH {
            match proto {
                sll::P_802_3 => c.s("802.3"),
                sll::P_802_2 => c.s("802.2"),
                _ => {
                    c.s("ethertype Unknown (0x");
                    c.out.hex0(u64::from(proto), 4);
                    c.s(")");
                }
            }
        } else {
            ethertype(c, proto);
        }
        c.s_dec(", length ", length);
        c.s(": ");
    }
}

/// The payload after a cooked header, with 802.1Q tags unwrapped.
/// What SLL and SLL2 share after their headers: -e prints the header, the
/// header counts as link layer (for -x/-X/-A), then the payload by `proto`.
fn cooked_frame(
    c: &mut Ctx,
    b: &[u8],
    wire_len: u32,
    hdr_len: usize,
    proto: u16,
    header: &dyn Fn(&mut Ctx, u32),
) -> Res {
    if c.o.link_header {
        header(c, wire_len);
    }
    c.ll_len += hdr_len;
    let rest_len = (wire_len as usize).saturating_sub(hdr_len);
    let extra = cooked_payload(c, rest(b, hdr_len), rest_len, proto, hdr_len, header)?;
    c.ll_len += extra;
    Ok(())
}

fn cooked_payload(
    c: &mut Ctx,
    b: &[u8],
    length: usize,
    proto: u16,
    hdr_len: usize,
    header: &dyn Fn(&mut Ctx, u32),
) -> Res<usize> {
    let mut proto = proto;
    let mut p = 0usize;
    let mut length = length;
    loop {
        let cur = rest(b, p);
        if proto <= et::MAX_LENGTH {
            // A "length": the kernel's pseudo types for IPX over 802.3
            // and for an 802.2 LLC frame; others are dumped raw, with no
            // header without -e.
            return match proto {
                sll::P_802_3 => dispatch::ipx(c, cur).map(|()| p),
                sll::P_802_2 => Ok(p + dispatch::llc(c, cur, length, &[], &[])?),
                _ => {
                    c.default_print(cur);
                    Ok(p)
                }
            };
        }
        if proto == et::VLAN {
            let Some(tag) = vlan::header(cur) else {
                c.proto = "vlan";
                c.trunc();
                return Ok(p + cur.len());
            };
            if c.o.link_header {
                tci(c, vlan::tci(&tag));
                c.s(", ");
            }
            proto = tag.ether_type().0;
            if proto <= et::MAX_LENGTH {
                proto = sll::P_802_2;
            }
            // tcpdump names the inner type even without -e.
            if !c.o.quiet {
                c.s("ethertype ");
                c.s(ethertype_name(proto).unwrap_or("Unknown"));
                c.s(", ");
            }
            p += vlan::HEADER_LEN;
            length = length.saturating_sub(vlan::HEADER_LEN);
            continue;
        }
        if !dispatch::ethertype(c, proto, cur, length)? {
            if !c.o.link_header {
                // tcpdump's sll_print(length + SLL_HDR_LEN): the length
                // left after the VLAN tags, not the frame's.
                header(c, (length + hdr_len) as u32);
            }
            c.default_print(cur);
        }
        return Ok(p);
    }
}

/// DLT_LINUX_SLL: 16-byte cooked header.
pub(crate) fn sll(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "sll";
    if b.len() < sll::HEADER_LEN {
        return cut_header(c, b);
    }
    // etherparse's slice where it knows the hardware and protocol pair;
    // the field table for the rest (tcpdump prints any pair).
    let (pkttype, halen, proto) = match sll::header(b) {
        Some(h) => (
            u16::from(h.packet_type()),
            h.sender_address_valid_length(),
            u16::from(h.protocol_type()),
        ),
        None => (
            be16(b, sll::field::PACKET_TYPE.start)?,
            be16(b, sll::field::HALEN.start)?,
            be16(b, sll::field::PROTOCOL.start)?,
        ),
    };
    let addr = &b[sll::field::ADDR][..if halen == 6 { 6 } else { 0 }];
    let header = |c: &mut Ctx, length: u32| sll_header(c, pkttype, addr, proto, length);
    cooked_frame(c, b, wire_len, sll::HEADER_LEN, proto, &header)
}

/// "%-5s %-3s ": the interface and the packet type, as tcpdump starts the
/// lines of an SLL2 capture (`-i any`); also for packets of several
/// interfaces captured at once.
pub(crate) fn interface_and_direction(out: &mut Vec<u8>, name: &str, pkttype: u16) {
    out.s(name);
    for _ in name.len()..5 {
        out.ch(b' ');
    }
    out.ch(b' ');
    let n = pkttype_name(pkttype);
    out.s(n);
    for _ in n.len()..3 {
        out.ch(b' ');
    }
    out.ch(b' ');
}

/// DLT_LINUX_SLL2: 20-byte cooked header; tcpdump names the interface and
/// direction on every line.
pub(crate) fn sll2(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "sll2";
    if b.len() < sll::HEADER2_LEN {
        return cut_header(c, b);
    }
    // etherparse has no SLL2 view: wire's field table.
    let proto = be16(b, sll::field2::PROTOCOL.start)?;
    let ifindex = be32(b, sll::field2::IFINDEX.start)?;
    let pkttype = u16::from(b[sll::field2::PACKET_TYPE]);
    let halen = usize::from(b[sll::field2::HALEN]);
    let name = c.names.ifname(ifindex).unwrap_or("?");
    interface_and_direction(c.out, name, pkttype);
    let addr = &b[sll::field2::ADDR][..if halen == 6 { 6 } else { 0 }];
    let header = |c: &mut Ctx, length: u32| {
        c.s_dec("ifindex ", ifindex);
        c.s(" ");
        if addr.len() == 6 {
            mac(c, addr);
            c.s(" ");
        }
        if !c.o.quiet {
            ethertype(c, proto);
            c.s_dec(", length ", length);
            c.s(": ");
        }
    };
    cooked_frame(c, b, wire_len, sll::HEADER2_LEN, proto, &header)
}
