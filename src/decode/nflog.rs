//! Linux netfilter log messages (DLT_NFLOG, print-nflog.c): a 4-byte
//! header, TLVs (prefix, marks, interfaces, ...) and, in the payload TLV,
//! the logged IPv4 or IPv6 packet.

use super::{Ctx, Res, be16, bytes, dispatch, linkhdr, rest, u8at};

const HEADER_LEN: usize = 4;
const TLV_HEADER_LEN: usize = 4;
/// NFULA_PAYLOAD: the TLV holding the packet.
const PAYLOAD: u16 = 9;
/// Linux's AF_INET and AF_INET6.
const AF_INET: u8 = 2;
const AF_INET6: u8 = 10;

/// nflog_hdr_print: "version V, resource ID N, family NAME (N), length N: ".
fn header(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    let family = u8at(b, 0)?;
    c.s("version ");
    c.dec(u8at(b, 1)?);
    c.s(", resource ID ");
    c.dec(be16(b, 2)?);
    let name = match family {
        AF_INET => Some("IPv4"),
        AF_INET6 => Some("IPv6"),
        _ => None,
    };
    linkhdr::family_and_length(c, family, name, "Unknown NFLOG", 2, length as u64);
    Ok(())
}

/// A TLV field in the byte order of the host that logged it; libpcap
/// hands tcpdump these in the reader's order, so tcpdump reads them as
/// host-endian (GET_HE_U_2).
fn he16(b: &[u8], at: usize) -> Res<u16> {
    let f = bytes(b, at, 2)?;
    Ok(u16::from_ne_bytes([f[0], f[1]]))
}

/// nflog_if_print.
pub(crate) fn frame(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "nflog";
    if b.len() < HEADER_LEN {
        c.trunc();
        c.ll_len += b.len();
        return Ok(());
    }
    c.ll_len += HEADER_LEN;
    let version = u8at(b, 1)?;
    if version != 0 {
        c.s("version ");
        c.dec(version);
        c.s(" (unknown)");
        return Ok(());
    }
    if c.o.link_header {
        header(c, b, wire_len as usize)?;
    }
    // Walk the TLVs to the payload; all of them are link header for -x.
    let mut at = HEADER_LEN;
    let mut length = (wire_len as usize).saturating_sub(HEADER_LEN);
    while length > 0 {
        let caplen = b.len() - at;
        if caplen < TLV_HEADER_LEN {
            return trunc(c, at);
        }
        // Rounded up to a multiple of 4 in 16 bits, wrapping as tcpdump's
        // uint16_t does (65533 and up become 0 and end the walk).
        let raw = he16(b, at)?;
        let size = usize::from(raw.wrapping_add((4 - raw % 4) % 4));
        if size < TLV_HEADER_LEN || caplen < size {
            return trunc(c, at);
        }
        if he16(b, at + 2)? == PAYLOAD {
            at += TLV_HEADER_LEN;
            length -= TLV_HEADER_LEN;
            break;
        }
        at += size;
        length = length.saturating_sub(size);
    }
    let payload = rest(b, at);
    match u8at(b, 0)? {
        AF_INET => dispatch::ip(c, payload, length)?,
        AF_INET6 => dispatch::ip6(c, payload, length)?,
        _ => {
            if !c.o.link_header {
                header(c, b, length + HEADER_LEN)?;
            }
            c.default_print(payload);
        }
    }
    c.ll_len += at - HEADER_LEN;
    Ok(())
}

/// A TLV cut short: the marker, and the TLVs so far as link header.
fn trunc(c: &mut Ctx, at: usize) -> Res {
    c.trunc();
    c.ll_len += at - HEADER_LEN;
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::decode::PrintOptions;
    use crate::decode::tests::{golden_on_link, numeric, numeric_e};
    use crate::link::LinkType;
    use crate::wire::linktype;

    const DNS4: &str = "02000014080001000800012705000a00000000000800040000000002100008000006ffffb8a386b9c3d6000006000f000001000006001100000e0000120010000811961c10c8b8a386b9c3d6080000001400030000000000522a1f9e00000000000960fc4d00090045000049000040003711c5144a522a2a0a0000140035a65900356ddf437181800001000100000000076578616d706c6503636f6d0000010001c00c0001000100002f9600045db8d877000000";
    const ICMP6: &str = "0a0000140800010008000127300009006000000000043a40fe800000000000000000000000000001ff02000000000000000000000000000180000000";
    const UNKNOWN: &str = "07000014050002000000000008000900aabbccdd";
    const VERSION: &str = "02010014";
    const NOPAYLOAD: &str = "0200001408000100080001270800020000000000";
    const ZEROTLV: &str = "0200001400000900aabbccdd";

    /// DNS over IPv4 (tcpdump's nflog.pcap), ICMPv6, an unknown family, another
    /// version, TLVs cut or too short, and no payload TLV (expected text from
    /// tcpdump 4.99.3 on the same frames).
    #[test]
    fn nflog() {
        let link = LinkType::Other(linktype::NFLOG);
        golden_on_link(
            link,
            numeric(0),
            &[
                (
                    DNS4,
                    "IP 74.82.42.42.53 > 10.0.0.20.42585: 17265 1/0/0 A 93.184.216.119 (45)",
                ),
                (ICMP6, "IP6 fe80::1 > ff02::1: ICMP6, echo request [|icmp6]"),
                (
                    UNKNOWN,
                    "version 0, resource ID 20, family Unknown (7), length 8: \n\t0x0000:  aabb ccdd                                ....",
                ),
                (VERSION, "version 1 (unknown)"),
                (NOPAYLOAD, " [|ip]"),
                (ZEROTLV, " [|nflog]"),
                (&DNS4[..6], " [|nflog]"),
                (&DNS4[..20], " [|nflog]"),
                (&DNS4[..300], " [|nflog]"),
            ],
        );
        golden_on_link(
            link,
            numeric_e(0),
            &[
                (
                    DNS4,
                    "version 0, resource ID 20, family IPv4 (2), length 180: 74.82.42.42.53 > 10.0.0.20.42585: 17265 1/0/0 A 93.184.216.119 (45)",
                ),
                (
                    ICMP6,
                    "version 0, resource ID 20, family IPv6 (10), length 60: fe80::1 > ff02::1: ICMP6, echo request [|icmp6]",
                ),
                (
                    UNKNOWN,
                    "version 0, resource ID 20, family Unknown (7), length 20: \n\t0x0000:  aabb ccdd                                ....",
                ),
                (VERSION, "version 1 (unknown)"),
                (
                    NOPAYLOAD,
                    "version 0, resource ID 20, family IPv4 (2), length 20:  [|ip]",
                ),
                (
                    ZEROTLV,
                    "version 0, resource ID 20, family IPv4 (2), length 12:  [|nflog]",
                ),
                (&DNS4[..6], " [|nflog]"),
                (
                    &DNS4[..20],
                    "version 0, resource ID 20, family IPv4 (2), length 10:  [|nflog]",
                ),
            ],
        );
        golden_on_link(
            link,
            PrintOptions {
                quiet: true,
                ..numeric(0)
            },
            &[(
                UNKNOWN,
                "version 0, resource ID 20, Unknown NFLOG (0x07), length 8: ",
            )],
        );
        golden_on_link(
            link,
            PrintOptions {
                quiet: true,
                ..numeric_e(0)
            },
            &[
                (
                    DNS4,
                    "version 0, resource ID 20, IPv4, length 180: 74.82.42.42.53 > 10.0.0.20.42585: UDP, length 45",
                ),
                (
                    UNKNOWN,
                    "version 0, resource ID 20, Unknown NFLOG (0x07), length 20: ",
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
                    DNS4,
                    "IP 74.82.42.42.53 > 10.0.0.20.42585: 17265 1/0/0 A 93.184.216.119 (45)\n\t0x0000:  4500 0049 0000 4000 3711 c514 4a52 2a2a\n\t0x0010:  0a00 0014 0035 a659 0035 6ddf 4371 8180\n\t0x0020:  0001 0001 0000 0000 0765 7861 6d70 6c65\n\t0x0030:  0363 6f6d 0000 0100 01c0 0c00 0100 0100\n\t0x0040:  002f 9600 045d b8d8 7700 0000",
                ),
                (
                    UNKNOWN,
                    "version 0, resource ID 20, family Unknown (7), length 8: \n\t0x0000:  aabb ccdd",
                ),
                (&DNS4[..20], " [|nflog]\n\t0x0000:  0800 0100 0800"),
                (
                    &DNS4[..300],
                    " [|nflog]\n\t0x0000:  4d00 0900 4500 0049 0000 4000 3711 c514\n\t0x0010:  4a52 2a2a 0a00 0014 0035 a659 0035 6ddf\n\t0x0020:  4371 8180 0001 0001 0000 0000 0765 7861\n\t0x0030:  6d70",
                ),
            ],
        );
    }
}
