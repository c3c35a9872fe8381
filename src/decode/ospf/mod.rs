//! OSPF (print-ospf.c, print-ospf6.c): OSPFv2 over IPv4 (v2.rs, its LSAs
//! in lsa.rs) and OSPFv3 over IPv6 (v3.rs, its LSAs in lsa6.rs); the
//! opaque TE and grace LSAs both versions carry are printed by te.rs.
//!
//! Two kinds of truncation, as in tcpdump: a read past the captured bytes
//! (a GET_ macro's longjmp) ends the packet with ` [|ospf2]` or
//! ` [|ospf3]` and is `Err(Trunc)` here; a length check that fails inside
//! an LSA (ND_TCHECK with "goto trunc", a bogus TLV length) stops that
//! LSA only and is `Ok(false)`, and OSPFv2 goes on with the next LSA.

mod lsa;
mod lsa6;
mod te;
mod v2;
mod v3;

use super::ctx::{Ctx, Res, be16, be32, bytes, tcheck, u8at};
use super::out::Emit;

/// ip_demux_print's OSPF case: the version follows the network header.
pub(crate) fn ospf(c: &mut Ctx, b: &[u8], length: usize, v6: bool) -> Res {
    if v6 {
        v3::ospf6(c, b, length)
    } else {
        v2::ospf2(c, b, length)
    }
}

/// The packet types both versions name alike.
const PACKET_TYPES: &[(u32, &str)] = &[
    (1, "Hello"),
    (2, "Database Description"),
    (3, "LS-Request"),
    (4, "LS-Update"),
    (5, "LS-Ack"),
];

/// "OSPFvN, TYPE, length L", the line every packet starts with; its
/// version and type, or None for a type without a name (which tcpdump
/// prints with `unknown` around its number and goes no further).
fn first_line(c: &mut Ctx, b: &[u8], length: u32, unknown: [&str; 2]) -> Res<Option<(u8, u8)>> {
    let packet_type = u8at(b, 1)?;
    let version = u8at(b, 0)?;
    c.s_dec("OSPFv", version);
    c.s(", ");
    let known = PACKET_TYPES
        .iter()
        .any(|&(t, _)| t == u32::from(packet_type));
    if known {
        c.tok(PACKET_TYPES, packet_type.into(), "");
    } else {
        c.s(unknown[0]);
        c.dec(packet_type);
        c.s(unknown[1]);
    }
    c.s_dec(", length ", length);
    Ok(known.then_some((version, packet_type)))
}

/// "\n\tRouter-ID R, Area A" (or ", Backbone Area") of either header.
fn router_area(c: &mut Ctx, b: &[u8]) -> Res {
    bytes(b, 4, 4)?;
    c.s("\n\tRouter-ID ");
    ip(c, b, 4)?;
    if be32(b, 8)? != 0 {
        c.s(", Area ");
        ip(c, b, 8)?;
    } else {
        c.s(", Backbone Area");
    }
    Ok(())
}

/// A Hello's designated and backup designated routers from `at`, each
/// when set.
fn designated_routers(c: &mut Ctx, b: &[u8], at: usize) -> Res {
    if be32(b, at)? != 0 {
        c.s("\n\t  Designated Router ");
        ip(c, b, at)?;
    }
    if be32(b, at + 4)? != 0 {
        c.s(", Backup Designated Router ");
        ip(c, b, at + 4)?;
    }
    Ok(())
}

/// A Hello's neighbours, one a line, from `at` to `end`.
fn neighbors(c: &mut Ctx, b: &[u8], at: usize, end: usize) -> Res {
    for n in (at..end).step_by(4) {
        bytes(b, n, 4)?;
        c.s("\n\t    ");
        ip(c, b, n)?;
    }
    Ok(())
}

/// "NAME (N)": tok2str and the number.
fn name_num(c: &mut Ctx, table: &[(u32, &str)], v: u32, default: &str) {
    c.tok(table, v, default);
    c.s_dec(" (", v);
    c.s(")");
}

/// The type and length of a TLV of an opaque LSA at `at`, `remaining`
/// bytes before the LSA's end, or None when fewer than 4 bytes are left
/// (after tcpdump's complaint; a capture that ends first stops it too).
fn tlv_head(c: &mut Ctx, b: &[u8], at: usize, remaining: u32) -> Res<Option<(u16, u16)>> {
    if tcheck(b, at, 4).is_err() {
        return Ok(None);
    }
    if remaining < 4 {
        c.s_dec("\n\t    Remaining LS length ", remaining);
        c.s(" < 4");
        return Ok(None);
    }
    Ok(Some((be16(b, at)?, be16(b, at + 2)?)))
}

/// "\n\t    NAME TLV (N), length<sep>L" of an opaque LSA's TLV.
fn tlv_line(c: &mut Ctx, table: &[(u32, &str)], tlv_type: u16, sep: &str, len: u16) {
    c.s("\n\t    ");
    c.tok(table, tlv_type.into(), "unknown");
    c.s_dec(" TLV (", tlv_type);
    c.s("), length");
    c.s(sep);
    c.dec(len);
}

/// "\n\t    Bogus length L<than>R" when a TLV of `len` runs past the
/// `remaining` bytes.
fn too_long(c: &mut Ctx, len: u32, than: &str, remaining: u32) -> bool {
    if len > remaining {
        c.s_dec("\n\t    Bogus length ", len);
        c.s(than);
        c.dec(remaining);
        return true;
    }
    false
}

/// tcpdump's bittok2str: the names of the bits of `v` joined by ", ", or
/// `none` when no named bit is set.
fn bits(c: &mut Ctx, table: &[(u32, &str)], v: u32, none: &str) {
    if table.iter().any(|&(bit, _)| v & bit != 0) {
        c.flag_names(v, table);
    } else {
        c.s(none);
    }
}

/// GET_IPADDR_STRING: the IPv4 address at `at`.
fn ip(c: &mut Ctx, b: &[u8], at: usize) -> Res {
    let a = bytes(b, at, 4)?;
    c.ip4(a);
    Ok(())
}

/// "0x%08x"
fn hex32(c: &mut Ctx, v: u32) {
    c.s("0x");
    c.out.hex0(u64::from(v), 8);
}

/// A length rounded up to OSPF's 32-bit alignment of TLVs.
fn pad4(len: u32) -> u32 {
    len.saturating_add(3) & !3
}

/// print_unknown_data: a hex dump of what was captured of `len` bytes from
/// `at`; false when `at` is past the capture (tcpdump then complains and
/// the caller gives up).
fn unknown(c: &mut Ctx, b: &[u8], at: usize, indent: &str, len: u32) -> bool {
    c.unknown_data(b, at, indent, len as usize);
    at <= b.len()
}
