//! IP over InfiniBand, RFC 4391 (DLT_IPOIB, print-ipoib.c): a 44-byte
//! pseudo-header (the 40-byte destination address Linux puts in front of
//! the 4-byte encapsulation header) whose last field is an ethertype.

use super::out::Emit;
use super::{Ctx, Res, be16, dispatch, rest};

/// The pseudo-header: 40 bytes of address, then type and reserved.
const HEADER_LEN: usize = 44;
/// Offset of the ethertype in the pseudo-header.
const TYPE_AT: usize = 40;

/// ipoib_hdr_print: ", ethertype NAME (0xXXXX), length N: ".
fn header(c: &mut Ctx, t: u16, length: u32) {
    c.s(", ethertype ");
    c.s(dispatch::ethertype_name(t).unwrap_or("Unknown"));
    if !c.o.quiet {
        c.s(" (0x");
        c.out.hex0(u64::from(t), 4);
        c.s(")");
    }
    c.s(", length ");
    c.dec(length);
    c.s(": ");
}

/// ipoib_if_print: the pseudo-header with -e, then the payload by its
/// ethertype.
pub(crate) fn frame(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "ipoib";
    let short = b.len().min(wire_len as usize);
    if short < HEADER_LEN {
        c.trunc();
        c.ll_len += short;
        return Ok(());
    }
    let t = be16(b, TYPE_AT)?;
    if c.o.link_header {
        c.s("IPOIB");
        header(c, t, wire_len);
    }
    c.ll_len += HEADER_LEN;
    let payload = rest(b, HEADER_LEN);
    let length = wire_len as usize - HEADER_LEN;
    if !dispatch::ethertype(c, t, payload, length)? {
        if !c.o.link_header {
            header(c, t, wire_len);
        }
        c.default_print(payload);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::decode::PrintOptions;
    use crate::decode::tests::{golden_on_link, numeric};
    use crate::link::LinkType;
    use crate::wire::linktype;

    /// An ICMP echo request from tcpdump's ipoib.pcap.
    const ICMP: &str = "000000000000000000000000000000002fa3000a80000550fe800000000000000010e000664ab4510800000045000054aefe0000ff011b37c0a8380ac0a8381808002bfb195f000039a3b85c000000007c74080000000000c6f982be307e2db9f00326abfd43bd553bef6a1810b683223f8171e9b2bb671a0c16cbefdebe0713";
    /// A frame of an ethertype tcpdump does not decode.
    const UNKNOWN: &str = "000000000000000000000000000000002fa3000a80000550fe800000000000000010e000664ab45188b50000aabb";
    const ICMP_LINE: &str =
        "192.168.56.10 > 192.168.56.24: ICMP echo request, id 6495, seq 0, length 64";

    fn with(link_header: bool, quiet: bool) -> PrintOptions {
        PrintOptions {
            link_header,
            quiet,
            ..numeric(0)
        }
    }

    /// Expected text from tcpdump 4.99.3 on the same frames, whole and cut
    /// inside the pseudo-header and inside the IP header.
    #[test]
    fn ipoib() {
        let link = LinkType::Other(linktype::IPOIB);
        let unknown_dump = "length 46: \n\t0x0000:  aabb                                     ..";
        golden_on_link(
            link,
            with(false, false),
            &[
                (ICMP, &format!("IP {ICMP_LINE}")),
                (
                    UNKNOWN,
                    &format!(", ethertype Unknown (0x88b5), {unknown_dump}"),
                ),
                (&ICMP[..86], " [|ipoib]"),
                (&ICMP[..96], "IP  [|ip]"),
            ],
        );
        golden_on_link(
            link,
            with(true, false),
            &[
                (
                    ICMP,
                    &format!("IPOIB, ethertype IPv4 (0x0800), length 128: {ICMP_LINE}"),
                ),
                (
                    UNKNOWN,
                    &format!("IPOIB, ethertype Unknown (0x88b5), {unknown_dump}"),
                ),
            ],
        );
        golden_on_link(
            link,
            with(true, true),
            &[
                (
                    ICMP,
                    &format!("IPOIB, ethertype IPv4, length 128: {ICMP_LINE}"),
                ),
                (UNKNOWN, "IPOIB, ethertype Unknown, length 46: "),
            ],
        );
        golden_on_link(
            link,
            with(false, true),
            &[(UNKNOWN, ", ethertype Unknown, length 46: ")],
        );
    }
}
