//! Marvell switch tags (DLT_DSA_TAG_DSA, DLT_DSA_TAG_EDSA; print-dsa.c):
//! a 4-byte DSA tag, or an 8-byte EDSA tag (an ethertype, two reserved
//! bytes, then the DSA tag), between an Ethernet frame's MAC addresses
//! and its type. The frame around it is printed by the Ethernet printer.

use super::ctx::codes;
use super::out::Emit;
use super::{Ctx, Res, dispatch};

const DSA_LEN: usize = 4;
const EDSA_LEN: usize = 8;

codes! {
    /// Frame modes, the top two bits of the tag.
    MODES: u8 {
        TO_CPU = 0 => "To CPU",
        FROM_CPU = 1 => "From CPU",
        _ = 2 => "To Sniffer",
        FORWARD = 3 => "Forward",
    }
}

/// The To CPU codes (print-dsa.c's dsa_code_values); the others are
/// reserved.
const CODES: &[(u32, &str)] = &[
    (0, "BPDU (MGMT) Trap"),
    (1, "Frame2Reg"),
    (2, "IGMP/MLD Trap"),
    (3, "Policy Trap"),
    (4, "ARP Mirror"),
    (5, "Policy Mirror"),
];

/// The DSA tag's fields (print-dsa.c's DSA_* macros).
struct Tag {
    mode: u8,
    tagged: bool,
    dev: u8,
    port: u8,
    /// Bit 2 of byte 1: "trunk" in Forward mode, "Rx sniff" in To Sniffer.
    trunk_or_rx: bool,
    cfi: bool,
    pri: u8,
    vid: u16,
    code: u8,
}

impl Tag {
    fn new(t: &[u8]) -> Tag {
        Tag {
            mode: t[0] >> 6,
            tagged: t[0] & 0x20 != 0,
            dev: t[0] & 0x1f,
            port: t[1] >> 3,
            trunk_or_rx: t[1] & 0x04 != 0,
            cfi: t[1] & 0x01 != 0,
            pri: t[2] >> 5,
            vid: u16::from(t[2] & 0x0f) << 8 | u16::from(t[3]),
            code: (t[1] & 0x06) | (t[2] & 0x10) >> 4,
        }
    }
}

/// "dev.port" as the short form prints a switch port.
fn dev_port(c: &mut Ctx, t: &Tag) {
    c.dec(t.dev);
    c.s_dec(".", t.port);
}

/// "dev D, port P" (the -e form; `what` names whose device it is).
fn dev_comma_port(c: &mut Ctx, what: &str, t: &Tag) {
    c.s(what);
    c.dec_fields(&[("dev ", u64::from(t.dev)), (", port ", u64::from(t.port))]);
    c.s(", ");
}

/// tag_common_print: the DSA tag `b` (4 bytes).
fn common(c: &mut Ctx, b: &[u8]) {
    let t = Tag::new(b);
    if c.o.link_header {
        c.s("mode ");
        c.tok(MODES, t.mode.into(), "");
        c.s(", ");
        match t.mode {
            FORWARD => {
                c.dec_fields(&[
                    ("dev ", u64::from(t.dev)),
                    (
                        if t.trunk_or_rx { ", trunk " } else { ", port " },
                        u64::from(t.port),
                    ),
                ]);
                c.s(", ");
            }
            FROM_CPU => dev_comma_port(c, "target ", &t),
            TO_CPU => {
                dev_comma_port(c, "source ", &t);
                c.s("code ");
                c.tok(CODES, t.code.into(), "reserved");
                c.s(", ");
            }
            _ => {
                dev_comma_port(c, "source ", &t);
                c.s(if t.trunk_or_rx { "ingress" } else { "egress" });
                c.s(" sniff, ");
            }
        }
        c.s(if t.tagged { "tagged, " } else { "untagged, " });
        if t.cfi {
            c.s("CFI, ");
        }
        c.dec_fields(&[("VID ", u64::from(t.vid)), (", FPri ", u64::from(t.pri))]);
        c.s(", ");
    } else {
        match t.mode {
            FORWARD => {
                c.s(if t.trunk_or_rx {
                    "Forward trunk "
                } else {
                    "Forward port "
                });
                dev_port(c, &t);
            }
            FROM_CPU => {
                c.s("CPU > port ");
                dev_port(c, &t);
            }
            TO_CPU => {
                c.s("port ");
                dev_port(c, &t);
                c.s(" > CPU");
            }
            _ => {
                c.s("port ");
                dev_port(c, &t);
                c.s(if t.trunk_or_rx {
                    " > Rx Sniffer"
                } else {
                    " > Tx Sniffer"
                });
            }
        }
        c.s_dec(", VLAN ", t.vid);
        c.s(if t.tagged { "t, " } else { "u, " });
    }
}

/// dsa_tag_print.
fn dsa_tag(c: &mut Ctx, b: &[u8]) {
    c.s(if c.o.link_header {
        "Marvell DSA "
    } else {
        "DSA "
    });
    common(c, b);
}

/// edsa_tag_print: the EDSA ethertype and reserved bytes, then the DSA tag.
fn edsa_tag(c: &mut Ctx, b: &[u8]) {
    let t = u16::from(b[0]) << 8 | u16::from(b[1]);
    if c.o.link_header {
        c.s("Marvell EDSA ethertype 0x");
        c.out.hex0(u64::from(t), 4);
        c.s(" (");
        c.s(dispatch::ethertype_name(t).unwrap_or("Unknown"));
        c.dec_fields(&[("), rsvd ", u64::from(b[2])), (" ", u64::from(b[3]))]);
        c.s(", ");
    } else {
        c.s("EDSA 0x");
        c.out.hex0(u64::from(t), 4);
        c.s(", ");
    }
    common(c, &b[4..]);
}

/// dsa_if_print.
pub(crate) fn dsa(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "dsa";
    c.ll_len += dispatch::ether_switch_tag(c, b, wire_len, (DSA_LEN, dsa_tag))?;
    Ok(())
}

/// edsa_if_print.
pub(crate) fn edsa(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "edsa";
    c.ll_len += dispatch::ether_switch_tag(c, b, wire_len, (EDSA_LEN, edsa_tag))?;
    Ok(())
}
