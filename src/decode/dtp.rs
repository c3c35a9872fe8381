//! Cisco's Dynamic Trunking Protocol (print-dtp.c): the version line, and
//! with -v the domain, status, type and neighbor TLVs.

use super::ctx::{codes, tcheck};
use super::out::Emit;
use super::{Ctx, Res, be16, bytes, dispatch, u8at};

codes! {
    /// dtp_tlv_values.
    TLVS: u16 {
        DOMAIN = 1 => "Domain",
        STATUS = 2 => "Status",
        DTP_TYPE = 3 => "DTP type",
        NEIGHBOR = 4 => "Neighbor",
    }
}

/// dtp_print.
pub(crate) fn dtp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "dtp";
    if length < 1 {
        c.s("[zero packet length]");
        c.invalid();
        return Ok(());
    }
    let version = u8at(b, 0)?;
    c.s_dec("DTPv", version);
    c.s_dec(", length ", length as u64);
    if c.o.verbose == 0 {
        return Ok(());
    }
    let mut at = 1usize;
    let mut left = length - 1;
    while left > 0 {
        if left < 4 {
            c.s_dec("[", left as u64);
            c.s(" bytes remaining]");
            c.invalid();
            return tcheck(b, at, left);
        }
        let ty = be16(b, at)?;
        let len = usize::from(be16(b, at + 2)?);
        // Seen in captures: a zero type ends the TLVs.
        if ty == 0 {
            return Ok(());
        }
        c.s("\n\t");
        c.tok_hex(TLVS, ty.into(), "Unknown", 4);
        c.s_dec(" TLV, length ", len as u64);
        // A length that does not pass its own header would not advance.
        if len < 4 || len > left {
            c.s_dec("[invalid TLV length ", len as u64);
            c.s("]");
            c.invalid();
            return tcheck(b, at, left);
        }
        match ty {
            DOMAIN => {
                c.s(", ");
                c.printjnp(b, at + 4, len - 4)?;
            }
            STATUS | DTP_TYPE | NEIGHBOR => {
                // A status or a type is one byte, a neighbor a MAC address;
                // another length is invalid.
                let want = if ty == NEIGHBOR { 10 } else { 5 };
                if len != want {
                    c.invalid();
                    return tcheck(b, at, left);
                }
                if ty == NEIGHBOR {
                    let mac = bytes(b, at + 4, 6)?;
                    c.s(", ");
                    dispatch::mac(c, mac);
                } else {
                    let v = u8at(b, at + 4)?;
                    c.s(", 0x");
                    c.out.hex(v.into());
                }
            }
            _ => tcheck(b, at, len)?,
        }
        at += len;
        left -= len;
    }
    Ok(())
}
