//! strftime(3) for -G file names, in safe code and the C locale (tcpdump
//! does not set a locale, so names come out in English).
//!
//! The local time is the UTC time plus an offset the caller got from the C
//! library (sys::time), so TZ is honoured as strftime would.

/// Broken-down local time.
struct Tm {
    year: i64,
    /// 1..=12
    month: u32,
    /// 1..=31
    day: u32,
    hour: u32,
    min: u32,
    sec: u32,
    /// 0 = Sunday
    wday: u32,
    /// 0-based day of the year
    yday: u32,
}

const DAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// Year, month, day of a count of days since 1970-01-01 (proleptic
/// Gregorian), by counting 400-year eras from 0000-03-01.
fn civil(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097); // 0..146096
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365; // 0..399
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // 0..365, from March 1
    let mp = (5 * doy + 2) / 153; // 0..11, March = 0
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

impl Tm {
    fn at(epoch: i64, utc_offset: i32) -> Tm {
        let local = epoch.saturating_add(i64::from(utc_offset));
        let days = local.div_euclid(86_400);
        let secs = local.rem_euclid(86_400) as u32;
        let (year, month, day) = civil(days);
        let before_month: u32 = (1..month)
            .map(|m| match m {
                2 if is_leap(year) => 29,
                2 => 28,
                4 | 6 | 9 | 11 => 30,
                _ => 31,
            })
            .sum();
        Tm {
            year,
            month,
            day,
            hour: secs / 3600,
            min: secs / 60 % 60,
            sec: secs % 60,
            wday: (days + 4).rem_euclid(7) as u32,
            yday: before_month + day - 1,
        }
    }

    /// ISO 8601 week-based year and week (%G, %V).
    fn iso_week(&self) -> (i64, u32) {
        let iso_wday = (self.wday + 6) % 7 + 1; // Monday = 1
        let week = (self.yday as i64 + 1 - iso_wday as i64 + 10) / 7;
        let weeks_in = |y: i64| {
            // Jan 1's weekday in year y, from this year's.
            let jan1 = |y: i64| {
                let mut d: i64 = (self.wday as i64 - self.yday as i64).rem_euclid(7);
                let mut yy = self.year;
                while yy < y {
                    d = (d + if is_leap(yy) { 366 } else { 365 }) % 7;
                    yy += 1;
                }
                while yy > y {
                    yy -= 1;
                    d = (d - if is_leap(yy) { 366 } else { 365 }).rem_euclid(7);
                }
                d
            };
            let j = jan1(y);
            if j == 4 || (j == 3 && is_leap(y)) {
                53
            } else {
                52
            }
        };
        if week < 1 {
            (self.year - 1, weeks_in(self.year - 1))
        } else if week > i64::from(weeks_in(self.year)) {
            (self.year + 1, 1)
        } else {
            (self.year, week as u32)
        }
    }
}

/// Formats `epoch` (seconds since the epoch, shown `utc_offset` seconds
/// east of UTC) by the strftime pattern `fmt`. Unknown conversions are
/// copied as they are. %Z shows the numeric offset, as no zone name is at hand.
pub(crate) fn strftime(fmt: &[u8], epoch: i64, utc_offset: i32) -> Vec<u8> {
    let tm = Tm::at(epoch, utc_offset);
    let mut out = Vec::with_capacity(fmt.len() + 32);
    format_into(&mut out, fmt, &tm, epoch, utc_offset);
    out
}

fn format_into(out: &mut Vec<u8>, fmt: &[u8], tm: &Tm, epoch: i64, utc_offset: i32) {
    let mut rest = fmt;
    while let Some((&c, tail)) = rest.split_first() {
        rest = tail;
        if c != b'%' {
            out.push(c);
            continue;
        }
        let Some((&spec, tail)) = rest.split_first() else {
            out.push(b'%');
            break;
        };
        rest = tail;
        convert(out, spec, tm, epoch, utc_offset);
    }
}

fn convert(out: &mut Vec<u8>, spec: u8, tm: &Tm, epoch: i64, utc_offset: i32) {
    use std::io::Write;
    let hour12 = match tm.hour % 12 {
        0 => 12,
        h => h,
    };
    let am_pm = if tm.hour < 12 { "AM" } else { "PM" };
    // Writes into a Vec cannot fail.
    let _ = match spec {
        b'a' => write!(out, "{}", &DAYS[tm.wday as usize][..3]),
        b'A' => write!(out, "{}", DAYS[tm.wday as usize]),
        b'b' | b'h' => write!(out, "{}", &MONTHS[tm.month as usize - 1][..3]),
        b'B' => write!(out, "{}", MONTHS[tm.month as usize - 1]),
        b'c' => {
            format_into(out, b"%a %b %e %H:%M:%S %Y", tm, epoch, utc_offset);
            Ok(())
        }
        b'C' => write!(out, "{:02}", tm.year.div_euclid(100)),
        b'd' => write!(out, "{:02}", tm.day),
        b'D' | b'x' => write!(
            out,
            "{:02}/{:02}/{:02}",
            tm.month,
            tm.day,
            tm.year.rem_euclid(100)
        ),
        b'e' => write!(out, "{:2}", tm.day),
        b'F' => write!(out, "{}-{:02}-{:02}", tm.year, tm.month, tm.day),
        b'g' => write!(out, "{:02}", tm.iso_week().0.rem_euclid(100)),
        b'G' => write!(out, "{}", tm.iso_week().0),
        b'H' => write!(out, "{:02}", tm.hour),
        b'I' => write!(out, "{hour12:02}"),
        b'j' => write!(out, "{:03}", tm.yday + 1),
        b'k' => write!(out, "{:2}", tm.hour),
        b'l' => write!(out, "{hour12:2}"),
        b'm' => write!(out, "{:02}", tm.month),
        b'M' => write!(out, "{:02}", tm.min),
        b'n' => writeln!(out),
        b'p' => write!(out, "{am_pm}"),
        b'P' => write!(out, "{}", am_pm.to_ascii_lowercase()),
        b'r' => write!(out, "{hour12:02}:{:02}:{:02} {am_pm}", tm.min, tm.sec),
        b'R' => write!(out, "{:02}:{:02}", tm.hour, tm.min),
        b's' => write!(out, "{epoch}"),
        b'S' => write!(out, "{:02}", tm.sec),
        b't' => write!(out, "\t"),
        b'T' | b'X' => write!(out, "{:02}:{:02}:{:02}", tm.hour, tm.min, tm.sec),
        b'u' => write!(out, "{}", (tm.wday + 6) % 7 + 1),
        b'U' => write!(out, "{:02}", (tm.yday + 7 - tm.wday) / 7),
        b'V' => write!(out, "{:02}", tm.iso_week().1),
        b'w' => write!(out, "{}", tm.wday),
        b'W' => write!(out, "{:02}", (tm.yday + 7 - (tm.wday + 6) % 7) / 7),
        b'y' => write!(out, "{:02}", tm.year.rem_euclid(100)),
        b'Y' => write!(out, "{}", tm.year),
        b'z' | b'Z' => {
            let sign = if utc_offset < 0 { '-' } else { '+' };
            let off = utc_offset.unsigned_abs();
            write!(out, "{sign}{:02}{:02}", off / 3600, off / 60 % 60)
        }
        b'%' => write!(out, "%"),
        other => write!(out, "%{}", char::from(other)),
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::process::Command;

    #[test]
    fn civil_dates_known_days() {
        assert_eq!(civil(0), (1970, 1, 1));
        assert_eq!(civil(-1), (1969, 12, 31));
        assert_eq!(civil(11_016), (2000, 2, 29));
        assert_eq!(civil(19_675), (2023, 11, 14));
        assert_eq!(civil(-719_468), (0, 3, 1));
    }

    #[test]
    fn common_file_name_patterns() {
        // 2023-11-14 22:13:20 UTC, a Tuesday.
        let t = 1_700_000_000;
        let f = |p: &str, off| String::from_utf8(strftime(p.as_bytes(), t, off)).unwrap();
        assert_eq!(f("cap-%Y%m%d-%H%M%S.pcap", 0), "cap-20231114-221320.pcap");
        assert_eq!(f("%F_%T", 3600), "2023-11-14_23:13:20");
        assert_eq!(f("%F_%T", 7200), "2023-11-15_00:13:20");
        assert_eq!(
            f("%a %A %b %B %j %p %I", 0),
            "Tue Tuesday Nov November 318 PM 10"
        );
        assert_eq!(f("%s %z 100%% %q", -19_800), "1700000000 -0530 100% %q");
        assert_eq!(f("trailing %", 0), "trailing %");
    }

    /// Against GNU date (which is strftime) for every conversion, at times
    /// around year and week boundaries, in UTC and at +05:30.
    #[test]
    fn agrees_with_date() {
        if Command::new("date").arg("--version").output().is_err() {
            eprintln!("skipped: agrees_with_date: no date(1)");
            return;
        }
        let pattern = "%a %A %b %B %c %C %d %D %e %F %g %G %h %H %I %j %k %l %m %M %n %p %P %r %R %s %S %t %T %u %U %V %w %W %x %X %y %Y %z %%";
        let times: [i64; 8] = [
            0,
            1_700_000_000,
            1_703_980_800, // 2023-12-31 (Sunday)
            1_704_067_199,
            1_609_459_200, // 2021-01-01 (Friday: ISO week 53 of 2020)
            1_230_768_000, // 2009-01-01 (Thursday)
            1_262_217_600, // 2009-12-31
            951_782_400,   // 2000-02-29
        ];
        for (tz, off) in [("UTC0", 0), ("<+0530>-5:30", 19_800)] {
            for t in times {
                let out = Command::new("date")
                    .env("TZ", tz)
                    .env("LC_ALL", "C")
                    .arg("-d")
                    .arg(format!("@{t}"))
                    .arg(format!("+{pattern}"))
                    .output()
                    .unwrap();
                let want = String::from_utf8(out.stdout).unwrap();
                let got = String::from_utf8(strftime(pattern.as_bytes(), t, off)).unwrap();
                assert_eq!(got, want.trim_end_matches('\n'), "TZ={tz} t={t}");
            }
        }
    }
}
