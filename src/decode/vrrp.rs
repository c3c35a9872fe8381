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
    c.s_dec("VRRPv", version);
    c.s(", ");
    c.tok_or(TYPES, typ.into(), "unknown type (", ")");
    if ttl != 255 {
        c.s_dec(", (ttl ", ttl);
        c.s(")");
    }
    if !(2..=3).contains(&version) || typ != 1 {
        return Ok(());
    }
    let (vrid, prio) = (u8at(b, 1)?, u8at(b, 2)?);
    c.s_dec(", vrid ", vrid);
    c.s_dec(", prio ", prio);
    let mut simple = false;
    if version == 2 {
        let auth = u8at(b, 4)?;
        simple = auth == SIMPLE;
        c.s(", authtype ");
        c.tok_or(AUTH_TYPES, auth.into(), "#", "");
        let intvl = u8at(b, 5)?;
        c.s_dec(", intvl ", intvl);
        c.s("s, length ");
    } else {
        let intvl = u32::from(u8at(b, 4)? & 0x0f) << 8 | u32::from(u8at(b, 5)?);
        c.s_dec(", intvl ", intvl);
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
        c.s_dec("(", naddrs);
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
