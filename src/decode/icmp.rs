//! ICMP for IPv4 (print-icmp.c): the one-line summary, the checksum with
//! -v, and with -v the datagram an error message quotes.

use super::out::Emit;
use super::{Ctx, Res, Trunc, be16, bytes, cksum_shouldbe, in_cksum, ip, rest, u8at};

/// icmp_print. The summary is built before anything is printed, so a
/// packet too short for it shows only ` [|icmp]`, as in tcpdump.
pub(crate) fn icmp(c: &mut Ctx, b: &[u8], length: usize, fragmented: bool) -> Res {
    c.proto = "icmp";
    let mark = c.out.len();
    c.s("ICMP ");
    match summary(c, b) {
        Ok(true) => {}
        Ok(false) => {
            // tcpdump's ND_TCHECK (not a longjmp): the marker alone, and
            // the dumps still leave out the link header.
            c.out.truncate(mark);
            c.trunc();
            return Ok(());
        }
        Err(t) => {
            c.out.truncate(mark);
            return Err(t);
        }
    }
    c.s(", length ");
    c.dec(length as u64);
    let typ = b[0];
    if c.o.verbose > 0 && !fragmented && b.len() >= length {
        let sum = in_cksum(&[&b[..length]]);
        if sum != 0 {
            let field = be16(b, 2)?;
            c.s(" (wrong icmp cksum ");
            c.out.hex(u64::from(field));
            c.s(" (->");
            c.out.hex(u64::from(cksum_shouldbe(field, sum)));
            c.s(")!)");
        }
    }
    if c.o.verbose > 0 && matches!(typ, 3 | 4 | 5 | 11 | 12) {
        let inner = rest(b, 8);
        c.s("\n\t");
        let ip_len = usize::from(be16(inner, 2)?);
        ip::ip(c, inner, ip_len)?;
    }
    Ok(())
}

/// The quoted datagram's destination (offset 8 + 16 in the message).
fn quoted_dst(c: &mut Ctx, b: &[u8]) -> Res {
    let a = bytes(b, 24, 4)?;
    c.ip4(a);
    Ok(())
}

/// Ok(false) when tcpdump's ND_TCHECK on the quoted header fails.
fn summary(c: &mut Ctx, b: &[u8]) -> Res<bool> {
    let typ = u8at(b, 0)?;
    let code = u8at(b, 1)?;
    match typ {
        // tcpdump checks these bytes with ND_TCHECK before using them.
        11 if b.len() < 28 => return Ok(false),
        14 if b.len() < 20 => return Ok(false),
        3 if code == 3 && b.len() < 18 => return Ok(false),
        0 | 8 => {
            let id = be16(b, 4)?;
            let seq = be16(b, 6)?;
            c.s(if typ == 8 {
                "echo request"
            } else {
                "echo reply"
            });
            c.s(", id ");
            c.dec(id);
            c.s(", seq ");
            c.dec(seq);
        }
        3 => unreachable_text(c, b, code)?,
        5 => {
            let (gw, dst) = (bytes(b, 4, 4)?, bytes(b, 24, 4)?);
            match code {
                0..=3 => {
                    c.s(["redirect ", "redirect ", "redirect-tos ", "redirect-tos "]
                        [usize::from(code)]);
                    c.ip4(dst);
                    c.s(if code % 2 == 0 {
                        " to net "
                    } else {
                        " to host "
                    });
                    c.ip4(gw);
                }
                _ => {
                    c.s("redirect-#");
                    c.dec(code);
                    c.s(" ");
                    c.ip4(dst);
                    c.s(" to ");
                    c.ip4(gw);
                }
            }
        }
        11 => match code {
            0 => c.s("time exceeded in-transit"),
            1 => c.s("ip reassembly time exceeded"),
            _ => {
                c.s("time exceeded-#");
                c.dec(code);
            }
        },
        12 => {
            if code != 0 {
                c.s("parameter problem - code ");
                c.dec(code);
            } else {
                let ptr = u8at(b, 4)?;
                c.s("parameter problem - octet ");
                c.dec(ptr);
            }
        }
        13 | 14 => {
            let id = be16(b, 4)?;
            let seq = be16(b, 6)?;
            if typ == 13 {
                c.s("time stamp query id ");
                c.dec(id);
                c.s(" seq ");
                c.dec(seq);
            } else {
                bytes(b, 8, 12)?;
                c.s("time stamp reply id ");
                c.dec(id);
                c.s(" seq ");
                c.dec(seq);
                c.s(": org ");
                ms_time(c, super::be32(b, 8)?);
                c.s(", recv ");
                ms_time(c, super::be32(b, 12)?);
                c.s(", xmit ");
                ms_time(c, super::be32(b, 16)?);
            }
        }
        _ => {
            let name = match typ {
                4 => "source quench",
                6 => "alternate host address",
                9 => "router advertisement",
                10 => "router solicitation",
                15 => "information request",
                16 => "information reply",
                17 => "address mask request",
                18 => "address mask reply",
                _ => "",
            };
            if name.is_empty() {
                c.s("type-#");
                c.dec(typ);
            } else {
                c.s(name);
            }
        }
    }
    Ok(true)
}

/// icmp_tstamp_print: milliseconds since midnight as HH:MM:SS.mmm.
fn ms_time(c: &mut Ctx, t: u32) {
    let (ms, s) = (t % 1000, t / 1000);
    let (h, m, s) = (s / 3600, (s % 3600) / 60, s % 60);
    c.out.dec0(u64::from(h), 2);
    c.s(":");
    c.out.dec0(u64::from(m), 2);
    c.s(":");
    c.out.dec0(u64::from(s), 2);
    c.s(".");
    c.out.dec0(u64::from(ms), 3);
}

fn unreachable_text(c: &mut Ctx, b: &[u8], code: u8) -> Res {
    match code {
        0 => {
            c.s("net ");
            quoted_dst(c, b)?;
            c.s(" unreachable");
        }
        1 => {
            c.s("host ");
            quoted_dst(c, b)?;
            c.s(" unreachable");
        }
        2 => {
            let p = u8at(b, 8 + 9)?;
            quoted_dst(c, b)?;
            c.s(" protocol ");
            c.dec(p);
            c.s(" unreachable");
        }
        3 => {
            let hlen = usize::from(u8at(b, 8)? & 0xf) * 4;
            let dport = be16(b, 8 + hlen + 2)?;
            let proto = u8at(b, 8 + 9)?;
            let dst = bytes(b, 24, 4)?;
            c.ip4(dst);
            match proto {
                6 => {
                    c.s(" tcp port ");
                    c.port(dport, true);
                }
                17 => {
                    c.s(" udp port ");
                    c.port(dport, false);
                }
                _ => {
                    c.s(" protocol ");
                    c.dec(proto);
                    c.s(" port ");
                    c.dec(dport);
                }
            }
            c.s(" unreachable");
        }
        4 => {
            let mtu = be16(b, 6)?;
            let dst = bytes(b, 24, 4)?;
            c.ip4(dst);
            c.s(" unreachable - need to frag");
            if mtu != 0 {
                c.s(" (mtu ");
                c.dec(mtu);
                c.s(")");
            }
        }
        5..=15 => {
            let (pre, post) = match code {
                5 => ("", " unreachable - source route failed"),
                6 => ("net ", " unreachable - unknown"),
                7 => ("host ", " unreachable - unknown"),
                8 => ("", " unreachable - source host isolated"),
                9 => ("net ", " unreachable - admin prohibited"),
                10 => ("host ", " unreachable - admin prohibited"),
                11 => ("net ", " unreachable - tos prohibited"),
                12 => ("host ", " unreachable - tos prohibited"),
                13 => ("host ", " unreachable - admin prohibited filter"),
                14 => ("host ", " unreachable - host precedence violation"),
                _ => ("host ", " unreachable - precedence cutoff"),
            };
            let dst = bytes(b, 24, 4)?;
            c.s(pre);
            c.ip4(dst);
            c.s(post);
        }
        _ => {
            let dst = bytes(b, 24, 4).map_err(|_| Trunc)?;
            c.s("#");
            c.dec(code);
            c.s(" ");
            c.ip4(dst);
            c.s(" unreachable");
        }
    }
    Ok(())
}
