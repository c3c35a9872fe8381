//! RTP and its relatives as print-udp.c prints them for -T rtp, -T rtcp
//! and -T vat (and VAT by its port): RTP v1 and v2 headers, RTCP reports
//! one after another, and the vat/vt audio headers RTP grew out of. They
//! share one file as tcpdump keeps them together: one media transport
//! family, a few lines each.

use super::ctx::{Ctx, Res, Trunc, be16, be32};

/// rtp_print: `len` is the UDP payload's length.
pub(crate) fn rtp(c: &mut Ctx, b: &[u8], len: usize) -> Res {
    c.proto = "rtp";
    if len < 8 {
        return too_short(c, "udp/rtp", len, 8);
    }
    let (i0, i1) = (be32(b, 0)?, be32(b, 4)?);
    let mut dlen = len - 8;
    // Word index of what follows the fixed header, and the words left.
    let mut word = 2;
    let mut words = (len >> 2) - 2;
    let (ptype, hasopt, hasext, contype, hasmarker);
    if i0 >> 30 == 1 {
        // RTP v1, draft-ietf-avt-rtp-04.
        ptype = "rtpv1";
        hasopt = i0 & 0x80_0000 != 0;
        hasext = false;
        contype = (i0 >> 16) & 0x3f;
        hasmarker = i0 & 0x40_0000 != 0;
    } else {
        // RTP v2, RFC 3550: the SSRC is part of the header.
        if dlen < 4 {
            return too_short(c, "udp/rtp", dlen + 8, 12);
        }
        ptype = "rtp";
        hasopt = false;
        hasext = i0 & 0x1000_0000 != 0;
        contype = (i0 >> 16) & 0x7f;
        hasmarker = i0 & 0x80_0000 != 0;
        dlen -= 4;
        word += 1;
        words -= 1;
    }
    c.s("udp/");
    c.s(ptype);
    c.s_dec(" ", dlen as u64);
    c.s_dec(" c", contype);
    c.s(" ");
    if hasopt || hasext {
        c.s("+");
    }
    if hasmarker {
        c.s("*");
    }
    c.s_dec(" ", i0 & 0xffff);
    c.s_dec(" ", i1);
    if c.o.verbose == 0 {
        return Ok(());
    }
    let third = be32(b, 8)?;
    c.s_dec(" ", third);
    if hasopt {
        // v1 options, each giving its length in words; the last has the
        // top bit set. Each moves on by at least one word.
        loop {
            let opt = be32(b, word * 4)?;
            let optlen = ((opt >> 16) & 0xff) as usize;
            if optlen == 0 || optlen > words {
                c.s(" !opt");
                return Ok(());
            }
            word += optlen;
            words -= optlen;
            if (opt as i32) < 0 {
                break;
            }
        }
    }
    if hasext {
        let ext = be32(b, word * 4)?;
        let extlen = (ext & 0xffff) as usize + 1;
        if extlen > words {
            c.s(" !ext");
            return Ok(());
        }
        word += extlen;
    }
    if contype == 0x1f {
        // H.261's header.
        let h261 = be32(b, word * 4)? >> 16;
        c.s(" 0x");
        c.s(&format!("{h261:04x}"));
    }
    Ok(())
}

const RTCP_HDR_LEN: usize = 8;
const SR_LEN: usize = 20;
const RR_LEN: usize = 24;

/// -T rtcp: the RTCP packets of a compound datagram, one after another.
pub(crate) fn rtcp(c: &mut Ctx, b: &[u8]) -> Res {
    let mut at = 0;
    while at < b.len() {
        at = rtcp_packet(c, b, at)?;
    }
    Ok(())
}

/// rtcp_print: one RTCP packet at `at`; returns where the next starts
/// (at least a header further on).
fn rtcp_packet(c: &mut Ctx, b: &[u8], at: usize) -> Res<usize> {
    c.proto = "rtcp";
    if at + RTCP_HDR_LEN > b.len() {
        return Err(Trunc);
    }
    let len = (usize::from(be16(b, at + 2)?) + 1) * 4;
    let flags = be16(b, at)?;
    let mut cnt = usize::from((flags >> 8) & 0x1f);
    let ssrc = |c: &mut Ctx| -> Res {
        if c.o.verbose > 0 {
            let ssrc = be32(b, at + 4)?;
            c.s_dec(" ", ssrc);
        }
        Ok(())
    };
    let mut rr = at + RTCP_HDR_LEN;
    match flags & 0xff {
        200 => {
            c.s(" sr");
            if len != cnt * RR_LEN + SR_LEN + RTCP_HDR_LEN {
                bracketed(c, len);
            }
            ssrc(c)?;
            let sr = at + RTCP_HDR_LEN;
            let upper = f64::from(be32(b, sr)?);
            let lower = f64::from(be32(b, sr + 4)?);
            let ts = upper + lower / 4_294_967_296.0;
            let (media, packets, octets) = (be32(b, sr + 8)?, be32(b, sr + 12)?, be32(b, sr + 16)?);
            c.s(&format!(" @{ts:.2} {media} {packets}p {octets}b"));
            rr = sr + SR_LEN;
        }
        201 => {
            c.s(" rr");
            if len != cnt * RR_LEN + RTCP_HDR_LEN {
                bracketed(c, len);
            }
            ssrc(c)?;
        }
        202 | 203 => {
            c.s(if flags & 0xff == 202 {
                " sdes "
            } else {
                " bye "
            });
            c.dec(len as u64);
            ssrc(c)?;
            cnt = 0;
        }
        pt => {
            c.s(" type-0x");
            c.s(&format!("{pt:x} "));
            c.dec(len as u64);
            cnt = 0;
        }
    }
    if cnt > 1 {
        c.s_dec(" c", cnt as u64);
    }
    for _ in 0..cnt {
        if rr + RR_LEN > b.len() {
            return Err(Trunc);
        }
        if c.o.verbose > 0 {
            let src = be32(b, rr)?;
            c.s_dec(" ", src);
        }
        let lsr = f64::from(be32(b, rr + 16)?) / 65536.0;
        let dlsr = f64::from(be32(b, rr + 20)?) / 65536.0;
        let (lost, last, jitter) = (
            be32(b, rr + 4)? & 0xff_ffff,
            be32(b, rr + 8)?,
            be32(b, rr + 12)?,
        );
        c.s(&format!(" {lost}l {last}s {jitter}j @{lsr:.2}+{dlsr:.2}"));
        // tcpdump's loop never moves its report pointer on: it prints
        // the first report block `cnt` times.
    }
    Ok(at + len)
}

/// " [LEN]": a report whose length does not match its count.
fn bracketed(c: &mut Ctx, len: usize) {
    c.s_dec(" [", len as u64);
    c.s("]");
}

/// "WHAT, length N < MIN": a payload too short for its header, which
/// ends the line.
fn too_short(c: &mut Ctx, what: &str, length: usize, min: usize) -> Res {
    c.s(what);
    c.s_dec(", length ", length as u64);
    c.s_dec(" < ", min as u64);
    Ok(())
}

/// vat_print: the vat (or vt) audio header.
pub(crate) fn vat(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "vat";
    if length < 2 {
        return too_short(c, "udp/va/vat", length, 2);
    }
    let ts = be16(b, 0)?;
    if ts & 0xf060 != 0 {
        // Probably vt.
        c.s(&format!("udp/vt {length} {} / {}", ts & 0x3ff, ts >> 10));
        return Ok(());
    }
    if length < 8 {
        return too_short(c, "udp/vat", length, 8);
    }
    let (i0, i1) = (be32(b, 0)?, be32(b, 4)?);
    c.s(&format!("udp/vat {} c{} {}", length - 8, i0 & 0xffff, i1));
    if i0 & 0x80_0000 != 0 {
        c.s("*");
    }
    // The audio format.
    if i0 & 0x1f_0000 != 0 {
        c.s(&format!(" f{}", (i0 >> 16) & 0x1f));
    }
    if i0 & 0x3f00_0000 != 0 {
        c.s(&format!(" s{}", (i0 >> 24) & 0x3f));
    }
    Ok(())
}
