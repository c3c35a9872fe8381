//! RTSP (print-rtsp.c): a text protocol; a request starts with one of its words.

use super::ctx::{Ctx, Res};
use super::txtproto::txtproto;

/// The request words txtproto_print looks for.
pub(crate) const CMDS: &[&str] = &[
    "DESCRIBE",
    "ANNOUNCE",
    "GET_PARAMETER",
    "OPTIONS",
    "PAUSE",
    "PLAY",
    "RECORD",
    "REDIRECT",
    "SETUP",
    "SET_PARAMETER",
    "TEARDOWN",
];

/// rtsp_print.
pub(crate) fn rtsp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    txtproto(c, b, length, "rtsp", Some(CMDS))
}
