//! NTP (print-ntp.c): time and control messages, time stamps as tcpdump
//! prints them.

use super::ctx::{Ctx, Res, be16, be32, print_char, u8at};
use super::out::Emit;
use super::time::date_time;

/// ntp_print: mode summary, and with -v the time or control fields.
pub(crate) fn ntp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "ntp";
    let status = u8at(b, 0)?;
    c.s_dec("NTPv", (status >> 3) & 7);
    c.s(", ");
    let mode = status & 7;
    c.s(match mode {
        0 => "unspecified",
        1 => "symmetric active",
        2 => "symmetric passive",
        3 => "Client",
        4 => "Server",
        5 => "Broadcast",
        6 => "Control Message",
        _ => "Reserved",
    });
    c.s_dec(", length ", length as u64);
    if c.o.verbose == 0 {
        return Ok(());
    }
    let leap = status & 0xc0;
    c.s("\n\tLeap indicator: ");
    c.s(match leap {
        0x00 => "",
        0x40 => "+1s",
        0x80 => "-1s",
        _ => "clock unsynchronized",
    });
    c.s_dec(" (", leap);
    c.s(")");
    match mode {
        0..=5 => ntp_time(c, b, length),
        6 => ntp_control(c, b, length),
        _ => Ok(()),
    }
}

/// A message shorter than its fixed part: tcpdump's invalid mark, and
/// the truncation mark when the capture holds less than the message.
fn invalid_short(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.invalid();
    if b.len() < length {
        c.trunc();
    }
    Ok(())
}

/// ntp_time_print (-v): stratum, poll, delays and the four timestamps.
fn ntp_time(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    if length < 48 {
        return invalid_short(c, b, length);
    }
    let stratum = u8at(b, 1)?;
    c.s_dec(", Stratum ", stratum);
    c.s(match stratum {
        0 => " (unspecified)",
        1 => " (primary reference)",
        2..=15 => " (secondary reference)",
        _ => " (reserved)",
    });
    let poll = u8at(b, 2)? as i8;
    c.s(", poll ");
    dec_signed(c, i64::from(poll));
    if poll > -32 && poll < 32 {
        if poll >= 0 {
            c.s_dec(" (", 1u64 << poll);
            c.s("s)");
        } else {
            c.s_dec(" (1/", 1u64 << -poll);
            c.s("s)");
        }
    }
    c.s(", precision ");
    dec_signed(c, i64::from(u8at(b, 3)? as i8));
    let fields = [(4, "\n\tRoot Delay: "), (8, ", Root dispersion: ")];
    for (at, label) in fields {
        if b.len() < at + 4 {
            c.trunc();
            return Ok(());
        }
        c.s(label);
        let (i, f) = (be16(b, at)?, be16(b, at + 2)?);
        c.dec(i);
        c.s(".");
        c.out
            .dec0(((f64::from(f) / 65536.0) * 1_000_000.0) as u64, 6);
    }
    if b.len() < 16 {
        c.trunc();
        return Ok(());
    }
    c.s(", Reference-ID: ");
    match stratum {
        0 => c.s("(unspec)"),
        1 => {
            for &ch in &b[12..16] {
                print_char(c, ch);
            }
        }
        62 | 63 => {
            c.ip4(&b[12..16]);
            c.s(if stratum == 62 {
                " INFO_QUERY"
            } else {
                " INFO_REPLY"
            });
            return Ok(());
        }
        _ => {
            c.s("0x");
            c.out.hex0(u64::from(be32(b, 12)?), 8);
        }
    }
    let stamps = [
        (16, "\n\t  Reference Timestamp:  "),
        (24, "\n\t  Originator Timestamp: "),
        (32, "\n\t  Receive Timestamp:    "),
        (40, "\n\t  Transmit Timestamp:   "),
    ];
    for (at, label) in stamps {
        if b.len() < at + 8 {
            c.trunc();
            return Ok(());
        }
        c.s(label);
        ntp_stamp(c, be32(b, at)?, be32(b, at + 4)?);
    }
    c.s("\n\t    Originator - Receive Timestamp:  ");
    ntp_delta(
        c,
        (be32(b, 24)?, be32(b, 28)?),
        (be32(b, 32)?, be32(b, 36)?),
    );
    c.s("\n\t    Originator - Transmit Timestamp: ");
    ntp_delta(
        c,
        (be32(b, 24)?, be32(b, 28)?),
        (be32(b, 40)?, be32(b, 44)?),
    );
    match length {
        // The key id is read before its label is printed, as tcpdump's
        // GET inside ND_PRINT does: a cut key id prints no label.
        52 => {
            let key_id = be32(b, 48)?;
            c.s_dec("\n\tKey id: ", key_id);
        }
        68 | 72 => {
            let key_id = be32(b, 48)?;
            c.s_dec("\n\tKey id: ", key_id);
            let words = length.saturating_sub(52) / 4;
            if b.len() < 52 + 4 * words {
                c.trunc();
                return Ok(());
            }
            c.s("\n\tAuthentication: ");
            for k in 0..words {
                c.out.hex0(u64::from(be32(b, 52 + 4 * k)?), 8);
            }
        }
        _ if length > 48 => {
            c.s_dec("\n\t(", length.saturating_sub(48) as u64);
            c.s(" more bytes after the header)");
        }
        _ => {}
    }
    Ok(())
}

fn dec_signed(c: &mut Ctx, v: i64) {
    if v < 0 {
        c.s("-");
    }
    c.dec(v.unsigned_abs());
}

/// Parts per billion of a 32-bit binary fraction, as tcpdump computes it.
fn ntp_fraction(f: u32) -> u64 {
    ((f64::from(f) / 4_294_967_296.0) * 1_000_000_000.0) as u64
}

/// p_ntp_time: seconds.nanoseconds and the UTC date when non-zero.
pub(crate) fn ntp_stamp(c: &mut Ctx, i: u32, f: u32) {
    c.dec(i);
    c.s(".");
    c.out.dec0(ntp_fraction(f), 9);
    if i != 0 {
        c.s(" (");
        date_time(c.out, i64::from(i) - 2_208_988_800, b'-', b'T');
        c.s("Z)");
    }
}

/// p_ntp_delta: `new - old` with a sign, or `new` when old is zero.
fn ntp_delta(c: &mut Ctx, old: (u32, u32), new: (u32, u32)) {
    let ((ou, ouf), (u, uf)) = (old, new);
    if ou == 0 && ouf == 0 {
        ntp_stamp(c, u, uf);
        return;
    }
    let (neg, i, f) = if u > ou {
        (
            false,
            (u - ou).wrapping_sub(u32::from(ouf > uf)),
            uf.wrapping_sub(ouf),
        )
    } else if u < ou {
        (
            true,
            (ou - u).wrapping_sub(u32::from(uf > ouf)),
            ouf.wrapping_sub(uf),
        )
    } else if uf > ouf {
        (false, 0, uf - ouf)
    } else {
        (true, 0, ouf - uf)
    };
    c.s(if neg { "-" } else { "+" });
    c.dec(i);
    c.s(".");
    c.out.dec0(ntp_fraction(f), 9);
}

/// `label` and the field `read` got, printed only when the read succeeded;
/// the field, for what follows.
fn labelled(c: &mut Ctx, label: &str, read: Res<u16>) -> Res<u16> {
    let v = read?;
    c.s(label);
    c.dec(v);
    Ok(v)
}

/// ntp_control_print (-v): the mode 6 header fields.
fn ntp_control(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    if length < 12 {
        return invalid_short(c, b, length);
    }
    let control = u8at(b, 1)?;
    // The response, error and more bits, each as the word for its value.
    for (bit, set, clear) in [
        (0x80, ", Response", ", Request"),
        (0x40, ", Error", ", OK"),
        (0x20, ", More", ", Last"),
    ] {
        c.s(if control & bit != 0 { set } else { clear });
    }
    c.s_dec(", OpCode=", control & 0x1f);
    c.s("\n");
    // Each field is read before its label is printed (GET inside
    // ND_PRINT): a cut field prints neither.
    labelled(c, "\tSequence=", be16(b, 2))?;
    let status = be16(b, 4)?;
    c.s(", Status=");
    if status == 0 {
        c.s("0");
    } else {
        c.s("0x");
        c.out.hex(u64::from(status));
    }
    labelled(c, ", Assoc.=", be16(b, 6))?;
    labelled(c, ", Offset=", be16(b, 8))?;
    let count = usize::from(labelled(c, ", Count=", be16(b, 10))?);
    if 12 + count > length {
        c.invalid();
        if b.len() < length {
            c.trunc();
        }
        return Ok(());
    }
    if count != 0 {
        if b.len() < 12 + count {
            c.trunc();
            return Ok(());
        }
        c.s("\n\tTO-BE-DONE: data not interpreted");
    }
    Ok(())
}
