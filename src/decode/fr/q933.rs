//! Q.933 signalling on Frame Relay (print-fr.c's q933_print): the call
//! reference, the message type and the information elements, decoding the
//! LMI elements of ANSI T1.617 Annex D (codeset 5) and ITU Q.933 Annex A
//! (codeset 0).

use super::super::ctx::codes;
use super::super::hexdump;
use super::super::out::Emit;
use super::super::{Ctx, Res, Trunc};

fn message_name(t: u8) -> Option<&'static str> {
    Some(match t {
        0x00 => "ESC to National",
        0x01 => "Alert",
        0x02 => "Call proceeding",
        0x07 => "Connect",
        0x0f => "Connect ACK",
        0x03 => "Progress",
        0x05 => "Setup",
        0x45 => "Disconnect",
        0x4d => "Release",
        0x5a => "Release Complete",
        0x46 => "Restart",
        0x4e => "Restart ACK",
        0x7d => "Status Reply",
        0x75 => "Status Enquiry",
        _ => return None,
    })
}

codes! {
    /// The element names of codesets 0 and 5, the only ones tcpdump knows.
    IE_NAMES: u8 {
        ANSI_REPORT_TYPE = 0x01 => "ANSI Report Type",
        ANSI_LINK_VERIFY_91 = 0x19 => "ANSI Link Verify",
        ANSI_LINK_VERIFY = 0x03 => "ANSI Link Verify",
        ANSI_PVC_STATUS = 0x07 => "ANSI PVC Status",
        CCITT_REPORT_TYPE = 0x51 => "CCITT Report Type",
        CCITT_LINK_VERIFY = 0x53 => "CCITT Link Verify",
        CCITT_PVC_STATUS = 0x57 => "CCITT PVC Status",
    }
}

/// A shift element: 1001 L CCC (L set: non-locking).
fn is_shift(ie: u8) -> bool {
    ie & 0xf0 == 0x90
}

/// q933_print: `b` starts at the call reference length octet.
pub(super) fn q933(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "q.933";
    if !c.o.link_header {
        c.s("Q.933");
    }
    // Running out before the message type: the length and a truncation.
    let cut = |c: &mut Ctx, len: usize| {
        if !c.o.link_header {
            c.s(", ");
        }
        c.s_dec("length ", len as u64);
        c.trunc();
        Ok(())
    };
    // The bytes the message may use: captured and within its length.
    let msg = &b[..b.len().min(length)];
    let Some(&first) = msg.first() else {
        return cut(c, length);
    };
    let olen = length;
    let call_ref_len = usize::from(first & 0x0f);
    let Some(call_ref) = msg.get(1..1 + call_ref_len) else {
        return cut(c, olen);
    };
    let Some(&msgtype) = msg.get(1 + call_ref_len) else {
        return cut(c, olen);
    };
    let mut i = 2 + call_ref_len;
    let mut codeset = 0u8;
    let mut ansi = false;
    // 0: no non-locking shift; 1: one applies to the next element; 2: it
    // applied to the last one, so the codeset reverts.
    let mut non_locking = 0u8;
    let mut unshift_codeset = 0u8;
    if i < length {
        let Some(&ie) = b.get(i) else {
            return cut(c, olen);
        };
        if is_shift(ie) {
            i += 1;
            codeset = ie & 0x07;
            if ie & 0x08 == 0 {
                // A locking shift to codeset 5 marks T1.617 Annex D.
                ansi = codeset == 5;
            } else {
                non_locking = 1;
                unshift_codeset = 0;
            }
        }
    }
    if !c.o.link_header {
        c.s(", ");
    }
    c.s(if ansi { "ANSI" } else { "CCITT" });
    c.s_dec(", codeset ", codeset);
    // tcpdump tests the byte after the header here, not the call
    // reference, for a dummy (one-byte zero) reference.
    if call_ref_len != 0 && (call_ref_len > 1 || *b.get(i).ok_or(Trunc)? != 0) {
        c.s(", Call Ref: 0x");
        for &r in call_ref {
            c.out.hex0(u64::from(r), 2);
        }
    }
    if c.o.verbose > 0 {
        c.s(", ");
        c.name_code(
            message_name(msgtype).unwrap_or("unknown message"),
            msgtype,
            2,
        );
        c.s_dec(", length ", olen as u64);
    } else {
        c.s(", ");
        match message_name(msgtype) {
            Some(n) => c.s(n),
            None => {
                c.s("unknown message 0x");
                c.out.hex0(u64::from(msgtype), 2);
            }
        }
    }
    let cut_ies = |c: &mut Ctx| {
        if c.o.verbose == 0 {
            c.s_dec(", length ", olen as u64);
        }
        c.trunc();
        Ok(())
    };
    while i < length {
        if non_locking == 1 {
            non_locking = 2;
        } else if non_locking == 2 {
            codeset = unshift_codeset;
            non_locking = 0;
        }
        let Some(&ie) = b.get(i) else {
            return cut_ies(c);
        };
        i += 1;
        if ie & 0x80 != 0 {
            // A single-octet element; only shifts change anything.
            if is_shift(ie) {
                if ie & 0x08 == 0 {
                    non_locking = 0;
                } else {
                    non_locking = 1;
                    unshift_codeset = codeset;
                }
                codeset = ie & 0x07;
            }
            continue;
        }
        let Some(&ie_len) = msg.get(i) else {
            return cut_ies(c);
        };
        i += 1;
        let ie_len = usize::from(ie_len);
        if c.o.verbose > 0 {
            c.s("\n\t");
            let names = if codeset == 0 || codeset == 5 {
                IE_NAMES
            } else {
                &[]
            };
            c.tok(names, ie.into(), "unknown");
            c.s(" IE (0x");
            c.out.hex0(u64::from(ie), 2);
            c.s_dec("), length ", ie_len as u64);
            c.s(": ");
        }
        if ie == 0 || ie_len == 0 {
            return Ok(());
        }
        let Some(body) = msg.get(i..i + ie_len) else {
            return cut_ies(c);
        };
        let known = (codeset == 0 || codeset == 5) && lmi_element(c, ie, body);
        if known {
            if c.o.verbose > 1 {
                hexdump::hex(c.out, "\n\t  ", body);
            }
        } else if c.o.verbose > 0 {
            hexdump::hex(c.out, "\n\t", body);
        }
        i += ie_len;
    }
    if c.o.verbose == 0 {
        c.s_dec(", length ", olen as u64);
    }
    Ok(())
}

/// fr_q933_print_ie_codeset_0_5: the LMI elements (some shown without -v
/// too); false for an element it does not decode. `p` is whole.
fn lmi_element(c: &mut Ctx, ie: u8, p: &[u8]) -> bool {
    let v = c.o.verbose > 0;
    match ie {
        ANSI_REPORT_TYPE | CCITT_REPORT_TYPE => {
            // ie_len is never 0 here, so the report type is always there.
            if v {
                c.s(match p[0] {
                    0 => "Full Status",
                    1 => "Link verify",
                    2 => "Async PVC Status",
                    _ => "unknown",
                });
                c.s_dec(" (", p[0]);
                c.s(")");
            }
        }
        ANSI_LINK_VERIFY | CCITT_LINK_VERIFY | ANSI_LINK_VERIFY_91 => {
            if !v {
                c.s(", ");
            }
            match p {
                [tx, rx, ..] => {
                    c.s("TX Seq: ");
                    pad3(c, *tx);
                    c.s(", RX Seq: ");
                    pad3(c, *rx);
                }
                _ => c.s("Invalid LINK VERIFY IE"),
            }
        }
        ANSI_PVC_STATUS | CCITT_PVC_STATUS => {
            if !v {
                c.s(", ");
            }
            match pvc_dlci(p) {
                Some(dlci) => {
                    let status = p[p.len() - 1];
                    c.s_dec("DLCI ", dlci);
                    c.s(": status ");
                    if status & 0x08 != 0 {
                        c.s("New, ");
                    }
                    c.s(if status & 0x02 != 0 {
                        "Active"
                    } else {
                        "Inactive"
                    });
                }
                None => c.s("Invalid DLCI in PVC STATUS IE"),
            }
        }
        _ => return false,
    }
    true
}

/// "%3d".
fn pad3(c: &mut Ctx, v: u8) {
    for _ in v.checked_ilog10().unwrap_or(0)..2 {
        c.s(" ");
    }
    c.dec(v);
}

/// The DLCI of a PVC status element of 3 to 5 bytes, with the extension
/// bits (0x80) tcpdump requires.
fn pvc_dlci(p: &[u8]) -> Option<u32> {
    let n = p.len();
    let set = |x: u8| x & 0x80 != 0;
    // The first bytes clear, the last two set (the last is the status).
    let ok = (3..=5).contains(&n)
        && !p[..n - 2].iter().any(|&x| set(x))
        && set(p[n - 2])
        && set(p[n - 1]);
    if !ok {
        return None;
    }
    let mut dlci = u32::from(p[0] & 0x3f) << 4 | u32::from(p[1] & 0x78) >> 3;
    if n == 4 {
        dlci = dlci << 6 | u32::from(p[2] & 0x7e) >> 1;
    } else if n == 5 {
        dlci = dlci << 13 | u32::from(p[2] & 0x7f) | u32::from(p[3] & 0x7e) >> 1;
    }
    Some(dlci)
}
