//! Cisco NetFlow v1, v5 and v6 export datagrams (print-cnfp.c), which
//! tcpdump decodes only when told to (`-T cnfp`).
//!
//! tcpdump 4.99.3's quirks are kept, as its lines are the reference: the
//! record count is read as four bytes (the count and the top half of the
//! uptime), v5 and v6 records are taken as 52 bytes apart (its structures
//! carry a next-hop field real v5 records lack), and the version prints in
//! hex.

use super::out::Emit;
use super::{Ctx, Res, Trunc, be16, be32, u8at};

/// The v1 header: version, count, uptime, seconds, nanoseconds.
const V1_HEADER_LEN: usize = 16;
/// v5 and v6 add a sequence number and four more bytes.
const V5_HEADER_LEN: usize = 24;
const V1_RECORD_LEN: usize = 48;
const V5_RECORD_LEN: usize = 52;

/// Where a record's fields sit in each version.
struct Layout {
    header_len: usize,
    record_len: usize,
    tcp_flags_at: usize,
    proto_at: usize,
    tos_at: usize,
    /// v5 and v6: the masks and AS numbers beside the addresses.
    masks_and_as: bool,
    /// v6: the encapsulation sizes.
    encaps: bool,
}

const V1: Layout = Layout {
    header_len: V1_HEADER_LEN,
    record_len: V1_RECORD_LEN,
    tcp_flags_at: 40,
    proto_at: 38,
    tos_at: 39,
    masks_and_as: false,
    encaps: false,
};
const V5: Layout = Layout {
    header_len: V5_HEADER_LEN,
    record_len: V5_RECORD_LEN,
    tcp_flags_at: 37,
    proto_at: 38,
    tos_at: 39,
    masks_and_as: true,
    encaps: false,
};
const V6: Layout = Layout { encaps: true, ..V5 };

/// TCP's flag bits and the letters tcpdump prints for them, in its order.
const TCP_FLAGS: [(u8, &str); 6] = [
    (0x01, "F"),
    (0x02, "S"),
    (0x04, "R"),
    (0x08, "P"),
    (0x10, "A"),
    (0x20, "U"),
];

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
    if b.len() < layout.header_len {
        c.trunc();
        return Ok(());
    }
    let records = be32(b, 2)?;
    let uptime = be32(b, 4)?;
    c.s("NetFlow v");
    c.out.hex(u64::from(version));
    c.s(", ");
    millis(c, uptime);
    c.s(" uptime, ");
    c.dec(be32(b, 8)?);
    c.s(".");
    c.out.dec0(u64::from(be32(b, 12)?), 9);
    c.s(", ");
    if layout.masks_and_as {
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
    for _ in 0..records {
        let Some(r) = b.get(at..at + layout.record_len) else {
            c.trunc();
            return Ok(());
        };
        record(c, r, layout)?;
        at += layout.record_len;
    }
    Ok(())
}

fn record(c: &mut Ctx, r: &[u8], layout: &Layout) -> Res {
    c.s("\n  started ");
    millis(c, be32(r, 24)?);
    c.s(", last ");
    millis(c, be32(r, 28)?);
    c.s("\n    ");
    endpoint(c, r, 0, 44, 40, 32, layout)?;
    c.s("> ");
    endpoint(c, r, 4, 45, 42, 34, layout)?;
    c.s(">> ");
    c.out.ip4(r.get(8..12).ok_or(Trunc)?);
    c.s("\n    ");
    let proto = u8at(r, layout.proto_at)?;
    match c.names.protocol(proto) {
        Some(name) => c.s(name),
        None => c.dec(proto),
    }
    c.s(" ");
    if proto == crate::wire::ip_proto::TCP {
        let flags = u8at(r, layout.tcp_flags_at)?;
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
    c.dec(u8at(r, layout.tos_at)?);
    c.s(", ");
    c.dec(be32(r, 16)?);
    c.s(" (");
    c.dec(be32(r, 20)?);
    c.s(" octets) ");
    if layout.encaps {
        let flags = be16(r, 46)?;
        c.s("(");
        c.dec(flags >> 8);
        c.s("<>");
        c.dec(flags & 0xff);
        c.s(" encaps)");
    }
    Ok(())
}

/// An address (always numeric), with v5/v6 its mask and AS, and the port.
fn endpoint(
    c: &mut Ctx,
    r: &[u8],
    addr_at: usize,
    mask_at: usize,
    as_at: usize,
    port_at: usize,
    layout: &Layout,
) -> Res {
    c.out.ip4(r.get(addr_at..addr_at + 4).ok_or(Trunc)?);
    if layout.masks_and_as {
        c.s("/");
        c.dec(u8at(r, mask_at)?);
        c.s(":");
        c.dec(be16(r, as_at)?);
    }
    c.s(":");
    c.dec(be16(r, port_at)?);
    c.s(" ");
    Ok(())
}

/// Milliseconds as tcpdump prints uptimes: seconds, a dot, three digits.
fn millis(c: &mut Ctx, ms: u32) {
    c.dec(ms / 1000);
    c.s(".");
    c.out.dec0(u64::from(ms % 1000), 3);
}
