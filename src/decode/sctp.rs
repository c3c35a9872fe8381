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
        let mut chunk_left = clen.saturating_sub(4);
        p += 4;
        c.s(sep);
        c.dec(count);
        c.s(") [");
        name_or_hex(c, CHUNK_TYPES, id.into(), "Unknown chunk type: 0x");
        c.s("] ");
        if id == INIT || id == INIT_ACK {
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
        c.s("bogus chunk length ");
        c.dec(clen as u64);
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
    while left.saturating_sub(used) != 0 && n < gaps {
        if left.saturating_sub(used) < 4 {
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
    while left.saturating_sub(used) != 0 && n < dups {
        if left.saturating_sub(used) < 4 {
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

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, numeric};

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

    /// Random payloads on the port or protocol, cut or whole, as
    /// tcpdump 4.99.3 -n printed them (from the shared random set).
    #[test]
    fn random_payloads_on_its_port() {
        golden(
            numeric(0),
            &[(
                "020000000002020000000001080045000043000100004084f62dc0000201c00002077f6c8ee060c48fe7a54353b658ce1d45873e10ee083844539e1a45e04e9f9f3e3671aa7185049abe4313c6621fbc04",
                "IP 192.0.2.1.32620 > 192.0.2.7.36576: sctp [|sctp]",
            )],
        );
    }

    /// A DATA chunk whose padding was not captured ends in tcpdump's
    /// truncation mark after the payload (tcpdump 4.99.3 -n -vv on a
    /// scapy-built frame, whole and cut before the padding).
    #[test]
    fn data_chunk_padding_cut() {
        use crate::decode::tests::golden_link;
        use crate::link::LinkType;
        const DATA: &str = "020000000002020000000001080045000038000100004084ee19c6120001c61200021388138911223344312880910000001500000001000100000000000068656c6c6f000000";
        const HEAD: &str = "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto SCTP (132), length 56)\n    198.18.0.1.5000 > 198.18.0.2.5001: sctp\n\t1) [DATA] [TSN: 1] [SID: 1] [SSEQ 0] [PPID 0x0] [Payload:\n\t0x0000:  6865 6c6c 6f                             hello]";
        golden_link(LinkType::Ethernet, numeric(2), &[(DATA, 0, HEAD)]);
        golden_link(
            LinkType::Ethernet,
            numeric(2),
            &[(DATA, 67, &format!("{HEAD} [|sctp]"))],
        );
    }
}
