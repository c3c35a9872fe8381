//! VXLAN (print-vxlan.c): flags and VNI, then the inner Ethernet frame.

use super::ctx::{Ctx, Res, be32, rest, u8at};
use super::dispatch;
use super::out::Emit;

/// vxlan_print: the header on this line, the inner frame on the next.
pub(crate) fn vxlan(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "vxlan";
    c.s("VXLAN");
    if length < 8 {
        c.invalid();
        return Ok(());
    }
    let flags = u8at(b, 0)?;
    c.s(", flags [");
    // tcpdump 4.99 calls a header without the I (valid VNI) bit invalid.
    c.s(if flags & 0x08 != 0 { "I" } else { "invalid" });
    c.s("] (0x");
    c.out.hex0(u64::from(flags), 2);
    c.s("), ");
    // Three bytes of VNI: tcpdump reads no further before printing.
    let vni = u32::from(u8at(b, 4)?) << 16 | u32::from(u8at(b, 5)?) << 8 | u32::from(u8at(b, 6)?);
    c.s("vni ");
    c.dec(vni);
    c.s("\n");
    if b.len() < 8 {
        // tcpdump hands ether_print a negative capture length here, which
        // wraps and ends in a failed read marked as this layer's.
        return Err(super::Trunc);
    }
    dispatch::inner_ether(c, rest(b, 8), length.saturating_sub(8))
}

/// vxlan_gpe_print: flags, VNI, then the packet its next-protocol names.
pub(crate) fn vxlan_gpe(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "vxlan_gpe";
    c.s("VXLAN-GPE, ");
    if length < 8 {
        c.invalid_length([" (len ", " < ", ")"], length, 8);
        return Ok(());
    }
    let flags = u8at(b, 0)?;
    c.s("flags [");
    c.flag_letters(
        u32::from(flags),
        &[(0x08, "I"), (0x04, "P"), (0x02, "B"), (0x01, "O")],
    );
    c.s("], ");
    let next = u8at(b, 3)?;
    let vni = be32(b, 3)? & 0xff_ffff;
    u8at(b, 7)?;
    c.s("vni ");
    c.dec(vni);
    c.s(if c.o.verbose > 0 { "\n    " } else { ": " });
    let inner = rest(b, 8);
    let len = length - 8;
    match next {
        1 => dispatch::ip(c, inner, len),
        2 => dispatch::ip6(c, inner, len),
        3 => dispatch::ether(c, inner, len).map(drop),
        4 => dispatch::nsh(c, inner, len),
        _ => {
            c.s("ERROR: unknown-next-protocol");
            c.invalid();
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, numeric};

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

    /// VXLAN whose UDP length is shorter than the datagram: the inner
    /// frame's "[length < caplen]" as tcpdump 4.99.3 prints it.
    #[test]
    fn udp_length_shorter_than_datagram() {
        golden(
            numeric(0),
            &[
                (
                    "02000000000202000000000108004500004e000100004011f695c0000201c0000207138812b500103c5b0c00000300000500ffffffffffff00000000000008004500001c0001000040017cde7f0000017f0000010800f7ff00000000",
                    "IP 192.0.2.1.5000 > 192.0.2.7.4789: VXLAN, flags [I] (0x0c), vni 5
[length 0 < caplen 42] (invalid)",
                ),
                (
                    "02000000000202000000000108004500004e000100004011f695c0000201c0000207138812b500183c530c00000300000500ffffffffffff00000000000008004500001c0001000040017cde7f0000017f0000010800f7ff00000000",
                    "IP 192.0.2.1.5000 > 192.0.2.7.4789: VXLAN, flags [I] (0x0c), vni 5
[length 8 < caplen 42] (invalid)",
                ),
            ],
        );
    }
}
