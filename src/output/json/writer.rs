//! Writing JSON straight into a buffer (buf.rs): no intermediate values,
//! no allocation beyond the buffer's own growth. Keys are static
//! identifiers; strings that come from packet bytes go through `string`,
//! which escapes.

use std::fmt::Write as _;
use std::io::Write as _;
use std::net::Ipv6Addr;

pub use super::buf::Buf;

/// A JSON object (or array) being written. `first` says whether the next
/// member needs no comma; one flag is enough because members are always
/// written in order and a closed container is itself a written member.
pub struct Json<'a> {
    pub out: Buf<'a>,
    first: bool,
}

impl<'a> Json<'a> {
    /// Starts the top-level object in `bytes` (the room of a `Buf`).
    pub fn object(bytes: &'a mut Vec<u8>) -> Json<'a> {
        let mut out = Buf::new(bytes);
        out.push(b'{');
        Json { out, first: true }
    }

    fn comma(&mut self) {
        if !self.first {
            self.out.push(b',');
        }
        self.first = false;
    }

    /// `"name":` (keys are ASCII identifiers, so they need no escaping).
    #[inline(always)]
    pub fn key(&mut self, name: &str) -> &mut Self {
        self.key_then(name, b"\":")
    }

    /// `"name` and then `tail` (`":` and whatever starts the value).
    #[inline(always)]
    fn key_then(&mut self, name: &str, tail: &[u8]) -> &mut Self {
        self.member::<KEY_ROOM>(name, tail, |_| 0)
    }

    /// One member, `"name` then `tail` then what `value` writes, in one
    /// slot of `N` bytes at the cursor, of which what was written is kept:
    /// one room check for the key and its value, not one per piece.
    /// Inlined so that the name and the tail are constants at each call,
    /// and their copies a few stores of immediates.
    #[inline(always)]
    fn member<const N: usize>(
        &mut self,
        name: &str,
        tail: &[u8],
        value: impl FnOnce(&mut [u8]) -> usize,
    ) -> &mut Self {
        debug_assert!(name.len() + tail.len() + 2 <= KEY_ROOM);
        let slot = self.out.room::<N>();
        let mut at = usize::from(!self.first);
        slot[0] = b',';
        slot[at] = b'"';
        at += 1;
        slot[at..at + name.len()].copy_from_slice(name.as_bytes());
        at += name.len();
        slot[at..at + tail.len()].copy_from_slice(tail);
        at += tail.len();
        at += value(&mut slot[at..]);
        self.out.advance(at);
        self.first = false;
        self
    }

    #[inline(always)]
    pub fn u64(&mut self, name: &str, v: u64) -> &mut Self {
        self.member::<{ KEY_ROOM + DECIMAL_ROOM }>(name, b"\":", |slot| decimal_into(slot, v))
    }

    #[inline(always)]
    pub fn bool(&mut self, name: &str, v: bool) -> &mut Self {
        if v {
            self.key_then(name, b"\":true")
        } else {
            self.key_then(name, b"\":false")
        }
    }

    /// A string field whose value is known to need no escaping.
    #[inline(always)]
    pub fn str(&mut self, name: &str, v: &str) -> &mut Self {
        debug_assert!(
            v.bytes()
                .all(|b| (0x20..0x7f).contains(&b) && b != b'"' && b != b'\\')
        );
        let v = v.as_bytes();
        if v.len() > STR_ROOM - 1 {
            // Long texts (error messages): the key, then a plain copy.
            self.key_then(name, b"\":\"");
            self.out.extend_from_slice(v);
            self.out.push(b'"');
            return self;
        }
        self.member::<{ KEY_ROOM + STR_ROOM }>(name, b"\":\"", |slot| {
            copy_short(slot, v);
            slot[v.len()] = b'"';
            v.len() + 1
        })
    }

    #[inline(always)]
    pub fn mac(&mut self, name: &str, b: &[u8]) -> &mut Self {
        if let Ok(mac) = <&[u8; 6]>::try_from(b) {
            return self.member::<{ KEY_ROOM + 19 }>(name, b"\":", |slot| mac_text(slot, mac));
        }
        self.key(name);
        self.out.push(b'"');
        hex_colons(&mut self.out, b);
        self.out.push(b'"');
        self
    }

    #[inline(always)]
    pub fn ipv4(&mut self, name: &str, b: [u8; 4]) -> &mut Self {
        self.member::<{ KEY_ROOM + 17 }>(name, b"\":", |slot| ipv4_text(slot, b))
    }

    #[inline(always)]
    pub fn ipv6(&mut self, name: &str, b: [u8; 16]) -> &mut Self {
        if ipv4_mapped(&b) {
            self.key(name);
            ipv6_text(&mut self.out, b);
            return self;
        }
        self.member::<{ KEY_ROOM + 41 }>(name, b"\":", |slot| ipv6_into(slot, b))
    }

    /// `"name":{`; close with `end_object`.
    #[inline(always)]
    pub fn begin_object(&mut self, name: &str) -> &mut Self {
        self.key_then(name, b"\":{");
        self.first = true;
        self
    }

    pub fn end_object(&mut self) -> &mut Self {
        self.out.push(b'}');
        self.first = false;
        self
    }

    /// `"name":[`; close with `end_array`.
    #[inline(always)]
    pub fn begin_array(&mut self, name: &str) -> &mut Self {
        self.key_then(name, b"\":[");
        self.first = true;
        self
    }

    pub fn end_array(&mut self) -> &mut Self {
        self.out.push(b']');
        self.first = false;
        self
    }

    /// An object as the next element of the open array.
    pub fn begin_element(&mut self) -> &mut Self {
        self.comma();
        self.out.push(b'{');
        self.first = true;
        self
    }

    /// A number as the next element of the open array.
    pub fn element_u64(&mut self, v: u64) -> &mut Self {
        self.comma();
        decimal(&mut self.out, v);
        self
    }

    /// `"ts"`, the time in RFC 3339, and `"ts_ns"`, the same time in
    /// nanoseconds since the epoch.
    pub fn times(&mut self, stamps: &mut Timestamps, sec: i64, nsec: u32) -> &mut Self {
        self.key("ts");
        stamps.write_both(&mut self.out, sec, nsec);
        self
    }

    /// Ends the top-level object and the line; the whole text is then
    /// `out.written()`.
    pub fn finish(&mut self) {
        self.out.extend_from_slice(b"}\n");
    }
}

/// `v` (shorter than `STR_ROOM`) at the start of `slot` by two
/// overlapping copies of constant length: a copy whose length is known
/// only at run time (the link type's name, for every packet) was a call
/// to memcpy.
#[inline(always)]
fn copy_short(slot: &mut [u8], v: &[u8]) {
    let n = v.len();
    fn both<const K: usize>(slot: &mut [u8], v: &[u8]) {
        let n = v.len();
        if let (Some(head), Some(tail)) = (v.first_chunk::<K>(), v.last_chunk::<K>()) {
            if let Some(to) = slot.first_chunk_mut::<K>() {
                *to = *head;
            }
            if let Some(to) = slot.get_mut(n - K..n) {
                to.copy_from_slice(tail);
            }
        }
    }
    match n {
        0 => {}
        1 => slot[0] = v[0],
        2..=3 => both::<2>(slot, v),
        4..=7 => both::<4>(slot, v),
        8..=15 => both::<8>(slot, v),
        16..=31 => both::<16>(slot, v),
        _ => slot[..n].copy_from_slice(v),
    }
}

/// Room for a key: a comma, the quoted name and what follows it.
const KEY_ROOM: usize = 32;
/// Room for a number: u64::MAX has 20 digits.
const DECIMAL_ROOM: usize = 20;
/// Room for a short string value and its closing quote.
const STR_ROOM: usize = 24;

const PAIRS: &[u8; 200] = b"00010203040506070809\
    10111213141516171819\
    20212223242526272829\
    30313233343536373839\
    40414243444546474849\
    50515253545556575859\
    60616263646566676869\
    70717273747576777879\
    80818283848586878889\
    90919293949596979899";

/// `v` in decimal. By hand because core::fmt's machinery costs several
/// times more per number, and a packet's object holds dozens of numbers.
#[inline]
pub fn decimal(out: &mut Buf, v: u64) {
    let n = decimal_into(out.room::<DECIMAL_ROOM>(), v);
    out.advance(n);
}

/// `v` in decimal at the start of `slot` (at least 20 bytes); returns the
/// number of digits. The digit count comes first, so the digits go
/// straight to their places, two at a time, with no copy afterwards.
#[inline(always)]
fn decimal_into(slot: &mut [u8], v: u64) -> usize {
    // Most numbers in a packet are below 100: a version, a flag, a TTL, a
    // header length.
    if v < 10 {
        slot[0] = b'0' + v as u8;
        return 1;
    }
    if v < 100 {
        let i = v as usize * 2;
        slot[..2].copy_from_slice(&PAIRS[i..i + 2]);
        return 2;
    }
    decimal_long(slot, v)
}

/// Three to five digits (ports, lengths, Ethernet types, IP ids) by
/// fixed places; longer numbers by pairs from the end.
fn decimal_long(slot: &mut [u8], v: u64) -> usize {
    let Some(slot) = slot.first_chunk_mut::<DECIMAL_ROOM>() else {
        return 0;
    };
    let pair = |n: u64| {
        let i = (n % 100) as usize * 2;
        [PAIRS[i], PAIRS[i + 1]]
    };
    if v < 1000 {
        slot[0] = b'0' + (v / 100) as u8;
        slot[1..3].copy_from_slice(&pair(v));
        return 3;
    }
    if v < 10_000 {
        slot[..2].copy_from_slice(&pair(v / 100));
        slot[2..4].copy_from_slice(&pair(v));
        return 4;
    }
    if v < 100_000 {
        slot[0] = b'0' + (v / 10_000) as u8;
        slot[1..3].copy_from_slice(&pair(v / 100));
        slot[3..5].copy_from_slice(&pair(v));
        return 5;
    }
    // Six digits and more by blocks of eight, each worked out in 32-bit
    // steps and stored in one go: at most two 64-bit divisions, no loop.
    if v < 100_000_000 {
        return leading_block(slot, v as u32);
    }
    if v < 10_000_000_000_000_000 {
        let at = leading_block(slot, (v / 100_000_000) as u32);
        return at + block_at(slot, at, (v % 100_000_000) as u32);
    }
    let rest = v % 10_000_000_000_000_000;
    let at = leading_block(slot, (v / 10_000_000_000_000_000) as u32);
    let at = at + block_at(slot, at, (rest / 100_000_000) as u32);
    at + block_at(slot, at, (rest % 100_000_000) as u32)
}

/// `v` (below 10^8) as eight ASCII digits with leading zeros, the first
/// digit in the lowest byte (the order they are stored in).
#[inline(always)]
fn eight_digits(v: u32) -> u64 {
    let pair = |n: u32| {
        let i = n as usize * 2;
        u64::from(u16::from_le_bytes([PAIRS[i], PAIRS[i + 1]]))
    };
    let (high, low) = (v / 10_000, v % 10_000);
    pair(high / 100) | pair(high % 100) << 16 | pair(low / 100) << 32 | pair(low % 100) << 48
}

/// `v` (below 10^8) with no leading zeros at the start of `slot`; returns
/// the number of digits. The eight digits are shifted so that the zeros
/// fall off the front (one digit at least) and stored whole; what lies
/// past the digits is overwritten next or left past the end.
#[inline(always)]
fn leading_block(slot: &mut [u8; DECIMAL_ROOM], v: u32) -> usize {
    let digits = eight_digits(v);
    let zeros = ((digits ^ 0x3030_3030_3030_3030).trailing_zeros() / 8).min(7);
    if let Some(eight) = slot.first_chunk_mut::<8>() {
        *eight = (digits >> (8 * zeros)).to_le_bytes();
    }
    8 - zeros as usize
}

/// `v` (below 10^8) as eight digits at `slot[at..]`; returns 8.
#[inline(always)]
fn block_at(slot: &mut [u8; DECIMAL_ROOM], at: usize, v: u32) -> usize {
    if let Some(eight) = slot.get_mut(at..at + 8) {
        eight.copy_from_slice(&eight_digits(v).to_le_bytes());
    }
    8
}

/// `v` in decimal with leading zeros to `width` digits (v < 10^width).
fn padded(out: &mut Vec<u8>, v: u64, width: usize) {
    let mut digits = [b'0'; 20];
    let mut rest = v;
    for slot in digits[..width].iter_mut().rev() {
        *slot = b'0' + (rest % 10) as u8;
        rest /= 10;
    }
    out.extend_from_slice(&digits[..width]);
}

/// `v` (below 10^9) as nine digits with leading zeros, by pairs.
fn nine_digits(out: &mut Buf, v: u32) {
    nine_into(out.room::<9>(), v);
    out.advance(9);
}

fn nine_into(text: &mut [u8; 9], v: u32) {
    let mut rest = v;
    for at in [7, 5, 3, 1] {
        let i = (rest % 100) as usize * 2;
        text[at..at + 2].copy_from_slice(&PAIRS[i..i + 2]);
        rest /= 100;
    }
    text[0] = b'0' + (rest % 10) as u8;
}

/// Bytes as a JSON string. Bytes from packets are not UTF-8 in general, so
/// each byte is one character (Latin-1): printable ASCII as is, everything
/// else as \u00XX, which any JSON parser reads back.
pub fn string(out: &mut Buf, bytes: &[u8]) {
    out.push(b'"');
    escape(out, bytes);
    out.push(b'"');
}

/// The inside of a JSON string, for callers that build one in pieces.
pub fn escape(out: &mut Buf, bytes: &[u8]) {
    let mut rest = bytes;
    while !rest.is_empty() {
        // Runs of bytes that need no escaping go in one copy.
        let run = plain_run(rest);
        out.extend_from_slice(&rest[..run]);
        let Some((&b, tail)) = rest[run..].split_first() else {
            break;
        };
        match b {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            _ => {
                out.extend_from_slice(b"\\u00");
                out.push(HEX[usize::from(b >> 4)]);
                out.push(HEX[usize::from(b & 15)]);
            }
        }
        rest = tail;
    }
}

fn plain(b: u8) -> bool {
    (0x20..=0x7e).contains(&b) && b != b'"' && b != b'\\'
}

/// How many bytes at the start of `b` need no escaping. Eight at a time
/// while no byte of the eight does: the text printer's lines, which
/// `"info"` copies, are plain ASCII but for rare bytes.
fn plain_run(b: &[u8]) -> usize {
    let mut at = 0;
    while let Some(chunk) = b.get(at..).and_then(<[u8]>::first_chunk::<8>) {
        if any_needs_escape(u64::from_le_bytes(*chunk)) {
            break;
        }
        at += 8;
    }
    let tail = &b[at..];
    at + tail.iter().position(|&c| !plain(c)).unwrap_or(tail.len())
}

/// Whether any of the eight bytes in `w` is below 0x20, above 0x7e, a
/// quote or a backslash (word-at-a-time tests: a borrow or carry between
/// bytes can flag a byte wrongly only above one rightly flagged, so the
/// answer is exact for the word).
fn any_needs_escape(w: u64) -> bool {
    let below_space = w.wrapping_sub(ONES * 0x20) & !w & HIGHS;
    let above_tilde = (w.wrapping_add(ONES) | w) & HIGHS;
    let quote = zero_bytes(w ^ (ONES * u64::from(b'"')));
    let backslash = zero_bytes(w ^ (ONES * u64::from(b'\\')));
    below_space | above_tilde | quote | backslash != 0
}

/// 0x01 in every byte of a word, for the word-at-a-time tests here and
/// in info.rs: times a byte, that byte in every place.
pub(super) const ONES: u64 = 0x0101_0101_0101_0101;
/// The high bit of every byte of a word.
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The high bit of every byte of `x` that is zero. A borrow may also flag
/// a byte above a zero one, never one below it: the lowest flagged byte,
/// and whether there is one, are exact.
#[inline(always)]
pub(super) fn zero_bytes(x: u64) -> u64 {
    x.wrapping_sub(ONES) & !x & HIGHS
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// `aa:bb:cc` (lower case, as tcpdump prints MAC addresses).
pub fn hex_colons(out: &mut Buf, bytes: &[u8]) {
    // A MAC address (the common case) goes through one stack buffer.
    let mut text = [0u8; 3 * 8];
    for (n, chunk) in bytes.chunks(8).enumerate() {
        if n > 0 {
            out.push(b':');
        }
        let mut at = 0;
        for (i, &b) in chunk.iter().enumerate() {
            if i > 0 {
                text[at] = b':';
                at += 1;
            }
            text[at] = HEX[usize::from(b >> 4)];
            text[at + 1] = HEX[usize::from(b & 15)];
            at += 2;
        }
        out.extend_from_slice(&text[..at]);
    }
}

/// A MAC address as a JSON string, `"aa:bb:cc:dd:ee:ff"`, at the start of
/// `slot`; returns its length, 19.
#[inline(always)]
fn mac_text(slot: &mut [u8], b: &[u8; 6]) -> usize {
    let text = &mut slot[..19];
    text[0] = b'"';
    for (i, &byte) in b.iter().enumerate() {
        text[1 + 3 * i] = HEX[usize::from(byte >> 4)];
        text[2 + 3 * i] = HEX[usize::from(byte & 15)];
        text[3 + 3 * i] = b':';
    }
    text[18] = b'"';
    19
}

/// Each octet's decimal digits followed by a '.', left-aligned in four
/// bytes, so that an octet is one four-byte copy.
const OCTETS: [[u8; 4]; 256] = {
    let mut table = [[b'.'; 4]; 256];
    let mut v = 0;
    while v < 256 {
        let o = v as u8;
        table[v] = match o {
            0..=9 => [b'0' + o, b'.', b'.', b'.'],
            10..=99 => [b'0' + o / 10, b'0' + o % 10, b'.', b'.'],
            _ => [b'0' + o / 100, b'0' + o / 10 % 10, b'0' + o % 10, b'.'],
        };
        v += 1;
    }
    table
};

/// How many digits `o` has.
#[inline(always)]
fn octet_digits(o: u8) -> usize {
    1 + usize::from(o >= 10) + usize::from(o >= 100)
}

/// An IPv4 address as a JSON string, `"198.18.0.1"`, at the start of
/// `slot` (room for "255.255.255.255" with its quotes, 17 bytes); returns
/// its length.
#[inline(always)]
fn ipv4_text(slot: &mut [u8], b: [u8; 4]) -> usize {
    let Some(text) = slot.first_chunk_mut::<17>() else {
        return 0;
    };
    text[0] = b'"';
    let mut at = 1;
    for octet in b {
        // The last octet's copy ends at byte 17 at most (1 + 3 * 4 + 4).
        if let Some(four) = text.get_mut(at..at + 4) {
            four.copy_from_slice(&OCTETS[usize::from(octet)]);
        }
        at += octet_digits(octet) + 1;
    }
    // The '.' after the last octet becomes the closing quote.
    text[at - 1] = b'"';
    at
}

/// Each byte as two hex digits.
const HEX_PAIRS: [[u8; 2]; 256] = {
    let mut table = [[0; 2]; 256];
    let mut v = 0;
    while v < 256 {
        table[v] = [HEX[v >> 4], HEX[v & 15]];
        v += 1;
    }
    table
};

/// An IPv6 address as a JSON string in RFC 5952 form, as std's Display
/// writes it (the longest run of two or more zero groups, the first of
/// equals, as `::`; IPv4-mapped addresses with a dotted tail), without
/// core::fmt.
pub fn ipv6_text(out: &mut Buf, b: [u8; 16]) {
    if ipv4_mapped(&b) {
        let _ = write!(out, "\"{}\"", Ipv6Addr::from(b));
        return;
    }
    let n = ipv6_into(out.room::<41>(), b);
    out.advance(n);
}

/// `::ffff:a.b.c.d`, which Display writes with a dotted tail.
#[inline(always)]
fn ipv4_mapped(b: &[u8; 16]) -> bool {
    b[..10] == [0; 10] && b[10..12] == [0xff, 0xff]
}

/// An address that is not IPv4-mapped, quoted, at the start of `slot`
/// (41 bytes at least: the key's slot has room for it); returns its length.
#[inline(always)]
fn ipv6_into(slot: &mut [u8], b: [u8; 16]) -> usize {
    let Some(text) = slot.first_chunk_mut::<41>() else {
        return 0;
    };
    let groups: [u16; 8] = std::array::from_fn(|i| u16::from_be_bytes([b[2 * i], b[2 * i + 1]]));
    // Bit i of `starts` says groups i.. are zero for `best_len` groups:
    // each step keeps the starts whose run is one group longer, so the
    // last non-empty set holds the starts of the longest runs, the lowest
    // bit the first of them. A step costs three instructions where a scan
    // of the groups costs a branch or two for each.
    let mut zeros = 0u8;
    for (i, &g) in groups.iter().enumerate() {
        zeros |= u8::from(g == 0) << i;
    }
    let (mut starts, mut best_len) = (zeros, 0);
    let mut longer = zeros;
    while longer != 0 {
        starts = longer;
        longer &= longer >> 1;
        best_len += 1;
    }
    let mut best_at = starts.trailing_zeros() as usize;
    if best_len < 2 {
        (best_at, best_len) = (8, 0);
    }
    // 8 groups of 4 digits, 7 colons, 2 quotes.
    text[0] = b'"';
    let mut at = 1;
    let mut i = 0;
    while i < 8 {
        if i == best_at {
            text[at] = b':';
            text[at + 1] = b':';
            at += 2;
            i += best_len;
            continue;
        }
        if i > 0 && i != best_at + best_len {
            text[at] = b':';
            at += 1;
        }
        // All four digits in one copy, shifted so that the leading zeros
        // fall off the front (one digit at least); what lies past the
        // digits is overwritten next or left past the end.
        let g = groups[i];
        let [h0, h1] = HEX_PAIRS[usize::from(g >> 8)];
        let [l0, l1] = HEX_PAIRS[usize::from(g & 0xff)];
        let leading = (g.leading_zeros() as usize / 4).min(3);
        let digits = u32::from_le_bytes([h0, h1, l0, l1]) >> (8 * leading);
        if let Some(four) = text.get_mut(at..at + 4) {
            four.copy_from_slice(&digits.to_le_bytes());
        }
        at += 4 - leading;
        i += 1;
    }
    text[at] = b'"';
    at + 1
}

/// RFC 3339 in UTC with nanoseconds: `2023-11-14T22:13:20.000015000Z`.
/// (The printer writes through `Timestamps`, which tests hold to this.)
#[cfg(test)]
pub fn rfc3339(out: &mut Buf, sec: i64, nsec: u32) {
    let mut seconds = Vec::new();
    rfc3339_seconds(&mut seconds, sec);
    out.extend_from_slice(&seconds);
    fraction(out, nsec);
}

/// The quote and the date and time to the second.
fn rfc3339_seconds(out: &mut Vec<u8>, sec: i64) {
    let days = sec.div_euclid(86_400);
    let secs_of_day = sec.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    out.push(b'"');
    if (0..=9999).contains(&y) {
        padded(out, y as u64, 4);
    } else {
        // Outside RFC 3339's range; still a valid JSON string.
        let _ = write!(out, "{y}");
    }
    for (sep, v) in [
        (b'-', u64::from(m)),
        (b'-', u64::from(d)),
        (b'T', (secs_of_day / 3600) as u64),
        (b':', (secs_of_day / 60 % 60) as u64),
        (b':', (secs_of_day % 60) as u64),
    ] {
        out.push(sep);
        padded(out, v, 2);
    }
}

/// The nanoseconds, the zone and the closing quote: `.000015000Z"`.
fn fraction(out: &mut Buf, nsec: u32) {
    let text = out.room::<12>();
    text[0] = b'.';
    if let Some(digits) = text[1..].first_chunk_mut::<9>() {
        nine_into(digits, nsec.min(999_999_999));
    }
    text[10..].copy_from_slice(b"Z\"");
    out.advance(12);
}

/// `rfc3339` for a stream of packets: the calendar arithmetic runs once per
/// second of capture time, not once per packet.
#[derive(Debug, Default)]
pub struct Timestamps {
    second: Option<i64>,
    /// The quote and the date and time of `second`; filled once, reused.
    text: Vec<u8>,
    /// `second` in decimal, the head of the nanosecond count.
    seconds: Vec<u8>,
    /// What lies between the two members' nanoseconds: `Z","ts_ns":` and
    /// `seconds`, in a fixed array so that it is one constant-length copy
    /// (what follows its `between_len` bytes is overwritten).
    between: [u8; BETWEEN_ROOM],
    between_len: usize,
}

/// `Z","ts_ns":` and the 19 digits an i64's seconds take at most.
const BETWEEN_ROOM: usize = 32;

/// The head of `Timestamps::between`.
const BETWEEN_MEMBERS: &[u8] = b"Z\",\"ts_ns\":";

impl Timestamps {
    pub fn write(&mut self, out: &mut Buf, sec: i64, nsec: u32) {
        self.learn(sec);
        match <&[u8; 20]>::try_from(self.text.as_slice()) {
            // `"YYYY-MM-DDTHH:MM:SS`: every year from 0 to 9999.
            Ok(text) => out.extend_from_slice(text),
            Err(_) => out.extend_from_slice(&self.text),
        }
        fraction(out, nsec);
    }

    fn learn(&mut self, sec: i64) {
        if self.second != Some(sec) {
            self.text.clear();
            rfc3339_seconds(&mut self.text, sec);
            self.seconds.clear();
            let _ = write!(self.seconds, "{sec}");
            let head = BETWEEN_MEMBERS.len();
            self.between_len = (head + self.seconds.len()).min(BETWEEN_ROOM);
            self.between[..head].copy_from_slice(BETWEEN_MEMBERS);
            self.between[head..self.between_len]
                .copy_from_slice(&self.seconds[..self.between_len - head]);
            self.second = Some(sec);
        }
    }

    /// The value of `"ts"`, the key `"ts_ns"` and its value: `write`, the
    /// key and `nanoseconds`, in one slot for the common case (a time after
    /// 1970 with a four-digit year), the nine digits of the nanoseconds
    /// worked out once for both.
    fn write_both(&mut self, out: &mut Buf, sec: i64, nsec: u32) {
        self.learn(sec);
        let text = <&[u8; 20]>::try_from(self.text.as_slice());
        let (Ok(text), true) = (text, sec > 0 && nsec < 1_000_000_000) else {
            self.write(out, sec, nsec);
            out.extend_from_slice(b",\"ts_ns\":");
            self.nanoseconds(out, sec, nsec);
            return;
        };
        // The seconds of an i64 take at most 19 digits.
        let slot = out.room::<{ 20 + 1 + 9 + BETWEEN_ROOM + 9 }>();
        slot[..20].copy_from_slice(text);
        slot[20] = b'.';
        if let Some(digits) = slot[21..].first_chunk_mut::<9>() {
            nine_into(digits, nsec);
        }
        slot[30..30 + BETWEEN_ROOM].copy_from_slice(&self.between);
        let at = 30 + self.between_len;
        slot.copy_within(21..30, at);
        out.advance(at + 9);
    }

    /// Nanoseconds since the epoch: the second's digits (cached), then
    /// the nanoseconds padded to nine. Before 1970 the sum is signed and
    /// computed.
    pub fn nanoseconds(&mut self, out: &mut Buf, sec: i64, nsec: u32) {
        self.learn(sec);
        if sec > 0 && nsec < 1_000_000_000 {
            out.extend_from_slice(&self.seconds);
            nine_digits(out, nsec);
        } else {
            let v = i128::from(sec) * 1_000_000_000 + i128::from(nsec);
            let _ = write!(out, "{v}");
        }
    }
}

/// Year, month, day of the proleptic Gregorian calendar for a day count
/// since 1970-01-01 (the algorithm of Howard Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(f: impl FnOnce(&mut Buf)) -> String {
        let mut bytes = Vec::new();
        let mut out = Buf::new(&mut bytes);
        f(&mut out);
        String::from_utf8(out.written().to_vec()).unwrap()
    }

    fn object_text(f: impl FnOnce(&mut Json)) -> String {
        let mut bytes = Vec::new();
        let mut j = Json::object(&mut bytes);
        f(&mut j);
        String::from_utf8(j.out.written().to_vec()).unwrap()
    }

    #[test]
    fn timestamps_in_utc() {
        assert_eq!(
            text(|o| rfc3339(o, 1_700_000_000, 15_000)),
            "\"2023-11-14T22:13:20.000015000Z\""
        );
        assert_eq!(
            text(|o| rfc3339(o, 0, 0)),
            "\"1970-01-01T00:00:00.000000000Z\""
        );
        assert_eq!(
            text(|o| rfc3339(o, 951_782_400, 999_999_999)),
            "\"2000-02-29T00:00:00.999999999Z\""
        );
        assert_eq!(
            text(|o| rfc3339(o, -1, 0)),
            "\"1969-12-31T23:59:59.000000000Z\""
        );
        assert_eq!(
            text(|o| rfc3339(o, 4_102_444_800, 1)),
            "\"2100-01-01T00:00:00.000000001Z\""
        );
    }

    #[test]
    fn numbers_by_hand_match_display() {
        for v in [0, 1, 9, 10, 99, 100, 65535, 4_294_967_295, u64::MAX] {
            assert_eq!(text(|o| decimal(o, v)), v.to_string());
        }
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..20_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let v = seed >> (seed % 64);
            assert_eq!(text(|o| decimal(o, v)), v.to_string());
        }
        let mut p = 1u64;
        while let Some(next) = p.checked_mul(10) {
            for v in [p - 1, p, p + 1, next / 2 + 7] {
                assert_eq!(text(|o| decimal(o, v)), v.to_string());
            }
            p = next;
        }
        let mut zeros = Vec::new();
        padded(&mut zeros, 7, 9);
        assert_eq!(zeros, b"000000007");
        for v in [0, 7, 15_000, 123_456_789, 999_999_999] {
            assert_eq!(text(|o| nine_digits(o, v)), format!("{v:09}"));
        }
        let mut stamps = Timestamps::default();
        for (sec, nsec) in [
            (1_700_000_000, 5),
            (1_700_000_000, 7),
            (-1, 0),
            (1_700_000_001, 0),
        ] {
            assert_eq!(
                text(|o| stamps.write(o, sec, nsec)),
                text(|o| rfc3339(o, sec, nsec))
            );
        }
        for (sec, nsec) in [
            (1_700_000_000, 999_999_999),
            (1_700_000_001, 5),
            (1_700_000_001, 1_000_000_000),
            (-2, 1),
            (0, 7),
            (253_402_300_800, 3),
        ] {
            let mut apart = Timestamps::default();
            assert_eq!(
                object_text(|j| {
                    j.times(&mut stamps, sec, nsec);
                }),
                text(|o| {
                    o.extend_from_slice(b"{\"ts\":");
                    apart.write(o, sec, nsec);
                    o.extend_from_slice(b",\"ts_ns\":");
                    apart.nanoseconds(o, sec, nsec);
                })
            );
        }
        for (sec, nsec, ns) in [
            (1_700_000_000, 15, "1700000000000000015"),
            (-2, 1, "-1999999999"),
            (0, 7, "7"),
        ] {
            assert_eq!(text(|o| stamps.nanoseconds(o, sec, nsec)), ns);
        }
        assert_eq!(
            text(|o| rfc3339(o, 253_402_300_800, 0)),
            "\"10000-01-01T00:00:00.000000000Z\""
        );
    }

    #[test]
    fn short_copies_match_plain_copies_at_every_length() {
        let source: Vec<u8> = (b'a'..=b'z').chain(b'A'..=b'Z').collect();
        for n in 0..40 {
            let mut slot = [b'.'; 48];
            copy_short(&mut slot, &source[..n]);
            assert_eq!(&slot[..n], &source[..n], "{n}");
            assert!(slot[n..].iter().all(|&b| b == b'.'), "{n}: past the end");
        }
    }

    #[test]
    fn strings_escape_quotes_backslashes_and_non_ascii() {
        assert_eq!(
            text(|o| string(o, b"a\"b\\c\n\x00\xff.")),
            r#""a\"b\\c\u000a\u0000\u00ff.""#
        );
        let parsed: serde_json::Value =
            serde_json::from_str(&text(|o| string(o, b"x\xc3\x01\"\\"))).unwrap();
        assert_eq!(parsed, "x\u{c3}\u{1}\"\\");
    }

    #[test]
    fn plain_runs_stop_at_the_first_byte_to_escape() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for len in 0..40 {
            for _ in 0..200 {
                let b: Vec<u8> = (0..len)
                    .map(|_| {
                        seed ^= seed << 13;
                        seed ^= seed >> 7;
                        seed ^= seed << 17;
                        // Mostly plain text, with every kind of byte.
                        if seed % 16 == 0 {
                            (seed >> 8) as u8
                        } else {
                            b'a' + (seed >> 8) as u8 % 26
                        }
                    })
                    .collect();
                let want = b.iter().position(|&c| !plain(c)).unwrap_or(b.len());
                assert_eq!(plain_run(&b), want, "{b:?}");
            }
        }
        for c in 0..=255u8 {
            let mut b = [b'x'; 8];
            b[c as usize % 8] = c;
            assert_eq!(any_needs_escape(u64::from_le_bytes(b)), !plain(c), "{c:#x}");
        }
    }

    #[test]
    fn ipv6_text_matches_display() {
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut cases: Vec<[u8; 16]> = vec![
            [0; 16],
            std::net::Ipv6Addr::LOCALHOST.octets(),
            "2001:db8::1"
                .parse::<std::net::Ipv6Addr>()
                .unwrap()
                .octets(),
            "1:0:0:2:0:0:0:3"
                .parse::<std::net::Ipv6Addr>()
                .unwrap()
                .octets(),
            "1:0:2:0:3:0:4:0"
                .parse::<std::net::Ipv6Addr>()
                .unwrap()
                .octets(),
            "::ffff:198.18.0.1"
                .parse::<std::net::Ipv6Addr>()
                .unwrap()
                .octets(),
            "::198.18.0.1"
                .parse::<std::net::Ipv6Addr>()
                .unwrap()
                .octets(),
            "fe80::".parse::<std::net::Ipv6Addr>().unwrap().octets(),
        ];
        for _ in 0..2000 {
            let mut a = [0u8; 16];
            for byte in &mut a {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                // Mostly zeros, so that runs of zero groups are common.
                *byte = if seed % 3 == 0 {
                    seed as u8 >> (seed % 8)
                } else {
                    0
                };
            }
            cases.push(a);
        }
        for a in cases {
            assert_eq!(
                text(|o| ipv6_text(o, a)),
                format!("\"{}\"", std::net::Ipv6Addr::from(a)),
                "{a:?}"
            );
        }
    }

    #[test]
    fn ipv4_text_matches_display() {
        for v in 0..=255u8 {
            for a in [
                [v, 0, 9, 255],
                [10, v, 99, 100],
                [1, 200, v, 7],
                [255, 255, 255, v],
            ] {
                let mut slot = [0u8; 17];
                let n = ipv4_text(&mut slot, a);
                assert_eq!(
                    std::str::from_utf8(&slot[..n]).unwrap(),
                    format!("\"{}\"", std::net::Ipv4Addr::from(a))
                );
            }
        }
    }

    #[test]
    fn long_hardware_addresses_keep_their_colons() {
        let b: Vec<u8> = (0..20).collect();
        let want: Vec<String> = b.iter().map(|x| format!("{x:02x}")).collect();
        assert_eq!(text(|o| hex_colons(o, &b)), want.join(":"));
    }

    #[test]
    fn nested_members_get_commas_only_between() {
        let s = object_text(|j| {
            j.u64("a", 1)
                .begin_object("b")
                .bool("c", true)
                .u64("d", 2)
                .end_object();
            j.begin_array("e")
                .element_u64(9)
                .begin_element()
                .u64("f", 3)
                .end_object();
            j.element_u64(4).end_array().mac("m", &[0, 0x1b, 0xff]);
            j.ipv4("v4", [198, 18, 0, 1]).ipv6("v6", [0; 16]);
            j.ipv4("w4", [0, 10, 100, 255]);
            j.finish();
        });
        assert_eq!(
            s,
            "{\"a\":1,\"b\":{\"c\":true,\"d\":2},\"e\":[9,{\"f\":3},4],\"m\":\"00:1b:ff\",\"v4\":\"198.18.0.1\",\"v6\":\"::\",\"w4\":\"0.10.100.255\"}\n"
        );
    }
}
