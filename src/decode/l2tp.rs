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
    c.s("(");
    c.dec(tunnel);
    c.s("/");
    p += 2;
    let session = be16(b, p)?;
    c.dec(session);
    c.s(")");
    p += 2;
    if flags & FLAG_SEQUENCE != 0 {
        let ns = be16(b, p)?;
        c.s("Ns=");
        c.dec(ns);
        c.s(",");
        p += 2;
        let nr = be16(b, p)?;
        c.s("Nr=");
        c.dec(nr);
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
            c.s(" Length ");
            c.dec(l2tp_len as u64);
            c.s(" larger than packet");
            return Ok(());
        }
        length = l2tp_len;
    }
    if length < p {
        c.s(" Length ");
        c.dec(length as u64);
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
                    c.s("AVP-#");
                    c.dec(attr);
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
                    c.s("MSGTYPE-#");
                    c.dec(t);
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
            c.s(".");
            c.dec(v[1]);
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
                    c.s("AuthType-#");
                    c.dec(t);
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
                    c.s("Direction-#");
                    c.dec(d);
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

#[cfg(test)]
mod tests {
    /// Control messages with every attribute kind tcpdump names (short,
    /// hidden, vendor and unknown ones too), ZLB, length complaints, cut
    /// headers and AVPs, data messages carrying PPP, L2F and other
    /// versions, and random headers (expected text from tcpdump 4.99.3 -n).
    #[test]
    fn l2tp() {
        super::super::tests::golden(
            super::super::tests::numeric(0),
            &[
            (
                "020000000002020000000001080045000091000100004011f657c0000201c000020206a506a5007dc176c8020075000000000000000080080000000000018008000000020100800a0000000300000003800a0000000400000003800e00000005000102030405060780080000000606808011000000076c61632e6578616d706c65800e0000000856656e646f722058800800000009001180080000000a0004",
                "IP 192.0.2.1.1701 > 192.0.2.2.1701:  l2tp:[TLS](0/0)Ns=0,Nr=0 *MSGTYPE(SCCRQ) *PROTO_VER(1.0) *FRAMING_CAP(AS) *BEARER_CAP(AD) *TIE_BREAKER(0001020304050607) *FIRM_VER(1664) *HOST_NAME(lac.example) *VENDOR_NAME(Vendor X) *ASSND_TUN_ID(17) *RECV_WIN_SIZE(4)",
            ),
            (
                "02000000000202000000000108004500005c000100004011f68cc0000201c000020206a506a50048b4eac80200400011000000010001800800000000000280160000000b000102030405060708090a0b0c0d0e0f80160000000d000102030405060708090a0b0c0d0e0f",
                "IP 192.0.2.1.1701 > 192.0.2.2.1701:  l2tp:[TLS](17/0)Ns=1,Nr=1 *MSGTYPE(SCCRP) *CHALLENGE(000102030405060708090a0b0c0d0e0f) *CHALLENGE_RESP(000102030405060708090a0b0c0d0e0f)",
            ),
            (
                "020000000002020000000001080045000045000100004011f6a3c0000201c000020206a506a50031c7e5c802002900110000000200028008000000000004800d00000001000100026279658008000000090005",
                "IP 192.0.2.1.1701 > 192.0.2.2.1701:  l2tp:[TLS](17/0)Ns=2,Nr=2 *MSGTYPE(StopCCN) *RESULT_CODE(1/2 bye) *ASSND_TUN_ID(5)",
            ),
            (
                "020000000002020000000001080045000030000100004011f6b8c0000201c000020206a506a5001c262cc802001400110000000300038008000000000006",
                "IP 192.0.2.1.1701 > 192.0.2.2.1701:  l2tp:[TLS](17/0)Ns=3,Nr=3 *MSGTYPE(HELLO)",
            ),
            (
                "020000000002020000000001080045000079000100004011f66fc0000201c000020206a506a50065dc84c802005d0011000900040004800800000000000a80080000000e0009800a0000000f00003039800a0000001200000001800d0000001535353531323334800d0000001635353536373839800900000017737562800a0000001900000007",
                "IP 192.0.2.1.1701 > 192.0.2.2.1701:  l2tp:[TLS](17/9)Ns=4,Nr=4 *MSGTYPE(ICRQ) *ASSND_SESS_ID(9) *CALL_SER_NUM(12345) *BEARER_TYPE(D) *CALLED_NUMBER(5551234) *CALLING_NUMBER(5556789) *SUB_ADDRESS(sub) *PHY_CHANNEL_ID(7)",
            ),
            (
                "020000000002020000000001080045000099000100004011f64fc0000201c000020206a506a5008597abc802007d0011000900050005800800000000000c800a000000180000fa00800a000000130000000180060000001480090000001a01020380070000001b0480070000001c0580080000001d000280090000001e626f6280080000001faabb8008000000201234800700000021cc800a000000260000dac0800600000027",
                "IP 192.0.2.1.1701 > 192.0.2.2.1701:  l2tp:[TLS](17/9)Ns=5,Nr=5 *MSGTYPE(ICCN) *TX_CONN_SPEED(64000) *FRAMING_TYPE(S) *PACKET_PROC_DELAY(obsolete) *INI_RECV_LCP(010203) *LAST_SENT_LCP(04) *LAST_RECV_LCP(05) *PROXY_AUTH_TYPE(CHAP) *PROXY_AUTH_NAME(bob) *PROXY_AUTH_CHAL(aabb) *PROXY_AUTH_ID(52) *PROXY_AUTH_RESP(cc) *RX_CONN_SPEED(56000) *SEQ_REQUIRED()",
            ),
            (
                "020000000002020000000001080045000050000100004011f698c0000201c000020206a506a5003c6ed6c80200340011000900060006800800000000000e8008000000010003800c0000000c0010016d7367800c0000002e0001c0210178",
                "IP 192.0.2.1.1701 > 192.0.2.2.1701:  l2tp:[TLS](17/9)Ns=6,Nr=6 *MSGTYPE(CDN) *RESULT_CODE(3) *Q931_CC(16, 01 msg) *PPP_DISCON_CC(0001, c021 at peer x)",
            ),
            (
                "020000000002020000000001080045000050000100004011f698c0000201c000020206a506a5003ca55ac80200340011000900070007800800000000000f8020000000220000000000010000000200000003000000040000000500000006",
                "IP 192.0.2.1.1701 > 192.0.2.2.1701:  l2tp:[TLS](17/9)Ns=7,Nr=7 *MSGTYPE(WEN) *CALL_ERRORS(CRCErr=1 FrameErr=2 HardOver=3 BufOver=4 Timeout=5 AlignErr=6 )",
            ),
            (
                "020000000002020000000001080045000040000100004011f6a8c0000201c000020206a506a5002ca5abc8020024001100090008000880080000000000108010000000230000ffffffff00000000",
                "IP 192.0.2.1.1701 > 192.0.2.2.1701:  l2tp:[TLS](17/9)Ns=8,Nr=8 *MSGTYPE(SLI) *ACCM(send=ffffffff recv=00000000 )",
            ),
            (
                "02000000000202000000000108004500008b000100004011f65dc0000201c000020206a506a500770dd7c802006f001100090009000980080000000000638008000000240102800900000025677270800a0000001000000001800a000000110000000280080000004d7a7a80070000000300c00900000007686964000800000005010280070000000100800900000001000100800600000000",
                "IP 192.0.2.1.1701 > 192.0.2.2.1701:  l2tp:[TLS](17/9)Ns=9,Nr=9 *MSGTYPE(MSGTYPE-#99) *RANDOM_VECTOR(0102) *PRIVATE_GRP_ID(grp) *MINIMUM_BPS(1) *MAXIMUM_BPS(2) *AVP-#77() *FRAMING_CAP(AVP too short) *?HOST_NAME(???) TIE_BREAKER(AVP too short) *RESULT_CODE(AVP too short) *RESULT_CODE(1 AVP too short) *MSGTYPE(AVP too short)",
            ),
            (
                "020000000002020000000001080045000038000100004011f6b0c0000201c000020206a506a50024a4b8c802001c00110009000a000a80080137000900018008000000000001",
                "IP 192.0.2.1.1701 > 192.0.2.2.1701:  l2tp:[TLS](17/9)Ns=10,Nr=10 *VENDOR0137:ATTR0009(0001) *MSGTYPE(SCCRQ)",
            ),
            (
                "020000000002020000000001080045000028000100004011f6c0c0000201c000020206a506a50014a639c802000c00110009000b000b",
                "IP 192.0.2.1.1701 > 192.0.2.2.1701:  l2tp:[TLS](17/9)Ns=11,Nr=11 ZLB",
            ),
            (
                "020000000002020000000001080045000030000100004011f6b8c0000201c000020206a506a5001c2562c80200c800110009000c000c8008000000000001",
                "IP 192.0.2.1.1701 > 192.0.2.2.1701:  l2tp:[TLS](17/9)Ns=12,Nr=12 Length 200 larger than packet",
            ),
            (
                "020000000002020000000001080045000030000100004011f6b8c0000201c000020206a506a5001c2624c802000600110009000c000c8008000000000001",
                "IP 192.0.2.1.1701 > 192.0.2.2.1701:  l2tp:[TLS](17/9)Ns=12,Nr=12 Length 6 smaller than header length",
            ),
            (
                "020000000002020000000001080045000034000100004011f6b4c0000201c000020206a506a50020a606c802001800110009000c000c800800000000000180030000",
                "IP 192.0.2.1.1701 > 192.0.2.2.1701:  l2tp:[TLS](17/9)Ns=12,Nr=12 *MSGTYPE(SCCRQ)  [|l2tp]",
            ),
            (
                "020000000002020000000001080045000036000100004011f6b2c0000201c000020206a506a50022a5c3c802001a00110009000c000c8008000000000001804000000000",
                "IP 192.0.2.1.1701 > 192.0.2.2.1701:  l2tp:[TLS](17/9)Ns=12,Nr=12 *MSGTYPE(SCCRQ)  [|l2tp]",
            ),
            (
                "020000000002020000000001080045000031000100004011f6b7c0000201c000020206a506a5001da612c802001500110009000c000c800800000000000180",
                "IP 192.0.2.1.1701 > 192.0.2.2.1701:  l2tp:[TLS](17/9)Ns=12,Nr=12 *MSGTYPE(SCCRQ)  [|l2tp]",
            ),
            (
                "020000000002020000000001080045000044000100004011f6a4c0000201c000020206a506a50030831d000200110009ff0300214500001e00010000401166cc0a0000010a00000200050006000a83636869",
                "IP 192.0.2.1.1701 > 192.0.2.2.1701:  l2tp:[](17/9) {IP 10.0.0.1.5 > 10.0.0.2.6: UDP, length 2}",
            ),
            (
                "02000000000202000000000108004500003c000100004011f6acc0000201c000020206a506a50028aa274002001e00110009ff03c0210101000478787878787878787878787878787878",
                "IP 192.0.2.1.1701 > 192.0.2.2.1701:  l2tp:[L](17/9) {LCP, Conf-Request (0x01), id 1, length 20}",
            ),
            (
                "020000000002020000000001080045000032000100004011f6b6c0000201c000020206a506a5001ed94b08020011000900030004ff03c0210901000861626364",
                "IP 192.0.2.1.1701 > 192.0.2.2.1701:  l2tp:[S](17/9)Ns=3,Nr=4 {LCP, Echo-Request (0x09), id 1, length 10}",
            ),
            (
                "020000000002020000000001080045000032000100004011f6b6c0000201c000020206a506a5001e64d602020011000900027a7aff03c0210901000861626364",
                "IP 192.0.2.1.1701 > 192.0.2.2.1701:  l2tp:[O](17/9) {LCP, Echo-Request (0x09), id 1, length 10}",
            ),
            (
                "02000000000202000000000108004500002e000100004011f6bac0000201c000020206a506a5001add5e0302001100090000c0210901000861626364",
                "IP 192.0.2.1.1701 > 192.0.2.2.1701:  l2tp:[OP](17/9) {LCP, Echo-Request (0x09), id 1, length 10}",
            ),
            (
                "020000000002020000000001080045000022000100004011f6c6c0000201c000020206a506a5000eee67800200110009",
                "IP 192.0.2.1.1701 > 192.0.2.2.1701:  l2tp:[T](17/9) No length",
            ),
            (
                "020000000002020000000001080045000024000100004011f6c4c0000201c000020206a506a5001044520001616263646566",
                "IP 192.0.2.1.1701 > 192.0.2.2.1701:  l2f:",
            ),
            (
                "020000000002020000000001080045000024000100004011f6c4c0000201c000020206a506a5001044500003616263646566",
                "IP 192.0.2.1.1701 > 192.0.2.2.1701:  Unknown Version, neither L2F(1) nor L2TP(2)",
            ),
            (
                "02000000000202000000000108004500001f000100004011f6c9c0000201c000020206a506a5000b2e88400200",
                "IP 192.0.2.1.1701 > 192.0.2.2.1701:  l2tp:[L] [|l2tp]",
            ),
            (
                "020000000002020000000001080045000020000100004011f6c8c0000201c000020206a506a5000c6e8500020001",
                "IP 192.0.2.1.1701 > 192.0.2.2.1701:  l2tp:[](1/ [|l2tp]",
            ),
            (
                "020000000002020000000001080045000026000100004011f6c2c0000201c000020206a506a50012f11d02020011000900c87a7a",
                "IP 192.0.2.1.1701 > 192.0.2.2.1701:  l2tp:[O](17/9) [|l2tp]",
            ),
            (
                "020000000002020000000001080045000028000100004011f6c0c0000201c000020206a506a50014a64dc802000c0011000900010001",
                "IP 192.0.2.1.1701 > 192.0.2.2.1701:  l2tp:[TLS](17/9)Ns=1,Nr=1 ZLB",
            ),
            (
                "020000000002020000000001080045000030000100004011f6b8c0000201c000020206a506a5001c262bc802001400110009000100018008000000000002",
                "IP 192.0.2.1.1701 > 192.0.2.2.1701:  l2tp:[TLS](17/9)Ns=1,Nr=1 *MSGTYPE(SCCRP)",
            ),
            (
                "020000000002020000000001080045000037000100004011f6b1c0000201c000020206a506a50023dc8e0002182530bb1d6d132cded6237b2ed91e3f721fcb1971174494d6",
                "IP 192.0.2.1.1701 > 192.0.2.2.1701:  l2tp:[](6181/12475) {unknown PPP protocol (0x001d) 
	0x0000:  6d13 2cde d623 7b2e d91e 3f72 1fcb 1971
	0x0010:  1744 94d6}",
            ),
            (
                "020000000002020000000001080045000042000100004011f6a6c0000201c000020206a506a5002eda4f40029d5c3460be31201e69fedaa0eee8b9997f5c7c2999fdafe593253cd654af4dfad71427a0",
                "IP 192.0.2.1.1701 > 192.0.2.2.1701:  l2tp:[L](13408/48689) Length 40284 larger than packet",
            ),
            (
                "020000000002020000000001080045000059000100004011f68fc0000201c000020206a506a5004563b68002003d0035004400010002801400000025232f8af2211f9ee491c5b10becb5800a000000127ecbc8fe0013000000088ed4b7c2764d2a5a4d767706f8",
                "IP 192.0.2.1.1701 > 192.0.2.2.1701:  l2tp:[T](61/53) No length",
            ),
            (
                "020000000002020000000001080045000088000100004011f660c0000201c000020206a506a5007499708002006f0000003d000100028019000000201be9c8cbccc935f6cd1f61226ae15338ae1a340019000000170d246ac04c81b1baf23e3bf9eef5f79f2b4934000b0000002c0b69b94b0d000e00000005bb55b672a872637a801500000021b60e0e8ff18463b0e4b2ba29703474",
                "IP 192.0.2.1.1701 > 192.0.2.2.1701:  l2tp:[T](111/0) No length",
            ),
            (
                "020000000002020000000001080045000053000100004011f695c0000201c000020206a506a5003f504640023dc666f45bdeaa2ccaedcd2b5157410e4dee4af2b34f430a073447de636c0e806c957ba684d6431fb5ead7424d09e15d024c5848f2",
                "IP 192.0.2.1.1701 > 192.0.2.2.1701:  l2tp:[L](26356/23518) Length 15814 larger than packet",
            ),
            (
                "020000000002020000000001080045000087000100004011f661c0000201c000020206a506a500736b82c802006b000b002300010002001600000021f7361d7f618d1532e70e20e2a6668de700160000000f8467e546d53ec8e2a1257bdb256c9b3e00110000002a498146ef7030cbf9537252000c0000001ab6a32fbb09ad00160000001597203975352b878b145c8a42d884cf4c",
                "IP 192.0.2.1.1701 > 192.0.2.2.1701:  l2tp:[TLS](11/35)Ns=1,Nr=2 PROXY_AUTH_RESP(f7361d7f618d1532e70e20e2a6668de7) CALL_SER_NUM(2221401414) AVP-#42() INI_RECV_LCP(b6a32fbb09ad) CALLED_NUMBER(M-^W 9u5+M-^GM-^K^T\\M-^JBM-XM-^DM-OL)",
            ),
            (
                "020000000002020000000001080045000039000100004011f6afc0000201c000020206a506a500256a0a00022589082d852a7122873ee805add58942167a385286195c679f9c69",
                "IP 192.0.2.1.1701 > 192.0.2.2.1701:  l2tp:[](9609/2093) {unknown PPP protocol (0x0085) 
	0x0000:  2a71 2287 3ee8 05ad d589 4216 7a38 5286
	0x0010:  195c 679f 9c69}",
            ),
            (
                "020000000002020000000001080045000075000100004011f673c0000201c000020206a506a500618864947500590050001d00010002800e0000000bb1098012070961f3801300000029fdc99d6e75af6547cfb11b420700070000000a2b8019000000127c9617eb5e5089e40186baa8a57d119e6fb65dc00c000000207f022e872d49",
                "IP 192.0.2.1.1701 > 192.0.2.2.1701:  Unknown Version, neither L2F(1) nor L2TP(2)",
            ),
            (
                "020000000002020000000001080045000048000100004011f6a0c0000201c000020206a506a5003472640002c7a6fd4c914a16db4708752b0f1544b835c0e719097dfa8701e9232f21f2812687786976ebfcc327f593",
                "IP 192.0.2.1.1701 > 192.0.2.2.1701:  l2tp:[](51110/64844) {unknown PPP protocol (0x0091) 
	0x0000:  4a16 db47 0875 2b0f 1544 b835 c0e7 1909
	0x0010:  7dfa 8701 e923 2f21 f281 2687 7869 76eb
	0x0020:  fcc3 27f5 93}",
            ),
            (
                "020000000002020000000001080045000022000100004011f6c6c0000201c000020206a506a5000e983d08024ba9829b",
                "IP 192.0.2.1.1701 > 192.0.2.2.1701:  l2tp:[S](19369/33435) [|l2tp]",
            ),
            (
                "020000000002020000000001080045000028000100004011f6c0c0000201c000020206a506a50014a5efc802000b0022005600010002",
                "IP 192.0.2.1.1701 > 192.0.2.2.1701:  l2tp:[TLS](34/86)Ns=1,Nr=2 Length 11 smaller than header length",
            ),
            (
                "020000000002020000000001080045000049000100004011f69fc0000201c000020206a506a500351c1e0802fa9492edeeee3c669f2bf20894ea27e689c66b6b262e4886b8438f39ba76fef8c90c5101fbe6cf9a48d5b0",
                "IP 192.0.2.1.1701 > 192.0.2.2.1701:  l2tp:[S](64148/37613)Ns=61166,Nr=15462 {unknown PPP protocol (0x009f) 
	0x0000:  2bf2 0894 ea27 e689 c66b 6b26 2e48 86b8
	0x0010:  438f 39ba 76fe f8c9 0c51 01fb e6cf 9a48
	0x0020:  d5b0}",
            ),
            (
                "020000000002020000000001080045000046000100004011f6a2c0000201c000020206a506a50032f9a5800200290003006100010002801000000000adcb3d64069481be21c9800e0000001b188f341a924c7f88",
                "IP 192.0.2.1.1701 > 192.0.2.2.1701:  l2tp:[T](41/3) No length",
            ),
            (
                "02000000000202000000000108004500004c000100004011f69cc0000201c000020206a506a50038c07008022919d2e64692f8194157f1d4af90988285cf7a9af7c93d5552266afe70e7aae6da47627c2e59af2ea37abc84670a",
                "IP 192.0.2.1.1701 > 192.0.2.2.1701:  l2tp:[S](10521/53990)Ns=18066,Nr=63513 {unknown PPP protocol (0x0041) 
	0x0000:  57f1 d4af 9098 8285 cf7a 9af7 c93d 5552
	0x0010:  266a fe70 e7aa e6da 4762 7c2e 59af 2ea3
	0x0020:  7abc 8467 0a}",
            ),
            (
                "020000000002020000000001080045000038000100004011f6b0c0000201c000020206a506a500241db502026bc08aad1fff8eb8406e2f8a7fc4cce4dd9f0b4110d9f2fa0025",
                "IP 192.0.2.1.1701 > 192.0.2.2.1701:  l2tp:[O](27584/35501) [|l2tp]",
            ),
            (
                "020000000002020000000001080045000035000100004011f6b3c0000201c000020206a506a50021f304c87500190010005000010002000d000900064f4d37ea2b1400",
                "IP 192.0.2.1.1701 > 192.0.2.2.1701:  Unknown Version, neither L2F(1) nor L2TP(2)",
            ),
            ],
        );
    }
}
