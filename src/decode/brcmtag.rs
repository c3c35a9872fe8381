//! Broadcom switch tags (DLT_DSA_TAG_BRCM, DLT_DSA_TAG_BRCM_PREPEND;
//! print-brcmtag.c): a 4-byte tag between an Ethernet frame's MAC
//! addresses and its type, or in front of the whole frame.

use super::out::Emit;
use super::{Ctx, Res, Trunc, dispatch, rest};

const TAG_LEN: usize = 4;

/// Ingress (to the switch) or egress, bit 5 of the first byte.
const INGRESS: u8 = 1 << 5;

/// The ingress tag's TE field.
const TE_NAMES: &[(u32, &str)] = &[(0, "None"), (1, "Untag"), (2, "Header")];

/// The egress reason code: its single bit's name (else "reserved").
const RC_NAMES: &[(u32, &str)] = &[
    (1, "mirror"),
    (2, "MAC learning"),
    (4, "switching"),
    (8, "prot term"),
    (16, "prot snoop"),
    (32, "exception"),
];

/// brcm_tag_print: the 4 bytes of `t`.
fn tag(c: &mut Ctx, t: &[u8]) {
    // tcpdump names the opcode by the whole byte, and decodes the fields
    // by its ingress bit.
    c.s(if t[0] != 0 {
        "BRCM tag OP: IG"
    } else {
        "BRCM tag OP: EG"
    });
    if t[0] & INGRESS != 0 {
        c.s_dec(", TC: ", (t[1] >> 2) & 0x7);
        c.s(", TE: ");
        c.tok(TE_NAMES, (t[1] & 0x3).into(), "Reserved");
        c.s_dec(", TS: ", t[1] >> 7);
        c.s(", DST map: 0x");
        let dst_map = u16::from(t[2]) << 8 | u16::from(t[3]);
        c.out.hex0(u64::from(dst_map & 0x1ff), 4);
    } else {
        c.s_dec(", CID: ", t[1]);
        c.s(", RC: ");
        c.tok(RC_NAMES, t[2].into(), "reserved");
        c.s_dec(", TC: ", (t[3] >> 5) & 0x7);
        c.s_dec(", port: ", t[3] & 0x1f);
    }
    c.s(", ");
}

/// brcm_tag_if_print: the tag after the MAC addresses.
pub(crate) fn after_addresses(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "brcm-tag";
    c.ll_len += dispatch::ether_switch_tag(c, b, wire_len, (TAG_LEN, tag))?;
    Ok(())
}

/// brcm_tag_prepend_if_print: the tag (shown with -e), then the frame.
pub(crate) fn prepended(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "brcm-tag-prepend";
    let t = b.get(..TAG_LEN).ok_or(Trunc)?;
    c.ll_len += TAG_LEN;
    if c.o.link_header {
        tag(c, t);
    }
    let length = wire_len.saturating_sub(TAG_LEN as u32);
    c.ll_len += dispatch::ether(c, rest(b, TAG_LEN), length as usize)?;
    Ok(())
}
