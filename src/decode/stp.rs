//! Spanning tree BPDUs (print-stp.c): STP, RSTP and MSTP summaries.

use super::out::Emit;
use super::{Ctx, Res, be16, be32, bytes, u8at};

/// Spanning tree BPDUs (print-stp.c), non-verbose and -v summaries.
pub(crate) fn stp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "stp";
    if length < 4 {
        c.invalid();
        return Ok(());
    }
    if be16(b, 0)? != 0 {
        c.s("unknown STP version, length ");
        c.dec(length as u64);
        return Ok(());
    }
    let version = u8at(b, 2)?;
    match version {
        0 => c.s("STP 802.1d"),
        2 => c.s("RSTP 802.1w"),
        3 => c.s("MSTP 802.1s"),
        v => {
            c.s("STP Unknown STP protocol (0x");
            c.out.hex0(u64::from(v), 2);
            c.s(")");
            return Ok(());
        }
    }
    let bpdu_type = u8at(b, 3)?;
    match bpdu_type {
        0x00 => {
            if length < 35 {
                c.invalid();
                return Ok(());
            }
            c.s(", Config");
            let flags = u8at(b, 4)?;
            c.s(", Flags [");
            stp_flags(c, flags);
            c.s("]");
            let bridge = bytes(b, 17, 8)?;
            let port = be16(b, 25)?;
            c.s(", bridge-id ");
            bridge_id(c, bridge);
            c.s(".");
            c.out.hex0(u64::from(port), 4);
            c.s(", length ");
            c.dec(length as u64);
            if c.o.verbose > 0 {
                let times = [be16(b, 27)?, be16(b, 29)?, be16(b, 31)?, be16(b, 33)?];
                let labels = [
                    "\n\tmessage-age ",
                    ", max-age ",
                    ", hello-time ",
                    ", forwarding-delay ",
                ];
                for (label, t) in labels.iter().zip(times) {
                    c.s(label);
                    // %.2f of t/256 seconds, rounded as printf does.
                    let hundredths = (u64::from(t) * 100 + 128) / 256;
                    c.dec(hundredths / 100);
                    c.s(".");
                    c.out.dec0(hundredths % 100, 2);
                    c.s("s");
                }
                let root = bytes(b, 5, 8)?;
                let cost = be32(b, 13)?;
                c.s("\n\troot-id ");
                bridge_id(c, root);
                c.s(", root-pathcost ");
                c.dec(cost);
            }
        }
        0x80 => c.s(", Topology Change"),
        t => {
            c.s(", Unknown BPDU Type (0x");
            c.out.hex0(u64::from(t), 2);
            c.s(")");
        }
    }
    Ok(())
}

fn stp_flags(c: &mut Ctx, flags: u8) {
    let table: [(u32, &str); 6] = [
        (0x01, "Topology change"),
        (0x02, "Proposal"),
        (0x10, "Learn"),
        (0x20, "Forward"),
        (0x40, "Agreement"),
        (0x80, "Topology change ACK"),
    ];
    c.flag_names(u32::from(flags), &table);
}

fn bridge_id(c: &mut Ctx, id: &[u8]) {
    c.out.hex0(u64::from(id[0]), 2);
    c.out.hex0(u64::from(id[1]), 2);
    c.s(".");
    c.out.mac(&id[2..8]);
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, numeric};

    /// An 802.1d configuration BPDU and a topology change notice, in 802.3
    /// LLC frames (tcpdump 4.99.3 -n and -n -v on the same frames).
    #[test]
    fn bpdus() {
        let config = "0180c200000002000000000100264242030000000001800002000000000100000004800002000000000280010100140002000f00";
        let tcn = "0180c2000000020000000001000742420300000080";
        golden(
            numeric(0),
            &[
                (
                    config,
                    "STP 802.1d, Config, Flags [Topology change], bridge-id 8000.02:00:00:00:00:02.8001, length 35",
                ),
                (tcn, "STP 802.1d, Topology Change"),
            ],
        );
        golden(
            numeric(1),
            &[(
                config,
                "STP 802.1d, Config, Flags [Topology change], bridge-id 8000.02:00:00:00:00:02.8001, length 35\n\tmessage-age 1.00s, max-age 20.00s, hello-time 2.00s, forwarding-delay 15.00s\n\troot-id 8000.02:00:00:00:00:01, root-pathcost 4",
            )],
        );
    }
}
