//! sFlow v5 (print-sflow.c): the datagram header, and with -v every
//! sample with its flow and counter records.

use super::ctx::{Ctx, Res, Trunc, be32, bytes};
use super::hexdump;

/// One number of a fixed-layout structure: the text before it, its offset
/// in the structure and its width in bytes (1, 3, 4 or 8).
type Field = (&'static str, usize, usize);

/// tcpdump reads every argument of an ND_PRINT before printing any, so a
/// line whose last number was not captured is not printed at all.
fn line(c: &mut Ctx, b: &[u8], at: usize, fields: &[Field]) -> Res {
    let mut values = [0u64; 10];
    for (value, &(_, off, width)) in values.iter_mut().zip(fields) {
        let raw = bytes(b, at.saturating_add(off), width)?;
        *value = raw.iter().fold(0, |v, &x| v << 8 | u64::from(x));
    }
    for (value, &(label, _, _)) in values.iter().zip(fields) {
        c.s(label);
        c.dec(*value);
    }
    Ok(())
}

fn lines(c: &mut Ctx, b: &[u8], at: usize, all: &[&[Field]]) -> Res {
    for fields in all {
        line(c, b, at, fields)?;
    }
    Ok(())
}

fn name(table: &[(u32, &'static str)], v: u32) -> &'static str {
    table
        .iter()
        .find(|&&(k, _)| k == v)
        .map_or("Unknown", |&(_, n)| n)
}

/// sflow_print.
pub(crate) fn sflow(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "sflow";
    let agent_type = be32(b, 4)?;
    if (length < V4_HEADER && agent_type == 1) || (length < V6_HEADER && agent_type == 2) {
        c.s("sFlowv");
        c.dec(be32(b, 0)?);
        c.s(" [length ");
        c.dec(length as u64);
        c.s(" < 28]");
        c.invalid();
        return Ok(());
    }
    if b.len() < V4_HEADER {
        return Err(Trunc);
    }
    let version = be32(b, 0)?;
    if version != 5 {
        c.s("sFlow version ");
        c.dec(version);
        c.s(" packet not supported");
        return Ok(());
    }
    // Any agent type but 1 is read as IPv6, as tcpdump does.
    let (addr_len, header) = if agent_type == 1 {
        (4, V4_HEADER)
    } else {
        (16, V6_HEADER)
    };
    let after_addr = 8 + addr_len;
    let agent_id = be32(b, after_addr)?;
    let (seqnum, uptime, nsamples) = if c.o.verbose > 0 {
        (
            be32(b, after_addr + 4)?,
            be32(b, after_addr + 8)?,
            be32(b, after_addr + 12)?,
        )
    } else {
        (0, 0, 0)
    };
    c.s("sFlowv5, ");
    if agent_type == 1 {
        c.s("IPv4 agent ");
        c.ip4(&b[8..12]);
    } else {
        c.s("IPv6 agent ");
        c.ip6(&b[8..24]);
    }
    c.s(", agent-id ");
    c.dec(agent_id);
    if c.o.verbose > 0 {
        c.s(", seqnum ");
        c.dec(seqnum);
        c.s(", uptime ");
        c.dec(uptime);
        c.s(", samples ");
        c.dec(nsamples);
    }
    c.s(", length ");
    c.dec(length as u64);
    if c.o.verbose == 0 {
        return Ok(());
    }
    if length < header {
        c.s(" [tlen ");
        c.dec(length as u64);
        c.s(" < 40]");
        return invalid(c, b, 0, length);
    }
    samples(c, b, header, length - header, nsamples)
}

const V4_HEADER: usize = 28;
const V6_HEADER: usize = 40;

/// tcpdump's `invalid:` exit: the mark, then truncation when the rest of
/// the datagram was not captured.
fn invalid(c: &mut Ctx, b: &[u8], at: usize, rest: usize) -> Res {
    c.invalid();
    if at.saturating_add(rest) > b.len() {
        return Err(Trunc);
    }
    Ok(())
}

/// The samples after the header. `rest` counts the datagram's bytes from
/// `at` on; as in tcpdump, a sample's printer is given all of them rather
/// than the sample's own length.
fn samples(c: &mut Ctx, b: &[u8], mut at: usize, mut rest: usize, mut nsamples: u32) -> Res {
    while nsamples > 0 && rest > 0 {
        let typ = be32(b, at)? & 0x0fff;
        let len = be32(b, at + 4)? as usize;
        if rest < 8 {
            return invalid(c, b, at, rest);
        }
        at += 8;
        rest -= 8;
        c.s("\n\t");
        c.s(name(SAMPLE_NAMES, typ));
        c.s(" (");
        c.dec(typ);
        c.s("), length ");
        c.dec(len as u64);
        c.s(",");
        if typ == 0 || len == 0 {
            return Ok(());
        }
        if rest < len {
            return invalid(c, b, at, rest);
        }
        if at.saturating_add(len) > b.len() {
            return Err(Trunc);
        }
        let ok = match SAMPLES.iter().find(|s| s.typ == typ) {
            Some(s) => sample(c, b, at, rest, s)?,
            None => {
                if c.o.verbose <= 1 {
                    hexdump::unknown_data(c.out, b, at, "\n\t    ", len);
                }
                true
            }
        };
        if !ok {
            return invalid(c, b, at, rest);
        }
        at += len;
        rest -= len;
        nsamples -= 1;
    }
    Ok(())
}

const SAMPLE_NAMES: &[(u32, &str)] = &[
    (1, "flow sample"),
    (2, "counter sample"),
    (3, "expanded flow sample"),
    (4, "expanded counter sample"),
];

/// A sample's fixed part: its size, what it prints, where its record count
/// is, and whether its records are flow or counter records.
struct Sample {
    typ: u32,
    size: usize,
    fields: &'static [Field],
    records_at: usize,
    flow: bool,
}

const SAMPLES: &[Sample] = &[
    Sample {
        typ: 1,
        size: 32,
        fields: &[
            (" seqnum ", 0, 4),
            (", type ", 4, 1),
            (", idx ", 5, 3),
            (", rate ", 8, 4),
            (", pool ", 12, 4),
            (", drops ", 16, 4),
            (", input ", 20, 4),
            (" output ", 24, 4),
            (" records ", 28, 4),
        ],
        records_at: 28,
        flow: true,
    },
    Sample {
        typ: 2,
        size: 12,
        fields: &[
            (" seqnum ", 0, 4),
            (", type ", 4, 1),
            (", idx ", 5, 3),
            (", records ", 8, 4),
        ],
        records_at: 8,
        flow: false,
    },
    Sample {
        typ: 3,
        size: 44,
        fields: &[
            (" seqnum ", 0, 4),
            (", type ", 4, 4),
            (", idx ", 8, 4),
            (", rate ", 12, 4),
            (", pool ", 16, 4),
            (", drops ", 20, 4),
            (", records ", 40, 4),
        ],
        records_at: 40,
        flow: true,
    },
    Sample {
        typ: 4,
        size: 16,
        fields: &[
            (" seqnum ", 0, 4),
            (", type ", 4, 4),
            (", idx ", 8, 4),
            (", records ", 12, 4),
        ],
        records_at: 12,
        flow: false,
    },
];

/// One sample; false when tcpdump finds it invalid.
fn sample(c: &mut Ctx, b: &[u8], at: usize, rest: usize, s: &Sample) -> Res<bool> {
    if rest < s.size {
        return Ok(false);
    }
    let nrecords = be32(b, at + s.records_at)?;
    line(c, b, at, s.fields)?;
    records(c, b, at + s.size, rest - s.size, nrecords, s.flow)
}

/// Flow or counter records. Flow records take the enterprise from bit 12
/// and counter records from bit 20, as tcpdump does.
fn records(
    c: &mut Ctx,
    b: &[u8],
    mut at: usize,
    mut rest: usize,
    mut n: u32,
    flow: bool,
) -> Res<bool> {
    while n > 0 {
        if rest < 8 {
            return Ok(false);
        }
        let format = be32(b, at)?;
        let typ = format & 0x0fff;
        let enterprise = format >> if flow { 12 } else { 20 };
        let len = be32(b, at + 4)? as usize;
        c.s("\n\t    enterprise ");
        c.dec(enterprise);
        c.s(if flow { " " } else { ", " });
        let table = if flow { FLOW_NAMES } else { COUNTER_NAMES };
        c.s(if enterprise == 0 {
            name(table, typ)
        } else {
            "Unknown"
        });
        c.s(" (");
        c.dec(typ);
        c.s(") length ");
        c.dec(len as u64);
        at += 8;
        rest -= 8;
        if rest < len {
            return Ok(false);
        }
        if enterprise == 0 {
            let known = if flow {
                flow_record(c, b, at, rest, typ)?
            } else {
                counter_record(c, b, at, rest, typ)?
            };
            match known {
                Some(false) => return Ok(false),
                Some(true) => {}
                None => {
                    if c.o.verbose <= 1 {
                        hexdump::unknown_data(c.out, b, at, "\n\t\t", len);
                    }
                }
            }
        }
        at += len;
        rest -= len;
        n -= 1;
    }
    Ok(true)
}

const FLOW_NAMES: &[(u32, &str)] = &[
    (1, "Raw packet"),
    (2, "Ethernet frame"),
    (3, "IPv4 Data"),
    (4, "IPv6 Data"),
    (1001, "Extended Switch data"),
    (1002, "Extended Router data"),
    (1003, "Extended Gateway data"),
    (1004, "Extended User data"),
    (1005, "Extended URL data"),
    (1006, "Extended MPLS data"),
    (1007, "Extended NAT data"),
    (1008, "Extended MPLS tunnel"),
    (1009, "Extended MPLS VC"),
    (1010, "Extended MPLS FEC"),
    (1011, "Extended MPLS LVP FEC"),
    (1012, "Extended VLAN Tunnel"),
];

const COUNTER_NAMES: &[(u32, &str)] = &[
    (1, "Generic counter"),
    (2, "Ethernet counter"),
    (3, "Token ring counter"),
    (4, "100 BaseVG counter"),
    (5, "Vlan counter"),
    (1001, "Processor counter"),
];

const IN: &str = "\n\t      ";

/// A flow record: Some(false) when too short, Some(true) when printed (or
/// known and silent), None when unknown and to be dumped.
fn flow_record(c: &mut Ctx, b: &[u8], at: usize, rest: usize, typ: u32) -> Res<Option<bool>> {
    let (size, fields): (usize, &[Field]) = match typ {
        1 => {
            if rest < 16 {
                return Ok(Some(false));
            }
            // All four numbers are read before any is printed.
            bytes(b, at, 16)?;
            let protocol = be32(b, at)?;
            c.s(IN);
            c.s("protocol ");
            c.s(name(RAW_PROTOCOLS, protocol));
            c.s(" (");
            c.dec(protocol);
            c.s(")");
            line(
                c,
                b,
                at,
                &[
                    (", length ", 4, 4),
                    (", stripped bytes ", 8, 4),
                    (", header_size ", 12, 4),
                ],
            )?;
            return Ok(Some(true));
        }
        2 => (24, &[("\n\t      frame len ", 0, 4), (", type ", 20, 4)]),
        1001 => (
            16,
            &[
                ("\n\t      src vlan ", 0, 4),
                (", src pri ", 4, 4),
                (", dst vlan ", 8, 4),
                (", dst pri ", 12, 4),
            ],
        ),
        3..=4 | 1002..=1012 => return Ok(Some(true)),
        _ => return Ok(None),
    };
    if rest < size {
        return Ok(Some(false));
    }
    line(c, b, at, fields)?;
    Ok(Some(true))
}

const RAW_PROTOCOLS: &[(u32, &str)] = &[(1, "Ethernet"), (11, "IPv4"), (12, "IPv6")];

/// A counter record, answering as flow_record does.
fn counter_record(c: &mut Ctx, b: &[u8], at: usize, rest: usize, typ: u32) -> Res<Option<bool>> {
    let (size, all): (usize, &[&[Field]]) = match typ {
        1 => (88, GENERIC),
        2 => (52, ETHERNET),
        3 => return Ok(Some(true)),
        4 => (80, BASEVG),
        5 => (
            28,
            &[&[
                ("\n\t      vlan_id ", 0, 4),
                (", octets ", 4, 8),
                (", unicast_pkt ", 12, 4),
                (", multicast_pkt ", 16, 4),
                (", broadcast_pkt ", 20, 4),
                (", discards ", 24, 4),
            ]],
        ),
        // tcpdump labels the free memory "total_mem" too.
        1001 => (
            28,
            &[&[
                ("\n\t      5sec ", 0, 4),
                (", 1min ", 4, 4),
                (", 5min ", 8, 4),
                (", total_mem ", 12, 8),
                (", total_mem ", 20, 8),
            ]],
        ),
        _ => return Ok(None),
    };
    if rest < size {
        return Ok(Some(false));
    }
    if typ == 1 {
        generic_head(c, b, at)?;
    }
    lines(c, b, at, all)?;
    Ok(Some(true))
}

/// The interface directions of a generic counter.
const IF_DIRECTIONS: &[(u32, &str)] = &[
    (0, "unknown"),
    (1, "full-duplex"),
    (2, "half-duplex"),
    (3, "in"),
    (4, "out"),
];

/// The generic counter's first two lines, which name the direction and
/// the admin and oper status bits.
fn generic_head(c: &mut Ctx, b: &[u8], at: usize) -> Res {
    bytes(b, at, 20)?;
    let direction = be32(b, at + 16)?;
    line(
        c,
        b,
        at,
        &[
            ("\n\t      ifindex ", 0, 4),
            (", iftype ", 4, 4),
            (", ifspeed ", 8, 8),
            (", ifdirection ", 16, 4),
        ],
    )?;
    c.s(" (");
    c.tok(IF_DIRECTIONS, direction, "Unknown");
    c.s(")");
    let status = be32(b, at + 20)?;
    line(c, b, at, &[("\n\t      ifstatus ", 20, 4)])?;
    c.s(", adminstatus: ");
    c.s(if status & 1 != 0 { "up" } else { "down" });
    c.s(", operstatus: ");
    c.s(if status >> 1 & 1 != 0 { "up" } else { "down" });
    Ok(())
}

const GENERIC: &[&[Field]] = &[
    &[
        ("\n\t      In octets ", 24, 8),
        (", unicast pkts ", 32, 4),
        (", multicast pkts ", 36, 4),
        (", broadcast pkts ", 40, 4),
        (", discards ", 44, 4),
    ],
    &[
        ("\n\t      In errors ", 48, 4),
        (", unknown protos ", 52, 4),
    ],
    &[
        ("\n\t      Out octets ", 56, 8),
        (", unicast pkts ", 64, 4),
        (", multicast pkts ", 68, 4),
        (", broadcast pkts ", 72, 4),
        (", discards ", 76, 4),
    ],
    &[("\n\t      Out errors ", 80, 4), (", promisc mode ", 84, 4)],
];

const ETHERNET: &[&[Field]] = &[
    &[
        ("\n\t      align errors ", 0, 4),
        (", fcs errors ", 4, 4),
        (", single collision ", 8, 4),
        (", multiple collision ", 12, 4),
        (", test error ", 16, 4),
    ],
    &[
        ("\n\t      deferred ", 20, 4),
        (", late collision ", 24, 4),
        (", excessive collision ", 28, 4),
        (", mac trans error ", 32, 4),
    ],
    &[
        ("\n\t      carrier error ", 36, 4),
        (", frames too long ", 40, 4),
        (", mac receive errors ", 44, 4),
        (", symbol errors ", 48, 4),
    ],
];

const BASEVG: &[&[Field]] = &[
    &[
        ("\n\t      in high prio frames ", 0, 4),
        (", in high prio octets ", 4, 8),
    ],
    &[
        ("\n\t      in norm prio frames ", 12, 4),
        (", in norm prio octets ", 16, 8),
    ],
    &[
        ("\n\t      in ipm errors ", 24, 4),
        (", oversized ", 28, 4),
        (", in data errors ", 32, 4),
        (", null addressed frames ", 36, 4),
    ],
    &[
        ("\n\t      out high prio frames ", 40, 4),
        (", out high prio octets ", 44, 8),
        (", trans into frames ", 52, 4),
    ],
    &[
        ("\n\t      in hc high prio octets ", 56, 8),
        (", in hc norm prio octets ", 64, 8),
        (", out hc high prio octets ", 72, 8),
    ],
];

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, golden_link, numeric};
    use crate::link::LinkType;

    const COUNTERS: &str = "02000000000202000000000108004500022c000100004011f4b7c0000201c00002079c4018c70218000000000005000000010a0000010000000700000064000007d00000000200000002000001480000002a000000050000000500000001000000580000000300000006000000003b9aca000000000100000003000000000000303900000001000000020000000300000004000000050000000600000000000109320000000700000008000000090000000a0000000b0000000c00000002000000340000000100000002000000030000000400000005000000060000000700000008000000090000000a0000000b0000000c0000000d000000050000001c0000000a00000000000003e700000001000000020000000300000004000003e90000001c000000050000000a0000000f0000000200000000000000010000000000000004000000500000000100000000000000020000000300000000000000040000000500000006000000070000000800000009000000000000000a0000000b000000000000000c000000000000000d000000000000000e000000010000009c0000002b0000000300000200000003e800000000000000030000000400000005000000010000002000000001000000800000000400000010000000000000000000000000000000000000000200000018000000400000000000000000000000000000000000000800000003e9000000100000000a000000010000001400000002000000030000000800000001000000020000004d00000004deadbeef";
    const EXPANDED: &str = "0200000000020200000000010800450000e0000100004011f603c0000201c00002079c4018c700cc000000000005000000020102030405060708090a0b0c0d0e0f100000000700000064000007d00000000300000003000000500000002c00000000000000070000010000000063000000010000000000000003000000000000000400000002000003e9000000100000000a00000001000000140000000200001005000000040000000100000004000000280000002d000000000000000800000002000000030000000000100001000000080000000100000002000000090000000c000000010000000200000003";
    const TOO_SHORT: &str = "020000000002020000000001080045000044000100004011f69fc0000201c00002079c4018c70030000000000005000000010a0000010000000700000064000007d000000001000000010000000400000001";

    /// Every sample and record type at -v, whole and cut (expected text
    /// from tcpdump 4.99.3 on the same frames).
    #[test]
    fn samples_and_records() {
        golden_link(
            LinkType::Ethernet,
            numeric(1),
            &[
                (
                    COUNTERS,
                    0,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 556)\n    192.0.2.1.40000 > 192.0.2.7.6343: sFlowv5, IPv4 agent 10.0.0.1, agent-id 7, seqnum 100, uptime 2000, samples 2, length 528\n\tcounter sample (2), length 328, seqnum 42, type 0, idx 5, records 5\n\t    enterprise 0, Generic counter (1) length 88\n\t      ifindex 3, iftype 6, ifspeed 1000000000, ifdirection 1 (full-duplex)\n\t      ifstatus 3, adminstatus: up, operstatus: up\n\t      In octets 12345, unicast pkts 1, multicast pkts 2, broadcast pkts 3, discards 4\n\t      In errors 5, unknown protos 6\n\t      Out octets 67890, unicast pkts 7, multicast pkts 8, broadcast pkts 9, discards 10\n\t      Out errors 11, promisc mode 12\n\t    enterprise 0, Ethernet counter (2) length 52\n\t      align errors 1, fcs errors 2, single collision 3, multiple collision 4, test error 5\n\t      deferred 6, late collision 7, excessive collision 8, mac trans error 9\n\t      carrier error 10, frames too long 11, mac receive errors 12, symbol errors 13\n\t    enterprise 0, Vlan counter (5) length 28\n\t      vlan_id 10, octets 999, unicast_pkt 1, multicast_pkt 2, broadcast_pkt 3, discards 4\n\t    enterprise 0, Processor counter (1001) length 28\n\t      5sec 5, 1min 10, 5min 15, total_mem 8589934592, total_mem 4294967296\n\t    enterprise 0, 100 BaseVG counter (4) length 80\n\t      in high prio frames 1, in high prio octets 2\n\t      in norm prio frames 3, in norm prio octets 4\n\t      in ipm errors 5, oversized 6, in data errors 7, null addressed frames 8\n\t      out high prio frames 9, out high prio octets 10, trans into frames 11\n\t      in hc high prio octets 12, in hc norm prio octets 13, out hc high prio octets 14\n\tflow sample (1), length 156, seqnum 43, type 0, idx 3, rate 512, pool 1000, drops 0, input 3 output 4 records 5\n\t    enterprise 0 Raw packet (1) length 32\n\t      protocol Ethernet (1), length 128, stripped bytes 4, header_size 16\n\t    enterprise 0 Ethernet frame (2) length 24\n\t      frame len 64, type 2048\n\t    enterprise 0 Extended Switch data (1001) length 16\n\t      src vlan 10, src pri 1, dst vlan 20, dst pri 2\n\t    enterprise 0 IPv4 Data (3) length 8\n\t    enterprise 0 Unknown (77) length 4\n\t\t0x0000:  dead beef",
                ),
                (
                    EXPANDED,
                    0,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 224)\n    192.0.2.1.40000 > 192.0.2.7.6343: sFlowv5, IPv6 agent 102:304:506:708:90a:b0c:d0e:f10, agent-id 7, seqnum 100, uptime 2000, samples 3, length 196\n\texpanded flow sample (3), length 80, seqnum 44, type 0, idx 7, rate 256, pool 99, drops 1, records 2\n\t    enterprise 0 Extended Switch data (1001) length 16\n\t      src vlan 10, src pri 1, dst vlan 20, dst pri 2\n\t    enterprise 1 Unknown (5) length 4\n\texpanded counter sample (4), length 40, seqnum 45, type 0, idx 8, records 2\n\t    enterprise 0, Token ring counter (3) length 0\n\t    enterprise 1, Unknown (1) length 8\n\tUnknown (9), length 12,\n\t    0x0000:  0000 0001 0000 0002 0000 0003",
                ),
                (
                    EXPANDED,
                    100,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 224)\n    192.0.2.1.40000 > 192.0.2.7.6343: sFlowv5, IPv6 agent 102:304:506:708:90a:b0c:d0e:f10, agent-id 7, seqnum 100, uptime 2000, samples 3, length 196\n\texpanded flow sample (3), length 80, [|sflow]",
                ),
                (
                    EXPANDED,
                    200,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 224)\n    192.0.2.1.40000 > 192.0.2.7.6343: sFlowv5, IPv6 agent 102:304:506:708:90a:b0c:d0e:f10, agent-id 7, seqnum 100, uptime 2000, samples 3, length 196\n\texpanded flow sample (3), length 80, seqnum 44, type 0, idx 7, rate 256, pool 99, drops 1, records 2\n\t    enterprise 0 Extended Switch data (1001) length 16\n\t      src vlan 10, src pri 1, dst vlan 20, dst pri 2\n\t    enterprise 1 Unknown (5) length 4\n\texpanded counter sample (4), length 40, [|sflow]",
                ),
                (
                    TOO_SHORT,
                    0,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 68)\n    192.0.2.1.40000 > 192.0.2.7.6343: sFlowv5, IPv4 agent 10.0.0.1, agent-id 7, seqnum 100, uptime 2000, samples 1, length 40\n\tflow sample (1), length 4, (invalid)",
                ),
                (
                    COUNTERS,
                    300,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 556)\n    192.0.2.1.40000 > 192.0.2.7.6343: sFlowv5, IPv4 agent 10.0.0.1, agent-id 7, seqnum 100, uptime 2000, samples 2, length 528\n\tcounter sample (2), length 328, [|sflow]",
                ),
            ],
        );
    }

    /// -vv leaves unknown records and samples undumped.
    #[test]
    fn very_verbose_skips_dumps() {
        golden_link(
            LinkType::Ethernet,
            numeric(2),
            &[(
                EXPANDED,
                0,
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 224)\n    192.0.2.1.40000 > 192.0.2.7.6343: [no cksum] sFlowv5, IPv6 agent 102:304:506:708:90a:b0c:d0e:f10, agent-id 7, seqnum 100, uptime 2000, samples 3, length 196\n\texpanded flow sample (3), length 80, seqnum 44, type 0, idx 7, rate 256, pool 99, drops 1, records 2\n\t    enterprise 0 Extended Switch data (1001) length 16\n\t      src vlan 10, src pri 1, dst vlan 20, dst pri 2\n\t    enterprise 1 Unknown (5) length 4\n\texpanded counter sample (4), length 40, seqnum 45, type 0, idx 8, records 2\n\t    enterprise 0, Token ring counter (3) length 0\n\t    enterprise 1, Unknown (1) length 8\n\tUnknown (9), length 12,",
            )],
        );
    }

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
