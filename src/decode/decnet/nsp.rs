//! NSP, DECnet's end-to-end layer (print_nsp): data, interrupt and link
//! service segments with their acknowledgement numbers, the two kinds of
//! acknowledgement, connect, confirm and disconnect messages. Link
//! addresses are printed "src>dst", little-endian as everything here.

use super::super::ctx::{Ctx, Res, le16, tcheck, u8at};
use super::super::out::Emit;
use super::short_of;

/// The header every NSP message starts with: flags, dst and src links.
const HDR_LEN: usize = 5;
/// A data segment header with all three sequence words.
const SEG_LEN: usize = 11;
/// A segment header and a link service message's flags and count.
const LS_LEN: usize = SEG_LEN + 2;
const ACK_LEN: usize = 9;
const CI_LEN: usize = 9;
const CC_LEN: usize = 10;
const DI_LEN: usize = 8;

// Message type (flags under 014) and subtype (under 0160).
const TYPE_MASK: u8 = 0o14;
const SUB_MASK: u8 = 0o160;
const MFT_DATA: u8 = 0;
const MFT_ACK: u8 = 0o4;
const MFT_CTL: u8 = 0o10;

// Sequence word bits: an acknum is present, it is a NAK, it is for the
// other channel (tested as tcpdump does, by any of its bits), and the
// sequence number itself.
const SGQ_ACK: u16 = 0o100000;
const SGQ_NAK: u16 = 0o110000;
const SGQ_OACK: u16 = 0o120000;
const SGQ_ONAK: u16 = 0o130000;
const SGQ_MASK: u16 = 0o7777;

/// How the acknowledgement for the other channel is named: the data
/// channel's from an interrupt or link service message, else the other
/// (interrupt) channel's.
const ACKDAT: [&str; 2] = ["nakdat ", "ackdat "];
const ACKOTH: [&str; 2] = ["onak ", "oack "];

/// print_nsp; Ok(false) where tcpdump goes on to " (invalid)".
pub(super) fn nsp(c: &mut Ctx, b: &[u8], nsplen: usize) -> Res<bool> {
    if nsplen < HDR_LEN {
        short_of(c, "nsplen", nsplen, HDR_LEN);
        return Ok(false);
    }
    let flags = u8at(b, 0)?;
    let dst = le16(b, 1)?;
    let src = le16(b, 3)?;
    let sub = flags & SUB_MASK;
    let valid = match (flags & TYPE_MASK, sub) {
        (MFT_DATA, 0o0 | 0o40 | 0o100 | 0o140) => {
            links(c, "data ", src, dst);
            seq_words(c, b, nsplen, ACKOTH, true)?
        }
        (MFT_DATA, 0o60) => {
            c.s("intr ");
            seq_words(c, b, nsplen, ACKDAT, true)?
        }
        (MFT_DATA, 0o20) => {
            links(c, "link-service ", src, dst);
            nsplen >= LS_LEN && {
                seq_words(c, b, nsplen, ACKDAT, true)?;
                link_service(c, u8at(b, SEG_LEN)?, u8at(b, SEG_LEN + 1)?);
                true
            }
        }
        (MFT_DATA, _) => reserved(c, "reserved-subtype? ", flags, src, dst),
        (MFT_ACK, 0o0 | 0o20) => {
            let (name, other) = if sub == 0 {
                ("data-ack ", ACKOTH)
            } else {
                ("ils-ack ", ACKDAT)
            };
            links(c, name, src, dst);
            nsplen >= ACK_LEN && {
                tcheck(b, 0, ACK_LEN)?;
                seq_words(c, b, nsplen, other, false)?
            }
        }
        (MFT_ACK, 0o40) => {
            c.s_dec("conn-ack ", dst);
            true
        }
        (MFT_ACK, _) => reserved(c, "reserved-acktype? ", flags, src, dst),
        (MFT_CTL, 0o20 | 0o140) => {
            let name = if sub == 0o20 {
                "conn-initiate "
            } else {
                "retrans-conn-initiate "
            };
            links(c, name, src, dst);
            nsplen >= CI_LEN && {
                connect(c, b)?;
                true
            }
        }
        (MFT_CTL, 0o40) => {
            links(c, "conn-confirm ", src, dst);
            nsplen >= CC_LEN && {
                let optlen = u8at(b, 9)?;
                connect(c, b)?;
                opt_len(c, optlen);
                true
            }
        }
        (MFT_CTL, 0o60) => {
            links(c, "disconn-initiate ", src, dst);
            nsplen >= DI_LEN && {
                let (reason, optlen) = (le16(b, 5)?, u8at(b, 7)?);
                reason_print(c, reason);
                opt_len(c, optlen);
                true
            }
        }
        (MFT_CTL, 0o100) => {
            links(c, "disconn-confirm ", src, dst);
            reason_print(c, le16(b, 5)?);
            true
        }
        (MFT_CTL, _) => reserved(c, "reserved-ctltype? ", flags, src, dst),
        _ => reserved(c, "reserved-type? ", flags, src, dst),
    };
    Ok(valid)
}

/// "NAME src>dst ".
fn links(c: &mut Ctx, name: &str, src: u16, dst: u16) {
    c.s(name);
    c.dec(src);
    c.s_dec(">", dst);
    c.s(" ");
}

/// "NAME flags-in-hex src > dst" for a type tcpdump does not know.
fn reserved(c: &mut Ctx, name: &str, flags: u8, src: u16, dst: u16) -> bool {
    c.s(name);
    c.out.hex(u64::from(flags));
    c.s_dec(" ", src);
    c.s_dec(" > ", dst);
    true
}

/// The sequence words from offset 5: an acknum when its top bit is set,
/// then an acknowledgement for the other channel when that one's bits are,
/// and (`seg`) the segment number in the word after them. Each word must
/// lie within `nsplen`, else Ok(false) (tcpdump's invalid).
fn seq_words(c: &mut Ctx, b: &[u8], nsplen: usize, other: [&str; 2], seg: bool) -> Res<bool> {
    let word = |off: usize| -> Res<Option<u16>> {
        if nsplen < off + 2 {
            return Ok(None);
        }
        le16(b, off).map(Some)
    };
    let Some(mut v) = word(5)? else {
        return Ok(false);
    };
    if v & SGQ_ACK != 0 {
        ack(c, v, SGQ_NAK, ["nak ", "ack "]);
        let Some(next) = word(7)? else {
            return Ok(false);
        };
        v = next;
        if v & SGQ_OACK != 0 {
            ack(c, v, SGQ_ONAK, other);
            if !seg {
                return Ok(true);
            }
            let Some(next) = word(9)? else {
                return Ok(false);
            };
            v = next;
        }
    }
    if seg {
        c.s_dec("seg ", v & SGQ_MASK);
        c.s(" ");
    }
    Ok(true)
}

/// "nak N " or "ack N " (in the names of `names`), by the NAK bits.
fn ack(c: &mut Ctx, v: u16, nak: u16, names: [&str; 2]) {
    c.s(if v & nak == nak { names[0] } else { names[1] });
    c.dec(v & SGQ_MASK);
    c.s(" ");
}

/// A link service message's flow control: what the count counts and
/// what the sender asks for.
fn link_service(c: &mut Ctx, lsflags: u8, fcval: u8) {
    match lsflags & 0o14 {
        0 => {
            c.s_dec("dat seg count ", fcval);
            c.s(" ");
            match lsflags & 3 {
                0 => {}
                1 => c.s("donotsend-data "),
                2 => c.s("send-data "),
                _ => {
                    c.s("reserved-fcmod? ");
                    c.out.hex(u64::from(lsflags));
                }
            }
        }
        0o4 => {
            c.s_dec("intr req count ", fcval);
            c.s(" ");
        }
        _ => {
            c.s("reserved-fcval-int? ");
            c.out.hex(u64::from(lsflags));
        }
    }
}

/// A connect initiate or confirm's services, NSP version and segment size.
fn connect(c: &mut Ctx, b: &[u8]) -> Res {
    let (services, info, segsize) = (u8at(b, 5)?, u8at(b, 6)?, le16(b, 7)?);
    match services & 0o14 {
        0o4 => c.s("seg "),
        0o10 => c.s("msg "),
        _ => {}
    }
    c.s(match info & 3 {
        0 => "ver 3.2 ",
        1 => "ver 3.1 ",
        2 => "ver 4.0 ",
        _ => "ver 4.1 ",
    });
    c.s_dec("segsize ", segsize);
    c.s(" ");
    Ok(())
}

fn opt_len(c: &mut Ctx, optlen: u8) {
    if optlen != 0 {
        c.s_dec("optlen ", optlen);
        c.s(" ");
    }
}

const REASONS: &[(u32, &str)] = &[
    (0, "object rejected connect"),
    (1, "insufficient resources"),
    (2, "unrecognized node name"),
    (3, "node is shutting down"),
    (4, "unrecognized object"),
    (5, "invalid object name format"),
    (6, "object too busy"),
    (7, "protocol error discovered"),
    (8, "third party abort"),
    (9, "user abort"),
    (10, "invalid node name format"),
    (11, "local node shutting down"),
    (32, "insufficient local resources"),
    (33, "insufficient remote user resources"),
    (34, "invalid access control information"),
    (36, "bad ACCOUNT information"),
    (38, "no response from object"),
    (39, "node unreachable"),
    (41, "no link terminate"),
    (42, "disconnect complete"),
    (43, "bad image data in connect"),
    (54, "cryptographic service mismatch"),
];

/// print_reason: a disconnect reason's name, or "reason-N".
fn reason_print(c: &mut Ctx, reason: u16) {
    c.tok_or(REASONS, u32::from(reason), "reason-", "");
    c.s(" ");
}
