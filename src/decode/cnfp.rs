//! Cisco NetFlow (print-cnfp.c), reached only by -T cnfp: the v1, v5 and
//! v6 export headers and their flow records.

use super::ctx::{Ctx, Res, be16, be32, bytes, tcheck, u8at};
use super::out::Emit;

/// Where one export version keeps its fields: tcpdump's nfhdr_vN and
/// nfrec_vN structures.
struct Layout {
    header_len: usize,
    /// v5 and v6 carry a flow sequence number after the time stamps.
    sequence: bool,
    /// tcpdump's record structure, which for v5 counts the v6 peer next
    /// hop too (52 bytes where the wire record is 48): it checks and
    /// steps by this size.
    record_len: usize,
    proto_at: usize,
    tos_at: usize,
    tcp_flags_at: usize,
    /// v5 and v6 print the prefix mask and AS beside each address.
    masks_and_as: bool,
    /// v6 prints its encapsulation sizes after the octets.
    encaps: bool,
}

const V1: Layout = Layout {
    header_len: 16,
    sequence: false,
    record_len: 48,
    proto_at: 38,
    tos_at: 39,
    tcp_flags_at: 40,
    masks_and_as: false,
    encaps: false,
};

const V5: Layout = Layout {
    header_len: 24,
    sequence: true,
    record_len: 52,
    proto_at: 38,
    tos_at: 39,
    tcp_flags_at: 37,
    masks_and_as: true,
    encaps: false,
};

const V6: Layout = Layout { encaps: true, ..V5 };

/// TCP flag letters in the order tcpdump prints them.
const TCP_FLAGS: [(u8, &str); 6] = [
    (0x01, "F"),
    (0x02, "S"),
    (0x04, "R"),
    (0x08, "P"),
    (0x10, "A"),
    (0x20, "U"),
];

/// cnfp_print: the version picks the layout; others print only it.
pub(crate) fn cnfp(c: &mut Ctx, b: &[u8]) -> Res {
    c.proto = "cnfp";
    let version = be16(b, 0)?;
    let layout = match version {
        1 => &V1,
        5 => &V5,
        6 => &V6,
        _ => {
            c.s("NetFlow v");
            c.out.hex(u64::from(version));
            return Ok(());
        }
    };
    tcheck(b, 0, layout.header_len)?;
    // tcpdump reads the 16-bit count as 32 bits, so the upper half of
    // the uptime joins it; the records then run until the capture ends.
    let mut records = be32(b, 2)?;
    c.s("NetFlow v");
    c.out.hex(u64::from(version));
    c.s(", ");
    millis(c, be32(b, 4)?);
    c.s(" uptime, ");
    c.dec(be32(b, 8)?);
    c.s(".");
    c.out.dec0(u64::from(be32(b, 12)?), 9);
    c.s(", ");
    if layout.sequence {
        c.s("#");
        c.dec(be32(b, 16)?);
        c.s(", ");
    }
    if records < 10 {
        c.s(" ");
    }
    c.dec(records);
    c.s(" recs");
    let mut at = layout.header_len;
    while records != 0 {
        tcheck(b, at, layout.record_len)?;
        record(c, b, at, layout)?;
        at = at.saturating_add(layout.record_len);
        records -= 1;
    }
    Ok(())
}

/// One flow record, already known to be captured whole.
fn record(c: &mut Ctx, b: &[u8], at: usize, layout: &Layout) -> Res {
    c.s("\n  started ");
    millis(c, be32(b, at + 24)?);
    c.s(", last ");
    millis(c, be32(b, at + 28)?);
    c.s("\n    ");
    endpoint(c, b, at, 0, 32, layout.masks_and_as.then_some((44, 40)))?;
    c.s("> ");
    endpoint(c, b, at, 4, 34, layout.masks_and_as.then_some((45, 42)))?;
    c.s(">> ");
    c.out.ip4(bytes(b, at + 8, 4)?);
    c.s("\n    ");
    let proto = u8at(b, at + layout.proto_at)?;
    match c.names.protocol(proto) {
        Some(name) => c.out.s(name),
        None => c.out.dec(u64::from(proto)),
    }
    c.s(" ");
    if proto == 6 {
        let flags = u8at(b, at + layout.tcp_flags_at)?;
        for (bit, letter) in TCP_FLAGS {
            if flags & bit != 0 {
                c.s(letter);
            }
        }
        if flags != 0 {
            c.s(" ");
        }
    }
    c.s("tos ");
    c.dec(u8at(b, at + layout.tos_at)?);
    c.s(", ");
    c.dec(be32(b, at + 16)?);
    c.s(" (");
    c.dec(be32(b, at + 20)?);
    c.s(" octets) ");
    if layout.encaps {
        let encaps = be16(b, at + 46)?;
        c.s("(");
        c.dec(encaps >> 8);
        c.s("<>");
        c.dec(encaps & 0xff);
        c.s(" encaps)");
    }
    Ok(())
}

/// ADDRESS[/MASK:AS]:PORT and a space; the address always numeric
/// (tcpdump's intoa).
fn endpoint(
    c: &mut Ctx,
    b: &[u8],
    at: usize,
    addr_at: usize,
    port_at: usize,
    mask_and_as: Option<(usize, usize)>,
) -> Res {
    c.out.ip4(bytes(b, at + addr_at, 4)?);
    if let Some((mask_at, as_at)) = mask_and_as {
        c.s("/");
        c.dec(u8at(b, at + mask_at)?);
        c.s(":");
        c.dec(be16(b, at + as_at)?);
    }
    c.s(":");
    c.dec(be16(b, at + port_at)?);
    c.s(" ");
    Ok(())
}

/// Milliseconds as seconds with three decimals.
fn millis(c: &mut Ctx, ms: u32) {
    c.dec(ms / 1000);
    c.s(".");
    c.out.dec0(u64::from(ms % 1000), 3);
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden_levels, numeric};
    use crate::decode::{PacketType, PrintOptions};
    use crate::link::LinkType;

    /// -T cnfp: v1 and v5 exports (tcpdump reads the count as 32 bits, so the records run to the capture's end), one cut in the first record, an unknown version (tcpdump 4.99.3's lines).
    #[test]
    fn export_versions() {
        golden_levels(
            LinkType::Ethernet,
            &[
                (
                    "02000000000202000000000108004500005c000100004011ee68c6120001c61200020807080700487ea0000100010000000a6553f10000000000c6120001c6120002000000000000000000000003000000fc000000000000000000000000000001000000000000000000",
                    0,
                ),
                (
                    "020000000002020000000001080045000094000100004011ee30c6120001c6120002080708070080a557000500020036ee806553f100000000050000004d01024064c6120001c6120002c61200fe000100020000000a000005dc000003e8000007d004d20050001b0610fde9fdea18100000c6120003c61200040000000000000000000000010000003c0000000000000000003514e9000211000000000000000000",
                    0,
                ),
                (
                    "020000000002020000000001080045000094000100004011ee30c6120001c6120002080708070080a557000500020036ee806553f100000000050000004d01024064c6120001c6120002c61200fe000100020000000a000005dc000003e8000007d004d20050001b0610fde9fdea18100000c6120003c61200040000000000000000000000010000003c0000000000000000003514e9000211000000000000000000",
                    90,
                ),
                (
                    "020000000002020000000001080045000020000100004011eea4c6120001c612000208070807000c639700090000",
                    0,
                ),
            ],
            &[
                // -T cnfp
                (
                    PrintOptions {
                        packet_type: Some(PacketType::Cnfp),
                        ..numeric(0)
                    },
                    &[
                        "IP 198.18.0.1.2055 > 198.18.0.2.2055: NetFlow v1, 0.010 uptime, 1700000000.000000000, 65536 recs\n  started 0.000, last 0.000\n    198.18.0.1:0 > 198.18.0.2:0 >> 0.0.0.0\n    1 tos 0, 3 (252 octets)  [|cnfp]",
                        "IP 198.18.0.1.2055 > 198.18.0.2.2055: NetFlow v5, 3600.000 uptime, 1700000000.000000005, #77, 131126 recs\n  started 1.000, last 2.000\n    198.18.0.1/24:65001:1234 > 198.18.0.2/16:65002:80 >> 198.18.0.254\n    6 FSPA tos 16, 10 (1500 octets)  [|cnfp]",
                        "IP 198.18.0.1.2055 > 198.18.0.2.2055: NetFlow v5, 3600.000 uptime, 1700000000.000000005, #77, 131126 recs [|cnfp]",
                        "IP 198.18.0.1.2055 > 198.18.0.2.2055: NetFlow v9",
                    ],
                ),
            ],
        );
    }
}
