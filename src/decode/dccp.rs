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
        c.s("truncated-dccp - ");
        c.dec((12 - len) as u64);
        c.s(" bytes missing!");
        return Ok(());
    }
    let x = b[8] & 1 != 0;
    let typ = (b[8] >> 1) & 0xf;
    let mut fixed = if x { 16 } else { 12 };
    if len < fixed {
        c.s("truncated-dccp - ");
        c.dec((fixed - len) as u64);
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
        c.dec(len.wrapping_sub(hlen) as u32);
        if hlen > len {
            c.bad_hdr_length(hlen, len);
        }
        return Ok(());
    }
    if c.o.verbose > 0 {
        c.s(" (CCVal ");
        c.dec(b[5] >> 4);
        c.s(", CsCov ");
        c.dec(b[5] & 0xf);
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
            c.s("unknown-type-");
            c.dec(typ);
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
            c.s(" - ");
            c.dec((fixed - len) as u64);
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
            c.s(" (service=");
            c.dec(service);
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
        c.s("(ack=");
        c.dec(ack);
        c.s(") ");
    }
    if c.o.verbose < 2 {
        return Ok(());
    }
    let seq = if x { bytes(b, 10, 6)? } else { bytes(b, 9, 3)? };
    c.s("seq ");
    c.dec(seq.iter().fold(0u64, |v, &d| v << 8 | u64::from(d)));
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
        c.s("CCID option ");
        c.dec(kind);
    } else {
        match OPTIONS.iter().find(|&&(k, _)| k == u32::from(kind)) {
            Some(&(_, name)) => c.s(name),
            None => {
                c.s("Option ");
                c.dec(kind);
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
                    c.s(" ");
                    c.dec(v);
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
                c.s(" ");
                c.dec(v);
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

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, golden_link_wire, numeric};
    use crate::link::LinkType;

    /// DCCP packet types, extended sequence numbers, reset codes, short
    /// and cut headers (expected text from tcpdump 4.99.3).
    #[test]
    fn packets() {
        golden(
            numeric(0),
            &[
                (
                    "020000000002020000000001080045000026000100004021f6adc0000201c00002078e37cfe8059600000552cdb1077c5b5b6776",
                    "IP 192.0.2.1.36407 > 192.0.2.7.53224: DCCP DCCP-Data ",
                ),
                (
                    "02000000000202000000000186dd600000000010214020010db800000000000000000000000120010db8000000000000000000000002b017a22c050d0000106ece24ba674be7",
                    "IP6 2001:db8::1.45079 > 2001:db8::2.41516: DCCP truncated-DCCP-Sync - 4 bytes missing!",
                ),
                (
                    "02000000000202000000000108004500001f000100004021f6b4c0000201c00002075fc2d1a004840000136b68",
                    "IP  [|dccp]",
                ),
                (
                    "02000000000202000000000186dd600000000012214020010db800000000000000000000000120010db80000000000000000000000025a9d530806890000126ce4652212647e1af0",
                    "IP6 2001:db8::1.23197 > 2001:db8::2.21256: DCCP truncated-DCCP-SyncAck - 2 bytes missing!",
                ),
                (
                    "020000000002020000000001080045000034000100004021f69fc0000201c0000207f4db5ebc04bf000001d3e9e528d5c3f677f17313df1bb535cee42d1f9b06bc65",
                    "IP 192.0.2.1.62683 > 192.0.2.7.24252: DCCP DCCP-Request (service=2012312339) ",
                ),
                (
                    "020000000002020000000001080045000028000100004021f6abc0000201c0000207517c1341045d00000d1b2b66752551e5974617d9",
                    "IP 192.0.2.1.20860 > 192.0.2.7.4929: DCCP truncated-DCCP-Close - 4 bytes missing!",
                ),
                (
                    "02000000000202000000000108004500002e000100004021f6a5c0000201c00002078121aea408140000070d7c58f471e0d2c7d0dfac8947f0e778b1",
                    "IP 192.0.2.1.33057 > 192.0.2.7.44708: DCCP DCCP-Ack (ack=245932130562279) ",
                ),
                (
                    "02000000000202000000000186dd600000000018214020010db800000000000000000000000120010db8000000000000000000000002899da9fa04b10000154f2eb193edf32df1946ac41d2682e7",
                    "IP6 2001:db8::1.35229 > 2001:db8::2.43514: DCCP unknown-type-10 (ack=117390535197415) ",
                ),
                (
                    "02000000000202000000000186dd600000000026214020010db800000000000000000000000120010db800000000000000000000000290ab955c03c1000003817a4736345fd2742048a597d0c4d9167775ee26a3c4840b30d5178f88",
                    "IP6 2001:db8::1.37035 > 2001:db8::2.38236: DCCP DCCP-Response (service=376927726) (ack=79876053845209) ",
                ),
                (
                    "02000000000202000000000186dd600000000019214020010db800000000000000000000000120010db800000000000000000000000255719b9c086a00001350ea280e98095637241d5ff29d9563bd",
                    "IP6 2001:db8::1.21873 > 2001:db8::2.39836: DCCP DCCP-SyncAck (ack=32297929512291) ",
                ),
                (
                    "020000000002020000000001080045000025000100004021f6aec0000201c0000207a0ce7d130428000010715756eb3e66e916",
                    "IP 192.0.2.1.41166 > 192.0.2.7.32019: DCCP truncated-DCCP-Sync - 3 bytes missing!",
                ),
                ("02000000000202000000000108004500001b0001", "IP  [|ip]"),
                (
                    "020000000002020000000001080045000032000100004021f6a1c0000201c000020781a32703032e000012013d0635e458a7ab22529b76bd43ee83a3e1408fd3",
                    "IP 192.0.2.1.33187 > 192.0.2.7.9987: DCCP DCCP-SyncAck (ack=14964903) ",
                ),
                (
                    "02000000000202000000000186dd600000000028214020010db800000000000000000000000120010db8000000000000000000000002e363b15303f8000003429f5bdd2fa259e15cd0c7065610b2864932475c3c874c88ebc4cdc53b371e",
                    "IP6 2001:db8::1.58211 > 2001:db8::2.45395: DCCP DCCP-Response (service=2252943943) (ack=229553223372978) ",
                ),
                (
                    "020000000002020000000001080045000036000100004021f69dc0000201c00002073fb51c62031700001795e140c14f5719135d7174f6ca9d6c4065f39b32bfac38121f",
                    "IP 192.0.2.1.16309 > 192.0.2.7.7266: DCCP unknown-type-11 (ack=124747170618732) ",
                ),
                (
                    "020000000002020000000001080045000038000100004021f69bc0000201c00002077f61ecff08f60000133f3de8ff6be6baf115c5ed1f2cd1b3738aff5560922d8d1e03ff07",
                    "IP 192.0.2.1.32609 > 192.0.2.7.60671: DCCP DCCP-SyncAck (ack=217622220951987) ",
                ),
                (
                    "020000000002020000000001080045000024000100004021f6afc0000201c00002073614edee0368000002e1359e6f19cf00",
                    "IP 192.0.2.1.13844 > 192.0.2.7.60910: DCCP truncated-DCCP-Response - 8 bytes missing!",
                ),
                (
                    "02000000000202000000000186dd600000000014214020010db800000000000000000000000120010db80000000000000000000000029fe022da058000000b6c84073770428eb664b56f",
                    "IP6 2001:db8::1.40928 > 2001:db8::2.8922: DCCP truncated-DCCP-CloseReq - 4 bytes missing!",
                ),
                (
                    "02000000000202000000000186dd600000000004214020010db800000000000000000000000120010db80000000000000000000000020ab9fa9f",
                    "IP6  [|dccp]",
                ),
                (
                    "02000000000202000000000186dd600000000012214020010db800000000000000000000000120010db8000000000000000000000002e8c0626c062900000a65d6e7ca213b32a9ec",
                    "IP6 2001:db8::1.59584 > 2001:db8::2.25196: DCCP truncated-DCCP-CloseReq - 2 bytes missing!",
                ),
            ],
        );
        golden(
            numeric(1),
            &[
                (
        "020000000002020000000001080045000026000100004021f6adc0000201c00002078e37cfe8059600000552cdb1077c5b5b6776",
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 38)
    192.0.2.1.36407 > 192.0.2.7.53224: DCCP (CCVal 9, CsCov 6, cksum 0x0000 (incorrect -> 0x7abb)) DCCP-Data ",
    ),
                (
        "02000000000202000000000186dd600000000010214020010db800000000000000000000000120010db8000000000000000000000002b017a22c050d0000106ece24ba674be7",
        "IP6 (hlim 64, next-header DCCP (33) payload length: 16) 2001:db8::1.45079 > 2001:db8::2.41516: DCCP (CCVal 0, CsCov 13, cksum 0x0000 (incorrect -> 0x6826)) truncated-DCCP-Sync - 4 bytes missing!",
    ),
                (
        "02000000000202000000000108004500001f000100004021f6b4c0000201c00002075fc2d1a004840000136b68",
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 31)
     [|dccp]",
    ),
                (
        "02000000000202000000000186dd600000000012214020010db800000000000000000000000120010db80000000000000000000000025a9d530806890000126ce4652212647e1af0",
        "IP6 (hlim 64, next-header DCCP (33) payload length: 18) 2001:db8::1.23197 > 2001:db8::2.21256: DCCP (CCVal 8, CsCov 9, cksum 0x0000 (incorrect -> 0x57d6)) truncated-DCCP-SyncAck - 2 bytes missing!",
    ),
                (
        "020000000002020000000001080045000034000100004021f69fc0000201c0000207f4db5ebc04bf000001d3e9e528d5c3f677f17313df1bb535cee42d1f9b06bc65",
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 52)
    192.0.2.1.62683 > 192.0.2.7.24252: DCCP (CCVal 11, CsCov 15, cksum 0x0000 (incorrect -> 0x7812)) DCCP-Request (service=2012312339) ",
    ),
                (
        "020000000002020000000001080045000028000100004021f6abc0000201c0000207517c1341045d00000d1b2b66752551e5974617d9",
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 40)
    192.0.2.1.20860 > 192.0.2.7.4929: DCCP (CCVal 5, CsCov 13, cksum 0x0000 (incorrect -> 0x63fb)) truncated-DCCP-Close - 4 bytes missing!",
    ),
            ],
        );
    }

    /// Random payloads on the port or protocol, cut or whole, as
    /// tcpdump 4.99.3 -n printed them (from the shared random set).
    #[test]
    fn random_payloads_on_its_port() {
        golden(
            numeric(0),
            &[(
                "020000000002020000000001080045000064000100004021f66fc0000201c0000207859a6cb779f5299a588e2dba84d8cc884e05049b975827206f0b118851f4ac8e4ad55c2c8d54b1f4c5b019ba8c4b08aae8576c32a2280a2ca01779646dde8b8b615f97a4d5ec60421aeb34fbc75a2210",
                "IP 192.0.2.1.34202 > 192.0.2.7.27831: DCCP unknown-type-12 (ack=14208136) ",
            )],
        );
    }

    /// -vv: the sequence number and every option kind the captures carry
    /// (features, ack vectors, elapsed time, NDP count, a bad timestamp
    /// echo length), a Response cut in its header and in its options, on
    /// IPv4 and IPv6 (tcpdump 4.99.3 -vv on dccp_partial_csum_* and
    /// dccp_options-oobr from its suite).
    #[test]
    fn options_at_vv() {
        golden_link_wire(
            LinkType::Ethernet,
            numeric(2),
            &[
(
    "0007e9bd5d1f001422595551080045000044000040004021809c8b85d1418b85d1b01389cdbb0c009a1a0300000072c5835100000007b8bb9240000000000000200405022305010202210501020223040502",
    82,
    "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto DCCP (33), length 68)
    139.133.209.65.5001 > 139.133.209.176.52667: DCCP (CCVal 0, CsCov 0, cksum 0x9a1a (correct)) DCCP-Response (service=0) (ack=33164071488) seq 1925546833 <nop, nop, change_l ack_ratio 2, confirm_r ccid 2 2, confirm_l ccid 2 2, confirm_r ack_ratio 2>",
),
(
    "0007e9bd5d1f001422595551080045000044000040004021809c8b85d1418b85d1b01389cdbb0c009a1a0300000072c583510000",
    82,
    "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto DCCP (33), length 68)
    139.133.209.65.5001 > 139.133.209.176.52667: DCCP (CCVal 0, CsCov 0)  [|dccp]",
),
(
    "0007e9bd5d1f001422595551080045000044000040004021809c8b85d1418b85d1b01389cdbb0c009a1a0300000072c5835100000007b8bb92400000",
    82,
    "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto DCCP (33), length 68)
    139.133.209.65.5001 > 139.133.209.176.52667: DCCP (CCVal 0, CsCov 0)  [|dccp]",
),
(
    "0007e9bd5d1f001422595551080045000044000040004021809c8b85d1418b85d1b01389cdbb0c009a1a0300000072c5835100000007b8bb92400000000000002004",
    82,
    "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto DCCP (33), length 68)
    139.133.209.65.5001 > 139.133.209.176.52667: DCCP (CCVal 0, CsCov 0) DCCP-Response (service=0) (ack=33164071488) seq 1925546833 <nop, nop,  [|dccp]>",
),
(
    "0007e9bd5d1f001422595551080045000044000040004021809c8b85d1418b85d1b01389cdbb0c009a1a0300000072c5835100000007b8bb924000000000000020040502230501",
    82,
    "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto DCCP (33), length 68)
    139.133.209.65.5001 > 139.133.209.176.52667: DCCP (CCVal 0, CsCov 0) DCCP-Response (service=0) (ack=33164071488) seq 1925546833 <nop, nop, change_l ack_ratio 2,  [|dccp]>",
),
(
    "0007e9bd5d1f001422595551080045000044000040004021809c8b85d1418b85d1b01389cdbb0c009a1a0300000072c5835100000007b8bb924000000000000020040502230501020221050102",
    82,
    "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto DCCP (33), length 68)
    139.133.209.65.5001 > 139.133.209.176.52667: DCCP (CCVal 0, CsCov 0) DCCP-Response (service=0) (ack=33164071488) seq 1925546833 <nop, nop, change_l ack_ratio 2, confirm_r ccid 2 2,  [|dccp]>",
),
(
    "0014225955510007e9bd5d1f0800450000387590400040210b188b85d1b08b85d141cdbb13890900df0907000007b8bb92410000000072c5835100230405022603002b040001",
    70,
    "IP (tos 0x0, ttl 64, id 30096, offset 0, flags [DF], proto DCCP (33), length 56)
    139.133.209.176.52667 > 139.133.209.65.5001: DCCP (CCVal 0, CsCov 0, cksum 0xdf09 (correct)) DCCP-Ack (ack=1925546833) seq 33164071489 <nop, confirm_r ack_ratio 2, ack_vector0 0x00, elapsed_time 1>",
),
(
    "0014225955510007e9bd5d1f0800450000447591400040210b0b8b85d1b08b85d141cdbb138909019dfa09000007b8bb92420000000072c5835100002603002b04004625030168656c6c6f20776f726c640a",
    82,
    "IP (tos 0x0, ttl 64, id 30097, offset 0, flags [DF], proto DCCP (33), length 68)
    139.133.209.176.52667 > 139.133.209.65.5001: DCCP (CCVal 0, CsCov 1, cksum 0x9dfa (correct)) DCCP-DataAck (ack=1925546833) seq 33164071490 <nop, nop, ack_vector0 0x00, elapsed_time 70, ndp_count 1>",
),
(
    "0014225955510007e9bd001f080045000038ff214000402181868b85d1b08b85d14199fc13890900f53a07000008f4ae867f0000000074d86e9a00230405022603e92a040001",
    32582,
    "IP (tos 0x0, ttl 64, id 65313, offset 0, flags [DF], proto DCCP (33), length 56)
    139.133.209.176.39420 > 139.133.209.65.5001: DCCP (CCVal 0, CsCov 0, cksum 0xf53a (incorrect -> 0xf551)) DCCP-Ack (ack=1960341146) seq 38464816767 <nop, confirm_r ack_ratio 2, ack_vector0 0xe9, timestamp_echo [optlen != 6 or 8 or 10]>",
),
(
    "0014225955510007e9bd5d1f86dd60000000002021403ffe00000000000000000000000000013ffe0000000000000000000000000002ceb913890800ef1a010000004fbdec9100000000200405022204010220040102",
    86,
    "IP6 (hlim 64, next-header DCCP (33) payload length: 32) 3ffe::1.52921 > 3ffe::2.5001: DCCP (CCVal 0, CsCov 0, cksum 0xef1a (correct)) DCCP-Request (service=0) seq 1337846929 <change_l ack_ratio 2, change_r ccid 2, change_l ccid 2>",
),
(
    "0007e9bd5d1f00142259555186dd60000000002821403ffe00000000000000000000000000023ffe00000000000000000000000000011389ceb90a004b590f000000529279e2000000004fbdec940100000000002603002b040002250301",
    94,
    "IP6 (hlim 64, next-header DCCP (33) payload length: 40) 3ffe::2.5001 > 3ffe::1.52921: DCCP (CCVal 0, CsCov 0, cksum 0x4b59 (correct)) DCCP-Reset (code=closed) (ack=1337846932) seq 1385331170 <nop, nop, ack_vector0 0x00, elapsed_time 2, ndp_count 1>",
),

            ],
        );
    }
}
