//! Option values read as tcpdump 4.99.3 reads them (atoi, strtol with
//! base 0, case-insensitive names), turned into the one spelling the clap
//! definitions parse. tcpdump checks each value as getopt hands it over, so
//! the caller runs these in command-line order and the first bad value is
//! the one reported.

use std::ffi::OsStr;

use clap::ValueEnum;
use clap::builder::PossibleValue;

use crate::capture::live::TstampType;
use crate::decode::PacketType;

use super::UsageError;

/// tcpdump's MAXIMUM_SNAPLEN, as the numbers parsed here are typed.
const MAX_SNAPLEN: i64 = crate::wire::pcap::MAX_SNAPLEN as i64;

/// The clap spelling of `value` for the option `id`, or tcpdump's refusal.
/// Options whose values tcpdump takes as they are come back unchanged.
pub fn canonical(id: &str, value: &OsStr) -> Result<Option<String>, UsageError> {
    let text = value.to_string_lossy();
    let text = text.as_ref();
    let bad = |what: String| Err(UsageError(what));
    let out = match id {
        // -B: atoi(optarg) * 1024 must be positive.
        "buffer_kib" => atoi_where(
            text,
            |n| n > 0 && n <= i32::MAX as i64 / 1024,
            || format!("invalid packet buffer size {text} (-B takes a size in KiB)"),
        )?,
        "count" => atoi_where(
            text,
            |n| n > 0,
            || format!("invalid packet count {text} (-c takes a positive number)"),
        )?,
        // -C: the whole word a decimal number, in millions of bytes.
        "file_size" => match strtol(text, 10) {
            Some((n, "")) if n > 0 && n <= i64::MAX / 1_000_000 => n.to_string(),
            Some((n, "")) if n > 0 => {
                return bad(format!(
                    "file size {text} is too large (-C is in millions of bytes)"
                ));
            }
            _ => {
                return bad(format!(
                    "invalid file size {text} (-C takes a positive number of millions of bytes)"
                ));
            }
        },
        "rotate_seconds" => atoi_where(
            text,
            |n| n >= 0,
            || format!("invalid number of seconds {text} (-G takes 0 or more)"),
        )?,
        "file_count" => atoi_where(
            text,
            |n| n > 0,
            || format!("invalid number of output files {text} (-W takes a positive number)"),
        )?,
        "snaplen" => match strtol(text, 0) {
            Some((n, "")) if (0..=MAX_SNAPLEN).contains(&n) => n.to_string(),
            _ => {
                return bad(format!(
                    "invalid snaplen {text} (-s takes 0 to {MAX_SNAPLEN}; 0 means {MAX_SNAPLEN})"
                ));
            }
        },
        "direction" => match text.to_ascii_lowercase().as_str() {
            d @ ("in" | "out" | "inout") => d.to_string(),
            _ => {
                return bad(format!(
                    "unknown capture direction `{text}' (-Q takes in, out or inout)"
                ));
            }
        },
        "packet_type" => match text.to_ascii_lowercase() {
            t if names::<PacketType>().contains(&t) => t,
            _ => {
                return bad(format!(
                    "unknown packet type `{text}' (-T takes one of {})",
                    names::<PacketType>().join(", ")
                ));
            }
        },
        "tstamp_type" => match text.to_ascii_lowercase() {
            t if names::<TstampType>().contains(&t) => t,
            _ => {
                return bad(format!(
                    "invalid time stamp type {text} (-j takes one of {})",
                    names::<TstampType>().join(", ")
                ));
            }
        },
        "linktype" => match crate::link::dlt::by_name(text) {
            Some(dlt) => dlt.name.to_string(),
            None => {
                return bad(format!(
                    "invalid data link type {text} (-y takes a libpcap name: EN10MB, RAW, LINUX_SLL2, ...)"
                ));
            }
        },
        // tcpdump compares only the start of the word (strncmp).
        "precision" => {
            if text.starts_with("nano") {
                "nano".to_string()
            } else if text.starts_with("micro") {
                "micro".to_string()
            } else {
                return bad(format!(
                    "unsupported time stamp precision {text} (--time-stamp-precision takes micro or nano)"
                ));
            }
        }
        _ => return Ok(None),
    };
    Ok(Some(out))
}

/// -T: clap parses tcpdump 4.99.3's names, in its order, straight into the
/// decoder's type (the decoder stays free of clap).
impl ValueEnum for PacketType {
    fn value_variants<'a>() -> &'a [Self] {
        use PacketType::*;
        &[
            Aodv, Carp, Cnfp, Domain, Lmp, Pgm, PgmZmtp1, Ptp, Radius, Resp, Rpc, Rtcp, Rtp, Snmp,
            Someip, Tftp, Vat, Vxlan, Wb, Zmtp1,
        ]
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(match self {
            PacketType::Aodv => "aodv",
            PacketType::Carp => "carp",
            PacketType::Cnfp => "cnfp",
            PacketType::Domain => "domain",
            PacketType::Lmp => "lmp",
            PacketType::Pgm => "pgm",
            PacketType::PgmZmtp1 => "pgm_zmtp1",
            PacketType::Ptp => "ptp",
            PacketType::Radius => "radius",
            PacketType::Resp => "resp",
            PacketType::Rpc => "rpc",
            PacketType::Rtcp => "rtcp",
            PacketType::Rtp => "rtp",
            PacketType::Snmp => "snmp",
            PacketType::Someip => "someip",
            PacketType::Tftp => "tftp",
            PacketType::Vat => "vat",
            PacketType::Vxlan => "vxlan",
            PacketType::Wb => "wb",
            PacketType::Zmtp1 => "zmtp1",
        }))
    }
}

/// -j: libpcap's time stamp type names (pcap_tstamp_type_name_to_val),
/// parsed straight into the capture's type.
impl ValueEnum for TstampType {
    fn value_variants<'a>() -> &'a [Self] {
        &TstampType::ALL
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(self.name()))
    }
}

/// The names clap accepts for `T`, in its order.
fn names<T: ValueEnum>() -> Vec<String> {
    T::value_variants()
        .iter()
        .filter_map(|v| Some(v.to_possible_value()?.get_name().to_string()))
        .collect()
}

/// `text` read by atoi, in clap's spelling, when `fits` holds for the
/// number; else tcpdump's refusal.
fn atoi_where(
    text: &str,
    fits: impl Fn(i64) -> bool,
    refusal: impl Fn() -> String,
) -> Result<String, UsageError> {
    match atoi(text) {
        n if fits(n) => Ok(n.to_string()),
        _ => Err(UsageError(refusal())),
    }
}

/// C's atoi as glibc has it: (int) strtol(s, NULL, 10), garbage after the
/// digits ignored, no digits at all 0.
pub fn atoi(s: &str) -> i64 {
    match strtol(s, 10) {
        // The conversion to int keeps the low 32 bits.
        Some((n, _)) => i64::from(n as i32),
        None => 0,
    }
}

/// C's strtol: leading white space, a sign, then digits in `base` (0: a
/// 0x prefix is hex, a leading 0 octal); saturates on overflow. None when
/// there are no digits; else the number and what follows the digits.
pub fn strtol(s: &str, base: u32) -> Option<(i64, &str)> {
    let t = s.trim_start_matches([' ', '\t', '\n', '\x0b', '\x0c', '\r']);
    let (negative, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let hex_digit_follows = |r: &str| r.as_bytes().get(2).is_some_and(u8::is_ascii_hexdigit);
    let has_hex_prefix = (t.starts_with("0x") || t.starts_with("0X")) && hex_digit_follows(t);
    let (base, digits) = match base {
        0 if has_hex_prefix => (16, &t[2..]),
        0 if t.starts_with('0') => (8, t),
        0 => (10, t),
        16 if has_hex_prefix => (16, &t[2..]),
        b => (b, t),
    };
    let end = digits
        .char_indices()
        .find(|(_, c)| !c.is_digit(base))
        .map_or(digits.len(), |(i, _)| i);
    if end == 0 {
        return None;
    }
    let magnitude = i128::from_str_radix(&digits[..end], base).unwrap_or(i128::MAX);
    let signed = if negative { -magnitude } else { magnitude };
    let n = signed.clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64;
    Some((n, &digits[end..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn canon(id: &str, v: &str) -> Result<Option<String>, UsageError> {
        canonical(id, OsStr::new(v))
    }

    #[test]
    fn c_numbers() {
        assert_eq!(atoi("12abc"), 12);
        assert_eq!(atoi("  -3"), -3);
        assert_eq!(atoi("abc"), 0);
        assert_eq!(atoi("99999999999"), i64::from(99_999_999_999_i64 as i32));
        assert_eq!(strtol("0x1f", 0), Some((31, "")));
        assert_eq!(strtol("010", 0), Some((8, "")));
        assert_eq!(strtol("0", 0), Some((0, "")));
        assert_eq!(strtol("0x", 0), Some((0, "x")));
        assert_eq!(strtol("12k", 10), Some((12, "k")));
        assert_eq!(strtol("", 10), None);
    }

    #[test]
    fn values_as_tcpdump_reads_them() {
        assert_eq!(canon("count", "1abc").unwrap().as_deref(), Some("1"));
        assert!(
            canon("count", "0")
                .unwrap_err()
                .0
                .contains("invalid packet count 0")
        );
        assert!(canon("count", "abc").unwrap_err().0.contains("abc"));
        assert_eq!(canon("snaplen", "0x20").unwrap().as_deref(), Some("32"));
        assert!(canon("snaplen", "96k").is_err());
        assert!(canon("snaplen", "262145").is_err());
        assert!(canon("file_size", "50k").unwrap_err().0.contains("50k"));
        assert_eq!(canon("rotate_seconds", "0").unwrap().as_deref(), Some("0"));
        assert!(canon("rotate_seconds", "-1").is_err());
        assert_eq!(canon("direction", "IN").unwrap().as_deref(), Some("in"));
        assert!(canon("direction", "foo").unwrap_err().0.contains("`foo'"));
        assert_eq!(
            canon("packet_type", "VXLAN").unwrap().as_deref(),
            Some("vxlan")
        );
        assert!(canon("packet_type", "http").is_err());
        assert_eq!(
            canon("tstamp_type", "Adapter").unwrap().as_deref(),
            Some("adapter")
        );
        assert_eq!(canon("linktype", "raw").unwrap().as_deref(), Some("RAW"));
        assert!(canon("linktype", "FOO").unwrap_err().0.contains("FOO"));
        assert_eq!(
            canon("precision", "nanox").unwrap().as_deref(),
            Some("nano")
        );
        assert!(canon("precision", "milli").is_err());
        assert_eq!(canon("read", "-").unwrap(), None);
        assert!(canon("buffer_kib", "0").is_err());
    }
}
