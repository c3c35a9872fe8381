//! IS-IS capability TLVs: the router capability with its SR sub-TLV, the
//! multi-topology (SPB) capabilities, vendor-private TLVs, and the dump of
//! TLVs tcpdump has no decoder for.

use super::super::names::oui_name;
use super::super::{Ctx, Res, be16, bytes, u8at};
use super::isis_spb;
use super::isis_tlv::Next;
use super::{be24, unknown_data};

/// The TLVs isis_tlv.rs leaves: `len` bytes at `p`.
pub(super) fn tlv(c: &mut Ctx, b: &[u8], p: usize, t: u8, len: usize) -> Res<Next> {
    match t {
        242 => {
            if len < 5 {
                c.s_dec(" [object length ", len as u64);
                c.s(" < 5]");
                c.invalid();
                return Ok(Next::Go);
            }
            let v0 = bytes(b, p, 4)?;
            c.s("\n\t      Router-ID ");
            c.ip4(v0);
            let v0 = u8at(b, p + 4)?;
            c.s(", Flags [");
            c.flag_names(v0.into(), &[(1, "S bit"), (2, "D bit")]);
            c.s("]");
            if len > 5 {
                router_cap_subtlvs(c, b, p + 5, len - 5)?;
            }
        }
        143 | 144 => {
            if len < 2 {
                return Ok(Next::TlvTrunc);
            }
            let v = be16(b, p)?;
            if t == 143 {
                c.s("\n\t       RES: ");
            } else {
                c.s_dec("\n\t      O: ", (v >> 15) & 1);
                c.s(", RES: ");
            }
            c.dec(if t == 143 { v >> 12 } else { (v >> 12) & 7 });
            c.s_dec(", MTID(s): ", v & 0x0fff);
            if len > 2 {
                if t == 143 {
                    isis_spb::port_cap(c, b, p + 2, len - 2)?;
                } else {
                    isis_spb::capability(c, b, p + 2, len - 2)?;
                }
            }
        }
        250 => {
            if len < 3 {
                return Ok(Next::Go);
            }
            let vendor = be24(b, p)?;
            c.s("\n\t      Vendor: ");
            c.s(oui_name(vendor));
            c.s_dec(" (", vendor);
            c.s(")");
            if len > 3 {
                unknown_data(c, b, p + 3, "\n\t\t", len - 3);
            }
        }
        _ => {
            if c.o.verbose <= 1 {
                unknown_data(c, b, p, "\n\t\t", len);
            }
        }
    }
    Ok(Next::Go)
}

/// isis_print_router_cap_subtlv: SR capabilities, others dumped. A
/// sub-TLV longer than what is left ends the list.
fn router_cap_subtlvs(c: &mut Ctx, b: &[u8], mut p: usize, mut tlen: usize) -> Res {
    while tlen >= 2 {
        let st = u8at(b, p)?;
        let sl = usize::from(u8at(b, p + 1)?);
        tlen -= 2;
        p += 2;
        c.s("\n\t\t");
        c.s(if st == 2 {
            "SR-Capabilities"
        } else {
            "unknown"
        });
        c.dec_fields(&[(" subTLV #", u64::from(st)), (", length: ", sl as u64)]);
        if sl > tlen {
            break;
        }
        bytes(b, p, sl)?;
        if st == 2 {
            sr_capabilities(c, b, p, sl)?;
        } else {
            unknown_data(c, b, p, "\n\t\t", sl);
        }
        tlen -= sl;
        p += sl;
    }
    Ok(())
}

fn sr_capabilities(c: &mut Ctx, b: &[u8], p: usize, sl: usize) -> Res {
    let flags = u8at(b, p)?;
    c.s(", Flags [");
    if flags & 0xc0 == 0 {
        c.s("None");
    } else {
        c.flag_names(flags.into(), &[(0x80, "ipv4"), (0x40, "ipv6")]);
    }
    let v0 = be24(b, p + 1)?;
    c.s_dec("], Range ", v0);
    // tcpdump's u8 length wraps below 4.
    let mut left = usize::from((sl as u8).wrapping_sub(4));
    let mut q = p + 4;
    while left >= 5 {
        let kind = u8at(b, q)?;
        let l = usize::from(u8at(b, q + 1)?);
        left -= 2;
        q += 2;
        if l > left {
            break;
        }
        if kind == 1 {
            match l {
                3 => {
                    let v0 = be24(b, q)?;
                    c.s_dec(", SID value ", v0);
                }
                4 => {
                    c.s(", SID value ");
                    c.dec(u32::from_be_bytes(
                        bytes(b, q, 4)?.try_into().unwrap_or_default(),
                    ));
                }
                _ => {
                    c.s_dec(", Unknown SID length", l as u64);
                }
            }
        } else {
            unknown_data(c, b, q, "\n\t\t  ", l);
        }
        q += l;
        left -= l;
    }
    Ok(())
}
