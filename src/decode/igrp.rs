//! Cisco IGRP (print-igrp.c): the header and each route entry, interior,
//! system and exterior in the order the header counts them.

use super::ctx::{Ctx, Res, be16, u8at};
use super::out::Emit;

const HEADER_LEN: u32 = 12;
const ENTRY_LEN: u32 = 14;

fn be24(b: &[u8], at: usize) -> Res<u32> {
    Ok(u32::from(u8at(b, at)?) << 16 | u32::from(be16(b, at + 1)?))
}

/// igrp_print.
pub(crate) fn igrp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "igrp";
    c.s("igrp:");
    let mut counts = [be16(b, 4)?, be16(b, 6)?, be16(b, 8)?];
    let vop = u8at(b, 0)?;
    let (edition, asn) = (u8at(b, 1)?, be16(b, 2)?);
    c.s(" ");
    match vop & 0x0f {
        1 => c.s("update"),
        2 => c.s("request"),
        op => {
            c.s("op-#");
            c.dec(op);
        }
    }
    c.s(" V");
    c.dec(vop >> 4);
    c.s(" edit=");
    c.dec(edition);
    c.s(" AS=");
    c.dec(asn);
    for (i, n) in counts.iter().enumerate() {
        c.s(if i == 0 { " (" } else { "/" });
        c.dec(*n);
    }
    c.s(")");
    let cksum = be16(b, 10)?;
    if c.o.verbose > 0 {
        c.s(" checksum=0x");
        c.out.hex0(u64::from(cksum), 4);
    }
    // tcpdump subtracts the header from an unsigned length without a
    // check; a short one wraps and the entries then run to the capture's
    // end.
    let mut left = (length as u32).wrapping_sub(HEADER_LEN);
    let mut at = HEADER_LEN as usize;
    while left >= ENTRY_LEN {
        let net = [u8at(b, at)?, u8at(b, at + 1)?, u8at(b, at + 2)?];
        let Some(kind) = counts.iter().position(|&n| n > 0) else {
            c.s(" [extra bytes ");
            c.dec(left);
            c.s("]");
            break;
        };
        let (before, after) = [(" *.", ""), (" ", ".0"), (" X", ".0")][kind];
        c.s(before);
        for (i, octet) in net.iter().enumerate() {
            if i > 0 {
                c.s(".");
            }
            c.dec(*octet);
        }
        c.s(after);
        entry(c, b, at)?;
        counts[kind] -= 1;
        at += ENTRY_LEN as usize;
        left -= ENTRY_LEN;
    }
    if counts.iter().any(|&n| n > 0) || left != 0 {
        c.invalid();
    }
    Ok(())
}

/// igrp_entry_print: delay, bandwidth, reliability, load, the composite
/// metric, MTU and hop count.
fn entry(c: &mut Ctx, b: &[u8], at: usize) -> Res {
    let delay = be24(b, at + 3)?;
    let bandwidth = be24(b, at + 6)?;
    let mtu = be16(b, at + 9)?;
    let (rel, load, hops) = (u8at(b, at + 11)?, u8at(b, at + 12)?, u8at(b, at + 13)?);
    c.s(" d=");
    c.dec(10 * delay);
    c.s(" b=");
    c.dec(10_000_000u32.checked_div(bandwidth).unwrap_or(0));
    c.s(" r=");
    c.dec(rel);
    c.s(" l=");
    c.dec(load);
    c.s(" M=");
    c.dec((bandwidth + delay).min(0xff_ffff));
    c.s(" mtu=");
    c.dec(mtu);
    c.s(" in ");
    c.dec(hops);
    c.s(" hops");
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden_levels, numeric};
    use crate::link::LinkType;

    /// Updates with interior, system and exterior entries, a request, an
    /// unknown opcode with extra bytes, counts the entries do not fill,
    /// without and with -v, and cut copies (expected text from tcpdump
    /// 4.99.3 -n).
    #[test]
    fn entries_at_each_level() {
        golden_levels(
            LinkType::Ethernet,
            &[
                (
                    "020000000002020000000001080045000049000100004009ee83c6120001c612000211050064000100010001abcd0a0b0c000100000064059cff01020a0b0c00020000006405dcfe00030c0d0e00000000000000000000",
                    0,
                ),
                (
                    "020000000002020000000001080045000020000100004009eeacc6120001c612000212010064000000000000ffff",
                    0,
                ),
                (
                    "02000000000202000000000108004500003f000100004009ee8dc6120001c61200021301006400010000000012340102030000001000000005dcff0000aabbccddeeff00112233445566778899",
                    0,
                ),
                (
                    "020000000002020000000001080045000029000100004009eea3c6120001c6120002110500640002000000000000010203000001000000",
                    0,
                ),
                (
                    "02000000000202000000000108004500002f000100004009ee9dc6120001c612000221050064000000000001abcd0c0d0e000000000000000000000000",
                    0,
                ),
                (
                    "020000000002020000000001080045000049000100004009ee83c6120001c612000211050064000100010001abcd0a0b0c000100000064059cff01020a0b0c00020000006405dcfe00030c0d0e00000000000000000000",
                    60,
                ),
                (
                    "020000000002020000000001080045000049000100004009ee83c6120001c612000211050064000100010001abcd0a0b0c000100000064059cff01020a0b0c00020000006405dcfe00030c0d0e00000000000000000000",
                    70,
                ),
                (
                    "020000000002020000000001080045000049000100004009ee83c6120001c612000211050064000100010001abcd0a0b0c000100000064059cff01020a0b0c00020000006405dcfe00030c0d0e00000000000000000000",
                    40,
                ),
            ],
            &[
                (
                    numeric(0),
                    &[
                        "IP 198.18.0.1 > 198.18.0.2: igrp: update V1 edit=5 AS=100 (1/1/1) *.10.11.12 d=2560 b=100000 r=255 l=1 M=356 mtu=1436 in 2 hops 10.11.12.0 d=5120 b=100000 r=254 l=0 M=612 mtu=1500 in 3 hops (invalid)",
                        "IP 198.18.0.1 > 198.18.0.2: igrp: request V1 edit=1 AS=100 (0/0/0)",
                        "IP 198.18.0.1 > 198.18.0.2: igrp: op-#3 V1 edit=1 AS=100 (1/0/0) *.1.2.3 d=0 b=9 r=220 l=255 M=1048576 mtu=5 in 0 hops [extra bytes 17] (invalid)",
                        "IP 198.18.0.1 > 198.18.0.2: igrp: update V1 edit=5 AS=100 (2/0/0) (invalid)",
                        "IP 198.18.0.1 > 198.18.0.2: igrp: update V2 edit=5 AS=100 (0/0/1) X12.13.14.0 d=0 b=0 r=0 l=0 M=0 mtu=0 in 0 hops (invalid)",
                        "IP 198.18.0.1 > 198.18.0.2: igrp: update V1 edit=5 AS=100 (1/1/1) *.10.11.12 d=2560 b=100000 r=255 l=1 M=356 mtu=1436 in 2 hops [|igrp]",
                        "IP 198.18.0.1 > 198.18.0.2: igrp: update V1 edit=5 AS=100 (1/1/1) *.10.11.12 d=2560 b=100000 r=255 l=1 M=356 mtu=1436 in 2 hops 10.11.12.0 [|igrp]",
                        "IP 198.18.0.1 > 198.18.0.2: igrp: [|igrp]",
                    ],
                ),
                (
                    numeric(1),
                    &[
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto IGRP (9), length 73)\n    198.18.0.1 > 198.18.0.2: igrp: update V1 edit=5 AS=100 (1/1/1) checksum=0xabcd *.10.11.12 d=2560 b=100000 r=255 l=1 M=356 mtu=1436 in 2 hops 10.11.12.0 d=5120 b=100000 r=254 l=0 M=612 mtu=1500 in 3 hops (invalid)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto IGRP (9), length 32)\n    198.18.0.1 > 198.18.0.2: igrp: request V1 edit=1 AS=100 (0/0/0) checksum=0xffff",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto IGRP (9), length 63)\n    198.18.0.1 > 198.18.0.2: igrp: op-#3 V1 edit=1 AS=100 (1/0/0) checksum=0x1234 *.1.2.3 d=0 b=9 r=220 l=255 M=1048576 mtu=5 in 0 hops [extra bytes 17] (invalid)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto IGRP (9), length 41)\n    198.18.0.1 > 198.18.0.2: igrp: update V1 edit=5 AS=100 (2/0/0) checksum=0x0000 (invalid)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto IGRP (9), length 47)\n    198.18.0.1 > 198.18.0.2: igrp: update V2 edit=5 AS=100 (0/0/1) checksum=0xabcd X12.13.14.0 d=0 b=0 r=0 l=0 M=0 mtu=0 in 0 hops (invalid)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto IGRP (9), length 73)\n    198.18.0.1 > 198.18.0.2: igrp: update V1 edit=5 AS=100 (1/1/1) checksum=0xabcd *.10.11.12 d=2560 b=100000 r=255 l=1 M=356 mtu=1436 in 2 hops [|igrp]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto IGRP (9), length 73)\n    198.18.0.1 > 198.18.0.2: igrp: update V1 edit=5 AS=100 (1/1/1) checksum=0xabcd *.10.11.12 d=2560 b=100000 r=255 l=1 M=356 mtu=1436 in 2 hops 10.11.12.0 [|igrp]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto IGRP (9), length 73)\n    198.18.0.1 > 198.18.0.2: igrp: [|igrp]",
                    ],
                ),
            ],
        );
    }
}
