//! ICMPv6 node information queries and replies (print-icmp6.c
//! icmp6_nodeinfo_print): subjects, DNS names, node addresses.

use crate::decode::{Ctx, Res, be16, be32, u8at};

/// Node information flags for node addresses: tcpdump's letters in its
/// order; `truncate` adds "T" (replies only).
fn ni_addr_flags(c: &mut Ctx, f: u16, truncate: bool) {
    c.s(" [");
    for (bit, l) in [
        (0x40, "a"),
        (0x20, "G"),
        (0x10, "S"),
        (0x08, "L"),
        (0x04, "C"),
        (0x02, "A"),
    ] {
        if f & bit != 0 {
            c.s(l);
        }
    }
    if truncate && f & 0x01 != 0 {
        c.s("T");
    }
    c.s("]");
}

/// dnsname_print: labels without compression, quoted.
fn ni_dnsname(c: &mut Ctx, b: &[u8], mut p: usize) -> Res {
    let ep = b.len();
    c.s(", \"");
    while p < ep {
        let i = usize::from(b[p]);
        p += 1;
        if i != 0 {
            if i > ep - p {
                c.s("???");
                break;
            }
            for _ in 0..i {
                crate::decode::print_char(c, b[p]);
                p += 1;
            }
            if p + 1 < ep && b[p] != 0 {
                c.s(".");
            }
        } else {
            if p == ep {
                c.s(".");
            } else if p + 1 == ep && b[p] == 0 {
                // cut
            } else {
                c.s("???");
            }
            break;
        }
    }
    c.s("\"");
    Ok(())
}

/// A name as a Pascal string (icmp-name-lookup-03) or DNS labels.
fn ni_name(c: &mut Ctx, b: &[u8], p: usize) -> Res {
    let n = usize::from(u8at(b, p)?);
    if n + p + 1 == b.len() {
        if c.o.verbose > 0 {
            c.s(", 03 draft");
        }
        c.s(", \"");
        for &x in &b[p + 1..] {
            crate::decode::print_char(c, x);
        }
        c.s("\"");
        Ok(())
    } else {
        ni_dnsname(c, b, p)
    }
}

/// icmp6_nodeinfo_print: queries and replies; `b` holds what was captured
/// of the message, which is what tcpdump measures it by.
pub(super) fn nodeinfo(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    let siz = b.len();
    let v = c.o.verbose > 0;
    if u8at(b, 0)? == 139 {
        if siz == 12 {
            c.s(" who-are-you request");
            return Ok(());
        }
        c.s(" node information query");
        if siz < 16 {
            c.trunc();
            return Ok(());
        }
        c.s(" (");
        let qtype = be16(b, 4)?;
        let flags = be16(b, 6)?;
        match qtype {
            0 => c.s("noop"),
            1 => {
                c.s("supported qtypes");
                if flags != 0 {
                    c.s(if flags & 1 != 0 { " [C]" } else { " []" });
                }
            }
            2 => c.s("DNS name"),
            3 => {
                c.s("node addresses");
                if flags != 0 {
                    ni_addr_flags(c, flags, false);
                }
            }
            _ => c.s("unknown"),
        }
        if qtype == 0 || qtype == 1 {
            if siz != 16 && v {
                c.s(", invalid len");
            }
            c.s(")");
            return Ok(());
        }
        if siz == 16 {
            c.s(", 03 draft)");
            return Ok(());
        }
        match u8at(b, 1)? {
            0 => subject_addr(c, b, siz, 32, v),
            1 => {
                c.s(", subject=DNS name");
                ni_name(c, b, 16)?;
            }
            2 => subject_addr(c, b, siz, 20, v),
            _ => c.s(", unknown subject"),
        }
        c.s(")");
        return Ok(());
    }
    // Reply.
    if length > siz || siz < 16 {
        c.trunc();
        return Ok(());
    }
    c.s(" node information reply (");
    let code = b[1];
    let mut comma = false;
    match code {
        0 if v => {
            c.s("success");
            comma = true;
        }
        1 | 2 => {
            c.s(if code == 1 { "refused" } else { "unknown" });
            comma = true;
            if siz != 16 && v {
                c.s(", invalid length");
            }
        }
        _ => {}
    }
    if code != 0 {
        c.s(")");
        return Ok(());
    }
    if comma {
        c.s(", ");
    }
    let qtype = be16(b, 4)?;
    let flags = be16(b, 6)?;
    match qtype {
        0 => {
            c.s("noop");
            if siz != 16 && v {
                c.s(", invalid length");
            }
        }
        1 => {
            c.s("supported qtypes");
            if flags != 0 {
                c.s(if flags & 1 != 0 { " [C]" } else { " []" });
            }
        }
        2 => {
            c.s("DNS name");
            ni_name(c, b, 20)?;
            if flags & 1 != 0 {
                c.s(" [TTL=");
                c.dec(be32(b, 16)?);
                c.s("]");
            }
        }
        3 => {
            c.s("node addresses");
            let mut i = 16;
            while i + 20 <= siz {
                let ttl = be32(b, i)?;
                c.s(" ");
                c.ip6(&b[i + 4..i + 20]);
                c.s("(");
                c.dec(ttl);
                c.s(")");
                i += 20;
            }
            if flags != 0 {
                ni_addr_flags(c, flags, true);
            }
        }
        _ => c.s("unknown"),
    }
    c.s(")");
    Ok(())
}

/// A query's IPv6 (`end` 32) or IPv4 (`end` 20) subject address after
/// the 16-byte header: printed when the message is exactly that long,
/// "invalid subject len" at -v when it is longer.
fn subject_addr(c: &mut Ctx, b: &[u8], siz: usize, end: usize, v: bool) {
    if siz < end {
        return;
    }
    if siz != end {
        if v {
            c.s(", invalid subject len");
        }
        return;
    }
    c.s(", subject=");
    if end == 32 {
        c.ip6(&b[16..32]);
    } else {
        c.ip4(&b[16..20]);
    }
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, numeric};

    /// Node information queries and replies (who-are-you, noop, supported
    /// qtypes, DNS names as labels and Pascal strings, node addresses with
    /// their flags, IPv6/IPv4/name subjects, cut replies), expected text
    /// from tcpdump 4.99.3 -n.
    #[test]
    fn node_information() {
        golden(
            numeric(0),
            &[
                (
                    "33330000000102000000000186dd60000000000c3a40fe800000000000000000000000000001ff0200000000000000000000000000018b0000000000000000000000",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request who-are-you request, length 12",
                ),
                (
                    "33330000000102000000000186dd6000000000103a40fe800000000000000000000000000001ff0200000000000000000000000000018b000000000000000001020304050607",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request node information query (noop), length 16",
                ),
                (
                    "33330000000102000000000186dd6000000000103a40fe800000000000000000000000000001ff0200000000000000000000000000018b000000000100010001020304050607",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request node information query (supported qtypes [C]), length 16",
                ),
                (
                    "33330000000102000000000186dd6000000000123a40fe800000000000000000000000000001ff0200000000000000000000000000018b0000000001000000010203040506077878",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request node information query (supported qtypes), length 18",
                ),
                (
                    "33330000000102000000000186dd6000000000103a40fe800000000000000000000000000001ff0200000000000000000000000000018b000000000200000001020304050607",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request node information query (DNS name, 03 draft), length 16",
                ),
                (
                    "33330000000102000000000186dd6000000000203a40fe800000000000000000000000000001ff0200000000000000000000000000018b00000000020000000102030405060720010db8000000000000000000000001",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request node information query (DNS name, subject=2001:db8::1), length 32",
                ),
                (
                    "33330000000102000000000186dd6000000000213a40fe800000000000000000000000000001ff0200000000000000000000000000018b00000000020000000102030405060720010db800000000000000000000000178",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request node information query (DNS name), length 33",
                ),
                (
                    "33330000000102000000000186dd60000000001e3a40fe800000000000000000000000000001ff0200000000000000000000000000018b01000000020000000102030405060704686f7374076578616d706c6500",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request node information query (DNS name, subject=DNS name, \"host.example.\"), length 30",
                ),
                (
                    "33330000000102000000000186dd6000000000153a40fe800000000000000000000000000001ff0200000000000000000000000000018b01000000020000000102030405060704686f7374",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request node information query (DNS name, subject=DNS name, \"host\"), length 21",
                ),
                (
                    "33330000000102000000000186dd6000000000163a40fe800000000000000000000000000001ff0200000000000000000000000000018b01000000020000000102030405060704686f737400",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request node information query (DNS name, subject=DNS name, \"host.\"), length 22",
                ),
                (
                    "33330000000102000000000186dd6000000000133a40fe800000000000000000000000000001ff0200000000000000000000000000018b01000000020000000102030405060709686f",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request node information query (DNS name, subject=DNS name, \"???\"), length 19",
                ),
                (
                    "33330000000102000000000186dd6000000000143a40fe800000000000000000000000000001ff0200000000000000000000000000018b0200000003007f0001020304050607c0000201",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request node information query (node addresses [aGSLCA], subject=192.0.2.1), length 20",
                ),
                (
                    "33330000000102000000000186dd6000000000133a40fe800000000000000000000000000001ff0200000000000000000000000000018b020000000300000001020304050607c00002",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request node information query (node addresses), length 19",
                ),
                (
                    "33330000000102000000000186dd6000000000203a40fe800000000000000000000000000001ff0200000000000000000000000000018b05000000030002000102030405060720010db8000000000000000000000001",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request node information query (node addresses [A], unknown subject), length 32",
                ),
                (
                    "33330000000102000000000186dd6000000000203a40fe800000000000000000000000000001ff0200000000000000000000000000018b00000000090000000102030405060720010db8000000000000000000000001",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request node information query (unknown, subject=2001:db8::1), length 32",
                ),
                (
                    "33330000000102000000000186dd6000000000103a40fe800000000000000000000000000001ff0200000000000000000000000000018c000000000000000001020304050607",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you reply node information reply (noop), length 16",
                ),
                (
                    "33330000000102000000000186dd6000000000103a40fe800000000000000000000000000001ff0200000000000000000000000000018c010000000200000001020304050607",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you reply node information reply (refused), length 16",
                ),
                (
                    "33330000000102000000000186dd6000000000123a40fe800000000000000000000000000001ff0200000000000000000000000000018c0200000002000000010203040506077878",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you reply node information reply (unknown), length 18",
                ),
                (
                    "33330000000102000000000186dd6000000000103a40fe800000000000000000000000000001ff0200000000000000000000000000018c030000000200000001020304050607",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you reply node information reply (), length 16",
                ),
                (
                    "33330000000102000000000186dd6000000000103a40fe800000000000000000000000000001ff0200000000000000000000000000018c000000000100010001020304050607",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you reply node information reply (supported qtypes [C]), length 16",
                ),
                (
                    "33330000000102000000000186dd6000000000223a40fe800000000000000000000000000001ff0200000000000000000000000000018c0000000002000100010203040506070000012c04686f7374076578616d706c6500",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you reply node information reply (DNS name, \"host.example.\" [TTL=300]), length 34",
                ),
                (
                    "33330000000102000000000186dd60000000001d3a40fe800000000000000000000000000001ff0200000000000000000000000000018c0000000002000000010203040506070000012c08686f73746e616d65",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you reply node information reply (DNS name, \"hostname\"), length 29",
                ),
                (
                    "33330000000102000000000186dd60000000003b3a40fe800000000000000000000000000001ff0200000000000000000000000000018c0000000003007f00010203040506070000003c20010db80000000000000000000000010000004620010db8000000000000000000000001616263",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you reply node information reply (node addresses 2001:db8::1(60) 2001:db8::1(70) [aGSLCAT]), length 59",
                ),
                (
                    "33330000000102000000000186dd6000000000103a40fe800000000000000000000000000001ff0200000000000000000000000000018c000000000301000001020304050607",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you reply node information reply (node addresses []), length 16",
                ),
                (
                    "33330000000102000000000186dd6000000000103a40fe800000000000000000000000000001ff0200000000000000000000000000018c000000000700000001020304050607",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you reply node information reply (unknown), length 16",
                ),
                (
                    "33330000000102000000000186dd6000000000063a40fe800000000000000000000000000001ff0200000000000000000000000000018c0000000001",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you reply [|icmp6], length 6",
                ),
                (
                    "33330000000102000000000186dd6000000000203a40fe800000000000000000000000000001ff0200000000000000000000000000018b00000000030200000102030405060720010db8000000000000000000000001",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request node information query (node addresses [], subject=2001:db8::1), length 32",
                ),
                (
                    "33330000000102000000000186dd6000000000243a40fe800000000000000000000000000001ff0200000000000000000000000000018c0300000003000000010203040506075f30e49b482e15cae75007201e12617b0feda7e1",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you reply node information reply (), length 36",
                ),
                (
                    "33330000000102000000000186dd6000000000243a40fe800000000000000000000000000001ff0200000000000000000000000000018b0100000002000000010203040506078ed02a82a175930f2337cd3794c52208006d6b1a",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request node information query (DNS name, subject=DNS name, \"???\"), length 36",
                ),
                (
                    "33330000000102000000000186dd6000000000143a40fe800000000000000000000000000001ff0200000000000000000000000000018c0300000003000000010203040506078aac2c9f",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you reply node information reply (), length 20",
                ),
                (
                    "33330000000102000000000186dd6000000000103a40fe800000000000000000000000000001ff0200000000000000000000000000018c000000000300000001020304050607",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you reply node information reply (node addresses), length 16",
                ),
                (
                    "33330000000102000000000186dd6000000000143a40fe800000000000000000000000000001ff0200000000000000000000000000018b000000000300000001020304050607e56143d6",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request node information query (node addresses), length 20",
                ),
                (
                    "33330000000102000000000186dd6000000000203a40fe800000000000000000000000000001ff0200000000000000000000000000018c0000000003000000010203040506079b0a6b5fc933154a6de28404a897c525",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you reply node information reply (node addresses), length 32",
                ),
                (
                    "33330000000102000000000186dd6000000000203a40fe800000000000000000000000000001ff0200000000000000000000000000018b000000000100000001020304050607bee841f745c55d4e9f747f615164c6f7",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request node information query (supported qtypes), length 32",
                ),
                (
                    "33330000000102000000000186dd6000000000123a40fe800000000000000000000000000001ff0200000000000000000000000000018b030000000000000001020304050607827a",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request node information query (noop), length 18",
                ),
                (
                    "33330000000102000000000186dd6000000000143a40fe800000000000000000000000000001ff0200000000000000000000000000018c020000000300010001020304050607234074f5",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you reply node information reply (unknown), length 20",
                ),
                (
                    "33330000000102000000000186dd6000000000103a40fe800000000000000000000000000001ff0200000000000000000000000000018b0200000001686f0001020304050607",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request node information query (supported qtypes [C]), length 16",
                ),
                (
                    "33330000000102000000000186dd6000000000143a40fe800000000000000000000000000001ff0200000000000000000000000000018c03000000030000000102030405060790bc432f",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you reply node information reply (), length 20",
                ),
                (
                    "33330000000102000000000186dd6000000000313a40fe800000000000000000000000000001ff0200000000000000000000000000018c0100000003a9740001020304050607471109f3b79f110a26f6229fa3452526e7bc1642aeb42bf227d50fff07c3c20624",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you reply node information reply (refused), length 49",
                ),
                (
                    "33330000000102000000000186dd6000000000243a40fe800000000000000000000000000001ff0200000000000000000000000000018b000000000000010001020304050607eae1ec2a0f9e2cf60b7539fef88205bc9a496756",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request node information query (noop), length 36",
                ),
                (
                    "33330000000102000000000186dd6000000000203a40fe800000000000000000000000000001ff0200000000000000000000000000018c03000000030001000102030405060765dc666dc470a26b4544feb314208d56",
                    "IP6 fe80::1 > ff02::1: ICMP6, who-are-you reply node information reply (), length 32",
                ),
            ],
        );
    }

    /// The same with -v: "invalid len" notes and "success".
    #[test]
    fn node_information_verbose() {
        golden(
            numeric(1),
            &[
                (
                    "33330000000102000000000186dd6000000000103a40fe800000000000000000000000000001ff0200000000000000000000000000018b000000000000000001020304050607",
                    "IP6 (hlim 64, next-header ICMPv6 (58) payload length: 16) fe80::1 > ff02::1: [bad icmp6 cksum 0x0000 -> 0x6b1f!] ICMP6, who-are-you request node information query (noop)",
                ),
                (
                    "33330000000102000000000186dd6000000000123a40fe800000000000000000000000000001ff0200000000000000000000000000018b0000000001000000010203040506077878",
                    "IP6 (hlim 64, next-header ICMPv6 (58) payload length: 18) fe80::1 > ff02::1: [bad icmp6 cksum 0x0000 -> 0xf2a3!] ICMP6, who-are-you request node information query (supported qtypes, invalid len)",
                ),
                (
                    "33330000000102000000000186dd6000000000213a40fe800000000000000000000000000001ff0200000000000000000000000000018b00000000020000000102030405060720010db800000000000000000000000178",
                    "IP6 (hlim 64, next-header ICMPv6 (58) payload length: 33) fe80::1 > ff02::1: [bad icmp6 cksum 0x0000 -> 0xc551!] ICMP6, who-are-you request node information query (DNS name, invalid subject len)",
                ),
                (
                    "33330000000102000000000186dd6000000000153a40fe800000000000000000000000000001ff0200000000000000000000000000018b01000000020000000102030405060704686f7374",
                    "IP6 (hlim 64, next-header ICMPv6 (58) payload length: 21) fe80::1 > ff02::1: [bad icmp6 cksum 0x0000 -> 0x833b!] ICMP6, who-are-you request node information query (DNS name, subject=DNS name, 03 draft, \"host\")",
                ),
                (
                    "33330000000102000000000186dd6000000000103a40fe800000000000000000000000000001ff0200000000000000000000000000018c000000000000000001020304050607",
                    "IP6 (hlim 64, next-header ICMPv6 (58) payload length: 16) fe80::1 > ff02::1: [bad icmp6 cksum 0x0000 -> 0x6a1f!] ICMP6, who-are-you reply node information reply (success, noop)",
                ),
                (
                    "33330000000102000000000186dd6000000000103a40fe800000000000000000000000000001ff0200000000000000000000000000018c010000000200000001020304050607",
                    "IP6 (hlim 64, next-header ICMPv6 (58) payload length: 16) fe80::1 > ff02::1: [bad icmp6 cksum 0x0000 -> 0x6a1c!] ICMP6, who-are-you reply node information reply (refused)",
                ),
                (
                    "33330000000102000000000186dd6000000000123a40fe800000000000000000000000000001ff0200000000000000000000000000018c0200000002000000010203040506077878",
                    "IP6 (hlim 64, next-header ICMPv6 (58) payload length: 18) fe80::1 > ff02::1: [bad icmp6 cksum 0x0000 -> 0xf1a0!] ICMP6, who-are-you reply node information reply (unknown, invalid length)",
                ),
                (
                    "33330000000102000000000186dd6000000000103a40fe800000000000000000000000000001ff0200000000000000000000000000018c000000000100010001020304050607",
                    "IP6 (hlim 64, next-header ICMPv6 (58) payload length: 16) fe80::1 > ff02::1: [bad icmp6 cksum 0x0000 -> 0x6a1d!] ICMP6, who-are-you reply node information reply (success, supported qtypes [C])",
                ),
            ],
        );
    }
}
