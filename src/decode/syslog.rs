//! syslog (print-syslog.c): facility, severity and the message.

use super::ctx::{Ctx, Res, print_char, u8at};

/// syslog_print: facility and severity; with -v the message, with -vv
/// a hex dump of the datagram.
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
    let facility_name = |c: &mut Ctx| match FACILITIES.get(facility as usize) {
        Some(f) => c.s(f),
        None => {
            c.s("unknown (");
            c.dec(facility);
            c.s(")");
        }
    };
    let severity = pri & 7;
    if c.o.verbose == 0 {
        c.s("SYSLOG ");
        facility_name(c);
        c.s(".");
        c.s(SEVERITIES[severity as usize]);
        c.s(", length: ");
        c.dec(length as u64);
        return Ok(());
    }
    c.s("SYSLOG, length: ");
    c.dec(length as u64);
    c.s("\n\tFacility ");
    facility_name(c);
    c.s(" (");
    c.dec(facility);
    c.s("), Severity ");
    c.s(SEVERITIES[severity as usize]);
    c.s(" (");
    c.dec(severity);
    c.s(")\n\tMsg: ");
    // The whole message as sent, NULs and control characters escaped
    // (tcpdump's nd_printn), up to the UDP length.
    for at in off + 1..length {
        print_char(c, u8at(b, at)?);
    }
    if c.o.verbose > 1 {
        c.unknown_data(b, 0, "\n\t", length);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, golden_link, numeric};
    use crate::link::LinkType;

    /// An auth.critical message from su, built with scapy.
    const MESSAGE: &str = "020000000002020000000001080045000049000100004011f69ac0000201c0000207020202020035c3f23c33343e4f63742031312032323a31343a313520686f73742073753a2027737520726f6f7427206661696c6564";

    /// Well-formed messages built with scapy; expected text from tcpdump
    /// 4.99.3 -n on the same frames.
    #[test]
    fn well_formed() {
        golden(
            numeric(0),
            &[(
                MESSAGE,
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

    /// The same message with -v (cut inside the text too) and -vv.
    #[test]
    fn verbose_message() {
        let head = "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 73)
    192.0.2.1.514 > 192.0.2.7.514: ";
        let fields = "SYSLOG, length: 45
\tFacility auth (4), Severity critical (2)
\tMsg: ";
        golden_link(
            LinkType::Ethernet,
            numeric(1),
            &[
                (
                    MESSAGE,
                    0,
                    &format!("{head}{fields}Oct 11 22:14:15 host su: 'su root' failed"),
                ),
                (
                    MESSAGE,
                    60,
                    &format!("{head}{fields}Oct 11 22:14:1 [|syslog]"),
                ),
            ],
        );
        golden(
            numeric(2),
            &[(
                MESSAGE,
                &format!(
                    "{head}[udp sum ok] {fields}Oct 11 22:14:15 host su: 'su root' failed
\t0x0000:  3c33 343e 4f63 7420 3131 2032 323a 3134
\t0x0010:  3a31 3520 686f 7374 2073 753a 2027 7375
\t0x0020:  2072 6f6f 7427 2066 6169 6c65 64"
                ),
            )],
        );
    }
}
