//! LSP ping (print-lspping.c, RFC 4379): MPLS echo requests and replies;
//! with -v the header, time stamps and every TLV tcpdump decodes (the
//! target FEC stack's sub-TLVs, downstream mapping, BFD discriminator,
//! vendor), with -vv hex dumps of each TLV and sub-TLV.

use super::ctx::{Ctx, Res, be16, be32, bytes, codes, rest, tcheck, u8at};
use super::l2vpn::MPLS_PW_TYPES;
use super::out::Emit;
use super::ports::{ntp_stamp, route_distinguisher};
use super::smi::SMI_VALUES;

const HEADER_LEN: usize = 32;

const MSG_TYPES: &[(u32, &str)] = &[(1, "MPLS Echo Request"), (2, "MPLS Echo Reply")];

const REPLY_MODES: &[(u32, &str)] = &[
    (1, "Do not reply"),
    (2, "Reply via an IPv4/IPv6 UDP packet"),
    (3, "Reply via an IPv4/IPv6 UDP packet with Router Alert"),
    (4, "Reply via application level control channel"),
];

const RETURN_CODES: &[(u32, &str)] = &[
    (
        0,
        "No return code or return code contained in the Error Code TLV",
    ),
    (1, "Malformed echo request received"),
    (2, "One or more of the TLVs was not understood"),
    (3, "Replying router is an egress for the FEC at stack depth"),
    (
        4,
        "Replying router has no mapping for the FEC at stack depth",
    ),
    (5, "Reserved"),
    (6, "Reserved"),
    (7, "Reserved"),
    (8, "Label switched at stack-depth"),
    (9, "Label switched but no MPLS forwarding at stack-depth"),
    (
        10,
        "Mapping for this FEC is not the given label at stack depth",
    ),
    (11, "No label entry at stack-depth"),
    (
        12,
        "Protocol not associated with interface at FEC stack depth",
    ),
    (
        13,
        "Premature termination of ping due to label stack shrinking to a single label",
    ),
];

codes! {
    /// lspping_tlv_values.
    TLV_NAMES: u16 {
        TLV_TARGET_FEC_STACK = 1 => "Target FEC Stack",
        TLV_DOWNSTREAM_MAPPING = 2 => "Downstream Mapping",
        _ = 3 => "Pad",
        _ = 9 => "Error Code",
        TLV_VENDOR_ENTERPRISE = 5 => "Vendor Enterprise Code",
        _ = 7 => "Interface Label Stack",
        _ = 10 => "Reply TOS Byte",
        TLV_BFD_DISCRIMINATOR = 15 => "BFD Discriminator",
        _ = 0xfc00 => "Vendor Private Code",
    }
}

const SUBTLV_NAMES: &[(u32, &str)] = &[
    (1, "LDP IPv4 prefix"),
    (2, "LDP IPv6 prefix"),
    (3, "RSVP IPv4 Session Query"),
    (4, "RSVP IPv6 Session Query"),
    (5, "Reserved"),
    (6, "VPN IPv4 prefix"),
    (7, "VPN IPv6 prefix"),
    (8, "L2 VPN endpoint"),
    (9, "FEC 128 pseudowire (old)"),
    (10, "FEC 128 pseudowire"),
    (12, "BGP labeled IPv4 prefix"),
    (13, "BGP labeled IPv6 prefix"),
];

const DOWNSTREAM_ADDR_TYPES: &[(u32, &str)] = &[
    (1, "IPv4"),
    (2, "Unnumbered IPv4"),
    (3, "IPv6"),
    (4, "IPv6"),
];

/// How a TLV's decoding ended.
enum End {
    Done,
    /// "TLV is too short" was printed: dump the TLV.
    TooShort,
    /// A sub-TLV's padding ran past its TLV: the packet ends here.
    Stop,
}

/// lspping_print.
pub(crate) fn lspping(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "lspping";
    if length < HEADER_LEN {
        return too_short(c);
    }
    tcheck(b, 0, HEADER_LEN)?;
    let version = be16(b, 0)?;
    if version != 1 {
        c.version_not_supported("LSP-PING ", version);
        return Ok(());
    }
    let msg_type = b[4];
    if c.o.verbose < 1 {
        c.s("LSP-PINGv1, ");
        c.tok_or(MSG_TYPES, msg_type.into(), "unknown (", ")");
        c.s(", seq ");
        c.dec(be32(b, 12)?);
        c.s_dec(", length: ", length as u64);
        return Ok(());
    }
    header(c, b, length);
    let mut tlen = length - HEADER_LEN;
    let mut tptr = HEADER_LEN;
    while tlen != 0 {
        if tlen < 4 {
            return too_short(c);
        }
        let tlv_type = be16(b, tptr)?;
        let mut tlv_len = usize::from(be16(b, tptr + 2)?);
        named(c, "\n\t  ", TLV_NAMES, tlv_type.into(), "Unknown", " TLV (");
        c.s_dec("), length: ", tlv_len as u64);
        if tlv_len == 0 {
            tptr += 4;
            tlen -= 4;
            continue;
        }
        if tlen < tlv_len + 4 {
            return too_short(c);
        }
        let value = tptr + 4;
        tcheck(b, value, tlv_len)?;
        let dump = match tlv_value(c, b, value, tlv_type, tlv_len)? {
            End::Done => false,
            End::TooShort => true,
            End::Stop => return Ok(()),
        };
        if c.o.verbose > 1 || dump {
            c.unknown_data(b, value, "\n\t    ", tlv_len);
        }
        // TLVs are padded to four bytes.
        if tlv_len % 4 != 0 {
            tlv_len += 4 - tlv_len % 4;
            if tlen < tlv_len + 4 {
                return too_short(c);
            }
        }
        tptr += tlv_len + 4;
        tlen -= tlv_len + 4;
    }
    Ok(())
}

/// "{lead}{name}{sep}{v}": a code's name (tok2str) and its number.
fn named(c: &mut Ctx, lead: &str, table: &[(u32, &str)], v: u32, default: &str, sep: &str) {
    c.s(lead);
    c.tok(table, v, default);
    c.s(sep);
    c.dec(v);
}

fn too_short(c: &mut Ctx) -> Res {
    c.s("\n\t\t packet is too short");
    Ok(())
}

/// The -v header lines: type, reply mode, return code, handle, sequence
/// and the two time stamps (all within the checked header).
fn header(c: &mut Ctx, b: &[u8], length: usize) {
    let (msg_type, reply_mode, code, subcode) = (b[4], b[5], b[6], b[7]);
    let word = |i: usize| u32::from_be_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]);
    let lead = "\n\tLSP-PINGv1, msg-type: ";
    named(c, lead, MSG_TYPES, msg_type.into(), "unknown", " (");
    c.s_dec("), length: ", length as u64);
    let lead = "\n\t  reply-mode: ";
    named(c, lead, REPLY_MODES, reply_mode.into(), "unknown", " (");
    c.s(")\n\t  Return Code: ");
    c.tok(RETURN_CODES, u32::from(code), "unknown");
    // These codes name a stack depth: the subcode.
    if matches!(code, 3 | 4 | 8 | 10 | 11 | 12) {
        c.s_dec(" ", subcode);
    }
    c.s_dec(" (", code);
    c.s_dec(")\n\t  Return Subcode: (", subcode);
    c.s(")\n\t  Sender Handle: 0x");
    c.out.hex0(u64::from(word(8)), 8);
    c.s_dec(", Sequence: ", word(12));
    c.s("\n\t  Sender Timestamp: ");
    ntp_stamp(c, word(16), word(20));
    c.s(" Receiver Timestamp: ");
    if word(24) == 0 && word(28) == 0 {
        c.s("no timestamp");
    } else {
        ntp_stamp(c, word(24), word(28));
    }
}

/// The value of a TLV: `len` captured bytes at `p`.
fn tlv_value(c: &mut Ctx, b: &[u8], p: usize, tlv_type: u16, len: usize) -> Res<End> {
    match tlv_type {
        TLV_TARGET_FEC_STACK => return fec_stack(c, b, p, len),
        TLV_DOWNSTREAM_MAPPING => return downstream_mapping(c, b, p, len),
        TLV_BFD_DISCRIMINATOR | TLV_VENDOR_ENTERPRISE => {
            if len < 4 {
                return Ok(tlv_too_short(c));
            }
            let v = be32(b, p)?;
            if tlv_type == TLV_BFD_DISCRIMINATOR {
                c.s("\n\t    BFD Discriminator 0x");
                c.out.hex0(u64::from(v), 8);
            } else {
                c.s("\n\t    Vendor: ");
                c.tok(SMI_VALUES, v, "Unknown");
                c.s(" (0x");
                c.out.hex0(u64::from(v), 4);
                c.s(")");
            }
        }
        _ => {
            if c.o.verbose <= 1 {
                c.unknown_data(b, p, "\n\t    ", len);
            }
        }
    }
    Ok(End::Done)
}

fn tlv_too_short(c: &mut Ctx) -> End {
    c.s("\n\t      TLV is too short");
    End::TooShort
}

/// The Target FEC Stack's sub-TLVs. As in tcpdump, the cursor moves by
/// each sub-TLV's (padded) value length only, not its header, while the
/// count left drops by both.
fn fec_stack(c: &mut Ctx, b: &[u8], p: usize, len: usize) -> Res<End> {
    let (mut at, mut left) = (p, len);
    while left != 0 {
        if left < 4 {
            return Ok(tlv_too_short(c));
        }
        let sub_type = be16(b, at)?;
        let mut sub_len = usize::from(be16(b, at + 2)?);
        let sub = at + 4;
        if left < sub_len + 4 {
            return Ok(tlv_too_short(c));
        }
        tcheck(b, sub, sub_len)?;
        named(
            c,
            "\n\t    ",
            SUBTLV_NAMES,
            sub_type.into(),
            "Unknown",
            " subTLV (",
        );
        c.s_dec("), length: ", sub_len as u64);
        let dump = match fec_subtlv_size(sub_type) {
            Some(want) if want != sub_len => {
                c.s_dec("\n\t      invalid subTLV length, should be ", want as u64);
                true
            }
            Some(_) => {
                fec_subtlv(c, b, sub, sub_type)?;
                false
            }
            None => true,
        };
        if c.o.verbose > 1 || dump {
            c.unknown_data(b, sub, "\n\t      ", sub_len);
        }
        if sub_len % 4 != 0 {
            sub_len += 4 - sub_len % 4;
            if left < sub_len + 4 {
                c.s("\n\t\t TLV is too short");
                return Ok(End::Stop);
            }
        }
        at += sub_len;
        left -= sub_len + 4;
    }
    Ok(End::Done)
}

/// The value length of each sub-TLV tcpdump decodes.
fn fec_subtlv_size(sub_type: u16) -> Option<usize> {
    Some(match sub_type {
        1 | 12 => 5,
        2 | 13 => 17,
        3 => 20,
        4 => 56,
        6 => 13,
        7 => 25,
        8 | 10 => 14,
        9 => 10,
        _ => return None,
    })
}

/// A sub-TLV of the size fec_subtlv_size gives, all captured, at `p`.
fn fec_subtlv(c: &mut Ctx, b: &[u8], p: usize, sub_type: u16) -> Res {
    let ip4 = |c: &mut Ctx, at: usize| addr(c, b, at, 4);
    let ip6 = |c: &mut Ctx, at: usize| addr(c, b, at, 16);
    let pw_type = |c: &mut Ctx, at: usize| -> Res {
        named(c, "", MPLS_PW_TYPES, be16(b, at)?.into(), "unknown", " (");
        c.s(")");
        Ok(())
    };
    c.s("\n\t      ");
    match sub_type {
        // LDP and BGP prefixes: address, then length.
        1 | 12 => {
            ip4(c, p)?;
            c.s("/");
            c.dec(u8at(b, p + 4)?);
        }
        2 | 13 => {
            ip6(c, p)?;
            c.s("/");
            c.dec(u8at(b, p + 16)?);
        }
        3 | 4 => {
            // RSVP session: end point, tunnel ID, extended tunnel ID,
            // sender, LSP ID; each address 4 or 16 bytes.
            let n = if sub_type == 3 { 4 } else { 16 };
            c.s("tunnel end-point ");
            addr(c, b, p, n)?;
            c.s(", tunnel sender ");
            addr(c, b, p + 2 * n + 4, n)?;
            c.s(", lsp-id 0x");
            c.out.hex0(u64::from(be16(b, p + 3 * n + 6)?), 4);
            c.s("\n\t      tunnel-id 0x");
            c.out.hex0(u64::from(be16(b, p + n + 2)?), 4);
            c.s(", extended tunnel-id ");
            addr(c, b, p + n + 4, n)?;
        }
        6 | 7 => {
            let n = if sub_type == 6 { 4 } else { 16 };
            c.s("RD: ");
            route_distinguisher(c, rest(b, p))?;
            c.s(", ");
            addr(c, b, p + 8, n)?;
            c.s("/");
            c.dec(u8at(b, p + 8 + n)?);
        }
        8 => {
            c.s("RD: ");
            route_distinguisher(c, rest(b, p))?;
            c.s(", Sender VE ID: ");
            c.dec(be16(b, p + 8)?);
            c.s(", Receiver VE ID: ");
            c.dec(be16(b, p + 10)?);
            c.s("\n\t      Encapsulation Type: ");
            pw_type(c, p + 12)?;
        }
        _ => {
            // FEC 128 pseudowires; the old form has no sender.
            let mut at = p;
            if sub_type == 10 {
                c.s("Sender PE: ");
                ip4(c, at)?;
                c.s(", ");
                at += 4;
            }
            c.s("Remote PE: ");
            ip4(c, at)?;
            c.s("\n\t      PW ID: 0x");
            c.out.hex0(u64::from(be32(b, at + 4)?), 8);
            c.s(", PW Type: ");
            pw_type(c, at + 8)?;
        }
    }
    Ok(())
}

/// An IPv4 (`n` 4) or IPv6 (`n` 16) address at `at`.
fn addr(c: &mut Ctx, b: &[u8], at: usize, n: usize) -> Res {
    let a = bytes(b, at, n)?;
    if n == 4 {
        c.ip4(a)
    } else {
        c.ip6(a)
    }
    Ok(())
}

/// The Downstream Mapping TLV: MTU, address type, the addresses, then
/// the multipath header; tcpdump dumps the rest.
fn downstream_mapping(c: &mut Ctx, b: &[u8], p: usize, len: usize) -> Res<End> {
    if len < 4 {
        return Ok(tlv_too_short(c));
    }
    tcheck(b, p, 4)?;
    let addr_type = b[p + 2];
    c.s("\n\t    MTU: ");
    c.dec(be16(b, p)?);
    let lead = ", Address-Type: ";
    named(
        c,
        lead,
        DOWNSTREAM_ADDR_TYPES,
        addr_type.into(),
        "unknown",
        " (",
    );
    c.s(")");
    // (address size, interface is an address (not an index)).
    let form = match addr_type {
        1 => Some((4, true)),
        2 => Some((4, false)),
        3 => Some((16, true)),
        4 => Some((16, false)),
        _ => None,
    };
    let mut used = 0;
    if let Some((n, by_addr)) = form {
        let size = 4 + n + if by_addr { n } else { 4 };
        if len < size {
            return Ok(tlv_too_short(c));
        }
        tcheck(b, p, size)?;
        c.s("\n\t    Downstream IP: ");
        addr(c, b, p + 4, n)?;
        if by_addr {
            c.s("\n\t    Downstream Interface IP: ");
            addr(c, b, p + 4 + n, n)?;
        } else {
            c.s("\n\t    Downstream Interface Index: 0x");
            c.out.hex0(u64::from(be32(b, p + 4 + n)?), 8);
        }
        used = size;
    }
    if len - used < 4 {
        return Ok(tlv_too_short(c));
    }
    tcheck(b, p + used, 4)?;
    // The multipath information and labels are not decoded: dump it all.
    Ok(End::TooShort)
}
