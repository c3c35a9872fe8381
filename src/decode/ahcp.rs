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
        c.s_dec(" Version ", version);
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
            c.s_dec(", MBZ ", mbz);
        }
        c.s_dec(", Length ", body_len as u64);
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
                c.s_dec("Unknown-", number);
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
            c.s_dec(" (Length ", len as u64);
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
            c.s_dec(": ", secs);
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
                    c.s_dec("/", a[item - 1]);
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
