//! ICMPv6 node information queries and replies (print-icmp6.c
//! icmp6_nodeinfo_print): subjects, DNS names, node addresses.

use crate::decode::{Ctx, Res, be16, be32, u8at};

/// Node information flags for node addresses: tcpdump's letters in its
/// order; `truncate` adds "T" (replies only).
fn ni_addr_flags(c: &mut Ctx, f: u16, truncate: bool) {
    c.s(" [");
    for (bit, l) in [
        (0x40, "a"),
        (0x20, "G"),
        (0x10, "S"),
        (0x08, "L"),
        (0x04, "C"),
        (0x02, "A"),
    ] {
        if f & bit != 0 {
            c.s(l);
        }
    }
    if truncate && f & 0x01 != 0 {
        c.s("T");
    }
    c.s("]");
}

/// dnsname_print: labels without compression, quoted.
fn ni_dnsname(c: &mut Ctx, b: &[u8], mut p: usize) -> Res {
    let ep = b.len();
    c.s(", \"");
    while p < ep {
        let i = usize::from(b[p]);
        p += 1;
        if i != 0 {
            if i > ep - p {
                c.s("???");
                break;
            }
            for _ in 0..i {
                crate::decode::print_char(c, b[p]);
                p += 1;
            }
            if p + 1 < ep && b[p] != 0 {
                c.s(".");
            }
        } else {
            if p == ep {
                c.s(".");
            } else if p + 1 == ep && b[p] == 0 {
                // cut
            } else {
                c.s("???");
            }
            break;
        }
    }
    c.s("\"");
    Ok(())
}

/// A name as a Pascal string (icmp-name-lookup-03) or DNS labels.
fn ni_name(c: &mut Ctx, b: &[u8], p: usize) -> Res {
    let n = usize::from(u8at(b, p)?);
    if n + p + 1 == b.len() {
        if c.o.verbose > 0 {
            c.s(", 03 draft");
        }
        c.s(", \"");
        for &x in &b[p + 1..] {
            crate::decode::print_char(c, x);
        }
        c.s("\"");
        Ok(())
    } else {
        ni_dnsname(c, b, p)
    }
}

/// icmp6_nodeinfo_print: queries and replies; `b` holds what was captured
/// of the message, which is what tcpdump measures it by.
pub(super) fn nodeinfo(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    let siz = b.len();
    let v = c.o.verbose > 0;
    if u8at(b, 0)? == 139 {
        if siz == 12 {
            c.s(" who-are-you request");
            return Ok(());
        }
        c.s(" node information query");
        if siz < 16 {
            c.trunc();
            return Ok(());
        }
        c.s(" (");
        let qtype = be16(b, 4)?;
        let flags = be16(b, 6)?;
        match qtype {
            0 => c.s("noop"),
            1 => {
                c.s("supported qtypes");
                if flags != 0 {
                    c.s(if flags & 1 != 0 { " [C]" } else { " []" });
                }
            }
            2 => c.s("DNS name"),
            3 => {
                c.s("node addresses");
                if flags != 0 {
                    ni_addr_flags(c, flags, false);
                }
            }
            _ => c.s("unknown"),
        }
        if qtype == 0 || qtype == 1 {
            if siz != 16 && v {
                c.s(", invalid len");
            }
            c.s(")");
            return Ok(());
        }
        if siz == 16 {
            c.s(", 03 draft)");
            return Ok(());
        }
        match u8at(b, 1)? {
            0 => subject_addr(c, b, siz, 32, v),
            1 => {
                c.s(", subject=DNS name");
                ni_name(c, b, 16)?;
            }
            2 => subject_addr(c, b, siz, 20, v),
            _ => c.s(", unknown subject"),
        }
        c.s(")");
        return Ok(());
    }
    // Reply.
    if length > siz || siz < 16 {
        c.trunc();
        return Ok(());
    }
    c.s(" node information reply (");
    let code = b[1];
    let mut comma = false;
    match code {
        0 if v => {
            c.s("success");
            comma = true;
        }
        1 | 2 => {
            c.s(if code == 1 { "refused" } else { "unknown" });
            comma = true;
            if siz != 16 && v {
                c.s(", invalid length");
            }
        }
        _ => {}
    }
    if code != 0 {
        c.s(")");
        return Ok(());
    }
    if comma {
        c.s(", ");
    }
    let qtype = be16(b, 4)?;
    let flags = be16(b, 6)?;
    match qtype {
        0 => {
            c.s("noop");
            if siz != 16 && v {
                c.s(", invalid length");
            }
        }
        1 => {
            c.s("supported qtypes");
            if flags != 0 {
                c.s(if flags & 1 != 0 { " [C]" } else { " []" });
            }
        }
        2 => {
            c.s("DNS name");
            ni_name(c, b, 20)?;
            if flags & 1 != 0 {
                c.s(" [TTL=");
                c.dec(be32(b, 16)?);
                c.s("]");
            }
        }
        3 => {
            c.s("node addresses");
            let mut i = 16;
            while i + 20 <= siz {
                let ttl = be32(b, i)?;
                c.s(" ");
                c.ip6(&b[i + 4..i + 20]);
                c.s_dec("(", ttl);
                c.s(")");
                i += 20;
            }
            if flags != 0 {
                ni_addr_flags(c, flags, true);
            }
        }
        _ => c.s("unknown"),
    }
    c.s(")");
    Ok(())
}

/// A query's IPv6 (`end` 32) or IPv4 (`end` 20) subject address after
/// the 16-byte header: printed when the message is exactly that long,
/// "invalid subject len" at -v when it is longer.
fn subject_addr(c: &mut Ctx, b: &[u8], siz: usize, end: usize, v: bool) {
    if siz < end {
        return;
    }
    if siz != end {
        if v {
            c.s(", invalid subject len");
        }
        return;
    }
    c.s(", subject=");
    if end == 32 {
        c.ip6(&b[16..32]);
    } else {
        c.ip4(&b[16..20]);
    }
}
