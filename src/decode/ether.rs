//! Ethernet II and 802.3 frames, 802.1Q/QinQ tags, the ethertype
//! dispatch, and MPLS label stacks (print-ether.c, print-mpls.c). LLC/STP,
//! ARP and PPPoE have their own files.

use super::linkhdr::tci;
use super::out::Emit;
use super::{Ctx, Res, Trunc, be16, dispatch, names, rest};

use crate::wire::{ethernet, ethertype as et, vlan};

/// tcpdump's ethertype_values.
pub(crate) fn ethertype_name(t: u16) -> Option<&'static str> {
    Some(match t {
        0x0800 => "IPv4",
        0x8847 => "MPLS unicast",
        0x8848 => "MPLS multicast",
        0x86dd => "IPv6",
        0x8100 => "802.1Q",
        0x9100 => "802.1Q-9100",
        0x88a8 => "802.1Q-QinQ",
        0x9200 => "802.1Q-9200",
        0x88e5 => "802.1AE MACsec",
        0x0200 => "PUP",
        0x0806 => "ARP",
        0x8035 => "Reverse ARP",
        0x0600 => "NS",
        0x0500 => "Sprite",
        0x1000 => "Trail",
        0x6001 => "MOP DL",
        0x6002 => "MOP RC",
        0x6003 => "DN",
        0x6004 => "LAT",
        0x6007 => "SCA",
        0x6558 => "TEB",
        0x8038 => "Lanbridge",
        0x803c => "DEC DNS",
        0x803e => "DEC DTS",
        0x805b => "VEXP",
        0x805c => "VPROD",
        0x809b => "Appletalk",
        0x80f3 => "Appletalk ARP",
        0x8137 => "IPX",
        0x880b => "PPP",
        0x8808 => "MPCP",
        0x8809 => "Slow Protocols",
        0x8863 => "PPPoE D",
        0x8864 => "PPPoE S",
        0x888e => "EAPOL",
        0x8899 => "Realtek protocols",
        0x886f => "MS NLB heartbeat",
        0x8870 => "Jumbo",
        0x894f => "NSH",
        0x9000 => "Loopback",
        0xfefe => "OSI",
        0x00fe => "GRE-OSI",
        0xabcd => "CFM (old)",
        0x8902 => "CFM",
        0x893a => "IEEE1905.1",
        0x88cc => "LLDP",
        0x88ca => "TIPC",
        0x0707 => "GeoNet (old)",
        0x8947 => "GeoNet",
        0x1111 => "CALM FAST",
        0x88a2 => "AoE",
        0x88f7 => "PTP",
        0xd28b => "Arista Vendor Specific Protocol",
        _ => return None,
    })
}

/// With -e, a tunnel's protocol type as GRE and Geneve print it:
/// ", proto NAME (0xHHHH)".
pub(crate) fn tunnel_proto(c: &mut Ctx, prot: u16) {
    if c.o.link_header {
        c.s(", proto ");
        c.name_code(ethertype_name(prot).unwrap_or("unknown"), prot, 4);
    }
}

/// A MAC address as etheraddr_string prints it: hex with -n; without it
/// "Broadcast" or the hex and the vendor tag.
pub(crate) fn mac(c: &mut Ctx, a: &[u8]) {
    if c.names.resolving() && a.len() == 6 {
        if a == [0xff; 6] {
            c.s("Broadcast");
            return;
        }
        c.out.mac(a);
        c.s(" (oui ");
        let oui = u32::from(a[0]) << 16 | u32::from(a[1]) << 8 | u32::from(a[2]);
        c.s(names::oui_name(oui));
        c.s(")");
    } else {
        c.out.mac(a);
    }
}

/// With -e, one type field of the chain (MACsec, VLAN tags, the payload's
/// type): its name, then the frame's length after the first of them
/// (", length N: "), a comma after the others.
fn type_and_length(c: &mut Ctx, t: u16, orig_length: u32, printed_length: &mut bool) {
    type_print(c, t);
    if *printed_length {
        c.s(", ");
    } else {
        c.s_dec(", length ", orig_length);
        c.s(": ");
        *printed_length = true;
    }
}

/// "ethertype NAME (0xXXXX), length N: ".
fn type_length(c: &mut Ctx, t: u16, orig_length: u32) {
    type_print(c, t);
    c.s_dec(", length ", orig_length);
    c.s(": ");
}

/// Without -e, what tcpdump prints of the link header before dumping a
/// frame it cannot decode: "SRC > DST, ethertype NAME (0xXXXX), length N: ".
fn undecoded_header(c: &mut Ctx, src: &[u8], dst: &[u8], t: u16, orig_length: u32) {
    mac(c, src);
    c.s(" > ");
    mac(c, dst);
    c.s(", ");
    type_length(c, t, orig_length);
}

/// ether_type_print: "ethertype NAME (0xXXXX)", or just the name with -q.
pub(crate) fn type_print(c: &mut Ctx, t: u16) {
    match (c.o.quiet, ethertype_name(t)) {
        (false, name) => {
            c.s("ethertype ");
            c.name_code(name.unwrap_or("Unknown"), t, 4);
        }
        (true, Some(name)) => c.s(name),
        (true, None) => {
            c.s("Unknown Ethertype (0x");
            c.out.hex0(u64::from(t), 4);
            c.s(")");
        }
    }
}

/// The whole frame of a DLT_EN10MB capture; sets the link header length.
pub(crate) fn frame(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "ether";
    let hdr = ether(c, b, wire_len)?;
    c.ll_len += hdr;
    Ok(())
}

/// ether_print: an Ethernet header and what it carries. Returns the length
/// of the link-level header (address, tags, type, LLC).
pub(crate) fn ether(c: &mut Ctx, b: &[u8], length: u32) -> Res<usize> {
    c.proto = "ether";
    ether_switch_tag(c, b, length, None)
}

/// A switch's tag between the MAC addresses and the type field (Marvell
/// DSA and EDSA, Broadcom): its length and its printer, which gets
/// exactly that many bytes.
pub(crate) type SwitchTag = (usize, fn(&mut Ctx, &[u8]));

/// ether_switch_tag_print: ether_print with `tag` after the addresses,
/// printed with or without -e; the caller names the layer (c.proto).
pub(crate) fn ether_switch_tag(
    c: &mut Ctx,
    b: &[u8],
    length: u32,
    tag: Option<SwitchTag>,
) -> Res<usize> {
    let tag_len = tag.map_or(0, |(n, _)| n);
    let caplen = b.len();
    let header_len = ethernet::HEADER_LEN + tag_len;
    if caplen < header_len {
        c.trunc();
        return Ok(caplen);
    }
    if (length as usize) < header_len {
        c.trunc();
        return Ok(length as usize);
    }
    let orig_length = length;
    // Whole: the 14 bytes were checked above.
    let eth = ethernet::header(b).ok_or(Trunc)?;
    let (dst, src) = (&eth.destination(), &eth.source());
    if c.o.link_header {
        mac(c, src);
        c.s(" > ");
        mac(c, dst);
        c.s(", ");
    }
    if let Some((n, print)) = tag {
        print(c, &b[12..12 + n]);
    }
    let mut length = length as usize - header_len;
    let mut p = header_len;
    let mut hdrlen = header_len;
    let mut t = be16(b, 12 + tag_len)?;
    let mut printed_length = false;
    let mut b = b;
    let mut caplen = caplen;
    if t == et::MACSEC {
        if c.o.link_header {
            type_and_length(c, t, orig_length, &mut printed_length);
        }
        match dispatch::macsec(c, b, p, length, src, dst)? {
            dispatch::Macsec::Done(n) => return Ok(n),
            dispatch::Macsec::Inner {
                sectag,
                len,
                cap,
                end,
            } => {
                p += sectag;
                hdrlen += sectag;
                length = len;
                b = &b[..end];
                caplen = p + cap;
                t = be16(b, p)?;
                // The short length may leave less than a type field: tcpdump's
                // ND_LCHECK_U(caplen, 2), the link header ending at the SecTAG.
                if cap < 2 {
                    c.s_dec(" [caplen ", cap as u64);
                    c.s(" < 2]");
                    return Ok(hdrlen);
                }
                length = length.saturating_sub(2);
                p += 2;
                hdrlen += 2;
            }
        }
    }
    while matches!(
        t,
        et::VLAN | et::VLAN_9100 | et::VLAN_9200 | et::QINQ | et::ARISTA
    ) {
        let cap = caplen.saturating_sub(p);
        if t == et::ARISTA {
            // Its header, then the frame's own type field, read afresh
            // as tcpdump's goto recurse does (a MACsec tag after it is
            // not looked for again).
            if cap < 2 || length < 2 {
                c.s("[|arista]");
                return Ok(hdrlen + cap.min(length));
            }
            type_length(c, t, orig_length);
            let Some(used) = dispatch::arista(c, &b[p..caplen])? else {
                if !c.o.link_header {
                    undecoded_header(c, src, dst, t, orig_length);
                }
                c.default_print(&b[p..caplen]);
                return Ok(hdrlen);
            };
            p += used;
            t = be16(b, p)?;
            p += 2;
            length = length.saturating_sub(used + 2);
            hdrlen += used + 2;
            printed_length = false;
            continue;
        }
        let tag = match vlan::header(rest(b, p)) {
            Some(tag) if cap >= vlan::HEADER_LEN && length >= vlan::HEADER_LEN => tag,
            _ => {
                c.proto = "vlan";
                c.trunc();
                return Ok(hdrlen + cap.min(length));
            }
        };
        if c.o.link_header {
            type_and_length(c, t, orig_length, &mut printed_length);
            tci(c, vlan::tci(&tag));
            c.s(", ");
        }
        t = tag.ether_type().0;
        p += vlan::HEADER_LEN;
        length -= vlan::HEADER_LEN;
        hdrlen += vlan::HEADER_LEN;
    }
    let payload = &b[p..];
    if t <= et::MAX_LENGTH {
        // 802.3: the field is the payload length.
        let mut length = length;
        if (t as usize) < length {
            length = t as usize;
        }
        let payload = &payload[..payload.len().min(length)];
        if c.o.link_header {
            c.s("802.3");
            if !printed_length {
                c.s_dec(", length ", length as u64);
                c.s(": ");
            }
        }
        let llc = dispatch::llc(c, payload, length, src, dst)?;
        return Ok(hdrlen + llc);
    }
    if t == et::JUMBO {
        // The type only says that an LLC header follows; tcpdump prints
        // neither it nor a length, even with -e, and keeps the frame's
        // own length (no 802.3 cut).
        let llc = dispatch::llc(c, payload, length, src, dst)?;
        return Ok(hdrlen + llc);
    }
    if c.o.link_header {
        type_and_length(c, t, orig_length, &mut printed_length);
    }
    if !dispatch::ethertype_from(c, t, payload, length, src, dst)? {
        if !c.o.link_header {
            undecoded_header(c, src, dst, t, orig_length);
        }
        c.default_print(&payload[..payload.len().min(caplen.saturating_sub(p))]);
    }
    Ok(hdrlen)
}
