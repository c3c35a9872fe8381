//! Frame Relay (print-fr.c): the Q.922 address, then either a Cisco-style
//! ethertype or the RFC 2427 UI/NLPID encapsulation, FRF.15 fragments.
//! Its parts: Q.933 signalling (q933.rs) and FRF.16 multilink frames
//! (mfr.rs), which wrap a Frame Relay frame again.

mod mfr;
mod q933;

pub(crate) use mfr::{frame as mfr_frame, mfr};

use super::dispatch;
use super::hexdump;
use super::out::Emit;
use super::{Ctx, Res, Trunc, be16, rest, u8at};
use crate::wire::nlpid;

/// The LLC control byte of an unnumbered information frame.
const UI: u8 = 0x03;

/// The NLPIDs Frame Relay dispatches on, widened: above 0xff the field
/// holds an ethertype (Cisco encapsulation).
const NLPID_Q933: u16 = nlpid::Q933 as u16;
const NLPID_SNAP: u16 = nlpid::SNAP as u16;
const NLPID_CLNP: u16 = nlpid::CLNP as u16;
const NLPID_ESIS: u16 = nlpid::ESIS as u16;
const NLPID_ISIS: u16 = nlpid::ISIS as u16;
const NLPID_IP6: u16 = nlpid::IP6 as u16;
const NLPID_MFR: u16 = nlpid::MFR as u16;
const NLPID_IP: u16 = nlpid::IP as u16;
const NLPID_PPP: u16 = nlpid::PPP as u16;

/// tcpdump's nlpid_values, for a field that holds an NLPID.
fn nlpid_name(nlpid: u16) -> Option<&'static str> {
    u8::try_from(nlpid).ok().and_then(nlpid::name)
}

/// The address flags, placed as tcpdump packs them into one word: C/R from
/// the first byte, FECN/BECN/DE from the second, the DLCI/SDLC bit of the
/// last byte of a long address.
const FLAGS: &[(u32, &str)] = &[
    (0x0200_0000, "C!"),
    (0x0002_0000, "DE"),
    (0x0004_0000, "BECN"),
    (0x0008_0000, "FECN"),
    (0x0000_0002, "sdlcore"),
];

/// FRF.15/FRF.16 fragment flags (Begin, End, Control) in the first byte.
pub(super) const FRAG_FLAGS: &[(u32, &str)] = &[(0x80, "Begin"), (0x40, "End"), (0x20, "Control")];
pub(super) const FRAG_FLAG_MASK: u8 = 0xe0;

/// A parsed Q.922 address.
struct Address {
    dlci: u32,
    len: usize,
    flags: u32,
}

enum Q922 {
    Valid(Address),
    /// The EA bits end the address at an impossible length.
    Invalid,
    Truncated,
}

/// parse_q922_header: two to four address bytes, the EA bit (bit 0) set on
/// the last; both the captured bytes and the frame length must hold them.
fn q922(b: &[u8], length: usize) -> Q922 {
    let at = |i: usize| if i < length { b.get(i).copied() } else { None };
    let Some(b0) = at(0) else {
        return Q922::Truncated;
    };
    if b0 & 1 != 0 {
        return Q922::Invalid;
    }
    let Some(b1) = at(1) else {
        return Q922::Truncated;
    };
    let mut a = Address {
        dlci: u32::from(b0 & 0xfc) << 2 | u32::from(b1 & 0xf0) >> 4,
        len: 2,
        flags: u32::from(b0 & 0x02) << 24 | u32::from(b1 & 0x0e) << 16,
    };
    if b1 & 1 != 0 {
        return Q922::Valid(a);
    }
    let Some(mut last) = at(2) else {
        return Q922::Truncated;
    };
    a.len = 3;
    if last & 1 == 0 {
        a.dlci = a.dlci << 7 | u32::from(last >> 1);
        a.len = 4;
        let Some(b3) = at(3) else {
            return Q922::Truncated;
        };
        last = b3;
    }
    if last & 1 == 0 {
        return Q922::Invalid;
    }
    a.flags |= u32::from(last & 0x02);
    a.dlci = a.dlci << 6 | u32::from(last >> 2);
    Q922::Valid(a)
}

/// fr_hdr_print, -e's account of the header; `nlpid` above 0xff is the
/// ethertype of Cisco's encapsulation.
fn header(c: &mut Ctx, length: usize, addr_len: usize, a: &Address, nlpid: u16) {
    if c.o.quiet {
        c.s_dec("Q.922, DLCI ", a.dlci);
        c.s_dec(", length ", length as u64);
        c.s(": ");
        return;
    }
    c.s_dec("Q.922, hdr-len ", addr_len as u64);
    c.s_dec(", DLCI ", a.dlci);
    c.s(", Flags [");
    c.flag_names(a.flags, FLAGS);
    if nlpid <= 0xff {
        c.s("], NLPID ");
        c.name_code(nlpid_name(nlpid).unwrap_or("unknown"), nlpid, 2);
    } else {
        c.s("], cisco-ethertype ");
        c.name_code(
            dispatch::ethertype_name(nlpid).unwrap_or("unknown"),
            nlpid,
            4,
        );
    }
    c.s_dec(", length ", length as u64);
    c.s(": ");
}

/// ND_DEFAULTPRINT of `length` bytes: what was captured, and a truncation
/// (tcpdump longjmps out of the dump) when the frame is longer.
pub(super) fn dump(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    hexdump::hex_ascii(c.out, "\n\t", &b[..b.len().min(length)]);
    if length > b.len() { Err(Trunc) } else { Ok(()) }
}

/// fr_if_print: a DLT_FRELAY frame; sets the link header length.
pub(crate) fn frame(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    link_frame(c, b, wire_len, ("fr", 4), fr)
}

/// The if_print wrapper of a link type: a capture shorter than the
/// protocol's minimum header is cut there (all of it counting as link
/// header); else what `print` returns is the link header length.
pub(super) fn link_frame(
    c: &mut Ctx,
    b: &[u8],
    wire_len: u32,
    (proto, min): (&'static str, usize),
    print: fn(&mut Ctx, &[u8], usize) -> Res<usize>,
) -> Res {
    c.proto = proto;
    if b.len() < min {
        c.trunc();
        c.ll_len += b.len();
        return Ok(());
    }
    let hdr = print(c, b, wire_len as usize)?;
    c.ll_len += hdr;
    Ok(())
}

/// "UI %02x! ": the control byte is not UI and no known ethertype follows.
fn not_ui(c: &mut Ctx, control: u8) {
    c.s("UI ");
    c.out.hex0(u64::from(control), 2);
    c.s("! ");
}

/// q933_print for the OSI layer, which meets Q.933 behind its NLPID.
pub(crate) fn q933_payload(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    q933::q933(c, b, length)
}

/// fr_print: a Frame Relay frame from its Q.922 address on. Returns the
/// header length (0 when the header itself is cut or invalid).
pub(crate) fn fr(c: &mut Ctx, b: &[u8], length: usize) -> Res<usize> {
    c.proto = "fr";
    let trunc = |c: &mut Ctx| {
        c.trunc();
        Ok(0)
    };
    let a = match q922(b, length) {
        Q922::Valid(a) => a,
        Q922::Truncated => return trunc(c),
        Q922::Invalid => {
            c.s("Q.922, invalid address");
            return Ok(0);
        }
    };
    let al = a.len;
    let Some(&control) = b.get(al) else {
        return trunc(c);
    };
    if length < al + 1 {
        return trunc(c);
    }
    if control != UI && a.dlci != 0 {
        // Cisco's encapsulation: an ethertype straight after the address.
        match be16(b, al) {
            Ok(t) if length >= al + 2 => {
                if c.o.link_header {
                    header(c, length, al, &a, t);
                }
                if dispatch::ethertype(c, t, rest(b, al + 2), length - al - 2)? {
                    return Ok(al + 2);
                }
                c.proto = "fr";
                not_ui(c, control);
            }
            _ => not_ui(c, control),
        }
    }
    let Some(&pad) = b.get(al + 1) else {
        return trunc(c);
    };
    if length < al + 2 {
        return trunc(c);
    }
    // A pad byte before the NLPID belongs with (only) a 3-byte address.
    let hdr_len = if pad == 0 {
        if al != 3 {
            c.s("Pad! ");
        }
        al + 3
    } else {
        if al == 3 {
            c.s("No pad! ");
        }
        al + 2
    };
    let Some(&nlpid) = b.get(hdr_len - 1) else {
        return trunc(c);
    };
    if length < hdr_len {
        return trunc(c);
    }
    let nlpid = u16::from(nlpid);
    if c.o.link_header {
        header(c, length, al, &a, nlpid);
    }
    let p = rest(b, hdr_len);
    let length = length - hdr_len;
    match nlpid {
        NLPID_IP => dispatch::ip(c, p, length)?,
        NLPID_IP6 => dispatch::ip6(c, p, length)?,
        NLPID_CLNP | NLPID_ESIS | NLPID_ISIS => {
            // The OSI printers start at the NLPID.
            dispatch::isoclns(c, &b[hdr_len - 1..], length + 1)?;
        }
        NLPID_SNAP => {
            if !dispatch::snap(c, p, length, 0)? {
                if !c.o.link_header {
                    // tcpdump passes the whole header length here.
                    header(c, length + hdr_len, hdr_len, &a, nlpid);
                }
                if c.o.hex == 0 && c.o.hex_ascii == 0 && !c.o.quiet {
                    dump(c, b, length + hdr_len)?;
                }
            }
        }
        NLPID_Q933 => q933::q933(c, p, length)?,
        NLPID_MFR => frf15(c, p, length)?,
        NLPID_PPP => dispatch::ppp(c, p, length)?,
        _ => {
            if !c.o.link_header {
                header(c, length + hdr_len, al, &a, nlpid);
            }
            // Only -x suppresses this dump in tcpdump, not -X or -q.
            if c.o.hex == 0 {
                dump(c, p, length)?;
            }
        }
    }
    Ok(hdr_len)
}

/// frf15_print: the FRF.15 end-to-end or interface fragmentation header.
fn frf15(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    if length < 2 {
        c.trunc();
        return Ok(());
    }
    let b0 = u8at(b, 0)?;
    let seq = u16::from(b0 & 0x1e) << 7 | u16::from(u8at(b, 1)?);
    c.s("FRF.15, seq 0x");
    c.out.hex0(u64::from(seq), 3);
    c.s(", Flags [");
    c.flag_names(u32::from(b0 & FRAG_FLAG_MASK), FRAG_FLAGS);
    c.s("],");
    c.s(if b0 & 1 != 0 {
        "Interface"
    } else {
        "End-to-End"
    });
    c.s_dec(" Fragmentation, length ", length as u64);
    Ok(())
}
