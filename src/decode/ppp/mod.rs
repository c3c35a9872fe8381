//! PPP (print-ppp.c): the link types that carry it (DLT_PPP, PPP_PPPD,
//! PPP_SERIAL, PPP_ETHER) and PPP inside PPPoE, L2TP and GRE: the
//! address, control and protocol fields, then the payload by protocol.
//! The control protocols are in ctrl.rs (their options in options.rs),
//! PAP and CHAP in auth.rs.

mod auth;
mod ctrl;
mod options;
#[cfg(test)]
mod tests;

use super::ctx::codes;
use super::dispatch;
use super::hexdump;
use super::out::Emit;
use super::{Ctx, Res, be16, rest, u8at};
use crate::wire::ethertype as et;

codes! {
    /// ppptype2str: the protocol numbers (tcpdump's ppp.h, from IANA's
    /// PPP DLL protocol numbers).
    PROTOCOLS: u16 {
        IP = 0x0021 => "IP",
        OSI = 0x0023 => "OSI",
        _ = 0x0025 => "NS",
        _ = 0x0027 => "DECNET",
        _ = 0x0029 => "APPLE",
        IPX = 0x002b => "IPX",
        VJC = 0x002d => "VJC IP",
        VJNC = 0x002f => "VJNC IP",
        _ = 0x0031 => "BRPDU",
        _ = 0x0033 => "STII",
        _ = 0x0035 => "VINES",
        ML = 0x003d => "MLPPP",
        IPV6 = 0x0057 => "IP6",
        COMP = 0x00fd => "Compressed",
        _ = 0x0201 => "HELLO",
        _ = 0x0231 => "LUXCOM",
        _ = 0x0233 => "SNS",
        MPLS_UCAST = 0x0281 => "MPLS",
        MPLS_MCAST = 0x0283 => "MPLS",
        IPCP = 0x8021 => "IPCP",
        OSICP = 0x8023 => "OSICP",
        _ = 0x8025 => "NSCP",
        _ = 0x8027 => "DECNETCP",
        _ = 0x8029 => "APPLECP",
        _ = 0x802b => "IPXCP",
        _ = 0x8033 => "STIICP",
        _ = 0x8035 => "VINESCP",
        IPV6CP = 0x8057 => "IP6CP",
        CCP = 0x80fd => "CCP",
        MPLSCP = 0x8281 => "MPLSCP",
        LCP = 0xc021 => "LCP",
        PAP = 0xc023 => "PAP",
        LQM = 0xc025 => "LQM",
        SPAP = 0xc027 => "SPAP",
        BACP = 0xc02b => "BACP",
        BAP = 0xc02d => "BAP",
        _ = 0xc03d => "MLPPP-CP",
        SPAP_OLD = 0xc123 => "Old-SPAP",
        CHAP = 0xc223 => "CHAP",
        EAP = 0xc227 => "EAP",
    }
}

/// The HDLC address and control bytes of RFC 1662 framing.
const ADDRESS: u8 = 0xff;
const CONTROL: u8 = 0x03;
/// The address and control of an uncompressed frame, as one number.
const ADDRESS_CONTROL: u16 = (ADDRESS as u16) << 8 | CONTROL as u16;
/// pppd's direction byte (0 in, 1 out) in place of the address
/// (DLT_PPP_PPPD).
const PPPD_IN: u16 = CONTROL as u16;
const PPPD_OUT: u16 = 0x01 << 8 | CONTROL as u16;
/// Cisco HDLC's address bytes, which DLT_PPP_SERIAL may carry instead.
const CHDLC_UNICAST: u8 = 0x0f;
const CHDLC_BCAST: u8 = 0x8f;
/// The RFC 1662 escape byte, and what an escaped byte is XORed with.
const ESCAPE: u8 = 0x7d;
const ESCAPE_XOR: u8 = 0x20;
/// DLT_PPP's header: address, control and a two-byte protocol.
const HDRLEN: usize = 4;

/// The name of a protocol, if tcpdump has one.
fn proto_name(proto: u16) -> Option<&'static str> {
    let code = u32::from(proto);
    PROTOCOLS.iter().find(|&&(k, _)| k == code).map(|&(_, n)| n)
}

/// "NAME" or tcpdump's "unknown PPP protocol (0xNNNN)".
fn proto_or_unknown(c: &mut Ctx, proto: u16) {
    match proto_name(proto) {
        Some(name) => c.s(name),
        None => {
            c.s("unknown PPP protocol (0x");
            c.out.hex0(u64::from(proto), 4);
            c.s(")");
        }
    }
}

/// tcpdump's print_unknown_data, as the control protocols use it.
fn unknown_data(c: &mut Ctx, b: &[u8], off: usize, indent: &str, len: usize) {
    hexdump::unknown_data(c.out, b, off, indent, len);
}

/// handle_ppp: the payload of protocol `proto`, which sits in `frame` at
/// `at` (the unescaping and -vv dumps reach back before it).
fn handle(c: &mut Ctx, proto: u16, frame: &[u8], at: usize, length: usize) -> Res {
    if proto & 0xff00 == 0x7e00 {
        // A flag byte where the protocol belongs: an escaped frame.
        return unescape(c, frame, at.saturating_sub(1), length);
    }
    let b = rest(frame, at);
    match proto {
        LCP | IPCP | OSICP | MPLSCP | IPV6CP | CCP | BACP => {
            ctrl::ctrl(c, proto, frame, at, length)
        }
        ML => mlppp(c, b, length),
        CHAP => auth::chap(c, b, length),
        PAP => auth::pap(c, b, length),
        // tcpdump prints nothing of BAP yet.
        BAP => Ok(()),
        et::IPV4 | VJNC | IP => dispatch::ip(c, b, length),
        et::IPV6 | IPV6 => dispatch::ip6(c, b, length),
        OSI => dispatch::isoclns(c, b, length),
        MPLS_UCAST | MPLS_MCAST => dispatch::mpls(c, b, length),
        COMP => {
            c.s("compressed PPP data");
            Ok(())
        }
        IPX => dispatch::ipx(c, b),
        _ => {
            proto_or_unknown(c, proto);
            c.s(" ");
            unknown_data(c, b, 0, "\n\t", length);
            Ok(())
        }
    }
}

/// handle_mlppp: a multilink fragment's sequence number and flags.
fn mlppp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    if !c.o.link_header {
        c.s("MLPPP, ");
    }
    if length < 2 || b.len() < 2 {
        c.s("[|mlppp]");
        return Ok(());
    }
    c.s("seq 0x");
    c.out.hex0(u64::from(be16(b, 0)? & 0x0fff), 3);
    c.s(", Flags [");
    c.flag_names(u32::from(b[0] & 0xc0), &[(0x80, "begin"), (0x40, "end")]);
    c.s_dec("], length ", length as u64);
    Ok(())
}

/// ppp_hdlc: RFC 1662 octet-stuffed PPP, unescaped into a copy (of what
/// was captured from `at` on, whatever `length` says), then printed by
/// a guess at its protocol field.
fn unescape(c: &mut Ctx, frame: &[u8], at: usize, length: usize) -> Res {
    let escaped = rest(frame, at);
    if escaped.is_empty() || length == 0 {
        return Ok(());
    }
    let mut b = Vec::with_capacity(escaped.len());
    let mut bytes = escaped.iter();
    while let Some(&byte) = bytes.next() {
        if byte == ESCAPE {
            // An escape as the last byte is dropped.
            match bytes.next() {
                Some(&next) => b.push(next ^ ESCAPE_XOR),
                None => break,
            }
        } else {
            b.push(byte);
        }
    }
    let length = b.len();
    let Some(&first) = b.first() else {
        c.trunc();
        return Ok(());
    };
    // A one-byte protocol field first.
    match u16::from(first) {
        IP => return dispatch::ip(c, &b[1..], length - 1),
        IPV6 => return dispatch::ip6(c, &b[1..], length - 1),
        _ => {}
    }
    if length < 2 {
        c.trunc();
        return Ok(());
    }
    let (proto, at) = if be16(&b, 0)? == ADDRESS_CONTROL {
        if length < 4 {
            c.trunc();
            return Ok(());
        }
        (be16(&b, 2)?, 4)
    } else {
        (be16(&b, 0)?, 2)
    };
    if proto & 0xff00 == 0x7e00 {
        c.s("(protocol 0x");
        c.out.hex0(u64::from(proto), 4);
        c.s(" invalid)");
        return Ok(());
    }
    handle(c, proto, &b, at, length - at)
}

/// The length of a PPP header (address and control if there, then the
/// protocol field, one byte when compressed) and the protocol; None when
/// `length` is too short for one.
fn header(b: &[u8], length: usize) -> Res<Option<(usize, u16)>> {
    if length < 2 {
        return Ok(None);
    }
    let mut hdr_len = 0;
    if matches!(be16(b, 0)?, PPPD_IN | PPPD_OUT | ADDRESS_CONTROL) {
        hdr_len = 2;
    }
    if length - hdr_len < 2 {
        return Ok(None);
    }
    // An odd first byte is a compressed (one-byte) protocol field.
    let first = u8at(b, hdr_len)?;
    Ok(Some(if first % 2 == 1 {
        (hdr_len + 1, u16::from(first))
    } else {
        (hdr_len + 2, be16(b, hdr_len)?)
    }))
}

/// ppp_print: PPP from the address field (if there) on; returns the
/// length of the PPP header, 0 when the frame is too short for one.
pub(crate) fn ppp(c: &mut Ctx, b: &[u8], length: usize) -> Res<usize> {
    c.proto = "ppp";
    if length >= 2 && c.o.link_header {
        match be16(b, 0)? {
            PPPD_IN => c.s("In  "),
            PPPD_OUT => c.s("Out "),
            _ => {}
        }
    }
    let Some((hdr_len, proto)) = header(b, length)? else {
        c.trunc();
        return Ok(0);
    };
    if c.o.link_header {
        let name = proto_name(proto);
        c.s(name.unwrap_or("unknown"));
        c.s(" (0x");
        c.out.hex0(u64::from(proto), 4);
        c.s_dec("), length ", length as u64);
        if name.is_none() {
            return Ok(hdr_len);
        }
        c.s(": ");
    }
    handle(c, proto, b, hdr_len, length - hdr_len)?;
    Ok(hdr_len)
}

/// PPPoE's header: version and type, code, session, payload length.
const PPPOE_HDRLEN: usize = 6;

/// pppoe_if_print, for DLT_PPP_ETHER: PPPoE without an Ethernet header.
/// The link header is PPPoE's, and in a session also PPP's.
pub(crate) fn pppoe_link(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    let length = wire_len as usize;
    dispatch::ethertype(c, et::PPPOES, b, length)?;
    c.ll_len += if length < PPPOE_HDRLEN {
        0
    } else if u8at(b, 1)? != 0 {
        PPPOE_HDRLEN
    } else {
        let payload_len = usize::from(be16(b, 4)?);
        let ppp = header(rest(b, PPPOE_HDRLEN), payload_len).unwrap_or(None);
        PPPOE_HDRLEN + ppp.map_or(0, |(hdr_len, _)| hdr_len)
    };
    Ok(())
}

/// A link header cut by the capture: the mark, and all that was captured
/// counts as link header.
fn cut_link(c: &mut Ctx, b: &[u8]) -> Res {
    c.link_header_cut(b.len())
}

/// ppp_if_print, for DLT_PPP and DLT_PPP_PPPD: the link header counts as
/// four bytes whatever the frame compressed.
pub(crate) fn link(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "ppp";
    if b.len() < HDRLEN {
        return cut_link(c, b);
    }
    c.ll_len += HDRLEN;
    ppp(c, b, wire_len as usize).map(drop)
}

/// ppp_hdlc_if_print, for DLT_PPP_SERIAL: RFC 1662 framing, or Cisco
/// HDLC's (RFC 1547 4.3.1) by its address byte.
pub(crate) fn serial(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "ppp_hdlc";
    let length = wire_len as usize;
    if b.len() < 2 {
        return cut_link(c, b);
    }
    let address = b[0];
    if address == CHDLC_UNICAST || address == CHDLC_BCAST {
        let hdr = dispatch::chdlc(c, b, length)?;
        c.ll_len += hdr;
        return Ok(());
    }
    if b.len() < 4 {
        return cut_link(c, b);
    }
    if c.o.link_header {
        c.out.hex0(u64::from(address), 2);
        c.s(" ");
        c.out.hex0(u64::from(b[1]), 2);
        c.s_dec(" ", wire_len);
        c.s(" ");
    }
    if address == ADDRESS {
        let proto = be16(b, 2)?;
        proto_or_unknown(c, proto);
        c.s(": ");
        handle(c, proto, b, 4, length.saturating_sub(4))?;
        c.ll_len += 4;
    } else {
        c.s("unknown addr ");
        c.out.hex0(u64::from(b[2]), 2);
        c.s("; ctrl ");
        c.out.hex0(u64::from(b[3]), 2);
        c.ll_len += 2;
    }
    Ok(())
}
