//! Cisco HDLC (print-chdlc.c): an address byte, a control byte and an
//! ethertype, then IPv4, IPv6, MPLS, OSI or Cisco's SLARP keepalives.
//! DLT_C_HDLC and NetBSD's DLT_HDLC, and the frames inside PPP_SERIAL,
//! Juniper and MFR captures (through dispatch::chdlc).

use super::dispatch::{self, ethertype_name};
use super::hexdump;
use super::out::Emit;
use super::{Ctx, Res, be16, be32, bytes, rest, u8at};
use crate::wire::{ethertype as et, nlpid};

/// Address, control and type.
const HDRLEN: usize = 4;
const UNICAST: u8 = 0x0f;
const BCAST: u8 = 0x8f;
/// Serial Line ARP (Cisco's keepalives and address requests).
const TYPE_SLARP: u16 = 0x8035;

/// chdlc_if_print: a whole DLT_C_HDLC frame.
pub(crate) fn link(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "chdlc";
    let hdr = chdlc(c, b, wire_len as usize)?;
    c.ll_len += hdr;
    Ok(())
}

/// chdlc_print: returns the length of the header (all that was captured
/// when the frame is cut short).
pub(crate) fn chdlc(c: &mut Ctx, b: &[u8], length: usize) -> Res<usize> {
    c.proto = "chdlc";
    if length < HDRLEN {
        c.trunc();
        return Ok(b.len());
    }
    let proto = be16(b, 2)?;
    if c.o.link_header {
        match b[0] {
            UNICAST => c.s("unicast"),
            BCAST => c.s("bcast"),
            other => {
                c.s("0x");
                c.out.hex0(u64::from(other), 2);
            }
        }
        c.s(", ethertype ");
        c.name_code(ethertype_name(proto).unwrap_or("Unknown"), proto, 4);
        c.s_dec(", length ", length as u64);
        c.s(": ");
    }
    let length = length - HDRLEN;
    let p = rest(b, HDRLEN);
    match proto {
        et::IPV4 => dispatch::ip(c, p, length)?,
        et::IPV6 => dispatch::ip6(c, p, length)?,
        TYPE_SLARP => slarp(c, p, length)?,
        et::MPLS | et::MPLS_MULTI => dispatch::mpls(c, p, length)?,
        et::OSI => {
            if length < 2 {
                c.trunc();
                return Ok(b.len());
            }
            // A padding byte precedes the NLPID when the second byte is
            // one of the OSI NLPIDs.
            match u8at(p, 1)? {
                nlpid::CLNP | nlpid::ESIS | nlpid::ISIS => {
                    dispatch::isoclns(c, rest(p, 1), length - 1)?
                }
                _ => dispatch::isoclns(c, p, length)?,
            }
        }
        _ => {
            if !c.o.link_header {
                c.s("unknown CHDLC protocol (0x");
                c.out.hex0(u64::from(proto), 4);
                c.s(")");
            }
        }
    }
    Ok(HDRLEN)
}

/// A SLARP message's fixed part, and with the uptime stamp.
const SLARP_MIN_LEN: usize = 14;
const SLARP_MAX_LEN: usize = 18;

/// chdlc_slarp_print.
fn slarp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "chdlc_slarp";
    c.s_dec("SLARP (length: ", length as u64);
    c.s("), ");
    if length < SLARP_MIN_LEN || b.len() < SLARP_MIN_LEN {
        c.trunc();
        return Ok(());
    }
    let code = be32(b, 0)?;
    // Where the -vv dump starts, less four: tcpdump's pointer moves past
    // the fixed part when it reads the uptime stamp.
    let mut dump_at = 0;
    match code {
        0 => c.s("request"),
        1 => {
            c.s("reply ");
            c.ip4(bytes(b, 4, 4)?);
            c.s("/");
            c.ip4(bytes(b, 8, 4)?);
        }
        2 => {
            c.s("keepalive: mineseen=0x");
            c.out.hex0(u64::from(be32(b, 4)?), 8);
            c.s(", yourseen=0x");
            c.out.hex0(u64::from(be32(b, 8)?), 8);
            c.s(", reliability=0x");
            c.out.hex0(u64::from(be16(b, 12)?), 4);
            // The uptime stamp (milliseconds) is optional.
            if length >= SLARP_MAX_LEN {
                dump_at = SLARP_MIN_LEN;
                let mut secs = be32(b, SLARP_MIN_LEN)? / 1000;
                let mut mins = secs / 60;
                secs -= mins * 60;
                let mut hours = mins / 60;
                mins -= hours * 60;
                let days = hours / 24;
                hours -= days * 24;
                c.s(", link uptime=");
                for (v, unit) in [(days, "d"), (hours, "h"), (mins, "m"), (secs, "s")] {
                    c.dec(v);
                    c.s(unit);
                }
            }
        }
        _ => {
            c.s("0x");
            c.out.hex0(u64::from(code), 2);
            c.s(" unknown");
            if c.o.verbose <= 1 {
                hexdump::unknown_data(c.out, b, 4, "\n\t", length - 4);
            }
        }
    }
    if SLARP_MAX_LEN < length && c.o.verbose > 0 {
        c.s_dec(", (trailing junk: ", (length - SLARP_MAX_LEN) as u64);
        c.s(" bytes)");
    }
    if c.o.verbose > 1 {
        hexdump::unknown_data(c.out, b, dump_at + 4, "\n\t", length - 4);
    }
    Ok(())
}
