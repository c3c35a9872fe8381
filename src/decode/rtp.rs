//! RTP and its relatives as print-udp.c prints them for -T rtp, -T rtcp
//! and -T vat (and VAT by its port): RTP v1 and v2 headers, RTCP reports
//! one after another, and the vat/vt audio headers RTP grew out of. They
//! share one file as tcpdump keeps them together: one media transport
//! family, a few lines each.

use super::ctx::{Ctx, Res, Trunc, be16, be32};

/// rtp_print: `len` is the UDP payload's length.
pub(crate) fn rtp(c: &mut Ctx, b: &[u8], len: usize) -> Res {
    c.proto = "rtp";
    if len < 8 {
        return too_short(c, "udp/rtp", len, 8);
    }
    let (i0, i1) = (be32(b, 0)?, be32(b, 4)?);
    let mut dlen = len - 8;
    // Word index of what follows the fixed header, and the words left.
    let mut word = 2;
    let mut words = (len >> 2) - 2;
    let (ptype, hasopt, hasext, contype, hasmarker);
    if i0 >> 30 == 1 {
        // RTP v1, draft-ietf-avt-rtp-04.
        ptype = "rtpv1";
        hasopt = i0 & 0x80_0000 != 0;
        hasext = false;
        contype = (i0 >> 16) & 0x3f;
        hasmarker = i0 & 0x40_0000 != 0;
    } else {
        // RTP v2, RFC 3550: the SSRC is part of the header.
        if dlen < 4 {
            return too_short(c, "udp/rtp", dlen + 8, 12);
        }
        ptype = "rtp";
        hasopt = false;
        hasext = i0 & 0x1000_0000 != 0;
        contype = (i0 >> 16) & 0x7f;
        hasmarker = i0 & 0x80_0000 != 0;
        dlen -= 4;
        word += 1;
        words -= 1;
    }
    c.s("udp/");
    c.s(ptype);
    c.s(" ");
    c.dec(dlen as u64);
    c.s(" c");
    c.dec(contype);
    c.s(" ");
    if hasopt || hasext {
        c.s("+");
    }
    if hasmarker {
        c.s("*");
    }
    c.s(" ");
    c.dec(i0 & 0xffff);
    c.s(" ");
    c.dec(i1);
    if c.o.verbose == 0 {
        return Ok(());
    }
    let third = be32(b, 8)?;
    c.s(" ");
    c.dec(third);
    if hasopt {
        // v1 options, each giving its length in words; the last has the
        // top bit set. Each moves on by at least one word.
        loop {
            let opt = be32(b, word * 4)?;
            let optlen = ((opt >> 16) & 0xff) as usize;
            if optlen == 0 || optlen > words {
                c.s(" !opt");
                return Ok(());
            }
            word += optlen;
            words -= optlen;
            if (opt as i32) < 0 {
                break;
            }
        }
    }
    if hasext {
        let ext = be32(b, word * 4)?;
        let extlen = (ext & 0xffff) as usize + 1;
        if extlen > words {
            c.s(" !ext");
            return Ok(());
        }
        word += extlen;
    }
    if contype == 0x1f {
        // H.261's header.
        let h261 = be32(b, word * 4)? >> 16;
        c.s(" 0x");
        c.s(&format!("{h261:04x}"));
    }
    Ok(())
}

const RTCP_HDR_LEN: usize = 8;
const SR_LEN: usize = 20;
const RR_LEN: usize = 24;

/// -T rtcp: the RTCP packets of a compound datagram, one after another.
pub(crate) fn rtcp(c: &mut Ctx, b: &[u8]) -> Res {
    let mut at = 0;
    while at < b.len() {
        at = rtcp_packet(c, b, at)?;
    }
    Ok(())
}

/// rtcp_print: one RTCP packet at `at`; returns where the next starts
/// (at least a header further on).
fn rtcp_packet(c: &mut Ctx, b: &[u8], at: usize) -> Res<usize> {
    c.proto = "rtcp";
    if at + RTCP_HDR_LEN > b.len() {
        return Err(Trunc);
    }
    let len = (usize::from(be16(b, at + 2)?) + 1) * 4;
    let flags = be16(b, at)?;
    let mut cnt = usize::from((flags >> 8) & 0x1f);
    let ssrc = |c: &mut Ctx| -> Res {
        if c.o.verbose > 0 {
            let ssrc = be32(b, at + 4)?;
            c.s(" ");
            c.dec(ssrc);
        }
        Ok(())
    };
    let mut rr = at + RTCP_HDR_LEN;
    match flags & 0xff {
        200 => {
            c.s(" sr");
            if len != cnt * RR_LEN + SR_LEN + RTCP_HDR_LEN {
                bracketed(c, len);
            }
            ssrc(c)?;
            let sr = at + RTCP_HDR_LEN;
            let upper = f64::from(be32(b, sr)?);
            let lower = f64::from(be32(b, sr + 4)?);
            let ts = upper + lower / 4_294_967_296.0;
            let (media, packets, octets) = (be32(b, sr + 8)?, be32(b, sr + 12)?, be32(b, sr + 16)?);
            c.s(&format!(" @{ts:.2} {media} {packets}p {octets}b"));
            rr = sr + SR_LEN;
        }
        201 => {
            c.s(" rr");
            if len != cnt * RR_LEN + RTCP_HDR_LEN {
                bracketed(c, len);
            }
            ssrc(c)?;
        }
        202 | 203 => {
            c.s(if flags & 0xff == 202 {
                " sdes "
            } else {
                " bye "
            });
            c.dec(len as u64);
            ssrc(c)?;
            cnt = 0;
        }
        pt => {
            c.s(" type-0x");
            c.s(&format!("{pt:x} "));
            c.dec(len as u64);
            cnt = 0;
        }
    }
    if cnt > 1 {
        c.s(" c");
        c.dec(cnt as u64);
    }
    for _ in 0..cnt {
        if rr + RR_LEN > b.len() {
            return Err(Trunc);
        }
        if c.o.verbose > 0 {
            let src = be32(b, rr)?;
            c.s(" ");
            c.dec(src);
        }
        let lsr = f64::from(be32(b, rr + 16)?) / 65536.0;
        let dlsr = f64::from(be32(b, rr + 20)?) / 65536.0;
        let (lost, last, jitter) = (
            be32(b, rr + 4)? & 0xff_ffff,
            be32(b, rr + 8)?,
            be32(b, rr + 12)?,
        );
        c.s(&format!(" {lost}l {last}s {jitter}j @{lsr:.2}+{dlsr:.2}"));
        // tcpdump's loop never moves its report pointer on: it prints
        // the first report block `cnt` times.
    }
    Ok(at + len)
}

/// " [LEN]": a report whose length does not match its count.
fn bracketed(c: &mut Ctx, len: usize) {
    c.s(" [");
    c.dec(len as u64);
    c.s("]");
}

/// "WHAT, length N < MIN": a payload too short for its header, which
/// ends the line.
fn too_short(c: &mut Ctx, what: &str, length: usize, min: usize) -> Res {
    c.s(what);
    c.s(", length ");
    c.dec(length as u64);
    c.s(" < ");
    c.dec(min as u64);
    Ok(())
}

/// vat_print: the vat (or vt) audio header.
pub(crate) fn vat(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "vat";
    if length < 2 {
        return too_short(c, "udp/va/vat", length, 2);
    }
    let ts = be16(b, 0)?;
    if ts & 0xf060 != 0 {
        // Probably vt.
        c.s(&format!("udp/vt {length} {} / {}", ts & 0x3ff, ts >> 10));
        return Ok(());
    }
    if length < 8 {
        return too_short(c, "udp/vat", length, 8);
    }
    let (i0, i1) = (be32(b, 0)?, be32(b, 4)?);
    c.s(&format!("udp/vat {} c{} {}", length - 8, i0 & 0xffff, i1));
    if i0 & 0x80_0000 != 0 {
        c.s("*");
    }
    // The audio format.
    if i0 & 0x1f_0000 != 0 {
        c.s(&format!(" f{}", (i0 >> 16) & 0x1f));
    }
    if i0 & 0x3f00_0000 != 0 {
        c.s(&format!(" s{}", (i0 >> 24) & 0x3f));
    }
    Ok(())
}
#[cfg(test)]
mod tests {
    use crate::decode::PacketType;
    use crate::decode::PrintOptions;
    use crate::decode::tests::{golden_levels, golden_link, numeric};
    use crate::link::LinkType;

    /// -T rtp without and with -v: v2 with a marker, extension and H.261 header, v1 with options, and lengths too short; with -v the timestamp, options and extension walked, and their complaints (tcpdump 4.99.3).
    #[test]
    fn rtp_headers() {
        golden_levels(
            LinkType::Ethernet,
            &[
                (
                    "0200000000020200000000010800450000300001000040110000c0000201c0000202138c138c001c000080081234000003e80000cafe7061796c6f616421",
                    0,
                ),
                (
                    "02000000000202000000000108004500002c0001000040110000c0000201c0000202138c138c00180000809f0007000007d00000000112345678",
                    0,
                ),
                (
                    "0200000000020200000000010800450000340001000040110000c0000201c0000202138c138c00200000901f0007000007d000000001bede000100000000abcd0000",
                    0,
                ),
                (
                    "0200000000020200000000010800450000300001000040110000c0000201c0000202138c138c001c0000901f0007000007d000000001bede000900000000",
                    0,
                ),
                (
                    "0200000000020200000000010800450000340001000040110000c0000201c0000202138c138c0020000040c5000300000bb80000000200010000800100007461696c",
                    0,
                ),
                (
                    "02000000000202000000000108004500002c0001000040110000c0000201c0000202138c138c001800004085000300000bb80000000200000000",
                    0,
                ),
                (
                    "0200000000020200000000010800450000260001000040110000c0000201c0000202138c138c0012000080000000000000010000",
                    0,
                ),
                (
                    "02000000000202000000000108004500001f0001000040110000c0000201c0000202138c138c000b0000000000",
                    0,
                ),
            ],
            &[
                (
                    PrintOptions {
                        packet_type: Some(PacketType::Rtp),
                        ..numeric(0)
                    },
                    &[
                        "IP 192.0.2.1.5004 > 192.0.2.2.5004: udp/rtp 8 c8  4660 1000",
                        "IP 192.0.2.1.5004 > 192.0.2.2.5004: udp/rtp 4 c31 * 7 2000",
                        "IP 192.0.2.1.5004 > 192.0.2.2.5004: udp/rtp 12 c31 + 7 2000",
                        "IP 192.0.2.1.5004 > 192.0.2.2.5004: udp/rtp 8 c31 + 7 2000",
                        "IP 192.0.2.1.5004 > 192.0.2.2.5004: udp/rtpv1 16 c5 +* 3 3000",
                        "IP 192.0.2.1.5004 > 192.0.2.2.5004: udp/rtpv1 8 c5 + 3 3000",
                        "IP 192.0.2.1.5004 > 192.0.2.2.5004: udp/rtp, length 10 < 12",
                        "IP 192.0.2.1.5004 > 192.0.2.2.5004: udp/rtp, length 3 < 8",
                    ],
                ),
                (
                    PrintOptions {
                        packet_type: Some(PacketType::Rtp),
                        ..numeric(1)
                    },
                    &[
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 48, bad cksum 0 (->f6b8)!)\n    192.0.2.1.5004 > 192.0.2.2.5004: udp/rtp 8 c8  4660 1000 51966",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 44, bad cksum 0 (->f6bc)!)\n    192.0.2.1.5004 > 192.0.2.2.5004: udp/rtp 4 c31 * 7 2000 1 0x1234",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 52, bad cksum 0 (->f6b4)!)\n    192.0.2.1.5004 > 192.0.2.2.5004: udp/rtp 12 c31 + 7 2000 1 0xabcd",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 48, bad cksum 0 (->f6b8)!)\n    192.0.2.1.5004 > 192.0.2.2.5004: udp/rtp 8 c31 + 7 2000 1 !ext",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 52, bad cksum 0 (->f6b4)!)\n    192.0.2.1.5004 > 192.0.2.2.5004: udp/rtpv1 16 c5 +* 3 3000 2 !opt",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 44, bad cksum 0 (->f6bc)!)\n    192.0.2.1.5004 > 192.0.2.2.5004: udp/rtpv1 8 c5 + 3 3000 2 !opt",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 38, bad cksum 0 (->f6c2)!)\n    192.0.2.1.5004 > 192.0.2.2.5004: udp/rtp, length 10 < 12",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 31, bad cksum 0 (->f6c9)!)\n    192.0.2.1.5004 > 192.0.2.2.5004: udp/rtp, length 3 < 8",
                    ],
                ),
            ],
        );
    }

    /// The two short RTP captures of tcpdump's suite (tcpdump 4.99.3 -v).
    #[test]
    fn rtp_short_captures() {
        golden_link(
            LinkType::Ethernet,
            PrintOptions {
                packet_type: Some(PacketType::Rtp),
                ..numeric(1)
            },
            &[
                (
                    "ffffffffffff010101010101080045000025009e4000ff11d7e0d01502b80a01016305e80035dfff2ab9309f122ce37090440325730019a18d6ed4369d0dd817c53f1a4d1070c50bf92b283c0fb02bb651f9023cb93bbecdc086f5ad0bec242659e0662573001fe9876fefc5928592f707ef3a5d758342339b09bc6256dacab1804daf902573001366ed1a3a4b085ff4b9fa52d84a9da62574000d16c977f4f7e0faa0221f0207c92b9fa8765ae16e50be7617257300378b5d2d3c724fea8122461bb80a7da0f9173c29ebecc27baf0e97898f6637c032871ce64c41a952594d8a3f6a25acd125730058d8325520aeb535542573002bb90b36c396605815be58c8d76a248df4e424b721662feaf65eca8225007c69615a676c740a91e89dd56d08447eb1303597c72573003b257300df25ee0d2a1adf811e458def1828f2a86598571661b48f5df9fd1eaba374d267768ba64fd3c78110c701fa1b8033728b9bb6b80808eef3040ca0b2a34b8572a6274e616b2573005918f86374af0d7b6756df9fb19ce92cf99a18ee67bc8058705d118a7dc92c25730025435304a7992273aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                    0,
                    "IP (tos 0x0, ttl 255, id 158, offset 0, flags [DF], proto UDP (17), length 37, bad cksum d7e0 (->9cf8)!)\n    208.21.2.184.1512 > 10.1.1.99.53: udp/rtp, length 9 < 12",
                ),
                (
                    "ffffffffffff01010101010108004500006420480000fc11f803d01502b80a01016305e80202000851e13c1f7cb6e753b4411b20a40d55af2573005a7c6e2b2573004e2c257300e11dbabe4bd74b787135812ac6fa4aad3bc971bf7d8516afcf7488fcbc20933198c381c619c889b65c69ca345d8d312500c40339d64c25f70003d5a2f8ee650b641383e298f74301719c320147a932027eb4aabf03f7aea9257300452f68ca0325102573008e376c7aacb56a7ba3964af1f32ee1e125a80f01941625730091b9257300e0ec613a8bde8b8496574f4eeaf71d4b28ce1818240ffbe3272c26dbdb5f3df5e3efcc9efe9f408abddd2af38bfdfe2eb5dc2471271c94cf5a3565257300f186792573005a04afb044313f0f17baed7411fc69b2a2fadf71829468cf0dcbaa713085e25deed503f9e94730d1a038dd2573000d8bf804b0515f7725730004d34272422d532cbd62d63030912549a15ec2c67a23253621637762426f3291d5b7bf9b70060d78d5276ff30d181a1398874790e14cd31ea0f496c049e38253c072febe99ced0143180ef6c199c46b7ca0e2ca8d73263184f5cd877188e036f6e963f7ab4bedaac6e25730046e0e9c66cab7a5a5d764d31e41075257300bc2bd3bb42c5406140cb47e5b9bc257300d51e9592ce2371d58c95f6cd2f84347e89c8b0ff06124dcd135facd3a5f7a2e3124906406c843a93b4541f257300c4322080ba9532bd4ac32573001497bd28136c95b28af792e830bae90b54c60d8552b2fb27613b8f644900dd31ad0fe6db8621f106624764b1cae03dd909a67c280f838f53ca4846dc46b8ce6f79c696f82573007bc8f9cf9cdada25730096fb333b7fa2f1bb15f15bea47c942f056bd5636faeb721508a2b1527471cf8e4dae4433bc2a0bb64577e4f0e58ec3d968b36cea8f5753ae6590eea1e1874bb425730077544a22d3b26baaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                    0,
                    "IP (tos 0x0, ttl 252, id 8264, offset 0, flags [none], proto UDP (17), length 100, bad cksum f803 (->c00f)!)\n    208.21.2.184.1512 > 10.1.1.99.514: udp/rtp, length 0 < 8",
                ),
            ],
        );
    }

    /// -T rtp -v cut in the header, the option and the extension (tcpdump 4.99.3).
    #[test]
    fn rtp_cut() {
        golden_link(
            LinkType::Ethernet,
            PrintOptions {
                packet_type: Some(PacketType::Rtp),
                ..numeric(1)
            },
            &[
                (
                    "0200000000020200000000010800450000340001000040110000c0000201c0000202138c138c00200000901f0007000007d000000001bede000100000000abcd0000",
                    44,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 52, bad cksum 0 (->f6b4)!)\n    192.0.2.1.5004 > 192.0.2.2.5004:  [|rtp]",
                ),
                (
                    "0200000000020200000000010800450000340001000040110000c0000201c0000202138c138c00200000901f0007000007d000000001bede000100000000abcd0000",
                    46,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 52, bad cksum 0 (->f6b4)!)\n    192.0.2.1.5004 > 192.0.2.2.5004:  [|rtp]",
                ),
                (
                    "0200000000020200000000010800450000340001000040110000c0000201c0000202138c138c00200000901f0007000007d000000001bede000100000000abcd0000",
                    50,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 52, bad cksum 0 (->f6b4)!)\n    192.0.2.1.5004 > 192.0.2.2.5004: udp/rtp 12 c31 + 7 2000 [|rtp]",
                ),
                (
                    "0200000000020200000000010800450000340001000040110000c0000201c0000202138c138c00200000901f0007000007d000000001bede000100000000abcd0000",
                    54,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 52, bad cksum 0 (->f6b4)!)\n    192.0.2.1.5004 > 192.0.2.2.5004: udp/rtp 12 c31 + 7 2000 1 [|rtp]",
                ),
                (
                    "0200000000020200000000010800450000340001000040110000c0000201c0000202138c138c00200000901f0007000007d000000001bede000100000000abcd0000",
                    58,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 52, bad cksum 0 (->f6b4)!)\n    192.0.2.1.5004 > 192.0.2.2.5004: udp/rtp 12 c31 + 7 2000 1 [|rtp]",
                ),
                (
                    "0200000000020200000000010800450000340001000040110000c0000201c0000202138c138c00200000901f0007000007d000000001bede000100000000abcd0000",
                    62,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 52, bad cksum 0 (->f6b4)!)\n    192.0.2.1.5004 > 192.0.2.2.5004: udp/rtp 12 c31 + 7 2000 1 [|rtp]",
                ),
                (
                    "0200000000020200000000010800450000340001000040110000c0000201c0000202138c138c00200000901f0007000007d000000001bede000100000000abcd0000",
                    66,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 52, bad cksum 0 (->f6b4)!)\n    192.0.2.1.5004 > 192.0.2.2.5004: udp/rtp 12 c31 + 7 2000 1 0xabcd",
                ),
                (
                    "0200000000020200000000010800450000340001000040110000c0000201c0000202138c138c0020000040c5000300000bb80000000200010000800100007461696c",
                    50,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 52, bad cksum 0 (->f6b4)!)\n    192.0.2.1.5004 > 192.0.2.2.5004: udp/rtpv1 16 c5 +* 3 3000 [|rtp]",
                ),
                (
                    "0200000000020200000000010800450000340001000040110000c0000201c0000202138c138c0020000040c5000300000bb80000000200010000800100007461696c",
                    54,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 52, bad cksum 0 (->f6b4)!)\n    192.0.2.1.5004 > 192.0.2.2.5004: udp/rtpv1 16 c5 +* 3 3000 2 !opt",
                ),
                (
                    "0200000000020200000000010800450000340001000040110000c0000201c0000202138c138c0020000040c5000300000bb80000000200010000800100007461696c",
                    58,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 52, bad cksum 0 (->f6b4)!)\n    192.0.2.1.5004 > 192.0.2.2.5004: udp/rtpv1 16 c5 +* 3 3000 2 !opt",
                ),
            ],
        );
    }

    /// -T rtcp without and with -v (the SSRCs): sender and receiver reports with their blocks, SDES, BYE, another type, lengths that do not match the count (tcpdump 4.99.3).
    #[test]
    fn rtcp_reports() {
        golden_levels(
            LinkType::Ethernet,
            &[
                (
                    "02000000000202000000000108004500005c0001000040110000c0000201c0000202138c138c0048000081c8000c11111111e27f660080000000000000a00000000a000006402222222201000005000003840000001e000180000000800081ca00024444444401026162",
                    0,
                ),
                (
                    "0200000000020200000000010800450000640001000040110000c0000201c0000202138c138c0050000082c9000d3333333300000001000000020000000300000004000100000002000000000001000000020000000300000004000100000002000081cb00015555555580cc000166666666",
                    0,
                ),
                (
                    "0200000000020200000000010800450000380001000040110000c0000201c0000202138c138c0024000081c80005111111110000000000000000000000000000000000000000",
                    0,
                ),
                (
                    "02000000000202000000000108004500002c0001000040110000c0000201c0000202138c138c0018000080c90003333333330000000000000000",
                    0,
                ),
            ],
            &[
                (
                    PrintOptions {
                        packet_type: Some(PacketType::Rtcp),
                        ..numeric(0)
                    },
                    &[
                        "IP 192.0.2.1.5004 > 192.0.2.2.5004:  sr @3800000000.50 160 10p 1600b 5l 900s 30j @1.50+0.50 sdes 12",
                        "IP 192.0.2.1.5004 > 192.0.2.2.5004:  rr c2 2l 3s 4j @1.00+2.00 2l 3s 4j @1.00+2.00 bye 8 type-0xcc 8",
                        "IP 192.0.2.1.5004 > 192.0.2.2.5004:  sr [24] @0.00 0 0p 0b [|rtcp]",
                        "IP 192.0.2.1.5004 > 192.0.2.2.5004:  rr [16]",
                    ],
                ),
                (
                    PrintOptions {
                        packet_type: Some(PacketType::Rtcp),
                        ..numeric(1)
                    },
                    &[
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 92, bad cksum 0 (->f68c)!)\n    192.0.2.1.5004 > 192.0.2.2.5004:  sr 286331153 @3800000000.50 160 10p 1600b 572662306 5l 900s 30j @1.50+0.50 sdes 12 1145324612",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 100, bad cksum 0 (->f684)!)\n    192.0.2.1.5004 > 192.0.2.2.5004:  rr 858993459 c2 1 2l 3s 4j @1.00+2.00 1 2l 3s 4j @1.00+2.00 bye 8 1431655765 type-0xcc 8",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 56, bad cksum 0 (->f6b0)!)\n    192.0.2.1.5004 > 192.0.2.2.5004:  sr [24] 286331153 @0.00 0 0p 0b [|rtcp]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 44, bad cksum 0 (->f6bc)!)\n    192.0.2.1.5004 > 192.0.2.2.5004:  rr [16] 858993459",
                    ],
                ),
            ],
        );
    }

    /// -T rtcp -v cut in the header, the sender info and a block (tcpdump 4.99.3).
    #[test]
    fn rtcp_cut() {
        golden_link(
            LinkType::Ethernet,
            PrintOptions {
                packet_type: Some(PacketType::Rtcp),
                ..numeric(1)
            },
            &[
                (
                    "02000000000202000000000108004500005c0001000040110000c0000201c0000202138c138c0048000081c8000c11111111e27f660080000000000000a00000000a000006402222222201000005000003840000001e000180000000800081ca00024444444401026162",
                    44,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 92, bad cksum 0 (->f68c)!)\n    192.0.2.1.5004 > 192.0.2.2.5004:  [|rtcp]",
                ),
                (
                    "02000000000202000000000108004500005c0001000040110000c0000201c0000202138c138c0048000081c8000c11111111e27f660080000000000000a00000000a000006402222222201000005000003840000001e000180000000800081ca00024444444401026162",
                    46,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 92, bad cksum 0 (->f68c)!)\n    192.0.2.1.5004 > 192.0.2.2.5004:  [|rtcp]",
                ),
                (
                    "02000000000202000000000108004500005c0001000040110000c0000201c0000202138c138c0048000081c8000c11111111e27f660080000000000000a00000000a000006402222222201000005000003840000001e000180000000800081ca00024444444401026162",
                    50,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 92, bad cksum 0 (->f68c)!)\n    192.0.2.1.5004 > 192.0.2.2.5004:  sr 286331153 [|rtcp]",
                ),
                (
                    "02000000000202000000000108004500005c0001000040110000c0000201c0000202138c138c0048000081c8000c11111111e27f660080000000000000a00000000a000006402222222201000005000003840000001e000180000000800081ca00024444444401026162",
                    54,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 92, bad cksum 0 (->f68c)!)\n    192.0.2.1.5004 > 192.0.2.2.5004:  sr 286331153 [|rtcp]",
                ),
                (
                    "02000000000202000000000108004500005c0001000040110000c0000201c0000202138c138c0048000081c8000c11111111e27f660080000000000000a00000000a000006402222222201000005000003840000001e000180000000800081ca00024444444401026162",
                    60,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 92, bad cksum 0 (->f68c)!)\n    192.0.2.1.5004 > 192.0.2.2.5004:  sr 286331153 [|rtcp]",
                ),
                (
                    "02000000000202000000000108004500005c0001000040110000c0000201c0000202138c138c0048000081c8000c11111111e27f660080000000000000a00000000a000006402222222201000005000003840000001e000180000000800081ca00024444444401026162",
                    70,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 92, bad cksum 0 (->f68c)!)\n    192.0.2.1.5004 > 192.0.2.2.5004:  sr 286331153 @3800000000.50 160 10p 1600b [|rtcp]",
                ),
                (
                    "02000000000202000000000108004500005c0001000040110000c0000201c0000202138c138c0048000081c8000c11111111e27f660080000000000000a00000000a000006402222222201000005000003840000001e000180000000800081ca00024444444401026162",
                    80,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 92, bad cksum 0 (->f68c)!)\n    192.0.2.1.5004 > 192.0.2.2.5004:  sr 286331153 @3800000000.50 160 10p 1600b [|rtcp]",
                ),
                (
                    "02000000000202000000000108004500005c0001000040110000c0000201c0000202138c138c0048000081c8000c11111111e27f660080000000000000a00000000a000006402222222201000005000003840000001e000180000000800081ca00024444444401026162",
                    90,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 92, bad cksum 0 (->f68c)!)\n    192.0.2.1.5004 > 192.0.2.2.5004:  sr 286331153 @3800000000.50 160 10p 1600b [|rtcp]",
                ),
                (
                    "02000000000202000000000108004500005c0001000040110000c0000201c0000202138c138c0048000081c8000c11111111e27f660080000000000000a00000000a000006402222222201000005000003840000001e000180000000800081ca00024444444401026162",
                    100,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 92, bad cksum 0 (->f68c)!)\n    192.0.2.1.5004 > 192.0.2.2.5004:  sr 286331153 @3800000000.50 160 10p 1600b 572662306 5l 900s 30j @1.50+0.50 [|rtcp]",
                ),
            ],
        );
    }

    /// VAT by its destination port: vat with and without format, vt, and lengths too short (tcpdump 4.99.3).
    #[test]
    fn vat_by_port() {
        golden_link(
            LinkType::Ethernet,
            numeric(0),
            &[
                (
                    "0200000000020200000000010800450000290001000040110000c0000201c00002020fa00d8000150000008512340000004d617564696f",
                    0,
                    "IP 192.0.2.1.4000 > 192.0.2.2.3456: udp/vat 5 c4660 77* f5",
                ),
                (
                    "0200000000020200000000010800450000290001000040110000c0000201c00002020fa00d8000150000050012340000004d617564696f",
                    0,
                    "IP 192.0.2.1.4000 > 192.0.2.2.3456: udp/vat 5 c4660 77 s5",
                ),
                (
                    "0200000000020200000000010800450000250001000040110000c0000201c00002020fa00d8000110000f0ff0001766964656f",
                    0,
                    "IP 192.0.2.1.4000 > 192.0.2.2.3456: udp/vt 9 255 / 60",
                ),
                (
                    "0200000000020200000000010800450000200001000040110000c0000201c00002020fa00d80000c000000000001",
                    0,
                    "IP 192.0.2.1.4000 > 192.0.2.2.3456: udp/vat, length 4 < 8",
                ),
                (
                    "02000000000202000000000108004500001d0001000040110000c0000201c00002020fa00d800009000000",
                    0,
                    "IP 192.0.2.1.4000 > 192.0.2.2.3456: udp/va/vat, length 1 < 2",
                ),
            ],
        );
    }

    /// -T vat cut in its header (tcpdump 4.99.3).
    #[test]
    fn vat_cut() {
        golden_link(
            LinkType::Ethernet,
            PrintOptions {
                packet_type: Some(PacketType::Vat),
                ..numeric(0)
            },
            &[
                (
                    "0200000000020200000000010800450000290001000040110000c0000201c00002020fa00d8000150000008512340000004d617564696f",
                    42,
                    "IP 192.0.2.1.4000 > 192.0.2.2.3456:  [|vat]",
                ),
                (
                    "0200000000020200000000010800450000290001000040110000c0000201c00002020fa00d8000150000008512340000004d617564696f",
                    44,
                    "IP 192.0.2.1.4000 > 192.0.2.2.3456:  [|vat]",
                ),
                (
                    "0200000000020200000000010800450000290001000040110000c0000201c00002020fa00d8000150000008512340000004d617564696f",
                    46,
                    "IP 192.0.2.1.4000 > 192.0.2.2.3456:  [|vat]",
                ),
                (
                    "0200000000020200000000010800450000290001000040110000c0000201c00002020fa00d8000150000008512340000004d617564696f",
                    48,
                    "IP 192.0.2.1.4000 > 192.0.2.2.3456:  [|vat]",
                ),
            ],
        );
    }

    /// -T rtcp: a receiver report with two different blocks, whole and cut in the second; tcpdump 4.99.3 prints the first block twice (its loop never moves on).
    #[test]
    fn repeated_report_block() {
        golden_levels(
            LinkType::Ethernet,
            &[
                (
                    "020000000002020000000001080045000064000100004011ee60c6120001c6120002138d138d005027b782c9000d112233445566778805000010000003e800000003aabbccdd0000006499aabbcc01000002000007d00000000711110000000000c881cb00031122334404646f6e65000000",
                    0,
                ),
                (
                    "020000000002020000000001080045000064000100004011ee60c6120001c6120002138d138d005027b782c9000d112233445566778805000010000003e800000003aabbccdd0000006499aabbcc01000002000007d00000000711110000000000c881cb00031122334404646f6e65000000",
                    80,
                ),
            ],
            &[
                // -T rtcp
                (
                    PrintOptions {
                        packet_type: Some(PacketType::Rtcp),
                        ..numeric(0)
                    },
                    &[
                        "IP 198.18.0.1.5005 > 198.18.0.2.5005:  rr c2 16l 1000s 3j @43707.80+0.00 16l 1000s 3j @43707.80+0.00 bye 16",
                        "IP 198.18.0.1.5005 > 198.18.0.2.5005:  rr c2 16l 1000s 3j @43707.80+0.00 16l 1000s 3j @43707.80+0.00",
                    ],
                ),
                // -T rtcp -v
                (
                    PrintOptions {
                        packet_type: Some(PacketType::Rtcp),
                        ..numeric(1)
                    },
                    &[
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 100)\n    198.18.0.1.5005 > 198.18.0.2.5005:  rr 287454020 c2 1432778632 16l 1000s 3j @43707.80+0.00 1432778632 16l 1000s 3j @43707.80+0.00 bye 16 287454020",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 100)\n    198.18.0.1.5005 > 198.18.0.2.5005:  rr 287454020 c2 1432778632 16l 1000s 3j @43707.80+0.00 1432778632 16l 1000s 3j @43707.80+0.00",
                    ],
                ),
            ],
        );
    }
}
