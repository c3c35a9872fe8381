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
    c.s(", length ");
    c.dec(length as u64);
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
    c.s("\n\tICMP Multi-Part extension v");
    c.dec(version);
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
        c.s(", length ");
        c.dec(hlen as u64);
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
            c.s(" ");
            c.dec(num);
            c.s(":");
            if size != 2 {
                c.s(" [size ");
                c.dec(size);
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
            c.ip4(dst);
            c.s(" unreachable - #");
            c.dec(code);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::tests::{golden, golden_link, numeric};

    /// Router advertisements, address masks and the types tcpdump names
    /// only by number, whole and cut (expected text from tcpdump 4.99.3).
    #[test]
    fn discovery_and_masks() {
        golden(
            numeric(0),
            &[
                (
                    "02000000000202000000000108004500002c000100004001f6c7c0000201c00002070601000002020e7f",
                    "IP truncated-ip - 16 bytes missing! 192.0.2.1 > 192.0.2.7: ICMP type-#6, length 24",
                ),
                (
                    "020000000002020000000001080045000034000100004001f6bfc0000201c000020711000000000213e3202100f8df0135c637f5fb2adf2a4a50f6328ae0ada0342e",
                    "IP 192.0.2.1 > 192.0.2.7: ICMP address mask request, length 32",
                ),
                (
                    "020000000002020000000001080045000034000100004001f6bfc0000201c00002070900000000000d54ef254310544dd19a960098adb556104f5ad14e7bb2502f7b",
                    "IP 192.0.2.1 > 192.0.2.7: ICMP router advertisement lifetime 56:52 0: [size 0], length 32",
                ),
                (
                    "02000000000202000000000108004500001c000100004001f6d7c0000201c0000207060000",
                    "IP truncated-ip - 5 bytes missing! 192.0.2.1 > 192.0.2.7: ICMP type-#6, length 8",
                ),
                (
                    "020000000002020000000001080045000032000100004001f6c1c0000201c00002071001000002000e3796bfc7cc5edc4b096ef2fa173557839c5ceb255746ec",
                    "IP 192.0.2.1 > 192.0.2.7: ICMP information reply, length 30",
                ),
                (
                    "02000000000202000000000108004500002f000100004001f6c4c0000201c00002071201000002000528a026b8b04fff7b29b80c14fc9988ec67083cbd",
                    "IP 192.0.2.1 > 192.0.2.7: ICMP address mask is 0xa026b8b0, length 27",
                ),
                (
                    "020000000002020000000001080045000039000100004001f6bac0000201c00002070d01000003020110cd7e55d63521fbbb90f321a1e5c9691b2b6f5f260fd86b4b2474ecff9e",
                    "IP 192.0.2.1 > 192.0.2.7: ICMP time stamp query id 770 seq 272, length 37",
                ),
                (
                    "020000000002020000000001080045000039000100004001f6bac0000201c000020704000000020308957867e6251c60d2fd88f52da0ef7fde562e167d4583c88cde805c10c9cb",
                    "IP 192.0.2.1 > 192.0.2.7: ICMP source quench, length 37",
                ),
                (
                    "02000000000202000000000108004500001e000100004001f6d5c0000201c00002070600000002000f87c5fb",
                    "IP 192.0.2.1 > 192.0.2.7: ICMP type-#6, length 10",
                ),
                (
                    "02000000000202000000000108004500002e000100004001f6c5c0000201c00002071201000002000b426b68d090a4895e7724289861907af532f722",
                    "IP 192.0.2.1 > 192.0.2.7: ICMP address mask is 0x6b68d090, length 26",
                ),
                (
                    "02000000000202000000000108004500001c000100004001f6d7c0000201c00002070e00000000001248",
                    "IP 192.0.2.1 > 192.0.2.7:  [|icmp]",
                ),
                (
                    "020000000002020000000001080045000034000100004001f6bfc0000201c00002070600000003020f957af8b56162f6dae928989842bdfb4d7f406a0551f1fb4e7d",
                    "IP 192.0.2.1 > 192.0.2.7: ICMP type-#6, length 32",
                ),
                (
                    "020000000002020000000001080045000020000100004001f6d3c0000201c00002070f0000000302033e389da5d3",
                    "IP 192.0.2.1 > 192.0.2.7: ICMP information request, length 12",
                ),
                (
                    "020000000002020000000001080045000024000100004001f6cfc0000201c00002070600000003020afa7d5af0a75fea0e23",
                    "IP 192.0.2.1 > 192.0.2.7: ICMP type-#6, length 16",
                ),
            ],
        );
    }

    /// Time exceeded messages with RFC 4884 extensions: an MPLS label
    /// stack entry (length field set), the same with an object tcpdump
    /// dumps in hex (length field 0, checksum holds), a checksum that fails
    /// without a length field, and another version.
    const MULTIPART: [&str; 4] = [
        "0200000000020200000000010800450000a8000100004001f643c0000209c00002070b006e55002000004500001c000100000111cd94c0000207c633640103e8829a00080000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000002000c55f0008010118960101",
        "0200000000020200000000010800450000b4000100004001f637c0000209c00002070b006e75000000004500001c000100000111cd94c0000207c633640103e8829a00080000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000002000b3310008010118960101000c020e0102030405060708",
        "0200000000020200000000010800450000a8000100004001f643c0000209c00002070b0021a1000000004500001c000100000111cd94c0000207c633640103e8829a0008000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000200012340008010118960101",
        "0200000000020200000000010800450000a8000100004001f643c0000209c00002070b006e55002000004500001c000100000111cd94c0000207c633640103e8829a00080000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000e55f0008010118960101",
    ];

    /// RFC 4884 extensions of a time exceeded message with -v: an MPLS
    /// label stack entry (length field set), the same with an object
    /// tcpdump dumps in hex (length field 0, checksum holds), a checksum
    /// that fails without a length field (no extension printed), another
    /// version, and the extension cut by the capture inside an object and
    /// inside an object header (expected text from tcpdump 4.99.3).
    #[test]
    fn multipart_extensions() {
        let [mpls, two, bad_sum, v0] = MULTIPART;
        let quote = |len: u32, icmp_len: u32| {
            format!(
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length {len})\n    192.0.2.9 > 192.0.2.7: ICMP time exceeded in-transit, length {icmp_len}\n\tIP (tos 0x0, ttl 1, id 1, offset 0, flags [none], proto UDP (17), length 28)\n    192.0.2.7.1000 > 198.51.100.1.33434: UDP, length 0"
            )
        };
        let label = "\n\t  MPLS Stack Entry Object (1), Class-Type: 1, length 8\n\t    label 100704, tc 0, [S], ttl 1";
        let iface = "\n\t  Interface Identification Object (2), Class-Type: 14, length 12\n\t    0x0000:  0102";
        golden_link(
            crate::link::LinkType::Ethernet,
            numeric(1),
            &[
                (
                    mpls,
                    0,
                    &format!(
                        "{}\n\tICMP Multi-Part extension v2, checksum 0xc55f (correct), length 12{label}",
                        quote(168, 148)
                    ),
                ),
                (
                    two,
                    0,
                    &format!(
                        "{}\n\tICMP Multi-Part extension v2, checksum 0xb331 (correct), length 24{label}{iface} 0304 0506 0708",
                        quote(180, 160)
                    ),
                ),
                (bad_sum, 0, &quote(168, 148)),
                (
                    v0,
                    0,
                    &format!(
                        "{}\n\tICMP Multi-Part extension v0 packet not supported",
                        quote(168, 148)
                    ),
                ),
                (
                    two,
                    188,
                    &format!(
                        "{}\n\tICMP Multi-Part extension v2{label}{iface}",
                        quote(180, 160)
                    ),
                ),
                (
                    two,
                    176,
                    &format!(
                        "{}\n\tICMP Multi-Part extension v2 [|icmp]",
                        quote(180, 160)
                    ),
                ),
            ],
        );
        golden(
            numeric(0),
            &[(
                mpls,
                "IP 192.0.2.9 > 192.0.2.7: ICMP time exceeded in-transit, length 148",
            )],
        );
    }

    /// No panic on cut and randomly changed copies of the extension frames.
    #[test]
    fn multipart_never_panics() {
        super::super::tests::never_panics(crate::link::LinkType::Ethernet, &MULTIPART);
    }

    /// A quoted datagram whose own length is under 4 ends the captured
    /// bytes before that length can be read again ([|icmp]); one under 20
    /// is cut inside its header ([|ip]) (tcpdump 4.99.3 -n -v).
    #[test]
    fn quoted_datagram_shorter_than_its_header() {
        golden(
            numeric(1),
            &[
                (
                    "020000000002020000000001080045000038000100004001ee9cc6120001c612000203078a4200000000450000010001000001112ca1c6120002c6120109829a829b00086d78",
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 56)\n    198.18.0.1 > 198.18.0.2: ICMP host 198.18.1.9 unreachable - unknown, length 36 (wrong icmp cksum 8a42 (->8a5d)!)\n\t [|icmp]",
                ),
                (
                    "020000000002020000000001080045000038000100004001ee9cc6120001c612000203078a4200000000450000040001000001112ca1c6120002c6120109829a829b00086d78",
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 56)\n    198.18.0.1 > 198.18.0.2: ICMP host 198.18.1.9 unreachable - unknown, length 36 (wrong icmp cksum 8a42 (->8a5a)!)\n\tIP  [|ip]",
                ),
            ],
        );
    }
}
