//! /etc/networks, name to number, as glibc's getnetbyname reads it: names
//! and aliases match in any case, the first line wins, and a number of
//! fewer than four parts is padded with zeros before inet_network reads it
//! (`10.1` is 10.1.0.0, `127` is 127.0.0.0).

use std::collections::HashMap;

/// What inet_network returns for a number it cannot read (INADDR_NONE);
/// getnetbyname hands it on, and libpcap uses it as an address.
const INADDR_NONE: u32 = 0xffff_ffff;

/// The networks file, parsed.
#[derive(Debug, Default)]
pub(super) struct Networks {
    /// Lower-cased name or alias -> number of its first line.
    by_name: HashMap<String, u32>,
}

impl Networks {
    pub(super) fn parse(text: &str) -> Networks {
        let mut n = Networks::default();
        for (net, number, aliases) in super::records(text) {
            let number = inet_network(&padded(number));
            for name in std::iter::once(net).chain(aliases) {
                n.by_name.entry(name.to_ascii_lowercase()).or_insert(number);
            }
        }
        n
    }

    pub(super) fn number(&self, name: &str) -> Option<u32> {
        self.by_name.get(&name.to_ascii_lowercase()).copied()
    }
}

/// glibc's files parser appends ".0" until the number has four parts.
fn padded(number: &str) -> String {
    let parts = 1 + number.matches('.').count().min(3);
    let mut s = number.to_string();
    for _ in parts..4 {
        s.push_str(".0");
    }
    s
}

/// inet_network(3): up to four parts, each decimal, octal (leading 0) or
/// hexadecimal (leading 0x) and at most 255, in host order.
fn inet_network(s: &str) -> u32 {
    let mut value: u32 = 0;
    for (i, part) in s.split('.').enumerate() {
        if i >= 4 {
            return INADDR_NONE;
        }
        let (digits, radix) = if let Some(hex) = part.strip_prefix("0x").or(part.strip_prefix("0X"))
        {
            (hex, 16)
        } else if part.len() > 1 && part.starts_with('0') {
            (&part[1..], 8)
        } else {
            (part, 10)
        };
        let byte = match u32::from_str_radix(digits, radix) {
            Ok(b) if b <= 0xff && !digits.starts_with('+') => b,
            // Octal "0" is the leading zero alone.
            _ if digits.is_empty() && radix == 8 => 0,
            _ => return INADDR_NONE,
        };
        value = (value << 8) | byte;
    }
    value
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_numbers_are_padded_and_names_caseless() {
        let n = Networks::parse(
            "default\t0.0.0.0\nloopback 127 lo # x\nlink-local\t169.254.0.0\nMyNet 10.1\nweird 10.1.2.3.4\nhex 0x0a.010\n",
        );
        assert_eq!(n.number("loopback"), Some(0x7f00_0000));
        assert_eq!(n.number("LO"), Some(0x7f00_0000));
        assert_eq!(n.number("link-local"), Some(0xa9fe_0000));
        assert_eq!(n.number("default"), Some(0));
        assert_eq!(n.number("mynet"), Some(0x0a01_0000));
        assert_eq!(n.number("weird"), Some(INADDR_NONE));
        assert_eq!(n.number("hex"), Some(0x0a08_0000));
        assert_eq!(n.number("x"), None);
    }

    #[test]
    fn inet_network_refuses_what_glibc_refuses() {
        assert_eq!(inet_network("256.0.0.0"), INADDR_NONE);
        assert_eq!(inet_network("1..0.0"), INADDR_NONE);
        assert_eq!(inet_network("09.0.0.0"), INADDR_NONE);
        assert_eq!(inet_network("0x.0.0.0"), INADDR_NONE);
        assert_eq!(inet_network("1.2.3.4"), 0x0102_0304);
    }
}
