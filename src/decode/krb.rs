//! Kerberos (print-krb.c): the version tcpdump recognises, else nothing.

use super::ctx::{Ctx, Res, u8at};

/// krb_print: the protocol version only (tcpdump decodes no Kerberos 5,
/// and Kerberos 4 bodies are not reproduced here).
pub(crate) fn krb(c: &mut Ctx, b: &[u8]) -> Res {
    c.proto = "krb";
    let pvno = u8at(b, 0)?;
    match pvno {
        1..=4 => {
            c.s(" v");
            c.dec(pvno);
        }
        106 | 107 => c.s(" v5"),
        _ => {}
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, numeric};

    /// Kerberos: the version byte decides (expected text from tcpdump 4.99.3).
    #[test]
    fn kerberos_versions() {
        golden(
            numeric(0),
            &[
                (
                    "ffffffffffff0000000000000800450000200001000040117cca7f0000017f00000103e80058000c6ce200819030",
                    "IP 127.0.0.1.1000 > 127.0.0.1.88: ",
                ),
                (
                    "ffffffffffff0000000000000800450000200001000040117cca7f0000017f00000103e80058000c6be201819030",
                    "IP 127.0.0.1.1000 > 127.0.0.1.88:  v1",
                ),
                (
                    "ffffffffffff0000000000000800450000200001000040117cca7f0000017f00000103e80058000c69e203819030",
                    "IP 127.0.0.1.1000 > 127.0.0.1.88:  v3",
                ),
                (
                    "ffffffffffff0000000000000800450000200001000040117cca7f0000017f00000103e80058000c02e26a819030",
                    "IP 127.0.0.1.1000 > 127.0.0.1.88:  v5",
                ),
                (
                    "ffffffffffff0000000000000800450000200001000040117cca7f0000017f00000103e80058000c01e26b819030",
                    "IP 127.0.0.1.1000 > 127.0.0.1.88:  v5",
                ),
                (
                    "ffffffffffff0000000000000800450000200001000040117cca7f0000017f00000103e80058000c00e26c819030",
                    "IP 127.0.0.1.1000 > 127.0.0.1.88: ",
                ),
                (
                    "ffffffffffff00000000000008004500001c0001000040117cce7f0000017f00000102ee03e80008fb05",
                    "IP 127.0.0.1.750 > 127.0.0.1.1000:  [|krb]",
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
                "02000000000202000000000108004500004d000100004011f696c0000201c0000207a051005800390000990c6d2e7832837652ec135a2cb04fa8d24e990aa337ab330b838d50bfa63c9c771c45dc8d6abe361f08297bcd1ecac02e",
                "IP 192.0.2.1.41041 > 192.0.2.7.88: ",
            )],
        );
    }
}
