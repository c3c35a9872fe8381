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
    c.s_dec(", host priority: ", prio);
    let cluster = bytes(b, 12, 4)?;
    c.s(", cluster IP: ");
    c.ip4(cluster);
    let host = bytes(b, 16, 4)?;
    c.s(", host IP: ");
    c.ip4(host);
    Ok(())
}
