//! PPTP control messages on TCP 1723 (print-pptp.c): the header and the
//! body of every message type.

use super::ctx::{Ctx, Res, be16, rest, u8at};
use super::out::Emit;

/// pptp_print: the control message header (bodies are not decoded).
pub(crate) fn pptp(c: &mut Ctx, b: &[u8]) -> Res {
    c.proto = "pptp";
    c.s(": pptp");
    if c.o.verbose > 0 {
        let len = be16(b, 0)?;
        c.s_dec(" Length=", len);
        let kind = be16(b, 2)?;
        c.s(match kind {
            1 => " CTRL-MSG",
            2 => " MGMT-MSG",
            _ => " UNKNOWN-MSG-TYPE",
        });
    }
    let mc = crate::decode::be32(b, 4)?;
    if mc != 0x1a2b_3c4d {
        c.s(" UNEXPECTED Magic-Cookie!!(");
        c.out.hex0(u64::from(mc), 8);
        c.s(")");
    }
    if c.o.verbose > 0 || mc != 0x1a2b_3c4d {
        c.s(" Magic-Cookie=");
        c.out.hex0(u64::from(mc), 8);
    }
    let t = be16(b, 8)?;
    const TYPES: [&str; 16] = [
        "NOT_DEFINED",
        "SCCRQ",
        "SCCRP",
        "StopCCRQ",
        "StopCCRP",
        "ECHORQ",
        "ECHORP",
        "OCRQ",
        "OCRP",
        "ICRQ",
        "ICRP",
        "ICCN",
        "CCRQ",
        "CDN",
        "WEN",
        "SLI",
    ];
    match TYPES.get(usize::from(t)) {
        Some(n) => {
            c.s(" CTRL_MSGTYPE=");
            c.s(n);
        }
        None => {
            c.s_dec(" UNKNOWN_CTRL_MSGTYPE(", t);
            c.s(")");
        }
    }
    reserved(c, be16(b, 10)?);
    if (1..16).contains(&t) {
        pptp_body(c, rest(b, 12), t)?;
    }
    Ok(())
}

/// One field of a PPTP control message body, in print order.
#[derive(Clone, Copy)]
enum Pf {
    /// " NAME(%u)" of a 16-bit field.
    U16(&'static str),
    /// " NAME(%u)" of a 32-bit field.
    U32(&'static str),
    /// " NAME(0x%08x)".
    Hex32(&'static str),
    ProtoVer,
    Reserved16,
    Reserved8,
    FrameCap,
    BearerCap,
    BearerType,
    FrameType,
    Result,
    Err,
    Reason,
    /// A NUL-padded string field of the given size; the printed length is
    /// at most the 16-bit value at the given body offset.
    Str(&'static str, usize, Option<usize>),
}

/// The framing and bearer capabilities, firmware and names that close
/// both the control connection request and its reply.
const HOST: &[Pf] = &[
    Pf::FrameCap,
    Pf::BearerCap,
    Pf::U16("MAX_CHAN"),
    Pf::U16("FIRM_REV"),
    Pf::Str("HOSTNAME", 64, None),
    Pf::Str("VENDOR", 64, None),
];

/// " [ERROR: reserved=N must be zero]" for a reserved field that is not.
fn reserved(c: &mut Ctx, x: u16) {
    if x != 0 {
        c.s_dec(" [ERROR: reserved=", x);
        c.s(" must be zero]");
    }
}

/// The body printers of print-pptp.c, field by field.
fn pptp_body(c: &mut Ctx, b: &[u8], t: u16) -> Res {
    use Pf::*;
    let fields: &[Pf] = match t {
        1 => &[ProtoVer, Reserved16],
        2 => &[ProtoVer, Result, Err],
        3 => &[Reason, Reserved8, Reserved16],
        4 => &[Result, Err, Reserved16],
        5 => &[U32("ID")],
        6 => &[U32("ID"), Result, Err, Reserved16],
        7 => &[
            U16("CALL_ID"),
            U16("CALL_SER_NUM"),
            U32("MIN_BPS"),
            U32("MAX_BPS"),
            BearerType,
            FrameType,
            U16("RECV_WIN"),
            U16("PROC_DELAY"),
            U16("PHONE_NO_LEN"),
            Reserved16,
            Str("PHONE_NO", 64, Some(24)),
            Str("SUB_ADDR", 64, None),
        ],
        8 => &[
            U16("CALL_ID"),
            U16("PEER_CALL_ID"),
            Result,
            Err,
            U16("CAUSE_CODE"),
            U32("CONN_SPEED"),
            U16("RECV_WIN"),
            U16("PROC_DELAY"),
            U32("PHY_CHAN_ID"),
        ],
        9 => &[
            U16("CALL_ID"),
            U16("CALL_SER_NUM"),
            BearerType,
            U32("PHY_CHAN_ID"),
            U16("DIALED_NO_LEN"),
            U16("DIALING_NO_LEN"),
            Str("DIALED_NO", 64, Some(12)),
            Str("DIALING_NO", 64, Some(14)),
            Str("SUB_ADDR", 64, None),
        ],
        10 => &[
            U16("CALL_ID"),
            U16("PEER_CALL_ID"),
            Result,
            Err,
            U16("RECV_WIN"),
            U16("PROC_DELAY"),
            Reserved16,
        ],
        11 => &[
            U16("PEER_CALL_ID"),
            Reserved16,
            U32("CONN_SPEED"),
            U16("RECV_WIN"),
            U16("PROC_DELAY"),
            FrameType,
        ],
        12 => &[U16("CALL_ID"), Reserved16],
        13 => &[
            U16("CALL_ID"),
            Result,
            Err,
            U16("CAUSE_CODE"),
            Reserved16,
            Str("CALL_STATS", 128, None),
        ],
        14 => &[
            U16("PEER_CALL_ID"),
            Reserved16,
            U32("CRC_ERR"),
            U32("FRAMING_ERR"),
            U32("HARDWARE_OVERRUN"),
            U32("BUFFER_OVERRUN"),
            U32("TIMEOUT_ERR"),
            U32("ALIGN_ERR"),
        ],
        _ => &[
            U16("PEER_CALL_ID"),
            Reserved16,
            Hex32("SEND_ACCM"),
            Hex32("RECV_ACCM"),
        ],
    };
    // SCCRQ and SCCRP end with the same description of the host.
    let host: &[Pf] = if matches!(t, 1 | 2) { HOST } else { &[] };
    let mut p = 0;
    for f in fields.iter().chain(host) {
        match *f {
            U16(name) => {
                let x = be16(b, p)?;
                c.s(" ");
                c.s(name);
                c.s_dec("(", x);
                c.s(")");
                p += 2;
            }
            U32(name) | Hex32(name) => {
                let x = crate::decode::be32(b, p)?;
                c.s(" ");
                c.s(name);
                c.s("(");
                if matches!(f, Hex32(_)) {
                    c.s("0x");
                    c.out.hex0(u64::from(x), 8);
                } else {
                    c.dec(x);
                }
                c.s(")");
                p += 4;
            }
            ProtoVer => {
                let x = be16(b, p)?;
                c.s_dec(" PROTO_VER(", x >> 8);
                c.s_dec(".", x & 0xff);
                c.s(")");
                p += 2;
            }
            Reserved16 | Reserved8 => {
                let x = if matches!(f, Reserved16) {
                    p += 2;
                    be16(b, p - 2)?
                } else {
                    p += 1;
                    u16::from(u8at(b, p - 1)?)
                };
                reserved(c, x);
            }
            FrameCap | BearerCap => {
                let x = crate::decode::be32(b, p)?;
                // Framing: async 0x1, sync 0x2; bearer: digital 0x2,
                // analog 0x1; no letter at all (not "none") when no bit is
                // set.
                let (label, letters): (&str, &[(u32, &str)]) = if matches!(f, FrameCap) {
                    (" FRAME_CAP(", &[(1, "A"), (2, "S")])
                } else {
                    (" BEARER_CAP(", &[(2, "D"), (1, "A")])
                };
                c.s(label);
                if letters.iter().any(|&(bit, _)| x & bit != 0) {
                    c.flag_letters(x, letters);
                }
                c.s(")");
                p += 4;
            }
            BearerType | FrameType => {
                let x = crate::decode::be32(b, p)?;
                let names = if matches!(f, BearerType) {
                    c.s(" BEARER_TYPE(");
                    ["A", "D", "Any"]
                } else {
                    c.s(" FRAME_TYPE(");
                    ["A", "S", "E"]
                };
                c.s(match x {
                    1..=3 => names[x as usize - 1],
                    _ => "?",
                });
                c.s(")");
                p += 4;
            }
            Result => {
                let dict: &[&str] = match t {
                    2 => &[
                        "Successful channel establishment",
                        "General error",
                        "Command channel already exists",
                        "Requester is not authorized to establish a command channel",
                        "The protocol version of the requester is not supported",
                    ],
                    4 | 6 => &["OK", "General Error"],
                    8 => &[
                        "Connected",
                        "General Error",
                        "No Carrier",
                        "Busy",
                        "No Dial Tone",
                        "Time-out",
                        "Do Not Accept",
                    ],
                    10 => &["Connect", "General Error", "Do Not Accept"],
                    _ => &["Lost Carrier", "General Error", "Admin Shutdown", "Request"],
                };
                code(c, b, p, " RESULT_CODE(", dict, 1)?;
                p += 1;
            }
            Err => {
                let names = [
                    "None",
                    "Not-Connected",
                    "Bad-Format",
                    "Bad-Value",
                    "No-Resource",
                    "Bad-Call-ID",
                    "PAC-Error",
                ];
                code(c, b, p, " ERR_CODE(", &names, 0)?;
                p += 1;
            }
            Reason => {
                let names = ["None", "Stop-Protocol", "Stop-Local-Shutdown"];
                code(c, b, p, " REASON(", &names, 1)?;
                p += 1;
            }
            Str(name, size, len_at) => {
                let n = match len_at {
                    Some(at) => usize::from(be16(b, at)?).min(size),
                    None => size,
                };
                c.s(" ");
                c.s(name);
                c.s("(");
                for i in 0..n {
                    let ch = u8at(b, p + i)?;
                    if ch == 0 {
                        break;
                    }
                    crate::decode::print_char(c, ch);
                }
                c.s(")");
                p += size;
            }
        }
    }
    Ok(())
}

/// A one-byte code at `p`: `label` and its number, with -v ":NAME" from
/// `names` (numbered from `first`; "?" outside them), then ")".
fn code(c: &mut Ctx, b: &[u8], p: usize, label: &str, names: &[&str], first: u8) -> Res {
    let x = u8at(b, p)?;
    c.s(label);
    c.dec(x);
    if c.o.verbose > 0 {
        c.s(":");
        c.s(x
            .checked_sub(first)
            .and_then(|i| names.get(usize::from(i)))
            .copied()
            .unwrap_or("?"));
    }
    c.s(")");
    Ok(())
}
