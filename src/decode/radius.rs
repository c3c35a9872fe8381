//! RADIUS (print-radius.c): the code, identifier and length.

use super::ctx::{Ctx, Res, Trunc, be16};
use super::out::Emit;

/// radius_print, without the -v attribute list.
pub(crate) fn radius(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "radius";
    if b.len() < 20 {
        return Err(Trunc);
    }
    let len = usize::from(be16(b, 2)?);
    if len < 20 {
        return Err(Trunc);
    }
    let len = len.min(length);
    let code = b[0];
    c.s("RADIUS, ");
    if c.o.verbose > 0 {
        c.s("length: ");
        c.dec(len as u64);
        return Ok(());
    }
    c.s(match code {
        1 => "Access-Request",
        2 => "Access-Accept",
        3 => "Access-Reject",
        4 => "Accounting-Request",
        5 => "Accounting-Response",
        11 => "Access-Challenge",
        12 => "Status-Server",
        13 => "Status-Client",
        40 => "Disconnect-Request",
        41 => "Disconnect-ACK",
        42 => "Disconnect-NAK",
        43 => "CoA-Request",
        44 => "CoA-ACK",
        45 => "CoA-NAK",
        255 => "Reserved",
        _ => "Unknown Command",
    });
    c.s(" (");
    c.dec(code);
    c.s("), id: 0x");
    c.out.hex0(u64::from(b[1]), 2);
    c.s(" length: ");
    c.dec(len as u64);
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, numeric};

    /// Well-formed messages built with scapy; expected text from tcpdump
    /// 4.99.3 -n on the same frames.
    #[test]
    fn well_formed() {
        golden(
            numeric(0),
            &[
                (
                    "020000000002020000000001080045000035000100004011f6aec0000201c00002070714066d0021a79101030019000000000000000000000000000000000105626f62",
                    "IP 192.0.2.1.1812 > 192.0.2.7.1645: RADIUS, Access-Request (1), id: 0x03 length: 25",
                ),
                (
                    "020000000002020000000001080045000030000100004011f6b3c0000201c000020707140715001c6b6d0203001400000000000000000000000000000000",
                    "IP 192.0.2.1.1812 > 192.0.2.7.1813: RADIUS, Access-Accept (2), id: 0x03 length: 20",
                ),
            ],
        );
    }

    /// Random and cut payloads on each port (one per kind of line, from a
    /// generated set compared whole against tcpdump -n).
    #[test]
    fn random_payloads() {
        golden(
            numeric(0),
            &[
                (
                    "02000000000202000000000108004500001c000100004011f6c7c0000201c00002071087066d000864e1",
                    "IP 192.0.2.1.4231 > 192.0.2.7.1645:  [|radius]",
                ),
                (
                    "020000000002020000000001080045000038000100004011f6abc0000201c00002076fdd066d0024d0cadb7e1efe699b3a91ef4de675fd4441d87ceef2d6c4690eb8804bbdca",
                    "IP 192.0.2.1.28637 > 192.0.2.7.1645: RADIUS, Unknown Command (219), id: 0x7e length: 28",
                ),
            ],
        );
    }

    /// Random payloads on the port or protocol, cut or whole, as
    /// tcpdump 4.99.3 -n printed them (from the shared random set).
    #[test]
    fn random_payloads_on_its_port() {
        golden(
            numeric(0),
            &[(
                "02000000000202000000000108004500004f000100004011f694c0000201c00002070ed70ed7003b0000626ad05e88172ee109ec5fb8db66c5713a4fdaa739a7b84f1bdfb0b85037c3cfb6acb63f624b70c0f514e1706bf6e84111804b",
                "IP 192.0.2.1.3799 > 192.0.2.7.3799: RADIUS, Unknown Command (98), id: 0x6a length: 51",
            )],
        );
    }
}
