//! RADIUS (print-radius.c): the header, and with -v each attribute of RFC
//! 2865/2866/3162/4675/5176/5447/5580 by its name and value; EAP-Message
//! goes to the EAP printer through the dispatch tables.

mod attrs;

use super::ctx::{Ctx, Res, Trunc, be16, be32, bytes, is_print, print_char, u8at};
use super::out::Emit;
use super::smi::SMI_VALUES;
use super::{hexdump, ports, time};
use attrs::{ATTRS, Kind};

const COMMANDS: &[(u32, &str)] = &[
    (1, "Access-Request"),
    (2, "Access-Accept"),
    (3, "Access-Reject"),
    (4, "Accounting-Request"),
    (5, "Accounting-Response"),
    (11, "Access-Challenge"),
    (12, "Status-Server"),
    (13, "Status-Client"),
    (40, "Disconnect-Request"),
    (41, "Disconnect-ACK"),
    (42, "Disconnect-NAK"),
    (43, "CoA-Request"),
    (44, "CoA-ACK"),
    (45, "CoA-NAK"),
    (255, "Reserved"),
];

/// The fixed header: code, identifier, length and authenticator.
const HEADER_LEN: usize = 20;

/// radius_print: the code, identifier and length; with -v the
/// authenticator and the attributes.
pub(crate) fn radius(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "radius";
    if b.len() < HEADER_LEN {
        return Err(Trunc);
    }
    let len = usize::from(be16(b, 2)?);
    if len < HEADER_LEN {
        return Err(Trunc);
    }
    let len = len.min(length);
    c.s("RADIUS, ");
    if c.o.verbose == 0 {
        command(c, b);
        c.s_dec(" length: ", len as u64);
        return Ok(());
    }
    c.s_dec("length: ", len as u64);
    c.s("\n\t");
    command(c, b);
    c.s(", Authenticator: ");
    for &x in &b[4..HEADER_LEN] {
        c.out.hex0(u64::from(x), 2);
    }
    if len > HEADER_LEN {
        attributes(c, b, HEADER_LEN, len - HEADER_LEN)?;
    }
    Ok(())
}

/// "Access-Request (1), id: 0x05": the code and identifier.
fn command(c: &mut Ctx, b: &[u8]) {
    c.tok(COMMANDS, b[0].into(), "Unknown Command");
    c.s_dec(" (", b[0]);
    c.s("), id: 0x");
    c.out.hex0(u64::from(b[1]), 2);
}

/// radius_attrs_print: `length` bytes of attributes from `at`. A bogus
/// length ends the list; a short capture ends it with a truncation mark.
fn attributes(c: &mut Ctx, b: &[u8], mut at: usize, mut length: usize) -> Res {
    while length > 0 {
        if length < 2 || at.saturating_add(2) > b.len() {
            c.trunc();
            return Ok(());
        }
        let (kind, len) = (b[at], b[at + 1]);
        let attr = ATTRS.get(usize::from(kind));
        c.s("\n\t  ");
        c.s(match attr {
            Some(a) if kind != 0 => a.name,
            _ => "Unknown",
        });
        c.s_dec(" Attribute (", kind);
        c.s_dec("), length: ", len);
        let len = usize::from(len);
        if len < 2 {
            c.s(" (bogus, must be >= 2)");
            return Ok(());
        }
        if len > length {
            c.s(" (bogus, goes past end of packet)");
            return Ok(());
        }
        c.s(", Value: ");
        if let Some(a) = attr {
            if len > 2 {
                value(c, b, at + 2, len - 2, a)?;
            }
        }
        if c.o.verbose > 1 {
            c.unknown_data(b, at + 2, "\n\t    ", len - 2);
        }
        length -= len;
        at += len;
    }
    Ok(())
}

/// The value of attribute `a` (`len` bytes from `at`), as its
/// print_func prints it.
fn value(c: &mut Ctx, b: &[u8], at: usize, len: usize, a: &attrs::Attr) -> Res {
    match a.kind {
        Kind::Skip => Ok(()),
        Kind::Str | Kind::TaggedStr | Kind::TunnelPassword | Kind::VlanStr | Kind::Eap => {
            string(c, b, at, len, a.kind)
        }
        Kind::Num | Kind::TaggedNum | Kind::VlanNum | Kind::Duration | Kind::NumOr(..) => {
            number(c, b, at, len, a.kind, a.values)
        }
        Kind::Addr | Kind::AddrSelect => address(c, b, at, len, a.kind),
        Kind::Addr6 => {
            if len != 16 {
                return length_error(c, len, 16);
            }
            c.ip6(bytes(b, at, 16)?);
            Ok(())
        }
        Kind::Prefix6 => prefix6(c, b, at, len),
        Kind::Vendor => vendor(c, b, at, len),
        Kind::Time => {
            if len != 4 {
                return length_error(c, len, 4);
            }
            let secs = i64::from(be32(b, at)?);
            time::ctime(c.out, c.o.zone.local(secs));
            Ok(())
        }
        Kind::Vector64 => vector64(c, b, at, len),
        Kind::HomeLinkPrefix => home_link_prefix(c, b, at, len),
        Kind::OperatorName => operator_name(c, b, at, len),
        Kind::LocationInfo => location_information(c, b, at, len),
        Kind::LocationData => location_data(c, b, at, len),
        Kind::PolicyRules => policy_rules(c, b, at, len),
        Kind::ArapPassword | Kind::ArapFeatures | Kind::ArapChallenge | Kind::ErrorCause => {
            strange(c, b, at, len, a.kind)
        }
    }
}

/// "ERROR: length N != W": a fixed-size value of another size.
fn length_error(c: &mut Ctx, len: usize, want: usize) -> Res {
    c.s_dec("ERROR: length ", len as u64);
    c.s_dec(" != ", want as u64);
    Ok(())
}

/// The whole value must be captured; if not, the attribute ends in a
/// truncation mark and the list goes on (print-radius.c's local trunc).
fn captured(c: &mut Ctx, b: &[u8], at: usize, len: usize) -> bool {
    if at.saturating_add(len) > b.len() {
        c.trunc();
        return false;
    }
    true
}

/// "Tag[N] " or "Tag[Unused] " for a tunnel attribute's tag byte.
fn tag(c: &mut Ctx, t: u8) {
    if t == 0 {
        c.s("Tag[Unused] ");
    } else {
        c.s_dec("Tag[", t);
        c.s("] ");
    }
}

/// "Tagged (0x31) ": an RFC 4675 tag indication.
fn vlan_tag(c: &mut Ctx, t: u8) {
    c.tok(attrs::VLAN_TAGS, t.into(), "Unknown tag");
    c.s(" (0x");
    c.out.hex0(u64::from(t), 2);
    c.s(") ");
}

/// print_attr_string: printable characters up to a NUL, after the tag or
/// salt some tunnel attributes start with; EAP-Message as EAP.
fn string(c: &mut Ctx, b: &[u8], mut at: usize, mut len: usize, kind: Kind) -> Res {
    if !captured(c, b, at, len) {
        return Ok(());
    }
    match kind {
        Kind::TunnelPassword => {
            if len < 3 {
                c.trunc();
                return Ok(());
            }
            let t = b[at];
            tag(c, if t <= 0x1f { t } else { 0 });
            c.s("Salt ");
            c.dec(be16(b, at + 1)?);
            c.s(" ");
            at += 3;
            len -= 3;
        }
        Kind::TaggedStr if b[at] <= 0x1f => {
            tag(c, b[at]);
            at += 1;
            len -= 1;
        }
        Kind::VlanStr => {
            vlan_tag(c, b[at]);
            at += 1;
            len -= 1;
        }
        Kind::Eap => return ports::eap(c, &b[at..], len),
        _ => {}
    }
    for &ch in &b[at..at + len] {
        if ch == 0 {
            break;
        }
        c.out.ch(if is_print(ch) { ch } else { b'.' });
    }
    Ok(())
}

/// print_vendor_attr: the vendor, then each vendor attribute's type,
/// length and printable value.
fn vendor(c: &mut Ctx, b: &[u8], mut at: usize, mut length: usize) -> Res {
    if length < 4 {
        c.trunc();
        return Ok(());
    }
    let id = be32(b, at)?;
    at += 4;
    length -= 4;
    c.s("Vendor: ");
    c.tok_num(SMI_VALUES, id, "Unknown");
    while length >= 2 {
        let kind = u8at(b, at)?;
        let len = usize::from(u8at(b, at + 1)?);
        if len < 2 || len > length {
            vendor_attribute(c, kind, len);
            c.s(if len < 2 {
                " (bogus, must be >= 2)"
            } else {
                " (bogus, goes past end of vendor-specific attribute)"
            });
            return Ok(());
        }
        at += 2;
        length -= 2;
        let len = len - 2;
        if !captured(c, b, at, len) {
            return Ok(());
        }
        // Its length once checked is the value's, without the header.
        vendor_attribute(c, kind, len);
        c.s(", Value: ");
        for &ch in &b[at..at + len] {
            c.out.ch(if is_print(ch) { ch } else { b'.' });
        }
        at += len;
        length -= len;
    }
    Ok(())
}

/// "Vendor Attribute: T, Length: L" on a line of its own.
fn vendor_attribute(c: &mut Ctx, kind: u8, len: usize) {
    c.s_dec("\n\t    Vendor Attribute: ", kind);
    c.s_dec(", Length: ", len as u64);
}

/// print_attr_num: a 32-bit value by its standard name, a duration, or
/// the number; the tunnel and VLAN attributes start with a tag byte.
fn number(c: &mut Ctx, b: &[u8], at: usize, len: usize, kind: Kind, names: attrs::Values) -> Res {
    if len != 4 {
        return length_error(c, len, 4);
    }
    let (first, table) = names;
    if !table.is_empty() {
        let v = if kind == Kind::TaggedNum {
            tag(c, u8at(b, at)?);
            be32(b, at)? & 0x00ff_ffff
        } else {
            be32(b, at)?
        };
        match v.checked_sub(first).and_then(|i| table.get(i as usize)) {
            Some(name) => c.s(name),
            None => {
                c.s_dec("#", v);
            }
        }
        return Ok(());
    }
    // The tagged values print their tag before the rest is read.
    match kind {
        Kind::TaggedNum => tag(c, u8at(b, at)?),
        Kind::VlanNum => vlan_tag(c, u8at(b, at)?),
        _ => {}
    }
    let v = be32(b, at)?;
    match kind {
        Kind::NumOr(named, text) if v == named => c.s(text),
        Kind::Duration => duration(c, v),
        Kind::TaggedNum | Kind::VlanNum => c.dec(v & 0x00ff_ffff),
        _ => c.dec(v),
    }
    Ok(())
}

/// "NN secs", "MM:SS min" or "HH:MM:SS hours".
fn duration(c: &mut Ctx, t: u32) {
    if t < 60 {
        // tcpdump prints the field with %02d: above 2^31 it is negative.
        if t > i32::MAX as u32 {
            c.s_dec("-", u64::from(t.wrapping_neg()));
        } else {
            c.out.dec0(u64::from(t), 2);
        }
        c.s(" secs");
    } else if t < 3600 {
        c.out.dec0(u64::from(t / 60), 2);
        c.s(":");
        c.out.dec0(u64::from(t % 60), 2);
        c.s(" min");
    } else {
        time::hms(c.out, i64::from(t));
        c.s(" hours");
    }
}

/// print_attr_address: an IPv4 address; two values of Framed-IP-Address
/// and Login-IP-Host have names.
fn address(c: &mut Ctx, b: &[u8], at: usize, len: usize, kind: Kind) -> Res {
    if len != 4 {
        return length_error(c, len, 4);
    }
    let v = be32(b, at)?;
    match kind {
        Kind::AddrSelect if v == 0xffff_ffff => c.s("User Selected"),
        Kind::AddrSelect if v == 0xffff_fffe => c.s("NAS Select"),
        _ => c.ip4(&b[at..at + 4]),
    }
    Ok(())
}

/// "ERROR: netmask N not in range (0..128)"
fn netmask_error(c: &mut Ctx, bits: u8) {
    c.s_dec("ERROR: netmask ", bits);
    c.s(" not in range (0..128)");
}

/// print_attr_netmask6: a reserved byte, the prefix length and as many
/// bytes of prefix as the attribute holds.
fn prefix6(c: &mut Ctx, b: &[u8], at: usize, len: usize) -> Res {
    if !(2..=18).contains(&len) {
        c.s_dec("ERROR: length ", len as u64);
        c.s(" not in range (2..18)");
        return Ok(());
    }
    if !captured(c, b, at, len) {
        return Ok(());
    }
    let bits = b[at + 1];
    if bits > 128 {
        netmask_error(c, bits);
        return Ok(());
    }
    let mut addr = [0u8; 16];
    addr[..len - 2].copy_from_slice(&b[at + 2..at + len]);
    c.ip6(&addr);
    c.s_dec("/", bits);
    if usize::from(bits) > 8 * (len - 2) {
        c.s(" (inconsistent prefix length)");
    }
    Ok(())
}

/// print_attr_mip6_home_link_prefix: the prefix length, then 16 bytes.
fn home_link_prefix(c: &mut Ctx, b: &[u8], at: usize, len: usize) -> Res {
    if len != 17 {
        return length_error(c, len, 17);
    }
    if !captured(c, b, at, len) {
        return Ok(());
    }
    let bits = b[at];
    if bits > 128 {
        netmask_error(c, bits);
        return Ok(());
    }
    c.ip6(&b[at + 1..at + 17]);
    c.s_dec("/", bits);
    Ok(())
}

/// print_attr_vector64: the names of the feature bits set, in brackets.
fn vector64(c: &mut Ctx, b: &[u8], at: usize, len: usize) -> Res {
    if len != 8 {
        return length_error(c, len, 8);
    }
    c.s("[");
    let v = (u64::from(be32(b, at)?) << 32) | u64::from(be32(b, at + 4)?);
    let mut sep = "";
    for &(bit, name) in attrs::MIP6_FEATURES {
        if v & bit != 0 {
            c.s(sep);
            c.s(name);
            sep = ", ";
        }
    }
    c.s("]");
    Ok(())
}

/// nd_printn: `len` characters from `at`, escaped.
fn printn(c: &mut Ctx, b: &[u8], at: usize, len: usize) -> Res {
    for i in 0..len {
        print_char(c, u8at(b, at + i)?);
    }
    Ok(())
}

/// Whether the value was captured whole and is at least `least` bytes
/// long; if not, its truncation mark or "ERROR: length N < MIN" is
/// printed.
fn fits(c: &mut Ctx, b: &[u8], at: usize, len: usize, least: usize) -> bool {
    if !captured(c, b, at, len) {
        return false;
    }
    if len < least {
        c.length_below("ERROR: length ", len, least, "");
        return false;
    }
    true
}

/// print_attr_operator_name: the namespace, then the name.
fn operator_name(c: &mut Ctx, b: &[u8], at: usize, len: usize) -> Res {
    if !fits(c, b, at, len, 2) {
        return Ok(());
    }
    let ns = b[at];
    c.s("[");
    c.tok_or(
        attrs::OPERATOR_NAMESPACES,
        ns.into(),
        "unknown namespace ",
        "",
    );
    c.s("] ");
    printn(c, b, at + 1, len - 1)
}

/// print_attr_location_information (RFC 5580).
fn location_information(c: &mut Ctx, b: &[u8], at: usize, len: usize) -> Res {
    if !fits(c, b, at, len, 21) {
        return Ok(());
    }
    c.s("index ");
    c.dec(be16(b, at)?);
    c.s(", code ");
    c.tok_or(attrs::LOCATION_CODES, b[at + 2].into(), "Unknown (", ")");
    c.s(", entity ");
    c.tok_or(attrs::LOCATION_ENTITIES, b[at + 3].into(), "Unknown (", ")");
    c.s(", sighting time ");
    ports::ntp_stamp(c, be32(b, at + 4)?, be32(b, at + 8)?);
    c.s(", time to live ");
    ports::ntp_stamp(c, be32(b, at + 12)?, be32(b, at + 16)?);
    c.s(", method \"");
    printn(c, b, at + 20, len - 20)?;
    c.s("\"");
    Ok(())
}

/// print_attr_location_data: the index, then the location as a dump.
fn location_data(c: &mut Ctx, b: &[u8], at: usize, len: usize) -> Res {
    if !fits(c, b, at, len, 3) {
        return Ok(());
    }
    c.s("index ");
    c.dec(be16(b, at)?);
    c.s(", location");
    hexdump::hex_ascii(c.out, "\n\t    ", &b[at + 2..at + len]);
    Ok(())
}

/// print_basic_location_policy_rules (RFC 5580).
fn policy_rules(c: &mut Ctx, b: &[u8], at: usize, len: usize) -> Res {
    if !fits(c, b, at, len, 10) {
        return Ok(());
    }
    c.s("flags [");
    c.flag_names(be16(b, at)?.into(), attrs::POLICY_FLAGS);
    c.s("], retention expires ");
    ports::ntp_stamp(c, be32(b, at + 2)?, be32(b, at + 6)?);
    if len > 10 {
        c.s(", note well \"");
        printn(c, b, at + 10, len - 10)?;
        c.s("\"");
    }
    Ok(())
}

/// `n` bytes from `at` in upper-case hex (PRINT_HEX).
fn upper_hex(c: &mut Ctx, b: &[u8], at: usize, n: usize) -> Res {
    for i in 0..n {
        let x = u8at(b, at + i)?;
        for nibble in [x >> 4, x & 0xf] {
            c.out.ch(b"0123456789ABCDEF"[usize::from(nibble)]);
        }
    }
    Ok(())
}

/// print_attr_strange: the ARAP attributes and Error-Cause.
fn strange(c: &mut Ctx, b: &[u8], at: usize, len: usize, kind: Kind) -> Res {
    match kind {
        Kind::ArapPassword => {
            if len != 16 {
                return length_error(c, len, 16);
            }
            c.s("User_challenge (");
            upper_hex(c, b, at, 8)?;
            c.s(") User_resp(");
            upper_hex(c, b, at + 8, 8)?;
            c.s(")");
        }
        Kind::ArapFeatures => {
            if len != 14 {
                return length_error(c, len, 14);
            }
            c.s(if u8at(b, at)? != 0 {
                "User can change password"
            } else {
                "User cannot change password"
            });
            c.s(", Min password length: ");
            c.dec(u8at(b, at + 1)?);
            for (i, label) in [", created at: ", ", expires in: ", ", Current Time: "]
                .into_iter()
                .enumerate()
            {
                c.s(label);
                upper_hex(c, b, at + 2 + 4 * i, 4)?;
            }
        }
        Kind::ArapChallenge => {
            if len < 8 {
                return length_error(c, len, 8);
            }
            upper_hex(c, b, at, 8)?;
        }
        Kind::ErrorCause => {
            if len != 4 {
                c.s_dec("Error: length ", len as u64);
                c.s(" != 4");
                return Ok(());
            }
            let v = be32(b, at)?;
            c.s_dec("Error cause ", v);
            c.s(": ");
            c.tok_or(attrs::ERROR_CAUSES, v, "Error-Cause ", " not known");
        }
        _ => {}
    }
    Ok(())
}
