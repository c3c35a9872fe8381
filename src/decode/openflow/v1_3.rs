//! OpenFlow 1.3 message bodies (print-openflow-1.3.c): the fixed-size
//! messages, hello elements, errors and experimenter messages. Packet-in,
//! flow-mod, multipart and the other variable messages print their header
//! only, as in tcpdump.

use super::super::ctx::{Ctx, Res, be16, be32, u8at};
use super::{
    BodyLen, MsgType, bitmap, bitmap_at, bits, check, data, hex32, hex64, indexed, mac, msg,
    name_or_dec, name_or_invalid, port_features, unknown, vendor_name,
};

const CAPABILITIES: [(u32, &str); 7] = [
    (1 << 0, "FLOW_STATS"),
    (1 << 1, "TABLE_STATS"),
    (1 << 2, "PORT_STATS"),
    (1 << 3, "GROUP_STATS"),
    (1 << 5, "IP_REASM"),
    (1 << 6, "QUEUE_STATS"),
    (1 << 8, "PORT_BLOCKED"),
];

const CONFIG_FLAGS: [(u32, &str); 3] = [(0, "FRAG_NORMAL"), (1, "FRAG_DROP"), (2, "FRAG_REASM")];
const TABLE_IDS: [(u32, &str); 2] = [(0xfe, "MAX"), (0xff, "ALL")];
const MISS_SEND_LEN: [(u32, &str); 2] = [(0xffe5, "MAX"), (0xffff, "NO_BUFFER")];

const PORT_CONFIG: [(u32, &str); 4] = [
    (1 << 0, "PORT_DOWN"),
    (1 << 2, "NO_RECV"),
    (1 << 5, "NO_FWD"),
    (1 << 6, "NO_PACKET_IN"),
];
const PORT_STATE: [(u32, &str); 3] = [(1 << 0, "LINK_DOWN"), (1 << 1, "BLOCKED"), (1 << 2, "LIVE")];
const PORT_FEATURES: [(u32, &str); 16] = [
    (1 << 0, "10MB_HD"),
    (1 << 1, "10MB_FD"),
    (1 << 2, "100MB_HD"),
    (1 << 3, "100MB_FD"),
    (1 << 4, "1GB_HD"),
    (1 << 5, "1GB_FD"),
    (1 << 6, "10GB_FD"),
    (1 << 7, "40GB_FD"),
    (1 << 8, "100GB_FD"),
    (1 << 9, "1TB_FD"),
    (1 << 10, "OTHER"),
    (1 << 11, "COPPER"),
    (1 << 12, "FIBER"),
    (1 << 13, "AUTONEG"),
    (1 << 14, "PAUSE"),
    (1 << 15, "PAUSE_ASYM"),
];

const PORTS: [(u32, &str); 9] = [
    (0xffffff00, "MAX"),
    (0xfffffff8, "IN_PORT"),
    (0xfffffff9, "TABLE"),
    (0xfffffffa, "NORMAL"),
    (0xfffffffb, "FLOOD"),
    (0xfffffffc, "ALL"),
    (0xfffffffd, "CONTROLLER"),
    (0xfffffffe, "LOCAL"),
    (0xffffffff, "ANY"),
];

const ROLES: [(u32, &str); 4] = [(0, "NOCHANGE"), (1, "EQUAL"), (2, "MASTER"), (3, "SLAVE")];

const VERSIONS: [(u32, &str); 6] = [
    (1 << 0, "1.0"),
    (1 << 1, "1.1"),
    (1 << 2, "1.2"),
    (1 << 3, "1.3"),
    (1 << 4, "1.4"),
    (1 << 5, "1.5"),
];

const PACKET_IN_REASONS: [(u32, &str); 3] = [
    (1 << 0, "NO_MATCH"),
    (1 << 1, "ACTION"),
    (1 << 2, "INVALID_TTL"),
];
const PORT_REASONS: [(u32, &str); 3] = [(1 << 0, "ADD"), (1 << 1, "DELETE"), (1 << 2, "MODIFY")];

const ERROR_TYPES: [(u32, &str); 15] = [
    (0, "HELLO_FAILED"),
    (1, "BAD_REQUEST"),
    (2, "BAD_ACTION"),
    (3, "BAD_INSTRUCTION"),
    (4, "BAD_MATCH"),
    (5, "FLOW_MOD_FAILED"),
    (6, "GROUP_MOD_FAILED"),
    (7, "PORT_MOD_FAILED"),
    (8, "TABLE_MOD_FAILED"),
    (9, "QUEUE_OP_FAILED"),
    (10, "SWITCH_CONFIG_FAILED"),
    (11, "ROLE_REQUEST_FAILED"),
    (12, "METER_MOD_FAILED"),
    (13, "TABLE_FEATURES_FAILED"),
    (0xffff, "EXPERIMENTER"),
];

/// The codes of each error type, indexed by type.
const ERROR_CODES: [&[&str]; 14] = [
    &["INCOMPATIBLE", "EPERM"],
    &[
        "BAD_VERSION",
        "BAD_TYPE",
        "BAD_MULTIPART",
        "BAD_EXPERIMENTER",
        "BAD_EXP_TYPE",
        "EPERM",
        "BAD_LEN",
        "BUFFER_EMPTY",
        "BUFFER_UNKNOWN",
        "BAD_TABLE_ID",
        "IS_SLAVE",
        "BAD_PORT",
        "BAD_PACKET",
        "MULTIPART_BUFFER_OVERFLOW",
    ],
    &[
        "BAD_TYPE",
        "BAD_LEN",
        "BAD_EXPERIMENTER",
        "BAD_EXP_TYPE",
        "BAD_OUT_PORT",
        "BAD_ARGUMENT",
        "EPERM",
        "TOO_MANY",
        "BAD_QUEUE",
        "BAD_OUT_GROUP",
        "MATCH_INCONSISTENT",
        "UNSUPPORTED_ORDER",
        "BAD_TAG",
        "BAD_SET_TYPE",
        "BAD_SET_LEN",
        "BAD_SET_ARGUMENT",
    ],
    &[
        "UNKNOWN_INST",
        "UNSUP_INST",
        "BAD_TABLE_ID",
        "UNSUP_METADATA",
        "UNSUP_METADATA_MASK",
        "BAD_EXPERIMENTER",
        "BAD_EXP_TYPE",
        "BAD_LEN",
        "EPERM",
    ],
    &[
        "BAD_TYPE",
        "BAD_LEN",
        "BAD_TAG",
        "BAD_DL_ADDR_MASK",
        "BAD_NW_ADDR_MASK",
        "BAD_WILDCARDS",
        "BAD_FIELD",
        "BAD_VALUE",
        "BAD_MASK",
        "BAD_PREREQ",
        "DUP_FIELD",
        "EPERM",
    ],
    &[
        "UNKNOWN",
        "TABLE_FULL",
        "BAD_TABLE_ID",
        "OVERLAP",
        "EPERM",
        "BAD_TIMEOUT",
        "BAD_COMMAND",
        "BAD_FLAGS",
    ],
    &[
        "GROUP_EXISTS",
        "INVALID_GROUP",
        "WEIGHT_UNSUPPORTED",
        "OUT_OF_GROUPS",
        "OUT_OF_BUCKETS",
        "CHAINING_UNSUPPORTED",
        "WATCH_UNSUPPORTED",
        "LOOP",
        "UNKNOWN_GROUP",
        "CHAINED_GROUP",
        "BAD_TYPE",
        "BAD_COMMAND",
        "BAD_BUCKET",
        "BAD_MATCH",
        "EPERM",
    ],
    &[
        "BAD_PORT",
        "BAD_HW_ADDR",
        "BAD_CONFIG",
        "BAD_ADVERTISE",
        "EPERM",
    ],
    &["BAD_TABLE", "BAD_CONFIG", "EPERM"],
    &["BAD_PORT", "BAD_QUEUE", "EPERM"],
    &["BAD_FLAGS", "BAD_LEN", "EPERM"],
    &["STALE", "UNSUP", "BAD_ROLE"],
    &[
        "UNKNOWN",
        "METER_EXISTS",
        "INVALID_METER",
        "UNKNOWN_METER",
        "BAD_COMMAND",
        "BAD_FLAGS",
        "BAD_RATE",
        "BAD_BURST",
        "BAD_BAND",
        "BAD_BAND_VALUE",
        "OUT_OF_METERS",
        "OUT_OF_BANDS",
    ],
    &[
        "BAD_TABLE",
        "BAD_METADATA",
        "BAD_TYPE",
        "BAD_LEN",
        "BAD_ARGUMENT",
        "EPERM",
    ],
];

/// Body lengths are the message lengths less the 8-byte header.
const TYPES: [MsgType; 30] = [
    msg("HELLO", Some(hello), BodyLen::AtLeast(0)),
    msg("ERROR", Some(error), BodyLen::AtLeast(4)),
    msg("ECHO_REQUEST", Some(data), BodyLen::AtLeast(0)),
    msg("ECHO_REPLY", Some(data), BodyLen::AtLeast(0)),
    msg("EXPERIMENTER", Some(experimenter), BodyLen::AtLeast(8)),
    msg("FEATURES_REQUEST", None, BodyLen::Exactly(0)),
    msg("FEATURES_REPLY", Some(features_reply), BodyLen::Exactly(24)),
    msg("GET_CONFIG_REQUEST", None, BodyLen::Exactly(0)),
    msg("GET_CONFIG_REPLY", Some(switch_config), BodyLen::Exactly(4)),
    msg("SET_CONFIG", Some(switch_config), BodyLen::Exactly(4)),
    msg("PACKET_IN", None, BodyLen::Any),
    msg("FLOW_REMOVED", None, BodyLen::Any),
    msg("PORT_STATUS", Some(port_status), BodyLen::Exactly(72)),
    msg("PACKET_OUT", None, BodyLen::Any),
    msg("FLOW_MOD", None, BodyLen::Any),
    msg("GROUP_MOD", None, BodyLen::Any),
    msg("PORT_MOD", Some(port_mod), BodyLen::Exactly(32)),
    msg("TABLE_MOD", Some(table_mod), BodyLen::Exactly(8)),
    msg("MULTIPART_REQUEST", None, BodyLen::Any),
    msg("MULTIPART_REPLY", None, BodyLen::Any),
    msg("BARRIER_REQUEST", None, BodyLen::Exactly(0)),
    msg("BARRIER_REPLY", None, BodyLen::Exactly(0)),
    msg(
        "QUEUE_GET_CONFIG_REQUEST",
        Some(queue_get_config_request),
        BodyLen::Exactly(8),
    ),
    msg("QUEUE_GET_CONFIG_REPLY", None, BodyLen::Any),
    msg("ROLE_REQUEST", Some(role), BodyLen::Exactly(16)),
    msg("ROLE_REPLY", Some(role), BodyLen::Exactly(16)),
    msg("GET_ASYNC_REQUEST", None, BodyLen::Exactly(0)),
    msg("GET_ASYNC_REPLY", Some(async_config), BodyLen::Exactly(24)),
    msg("SET_ASYNC", Some(async_config), BodyLen::Exactly(24)),
    msg("METER_MOD", None, BodyLen::Any),
];

/// of13_identify_msgtype.
pub(super) fn msg_type(t: u8) -> Option<&'static MsgType> {
    TYPES.get(usize::from(t))
}

/// A port number: a reserved name or the decimal.
fn port_no(c: &mut Ctx, label: &str, b: &[u8], p: usize) -> Res {
    let v = be32(b, p)?;
    c.s(label);
    name_or_dec(c, &PORTS, v);
    Ok(())
}

/// of13_port_print: struct ofp_port, its bitmaps only with -vv.
fn port(c: &mut Ctx, b: &[u8], p: usize) -> Res {
    port_no(c, "\n\t  port_no ", b, p)?;
    mac(c, ", hw_addr ", b, p + 8)?;
    c.s(", name '");
    c.printjnp(b, p + 16, 16)?;
    c.s("'");
    let p = p + 32;
    if c.o.verbose < 2 {
        return check(b, p, 32);
    }
    bitmap_at(c, "\n\t   config", &PORT_CONFIG, b, p)?;
    bitmap_at(c, "\n\t   state", &PORT_STATE, b, p + 4)?;
    port_features(c, &PORT_FEATURES, b, p + 8)?;
    for (off, label) in [(24, "\n\t   curr_speed "), (28, "\n\t   max_speed ")] {
        let v = be32(b, p + off)?;
        c.s(label);
        c.dec(v);
        c.s("kbps");
    }
    Ok(())
}

fn features_reply(c: &mut Ctx, b: &[u8], p: usize, _len: usize) -> Res {
    hex64(c, "\n\t dpid", b, p)?;
    let n_buffers = be32(b, p + 8)?;
    c.s_dec(", n_buffers ", n_buffers);
    let n_tables = u8at(b, p + 12)?;
    c.s_dec(", n_tables ", n_tables);
    let aux = u8at(b, p + 13)?;
    c.s_dec(", auxiliary_id ", aux);
    bitmap_at(c, "\n\t capabilities", &CAPABILITIES, b, p + 16)?;
    check(b, p + 20, 4)
}

fn switch_config(c: &mut Ctx, b: &[u8], p: usize, _len: usize) -> Res {
    let flags = be16(b, p)?;
    c.s("\n\t flags ");
    name_or_invalid(c, &CONFIG_FLAGS, u32::from(flags), 4);
    let miss = be16(b, p + 2)?;
    c.s(", miss_send_len ");
    name_or_dec(c, &MISS_SEND_LEN, u32::from(miss));
    Ok(())
}

fn table_mod(c: &mut Ctx, b: &[u8], p: usize, _len: usize) -> Res {
    let table = u8at(b, p)?;
    c.s("\n\t table_id ");
    name_or_dec(c, &TABLE_IDS, u32::from(table));
    let config = be32(b, p + 4)?;
    hex32(c, ", config", config);
    Ok(())
}

fn role(c: &mut Ctx, b: &[u8], p: usize, _len: usize) -> Res {
    let role = be32(b, p)?;
    c.s("\n\t role ");
    name_or_invalid(c, &ROLES, role, 8);
    hex64(c, ", generation_id", b, p + 8)
}

fn async_config(c: &mut Ctx, b: &[u8], p: usize, _len: usize) -> Res {
    let masks: [(&str, &[(u32, &str)]); 6] = [
        ("\n\t packet_in_mask[EM]", &PACKET_IN_REASONS),
        ("\n\t packet_in_mask[S]", &PACKET_IN_REASONS),
        ("\n\t port_status_mask[EM]", &PORT_REASONS),
        ("\n\t port_status_mask[S]", &PORT_REASONS),
        ("\n\t flow_removed_mask[EM]", &PORT_REASONS),
        ("\n\t flow_removed_mask[S]", &PORT_REASONS),
    ];
    for (i, (label, table)) in masks.iter().enumerate() {
        bitmap_at(c, label, table, b, p + 4 * i)?;
    }
    Ok(())
}

fn port_mod(c: &mut Ctx, b: &[u8], p: usize, _len: usize) -> Res {
    port_no(c, "\n\t port_no ", b, p)?;
    mac(c, ", hw_addr ", b, p + 8)?;
    bitmap_at(c, "\n\t  config", &PORT_CONFIG, b, p + 16)?;
    bitmap_at(c, "\n\t  mask", &PORT_CONFIG, b, p + 20)?;
    bitmap_at(c, "\n\t  advertise", &PORT_FEATURES, b, p + 24)?;
    check(b, p + 28, 4)
}

fn port_status(c: &mut Ctx, b: &[u8], p: usize, _len: usize) -> Res {
    let reason = u8at(b, p)?;
    c.s("\n\t reason ");
    match indexed(&["ADD", "DELETE", "MODIFY"], u32::from(reason)) {
        Some(n) => c.s(n),
        // tcpdump's format here lacks its '%', so the value never shows.
        None => c.s("invalid (0x02x)"),
    }
    port(c, b, p + 8)
}

/// of13_hello_elements_print: the elements, a version bitmap decoded.
fn hello(c: &mut Ctx, b: &[u8], mut p: usize, mut len: usize) -> Res {
    while len > 0 {
        if len < 4 {
            c.invalid();
            return check(b, p, len);
        }
        let typ = be16(b, p)?;
        c.s("\n\t type ");
        if typ == 1 {
            c.s("VERSIONBITMAP");
        } else {
            unknown(c, u32::from(typ), 4);
        }
        let elen = usize::from(be16(b, p + 2)?);
        c.s_dec(", length ", elen as u64);
        p += 4;
        len -= 4;
        if elen < 4 || elen > 4 + len {
            c.invalid();
            return check(b, p, len);
        }
        let value = elen - 4;
        if typ == 1 && value == 4 {
            let v = be32(b, p)?;
            hex32(c, ", bitmap", v);
            bitmap(c, &VERSIONS, v, bits(&VERSIONS));
        } else {
            if typ == 1 {
                c.s(" (bogus)");
            }
            check(b, p, value)?;
        }
        p += value;
        len -= value;
    }
    Ok(())
}

fn experimenter(c: &mut Ctx, b: &[u8], p: usize, len: usize) -> Res {
    let id = be32(b, p)?;
    hex32(c, "\n\t experimenter", id);
    c.s(" (");
    c.s(vendor_name(id));
    c.s(")");
    let exp_type = be32(b, p + 4)?;
    hex32(c, ", exp_type", exp_type);
    data(c, b, p + 8, len - 8)
}

fn queue_get_config_request(c: &mut Ctx, b: &[u8], p: usize, _len: usize) -> Res {
    port_no(c, "\n\t port ", b, p)?;
    check(b, p + 4, 4)
}

fn error(c: &mut Ctx, b: &[u8], p: usize, len: usize) -> Res {
    super::error(c, b, p, len, &ERROR_TYPES, &ERROR_CODES)
}
