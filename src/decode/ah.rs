//! The IPsec Authentication Header (print-ah.c); IP demux goes on after it.

use super::ctx::{Ctx, Res, be16, be32, u8at};
use super::out::Emit;

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

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, numeric};

    /// Random payloads on the port or protocol, cut or whole, as
    /// tcpdump 4.99.3 -n printed them (from the shared random set).
    #[test]
    fn random_payloads_on_its_port() {
        golden(
            numeric(0),
            &[
                (
                    "020000000002020000000001080045000058000100004033f669c0000201c00002071416ab7b12c914ae331c5863dc52fa38db3e0dd6218d40cd8f652ad7a601de57503060447fbccb2d2be0b594c8e0ab05a80f27084efc5a78250f2349a65a94423f50ed3d",
                    "IP 192.0.2.1 > 192.0.2.7: AH(reserved=0xab7b[MustBeZero],spi=0x12c914ae,seq=0x331c5863,icv=0xdc52fa38db3e0dd6218d40cd8f652ad7a601de57503060447fbccb2d2be0b594c8e0ab05a80f27084efc5a78250f2349a65a94423f50ed3d [|ah]",
                ),
                (
                    "020000000002020000000001080045000035000100004033f68cc0000201c000020714c83d35d584c4ed8904ad9d70ad9b749e45be93f8408470218fc5bff9768958ef",
                    "IP 192.0.2.1 > 192.0.2.7: AH(reserved=0x3d35[MustBeZero],spi=0xd584c4ed,seq=0x8904ad9d,icv=0x70ad9b749e45be93f8408470218fc5bff9768958ef [|ah]",
                ),
            ],
        );
    }
}
