//! OpenFlow (print-openflow.c): the message header loop shared by every
//! version, and the helpers the version printers share. A TCP segment may
//! hold several messages and a message may run past the segment; each
//! message's body goes to its version's printer when -v asks for it.

mod v1_0;
mod v1_3;

use super::ctx::{Ctx, Res, Trunc, be16, be32, u8at};
use super::names::oui_name;
use super::out::Emit;
use super::{dispatch, hexdump};

const HEADER_LEN: usize = 8;

/// What a message body must measure for its type (tcpdump's req_what).
#[derive(Clone, Copy)]
pub(super) enum BodyLen {
    Any,
    Exactly(usize),
    AtLeast(usize),
}

/// A body printer: the buffer, where the body starts and its declared
/// length (which may run past the captured bytes).
pub(super) type BodyPrinter = fn(&mut Ctx, &[u8], usize, usize) -> Res;

/// One message type of one version: its name, its length rule and its
/// body printer (None where tcpdump does not decode the body).
pub(super) struct MsgType {
    pub name: &'static str,
    pub body: Option<BodyPrinter>,
    pub len: BodyLen,
}

/// A row of a version's message table.
pub(super) const fn msg(name: &'static str, body: Option<BodyPrinter>, len: BodyLen) -> MsgType {
    MsgType { name, body, len }
}

/// openflow_print: the messages of one TCP segment.
pub(crate) fn openflow(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "openflow";
    c.s(": OpenFlow");
    let mut p = 0;
    let mut left = length;
    while left > 0 {
        let version = u8at(b, p)?;
        c.s("\n\tversion ");
        match version {
            1..=6 => {
                c.s_dec("1.", version - 1);
            }
            _ => unknown(c, u32::from(version), 2),
        }
        if left < 2 {
            return partial_header(c, b, p + 1, left - 1);
        }
        let typ = u8at(b, p + 1)?;
        let info = match version {
            1 => v1_0::msg_type(typ),
            4 => v1_3::msg_type(typ),
            _ => None,
        };
        c.s(", type ");
        match info {
            Some(i) => c.s(i.name),
            None => unknown(c, u32::from(typ), 2),
        }
        if left < 4 {
            return partial_header(c, b, p + 2, left - 2);
        }
        let len = usize::from(be16(b, p + 2)?);
        c.s_dec(", length ", len as u64);
        if len < HEADER_LEN {
            c.s(" (too short!)");
        }
        if left < HEADER_LEN {
            return partial_header(c, b, p + 4, left - 4);
        }
        let xid = be32(b, p + 4)?;
        c.s(", xid 0x");
        c.out.hex0(u64::from(xid), 8);
        left -= HEADER_LEN;
        p += HEADER_LEN;
        if len < HEADER_LEN {
            c.invalid();
            return check(b, p, left);
        }
        let body = len - HEADER_LEN;
        message(c, b, p, body, info)?;
        if body > left {
            break;
        }
        p += body;
        left -= body;
    }
    Ok(())
}

/// A header cut by the end of the segment: the rest must still be there.
fn partial_header(c: &mut Ctx, b: &[u8], p: usize, left: usize) -> Res {
    c.s(" (end of TCP payload)");
    check(b, p, left)
}

/// of_message_print: the length rule, then the body printer with -v.
fn message(c: &mut Ctx, b: &[u8], p: usize, len: usize, info: Option<&MsgType>) -> Res {
    if let Some(i) = info {
        let fits = match i.len {
            BodyLen::Any => true,
            BodyLen::Exactly(n) => len == n,
            BodyLen::AtLeast(n) => len >= n,
        };
        if !fits {
            c.invalid();
        } else if let (true, Some(body)) = (c.o.verbose > 0, i.body) {
            return body(c, b, p, len);
        }
    }
    check(b, p, len)
}

/// ND_TCHECK_LEN: `len` bytes from `p` must have been captured.
pub(super) fn check(b: &[u8], p: usize, len: usize) -> Res {
    if p.checked_add(len).is_some_and(|end| end <= b.len()) {
        Ok(())
    } else {
        Err(Trunc)
    }
}

/// "unknown (0x..)" for a value no table names.
pub(super) fn unknown(c: &mut Ctx, v: u32, width: usize) {
    c.s("unknown (0x");
    c.out.hex0(u64::from(v), width);
    c.s(")");
}

/// tok2str over a table of (value, name) pairs.
pub(super) fn lookup(table: &[(u32, &'static str)], v: u32) -> Option<&'static str> {
    table.iter().find(|&&(k, _)| k == v).map(|&(_, n)| n)
}

/// tok2str with a "%u" default: the name or the decimal value.
pub(super) fn name_or_dec(c: &mut Ctx, table: &[(u32, &'static str)], v: u32) {
    match lookup(table, v) {
        Some(n) => c.s(n),
        None => c.dec(v),
    }
}

/// tok2str with an "invalid (0x..)" default.
pub(super) fn name_or_invalid(c: &mut Ctx, table: &[(u32, &'static str)], v: u32, width: usize) {
    match lookup(table, v) {
        Some(n) => c.s(n),
        None => {
            c.s("invalid (0x");
            c.out.hex0(u64::from(v), width);
            c.s(")");
        }
    }
}

/// The name at index `v` of a dense table, as tok2str over 0, 1, 2...
pub(super) fn indexed<T: Copy>(table: &[T], v: u32) -> Option<T> {
    usize::try_from(v).ok().and_then(|i| table.get(i)).copied()
}

/// of_bitmap_print: when any assigned bit is set, the names of all the
/// bits set (a named but unassigned bit too, as tcpdump's bittok2str
/// over the whole value), then " (bogus)" when any bit outside
/// `assigned` is set.
pub(super) fn bitmap(c: &mut Ctx, table: &[(u32, &str)], v: u32, assigned: u32) {
    if v & assigned != 0 {
        c.s(" (");
        c.flag_names(v, table);
        c.s(")");
    }
    if v & !assigned != 0 {
        c.s(" (bogus)");
    }
}

/// `label` then " 0x%08x" and the bitmap's names.
pub(super) fn hex_bitmap(c: &mut Ctx, label: &str, table: &[(u32, &str)], v: u32, assigned: u32) {
    c.s(label);
    c.s(" 0x");
    c.out.hex0(u64::from(v), 8);
    bitmap(c, table, v, assigned);
}

/// `label` then the 32-bit bitmap at `p` with its names; every bit the
/// table does not name is unassigned.
pub(super) fn bitmap_at(
    c: &mut Ctx,
    label: &str,
    table: &[(u32, &str)],
    b: &[u8],
    p: usize,
) -> Res {
    let v = be32(b, p)?;
    hex_bitmap(c, label, table, v, bits(table));
    Ok(())
}

/// A port description's four feature bitmaps (current, advertised,
/// supported, peer), one after another from `p`, laid out alike in both
/// versions.
pub(super) fn port_features(c: &mut Ctx, table: &[(u32, &str)], b: &[u8], p: usize) -> Res {
    let labels = [
        "\n\t   curr",
        "\n\t   advertised",
        "\n\t   supported",
        "\n\t   peer",
    ];
    for (i, label) in labels.iter().enumerate() {
        bitmap_at(c, label, table, b, p + 4 * i)?;
    }
    Ok(())
}

/// The error message body both versions share: its type, the code from
/// that type's code table (`codes`, indexed by type), then the data.
pub(super) fn error(
    c: &mut Ctx,
    b: &[u8],
    p: usize,
    len: usize,
    types: &[(u32, &'static str)],
    codes: &[&[&'static str]],
) -> Res {
    let typ = u32::from(be16(b, p)?);
    c.s("\n\t type ");
    name_or_invalid(c, types, typ, 4);
    let code = u32::from(be16(b, p + 2)?);
    c.s(", code ");
    match indexed(codes, typ).and_then(|names| indexed(names, code)) {
        Some(n) => c.s(n),
        None => name_or_invalid(c, &[], code, 4),
    }
    data(c, b, p + 4, len - 4)
}

/// The union of a bitmap table's bits: what of_bitmap_print calls assigned.
pub(super) const fn bits(table: &[(u32, &str)]) -> u32 {
    let mut all = 0;
    let mut i = 0;
    while i < table.len() {
        all |= table[i].0;
        i += 1;
    }
    all
}

/// The start that of_data_print and of10_packet_data_print share: nothing
/// for no data, else "data (N octets)"; below `body_verbose` -v levels
/// the data is only checked to be captured. Ok(true) when the caller goes
/// on to print the data itself.
pub(super) fn data_head(
    c: &mut Ctx,
    b: &[u8],
    p: usize,
    len: usize,
    body_verbose: u8,
) -> Res<bool> {
    if len == 0 {
        return Ok(false);
    }
    c.s_dec("\n\t data (", len as u64);
    c.s(" octets)");
    if c.o.verbose < body_verbose {
        check(b, p, len)?;
        return Ok(false);
    }
    Ok(true)
}

/// of_data_print: "data (N octets)" and with -vv its hex and ASCII.
pub(super) fn data(c: &mut Ctx, b: &[u8], p: usize, len: usize) -> Res {
    if !data_head(c, b, p, len, 2)? {
        return Ok(());
    }
    // hex_and_ascii_print dumps what was captured and marks the cut
    // without stopping the printer.
    let have = b.len().saturating_sub(p).min(len);
    hexdump::hex_ascii(c.out, "\n\t  ", b.get(p..p + have).unwrap_or(&[]));
    if have < len {
        c.trunc();
    }
    Ok(())
}

/// of_vendor_name: an OUI name, or an ONF experimenter ID name.
pub(super) fn vendor_name(v: u32) -> &'static str {
    const ONF: [(u32, &str); 11] = [
        (0x4f4e4600, "ONF Extensions"),
        (
            0xff000001,
            "Budapest University of Technology and Economics",
        ),
        (0xff000002, "NoviFlow"),
        (0xff000003, "L3+ Extensions, Vendor Neutral"),
        (0xff000004, "L4-L7 Extensions"),
        (0xff000005, "Wireless and Mobility Extensions"),
        (0xff000006, "Forwarding Abstractions Extensions"),
        (0xff000007, "Optical Transport Extensions"),
        (0xff000008, "Network Benchmarking Lab, NCTU"),
        (0xff000009, "Mobile Packet Core Extensions"),
        (0xff00000a, "MPLS-TP OpenFlow Extensions for SPTN"),
    ];
    if v & 0xff00_0000 != 0 {
        return lookup(&ONF, v).unwrap_or("unknown");
    }
    match (v, oui_name(v)) {
        // In tcpdump's oui_values but not (yet) in the shared table.
        (0xd0f0db, _) => "Ericsson",
        (_, "Unknown") => "unknown",
        (_, name) => name,
    }
}

/// `label` then a MAC address as etheraddr_string prints it.
pub(super) fn mac(c: &mut Ctx, label: &str, b: &[u8], p: usize) -> Res {
    let a = super::ctx::bytes(b, p, 6)?;
    c.s(label);
    dispatch::mac(c, a);
    Ok(())
}

/// `label` then " 0x%08x" of a 32-bit field.
pub(super) fn hex32(c: &mut Ctx, label: &str, v: u32) {
    c.s(label);
    c.s(" 0x");
    c.out.hex0(u64::from(v), 8);
}

/// `label` then " 0x%016x" of a 64-bit field.
pub(super) fn hex64(c: &mut Ctx, label: &str, b: &[u8], p: usize) -> Res {
    let v = be64(b, p)?;
    c.s(label);
    c.s(" 0x");
    c.out.hex0(v, 16);
    Ok(())
}

pub(super) fn be64(b: &[u8], p: usize) -> Res<u64> {
    Ok(u64::from(be32(b, p)?) << 32 | u64::from(be32(b, p + 4)?))
}
