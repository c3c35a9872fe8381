//! Symantec Enterprise Firewall captures (DLT_SYMANTEC_FIREWALL,
//! print-symantec.c): a 44-byte header with an ethertype at offset 6, then
//! what that ethertype carries.

use super::ctx::{Ctx, Res, Trunc};
use super::dispatch;
use crate::wire::ethertype as et;

/// sizeof(struct symantec_header).
const HEADER_LEN: usize = 44;
/// Where the ethertype sits, after six bytes tcpdump does not interpret.
const TYPE_AT: usize = 6;

/// symantec_hdr_print: the ethertype and the frame's whole length.
fn header(c: &mut Ctx, ether_type: u16, length: u32) {
    if ether_type <= et::MAX_LENGTH {
        c.s_dec("invalid ethertype ", ether_type);
    } else {
        dispatch::type_print(c, ether_type);
    }
    c.s_dec(", length ", length);
    c.s(": ");
}

/// symantec_if_print.
pub(crate) fn frame(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "symantec";
    if b.len() < HEADER_LEN {
        c.ll_len += b.len();
        return Err(Trunc);
    }
    c.ll_len += HEADER_LEN;
    let ether_type = u16::from_be_bytes([b[TYPE_AT], b[TYPE_AT + 1]]);
    if c.o.link_header {
        header(c, ether_type, wire_len);
    }
    let payload = &b[HEADER_LEN..];
    let length = (wire_len as usize).saturating_sub(HEADER_LEN);
    let known = ether_type > et::MAX_LENGTH && dispatch::ethertype(c, ether_type, payload, length)?;
    if !known {
        // Without -e the header is printed only here, before the raw bytes.
        if !c.o.link_header {
            header(c, ether_type, wire_len);
        }
        c.default_print(payload);
    }
    Ok(())
}
