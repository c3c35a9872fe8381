//! ICMPv6 router renumbering (print-icmp6.c icmp6_rrenum_print).

use crate::decode::out::Emit;
use crate::decode::{Ctx, Res, be16, be32};

/// The message codes (RFC 2894).
const CODES: &[(u32, &str)] = &[
    (0, ", command"),
    (1, ", result"),
    (255, ", sequence number reset"),
];

/// The match-prefix part's operations.
const OPS: &[(u32, &str)] = &[(1, "add"), (2, "change"), (3, "setglobal")];

/// icmp6_rrenum_print: the code and sequence number, flags with -v, and a
/// command's match-prefix part with its use-prefix parts.
pub(super) fn rrenum(c: &mut Ctx, b: &[u8]) -> Res {
    if b.len() < 16 {
        c.trunc();
        return Ok(());
    }
    let code = b[1];
    c.tok_or(CODES, code.into(), ", code-#", "");
    c.s(", seq=");
    c.dec(be32(b, 4)?);
    let v = c.o.verbose;
    if v > 0 {
        let flags = b[9];
        c.s("[");
        if flags != 0 {
            for (bit, l) in [
                (0x80, "T"),
                (0x40, "R"),
                (0x20, "A"),
                (0x10, "S"),
                (0x08, "P"),
            ] {
                if flags & bit != 0 {
                    c.s(l);
                }
            }
            c.s(",");
        }
        c.s("seg=");
        c.dec(b[8]);
        c.s(",maxdelay=");
        c.dec(be16(b, 10)?);
        let rsvd = be32(b, 12)?;
        if rsvd != 0 {
            c.s("rsvd=0x");
            c.out.hex(u64::from(rsvd));
        }
        c.s("]");
    }
    if code != 0 {
        return Ok(());
    }
    // The match-prefix part: 24 bytes.
    if b.len() < 40 {
        c.trunc();
        return Ok(());
    }
    let sep = if v > 1 { "\n\t" } else { " " };
    c.s(sep);
    c.s("match(");
    c.tok_or(OPS, b[16].into(), "#", "");
    if v > 0 {
        c.dec_fields(&[
            (",ord=", b[18].into()),
            (",min=", b[20].into()),
            (",max=", b[21].into()),
        ]);
    }
    c.s(",");
    c.out.ip6(&b[24..40]);
    c.s("/");
    c.dec(b[19]);
    c.s(")");
    let rpm_len = usize::from(b[17]);
    if rpm_len < 3 || (rpm_len - 3) % 4 != 0 {
        c.trunc();
        return Ok(());
    }
    let mut p = 40;
    for _ in 0..(rpm_len - 3) / 4 {
        // A use-prefix part: 32 bytes.
        if b.len() < p + 32 {
            c.trunc();
            return Ok(());
        }
        let u = &b[p..p + 32];
        c.s(sep);
        c.s("use(");
        if u[12] != 0 {
            if u[12] & 0x80 != 0 {
                c.s("V");
            }
            if u[12] & 0x40 != 0 {
                c.s("P");
            }
            c.s(",");
        }
        if v > 0 {
            c.s("mask=0x");
            c.out.hex(u64::from(u[2]));
            c.s(",raflags=0x");
            c.out.hex(u64::from(u[3]));
            c.s(",");
            for (at, name) in [(4, "vltime="), (8, "pltime=")] {
                c.s(name);
                let t = be32(u, at)?;
                if t == 0xffff_ffff {
                    c.s("infty");
                } else {
                    c.dec(t);
                }
                c.s(",");
            }
        }
        c.out.ip6(&u[16..32]);
        c.s("/");
        c.dec(u[0]);
        c.s("/");
        c.dec(u[1]);
        c.s(")");
        p += 32;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, numeric};

    /// Router renumbering: codes, match and use prefixes, bad part lengths
    /// and cut parts (expected text from tcpdump 4.99.3 -n, -n -v, -n -vv).
    #[test]
    fn router_renumbering() {
        golden(
            numeric(0),
            &[
                (
                    "33330000000102000000000186dd6000000000283a40fe800000000000000000000000000001ff0200000000000000000000000000018a000000000000010000000000000000010301200040000020010db8000000000000000000000000",
                    "IP6 fe80::1 > ff02::1: ICMP6, router renumbering, command, seq=1 match(add,2001:db8::/32), length 40",
                ),
                (
                    "33330000000102000000000186dd6000000000483a40fe800000000000000000000000000001ff0200000000000000000000000000018a0000000000000202f8006400000000020701200040000020010db80000000000000000000000003010c08000000e10ffffffffc000000020010db8000000000000000000000000",
                    "IP6 fe80::1 > ff02::1: ICMP6, router renumbering, command, seq=2 match(change,2001:db8::/32) use(VP,2001:db8::/48/16), length 72",
                ),
                (
                    "33330000000102000000000186dd6000000000683a40fe800000000000000000000000000001ff0200000000000000000000000000018a000000000000030000000000000000030b01200040000020010db80000000000000000000000003010000000000001000000020000000020010db800000000000000000000000040000102ffffffff000000054000000020010db8000000000000000000000000",
                    "IP6 fe80::1 > ff02::1: ICMP6, router renumbering, command, seq=3 match(setglobal,2001:db8::/32) use(2001:db8::/48/16) use(P,2001:db8::/64/0), length 104",
                ),
                (
                    "33330000000102000000000186dd6000000000103a40fe800000000000000000000000000001ff0200000000000000000000000000018a010000000000040000000000000000",
                    "IP6 fe80::1 > ff02::1: ICMP6, router renumbering, result, seq=4, length 16",
                ),
                (
                    "33330000000102000000000186dd6000000000103a40fe800000000000000000000000000001ff0200000000000000000000000000018aff0000000000050040000000000007",
                    "IP6 fe80::1 > ff02::1: ICMP6, router renumbering, sequence number reset, seq=5, length 16",
                ),
                (
                    "33330000000102000000000186dd6000000000103a40fe800000000000000000000000000001ff0200000000000000000000000000018a090000000000060000000000000000",
                    "IP6 fe80::1 > ff02::1: ICMP6, router renumbering, code-#9, seq=6, length 16",
                ),
                (
                    "33330000000102000000000186dd6000000000103a40fe800000000000000000000000000001ff0200000000000000000000000000018a000000000000070000000000000000",
                    "IP6 fe80::1 > ff02::1: ICMP6, router renumbering, command, seq=7 [|icmp6], length 16",
                ),
                (
                    "33330000000102000000000186dd6000000000283a40fe800000000000000000000000000001ff0200000000000000000000000000018a000000000000080000000000000000010201200040000020010db8000000000000000000000000",
                    "IP6 fe80::1 > ff02::1: ICMP6, router renumbering, command, seq=8 match(add,2001:db8::/32) [|icmp6], length 40",
                ),
                (
                    "33330000000102000000000186dd6000000000283a40fe800000000000000000000000000001ff0200000000000000000000000000018a000000000000090000000000000000010501200040000020010db8000000000000000000000000",
                    "IP6 fe80::1 > ff02::1: ICMP6, router renumbering, command, seq=9 match(add,2001:db8::/32) [|icmp6], length 40",
                ),
                (
                    "33330000000102000000000186dd60000000003c3a40fe800000000000000000000000000001ff0200000000000000000000000000018a0000000000000a0000000000000000090701200040000020010db80000000000000000000000003010000000000001000000020000000020010db8",
                    "IP6 fe80::1 > ff02::1: ICMP6, router renumbering, command, seq=10 match(#9,2001:db8::/32) [|icmp6], length 60",
                ),
                (
                    "33330000000102000000000186dd6000000000063a40fe800000000000000000000000000001ff0200000000000000000000000000018a0000000000",
                    "IP6 fe80::1 > ff02::1: ICMP6, router renumbering [|icmp6], length 6",
                ),
                (
                    "33330000000102000000000186dd6000000000023a40fe800000000000000000000000000001ff0200000000000000000000000000018a01",
                    "IP6 fe80::1 > ff02::1: ICMP6, router renumbering [|icmp6], length 2",
                ),
                (
                    "33330000000102000000000186dd6000000000003a40fe800000000000000000000000000001ff020000000000000000000000000001",
                    "IP6 fe80::1 > ff02::1: ICMP6, length 0 (invalid)",
                ),
                (
                    "33330000000102000000000186dd6000000000283a40fe800000000000000000000000000001ff0200000000000000000000000000018a000000440d8382467b668900000000030b010a00800000d5dc2fcf65b1bcc552084f0f1325d466",
                    "IP6 fe80::1 > ff02::1: ICMP6, router renumbering, command, seq=1141736322 match(setglobal,d5dc:2fcf:65b1:bcc5:5208:4f0f:1325:d466/10) [|icmp6], length 40",
                ),
                (
                    "33330000000102000000000186dd6000000000683a40fe800000000000000000000000000001ff0200000000000000000000000000018a0000004fe6a6f6fb3f6c80000000050407011200800000d0b6a52aaa482e9f9f5cdfbb5a0f6bf9717c5b1dffffffffffffffff53d3b9207203b8bb8f67dd97704baa53edc77feb750c74d0ffffffffffffffffa9cc49b7369fb308a4ffb89d5745f4734480fd17",
                    "IP6 fe80::1 > ff02::1: ICMP6, router renumbering, command, seq=1340516086 match(#4,d0b6:a52a:aa48:2e9f:9f5c:dfbb:5a0f:6bf9/18) use(P,7203:b8bb:8f67:dd97:704b:aa53:edc7:7feb/113/124), length 104",
                ),
                (
                    "33330000000102000000000186dd6000000000683a40fe800000000000000000000000000001ff0200000000000000000000000000018aff0000994a555fc7a44be0000000000201016900800000d986add0c2fcc4cc5d56698238891bb74e239f6c00000001ffffffff0ae5de175764536497615e9f0b34baff66e532032064f996ffffffffffffffff8443a8098e0a4ffbbb34dacfbf2442b21f7637d8",
                    "IP6 fe80::1 > ff02::1: ICMP6, router renumbering, sequence number reset, seq=2571785567, length 104",
                ),
            ],
        );
        golden(
            numeric(1),
            &[
                (
                    "33330000000102000000000186dd6000000000483a40fe800000000000000000000000000001ff0200000000000000000000000000018a0000000000000202f8006400000000020701200040000020010db80000000000000000000000003010c08000000e10ffffffffc000000020010db8000000000000000000000000",
                    "IP6 (hlim 64, next-header ICMPv6 (58) payload length: 72) fe80::1 > ff02::1: [bad icmp6 cksum 0x0000 -> 0x571e!] ICMP6, router renumbering, command, seq=2[TRASP,seg=2,maxdelay=100] match(change,ord=1,min=0,max=64,2001:db8::/32) use(VP,mask=0xc0,raflags=0x80,vltime=3600,pltime=infty,2001:db8::/48/16)",
                ),
                (
                    "33330000000102000000000186dd6000000000683a40fe800000000000000000000000000001ff0200000000000000000000000000018a000000000000030000000000000000030b01200040000020010db80000000000000000000000003010000000000001000000020000000020010db800000000000000000000000040000102ffffffff000000054000000020010db8000000000000000000000000",
                    "IP6 (hlim 64, next-header ICMPv6 (58) payload length: 104) fe80::1 > ff02::1: [bad icmp6 cksum 0x0000 -> 0x3923!] ICMP6, router renumbering, command, seq=3[seg=0,maxdelay=0] match(setglobal,ord=1,min=0,max=64,2001:db8::/32) use(mask=0x0,raflags=0x0,vltime=1,pltime=2,2001:db8::/48/16) use(P,mask=0x1,raflags=0x2,vltime=infty,pltime=5,2001:db8::/64/0)",
                ),
                (
                    "33330000000102000000000186dd6000000000103a40fe800000000000000000000000000001ff0200000000000000000000000000018aff0000000000050040000000000007",
                    "IP6 (hlim 64, next-header ICMPv6 (58) payload length: 16) fe80::1 > ff02::1: [bad icmp6 cksum 0x0000 -> 0x76e4!] ICMP6, router renumbering, sequence number reset, seq=5[R,seg=0,maxdelay=0rsvd=0x7]",
                ),
            ],
        );
        golden(
            numeric(2),
            &[
            (
                "33330000000102000000000186dd6000000000483a40fe800000000000000000000000000001ff0200000000000000000000000000018a0000000000000202f8006400000000020701200040000020010db80000000000000000000000003010c08000000e10ffffffffc000000020010db8000000000000000000000000",
                "IP6 (hlim 64, next-header ICMPv6 (58) payload length: 72) fe80::1 > ff02::1: [bad icmp6 cksum 0x0000 -> 0x571e!] ICMP6, router renumbering, command, seq=2[TRASP,seg=2,maxdelay=100]
	match(change,ord=1,min=0,max=64,2001:db8::/32)
	use(VP,mask=0xc0,raflags=0x80,vltime=3600,pltime=infty,2001:db8::/48/16)",
            ),
            (
                "33330000000102000000000186dd6000000000683a40fe800000000000000000000000000001ff0200000000000000000000000000018a000000000000030000000000000000030b01200040000020010db80000000000000000000000003010000000000001000000020000000020010db800000000000000000000000040000102ffffffff000000054000000020010db8000000000000000000000000",
                "IP6 (hlim 64, next-header ICMPv6 (58) payload length: 104) fe80::1 > ff02::1: [bad icmp6 cksum 0x0000 -> 0x3923!] ICMP6, router renumbering, command, seq=3[seg=0,maxdelay=0]
	match(setglobal,ord=1,min=0,max=64,2001:db8::/32)
	use(mask=0x0,raflags=0x0,vltime=1,pltime=2,2001:db8::/48/16)
	use(P,mask=0x1,raflags=0x2,vltime=infty,pltime=5,2001:db8::/64/0)",
            ),
            ],
        );
    }
}
