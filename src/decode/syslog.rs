//! syslog (print-syslog.c): facility, severity and the message.

use super::ctx::{Ctx, Res, u8at};

/// syslog_print, non-verbose.
pub(crate) fn syslog(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "syslog";
    if u8at(b, 0)? != b'<' {
        c.invalid();
        return Ok(());
    }
    let mut off = 1;
    let mut pri: u32 = 0;
    while off <= 3 {
        let ch = u8at(b, off)?;
        if !ch.is_ascii_digit() {
            break;
        }
        pri = pri * 10 + u32::from(ch - b'0');
        off += 1;
    }
    if u8at(b, off)? != b'>' {
        c.invalid();
        return Ok(());
    }
    const FACILITIES: [&str; 24] = [
        "kernel", "user", "mail", "daemon", "auth", "syslog", "lpr", "news", "uucp", "cron",
        "authpriv", "ftp", "ntp", "security", "console", "cron", "local0", "local1", "local2",
        "local3", "local4", "local5", "local6", "local7",
    ];
    const SEVERITIES: [&str; 8] = [
        "emergency",
        "alert",
        "critical",
        "error",
        "warning",
        "notice",
        "info",
        "debug",
    ];
    let facility = (pri & 0x3f8) >> 3;
    c.s("SYSLOG ");
    match FACILITIES.get(facility as usize) {
        Some(f) => c.s(f),
        None => {
            c.s("unknown (");
            c.dec(facility);
            c.s(")");
        }
    }
    c.s(".");
    c.s(SEVERITIES[(pri & 7) as usize]);
    c.s(", length: ");
    c.dec(length as u64);
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, numeric};

    /// Well-formed messages built with scapy; expected text from tcpdump
    /// 4.99.3 -n on the same frames.
    #[test]
    fn well_formed() {
        golden(
            numeric(0),
            &[(
                "020000000002020000000001080045000049000100004011f69ac0000201c0000207020202020035c3f23c33343e4f63742031312032323a31343a313520686f73742073753a2027737520726f6f7427206661696c6564",
                "IP 192.0.2.1.514 > 192.0.2.7.514: SYSLOG auth.critical, length: 45",
            )],
        );
    }

    /// Random and cut payloads on each port (one per kind of line, from a
    /// generated set compared whole against tcpdump -n).
    #[test]
    fn random_payloads() {
        golden(
            numeric(0),
            &[
                (
                    "02000000000202000000000108004500006c000100004011f677c0000201c00002070202dfa00058f4d8ca931b7ad47fd9c4fb58e2f897c16c094285dd65b27cd2de5cee56f7fd4b1471eb23fa1a7babc82ef66dc7f8a8d3a447df6dbf5d4f3f40ffba1f13be2c2d047dc51751e3f3a1d3dde480987c33b5d205",
                    "IP 192.0.2.1.514 > 192.0.2.7.57248:  (invalid)",
                ),
                (
                    "02000000000202000000000108004500001c000100004011f6c7c0000201c000020778ad020200080126",
                    "IP 192.0.2.1.30893 > 192.0.2.7.514:  [|syslog]",
                ),
            ],
        );
    }
}
