//! Local time offsets from the C library, for printing local timestamps.
//!
//! glibc's localtime_r() honours TZ and /etc/localtime; it stats
//! /etc/localtime on every call when TZ is unset, so callers ask once and
//! cache the offset until the hour changes (see decode's clock).

/// Seconds east of UTC in effect at `epoch_secs` in the local zone (TZ).
/// Falls back to 0 (UTC) when the C library cannot convert the time.
pub fn utc_offset_at(epoch_secs: i64) -> i32 {
    let t: libc::time_t = epoch_secs as libc::time_t;
    // SAFETY: an all-zero `tm` is a valid value of a plain C struct of
    // integers and a nullable pointer; localtime_r overwrites it.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: both pointers are to live, properly aligned locals for the
    // duration of the call; localtime_r is the thread-safe variant and keeps
    // no reference to them afterwards.
    let res = unsafe { libc::localtime_r(&t, &mut tm) };
    if res.is_null() {
        0
    } else {
        tm.tm_gmtoff as i32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offset_is_within_a_day() {
        let off = utc_offset_at(1_700_000_000);
        assert!(off.abs() < 24 * 3600, "offset {off}");
    }
}
