//! ZigBee Encapsulation Protocol, UDP port 17754 (print-zep.c): the v1 and
//! v2 headers, then the IEEE 802.15.4 frame they carry.

use super::ctx::tcheck;
use super::out::Emit;
use super::time::date_time;
use super::{Ctx, Res, Trunc, be16, be32, dispatch, u8at};

const V1_HEADER_LEN: usize = 16;
const V2_ACK_LEN: usize = 8;
const V2_HEADER_LEN: usize = 32;
/// v2's type of an acknowledgement.
const V2_ACK: u8 = 2;
/// Seconds from the NTP epoch (1900) to the Unix one.
const NTP_TO_UNIX: u32 = 2_208_988_800;
/// ND_LCHECK_U's complaint of a message shorter than its header.
const LEN_BELOW: [&str; 3] = [" [len ", " < ", "]"];

pub(crate) fn zep(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "zep";
    c.s("ZEP");
    let (p0, p1) = (u8at(b, 0)?, u8at(b, 1)?);
    if (p0, p1) != (b'E', b'X') {
        c.s(" [Preamble Code: ");
        super::print_char(c, p0);
        super::print_char(c, p1);
        c.s("]");
        c.invalid();
        return Ok(());
    }
    let version = u8at(b, 2)?;
    c.s_dec("v", version);
    c.s(" ");
    let (header_len, inner_len) = if version == 1 {
        if length < V1_HEADER_LEN {
            c.invalid_length(LEN_BELOW, length, V1_HEADER_LEN);
            return Ok(());
        }
        channel_device_link(c, b, 3)?;
        let inner = u8at(b, 15)?;
        c.s_dec("inner len = ", inner);
        (V1_HEADER_LEN, inner)
    } else if u8at(b, 3)? == V2_ACK {
        if length < V2_ACK_LEN {
            c.invalid_length(LEN_BELOW, length, V2_ACK_LEN);
            return Ok(());
        }
        let seq = be32(b, 4)?;
        c.s_dec("ACK, seq# = ", seq);
        (V2_ACK_LEN, 0)
    } else {
        if length < V2_HEADER_LEN {
            c.invalid_length(LEN_BELOW, length, V2_HEADER_LEN);
            return Ok(());
        }
        // tcpdump reads the type with the channel and device, so a cut
        // in them leaves out the type too.
        let kind = u8at(b, 3)?;
        tcheck(b, 4, 3)?;
        c.s_dec("Type ", kind);
        c.s(", ");
        channel_device_link(c, b, 4)?;
        timestamp(c, b, 9)?;
        let (seq, inner) = (be32(b, 17)?, u8at(b, 31)?);
        c.s_dec(", seq# = ", seq);
        c.s_dec(", inner len = ", inner);
        (V2_HEADER_LEN, inner)
    };
    let mut rest = &b[header_len.min(b.len())..];
    let mut left = length - header_len;
    if inner_len != 0 {
        c.s("\n\t");
        let inner_len = usize::from(inner_len);
        let inner = &rest[..rest.len().min(inner_len)];
        if dispatch::ieee802_15_4(c, inner, inner_len)? != 0 {
            // The frame counts as all of the payload.
            if rest.len() < left {
                return Err(Trunc);
            }
            rest = &rest[left..];
            left = 0;
        }
    }
    c.default_print(&rest[..rest.len().min(left)]);
    Ok(())
}

/// The channel (at `at`) and device IDs, then "CRC, " when the CRC-mode
/// byte is set, else the link quality: the run of fields v1 and v2 share.
fn channel_device_link(c: &mut Ctx, b: &[u8], at: usize) -> Res {
    let (channel, device) = (u8at(b, at)?, be16(b, at + 1)?);
    c.s_dec("Channel ID ", channel);
    c.s(", Device ID 0x");
    c.out.hex0(u64::from(device), 4);
    c.s(", ");
    if u8at(b, at + 3)? != 0 {
        c.s("CRC, ");
    } else {
        let lqi = u8at(b, at + 4)?;
        c.s_dec("LQI ", lqi);
        c.s(", ");
    }
    Ok(())
}

/// zep_print_ts: NTP seconds and the fraction in billionths, worked out in
/// single precision as tcpdump does, then the local date when not zero.
fn timestamp(c: &mut Ctx, b: &[u8], at: usize) -> Res {
    let (secs, fraction) = (be32(b, at)?, be32(b, at + 4)?);
    let scaled = (f64::from(fraction as f32) / 4_294_967_296.0) as f32;
    let billionths = (f64::from(scaled) * 1_000_000_000.0) as u32;
    c.dec(secs);
    c.s(".");
    // "%09d" of a value that fits in an int.
    c.out.dec0(u64::from(billionths), 9);
    if secs != 0 {
        let t = i64::from(secs.wrapping_sub(NTP_TO_UNIX));
        c.s(" (");
        date_time(c.out, c.o.zone.local(t), b'/', b' ');
        c.s(")");
    }
    Ok(())
}
