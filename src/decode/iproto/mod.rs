//! Other IP protocols with one-line summaries: AH and ESP here; SCTP,
//! DCCP/IPComp, IGMP and the routing protocols (VRRP, RSVP, EIGRP, PIM,
//! OSPF) in their own files.

use super::out::Emit;
use super::{Ctx, Res, be16, be32, u8at};

mod dccp;
mod igmp;
mod routing;
mod sctp;

pub(crate) use dccp::{dccp, ipcomp};
pub(crate) use igmp::igmp;
pub(crate) use routing::{eigrp, ospf, pim, rsvp, vrrp};
pub(crate) use sctp::sctp;

/// ah_print; Some(header length) when the payload follows.
pub(crate) fn ah(c: &mut Ctx, b: &[u8]) -> Res<Option<usize>> {
    c.proto = "ah";
    c.s("AH");
    let ah_len = u8at(b, 1)?;
    let sumlen = (usize::from(ah_len) + 2) << 2;
    c.s("(");
    if c.o.verbose > 0 {
        c.s("length=");
        c.dec(ah_len);
        c.s("(");
        c.dec(sumlen as u64);
        c.s("-bytes),");
    }
    let reserved = be16(b, 2)?;
    if reserved != 0 {
        c.s("reserved=0x");
        c.out.hex(u64::from(reserved));
        c.s("[MustBeZero],");
    }
    let spi = be32(b, 4)?;
    c.s("spi=0x");
    c.out.hex0(u64::from(spi), 8);
    c.s(",");
    let seq = be32(b, 8)?;
    c.s("seq=0x");
    c.out.hex(u64::from(seq));
    c.s(",icv=0x");
    let mut i = 12;
    while i < sumlen {
        c.out.hex0(u64::from(u8at(b, i)?), 2);
        i += 1;
    }
    c.s("): ");
    Ok(Some(sumlen))
}

/// esp_print without decryption.
pub(crate) fn esp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
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
    c.s("), length ");
    c.dec(length as u64);
    Ok(())
}
