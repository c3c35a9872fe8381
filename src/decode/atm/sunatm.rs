//! The SunATM pseudo-header (print-sunatm.c, DLT_SUNATM): direction and
//! traffic type, VPI, VCI, then the AAL5 PDU.

use super::super::{Ctx, Res, be16, u8at};
use super::Traffic;

const HEADER_LEN: usize = 4;
const TYPE_LANE: u8 = 0x01;

/// sunatm_if_print; sets the link header length.
pub(crate) fn frame(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "sunatm";
    let flags = u8at(b, 0)?;
    if c.o.link_header {
        c.s(if flags & 0x80 != 0 { "Tx: " } else { "Rx: " });
    }
    // LLC (0x02) and unknown types are both printed as LLC.
    let traffic = if flags & 0x0f == TYPE_LANE {
        Traffic::Lane
    } else {
        Traffic::Llc
    };
    let vpi = u8at(b, 1)?;
    let vci = be16(b, 2)?;
    c.ll_len += HEADER_LEN;
    let length = (wire_len as usize).saturating_sub(HEADER_LEN);
    super::atm(c, vpi, vci, traffic, &b[HEADER_LEN..], length)
}
