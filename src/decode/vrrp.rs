//! VRRP (print-vrrp.c, RFC 3768 and RFC 5798): the advertisement, and
//! with -v its checksum verdict, virtual addresses and simple password.

use super::ctx::{Ctx, Net, Res, Trunc, be16, bytes, codes, in_cksum, u8at};
use super::out::Emit;

/// type2str: the one message type.
const TYPES: &[(u32, &str)] = &[(1, "Advertisement")];

codes! {
    /// auth2str.
    AUTH_TYPES: u8 {
        _ = 0 => "none",
        SIMPLE = 1 => "simple",
        _ = 2 => "ah",
    }
}

/// vrrp_print.
pub(crate) fn vrrp(c: &mut Ctx, b: &[u8], length: usize, net: &Net) -> Res {
    let ttl = net.ttl;
    c.proto = "vrrp";
    let Some(&first) = b.first() else {
        c.s("VRRP");
        return Err(Trunc);
    };
    let (version, typ) = (first >> 4, first & 0xf);
    c.s("VRRPv");
    c.dec(version);
    c.s(", ");
    c.tok_or(TYPES, typ.into(), "unknown type (", ")");
    if ttl != 255 {
        c.s(", (ttl ");
        c.dec(ttl);
        c.s(")");
    }
    if !(2..=3).contains(&version) || typ != 1 {
        return Ok(());
    }
    let (vrid, prio) = (u8at(b, 1)?, u8at(b, 2)?);
    c.s(", vrid ");
    c.dec(vrid);
    c.s(", prio ");
    c.dec(prio);
    let mut simple = false;
    if version == 2 {
        let auth = u8at(b, 4)?;
        simple = auth == SIMPLE;
        c.s(", authtype ");
        c.tok_or(AUTH_TYPES, auth.into(), "#", "");
        let intvl = u8at(b, 5)?;
        c.s(", intvl ");
        c.dec(intvl);
        c.s("s, length ");
    } else {
        let intvl = u32::from(u8at(b, 4)? & 0x0f) << 8 | u32::from(u8at(b, 5)?);
        c.s(", intvl ");
        c.dec(intvl);
        c.s("cs, length ");
    }
    c.dec(length as u64);
    if c.o.verbose > 0 {
        verbose(c, b, length, net, simple)?;
    }
    Ok(())
}

/// The -v tail: a checksum verdict when the whole message was captured
/// (v2 over the message alone, v3 with the IP pseudo-header), the
/// addresses, and a v2 simple password (NUL-padded to 8 bytes).
fn verbose(c: &mut Ctx, b: &[u8], length: usize, net: &Net, simple: bool) -> Res {
    let naddrs = u8at(b, 3)?;
    if let Some(msg) = b.get(..length) {
        let bad = if b[0] >> 4 == 2 {
            in_cksum(&[msg]) != 0
        } else {
            net.cksum(112, msg) != 0
        };
        if bad {
            let field = be16(b, 6)?;
            c.s(", (bad vrrp cksum ");
            c.out.hex(u64::from(field));
            c.s(")");
        }
    }
    c.s(", addrs");
    if naddrs > 1 {
        c.s("(");
        c.dec(naddrs);
        c.s(")");
    }
    c.s(":");
    let size = if net.v6 { 16 } else { 4 };
    let mut off = 8;
    for i in 0..naddrs {
        // tcpdump prints the separator with the address, so not before a
        // missing one.
        let a = bytes(b, off, size)?;
        c.s(if i == 0 { " " } else { "," });
        if net.v6 {
            c.ip6(a)
        } else {
            c.ip4(a)
        }
        off += size;
    }
    if simple {
        c.s(" auth \"");
        c.printjnp(b, off, 8)?;
        c.s("\"");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, numeric};

    /// VRRP v2 and v3 adverts (TTL 255 and not), over IPv4 and IPv6, and
    /// short ones (expected text from tcpdump 4.99.3).
    #[test]
    fn vrrp() {
        golden(
            numeric(0),
            &[
                (
                    "02000000000202000000000108004500002800010000ff701951c0000201e0000012210564010001b7f9c00002fe0000000000000000",
                    "IP 192.0.2.1 > 224.0.0.18: VRRPv2, Advertisement, vrid 5, prio 100, authtype none, intvl 1s, length 20",
                ),
                (
                    "02000000000202000000000108004500002000010000ff701959c0000201e00000123107c8010064a103c00002fe",
                    "IP 192.0.2.1 > 224.0.0.18: VRRPv3, Advertisement, vrid 7, prio 200, intvl 100cs, length 12",
                ),
                (
                    "0200000000020200000000010800450000280001000001701752c0000201e0000012210564010001b7f9c00002fe0000000000000000",
                    "IP 192.0.2.1 > 224.0.0.18: VRRPv2, Advertisement, (ttl 1), vrid 5, prio 100, authtype none, intvl 1s, length 20",
                ),
                (
                    "020000000002020000000001080045000020000100000170175ac0000201e00000123107c8010064a103c00002fe",
                    "IP 192.0.2.1 > 224.0.0.18: VRRPv3, Advertisement, (ttl 1), vrid 7, prio 200, intvl 100cs, length 12",
                ),
                (
                    "02000000000202000000000186dd60000000001870fffe800000000000000000000000000001ff0200000000000000000000000000123107c801006409eafe800000000000000000000000000009",
                    "IP6 fe80::1 > ff02::12: VRRPv3, Advertisement, vrid 7, prio 200, intvl 100cs, length 24",
                ),
                (
                    "02000000000202000000000108004500001a00010000ff70195fc0000201e0000012210564010301",
                    "IP 192.0.2.1 > 224.0.0.18: VRRPv2, Advertisement, vrid 5, prio 100, authtype #3, intvl 1s, length 6",
                ),
                (
                    "02000000000202000000000108004500001500010000ff701964c0000201e000001225",
                    "IP 192.0.2.1 > 224.0.0.18: VRRPv2, unknown type (5)",
                ),
                (
                    "02000000000202000000000108004500001600010000ff701963c0000201e00000122105",
                    "IP 192.0.2.1 > 224.0.0.18: VRRPv2, Advertisement [|vrrp]",
                ),
                (
                    "02000000000202000000000108004500001400010000ff701965c0000201e0000012",
                    "IP 192.0.2.1 > 224.0.0.18: VRRP [|vrrp]",
                ),
                (
                    "02000000000202000000000108004500001a00010000ff70195fc0000201e0000012410564010301",
                    "IP 192.0.2.1 > 224.0.0.18: VRRPv4, Advertisement",
                ),
            ],
        );
    }

    /// With -v: the addresses, a v2 simple password with escapes, v3
    /// checksum verdicts over IPv4 and IPv6, and the v2 message cut in its
    /// header, addresses and password (expected text from tcpdump 4.99.3).
    #[test]
    fn verbose_addresses_password_and_cuts() {
        golden(
            numeric(1),
            &[
                (
                    "01005e00001200000000010108004500003000010000ff701949c0000201e0000012212abf03010ad5500a042a010a042a020a042a0361626301e9000000",
                    "IP (tos 0x0, ttl 255, id 1, offset 0, flags [none], proto VRRP (112), length 48)\n    192.0.2.1 > 224.0.0.18: VRRPv2, Advertisement, vrid 42, prio 191, authtype simple, intvl 10s, length 28, addrs(3): 10.4.42.1,10.4.42.2,10.4.42.3 auth \"abc^AM-i\"",
                ),
                (
                    "01005e00001200000000010108004500003000010000ff701949c0000201e0000012212abf",
                    "IP truncated-ip - 25 bytes missing! (tos 0x0, ttl 255, id 1, offset 0, flags [none], proto VRRP (112), length 48)\n    192.0.2.1 > 224.0.0.18: VRRPv2, Advertisement, vrid 42, prio 191 [|vrrp]",
                ),
                (
                    "01005e00001200000000010108004500003000010000ff701949c0000201e0000012212abf03",
                    "IP truncated-ip - 24 bytes missing! (tos 0x0, ttl 255, id 1, offset 0, flags [none], proto VRRP (112), length 48)\n    192.0.2.1 > 224.0.0.18: VRRPv2, Advertisement, vrid 42, prio 191 [|vrrp]",
                ),
                (
                    "01005e00001200000000010108004500003000010000ff701949c0000201e0000012212abf03010ad550",
                    "IP truncated-ip - 20 bytes missing! (tos 0x0, ttl 255, id 1, offset 0, flags [none], proto VRRP (112), length 48)\n    192.0.2.1 > 224.0.0.18: VRRPv2, Advertisement, vrid 42, prio 191, authtype simple, intvl 10s, length 28, addrs(3): [|vrrp]",
                ),
                (
                    "01005e00001200000000010108004500003000010000ff701949c0000201e0000012212abf03010ad5500a042a010a",
                    "IP truncated-ip - 15 bytes missing! (tos 0x0, ttl 255, id 1, offset 0, flags [none], proto VRRP (112), length 48)\n    192.0.2.1 > 224.0.0.18: VRRPv2, Advertisement, vrid 42, prio 191, authtype simple, intvl 10s, length 28, addrs(3): 10.4.42.1 [|vrrp]",
                ),
                (
                    "01005e00001200000000010108004500003000010000ff701949c0000201e0000012212abf03010ad5500a042a010a042a020a042a03",
                    "IP truncated-ip - 8 bytes missing! (tos 0x0, ttl 255, id 1, offset 0, flags [none], proto VRRP (112), length 48)\n    192.0.2.1 > 224.0.0.18: VRRPv2, Advertisement, vrid 42, prio 191, authtype simple, intvl 10s, length 28, addrs(3): 10.4.42.1,10.4.42.2,10.4.42.3 auth \" [|vrrp]",
                ),
                (
                    "01005e00001200000000010108004500003000010000ff701949c0000201e0000012212abf03010ad5500a042a010a042a020a042a03616263",
                    "IP truncated-ip - 5 bytes missing! (tos 0x0, ttl 255, id 1, offset 0, flags [none], proto VRRP (112), length 48)\n    192.0.2.1 > 224.0.0.18: VRRPv2, Advertisement, vrid 42, prio 191, authtype simple, intvl 10s, length 28, addrs(3): 10.4.42.1,10.4.42.2,10.4.42.3 auth \"abc [|vrrp]",
                ),
                (
                    "01005e00001200000000010108004500003000010000ff701949c0000201e0000012212abf03010ad5500a042a010a042a020a042a0361626301",
                    "IP truncated-ip - 4 bytes missing! (tos 0x0, ttl 255, id 1, offset 0, flags [none], proto VRRP (112), length 48)\n    192.0.2.1 > 224.0.0.18: VRRPv2, Advertisement, vrid 42, prio 191, authtype simple, intvl 10s, length 28, addrs(3): 10.4.42.1,10.4.42.2,10.4.42.3 auth \"abc^A [|vrrp]",
                ),
                (
                    "01005e00001200000000010108004500002400010000ff701955c0000201e00000123107c8020064abcdc0000264c0000265",
                    "IP (tos 0x0, ttl 255, id 1, offset 0, flags [none], proto VRRP (112), length 36)\n    192.0.2.1 > 224.0.0.18: VRRPv3, Advertisement, vrid 7, prio 200, intvl 100cs, length 16, (bad vrrp cksum abcd), addrs(2): 192.0.2.100,192.0.2.101",
                ),
                (
                    "33330000001200000000010186dd60000000001870fffe800000000000000000000000000001ff0200000000000000000000000000123107c801006409eafe800000000000000000000000000009",
                    "IP6 (hlim 255, next-header VRRP (112) payload length: 24) fe80::1 > ff02::12: VRRPv3, Advertisement, vrid 7, prio 200, intvl 100cs, length 24, addrs: fe80::9",
                ),
            ],
        );
    }
}
