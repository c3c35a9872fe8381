//! The subobjects of the ERO/RRO (IPv4 prefixes, labels) and of the OIF
//! Generalized UNI object.

use super::super::af::AF_VALUES;
use super::super::ctx::{Ctx, Res, be16, be32, bytes};
use super::super::out::Emit;
use super::Body;
use super::objects::{RRO, addr, alt_hex, ctype_name, line, named};

const XRO_TYPES: &[(u32, &str)] = &[
    (0, "Reserved"),
    (1, "IPv4 prefix"),
    (2, "IPv6 prefix"),
    (3, "Label"),
    (32, "Autonomous system number"),
    (64, "MPLS label switched path termination"),
];
const RRO_FLAGS: &[(u32, &str)] = &[
    (0x01, "Local protection available"),
    (0x02, "Local protection in use"),
    (0x04, "Bandwidth protection"),
    (0x08, "Node protection"),
];
const RRO_LABEL_FLAGS: &[(u32, &str)] = &[(0x01, "Global")];
const GENERALIZED_UNI_TYPES: &[(u32, &str)] = &[
    (1, "Source TNA address"),
    (2, "Destination TNA address"),
    (3, "Diversity"),
    (4, "Egress label"),
    (5, "Service level"),
];

/// ERO and RRO subobjects (IPv4 C-type): IPv4 prefixes and labels are
/// decoded, other types named; a zero length ends the list.
pub(super) fn explicit_route(c: &mut Ctx, ind: &str, b: &[u8], blen: usize) -> Res<Body> {
    let mut at = 0;
    let mut left = blen;
    while left >= 4 {
        bytes(b, at, 4)?;
        let (first, len) = (b[at], b[at + 1]);
        let typ = first & 0x7f;
        line(c, ind, "Subobject Type: ");
        c.tok_or(XRO_TYPES, typ.into(), "Unknown ", "");
        c.s_dec(", length ", len);
        let len = usize::from(len);
        if left < len {
            line(c, ind, "ERROR: ERO subobject length > object length");
            break;
        }
        if len == 0 {
            line(c, ind, "ERROR: zero length ERO subtype");
            break;
        }
        match typ {
            1 | 3 => {
                if len != 8 {
                    c.s(" ERROR: length != 8");
                    c.invalid();
                    return Ok(Body::Stop);
                }
                let sub = bytes(b, at, 8)?;
                if typ == 1 {
                    if sub[6] != 32 {
                        c.s_dec(" ERROR: Prefix length ", sub[6]);
                        c.s(" != 32");
                        c.invalid();
                        return Ok(Body::Stop);
                    }
                    c.s(if first & 0x80 != 0 {
                        ", Loose, "
                    } else {
                        ", Strict, "
                    });
                    c.ip4(&sub[2..6]);
                    c.s_dec("/", sub[6]);
                    c.s(", Flags: [");
                    c.flag_names(sub[7].into(), RRO_FLAGS);
                    c.s("]");
                } else {
                    c.s(", Flags: [");
                    c.flag_names(sub[2].into(), RRO_LABEL_FLAGS);
                    c.s("] (");
                    alt_hex(c, sub[2].into());
                    c.s("), Class-Type: ");
                    c.s(ctype_name(RRO, sub[3]).unwrap_or("Unknown"));
                    c.s_dec(" (", sub[3]);
                    c.s("), ");
                    c.dec(be32(sub, 4)?);
                }
            }
            _ => {}
        }
        at += len;
        left -= len;
    }
    Ok(Body::Printed(false))
}

/// The Generalized UNI object's subobjects (OIF UNI 1.0).
pub(super) fn generalized_uni(c: &mut Ctx, ind: &str, b: &[u8], blen: usize) -> Res<Body> {
    if blen < 4 {
        c.s(ind);
        c.s("ERROR: object is too short");
        return Ok(Body::Stop);
    }
    let invalid = |c: &mut Ctx| {
        c.invalid();
        Ok(Body::Stop)
    };
    let sub_too_short = |c: &mut Ctx| {
        c.s(ind);
        c.s("ERROR: sub-object is too short");
        Ok(Body::Stop)
    };
    let mut hexdump = false;
    let (mut at, mut left) = (0usize, blen);
    // tcpdump grows its object length by each subobject instead of
    // shrinking it, so only the running total bounds the loop.
    let mut obj_tlen = blen;
    while left > 0 {
        if left < 4 {
            return invalid(c);
        }
        let sub_len = usize::from(be16(b, at)?);
        let word = be16(b, at + 2)?;
        let (typ, af) = (word >> 8, word & 0xff);
        line(c, ind, "Subobject Type: ");
        named(c, GENERALIZED_UNI_TYPES, typ.into(), "Unknown");
        c.s(", AF: ");
        named(c, AF_VALUES, af.into(), "Unknown");
        c.s_dec(", length: ", sub_len as u64);
        if sub_len < 4 || sub_len > left || obj_tlen < sub_len {
            return invalid(c);
        }
        match typ {
            1 | 2 => match af {
                1 | 2 => {
                    let v6 = af == 2;
                    if sub_len < if v6 { 20 } else { 8 } {
                        return sub_too_short(c);
                    }
                    line(
                        c,
                        ind,
                        if v6 {
                            "  UNI IPv6 TNA address: "
                        } else {
                            "  UNI IPv4 TNA address: "
                        },
                    );
                    addr(c, b, at + 4, v6)?;
                }
                3 => hexdump = true,
                _ => {}
            },
            3 => hexdump |= sub_len > 4,
            4 => {
                if sub_len < 16 {
                    return sub_too_short(c);
                }
                let word = be32(b, at + 4)?;
                let (port, label) = (be32(b, at + 8)?, be32(b, at + 12)?);
                line(c, ind, "  U-bit: ");
                c.out.hex((word >> 31).into());
                c.s_dec(", Label type: ", word & 0xff);
                c.s_dec(", Logical port id: ", port);
                c.s_dec(", Label: ", label);
            }
            5 => {
                if sub_len < 8 {
                    return sub_too_short(c);
                }
                line(c, ind, "  Service level: ");
                c.dec(be32(b, at + 4)? >> 24);
            }
            _ => hexdump = true,
        }
        left -= sub_len;
        at += sub_len;
        obj_tlen = obj_tlen.saturating_add(sub_len);
    }
    Ok(Body::Printed(hexdump))
}
