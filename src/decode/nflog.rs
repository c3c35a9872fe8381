//! Linux netfilter log messages (DLT_NFLOG, print-nflog.c): a 4-byte
//! header, TLVs (prefix, marks, interfaces, ...) and, in the payload TLV,
//! the logged IPv4 or IPv6 packet.

use super::{Ctx, Res, be16, bytes, dispatch, linkhdr, rest, u8at};

const HEADER_LEN: usize = 4;
const TLV_HEADER_LEN: usize = 4;
/// NFULA_PAYLOAD: the TLV holding the packet.
const PAYLOAD: u16 = 9;
/// Linux's AF_INET and AF_INET6.
const AF_INET: u8 = 2;
const AF_INET6: u8 = 10;

/// nflog_hdr_print: "version V, resource ID N, family NAME (N), length N: ".
fn header(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    let family = u8at(b, 0)?;
    c.s("version ");
    c.dec(u8at(b, 1)?);
    c.s(", resource ID ");
    c.dec(be16(b, 2)?);
    let name = match family {
        AF_INET => Some("IPv4"),
        AF_INET6 => Some("IPv6"),
        _ => None,
    };
    linkhdr::family_and_length(c, family, name, "Unknown NFLOG", 2, length as u64);
    Ok(())
}

/// A TLV field in the byte order of the host that logged it; libpcap
/// hands tcpdump these in the reader's order, so tcpdump reads them as
/// host-endian (GET_HE_U_2).
fn he16(b: &[u8], at: usize) -> Res<u16> {
    let f = bytes(b, at, 2)?;
    Ok(u16::from_ne_bytes([f[0], f[1]]))
}

/// nflog_if_print.
pub(crate) fn frame(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "nflog";
    if b.len() < HEADER_LEN {
        return c.link_header_cut(b.len());
    }
    c.ll_len += HEADER_LEN;
    let version = u8at(b, 1)?;
    if version != 0 {
        c.s_dec("version ", version);
        c.s(" (unknown)");
        return Ok(());
    }
    if c.o.link_header {
        header(c, b, wire_len as usize)?;
    }
    // Walk the TLVs to the payload; all of them are link header for -x.
    let mut at = HEADER_LEN;
    let mut length = (wire_len as usize).saturating_sub(HEADER_LEN);
    while length > 0 {
        let caplen = b.len() - at;
        if caplen < TLV_HEADER_LEN {
            return trunc(c, at);
        }
        // Rounded up to a multiple of 4 in 16 bits, wrapping as tcpdump's
        // uint16_t does (65533 and up become 0 and end the walk).
        let raw = he16(b, at)?;
        let size = usize::from(raw.wrapping_add((4 - raw % 4) % 4));
        if size < TLV_HEADER_LEN || caplen < size {
            return trunc(c, at);
        }
        if he16(b, at + 2)? == PAYLOAD {
            at += TLV_HEADER_LEN;
            length -= TLV_HEADER_LEN;
            break;
        }
        at += size;
        length = length.saturating_sub(size);
    }
    let payload = rest(b, at);
    match u8at(b, 0)? {
        AF_INET => dispatch::ip(c, payload, length)?,
        AF_INET6 => dispatch::ip6(c, payload, length)?,
        _ => {
            if !c.o.link_header {
                header(c, b, length + HEADER_LEN)?;
            }
            c.default_print(payload);
        }
    }
    c.ll_len += at - HEADER_LEN;
    Ok(())
}

/// A TLV cut short: the marker, and the TLVs so far as link header.
fn trunc(c: &mut Ctx, at: usize) -> Res {
    c.trunc();
    c.ll_len += at - HEADER_LEN;
    Ok(())
}
