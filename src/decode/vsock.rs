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
            c.s(" (");
            c.dec(v);
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
        c.trunc();
        c.ll_len += caplen;
        return Ok(());
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
    c.s(", length ");
    c.dec(caplen as u64);
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

#[cfg(test)]
mod tests {
    use crate::decode::PrintOptions;
    use crate::decode::tests::{golden_on_link, numeric};
    use crate::link::LinkType;
    use crate::wire::linktype;

    const CONNECT: &str = "0300000000000000020000000000000000040000d2040000010002002c0000000300000000000000020000000000000000040000d20400000000000001000100000000000000040000000000";
    const DATA: &str = "0300000000000000020000000000000000040000d2040000040002002c0000000300000000000000020000000000000000040000d2040000060000000100050000000000000004000000000048656c6c6f0a";
    const CONTROL: &str = "02000000000000000300000000000000d204000000040000030002002c00000002000000000000000300000000000000d2040000000400000000000001000600000000000000040006000000";
    const ODD: &str = "0300000000000000020000000000000000040000d2040000090001000000000061";
    const ODDVIRTIO: &str = "0300000000000000020000000000000000040000d2040000010002002c0000000300000000000000020000000000000000040000d20400000000000009000900000000000000040000000000";
    const EMPTY: &str = "0300000000000000020000000000000000040000d2040000040002002c0000000300000000000000020000000000000000040000d20400000600000001000500000000000000040000000000";
    const NOTRANSPORT: &str = "0300000000000000020000000000000000040000d2040000040007000000000061";

    /// Connect, data and control packets (tcpdump's vsock-1.pcapng), a transport
    /// without a header, unknown values, and cut copies (expected text from
    /// tcpdump 4.99.3 on the same frames).
    #[test]
    fn vsock() {
        let link = LinkType::Other(linktype::VSOCK);
        golden_on_link(
            link,
            numeric(0),
            &[
                (CONNECT, "VIRTIO 3.1024 > 2.1234 CONNECT, length 76"),
                (DATA, "VIRTIO 3.1024 > 2.1234 PAYLOAD, length 82"),
                (CONTROL, "VIRTIO 2.1234 > 3.1024 CONTROL, length 76"),
                (ODD, "NO_INFO 3.1024 > 2.1234  invalid op (9), length 33"),
                (
                    NOTRANSPORT,
                    "Invalid transport (7) 3.1024 > 2.1234 PAYLOAD, length 33",
                ),
                (&CONNECT[..40], " [|vsock]"),
                (&CONNECT[..70], "VIRTIO 3.1024 > 2.1234 CONNECT, length 35"),
            ],
        );
        golden_on_link(
            link,
            numeric(1),
            &[
                (
                    CONNECT,
                    "VIRTIO (len 0, type STREAM, op REQUEST, flags 0, buf_alloc 262144, fwd_cnt 0)\n\t3.1024 > 2.1234 CONNECT, length 76",
                ),
                (
                    CONTROL,
                    "VIRTIO (len 0, type STREAM, op CREDIT UPDATE, flags 0, buf_alloc 262144, fwd_cnt 6)\n\t2.1234 > 3.1024 CONTROL, length 76",
                ),
                (ODD, "NO_INFO\n\t3.1024 > 2.1234  invalid op (9), length 33"),
                (
                    ODDVIRTIO,
                    "VIRTIO (len 0, type Invalid type (9), op Invalid op (9), flags 0, buf_alloc 262144, fwd_cnt 0)\n\t3.1024 > 2.1234 CONNECT, length 76",
                ),
                (
                    NOTRANSPORT,
                    "Invalid transport (7)\n\t3.1024 > 2.1234 PAYLOAD, length 33",
                ),
                (&CONNECT[..40], " [|vsock]"),
                (
                    &CONNECT[..70],
                    "VIRTIO3.1024 > 2.1234 CONNECT, length 35 [|vsock]",
                ),
                (
                    &CONNECT[..100],
                    "VIRTIO3.1024 > 2.1234 CONNECT, length 50 [|vsock]",
                ),
            ],
        );
        golden_on_link(
            link,
            numeric(2),
            &[
                (
                    DATA,
                    "VIRTIO (len 6, type STREAM, op RW, flags 0, buf_alloc 262144, fwd_cnt 0)\n\t3.1024 > 2.1234 PAYLOAD, length 82\n\t0x0000:  4865 6c6c 6f0a",
                ),
                (
                    EMPTY,
                    "VIRTIO (len 6, type STREAM, op RW, flags 0, buf_alloc 262144, fwd_cnt 0)\n\t3.1024 > 2.1234 PAYLOAD, length 76 [|vsock]",
                ),
                (ODD, "NO_INFO\n\t3.1024 > 2.1234  invalid op (9), length 33"),
                (
                    NOTRANSPORT,
                    "Invalid transport (7)\n\t3.1024 > 2.1234 PAYLOAD, length 33\n\t0x0000:  61",
                ),
                (
                    &CONNECT[..100],
                    "VIRTIO3.1024 > 2.1234 CONNECT, length 50 [|vsock]",
                ),
                (
                    &DATA[..160],
                    "VIRTIO (len 6, type STREAM, op RW, flags 0, buf_alloc 262144, fwd_cnt 0)\n\t3.1024 > 2.1234 PAYLOAD, length 80\n\t0x0000:  4865 6c6c",
                ),
            ],
        );
        golden_on_link(
            link,
            PrintOptions {
                hex: 1,
                ..numeric(0)
            },
            &[
                (
                    DATA,
                    "VIRTIO 3.1024 > 2.1234 PAYLOAD, length 82\n\t0x0000:  0300 0000 0000 0000 0200 0000 0000 0000\n\t0x0010:  0004 0000 d204 0000 0600 0000 0100 0500\n\t0x0020:  0000 0000 0000 0400 0000 0000 4865 6c6c\n\t0x0030:  6f0a",
                ),
                (&CONNECT[..60], " [|vsock]"),
            ],
        );
    }
}
