//! OTV (print-otv.c): the overlay header, then the inner Ethernet frame.

use super::ctx::{Ctx, Res, bytes, rest, u8at};
use super::dispatch;
use super::out::Emit;

/// otv_print: flags, overlay and instance, the inner frame on the next line.
pub(crate) fn otv(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "otv";
    c.s("OTV, ");
    if length < 8 {
        c.invalid_length(["[length ", " < ", "]"], length, 8);
        bytes(b, 0, length)?;
        return Ok(());
    }
    let flags = u8at(b, 0)?;
    c.s("flags [");
    c.s(if flags & 0x08 != 0 { "I" } else { "." });
    c.s("] (0x");
    c.out.hex0(u64::from(flags), 2);
    c.s("), ");
    let overlay = bytes(b, 1, 3)?;
    c.s("overlay ");
    c.dec(u32::from_be_bytes([0, overlay[0], overlay[1], overlay[2]]));
    c.s(", ");
    let instance = bytes(b, 4, 3)?;
    c.s("instance ");
    c.dec(u32::from_be_bytes([
        0,
        instance[0],
        instance[1],
        instance[2],
    ]));
    c.s("\n");
    dispatch::inner_ether(c, rest(b, 8), length.saturating_sub(8))
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, numeric};

    /// OTV: flags, overlay, instance and the inner frame (expected text
    /// from tcpdump 4.99.3 -n).
    #[test]
    fn otv() {
        golden(
            numeric(0),
            &[
                (
        "02000000000202000000000108004500004e0001000040117c9c7f0000017f00000113882118003aafe1080102030000050702000000000402000000000308004500001c0001000040117cce7f0000017f00000100010002000801d9",
        "IP 127.0.0.1.5000 > 127.0.0.1.8472: OTV, flags [I] (0x08), overlay 66051, instance 5
IP 127.0.0.1.1 > 127.0.0.1.2: UDP, length 0",
    ),
                (
        "02000000000202000000000108004500004e0001000040117c9c7f0000017f00000113882118003a240c00000000abcdef1202000000000402000000000308004500001c0001000040117cce7f0000017f00000100010002000801d9",
        "IP 127.0.0.1.5000 > 127.0.0.1.8472: OTV, flags [.] (0x00), overlay 0, instance 11259375
IP 127.0.0.1.1 > 127.0.0.1.2: UDP, length 0",
    ),
                (
        "02000000000202000000000108004500001f0001000040117ccb7f0000017f00000113882118000bc334080102",
        "IP 127.0.0.1.5000 > 127.0.0.1.8472: OTV, [length 3 < 8] (invalid)",
    ),
                (
        "0200000000020200000000010800450000240001000040117cc67f0000017f000001211813880010b91b0801020304050607",
        "IP 127.0.0.1.8472 > 127.0.0.1.5000: OTV, flags [I] (0x08), overlay 66051, instance 263430
 [|ether]",
    ),
            ],
        );
    }
}
