//! Neighbor discovery options (print-icmp6.c icmp6_opt_print). Its golden
//! test is the -v set, which also checks the redirected headers, MLDv2
//! group records and home agent replies printed from mod.rs.

use super::{lifetime, unknown_data};
use crate::decode::out::Emit;
use crate::decode::{Ctx, Res, be16, be32, bytes, u8at};

/// icmp6_opt_print for the common neighbor discovery options.
pub(super) fn nd_options(c: &mut Ctx, b: &[u8], start: usize, length: usize) -> Res {
    let mut cp = start;
    let mut resid = length as i64 - start as i64;
    while cp < b.len() {
        u8at(b, cp + 1)?;
        if resid <= 0 {
            return Ok(());
        }
        let typ = b[cp];
        let olen = usize::from(b[cp + 1]);
        if olen == 0 || cp + (olen << 3) > b.len() {
            return Err(crate::decode::Trunc);
        }
        let name = match typ {
            1 => "source link-address",
            2 => "destination link-address",
            3 => "prefix info",
            4 => "redirected header",
            5 => "mtu",
            7 => "advertisement interval",
            8 => "homeagent information",
            24 => "route info",
            25 => "rdnss",
            31 => "dnssl",
            _ => "unknown",
        };
        c.s("\n\t  ");
        c.s(name);
        c.s_dec(" option (", typ);
        c.s_dec("), length ", (olen << 3) as u64);
        c.s_dec(" (", olen as u64);
        c.s("): ");
        let body = &b[cp + 2..cp + (olen << 3)];
        match typ {
            1 | 2 => c.out.mac(body),
            5 => {
                c.s(" ");
                c.dec(be32(b, cp + 4)?);
                if olen != 1 {
                    c.s("bad option length");
                }
            }
            3 => {
                let plen = u8at(b, cp + 2)?;
                let flags = u8at(b, cp + 3)?;
                let valid = be32(b, cp + 4)?;
                let pref = be32(b, cp + 8)?;
                c.ip6(bytes(b, cp + 16, 16)?);
                c.s_dec("/", plen);
                if olen != 4 {
                    c.s("badlen");
                }
                c.s(", Flags [");
                c.flag_names(
                    u32::from(flags),
                    &[(0x80, "onlink"), (0x40, "auto"), (0x20, "router")],
                );
                c.s("], valid time ");
                lifetime(c, valid);
                c.s(", pref. time ");
                lifetime(c, pref);
            }
            4 => {
                // tcpdump dumps from the start of the option list, for
                // this option's length.
                let from = &b[start..];
                unknown_data(c, from, "\n\t    ", olen << 3);
            }
            7 => {
                c.s(" ");
                c.dec(be32(b, cp + 4)?);
                c.s("ms");
            }
            8 => {
                c.s(" preference ");
                c.dec(be16(b, cp + 4)?);
                c.s(", lifetime ");
                c.dec(be16(b, cp + 6)?);
            }
            24 => {
                bytes(b, cp + 4, 4)?;
                let mut prefix = [0u8; 16];
                match olen {
                    1 => {}
                    2 => prefix[..8].copy_from_slice(bytes(b, cp + 8, 8)?),
                    3 => prefix.copy_from_slice(bytes(b, cp + 8, 16)?),
                    _ => return Err(crate::decode::Trunc),
                }
                c.s(" ");
                c.ip6(&prefix);
                c.s_dec("/", b[cp + 2]);
                c.s(", pref=");
                c.s(["medium", "high", "rsv", "low"][usize::from((b[cp + 3] & 0x18) >> 3)]);
                c.s(", lifetime=");
                let t = be32(b, cp + 4)?;
                if t == u32::MAX {
                    c.s("infinity");
                } else {
                    c.dec(t);
                    c.s("s");
                }
            }
            25 => {
                let life = be32(b, cp + 4)?;
                c.s_dec(" lifetime ", life);
                c.s("s,");
                for i in 0..olen.saturating_sub(1) / 2 {
                    let a = bytes(b, cp + 8 + 16 * i, 16)?;
                    c.s(" addr: ");
                    c.ip6(a);
                }
            }
            31 => {
                let life = be32(b, cp + 4)?;
                c.s_dec(" lifetime ", life);
                c.s("s, domain(s):");
                let opts = &b[start..];
                let mut dom = cp + 8 - start;
                let end = cp + (olen << 3) - start;
                while dom < end && u8at(opts, dom)? != 0 {
                    c.s(" ");
                    match crate::decode::dnsname::fqdn(c, opts, dom) {
                        Some(next) => dom = next,
                        None => return Err(crate::decode::Trunc),
                    }
                }
            }
            _ => {
                if c.o.verbose <= 1 {
                    unknown_data(c, body, "\n\t  ", body.len());
                    return Ok(());
                }
            }
        }
        if c.o.verbose > 1 {
            unknown_data(c, body, "\n\t    ", body.len());
        }
        cp += olen << 3;
        resid -= (olen << 3) as i64;
    }
    Ok(())
}
