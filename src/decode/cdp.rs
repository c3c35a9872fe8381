//! Cisco Discovery Protocol (print-cdp.c): the header, the device ID
//! without -v, and every TLV with it, from a table of names, printers and
//! allowed lengths.

use super::ctx::tcheck;
use super::out::Emit;
use super::{Ctx, Res, be16, be32, bytes, hexdump, print_char, u8at};

const HEADER_LEN: usize = 4;
const TLV_HEADER_LEN: usize = 4;
const DEVICE_ID: u16 = 0x01;

/// How a TLV's value is printed.
#[derive(Clone, Copy)]
enum Value {
    /// Quoted characters.
    Text,
    Addresses,
    Capabilities,
    /// Lines of text, each indented.
    Version,
    Prefixes,
    U16,
    Duplex,
    Ata186,
    Power,
    Mtu,
    Hex8,
    Location,
}

/// A TLV tcpdump knows: its name, printer (none: the value is skipped)
/// and allowed value lengths (0: no bound).
struct Tlv {
    name: Option<&'static str>,
    value: Option<Value>,
    min: usize,
    max: usize,
}

const fn tlv(name: &'static str, value: Option<Value>, min: usize, max: usize) -> Tlv {
    Tlv {
        name: Some(name),
        value,
        min,
        max,
    }
}

/// Types 0x00, 0x0c and 0x0d have a slot but no name or printer.
const UNNAMED: Tlv = Tlv {
    name: None,
    value: None,
    min: 0,
    max: 0,
};

/// cdptlvs, indexed by type (0x00 to 0x17).
const TLVS: [Tlv; 0x18] = [
    UNNAMED,
    tlv("Device-ID", Some(Value::Text), 0, 0),
    tlv("Address", Some(Value::Addresses), 0, 0),
    tlv("Port-ID", Some(Value::Text), 0, 0),
    tlv("Capability", Some(Value::Capabilities), 4, 4),
    tlv("Version String", Some(Value::Version), 0, 0),
    tlv("Platform", Some(Value::Text), 0, 0),
    tlv("Prefixes", Some(Value::Prefixes), 0, 0),
    tlv("Protocol-Hello option", None, 0, 0),
    tlv("VTP Management Domain", Some(Value::Text), 0, 0),
    tlv("Native VLAN ID", Some(Value::U16), 2, 2),
    tlv("Duplex", Some(Value::Duplex), 1, 1),
    UNNAMED,
    UNNAMED,
    tlv("ATA-186 VoIP VLAN assignment", Some(Value::Ata186), 3, 3),
    tlv("ATA-186 VoIP VLAN request", Some(Value::Ata186), 2, 3),
    tlv("power consumption", Some(Value::Power), 1, 3),
    tlv("MTU", Some(Value::Mtu), 4, 4),
    tlv("AVVID trust bitmap", Some(Value::Hex8), 1, 1),
    tlv("AVVID untrusted ports CoS", Some(Value::Hex8), 1, 1),
    tlv("System Name", Some(Value::Text), 0, 0),
    tlv("System Object ID (not decoded)", None, 0, 0),
    tlv("Management Addresses", Some(Value::Addresses), 4, 0),
    tlv("Physical Location", Some(Value::Location), 1, 0),
];

const CAPABILITIES: &[(u32, &str)] = &[
    (0x01, "Router"),
    (0x02, "Transparent Bridge"),
    (0x04, "Source Route Bridge"),
    (0x08, "L2 Switch"),
    (0x10, "L3 capable"),
    (0x20, "IGMP snooping"),
    (0x40, "L1 capable"),
];

/// "\n\tNAME (0xTT), WHAT length: N byte(s)": a TLV's head at -v.
fn tlv_head(c: &mut Ctx, name: &str, ty: u16, what: &str, len: usize) {
    c.s("\n\t");
    c.s(name);
    c.s(" (0x");
    c.out.hex0(ty.into(), 2);
    c.s("), ");
    c.s(what);
    c.s_dec(" length: ", len as u64);
    c.s(if len == 1 { " byte" } else { " bytes" });
}

/// "BEFORE N AFTER (invalid)": a length that cannot be right.
/// cdp_print.
pub(crate) fn cdp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "cdp";
    if length < HEADER_LEN {
        c.invalid_length([" (packet length ", " < ", ")"], length, HEADER_LEN);
        return tcheck(b, 0, length);
    }
    let version = u8at(b, 0)?;
    let ttl = u8at(b, 1)?;
    c.dec_fields(&[("CDPv", version.into()), (", ttl: ", ttl.into())]);
    c.s("s");
    let checksum = be16(b, 2)?;
    let verbose = c.o.verbose > 0;
    if verbose {
        c.s(", checksum: 0x");
        c.out.hex0(checksum.into(), 4);
        c.s_dec(" (unverified), length ", length as u64);
    }
    let mut at = HEADER_LEN;
    let mut left = length - HEADER_LEN;
    while left > 0 {
        if left < TLV_HEADER_LEN {
            c.invalid_length(
                [" (remaining packet length ", " < ", ")"],
                left,
                TLV_HEADER_LEN,
            );
            return tcheck(b, at, left);
        }
        let ty = be16(b, at)?;
        let len = usize::from(be16(b, at + 2)?);
        let info = TLVS.get(usize::from(ty));
        let name = info.and_then(|i| i.name).unwrap_or("unknown field type");
        if len < TLV_HEADER_LEN {
            if verbose {
                tlv_head(c, name, ty, "TLV", len);
                c.s(" (too short)");
            } else {
                c.s(", ");
                c.s(name);
                c.s_dec(" TLV length ", len as u64);
                c.s(" too short");
            }
            c.invalid();
            return tcheck(b, at, left);
        }
        if len > left {
            c.invalid_length([" (TLV length ", " > ", ")"], len, left);
            return tcheck(b, at, left);
        }
        at += TLV_HEADER_LEN;
        left -= TLV_HEADER_LEN;
        let len = len - TLV_HEADER_LEN;
        if !verbose && ty == DEVICE_ID {
            c.s(", Device-ID ");
        } else if verbose {
            tlv_head(c, name, ty, "value", len);
            c.s(": ");
        }
        let mut covered = false;
        if let Some(info) = info {
            if (info.min > 0 && len < info.min) || (info.max > 0 && len > info.max) {
                c.s(" (malformed TLV)");
            } else if verbose || ty == DEVICE_ID {
                match info.value {
                    Some(v) => value(c, b, at, len, v)?,
                    None => tcheck(b, at, len)?,
                }
                // A type known without a printer gets no hex dump.
                covered = true;
            }
        }
        if !covered {
            tcheck(b, at, len)?;
            hexdump::hex(c.out, "\n\t  ", &b[at..at + len]);
        }
        at += len;
        left -= len;
    }
    if !verbose {
        c.s_dec(", length ", length as u64);
    }
    Ok(())
}

/// nd_printn: `len` characters from `at`, NULs included.
fn chars(c: &mut Ctx, b: &[u8], at: usize, len: usize) -> Res {
    for i in 0..len {
        print_char(c, u8at(b, at + i)?);
    }
    Ok(())
}

/// One TLV value of `len` bytes at `at`.
fn value(c: &mut Ctx, b: &[u8], at: usize, len: usize, v: Value) -> Res {
    match v {
        Value::Text => {
            c.s("'");
            chars(c, b, at, len)?;
            c.s("'");
        }
        Value::Addresses => addresses(c, b, at, len)?,
        Value::Capabilities => {
            let caps = be32(b, at)?;
            c.s("(0x");
            c.out.hex0(caps.into(), 8);
            c.s("): ");
            c.flag_names(caps, CAPABILITIES);
        }
        Value::Version => {
            c.s("\n\t  ");
            for i in 0..len {
                let ch = u8at(b, at + i)?;
                if ch == b'\n' {
                    c.s("\n\t  ");
                } else {
                    print_char(c, ch);
                }
            }
        }
        Value::Prefixes => {
            if len % 5 != 0 {
                c.s_dec(" [length ", len as u64);
                c.s(" is not a multiple of 5]");
                return tcheck(b, at, len);
            }
            c.s_dec(" IPv4 Prefixes (", len as u64 / 5);
            c.s("):");
            for p in (at..at + len).step_by(5) {
                let prefix = bytes(b, p, 5)?;
                c.s(" ");
                c.out.ip4(&prefix[..4]);
                c.s_dec("/", prefix[4]);
            }
        }
        Value::U16 => c.dec(be16(b, at)?),
        Value::Duplex => c.s(if u8at(b, at)? != 0 { "full" } else { "half" }),
        Value::Ata186 => {
            if len == 2 {
                let v = be16(b, at)?;
                c.s("unknown 0x");
                c.out.hex0(v.into(), 4);
            } else {
                let (app, vlan) = (u8at(b, at)?, be16(b, at + 1)?);
                c.s_dec("app ", app);
                c.s_dec(", vlan ", vlan);
            }
        }
        Value::Power => {
            let milliwatts = bytes(b, at, len)?
                .iter()
                .fold(0u32, |acc, &byte| acc << 8 | u32::from(byte));
            c.s(&format!("{:.2}W", f64::from(milliwatts) / 1000.0));
        }
        Value::Mtu => {
            let mtu = be32(b, at)?;
            c.dec(mtu);
            c.s(" bytes");
        }
        Value::Hex8 | Value::Location => {
            let first = u8at(b, at)?;
            c.s("0x");
            c.out.hex0(first.into(), 2);
            if matches!(v, Value::Location) && len > 1 {
                c.s("/");
                chars(c, b, at + 1, len - 1)?;
            }
        }
    }
    Ok(())
}

/// The LLC/SNAP header that names IPv6 as an address's protocol.
const PROTOCOL_IPV6: [u8; 8] = [0xaa, 0xaa, 0x03, 0x00, 0x00, 0x00, 0x86, 0xdd];
const NLPID_IP: u8 = 0xcc;

/// cdp_print_addr: a count, then (protocol type, protocol, address)
/// triples; IPv4 and IPv6 by name, others as hex.
fn addresses(c: &mut Ctx, b: &[u8], at: usize, len: usize) -> Res {
    if len < 4 {
        c.s(" (not enough space for num)");
        return tcheck(b, at, len);
    }
    let mut num = be32(b, at)?;
    let mut p = at + 4;
    let mut l = len - 4;
    while num > 0 {
        if l < 2 {
            c.s(" (not enough space for PT+PL)");
            return tcheck(b, p, l);
        }
        let pt = u8at(b, p)?;
        let pl = usize::from(u8at(b, p + 1)?);
        p += 2;
        l -= 2;
        if l < pl + 2 {
            c.s(" (not enough space for P+AL)");
            return tcheck(b, p, l);
        }
        let al = usize::from(be16(b, p + pl)?);
        let ipv4 = pt == 1 && pl == 1 && u8at(b, p)? == NLPID_IP && al == 4;
        let ipv6 = pt == 2 && pl == 8 && b.get(p..p + 8) == Some(&PROTOCOL_IPV6[..]) && al == 16;
        let named = ipv4 || ipv6;
        if !named {
            // Unknown protocols show their fields as they stand, the
            // address length before the check that the address fits.
            c.s("pt=0x");
            c.out.hex0(pt.into(), 2);
            c.s_dec(", pl=", pl as u64);
            c.s(", pb=");
            hex_bytes(c, b, p, pl)?;
            c.s_dec(", al=", al as u64);
            c.s(", a=");
        }
        p += pl + 2;
        l -= pl + 2;
        if l < al {
            c.s(" (not enough space for A)");
            return tcheck(b, p, l);
        }
        if named {
            let a = bytes(b, p, al)?;
            c.s(if ipv4 { "IPv4 (" } else { "IPv6 (" });
            c.dec(num);
            c.s(") ");
            if ipv4 { c.ip4(a) } else { c.ip6(a) }
        } else {
            hex_bytes(c, b, p, al)?;
        }
        p += al;
        l -= al;
        num -= 1;
        if num > 0 {
            c.s(" ");
        }
    }
    if l > 0 {
        c.s_dec(" (", l as u64);
        c.s(" bytes of stray data)");
    }
    Ok(())
}

/// " %02x" for each of `n` bytes from `at`.
fn hex_bytes(c: &mut Ctx, b: &[u8], at: usize, n: usize) -> Res {
    for i in 0..n {
        let byte = u8at(b, at + i)?;
        c.s(" ");
        c.out.hex0(byte.into(), 2);
    }
    Ok(())
}
