//! DCCP (print-dccp.c): packet types, sequence numbers, options and the
//! checksum.

use super::ctx::{Ctx, Net, Res, Trunc, be16, be32, bytes, in_cksum, tcheck, u8at};
use super::out::Emit;

/// dccp_print: the generic header, the type's own fields, the
/// acknowledgement number and, with -vv, the sequence number and options.
pub(crate) fn dccp(c: &mut Ctx, b: &[u8], len: usize, net: &Net) -> Res {
    c.proto = "dccp";
    if b.len() < 12 {
        return Err(Trunc);
    }
    if len < 12 {
        c.s_dec("truncated-dccp - ", (12 - len) as u64);
        c.s(" bytes missing!");
        return Ok(());
    }
    let x = b[8] & 1 != 0;
    let typ = (b[8] >> 1) & 0xf;
    let mut fixed = if x { 16 } else { 12 };
    if len < fixed {
        c.s_dec("truncated-dccp - ", (fixed - len) as u64);
        c.s(" bytes missing!");
        return Ok(());
    }
    bytes(b, 0, fixed)?;
    let (sport, dport) = (be16(b, 0)?, be16(b, 2)?);
    let hlen = usize::from(b[4]) * 4;
    net.endpoints(c, (sport, dport), |c, p| c.dec(p));
    c.s(": DCCP");
    if c.o.quiet {
        c.s(" ");
        c.quiet_payload_len(len, hlen);
        return Ok(());
    }
    if c.o.verbose > 0 {
        c.s_dec(" (CCVal ", b[5] >> 4);
        c.s_dec(", CsCov ", b[5] & 0xf);
        if b.len() >= len {
            let field = be16(b, 6)?;
            c.s(", cksum 0x");
            c.out.hex0(u64::from(field), 4);
            c.s(" ");
            let cscov = usize::from(b[5] & 0xf);
            let cov = if cscov == 0 {
                len
            } else {
                ((usize::from(b[4]) + cscov - 1) * 4).min(len)
            };
            let sum = dccp_cksum(net, &b[..cov], len);
            if sum != 0 {
                c.s("(incorrect -> 0x");
                c.out
                    .hex0(u64::from(crate::decode::cksum_shouldbe(field, sum)), 4);
                c.s(")");
            } else {
                c.s("(correct)");
            }
        }
        c.s(")");
    }
    c.s(" ");
    const NAMES: [&str; 10] = [
        "DCCP-Request",
        "DCCP-Response",
        "DCCP-Data",
        "DCCP-Ack",
        "DCCP-DataAck",
        "DCCP-CloseReq",
        "DCCP-Close",
        "DCCP-Reset",
        "DCCP-Sync",
        "DCCP-SyncAck",
    ];
    // What each type adds to the generic header (a Response carries an
    // acknowledgement before its service code).
    let extra = match typ {
        0 => 4,
        1 => 12,
        2 => 0,
        3..=6 | 8 | 9 => 8,
        7 => 12,
        _ => {
            c.s_dec("unknown-type-", typ);
            c.s(" ");
            0
        }
    };
    if typ <= 9 {
        let name = NAMES[usize::from(typ)];
        fixed += extra;
        if len < fixed {
            c.s("truncated-");
            c.s(name);
            c.s_dec(" - ", (fixed - len) as u64);
            c.s(" bytes missing!");
            return Ok(());
        }
        if typ <= 1 || typ == 7 {
            // ND_TCHECK_SIZE of the type's header before its name.
            tcheck(b, fixed - extra, extra)?;
        }
        c.s(name);
        if typ <= 1 {
            let service = be32(b, fixed - 4)?;
            c.s_dec(" (service=", service);
            c.s(")");
        } else if typ == 7 {
            const CODES: [&str; 12] = [
                "unspecified",
                "closed",
                "aborted",
                "no_connection",
                "packet_error",
                "option_error",
                "mandatory_error",
                "connection_refused",
                "bad_service_code",
                "too_busy",
                "bad_init_cookie",
                "aggression_penalty",
            ];
            let code = u8at(b, fixed - 4)?;
            c.s(" (code=");
            c.s(CODES.get(usize::from(code)).copied().unwrap_or("invalid"));
            c.s(")");
        }
        c.s(" ");
    }
    if typ != 2 && typ != 0 {
        let ackp = if x { 16 } else { 12 };
        let ack = if x {
            let a = bytes(b, ackp + 2, 6)?;
            a.iter().fold(0u64, |v, &d| v << 8 | u64::from(d))
        } else {
            let a = bytes(b, ackp + 1, 3)?;
            a.iter().fold(0u64, |v, &d| v << 8 | u64::from(d))
        };
        c.s_dec("(ack=", ack);
        c.s(") ");
    }
    if c.o.verbose < 2 {
        return Ok(());
    }
    let seq = if x { bytes(b, 10, 6)? } else { bytes(b, 9, 3)? };
    c.s_dec("seq ", seq.iter().fold(0u64, |v, &d| v << 8 | u64::from(d)));
    if hlen > fixed {
        c.s(" <");
        let mut at = fixed;
        let mut left = hlen - fixed;
        loop {
            let used = option(c, b, at, left)?;
            if used == 0 || left <= used {
                break;
            }
            left -= used;
            at += used;
            c.s(", ");
        }
        c.s(">");
    }
    Ok(())
}

/// dccp_option_values.
const OPTIONS: &[(u32, &str)] = &[
    (0, "nop"),
    (1, "mandatory"),
    (2, "slowreceiver"),
    (32, "change_l"),
    (33, "confirm_l"),
    (34, "change_r"),
    (35, "confirm_r"),
    (36, "initcookie"),
    (37, "ndp_count"),
    (38, "ack_vector0"),
    (39, "ack_vector1"),
    (40, "data_dropped"),
    (41, "timestamp"),
    (42, "timestamp_echo"),
    (43, "elapsed_time"),
    (44, "data_checksum"),
];

/// dccp_feature_nums: the features a change/confirm option names.
const FEATURES: [&str; 10] = [
    "reserved",
    "ccid",
    "allow_short_seqno",
    "sequence_window",
    "ecn_incapable",
    "ack_ratio",
    "send_ack_vector",
    "send_ndp_count",
    "minimum checksum coverage",
    "check data checksum",
];

/// An option's name: a CCID-specific number (128 and up) or tcpdump's
/// name for it.
fn option_name(c: &mut Ctx, kind: u8) {
    if kind >= 128 {
        c.s_dec("CCID option ", kind);
    } else {
        match OPTIONS.iter().find(|&&(k, _)| k == u32::from(kind)) {
            Some(&(_, name)) => c.s(name),
            None => {
                c.s_dec("Option ", kind);
            }
        }
    }
}

/// dccp_print_option: one option of the `left` header bytes at `at`; the
/// bytes it used, or 0 to end the list (a bad length, or an option cut by
/// the capture, which prints the truncation mark inside the list as
/// tcpdump's ND_TCHECK does).
fn option(c: &mut Ctx, b: &[u8], at: usize, left: usize) -> Res<usize> {
    let kind = u8at(b, at)?;
    let optlen = if kind >= 32 {
        let optlen = usize::from(u8at(b, at + 1)?);
        if optlen < 2 {
            option_name(c, kind);
            c.s(" optlen too short");
            return Ok(0);
        }
        optlen
    } else {
        1
    };
    if left < optlen {
        option_name(c, kind);
        c.s(" optlen goes past header length");
        return Ok(0);
    }
    let Ok(opt) = bytes(b, at, optlen) else {
        c.trunc();
        return Ok(0);
    };
    option_name(c, kind);
    if kind >= 128 {
        match optlen {
            4 => {
                c.s(" ");
                c.dec(be16(opt, 2)?);
            }
            6 => {
                c.s(" ");
                c.dec(be32(opt, 2)?);
            }
            _ => {}
        }
        return Ok(optlen);
    }
    let body = &opt[optlen.min(2)..];
    match kind {
        32..=35 => {
            if optlen < 3 {
                c.s(" optlen too short");
                return Ok(optlen);
            }
            if let Some(feature) = FEATURES.get(usize::from(body[0])) {
                c.s(" ");
                c.s(feature);
                for &v in &body[1..] {
                    c.s_dec(" ", v);
                }
            }
        }
        36 | 38..=40 | 44 if !body.is_empty() => {
            // The data checksum is the one printed without "0x".
            c.s(if kind == 44 { " " } else { " 0x" });
            for &v in body {
                c.out.hex0(u64::from(v), 2);
            }
        }
        37 => {
            for &v in body {
                c.s_dec(" ", v);
            }
        }
        41 => fixed_width(c, body, &[4], " [optlen != 6]")?,
        42 => {
            fixed_width(c, body, &[4, 6, 8], " [optlen != 6 or 8 or 10]")?;
            if body.len() == 6 || body.len() == 8 {
                c.s(" (elapsed time ");
                let elapsed = &body[4..];
                c.dec(elapsed.iter().fold(0u64, |v, &d| v << 8 | u64::from(d)));
                c.s(")");
            }
        }
        43 => fixed_width(c, body, &[4, 2], " [optlen != 4 or 6]")?,
        _ => {}
    }
    Ok(optlen)
}

/// A timestamp-like option whose body is one of `widths` long: its first
/// big-endian number of 4 bytes (2 when the body is 2 long), else
/// `complaint`.
fn fixed_width(c: &mut Ctx, body: &[u8], widths: &[usize], complaint: &str) -> Res {
    if !widths.contains(&body.len()) {
        c.s(complaint);
        return Ok(());
    }
    c.s(" ");
    if body.len() == 2 {
        c.dec(be16(body, 0)?);
    } else {
        c.dec(be32(body, 0)?);
    }
    Ok(())
}

/// The DCCP checksum over `covered` with a pseudo-header of `len`.
fn dccp_cksum(net: &Net, covered: &[u8], len: usize) -> u16 {
    if net.v6 {
        let mut ph = [0u8; 8];
        ph[0..4].copy_from_slice(&(len as u32).to_be_bytes());
        ph[7] = 33;
        in_cksum(&[net.src, net.cksum_dst, &ph, covered])
    } else {
        let mut ph = [0u8; 4];
        ph[1] = 33;
        ph[2..4].copy_from_slice(&(len as u16).to_be_bytes());
        in_cksum(&[net.src, net.cksum_dst, &ph, covered])
    }
}
