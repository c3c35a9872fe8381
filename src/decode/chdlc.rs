//! Cisco HDLC (print-chdlc.c): an address byte, a control byte and an
//! ethertype, then IPv4, IPv6, MPLS, OSI or Cisco's SLARP keepalives.
//! DLT_C_HDLC and NetBSD's DLT_HDLC, and the frames inside PPP_SERIAL,
//! Juniper and MFR captures (through dispatch::chdlc).

use super::dispatch::{self, ethertype_name};
use super::hexdump;
use super::out::Emit;
use super::{Ctx, Res, be16, be32, bytes, rest, u8at};
use crate::wire::{ethertype as et, nlpid};

/// Address, control and type.
const HDRLEN: usize = 4;
const UNICAST: u8 = 0x0f;
const BCAST: u8 = 0x8f;
/// Serial Line ARP (Cisco's keepalives and address requests).
const TYPE_SLARP: u16 = 0x8035;

/// chdlc_if_print: a whole DLT_C_HDLC frame.
pub(crate) fn link(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "chdlc";
    let hdr = chdlc(c, b, wire_len as usize)?;
    c.ll_len += hdr;
    Ok(())
}

/// chdlc_print: returns the length of the header (all that was captured
/// when the frame is cut short).
pub(crate) fn chdlc(c: &mut Ctx, b: &[u8], length: usize) -> Res<usize> {
    c.proto = "chdlc";
    if length < HDRLEN {
        c.trunc();
        return Ok(b.len());
    }
    let proto = be16(b, 2)?;
    if c.o.link_header {
        match b[0] {
            UNICAST => c.s("unicast"),
            BCAST => c.s("bcast"),
            other => {
                c.s("0x");
                c.out.hex0(u64::from(other), 2);
            }
        }
        c.s(", ethertype ");
        c.name_code(ethertype_name(proto).unwrap_or("Unknown"), proto, 4);
        c.s(", length ");
        c.dec(length as u64);
        c.s(": ");
    }
    let length = length - HDRLEN;
    let p = rest(b, HDRLEN);
    match proto {
        et::IPV4 => dispatch::ip(c, p, length)?,
        et::IPV6 => dispatch::ip6(c, p, length)?,
        TYPE_SLARP => slarp(c, p, length)?,
        et::MPLS | et::MPLS_MULTI => dispatch::mpls(c, p, length)?,
        et::OSI => {
            if length < 2 {
                c.trunc();
                return Ok(b.len());
            }
            // A padding byte precedes the NLPID when the second byte is
            // one of the OSI NLPIDs.
            match u8at(p, 1)? {
                nlpid::CLNP | nlpid::ESIS | nlpid::ISIS => {
                    dispatch::isoclns(c, rest(p, 1), length - 1)?
                }
                _ => dispatch::isoclns(c, p, length)?,
            }
        }
        _ => {
            if !c.o.link_header {
                c.s("unknown CHDLC protocol (0x");
                c.out.hex0(u64::from(proto), 4);
                c.s(")");
            }
        }
    }
    Ok(HDRLEN)
}

/// A SLARP message's fixed part, and with the uptime stamp.
const SLARP_MIN_LEN: usize = 14;
const SLARP_MAX_LEN: usize = 18;

/// chdlc_slarp_print.
fn slarp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "chdlc_slarp";
    c.s("SLARP (length: ");
    c.dec(length as u64);
    c.s("), ");
    if length < SLARP_MIN_LEN || b.len() < SLARP_MIN_LEN {
        c.trunc();
        return Ok(());
    }
    let code = be32(b, 0)?;
    // Where the -vv dump starts, less four: tcpdump's pointer moves past
    // the fixed part when it reads the uptime stamp.
    let mut dump_at = 0;
    match code {
        0 => c.s("request"),
        1 => {
            c.s("reply ");
            c.ip4(bytes(b, 4, 4)?);
            c.s("/");
            c.ip4(bytes(b, 8, 4)?);
        }
        2 => {
            c.s("keepalive: mineseen=0x");
            c.out.hex0(u64::from(be32(b, 4)?), 8);
            c.s(", yourseen=0x");
            c.out.hex0(u64::from(be32(b, 8)?), 8);
            c.s(", reliability=0x");
            c.out.hex0(u64::from(be16(b, 12)?), 4);
            // The uptime stamp (milliseconds) is optional.
            if length >= SLARP_MAX_LEN {
                dump_at = SLARP_MIN_LEN;
                let mut secs = be32(b, SLARP_MIN_LEN)? / 1000;
                let mut mins = secs / 60;
                secs -= mins * 60;
                let mut hours = mins / 60;
                mins -= hours * 60;
                let days = hours / 24;
                hours -= days * 24;
                c.s(", link uptime=");
                for (v, unit) in [(days, "d"), (hours, "h"), (mins, "m"), (secs, "s")] {
                    c.dec(v);
                    c.s(unit);
                }
            }
        }
        _ => {
            c.s("0x");
            c.out.hex0(u64::from(code), 2);
            c.s(" unknown");
            if c.o.verbose <= 1 {
                hexdump::unknown_data(c.out, b, 4, "\n\t", length - 4);
            }
        }
    }
    if SLARP_MAX_LEN < length && c.o.verbose > 0 {
        c.s(", (trailing junk: ");
        c.dec((length - SLARP_MAX_LEN) as u64);
        c.s(" bytes)");
    }
    if c.o.verbose > 1 {
        hexdump::unknown_data(c.out, b, dump_at + 4, "\n\t", length - 4);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::PrintOptions;
    use super::super::tests::{golden_levels, golden_link, numeric};
    use crate::link::LinkType;
    use crate::wire::linktype;

    /// IPv4, IPv6, SLARP (keepalive with uptime, request, reply, unknown code),
    /// MPLS and unknown types, short frames: tcpdump 4.99.3 -t -n, then -v,
    /// -vv (SLARP's dump) and -e (the address and ethertype).
    #[test]
    fn payloads() {
        golden_levels(
            LinkType::Other(linktype::C_HDLC),
            &[
                (
                    "0f0008004500001c000100004011f9cbc6120001c6120002000100020008f7fa",
                    0,
                ),
                (
                    "8f0086dd6000000000083a40200100000000000000000000000000012001000000000000000000000000000280007fff00000000",
                    0,
                ),
                ("8f00803500000002000d0a3157405e2604ffff1ae668", 0),
                ("8f00803500000000000000000000000000000000", 0),
                ("0f008035000000010f000001fffffffc0000aabbccdd", 0),
                ("8f0080350000000700010203040506070809010203040506", 0),
                (
                    "0f008847000641404500001c000100004011f9cbc6120001c6120002000100020008f7fa",
                    0,
                ),
                ("0f00123461626364", 0),
                ("770020007879", 0),
                ("0f00", 0),
                ("0f00fefe00", 0),
            ],
            &[
                (
                    numeric(0),
                    &[
                        "IP 198.18.0.1.1 > 198.18.0.2.2: UDP, length 0",
                        "IP6 2001::1 > 2001::2: ICMP6, echo request, id 0, seq 0, length 8",
                        "SLARP (length: 18), keepalive: mineseen=0x000d0a31, yourseen=0x57405e26, reliability=0x04ff, link uptime=49d12h52m33s",
                        "SLARP (length: 16), request",
                        "SLARP (length: 18), reply 15.0.0.1/255.255.255.252",
                        "SLARP (length: 20), 0x07 unknown\n\t0x0000:  0001 0203 0405 0607 0809 0102 0304 0506",
                        "MPLS (label 100, tc 0, [S], ttl 64) IP 198.18.0.1.1 > 198.18.0.2.2: UDP, length 0",
                        "unknown CHDLC protocol (0x1234)",
                        "unknown CHDLC protocol (0x2000)",
                        " [|chdlc]",
                        " [|chdlc]",
                    ],
                ),
                (
                    numeric(1),
                    &[
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 28, bad cksum f9cb (->eea8)!)\n    198.18.0.1.1 > 198.18.0.2.2: UDP, length 0",
                        "IP6 (hlim 64, next-header ICMPv6 (58) payload length: 8) 2001::1 > 2001::2: [bad icmp6 cksum 0x7fff -> 0x3fb8!] ICMP6, echo request, id 0, seq 0",
                        "SLARP (length: 18), keepalive: mineseen=0x000d0a31, yourseen=0x57405e26, reliability=0x04ff, link uptime=49d12h52m33s",
                        "SLARP (length: 16), request",
                        "SLARP (length: 18), reply 15.0.0.1/255.255.255.252",
                        "SLARP (length: 20), 0x07 unknown\n\t0x0000:  0001 0203 0405 0607 0809 0102 0304 0506, (trailing junk: 2 bytes)",
                        "MPLS (label 100, tc 0, [S], ttl 64)\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 28, bad cksum f9cb (->eea8)!)\n    198.18.0.1.1 > 198.18.0.2.2: UDP, length 0",
                        "unknown CHDLC protocol (0x1234)",
                        "unknown CHDLC protocol (0x2000)",
                        " [|chdlc]",
                        " [|chdlc]",
                    ],
                ),
                (
                    numeric(2),
                    &[
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 28, bad cksum f9cb (->eea8)!)\n    198.18.0.1.1 > 198.18.0.2.2: [bad udp cksum 0xf7fa -> 0x73b3!] UDP, length 0",
                        "IP6 (hlim 64, next-header ICMPv6 (58) payload length: 8) 2001::1 > 2001::2: [bad icmp6 cksum 0x7fff -> 0x3fb8!] ICMP6, echo request, id 0, seq 0",
                        "SLARP (length: 18), keepalive: mineseen=0x000d0a31, yourseen=0x57405e26, reliability=0x04ff, link uptime=49d12h52m33s",
                        "SLARP (length: 16), request\n\t0x0000:  0000 0000 0000 0000 0000 0000",
                        "SLARP (length: 18), reply 15.0.0.1/255.255.255.252\n\t0x0000:  0f00 0001 ffff fffc 0000 aabb ccdd",
                        "SLARP (length: 20), 0x07 unknown, (trailing junk: 2 bytes)\n\t0x0000:  0001 0203 0405 0607 0809 0102 0304 0506",
                        "MPLS (label 100, tc 0, [S], ttl 64)\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 28, bad cksum f9cb (->eea8)!)\n    198.18.0.1.1 > 198.18.0.2.2: [bad udp cksum 0xf7fa -> 0x73b3!] UDP, length 0",
                        "unknown CHDLC protocol (0x1234)",
                        "unknown CHDLC protocol (0x2000)",
                        " [|chdlc]",
                        " [|chdlc]",
                    ],
                ),
                (
                    PrintOptions {
                        link_header: true,
                        ..numeric(0)
                    },
                    &[
                        "unicast, ethertype IPv4 (0x0800), length 32: 198.18.0.1.1 > 198.18.0.2.2: UDP, length 0",
                        "bcast, ethertype IPv6 (0x86dd), length 52: 2001::1 > 2001::2: ICMP6, echo request, id 0, seq 0, length 8",
                        "bcast, ethertype Reverse ARP (0x8035), length 22: SLARP (length: 18), keepalive: mineseen=0x000d0a31, yourseen=0x57405e26, reliability=0x04ff, link uptime=49d12h52m33s",
                        "bcast, ethertype Reverse ARP (0x8035), length 20: SLARP (length: 16), request",
                        "unicast, ethertype Reverse ARP (0x8035), length 22: SLARP (length: 18), reply 15.0.0.1/255.255.255.252",
                        "bcast, ethertype Reverse ARP (0x8035), length 24: SLARP (length: 20), 0x07 unknown\n\t0x0000:  0001 0203 0405 0607 0809 0102 0304 0506",
                        "unicast, ethertype MPLS unicast (0x8847), length 36: MPLS (label 100, tc 0, [S], ttl 64) 198.18.0.1.1 > 198.18.0.2.2: UDP, length 0",
                        "unicast, ethertype Unknown (0x1234), length 8: ",
                        "0x77, ethertype Unknown (0x2000), length 6: ",
                        " [|chdlc]",
                        "unicast, ethertype OSI (0xfefe), length 5:  [|chdlc]",
                    ],
                ),
            ],
        );
    }

    /// NetBSD's DLT_HDLC is Cisco HDLC too.
    #[test]
    fn netbsd_hdlc() {
        golden_link(
            LinkType::Other(linktype::NETBSD_HDLC),
            PrintOptions {
                link_header: true,
                ..numeric(0)
            },
            &[
                (
                    "0f0008004500001c000100004011f9cbc6120001c6120002000100020008f7fa",
                    0,
                    "unicast, ethertype IPv4 (0x0800), length 32: 198.18.0.1.1 > 198.18.0.2.2: UDP, length 0",
                ),
                (
                    "8f0086dd6000000000083a40200100000000000000000000000000012001000000000000000000000000000280007fff00000000",
                    0,
                    "bcast, ethertype IPv6 (0x86dd), length 52: 2001::1 > 2001::2: ICMP6, echo request, id 0, seq 0, length 8",
                ),
                (
                    "8f00803500000002000d0a3157405e2604ffff1ae668",
                    0,
                    "bcast, ethertype Reverse ARP (0x8035), length 22: SLARP (length: 18), keepalive: mineseen=0x000d0a31, yourseen=0x57405e26, reliability=0x04ff, link uptime=49d12h52m33s",
                ),
            ],
        );
    }

    /// A SLARP keepalive and an IPv4 frame cut at several points.
    #[test]
    fn cut_frames() {
        golden_link(
            LinkType::Other(linktype::C_HDLC),
            numeric(0),
            &[
                (
                    "8f00803500000002000d0a3157405e2604ffff1ae668",
                    4,
                    "SLARP (length: 18),  [|chdlc_slarp]",
                ),
                (
                    "8f00803500000002000d0a3157405e2604ffff1ae668",
                    10,
                    "SLARP (length: 18),  [|chdlc_slarp]",
                ),
                (
                    "8f00803500000002000d0a3157405e2604ffff1ae668",
                    17,
                    "SLARP (length: 18),  [|chdlc_slarp]",
                ),
                (
                    "8f00803500000002000d0a3157405e2604ffff1ae668",
                    18,
                    "SLARP (length: 18), keepalive: mineseen=0x000d0a31, yourseen=0x57405e26, reliability=0x04ff [|chdlc_slarp]",
                ),
                (
                    "8f00803500000002000d0a3157405e2604ffff1ae668",
                    20,
                    "SLARP (length: 18), keepalive: mineseen=0x000d0a31, yourseen=0x57405e26, reliability=0x04ff [|chdlc_slarp]",
                ),
                (
                    "0f0008004500001c000100004011f9cbc6120001c6120002000100020008f7fa",
                    1,
                    " [|chdlc]",
                ),
                (
                    "0f0008004500001c000100004011f9cbc6120001c6120002000100020008f7fa",
                    3,
                    " [|chdlc]",
                ),
                (
                    "0f0008004500001c000100004011f9cbc6120001c6120002000100020008f7fa",
                    4,
                    " [|ip]",
                ),
                (
                    "0f0008004500001c000100004011f9cbc6120001c6120002000100020008f7fa",
                    10,
                    "IP  [|ip]",
                ),
            ],
        );
    }
}
