//! Connectivity Fault Management, IEEE 802.1ag (print-cfm.c): the common
//! header, the CCM, linktrace and loopback bodies and the TLVs after them.

use super::af::AF_VALUES;
use super::ctx::codes;
use super::out::Emit;
use super::{Ctx, Res, be16, be32, bytes, dispatch, hexdump, names, u8at};

codes! {
    OPCODES: u8 {
        OPCODE_CCM = 1 => "Continuity Check Message",
        _ = 2 => "Loopback Reply",
        _ = 3 => "Loopback Message",
        OPCODE_LTR = 4 => "Linktrace Reply",
        OPCODE_LTM = 5 => "Linktrace Message",
    }
}

/// CCM intervals in seconds, as the C floats tcpdump multiplies.
const CCM_INTERVALS: [f32; 8] = [0.0, 0.003333, 0.01, 0.1, 1.0, 10.0, 60.0, 600.0];

codes! {
    MD_FORMATS: u8 {
        _ = 0 => "IEEE 802.1",
        MD_FORMAT_NONE = 1 => "No MD Name present",
        _ = 2 => "DNS string",
        _ = 3 => "MAC + 16Bit Integer",
        _ = 4 => "Character string",
    }
}

const MA_FORMATS: &[(u32, &str)] = &[
    (0, "IEEE 802.1"),
    (1, "Primary VID"),
    (2, "Character string"),
    (3, "16Bit Integer"),
    (4, "RFC2685 VPN-ID"),
];

const LTM_FLAGS: &[(u32, &str)] = &[(0x80, "Use Forwarding-DB only")];

const LTR_FLAGS: &[(u32, &str)] = &[
    (0x80, "UseFDB Only"),
    (0x40, "FwdYes"),
    (0x20, "Terminal MEP"),
];

const REPLAY_ACTIONS: &[(u32, &str)] =
    &[(1, "Exact Match"), (2, "Filtering DB"), (3, "MIP CCM DB")];

codes! {
    TLV_NAMES: u8 {
        TLV_END = 0 => "End",
        TLV_SENDER_ID = 1 => "Sender ID",
        TLV_PORT_STATUS = 2 => "Port status",
        TLV_INTERFACE_STATUS = 3 => "Interface status",
        _ = 4 => "Data",
        _ = 5 => "Reply Ingress",
        _ = 6 => "Reply Egress",
        TLV_PRIVATE = 31 => "Organization Specific",
    }
}

const PORT_STATUS: &[(u32, &str)] = &[(1, "Blocked"), (2, "Up")];

const INTERFACE_STATUS: &[(u32, &str)] = &[
    (1, "Up"),
    (2, "Down"),
    (3, "Testing"),
    (5, "Dormant"),
    (6, "not present"),
    (7, "lower Layer down"),
];

const CHASSIS_ID_TYPES: &[(u32, &str)] = &[
    (0, "Reserved"),
    (1, "Chassis component"),
    (2, "Interface alias"),
    (3, "Port component"),
    (4, "MAC address"),
    (5, "Network address"),
    (6, "Interface name"),
    (7, "Locally assigned"),
];

/// The CCM body: sequence, MEP ID, 48 bytes of names, 16 of Y.1731.
const CCM_LEN: usize = 70;
const CCM_NAMES_LEN: usize = 48;
/// The LTM body: transaction ID, TTL, original and target MACs.
const LTM_LEN: usize = 17;
/// The LTR body: transaction ID, TTL, relay action.
const LTR_LEN: usize = 6;

/// cfm_print: "CFMv0 OPCODE, MD Level N, length N"; with -v the body and
/// the TLVs.
pub(crate) fn cfm(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "cfm";
    if length < 4 {
        return too_short(c);
    }
    if b.len() < 4 {
        c.trunc();
        return Ok(());
    }
    let first = b[0];
    let version = first & 0x1f;
    c.s_dec("CFMv", version);
    if version != 0 {
        c.s_dec(" not supported, length ", length as u64);
        return Ok(());
    }
    let opcode = b[1];
    c.s(" ");
    c.tok_or(OPCODES, opcode.into(), "unknown (", ")");
    c.s_dec(", MD Level ", first >> 5);
    c.s_dec(", length ", length as u64);
    if c.o.verbose == 0 {
        return Ok(());
    }
    let flags = b[2];
    let first_tlv = usize::from(b[3]);
    c.s_dec("\n\tFirst TLV offset ", first_tlv as u64);
    let body = &b[4..];
    let tlen = length - 4;
    if first_tlv > tlen {
        too_large(c, tlen);
        return Ok(());
    }
    let need = match opcode {
        OPCODE_CCM => Some((CCM_LEN, 1)),
        OPCODE_LTM => Some((LTM_LEN, 4)),
        OPCODE_LTR => Some((LTR_LEN, 5)),
        _ => None,
    };
    if let Some((n, which)) = need {
        if first_tlv < n {
            c.dec_fields(&[(" (too small ", which as u64), (", must be >= ", n as u64)]);
            c.s(")");
            return Ok(());
        }
        if tlen < n {
            return too_short(c);
        }
        if body.len() < n {
            c.trunc();
            return Ok(());
        }
    }
    match opcode {
        OPCODE_CCM => {
            if !ccm(c, body, flags)? {
                return Ok(());
            }
        }
        OPCODE_LTM => {
            c.s(", Flags [");
            c.flag_names(flags.into(), LTM_FLAGS);
            c.s("]");
            transaction(c, body);
            c.s("\n\t  Original-MAC ");
            dispatch::mac(c, &body[5..11]);
            c.s(", Target-MAC ");
            dispatch::mac(c, &body[11..17]);
        }
        OPCODE_LTR => {
            c.s(", Flags [");
            c.flag_names(flags.into(), LTR_FLAGS);
            c.s("]");
            transaction(c, body);
            c.s("\n\t  Replay-Action ");
            c.tok_num(REPLAY_ACTIONS, u32::from(body[5]), "Unknown");
        }
        // Loopback messages and unknown opcodes: the body up to the TLVs.
        _ => c.unknown_data(body, 0, "\n\t  ", tlen - first_tlv),
    }
    tlvs(c, body, first_tlv, tlen)
}

/// " (too large, must be <= N)": a length or offset past the room left.
fn too_large(c: &mut Ctx, limit: usize) {
    c.s_dec(" (too large, must be <= ", limit as u64);
    c.s(")");
}

/// "\n\t\t packet is too short", tcpdump's `tooshort`.
fn too_short(c: &mut Ctx) -> Res {
    c.s("\n\t\t packet is too short");
    Ok(())
}

/// The linktrace transaction ID and TTL (the body is whole).
fn transaction(c: &mut Ctx, body: &[u8]) {
    c.s("\n\t  Transaction-ID 0x");
    c.out.hex0(
        u32::from_be_bytes([body[0], body[1], body[2], body[3]]).into(),
        8,
    );
    c.s_dec(", ttl ", body[4]);
}

/// A continuity check body (70 bytes, captured): flags and interval,
/// sequence, MEP ID, MD and MA names. False when a name length ends the
/// packet.
fn ccm(c: &mut Ctx, body: &[u8], flags: u8) -> Res<bool> {
    let interval = flags & 0x07;
    c.s_dec(", Flags [CCM Interval ", interval);
    if flags & 0x80 != 0 {
        c.s(", RDI");
    }
    c.s("]");
    if interval != 0 {
        let base = CCM_INTERVALS[usize::from(interval)];
        let line = format!(
            "\n\t  CCM Interval {:.3}s, min CCM Lifetime {:.3}s, max CCM Lifetime {:.3}s",
            f64::from(base),
            f64::from(base) * 3.25,
            f64::from(base) * 3.5
        );
        c.s(&line);
    }
    c.s("\n\t  Sequence Number 0x");
    c.out.hex0(be32(body, 0)?.into(), 8);
    c.s(", MA-End-Point-ID 0x");
    c.out.hex0(be16(body, 4)?.into(), 4);
    let names = &body[6..6 + CCM_NAMES_LEN];
    let mut at = 0usize;
    let mut left = CCM_NAMES_LEN;
    let md_format = names[at];
    at += 1;
    left -= 1;
    c.s("\n\t  MD Name Format ");
    c.tok_num(MD_FORMATS, u32::from(md_format), "Unknown");
    if md_format != MD_FORMAT_NONE {
        let md_len = usize::from(names[at]);
        at += 1;
        left -= 1;
        c.s_dec(", MD Name length ", md_len as u64);
        // Room must be left for the MA name's format, length and a byte.
        if md_len > left - 3 {
            too_large(c, left - 2);
            return Ok(false);
        }
        let md_name = &names[at..at + md_len];
        c.s("\n\t  MD Name: ");
        match md_format {
            2 | 4 => c.printjnp(md_name, 0, md_name.len())?,
            3 if md_len == 6 => {
                c.s("\n\t  MAC ");
                dispatch::mac(c, md_name);
            }
            3 => c.s("\n\t  MAC (length invalid)"),
            _ => c.unknown_data(md_name, 0, "\n\t    ", md_len),
        }
        at += md_len;
        left -= md_len;
    }
    let ma_format = names[at];
    let ma_len = usize::from(names[at + 1]);
    at += 2;
    left -= 2;
    c.s("\n\t  MA Name-Format ");
    c.tok_num(MA_FORMATS, u32::from(ma_format), "Unknown");
    c.s_dec(", MA name length ", ma_len as u64);
    if ma_len > left {
        too_large(c, left);
        return Ok(false);
    }
    let ma_name = &names[at..at + ma_len];
    c.s("\n\t  MA Name: ");
    if ma_format == 2 {
        c.printjnp(ma_name, 0, ma_name.len())?;
    } else {
        c.unknown_data(ma_name, 0, "\n\t    ", ma_len);
    }
    Ok(true)
}

/// The TLVs from `at` in `b`, `tlen - at` bytes of them by the length.
fn tlvs(c: &mut Ctx, b: &[u8], at: usize, tlen: usize) -> Res {
    let mut p = at;
    let mut tlen = tlen - at;
    while tlen > 0 {
        let ty = u8at(b, p)?;
        c.s("\n\t");
        c.tok(TLV_NAMES, ty.into(), "Unknown");
        c.s(" TLV (0x");
        c.out.hex0(ty.into(), 2);
        c.s(")");
        // The end TLV has no length.
        if ty == TLV_END {
            return Ok(());
        }
        if tlen < 3 {
            return too_short(c);
        }
        if b.len() < p + 3 {
            c.trunc();
            return Ok(());
        }
        let mut len = usize::from(be16(b, p + 1)?);
        c.s_dec(", length ", len as u64);
        p += 3;
        tlen -= 3;
        let start = p;
        if tlen < len {
            return too_short(c);
        }
        if b.len() < p + len {
            c.trunc();
            return Ok(());
        }
        let mut dump = false;
        match ty {
            TLV_PORT_STATUS | TLV_INTERFACE_STATUS => {
                if len < 1 {
                    c.s(" (too short, must be >= 1)");
                    return Ok(());
                }
                let table = if ty == TLV_PORT_STATUS {
                    PORT_STATUS
                } else {
                    INTERFACE_STATUS
                };
                c.s(", Status: ");
                c.tok_num(table, u32::from(b[p]), "Unknown");
            }
            TLV_PRIVATE => {
                if len < 4 {
                    c.s(" (too short, must be >= 4)");
                    return Ok(());
                }
                let oui = u32::from(b[p]) << 16 | u32::from(b[p + 1]) << 8 | u32::from(b[p + 2]);
                c.s(", Vendor: ");
                c.s(names::oui_name(oui));
                c.s_dec(" (", oui);
                c.s_dec("), Sub-Type ", b[p + 3]);
                dump = true;
            }
            TLV_SENDER_ID => {
                let mut s = SenderId {
                    p,
                    tlen,
                    len,
                    dump: false,
                };
                let next = sender_id(c, b, &mut s)?;
                (p, tlen, len, dump) = (s.p, s.tlen, s.len, s.dump);
                match next {
                    Next::Dump => {}
                    Next::Skip => {
                        p += len;
                        tlen -= len.min(tlen);
                        continue;
                    }
                    Next::Stop => return Ok(()),
                }
            }
            _ => dump = true,
        }
        if dump || c.o.verbose > 1 {
            c.unknown_data(b, start, "\n\t  ", len);
        }
        p += len;
        tlen -= len.min(tlen);
    }
    Ok(())
}

/// Where the sender ID TLV's walk stands: tcpdump moves its pointer and
/// both counts field by field, and the TLV after it starts where they
/// leave it.
struct SenderId {
    p: usize,
    tlen: usize,
    len: usize,
    dump: bool,
}

/// How the TLV walk goes on after a sender ID.
enum Next {
    /// The hex dump check, then the next TLV.
    Dump,
    /// Straight to the next TLV.
    Skip,
    /// The packet's printing ends.
    Stop,
}

/// The sender ID TLV (802.1Q 21.5.3): chassis ID, management address
/// domain and address.
fn sender_id(c: &mut Ctx, b: &[u8], s: &mut SenderId) -> Res<Next> {
    if s.len < 1 {
        c.s(" (too short, must be >= 1)");
        return Ok(Next::Skip);
    }
    let chassis_len = usize::from(u8at(b, s.p)?);
    s.p += 1;
    s.tlen -= 1;
    s.len -= 1;
    if chassis_len > 0 {
        if s.len < 1 {
            c.s("\n\t  (TLV too short)");
            return Ok(Next::Skip);
        }
        let chassis_type = u8at(b, s.p)?;
        // The type byte is counted off the TLV, but the pointer stays.
        s.len -= 1;
        c.s("\n\t  Chassis-ID Type ");
        c.tok_num(CHASSIS_ID_TYPES, u32::from(chassis_type), "Unknown");
        c.s_dec(", Chassis-ID length ", chassis_len as u64);
        if s.len < chassis_len {
            c.s("\n\t  (TLV too short)");
            return Ok(Next::Skip);
        }
        match chassis_type {
            4 if chassis_len != 6 => {
                c.s(" (invalid MAC address length)");
                s.dump = true;
            }
            4 => {
                let mac = bytes(b, s.p + 1, 6)?;
                c.s("\n\t  MAC ");
                dispatch::mac(c, mac);
            }
            5 => s.dump |= network_addr(c, b, s.p + 1, chassis_len)?,
            1 | 2 | 3 | 6 | 7 => c.printjnp(b, s.p + 1, chassis_len)?,
            _ => s.dump = true,
        }
        s.len -= chassis_len;
        s.p += 1 + chassis_len;
        s.tlen -= (1 + chassis_len).min(s.tlen);
    }
    // The management address fields are there only if the TLV goes on.
    if s.len == 0 {
        return Ok(Next::Dump);
    }
    for (length_label, value_label) in [
        (
            "\n\t  Management Address Domain Length ",
            "\n\t  Management Address Domain: ",
        ),
        (
            "\n\t  Management Address Length ",
            "\n\t  Management Address: ",
        ),
    ] {
        let n = usize::from(u8at(b, s.p)?);
        s.p += 1;
        s.tlen -= 1.min(s.tlen);
        s.len -= 1;
        c.s(length_label);
        c.dec(n as u64);
        if n == 0 {
            break;
        }
        if s.len < n {
            c.s("\n\t  (TLV too short)");
            // A short domain skips to the next TLV; a short address ends
            // the packet.
            return Ok(if value_label.ends_with("Domain: ") {
                Next::Skip
            } else {
                Next::Stop
            });
        }
        s.len -= n;
        hex_print(c, b, s.p, value_label, n)?;
        s.p += n;
        s.tlen -= n.min(s.tlen);
        if value_label.ends_with("Domain: ") && s.len < 1 {
            c.s(" (Management Address Length is missing)");
            s.dump = true;
            break;
        }
    }
    Ok(Next::Dump)
}

/// cfm_network_addr_print: the family and an IPv4 or IPv6 address; true
/// asks for a hex dump.
fn network_addr(c: &mut Ctx, b: &[u8], at: usize, len: usize) -> Res<bool> {
    let af = u8at(b, at)?;
    c.s("\n\t  Network Address Type ");
    c.tok_num(AF_VALUES, u32::from(af), "Unknown");
    let (want, label) = match af {
        1 => (4, "(invalid IPv4 address length "),
        2 => (16, "(invalid IPv6 address length "),
        _ => return Ok(true),
    };
    if len != 1 + want {
        c.s(label);
        c.dec(len as u64 - 1);
        c.s(")");
        return Ok(true);
    }
    let a = bytes(b, at + 1, want)?;
    c.s(", ");
    if af == 1 {
        c.ip4(a)
    } else {
        c.ip6(a)
    }
    Ok(false)
}

/// hex_print: `label`, then the bytes as -x shows them (the TLV was
/// captured whole).
fn hex_print(c: &mut Ctx, b: &[u8], at: usize, label: &str, n: usize) -> Res {
    let data = bytes(b, at, n)?;
    hexdump::hex(c.out, label, data);
    Ok(())
}
