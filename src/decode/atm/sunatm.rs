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

#[cfg(test)]
mod tests {

    use super::super::super::tests::never_panics;
    use crate::link::LinkType;
    use crate::wire::linktype;

    const SUNATM: LinkType = LinkType::Other(linktype::SUNATM);

    #[test]
    fn hostile_frames_never_panic() {
        never_panics(
            SUNATM,
            &[
                "02000020aaaa030000000800450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
                "010000300001020000000002020000000001080045000020",
                "01000030ff00010100010000",
                "00000005090300000105000000",
                "0000000300000000301801deadbeef0102030405060708090a0b0c0d0e0f101112131415161718",
            ],
        );
    }
}
