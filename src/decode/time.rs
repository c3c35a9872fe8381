//! Timestamps as tcpdump's -t family prints them, in local time.
//!
//! The UTC offset comes from the C library once per quarter hour of packet
//! time (glibc stats /etc/localtime on every localtime() call when TZ is
//! unset), so printing a timestamp is arithmetic only. Quarter hours, not
//! hours, because some zones change offset at :30 or :45 UTC.

use super::TimeFormat;
use super::out::Emit;

/// What spans packets: the cached offset and the reference for deltas.
#[derive(Debug, Default)]
pub(crate) struct Clock {
    /// The quarter hour of packet time (epoch seconds / 900) the offset
    /// is for.
    bucket: Option<i64>,
    offset: i64,
    /// Previous (-ttt) or first (-ttttt) packet time, in nanoseconds.
    reference: Option<i128>,
    /// "HH:MM:SS" of the local second printed last: packets come many to
    /// a second, so most lines copy it instead of formatting it.
    hms_cache: Option<(i64, [u8; 8])>,
}

impl Clock {
    fn local(&mut self, sec: i64) -> i64 {
        let bucket = sec.div_euclid(900);
        if self.bucket != Some(bucket) {
            self.offset = i64::from(crate::sys::time::utc_offset_at(sec));
            self.bucket = Some(bucket);
        }
        sec + self.offset
    }

    /// Appends the timestamp and its trailing space (nothing for -t).
    pub(crate) fn print(
        &mut self,
        out: &mut Vec<u8>,
        fmt: TimeFormat,
        nano: bool,
        sec: i64,
        nsec: u32,
    ) {
        match fmt {
            TimeFormat::None => {}
            TimeFormat::Clock => {
                let local = self.local(sec);
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
                frac(out, nano, nsec);
                out.ch(b' ');
            }
            TimeFormat::Date => {
                let local = self.local(sec);
                let (y, m, d) = civil_from_days(local.div_euclid(86400));
                if y < 0 {
                    out.ch(b'-');
                }
                out.dec0(y.unsigned_abs(), 4);
                out.ch(b'-');
                out.dec0(u64::from(m), 2);
                out.ch(b'-');
                out.dec0(u64::from(d), 2);
                out.ch(b' ');
                hms(out, local.rem_euclid(86400));
                frac(out, nano, nsec);
                out.ch(b' ');
            }
            TimeFormat::Epoch => {
                if sec < 0 {
                    out.ch(b'-');
                }
                out.dec(sec.unsigned_abs());
                frac(out, nano, nsec);
                out.ch(b' ');
            }
            TimeFormat::DeltaPrev | TimeFormat::DeltaFirst => {
                // Deltas in the printed precision, as tcpdump subtracts
                // timevals (micro) or timespecs (nano).
                let unit: i128 = if nano { 1 } else { 1000 };
                let now = (i128::from(sec) * 1_000_000_000 + i128::from(nsec)) / unit * unit;
                let reference = *self.reference.get_or_insert(now);
                let delta = now - reference;
                out.ch(if delta < 0 { b'-' } else { b' ' });
                let delta = delta.unsigned_abs();
                let secs = (delta / 1_000_000_000) as u64;
                let sub = (delta % 1_000_000_000) as u32;
                out.dec0(secs / 3600, 2);
                out.ch(b':');
                out.dec0(secs % 3600 / 60, 2);
                out.ch(b':');
                out.dec0(secs % 60, 2);
                frac(out, nano, sub);
                out.ch(b' ');
                if fmt == TimeFormat::DeltaPrev {
                    self.reference = Some(now);
                }
            }
        }
    }
}

fn hms(out: &mut Vec<u8>, day_secs: i64) {
    let s = day_secs as u64;
    out.dec0(s / 3600, 2);
    out.ch(b':');
    out.dec0(s % 3600 / 60, 2);
    out.ch(b':');
    out.dec0(s % 60, 2);
}

fn frac(out: &mut Vec<u8>, nano: bool, nsec: u32) {
    out.ch(b'.');
    if nano {
        out.dec0(u64::from(nsec), 9);
    } else {
        out.dec0(u64::from(nsec / 1000), 6);
    }
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
        // Pin the cache to UTC so the test does not depend on the host zone.
        Clock {
            bucket: Some(1_700_000_000 / 900),
            offset: 0,
            reference: None,
            hms_cache: None,
        }
    }

    /// The cached "HH:MM:SS" is reused within a second and replaced after.
    #[test]
    fn clock_text_follows_the_second() {
        let mut c = utc_clock();
        let t = 1_700_000_000;
        assert_eq!(
            show(&mut c, TimeFormat::Clock, false, t, 5_000),
            "22:13:20.000005 "
        );
        assert_eq!(
            show(&mut c, TimeFormat::Clock, false, t, 999_999_000),
            "22:13:20.999999 "
        );
        assert_eq!(
            show(&mut c, TimeFormat::Clock, false, t + 1, 0),
            "22:13:21.000000 "
        );
        assert_eq!(
            show(&mut c, TimeFormat::Clock, false, t + 59, 0),
            "22:14:19.000000 "
        );
        assert_eq!(
            show(&mut c, TimeFormat::Clock, false, t, 1),
            "22:13:20.000000 "
        );
    }

    fn show(c: &mut Clock, f: TimeFormat, nano: bool, sec: i64, nsec: u32) -> String {
        let mut o = Vec::new();
        c.print(&mut o, f, nano, sec, nsec);
        String::from_utf8(o).unwrap()
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
        assert_eq!(
            show(&mut c, TimeFormat::Clock, false, 1_700_000_000, 15_999),
            "22:13:20.000015 "
        );
        assert_eq!(
            show(&mut c, TimeFormat::Clock, true, 1_700_000_000, 15_999),
            "22:13:20.000015999 "
        );
        assert_eq!(
            show(&mut c, TimeFormat::Date, false, 1_700_000_000, 788_000),
            "2023-11-14 22:13:20.000788 "
        );
        assert_eq!(
            show(&mut c, TimeFormat::Epoch, false, 1_700_000_000, 1_509_000),
            "1700000000.001509 "
        );
        assert_eq!(show(&mut c, TimeFormat::None, false, 1_700_000_000, 0), "");
    }

    #[test]
    fn deltas() {
        let mut c = utc_clock();
        assert_eq!(
            show(&mut c, TimeFormat::DeltaPrev, false, 100, 15_000),
            " 00:00:00.000000 "
        );
        assert_eq!(
            show(&mut c, TimeFormat::DeltaPrev, false, 100, 788_999),
            " 00:00:00.000773 "
        );
        assert_eq!(
            show(&mut c, TimeFormat::DeltaPrev, false, 3800, 788_000),
            " 01:01:40.000000 "
        );
        assert_eq!(
            show(&mut c, TimeFormat::DeltaPrev, false, 3799, 0),
            "-00:00:01.000788 "
        );
        let mut c = utc_clock();
        assert_eq!(
            show(&mut c, TimeFormat::DeltaFirst, true, 5, 10),
            " 00:00:00.000000000 "
        );
        assert_eq!(
            show(&mut c, TimeFormat::DeltaFirst, true, 6, 5),
            " 00:00:00.999999995 "
        );
        assert_eq!(
            show(&mut c, TimeFormat::DeltaFirst, true, 7, 10),
            " 00:00:02.000000000 "
        );
    }
}
