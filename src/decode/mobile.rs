//! Mobile IP minimal encapsulation, IP protocol 55 (RFC 2004;
//! print-mobile.c): the forwarding header's flags, with -v the addresses
//! and the original protocol, and a checksum complaint.

use super::{Ctx, Res, be16, in_cksum};

/// Protocol and S bit, checksum, original destination, original source:
/// tcpdump wants all of it captured even when the source is absent.
const HEADER_LEN: usize = 12;
/// The header's length on the wire without the original source.
const SHORT_LEN: usize = 8;
/// The S bit: the original source address is present.
const SOURCE_PRESENT: u16 = 0x0080;

pub(crate) fn mobile(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "mobile";
    if length < SHORT_LEN || b.len() < HEADER_LEN {
        c.trunc();
        return Ok(());
    }
    c.s("mobile: ");
    let proto = be16(b, 0)?;
    let checksum = be16(b, 2)?;
    let source_present = proto & SOURCE_PRESENT != 0;
    if source_present {
        c.s("[S] ");
        if c.o.verbose > 0 {
            c.ip4(&b[8..12]);
            c.s(" ");
        }
    } else {
        c.s("[] ");
    }
    if c.o.verbose > 0 {
        c.s("> ");
        c.ip4(&b[4..8]);
        c.s(" (oproto=");
        c.dec(proto >> 8);
        c.s(")");
    }
    let covered = if source_present {
        HEADER_LEN
    } else {
        SHORT_LEN
    };
    if in_cksum(&[&b[..covered]]) != 0 {
        c.s(" (bad checksum ");
        c.dec(checksum);
        c.s(")");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::tests::{golden, numeric};

    const IP: &str = "020000000002020000000001080045000020000100004037ee7ec6120001c6120002";

    #[test]
    fn flags_addresses_and_checksum() {
        let plain = format!("{IP}040035e4c6120009c6120008");
        let source = format!("{IP}04806f49c6120009c6120008");
        let bad = format!("{IP}04801234c6120009c6120008");
        let cut = "02000000000202000000000108004500001e000100004037ee80c6120001c6120002040035e4c6120009c612";
        let head = "IP 198.18.0.1 > 198.18.0.2: ";
        golden(
            numeric(0),
            &[
                (&plain, &format!("{head}mobile: [] ")),
                (&source, &format!("{head}mobile: [S] ")),
                (&bad, &format!("{head}mobile: [S]  (bad checksum 4660)")),
                (cut, &format!("{head} [|mobile]")),
            ],
        );
        let v = "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto Mobile IP (55), length 32)\n    198.18.0.1 > 198.18.0.2: mobile: ";
        golden(
            numeric(1),
            &[
                (&plain, &format!("{v}[] > 198.18.0.9 (oproto=4)")),
                (
                    &bad,
                    &format!("{v}[S] 198.18.0.8 > 198.18.0.9 (oproto=4) (bad checksum 4660)"),
                ),
            ],
        );
    }
}
