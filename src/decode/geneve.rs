//! Geneve (print-geneve.c): the header and options, then the payload.

use super::ctx::{Ctx, Res, be16, be32, rest};
use super::dispatch;
use super::out::Emit;

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
    dispatch::tunnel_proto(c, prot);
    let len = length.saturating_sub(8);
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

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, numeric};

    /// Random and cut payloads on each port (one per kind of line, from a
    /// generated set compared whole against tcpdump -n).
    #[test]
    fn random_payloads() {
        golden(
            numeric(0),
            &[(
                "020000000002020000000001080045000028000100004011f6bbc0000201c000020776ce17c1001426ba0ff97bc4fce969e6223db1a8",
                "IP 192.0.2.1.30414 > 192.0.2.7.6081: Geneve, Flags [OCR1R2R3R6], vni 0xfce969, rsvd 0xe6 truncated-geneve - 56 bytes missing",
            )],
        );
    }

    /// Geneve whose UDP length is shorter than the datagram: the inner
    /// frame's "[length < caplen]" as tcpdump 4.99.3 prints it.
    #[test]
    fn udp_length_shorter_than_datagram() {
        golden(
            numeric(0),
            &[(
                "020000000002020000000001080045000040000100004011f6a3c0000201c0000207138817c10010436000000800000005004500001c00010000400166de0a0000010a0000020800f7ff00000000",
                "IP 192.0.2.1.5000 > 192.0.2.7.6081: Geneve, Flags [none], vni 0x5: IP truncated-ip 0",
            )],
        );
    }
}
