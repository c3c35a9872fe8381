//! RIP v1/v2 (print-rip.c): the header, and from -v the route entries
//! and RIPv2's authentication entries (simple text, the keyed/MD5 header
//! and its trailer); -vv adds a hex dump of the whole message.

use super::ctx::{Ctx, Res, be16, be32, bytes, codes, tcheck, u8at};
use super::out::Emit;

const HEADER_LEN: usize = 4;
const ROUTE_LEN: usize = 20;
const ENTRY_HEADER_LEN: usize = 4;
const CRYPTO_AUTH_LEN: usize = 16;
const SIMPLE_AUTH_LEN: usize = 16;

codes! {
    COMMANDS: u8 {
        REQUEST = 1 => "Request",
        RESPONSE = 2 => "Response",
        _ = 3 => "Trace on",
        TRACE_OFF = 4 => "Trace off",
        POLL = 5 => "Poll",
        POLL_ENTRY = 6 => "Poll Entry",
    }
}

/// The keyed/MD5 authentication header's fields: label, offset, width.
const AUTH_HEADER: [(&str, usize, usize); 6] = [
    (" Packet Len ", 0, 2),
    (", Key-ID ", 2, 1),
    (", Auth Data Len ", 3, 1),
    (", SeqNo ", 4, 4),
    (", MBZ ", 8, 4),
    (", MBZ ", 12, 4),
];

const AF_INET: u16 = 2;
const AF_AUTH: u16 = 0xffff;

/// tcpdump's bsd_af_values: BSD's address family numbers.
const BSD_AF: &[(u32, &str)] = &[
    (2, "IPv4"),
    (6, "NS"),
    (7, "ISO"),
    (16, "Appletalk"),
    (23, "IPX"),
    (24, "IPv6"),
    (28, "IPv6"),
    (30, "IPv6"),
];

/// rip_print.
pub(crate) fn rip(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "rip";
    let avail = b.len().min(length);
    if avail < HEADER_LEN {
        c.trunc();
        return Ok(());
    }
    let vers = b[1];
    if c.o.verbose > 0 {
        c.s("\n\t");
    }
    c.s_dec("RIPv", vers);
    if vers == 0 {
        // RFC 1058's "ignore version 0": tcpdump dumps it in hex.
        c.unknown_data(b, 0, "\n\t", length);
        return Ok(());
    }
    let cmd = b[0];
    c.s(", ");
    c.tok_or(COMMANDS, cmd.into(), "unknown command (", ")");
    c.s_dec(", length: ", length as u64);
    if c.o.verbose < 1 {
        return Ok(());
    }
    match cmd {
        REQUEST | RESPONSE => match vers {
            1 | 2 => {
                c.s_dec(", routes: ", (length / ROUTE_LEN) as u64);
                if vers == 2 {
                    c.s(" or less");
                }
                entries(c, b, avail - HEADER_LEN, vers)?;
            }
            _ => c.s(", unknown version"),
        },
        TRACE_OFF | POLL | POLL_ENTRY => {}
        _ => {
            if c.o.verbose <= 1 {
                c.unknown_data(b, 0, "\n\t", length);
            }
        }
    }
    if c.o.verbose > 1 {
        c.unknown_data(b, 0, "\n\t", length);
    }
    Ok(())
}

/// The entries after the header, `len` bytes of them captured and in the
/// message; an entry that cannot be printed whole ends them with a mark.
fn entries(c: &mut Ctx, b: &[u8], len: usize, vers: u8) -> Res {
    let (mut at, mut left) = (HEADER_LEN, len);
    while left != 0 {
        let size = if vers == 1 {
            entry_v1(c, b, at, left)?
        } else {
            entry_v2(c, b, at, left)?
        };
        if size == 0 {
            c.trunc();
            break;
        }
        if left < size {
            c.invalid_length([" [remaining entries length ", " < ", "]"], left, size);
            break;
        }
        at += size;
        left -= size;
    }
    Ok(())
}

/// rip_entry_print_v1: the entry's size, or 0 when it is cut short.
fn entry_v1(c: &mut Ctx, b: &[u8], at: usize, left: usize) -> Res<usize> {
    if left < ROUTE_LEN || tcheck(b, at, ROUTE_LEN).is_err() {
        return Ok(0);
    }
    let family = be16(b, at)?;
    if family != AF_INET && family != 0 {
        c.s("\n\t AFI ");
        bsd_af(c, family);
        c.s(", ");
        c.unknown_data(
            b,
            at + ENTRY_HEADER_LEN,
            "\n\t  ",
            ROUTE_LEN - ENTRY_HEADER_LEN,
        );
        return Ok(ROUTE_LEN);
    }
    // Bytes 2-3 and 8-15 must be zero in RFC 1058's layout.
    if be16(b, at + 2)? != 0 || be32(b, at + 8)? != 0 || be32(b, at + 12)? != 0 {
        c.unknown_data(b, at, "\n\t  ", ROUTE_LEN);
        return Ok(ROUTE_LEN);
    }
    let metric = be32(b, at + 16)?;
    c.s(if family == 0 {
        "\n\t  AFI 0, "
    } else {
        "\n\t  "
    });
    c.ip4(bytes(b, at + 4, 4)?);
    c.s_dec(", metric: ", metric);
    Ok(ROUTE_LEN)
}

/// rip_entry_print_v2: a route or an authentication entry; its size, or 0
/// when it is cut short.
fn entry_v2(c: &mut Ctx, b: &[u8], at: usize, left: usize) -> Res<usize> {
    if left < ENTRY_HEADER_LEN || tcheck(b, at, ENTRY_HEADER_LEN).is_err() {
        return Ok(0);
    }
    let family = be16(b, at)?;
    let body = at + ENTRY_HEADER_LEN;
    let body_left = left - ENTRY_HEADER_LEN;
    if family == AF_AUTH {
        match be16(b, at + 2)? {
            2 => {
                c.s("\n\t  Simple Text Authentication data: ");
                c.printjnp(b, body, SIMPLE_AUTH_LEN)?;
            }
            3 => {
                if tcheck(b, body, CRYPTO_AUTH_LEN).is_err() || body_left < CRYPTO_AUTH_LEN {
                    return Ok(0);
                }
                c.s("\n\t  Auth header:");
                for (label, at, width) in AUTH_HEADER {
                    c.s(label);
                    let at = body + at;
                    c.dec(match width {
                        1 => u32::from(u8at(b, at)?),
                        2 => u32::from(be16(b, at)?),
                        _ => be32(b, at)?,
                    });
                }
            }
            auth => {
                // A trailer, or an unknown kind, runs to the end of the
                // message.
                if auth == 1 {
                    c.s("\n\t  Auth trailer:");
                } else {
                    c.s_dec("\n\t  Unknown (", auth);
                    c.s(") Authentication data:");
                }
                c.unknown_data(b, body, "\n\t  ", body_left);
                return Ok(left);
            }
        }
    } else if family != AF_INET && family != 0 {
        c.s("\n\t  AFI ");
        bsd_af(c, family);
        c.unknown_data(b, body, "\n\t  ", ROUTE_LEN - ENTRY_HEADER_LEN);
    } else {
        if tcheck(b, at, ROUTE_LEN).is_err() || left < ROUTE_LEN {
            return Ok(0);
        }
        let (tag, mask) = (be16(b, at + 2)?, be32(b, at + 8)?);
        let (router, metric) = (be32(b, at + 12)?, be32(b, at + 16)?);
        c.s("\n\t  AFI ");
        c.tok_or(BSD_AF, family.into(), "", "");
        c.s(", ");
        // The destination (a name unless -n) right-aligned in 15 columns.
        let start = c.out.len();
        c.ip4(bytes(b, at + 4, 4)?);
        let pad = 15usize.saturating_sub(c.out.len() - start);
        c.out.splice(start..start, std::iter::repeat_n(b' ', pad));
        c.s("/");
        // mask2plen's -1 for a mask that is not contiguous, left-aligned
        // in two columns.
        let plen = if mask.leading_ones() + mask.trailing_zeros() == 32 {
            mask.leading_ones().to_string()
        } else {
            "-1".to_string()
        };
        c.s(&format!("{plen:<2}"));
        c.s(", tag 0x");
        c.out.hex0(u64::from(tag), 4);
        c.s_dec(", metric: ", metric);
        c.s(", next-hop: ");
        if router != 0 {
            c.ip4(bytes(b, at + 12, 4)?);
        } else {
            c.s("self");
        }
    }
    Ok(ROUTE_LEN)
}

fn bsd_af(c: &mut Ctx, family: u16) {
    c.tok_or(BSD_AF, family.into(), "Unknown (", ")");
}
