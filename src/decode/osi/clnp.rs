//! CLNP (ISO 8473; clnp_print): the header's sanity checks and, without
//! -v, the one-line summary of addresses and PDU type. The -v body
//! (header fields, options, error reports, payload) is not decoded yet:
//! with -v the summary is replaced by the PDU's length only.

use super::super::{Ctx, Res, bytes, u8at};
use super::isis_tlv::isonsap;

const HEADER_LEN: usize = 9;

fn pdu_name(c: &mut Ctx, t: u8) {
    match t {
        1 => c.s("Error Report"),
        29 => c.s("MD"),
        28 => c.s("Data"),
        30 => c.s("Echo Request"),
        31 => c.s("Echo Response"),
        _ => {
            c.s_dec("unknown (", t);
            c.s(")");
        }
    }
}

/// clnp_print: `b` from the NLPID. Ok(false) when tcpdump gives up on the
/// header and the caller dumps the PDU.
pub(super) fn clnp(c: &mut Ctx, b: &[u8], length: usize) -> Res<bool> {
    c.proto = "clnp";
    let h = bytes(b, 0, HEADER_LEN)?;
    let li = usize::from(h[1]);
    if !c.o.link_header {
        c.s("CLNP");
    }
    if h[2] != 1 {
        c.version_not_supported("", h[2]);
        return Ok(false);
    }
    if li > length {
        super::li_past_pdu(c, li, length);
        return Ok(false);
    }
    if li < HEADER_LEN {
        c.s_dec(" length indicator ", li as u64);
        c.s(" < min PDU size:");
        for &byte in b {
            c.s(&format!("{byte:02X}"));
        }
        return Ok(false);
    }
    let pdu_type = h[4] & 0x1f;
    let mut p = HEADER_LEN;
    let mut left = li - HEADER_LEN;
    let address = |p: &mut usize, left: &mut usize| -> Res<Option<(usize, usize)>> {
        if *left < 1 {
            return Ok(None);
        }
        let l = usize::from(u8at(b, *p)?);
        *p += 1;
        *left -= 1;
        if *left < l {
            return Ok(None);
        }
        bytes(b, *p, l)?;
        let at = *p;
        *p += l;
        *left -= l;
        Ok(Some((at, l)))
    };
    let Some(dst) = address(&mut p, &mut left)? else {
        c.s("li < size of fixed part of CLNP header and addresses");
        return Ok(false);
    };
    let Some(src) = address(&mut p, &mut left)? else {
        c.s("li < size of fixed part of CLNP header and addresses");
        return Ok(false);
    };
    if !c.o.link_header {
        c.s(", ");
    }
    if c.o.verbose < 1 {
        isonsap(c, b, src.0, src.1)?;
        c.s(" > ");
        isonsap(c, b, dst.0, dst.1)?;
        c.s(", ");
        pdu_name(c, pdu_type);
        c.s_dec(", length ", length as u64);
        return Ok(true);
    }
    c.s_dec("length ", length as u64);
    Ok(true)
}
