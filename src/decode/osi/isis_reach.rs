//! IS-IS reachability: the old metric blocks and IPv4 reachability, the
//! extended IS reachability with its TE and segment-routing sub-TLVs, the
//! extended IPv4/IPv6 reachability with its sub-TLVs, and the MT ID.

use super::super::out::Emit;
use super::super::{Ctx, Res, Trunc, be16, be32, bytes, gmpls, u8at};
use super::isis::{NODE_ID_LEN, SYSTEM_ID_LEN, print_id};
use super::{be24, unknown_data};

/// isis_print_ext_is_reach's code for the IS Alias TLV, whose metric is
/// implicit.
const TLV_IS_ALIAS_ID: u8 = 24;

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Family {
    V4,
    V6,
}

/// ", Metric: N, Internal" and its like for one metric byte.
fn metric(c: &mut Ctx, m: u8) {
    c.dec(m & 0x3f);
    c.s(if m & 0x40 != 0 {
        ", External"
    } else {
        ", Internal"
    });
}

/// The optional delay, expense and error metrics (bit 7 clear when set).
fn other_metrics(c: &mut Ctx, mb: &[u8], ident: &str) {
    for (i, name) in [(1, "Delay"), (2, "Expense"), (3, "Error")] {
        if mb[i] & 0x80 == 0 {
            c.s(ident);
            c.s(name);
            c.s(" Metric: ");
            metric(c, mb[i]);
        }
    }
}

/// isis_print_metric_block: the four-byte block of the old TLVs.
pub(super) fn metric_block(c: &mut Ctx, b: &[u8], at: usize) -> Res {
    let mb = bytes(b, at, 4)?;
    c.s(", Default Metric: ");
    metric(c, mb[0]);
    other_metrics(c, mb, "\n\t\t  ");
    Ok(())
}

/// mask2plen: the prefix length of a contiguous mask.
fn mask2plen(mask: u32) -> Option<u32> {
    (0..=32u32)
        .rev()
        .find(|&n| n.checked_sub(1).map_or(0, |k| u32::MAX << (31 - k)) == mask)
}

/// The printf "%15s" of an address.
fn padded(c: &mut Ctx, text: &[u8]) {
    for _ in text.len()..15 {
        c.out.ch(b' ');
    }
    c.out.extend_from_slice(text);
}

fn ip4_text(c: &mut Ctx, a: &[u8]) -> Vec<u8> {
    let mut t = Vec::new();
    std::mem::swap(c.out, &mut t);
    c.ip4(a);
    std::mem::swap(c.out, &mut t);
    t
}

/// isis_print_tlv_ip_reach: TLVs 128 and 130. Ok(false) when an entry is
/// short and isis_print stops.
pub(super) fn ip_reach(
    c: &mut Ctx,
    b: &[u8],
    mut at: usize,
    ident: &str,
    mut len: usize,
) -> Res<bool> {
    while len > 0 {
        if len < 12 {
            c.s_dec("short IPv4 Reachability (", len as u64);
            c.s(" vs 12)");
            return Ok(false);
        }
        let Ok(e) = bytes(b, at, 12) else {
            return Ok(false);
        };
        let mask = u32::from_be_bytes([e[8], e[9], e[10], e[11]]);
        c.s(ident);
        c.s("IPv4 prefix: ");
        match mask2plen(mask) {
            None => {
                c.ip4(&e[4..8]);
                c.s(" mask ");
                c.ip4(&e[8..12]);
            }
            Some(plen) => {
                let t = ip4_text(c, &e[4..8]);
                padded(c, &t);
                c.s_dec("/", plen);
            }
        }
        c.s(", Distribution: ");
        c.s(if e[0] & 0x80 != 0 { "down" } else { "up" });
        c.s(", Metric: ");
        metric(c, e[0]);
        let indent = format!("{ident}  ");
        other_metrics(c, e, &indent);
        len -= 12;
        at += 12;
    }
    Ok(true)
}

/// isis_print_mtid: the topology and its flags. Ok(false) when fewer than
/// two bytes are left.
pub(super) fn mtid(c: &mut Ctx, b: &[u8], at: usize, ident: &str, remaining: usize) -> Res<bool> {
    if remaining < 2 {
        return Ok(false);
    }
    let v = be16(b, at)?;
    let id = v & 0x0fff;
    c.s(ident);
    c.s(match id {
        0 => "IPv4 unicast",
        1 => "In-Band Management",
        2 => "IPv6 unicast",
        3 => "Multicast",
        4095 => "Development, Experimental or Proprietary",
        _ => "Reserved for IETF Consensus",
    });
    c.s(" Topology (0x");
    c.out.hex0(u64::from(id), 3);
    c.s("), Flags: [");
    c.flag_names(
        u32::from(v & 0xf000),
        &[(0x4000, "ATT bit set"), (0x8000, "Overload bit set")],
    );
    c.s("]");
    Ok(true)
}

fn is_subtlv_name(t: u8) -> &'static str {
    match t {
        3 => "Administrative groups",
        4 => "Link Local/Remote Identifier",
        5 => "Link Remote Identifier",
        6 => "IPv4 interface address",
        8 => "IPv4 neighbor address",
        9 => "Maximum link bandwidth",
        10 => "Reservable link bandwidth",
        11 => "Unreserved bandwidth",
        18 => "Traffic Engineering Metric",
        19 => "Link Attribute",
        20 => "Link Protection Type",
        21 => "Interface Switching Capability",
        12 => "Bandwidth Constraints (old)",
        22 => "Bandwidth Constraints",
        32 => "LAN Adjacency Segment Identifier",
        29 => "SPB Metric",
        250..=254 => "Reserved for cisco specific extensions",
        255 => "Reserved for future expansion",
        _ => "unknown",
    }
}

/// isis_print_ext_is_reach: one neighbour of TLVs 22, 24, 222 at `*at`;
/// the bytes it took, 0 when it could not decode it.
pub(super) fn ext_is_reach(
    c: &mut Ctx,
    b: &[u8],
    at: &mut usize,
    ident: &str,
    tlv_type: u8,
    mut rem: usize,
) -> Res<usize> {
    let mut p = *at;
    bytes(b, p, NODE_ID_LEN)?;
    if rem < NODE_ID_LEN {
        return Ok(0);
    }
    bytes(b, p, NODE_ID_LEN)?;
    c.s(ident);
    c.s("IS Neighbor: ");
    print_id(c, b, p, NODE_ID_LEN)?;
    p += NODE_ID_LEN;
    rem -= NODE_ID_LEN;
    let mut done = NODE_ID_LEN;
    if tlv_type != TLV_IS_ALIAS_ID {
        bytes(b, p, 3)?;
        if rem < 3 {
            return Ok(0);
        }
        let v0 = be24(b, p)?;
        c.s_dec(", Metric: ", v0);
        p += 3;
        rem -= 3;
        done += 3;
    }
    u8at(b, p)?;
    if rem < 1 {
        return Ok(0);
    }
    let mut sum = usize::from(b[p]);
    p += 1;
    rem -= 1;
    done += 1;
    c.s(if sum != 0 {
        ", sub-TLVs present"
    } else {
        ", no sub-TLVs present"
    });
    if sum != 0 {
        c.s_dec(" (", sum as u64);
        c.s(")");
        let ident = format!("{ident}  ");
        while sum != 0 {
            bytes(b, p, 2)?;
            if rem < 2 {
                c.s(&ident);
                c.s("Remaining data in TLV shorter than a subTLV header");
                done += rem;
                break;
            }
            if sum < 2 {
                c.s(&ident);
                c.s("Remaining data in subTLVs shorter than a subTLV header");
                done += sum;
                break;
            }
            let st = b[p];
            let sl = usize::from(b[p + 1]);
            p += 2;
            rem -= 2;
            sum -= 2;
            done += 2;
            c.s(&ident);
            c.s(is_subtlv_name(st));
            c.dec_fields(&[(" subTLV #", u64::from(st)), (", length: ", sl as u64)]);
            if sum < sl {
                c.s(" (remaining data in subTLVs shorter than the current subTLV)");
                done += sum;
                break;
            }
            if rem < sl {
                c.s(" (> remaining tlv length)");
                done += rem;
                break;
            }
            bytes(b, p, sl)?;
            // Some sub-TLVs account for the bytes they read as they go;
            // the rest is skipped after.
            let used = is_subtlv(c, b, p, st, sl, &ident)?;
            p += sl;
            // tcpdump takes only the unread part off the TLV's remainder.
            rem -= sl - used;
            sum -= sl;
            done += sl;
        }
    }
    // The caller moves on by what tcpdump counted, cut to a byte as its
    // callers cut it, not by what was read: a sub-TLV that overran the
    // rest leaves the pointer short of it.
    *at += done & 0xff;
    Ok(done)
}

/// One sub-TLV of the extended IS reachability; the bytes tcpdump
/// counted twice (it advances through them and then by the full length).
/// Each (label, offset, width) in turn: the big-endian field of `width`
/// bytes at `offset`, read, then printed in decimal after its label; a
/// field past the capture ends the packet after the fields before it, as
/// tcpdump's GET_ reads between prints do.
fn dec_reads(c: &mut Ctx, b: &[u8], fields: &[(&str, usize, usize)]) -> Res {
    for &(label, at, width) in fields {
        let field = bytes(b, at, width)?;
        let v = field.iter().fold(0u64, |v, &byte| v << 8 | u64::from(byte));
        c.s(label);
        c.dec(v);
    }
    Ok(())
}

fn is_subtlv(c: &mut Ctx, b: &[u8], p: usize, st: u8, sl: usize, ident: &str) -> Res<usize> {
    match st {
        3..=5 => {
            if sl >= 4 {
                let v0 = be32(b, p)?;
                c.s(", 0x");
                c.out.hex0(u64::from(v0), 8);
                if sl == 8 {
                    let v0 = be32(b, p + 4)?;
                    c.s(", 0x");
                    c.out.hex0(u64::from(v0), 8);
                }
            }
        }
        6 | 8 => {
            if sl >= 4 {
                let v0 = bytes(b, p, 4)?;
                c.s(", ");
                c.ip4(v0);
            }
        }
        9 | 10 => {
            if sl >= 4 {
                let v0 = be32(b, p)?;
                c.s(", ");
                gmpls::bandwidth(c.out, v0);
            }
        }
        11 => {
            if sl >= 32 {
                for class in 0..8u64 {
                    c.s(ident);
                    c.s_dec("  TE-Class ", class);
                    let v0 = be32(b, p + 4 * class as usize)?;
                    c.s(": ");
                    gmpls::bandwidth(c.out, v0);
                }
                return Ok(32);
            }
        }
        12 | 22 => {
            if sl == 0 {
                return Ok(0);
            }
            let model = u8at(b, p)?;
            c.s(ident);
            c.s("Bandwidth Constraints Model ID: ");
            c.tok_num(gmpls::BC_MODELS, model.into(), "unknown");
            let mut left = sl - 1;
            let mut q = p + 1;
            let mut class = 0u64;
            while left >= 4 {
                c.s(ident);
                c.s_dec("  Bandwidth constraint CT", class);
                let v0 = be32(b, q)?;
                c.s(": ");
                gmpls::bandwidth(c.out, v0);
                q += 4;
                left -= 4;
                class += 1;
            }
            return Ok(sl - left);
        }
        18 => {
            if sl >= 3 {
                dec_reads(c, b, &[(", ", p, 3)])?;
            }
        }
        19 => {
            if sl == 2 {
                let v = be16(b, p)?;
                c.s(", [ ");
                let names: &[(u32, &str)] = &[
                    (1, "Local Protection Available"),
                    (2, "Link excluded from local protection path"),
                    (4, "Local maintenance required"),
                ];
                if u32::from(v) & 7 == 0 {
                    c.s("Unknown");
                } else {
                    c.flag_names(v.into(), names);
                }
                c.s(" ] (0x");
                c.out.hex0(u64::from(v), 4);
                c.s(")");
            }
        }
        29 => {
            if sl >= 6 {
                dec_reads(
                    c,
                    b,
                    &[
                        (", LM: ", p, 3),
                        (", P: ", p + 3, 1),
                        (", P-ID: ", p + 4, 2),
                    ],
                )?;
                return Ok(4);
            }
        }
        32 => {
            if sl >= 8 {
                let flags = u8at(b, p)?;
                c.s(ident);
                c.s("  Flags: [");
                c.flag_names(
                    flags.into(),
                    &[
                        (0x80, "Address family IPv6"),
                        (0x40, "Backup"),
                        (0x20, "Value"),
                        (0x10, "Local significance"),
                        (0x08, "Set of adjacencies"),
                        (0x04, "Persistent"),
                    ],
                );
                let v0 = u8at(b, p + 1)?;
                c.s("]");
                c.s(ident);
                c.s_dec("  Weight: ", v0);
                let left = sl - 2;
                if left >= SYSTEM_ID_LEN {
                    bytes(b, p + 2, SYSTEM_ID_LEN)?;
                    c.s(ident);
                    c.s("  Neighbor System-ID: ");
                    print_id(c, b, p + 2, SYSTEM_ID_LEN)?;
                }
                let (v, l) = (flags & 0x20 != 0, flags & 0x10 != 0);
                if v && l {
                    let v0 = be24(b, p + 2 + SYSTEM_ID_LEN)?;
                    c.s(ident);
                    c.s_dec("  Label: ", v0);
                } else if !v && !l {
                    let v0 = be32(b, p + 2 + SYSTEM_ID_LEN)?;
                    c.s(ident);
                    c.s_dec("  Index: ", v0);
                } else {
                    c.invalid();
                }
                return Ok(2);
            }
        }
        _ => unknown_data(c, b, p, "\n\t\t    ", sl),
    }
    Ok(0)
}

/// isis_print_extd_ip_reach: one prefix of TLVs 135, 235, 236, 237 at
/// `*at`; the bytes it took, 0 when the prefix length is bad.
pub(super) fn extd_ip_reach(
    c: &mut Ctx,
    b: &[u8],
    at: &mut usize,
    ident: &str,
    fam: Family,
) -> Res<usize> {
    let mut p = *at;
    let metric = be32(b, p)?;
    p += 4;
    let mut done = 4usize;
    let status = u8at(b, p)?;
    // IPv4 keeps the prefix length in the status byte, IPv6 in a byte
    // after it.
    let (name, max_bits, bits, len_bytes) = if fam == Family::V4 {
        ("IPv4", 32, status & 0x3f, 1)
    } else {
        ("IPv6", 128, u8at(b, p + 1)?, 2)
    };
    if bits > max_bits {
        c.s(ident);
        c.s(name);
        c.s_dec(" prefix: bad bit length ", bits);
        return Ok(0);
    }
    p += len_bytes;
    done += len_bytes;
    let nbytes = usize::from(bits).div_ceil(8);
    let mut prefix = [0u8; 16];
    prefix[..nbytes].copy_from_slice(bytes(b, p, nbytes)?);
    p += nbytes;
    done += nbytes;
    c.s(ident);
    if fam == Family::V4 {
        c.s("IPv4 prefix: ");
        let t = ip4_text(c, &prefix[..4]);
        padded(c, &t);
    } else {
        c.s("IPv6 prefix: ");
        c.ip6(&prefix);
    }
    c.s_dec("/", bits);
    c.s(", Distribution: ");
    c.s(if status & 0x80 != 0 { "down" } else { "up" });
    c.s_dec(", Metric: ", metric);
    let subtlvs = match fam {
        Family::V4 => {
            if status & 0x40 != 0 {
                c.s(", sub-TLVs present");
            }
            status & 0x40 != 0
        }
        Family::V6 => {
            c.s(if status & 0x40 != 0 {
                ", External"
            } else {
                ", Internal"
            });
            if status & 0x20 != 0 {
                c.s(", sub-TLVs present");
            }
            status & 0x20 != 0
        }
    };
    if subtlvs {
        let mut sublen = usize::from(u8at(b, p)?);
        p += 1;
        done += sublen + 1;
        c.s_dec(" (", sublen as u64);
        c.s(")");
        let ident = format!("{ident}  ");
        while sublen > 0 {
            let st = u8at(b, p)?;
            let sl = usize::from(u8at(b, p + 1)?);
            p += 2;
            if !ip_subtlv(c, b, p, st, sl, &ident)? {
                return Ok(0);
            }
            p += sl;
            // tcpdump's unsigned length wraps here and ends the loop only
            // at zero; a sub-TLV overrunning the total ends it instead.
            let Some(left) = sublen.checked_sub(sl + 2) else {
                return Err(Trunc);
            };
            sublen = left;
        }
    }
    *at = p;
    Ok(done)
}

fn ip_subtlv(c: &mut Ctx, b: &[u8], p: usize, st: u8, sl: usize, ident: &str) -> Res<bool> {
    c.s(ident);
    c.s(match st {
        1 => "32-Bit Administrative tag",
        2 => "64-Bit Administrative tag",
        3 => "Prefix SID",
        117 => "Management Prefix Color",
        _ => "unknown",
    });
    c.dec_fields(&[(" subTLV #", u64::from(st)), (", length: ", sl as u64)]);
    bytes(b, p, sl)?;
    match st {
        1 | 117 => {
            for i in 0..sl / 4 {
                let v = be32(b, p + 4 * i)?;
                c.s(", 0x");
                c.out.hex0(u64::from(v), 8);
                c.s_dec(" (=", v);
                c.s(")");
            }
        }
        2 => {
            for i in 0..sl / 8 {
                let v0 = be32(b, p + 8 * i)?;
                c.s(", 0x");
                c.out.hex0(u64::from(v0), 8);
                c.out.hex0(u64::from(be32(b, p + 8 * i + 4)?), 8);
            }
        }
        3 => {
            let flags = u8at(b, p)?;
            let algo = u8at(b, p + 1)?;
            let value = flags & 0x08 != 0;
            if sl < if value { 5 } else { 6 } {
                c.trunc();
                return Ok(false);
            }
            let sid = if value {
                be24(b, p + 2)?
            } else {
                be32(b, p + 2)?
            };
            c.s(", Flags [");
            let names: &[(u32, &str)] = &[
                (0x80, "Readvertisement"),
                (0x40, "Node"),
                (0x20, "No-PHP"),
                (0x10, "Explicit NULL"),
                (0x08, "Value"),
                (0x04, "Local"),
            ];
            if flags & 0xfc == 0 {
                c.s("None");
            } else {
                c.flag_names(flags.into(), names);
            }
            c.s("], Algo ");
            c.s(match algo {
                0 => "SPF",
                1 => "strict-SPF",
                _ => "Unknown",
            });
            c.s_dec(" (", algo);
            c.s("), ");
            c.s(if value { "label " } else { "index " });
            c.dec(sid);
        }
        _ => unknown_data(c, b, p, "\n\t\t    ", sl),
    }
    Ok(true)
}
