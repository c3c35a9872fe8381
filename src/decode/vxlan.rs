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
    let flag_byte = u8at(b, 0)?;
    c.s(", ");
    // tcpdump 4.99 calls a header without the I (valid VNI) bit invalid.
    flags(c, flag_byte, "invalid");
    // Three bytes of VNI: tcpdump reads no further before printing.
    let vni = u32::from(u8at(b, 4)?) << 16 | u32::from(u8at(b, 5)?) << 8 | u32::from(u8at(b, 6)?);
    c.s_dec("vni ", vni);
    c.s("\n");
    if b.len() < 8 {
        // tcpdump hands ether_print a negative capture length here, which
        // wraps and ends in a failed read marked as this layer's.
        return Err(super::Trunc);
    }
    dispatch::inner_ether(c, rest(b, 8), length.saturating_sub(8))
}

/// "flags [I] (0xHH), ": the flags byte of a VXLAN-format header (OTV's
/// too), with `no_i` in place of the I when the valid-VNI bit is clear.
pub(super) fn flags(c: &mut Ctx, byte: u8, no_i: &str) {
    c.s("flags [");
    c.s(if byte & 0x08 != 0 { "I" } else { no_i });
    c.s("] (0x");
    c.out.hex0(u64::from(byte), 2);
    c.s("), ");
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
    c.s_dec("vni ", vni);
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
