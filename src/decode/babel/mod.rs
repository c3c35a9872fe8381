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
    c.s(" ");
    c.dec(b[1]);
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
    c.s(" (");
    c.dec(body as u64);
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
            c.s("\n\tPad ");
            c.dec(m.len() as u64);
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
            c.s("(");
            c.dec(m[6]);
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
            c.s(" digest-");
            c.dec((len - 2) as u64);
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
            c.s("(");
            c.dec(m[6]);
            c.s(" hops) for (");
            pair(c, ae, &p, &src);
            c.s(")");
            seqno_id(c, seqno, &m[8..16]);
        }
        MAC => {
            c.s("\n\tMAC len ");
            c.dec(len as u64);
        }
        PC => {
            c.s("\n\tPC");
            at_least(m, 4)?;
            c.s(" value ");
            c.dec(be32(m, 2)?);
            c.s(" index len ");
            c.dec((len - 4) as u64);
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
            c.s(" len ");
            c.dec(len as u64);
        }
        _ => {
            c.s("\n\tUnknown message type ");
            c.dec(typ);
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
    c.s("seqno ");
    c.dec(seqno);
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
    c.s(" rxcost ");
    c.dec(rxcost);
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
    c.s(" metric ");
    c.dec(metric);
    c.s(" seqno ");
    c.dec(seqno);
    c.s(" interval ");
    // format_interval_update: all ones is a route that never expires.
    if every == 0xffff {
        c.s("infinity");
    } else {
        interval(c, every);
    }
}

fn seqno_id(c: &mut Ctx, seqno: u16, id: &[u8]) {
    c.s(" seqno ");
    c.dec(seqno);
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

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, golden_levels, never_panics, numeric};
    use crate::link::LinkType;

    /// Babel headers (expected text from tcpdump 4.99.3 -n on the same frames).
    #[test]
    fn headers() {
        golden(
            numeric(0),
            &[
                (
                    "02000000000202000000000108004500001c000100004011f6c7c0000201c00002071a28b1e10008afcb",
                    "IP 192.0.2.1.6696 > 192.0.2.7.45537: babel [|babel]",
                ),
                (
                    "020000000002020000000001080045000020000100004011f6c3c0000201c00002071a28e64b000cfec62a025290",
                    "IP 192.0.2.1.6696 > 192.0.2.7.58955: babel 2 (21136) (invalid)",
                ),
                (
                    "020000000002020000000001080045000020000100004011f6c3c0000201c00002071a28d1ce000c1bd62a0149ff",
                    "IP 192.0.2.1.6696 > 192.0.2.7.53710: babel 1 unknown version",
                ),
                (
                    "020000000002020000000001080045000020000100004011f6c3c0000201c00002071a28a618000cde4b2902b43e",
                    "IP 192.0.2.1.6696 > 192.0.2.7.42520: babel invalid header",
                ),
            ],
        );
    }

    /// Every TLV type and sub-TLV, default prefixes, a trailer, invalid and short TLVs, at each -v level (expected text from tcpdump 4.99.3 on the same frames)
    #[test]
    fn tlvs() {
        golden_levels(
            LinkType::Ethernet,
            &[
                (
                    "33330001000602000000000186dd6000000000901101fe800000000000000000000000000001ff0200000000000000000000000100061a281a2800901d6e2a020084041680000007000000010100020201ff830003040001000002060000beef00000302123405140100006001900a00000103080000000100000002050e0300ffff04b001020304050607080506000000050000060a0000101112131415161707060100c000020907120200202122232425262728292a2b2c2d2e2f07020000000103000000",
                    0,
                ),
                (
                    "33330001000602000000000186dd6000000000841101fe800000000000000000000000000001ff0200000000000000000000000100061a281a280084228c2a020078080d018018000190000901000a0102080c01402002ffff000affff07080812028040000001000b000520010db8000000010814023f80080064000c0006000000000000004202000817030080000064000d0007021122334455667702030100ff080a004000000064000e0008080a0100c8000064000f0009",
                    0,
                ),
                (
                    "33330001000602000000000186dd6000000001891101fe800000000000000000000000000001ff0200000000000000000000000100061a281a280189918b2a02017d090401100a14090200000908023020010db800010a120120004d0500a0a1a2a3a4a5a6a70a0908070a0e0000004e0600a0a1a2a3a4a5a6a70b0600034fd0c1f00c12001e000102030405060708090a0b0c0d0e0f0d0e010818000190000100020a0102c00e070118080a0102c00e030000000f14022000050310000102030405060720010db8fd0010140000000000000000000000000000000000000000110c0000002a00000000000000001208000000000000000013c10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000063026162",
                    0,
                ),
                (
                    "33330001000602000000000186dd6000000000441101fe800000000000000000000000000001ff0200000000000000000000000100061a281a2800447cb92a0200080406000000010190110c00000004000000000000000010200000000000000000000000000000000000000000000000000000000000000000",
                    0,
                ),
                (
                    "33330001000602000000000186dd6000000000121101fe800000000000000000000000000001ff0200000000000000000000000100061a281a2800129fe12a020006040400000001",
                    0,
                ),
                (
                    "33330001000602000000000186dd6000000000241101fe800000000000000000000000000001ff0200000000000000000000000100061a281a280024819b2a0200180506090000010002060a0000000000000000000007020700",
                    0,
                ),
                (
                    "33330001000602000000000186dd6000000000231101fe800000000000000000000000000001ff0200000000000000000000000100061a281a28002394772a020017040a000000010190030200000409000000010190010500",
                    0,
                ),
                (
                    "33330001000602000000000186dd6000000000141101fe800000000000000000000000000001ff0200000000000000000000000100061a281a2800149e292a0200280406000000010190",
                    0,
                ),
                (
                    "33330001000602000000000186dd6000000000141101fe800000000000000000000000000001ff0200000000000000000000000100061a281a2800149e4b2a0200060406000000010190",
                    0,
                ),
                (
                    "33330001000602000000000186dd60000000000b1101fe800000000000000000000000000001ff0200000000000000000000000100061a281a28000ba3fa2a0200",
                    0,
                ),
                (
                    "33330001000602000000000186dd6000000000121101fe800000000000000000000000000001ff0200000000000000000000000100061a281a28001282622a020006080401801800",
                    0,
                ),
            ],
            &[
                (
                    numeric(0),
                    &[
                        "IP6 fe80::1.6696 > ff02::1:6.6696: babel 2 (132) hello ack-req ack ihu ihu ihu router-id nh nh nh pad1 padN",
                        "IP6 fe80::1.6696 > ff02::1:6.6696: babel 2 (120) update/prefix update/id update/prefix update/unknown update update/id update",
                        "IP6 fe80::1.6696 > ff02::1:6.6696: babel 2 (381) route-request route-request route-request seqno-request seqno-request tspc hmac ss-update ss-request ss-request ss-mh-request mac pc challenge_request challenge_reply unknown",
                        "IP6 fe80::1.6696 > ff02::1:6.6696: babel 2 (8) hello | pc mac",
                        "IP6 fe80::1.6696 > ff02::1:6.6696: babel 2 (6) hello",
                        "IP6 fe80::1.6696 > ff02::1:6.6696: babel 2 (24) ihu router-id nh",
                        "IP6 fe80::1.6696 > ff02::1:6.6696: babel 2 (23) hello hello",
                        "IP6 fe80::1.6696 > ff02::1:6.6696: babel 2 (40) (invalid)",
                        "IP6 fe80::1.6696 > ff02::1:6.6696: babel 2 (6) (invalid)",
                        "IP6 fe80::1.6696 > ff02::1:6.6696: babel [|babel]",
                        "IP6 fe80::1.6696 > ff02::1:6.6696: babel 2 (6) update (invalid)",
                    ],
                ),
                (
                    numeric(1),
                    &[
                        "IP6 (hlim 1, next-header UDP (17) payload length: 144) fe80::1.6696 > ff02::1:6.6696: [udp sum ok] babel 2 (132)\n\tHello (Unicast) seqno 7 unscheduled sub-pad1 sub-padn sub-diversity 1-all (bogus) (M) sub-unknown-0x83 sub-timestamp 0.065536s\n\tAcknowledgment Request beef 0.0s (bogus)\n\tAcknowledgment 1234\n\tIHU 10.0.0.1 rxcost 96 interval 4.00s sub-timestamp 0.000001s|0.000002s\n\tIHU fe80::102:304:506:708 rxcost 65535 interval 12.00s\n\tIHU any rxcost 5 interval 0.0s (bogus)\n\tRouter Id 10:11:12:13:14:15:16:17\n\tNext Hop 192.0.2.9\n\tNext Hop 2021:2223:2425:2627:2829:2a2b:2c2d:2e2f\n\tNext Hop invalid AE 0\n\tPad 1\n\tPad 5",
                        "IP6 (hlim 1, next-header UDP (17) payload length: 132) fe80::1.6696 > ff02::1:6.6696: [udp sum ok] babel 2 (120)\n\tUpdate/prefix 10.1.2.0/24 metric 256 seqno 9 interval 4.00s\n\tUpdate/id 10.1.7.8/32 metric 65535 seqno 10 interval infinity\n\tUpdate/prefix 2001:db8:0:1::/64 metric 5 seqno 11 interval 0.01s\n\tUpdate/unknown 2001:db8:0:1::42/128 metric 6 seqno 12 interval 1.00s sub-diversity empty\n\tUpdate fe80::211:2233:4455:6677/128 metric 7 seqno 13 interval 1.00s sub-diversity 1-reserved-all\n\tUpdate/id any metric 8 seqno 14 interval 1.00s\n\tUpdate (invalid)",
                        "IP6 (hlim 1, next-header UDP (17) payload length: 393) fe80::1.6696 > ff02::1:6.6696: [udp sum ok] babel 2 (381)\n\tRoute Request for 10.20.0.0/16\n\tRoute Request for any\n\tRoute Request for 2001:db8:1::/48\n\tSeqno Request (5 hops) for 10.9.8.7/32 seqno 77 id a0:a1:a2:a3:a4:a5:a6:a7\n\tSeqno Request (6 hops) for invalid AE 0 seqno 78 id a0:a1:a2:a3:a4:a5:a6:a7\n\tTS/PC timestamp 1339081200 packetcounter 3\n\tHMAC key-id 30 digest-16 000102030405060708090A0B0C0D0E0F\n\tSS-Update 10.1.2.0/24 from 192.0.0.0/8 metric 2 seqno 1 interval 4.00s\n\tSS-Request for (10.1.2.0/24, 192.0.0.0/8)\n\tSS-Request for any\n\tSS-MH-Request (3 hops) for (2001:db8::/32, fd00::/16) seqno 5 id 00:01:02:03:04:05:06:07\n\tMAC len 20\n\tPC value 42 index len 8\n\tChallenge Request len 8\n\tChallenge Reply (invalid)",
                        "IP6 (hlim 1, next-header UDP (17) payload length: 68) fe80::1.6696 > ff02::1:6.6696: [udp sum ok] babel 2 (8)\n\tHello seqno 1 interval 4.00s\n\t----\n\tPC value 4 index len 8\n\tMAC len 32",
                        "IP6 (hlim 1, next-header UDP (17) payload length: 18) fe80::1.6696 > ff02::1:6.6696: [udp sum ok] babel 2 (6)\n\tHello  (invalid)",
                        "IP6 (hlim 1, next-header UDP (17) payload length: 36) fe80::1.6696 > ff02::1:6.6696: [udp sum ok] babel 2 (24)\n\tIHU  [|babel]\n\tRouter Id 00:00:00:00:00:00:00:00\n\tNext Hop (invalid)",
                        "IP6 (hlim 1, next-header UDP (17) payload length: 35) fe80::1.6696 > ff02::1:6.6696: [udp sum ok] babel 2 (23)\n\tHello seqno 1 interval 4.00s sub-timestamp (invalid)\n\tHello seqno 1 interval 4.00s (invalid)",
                        "IP6 (hlim 1, next-header UDP (17) payload length: 20) fe80::1.6696 > ff02::1:6.6696: [udp sum ok] babel 2 (40) (invalid)",
                        "IP6 (hlim 1, next-header UDP (17) payload length: 20) fe80::1.6696 > ff02::1:6.6696: [udp sum ok] babel 2 (6) (invalid)",
                        "IP6 (hlim 1, next-header UDP (17) payload length: 11) fe80::1.6696 > ff02::1:6.6696: [udp sum ok] babel [|babel]",
                        "IP6 (hlim 1, next-header UDP (17) payload length: 18) fe80::1.6696 > ff02::1:6.6696: [udp sum ok] babel 2 (6)\n\tUpdate (invalid)",
                    ],
                ),
            ],
        );
    }

    /// Copies cut short inside TLVs and sub-TLVs (expected text from tcpdump 4.99.3 on the same frames)
    #[test]
    fn truncated() {
        golden_levels(
            LinkType::Ethernet,
            &[
                (
                    "33330001000602000000000186dd6000000000901101fe800000000000000000000000000001ff0200000000000000000000000100061a281a2800901d6e2a020084041680000007000000010100020201ff830003040001000002060000beef00000302123405140100006001900a00000103080000000100000002050e0300ffff04b001020304050607080506000000050000060a0000101112131415161707060100c000020907120200202122232425262728292a2b2c2d2e2f07020000000103000000",
                    64,
                ),
                (
                    "33330001000602000000000186dd6000000000901101fe800000000000000000000000000001ff0200000000000000000000000100061a281a2800901d6e2a020084041680000007000000010100020201ff830003040001000002060000beef00000302123405140100006001900a00000103080000000100000002050e0300ffff04b001020304050607080506000000050000060a0000101112131415161707060100c000020907120200202122232425262728292a2b2c2d2e2f07020000000103000000",
                    66,
                ),
                (
                    "33330001000602000000000186dd6000000000901101fe800000000000000000000000000001ff0200000000000000000000000100061a281a2800901d6e2a020084041680000007000000010100020201ff830003040001000002060000beef00000302123405140100006001900a00000103080000000100000002050e0300ffff04b001020304050607080506000000050000060a0000101112131415161707060100c000020907120200202122232425262728292a2b2c2d2e2f07020000000103000000",
                    70,
                ),
                (
                    "33330001000602000000000186dd6000000000901101fe800000000000000000000000000001ff0200000000000000000000000100061a281a2800901d6e2a020084041680000007000000010100020201ff830003040001000002060000beef00000302123405140100006001900a00000103080000000100000002050e0300ffff04b001020304050607080506000000050000060a0000101112131415161707060100c000020907120200202122232425262728292a2b2c2d2e2f07020000000103000000",
                    80,
                ),
                (
                    "33330001000602000000000186dd6000000000901101fe800000000000000000000000000001ff0200000000000000000000000100061a281a2800901d6e2a020084041680000007000000010100020201ff830003040001000002060000beef00000302123405140100006001900a00000103080000000100000002050e0300ffff04b001020304050607080506000000050000060a0000101112131415161707060100c000020907120200202122232425262728292a2b2c2d2e2f07020000000103000000",
                    95,
                ),
                (
                    "33330001000602000000000186dd6000000000901101fe800000000000000000000000000001ff0200000000000000000000000100061a281a2800901d6e2a020084041680000007000000010100020201ff830003040001000002060000beef00000302123405140100006001900a00000103080000000100000002050e0300ffff04b001020304050607080506000000050000060a0000101112131415161707060100c000020907120200202122232425262728292a2b2c2d2e2f07020000000103000000",
                    120,
                ),
                (
                    "33330001000602000000000186dd6000000000901101fe800000000000000000000000000001ff0200000000000000000000000100061a281a2800901d6e2a020084041680000007000000010100020201ff830003040001000002060000beef00000302123405140100006001900a00000103080000000100000002050e0300ffff04b001020304050607080506000000050000060a0000101112131415161707060100c000020907120200202122232425262728292a2b2c2d2e2f07020000000103000000",
                    150,
                ),
                (
                    "33330001000602000000000186dd6000000000841101fe800000000000000000000000000001ff0200000000000000000000000100061a281a280084228c2a020078080d018018000190000901000a0102080c01402002ffff000affff07080812028040000001000b000520010db8000000010814023f80080064000c0006000000000000004202000817030080000064000d0007021122334455667702030100ff080a004000000064000e0008080a0100c8000064000f0009",
                    90,
                ),
                (
                    "33330001000602000000000186dd6000000000841101fe800000000000000000000000000001ff0200000000000000000000000100061a281a280084228c2a020078080d018018000190000901000a0102080c01402002ffff000affff07080812028040000001000b000520010db8000000010814023f80080064000c0006000000000000004202000817030080000064000d0007021122334455667702030100ff080a004000000064000e0008080a0100c8000064000f0009",
                    100,
                ),
                (
                    "33330001000602000000000186dd6000000000841101fe800000000000000000000000000001ff0200000000000000000000000100061a281a280084228c2a020078080d018018000190000901000a0102080c01402002ffff000affff07080812028040000001000b000520010db8000000010814023f80080064000c0006000000000000004202000817030080000064000d0007021122334455667702030100ff080a004000000064000e0008080a0100c8000064000f0009",
                    130,
                ),
                (
                    "333300010006b09928c8d64686dd6c00000001b41101fe80000000000000b29928fffec8d646ff0200000000000000000000000100061a281a2801b4298d2a0201a804060000e3160190080a00400000ffffa1afffff090200000b0600024fd0c1f00c16001ead0fa7cd8d5a1898ec5409c8edda68b3aca21b800c2200328239f283d985047fa4b88597fde3246455c6e4dd917b1441c2f3a82b9f7376740c4203e86718cb4c2bb0976c127ab3cccbfa1105a1d158f035bc9fad86b0610a7acd27e5a3d5a3090ffb0312d7cbb31834e5d3ea2b68cd1fec3cfb9ce731d16ba8feba8c0c3203e8d2a5b80ff9d006907e3b6601c0c255d7d12d6ec61815e413a334e2a0d9271c75afbc086c070c714e3eff3496c20c56fb0c1600647213ced66fe7154034ec64cd14ae4142a092df330c4207d02a5d9d55393b19e440fac49bda521e18a7fe77f7ab4a90377009e46e2ffe49336435c7e4e7be215996df4f59c167ea1cccdb4ff788da29a30e34d974307adff40c3207d0fe91af27eee137ef489f37fee449100cda8ccb3e794d0c4a225d12724a8ce2ffc85811b879cc566fd172269847091ed10c420bb838c4d82883a5778500d728d1e243e7579de96fa726c9db7f0805c52e96fefdce7a5fb9af2cb845703926eaab43c3e44989d6ccb158fc06db455e9f8d0550b54f",
                    80,
                ),
                (
                    "333300010006b09928c8d64686dd6c00000001b41101fe80000000000000b29928fffec8d646ff0200000000000000000000000100061a281a2801b4298d2a0201a804060000e3160190080a00400000ffffa1afffff090200000b0600024fd0c1f00c16001ead0fa7cd8d5a1898ec5409c8edda68b3aca21b800c2200328239f283d985047fa4b88597fde3246455c6e4dd917b1441c2f3a82b9f7376740c4203e86718cb4c2bb0976c127ab3cccbfa1105a1d158f035bc9fad86b0610a7acd27e5a3d5a3090ffb0312d7cbb31834e5d3ea2b68cd1fec3cfb9ce731d16ba8feba8c0c3203e8d2a5b80ff9d006907e3b6601c0c255d7d12d6ec61815e413a334e2a0d9271c75afbc086c070c714e3eff3496c20c56fb0c1600647213ced66fe7154034ec64cd14ae4142a092df330c4207d02a5d9d55393b19e440fac49bda521e18a7fe77f7ab4a90377009e46e2ffe49336435c7e4e7be215996df4f59c167ea1cccdb4ff788da29a30e34d974307adff40c3207d0fe91af27eee137ef489f37fee449100cda8ccb3e794d0c4a225d12724a8ce2ffc85811b879cc566fd172269847091ed10c420bb838c4d82883a5778500d728d1e243e7579de96fa726c9db7f0805c52e96fefdce7a5fb9af2cb845703926eaab43c3e44989d6ccb158fc06db455e9f8d0550b54f",
                    200,
                ),
                (
                    "333300010006b09928c8d64686dd6c00000001b41101fe80000000000000b29928fffec8d646ff0200000000000000000000000100061a281a2801b4298d2a0201a804060000e3160190080a00400000ffffa1afffff090200000b0600024fd0c1f00c16001ead0fa7cd8d5a1898ec5409c8edda68b3aca21b800c2200328239f283d985047fa4b88597fde3246455c6e4dd917b1441c2f3a82b9f7376740c4203e86718cb4c2bb0976c127ab3cccbfa1105a1d158f035bc9fad86b0610a7acd27e5a3d5a3090ffb0312d7cbb31834e5d3ea2b68cd1fec3cfb9ce731d16ba8feba8c0c3203e8d2a5b80ff9d006907e3b6601c0c255d7d12d6ec61815e413a334e2a0d9271c75afbc086c070c714e3eff3496c20c56fb0c1600647213ced66fe7154034ec64cd14ae4142a092df330c4207d02a5d9d55393b19e440fac49bda521e18a7fe77f7ab4a90377009e46e2ffe49336435c7e4e7be215996df4f59c167ea1cccdb4ff788da29a30e34d974307adff40c3207d0fe91af27eee137ef489f37fee449100cda8ccb3e794d0c4a225d12724a8ce2ffc85811b879cc566fd172269847091ed10c420bb838c4d82883a5778500d728d1e243e7579de96fa726c9db7f0805c52e96fefdce7a5fb9af2cb845703926eaab43c3e44989d6ccb158fc06db455e9f8d0550b54f",
                    300,
                ),
            ],
            &[
                (
                    numeric(0),
                    &[
                        "IP6 fe80::1.6696 > ff02::1:6.6696: babel [|babel]",
                        "IP6 fe80::1.6696 > ff02::1:6.6696: babel 2 (132) [|babel]",
                        "IP6 fe80::1.6696 > ff02::1:6.6696: babel 2 (132) [|babel]",
                        "IP6 fe80::1.6696 > ff02::1:6.6696: babel 2 (132) [|babel]",
                        "IP6 fe80::1.6696 > ff02::1:6.6696: babel 2 (132) hello [|babel]",
                        "IP6 fe80::1.6696 > ff02::1:6.6696: babel 2 (132) hello ack-req ack [|babel]",
                        "IP6 fe80::1.6696 > ff02::1:6.6696: babel 2 (132) hello ack-req ack ihu ihu ihu [|babel]",
                        "IP6 fe80::1.6696 > ff02::1:6.6696: babel 2 (120) update/prefix [|babel]",
                        "IP6 fe80::1.6696 > ff02::1:6.6696: babel 2 (120) update/prefix update/id [|babel]",
                        "IP6 fe80::1.6696 > ff02::1:6.6696: babel 2 (120) update/prefix update/id update/prefix [|babel]",
                        "IP6 fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 2 (424) hello [|babel]",
                        "IP6 fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 2 (424) hello update/id route-request tspc hmac hmac [|babel]",
                        "IP6 fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 2 (424) hello update/id route-request tspc hmac hmac hmac hmac [|babel]",
                    ],
                ),
                (
                    numeric(1),
                    &[
                        "IP6 (hlim 1, next-header UDP (17) payload length: 144) fe80::1.6696 > ff02::1:6.6696: babel [|babel]",
                        "IP6 (hlim 1, next-header UDP (17) payload length: 144) fe80::1.6696 > ff02::1:6.6696: babel 2 (132) [|babel]",
                        "IP6 (hlim 1, next-header UDP (17) payload length: 144) fe80::1.6696 > ff02::1:6.6696: babel 2 (132) [|babel]",
                        "IP6 (hlim 1, next-header UDP (17) payload length: 144) fe80::1.6696 > ff02::1:6.6696: babel 2 (132) [|babel]",
                        "IP6 (hlim 1, next-header UDP (17) payload length: 144) fe80::1.6696 > ff02::1:6.6696: babel 2 (132)\n\tHello (Unicast) seqno 7 unscheduled sub-pad1 sub-padn sub-diversity 1-all (bogus) (M) sub-unknown-0x83 sub-timestamp 0.065536s [|babel]",
                        "IP6 (hlim 1, next-header UDP (17) payload length: 144) fe80::1.6696 > ff02::1:6.6696: babel 2 (132)\n\tHello (Unicast) seqno 7 unscheduled sub-pad1 sub-padn sub-diversity 1-all (bogus) (M) sub-unknown-0x83 sub-timestamp 0.065536s\n\tAcknowledgment Request beef 0.0s (bogus)\n\tAcknowledgment 1234 [|babel]",
                        "IP6 (hlim 1, next-header UDP (17) payload length: 144) fe80::1.6696 > ff02::1:6.6696: babel 2 (132)\n\tHello (Unicast) seqno 7 unscheduled sub-pad1 sub-padn sub-diversity 1-all (bogus) (M) sub-unknown-0x83 sub-timestamp 0.065536s\n\tAcknowledgment Request beef 0.0s (bogus)\n\tAcknowledgment 1234\n\tIHU 10.0.0.1 rxcost 96 interval 4.00s sub-timestamp 0.000001s|0.000002s\n\tIHU fe80::102:304:506:708 rxcost 65535 interval 12.00s\n\tIHU any rxcost 5 interval 0.0s (bogus) [|babel]",
                        "IP6 (hlim 1, next-header UDP (17) payload length: 132) fe80::1.6696 > ff02::1:6.6696: babel 2 (120)\n\tUpdate/prefix 10.1.2.0/24 metric 256 seqno 9 interval 4.00s [|babel]",
                        "IP6 (hlim 1, next-header UDP (17) payload length: 132) fe80::1.6696 > ff02::1:6.6696: babel 2 (120)\n\tUpdate/prefix 10.1.2.0/24 metric 256 seqno 9 interval 4.00s\n\tUpdate/id 10.1.7.8/32 metric 65535 seqno 10 interval infinity [|babel]",
                        "IP6 (hlim 1, next-header UDP (17) payload length: 132) fe80::1.6696 > ff02::1:6.6696: babel 2 (120)\n\tUpdate/prefix 10.1.2.0/24 metric 256 seqno 9 interval 4.00s\n\tUpdate/id 10.1.7.8/32 metric 65535 seqno 10 interval infinity\n\tUpdate/prefix 2001:db8:0:1::/64 metric 5 seqno 11 interval 0.01s [|babel]",
                        "IP6 (class 0xc0, hlim 1, next-header UDP (17) payload length: 436) fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 2 (424)\n\tHello seqno 58134 interval 4.00s [|babel]",
                        "IP6 (class 0xc0, hlim 1, next-header UDP (17) payload length: 436) fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 2 (424)\n\tHello seqno 58134 interval 4.00s\n\tUpdate/id any metric 65535 seqno 41391 interval infinity\n\tRoute Request for any\n\tTS/PC timestamp 1339081200 packetcounter 2\n\tHMAC key-id 30 digest-20 AD0FA7CD8D5A1898EC5409C8EDDA68B3ACA21B80\n\tHMAC key-id 50 digest-32 8239F283D985047FA4B88597FDE3246455C6E4DD917B1441C2F3A82B9F737674 [|babel]",
                        "IP6 (class 0xc0, hlim 1, next-header UDP (17) payload length: 436) fe80::b299:28ff:fec8:d646.6696 > ff02::1:6.6696: babel 2 (424)\n\tHello seqno 58134 interval 4.00s\n\tUpdate/id any metric 65535 seqno 41391 interval infinity\n\tRoute Request for any\n\tTS/PC timestamp 1339081200 packetcounter 2\n\tHMAC key-id 30 digest-20 AD0FA7CD8D5A1898EC5409C8EDDA68B3ACA21B80\n\tHMAC key-id 50 digest-32 8239F283D985047FA4B88597FDE3246455C6E4DD917B1441C2F3A82B9F737674\n\tHMAC key-id 1000 digest-64 6718CB4C2BB0976C127AB3CCCBFA1105A1D158F035BC9FAD86B0610A7ACD27E5A3D5A3090FFB0312D7CBB31834E5D3EA2B68CD1FEC3CFB9CE731D16BA8FEBA8C\n\tHMAC key-id 1000 digest-48 D2A5B80FF9D006907E3B6601C0C255D7D12D6EC61815E413A334E2A0D9271C75AFBC086C070C714E3EFF3496C20C56FB [|babel]",
                    ],
                ),
            ],
        );
    }

    /// No panic on every prefix and random changes of these Babel frames.
    #[test]
    fn random_and_cut_copies_never_panic() {
        never_panics(
            LinkType::Ethernet,
            &[
                "33330001000602000000000186dd6000000000901101fe800000000000000000000000000001ff0200000000000000000000000100061a281a2800901d6e2a020084041680000007000000010100020201ff830003040001000002060000beef00000302123405140100006001900a00000103080000000100000002050e0300ffff04b001020304050607080506000000050000060a0000101112131415161707060100c000020907120200202122232425262728292a2b2c2d2e2f07020000000103000000",
                "33330001000602000000000186dd6000000000841101fe800000000000000000000000000001ff0200000000000000000000000100061a281a280084228c2a020078080d018018000190000901000a0102080c01402002ffff000affff07080812028040000001000b000520010db8000000010814023f80080064000c0006000000000000004202000817030080000064000d0007021122334455667702030100ff080a004000000064000e0008080a0100c8000064000f0009",
                "33330001000602000000000186dd6000000001891101fe800000000000000000000000000001ff0200000000000000000000000100061a281a280189918b2a02017d090401100a14090200000908023020010db800010a120120004d0500a0a1a2a3a4a5a6a70a0908070a0e0000004e0600a0a1a2a3a4a5a6a70b0600034fd0c1f00c12001e000102030405060708090a0b0c0d0e0f0d0e010818000190000100020a0102c00e070118080a0102c00e030000000f14022000050310000102030405060720010db8fd0010140000000000000000000000000000000000000000110c0000002a00000000000000001208000000000000000013c10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000063026162",
                "33330001000602000000000186dd6000000000441101fe800000000000000000000000000001ff0200000000000000000000000100061a281a2800447cb92a0200080406000000010190110c00000004000000000000000010200000000000000000000000000000000000000000000000000000000000000000",
                "02000000000202000000000108004500019d000100004011f546c0000201c00002071a281a2801890b0e2a02017d090401100a14090200000908023020010db800010a120120004d0500a0a1a2a3a4a5a6a70a0908070a0e0000004e0600a0a1a2a3a4a5a6a70b0600034fd0c1f00c12001e000102030405060708090a0b0c0d0e0f0d0e010818000190000100020a0102c00e070118080a0102c00e030000000f14022000050310000102030405060720010db8fd0010140000000000000000000000000000000000000000110c0000002a00000000000000001208000000000000000013c10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000063026162",
            ],
        );
    }
}
