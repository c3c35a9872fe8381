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
            c.s_dec("unknown (", facility);
            c.s(")");
        }
    };
    let severity = pri & 7;
    if c.o.verbose == 0 {
        c.s("SYSLOG ");
        facility_name(c);
        c.s(".");
        c.s(SEVERITIES[severity as usize]);
        c.s_dec(", length: ", length as u64);
        return Ok(());
    }
    c.s_dec("SYSLOG, length: ", length as u64);
    c.s("\n\tFacility ");
    facility_name(c);
    c.s_dec(" (", facility);
    c.s("), Severity ");
    c.s(SEVERITIES[severity as usize]);
    c.s_dec(" (", severity);
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
