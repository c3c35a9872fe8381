//! SCTP (print-sctp.c): the chunk list, with DATA and SACK details.

use super::ctx::{Ctx, Net, Res, be16, be32, codes, u8at};
use super::dispatch;
use super::out::Emit;

codes! {
    /// Chunk types (tcpdump's sctp_chunkid_str).
    CHUNK_TYPES: u8 {
        DATA = 0 => "DATA",
        INIT = 1 => "INIT",
        INIT_ACK = 2 => "INIT ACK",
        SACK = 3 => "SACK",
        _ = 4 => "HB REQ",
        _ = 5 => "HB ACK",
        _ = 6 => "ABORT",
        _ = 7 => "SHUTDOWN",
        _ = 8 => "SHUTDOWN ACK",
        _ = 9 => "OP ERR",
        _ = 10 => "COOKIE ECHO",
        _ = 11 => "COOKIE ACK",
        _ = 12 => "ECN ECHO",
        _ = 13 => "ECN CWR",
        _ = 14 => "SHUTDOWN COMPLETE",
        _ = 0xc0 => "FOR CUM TSN",
        _ = 0xc1 => "REL CTRL",
        _ = 0xc2 => "REL CTRL ACK",
    }
}

/// The name of `v` in `table`, or `before` and `v` in hex, as tcpdump
/// prints an unknown chunk type or payload protocol.
fn name_or_hex(c: &mut Ctx, table: &[(u32, &str)], v: u32, before: &str) {
    match table.iter().find(|&&(k, _)| k == v) {
        Some(&(_, name)) => c.s(name),
        None => {
            c.s(before);
            c.out.hex(v.into());
        }
    }
}

/// sctp_print: ports, then "(N) [CHUNK] ..." per chunk.
pub(crate) fn sctp(c: &mut Ctx, b: &[u8], length: usize, net: &Net) -> Res {
    c.proto = "sctp";
    if length < 12 {
        c.s_dec("truncated-sctp - ", (12 - length) as u64);
        c.s(" bytes missing!");
        return Ok(());
    }
    if b.len() < 12 {
        c.trunc();
        return Ok(());
    }
    let sport = be16(b, 0)?;
    let dport = be16(b, 2)?;
    net.endpoints(c, (sport, dport), |c, p| c.dec(p));
    c.s(": sctp");
    // A ForCES channel's port makes every DATA chunk ForCES.
    let mut forces = false;
    for port in [sport, dport] {
        if let Some(name) = forces_channel(port) {
            c.s("[");
            c.s(name);
            c.s("]");
            forces = true;
        }
    }
    let mut p = 12;
    let mut remaining = length.saturating_sub(12);
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
            c.s_dec(") [Bad chunk length ", clen as u64);
            c.s(", < size of chunk descriptor]");
            return Ok(());
        }
        let align = (4 - clen % 4) % 4;
        if remaining < align {
            c.s(sep);
            c.dec(count);
            c.s_dec(") [Bad chunk length ", clen as u64);
            c.s(", > remaining data in packet]");
            return Ok(());
        }
        if b.len() < p + clen {
            c.trunc();
            return Ok(());
        }
        remaining = remaining.saturating_sub(4);
        let mut chunk_left = clen.saturating_sub(4);
        p += 4;
        c.s(sep);
        c.dec(count);
        c.s(") [");
        name_or_hex(c, CHUNK_TYPES, id.into(), "Unknown chunk type: 0x");
        c.s("] ");
        if id == INIT || id == INIT_ACK {
            if chunk_left < 16 {
                c.s_dec("bogus chunk length ", clen as u64);
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
            chunk_left = chunk_left.saturating_sub(16);
        }
        if id == DATA || id == SACK {
            let flags = u8at(b, p - 3)?;
            let chunk = Chunk {
                at: p,
                left: chunk_left,
                len: clen,
                id,
                flags,
            };
            let used = match sctp_chunk_detail(c, b, &chunk, &mut forces)? {
                Some(n) => n,
                None => return Ok(()),
            };
            p += used;
            remaining = remaining.saturating_sub(used);
            chunk_left = chunk_left.saturating_sub(used);
        }
        if c.o.verbose < 2 {
            sep = ", (";
        }
        p += chunk_left;
        remaining = remaining.saturating_sub(chunk_left);
        // ND_TCHECK_LEN on the padding: a chunk whose padding was not
        // captured ends the packet in a truncation mark.
        if b.len() < p + align {
            c.trunc();
            return Ok(());
        }
        if remaining < align {
            return Ok(());
        }
        p += align;
        remaining = remaining.saturating_sub(align);
    }
    Ok(())
}

/// tcpdump's ForCES_channels: the ports of ForCES's three priority
/// channels.
fn forces_channel(port: u16) -> Option<&'static str> {
    match port {
        6704 => Some("ForCES HP"),
        6705 => Some("ForCES MP"),
        6706 => Some("ForCES LP"),
        _ => None,
    }
}

/// A DATA or SACK chunk: where its body starts in the packet, the bytes
/// of it left, its length field, type and flags.
struct Chunk {
    at: usize,
    left: usize,
    len: usize,
    id: u8,
    flags: u8,
}

/// The DATA and SACK parts tcpdump prints even without -v; the bytes
/// used, or None after a "bogus chunk length" ends the line.
/// A DATA chunk of a ForCES payload protocol sets `forces` for the
/// chunks after it, as tcpdump's isforces stays set.
fn sctp_chunk_detail(
    c: &mut Ctx,
    b: &[u8],
    chunk: &Chunk,
    forces: &mut bool,
) -> Res<Option<usize>> {
    let &Chunk {
        at: p,
        left,
        len: clen,
        id,
        flags,
    } = chunk;
    let bogus = |c: &mut Ctx| {
        c.s_dec("bogus chunk length ", clen as u64);
        c.s("]");
    };
    if id == DATA {
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
        name_or_hex(c, PAYLOAD_PROTOS, ppid, "0x");
        c.s("] ");
        *forces |= (21..=23).contains(&ppid);
        let payload = left.saturating_sub(12);
        if payload == 0 {
            bogus(c);
            return Ok(None);
        }
        if *forces {
            dispatch::forces(c, crate::decode::rest(b, p + 12), payload)?;
            c.proto = "sctp";
        } else if c.o.verbose > 1 && ppid == 3 {
            dispatch::m3ua(c, crate::decode::rest(b, p + 12), payload)?;
            c.proto = "sctp";
        } else if c.o.verbose > 1 {
            c.s("[Payload");
            if c.o.hex == 0 && c.o.hex_ascii == 0 && !c.o.quiet {
                c.s(":");
                c.default_print_len(crate::decode::rest(b, p + 12), payload);
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
    c.s_dec("[cum ack ", cum);
    c.s("] [a_rwnd ");
    c.dec(be32(b, p + 4)?);
    c.s_dec("] [#gap acks ", gaps);
    c.s_dec("] [#dup tsns ", dups);
    c.s("] ");
    let mut used = 12;
    let mut n = 0;
    while left.saturating_sub(used) != 0 && n < gaps {
        if left.saturating_sub(used) < 4 {
            bogus(c);
            return Ok(None);
        }
        let start = be16(b, p + used)?;
        let end = be16(b, p + used + 2)?;
        n += 1;
        c.s_dec("\n\t\t[gap ack block #", n);
        c.s_dec(": start = ", cum.wrapping_add(u32::from(start)));
        c.s_dec(", end = ", cum.wrapping_add(u32::from(end)));
        c.s("] ");
        used += 4;
    }
    let mut n = 0;
    while left.saturating_sub(used) != 0 && n < dups {
        if left.saturating_sub(used) < 4 {
            bogus(c);
            return Ok(None);
        }
        n += 1;
        c.s_dec("\n\t\t[dup TSN #", n);
        c.s(": ");
        c.dec(be32(b, p + used)?);
        c.s("] ");
        used += 4;
    }
    Ok(Some(used))
}

/// tcpdump's PayloadProto_idents.
const PAYLOAD_PROTOS: &[(u32, &str)] = &[
    (1, "ISDN Q.921"),
    (2, "M2UA"),
    (3, "M3UA"),
    (4, "SUA"),
    (5, "M2PA"),
    (6, "V5.2"),
    (7, "H.248"),
    (8, "BICC"),
    (9, "TALI"),
    (10, "DUA"),
    (11, "ASAP"),
    (12, "ENRP"),
    (13, "H.323"),
    (14, "Q.IPC"),
    (15, "SIMCO"),
    (16, "DDPSC"),
    (17, "DDPSSC"),
    (18, "S1AP"),
    (19, "RUA"),
    (20, "HNBAP"),
    (21, "ForCES HP"),
    (22, "ForCES MP"),
    (23, "ForCES LP"),
    (24, "SBc-AP"),
    (25, "NBAP"),
    (27, "X2AP"),
];
