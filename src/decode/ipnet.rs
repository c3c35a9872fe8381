//! Solaris ipnet (DLT_IPNET, print-ipnet.c): a 24-byte header naming the
//! zones the packet went between and its address family, then IPv4 or
//! IPv6.

use super::{Ctx, Res, be32, dispatch, linkhdr, rest, u8at};

/// version, family, htype, pktlen, ifindex, grifindex, zsrc, zdst.
const HEADER_LEN: usize = 24;
const FAMILY_AT: usize = 1;
const ZSRC_AT: usize = 16;
const ZDST_AT: usize = 20;
/// Solaris's AF_INET and AF_INET6.
const AF_INET: u8 = 2;
const AF_INET6: u8 = 26;

fn family_name(family: u8) -> Option<&'static str> {
    match family {
        AF_INET => Some("IPv4"),
        AF_INET6 => Some("IPv6"),
        _ => None,
    }
}

/// ipnet_hdr_print: "ZSRC > ZDST, family NAME (N), length N: ".
fn header(c: &mut Ctx, b: &[u8], length: u32) -> Res {
    c.dec(be32(b, ZSRC_AT)?);
    c.s(" > ");
    c.dec(be32(b, ZDST_AT)?);
    let family = u8at(b, FAMILY_AT)?;
    // tcpdump's -q text names an ethertype, though the field is a family.
    linkhdr::family_and_length(
        c,
        family,
        family_name(family),
        "Unknown Ethertype",
        4,
        u64::from(length),
    );
    Ok(())
}

/// ipnet_if_print.
pub(crate) fn frame(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "ipnet";
    if b.len() < HEADER_LEN {
        return Err(super::Trunc);
    }
    c.ll_len += HEADER_LEN;
    if c.o.link_header {
        header(c, b, wire_len)?;
    }
    let payload = rest(b, HEADER_LEN);
    let length = (wire_len as usize).saturating_sub(HEADER_LEN);
    match u8at(b, FAMILY_AT)? {
        AF_INET => dispatch::ip(c, payload, length),
        AF_INET6 => dispatch::ip6(c, payload, length),
        _ => {
            if !c.o.link_header {
                header(c, b, wire_len)?;
            }
            c.default_print(payload);
            Ok(())
        }
    }
}
