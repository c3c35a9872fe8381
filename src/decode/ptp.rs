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
    c.s("PTPv");
    c.dec(version);
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
    c.s(", reserved1 : ");
    c.dec(reserved1);
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
    c.s(", control : ");
    c.dec(control);
    c.s(" (");
    c.tok(CONTROL, u32::from(control), "Reserved");
    c.s(")");
    let interval = uint(b, 32, 2)? & 0xff;
    c.s(", log message interval : ");
    c.dec(interval);
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
    c.s(" ");
    c.dec(secs);
    c.s(sep);
    let nsecs = uint(b, 40, 4)?;
    c.s(" ");
    c.dec(nsecs);
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

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden_link, numeric, numeric_e};
    use crate::link::LinkType;

    /// Each message type over UDP, as tcpdump 4.99.3 prints it.
    #[test]
    fn ptp_over_udp() {
        golden_link(
            LinkType::Ethernet,
            numeric(0),
            &[
                (
                    "01005e0001817cfe90f950b4080045000048dd6340000111af520b00006ee0000181013f013f0034af3a0102002c000000000000000000000000000000007cfe90fffef950b400010084017f00000000000000000000",
                    0,
                    "IP 11.0.0.110.319 > 224.0.1.129.319: PTPv2, v1 compat : no, msg type : delay req msg, length : 44, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x7cfe90fffef950b4, port id : 1, seq id : 132, control : 1 (Delay_Req), log message interval : 127, originTimeStamp : 0 seconds, 0 nanoseconds",
                ),
                (
                    "01005e0001810002000000010800450000521cf340000111701e0b000009e000018101400140003e0a980902003600000000000000000000000000000000000200fffe00000100010084030000005a6790890ecca2a57cfe90fffef950b40001",
                    0,
                    "IP 11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : delay resp msg, length : 54, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 132, control : 3 (Delay_Resp), log message interval : 0, receiveTimeStamp : 1516736649 seconds, 248292005 nanoseconds, port identity : 0x7cfe90fffef950b4, port id : 1",
                ),
                (
                    "01005e00018100020000000108004500005c1e64400001116ea30b000009e000018101400140004881b40b02004000000000000000000000000000000000000200fffe0000010001021605010000000000000000000000240080f8feffff80000200fffe0000010000a0",
                    0,
                    "IP 11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : announce msg, length : 64, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 534, control : 5 (Other), log message interval : 1, originTimeStamp : 0 seconds 0 nanoseconds, origin cur utc :36, rsvd : 0, gm priority_1 : 128, gm clock class : 248, gm clock accuracy : 254, gm clock variance : 65535, gm priority_2 : 128, gm clock id : 0x200fffe000001, steps removed : 0, time source : 0xa0",
                ),
                (
                    "01005e0001810002000000010800450000481e87400001116e940b000009e0000181013f013f00340b210002002c00000200000000000000000000000000000200fffe0000010001042b000000000000000000000000",
                    0,
                    "IP 11.0.0.9.319 > 224.0.1.129.319: PTPv2, v1 compat : no, msg type : sync msg, length : 44, domain : 0, reserved1 : 0, Flags [two step], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 1067, control : 0 (Sync), log message interval : 0, originTimeStamp : 0 seconds, 0 nanoseconds",
                ),
                (
                    "01005e0001810002000000010800450000481e88400001116e930b000009e0000181014001400034d0f30802002c00000000000000000000000000000000000200fffe0000010001042b020000005a67908a02124527",
                    0,
                    "IP 11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : follow up msg, length : 44, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 1067, control : 2 (Follow_Up), log message interval : 0, preciseOriginTimeStamp : 1516736650 seconds, 34751783 nanoseconds",
                ),
                (
                    "a0369f856e8ae8c57a01313f080045e0005200004000401131b1020202020405000201400140003eb7dd090200362c000400000000008cc3000000000000e8c57affff01313f000304b3037f00006345ad7f2878f44da0369ffffe856e8a0001",
                    0,
                    "IP 2.2.2.2.320 > 4.5.0.2.320: PTPv2, v1 compat : no, msg type : delay resp msg, length : 54, domain : 44, reserved1 : 0, Flags [unicast], NS correction : 36035, sub NS correction : 0, reserved2 : 0, clock identity : 0xe8c57affff01313f, port id : 3, seq id : 1203, control : 3 (Delay_Resp), log message interval : 127, receiveTimeStamp : 1665510783 seconds, 679015501 nanoseconds, port identity : 0xa0369ffffe856e8a, port id : 1",
                ),
            ],
        );
    }

    /// Over ethertype 0x88f7 with -e, and the message types the suite lacks (management with its four fields read from one place, signalling, peer delay, reserved, v1, v3), from tcpdump 4.99.3.
    #[test]
    fn ptp_over_ethernet_with_e() {
        golden_link(
            LinkType::Ethernet,
            numeric_e(0),
            &[
                (
                    "011b190000007483ef01ac5b88f70002002c000002000000000000000000000000007483efffff01ac16011200000000000000000000000000000000",
                    0,
                    "74:83:ef:01:ac:5b > 01:1b:19:00:00:00, ethertype PTP (0x88f7), length 60: PTPv2, v1 compat : no, msg type : sync msg, length : 44, domain : 0, reserved1 : 0, Flags [two step], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x7483efffff01ac16, port id : 274, seq id : 0, control : 0 (Sync), log message interval : 0, originTimeStamp : 0 seconds, 0 nanoseconds",
                ),
                (
                    "011b190000007483ef01ac5b88f70b020040000000000000000000000000000000007483efffff01ac16011200000501000000000000000000000000ac80f8feffff807483efffff01ac16000050",
                    0,
                    "74:83:ef:01:ac:5b > 01:1b:19:00:00:00, ethertype PTP (0x88f7), length 78: PTPv2, v1 compat : no, msg type : announce msg, length : 64, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x7483efffff01ac16, port id : 274, seq id : 0, control : 5 (Other), log message interval : 1, originTimeStamp : 0 seconds 0 nanoseconds, origin cur utc :0, rsvd : 172, gm priority_1 : 128, gm clock class : 248, gm clock accuracy : 254, gm clock variance : 65535, gm priority_2 : 128, gm clock id : 0x7483efffff01ac16, steps removed : 0, time source : 0x50",
                ),
                (
                    "011b190000007483ef01ac5b88f70d02003601aa06080000000012345678abcd000000077483efffff01ac1601120042050500005e0a0b0c1122334400112233445566770009aabbccdd",
                    0,
                    "74:83:ef:01:ac:5b > 01:1b:19:00:00:00, ethertype PTP (0x88f7), length 74: PTPv2, v1 compat : no, msg type : management msg, length : 54, domain : 1, reserved1 : 170, Flags [timescale, two step, unicast], NS correction : 4660, sub NS correction : 22136, reserved2 : 2882338816, clock identity : 0x77483efffff01, port id : 44054, seq id : 274, control : 0 (Sync), log message interval : 66, port identity : 0x50500005e0a0b0c, port id : 4386, , start boundary hops  5, , boundary hops  5, , flags  0x5, , reserved  0x5",
                ),
                (
                    "011b190000007483ef01ac5b88f70c02003601aa06080000000012345678abcd000000077483efffff01ac1601120042040500005e0a0b0c1122334400112233445566770009aabbccdd",
                    0,
                    "74:83:ef:01:ac:5b > 01:1b:19:00:00:00, ethertype PTP (0x88f7), length 74: PTPv2, v1 compat : no, msg type : signalling msg, length : 54, domain : 1, reserved1 : 170, Flags [timescale, two step, unicast], NS correction : 4660, sub NS correction : 22136, reserved2 : 2882338816, clock identity : 0x77483efffff01, port id : 44054, seq id : 274, control : 0 (Sync), log message interval : 66, port identity : 0x40500005e0a0b0c, port id : 4386",
                ),
                (
                    "011b190000007483ef01ac5b88f70202003601aa06080000000012345678abcd000000077483efffff01ac1601120042020500005e0a0b0c1122334400112233445566770009aabbccdd",
                    0,
                    "74:83:ef:01:ac:5b > 01:1b:19:00:00:00, ethertype PTP (0x88f7), length 74: PTPv2, v1 compat : no, msg type : peer delay req msg, length : 54, domain : 1, reserved1 : 170, Flags [timescale, two step, unicast], NS correction : 4660, sub NS correction : 22136, reserved2 : 2882338816, clock identity : 0x77483efffff01, port id : 44054, seq id : 274, control : 0 (Sync), log message interval : 66, preciseOriginTimeStamp : 2220498116106 seconds, 185340194 nanoseconds, port identity : 0x3344001122334455, port id : 26231",
                ),
                (
                    "011b190000007483ef01ac5b88f70302003601aa06080000000012345678abcd000000077483efffff01ac1601120042030500005e0a0b0c1122334400112233445566770009aabbccdd",
                    0,
                    "74:83:ef:01:ac:5b > 01:1b:19:00:00:00, ethertype PTP (0x88f7), length 74: PTPv2, v1 compat : no, msg type : peer delay resp msg, length : 54, domain : 1, reserved1 : 170, Flags [timescale, two step, unicast], NS correction : 4660, sub NS correction : 22136, reserved2 : 2882338816, clock identity : 0x77483efffff01, port id : 44054, seq id : 274, control : 0 (Sync), log message interval : 66, receiveTimeStamp : 3320009743882 seconds, 185340194 nanoseconds, port identity : 0x3344001122334455, port id : 26231",
                ),
                (
                    "011b190000007483ef01ac5b88f70a02003601aa06080000000012345678abcd000000077483efffff01ac1601120042020500005e0a0b0c1122334400112233445566770009aabbccdd",
                    0,
                    "74:83:ef:01:ac:5b > 01:1b:19:00:00:00, ethertype PTP (0x88f7), length 74: PTPv2, v1 compat : no, msg type : pdelay resp fup msg, length : 54, domain : 1, reserved1 : 170, Flags [timescale, two step, unicast], NS correction : 4660, sub NS correction : 22136, reserved2 : 2882338816, clock identity : 0x77483efffff01, port id : 44054, seq id : 274, control : 0 (Sync), log message interval : 66, preciseOriginTimeStamp : 2220498116106 seconds, 185340194 nanoseconds, port identity : 0x3344001122334455, port id : 26231",
                ),
                (
                    "011b190000007483ef01ac5b88f70e02003601aa06080000000012345678abcd000000077483efffff01ac1601120042060500005e0a0b0c1122334400112233445566770009aabbccdd",
                    0,
                    "74:83:ef:01:ac:5b > 01:1b:19:00:00:00, ethertype PTP (0x88f7), length 74: PTPv2, v1 compat : no, msg type : Reserved, length : 54, domain : 1, reserved1 : 170, Flags [timescale, two step, unicast], NS correction : 4660, sub NS correction : 22136, reserved2 : 2882338816, clock identity : 0x77483efffff01, port id : 44054, seq id : 274, control : 0 (Sync), log message interval : 66",
                ),
                (
                    "011b190000007483ef01ac5b88f7000100000000000000000000000000000000000000000000000000000000000000000000000000000000",
                    0,
                    "74:83:ef:01:ac:5b > 01:1b:19:00:00:00, ethertype PTP (0x88f7), length 56: PTPv1 (not implemented)",
                ),
                (
                    "011b190000007483ef01ac5b88f7000300000000000000000000000000000000000000000000000000000000000000000000000000000000",
                    0,
                    "74:83:ef:01:ac:5b > 01:1b:19:00:00:00, ethertype PTP (0x88f7), length 56: PTPv3",
                ),
            ],
        );
    }

    /// Cut in the header and in each body, and a message shorter than the header (tcpdump 4.99.3).
    #[test]
    fn ptp_cut_short() {
        golden_link(
            LinkType::Ethernet,
            numeric(0),
            &[
                (
                    "011b190000007483ef01ac5b88f70d02003601aa06080000000012345678abcd000000077483efffff01ac1601120042050500005e0a0b0c1122334400112233445566770009aabbccdd",
                    15,
                    " [|ptp]",
                ),
                (
                    "011b190000007483ef01ac5b88f70d02003601aa06080000000012345678abcd000000077483efffff01ac1601120042050500005e0a0b0c1122334400112233445566770009aabbccdd",
                    16,
                    "PTPv2, v1 compat : no, msg type : management msg [|ptp]",
                ),
                (
                    "011b190000007483ef01ac5b88f70d02003601aa06080000000012345678abcd000000077483efffff01ac1601120042050500005e0a0b0c1122334400112233445566770009aabbccdd",
                    20,
                    "PTPv2, v1 compat : no, msg type : management msg, length : 54, domain : 1, reserved1 : 170 [|ptp]",
                ),
                (
                    "011b190000007483ef01ac5b88f70d02003601aa06080000000012345678abcd000000077483efffff01ac1601120042050500005e0a0b0c1122334400112233445566770009aabbccdd",
                    22,
                    "PTPv2, v1 compat : no, msg type : management msg, length : 54, domain : 1, reserved1 : 170, Flags [timescale, two step, unicast] [|ptp]",
                ),
                (
                    "011b190000007483ef01ac5b88f70d02003601aa06080000000012345678abcd000000077483efffff01ac1601120042050500005e0a0b0c1122334400112233445566770009aabbccdd",
                    30,
                    "PTPv2, v1 compat : no, msg type : management msg, length : 54, domain : 1, reserved1 : 170, Flags [timescale, two step, unicast], NS correction : 4660, sub NS correction : 22136 [|ptp]",
                ),
                (
                    "011b190000007483ef01ac5b88f70d02003601aa06080000000012345678abcd000000077483efffff01ac1601120042050500005e0a0b0c1122334400112233445566770009aabbccdd",
                    40,
                    "PTPv2, v1 compat : no, msg type : management msg, length : 54, domain : 1, reserved1 : 170, Flags [timescale, two step, unicast], NS correction : 4660, sub NS correction : 22136, reserved2 : 2882338816 [|ptp]",
                ),
                (
                    "011b190000007483ef01ac5b88f70d02003601aa06080000000012345678abcd000000077483efffff01ac1601120042050500005e0a0b0c1122334400112233445566770009aabbccdd",
                    47,
                    "PTPv2, v1 compat : no, msg type : management msg, length : 54, domain : 1, reserved1 : 170, Flags [timescale, two step, unicast], NS correction : 4660, sub NS correction : 22136, reserved2 : 2882338816, clock identity : 0x77483efffff01, port id : 44054, seq id : 274, control : 0 (Sync) [|ptp]",
                ),
                (
                    "011b190000007483ef01ac5b88f70d02003601aa06080000000012345678abcd000000077483efffff01ac1601120042050500005e0a0b0c1122334400112233445566770009aabbccdd",
                    48,
                    "PTPv2, v1 compat : no, msg type : management msg, length : 54, domain : 1, reserved1 : 170, Flags [timescale, two step, unicast], NS correction : 4660, sub NS correction : 22136, reserved2 : 2882338816, clock identity : 0x77483efffff01, port id : 44054, seq id : 274, control : 0 (Sync), log message interval : 66 [|ptp]",
                ),
                (
                    "011b190000007483ef01ac5b88f70d02003601aa06080000000012345678abcd000000077483efffff01ac1601120042050500005e0a0b0c1122334400112233445566770009aabbccdd",
                    50,
                    "PTPv2, v1 compat : no, msg type : management msg, length : 54, domain : 1, reserved1 : 170, Flags [timescale, two step, unicast], NS correction : 4660, sub NS correction : 22136, reserved2 : 2882338816, clock identity : 0x77483efffff01, port id : 44054, seq id : 274, control : 0 (Sync), log message interval : 66 [|ptp]",
                ),
                (
                    "011b190000007483ef01ac5b88f70d02003601aa06080000000012345678abcd000000077483efffff01ac1601120042050500005e0a0b0c1122334400112233445566770009aabbccdd",
                    56,
                    "PTPv2, v1 compat : no, msg type : management msg, length : 54, domain : 1, reserved1 : 170, Flags [timescale, two step, unicast], NS correction : 4660, sub NS correction : 22136, reserved2 : 2882338816, clock identity : 0x77483efffff01, port id : 44054, seq id : 274, control : 0 (Sync), log message interval : 66, port identity : 0x50500005e0a0b0c [|ptp]",
                ),
                (
                    "011b190000007483ef01ac5b88f70d02003601aa06080000000012345678abcd000000077483efffff01ac1601120042050500005e0a0b0c1122334400112233445566770009aabbccdd",
                    58,
                    "PTPv2, v1 compat : no, msg type : management msg, length : 54, domain : 1, reserved1 : 170, Flags [timescale, two step, unicast], NS correction : 4660, sub NS correction : 22136, reserved2 : 2882338816, clock identity : 0x77483efffff01, port id : 44054, seq id : 274, control : 0 (Sync), log message interval : 66, port identity : 0x50500005e0a0b0c, port id : 4386, , start boundary hops  5, , boundary hops  5, , flags  0x5, , reserved  0x5",
                ),
                (
                    "01005e00018100020000000108004500005c1e64400001116ea30b000009e000018101400140004881b40b02004000000000000000000000000000000000000200fffe0000010001021605010000000000000000000000240080f8feffff80000200fffe0000010000a0",
                    50,
                    "IP 11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : announce msg, length : 64, domain : 0, reserved1 : 0, Flags [none] [|ptp]",
                ),
                (
                    "01005e00018100020000000108004500005c1e64400001116ea30b000009e000018101400140004881b40b02004000000000000000000000000000000000000200fffe0000010001021605010000000000000000000000240080f8feffff80000200fffe0000010000a0",
                    60,
                    "IP 11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : announce msg, length : 64, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0 [|ptp]",
                ),
                (
                    "01005e00018100020000000108004500005c1e64400001116ea30b000009e000018101400140004881b40b02004000000000000000000000000000000000000200fffe0000010001021605010000000000000000000000240080f8feffff80000200fffe0000010000a0",
                    80,
                    "IP 11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : announce msg, length : 64, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 534, control : 5 (Other), log message interval : 1, originTimeStamp : [|ptp]",
                ),
                (
                    "01005e00018100020000000108004500005c1e64400001116ea30b000009e000018101400140004881b40b02004000000000000000000000000000000000000200fffe0000010001021605010000000000000000000000240080f8feffff80000200fffe0000010000a0",
                    83,
                    "IP 11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : announce msg, length : 64, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 534, control : 5 (Other), log message interval : 1, originTimeStamp : 0 seconds [|ptp]",
                ),
                (
                    "01005e00018100020000000108004500005c1e64400001116ea30b000009e000018101400140004881b40b02004000000000000000000000000000000000000200fffe0000010001021605010000000000000000000000240080f8feffff80000200fffe0000010000a0",
                    90,
                    "IP 11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : announce msg, length : 64, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 534, control : 5 (Other), log message interval : 1, originTimeStamp : 0 seconds 0 nanoseconds, origin cur utc :36, rsvd : 0, gm priority_1 : 128 [|ptp]",
                ),
                (
                    "01005e00018100020000000108004500005c1e64400001116ea30b000009e000018101400140004881b40b02004000000000000000000000000000000000000200fffe0000010001021605010000000000000000000000240080f8feffff80000200fffe0000010000a0",
                    95,
                    "IP 11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : announce msg, length : 64, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 534, control : 5 (Other), log message interval : 1, originTimeStamp : 0 seconds 0 nanoseconds, origin cur utc :36, rsvd : 0, gm priority_1 : 128, gm clock class : 248, gm clock accuracy : 254, gm clock variance : 65535, gm priority_2 : 128 [|ptp]",
                ),
                (
                    "01005e00018100020000000108004500005c1e64400001116ea30b000009e000018101400140004881b40b02004000000000000000000000000000000000000200fffe0000010001021605010000000000000000000000240080f8feffff80000200fffe0000010000a0",
                    100,
                    "IP 11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : announce msg, length : 64, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 534, control : 5 (Other), log message interval : 1, originTimeStamp : 0 seconds 0 nanoseconds, origin cur utc :36, rsvd : 0, gm priority_1 : 128, gm clock class : 248, gm clock accuracy : 254, gm clock variance : 65535, gm priority_2 : 128 [|ptp]",
                ),
                (
                    "01005e00018100020000000108004500005c1e64400001116ea30b000009e000018101400140004881b40b02004000000000000000000000000000000000000200fffe0000010001021605010000000000000000000000240080f8feffff80000200fffe0000010000a0",
                    105,
                    "IP 11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : announce msg, length : 64, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 534, control : 5 (Other), log message interval : 1, originTimeStamp : 0 seconds 0 nanoseconds, origin cur utc :36, rsvd : 0, gm priority_1 : 128, gm clock class : 248, gm clock accuracy : 254, gm clock variance : 65535, gm priority_2 : 128, gm clock id : 0x200fffe000001, steps removed : 0 [|ptp]",
                ),
                (
                    "01005e0001810002000000010800450000521cf340000111701e0b000009e000018101400140003e0a980902003600000000000000000000000000000000000200fffe00000100010084030000005a6790890ecca2a57cfe90fffef950b40001",
                    80,
                    "IP 11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : delay resp msg, length : 54, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 132, control : 3 (Delay_Resp), log message interval : 0, receiveTimeStamp : [|ptp]",
                ),
                (
                    "01005e0001810002000000010800450000521cf340000111701e0b000009e000018101400140003e0a980902003600000000000000000000000000000000000200fffe00000100010084030000005a6790890ecca2a57cfe90fffef950b40001",
                    90,
                    "IP 11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : delay resp msg, length : 54, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 132, control : 3 (Delay_Resp), log message interval : 0, receiveTimeStamp : 1516736649 seconds, 248292005 nanoseconds [|ptp]",
                ),
                (
                    "01005e0001810002000000010800450000521cf340000111701e0b000009e000018101400140003e0a980902003600000000000000000000000000000000000200fffe00000100010084030000005a6790890ecca2a57cfe90fffef950b40001",
                    95,
                    "IP 11.0.0.9.320 > 224.0.1.129.320: PTPv2, v1 compat : no, msg type : delay resp msg, length : 54, domain : 0, reserved1 : 0, Flags [none], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x200fffe000001, port id : 1, seq id : 132, control : 3 (Delay_Resp), log message interval : 0, receiveTimeStamp : 1516736649 seconds, 248292005 nanoseconds, port identity : 0x7cfe90fffef950b4 [|ptp]",
                ),
                (
                    "011b190000007483ef01ac5b88f700010000000000000000000000000000",
                    0,
                    " [length 16 < 34] (invalid)",
                ),
            ],
        );
    }
}
