//! The TCP options list (print-tcp.c): each kind tcpdump names, TCP-AO,
//! fast open and RFC 6994 experiments; MPTCP options go to mptcp.rs.

use super::mptcp::mptcp;
use super::signature::{Segment, signature};
use crate::decode::out::Emit;
use crate::decode::{Ctx, Res, Trunc, be16, be32, u8at};

/// How the options list ended (a failed read of a kind or length byte is
/// Err, tcpdump's longjmp).
pub(super) enum OptEnd {
    Done,
    /// tcpdump's "[bad opt]".
    Bad,
    /// An option's data runs past the captured bytes.
    Short,
}

/// `sack_base` is the sequence number SACK blocks are printed relative to
/// (the other direction's initial one).
pub(super) fn options(
    c: &mut Ctx,
    b: &[u8],
    hlen: &mut usize,
    segment: &Segment,
    sack_base: u32,
    started: &mut bool,
) -> Res<OptEnd> {
    let header_len = *hlen;
    let mut left = *hlen - 20;
    let mut p = 20;
    while left > 0 {
        if *started {
            c.s(",");
        }
        let opt = u8at(b, p)?;
        p += 1;
        let len = if opt == 0 || opt == 1 {
            1
        } else {
            let l = usize::from(u8at(b, p)?);
            p += 1;
            if l < 2 || l > left {
                return Ok(OptEnd::Bad);
            }
            left = left.saturating_sub(1);
            l
        };
        left = left.saturating_sub(1);
        c.s(match opt {
            0 => "eol",
            1 => "nop",
            2 => "mss",
            3 => "wscale",
            4 => "sackOK",
            5 => "sack",
            6 => "echo",
            7 => "echoreply",
            8 => "TS",
            11 => "cc",
            12 => "ccnew",
            13 => "",
            19 => "md5",
            20 => "scps",
            28 => "uto",
            29 => "tcp-ao",
            30 => "mptcp",
            34 => "tfo",
            254 => "exp",
            _ => "",
        });
        if !matches!(opt, 0..=8 | 11..=13 | 19 | 20 | 28 | 29 | 30 | 34 | 254) {
            c.s_dec("unknown-", opt);
        }
        let need = |n: usize, left: usize| -> Option<OptEnd> {
            if n > left {
                Some(OptEnd::Bad)
            } else if p + n > b.len() {
                Some(OptEnd::Short)
            } else {
                None
            }
        };
        let datalen = match opt {
            // mss, wscale, and the RFC 1072/1644 echo and CC options: one
            // number, of 2, 1 or 4 bytes.
            2 | 3 | 6 | 7 | 11 | 12 | 13 => {
                let n = match opt {
                    2 => 2,
                    3 => 1,
                    _ => 4,
                };
                if let Some(end) = need(n, left) {
                    return Ok(end);
                }
                c.s(" ");
                c.dec(match n {
                    1 => u32::from(b[p]),
                    2 => u32::from(be16(b, p)?),
                    _ => be32(b, p)?,
                });
                n
            }
            5 => {
                let datalen = len.saturating_sub(2);
                if datalen % 8 != 0 {
                    c.s(" invalid sack");
                } else {
                    c.s_dec(" ", (datalen / 8) as u64);
                    c.s(" ");
                    let mut i = 0;
                    while i < datalen {
                        if let Some(end) = need(i + 4, left) {
                            return Ok(end);
                        }
                        let mut s = be32(b, p + i)?;
                        if let Some(end) = need(i + 8, left) {
                            return Ok(end);
                        }
                        let mut e = be32(b, p + i + 4)?;
                        s = s.wrapping_sub(sack_base);
                        e = e.wrapping_sub(sack_base);
                        c.s_dec("{", s);
                        c.s_dec(":", e);
                        c.s("}");
                        i += 8;
                    }
                }
                datalen
            }
            8 => {
                if let Some(end) = need(8, left) {
                    return Ok(end);
                }
                c.s(" val ");
                c.dec(be32(b, p)?);
                c.s(" ecr ");
                c.dec(be32(b, p + 4)?);
                8
            }
            19 => {
                if let Some(end) = need(16, left) {
                    return Ok(end);
                }
                c.s(" ");
                let received: &[u8; 16] = b[p..p + 16].try_into().expect("16 bytes checked");
                signature(c, b, header_len, segment, received);
                16
            }
            20 => {
                if let Some(end) = need(2, left) {
                    return Ok(end);
                }
                c.s(" cap ");
                c.out.hex0(u64::from(b[p]), 2);
                c.s_dec(" id ", b[p + 1]);
                2
            }
            28 => {
                if let Some(end) = need(2, left) {
                    return Ok(end);
                }
                let v = be16(b, p)?;
                c.s(" 0x");
                c.out.hex(u64::from(v));
                let t = if v & 1 != 0 {
                    (v >> 1) as u64 * 60
                } else {
                    (v >> 1) as u64
                };
                c.s_dec(" ", t);
                2
            }
            29 => {
                // RFC 5925 authentication option.
                let datalen = len.saturating_sub(2);
                if datalen < 2 {
                    c.invalid();
                } else {
                    // Each byte is checked just before it is printed
                    // (tcpdump's LENCHECK), so a cut option shows the
                    // bytes that were captured.
                    for i in 0..datalen {
                        if let Some(end) = need(i + 1, left) {
                            return Ok(end);
                        }
                        match i {
                            0 => c.s(" keyid "),
                            1 => c.s(" rnextkeyid "),
                            _ => {}
                        }
                        if i < 2 {
                            c.dec(b[p + i]);
                        } else {
                            c.out.hex0(u64::from(b[p + i]), 2);
                        }
                        if i == 1 && datalen > 2 {
                            c.s(" mac 0x");
                        }
                    }
                }
                datalen
            }
            30 => {
                let datalen = len.saturating_sub(2);
                if let Some(end) = need(datalen, left) {
                    return Ok(end);
                }
                let Some(opt) = b.get(p - 2..p + datalen) else {
                    return Err(Trunc);
                };
                // mptcp_print leaves its name as the protocol for any
                // later truncation mark, as tcpdump's ndo_protocol does.
                c.proto = "mptcp";
                if !mptcp(c, opt, b[13]) {
                    return Ok(OptEnd::Bad);
                }
                datalen
            }
            34 => {
                let datalen = len.saturating_sub(2);
                if let Some(end) = need(datalen, left) {
                    return Ok(end);
                }
                c.s(" ");
                fast_open(c, &b[p..p + datalen]);
                datalen
            }
            254 => {
                // RFC 6994 shared experimental option: the ExID, or TFO.
                let datalen = len.saturating_sub(2);
                if datalen < 2 {
                    return Ok(OptEnd::Bad);
                }
                if let Some(end) = need(datalen, left) {
                    return Ok(end);
                }
                let magic = be16(b, p)?;
                c.s("-");
                if magic == 0xf989 {
                    c.s("tfo");
                    fast_open(c, &b[p + 2..p + datalen]);
                } else {
                    c.out.hex0(u64::from(magic), 4);
                }
                datalen
            }
            0 | 1 | 4 => 0,
            _ => {
                let datalen = len.saturating_sub(2);
                if datalen > 0 {
                    c.s(" 0x");
                }
                for i in 0..datalen {
                    if let Some(end) = need(i + 1, left) {
                        return Ok(end);
                    }
                    c.out.hex0(u64::from(b[p + i]), 2);
                }
                datalen
            }
        };
        p += datalen;
        left = left.saturating_sub(datalen);
        let mut expect = datalen + 1;
        if opt != 0 && opt != 1 {
            expect += 1;
        }
        if expect != len {
            c.s_dec("[len ", len as u64);
            c.s("]");
        }
        *started = true;
        if opt == 0 {
            break;
        }
    }
    *hlen = 20;
    Ok(OptEnd::Done)
}

/// print_tcp_fastopen_option: a cookie request, a cookie, or invalid.
fn fast_open(c: &mut Ctx, data: &[u8]) {
    if data.is_empty() {
        c.s(" cookiereq");
    } else if data.len() % 2 != 0 || data.len() < 4 || data.len() > 16 {
        c.invalid();
    } else {
        c.s(" cookie ");
        for &x in data {
            c.out.hex0(u64::from(x), 2);
        }
    }
}
