//! FTP (print-ftp.c): a text protocol, every payload a request or reply line.

use super::ctx::{Ctx, Res};
use super::txtproto::txtproto;

/// ftp_print.
pub(crate) fn ftp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    txtproto(c, b, length, "ftp", None)
}
