//! Realtek's layer-2 protocols, ethertype 0x8899 (print-realtek.c): RRCP
//! queries and replies, REP, RLDP and the switch tags' names.

use super::dispatch::mac;
use super::out::Emit;
use super::{Ctx, Res, be16, be32, u8at};

const RRCP: u8 = 0x01;
const REP: u8 = 0x02;
const RLDP: u8 = 0x03;
const RLDP2: u8 = 0x23;
const XXX_DSA: u8 = 0x04;

const HELLO: u8 = 0x00;
const GET: u8 = 0x01;
const SET: u8 = 0x02;
const REPLY: u8 = 0x80;

/// rtl_print. `addrs` (source, destination) are printed first when the
/// caller has them, as tcpdump's ether path passes them.
pub(crate) fn realtek(c: &mut Ctx, b: &[u8], addrs: Option<(&[u8], &[u8])>) -> Res {
    c.proto = "rtl";
    if let Some((src, dst)) = addrs {
        mac(c, src);
        c.s(" > ");
        mac(c, dst);
        c.s(", ");
    }
    let proto = u8at(b, 0)?;
    match proto {
        RRCP => return rrcp(c, b),
        REP => c.s("REP"),
        RLDP | RLDP2 => c.s("RLDP"),
        XXX_DSA => c.s("Realtek 8-byte DSA tag"),
        p if p & 0xf0 == 0x90 => c.s("Realtek RTL8306 4-byte DSA tag"),
        p if p & 0xf0 == 0xa0 => c.s("Realtek RTL8366RB 4-byte DSA tag"),
        p => {
            c.s("Realtek unknown type 0x");
            c.out.hex0(u64::from(p), 2);
        }
    }
    Ok(())
}

fn rrcp(c: &mut Ctx, b: &[u8]) -> Res {
    c.proto = "rrcp";
    let op_byte = u8at(b, 1)?;
    let opcode = op_byte & 0x7f;
    let reply = op_byte & REPLY != 0;
    c.s("RRCP ");
    c.s(if reply { "reply" } else { "query" });
    c.s(": ");
    match opcode {
        HELLO => c.s("hello"),
        GET => c.s("get"),
        SET => c.s("set"),
        _ => {
            c.s("unknown opcode (0x");
            c.out.hex0(u64::from(opcode), 2);
            c.s(")");
        }
    }
    let configuration = opcode == GET || opcode == SET;
    // Each of tcpdump's statements reads all its fields before printing,
    // so a cut field drops the whole statement.
    if configuration {
        // The register address and data are little-endian.
        let (addr, data) = (be16(b, 4)?.swap_bytes(), be32(b, 6)?.swap_bytes());
        c.s(" addr=0x");
        c.out.hex0(u64::from(addr), 4);
        c.s(", data=0x");
        c.out.hex0(u64::from(data), 8);
    }
    let auth = be16(b, 2)?;
    c.s(", auth=0x");
    c.out.hex0(u64::from(auth), 4);
    if opcode == HELLO && reply {
        let (down, up) = (u8at(b, 4)?, u8at(b, 5)?);
        let uplink = b.get(6..12).ok_or(super::Trunc)?;
        let (vendor, chip) = (be32(b, 14)?, be16(b, 12)?);
        c.s_dec(" downlink_port=", down);
        c.s_dec(", uplink_port=", up);
        c.s(", uplink_mac=");
        mac(c, uplink);
        c.s(", vendor_id=");
        c.out.hex0(u64::from(vendor), 8);
        c.s(" ,chip_id=");
        c.out.hex0(u64::from(chip), 4);
        c.s(" ");
    } else if configuration {
        let (high, low) = (be32(b, 14)?, be32(b, 10)?);
        c.s(", cookie=0x");
        c.out.hex0(u64::from(high), 8);
        c.out.hex0(u64::from(low), 8);
        c.s(" ");
    }
    Ok(())
}
