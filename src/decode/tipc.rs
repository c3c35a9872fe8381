//! TIPC, Transparent Inter-Process Communication (print-tipc.c),
//! ethertype 0x88ca: the header of data, internal and link configuration
//! messages, and with -v their link-level fields.

use super::ctx::{Ctx, Res, be32};

const USERS: &[(u32, &str)] = &[
    (0, "Low Importance Data payload"),
    (1, "Medium Importance Data payload"),
    (2, "High Importance Data payload"),
    (3, "Critical Importance Data payload"),
    (5, "Broadcast Link Protocol internal"),
    (6, "Message Bundler Protocol internal"),
    (7, "Link State Protocol internal"),
    (8, "Connection Manager internal"),
    (10, "Link Changeover Protocol internal"),
    (11, "Name Table Update Protocol internal"),
    (12, "Message Fragmentation Protocol internal"),
    (13, "Neighbor Detection Protocol internal"),
];

// tcpdump's table swaps the names of types 1 and 3.
const MSG_TYPES: &[(u32, &str)] = &[
    (0, "CONN_MSG"),
    (1, "MCAST_MSG"),
    (2, "NAMED_MSG"),
    (3, "DIRECT_MSG"),
];

const LINK_CONF_TYPES: &[(u32, &str)] = &[(0, "Link request"), (1, "Link response")];

/// tipc_print: by the user field of the first word.
pub(crate) fn tipc(c: &mut Ctx, b: &[u8]) -> Res {
    c.proto = "tipc";
    let w0 = be32(b, 0)?;
    match (w0 >> 25) & 0x0f {
        0..=3 | 8 | 11 => payload(c, b, w0),
        13 => link_conf(c, b, w0),
        5 | 6 | 7 | 10 | 12 => internal(c, b, w0),
        _ => Ok(()),
    }
}

/// "Z.C.N": a TIPC address's zone, cluster and node.
fn node(c: &mut Ctx, addr: u32) {
    c.dec(addr >> 24);
    c.s_dec(".", (addr >> 12) & 0xfff);
    c.s_dec(".", addr & 0xfff);
}

/// "TIPC vV.0 ": the version from the first word.
fn version(c: &mut Ctx, w0: u32) {
    c.s_dec("TIPC v", w0 >> 29);
    c.s(".0 ");
}

/// "TIPC vV.0 SRC > DST": a message from node to node.
fn between_nodes(c: &mut Ctx, w0: u32, src: u32, dst: u32) {
    version(c, w0);
    node(c, src);
    c.s(" > ");
    node(c, dst);
}

/// ", headerlength H bytes, MessageSize M bytes, USER, messageType T".
fn sizes_user_type(c: &mut Ctx, w0: u32, types: &[(u32, &str)], mtype: u32) {
    c.s_dec(", headerlength ", ((w0 >> 21) & 0x0f) * 4);
    c.s_dec(" bytes, MessageSize ", w0 & 0x1ffff);
    c.s(" bytes, ");
    c.tok(USERS, (w0 >> 25) & 0x0f, "unknown");
    c.s(", messageType ");
    c.tok(types, mtype, "Unknown");
}

/// print_payload: data messages; a short header names only the previous
/// node and the ports.
fn payload(c: &mut Ctx, b: &[u8], w0: u32) -> Res {
    let hsize = (w0 >> 21) & 0x0f;
    let w1 = be32(b, 4)?;
    let prev_node = be32(b, 12)?;
    let orig_port = be32(b, 16)?;
    let dest_port = be32(b, 20)?;
    if hsize <= 6 {
        version(c, w0);
        node(c, prev_node);
        c.s_dec(":", orig_port);
        c.s_dec(" > ", dest_port);
        sizes_user_type(c, w0, MSG_TYPES, w1 >> 29);
        return Ok(());
    }
    let orig_node = be32(b, 24)?;
    let dest_node = be32(b, 28)?;
    version(c, w0);
    node(c, orig_node);
    c.s_dec(":", orig_port);
    c.s(" > ");
    node(c, dest_node);
    c.s_dec(":", dest_port);
    sizes_user_type(c, w0, MSG_TYPES, w1 >> 29);
    if c.o.verbose > 0 {
        let w2 = be32(b, 8)?;
        c.s("\n\tPrevious Node ");
        node(c, prev_node);
        c.s_dec(", Broadcast Ack ", w1 & 0xffff);
        c.s_dec(", Link Ack ", w2 >> 16);
        c.s_dec(", Link Sequence ", w2 & 0xffff);
    }
    Ok(())
}

/// print_internal: the link protocols' own messages.
fn internal(c: &mut Ctx, b: &[u8], w0: u32) -> Res {
    let w1 = be32(b, 4)?;
    let orig_node = be32(b, 24)?;
    let dest_node = be32(b, 28)?;
    between_nodes(c, w0, orig_node, dest_node);
    sizes_user_type(c, w0, MSG_TYPES, w1 >> 29);
    c.s(" (0x");
    c.s(&format!("{w1:08x})"));
    if c.o.verbose > 0 {
        let w2 = be32(b, 8)?;
        let prev_node = be32(b, 12)?;
        let w4 = be32(b, 16)?;
        let w5 = be32(b, 20)?;
        let trans_seq = be32(b, 32)?;
        let w9 = be32(b, 36)?;
        c.s("\n\tPrevious Node ");
        node(c, prev_node);
        let fields = [
            (", Session No. ", w5 >> 16),
            (", Broadcast Ack ", w1 & 0xffff),
            (", Sequence Gap ", (w1 >> 16) & 0x1fff),
            (",  Broadcast Gap After ", w2 >> 16),
            (", Broadcast Gap To ", w2 & 0xffff),
            (", Last Sent Packet No. ", w4 >> 16),
            (", Next sent Packet No. ", w4 & 0xffff),
            (", Transport Sequence ", trans_seq),
            (", msg_count ", w9 >> 16),
            (", Link Tolerance ", w9 & 0xffff),
        ];
        for (label, v) in fields {
            c.s(label);
            c.dec(v);
        }
    }
    Ok(())
}

/// print_link_conf: neighbour detection.
fn link_conf(c: &mut Ctx, b: &[u8], w0: u32) -> Res {
    let w1 = be32(b, 4)?;
    let dest_domain = be32(b, 8)?;
    let prev_node = be32(b, 12)?;
    between_nodes(c, w0, prev_node, dest_domain);
    sizes_user_type(c, w0, LINK_CONF_TYPES, w1 >> 29);
    if c.o.verbose > 0 {
        let network = be32(b, 16)?;
        let w5 = be32(b, 20)?;
        c.s_dec("\n\tNodeSignature ", w1 & 0xffff);
        c.s_dec(", network_id ", network);
        c.s_dec(", media_id ", w5 & 0xff);
    }
    Ok(())
}
