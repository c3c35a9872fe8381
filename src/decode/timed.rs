//! The BSD time synchronisation protocol, TSP (print-timed.c), on UDP
//! port 525: the message type, version, sequence, a hop count or time,
//! and the sender's name.

use super::ctx::{Ctx, Res, be16, be32, codes, u8at};

codes! {
    /// tsptype: the message types, by number.
    TYPES: u8 {
        _ = 0 => "TSP_ANY",
        ADJTIME = 1 => "TSP_ADJTIME",
        _ = 2 => "TSP_ACK",
        _ = 3 => "TSP_MASTERREQ",
        _ = 4 => "TSP_MASTERACK",
        SETTIME = 5 => "TSP_SETTIME",
        _ = 6 => "TSP_MASTERUP",
        _ = 7 => "TSP_SLAVEUP",
        _ = 8 => "TSP_ELECTION",
        _ = 9 => "TSP_ACCEPT",
        _ = 10 => "TSP_REFUSE",
        _ = 11 => "TSP_CONFLICT",
        _ = 12 => "TSP_RESOLVE",
        _ = 13 => "TSP_QUIT",
        _ = 14 => "TSP_DATE",
        _ = 15 => "TSP_DATEREQ",
        _ = 16 => "TSP_DATEACK",
        _ = 17 => "TSP_TRACEON",
        _ = 18 => "TSP_TRACEOFF",
        _ = 19 => "TSP_MSITE",
        _ = 20 => "TSP_MSITEREQ",
        _ = 21 => "TSP_TEST",
        SETDATE = 22 => "TSP_SETDATE",
        SETDATEREQ = 23 => "TSP_SETDATEREQ",
        LOOP = 24 => "TSP_LOOP",
    }
}

/// The name field's size; tcpdump prints up to a NUL within it.
const NAME_LEN: usize = 256;

/// timed_print.
pub(crate) fn timed(c: &mut Ctx, b: &[u8]) -> Res {
    c.proto = "timed";
    let tsp_type = u8at(b, 0)?;
    match TYPES.iter().find(|&&(k, _)| k == u32::from(tsp_type)) {
        Some(&(_, name)) => c.s(name),
        None => c.s(&format!("(tsp_type {tsp_type:#x})")),
    }
    let version = u8at(b, 1)?;
    c.s(" vers ");
    c.dec(version);
    let seq = be16(b, 2)?;
    c.s(" seq ");
    c.dec(seq);
    match tsp_type {
        LOOP => {
            let hops = u8at(b, 4)?;
            c.s(" hopcnt ");
            c.dec(hops);
        }
        ADJTIME | SETTIME | SETDATE | SETDATEREQ => {
            let mut sec = be32(b, 4)? as i32;
            let mut usec = be32(b, 8)? as i32;
            if usec < 0 {
                // Invalid: tcpdump prints nothing more.
                return Ok(());
            }
            c.s(" time ");
            // A negative time with a fraction: the whole seconds toward
            // zero and the fraction's complement, as tcpdump prints it.
            if sec < 0 && usec != 0 {
                sec += 1;
                if sec == 0 {
                    c.s("-");
                }
                usec = 1_000_000 - usec;
            }
            c.s(&format!("{sec}.{usec:06}"));
        }
        _ => {}
    }
    c.s(" name ");
    c.printjnp(b, 12, NAME_LEN)
}
#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden_link, numeric};
    use crate::link::LinkType;

    /// Each message shape on port 525: hop count, times (negative ones as tcpdump prints them), an invalid fraction, a name without NUL, an unknown type (tcpdump 4.99.3).
    #[test]
    fn timed_messages() {
        golden_link(
            LinkType::Ethernet,
            numeric(0),
            &[
                (
                    "0200000000020200000000010800450000310001000040110000c0000201c0000202020d020d001d0000180100070500000000000000686f7374006a756e6b",
                    0,
                    "IP 192.0.2.1.525 > 192.0.2.2.525: TSP_LOOP vers 1 seq 7 hopcnt 5 name host",
                ),
                (
                    "0200000000020200000000010800450000310001000040110000c0000201c0000202020d020d001d0000050100086553f1000001e240686f7374006a756e6b",
                    0,
                    "IP 192.0.2.1.525 > 192.0.2.2.525: TSP_SETTIME vers 1 seq 8 time 1700000000.123456 name host",
                ),
                (
                    "0200000000020200000000010800450000310001000040110000c0000201c0000202020d020d001d000001010009ffffffff00000005686f7374006a756e6b",
                    0,
                    "IP 192.0.2.1.525 > 192.0.2.2.525: TSP_ADJTIME vers 1 seq 9 time -0.999995 name host",
                ),
                (
                    "0200000000020200000000010800450000310001000040110000c0000201c0000202020d020d001d000016010009fffffffd0003d090686f7374006a756e6b",
                    0,
                    "IP 192.0.2.1.525 > 192.0.2.2.525: TSP_SETDATE vers 1 seq 9 time -2.750000 name host",
                ),
                (
                    "0200000000020200000000010800450000310001000040110000c0000201c0000202020d020d001d000017010009fffffffd00000000686f7374006a756e6b",
                    0,
                    "IP 192.0.2.1.525 > 192.0.2.2.525: TSP_SETDATEREQ vers 1 seq 9 time -3.000000 name host",
                ),
                (
                    "0200000000020200000000010800450000310001000040110000c0000201c0000202020d020d001d00000501000900000003ffffffff686f7374006a756e6b",
                    0,
                    "IP 192.0.2.1.525 > 192.0.2.2.525: TSP_SETTIME vers 1 seq 9",
                ),
                (
                    "0200000000020200000000010800450000300001000040110000c0000201c0000202020d020d001c00000301000900000000000000006162636465666768",
                    0,
                    "IP 192.0.2.1.525 > 192.0.2.2.525: TSP_MASTERREQ vers 1 seq 9 name abcdefgh [|timed]",
                ),
                (
                    "0200000000020200000000010800450000310001000040110000c0000201c0000202020d020d001d0000280100090000000000000000686f7374006a756e6b",
                    0,
                    "IP 192.0.2.1.525 > 192.0.2.2.525: (tsp_type 0x28) vers 1 seq 9 name host",
                ),
                (
                    "30303030303030303030303008004530303030300000301130303030303030303030020d303030303030303030303030",
                    0,
                    "IP truncated-ip - 12302 bytes missing! 48.48.48.48.525 > 48.48.48.48.12336: (tsp_type 0x30) vers 48 seq 12336 name  [|timed]",
                ),
            ],
        );
    }

    /// Cut in each field and in the name (tcpdump 4.99.3).
    #[test]
    fn timed_cut() {
        golden_link(
            LinkType::Ethernet,
            numeric(0),
            &[
                (
                    "0200000000020200000000010800450000310001000040110000c0000201c0000202020d020d001d0000050100086553f1000001e240686f7374006a756e6b",
                    42,
                    "IP 192.0.2.1.525 > 192.0.2.2.525:  [|timed]",
                ),
                (
                    "0200000000020200000000010800450000310001000040110000c0000201c0000202020d020d001d0000050100086553f1000001e240686f7374006a756e6b",
                    43,
                    "IP 192.0.2.1.525 > 192.0.2.2.525: TSP_SETTIME [|timed]",
                ),
                (
                    "0200000000020200000000010800450000310001000040110000c0000201c0000202020d020d001d0000050100086553f1000001e240686f7374006a756e6b",
                    44,
                    "IP 192.0.2.1.525 > 192.0.2.2.525: TSP_SETTIME vers 1 [|timed]",
                ),
                (
                    "0200000000020200000000010800450000310001000040110000c0000201c0000202020d020d001d0000050100086553f1000001e240686f7374006a756e6b",
                    46,
                    "IP 192.0.2.1.525 > 192.0.2.2.525: TSP_SETTIME vers 1 seq 8 [|timed]",
                ),
                (
                    "0200000000020200000000010800450000310001000040110000c0000201c0000202020d020d001d0000050100086553f1000001e240686f7374006a756e6b",
                    50,
                    "IP 192.0.2.1.525 > 192.0.2.2.525: TSP_SETTIME vers 1 seq 8 [|timed]",
                ),
                (
                    "0200000000020200000000010800450000310001000040110000c0000201c0000202020d020d001d0000050100086553f1000001e240686f7374006a756e6b",
                    54,
                    "IP 192.0.2.1.525 > 192.0.2.2.525: TSP_SETTIME vers 1 seq 8 time 1700000000.123456 name  [|timed]",
                ),
                (
                    "0200000000020200000000010800450000310001000040110000c0000201c0000202020d020d001d0000050100086553f1000001e240686f7374006a756e6b",
                    56,
                    "IP 192.0.2.1.525 > 192.0.2.2.525: TSP_SETTIME vers 1 seq 8 time 1700000000.123456 name ho [|timed]",
                ),
                (
                    "0200000000020200000000010800450000310001000040110000c0000201c0000202020d020d001d0000050100086553f1000001e240686f7374006a756e6b",
                    60,
                    "IP 192.0.2.1.525 > 192.0.2.2.525: TSP_SETTIME vers 1 seq 8 time 1700000000.123456 name host",
                ),
            ],
        );
    }
}
