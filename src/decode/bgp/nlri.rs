//! BGP NLRI: the prefixes of each AFI/SAFI tcpdump decodes (IPv4/IPv6
//! unicast, labeled, VPN, multicast VPN, MDT, route-target membership,
//! L2VPN/VPLS, CLNP), route distinguishers and add-path detection.
//!
//! tcpdump formats most of these into a buffer of MAXHOSTNAMELEN + 100
//! bytes and prints it only when the whole item decoded; here the text
//! goes straight to the output and is cut back on failure or to the
//! buffer's 163 characters.

use super::super::ctx::{Ctx, Res, be16, be32, bytes, rest, u8at};
use super::super::out::Emit;
use super::{AFS, SAFIS, as_num, unknown_data};

/// The buffer tcpdump formats an NLRI item into, less its NUL.
const BUF_CHARS: usize = 163;

pub(super) const AF_INET: u16 = 1;
pub(super) const AF_INET6: u16 = 2;
pub(super) const AF_NSAP: u16 = 3;
pub(super) const AF_VPLS: u16 = 25;
pub(super) const AF_L2VPN: u16 = 196;

/// Which decoder tcpdump uses for an AFI/SAFI pair.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Family {
    Inet,
    InetLabeled,
    InetVpn,
    InetRtc,
    InetMvpn,
    InetMdt,
    Inet6,
    Inet6Labeled,
    Inet6Vpn,
    L2Vpn,
    Nsap,
    NsapVpn,
}

/// bgp_mp_af_print's list of AFI/SAFIs with a decoder.
pub(super) fn family(af: u16, safi: u8) -> Option<Family> {
    use Family::*;
    Some(match (af, safi) {
        (AF_INET, 1..=3) => Inet,
        (AF_INET, 4) => InetLabeled,
        (AF_INET, 132) => InetRtc,
        (AF_INET, 128..=130) => InetVpn,
        (AF_INET, 5) => InetMvpn,
        (AF_INET, 66) => InetMdt,
        (AF_INET6, 1..=3) => Inet6,
        (AF_INET6, 4) => Inet6Labeled,
        (AF_INET6, 128..=130) => Inet6Vpn,
        (AF_NSAP, 1..=3) => Nsap,
        (AF_NSAP, 128..=130) => NsapVpn,
        (AF_L2VPN, 128..=130) | (AF_VPLS, 65) => L2Vpn,
        _ => return None,
    })
}

/// bgp_mp_af_print: the AFI/SAFI line and the decoder for the pair.
/// Ok(Err(false)) when there is none (its dump printed), Ok(Err(true)) for
/// tcpdump's "goto trunc", Err on a read past the capture.
pub(super) fn mp_af(c: &mut Ctx, b: &[u8], tlen: usize) -> Res<Result<Family, bool>> {
    let af = be16(b, 0)?;
    let safi = u8at(b, 2)?;
    c.s("\n\t    AFI: ");
    c.tok_num(AFS, af.into(), "Unknown AFI");
    c.s(", ");
    if safi > 128 {
        c.s("vendor specific ");
    }
    c.s("SAFI: ");
    c.tok_num(SAFIS, safi.into(), "Unknown SAFI");
    match family(af, safi) {
        Some(f) => Ok(Ok(f)),
        None => {
            if b.len() < tlen {
                return Ok(Err(true));
            }
            c.s_dec("\n\t    no AFI ", af);
            c.s_dec(" / SAFI ", safi);
            c.s(" decoder");
            if c.o.verbose <= 1 {
                unknown_data(c, b, 0, "\n\t    ", tlen);
            }
            Ok(Err(false))
        }
    }
}

/// What a prefix decoder found.
pub(super) enum Prefix<A> {
    /// The address (host bits cleared), its length and the bytes used.
    Found(A, u32, usize),
    /// -1: a prefix length too long for the family.
    Illegal,
    /// -2/-3: the item is shorter than its prefix.
    Short,
}

/// The `plen`-bit prefix of `N` bytes at `b[0..]`, host bits cleared.
fn masked<const N: usize>(b: &[u8], plen: u32) -> Res<[u8; N]> {
    let n = plen.div_ceil(8) as usize;
    let mut a = [0u8; N];
    a[..n].copy_from_slice(bytes(b, 0, n)?);
    if plen % 8 != 0 {
        a[n - 1] &= (0xff00u32 >> (plen % 8)) as u8;
    }
    Ok(a)
}

/// decode_prefix4: length byte and address, within `itemlen` bytes.
pub(super) fn prefix4(b: &[u8], itemlen: usize) -> Res<Prefix<[u8; 4]>> {
    prefix::<4>(b, itemlen)
}

/// decode_prefix6.
fn prefix6(b: &[u8], itemlen: usize) -> Res<Prefix<[u8; 16]>> {
    prefix::<16>(b, itemlen)
}

/// A prefix of an N-byte address family: its length in bits (at most
/// 8N) and as many bytes as that takes, within `itemlen` bytes.
fn prefix<const N: usize>(b: &[u8], itemlen: usize) -> Res<Prefix<[u8; N]>> {
    if itemlen < 1 {
        return Ok(Prefix::Short);
    }
    let plen = u32::from(u8at(b, 0)?);
    if plen as usize > 8 * N {
        return Ok(Prefix::Illegal);
    }
    let n = plen.div_ceil(8) as usize;
    if itemlen - 1 < n {
        return Ok(Prefix::Short);
    }
    Ok(Prefix::Found(masked::<N>(rest(b, 1), plen)?, plen, 1 + n))
}

/// "ADDRESS/LEN": an IPv4 (N = 4) or IPv6 prefix.
pub(super) fn put_prefix<const N: usize>(c: &mut Ctx, a: &[u8; N], plen: u32) {
    if N == 16 {
        c.ip6(a)
    } else {
        c.ip4(a)
    }
    c.s_dec("/", plen);
}

/// One decoded prefix of an MP_REACH/MP_UNREACH list, printed: tcpdump's
/// decoder return code (its length, -1 illegal, -2 cut).
fn listed_prefix<const N: usize>(c: &mut Ctx, p: Prefix<[u8; N]>) -> i64 {
    match p {
        Prefix::Illegal => {
            c.s("\n\t    (illegal prefix length)");
            -1
        }
        Prefix::Short => -2,
        Prefix::Found(a, plen, n) => {
            c.s("\n\t      ");
            put_prefix(c, &a, plen);
            n as i64
        }
    }
}

/// ", label:N (bottom)" from the 3 label bytes at `b[1..4]`.
fn label(c: &mut Ctx, b: &[u8]) -> Res {
    let l = (u32::from(be16(b, 1)?) << 8 | u32::from(u8at(b, 3)?)) >> 4;
    c.s_dec(", label:", l);
    if u8at(b, 3)? & 1 == 0 {
        c.s(" (BOGUS: Bottom of Stack NOT set!)");
    } else {
        c.s(" (bottom)");
    }
    Ok(())
}

/// bgp_vpn_rd_print: an RFC 4364 route distinguisher (BGP's, and LSP
/// ping's through ports.rs). tcpdump formats it into a string before
/// printing, so a distinguisher of a known type cut short prints nothing;
/// an unknown type needs only its two bytes.
pub(crate) fn rd(c: &mut Ctx, b: &[u8]) -> Res {
    let kind = be16(b, 0)?;
    if kind > 2 {
        c.s("unknown RD format");
        return Ok(());
    }
    let v = bytes(b, 0, 8)?;
    let (high, low16) = (&v[2..6], be16(v, 6)?);
    match kind {
        0 => {
            c.dec(be16(v, 2)?);
            c.s(":");
            c.dec(be32(v, 4)?);
            c.s(" (= ");
            c.out.ip4(&v[4..8]);
            c.s(")");
        }
        1 => {
            c.out.ip4(high);
            c.s_dec(":", low16);
        }
        _ => {
            as_num(c, be32(v, 2)?);
            c.s_dec(":", low16);
            c.s(" (");
            c.out.ip4(high);
            c.s_dec(":", low16);
            c.s(")");
        }
    }
    Ok(())
}

/// bgp_vpn_ip_print: an address given its length in bits.
fn vpn_ip(c: &mut Ctx, b: &[u8], bits: u32) -> Res {
    match bits {
        32 => c.ip4(bytes(b, 0, 4)?),
        128 => c.ip6(bytes(b, 0, 16)?),
        _ => {
            c.s_dec("bogus address length ", bits);
        }
    }
    Ok(())
}

/// bgp_vpn_sg_print: ", Source S, Group G"; the bytes it read. A short
/// capture ends it quietly, as tcpdump's does.
fn vpn_sg(c: &mut Ctx, b: &[u8]) -> Res<u32> {
    let mut total = 0u32;
    let mut p = 0usize;
    for what in [", Source ", ", Group "] {
        let bits = u8at(b, p)?;
        p += 1;
        let n = usize::from(bits >> 3);
        if b.len() < p + n {
            return Ok(total);
        }
        total += u32::from(bits >> 3) + 1;
        if bits != 0 {
            c.s(what);
            vpn_ip(c, &b[p..], bits.into())?;
            p += n;
        }
    }
    Ok(total)
}

/// check_add_path: could the `length` bytes of NLRI at `b` carry path
/// identifiers, and do they not parse as plain NLRI?
pub(super) fn check_add_path(b: &[u8], length: usize, max_plen: usize) -> bool {
    if length < 5 {
        return false;
    }
    let mut off = 0usize;
    while off < length {
        off += 4;
        let Some(&plen) = b.get(off) else { break };
        let plen = usize::from(plen);
        if plen > max_plen {
            return false;
        }
        off += 1 + plen.div_ceil(8);
    }
    if off > length {
        return false;
    }
    off = 0;
    while off < length {
        let Some(&plen) = b.get(off) else { break };
        let plen = usize::from(plen);
        if plen < 1 || plen > max_plen {
            return true;
        }
        off += 1 + plen.div_ceil(8);
    }
    off > length
}

/// An NLRI decoder's verdict, tcpdump's return codes.
enum Item {
    Advance(usize),
    /// -1: "(illegal prefix length)".
    Illegal,
    /// -2 from decoders that mean a short capture ("goto trunc").
    Trunc,
    /// -3 / -2 meaning "bytes left, but not enough": stop quietly.
    Stop,
}

/// Runs a decoder that formats into tcpdump's buffer: the text after
/// "\n\t      ", kept only when the decoder succeeds, cut to the buffer.
fn buffered(c: &mut Ctx, f: impl FnOnce(&mut Ctx) -> Res<Item>) -> Res<Item> {
    let mark = c.out.len();
    c.s("\n\t      ");
    let start = c.out.len();
    match f(c) {
        Ok(Item::Advance(n)) => {
            if c.out.len() > start + BUF_CHARS {
                c.out.truncate(start + BUF_CHARS);
            }
            Ok(Item::Advance(n))
        }
        other => {
            c.out.truncate(mark);
            other
        }
    }
}

/// bgp_nlri_print: one item. Ok(Some(advance)); Ok(None) to stop the
/// list quietly; Err(()) for tcpdump's -2, a truncation the caller marks.
pub(super) fn nlri(
    c: &mut Ctx,
    fam: Family,
    b: &[u8],
    len: usize,
    add_path4: bool,
    add_path6: bool,
) -> Res<Result<Option<usize>, ()>> {
    use Family::*;
    let item = match fam {
        Inet | Inet6 => {
            let add_path = if fam == Inet { add_path4 } else { add_path6 };
            let mut path_id = 0;
            let mut t = b;
            if add_path {
                path_id = be32(b, 0)?;
                t = rest(b, 4);
            }
            // tcpdump adds the path id's 4 bytes to the decoder's return
            // code even when it is -1 or -2.
            let mut advance = if fam == Inet {
                listed_prefix(c, prefix4(t, len)?)
            } else {
                listed_prefix(c, prefix6(t, len)?)
            };
            if add_path {
                c.s_dec("   Path Id: ", path_id);
                advance += 4;
            }
            return Ok(match advance {
                -2 => Err(()),
                a if a < 0 => Ok(None),
                a => Ok(Some(a as usize)),
            });
        }
        InetLabeled => buffered(c, |c| labeled_prefix(c, b, len, false))?,
        Inet6Labeled => buffered(c, |c| labeled_prefix(c, b, len, true))?,
        InetVpn => buffered(c, |c| vpn_prefix(c, b, 32))?,
        Inet6Vpn => buffered(c, |c| vpn_prefix(c, b, 128))?,
        NsapVpn => buffered(c, |c| vpn_prefix(c, b, 152))?,
        Nsap => buffered(c, |c| clnp_prefix(c, b))?,
        InetRtc => rt_routing_info(c, b)?,
        InetMvpn => buffered(c, |c| multicast_vpn(c, b))?,
        InetMdt => buffered(c, |c| mdt_vpn(c, b))?,
        L2Vpn => buffered(c, |c| l2vpn(c, b))?,
    };
    Ok(match item {
        Item::Advance(n) => Ok(Some(n)),
        Item::Illegal => {
            c.s("\n\t    (illegal prefix length)");
            Ok(None)
        }
        Item::Trunc => Err(()),
        Item::Stop => Ok(None),
    })
}

/// decode_labeled_prefix4/6.
fn labeled_prefix(c: &mut Ctx, b: &[u8], itemlen: usize, v6: bool) -> Res<Item> {
    if b.len() < 4 {
        return Ok(Item::Trunc);
    }
    if itemlen < 4 {
        return Ok(Item::Stop);
    }
    let plen = u32::from(b[0]);
    if plen < 24 {
        return Ok(Item::Illegal);
    }
    let plen = plen - 24;
    let max = if v6 { 128 } else { 32 };
    if plen > max {
        return Ok(Item::Illegal);
    }
    let n = plen.div_ceil(8) as usize;
    if !v6 && itemlen - 4 < n {
        return Ok(Item::Stop);
    }
    if v6 {
        let a = masked::<16>(rest(b, 4), plen)?;
        put_prefix(c, &a, plen);
    } else {
        let a = masked::<4>(rest(b, 4), plen)?;
        put_prefix(c, &a, plen);
    }
    label(c, b)?;
    Ok(Item::Advance(4 + n))
}

/// decode_labeled_vpn_prefix4/6 and decode_labeled_vpn_clnp_prefix:
/// length, label, RD, address of up to `max` bits.
fn vpn_prefix(c: &mut Ctx, b: &[u8], max: u32) -> Res<Item> {
    let plen = u32::from(u8at(b, 0)?);
    if plen < 24 + 64 {
        return Ok(Item::Illegal);
    }
    let plen = plen - (24 + 64);
    if plen > max {
        return Ok(Item::Illegal);
    }
    let n = plen.div_ceil(8) as usize;
    c.s("RD: ");
    match max {
        32 => {
            let a = masked::<4>(rest(b, 12), plen)?;
            rd(c, rest(b, 4))?;
            c.s(", ");
            put_prefix(c, &a, plen);
        }
        128 => {
            let a = masked::<16>(rest(b, 12), plen)?;
            rd(c, rest(b, 4))?;
            c.s(", ");
            put_prefix(c, &a, plen);
        }
        _ => {
            let a = masked::<19>(rest(b, 12), plen)?;
            rd(c, rest(b, 4))?;
            c.s(", ");
            nsap(c, &a[..n]);
            c.s_dec("/", plen);
        }
    }
    label(c, b)?;
    Ok(Item::Advance(12 + n))
}

/// isonsap_string: hex pairs with a dot after the first byte and every
/// second one after it.
pub(super) fn nsap(c: &mut Ctx, a: &[u8]) {
    if a.is_empty() || a.len() > 20 {
        c.s("isonsap_string: illegal length");
        return;
    }
    for (i, &x) in a.iter().enumerate() {
        c.out.hex0(x.into(), 2);
        if i & 1 == 0 && i + 1 < a.len() {
            c.s(".");
        }
    }
}

/// decode_clnp_prefix; tcpdump reads the address 4 bytes in, past what
/// is the address, and so does this.
fn clnp_prefix(c: &mut Ctx, b: &[u8]) -> Res<Item> {
    let plen = u32::from(u8at(b, 0)?);
    if plen > 152 {
        return Ok(Item::Illegal);
    }
    let n = plen.div_ceil(8) as usize;
    let a = masked::<19>(rest(b, 4), plen)?;
    nsap(c, &a[..n]);
    c.s_dec("/", plen);
    Ok(Item::Advance(1 + n))
}

/// decode_rt_routing_info (RFC 4684), printed directly as tcpdump does.
fn rt_routing_info(c: &mut Ctx, b: &[u8]) -> Res<Item> {
    let plen = u32::from(u8at(b, 0)?);
    if plen == 0 {
        c.s("\n\t      default route target");
        return Ok(Item::Advance(1));
    }
    if plen < 32 {
        c.s("\n\t      (illegal prefix length)");
        return Ok(Item::Stop);
    }
    let origin = be32(b, 1)?;
    let plen = plen - 32;
    if plen > 64 {
        c.s("\n\t      (illegal prefix length)");
        return Ok(Item::Stop);
    }
    let n = plen.div_ceil(8) as usize;
    let rt = masked::<8>(rest(b, 5), plen)?;
    c.s("\n\t      origin AS: ");
    as_num(c, origin);
    c.s(", ");
    rt_prefix(c, &rt, plen);
    Ok(Item::Advance(5 + n))
}

/// bgp_rt_prefix_print: a route-target membership prefix.
fn rt_prefix(c: &mut Ctx, rt: &[u8; 8], plen: u32) {
    if plen == 0 {
        c.s("route-target: 0:0/0");
        return;
    }
    let n = plen.div_ceil(8) as usize;
    let mut hex = Vec::with_capacity(20);
    for (i, &x) in rt[..n].iter().enumerate() {
        hex.hex0(x.into(), 2);
        if i % 2 == 1 && i < n - 1 {
            hex.push(b' ');
        }
    }
    let hex = String::from_utf8_lossy(&hex).into_owned();
    // "(HEX/PLEN)": the prefix as it stands, for a type not decoded.
    let raw_prefix = |c: &mut Ctx| {
        c.s("(");
        c.s(&hex);
        c.s_dec("/", plen);
        c.s(")");
    };
    if plen < 16 {
        c.s("route-target: partial-type: ");
        raw_prefix(c);
        return;
    }
    let ec_type = u16::from_be_bytes([rt[0], rt[1]]);
    let num16 = u16::from_be_bytes([rt[6], rt[7]]);
    match ec_type {
        0x0002 => {
            c.s_dec("route-target: ", u16::from_be_bytes([rt[2], rt[3]]));
            c.s_dec(":", u32::from_be_bytes([rt[4], rt[5], rt[6], rt[7]]));
        }
        0x0102 => {
            c.s("route-target: ");
            c.out.ip4(&rt[2..6]);
            c.s_dec(":", num16);
        }
        0x0202 => {
            c.s("route-target: ");
            as_num(c, u32::from_be_bytes([rt[2], rt[3], rt[4], rt[5]]));
            c.s_dec(":", num16);
        }
        _ => {
            c.s("route target: unknown-type(");
            c.out.hex0(ec_type.into(), 4);
            c.s(") ");
            raw_prefix(c);
            return;
        }
    }
    c.s_dec("/", plen);
    c.s(" (");
    c.s(&hex);
    c.s(")");
}

const MVPN_ROUTE_TYPES: &[(u32, &str)] = &[
    (1, "Intra-AS I-PMSI"),
    (2, "Inter-AS I-PMSI"),
    (3, "S-PMSI"),
    (4, "Intra-AS Segment-Leaf"),
    (5, "Source-Active"),
    (6, "Shared Tree Join"),
    (7, "Source Tree Join"),
];

/// decode_multicast_vpn (RFC 6514).
fn multicast_vpn(c: &mut Ctx, b: &[u8]) -> Res<Item> {
    let route_type = u8at(b, 0)?;
    let route_len = u8at(b, 1)?;
    c.s("Route-Type: ");
    c.tok_num(MVPN_ROUTE_TYPES, route_type.into(), "Unknown");
    c.s_dec(", length: ", route_len);
    let p = rest(b, 2);
    match route_type {
        1 => {
            if p.len() < 8 {
                return Ok(Item::Trunc);
            }
            c.s(", RD: ");
            rd(c, p)?;
            c.s(", Originator ");
            vpn_ip(
                c,
                rest(p, 8),
                u32::from(route_len).wrapping_sub(8).wrapping_shl(3),
            )?;
        }
        2 | 6 | 7 => {
            if p.len() < 12 {
                return Ok(Item::Trunc);
            }
            c.s(", RD: ");
            rd(c, p)?;
            c.s(", Source-AS ");
            as_num(c, be32(p, 8)?);
            if route_type != 2 {
                vpn_sg(c, rest(p, 12))?;
            }
        }
        3 => {
            if p.len() < 8 {
                return Ok(Item::Trunc);
            }
            c.s(", RD: ");
            rd(c, p)?;
            let p = rest(p, 8);
            let sg_len = vpn_sg(c, p)?;
            let addr_len = u32::from(route_len).wrapping_sub(sg_len);
            if (p.len() as u64) < u64::from(addr_len) {
                return Ok(Item::Trunc);
            }
            c.s(", Originator ");
            vpn_ip(c, p, addr_len.wrapping_shl(3))?;
        }
        5 => {
            if p.len() < 8 {
                return Ok(Item::Trunc);
            }
            c.s(", RD: ");
            rd(c, p)?;
            vpn_sg(c, rest(p, 8))?;
        }
        _ => {}
    }
    Ok(Item::Advance(usize::from(route_len) + 2))
}

/// decode_mdt_vpn_nlri (RFC 6037).
fn mdt_vpn(c: &mut Ctx, b: &[u8]) -> Res<Item> {
    if u8at(b, 0)? != 16 * 8 {
        return Ok(Item::Illegal);
    }
    if b.len() < 9 {
        return Ok(Item::Trunc);
    }
    c.s("RD: ");
    rd(c, &b[1..])?;
    c.s(", VPN IP Address: ");
    c.ip4(bytes(b, 9, 4)?);
    c.s(", MC Group Address: ");
    c.ip4(bytes(b, 13, 4)?);
    Ok(Item::Advance(17))
}

/// Text into tcpdump's buffer as its UPDATE_BUF_BUFLEN does: once a
/// piece does not fit, nothing more is added.
struct Room(usize);

impl Room {
    fn put(&mut self, c: &mut Ctx, text: &[u8]) {
        if self.0 == 0 {
            return;
        }
        let n = text.len().min(self.0 - 1);
        c.out.extend_from_slice(&text[..n]);
        self.0 = if text.len() >= self.0 {
            0
        } else {
            self.0 - text.len()
        };
    }
}

/// decode_labeled_vpn_l2: L2VPN/VPLS NLRI, auto-discovery or the old
/// format with its TLVs, replaying tcpdump's pointer handling.
fn l2vpn(c: &mut Ctx, b: &[u8]) -> Res<Item> {
    let plen = usize::from(be16(b, 0)?);
    let mut p = 2usize;
    if plen == 12 {
        if b.len() < p + 12 {
            return Ok(Item::Trunc);
        }
        c.s("RD: ");
        rd(c, &b[p..])?;
        c.s(", BGPNH: ");
        c.ip4(bytes(b, p + 8, 4)?);
        return Ok(Item::Advance(plen + 2));
    }
    if plen <= 17 {
        return Ok(Item::Trunc);
    }
    if b.len() < p + 15 {
        return Ok(Item::Trunc);
    }
    let start = c.out.len();
    c.s("RD: ");
    rd(c, &b[p..])?;
    c.s(", CE-ID: ");
    c.dec(be16(b, p + 8)?);
    c.s(", Label-Block Offset: ");
    c.dec(be16(b, p + 10)?);
    c.s(", Label Base ");
    c.dec((u32::from(be16(b, p + 12)?) << 8 | u32::from(u8at(b, p + 14)?)) >> 4);
    let used = c.out.len() - start;
    let mut room = Room((BUF_CHARS + 1).saturating_sub(used));
    if used > BUF_CHARS {
        c.out.truncate(start + BUF_CHARS);
    }
    p += 15;
    let mut tlen = plen - 15;
    let mut tmp = Vec::new();
    while tlen != 0 {
        if tlen < 3 {
            room.put(c, b"\n\t\tran past the end");
            return Ok(Item::Advance(plen + 2));
        }
        let tlv_type = u8at(b, p)?;
        let tlv_bits = be16(b, p + 1)?;
        let mut tlv_bytes = usize::from(tlv_bits).div_ceil(8);
        p += 3;
        tmp.clear();
        if tlv_type == 1 {
            tmp.s("\n\t\tcircuit status vector (");
            tmp.dec(tlv_type.into());
            tmp.s(") length: ");
            tmp.dec(tlv_bits.into());
            tmp.s(": 0x");
            room.put(c, &tmp);
            while tlv_bytes != 0 {
                if tlen < 1 {
                    room.put(c, b" (ran past the end)");
                    return Ok(Item::Advance(plen + 2));
                }
                let Ok(x) = u8at(b, p) else {
                    return Ok(Item::Trunc);
                };
                if room.0 != 0 {
                    tmp.clear();
                    tmp.hex0(x.into(), 2);
                    p += 1;
                    room.put(c, &tmp);
                }
                tlv_bytes -= 1;
                tlen -= 1;
            }
        } else {
            tmp.s("\n\t\tunknown TLV #");
            tmp.dec(tlv_type.into());
            tmp.s(", length: ");
            tmp.dec(tlv_bits.into());
            room.put(c, &tmp);
            if tlen < tlv_bytes {
                room.put(c, b" (ran past the end)");
                return Ok(Item::Advance(plen + 2));
            }
            tlen -= tlv_bytes;
        }
    }
    Ok(Item::Advance(plen + 2))
}
