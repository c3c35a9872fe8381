//! The control protocols (print-ppp.c's handle_ctrl_proto): LCP, IPCP,
//! IP6CP, CCP, BACP, OSICP and MPLSCP share the code, identifier and
//! length header; with -v their configuration options follow, each printed
//! by its protocol's option printer.
//!
//! Every print reads all of its fields before writing, as tcpdump's
//! ND_PRINT evaluates its arguments first: a field past the capture cuts
//! the line before the text that would have held it.

use super::super::ctx::codes;
use super::super::names::oui_name;
use super::super::out::Emit;
use super::super::{Ctx, Res, be16, be32, bytes, print_char, rest};
use super::options::{BACP_OPTIONS, CCP_OPTIONS, IP6CP_OPTIONS, IPCP_OPTIONS, LCP_OPTIONS};
use super::{BACP, CCP, IPCP, IPV6CP, LCP, proto_name, unknown_data};

codes! {
    /// cpcodes.
    CODES: u8 {
        VEXT = 0 => "Vendor-Extension",
        CONF_REQ = 1 => "Conf-Request",
        _ = 2 => "Conf-Ack",
        _ = 3 => "Conf-Nack",
        CONF_REJ = 4 => "Conf-Reject",
        TERM_REQ = 5 => "Term-Request",
        _ = 6 => "Term-Ack",
        CODE_REJ = 7 => "Code-Reject",
        PROT_REJ = 8 => "Prot-Reject",
        ECHO_REQ = 9 => "Echo-Request",
        _ = 10 => "Echo-Reply",
        DISC_REQ = 11 => "Disc-Req",
        ID = 12 => "Ident",
        TIME_REM = 13 => "Time-Rem",
        _ = 14 => "Reset-Req",
        _ = 15 => "Reset-Ack",
    }
}

fn be24(b: &[u8], at: usize) -> Res<u32> {
    let v = bytes(b, at, 3)?;
    Ok(u32::from(v[0]) << 16 | u32::from(v[1]) << 8 | u32::from(v[2]))
}

/// "Magic-Num 0x%08x" on its own line, the start of several messages.
fn magic(c: &mut Ctx, b: &[u8], at: usize) -> Res {
    let m = be32(b, at)?;
    c.s("\n\t  Magic-Num 0x");
    c.out.hex0(u64::from(m), 8);
    Ok(())
}

/// " Vendor: NAME (N)" of a three-byte OUI.
pub(super) fn vendor(c: &mut Ctx, b: &[u8], at: usize, lead: &str) -> Res {
    let oui = be24(b, at)?;
    c.s(lead);
    c.s("Vendor: ");
    c.s(oui_name(oui));
    c.s_dec(" (", oui);
    c.s(")");
    Ok(())
}

/// handle_ctrl_proto: `b` is the control packet, `frame` the PPP frame it
/// sits in at `at` (-vv dumps from the protocol field on).
pub(super) fn ctrl(c: &mut Ctx, proto: u16, frame: &[u8], at: usize, length: usize) -> Res {
    let b = rest(frame, at);
    let name = proto_name(proto).unwrap_or("unknown ctrl-proto");
    c.s(name);
    c.s(", ");
    if length < 4 || b.len() < 2 {
        return cut(c, name);
    }
    let code = b[0];
    c.tok(CODES, code.into(), "Unknown Opcode");
    c.s(" (0x");
    c.out.hex0(u64::from(code), 2);
    c.s_dec("), id ", b[1]);
    c.s_dec(", length ", length as u64 + 2);
    if c.o.verbose == 0 {
        return Ok(());
    }
    let len = usize::from(be16(b, 2)?);
    c.s_dec("\n\tencoded length ", len as u64);
    if len < 4 {
        c.s(" (< 4))");
        return Ok(());
    }
    if len > length {
        c.s_dec(" (> packet length ", length as u64);
        c.s("))");
        return Ok(());
    }
    let length = len;
    c.s_dec(" (=Option(s) length ", len as u64 - 4);
    c.s(")");
    if length == 4 {
        return Ok(());
    }
    // The dump starts at the protocol field, two bytes before the packet.
    let from = at.saturating_sub(2);
    if c.o.verbose > 1 {
        unknown_data(c, frame, from, "\n\t", 6);
    }
    match code {
        VEXT => {
            if length >= 11 {
                magic(c, b, 4)?;
                vendor(c, b, 8, " ")?;
            }
        }
        CONF_REQ..=CONF_REJ => options(c, proto, b, len)?,
        PROT_REJ => {
            if length >= 6 {
                let rejected = be16(b, 4)?;
                c.s("\n\t  Rejected ");
                c.s(proto_name(rejected).unwrap_or("unknown"));
                c.s(" Protocol (0x");
                c.out.hex0(u64::from(rejected), 4);
                c.s(")");
                if len > 6 {
                    c.s("\n\t  Rejected Packet");
                    unknown_data(c, b, 6, "\n\t    ", len - 2);
                }
            }
        }
        ECHO_REQ..=DISC_REQ => {
            if length >= 8 {
                magic(c, b, 4)?;
                if len > 8 {
                    c.s("\n\t  -----trailing data-----");
                    if b.len() < len {
                        return cut(c, name);
                    }
                    unknown_data(c, b, 8, "\n\t  ", len - 8);
                }
            }
        }
        ID => {
            if length >= 8 {
                magic(c, b, 4)?;
                if len > 8 {
                    c.s("\n\t  Message\n\t    ");
                    // tcpdump prints len - 4 bytes from the message on,
                    // four more than the message holds, stopping at the
                    // end of the capture.
                    let text = rest(b, 8);
                    for &ch in text.iter().take(len - 4) {
                        print_char(c, ch);
                    }
                    if text.len() < len - 4 {
                        return cut(c, name);
                    }
                }
            }
        }
        TIME_REM => {
            if length >= 12 {
                magic(c, b, 4)?;
                let secs = be32(b, 8)?;
                c.s_dec(", Seconds-Remaining ", secs);
                c.s("s");
            }
        }
        // Term-Request/Ack and Code-Reject carry data tcpdump does not
        // decode; the rest is dumped whole unless -vv dumped the start.
        TERM_REQ..=CODE_REJ => {}
        _ => {
            if c.o.verbose <= 1 {
                unknown_data(c, frame, from, "\n\t  ", length + 2);
            }
        }
    }
    Ok(())
}

/// handle_ctrl_proto's "[|NAME]" mark (after ", ", so without a space).
fn cut(c: &mut Ctx, name: &str) -> Res {
    c.s("[|");
    c.s(name);
    c.s("]");
    Ok(())
}

/// The options of a Configure-Request/Ack/Nak/Reject: `b` is the packet,
/// `len` its encoded length (which tcpdump gives each option printer as
/// the length available, whatever the earlier options took).
fn options(c: &mut Ctx, proto: u16, b: &[u8], len: usize) -> Res {
    let table = match proto {
        LCP => &LCP_OPTIONS,
        IPCP => &IPCP_OPTIONS,
        IPV6CP => &IP6CP_OPTIONS,
        CCP => &CCP_OPTIONS,
        BACP => &BACP_OPTIONS,
        _ => return Ok(()),
    };
    let mut left = len - 4;
    let mut at = 4;
    loop {
        let advance = option(c, table, rest(b, at), len)?;
        if advance == 0 {
            break;
        }
        if left < advance {
            c.invalid_length([" [remaining options length ", " < ", "]"], left, advance);
            break;
        }
        left -= advance;
        at += advance;
        if left == 0 {
            break;
        }
    }
    Ok(())
}

/// What an option's body printer asks of the walker after it.
pub(super) enum Then {
    /// Stop the option list with this advance (0 ends it).
    Return(usize),
    /// Go on: with -vv dump the option's data, from this many bytes
    /// further on than its start (IPCP's suboption walk moves it).
    Dump(usize),
    /// No decoder for the option: dump its data now unless -vv will.
    Unknown,
}

/// One protocol's option printer, as a table row.
pub(super) struct OptionTable {
    /// The option's name, or None for the protocol's unnamed form.
    pub(super) name: fn(u8) -> Option<&'static str>,
    /// The word for an option without a name; None for LCP, whose
    /// unnamed options print as "unknown LCP option 0xNN" and no more.
    pub(super) unnamed: Option<&'static str>,
    /// The explicit mark of a header cut by the capture.
    pub(super) cut: &'static str,
    pub(super) body: fn(&mut Ctx, u8, &[u8], usize) -> Res<Then>,
}

/// The walker every option printer shares (print_lcp_config_options and
/// its siblings): the type and length, the body, then the -vv dump.
/// Returns the option's length, or 0 to end the list.
fn option(c: &mut Ctx, t: &OptionTable, p: &[u8], length: usize) -> Res<usize> {
    if length < 2 {
        return Ok(0);
    }
    if p.len() < 2 {
        c.s(t.cut);
        return Ok(0);
    }
    let opt = p[0];
    let len = usize::from(p[1]);
    if length < len {
        return Ok(0);
    }
    let name = match ((t.name)(opt), t.unnamed) {
        (Some(n), _) => n,
        (None, Some(n)) => n,
        (None, None) => {
            c.s("\n\tunknown LCP option 0x");
            c.out.hex0(u64::from(opt), 2);
            return Ok(if len < 2 { 0 } else { len });
        }
    };
    c.s("\n\t  ");
    c.s(name);
    c.s(" Option (0x");
    c.out.hex0(u64::from(opt), 2);
    c.s_dec("), length ", len as u64);
    if len < 2 {
        c.s(" (length bogus, should be >= 2)");
        return Ok(0);
    }
    let shift = match (t.body)(c, opt, p, len)? {
        Then::Return(n) => return Ok(n),
        Then::Dump(shift) => shift,
        Then::Unknown => {
            if c.o.verbose < 2 {
                unknown_data(c, p, 2, "\n\t    ", len - 2);
            }
            0
        }
    };
    if c.o.verbose > 1 {
        unknown_data(c, p, shift + 2, "\n\t    ", len - 2);
    }
    Ok(len)
}

/// " (length bogus, should be OP N)" and the advance tcpdump then returns.
pub(super) fn bogus(c: &mut Ctx, op: &str, n: u64, advance: usize) -> Res<Then> {
    c.s(" (length bogus, should be ");
    c.s(op);
    c.s_dec(" ", n);
    c.s(")");
    Ok(Then::Return(advance))
}
