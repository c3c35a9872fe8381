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
        c.s(" ERROR: unknown-version ");
        c.dec(ver_opt >> 6);
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
        c.s(" len ");
        c.dec(opt_len as u64);
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

    /// Options of each class kind with -v, their data with -vv, one
    /// longer than what is left ("[bad length]"), and the options cut by
    /// the capture (expected text from tcpdump 4.99.3).
    #[test]
    fn options() {
        use crate::decode::tests::golden_link;
        let frame = "020000000002020000000001080045000038000100004011f6abc0000201c000020703e817c1002400000500123400000a00000080010000000c01010500fff50102aabbccdd";
        let ip = "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 56)\n    192.0.2.1.1000 > 192.0.2.7.6081: ";
        let opts = |data: &str| {
            format!(
                "Geneve, Flags [none], vni 0xa, options [class Standard (0x0) type 0x80(C) len 8{data}, class Open vSwitch (0x101) type 0x5 len 4, class Experimental (0xfff5) type 0x1 len 12 [bad length]]\n\tgeneve-proto-0x1234"
            )
        };
        golden(numeric(1), &[(frame, &format!("{ip}{}", opts("")))]);
        golden_link(
            crate::link::LinkType::Ethernet,
            numeric(2),
            &[
                (
                    frame,
                    0,
                    &format!("{ip}[no cksum] {}", opts(" data 0000000c")),
                ),
                (
                    frame,
                    60,
                    &format!("{ip}[no cksum] Geneve, Flags [none], vni 0xa [|geneve]"),
                ),
            ],
        );
    }
}
