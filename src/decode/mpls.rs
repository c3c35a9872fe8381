//! MPLS label stacks (print-mpls.c), then IPv4 or IPv6 after the last.

use super::{Ctx, Res, Trunc, dispatch, rest, u8at};
use crate::wire::mpls::{ENTRY_LEN, Entry};

/// MPLS label stack, then IPv4/IPv6 guessed from the first nibble.
pub(crate) fn mpls(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "mpls";
    c.s("MPLS");
    let mut p = 0;
    let mut length = length;
    let mut depth = 0;
    let mut entry;
    loop {
        if length < ENTRY_LEN {
            // mpls_print's "invalid": the complaint, then a check that
            // the rest was captured.
            c.invalid();
            super::bytes(b, p, length)?;
            return Ok(());
        }
        entry = b.get(p..).and_then(Entry::new_checked).ok_or(Trunc)?;
        c.s(if depth > 0 && c.o.verbose > 0 {
            "\n\t"
        } else {
            " "
        });
        c.s_dec("(label ", entry.label());
        depth += 1;
        if c.o.verbose > 0 {
            if let Some(name) = label_name(entry.label()) {
                c.s(" (");
                c.s(name);
                c.s(")");
            }
        }
        c.s_dec(", tc ", entry.traffic_class());
        if entry.bottom_of_stack() {
            c.s(", [S]");
        }
        c.s_dec(", ttl ", entry.ttl());
        c.s(")");
        p += ENTRY_LEN;
        length -= ENTRY_LEN;
        if entry.bottom_of_stack() {
            break;
        }
    }
    let b = rest(b, p);
    let payload = match entry.label() {
        0 | 3 => Payload::Ip4,
        2 => Payload::Ip6,
        _ => {
            if length < 1 {
                return Ok(());
            }
            // The first payload byte decides, as in draft-hsmit-isis-aal5mux:
            // IPv4 and IPv6 by their version nibble, CLNP, ES-IS and IS-IS
            // by their NLPID.
            match u8at(b, 0)? {
                0x45..=0x4f => Payload::Ip4,
                0x60..=0x6f => Payload::Ip6,
                0x81..=0x83 => Payload::Osi,
                _ => {
                    c.default_print_len(b, length);
                    return Ok(());
                }
            }
        }
    };
    c.s(if c.o.verbose > 0 { "\n\t" } else { " " });
    match payload {
        Payload::Ip4 => dispatch::ip(c, b, length),
        Payload::Ip6 => dispatch::ip6(c, b, length),
        Payload::Osi => dispatch::isoclns(c, b, length),
    }
}

/// What follows the bottom of the stack.
enum Payload {
    Ip4,
    Ip6,
    Osi,
}

/// The reserved labels (RFC 3032) as -v names them.
fn label_name(label: u32) -> Option<&'static str> {
    Some(match label {
        0 => "IPv4 explicit NULL",
        1 => "router alert",
        2 => "IPv6 explicit NULL",
        3 => "implicit NULL",
        4..=15 => "rsvd",
        _ => return None,
    })
}
