//! EGP, IP protocol 8 (RFC 904; print-egp.c): the message header, and with
//! -v the gateway and network lists of an update.
//!
//! tcpdump 4.99.3 reads the update's source network and builds gateway
//! and network addresses in host byte order, then prints the bytes as they
//! lie in memory. On the little-endian machines it runs on, that classifies
//! the source network by its last byte and prints networks reversed
//! ("0.0.0.10" for 10.0.0.0); this printer does the same, so that its
//! lines are tcpdump's.

use super::{Ctx, Res, Trunc, be16, u8at};

/// Version, type, code, status, checksum, AS, sequence, hello/gateway
/// counts/reason, poll/source network.
const HEADER_LEN: usize = 16;
const VERSION: u8 = 2;

const UPDATE: u8 = 1;
const POLL: u8 = 2;
const ACQUIRE: u8 = 3;
const REACH: u8 = 5;
const ERROR: u8 = 8;

const ACQUIRE_CODES: [&str; 5] = ["request", "confirm", "refuse", "cease", "cease_ack"];
const ACQUIRE_STATUS: [&str; 8] = [
    "unspecified",
    "active_mode",
    "passive_mode",
    "insufficient_resources",
    "administratively_prohibited",
    "going_down",
    "parameter_violation",
    "protocol_violation",
];
const REACH_CODES: [&str; 2] = ["hello", "i-h-u"];
const UP_DOWN: [&str; 3] = ["indeterminate", "up", "down"];
const REASONS: [&str; 7] = [
    "unspecified",
    "bad_EGP_header_format",
    "bad_EGP_data_field_format",
    "reachability_info_unavailable",
    "excessive_polling_rate",
    "no_response",
    "unsupported_version",
];
/// The status bit of an update sent without a poll.
const UNSOLICITED: u8 = 0x80;

pub(crate) fn egp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "egp";
    if length < HEADER_LEN || b.len() < HEADER_LEN {
        c.trunc();
        return Ok(());
    }
    let version = b[0];
    c.s_dec("EGPv", version);
    if c.o.verbose == 0 {
        // The header is whole (checked above), so these reads cannot fail.
        c.dec_fields(&[
            (", AS ", be16(b, 6)?.into()),
            (", seq ", be16(b, 8)?.into()),
            (", length ", length as u64),
        ]);
        return Ok(());
    }
    c.s_dec(", length ", length as u64);
    if version != VERSION {
        c.s_dec("[version ", version);
        c.s("]");
        return Ok(());
    }
    let (kind, code, status) = (b[1], b[2], b[3]);
    match kind {
        ACQUIRE => acquire(c, b, code, status)?,
        REACH => match REACH_CODES.get(usize::from(code)) {
            Some(name) => {
                c.s(" ");
                c.s(name);
                up_down(c, status);
            }
            None => bracketed(c, "[reach code ", code),
        },
        POLL => {
            c.s(" poll");
            up_down(c, status);
            c.s(" net:");
            c.ip4(&b[12..16]);
        }
        UPDATE => {
            c.s(" update");
            let mut status = status;
            if status & UNSOLICITED != 0 {
                status &= !UNSOLICITED;
                c.s(" unsolicited");
            }
            up_down(c, status);
            c.s(" ");
            c.ip4(&b[12..16]);
            c.s_dec(" int ", b[10]);
            c.s_dec(" ext ", b[11]);
            if c.o.verbose > 0 {
                reachability(c, b, length)?;
            }
        }
        ERROR => {
            c.s(" error");
            up_down(c, status);
            let reason = be16(b, 10)?;
            match REASONS.get(usize::from(reason)) {
                Some(name) => {
                    c.s(" ");
                    c.s(name);
                }
                None => bracketed(c, " [reason ", reason),
            }
        }
        _ => bracketed(c, "[type ", kind),
    }
    Ok(())
}

fn acquire(c: &mut Ctx, b: &[u8], code: u8, status: u8) -> Res {
    c.s(" acquire");
    let Some(name) = ACQUIRE_CODES.get(usize::from(code)) else {
        bracketed(c, "[code ", code);
        return Ok(());
    };
    c.s(" ");
    c.s(name);
    // Requests and confirms carry the mode; the others a reason, each
    // from its own part of the status table, and a wrong one is
    // bracketed with (requests) or without (the others) a blank.
    let (allowed, wrong): (&[u8], &str) = if code <= 1 {
        (&[0, 1, 2], " [status ")
    } else {
        (&[0, 3, 4, 5, 6, 7], "[status ")
    };
    if allowed.contains(&status) {
        c.s(" ");
        c.s(ACQUIRE_STATUS[usize::from(status)]);
    } else {
        bracketed(c, wrong, status);
    }
    if code <= 1 {
        c.s(" hello:");
        c.dec(be16(b, 10)?);
        c.s(" poll:");
        c.dec(be16(b, 12)?);
    }
    Ok(())
}

fn up_down(c: &mut Ctx, status: u8) {
    match UP_DOWN.get(usize::from(status)) {
        Some(name) => {
            c.s(" state:");
            c.s(name);
        }
        None => bracketed(c, " [status ", status),
    }
}

fn bracketed(c: &mut Ctx, open: &str, value: impl Into<u64>) {
    c.s(open);
    c.dec(value.into());
    c.s("]");
}

/// egpnr_print: each gateway (interior ones first) with its distances and
/// the networks at each, in tcpdump's byte order (see the file comment).
fn reachability(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    let source = u32::from_le_bytes([b[12], b[13], b[14], b[15]]);
    let (net, net_len) = match source {
        a if a & 0x8000_0000 == 0 => (a & 0xff00_0000, 1),
        a if a & 0xc000_0000 == 0x8000_0000 => (a & 0xffff_0000, 2),
        a if a & 0xe000_0000 == 0xc000_0000 => (a & 0xffff_ff00, 3),
        _ => (0, 0),
    };
    let mut at = HEADER_LEN;
    let mut left = length - HEADER_LEN;
    let interior = u32::from(b[10]);
    let gateways = interior + u32::from(b[11]);
    for gateway in 0..gateways {
        let host_len = 4 - net_len;
        if left < host_len {
            return truncated(c);
        }
        if b.len() < at + host_len {
            return Err(Trunc);
        }
        // With no class (net_len 0) tcpdump reads no byte of the host part
        // but still counts four.
        let mut addr = 0u32;
        if net_len > 0 {
            for &x in &b[at..at + host_len] {
                addr = (addr << 8) | u32::from(x);
            }
            at += host_len;
        }
        addr |= net;
        left -= host_len;
        if left < 1 {
            return truncated(c);
        }
        let mut distances = u8at(b, at)?;
        at += 1;
        left -= 1;
        c.s(if gateway < interior { " int " } else { " ext " });
        c.ip4(&addr.to_le_bytes());
        c.s(" (");
        let mut comma = "";
        while distances != 0 {
            if left < 2 {
                return truncated(c);
            }
            c.s(comma);
            c.s("d");
            c.dec(u8at(b, at)?);
            c.s(":");
            comma = ", ";
            let mut networks = u8at(b, at + 1)?;
            at += 2;
            left -= 2;
            while networks != 0 {
                if left < 1 {
                    return truncated(c);
                }
                let mut addr = u32::from(u8at(b, at)?) << 24;
                at += 1;
                left -= 1;
                if addr & 0xc000_0000 == 0x8000_0000 {
                    if left < 1 {
                        return truncated(c);
                    }
                    addr |= u32::from(u8at(b, at)?) << 16;
                    at += 1;
                    left -= 1;
                } else if addr & 0x8000_0000 != 0 {
                    if left < 2 {
                        return truncated(c);
                    }
                    addr |= u32::from(u8at(b, at)?) << 16;
                    addr |= u32::from(u8at(b, at + 1)?) << 8;
                    at += 2;
                    left -= 2;
                }
                c.s(" ");
                c.ip4(&addr.to_le_bytes());
                networks -= 1;
            }
            distances -= 1;
        }
        c.s(")");
    }
    Ok(())
}

fn truncated(c: &mut Ctx) -> Res {
    c.trunc();
    Ok(())
}
