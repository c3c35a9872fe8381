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
        c.s_dec(" [length ", length as u64);
        c.s(" < 28]");
        c.invalid();
        return Ok(());
    }
    if b.len() < V4_HEADER {
        return Err(Trunc);
    }
    let version = be32(b, 0)?;
    if version != 5 {
        c.version_not_supported("sFlow ", version);
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
    c.s_dec(", agent-id ", agent_id);
    if c.o.verbose > 0 {
        c.s_dec(", seqnum ", seqnum);
        c.s_dec(", uptime ", uptime);
        c.s_dec(", samples ", nsamples);
    }
    c.s_dec(", length ", length as u64);
    if c.o.verbose == 0 {
        return Ok(());
    }
    if length < header {
        c.s_dec(" [tlen ", length as u64);
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
        c.s_dec(" (", typ);
        c.s_dec("), length ", len as u64);
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
        c.s_dec("\n\t    enterprise ", enterprise);
        c.s(if flow { " " } else { ", " });
        let table = if flow { FLOW_NAMES } else { COUNTER_NAMES };
        c.s(if enterprise == 0 {
            name(table, typ)
        } else {
            "Unknown"
        });
        c.s_dec(" (", typ);
        c.s_dec(") length ", len as u64);
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
            c.s_dec(" (", protocol);
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
