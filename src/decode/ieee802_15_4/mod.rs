//! IEEE 802.15.4 (DLT_IEEE802_15_4_WITHFCS, print-802_15_4.c): the frame
//! control field, sequence number, PAN IDs and addresses of the standard
//! frames (beacon, data, ACK, MAC command) and of multipurpose frames,
//! the auxiliary security header, header and payload IE lists, the FCS
//! (-vvv) and the old beacon and command fields. The printer tries a
//! 4-byte then a 2-byte FCS and strips the one that checks, as tcpdump
//! does, since the PHY that would say which is not in the capture.

mod fields;
mod ie;
mod tap;

use super::ctx::codes;
use super::out::Emit;
use super::{Ctx, Res, Trunc, rest, u8at};
use fields::{Fcs, addr, addr_len, le16};
pub(crate) use tap::frame as tap_frame;

codes! {
    /// ftypes: the frame type names, by the low three bits.
    FRAME_TYPES: u16 {
        BEACON = 0 => "Beacon",
        _ = 1 => "Data",
        _ = 2 => "ACK",
        COMMAND = 3 => "Command",
        _ = 4 => "Reserved",
        MULTIPURPOSE = 5 => "Multipurpose",
        _ = 6 => "Fragment",
        _ = 7 => "Extended",
    }
}

fn bit(v: u16, n: u16) -> bool {
    v >> n & 1 != 0
}

/// ieee802_15_4_if_print. tcpdump's printer returns 1 for a decoded frame
/// and that becomes the link header length -x skips; kept, so -x matches.
/// `_wire_len` is unused: tcpdump works from the captured length.
pub(crate) fn frame(c: &mut Ctx, b: &[u8], _wire_len: u32) -> Res {
    c.ll_len += print(c, b, b.len())?;
    Ok(())
}

/// ieee802_15_4_print of a frame said to be `caplen` bytes, of which `b`
/// was captured (ZEP states the length; a read past `b` ends the packet):
/// what tcpdump returns (`caplen` when under two bytes, else 1 for a
/// decoded frame and 0 for one it does not decode), which ZEP tests.
pub(crate) fn print(c: &mut Ctx, b: &[u8], caplen: usize) -> Res<usize> {
    c.proto = "802.15.4";
    if caplen < 2 {
        c.trunc();
        return Ok(caplen);
    }
    let fc = le16(b, 0)?;
    let frame_type = fc & 7;
    c.s("IEEE 802.15.4 ");
    c.tok(FRAME_TYPES, frame_type.into(), "");
    c.s(" packet ");
    let decoded = match frame_type {
        0..=3 => std_frame(c, b, fc, caplen)?,
        MULTIPURPOSE => mp_frame(c, b, fc, caplen)?,
        // Reserved, fragment (tcpdump does not decode these) and extended.
        _ => false,
    };
    Ok(usize::from(decoded))
}

/// Where a frame's header has got to: the offset and what is left of
/// the captured frame without its FCS.
struct Cursor {
    p: usize,
    cap: usize,
}

impl Cursor {
    fn skip(&mut self, n: usize) {
        self.p += n;
        self.cap -= n;
    }
}

/// "PAN:" or "-:", then the address; false after an error message.
fn pan_and_addr(c: &mut Ctx, b: &[u8], at: &mut Cursor, pan: bool, len: usize) -> Res<bool> {
    if pan {
        if at.cap < 2 {
            c.s("[ERROR: Truncated before dst_pan]");
            return Ok(false);
        }
        c.out.hex0(u64::from(le16(b, at.p)?), 4);
        c.s(":");
        at.skip(2);
    } else {
        c.s("-:");
    }
    if at.cap < len {
        c.s("[ERROR: Truncated before dst_addr]");
        return Ok(false);
    }
    addr(c, b, at.p, len)?;
    at.skip(len);
    Ok(true)
}

/// "seq NN " with -v.
fn seq(c: &mut Ctx, b: &[u8], at: usize) -> Res {
    let seq = u8at(b, at)?;
    if c.o.verbose > 0 {
        c.s("seq ");
        c.out.hex0(u64::from(seq), 2);
        c.s(" ");
    }
    Ok(())
}

/// Each (bit of the frame control, text) that is set, with -vvv.
fn fc_flags(c: &mut Ctx, fc: u16, table: &[(u16, &str)]) {
    if c.o.verbose > 2 {
        for &(n, text) in table {
            if bit(fc, n) {
                c.s(text);
            }
        }
    }
}

/// The sequence number field (3 bytes of header with it, 2 without);
/// false after the truncation mark.
fn seq_field(c: &mut Ctx, b: &[u8], at: &mut Cursor, suppressed: bool) -> Res<bool> {
    let header = if suppressed { 2 } else { 3 };
    if !suppressed {
        seq(c, b, 2)?;
    }
    if at.cap < header {
        c.trunc();
        return Ok(false);
    }
    at.skip(header);
    Ok(true)
}

/// The address modes (dst, src) at `dst_shift` and `src_shift`; None
/// after the error for a reserved mode.
fn addr_modes(c: &mut Ctx, fc: u16, dst_shift: u16, src_shift: u16) -> Option<(usize, usize)> {
    let Some(src) = addr_len(fc >> src_shift) else {
        c.s("[ERROR: Invalid src address mode]");
        return None;
    };
    let Some(dst) = addr_len(fc >> dst_shift) else {
        c.s("[ERROR: Invalid dst address mode]");
        return None;
    };
    Some((dst, src))
}

/// Which PAN IDs a standard frame carries (dst, src), by the version's
/// PAN ID Compression rules.
fn pans(c: &mut Ctx, version: u16, compressed: bool, dst: usize, src: usize) -> (bool, bool) {
    let (mut dst_pan, mut src_pan) = (true, !compressed);
    if version < 2 && compressed && (dst == 0 || src == 0) {
        c.s("[ERROR: PAN ID Compression != 0, and only one address with frame version < 2]");
    }
    if dst == 0 {
        dst_pan = false;
    }
    if src == 0 {
        src_pan = false;
    }
    if version >= 2 {
        match (compressed, dst, src) {
            (true, 0, 0) => dst_pan = true,
            (true, 0, _) | (true, _, 0) | (true, 8, 8) => (dst_pan, src_pan) = (false, false),
            (false, 8, 8) => (dst_pan, src_pan) = (true, false),
            // tcpdump's "broken 6tisch" case: its #ifdef tests a macro
            // defined as 0, so the case is always on.
            (false, 2, 8) => src_pan = false,
            _ => {}
        }
    }
    (dst_pan, src_pan)
}

/// What standard and multipurpose frames share after the addresses: the
/// auxiliary security header, the MIC, the IE lists and (-vvv) the MIC
/// and FCS; false after an error message.
fn after_addresses(
    c: &mut Ctx,
    b: &[u8],
    at: &mut Cursor,
    security: bool,
    ie_present: bool,
    fcs: &Fcs,
) -> Res<bool> {
    let level = if security {
        match fields::aux_security(c, b, at.p, at.cap)? {
            None => return Ok(false),
            Some((len, level)) => {
                at.skip(len);
                level
            }
        }
    } else {
        0
    };
    let mic_len = fields::mic_len(level);
    let mut mic_start = None;
    if mic_len != 0 {
        if at.cap < mic_len {
            c.s("[ERROR: Truncated before MIC]");
            return Ok(false);
        }
        at.cap -= mic_len;
        mic_start = at.p.checked_add(at.cap);
    }
    let mut payload_ies = false;
    if ie_present {
        match ie::header_list(c, b, at.p, at.cap)? {
            None => return Ok(false),
            Some((len, payload)) => {
                at.skip(len);
                payload_ies = payload;
            }
        }
    }
    if payload_ies {
        if level >= 4 {
            c.s("Payload IEs present, but encrypted, cannot print ");
        } else {
            match ie::payload_list(c, b, at.p, at.cap)? {
                None => return Ok(false),
                Some(len) => at.skip(len),
            }
        }
    }
    if c.o.verbose > 2 {
        if mic_len != 0 {
            c.s("\n\tMIC ");
            let start = mic_start.ok_or(Trunc)?;
            for i in 0..mic_len {
                let byte = u8at(b, start.checked_add(i).ok_or(Trunc)?)?;
                c.out.hex0(u64::from(byte), 2);
            }
            c.s(" ");
        }
        fcs.print(c);
    }
    Ok(true)
}

/// The destination (PAN ID if there, and address), `sep`, the source,
/// then what follows the addresses (security header and IEs, as the
/// frame control's bits say); false after an error message.
fn ends_and_after(
    c: &mut Ctx,
    b: &[u8],
    at: &mut Cursor,
    ends: [(bool, usize); 2],
    sep: &str,
    (security, ie): (bool, bool),
    fcs: &Fcs,
) -> Res<bool> {
    let [(dst_pan, dst), (src_pan, src)] = ends;
    if !pan_and_addr(c, b, at, dst_pan, dst)? {
        return Ok(false);
    }
    c.s(sep);
    if !pan_and_addr(c, b, at, src_pan, src)? {
        return Ok(false);
    }
    c.s(" ");
    after_addresses(c, b, at, security, ie, fcs)
}

/// ieee802_15_4_std_frames: beacon, data, ACK and MAC command frames.
fn std_frame(c: &mut Ctx, b: &[u8], fc: u16, caplen: usize) -> Res<bool> {
    let mut cap = caplen;
    let fcs = Fcs::strip_from(b, &mut cap, 4, true)?;
    let version = (fc >> 12) & 3;
    let frame_type = fc & 7;
    c.s_dec("v", version);
    c.s(" ");
    fc_flags(
        c,
        fc,
        &[
            (3, "Security Enabled, "),
            (4, "Frame Pending, "),
            (5, "AR, "),
            (6, "PAN ID Compression, "),
            (8, "Sequence Number Suppression, "),
            (9, "IE present, "),
        ],
    );
    let mut at = Cursor { p: 0, cap };
    let suppressed = bit(fc, 8);
    if suppressed {
        if version < 2 {
            c.s("[ERROR: Sequence number suppressed on frames where version < 2]");
        }
        if c.o.verbose > 0 {
            c.s("seq suppressed ");
        }
    }
    if !seq_field(c, b, &mut at, suppressed)? {
        return Ok(false);
    }
    let Some((dst, src)) = addr_modes(c, fc, 10, 14) else {
        return Ok(false);
    };
    let (dst_pan, src_pan) = pans(c, version, bit(fc, 6), dst, src);
    let ends = [(dst_pan, dst), (src_pan, src)];
    let (security, ie) = (bit(fc, 3), bit(fc, 9));
    if !ends_and_after(c, b, &mut at, ends, " < ", (security, ie), &fcs)? {
        return Ok(false);
    }
    match frame_type {
        BEACON if version < 2 => match fields::old_beacon(c, b, at.p, at.cap)? {
            // After an error in these fields tcpdump leaves out the dump.
            None => return Ok(true),
            Some(len) => at.skip(len),
        },
        COMMAND => {
            if at.cap < 1 {
                c.s("[ERROR: Truncated before Command ID]");
            } else {
                let id = u8at(b, at.p)?;
                c.s("Command ID = ");
                fields::command_name(c, id);
                c.s(" ");
                at.skip(1);
                if at.cap != 0 {
                    if let Some(len) = fields::command_data(c, id, b, at.p, at.cap)? {
                        at.skip(len);
                    }
                }
            }
        }
        _ => {}
    }
    c.default_print_len(rest(b, at.p), at.cap);
    Ok(true)
}

/// ieee802_15_4_mp_frame: multipurpose frames, with a short (1-byte) or
/// long frame control.
fn mp_frame(c: &mut Ctx, b: &[u8], fc: u16, caplen: usize) -> Res<bool> {
    let mut cap = caplen;
    let try4 = cap > 4;
    let fcs = Fcs::strip_from(b, &mut cap, 3, try4)?;
    let long = bit(fc, 3);
    let mut at = Cursor { p: 0, cap };
    let (mut pan_present, mut ie_present, mut security) = (false, false, false);
    if long {
        c.s_dec("v", (fc >> 12) & 3);
        c.s(" ");
        pan_present = bit(fc, 8);
        ie_present = bit(fc, 15);
        security = bit(fc, 9);
        fc_flags(
            c,
            fc,
            &[
                (9, "Security Enabled, "),
                (11, "Frame Pending, "),
                (14, "AR, "),
                (8, "PAN ID Present, "),
                (10, "Sequence Number Suppression, "),
                (15, "IE present, "),
            ],
        );
        if !seq_field(c, b, &mut at, bit(fc, 10))? {
            return Ok(false);
        }
    } else {
        // tcpdump steps over the short header without checking what the
        // FCS left: the length wraps, and later reads find the end.
        seq(c, b, 1)?;
        at.p = 2;
        at.cap = at.cap.wrapping_sub(2);
    }
    let Some((dst, src)) = addr_modes(c, fc, 4, 6) else {
        return Ok(false);
    };
    let ends = [(pan_present, dst), (false, src)];
    if !ends_and_after(c, b, &mut at, ends, " <  ", (security, ie_present), &fcs)? {
        return Ok(false);
    }
    c.default_print_len(rest(b, at.p), at.cap);
    Ok(true)
}
