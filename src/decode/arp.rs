//! ARP and RARP (print-arp.c), Ethernet/IPv4 forms.

use super::dispatch::{ethertype_name, mac};
use super::out::Emit;
use super::{Ctx, Res, Trunc, be16, bytes};
use crate::wire::{arp, ethertype as et};

/// Hardware types printed in their own forms (RFC 826's registry).
const HRD_FRELAY: u16 = 15;
const HRD_ATM: u16 = 19;

/// The protocol address space by its ethertype's name (or "Unknown
/// Protocol (0xHHHH)") and its address lengths: "IPv4 (len 4)".
fn protocol(c: &mut Ctx, pro: u16, lens: &[usize]) {
    match ethertype_name(pro) {
        Some(n) => c.s(n),
        None => c.name_code("Unknown Protocol", pro, 4),
    }
    c.s(" (len ");
    for (i, &len) in lens.iter().enumerate() {
        if i > 0 {
            c.s("/");
        }
        c.dec(len as u64);
    }
    c.s(")");
}

/// ARP and RARP (print-arp.c), Ethernet/IPv4 forms.
pub(crate) fn arp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "arp";
    bytes(b, 0, arp::field::ADDRESSES)?;
    let hrd = be16(b, arp::field::HW_TYPE.start)?;
    if hrd == HRD_ATM {
        return atmarp(c, b, length);
    }
    // tcpdump checks that all four addresses were captured before printing.
    let Some(pkt) = arp::packet(b) else {
        return Err(Trunc);
    };
    let pro = pkt.proto_addr_type().0;
    let hln = usize::from(pkt.hw_addr_size());
    let pln = usize::from(pkt.proto_addr_size());
    let op = pkt.operation().0;
    let (sha, spa) = (pkt.sender_hw_addr(), pkt.sender_protocol_addr());
    let (tha, tpa) = (pkt.target_hw_addr(), pkt.target_protocol_addr());
    if !c.o.link_header {
        c.s("ARP, ");
    }
    let ip_like = pro == et::IPV4 || pro == 0x1000;
    if !ip_like || pln != 4 || hln == 0 || c.o.verbose > 0 {
        match hrd {
            1 => c.s("Ethernet"),
            6 => c.s("TokenRing"),
            7 => c.s("ArcNet"),
            15 => c.s("FrameRelay"),
            19 => c.s("ATM"),
            23 => c.s("Strip"),
            24 => c.s("IEEE 1394"),
            32 => c.s("InfiniBand"),
            _ => {
                c.s_dec("Unknown Hardware (", hrd);
                c.s(")");
            }
        }
        c.s_dec(" (len ", hln as u64);
        c.s("), ");
        protocol(c, pro, &[pln]);
        if c.o.verbose == 0 {
            c.s_dec(", length ", length as u64);
            return Ok(());
        }
        c.s(", ");
    }
    let op_name = match op {
        1 => "Request",
        2 => "Reply",
        3 => "Reverse Request",
        4 => "Reverse Reply",
        8 => "Inverse Request",
        9 => "Inverse Reply",
        10 => "NACK Reply",
        _ => "",
    };
    if op_name.is_empty() {
        c.s_dec("Unknown (", op);
        c.s(")");
    } else {
        c.s(op_name);
    }
    c.s(" ");
    let proto_addr = |c: &mut Ctx, a: &[u8]| {
        if !ip_like {
            c.s("<wrong proto type>");
        } else if pln != 4 {
            c.s("<wrong len>");
        } else {
            c.ip4(a);
        }
    };
    let hw_addr = |c: &mut Ctx, a: &[u8]| {
        if hln == 0 {
            c.s("<empty>");
        } else if hrd == HRD_FRELAY {
            q922(c, a);
        } else if hln == 6 {
            mac(c, a);
        } else {
            c.out.mac(a);
        }
    };
    match op {
        1 => {
            c.s("who-has ");
            proto_addr(c, tpa);
            if tha.iter().any(|&x| x != 0) {
                c.s(" (");
                hw_addr(c, tha);
                c.s(")");
            }
            c.s(" tell ");
            proto_addr(c, spa);
        }
        2 => {
            proto_addr(c, spa);
            c.s(" is-at ");
            hw_addr(c, sha);
        }
        3 => {
            c.s("who-is ");
            hw_addr(c, tha);
            c.s(" tell ");
            hw_addr(c, sha);
        }
        4 => {
            hw_addr(c, tha);
            c.s(" at ");
            proto_addr(c, tpa);
        }
        8 => {
            c.s("who-is ");
            hw_addr(c, tha);
            c.s(" tell ");
            hw_addr(c, sha);
        }
        9 => {
            hw_addr(c, sha);
            c.s(" at ");
            proto_addr(c, spa);
        }
        _ => {
            // print-arp.c calls the default printer unconditionally.
            super::hexdump::hex_ascii(c.out, "\n\t", &b[..b.len().min(length)]);
            return Ok(());
        }
    }
    c.s_dec(", length ", length as u64);
    Ok(())
}

/// q922_string: a Frame Relay address as its DLCI.
fn q922(c: &mut Ctx, a: &[u8]) {
    match q922_dlci(a) {
        Some(Some(dlci)) => {
            c.s_dec("DLCI ", dlci);
        }
        Some(None) => c.s("<Invalid DLCI>"),
        None => c.s("<Truncated>"),
    }
}

/// parse_q922_header: Some(Some(dlci)), Some(None) for an invalid address,
/// None when it runs past `a`.
fn q922_dlci(a: &[u8]) -> Option<Option<u32>> {
    let b0 = u32::from(*a.first()?);
    if b0 & 1 != 0 {
        return Some(None);
    }
    let b1 = u32::from(*a.get(1)?);
    let mut dlci = ((b0 & 0xfc) << 2) | ((b1 & 0xf0) >> 4);
    if b1 & 1 != 0 {
        return Some(Some(dlci));
    }
    let mut p = 2;
    let b2 = u32::from(*a.get(p)?);
    if b2 & 1 == 0 {
        dlci = (dlci << 7) | (b2 >> 1);
        p += 1;
    }
    let last = u32::from(*a.get(p)?);
    if last & 1 == 0 {
        return Some(None);
    }
    Some(Some((dlci << 6) | (last >> 2)))
}

/// atmarp_print: ATM ARP (RFC 2225) with its typed address lengths.
fn atmarp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    bytes(b, 0, 12)?;
    let pro = be16(b, 2)?;
    let (shl, ssl) = (usize::from(b[4] & 0x3f), usize::from(b[5] & 0x3f));
    let op = be16(b, 6)?;
    let spl = usize::from(b[8]);
    let (thl, tsl) = (usize::from(b[9] & 0x3f), usize::from(b[10] & 0x3f));
    let tpl = usize::from(b[11]);
    let sha = 12;
    let ssa = sha + shl;
    let spa = ssa + ssl;
    let tha = spa + spl;
    let tsa = tha + thl;
    let tpa = tsa + tsl;
    bytes(b, tpa, tpl)?;
    if !c.o.link_header {
        c.s("ARP, ");
    }
    let ip_like = pro == et::IPV4 || pro == 0x1000;
    if !ip_like || spl != 4 || tpl != 4 || c.o.verbose > 0 {
        c.s("ATM, ");
        protocol(c, pro, &[spl, tpl]);
        if c.o.verbose == 0 {
            c.s_dec(", length ", length as u64);
            return Ok(());
        }
    }
    if c.o.verbose > 0 {
        c.s(", ");
    }
    match op {
        1 => c.s("Request"),
        2 => c.s("Reply"),
        3 => c.s("Reverse Request"),
        4 => c.s("Reverse Reply"),
        8 => c.s("Inverse Request"),
        9 => c.s("Inverse Reply"),
        10 => c.s("NACK Reply"),
        _ => {
            c.s_dec("Unknown (", op);
            c.s(")");
        }
    }
    c.s(" ");
    let paddr = |c: &mut Ctx, at: usize, len: usize, which: &str| {
        if !ip_like {
            c.s("<wrong proto type>");
        } else if len != 4 {
            c.s("<wrong ");
            c.s(which);
            c.s(">");
        } else {
            c.ip4(&b[at..at + 4]);
        }
    };
    let haddr = |c: &mut Ctx, ha: usize, hl: usize, sa: usize, sl: usize| -> Res {
        if hl == 0 {
            c.s("<No address>");
            return Ok(());
        }
        c.out.mac(bytes(b, ha, hl)?);
        if sl != 0 {
            c.s(",");
            c.out.mac(bytes(b, sa, sl)?);
        }
        Ok(())
    };
    match op {
        1 => {
            c.s("who-has ");
            paddr(c, tpa, tpl, "tplen");
            if thl != 0 {
                c.s(" (");
                haddr(c, tha, thl, tsa, tsl)?;
                c.s(")");
            }
            c.s(" tell ");
            paddr(c, spa, spl, "splen");
        }
        2 => {
            paddr(c, spa, spl, "splen");
            c.s(" is-at ");
            haddr(c, sha, shl, ssa, ssl)?;
        }
        8 => {
            c.s("who-is ");
            haddr(c, tha, thl, tsa, tsl)?;
            c.s(" tell ");
            haddr(c, sha, shl, ssa, ssl)?;
        }
        9 => {
            haddr(c, sha, shl, ssa, ssl)?;
            // tcpdump prints no space before "at" here.
            c.s("at ");
            paddr(c, spa, spl, "splen");
        }
        10 => {
            c.s("for ");
            paddr(c, spa, spl, "splen");
        }
        _ => {
            c.default_print(b);
            return Ok(());
        }
    }
    c.s_dec(", length ", length as u64);
    Ok(())
}
