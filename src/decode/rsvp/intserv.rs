//! The IntServ body (RFC 2210) of the Sender TSpec, Adspec and Flowspec
//! objects: rsvp_intserv_print and the service loop around it.

use super::super::ctx::{Ctx, Res, be16, be32, bytes, u8at};
use super::super::out::Emit;
use super::Body;
use super::objects::{g10, line, named};

const INTSERV_SERVICES: &[(u32, &str)] = &[
    (1, "Default/Global Information"),
    (2, "Guaranteed Service"),
    (5, "Controlled Load"),
];
const INTSERV_PARAMETERS: &[(u32, &str)] = &[
    (4, "IS hop cnt"),
    (6, "Path b/w estimate"),
    (8, "Minimum path latency"),
    (10, "Composed MTU"),
    (127, "Token Bucket TSpec"),
    (130, "Guaranteed Service RSpec"),
    (133, "End-to-end composed value for C"),
    (134, "End-to-end composed value for D"),
    (135, "Since-last-reshaping point composed C"),
    (136, "Since-last-reshaping point composed D"),
];

/// The IntServ body of a Sender TSpec, Adspec or Flowspec (RFC 2210):
/// the message header, then each service header and its parameters.
pub(super) fn intserv(c: &mut Ctx, ind: &str, b: &[u8], blen: usize) -> Res<Body> {
    line(c, ind, "Msg-Version: ");
    c.dec(u8at(b, 0)? >> 4);
    c.s(", length: ");
    c.dec(u32::from(be16(b, 2)?) << 2);
    let (mut at, mut left) = (4usize, blen - 4);
    while left >= 4 {
        let mut service_len = usize::from(be16(b, at + 2)?) << 2;
        let service = u8at(b, at)?;
        let brk = u8at(b, at + 1)? & 0x80 != 0;
        line(c, ind, "Service Type: ");
        named(c, INTSERV_SERVICES, service.into(), "unknown");
        c.s(", break bit ");
        c.s(if brk { "" } else { "not " });
        c.s_dec("set, Service length: ", service_len as u64);
        at += 4;
        left -= 4;
        while service_len >= 4 {
            let used = intserv_parameter(c, b, at, left)?;
            if used == 0 {
                break;
            }
            // A parameter never outruns the object (it would have
            // returned 0), but it may outrun its service's length, which
            // tcpdump then wraps and keeps going on.
            left -= used;
            service_len = service_len.wrapping_sub(used);
            at += used;
        }
    }
    Ok(Body::Printed(false))
}

/// rsvp_intserv_print: one parameter; the bytes it took, 0 to stop.
fn intserv_parameter(c: &mut Ctx, b: &[u8], at: usize, left: usize) -> Res<usize> {
    if left < 4 {
        return Ok(0);
    }
    let id = u8at(b, at)?;
    let len = usize::from(be16(b, at + 2)?) << 2;
    let flags = u8at(b, at + 1)?;
    c.s("\n\t      Parameter ID: ");
    named(c, INTSERV_PARAMETERS, id.into(), "unknown");
    c.s_dec(", length: ", len as u64);
    c.s(", Flags: [0x");
    c.out.hex0(flags.into(), 2);
    c.s("]");
    if left < len + 4 {
        return Ok(0);
    }
    let p = at + 4;
    let word = |i: usize| be32(b, p + 4 * i);
    let rate = |v: u32| g10(f32::from_bits(v) / 125_000.0);
    match (id, len) {
        (4, 4) => {
            let v = word(0)?;
            c.s_dec("\n\t\tIS hop count: ", v);
        }
        (6, 4) => {
            let v = word(0)?;
            c.s("\n\t\tPath b/w estimate: ");
            c.s(&rate(v));
            c.s(" Mbps");
        }
        (8, 4) => {
            c.s("\n\t\tMinimum path latency: ");
            match word(0)? {
                0xffff_ffff => c.s("don't care"),
                v => c.dec(v),
            }
        }
        (10, 4) => {
            let v = word(0)?;
            c.s_dec("\n\t\tComposed MTU: ", v);
            c.s(" bytes");
        }
        (127, 20) => {
            bytes(b, p, 20)?;
            c.s("\n\t\tToken Bucket Rate: ");
            c.s(&rate(word(0)?));
            c.s(" Mbps\n\t\tToken Bucket Size: ");
            c.s(&g10(f32::from_bits(word(1)?)));
            c.s(" bytes\n\t\tPeak Data Rate: ");
            c.s(&rate(word(2)?));
            c.s(" Mbps\n\t\tMinimum Policed Unit: ");
            c.dec(word(3)?);
            c.s(" bytes\n\t\tMaximum Packet Size: ");
            c.dec(word(4)?);
            c.s(" bytes");
        }
        (130, 8) => {
            bytes(b, p, 8)?;
            c.s("\n\t\tRate: ");
            c.s(&rate(word(0)?));
            c.s(" Mbps\n\t\tSlack Term: ");
            c.dec(word(1)?);
        }
        (133..=136, 4) => {
            let v = word(0)?;
            c.s_dec("\n\t\tValue: ", v);
        }
        (4 | 6 | 8 | 10 | 127 | 130 | 133..=136, _) => {}
        _ => {
            if c.o.verbose <= 1 {
                c.unknown_data(b, p, "\n\t\t", len);
            }
        }
    }
    Ok(len + 4)
}
