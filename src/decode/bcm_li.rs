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
    c.s(", li-id ");
    c.dec(shim & 0x3fffff);
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

#[cfg(test)]
mod tests {

    /// No panic on every prefix and on random changes of BCM-LI datagrams of each type.
    #[test]
    fn never_panics_on_cut_or_changed_shims() {
        crate::decode::tests::never_panics(
            crate::link::LinkType::Ethernet,
            &[
                "020000000002020000000001080045000041000100004011f6a2c0000201c0000207c000c001002de4b66ac0303945000021000100004011f6c2c0000201c000020703e807d0000d2c4168656c6c6f",
                "020000000002020000000001080045000048000100004011f69bc0000201c0000207c000c001003416ee4c4000076000000000003b40fe800000000000000000000000000001fe800000000000000000000000000002",
                "020000000002020000000001080045000024000100004011f6bfc0000201c0000207c000c0010010b17d2800000100112233",
                "005056b257991ce85d2417c3080045020046000000003b11912cd9591eb0d9591d16c000c001003200006881046a0a24000845526bba000000000000000000000000000000000000000000000000000000000000",
                "005056b257991ce85d2417c30800450200cd000000003b1190a5d9591eb0d9591d16c000c00100b900004e81046a000c29dea648b86a97a58f01810000d1810000078864110000c3009100214500008f570b00003c11e512d9591f3109b6400000358da8007b8b84ad64858000010001000100020669706572663304786c616205742d696f740264650000010001c00c00010001000003600004d9591fe5c01300020001000003600005026e73c013c04200010001000003600004d9591f31c042001c000100000360001020030004f007bf000000000000530001",
            ],
        );
    }
}
