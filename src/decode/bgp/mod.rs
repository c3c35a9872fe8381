//! BGP (print-bgp.c). Without -v tcpdump prints only the tag; with -v
//! every message in the segment: Open with its capabilities, Update with
//! its path attributes (attr.rs) and NLRI (nlri.rs), Notification,
//! Route-Refresh and Keepalive.
//!
//! Two kinds of truncation, as in tcpdump: a read past the captured bytes
//! (tcpdump's GET_ macros, a longjmp) ends the packet with ` [|bgp]` and
//! is `Err(Trunc)` here; a length check inside a message (ND_TCHECK and
//! "goto trunc") prints ` [|bgp]` and goes on with the next message.
//! Reads are bounded by the capture, not by the message: tcpdump reads
//! past a message's own length into what follows it, and so does this.

mod attr;
mod nlri;

pub(crate) use nlri::rd as route_distinguisher;

use super::af::AF_VALUES as AFS;
use super::ctx::{Ctx, Res, Trunc, be16, be32, u8at};
use super::hexdump;
use super::out::Emit;

const HEADER_LEN: usize = 19;
const OPEN_LEN: usize = 29;
const NOTIFICATION_LEN: usize = 21;
const ROUTE_REFRESH_LEN: usize = 23;

const MSG_TYPES: &[(u32, &str)] = &[
    (1, "Open"),
    (2, "Update"),
    (3, "Notification"),
    (4, "Keepalive"),
    (5, "Route Refresh"),
];

const CAPABILITIES: &[(u32, &str)] = &[
    (1, "Multiprotocol Extensions"),
    (2, "Route Refresh"),
    (3, "Cooperative Route Filtering"),
    (4, "Multiple Routes to a Destination"),
    (5, "Extended Next Hop Encoding"),
    (8, "Multiple Labels"),
    (64, "Graceful Restart"),
    (65, "32-Bit AS Number"),
    (67, "Dynamic Capability"),
    (68, "Multisession BGP"),
    (69, "Multiple Paths"),
    (70, "Enhanced Route Refresh"),
    (71, "Long-lived Graceful Restart"),
    (128, "Route Refresh (Cisco)"),
];

const NOTIFY_MAJOR: &[(u32, &str)] = &[
    (1, "Message Header Error"),
    (2, "OPEN Message Error"),
    (3, "UPDATE Message Error"),
    (4, "Hold Timer Expired"),
    (5, "Finite State Machine Error"),
    (6, "Cease"),
    (7, "Capability Message Error"),
];

const NOTIFY_MINOR_MSG: &[(u32, &str)] = &[
    (1, "Connection Not Synchronized"),
    (2, "Bad Message Length"),
    (3, "Bad Message Type"),
];

const NOTIFY_MINOR_OPEN: &[(u32, &str)] = &[
    (1, "Unsupported Version Number"),
    (2, "Bad Peer AS"),
    (3, "Bad BGP Identifier"),
    (4, "Unsupported Optional Parameter"),
    (5, "Authentication Failure"),
    (6, "Unacceptable Hold Time"),
    (7, "Capability Message Error"),
];

const NOTIFY_MINOR_UPDATE: &[(u32, &str)] = &[
    (1, "Malformed Attribute List"),
    (2, "Unrecognized Well-known Attribute"),
    (3, "Missing Well-known Attribute"),
    (4, "Attribute Flags Error"),
    (5, "Attribute Length Error"),
    (6, "Invalid ORIGIN Attribute"),
    (7, "AS Routing Loop"),
    (8, "Invalid NEXT_HOP Attribute"),
    (9, "Optional Attribute Error"),
    (10, "Invalid Network Field"),
    (11, "Malformed AS_PATH"),
];

const NOTIFY_MINOR_FSM: &[(u32, &str)] = &[
    (0, "Unspecified Error"),
    (1, "In OpenSent State"),
    (2, "In OpenConfirm State"),
    (3, "In Established State"),
];

const NOTIFY_MINOR_CAP: &[(u32, &str)] = &[
    (1, "Invalid Action Value"),
    (2, "Invalid Capability Length"),
    (3, "Malformed Capability Value"),
    (4, "Unsupported Capability Code"),
];

const NOTIFY_MINOR_CEASE: &[(u32, &str)] = &[
    (1, "Maximum Number of Prefixes Reached"),
    (2, "Administrative Shutdown"),
    (3, "Peer Unconfigured"),
    (4, "Administrative Reset"),
    (5, "Connection Rejected"),
    (6, "Other Configuration Change"),
    (7, "Connection Collision Resolution"),
];

const SAFIS: &[(u32, &str)] = &[
    (0, "Reserved"),
    (1, "Unicast"),
    (2, "Multicast"),
    (3, "Unicast+Multicast"),
    (4, "labeled Unicast"),
    (64, "Tunnel"),
    (65, "VPLS"),
    (66, "MDT"),
    (70, "EVPN"),
    (128, "labeled VPN Unicast"),
    (129, "labeled VPN Multicast"),
    (130, "labeled VPN Unicast+Multicast"),
    (132, "Route Target Routing Information"),
    (5, "Multicast VPN"),
];

const ADD_PATH_SEND_RECEIVE: &[(u32, &str)] = &[(1, "Receive"), (2, "Send"), (3, "Both")];

/// tcpdump's tok2str without a formatted default.
fn tok(table: &[(u32, &'static str)], v: u32) -> Option<&'static str> {
    table.iter().find(|&&(k, _)| k == v).map(|&(_, n)| n)
}

/// tok2str with a plain default.
fn name(c: &mut Ctx, table: &[(u32, &'static str)], v: u32, default: &str) {
    c.s(tok(table, v).unwrap_or(default));
}

/// tok2str with a hex default: the name of the byte `v`, or `unknown`
/// and "(0xHH)".
fn name_or_hex(c: &mut Ctx, table: &[(u32, &'static str)], v: u8, unknown: &str) {
    match tok(table, v.into()) {
        Some(n) => c.s(n),
        None => c.name_code(unknown, v, 2),
    }
}

/// "AFI %s (%u), SAFI %s (%u)" with "Unknown" defaults.
fn afi_safi(c: &mut Ctx, afi: u16, safi: u8) {
    c.s("AFI ");
    name(c, AFS, afi.into(), "Unknown");
    c.s_dec(" (", afi);
    c.s("), SAFI ");
    name(c, SAFIS, safi.into(), "Unknown");
    c.s_dec(" (", safi);
    c.s(")");
}

/// as_printf: an AS number, in decimal; with -b, numbers above 65535 as
/// "high.low" (asdot).
fn as_num(c: &mut Ctx, v: u32) {
    // -b: as_printf's asdot notation, for four-byte numbers only.
    if c.o.bgp_asdot && v > 0xffff {
        c.dec(v >> 16);
        c.s_dec(".", v & 0xffff);
    } else {
        c.dec(v);
    }
}

/// print_unknown_data: a hex dump of what was captured of `len` bytes
/// from `off`.
fn unknown_data(c: &mut Ctx, b: &[u8], off: usize, indent: &str, len: usize) {
    if off > b.len() {
        c.s(indent);
        c.s("Dissector error: print_unknown_data called with pointer past end of packet");
        return;
    }
    let end = off.saturating_add(len).min(b.len());
    hexdump::hex(c.out, indent, &b[off..end]);
}

/// hex_print of `len` bytes from `off`: what was captured, then a read
/// past the capture, which ends the packet (the byte pair it was reading
/// is not printed, an offset label before it is).
fn hex_or_trunc(c: &mut Ctx, b: &[u8], off: usize, indent: &str, len: usize) -> Res {
    let avail = b.len().saturating_sub(off);
    if avail >= len {
        hexdump::hex(c.out, indent, &b[off..off + len]);
        return Ok(());
    }
    let whole = avail & !1;
    hexdump::hex(c.out, indent, &b[off..off + whole]);
    if (whole / 2) % 8 == 0 {
        c.s(indent);
        c.s("0x");
        c.out.hex0(whole as u64, 4);
        c.s(": ");
    }
    Err(Trunc)
}

/// bgp_print: ": BGP", then with -v each message found after a marker.
pub(crate) fn bgp(c: &mut Ctx, b: &[u8], _length: usize) -> Res {
    c.proto = "bgp";
    c.s(": BGP");
    if c.o.verbose < 1 {
        return Ok(());
    }
    let mut p = 0;
    let mut start = 0;
    while p < b.len() {
        if b[p] != 0xff {
            p += 1;
            continue;
        }
        let Some(marker) = b.get(p..p + 16) else {
            break;
        };
        if marker.iter().any(|&x| x != 0xff) {
            p += 1;
            continue;
        }
        if b.len() - p < HEADER_LEN {
            return Err(Trunc);
        }
        if start != p {
            c.trunc();
        }
        let hlen = usize::from(be16(b, p + 16)?);
        if hlen < HEADER_LEN {
            c.s_dec("\nmessage length ", hlen as u64);
            c.s(" < 19");
            c.invalid();
            break;
        }
        if b.len() - p >= hlen {
            if !pdu(c, &b[p..], hlen)? {
                return Ok(());
            }
            p += hlen;
            start = p;
        } else {
            c.s("\n[|BGP ");
            name(
                c,
                MSG_TYPES,
                u8at(b, p + 18)?.into(),
                "Unknown Message Type",
            );
            c.s("]");
            break;
        }
    }
    Ok(())
}

/// bgp_pdu_print: one message of `length` bytes, all captured; `b` runs
/// to the end of the capture. False when tcpdump stops the packet.
fn pdu(c: &mut Ctx, b: &[u8], length: usize) -> Res<bool> {
    let kind = u8at(b, 18)?;
    c.s("\n\t");
    name(c, MSG_TYPES, kind.into(), "Unknown");
    c.s_dec(" Message (", kind);
    c.s_dec("), length: ", length as u64);
    match kind {
        1 => open(c, b, length)?,
        2 => update(c, b, length)?,
        3 => notification(c, b, length)?,
        4 => {}
        5 => route_refresh(c, b, length)?,
        _ => {
            c.s_dec("\n\t  no Message ", kind);
            c.s(" decoder");
            unknown_data(c, b, 0, "\n\t  ", length);
        }
    }
    Ok(true)
}

fn open(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    if b.len() < OPEN_LEN || length < OPEN_LEN {
        c.trunc();
        return Ok(());
    }
    c.s_dec("\n\t  Version ", b[19]);
    c.s(", my AS ");
    as_num(c, be16(b, 20)?.into());
    c.s(", Holdtime ");
    c.dec(be16(b, 22)?);
    c.s("s, ID ");
    c.ip4(&b[24..28]);
    let optslen = usize::from(b[28]);
    c.s_dec("\n\t  Optional parameters, length: ", optslen as u64);
    let opts = &b[OPEN_LEN..];
    let length = length - OPEN_LEN;
    let mut i = 0;
    while i < optslen {
        if opts.len() < i + 2 || length < i + 2 {
            c.trunc();
            return Ok(());
        }
        let (opt_type, opt_len) = (opts[i], usize::from(opts[i + 1]));
        if 2 + i + opt_len > optslen {
            c.s_dec("\n\t     Option ", opt_type);
            c.s_dec(", length: ", opt_len as u64);
            c.s(", goes past the end of the options");
            break;
        }
        c.s("\n\t    Option ");
        let opt_name = match opt_type {
            1 => "Authentication Information",
            2 => "Capabilities Advertisement",
            _ => "Unknown",
        };
        c.s(opt_name);
        c.s_dec(" (", opt_type);
        c.s_dec("), length: ", opt_len as u64);
        if opt_type == 2 {
            capabilities(c, &opts[i + 2..], opt_len)?;
        } else {
            c.s_dec("\n\t      no decoder for option ", opt_type);
        }
        i += 2 + opt_len;
    }
    Ok(())
}

/// bgp_capabilities_print: `b` starts at the first capability.
fn capabilities(c: &mut Ctx, b: &[u8], caps_len: usize) -> Res {
    let mut i = 0;
    while i < caps_len {
        if b.len() < i + 2 {
            c.trunc();
            return Ok(());
        }
        let cap_type = b[i];
        let cap_len = usize::from(b[i + 1]);
        c.s("\n\t      ");
        name(c, CAPABILITIES, cap_type.into(), "Unknown");
        c.s_dec(" (", cap_type);
        c.s_dec("), length: ", cap_len as u64);
        if b.len() < i + 2 + cap_len {
            c.trunc();
            return Ok(());
        }
        let v = i + 2;
        match cap_type {
            1 => {
                if cap_len < 4 {
                    c.s(" (too short, < 4)");
                    return Ok(());
                }
                c.s("\n\t\t");
                afi_safi(c, be16(b, v)?, u8at(b, v + 3)?);
            }
            8 => {
                let mut off = v;
                let mut left = cap_len;
                while left >= 4 {
                    c.s("\n\t\t");
                    afi_safi(c, be16(b, off)?, u8at(b, off + 2)?);
                    c.s(", Count: ");
                    c.dec(u8at(b, off + 3)?);
                    left -= 4;
                    off += 4;
                }
            }
            64 => {
                if cap_len < 2 {
                    c.s(" (too short, < 2)");
                    return Ok(());
                }
                c.s("\n\t\tRestart Flags: [");
                c.s(if u8at(b, v)? & 0x80 != 0 { "R" } else { "none" });
                c.s("], Restart Time ");
                c.dec(be16(b, v)? & 0xfff);
                c.s("s");
                let mut left = cap_len - 2;
                let mut off = v + 2;
                while left >= 4 {
                    c.s("\n\t\t  ");
                    afi_safi(c, be16(b, off)?, u8at(b, off + 2)?);
                    c.s(", Forwarding state preserved: ");
                    c.s(if u8at(b, off + 3)? & 0x80 != 0 {
                        "yes"
                    } else {
                        "no"
                    });
                    left -= 4;
                    off += 4;
                }
            }
            2 | 71 | 128 => {}
            65 => {
                if cap_len < 4 {
                    c.s(" (too short, < 4)");
                    return Ok(());
                }
                c.s("\n\t\t 4 Byte AS ");
                as_num(c, be32(b, v)?);
            }
            69 => {
                if cap_len == 0 {
                    c.s(" (bogus)");
                } else {
                    let mut left = cap_len;
                    let mut off = v;
                    while left != 0 {
                        if left < 4 {
                            c.invalid();
                            break;
                        }
                        c.s("\n\t\t");
                        afi_safi(c, be16(b, off)?, u8at(b, off + 2)?);
                        c.s(", Send/Receive: ");
                        let sr = u8at(b, off + 3)?;
                        name_or_hex(c, ADD_PATH_SEND_RECEIVE, sr, "Bogus");
                        left -= 4;
                        off += 4;
                    }
                }
            }
            _ => {
                c.s_dec("\n\t\tno decoder for Capability ", cap_type);
                if c.o.verbose <= 1 {
                    unknown_data(c, b, v, "\n\t\t", cap_len);
                }
            }
        }
        if c.o.verbose > 1 && cap_len != 0 {
            unknown_data(c, b, v, "\n\t\t", cap_len);
        }
        i += 2 + cap_len;
    }
    Ok(())
}

/// One of an UPDATE's 2-byte lengths (withdrawn routes, path
/// attributes) at `*p`, with `*p` and the message's `*length` moved past
/// it; None (tcpdump's goto trunc) when the capture or the message ends
/// first.
fn length_field(b: &[u8], p: &mut usize, length: &mut usize) -> Option<usize> {
    let v = be16(b, *p).ok().filter(|_| *length >= 2)?;
    *p += 2;
    *length -= 2;
    Some(usize::from(v))
}

/// bgp_update_print.
fn update(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    if b.len() < HEADER_LEN || length < HEADER_LEN {
        c.trunc();
        return Ok(());
    }
    let mut p = HEADER_LEN;
    let mut length = length - HEADER_LEN;
    let Some(mut withdrawn) = length_field(b, &mut p, &mut length) else {
        c.trunc();
        return Ok(());
    };
    if b.len() < p + withdrawn || length < withdrawn {
        c.trunc();
        return Ok(());
    }
    if withdrawn > 1 {
        c.s("\n\t  Withdrawn routes:");
        let add_path = nlri::check_add_path(&b[p..], withdrawn, 32);
        let mut path_id = 0;
        while withdrawn != 0 {
            if add_path {
                if withdrawn < 4 {
                    p += withdrawn;
                    length -= withdrawn;
                    break;
                }
                path_id = be32(b, p)?;
                p += 4;
                length -= 4;
                withdrawn -= 4;
            }
            match route4(c, b, p, withdrawn, add_path.then_some(path_id))? {
                Route::Took(used) => {
                    p += used;
                    length = length.saturating_sub(used);
                    withdrawn -= used;
                }
                Route::Illegal => break,
                Route::Cut => return Ok(()),
            }
        }
    } else {
        p += withdrawn;
        length -= withdrawn;
    }
    let Some(mut len) = length_field(b, &mut p, &mut length) else {
        c.trunc();
        return Ok(());
    };
    if withdrawn == 0 && len == 0 && length == 0 {
        c.s("\n\t  End-of-Rib Marker (empty NLRI)");
        return Ok(());
    }
    if len != 0 {
        if length < len {
            c.trunc();
            return Ok(());
        }
        while len != 0 {
            if b.len() < p + 2 || length < 2 {
                c.trunc();
                return Ok(());
            }
            if len < 2 {
                c.s("\n\t  [path attrs too short]");
                p += len;
                length -= len;
                break;
            }
            let aflags = b[p];
            let atype = b[p + 1];
            p += 2;
            len -= 2;
            length -= 2;
            let alenlen = attr::attr_len_width(aflags);
            if b.len() < p + alenlen || length < alenlen {
                c.trunc();
                return Ok(());
            }
            if len < alenlen {
                c.s("\n\t  [path attrs too short]");
                p += len;
                length -= len;
                break;
            }
            let alen = attr::attr_len(b, p, alenlen)?;
            p += alenlen;
            len -= alenlen;
            length -= alenlen;
            c.s("\n\t  ");
            attr::attr_head(c, atype, alen);
            if aflags != 0 {
                attr::attr_flags(c, aflags);
                c.s(": ");
            }
            if len < alen {
                c.s(" [path attrs too short]");
                p += len;
                length -= len;
                break;
            }
            if length < alen {
                c.trunc();
                return Ok(());
            }
            if !attr::attr(c, atype, &b[p..], alen, 0)? {
                c.trunc();
                return Ok(());
            }
            p += alen;
            len -= alen;
            length -= alen;
        }
    }
    if length != 0 {
        let add_path = nlri::check_add_path(crate::decode::ctx::rest(b, p), length, 32);
        c.s("\n\t  Updated routes:");
        let mut path_id = 0;
        while length != 0 {
            if add_path {
                if b.len() < p + 4 || length < 4 {
                    c.trunc();
                    return Ok(());
                }
                path_id = be32(b, p)?;
                p += 4;
                length -= 4;
            }
            match route4(c, b, p, length, add_path.then_some(path_id))? {
                Route::Took(used) => {
                    p += used;
                    length -= used;
                }
                Route::Illegal => break,
                Route::Cut => return Ok(()),
            }
        }
    }
    Ok(())
}

/// How one route of a withdrawn or NLRI list ended.
enum Route {
    /// Printed; it took this many bytes.
    Took(usize),
    /// An illegal prefix length ends the list.
    Illegal,
    /// The prefix was cut: the message ends in a truncation mark.
    Cut,
}

/// One IPv4 route of an UPDATE's withdrawn or NLRI list, at `p` with
/// `left` bytes of list, and its ADD-PATH path id if it has one.
fn route4(c: &mut Ctx, b: &[u8], p: usize, left: usize, path_id: Option<u32>) -> Res<Route> {
    match nlri::prefix4(crate::decode::ctx::rest(b, p), left)? {
        nlri::Prefix::Illegal => {
            c.s("\n\t    (illegal prefix length)");
            Ok(Route::Illegal)
        }
        nlri::Prefix::Short => {
            c.trunc();
            Ok(Route::Cut)
        }
        nlri::Prefix::Found(addr, plen, used) => {
            c.s("\n\t    ");
            nlri::put_prefix(c, &addr, plen);
            if let Some(id) = path_id {
                c.s_dec("   Path Id: ", id);
            }
            Ok(Route::Took(used))
        }
    }
}

/// One "subcode NAME (N)" with the table's "Unknown" default.
fn subcode(c: &mut Ctx, lead: &str, table: &[(u32, &'static str)], minor: u8) {
    c.s(lead);
    c.s("subcode ");
    name(c, table, minor.into(), "Unknown");
    c.s_dec(" (", minor);
    c.s(")");
}

fn notification(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    if b.len() < NOTIFICATION_LEN {
        c.trunc();
        return Ok(());
    }
    if length < NOTIFICATION_LEN {
        return Ok(());
    }
    let (major, minor) = (b[19], b[20]);
    c.s(", ");
    name(c, NOTIFY_MAJOR, major.into(), "Unknown Error");
    c.s_dec(" (", major);
    c.s(")");
    match major {
        1 => subcode(c, ", ", NOTIFY_MINOR_MSG, minor),
        2 => subcode(c, ", ", NOTIFY_MINOR_OPEN, minor),
        3 => subcode(c, ", ", NOTIFY_MINOR_UPDATE, minor),
        5 => subcode(c, " ", NOTIFY_MINOR_FSM, minor),
        7 => subcode(c, " ", NOTIFY_MINOR_CAP, minor),
        6 => {
            subcode(c, ", ", NOTIFY_MINOR_CEASE, minor);
            let t = NOTIFICATION_LEN;
            if minor == 1 && length >= NOTIFICATION_LEN + 7 {
                c.s(", ");
                afi_safi(c, be16(b, t)?, u8at(b, t + 2)?);
                c.s(", Max Prefixes: ");
                c.dec(be32(b, t + 3)?);
            }
            if (minor == 2 || minor == 4) && length > NOTIFICATION_LEN {
                let comm_len = usize::from(u8at(b, t)?);
                let mut rest_off = 0;
                if comm_len > length - (NOTIFICATION_LEN + 1) {
                    c.s(", invalid Shutdown Communication length");
                } else if comm_len == 0 {
                    c.s(", empty Shutdown Communication");
                    rest_off = 1;
                } else {
                    c.s_dec(", Shutdown Communication (length: ", comm_len as u64);
                    c.s("): \"");
                    for k in 0..comm_len {
                        let ch = u8at(b, t + 1 + k)?;
                        crate::decode::ctx::print_char(c, ch);
                    }
                    c.s("\"");
                    rest_off = comm_len + 1;
                }
                let trailing = length - (rest_off + NOTIFICATION_LEN);
                if trailing > 0 {
                    c.s_dec(", Data: (length: ", trailing as u64);
                    c.s(")");
                    hex_or_trunc(c, b, t + rest_off, "\n\t\t", trailing)?;
                }
            }
        }
        _ => {}
    }
    Ok(())
}

fn route_refresh(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    if b.len() < ROUTE_REFRESH_LEN {
        c.trunc();
        return Ok(());
    }
    if length < ROUTE_REFRESH_LEN {
        return Ok(());
    }
    c.s("\n\t  ");
    afi_safi(c, be16(b, 19)?, b[22]);
    if c.o.verbose > 1 {
        if b.len() < length {
            c.trunc();
            return Ok(());
        }
        unknown_data(c, b, 0, "\n\t  ", length);
    }
    Ok(())
}
