//! The fixed parts of 802.15.4 frames: addresses, the FCS, the auxiliary
//! security header, the old beacon's superframe, GTS and pending address
//! fields, and MAC command data.

use super::super::out::Emit;
use super::super::{Ctx, Res, bytes, u8at};

/// A little-endian 16-bit field.
pub(super) fn le16(b: &[u8], at: usize) -> Res<u16> {
    let f = bytes(b, at, 2)?;
    Ok(u16::from_le_bytes([f[0], f[1]]))
}

fn le32(b: &[u8], at: usize) -> Res<u32> {
    let f = bytes(b, at, 4)?;
    Ok(u32::from_le_bytes([f[0], f[1], f[2], f[3]]))
}

/// Address length for an addressing mode: none, reserved (None), short,
/// extended.
pub(super) fn addr_len(mode: u16) -> Option<usize> {
    match mode & 3 {
        0 => Some(0),
        1 => None,
        2 => Some(2),
        _ => Some(8),
    }
}

/// ieee802_15_4_print_addr: "none", a short address in hex, or an
/// extended one as le64addr_string (bytes last to first, colon-separated).
pub(super) fn addr(c: &mut Ctx, b: &[u8], at: usize, len: usize) -> Res {
    match len {
        0 => c.s("none"),
        2 => c.out.hex0(u64::from(le16(b, at)?), 4),
        _ => {
            let a = bytes(b, at, 8)?;
            for (i, byte) in a.iter().rev().enumerate() {
                if i > 0 {
                    c.s(":");
                }
                c.out.hex0(u64::from(*byte), 2);
            }
        }
    }
    Ok(())
}

/// Each `n` bytes from `at` as "%02x ".
pub(super) fn hex_bytes(c: &mut Ctx, b: &[u8], at: usize, n: usize) -> Res {
    for byte in bytes(b, at, n)? {
        c.out.hex0(u64::from(*byte), 2);
        c.s(" ");
    }
    Ok(())
}

/// The 16-bit FCS: CCITT 0x1021 from 0, bits reflected in and out.
fn crc16(data: &[u8]) -> u16 {
    let mut crc: u16 = 0;
    for &byte in data {
        let y = byte.reverse_bits();
        let mut x = (crc >> 8) as u8 ^ y;
        x ^= x >> 4;
        let x16 = u16::from(x);
        crc = (crc << 8) ^ (x16 << 12) ^ (x16 << 5) ^ x16;
    }
    crc.reverse_bits()
}

/// The 32-bit FCS: 0x04C11DB7 from 0, bits reflected in and out.
fn crc32(data: &[u8]) -> u32 {
    let mut crc: u32 = 0;
    for &byte in data {
        let mut v = u32::from(byte).reverse_bits();
        for _ in 0..8 {
            crc = if (crc ^ v) & 0x8000_0000 != 0 {
                (crc << 1) ^ 0x04C1_1DB7
            } else {
                crc << 1
            };
            v <<= 1;
        }
    }
    crc.reverse_bits()
}

/// What the frame's last bytes are taken to be.
pub(super) struct Fcs {
    pub stored: u32,
    pub computed: u32,
}

impl Fcs {
    /// Fcs::strip when at least `min` bytes were captured, else no FCS
    /// (both values zero).
    pub(super) fn strip_from(b: &[u8], cap: &mut usize, min: usize, try4: bool) -> Res<Fcs> {
        if *cap < min {
            return Ok(Fcs {
                stored: 0,
                computed: 0,
            });
        }
        Fcs::strip(b, cap, try4)
    }

    /// Tries a 4-byte FCS (when `try4`) then a 2-byte one at the end of
    /// `b[..cap]`; a match is cut from `cap`.
    pub(super) fn strip(b: &[u8], cap: &mut usize, try4: bool) -> Res<Fcs> {
        if try4 {
            let stored = le32(b, *cap - 4)?;
            let computed = crc32(&b[..*cap - 4]);
            if stored == computed {
                *cap -= 4;
                return Ok(Fcs { stored, computed });
            }
        }
        let stored = u32::from(le16(b, *cap - 2)?);
        let computed = u32::from(crc16(&b[..*cap - 2]));
        if stored == computed {
            *cap -= 2;
        }
        Ok(Fcs { stored, computed })
    }

    /// -vvv: the FCS, or the mismatch.
    pub(super) fn print(&self, c: &mut Ctx) {
        if self.stored == self.computed {
            c.s("FCS ");
            c.out.hex(u64::from(self.stored));
            c.s(" ");
        } else {
            c.s("wrong FCS ");
            c.out.hex(u64::from(self.stored));
            c.s(" vs ");
            c.out.hex(u64::from(self.computed));
            c.s(" (assume no FCS stored) ");
        }
    }
}

/// ieee802_15_4_print_aux_sec_header: Ok(None) after an error message,
/// else the header's length and the security level.
pub(super) fn aux_security(
    c: &mut Ctx,
    b: &[u8],
    at: usize,
    cap: usize,
) -> Res<Option<(usize, u8)>> {
    // `len` is the header so far: the next field is at `at + len`, with
    // `cap - len` captured bytes left for it.
    let truncated_before = |c: &mut Ctx, len: usize, need: usize, field: &str| {
        let short = cap - len < need;
        if short {
            c.s("[ERROR: Truncated before ");
            c.s(field);
            c.s("]");
        }
        short
    };
    if truncated_before(c, 0, 1, "Aux Security Header") {
        return Ok(None);
    }
    let sc = u8at(b, at)?;
    let level = sc & 7;
    let key_id_mode = (sc >> 3) & 3;
    let mut len = 1;
    let v = c.o.verbose;
    if v > 0 {
        c.s_dec("\n\tSecurity Level ", level);
        c.s_dec(", Key Id Mode ", key_id_mode);
        c.s(", ");
    }
    if sc & 0x20 == 0 {
        if truncated_before(c, len, 4, "Frame Counter") {
            return Ok(None);
        }
        if v > 1 {
            c.s("Frame Counter 0x");
            c.out.hex0(u64::from(le32(b, at + len)?), 8);
            c.s(" ");
        }
        len += 4;
    }
    match key_id_mode {
        0 => {
            if v > 1 {
                c.s("Implicit");
            }
            return Ok(Some((len, level)));
        }
        2 => {
            if truncated_before(c, len, 4, "Key Source") {
                return Ok(None);
            }
            if v > 1 {
                // tcpdump's format has "%0x4x" for the second half: the
                // value in hex, then "4x".
                c.s("KeySource 0x");
                c.out.hex0(u64::from(le16(b, at + len)?), 4);
                c.s(":");
                c.out.hex(u64::from(le16(b, at + len + 2)?));
                c.s("4x, ");
            }
            len += 4;
        }
        3 => {
            if truncated_before(c, len, 8, "Key Source") {
                return Ok(None);
            }
            if v > 1 {
                c.s("KeySource ");
                addr(c, b, at + len, 8)?;
                c.s(", ");
            }
            // tcpdump steps over only half of the 8-byte source.
            len += 4;
        }
        _ => {}
    }
    if truncated_before(c, len, 1, "Key Index") {
        return Ok(None);
    }
    if v > 1 {
        c.s("KeyIndex 0x");
        c.out.hex0(u64::from(u8at(b, at + len)?), 2);
        c.s(", ");
    }
    Ok(Some((len + 1, level)))
}

/// The MIC's length for a security level.
pub(super) fn mic_len(level: u8) -> usize {
    match level & 3 {
        0 => 0,
        1 => 4,
        2 => 8,
        _ => 16,
    }
}

/// The old (version 0 and 1) beacon fields: superframe specification,
/// GTS and pending addresses; returns their length, None after an error.
pub(super) fn old_beacon(c: &mut Ctx, b: &[u8], at: usize, cap: usize) -> Res<Option<usize>> {
    if cap < 2 {
        c.s("[ERROR: Truncated before beacon information]");
        return Ok(None);
    }
    let ss = le16(b, at)?;
    if c.o.verbose > 0 {
        c.s_dec("\n\tBeacon order = ", ss & 0xf);
        c.s_dec(", Superframe order = ", (ss >> 4) & 0xf);
        c.s_dec(", Final CAP Slot = ", (ss >> 8) & 0xf);
        for (bit, text) in [
            (12, ", BLE enabled"),
            (14, ", PAN Coordinator"),
            (15, ", Association Permit"),
        ] {
            if ss >> bit & 1 != 0 {
                c.s(text);
            }
        }
    }
    let (mut p, mut cap) = (at + 2, cap - 2);
    if cap < 1 {
        c.s("[ERROR: Truncated before GTS info]");
        return Ok(None);
    }
    let Some(len) = gts(c, b, p, cap)? else {
        return Ok(None);
    };
    p += len;
    cap -= len;
    if cap < 1 {
        c.s("[ERROR: Truncated before pending addresses]");
        return Ok(None);
    }
    let Some(len) = pending(c, b, p, cap)? else {
        return Ok(None);
    };
    bytes(b, p, len)?;
    Ok(Some(p + len - at))
}

/// ieee802_15_4_print_gts_info.
fn gts(c: &mut Ctx, b: &[u8], at: usize, cap: usize) -> Res<Option<usize>> {
    let count = usize::from(u8at(b, at)? & 7);
    if count == 0 {
        if c.o.verbose > 0 {
            c.s("\n\tGTS Descriptor Count = 0, ");
        }
        return Ok(Some(1));
    }
    let len = 2 + count * 3;
    if cap < len {
        c.s(" [ERROR: Truncated GTS Info List]");
        return Ok(None);
    }
    if c.o.verbose < 2 {
        return Ok(Some(len));
    }
    c.s_dec("GTS Descriptor Count = ", count as u64);
    c.s(", GTS Directions Mask = ");
    c.out.hex0(u64::from(u8at(b, at + 1)? & 0x7f), 2);
    c.s(", [ ");
    for i in 0..count {
        let d = at + 2 + i * 3;
        c.s("[ ");
        addr(c, b, d, 2)?;
        let slot = u8at(b, d + 1)?;
        c.s_dec(", Start slot = ", slot & 0xf);
        c.s_dec(", Length = ", slot >> 4);
        c.s(" ] ");
    }
    c.s("]");
    Ok(Some(len))
}

/// ieee802_15_4_print_pending_addresses.
fn pending(c: &mut Ctx, b: &[u8], at: usize, cap: usize) -> Res<Option<usize>> {
    let pas = u8at(b, at)?;
    let short = usize::from(pas & 7);
    let extended = usize::from((pas >> 4) & 7);
    let len = 1 + short * 2 + extended * 8;
    if c.o.verbose > 0 {
        c.s_dec(
            "\n\tPending address list, # short addresses = ",
            short as u64,
        );
        c.s_dec(", # extended addresses = ", extended as u64);
    }
    if cap < len {
        c.s(" [ERROR: Pending address list truncated]");
        return Ok(None);
    }
    if c.o.verbose < 2 {
        return Ok(Some(len));
    }
    for (count, size, first, label) in [
        (short, 2, at + 1, ", Short address list = [ "),
        (
            extended,
            8,
            at + 1 + short * 2,
            ", Extended address list = [ ",
        ),
    ] {
        if count != 0 {
            c.s(label);
            for i in 0..count {
                addr(c, b, first + i * size, size)?;
                c.s(" ");
            }
            c.s("]");
        }
    }
    Ok(Some(len))
}

/// mac_c_names, with "Reserved 0x%02x" for the unnamed.
pub(super) fn command_name(c: &mut Ctx, id: u8) {
    let name = match id {
        0x01 => "Association Request command",
        0x02 => "Association Response command",
        0x03 => "Disassociation Notification command",
        0x04 => "Data Request command",
        0x05 => "PAN ID Conflict Notification command",
        0x06 => "Orphan Notification command",
        0x07 => "Beacon Request command",
        0x08 => "Coordinator realignment command",
        0x09 => "GTS request command",
        0x0a => "TRLE Management Request command",
        0x0b => "TRLE Management Response command",
        0x13 => "DSME Association Request command",
        0x14 => "DSME Association Response command",
        0x15 => "DSME GTS Request command",
        0x16 => "DSME GTS Response command",
        0x17 => "DSME GTS Notify command",
        0x18 => "DSME Information Request command",
        0x19 => "DSME Information Response command",
        0x1a => "DSME Beacon Allocation Notification command",
        0x1b => "DSME Beacon Collision Notification command",
        0x1c => "DSME Link Report command",
        0x20 => "RIT Data Request command",
        0x21 => "DBS Request command",
        0x22 => "DBS Response command",
        0x23 => "RIT Data Response command",
        0x24 => "Vendor Specific command",
        _ => {
            c.s("Reserved 0x");
            c.out.hex0(u64::from(id), 2);
            return;
        }
    };
    c.s(name);
}

/// ieee802_15_4_print_command_data: the bytes it takes (0 when it leaves
/// them to the hex dump); None after an error message.
pub(super) fn command_data(
    c: &mut Ctx,
    id: u8,
    b: &[u8],
    p: usize,
    cap: usize,
) -> Res<Option<usize>> {
    let invalid = |c: &mut Ctx, what: &str| {
        c.s("Invalid ");
        c.s(what);
        c.s(" command length");
        Ok(None)
    };
    match id {
        0x01 => {
            if cap != 1 {
                return invalid(c, "Association request");
            }
            let info = u8at(b, p)?;
            c.s(if info & 0x02 != 0 { "FFD, " } else { "RFD, " });
            for (bit, text) in [
                (0x04, "AC powered, "),
                (0x08, "Receiver on when idle, "),
                (0x10, "Fast association, "),
                (0x40, "Security supported, "),
                (0x80, "Allocate address, "),
            ] {
                if info & bit != 0 {
                    c.s(text);
                }
            }
            Ok(Some(cap))
        }
        0x02 => {
            if cap != 3 {
                return invalid(c, "Association response");
            }
            c.s("Short address = ");
            addr(c, b, p, 2)?;
            let status = u8at(b, p + 2)?;
            match status {
                0x00 => c.s(", Association successful"),
                0x01 => c.s(", PAN at capacity"),
                0x02 => c.s(", PAN access denied"),
                0x03 => c.s(", Hooping sequence offset duplication"),
                0x80 => c.s(", Fast association successful"),
                _ => {
                    c.s(", Status = 0x");
                    c.out.hex0(u64::from(status), 2);
                }
            }
            Ok(Some(cap))
        }
        0x03 => {
            if cap != 1 {
                return invalid(c, "Disassociation Notification");
            }
            match u8at(b, p)? {
                0x00 => c.s("Reserved"),
                0x01 => c.s("Reason = The coordinator wishes the device to leave PAN"),
                0x02 => c.s("Reason = The device wishes to leave the PAN"),
                _ => {
                    // tcpdump prints the byte two further on.
                    c.s("Reason = 0x");
                    c.out.hex0(u64::from(u8at(b, p + 2)?), 2);
                }
            }
            Ok(Some(cap))
        }
        0x04..=0x07 => Ok(Some(0)),
        0x08 => {
            if !(7..=8).contains(&cap) {
                return invalid(c, "Coordinator Realignment");
            }
            c.s("Pan ID = 0x");
            c.out.hex0(u64::from(le16(b, p)?), 4);
            c.s(", Coordinator short address = ");
            addr(c, b, p + 2, 2)?;
            let mut channel = u16::from(u8at(b, p + 4)?);
            let page = if cap == 8 {
                u16::from(u8at(b, p + 7)?)
            } else {
                0x80
            };
            if page & 0x80 != 0 {
                // No page: its low bits are the channel's high ones.
                channel |= (page & 0x7f) << 8;
                c.s_dec(", Channel Number = ", channel);
            } else {
                c.s_dec(", Channel Number = ", channel);
                c.s_dec(", page = ", page);
            }
            c.s(", Short address = ");
            addr(c, b, p + 5, 2)?;
            Ok(Some(cap))
        }
        0x09 => {
            if cap != 1 {
                return invalid(c, "GTS Request");
            }
            let g = u8at(b, p)?;
            c.s_dec("GTS Length = ", g & 0xf);
            c.s(if g & 0x10 != 0 {
                ", Receive-only GTS"
            } else {
                ", Transmit-only GTS"
            });
            c.s(if g & 0x20 != 0 {
                ", GTS allocation"
            } else {
                ", GTS deallocations"
            });
            Ok(Some(cap))
        }
        _ => {
            c.s("Command Data = ");
            hex_bytes(c, b, p, cap)?;
            Ok(Some(0))
        }
    }
}
