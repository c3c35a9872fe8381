//! BFD (print-bfd.c): control and echo packets, by destination port.

use super::ctx::{Ctx, Res, Trunc};

/// bfd_print without -v: control packets need the whole 24-byte header.
pub(crate) fn bfd(c: &mut Ctx, b: &[u8], length: usize, port: u16) -> Res {
    c.proto = "bfd";
    let port_name = |c: &mut Ctx| match port {
        3784 => c.s("Control"),
        4784 => c.s("Multihop"),
        6784 => c.s("Lag"),
        3785 => c.s("Echo"),
        _ => {
            c.s("unknown (");
            c.dec(port);
            c.s(")");
        }
    };
    if port == 3785 {
        c.s("BFD, ");
        port_name(c);
        c.s(", length: ");
        c.dec(length as u64);
        return Ok(());
    }
    if b.len() < 24 {
        return Err(Trunc);
    }
    let (version, flags) = (b[0] >> 5, b[1]);
    c.s("BFDv");
    c.dec(version);
    c.s(", ");
    // Only version 1 names the port it came to; the others say Control.
    if version == 1 {
        port_name(c);
    } else {
        c.s("Control");
    }
    match version {
        0 => {
            c.s(", Flags: [");
            c.flag_names(
                u32::from(flags),
                &[
                    (0x80, "I Hear You"),
                    (0x40, "Demand"),
                    (0x20, "Poll"),
                    (0x10, "Final"),
                    (0x08, "Control Plane Independent"),
                    (0x04, "Authentication Present"),
                    (0x02, "Reserved"),
                    (0x01, "Reserved"),
                ],
            );
            c.s("]");
        }
        1 => {
            c.s(", State ");
            c.s(["AdminDown", "Down", "Init", "Up"][usize::from(flags >> 6)]);
            c.s(", Flags: [");
            c.flag_names(
                u32::from(flags & 0x3f),
                &[
                    (0x20, "Poll"),
                    (0x10, "Final"),
                    (0x08, "Control Plane Independent"),
                    (0x04, "Authentication Present"),
                    (0x02, "Demand"),
                    (0x01, "Multipoint"),
                ],
            );
            c.s("]");
        }
        _ => {}
    }
    c.s(", length: ");
    c.dec(length as u64);
    if version > 1 && c.o.verbose > 0 {
        crate::decode::hexdump::hex(c.out, "\n\t", &b[..length.min(b.len())]);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, numeric};

    /// BFD summaries, well-formed, random and cut (expected text from
    /// tcpdump 4.99.3 on the same frames).
    #[test]
    fn summaries() {
        golden(
            numeric(0),
            &[
                (
                    "ffffffffffff0000000000000800450000340001000040117cb67f0000017f00000103e80ec80020eb2300c003180000000000000000000000000000000000000000",
                    "IP 127.0.0.1.1000 > 127.0.0.1.3784: BFDv0, Control, Flags: [I Hear You, Demand], length: 24",
                ),
                (
                    "ffffffffffff0000000000000800450000340001000040117cb67f0000017f00000103e80ec80020eb2200c103180000000000000000000000000000000000000000",
                    "IP 127.0.0.1.1000 > 127.0.0.1.3784: BFDv0, Control, Flags: [I Hear You, Demand, Reserved], length: 24",
                ),
                (
                    "ffffffffffff0000000000000800450000340001000040117cb67f0000017f00000103e80ec80020e22109c203180000000000000000000000000000000000000000",
                    "IP 127.0.0.1.1000 > 127.0.0.1.3784: BFDv0, Control, Flags: [I Hear You, Demand, Reserved], length: 24",
                ),
                (
                    "ffffffffffff0000000000000800450000340001000040117cb67f0000017f00000103e80ec80020d90312e003180000000000000000000000000000000000000000",
                    "IP 127.0.0.1.1000 > 127.0.0.1.3784: BFDv0, Control, Flags: [I Hear You, Demand, Poll], length: 24",
                ),
                (
                    "ffffffffffff0000000000000800450000340001000040117cb67f0000017f00000103e80ec80020cd231ec003180000000000000000000000000000000000000000",
                    "IP 127.0.0.1.1000 > 127.0.0.1.3784: BFDv0, Control, Flags: [I Hear You, Demand], length: 24",
                ),
                (
                    "ffffffffffff0000000000000800450000340001000040117cb67f0000017f00000103e80ec80020c81b23c803180000000000000000000000000000000000000000",
                    "IP 127.0.0.1.1000 > 127.0.0.1.3784: BFDv1, Control, State Up, Flags: [Control Plane Independent], length: 24",
                ),
                (
                    "ffffffffffff00000000000008004500001c0001000040117cce7f0000017f00000103e80ec90008ef2a",
                    "IP 127.0.0.1.1000 > 127.0.0.1.3785: BFD, Echo, length: 0",
                ),
                (
                    "ffffffffffff00000000000008004500001d0001000040117ccd7f0000017f00000103e80ec80009cf2920",
                    "IP 127.0.0.1.1000 > 127.0.0.1.3784:  [|bfd]",
                ),
                (
                    "ffffffffffff00000000000008004500003b0001000040117caf7f0000017f00000103e80ec80027ceed20000000000000000000000000000000000000000000000000000000000000",
                    "IP 127.0.0.1.1000 > 127.0.0.1.3784: BFDv1, Control, State AdminDown, Flags: [none], length: 31",
                ),
            ],
        );
    }
}
