//! LSP ping (print-lspping.c): MPLS echo requests and replies.

use super::ctx::{Ctx, Res, Trunc, be16};

/// lspping_print: the version check and, without -v, the message type.
pub(crate) fn lspping(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "lspping";
    if length < 32 {
        c.s("\n\t\t packet is too short");
        return Ok(());
    }
    if b.len() < 32 {
        return Err(Trunc);
    }
    let version = be16(b, 0)?;
    if version != 1 {
        c.s("LSP-PING version ");
        c.dec(version);
        c.s(" packet not supported");
        return Ok(());
    }
    c.s("LSP-PINGv1, ");
    match b[4] {
        1 => c.s("MPLS Echo Request"),
        2 => c.s("MPLS Echo Reply"),
        t => {
            c.s("unknown (");
            c.dec(t);
            c.s(")");
        }
    }
    c.s(", seq ");
    c.dec(crate::decode::be32(b, 12)?);
    c.s(", length: ");
    c.dec(length as u64);
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, numeric};

    /// LSP ping summaries, well-formed, random and cut (expected text from
    /// tcpdump 4.99.3 on the same frames).
    #[test]
    fn summaries() {
        golden(
            numeric(0),
            &[
                (
                    "02000000000202000000000108004500003c000100004011f6a7c0000201c00002079c400daf0028cd9b0001000001020300000000070000000000000000000000000000000000000000",
                    "IP 192.0.2.1.40000 > 192.0.2.7.3503: LSP-PINGv1, MPLS Echo Request, seq 0, length: 32",
                ),
                (
                    "02000000000202000000000108004500003c000100004011f6a7c0000201c00002079c400daf0028cc990001000002020300000000090000000000000000000000000000000000000000",
                    "IP 192.0.2.1.40000 > 192.0.2.7.3503: LSP-PINGv1, MPLS Echo Reply, seq 0, length: 32",
                ),
                (
                    "02000000000202000000000108004500003c000100004011f6a7c0000201c00002079c400daf0028c5990001000009020300000000090000000000000000000000000000000000000000",
                    "IP 192.0.2.1.40000 > 192.0.2.7.3503: LSP-PINGv1, unknown (9), seq 0, length: 32",
                ),
            ],
        );
    }
}
