//! SIP (print-sip.c): a text protocol; a request starts with one of its words.

use super::ctx::{Ctx, Res};
use super::txtproto::txtproto;

/// The request words txtproto_print looks for.
pub(crate) const CMDS: &[&str] = &[
    "ACK",
    "BYE",
    "CANCEL",
    "DO",
    "INFO",
    "INVITE",
    "MESSAGE",
    "NOTIFY",
    "OPTIONS",
    "PRACK",
    "QAUTH",
    "REFER",
    "REGISTER",
    "SPRACK",
    "SUBSCRIBE",
    "UPDATE",
    "PUBLISH",
];

/// sip_print.
pub(crate) fn sip(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    txtproto(c, b, length, "sip", Some(CMDS))
}
