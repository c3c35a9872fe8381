//! PPPoE (print-pppoe.c): discovery tags, or a session's PPP frame.

use super::ctx::codes;
use super::dispatch;
use super::out::Emit;
use super::{Ctx, Res, be16, bytes, rest, u8at};

/// Version and type, code, session, payload length.
const HEADER_LEN: usize = 6;

codes! {
    /// pppoecode2str; a session's code is 0 and prints nothing.
    CODES: u8 {
        SESSION = 0x00 => "",
        PADI = 0x09 => "PADI",
        _ = 0x07 => "PADO",
        _ = 0x19 => "PADR",
        _ = 0x65 => "PADS",
        _ = 0xa7 => "PADT",
    }
}

/// PPPoE (print-pppoe.c): session data goes on to PPP.
pub(crate) fn pppoe(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "pppoe";
    if length < HEADER_LEN {
        c.invalid_length([" (length ", " < ", ")"], length, HEADER_LEN);
        return Ok(());
    }
    let vt = u8at(b, 0)?;
    let code = u8at(b, 1)?;
    let session = be16(b, 2)?;
    let plen = usize::from(be16(b, 4)?);
    // tcpdump notes an odd version or type before the name.
    if vt >> 4 != 1 {
        c.s_dec(" [ver ", vt >> 4);
        c.s("]");
    }
    if vt & 0xf != 1 {
        c.s_dec(" [type ", vt & 0xf);
        c.s("]");
    }
    c.s("PPPoE ");
    match CODES.iter().find(|&&(k, _)| k == u32::from(code)) {
        Some(&(_, name)) => c.s(name),
        None => {
            c.s("PAD-");
            c.out.hex(u64::from(code));
        }
    }
    if code == PADI && plen > 1484 - 6 {
        c.s_dec(" [len ", plen as u64);
        c.s("!]");
    }
    if plen > length.saturating_sub(6) {
        c.s_dec(" [len ", plen as u64);
        c.s_dec(" > ", length.saturating_sub(6) as u64);
        c.s("!]");
    }
    if session != 0 {
        c.s(" [ses 0x");
        c.out.hex(u64::from(session));
        c.s("]");
    }
    let mut length = length.saturating_sub(6);
    if plen < length {
        length = plen;
    }
    if code != SESSION {
        return pppoe_tags(c, rest(b, 6), length);
    }
    c.s(" ");
    // The PPP frame gets PPPoE's length, not a capture cut to it: what
    // follows may be read, as tcpdump reads it.
    dispatch::ppp(c, rest(b, 6), length)
}

/// pppoetag2str: the discovery tags.
const TAGS: &[(u32, &str)] = &[
    (0x0000, "EOL"),
    (0x0101, "Service-Name"),
    (0x0102, "AC-Name"),
    (0x0103, "Host-Uniq"),
    (0x0104, "AC-Cookie"),
    (0x0105, "Vendor-Specific"),
    (0x0110, "Relay-Session-ID"),
    (0x0120, "PPP-Max-Payload"),
    (0x0201, "Service-Name-Error"),
    (0x0202, "AC-System-Error"),
    (0x0203, "Generic-Error"),
];

fn pppoe_tag_name(c: &mut Ctx, t: u16) {
    match TAGS.iter().find(|&&(k, _)| k == u32::from(t)) {
        Some(&(_, name)) => c.s(name),
        None => {
            c.s("TAG-0x");
            c.out.hex(u64::from(t));
        }
    }
}

/// PPPoE discovery tags: text when mostly printable, else hex.
fn pppoe_tags(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    let mut p = 0;
    let mut tag = 0xffff;
    while tag != 0 && p < length {
        tag = be16(b, p)?;
        let len = usize::from(be16(b, p + 2)?);
        p += 4;
        if len == 0 {
            c.s(" [");
            pppoe_tag_name(c, tag);
            c.s("]");
            continue;
        }
        let shown = len.min(79);
        let value = bytes(b, p, shown)?;
        let printable = value.iter().filter(|&&x| (0x20..0x7f).contains(&x)).count();
        c.s(" [");
        pppoe_tag_name(c, tag);
        if printable > shown.saturating_sub(printable) {
            c.s(" \"");
            for &x in value {
                c.out.ch(if (0x20..0x7f).contains(&x) { x } else { b'.' });
            }
            c.s("\"]");
        } else {
            c.s(" 0x");
            for i in 0..len {
                let x = u8at(b, p + i)?;
                c.out.ch(b"0123456789ABCDEF"[usize::from(x >> 4)]);
                c.out.ch(b"0123456789ABCDEF"[usize::from(x & 0xf)]);
            }
            c.s("]");
        }
        p += len;
    }
    Ok(())
}
