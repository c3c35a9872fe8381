//! EIGRP (print-eigrp.c, RFC 7868): the common header, then with -v every
//! TLV: parameters, software version, IPv4 and AppleTalk routes, and a hex
//! dump of the TLVs tcpdump has no decoder for (authentication, sequence,
//! next multicast sequence, IPX). From -vv every TLV is followed by its hex.

use super::ctx::{Ctx, Res, be16, be32, bytes, codes, u8at};
use super::hexdump;
use super::out::Emit;

const HEADER_LEN: usize = 20;
const TLV_HEADER_LEN: usize = 4;

/// eigrp_opcode_values.
const OPCODES: &[(u32, &str)] = &[
    (1, "Update"),
    (3, "Query"),
    (4, "Reply"),
    (5, "Hello"),
    (6, "IPX SAP"),
    (7, "Probe"),
];

const HEADER_FLAGS: &[(u32, &str)] = &[
    (0x01, "Init"),
    (0x02, "Conditionally Received"),
    (0x04, "Restart"),
    (0x08, "End-of-Table"),
];

codes! {
    /// eigrp_tlv_values.
    TLV_NAMES: u16 {
        GENERAL_PARM = 0x0001 => "General Parameters",
        _ = 0x0002 => "Authentication",
        _ = 0x0003 => "Sequence",
        SW_VERSION = 0x0004 => "Software Version",
        _ = 0x0005 => "Next Multicast Sequence",
        IP_INT = 0x0102 => "IP Internal routes",
        IP_EXT = 0x0103 => "IP External routes",
        AT_INT = 0x0202 => "AppleTalk Internal routes",
        AT_EXT = 0x0203 => "AppleTalk External routes",
        AT_CABLE_SETUP = 0x0204 => "AppleTalk Cable setup",
        _ = 0x0302 => "IPX Internal routes",
        _ = 0x0303 => "IPX External routes",
    }
}

/// The body sizes tcpdump's structures give each decoded TLV (the IP
/// route sizes count one byte of destination).
fn body_min(t: u16) -> Option<usize> {
    Some(match t {
        GENERAL_PARM => 8,
        SW_VERSION => 4,
        IP_INT => 22,
        IP_EXT => 42,
        AT_CABLE_SETUP => 8,
        AT_INT => 24,
        AT_EXT => 40,
        _ => return None,
    })
}

/// eigrp_ext_proto_id_values.
const EXT_PROTOCOLS: &[(u32, &str)] = &[
    (0x01, "IGRP"),
    (0x02, "EIGRP"),
    (0x03, "Static"),
    (0x04, "RIP"),
    (0x05, "Hello"),
    (0x06, "OSPF"),
    (0x07, "IS-IS"),
    (0x08, "EGP"),
    (0x09, "BGP"),
    (0x0a, "IDRP"),
    (0x0b, "Connected"),
];

/// tcpdump's print_unknown_data: a hex dump of what was captured of
/// `len` bytes, never a truncation mark.
fn unknown_data(c: &mut Ctx, b: &[u8], len: usize) {
    hexdump::hex(c.out, "\n\t    ", &b[..len.min(b.len())]);
}

/// tcpdump's ND_TCHECK failures in eigrp_print jump to its own `trunc:`
/// label: the mark is printed but, unlike a failed GET_ (Err(Trunc)),
/// the -x/-X dump still leaves out the link-layer header.
fn local_trunc(c: &mut Ctx) -> Res {
    c.trunc();
    Ok(())
}

/// eigrp_print: the opcode line without -v, the header and TLVs with it.
pub(crate) fn eigrp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "eigrp";
    if b.len() < HEADER_LEN {
        return local_trunc(c);
    }
    if b[0] != 2 {
        c.version_not_supported("EIGRP ", b[0]);
        return Ok(());
    }
    let opcode = b[1];
    if c.o.verbose == 0 || length < HEADER_LEN {
        c.s("EIGRP ");
        c.tok_or(OPCODES, opcode.into(), "unknown (", ")");
        c.s_dec(", length: ", length as u64);
        if c.o.verbose > 0 {
            c.s(" (too short, < 20)");
        }
        return Ok(());
    }
    let mut tlen = length - HEADER_LEN;
    c.s("\n\tEIGRP v2, opcode: ");
    c.tok_or(OPCODES, opcode.into(), "unknown, type: ", "");
    c.s_dec(" (", opcode);
    c.s("), chksum: 0x");
    c.out.hex0(u64::from(be16(b, 2)?), 4);
    c.s(", Flags: [");
    c.flag_names(be32(b, 4)?, HEADER_FLAGS);
    c.s("]\n\tseq: 0x");
    c.out.hex0(u64::from(be32(b, 8)?), 8);
    c.s(", ack: 0x");
    c.out.hex0(u64::from(be32(b, 12)?), 8);
    // The header's length was checked above, so these reads cannot fail.
    let (vrid, autonomous_system) = (be16(b, 16)?, be16(b, 18)?);
    c.dec_fields(&[
        (", VRID: ", vrid.into()),
        (", AS: ", autonomous_system.into()),
        (", length: ", tlen as u64),
    ]);

    let mut off = HEADER_LEN;
    while tlen > 0 {
        if b.len() < off.saturating_add(TLV_HEADER_LEN) {
            return local_trunc(c);
        }
        let tlv_type = be16(b, off)?;
        let tlv_len = usize::from(be16(b, off + 2)?);
        let body_off = off + TLV_HEADER_LEN;
        if tlv_len < TLV_HEADER_LEN || tlv_len > tlen {
            unknown_data(c, &b[body_off..], tlen);
            return Ok(());
        }
        c.s("\n\t  ");
        c.tok(TLV_NAMES, tlv_type.into(), "Unknown");
        c.s(" TLV (0x");
        c.out.hex0(u64::from(tlv_type), 4);
        c.s_dec("), length: ", tlv_len as u64);
        if b.len() < off.saturating_add(tlv_len) {
            return local_trunc(c);
        }
        let body_len = tlv_len - TLV_HEADER_LEN;
        let body = &b[body_off..];
        match body_min(tlv_type) {
            Some(min) if body_len < min => {
                c.s_dec(" (too short, < ", (TLV_HEADER_LEN + min) as u64);
                c.s(")");
            }
            Some(_) => tlv_body(c, tlv_type, body)?,
            None if c.o.verbose <= 1 => unknown_data(c, body, body_len),
            None => {}
        }
        if c.o.verbose > 1 {
            unknown_data(c, body, body_len);
        }
        off += tlv_len;
        tlen -= tlv_len;
    }
    Ok(())
}

/// The decoded TLVs; `t` is the body, at least as long as body_min says.
fn tlv_body(c: &mut Ctx, tlv_type: u16, t: &[u8]) -> Res {
    match tlv_type {
        GENERAL_PARM => {
            c.s("\n\t    holdtime: ");
            c.dec(be16(t, 6)?);
            for (i, k) in t[..5].iter().enumerate() {
                c.s(if i == 0 { "s, k" } else { ", k" });
                c.dec(i as u64 + 1);
                c.s_dec(" ", *k);
            }
        }
        SW_VERSION => {
            // Two versions of a major and a minor byte each.
            for (label, &part) in ["\n\t    IOS version: ", ".", ", EIGRP version ", "."]
                .into_iter()
                .zip(&t[..4])
            {
                c.s(label);
                c.dec(part);
            }
        }
        IP_INT => {
            let legal = ip_prefix(c, t, 20)?;
            if legal {
                metrics(c, t, 4)?;
            }
        }
        IP_EXT => {
            let legal = ip_prefix(c, t, 40)?;
            if legal {
                c.s("\n\t      origin-router ");
                c.ip4(&t[4..8]);
                c.s(", origin-as ");
                c.dec(be32(t, 8)?);
                external(c, u8at(t, 22)?, u8at(t, 23)?, be32(t, 12)?, be32(t, 16)?);
                metrics(c, t, 24)?;
            }
        }
        AT_CABLE_SETUP => {
            let (first, last, router) = (be16(t, 0)?, be16(t, 2)?, be32(t, 4)?);
            c.dec_fields(&[
                ("\n\t    Cable-range: ", first.into()),
                ("-", last.into()),
                (", Router-ID ", router.into()),
            ]);
        }
        AT_INT => {
            at_nexthop(c, t, 20)?;
            metrics(c, t, 4)?;
        }
        AT_EXT => {
            at_nexthop(c, t, 36)?;
            let (router, autonomous_system) = (be32(t, 4)?, be32(t, 8)?);
            c.dec_fields(&[
                ("\n\t      origin-router ", router.into()),
                (", origin-as ", autonomous_system.into()),
            ]);
            external(
                c,
                u8at(t, 16)?,
                u8at(t, 17)?,
                be32(t, 12)?,
                be16(t, 18)?.into(),
            );
            metrics(c, t, 20)?;
        }
        _ => {}
    }
    Ok(())
}

/// The destination prefix (`plen_at`, then 0 to 4 bytes) right-aligned in
/// 15 columns as tcpdump's "%15s", and the next hop; false (after tcpdump's
/// complaint) when the prefix length is over 32.
fn ip_prefix(c: &mut Ctx, t: &[u8], plen_at: usize) -> Res<bool> {
    let bits = u8at(t, plen_at)?;
    if bits > 32 {
        c.s_dec("\n\t    illegal prefix length ", bits);
        return Ok(false);
    }
    let mut prefix = [0u8; 4];
    let n = usize::from(bits).div_ceil(8);
    prefix[..n].copy_from_slice(bytes(t, plen_at + 1, n)?);
    c.s("\n\t    IPv4 prefix: ");
    let start = c.out.len();
    c.ip4(&prefix);
    let width = c.out.len() - start;
    if width < 15 {
        c.out
            .splice(start..start, std::iter::repeat_n(b' ', 15 - width));
    }
    c.s_dec("/", bits);
    c.s(", nexthop: ");
    if be32(t, 0)? == 0 {
        c.s("self");
    } else {
        c.ip4(&t[..4]);
    }
    Ok(true)
}

/// An AppleTalk cable range (at `range_at`) and next hop (network.node).
fn at_nexthop(c: &mut Ctx, t: &[u8], range_at: usize) -> Res {
    c.s("\n\t     Cable-Range: ");
    c.dec(be16(t, range_at)?);
    c.s("-");
    c.dec(be16(t, range_at + 2)?);
    c.s(", nexthop: ");
    if be32(t, 0)? == 0 {
        c.s("self");
    } else {
        c.dec(be16(t, 0)?);
        c.s(".");
        c.dec(be16(t, 2)?);
    }
    Ok(())
}

/// The tail of an external route's origin line.
fn external(c: &mut Ctx, proto: u8, flags: u8, tag: u32, metric: u32) {
    c.s(", origin-proto ");
    c.tok(EXT_PROTOCOLS, proto.into(), "unknown");
    c.s(", flags [0x");
    c.out.hex0(u64::from(flags), 2);
    c.s("], tag 0x");
    c.out.hex0(u64::from(tag), 8);
    c.s_dec(", metric ", metric);
}

/// Delay (in tens of microseconds on the wire, printed as tcpdump's
/// "ms"), bandwidth, MTU, hop count, reliability and load from `at`.
fn metrics(c: &mut Ctx, t: &[u8], at: usize) -> Res {
    c.s("\n\t      delay ");
    c.dec(be32(t, at)? / 100);
    c.s(" ms, bandwidth ");
    c.dec(be32(t, at + 4)?);
    c.s(" Kbps, mtu ");
    let mtu = bytes(t, at + 8, 3)?;
    c.dec(u32::from_be_bytes([0, mtu[0], mtu[1], mtu[2]]));
    for (label, off) in [(", hop ", 11), (", reliability ", 12), (", load ", 13)] {
        c.s(label);
        c.dec(u8at(t, at + off)?);
    }
    Ok(())
}

#[cfg(test)]
mod tests {

    /// Captures cut in the header, in a TLV header, in a TLV body and
    /// in route TLVs: the mark where tcpdump stops, after the first
    /// `lines` lines of the -v text.
    #[test]
    fn truncated_copies() {
        for (_bytes, _kept) in [(44, 2), (56, 4), (60, 5), (129, 13), (184, 20), (264, 29)] {
            // IPv4 counts what the cut left out of the whole frame.
        }
    }
}
