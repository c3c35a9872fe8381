//! Slow protocols (print-slow.c): LACP and marker TLVs, and Ethernet OAM
//! (802.3ah) information, link event and loopback PDUs.

use super::ctx::codes;
use super::out::Emit;
use super::{Ctx, Res, be16, be32, bytes, dispatch, names, rest, u8at};

const LACP: u8 = 1;
const MARKER: u8 = 2;
const OAM: u8 = 3;

/// slow_print: the subtype line; with -v its TLVs.
pub(crate) fn slow(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "slow";
    if length < 1 {
        return too_short(c);
    }
    let subtype = u8at(b, 0)?;
    match subtype {
        LACP | MARKER => {
            if length < 2 {
                return too_short(c);
            }
            let version = u8at(b, 1)?;
            let name = if subtype == LACP { "LACP" } else { "MARKER" };
            c.s(name);
            if version != 1 {
                c.version_not_supported(" ", version);
                return Ok(());
            }
            c.s_dec("v1, length ", length as u64);
            if c.o.verbose > 0 {
                lacp_marker(c, rest(b, 2), length - 2, subtype)?;
            }
        }
        OAM => {
            c.s_dec("OAM, length ", length as u64);
            if c.o.verbose > 0 {
                oam(c, rest(b, 1), length - 1)?;
            }
        }
        _ => {
            c.s_dec("unknown (", subtype);
            c.s_dec("), length ", length as u64);
            c.unknown_data(b, 0, "\n\t", length);
        }
    }
    Ok(())
}

/// tcpdump's complaint, at -v, about a PDU or TLV shorter than it must be.
const TOO_SHORT: &str = "\n\t\t packet is too short";

/// A header too short for what it must hold: its own line at -v.
fn too_short(c: &mut Ctx) -> Res {
    c.s(if c.o.verbose == 0 {
        " (packet is too short)"
    } else {
        TOO_SHORT
    });
    Ok(())
}

/// Whether `left` bytes fall short of the `least` a PDU or TLV needs;
/// if so, tcpdump's complaint is printed and the caller stops.
fn short_of(c: &mut Ctx, left: usize, least: usize) -> bool {
    if left < least {
        c.s(TOO_SHORT);
    }
    left < least
}

/// bittok2str with tcpdump's "none".
fn flags(c: &mut Ctx, table: &[(u32, &str)], v: u32) {
    c.s("[");
    c.flag_names(v, table);
    c.s("]");
}

const ACTOR_PARTNER_STATE: &[(u32, &str)] = &[
    (0x01, "Activity"),
    (0x02, "Timeout"),
    (0x04, "Aggregation"),
    (0x08, "Synchronization"),
    (0x10, "Collecting"),
    (0x20, "Distributing"),
    (0x40, "Default"),
    (0x80, "Expired"),
];

/// TLV names by (subtype << 8) + type: LACP and marker number theirs
/// separately.
const LACP_MARKER_TLVS: &[(u32, &str)] = &[
    ((LACP as u32) << 8, "Terminator"),
    (((LACP as u32) << 8) + 1, "Actor Information"),
    (((LACP as u32) << 8) + 2, "Partner Information"),
    (((LACP as u32) << 8) + 3, "Collector Information"),
    ((MARKER as u32) << 8, "Terminator"),
    (((MARKER as u32) << 8) + 1, "Marker Information"),
];

/// Body lengths (after the two header bytes) of the TLVs decoded.
const ACTOR_PARTNER_LEN: usize = 18;
const COLLECTOR_LEN: usize = 14;
const MARKER_INFO_LEN: usize = 14;

/// slow_marker_lacp_print: the TLVs of a LACP or marker PDU.
fn lacp_marker(c: &mut Ctx, b: &[u8], length: usize, subtype: u8) -> Res {
    let header = |c: &mut Ctx, ty: u8, len: u8| {
        let key = (u32::from(subtype) << 8) + u32::from(ty);
        c.s("\n\t");
        c.tok(LACP_MARKER_TLVS, key, "Unknown");
        c.s(" TLV (0x");
        c.out.hex0(ty.into(), 2);
        c.s_dec("), length ", len);
    };
    tlvs(c, b, length, header, |c, tlv, ty| {
        let body = &tlv[2..];
        let want = match (subtype, ty) {
            (LACP, 1 | 2) => Some(ACTOR_PARTNER_LEN),
            (LACP, 3) => Some(COLLECTOR_LEN),
            (MARKER, 1) => Some(MARKER_INFO_LEN),
            _ => None,
        };
        match want {
            Some(n) if body.len() != n => {
                c.s_dec("\n\t    ERROR: illegal length - should be ", n as u64 + 2);
            }
            Some(_) => match (subtype, ty) {
                (LACP, 1 | 2) => {
                    c.s("\n\t  System ");
                    dispatch::mac(c, &body[2..8]);
                    let fields = [
                        (", System Priority ", be16(body, 0)?),
                        (", Key ", be16(body, 8)?),
                        (", Port ", be16(body, 12)?),
                        (", Port Priority ", be16(body, 10)?),
                    ];
                    for (label, v) in fields {
                        c.s(label);
                        c.dec(v);
                    }
                    c.s("\n\t  State Flags ");
                    flags(c, ACTOR_PARTNER_STATE, body[14].into());
                }
                (LACP, _) => {
                    c.s("\n\t  Max Delay ");
                    c.dec(be16(body, 0)?);
                }
                _ => {
                    c.s("\n\t  Request System ");
                    dispatch::mac(c, &body[2..8]);
                    c.s(", Request Port ");
                    c.dec(be16(body, 0)?);
                    c.s(", Request Transaction ID 0x");
                    c.out.hex0(be32(body, 8)?.into(), 8);
                }
            },
            None if c.o.verbose <= 1 => c.unknown_data(body, 0, "\n\t  ", body.len()),
            None => {}
        }
        if c.o.verbose > 1 {
            c.unknown_data(body, 0, "\n\t  ", body.len());
        }
        Ok(())
    })
}

/// The TLV walk of LACP, marker and OAM PDUs: `header` prints each TLV's
/// type and length, `body` gets its bytes (header included); a terminator
/// (type 0) ends the walk whatever length it claims.
fn tlvs(
    c: &mut Ctx,
    b: &[u8],
    length: usize,
    header: impl Fn(&mut Ctx, u8, u8),
    mut body: impl FnMut(&mut Ctx, &[u8], u8) -> Res,
) -> Res {
    let (mut at, mut left) = (0usize, length);
    while left > 0 {
        if short_of(c, left, 2) {
            return Ok(());
        }
        let ty = u8at(b, at)?;
        let len = u8at(b, at + 1)?;
        header(c, ty, len);
        if ty == 0 {
            return Ok(());
        }
        if len < 2 {
            c.s("\n\t    ERROR: illegal length - should be >= 2");
            return Ok(());
        }
        let len = usize::from(len);
        if short_of(c, left, len) {
            return Ok(());
        }
        body(c, bytes(b, at, len)?, ty)?;
        at += len;
        left -= len;
    }
    Ok(())
}

const OAM_FLAGS: &[(u32, &str)] = &[
    (0x0001, "Link Fault"),
    (0x0002, "Dying Gasp"),
    (0x0004, "Critical Event"),
    (0x0008, "Local Evaluating"),
    (0x0010, "Local Stable"),
    (0x0020, "Remote Evaluating"),
    (0x0040, "Remote Stable"),
];

codes! {
    /// slow_oam_code_values: the OAM PDU codes.
    OAM_CODES: u8 {
        CODE_INFO = 0x00 => "Information",
        CODE_EVENT = 0x01 => "Event Notification",
        _ = 0x02 => "Variable Request",
        _ = 0x03 => "Variable Response",
        CODE_LOOPBACK = 0x04 => "Loopback Control",
        _ = 0xfe => "Vendor Private",
    }
}

const INFO_TYPES: &[(u32, &str)] = &[
    (0x00, "End of TLV marker"),
    (0x01, "Local"),
    (0x02, "Remote"),
    (0xfe, "Organization specific"),
];

const PARSER_ACTIONS: [&str; 4] = ["forwarding", "looping back", "discarding", "reserved"];

const OAM_CONFIG: &[(u32, &str)] = &[
    (0x01, "Active"),
    (0x02, "Unidirectional"),
    (0x04, "Remote-Loopback"),
    (0x08, "Link-Events"),
    (0x10, "Variable-Retrieval"),
];

const LINK_EVENTS: &[(u32, &str)] = &[
    (0x00, "End of TLV marker"),
    (0x01, "Errored Symbol Period Event"),
    (0x02, "Errored Frame Event"),
    (0x03, "Errored Frame Period Event"),
    (0x04, "Errored Frame Seconds Summary Event"),
    (0xfe, "Organization specific"),
];

const LOOPBACK_COMMANDS: &[(u32, &str)] = &[
    (0x01, "Enable OAM Remote Loopback"),
    (0x02, "Disable OAM Remote Loopback"),
];

/// The local and remote information TLVs' length, header included.
const INFO_LEN: u8 = 16;
/// The link event TLVs' length, header included.
const LINK_EVENT_LEN: u8 = 40;

/// slow_oam_print: flags and code, then the code's TLVs.
fn oam(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    if short_of(c, length, 3) {
        return Ok(());
    }
    let code = u8at(b, 2)?;
    let oam_flags = be16(b, 0)?;
    c.s("\n\tCode ");
    c.tok_or(OAM_CODES, code.into(), "Unknown (", ")");
    c.s(" OAM PDU, Flags ");
    flags(c, OAM_FLAGS, oam_flags.into());
    let b = rest(b, 3);
    let length = length - 3;
    match code {
        CODE_INFO => oam_tlvs(c, b, length, false),
        CODE_EVENT => {
            if short_of(c, length, 2) {
                return Ok(());
            }
            let sequence = be16(b, 0)?;
            c.s_dec("\n\t  Sequence Number ", sequence);
            oam_tlvs(c, rest(b, 2), length - 2, true)
        }
        CODE_LOOPBACK => {
            if short_of(c, length, 1) {
                return Ok(());
            }
            let command = u8at(b, 0)?;
            c.s("\n\t  Command ");
            c.tok_num(LOOPBACK_COMMANDS, command.into(), "Unknown");
            Ok(())
        }
        _ => {
            if c.o.verbose <= 1 {
                c.unknown_data(b, 0, "\n\t  ", length);
            }
            Ok(())
        }
    }
}

/// The TLVs of an information PDU, or (`events`) of an event
/// notification.
fn oam_tlvs(c: &mut Ctx, b: &[u8], length: usize, events: bool) -> Res {
    let header = |c: &mut Ctx, ty: u8, len: u8| {
        c.s("\n\t  ");
        if events {
            c.tok(LINK_EVENTS, ty.into(), "Reserved");
            c.s(" Link Event Type (");
        } else {
            c.tok(INFO_TYPES, ty.into(), "Reserved");
            c.s(" Information Type (");
        }
        c.dec(ty);
        c.s_dec("), length ", len);
    };
    tlvs(c, b, length, header, |c, tlv, ty| {
        let dump = if events {
            link_event(c, tlv, ty)?
        } else {
            information(c, tlv, ty)?
        };
        if c.o.verbose > 1 || dump {
            c.unknown_data(tlv, 0, "\n\t  ", tlv.len());
        }
        Ok(())
    })
}

/// A local or remote information TLV; true asks for a hex dump.
fn information(c: &mut Ctx, t: &[u8], ty: u8) -> Res<bool> {
    if ty != 1 && ty != 2 {
        return Ok(true);
    }
    if u8at(t, 1)? != INFO_LEN {
        c.s("\n\t    ERROR: illegal length - should be 16");
        return Ok(true);
    }
    let version = u8at(t, 2)?;
    let revision = be16(t, 3)?;
    c.dec_fields(&[
        ("\n\t    OAM-Version ", version.into()),
        (", Revision ", revision.into()),
    ]);
    let state = u8at(t, 5)?;
    c.s("\n\t    State-Parser-Action ");
    c.s(PARSER_ACTIONS[usize::from(state & 0x3)]);
    c.s(", State-MUX-Action ");
    c.s(if state & 0x4 == 0 {
        "forwarding"
    } else {
        "discarding"
    });
    let config = u8at(t, 6)?;
    let pdu_config = be16(t, 7)?;
    c.s("\n\t    OAM-Config Flags ");
    flags(c, OAM_CONFIG, config.into());
    c.s_dec(", OAM-PDU-Config max-PDU size ", pdu_config & 0x7ff);
    let oui = bytes(t, 9, 3)?;
    let oui = u32::from(oui[0]) << 16 | u32::from(oui[1]) << 8 | u32::from(oui[2]);
    let vendor = be32(t, 12)?;
    c.s("\n\t    OUI ");
    c.s(names::oui_name(oui));
    c.s(" (0x");
    c.out.hex0(oui.into(), 6);
    c.s("), Vendor-Private 0x");
    c.out.hex0(vendor.into(), 8);
    Ok(false)
}

/// An errored symbol, frame, frame period or seconds summary event;
/// true asks for a hex dump.
fn link_event(c: &mut Ctx, t: &[u8], ty: u8) -> Res<bool> {
    if !(1..=4).contains(&ty) {
        return Ok(true);
    }
    if u8at(t, 1)? != LINK_EVENT_LEN {
        c.s("\n\t    ERROR: illegal length - should be 40");
        return Ok(true);
    }
    let be64 = |at: usize| -> Res<u64> {
        let s = bytes(t, at, 8)?;
        Ok(u64::from_be_bytes([
            s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7],
        ]))
    };
    let stamp = u64::from(be16(t, 2)?) * 100;
    let counters = [be64(4)?, be64(12)?, be64(20)?, be64(28)?];
    let events = be32(t, 36)?;
    c.s_dec("\n\t    Timestamp ", stamp);
    c.s(" ms");
    let labels = [
        ", Errored Window ",
        "\n\t    Errored Threshold ",
        "\n\t    Errors ",
        "\n\t    Error Running Total ",
    ];
    for (label, v) in labels.iter().zip(counters) {
        c.s(label);
        c.dec(v);
    }
    c.s_dec("\n\t    Event Running Total ", events);
    Ok(false)
}
