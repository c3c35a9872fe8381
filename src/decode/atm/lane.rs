//! LAN Emulation over ATM (print-lane.c): LE control frames, or a
//! two-byte LE client id before an Ethernet frame.

use super::super::out::Emit;
use super::super::{Ctx, Res, be16, u8at};
use super::dispatch;

fn opcode_name(op: u16) -> Option<&'static str> {
    Some(match op {
        0x0001 => "configure request",
        0x0101 => "configure response",
        0x0002 => "join request",
        0x0102 => "join response",
        0x0003 => "ready query",
        0x0103 => "ready indication",
        0x0004 => "register request",
        0x0104 => "register response",
        0x0005 => "unregister request",
        0x0105 => "unregister response",
        0x0006 => "ARP request",
        0x0106 => "ARP response",
        0x0007 => "flush request",
        0x0107 => "flush response",
        0x0008 => "NARP request",
        0x0009 => "topology request",
        _ => return None,
    })
}

/// The LE control marker in place of a client id.
const CONTROL: u16 = 0xff00;
const ETHER_HEADER_LEN: usize = 14;

/// lane_print.
pub(super) fn lane(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "lane";
    let lecid = be16(b, 0)?;
    if lecid == CONTROL {
        c.s("lec: proto ");
        c.out.hex(u64::from(u8at(b, 2)?));
        c.s(" vers ");
        c.out.hex(u64::from(u8at(b, 3)?));
        c.s(" ");
        let op = be16(b, 4)?;
        match opcode_name(op) {
            Some(n) => c.s(n),
            None => {
                c.s_dec("opcode-#", op);
            }
        }
        return Ok(());
    }
    let frame = &b[2..];
    let length = length.wrapping_sub(2);
    // ether_print shows the client id (with or without -e) once it has
    // found a whole Ethernet header within the frame's length.
    if frame.len() >= ETHER_HEADER_LEN && length >= frame.len() {
        c.s("lecid:");
        c.out.hex(u64::from(lecid));
        c.s(" ");
    }
    dispatch::ether(c, frame, length).map(drop)
}
