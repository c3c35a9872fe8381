//! ICMP for IPv4 (print-icmp.c): the one-line summary, the checksum with
//! -v, and with -v the datagram an error message quotes.

use super::ctx::tcheck;
use super::out::Emit;
use super::{Ctx, Res, Trunc, be16, be32, bytes, cksum_shouldbe, dispatch, in_cksum, rest, u8at};
use crate::wire::icmp::{self, field};
use crate::wire::mpls;

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
    c.s_dec(", length ", length as u64);
    let typ = b[field::TYPE];
    if c.o.verbose > 0 && !fragmented && b.len() >= length {
        let sum = in_cksum(&[&b[..length]]);
        if sum != 0 {
            let stored = match icmp::message(b) {
                Some(m) => m.checksum(),
                None => be16(b, field::CHECKSUM.start)?,
            };
            c.s(" (wrong icmp cksum ");
            c.out.hex(u64::from(stored));
            c.s(" (->");
            c.out.hex(u64::from(cksum_shouldbe(stored, sum)));
            c.s(")!)");
        }
    }
    if c.o.verbose > 0 && matches!(typ, 3 | 4 | 5 | 11 | 12) {
        let inner = rest(b, icmp::HEADER_LEN);
        c.s("\n\t");
        // tcpdump ends the captured bytes at the quoted datagram's own
        // length, then reads that length again, under the new end.
        let ip_len = usize::from(be16(inner, 2)?);
        let inner = &inner[..inner.len().min(ip_len)];
        dispatch::ip(c, inner, usize::from(be16(inner, 2)?))?;
        c.proto = "icmp";
    }
    if c.o.verbose > 0 && length > EXT_OFFSET && matches!(typ, 3 | 11 | 12) {
        multipart(c, b, length)?;
    }
    Ok(())
}

/// Where an RFC 4884 extension starts: 128 bytes of quoted datagram after
/// the 8-byte header (tcpdump's ICMP_EXTD_MINLEN).
const EXT_OFFSET: usize = 136;

/// The extension object classes print-icmp.c names.
const EXT_CLASSES: &[(u32, &str)] = &[(1, "MPLS Stack Entry"), (2, "Interface Identification")];

/// The multi-part extension of an unreachable, time exceeded or parameter
/// problem message of `length` bytes: its header and objects (MPLS label
/// stack entries decoded, others in hex), as print-icmp.c walks them.
fn multipart(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    // tcpdump's ND_TCHECK_SIZE of its struct: header, quote and 5 bytes.
    tcheck(b, 0, EXT_OFFSET + 5)?;
    let ext = &b[EXT_OFFSET..];
    let hlen = length - EXT_OFFSET;
    let whole = b.len() >= length;
    // Without a length field, only a checksum that holds shows that an
    // extension is there.
    if b[5] == 0 && whole && in_cksum(&[&ext[..hlen]]) != 0 {
        return Ok(());
    }
    let version = ext[0] >> 4;
    c.s_dec("\n\tICMP Multi-Part extension v", version);
    if version != 2 {
        c.s(" packet not supported");
        return Ok(());
    }
    if whole {
        c.s(", checksum 0x");
        c.out.hex0(u64::from(be16(ext, 2)?), 4);
        c.s(if in_cksum(&[&ext[..hlen]]) != 0 {
            " (incorrect)"
        } else {
            " (correct)"
        });
        c.s_dec(", length ", hlen as u64);
    }
    // tcpdump's unsigned arithmetic: an extension shorter than its own
    // header wraps to a huge length, and the walk then stops at the end
    // of the capture.
    let mut left = (hlen as u32).wrapping_sub(4);
    let mut at = 4;
    while left > 4 {
        tcheck(ext, at, 4)?;
        let obj_len = be16(ext, at)?;
        let (class, ctype) = (ext[at + 2], ext[at + 3]);
        at += 4;
        c.s("\n\t  ");
        c.tok(EXT_CLASSES, class.into(), "unknown");
        c.dec_fields(&[
            (" Object (", class.into()),
            ("), Class-Type: ", ctype.into()),
            (", length ", obj_len.into()),
        ]);
        left -= 4;
        if class == 0 || obj_len < 4 {
            return Ok(());
        }
        let body_len = u32::from(obj_len) - 4;
        if class == 1 && ctype == 1 {
            let entry = ext.get(at..).and_then(mpls::Entry::new_checked);
            let entry = entry.ok_or(Trunc)?;
            c.dec_fields(&[
                ("\n\t    label ", entry.label().into()),
                (", tc ", entry.traffic_class().into()),
            ]);
            if entry.bottom_of_stack() {
                c.s(", [S]");
            }
            c.dec_fields(&[(", ttl ", entry.ttl().into())]);
        } else {
            c.unknown_data(ext, at, "\n\t    ", body_len as usize);
        }
        if left < body_len {
            break;
        }
        left -= body_len;
        at += body_len as usize;
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
    let msg = icmp::message(b);
    let (typ, code) = match &msg {
        Some(m) => (m.type_u8(), m.code_u8()),
        None => (u8at(b, field::TYPE)?, u8at(b, field::CODE)?),
    };
    // Bytes 4..8 (identifier and sequence, pointer, ...): etherparse's
    // when the first eight were captured, else read up to the cut.
    let rest4 = msg.as_ref().map(|m| m.bytes5to8());
    let word = |i: usize| match rest4 {
        Some(r) => Ok(u16::from_be_bytes([r[i], r[i + 1]])),
        None => be16(b, field::REST.start + i),
    };
    match typ {
        // tcpdump checks these bytes with ND_TCHECK before using them.
        11 if b.len() < 28 => return Ok(false),
        14 if b.len() < 20 => return Ok(false),
        3 if code == 3 && b.len() < 18 => return Ok(false),
        0 | 8 => {
            let id = word(0)?;
            let seq = word(2)?;
            c.s(if typ == 8 {
                "echo request"
            } else {
                "echo reply"
            });
            c.dec_fields(&[(", id ", id.into()), (", seq ", seq.into())]);
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
                    c.s_dec("redirect-#", code);
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
                c.s_dec("time exceeded-#", code);
            }
        },
        12 => {
            if code != 0 {
                c.s_dec("parameter problem - code ", code);
            } else {
                let ptr = u8at(b, 4)?;
                c.s_dec("parameter problem - octet ", ptr);
            }
        }
        13 | 14 => {
            let id = word(0)?;
            let seq = word(2)?;
            let reply = typ == 14;
            if reply {
                // The three times must all be there before any is printed.
                bytes(b, 8, 12)?;
            }
            c.s(if reply {
                "time stamp reply"
            } else {
                "time stamp query"
            });
            c.dec_fields(&[(" id ", id.into()), (" seq ", seq.into())]);
            if reply {
                for (label, at) in [(": org ", 8), (", recv ", 12), (", xmit ", 16)] {
                    c.s(label);
                    ms_time(c, be32(b, at)?);
                }
            }
        }
        9 => {
            let Some(r) = rest4 else {
                return Err(Trunc);
            };
            let (num, size, lifetime) = (r[0], r[1], u32::from(word(2)?));
            c.s("router advertisement lifetime ");
            if lifetime < 60 {
                c.dec(lifetime);
            } else if lifetime < 3600 {
                padded(c, &[("", lifetime / 60, 1), (":", lifetime % 60, 2)]);
            } else {
                let (h, m, s) = (lifetime / 3600, lifetime % 3600 / 60, lifetime % 60);
                padded(c, &[("", h, 1), (":", m, 2), (":", s, 2)]);
            }
            c.s_dec(" ", num);
            c.s(":");
            if size != 2 {
                c.s_dec(" [size ", size);
                c.s("]");
            } else {
                for k in 0..usize::from(num) {
                    let entry = bytes(b, 8 + 8 * k, 8)?;
                    c.s(" {");
                    c.ip4(&entry[..4]);
                    c.s(" ");
                    c.dec(be32(entry, 4)?);
                    c.s("}");
                }
            }
        }
        18 => {
            let mask = be32(b, 8)?;
            c.s("address mask is 0x");
            c.out.hex0(u64::from(mask), 8);
        }
        _ => c.tok_or(TYPE_NAMES, typ.into(), "type-#", ""),
    }
    Ok(true)
}

/// The types the summary names without reading more of the message
/// (print-icmp.c's icmp2str rows for them).
const TYPE_NAMES: &[(u32, &str)] = &[
    (4, "source quench"),
    (9, "router advertisement"),
    (10, "router solicitation"),
    (15, "information request"),
    (16, "information reply"),
    (17, "address mask request"),
    (18, "address mask reply"),
];

/// icmp_tstamp_print: milliseconds since midnight as HH:MM:SS.mmm.
fn ms_time(c: &mut Ctx, t: u32) {
    let (ms, s) = (t % 1000, t / 1000);
    let (h, m, s) = (s / 3600, (s % 3600) / 60, s % 60);
    padded(c, &[("", h, 2), (":", m, 2), (":", s, 2), (".", ms, 3)]);
}

/// Each number after its separator, zero-padded to its width: the
/// clock-style times tcpdump prints ("HH:MM:SS").
fn padded(c: &mut Ctx, parts: &[(&str, u32, usize)]) {
    for &(separator, n, width) in parts {
        c.s(separator);
        c.out.dec0(u64::from(n), width);
    }
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
            c.s_dec(" protocol ", p);
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
                    c.s_dec(" protocol ", proto);
                    c.s_dec(" port ", dport);
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
                c.s_dec(" (mtu ", mtu);
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
            c.ip4(dst);
            c.s_dec(" unreachable - #", code);
        }
    }
    Ok(())
}
