//! The IEEE 802.1 (802.1AB annex E, DCB, EVB) and 802.3 organisation TLVs.
//! Each printer gets the whole TLV value (OUI at 0, subtype at 3) and
//! returns true when tcpdump would dump it in hex.

use super::super::out::Emit;
use super::super::{Ctx, Res, be16, be32, u8at};
use super::{be24, bit_row, dec_left, org_subtype};

const DOT1_SUBTYPES: &[(u32, &str)] = &[
    (1, "Port VLAN Id"),
    (2, "Port and Protocol VLAN ID"),
    (3, "VLAN name"),
    (4, "Protocol Identity"),
    (7, "Link aggregation"),
    (8, "Congestion Notification"),
    (9, "ETS Configuration"),
    (10, "ETS Recommendation"),
    (11, "Priority Flow Control Configuration"),
    (12, "Application Priority"),
    (13, "EVB"),
    (14, "CDCP"),
];

const PROTOCOL_VLAN_FLAGS: &[(u32, &str)] = &[(1 << 1, "supported"), (1 << 2, "enabled")];

const AGGREGATION: &[(u32, &str)] = &[(1 << 0, "supported"), (1 << 1, "enabled")];

const EVB_MODES: &[(u32, &str)] = &[
    (0, "Not Supported"),
    (1, "EVB Bridge"),
    (2, "EVB Station"),
    (3, "Reserved for future Standardization"),
];

/// The least TLV length each 802.1 subtype tcpdump decodes needs.
const DOT1_MIN_LENS: &[(u8, usize)] = &[
    (1, 6),
    (2, 7),
    (3, 6),
    (4, 5),
    (7, 9),
    (8, 6),
    (9, 25),
    (10, 25),
    (11, 6),
    (12, 5),
    (13, 9),
    (14, 8),
];

/// lldp_private_8021_print.
pub(super) fn dot1(c: &mut Ctx, t: &[u8]) -> Res<bool> {
    let len = t.len();
    let Some(subtype) = org_subtype(c, t, DOT1_SUBTYPES, DOT1_MIN_LENS)? else {
        return Ok(false);
    };
    match subtype {
        1 => {
            c.s("\n\t    port vlan id (PVID): ");
            c.dec(be16(t, 4)?);
        }
        2 => {
            let flags = u8at(t, 4)?;
            c.s("\n\t    port and protocol vlan id (PPVID): ");
            c.dec(be16(t, 5)?);
            c.s(", flags [");
            c.flag_names(flags.into(), PROTOCOL_VLAN_FLAGS);
            c.s("] (0x");
            c.out.hex0(flags.into(), 2);
            c.s(")");
        }
        3 => {
            c.s("\n\t    vlan id (VID): ");
            c.dec(be16(t, 4)?);
            if len < 7 {
                return Ok(false);
            }
            let name_len = usize::from(u8at(t, 6)?);
            if len < 7 + name_len {
                return Ok(false);
            }
            c.s("\n\t    vlan name: ");
            c.printjnp(t, 7, name_len)?;
        }
        4 => {
            let id_len = usize::from(u8at(t, 4)?);
            if len < 5 + id_len {
                return Ok(false);
            }
            c.s("\n\t    protocol identity: ");
            c.printjnp(t, 5, id_len)?;
        }
        7 => {
            aggregation(c, t)?;
        }
        8 => {
            c.s("\n\t    Pre-Priority CNPV Indicator");
            priority_row(c, u8at(t, 4)?);
            c.s("\n\t    Pre-Priority Ready Indicator");
            priority_row(c, u8at(t, 5)?);
        }
        9 | 10 => {
            let v = u8at(t, 4)?;
            if subtype == 9 {
                // tcpdump shifts CBS by 6 and masks with 0x02, so it
                // prints 0 or 2; kept as it prints.
                labelled(
                    c,
                    &["\n\t    Willing:", ", CBS:", ", RES:", ", Max TCs:"],
                    &[v >> 7, (v >> 6) & 0x02, (v >> 3) & 0x07, v & 0x07],
                );
            } else {
                c.s_dec("\n\t    RES: ", v);
            }
            ets_tables(c, t)?;
        }
        11 => {
            let v = u8at(t, 4)?;
            labelled(
                c,
                &["\n\t    Willing: ", ", MBC: ", ", RES: ", ", PFC cap:"],
                &[v >> 7, (v >> 6) & 0x01, (v >> 4) & 0x03, v & 0x0f],
            );
            c.s(" \n\t    PFC Enable");
            priority_row(c, u8at(t, 5)?);
        }
        12 => {
            c.s("\n\t    RES: ");
            c.dec(u8at(t, 4)?);
            let table_len = len - 5;
            if table_len == 0 || table_len % 3 != 0 {
                return Ok(false);
            }
            c.s("\n\t    Application Priority Table");
            for at in (5..len).step_by(3) {
                let v = u8at(t, at)?;
                let proto = be16(t, at + 1)?;
                labelled(
                    c,
                    &["\n\t      Priority: ", ", RES: ", ", Sel: "],
                    &[v >> 5, (v >> 3) & 0x03, v & 0x07],
                );
                c.s_dec(", Protocol ID: ", proto);
            }
        }
        13 => {
            evb(c, t)?;
        }
        14 => {
            let v = u8at(t, 4)?;
            labelled(
                c,
                &["\n\t    Role: ", ", RES: ", ", Scomp: "],
                &[v >> 7, (v >> 4) & 0x07, (v >> 3) & 0x01],
            );
            c.s(" ChnCap: ");
            c.dec(be16(t, 6)? & 0x0fff);
            if (len - 8) % 3 != 0 {
                return Ok(false);
            }
            for at in (8..len).step_by(3) {
                let v = be24(t, at)?;
                c.s_dec("\n\t    SCID: ", v >> 12);
                c.s_dec(", SVID: ", v & 0x000fff);
            }
        }
        _ => return Ok(true),
    }
    Ok(false)
}

/// Bit fields of a byte, each after its label.
fn labelled(c: &mut Ctx, labels: &[&str], values: &[u8]) {
    for (label, &v) in labels.iter().zip(values) {
        c.s(label);
        c.dec(v);
    }
}

/// The 802.1 and 802.3 link aggregation TLVs, which are the same.
fn aggregation(c: &mut Ctx, t: &[u8]) -> Res {
    let status = u8at(t, 4)?;
    let port = be32(t, 5)?;
    c.s("\n\t    aggregation status [");
    c.flag_names(status.into(), AGGREGATION);
    c.s_dec("], aggregation port ID ", port);
    Ok(())
}

/// A "Priority : 0 .. 7" header and one bit of `v` per priority.
fn priority_row(c: &mut Ctx, v: u8) {
    c.s("\n\t     Priority : 0  1  2  3  4  5  6  7");
    c.s("\n\t     Value    : ");
    bit_row(c, v);
}

/// The priority assignment, TC bandwidth and TSA tables of the ETS
/// configuration and recommendation TLVs (at 5, 9 and 17).
fn ets_tables(c: &mut Ctx, t: &[u8]) -> Res {
    c.s("\n\t    Priority Assignment Table");
    c.s("\n\t     Priority : 0   1   2   3   4   5   6   7");
    c.s("\n\t     Value    :");
    for at in 5..9 {
        let v = u8at(t, at)?;
        for nibble in [v >> 4, v & 0x0f] {
            c.s(" ");
            dec_left(c, nibble.into(), 3);
        }
    }
    let tables = [
        (
            "\n\t    TC Bandwidth Table\n\t     TC%   : 0   1   2   3   4   5   6   7\n\t     Value :",
            9,
        ),
        (
            "\n\t    TSA Assignment Table\n\t     Traffic Class: 0   1   2   3   4   5   6   7\n\t     Value        :",
            17,
        ),
    ];
    for (head, start) in tables {
        c.s(head);
        for at in start..start + 8 {
            c.s(" ");
            dec_left(c, u8at(t, at)?.into(), 3);
        }
    }
    Ok(())
}

/// The EVB TLV (802.1Qbg): bridge and station status, retries, mode,
/// timers.
fn evb(c: &mut Ctx, t: &[u8]) -> Res {
    let bridge = u8at(t, 4)?;
    c.s("\n\t    EVB Bridge Status");
    labelled(
        c,
        &["\n\t      RES: ", ", BGID: ", ", RRCAP: ", ", RRCTR: "],
        &[
            bridge >> 3,
            (bridge >> 2) & 1,
            (bridge >> 1) & 1,
            bridge & 1,
        ],
    );
    let station = u8at(t, 5)?;
    c.s("\n\t    EVB Station Status");
    labelled(
        c,
        &["\n\t      RES: ", ", SGID: ", ", RRREQ: ", ",RRSTAT: "],
        &[
            station >> 4,
            (station >> 3) & 1,
            (station >> 2) & 1,
            station & 3,
        ],
    );
    let retries = u8at(t, 6)?;
    labelled(
        c,
        &["\n\t    R: ", ", RTE: "],
        &[retries >> 5, retries & 0x1f],
    );
    let mode = u8at(t, 7)?;
    c.s(", EVB Mode: ");
    c.tok(EVB_MODES, (mode >> 6).into(), "unknown");
    c.s_dec(" [", mode >> 6);
    c.s_dec("]\n\t    ROL: ", (mode >> 5) & 1);
    c.s_dec(", RWD: ", mode & 0x1f);
    let keepalive = u8at(t, 8)?;
    labelled(
        c,
        &[", RES: ", ", ROL: ", ", RKA: "],
        &[keepalive >> 6, (keepalive >> 5) & 1, keepalive & 0x1f],
    );
    Ok(())
}

const DOT3_SUBTYPES: &[(u32, &str)] = &[
    (1, "MAC/PHY configuration/status"),
    (2, "Power via MDI"),
    (3, "Link aggregation"),
    (4, "Max frame size"),
];

const AUTONEGOTIATION: &[(u32, &str)] = &[(1 << 0, "supported"), (1 << 1, "enabled")];

/// RFC 3636's ifMauAutoNegCapAdvertisedBits, as tcpdump names them.
const PMD_CAPABILITIES: &[(u32, &str)] = &[
    (1 << 14, "10BASE-T hdx"),
    (1 << 13, "10BASE-T fdx"),
    (1 << 12, "100BASE-T4"),
    (1 << 11, "100BASE-TX hdx"),
    (1 << 10, "100BASE-TX fdx"),
    (1 << 9, "100BASE-T2 hdx"),
    (1 << 8, "100BASE-T2 fdx"),
    (1 << 7, "Pause for fdx links"),
    (1 << 6, "Asym PAUSE for fdx"),
    (1 << 5, "Sym PAUSE for fdx"),
    (1 << 4, "Asym and Sym PAUSE for fdx"),
    (1 << 3, "1000BASE-{X LX SX CX} hdx"),
    (1 << 2, "1000BASE-{X LX SX CX} fdx"),
    (1 << 1, "1000BASE-T hdx"),
    (1 << 0, "1000BASE-T fdx"),
];

/// RFC 3636's dot3MauType, by index.
const MAU_TYPES: [&str; 41] = [
    "Unknown",
    "AUI",
    "10BASE_5",
    "FOIRL",
    "10BASE2",
    "10BASET duplex mode unknown",
    "10BASEFP",
    "10BASEFB",
    "10BASEFL duplex mode unknown",
    "10BROAD36",
    "10BASET hdx",
    "10BASET fdx",
    "10BASEFL hdx",
    "10BASEFL fdx",
    "100BASET4",
    "100BASETX hdx",
    "100BASETX fdx",
    "100BASEFX hdx",
    "100BASEFX fdx",
    "100BASET2 hdx",
    "100BASET2 fdx",
    "1000BASEX hdx",
    "1000BASEX fdx",
    "1000BASELX hdx",
    "1000BASELX fdx",
    "1000BASESX hdx",
    "1000BASESX fdx",
    "1000BASECX hdx",
    "1000BASECX fdx",
    "1000BASET hdx",
    "1000BASET fdx",
    "10GBASEX",
    "10GBASELX4",
    "10GBASER",
    "10GBASEER",
    "10GBASELR",
    "10GBASESR",
    "10GBASEW",
    "10GBASEEW",
    "10GBASELW",
    "10GBASESW",
];

const MDI_POWER: &[(u32, &str)] = &[
    (1 << 0, "PSE"),
    (1 << 1, "supported"),
    (1 << 2, "enabled"),
    (1 << 3, "can be controlled"),
];

const MDI_POWER_PAIRS: &[(u32, &str)] = &[(1, "signal"), (2, "spare")];

const MDI_POWER_CLASSES: &[(u32, &str)] = &[
    (1, "class0"),
    (2, "class1"),
    (3, "class2"),
    (4, "class3"),
    (5, "class4"),
];

/// The least TLV length each 802.3 subtype needs.
const DOT3_MIN_LENS: &[(u8, usize)] = &[(1, 9), (2, 7), (3, 9), (4, 6)];

/// lldp_private_8023_print.
pub(super) fn dot3(c: &mut Ctx, t: &[u8]) -> Res<bool> {
    let Some(subtype) = org_subtype(c, t, DOT3_SUBTYPES, DOT3_MIN_LENS)? else {
        return Ok(false);
    };
    match subtype {
        1 => {
            let autoneg = u8at(t, 4)?;
            let pmd = be16(t, 5)?;
            let mau = be16(t, 7)?;
            c.s("\n\t    autonegotiation [");
            c.flag_names(autoneg.into(), AUTONEGOTIATION);
            c.s("] (0x");
            c.out.hex0(autoneg.into(), 2);
            c.s(")\n\t    PMD autoneg capability [");
            c.bit_names(pmd.into(), PMD_CAPABILITIES, "unknown");
            c.s("] (0x");
            c.out.hex0(pmd.into(), 4);
            c.s(")\n\t    MAU type ");
            let mau_name = MAU_TYPES.get(usize::from(mau)).copied();
            c.name_code(mau_name.unwrap_or("unknown"), mau, 4);
        }
        2 => {
            c.s("\n\t    MDI power support [");
            c.flag_names(u8at(t, 4)?.into(), MDI_POWER);
            c.s("], power pair ");
            c.tok(MDI_POWER_PAIRS, u8at(t, 5)?.into(), "unknown");
            c.s(", power class ");
            c.tok(MDI_POWER_CLASSES, u8at(t, 6)?.into(), "unknown");
        }
        3 => {
            aggregation(c, t)?;
        }
        4 => {
            c.s("\n\t    MTU size ");
            c.dec(be16(t, 4)?);
        }
        _ => return Ok(true),
    }
    Ok(false)
}
