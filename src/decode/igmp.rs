//! IGMP (print-igmp.c): v1-v3 queries and reports and mtrace; DVMRP,
//! also carried in IGMP, is in dvmrp.rs.

use super::ctx::{Ctx, Res, be16, bytes, in_cksum, relts, u8at};
use super::dispatch;
use super::out::Emit;

/// igmp_print.
pub(crate) fn igmp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "igmp";
    if c.o.quiet {
        c.s("igmp");
        return Ok(());
    }
    let typ = u8at(b, 0)?;
    let len_note = |c: &mut Ctx| {
        if length != 8 {
            c.s(" [len ");
            c.dec(length as u64);
            c.s("]");
        }
    };
    match typ {
        0x11 => {
            c.s("igmp query");
            if length >= 12 {
                igmpv3_query(c, b, length)?;
            } else {
                let mrt = u8at(b, 1)?;
                if mrt != 0 {
                    c.s(" v2");
                    if mrt != 100 {
                        c.s(" [max resp time ");
                        c.dec(mrt);
                        c.s("]");
                    }
                } else {
                    c.s(" v1");
                }
                let g = bytes(b, 4, 4)?;
                if g != [0, 0, 0, 0] {
                    c.s(" [gaddr ");
                    c.ip4(g);
                    c.s("]");
                }
                len_note(c);
            }
        }
        0x12 | 0x16 | 0x17 => {
            let g = bytes(b, 4, 4)?;
            c.s(match typ {
                0x12 => "igmp v1 report ",
                0x16 => "igmp v2 report ",
                _ => "igmp leave ",
            });
            c.ip4(g);
            // Only the v1 report notes an odd length.
            if typ == 0x12 {
                len_note(c);
            }
        }
        0x22 => {
            c.s("igmp v3 report");
            igmpv3_report(c, b, length)?;
        }
        0x13 => {
            c.s("igmp dvmrp");
            dispatch::dvmrp(c, b, length)?;
        }
        0x14 => {
            c.s("igmp pimv1");
            dispatch::pimv1(c, b, length)?;
        }
        0x1e | 0x1f => mtrace(c, b, length, if typ == 0x1e { "mresp" } else { "mtrace" })?,
        _ => {
            c.s("igmp-");
            c.dec(typ);
        }
    }
    if c.o.verbose > 0 && length >= 4 && b.len() >= length && in_cksum(&[&b[..length]]) != 0 {
        c.s(" bad igmp cksum ");
        c.out.hex(u64::from(be16(b, 2)?));
        c.s("!");
    }
    Ok(())
}

/// print_igmpv3_query.
fn igmpv3_query(c: &mut Ctx, b: &[u8], len: usize) -> Res {
    c.s(" v3");
    if len < 12 || len & 3 != 0 {
        c.invalid_len(len);
        return Ok(());
    }
    let mrc = u32::from(u8at(b, 1)?);
    let mrt = if mrc < 128 {
        mrc
    } else {
        ((mrc & 0x0f) | 0x10) << (((mrc & 0x70) >> 4) + 3)
    };
    if mrc != 100 {
        c.s(" [max resp time ");
        if mrt < 600 {
            c.dec(mrt / 10);
            c.s(".");
            c.dec(mrt % 10);
            c.s("s");
        } else {
            relts(c, mrt / 10);
        }
        c.s("]");
    }
    let g = bytes(b, 4, 4)?;
    if g == [0, 0, 0, 0] {
        return Ok(());
    }
    c.s(" [gaddr ");
    c.ip4(g);
    let nsrcs = usize::from(be16(b, 10)?);
    crate::decode::mcast::IGMPV3.query_sources(c, b, len, 12, nsrcs)?;
    c.s("]");
    Ok(())
}

/// print_igmpv3_report.
fn igmpv3_report(c: &mut Ctx, b: &[u8], len: usize) -> Res {
    if len < 16 || len & 3 != 0 {
        c.invalid_len(len);
        return Ok(());
    }
    let ngroups = be16(b, 6)?;
    c.s(", ");
    c.dec(ngroups);
    c.s(" group record(s)");
    if c.o.verbose == 0 {
        return Ok(());
    }
    crate::decode::mcast::group_records(c, b, len, ngroups, &crate::decode::mcast::IGMPV3)
}

/// print_mtrace: query id, source, destination and where replies go.
fn mtrace(c: &mut Ctx, b: &[u8], len: usize, name: &str) -> Res {
    if len < 8 + 16 {
        c.invalid_len(len);
        return Ok(());
    }
    let q = bytes(b, 8, 16)?;
    c.s(name);
    c.s(" ");
    c.dec(u32::from_be_bytes([0, q[13], q[14], q[15]]));
    c.s(": ");
    c.ip4(&q[0..4]);
    c.s(" to ");
    c.ip4(&q[4..8]);
    c.s(" reply-to ");
    c.ip4(&q[8..12]);
    if q[8] & 0xf0 == 0xe0 {
        c.s(" with-ttl ");
        c.dec(q[12]);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, golden_levels, numeric};
    use crate::link::LinkType;

    /// IGMPv3 queries and reports, whole, cut and random (expected text
    /// from tcpdump 4.99.3 on the same frames).
    #[test]
    fn igmp_v3() {
        golden_levels(
            LinkType::Ethernet,
            &[
                ("01005e000016020000000001080046c0003400010000010281ebc0000201e0000016940400001114eeeb00000000118fda6d00000000000000020a0000000a000001", 0),
                ("01005e00001602000000000108004500002800010000010217bcc0000201e000001622abb229b2dc53f68ae792911ab6a736a2d4fc92", 0),
                ("01005e00001602000000000108004500002b00010000010217b9c0000201e00000162296548de1ecfb47813cff094f01131b998908f232f868", 0),
                ("01005e00001602000000000108004500003300010000010217b1c0000201e0000016115e40a0744c9799512d5d2f50c25ed898434cc9601ac5d006f891afbc214f", 0),
                ("01005e00001602000000000108004500002000010000010217c4c0000201e00000169404000022a26a4a6b916809eb", 0),
                ("01005e000016020000000001080046c0003c00010000010281e3c0000201e0000016", 0),
                ("01005e00001602000000000108004500001800010000010217ccc0000201e000001611c5c1a9", 0),
                ("01005e00001602000000000108004500001c00010000010217c8c0000201e000001611", 0),
                ("01005e00001602000000000108004500001a00010000010217cac0000201e0000016", 0),
                ("01005e00001602000000000108004500001900010000010217cbc0000201e000001611640d2ec2", 0),
                ("01005e00001602000000000108004500002400010000010217c0c0000201e0000016223f62e1d9aed5ba0e3c665d63392d48", 0),
                ("01005e00001602000000000108004500003000010000010217b4c0000201e0000016221376f83112ae4070c5bb1d438b11db3c978a5947c2a3d33f94ada0", 0),
                ("01005e00001602000000000108004500002e00010000010217b6c0000201e000001694040000224b2da07595907f4fdbfb8479573d", 0),
            ],
            &[
                (
                    numeric(0),
                    &[
                        "IP 192.0.2.1 > 224.0.0.22: igmp query v3 [max resp time 2.0s]",
                        "IP 192.0.2.1 > 224.0.0.22: igmp v3 report, 21494 group record(s)",
                        "IP 192.0.2.1 > 224.0.0.22: igmp v3 report [invalid len 23]",
                        "IP 192.0.2.1 > 224.0.0.22: igmp query v3 [invalid len 31]",
                        "IP 192.0.2.1 > 224.0.0.22: igmp-148",
                        "IP truncated-ip - 40 bytes missing! 192.0.2.1 > 224.0.0.22:  [remaining caplen(20) < header length(24)] [|ip]",
                        "IP 192.0.2.1 > 224.0.0.22: igmp query v2 [max resp time 197] [|igmp]",
                        "IP truncated-ip - 7 bytes missing! 192.0.2.1 > 224.0.0.22: igmp query [|igmp]",
                        "IP truncated-ip - 6 bytes missing! 192.0.2.1 > 224.0.0.22:  [|igmp]",
                        "IP 192.0.2.1 > 224.0.0.22: igmp query v2 [|igmp]",
                        "IP 192.0.2.1 > 224.0.0.22: igmp v3 report, 54714 group record(s)",
                        "IP 192.0.2.1 > 224.0.0.22: igmp v3 report, 44608 group record(s)",
                        "IP truncated-ip - 7 bytes missing! 192.0.2.1 > 224.0.0.22: igmp-148",
                    ],
                ),
                (
                    numeric(2),
                    &[
                        "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto IGMP (2), length 52, options (RA))
    192.0.2.1 > 224.0.0.22: igmp query v3 [max resp time 2.0s]",
                        "IP (tos 0x0, ttl 1, id 1, offset 0, flags [none], proto IGMP (2), length 40)
    192.0.2.1 > 224.0.0.22: igmp v3 report, 21494 group record(s) [gaddr 26.182.167.54  [v3-report-#138] [invalid number of sources 37521] bad igmp cksum b229!",
                        "IP (tos 0x0, ttl 1, id 1, offset 0, flags [none], proto IGMP (2), length 43)
    192.0.2.1 > 224.0.0.22: igmp v3 report [invalid len 23] bad igmp cksum 548d!",
                        "IP (tos 0x0, ttl 1, id 1, offset 0, flags [none], proto IGMP (2), length 51)
    192.0.2.1 > 224.0.0.22: igmp query v3 [invalid len 31] bad igmp cksum 40a0!",
                        "IP (tos 0x0, ttl 1, id 1, offset 0, flags [none], proto IGMP (2), length 32)
    192.0.2.1 > 224.0.0.22: igmp-148 bad igmp cksum 0!",
                        "IP truncated-ip - 40 bytes missing! (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto IGMP (2), length 60, options ( [|ip]",
                        "IP (tos 0x0, ttl 1, id 1, offset 0, flags [none], proto IGMP (2), length 24)
    192.0.2.1 > 224.0.0.22: igmp query v2 [max resp time 197] [|igmp]",
                        "IP truncated-ip - 7 bytes missing! (tos 0x0, ttl 1, id 1, offset 0, flags [none], proto IGMP (2), length 28)
    192.0.2.1 > 224.0.0.22: igmp query [|igmp]",
                        "IP truncated-ip - 6 bytes missing! (tos 0x0, ttl 1, id 1, offset 0, flags [none], proto IGMP (2), length 26)
    192.0.2.1 > 224.0.0.22:  [|igmp]",
                        "IP (tos 0x0, ttl 1, id 1, offset 0, flags [none], proto IGMP (2), length 25)
    192.0.2.1 > 224.0.0.22: igmp query v2 [|igmp]",
                        "IP (tos 0x0, ttl 1, id 1, offset 0, flags [none], proto IGMP (2), length 36)
    192.0.2.1 > 224.0.0.22: igmp v3 report, 54714 group record(s) [gaddr 99.57.45.72  [v3-report-#14] [invalid number of sources 26205] bad igmp cksum 62e1!",
                        "IP (tos 0x0, ttl 1, id 1, offset 0, flags [none], proto IGMP (2), length 48)
    192.0.2.1 > 224.0.0.22: igmp v3 report, 44608 group record(s) [gaddr 67.139.17.219  [v3-report-#112] [invalid number of sources 47901] bad igmp cksum 76f8!",
                        "IP truncated-ip - 7 bytes missing! (tos 0x0, ttl 1, id 1, offset 0, flags [none], proto IGMP (2), length 46)
    192.0.2.1 > 224.0.0.22: igmp-148",
                    ],
                ),
            ],
        );
    }

    /// IGMP report length notes (v1 only) and mtrace/mresp queries.
    #[test]
    fn igmp_reports_and_mtrace() {
        golden(
            numeric(0),
            &[
                (
                    "02000000000202000000000108004500001c0001000040027cdd7f0000017f00000112000000e0000001",
                    "IP 127.0.0.1 > 127.0.0.1: igmp v1 report 224.0.0.1",
                ),
                (
                    "0200000000020200000000010800450000200001000040027cd97f0000017f00000112000000e000000100000000",
                    "IP 127.0.0.1 > 127.0.0.1: igmp v1 report 224.0.0.1 [len 12]",
                ),
                (
                    "02000000000202000000000108004500001c0001000040027cdd7f0000017f00000116000000e0000001",
                    "IP 127.0.0.1 > 127.0.0.1: igmp v2 report 224.0.0.1",
                ),
                (
                    "0200000000020200000000010800450000200001000040027cd97f0000017f00000116000000e000000100000000",
                    "IP 127.0.0.1 > 127.0.0.1: igmp v2 report 224.0.0.1",
                ),
                (
                    "0200000000020200000000010800450000200001000040027cd97f0000017f0000011e000000e000000100000000",
                    "IP 127.0.0.1 > 127.0.0.1:  [invalid len 12]",
                ),
                (
                    "0200000000020200000000010800450000300001000040027cc97f0000017f0000011e000000e00000010000000000000000000000000000000000000000",
                    "IP 127.0.0.1 > 127.0.0.1: mresp 0: 0.0.0.0 to 0.0.0.0 reply-to 0.0.0.0",
                ),
                (
                    "0200000000020200000000010800450000200001000040027cd97f0000017f0000011f000000e000000100000000",
                    "IP 127.0.0.1 > 127.0.0.1:  [invalid len 12]",
                ),
            ],
        );
    }

    /// Random payloads on the port or protocol, cut or whole, as
    /// tcpdump 4.99.3 -n printed them (from the shared random set).
    #[test]
    fn random_payloads_on_its_port() {
        golden(
            numeric(0),
            &[(
                "02000000000202000000000108004500004c000100004002f6a6c0000201c00002076dcbedc15282ff3c9ab188ecdfdd1bea4965c6351197ec4774be7d56ff9815b2050c9015a221dc68316ce2a9a8969404051fcc523734aaa3",
                "IP 192.0.2.1 > 192.0.2.7: igmp-109",
            )],
        );
    }
}
