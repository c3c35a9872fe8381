//! OSPFv3 (print-ospf6.c's ospf6_print, ospf6_decode_v3 and the trailer
//! decoders): the header, Hello, Database Description, LS-Request,
//! LS-Update (LSAs in lsa6.rs) and LS-Ack, then the trailing LLS block
//! (RFC 5613, header only) and authentication trailer (RFC 6506).

use super::super::ctx::{Ctx, Res, Trunc, be16, be32, bytes, tcheck, u8at};
use super::super::out::Emit;
use super::lsa6::{self, OPTIONS};
use super::{bits, designated_routers, first_line, hex32, ip, neighbors, router_area, unknown};

const HEADER_LEN: usize = 16;
/// The L bit of the options: an LLS block follows the packet.
const OPTION_LLS: u32 = 0x0200;
const LLS_HEADER_LEN: u32 = 4;
const AT_HEADER_LEN: u32 = 16;

const DD_FLAGS: &[(u32, &str)] = &[(4, "Init"), (2, "More"), (1, "Master"), (0x10, "IPv6 MTU")];

/// ospf6_print: the header line; with -v the header's fields, the body
/// and the trailer.
pub(super) fn ospf6(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "ospf3";
    let length = length as u32;
    let Some((version, packet_type)) = first_line(c, b, length, ["unknown packet type (", ")"])?
    else {
        return Ok(());
    };
    if c.o.verbose == 0 {
        return Ok(());
    }
    let datalen = u32::from(be16(b, 2)?);
    if datalen > length {
        c.s_dec(" [len ", datalen);
        c.s("]");
        return Ok(());
    }
    let dataend = datalen as usize;
    router_area(c, b)?;
    let instance = u8at(b, 14)?;
    if instance != 0 {
        c.s_dec(", Instance ", instance);
    }
    if version == 3 {
        body(c, b, packet_type, dataend)?;
        trailer(c, b, packet_type, dataend, length - datalen)?;
    }
    Ok(())
}

/// ospf6_decode_v3: the packet after the header, up to `dataend`; most of
/// it only with -vv.
fn body(c: &mut Ctx, b: &[u8], packet_type: u8, dataend: usize) -> Res {
    let vv = c.o.verbose > 1;
    let p = HEADER_LEN;
    match packet_type {
        1 => {
            options(c, be32(b, p + 4)?);
            bytes(b, p, 12)?;
            c.s("\n\t  Hello Timer ");
            c.dec(be16(b, p + 8)?);
            c.s("s, Dead Timer ");
            c.dec(be16(b, p + 10)?);
            c.s("s, Interface-ID ");
            ip(c, b, p)?;
            c.s_dec(", Priority ", b[p + 4]);
            designated_routers(c, b, p + 12)?;
            if vv {
                c.s("\n\t  Neighbor List:");
                neighbors(c, b, p + 20, dataend)?;
            }
        }
        2 => {
            options(c, be32(b, p)?);
            let flags = u8at(b, p + 7)?;
            c.s(", DD Flags [");
            bits(c, DD_FLAGS, flags.into(), "none");
            c.s("]");
            let mtu = be16(b, p + 4)?;
            let seq = be32(b, p + 8)?;
            c.s_dec(", MTU ", mtu);
            c.s(", DD-Sequence ");
            hex32(c, seq);
            if vv {
                headers(c, b, p + 12, dataend)?;
            }
        }
        3 if vv => {
            for r in (p..dataend).step_by(12) {
                tcheck(b, r, 12)?;
                c.s("\n\t  Advertising Router ");
                ip(c, b, r + 8)?;
                lsa6::ls_type(c, b, be16(b, r + 2)?, r + 4)?;
            }
        }
        4 if vv => {
            // A signed count, as tcpdump's: a negative one never ends the
            // loop, the packet's length does.
            let mut count = be32(b, p)? as i32;
            let mut at = p + 4;
            while at < dataend && count != 0 {
                count = count.wrapping_sub(1);
                if !lsa6::lsa(c, b, at, dataend)? {
                    return Err(Trunc);
                }
                at += usize::from(be16(b, at + 18)?);
            }
        }
        5 if vv => headers(c, b, p, dataend)?,
        _ => {}
    }
    Ok(())
}

/// "\n\tOptions [...]" of a Hello or DD packet.
fn options(c: &mut Ctx, options: u32) {
    c.s("\n\tOptions [");
    bits(c, OPTIONS, options, "none");
    c.s("]");
}

/// The LSA headers from `at` to `dataend` (DD and LS-Ack).
fn headers(c: &mut Ctx, b: &[u8], mut at: usize, dataend: usize) -> Res {
    while at < dataend {
        if !lsa6::header(c, b, at, dataend)? {
            return Err(Trunc);
        }
        at += lsa6::HEADER_LEN;
    }
    Ok(())
}

/// ospf6_decode_v3_trailer: the `len` bytes after the packet at `at`: an
/// LLS block when a Hello or DD packet has the L bit, then an
/// authentication trailer whatever the AT bit says.
fn trailer(c: &mut Ctx, b: &[u8], packet_type: u8, at: usize, len: u32) -> Res {
    let lls = match packet_type {
        1 => be32(b, HEADER_LEN + 4)? & OPTION_LLS != 0,
        2 => be32(b, HEADER_LEN)? & OPTION_LLS != 0,
        _ => false,
    };
    let lls_len = if lls && len != 0 {
        lls_block(c, b, at, len)?
    } else {
        0
    };
    auth_trailer(c, b, at + lls_len as usize, len - lls_len)
}

/// A trailer's length field at `at` after `text`; a length outside
/// `valid` ends the packet.
fn length_field(
    c: &mut Ctx,
    b: &[u8],
    at: usize,
    text: &str,
    valid: std::ops::RangeInclusive<u32>,
) -> Res<u32> {
    let len = be16(b, at)?;
    c.s(text);
    c.dec(len);
    let len = u32::from(len);
    if !valid.contains(&len) {
        return Err(Trunc);
    }
    Ok(len)
}

/// ospf6_print_lls: the LLS header of the block of `len` bytes at `at`;
/// the block's length.
fn lls_block(c: &mut Ctx, b: &[u8], at: usize, len: u32) -> Res<u32> {
    if len < LLS_HEADER_LEN {
        return Err(Trunc);
    }
    let cksum = be16(b, at)?;
    c.s("\n\tLLS Checksum 0x");
    c.out.hex0(cksum.into(), 4);
    let data_len = length_field(c, b, at + 2, ", Data Length ", LLS_HEADER_LEN..=len)?;
    tcheck(b, at + 4, (data_len - LLS_HEADER_LEN) as usize)?;
    Ok(data_len)
}

/// ospf6_decode_at: the authentication trailer of `len` bytes at `at`.
fn auth_trailer(c: &mut Ctx, b: &[u8], at: usize, len: u32) -> Res {
    if len == 0 {
        return Ok(());
    }
    if len < AT_HEADER_LEN {
        return Err(Trunc);
    }
    let auth_type = be16(b, at)?;
    c.s("\n\tAuthentication Type ");
    if auth_type == 1 {
        c.s("HMAC");
    } else {
        c.s("unknown (0x");
        c.out.hex0(auth_type.into(), 4);
        c.s(")");
    }
    let data_len = length_field(c, b, at + 2, ", Length ", AT_HEADER_LEN..=len)?;
    let said = be16(b, at + 6)?;
    c.s_dec(", SAID ", said);
    let csn_high = be32(b, at + 8)?;
    c.s(", CSN ");
    hex32(c, csn_high);
    let csn_low = be32(b, at + 12)?;
    c.s(":");
    c.out.hex0(csn_low.into(), 8);
    let data_at = at + AT_HEADER_LEN as usize;
    let data_len = data_len - AT_HEADER_LEN;
    tcheck(b, data_at, data_len as usize)?;
    if c.o.verbose > 1 {
        unknown(c, b, data_at, "\n\tAuthentication Data ", data_len);
    }
    Ok(())
}
