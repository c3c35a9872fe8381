//! MSDP on TCP 639 (print-msdp.c). Its golden test also carries PPTP
//! headers and LDP over TCP, checked against tcpdump in one set.

use crate::decode::{Ctx, Res, be16, rest, u8at};

/// msdp_print: the messages of a compound packet.
pub(super) fn msdp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "msdp";
    c.s(": msdp");
    let t = u8at(b, 0)?;
    let len = usize::from(be16(b, 1)?);
    if !(3..=1500).contains(&len) || t == 0 || t > 7 {
        c.trunc();
        return Ok(());
    }
    let mut p = 0;
    let mut length = length;
    while length != 0 {
        let t = u8at(b, p)?;
        let len = usize::from(be16(b, p + 1)?);
        if len > 1400 || c.o.verbose > 0 {
            c.s(" [len ");
            c.dec(len as u64);
            c.s("]");
        }
        if len < 3 || length < len {
            c.trunc();
            return Ok(());
        }
        p += 3;
        length -= 3;
        match t {
            1 | 3 => {
                c.s(if t == 1 { " SA" } else { " SA-Response" });
                let n = usize::from(u8at(b, p)?);
                c.s(" ");
                c.dec(n as u64);
                c.s(" entries");
                if n * 12 + 8 < len {
                    c.s(" [w/data]");
                    if c.o.verbose > 1 {
                        c.s(" ");
                        crate::decode::ip::ip(c, rest(b, p + n * 12 + 8 - 3), len - (n * 12 + 8))?;
                    }
                }
            }
            2 => {
                c.s(" SA-Request");
                let a = crate::decode::bytes(b, p + 1, 4)?;
                c.s(" for ");
                c.ip4(a);
            }
            4 => {
                c.s(" Keepalive");
                if len != 3 {
                    c.s("[len=");
                    c.dec(len as u64);
                    c.s("] ");
                }
            }
            5 => c.s(" Notification"),
            _ => {
                c.s(" [type=");
                c.dec(t);
                c.s(" len=");
                c.dec(len as u64);
                c.s("]");
            }
        }
        p += len - 3;
        length -= len - 3;
    }
    Ok(())
}

#[cfg(test)]
mod tests {

    /// PPTP control headers, MSDP messages and LDP over TCP (expected
    /// text from tcpdump 4.99.3 -n and -n -v).
    #[test]
    fn pptp_msdp_ldp() {
        crate::decode::tests::golden(
            crate::decode::tests::numeric(0),
            &[
                (
                    "020000000002020000000001080045000030000100004006f6bec0000201c0000207ae71027f000003e8000007d050182000925a0000b0167fe7a684e635",
                    "IP 192.0.2.1.44657 > 192.0.2.7.639: Flags [P.], seq 1000:1008, ack 2000, win 8192, length 8: msdp [|msdp]",
                ),
                (
                    "020000000002020000000001080045000050000100004006f69ec0000201c0000207ccf2027f000003e8000007d050182000d2600000010003e7db81e9b38b38583ee8034b573844086c41604cd5b4e46a2ca8651d2aeea9daf90633f9c4",
                    "IP 192.0.2.1.52466 > 192.0.2.7.639: Flags [P.], seq 1000:1040, ack 2000, win 8192, length 40: msdp SA 231 entries [len 56193] [|msdp]",
                ),
                (
                    "02000000000202000000000108004500002c000100004006f6c2c0000201c0000207d05d027f000003e8000007d05018200013f000000500143b",
                    "IP 192.0.2.1.53341 > 192.0.2.7.639: Flags [P.], seq 1000:1004, ack 2000, win 8192, length 4: msdp [|msdp]",
                ),
                (
                    "020000000002020000000001080045000038000100004006f6b6c0000201c0000207e67d027f000003e8000007d050182000703e0000f75d00a5d57f350fe09e08e2f7dec2ce",
                    "IP 192.0.2.1.59005 > 192.0.2.7.639: Flags [P.], seq 1000:1016, ack 2000, win 8192, length 16: msdp [|msdp]",
                ),
                (
                    "02000000000202000000000108004500002c000100004006f6c2c0000201c0000207b5e806bb000003e8000007d0501820007dfa000056f86e71",
                    "IP 192.0.2.1.46568 > 192.0.2.7.1723: Flags [P.], seq 1000:1004, ack 2000, win 8192, length 4: pptp [|pptp]",
                ),
                (
                    "020000000002020000000001080045000029000100004006f6c5c0000201c0000207be1f06bb000003e8000007d0501820009f2f00009c",
                    "IP 192.0.2.1.48671 > 192.0.2.7.1723: Flags [P.], seq 1000:1001, ack 2000, win 8192, length 1: pptp [|pptp]",
                ),
                (
                    "020000000002020000000001080045000030000100004006f6bec0000201c0000207c8cc027f000003e8000007d0501820004cca0000060008f7531085e6",
                    "IP 192.0.2.1.51404 > 192.0.2.7.639: Flags [P.], seq 1000:1008, ack 2000, win 8192, length 8: msdp [type=6 len=8]",
                ),
                (
                    "020000000002020000000001080045000050000100004006f69ec0000201c0000207cbdf06bb000003e8000007d05018200028900000a3534be13ebc807a1c90b7ef15ff23eebf21395337682c2b22c3700fb1e37295aa9d496ad0ef6f94",
                    "IP 192.0.2.1.52191 > 192.0.2.7.1723: Flags [P.], seq 1000:1040, ack 2000, win 8192, length 40: pptp UNEXPECTED Magic-Cookie!!(3ebc807a) Magic-Cookie=3ebc807a UNKNOWN_CTRL_MSGTYPE(7312) [ERROR: reserved=47087 must be zero]",
                ),
                (
                    "0200000000020200000000010800450000c4000100004006f62ac0000201c0000207db860286000003e8000007d050182000b9fa0000a1167fe5a770572294f8bc1b5cb799aa745c789262348b85b5972cc82581d208168ccbaac24f3725a26640f2e1cc32f41d030971b7d436515007fa01bc04bc20934da34f020bd0365451da176a3ce9d800defaae188482337beafcc1b7d1fb6be71c6c81251325a8b5c7f3c9aab458ef986fa80c4068b1a932fd074810c57c50b229390e65d3b14f434e85469a0567cb35b4b1b1b336301ccec5a7fd",
                    "IP 192.0.2.1.56198 > 192.0.2.7.646: Flags [P.], seq 1000:1156, ack 2000, win 8192, length 156LDP version 41238 packet not supported",
                ),
                (
                    "020000000002020000000001080045000038000100004006f6b6c0000201c0000207caf006bb000003e8000007d0501820005d5f00003da7e8156f58e481d3e28caf7fe876de",
                    "IP 192.0.2.1.51952 > 192.0.2.7.1723: Flags [P.], seq 1000:1016, ack 2000, win 8192, length 16: pptp UNEXPECTED Magic-Cookie!!(6f58e481) Magic-Cookie=6f58e481 UNKNOWN_CTRL_MSGTYPE(54242) [ERROR: reserved=36015 must be zero]",
                ),
                (
                    "020000000002020000000001080045000040000100004006f6aec0000201c0000207ab4f0286000003e8000007d0501820006e43000095c33fe1ce8afbaac8b00e83c482a666f0728579e0cdab28",
                    "IP 192.0.2.1.43855 > 192.0.2.7.646: Flags [P.], seq 1000:1024, ack 2000, win 8192, length 24LDP version 38339 packet not supported",
                ),
                (
                    "020000000002020000000001080045000078000100004006f676c0000201c0000207d4020286000003e8000007d05018200088ef00001cc86178f4ada26ad520c612b82e3c7133469b8fd6aad6ebe92636f58500d0e355fceb5d16cc2a81518fd4db6af1b94c223860ea03971be6273810d9c428a4257e49dfed8b631670b549f5136271eb7f",
                    "IP 192.0.2.1.54274 > 192.0.2.7.646: Flags [P.], seq 1000:1080, ack 2000, win 8192, length 80LDP version 7368 packet not supported",
                ),
                (
                    "020000000002020000000001080045000078000100004006f676c0000201c00002079e4906bb000003e8000007d05018200006ae0000108b7cf0f40d80040db8e31951233fd1fb5cd8e25acd80a9895bd6153df9dedea4ea30823d4719a0eb6b0731051cc3685025804439fa0eef53e25b8361c38729db9e52f9ebcac2fca2a0b24d2805b145",
                    "IP 192.0.2.1.40521 > 192.0.2.7.1723: Flags [P.], seq 1000:1080, ack 2000, win 8192, length 80: pptp UNEXPECTED Magic-Cookie!!(f40d8004) Magic-Cookie=f40d8004 UNKNOWN_CTRL_MSGTYPE(3512) [ERROR: reserved=58137 must be zero]",
                ),
                (
                    "020000000002020000000001080045000034000100004006f6bac0000201c0000207c2cc027f000003e8000007d05018200057e5000002000c8445467483af7c6b04",
                    "IP 192.0.2.1.49868 > 192.0.2.7.639: Flags [P.], seq 1000:1012, ack 2000, win 8192, length 12: msdp SA-Request for 69.70.116.131",
                ),
                (
                    "02000000000202000000000108004500003c000100004006f6b2c0000201c0000207c14f027f000003e8000007d050182000cc15000002000899cee37e7bfcc175822680e10e08229625",
                    "IP 192.0.2.1.49487 > 192.0.2.7.639: Flags [P.], seq 1000:1020, ack 2000, win 8192, length 20: msdp SA-Request for 206.227.126.123 [len 49525] [|msdp]",
                ),
                (
                    "02000000000202000000000108004500002a000100004006f6c4c0000201c0000207e2f306bb000003e8000007d050182000a5f700007063",
                    "IP 192.0.2.1.58099 > 192.0.2.7.1723: Flags [P.], seq 1000:1002, ack 2000, win 8192, length 2: pptp [|pptp]",
                ),
                (
                    "02000000000202000000000108004500003c000100004006f6b2c0000201c0000207ca37027f000003e8000007d050182000e9580000030014ea044fed7aa91257c4e8537287c5551f2c",
                    "IP 192.0.2.1.51767 > 192.0.2.7.639: Flags [P.], seq 1000:1020, ack 2000, win 8192, length 20: msdp SA-Response 234 entries",
                ),
            ],
        );
        crate::decode::tests::golden(
            crate::decode::tests::numeric(1),
            &[
            (
                "020000000002020000000001080045000030000100004006f6bec0000201c0000207ae71027f000003e8000007d050182000925a0000b0167fe7a684e635",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 48)
    192.0.2.1.44657 > 192.0.2.7.639: Flags [P.], cksum 0x925a (correct), seq 1000:1008, ack 2000, win 8192, length 8: msdp [|msdp]",
            ),
            (
                "020000000002020000000001080045000050000100004006f69ec0000201c0000207ccf2027f000003e8000007d050182000d2600000010003e7db81e9b38b38583ee8034b573844086c41604cd5b4e46a2ca8651d2aeea9daf90633f9c4",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 80)
    192.0.2.1.52466 > 192.0.2.7.639: Flags [P.], cksum 0xd260 (correct), seq 1000:1040, ack 2000, win 8192, length 40: msdp [len 3] SA 231 entries [len 56193] [|msdp]",
            ),
            (
                "02000000000202000000000108004500002c000100004006f6c2c0000201c0000207d05d027f000003e8000007d05018200013f000000500143b",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 44)
    192.0.2.1.53341 > 192.0.2.7.639: Flags [P.], cksum 0x13f0 (correct), seq 1000:1004, ack 2000, win 8192, length 4: msdp [len 20] [|msdp]",
            ),
            (
                "02000000000202000000000108004500002c000100004006f6c2c0000201c0000207e99e027f000003e8000007d050182000c37d0000ceef817c",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 44)
    192.0.2.1.59806 > 192.0.2.7.639: Flags [P.], cksum 0xc37d (correct), seq 1000:1004, ack 2000, win 8192, length 4: msdp [|msdp]",
            ),
            (
                "020000000002020000000001080045000038000100004006f6b6c0000201c0000207e67d027f000003e8000007d050182000703e0000f75d00a5d57f350fe09e08e2f7dec2ce",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 56)
    192.0.2.1.59005 > 192.0.2.7.639: Flags [P.], cksum 0x703e (correct), seq 1000:1016, ack 2000, win 8192, length 16: msdp [|msdp]",
            ),
            (
                "02000000000202000000000108004500002c000100004006f6c2c0000201c0000207b5e806bb000003e8000007d0501820007dfa000056f86e71",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 44)
    192.0.2.1.46568 > 192.0.2.7.1723: Flags [P.], cksum 0x7dfa (correct), seq 1000:1004, ack 2000, win 8192, length 4: pptp Length=22264 UNKNOWN-MSG-TYPE [|pptp]",
            ),
            ],
        );
    }
}
