//! 802.15.4 TAP (DLT_IEEE802_15_4_TAP, print-802_15_4.c's
//! ieee802_15_4_tap_if_print): a little-endian pseudo-header (version,
//! reserved, total length, then TLVs tcpdump skips) before the frame.

use super::super::{Ctx, Res, u8at};
use super::fields::le16;

/// Version, reserved byte and the 2-byte header length.
const FIXED_LEN: usize = 4;
const VERSION: u8 = 0;

/// ieee802_15_4_tap_if_print: the frame behind the pseudo-header; a
/// header of another version or shorter than its fixed part is invalid.
pub(crate) fn frame(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "802.15.4_tap";
    if b.len() < FIXED_LEN {
        return truncated(c, b);
    }
    let version = u8at(b, 0)?;
    let length = usize::from(le16(b, 2)?);
    if version != VERSION || length < FIXED_LEN {
        c.invalid();
        return Ok(());
    }
    let Some(inner) = b.get(length..) else {
        return truncated(c, b);
    };
    c.ll_len += length;
    super::frame(c, inner, wire_len.saturating_sub(length as u32))
}

/// A pseudo-header cut short: the mark, and all of it counted as link
/// header.
fn truncated(c: &mut Ctx, b: &[u8]) -> Res {
    c.trunc();
    c.ll_len += b.len();
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden_link, numeric};
    use crate::link::LinkType;
    use crate::wire::linktype;

    /// An Association Response command frame with its FCS.
    const FRAME: &str = "43c8113412ffff010203040506070802341200aedc";
    const LINE: &str = "IEEE 802.15.4 Command packet v0 1234:ffff < -:08:07:06:05:04:03:02:01 Command ID = Association Response command Short address = 1234, Association successful";

    /// Expected text from tcpdump 4.99.3: bare and TLV-carrying headers,
    /// a wrong version, a short or long header length, headers and
    /// frames cut short, and -vvv.
    #[test]
    fn tap() {
        let link = LinkType::Other(linktype::IEEE802_15_4_TAP);
        let bare = format!("00000400{FRAME}");
        let tlv = format!("00000c000000020001000000{FRAME}");
        let version1 = format!("01000400{FRAME}");
        let short = format!("00000300{FRAME}");
        let long = format!("00001000{FRAME}");
        golden_link(
            link,
            numeric(0),
            &[
                (&bare, 0, LINE),
                (&tlv, 0, LINE),
                (&version1, 0, " (invalid)"),
                (&short, 0, " (invalid)"),
                (&long, 0, "IEEE 802.15.4 Fragment packet "),
                (&bare, 4, " [|802.15.4]"),
                (&bare, 3, " [|802.15.4_tap]"),
                (&tlv, 8, " [|802.15.4_tap]"),
                (&bare, 5, " [|802.15.4]"),
                (
                    &bare,
                    9,
                    "IEEE 802.15.4 Command packet v0 1234:[ERROR: Truncated before dst_addr]",
                ),
            ],
        );
        golden_link(
            link,
            numeric(3),
            &[
                (
                    &tlv,
                    0,
                    "IEEE 802.15.4 Command packet v0 PAN ID Compression, seq 11 1234:ffff < -:08:07:06:05:04:03:02:01 FCS dcae Command ID = Association Response command Short address = 1234, Association successful",
                ),
                (
                    &bare,
                    9,
                    "IEEE 802.15.4 Command packet v0 PAN ID Compression, seq 11 1234:[ERROR: Truncated before dst_addr]",
                ),
            ],
        );
    }
}
