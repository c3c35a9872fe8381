//! L2TP (UDP 1701): the header flags, tunnel and session, and either the
//! control message's attribute-value pairs or the PPP frame it carries, as
//! tcpdump 4.99.3's print-l2tp.c prints them.

use super::ctx::codes;
use super::dispatch;
use super::out::Emit;
use super::{Ctx, Res, be16, be32, rest};

codes! {
    /// The header flags, each printed as its letter.
    FLAGS: u16 {
        FLAG_TYPE = 0x8000 => "T",
        FLAG_LENGTH = 0x4000 => "L",
        FLAG_SEQUENCE = 0x0800 => "S",
        FLAG_OFFSET = 0x0200 => "O",
        _ = 0x0100 => "P",
    }
}

/// l2tp_print.
pub(crate) fn l2tp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "l2tp";
    let flags = be16(b, 0)?;
    match flags & 0x000f {
        2 => c.s(" l2tp:"),
        1 => {
            c.s(" l2f:");
            return Ok(());
        }
        _ => {
            c.s(" Unknown Version, neither L2F(1) nor L2TP(2)");
            return Ok(());
        }
    }
    c.s("[");
    for &(bit, letter) in FLAGS {
        if u32::from(flags) & bit != 0 {
            c.s(letter);
        }
    }
    c.s("]");
    let mut p = 2;
    let l2tp_len = if flags & FLAG_LENGTH != 0 {
        p += 2;
        usize::from(be16(b, 2)?)
    } else {
        0
    };
    let tunnel = be16(b, p)?;
    c.s_dec("(", tunnel);
    c.s("/");
    p += 2;
    let session = be16(b, p)?;
    c.dec(session);
    c.s(")");
    p += 2;
    if flags & FLAG_SEQUENCE != 0 {
        let ns = be16(b, p)?;
        c.s_dec("Ns=", ns);
        c.s(",");
        p += 2;
        let nr = be16(b, p)?;
        c.s_dec("Nr=", nr);
        p += 2;
    }
    if flags & FLAG_OFFSET != 0 {
        let pad = usize::from(be16(b, p)?);
        p += 2 + pad;
        if b.len() < p {
            // ND_TCHECK_LEN: an explicit mark, not a cut.
            c.trunc();
            return Ok(());
        }
    }
    let mut length = length;
    if flags & FLAG_LENGTH != 0 {
        if length < l2tp_len {
            c.s_dec(" Length ", l2tp_len as u64);
            c.s(" larger than packet");
            return Ok(());
        }
        length = l2tp_len;
    }
    if length < p {
        c.s_dec(" Length ", length as u64);
        c.s(" smaller than header length");
        return Ok(());
    }
    if flags & FLAG_TYPE != 0 {
        if flags & FLAG_LENGTH == 0 {
            c.s(" No length");
        } else if length == p {
            c.s(" ZLB");
        } else {
            avps(c, rest(b, p), length.saturating_sub(p))?;
        }
    } else {
        c.s(" {");
        dispatch::ppp(c, rest(b, p), length.saturating_sub(p))?;
        c.s("}");
    }
    Ok(())
}

const MSG_TYPES: [&str; 17] = [
    "", "SCCRQ", "SCCRP", "SCCCN", "StopCCN", "", "HELLO", "OCRQ", "OCRP", "OCCN", "ICRQ", "ICRP",
    "ICCN", "", "CDN", "WEN", "SLI",
];

const AVP_NAMES: [&str; 40] = [
    "MSGTYPE",
    "RESULT_CODE",
    "PROTO_VER",
    "FRAMING_CAP",
    "BEARER_CAP",
    "TIE_BREAKER",
    "FIRM_VER",
    "HOST_NAME",
    "VENDOR_NAME",
    "ASSND_TUN_ID",
    "RECV_WIN_SIZE",
    "CHALLENGE",
    "Q931_CC",
    "CHALLENGE_RESP",
    "ASSND_SESS_ID",
    "CALL_SER_NUM",
    "MINIMUM_BPS",
    "MAXIMUM_BPS",
    "BEARER_TYPE",
    "FRAMING_TYPE",
    "PACKET_PROC_DELAY",
    "CALLED_NUMBER",
    "CALLING_NUMBER",
    "SUB_ADDRESS",
    "TX_CONN_SPEED",
    "PHY_CHANNEL_ID",
    "INI_RECV_LCP",
    "LAST_SENT_LCP",
    "LAST_RECV_LCP",
    "PROXY_AUTH_TYPE",
    "PROXY_AUTH_NAME",
    "PROXY_AUTH_CHAL",
    "PROXY_AUTH_ID",
    "PROXY_AUTH_RESP",
    "CALL_ERRORS",
    "ACCM",
    "RANDOM_VECTOR",
    "PRIVATE_GRP_ID",
    "RX_CONN_SPEED",
    "SEQ_REQUIRED",
];

fn too_short(c: &mut Ctx) {
    c.s("AVP too short");
}

/// Whether an AVP value of `n` bytes holds the `min` its type needs; when
/// not, says so.
fn long_enough(c: &mut Ctx, n: usize, min: usize) -> bool {
    if n < min {
        too_short(c);
        return false;
    }
    true
}

fn octets(c: &mut Ctx, v: &[u8]) {
    for &x in v {
        c.out.hex0(u64::from(x), 2);
    }
}

fn string(c: &mut Ctx, v: &[u8]) {
    for &x in v {
        super::print_char(c, x);
    }
}

/// Two flag letters from a 32-bit capability/type word: `hi` for bit 1,
/// `lo` for bit 0.
fn two_bits(c: &mut Ctx, v: &[u8], hi: &str, lo: &str) -> Res {
    if v.len() < 4 {
        too_short(c);
        return Ok(());
    }
    let w = be32(v, 0)?;
    if w & 2 != 0 {
        c.s(hi);
    }
    if w & 1 != 0 {
        c.s(lo);
    }
    Ok(())
}

/// l2tp_avp_print: one attribute after another; a header that does not
/// fit ends the list with a truncation mark.
fn avps(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    let mut b = b;
    let mut length = length;
    while length > 0 {
        c.s(" ");
        let word = be16(b, 0)?;
        let len = usize::from(word & 0x03ff);
        if len < 6 || len > length || b.len() < len {
            c.trunc();
            return Ok(());
        }
        if word & 0x8000 != 0 {
            c.s("*");
        }
        let hidden = word & 0x4000 != 0;
        if hidden {
            c.s("?");
        }
        let vendor = be16(b, 2)?;
        let attr = be16(b, 4)?;
        let v = &b[6..len];
        if vendor != 0 {
            c.s("VENDOR");
            c.out.hex0(u64::from(vendor), 4);
            c.s(":ATTR");
            c.out.hex0(u64::from(attr), 4);
            c.s("(");
            octets(c, v);
            c.s(")");
        } else {
            match AVP_NAMES.get(usize::from(attr)) {
                Some(n) => c.s(n),
                None if attr == 46 => c.s("PPP_DISCON_CC"),
                None => {
                    c.s_dec("AVP-#", attr);
                }
            }
            c.s("(");
            if hidden {
                c.s("???");
            } else {
                value(c, attr, v)?;
            }
            c.s(")");
        }
        b = rest(b, len);
        length = length.saturating_sub(len);
    }
    Ok(())
}

fn value(c: &mut Ctx, attr: u16, v: &[u8]) -> Res {
    let n = v.len();
    match attr {
        0 => {
            if !long_enough(c, n, 2) {
                return Ok(());
            }
            let t = be16(v, 0)?;
            match MSG_TYPES.get(usize::from(t)).filter(|s| !s.is_empty()) {
                Some(s) => c.s(s),
                None => {
                    c.s_dec("MSGTYPE-#", t);
                }
            }
        }
        1 => {
            if !long_enough(c, n, 2) {
                return Ok(());
            }
            c.dec(be16(v, 0)?);
            if n == 2 {
                return Ok(());
            }
            if n < 4 {
                c.s(" ");
                too_short(c);
                return Ok(());
            }
            c.s("/");
            c.dec(be16(v, 2)?);
            if n > 4 {
                c.s(" ");
                string(c, &v[4..]);
            }
        }
        2 => {
            if !long_enough(c, n, 2) {
                return Ok(());
            }
            c.dec(v[0]);
            c.s_dec(".", v[1]);
        }
        3 | 19 => two_bits(c, v, "A", "S")?,
        4 | 18 => two_bits(c, v, "A", "D")?,
        5 => {
            if !long_enough(c, n, 8) {
                return Ok(());
            }
            octets(c, &v[..8]);
        }
        6 | 9 | 10 | 14 => {
            if !long_enough(c, n, 2) {
                return Ok(());
            }
            c.dec(be16(v, 0)?);
        }
        7 | 8 | 21 | 22 | 23 | 30 | 37 => string(c, v),
        11 | 26 | 27 | 28 | 31 | 33 | 36 => octets(c, v),
        12 => {
            if !long_enough(c, n, 3) {
                return Ok(());
            }
            c.dec(be16(v, 0)?);
            c.s(", ");
            c.out.hex0(u64::from(v[2]), 2);
            if n > 3 {
                c.s(" ");
                string(c, &v[3..]);
            }
        }
        13 => {
            if !long_enough(c, n, 16) {
                return Ok(());
            }
            octets(c, &v[..16]);
        }
        15 | 16 | 17 | 24 | 25 | 38 => {
            if !long_enough(c, n, 4) {
                return Ok(());
            }
            c.dec(be32(v, 0)?);
        }
        20 => c.s("obsolete"),
        29 => {
            if !long_enough(c, n, 2) {
                return Ok(());
            }
            let t = be16(v, 0)?;
            match t {
                0 => c.s("Reserved"),
                1 => c.s("Textual"),
                2 => c.s("CHAP"),
                3 => c.s("PAP"),
                4 => c.s("No Auth"),
                5 => c.s("MS-CHAPv1"),
                _ => {
                    c.s_dec("AuthType-#", t);
                }
            }
        }
        32 => {
            if !long_enough(c, n, 2) {
                return Ok(());
            }
            c.dec(be16(v, 0)? & 0xff);
        }
        34 => {
            // Reserved, then six 32-bit counters.
            let names = [
                "CRCErr", "FrameErr", "HardOver", "BufOver", "Timeout", "AlignErr",
            ];
            counters(c, v, &names, false)?;
        }
        35 => counters(c, v, &["send", "recv"], true)?,
        46 => {
            if !long_enough(c, n, 5) {
                return Ok(());
            }
            c.out.hex0(u64::from(be16(v, 0)?), 4);
            c.s(", ");
            c.out.hex0(u64::from(be16(v, 2)?), 4);
            c.s(" ");
            match v[4] {
                0 => c.s("global error"),
                1 => c.s("at peer"),
                2 => c.s("at local"),
                d => {
                    c.s_dec("Direction-#", d);
                }
            }
            if n > 5 {
                c.s(" ");
                string(c, &v[5..]);
            }
        }
        _ => {}
    }
    Ok(())
}

/// Call errors and ACCM: a reserved 16-bit word, then 32-bit values each
/// followed by a space; "AVP too short" where the value runs out.
fn counters(c: &mut Ctx, v: &[u8], names: &[&str], hex: bool) -> Res {
    if v.len() < 2 {
        too_short(c);
        return Ok(());
    }
    let mut p = 2;
    for name in names {
        if v.len() - p < 4 {
            too_short(c);
            return Ok(());
        }
        let x = be32(v, p)?;
        p += 4;
        c.s(name);
        c.s("=");
        if hex {
            c.out.hex0(u64::from(x), 8);
        } else {
            c.dec(x);
        }
        c.s(" ");
    }
    Ok(())
}
