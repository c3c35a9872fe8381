//! The data HNCP TLVs carry (print-hncp.c): prefixes, DNS labels, and the
//! DHCPv4 and DHCPv6 options of the DHCP-Data TLVs.

use super::super::ctx::{Ctx, Res, be16, bytes, u8at};
use super::newline;

/// The first bytes of an IPv4-mapped IPv6 address (::ffff:0:0/96).
const V4_MAPPED: [u8; 12] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff];

/// Why a prefix did not print (print_prefix's negative results).
pub(super) enum BadPrefix {
    /// -1: a length past the address family's.
    Length,
    /// -2 or -3: the prefix runs past the TLV.
    Short,
}

/// print_prefix: a length byte and the bytes it needs at `at`, within
/// `max` bytes; an IPv4-mapped one (length 96 or more, the 12 mapping
/// bytes present) as IPv4. The bytes it took.
pub(super) fn prefix(
    c: &mut Ctx,
    b: &[u8],
    at: usize,
    max: usize,
) -> Res<Result<usize, BadPrefix>> {
    let plen = usize::from(u8at(b, at)?);
    if plen >= 96 && max > V4_MAPPED.len() && bytes(b, at + 1, 12)? == V4_MAPPED {
        let plen = plen - 96;
        if plen > 32 {
            return Ok(Err(BadPrefix::Length));
        }
        let n = plen.div_ceil(8);
        if max - 1 < n + V4_MAPPED.len() {
            return Ok(Err(BadPrefix::Short));
        }
        masked_prefix(c, bytes(b, at + 13, n)?, plen, false);
        return Ok(Ok(1 + V4_MAPPED.len() + n));
    }
    // decode_prefix6.
    if max < 1 {
        return Ok(Err(BadPrefix::Short));
    }
    if plen > 128 {
        return Ok(Err(BadPrefix::Length));
    }
    let n = plen.div_ceil(8);
    if max - 1 < n {
        return Ok(Err(BadPrefix::Short));
    }
    masked_prefix(c, bytes(b, at + 1, n)?, plen, true);
    Ok(Ok(1 + n))
}

/// "ADDRESS/PLEN": the prefix's bytes `head`, the bits past `plen`
/// cleared, as an IPv6 or IPv4 address.
fn masked_prefix(c: &mut Ctx, head: &[u8], plen: usize, v6: bool) {
    let mut a = [0u8; 16];
    a[..head.len()].copy_from_slice(head);
    mask_tail(&mut a[..head.len()], plen);
    if v6 {
        c.ip6(&a);
    } else {
        c.ip4(&a[..4]);
    }
    c.s_dec("/", plen as u64);
}

/// Clears the bits of the last byte past `plen`.
fn mask_tail(a: &mut [u8], plen: usize) {
    if let Some(last) = a.last_mut() {
        if plen % 8 != 0 {
            *last &= (0xff00u16 >> (plen % 8)) as u8;
        }
    }
}

/// format_ip6addr: an IPv4-mapped address as IPv4.
pub(super) fn address(c: &mut Ctx, b: &[u8], at: usize) -> Res {
    let a = bytes(b, at, 16)?;
    if a[..12] == V4_MAPPED {
        c.ip4(&a[12..]);
    } else {
        c.ip6(a);
    }
    Ok(())
}

/// print_dns_label: uncompressed labels within `max` bytes, dotted; the
/// bytes they took, or None (after "[|DNS]") when no root label ends them.
pub(super) fn dns_label(c: &mut Ctx, b: &[u8], at: usize, max: usize) -> Res<Option<usize>> {
    let mut len = 0;
    while len < max {
        let label = usize::from(u8at(b, at + len)?);
        len += 1;
        if label == 0 {
            return Ok(Some(len));
        }
        if len > 1 {
            c.s(".");
        }
        if len + label > max {
            c.printjnp(b, at + len, max - len)?;
            break;
        }
        c.printjnp(b, at + len, label)?;
        len += label;
    }
    c.s("[|DNS]");
    Ok(None)
}

/// A DHCP option's name, by family.
const DHCPV4_OPTIONS: &[(u32, &str)] =
    &[(6, "DNS-server"), (42, "NTP-server"), (119, "DNS-search")];
const DHCPV6_OPTIONS: &[(u32, &str)] = &[
    (23, "DNS-server"),
    (24, "DNS-search-list"),
    (31, "SNTP-servers"),
];

/// How a DHCP family lays out its options: the header size, and which
/// options hold addresses and which domain names.
struct Family {
    v6: bool,
    names: &'static [(u32, &'static str)],
    addrs: [u16; 2],
    domains: u16,
}

const DHCPV4: Family = Family {
    v6: false,
    names: DHCPV4_OPTIONS,
    addrs: [6, 42],
    domains: 119,
};
const DHCPV6: Family = Family {
    v6: true,
    names: DHCPV6_OPTIONS,
    addrs: [23, 31],
    domains: 24,
};

/// dhcpv4_print: Ok(false) where tcpdump returns -1 (a bad option).
pub(super) fn dhcpv4(c: &mut Ctx, b: &[u8], at: usize, len: usize, indent: usize) -> Res<bool> {
    dhcp(c, b, at, len, indent, &DHCPV4)
}

/// dhcpv6_print.
pub(super) fn dhcpv6(c: &mut Ctx, b: &[u8], at: usize, len: usize, indent: usize) -> Res<bool> {
    dhcp(c, b, at, len, indent, &DHCPV6)
}

fn dhcp(c: &mut Ctx, b: &[u8], at: usize, len: usize, indent: usize, f: &Family) -> Res<bool> {
    let (hdr, size) = if f.v6 { (4, 16) } else { (2, 4) };
    let mut i = 0;
    while i < len {
        if i + hdr > len {
            return Ok(false);
        }
        let tlv = at + i;
        let (typ, optlen) = if f.v6 {
            (be16(b, tlv)?, usize::from(be16(b, tlv + 2)?))
        } else {
            (u16::from(u8at(b, tlv)?), usize::from(u8at(b, tlv + 1)?))
        };
        let value = tlv + hdr;
        newline(c, indent);
        c.tok(f.names, u32::from(typ), "Unknown");
        c.s_dec(" (", (optlen + hdr) as u64);
        c.s(")");
        if i + hdr + optlen > len {
            return Ok(false);
        }
        if f.addrs.contains(&typ) {
            // DHCPv4 wants at least one address; DHCPv6 says why.
            if optlen % size != 0 || (!f.v6 && optlen == 0) {
                if f.v6 {
                    c.invalid();
                }
                return Ok(false);
            }
            for a in (0..optlen).step_by(size) {
                let a = bytes(b, value + a, size)?;
                c.s(" ");
                if f.v6 { c.ip6(a) } else { c.ip4(a) }
            }
        } else if typ == f.domains && !c.domain_list(b, value, value + optlen) {
            return Ok(false);
        }
        i += hdr + optlen;
    }
    Ok(true)
}
