//! RSVP (print-rsvp.c, RFC 2205 with the RSVP-TE, GMPLS, refresh
//! reduction, fast reroute and OIF UNI extensions): the message type, and
//! from -v the common header and every object (bundles: every submessage);
//! -vv adds each object's hex. The object bodies are in objects.rs.
//! Integrity's HMAC-MD5 is not checked with -M yet: it always prints as
//! tcpdump prints it without a secret, "(unchecked)".

mod intserv;
mod objects;
mod subobjects;

use super::ctx::{Ctx, Res, be16, tcheck, u8at};
use super::out::Emit;

const HEADER_LEN: usize = 8;
const OBJ_HEADER_LEN: usize = 4;
const BUNDLE: u8 = 12;

const MSG_TYPES: &[(u32, &str)] = &[
    (1, "Path"),
    (2, "Resv"),
    (3, "PathErr"),
    (4, "ResvErr"),
    (5, "PathTear"),
    (6, "ResvTear"),
    (7, "ResvConf"),
    (12, "Bundle"),
    (13, "Acknowledgement"),
    (14, "Hello (Old)"),
    (15, "Refresh"),
    (20, "Hello"),
];

/// The message types whose body is a list of objects.
const OBJECT_MESSAGES: &[u8] = &[1, 2, 3, 4, 5, 6, 7, 13, 14, 15, 20];

const HEADER_FLAGS: &[(u32, &str)] = &[(0x01, "Refresh reduction capable")];

/// rsvp_print.
pub(crate) fn rsvp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "rsvp";
    tcheck(b, 0, HEADER_LEN)?;
    let version = b[0] >> 4;
    if version != 1 {
        c.version_not_supported("ERROR: RSVP ", version);
        return Ok(());
    }
    let msg_type = b[1];
    if c.o.verbose < 1 {
        c.s("RSVPv1 ");
        c.tok_or(MSG_TYPES, msg_type.into(), "unknown (", ")");
        c.s_dec(" Message, length: ", length as u64);
        return Ok(());
    }
    let Some(tlen) = header(c, b, 0, "\n\t")? else {
        return Ok(());
    };
    let tlen = tlen - HEADER_LEN;
    if msg_type == BUNDLE {
        bundle(c, b, tlen)
    } else if OBJECT_MESSAGES.contains(&msg_type) {
        objects(c, b, HEADER_LEN, tlen, "\n\t  ").map(drop)
    } else {
        c.unknown_data(b, HEADER_LEN, "\n\t    ", tlen);
        Ok(())
    }
}

/// The -v line of a common header at `at`; its length when that holds
/// the header itself, None (with tcpdump's error) when not.
fn header(c: &mut Ctx, b: &[u8], at: usize, indent: &str) -> Res<Option<usize>> {
    let flags = u8at(b, at)? & 0x0f;
    let msg_type = u8at(b, at + 1)?;
    let tlen = usize::from(be16(b, at + 6)?);
    let ttl = u8at(b, at + 4)?;
    let cksum = be16(b, at + 2)?;
    c.s(indent);
    c.s("RSVPv1 ");
    c.tok_or(MSG_TYPES, msg_type.into(), "unknown, type: ", "");
    c.s_dec(" Message (", msg_type);
    c.s("), Flags: [");
    c.flag_names(flags.into(), HEADER_FLAGS);
    c.s_dec("], length: ", tlen as u64);
    c.s_dec(", ttl: ", ttl);
    c.s(", checksum: 0x");
    c.out.hex0(cksum.into(), 4);
    if tlen < HEADER_LEN {
        c.s_dec("ERROR: common header too short ", tlen as u64);
        c.s(" < 8");
        return Ok(None);
    }
    Ok(Some(tlen))
}

/// A bundle's submessages, each a header and its objects.
fn bundle(c: &mut Ctx, b: &[u8], mut tlen: usize) -> Res {
    let mut at = HEADER_LEN;
    while tlen > 0 {
        tcheck(b, at, HEADER_LEN)?;
        let version = b[at] >> 4;
        if version != 1 {
            c.version_not_supported("ERROR: RSVP ", version);
            return Ok(());
        }
        let Some(sub_len) = header(c, b, at, "\n\t  ")? else {
            return Ok(());
        };
        if tlen < sub_len {
            c.s_dec("ERROR: common header too large ", sub_len as u64);
            c.s_dec(" > ", tlen as u64);
            return Ok(());
        }
        if !objects(c, b, at + HEADER_LEN, sub_len - HEADER_LEN, "\n\t    ")? {
            return Ok(());
        }
        at += sub_len;
        tlen -= sub_len;
    }
    Ok(())
}

/// What a body printer made of an object.
pub(super) enum Body {
    /// Printed; true when tcpdump also dumps it in hex (a C-type or
    /// subobject it has no decoder for).
    Printed(bool),
    /// An error ended the message (its text is out).
    Stop,
    /// A class it has no decoder for: dumped below -vv.
    Unknown,
}

/// rsvp_obj_print: the objects of `tlen` bytes at `at`; false when an
/// error ended them.
fn objects(c: &mut Ctx, b: &[u8], mut at: usize, mut tlen: usize, indent: &str) -> Res<bool> {
    while tlen >= OBJ_HEADER_LEN {
        tcheck(b, at, OBJ_HEADER_LEN)?;
        let obj_len = usize::from(be16(b, at)?);
        let ctype = b[at + 3];
        if obj_len % 4 != 0 {
            c.s(indent);
            c.s_dec("ERROR: object header size ", obj_len as u64);
            c.s(" not a multiple of 4");
            return Ok(false);
        }
        if obj_len < OBJ_HEADER_LEN {
            c.s(indent);
            c.s_dec("ERROR: object header too short ", obj_len as u64);
            c.s(" < 4");
            return Ok(false);
        }
        let class = b[at + 2];
        c.s(indent);
        c.tok(objects::CLASS_NAMES, class.into(), "Unknown");
        c.s_dec(" Object (", class);
        c.s(") Flags: [");
        c.s(match class >> 6 {
            3 => "ignore and forward",
            2 => "ignore silently",
            _ => "reject",
        });
        c.s(" if unknown], Class-Type: ");
        c.s(objects::ctype_name(class, ctype).unwrap_or("Unknown"));
        c.s_dec(" (", ctype);
        c.s_dec("), length: ", obj_len as u64);
        if tlen < obj_len {
            c.s(indent);
            c.s("ERROR: object goes past end of objects TLV");
            return Ok(false);
        }
        tcheck(b, at, obj_len)?;
        let body_at = at + OBJ_HEADER_LEN;
        let blen = obj_len - OBJ_HEADER_LEN;
        let body = super::ctx::rest(b, body_at);
        let hexdump = match objects::body(c, indent, class, ctype, body, blen)? {
            Body::Printed(hex) => hex,
            Body::Stop => return Ok(false),
            Body::Unknown => {
                if c.o.verbose <= 1 {
                    c.unknown_data(b, body_at, "\n\t    ", blen);
                }
                false
            }
        };
        if c.o.verbose > 1 || hexdump {
            c.unknown_data(b, body_at, "\n\t    ", blen);
        }
        at += obj_len;
        tlen -= obj_len;
    }
    Ok(true)
}
