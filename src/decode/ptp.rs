//! PTP, IEEE 1588 (print-ptp.c): over UDP ports 319/320 and ethertype
//! 0x88f7. Version 2 messages field by field; version 1 is named only.

use super::ctx::{Ctx, Res, bytes, u8at};
use super::out::Emit;

/// ptp_print: `length` is what the transport says the message holds.
pub(crate) fn ptp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "ptp";
    if length < HDR_LEN {
        // ND_LCHECK_U(length, PTP_HDR_LEN)
        c.invalid_length([" [length ", " < ", "]"], length, 34);
        return Ok(());
    }
    // The version is the low byte of the first 16-bit word.
    let version = uint(b, 0, 2)? & 0xff;
    c.s_dec("PTPv", version);
    match version {
        1 => c.s(" (not implemented)"),
        2 => v2(c, b)?,
        _ => {}
    }
    Ok(())
}

/// The common header's length; a shorter message is invalid.
const HDR_LEN: usize = 34;

/// A big-endian unsigned field of `n` bytes (n <= 8) at `at`.
fn uint(b: &[u8], at: usize, n: usize) -> Res<u64> {
    Ok(bytes(b, at, n)?
        .iter()
        .fold(0, |v, &x| v << 8 | u64::from(x)))
}

#[derive(Clone, Copy)]
enum Fmt {
    Dec,
    Hex,
}

/// ", LABEL VALUE" for each (offset, width, label, format): read before
/// the label is printed, so a field past the capture prints nothing.
fn fields(c: &mut Ctx, b: &[u8], table: &[(usize, usize, &str, Fmt)]) -> Res {
    for &(at, n, label, fmt) in table {
        let v = uint(b, at, n)?;
        c.s(label);
        match fmt {
            Fmt::Dec => c.dec(v),
            Fmt::Hex => {
                c.s("0x");
                c.out.hex(v);
            }
        }
    }
    Ok(())
}

const MSG_TYPES: &[(u32, &str)] = &[
    (0x0, "sync msg"),
    (0x1, "delay req msg"),
    (0x2, "peer delay req msg"),
    (0x3, "peer delay resp msg"),
    (0x8, "follow up msg"),
    (0x9, "delay resp msg"),
    (0xa, "pdelay resp fup msg"),
    (0xb, "announce msg"),
    (0xc, "signalling msg"),
    (0xd, "management msg"),
];

const CONTROL: &[(u32, &str)] = &[
    (0, "Sync"),
    (1, "Delay_Req"),
    (2, "Follow_Up"),
    (3, "Delay_Resp"),
    (4, "Management"),
    (5, "Other"),
];

// tcpdump's table also names the multi-bit mask 0x18c0 "unknown", which
// its bittok2str never matches (it compares single bits), so it is left out.
const FLAGS: &[(u32, &str)] = &[
    (0x1, "l1 61"),
    (0x2, "l1 59"),
    (0x4, "utc reasonable"),
    (0x8, "timescale"),
    (0x10, "time tracable"),
    (0x20, "frequency tracable"),
    (0x100, "alternate master"),
    (0x200, "two step"),
    (0x400, "unicast"),
    (0x1000, "profile specific 1"),
    (0x2000, "profile specific 2"),
    (0x4000, "security mask"),
];

use Fmt::{Dec, Hex};

const PORT_ID: &[(usize, usize, &str, Fmt)] = &[
    (34, 8, ", port identity : ", Hex),
    (42, 2, ", port id : ", Dec),
];

/// ptp_print_2: the common header, then the body by message type.
fn v2(c: &mut Ctx, b: &[u8]) -> Res {
    let first = u8at(b, 0)?;
    c.s(", v1 compat : ");
    c.s(if first & 0x10 != 0 { "yes" } else { "no" });
    let msg_type = first & 0x0f;
    c.s(", msg type : ");
    c.tok(MSG_TYPES, u32::from(msg_type), "Reserved");
    fields(
        c,
        b,
        &[(2, 2, ", length : ", Dec), (4, 1, ", domain : ", Dec)],
    )?;
    // tcpdump reads the domain and reserved byte as one 16-bit word.
    let reserved1 = uint(b, 4, 2)? & 0xff;
    c.s_dec(", reserved1 : ", reserved1);
    let flags = uint(b, 6, 2)?;
    c.s(", Flags [");
    c.flag_names(flags as u32, FLAGS);
    c.s("]");
    fields(
        c,
        b,
        &[
            (8, 6, ", NS correction : ", Dec),
            (14, 2, ", sub NS correction : ", Dec),
            (16, 4, ", reserved2 : ", Dec),
            (20, 8, ", clock identity : ", Hex),
            (28, 2, ", port id : ", Dec),
            (30, 2, ", seq id : ", Dec),
        ],
    )?;
    let control = u8at(b, 32)?;
    c.s_dec(", control : ", control);
    c.s(" (");
    c.tok(CONTROL, u32::from(control), "Reserved");
    c.s(")");
    let interval = uint(b, 32, 2)? & 0xff;
    c.s_dec(", log message interval : ", interval);
    match msg_type {
        0x0 | 0x1 => timestamp(c, b, "originTimeStamp", false),
        0x8 => timestamp(c, b, "preciseOriginTimeStamp", false),
        0x2 | 0xa => timestamp(c, b, "preciseOriginTimeStamp", true),
        0x3 | 0x9 => timestamp(c, b, "receiveTimeStamp", true),
        0xb => announce(c, b),
        0xc => fields(c, b, PORT_ID),
        0xd => management(c, b),
        _ => Ok(()),
    }
}

/// ptp_print_timestamp, and with `identity` the port identity after it
/// (ptp_print_timestamp_identity).
fn timestamp(c: &mut Ctx, b: &[u8], name: &str, identity: bool) -> Res {
    c.s(", ");
    c.s(name);
    c.s(" :");
    seconds_nanoseconds(c, b, " seconds,")?;
    if identity {
        fields(
            c,
            b,
            &[
                (44, 8, ", port identity : ", Hex),
                (52, 2, ", port id : ", Dec),
            ],
        )?;
    }
    Ok(())
}

/// " S seconds<sep> N nanoseconds": the 48-bit seconds and 32-bit
/// nanoseconds after the header, each printed once read.
fn seconds_nanoseconds(c: &mut Ctx, b: &[u8], sep: &str) -> Res {
    let secs = uint(b, 34, 6)?;
    c.s_dec(" ", secs);
    c.s(sep);
    let nsecs = uint(b, 40, 4)?;
    c.s_dec(" ", nsecs);
    c.s(" nanoseconds");
    Ok(())
}

/// ptp_print_announce_msg (its time stamp has no comma after "seconds").
fn announce(c: &mut Ctx, b: &[u8]) -> Res {
    c.s(", originTimeStamp :");
    seconds_nanoseconds(c, b, " seconds")?;
    fields(
        c,
        b,
        &[
            (44, 2, ", origin cur utc :", Dec),
            (46, 1, ", rsvd : ", Dec),
            (47, 1, ", gm priority_1 : ", Dec),
            (48, 1, ", gm clock class : ", Dec),
            (49, 1, ", gm clock accuracy : ", Dec),
            (50, 2, ", gm clock variance : ", Dec),
            (52, 1, ", gm priority_2 : ", Dec),
            (53, 8, ", gm clock id : ", Hex),
            (61, 2, ", steps removed : ", Dec),
            (63, 1, ", time source : ", Hex),
        ],
    )
}

/// ptp_print_mgmt_msg: the port identity, then four one-byte fields that
/// tcpdump all reads from the same place (its cursor is not advanced
/// between them) under labels with a doubled ", ".
fn management(c: &mut Ctx, b: &[u8]) -> Res {
    fields(c, b, PORT_ID)?;
    fields(
        c,
        b,
        &[
            (34, 1, ", , start boundary hops  ", Dec),
            (34, 1, ", , boundary hops  ", Dec),
            (34, 1, ", , flags  ", Hex),
            (34, 1, ", , reserved  ", Hex),
        ],
    )
}
