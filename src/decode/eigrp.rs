//! EIGRP (print-eigrp.c): the common header.

use super::ctx::{Ctx, Res, bytes};

/// eigrp_print without -v: the version check and the opcode.
pub(crate) fn eigrp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "eigrp";
    bytes(b, 0, 20)?;
    if b[0] != 2 {
        c.s("EIGRP version ");
        c.dec(b[0]);
        c.s(" packet not supported");
        return Ok(());
    }
    c.s("EIGRP ");
    match b[1] {
        1 => c.s("Update"),
        3 => c.s("Query"),
        4 => c.s("Reply"),
        5 => c.s("Hello"),
        6 => c.s("IPX SAP"),
        7 => c.s("Probe"),
        t => {
            c.s("unknown (");
            c.dec(t);
            c.s(")");
        }
    }
    c.s(", length: ");
    c.dec(length as u64);
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, numeric};

    /// EIGRP version checks and message types (expected text from
    /// tcpdump 4.99.3 -n).
    #[test]
    fn versions_and_types() {
        golden(
            numeric(0),
            &[
                (
                    "02000000000202000000000108004500002e000100004058f66ec0000201c00002070106a0da4d6b81d5629259889568953be756aeeaed07db47fd9b",
                    "IP 192.0.2.1 > 192.0.2.7: EIGRP version 1 packet not supported",
                ),
                (
                    "02000000000202000000000108004500001f000100004058f67dc0000201c000020702006dc46adf1e0b9a9dc2",
                    "IP 192.0.2.1 > 192.0.2.7:  [|eigrp]",
                ),
                (
                    "020000000002020000000001080045000031000100004058f66bc0000201c000020702078562a4dd98ae8f1a9ef9f0cf81456ea2b8b73cef4d6ffa42854d8c",
                    "IP 192.0.2.1 > 192.0.2.7: EIGRP Probe, length: 29",
                ),
            ],
        );
    }
}
