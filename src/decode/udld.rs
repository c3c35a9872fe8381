//! Cisco's UniDirectional Link Detection, RFC 5171 (print-udld.c): the
//! header line, and with -v the checksum and TLVs.

use super::ctx::{codes, tcheck};
use super::out::Emit;
use super::{Ctx, Res, be16, be32, print_char, u8at};

const HEADER_LEN: usize = 4;
const TLV_HEADER_LEN: usize = 4;

const CODES: &[(u32, &str)] = &[
    (0x00, "Reserved"),
    (0x01, "Probe message"),
    (0x02, "Echo message"),
    (0x03, "Flush message"),
];

const FLAGS: &[(u32, &str)] = &[
    (1 << 0, "RT"),
    (1 << 1, "RSY"),
    (1 << 2, "MBZ-2"),
    (1 << 3, "MBZ-3"),
    (1 << 4, "MBZ-4"),
    (1 << 5, "MBZ-5"),
    (1 << 6, "MBZ-6"),
    (1 << 7, "MBZ-7"),
];

codes! {
    /// udld_tlv_values.
    TLVS: u16 {
        DEVICE_ID = 1 => "Device-ID TLV",
        PORT_ID = 2 => "Port-ID TLV",
        ECHO = 3 => "Echo TLV",
        MESSAGE_INTERVAL = 4 => "Message Interval TLV",
        TIMEOUT_INTERVAL = 5 => "Timeout Interval TLV",
        DEVICE_NAME = 6 => "Device Name TLV",
        SEQ_NUMBER = 7 => "Sequence Number TLV",
    }
}

/// udld_print.
pub(crate) fn udld(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "udld";
    if length < HEADER_LEN {
        c.invalid();
        return tcheck(b, 0, length);
    }
    let first = u8at(b, 0)?;
    let flags = u8at(b, 1)?;
    let code = first & 0x1f;
    c.s("UDLDv");
    c.dec(first >> 5);
    c.s(", Code ");
    c.tok(CODES, code.into(), "Reserved");
    c.s(" (");
    c.out.hex(code.into());
    c.s("), Flags [");
    c.flag_names(flags.into(), FLAGS);
    c.s("] (0x");
    c.out.hex0(flags.into(), 2);
    c.s("), length ");
    c.dec(length as u64);
    if c.o.verbose == 0 {
        return tcheck(b, 2, length - 2);
    }
    let checksum = be16(b, 2)?;
    c.s("\n\tChecksum 0x");
    c.out.hex0(checksum.into(), 4);
    c.s(" (unverified)");
    let mut at = HEADER_LEN;
    let mut left = length - HEADER_LEN;
    while left > 0 {
        if left < TLV_HEADER_LEN {
            c.invalid();
            return tcheck(b, at, left);
        }
        let ty = be16(b, at)?;
        let len = usize::from(be16(b, at + 2)?);
        at += TLV_HEADER_LEN;
        left -= TLV_HEADER_LEN;
        c.s("\n\t");
        c.tok_hex(TLVS, ty.into(), "Unknown", 4);
        c.s(" TLV, length ");
        c.dec(len as u64);
        // A length that does not pass its own header would not advance.
        if len <= TLV_HEADER_LEN {
            c.invalid();
            return tcheck(b, at, left);
        }
        let len = len - TLV_HEADER_LEN;
        if left < len {
            c.invalid();
            return tcheck(b, at, left);
        }
        match ty {
            DEVICE_ID | PORT_ID | DEVICE_NAME | ECHO => {
                c.s(", ");
                for i in 0..len {
                    let ch = u8at(b, at + i)?;
                    // The echo list is printed whole; the names stop at a NUL.
                    if ch == 0 && ty != ECHO {
                        break;
                    }
                    print_char(c, ch);
                }
            }
            MESSAGE_INTERVAL | TIMEOUT_INTERVAL | SEQ_NUMBER => {
                // An interval is one byte of seconds, the sequence number
                // four bytes; another length is invalid.
                let (want, unit) = if ty == SEQ_NUMBER { (4, "") } else { (1, "s") };
                if len != want {
                    c.invalid();
                    return tcheck(b, at, left);
                }
                let value = if want == 1 {
                    u32::from(u8at(b, at)?)
                } else {
                    be32(b, at)?
                };
                c.s(", ");
                c.dec(value);
                c.s(unit);
            }
            _ => tcheck(b, at, len)?,
        }
        at += len;
        left -= len;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, golden_levels, numeric};
    use crate::link::LinkType;

    /// A probe with every TLV, bad interval and TLV lengths, a TLV past
    /// the PDU, short headers (tcpdump 4.99.3 -n, -v).
    #[test]
    fn messages() {
        golden_levels(
            LinkType::Ethernet,
            &[
                (
                    "01000ccccccc020000000001004aaaaa0300000c01112103beef000100095357310078000200094769302f310003000c000000016162006300040005070005000505000600086e616d650007000800000063000900067a7a",
                    0,
                ),
                (
                    "01000ccccccc0200000000010012aaaa0300000c011122fc0000000400060708",
                    0,
                ),
                (
                    "01000ccccccc0200000000010013aaaa0300000c01112500000000010003616263",
                    0,
                ),
                (
                    "01000ccccccc0200000000010013aaaa0300000c01112301000000010028616263",
                    0,
                ),
                ("01000ccccccc020000000001000baaaa0300000c0111210000", 0),
                (
                    "01000ccccccc020000000001000eaaaa0300000c0111210000000001",
                    0,
                ),
            ],
            &[
                (
                    numeric(0),
                    &[
                        "UDLDv1, Code Probe message (1), Flags [RT, RSY] (0x03), length 66",
                        "UDLDv1, Code Echo message (2), Flags [MBZ-2, MBZ-3, MBZ-4, MBZ-5, MBZ-6, MBZ-7] (0xfc), length 10",
                        "UDLDv1, Code Reserved (5), Flags [none] (0x00), length 11",
                        "UDLDv1, Code Flush message (3), Flags [RT] (0x01), length 11",
                        " (invalid)",
                        "UDLDv1, Code Probe message (1), Flags [none] (0x00), length 6",
                    ],
                ),
                (
                    numeric(1),
                    &[
                        "UDLDv1, Code Probe message (1), Flags [RT, RSY] (0x03), length 66\n\tChecksum 0xbeef (unverified)\n\tDevice-ID TLV (0x0001) TLV, length 9, SW1\n\tPort-ID TLV (0x0002) TLV, length 9, Gi0/1\n\tEcho TLV (0x0003) TLV, length 12, ^@^@^@^Aab^@c\n\tMessage Interval TLV (0x0004) TLV, length 5, 7s\n\tTimeout Interval TLV (0x0005) TLV, length 5, 5s\n\tDevice Name TLV (0x0006) TLV, length 8, name\n\tSequence Number TLV (0x0007) TLV, length 8, 99\n\tUnknown (0x0009) TLV, length 6",
                        "UDLDv1, Code Echo message (2), Flags [MBZ-2, MBZ-3, MBZ-4, MBZ-5, MBZ-6, MBZ-7] (0xfc), length 10\n\tChecksum 0x0000 (unverified)\n\tMessage Interval TLV (0x0004) TLV, length 6 (invalid)",
                        "UDLDv1, Code Reserved (5), Flags [none] (0x00), length 11\n\tChecksum 0x0000 (unverified)\n\tDevice-ID TLV (0x0001) TLV, length 3 (invalid)",
                        "UDLDv1, Code Flush message (3), Flags [RT] (0x01), length 11\n\tChecksum 0x0000 (unverified)\n\tDevice-ID TLV (0x0001) TLV, length 40 (invalid)",
                        " (invalid)",
                        "UDLDv1, Code Probe message (1), Flags [none] (0x00), length 6\n\tChecksum 0x0000 (unverified) (invalid)",
                    ],
                ),
            ],
        );
    }

    /// Frames cut inside the header, the TLVs and their values.
    #[test]
    fn shorter_frames() {
        golden(
            numeric(1),
            &[
                ("01000ccccccc020000000001004aaaaa0300000c0111", " (invalid)"),
                (
                    "01000ccccccc020000000001004aaaaa0300000c01112103",
                    " (invalid)",
                ),
                (
                    "01000ccccccc020000000001004aaaaa0300000c01112103beef00",
                    "UDLDv1, Code Probe message (1), Flags [RT, RSY] (0x03), length 5\n\tChecksum 0xbeef (unverified) (invalid)",
                ),
                (
                    "01000ccccccc020000000001004aaaaa0300000c01112103beef000100095357310078000200094769302f31",
                    "UDLDv1, Code Probe message (1), Flags [RT, RSY] (0x03), length 22\n\tChecksum 0xbeef (unverified)\n\tDevice-ID TLV (0x0001) TLV, length 9, SW1\n\tPort-ID TLV (0x0002) TLV, length 9, Gi0/1",
                ),
                (
                    "01000ccccccc020000000001004aaaaa0300000c01112103beef000100095357310078000200094769302f310003000c000000016162006300040005070005000505000600086e616d6500070008000000",
                    "UDLDv1, Code Probe message (1), Flags [RT, RSY] (0x03), length 59\n\tChecksum 0xbeef (unverified)\n\tDevice-ID TLV (0x0001) TLV, length 9, SW1\n\tPort-ID TLV (0x0002) TLV, length 9, Gi0/1\n\tEcho TLV (0x0003) TLV, length 12, ^@^@^@^Aab^@c\n\tMessage Interval TLV (0x0004) TLV, length 5, 7s\n\tTimeout Interval TLV (0x0005) TLV, length 5, 5s\n\tDevice Name TLV (0x0006) TLV, length 8, name\n\tSequence Number TLV (0x0007) TLV, length 8 (invalid)",
                ),
                (
                    "01000ccccccc020000000001004aaaaa0300000c01112103beef000100095357310078000200094769302f310003000c000000016162006300040005070005000505000600086e616d650007000800000063000900",
                    "UDLDv1, Code Probe message (1), Flags [RT, RSY] (0x03), length 63\n\tChecksum 0xbeef (unverified)\n\tDevice-ID TLV (0x0001) TLV, length 9, SW1\n\tPort-ID TLV (0x0002) TLV, length 9, Gi0/1\n\tEcho TLV (0x0003) TLV, length 12, ^@^@^@^Aab^@c\n\tMessage Interval TLV (0x0004) TLV, length 5, 7s\n\tTimeout Interval TLV (0x0005) TLV, length 5, 5s\n\tDevice Name TLV (0x0006) TLV, length 8, name\n\tSequence Number TLV (0x0007) TLV, length 8, 99 (invalid)",
                ),
                (
                    "01000ccccccc020000000001004aaaaa0300000c01112103beef000100095357310078000200094769302f310003000c000000016162006300040005070005000505000600086e616d650007000800000063000900067a",
                    "UDLDv1, Code Probe message (1), Flags [RT, RSY] (0x03), length 65\n\tChecksum 0xbeef (unverified)\n\tDevice-ID TLV (0x0001) TLV, length 9, SW1\n\tPort-ID TLV (0x0002) TLV, length 9, Gi0/1\n\tEcho TLV (0x0003) TLV, length 12, ^@^@^@^Aab^@c\n\tMessage Interval TLV (0x0004) TLV, length 5, 7s\n\tTimeout Interval TLV (0x0005) TLV, length 5, 5s\n\tDevice Name TLV (0x0006) TLV, length 8, name\n\tSequence Number TLV (0x0007) TLV, length 8, 99\n\tUnknown (0x0009) TLV, length 6 (invalid)",
                ),
                ("01000ccccccc0200000000010012aaaa0300000c0111", " (invalid)"),
                (
                    "01000ccccccc0200000000010012aaaa0300000c011122fc",
                    " (invalid)",
                ),
                (
                    "01000ccccccc0200000000010012aaaa0300000c011122fc00",
                    " (invalid)",
                ),
                (
                    "01000ccccccc0200000000010012aaaa0300000c011122fc000000",
                    "UDLDv1, Code Echo message (2), Flags [MBZ-2, MBZ-3, MBZ-4, MBZ-5, MBZ-6, MBZ-7] (0xfc), length 5\n\tChecksum 0x0000 (unverified) (invalid)",
                ),
                (
                    "01000ccccccc0200000000010012aaaa0300000c011122fc0000000400",
                    "UDLDv1, Code Echo message (2), Flags [MBZ-2, MBZ-3, MBZ-4, MBZ-5, MBZ-6, MBZ-7] (0xfc), length 7\n\tChecksum 0x0000 (unverified) (invalid)",
                ),
                (
                    "01000ccccccc0200000000010012aaaa0300000c011122fc00000004000607",
                    "UDLDv1, Code Echo message (2), Flags [MBZ-2, MBZ-3, MBZ-4, MBZ-5, MBZ-6, MBZ-7] (0xfc), length 9\n\tChecksum 0x0000 (unverified)\n\tMessage Interval TLV (0x0004) TLV, length 6 (invalid)",
                ),
                ("01000ccccccc0200000000010013aaaa0300000c0111", " (invalid)"),
                (
                    "01000ccccccc0200000000010013aaaa0300000c01112500",
                    " (invalid)",
                ),
                (
                    "01000ccccccc0200000000010013aaaa0300000c011125000000",
                    "UDLDv1, Code Reserved (5), Flags [none] (0x00), length 4\n\tChecksum 0x0000 (unverified)",
                ),
                (
                    "01000ccccccc0200000000010013aaaa0300000c01112500000000",
                    "UDLDv1, Code Reserved (5), Flags [none] (0x00), length 5\n\tChecksum 0x0000 (unverified) (invalid)",
                ),
                (
                    "01000ccccccc0200000000010013aaaa0300000c01112500000000010003",
                    "UDLDv1, Code Reserved (5), Flags [none] (0x00), length 8\n\tChecksum 0x0000 (unverified)\n\tDevice-ID TLV (0x0001) TLV, length 3 (invalid)",
                ),
                (
                    "01000ccccccc0200000000010013aaaa0300000c011125000000000100036162",
                    "UDLDv1, Code Reserved (5), Flags [none] (0x00), length 10\n\tChecksum 0x0000 (unverified)\n\tDevice-ID TLV (0x0001) TLV, length 3 (invalid)",
                ),
                ("01000ccccccc0200000000010013aaaa0300000c0111", " (invalid)"),
                (
                    "01000ccccccc0200000000010013aaaa0300000c01112301",
                    " (invalid)",
                ),
                (
                    "01000ccccccc0200000000010013aaaa0300000c011123010000",
                    "UDLDv1, Code Flush message (3), Flags [RT] (0x01), length 4\n\tChecksum 0x0000 (unverified)",
                ),
                (
                    "01000ccccccc0200000000010013aaaa0300000c01112301000000",
                    "UDLDv1, Code Flush message (3), Flags [RT] (0x01), length 5\n\tChecksum 0x0000 (unverified) (invalid)",
                ),
                (
                    "01000ccccccc0200000000010013aaaa0300000c01112301000000010028",
                    "UDLDv1, Code Flush message (3), Flags [RT] (0x01), length 8\n\tChecksum 0x0000 (unverified)\n\tDevice-ID TLV (0x0001) TLV, length 40 (invalid)",
                ),
                (
                    "01000ccccccc0200000000010013aaaa0300000c011123010000000100286162",
                    "UDLDv1, Code Flush message (3), Flags [RT] (0x01), length 10\n\tChecksum 0x0000 (unverified)\n\tDevice-ID TLV (0x0001) TLV, length 40 (invalid)",
                ),
                ("01000ccccccc020000000001000baaaa0300000c0111", " (invalid)"),
                (
                    "01000ccccccc020000000001000baaaa0300000c01112100",
                    " (invalid)",
                ),
                ("01000ccccccc020000000001000eaaaa0300000c0111", " (invalid)"),
                (
                    "01000ccccccc020000000001000eaaaa0300000c01112100",
                    " (invalid)",
                ),
                (
                    "01000ccccccc020000000001000eaaaa0300000c0111210000",
                    " (invalid)",
                ),
                (
                    "01000ccccccc020000000001000eaaaa0300000c01112100000000",
                    "UDLDv1, Code Probe message (1), Flags [none] (0x00), length 5\n\tChecksum 0x0000 (unverified) (invalid)",
                ),
            ],
        );
    }
}
