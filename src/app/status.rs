//! The live status line: while -w writes a file and stderr is a terminal,
//! one line on stderr, redrawn a few times a second, says how the capture
//! is going. It is cleared before the final statistics.

use std::io::{IsTerminal, Write};
use std::path::Path;
use std::time::{Duration, Instant};

/// How often the line is redrawn.
pub const INTERVAL: Duration = Duration::from_millis(250);

pub struct StatusLine {
    last: Instant,
    last_packets: u64,
    shown: bool,
}

/// What the line reports.
pub struct Progress<'a> {
    pub packets: u64,
    /// Bytes of the captured packets (as on the wire).
    pub bytes: u64,
    pub dropped: u64,
    pub file: Option<(&'a Path, u64)>,
}

impl StatusLine {
    /// A status line when it can be seen: writing a file, stderr a terminal.
    pub fn for_terminal(writing: bool) -> Option<StatusLine> {
        (writing && std::io::stderr().is_terminal()).then(|| StatusLine {
            last: Instant::now(),
            last_packets: 0,
            shown: false,
        })
    }

    pub fn due(&self) -> bool {
        self.last.elapsed() >= INTERVAL
    }

    /// Redraws the line in place.
    pub fn show(&mut self, p: &Progress) {
        let elapsed = self.last.elapsed().as_secs_f64().max(1e-3);
        let rate = (p.packets.saturating_sub(self.last_packets)) as f64 / elapsed;
        let mut line = format!(
            "\r\x1b[K{} packets, {}, {:.0} pkt/s, {} dropped",
            p.packets,
            human(p.bytes),
            rate,
            p.dropped
        );
        if let Some((path, size)) = p.file {
            line.push_str(&format!(", {} {}", file_name(path), human(size)));
        }
        let _ = std::io::stderr().write_all(line.as_bytes());
        self.last = Instant::now();
        self.last_packets = p.packets;
        self.shown = true;
    }

    /// Erases the line, so that what follows starts on a clean one.
    pub fn clear(&mut self) {
        if self.shown {
            let _ = std::io::stderr().write_all(b"\r\x1b[K");
            self.shown = false;
        }
    }
}

/// The -w file as the user thinks of it: `-w -` is standard output.
fn file_name(path: &Path) -> String {
    if path == Path::new("-") {
        "standard output".to_string()
    } else {
        path.display().to_string()
    }
}

/// 1234567 -> "1.2 MB" (decimal units, as file managers show sizes).
fn human(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["kB", "MB", "GB", "TB"];
    if bytes < 1000 {
        return format!("{bytes} B");
    }
    let mut v = bytes as f64 / 1000.0;
    let mut unit = 0;
    while v >= 1000.0 && unit + 1 < UNITS.len() {
        v /= 1000.0;
        unit += 1;
    }
    format!("{v:.1} {}", UNITS[unit])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_like_a_file_manager() {
        assert_eq!(human(999), "999 B");
        assert_eq!(human(1_234), "1.2 kB");
        assert_eq!(human(45_600_000), "45.6 MB");
        assert_eq!(human(7_000_000_000), "7.0 GB");
    }

    #[test]
    fn standard_output_is_named() {
        assert_eq!(file_name(Path::new("-")), "standard output");
        assert_eq!(file_name(Path::new("x.pcap")), "x.pcap");
    }

    #[test]
    fn no_line_without_a_file_or_a_terminal() {
        assert!(StatusLine::for_terminal(false).is_none());
        // Under cargo test stderr is captured, not a terminal.
        if !std::io::stderr().is_terminal() {
            assert!(StatusLine::for_terminal(true).is_none());
        }
    }
}
