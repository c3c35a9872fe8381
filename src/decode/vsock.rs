//! Linux vsock monitor (DLT_VSOCK, print-vsock.c): the af_vsockmon header
//! (endpoints, operation, transport) and, with -v, the transport's own
//! header (virtio); -vv dumps the payload of data packets. All fields
//! are little-endian.

use super::out::Emit;
use super::{Ctx, Res, hexdump, le16, le32};

/// src_cid, dst_cid (8 each), src_port, dst_port (4 each), op,
/// transport, len (2 each), reserved (2).
const HEADER_LEN: usize = 32;
/// struct virtio_vsock_hdr.
const VIRTIO_LEN: usize = 44;
const TRANSPORT_VIRTIO: u16 = 2;
const OP_PAYLOAD: u16 = 4;

/// af_vsockmon transports, operations; virtio types, operations; each
/// indexed by value.
const TRANSPORTS: &[&str] = &["UNKNOWN", "NO_INFO", "VIRTIO"];
const OPS: &[&str] = &["UNKNOWN", "CONNECT", "DISCONNECT", "CONTROL", "PAYLOAD"];
const VIRTIO_TYPES: &[&str] = &["", "STREAM"];
const VIRTIO_OPS: &[&str] = &[
    "INVALID",
    "REQUEST",
    "RESPONSE",
    "RST",
    "SHUTDOWN",
    "RW",
    "CREDIT UPDATE",
    "CREDIT REQUEST",
];

fn le64(b: &[u8], at: usize) -> Res<u64> {
    Ok(u64::from(le32(b, at)?) | u64::from(le32(b, at + 4)?) << 32)
}

/// tok2str: the value's name in `table`, else `unknown` and the number
/// in parentheses.
fn named(c: &mut Ctx, table: &[&str], v: u16, unknown: &str) {
    match table.get(usize::from(v)).filter(|name| !name.is_empty()) {
        Some(name) => c.s(name),
        None => {
            c.s(unknown);
            c.s_dec(" (", v);
            c.s(")");
        }
    }
}

/// vsock_virtio_hdr_print: the virtio header `h`.
fn virtio(c: &mut Ctx, h: &[u8]) -> Res {
    c.s("len ");
    c.dec(le32(h, 24)?);
    c.s(", type ");
    named(c, VIRTIO_TYPES, le16(h, 28)?, "Invalid type");
    c.s(", op ");
    named(c, VIRTIO_OPS, le16(h, 30)?, "Invalid op");
    c.s(", flags ");
    c.out.hex(u64::from(le32(h, 32)?));
    c.s(", buf_alloc ");
    c.dec(le32(h, 36)?);
    c.s(", fwd_cnt ");
    c.dec(le32(h, 40)?);
    Ok(())
}

/// vsock_if_print: the monitor header, the transport header with -v,
/// the payload's hex with -vv.
/// `_wire_len` is unused: tcpdump prints the captured length.
pub(crate) fn frame(c: &mut Ctx, b: &[u8], _wire_len: u32) -> Res {
    c.proto = "vsock";
    let caplen = b.len();
    if caplen < HEADER_LEN {
        return c.link_header_cut(caplen);
    }
    c.ll_len += HEADER_LEN;
    let transport = le16(b, 26)?;
    named(c, TRANSPORTS, transport, "Invalid transport");
    let transport_len = if transport == TRANSPORT_VIRTIO {
        VIRTIO_LEN
    } else {
        0
    };
    let total = HEADER_LEN + transport_len;
    // The transport header is printed whole or not at all.
    let whole = caplen >= total;
    if c.o.verbose > 0 {
        if whole {
            if transport == TRANSPORT_VIRTIO {
                c.s(" (");
                virtio(c, &b[HEADER_LEN..])?;
                c.s(")");
            }
            c.s("\n\t");
        }
    } else {
        c.s(" ");
    }
    let op = le16(b, 24)?;
    c.out.dec(le64(b, 0)?);
    c.s(".");
    c.dec(le32(b, 16)?);
    c.s(" > ");
    c.out.dec(le64(b, 8)?);
    c.s(".");
    c.dec(le32(b, 20)?);
    c.s(" ");
    named(c, OPS, op, " invalid op");
    c.s_dec(", length ", caplen as u64);
    if c.o.verbose > 0 && !whole {
        c.trunc();
        return Ok(());
    }
    if c.o.verbose > 1 && op == OP_PAYLOAD {
        if caplen > total {
            c.s("\n");
            hexdump::hex(c.out, "\t", &b[total..]);
        } else {
            c.trunc();
        }
    }
    Ok(())
}
