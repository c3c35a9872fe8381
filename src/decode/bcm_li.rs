//! Broadcom's lawful-intercept shim (print-bcm-li.c), on UDP from port
//! 49152: a 32-bit header naming the direction and type of the copied
//! packet, then (with -v) that packet.

use super::ctx::{Ctx, Res, be32, codes, rest, tcheck, u8at};
use super::dispatch;

const SHIM_LEN: usize = 4;

const DIRECTIONS: &[(u32, &str)] = &[(1, "unused"), (2, "egress"), (3, "ingress")];

codes! {
    PKT_TYPES: u32 {
        UNDECIDED = 4 => "undecided",
        IPV4 = 5 => "ipv4",
        IPV6 = 6 => "ipv6",
        ETHERNET = 7 => "ethernet",
    }
}

const PKT_SUBTYPES: &[(u32, &str)] = &[
    (1, "single VLAN tag"),
    (2, "double VLAN tag"),
    (3, "untagged"),
];

/// bcm_li_print.
pub(crate) fn bcm_li(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "bcm_li";
    if length < SHIM_LEN {
        c.invalid_length([" (length ", " < ", ")"], length, SHIM_LEN);
        return Ok(());
    }
    let shim = be32(b, 0)?;
    let pkt_type = (shim >> 25) & 0xf;
    let length = length - SHIM_LEN;
    let b = rest(b, SHIM_LEN);
    let sep = if c.o.verbose > 0 { "\n    " } else { "" };
    c.s(sep);
    c.s("BCM-LI-SHIM: direction ");
    c.tok(DIRECTIONS, (shim >> 29) & 0x7, "unknown");
    c.s(", pkt-type ");
    c.tok(PKT_TYPES, pkt_type, "unknown");
    c.s(", pkt-subtype ");
    c.tok(PKT_SUBTYPES, (shim >> 22) & 0x7, "unknown");
    c.s_dec(", li-id ", shim & 0x3fffff);
    c.s(sep);
    if c.o.verbose == 0 {
        return tcheck(b, 0, length);
    }
    match pkt_type {
        ETHERNET => dispatch::ether(c, b, length).map(drop),
        IPV4 => dispatch::ip(c, b, length),
        IPV6 => dispatch::ip6(c, b, length),
        // The IP version from the first nibble.
        UNDECIDED => match u8at(b, 0)? >> 4 {
            4 => dispatch::ip(c, b, length),
            6 => dispatch::ip6(c, b, length),
            _ => {
                c.s("unknown payload");
                Ok(())
            }
        },
        _ => {
            c.invalid();
            Ok(())
        }
    }
}
