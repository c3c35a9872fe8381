//! The bodies of RSVP objects (rsvp_obj_print's switch), by class and
//! C-type, the names of both, and the small printers intserv.rs and
//! subobjects.rs share.

use super::super::ctx::{Ctx, Res, be16, be32, bytes, codes, print_char, u8at};
use super::super::dispatch::ethertype_name;
use super::super::gmpls;
use super::super::out::Emit;
use super::Body;

codes! {
    /// Object classes (tcpdump's rsvp_obj_values).
    pub(super) CLASS_NAMES: u8 {
        SESSION = 1 => "Session",
        RSVP_HOP = 3 => "RSVP Hop",
        INTEGRITY = 4 => "Integrity",
        TIME_VALUES = 5 => "Time Values",
        ERROR_SPEC = 6 => "Error Spec",
        SCOPE = 7 => "Scope",
        STYLE = 8 => "Style",
        FLOWSPEC = 9 => "Flowspec",
        FILTERSPEC = 10 => "FilterSpec",
        SENDER_TEMPLATE = 11 => "Sender Template",
        SENDER_TSPEC = 12 => "Sender TSpec",
        ADSPEC = 13 => "Adspec",
        POLICY_DATA = 14 => "Policy Data",
        CONFIRM = 15 => "Confirm",
        LABEL = 16 => "Label",
        LABEL_REQ = 19 => "Label Request",
        ERO = 20 => "ERO",
        RRO = 21 => "RRO",
        HELLO = 22 => "Hello",
        MESSAGE_ID = 23 => "Message ID",
        MESSAGE_ID_ACK = 24 => "Message ID Ack",
        MESSAGE_ID_LIST = 25 => "Message ID List",
        RECOVERY_LABEL = 34 => "Recovery Label",
        UPSTREAM_LABEL = 35 => "Upstream Label",
        LABEL_SET = 36 => "Label Set",
        PROTECTION = 37 => "Protection",
        S2L = 50 => "Sub-LSP to LSP",
        DETOUR = 63 => "Detour",
        CLASSTYPE = 66 => "Class Type",
        CLASSTYPE_OLD = 125 => "Class Type (old)",
        SUGGESTED_LABEL = 129 => "Suggested Label",
        ACCEPT_LABEL_SET = 130 => "Acceptable Label Set",
        RESTART_CAPABILITY = 131 => "Restart Capability",
        CAPABILITY = 134 => "Capability",
        NOTIFY_REQ = 195 => "Notify Request",
        ADMIN_STATUS = 196 => "Administrative Status",
        PROPERTIES = 204 => "Properties",
        FASTREROUTE = 205 => "Fast Re-Route",
        SESSION_ATTRIBUTE = 207 => "Session Attribute",
        GENERALIZED_UNI = 229 => "Generalized UNI",
        CALL_ID = 230 => "Call-ID",
        CALL_OPS = 236 => "Call Capability",
    }
}

/// rsvp_ctype_values: the name of a class's C-type.
pub(super) fn ctype_name(class: u8, ctype: u8) -> Option<&'static str> {
    const V4_V6: [&str; 2] = ["IPv4", "IPv6"];
    const LABELS: [&str; 3] = ["Label", "Generalized Label", "Waveband Switching"];
    let i = usize::from(ctype).wrapping_sub(1);
    Some(match (class, ctype) {
        (RSVP_HOP | ERROR_SPEC, 1..=4) => {
            ["IPv4", "IPv6", "IPv4 plus opt. TLVs", "IPv6 plus opt. TLVs"][i]
        }
        (NOTIFY_REQ | CONFIRM, 1 | 2) => V4_V6[i],
        (FLOWSPEC, 1) => "obsolete",
        (FLOWSPEC | SENDER_TSPEC | ADSPEC, 2) => "IntServ",
        (FILTERSPEC, 3) => "IPv6 Flow-label",
        (FILTERSPEC | SENDER_TEMPLATE, 1 | 2) => V4_V6[i],
        (FILTERSPEC | SENDER_TEMPLATE | SESSION | SESSION_ATTRIBUTE | DETOUR, 7) => "Tunnel IPv4",
        (FASTREROUTE, 7) => "Tunnel IPv4",
        (FILTERSPEC | SENDER_TEMPLATE, 12) => "IPv4 P2MP LSP Tunnel",
        (FILTERSPEC | SENDER_TEMPLATE, 13) => "IPv6 P2MP LSP Tunnel",
        (SESSION, 1 | 2) => V4_V6[i],
        (SESSION, 11) => "UNI IPv4",
        (SESSION, 13) => "IPv4 P2MP LSP Tunnel",
        (SESSION, 14) => "IPv6 P2MP LSP Tunnel",
        (MESSAGE_ID_ACK, 1) => "Message id ack",
        (MESSAGE_ID_ACK, 2) => "Message id nack",
        (HELLO, 1) => "Hello Request",
        (HELLO, 2) => "Hello Ack",
        (LABEL_REQ, 1..=4) => [
            "without label range",
            "with ATM label range",
            "with FR label range",
            "Generalized Label",
        ][i],
        (LABEL | SUGGESTED_LABEL | UPSTREAM_LABEL | RECOVERY_LABEL, 1..=3) => LABELS[i],
        (ERO | RRO | RESTART_CAPABILITY, 1) => "IPv4",
        (
            TIME_VALUES | MESSAGE_ID | MESSAGE_ID_LIST | STYLE | CAPABILITY | FASTREROUTE
            | PROPERTIES | ADMIN_STATUS | CLASSTYPE | CLASSTYPE_OLD | LABEL_SET | GENERALIZED_UNI,
            1,
        ) => "1",
        (S2L, 1) => "IPv4 sub-LSP",
        (S2L, 2) => "IPv6 sub-LSP",
        _ => return None,
    })
}

const RESERVATION_STYLES: &[(u32, &str)] = &[
    (17, "Wildcard Filter"),
    (10, "Fixed Filter"),
    (18, "Shared Explicit"),
];
const CAPABILITY_FLAGS: &[(u32, &str)] = &[
    (0x0004, "RecoveryPath Transmit Enabled"),
    (0x0002, "RecoveryPath Desired"),
    (0x0001, "RecoveryPath Srefresh Capable"),
];
const SESSION_ATTRIBUTE_FLAGS: &[(u32, &str)] = &[
    (0x01, "Local Protection"),
    (0x02, "Label Recording"),
    (0x04, "SE Style"),
    (0x08, "Bandwidth protection"),
    (0x10, "Node protection"),
];
const ERROR_CODES: &[(u32, &str)] = &[
    (24, "Routing Problem"),
    (25, "Notify Error"),
    (28, "Diffserv TE Error"),
    (125, "Diffserv TE Error (Old)"),
];
const ROUTING_ERRORS: &[(u32, &str)] = &[
    (1, "Bad EXPLICIT_ROUTE object"),
    (2, "Bad strict node"),
    (3, "Bad loose node"),
    (4, "Bad initial subobject"),
    (5, "No route available toward destination"),
    (6, "Unacceptable label value"),
    (7, "RRO indicated routing loops"),
    (8, "non-RSVP-capable router in the path"),
    (9, "MPLS label allocation failure"),
    (10, "Unsupported L3PID"),
];
const DIFFSERV_TE_ERRORS: &[(u32, &str)] = &[
    (1, "Unexpected CT object"),
    (2, "Unsupported CT"),
    (3, "Invalid CT value"),
    (4, "CT/setup priority do not form a configured TE-Class"),
    (5, "CT/holding priority do not form a configured TE-Class"),
    (
        6,
        "CT/setup priority and CT/holding priority do not form a configured TE-Class",
    ),
    (7, "Inconsistency between signaled PSC and signaled CT"),
    (8, "Inconsistency between signaled PHBs and signaled CT"),
];
const ADMIN_STATUS_FLAGS: &[(u32, &str)] = &[
    (0x8000_0000, "Reflect"),
    (0x0000_0004, "Testing"),
    (0x0000_0002, "Admin-down"),
    (0x0000_0001, "Delete-in-progress"),
];
const INTEGRITY_FLAGS: &[(u32, &str)] = &[(0x80, "Handshake")];
const LABEL_SET_ACTIONS: &[(u32, &str)] = &[
    (0, "Inclusive list"),
    (1, "Exclusive list"),
    (2, "Inclusive range"),
    (3, "Exclusive range"),
];
const PROPERTY_TLVS: &[(u32, &str)] = &[
    (0x01, "Cos"),
    (0x02, "Metric 1"),
    (0x04, "Metric 2"),
    (0x08, "CCC Status"),
    (0x10, "Path Type"),
];

/// The start of a body line: the object's indent and two blanks.
pub(super) fn line(c: &mut Ctx, indent: &str, text: &str) {
    c.s(indent);
    c.s("  ");
    c.s(text);
}

pub(super) fn hex32(c: &mut Ctx, v: u32) {
    c.s("0x");
    c.out.hex0(v.into(), 8);
}

pub(super) fn hex16(c: &mut Ctx, v: u16) {
    c.s("0x");
    c.out.hex0(v.into(), 4);
}

/// C's "%#x": 0 bare, anything else with 0x.
pub(super) fn alt_hex(c: &mut Ctx, v: u32) {
    if v != 0 {
        c.s("0x");
    }
    c.out.hex(v.into());
}

pub(super) fn addr(c: &mut Ctx, b: &[u8], at: usize, v6: bool) -> Res {
    if v6 {
        c.ip6(bytes(b, at, 16)?);
    } else {
        c.ip4(bytes(b, at, 4)?);
    }
    Ok(())
}

/// "NAME (N)" of a table, "Unknown" when it has no name.
pub(super) fn named(c: &mut Ctx, table: &[(u32, &str)], v: u32, unknown: &str) {
    c.tok(table, v, unknown);
    c.s_dec(" (", v);
    c.s(")");
}

/// C's "%.10g" of a single-precision value promoted to double.
pub(super) fn g10(v: f32) -> String {
    let v = f64::from(v);
    if v.is_nan() {
        return if v.is_sign_negative() { "-nan" } else { "nan" }.to_string();
    }
    if v.is_infinite() {
        return if v < 0.0 { "-inf" } else { "inf" }.to_string();
    }
    if v == 0.0 {
        return if v.is_sign_negative() { "-0" } else { "0" }.to_string();
    }
    let sci = format!("{v:.9e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let trim = |s: &str| -> String {
        if s.contains('.') {
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            s.to_string()
        }
    };
    if !(-4..10).contains(&exp) {
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{}e{}{:02}", trim(mantissa), sign, exp.abs())
    } else {
        let decimals = usize::try_from(9 - exp).unwrap_or(0);
        trim(&format!("{v:.decimals$}"))
    }
}

/// The least body length of each object this file prints (tcpdump's
/// "object is too short" checks, one per class and C-type); None for the
/// objects whose printer checks its own length or has none.
fn least_body(class: u8, ctype: u8) -> Option<usize> {
    Some(match (class, ctype) {
        (SESSION, 1) => 8,
        (SESSION, 2) => 20,
        (SESSION, 7 | 11 | 13) => 12,
        (SESSION, 8) => 36,
        (SESSION, 14) => 26,
        (CONFIRM | NOTIFY_REQ | S2L, 1) => 4,
        (CONFIRM | NOTIFY_REQ | S2L, 2) => 16,
        (SUGGESTED_LABEL | UPSTREAM_LABEL | RECOVERY_LABEL | LABEL, 2) => 4,
        (SUGGESTED_LABEL | UPSTREAM_LABEL | RECOVERY_LABEL | LABEL, 3) => 12,
        (SENDER_TEMPLATE | FILTERSPEC, 1 | 7) => 8,
        (SENDER_TEMPLATE, 2) | (FILTERSPEC, 2 | 3 | 8) => 20,
        (SENDER_TEMPLATE | FILTERSPEC, 12) => 16,
        (SENDER_TEMPLATE | FILTERSPEC, 13) => 40,
        (HELLO, 1 | 2) | (RESTART_CAPABILITY, 1) => 8,
        (RSVP_HOP | ERROR_SPEC, 1 | 3) => 8,
        (RSVP_HOP | ERROR_SPEC, 2 | 4) => 20,
        (FASTREROUTE, 1) => 20,
        (FASTREROUTE, 7) => 16,
        (INTEGRITY, 1) => 32,
        (STYLE | CAPABILITY | TIME_VALUES | CLASSTYPE | CLASSTYPE_OLD, 1) => 4,
        (ADMIN_STATUS | LABEL_SET, 1) | (SESSION_ATTRIBUTE, 7) => 4,
        (MESSAGE_ID | MESSAGE_ID_ACK | MESSAGE_ID_LIST, 1 | 2) => 4,
        (SENDER_TSPEC | ADSPEC | FLOWSPEC, 2) => 4,
        _ => return None,
    })
}

/// The body of one object: `b` is the packet from the body on, `blen`
/// the body's length (captured whole).
pub(super) fn body(
    c: &mut Ctx,
    ind: &str,
    class: u8,
    ctype: u8,
    b: &[u8],
    blen: usize,
) -> Res<Body> {
    let too_short = |c: &mut Ctx| {
        c.s(ind);
        c.s("ERROR: object is too short");
        Ok(Body::Stop)
    };
    if least_body(class, ctype).is_some_and(|least| blen < least) {
        return too_short(c);
    }
    let mut hexdump = false;
    match class {
        SESSION => match ctype {
            1 | 2 => {
                let v6 = ctype == 2;
                let alen = if v6 { 16 } else { 4 };
                line(
                    c,
                    ind,
                    if v6 {
                        "IPv6 DestAddress: "
                    } else {
                        "IPv4 DestAddress: "
                    },
                );
                addr(c, b, 0, v6)?;
                c.s(", Protocol ID: 0x");
                c.out.hex0(u8at(b, alen)?.into(), 2);
                line(c, ind, "Flags: [0x");
                c.out.hex0(u8at(b, alen + 1)?.into(), 2);
                c.s("], DestPort ");
                c.dec(be16(b, alen + 2)?);
            }
            // An address, two reserved bytes, the tunnel ID, then the
            // extended tunnel ID in the address's family.
            7 | 8 | 11 | 13 => {
                let v6 = ctype == 8;
                let alen = if v6 { 16 } else { 4 };
                line(
                    c,
                    ind,
                    match ctype {
                        8 => "IPv6 Tunnel EndPoint: ",
                        13 => "IPv4 P2MP LSP ID: ",
                        _ => "IPv4 Tunnel EndPoint: ",
                    },
                );
                addr(c, b, 0, v6)?;
                c.s(", Tunnel ID: ");
                hex16(c, be16(b, alen + 2)?);
                c.s(", Extended Tunnel ID: ");
                addr(c, b, alen + 4, v6)?;
            }
            14 => {
                line(c, ind, "IPv6 P2MP LSP ID: ");
                hex32(c, be32(b, 0)?);
                c.s(", Tunnel ID: ");
                hex16(c, be16(b, 6)?);
                c.s(", Extended Tunnel ID: ");
                addr(c, b, 8, true)?;
            }
            _ => hexdump = true,
        },
        CONFIRM | NOTIFY_REQ => match ctype {
            1 | 2 => {
                let v6 = ctype == 2;
                line(c, ind, if v6 { "IPv6 " } else { "IPv4 " });
                c.s(if class == CONFIRM {
                    "Receiver Address: "
                } else {
                    "Notify Node Address: "
                });
                addr(c, b, 0, v6)?;
            }
            _ => hexdump = true,
        },
        SUGGESTED_LABEL | UPSTREAM_LABEL | RECOVERY_LABEL | LABEL => match ctype {
            1 => {
                let mut at = 0;
                while blen - at >= 4 {
                    line(c, ind, "Label: ");
                    c.dec(be32(b, at)?);
                    at += 4;
                }
            }
            2 => {
                line(c, ind, "Generalized Label: ");
                c.dec(be32(b, 0)?);
            }
            3 => {
                let (id, start, stop) = (be32(b, 0)?, be32(b, 4)?, be32(b, 8)?);
                line(c, ind, "Waveband ID: ");
                c.dec(id);
                line(c, ind, "Start Label: ");
                c.dec(start);
                c.s_dec(", Stop Label: ", stop);
            }
            _ => hexdump = true,
        },
        STYLE => match ctype {
            1 => {
                let style = be32(b, 0)? & 0xff_ffff;
                line(c, ind, "Reservation Style: ");
                c.tok(RESERVATION_STYLES, style, "Unknown");
                c.s(", Flags: [0x");
                c.out.hex0(u8at(b, 0)?.into(), 2);
                c.s("]");
            }
            _ => hexdump = true,
        },
        SENDER_TEMPLATE => match ctype {
            1 | 2 => {
                let v6 = ctype == 2;
                let alen = if v6 { 16 } else { 4 };
                line(c, ind, "Source Address: ");
                addr(c, b, 0, v6)?;
                c.s(", Source Port: ");
                c.dec(be16(b, alen + 2)?);
            }
            7 => {
                line(c, ind, "IPv4 Tunnel Sender Address: ");
                addr(c, b, 0, false)?;
                c.s(", LSP-ID: ");
                hex16(c, be16(b, 6)?);
            }
            12 | 13 => p2mp_sender(c, ind, b, ctype == 13)?,
            _ => hexdump = true,
        },
        LABEL_REQ => return label_request(c, ind, ctype, b, blen),
        RRO | ERO => match ctype {
            1 => return super::subobjects::explicit_route(c, ind, b, blen),
            _ => hexdump = true,
        },
        HELLO => match ctype {
            1 | 2 => {
                line(c, ind, "Source Instance: ");
                hex32(c, be32(b, 0)?);
                c.s(", Destination Instance: ");
                hex32(c, be32(b, 4)?);
            }
            _ => hexdump = true,
        },
        RESTART_CAPABILITY => match ctype {
            1 => {
                line(c, ind, "Restart  Time: ");
                c.dec(be32(b, 0)?);
                c.s("ms, Recovery Time: ");
                c.dec(be32(b, 4)?);
                c.s("ms");
            }
            _ => hexdump = true,
        },
        CAPABILITY => match ctype {
            1 => {
                let flags = be32(b, 0)?;
                if flags & !7 != 0 {
                    line(c, ind, "[reserved=");
                    hex32(c, flags & !7);
                    c.s(" must be zero]");
                }
                line(c, ind, "Flags: [");
                c.flag_names(flags & 7, CAPABILITY_FLAGS);
                c.s("]");
            }
            _ => hexdump = true,
        },
        SESSION_ATTRIBUTE => match ctype {
            7 => {
                let name_len = usize::from(u8at(b, 3)?);
                if blen < 4 + name_len {
                    return too_short(c);
                }
                line(c, ind, "Session Name: ");
                for i in 0..name_len {
                    print_char(c, u8at(b, 4 + i)?);
                }
                let (setup, hold, flags) = (u8at(b, 0)?, u8at(b, 1)?, u8at(b, 2)?);
                line(c, ind, "Setup Priority: ");
                c.dec(setup);
                c.s_dec(", Holding Priority: ", hold);
                c.s(", Flags: [");
                c.flag_names(flags.into(), SESSION_ATTRIBUTE_FLAGS);
                c.s("] (");
                alt_hex(c, flags.into());
                c.s(")");
            }
            _ => hexdump = true,
        },
        GENERALIZED_UNI => match ctype {
            1 => return super::subobjects::generalized_uni(c, ind, b, blen),
            _ => hexdump = true,
        },
        RSVP_HOP => match ctype {
            1..=4 => {
                let v6 = ctype == 2 || ctype == 4;
                let alen = if v6 { 16 } else { 4 };
                line(c, ind, "Previous/Next Interface: ");
                addr(c, b, 0, v6)?;
                c.s(", Logical Interface Handle: ");
                hex32(c, be32(b, alen)?);
                // No parser for the TLVs that may follow: tcpdump dumps
                // them (and always an IPv6 hop).
                hexdump = v6 || blen > alen + 4;
            }
            _ => hexdump = true,
        },
        TIME_VALUES => match ctype {
            1 => {
                line(c, ind, "Refresh Period: ");
                c.dec(be32(b, 0)?);
                c.s("ms");
            }
            _ => hexdump = true,
        },
        FASTREROUTE => match ctype {
            1 | 7 => {
                let bw = f32::from_bits(be32(b, 4)?) * 8.0 / 1_000_000.0;
                line(c, ind, "Setup Priority: ");
                c.dec(u8at(b, 0)?);
                c.s(", Holding Priority: ");
                c.dec(u8at(b, 1)?);
                c.s(", Hop-limit: ");
                c.dec(u8at(b, 2)?);
                c.s(", Bandwidth: ");
                c.s(&g10(bw));
                c.s(" Mbps");
                let labels: &[&str] = if ctype == 1 {
                    &["Include-any: ", ", Exclude-any: ", ", Include-all: "]
                } else {
                    &["Include Colors: ", ", Exclude Colors: "]
                };
                let values = [
                    be32(b, 8)?,
                    be32(b, 12)?,
                    if ctype == 1 { be32(b, 16)? } else { 0 },
                ];
                c.s(ind);
                c.s("  ");
                for (label, v) in labels.iter().zip(values) {
                    c.s(label);
                    hex32(c, v);
                }
            }
            _ => hexdump = true,
        },
        DETOUR => match ctype {
            7 => {
                let mut at = 0;
                while blen - at >= 8 {
                    line(c, ind, "PLR-ID: ");
                    addr(c, b, at, false)?;
                    c.s(", Avoid-Node-ID: ");
                    addr(c, b, at + 4, false)?;
                    at += 8;
                }
            }
            _ => hexdump = true,
        },
        CLASSTYPE | CLASSTYPE_OLD => match ctype {
            1 => {
                line(c, ind, "CT: ");
                c.dec(be32(b, 0)? & 7);
            }
            _ => hexdump = true,
        },
        ERROR_SPEC => match ctype {
            1..=4 => {
                let v6 = ctype == 2 || ctype == 4;
                let alen = if v6 { 16 } else { 4 };
                let code = u8at(b, alen + 1)?;
                let value = be16(b, alen + 2)?;
                line(c, ind, "Error Node Address: ");
                addr(c, b, 0, v6)?;
                c.s(", Flags: [0x");
                c.out.hex0(u8at(b, alen)?.into(), 2);
                c.s("]");
                line(c, ind, "Error Code: ");
                named(c, ERROR_CODES, code.into(), "unknown");
                let values = match code {
                    24 => Some(ROUTING_ERRORS),
                    28 | 125 if !v6 => Some(DIFFSERV_TE_ERRORS),
                    _ => None,
                };
                if let Some(table) = values {
                    c.s(", Error Value: ");
                    named(c, table, value.into(), "unknown");
                } else if !v6 {
                    c.s_dec(", Unknown Error Value (", value);
                    c.s(")");
                }
            }
            _ => hexdump = true,
        },
        MESSAGE_ID | MESSAGE_ID_ACK | MESSAGE_ID_LIST => match ctype {
            1 | 2 => {
                line(c, ind, "Flags [0x");
                c.out.hex0(u8at(b, 0)?.into(), 2);
                c.s("], epoch: ");
                c.dec(be32(b, 0)? & 0xff_ffff);
                let mut at = 4;
                while blen - at >= 4 {
                    let id = be32(b, at)?;
                    line(c, ind, "  Message-ID ");
                    hex32(c, id);
                    c.s_dec(" (", id);
                    c.s(")");
                    at += 4;
                }
            }
            _ => hexdump = true,
        },
        ADMIN_STATUS => match ctype {
            1 => {
                line(c, ind, "Flags [");
                c.flag_names(be32(b, 0)?, ADMIN_STATUS_FLAGS);
                c.s("]");
            }
            _ => hexdump = true,
        },
        FILTERSPEC => match ctype {
            1 | 2 | 3 | 7 | 8 => {
                // C-type 8 (tunnel IPv6) prints an IPv4 address and reads
                // its LSP ID at 18, as tcpdump does.
                let v6 = ctype == 2 || ctype == 3;
                line(c, ind, "Source Address: ");
                addr(c, b, 0, v6)?;
                match ctype {
                    1 | 2 => {
                        c.s(", Source Port: ");
                        c.dec(be16(b, if v6 { 18 } else { 6 })?);
                    }
                    3 => {
                        c.s(", Flow Label: ");
                        c.dec(be32(b, 16)? & 0xff_ffff);
                    }
                    _ => {
                        c.s(", LSP-ID: ");
                        hex16(c, be16(b, if ctype == 7 { 6 } else { 18 })?);
                    }
                }
            }
            12 | 13 => p2mp_sender(c, ind, b, ctype == 13)?,
            _ => hexdump = true,
        },
        SENDER_TSPEC | ADSPEC | FLOWSPEC => match ctype {
            2 => {
                return super::intserv::intserv(c, ind, b, blen);
            }
            _ => hexdump = true,
        },
        PROPERTIES => match ctype {
            1 => return properties(c, ind, b, blen),
            _ => hexdump = true,
        },
        LABEL_SET => match ctype {
            1 => {
                let action = u8at(b, 0)?;
                line(c, ind, "Action: ");
                named(c, LABEL_SET_ACTIONS, action.into(), "Unknown");
                c.s(", Label type: ");
                c.dec(be32(b, 0)? & 0x7f);
                if action == 2 || action == 3 {
                    if blen < 12 {
                        return too_short(c);
                    }
                    line(c, ind, "Start range: ");
                    c.dec(be32(b, 4)?);
                    c.s(", End range: ");
                    c.dec(be32(b, 8)?);
                } else {
                    let mut at = 4;
                    while blen - at >= 4 {
                        line(c, ind, "Subchannel #");
                        c.dec((at / 4) as u64);
                        c.s(": ");
                        c.dec(be32(b, at)?);
                        at += 4;
                    }
                }
            }
            _ => hexdump = true,
        },
        INTEGRITY => match ctype {
            1 => {
                let flags = u8at(b, 0)?;
                line(c, ind, "Key-ID 0x");
                c.out.hex0(be16(b, 2)?.into(), 4);
                c.out.hex0(be32(b, 4)?.into(), 8);
                c.s(", Sequence 0x");
                c.out.hex0(be32(b, 8)?.into(), 8);
                c.out.hex0(be32(b, 12)?.into(), 8);
                c.s(", Flags [");
                c.flag_names(flags.into(), INTEGRITY_FLAGS);
                c.s("]");
                line(c, ind, "MD5-sum 0x");
                for i in 0..4 {
                    c.out.hex0(be32(b, 16 + 4 * i)?.into(), 8);
                }
                // tcpdump checks the HMAC-MD5 only with a secret (-M);
                // without one it is unchecked.
                c.s("  (unchecked)");
            }
            _ => hexdump = true,
        },
        S2L => match ctype {
            1 | 2 => {
                let v6 = ctype == 2;
                line(c, ind, "Sub-LSP destination address: ");
                addr(c, b, 0, v6)?;
            }
            _ => hexdump = true,
        },
        _ => return Ok(Body::Unknown),
    }
    Ok(Body::Printed(hexdump))
}

/// The IPv4 or IPv6 P2MP LSP tunnel sender of a Sender Template or
/// FilterSpec.
fn p2mp_sender(c: &mut Ctx, ind: &str, b: &[u8], v6: bool) -> Res {
    let alen = if v6 { 16 } else { 4 };
    line(c, ind, if v6 { "IPv6" } else { "IPv4" });
    c.s(" Tunnel Sender Address: ");
    addr(c, b, 0, v6)?;
    c.s(", LSP ID: ");
    hex16(c, be16(b, alen + 2)?);
    line(c, ind, "Sub-Group Originator ID: ");
    addr(c, b, alen + 4, v6)?;
    // tcpdump reads the IPv4 sub-group ID at 12, right after the
    // originator, but the IPv6 one two bytes further on.
    c.s(", Sub-Group ID: ");
    hex16(c, be16(b, if v6 { 38 } else { 12 })?);
    Ok(())
}

/// Juniper's Properties object: a TLV count, padding, and TLVs dumped in
/// hex.
fn properties(c: &mut Ctx, ind: &str, b: &[u8], blen: usize) -> Res<Body> {
    if blen < 4 {
        c.s(ind);
        c.s("ERROR: object is too short");
        return Ok(Body::Stop);
    }
    let (count, pad) = (be16(b, 0)?, usize::from(be16(b, 2)?));
    line(c, ind, "TLV count: ");
    c.dec(count);
    c.s_dec(", padding bytes: ", pad as u64);
    let (mut at, mut left) = (4usize, blen - 4);
    while left >= 2 + pad {
        let (typ, len) = (u8at(b, at)?, u8at(b, at + 1)?);
        line(c, ind, "  ");
        c.tok(PROPERTY_TLVS, typ.into(), "unknown");
        c.s(" TLV (0x");
        c.out.hex0(typ.into(), 2);
        c.s_dec("), length: ", len);
        let len = usize::from(len);
        if left < len {
            c.s(ind);
            c.s("ERROR: object is too short");
            return Ok(Body::Stop);
        }
        if len < 2 {
            c.s(ind);
            c.s("ERROR: property TLV is too short");
            return Ok(Body::Stop);
        }
        c.unknown_data(b, at + 2, "\n\t\t", len - 2);
        at += len;
        left -= len;
    }
    Ok(Body::Printed(false))
}

/// The Label Request object's four C-types.
fn label_request(c: &mut Ctx, ind: &str, ctype: u8, b: &[u8], blen: usize) -> Res<Body> {
    let l3pid = |c: &mut Ctx, at: usize| -> Res {
        let pid = be16(b, at + 2)?;
        line(c, ind, "L3 Protocol ID: ");
        match ethertype_name(pid) {
            Some(name) => c.s(name),
            None => {
                c.s("Unknown Protocol (0x");
                c.out.hex0(pid.into(), 4);
                c.s(")");
            }
        }
        Ok(())
    };
    let too_short = |c: &mut Ctx| {
        c.s(ind);
        c.s("ERROR: object is too short");
        Ok(Body::Stop)
    };
    match ctype {
        1 => {
            let mut at = 0;
            while blen - at >= 4 {
                l3pid(c, at)?;
                at += 4;
            }
        }
        2 => {
            if blen < 12 {
                return too_short(c);
            }
            l3pid(c, 0)?;
            c.s(",");
            c.s(if u8at(b, 4)? & 0x80 != 0 { "no" } else { "" });
            c.s(" merge capability");
            for (label, at) in [("Minimum VPI/VCI: ", 4), ("Maximum VPI/VCI: ", 8)] {
                let (vpi, vci) = (be16(b, at)? & 0xfff, be16(b, at + 2)? & 0xfff);
                line(c, ind, label);
                c.dec(vpi);
                c.s_dec("/", vci);
            }
        }
        3 => {
            if blen < 12 {
                return too_short(c);
            }
            l3pid(c, 0)?;
            let (min, max) = (be32(b, 4)? & 0x7f_ffff, be32(b, 8)? & 0x7f_ffff);
            let width = (be16(b, 4)? >> 7) & 3;
            line(c, ind, "Minimum/Maximum DLCI: ");
            c.dec(min);
            c.s_dec("/", max);
            c.s(", ");
            c.s(if width == 0 { "10" } else { "" });
            c.s(if width == 2 { "23" } else { "" });
            c.s(" bit DLCI");
        }
        4 => {
            if blen < 4 {
                return too_short(c);
            }
            line(c, ind, "LSP Encoding Type: ");
            named(c, gmpls::ENCODING, u8at(b, 0)?.into(), "Unknown");
            let (switching, payload) = (u8at(b, 1)?, be16(b, 2)?);
            line(c, ind, "Switching Type: ");
            named(c, gmpls::SWITCH_CAPABILITY, switching.into(), "Unknown");
            c.s(", Payload ID: ");
            c.tok_hex(gmpls::PAYLOAD, payload.into(), "Unknown", 4);
        }
        _ => return Ok(Body::Printed(true)),
    }
    Ok(Body::Printed(false))
}
