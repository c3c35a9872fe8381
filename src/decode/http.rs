//! HTTP (print-http.c): a text protocol; a request starts with one of its words.

use super::ctx::{Ctx, Res};
use super::txtproto::txtproto;

/// The request words txtproto_print looks for.
pub(crate) const CMDS: &[&str] = &[
    "OPTIONS",
    "GET",
    "HEAD",
    "POST",
    "PUT",
    "DELETE",
    "TRACE",
    "CONNECT",
    "PROPFIND",
    "PROPPATCH",
    "MKCOL",
    "COPY",
    "MOVE",
    "LOCK",
    "UNLOCK",
    "ACL",
    "SEARCH",
];

/// http_print.
pub(crate) fn http(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    txtproto(c, b, length, "http", Some(CMDS))
}
