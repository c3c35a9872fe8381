//! Babel's address encodings (network_prefix in print-babel.c): an AE
//! (address encoding) byte says how many bytes of a prefix the TLV
//! carries, and Update TLVs may omit leading bytes taken from the last
//! prefix with the default-prefix flag.

use super::super::ctx::Ctx;

/// An IPv4 address inside an IPv6 one (::ffff:0:0/96), how Babel keeps v4.
pub(super) const V4_MAPPED: [u8; 16] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0, 0, 0, 0];

/// AE 1: IPv4, AE 2: IPv6, AE 3: link-local IPv6 (fe80::/64 plus 8 bytes).
const AE_V4: u8 = 1;
const AE_V6: u8 = 2;
const AE_LINK_LOCAL: u8 = 3;

/// The prefix of `plen` bits (None: a whole address) in encoding `ae`,
/// read from `p` (the rest of the TLV) after `omitted` bytes taken from
/// `dp`; the prefix and the bytes it took from `p`. None is tcpdump's -1:
/// an encoding error.
pub(super) fn network_prefix(
    ae: u8,
    plen: Option<u8>,
    omitted: u8,
    p: &[u8],
    dp: Option<&[u8; 16]>,
) -> Option<([u8; 16], usize)> {
    let pb = match plen {
        Some(bits) => usize::from(bits).div_ceil(8),
        None if ae == AE_V4 => 4,
        None => 16,
    };
    if pb > 16 {
        return None;
    }
    let omitted = usize::from(omitted);
    let mut prefix = [0u8; 16];
    // The bytes the TLV must still hold past the omitted ones.
    let carried = pb.saturating_sub(omitted);
    let consumed = match ae {
        0 => 0,
        AE_V4 => {
            if omitted > 4 || pb > 4 || carried > p.len() {
                return None;
            }
            prefix = V4_MAPPED;
            if omitted > 0 {
                let dp = dp?;
                prefix[..12 + omitted].copy_from_slice(&dp[..12 + omitted]);
            }
            prefix[12 + omitted..12 + omitted + carried].copy_from_slice(p.get(..carried)?);
            carried
        }
        AE_V6 => {
            if omitted > 16 || carried > p.len() {
                return None;
            }
            if omitted > 0 {
                let dp = dp?;
                prefix[..omitted].copy_from_slice(&dp[..omitted]);
            }
            prefix[omitted..omitted + carried].copy_from_slice(p.get(..carried)?);
            carried
        }
        AE_LINK_LOCAL => {
            let carried = pb.saturating_sub(8);
            if carried > p.len() {
                return None;
            }
            prefix[0] = 0xfe;
            prefix[1] = 0x80;
            prefix[8..8 + carried].copy_from_slice(p.get(..carried)?);
            carried
        }
        _ => return None,
    };
    Some((prefix, consumed))
}

/// network_address: a whole address in encoding `ae`.
pub(super) fn network_address(ae: u8, p: &[u8]) -> Option<([u8; 16], usize)> {
    network_prefix(ae, None, 0, p, None)
}

/// format_address: an IPv4-mapped address as IPv4, others as IPv6.
pub(super) fn address(c: &mut Ctx, a: &[u8; 16]) {
    if a[..12] == V4_MAPPED[..12] {
        c.ip4(&a[12..]);
    } else {
        c.ip6(a);
    }
}

/// format_prefix: "addr/len", an IPv4-mapped prefix of 96 bits or more
/// as IPv4 with 96 taken off. `plen` is the byte tcpdump keeps it in, so
/// an AE 1 length past 159 has wrapped before it gets here.
pub(super) fn prefix(c: &mut Ctx, a: &[u8; 16], plen: u8) {
    if plen >= 96 && a[..12] == V4_MAPPED[..12] {
        c.ip4(&a[12..]);
        c.s_dec("/", plen - 96);
    } else {
        c.ip6(a);
        c.s_dec("/", plen);
    }
}

/// The prefix length tcpdump prints for encoding `ae`: 96 more for IPv4,
/// kept in a byte (so it wraps as tcpdump's u_char does).
pub(super) fn shown_plen(ae: u8, plen: u8) -> u8 {
    if ae == AE_V4 {
        plen.wrapping_add(96)
    } else {
        plen
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings() {
        let (p, n) = network_prefix(1, Some(24), 0, &[192, 0, 2, 9], None).unwrap();
        assert_eq!((&p[10..], n), (&[0xff, 0xff, 192, 0, 2, 0][..], 3));
        // Two bytes omitted come from the default prefix.
        let mut dp = V4_MAPPED;
        dp[12..].copy_from_slice(&[10, 1, 2, 3]);
        let (p, n) = network_prefix(1, Some(32), 2, &[7, 8], Some(&dp)).unwrap();
        assert_eq!((&p[12..], n), (&[10, 1, 7, 8][..], 2));
        assert!(network_prefix(1, Some(32), 2, &[7, 8], None).is_none());
        assert!(network_prefix(1, Some(40), 0, &[0; 8], None).is_none());
        assert!(network_prefix(2, Some(64), 0, &[0; 7], None).is_none());
        assert!(network_prefix(2, Some(200), 0, &[0; 32], None).is_none());
        let (p, n) = network_address(3, &[0, 0, 0, 0, 0, 0, 0, 1]).unwrap();
        assert_eq!((p[0], p[1], p[15], n), (0xfe, 0x80, 1, 8));
        assert!(network_address(3, &[0; 7]).is_none());
        assert_eq!(network_address(0, &[]).map(|(_, n)| n), Some(0));
        assert!(network_address(4, &[0; 16]).is_none());
    }
}
