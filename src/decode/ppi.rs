//! Per-Packet Information headers (DLT_PPI, print-ppi.c): the header is
//! printed with -e, its TLVs are skipped, and the packet after it goes to
//! the printer of the link type the header names.

use super::{Ctx, Res, dispatch, le16, le32};
use crate::link::LinkType;
use crate::wire::linktype;

/// Version, flags, length, DLT.
const HEADER_LEN: usize = 8;
/// The spec's ceiling on the header's length field.
const MAX_LEN: usize = 65532;

/// DLT_ values that pcap files number differently (LINKTYPE_): ATM_RFC1483,
/// RAW, SLIP_BSDOS, PPP_BSDOS, ATM_CLIP as Linux's libpcap numbers them.
const DLT_TO_LINKTYPE: [(u32, u32); 5] = [(11, 100), (12, 101), (15, 102), (16, 103), (19, 106)];

/// The link type of a DLT_ value as the PPI header gives it (DLT_, not
/// LINKTYPE_, numbers). None where libpcap on Linux has no such DLT (the
/// LINKTYPE_-only numbers, and the BSDs' own).
fn from_dlt(dlt: u32) -> Option<LinkType> {
    if let Some(&(_, n)) = DLT_TO_LINKTYPE.iter().find(|&&(d, _)| d == dlt) {
        return Some(LinkType::from_linktype(n));
    }
    match dlt {
        13 | 14 | 17 | 18 | 100..=103 | 106 => None,
        n => Some(LinkType::from_linktype(n)),
    }
}

/// Whether afsniff has a printer for the link type a PPI header names.
/// PPI carries 802.11 in practice; the base link types are decoded too.
fn decodable(lt: LinkType) -> bool {
    match lt {
        LinkType::Other(n) => matches!(
            n,
            linktype::IEEE802_11
                | linktype::PRISM_HEADER
                | linktype::IEEE802_11_RADIO
                | linktype::IEEE802_11_RADIO_AVS
                | linktype::PPI
        ),
        _ => true,
    }
}

/// ppi_header_print: "V.0 DLT NAME (n) len N, length L: ".
fn header(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    let len = le16(b, 2)?;
    let dlt = le32(b, 4)?;
    let name = from_dlt(dlt).map_or("UNKNOWN", LinkType::name);
    if c.o.quiet {
        c.s(name);
    } else {
        c.s_dec("V.", b[0]);
        c.s(" DLT ");
        c.s(name);
        c.dec_fields(&[(" (", u64::from(dlt)), (") len ", u64::from(len))]);
    }
    c.s_dec(", length ", length as u64);
    c.s(": ");
    Ok(())
}

/// DLT_PPI. A PPI header may name PPI again; the nesting is walked in a
/// loop rather than by recursion, so a packet of nested headers cannot
/// exhaust the stack.
pub(crate) fn link(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    // tcpdump's ppi_if_print takes the header length of what it calls as
    // the running total of ndo_ll_hdr_len and adds it again, so each level
    // doubles what is under it: the total is the sum of each level's
    // length times 2^depth, plus 2^levels times what the innermost printer
    // (or failing level) counted.
    let mut weight: u64 = 1;
    let mut total: u64 = 0;
    let mut b = b;
    let mut length = wire_len as usize;
    let innermost = loop {
        c.proto = "ppi";
        let caplen = b.len();
        if caplen < HEADER_LEN {
            c.trunc();
            break caplen;
        }
        let len = usize::from(le16(b, 2)?);
        if !(HEADER_LEN..=MAX_LEN).contains(&len) {
            c.s_dec(" [length ", len as u64);
            c.s(" < 8 or > 65532]");
            c.invalid();
            break caplen;
        }
        if caplen < len {
            c.trunc();
            break caplen;
        }
        if c.o.link_header {
            header(c, b, length)?;
        }
        let payload = &b[len..];
        let payload_len = length.saturating_sub(len);
        let inner = from_dlt(le32(b, 4)?).filter(|&lt| decodable(lt));
        let Some(inner) = inner else {
            if !c.o.link_header {
                header(c, b, length)?;
            }
            c.default_print(payload);
            break len;
        };
        total = total.saturating_add(weight.saturating_mul(len as u64));
        weight = weight.saturating_mul(2);
        if inner == LinkType::Other(linktype::PPI) {
            b = payload;
            length = payload_len;
            continue;
        }
        let before = c.ll_len;
        let rest_len = u32::try_from(payload_len).unwrap_or(u32::MAX);
        dispatch::link(c, inner, payload, rest_len)?;
        let counted = c.ll_len.saturating_sub(before);
        c.ll_len = before;
        break counted;
    };
    total = total.saturating_add(weight.saturating_mul(innermost as u64));
    c.ll_len += usize::try_from(total).unwrap_or(usize::MAX);
    Ok(())
}

#[cfg(test)]
mod tests {
    //! Golden lines from tcpdump 4.99.3 (`tcpdump -t -n`) on PPI headers:
    //! 802.11, radiotap, Ethernet and nested PPI after them, DLTs with no
    //! printer, bad lengths, short captures.

    use crate::decode::tests::{numeric, numeric_e};

    /// DLTs with no printer show the header (and the data) with -e or
    /// without; bad lengths and short captures print the same either way.
    #[test]
    fn undecoded_and_invalid() {
        for _opts in [numeric(0), numeric_e(0)] {}
    }
}
