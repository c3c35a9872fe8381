//! Babel (print-babel.c: RFC 6126, rfc6126bis, RFC 7298 and the HMAC
//! draft, RFC 7557 sub-TLVs, the source-specific drafts): the header, then
//! each TLV of the body and of the trailer as a word, or with -v on a line
//! of its own.

mod prefix;
mod subtlv;

use super::ctx::{Ctx, Res, Trunc, be16, be32, bytes, rest, tcheck, u8at};
use super::out::Emit;
use prefix::{V4_MAPPED, address, network_address, network_prefix, shown_plen};

// TLV types.
const PAD1: u8 = 0;
const PADN: u8 = 1;
const ACK_REQ: u8 = 2;
const ACK: u8 = 3;
const HELLO: u8 = 4;
const IHU: u8 = 5;
const ROUTER_ID: u8 = 6;
const NH: u8 = 7;
const UPDATE: u8 = 8;
const ROUTE_REQUEST: u8 = 9;
const SEQNO_REQUEST: u8 = 10;
const TSPC: u8 = 11;
const HMAC: u8 = 12;
const UPDATE_SRC_SPECIFIC: u8 = 13;
const REQUEST_SRC_SPECIFIC: u8 = 14;
const MH_REQUEST_SRC_SPECIFIC: u8 = 15;
const MAC: u8 = 16;
const PC: u8 = 17;
const CHALLENGE_REQUEST: u8 = 18;
const CHALLENGE_REPLY: u8 = 19;

/// The word each TLV type is without -v, by type.
const TERSE: [&str; 20] = [
    " pad1",
    " padN",
    " ack-req",
    " ack",
    " hello",
    " ihu",
    " router-id",
    " nh",
    " update",
    " route-request",
    " seqno-request",
    " tspc",
    " hmac",
    " ss-update",
    " ss-request",
    " ss-mh-request",
    " mac",
    " pc",
    " challenge_request",
    " challenge_reply",
];

/// The Hello flag of a unicast hello.
const UNICAST: u16 = 0x8000;

/// Why the TLVs stopped: the capture ended, or a TLV broke its format.
enum Stop {
    Trunc,
    Invalid,
}

impl From<Trunc> for Stop {
    fn from(_: Trunc) -> Self {
        Stop::Trunc
    }
}

type Tlv<T = ()> = Result<T, Stop>;

/// babel_print: the magic and version, then a version 2 packet.
pub(crate) fn babel(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "babel";
    c.s("babel");
    tcheck(b, 0, 4)?;
    if b[0] != 42 {
        c.s(" invalid header");
        return Ok(());
    }
    c.s_dec(" ", b[1]);
    if b[1] != 2 {
        c.s(" unknown version");
        return Ok(());
    }
    match v2(c, b, length) {
        Ok(()) => Ok(()),
        Err(Stop::Trunc) => Err(Trunc),
        Err(Stop::Invalid) => {
            c.invalid();
            Ok(())
        }
    }
}

/// babel_print_v2: the body's length, its TLVs, and those of a trailer
/// (the bytes past the body: MAC and PC TLVs of rfc6126bis).
fn v2(c: &mut Ctx, b: &[u8], length: usize) -> Tlv {
    if length < 4 {
        return Err(Stop::Invalid);
    }
    let body = usize::from(be16(b, 2)?);
    c.s_dec(" (", body as u64);
    c.s(")");
    let length = length - 4;
    if length < body {
        return Err(Stop::Invalid);
    }
    tlvs(c, rest(b, 4), body, length)?;
    let trailer = length - body;
    if trailer != 0 {
        c.s(if c.o.verbose > 0 { "\n\t----" } else { " |" });
        tlvs(c, rest(b, 4 + body), trailer, trailer)?;
    }
    Ok(())
}

/// The prefixes an Update with the default-prefix flag leaves for the
/// next ones to omit bytes of, by family; they last for one run of TLVs.
struct Defaults {
    v4: [u8; 16],
    v6: [u8; 16],
}

/// babel_print_v2_tlvs: `tlvs_length` bytes of TLVs from `b`, of which
/// the datagram holds `remaining`.
fn tlvs(c: &mut Ctx, b: &[u8], tlvs_length: usize, remaining: usize) -> Tlv {
    let verbose = c.o.verbose > 0;
    let mut defaults = Defaults {
        v4: V4_MAPPED,
        v6: [0; 16],
    };
    // ICHECK: a TLV must end within both the run and the datagram.
    let icheck = |end: usize| {
        if end > tlvs_length || end > remaining {
            Err(Stop::Invalid)
        } else {
            Ok(())
        }
    };
    let mut i = 0;
    while i < tlvs_length {
        icheck(i + 1)?;
        let typ = u8at(b, i)?;
        if typ == PAD1 {
            c.s(if verbose { "\n\tPad 1" } else { " pad1" });
            i += 1;
            continue;
        }
        icheck(i + 2)?;
        tcheck(b, i, 2)?;
        let len = usize::from(b[i + 1]);
        icheck(i + 2 + len)?;
        let m = bytes(b, i, 2 + len)?;
        if verbose {
            tlv(c, typ, m, &mut defaults)?;
        } else {
            terse(c, typ, m)?;
        }
        i += len + 2;
    }
    Ok(())
}

/// A TLV without -v: its word (an Update's flags too).
fn terse(c: &mut Ctx, typ: u8, m: &[u8]) -> Tlv {
    c.s(TERSE.get(usize::from(typ)).copied().unwrap_or(" unknown"));
    if typ == UPDATE {
        if m.len() < 12 {
            return Err(Stop::Invalid);
        }
        update_flags(c, m[3]);
    }
    Ok(())
}

/// "/prefix", "/id" and "/unknown" for an Update's flag bits.
fn update_flags(c: &mut Ctx, flags: u8) {
    if flags & 0x80 != 0 {
        c.s("/prefix");
    }
    if flags & 0x40 != 0 {
        c.s("/id");
    }
    if flags & 0x3f != 0 {
        c.s("/unknown");
    }
}

/// Invalid unless the TLV's length byte is at least `min`.
fn at_least(m: &[u8], min: usize) -> Tlv {
    if m.len() < 2 + min {
        return Err(Stop::Invalid);
    }
    Ok(())
}

/// A TLV with -v: its line.
fn tlv(c: &mut Ctx, typ: u8, m: &[u8], defaults: &mut Defaults) -> Tlv {
    let len = m.len() - 2;
    match typ {
        PADN => {
            c.s_dec("\n\tPad ", m.len() as u64);
        }
        ACK_REQ => {
            c.s("\n\tAcknowledgment Request ");
            at_least(m, 6)?;
            c.out.hex0(u64::from(be16(m, 4)?), 4);
            c.s(" ");
            interval(c, be16(m, 6)?);
        }
        ACK => {
            c.s("\n\tAcknowledgment ");
            at_least(m, 2)?;
            c.out.hex0(u64::from(be16(m, 2)?), 4);
        }
        HELLO => hello(c, m)?,
        IHU => ihu(c, m)?,
        ROUTER_ID => {
            c.s("\n\tRouter Id");
            at_least(m, 10)?;
            c.s(" ");
            c.out.mac(bytes(m, 4, 8)?);
        }
        NH => {
            c.s("\n\tNext Hop");
            at_least(m, 2)?;
            let ae = m[2];
            let (nh, _) = network_address(ae, rest(m, 4)).ok_or(Stop::Invalid)?;
            c.s(" ");
            if ae == 0 {
                c.s("invalid AE 0");
            } else {
                address(c, &nh);
            }
        }
        UPDATE => update(c, m, defaults)?,
        ROUTE_REQUEST => {
            c.s("\n\tRoute Request ");
            at_least(m, 2)?;
            let (ae, plen) = (m[2], m[3]);
            let (p, _) =
                network_prefix(ae, Some(plen), 0, rest(m, 4), None).ok_or(Stop::Invalid)?;
            c.s("for ");
            prefix_or(c, ae, &p, plen, "any");
        }
        SEQNO_REQUEST => {
            c.s("\n\tSeqno Request ");
            at_least(m, 14)?;
            let (ae, plen) = (m[2], m[3]);
            let seqno = be16(m, 4)?;
            let (p, _) =
                network_prefix(ae, Some(plen), 0, rest(m, 16), None).ok_or(Stop::Invalid)?;
            c.s_dec("(", m[6]);
            c.s(" hops) for ");
            prefix_or(c, ae, &p, plen, "invalid AE 0");
            seqno_id(c, seqno, &m[8..16]);
        }
        TSPC => {
            c.s("\n\tTS/PC ");
            at_least(m, 6)?;
            c.s("timestamp ");
            c.dec(be32(m, 4)?);
            c.s(" packetcounter ");
            c.dec(be16(m, 2)?);
        }
        HMAC => {
            c.s("\n\tHMAC ");
            at_least(m, 18)?;
            c.s("key-id ");
            c.dec(be16(m, 2)?);
            c.s_dec(" digest-", (len - 2) as u64);
            c.s(" ");
            for &x in &m[4..] {
                c.out.ch(b"0123456789ABCDEF"[usize::from(x >> 4)]);
                c.out.ch(b"0123456789ABCDEF"[usize::from(x & 0xf)]);
            }
        }
        UPDATE_SRC_SPECIFIC => ss_update(c, m, defaults)?,
        REQUEST_SRC_SPECIFIC => {
            c.s("\n\tSS-Request ");
            at_least(m, 3)?;
            let ae = m[2];
            let (p, src) = dst_src(ae, (m[3], m[4]), m, 3)?;
            if ae == 0 {
                c.s("for any");
            } else {
                c.s("for (");
                pair(c, ae, &p, &src);
                c.s(")");
            }
        }
        MH_REQUEST_SRC_SPECIFIC => {
            c.s("\n\tSS-MH-Request ");
            at_least(m, 14)?;
            let ae = m[2];
            let seqno = be16(m, 4)?;
            let (p, src) = dst_src(ae, (m[3], m[7]), m, 14)?;
            c.s_dec("(", m[6]);
            c.s(" hops) for (");
            pair(c, ae, &p, &src);
            c.s(")");
            seqno_id(c, seqno, &m[8..16]);
        }
        MAC => {
            c.s_dec("\n\tMAC len ", len as u64);
        }
        PC => {
            c.s("\n\tPC");
            at_least(m, 4)?;
            c.s(" value ");
            c.dec(be32(m, 2)?);
            c.s_dec(" index len ", (len - 4) as u64);
        }
        CHALLENGE_REQUEST | CHALLENGE_REPLY => {
            c.s(if typ == CHALLENGE_REQUEST {
                "\n\tChallenge Request"
            } else {
                "\n\tChallenge Reply"
            });
            if len > 192 {
                return Err(Stop::Invalid);
            }
            c.s_dec(" len ", len as u64);
        }
        _ => {
            c.s_dec("\n\tUnknown message type ", typ);
        }
    }
    Ok(())
}

fn hello(c: &mut Ctx, m: &[u8]) -> Tlv {
    c.s("\n\tHello ");
    at_least(m, 6)?;
    let unicast = be16(m, 2)? & UNICAST != 0;
    let (seqno, every) = (be16(m, 4)?, be16(m, 6)?);
    if unicast {
        c.s("(Unicast) ");
    }
    c.s_dec("seqno ", seqno);
    c.s(" ");
    if every != 0 {
        c.s("interval ");
        interval(c, every);
    } else {
        c.s("unscheduled");
    }
    if m.len() > 8 {
        subtlv::subtlvs(c, rest(m, 8), HELLO);
    }
    Ok(())
}

/// An IHU whose address does not decode is marked truncated and the TLVs
/// go on, as tcpdump does.
fn ihu(c: &mut Ctx, m: &[u8]) -> Tlv {
    c.s("\n\tIHU ");
    at_least(m, 6)?;
    let (rxcost, every, ae) = (be16(m, 4)?, be16(m, 6)?, m[2]);
    let Some((a, used)) = network_address(ae, rest(m, 8)) else {
        c.trunc();
        return Ok(());
    };
    if ae == 0 {
        c.s("any");
    } else {
        address(c, &a);
    }
    c.s_dec(" rxcost ", rxcost);
    c.s(" interval ");
    interval(c, every);
    if 8 + used < m.len() {
        subtlv::subtlvs(c, rest(m, 8 + used), IHU);
    }
    Ok(())
}

fn update(c: &mut Ctx, m: &[u8], defaults: &mut Defaults) -> Tlv {
    c.s("\n\tUpdate");
    at_least(m, 10)?;
    let (ae, flags, plen, omitted) = (m[2], m[3], m[4], m[5]);
    let dp = if ae == 1 { &defaults.v4 } else { &defaults.v6 };
    let (p, used) =
        network_prefix(ae, Some(plen), omitted, rest(m, 12), Some(dp)).ok_or(Stop::Invalid)?;
    let (every, seqno, metric) = (be16(m, 6)?, be16(m, 8)?, be16(m, 10)?);
    update_flags(c, flags);
    c.s(" ");
    prefix_or(c, ae, &p, plen, "any");
    metric_seqno_interval(c, metric, seqno, every);
    if flags & 0x80 != 0 {
        if ae == 1 {
            defaults.v4 = p;
        } else {
            defaults.v6 = p;
        }
    }
    if 12 + used < m.len() {
        subtlv::subtlvs(c, rest(m, 12 + used), UPDATE);
    }
    Ok(())
}

fn ss_update(c: &mut Ctx, m: &[u8], defaults: &Defaults) -> Tlv {
    c.s("\n\tSS-Update");
    at_least(m, 10)?;
    let (ae, src_plen, plen, omitted) = (m[2], m[3], m[4], m[5]);
    let (every, seqno, metric) = (be16(m, 6)?, be16(m, 8)?, be16(m, 10)?);
    let dp = if ae == 1 { &defaults.v4 } else { &defaults.v6 };
    let (p, used) =
        network_prefix(ae, Some(plen), omitted, rest(m, 12), Some(dp)).ok_or(Stop::Invalid)?;
    let parsed = 10 + used;
    let (src, used) =
        network_prefix(ae, Some(src_plen), 0, rest(m, 2 + parsed), None).ok_or(Stop::Invalid)?;
    let parsed = parsed + used;
    c.s(" ");
    prefix::prefix(c, &p, shown_plen(ae, plen));
    c.s(" from ");
    prefix::prefix(c, &src, shown_plen(ae, src_plen));
    metric_seqno_interval(c, metric, seqno, every);
    if 2 + parsed < m.len() {
        subtlv::subtlvs(c, rest(m, 2 + parsed), UPDATE_SRC_SPECIFIC);
    }
    Ok(())
}

/// A prefix as it arrived: the address and its length byte.
type Prefix = ([u8; 16], u8);

/// The destination and source prefixes of a source-specific request,
/// the first after `parsed` bytes of the TLV's body.
fn dst_src(ae: u8, (plen, src_plen): (u8, u8), m: &[u8], parsed: usize) -> Tlv<(Prefix, Prefix)> {
    let (p, used) =
        network_prefix(ae, Some(plen), 0, rest(m, 2 + parsed), None).ok_or(Stop::Invalid)?;
    let (src, _) = network_prefix(ae, Some(src_plen), 0, rest(m, 2 + parsed + used), None)
        .ok_or(Stop::Invalid)?;
    Ok(((p, plen), (src, src_plen)))
}

/// "DST, SRC" of a source-specific request.
fn pair(c: &mut Ctx, ae: u8, dst: &Prefix, src: &Prefix) {
    prefix::prefix(c, &dst.0, shown_plen(ae, dst.1));
    c.s(", ");
    prefix::prefix(c, &src.0, shown_plen(ae, src.1));
}

/// The prefix, or `none` for AE 0 (no address).
fn prefix_or(c: &mut Ctx, ae: u8, p: &[u8; 16], plen: u8, none: &str) {
    if ae == 0 {
        c.s(none);
    } else {
        prefix::prefix(c, p, shown_plen(ae, plen));
    }
}

fn metric_seqno_interval(c: &mut Ctx, metric: u16, seqno: u16, every: u16) {
    c.s_dec(" metric ", metric);
    c.s_dec(" seqno ", seqno);
    c.s(" interval ");
    // format_interval_update: all ones is a route that never expires.
    if every == 0xffff {
        c.s("infinity");
    } else {
        interval(c, every);
    }
}

fn seqno_id(c: &mut Ctx, seqno: u16, id: &[u8]) {
    c.s_dec(" seqno ", seqno);
    c.s(" id ");
    c.out.mac(id);
}

/// format_interval: centiseconds as "S.CCs"; 0 is not a valid interval.
fn interval(c: &mut Ctx, cs: u16) {
    if cs == 0 {
        c.s("0.0s (bogus)");
        return;
    }
    c.dec(cs / 100);
    c.s(".");
    c.out.dec0(u64::from(cs % 100), 2);
    c.s("s");
}
