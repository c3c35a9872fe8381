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
        c.s_dec("(", encaps >> 8);
        c.s_dec("<>", encaps & 0xff);
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
