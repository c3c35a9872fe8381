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
            c.s_dec("unknown-type-", t);
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
        c.s_dec("\n    ", records);
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
        c.s_dec(" ", records);
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
                c.s_dec("/", mask);
                c.s(",");
                off += n;
            }
            _ => return Ok(()),
        }
        c.s_dec(" ", locs);
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
