//! EPON's Multi-Point Control Protocol, ethertype 0x8808 (IEEE 802.3ah;
//! print-mpcp.c): the opcode and timestamp, with -v each message's fields.

use super::ctx::codes;
use super::{Ctx, Res, be16, be32, u8at};

codes! {
    /// mpcp_opcode_values.
    OPCODES: u16 {
        PAUSE = 1 => "Pause",
        GATE = 2 => "Gate",
        REPORT = 3 => "Report",
        REGISTER_REQUEST = 4 => "Register Request",
        REGISTER = 5 => "Register",
        REGISTER_ACK = 6 => "Register ACK",
    }
}
/// The grant count's bits in a Gate's first byte; the rest are flags.
const GRANT_COUNT_MASK: u8 = 0x7;
const GRANT_FLAGS: &[(u32, &str)] = &[
    (0x08, "Discovery"),
    (0x10, "Force Grant #1"),
    (0x20, "Force Grant #2"),
    (0x40, "Force Grant #3"),
    (0x80, "Force Grant #4"),
];
const REPORT_QUEUES: &[(u32, &str)] = &[
    (0x01, "Q0"),
    (0x02, "Q1"),
    (0x04, "Q2"),
    (0x08, "Q3"),
    (0x10, "Q4"),
    (0x20, "Q5"),
    (0x40, "Q6"),
    (0x80, "Q7"),
];
// Value tables that tcpdump passes to bittok2str: see `Ctx::bit_names`.
const REGISTER_REQUEST_FLAGS: &[(u32, &str)] = &[(1, "Register"), (3, "De-Register")];
const REGISTER_FLAGS: &[(u32, &str)] = &[
    (1, "Re-Register"),
    (2, "De-Register"),
    (3, "ACK"),
    (4, "NACK"),
];
const REGISTER_ACK_FLAGS: &[(u32, &str)] = &[(0, "NACK"), (1, "ACK")];

/// Opcode and timestamp.
const HEADER_LEN: usize = 6;

pub(crate) fn mpcp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "mpcp";
    let opcode = be16(b, 0)?;
    let timestamp = be32(b, 2)?;
    c.s("MPCP, Opcode ");
    c.tok_or(OPCODES, u32::from(opcode), "Unknown (", ")");
    if opcode != PAUSE {
        c.s_dec(", Timestamp ", timestamp);
        c.s(" ticks");
    }
    c.s_dec(", length ", length as u64);
    if c.o.verbose == 0 {
        return Ok(());
    }
    let at = HEADER_LEN;
    match opcode {
        PAUSE => {}
        GATE => {
            let first = u8at(b, at)?;
            let grants = first & GRANT_COUNT_MASK;
            c.s_dec("\n\tGrant Numbers ", grants);
            c.s(", Flags [ ");
            c.bit_names(u32::from(first & !GRANT_COUNT_MASK), GRANT_FLAGS, "?");
            c.s(" ]");
            let mut at = at + 1;
            for grant in 1..=grants {
                let (start, duration) = (be32(b, at)?, be16(b, at + 4)?);
                c.dec_fields(&[
                    ("\n\tGrant #", u64::from(grant)),
                    (", Start-Time ", u64::from(start)),
                    (" ticks, duration ", u64::from(duration)),
                ]);
                c.s(" ticks");
                at += 6;
            }
            let sync = be16(b, at)?;
            c.s_dec("\n\tSync-Time ", sync);
            c.s(" ticks");
        }
        REPORT => report(c, b, at)?,
        REGISTER_REQUEST => {
            let (flags, pending) = (u8at(b, at)?, u8at(b, at + 1)?);
            c.s("\n\tFlags [ ");
            c.bit_names(u32::from(flags), REGISTER_REQUEST_FLAGS, "Reserved");
            c.s_dec(" ], Pending-Grants ", pending);
        }
        REGISTER => {
            let (port, flags) = (be16(b, at)?, u8at(b, at + 2)?);
            let (sync, pending) = (be16(b, at + 3)?, u8at(b, at + 5)?);
            c.s_dec("\n\tAssigned-Port ", port);
            c.s(", Flags [ ");
            c.bit_names(u32::from(flags), REGISTER_FLAGS, "Reserved");
            c.dec_fields(&[
                (" ]\n\tSync-Time ", u64::from(sync)),
                (" ticks, Echoed-Pending-Grants ", u64::from(pending)),
            ]);
        }
        REGISTER_ACK => {
            let (flags, port, sync) = (u8at(b, at)?, be16(b, at + 1)?, be16(b, at + 3)?);
            c.s_dec("\n\tEchoed-Assigned-Port ", port);
            c.s(", Flags [ ");
            c.bit_names(u32::from(flags), REGISTER_ACK_FLAGS, "Reserved");
            c.s_dec(" ]\n\tEchoed-Sync-Time ", sync);
            c.s(" ticks");
        }
        _ => c.unknown_data(b, 0, "\n\t", length),
    }
    Ok(())
}

/// Queue sets and, for each queue named in a set's bitmap, its report.
/// tcpdump numbers every set by the count and skips the last set.
fn report(c: &mut Ctx, b: &[u8], at: usize) -> Res {
    let sets = u8at(b, at)?;
    let mut at = at + 1;
    c.s_dec("\n\tTotal Queue-Sets ", sets);
    for _ in 1..sets {
        let mut bitmap = u8at(b, at)?;
        c.s_dec("\n\t  Queue-Set #", sets);
        c.s(", Report-Bitmap [ ");
        c.bit_names(u32::from(bitmap), REPORT_QUEUES, "Unknown");
        c.s(" ]");
        at += 1;
        let mut queue = 1u8;
        while bitmap != 0 {
            if bitmap & 1 != 0 {
                let duration = be16(b, at)?;
                c.dec_fields(&[
                    ("\n\t    Q", u64::from(queue)),
                    (" Report, Duration ", u64::from(duration)),
                ]);
                c.s(" ticks");
                at += 2;
            }
            queue += 1;
            bitmap >>= 1;
        }
    }
    Ok(())
}
