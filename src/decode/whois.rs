//! WHOIS (print-whois.c): a text protocol, every payload a request or reply line.

use super::ctx::{Ctx, Res};
use super::txtproto::txtproto;

/// whois_print.
pub(crate) fn whois(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    txtproto(c, b, length, "whois", None)
}
