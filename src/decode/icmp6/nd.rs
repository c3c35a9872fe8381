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
        c.s(" option (");
        c.dec(typ);
        c.s("), length ");
        c.dec((olen << 3) as u64);
        c.s(" (");
        c.dec(olen as u64);
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
                c.s("/");
                c.dec(plen);
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
                c.s("/");
                c.dec(b[cp + 2]);
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
                c.s(" lifetime ");
                c.dec(life);
                c.s("s,");
                for i in 0..olen.saturating_sub(1) / 2 {
                    let a = bytes(b, cp + 8 + 16 * i, 16)?;
                    c.s(" addr: ");
                    c.ip6(a);
                }
            }
            31 => {
                let life = be32(b, cp + 4)?;
                c.s(" lifetime ");
                c.dec(life);
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

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, numeric};

    /// -v: router advertisement options (prefix, MTU, RDNSS, DNSSL, route
    /// information), redirected headers, MLDv2 group records, home agent
    /// replies (expected text from tcpdump 4.99.3 -n -v).
    #[test]
    fn icmp6_verbose() {
        golden(
            numeric(1),
            &[
    (
        "33330000000102000000000186dd6000000000883a01fe800000000000000000000000000001ff020000000000000000000000000001860093ed4010070800007530000003e8030440c0ffffffffffffffff0000000020010db800000000000000000000000005010000000005dc010102000000000119030000ffffffff20010db80000000000000000000000531f030000ffffffff076578616d706c6503636f6d0000000018033000ffffffff20010db8000100000000000000000000",
        "IP6 (hlim 1, next-header ICMPv6 (58) payload length: 136) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, router advertisement, length 136
	hop limit 64, Flags [none], pref rsv, router lifetime 1800s, reachable time 30000ms, retrans timer 1000ms
	  prefix info option (3), length 32 (4): 2001:db8::/64, Flags [onlink, auto], valid time infinity, pref. time infinity
	  mtu option (5), length 8 (1):  1500
	  source link-address option (1), length 8 (1): 02:00:00:00:00:01
	  rdnss option (25), length 24 (3):  lifetime 4294967295s, addr: 2001:db8::53
	  dnssl option (31), length 24 (3):  lifetime 4294967295s, domain(s): example.com.
	  route info option (24), length 24 (3):  2001:db8:1::/48, pref=medium, lifetime=infinity",
    ),
    (
        "33330000000102000000000186dd6000000000183a40fe800000000000000000000000000001ff0200000000000000000000000000018300801d00000000ff050000000000000000000000010003",
        "IP6 (hlim 64, next-header ICMPv6 (58) payload length: 24) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, multicast listener reportmax resp delay: 0 addr: ff05::1:3",
    ),
    (
        "33330000000102000000000186dd6000000000443afffe800000000000000000000000000001ff020000000000000000000000000001020094c100000500600000000014064020010db800000000000000000000000120010db800000000000000000000000200010002000000000000000050022000346b0000",
        "IP6 (hlim 255, next-header ICMPv6 (58) payload length: 68) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, packet too big, mtu 1280",
    ),
    (
        "33330000000102000000000186dd6000000000083a01fe800000000000000000000000000001ff0200000000000000000000000000018100813400010002",
        "IP6 (hlim 1, next-header ICMPv6 (58) payload length: 8) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, echo reply, id 1, seq 2",
    ),
    (
        "33330000000102000000000186dd6000000000383a01fe800000000000000000000000000001ff02000000000000000000000000000104028caf00000027600000000008114020010db800000000000000000000000120010db8000000000000000000000002003500350008a3ff",
        "IP6 (hlim 1, next-header ICMPv6 (58) payload length: 56) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, parameter problem, option - octet 39",
    ),
    (
        "33330000000102000000000186dd6000000000083afffe800000000000000000000000000001ff0200000000000000000000000000019200703700000000",
        "IP6 (hlim 255, next-header ICMPv6 (58) payload length: 8) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, mobile router solicitation, id 0x0000",
    ),
    (
        "33330000000102000000000186dd60000000000c3a01fe800000000000000000000000000001ff0200000000000000000000000000018000bd690001000261626364",
        "IP6 (hlim 1, next-header ICMPv6 (58) payload length: 12) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, echo request, id 1, seq 2",
    ),
    (
        "33330000000102000000000186dd60000000002c3afffe800000000000000000000000000001ff0200000000000000000000000000018200b6179c400000000000000000000000000000000000000000000120010db8000000000000000000000001",
        "IP6 (hlim 255, next-header ICMPv6 (58) payload length: 44) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, multicast listener query v2 [max resp delay=115712] [gaddr :: qqi=0, 1 source(s)]",
    ),
    (
        "33330000000102000000000186dd6000000000203a01fe800000000000000000000000000001ff0200000000000000000000000000018800a85ea000000020010db80000000000000000000000050201020000000001",
        "IP6 (hlim 1, next-header ICMPv6 (58) payload length: 32) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, neighbor advertisement, length 32, tgt is 2001:db8::5, Flags [router, override]
	  destination link-address option (2), length 8 (1): 02:00:00:00:00:01",
    ),
    (
        "33330000000102000000000186dd6000000000303a01fe800000000000000000000000000001ff0200000000000000000000000000018f006bf90000000204000000ff05000000000000000000000001000305000000ff050000000000000000000000010003",
        "IP6 (hlim 1, next-header ICMPv6 (58) payload length: 48) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, multicast listener report v2, 2 group record(s) [gaddr ff05::1:3 to_ex, 0 source(s)] [gaddr ff05::1:3 allow, 0 source(s)]",
    ),
    (
        "33330000000102000000000186dd6000000000103a40fe800000000000000000000000000001ff02000000000000000000000000000185007a2d000000000101020000000001",
        "IP6 (hlim 64, next-header ICMPv6 (58) payload length: 16) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, router solicitation, length 16
	  source link-address option (1), length 8 (1): 02:00:00:00:00:01",
    ),
    (
        "33330000000102000000000186dd6000000000133bfffe800000000000000000000000000001ff02000000000000000000000000000196020000c7258ca3e26ce2c82d1c4c76e0f5bc",
        "IP6 (hlim 255, next-header unknown (59) payload length: 19) fe80::1 > ff02::1: no next header",
    ),
    (
        "33330000000102000000000186dd6000000000083a01fe800000000000000000000000000001ff02000000000000000000000000000197146b2300000000",
        "IP6 (hlim 1, next-header ICMPv6 (58) payload length: 8) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, unknown icmp6 type (151), length 8
	0x0000:  9714 6b23 0000 0000",
    ),
    (
        "33330000000102000000000186dd6000000000683a01fe800000000000000000000000000001ff0200000000000000000000000000018900d34c00000000fe80000000000000000000000000000920010db80000000000000000000000070201020000000009040700000000000060000000000811400000000000000000000000000000000100000000000000000000000000000001003500350008ff72",
        "IP6 (hlim 1, next-header ICMPv6 (58) payload length: 104) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, redirect, length 104, 2001:db8::7 to fe80::9
	  destination link-address option (2), length 8 (1): 02:00:00:00:00:09
	  redirected header option (4), length 56 (7): 
	    0x0000:  0201 0200 0000 0009 0407 0000 0000 0000
	    0x0010:  6000 0000 0008 1140 0000 0000 0000 0000
	    0x0020:  0000 0000 0000 0001 0000 0000 0000 0000
	    0x0030:  0000 0000 0000 0001",
    ),
            ],
        );
    }
}
