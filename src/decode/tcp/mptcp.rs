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
    c.s_dec(" ", len as u64);
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
                c.s_dec(" Unknown Version (", version);
                c.s(")");
                return true;
            }
            c.s_dec(" v", version);
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
                c.s_dec(" id ", opt[3]);
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
                c.s_dec(" subseq ", be32(at).unwrap_or(0));
                at += 4;
                left = left.saturating_sub(4);
                if left < 2 {
                    return false;
                }
                c.s_dec(" len ", u16::from_be_bytes([opt[at], opt[at + 1]]));
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
            c.s_dec(" id ", opt[3]);
            // An IPv4 address (lengths 8 to 18) or an IPv6 one, then what
            // the length leaves room for: 2 (a port), 8 (an HMAC) or 10
            // (both, the port first).
            let addr_end = if len <= 18 { 8 } else { 20 };
            c.s(" ");
            if addr_end == 8 {
                c.ip4(&opt[4..8]);
            } else {
                c.ip6(&opt[4..20]);
            }
            let extra = len.saturating_sub(addr_end);
            let mut hmac_at = addr_end;
            if extra == 2 || extra == 10 {
                c.s_dec(":", u16::from_be_bytes([opt[addr_end], opt[addr_end + 1]]));
                hmac_at += 2;
            }
            if extra >= 8 {
                c.s(" hmac 0x");
                c.out.hex(be64(hmac_at).unwrap_or(0));
            }
            true
        }
        4 => {
            if len < 4 {
                return false;
            }
            c.s(" id");
            for &id in &opt[3..] {
                c.s_dec(" ", id);
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
                c.s_dec(" id ", opt[3]);
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
