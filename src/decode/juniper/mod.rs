//! Juniper's pseudo-headers (print-juniper.c): the "MGC" magic, flags and
//! extension TLVs, the PIC cookie, then per link type what the frame
//! carries (Ethernet, PPP, Frame Relay, ATM cells and AAL5, IPsec services,
//! multilink bundles). The header is in header.rs.

mod header;

use super::ctx::codes;
use super::dispatch;
use super::out::Emit;
use super::{Ctx, Res, Trunc, be16, be32, bytes, rest, u8at};
use crate::wire::linktype as lt;
use header::L2;

/// A Juniper link type afsniff decodes: its DLT, the protocol name of
/// its truncation marker, and its PIC cookie (length, name) if it has one.
pub(super) struct Kind {
    pub dlt: u32,
    pub proto: &'static str,
    pub pic: Option<(usize, &'static str)>,
}

const KINDS: &[Kind] = &[
    kind(lt::JUNIPER_MLPPP, "juniper_mlppp", Some((2, "MLPPP"))),
    kind(lt::JUNIPER_MLFR, "juniper_mlfr", Some((2, "MLFR"))),
    kind(lt::JUNIPER_ES, "juniper_es", Some((0, "ES"))),
    kind(lt::JUNIPER_GGSN, "juniper_ggsn", Some((8, "GGSN"))),
    kind(lt::JUNIPER_MFR, "juniper_mfr", Some((4, "MFR"))),
    kind(lt::JUNIPER_ATM2, "juniper_atm2", Some((8, "ATM2"))),
    kind(lt::JUNIPER_SERVICES, "juniper_services", Some((8, "AS"))),
    kind(lt::JUNIPER_ATM1, "juniper_atm1", Some((4, "ATM1"))),
    kind(lt::JUNIPER_MONITOR, "juniper_monitor", Some((8, "MONITOR"))),
    kind(lt::JUNIPER_PPPOE, "juniper_pppoe", Some((0, "PPPoE"))),
    kind(
        lt::JUNIPER_PPPOE_ATM,
        "juniper_pppoe_atm",
        Some((0, "PPPoE ATM")),
    ),
    kind(lt::JUNIPER_ETHER, "juniper_ether", None),
    kind(lt::JUNIPER_PPP, "juniper_ppp", None),
    kind(lt::JUNIPER_FRELAY, "juniper_frelay", None),
    kind(lt::JUNIPER_CHDLC, "juniper_chdlc", None),
];

const fn kind(dlt: u32, proto: &'static str, pic: Option<(usize, &'static str)>) -> Kind {
    Kind { dlt, proto, pic }
}

/// Whether `dlt` is a Juniper link type printed here.
pub(crate) fn decodes(dlt: u32) -> bool {
    KINDS.iter().any(|k| k.dlt == dlt)
}

/// The LSQ layer-3 protocols of an AS PIC cookie (byte 5, bits 4-6);
/// a plain cookie's protocol field of 0 reads as IPv4 too, as in tcpdump.
const LSQ_IPV4: u16 = 0x00;
const LSQ_IPV6: u16 = 0x10;
const LSQ_MPLS: u16 = 0x20;
const LSQ_ISO: u16 = 0x30;

/// PPP protocol numbers the bundle printers look for in a cookie.
const PPP_OSI: u16 = 0x0023;
const PPP_ADDRESS_CONTROL: u16 = 0xff03;

/// A frame of Juniper link type `dlt`; sets the link header length.
pub(crate) fn frame(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    let dlt = c.link.linktype();
    let Some(k) = KINDS.iter().find(|k| k.dlt == dlt) else {
        return Err(Trunc);
    };
    c.proto = k.proto;
    let l2 = match header::parse(c, b, wire_len, k)? {
        Ok(l2) => l2,
        Err(hdr) => {
            c.ll_len += hdr;
            return Ok(());
        }
    };
    let hdr = l2.header_len;
    let p = rest(b, hdr);
    let length = l2.length as usize;
    let extra = match dlt {
        lt::JUNIPER_ETHER => dispatch::ether(c, p, length)?,
        lt::JUNIPER_PPPOE => dispatch::ether(c, p, length).map(|_| 0)?,
        lt::JUNIPER_PPP => dispatch::ppp(c, p, length).map(|_| 0)?,
        lt::JUNIPER_FRELAY => dispatch::fr(c, p, length).map(|_| 0)?,
        // Raw Cisco HDLC; tcpdump counts only the Juniper header as link
        // layer here.
        lt::JUNIPER_CHDLC => dispatch::chdlc(c, p, length).map(|_| 0)?,
        lt::JUNIPER_PPPOE_ATM => pppoe_atm(c, p, length).map(|_| 0)?,
        lt::JUNIPER_ES => es(c, p, &l2).map(|_| 0)?,
        lt::JUNIPER_MONITOR | lt::JUNIPER_SERVICES => services(c, p, length, dlt).map(|_| 0)?,
        lt::JUNIPER_GGSN => ggsn(c, p, &l2).map(|_| 0)?,
        lt::JUNIPER_ATM1 | lt::JUNIPER_ATM2 => atm(c, p, &l2, dlt).map(|_| 0)?,
        lt::JUNIPER_MLPPP => mlppp(c, b, &l2).map(|_| 0)?,
        _ => bundle_fr(c, b, &l2, dlt).map(|_| 0)?,
    };
    c.ll_len += hdr + extra;
    Ok(())
}

/// ip_heuristic_guess: IPv4 or IPv6 by the first byte; false for neither.
fn ip_guess(c: &mut Ctx, p: &[u8], length: usize) -> Res<bool> {
    match u8at(p, 0)? {
        0x45..=0x4f => dispatch::ip(c, p, length)?,
        0x60..=0x6f => dispatch::ip6(c, p, length)?,
        _ => return Ok(false),
    }
    Ok(true)
}

/// isoclns_print at `at` in `b`, the NLPID.
fn isoclns(c: &mut Ctx, b: &[u8], at: usize, length: usize) -> Res {
    dispatch::isoclns(c, rest(b, at), length)
}

/// A type field, then PPPoE (or whatever ethertype it names).
fn pppoe_atm(c: &mut Ctx, p: &[u8], length: usize) -> Res {
    let t = be16(p, 0)?;
    if !dispatch::ethertype(c, t, rest(p, 2), length.wrapping_sub(2))? {
        c.s("unknown ethertype 0x");
        c.out.hex0(u64::from(t), 4);
    }
    Ok(())
}

/// The ES PIC's IPsec types.
const IPSEC_TYPES: &[(u32, &str)] = &[
    (1, "ESP ENCR-AUTH"),
    (2, "ESP ENCR-AH AUTH"),
    (3, "ESP AUTH"),
    (4, "AH AUTH"),
    (5, "ESP ENCR"),
];

/// The IPsec services header of JUNIPER_ES, then IPv4.
fn es(c: &mut Ctx, p: &[u8], l2: &L2) -> Res {
    let ih = bytes(p, 0, 16)?;
    let t = ih[3];
    let (rewrite, bundle) = match t {
        1 | 2 => (0, true),
        3..=5 => (16, false),
        _ => {
            c.s_dec("ES Invalid type ", t);
            c.s_dec(", length ", l2.length);
            return Ok(());
        }
    };
    let length = l2.length.wrapping_sub(rewrite as u32);
    if c.o.link_header {
        c.s("ES SA, index ");
        c.dec(be16(ih, 0)?);
        c.s_dec(", ttl ", ih[2]);
        c.s(" type ");
        c.tok_num(IPSEC_TYPES, t.into(), "Unknown");
        c.s(", ");
        if !bundle {
            c.s("spi ");
            c.dec(be32(ih, 4)?);
            c.s(", Tunnel ");
            c.ip4(&ih[8..12]);
            c.s(" > ");
            c.ip4(&ih[12..16]);
            c.s(", ");
        }
        c.s_dec("length ", length);
        c.s("\n");
    }
    dispatch::ip(c, rest(p, rewrite), length as usize)
}

/// The monitoring and services PIC headers, then IPv4 or IPv6 guessed.
fn services(c: &mut Ctx, p: &[u8], length: usize, dlt: u32) -> Res {
    let h = bytes(p, 0, 8)?;
    if c.o.link_header {
        if dlt == lt::JUNIPER_MONITOR {
            c.s("service-id ");
            c.dec(be32(h, 4)?);
            c.s(", iif ");
            c.dec(be16(h, 2)?);
            c.s_dec(", pkt-type ", h[0]);
            c.s(": ");
        } else {
            c.s_dec("service-id ", h[0]);
            c.s(" flags 0x");
            c.out.hex0(u64::from(h[1]), 2);
            c.s(" service-set-id 0x");
            c.out.hex0(u64::from(be16(h, 2)?), 4);
            c.s(" iif ");
            c.dec(u32::from(h[5]) << 16 | u32::from(be16(h, 6)?));
            c.s(": ");
        }
    }
    ip_guess(c, p, length).map(drop)
}

codes! {
    /// The GGSN cookie's protocols.
    GGSN_PROTOS: u8 {
        _ = 1 => "Null",
        GGSN_IPV4 = 2 => "IPv4",
        GGSN_IPV6 = 6 => "IPv6",
    }
}

/// GGSN: the protocol and VLAN sit in the cookie.
fn ggsn(c: &mut Ctx, p: &[u8], l2: &L2) -> Res {
    let proto = l2.cookie[2];
    if c.o.link_header {
        c.s("proto ");
        c.tok_num(GGSN_PROTOS, proto.into(), "Unknown");
        c.s_dec(", vlan ", u16::from_be_bytes([l2.cookie[4], l2.cookie[5]]));
        c.s(": ");
    }
    match proto {
        GGSN_IPV4 => dispatch::ip(c, p, l2.length as usize),
        GGSN_IPV6 => dispatch::ip6(c, p, l2.length as usize),
        _ => {
            if !c.o.link_header {
                c.s_dec("unknown GGSN proto (", proto);
                c.s(")");
            }
            Ok(())
        }
    }
}

/// ATM1 and ATM2 PICs: OAM cells, LLC, Ethernet over RFC 1483 (ATM2),
/// Cisco NLPID, PPP over AAL5 (ATM2), or IP over VC multiplexing.
fn atm(c: &mut Ctx, p: &[u8], l2: &L2, dlt: u32) -> Res {
    let length = l2.length as usize;
    let atm2 = dlt == lt::JUNIPER_ATM2;
    let oam_cell = if atm2 {
        l2.cookie[7] & 0x70 != 0
    } else {
        l2.cookie[0] == 0x80
    };
    if oam_cell {
        return dispatch::oam(c, p, length, 0);
    }
    let llc_header = u32::from(be16(p, 0)?) << 8 | u32::from(u8at(p, 2)?);
    if llc_header == 0xfefe03 || llc_header == 0xaaaa03 {
        dispatch::llc(c, p, length, &[], &[])?;
        return Ok(());
    }
    let cookie_word = u32::from_be_bytes([l2.cookie[0], l2.cookie[1], l2.cookie[2], l2.cookie[3]]);
    if atm2 && l2.direction != 1 && cookie_word & 0x3f != 0 {
        return dispatch::ether(c, p, length).map(drop);
    }
    if p[0] == 0x03 {
        return isoclns(c, p, 1, length.wrapping_sub(1));
    }
    if atm2 && ppp_guess(c, p, length)? {
        return Ok(());
    }
    ip_guess(c, p, length).map(drop)
}

/// juniper_ppp_heuristic_guess: PPP by the protocols a Juniper router
/// carries; false for anything else.
fn ppp_guess(c: &mut Ctx, p: &[u8], length: usize) -> Res<bool> {
    match be16(p, 0)? {
        0x0021 | PPP_OSI | 0x0281 | 0x0283 | 0x8021 | 0x8023 | 0x8281 | 0xc021 | 0xc023
        | 0xc223 | 0x003d | 0x0057 | 0x8057 => {
            dispatch::ppp(c, p, length)?;
            Ok(true)
        }
        _ => Ok(false),
    }
}

/// The LSQ protocols of an AS PIC cookie; false for another.
fn lsq(c: &mut Ctx, b: &[u8], l2: &L2, mlppp: bool) -> Res<bool> {
    let hdr = l2.header_len;
    let p = rest(b, hdr);
    let length = l2.length as usize;
    match l2.proto {
        // IP to the routing engine has no cookie: IS-IS over PPP.
        LSQ_IPV4 if mlppp && l2.cookie[4] == 0x0c => dispatch::ppp(c, p, length)?,
        LSQ_IPV4 => dispatch::ip(c, p, length)?,
        LSQ_IPV6 => dispatch::ip6(c, p, length)?,
        LSQ_MPLS => dispatch::mpls(c, p, length)?,
        LSQ_ISO => isoclns(c, b, hdr, length)?,
        _ => return Ok(false),
    }
    Ok(true)
}

/// Multilink PPP: a bundle id with -e, then PPP (or an LSQ protocol).
fn mlppp(c: &mut Ctx, b: &[u8], l2: &L2) -> Res {
    let first = u16::from_be_bytes([l2.cookie[0], l2.cookie[1]]);
    // A cookie that reads as a PPP header marks a child link: no bundle.
    if c.o.link_header && first != PPP_OSI && first != PPP_ADDRESS_CONTROL {
        c.s_dec("Bundle-ID ", l2.bundle);
        c.s(": ");
    }
    if lsq(c, b, l2, true)? {
        return Ok(());
    }
    let hdr = l2.header_len;
    if first == PPP_OSI {
        // The cookie's two bytes are the PPP protocol field.
        let from = hdr.checked_sub(2).ok_or(Trunc)?;
        dispatch::ppp(c, rest(b, from), (l2.length as usize).wrapping_add(2))
    } else {
        dispatch::ppp(c, rest(b, hdr), l2.length as usize)
    }
}

/// Multilink Frame Relay (MFR, MLFR): FRF.16 on child links, an LSQ
/// protocol for AS PICs, else the bundle id and an OSI or NLPID payload.
fn bundle_fr(c: &mut Ctx, b: &[u8], l2: &L2, dlt: u32) -> Res {
    let hdr = l2.header_len;
    let p = rest(b, hdr);
    let length = l2.length as usize;
    let mfr = dlt == lt::JUNIPER_MFR;
    if mfr && l2.cookie_len == 0 {
        return dispatch::mfr(c, p, length).map(drop);
    }
    if mfr && l2.cookie_len == 8 {
        lsq(c, b, l2, false)?;
        return Ok(());
    }
    let first = u32::from_be_bytes([l2.cookie[0], l2.cookie[1], l2.cookie[2], l2.cookie[3]]);
    if c.o.link_header && first != 1 {
        c.s_dec("Bundle-ID ", l2.bundle);
        c.s(", ");
    }
    match l2.proto {
        0xfefe if mfr => {
            u8at(p, 0)?;
            isoclns(c, b, hdr + 1, length.wrapping_sub(1))
        }
        0x0003 | 0x0300 if !mfr => isoclns(c, b, hdr, length),
        // UI and an NLPID: from the NLPID on, for the OSI layer.
        0x0308 | 0x03cc | 0x038e => isoclns(c, b, hdr.wrapping_sub(1), length.wrapping_add(1)),
        proto => {
            c.s("unknown protocol 0x");
            c.out.hex0(u64::from(proto), 4);
            c.s_dec(", length ", length as u64);
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests;
