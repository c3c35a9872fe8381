//! RSVP (print-rsvp.c): the common header.

use super::ctx::{Ctx, Res, bytes};

/// rsvp_print without -v: the version check and the message type.
pub(crate) fn rsvp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "rsvp";
    bytes(b, 0, 8)?;
    let version = b[0] >> 4;
    if version != 1 {
        c.s("ERROR: RSVP version ");
        c.dec(version);
        c.s(" packet not supported");
        return Ok(());
    }
    c.s("RSVPv1 ");
    match b[1] {
        1 => c.s("Path"),
        2 => c.s("Resv"),
        3 => c.s("PathErr"),
        4 => c.s("ResvErr"),
        5 => c.s("PathTear"),
        6 => c.s("ResvTear"),
        7 => c.s("ResvConf"),
        12 => c.s("Bundle"),
        13 => c.s("Acknowledgement"),
        14 => c.s("Hello (Old)"),
        15 => c.s("Refresh"),
        20 => c.s("Hello"),
        t => {
            c.s("unknown (");
            c.dec(t);
            c.s(")");
        }
    }
    c.s(" Message, length: ");
    c.dec(length as u64);
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, numeric};

    /// RSVP version checks and message types (expected text from
    /// tcpdump 4.99.3 -n).
    #[test]
    fn versions_and_types() {
        golden(
            numeric(0),
            &[
                (
                    "02000000000202000000000108004500002900010000402ef69dc0000201c0000207100b79a094109b03e8d678428d3b31feb7788ad68c",
                    "IP 192.0.2.1 > 192.0.2.7: RSVPv1 unknown (11) Message, length: 21",
                ),
                (
                    "02000000000202000000000108004500002800010000402ef69ec0000201c00002072011",
                    "IP truncated-ip - 18 bytes missing! 192.0.2.1 > 192.0.2.7:  [|rsvp]",
                ),
                (
                    "02000000000202000000000108004500002300010000402ef6a3c0000201c00002072005a6b2181a9952f255acd53970cf",
                    "IP 192.0.2.1 > 192.0.2.7: ERROR: RSVP version 2 packet not supported",
                ),
                (
                    "02000000000202000000000108004500002a00010000402ef69cc0000201c0000207100a37e291734539c91e0887f53050ced6d6932edd47",
                    "IP 192.0.2.1 > 192.0.2.7: RSVPv1 unknown (10) Message, length: 22",
                ),
                (
                    "02000000000202000000000108004500002500010000402ef6a1c0000201c00002071000f1d5e19ffc826f8ff3fcedb73808be",
                    "IP 192.0.2.1 > 192.0.2.7: RSVPv1 unknown (0) Message, length: 17",
                ),
                (
                    "02000000000202000000000108004500002600010000402ef6a0c0000201c00002071019ec32e5e2e66e930c037bbe1e2b804c3d",
                    "IP 192.0.2.1 > 192.0.2.7: RSVPv1 unknown (25) Message, length: 18",
                ),
                (
                    "02000000000202000000000108004500002600010000402ef6a0c0000201c000020710107d502850125962a563964d5c4330fc54",
                    "IP 192.0.2.1 > 192.0.2.7: RSVPv1 unknown (16) Message, length: 18",
                ),
            ],
        );
    }
}
