//! IKE/ISAKMP headers (print-isakmp.c); the cookie table that decides the
//! initiator/responder marks across packets is in state.rs.

use super::ctx::{Ctx, Net, Res, Trunc, be32, rest, u8at};
use super::dispatch;
use super::out::Emit;

/// isakmp_print: the header summary (phase, side, exchange type, flags);
/// payloads are not decoded.
pub(crate) fn isakmp(c: &mut Ctx, b: &[u8], length: usize, net: &Net) -> Res {
    c.proto = "isakmp";
    if b.len() < 28 {
        return Err(Trunc);
    }
    c.s("isakmp");
    let major = b[17] >> 4;
    let minor = b[17] & 0xf;
    if c.o.verbose > 0 {
        c.s(" ");
        c.dec(major);
        c.s(".");
        c.dec(minor);
        c.s(" msgid ");
        for &x in &b[20..24] {
            c.out.hex0(u64::from(x), 2);
        }
    }
    if c.o.verbose > 1 {
        c.s(" cookie ");
        for &x in &b[0..8] {
            c.out.hex0(u64::from(x), 2);
        }
        c.s("->");
        for &x in &b[8..16] {
            c.out.hex0(u64::from(x), 2);
        }
    }
    c.s(":");
    let msgid = crate::decode::be32(b, 20)?;
    let (etype, flags) = (b[18], b[19]);
    match major {
        1 => {
            c.s(if msgid == 0 {
                " phase 1"
            } else {
                " phase 2/others"
            });
            let (icookie, rcookie) = (&b[0..8], &b[8..16]);
            match c.ike.find(icookie) {
                None if rcookie == [0; 8] => {
                    c.s(" I");
                    c.ike.record(icookie, net);
                }
                None => c.s(" ?"),
                Some(i) if c.ike.sent_by(i, net, true) => c.s(" I"),
                Some(i) if c.ike.sent_by(i, net, false) => c.s(" R"),
                Some(_) => c.s(" ?"),
            }
            c.s(" ");
            exchange_type(c, etype);
            if flags != 0 {
                c.s("[");
                if flags & 1 != 0 {
                    c.s("E");
                }
                if flags & 2 != 0 {
                    c.s("C");
                }
                c.s("]");
            }
        }
        2 => {
            c.s(if msgid == 0 {
                " parent_sa"
            } else {
                " child_sa "
            });
            c.s(" ");
            exchange_type(c, etype);
            if flags != 0 {
                c.s("[");
                if flags & 0x08 != 0 {
                    c.s("I");
                }
                if flags & 0x10 != 0 {
                    c.s("V");
                }
                if flags & 0x20 != 0 {
                    c.s("R");
                }
                c.s("]");
            }
        }
        _ => {}
    }
    let _ = length;
    Ok(())
}

fn exchange_type(c: &mut Ctx, etype: u8) {
    let name = match etype {
        0 => "none",
        1 => "base",
        2 => "ident",
        3 => "auth",
        4 => "agg",
        5 => "inf",
        32 => "oakley-quick",
        33 => "oakley-newgroup",
        34 => "ikev2_init",
        35 => "ikev2_auth",
        36 => "child_sa",
        37 => "inf2",
        _ => {
            c.s("#");
            c.dec(etype);
            return;
        }
    };
    c.s(name);
}

/// isakmp_rfc3948_print: NAT keep-alives, IKE behind a zero marker, and
/// ESP in UDP.
pub(crate) fn nat_t(c: &mut Ctx, b: &[u8], length: usize, net: &Net) -> Res {
    c.proto = "isakmp_rfc3948";
    if length == 1 && u8at(b, 0)? == 0xff {
        c.s("isakmp-nat-keep-alive");
        return Ok(());
    }
    if length < 4 {
        return Err(Trunc);
    }
    if be32(b, 0)? == 0 {
        c.s("NONESP-encap: ");
        return isakmp(c, rest(b, 4), length.saturating_sub(4), net);
    }
    c.s("UDP-encap: ");
    dispatch::esp(c, b, length, net)
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, golden_seq, numeric};

    /// ISAKMP headers in sequence: the initiator/responder marks depend on
    /// the cookies seen before, as in tcpdump (expected text from tcpdump
    /// 4.99.3 on the same 25 frames).
    #[test]
    fn isakmp_sides() {
        golden_seq(
            numeric(0),
            &[
                (
                    "020000000002020000000001080045000038000100004011f6abc0000201c000020701f401f4002474890000000000000000000000000000000001100200000000000000001c",
                    "IP 192.0.2.1.500 > 192.0.2.7.500: isakmp: phase 1 ? ident",
                ),
                (
                    "020000000002020000000001080045000038000100004011f6abc0000201c000020701f401f4002430451111111111111111000000000000000001100200000000000000001c",
                    "IP 192.0.2.1.500 > 192.0.2.7.500: isakmp: phase 1 I ident",
                ),
                (
                    "020000000002020000000001080045000038000100004011f6abc0000207c000020101f401f40024a7bc1111111111111111222222222222222201100200000000000000001c",
                    "IP 192.0.2.7.500 > 192.0.2.1.500: isakmp: phase 1 R ident",
                ),
                (
                    "020000000002020000000001080045000038000100004011f6abc0000201c000020701f401f4002489b61111111111111111222222222222222201102001000000050000001c",
                    "IP 192.0.2.1.500 > 192.0.2.7.500: isakmp: phase 2/others I oakley-quick[E]",
                ),
                (
                    "0200000000020200000000010800450000380001000040118e74c6336405c000020701f401f400243c851111111111111111222222222222222201100500000000000000001c",
                    "IP 198.51.100.5.500 > 192.0.2.7.500: isakmp: phase 1 ? inf",
                ),
                (
                    "0200000000020200000000010800450000380001000040118e74c6336405c000020701f401f400243c852222222222222222111111111111111101100500000000000000001c",
                    "IP 198.51.100.5.500 > 192.0.2.7.500: isakmp: phase 1 ? inf",
                ),
                (
                    "02000000000202000000000108004500003c000100004011f6a7c0000207c000020111941194002890c00000000021212121212121210000000000000000212022080000000000000000",
                    "IP 192.0.2.7.4500 > 192.0.2.1.4500: NONESP-encap: isakmp: parent_sa ikev2_init[I]",
                ),
                (
                    "02000000000202000000000108004500001d000100004011f6c6c0000207c000020111941194000959aaff",
                    "IP 192.0.2.7.4500 > 192.0.2.1.4500: isakmp-nat-keep-alive",
                ),
                (
                    "02000000000202000000000108004500002c000100004011f6b7c0000207c0000201119411940018c2e801020304000000096162636465666768",
                    "IP 192.0.2.7.4500 > 192.0.2.1.4500: UDP-encap: ESP(spi=0x01020304,seq=0x9), length 16",
                ),
                (
                    "02000000000202000000000108004500002d000100004011f6b6c0000207c000020101f401f40019a9fe1111111111111111222222222222222201",
                    "IP 192.0.2.7.500 > 192.0.2.1.500:  [|isakmp]",
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
                "020000000002020000000001080045000024000100004011f6bfc0000201c0000207cac01d4c000800007fe14d3dc781fd09",
                "IP 192.0.2.1.51904 > 192.0.2.7.7500:  [|isakmp]",
            )],
        );
    }
}
