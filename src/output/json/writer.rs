//! Writing JSON straight into the output buffer: no intermediate values, no
//! allocation beyond the buffer's own growth. Keys are static identifiers;
//! strings that come from packet bytes go through `string`, which escapes.

use std::io::Write;
use std::net::Ipv6Addr;

/// A JSON object (or array) being written. `first` says whether the next
/// member needs no comma; one flag is enough because members are always
/// written in order and a closed container is itself a written member.
pub struct Json<'a> {
    pub out: &'a mut Vec<u8>,
    first: bool,
}

impl<'a> Json<'a> {
    /// Starts the top-level object.
    pub fn object(out: &'a mut Vec<u8>) -> Json<'a> {
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
    pub fn key(&mut self, name: &str) -> &mut Self {
        self.comma();
        self.out.push(b'"');
        self.out.extend_from_slice(name.as_bytes());
        self.out.extend_from_slice(b"\":");
        self
    }

    pub fn u64(&mut self, name: &str, v: u64) -> &mut Self {
        self.key(name);
        decimal(self.out, v);
        self
    }

    pub fn i128(&mut self, name: &str, v: i128) -> &mut Self {
        self.key(name);
        let _ = write!(self.out, "{v}");
        self
    }

    pub fn bool(&mut self, name: &str, v: bool) -> &mut Self {
        self.key(name);
        self.out
            .extend_from_slice(if v { b"true" } else { b"false" });
        self
    }

    /// A string field whose value is known to need no escaping.
    pub fn str(&mut self, name: &str, v: &str) -> &mut Self {
        self.key(name);
        string(self.out, v.as_bytes());
        self
    }

    pub fn mac(&mut self, name: &str, b: &[u8]) -> &mut Self {
        self.key(name);
        self.out.push(b'"');
        hex_colons(self.out, b);
        self.out.push(b'"');
        self
    }

    pub fn ipv4(&mut self, name: &str, b: [u8; 4]) -> &mut Self {
        self.key(name);
        self.out.push(b'"');
        for (i, octet) in b.into_iter().enumerate() {
            if i > 0 {
                self.out.push(b'.');
            }
            decimal(self.out, u64::from(octet));
        }
        self.out.push(b'"');
        self
    }

    pub fn ipv6(&mut self, name: &str, b: [u8; 16]) -> &mut Self {
        self.key(name);
        let _ = write!(self.out, "\"{}\"", Ipv6Addr::from(b));
        self
    }

    /// `"name":{`; close with `end_object`.
    pub fn begin_object(&mut self, name: &str) -> &mut Self {
        self.key(name);
        self.out.push(b'{');
        self.first = true;
        self
    }

    pub fn end_object(&mut self) -> &mut Self {
        self.out.push(b'}');
        self.first = false;
        self
    }

    /// `"name":[`; close with `end_array`.
    pub fn begin_array(&mut self, name: &str) -> &mut Self {
        self.key(name);
        self.out.push(b'[');
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

    /// A string as the next element of the open array.
    pub fn element_str(&mut self, v: &str) -> &mut Self {
        self.comma();
        string(self.out, v.as_bytes());
        self
    }

    /// A number as the next element of the open array.
    pub fn element_u64(&mut self, v: u64) -> &mut Self {
        self.comma();
        decimal(self.out, v);
        self
    }

    /// Ends the top-level object and the line.
    pub fn finish(self) {
        self.out.extend_from_slice(b"}\n");
    }
}

/// `v` in decimal. By hand because core::fmt's machinery costs several
/// times more per number, and a packet's object holds dozens of numbers.
pub fn decimal(out: &mut Vec<u8>, mut v: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[at..]);
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

/// Bytes as a JSON string. Bytes from packets are not UTF-8 in general, so
/// each byte is one character (Latin-1): printable ASCII as is, everything
/// else as \u00XX, which any JSON parser reads back.
pub fn string(out: &mut Vec<u8>, bytes: &[u8]) {
    out.push(b'"');
    escape(out, bytes);
    out.push(b'"');
}

/// The inside of a JSON string, for callers that build one in pieces.
pub fn escape(out: &mut Vec<u8>, bytes: &[u8]) {
    for &b in bytes {
        match b {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            0x20..=0x7e => out.push(b),
            _ => {
                let _ = write!(out, "\\u{b:04x}");
            }
        }
    }
}

/// `aa:bb:cc` (lower case, as tcpdump prints MAC addresses).
pub fn hex_colons(out: &mut Vec<u8>, bytes: &[u8]) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    for (i, &b) in bytes.iter().enumerate() {
        if i > 0 {
            out.push(b':');
        }
        out.push(HEX[usize::from(b >> 4)]);
        out.push(HEX[usize::from(b & 15)]);
    }
}

/// RFC 3339 in UTC with nanoseconds: `2023-11-14T22:13:20.000015000Z`.
pub fn rfc3339(out: &mut Vec<u8>, sec: i64, nsec: u32) {
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
    out.push(b'.');
    padded(out, u64::from(nsec.min(999_999_999)), 9);
    out.extend_from_slice(b"Z\"");
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

    fn text(f: impl FnOnce(&mut Vec<u8>)) -> String {
        let mut out = Vec::new();
        f(&mut out);
        String::from_utf8(out).unwrap()
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
        assert_eq!(text(|o| padded(o, 7, 9)), "000000007");
        assert_eq!(
            text(|o| rfc3339(o, 253_402_300_800, 0)),
            "\"10000-01-01T00:00:00.000000000Z\""
        );
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
    fn nested_members_get_commas_only_between() {
        let s = text(|o| {
            let mut j = Json::object(o);
            j.u64("a", 1)
                .begin_object("b")
                .bool("c", true)
                .u64("d", 2)
                .end_object();
            j.begin_array("e")
                .element_str("x")
                .begin_element()
                .u64("f", 3)
                .end_object();
            j.element_u64(4).end_array().mac("m", &[0, 0x1b, 0xff]);
            j.ipv4("v4", [198, 18, 0, 1]).ipv6("v6", [0; 16]);
            j.finish();
        });
        assert_eq!(
            s,
            "{\"a\":1,\"b\":{\"c\":true,\"d\":2},\"e\":[\"x\",{\"f\":3},4],\"m\":\"00:1b:ff\",\"v4\":\"198.18.0.1\",\"v6\":\"::\"}\n"
        );
    }
}
