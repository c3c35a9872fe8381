//! The ANSI/TIA-1057 (LLDP-MED) organisation TLVs: capabilities, network
//! policy, location, extended power and inventory.

use super::super::out::Emit;
use super::super::{Ctx, Res, be16, be32, u8at};
use super::{name_and_code, name_of, org_subtype};

const SUBTYPES: &[(u32, &str)] = &[
    (1, "LLDP-MED Capabilities"),
    (2, "Network policy"),
    (3, "Location identification"),
    (4, "Extended power-via-MDI"),
    (5, "Inventory - hardware revision"),
    (6, "Inventory - firmware revision"),
    (7, "Inventory - software revision"),
    (8, "Inventory - serial number"),
    (9, "Inventory - manufacturer name"),
    (10, "Inventory - model name"),
    (11, "Inventory - asset ID"),
];

const INVENTORY: &[(u32, &str)] = &[
    (5, "Hardware revision"),
    (6, "Firmware revision"),
    (7, "Software revision"),
    (8, "Serial number"),
    (9, "Manufacturer name"),
    (10, "Model name"),
    (11, "Asset ID"),
];

const CAPABILITIES: &[(u32, &str)] = &[
    (1 << 0, "LLDP-MED capabilities"),
    (1 << 1, "network policy"),
    (1 << 2, "location identification"),
    (1 << 3, "extended power via MDI-PSE"),
    (1 << 4, "extended power via MDI-PD"),
    (1 << 5, "Inventory"),
];

const DEVICE_TYPES: &[(u32, &str)] = &[
    (1, "endpoint class 1"),
    (2, "endpoint class 2"),
    (3, "endpoint class 3"),
    (4, "network connectivity"),
];

const APPLICATION_TYPES: &[(u32, &str)] = &[
    (1, "voice"),
    (2, "voice signaling"),
    (3, "guest voice"),
    (4, "guest voice signaling"),
    (5, "softphone voice"),
    (6, "video conferencing"),
    (7, "streaming video"),
    (8, "video signaling"),
];

const POLICY_FLAGS: &[(u32, &str)] = &[
    (1 << 7, "Unknown"),
    (1 << 6, "Tagged"),
    (1 << 5, "reserved"),
];

const LOCATION_FORMATS: &[(u32, &str)] = &[
    (1, "coordinate-based LCI"),
    (2, "civic address LCI"),
    (3, "ECS ELIN"),
];

const ALTITUDE_TYPES: &[(u32, &str)] = &[(1, "meters"), (2, "floors")];

const DATUMS: &[(u32, &str)] = &[
    (1, "World Geodesic System 1984"),
    (2, "North American Datum 1983 (NAVD88)"),
    (3, "North American Datum 1983 (MLLW)"),
];

const LCI_WHAT: &[(u32, &str)] = &[
    (0, "location of DHCP server"),
    (
        1,
        "location of the network element believed to be closest to the client",
    ),
    (2, "location of the client"),
];

/// ANSI/TIA-1057 annex B's civic address types.
const CA_TYPES: &[(u32, &str)] = &[
    (
        1,
        "national subdivisions (state,canton,region,province,prefecture)",
    ),
    (2, "county, parish, gun, district"),
    (3, "city, township, shi"),
    (4, "city division, borough, city district, ward chou"),
    (5, "neighborhood, block"),
    (6, "street"),
];

const POWER_SOURCES: &[(u32, &str)] = &[
    (1, "PSE - primary power source"),
    (2, "local - backup power source"),
    (3, "PSE+local - reserved"),
];

const POWER_PRIORITIES: &[(u32, &str)] = &[(1, "critical"), (2, "high"), (3, "low")];

/// The least TLV length each LLDP-MED subtype needs.
const MIN_LENS: &[(u8, usize)] = &[(1, 7), (2, 8), (3, 5), (4, 7)];

/// lldp_private_tia_print; true asks for a hex dump.
pub(super) fn tia(c: &mut Ctx, t: &[u8]) -> Res<bool> {
    let len = t.len();
    let Some(subtype) = org_subtype(c, t, SUBTYPES, MIN_LENS)? else {
        return Ok(false);
    };
    match subtype {
        1 => {
            let caps = be16(t, 4)?;
            let device = u8at(t, 6)?;
            c.s("\n\t    Media capabilities [");
            c.flag_names(caps.into(), CAPABILITIES);
            c.s("] (0x");
            c.out.hex0(caps.into(), 4);
            c.s(")\n\t    Device type [");
            c.tok(DEVICE_TYPES, device.into(), "unknown");
            c.s("] (0x");
            c.out.hex0(device.into(), 2);
            c.s(")");
        }
        2 => {
            let app = u8at(t, 4)?;
            c.s("\n\t    Application type [");
            c.tok(APPLICATION_TYPES, app.into(), "none");
            c.s("] (0x");
            c.out.hex0(app.into(), 2);
            c.s("), Flags [");
            c.flag_names(u8at(t, 5)?.into(), POLICY_FLAGS);
            c.s("]\n\t    Vlan id ");
            c.dec((be16(t, 5)? & 0x1ffe) >> 1);
            let qos = be16(t, 6)?;
            c.s_dec(", L2 priority ", (qos & 0x01ff) >> 6);
            c.s_dec(", DSCP value ", qos & 0x003f);
        }
        3 => {
            return location(c, t);
        }
        4 => {
            let v = u8at(t, 4)?;
            // tcpdump tests `v & 0xC0 >> 6`, which C reads as `v & 0x03`.
            c.s(if v & 0x03 != 0 {
                "\n\t    Power type [PD device]"
            } else {
                "\n\t    Power type [PSE device]"
            });
            c.s(", Power source [");
            c.tok(POWER_SOURCES, ((v & 0x30) >> 4).into(), "none");
            c.s("]\n\t    Power priority [");
            c.tok(POWER_PRIORITIES, (v & 0x0f).into(), "none");
            c.s("] (0x");
            c.out.hex0((v & 0x0f).into(), 2);
            c.s(")");
            let power = be16(t, 5)?;
            if power < 1024 {
                // "%.1f" of power / 10: exact in tenths for these values.
                c.s_dec(", Power ", power / 10);
                c.s_dec(".", power % 10);
                c.s(" Watts");
            } else {
                c.s_dec(", Power ", power);
                c.s(" (Reserved)");
            }
        }
        5..=11 => {
            c.s("\n\t  ");
            c.tok(INVENTORY, subtype.into(), "unknown");
            c.s(" ");
            c.printjnp(t, 4, len - 4)?;
        }
        _ => return Ok(true),
    }
    Ok(false)
}

/// The location identification TLV: coordinates, a civic address or an
/// emergency number.
fn location(c: &mut Ctx, t: &[u8]) -> Res<bool> {
    let len = t.len();
    let format = u8at(t, 4)?;
    c.s("\n\t    Location data format ");
    c.name_code(
        name_of(LOCATION_FORMATS, format.into(), "unknown"),
        format,
        2,
    );
    match format {
        1 => {
            if len < 21 {
                return Ok(false);
            }
            for (label, value_label, at) in [
                ("\n\t    Latitude resolution ", ", latitude value ", 5),
                ("\n\t    Longitude resolution ", ", longitude value ", 10),
            ] {
                let first = u8at(t, at)?;
                c.s(label);
                c.dec(first >> 2);
                c.s(value_label);
                // 34 bits: the low two of the first byte and four more.
                c.dec(u64::from(first & 0x3) << 32 | u64::from(be32(t, at + 1)?));
            }
            let altitude_type = u8at(t, 15)? >> 4;
            c.s("\n\t    Altitude type ");
            c.tok_num(ALTITUDE_TYPES, altitude_type.into(), "unknown");
            c.s("\n\t    Altitude resolution ");
            c.dec((be16(t, 15)? >> 6) & 0x3f);
            c.s(", altitude value 0x");
            c.out.hex((be32(t, 16)? & 0x3fff_ffff).into());
            let datum = u8at(t, 20)?;
            c.s("\n\t    Datum ");
            c.name_code(name_of(DATUMS, datum.into(), "unknown"), datum, 2);
        }
        2 => return civic(c, t),
        3 => {
            c.s("\n\t    ECS ELIN id ");
            c.printjnp(t, 5, len - 5)?;
        }
        _ => {
            c.s("\n\t    Location ID ");
            c.unknown_data(t, 5, "\n\t      ", len - 5);
        }
    }
    Ok(false)
}

/// A civic address LCI: what it locates, the country and each element.
fn civic(c: &mut Ctx, t: &[u8]) -> Res<bool> {
    if t.len() < 6 {
        return Ok(false);
    }
    let lci_len = usize::from(u8at(t, 5)?);
    if lci_len < 3 || t.len() < 7 + lci_len {
        return Ok(false);
    }
    let what = u8at(t, 6)?;
    c.s_dec("\n\t    LCI length ", lci_len as u64);
    c.s(", LCI what ");
    c.name_code(name_of(LCI_WHAT, what.into(), "unknown"), what, 2);
    c.s(", Country-code ");
    c.printjnp(t, 7, 2)?;
    let mut left = lci_len - 3;
    let mut at = 9;
    while left > 0 {
        if left < 2 {
            return Ok(false);
        }
        let ca_type = u8at(t, at)?;
        let ca_len = usize::from(u8at(t, at + 1)?);
        at += 2;
        left -= 2;
        c.s("\n\t      CA type '");
        name_and_code(c, CA_TYPES, ca_type.into(), "unknown", "'");
        c.s_dec(", length ", ca_len as u64);
        c.s(": ");
        if ca_type == 0 || ca_len == 0 || left < ca_len {
            return Ok(false);
        }
        c.printjnp(t, at, ca_len)?;
        at += ca_len;
        left -= ca_len;
    }
    Ok(false)
}
