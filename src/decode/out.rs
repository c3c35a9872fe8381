//! Hand-written formatting into the output buffer: decimal, hex, addresses.
//! `write!` costs several times more per line than these (DESIGN.md), and
//! the printer formats a dozen numbers per packet.

/// Appending text and numbers to a byte buffer without `core::fmt`.
pub(crate) trait Emit {
    fn s(&mut self, text: &str);
    fn ch(&mut self, c: u8);
    /// Unsigned decimal, no padding.
    fn dec(&mut self, v: u64);
    /// Unsigned decimal, zero-padded to `width` digits.
    fn dec0(&mut self, v: u64, width: usize);
    /// Lowercase hex, no padding (`%x`).
    fn hex(&mut self, v: u64);
    /// Lowercase hex, zero-padded to `width` digits (`%0Nx`).
    fn hex0(&mut self, v: u64, width: usize);
    fn ip4(&mut self, a: &[u8]);
    fn ip6(&mut self, a: &[u8]);
    /// Colon-separated lowercase hex bytes, as tcpdump prints MAC addresses.
    fn mac(&mut self, a: &[u8]);
}

const HEX: &[u8; 16] = b"0123456789abcdef";

fn count_digits(v: u64) -> usize {
    v.checked_ilog10().unwrap_or(0) as usize + 1
}

/// Each byte value in decimal, left-aligned in three bytes, and its length.
const OCTETS: [[u8; 4]; 256] = {
    let mut t = [[0u8; 4]; 256];
    let mut v = 0;
    while v < 256 {
        let (h, d, u) = ((v / 100) as u8, (v / 10 % 10) as u8, (v % 10) as u8);
        t[v] = if v >= 100 {
            [b'0' + h, b'0' + d, b'0' + u, 3]
        } else if v >= 10 {
            [b'0' + d, b'0' + u, 0, 2]
        } else {
            [b'0' + u, 0, 0, 1]
        };
        v += 1;
    }
    t
};

/// Each byte value in decimal followed by a '.', left-aligned in four
/// bytes (what follows the '.' is padding): an octet of a dotted quad is
/// one four-byte copy.
const DOTTED: [[u8; 4]; 256] = {
    let mut t = [[b'.'; 4]; 256];
    let mut v = 0;
    while v < 256 {
        let [d0, d1, d2, n] = OCTETS[v];
        t[v] = [d0, d1, d2, b'.'];
        t[v][n as usize] = b'.';
        v += 1;
    }
    t
};

const ZEROS: &[u8; 20] = b"00000000000000000000";

const DIGIT_PAIRS: &[u8; 200] = b"\
0001020304050607080910111213141516171819\
2021222324252627282930313233343536373839\
4041424344454647484950515253545556575859\
6061626364656667686970717273747576777879\
8081828384858687888990919293949596979899";

/// `total` zeros appended to `out`, returned as the slot (its last
/// ZEROS.len() at most) that dec0 and hex0 overwrite with their digits from
/// the right. The slot is a constant-length append of ZEROS (plain moves, no
/// memset call) cut to length; zeros past ZEROS' length, only ever padding,
/// are pushed one by one before it.
#[inline(always)]
fn zero_slot(out: &mut Vec<u8>, total: usize) -> &mut [u8] {
    for _ in ZEROS.len()..total {
        out.push(b'0');
    }
    let start = out.len();
    out.extend_from_slice(ZEROS);
    out.truncate(start + total.min(ZEROS.len()));
    &mut out[start..]
}

impl Emit for Vec<u8> {
    #[inline(always)]
    fn s(&mut self, text: &str) {
        // Inlined, a literal's length is a constant and the copy becomes a
        // few moves instead of a memcpy call.
        self.extend_from_slice(text.as_bytes());
    }

    #[inline]
    fn ch(&mut self, c: u8) {
        self.push(c);
    }

    fn dec(&mut self, v: u64) {
        self.dec0(v, 1);
    }

    fn dec0(&mut self, v: u64, width: usize) {
        // Most numbers on a line are one or two digits (times of day,
        // flags, small lengths): a push or a two-byte copy.
        if v < 100 && width <= 2 {
            if v < 10 && width <= 1 {
                self.push(b'0' + v as u8);
            } else {
                let i = 2 * v as usize;
                self.extend_from_slice(&DIGIT_PAIRS[i..i + 2]);
            }
            return;
        }
        let digits = count_digits(v);
        // Digits go straight into the buffer, last pair first. Building
        // them in a stack array and copying it whole costs a failed
        // store-to-load forward on every number (measured: it was the
        // printer's hottest instruction).
        let out = zero_slot(self, digits.max(width));
        let mut i = out.len();
        let mut v = v;
        // Above u32, pairs in 64-bit arithmetic until the rest fits.
        while v > u64::from(u32::MAX) {
            let r = (v % 100) as usize;
            v /= 100;
            i -= 2;
            out[i..i + 2].copy_from_slice(&DIGIT_PAIRS[2 * r..2 * r + 2]);
        }
        // Then 32-bit division, which is cheaper.
        let mut v = v as u32;
        while v >= 100 {
            let r = (v % 100) as usize;
            v /= 100;
            i -= 2;
            out[i..i + 2].copy_from_slice(&DIGIT_PAIRS[2 * r..2 * r + 2]);
        }
        if v >= 10 {
            let r = v as usize;
            out[i - 2..i].copy_from_slice(&DIGIT_PAIRS[2 * r..2 * r + 2]);
        } else {
            out[i - 1] = b'0' + v as u8;
        }
    }

    fn hex(&mut self, v: u64) {
        self.hex0(v, 1);
    }

    fn hex0(&mut self, v: u64, width: usize) {
        let digits = (16 - v.leading_zeros() as usize / 4).max(1);
        let out = zero_slot(self, digits.max(width));
        let first = out.len() - digits;
        let mut v = v;
        for slot in out[first..].iter_mut().rev() {
            *slot = HEX[(v & 0xf) as usize];
            v >>= 4;
        }
    }

    fn ip4(&mut self, a: &[u8]) {
        if let Some(quad) = a.first_chunk::<4>() {
            // Sixteen constant bytes, each octet one four-byte copy of its
            // digits and a '.', then cut before the last '.'.
            let start = self.len();
            self.extend_from_slice(&[0; 16]);
            let mut at = start;
            for &octet in quad {
                let entry = &DOTTED[usize::from(octet)];
                if let Some(slot) = self.get_mut(at..at + 4) {
                    slot.copy_from_slice(entry);
                }
                at += usize::from(OCTETS[usize::from(octet)][3]) + 1;
            }
            self.truncate(at - 1);
            return;
        }
        for (i, b) in a.iter().enumerate() {
            if i > 0 {
                self.push(b'.');
            }
            let [d0, d1, d2, n] = OCTETS[usize::from(*b)];
            // Three constant bytes, then cut to the octet's length.
            let start = self.len();
            self.extend_from_slice(&[d0, d1, d2]);
            self.truncate(start + usize::from(n));
        }
    }

    fn ip6(&mut self, a: &[u8]) {
        if a.len() < 16 {
            return;
        }
        let mut w = [0u16; 8];
        for (i, word) in w.iter_mut().enumerate() {
            *word = u16::from_be_bytes([a[2 * i], a[2 * i + 1]]);
        }
        // The longest run of two or more zero words becomes "::" (the first
        // such run on a tie), as inet_ntop does.
        let (mut best, mut best_len) = (usize::MAX, 0);
        let mut i = 0;
        while i < 8 {
            if w[i] == 0 {
                let start = i;
                while i < 8 && w[i] == 0 {
                    i += 1;
                }
                if i - start > best_len {
                    best = start;
                    best_len = i - start;
                }
            } else {
                i += 1;
            }
        }
        if best_len < 2 {
            best = usize::MAX;
        }
        let mut i = 0;
        while i < 8 {
            if i == best {
                self.extend_from_slice(b"::");
                i += best_len;
                // An IPv4-compatible or -mapped address ends in dotted quad.
                if best == 0 && (best_len == 6 || (best_len == 5 && w[5] == 0xffff)) {
                    if best_len == 5 {
                        self.s("ffff:");
                    }
                    self.ip4(&a[12..16]);
                    return;
                }
                continue;
            }
            if i > 0 && i != best.wrapping_add(best_len) {
                self.push(b':');
            }
            self.hex(u64::from(w[i]));
            i += 1;
        }
    }

    fn mac(&mut self, a: &[u8]) {
        for (i, b) in a.iter().enumerate() {
            if i > 0 {
                self.push(b':');
            }
            self.push(HEX[(b >> 4) as usize]);
            self.push(HEX[(b & 0xf) as usize]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v6(s: &str) -> String {
        let a: std::net::Ipv6Addr = s.parse().unwrap();
        let mut out = Vec::new();
        out.ip6(&a.octets());
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn ipv6_compression_matches_inet_ntop() {
        assert_eq!(v6("2001:db8::1"), "2001:db8::1");
        assert_eq!(v6("::"), "::");
        assert_eq!(v6("::1"), "::1");
        assert_eq!(v6("fe80::1"), "fe80::1");
        assert_eq!(v6("2001:db8:0:1:0:0:0:1"), "2001:db8:0:1::1");
        assert_eq!(v6("2001:0:0:1:0:0:0:1"), "2001:0:0:1::1");
        assert_eq!(v6("2001:db8:1:2:3:4:5:6"), "2001:db8:1:2:3:4:5:6");
        assert_eq!(v6("2001:0:1:2:3:4:5:6"), "2001:0:1:2:3:4:5:6");
        assert_eq!(v6("1:0:0:2:0:0:0:3"), "1:0:0:2::3");
        assert_eq!(v6("1::"), "1::");
        assert_eq!(v6("::ffff:192.0.2.1"), "::ffff:192.0.2.1");
        assert_eq!(v6("::192.0.2.1"), "::192.0.2.1");
        assert_eq!(v6("ff02::1:ff00:1"), "ff02::1:ff00:1");
    }

    /// The hand-written formatting equals std's on every byte value and a
    /// spread of numbers and widths (including widths past 20 digits).
    #[test]
    fn decimal_and_octets_match_std() {
        let mut v: u64 = 1;
        let mut values = vec![0, 9, 10, 99, 100, 255, 999_999, u64::MAX, u64::MAX - 1];
        while let Some(n) = v.checked_mul(7) {
            values.extend([n - 1, n, n + 1]);
            v = n;
        }
        for &n in &values {
            for width in [0, 1, 2, 6, 9, 20, 23] {
                let mut o = Vec::new();
                o.dec0(n, width);
                assert_eq!(String::from_utf8(o).unwrap(), format!("{n:0width$}"));
            }
        }
        for b in 0..=255u8 {
            let mut o = Vec::new();
            o.ip4(&[b, 0, 255, b]);
            assert_eq!(String::from_utf8(o).unwrap(), format!("{b}.0.255.{b}"));
        }
    }

    #[test]
    fn hex_matches_std() {
        let mut values = vec![0, 1, 0xf, 0x10, 0xff, 0x86dd, 0xffff, u64::MAX];
        let mut v: u64 = 1;
        while let Some(n) = v.checked_mul(13) {
            values.extend([n - 1, n, n + 1]);
            v = n;
        }
        for &n in &values {
            for width in [0, 1, 2, 4, 8, 16, 20, 23] {
                let mut o = Vec::new();
                o.hex0(n, width);
                assert_eq!(String::from_utf8(o).unwrap(), format!("{n:0width$x}"));
            }
        }
    }

    #[test]
    fn numbers_and_addresses() {
        let mut o = Vec::new();
        o.dec(0);
        o.ch(b' ');
        o.dec(4294967295);
        o.ch(b' ');
        o.dec0(7, 2);
        o.ch(b' ');
        o.hex0(0x86dd, 4);
        o.ch(b' ');
        o.hex(0);
        o.ch(b' ');
        o.ip4(&[192, 0, 2, 1]);
        o.ch(b' ');
        o.mac(&[0x52, 0x54, 0, 0x12, 0x34, 0x56]);
        assert_eq!(
            String::from_utf8(o).unwrap(),
            "0 4294967295 07 86dd 0 192.0.2.1 52:54:00:12:34:56"
        );
    }
}
