//! ATA over Ethernet (print-aoe.c, ethertype 0x88a2): the version and
//! flags, and with -v the version 1 header and the argument of each of
//! its four commands.

use super::ctx::{Ctx, Res, be16, be32, bytes, codes, print_char, rest, tcheck, u8at};
use super::dispatch::mac;
use super::out::Emit;

/// aoe_print: `b` is what was captured of the `length` bytes after the
/// Ethernet type.
pub(crate) fn aoe(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "aoe";
    c.s_dec("AoE length ", length as u64);
    if length < 1 {
        return invalid(c, b, 0, length);
    }
    let version = u8at(b, 0)? >> 4;
    c.s_dec(", Ver ", version);
    if version == 1 {
        v1(c, b, length)?;
    }
    Ok(())
}

/// Version, flags, error, major, minor, command and tag, before the
/// command's argument.
const V1_HEADER_LEN: usize = 10;

codes! {
    FLAGS: u8 {
        _ = 0x08 => "Response",
        FLAG_ERROR = 0x04 => "Error",
        _ = 0x02 => "MBZ-1",
        _ = 0x01 => "MBZ-0",
    }
}

const ERRORS: &[(u32, &str)] = &[
    (1, "Unrecognized command code"),
    (2, "Bad argument parameter"),
    (3, "Device unavailable"),
    (4, "Config string present"),
    (5, "Unsupported version"),
    (6, "Target is reserved"),
];

const COMMANDS: &[(u32, &str)] = &[
    (0, "Issue ATA Command"),
    (1, "Query Config Information"),
    (2, "MAC Mask List"),
    (3, "Reserve/Release"),
];

/// aoev1_print: the flags, and with -v the rest of the header and the
/// command's argument.
fn v1(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    if length < V1_HEADER_LEN {
        return invalid(c, b, 0, length);
    }
    let flags = u8at(b, 0)? & 0x0f;
    c.s(", Flags: [");
    c.flag_names(flags.into(), FLAGS);
    c.s("]");
    if c.o.verbose == 0 {
        return Ok(());
    }
    if flags & FLAG_ERROR != 0 {
        let error = u8at(b, 1)?;
        c.s("\n\tError: ");
        if !named(c, ERRORS, error) {
            c.s_dec("Invalid (", error);
            c.s(")");
        }
    }
    let major = be16(b, 2)?;
    c.s("\n\tMajor: 0x");
    c.out.hex0(major.into(), 4);
    let minor = u8at(b, 4)?;
    c.s(", Minor: 0x");
    c.out.hex0(minor.into(), 2);
    let command = u8at(b, 5)?;
    c.s(", Command: ");
    tok_hex(c, COMMANDS, command);
    let tag = be32(b, 6)?;
    c.s(", Tag: 0x");
    c.out.hex0(tag.into(), 8);
    let arg = rest(b, V1_HEADER_LEN);
    let arg_len = length - V1_HEADER_LEN;
    match command {
        0 => issue(c, arg, arg_len),
        1 => query(c, arg, arg_len),
        2 => mac_mask(c, arg, arg_len),
        3 => reserve(c, arg, arg_len),
        _ => Ok(()),
    }
}

/// AFlags, Err/Feature, Sector Count, Cmd/Status, lba0..5 and 2 reserved
/// bytes, before the data.
const ISSUE_ARG_LEN: usize = 12;

const AFLAGS: &[(u32, &str)] = &[
    (0x80, "MBZ-7"),
    (0x40, "Ext48"),
    (0x20, "MBZ-5"),
    (0x10, "Device"),
    (0x08, "MBZ-3"),
    (0x04, "MBZ-2"),
    (0x02, "Async"),
    (0x01, "Write"),
];

/// The one-byte fields of an Issue ATA Command argument after AFlags:
/// (offset, width, text before the number).
const ISSUE_FIELDS: &[Field] = &[
    (1, 1, ", Err/Feature: "),
    (2, 1, ", Sector Count: "),
    (3, 1, ", Cmd/Status: "),
    (4, 1, "\n\tlba0: "),
    (5, 1, ", lba1: "),
    (6, 1, ", lba2: "),
    (7, 1, ", lba3: "),
    (8, 1, ", lba4: "),
    (9, 1, ", lba5: "),
];

/// aoev1_issue_print.
fn issue(c: &mut Ctx, b: &[u8], len: usize) -> Res {
    if len < ISSUE_ARG_LEN {
        return invalid(c, b, 0, len);
    }
    let aflags = u8at(b, 0)?;
    c.s("\n\tAFlags: [");
    c.flag_names(aflags.into(), AFLAGS);
    c.s("]");
    numbers(c, b, ISSUE_FIELDS)?;
    tcheck(b, 10, 2)?;
    // The sector count does not say how much data follows; the length does.
    let data = len - ISSUE_ARG_LEN;
    if data > 0 {
        c.s_dec("\n\tData: ", data as u64);
        c.s(" bytes");
    }
    Ok(())
}

/// Buffer Count, Firmware Version, Sector Count, AoE/CCmd and the config
/// string's length, before the string.
const QUERY_ARG_LEN: usize = 8;
const MAX_CONFIG_STRING: usize = 1024;

const CCMDS: &[(u32, &str)] = &[
    (0, "read config string"),
    (1, "test config string"),
    (2, "test config string prefix"),
    (3, "set config string"),
    (4, "force set config string"),
];

/// The numbers of a Query Config Information argument before AoE/CCmd.
const QUERY_FIELDS: &[Field] = &[
    (0, 2, "\n\tBuffer Count: "),
    (2, 2, ", Firmware Version: "),
    (4, 1, ", Sector Count: "),
];

/// aoev1_query_print.
fn query(c: &mut Ctx, b: &[u8], len: usize) -> Res {
    if len < QUERY_ARG_LEN {
        return invalid(c, b, 0, len);
    }
    numbers(c, b, QUERY_FIELDS)?;
    let aoe_ccmd = u8at(b, 5)?;
    c.s_dec(", AoE: ", aoe_ccmd >> 4);
    c.s(", CCmd: ");
    // tcpdump's default text lacks its `%`, so prints as it stands.
    c.tok(CCMDS, u32::from(aoe_ccmd & 0x0f), "Unknown (0x02x)");
    let string_len = usize::from(be16(b, 6)?);
    let remaining = len - QUERY_ARG_LEN;
    if string_len > MAX_CONFIG_STRING || string_len > remaining {
        return invalid(c, b, QUERY_ARG_LEN, remaining);
    }
    if string_len > 0 {
        c.s_dec("\n\tConfig String (length ", string_len as u64);
        c.s("): ");
        // nd_printn: every byte, NULs too, up to the capture's end.
        for i in 0..string_len {
            print_char(c, u8at(b, QUERY_ARG_LEN + i)?);
        }
    }
    Ok(())
}

/// Reserved, MCmd, MError and Dir Count, before the directives.
const MAC_ARG_LEN: usize = 4;
/// Reserved, DCmd and an Ethernet address.
const DIRECTIVE_LEN: usize = 8;
const MAC_LEN: usize = 6;

const MCMDS: &[(u32, &str)] = &[(0, "Read Mac Mask List"), (1, "Edit Mac Mask List")];

const MERRORS: &[(u32, &str)] = &[
    (1, "Unspecified Error"),
    (2, "Bad DCmd directive"),
    (3, "Mask list full"),
];

const DCMDS: &[(u32, &str)] = &[
    (0, "No Directive"),
    (1, "Add mac address to mask list"),
    (2, "Delete mac address from mask list"),
];

/// aoev1_mac_print.
fn mac_mask(c: &mut Ctx, b: &[u8], len: usize) -> Res {
    if len < MAC_ARG_LEN {
        return invalid(c, b, 0, len);
    }
    let mcmd = u8at(b, 1)?;
    c.s("\n\tMCmd: ");
    tok_hex(c, MCMDS, mcmd);
    let merror = u8at(b, 2)?;
    c.s(", MError: ");
    tok_hex(c, MERRORS, merror);
    let count = usize::from(u8at(b, 3)?);
    c.s_dec(", Dir Count: ", count as u64);
    let remaining = len - MAC_ARG_LEN;
    if count * DIRECTIVE_LEN > remaining {
        return invalid(c, b, MAC_ARG_LEN, remaining);
    }
    for i in 0..count {
        let at = MAC_ARG_LEN + i * DIRECTIVE_LEN;
        let dcmd = u8at(b, at + 1)?;
        c.s("\n\t DCmd: ");
        tok_hex(c, DCMDS, dcmd);
        let addr = bytes(b, at + 2, MAC_LEN)?;
        c.s(", Ethernet Address: ");
        mac(c, addr);
    }
    Ok(())
}

/// RCmd and NMacs, before the addresses.
const RESERVE_ARG_LEN: usize = 2;

const RCMDS: &[(u32, &str)] = &[
    (0, "Read reserve list"),
    (1, "Set reserve list"),
    (2, "Force set reserve list"),
];

/// aoev1_reserve_print.
fn reserve(c: &mut Ctx, b: &[u8], len: usize) -> Res {
    if len < RESERVE_ARG_LEN || (len - RESERVE_ARG_LEN) % MAC_LEN != 0 {
        return invalid(c, b, 0, len);
    }
    let rcmd = u8at(b, 0)?;
    c.s("\n\tRCmd: ");
    tok_hex(c, RCMDS, rcmd);
    let count = usize::from(u8at(b, 1)?);
    c.s_dec(", NMacs: ", count as u64);
    let remaining = len - RESERVE_ARG_LEN;
    if count * MAC_LEN != remaining {
        return invalid(c, b, RESERVE_ARG_LEN, remaining);
    }
    for i in 0..count {
        let addr = bytes(b, RESERVE_ARG_LEN + i * MAC_LEN, MAC_LEN)?;
        c.s_dec("\n\tEthernet Address ", i as u64);
        c.s(": ");
        mac(c, addr);
    }
    Ok(())
}

/// A number in an argument: its offset, its width (1 or 2 bytes, big
/// endian) and the text printed before it.
type Field = (usize, usize, &'static str);

/// Each field in decimal after its text; a field past the capture ends
/// the packet before its text, as tcpdump reads it first.
fn numbers(c: &mut Ctx, b: &[u8], fields: &[Field]) -> Res {
    for &(at, width, label) in fields {
        let v = if width == 2 {
            be16(b, at)?
        } else {
            u16::from(u8at(b, at)?)
        };
        c.s(label);
        c.dec(v);
    }
    Ok(())
}

/// tok2str with tcpdump's "Unknown (0x%02x)" for a code not in `table`.
fn tok_hex(c: &mut Ctx, table: &[(u32, &str)], v: u8) {
    if !named(c, table, v) {
        c.s("Unknown (0x");
        c.out.hex0(v.into(), 2);
        c.s(")");
    }
}

/// The name of `v` in `table`, if it has one; false if not.
fn named(c: &mut Ctx, table: &[(u32, &str)], v: u8) -> bool {
    let found = table.iter().find(|&&(k, _)| k == u32::from(v));
    if let Some(&(_, name)) = found {
        c.s(name);
    }
    found.is_some()
}

/// " (invalid)", then the truncation mark if the `len` bytes from `at`
/// were not all captured, as tcpdump checks them after the mark.
fn invalid(c: &mut Ctx, b: &[u8], at: usize, len: usize) -> Res {
    c.invalid();
    tcheck(b, at, len)
}
