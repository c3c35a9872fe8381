//! Bluetooth HCI over UART with libpcap's pseudo-header
//! (DLT_BLUETOOTH_HCI_H4_WITH_PHDR, print-bt.c): a 4-byte big-endian
//! direction word, then the HCI packet, which tcpdump only dumps.

use super::ctx::{Ctx, Res, be32, rest};

/// The pseudo-header: the direction word alone.
const HEADER_LEN: usize = 4;
/// The direction word's low bit: set on frames the host received.
const INCOMING: u32 = 1;

/// bt_if_print: "bluetooth", with -e the HCI length and direction, then
/// the HCI packet's captured bytes in hex.
pub(crate) fn frame(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "bluetooth";
    c.s("bluetooth");
    let direction = be32(b, 0)?;
    c.ll_len += HEADER_LEN;
    if c.o.link_header {
        c.s_dec(", hci length ", wire_len.saturating_sub(HEADER_LEN as u32));
        c.s(", direction ");
        c.s(if direction & INCOMING != 0 {
            "in"
        } else {
            "out"
        });
    }
    c.default_print(rest(b, HEADER_LEN));
    Ok(())
}
