//! OSPF (print-ospf.c): the common header.

use super::ctx::{Ctx, Res, be16, bytes};

/// ospf_print header line.
pub(crate) fn ospf(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "ospf2";
    // tcpdump reads the header up to the authentication type first.
    bytes(b, 0, 16)?;
    c.s("OSPFv");
    c.dec(b[0]);
    c.s(", ");
    match b[1] {
        1 => c.s("Hello"),
        2 => c.s("Database Description"),
        3 => c.s("LS-Request"),
        4 => c.s("LS-Update"),
        5 => c.s("LS-Ack"),
        t => {
            c.s("unknown LS-type ");
            c.dec(t);
        }
    }
    c.s(", length ");
    c.dec(length as u64);
    // tcpdump stops after the header for unknown types, and without -v.
    if c.o.verbose == 0 || !(1..=5).contains(&b[1]) {
        return Ok(());
    }
    let ospf_len = be16(b, 2)?;
    if length != usize::from(ospf_len) {
        c.s(" [len ");
        c.dec(ospf_len);
        c.s("]");
    }
    c.s("\n\tRouter-ID ");
    c.ip4(&b[4..8]);
    if b[8..12] == [0, 0, 0, 0] {
        c.s(", Backbone Area");
    } else {
        c.s(", Area ");
        c.ip4(&b[8..12]);
    }
    if b.len() < 24 {
        c.trunc();
        return Ok(());
    }
    let auth = be16(b, 14)?;
    c.s(", Authentication Type: ");
    c.s(match auth {
        0 => "none",
        1 => "simple",
        2 => "MD5",
        _ => "unknown",
    });
    c.s(" (");
    c.dec(auth);
    c.s(")");
    // The packet bodies (hello, database description, LSAs) are not
    // decoded.
    Ok(())
}
