//! The ForCES common header: message types, lengths, IDs and flags, and
//! the hex dump of a message that failed.

use super::oper::{self, op_bit};
use super::top;
use super::{Ctx, Emit, Outcome, Res, be16, be32, hex, hex_dump};

/// The common header.
const HDR_LEN: usize = 24;

/// How many top-level TLVs a message type takes (tom_h flags): none,
/// optionally some, at least one; the high nibble is the most printed.
const ZERO_TTLV: u16 = 0x01;
const ZERO_MORE_TTLV: u16 = 0x02;
const ONE_MORE_TTLV: u16 = 0x04;
const TWO_TLV: u16 = 0x20;
const ONE_TLV: u16 = 0x10;
const MAX_TLV: u16 = 0xF0;
const TTLV_T1: u16 = ONE_MORE_TTLV | ONE_TLV;
const TTLV_T2: u16 = ONE_MORE_TTLV | MAX_TLV;

/// What a message type's top-level TLVs hold.
#[derive(Clone, Copy)]
enum Top {
    Nothing,
    LfbSelect,
    Teardown,
    SetupResult,
    Redirect,
}

/// A message type: its code, top-level TLV counts, the operations its LFB
/// selectors may carry, its name and what its top-level TLVs hold.
struct MessageType {
    code: u8,
    flags: u16,
    ops: u16,
    name: &'static str,
    top: Top,
}

const CFG_OPS: u16 = op_bit(oper::SET)
    | op_bit(oper::SETPROP)
    | op_bit(oper::DEL)
    | op_bit(oper::COMMIT)
    | op_bit(oper::RTRCOMP);
const CFG_RESPONSE_OPS: u16 = op_bit(oper::SETRESP)
    | op_bit(oper::SETPROPRESP)
    | op_bit(oper::DELRESP)
    | op_bit(oper::RCOMMIT);
const QUERY_OPS: u16 = op_bit(oper::GET) | op_bit(oper::GETPROP);
const QUERY_RESPONSE_OPS: u16 = op_bit(oper::GETRESP) | op_bit(oper::GETPROPRESP);
const REPORT_OPS: u16 = op_bit(oper::REPORT);

/// ForCES_msg, in tcpdump's order.
const MESSAGE_TYPES: &[MessageType] = &[
    MessageType {
        code: 0x01,
        flags: ZERO_MORE_TTLV | TWO_TLV,
        ops: REPORT_OPS,
        name: "Association Setup",
        top: Top::LfbSelect,
    },
    MessageType {
        code: 0x02,
        flags: TTLV_T1,
        ops: 0,
        name: "Association TearDown",
        top: Top::Teardown,
    },
    MessageType {
        code: 0x03,
        flags: TTLV_T2,
        ops: CFG_OPS,
        name: "Config",
        top: Top::LfbSelect,
    },
    MessageType {
        code: 0x04,
        flags: TTLV_T2,
        ops: QUERY_OPS,
        name: "Query",
        top: Top::LfbSelect,
    },
    MessageType {
        code: 0x05,
        flags: TTLV_T1,
        ops: REPORT_OPS,
        name: "Event Notification",
        top: Top::LfbSelect,
    },
    MessageType {
        code: 0x06,
        flags: TTLV_T2,
        ops: 0,
        name: "Packet Redirect",
        top: Top::Redirect,
    },
    MessageType {
        code: 0x0F,
        flags: ZERO_TTLV,
        ops: 0,
        name: "HeartBeat",
        top: Top::Nothing,
    },
    MessageType {
        code: 0x11,
        flags: TTLV_T1,
        ops: 0,
        name: "Association Response",
        top: Top::SetupResult,
    },
    MessageType {
        code: 0x13,
        flags: TTLV_T2,
        ops: CFG_RESPONSE_OPS,
        name: "Config Response",
        top: Top::LfbSelect,
    },
    MessageType {
        code: 0x14,
        flags: TTLV_T2,
        ops: QUERY_RESPONSE_OPS,
        name: "Query Response",
        top: Top::LfbSelect,
    },
];

/// tom_valid: the codes RFC 5810 assigns, gaps excluded.
fn tom_valid(tom: u8) -> bool {
    matches!(tom, 0x01..=0x06 | 0x0F | 0x11..=0x14)
}

/// ForCES_node: the kind of element an ID names.
fn node(id: u32) -> &'static str {
    match id {
        0..=0x3FFF_FFFF => "FE",
        0x4000_0000..=0x7FFF_FFFF => "CE",
        0xC000_0000..=0xFFFF_FFEF => "AllMulticast",
        0xFFFF_FFFD => "AllCEsBroadcast",
        0xFFFF_FFFE => "AllFEsBroadcast",
        0xFFFF_FFFF => "AllBroadcast",
        _ => "ForCESreserved",
    }
}

/// The named flag fields of the header: (shift, mask, names, default).
const ACK: (u32, u32, &[&str], &str) = (
    30,
    0x3,
    &["NoACK", "SuccessACK", "FailureACK", "AlwaysACK"],
    "ACKUnknown",
);
const EM: (u32, u32, &[&str], &str) = (
    22,
    0x3,
    &[
        "EMReserved",
        "execute-all-or-none",
        "execute-until-failure",
        "continue-execute-on-failure",
    ],
    "EMUnknown",
);
const AT: (u32, u32, &[&str], &str) = (21, 0x1, &["Standalone", "2PCtransaction"], "ATUnknown");
const TP: (u32, u32, &[&str], &str) = (
    19,
    0x3,
    &[
        "StartofTransaction",
        "MiddleofTransaction",
        "EndofTransaction",
        "abort",
    ],
    "TPUnknown",
);

/// "NAME(0xV)" for one flag field of `flags`.
fn flag_field(c: &mut Ctx, flags: u32, field: (u32, u32, &[&str], &str)) {
    let (shift, mask, names, default) = field;
    let v = (flags >> shift) & mask;
    c.s(names.get(v as usize).copied().unwrap_or(default));
    c.s("(0x");
    hex(c, v);
    c.s(")");
}

/// forces_print: a ForCES message of `len` bytes from the start of `b`.
pub(crate) fn forces(c: &mut Ctx, b: &[u8], len: usize) -> Res {
    c.proto = "forces";
    if b.len() < HDR_LEN {
        c.trunc();
        return Ok(());
    }
    let tom = b[1];
    if !tom_valid(tom) {
        c.s_dec("Invalid ForCES message type ", tom);
        c.s("\n");
        return dump_failed(c, b, len);
    }
    let mlen = usize::from(be16(b, 2)?) << 2;
    let Some(msg) = MESSAGE_TYPES.iter().find(|m| m.code == tom) else {
        c.s("\n\tUnknown ForCES message type=0x");
        hex(c, tom);
        return dump_failed(c, b, len);
    };
    c.s("\n\tForCES ");
    c.s(msg.name);
    c.s(" ");
    if len < HDR_LEN || mlen < HDR_LEN || mlen != len {
        c.s_dec("Illegal ForCES pkt len - min 24, total recvd ", len as u64);
        c.s_dec(", advertised ", mlen as u64);
        c.s(" ");
        return dump_failed(c, b, len);
    }
    let flags = be32(b, 20)?;
    if c.o.verbose >= 1 {
        ids(c, b, mlen, flags)?;
    }
    if c.o.verbose >= 2 {
        flag_fields(c, flags);
    }
    if top_level(c, b, mlen, msg)? == Outcome::Failed {
        return dump_failed(c, b, len);
    }
    if c.o.verbose >= 4 {
        c.s("\n\t  Raw ForCES message\n\t [");
        hex_dump(c, b, 0, len, "\n\t ")?;
        c.s("\n\t ]");
    }
    Ok(())
}

/// The -v lines: version, length, flags, source and destination IDs,
/// correlator.
fn ids(c: &mut Ctx, b: &[u8], mlen: usize, flags: u32) -> Res {
    let src = be32(b, 4)?;
    let dst = be32(b, 8)?;
    let correlator = (u64::from(be32(b, 12)?) << 32) | u64::from(be32(b, 16)?);
    c.s_dec("\n\tForCES Version ", b[0] >> 4);
    c.s_dec(" len ", mlen as u64);
    c.s("B flags 0x");
    c.out.hex0(u64::from(flags), 8);
    c.s(" \n\tSrcID 0x");
    hex(c, src);
    c.s("(");
    c.s(node(src));
    c.s(") DstID 0x");
    hex(c, dst);
    c.s("(");
    c.s(node(dst));
    c.s(") Correlator 0x");
    hex(c, correlator);
    Ok(())
}

/// The -vv lines: the flag fields by name, the priority and the reserved
/// bits.
fn flag_fields(c: &mut Ctx, flags: u32) {
    c.s("\n\tForCES flags:\n\t  ");
    flag_field(c, flags, ACK);
    c.s_dec(", prio=", (flags >> 27) & 0x7);
    c.s(", ");
    flag_field(c, flags, EM);
    c.s(",\n\t  ");
    flag_field(c, flags, AT);
    c.s(", ");
    flag_field(c, flags, TP);
    c.s("\n\t  Extra flags: rsv(b5-7) 0x");
    hex(c, (flags >> 24) & 0x7);
    c.s(" rsv(b13-31) 0x");
    hex(c, flags & 0x7FFFF);
    c.s("\n");
}

/// forces_type_print: the message's top-level TLVs, as many as its type
/// allows, each by the type's printer at indent 9.
fn top_level(c: &mut Ctx, b: &[u8], mlen: usize, msg: &MessageType) -> Res<Outcome> {
    let mut rlen = mlen - HDR_LEN;
    if rlen > super::TLV_HDR {
        if msg.flags & ZERO_TTLV != 0 {
            c.s("<0x");
            hex(c, msg.flags);
            c.s(">Illegal Top level TLV!\n");
            return Ok(Outcome::Failed);
        }
    } else {
        if msg.flags & ZERO_MORE_TTLV != 0 {
            return Ok(Outcome::Printed);
        }
        if msg.flags & ONE_MORE_TTLV != 0 {
            c.s("\tTop level TLV Data missing!\n");
            return Ok(Outcome::Failed);
        }
    }
    if msg.flags & ZERO_TTLV != 0 {
        return Ok(Outcome::Printed);
    }
    let mut left = msg.flags >> 4;
    let mut at = HDR_LEN;
    while rlen != 0 {
        let (kind, tlvl) = super::tlv_at(b, at)?;
        if super::tlv_check(tlvl, rlen) != 0 {
            break;
        }
        if !super::ttlv_valid(kind) {
            c.s("\n\tInvalid ForCES Top TLV type=0x");
            hex(c, kind);
            return Ok(Outcome::Failed);
        }
        if c.o.verbose >= 3 {
            c.s("\t");
            super::tlv_summary(c, kind, tlvl, "length");
        }
        let data = at + super::TLV_HDR;
        let outcome = match msg.top {
            Top::LfbSelect => oper::lfb_select(c, b, data, tlvl, msg.ops, 9)?,
            Top::Teardown => top::result_code(c, b, data, tlvl, 9, &top::TEARDOWN)?,
            Top::SetupResult => top::result_code(c, b, data, tlvl, 9, &top::SETUP_RESULT)?,
            Top::Redirect => top::redirect(c, b, data, tlvl, 9)?,
            // Only HeartBeat has no TLVs, and ZERO_TTLV has returned.
            Top::Nothing => Outcome::Printed,
        };
        if outcome == Outcome::Failed {
            return Ok(Outcome::Failed);
        }
        at += super::align4(tlvl);
        rlen -= super::align4(tlvl);
        left = left.saturating_sub(1);
        if left == 0 {
            break;
        }
    }
    if rlen != 0 {
        c.s_dec("\tMess TopTLV header: min 4, total ", rlen as u64);
        c.s(" advertised ");
        c.dec(be16(b, at + 2)?);
        c.s(" ");
        return Ok(Outcome::Failed);
    }
    Ok(Outcome::Printed)
}

/// The error path of forces_print: the whole message in hex.
fn dump_failed(c: &mut Ctx, b: &[u8], len: usize) -> Res {
    hex_dump(c, b, 0, len, "\n\t[")?;
    c.s("\n\t]");
    Ok(())
}
