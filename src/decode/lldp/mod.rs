//! IEEE 802.1AB Link Layer Discovery Protocol (print-lldp.c): the TLV
//! walk and the base TLVs here; the organisation TLVs tcpdump knows in
//! ieee.rs (802.1 and 802.3), med.rs (ANSI/TIA LLDP-MED) and dcbx.rs.

mod dcbx;
mod ieee;
mod med;

use super::af::AF_VALUES;
use super::ctx::codes;
use super::dispatch;
use super::names;
use super::out::Emit;
use super::{Ctx, Res, be16, be32, bytes, print_char, u8at};

codes! {
    /// lldp_tlv_values.
    TLV_NAMES: u16 {
        END = 0 => "End",
        CHASSIS_ID = 1 => "Chassis ID",
        PORT_ID = 2 => "Port ID",
        TTL = 3 => "Time to Live",
        PORT_DESCR = 4 => "Port Description",
        SYSTEM_NAME = 5 => "System Name",
        SYSTEM_DESCR = 6 => "System Description",
        SYSTEM_CAP = 7 => "System Capabilities",
        MGMT_ADDR = 8 => "Management Address",
        PRIVATE = 127 => "Organization specific",
    }
}

/// How a chassis or port ID subtype is shown: the two TLVs number the
/// same forms differently.
struct IdSubtypes {
    names: &'static [(u32, &'static str)],
    mac: u8,
    network: u8,
}

const CHASSIS_SUBTYPES: IdSubtypes = IdSubtypes {
    names: &[
        (1, "Chassis component"),
        (2, "Interface alias"),
        (3, "Port component"),
        (4, "MAC address"),
        (5, "Network address"),
        (6, "Interface name"),
        (7, "Local"),
    ],
    mac: 4,
    network: 5,
};

const PORT_SUBTYPES: IdSubtypes = IdSubtypes {
    names: &[
        (1, "Interface alias"),
        (2, "Port component"),
        (3, "MAC address"),
        (4, "Network Address"),
        (5, "Interface Name"),
        (6, "Agent circuit ID"),
        (7, "Local"),
    ],
    mac: 3,
    network: 4,
};

const CAPABILITIES: &[(u32, &str)] = &[
    (1 << 0, "Other"),
    (1 << 1, "Repeater"),
    (1 << 2, "Bridge"),
    (1 << 3, "WLAN AP"),
    (1 << 4, "Router"),
    (1 << 5, "Telephone"),
    (1 << 6, "Docsis"),
    (1 << 7, "Station Only"),
];

const INTERFACE_NUMBERING: &[(u32, &str)] = &[(2, "Interface Index"), (3, "System Port Number")];

/// An organisation TLV's printer; true asks for a hex dump at -v.
type OrgPrinter = fn(&mut Ctx, &[u8]) -> Res<bool>;

/// The organisations whose TLVs tcpdump decodes, by OUI, and their
/// printers.
const ORGANISATIONS: &[(u32, OrgPrinter)] = &[
    (0x0080c2, ieee::dot1), // IEEE 802.1
    (0x00120f, ieee::dot3), // IEEE 802.3
    (0x00005e, iana),
    (0x0012bb, med::tia), // ANSI/TIA LLDP-MED
    (0x001b21, dcbx::dcbx),
];

/// What a TLV printer asks of the walk after it: a hex dump of the TLV
/// (at -v; -vv dumps every TLV anyway), or tcpdump's `goto trunc`, which
/// prints the mark and ends the packet.
enum After {
    Done,
    Dump,
    Trunc,
}

impl From<bool> for After {
    fn from(dump: bool) -> After {
        if dump { After::Dump } else { After::Done }
    }
}

/// lldp_print: "LLDP, length N", the system name even without -v, and
/// with -v one line per TLV and its decoded body.
pub(crate) fn lldp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "lldp";
    c.s_dec("LLDP, length ", length as u64);
    let verbose = c.o.verbose;
    let mut off = 0usize;
    let mut left = length;
    while left >= 2 {
        if b.len() < off.saturating_add(2) {
            c.trunc();
            return Ok(());
        }
        let tlv = be16(b, off)?;
        let (ty, len) = (tlv >> 9, usize::from(tlv & 0x1ff));
        left -= 2;
        off += 2;
        if verbose > 0 {
            c.s("\n\t");
            name_and_code(c, TLV_NAMES, ty.into(), "Unknown", " TLV");
            c.s_dec(", length ", len as u64);
        }
        // A zero type or length would walk nothing: tcpdump stops there.
        if ty == END || len == 0 {
            break;
        }
        if b.len() < off + len || left < len {
            c.trunc();
            return Ok(());
        }
        let tlv = &b[off..off + len];
        let after = if ty == SYSTEM_NAME {
            c.s(": ");
            c.printjnp(tlv, 0, len)?;
            After::Done
        } else if verbose == 0 {
            After::Done
        } else {
            body(c, ty, tlv)?
        };
        match after {
            After::Trunc => {
                c.trunc();
                return Ok(());
            }
            After::Dump if verbose > 0 => c.unknown_data(tlv, 0, "\n\t  ", len),
            _ if verbose > 1 => c.unknown_data(tlv, 0, "\n\t  ", len),
            _ => {}
        }
        left -= len;
        off += len;
    }
    Ok(())
}

/// The body of one TLV at -v (`t` is its value, whole).
fn body(c: &mut Ctx, ty: u16, t: &[u8]) -> Res<After> {
    let len = t.len();
    Ok(match ty {
        CHASSIS_ID => id(c, t, &CHASSIS_SUBTYPES)?,
        PORT_ID => id(c, t, &PORT_SUBTYPES)?,
        TTL => {
            if len < 2 {
                return Ok(After::Trunc);
            }
            c.s(": TTL ");
            c.dec(be16(t, 0)?);
            c.s("s");
            After::Done
        }
        PORT_DESCR => {
            c.s(": ");
            c.printjnp(t, 0, len)?;
            After::Done
        }
        SYSTEM_DESCR => {
            c.s("\n\t  ");
            c.printjnp(t, 0, len)?;
            After::Done
        }
        SYSTEM_CAP => {
            if len < 4 {
                return Ok(After::Trunc);
            }
            for (label, at) in [
                ("\n\t  System  Capabilities [", 0),
                ("\n\t  Enabled Capabilities [", 2),
            ] {
                let cap = be16(t, at)?;
                c.s(label);
                c.flag_names(cap.into(), CAPABILITIES);
                c.s("] (0x");
                c.out.hex0(cap.into(), 4);
                c.s(")");
            }
            After::Done
        }
        MGMT_ADDR => {
            if mgmt_addr(c, t)? {
                After::Done
            } else {
                After::Trunc
            }
        }
        PRIVATE => {
            if len < 3 {
                return Ok(After::Trunc);
            }
            let oui = be24(t, 0)?;
            c.s(": OUI ");
            c.name_code(names::oui_name(oui), oui, 6);
            match ORGANISATIONS.iter().find(|&&(known, _)| known == oui) {
                Some(&(_, print)) => print(c, t)?.into(),
                None => After::Dump,
            }
        }
        _ => After::Dump,
    })
}

/// A chassis or port ID: its subtype, then a MAC address, a network
/// address or a string.
fn id(c: &mut Ctx, t: &[u8], forms: &IdSubtypes) -> Res<After> {
    if t.len() < 2 {
        return Ok(After::Trunc);
    }
    let subtype = u8at(t, 0)?;
    c.s("\n\t  Subtype ");
    c.tok_num(forms.names, subtype.into(), "Unknown");
    c.s(": ");
    Ok(if subtype == forms.mac {
        if t.len() < 7 {
            return Ok(After::Trunc);
        }
        dispatch::mac(c, bytes(t, 1, 6)?);
        After::Done
    } else if subtype == forms.network {
        if network_addr(c, t, 1, t.len() - 1)? {
            After::Done
        } else {
            After::Trunc
        }
    } else if (1..=7).contains(&subtype) {
        c.printjnp(t, 1, t.len() - 1)?;
        After::Done
    } else {
        After::Dump
    })
}

/// lldp_network_addr_print: "AFI NAME (N): ADDRESS", or false (and
/// nothing printed) when `len` cannot hold the family's address.
fn network_addr(c: &mut Ctx, t: &[u8], off: usize, len: usize) -> Res<bool> {
    if !addr_fits(t, off, len)? {
        return Ok(false);
    }
    let af = u8at(t, off)?;
    let need = address_len(af);
    c.s("AFI ");
    name_and_code(c, AF_VALUES, af.into(), "Unknown", "");
    match need {
        None => c.s(", no AF printer !"),
        Some(n) => {
            c.s(": ");
            let a = bytes(t, off + 1, n)?;
            match af {
                1 => c.ip4(a),
                2 => c.ip6(a),
                _ => dispatch::mac(c, a),
            }
        }
    }
    Ok(true)
}

/// The length of the address of family `af`, for the families tcpdump
/// prints (IPv4, IPv6, 802).
fn address_len(af: u8) -> Option<usize> {
    match af {
        1 => Some(4),
        2 => Some(16),
        6 => Some(6),
        _ => None,
    }
}

/// Whether `len` bytes at `off` hold a family and its whole address.
fn addr_fits(t: &[u8], off: usize, len: usize) -> Res<bool> {
    if len < 1 {
        return Ok(false);
    }
    Ok(address_len(u8at(t, off)?).is_none_or(|n| len > n))
}

/// lldp_mgmt_addr_tlv_print: the address, the interface number and the
/// optional OID; false is tcpdump's `goto trunc`.
fn mgmt_addr(c: &mut Ctx, t: &[u8]) -> Res<bool> {
    let Some(&addr_len) = t.first() else {
        return Ok(false);
    };
    let addr_len = usize::from(addr_len);
    let mut left = t.len() - 1;
    if left < addr_len {
        return Ok(false);
    }
    // tcpdump formats the address before the line that carries it, so a
    // family without room for its address prints nothing.
    if !addr_fits(t, 1, addr_len)? {
        return Ok(false);
    }
    c.s_dec("\n\t  Management Address length ", addr_len as u64);
    c.s(", ");
    network_addr(c, t, 1, addr_len)?;
    let mut off = 1 + addr_len;
    left -= addr_len;
    if left < 5 {
        return Ok(false);
    }
    let numbering = u8at(t, off)?;
    let number = be32(t, off + 1)?;
    c.s("\n\t  ");
    name_and_code(
        c,
        INTERFACE_NUMBERING,
        numbering.into(),
        "Unknown",
        " Interface Numbering",
    );
    c.s_dec(": ", number);
    off += 5;
    left -= 5;
    // The OID is optional.
    if left > 0 {
        let oid_len = usize::from(u8at(t, off)?);
        if left < 1 + oid_len {
            return Ok(false);
        }
        if oid_len > 0 {
            c.s_dec("\n\t  OID length ", oid_len as u64);
            c.printjnp(t, off + 1, oid_len)?;
        }
    }
    Ok(true)
}

/// lldp_private_iana_print: the MUD URL (RFC 8520); true asks for a dump.
fn iana(c: &mut Ctx, t: &[u8]) -> Res<bool> {
    const MUD_URL: u8 = 1;
    if t.len() < 8 {
        return Ok(false);
    }
    let subtype = u8at(t, 3)?;
    c.s("\n\t  ");
    c.s(if subtype == MUD_URL {
        "MUD-URL"
    } else {
        "unknown"
    });
    c.s_dec(" Subtype (", subtype);
    c.s(")");
    if subtype != MUD_URL {
        return Ok(true);
    }
    c.s("\n\t  MUD-URL=");
    for &ch in &t[4..] {
        print_char(c, ch);
    }
    Ok(false)
}

/// tok2str: the name of `code` in `table`, or `default`.
fn name_of<'a>(table: &[(u32, &'a str)], code: u32, default: &'a str) -> &'a str {
    table
        .iter()
        .find(|&&(known, _)| known == code)
        .map_or(default, |&(_, name)| name)
}

/// "NAME WHAT (N)": the name of `code` in `table` (or `default`), what
/// it names, then the code in decimal, as LLDP shows TLV types, subtypes,
/// address families and numberings.
fn name_and_code(c: &mut Ctx, table: &[(u32, &str)], code: u32, default: &str, what: &str) {
    c.tok(table, code, default);
    c.s(what);
    c.s_dec(" (", code);
    c.s(")");
}

/// "\n\t  NAME Subtype (N)", the line every organisation TLV starts with.
fn subtype_line(c: &mut Ctx, table: &[(u32, &str)], subtype: u8) {
    c.s("\n\t  ");
    name_and_code(c, table, subtype.into(), "unknown", " Subtype");
}

/// An organisation TLV's subtype (its fourth byte) and its line, when
/// the TLV is long enough for it and for what `min_lens` says the subtype
/// needs; None when it is not (the TLV is too short: the caller asks for
/// no hex dump). The line is printed
/// once the subtype is read, as tcpdump does before its length checks.
fn org_subtype(
    c: &mut Ctx,
    t: &[u8],
    names: &[(u32, &str)],
    min_lens: &[(u8, usize)],
) -> Res<Option<u8>> {
    if t.len() < 4 {
        return Ok(None);
    }
    let subtype = u8at(t, 3)?;
    subtype_line(c, names, subtype);
    let min = min_lens
        .iter()
        .find(|&&(s, _)| s == subtype)
        .map_or(0, |&(_, n)| n);
    Ok((t.len() >= min).then_some(subtype))
}

fn be24(t: &[u8], off: usize) -> Res<u32> {
    let b = bytes(t, off, 3)?;
    Ok(u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]))
}

/// printf's "%-Nd": `v` left-aligned in `width` columns.
fn dec_left(c: &mut Ctx, v: u32, width: usize) {
    let start = c.out.len();
    c.dec(v);
    let used = c.out.len() - start;
    for _ in used..width {
        c.s(" ");
    }
}

/// The eight bits of `v`, lowest first, each as "%-2d ": DCB's
/// per-priority indicator rows.
fn bit_row(c: &mut Ctx, v: u8) {
    for i in 0..8 {
        dec_left(c, u32::from(v >> i & 1), 2);
        c.s(" ");
    }
}
