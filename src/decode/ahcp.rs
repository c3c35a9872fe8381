//! AHCP, the Ad-Hoc Configuration Protocol (print-ahcp.c): the version,
//! with -v the header and message type, with -vv each option.

use super::ctx::{Ctx, Res, be16, be32, bytes, tcheck, u8at};
use super::out::Emit;
use super::time::date_time;

const MAGIC: u8 = 43;
const VERSION_1: u8 = 1;
/// The version 1 header: magic, version, hop counts, nonce, two ids.
const HEADER_LEN: usize = 24;
/// Type, MBZ and the body's length.
const BODY_MIN_LEN: usize = 4;

const MESSAGES: &[(u32, &str)] = &[
    (0, "Discover"),
    (1, "Offer"),
    (2, "Request"),
    (3, "Ack"),
    (4, "Nack"),
    (5, "Release"),
];

/// How an option's value is printed.
#[derive(Clone, Copy)]
enum Value {
    /// Nothing: the option has no length byte (Pad, Mandatory).
    Bare,
    /// " (Length N)".
    Length,
    /// A UTC date.
    Time,
    Seconds,
    /// A list of addresses (IPv6 or not).
    Addrs(bool),
    /// A list of prefixes: an address and a length byte (IPv6 or not).
    Prefixes(bool),
}

/// Option names and printers, by number (ahcp1_opt_str and
/// data_decoders); IPv4 Prefix has a name but no printer in tcpdump.
const OPTIONS: [(&str, Value); 14] = [
    ("Pad", Value::Bare),
    ("Mandatory", Value::Bare),
    ("Origin Time", Value::Time),
    ("Expires", Value::Seconds),
    ("My-IPv6-Address", Value::Addrs(true)),
    ("My-IPv4-Address", Value::Addrs(false)),
    ("IPv6 Prefix", Value::Prefixes(true)),
    ("IPv4 Prefix", Value::Length),
    ("IPv6 Address", Value::Addrs(true)),
    ("IPv4 Address", Value::Addrs(false)),
    ("IPv6 Prefix Delegation", Value::Prefixes(true)),
    ("IPv4 Prefix Delegation", Value::Prefixes(false)),
    ("Name Server", Value::Addrs(true)),
    ("NTP Server", Value::Addrs(true)),
];

/// How a header field is printed.
#[derive(Clone, Copy)]
enum Field {
    Dec8,
    Hex32,
    /// An 8-byte id, as colon-separated hex octets.
    Id,
}

/// The version 1 header after magic and version, as -v prints it: the
/// offset of each field, its label and how it is printed.
const HEADER_FIELDS: &[(usize, &str, Field)] = &[
    (2, "\n\tHopcount ", Field::Dec8),
    (3, ", Original Hopcount ", Field::Dec8),
    (4, ", Nonce 0x", Field::Hex32),
    (8, ", Source Id ", Field::Id),
    (16, ", Destination Id ", Field::Id),
];

/// ahcp_print. `b` is the payload from the magic byte, `len` its length.
pub(crate) fn ahcp(c: &mut Ctx, b: &[u8], len: usize) -> Res {
    c.proto = "ahcp";
    c.s("AHCP");
    if len < 2 || u8at(b, 0)? != MAGIC {
        return invalid(c, b, 0, len);
    }
    let version = u8at(b, 1)?;
    let len = len - 2;
    if version != VERSION_1 {
        c.s(" Version ");
        c.dec(version);
        c.s(" (unknown)");
        return tcheck(b, 2, len);
    }
    c.s(" Version 1");
    if len < HEADER_LEN - 2 {
        return invalid(c, b, 2, len);
    }
    if c.o.verbose == 0 {
        tcheck(b, 2, HEADER_LEN - 2)?;
    } else {
        for &(at, label, field) in HEADER_FIELDS {
            header_field(c, b, at, label, field)?;
        }
    }
    body(c, b, HEADER_LEN, len - (HEADER_LEN - 2))
}

/// One header field at `at`; it is read before its label is printed, as
/// ND_PRINT's arguments are evaluated first.
fn header_field(c: &mut Ctx, b: &[u8], at: usize, label: &str, field: Field) -> Res {
    let len = match field {
        Field::Dec8 => 1,
        Field::Hex32 => 4,
        Field::Id => 8,
    };
    let v = bytes(b, at, len)?;
    c.s(label);
    match field {
        Field::Dec8 => c.dec(v[0]),
        Field::Hex32 => c.out.hex0(be32(v, 0)?.into(), 8),
        Field::Id => c.out.mac(v),
    }
    Ok(())
}

/// " (invalid)", then the `len` bytes from `at` must have been captured.
fn invalid(c: &mut Ctx, b: &[u8], at: usize, len: usize) -> Res {
    c.invalid();
    tcheck(b, at, len)
}

/// ahcp1_body_print: the message type and length, with -vv its options.
fn body(c: &mut Ctx, b: &[u8], at: usize, len: usize) -> Res {
    if len < BODY_MIN_LEN {
        return invalid(c, b, at, len);
    }
    let (typ, mbz, body_len) = (
        u8at(b, at)?,
        u8at(b, at + 1)?,
        usize::from(be16(b, at + 2)?),
    );
    let (at, len) = (at + 4, len - 4);
    if c.o.verbose > 0 {
        c.s("\n\t");
        c.tok_or(MESSAGES, typ.into(), "Unknown-", "");
        if mbz != 0 {
            c.s(", MBZ ");
            c.dec(mbz);
        }
        c.s(", Length ");
        c.dec(body_len as u64);
    }
    if body_len > len {
        return invalid(c, b, at, len);
    }
    // The body's own length, not what the datagram holds past it.
    if c.o.verbose >= 2 {
        options(c, b, at, body_len)
    } else {
        tcheck(b, at, body_len)
    }
}

/// ahcp1_options_print: `len` bytes of options from `at`.
fn options(c: &mut Ctx, b: &[u8], mut at: usize, mut len: usize) -> Res {
    while len > 0 {
        let number = u8at(b, at)?;
        at += 1;
        len -= 1;
        c.s("\n\t ");
        let value = match OPTIONS.get(usize::from(number)) {
            Some(&(name, value)) => {
                c.s(name);
                value
            }
            None => {
                c.s("Unknown-");
                c.dec(number);
                Value::Length
            }
        };
        if matches!(value, Value::Bare) {
            continue;
        }
        if len == 0 {
            return invalid(c, b, at, len);
        }
        let opt_len = usize::from(u8at(b, at)?);
        at += 1;
        len -= 1;
        if opt_len > len {
            return invalid(c, b, at, len);
        }
        option_value(c, b, at, opt_len, value)?;
        at += opt_len;
        len -= opt_len;
    }
    Ok(())
}

/// An option's value of `len` bytes from `at`; a length its type cannot
/// hold is " (invalid)" and the value must still have been captured.
fn option_value(c: &mut Ctx, b: &[u8], at: usize, len: usize, value: Value) -> Res {
    match value {
        Value::Bare | Value::Length => {
            c.s(" (Length ");
            c.dec(len as u64);
            c.s(")");
            tcheck(b, at, len)
        }
        Value::Time | Value::Seconds if len != 4 => invalid(c, b, at, len),
        Value::Time => {
            utc(c, be32(b, at)?);
            Ok(())
        }
        Value::Seconds => {
            let secs = be32(b, at)?;
            c.s(": ");
            c.dec(secs);
            c.s("s");
            Ok(())
        }
        Value::Addrs(v6) | Value::Prefixes(v6) => {
            let prefix = matches!(value, Value::Prefixes(_));
            let item = if v6 { 16 } else { 4 } + usize::from(prefix);
            let (mut at, mut left) = (at, len);
            let mut sep = ": ";
            while left > 0 {
                if left < item {
                    return invalid(c, b, at, left);
                }
                let a = bytes(b, at, item)?;
                c.s(sep);
                if v6 {
                    c.ip6(&a[..16]);
                } else {
                    c.ip4(&a[..4]);
                }
                if prefix {
                    c.s("/");
                    c.dec(a[item - 1]);
                }
                at += item;
                left -= item;
                sep = ", ";
            }
            Ok(())
        }
    }
}

/// ": YYYY-MM-DD HH:MM:SS UTC", as gmtime and strftime print it.
fn utc(c: &mut Ctx, t: u32) {
    c.s(": ");
    date_time(c.out, i64::from(t), b'-', b' ');
    c.s(" UTC");
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden_levels, never_panics, numeric};
    use crate::link::LinkType;

    /// An Offer with every option type, an unknown option and padding.
    const OFFER: &str = "33330001000602000000000186dd6000000000d41101fe800000000000000000000000000001ff02000000000000000000000001000614ef14ef00d42c752b010203deadbeef0102030405060708ffffffffffffffff010000b00204527f3cee01030400000258041020010db800000000000000000000000105080a0000500a000051061120010db80000000000000000000000014007050a01000010082020010db800000000000000000000000120010db80000000000000000000000010904c00002010a2220010db80000000000000000000000013020010db8000000000000000000000001380b050a020000180c1020010db80000000000000000000000010d00630378797a00";
    /// An unknown message type with a non-zero MBZ and options of bad lengths.
    const UNKNOWN_TYPE: &str = "33330001000602000000000186dd60000000004e1101fe800000000000000000000000000001ff02000000000000000000000001000614ef14ef004e0b062b010203deadbeef0102030405060708ffffffffffffffff0705002602030000000301010906000000000000061400000000000000000000000000000000000000006a756e6b";
    /// An Ack whose Name Server fits and whose Origin Time does not.
    const ACK: &str = "33330001000602000000000186dd6000000000371101fe800000000000000000000000000001ff02000000000000000000000001000614ef14ef0037ec3d2b010203deadbeef0102030405060708ffffffffffffffff030000130c100000000000000000000000000000000002";

    /// Every option type, unknown and bad lengths, short headers and bodies, at each -v level (expected text from tcpdump 4.99.3 on the same frames)
    #[test]
    fn messages() {
        let at_v = [
            "IP6 (hlim 1, next-header UDP (17) payload length: 212) fe80::1.5359 > ff02::1:6.5359: [udp sum ok] AHCP Version 1\n\tHopcount 2, Original Hopcount 3, Nonce 0xdeadbeef, Source Id 01:02:03:04:05:06:07:08, Destination Id ff:ff:ff:ff:ff:ff:ff:ff\n\tOffer, Length 176",
            "IP6 (hlim 1, next-header UDP (17) payload length: 78) fe80::1.5359 > ff02::1:6.5359: [udp sum ok] AHCP Version 1\n\tHopcount 2, Original Hopcount 3, Nonce 0xdeadbeef, Source Id 01:02:03:04:05:06:07:08, Destination Id ff:ff:ff:ff:ff:ff:ff:ff\n\tUnknown-7, MBZ 5, Length 38",
            "IP6 (hlim 1, next-header UDP (17) payload length: 55) fe80::1.5359 > ff02::1:6.5359: [udp sum ok] AHCP Version 1\n\tHopcount 2, Original Hopcount 3, Nonce 0xdeadbeef, Source Id 01:02:03:04:05:06:07:08, Destination Id ff:ff:ff:ff:ff:ff:ff:ff\n\tAck, Length 19",
            "IP6 (hlim 1, next-header UDP (17) payload length: 54) fe80::1.5359 > ff02::1:6.5359: [udp sum ok] AHCP Version 1\n\tHopcount 2, Original Hopcount 3, Nonce 0xdeadbeef, Source Id 01:02:03:04:05:06:07:08, Destination Id ff:ff:ff:ff:ff:ff:ff:ff\n\tNack, Length 40 (invalid)",
            "IP6 (hlim 1, next-header UDP (17) payload length: 36) fe80::1.5359 > ff02::1:6.5359: [udp sum ok] AHCP Version 1\n\tHopcount 2, Original Hopcount 3, Nonce 0xdeadbeef, Source Id 01:02:03:04:05:06:07:08, Destination Id ff:ff:ff:ff:ff:ff:ff:ff\n\tRelease, Length 0",
            "IP6 (hlim 1, next-header UDP (17) payload length: 30) fe80::1.5359 > ff02::1:6.5359: [udp sum ok] AHCP Version 1 (invalid)",
            "IP6 (hlim 1, next-header UDP (17) payload length: 34) fe80::1.5359 > ff02::1:6.5359: [udp sum ok] AHCP Version 1\n\tHopcount 0, Original Hopcount 0, Nonce 0x00000000, Source Id 00:00:00:00:00:00:00:00, Destination Id 00:00:00:00:00:00:00:00 (invalid)",
            "IP6 (hlim 1, next-header UDP (17) payload length: 13) fe80::1.5359 > ff02::1:6.5359: [udp sum ok] AHCP Version 2 (unknown)",
            "IP6 (hlim 1, next-header UDP (17) payload length: 13) fe80::1.5359 > ff02::1:6.5359: [udp sum ok] AHCP (invalid)",
            "IP6 (hlim 1, next-header UDP (17) payload length: 9) fe80::1.5359 > ff02::1:6.5359: [udp sum ok] AHCP (invalid)",
        ];
        // -vv prints the options of the first messages under what -v
        // prints; the others print the same at both levels.
        let vv_options = [
            "\n\t Origin Time: 2013-11-10 07:59:42 UTC\n\t Mandatory\n\t Expires: 600s\n\t My-IPv6-Address: 2001:db8::1\n\t My-IPv4-Address: 10.0.0.80, 10.0.0.81\n\t IPv6 Prefix: 2001:db8::1/64\n\t IPv4 Prefix (Length 5)\n\t IPv6 Address: 2001:db8::1, 2001:db8::1\n\t IPv4 Address: 192.0.2.1\n\t IPv6 Prefix Delegation: 2001:db8::1/48, 2001:db8::1/56\n\t IPv4 Prefix Delegation: 10.2.0.0/24\n\t Name Server: 2001:db8::1\n\t NTP Server\n\t Unknown-99 (Length 3)\n\t Pad",
            "\n\t Origin Time (invalid)\n\t Expires (invalid)\n\t IPv4 Address: 0.0.0.0 (invalid)\n\t IPv6 Prefix: ::/0 (invalid)",
            "\n\t Name Server: ::\n\t Origin Time (invalid)",
        ];
        let at_vv: Vec<String> = at_v
            .iter()
            .enumerate()
            .map(|(i, text)| format!("{text}{}", vv_options.get(i).unwrap_or(&"")))
            .collect();
        let at_vv: Vec<&str> = at_vv.iter().map(String::as_str).collect();
        golden_levels(
            LinkType::Ethernet,
            &[
                (OFFER, 0),
                (UNKNOWN_TYPE, 0),
                (ACK, 0),
                (
                    "33330001000602000000000186dd6000000000361101fe800000000000000000000000000001ff02000000000000000000000001000614ef14ef0036ec2a2b010203deadbeef0102030405060708ffffffffffffffff040000280d1000000000000000000000000000000000",
                    0,
                ),
                (
                    "33330001000602000000000186dd6000000000241101fe800000000000000000000000000001ff02000000000000000000000001000614ef14ef0024f8862b010203deadbeef0102030405060708ffffffffffffffff05000000",
                    0,
                ),
                (
                    "33330001000602000000000186dd60000000001e1101fe800000000000000000000000000001ff02000000000000000000000001000614ef14ef001ead472b010000000000000000000000000000000000000000",
                    0,
                ),
                (
                    "33330001000602000000000186dd6000000000221101fe800000000000000000000000000001ff02000000000000000000000001000614ef14ef0022ad3f2b01000000000000000000000000000000000000000000000000",
                    0,
                ),
                (
                    "33330001000602000000000186dd60000000000d1101fe800000000000000000000000000001ff02000000000000000000000001000614ef14ef000da9662b02010203",
                    0,
                ),
                (
                    "33330001000602000000000186dd60000000000d1101fe800000000000000000000000000001ff02000000000000000000000001000614ef14ef000daa672a01010203",
                    0,
                ),
                (
                    "33330001000602000000000186dd6000000000091101fe800000000000000000000000000001ff02000000000000000000000001000614ef14ef0009ad722b",
                    0,
                ),
            ],
            &[
                (
                    numeric(0),
                    &[
                        "IP6 fe80::1.5359 > ff02::1:6.5359: AHCP Version 1",
                        "IP6 fe80::1.5359 > ff02::1:6.5359: AHCP Version 1",
                        "IP6 fe80::1.5359 > ff02::1:6.5359: AHCP Version 1",
                        "IP6 fe80::1.5359 > ff02::1:6.5359: AHCP Version 1 (invalid)",
                        "IP6 fe80::1.5359 > ff02::1:6.5359: AHCP Version 1",
                        "IP6 fe80::1.5359 > ff02::1:6.5359: AHCP Version 1 (invalid)",
                        "IP6 fe80::1.5359 > ff02::1:6.5359: AHCP Version 1 (invalid)",
                        "IP6 fe80::1.5359 > ff02::1:6.5359: AHCP Version 2 (unknown)",
                        "IP6 fe80::1.5359 > ff02::1:6.5359: AHCP (invalid)",
                        "IP6 fe80::1.5359 > ff02::1:6.5359: AHCP (invalid)",
                    ],
                ),
                (numeric(1), &at_v[..]),
                (numeric(2), &at_vv[..]),
            ],
        );
    }

    /// Copies cut in the header, the body and the options (expected text from tcpdump 4.99.3 on the same frames)
    #[test]
    fn truncated() {
        golden_levels(
            LinkType::Ethernet,
            &[
                (OFFER, 63),
                (OFFER, 64),
                (OFFER, 75),
                (OFFER, 80),
                (OFFER, 95),
                (OFFER, 100),
                (OFFER, 120),
                (OFFER, 180),
            ],
            &[
                (
                    numeric(0),
                    &[
                        "IP6 fe80::1.5359 > ff02::1:6.5359: AHCP [|ahcp]",
                        "IP6 fe80::1.5359 > ff02::1:6.5359: AHCP Version 1 [|ahcp]",
                        "IP6 fe80::1.5359 > ff02::1:6.5359: AHCP Version 1 [|ahcp]",
                        "IP6 fe80::1.5359 > ff02::1:6.5359: AHCP Version 1 [|ahcp]",
                        "IP6 fe80::1.5359 > ff02::1:6.5359: AHCP Version 1 [|ahcp]",
                        "IP6 fe80::1.5359 > ff02::1:6.5359: AHCP Version 1 [|ahcp]",
                        "IP6 fe80::1.5359 > ff02::1:6.5359: AHCP Version 1 [|ahcp]",
                        "IP6 fe80::1.5359 > ff02::1:6.5359: AHCP Version 1 [|ahcp]",
                    ],
                ),
                (
                    numeric(1),
                    &[
                        "IP6 (hlim 1, next-header UDP (17) payload length: 212) fe80::1.5359 > ff02::1:6.5359: AHCP [|ahcp]",
                        "IP6 (hlim 1, next-header UDP (17) payload length: 212) fe80::1.5359 > ff02::1:6.5359: AHCP Version 1 [|ahcp]",
                        "IP6 (hlim 1, next-header UDP (17) payload length: 212) fe80::1.5359 > ff02::1:6.5359: AHCP Version 1\n\tHopcount 2, Original Hopcount 3, Nonce 0xdeadbeef [|ahcp]",
                        "IP6 (hlim 1, next-header UDP (17) payload length: 212) fe80::1.5359 > ff02::1:6.5359: AHCP Version 1\n\tHopcount 2, Original Hopcount 3, Nonce 0xdeadbeef, Source Id 01:02:03:04:05:06:07:08 [|ahcp]",
                        "IP6 (hlim 1, next-header UDP (17) payload length: 212) fe80::1.5359 > ff02::1:6.5359: AHCP Version 1\n\tHopcount 2, Original Hopcount 3, Nonce 0xdeadbeef, Source Id 01:02:03:04:05:06:07:08, Destination Id ff:ff:ff:ff:ff:ff:ff:ff\n\tOffer, Length 176 [|ahcp]",
                        "IP6 (hlim 1, next-header UDP (17) payload length: 212) fe80::1.5359 > ff02::1:6.5359: AHCP Version 1\n\tHopcount 2, Original Hopcount 3, Nonce 0xdeadbeef, Source Id 01:02:03:04:05:06:07:08, Destination Id ff:ff:ff:ff:ff:ff:ff:ff\n\tOffer, Length 176 [|ahcp]",
                        "IP6 (hlim 1, next-header UDP (17) payload length: 212) fe80::1.5359 > ff02::1:6.5359: AHCP Version 1\n\tHopcount 2, Original Hopcount 3, Nonce 0xdeadbeef, Source Id 01:02:03:04:05:06:07:08, Destination Id ff:ff:ff:ff:ff:ff:ff:ff\n\tOffer, Length 176 [|ahcp]",
                        "IP6 (hlim 1, next-header UDP (17) payload length: 212) fe80::1.5359 > ff02::1:6.5359: AHCP Version 1\n\tHopcount 2, Original Hopcount 3, Nonce 0xdeadbeef, Source Id 01:02:03:04:05:06:07:08, Destination Id ff:ff:ff:ff:ff:ff:ff:ff\n\tOffer, Length 176 [|ahcp]",
                    ],
                ),
                (
                    numeric(2),
                    &[
                        "IP6 (hlim 1, next-header UDP (17) payload length: 212) fe80::1.5359 > ff02::1:6.5359: AHCP [|ahcp]",
                        "IP6 (hlim 1, next-header UDP (17) payload length: 212) fe80::1.5359 > ff02::1:6.5359: AHCP Version 1 [|ahcp]",
                        "IP6 (hlim 1, next-header UDP (17) payload length: 212) fe80::1.5359 > ff02::1:6.5359: AHCP Version 1\n\tHopcount 2, Original Hopcount 3, Nonce 0xdeadbeef [|ahcp]",
                        "IP6 (hlim 1, next-header UDP (17) payload length: 212) fe80::1.5359 > ff02::1:6.5359: AHCP Version 1\n\tHopcount 2, Original Hopcount 3, Nonce 0xdeadbeef, Source Id 01:02:03:04:05:06:07:08 [|ahcp]",
                        "IP6 (hlim 1, next-header UDP (17) payload length: 212) fe80::1.5359 > ff02::1:6.5359: AHCP Version 1\n\tHopcount 2, Original Hopcount 3, Nonce 0xdeadbeef, Source Id 01:02:03:04:05:06:07:08, Destination Id ff:ff:ff:ff:ff:ff:ff:ff\n\tOffer, Length 176\n\t Origin Time [|ahcp]",
                        "IP6 (hlim 1, next-header UDP (17) payload length: 212) fe80::1.5359 > ff02::1:6.5359: AHCP Version 1\n\tHopcount 2, Original Hopcount 3, Nonce 0xdeadbeef, Source Id 01:02:03:04:05:06:07:08, Destination Id ff:ff:ff:ff:ff:ff:ff:ff\n\tOffer, Length 176\n\t Origin Time: 2013-11-10 07:59:42 UTC\n\t Mandatory\n\t Expires [|ahcp]",
                        "IP6 (hlim 1, next-header UDP (17) payload length: 212) fe80::1.5359 > ff02::1:6.5359: AHCP Version 1\n\tHopcount 2, Original Hopcount 3, Nonce 0xdeadbeef, Source Id 01:02:03:04:05:06:07:08, Destination Id ff:ff:ff:ff:ff:ff:ff:ff\n\tOffer, Length 176\n\t Origin Time: 2013-11-10 07:59:42 UTC\n\t Mandatory\n\t Expires: 600s\n\t My-IPv6-Address [|ahcp]",
                        "IP6 (hlim 1, next-header UDP (17) payload length: 212) fe80::1.5359 > ff02::1:6.5359: AHCP Version 1\n\tHopcount 2, Original Hopcount 3, Nonce 0xdeadbeef, Source Id 01:02:03:04:05:06:07:08, Destination Id ff:ff:ff:ff:ff:ff:ff:ff\n\tOffer, Length 176\n\t Origin Time: 2013-11-10 07:59:42 UTC\n\t Mandatory\n\t Expires: 600s\n\t My-IPv6-Address: 2001:db8::1\n\t My-IPv4-Address: 10.0.0.80, 10.0.0.81\n\t IPv6 Prefix: 2001:db8::1/64\n\t IPv4 Prefix (Length 5)\n\t IPv6 Address: 2001:db8::1 [|ahcp]",
                    ],
                ),
            ],
        );
    }

    /// No panic on every prefix and random changes of these AHCP frames.
    #[test]
    fn random_and_cut_copies_never_panic() {
        never_panics(LinkType::Ethernet, &[OFFER, UNKNOWN_TYPE, ACK]);
    }
}
