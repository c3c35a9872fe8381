//! ARCNET with Linux's header (DLT_ARCNET_LINUX, print-arcnet.c): source
//! and destination station, then IP, IPv6, ARP or AppleTalk by type.

use super::ctx::{Ctx, Res, Trunc};
use super::dispatch;
use super::out::Emit;
use crate::wire::ethertype as et;

/// ARC_LINUX_HDRLEN and ARC_LINUX_HDRNEWLEN: the header without and with
/// the fragmentation flag and sequence id.
const HEADER_LEN: usize = 5;
const HEADER_NEW_LEN: usize = 8;
/// Where the type sits in Linux's header (after the 2-byte offset).
const TYPE_AT: usize = 4;

/// arctypemap.
fn type_name(t: u8) -> Option<&'static str> {
    Some(match t {
        240 => "oldip",
        241 => "oldarp",
        212 => "ip",
        213 => "arp",
        214 => "rarp",
        221 => "atalk",
        247 => "banyan",
        250 => "ipx",
        0xc4 => "ipv6",
        0x80 => "diag",
        _ => return None,
    })
}

/// arcnet_print without the fragmentation fields, as tcpdump calls it
/// for Linux captures: it reads the fields as the plain ARCNET header
/// does, so the "type" is the low byte of Linux's offset field.
fn header(c: &mut Ctx, b: &[u8], length: u32) {
    c.out.hex0(u64::from(b[0]), 2);
    c.s(" ");
    c.out.hex0(u64::from(b[1]), 2);
    c.s(" ");
    if c.o.quiet {
        c.dec(length);
        c.s(": ");
        return;
    }
    match type_name(b[2]) {
        Some(name) => c.s(name),
        None => c.out.hex0(u64::from(b[2]), 2),
    }
    c.s(" ");
    c.dec(length);
    c.s(": ");
}

/// arcnet_linux_if_print.
pub(crate) fn linux_frame(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "arcnet_linux";
    if b.len() < HEADER_LEN {
        c.ll_len += b.len();
        return Err(Trunc);
    }
    let typ = b[TYPE_AT];
    let hdr_len = match typ {
        240 | 241 | 0x80 => HEADER_LEN,
        _ => {
            if b.len() < HEADER_NEW_LEN {
                c.ll_len += b.len();
                return Err(Trunc);
            }
            HEADER_NEW_LEN
        }
    };
    if c.o.link_header {
        header(c, b, wire_len);
    }
    c.ll_len += hdr_len;
    let payload = &b[hdr_len..];
    let length = (wire_len as usize).saturating_sub(hdr_len);
    match typ {
        240 | 212 => dispatch::ip(c, payload, length),
        0xc4 => dispatch::ip6(c, payload, length),
        241 | 213 | 214 => dispatch::ethertype(c, et::ARP, payload, length).map(drop),
        // AppleTalk as Ethernet's type table prints it ("et1 " with -v).
        221 => dispatch::ethertype(c, et::ATALK, payload, length).map(drop),
        _ => {
            c.default_print(payload);
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden_levels, golden_link, numeric, numeric_e};
    use crate::link::LinkType;
    use crate::wire::linktype::ARCNET_LINUX;

    /// AppleTalk, IP and old-style IP over ARCNET, with -e -v and -e -q,
    /// and frames cut inside the header (expected text from tcpdump 4.99.3).
    #[test]
    fn types_and_header() {
        let atalk = "01020000dd0000000015000000000064ff0502fd03700f04d200000000";
        let ip = "01020000d40000004500001c000100004001f6c7c0000201c00002070800f7ff00000000";
        let old_ip = "01020000f04500001c000100004001f6c7c0000201c00002070800f7ff00000000";
        let icmp = "192.0.2.1 > 192.0.2.7: ICMP echo request, id 0, seq 0, length 8";
        let ip_v = "(tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 28, bad cksum f6c7 (->f6d7)!)\n    ";
        let link = LinkType::Other(ARCNET_LINUX);
        golden_levels(
            link,
            &[(atalk, 0), (ip, 0), (old_ip, 0)],
            &[
                (
                    numeric(0),
                    &[
                        "AT 100.5.253 > 0.2:  atp-req  1234<0-3> [EOM]",
                        &format!("IP {icmp}"),
                        &format!("IP {icmp}"),
                    ],
                ),
                (
                    numeric_e(1),
                    &[
                        "01 02 00 29: et1 100.5.253 > 0.2:  atp-req  1234<0-3> [EOM]",
                        &format!("01 02 00 36: {ip_v}{icmp}"),
                        &format!("01 02 00 33: {ip_v}{icmp}"),
                    ],
                ),
            ],
        );
        let quiet_e = crate::decode::PrintOptions {
            quiet: true,
            ..numeric_e(0)
        };
        golden_link(
            link,
            quiet_e,
            &[(
                atalk,
                0,
                "01 02 29: 100.5.253 > 0.2:  atp-req  1234<0-3> [EOM]",
            )],
        );
        golden_link(
            link,
            numeric(0),
            &[
                (atalk, 6, " [|arcnet_linux]"),
                (atalk, 4, " [|arcnet_linux]"),
            ],
        );
    }

    /// No panic on cut and randomly changed copies of these frames.
    #[test]
    fn never_panics() {
        crate::decode::tests::never_panics(
            LinkType::Other(ARCNET_LINUX),
            &[
                "01020000dd0000000015000000000064ff0502fd03700f04d200000000",
                "01020000d40000004500001c000100004001f6c7c0000201c00002070800f7ff00000000",
                "01020000f04500001c000100004001f6c7c0000201c00002070800f7ff00000000",
            ],
        );
    }
}
