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
    c.s_dec(" vers ", version);
    let seq = be16(b, 2)?;
    c.s_dec(" seq ", seq);
    match tsp_type {
        LOOP => {
            let hops = u8at(b, 4)?;
            c.s_dec(" hopcnt ", hops);
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
