//! MPLS label stacks (print-mpls.c), then IPv4 or IPv6 after the last.

use super::{Ctx, Res, be32, dispatch, rest, u8at};

/// MPLS label stack, then IPv4/IPv6 guessed from the first nibble.
pub(crate) fn mpls(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "mpls";
    c.s("MPLS");
    let mut p = 0;
    let mut length = length;
    let mut depth = 0;
    let mut entry;
    loop {
        if length < 4 {
            // mpls_print's "invalid": the complaint, then a check that
            // the rest was captured.
            c.invalid();
            super::bytes(b, p, length)?;
            return Ok(());
        }
        entry = be32(b, p)?;
        c.s(if depth > 0 && c.o.verbose > 0 {
            "\n\t"
        } else {
            " "
        });
        c.s("(label ");
        c.dec(entry >> 12);
        depth += 1;
        if c.o.verbose > 0 {
            let name = match entry >> 12 {
                0 => Some("IPv4 explicit NULL"),
                1 => Some("router alert"),
                2 => Some("IPv6 explicit NULL"),
                3 => Some("implicit NULL"),
                _ => None,
            };
            if let Some(n) = name {
                c.s(" (");
                c.s(n);
                c.s(")");
            }
        }
        c.s(", tc ");
        c.dec((entry >> 9) & 7);
        if entry & 0x100 != 0 {
            c.s(", [S]");
        }
        c.s(", ttl ");
        c.dec(entry & 0xff);
        c.s(")");
        p += 4;
        length -= 4;
        if entry & 0x100 != 0 {
            break;
        }
    }
    let b = rest(b, p);
    let v6 = match entry >> 12 {
        0 | 3 => false,
        2 => true,
        _ => {
            if length < 1 {
                return Ok(());
            }
            // The first payload byte decides, as in draft-hsmit-isis-aal5mux.
            match u8at(b, 0)? {
                0x45..=0x4f => false,
                0x60..=0x6f => true,
                _ => {
                    c.default_print_len(b, length);
                    return Ok(());
                }
            }
        }
    };
    c.s(if c.o.verbose > 0 { "\n\t" } else { " " });
    if v6 {
        dispatch::ip6(c, b, length)
    } else {
        dispatch::ip(c, b, length)
    }
}
