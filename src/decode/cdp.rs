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
    c.s(" length: ");
    c.dec(len as u64);
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
        c.s(" (unverified), length ");
        c.dec(length as u64);
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
                c.s(" TLV length ");
                c.dec(len as u64);
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
        c.s(", length ");
        c.dec(length as u64);
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
                c.s(" [length ");
                c.dec(len as u64);
                c.s(" is not a multiple of 5]");
                return tcheck(b, at, len);
            }
            c.s(" IPv4 Prefixes (");
            c.dec(len as u64 / 5);
            c.s("):");
            for p in (at..at + len).step_by(5) {
                let prefix = bytes(b, p, 5)?;
                c.s(" ");
                c.out.ip4(&prefix[..4]);
                c.s("/");
                c.dec(prefix[4]);
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
                c.s("app ");
                c.dec(app);
                c.s(", vlan ");
                c.dec(vlan);
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
            c.s(", pl=");
            c.dec(pl as u64);
            c.s(", pb=");
            hex_bytes(c, b, p, pl)?;
            c.s(", al=");
            c.dec(al as u64);
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
        c.s(" (");
        c.dec(l as u64);
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

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, golden_levels, numeric};
    use crate::link::LinkType;

    /// Every TLV type (names, addresses of each kind, prefixes, power, ATA-186, malformed lengths, unknown types), bad TLV and header lengths, short address lists (tcpdump 4.99.3 -n, -v).
    #[test]
    fn messages() {
        golden_levels(
            LinkType::Ethernet,
            &[
                (
                    "01000ccccccc02000000000100fbaaaa0300000c200002b412340001000853572d3100020038000000030101cc0004c00002010208aaaa0300000086dd0010000000000000000000000000000000010102818200030102037878000300094769302f3100040008000000290005000e494f530a6c696e65203200060009636973636f0007000e0a00000008c0a8000010000700076162630008000968656c6c6f00090004000a00060005000b000500000c00067a7a000e000701000a000f00062000001000063a980010000700000500110008000005dc0012000501001300050000140007737973001500060601001600080000000000170008016c6f63003000060102000a000501",
                    0,
                ),
                (
                    "01000ccccccc0200000000010015aaaa0300000c200002b40000000100056100030002",
                    0,
                ),
                (
                    "01000ccccccc0200000000010012aaaa0300000c2000010a0000000100146162",
                    0,
                ),
                ("01000ccccccc020000000001000daaaa0300000c2000010a000000", 0),
                ("01000ccccccc020000000001000aaaaa0300000c2000010a", 0),
                (
                    "01000ccccccc0200000000010032aaaa0300000c200002b4000000020006000000020009000000010100160017000000020101cc0004010203040101cc000401",
                    0,
                ),
                (
                    "01000ccccccc020000000001001faaaa0300000c200002b400000002000c000000010104000000060007006107",
                    0,
                ),
            ],
            &[
                (
                    numeric(0),
                    &[
                        "CDPv2, ttl: 180s, Device-ID 'SW-1'\n\t  0x0000:  0000 0003 0101 cc00 04c0 0002 0102 08aa\n\t  0x0010:  aa03 0000 0086 dd00 1000 0000 0000 0000\n\t  0x0020:  0000 0000 0000 0000 0101 0281 8200 0301\n\t  0x0030:  0203 7878\n\t  0x0000:  4769 302f 31\n\t  0x0000:  0000 0029\n\t  0x0000:  494f 530a 6c69 6e65 2032\n\t  0x0000:  6369 7363 6f\n\t  0x0000:  0a00 0000 08c0 a800 0010\n\t  0x0000:  6162 63\n\t  0x0000:  6865 6c6c 6f\n\t  0x0000:  0005\n\t  0x0000:  00\n\t  0x0000:  7a7a\n\t  0x0000:  0100 0a\n\t  0x0000:  2000\n\t  0x0000:  3a98\n\t  0x0000:  0000 05\n\t  0x0000:  0000 05dc\n\t  0x0000:  01\n\t  0x0000:  00\n\t  0x0000:  7379 73\n\t  0x0000:  0601\n\t  0x0000:  0000 0000\n\t  0x0000:  016c 6f63\n\t  0x0000:  0102 (malformed TLV)\n\t  0x0000:  01, length 243",
                        "CDPv2, ttl: 180s, Device-ID 'a', Port-ID TLV length 2 too short (invalid)",
                        "CDPv1, ttl: 10s (TLV length 20 > 6) (invalid)",
                        "CDPv1, ttl: 10s (remaining packet length 1 < 4) (invalid)",
                        " (packet length 2 < 4) (invalid)",
                        "CDPv2, ttl: 180s\n\t  0x0000:  0000\n\t  0x0000:  0000 0001 01\n\t  0x0000:  0000 0002 0101 cc00 0401 0203 0401 01cc\n\t  0x0010:  0004 01, length 42",
                        "CDPv2, ttl: 180s\n\t  0x0000:  0000 0001 0104 0000\n\t  0x0000:  0061 07, length 23",
                    ],
                ),
                (
                    numeric(1),
                    &[
                        "CDPv2, ttl: 180s, checksum: 0x1234 (unverified), length 243\n\tDevice-ID (0x01), value length: 4 bytes: 'SW-1'\n\tAddress (0x02), value length: 52 bytes: IPv4 (3) 192.0.2.1 IPv6 (2) ::1 pt=0x01, pl=2, pb= 81 82, al=3, a= 01 02 03 (2 bytes of stray data)\n\tPort-ID (0x03), value length: 5 bytes: 'Gi0/1'\n\tCapability (0x04), value length: 4 bytes: (0x00000029): Router, L2 Switch, IGMP snooping\n\tVersion String (0x05), value length: 10 bytes: \n\t  IOS\n\t  line 2\n\tPlatform (0x06), value length: 5 bytes: 'cisco'\n\tPrefixes (0x07), value length: 10 bytes:  IPv4 Prefixes (2): 10.0.0.0/8 192.168.0.0/16\n\tPrefixes (0x07), value length: 3 bytes:  [length 3 is not a multiple of 5]\n\tProtocol-Hello option (0x08), value length: 5 bytes: \n\tVTP Management Domain (0x09), value length: 0 bytes: ''\n\tNative VLAN ID (0x0a), value length: 2 bytes: 5\n\tDuplex (0x0b), value length: 1 byte: half\n\tunknown field type (0x0c), value length: 2 bytes: \n\tATA-186 VoIP VLAN assignment (0x0e), value length: 3 bytes: app 1, vlan 10\n\tATA-186 VoIP VLAN request (0x0f), value length: 2 bytes: unknown 0x2000\n\tpower consumption (0x10), value length: 2 bytes: 15.00W\n\tpower consumption (0x10), value length: 3 bytes: 0.01W\n\tMTU (0x11), value length: 4 bytes: 1500 bytes\n\tAVVID trust bitmap (0x12), value length: 1 byte: 0x01\n\tAVVID untrusted ports CoS (0x13), value length: 1 byte: 0x00\n\tSystem Name (0x14), value length: 3 bytes: 'sys'\n\tSystem Object ID (not decoded) (0x15), value length: 2 bytes: \n\tManagement Addresses (0x16), value length: 4 bytes: \n\tPhysical Location (0x17), value length: 4 bytes: 0x01/loc\n\tunknown field type (0x30), value length: 2 bytes: \n\t  0x0000:  0102\n\tNative VLAN ID (0x0a), value length: 1 byte:  (malformed TLV)\n\t  0x0000:  01",
                        "CDPv2, ttl: 180s, checksum: 0x0000 (unverified), length 13\n\tDevice-ID (0x01), value length: 1 byte: 'a'\n\tPort-ID (0x03), TLV length: 2 bytes (too short) (invalid)",
                        "CDPv1, ttl: 10s, checksum: 0x0000 (unverified), length 10 (TLV length 20 > 6) (invalid)",
                        "CDPv1, ttl: 10s, checksum: 0x0000 (unverified), length 5 (remaining packet length 1 < 4) (invalid)",
                        " (packet length 2 < 4) (invalid)",
                        "CDPv2, ttl: 180s, checksum: 0x0000 (unverified), length 42\n\tAddress (0x02), value length: 2 bytes:  (not enough space for num)\n\tAddress (0x02), value length: 5 bytes:  (not enough space for PT+PL)\n\tManagement Addresses (0x16), value length: 19 bytes: IPv4 (2) 1.2.3.4  (not enough space for A)",
                        "CDPv2, ttl: 180s, checksum: 0x0000 (unverified), length 23\n\tAddress (0x02), value length: 8 bytes:  (not enough space for P+AL)\n\tPlatform (0x06), value length: 3 bytes: '^@a^G'",
                    ],
                ),
            ],
        );
    }

    /// Frames cut inside the header and the TLVs.
    #[test]
    fn shorter_frames() {
        golden(
            numeric(1),
            &[
                (
                    "01000ccccccc02000000000100fbaaaa0300000c2000",
                    " (packet length 0 < 4) (invalid)",
                ),
                (
                    "01000ccccccc02000000000100fbaaaa0300000c200002b4",
                    " (packet length 2 < 4) (invalid)",
                ),
                (
                    "01000ccccccc02000000000100fbaaaa0300000c200002b4123400",
                    "CDPv2, ttl: 180s, checksum: 0x1234 (unverified), length 5 (remaining packet length 1 < 4) (invalid)",
                ),
                (
                    "01000ccccccc02000000000100fbaaaa0300000c200002b412340001000853572d3100020038000000030101cc0004c00002010208aaaa0300000086dd0010000000000000000000000000000000010102818200030102037878000300094769302f3100040008000000290005000e494f530a6c696e65203200060009636973636f0007",
                    "CDPv2, ttl: 180s, checksum: 0x1234 (unverified), length 110\n\tDevice-ID (0x01), value length: 4 bytes: 'SW-1'\n\tAddress (0x02), value length: 52 bytes: IPv4 (3) 192.0.2.1 IPv6 (2) ::1 pt=0x01, pl=2, pb= 81 82, al=3, a= 01 02 03 (2 bytes of stray data)\n\tPort-ID (0x03), value length: 5 bytes: 'Gi0/1'\n\tCapability (0x04), value length: 4 bytes: (0x00000029): Router, L2 Switch, IGMP snooping\n\tVersion String (0x05), value length: 10 bytes: \n\t  IOS\n\t  line 2\n\tPlatform (0x06), value length: 5 bytes: 'cisco' (remaining packet length 2 < 4) (invalid)",
                ),
                (
                    "01000ccccccc02000000000100fbaaaa0300000c200002b412340001000853572d3100020038000000030101cc0004c00002010208aaaa0300000086dd0010000000000000000000000000000000010102818200030102037878000300094769302f3100040008000000290005000e494f530a6c696e65203200060009636973636f0007000e0a00000008c0a8000010000700076162630008000968656c6c6f00090004000a00060005000b000500000c00067a7a000e000701000a000f00062000001000063a980010000700000500110008000005dc0012000501001300050000140007737973001500060601001600080000000000170008016c6f6300300006",
                    "CDPv2, ttl: 180s, checksum: 0x1234 (unverified), length 236\n\tDevice-ID (0x01), value length: 4 bytes: 'SW-1'\n\tAddress (0x02), value length: 52 bytes: IPv4 (3) 192.0.2.1 IPv6 (2) ::1 pt=0x01, pl=2, pb= 81 82, al=3, a= 01 02 03 (2 bytes of stray data)\n\tPort-ID (0x03), value length: 5 bytes: 'Gi0/1'\n\tCapability (0x04), value length: 4 bytes: (0x00000029): Router, L2 Switch, IGMP snooping\n\tVersion String (0x05), value length: 10 bytes: \n\t  IOS\n\t  line 2\n\tPlatform (0x06), value length: 5 bytes: 'cisco'\n\tPrefixes (0x07), value length: 10 bytes:  IPv4 Prefixes (2): 10.0.0.0/8 192.168.0.0/16\n\tPrefixes (0x07), value length: 3 bytes:  [length 3 is not a multiple of 5]\n\tProtocol-Hello option (0x08), value length: 5 bytes: \n\tVTP Management Domain (0x09), value length: 0 bytes: ''\n\tNative VLAN ID (0x0a), value length: 2 bytes: 5\n\tDuplex (0x0b), value length: 1 byte: half\n\tunknown field type (0x0c), value length: 2 bytes: \n\tATA-186 VoIP VLAN assignment (0x0e), value length: 3 bytes: app 1, vlan 10\n\tATA-186 VoIP VLAN request (0x0f), value length: 2 bytes: unknown 0x2000\n\tpower consumption (0x10), value length: 2 bytes: 15.00W\n\tpower consumption (0x10), value length: 3 bytes: 0.01W\n\tMTU (0x11), value length: 4 bytes: 1500 bytes\n\tAVVID trust bitmap (0x12), value length: 1 byte: 0x01\n\tAVVID untrusted ports CoS (0x13), value length: 1 byte: 0x00\n\tSystem Name (0x14), value length: 3 bytes: 'sys'\n\tSystem Object ID (not decoded) (0x15), value length: 2 bytes: \n\tManagement Addresses (0x16), value length: 4 bytes: \n\tPhysical Location (0x17), value length: 4 bytes: 0x01/loc (TLV length 6 > 4) (invalid)",
                ),
                (
                    "01000ccccccc02000000000100fbaaaa0300000c200002b412340001000853572d3100020038000000030101cc0004c00002010208aaaa0300000086dd0010000000000000000000000000000000010102818200030102037878000300094769302f3100040008000000290005000e494f530a6c696e65203200060009636973636f0007000e0a00000008c0a8000010000700076162630008000968656c6c6f00090004000a00060005000b000500000c00067a7a000e000701000a000f00062000001000063a980010000700000500110008000005dc0012000501001300050000140007737973001500060601001600080000000000170008016c6f63003000060102000a",
                    "CDPv2, ttl: 180s, checksum: 0x1234 (unverified), length 240\n\tDevice-ID (0x01), value length: 4 bytes: 'SW-1'\n\tAddress (0x02), value length: 52 bytes: IPv4 (3) 192.0.2.1 IPv6 (2) ::1 pt=0x01, pl=2, pb= 81 82, al=3, a= 01 02 03 (2 bytes of stray data)\n\tPort-ID (0x03), value length: 5 bytes: 'Gi0/1'\n\tCapability (0x04), value length: 4 bytes: (0x00000029): Router, L2 Switch, IGMP snooping\n\tVersion String (0x05), value length: 10 bytes: \n\t  IOS\n\t  line 2\n\tPlatform (0x06), value length: 5 bytes: 'cisco'\n\tPrefixes (0x07), value length: 10 bytes:  IPv4 Prefixes (2): 10.0.0.0/8 192.168.0.0/16\n\tPrefixes (0x07), value length: 3 bytes:  [length 3 is not a multiple of 5]\n\tProtocol-Hello option (0x08), value length: 5 bytes: \n\tVTP Management Domain (0x09), value length: 0 bytes: ''\n\tNative VLAN ID (0x0a), value length: 2 bytes: 5\n\tDuplex (0x0b), value length: 1 byte: half\n\tunknown field type (0x0c), value length: 2 bytes: \n\tATA-186 VoIP VLAN assignment (0x0e), value length: 3 bytes: app 1, vlan 10\n\tATA-186 VoIP VLAN request (0x0f), value length: 2 bytes: unknown 0x2000\n\tpower consumption (0x10), value length: 2 bytes: 15.00W\n\tpower consumption (0x10), value length: 3 bytes: 0.01W\n\tMTU (0x11), value length: 4 bytes: 1500 bytes\n\tAVVID trust bitmap (0x12), value length: 1 byte: 0x01\n\tAVVID untrusted ports CoS (0x13), value length: 1 byte: 0x00\n\tSystem Name (0x14), value length: 3 bytes: 'sys'\n\tSystem Object ID (not decoded) (0x15), value length: 2 bytes: \n\tManagement Addresses (0x16), value length: 4 bytes: \n\tPhysical Location (0x17), value length: 4 bytes: 0x01/loc\n\tunknown field type (0x30), value length: 2 bytes: \n\t  0x0000:  0102 (remaining packet length 2 < 4) (invalid)",
                ),
                (
                    "01000ccccccc02000000000100fbaaaa0300000c200002b412340001000853572d3100020038000000030101cc0004c00002010208aaaa0300000086dd0010000000000000000000000000000000010102818200030102037878000300094769302f3100040008000000290005000e494f530a6c696e65203200060009636973636f0007000e0a00000008c0a8000010000700076162630008000968656c6c6f00090004000a00060005000b000500000c00067a7a000e000701000a000f00062000001000063a980010000700000500110008000005dc0012000501001300050000140007737973001500060601001600080000000000170008016c6f63003000060102000a0005",
                    "CDPv2, ttl: 180s, checksum: 0x1234 (unverified), length 242\n\tDevice-ID (0x01), value length: 4 bytes: 'SW-1'\n\tAddress (0x02), value length: 52 bytes: IPv4 (3) 192.0.2.1 IPv6 (2) ::1 pt=0x01, pl=2, pb= 81 82, al=3, a= 01 02 03 (2 bytes of stray data)\n\tPort-ID (0x03), value length: 5 bytes: 'Gi0/1'\n\tCapability (0x04), value length: 4 bytes: (0x00000029): Router, L2 Switch, IGMP snooping\n\tVersion String (0x05), value length: 10 bytes: \n\t  IOS\n\t  line 2\n\tPlatform (0x06), value length: 5 bytes: 'cisco'\n\tPrefixes (0x07), value length: 10 bytes:  IPv4 Prefixes (2): 10.0.0.0/8 192.168.0.0/16\n\tPrefixes (0x07), value length: 3 bytes:  [length 3 is not a multiple of 5]\n\tProtocol-Hello option (0x08), value length: 5 bytes: \n\tVTP Management Domain (0x09), value length: 0 bytes: ''\n\tNative VLAN ID (0x0a), value length: 2 bytes: 5\n\tDuplex (0x0b), value length: 1 byte: half\n\tunknown field type (0x0c), value length: 2 bytes: \n\tATA-186 VoIP VLAN assignment (0x0e), value length: 3 bytes: app 1, vlan 10\n\tATA-186 VoIP VLAN request (0x0f), value length: 2 bytes: unknown 0x2000\n\tpower consumption (0x10), value length: 2 bytes: 15.00W\n\tpower consumption (0x10), value length: 3 bytes: 0.01W\n\tMTU (0x11), value length: 4 bytes: 1500 bytes\n\tAVVID trust bitmap (0x12), value length: 1 byte: 0x01\n\tAVVID untrusted ports CoS (0x13), value length: 1 byte: 0x00\n\tSystem Name (0x14), value length: 3 bytes: 'sys'\n\tSystem Object ID (not decoded) (0x15), value length: 2 bytes: \n\tManagement Addresses (0x16), value length: 4 bytes: \n\tPhysical Location (0x17), value length: 4 bytes: 0x01/loc\n\tunknown field type (0x30), value length: 2 bytes: \n\t  0x0000:  0102 (TLV length 5 > 4) (invalid)",
                ),
                (
                    "01000ccccccc0200000000010015aaaa0300000c2000",
                    " (packet length 0 < 4) (invalid)",
                ),
                (
                    "01000ccccccc0200000000010015aaaa0300000c200002b4",
                    " (packet length 2 < 4) (invalid)",
                ),
                (
                    "01000ccccccc0200000000010015aaaa0300000c200002b4000000",
                    "CDPv2, ttl: 180s, checksum: 0x0000 (unverified), length 5 (remaining packet length 1 < 4) (invalid)",
                ),
                (
                    "01000ccccccc0200000000010015aaaa0300000c200002b400000001",
                    "CDPv2, ttl: 180s, checksum: 0x0000 (unverified), length 6 (remaining packet length 2 < 4) (invalid)",
                ),
                (
                    "01000ccccccc0200000000010015aaaa0300000c200002b40000000100056100",
                    "CDPv2, ttl: 180s, checksum: 0x0000 (unverified), length 10\n\tDevice-ID (0x01), value length: 1 byte: 'a' (remaining packet length 1 < 4) (invalid)",
                ),
                (
                    "01000ccccccc0200000000010015aaaa0300000c200002b400000001000561000300",
                    "CDPv2, ttl: 180s, checksum: 0x0000 (unverified), length 12\n\tDevice-ID (0x01), value length: 1 byte: 'a' (remaining packet length 3 < 4) (invalid)",
                ),
                (
                    "01000ccccccc0200000000010012aaaa0300000c2000",
                    " (packet length 0 < 4) (invalid)",
                ),
                (
                    "01000ccccccc0200000000010012aaaa0300000c2000010a",
                    " (packet length 2 < 4) (invalid)",
                ),
                (
                    "01000ccccccc0200000000010012aaaa0300000c2000010a00",
                    " (packet length 3 < 4) (invalid)",
                ),
                (
                    "01000ccccccc0200000000010012aaaa0300000c2000010a000000",
                    "CDPv1, ttl: 10s, checksum: 0x0000 (unverified), length 5 (remaining packet length 1 < 4) (invalid)",
                ),
                (
                    "01000ccccccc0200000000010012aaaa0300000c2000010a0000000100",
                    "CDPv1, ttl: 10s, checksum: 0x0000 (unverified), length 7 (remaining packet length 3 < 4) (invalid)",
                ),
                (
                    "01000ccccccc0200000000010012aaaa0300000c2000010a00000001001461",
                    "CDPv1, ttl: 10s, checksum: 0x0000 (unverified), length 9 (TLV length 20 > 5) (invalid)",
                ),
                (
                    "01000ccccccc020000000001000daaaa0300000c2000",
                    " (packet length 0 < 4) (invalid)",
                ),
                (
                    "01000ccccccc020000000001000daaaa0300000c2000010a",
                    " (packet length 2 < 4) (invalid)",
                ),
                (
                    "01000ccccccc020000000001000daaaa0300000c2000010a0000",
                    "CDPv1, ttl: 10s, checksum: 0x0000 (unverified), length 4",
                ),
                (
                    "01000ccccccc020000000001000aaaaa0300000c2000",
                    " (packet length 0 < 4) (invalid)",
                ),
                (
                    "01000ccccccc020000000001000aaaaa0300000c200001",
                    " (packet length 1 < 4) (invalid)",
                ),
                (
                    "01000ccccccc0200000000010032aaaa0300000c2000",
                    " (packet length 0 < 4) (invalid)",
                ),
                (
                    "01000ccccccc0200000000010032aaaa0300000c200002b4",
                    " (packet length 2 < 4) (invalid)",
                ),
                (
                    "01000ccccccc0200000000010032aaaa0300000c200002b4000000",
                    "CDPv2, ttl: 180s, checksum: 0x0000 (unverified), length 5 (remaining packet length 1 < 4) (invalid)",
                ),
                (
                    "01000ccccccc0200000000010032aaaa0300000c200002b40000000200060000",
                    "CDPv2, ttl: 180s, checksum: 0x0000 (unverified), length 10\n\tAddress (0x02), value length: 2 bytes:  (not enough space for num)",
                ),
                (
                    "01000ccccccc0200000000010032aaaa0300000c200002b4000000020006000000020009000000010100160017000000020101cc0004010203",
                    "CDPv2, ttl: 180s, checksum: 0x0000 (unverified), length 35\n\tAddress (0x02), value length: 2 bytes:  (not enough space for num)\n\tAddress (0x02), value length: 5 bytes:  (not enough space for PT+PL) (TLV length 23 > 16) (invalid)",
                ),
                (
                    "01000ccccccc0200000000010032aaaa0300000c200002b4000000020006000000020009000000010100160017000000020101cc0004010203040101cc",
                    "CDPv2, ttl: 180s, checksum: 0x0000 (unverified), length 39\n\tAddress (0x02), value length: 2 bytes:  (not enough space for num)\n\tAddress (0x02), value length: 5 bytes:  (not enough space for PT+PL) (TLV length 23 > 20) (invalid)",
                ),
                (
                    "01000ccccccc0200000000010032aaaa0300000c200002b4000000020006000000020009000000010100160017000000020101cc0004010203040101cc0004",
                    "CDPv2, ttl: 180s, checksum: 0x0000 (unverified), length 41\n\tAddress (0x02), value length: 2 bytes:  (not enough space for num)\n\tAddress (0x02), value length: 5 bytes:  (not enough space for PT+PL) (TLV length 23 > 22) (invalid)",
                ),
                (
                    "01000ccccccc020000000001001faaaa0300000c2000",
                    " (packet length 0 < 4) (invalid)",
                ),
                (
                    "01000ccccccc020000000001001faaaa0300000c200002b4",
                    " (packet length 2 < 4) (invalid)",
                ),
                (
                    "01000ccccccc020000000001001faaaa0300000c200002b4000000",
                    "CDPv2, ttl: 180s, checksum: 0x0000 (unverified), length 5 (remaining packet length 1 < 4) (invalid)",
                ),
                (
                    "01000ccccccc020000000001001faaaa0300000c200002b400000002000c0000000101040000",
                    "CDPv2, ttl: 180s, checksum: 0x0000 (unverified), length 16\n\tAddress (0x02), value length: 8 bytes:  (not enough space for P+AL)",
                ),
                (
                    "01000ccccccc020000000001001faaaa0300000c200002b400000002000c000000010104000000060007",
                    "CDPv2, ttl: 180s, checksum: 0x0000 (unverified), length 20\n\tAddress (0x02), value length: 8 bytes:  (not enough space for P+AL) (TLV length 7 > 4) (invalid)",
                ),
                (
                    "01000ccccccc020000000001001faaaa0300000c200002b400000002000c0000000101040000000600070061",
                    "CDPv2, ttl: 180s, checksum: 0x0000 (unverified), length 22\n\tAddress (0x02), value length: 8 bytes:  (not enough space for P+AL) (TLV length 7 > 6) (invalid)",
                ),
            ],
        );
    }
}
