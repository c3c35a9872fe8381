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
        }
        0x22 => {
            c.s("igmp v3 report");
            igmpv3_report(c, b, length)?;
        }
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
}
