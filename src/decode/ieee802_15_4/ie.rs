//! 802.15.4 information elements: the header IE list and the payload IE
//! list, each element by name with its data in hex (below -vvvv).

use super::super::out::Emit;
use super::super::{Ctx, Res, bytes};
use super::fields::{hex_bytes, le16};

/// Header IE element IDs that have names (h_ie_names); the rest print
/// as "Reserved 0x%02x".
fn header_ie_name(id: u16) -> Option<&'static str> {
    Some(match id {
        0x00 => "Vendor Specific Header IE",
        0x1a => "LE CSL IE",
        0x1b => "LE RIT IE",
        0x1c => "DSME PAN descriptor IE",
        0x1d => "Rendezvous Time IE",
        0x1e => "Time Correction IE",
        0x21 => "Extended DSME PAN descriptor IE",
        0x22 => "Fragment Sequence Context Description IE",
        0x23 => "Simplified Superframe Specification IE",
        0x24 => "Simplified GTS Specification IE",
        0x25 => "LECIM Capabilities IE",
        0x26 => "TRLE Descriptor IE",
        0x27 => "RCC Capabilities IE",
        0x28 => "RCCN Descriptor IE",
        0x29 => "Global Time IE",
        0x2a => "Omnibus Header IE",
        0x2b => "DA IE",
        0x7e => "Header Termination 1 IE",
        0x7f => "Header Termination 2 IE",
        _ => return None,
    })
}

/// Payload IE group IDs (p_ie_names).
fn payload_ie_name(group: u16) -> Option<&'static str> {
    Some(match group {
        0x0 => "ESDU IE",
        0x1 => "MLME IE",
        0x2 => "Vendor Specific Nested IE",
        0x3 => "Multiplexed IE (802.15.9)",
        0x4 => "Omnibus Payload Group IE",
        0x5 => "IETF IE",
        0xf => "List termination",
        _ => return None,
    })
}

/// "\n\tNAME [" or "\n\tNAME [ length = N, ".
fn open(c: &mut Ctx, name: Option<&str>, id: u16, len: u16) {
    c.s("\n\t");
    match name {
        Some(name) => c.s(name),
        None => {
            c.s("Reserved 0x");
            c.out.hex0(u64::from(id), 2);
        }
    }
    if len == 0 {
        c.s(" [");
    } else {
        c.s_dec(" [ length = ", len);
        c.s(", ");
    }
}

/// "IE Data = xx xx ... " for a non-empty element.
fn raw(c: &mut Ctx, b: &[u8], at: usize, len: usize) -> Res {
    if len != 0 {
        c.s("IE Data = ");
        hex_bytes(c, b, at, len)?;
    }
    Ok(())
}

/// An element's 2-byte header; None after the error for a list that
/// ends inside it (tcpdump says "header IE" for both lists).
fn ie_header(c: &mut Ctx, b: &[u8], p: usize, cap: usize) -> Res<Option<u16>> {
    if cap < 2 {
        c.s("[ERROR: Truncated header IE]");
        return Ok(None);
    }
    le16(b, p).map(Some)
}

/// ieee802_15_4_print_header_ie_list: the list's length and whether
/// payload IEs follow; None after an error message.
pub(super) fn header_list(
    c: &mut Ctx,
    b: &[u8],
    at: usize,
    cap: usize,
) -> Res<Option<(usize, bool)>> {
    let (mut p, mut cap, mut len) = (at, cap, 0);
    loop {
        let Some(ie) = ie_header(c, b, p, cap)? else {
            return Ok(None);
        };
        if ie & 0x8000 != 0 {
            c.s("[ERROR: Header IE with type 1] ");
        }
        let ie_len = ie & 0x7f;
        let id = (ie >> 7) & 0xff;
        if id > 127 {
            c.s("Reserved Element ID ");
            c.out.hex0(u64::from(id), 2);
            c.s_dec(", length = ", ie_len);
            c.s(" ");
        } else {
            open(c, header_ie_name(id), id, ie_len);
        }
        let n = usize::from(ie_len);
        if cap < 2 + n {
            c.s("[ERROR: Truncated IE data]");
            return Ok(None);
        }
        // The elements' contents (-vvvv) are not decoded: their bytes are
        // shown as at lower levels.
        raw(c, b, p + 2, n)?;
        c.s("] ");
        len += 2 + n;
        p += 2 + n;
        cap -= 2 + n;
        match id {
            0x7e => return Ok(Some((len, true))),
            0x7f => return Ok(Some((len, false))),
            _ if cap == 0 => return Ok(Some((len, false))),
            _ => {}
        }
    }
}

/// ieee802_15_4_print_payload_ie_list: the list's length; None after an
/// error message.
pub(super) fn payload_list(c: &mut Ctx, b: &[u8], at: usize, cap: usize) -> Res<Option<usize>> {
    let (mut p, mut cap, mut len) = (at, cap, 0);
    loop {
        let Some(ie) = ie_header(c, b, p, cap)? else {
            return Ok(None);
        };
        if ie & 0x8000 == 0 {
            c.s("[ERROR: Payload IE with type 0] ");
        }
        let ie_len = ie & 0x3ff;
        let group = (ie >> 11) & 0xf;
        open(c, payload_ie_name(group), group, ie_len);
        let n = usize::from(ie_len);
        if cap < 2 + n {
            c.s("[ERROR: Truncated IE data]");
            return Ok(None);
        }
        let data = p + 2;
        match group {
            // Vendor specific and IETF elements at -vvvv; MLME and
            // multiplexed elements' contents are not decoded and show
            // as raw data.
            0x2 if c.o.verbose > 3 && n != 0 => {
                if n < 3 {
                    c.s("[ERROR: Vendor OUI missing]");
                } else {
                    let oui = bytes(b, data, 3)?;
                    c.s("OUI = 0x");
                    for byte in oui {
                        c.out.hex0(u64::from(*byte), 2);
                    }
                    c.s(", Data = ");
                    hex_bytes(c, b, data + 3, n - 3)?;
                }
            }
            0x5 if c.o.verbose > 3 && n != 0 => {
                c.s("Subtype ID = 0x");
                c.out.hex0(u64::from(bytes(b, data, 1)?[0]), 2);
                c.s(", Subtype content = ");
                hex_bytes(c, b, data + 1, n - 1)?;
            }
            _ => raw(c, b, data, n)?,
        }
        c.s("]\n\t");
        len += 2 + n;
        p += 2 + n;
        cap -= 2 + n;
        if group == 0xf || cap == 0 {
            return Ok(Some(len));
        }
    }
}
