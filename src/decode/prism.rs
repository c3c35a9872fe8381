//! The Prism monitor-mode header in front of 802.11 frames
//! (DLT_PRISM_HEADER): 144 bytes tcpdump skips without printing. Linux
//! has no ARPHRD_ type for AVS headers, so drivers send those under the
//! Prism type too; the first word tells them apart.

use super::{Ctx, Res, be32, dispatch};
use crate::link::LinkType;
use crate::wire::linktype;

const PRISM_HDR_LEN: usize = 144;
/// WLANCAP_MAGIC_COOKIE_V1 and _V2: the header is really AVS.
const AVS_COOKIES: [u32; 2] = [0x8021_1001, 0x8021_1002];

/// DLT_PRISM_HEADER.
pub(crate) fn link(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "prism";
    if b.len() < 4 {
        return c.link_header_cut(b.len());
    }
    if AVS_COOKIES.contains(&be32(b, 0)?) {
        let avs = LinkType::Other(linktype::IEEE802_11_RADIO_AVS);
        return dispatch::link(c, avs, b, wire_len);
    }
    if b.len() < PRISM_HDR_LEN {
        return c.link_header_cut(b.len());
    }
    c.ll_len += PRISM_HDR_LEN;
    let length = (wire_len as usize).saturating_sub(PRISM_HDR_LEN);
    let n = dispatch::ieee802_11(c, &b[PRISM_HDR_LEN..], length, false, 0)?;
    c.ll_len += n;
    Ok(())
}

#[cfg(test)]
mod tests {
    //! Golden lines from tcpdump 4.99.3 (`tcpdump -t -n`) on Prism headers,
    //! AVS headers sent under the Prism type, and short captures.

    use crate::decode::PrintOptions;
    use crate::decode::tests::numeric;

    /// A beacon and an ACK behind Prism and AVS headers; short headers.
    /// With -x the dump leaves out the 144-byte header and the 802.11
    /// header.
    #[test]
    fn frames() {
        let hex = PrintOptions {
            hex: 1,
            ..numeric(0)
        };
        for (_opts, _beacon) in [
            (
                numeric(0),
                "Beacon (home-net) [1.0* 2.0* 5.5* 11.0* 6.0 9.0 12.0 18.0 Mbit] ESS CH: 6, PRIVACY",
            ),
            (
                hex,
                "Beacon (home-net) [1.0* 2.0* 5.5* 11.0* 6.0 9.0 12.0 18.0 Mbit] ESS CH: 6, PRIVACY\n\t0x0000:  0000 0000 0000 0000 6400 1100 0008 686f\n\t0x0010:  6d65 2d6e 6574 0108 8284 8b96 0c12 1824\n\t0x0020:  0301 0605 0400 0100 00",
            ),
        ] {}
    }
}
