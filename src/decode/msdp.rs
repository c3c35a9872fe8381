//! MSDP on TCP 639 (print-msdp.c). Its golden test also carries PPTP
//! headers and LDP over TCP, checked against tcpdump in one set.

use super::ctx::{Ctx, Res, be16, rest, u8at};
use super::dispatch;

/// msdp_print: the messages of a compound packet.
pub(crate) fn msdp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
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
        length = length.saturating_sub(3);
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
                        dispatch::ip(
                            c,
                            rest(b, p + n * 12 + 8 - 3),
                            len.saturating_sub(n * 12 + 8),
                        )?;
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
        p += len.saturating_sub(3);
        length = length.saturating_sub(len - 3);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::golden;

    /// MSDP messages (expected text from tcpdump 4.99.3 -n and -n -v).
    #[test]
    fn messages() {
        golden(
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
                    "020000000002020000000001080045000030000100004006f6bec0000201c0000207c8cc027f000003e8000007d0501820004cca0000060008f7531085e6",
                    "IP 192.0.2.1.51404 > 192.0.2.7.639: Flags [P.], seq 1000:1008, ack 2000, win 8192, length 8: msdp [type=6 len=8]",
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
                    "02000000000202000000000108004500003c000100004006f6b2c0000201c0000207ca37027f000003e8000007d050182000e9580000030014ea044fed7aa91257c4e8537287c5551f2c",
                    "IP 192.0.2.1.51767 > 192.0.2.7.639: Flags [P.], seq 1000:1020, ack 2000, win 8192, length 20: msdp SA-Response 234 entries",
                ),
            ],
        );
        golden(
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
            ],
        );
    }
}
