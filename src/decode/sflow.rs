//! sFlow v5 (print-sflow.c): the datagram header.

use super::ctx::{Ctx, Res, Trunc};

/// sflow_print without -v. tcpdump 4.99.3 checks the IPv4-sized header,
/// then reads any agent type other than 1 as an IPv6 address, and rejects
/// a type-2 datagram shorter than the IPv6-sized header with the IPv4
/// size in its message.
pub(crate) fn sflow(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "sflow";
    if b.len() < 28 {
        return Err(Trunc);
    }
    let version = crate::decode::be32(b, 0)?;
    if version != 5 {
        c.s("sFlow version ");
        c.dec(version);
        c.s(" packet not supported");
        return Ok(());
    }
    let agent_type = crate::decode::be32(b, 4)?;
    if agent_type == 2 && length < 40 {
        c.s("sFlowv5 [length ");
        c.dec(length as u64);
        c.s(" < 28]");
        c.invalid();
        return Ok(());
    }
    c.s("sFlowv5, ");
    if agent_type == 1 {
        c.s("IPv4 agent ");
        c.ip4(&b[8..12]);
        c.s(", agent-id ");
        c.dec(crate::decode::be32(b, 12)?);
    } else {
        c.s("IPv6 agent ");
        c.ip6(&b[8..24]);
        c.s(", agent-id ");
        c.dec(crate::decode::be32(b, 24)?);
    }
    c.s(", length ");
    c.dec(length as u64);
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, numeric};

    /// sFlow summaries, well-formed, random and cut (expected text from
    /// tcpdump 4.99.3 on the same frames).
    #[test]
    fn summaries() {
        golden(
            numeric(0),
            &[
                (
                    "020000000002020000000001080045000038000100004011f6abc0000201c00002079c4018c7002404880000000500000001c000020100000003000000010000000200000000",
                    "IP 192.0.2.1.40000 > 192.0.2.7.6343: sFlowv5, IPv4 agent 192.0.2.1, agent-id 3, length 28",
                ),
                (
                    "020000000002020000000001080045000040000100004011f6a3c0000201c00002079c4018c7002c22950000000500000002c0000201000000030000000100000002000000007878787878787878",
                    "IP 192.0.2.1.40000 > 192.0.2.7.6343: sFlowv5 [length 36 < 28] (invalid)",
                ),
                (
                    "020000000002020000000001080045000038000100004011f6abc0000201c00002079c4018c7002404890000000500000000c000020100000003000000010000000200000000",
                    "IP 192.0.2.1.40000 > 192.0.2.7.6343: sFlowv5, IPv6 agent c000:201:0:3:0:1:0:2, agent-id 0, length 28",
                ),
                (
                    "020000000002020000000001080045000038000100004011f6abc0000201c00002079c4018c7002404870000000500000002c000020100000003000000010000000200000000",
                    "IP 192.0.2.1.40000 > 192.0.2.7.6343: sFlowv5 [length 28 < 28] (invalid)",
                ),
                (
                    "020000000002020000000001080045000040000100004011f6a3c0000201c00002079c4018c7002c04770000000500000002c0000201000000030000000100000002000000000000000000000000",
                    "IP 192.0.2.1.40000 > 192.0.2.7.6343: sFlowv5 [length 36 < 28] (invalid)",
                ),
                (
                    "020000000002020000000001080045000038000100004011f6abc0000201c00002079c4018c7002404860000000500000003c000020100000003000000010000000200000000",
                    "IP 192.0.2.1.40000 > 192.0.2.7.6343: sFlowv5, IPv6 agent c000:201:0:3:0:1:0:2, agent-id 0, length 28",
                ),
            ],
        );
    }
}
