//! Apple's packet tap header (DLT_PKTAP, and DLT_USER2 as Apple's
//! libpcap wrote it; print-pktap.c): a little-endian header naming the
//! interface, process and the link type of the packet that follows,
//! which is then printed by that link type's printer.

use super::{Ctx, Res, Trunc, bytes, dispatch};
use crate::link::LinkType;
use crate::wire::linktype as lt;

/// sizeof(pktap_header_t): the least pkt_len tcpdump accepts.
const HEADER_LEN: usize = 108;
/// pkt_rectype values.
const REC_NONE: u32 = 0;
const REC_PACKET: u32 = 1;

fn le32(b: &[u8], at: usize) -> Res<u32> {
    let f = bytes(b, at, 4)?;
    Ok(u32::from_le_bytes([f[0], f[1], f[2], f[3]]))
}

/// The link type of a DLT_ value as tcpdump on Linux knows it: the pcap
/// file numbers of raw IP (101) and BSD's DLT_RAW (14) are not DLT_
/// values here (DLT_RAW is 12); the others number alike.
fn dlt_link(dlt: u32) -> Option<LinkType> {
    match dlt {
        lt::RAW | lt::RAW_BSD_DLT => None,
        _ => Some(LinkType::from_linktype(dlt)),
    }
}

/// pktap_header_print: "DLT NAME (N) len N, length N: ".
fn header(c: &mut Ctx, dlt: u32, hdrlen: u32, length: u32) {
    let name = dlt_link(dlt).map_or("UNKNOWN", LinkType::name);
    if c.o.quiet {
        c.s(name);
    } else {
        c.s("DLT ");
        c.s(name);
        c.s_dec(" (", dlt);
        c.s_dec(") len ", hdrlen);
    }
    c.s_dec(", length ", length);
    c.s(": ");
}

/// pktap_if_print.
pub(crate) fn frame(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "pktap";
    let complain = |c: &mut Ctx, what: &str, a: u32, rel: &str, b: u32| {
        c.s(" (");
        c.s(what);
        c.s_dec(", ", a);
        c.s(rel);
        c.dec(b);
        c.s(")");
        c.invalid();
        Ok(())
    };
    if (wire_len as usize) < HEADER_LEN {
        return complain(c, "packet too short", wire_len, " < ", HEADER_LEN as u32);
    }
    let hdrlen = le32(b, 0)?;
    let dlt = le32(b, 8)?;
    if (hdrlen as usize) < HEADER_LEN {
        return complain(c, "pkt_len too small", hdrlen, " < ", HEADER_LEN as u32);
    }
    if hdrlen > wire_len {
        return complain(c, "pkt_len too big", hdrlen, " > ", wire_len);
    }
    let inner = b.get(hdrlen as usize..).ok_or(Trunc)?;
    if c.o.link_header {
        header(c, dlt, hdrlen, wire_len);
    }
    let length = wire_len - hdrlen;
    let mut ll_len = hdrlen as usize;
    match le32(b, 4)? {
        REC_NONE => c.s("no data"),
        REC_PACKET => match dlt_link(dlt) {
            Some(link) => {
                // The inner printer adds its header length to c.ll_len,
                // and tcpdump then adds it once more with pkt_len: -x
                // starts that much further in, as tcpdump's does.
                dispatch::link(c, link, inner, length)?;
                ll_len += c.ll_len;
            }
            None => {
                if !c.o.link_header {
                    header(c, dlt, hdrlen, wire_len);
                }
                c.default_print(inner);
            }
        },
        _ => {}
    }
    c.ll_len += ll_len;
    Ok(())
}
