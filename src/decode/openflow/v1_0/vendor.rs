//! OpenFlow 1.0 vendor messages, actions and statistics: the vendor's
//! name, and the Big Switch Networks messages and mirror action decoded
//! (others as data).

use super::super::super::ctx::{Ctx, Res, be32, print_char, u8at};
use super::super::{check, data, hex32, unknown, vendor_name};
use super::{invalid, u32_field};
use crate::wire::ethertype;

const OUI_BSN: u32 = 0x5c16c7;

/// Message subtypes by number; 29 and 30 are unassigned.
const BSN_SUBTYPES: [&str; 36] = [
    "SET_IP_MASK",
    "GET_IP_MASK_REQUEST",
    "GET_IP_MASK_REPLY",
    "SET_MIRRORING",
    "GET_MIRRORING_REQUEST",
    "GET_MIRRORING_REPLY",
    "SHELL_COMMAND",
    "SHELL_OUTPUT",
    "SHELL_STATUS",
    "GET_INTERFACES_REQUEST",
    "GET_INTERFACES_REPLY",
    "SET_PKTIN_SUPPRESSION_REQUEST",
    "SET_L2_TABLE_REQUEST",
    "GET_L2_TABLE_REQUEST",
    "GET_L2_TABLE_REPLY",
    "VIRTUAL_PORT_CREATE_REQUEST",
    "VIRTUAL_PORT_CREATE_REPLY",
    "VIRTUAL_PORT_REMOVE_REQUEST",
    "BW_ENABLE_SET_REQUEST",
    "BW_ENABLE_GET_REQUEST",
    "BW_ENABLE_GET_REPLY",
    "BW_CLEAR_DATA_REQUEST",
    "BW_CLEAR_DATA_REPLY",
    "BW_ENABLE_SET_REPLY",
    "SET_L2_TABLE_REPLY",
    "SET_PKTIN_SUPPRESSION_REPLY",
    "VIRTUAL_PORT_REMOVE_REPLY",
    "HYBRID_GET_REQUEST",
    "HYBRID_GET_REPLY",
    "",
    "",
    "PDU_TX_REQUEST",
    "PDU_TX_REPLY",
    "PDU_RX_REQUEST",
    "PDU_RX_REPLY",
    "PDU_RX_TIMEOUT",
];

/// ", vendor 0x%08x (NAME)"; the vendor ID.
fn vendor_id(c: &mut Ctx, b: &[u8], p: usize) -> Res<u32> {
    let v = be32(b, p)?;
    hex32(c, ", vendor", v);
    c.s(" (");
    c.s(vendor_name(v));
    c.s(")");
    Ok(v)
}

/// of10_vendor_message_print.
pub(super) fn message(c: &mut Ctx, b: &[u8], p: usize, len: usize) -> Res {
    if vendor_id(c, b, p)? == OUI_BSN {
        bsn_message(c, b, p + 4, len - 4)
    } else {
        data(c, b, p + 4, len - 4)
    }
}

/// of10_vendor_data_print: vendor statistics.
pub(super) fn stats_data(c: &mut Ctx, b: &[u8], p: usize, len: usize) -> Res {
    if len < 4 {
        return invalid(c, b, p, len);
    }
    vendor_id(c, b, p)?;
    data(c, b, p + 4, len - 4)
}

/// of10_vendor_action_print: `len` octets after the action header.
pub(super) fn action(c: &mut Ctx, b: &[u8], p: usize, len: usize) -> Res {
    if len < 4 {
        return invalid(c, b, p, len);
    }
    if vendor_id(c, b, p)? == OUI_BSN {
        bsn_action(c, b, p + 4, len - 4)
    } else {
        data(c, b, p + 4, len - 4)
    }
}

/// nd_printn: `len` characters, escaped, no stop at NUL.
fn quoted_chars(c: &mut Ctx, b: &[u8], p: usize, len: usize) -> Res {
    c.s(", data '");
    for i in 0..len {
        print_char(c, u8at(b, p + i)?);
    }
    c.s("'");
    Ok(())
}

/// of10_bsn_message_print: the subtype and the fields tcpdump knows.
fn bsn_message(c: &mut Ctx, b: &[u8], p: usize, len: usize) -> Res {
    if len < 4 {
        return invalid(c, b, p, len);
    }
    let subtype = be32(b, p)?;
    c.s("\n\t subtype ");
    match super::super::indexed(&BSN_SUBTYPES, subtype).filter(|n| !n.is_empty()) {
        Some(n) => c.s(n),
        None => unknown(c, subtype, 8),
    }
    let (p, len) = (p + 4, len - 4);
    let fits = match subtype {
        0..=2 => len == 8,
        3..=5 | 8 | 17 => len == 4,
        9 | 13 | 19 | 21 | 27 => len == 0,
        6 => len >= 4,
        _ => true,
    };
    if !fits {
        return invalid(c, b, p, len);
    }
    match subtype {
        1 => {
            index(c, b, p)?;
            check(b, p + 1, 7)
        }
        0 | 2 => {
            index(c, b, p)?;
            let a = super::super::super::ctx::bytes(b, p + 4, 4)?;
            c.s(", mask ");
            c.ip4(a);
            Ok(())
        }
        3..=5 => {
            let v = u8at(b, p)?;
            c.s(", report_mirror_ports ");
            match v {
                0 => c.s("OFF"),
                1 => c.s("ON"),
                _ => {
                    c.s_dec("bogus (", v);
                    c.s(")");
                }
            }
            check(b, p + 1, 3)
        }
        17 => u32_field(c, ", vport_no ", b, p),
        6 => {
            u32_field(c, ", service ", b, p)?;
            quoted_chars(c, b, p + 4, len - 4)
        }
        7 => quoted_chars(c, b, p, len),
        8 => {
            let status = be32(b, p)?;
            hex32(c, ", status", status);
            Ok(())
        }
        _ => check(b, p, len),
    }
}

fn index(c: &mut Ctx, b: &[u8], p: usize) -> Res {
    let i = u8at(b, p)?;
    c.s_dec(", index ", i);
    Ok(())
}

/// of10_bsn_actions_print: the mirror action decoded.
fn bsn_action(c: &mut Ctx, b: &[u8], p: usize, len: usize) -> Res {
    if len < 4 {
        return invalid(c, b, p, len);
    }
    let subtype = be32(b, p)?;
    c.s("\n\t  subtype ");
    name_or_unknown(c, subtype);
    let (p, len) = (p + 4, len - 4);
    if subtype != 1 {
        return check(b, p, len);
    }
    if len != 12 {
        return invalid(c, b, p, len);
    }
    u32_field(c, ", dest_port ", b, p)?;
    let tag = be32(b, p + 4)?;
    // The upper half is a TPID; the shift leaves 16 bits.
    match (tag >> 16) as u16 {
        0 => c.s(", vlan_tag none"),
        ethertype::VLAN => {
            c.dec_fields(&[
                (", vlan_tag 802.1Q (vlan ", u64::from(tag & 0xfff)),
                (", p ", u64::from((tag & 0xffff) >> 13)),
            ]);
            if tag & 0x1000 != 0 {
                c.s(", DEI");
            }
            c.s(")");
        }
        t => {
            c.s(", vlan_tag ");
            unknown(c, u32::from(t), 4);
        }
    }
    let stage = u8at(b, p + 8)?;
    c.s(", copy_stage ");
    match stage {
        0 => c.s("INGRESS"),
        1 => c.s("EGRESS"),
        _ => {
            c.s_dec("unknown (", stage);
            c.s(")");
        }
    }
    check(b, p + 9, 3)
}

fn name_or_unknown(c: &mut Ctx, subtype: u32) {
    match subtype {
        1 => c.s("MIRROR"),
        2 => c.s("SET_TUNNEL_DST"),
        4 => c.s("CHECKSUM"),
        _ => unknown(c, subtype, 8),
    }
}
