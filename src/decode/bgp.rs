//! BGP (print-bgp.c). Without -v tcpdump prints only the tag; the message
//! decoders come with the -v support.

use super::ctx::{Ctx, Res};

/// bgp_print at the default verbosity: ": BGP".
pub(crate) fn bgp(c: &mut Ctx, _b: &[u8], _length: usize) -> Res {
    c.proto = "bgp";
    c.s(": BGP");
    Ok(())
}
