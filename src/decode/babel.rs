//! Babel (print-babel.c): the header line.

use super::ctx::{Ctx, Res, be16};

/// babel_print: the magic and version; version 2 bodies are not decoded
/// beyond their length.
pub(crate) fn babel(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "babel";
    c.s("babel");
    if b.len() < 4 {
        c.trunc();
        return Ok(());
    }
    if b[0] != 42 {
        c.s(" invalid header");
        return Ok(());
    }
    c.s(" ");
    c.dec(b[1]);
    if b[1] != 2 {
        c.s(" unknown version");
        return Ok(());
    }
    let body = usize::from(be16(b, 2)?);
    c.s(" (");
    c.dec(body as u64);
    c.s(")");
    if body + 4 > length {
        c.invalid();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, numeric};

    /// Babel headers (expected text from tcpdump 4.99.3 -n on the same frames).
    #[test]
    fn headers() {
        golden(
            numeric(0),
            &[
                (
                    "02000000000202000000000108004500001c000100004011f6c7c0000201c00002071a28b1e10008afcb",
                    "IP 192.0.2.1.6696 > 192.0.2.7.45537: babel [|babel]",
                ),
                (
                    "020000000002020000000001080045000020000100004011f6c3c0000201c00002071a28e64b000cfec62a025290",
                    "IP 192.0.2.1.6696 > 192.0.2.7.58955: babel 2 (21136) (invalid)",
                ),
                (
                    "020000000002020000000001080045000020000100004011f6c3c0000201c00002071a28d1ce000c1bd62a0149ff",
                    "IP 192.0.2.1.6696 > 192.0.2.7.53710: babel 1 unknown version",
                ),
                (
                    "020000000002020000000001080045000020000100004011f6c3c0000201c00002071a28a618000cde4b2902b43e",
                    "IP 192.0.2.1.6696 > 192.0.2.7.42520: babel invalid header",
                ),
            ],
        );
    }
}
