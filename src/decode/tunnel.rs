//! Tunnels that carry a whole inner packet: GRE, VXLAN, Geneve.

use super::ether;
use super::out::Emit;
use super::{Ctx, Res, be16, be32, rest, u8at};

/// gre_print, versions 0 and 1.
pub(crate) fn gre(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "gre";
    if b.len() < 2 {
        c.trunc();
        return Ok(());
    }
    let flags = be16(b, 0)?;
    let vers = flags & 7;
    c.s("GREv");
    c.dec(vers);
    if vers > 1 {
        c.s(" ERROR: unknown-version");
        return Ok(());
    }
    if c.o.verbose > 0 {
        c.s(", Flags [");
        c.flag_names(
            u32::from(flags),
            &[
                (0x8000, "checksum present"),
                (0x4000, "routing present"),
                (0x2000, "key present"),
                (0x1000, "sequence# present"),
                (0x0800, "strict source route"),
                (0x0080, "acknowledgment# present"),
            ],
        );
        c.s("]");
    }
    let mut p = 2;
    let mut len = length.saturating_sub(2);
    if b.len() < 4 {
        c.trunc();
        return Ok(());
    }
    let prot = be16(b, p)?;
    p += 2;
    len = len.saturating_sub(2);
    if vers == 0 {
        if flags & 0xc000 != 0 {
            if c.o.verbose > 0 {
                c.s(", sum 0x");
                c.out.hex(u64::from(be16(b, p)?));
            }
            c.s(", off 0x");
            c.out.hex(u64::from(be16(b, p + 2)?));
            p += 4;
            len = len.saturating_sub(4);
        }
        if flags & 0x2000 != 0 {
            c.s(", key=0x");
            c.out.hex(u64::from(be32(b, p)?));
            p += 4;
            len = len.saturating_sub(4);
        }
        if flags & 0x1000 != 0 {
            c.s(", seq ");
            c.dec(be32(b, p)?);
            p += 4;
            len = len.saturating_sub(4);
        }
        if flags & 0x4000 != 0 {
            // Source routing entries: the first one's family, then the
            // entries themselves are not decoded.
            let af = be16(b, p)?;
            c.s(", (rtaf=0x");
            c.out.hex(u64::from(af));
            c.s(")");
            c.trunc();
            return Ok(());
        }
    } else {
        c.s(", call ");
        c.dec(be16(b, p + 2)?);
        p += 4;
        len = len.saturating_sub(4);
        if flags & 0x1000 != 0 {
            c.s(", seq ");
            c.dec(be32(b, p)?);
            p += 4;
            len = len.saturating_sub(4);
        }
        if flags & 0x0080 != 0 {
            c.s(", ack ");
            c.dec(be32(b, p)?);
            p += 4;
            len = len.saturating_sub(4);
        }
    }
    if c.o.link_header {
        c.s(", proto ");
        c.s(ether::ethertype_name(prot).unwrap_or("unknown"));
        c.s(" (0x");
        c.out.hex0(u64::from(prot), 4);
        c.s(")");
    }
    c.s(", length ");
    c.dec(length as u64);
    c.s(if c.o.verbose > 0 { "\n\t" } else { ": " });
    let inner = rest(b, p);
    match prot {
        0x0800 => super::ip::ip(c, inner, len),
        0x86dd => super::ip6::ip6(c, inner, len),
        0x6558 => {
            ether::ether(c, inner, len as u32)?;
            Ok(())
        }
        0x8847 | 0x8848 => ether::mpls(c, inner, len),
        _ => {
            c.s("gre-proto-0x");
            c.out.hex(u64::from(prot));
            Ok(())
        }
    }
}

/// vxlan_print: the header on this line, the inner frame on the next.
pub(crate) fn vxlan(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "vxlan";
    if length < 8 {
        c.trunc();
        return Ok(());
    }
    let flags = u8at(b, 0)?;
    // Three bytes of VNI: tcpdump reads no further before printing.
    let vni = u32::from(u8at(b, 4)?) << 16 | u32::from(u8at(b, 5)?) << 8 | u32::from(u8at(b, 6)?);
    c.s("VXLAN, flags [");
    // tcpdump 4.99 calls a header without the I (valid VNI) bit invalid.
    c.s(if flags & 0x08 != 0 { "I" } else { "invalid" });
    c.s("] (0x");
    c.out.hex0(u64::from(flags), 2);
    c.s("), vni ");
    c.dec(vni);
    c.s("\n");
    if b.len() < 8 {
        // tcpdump hands ether_print a negative capture length here, which
        // wraps and ends in a failed read marked as this layer's.
        return Err(super::Trunc);
    }
    ether::ether(c, rest(b, 8), (length - 8) as u32)?;
    Ok(())
}

/// geneve_print.
pub(crate) fn geneve(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "geneve";
    c.s("Geneve");
    if length < 8 {
        c.s(" [length ");
        c.dec(length as u64);
        c.s(" < 8]");
        c.invalid();
        return Ok(());
    }
    if b.len() < 8 {
        c.trunc();
        return Ok(());
    }
    let ver_opt = b[0];
    if ver_opt >> 6 != 0 {
        c.s(" ERROR: unknown-version ");
        c.dec(ver_opt >> 6);
        return Ok(());
    }
    let flags = b[1];
    let prot = be16(b, 2)?;
    let vni = be32(b, 4)? >> 8;
    let reserved = b[7];
    c.s(", Flags [");
    for (bit, name) in [
        (0x80, "O"),
        (0x40, "C"),
        (0x20, "R1"),
        (0x10, "R2"),
        (0x08, "R3"),
        (0x04, "R4"),
        (0x02, "R5"),
        (0x01, "R6"),
    ] {
        if flags & bit != 0 {
            c.s(name);
        }
    }
    if flags == 0 {
        c.s("none");
    }
    c.s("], vni 0x");
    c.out.hex(u64::from(vni));
    if reserved != 0 {
        c.s(", rsvd 0x");
        c.out.hex(u64::from(reserved));
    }
    if c.o.link_header {
        c.s(", proto ");
        c.s(ether::ethertype_name(prot).unwrap_or("unknown"));
        c.s(" (0x");
        c.out.hex0(u64::from(prot), 4);
        c.s(")");
    }
    let len = length - 8;
    let opts_len = usize::from(ver_opt & 0x3f) * 4;
    if len < opts_len {
        c.s(" truncated-geneve - ");
        c.dec((opts_len - len) as u64);
        c.s(" bytes missing");
        return Ok(());
    }
    if b.len() < 8 + opts_len {
        c.trunc();
        return Ok(());
    }
    if opts_len > 0 {
        c.s(", options [");
        c.dec(opts_len as u64);
        c.s(" bytes]");
    }
    c.s(if c.o.verbose < 1 { ": " } else { "\n\t" });
    let inner = rest(b, 8 + opts_len);
    let len = len - opts_len;
    if !ether::ethertype(c, prot, inner, len)? {
        if prot == 0x6558 {
            ether::ether(c, inner, len as u32)?;
        } else {
            c.s("geneve-proto-0x");
            c.out.hex(u64::from(prot));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::tests::{golden, numeric};

    /// tcpdump 4.99 calls a VXLAN header without the I bit "invalid".
    #[test]
    fn vxlan_flags() {
        golden(
            numeric(0),
            &[
                (
                    "ffffffffffff0000000000000800450000460001000040117ca47f0000017f00000104d212b50032dd000000000000000500ffffffffffff0000000000000800450000140001000040007ce77f0000017f000001",
                    "IP 127.0.0.1.1234 > 127.0.0.1.4789: VXLAN, flags [invalid] (0x00), vni 5
IP 127.0.0.1 > 127.0.0.1:  ip-proto-0 0",
                ),
                (
                    "ffffffffffff0000000000000800450000460001000040117ca47f0000017f00000104d212b50032d5000800000000000500ffffffffffff0000000000000800450000140001000040007ce77f0000017f000001",
                    "IP 127.0.0.1.1234 > 127.0.0.1.4789: VXLAN, flags [I] (0x08), vni 5
IP 127.0.0.1 > 127.0.0.1:  ip-proto-0 0",
                ),
                (
                    "ffffffffffff0000000000000800450000460001000040117ca47f0000017f00000104d212b500327b006200000000000500ffffffffffff0000000000000800450000140001000040007ce77f0000017f000001",
                    "IP 127.0.0.1.1234 > 127.0.0.1.4789: VXLAN, flags [invalid] (0x62), vni 5
IP 127.0.0.1 > 127.0.0.1:  ip-proto-0 0",
                ),
            ],
        );
    }
}
