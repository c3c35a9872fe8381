//! OSPFv2 (print-ospf.c's ospf_print, ospf_decode_v2, ospf_decode_lls):
//! the common header and authentication, Hello, Database Description,
//! LS-Request, LS-Update (LSAs in lsa.rs), LS-Ack, and the link-local
//! signalling block (RFC 5613) after a Hello or DD packet.

use super::super::ctx::{Ctx, Res, be16, be32, bytes, u8at};
use super::super::out::Emit;
use super::lsa::{self, LSA_TYPES, OPAQUE_TYPES, OPTIONS};
use super::{bits, designated_routers, first_line, hex32, ip, name_num, neighbors, router_area};

const HEADER_LEN: usize = 24;
const AUTH_MD5: u16 = 2;
const AUTH_MD5_LEN: u32 = 16;
/// The L bit of the options: an LLS block follows the packet.
const OPTION_LLS: u8 = 0x10;

const AUTH_TYPES: &[(u32, &str)] = &[(0, "none"), (1, "simple"), (2, "MD5")];

const DD_FLAGS: &[(u32, &str)] = &[(4, "Init"), (2, "More"), (1, "Master"), (8, "OOBResync")];

const LLS_TLVS: &[(u32, &str)] = &[(1, "Extended Options"), (2, "MD5 Authentication")];

const LLS_EO_OPTIONS: &[(u32, &str)] = &[(1, "LSDB resync"), (2, "Restart")];

/// ospf_print: the header line; with -v the header's fields and the body.
pub(super) fn ospf2(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "ospf2";
    let auth_type = be16(b, 14)?;
    // tcpdump strips the MD5 digest from the end before anything else,
    // from the length and from the captured bytes alike (its unsigned
    // length wraps when shorter).
    let mut length = length as u32;
    let mut b = b;
    if auth_type == AUTH_MD5 {
        length = length.wrapping_sub(AUTH_MD5_LEN);
        b = &b[..b.len().saturating_sub(AUTH_MD5_LEN as usize)];
    }
    let Some((version, packet_type)) = first_line(c, b, length, ["unknown LS-type ", ""])? else {
        return Ok(());
    };
    if c.o.verbose == 0 {
        return Ok(());
    }
    let ospf_len = u32::from(be16(b, 2)?);
    if length != ospf_len {
        c.s_dec(" [len ", ospf_len);
        c.s("]");
    }
    let dataend = length.min(ospf_len) as usize;
    router_area(c, b)?;
    bytes(b, 16, 8)?;
    c.s(", Authentication Type: ");
    c.tok_num(AUTH_TYPES, auth_type.into(), "unknown");
    match auth_type {
        0 => {}
        1 => {
            c.s("\n\tSimple text password: ");
            c.printjnp(b, 16, 8)?;
        }
        AUTH_MD5 => {
            c.s_dec("\n\tKey-ID: ", b[18]);
            c.s_dec(", Auth-Length: ", b[19]);
            c.s(", Crypto Sequence Number: ");
            hex32(c, be32(b, 20)?);
        }
        _ => return Ok(()),
    }
    if version != 2 {
        c.s_dec(" ospf [version ", version);
        c.s("]");
        return Ok(());
    }
    body(c, b, packet_type, dataend)?;
    if length > ospf_len {
        lls(c, b, length)?;
    }
    Ok(())
}

/// ospf_decode_v2: the packet after the header, up to `dataend`.
fn body(c: &mut Ctx, b: &[u8], packet_type: u8, dataend: usize) -> Res {
    match packet_type {
        1 => hello(c, b, dataend),
        2 => {
            options(c, u8at(b, 26)?);
            let flags = u8at(b, 27)?;
            c.s(", DD Flags [");
            bits(c, DD_FLAGS, flags.into(), "none");
            c.s("]");
            let mtu = be16(b, 24)?;
            if mtu != 0 {
                c.s_dec(", MTU: ", mtu);
            }
            let seq = be32(b, 28)?;
            c.s(", Sequence: ");
            hex32(c, seq);
            let mut at = 32;
            while at < dataend && lsa::header(c, b, at)?.is_some() {
                at += lsa::HEADER_LEN;
            }
            Ok(())
        }
        3 => {
            let mut at = HEADER_LEN;
            while at < dataend {
                request(c, b, at)?;
                at += 12;
            }
            Ok(())
        }
        4 => {
            let count = be32(b, HEADER_LEN)?;
            c.s_dec(", ", count);
            c.s(if count == 1 { " LSA" } else { " LSAs" });
            let mut at = HEADER_LEN + 4;
            for n in 1..=count {
                c.s_dec("\n\t  LSA #", n);
                at = lsa::lsa(c, b, at)?;
            }
            Ok(())
        }
        _ => {
            // LS-Ack: tcpdump reads headers until one is bogus or the
            // capture ends, whatever the packet's length says.
            let mut at = HEADER_LEN;
            while lsa::header(c, b, at)?.is_some() {
                at += lsa::HEADER_LEN;
            }
            Ok(())
        }
    }
}

/// "\n\tOptions [...]" of a Hello or DD packet.
fn options(c: &mut Ctx, options: u8) {
    c.s("\n\tOptions [");
    bits(c, OPTIONS, options.into(), "none");
    c.s("]");
}

fn hello(c: &mut Ctx, b: &[u8], dataend: usize) -> Res {
    options(c, u8at(b, 30)?);
    bytes(b, 24, 12)?;
    c.s("\n\t  Hello Timer ");
    c.dec(be16(b, 28)?);
    c.s("s, Dead Timer ");
    c.dec(be32(b, 32)?);
    c.s("s, Mask ");
    ip(c, b, 24)?;
    c.s_dec(", Priority ", b[31]);
    designated_routers(c, b, 36)?;
    if 44 < dataend {
        c.s("\n\t  Neighbor List:");
    }
    neighbors(c, b, 44, dataend)
}

/// One LS-Request entry at `at`: type, LSA-ID, advertising router.
fn request(c: &mut Ctx, b: &[u8], at: usize) -> Res {
    bytes(b, at, 12)?;
    let ls_type = be32(b, at)?;
    c.s("\n\t  Advertising Router: ");
    ip(c, b, at + 8)?;
    c.s(", ");
    c.tok(LSA_TYPES, ls_type, "unknown");
    c.s_dec(" LSA (", ls_type);
    c.s(")");
    if (9..=11).contains(&ls_type) {
        let opaque_type = b[at + 4];
        c.s(", Opaque-Type: ");
        c.tok(OPAQUE_TYPES, opaque_type.into(), "unknown");
        c.s_dec(" LSA (", opaque_type);
        c.s("), Opaque-ID: ");
        c.dec(be32(b, at + 4)? & 0x00ff_ffff);
    } else {
        c.s(", LSA-ID: ");
        ip(c, b, at + 4)?;
    }
    Ok(())
}

/// ospf_decode_lls: the LLS block after a Hello or DD packet whose options
/// carry the L bit, between the packet's own length and `length`.
fn lls(c: &mut Ctx, b: &[u8], length: u32) -> Res {
    let options = match u8at(b, 1)? {
        1 => u8at(b, 30)?,
        2 => u8at(b, 26)?,
        _ => return Ok(()),
    };
    if options & OPTION_LLS == 0 {
        return Ok(());
    }
    let mut end = u32::from(be16(b, 2)?);
    if be16(b, 14)? == AUTH_MD5 {
        end += u32::from(u8at(b, 19)?);
    }
    if end >= length {
        c.s("\n\t[LLS truncated]");
        return Ok(());
    }
    let mut at = end as usize;
    let cksum = be16(b, at)?;
    c.s("\n\t  LLS: checksum: 0x");
    c.out.hex0(cksum.into(), 4);
    let lls_len = be16(b, at + 2)?;
    c.s_dec(", length: ", lls_len);
    at += 4;
    while at < length as usize {
        let tlv_type = be16(b, at)?;
        c.s("\n\t    ");
        name_num(c, LLS_TLVS, tlv_type.into(), "Unknown TLV");
        let mut tlv_len = be16(b, at + 2)?;
        c.s_dec(", length: ", tlv_len);
        at += 4;
        // Extended options and the MD5 sequence number: one 32-bit value
        // each, at the length tcpdump insists on whatever the TLV says.
        let (want, text) = match tlv_type {
            1 => (4, "\n\t      Options: "),
            2 => (20, "\n\t      Sequence number: "),
            _ => (tlv_len, ""),
        };
        if tlv_len != want {
            c.s_dec(" [should be ", want);
            c.s("]");
            tlv_len = want;
        }
        if !text.is_empty() {
            let v = be32(b, at)?;
            c.s(text);
            hex32(c, v);
            if tlv_type == 1 {
                c.s(" [");
                bits(c, LLS_EO_OPTIONS, v, "?");
                c.s("]");
            }
        }
        at += usize::from(tlv_len);
    }
    Ok(())
}
