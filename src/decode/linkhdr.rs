//! Text that several link-type printers put in their -e header; not a
//! protocol.

use super::Ctx;

/// ", family NAME (N), length L: " as ipnet and NFLOG print their
/// address family: with -q the name alone, or for an unknown family
/// `quiet_unknown` and the number in hex of `width` digits (each
/// printer's own wording).
pub(crate) fn family_and_length(
    c: &mut Ctx,
    family: u8,
    name: Option<&str>,
    quiet_unknown: &str,
    width: usize,
    length: u64,
) {
    match (c.o.quiet, name) {
        (false, name) => {
            c.s(", family ");
            c.s(name.unwrap_or("Unknown"));
            c.s_dec(" (", family);
            c.s(")");
        }
        (true, Some(name)) => {
            c.s(", ");
            c.s(name);
        }
        (true, None) => {
            c.s(", ");
            c.name_code(quiet_unknown, family, width);
        }
    }
    c.s_dec(", length ", length);
    c.s(": ");
}

/// "vlan N, p N[, DEI]": an 802.1Q tag control field, as Ethernet and
/// Linux cooked captures print it.
pub(crate) fn tci(c: &mut Ctx, tag: u16) {
    c.dec_fields(&[
        ("vlan ", u64::from(tag & 0xfff)),
        (", p ", u64::from(tag >> 13)),
    ]);
    if tag & 0x1000 != 0 {
        c.s(", DEI");
    }
}
