//! IPsec ESP (print-esp.c): SPI and sequence number; the payload is opaque.

use super::ctx::{Ctx, Res, be32};
use super::out::Emit;

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
