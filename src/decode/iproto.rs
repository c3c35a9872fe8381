//! Other IP protocols with one-line summaries: SCTP chunks, IGMP, PIM,
//! OSPF headers, AH and ESP.

use super::ip::Net;
use super::out::Emit;
use super::{Ctx, Res, Trunc, be16, be32, bytes, in_cksum, u8at};

fn chunk_name(id: u8) -> Option<&'static str> {
    Some(match id {
        0 => "DATA",
        1 => "INIT",
        2 => "INIT ACK",
        3 => "SACK",
        4 => "HB REQ",
        5 => "HB ACK",
        6 => "ABORT",
        7 => "SHUTDOWN",
        8 => "SHUTDOWN ACK",
        9 => "OP ERR",
        10 => "COOKIE ECHO",
        11 => "COOKIE ACK",
        12 => "ECN ECHO",
        13 => "ECN CWR",
        14 => "SHUTDOWN COMPLETE",
        0xc0 => "FOR CUM TSN",
        0xc1 => "REL CTRL",
        0xc2 => "REL CTRL ACK",
        _ => return None,
    })
}

/// sctp_print: ports, then "(N) [CHUNK] ..." per chunk.
pub(crate) fn sctp(c: &mut Ctx, b: &[u8], length: usize, net: &Net) -> Res {
    c.proto = "sctp";
    if length < 12 {
        c.s("truncated-sctp - ");
        c.dec((12 - length) as u64);
        c.s(" bytes missing!");
        return Ok(());
    }
    if b.len() < 12 {
        c.trunc();
        return Ok(());
    }
    let sport = be16(b, 0)?;
    let dport = be16(b, 2)?;
    net.addr(c, true);
    c.s(".");
    c.dec(sport);
    c.s(" > ");
    net.addr(c, false);
    c.s(".");
    c.dec(dport);
    c.s(": sctp");
    let mut p = 12;
    let mut remaining = length - 12;
    let mut sep = if c.o.verbose >= 2 { "\n\t" } else { " (" };
    let mut count = 0u64;
    while remaining != 0 {
        count += 1;
        if remaining < 4 {
            c.s(sep);
            c.dec(count);
            c.s(") [chunk descriptor cut off at end of packet]");
            return Ok(());
        }
        if b.len() < p + 4 {
            c.trunc();
            return Ok(());
        }
        let id = b[p];
        let clen = usize::from(be16(b, p + 2)?);
        if clen < 4 {
            c.s(sep);
            c.dec(count);
            c.s(") [Bad chunk length ");
            c.dec(clen as u64);
            c.s(", < size of chunk descriptor]");
            return Ok(());
        }
        let align = (4 - clen % 4) % 4;
        if remaining < align {
            c.s(sep);
            c.dec(count);
            c.s(") [Bad chunk length ");
            c.dec(clen as u64);
            c.s(", > remaining data in packet]");
            return Ok(());
        }
        if b.len() < p + clen {
            c.trunc();
            return Ok(());
        }
        remaining = remaining.saturating_sub(4);
        let mut chunk_left = clen - 4;
        p += 4;
        c.s(sep);
        c.dec(count);
        c.s(") [");
        match chunk_name(id) {
            Some(n) => c.s(n),
            None => {
                c.s("Unknown chunk type: 0x");
                c.out.hex(u64::from(id));
            }
        }
        c.s("] ");
        if id == 1 || id == 2 {
            if chunk_left < 16 {
                c.s("bogus chunk length ");
                c.dec(clen as u64);
                c.s("]");
                return Ok(());
            }
            c.s("[init tag: ");
            c.dec(be32(b, p)?);
            c.s("] [rwnd: ");
            c.dec(be32(b, p + 4)?);
            c.s("] [OS: ");
            c.dec(be16(b, p + 8)?);
            c.s("] [MIS: ");
            c.dec(be16(b, p + 10)?);
            c.s("] [init TSN: ");
            c.dec(be32(b, p + 12)?);
            c.s("] ");
            p += 16;
            remaining = remaining.saturating_sub(16);
            chunk_left -= 16;
        }
        if id == 0 || id == 3 {
            let flags = u8at(b, p - 3)?;
            let used = match sctp_chunk_detail(c, b, p, chunk_left, clen, id, flags)? {
                Some(n) => n,
                None => return Ok(()),
            };
            p += used;
            remaining = remaining.saturating_sub(used);
            chunk_left -= used;
        }
        if c.o.verbose < 2 {
            sep = ", (";
        }
        p += chunk_left;
        remaining = remaining.saturating_sub(chunk_left);
        if remaining < align {
            return Ok(());
        }
        p += align;
        remaining -= align;
    }
    Ok(())
}

/// The DATA and SACK parts tcpdump prints even without -v; the bytes
/// used, or None after a "bogus chunk length" (or ForCES) ends the line.
fn sctp_chunk_detail(
    c: &mut Ctx,
    b: &[u8],
    p: usize,
    left: usize,
    clen: usize,
    id: u8,
    flags: u8,
) -> Res<Option<usize>> {
    let bogus = |c: &mut Ctx| {
        c.s("bogus chunk length ");
        c.dec(clen as u64);
        c.s("]");
    };
    if id == 0 {
        if flags & 4 != 0 {
            c.s("(U)");
        }
        if flags & 2 != 0 {
            c.s("(B)");
        }
        if flags & 1 != 0 {
            c.s("(E)");
        }
        if flags & 7 != 0 {
            c.s(" ");
        }
        if left < 12 {
            bogus(c);
            return Ok(None);
        }
        let ppid = be32(b, p + 8)?;
        c.s("[TSN: ");
        c.dec(be32(b, p)?);
        c.s("] [SID: ");
        c.dec(be16(b, p + 4)?);
        c.s("] [SSEQ ");
        c.dec(be16(b, p + 6)?);
        c.s("] [PPID ");
        match payload_proto(ppid) {
            Some(n) => c.s(n),
            None => {
                c.s("0x");
                c.out.hex(u64::from(ppid));
            }
        }
        c.s("] ");
        if (21..=23).contains(&ppid) {
            // ForCES payloads are not decoded; tcpdump's printer would be.
            c.proto = "forces";
            c.trunc();
            return Ok(None);
        }
        let payload = left - 12;
        if payload == 0 {
            bogus(c);
            return Ok(None);
        }
        if c.o.verbose > 1 {
            c.s("[Payload");
            if c.o.hex == 0 && c.o.hex_ascii == 0 && !c.o.quiet {
                c.s(":");
                c.default_print_len(super::rest(b, p + 12), payload);
            }
            c.s("]");
        }
        return Ok(Some(12 + payload));
    }
    if left < 12 {
        bogus(c);
        return Ok(None);
    }
    let cum = be32(b, p)?;
    let gaps = be16(b, p + 8)?;
    let dups = be16(b, p + 10)?;
    c.s("[cum ack ");
    c.dec(cum);
    c.s("] [a_rwnd ");
    c.dec(be32(b, p + 4)?);
    c.s("] [#gap acks ");
    c.dec(gaps);
    c.s("] [#dup tsns ");
    c.dec(dups);
    c.s("] ");
    let mut used = 12;
    let mut n = 0;
    while left - used != 0 && n < gaps {
        if left - used < 4 {
            bogus(c);
            return Ok(None);
        }
        let start = be16(b, p + used)?;
        let end = be16(b, p + used + 2)?;
        n += 1;
        c.s("\n\t\t[gap ack block #");
        c.dec(n);
        c.s(": start = ");
        c.dec(cum.wrapping_add(u32::from(start)));
        c.s(", end = ");
        c.dec(cum.wrapping_add(u32::from(end)));
        c.s("] ");
        used += 4;
    }
    let mut n = 0;
    while left - used != 0 && n < dups {
        if left - used < 4 {
            bogus(c);
            return Ok(None);
        }
        n += 1;
        c.s("\n\t\t[dup TSN #");
        c.dec(n);
        c.s(": ");
        c.dec(be32(b, p + used)?);
        c.s("] ");
        used += 4;
    }
    Ok(Some(used))
}

/// tcpdump's PayloadProto_idents.
fn payload_proto(ppid: u32) -> Option<&'static str> {
    Some(match ppid {
        1 => "ISDN Q.921",
        2 => "M2UA",
        3 => "M3UA",
        4 => "SUA",
        5 => "M2PA",
        6 => "V5.2",
        7 => "H.248",
        8 => "BICC",
        9 => "TALI",
        10 => "DUA",
        11 => "ASAP",
        12 => "ENRP",
        13 => "H.323",
        14 => "Q.IPC",
        15 => "SIMCO",
        16 => "DDPSC",
        17 => "DDPSSC",
        18 => "S1AP",
        19 => "RUA",
        20 => "HNBAP",
        21 => "ForCES HP",
        22 => "ForCES MP",
        23 => "ForCES LP",
        24 => "SBc-AP",
        25 => "NBAP",
        27 => "X2AP",
        _ => return None,
    })
}

/// dccp_print through the packet type and acknowledgement number (the
/// -vv sequence number and options are not decoded).
pub(crate) fn dccp(c: &mut Ctx, b: &[u8], len: usize, net: &Net) -> Res {
    c.proto = "dccp";
    if b.len() < 12 {
        return Err(Trunc);
    }
    if len < 12 {
        c.s("truncated-dccp - ");
        c.dec((12 - len) as u64);
        c.s(" bytes missing!");
        return Ok(());
    }
    let x = b[8] & 1 != 0;
    let typ = (b[8] >> 1) & 0xf;
    let mut fixed = if x { 16 } else { 12 };
    if len < fixed {
        c.s("truncated-dccp - ");
        c.dec((fixed - len) as u64);
        c.s(" bytes missing!");
        return Ok(());
    }
    bytes(b, 0, fixed)?;
    let (sport, dport) = (be16(b, 0)?, be16(b, 2)?);
    let hlen = usize::from(b[4]) * 4;
    net.addr(c, true);
    c.s(".");
    c.dec(sport);
    c.s(" > ");
    net.addr(c, false);
    c.s(".");
    c.dec(dport);
    c.s(": DCCP");
    if c.o.quiet {
        c.s(" ");
        c.dec(len.wrapping_sub(hlen) as u32);
        if hlen > len {
            c.s(" [bad hdr length ");
            c.dec(hlen as u64);
            c.s(" - too long, > ");
            c.dec(len as u64);
            c.s("]");
        }
        return Ok(());
    }
    if c.o.verbose > 0 {
        c.s(" (CCVal ");
        c.dec(b[5] >> 4);
        c.s(", CsCov ");
        c.dec(b[5] & 0xf);
        if b.len() >= len {
            let field = be16(b, 6)?;
            c.s(", cksum 0x");
            c.out.hex0(u64::from(field), 4);
            c.s(" ");
            let cscov = usize::from(b[5] & 0xf);
            let cov = if cscov == 0 {
                len
            } else {
                ((usize::from(b[4]) + cscov - 1) * 4).min(len)
            };
            let sum = dccp_cksum(net, &b[..cov], len);
            if sum != 0 {
                c.s("(incorrect -> 0x");
                c.out.hex0(u64::from(super::cksum_shouldbe(field, sum)), 4);
                c.s(")");
            } else {
                c.s("(correct)");
            }
        }
        c.s(")");
    }
    c.s(" ");
    const NAMES: [&str; 10] = [
        "DCCP-Request",
        "DCCP-Response",
        "DCCP-Data",
        "DCCP-Ack",
        "DCCP-DataAck",
        "DCCP-CloseReq",
        "DCCP-Close",
        "DCCP-Reset",
        "DCCP-Sync",
        "DCCP-SyncAck",
    ];
    // What each type adds to the generic header (a Response carries an
    // acknowledgement before its service code).
    let extra = match typ {
        0 => 4,
        1 => 12,
        2 => 0,
        3..=6 | 8 | 9 => 8,
        7 => 12,
        _ => {
            c.s("unknown-type-");
            c.dec(typ);
            c.s(" ");
            0
        }
    };
    if typ <= 9 {
        let name = NAMES[usize::from(typ)];
        fixed += extra;
        if len < fixed {
            c.s("truncated-");
            c.s(name);
            c.s(" - ");
            c.dec((fixed - len) as u64);
            c.s(" bytes missing!");
            return Ok(());
        }
        c.s(name);
        if typ <= 1 {
            let service = be32(b, fixed - 4)?;
            c.s(" (service=");
            c.dec(service);
            c.s(")");
        } else if typ == 7 {
            const CODES: [&str; 12] = [
                "unspecified",
                "closed",
                "aborted",
                "no_connection",
                "packet_error",
                "option_error",
                "mandatory_error",
                "connection_refused",
                "bad_service_code",
                "too_busy",
                "bad_init_cookie",
                "aggression_penalty",
            ];
            let code = u8at(b, fixed - 4)?;
            c.s(" (code=");
            c.s(CODES.get(usize::from(code)).copied().unwrap_or("invalid"));
            c.s(")");
        }
        c.s(" ");
    }
    if typ != 2 && typ != 0 {
        let ackp = if x { 16 } else { 12 };
        let ack = if x {
            let a = bytes(b, ackp + 2, 6)?;
            a.iter().fold(0u64, |v, &d| v << 8 | u64::from(d))
        } else {
            let a = bytes(b, ackp + 1, 3)?;
            a.iter().fold(0u64, |v, &d| v << 8 | u64::from(d))
        };
        c.s("(ack=");
        c.dec(ack);
        c.s(") ");
    }
    Ok(())
}

/// The DCCP checksum over `covered` with a pseudo-header of `len`.
fn dccp_cksum(net: &Net, covered: &[u8], len: usize) -> u16 {
    if net.v6 {
        let mut ph = [0u8; 8];
        ph[0..4].copy_from_slice(&(len as u32).to_be_bytes());
        ph[7] = 33;
        in_cksum(&[net.src, net.cksum_dst, &ph, covered])
    } else {
        let mut ph = [0u8; 4];
        ph[1] = 33;
        ph[2..4].copy_from_slice(&(len as u16).to_be_bytes());
        in_cksum(&[net.src, net.cksum_dst, &ph, covered])
    }
}

/// ipcomp_print: the CPI; the compressed payload is not followed.
pub(crate) fn ipcomp(c: &mut Ctx, b: &[u8]) -> Res {
    c.proto = "ipcomp";
    let cpi = be16(b, 2)?;
    c.s("IPComp(cpi=0x");
    c.out.hex0(u64::from(cpi), 4);
    c.s(")");
    Ok(())
}

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
            dvmrp(c, b, length)?;
        }
        0x14 => c.s("igmp pimv1"),
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
        c.s(" [invalid len ");
        c.dec(len as u64);
        c.s("]");
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
            super::dns::relts(c, mrt / 10);
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
    if nsrcs > 0 {
        if len < 12 + (nsrcs << 2) {
            c.s(" [invalid number of sources]");
        } else if c.o.verbose > 1 {
            c.s(" {");
            for i in 0..nsrcs {
                c.s(" ");
                c.ip4(bytes(b, 12 + (i << 2), 4)?);
            }
            c.s(" }");
        } else {
            c.s(", ");
            c.dec(nsrcs as u64);
            c.s(" source(s)");
        }
    }
    c.s("]");
    Ok(())
}

/// print_igmpv3_report.
fn igmpv3_report(c: &mut Ctx, b: &[u8], len: usize) -> Res {
    if len < 16 || len & 3 != 0 {
        c.s(" [invalid len ");
        c.dec(len as u64);
        c.s("]");
        return Ok(());
    }
    let ngroups = be16(b, 6)?;
    c.s(", ");
    c.dec(ngroups);
    c.s(" group record(s)");
    if c.o.verbose == 0 {
        return Ok(());
    }
    let mut group = 8;
    for _ in 0..ngroups {
        if len < group + 8 {
            c.s(" [invalid number of groups]");
            return Ok(());
        }
        let g = bytes(b, group + 4, 4)?;
        c.s(" [gaddr ");
        c.ip4(g);
        let rtype = u8at(b, group)?;
        c.s(" ");
        match rtype {
            1 => c.s("is_in"),
            2 => c.s("is_ex"),
            3 => c.s("to_in"),
            4 => c.s("to_ex"),
            5 => c.s("allow"),
            6 => c.s("block"),
            _ => {
                c.s(" [v3-report-#");
                c.dec(rtype);
                c.s("]");
            }
        }
        let nsrcs = usize::from(be16(b, group + 2)?);
        if len < group + 8 + (nsrcs << 2) {
            c.s(" [invalid number of sources ");
            c.dec(nsrcs as u64);
            c.s("]");
            return Ok(());
        }
        if c.o.verbose == 1 {
            c.s(", ");
            c.dec(nsrcs as u64);
            c.s(" source(s)");
        } else {
            c.s(" {");
            for j in 0..nsrcs {
                c.s(" ");
                c.ip4(bytes(b, group + 8 + (j << 2), 4)?);
            }
            c.s(" }");
        }
        group += 8 + (nsrcs << 2);
        c.s("]");
    }
    Ok(())
}

/// vrrp_print, without the -v address list.
pub(crate) fn vrrp(c: &mut Ctx, b: &[u8], length: usize, ttl: u8) -> Res {
    c.proto = "vrrp";
    let Some(&first) = b.first() else {
        c.s("VRRP");
        return Err(Trunc);
    };
    let (version, typ) = (first >> 4, first & 0xf);
    c.s("VRRPv");
    c.dec(version);
    c.s(", ");
    if typ == 1 {
        c.s("Advertisement");
    } else {
        c.s("unknown type (");
        c.dec(typ);
        c.s(")");
    }
    if ttl != 255 {
        c.s(", (ttl ");
        c.dec(ttl);
        c.s(")");
    }
    if !(2..=3).contains(&version) || typ != 1 {
        return Ok(());
    }
    let (vrid, prio) = (u8at(b, 1)?, u8at(b, 2)?);
    c.s(", vrid ");
    c.dec(vrid);
    c.s(", prio ");
    c.dec(prio);
    if version == 2 {
        let auth = u8at(b, 4)?;
        c.s(", authtype ");
        match auth {
            0 => c.s("none"),
            1 => c.s("simple"),
            2 => c.s("ah"),
            _ => {
                c.s("#");
                c.dec(auth);
            }
        }
        let intvl = u8at(b, 5)?;
        c.s(", intvl ");
        c.dec(intvl);
        c.s("s, length ");
    } else {
        let intvl = u32::from(u8at(b, 4)? & 0x0f) << 8 | u32::from(u8at(b, 5)?);
        c.s(", intvl ");
        c.dec(intvl);
        c.s("cs, length ");
    }
    c.dec(length as u64);
    Ok(())
}

/// print_mtrace: query id, source, destination and where replies go.
fn mtrace(c: &mut Ctx, b: &[u8], len: usize, name: &str) -> Res {
    if len < 8 + 16 {
        c.s(" [invalid len ");
        c.dec(len as u64);
        c.s("]");
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

/// dvmrp_print for the messages with short bodies; neighbor lists and
/// -v probe and report details are not decoded.
fn dvmrp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
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
            super::dns::relts(c, timer);
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

/// rsvp_print without -v: the version check and the message type.
pub(crate) fn rsvp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "rsvp";
    bytes(b, 0, 8)?;
    let version = b[0] >> 4;
    if version != 1 {
        c.s("ERROR: RSVP version ");
        c.dec(version);
        c.s(" packet not supported");
        return Ok(());
    }
    c.s("RSVPv1 ");
    match b[1] {
        1 => c.s("Path"),
        2 => c.s("Resv"),
        3 => c.s("PathErr"),
        4 => c.s("ResvErr"),
        5 => c.s("PathTear"),
        6 => c.s("ResvTear"),
        7 => c.s("ResvConf"),
        12 => c.s("Bundle"),
        13 => c.s("Acknowledgement"),
        14 => c.s("Hello (Old)"),
        15 => c.s("Refresh"),
        20 => c.s("Hello"),
        t => {
            c.s("unknown (");
            c.dec(t);
            c.s(")");
        }
    }
    c.s(" Message, length: ");
    c.dec(length as u64);
    Ok(())
}

/// eigrp_print without -v: the version check and the opcode.
pub(crate) fn eigrp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "eigrp";
    bytes(b, 0, 20)?;
    if b[0] != 2 {
        c.s("EIGRP version ");
        c.dec(b[0]);
        c.s(" packet not supported");
        return Ok(());
    }
    c.s("EIGRP ");
    match b[1] {
        1 => c.s("Update"),
        3 => c.s("Query"),
        4 => c.s("Reply"),
        5 => c.s("Hello"),
        6 => c.s("IPX SAP"),
        7 => c.s("Probe"),
        t => {
            c.s("unknown (");
            c.dec(t);
            c.s(")");
        }
    }
    c.s(", length: ");
    c.dec(length as u64);
    Ok(())
}

/// pim_print, non-verbose.
pub(crate) fn pim(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "pim";
    let tv = u8at(b, 0)?;
    c.s("PIMv");
    c.dec(tv >> 4);
    if tv >> 4 == 2 {
        c.s(", ");
        c.s(match tv & 0xf {
            0 => "Hello",
            1 => "Register",
            2 => "Register Stop",
            3 => "Join / Prune",
            4 => "Bootstrap",
            5 => "Assert",
            6 => "Graft",
            7 => "Graft Acknowledgement",
            8 => "Candidate RP Advertisement",
            9 => "Prune Refresh",
            10 => "DF Election",
            11 => "ECMP Redirect",
            _ => "Unknown Type",
        });
    }
    c.s(", length ");
    c.dec(length as u64);
    Ok(())
}

/// ospf_print header line.
pub(crate) fn ospf(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "ospf2";
    // tcpdump reads the header up to the authentication type first.
    bytes(b, 0, 16)?;
    c.s("OSPFv");
    c.dec(b[0]);
    c.s(", ");
    match b[1] {
        1 => c.s("Hello"),
        2 => c.s("Database Description"),
        3 => c.s("LS-Request"),
        4 => c.s("LS-Update"),
        5 => c.s("LS-Ack"),
        t => {
            c.s("unknown LS-type ");
            c.dec(t);
        }
    }
    c.s(", length ");
    c.dec(length as u64);
    // tcpdump stops after the header for unknown types, and without -v.
    if c.o.verbose == 0 || !(1..=5).contains(&b[1]) {
        return Ok(());
    }
    let ospf_len = be16(b, 2)?;
    if length != usize::from(ospf_len) {
        c.s(" [len ");
        c.dec(ospf_len);
        c.s("]");
    }
    c.s("\n\tRouter-ID ");
    c.ip4(&b[4..8]);
    if b[8..12] == [0, 0, 0, 0] {
        c.s(", Backbone Area");
    } else {
        c.s(", Area ");
        c.ip4(&b[8..12]);
    }
    if b.len() < 24 {
        c.trunc();
        return Ok(());
    }
    let auth = be16(b, 14)?;
    c.s(", Authentication Type: ");
    c.s(match auth {
        0 => "none",
        1 => "simple",
        2 => "MD5",
        _ => "unknown",
    });
    c.s(" (");
    c.dec(auth);
    c.s(")");
    // The packet bodies (hello, database description, LSAs) are not
    // decoded.
    Ok(())
}

/// ah_print; Some(header length) when the payload follows.
pub(crate) fn ah(c: &mut Ctx, b: &[u8]) -> Res<Option<usize>> {
    c.proto = "ah";
    c.s("AH");
    let ah_len = u8at(b, 1)?;
    let sumlen = (usize::from(ah_len) + 2) << 2;
    c.s("(");
    if c.o.verbose > 0 {
        c.s("length=");
        c.dec(ah_len);
        c.s("(");
        c.dec(sumlen as u64);
        c.s("-bytes),");
    }
    let reserved = be16(b, 2)?;
    if reserved != 0 {
        c.s("reserved=0x");
        c.out.hex(u64::from(reserved));
        c.s("[MustBeZero],");
    }
    let spi = be32(b, 4)?;
    c.s("spi=0x");
    c.out.hex0(u64::from(spi), 8);
    c.s(",");
    let seq = be32(b, 8)?;
    c.s("seq=0x");
    c.out.hex(u64::from(seq));
    c.s(",icv=0x");
    let mut i = 12;
    while i < sumlen {
        c.out.hex0(u64::from(u8at(b, i)?), 2);
        i += 1;
    }
    c.s("): ");
    Ok(Some(sumlen))
}

/// esp_print without decryption.
pub(crate) fn esp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "esp";
    if b.len() <= 8 {
        c.trunc();
        return Ok(());
    }
    let (spi, seq) = (be32(b, 0)?, be32(b, 4)?);
    c.s("ESP(spi=0x");
    c.out.hex0(u64::from(spi), 8);
    c.s(",seq=0x");
    c.out.hex(u64::from(seq));
    c.s("), length ");
    c.dec(length as u64);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::tests::{golden, numeric};

    /// IGMPv3 queries and reports, whole, cut and random (expected text
    /// from tcpdump 4.99.3 on the same frames).
    #[test]
    fn igmp_v3() {
        golden(
            numeric(0),
            &[
                (
                    "01005e000016020000000001080046c0003400010000010281ebc0000201e0000016940400001114eeeb00000000118fda6d00000000000000020a0000000a000001",
                    "IP 192.0.2.1 > 224.0.0.22: igmp query v3 [max resp time 2.0s]",
                ),
                (
                    "01005e00001602000000000108004500002800010000010217bcc0000201e000001622abb229b2dc53f68ae792911ab6a736a2d4fc92",
                    "IP 192.0.2.1 > 224.0.0.22: igmp v3 report, 21494 group record(s)",
                ),
                (
                    "01005e00001602000000000108004500002b00010000010217b9c0000201e00000162296548de1ecfb47813cff094f01131b998908f232f868",
                    "IP 192.0.2.1 > 224.0.0.22: igmp v3 report [invalid len 23]",
                ),
                (
                    "01005e00001602000000000108004500003300010000010217b1c0000201e0000016115e40a0744c9799512d5d2f50c25ed898434cc9601ac5d006f891afbc214f",
                    "IP 192.0.2.1 > 224.0.0.22: igmp query v3 [invalid len 31]",
                ),
                (
                    "01005e00001602000000000108004500002000010000010217c4c0000201e00000169404000022a26a4a6b916809eb",
                    "IP 192.0.2.1 > 224.0.0.22: igmp-148",
                ),
                (
                    "01005e000016020000000001080046c0003c00010000010281e3c0000201e0000016",
                    "IP truncated-ip - 40 bytes missing! 192.0.2.1 > 224.0.0.22:  [remaining caplen(20) < header length(24)] [|ip]",
                ),
                (
                    "01005e00001602000000000108004500001800010000010217ccc0000201e000001611c5c1a9",
                    "IP 192.0.2.1 > 224.0.0.22: igmp query v2 [max resp time 197] [|igmp]",
                ),
                (
                    "01005e00001602000000000108004500001c00010000010217c8c0000201e000001611",
                    "IP truncated-ip - 7 bytes missing! 192.0.2.1 > 224.0.0.22: igmp query [|igmp]",
                ),
                (
                    "01005e00001602000000000108004500001a00010000010217cac0000201e0000016",
                    "IP truncated-ip - 6 bytes missing! 192.0.2.1 > 224.0.0.22:  [|igmp]",
                ),
                (
                    "01005e00001602000000000108004500001900010000010217cbc0000201e000001611640d2ec2",
                    "IP 192.0.2.1 > 224.0.0.22: igmp query v2 [|igmp]",
                ),
                (
                    "01005e00001602000000000108004500002400010000010217c0c0000201e0000016223f62e1d9aed5ba0e3c665d63392d48",
                    "IP 192.0.2.1 > 224.0.0.22: igmp v3 report, 54714 group record(s)",
                ),
                (
                    "01005e00001602000000000108004500003000010000010217b4c0000201e0000016221376f83112ae4070c5bb1d438b11db3c978a5947c2a3d33f94ada0",
                    "IP 192.0.2.1 > 224.0.0.22: igmp v3 report, 44608 group record(s)",
                ),
            ],
        );
        golden(
            numeric(2),
            &[
    (
        "01005e000016020000000001080046c0003400010000010281ebc0000201e0000016940400001114eeeb00000000118fda6d00000000000000020a0000000a000001",
        "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto IGMP (2), length 52, options (RA))
    192.0.2.1 > 224.0.0.22: igmp query v3 [max resp time 2.0s]",
    ),
    (
        "01005e00001602000000000108004500002800010000010217bcc0000201e000001622abb229b2dc53f68ae792911ab6a736a2d4fc92",
        "IP (tos 0x0, ttl 1, id 1, offset 0, flags [none], proto IGMP (2), length 40)
    192.0.2.1 > 224.0.0.22: igmp v3 report, 21494 group record(s) [gaddr 26.182.167.54  [v3-report-#138] [invalid number of sources 37521] bad igmp cksum b229!",
    ),
    (
        "01005e00001602000000000108004500002b00010000010217b9c0000201e00000162296548de1ecfb47813cff094f01131b998908f232f868",
        "IP (tos 0x0, ttl 1, id 1, offset 0, flags [none], proto IGMP (2), length 43)
    192.0.2.1 > 224.0.0.22: igmp v3 report [invalid len 23] bad igmp cksum 548d!",
    ),
    (
        "01005e00001602000000000108004500003300010000010217b1c0000201e0000016115e40a0744c9799512d5d2f50c25ed898434cc9601ac5d006f891afbc214f",
        "IP (tos 0x0, ttl 1, id 1, offset 0, flags [none], proto IGMP (2), length 51)
    192.0.2.1 > 224.0.0.22: igmp query v3 [invalid len 31] bad igmp cksum 40a0!",
    ),
    (
        "01005e00001602000000000108004500002000010000010217c4c0000201e00000169404000022a26a4a6b916809eb",
        "IP (tos 0x0, ttl 1, id 1, offset 0, flags [none], proto IGMP (2), length 32)
    192.0.2.1 > 224.0.0.22: igmp-148 bad igmp cksum 0!",
    ),
    (
        "01005e000016020000000001080046c0003c00010000010281e3c0000201e0000016",
        "IP truncated-ip - 40 bytes missing! (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto IGMP (2), length 60, options ( [|ip]",
    ),
    (
        "01005e00001602000000000108004500001800010000010217ccc0000201e000001611c5c1a9",
        "IP (tos 0x0, ttl 1, id 1, offset 0, flags [none], proto IGMP (2), length 24)
    192.0.2.1 > 224.0.0.22: igmp query v2 [max resp time 197] [|igmp]",
    ),
    (
        "01005e00001602000000000108004500001c00010000010217c8c0000201e000001611",
        "IP truncated-ip - 7 bytes missing! (tos 0x0, ttl 1, id 1, offset 0, flags [none], proto IGMP (2), length 28)
    192.0.2.1 > 224.0.0.22: igmp query [|igmp]",
    ),
    (
        "01005e00001602000000000108004500001a00010000010217cac0000201e0000016",
        "IP truncated-ip - 6 bytes missing! (tos 0x0, ttl 1, id 1, offset 0, flags [none], proto IGMP (2), length 26)
    192.0.2.1 > 224.0.0.22:  [|igmp]",
    ),
    (
        "01005e00001602000000000108004500001900010000010217cbc0000201e000001611640d2ec2",
        "IP (tos 0x0, ttl 1, id 1, offset 0, flags [none], proto IGMP (2), length 25)
    192.0.2.1 > 224.0.0.22: igmp query v2 [|igmp]",
    ),
    (
        "01005e00001602000000000108004500002400010000010217c0c0000201e0000016223f62e1d9aed5ba0e3c665d63392d48",
        "IP (tos 0x0, ttl 1, id 1, offset 0, flags [none], proto IGMP (2), length 36)
    192.0.2.1 > 224.0.0.22: igmp v3 report, 54714 group record(s) [gaddr 99.57.45.72  [v3-report-#14] [invalid number of sources 26205] bad igmp cksum 62e1!",
    ),
    (
        "01005e00001602000000000108004500002e00010000010217b6c0000201e000001694040000224b2da07595907f4fdbfb8479573d",
        "IP truncated-ip - 7 bytes missing! (tos 0x0, ttl 1, id 1, offset 0, flags [none], proto IGMP (2), length 46)
    192.0.2.1 > 224.0.0.22: igmp-148",
    ),
    (
        "01005e00001602000000000108004500003000010000010217b4c0000201e0000016221376f83112ae4070c5bb1d438b11db3c978a5947c2a3d33f94ada0",
        "IP (tos 0x0, ttl 1, id 1, offset 0, flags [none], proto IGMP (2), length 48)
    192.0.2.1 > 224.0.0.22: igmp v3 report, 44608 group record(s) [gaddr 67.139.17.219  [v3-report-#112] [invalid number of sources 47901] bad igmp cksum 76f8!",
    ),
            ],
        );
    }

    /// VRRP v2 and v3 adverts (TTL 255 and not), over IPv4 and IPv6, and
    /// short ones (expected text from tcpdump 4.99.3).
    #[test]
    fn vrrp() {
        golden(
            numeric(0),
            &[
                (
                    "02000000000202000000000108004500002800010000ff701951c0000201e0000012210564010001b7f9c00002fe0000000000000000",
                    "IP 192.0.2.1 > 224.0.0.18: VRRPv2, Advertisement, vrid 5, prio 100, authtype none, intvl 1s, length 20",
                ),
                (
                    "02000000000202000000000108004500002000010000ff701959c0000201e00000123107c8010064a103c00002fe",
                    "IP 192.0.2.1 > 224.0.0.18: VRRPv3, Advertisement, vrid 7, prio 200, intvl 100cs, length 12",
                ),
                (
                    "0200000000020200000000010800450000280001000001701752c0000201e0000012210564010001b7f9c00002fe0000000000000000",
                    "IP 192.0.2.1 > 224.0.0.18: VRRPv2, Advertisement, (ttl 1), vrid 5, prio 100, authtype none, intvl 1s, length 20",
                ),
                (
                    "020000000002020000000001080045000020000100000170175ac0000201e00000123107c8010064a103c00002fe",
                    "IP 192.0.2.1 > 224.0.0.18: VRRPv3, Advertisement, (ttl 1), vrid 7, prio 200, intvl 100cs, length 12",
                ),
                (
                    "02000000000202000000000186dd60000000001870fffe800000000000000000000000000001ff0200000000000000000000000000123107c801006409eafe800000000000000000000000000009",
                    "IP6 fe80::1 > ff02::12: VRRPv3, Advertisement, vrid 7, prio 200, intvl 100cs, length 24",
                ),
                (
                    "02000000000202000000000108004500001a00010000ff70195fc0000201e0000012210564010301",
                    "IP 192.0.2.1 > 224.0.0.18: VRRPv2, Advertisement, vrid 5, prio 100, authtype #3, intvl 1s, length 6",
                ),
                (
                    "02000000000202000000000108004500001500010000ff701964c0000201e000001225",
                    "IP 192.0.2.1 > 224.0.0.18: VRRPv2, unknown type (5)",
                ),
                (
                    "02000000000202000000000108004500001600010000ff701963c0000201e00000122105",
                    "IP 192.0.2.1 > 224.0.0.18: VRRPv2, Advertisement [|vrrp]",
                ),
                (
                    "02000000000202000000000108004500001400010000ff701965c0000201e0000012",
                    "IP 192.0.2.1 > 224.0.0.18: VRRP [|vrrp]",
                ),
                (
                    "02000000000202000000000108004500001a00010000ff70195fc0000201e0000012410564010301",
                    "IP 192.0.2.1 > 224.0.0.18: VRRPv4, Advertisement",
                ),
            ],
        );
    }

    /// SCTP chunk names as tcpdump 4.99.3 has them, and DATA and SACK
    /// details (flags, TSN, PPID names, gap blocks, bogus lengths).
    #[test]
    fn sctp_chunks() {
        golden(
            numeric(0),
            &[
    (
        "020000000002020000000001080045000028000100004084f648c0000201c0000207000100020000000066524a550d00000800000000",
        "IP 192.0.2.1.1 > 192.0.2.7.2: sctp (1) [ECN CWR] ",
    ),
    (
        "020000000002020000000001080045000028000100004084f648c0000201c0000207000100020000000028a832c70f00000800000000",
        "IP 192.0.2.1.1 > 192.0.2.7.2: sctp (1) [Unknown chunk type: 0xf] ",
    ),
    (
        "020000000002020000000001080045000028000100004084f648c0000201c00002070001000200000000923f514b8000000800000000",
        "IP 192.0.2.1.1 > 192.0.2.7.2: sctp (1) [Unknown chunk type: 0x80] ",
    ),
    (
        "020000000002020000000001080045000028000100004084f648c0000201c00002070001000200000000a0f45151c000000800000000",
        "IP 192.0.2.1.1 > 192.0.2.7.2: sctp (1) [FOR CUM TSN] ",
    ),
    (
        "020000000002020000000001080045000028000100004084f648c0000201c0000207000100020000000087896d18c100000800000000",
        "IP 192.0.2.1.1 > 192.0.2.7.2: sctp (1) [REL CTRL] ",
    ),
    (
        "020000000002020000000001080045000028000100004084f648c0000201c00002070001000200000000ee0e29c3c200000800000000",
        "IP 192.0.2.1.1 > 192.0.2.7.2: sctp (1) [REL CTRL ACK] ",
    ),
    (
        "020000000002020000000001080045000030000100004084f640c0000201c00002070001000200000000d87c022403040010ea9a79a094109b0300010003",
        "IP 192.0.2.1.1 > 192.0.2.7.2: sctp (1) [SACK] [cum ack 3935992224] [a_rwnd 2484116227] [#gap acks 1] [#dup tsns 3] ",
    ),
    (
        "020000000002020000000001080045000040000100004084f630c0000201c00002070001000200000000217b7de10307002026deed8563bd03abc61028c2f5970a4dc707d2dd447998b8ebe063b6",
        "IP 192.0.2.1.1 > 192.0.2.7.2: sctp (1) [SACK] [cum ack 652144005] [a_rwnd 1673331627] [#gap acks 50704] [#dup tsns 10434] 
		[gap ack block #1: start = 652206876, end = 652146642] 
		[gap ack block #2: start = 652194956, end = 652197986] 
		[gap ack block #3: start = 652161534, end = 652183101] 
		[gap ack block #4: start = 652204389, end = 652169531] ",
    ),
    (
        "020000000002020000000001080045000038000100004084f638c0000201c00002070001000200000000ea716680030b00050900000000030010000000000000000000000000",
        "IP 192.0.2.1.1 > 192.0.2.7.2: sctp (1) [SACK] bogus chunk length 5]",
    ),
    (
        "020000000002020000000001080045000034000100004084f63cc0000201c000020700010002000000001fd226df0609000181d5629259889568953be756ae000000",
        "IP 192.0.2.1.1 > 192.0.2.7.2: sctp (1) [Bad chunk length 1, < size of chunk descriptor]",
    ),
    (
        "02000000000202000000000108004500003c000100004084f634c0000201c000020700010002000000008fe9d4500001001c9dc20b60b796548de1ecfb47813cff094f01131b998908f2",
        "IP 192.0.2.1.1 > 192.0.2.7.2: sctp (1) [DATA] (E) [TSN: 2646739808] [SID: 46998] [SSEQ 21645] [PPID 0xe1ecfb47] ",
    ),
    (
        "020000000002020000000001080045000030000100004084f640c0000201c000020700010002000000009a8a921103010010505cf523e5dc606000000002",
        "IP 192.0.2.1.1 > 192.0.2.7.2: sctp (1) [SACK] [cum ack 1348269347] [a_rwnd 3856425056] [#gap acks 0] [#dup tsns 2] ",
    ),
    (
        "020000000002020000000001080045000030000100004084f640c0000201c00002070001000200000000c4bb55ba010d000f854d8c5602c9",
        "IP truncated-ip - 6 bytes missing! 192.0.2.1.1 > 192.0.2.7.2: sctp [|sctp]",
    ),
    (
        "020000000002020000000001080045000040000100004084f630c0000201c00002070001000200000000f1cda4fa0e0b0010ea5a9bb447bc7d05960ff4ad05f65e40a0744c9799512d5d2f50c25e",
        "IP 192.0.2.1.1 > 192.0.2.7.2: sctp (1) [SHUTDOWN COMPLETE]  [|sctp]",
    ),
    (
        "020000000002020000000001080045000040000100004084f630c0000201c00002070001000200000000a193a8640004000f8038a7cd443d532fad6fa60000030010000000000000000000000000",
        "IP 192.0.2.1.1 > 192.0.2.7.2: sctp (1) [DATA] (U) bogus chunk length 15]",
    ),
    (
        "020000000002020000000001080045000034000100004084f63cc0000201c000020700010002000000002e9b508a02070014cfdbf52b1456bda637e291734539c91e",
        "IP 192.0.2.1.1 > 192.0.2.7.2: sctp (1) [INIT ACK] [init tag: 3487298859] [rwnd: 341228966] [OS: 14306] [MIS: 37235] [init TSN: 1161414942] ",
    ),
    (
        "020000000002020000000001080045000030000100004084f640c0000201c0000207000100020000000088e6d39203080010ced3a415ce9e5896216b4a84",
        "IP 192.0.2.1.1 > 192.0.2.7.2: sctp (1) [SACK] [cum ack 3469976597] [a_rwnd 3466483862] [#gap acks 8555] [#dup tsns 19076] ",
    ),
    (
        "020000000002020000000001080045000034000100004084f63cc0000201c000020700010002000000008316f226060d000900030010000000000000000000000000",
        "IP 192.0.2.1.1 > 192.0.2.7.2: sctp (1) [ABORT] , (2) [Bad chunk length 0, < size of chunk descriptor]",
    ),
    (
        "020000000002020000000001080045000024000100004084f64cc0000201c0000207000100020000000025f6753306070004",
        "IP 192.0.2.1.1 > 192.0.2.7.2: sctp (1) [ABORT] ",
    ),
    (
        "02000000000202000000000108004500003c000100004084f634c0000201c000020700010002000000001c71556a010a000cdc11db96f8491ecf00030010000000000000000000000000",
        "IP 192.0.2.1.1 > 192.0.2.7.2: sctp (1) [INIT] bogus chunk length 12]",
    ),
    (
        "02000000000202000000000108004500004c000100004084f624c0000201c000020700010002000000009e14dee0030d001c0c037bbe1e2b804c0000000289690df0e99c1d572040f8dc00030010000000000000000000000000",
        "IP 192.0.2.1.1 > 192.0.2.7.2: sctp (1) [SACK] [cum ack 201554878] [a_rwnd 506167372] [#gap acks 0] [#dup tsns 2] 
		[dup TSN #1: 2305363440] 
		[dup TSN #2: 3919322455] , (2) [DATA] (B)(E) [TSN: 0] [SID: 0] [SSEQ 0] [PPID 0x0] bogus chunk length 16]",
    ),
    (
        "02000000000202000000000108004500002c000100004084f644c0000201c00002070001000200000000b95b79380005000cca46ebe3ce20d2eb",
        "IP 192.0.2.1.1 > 192.0.2.7.2: sctp (1) [DATA] (U)(E) bogus chunk length 12]",
    ),
    (
        "020000000002020000000001080045000024000100004084f64cc0000201c000020700010002000000004d40ee6900030004",
        "IP 192.0.2.1.1 > 192.0.2.7.2: sctp (1) [DATA] (B)(E) bogus chunk length 4]",
    ),
    (
        "020000000002020000000001080045000040000100004084f630c0000201c00002070001000200000000c3b1a1dd000f001b2850125962a563964d5c433000030010000000000000000000000000",
        "IP 192.0.2.1.1 > 192.0.2.7.2: sctp (1) [DATA] (U)(B)(E) [TSN: 676336217] [SID: 25253] [SSEQ 25494] [PPID 0x4d5c4330] , (2) [Bad chunk length 0, < size of chunk descriptor]",
    ),
    (
        "020000000002020000000001080045000038000100004084f638c0000201c000020700010002000000007a3dc45a03030018bf19ef8d0f8c53de902ed3133dff2ea53f749db3",
        "IP 192.0.2.1.1 > 192.0.2.7.2: sctp (1) [SACK] [cum ack 3206147981] [a_rwnd 260854750] [#gap acks 36910] [#dup tsns 54035] 
		[gap ack block #1: start = 3206163852, end = 3206159922] 
		[gap ack block #2: start = 3206164225, end = 3206188352] ",
    ),
    (
        "020000000002020000000001080045000028000100004084f648c0000201c0000207000100020000000013d6560f020d000560000000",
        "IP 192.0.2.1.1 > 192.0.2.7.2: sctp (1) [INIT ACK] bogus chunk length 5]",
    ),
            ],
        );
    }

    /// DCCP packet types, extended sequence numbers, reset codes, short
    /// and cut headers, and IPComp (expected text from tcpdump 4.99.3).
    #[test]
    fn dccp_and_ipcomp() {
        golden(
            numeric(0),
            &[
                (
                    "020000000002020000000001080045000026000100004021f6adc0000201c00002078e37cfe8059600000552cdb1077c5b5b6776",
                    "IP 192.0.2.1.36407 > 192.0.2.7.53224: DCCP DCCP-Data ",
                ),
                (
                    "02000000000202000000000186dd600000000010214020010db800000000000000000000000120010db8000000000000000000000002b017a22c050d0000106ece24ba674be7",
                    "IP6 2001:db8::1.45079 > 2001:db8::2.41516: DCCP truncated-DCCP-Sync - 4 bytes missing!",
                ),
                (
                    "02000000000202000000000108004500001f000100004021f6b4c0000201c00002075fc2d1a004840000136b68",
                    "IP  [|dccp]",
                ),
                (
                    "02000000000202000000000186dd600000000012214020010db800000000000000000000000120010db80000000000000000000000025a9d530806890000126ce4652212647e1af0",
                    "IP6 2001:db8::1.23197 > 2001:db8::2.21256: DCCP truncated-DCCP-SyncAck - 2 bytes missing!",
                ),
                (
                    "020000000002020000000001080045000034000100004021f69fc0000201c0000207f4db5ebc04bf000001d3e9e528d5c3f677f17313df1bb535cee42d1f9b06bc65",
                    "IP 192.0.2.1.62683 > 192.0.2.7.24252: DCCP DCCP-Request (service=2012312339) ",
                ),
                (
                    "020000000002020000000001080045000028000100004021f6abc0000201c0000207517c1341045d00000d1b2b66752551e5974617d9",
                    "IP 192.0.2.1.20860 > 192.0.2.7.4929: DCCP truncated-DCCP-Close - 4 bytes missing!",
                ),
                (
                    "02000000000202000000000108004500002e000100004021f6a5c0000201c00002078121aea408140000070d7c58f471e0d2c7d0dfac8947f0e778b1",
                    "IP 192.0.2.1.33057 > 192.0.2.7.44708: DCCP DCCP-Ack (ack=245932130562279) ",
                ),
                (
                    "02000000000202000000000186dd600000000018214020010db800000000000000000000000120010db8000000000000000000000002899da9fa04b10000154f2eb193edf32df1946ac41d2682e7",
                    "IP6 2001:db8::1.35229 > 2001:db8::2.43514: DCCP unknown-type-10 (ack=117390535197415) ",
                ),
                (
                    "02000000000202000000000186dd600000000026214020010db800000000000000000000000120010db800000000000000000000000290ab955c03c1000003817a4736345fd2742048a597d0c4d9167775ee26a3c4840b30d5178f88",
                    "IP6 2001:db8::1.37035 > 2001:db8::2.38236: DCCP DCCP-Response (service=376927726) (ack=79876053845209) ",
                ),
                (
                    "02000000000202000000000186dd600000000019214020010db800000000000000000000000120010db800000000000000000000000255719b9c086a00001350ea280e98095637241d5ff29d9563bd",
                    "IP6 2001:db8::1.21873 > 2001:db8::2.39836: DCCP DCCP-SyncAck (ack=32297929512291) ",
                ),
                (
                    "020000000002020000000001080045000025000100004021f6aec0000201c0000207a0ce7d130428000010715756eb3e66e916",
                    "IP 192.0.2.1.41166 > 192.0.2.7.32019: DCCP truncated-DCCP-Sync - 3 bytes missing!",
                ),
                ("02000000000202000000000108004500001b0001", "IP  [|ip]"),
                (
                    "020000000002020000000001080045000032000100004021f6a1c0000201c000020781a32703032e000012013d0635e458a7ab22529b76bd43ee83a3e1408fd3",
                    "IP 192.0.2.1.33187 > 192.0.2.7.9987: DCCP DCCP-SyncAck (ack=14964903) ",
                ),
                (
                    "02000000000202000000000186dd600000000028214020010db800000000000000000000000120010db8000000000000000000000002e363b15303f8000003429f5bdd2fa259e15cd0c7065610b2864932475c3c874c88ebc4cdc53b371e",
                    "IP6 2001:db8::1.58211 > 2001:db8::2.45395: DCCP DCCP-Response (service=2252943943) (ack=229553223372978) ",
                ),
                (
                    "020000000002020000000001080045000036000100004021f69dc0000201c00002073fb51c62031700001795e140c14f5719135d7174f6ca9d6c4065f39b32bfac38121f",
                    "IP 192.0.2.1.16309 > 192.0.2.7.7266: DCCP unknown-type-11 (ack=124747170618732) ",
                ),
                (
                    "020000000002020000000001080045000038000100004021f69bc0000201c00002077f61ecff08f60000133f3de8ff6be6baf115c5ed1f2cd1b3738aff5560922d8d1e03ff07",
                    "IP 192.0.2.1.32609 > 192.0.2.7.60671: DCCP DCCP-SyncAck (ack=217622220951987) ",
                ),
                (
                    "020000000002020000000001080045000024000100004021f6afc0000201c00002073614edee0368000002e1359e6f19cf00",
                    "IP 192.0.2.1.13844 > 192.0.2.7.60910: DCCP truncated-DCCP-Response - 8 bytes missing!",
                ),
                (
                    "02000000000202000000000186dd600000000014214020010db800000000000000000000000120010db80000000000000000000000029fe022da058000000b6c84073770428eb664b56f",
                    "IP6 2001:db8::1.40928 > 2001:db8::2.8922: DCCP truncated-DCCP-CloseReq - 4 bytes missing!",
                ),
                (
                    "02000000000202000000000186dd600000000004214020010db800000000000000000000000120010db80000000000000000000000020ab9fa9f",
                    "IP6  [|dccp]",
                ),
                (
                    "02000000000202000000000186dd600000000012214020010db800000000000000000000000120010db8000000000000000000000002e8c0626c062900000a65d6e7ca213b32a9ec",
                    "IP6 2001:db8::1.59584 > 2001:db8::2.25196: DCCP truncated-DCCP-CloseReq - 2 bytes missing!",
                ),
                (
                    "ffffffffffff00000000000008004500003400010000406c7c5b7f0000017f0000016162636465666768616263646566676861626364656667686162636465666768",
                    "IP 127.0.0.1 > 127.0.0.1: IPComp(cpi=0x6364)",
                ),
                (
                    "ffffffffffff00000000000086dd6000000000206c4000000000000000000000000000000001000000000000000000000000000000016162636465666768616263646566676861626364656667686162636465666768",
                    "IP6 ::1 > ::1: IPComp(cpi=0x6364)",
                ),
            ],
        );
        golden(
            numeric(1),
            &[
    (
        "020000000002020000000001080045000026000100004021f6adc0000201c00002078e37cfe8059600000552cdb1077c5b5b6776",
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 38)
    192.0.2.1.36407 > 192.0.2.7.53224: DCCP (CCVal 9, CsCov 6, cksum 0x0000 (incorrect -> 0x7abb)) DCCP-Data ",
    ),
    (
        "02000000000202000000000186dd600000000010214020010db800000000000000000000000120010db8000000000000000000000002b017a22c050d0000106ece24ba674be7",
        "IP6 (hlim 64, next-header DCCP (33) payload length: 16) 2001:db8::1.45079 > 2001:db8::2.41516: DCCP (CCVal 0, CsCov 13, cksum 0x0000 (incorrect -> 0x6826)) truncated-DCCP-Sync - 4 bytes missing!",
    ),
    (
        "02000000000202000000000108004500001f000100004021f6b4c0000201c00002075fc2d1a004840000136b68",
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 31)
     [|dccp]",
    ),
    (
        "02000000000202000000000186dd600000000012214020010db800000000000000000000000120010db80000000000000000000000025a9d530806890000126ce4652212647e1af0",
        "IP6 (hlim 64, next-header DCCP (33) payload length: 18) 2001:db8::1.23197 > 2001:db8::2.21256: DCCP (CCVal 8, CsCov 9, cksum 0x0000 (incorrect -> 0x57d6)) truncated-DCCP-SyncAck - 2 bytes missing!",
    ),
    (
        "020000000002020000000001080045000034000100004021f69fc0000201c0000207f4db5ebc04bf000001d3e9e528d5c3f677f17313df1bb535cee42d1f9b06bc65",
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 52)
    192.0.2.1.62683 > 192.0.2.7.24252: DCCP (CCVal 11, CsCov 15, cksum 0x0000 (incorrect -> 0x7812)) DCCP-Request (service=2012312339) ",
    ),
    (
        "020000000002020000000001080045000028000100004021f6abc0000201c0000207517c1341045d00000d1b2b66752551e5974617d9",
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 40)
    192.0.2.1.20860 > 192.0.2.7.4929: DCCP (CCVal 5, CsCov 13, cksum 0x0000 (incorrect -> 0x63fb)) truncated-DCCP-Close - 4 bytes missing!",
    ),
            ],
        );
    }

    /// RSVP and EIGRP version checks and message types, DVMRP messages
    /// with short bodies (expected text from tcpdump 4.99.3 -n).
    #[test]
    fn rsvp_eigrp_dvmrp() {
        golden(
            numeric(0),
            &[
                (
                    "02000000000202000000000108004500002900010000402ef69dc0000201c0000207100b79a094109b03e8d678428d3b31feb7788ad68c",
                    "IP 192.0.2.1 > 192.0.2.7: RSVPv1 unknown (11) Message, length: 21",
                ),
                (
                    "02000000000202000000000108004500002c000100004002f6c6c0000201c0000207130200000000010163bd03abc61028c2f5970a4dc707d2dd",
                    "IP 192.0.2.1 > 192.0.2.7: igmp dvmrp Report",
                ),
                (
                    "020000000002020000000001080045000028000100004002f6cac0000201c0000207130b000000000303bacd9371f6ef22e05d180922",
                    "IP 192.0.2.1 > 192.0.2.7: igmp dvmrp [type 11]",
                ),
                (
                    "02000000000202000000000108004500002e000100004058f66ec0000201c00002070106a0da4d6b81d5629259889568953be756aeeaed07db47fd9b",
                    "IP 192.0.2.1 > 192.0.2.7: EIGRP version 1 packet not supported",
                ),
                (
                    "02000000000202000000000108004500002800010000402ef69ec0000201c00002072011",
                    "IP truncated-ip - 18 bytes missing! 192.0.2.1 > 192.0.2.7:  [|rsvp]",
                ),
                (
                    "02000000000202000000000108004500001f000100004058f67dc0000201c000020702006dc46adf1e0b9a9dc2",
                    "IP 192.0.2.1 > 192.0.2.7:  [|eigrp]",
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
                    "020000000002020000000001080045000031000100004058f66bc0000201c000020702078562a4dd98ae8f1a9ef9f0cf81456ea2b8b73cef4d6ffa42854d8c",
                    "IP 192.0.2.1 > 192.0.2.7: EIGRP Probe, length: 29",
                ),
                (
                    "02000000000202000000000108004500002a000100004002f6c8c0000201c000020713000000000002024c9799512d5d2f50c25ed898434c",
                    "IP 192.0.2.1 > 192.0.2.7: igmp dvmrp [type 0]",
                ),
                (
                    "02000000000202000000000108004500002300010000402ef6a3c0000201c00002072005a6b2181a9952f255acd53970cf",
                    "IP 192.0.2.1 > 192.0.2.7: ERROR: RSVP version 2 packet not supported",
                ),
                (
                    "02000000000202000000000108004500002a00010000402ef69cc0000201c0000207100a37e291734539c91e0887f53050ced6d6932edd47",
                    "IP 192.0.2.1 > 192.0.2.7: RSVPv1 unknown (10) Message, length: 22",
                ),
                (
                    "020000000002020000000001080045000029000100004002f6c9c0000201c00002079404000013010000000002014a84cbd945",
                    "IP truncated-ip - 4 bytes missing! 192.0.2.1 > 192.0.2.7: igmp-148",
                ),
                (
                    "02000000000202000000000108004500002500010000402ef6a1c0000201c00002071000f1d5e19ffc826f8ff3fcedb73808be",
                    "IP 192.0.2.1 > 192.0.2.7: RSVPv1 unknown (0) Message, length: 17",
                ),
                (
                    "02000000000202000000000108004500002600010000402ef6a0c0000201c00002071019ec32e5e2e66e930c037bbe1e2b804c3d",
                    "IP 192.0.2.1 > 192.0.2.7: RSVPv1 unknown (25) Message, length: 18",
                ),
                (
                    "02000000000202000000000108004500001f000100004002f6d3c0000201c00002071308000000000300572040",
                    "IP 192.0.2.1 > 192.0.2.7: igmp dvmrp Graft [|dvmrp]",
                ),
                (
                    "020000000002020000000001080045000023000100004002f6cfc0000201c00002071307000000000002321f88e3d11e2b",
                    "IP 192.0.2.1 > 192.0.2.7: igmp dvmrp Prune [|dvmrp]",
                ),
                (
                    "02000000000202000000000108004500002600010000402ef6a0c0000201c000020710107d502850125962a563964d5c4330fc54",
                    "IP 192.0.2.1 > 192.0.2.7: RSVPv1 unknown (16) Message, length: 18",
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
}
