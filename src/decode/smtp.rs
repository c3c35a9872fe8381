//! SMTP (print-smtp.c): a text protocol, every payload a request or reply line.

use super::ctx::{Ctx, Res};
use super::txtproto::txtproto;

/// smtp_print.
pub(crate) fn smtp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    txtproto(c, b, length, "smtp", None)
}
