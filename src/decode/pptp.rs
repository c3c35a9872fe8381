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
        c.s(" Length=");
        c.dec(len);
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
            c.s(" UNKNOWN_CTRL_MSGTYPE(");
            c.dec(t);
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
        c.s(" [ERROR: reserved=");
        c.dec(x);
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
                c.s("(");
                c.dec(x);
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
                c.s(" PROTO_VER(");
                c.dec(x >> 8);
                c.s(".");
                c.dec(x & 0xff);
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

#[cfg(test)]
mod tests {
    use crate::decode::tests::golden;

    /// PPTP control headers (expected text from tcpdump 4.99.3 -n and -n -v).
    #[test]
    fn control_headers() {
        golden(
            crate::decode::tests::numeric(0),
            &[
                (
                    "02000000000202000000000108004500002c000100004006f6c2c0000201c0000207b5e806bb000003e8000007d0501820007dfa000056f86e71",
                    "IP 192.0.2.1.46568 > 192.0.2.7.1723: Flags [P.], seq 1000:1004, ack 2000, win 8192, length 4: pptp [|pptp]",
                ),
                (
                    "020000000002020000000001080045000029000100004006f6c5c0000201c0000207be1f06bb000003e8000007d0501820009f2f00009c",
                    "IP 192.0.2.1.48671 > 192.0.2.7.1723: Flags [P.], seq 1000:1001, ack 2000, win 8192, length 1: pptp [|pptp]",
                ),
                (
                    "020000000002020000000001080045000050000100004006f69ec0000201c0000207cbdf06bb000003e8000007d05018200028900000a3534be13ebc807a1c90b7ef15ff23eebf21395337682c2b22c3700fb1e37295aa9d496ad0ef6f94",
                    "IP 192.0.2.1.52191 > 192.0.2.7.1723: Flags [P.], seq 1000:1040, ack 2000, win 8192, length 40: pptp UNEXPECTED Magic-Cookie!!(3ebc807a) Magic-Cookie=3ebc807a UNKNOWN_CTRL_MSGTYPE(7312) [ERROR: reserved=47087 must be zero]",
                ),
                (
                    "020000000002020000000001080045000038000100004006f6b6c0000201c0000207caf006bb000003e8000007d0501820005d5f00003da7e8156f58e481d3e28caf7fe876de",
                    "IP 192.0.2.1.51952 > 192.0.2.7.1723: Flags [P.], seq 1000:1016, ack 2000, win 8192, length 16: pptp UNEXPECTED Magic-Cookie!!(6f58e481) Magic-Cookie=6f58e481 UNKNOWN_CTRL_MSGTYPE(54242) [ERROR: reserved=36015 must be zero]",
                ),
                (
                    "020000000002020000000001080045000078000100004006f676c0000201c00002079e4906bb000003e8000007d05018200006ae0000108b7cf0f40d80040db8e31951233fd1fb5cd8e25acd80a9895bd6153df9dedea4ea30823d4719a0eb6b0731051cc3685025804439fa0eef53e25b8361c38729db9e52f9ebcac2fca2a0b24d2805b145",
                    "IP 192.0.2.1.40521 > 192.0.2.7.1723: Flags [P.], seq 1000:1080, ack 2000, win 8192, length 80: pptp UNEXPECTED Magic-Cookie!!(f40d8004) Magic-Cookie=f40d8004 UNKNOWN_CTRL_MSGTYPE(3512) [ERROR: reserved=58137 must be zero]",
                ),
                (
                    "02000000000202000000000108004500002a000100004006f6c4c0000201c0000207e2f306bb000003e8000007d050182000a5f700007063",
                    "IP 192.0.2.1.58099 > 192.0.2.7.1723: Flags [P.], seq 1000:1002, ack 2000, win 8192, length 2: pptp [|pptp]",
                ),
            ],
        );
        golden(
            crate::decode::tests::numeric(1),
            &[
                (
                "02000000000202000000000108004500002c000100004006f6c2c0000201c0000207b5e806bb000003e8000007d0501820007dfa000056f86e71",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 44)
    192.0.2.1.46568 > 192.0.2.7.1723: Flags [P.], cksum 0x7dfa (correct), seq 1000:1004, ack 2000, win 8192, length 4: pptp Length=22264 UNKNOWN-MSG-TYPE [|pptp]",
            ),
            ],
        );
    }

    /// PPTP control message bodies of every type, whole and cut, with and
    /// without -v (expected text from tcpdump 4.99.3).
    #[test]
    fn pptp_bodies() {
        crate::decode::tests::golden(
            crate::decode::tests::numeric(0),
            &[
                (
                    "0200000000020200000000010800450000d0000100004006f61ec0000201c0000207a4a006bb000003e8000007d0501820008254000000a800021a2b3c4d000100000000b9138e0080c0686f73742e6578616d706c650000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000076656e646f7201ff00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                    "IP 192.0.2.1.42144 > 192.0.2.7.1723: Flags [P.], seq 1000:1168, ack 2000, win 8192, length 168: pptp CTRL_MSGTYPE=SCCRQ PROTO_VER(0.0) [ERROR: reserved=47379 must be zero] FRAME_CAP() BEARER_CAP() MAX_CHAN(11877) FIRM_REV(30817) HOSTNAME(mple) VENDOR()",
                ),
                (
                    "0200000000020200000000010800450000d0000100004006f61ec0000201c0000207c15e06bb000003e8000007d050182000c795000000a800011a2b3c4d000200000000fdbc61ad008c5e0000d700009a632a00000000fc00f2d500a700000c260012000000008300480069e9009a0000000000688d0000000000bb3c0000003500a90ec5f400000016004b26d6b800004f004ca60000cb0000000000440000001100bd0050bd7a00000000b600a4000000005100007000000000ef00000000c4ae00b3006046d70000622e20003900005e000031001a260069ec9f00d0",
                    "IP 192.0.2.1.49502 > 192.0.2.7.1723: Flags [P.], seq 1000:1168, ack 2000, win 8192, length 168: pptp CTRL_MSGTYPE=SCCRP PROTO_VER(0.0) RESULT_CODE(253) ERR_CODE(188) FRAME_CAP() BEARER_CAP(DA) MAX_CHAN(0) FIRM_REV(39523) HOSTNAME(*) VENDOR()",
                ),
                (
                    "020000000002020000000001080045000038000100004006f6b6c0000201c0000207a19d06bb000003e8000007d0501820008c140000001000031a2b3c4d0003000000007500",
                    "IP 192.0.2.1.41373 > 192.0.2.7.1723: Flags [P.], seq 1000:1016, ack 2000, win 8192, length 16: pptp CTRL_MSGTYPE=StopCCRQ REASON(0) [ERROR: reserved=29952 must be zero]",
                ),
                (
                    "020000000002020000000001080045000038000100004006f6b6c0000201c0000207a91906bb000003e8000007d050182000a19d0000001000011a2b3c4d0004000060fbf700",
                    "IP 192.0.2.1.43289 > 192.0.2.7.1723: Flags [P.], seq 1000:1016, ack 2000, win 8192, length 16: pptp CTRL_MSGTYPE=StopCCRP RESULT_CODE(96) ERR_CODE(251) [ERROR: reserved=63232 must be zero]",
                ),
                (
                    "020000000002020000000001080045000038000100004006f6b6c0000201c0000207e51706bb000003e8000007d0501820001dd30000001000021a2b3c4d000500009fc60000",
                    "IP 192.0.2.1.58647 > 192.0.2.7.1723: Flags [P.], seq 1000:1016, ack 2000, win 8192, length 16: pptp CTRL_MSGTYPE=ECHORQ ID(2680553472)",
                ),
                (
                    "02000000000202000000000108004500003c000100004006f6b2c0000201c0000207e5d006bb000003e8000007d05018200050720000001400011a2b3c4d000600000000006700ff6b00",
                    "IP 192.0.2.1.58832 > 192.0.2.7.1723: Flags [P.], seq 1000:1020, ack 2000, win 8192, length 20: pptp CTRL_MSGTYPE=ECHORP ID(103) RESULT_CODE(0) ERR_CODE(255) [ERROR: reserved=27392 must be zero]",
                ),
                (
                    "0200000000020200000000010800450000d4000100004006f61ac0000201c0000207e56a06bb000003e8000007d0501820001b5e000000ac00031a2b3c4d000700000000dd4e0000006c2c7588762900450000000000000015000003fd0035353531323334000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000220065009600f8c5230000d10a53004100008d000000000000000000d8cf000000007a0600005d000000000000268a1d0000005800000088000000000000b10000000041",
                    "IP 192.0.2.1.58730 > 192.0.2.7.1723: Flags [P.], seq 1000:1172, ack 2000, win 8192, length 172: pptp CTRL_MSGTYPE=OCRQ CALL_ID(0) CALL_SER_NUM(56654) MIN_BPS(108) MAX_BPS(745900150) BEARER_TYPE(?) FRAME_TYPE(?) RECV_WIN(0) PROC_DELAY(5376) PHONE_NO_LEN(3) [ERROR: reserved=64768 must be zero] PHONE_NO(555) SUB_ADDR(\")",
                ),
                (
                    "020000000002020000000001080045000050000100004006f69ec0000201c0000207e76606bb000003e8000007d0501820008fab0000002800021a2b3c4d000800004a4600005fefef00000059000f96e1f33b001100000000480000fb62",
                    "IP 192.0.2.1.59238 > 192.0.2.7.1723: Flags [P.], seq 1000:1040, ack 2000, win 8192, length 40: pptp CTRL_MSGTYPE=OCRP CALL_ID(19014) PEER_CALL_ID(0) RESULT_CODE(95) ERR_CODE(239) CAUSE_CODE(61184) CONN_SPEED(22784) RECV_WIN(3990) PROC_DELAY(57843) PHY_CHAN_ID(989860096)",
                ),
                (
                    "020000000002020000000001080045000110000100004006f5dec0000201c0000207d84f06bb000003e8000007d050182000d1d8000000e800011a2b3c4d0009000000ec000056000000005c007900400005313233343578787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878783637383930000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000e700000000000000000000000000dae300000000007d4fa20000ad00850039005683a60000000b008000000000c80000889700003a00ee00b600b900a80000ea00ca007ed8c118fa",
                    "IP 192.0.2.1.55375 > 192.0.2.7.1723: Flags [P.], seq 1000:1232, ack 2000, win 8192, length 232: pptp CTRL_MSGTYPE=ICRQ CALL_ID(236) CALL_SER_NUM(0) BEARER_TYPE(?) PHY_CHAN_ID(6029433) DIALED_NO_LEN(64) DIALING_NO_LEN(5) DIALED_NO(12345xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx) DIALING_NO(67890) SUB_ADDR()",
                ),
                (
                    "020000000002020000000001080045000039000100004006f6b5c0000201c0000207ab2b06bb000003e8000007d0501820003d840000001c00011a2b3c4d000a0000850000f034",
                    "IP 192.0.2.1.43819 > 192.0.2.7.1723: Flags [P.], seq 1000:1017, ack 2000, win 8192, length 17: pptp CTRL_MSGTYPE=ICRP CALL_ID(34048) PEER_CALL_ID(240) RESULT_CODE(52) [|pptp]",
                ),
                (
                    "020000000002020000000001080045000044000100004006f6aac0000201c0000207da4d06bb000003e8000007d0501820007e8a0000001c00031a2b3c4d000b0000470000ee00bc00000000000001100000",
                    "IP 192.0.2.1.55885 > 192.0.2.7.1723: Flags [P.], seq 1000:1028, ack 2000, win 8192, length 28: pptp CTRL_MSGTYPE=ICCN PEER_CALL_ID(18176) [ERROR: reserved=238 must be zero] CONN_SPEED(12320768) RECV_WIN(0) PROC_DELAY(0) FRAME_TYPE(?)",
                ),
                (
                    "020000000002020000000001080045000038000100004006f6b6c0000201c0000207dccd06bb000003e8000007d050182000ddd80000001000021a2b3c4d000c0000e8000003",
                    "IP 192.0.2.1.56525 > 192.0.2.7.1723: Flags [P.], seq 1000:1016, ack 2000, win 8192, length 16: pptp CTRL_MSGTYPE=CCRQ CALL_ID(59392) [ERROR: reserved=3 must be zero]",
                ),
                (
                    "0200000000020200000000010800450000c4000100004006f62ac0000201c0000207c5de06bb000003e8000007d050182000909d0000009c00031a2b3c4d000d00004100f400838cd8000000000000000000030068a10000710000e80000d407c50000608e7a0000d3e700004d008a00f158000049c700f000000000007900001000000000ca7100a9000000000000f200e8f06680007c0098003400094aa2ff003b000000000040000045000000cc8000e700000000000000000015005e00000058000000736a00007d00e6bc00000000ca",
                    "IP 192.0.2.1.50654 > 192.0.2.7.1723: Flags [P.], seq 1000:1156, ack 2000, win 8192, length 156: pptp CTRL_MSGTYPE=CDN CALL_ID(16640) RESULT_CODE(244) ERR_CODE(0) CAUSE_CODE(33676) [ERROR: reserved=55296 must be zero] CALL_STATS()",
                ),
                (
                    "020000000002020000000001080045000046000100004006f6a8c0000201c0000207e96306bb000003e8000007d050182000cedb0000002800011a2b3c4d000e0000ae00ef0081660083000000d70000ce80fc00",
                    "IP 192.0.2.1.59747 > 192.0.2.7.1723: Flags [P.], seq 1000:1030, ack 2000, win 8192, length 30: pptp CTRL_MSGTYPE=WEN PEER_CALL_ID(44544) [ERROR: reserved=61184 must be zero] CRC_ERR(2170945667) FRAMING_ERR(215) HARDWARE_OVERRUN(52864) [|pptp]",
                ),
                (
                    "020000000002020000000001080045000040000100004006f6aec0000201c0000207d28006bb000003e8000007d050182000eecc0000001800011a2b3c4d000f000000000083002200a5e0000000",
                    "IP 192.0.2.1.53888 > 192.0.2.7.1723: Flags [P.], seq 1000:1024, ack 2000, win 8192, length 24: pptp CTRL_MSGTYPE=SLI PEER_CALL_ID(0) [ERROR: reserved=131 must be zero] SEND_ACCM(0x002200a5) RECV_ACCM(0xe0000000)",
                ),
                (
                    "0200000000020200000000010800450000d0000100004006f61ec0000201c0000207e8ad06bb000003e8000007d0501820001879000000a800021a2b3c4d00010000dd1b9d7dc64dacbb686f73742e6578616d706c650000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000076656e646f7201ff00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                    "IP 192.0.2.1.59565 > 192.0.2.7.1723: Flags [P.], seq 1000:1168, ack 2000, win 8192, length 168: pptp CTRL_MSGTYPE=SCCRQ PROTO_VER(221.27) [ERROR: reserved=40317 must be zero] FRAME_CAP(AS) BEARER_CAP() MAX_CHAN(11877) FIRM_REV(30817) HOSTNAME(mple) VENDOR()",
                ),
                (
                    "0200000000020200000000010800450000d4000100004006f61ac0000201c00002079f8206bb000003e8000007d05018200095f6000000ac00031a2b3c4d000700002c5f37b8331a6a01927344f8503c7c65f5e8880315a5c1eb0003a3eb35353531323334000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000a3f90130b21ebd087c3cddd4d4513ace229ae15a0500b45b7852f82f3545e58947ac42a71784a30b4c3544a80afaa7cb923f396894ba8e439a9ac48195d488385ff0e24b",
                    "IP 192.0.2.1.40834 > 192.0.2.7.1723: Flags [P.], seq 1000:1172, ack 2000, win 8192, length 172: pptp CTRL_MSGTYPE=OCRQ CALL_ID(11359) CALL_SER_NUM(14264) MIN_BPS(857369089) MAX_BPS(2457027832) BEARER_TYPE(?) FRAME_TYPE(?) RECV_WIN(5541) PROC_DELAY(49643) PHONE_NO_LEN(3) [ERROR: reserved=41963 must be zero] PHONE_NO(555) SUB_ADDR(M-#M-y^A0M-2^^M-=^H|<M-]M-TM-TQ:M-N\"M-^ZM-aZ^E)",
                ),
                (
                    "020000000002020000000001080045000110000100004006f5dec0000201c00002079fc906bb000003e8000007d050182000e65c000000e800011a2b3c4d0009000066dbfbac5b6bc4255a3ac6550040000531323334357878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878363738393000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000006920d668d4ee274875e8f6793fc88fae75deb9a13d8d7983bee5083fc1184582f13bff8882599c6deed10335db6a30801a9aa519fb5a6502469a4632c434c773ffd30369ee6d0472c8686980",
                    "IP 192.0.2.1.40905 > 192.0.2.7.1723: Flags [P.], seq 1000:1232, ack 2000, win 8192, length 232: pptp CTRL_MSGTYPE=ICRQ CALL_ID(26331) CALL_SER_NUM(64428) BEARER_TYPE(?) PHY_CHAN_ID(1513801301) DIALED_NO_LEN(64) DIALING_NO_LEN(5) DIALED_NO(12345xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx) DIALING_NO(67890) SUB_ADDR(i M-VhM-TM-n'HuM-hM-vy?M-HM-^OM-.uM-^M-9M-!=M-^MyM-^CM->M-e^H?M-A^XEM-^BM-q;M-^?M-^HM-^BYM-^\\mM-nM-Q^C5M-[j0M-^@^ZM-^ZM-%^YM-{Ze^BFM-^ZF2M-D4M-Gs)",
                ),
            ],
        );
        crate::decode::tests::golden(
            crate::decode::tests::numeric(1),
            &[
            (
                "0200000000020200000000010800450000d0000100004006f61ec0000201c0000207c14006bb000003e8000007d050182000f60c000000a800011a2b3c4d000200004d5820735abe2afecb3b87d6dfdf89f777f0164a444ce19c37ac973db0540b1b519d5f50e9c0b9cba34ab9e162de54975440dbe4ee5f17eada2790d625ab808e24a23e4a64a00d45fd69074980c480e13fd76e25f6b8ee25b748defb57fd305f06ff09c18d7617f68321eefbf879ade3afb9d1c8e8370e6ecd0243f619d74036b6d2e40250be5b93076fd6e66c161b27189b7b99575d5e673eadd6a5",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 208)
    192.0.2.1.49472 > 192.0.2.7.1723: Flags [P.], cksum 0xf60c (correct), seq 1000:1168, ack 2000, win 8192, length 168: pptp Length=168 CTRL-MSG Magic-Cookie=1a2b3c4d CTRL_MSGTYPE=SCCRP PROTO_VER(77.88) RESULT_CODE(32:?) ERR_CODE(115:?) FRAME_CAP(S) BEARER_CAP(D) MAX_CHAN(57311) FIRM_REV(35319) HOSTNAME(wM-p^VJDLM-aM-^\\7M-,M-^W=M-0T^K^[QM-^]_PM-iM-@M-9M-KM-#JM-9M-abM-^TM-^WT@M-[M-dM-n_^WM-jM-Z'M-^PM-V%M-+M-^@M-^N$M-\">JdM- ^MEM-}i^GIM-^@M-DM-^@M-a) VENDOR(?M-Wn%M-vM-8M-n%M-7HM-^M-{WM-}0_^FM-^?^IM-AM-^Mv^WM-vM-^C!M-nM-{M-xyM--M-cM-/M-9M-QM-HM-h7^NnM-M^BCM-v^YM-W@6M-6M-RM-d^BPM->[M-^S^GoM-VM-fl^V^[')",
            ),
            (
                "020000000002020000000001080045000038000100004006f6b6c0000201c0000207b6b506bb000003e8000007d05018200013c30000001000011a2b3c4d000300006431740a",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 56)
    192.0.2.1.46773 > 192.0.2.7.1723: Flags [P.], cksum 0x13c3 (correct), seq 1000:1016, ack 2000, win 8192, length 16: pptp Length=16 CTRL-MSG Magic-Cookie=1a2b3c4d CTRL_MSGTYPE=StopCCRQ REASON(100:?) [ERROR: reserved=49 must be zero] [ERROR: reserved=29706 must be zero]",
            ),
            (
                "020000000002020000000001080045000038000100004006f6b6c0000201c0000207c7dc06bb000003e8000007d0501820006e540000001000031a2b3c4d000400007357f928",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 56)
    192.0.2.1.51164 > 192.0.2.7.1723: Flags [P.], cksum 0x6e54 (correct), seq 1000:1016, ack 2000, win 8192, length 16: pptp Length=16 UNKNOWN-MSG-TYPE Magic-Cookie=1a2b3c4d CTRL_MSGTYPE=StopCCRP RESULT_CODE(115:?) ERR_CODE(87:?) [ERROR: reserved=63784 must be zero]",
            ),
            (
                "020000000002020000000001080045000033000100004006f6bbc0000201c0000207c79106bb000003e8000007d050182000db200000001400011a2b3c4d000600",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 51)
    192.0.2.1.51089 > 192.0.2.7.1723: Flags [P.], cksum 0xdb20 (correct), seq 1000:1011, ack 2000, win 8192, length 11: pptp Length=20 CTRL-MSG Magic-Cookie=1a2b3c4d CTRL_MSGTYPE=ECHORP [|pptp]",
            ),
            (
                "020000000002020000000001080045000050000100004006f69ec0000201c0000207e09f06bb000003e8000007d050182000e80a0000002800021a2b3c4d00080000f70c8e619c190be44a6c41cbe4c2870e8c5608b2bee3eecd64a40d00",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 80)
    192.0.2.1.57503 > 192.0.2.7.1723: Flags [P.], cksum 0xe80a (correct), seq 1000:1040, ack 2000, win 8192, length 40: pptp Length=40 MGMT-MSG Magic-Cookie=1a2b3c4d CTRL_MSGTYPE=OCRP CALL_ID(63244) PEER_CALL_ID(36449) RESULT_CODE(156:?) ERR_CODE(25:?) CAUSE_CODE(3044) CONN_SPEED(1248608715) RECV_WIN(58562) PROC_DELAY(34574) PHY_CHAN_ID(2354448562)",
            ),
            (
                "020000000002020000000001080045000044000100004006f6aac0000201c0000207df6106bb000003e8000007d0501820006a730000001c00031a2b3c4d000a00002e7b09713e31c58ffc9635e980a069f0",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 68)
    192.0.2.1.57185 > 192.0.2.7.1723: Flags [P.], cksum 0x6a73 (correct), seq 1000:1028, ack 2000, win 8192, length 28: pptp Length=28 UNKNOWN-MSG-TYPE Magic-Cookie=1a2b3c4d CTRL_MSGTYPE=ICRP CALL_ID(11899) PEER_CALL_ID(2417) RESULT_CODE(62:?) ERR_CODE(49:?) RECV_WIN(50575) PROC_DELAY(64662) [ERROR: reserved=13801 must be zero]",
            ),
            (
                "0200000000020200000000010800450000c4000100004006f62ac0000201c0000207c78e06bb000003e8000007d05018200031610000009c00011a2b3c4d000d0000fa03c383bc5e0cef4c4863d217613039d87aa001670cd7c8dd832913f48555d2b8d2b28fc4cfd33803cf30a7a00c0391ce0b98f14ef788bd87a5754b202acd6aa4e62ac3bb2ea0f4ad51d7a49619d0fdd3851b7412bc9cdb6961a082e16a7289b9aa8cb44ef93b6c094f01fb6fc805a41af7c5fc1ce26a0093ee2eeb3caf3385ac8e6f03872a3cb260c76cca8cd9e2a0",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 196)
    192.0.2.1.51086 > 192.0.2.7.1723: Flags [P.], cksum 0x3161 (correct), seq 1000:1156, ack 2000, win 8192, length 156: pptp Length=156 CTRL-MSG Magic-Cookie=1a2b3c4d CTRL_MSGTYPE=CDN CALL_ID(64003) RESULT_CODE(195:?) ERR_CODE(131:?) CAUSE_CODE(48222) [ERROR: reserved=3311 must be zero] CALL_STATS(LHcM-R^Wa09M-XzM- ^Ag^LM-WM-HM-]M-^C)^SM-tM-^EUM-RM-8M-RM-2M-^OM-DM-OM-S8^CM-O0M-'M- ^L^CM-^QM-N^KM-^XM-qNM-wM-^HM-=M-^GM-%uK *M-MjM-$M-f*M-CM-;.M- M-tM--QM-WM-$M-^V^YM-PM-}M-SM-^E^[t^RM-<M-^\\M-[iaM- M-^BM-ajrM-^IM-9M-*M-^LM-4NM-y;l^IO^AM-{oM-H^EM-$^ZM-wM-EM-|^\\M-bj)",
            ),
            ],
        );
    }
}
