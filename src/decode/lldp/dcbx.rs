//! The DCB Capability Exchange Protocol organisation TLV (DCBX 1.01): a
//! walk of its own sub-TLVs (control, priority groups, PFC, application).

use super::super::out::Emit;
use super::super::{Ctx, Res, be16, be32, u8at};
use super::{be24, org_subtype};

const SUBTYPES: &[(u32, &str)] = &[
    (1, "DCB Capability Exchange Protocol Rev 1"),
    (2, "DCB Capability Exchange Protocol Rev 1.01"),
];

const CONTROL: u16 = 1;
const PRIORITY_GROUPS: u16 = 2;
const PRIORITY_FLOW_CONTROL: u16 = 3;
const APPLICATION: u16 = 4;

/// lldp_private_dcbx_print; true asks the caller for a hex dump (Rev 1,
/// which tcpdump does not decode, or a last sub-TLV it did not know).
pub(super) fn dcbx(c: &mut Ctx, t: &[u8]) -> Res<bool> {
    let Some(subtype) = org_subtype(c, t, SUBTYPES, &[])? else {
        return Ok(false);
    };
    if subtype == 1 {
        return Ok(true);
    }
    let verbose = c.o.verbose;
    let mut dump = false;
    let mut at = 4usize;
    let mut left = t.len() - 4;
    while left >= 2 {
        let tlv = be16(t, at)?;
        let (ty, len) = (tlv >> 9, usize::from(tlv & 0x1ff));
        dump = false;
        left -= 2;
        at += 2;
        // A zero type or length would walk nothing.
        if ty == 0 || len == 0 || left < len {
            break;
        }
        let v = &t[at..at + len];
        // A sub-TLV too short for its fields ends the walk, silently.
        let min = match ty {
            CONTROL => 10,
            PRIORITY_GROUPS => 17,
            PRIORITY_FLOW_CONTROL => 6,
            APPLICATION => 4,
            _ => 0,
        };
        if len < min {
            return Ok(dump);
        }
        match ty {
            CONTROL => {
                feature_head(c, "Control - Protocol Control", ty, v)?;
                c.s("\n\t      Sequence Number: ");
                c.dec(be32(v, 2)?);
                c.s("\n\t      Acknowledgement Number: ");
                c.dec(be32(v, 6)?);
            }
            PRIORITY_GROUPS => {
                feature_head(c, "Feature - Priority Group", ty, v)?;
                info_block(c, v)?;
                c.s("\n\t      Priority Allocation");
                let ids = be32(v, 4)?;
                for i in 0..8u32 {
                    c.s_dec("\n\t          PgId_", i);
                    c.s_dec(": ", (ids >> (28 - 4 * i)) & 0xf);
                }
                c.s("\n\t      Priority Group Allocation");
                for i in 0..8usize {
                    c.s_dec("\n\t          Pg percentage[", i as u64);
                    c.s("]: ");
                    c.dec(u8at(v, 8 + i)?);
                }
                c.s("\n\t      NumTCsSupported: ");
                c.dec(u8at(v, 16)?);
            }
            PRIORITY_FLOW_CONTROL => {
                feature_head(c, "Feature - Priority Flow Control", ty, v)?;
                info_block(c, v)?;
                let config = u8at(v, 4)?;
                c.s("\n\t      PFC Config (0x");
                hex_upper(c, config);
                c.s(")");
                for i in 0..8u8 {
                    c.s_dec("\n\t          Priority Bit ", i);
                    c.s(if config & (1 << i) != 0 {
                        ": Enabled"
                    } else {
                        ": Disabled"
                    });
                }
                c.s("\n\t      NumTCPFCSupported: ");
                c.dec(u8at(v, 5)?);
            }
            APPLICATION => {
                feature_head(c, "Feature - Application", ty, v)?;
                info_block(c, v)?;
                for app in v[4..].chunks_exact(6) {
                    let sf_oui = be24(app, 2)?;
                    c.s("\n\t      Application Value\n\t          Application Protocol ID: 0x");
                    c.out.hex0(be16(app, 0)?.into(), 4);
                    c.s("\n\t          SF (0x");
                    c.out.hex((sf_oui >> 22).into());
                    c.s(if sf_oui >> 22 != 0 {
                        ") Application Protocol ID is Socket Number"
                    } else {
                        ") Application Protocol ID is L2 EtherType"
                    });
                    c.s("\n\t          OUI: 0x");
                    c.out.hex0((sf_oui & 0x3f_ffff).into(), 6);
                    c.s("\n\t          User Priority Map: 0x");
                    c.out.hex0(u8at(app, 5)?.into(), 2);
                }
            }
            _ => dump = true,
        }
        if verbose > 1 || (verbose > 0 && dump) {
            c.unknown_data(v, 0, "\n\t    ", len);
        }
        left -= len;
        at += len;
    }
    Ok(dump)
}

/// "NAME (type 0xN, length N)" and the two version lines every sub-TLV
/// starts with.
fn feature_head(c: &mut Ctx, what: &str, ty: u16, v: &[u8]) -> Res {
    c.s("\n\t    ");
    c.s(what);
    c.s(" (type 0x");
    c.out.hex(ty.into());
    c.s_dec(", length ", v.len() as u64);
    c.s(")\n\t      Oper_Version: ");
    c.dec(u8at(v, 0)?);
    c.s("\n\t      Max_Version: ");
    c.dec(u8at(v, 1)?);
    Ok(())
}

/// The feature sub-TLVs' info block (enable, willing, error bits) and
/// subtype.
fn info_block(c: &mut Ctx, v: &[u8]) -> Res {
    let info = u8at(v, 2)?;
    c.s("\n\t      Info block(0x");
    hex_upper(c, info);
    c.s_dec("): Enable bit: ", info >> 7 & 1);
    c.s_dec(", Willing bit: ", info >> 6 & 1);
    c.s_dec(", Error Bit: ", info >> 5 & 1);
    c.s("\n\t      SubType: ");
    c.dec(u8at(v, 3)?);
    Ok(())
}

/// "%02X": two uppercase hex digits.
fn hex_upper(c: &mut Ctx, v: u8) {
    const DIGITS: &[u8; 16] = b"0123456789ABCDEF";
    c.out.ch(DIGITS[usize::from(v >> 4)]);
    c.out.ch(DIGITS[usize::from(v & 0xf)]);
}
