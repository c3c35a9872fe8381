//! LMP, the Link Management Protocol (print-lmp.c, RFC 4204 and OIF UNI
//! 1.0's service discovery): the message type, and from -v every object
//! with its fields; -vv adds each object's hex.

use super::ctx::{Ctx, Res, be16, be32, bytes, codes, rest, tcheck, u8at};
use super::gmpls;
use super::out::Emit;

const HEADER_LEN: usize = 8;
const OBJ_HEADER_LEN: usize = 4;

const MSG_TYPES: &[(u32, &str)] = &[
    (1, "Config"),
    (2, "Config ACK"),
    (3, "Config NACK"),
    (4, "Hello"),
    (5, "Begin Verify"),
    (6, "Begin Verify ACK"),
    (7, "Begin Verify NACK"),
    (8, "End Verify"),
    (9, "End Verify ACK"),
    (10, "Test"),
    (11, "Test Status Success"),
    (12, "Test Status Failure"),
    (13, "Test Status ACK"),
    (14, "Link Summary"),
    (15, "Link Summary ACK"),
    (16, "Link Summary NACK"),
    (17, "Channel Status"),
    (18, "Channel Status ACK"),
    (19, "Channel Status Request"),
    (20, "Channel Status Response"),
    (50, "Service Config"),
    (51, "Service Config ACK"),
    (52, "Service Config NACK"),
];

const HEADER_FLAGS: &[(u32, &str)] = &[(0x01, "Control Channel Down"), (0x02, "LMP restart")];
const TE_LINK_FLAGS: &[(u32, &str)] = &[
    (0x01, "Fault Management Supported"),
    (0x02, "Link Verification Supported"),
];
const DATA_LINK_FLAGS: &[(u32, &str)] = &[
    (0x01, "Data Link Port"),
    (0x02, "Allocated for user traffic"),
    (0x04, "Failed link"),
];
const CHANNEL_STATUS: &[(u32, &str)] = &[
    (1, "Signal Okay"),
    (2, "Signal Degraded"),
    (3, "Signal Fail"),
];
const BEGIN_VERIFY_FLAGS: &[(u32, &str)] =
    &[(0x0001, "Verify all links"), (0x0002, "Data link type")];
const BEGIN_VERIFY_ERRORS: &[(u32, &str)] = &[
    (0x01, "Link Verification Procedure Not supported"),
    (0x02, "Unwilling to verify"),
    (0x04, "Unsupported verification transport mechanism"),
    (0x08, "Link-Id configuration error"),
    (0x10, "Unknown object c-type"),
];
const LINK_SUMMARY_ERRORS: &[(u32, &str)] = &[
    (0x01, "Unacceptable non-negotiable LINK-SUMMARY parameters"),
    (0x02, "Renegotiate LINK-SUMMARY parameters"),
    (0x04, "Invalid TE-LINK Object"),
    (0x08, "Invalid DATA-LINK Object"),
    (0x10, "Unknown TE-LINK Object c-type"),
    (0x20, "Unknown DATA-LINK Object c-type"),
];
const SC_PROTOCOLS: &[(u32, &str)] = &[(0x01, "RSVP Supported"), (0x02, "LDP Supported")];
const SC_TRANSPARENCY: &[(u32, &str)] = &[
    (0x01, "Path/VC Overhead Transparency Supported"),
    (0x02, "Line/MS Overhead Transparency Supported"),
    (0x04, "Section/RS Overhead Transparency Supported"),
];
const SC_CONCATENATION: &[(u32, &str)] = &[(0x01, "Contiguous Concatenation Types Supported")];
const SC_NSA_TRANSPARENCY: &[(u32, &str)] = &[
    (0x01, "Standard SOH/RSOH Transparency Supported"),
    (0x02, "Standard LOH/MSOH Transparency Supported"),
];
const SC_TCM: &[(u32, &str)] = &[(0x01, "Transparent Tandem Connection Monitoring Supported")];
const SC_DIVERSITY: &[(u32, &str)] = &[
    (0x01, "Node Diversity Supported"),
    (0x02, "Link Diversity Supported"),
    (0x04, "SRLG Diversity Supported"),
];

/// The subobjects of a data link object.
const SUBOBJECT_TYPES: &[(u32, &str)] = &[(1, "Interface Switching Type"), (2, "Wavelength")];

codes! {
    /// lmp_obj_values: the object classes.
    CLASSES: u8 {
        CC_ID = 1 => "Control Channel ID",
        NODE_ID = 2 => "Node ID",
        LINK_ID = 3 => "Link ID",
        INTERFACE_ID = 4 => "Interface ID",
        MESSAGE_ID = 5 => "Message ID",
        CONFIG = 6 => "Configuration",
        HELLO = 7 => "Hello",
        VERIFY_BEGIN = 8 => "Verify Begin",
        VERIFY_BEGIN_ACK = 9 => "Verify Begin ACK",
        VERIFY_ID = 10 => "Verify ID",
        TE_LINK = 11 => "TE Link",
        DATA_LINK = 12 => "Data Link",
        CHANNEL_STATUS_OBJ = 13 => "Channel Status",
        CHANNEL_STATUS_REQ = 14 => "Channel Status Request",
        ERROR_CODE = 20 => "Error Code",
        SERVICE_CONFIG = 51 => "Service Config",
    }
}

/// lmp_ctype_values: the name of a class's C-type.
fn ctype_name(class: u8, ctype: u8) -> &'static str {
    const ADDR: [&str; 3] = ["IPv4", "IPv6", "Unnumbered"];
    const LOCAL_REMOTE: [&str; 6] = [
        "IPv4 Local",
        "IPv4 Remote",
        "IPv6 Local",
        "IPv6 Remote",
        "Unnumbered Local",
        "Unnumbered Remote",
    ];
    const NUMBERS: [&str; 4] = ["1", "2", "3", "4"];
    let i = usize::from(ctype).wrapping_sub(1);
    let found = match class {
        CC_ID | NODE_ID => ["Local", "Remote"].get(i),
        LINK_ID | INTERFACE_ID => LOCAL_REMOTE.get(i),
        MESSAGE_ID | ERROR_CODE => NUMBERS[..2].get(i),
        CONFIG | HELLO | VERIFY_BEGIN | VERIFY_BEGIN_ACK | VERIFY_ID => NUMBERS[..1].get(i),
        TE_LINK | DATA_LINK | CHANNEL_STATUS_OBJ | CHANNEL_STATUS_REQ => ADDR.get(i),
        SERVICE_CONFIG => NUMBERS.get(i),
        _ => None,
    };
    found.copied().unwrap_or("Unknown")
}

/// lmp_print.
pub(crate) fn lmp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "lmp";
    tcheck(b, 0, HEADER_LEN)?;
    let version = be16(b, 0)? >> 12;
    let (flags, msg_type) = (u8at(b, 2)?, u8at(b, 3)?);
    if version != 1 {
        c.version_not_supported("LMP ", version);
        return Ok(());
    }
    if c.o.verbose < 1 {
        c.s("LMPv1 ");
        c.tok_or(MSG_TYPES, msg_type.into(), "unknown (", ")");
        c.s_dec(" Message, length: ", length as u64);
        return Ok(());
    }
    let mut tlen = usize::from(be16(b, 4)?);
    c.s("\n\tLMPv1, msg-type: ");
    c.tok_or(MSG_TYPES, msg_type.into(), "unknown, type: ", "");
    c.s(", Flags: [");
    c.flag_names(flags.into(), HEADER_FLAGS);
    c.s_dec("], length: ", tlen as u64);
    if tlen < HEADER_LEN {
        c.s(" (too short)");
        return Ok(());
    }
    if tlen > length {
        c.s(" (too long)");
        tlen = length;
    }
    let mut at = HEADER_LEN;
    // tcpdump's tlen is an unsigned int: when the length it was cut to
    // (the datagram's) is under the header, the subtraction wraps and the
    // objects print on until the captured bytes end. Wrapped in the same
    // 32 bits, so a length printed below is the one tcpdump prints.
    tlen = (tlen as u32).wrapping_sub(HEADER_LEN as u32) as usize;
    while tlen > 0 {
        let obj_len = usize::from(be16(b, at + 2)?);
        let (ctype_byte, class) = (u8at(b, at)?, u8at(b, at + 1)?);
        let ctype = ctype_byte & 0x7f;
        c.s("\n\t  ");
        c.tok(CLASSES, class.into(), "Unknown");
        c.s_dec(" Object (", class);
        c.s("), Class-Type: ");
        c.s(ctype_name(class, ctype));
        c.s_dec(" (", ctype);
        c.s(") Flags: [");
        if ctype_byte & 0x80 == 0 {
            c.s("non-");
        }
        c.s_dec("negotiable], length: ", obj_len as u64);
        if obj_len < OBJ_HEADER_LEN {
            c.s(" (too short)");
            return Ok(());
        }
        if obj_len % 4 != 0 {
            c.s(" (not a multiple of 4)");
            return Ok(());
        }
        tcheck(b, at, obj_len)?;
        let body = bytes(b, at + OBJ_HEADER_LEN, obj_len - OBJ_HEADER_LEN)?;
        // The printers read through the packet, not just the object, as
        // a subobject longer than its object reads on in tcpdump.
        let from_body = rest(b, at + OBJ_HEADER_LEN);
        let hexdump = match object(c, class, ctype, from_body, body.len())? {
            Body::Printed => false,
            Body::Undecoded => true,
            Body::UnknownClass => {
                if c.o.verbose <= 1 {
                    c.unknown_data(body, 0, "\n\t    ", body.len());
                }
                false
            }
        };
        if c.o.verbose > 1 || hexdump {
            c.unknown_data(body, 0, "\n\t    ", body.len());
        }
        if tlen < obj_len {
            c.invalid_length([" [remaining objects length ", " < ", "]"], tlen, obj_len);
            break;
        }
        at += obj_len;
        tlen -= obj_len;
    }
    Ok(())
}

/// What an object's printer made of its body.
enum Body {
    Printed,
    /// A C-type (or subobject) it has no decoder for: tcpdump dumps it.
    Undecoded,
    /// A class it does not know: dumped below -vv.
    UnknownClass,
}

/// The `blen` bytes of one object's body (captured whole) at the start
/// of `b`, the rest of the packet.
fn object(c: &mut Ctx, class: u8, ctype: u8, b: &[u8], blen: usize) -> Res<Body> {
    // The body size each decoded C-type must have (None: at least the
    // minimum the arm checks itself).
    let exact = |c: &mut Ctx, n: usize| {
        let ok = blen == n;
        if !ok {
            c.s(" (not correct for object)");
        }
        ok
    };
    match (class, ctype) {
        (CC_ID, 1 | 2) => {
            if exact(c, 4) {
                id_hex(c, "Control Channel ID: ", be32(b, 0)?);
            }
        }
        (LINK_ID | INTERFACE_ID, 1 | 2) => {
            if exact(c, 4) {
                addr_hex(c, "IPv4 Link ID: ", b, 0, 4)?;
            }
        }
        (LINK_ID | INTERFACE_ID, 3 | 4) => {
            if exact(c, 16) {
                addr_hex(c, "IPv6 Link ID: ", b, 0, 16)?;
            }
        }
        (LINK_ID | INTERFACE_ID, 5 | 6) => {
            if exact(c, 4) {
                id_hex(c, "Link ID: ", be32(b, 0)?);
            }
        }
        (MESSAGE_ID, 1 | 2) => {
            if exact(c, 4) {
                let label = if ctype == 1 {
                    "Message ID: "
                } else {
                    "Message ID Ack: "
                };
                id_hex(c, label, be32(b, 0)?);
            }
        }
        (NODE_ID, 1 | 2) => {
            if exact(c, 4) {
                addr_hex(c, "Node ID: ", b, 0, 4)?;
            }
        }
        (CONFIG, 1) => {
            if exact(c, 4) {
                let labels = ["\n\t    Hello Interval: ", "\n\t    Hello Dead Interval: "];
                dec16s(c, b, 0, &labels)?;
            }
        }
        (HELLO, 1) => {
            if exact(c, 8) {
                c.s("\n\t    Tx Seq: ");
                c.dec(be32(b, 0)?);
                c.s(", Rx Seq: ");
                c.dec(be32(b, 4)?);
            }
        }
        (TE_LINK, 1..=3) => {
            let size = if ctype == 2 { 36 } else { 12 };
            if exact(c, size) {
                c.s("\n\t    Flags: [");
                c.flag_names(u8at(b, 0)?.into(), TE_LINK_FLAGS);
                c.s("]");
                link_ids(c, b, ctype, "Link-ID")?;
            }
        }
        (DATA_LINK, 1..=3) => {
            let size = if ctype == 2 { 36 } else { 12 };
            if blen < size {
                c.s(" (not correct for object)");
            } else {
                c.s("\n\t    Flags: [");
                c.flag_names(u8at(b, 0)?.into(), DATA_LINK_FLAGS);
                c.s("]");
                link_ids(c, b, ctype, "Interface ID")?;
                if data_link_subobjects(c, b, size, blen)? {
                    return Ok(Body::Undecoded);
                }
            }
        }
        (VERIFY_BEGIN, 1) => {
            if exact(c, 20) {
                c.s("\n\t    Flags: ");
                c.flag_names(be16(b, 0)?.into(), BEGIN_VERIFY_FLAGS);
                c.s("\n\t    Verify Interval: ");
                c.dec(be16(b, 2)?);
                c.s("\n\t    Data links: ");
                c.dec(be32(b, 4)?);
                c.s("\n\t    Encoding type: ");
                c.tok(gmpls::ENCODING, u8at(b, 8)?.into(), "Unknown");
                let mechanism = be16(b, 10)?;
                c.s_dec("\n\t    Verify Transport Mechanism: ", mechanism);
                c.s(" (0x");
                c.out.hex(mechanism.into());
                c.s(")");
                // tcpdump tests the bit with decimal 8000, not 0x8000.
                if mechanism & 8000 != 0 {
                    c.s(" (Payload test messages capable)");
                }
                c.s("\n\t    Transmission Rate: ");
                gmpls::bandwidth(c.out, be32(b, 12)?);
                c.s("\n\t    Wavelength: ");
                c.dec(be32(b, 16)?);
            }
        }
        (VERIFY_BEGIN_ACK, 1) => {
            if exact(c, 4) {
                let labels = [
                    "\n\t    Verify Dead Interval: ",
                    "\n\t    Verify Transport Response: ",
                ];
                dec16s(c, b, 0, &labels)?;
            }
        }
        (VERIFY_ID, 1) => {
            if exact(c, 4) {
                c.s("\n\t    Verify ID: ");
                c.dec(be32(b, 0)?);
            }
        }
        (CHANNEL_STATUS_OBJ, 1..=3) => {
            let id_len = if ctype == 2 { 16 } else { 4 };
            let mut at = 0;
            while at + id_len + 4 <= blen {
                interface_id(c, b, at, ctype)?;
                let status = be32(b, at + id_len)?;
                // The allocated and direction bits: "WORD (BIT)" each.
                for (label, shift, [clear, set]) in [
                    ("\n\t\t    Active: ", 31, ["Non-allocated", "Allocated"]),
                    ("\n\t\t    Direction: ", 30, ["Receive", "Transmit"]),
                ] {
                    let bit = (status >> shift) & 1;
                    c.s(label);
                    c.s(if bit != 0 { set } else { clear });
                    c.s_dec(" (", bit);
                    c.s(")");
                }
                c.s("\n\t\t    Channel Status: ");
                let channel = status & 0x3ff_ffff;
                c.tok_num(CHANNEL_STATUS, channel, "Unknown");
                at += id_len + 4;
            }
        }
        (CHANNEL_STATUS_REQ, 1..=3) => {
            let id_len = if ctype == 2 { 16 } else { 4 };
            let mut at = 0;
            while at + id_len <= blen {
                interface_id(c, b, at, ctype)?;
                at += id_len;
            }
        }
        (ERROR_CODE, 1 | 2) => {
            if exact(c, 4) {
                c.s("\n\t    Error Code: ");
                let table = if ctype == 1 {
                    BEGIN_VERIFY_ERRORS
                } else {
                    LINK_SUMMARY_ERRORS
                };
                c.flag_names(be32(b, 0)?, table);
            }
        }
        (SERVICE_CONFIG, 1..=4) => service_config(c, ctype, b, exact)?,
        (
            CC_ID | NODE_ID | LINK_ID | INTERFACE_ID | MESSAGE_ID | CONFIG | HELLO | VERIFY_BEGIN
            | VERIFY_BEGIN_ACK | VERIFY_ID | TE_LINK | DATA_LINK | CHANNEL_STATUS_OBJ
            | CHANNEL_STATUS_REQ | ERROR_CODE | SERVICE_CONFIG,
            _,
        ) => return Ok(Body::Undecoded),
        _ => return Ok(Body::UnknownClass),
    }
    Ok(Body::Printed)
}

/// The service discovery object of UNI 1.0, C-types 1 to 4.
fn service_config(
    c: &mut Ctx,
    ctype: u8,
    b: &[u8],
    exact: impl Fn(&mut Ctx, usize) -> bool,
) -> Res {
    match ctype {
        1 => {
            if exact(c, 4) {
                c.s("\n\t Flags: ");
                c.flag_names(u8at(b, 0)?.into(), SC_PROTOCOLS);
                c.s("\n\t  UNI Version: ");
                c.dec(u8at(b, 1)?);
            }
        }
        2 => {
            if !exact(c, 16) {
                return Ok(());
            }
            let link_type = u8at(b, 0)?;
            c.s("\n\t Link Type: ");
            c.tok_num(gmpls::SD_LINK_TYPE, link_type.into(), "Unknown");
            let signals = match link_type {
                gmpls::SD_LINK_SDH => Some(gmpls::SD_SIGNAL_SDH),
                gmpls::SD_LINK_SONET => Some(gmpls::SD_SIGNAL_SONET),
                _ => None,
            };
            if let Some(table) = signals {
                let signal = u8at(b, 1)?;
                c.s("\n\t Signal Type: ");
                c.tok_num(table, signal.into(), "Unknown");
            }
            c.s("\n\t Transparency: ");
            c.flag_names(u8at(b, 2)?.into(), SC_TRANSPARENCY);
            c.s("\n\t Contiguous Concatenation Types: ");
            c.flag_names(u8at(b, 3)?.into(), SC_CONCATENATION);
            let labels = [
                "\n\t Minimum NCC: ",
                "\n\t Maximum NCC: ",
                "\n\t Minimum NVC:",
                "\n\t Maximum NVC:",
            ];
            dec16s(c, b, 4, &labels)?;
            addr_hex(c, "Local Interface ID: ", b, 12, 4)?;
        }
        3 => {
            if exact(c, 8) {
                c.s("\n\t Transparency Flags: ");
                c.flag_names(be32(b, 0)?, SC_NSA_TRANSPARENCY);
                c.s("\n\t TCM Monitoring Flags: ");
                c.flag_names(u8at(b, 7)?.into(), SC_TCM);
            }
        }
        _ => {
            if exact(c, 4) {
                c.s("\n\t Diversity: Flags: ");
                c.flag_names(u8at(b, 3)?.into(), SC_DIVERSITY);
            }
        }
    }
    Ok(())
}

/// Consecutive 16-bit fields from `at`, each in decimal after its label.
fn dec16s(c: &mut Ctx, b: &[u8], at: usize, labels: &[&str]) -> Res {
    for (i, label) in labels.iter().enumerate() {
        c.s(label);
        c.dec(be16(b, at + 2 * i)?);
    }
    Ok(())
}

/// "\n\t    LABEL: N (0xNNNNNNNN)".
fn id_hex(c: &mut Ctx, label: &str, v: u32) {
    c.s("\n\t    ");
    c.s(label);
    c.dec(v);
    c.s(" (0x");
    c.out.hex0(v.into(), 8);
    c.s(")");
}

/// "\n\t    LABEL: ADDRESS (0xNNNNNNNN)": an IPv4 (`len` 4) or IPv6 address
/// at `at` and its first four bytes in hex.
fn addr_hex(c: &mut Ctx, label: &str, b: &[u8], at: usize, len: usize) -> Res {
    let addr = bytes(b, at, len)?;
    let first = be32(b, at)?;
    c.s("\n\t    ");
    c.s(label);
    if len == 4 {
        c.ip4(addr);
    } else {
        c.ip6(addr);
    }
    c.s(" (0x");
    c.out.hex0(first.into(), 8);
    c.s(")");
    Ok(())
}

/// An interface ID of a channel status (request) object: IPv4, IPv6 or
/// unnumbered by C-type.
fn interface_id(c: &mut Ctx, b: &[u8], at: usize, ctype: u8) -> Res {
    match ctype {
        1 => addr_hex(c, "Interface ID: ", b, at, 4),
        2 => addr_hex(c, "Interface ID: ", b, at, 16),
        _ => {
            id_hex(c, "Interface ID: ", be32(b, at)?);
            Ok(())
        }
    }
}

/// The local and remote IDs of a TE link or data link object: IPv4, IPv6
/// or unnumbered by C-type.
fn link_ids(c: &mut Ctx, b: &[u8], ctype: u8, what: &str) -> Res {
    let (local, remote) = (format!("Local {what}: "), format!("Remote {what}: "));
    match ctype {
        1 => {
            addr_hex(c, &local, b, 4, 4)?;
            addr_hex(c, &remote, b, 8, 4)
        }
        2 => {
            addr_hex(c, &local, b, 4, 16)?;
            addr_hex(c, &remote, b, 20, 16)
        }
        _ => {
            id_hex(c, &local, be32(b, 4)?);
            id_hex(c, &remote, be32(b, 8)?);
            Ok(())
        }
    }
}

/// lmp_print_data_link_subobjs: the subobjects after a data link's fixed
/// part at `start` of its `blen` bytes; true when one of unknown type
/// leaves the object to a hex dump.
fn data_link_subobjects(c: &mut Ctx, b: &[u8], start: usize, blen: usize) -> Res<bool> {
    let mut left = blen - start;
    let mut at = start;
    while left > 0 {
        let (typ, len) = (u8at(b, at)?, u8at(b, at + 1)?);
        let len_us = usize::from(len);
        c.s("\n\t    Subobject, Type: ");
        c.tok_num(SUBOBJECT_TYPES, typ.into(), "Unknown");
        c.s_dec(", Length: ", len);
        if len_us < 4 {
            c.s(" (too short)");
            break;
        }
        if len_us % 4 != 0 {
            c.s(" (not a multiple of 4)");
            break;
        }
        if left < len_us {
            c.s(" (goes past the end of the object)");
            break;
        }
        match typ {
            1 => {
                let switching = u8at(b, at + 2)?;
                c.s("\n\t      Switching Type: ");
                c.tok_num(gmpls::SWITCH_CAPABILITY, switching.into(), "Unknown");
                // Within the subobject, whose length was checked.
                let encoding = u8at(b, at + 3)?;
                c.s("\n\t      Encoding Type: ");
                c.tok_num(gmpls::ENCODING, encoding.into(), "Unknown");
                let min = be32(b, at + 4)?;
                c.s("\n\t      Min Reservable Bandwidth: ");
                gmpls::bandwidth(c.out, min);
                let max = be32(b, at + 8)?;
                c.s("\n\t      Max Reservable Bandwidth: ");
                gmpls::bandwidth(c.out, max);
            }
            2 => {
                let wavelength = be32(b, at + 4)?;
                c.s_dec("\n\t      Wavelength: ", wavelength);
            }
            _ => return Ok(true),
        }
        left -= len_us;
        at += len_us;
    }
    Ok(false)
}
