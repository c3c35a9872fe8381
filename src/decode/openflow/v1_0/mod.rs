//! OpenFlow 1.0 message bodies (print-openflow-1.0.c): the message table,
//! the switch and port messages and errors here; flows, matches, actions
//! and packet data in flow.rs; statistics in stats.rs; vendor messages
//! and the Big Switch Networks extensions in vendor.rs.

mod flow;
mod stats;
mod vendor;

use super::super::ctx::{Ctx, Res, be16, be32, u8at};
use super::{
    BodyLen, MsgType, bitmap_at, bits, check, data, hex_bitmap, hex64, mac, msg, name_or_dec,
    name_or_invalid, port_features,
};

const PORT_CONFIG: [(u32, &str); 7] = [
    (1 << 0, "PORT_DOWN"),
    (1 << 1, "NO_STP"),
    (1 << 2, "NO_RECV"),
    (1 << 3, "NO_RECV_STP"),
    (1 << 4, "NO_FLOOD"),
    (1 << 5, "NO_FWD"),
    (1 << 6, "NO_PACKET_IN"),
];

const PORT_FEATURES: [(u32, &str); 12] = [
    (1 << 0, "10MB_HD"),
    (1 << 1, "10MB_FD"),
    (1 << 2, "100MB_HD"),
    (1 << 3, "100MB_FD"),
    (1 << 4, "1GB_HD"),
    (1 << 5, "1GB_FD"),
    (1 << 6, "10GB_FD"),
    (1 << 7, "COPPER"),
    (1 << 8, "FIBER"),
    (1 << 9, "AUTONEG"),
    (1 << 10, "PAUSE"),
    (1 << 11, "PAUSE_ASYM"),
];

/// The reserved port numbers.
const PORTS: [(u32, &str); 9] = [
    (0xff00, "MAX"),
    (0xfff8, "IN_PORT"),
    (0xfff9, "TABLE"),
    (0xfffa, "NORMAL"),
    (0xfffb, "FLOOD"),
    (0xfffc, "ALL"),
    (0xfffd, "CONTROLLER"),
    (0xfffe, "LOCAL"),
    (0xffff, "NONE"),
];
const PORT_CONTROLLER: u16 = 0xfffd;

/// Action types by number (OFPAT_VENDOR, 0xffff, apart).
const ACTION_TYPES: [&str; 12] = [
    "OUTPUT",
    "SET_VLAN_VID",
    "SET_VLAN_PCP",
    "STRIP_VLAN",
    "SET_DL_SRC",
    "SET_DL_DST",
    "SET_NW_SRC",
    "SET_NW_DST",
    "SET_NW_TOS",
    "SET_TP_SRC",
    "SET_TP_DST",
    "ENQUEUE",
];

const CAPABILITIES: [(u32, &str); 8] = [
    (1 << 0, "FLOW_STATS"),
    (1 << 1, "TABLE_STATS"),
    (1 << 2, "PORT_STATS"),
    (1 << 3, "STP"),
    (1 << 4, "RESERVED"),
    (1 << 5, "IP_REASM"),
    (1 << 6, "QUEUE_STATS"),
    (1 << 7, "ARP_MATCH_IP"),
];
/// RESERVED has a name but counts as unassigned.
const CAPABILITIES_ASSIGNED: u32 = bits(&CAPABILITIES) & !(1 << 4);

const ERROR_TYPES: [(u32, &str); 6] = [
    (0, "HELLO_FAILED"),
    (1, "BAD_REQUEST"),
    (2, "BAD_ACTION"),
    (3, "FLOW_MOD_FAILED"),
    (4, "PORT_MOD_FAILED"),
    (5, "QUEUE_OP_FAILED"),
];
const ERROR_CODES: [&[&str]; 6] = [
    &["INCOMPATIBLE", "EPERM"],
    &[
        "BAD_VERSION",
        "BAD_TYPE",
        "BAD_STAT",
        "BAD_VENDOR",
        "BAD_SUBTYPE",
        "EPERM",
        "BAD_LEN",
        "BUFFER_EMPTY",
        "BUFFER_UNKNOWN",
    ],
    &[
        "BAD_TYPE",
        "BAD_LEN",
        "BAD_VENDOR",
        "BAD_VENDOR_TYPE",
        "BAD_OUT_PORT",
        "BAD_ARGUMENT",
        "EPERM",
        "TOO_MANY",
        "BAD_QUEUE",
    ],
    &[
        "ALL_TABLES_FULL",
        "OVERLAP",
        "EPERM",
        "BAD_EMERG_TIMEOUT",
        "BAD_COMMAND",
        "UNSUPPORTED",
    ],
    &["BAD_PORT", "BAD_HW_ADDR"],
    &["BAD_PORT", "BAD_QUEUE", "EPERM"],
];

/// Body lengths are the message lengths less the 8-byte header.
const TYPES: [MsgType; 22] = [
    msg("HELLO", Some(data), BodyLen::AtLeast(0)),
    msg("ERROR", Some(error), BodyLen::AtLeast(4)),
    msg("ECHO_REQUEST", Some(data), BodyLen::AtLeast(0)),
    msg("ECHO_REPLY", Some(data), BodyLen::AtLeast(0)),
    msg("VENDOR", Some(vendor::message), BodyLen::AtLeast(4)),
    msg("FEATURES_REQUEST", None, BodyLen::Exactly(0)),
    msg("FEATURES_REPLY", Some(features_reply), BodyLen::AtLeast(24)),
    msg("GET_CONFIG_REQUEST", None, BodyLen::Exactly(0)),
    msg("GET_CONFIG_REPLY", Some(switch_config), BodyLen::Exactly(4)),
    msg("SET_CONFIG", Some(switch_config), BodyLen::Exactly(4)),
    // 12 less the 2 octets tcpdump counts as mock padding.
    msg("PACKET_IN", Some(flow::packet_in), BodyLen::AtLeast(10)),
    msg(
        "FLOW_REMOVED",
        Some(flow::flow_removed),
        BodyLen::Exactly(80),
    ),
    msg("PORT_STATUS", Some(port_status), BodyLen::Exactly(56)),
    msg("PACKET_OUT", Some(flow::packet_out), BodyLen::AtLeast(8)),
    msg("FLOW_MOD", Some(flow::flow_mod), BodyLen::AtLeast(64)),
    msg("PORT_MOD", Some(port_mod), BodyLen::Exactly(24)),
    msg("STATS_REQUEST", Some(stats::request), BodyLen::AtLeast(4)),
    msg("STATS_REPLY", Some(stats::reply), BodyLen::AtLeast(4)),
    msg("BARRIER_REQUEST", None, BodyLen::Exactly(0)),
    msg("BARRIER_REPLY", None, BodyLen::Exactly(0)),
    msg(
        "QUEUE_GET_CONFIG_REQUEST",
        Some(queue_get_config_request),
        BodyLen::Exactly(4),
    ),
    msg(
        "QUEUE_GET_CONFIG_REPLY",
        Some(queue_get_config_reply),
        BodyLen::AtLeast(8),
    ),
];

/// of10_identify_msgtype.
pub(super) fn msg_type(t: u8) -> Option<&'static MsgType> {
    TYPES.get(usize::from(t))
}

/// tcpdump's `invalid:` exit: the mark, then a check that the `len`
/// bytes left at `p` were captured (so a cut body still reads as cut).
fn invalid(c: &mut Ctx, b: &[u8], p: usize, len: usize) -> Res {
    c.invalid();
    check(b, p, len)
}

/// `label` then a 16-bit port number: a reserved name or the decimal.
fn port_no(c: &mut Ctx, label: &str, b: &[u8], p: usize) -> Res<u16> {
    let v = be16(b, p)?;
    c.s(label);
    name_or_dec(c, &PORTS, u32::from(v));
    Ok(v)
}

/// `label` then a 64-bit counter in decimal.
fn u64_field(c: &mut Ctx, label: &str, b: &[u8], p: usize) -> Res {
    let v = super::be64(b, p)?;
    c.s(label);
    c.dec(v);
    Ok(())
}

/// `label` then a 32-bit value in decimal.
fn u32_field(c: &mut Ctx, label: &str, b: &[u8], p: usize) -> Res {
    let v = be32(b, p)?;
    c.s(label);
    c.dec(v);
    Ok(())
}

/// `label` then a quoted fixed-size string.
fn quoted(c: &mut Ctx, label: &str, b: &[u8], p: usize, size: usize) -> Res {
    c.s(label);
    c.s("'");
    c.printjnp(b, p, size)?;
    c.s("'");
    Ok(())
}

/// of10_phy_port_print: struct ofp_phy_port (48 octets).
fn phy_port(c: &mut Ctx, b: &[u8], p: usize) -> Res {
    port_no(c, "\n\t  port_no ", b, p)?;
    mac(c, ", hw_addr ", b, p + 2)?;
    quoted(c, ", name ", b, p + 8, 16)?;
    let p = p + 24;
    if c.o.verbose < 2 {
        return check(b, p, 24);
    }
    bitmap_at(c, "\n\t   config", &PORT_CONFIG, b, p)?;
    // The state holds an STP code point and one bit, printed as one list.
    let state = be32(b, p + 4)?;
    super::hex32(c, "\n\t   state", state);
    c.s(" (");
    c.s(["STP_LISTEN", "STP_LEARN", "STP_FORWARD", "STP_BLOCK"][((state >> 8) & 3) as usize]);
    if state & 1 != 0 {
        c.s(", LINK_DOWN");
    }
    c.s(")");
    if state & !0x301 != 0 {
        c.s(" (bogus)");
    }
    port_features(c, &PORT_FEATURES, b, p + 8)?;
    Ok(())
}

fn features_reply(c: &mut Ctx, b: &[u8], p: usize, len: usize) -> Res {
    hex64(c, "\n\t dpid", b, p)?;
    u32_field(c, ", n_buffers ", b, p + 8)?;
    let n_tables = u8at(b, p + 12)?;
    c.s_dec(", n_tables ", n_tables);
    let caps = be32(b, p + 16)?;
    hex_bitmap(
        c,
        "\n\t capabilities",
        &CAPABILITIES,
        caps,
        CAPABILITIES_ASSIGNED,
    );
    let actions = be32(b, p + 20)?;
    hex_bitmap(
        c,
        "\n\t actions",
        &flow::ACTION_BITS,
        actions,
        bits(&flow::ACTION_BITS),
    );
    let mut p = p + 24;
    let mut len = len - 24;
    while len > 0 {
        if len < 48 {
            return invalid(c, b, p, len);
        }
        phy_port(c, b, p)?;
        p += 48;
        len -= 48;
    }
    Ok(())
}

fn switch_config(c: &mut Ctx, b: &[u8], p: usize, _len: usize) -> Res {
    let flags = be16(b, p)?;
    c.s("\n\t flags ");
    name_or_invalid(
        c,
        &[(0, "FRAG_NORMAL"), (1, "FRAG_DROP"), (2, "FRAG_REASM")],
        u32::from(flags),
        4,
    );
    let miss = be16(b, p + 2)?;
    c.s_dec(", miss_send_len ", miss);
    Ok(())
}

fn port_mod(c: &mut Ctx, b: &[u8], p: usize, _len: usize) -> Res {
    port_no(c, "\n\t port_no ", b, p)?;
    mac(c, ", hw_addr ", b, p + 2)?;
    bitmap_at(c, "\n\t config", &PORT_CONFIG, b, p + 8)?;
    bitmap_at(c, "\n\t mask", &PORT_CONFIG, b, p + 12)?;
    bitmap_at(c, "\n\t advertise", &PORT_FEATURES, b, p + 16)?;
    check(b, p + 20, 4)
}

fn port_status(c: &mut Ctx, b: &[u8], p: usize, _len: usize) -> Res {
    let reason = u8at(b, p)?;
    c.s("\n\t reason ");
    name_or_invalid(
        c,
        &[(0, "ADD"), (1, "DELETE"), (2, "MODIFY")],
        u32::from(reason),
        2,
    );
    phy_port(c, b, p + 8)
}

fn queue_get_config_request(c: &mut Ctx, b: &[u8], p: usize, _len: usize) -> Res {
    port_no(c, "\n\t port ", b, p)?;
    check(b, p + 2, 2)
}

fn queue_get_config_reply(c: &mut Ctx, b: &[u8], p: usize, len: usize) -> Res {
    port_no(c, "\n\t port ", b, p)?;
    check(b, p + 2, 6)?;
    queues(c, b, p + 8, len - 8)
}

/// of10_queues_print: struct ofp_packet_queue entries, their properties
/// with -vv.
fn queues(c: &mut Ctx, b: &[u8], mut p: usize, mut len: usize) -> Res {
    while len > 0 {
        if len < 8 {
            return invalid(c, b, p, len);
        }
        u32_field(c, "\n\t  queue_id ", b, p)?;
        let Some(qlen) = element_len(c, b, p, 4, len)? else {
            return Ok(());
        };
        check(b, p + 6, 2)?;
        if c.o.verbose >= 2 {
            queue_props(c, b, p + 8, qlen - 8)?;
        } else {
            check(b, p + 8, qlen - 8)?;
        }
        p += qlen;
        len -= qlen;
    }
    Ok(())
}

/// ", len N" for the length of the list element at `p` (16 bits, `off`
/// bytes in; `left` bytes to the list's end). `None`, after the invalid
/// mark and a check of the bytes after the field, when it is shorter than
/// an element header (8) or runs past the list.
pub(super) fn element_len(
    c: &mut Ctx,
    b: &[u8],
    p: usize,
    off: usize,
    left: usize,
) -> Res<Option<usize>> {
    let elen = usize::from(be16(b, p + off)?);
    c.s_dec(", len ", elen as u64);
    if elen < 8 || elen > left {
        c.invalid();
        check(b, p + off + 2, left.saturating_sub(off + 2))?;
        return Ok(None);
    }
    Ok(Some(elen))
}

/// of10_queue_props_print: NONE and MIN_RATE properties.
fn queue_props(c: &mut Ctx, b: &[u8], mut p: usize, mut len: usize) -> Res {
    while len > 0 {
        if len < 8 {
            return invalid(c, b, p, len);
        }
        let property = be16(b, p)?;
        c.s("\n\t   property ");
        name_or_invalid(c, &[(0, "NONE"), (1, "MIN_RATE")], u32::from(property), 4);
        let Some(plen) = element_len(c, b, p, 2, len)? else {
            return Ok(());
        };
        check(b, p + 4, 4)?;
        let decoded = match property {
            0 | 1 if plen != [8, 16][usize::from(property)] => {
                c.s(" (bogus)");
                false
            }
            0 => true,
            1 => {
                let rate = be16(b, p + 8)?;
                if rate > 1000 {
                    c.s(", rate disabled");
                } else {
                    c.dec_fields(&[
                        (", rate ", u64::from(rate / 10)),
                        (".", u64::from(rate % 10)),
                    ]);
                    c.s("%");
                }
                check(b, p + 10, 6)?;
                true
            }
            _ => false,
        };
        if !decoded {
            check(b, p + 8, plen - 8)?;
        }
        p += plen;
        len -= plen;
    }
    Ok(())
}

fn error(c: &mut Ctx, b: &[u8], p: usize, len: usize) -> Res {
    super::error(c, b, p, len, &ERROR_TYPES, &ERROR_CODES)
}
