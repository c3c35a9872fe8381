//! Cisco's VLAN Trunking Protocol (print-vtp.c): the message line, and
//! with -v the domain and the summary, subset (VLAN information and its
//! TLVs) or request fields.

use super::ctx::{codes, tcheck};
use super::out::Emit;
use super::{Ctx, Res, be16, be32, bytes, hexdump, u8at};

const HEADER_LEN: usize = 36;
const DOMAIN_NAME_LEN: u8 = 32;
/// A VLAN information field before its name.
const VLAN_INFO_FIXED_LEN: usize = 12;

codes! {
    /// vtp_message_type_values.
    MESSAGE_TYPES: u8 {
        SUMMARY_ADV = 1 => "Summary advertisement",
        SUBSET_ADV = 2 => "Subset advertisement",
        ADV_REQUEST = 3 => "Advertisement request",
        _ = 4 => "Join message",
    }
}

/// What the header's third byte holds, by message type.
const THIRD_BYTE: &[(u32, &str)] = &[
    (1, "Followers"),
    (2, "Seq number"),
    (3, "Rsvd"),
    (4, "Rsvd"),
];

const VLAN_TYPES: &[(u32, &str)] = &[
    (1, "Ethernet"),
    (2, "FDDI"),
    (3, "TrCRF"),
    (4, "FDDI-net"),
    (5, "TrBRF"),
];

const VLAN_STATUS: &[(u32, &str)] = &[(0, "Operational"), (1, "Suspended")];

codes! {
    /// vtp_vlan_tlv_values.
    VLAN_TLVS: u8 {
        _ = 0x01 => "Source-Routing Ring Number TLV",
        _ = 0x02 => "Source-Routing Bridge Number TLV",
        STP_TYPE = 0x03 => "STP type TLV",
        _ = 0x04 => "Parent VLAN TLV",
        _ = 0x05 => "Translationally bridged VLANs TLV",
        PRUNING = 0x06 => "Pruning TLV",
        BRIDGE_TYPE = 0x07 => "Bridge Type TLV",
        _ = 0x08 => "Max ARP Hop Count TLV",
        STE_HOP_COUNT = 0x09 => "Max STE Hop Count TLV",
        BACKUP_CRF_MODE = 0x0a => "Backup CRF Mode TLV",
    }
}

const STP_TYPES: &[(u32, &str)] = &[(1, "SRT"), (2, "SRB"), (3, "Auto")];

/// vtp_print. Without -v, and after an invalid field, tcpdump then checks
/// that the whole message was captured.
pub(crate) fn vtp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "vtp";
    if length >= HEADER_LEN && body(c, b, length)? {
        return Ok(());
    }
    c.invalid();
    tcheck(b, 0, length)
}

/// The message; Ok(false) is tcpdump's `goto invalid`.
fn body(c: &mut Ctx, b: &[u8], length: usize) -> Res<bool> {
    tcheck(b, 0, HEADER_LEN)?;
    let ty = b[1];
    c.s_dec("VTPv", b[0]);
    c.s(", Message ");
    c.tok(MESSAGE_TYPES, ty.into(), "Unknown message type");
    c.s(" (0x");
    c.out.hex0(ty.into(), 2);
    c.s_dec("), length ", length as u64);
    if c.o.verbose == 0 {
        tcheck(b, 0, length)?;
        return Ok(true);
    }
    c.s("\n\tDomain name: ");
    let domain_len = b[3];
    if !(1..=DOMAIN_NAME_LEN).contains(&domain_len) {
        c.s_dec(" [invalid MgmtD Len ", domain_len);
        c.s("]");
        return Ok(false);
    }
    c.printjnp(b, 4, domain_len.into())?;
    c.s(", ");
    c.tok(THIRD_BYTE, ty.into(), "Unknown");
    c.s_dec(": ", b[2]);
    let at = HEADER_LEN;
    match ty {
        SUMMARY_ADV => {
            let (revision, updater) = (be32(b, at)?, bytes(b, at + 4, 4)?);
            c.s("\n\t  Config Rev ");
            c.out.hex(revision.into());
            c.s(", Updater ");
            c.ip4(updater);
            let stamp = bytes(b, at + 8, 12)?;
            c.s(", Timestamp 0x");
            for (i, word) in stamp.chunks(4).enumerate() {
                if i > 0 {
                    c.s(" 0x");
                }
                hex_run(c, word);
            }
            let digest = bytes(b, at + 20, 16)?;
            c.s(", MD5 digest: ");
            hex_run(c, digest);
        }
        SUBSET_ADV => {
            let revision = be32(b, at)?;
            c.s(", Config Rev ");
            c.out.hex(revision.into());
            let mut p = at + 4;
            while p < length {
                let len = usize::from(u8at(b, p)?);
                if len == 0 {
                    break;
                }
                if !vlan_info(c, b, p, len)? {
                    return Ok(false);
                }
                p += len;
            }
        }
        ADV_REQUEST => {
            let start = be32(b, at)?;
            c.s_dec("\n\tStart value: ", start);
        }
        _ => {}
    }
    Ok(true)
}

/// One VLAN information field of `len` bytes at `p`: its fixed part, its
/// name (padded to four bytes) and its TLVs. Ok(false) is `goto invalid`.
fn vlan_info(c: &mut Ctx, b: &[u8], p: usize, len: usize) -> Res<bool> {
    tcheck(b, p, len)?;
    if len < VLAN_INFO_FIXED_LEN {
        return Ok(false);
    }
    let v = &b[p..p + len];
    c.s("\n\tVLAN info status ");
    c.tok(VLAN_STATUS, v[1].into(), "Unknown");
    c.s(", type ");
    c.tok(VLAN_TYPES, v[2].into(), "Unknown");
    c.s(", VLAN-id ");
    c.dec(be16(v, 4)?);
    c.s(", MTU ");
    c.dec(be16(v, 6)?);
    c.s(", SAID 0x");
    c.out.hex0(be32(v, 8)?.into(), 8);
    c.s(", Name ");
    let name_len = usize::from(v[3]);
    let padded = name_len.div_ceil(4) * 4;
    let mut left = len - VLAN_INFO_FIXED_LEN;
    if left < padded {
        return Ok(false);
    }
    c.printjnp(v, VLAN_INFO_FIXED_LEN, name_len)?;
    left -= padded;
    let mut at = VLAN_INFO_FIXED_LEN + padded;
    // The TLVs have a one-byte type and a length in 16-bit words.
    while left > 0 {
        if left < 2 {
            return Ok(false);
        }
        let (ty, words) = (v[at], usize::from(v[at + 1]));
        c.s("\n\t\t");
        c.tok(VLAN_TLVS, ty.into(), "Unknown");
        c.s(" (0x");
        c.out.hex0(ty.into(), 4);
        c.s(") TLV");
        if left < words * 2 + 2 {
            c.s(" (TLV goes past the end of the packet)");
            return Ok(false);
        }
        if words != 1 {
            c.s_dec(" (invalid TLV length ", words as u64);
            c.s(" != 1)");
            return Ok(false);
        }
        let value = be16(v, at + 2)?;
        let text = match ty {
            PRUNING => Some(if value == 1 { "Enabled" } else { "Disabled" }),
            STP_TYPE => Some(
                STP_TYPES
                    .iter()
                    .find(|&&(k, _)| k == u32::from(value))
                    .map_or("Unknown", |&(_, n)| n),
            ),
            BRIDGE_TYPE => Some(if value == 1 { "SRB" } else { "SRT" }),
            BACKUP_CRF_MODE => Some(if value == 1 { "Backup" } else { "Not backup" }),
            _ => None,
        };
        match (ty, text) {
            (STE_HOP_COUNT, _) => {
                c.s_dec(", ", value);
            }
            (_, Some(text)) => {
                c.s(", ");
                c.s(text);
                c.s_dec(" (", value);
                c.s(")");
            }
            (_, None) => hexdump::hex(c.out, "\n\t\t  ", &v[at..at + 4]),
        }
        left -= 4;
        at += 4;
    }
    Ok(true)
}

/// Bytes as one run of hex digits (tcpdump's "%08x" words).
fn hex_run(c: &mut Ctx, d: &[u8]) {
    for &byte in d {
        c.out.hex0(byte.into(), 2);
    }
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::numeric;

    /// A subset advertisement whose VLAN list ends (a zero length) inside
    /// the capture but before the message does: at -v tcpdump does not
    /// check that the rest was captured, so no truncation mark.
    #[test]
    fn snapshot_shorter_than_message() {
        use crate::decode::{Printer, TimeFormat};
        use crate::link::LinkType;
        use crate::packet::Packet;
        let frame = "01000ccccccc0200000000010044aaaa0300000c2003010201036c61620000000000000000000000008de10042b96b00000000000000fa0000000000000000000000000514";
        let data: Vec<u8> = (0..frame.len() / 2)
            .map(|i| u8::from_str_radix(&frame[2 * i..2 * i + 2], 16).unwrap())
            .collect();
        let mut opts = numeric(1);
        opts.time = TimeFormat::None;
        let mut printer = Printer::new(opts, LinkType::Ethernet);
        let pkt = Packet {
            ts_sec: 0,
            ts_nsec: 0,
            recorded: None,
            wire_len: 88,
            data: &data,
            pkttype: None,
            ifindex: None,
        };
        let mut out = Vec::new();
        printer.print(&mut out, &pkt);
        assert_eq!(
            String::from_utf8_lossy(&out).trim_end(),
            "VTPv1, Message Subset advertisement (0x02), length 60\n\tDomain name: lab, Seq number: 1, Config Rev 0"
        );
    }
}
