//! PAP and CHAP (print-ppp.c's handle_pap, handle_chap): the code, the
//! identifier, then the peer name, password, value or message.

use super::super::out::Emit;
use super::super::{Ctx, Res, be16, print_char, u8at};

/// The header PAP and CHAP share: "NAME, CODE (0xNN), id N", returning
/// the code and the length field; None after the "[|pap]" / "[|pap 0xNN]"
/// forms of a message too short for a header (tcpdump prints these
/// without the usual leading space).
fn auth_header(
    c: &mut Ctx,
    b: &[u8],
    length: usize,
    (name, tag): (&str, &str),
    codes: &[&str],
) -> Res<Option<(u8, usize)>> {
    if length < 4 {
        c.s("[|");
        c.s(tag);
        if length >= 1 {
            let code = u8at(b, 0)?;
            c.s(" 0x");
            c.out.hex0(u64::from(code), 2);
        }
        c.s("]");
        return Ok(None);
    }
    let code = u8at(b, 0)?;
    c.s(name);
    c.s(", ");
    let known = usize::from(code).checked_sub(1).and_then(|i| codes.get(i));
    c.s(known.copied().unwrap_or("unknown"));
    c.s(" (0x");
    c.out.hex0(u64::from(code), 2);
    c.s(")");
    let id = u8at(b, 1)?;
    c.s_dec(", id ", id);
    Ok(Some((code, usize::from(be16(b, 2)?))))
}

/// handle_pap.
pub(super) fn pap(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    let codes = ["Auth-Req", "Auth-ACK", "Auth-NACK"];
    let Some((code, len)) = auth_header(c, b, length, ("PAP", "pap"), &codes)? else {
        return Ok(());
    };
    let complaint = if len > length {
        Some(" > packet size")
    } else if len < 4 {
        Some(" < PAP header length")
    } else {
        None
    };
    if let Some(complaint) = complaint {
        c.s_dec(", length ", len as u64);
        c.s(complaint);
        return Ok(());
    }
    let text = |c: &mut Ctx, label: &str, at: usize, n: usize| -> Res {
        c.s(label);
        for i in 0..n {
            print_char(c, u8at(b, at + i)?);
        }
        Ok(())
    };
    match code {
        1 => {
            if len < 6 {
                c.s("[|pap]");
                return Ok(());
            }
            // The peer ID and the password, each after its length byte
            // (tcpdump labels the password "Name").
            let mut p = 4;
            for label in [", Peer ", ", Name "] {
                if len.saturating_sub(p) < 1 {
                    return Ok(());
                }
                let n = usize::from(u8at(b, p)?);
                p += 1;
                if len.saturating_sub(p) < n {
                    return Ok(());
                }
                text(c, label, p, n)?;
                p += n;
            }
        }
        2 | 3 => {
            if len < 5 {
                c.s("[|pap]");
                return Ok(());
            }
            let msg = usize::from(u8at(b, 4)?);
            if len.saturating_sub(5) < msg {
                return Ok(());
            }
            text(c, ", Msg ", 5, msg)?;
        }
        _ => {}
    }
    Ok(())
}

/// handle_chap.
pub(super) fn chap(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    let codes = ["Challenge", "Response", "Success", "Fail"];
    let Some((code, len)) = auth_header(c, b, length, ("CHAP", "chap"), &codes)? else {
        return Ok(());
    };
    match code {
        1 | 2 => {
            let mut p = 4;
            if length < p + 1 {
                return Ok(());
            }
            let val = usize::from(u8at(b, p)?);
            p += 1;
            if length.saturating_sub(p) < val {
                return Ok(());
            }
            c.s(", Value ");
            for i in 0..val {
                c.out.hex0(u64::from(u8at(b, p + i)?), 2);
            }
            p += val;
            c.s(", Name ");
            // tcpdump's count is unsigned: a length field shorter than the
            // header runs on to the end of the capture.
            for i in 0..len.checked_sub(p).unwrap_or(usize::MAX) {
                print_char(c, u8at(b, p + i)?);
            }
        }
        3 | 4 => {
            c.s(", Msg ");
            for i in 0..len.checked_sub(4).unwrap_or(usize::MAX) {
                print_char(c, u8at(b, 4 + i)?);
            }
        }
        _ => {}
    }
    Ok(())
}
