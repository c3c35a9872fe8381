//! Symantec Enterprise Firewall captures (DLT_SYMANTEC_FIREWALL,
//! print-symantec.c): a 44-byte header with an ethertype at offset 6, then
//! what that ethertype carries.

use super::ctx::{Ctx, Res, Trunc};
use super::dispatch;

/// sizeof(struct symantec_header).
const HEADER_LEN: usize = 44;
/// Where the ethertype sits, after six bytes tcpdump does not interpret.
const TYPE_AT: usize = 6;
/// MAX_ETHERNET_LENGTH_VAL: type values up to this are 802.3 lengths.
const MAX_LENGTH_VALUE: u16 = 1500;

/// symantec_hdr_print: the ethertype and the frame's whole length.
fn header(c: &mut Ctx, ether_type: u16, length: u32) {
    if ether_type <= MAX_LENGTH_VALUE {
        c.s("invalid ethertype ");
        c.dec(ether_type);
    } else {
        dispatch::type_print(c, ether_type);
    }
    c.s(", length ");
    c.dec(length);
    c.s(": ");
}

/// symantec_if_print.
pub(crate) fn frame(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "symantec";
    if b.len() < HEADER_LEN {
        c.ll_len += b.len();
        return Err(Trunc);
    }
    c.ll_len += HEADER_LEN;
    let ether_type = u16::from_be_bytes([b[TYPE_AT], b[TYPE_AT + 1]]);
    if c.o.link_header {
        header(c, ether_type, wire_len);
    }
    let payload = &b[HEADER_LEN..];
    let length = (wire_len as usize).saturating_sub(HEADER_LEN);
    let known =
        ether_type > MAX_LENGTH_VALUE && dispatch::ethertype(c, ether_type, payload, length)?;
    if !known {
        // Without -e the header is printed only here, before the raw bytes.
        if !c.o.link_header {
            header(c, ether_type, wire_len);
        }
        c.default_print(payload);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::decode::PrintOptions;
    use crate::decode::tests::{golden_levels, golden_link, never_panics, numeric, numeric_e};
    use crate::link::LinkType;
    use crate::wire::linktype::SYMANTEC_FIREWALL;

    const LINK: LinkType = LinkType::Other(SYMANTEC_FIREWALL);
    /// The 36 bytes after the ethertype, which tcpdump skips.
    const FILLER: &str = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20212223";
    const ICMP: &str = "192.0.2.1 > 192.0.2.7: ICMP echo request, id 0, seq 0, length 8";

    fn frame(ether_type: &str, payload: &str) -> String {
        format!("aabbccddeeff{ether_type}{FILLER}{payload}")
    }

    /// IPv4, an unknown ethertype and an 802.3 length, with and without -e
    /// and -q (expected text from tcpdump 4.99.3).
    #[test]
    fn ethertypes_and_header() {
        let ip = frame(
            "0800",
            "4500001c000100004001f6c7c0000201c00002070800f7ff00000000",
        );
        let unknown = frame("1234", "6162636465666768");
        let length = frame("0064", "78797a");
        let quiet_e = PrintOptions {
            quiet: true,
            ..numeric_e(0)
        };
        golden_levels(
            LINK,
            &[(&ip, 0), (&unknown, 0), (&length, 0)],
            &[
                (
                    numeric(0),
                    &[
                        &format!("IP {ICMP}"),
                        "ethertype Unknown (0x1234), length 52: \n\t0x0000:  6162 6364 6566 6768                      abcdefgh",
                        "invalid ethertype 100, length 47: \n\t0x0000:  7879 7a                                  xyz",
                    ],
                ),
                (
                    numeric_e(0),
                    &[
                        &format!("ethertype IPv4 (0x0800), length 72: {ICMP}"),
                        "ethertype Unknown (0x1234), length 52: \n\t0x0000:  6162 6364 6566 6768                      abcdefgh",
                        "invalid ethertype 100, length 47: \n\t0x0000:  7879 7a                                  xyz",
                    ],
                ),
                (
                    quiet_e,
                    &[
                        &format!("IPv4, length 72: {ICMP}"),
                        "Unknown Ethertype (0x1234), length 52: ",
                        "invalid ethertype 100, length 47: ",
                    ],
                ),
            ],
        );
        golden_link(
            LINK,
            numeric(0),
            &[
                (&ip, 20, " [|symantec]"),
                (&ip, 43, " [|symantec]"),
                (&ip, 54, "IP  [|ip]"),
            ],
        );
    }

    /// No panic on cut and randomly changed copies.
    #[test]
    fn never_panics_on_changed_frames() {
        never_panics(
            LINK,
            &[
                &frame(
                    "0800",
                    "4500001c000100004001f6c7c0000201c00002070800f7ff00000000",
                ),
                &frame("86dd", "4500001c"),
            ],
        );
    }
}
