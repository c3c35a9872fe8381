//! ARP and RARP (print-arp.c), Ethernet/IPv4 forms.

use super::ether::{ETHERTYPE_IP, ethertype_name, mac};
use super::out::Emit;
use super::{Ctx, Res, be16, bytes};

/// ARP and RARP (print-arp.c), Ethernet/IPv4 forms.
pub(crate) fn arp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "arp";
    bytes(b, 0, 8)?;
    let hrd = be16(b, 0)?;
    let pro = be16(b, 2)?;
    let hln = usize::from(b[4]);
    let pln = usize::from(b[5]);
    let op = be16(b, 6)?;
    let sha = 8;
    let spa = sha + hln;
    let tha = spa + pln;
    let tpa = tha + hln;
    if b.len() < tpa + pln {
        return Err(super::Trunc);
    }
    if !c.o.link_header {
        c.s("ARP, ");
    }
    let ip_like = pro == ETHERTYPE_IP || pro == 0x1000;
    if !ip_like || pln != 4 || hln == 0 || c.o.verbose > 0 {
        match hrd {
            1 => c.s("Ethernet"),
            6 => c.s("TokenRing"),
            7 => c.s("ArcNet"),
            15 => c.s("FrameRelay"),
            19 => c.s("ATM"),
            23 => c.s("Strip"),
            24 => c.s("IEEE 1394"),
            _ => {
                c.s("Unknown Hardware (");
                c.dec(hrd);
                c.s(")");
            }
        }
        c.s(" (len ");
        c.dec(hln as u64);
        c.s("), ");
        match ethertype_name(pro) {
            Some(n) => c.s(n),
            None => {
                c.s("Unknown Protocol (0x");
                c.out.hex0(u64::from(pro), 4);
                c.s(")");
            }
        }
        c.s(" (len ");
        c.dec(pln as u64);
        c.s(")");
        if c.o.verbose == 0 {
            c.s(", length ");
            c.dec(length as u64);
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
        c.s("Unknown (");
        c.dec(op);
        c.s(")");
    } else {
        c.s(op_name);
    }
    c.s(" ");
    let proto_addr = |c: &mut Ctx, at: usize| {
        if !ip_like {
            c.s("<wrong proto type>");
        } else if pln != 4 {
            c.s("<wrong len>");
        } else {
            c.ip4(&b[at..at + 4]);
        }
    };
    let hw_addr = |c: &mut Ctx, at: usize| {
        let a = &b[at..at + hln];
        if hln == 6 {
            mac(c, a);
        } else if hln == 0 {
            c.s("<empty>");
        } else {
            c.out.mac(a);
        }
    };
    match op {
        1 => {
            c.s("who-has ");
            proto_addr(c, tpa);
            if b[tha..tha + hln].iter().any(|&x| x != 0) {
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
    c.s(", length ");
    c.dec(length as u64);
    Ok(())
}
