//! ICMPv6 router renumbering (print-icmp6.c icmp6_rrenum_print).

use crate::decode::out::Emit;
use crate::decode::{Ctx, Res, be16, be32};

/// The message codes (RFC 2894).
const CODES: &[(u32, &str)] = &[
    (0, ", command"),
    (1, ", result"),
    (255, ", sequence number reset"),
];

/// The match-prefix part's operations.
const OPS: &[(u32, &str)] = &[(1, "add"), (2, "change"), (3, "setglobal")];

/// icmp6_rrenum_print: the code and sequence number, flags with -v, and a
/// command's match-prefix part with its use-prefix parts.
pub(super) fn rrenum(c: &mut Ctx, b: &[u8]) -> Res {
    if b.len() < 16 {
        c.trunc();
        return Ok(());
    }
    let code = b[1];
    c.tok_or(CODES, code.into(), ", code-#", "");
    c.s(", seq=");
    c.dec(be32(b, 4)?);
    let v = c.o.verbose;
    if v > 0 {
        let flags = b[9];
        c.s("[");
        if flags != 0 {
            for (bit, l) in [
                (0x80, "T"),
                (0x40, "R"),
                (0x20, "A"),
                (0x10, "S"),
                (0x08, "P"),
            ] {
                if flags & bit != 0 {
                    c.s(l);
                }
            }
            c.s(",");
        }
        c.s_dec("seg=", b[8]);
        c.s(",maxdelay=");
        c.dec(be16(b, 10)?);
        let rsvd = be32(b, 12)?;
        if rsvd != 0 {
            c.s("rsvd=0x");
            c.out.hex(u64::from(rsvd));
        }
        c.s("]");
    }
    if code != 0 {
        return Ok(());
    }
    // The match-prefix part: 24 bytes.
    if b.len() < 40 {
        c.trunc();
        return Ok(());
    }
    let sep = if v > 1 { "\n\t" } else { " " };
    c.s(sep);
    c.s("match(");
    c.tok_or(OPS, b[16].into(), "#", "");
    if v > 0 {
        c.dec_fields(&[
            (",ord=", b[18].into()),
            (",min=", b[20].into()),
            (",max=", b[21].into()),
        ]);
    }
    c.s(",");
    c.out.ip6(&b[24..40]);
    c.s_dec("/", b[19]);
    c.s(")");
    let rpm_len = usize::from(b[17]);
    if rpm_len < 3 || (rpm_len - 3) % 4 != 0 {
        c.trunc();
        return Ok(());
    }
    let mut p = 40;
    for _ in 0..(rpm_len - 3) / 4 {
        // A use-prefix part: 32 bytes.
        if b.len() < p + 32 {
            c.trunc();
            return Ok(());
        }
        let u = &b[p..p + 32];
        c.s(sep);
        c.s("use(");
        if u[12] != 0 {
            if u[12] & 0x80 != 0 {
                c.s("V");
            }
            if u[12] & 0x40 != 0 {
                c.s("P");
            }
            c.s(",");
        }
        if v > 0 {
            c.s("mask=0x");
            c.out.hex(u64::from(u[2]));
            c.s(",raflags=0x");
            c.out.hex(u64::from(u[3]));
            c.s(",");
            for (at, name) in [(4, "vltime="), (8, "pltime=")] {
                c.s(name);
                let t = be32(u, at)?;
                if t == 0xffff_ffff {
                    c.s("infty");
                } else {
                    c.dec(t);
                }
                c.s(",");
            }
        }
        c.out.ip6(&u[16..32]);
        c.s_dec("/", u[0]);
        c.s_dec("/", u[1]);
        c.s(")");
        p += 32;
    }
    Ok(())
}
