//! Multipath TCP options (print-mptcp.c): every subtype and length, with
//! the SYN/ACK flags that make them valid.

use super::{ACK, SYN};
use crate::decode::Ctx;
use crate::decode::out::Emit;

/// mptcp_print: `opt` is the whole option (kind and length included),
/// `flags` the TCP flags; false where tcpdump reports "[bad opt]".
pub(super) fn mptcp(c: &mut Ctx, opt: &[u8], flags: u8) -> bool {
    let len = opt.len();
    if len < 3 {
        return false;
    }
    let subtype = (opt[2] >> 4).min(8);
    const NAMES: [&str; 9] = [
        "capable",
        "join",
        "dss",
        "add-addr",
        "rem-addr",
        "prio",
        "fail",
        "fast-close",
        "unknown",
    ];
    c.s(" ");
    c.dec(len as u64);
    c.s(" ");
    c.s(NAMES[usize::from(subtype)]);
    let be64 = |at: usize| {
        opt.get(at..at + 8)
            .map(|s| s.iter().fold(0u64, |v, &x| v << 8 | u64::from(x)))
    };
    let be32 = |at: usize| {
        opt.get(at..at + 4)
            .map(|s| u32::from_be_bytes([s[0], s[1], s[2], s[3]]))
    };
    let syn = flags & SYN != 0;
    let ack = flags & ACK != 0;
    match subtype {
        0 => {
            let valid =
                ((len == 12 || len == 4) && syn) || ((len == 20 || len == 22) && ack && !syn);
            if !valid {
                return false;
            }
            let version = opt[2] & 0xf;
            if version > 1 {
                c.s(" Unknown Version (");
                c.dec(version);
                c.s(")");
                return true;
            }
            c.s(" v");
            c.dec(version);
            if opt.get(3).is_some_and(|f| f & 0x80 != 0) {
                c.s(" csum");
            }
            if len == 12 || len >= 20 {
                c.s(" {0x");
                c.out.hex(be64(4).unwrap_or(0));
                if len >= 20 {
                    c.s(",0x");
                    c.out.hex(be64(12).unwrap_or(0));
                }
                c.s("}");
            }
            true
        }
        1 => {
            let valid = (len == 12 && syn) || (len == 16 && syn && ack) || (len == 24 && ack);
            if !valid {
                return false;
            }
            if len != 24 {
                if opt[2] & 1 != 0 {
                    c.s(" backup");
                }
                c.s(" id ");
                c.dec(opt[3]);
            }
            match len {
                12 => {
                    c.s(" token 0x");
                    c.out.hex(u64::from(be32(4).unwrap_or(0)));
                    c.s(" nonce 0x");
                    c.out.hex(u64::from(be32(8).unwrap_or(0)));
                }
                16 => {
                    c.s(" hmac 0x");
                    c.out.hex(be64(4).unwrap_or(0));
                    c.s(" nonce 0x");
                    c.out.hex(u64::from(be32(12).unwrap_or(0)));
                }
                _ => {
                    c.s(" hmac 0x");
                    for &x in &opt[4..24] {
                        c.out.hex0(u64::from(x), 2);
                    }
                }
            }
            true
        }
        2 => {
            if len < 4 || syn {
                return false;
            }
            let f = opt[3];
            if f & 0x10 != 0 {
                c.s(" fin");
            }
            let mut at = 4;
            let mut left = len.saturating_sub(4);
            // The data ack and sequence number: 8 bytes when their flag
            // says so, else 4; None when the option is too short for it.
            let number = |wide: bool, at: &mut usize, left: &mut usize| {
                let n = if wide { 8 } else { 4 };
                if *left < n {
                    return None;
                }
                let v = if wide {
                    be64(*at).unwrap_or(0)
                } else {
                    u64::from(be32(*at).unwrap_or(0))
                };
                *at += n;
                *left = left.saturating_sub(n);
                Some(v)
            };
            if f & 0x01 != 0 {
                c.s(" ack ");
                let Some(ack) = number(f & 0x02 != 0, &mut at, &mut left) else {
                    return false;
                };
                c.dec(ack);
            }
            if f & 0x04 != 0 {
                c.s(" seq ");
                let Some(seq) = number(f & 0x08 != 0, &mut at, &mut left) else {
                    return false;
                };
                c.dec(seq);
                if left < 4 {
                    return false;
                }
                c.s(" subseq ");
                c.dec(be32(at).unwrap_or(0));
                at += 4;
                left = left.saturating_sub(4);
                if left < 2 {
                    return false;
                }
                c.s(" len ");
                c.dec(u16::from_be_bytes([opt[at], opt[at + 1]]));
                at += 2;
                left = left.saturating_sub(2);
                if left >= 2 {
                    c.s(" csum 0x");
                    c.out
                        .hex(u64::from(u16::from_be_bytes([opt[at], opt[at + 1]])));
                    left = left.saturating_sub(2);
                }
            }
            left == 0
        }
        3 => {
            if ![8, 10, 16, 18, 20, 22, 28, 30].contains(&len) {
                return false;
            }
            // mptcp_addr_subecho_bits: version 0's IP version nibble, or
            // version 1's echo bit.
            c.s(match opt[2] & 0xf {
                0 => " v1",
                1 => " v1-echo",
                4 => " v0-ip4",
                6 => " v0-ip6",
                _ => " [bad version/echo]",
            });
            c.s(" id ");
            c.dec(opt[3]);
            if len <= 18 {
                c.s(" ");
                c.ip4(&opt[4..8]);
                if len == 10 || len == 18 {
                    c.s(":");
                    c.dec(u16::from_be_bytes([opt[8], opt[9]]));
                }
                if len == 16 {
                    c.s(" hmac 0x");
                    c.out.hex(be64(8).unwrap_or(0));
                }
                if len == 18 {
                    c.s(" hmac 0x");
                    c.out.hex(be64(10).unwrap_or(0));
                }
            } else {
                c.s(" ");
                c.ip6(&opt[4..20]);
                if len == 22 || len == 30 {
                    c.s(":");
                    c.dec(u16::from_be_bytes([opt[20], opt[21]]));
                }
                if len == 28 {
                    c.s(" hmac 0x");
                    c.out.hex(be64(20).unwrap_or(0));
                }
                if len == 30 {
                    c.s(" hmac 0x");
                    c.out.hex(be64(22).unwrap_or(0));
                }
            }
            true
        }
        4 => {
            if len < 4 {
                return false;
            }
            c.s(" id");
            for &id in &opt[3..] {
                c.s(" ");
                c.dec(id);
            }
            true
        }
        5 => {
            if len != 3 && len != 4 {
                return false;
            }
            c.s(if opt[2] & 1 != 0 {
                " backup"
            } else {
                " non-backup"
            });
            if len == 4 {
                c.s(" id ");
                c.dec(opt[3]);
            }
            true
        }
        6 | 7 => {
            if len != 12 {
                return false;
            }
            c.s(if subtype == 6 { " seq " } else { " key 0x" });
            let v = be64(4).unwrap_or(0);
            if subtype == 6 {
                c.dec(v);
            } else {
                c.out.hex(v);
            }
            true
        }
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use crate::decode::PrintOptions;
    use crate::decode::tests::numeric;

    /// MPTCP options of every subtype and length, with the flags that make
    /// them valid or "[bad opt]", and cut ones (expected text from tcpdump
    /// 4.99.3 -n -S).
    #[test]
    fn mptcp_options() {
        crate::decode::tests::golden(
            PrintOptions {
                absolute_seq: true,
                ..numeric(0)
            },
            &[
                (
                    "020000000002020000000001080045000030000100004006f6c6c0000201c00002079c409c41000000010000000170122000d34500001e0682f55d4a0101",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [S.], seq 1, ack 1, win 8192, options [mptcp 6 unknown,nop,nop], length 0",
                ),
                (
                    "020000000002020000000001080045000030000100004006f6c6c0000201c00002079c409c41000000010000000170182000d33f00001e0680ea063f0101",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [P.], ack 1, win 8192, options [mptcp 6 unknown,nop,nop], length 0",
                ),
                (
                    "020000000002020000000001080045000030000100004006f6c6c0000201c00002079c409c41000000010000000170182000d33f00001e0862a3d8aff1b9",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [P.], ack 1, win 8192, options [mptcp 8 fail[bad opt]",
                ),
                (
                    "02000000000202000000000108004500002c000100004006f6c6c0000201c00002079c409c41000000010000000160122000d34500001e0481d0",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [S.], seq 1, ack 1, win 8192, options [mptcp 4 unknown], length 0",
                ),
                (
                    "02000000000202000000000108004500002c000100004006f6c6c0000201c00002079c409c41000000010000000060022000d35600001e04828a",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [S], seq 1, win 8192, options [mptcp 4 unknown], length 0",
                ),
                (
                    "020000000002020000000001080045000040000100004006f6c6c0000201c00002079c409c410000000100000001b0102000d34700001e18111481f0db79a3ff9924aecf68",
                    "IP truncated-ip - 9 bytes missing! 192.0.2.1.40000 > 192.0.2.7.40001: Flags [.], ack 1, win 8192, options [mptcp [|tcp]",
                ),
                (
                    "020000000002020000000001080045000030000100004006f6c6c0000201c00002079c409c41000000010000000170122000d34500001e0550de67010101",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [S.], seq 1, ack 1, win 8192, options [mptcp 5 prio[bad opt]",
                ),
                (
                    "02000000000202000000000108004500003c000100004006f6c6c0000201c00002079c409c410000000100000001a0102000d34700001e12320e4410c94631bf9ad48e888de621400101",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [.], ack 1, win 8192, options [mptcp 18 add-addr [bad version/echo] id 14 68.16.201.70:12735 hmac 0x9ad48e888de62140,nop,nop], length 0",
                ),
                (
                    "02000000000202000000000108004500002c000100004006f6c6c0000201c00002079c409c41000000010000000160112000d34600001e035201",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [F.], seq 1, ack 1, win 8192, options [mptcp 3 prio non-backup,nop], length 0",
                ),
                (
                    "020000000002020000000001080045000034000100004006f6c6c0000201c00002079c409c41000000010000000180112000d34600001e0c714f4213bffcb7e87c05",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [F.], seq 1, ack 1, win 8192, options [mptcp 12 fast-close key 0x4213bffcb7e87c05], length 0",
                ),
                (
                    "020000000002020000000001080045000040000100004006f6c6c0000201c00002079c409c410000000100000001b0102000d34700001e1821bbf3f5fa97d1642e32fe40f526ad1ce8360cd7f989",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [.], ack 1, win 8192, options [mptcp 24 dss fin ack 17579232250470608434[bad opt]",
                ),
                (
                    "02000000000202000000000108004500002c000100004006f6c6c0000201c00002079c409c41000000010000000160182000d33f00001e04",
                    "IP truncated-ip - 2 bytes missing! 192.0.2.1.40000 > 192.0.2.7.40001: Flags [P.], ack 1, win 8192, options [mptcp [|tcp]",
                ),
                (
                    "020000000002020000000001080045000030000100004006f6c6c0000201c00002079c409c41000000010000000170122000d34500001e0741138a158b01",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [S.], seq 1, ack 1, win 8192, options [mptcp 7 rem-addr id 19 138 21 139,nop], length 0",
                ),
                (
                    "02000000000202000000000108004500002c000100004006f6c6c0000201c00002079c409c41000000010000000160182000d33f00001e04420c",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [P.], ack 1, win 8192, options [mptcp 4 rem-addr id 12], length 0",
                ),
                (
                    "020000000002020000000001080045000034000100004006f6c6c0000201c00002079c409c41000000010000000180182000d33f00001e0c7184a07113f775c0373a",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [P.], ack 1, win 8192, options [mptcp 12 fast-close key 0xa07113f775c0373a], length 0",
                ),
                (
                    "020000000002020000000001080045000040000100004006f6c6c0000201c00002079c409c410000000100000001b0102000d34700001e1630f6be9391846c0de4d554f6942beef68e3b9c500101",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [.], ack 1, win 8192, options [mptcp 22 add-addr v1 id 246 be93:9184:6c0d:e4d5:54f6:942b:eef6:8e3b:40016,nop,nop], length 0",
                ),
                (
                    "02000000000202000000000108004500003c000100004006f6c6c0000201c00002079c409c410000000100000001a0182000d33f00001e14315b729717841b850231f193e6b48dc32d73",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [P.], ack 1, win 8192, options [mptcp 20 add-addr v1-echo id 91 7297:1784:1b85:231:f193:e6b4:8dc3:2d73], length 0",
                ),
                (
                    "02000000000202000000000108004500002c000100004006f6c6c0000201c00002079c409c41000000010000000160102000d34700001e042156",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [.], ack 1, win 8192, options [mptcp 4 dss fin seq [bad opt]",
                ),
                (
                    "02000000000202000000000108004500002c000100004006f6c6c0000201c00002079c409c41000000010000000060022000d35600001e034001",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [S], seq 1, win 8192, options [mptcp 3 rem-addr[bad opt]",
                ),
                (
                    "02000000000202000000000108004500002c000100004006f6c6c0000201c00002079c409c41000000010000000060022000d35600001e0440c7",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [S], seq 1, win 8192, options [mptcp 4 rem-addr id 199], length 0",
                ),
                (
                    "020000000002020000000001080045000030000100004006f6c6c0000201c00002079c409c41000000010000000170112000d34600001e0831cb1f6df40e",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [F.], seq 1, ack 1, win 8192, options [mptcp 8 add-addr v1-echo id 203 31.109.244.14], length 0",
                ),
                (
                    "020000000002020000000001080045000030000100004006f6c6c0000201c00002079c409c41000000010000000170112000d34600001e054258f0010101",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [F.], seq 1, ack 1, win 8192, options [mptcp 5 rem-addr id 88 240,nop,nop,nop], length 0",
                ),
                (
                    "020000000002020000000001080045000030000100004006f6c6c0000201c00002079c409c41000000010000000070022000d35600001e086086c0fe5614",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [S], seq 1, win 8192, options [mptcp 8 fail[bad opt]",
                ),
                (
                    "020000000002020000000001080045000030000100004006f6c6c0000201c00002079c409c41000000010000000170122000d34500001e05421e55010101",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [S.], seq 1, ack 1, win 8192, options [mptcp 5 rem-addr id 30 85,nop,nop,nop], length 0",
                ),
            ],
        );
    }

    /// Version 0 ADD_ADDR names the address family it carries, whole and
    /// cut in the option (tcpdump 4.99.3 -n on mptcp-v0 from its suite).
    #[test]
    fn version_0_add_address() {
        crate::decode::tests::golden_link_wire(
            crate::link::LinkType::Ethernet,
            numeric(0),
            &[
                (
                    "f28cf5241b21165153043f55080045000079899440003f069be40a0101020a02010200168c7907822b7fad98935af01801bf536500000101080affffa2f2ffffa1b01e0834010a0102021e142005d52abecad1b97490000000010029082f5353482d322e302d4f70656e5353485f352e3570312044656269616e2d362b73717565657a65310d0a",
                    135,
                    "IP 10.1.1.2.22 > 10.2.1.2.35961: Flags [P.], seq 125971327:125971368, ack 2912457562, win 447, options [nop,nop,TS val 4294943474 ecr 4294943152,mptcp 8 add-addr v0-ip4 id 1 10.1.2.2,mptcp 20 dss ack 3576348362 seq 3518592144 subseq 1 len 41 csum 0x82f], length 41: SSH: SSH-2.0-OpenSSH_5.5p1 Debian-6+squeeze1",
                ),
                (
                    "f28cf5241b21165153043f55080045000079899440003f069be40a0101020a02010200168c7907822b7fad98935af01801bf536500000101080affffa2f2ffffa1b01e083401",
                    135,
                    "IP 10.1.1.2.22 > 10.2.1.2.35961: Flags [P.], seq 125971327:125971368, ack 2912457562, win 447, options [nop,nop,TS val 4294943474 ecr 4294943152,mptcp [|tcp]>",
                ),
            ],
        );
    }
}
