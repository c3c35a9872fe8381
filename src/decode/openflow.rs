//! OpenFlow headers (print-openflow.c): version and message type names.

use super::ctx::{Ctx, Res, be16, be32, u8at};
use super::out::Emit;

/// openflow_print: one line per message header (bodies not decoded).
pub(crate) fn openflow(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "openflow";
    c.s(": OpenFlow");
    let mut p = 0;
    let mut left = length;
    while left > 0 {
        if left < 8 {
            // A partial header: what there is of it, on its own line.
            c.s("\n\t");
            let version = u8at(b, p)?;
            c.s("version ");
            of_version(c, version);
            if left >= 2 {
                let typ = u8at(b, p + 1)?;
                c.s(", type ");
                of_type(c, version, typ);
            }
            c.s(" (end of TCP payload)");
            crate::decode::bytes(b, p, left)?;
            return Ok(());
        }
        let version = u8at(b, p)?;
        let typ = u8at(b, p + 1)?;
        let len = usize::from(be16(b, p + 2)?);
        let xid = be32(b, p + 4)?;
        c.s("\n\tversion ");
        of_version(c, version);
        c.s(", type ");
        of_type(c, version, typ);
        c.s(", length ");
        c.dec(len as u64);
        c.s(", xid 0x");
        c.out.hex0(u64::from(xid), 8);
        if len < 8 {
            c.s(" (invalid)");
            return Ok(());
        }
        if len > left || b.len() < p + len {
            c.trunc();
            return Ok(());
        }
        p += len;
        left = left.saturating_sub(len);
    }
    Ok(())
}

fn of_version(c: &mut Ctx, v: u8) {
    match v {
        1..=6 => {
            c.s("1.");
            c.dec(v - 1);
        }
        _ => {
            c.s("unknown (0x");
            c.out.hex0(u64::from(v), 2);
            c.s(")");
        }
    }
}

fn of_type(c: &mut Ctx, version: u8, t: u8) {
    const OF10: [&str; 22] = [
        "HELLO",
        "ERROR",
        "ECHO_REQUEST",
        "ECHO_REPLY",
        "VENDOR",
        "FEATURES_REQUEST",
        "FEATURES_REPLY",
        "GET_CONFIG_REQUEST",
        "GET_CONFIG_REPLY",
        "SET_CONFIG",
        "PACKET_IN",
        "FLOW_REMOVED",
        "PORT_STATUS",
        "PACKET_OUT",
        "FLOW_MOD",
        "PORT_MOD",
        "STATS_REQUEST",
        "STATS_REPLY",
        "BARRIER_REQUEST",
        "BARRIER_REPLY",
        "QUEUE_GET_CONFIG_REQUEST",
        "QUEUE_GET_CONFIG_REPLY",
    ];
    const OF13: [&str; 30] = [
        "HELLO",
        "ERROR",
        "ECHO_REQUEST",
        "ECHO_REPLY",
        "EXPERIMENTER",
        "FEATURES_REQUEST",
        "FEATURES_REPLY",
        "GET_CONFIG_REQUEST",
        "GET_CONFIG_REPLY",
        "SET_CONFIG",
        "PACKET_IN",
        "FLOW_REMOVED",
        "PORT_STATUS",
        "PACKET_OUT",
        "FLOW_MOD",
        "GROUP_MOD",
        "PORT_MOD",
        "TABLE_MOD",
        "MULTIPART_REQUEST",
        "MULTIPART_REPLY",
        "BARRIER_REQUEST",
        "BARRIER_REPLY",
        "QUEUE_GET_CONFIG_REQUEST",
        "QUEUE_GET_CONFIG_REPLY",
        "ROLE_REQUEST",
        "ROLE_REPLY",
        "GET_ASYNC_REQUEST",
        "GET_ASYNC_REPLY",
        "SET_ASYNC",
        "METER_MOD",
    ];
    let table: &[&str] = match version {
        1 => &OF10,
        4 => &OF13,
        _ => &[],
    };
    match table.get(usize::from(t)) {
        Some(n) => c.s(n),
        None => {
            c.s("unknown (0x");
            c.out.hex0(u64::from(t), 2);
            c.s(")");
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::golden;

    /// OpenFlow version and type names, partial headers at the end of the
    /// segment (expected text from tcpdump 4.99.3 -n -S).
    #[test]
    fn openflow_headers() {
        golden(
            crate::decode::PrintOptions {
                absolute_seq: true,
                ..crate::decode::tests::numeric(0)
            },
            &[
                (
        "0200000000020200000000010800450000290001000040067ccc7f0000017f0000019c4019fd000000010000000150182000db89000000",
        "IP 127.0.0.1.40000 > 127.0.0.1.6653: Flags [P.], seq 1:2, ack 1, win 8192, length 1: OpenFlow
	version unknown (0x00) (end of TCP payload)",
    ),
                (
        "02000000000202000000000108004500002a0001000040067ccb7f0000017f0000019c4019fd000000010000000150182000db8800000000",
        "IP 127.0.0.1.40000 > 127.0.0.1.6653: Flags [P.], seq 1:3, ack 1, win 8192, length 2: OpenFlow
	version unknown (0x00), type unknown (0x00) (end of TCP payload)",
    ),
            ],
        );
    }
}
