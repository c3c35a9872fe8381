//! DVMRP (print-dvmrp.c), carried in IGMP type 0x13.

use super::ctx::{Ctx, Res, be32, bytes, relts, u8at};

/// dvmrp_print for the messages with short bodies; neighbor lists and
/// -v probe and report details are not decoded.
pub(crate) fn dvmrp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "dvmrp";
    let typ = u8at(b, 1)?;
    let _ = length;
    let src_grp = |c: &mut Ctx| -> Res {
        let (src, grp) = (bytes(b, 8, 4)?, bytes(b, 12, 4)?);
        c.s(" src ");
        c.ip4(src);
        c.s(" grp ");
        c.ip4(grp);
        Ok(())
    };
    match typ {
        1 => c.s(" Probe"),
        2 => c.s(" Report"),
        3 => c.s(" Ask-neighbors(old)"),
        5 => c.s(" Ask-neighbors2"),
        7 => {
            c.s(" Prune");
            src_grp(c)?;
            c.s(" timer ");
            let timer = be32(b, 16)?;
            relts(c, timer);
        }
        8 => {
            c.s(" Graft");
            src_grp(c)?;
        }
        9 => {
            c.s(" Graft-ACK");
            src_grp(c)?;
        }
        4 | 6 => {}
        _ => {
            c.s(" [type ");
            c.dec(typ);
            c.s("]");
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, numeric};

    /// DVMRP messages with short bodies, whole, cut and of unknown type
    /// (expected text from tcpdump 4.99.3 -n).
    #[test]
    fn short_bodies() {
        golden(
            numeric(0),
            &[
                (
                    "02000000000202000000000108004500002c000100004002f6c6c0000201c0000207130200000000010163bd03abc61028c2f5970a4dc707d2dd",
                    "IP 192.0.2.1 > 192.0.2.7: igmp dvmrp Report",
                ),
                (
                    "020000000002020000000001080045000028000100004002f6cac0000201c0000207130b000000000303bacd9371f6ef22e05d180922",
                    "IP 192.0.2.1 > 192.0.2.7: igmp dvmrp [type 11]",
                ),
                (
                    "02000000000202000000000108004500001d000100004002f6d5c0000201c000020713",
                    "IP truncated-ip - 8 bytes missing! 192.0.2.1 > 192.0.2.7: igmp dvmrp [|dvmrp]",
                ),
                (
                    "020000000002020000000001080045000029000100004002f6c9c0000201c000020713080000000000014a9c4327b00afade56505cf523",
                    "IP 192.0.2.1 > 192.0.2.7: igmp dvmrp Graft src 74.156.67.39 grp 176.10.250.222",
                ),
                (
                    "02000000000202000000000108004500002a000100004002f6c8c0000201c000020713000000000002024c9799512d5d2f50c25ed898434c",
                    "IP 192.0.2.1 > 192.0.2.7: igmp dvmrp [type 0]",
                ),
                (
                    "020000000002020000000001080045000029000100004002f6c9c0000201c00002079404000013010000000002014a84cbd945",
                    "IP truncated-ip - 4 bytes missing! 192.0.2.1 > 192.0.2.7: igmp-148",
                ),
                (
                    "02000000000202000000000108004500001f000100004002f6d3c0000201c00002071308000000000300572040",
                    "IP 192.0.2.1 > 192.0.2.7: igmp dvmrp Graft [|dvmrp]",
                ),
                (
                    "020000000002020000000001080045000023000100004002f6cfc0000201c00002071307000000000002321f88e3d11e2b",
                    "IP 192.0.2.1 > 192.0.2.7: igmp dvmrp Prune [|dvmrp]",
                ),
            ],
        );
    }
}
