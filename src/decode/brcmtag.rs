//! Broadcom switch tags (DLT_DSA_TAG_BRCM, DLT_DSA_TAG_BRCM_PREPEND;
//! print-brcmtag.c): a 4-byte tag between an Ethernet frame's MAC
//! addresses and its type, or in front of the whole frame.

use super::out::Emit;
use super::{Ctx, Res, Trunc, dispatch, rest};

const TAG_LEN: usize = 4;

/// Ingress (to the switch) or egress, bit 5 of the first byte.
const INGRESS: u8 = 1 << 5;

/// The ingress tag's TE field.
const TE_NAMES: &[(u32, &str)] = &[(0, "None"), (1, "Untag"), (2, "Header")];

/// The egress reason code: its single bit's name (else "reserved").
const RC_NAMES: &[(u32, &str)] = &[
    (1, "mirror"),
    (2, "MAC learning"),
    (4, "switching"),
    (8, "prot term"),
    (16, "prot snoop"),
    (32, "exception"),
];

/// brcm_tag_print: the 4 bytes of `t`.
fn tag(c: &mut Ctx, t: &[u8]) {
    // tcpdump names the opcode by the whole byte, and decodes the fields
    // by its ingress bit.
    c.s(if t[0] != 0 {
        "BRCM tag OP: IG"
    } else {
        "BRCM tag OP: EG"
    });
    if t[0] & INGRESS != 0 {
        c.s(", TC: ");
        c.dec((t[1] >> 2) & 0x7);
        c.s(", TE: ");
        c.tok(TE_NAMES, (t[1] & 0x3).into(), "Reserved");
        c.s(", TS: ");
        c.dec(t[1] >> 7);
        c.s(", DST map: 0x");
        let dst_map = u16::from(t[2]) << 8 | u16::from(t[3]);
        c.out.hex0(u64::from(dst_map & 0x1ff), 4);
    } else {
        c.s(", CID: ");
        c.dec(t[1]);
        c.s(", RC: ");
        c.tok(RC_NAMES, t[2].into(), "reserved");
        c.s(", TC: ");
        c.dec((t[3] >> 5) & 0x7);
        c.s(", port: ");
        c.dec(t[3] & 0x1f);
    }
    c.s(", ");
}

/// brcm_tag_if_print: the tag after the MAC addresses.
pub(crate) fn after_addresses(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "brcm-tag";
    c.ll_len += dispatch::ether_switch_tag(c, b, wire_len, (TAG_LEN, tag))?;
    Ok(())
}

/// brcm_tag_prepend_if_print: the tag (shown with -e), then the frame.
pub(crate) fn prepended(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "brcm-tag-prepend";
    let t = b.get(..TAG_LEN).ok_or(Trunc)?;
    c.ll_len += TAG_LEN;
    if c.o.link_header {
        tag(c, t);
    }
    let length = wire_len.saturating_sub(TAG_LEN as u32);
    c.ll_len += dispatch::ether(c, rest(b, TAG_LEN), length as usize)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::decode::PrintOptions;
    use crate::decode::tests::{golden_on_link, numeric, numeric_e};
    use crate::link::LinkType;
    use crate::wire::linktype;

    const INGRESS: &str = "ffffffffffff001018de381e2c0000800800450000540000000040017a8fc0a80197c0a801010000dde3085100013fad475c00000000cfed040000000000101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f3031323334353637";
    const INGRESS_TE: &str = "ffffffffffff001018de381e20bf01ff0800450000540000000040017a8fc0a80197c0a801010000dde3085100013fad475c00000000cfed040000000000101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f3031323334353637";
    const EGRESS: &str = "ffffffffffff001018de381e0003207f0800450000540000000040017a8fc0a80197c0a801010000dde3085100013fad475c00000000cfed040000000000101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f3031323334353637";
    const EGRESS_MIRROR: &str = "ffffffffffff001018de381e000401000800450000540000000040017a8fc0a80197c0a801010000dde3085100013fad475c00000000cfed040000000000101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f3031323334353637";
    const EGRESS_RESERVED: &str = "ffffffffffff001018de381e000003000800450000540000000040017a8fc0a80197c0a801010000dde3085100013fad475c00000000cfed040000000000101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f3031323334353637";

    /// Ingress and egress tags (each reason code and a reserved one) after the
    /// MAC addresses, and cut copies (expected text from tcpdump 4.99.3 on the
    /// same frames).
    #[test]
    fn brcm_tag() {
        let link = LinkType::Other(linktype::DSA_TAG_BRCM);
        golden_on_link(
            link,
            numeric(0),
            &[
                (
                    INGRESS,
                    "BRCM tag OP: IG, TC: 0, TE: None, TS: 0, DST map: 0x0080, IP 192.168.1.151 > 192.168.1.1: ICMP echo reply, id 2129, seq 1, length 64",
                ),
                (
                    INGRESS_TE,
                    "BRCM tag OP: IG, TC: 7, TE: Reserved, TS: 1, DST map: 0x01ff, IP 192.168.1.151 > 192.168.1.1: ICMP echo reply, id 2129, seq 1, length 64",
                ),
                (
                    EGRESS,
                    "BRCM tag OP: EG, CID: 3, RC: exception, TC: 3, port: 31, IP 192.168.1.151 > 192.168.1.1: ICMP echo reply, id 2129, seq 1, length 64",
                ),
                (
                    EGRESS_MIRROR,
                    "BRCM tag OP: EG, CID: 4, RC: mirror, TC: 0, port: 0, IP 192.168.1.151 > 192.168.1.1: ICMP echo reply, id 2129, seq 1, length 64",
                ),
                (
                    EGRESS_RESERVED,
                    "BRCM tag OP: EG, CID: 0, RC: reserved, TC: 0, port: 0, IP 192.168.1.151 > 192.168.1.1: ICMP echo reply, id 2129, seq 1, length 64",
                ),
                (&INGRESS[..30], " [|brcm-tag]"),
                (
                    &INGRESS[..36],
                    "BRCM tag OP: IG, TC: 0, TE: None, TS: 0, DST map: 0x0080,  [|ip]",
                ),
                (
                    &INGRESS[..50],
                    "BRCM tag OP: IG, TC: 0, TE: None, TS: 0, DST map: 0x0080, IP  [|ip]",
                ),
            ],
        );
        golden_on_link(
            link,
            numeric_e(0),
            &[
                (
                    INGRESS,
                    "00:10:18:de:38:1e > ff:ff:ff:ff:ff:ff, BRCM tag OP: IG, TC: 0, TE: None, TS: 0, DST map: 0x0080, ethertype IPv4 (0x0800), length 102: 192.168.1.151 > 192.168.1.1: ICMP echo reply, id 2129, seq 1, length 64",
                ),
                (
                    EGRESS,
                    "00:10:18:de:38:1e > ff:ff:ff:ff:ff:ff, BRCM tag OP: EG, CID: 3, RC: exception, TC: 3, port: 31, ethertype IPv4 (0x0800), length 102: 192.168.1.151 > 192.168.1.1: ICMP echo reply, id 2129, seq 1, length 64",
                ),
                (&INGRESS[..30], " [|brcm-tag]"),
                (
                    &INGRESS[..36],
                    "00:10:18:de:38:1e > ff:ff:ff:ff:ff:ff, BRCM tag OP: IG, TC: 0, TE: None, TS: 0, DST map: 0x0080, ethertype IPv4 (0x0800), length 18:  [|ip]",
                ),
                (
                    &INGRESS[..50],
                    "00:10:18:de:38:1e > ff:ff:ff:ff:ff:ff, BRCM tag OP: IG, TC: 0, TE: None, TS: 0, DST map: 0x0080, ethertype IPv4 (0x0800), length 25:  [|ip]",
                ),
            ],
        );
        golden_on_link(
            link,
            PrintOptions {
                hex: 1,
                ..numeric(0)
            },
            &[
                (
                    &INGRESS[..80],
                    "BRCM tag OP: IG, TC: 0, TE: None, TS: 0, DST map: 0x0080, IP truncated-ip - 62 bytes missing! 192.168.1.151 > 192.168.1.1:  [|icmp]\n\t0x0000:  ffff ffff ffff 0010 18de 381e 2c00 0080\n\t0x0010:  0800 4500 0054 0000 0000 4001 7a8f c0a8\n\t0x0020:  0197 c0a8 0101 0000",
                ),
                (&INGRESS[..30], " [|brcm-tag]"),
            ],
        );
    }

    const PREPEND: &str = "000020058a6238145d0b6805ca1847700800450000544931400040016d8fc0a80101c0a801970800d5e3085100013fad475c00000000cfed040000000000101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f3031323334353637";
    const PREPEND_IG: &str = "200000206805ca1847708a6238145d0b0800450000547c31000040017a8fc0a80197c0a801010000dde3085100013fad475c00000000cfed040000000000101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f3031323334353637";

    /// Egress and ingress tags in front of the frame (tcpdump's
    /// brcm-tag-prepend.pcap) and cut copies (expected text from tcpdump 4.99.3
    /// on the same frames).
    #[test]
    fn brcm_tag_prepend() {
        let link = LinkType::Other(linktype::DSA_TAG_BRCM_PREPEND);
        golden_on_link(
            link,
            numeric(0),
            &[
                (
                    PREPEND,
                    "IP 192.168.1.1 > 192.168.1.151: ICMP echo request, id 2129, seq 1, length 64",
                ),
                (
                    PREPEND_IG,
                    "IP 192.168.1.151 > 192.168.1.1: ICMP echo reply, id 2129, seq 1, length 64",
                ),
                (&PREPEND[..6], " [|brcm-tag-prepend]"),
                (&PREPEND[..30], " [|ether]"),
                (&PREPEND[..40], "IP  [|ip]"),
            ],
        );
        golden_on_link(
            link,
            numeric_e(0),
            &[
                (
                    PREPEND,
                    "BRCM tag OP: EG, CID: 0, RC: exception, TC: 0, port: 5, 68:05:ca:18:47:70 > 8a:62:38:14:5d:0b, ethertype IPv4 (0x0800), length 98: 192.168.1.1 > 192.168.1.151: ICMP echo request, id 2129, seq 1, length 64",
                ),
                (
                    PREPEND_IG,
                    "BRCM tag OP: IG, TC: 0, TE: None, TS: 0, DST map: 0x0020, 8a:62:38:14:5d:0b > 68:05:ca:18:47:70, ethertype IPv4 (0x0800), length 98: 192.168.1.151 > 192.168.1.1: ICMP echo reply, id 2129, seq 1, length 64",
                ),
                (&PREPEND[..6], " [|brcm-tag-prepend]"),
                (
                    &PREPEND[..30],
                    "BRCM tag OP: EG, CID: 0, RC: exception, TC: 0, port: 5,  [|ether]",
                ),
                (
                    &PREPEND[..40],
                    "BRCM tag OP: EG, CID: 0, RC: exception, TC: 0, port: 5, 68:05:ca:18:47:70 > 8a:62:38:14:5d:0b, ethertype IPv4 (0x0800), length 16:  [|ip]",
                ),
            ],
        );
        golden_on_link(
            link,
            PrintOptions {
                hex: 1,
                ..numeric(0)
            },
            &[
                (
                    &PREPEND[..80],
                    "IP truncated-ip - 62 bytes missing! 192.168.1.1 > 192.168.1.151:  [|icmp]\n\t0x0000:  0000 2005 8a62 3814 5d0b 6805 ca18 4770\n\t0x0010:  0800 4500 0054 4931 4000 4001 6d8f c0a8\n\t0x0020:  0101 c0a8 0197 0800",
                ),
                (&PREPEND[..30], " [|ether]"),
                (&PREPEND[..6], " [|brcm-tag-prepend]\n\t0x0000:  0000 20"),
            ],
        );
    }
}
