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
        c.s(", hci length ");
        c.dec(wire_len.saturating_sub(HEADER_LEN as u32));
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

#[cfg(test)]
mod tests {
    use crate::decode::PrintOptions;
    use crate::decode::tests::{golden_link, numeric};
    use crate::link::LinkType;
    use crate::wire::linktype;

    /// An incoming HCI event (Command Complete) and an outgoing command.
    const EVENT: &str = "00000001040e0401030c00";
    const COMMAND: &str = "0000000001030c00";
    const EVENT_DUMP: &str = "\n\t0x0000:  040e 0401 030c 00                        .......";
    const COMMAND_DUMP: &str = "\n\t0x0000:  0103 0c00                                ....";

    fn with(link_header: bool) -> PrintOptions {
        PrintOptions {
            link_header,
            ..numeric(0)
        }
    }

    /// Expected text from tcpdump 4.99.3 on the same frames, whole and
    /// cut inside the pseudo-header, after it and inside the packet.
    #[test]
    fn bluetooth() {
        let link = LinkType::Other(linktype::BLUETOOTH_HCI_H4_WITH_PHDR);
        golden_link(
            link,
            with(false),
            &[
                (EVENT, 0, &format!("bluetooth{EVENT_DUMP}")),
                (COMMAND, 0, &format!("bluetooth{COMMAND_DUMP}")),
                (EVENT, 3, "bluetooth [|bluetooth]"),
                (EVENT, 4, "bluetooth"),
                (
                    EVENT,
                    6,
                    "bluetooth\n\t0x0000:  040e                                     ..",
                ),
            ],
        );
        golden_link(
            link,
            with(true),
            &[
                (
                    EVENT,
                    0,
                    &format!("bluetooth, hci length 7, direction in{EVENT_DUMP}"),
                ),
                (
                    COMMAND,
                    0,
                    &format!("bluetooth, hci length 4, direction out{COMMAND_DUMP}"),
                ),
                (EVENT, 3, "bluetooth [|bluetooth]"),
                (EVENT, 4, "bluetooth, hci length 7, direction in"),
            ],
        );
    }
}
