//! Other IP protocols with one-line summaries: SCTP chunks, IGMP, PIM,
//! OSPF headers, AH and ESP.

use super::ip::Net;
use super::out::Emit;
use super::{Ctx, Res, be16, be32, bytes, in_cksum, u8at};

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
        13 => "CWR",
        14 => "SHUTDOWN COMPLETE",
        15 => "AUTH",
        0x80 => "ASCONF ACK",
        0xc0 => "FOR CWD TSN",
        0xc1 => "ASCONF",
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
                c.s(" v3");
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
        }
        0x22 => c.s("igmp v3 report"),
        0x13 => c.s("igmp dvmrp"),
        0x14 => c.s("igmp pimv1"),
        0x1e => c.s("igmp mtrace-resp"),
        0x1f => c.s("igmp mtrace"),
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
