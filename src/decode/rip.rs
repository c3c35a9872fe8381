//! RIP v1/v2 (print-rip.c): the header, and from -v the route entries
//! and RIPv2's authentication entries (simple text, the keyed/MD5 header
//! and its trailer); -vv adds a hex dump of the whole message.

use super::ctx::{Ctx, Res, be16, be32, bytes, codes, tcheck, u8at};
use super::out::Emit;

const HEADER_LEN: usize = 4;
const ROUTE_LEN: usize = 20;
const ENTRY_HEADER_LEN: usize = 4;
const CRYPTO_AUTH_LEN: usize = 16;
const SIMPLE_AUTH_LEN: usize = 16;

codes! {
    COMMANDS: u8 {
        REQUEST = 1 => "Request",
        RESPONSE = 2 => "Response",
        _ = 3 => "Trace on",
        TRACE_OFF = 4 => "Trace off",
        POLL = 5 => "Poll",
        POLL_ENTRY = 6 => "Poll Entry",
    }
}

/// The keyed/MD5 authentication header's fields: label, offset, width.
const AUTH_HEADER: [(&str, usize, usize); 6] = [
    (" Packet Len ", 0, 2),
    (", Key-ID ", 2, 1),
    (", Auth Data Len ", 3, 1),
    (", SeqNo ", 4, 4),
    (", MBZ ", 8, 4),
    (", MBZ ", 12, 4),
];

const AF_INET: u16 = 2;
const AF_AUTH: u16 = 0xffff;

/// tcpdump's bsd_af_values: BSD's address family numbers.
const BSD_AF: &[(u32, &str)] = &[
    (2, "IPv4"),
    (6, "NS"),
    (7, "ISO"),
    (16, "Appletalk"),
    (23, "IPX"),
    (24, "IPv6"),
    (28, "IPv6"),
    (30, "IPv6"),
];

/// rip_print.
pub(crate) fn rip(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "rip";
    let avail = b.len().min(length);
    if avail < HEADER_LEN {
        c.trunc();
        return Ok(());
    }
    let vers = b[1];
    if c.o.verbose > 0 {
        c.s("\n\t");
    }
    c.s("RIPv");
    c.dec(vers);
    if vers == 0 {
        // RFC 1058's "ignore version 0": tcpdump dumps it in hex.
        c.unknown_data(b, 0, "\n\t", length);
        return Ok(());
    }
    let cmd = b[0];
    c.s(", ");
    c.tok_or(COMMANDS, cmd.into(), "unknown command (", ")");
    c.s(", length: ");
    c.dec(length as u64);
    if c.o.verbose < 1 {
        return Ok(());
    }
    match cmd {
        REQUEST | RESPONSE => match vers {
            1 | 2 => {
                c.s(", routes: ");
                c.dec((length / ROUTE_LEN) as u64);
                if vers == 2 {
                    c.s(" or less");
                }
                entries(c, b, avail - HEADER_LEN, vers)?;
            }
            _ => c.s(", unknown version"),
        },
        TRACE_OFF | POLL | POLL_ENTRY => {}
        _ => {
            if c.o.verbose <= 1 {
                c.unknown_data(b, 0, "\n\t", length);
            }
        }
    }
    if c.o.verbose > 1 {
        c.unknown_data(b, 0, "\n\t", length);
    }
    Ok(())
}

/// The entries after the header, `len` bytes of them captured and in the
/// message; an entry that cannot be printed whole ends them with a mark.
fn entries(c: &mut Ctx, b: &[u8], len: usize, vers: u8) -> Res {
    let (mut at, mut left) = (HEADER_LEN, len);
    while left != 0 {
        let size = if vers == 1 {
            entry_v1(c, b, at, left)?
        } else {
            entry_v2(c, b, at, left)?
        };
        if size == 0 {
            c.trunc();
            break;
        }
        if left < size {
            c.invalid_length([" [remaining entries length ", " < ", "]"], left, size);
            break;
        }
        at += size;
        left -= size;
    }
    Ok(())
}

/// rip_entry_print_v1: the entry's size, or 0 when it is cut short.
fn entry_v1(c: &mut Ctx, b: &[u8], at: usize, left: usize) -> Res<usize> {
    if left < ROUTE_LEN || tcheck(b, at, ROUTE_LEN).is_err() {
        return Ok(0);
    }
    let family = be16(b, at)?;
    if family != AF_INET && family != 0 {
        c.s("\n\t AFI ");
        bsd_af(c, family);
        c.s(", ");
        c.unknown_data(
            b,
            at + ENTRY_HEADER_LEN,
            "\n\t  ",
            ROUTE_LEN - ENTRY_HEADER_LEN,
        );
        return Ok(ROUTE_LEN);
    }
    // Bytes 2-3 and 8-15 must be zero in RFC 1058's layout.
    if be16(b, at + 2)? != 0 || be32(b, at + 8)? != 0 || be32(b, at + 12)? != 0 {
        c.unknown_data(b, at, "\n\t  ", ROUTE_LEN);
        return Ok(ROUTE_LEN);
    }
    let metric = be32(b, at + 16)?;
    c.s(if family == 0 {
        "\n\t  AFI 0, "
    } else {
        "\n\t  "
    });
    c.ip4(bytes(b, at + 4, 4)?);
    c.s(", metric: ");
    c.dec(metric);
    Ok(ROUTE_LEN)
}

/// rip_entry_print_v2: a route or an authentication entry; its size, or 0
/// when it is cut short.
fn entry_v2(c: &mut Ctx, b: &[u8], at: usize, left: usize) -> Res<usize> {
    if left < ENTRY_HEADER_LEN || tcheck(b, at, ENTRY_HEADER_LEN).is_err() {
        return Ok(0);
    }
    let family = be16(b, at)?;
    let body = at + ENTRY_HEADER_LEN;
    let body_left = left - ENTRY_HEADER_LEN;
    if family == AF_AUTH {
        match be16(b, at + 2)? {
            2 => {
                c.s("\n\t  Simple Text Authentication data: ");
                c.printjnp(b, body, SIMPLE_AUTH_LEN)?;
            }
            3 => {
                if tcheck(b, body, CRYPTO_AUTH_LEN).is_err() || body_left < CRYPTO_AUTH_LEN {
                    return Ok(0);
                }
                c.s("\n\t  Auth header:");
                for (label, at, width) in AUTH_HEADER {
                    c.s(label);
                    let at = body + at;
                    c.dec(match width {
                        1 => u32::from(u8at(b, at)?),
                        2 => u32::from(be16(b, at)?),
                        _ => be32(b, at)?,
                    });
                }
            }
            auth => {
                // A trailer, or an unknown kind, runs to the end of the
                // message.
                if auth == 1 {
                    c.s("\n\t  Auth trailer:");
                } else {
                    c.s("\n\t  Unknown (");
                    c.dec(auth);
                    c.s(") Authentication data:");
                }
                c.unknown_data(b, body, "\n\t  ", body_left);
                return Ok(left);
            }
        }
    } else if family != AF_INET && family != 0 {
        c.s("\n\t  AFI ");
        bsd_af(c, family);
        c.unknown_data(b, body, "\n\t  ", ROUTE_LEN - ENTRY_HEADER_LEN);
    } else {
        if tcheck(b, at, ROUTE_LEN).is_err() || left < ROUTE_LEN {
            return Ok(0);
        }
        let (tag, mask) = (be16(b, at + 2)?, be32(b, at + 8)?);
        let (router, metric) = (be32(b, at + 12)?, be32(b, at + 16)?);
        c.s("\n\t  AFI ");
        c.tok_or(BSD_AF, family.into(), "", "");
        c.s(", ");
        // The destination (a name unless -n) right-aligned in 15 columns.
        let start = c.out.len();
        c.ip4(bytes(b, at + 4, 4)?);
        let pad = 15usize.saturating_sub(c.out.len() - start);
        c.out.splice(start..start, std::iter::repeat_n(b' ', pad));
        c.s("/");
        // mask2plen's -1 for a mask that is not contiguous, left-aligned
        // in two columns.
        let plen = if mask.leading_ones() + mask.trailing_zeros() == 32 {
            mask.leading_ones().to_string()
        } else {
            "-1".to_string()
        };
        c.s(&format!("{plen:<2}"));
        c.s(", tag 0x");
        c.out.hex0(u64::from(tag), 4);
        c.s(", metric: ");
        c.dec(metric);
        c.s(", next-hop: ");
        if router != 0 {
            c.ip4(bytes(b, at + 12, 4)?);
        } else {
            c.s("self");
        }
    }
    Ok(ROUTE_LEN)
}

fn bsd_af(c: &mut Ctx, family: u16) {
    c.tok_or(BSD_AF, family.into(), "Unknown (", ")");
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, golden_levels, numeric};
    use crate::link::LinkType;

    /// Well-formed messages built with scapy; expected text from tcpdump
    /// 4.99.3 -n on the same frames.
    #[test]
    fn well_formed() {
        golden(
            numeric(0),
            &[
                (
                    "020000000002020000000001080045000034000100004011f6afc0000201c00002070208020800206c8f02020000000200000a000000ff0000000000000000000001",
                    "IP 192.0.2.1.520 > 192.0.2.7.520: RIPv2, Response, length: 24",
                ),
                (
                    "020000000002020000000001080045000034000100004011f6afc0000201c00002070208020800207684010100000000000000000000000000000000000000000010",
                    "IP 192.0.2.1.520 > 192.0.2.7.520: RIPv1, Request, length: 24",
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
                    "020000000002020000000001080045000034000100004011f6afc0000201c0000207dcc8020800209c1f0203062302dfd863c8a99e0e67343ed07b22e87ba1760b7a",
                    "IP 192.0.2.1.56520 > 192.0.2.7.520: RIPv3, Response, length: 24",
                ),
                (
                    "020000000002020000000001080045000044000100004011f69fc0000201c0000207020865f4003000fff0506d0fdc41e8583563085606ba2ddb7561abd1624a4b444fcba016e113defe6878a46816c5dbe3",
                    "IP 192.0.2.1.520 > 192.0.2.7.26100: RIPv80, unknown command (240), length: 40",
                ),
                (
                    "020000000002020000000001080045000020000100004011f6c3c0000201c00002076a270208000c33340400d869",
                    "IP 192.0.2.1.27175 > 192.0.2.7.520: RIPv0
	0x0000:  0400 d869",
                ),
                (
                    "02000000000202000000000108004500003c000100004011f6a7c0000201c00002070208843f00283f91450276a9c7ff524930c00c957d9e11c6677c4bd407287eae388774324c3ae0f2",
                    "IP 192.0.2.1.520 > 192.0.2.7.33855: RIPv2, unknown command (69), length: 32",
                ),
                (
                    "02000000000202000000000108004500006c000100004011f677c0000201c00002079f89020800586a8b80050e107867e6368890d05dd764cc804cf6e9a4155181ab15da62e2e2f8d038fe288f6e857a2a517c3be8ab57d9da2a4dffcd8830ccf6561e44149e9287c62fb5f16770b6e8342153994983390c0ae2",
                    "IP 192.0.2.1.40841 > 192.0.2.7.520: RIPv5, unknown command (128), length: 80",
                ),
                (
                    "020000000002020000000001080045000094000100004011f64fc0000201c00002073e10020800804cda9c5d5417cf410332c5dee6779446a367fbe62506181e8165b9f589ea7cc66e1c75dce0c811baa73a1757d704437ecc5c511da2218297f4bf787d835b80c740b6f08857a226ec3591b848e7489720f48e3925e2dfc4dc366117dd6cde6ba87da5b8ef3a8541925539298470b9999145b422c9bac6164bdb3d",
                    "IP 192.0.2.1.15888 > 192.0.2.7.520: RIPv93, unknown command (156), length: 120",
                ),
                (
                    "020000000002020000000001080045000028000100004011f6bbc0000201c00002070208456400142718d8ca0511c1ea88d9b0cd33cb",
                    "IP 192.0.2.1.520 > 192.0.2.7.17764: RIPv202, unknown command (216), length: 12",
                ),
                (
                    "020000000002020000000001080045000038000100004011f6abc0000201c0000207218a020800240dbdc80198d628f53ed868bad4e8cce964e896a65aa97d5c51d3f1ec5fc6",
                    "IP 192.0.2.1.8586 > 192.0.2.7.520: RIPv1, unknown command (200), length: 28",
                ),
                (
                    "02000000000202000000000108004500004c000100004011f697c0000201c0000207dcf6020800383ba616d37a5d2948094aa99a28449288af82560a965296d2b335c8c05413577d4b6ce7a65b01f31f83679feb09808adca588",
                    "IP 192.0.2.1.56566 > 192.0.2.7.520: RIPv211, unknown command (22), length: 48",
                ),
                (
                    "02000000000202000000000108004500001e000100004011f6c5c0000201c000020702088ac5000aadb7414c",
                    "IP 192.0.2.1.520 > 192.0.2.7.35525:  [|rip]",
                ),
                (
                    "020000000002020000000001080045000028000100004011f6bbc0000201c00002070208085800141539e53473430d4c6a1caf4fdcf3",
                    "IP 192.0.2.1.520 > 192.0.2.7.2136: RIPv52, unknown command (229), length: 12",
                ),
                (
                    "0200000000020200000000010800450000e4000100004011f5ffc0000201c000020702081f9700d09a6f17f10cfd5578887aff7f06ebb357ca1243d5c41cdec61742a81c79d4c50e265aa9b50260084d6e7c58b26ec8354dfe876aec7f555bb4e1732a96ee2b311ce0bd6d3099e83cefd15538acc98fa81ae5e8fdcfcd692c82d0aa1a70cf00ec7723d40ae4cfde59a1ade7d11bf10b8433d724e9d8c52e5ed0ea8b6b20e687625c7c9b09c11bbfed1d74f6ba207922b989862c24685061a28e2861f1960f53909bdee5bb3225d81ba9b45368d419222082aa86064449aaf0504055d99906fb333b0c60bb8d918bc484d047",
                    "IP 192.0.2.1.520 > 192.0.2.7.8087: RIPv241, unknown command (23), length: 200",
                ),
                (
                    "020000000002020000000001080045000020000100004011f6c3c0000201c0000207a6290208000c7102714ef14a",
                    "IP 192.0.2.1.42537 > 192.0.2.7.520: RIPv78, unknown command (113), length: 4",
                ),
                (
                    "02000000000202000000000108004500003c000100004011f6a7c0000201c000020769e202080028f52a00041ca8a3fef7506f4d153d1f7e2a1f1ecd826c7a0a3a814f6d84311b4d4fab",
                    "IP 192.0.2.1.27106 > 192.0.2.7.520: RIPv4, unknown command (0), length: 32",
                ),
                (
                    "020000000002020000000001080045000034000100004011f6afc0000201c00002070208cffe0020fca173544769290bee8bf24ab9d9eda59170bd3e70b9a953d820",
                    "IP 192.0.2.1.520 > 192.0.2.7.53246: RIPv84, unknown command (115), length: 24",
                ),
                (
                    "020000000002020000000001080045000030000100004011f6b3c0000201c000020758c80208001c395d0eefd77e3042c20a784031a5dc135fe04373e577",
                    "IP 192.0.2.1.22728 > 192.0.2.7.520: RIPv239, unknown command (14), length: 20",
                ),
                (
                    "020000000002020000000001080045000024000100004011f6bfc0000201c00002071344020800109fdf4b357f8358d8a308",
                    "IP 192.0.2.1.4932 > 192.0.2.7.520: RIPv53, unknown command (75), length: 8",
                ),
                (
                    "020000000002020000000001080045000028000100004011f6bbc0000201c000020702087ed80014c88cdbb86922fa14458281592c84",
                    "IP 192.0.2.1.520 > 192.0.2.7.32472: RIPv184, unknown command (219), length: 12",
                ),
                (
                    "020000000002020000000001080045000022000100004011f6c1c0000201c00002070208aad4000eeb018fc36cdce74a",
                    "IP 192.0.2.1.520 > 192.0.2.7.43732: RIPv195, unknown command (143), length: 6",
                ),
                (
                    "02000000000202000000000108004500004c000100004011f697c0000201c00002071fc702080038029c20695ce292417590fc01709133f8386531bc57535060816453e121530b0bcf8b8c95579b6877fb4be3b7be3fc342a12d",
                    "IP 192.0.2.1.8135 > 192.0.2.7.520: RIPv105, unknown command (32), length: 48",
                ),
                (
                    "02000000000202000000000108004500003c000100004011f6a7c0000201c0000207fbc9020800283592e075053bf34209afd0f04d236eb08cf5968b46e4fc2eb0c8bd1c91372d184600",
                    "IP 192.0.2.1.64457 > 192.0.2.7.520: RIPv117, unknown command (224), length: 32",
                ),
                (
                    "02000000000202000000000108004500002c000100004011f6b7c0000201c0000207d5db0208001807db443bba152e8e5d6034cbed28b99c3626",
                    "IP 192.0.2.1.54747 > 192.0.2.7.520: RIPv59, unknown command (68), length: 16",
                ),
                (
                    "020000000002020000000001080045000022000100004011f6c1c0000201c000020702083e62000e1d1fd096664ee75a",
                    "IP 192.0.2.1.520 > 192.0.2.7.15970: RIPv150, unknown command (208), length: 6",
                ),
                (
                    "020000000002020000000001080045000024000100004011f6bfc0000201c0000207483e020800104a8ce42c675b7be81f82",
                    "IP 192.0.2.1.18494 > 192.0.2.7.520: RIPv44, unknown command (228), length: 8",
                ),
                (
                    "02000000000202000000000108004500004c000100004011f697c0000201c00002070208577c0038bbebc10d88cea5819ffd0fa2f53e65fb7e1c382a46247c275a2226e6c824b67ce824b94f0c17035e4948d0b983fda3300177",
                    "IP 192.0.2.1.520 > 192.0.2.7.22396: RIPv13, unknown command (193), length: 48",
                ),
                (
                    "020000000002020000000001080045000058000100004011f68bc0000201c0000207020896300044a040b1a2620dd0df94053ba5312e32a4cf24dc8e29ec979513a10faaaed28ed16d076fe874a860f548abef591110972b2d8c5d3b0aa824229c8b08f76acf",
                    "IP 192.0.2.1.520 > 192.0.2.7.38448: RIPv162, unknown command (177), length: 60",
                ),
                (
                    "020000000002020000000001080045000094000100004011f64fc0000201c000020707c1a97e0080444300056e6aecc2620a031f580b072914fdb9f5ea10605673787ca467ba3dd0f39bda98abb91dc6f526ec4d63d60421d5a85f5395acad1b5e6fdf4485338dcdfa5966136aa50c7400727de2bb29153dc43d1555a7d6992a7e7210ef10691f9e75524eb0f84c302dbce05f2cdbe652078dc0ad9c2e8f22594a39",
                    "IP 192.0.2.1.1985 > 192.0.2.7.43390: UDP, length 120",
                ),
            ],
        );
    }

    /// RIPv1 routes (AFI 0 and IPv4, unknown family, non-zero MBZ), RIPv2
    /// simple, keyed and unknown authentication, routes with and without
    /// a next hop and a mask that is not contiguous, an unknown version and
    /// Trace on, at each -v level, and cut copies (expected text from
    /// tcpdump 4.99.3 -n).
    #[test]
    fn entries_at_each_level() {
        golden_levels(
            LinkType::Ethernet,
            &[
                (
                    "020000000002020000000001080045000048000100004011ee7cc6120001c6120002020802080034e21c0101000000020000c612000100000000000000000000000100020000c6120002000000000000000000000003",
                    0,
                ),
                (
                    "020000000002020000000001080045000048000100004011ee7cc6120001c6120002020802080034a32402010000000700000102030400000000000000000000000100020001c6120002000000000000000000000003",
                    0,
                ),
                (
                    "020000000002020000000001080045000072000100004011ee52c6120001c612000202080208005e4d3e02020000ffff0002616263646566000000000000000000000002000a0a000000ffffff0000000000000000010000000012340a0b0c00ff00ff00c6120009000000100000000000000000000000000000000000000010",
                    0,
                ),
                (
                    "02000000000202000000000108004500005a000100004011ee6ac6120001c612000202080208004624b301020000ffff0003002c2d14000000010000000000000000000200000000000000000000000000000000000fffff0001a2fec865f1208808232613690102",
                    0,
                ),
                (
                    "020000000002020000000001080045000028000100004011ee9cc6120001c6120002020802080014f5e902020000ffff0009aabbccdd",
                    0,
                ),
                (
                    "020000000002020000000001080045000020000100004011eea4c6120001c612000202080208000c6e9b01030000",
                    0,
                ),
                (
                    "020000000002020000000001080045000024000100004011eea0c6120001c61200020208020800106c940302000000000000",
                    0,
                ),
                (
                    "020000000002020000000001080045000072000100004011ee52c6120001c612000202080208005e4d3e02020000ffff0002616263646566000000000000000000000002000a0a000000ffffff0000000000000000010000000012340a0b0c00ff00ff00c6120009000000100000000000000000000000000000000000000010",
                    70,
                ),
                (
                    "020000000002020000000001080045000072000100004011ee52c6120001c612000202080208005e4d3e02020000ffff0002616263646566000000000000000000000002000a0a000000ffffff0000000000000000010000000012340a0b0c00ff00ff00c6120009000000100000000000000000000000000000000000000010",
                    100,
                ),
                (
                    "02000000000202000000000108004500005a000100004011ee6ac6120001c612000202080208004624b301020000ffff0003002c2d14000000010000000000000000000200000000000000000000000000000000000fffff0001a2fec865f1208808232613690102",
                    70,
                ),
                (
                    "02000000000202000000000108004500005a000100004011ee6ac6120001c612000202080208004624b301020000ffff0003002c2d14000000010000000000000000000200000000000000000000000000000000000fffff0001a2fec865f1208808232613690102",
                    50,
                ),
                (
                    "020000000002020000000001080045000048000100004011ee7cc6120001c6120002020802080034e21c0101000000020000c612000100000000000000000000000100020000c6120002000000000000000000000003",
                    60,
                ),
            ],
            &[
                (
                    numeric(0),
                    &[
                        "IP 198.18.0.1.520 > 198.18.0.2.520: RIPv1, Request, length: 44",
                        "IP 198.18.0.1.520 > 198.18.0.2.520: RIPv1, Response, length: 44",
                        "IP 198.18.0.1.520 > 198.18.0.2.520: RIPv2, Response, length: 86",
                        "IP 198.18.0.1.520 > 198.18.0.2.520: RIPv2, Request, length: 62",
                        "IP 198.18.0.1.520 > 198.18.0.2.520: RIPv2, Response, length: 12",
                        "IP 198.18.0.1.520 > 198.18.0.2.520: RIPv3, Request, length: 4",
                        "IP 198.18.0.1.520 > 198.18.0.2.520: RIPv2, Trace on, length: 8",
                        "IP 198.18.0.1.520 > 198.18.0.2.520: RIPv2, Response, length: 86",
                        "IP 198.18.0.1.520 > 198.18.0.2.520: RIPv2, Response, length: 86",
                        "IP 198.18.0.1.520 > 198.18.0.2.520: RIPv2, Request, length: 62",
                        "IP 198.18.0.1.520 > 198.18.0.2.520: RIPv2, Request, length: 62",
                        "IP 198.18.0.1.520 > 198.18.0.2.520: RIPv1, Request, length: 44",
                    ],
                ),
                (
                    numeric(1),
                    &[
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 72)\n    198.18.0.1.520 > 198.18.0.2.520: \n\tRIPv1, Request, length: 44, routes: 2\n\t  198.18.0.1, metric: 1\n\t  198.18.0.2, metric: 3",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 72)\n    198.18.0.1.520 > 198.18.0.2.520: \n\tRIPv1, Response, length: 44, routes: 2\n\t AFI ISO, \n\t  0x0000:  0102 0304 0000 0000 0000 0000 0000 0001\n\t  0x0000:  0002 0001 c612 0002 0000 0000 0000 0000\n\t  0x0010:  0000 0003",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 114)\n    198.18.0.1.520 > 198.18.0.2.520: \n\tRIPv2, Response, length: 86, routes: 4 or less\n\t  Simple Text Authentication data: abcdef\n\t  AFI IPv4,        10.0.0.0/24, tag 0x000a, metric: 1, next-hop: self\n\t  AFI 0,     18.52.10.11/-1, tag 0x0000, metric: 589824, next-hop: 255.0.198.18\n\t  AFI Appletalk\n\t  0x0000:  0000 0000 0000 0000 0000 0000 0000 0000 [|rip]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 90)\n    198.18.0.1.520 > 198.18.0.2.520: \n\tRIPv2, Request, length: 62, routes: 3 or less\n\t  Auth header: Packet Len 44, Key-ID 45, Auth Data Len 20, SeqNo 1, MBZ 0, MBZ 0\n\t  AFI IPv4,         0.0.0.0/0 , tag 0x0000, metric: 15, next-hop: self\n\t  Auth trailer:\n\t  0x0000:  a2fe c865 f120 8808 2326 1369 0102",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 40)\n    198.18.0.1.520 > 198.18.0.2.520: \n\tRIPv2, Response, length: 12, routes: 0 or less\n\t  Unknown (9) Authentication data:\n\t  0x0000:  aabb ccdd",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 32)\n    198.18.0.1.520 > 198.18.0.2.520: \n\tRIPv3, Request, length: 4, unknown version",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 36)\n    198.18.0.1.520 > 198.18.0.2.520: \n\tRIPv2, Trace on, length: 8\n\t0x0000:  0302 0000 0000 0000",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 114)\n    198.18.0.1.520 > 198.18.0.2.520: \n\tRIPv2, Response, length: 86, routes: 4 or less\n\t  Simple Text Authentication data: abcdef [|rip]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 114)\n    198.18.0.1.520 > 198.18.0.2.520: \n\tRIPv2, Response, length: 86, routes: 4 or less\n\t  Simple Text Authentication data: abcdef\n\t  AFI IPv4,        10.0.0.0/24, tag 0x000a, metric: 1, next-hop: self [|rip]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 90)\n    198.18.0.1.520 > 198.18.0.2.520: \n\tRIPv2, Request, length: 62, routes: 3 or less\n\t  Auth header: Packet Len 44, Key-ID 45, Auth Data Len 20, SeqNo 1, MBZ 0, MBZ 0 [|rip]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 90)\n    198.18.0.1.520 > 198.18.0.2.520: \n\tRIPv2, Request, length: 62, routes: 3 or less [|rip]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 72)\n    198.18.0.1.520 > 198.18.0.2.520: \n\tRIPv1, Request, length: 44, routes: 2 [|rip]",
                    ],
                ),
                (
                    numeric(2),
                    &[
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 72)\n    198.18.0.1.520 > 198.18.0.2.520: [udp sum ok] \n\tRIPv1, Request, length: 44, routes: 2\n\t  198.18.0.1, metric: 1\n\t  198.18.0.2, metric: 3\n\t0x0000:  0101 0000 0002 0000 c612 0001 0000 0000\n\t0x0010:  0000 0000 0000 0001 0002 0000 c612 0002\n\t0x0020:  0000 0000 0000 0000 0000 0003",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 72)\n    198.18.0.1.520 > 198.18.0.2.520: [udp sum ok] \n\tRIPv1, Response, length: 44, routes: 2\n\t AFI ISO, \n\t  0x0000:  0102 0304 0000 0000 0000 0000 0000 0001\n\t  0x0000:  0002 0001 c612 0002 0000 0000 0000 0000\n\t  0x0010:  0000 0003\n\t0x0000:  0201 0000 0007 0000 0102 0304 0000 0000\n\t0x0010:  0000 0000 0000 0001 0002 0001 c612 0002\n\t0x0020:  0000 0000 0000 0000 0000 0003",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 114)\n    198.18.0.1.520 > 198.18.0.2.520: [udp sum ok] \n\tRIPv2, Response, length: 86, routes: 4 or less\n\t  Simple Text Authentication data: abcdef\n\t  AFI IPv4,        10.0.0.0/24, tag 0x000a, metric: 1, next-hop: self\n\t  AFI 0,     18.52.10.11/-1, tag 0x0000, metric: 589824, next-hop: 255.0.198.18\n\t  AFI Appletalk\n\t  0x0000:  0000 0000 0000 0000 0000 0000 0000 0000 [|rip]\n\t0x0000:  0202 0000 ffff 0002 6162 6364 6566 0000\n\t0x0010:  0000 0000 0000 0000 0002 000a 0a00 0000\n\t0x0020:  ffff ff00 0000 0000 0000 0001 0000 0000\n\t0x0030:  1234 0a0b 0c00 ff00 ff00 c612 0009 0000\n\t0x0040:  0010 0000 0000 0000 0000 0000 0000 0000\n\t0x0050:  0000 0000 0010",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 90)\n    198.18.0.1.520 > 198.18.0.2.520: [udp sum ok] \n\tRIPv2, Request, length: 62, routes: 3 or less\n\t  Auth header: Packet Len 44, Key-ID 45, Auth Data Len 20, SeqNo 1, MBZ 0, MBZ 0\n\t  AFI IPv4,         0.0.0.0/0 , tag 0x0000, metric: 15, next-hop: self\n\t  Auth trailer:\n\t  0x0000:  a2fe c865 f120 8808 2326 1369 0102\n\t0x0000:  0102 0000 ffff 0003 002c 2d14 0000 0001\n\t0x0010:  0000 0000 0000 0000 0002 0000 0000 0000\n\t0x0020:  0000 0000 0000 0000 0000 000f ffff 0001\n\t0x0030:  a2fe c865 f120 8808 2326 1369 0102",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 40)\n    198.18.0.1.520 > 198.18.0.2.520: [udp sum ok] \n\tRIPv2, Response, length: 12, routes: 0 or less\n\t  Unknown (9) Authentication data:\n\t  0x0000:  aabb ccdd\n\t0x0000:  0202 0000 ffff 0009 aabb ccdd",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 32)\n    198.18.0.1.520 > 198.18.0.2.520: [udp sum ok] \n\tRIPv3, Request, length: 4, unknown version\n\t0x0000:  0103 0000",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 36)\n    198.18.0.1.520 > 198.18.0.2.520: [udp sum ok] \n\tRIPv2, Trace on, length: 8\n\t0x0000:  0302 0000 0000 0000",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 114)\n    198.18.0.1.520 > 198.18.0.2.520: \n\tRIPv2, Response, length: 86, routes: 4 or less\n\t  Simple Text Authentication data: abcdef [|rip]\n\t0x0000:  0202 0000 ffff 0002 6162 6364 6566 0000\n\t0x0010:  0000 0000 0000 0000 0002 000a",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 114)\n    198.18.0.1.520 > 198.18.0.2.520: \n\tRIPv2, Response, length: 86, routes: 4 or less\n\t  Simple Text Authentication data: abcdef\n\t  AFI IPv4,        10.0.0.0/24, tag 0x000a, metric: 1, next-hop: self [|rip]\n\t0x0000:  0202 0000 ffff 0002 6162 6364 6566 0000\n\t0x0010:  0000 0000 0000 0000 0002 000a 0a00 0000\n\t0x0020:  ffff ff00 0000 0000 0000 0001 0000 0000\n\t0x0030:  1234 0a0b 0c00 ff00 ff00",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 90)\n    198.18.0.1.520 > 198.18.0.2.520: \n\tRIPv2, Request, length: 62, routes: 3 or less\n\t  Auth header: Packet Len 44, Key-ID 45, Auth Data Len 20, SeqNo 1, MBZ 0, MBZ 0 [|rip]\n\t0x0000:  0102 0000 ffff 0003 002c 2d14 0000 0001\n\t0x0010:  0000 0000 0000 0000 0002 0000",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 90)\n    198.18.0.1.520 > 198.18.0.2.520: \n\tRIPv2, Request, length: 62, routes: 3 or less [|rip]\n\t0x0000:  0102 0000 ffff 0003",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 72)\n    198.18.0.1.520 > 198.18.0.2.520: \n\tRIPv1, Request, length: 44, routes: 2 [|rip]\n\t0x0000:  0101 0000 0002 0000 c612 0001 0000 0000\n\t0x0010:  0000",
                    ],
                ),
            ],
        );
    }
}
