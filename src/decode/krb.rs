//! Kerberos (print-krb.c): the version, and for Kerberos 4 the message
//! type with the names, lifetimes and lengths tcpdump prints of each.

use super::ctx::{Ctx, Res, Trunc, be16, codes, le16, print_char, u8at};

codes! {
    /// Kerberos 4 message types (the type byte without its byte-order bit).
    TYPE_NAMES: u8 {
        KDC_REQUEST = 1 << 1 => "KDC_REQUEST",
        KDC_REPLY = 2 << 1 => "KDC_REPLY",
        APPL_REQUEST = 3 << 1 => "APPL_REQUEST",
        _ = 4 << 1 => "APPL_REQUEST_MUTUAL",
        ERR_REPLY = 5 << 1 => "ERR_REPLY",
        _ = 6 << 1 => "PRIVATE",
        _ = 7 << 1 => "SAFE",
        _ = 8 << 1 => "APPL_ERR",
        _ = 63 << 1 => "DIE",
    }
}

const ERROR_NAMES: &[(u32, &str)] = &[
    (0, "OK"),
    (1, "NAME_EXP"),
    (2, "SERVICE_EXP"),
    (3, "AUTH_EXP"),
    (4, "PKT_VER"),
    (5, "NAME_MAST_KEY_VER"),
    (6, "SERV_MAST_KEY_VER"),
    (7, "BYTE_ORDER"),
    (8, "PRINCIPAL_UNKNOWN"),
    (9, "PRINCIPAL_NOT_UNIQUE"),
    (10, "NULL_KEY"),
];

/// krb_print: the protocol version; Kerberos 4 goes on to its message.
/// (tcpdump decodes no Kerberos 5.)
pub(crate) fn krb(c: &mut Ctx, b: &[u8]) -> Res {
    c.proto = "krb";
    let pvno = u8at(b, 0)?;
    match pvno {
        1..=4 => {
            c.s(" v");
            c.dec(pvno);
            if pvno == 4 {
                krb4(c, b)?;
            }
        }
        106 | 107 => c.s(" v5"),
        _ => {}
    }
    Ok(())
}

/// krb4_print: " be KDC_REQUEST: " and the fields of the four messages
/// tcpdump knows; the low bit of the type byte says little-endian.
fn krb4(c: &mut Ctx, b: &[u8]) -> Res {
    let type_byte = u8at(b, 1)?;
    let little = type_byte & 1 != 0;
    let kind = type_byte & 0xfe;
    c.s(if little { " le " } else { " be " });
    c.tok_or(TYPE_NAMES, kind.into(), "#", "");
    c.s(": ");
    // KTOHSP: a 16-bit field in the sender's byte order.
    let short = |at: usize| if little { le16(b, at) } else { be16(b, at) };
    match kind {
        KDC_REQUEST => {
            // After the principal: the 4-byte time, then the lifetime in
            // units of five minutes, then the service name and instance.
            let at = principal(c, b)?.saturating_add(4);
            let lifetime = u8at(b, at)?;
            c.s(" ");
            c.dec(u32::from(lifetime) * 5);
            c.s("min ");
            let at = string(c, b, at.saturating_add(1))?;
            c.s(".");
            string(c, b, at)?;
        }
        APPL_REQUEST => {
            let version = u8at(b, 2)?;
            c.s("v");
            c.dec(version);
            c.s(" ");
            let at = string(c, b, 3)?;
            for i in 0..2 {
                let number = u8at(b, at.saturating_add(i))?;
                c.s(" (");
                c.dec(number);
                c.s(")");
            }
        }
        KDC_REPLY => {
            // Time stamp, count, expiry and key version come before the
            // length of the ticket.
            let at = principal(c, b)?.saturating_add(10);
            let len = short(at)?;
            c.s(" (");
            c.dec(len);
            c.s(")");
        }
        ERR_REPLY => {
            let at = principal(c, b)?.saturating_add(4);
            let code = short(at)?;
            c.s(" ");
            c.tok_or(ERROR_NAMES, code.into(), "#", "");
            c.s(" ");
            string(c, b, at.saturating_add(4))?;
        }
        _ => c.s("(unknown)"),
    }
    Ok(())
}

/// krb4_print_hdr: the principal after the two header bytes as
/// name.instance@realm; the offset after it.
fn principal(c: &mut Ctx, b: &[u8]) -> Res<usize> {
    let at = string(c, b, 2)?;
    c.s(".");
    let at = string(c, b, at)?;
    c.s("@");
    string(c, b, at)
}

/// c_print: a NUL-terminated string, escaped; the offset after its NUL.
/// A string that runs to the end of the capture is a truncation.
fn string(c: &mut Ctx, b: &[u8], from: usize) -> Res<usize> {
    let text = b.get(from..).unwrap_or_default();
    for (i, &ch) in text.iter().enumerate() {
        if ch == 0 {
            return Ok(from + i + 1);
        }
        print_char(c, ch);
    }
    Err(Trunc)
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, golden_levels, golden_link, numeric, numeric_e};
    use crate::link::LinkType;

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

    /// Each Kerberos 4 message type tcpdump names, in both byte orders,
    /// with escaped characters, an unnamed error code and message type,
    /// and a packet of the version byte alone (tcpdump 4.99.3 -n).
    #[test]
    fn kerberos4_messages() {
        golden(
            numeric(0),
            &[
                (
                    "ffffffffffff00000000000008004500004a0001000040117ca07f0000017f00000103e800580036000004026a6f650061646d696e00415448454e412e4d49542e4544550000000001606b726274677400415448454e4100",
                    "IP 127.0.0.1.1000 > 127.0.0.1.88:  v4 be KDC_REQUEST: joe.admin@ATHENA.MIT.EDU 480min krbtgt.ATHENA",
                ),
                (
                    "ffffffffffff0000000000000800450000370001000040117cb37f0000017f00000103e800580023000004036a8165007f010052ff0000000001016b726209746774005800",
                    "IP 127.0.0.1.1000 > 127.0.0.1.88:  v4 le KDC_REQUEST: jM-^Ae.^?^A@RM-^? 5min krb^Itgt.X",
                ),
                (
                    "ffffffffffff0000000000000800450000360001000040117cb47f0000017f00000103e800580022000004046a6f650000415448454e4100000000000000000000000102",
                    "IP 127.0.0.1.1000 > 127.0.0.1.88:  v4 be KDC_REPLY: joe.@ATHENA (258)",
                ),
                (
                    "ffffffffffff0000000000000800450000360001000040117cb47f0000017f00000103e800580022000004056a6f650000415448454e4100000000000000000000000102",
                    "IP 127.0.0.1.1000 > 127.0.0.1.88:  v4 le KDC_REPLY: joe.@ATHENA (513)",
                ),
                (
                    "ffffffffffff0000000000000800450000270001000040117cc37f0000017f00000103e80058001300000406055245414c4d000709",
                    "IP 127.0.0.1.1000 > 127.0.0.1.88:  v4 be APPL_REQUEST: v5 REALM (7) (9)",
                ),
                (
                    "ffffffffffff0000000000000800450000210001000040117cc97f0000017f00000103e80058000d00000408616263",
                    "IP 127.0.0.1.1000 > 127.0.0.1.88:  v4 be APPL_REQUEST_MUTUAL: (unknown)",
                ),
                (
                    "ffffffffffff00000000000008004500003f0001000040117cab7f0000017f00000103e80058002b0000040a6a6f65000052000000000000080000756e6b6e6f776e207072696e636970616c00",
                    "IP 127.0.0.1.1000 > 127.0.0.1.88:  v4 be ERR_REPLY: joe.@R PRINCIPAL_UNKNOWN unknown principal",
                ),
                (
                    "ffffffffffff0000000000000800450000320001000040117cb87f0000017f00000103e80058001e0000040b6a6f6500005200000000000a0000006e756c6c00",
                    "IP 127.0.0.1.1000 > 127.0.0.1.88:  v4 le ERR_REPLY: joe.@R NULL_KEY null",
                ),
                (
                    "ffffffffffff00000000000008004500002f0001000040117cbb7f0000017f00000103e80058001b0000040a6a6f650000520000000000006300007800",
                    "IP 127.0.0.1.1000 > 127.0.0.1.88:  v4 be ERR_REPLY: joe.@R #99 x",
                ),
                (
                    "ffffffffffff00000000000008004500001e0001000040117ccc7f0000017f00000103e80058000a0000047e",
                    "IP 127.0.0.1.1000 > 127.0.0.1.88:  v4 be DIE: (unknown)",
                ),
                (
                    "ffffffffffff00000000000008004500001e0001000040117ccc7f0000017f00000103e80058000a00000420",
                    "IP 127.0.0.1.1000 > 127.0.0.1.88:  v4 be #32: (unknown)",
                ),
                (
                    "ffffffffffff00000000000008004500001d0001000040117ccd7f0000017f00000103e800580009000004",
                    "IP 127.0.0.1.1000 > 127.0.0.1.88:  v4 [|krb]",
                ),
            ],
        );
    }

    /// Cut copies: the mark comes where tcpdump's reads or its string
    /// reader run out (a string without its NUL is a truncation).
    #[test]
    fn kerberos4_cut() {
        golden_link(
            LinkType::Ethernet,
            numeric(0),
            &[
                (
                    "ffffffffffff00000000000008004500004a0001000040117ca07f0000017f00000103e800580036000004026a6f650061646d696e00415448454e412e4d49542e4544550000000001606b726274677400415448454e4100",
                    53,
                    "IP 127.0.0.1.1000 > 127.0.0.1.88:  v4 be KDC_REQUEST: joe.admin [|krb]",
                ),
                (
                    "ffffffffffff00000000000008004500004a0001000040117ca07f0000017f00000103e800580036000004026a6f650061646d696e00415448454e412e4d49542e4544550000000001606b726274677400415448454e4100",
                    70,
                    "IP 127.0.0.1.1000 > 127.0.0.1.88:  v4 be KDC_REQUEST: joe.admin@ATHENA.MIT.EDU [|krb]",
                ),
                (
                    "ffffffffffff00000000000008004500004a0001000040117ca07f0000017f00000103e800580036000004026a6f650061646d696e00415448454e412e4d49542e4544550000000001606b726274677400415448454e4100",
                    74,
                    "IP 127.0.0.1.1000 > 127.0.0.1.88:  v4 be KDC_REQUEST: joe.admin@ATHENA.MIT.EDU 480min  [|krb]",
                ),
                (
                    "ffffffffffff00000000000008004500004a0001000040117ca07f0000017f00000103e800580036000004026a6f650061646d696e00415448454e412e4d49542e4544550000000001606b726274677400415448454e4100",
                    81,
                    "IP 127.0.0.1.1000 > 127.0.0.1.88:  v4 be KDC_REQUEST: joe.admin@ATHENA.MIT.EDU 480min krbtgt. [|krb]",
                ),
                (
                    "ffffffffffff0000000000000800450000370001000040117cb37f0000017f00000103e800580023000004036a8165007f010052ff0000000001016b726209746774005800",
                    46,
                    "IP 127.0.0.1.1000 > 127.0.0.1.88:  v4 le KDC_REQUEST: jM-^A [|krb]",
                ),
                (
                    "ffffffffffff0000000000000800450000370001000040117cb37f0000017f00000103e800580023000004036a8165007f010052ff0000000001016b726209746774005800",
                    55,
                    "IP 127.0.0.1.1000 > 127.0.0.1.88:  v4 le KDC_REQUEST: jM-^Ae.^?^A@RM-^? [|krb]",
                ),
                (
                    "ffffffffffff0000000000000800450000360001000040117cb47f0000017f00000103e800580022000004046a6f650000415448454e4100000000000000000000000102",
                    55,
                    "IP 127.0.0.1.1000 > 127.0.0.1.88:  v4 be KDC_REPLY: joe.@ATHENA [|krb]",
                ),
                (
                    "ffffffffffff0000000000000800450000360001000040117cb47f0000017f00000103e800580022000004046a6f650000415448454e4100000000000000000000000102",
                    60,
                    "IP 127.0.0.1.1000 > 127.0.0.1.88:  v4 be KDC_REPLY: joe.@ATHENA [|krb]",
                ),
                (
                    "ffffffffffff0000000000000800450000360001000040117cb47f0000017f00000103e800580022000004046a6f650000415448454e4100000000000000000000000102",
                    67,
                    "IP 127.0.0.1.1000 > 127.0.0.1.88:  v4 be KDC_REPLY: joe.@ATHENA [|krb]",
                ),
                (
                    "ffffffffffff0000000000000800450000270001000040117cc37f0000017f00000103e80058001300000406055245414c4d000709",
                    45,
                    "IP 127.0.0.1.1000 > 127.0.0.1.88:  v4 be APPL_REQUEST: v5  [|krb]",
                ),
                (
                    "ffffffffffff0000000000000800450000270001000040117cc37f0000017f00000103e80058001300000406055245414c4d000709",
                    51,
                    "IP 127.0.0.1.1000 > 127.0.0.1.88:  v4 be APPL_REQUEST: v5 REALM [|krb]",
                ),
                (
                    "ffffffffffff00000000000008004500003f0001000040117cab7f0000017f00000103e80058002b0000040a6a6f65000052000000000000080000756e6b6e6f776e207072696e636970616c00",
                    57,
                    "IP 127.0.0.1.1000 > 127.0.0.1.88:  v4 be ERR_REPLY: joe.@R PRINCIPAL_UNKNOWN  [|krb]",
                ),
                (
                    "ffffffffffff00000000000008004500003f0001000040117cab7f0000017f00000103e80058002b0000040a6a6f65000052000000000000080000756e6b6e6f776e207072696e636970616c00",
                    59,
                    "IP 127.0.0.1.1000 > 127.0.0.1.88:  v4 be ERR_REPLY: joe.@R PRINCIPAL_UNKNOWN  [|krb]",
                ),
                (
                    "ffffffffffff00000000000008004500003f0001000040117cab7f0000017f00000103e80058002b0000040a6a6f65000052000000000000080000756e6b6e6f776e207072696e636970616c00",
                    66,
                    "IP 127.0.0.1.1000 > 127.0.0.1.88:  v4 be ERR_REPLY: joe.@R PRINCIPAL_UNKNOWN unknown [|krb]",
                ),
            ],
        );
    }

    /// -v and -e change only the layers below.
    #[test]
    fn kerberos4_verbose_and_link_header() {
        let frame = "ffffffffffff00000000000008004500004a0001000040117ca07f0000017f00000103e800580036000004026a6f650061646d696e00415448454e412e4d49542e4544550000000001606b726274677400415448454e4100";
        golden_levels(
            LinkType::Ethernet,
            &[(frame, 0)],
            &[
                (
                    numeric(1),
                    &[
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 74)\n    127.0.0.1.1000 > 127.0.0.1.88:  v4 be KDC_REQUEST: joe.admin@ATHENA.MIT.EDU 480min krbtgt.ATHENA",
                    ],
                ),
                (
                    numeric_e(0),
                    &[
                        "00:00:00:00:00:00 > ff:ff:ff:ff:ff:ff, ethertype IPv4 (0x0800), length 88: 127.0.0.1.1000 > 127.0.0.1.88:  v4 be KDC_REQUEST: joe.admin@ATHENA.MIT.EDU 480min krbtgt.ATHENA",
                    ],
                ),
            ],
        );
    }
}
