//! IPsec ESP (print-esp.c): SPI and sequence number, then, with -E's
//! associations, the payload decrypted and printed as what it carries.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use super::ctx::{Ctx, Net, Res, be32};
use super::dispatch;
use super::out::Emit;

/// esp_print. `outer` is the IP header's view and whether the datagram is
/// a fragment (None: nothing to decrypt with).
pub(crate) fn esp(c: &mut Ctx, b: &[u8], length: usize, outer: Option<(&Net, bool)>) -> Res {
    c.proto = "esp";
    if b.len() <= 8 {
        c.trunc();
        return Ok(());
    }
    let (spi, seq) = (be32(b, 0)?, be32(b, 4)?);
    c.s("ESP(spi=0x");
    c.out.hex0(u64::from(spi), 8);
    c.s(",seq=0x");
    c.out.hex(u64::from(seq));
    c.s_dec("), length ", length as u64);
    let Some((net, fragmented)) = outer else {
        return Ok(());
    };
    if c.o.esp_sas.is_empty() {
        return Ok(());
    }
    // The next header and padding are in the last fragment.
    if !net.v6 && fragmented {
        return Ok(());
    }
    let Some(dst) = address(net.dst, net.v6) else {
        return Ok(());
    };
    let Some(sa) = c.o.esp_sas.find(spi, dst) else {
        return Ok(());
    };
    let ct_start = 8 + sa.cipher.iv_len();
    if b.len() < ct_start + sa.auth_len {
        c.trunc();
        return Ok(());
    }
    let iv = &b[8..ct_start];
    let ct = &b[ct_start..b.len() - sa.auth_len];
    // A payload that is not a whole number of blocks: tcpdump warns on
    // stderr and prints nothing more.
    let Ok(pt) = sa.decrypt(iv, ct) else {
        return Ok(());
    };
    let n = pt.len();
    if n < 2 || usize::from(pt[n - 2]) + 2 > n {
        c.trunc();
        return Ok(());
    }
    let (pad, nh) = (usize::from(pt[n - 2]), pt[n - 1]);
    c.s(": ");
    let inner = &pt[..n - pad - 2];
    dispatch::ip_proto(c, nh, inner, inner.len(), net, fragmented)
}

/// The destination as -E's associations name it.
fn address(dst: &[u8], v6: bool) -> Option<IpAddr> {
    if v6 {
        let a: [u8; 16] = dst.try_into().ok()?;
        Some(IpAddr::V6(Ipv6Addr::from(a)))
    } else {
        let a: [u8; 4] = dst.try_into().ok()?;
        Some(IpAddr::V4(Ipv4Addr::from(a)))
    }
}
