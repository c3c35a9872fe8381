//! BFD (print-bfd.c, RFC 5880, 5883, 7130): control packets to the
//! control, multihop and LAG ports, echo packets, and with -v the timers,
//! discriminators and authentication section.

use super::ctx::{Ctx, Res, Trunc, be32, bytes, codes, print_char, u8at};
use super::hexdump;
use super::out::Emit;

codes! {
    /// The UDP ports of BFD control packets, and the names version 1
    /// gives them.
    PORT_NAMES: u16 {
        CONTROL = 3784 => "Control",
        MULTIHOP = 4784 => "Multihop",
        LAG = 6784 => "Lag",
    }
}
const ECHO: u16 = 3785;

/// The size of the mandatory section, which tcpdump checks before
/// printing a control packet.
const HEADER: usize = 24;
const AUTH_PRESENT: u8 = 0x04;

const V0_FLAGS: &[(u32, &str)] = &[
    (0x80, "I Hear You"),
    (0x40, "Demand"),
    (0x20, "Poll"),
    (0x10, "Final"),
    (0x08, "Control Plane Independent"),
    (0x04, "Authentication Present"),
    (0x02, "Reserved"),
    (0x01, "Reserved"),
];

const V1_FLAGS: &[(u32, &str)] = &[
    (0x20, "Poll"),
    (0x10, "Final"),
    (0x08, "Control Plane Independent"),
    (0x04, "Authentication Present"),
    (0x02, "Demand"),
    (0x01, "Multipoint"),
];

const DIAGNOSTICS: &[&str] = &[
    "No Diagnostic",
    "Control Detection Time Expired",
    "Echo Function Failed",
    "Neighbor Signaled Session Down",
    "Forwarding Plane Reset",
    "Path Down",
    "Concatenated Path Down",
    "Administratively Down",
    "Reverse Concatenated Path Down",
];

/// bfd_print: `port` is the destination port, which tells control from
/// echo packets.
pub(crate) fn bfd(c: &mut Ctx, b: &[u8], length: usize, port: u16) -> Res {
    c.proto = "bfd";
    if ![CONTROL, MULTIHOP, LAG].contains(&port) {
        c.s("BFD, ");
        if port == ECHO {
            c.s("Echo");
        } else {
            c.s("unknown (");
            c.dec(port);
            c.s(")");
        }
        c.s(", length: ");
        c.dec(length as u64);
        return dump(c, b, length);
    }
    if b.len() < HEADER {
        return Err(Trunc);
    }
    let (version, flags) = (b[0] >> 5, b[1]);
    c.s("BFDv");
    c.dec(version);
    if version > 1 {
        c.s(", Control, length: ");
        c.dec(length as u64);
        return dump(c, b, length);
    }
    if c.o.verbose > 0 {
        c.s(", length: ");
        c.dec(length as u64);
        c.s("\n\t");
    } else {
        c.s(", ");
    }
    // Only version 1 names the port it came to and the session state.
    if version == 1 {
        c.tok(PORT_NAMES, port.into(), "Lag");
        c.s(", State ");
        c.s(["AdminDown", "Down", "Init", "Up"][usize::from(flags >> 6)]);
        c.s(", Flags: [");
        c.flag_names(u32::from(flags & 0x3f), V1_FLAGS);
    } else {
        c.s("Control, Flags: [");
        c.flag_names(u32::from(flags), V0_FLAGS);
    }
    c.s("]");
    if c.o.verbose == 0 {
        c.s(", length: ");
        c.dec(length as u64);
        return Ok(());
    }
    timers(c, b)?;
    if flags & AUTH_PRESENT != 0 {
        auth(c, b)?;
    }
    Ok(())
}

/// With -v, the bytes of a packet tcpdump does not decode.
fn dump(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    if c.o.verbose > 0 {
        hexdump::unknown_data(c.out, b, 0, "\n\t", length);
    }
    Ok(())
}

/// The -v lines of the mandatory section (all captured: checked by the
/// caller).
fn timers(c: &mut Ctx, b: &[u8]) -> Res {
    let diag = b[0] & 0x1f;
    c.s(", Diagnostic: ");
    c.s(DIAGNOSTICS
        .get(usize::from(diag))
        .copied()
        .unwrap_or("unknown"));
    c.s(" (0x");
    c.out.hex0(u64::from(diag), 2);
    c.s(")");
    let multiplier = b[2];
    let desired_tx = be32(b, 12)?;
    c.s("\n\tDetection Timer Multiplier: ");
    c.dec(multiplier);
    c.s(" (");
    // tcpdump multiplies in 32 bits, wrapping.
    c.dec(u32::from(multiplier).wrapping_mul(desired_tx) / 1000);
    c.s(" ms Detection time), BFD Length: ");
    c.dec(b[3]);
    c.s("\n\tMy Discriminator: 0x");
    c.out.hex0(u64::from(be32(b, 4)?), 8);
    c.s(", Your Discriminator: 0x");
    c.out.hex0(u64::from(be32(b, 8)?), 8);
    for (label, off) in [
        ("\n\t  Desired min Tx Interval:    ", 12),
        ("\n\t  Required min Rx Interval:   ", 16),
        ("\n\t  Required min Echo Interval: ", 20),
    ] {
        c.s(label);
        c.s(&format!("{:4}", be32(b, off)? / 1000));
        c.s(" ms");
    }
    Ok(())
}

const AUTH_TYPES: &[(u32, &str)] = &[
    (1, "Simple Password"),
    (2, "Keyed MD5"),
    (3, "Meticulous Keyed MD5"),
    (4, "Keyed SHA1"),
    (5, "Meticulous Keyed SHA1"),
];

/// auth_print: the authentication section after the mandatory one.
fn auth(c: &mut Ctx, b: &[u8]) -> Res {
    bytes(b, HEADER, 4)?;
    let (typ, len) = (b[HEADER], b[HEADER + 1]);
    c.s("\n\tAuthentication: ");
    c.tok_num(AUTH_TYPES, typ.into(), "Unknown");
    c.s(", length: ");
    c.dec(len);
    c.s("\n\t  Auth Key ID: ");
    c.dec(b[HEADER + 2]);
    // The section's length counts its 3-byte header (password) or its
    // 8-byte header with the sequence number (digests).
    let (valid, label, digest) = match typ {
        1 => ((4..=19).contains(&len), "", 0),
        2 | 3 => (len == 24, "\n\t  Digest: ", 16),
        4 | 5 => (len == 28, "\n\t  Hash: ", 20),
        _ => return Ok(()),
    };
    if !valid {
        c.s("[invalid length ");
        c.dec(len);
        c.s("]");
        return Ok(());
    }
    if typ == 1 {
        c.s(", Password: ");
        for i in 0..usize::from(len) - 3 {
            print_char(c, u8at(b, HEADER + 3 + i)?);
        }
        return Ok(());
    }
    let seq = be32(b, HEADER + 4)?;
    c.s(", Sequence Number: 0x");
    c.out.hex0(u64::from(seq), 8);
    let hash = bytes(b, HEADER + 8, digest)?;
    c.s(label);
    for &x in hash {
        c.out.hex0(u64::from(x), 2);
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

#[cfg(test)]
mod verbose_tests {
    use crate::decode::tests::{golden_link, numeric};
    use crate::link::LinkType;

    const PASSWORD: &str = "02000000000202000000000108004500003c000100004011f6a7c0000201c0000207c3500ec80028000023c403201122334455667788000f4240001e8480000000000108057061017377";
    const MD5: &str = "02000000000202000000000108004500004c000100004011f697c0000201c0000207c35012b0003800002944c830112233445566778840000000001e8480000000000218010000000abc000102030405060708090a0b0c0d0e0f";
    const SHA1: &str = "020000000002020000000001080045000050000100004011f693c0000201c0000207c3501a80003c0000218403341122334455667788000f4240001e848000000000051c0200000000071415161718191a1b1c1d1e1f2021222324252627";
    const V0_BAD_LENGTH: &str = "020000000002020000000001080045000038000100004011f6abc0000201c0000207c3500ec80024000007fc031c1122334455667788000f4240001e84800000000001020000";
    const UNKNOWN_AUTH: &str = "020000000002020000000001080045000038000100004011f6abc0000201c0000207c3500ec8002400002004031c1122334455667788000f4240001e84800000000009040000";
    const SHA1_BAD_LENGTH: &str = "02000000000202000000000108004500004c000100004011f697c0000201c0000207c3500ec800380000200403301122334455667788000f4240001e848000000000041800000000000000000000000000000000000000000000";
    const V2: &str = "020000000002020000000001080045000034000100004011f6afc0000201c0000207c3500ec800200000400003181122334455667788000f4240001e848000000000";
    const ECHO: &str = "02000000000202000000000108004500002a000100004011f6b9c0000201c0000207c3500ec9001600006563686f2d646174612d31323334";

    /// Control packets of both versions to each port, every
    /// authentication type, bad lengths, other versions and echo at -v,
    /// whole and cut (expected text from tcpdump 4.99.3 on the same
    /// frames).
    #[test]
    fn verbose() {
        golden_link(
            LinkType::Ethernet,
            numeric(1),
            &[
                (
                    PASSWORD,
                    0,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 60)\n    192.0.2.1.50000 > 192.0.2.7.3784: BFDv1, length: 32\n\tControl, State Up, Flags: [Authentication Present], Diagnostic: Neighbor Signaled Session Down (0x03)\n\tDetection Timer Multiplier: 3 (3000 ms Detection time), BFD Length: 32\n\tMy Discriminator: 0x11223344, Your Discriminator: 0x55667788\n\t  Desired min Tx Interval:    1000 ms\n\t  Required min Rx Interval:   2000 ms\n\t  Required min Echo Interval:    0 ms\n\tAuthentication: Simple Password (1), length: 8\n\t  Auth Key ID: 5, Password: pa^Asw",
                ),
                (
                    MD5,
                    0,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 76)\n    192.0.2.1.50000 > 192.0.2.7.4784: BFDv1, length: 48\n\tMultihop, State Down, Flags: [Authentication Present], Diagnostic: unknown (0x09)\n\tDetection Timer Multiplier: 200 (0 ms Detection time), BFD Length: 48\n\tMy Discriminator: 0x11223344, Your Discriminator: 0x55667788\n\t  Desired min Tx Interval:    1073741 ms\n\t  Required min Rx Interval:   2000 ms\n\t  Required min Echo Interval:    0 ms\n\tAuthentication: Keyed MD5 (2), length: 24\n\t  Auth Key ID: 1, Sequence Number: 0x00000abc\n\t  Digest: 000102030405060708090a0b0c0d0e0f",
                ),
                (
                    SHA1,
                    0,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 80)\n    192.0.2.1.50000 > 192.0.2.7.6784: BFDv1, length: 52\n\tLag, State Init, Flags: [Authentication Present], Diagnostic: Control Detection Time Expired (0x01)\n\tDetection Timer Multiplier: 3 (3000 ms Detection time), BFD Length: 52\n\tMy Discriminator: 0x11223344, Your Discriminator: 0x55667788\n\t  Desired min Tx Interval:    1000 ms\n\t  Required min Rx Interval:   2000 ms\n\t  Required min Echo Interval:    0 ms\n\tAuthentication: Meticulous Keyed SHA1 (5), length: 28\n\t  Auth Key ID: 2, Sequence Number: 0x00000007\n\t  Hash: 1415161718191a1b1c1d1e1f2021222324252627",
                ),
                (
                    V0_BAD_LENGTH,
                    0,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 56)\n    192.0.2.1.50000 > 192.0.2.7.3784: BFDv0, length: 28\n\tControl, Flags: [I Hear You, Demand, Poll, Final, Control Plane Independent, Authentication Present], Diagnostic: Administratively Down (0x07)\n\tDetection Timer Multiplier: 3 (3000 ms Detection time), BFD Length: 28\n\tMy Discriminator: 0x11223344, Your Discriminator: 0x55667788\n\t  Desired min Tx Interval:    1000 ms\n\t  Required min Rx Interval:   2000 ms\n\t  Required min Echo Interval:    0 ms\n\tAuthentication: Simple Password (1), length: 2\n\t  Auth Key ID: 0[invalid length 2]",
                ),
                (
                    UNKNOWN_AUTH,
                    0,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 56)\n    192.0.2.1.50000 > 192.0.2.7.3784: BFDv1, length: 28\n\tControl, State AdminDown, Flags: [Authentication Present], Diagnostic: No Diagnostic (0x00)\n\tDetection Timer Multiplier: 3 (3000 ms Detection time), BFD Length: 28\n\tMy Discriminator: 0x11223344, Your Discriminator: 0x55667788\n\t  Desired min Tx Interval:    1000 ms\n\t  Required min Rx Interval:   2000 ms\n\t  Required min Echo Interval:    0 ms\n\tAuthentication: Unknown (9), length: 4\n\t  Auth Key ID: 0",
                ),
                (
                    SHA1_BAD_LENGTH,
                    0,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 76)\n    192.0.2.1.50000 > 192.0.2.7.3784: BFDv1, length: 48\n\tControl, State AdminDown, Flags: [Authentication Present], Diagnostic: No Diagnostic (0x00)\n\tDetection Timer Multiplier: 3 (3000 ms Detection time), BFD Length: 48\n\tMy Discriminator: 0x11223344, Your Discriminator: 0x55667788\n\t  Desired min Tx Interval:    1000 ms\n\t  Required min Rx Interval:   2000 ms\n\t  Required min Echo Interval:    0 ms\n\tAuthentication: Keyed SHA1 (4), length: 24\n\t  Auth Key ID: 0[invalid length 24]",
                ),
                (
                    V2,
                    0,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 52)\n    192.0.2.1.50000 > 192.0.2.7.3784: BFDv2, Control, length: 24\n\t0x0000:  4000 0318 1122 3344 5566 7788 000f 4240\n\t0x0010:  001e 8480 0000 0000",
                ),
                (
                    ECHO,
                    0,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 42)\n    192.0.2.1.50000 > 192.0.2.7.3785: BFD, Echo, length: 14\n\t0x0000:  6563 686f 2d64 6174 612d 3132 3334",
                ),
                (
                    MD5,
                    50,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 76)\n    192.0.2.1.50000 > 192.0.2.7.4784:  [|bfd]",
                ),
                (
                    MD5,
                    70,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 76)\n    192.0.2.1.50000 > 192.0.2.7.4784: BFDv1, length: 48\n\tMultihop, State Down, Flags: [Authentication Present], Diagnostic: unknown (0x09)\n\tDetection Timer Multiplier: 200 (0 ms Detection time), BFD Length: 48\n\tMy Discriminator: 0x11223344, Your Discriminator: 0x55667788\n\t  Desired min Tx Interval:    1073741 ms\n\t  Required min Rx Interval:   2000 ms\n\t  Required min Echo Interval:    0 ms\n\tAuthentication: Keyed MD5 (2), length: 24\n\t  Auth Key ID: 1 [|bfd]",
                ),
                (
                    MD5,
                    80,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 76)\n    192.0.2.1.50000 > 192.0.2.7.4784: BFDv1, length: 48\n\tMultihop, State Down, Flags: [Authentication Present], Diagnostic: unknown (0x09)\n\tDetection Timer Multiplier: 200 (0 ms Detection time), BFD Length: 48\n\tMy Discriminator: 0x11223344, Your Discriminator: 0x55667788\n\t  Desired min Tx Interval:    1073741 ms\n\t  Required min Rx Interval:   2000 ms\n\t  Required min Echo Interval:    0 ms\n\tAuthentication: Keyed MD5 (2), length: 24\n\t  Auth Key ID: 1, Sequence Number: 0x00000abc [|bfd]",
                ),
                (
                    PASSWORD,
                    69,
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 60)\n    192.0.2.1.50000 > 192.0.2.7.3784: BFDv1, length: 32\n\tControl, State Up, Flags: [Authentication Present], Diagnostic: Neighbor Signaled Session Down (0x03)\n\tDetection Timer Multiplier: 3 (3000 ms Detection time), BFD Length: 32\n\tMy Discriminator: 0x11223344, Your Discriminator: 0x55667788\n\t  Desired min Tx Interval:    1000 ms\n\t  Required min Rx Interval:   2000 ms\n\t  Required min Echo Interval:    0 ms [|bfd]",
                ),
            ],
        );
    }

    /// The same packets in one line each without -v.
    #[test]
    fn summaries_of_the_same() {
        golden_link(
            LinkType::Ethernet,
            numeric(0),
            &[
                (
                    PASSWORD,
                    0,
                    "IP 192.0.2.1.50000 > 192.0.2.7.3784: BFDv1, Control, State Up, Flags: [Authentication Present], length: 32",
                ),
                (
                    MD5,
                    0,
                    "IP 192.0.2.1.50000 > 192.0.2.7.4784: BFDv1, Multihop, State Down, Flags: [Authentication Present], length: 48",
                ),
                (
                    SHA1,
                    0,
                    "IP 192.0.2.1.50000 > 192.0.2.7.6784: BFDv1, Lag, State Init, Flags: [Authentication Present], length: 52",
                ),
                (
                    V0_BAD_LENGTH,
                    0,
                    "IP 192.0.2.1.50000 > 192.0.2.7.3784: BFDv0, Control, Flags: [I Hear You, Demand, Poll, Final, Control Plane Independent, Authentication Present], length: 28",
                ),
                (
                    V2,
                    0,
                    "IP 192.0.2.1.50000 > 192.0.2.7.3784: BFDv2, Control, length: 24",
                ),
                (
                    ECHO,
                    0,
                    "IP 192.0.2.1.50000 > 192.0.2.7.3785: BFD, Echo, length: 14",
                ),
            ],
        );
    }
}
