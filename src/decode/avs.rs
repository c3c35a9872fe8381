//! The AVS capture header in front of 802.11 frames
//! (DLT_IEEE802_11_RADIO_AVS): tcpdump skips it by its own length field
//! and prints none of its radio information.

use super::{Ctx, Res, be32, dispatch};

/// Version cookie, then the header length: the least a header can be.
const MIN_LEN: usize = 8;
const LENGTH_AT: usize = 4;

/// DLT_IEEE802_11_RADIO_AVS (also reached from a Prism capture whose
/// first word is an AVS cookie).
pub(crate) fn link(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "802.11_radio_avs";
    let caplen = b.len();
    if caplen < MIN_LEN {
        return c.link_header_cut(caplen);
    }
    let hdr_len = be32(b, LENGTH_AT)? as usize;
    if hdr_len < MIN_LEN || caplen < hdr_len {
        return c.link_header_cut(caplen);
    }
    let length = (wire_len as usize).saturating_sub(hdr_len);
    let n = dispatch::ieee802_11(c, &b[hdr_len..], length, false, 0)?;
    c.ll_len += hdr_len + n;
    Ok(())
}
