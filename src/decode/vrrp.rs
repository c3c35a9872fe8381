//! VRRP (print-vrrp.c).

use super::ctx::{Ctx, Res, Trunc, u8at};

/// vrrp_print, without the -v address list.
pub(crate) fn vrrp(c: &mut Ctx, b: &[u8], length: usize, ttl: u8) -> Res {
    c.proto = "vrrp";
    let Some(&first) = b.first() else {
        c.s("VRRP");
        return Err(Trunc);
    };
    let (version, typ) = (first >> 4, first & 0xf);
    c.s("VRRPv");
    c.dec(version);
    c.s(", ");
    if typ == 1 {
        c.s("Advertisement");
    } else {
        c.s("unknown type (");
        c.dec(typ);
        c.s(")");
    }
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
    if version == 2 {
        let auth = u8at(b, 4)?;
        c.s(", authtype ");
        match auth {
            0 => c.s("none"),
            1 => c.s("simple"),
            2 => c.s("ah"),
            _ => {
                c.s("#");
                c.dec(auth);
            }
        }
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
}
