//! Timestamps as tcpdump's -t family prints them, in local time, and the
//! one date printer (date_time, ctime) of every protocol that prints a date
//! in UTC or, as tcpdump's localtime(), in the printer's Zone.
//!
//! The UTC offset comes from the C library once per quarter hour of packet
//! time (glibc stats /etc/localtime on every localtime() call when TZ is
//! unset), so printing a timestamp is arithmetic only. Quarter hours, not
//! hours, because some zones change offset at :30 or :45 UTC.

use super::TimeFormat;
use super::out::Emit;
use crate::packet::Timeval;

/// The zone local times are printed in: timestamps, and the dates inside
/// packets that tcpdump prints with localtime() (RX, RADIUS).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Zone {
    /// The process's zone (TZ, /etc/localtime), as tcpdump's localtime().
    #[default]
    Process,
    /// A fixed offset east of UTC, in seconds (tests pin UTC with 0, as
    /// tcpdump's test suite runs with TZ=GMT0).
    Fixed(i32),
}

impl Zone {
    fn offset_at(self, secs: i64) -> i64 {
        match self {
            Zone::Process => i64::from(crate::sys::time::utc_offset_at(secs)),
            Zone::Fixed(offset) => i64::from(offset),
        }
    }

    /// `secs` since the epoch moved into this zone, for the printers below.
    pub(crate) fn local(self, secs: i64) -> i64 {
        secs.saturating_add(self.offset_at(secs))
    }
}

/// What spans packets: the cached offset and the reference for deltas.
#[derive(Debug, Default)]
pub(crate) struct Clock {
    zone: Zone,
    /// The quarter hour of packet time (epoch seconds / 900) the offset
    /// is for.
    bucket: Option<i64>,
    offset: i64,
    /// Previous (-ttt) or first (-ttttt) packet time. tcpdump keeps it in
    /// a zeroed static and takes the current packet whenever it is still
    /// zero, so a first packet at 0.000000 does not become the reference.
    reference: Timeval,
    /// "HH:MM:SS" of the local second printed last: packets come many to
    /// a second, so most lines copy it instead of formatting it.
    hms_cache: Option<(i64, [u8; 8])>,
}

/// What tcpdump prints instead of a time whose seconds, as a 32-bit
/// number, have bit 31 set (it refuses them before calling localtime).
const UNCONVERTIBLE: &[u8] = b"[Error converting time]";

fn unconvertible(sec: i64) -> bool {
    sec as u32 & 0x8000_0000 != 0
}

impl Clock {
    pub(crate) fn new(zone: Zone) -> Clock {
        Clock {
            zone,
            ..Clock::default()
        }
    }

    fn local(&mut self, sec: i64) -> i64 {
        let bucket = sec.div_euclid(900);
        if self.bucket != Some(bucket) {
            self.offset = self.zone.offset_at(sec);
            self.bucket = Some(bucket);
        }
        sec + self.offset
    }

    /// Appends the timestamp and its trailing space (nothing for -t).
    /// `tv` is the time as tcpdump holds it at the printed precision
    /// (`nano`), fraction not carried: see Packet::timeval.
    pub(crate) fn print(&mut self, out: &mut Vec<u8>, fmt: TimeFormat, nano: bool, tv: Timeval) {
        match fmt {
            TimeFormat::None => return,
            _ if fmt != TimeFormat::DeltaPrev
                && fmt != TimeFormat::DeltaFirst
                && unconvertible(tv.sec) =>
            {
                out.extend_from_slice(UNCONVERTIBLE);
            }
            TimeFormat::Clock => {
                let local = self.local(tv.sec);
                match self.hms_cache {
                    Some((cached, text)) if cached == local => out.extend_from_slice(&text),
                    _ => {
                        let start = out.len();
                        hms(out, local.rem_euclid(86400));
                        if let Ok(text) = <[u8; 8]>::try_from(&out[start..]) {
                            self.hms_cache = Some((local, text));
                        }
                    }
                }
                frac(out, nano, tv.frac);
            }
            TimeFormat::Date => {
                let local = self.local(tv.sec);
                date_time(out, local, b'-', b' ');
                frac(out, nano, tv.frac);
            }
            TimeFormat::Epoch => {
                // "%u" of the seconds as an unsigned int.
                out.dec(u64::from(tv.sec as u32));
                frac(out, nano, tv.frac);
            }
            TimeFormat::DeltaPrev | TimeFormat::DeltaFirst => {
                // timeval arithmetic as tcpdump's netdissect_timevalsub:
                // one borrow from the seconds, no carry of a fraction
                // that is out of range to begin with.
                if self.reference == Timeval::default() {
                    self.reference = tv;
                }
                let reference = self.reference;
                let negative = (tv.sec, tv.frac) < (reference.sec, reference.frac);
                let (a, b) = if negative {
                    (reference, tv)
                } else {
                    (tv, reference)
                };
                let mut delta = Timeval {
                    sec: a.sec - b.sec,
                    frac: a.frac - b.frac,
                };
                if delta.frac < 0 {
                    delta.sec -= 1;
                    delta.frac += if nano { 1_000_000_000 } else { 1_000_000 };
                }
                out.ch(if negative { b'-' } else { b' ' });
                // Printed as a UTC time of day, as tcpdump prints it.
                if unconvertible(delta.sec) {
                    out.extend_from_slice(UNCONVERTIBLE);
                } else {
                    hms(out, delta.sec.rem_euclid(86400));
                    frac(out, nano, delta.frac);
                }
                if fmt == TimeFormat::DeltaPrev {
                    self.reference = tv;
                }
            }
        }
        out.ch(b' ');
    }
}

pub(crate) fn hms(out: &mut Vec<u8>, day_secs: i64) {
    let s = day_secs as u64;
    out.dec0(s / 3600, 2);
    out.ch(b':');
    out.dec0(s % 3600 / 60, 2);
    out.ch(b':');
    out.dec0(s % 60, 2);
}

/// ".%06u" (".%09u"): the fraction as an unsigned int, at least six
/// (nine) digits, more when it is out of range.
fn frac(out: &mut Vec<u8>, nano: bool, frac: i64) {
    out.ch(b'.');
    out.dec0(u64::from(frac as u32), if nano { 9 } else { 6 });
}

/// strftime's "%Y{d}%m{d}%d{t}%H:%M:%S" (d = `date_sep`, t = `time_sep`)
/// of `secs` as they stand: gmtime's fields, or localtime's when the
/// caller moved them with Zone::local. The one date printer of the
/// timestamps and of every protocol that prints a date.
pub(crate) fn date_time(out: &mut Vec<u8>, secs: i64, date_sep: u8, time_sep: u8) {
    let (y, m, d) = civil_from_days(secs.div_euclid(86400));
    if y < 0 {
        out.ch(b'-');
    }
    out.dec0(y.unsigned_abs(), 4);
    out.ch(date_sep);
    out.dec0(u64::from(m), 2);
    out.ch(date_sep);
    out.dec0(u64::from(d), 2);
    out.ch(time_sep);
    hms(out, secs.rem_euclid(86400));
}

/// ctime(3) without its newline, "Thu Jan  1 00:00:00 1970", of `secs`
/// as they stand (moved with Zone::local for ctime's local time).
pub(crate) fn ctime(out: &mut Vec<u8>, secs: i64) {
    const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let days = secs.div_euclid(86400);
    let (y, m, d) = civil_from_days(days);
    // 1970-01-01 was a Thursday.
    out.s(DAYS[(days + 4).rem_euclid(7) as usize]);
    out.ch(b' ');
    out.s(MONTHS[(m as usize).saturating_sub(1) % 12]);
    out.ch(b' ');
    if d < 10 {
        out.ch(b' ');
    }
    out.dec(u64::from(d));
    out.ch(b' ');
    hms(out, secs.rem_euclid(86400));
    out.ch(b' ');
    out.dec(y as u64);
}

/// (year, month, day) of a day count since 1970-01-01 (proleptic Gregorian).
pub(crate) fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc_clock() -> Clock {
        // UTC, so the test does not depend on the host zone.
        Clock::new(Zone::Fixed(0))
    }

    /// The cached "HH:MM:SS" is reused within a second and replaced after.
    #[test]
    fn clock_text_follows_the_second() {
        let mut c = utc_clock();
        let t = 1_700_000_000;
        expect(
            &mut c,
            &[
                (TimeFormat::Clock, false, t, 5_000, "22:13:20.000005 "),
                (TimeFormat::Clock, false, t, 999_999_000, "22:13:20.999999 "),
                (TimeFormat::Clock, false, t + 1, 0, "22:13:21.000000 "),
                (TimeFormat::Clock, false, t + 59, 0, "22:14:19.000000 "),
                (TimeFormat::Clock, false, t, 1, "22:13:20.000000 "),
            ],
        );
    }

    /// Each (form, nano, seconds, nanoseconds, text) printed in turn by
    /// `c`, the time normalized (live or pcapng) as the printer gets it.
    fn expect(c: &mut Clock, cases: &[(TimeFormat, bool, i64, u32, &str)]) {
        for &(f, nano, sec, nsec, want) in cases {
            let frac = i64::from(if nano { nsec } else { nsec / 1000 });
            expect_tv(c, &[(f, nano, sec, frac, want)]);
        }
    }

    fn text(print: impl FnOnce(&mut Vec<u8>)) -> String {
        let mut o = Vec::new();
        print(&mut o);
        String::from_utf8(o).unwrap()
    }

    /// Dates in a zone west and one east of UTC (the Kathmandu offset is
    /// not whole hours) move across a day, month and year; expected text
    /// from glibc's strftime and ctime with TZ=America/New_York and
    /// TZ=Asia/Kathmandu.
    #[test]
    fn dates_in_a_zone() {
        let new_york = Zone::Fixed(-5 * 3600);
        let kathmandu = Zone::Fixed(5 * 3600 + 45 * 60);
        let t = 1_700_000_000;
        assert_eq!(
            text(|o| date_time(o, new_york.local(t), b'/', b' ')),
            "2023/11/14 17:13:20"
        );
        assert_eq!(
            text(|o| ctime(o, new_york.local(t))),
            "Tue Nov 14 17:13:20 2023"
        );
        assert_eq!(
            text(|o| ctime(o, kathmandu.local(t))),
            "Wed Nov 15 03:58:20 2023"
        );
        assert_eq!(
            text(|o| date_time(o, new_york.local(946_688_400), b'/', b' ')),
            "1999/12/31 20:00:00"
        );
        assert_eq!(
            text(|o| ctime(o, kathmandu.local(946_684_799))),
            "Sat Jan  1 05:44:59 2000"
        );
        assert_eq!(text(|o| date_time(o, 0, b'-', b'T')), "1970-01-01T00:00:00");
    }

    #[test]
    fn calendar_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(19675), (2023, 11, 14));
        assert_eq!(civil_from_days(11016), (2000, 2, 29));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
    }

    #[test]
    fn absolute_forms() {
        let mut c = utc_clock();
        expect(
            &mut c,
            &[
                (
                    TimeFormat::Clock,
                    false,
                    1_700_000_000,
                    15_999,
                    "22:13:20.000015 ",
                ),
                (
                    TimeFormat::Clock,
                    true,
                    1_700_000_000,
                    15_999,
                    "22:13:20.000015999 ",
                ),
                (
                    TimeFormat::Date,
                    false,
                    1_700_000_000,
                    788_000,
                    "2023-11-14 22:13:20.000788 ",
                ),
                (
                    TimeFormat::Epoch,
                    false,
                    1_700_000_000,
                    1_509_000,
                    "1700000000.001509 ",
                ),
                (TimeFormat::None, false, 1_700_000_000, 0, ""),
            ],
        );
    }

    #[test]
    fn deltas() {
        let mut c = utc_clock();
        expect(
            &mut c,
            &[
                (
                    TimeFormat::DeltaPrev,
                    false,
                    100,
                    15_000,
                    " 00:00:00.000000 ",
                ),
                (
                    TimeFormat::DeltaPrev,
                    false,
                    100,
                    788_999,
                    " 00:00:00.000773 ",
                ),
                (
                    TimeFormat::DeltaPrev,
                    false,
                    3800,
                    788_000,
                    " 01:01:40.000000 ",
                ),
                (TimeFormat::DeltaPrev, false, 3799, 0, "-00:00:01.000788 "),
            ],
        );
        let mut c = utc_clock();
        expect(
            &mut c,
            &[
                (TimeFormat::DeltaFirst, true, 5, 10, " 00:00:00.000000000 "),
                (TimeFormat::DeltaFirst, true, 6, 5, " 00:00:00.999999995 "),
                (TimeFormat::DeltaFirst, true, 7, 10, " 00:00:02.000000000 "),
            ],
        );
    }

    fn show_tv(c: &mut Clock, f: TimeFormat, nano: bool, sec: i64, frac: i64) -> String {
        let mut o = Vec::new();
        c.print(&mut o, f, nano, Timeval { sec, frac });
        String::from_utf8(o).unwrap()
    }

    /// Each (form, nano, seconds, fraction, text) printed in turn by `c`.
    fn expect_tv(c: &mut Clock, cases: &[(TimeFormat, bool, i64, i64, &str)]) {
        for &(f, nano, sec, frac, want) in cases {
            assert_eq!(show_tv(c, f, nano, sec, frac), want, "{f:?} {sec} {frac}");
        }
    }

    /// Fractions out of range print as they stand; seconds with bit 31 set
    /// print tcpdump's refusal (texts from tcpdump 4.99.3 on crafted files).
    #[test]
    fn fields_out_of_range() {
        let mut c = utc_clock();
        let max = 0x7fff_ffff;
        expect_tv(
            &mut c,
            &[
                (TimeFormat::Clock, false, max, 999_999, "03:14:07.999999 "),
                (
                    TimeFormat::Clock,
                    false,
                    max,
                    1_000_000,
                    "03:14:07.1000000 ",
                ),
                (TimeFormat::Clock, false, max, -1, "03:14:07.4294967295 "),
                (TimeFormat::Clock, true, max, -1000, "03:14:07.4294966296 "),
                (
                    TimeFormat::Date,
                    true,
                    max,
                    1_000_000_000,
                    "2038-01-19 03:14:07.1000000000 ",
                ),
                (
                    TimeFormat::Epoch,
                    false,
                    max,
                    4_294_967_295,
                    "2147483647.4294967295 ",
                ),
            ],
        );
        for sec in [-2_147_483_648, -1] {
            for f in [TimeFormat::Clock, TimeFormat::Date, TimeFormat::Epoch] {
                assert_eq!(
                    show_tv(&mut c, f, false, sec, 5),
                    "[Error converting time] "
                );
            }
        }
    }

    /// tcpdump's timeval subtraction: one borrow, no carry, the difference
    /// printed as a UTC time of day, and a 0.0 stamp never the reference.
    #[test]
    fn deltas_of_fields_out_of_range() {
        let mut c = utc_clock();
        let max = 0x7fff_ffff;
        let d = TimeFormat::DeltaPrev;
        // The sequence of tests/data/tstamp/edges-micro.pcap, with -ttt.
        let cases = [
            (max, 999_999, " 00:00:00.000000 "),
            (max, 1_000_000, " 00:00:00.000001 "),
            (max, -1, "-00:00:00.1000001 "),
            (-2_147_483_648, 5, "-[Error converting time] "),
            (-1, 999_999, " 03:14:07.999994 "),
            (0, 0, " 00:00:00.000001 "),
            (5, 808_464_432, " 00:00:00.000000 "),
        ];
        for (sec, frac, want) in cases {
            assert_eq!(show_tv(&mut c, d, false, sec, frac), want, "{sec}.{frac}");
        }
        // A day and an hour later: tcpdump prints the time of day.
        assert_eq!(
            show_tv(&mut c, d, false, 90_005, 808_464_432),
            " 01:00:00.000000 "
        );
    }
}
