//! Geneve (print-geneve.c): the header and options, then the payload.

use super::ctx::{Ctx, Res, be16, be32, rest, u8at};
use super::dispatch;
use super::out::Emit;

/// geneve_print.
pub(crate) fn geneve(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "geneve";
    c.s("Geneve");
    if length < 8 {
        c.invalid_length([" [length ", " < ", "]"], length, 8);
        return Ok(());
    }
    if b.len() < 8 {
        c.trunc();
        return Ok(());
    }
    let ver_opt = b[0];
    if ver_opt >> 6 != 0 {
        c.s_dec(" ERROR: unknown-version ", ver_opt >> 6);
        return Ok(());
    }
    let flags = b[1];
    let prot = be16(b, 2)?;
    let vni = be32(b, 4)? >> 8;
    let reserved = b[7];
    c.s(", Flags [");
    c.flag_letters(
        u32::from(flags),
        &[
            (0x80, "O"),
            (0x40, "C"),
            (0x20, "R1"),
            (0x10, "R2"),
            (0x08, "R3"),
            (0x04, "R4"),
            (0x02, "R5"),
            (0x01, "R6"),
        ],
    );
    c.s("], vni 0x");
    c.out.hex(u64::from(vni));
    if reserved != 0 {
        c.s(", rsvd 0x");
        c.out.hex(u64::from(reserved));
    }
    dispatch::tunnel_proto(c, prot);
    let len = length.saturating_sub(8);
    let opts_len = usize::from(ver_opt & 0x3f) * 4;
    if len < opts_len {
        c.s_dec(" truncated-geneve - ", (opts_len - len) as u64);
        c.s(" bytes missing");
        return Ok(());
    }
    if b.len() < 8 + opts_len {
        c.trunc();
        return Ok(());
    }
    if opts_len > 0 {
        c.s(", options [");
        if c.o.verbose > 0 {
            options(c, &b[8..8 + opts_len])?;
        } else {
            c.dec(opts_len as u64);
            c.s(" bytes");
        }
        c.s("]");
    }
    c.s(if c.o.verbose < 1 { ": " } else { "\n\t" });
    let inner = rest(b, 8 + opts_len);
    let len = len.saturating_sub(opts_len);
    if !dispatch::ethertype(c, prot, inner, len)? {
        if prot == 0x6558 {
            dispatch::inner_ether(c, inner, len)?;
        } else {
            c.s("geneve-proto-0x");
            c.out.hex(u64::from(prot));
        }
    }
    Ok(())
}

/// geneve_opts_print: class, type and length of each option, its data
/// words with -vv.
fn options(c: &mut Ctx, opts: &[u8]) -> Res {
    let mut p = 0;
    let mut sep = "";
    while p < opts.len() {
        c.s(sep);
        sep = ", ";
        let class = be16(opts, p)?;
        let typ = u8at(opts, p + 2)?;
        let opt_len = 4 + usize::from(u8at(opts, p + 3)? & 0x1f) * 4;
        c.s("class ");
        c.s(match class {
            0x0100 => "Linux",
            0x0101 => "Open vSwitch",
            0x0102 => "Open Virtual Networking (OVN)",
            0x0103 => "In-band Network Telemetry (INT)",
            0x0104 => "VMware",
            0..=0xff => "Standard",
            0xfff0.. => "Experimental",
            _ => "Unknown",
        });
        c.s(" (0x");
        c.out.hex(u64::from(class));
        c.s(") type 0x");
        c.out.hex(u64::from(typ));
        if typ & 0x80 != 0 {
            c.s("(C)");
        }
        c.s_dec(" len ", opt_len as u64);
        if opt_len > opts.len() - p {
            c.s(" [bad length]");
            return Ok(());
        }
        if c.o.verbose > 1 && opt_len > 4 {
            c.s(" data");
            for word in (p + 4..p + opt_len).step_by(4) {
                c.s(" ");
                c.out.hex0(u64::from(be32(opts, word)?), 8);
            }
        }
        p += opt_len;
    }
    Ok(())
}
