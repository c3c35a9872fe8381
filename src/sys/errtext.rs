//! An OS error's text as strerror() gives it, which is what tcpdump prints:
//! std's message without its " (os error N)" suffix. Needs no unsafe code;
//! it sits here because every system call's error passes through it.

use std::fmt;
use std::io;

/// Displays `io::Error` as strerror's text; errors that did not come from
/// the OS display unchanged.
pub struct Strerror<'a>(pub &'a io::Error);

impl fmt::Display for Strerror<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = self.0.to_string();
        match self.0.raw_os_error() {
            Some(code) => {
                let suffix = format!(" (os error {code})");
                f.write_str(text.strip_suffix(&suffix).unwrap_or(&text))
            }
            None => f.write_str(&text),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn os_errors_lose_the_suffix_others_stay() {
        let e = io::Error::from_raw_os_error(libc::EPERM);
        assert_eq!(Strerror(&e).to_string(), "Operation not permitted");
        let e = io::Error::from_raw_os_error(libc::ENOSPC);
        assert_eq!(Strerror(&e).to_string(), "No space left on device");
        let custom = io::Error::other("plain");
        assert_eq!(Strerror(&custom).to_string(), "plain");
    }
}
