//! Mobile IP minimal encapsulation, IP protocol 55 (RFC 2004;
//! print-mobile.c): the forwarding header's flags, with -v the addresses
//! and the original protocol, and a checksum complaint.

use super::{Ctx, Res, be16, in_cksum};

/// Protocol and S bit, checksum, original destination, original source:
/// tcpdump wants all of it captured even when the source is absent.
const HEADER_LEN: usize = 12;
/// The header's length on the wire without the original source.
const SHORT_LEN: usize = 8;
/// The S bit: the original source address is present.
const SOURCE_PRESENT: u16 = 0x0080;

pub(crate) fn mobile(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "mobile";
    if length < SHORT_LEN || b.len() < HEADER_LEN {
        c.trunc();
        return Ok(());
    }
    c.s("mobile: ");
    let proto = be16(b, 0)?;
    let checksum = be16(b, 2)?;
    let source_present = proto & SOURCE_PRESENT != 0;
    if source_present {
        c.s("[S] ");
        if c.o.verbose > 0 {
            c.ip4(&b[8..12]);
            c.s(" ");
        }
    } else {
        c.s("[] ");
    }
    if c.o.verbose > 0 {
        c.s("> ");
        c.ip4(&b[4..8]);
        c.s_dec(" (oproto=", proto >> 8);
        c.s(")");
    }
    let covered = if source_present {
        HEADER_LEN
    } else {
        SHORT_LEN
    };
    if in_cksum(&[&b[..covered]]) != 0 {
        c.s_dec(" (bad checksum ", checksum);
        c.s(")");
    }
    Ok(())
}
