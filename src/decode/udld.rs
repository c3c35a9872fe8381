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
    c.s_dec("UDLDv", first >> 5);
    c.s(", Code ");
    c.tok(CODES, code.into(), "Reserved");
    c.s(" (");
    c.out.hex(code.into());
    c.s("), Flags [");
    c.flag_names(flags.into(), FLAGS);
    c.s("] (0x");
    c.out.hex0(flags.into(), 2);
    c.s_dec("), length ", length as u64);
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
        c.s_dec(" TLV, length ", len as u64);
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
                c.s_dec(", ", value);
                c.s(unit);
            }
            _ => tcheck(b, at, len)?,
        }
        at += len;
        left -= len;
    }
    Ok(())
}
