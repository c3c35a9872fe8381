//! OpenFlow 1.0 flows: the match structure, action lists, flow-mod and
//! flow-removed, and packet-in/packet-out with their Ethernet frame
//! decoded at -vvv.

use super::super::super::ctx::{Ctx, Res, be16, be32, u8at};
use super::super::super::dispatch;
use super::super::super::out::Emit;
use super::super::{check, data_head, hex64, indexed, mac, name_or_dec, name_or_invalid};
use super::{
    ACTION_TYPES, PORT_CONTROLLER, PORTS, element_len, port_no, u32_field, u64_field, vendor,
};
use crate::wire::{ethertype as et, ip_proto as ipp};

/// The action types a switch supports (features reply), bit n for type n.
pub(super) const ACTION_BITS: [(u32, &str); 12] = [
    (1 << 0, "OUTPUT"),
    (1 << 1, "SET_VLAN_VID"),
    (1 << 2, "SET_VLAN_PCP"),
    (1 << 3, "STRIP_VLAN"),
    (1 << 4, "SET_DL_SRC"),
    (1 << 5, "SET_DL_DST"),
    (1 << 6, "SET_NW_SRC"),
    (1 << 7, "SET_NW_DST"),
    (1 << 8, "SET_NW_TOS"),
    (1 << 9, "SET_TP_SRC"),
    (1 << 10, "SET_TP_DST"),
    (1 << 11, "ENQUEUE"),
];

const ACTION_VENDOR: u16 = 0xffff;

// Wildcard bits of struct ofp_match.
const FW_IN_PORT: u32 = 1 << 0;
const FW_DL_VLAN: u32 = 1 << 1;
const FW_DL_SRC: u32 = 1 << 2;
const FW_DL_DST: u32 = 1 << 3;
const FW_DL_TYPE: u32 = 1 << 4;
const FW_NW_PROTO: u32 = 1 << 5;
const FW_TP_SRC: u32 = 1 << 6;
const FW_TP_DST: u32 = 1 << 7;
const FW_DL_VLAN_PCP: u32 = 1 << 20;
const FW_NW_TOS: u32 = 1 << 21;
const FW_ALL: u32 = (1 << 22) - 1;

/// The wildcard flags with names (the table statistics print them).
pub(super) const WILDCARD_BITS: [(u32, &str); 10] = [
    (FW_IN_PORT, "IN_PORT"),
    (FW_DL_VLAN, "DL_VLAN"),
    (FW_DL_SRC, "DL_SRC"),
    (FW_DL_DST, "DL_DST"),
    (FW_DL_TYPE, "DL_TYPE"),
    (FW_NW_PROTO, "NW_PROTO"),
    (FW_TP_SRC, "TP_SRC"),
    (FW_TP_DST, "TP_DST"),
    (FW_DL_VLAN_PCP, "DL_VLAN_PCP"),
    (FW_NW_TOS, "NW_TOS"),
];
pub(super) const WILDCARDS_ASSIGNED: u32 = FW_ALL;

const FLOW_COMMANDS: [(u32, &str); 5] = [
    (0, "ADD"),
    (1, "MODIFY"),
    (2, "MODIFY_STRICT"),
    (3, "DELETE"),
    (4, "DELETE_STRICT"),
];
const FLOW_FLAGS: [(u32, &str); 3] = [
    (1 << 0, "SEND_FLOW_REM"),
    (1 << 1, "CHECK_OVERLAP"),
    (1 << 2, "EMERG"),
];
const BUFFER_NONE: [(u32, &str); 1] = [(0xffffffff, "NONE")];

/// vlan_str: a VLAN ID, "NONE" for 0xffff, marked when out of range.
fn vlan(c: &mut Ctx, vid: u16) {
    if vid == 0xffff {
        c.s("NONE");
        return;
    }
    c.dec(vid);
    if vid == 0 || vid >= 0x0fff {
        c.s(" (bogus)");
    }
}

/// pcp_str: a priority code point, marked above 7.
fn pcp(c: &mut Ctx, v: u8) {
    c.dec(v);
    if v > 7 {
        c.s(" (bogus)");
    }
}

/// `pfx` "match " and a field name, the start of every match line.
fn field(c: &mut Ctx, pfx: &str, name: &str) {
    c.s(pfx);
    c.s("match ");
    c.s(name);
    c.s(" ");
}

/// An IPv4 address field with the prefix length its wildcard bits leave.
fn nw_addr(c: &mut Ctx, pfx: &str, name: &str, b: &[u8], p: usize, wildcard_bits: u32) -> Res {
    if wildcard_bits < 32 {
        let a = super::super::super::ctx::bytes(b, p, 4)?;
        field(c, pfx, name);
        c.ip4(a);
        c.s_dec("/", 32 - wildcard_bits);
    }
    Ok(())
}

/// of10_match_print: the fields the wildcards do not mask, one a line.
pub(super) fn match_fields(c: &mut Ctx, pfx: &str, b: &[u8], p: usize) -> Res {
    let wc = be32(b, p)?;
    if wc & !FW_ALL != 0 {
        c.s(pfx);
        super::super::hex32(c, "wildcards", wc);
        c.s(" (bogus)");
    }
    if wc & FW_IN_PORT == 0 {
        let port = be16(b, p + 4)?;
        field(c, pfx, "in_port");
        name_or_dec(c, &PORTS, u32::from(port));
    }
    for (bit, name, off) in [(FW_DL_SRC, "dl_src", 6), (FW_DL_DST, "dl_dst", 12)] {
        if wc & bit == 0 {
            let a = super::super::super::ctx::bytes(b, p + off, 6)?;
            field(c, pfx, name);
            dispatch::mac(c, a);
        }
    }
    if wc & FW_DL_VLAN == 0 {
        let vid = be16(b, p + 18)?;
        field(c, pfx, "dl_vlan");
        vlan(c, vid);
    }
    if wc & FW_DL_VLAN_PCP == 0 {
        let v = u8at(b, p + 20)?;
        field(c, pfx, "dl_vlan_pcp");
        pcp(c, v);
    }
    let dl_type = be16(b, p + 22)?;
    let dl_type_set = wc & FW_DL_TYPE == 0;
    if dl_type_set {
        field(c, pfx, "dl_type");
        c.s("0x");
        c.out.hex0(u64::from(dl_type), 4);
    }
    if wc & FW_NW_TOS == 0 {
        let tos = u8at(b, p + 24)?;
        field(c, pfx, "nw_tos");
        c.s("0x");
        c.out.hex0(u64::from(tos), 2);
    }
    let nw_proto = u8at(b, p + 25)?;
    let nw_proto_set = wc & FW_NW_PROTO == 0;
    if nw_proto_set {
        let name = if dl_type_set && dl_type == et::ARP {
            "arp_opcode"
        } else {
            "nw_proto"
        };
        field(c, pfx, name);
        c.dec(nw_proto);
    }
    nw_addr(c, pfx, "nw_src", b, p + 28, (wc >> 8) & 0x3f)?;
    nw_addr(c, pfx, "nw_dst", b, p + 32, (wc >> 14) & 0x3f)?;
    let icmp = dl_type_set && dl_type == et::IPV4 && nw_proto_set && nw_proto == ipp::ICMP;
    if wc & FW_TP_SRC == 0 {
        let v = be16(b, p + 36)?;
        field(c, pfx, if icmp { "icmp_type" } else { "tp_src" });
        c.dec(v);
    }
    if wc & FW_TP_DST == 0 {
        let v = be16(b, p + 38)?;
        field(c, pfx, if icmp { "icmp_code" } else { "tp_dst" });
        c.dec(v);
    } else {
        check(b, p + 38, 2)?;
    }
    Ok(())
}

/// The length each action type must have (None: any multiple of 8 for
/// vendor actions; unknown types are skipped).
fn action_len_ok(typ: u16, alen: usize) -> Option<bool> {
    match typ {
        0..=3 | 6..=10 => Some(alen == 8),
        4 | 5 | 11 => Some(alen == 16),
        ACTION_VENDOR => Some(alen % 8 == 0),
        _ => None,
    }
}

/// of10_actions_print: an action list, one action a line.
pub(super) fn actions(c: &mut Ctx, pfx: &str, b: &[u8], mut p: usize, mut len: usize) -> Res {
    while len > 0 {
        if len < 8 {
            c.invalid();
            return check(b, p, len);
        }
        let typ = be16(b, p)?;
        c.s(pfx);
        c.s("action type ");
        match (typ, indexed(&ACTION_TYPES, u32::from(typ))) {
            (ACTION_VENDOR, _) => c.s("VENDOR"),
            (_, Some(n)) => c.s(n),
            _ => name_or_invalid(c, &[], u32::from(typ), 4),
        }
        let Some(alen) = element_len(c, b, p, 2, len)? else {
            return Ok(());
        };
        let body = p + 4;
        match action_len_ok(typ, alen) {
            Some(true) => action_body(c, typ, b, body, alen - 4)?,
            Some(false) => {
                c.s(" (bogus)");
                check(b, body, alen - 4)?;
            }
            None => check(b, body, alen - 4)?,
        }
        p += alen;
        len -= alen;
    }
    Ok(())
}

/// The fields after an action's type and length (`len` octets at `p`).
fn action_body(c: &mut Ctx, typ: u16, b: &[u8], p: usize, len: usize) -> Res {
    match typ {
        0 => {
            let port = port_no(c, ", port ", b, p)?;
            if port == PORT_CONTROLLER {
                let max_len = be16(b, p + 2)?;
                c.s_dec(", max_len ", max_len);
                Ok(())
            } else {
                check(b, p + 2, 2)
            }
        }
        1 => {
            let vid = be16(b, p)?;
            c.s(", vlan_vid ");
            vlan(c, vid);
            check(b, p + 2, 2)
        }
        2 => {
            let v = u8at(b, p)?;
            c.s(", vlan_pcp ");
            pcp(c, v);
            check(b, p + 1, 3)
        }
        3 => check(b, p, 4),
        4 | 5 => {
            mac(c, ", dl_addr ", b, p)?;
            check(b, p + 6, 6)
        }
        6 | 7 => {
            let a = super::super::super::ctx::bytes(b, p, 4)?;
            c.s(", nw_addr ");
            c.ip4(a);
            Ok(())
        }
        8 => {
            let tos = u8at(b, p)?;
            c.s(", nw_tos 0x");
            c.out.hex0(u64::from(tos), 2);
            check(b, p + 1, 3)
        }
        9 | 10 => {
            let port = be16(b, p)?;
            c.s_dec(", tp_port ", port);
            check(b, p + 2, 2)
        }
        11 => {
            port_no(c, ", port ", b, p)?;
            let queue = be32(b, p + 8)?;
            c.s(", queue_id ");
            name_or_dec(c, &[(0xffffffff, "ALL")], queue);
            Ok(())
        }
        _ => vendor::action(c, b, p, len),
    }
}

pub(super) fn flow_mod(c: &mut Ctx, b: &[u8], p: usize, len: usize) -> Res {
    match_fields(c, "\n\t ", b, p)?;
    hex64(c, "\n\t cookie", b, p + 40)?;
    let command = be16(b, p + 48)?;
    c.s(", command ");
    name_or_invalid(c, &FLOW_COMMANDS, u32::from(command), 4);
    for (off, label) in [
        (50, ", idle_timeout "),
        (52, ", hard_timeout "),
        (54, ", priority "),
    ] {
        nonzero(c, label, b, p + off)?;
    }
    let buffer_id = be32(b, p + 56)?;
    if command <= 2 {
        c.s(", buffer_id ");
        buffer(c, buffer_id);
    }
    let out_port = be16(b, p + 60)?;
    if command == 3 || command == 4 {
        c.s(", out_port ");
        name_or_dec(c, &PORTS, u32::from(out_port));
    }
    let flags = be16(b, p + 62)?;
    c.s(", flags 0x");
    c.out.hex0(u64::from(flags), 4);
    super::super::bitmap(
        c,
        &FLOW_FLAGS,
        u32::from(flags),
        super::super::bits(&FLOW_FLAGS),
    );
    actions(c, "\n\t ", b, p + 64, len - 64)
}

/// A 16-bit field printed only when it is not zero.
fn nonzero(c: &mut Ctx, label: &str, b: &[u8], p: usize) -> Res {
    let v = be16(b, p)?;
    if v != 0 {
        c.s(label);
        c.dec(v);
    }
    Ok(())
}

/// A buffer ID: "NONE" or hex.
fn buffer(c: &mut Ctx, id: u32) {
    match super::super::lookup(&BUFFER_NONE, id) {
        Some(n) => c.s(n),
        None => {
            c.s("0x");
            c.out.hex0(u64::from(id), 8);
        }
    }
}

pub(super) fn flow_removed(c: &mut Ctx, b: &[u8], p: usize, _len: usize) -> Res {
    match_fields(c, "\n\t ", b, p)?;
    hex64(c, "\n\t cookie", b, p + 40)?;
    nonzero(c, ", priority ", b, p + 48)?;
    let reason = u8at(b, p + 50)?;
    c.s(", reason ");
    match indexed(
        &["IDLE_TIMEOUT", "HARD_TIMEOUT", "DELETE"],
        u32::from(reason),
    ) {
        Some(n) => c.s(n),
        None => super::super::unknown(c, u32::from(reason), 2),
    }
    u32_field(c, ", duration_sec ", b, p + 52)?;
    u32_field(c, ", duration_nsec ", b, p + 56)?;
    nonzero(c, ", idle_timeout ", b, p + 60)?;
    u64_field(c, ", packet_count ", b, p + 64)?;
    u64_field(c, ", byte_count ", b, p + 72)
}

pub(super) fn packet_out(c: &mut Ctx, b: &[u8], p: usize, len: usize) -> Res {
    let buffer_id = be32(b, p)?;
    super::super::hex32(c, "\n\t buffer_id", buffer_id);
    port_no(c, ", in_port ", b, p + 4)?;
    let actions_len = usize::from(be16(b, p + 6)?);
    let rest = len - 8;
    if actions_len > rest {
        c.invalid();
        return check(b, p + 8, rest);
    }
    actions(c, "\n\t ", b, p + 8, actions_len)?;
    packet_data(c, b, p + 8 + actions_len, rest - actions_len)
}

pub(super) fn packet_in(c: &mut Ctx, b: &[u8], p: usize, len: usize) -> Res {
    let buffer_id = be32(b, p)?;
    c.s("\n\t buffer_id ");
    buffer(c, buffer_id);
    let total_len = be16(b, p + 4)?;
    c.s_dec(", total_len ", total_len);
    port_no(c, ", in_port ", b, p + 6)?;
    let reason = u8at(b, p + 8)?;
    c.s(", reason ");
    name_or_invalid(c, &[(0, "NO_MATCH"), (1, "ACTION")], u32::from(reason), 2);
    check(b, p + 9, 1)?;
    packet_data(c, b, p + 10, len - 10)
}

/// of10_packet_data_print: the frame's size, and from -vvv the frame
/// itself through the Ethernet printer at three -v levels less.
fn packet_data(c: &mut Ctx, b: &[u8], p: usize, len: usize) -> Res {
    if !data_head(c, b, p, len, 3)? {
        return Ok(());
    }
    c.s(", frame decoding below\n");
    // The frame may be followed by more messages: it ends where its
    // length says, not where the capture does.
    let end = p.saturating_add(len).min(b.len());
    let frame = b.get(p..end).unwrap_or(&[]);
    let opts = crate::decode::PrintOptions {
        verbose: c.o.verbose - 3,
        ..c.o.clone()
    };
    let mut inner = Ctx {
        out: &mut *c.out,
        o: &opts,
        link: c.link,
        proto: c.proto,
        ll_len: c.ll_len,
        tcp: &mut *c.tcp,
        names: &mut *c.names,
        ike: &mut *c.ike,
        slip: &mut *c.slip,
        rx: &mut *c.rx,
        nfs: &mut *c.nfs,
    };
    let r = dispatch::ether(&mut inner, frame, len);
    // A truncation inside the frame is marked with the inner layer's name.
    c.proto = inner.proto;
    r.map(|_| ())
}
