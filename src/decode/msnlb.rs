//! Microsoft Network Load Balancing heartbeats (print-msnlb.c), ethertype
//! 0x886f: the host's priority, the cluster's and the host's addresses.

use super::ctx::{Ctx, Res, bytes, le32};

/// msnlb_print.
pub(crate) fn msnlb(c: &mut Ctx, b: &[u8]) -> Res {
    c.proto = "msnlb";
    c.s("MS NLB heartbeat");
    // The priority is little-endian; the rest of the undocumented
    // message is not printed.
    let prio = le32(b, 8)?;
    c.s(", host priority: ");
    c.dec(prio);
    let cluster = bytes(b, 12, 4)?;
    c.s(", cluster IP: ");
    c.ip4(cluster);
    let host = bytes(b, 16, 4)?;
    c.s(", host IP: ");
    c.ip4(host);
    Ok(())
}
#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden_link, numeric, numeric_e};
    use crate::link::LinkType;

    /// Heartbeats as captured, with -e, and cut in each field (tcpdump 4.99.3).
    #[test]
    fn msnlb_heartbeat() {
        golden_link(
            LinkType::Ethernet,
            numeric(0),
            &[
                (
                    "ffffffffffff0202c0a86450886fbf01dec00602000002000000c0a86450c0a86452010000000100090035e33b4fbbcec80400000000000000001990016150000561877008618ff00861bbb11b614bb22461e1133e6100f4ff6f000000000000",
                    0,
                    "MS NLB heartbeat, host priority: 2, cluster IP: 192.168.100.80, host IP: 192.168.100.82",
                ),
                (
                    "ffffffffffff0201c0a86450886fbf01dec00602000001000000c0a86450c0a864510000000001000900dfe23b4fa714650200000000000000001990016150000561877008618ff00861bbb11b614bb22461e1133e6100f4ff6f000000000000",
                    0,
                    "MS NLB heartbeat, host priority: 1, cluster IP: 192.168.100.80, host IP: 192.168.100.81",
                ),
                (
                    "ffffffffffff0202c0a86450886fbf01dec00602000002000000c0a86450c0a86452010000000100090035e33b4fbbcec80400000000000000001990016150000561877008618ff00861bbb11b614bb22461e1133e6100f4ff6f000000000000",
                    20,
                    "MS NLB heartbeat [|msnlb]",
                ),
                (
                    "ffffffffffff0202c0a86450886fbf01dec00602000002000000c0a86450c0a86452010000000100090035e33b4fbbcec80400000000000000001990016150000561877008618ff00861bbb11b614bb22461e1133e6100f4ff6f000000000000",
                    22,
                    "MS NLB heartbeat [|msnlb]",
                ),
                (
                    "ffffffffffff0202c0a86450886fbf01dec00602000002000000c0a86450c0a86452010000000100090035e33b4fbbcec80400000000000000001990016150000561877008618ff00861bbb11b614bb22461e1133e6100f4ff6f000000000000",
                    30,
                    "MS NLB heartbeat, host priority: 2, cluster IP: 192.168.100.80 [|msnlb]",
                ),
                (
                    "ffffffffffff0202c0a86450886fbf01dec00602000002000000c0a86450c0a86452010000000100090035e33b4fbbcec80400000000000000001990016150000561877008618ff00861bbb11b614bb22461e1133e6100f4ff6f000000000000",
                    34,
                    "MS NLB heartbeat, host priority: 2, cluster IP: 192.168.100.80, host IP: 192.168.100.82",
                ),
                (
                    "ffffffffffff0202c0a86450886fbf01dec00602000002000000c0a86450c0a86452010000000100090035e33b4fbbcec80400000000000000001990016150000561877008618ff00861bbb11b614bb22461e1133e6100f4ff6f000000000000",
                    35,
                    "MS NLB heartbeat, host priority: 2, cluster IP: 192.168.100.80, host IP: 192.168.100.82",
                ),
            ],
        );
    }

    /// With -e (tcpdump 4.99.3).
    #[test]
    fn msnlb_with_e() {
        golden_link(
            LinkType::Ethernet,
            numeric_e(0),
            &[(
                "ffffffffffff0202c0a86450886fbf01dec00602000002000000c0a86450c0a86452010000000100090035e33b4fbbcec80400000000000000001990016150000561877008618ff00861bbb11b614bb22461e1133e6100f4ff6f000000000000",
                0,
                "02:02:c0:a8:64:50 > ff:ff:ff:ff:ff:ff, ethertype MS NLB heartbeat (0x886f), length 96: MS NLB heartbeat, host priority: 2, cluster IP: 192.168.100.80, host IP: 192.168.100.82",
            )],
        );
    }
}
