//! The TLVs of the opaque LSAs both OSPF versions carry: traffic
//! engineering (RFC 3630, GMPLS RFC 4203, Diffserv-TE RFC 4124) and grace
//! (RFC 3623), as print-ospf.c's ospf_te_lsa_print and
//! ospf_grace_lsa_print print them. Each returns Ok(false) where tcpdump's
//! returns -1: a TLV whose length does not fit, or a length check that
//! failed before any read did.

use super::super::ctx::{Ctx, Res, be16, be32, tcheck, u8at};
use super::super::gmpls;
use super::{bits, hex32, ip, name_num, pad4, tlv_head, tlv_line, too_long, unknown};

const TE_TLVS: &[(u32, &str)] = &[(1, "Router Address"), (2, "Link")];

const TE_LINK_SUBTLVS: &[(u32, &str)] = &[
    (1, "Link Type"),
    (2, "Link ID"),
    (3, "Local Interface IP address"),
    (4, "Remote Interface IP address"),
    (5, "Traffic Engineering Metric"),
    (6, "Maximum Bandwidth"),
    (7, "Maximum Reservable Bandwidth"),
    (8, "Unreserved Bandwidth"),
    (9, "Administrative Group"),
    (11, "Link Local/Remote Identifier"),
    (14, "Link Protection Type"),
    (15, "Interface Switching Capability"),
    (16, "Shared Risk Link Group"),
    (17, "Bandwidth Constraints"),
];

const TE_LINK_TYPES: &[(u32, &str)] = &[(1, "Point-to-point"), (2, "Multi-Access")];

const GRACE_TLVS: &[(u32, &str)] = &[
    (1, "Grace Period"),
    (2, "Graceful restart Reason"),
    (3, "IPv4 interface address"),
];

const GRACE_REASONS: &[(u32, &str)] = &[
    (0, "Unknown"),
    (1, "Software Restart"),
    (2, "Software Reload/Upgrade"),
    (3, "Control Processor Switch"),
];

/// "TEXT N: %.3f Mbps" for each of `n` floats from `at`.
fn float_list(c: &mut Ctx, b: &[u8], at: usize, text: &str, n: u32) -> Res {
    for i in 0..n {
        let raw = be32(b, at + 4 * i as usize)?;
        c.s(text);
        c.dec(i);
        c.s(": ");
        gmpls::bandwidth(c.out, raw);
    }
    Ok(())
}

/// ospf_grace_lsa_print: the TLVs of `ls_length` bytes from `at`.
pub(super) fn grace(c: &mut Ctx, b: &[u8], mut at: usize, mut ls_length: u32) -> Res<bool> {
    while ls_length > 0 {
        let Some((tlv_type, tlv_len)) = tlv_head(c, b, at, ls_length)? else {
            return Ok(false);
        };
        at += 4;
        ls_length -= 4;
        tlv_line(c, GRACE_TLVS, tlv_type, " ", tlv_len);
        c.s(", value: ");
        let len = u32::from(tlv_len);
        if too_long(c, len, " > ", ls_length) || tlv_type == 0 || tlv_len == 0 {
            return Ok(false);
        }
        if tcheck(b, at, tlv_len.into()).is_err() {
            return Ok(false);
        }
        let want = match tlv_type {
            1 | 3 => 4,
            2 => 1,
            _ => len,
        };
        if len != want {
            c.s_dec("\n\t    Bogus length ", len);
            c.s_dec(" != ", want);
            return Ok(false);
        }
        match tlv_type {
            1 => {
                c.dec(be32(b, at)?);
                c.s("s");
            }
            2 => {
                let reason = u8at(b, at)?;
                name_num(c, GRACE_REASONS, reason.into(), "Unknown");
            }
            3 => ip(c, b, at)?,
            _ => {
                if c.o.verbose <= 1 && !unknown(c, b, at, "\n\t      ", len) {
                    return Ok(false);
                }
            }
        }
        // A padded length past what is left wraps, as tcpdump's unsigned
        // arithmetic does; the capture check above then ends the loop.
        let len = pad4(len);
        ls_length = ls_length.wrapping_sub(len);
        at = at.saturating_add(len as usize);
    }
    Ok(true)
}

/// ospf_te_lsa_print: the TLVs of `ls_length` bytes from `at`.
pub(super) fn te(c: &mut Ctx, b: &[u8], mut at: usize, mut ls_length: u32) -> Res<bool> {
    while ls_length != 0 {
        let Some((tlv_type, tlv_len)) = tlv_head(c, b, at, ls_length)? else {
            return Ok(false);
        };
        at += 4;
        ls_length -= 4;
        tlv_line(c, TE_TLVS, tlv_type, ": ", tlv_len);
        let mut len = u32::from(tlv_len);
        if too_long(c, len, " > ", ls_length) || tlv_type == 0 || tlv_len == 0 {
            return Ok(false);
        }
        match tlv_type {
            2 => {
                // The sub-TLVs advance `at` past the whole TLV.
                while len != 0 {
                    if len < 4 {
                        c.s_dec("\n\t    Remaining TLV length ", len);
                        c.s(" < 4");
                        return Ok(false);
                    }
                    let sub_type = be16(b, at)?;
                    let sub_len = u32::from(be16(b, at + 2)?);
                    at += 4;
                    len -= 4;
                    if sub_type == 0 || sub_len == 0 {
                        c.invalid();
                        return Ok(false);
                    }
                    c.s("\n\t      ");
                    c.tok(TE_LINK_SUBTLVS, sub_type.into(), "unknown");
                    c.s_dec(" subTLV (", sub_type);
                    c.s_dec("), length: ", sub_len);
                    if !sub_fits(c, len, sub_len) || tcheck(b, at, sub_len as usize).is_err() {
                        return Ok(false);
                    }
                    if !link_subtlv(c, b, &mut at, sub_type, sub_len)? {
                        return Ok(false);
                    }
                    let sub_len = pad4(sub_len);
                    if !sub_fits(c, len, sub_len) {
                        return Ok(false);
                    }
                    len -= sub_len;
                    at = at.saturating_add(sub_len as usize);
                }
            }
            1 => {
                if len < 4 {
                    c.s_dec("\n\t    TLV length ", len);
                    c.s(" < 4");
                    return Ok(false);
                }
                tcheck(b, at, 4)?;
                c.s(", ");
                ip(c, b, at)?;
            }
            _ => {
                if c.o.verbose <= 1 && !unknown(c, b, at, "\n\t      ", len) {
                    return Ok(false);
                }
            }
        }
        let len = pad4(len);
        if len > ls_length {
            c.s_dec("\n\t    Bogus padded length ", len);
            c.s_dec(" > ", ls_length);
            return Ok(false);
        }
        ls_length -= len;
        at = at.saturating_add(len as usize);
    }
    Ok(true)
}

/// "Remaining TLV length" when a sub-TLV of `sub_len` does not fit in the
/// `len` bytes left of its TLV.
fn sub_fits(c: &mut Ctx, len: u32, sub_len: u32) -> bool {
    if len < sub_len {
        c.s_dec("\n\t    Remaining TLV length ", len + 4);
        c.s_dec(" < ", sub_len + 4);
        return false;
    }
    true
}

/// The value of one Link sub-TLV at `*at`; false (after " (invalid)")
/// when its length is wrong for its type. The Shared Risk Link Group
/// moves `*at` past its values, which tcpdump then skips a second time.
fn link_subtlv(c: &mut Ctx, b: &[u8], at: &mut usize, sub_type: u16, len: u32) -> Res<bool> {
    let p = *at;
    let exact = |want: u32| len == want;
    let bad: Option<&str> = match sub_type {
        1 if !exact(1) => Some(" != 1"),
        2 | 11 if !exact(4) && !exact(8) => Some(" != 4 && != 8"),
        3..=7 | 9 | 14 if !exact(4) => Some(" != 4"),
        8 if !exact(32) => Some(" != 32"),
        15 if len < 36 => Some(" < 36"),
        16 if len % 4 != 0 => Some(" != N x 4"),
        17 if len < 4 => Some(" < 4"),
        _ => None,
    };
    if let Some(text) = bad {
        c.s(text);
        c.invalid();
        return Ok(false);
    }
    match sub_type {
        9 => {
            let v = be32(b, p)?;
            c.s(", ");
            hex32(c, v);
        }
        2 | 11 => {
            for id_at in (p..p + len as usize).step_by(4) {
                let v = be32(b, id_at)?;
                c.s(", ");
                ip(c, b, id_at)?;
                c.s(" (");
                hex32(c, v);
                c.s(")");
            }
        }
        3 | 4 => {
            tcheck(b, p, 4)?;
            c.s(", ");
            ip(c, b, p)?;
        }
        6 | 7 => {
            let raw = be32(b, p)?;
            c.s(", ");
            gmpls::bandwidth(c.out, raw);
        }
        8 => float_list(c, b, p, "\n\t\tTE-Class ", 8)?,
        17 => {
            let model = u8at(b, p)?;
            c.s("\n\t\tBandwidth Constraints Model ID: ");
            name_num(c, gmpls::BC_MODELS, model.into(), "unknown");
            if len % 4 != 0 {
                c.s_dec("\n\t\tlength ", len);
                c.s(" != N x 4");
                c.invalid();
                return Ok(false);
            }
            if len > 36 {
                c.s_dec("\n\t\tlength ", len);
                c.s(" > 36");
                c.invalid();
                return Ok(false);
            }
            float_list(
                c,
                b,
                p + 4,
                "\n\t\t  Bandwidth constraint CT",
                (len - 4) / 4,
            )?;
        }
        5 => {
            let v = be32(b, p)?;
            c.s_dec(", Metric ", v);
        }
        14 => {
            let v = u8at(b, p)?;
            c.s(", ");
            bits(c, gmpls::LINK_PROTECTION, v.into(), "none");
        }
        15 => {
            let cap = u8at(b, p)?;
            c.s("\n\t\tInterface Switching Capability: ");
            c.tok(gmpls::SWITCH_CAPABILITY, cap.into(), "Unknown");
            let enc = u8at(b, p + 1)?;
            c.s("\n\t\tLSP Encoding: ");
            c.tok(gmpls::ENCODING, enc.into(), "Unknown");
            c.s("\n\t\tMax LSP Bandwidth:");
            float_list(c, b, p + 4, "\n\t\t  priority level ", 8)?;
        }
        1 => {
            let t = u8at(b, p)?;
            c.s(", ");
            name_num(c, TE_LINK_TYPES, t.into(), "unknown");
        }
        16 => {
            let count = len / 4;
            if count != 0 {
                c.s("\n\t\t  Shared risk group: ");
            }
            for i in 0..count {
                let v = be32(b, *at)?;
                c.dec(v);
                *at += 4;
                if i + 1 < count {
                    c.s(", ");
                }
            }
        }
        _ => {
            if c.o.verbose <= 1 && !unknown(c, b, p, "\n\t\t", len) {
                return Ok(false);
            }
        }
    }
    Ok(true)
}
