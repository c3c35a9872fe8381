//! LISP control messages (print-lisp.c).

use super::ctx::{Ctx, Res, Trunc, be16};

/// lisp_print: the control message type; Map-Register and Map-Notify
/// with their EID records and locators.
pub(crate) fn lisp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "lisp";
    if b.len() < 16 {
        c.trunc();
        return Ok(());
    }
    let tf = b[0];
    let typ = tf >> 4;
    match typ {
        0 => c.s("LISP-Reserved"),
        1 => c.s("LISP-Map-Request"),
        2 => c.s("LISP-Map-Reply"),
        3 => c.s("LISP-Map-Register"),
        4 => c.s("LISP-Map-Notify"),
        8 => c.s("LISP-Encapsulated-Contol-Message"),
        t => {
            c.s("unknown-type-");
            c.dec(t);
        }
    }
    c.s(",");
    let v = c.o.verbose > 0;
    if v && (typ == 3 || typ == 4) {
        let w = crate::decode::be32(b, 0)?;
        c.s(" flags [");
        if typ == 3 {
            c.flag_names(
                w,
                &[
                    (0x0800_0000, "P-Proxy-Map-Reply"),
                    (0x0400_0000, "S-LISP-SEC-Capable"),
                    (0x0200_0000, "I-xTR-ID-Present"),
                    (0x0100_0000, "R-Build-For-RTR"),
                    (0x0000_0100, "M-Want-Map-Notify"),
                ],
            );
        } else {
            c.flag_names(
                w,
                &[
                    (0x0800_0000, "I-xTR-ID-Present"),
                    (0x0400_0000, "R-Build-For-RTR"),
                ],
            );
        }
        c.s("],");
    }
    if typ != 3 && typ != 4 {
        return Ok(());
    }
    let xtr = if typ == 3 {
        tf & 0x02 != 0
    } else {
        tf & 0x08 != 0
    };
    let auth_len = usize::from(be16(b, 14)?);
    let mut records = b[3];
    if v {
        c.s("\n    ");
        c.dec(records);
        c.s(" record(s), Authentication ");
        c.s(match be16(b, 12)? {
            0 => "None",
            1 => "SHA1",
            2 => "SHA256",
            _ => "unknown-type",
        });
        c.s(",");
        // hex_print: what was captured, then the cut.
        let data = &b[16..b.len().min(16 + auth_len)];
        crate::decode::hexdump::hex(c.out, "\n    Authentication-Data: ", data);
        if data.len() < auth_len {
            return Err(Trunc);
        }
    } else {
        c.s(" ");
        c.dec(records);
        c.s(" record(s),");
    }
    let mut off = (16 + auth_len) & 0xffff;
    if records == 0 {
        c.invalid();
        return Ok(());
    }
    while length > off && records > 0 {
        records -= 1;
        if b.len() < off + 12 {
            c.trunc();
            return Ok(());
        }
        c.s("\n");
        let e = &b[off..off + 12];
        off += 12;
        let mask = e[5];
        let afi = be16(e, 10)?;
        let mut locs = e[4];
        if v {
            c.s("      Record TTL ");
            c.dec(crate::decode::be32(e, 0)?);
            c.s(",");
            c.s(if (e[6] >> 4) & 1 != 0 {
                " Authoritative,"
            } else {
                " Non-Authoritative,"
            });
            c.s(" ");
            c.s(
                ["No-Action", "Natively-Forward", "Send-Map-Request", "Drop"]
                    .get(usize::from(e[6] >> 5))
                    .copied()
                    .unwrap_or("unknown"),
            );
            c.s(",");
            c.s(" Map Version: ");
            c.dec(be16(e, 8)? & 0x0fff);
            c.s(",");
        }
        match afi {
            1 | 2 => {
                let n = if afi == 1 { 4 } else { 16 };
                if b.len() < off + n {
                    c.trunc();
                    return Ok(());
                }
                c.s(" EID ");
                if afi == 1 {
                    c.ip4(&b[off..off + 4]);
                } else {
                    c.ip6(&b[off..off + 16]);
                }
                c.s("/");
                c.dec(mask);
                c.s(",");
                off += n;
            }
            _ => return Ok(()),
        }
        c.s(" ");
        c.dec(locs);
        c.s(" locator(s)");
        while locs > 0 {
            locs -= 1;
            if b.len() < off + 8 {
                c.trunc();
                return Ok(());
            }
            let l = &b[off..off + 8];
            off += 8;
            if v {
                c.s("\n       ");
            }
            // The locator's address by its AFI (1: IPv4, 2: IPv6).
            let loc_len = match be16(l, 6)? {
                1 => 4,
                2 => 16,
                _ => 0,
            };
            if loc_len > 0 {
                let Some(loc) = b.get(off..off + loc_len) else {
                    c.trunc();
                    return Ok(());
                };
                c.s(" LOC ");
                if loc_len == 4 {
                    c.ip4(loc);
                } else {
                    c.ip6(loc);
                }
                off += loc_len;
            }
            if v {
                let labels = [
                    "\n          Priority/Weight ",
                    "/",
                    ", Multicast Priority/Weight ",
                    "/",
                ];
                for (label, &v) in labels.iter().zip(l) {
                    c.s(label);
                    c.dec(v);
                }
                c.s(", flags [");
                c.flag_names(
                    u32::from(be16(l, 4)?),
                    &[
                        (0x0004, "Local-Locator"),
                        (0x0002, "RLoc-Probed"),
                        (0x0001, "Reachable"),
                    ],
                );
                c.s("],");
            }
        }
    }
    if xtr {
        if b.len() < off + 24 {
            c.invalid();
            return Ok(());
        }
        crate::decode::hexdump::hex(c.out, "\n    xTR-ID: ", &b[off..off + 16]);
        c.s("\n    SITE-ID: ");
        c.dec(
            u64::from(crate::decode::be32(b, off + 16)?) << 32
                | u64::from(crate::decode::be32(b, off + 20)?),
        );
    } else if off < b.len() {
        crate::decode::hexdump::hex(c.out, "\n    Data: ", &b[off..]);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, numeric};

    /// LISP control messages: types, Map-Register and Map-Notify records,
    /// locators, xTR/site ids, trailing data, cut and invalid messages
    /// (expected text from tcpdump 4.99.3 -n and -n -v).
    #[test]
    fn control_messages() {
        golden(
            numeric(0),
            &[
                (
                    "02000000000202000000000108004500005c000100004011f687c0000201c000020710f610f60048d65b30000101000102030405060700010014aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa000005a00118100000050001c00002090164ff0000050001c0000209",
                    "IP 192.0.2.1.4342 > 192.0.2.7.4342: LISP-Map-Register, 1 record(s),
 EID 192.0.2.9/24, 1 locator(s) LOC 192.0.2.9",
                ),
                (
                    "02000000000202000000000108004500007c000100004011f667c0000201c000020710f610f60068e394400001020001020304050607000200000000003c024040000001000220010db8000000000000000000000009010101010001000220010db80000000000000000000000090202020200020001c00002090000003c0020000000000001c0000209",
                    "IP 192.0.2.1.4342 > 192.0.2.7.4342: LISP-Map-Notify, 2 record(s),
 EID 2001:db8::9/64, 2 locator(s) LOC 2001:db8::9 LOC 192.0.2.9
 EID 192.0.2.9/32, 0 locator(s)",
                ),
                (
                    "020000000002020000000001080045000054000100004011f68fc0000201c000020710f610f60040d3c332000101000102030405060700000000000000010008000000000001c0000209000102030405060708090a0b0c0d0e0f1011121314151617",
                    "IP 192.0.2.1.4342 > 192.0.2.7.4342: LISP-Map-Register, 1 record(s),
 EID 192.0.2.9/8, 0 locator(s)
    xTR-ID: 0x0000:  0001 0203 0405 0607 0809 0a0b 0c0d 0e0f
    SITE-ID: 1157726452361532951",
                ),
                (
                    "020000000002020000000001080045000046000100004011f69dc0000201c000020710f610f60032445732000101000102030405060700000000000000010008000000000001c000020900010203040506070809",
                    "IP 192.0.2.1.4342 > 192.0.2.7.4342: LISP-Map-Register, 1 record(s),
 EID 192.0.2.9/8, 0 locator(s) (invalid)",
                ),
                (
                    "020000000002020000000001080045000054000100004011f68fc0000201c000020710f610f60040bdc348000101000102030405060700000000000000010008000000000001c0000209000102030405060708090a0b0c0d0e0f1011121314151617",
                    "IP 192.0.2.1.4342 > 192.0.2.7.4342: LISP-Map-Notify, 1 record(s),
 EID 192.0.2.9/8, 0 locator(s)
    xTR-ID: 0x0000:  0001 0203 0405 0607 0809 0a0b 0c0d 0e0f
    SITE-ID: 1157726452361532951",
                ),
                (
                    "02000000000202000000000108004500002c000100004011f6b7c0000201c000020710f610f600181cb930000100000102030405060700000000",
                    "IP 192.0.2.1.4342 > 192.0.2.7.4342: LISP-Map-Register, 0 record(s), (invalid)",
                ),
                (
                    "02000000000202000000000108004500002c000100004011f6b7c0000201c000020710f610f600181cb830000101000102030405060700000000",
                    "IP 192.0.2.1.4342 > 192.0.2.7.4342: LISP-Map-Register, 1 record(s),",
                ),
                (
                    "020000000002020000000001080045000044000100004011f69fc0000201c000020710f610f60030576930000101000102030405060700000000000000010108000000000001c00002090101010100000009",
                    "IP 192.0.2.1.4342 > 192.0.2.7.4342: LISP-Map-Register, 1 record(s),
 EID 192.0.2.9/8, 1 locator(s)",
                ),
                (
                    "02000000000202000000000108004500004d000100004011f696c0000201c000020710f610f600395a6930000102000102030405060700000000000000010108000000000001c00002090101010100000001c00002096578747261",
                    "IP 192.0.2.1.4342 > 192.0.2.7.4342: LISP-Map-Register, 2 record(s),
 EID 192.0.2.9/8, 1 locator(s) LOC 192.0.2.9 [|lisp]",
                ),
                (
                    "020000000002020000000001080045000034000100004011f6afc0000201c000020710f610f600201b9f300001010001020304050607000000000000000101080000",
                    "IP 192.0.2.1.4342 > 192.0.2.7.4342: LISP-Map-Register, 1 record(s), [|lisp]",
                ),
                (
                    "02000000000202000000000108004500002f000100004011f6b4c0000201c000020710f610f6001b18aa30000101000102030405060700030003010203",
                    "IP 192.0.2.1.4342 > 192.0.2.7.4342: LISP-Map-Register, 1 record(s),",
                ),
                (
                    "020000000002020000000001080045000060000100004011f683c0000201c000020710f610f6004cafb43f000101000102030405060700000000000000010108ff00ffff000220010db8000000000000000000000009010101010007000220010db8000000000000000000000009",
                    "IP 192.0.2.1.4342 > 192.0.2.7.4342: LISP-Map-Register, 1 record(s),
 EID 2001:db8::9/8, 1 locator(s) LOC 2001:db8::9 (invalid)",
                ),
                (
                    "020000000002020000000001080045000046000100004011f69dc0000201c000020710f610f60032876540000101000102030405060700070000000000010108000000000001c00002090101010100000001c000",
                    "IP 192.0.2.1.4342 > 192.0.2.7.4342: LISP-Map-Notify, 1 record(s),
 EID 192.0.2.9/8, 1 locator(s) [|lisp]",
                ),
                (
                    "02000000000202000000000108004500002c000100004011f6b7c0000201c000020710f610f600183cb810000101000102030405060700000000",
                    "IP 192.0.2.1.4342 > 192.0.2.7.4342: LISP-Map-Request,",
                ),
                (
                    "02000000000202000000000108004500002c000100004011f6b7c0000201c000020710f610f60018ccb780000101000102030405060700000000",
                    "IP 192.0.2.1.4342 > 192.0.2.7.4342: LISP-Encapsulated-Contol-Message,",
                ),
            ],
        );
        golden(
            numeric(1),
            &[
                (
                "02000000000202000000000108004500005c000100004011f687c0000201c000020710f610f60048d65b30000101000102030405060700010014aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa000005a00118100000050001c00002090164ff0000050001c0000209",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 92)
    192.0.2.1.4342 > 192.0.2.7.4342: LISP-Map-Register, flags [M-Want-Map-Notify],
    1 record(s), Authentication SHA1,
    Authentication-Data: 0x0000:  aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa
    Authentication-Data: 0x0010:  aaaa aaaa
      Record TTL 1440, Authoritative, No-Action, Map Version: 5, EID 192.0.2.9/24, 1 locator(s)
        LOC 192.0.2.9
          Priority/Weight 1/100, Multicast Priority/Weight 255/0, flags [Local-Locator, Reachable],",
            ),
                (
                "02000000000202000000000108004500007c000100004011f667c0000201c000020710f610f60068e394400001020001020304050607000200000000003c024040000001000220010db8000000000000000000000009010101010001000220010db80000000000000000000000090202020200020001c00002090000003c0020000000000001c0000209",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 124)
    192.0.2.1.4342 > 192.0.2.7.4342: LISP-Map-Notify, flags [none],
    2 record(s), Authentication SHA256,
      Record TTL 60, Non-Authoritative, Send-Map-Request, Map Version: 1, EID 2001:db8::9/64, 2 locator(s)
        LOC 2001:db8::9
          Priority/Weight 1/1, Multicast Priority/Weight 1/1, flags [Reachable],
        LOC 192.0.2.9
          Priority/Weight 2/2, Multicast Priority/Weight 2/2, flags [RLoc-Probed],
      Record TTL 60, Non-Authoritative, No-Action, Map Version: 0, EID 192.0.2.9/32, 0 locator(s)",
            ),
                (
                "020000000002020000000001080045000054000100004011f68fc0000201c000020710f610f60040d3c332000101000102030405060700000000000000010008000000000001c0000209000102030405060708090a0b0c0d0e0f1011121314151617",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 84)
    192.0.2.1.4342 > 192.0.2.7.4342: LISP-Map-Register, flags [I-xTR-ID-Present, M-Want-Map-Notify],
    1 record(s), Authentication None,
      Record TTL 1, Non-Authoritative, No-Action, Map Version: 0, EID 192.0.2.9/8, 0 locator(s)
    xTR-ID: 0x0000:  0001 0203 0405 0607 0809 0a0b 0c0d 0e0f
    SITE-ID: 1157726452361532951",
            ),
                (
                "020000000002020000000001080045000046000100004011f69dc0000201c000020710f610f60032445732000101000102030405060700000000000000010008000000000001c000020900010203040506070809",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 70)
    192.0.2.1.4342 > 192.0.2.7.4342: LISP-Map-Register, flags [I-xTR-ID-Present, M-Want-Map-Notify],
    1 record(s), Authentication None,
      Record TTL 1, Non-Authoritative, No-Action, Map Version: 0, EID 192.0.2.9/8, 0 locator(s) (invalid)",
            ),
                (
                "020000000002020000000001080045000054000100004011f68fc0000201c000020710f610f60040bdc348000101000102030405060700000000000000010008000000000001c0000209000102030405060708090a0b0c0d0e0f1011121314151617",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 84)
    192.0.2.1.4342 > 192.0.2.7.4342: LISP-Map-Notify, flags [I-xTR-ID-Present],
    1 record(s), Authentication None,
      Record TTL 1, Non-Authoritative, No-Action, Map Version: 0, EID 192.0.2.9/8, 0 locator(s)
    xTR-ID: 0x0000:  0001 0203 0405 0607 0809 0a0b 0c0d 0e0f
    SITE-ID: 1157726452361532951",
            ),
                (
                "02000000000202000000000108004500002c000100004011f6b7c0000201c000020710f610f600181cb930000100000102030405060700000000",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 44)
    192.0.2.1.4342 > 192.0.2.7.4342: LISP-Map-Register, flags [M-Want-Map-Notify],
    0 record(s), Authentication None, (invalid)",
            ),
                (
                "02000000000202000000000108004500004d000100004011f696c0000201c000020710f610f600395a6930000102000102030405060700000000000000010108000000000001c00002090101010100000001c00002096578747261",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 77)
    192.0.2.1.4342 > 192.0.2.7.4342: LISP-Map-Register, flags [M-Want-Map-Notify],
    2 record(s), Authentication None,
      Record TTL 1, Non-Authoritative, No-Action, Map Version: 0, EID 192.0.2.9/8, 1 locator(s)
        LOC 192.0.2.9
          Priority/Weight 1/1, Multicast Priority/Weight 1/1, flags [none], [|lisp]",
            ),
                (
                "020000000002020000000001080045000060000100004011f683c0000201c000020710f610f6004cafb43f000101000102030405060700000000000000010108ff00ffff000220010db8000000000000000000000009010101010007000220010db8000000000000000000000009",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 96)
    192.0.2.1.4342 > 192.0.2.7.4342: LISP-Map-Register, flags [P-Proxy-Map-Reply, S-LISP-SEC-Capable, I-xTR-ID-Present, R-Build-For-RTR, M-Want-Map-Notify],
    1 record(s), Authentication None,
      Record TTL 1, Authoritative, unknown, Map Version: 4095, EID 2001:db8::9/8, 1 locator(s)
        LOC 2001:db8::9
          Priority/Weight 1/1, Multicast Priority/Weight 1/1, flags [Local-Locator, RLoc-Probed, Reachable], (invalid)",
            ),
                (
                "020000000002020000000001080045000046000100004011f69dc0000201c000020710f610f60032876540000101000102030405060700070000000000010108000000000001c00002090101010100000001c000",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 70)
    192.0.2.1.4342 > 192.0.2.7.4342: LISP-Map-Notify, flags [none],
    1 record(s), Authentication unknown-type,
      Record TTL 1, Non-Authoritative, No-Action, Map Version: 0, EID 192.0.2.9/8, 1 locator(s)
        [|lisp]",
            ),
            ],
        );
    }
}
