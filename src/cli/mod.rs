//! Command line: clap definitions (what was typed, `args`) turned into a
//! validated `Config` (what to do). Pure: reading -F happens in the run loop.

mod args;
pub mod docs;

pub use args::Args;
use args::{DirectionArg, PrecisionArg};

use std::path::PathBuf;

use crate::decode::{PrintOptions, TimeFormat};
use crate::link::LinkType;
use crate::output::Rotation;
use crate::packet::Direction;

/// libpcap's largest snapshot length, and tcpdump's default.
pub const MAX_SNAPLEN: u32 = 262_144;

/// What afsniff was asked to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// --generate-docs DIR (hidden): the man page and completions.
    GenerateDocs(PathBuf),
    /// -D
    ListInterfaces,
    /// -d, -dd, -ddd
    Dump(DumpFormat),
    /// Capture or read, then print or write.
    Capture,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DumpFormat {
    /// -d: mnemonics.
    Listing,
    /// -dd: a C array.
    CArray,
    /// -ddd: decimal numbers.
    Decimal,
}

/// Where packets come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// -i (None: the first up, non-loopback interface).
    Live(Option<String>),
    /// -r ("-" is standard input).
    File(PathBuf),
}

/// Where the filter expression comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FilterSource {
    /// The words after the options, joined by spaces.
    Words(String),
    /// -F FILE.
    File(PathBuf),
}

/// Everything a run needs, validated.
#[derive(Clone, Debug)]
pub struct Config {
    pub action: Action,
    pub source: Source,
    pub filter: FilterSource,
    /// -c: stop after this many packets.
    pub count: Option<u64>,
    pub snaplen: u32,
    /// -B
    pub buffer_kib: Option<u32>,
    /// Not -p.
    pub promisc: bool,
    /// -Q in / out (None: both).
    pub direction: Option<Direction>,
    /// --immediate-mode or -l (a terminal on stdout is decided at run time).
    pub immediate: bool,
    /// -l or -U: flush printed output after every packet.
    pub line_buffered: bool,
    /// -U: flush the -w file after every packet.
    pub packet_buffered: bool,
    /// -w
    pub write: Option<PathBuf>,
    /// Print lines: without -w, or with --print.
    pub print_lines: bool,
    pub print: PrintOptions,
    /// -y
    pub linktype: Option<LinkType>,
    /// -Z
    pub user: Option<String>,
    /// Nanosecond timestamps in printed lines and -w files.
    pub nano: bool,
    /// Not -O.
    pub optimize: bool,
    /// -C/-G/-W for the -w file.
    pub rotation: Rotation,
    /// --json: NDJSON instead of tcpdump's lines.
    pub json: bool,
}

/// A command line that parses but makes no sense; exit status 2.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageError(pub String);

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}

impl Config {
    pub fn from_args(a: Args) -> Result<Config, UsageError> {
        let usage = |m: String| Err(UsageError(m));
        if a.count == Some(0) {
            return usage("invalid packet count 0 (-c takes a positive number)".into());
        }
        let snaplen = match a.snaplen {
            None | Some(0) => MAX_SNAPLEN,
            Some(n) if n > MAX_SNAPLEN => {
                return usage(format!("invalid snaplen {n} (-s takes 0 to {MAX_SNAPLEN})"));
            }
            Some(n) => n,
        };
        if a.buffer_kib == Some(0) {
            return usage("invalid buffer size 0 (-B takes a size in KiB)".into());
        }
        let linktype = match &a.linktype {
            None => None,
            Some(name) => match LinkType::from_name(name) {
                Some(l) => Some(l),
                None => {
                    return usage(format!(
                        "invalid data link type {name} (afsniff knows EN10MB, RAW, LINUX_SLL, LINUX_SLL2, NULL, LOOP)"
                    ));
                }
            },
        };
        let rotating =
            a.file_size.is_some() || a.rotate_seconds.is_some() || a.file_count.is_some();
        if rotating
            && a.write
                .as_deref()
                .is_none_or(|w| w == std::path::Path::new("-"))
        {
            return usage(
                "-C, -G and -W rotate the -w file: they need -w FILE (not standard output)".into(),
            );
        }
        if a.file_size == Some(0) || a.rotate_seconds == Some(0) || a.file_count == Some(0) {
            return usage("-C, -G and -W take a positive number".into());
        }
        let rotation = Rotation {
            // tcpdump's unit for -C is 1,000,000 bytes.
            file_size: a.file_size.map(|mb| mb.saturating_mul(1_000_000)),
            seconds: a.rotate_seconds,
            file_count: a.file_count,
        };
        let action = if let Some(dir) = a.generate_docs {
            Action::GenerateDocs(dir)
        } else if a.list_interfaces {
            Action::ListInterfaces
        } else {
            match a.dump {
                0 => Action::Capture,
                1 => Action::Dump(DumpFormat::Listing),
                2 => Action::Dump(DumpFormat::CArray),
                _ => Action::Dump(DumpFormat::Decimal),
            }
        };
        let source = match a.read {
            Some(path) => Source::File(path),
            None => Source::Live(a.interface),
        };
        let filter = match a.filter_file {
            Some(path) => FilterSource::File(path),
            None => FilterSource::Words(a.expression.join(" ")),
        };
        let time = match a.time {
            0 => TimeFormat::Clock,
            1 => TimeFormat::None,
            2 => TimeFormat::Epoch,
            3 => TimeFormat::DeltaPrev,
            4 => TimeFormat::Date,
            _ => TimeFormat::DeltaFirst,
        };
        let nano = a.nano || a.precision == Some(PrecisionArg::Nano);
        let print = PrintOptions {
            numeric: a.numeric,
            link_header: a.link_header,
            quiet: a.quiet,
            time,
            nano,
            verbose: a.verbose,
            hex: a.hex,
            hex_ascii: a.hex_ascii,
            ascii: a.ascii,
            number: a.number,
            absolute_seq: a.absolute_seq,
        };
        Ok(Config {
            action,
            source,
            filter,
            count: a.count,
            snaplen,
            buffer_kib: a.buffer_kib,
            promisc: !a.no_promisc,
            direction: match a.direction {
                Some(DirectionArg::In) => Some(Direction::In),
                Some(DirectionArg::Out) => Some(Direction::Out),
                Some(DirectionArg::Inout) | None => None,
            },
            immediate: a.immediate_mode || a.line_buffered,
            line_buffered: a.line_buffered || a.packet_buffered,
            packet_buffered: a.packet_buffered,
            print_lines: a.write.is_none() || a.print,
            write: a.write,
            print,
            linktype,
            user: a.user,
            nano,
            optimize: !a.no_optimize,
            rotation,
            json: a.json,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(words: &[&str]) -> Result<Config, UsageError> {
        let argv = std::iter::once("afsniff")
            .chain(words.iter().copied())
            .map(Into::into);
        Config::from_args(Args::parse_from_os(argv).expect("clap accepts it"))
    }

    #[test]
    fn tcpdump_style_combined_flags() {
        let c = config(&["-nnvvvXXe", "-tttt", "-i", "eth0", "tcp", "port", "80"]).unwrap();
        assert_eq!(c.print.numeric, 2);
        assert_eq!(c.print.verbose, 3);
        assert_eq!(c.print.hex_ascii, 2);
        assert!(c.print.link_header);
        assert_eq!(c.print.time, TimeFormat::Date);
        assert_eq!(c.source, Source::Live(Some("eth0".into())));
        assert_eq!(c.filter, FilterSource::Words("tcp port 80".into()));
        assert_eq!(c.action, Action::Capture);
        assert!(c.print_lines);
    }

    #[test]
    fn dump_levels_and_snaplen_zero() {
        assert_eq!(
            config(&["-dd"]).unwrap().action,
            Action::Dump(DumpFormat::CArray)
        );
        assert_eq!(
            config(&["-ddd"]).unwrap().action,
            Action::Dump(DumpFormat::Decimal)
        );
        assert_eq!(config(&["-s", "0"]).unwrap().snaplen, MAX_SNAPLEN);
        assert_eq!(config(&["-s", "96"]).unwrap().snaplen, 96);
    }

    #[test]
    fn refuses_nonsense_with_a_reason() {
        assert!(config(&["-c", "0"]).unwrap_err().0.contains("packet count"));
        assert!(config(&["-s", "999999"]).unwrap_err().0.contains("snaplen"));
        assert!(config(&["-y", "FOO"]).unwrap_err().0.contains("FOO"));
    }

    #[test]
    fn write_suppresses_lines_unless_print() {
        assert!(!config(&["-w", "x.pcap"]).unwrap().print_lines);
        assert!(config(&["-w", "x.pcap", "--print"]).unwrap().print_lines);
        let c = config(&["-Q", "out", "-p", "--nano", "-U", "-w", "-"]).unwrap();
        assert_eq!(c.direction, Some(Direction::Out));
        assert!(!c.promisc && c.nano && c.packet_buffered && c.line_buffered);
    }

    #[test]
    fn rotation_needs_a_file() {
        assert!(config(&["-C", "1"]).unwrap_err().0.contains("-w FILE"));
        assert!(
            config(&["-G", "5", "-w", "-"])
                .unwrap_err()
                .0
                .contains("-w FILE")
        );
        let c = config(&["-C", "2", "-W", "3", "-w", "x.pcap"]).unwrap();
        assert_eq!(c.rotation.file_size, Some(2_000_000));
        assert_eq!(c.rotation.file_count, Some(3));
    }

    #[test]
    fn expression_may_follow_options_and_contain_operators() {
        let c = config(&["-n", "not", "(", "tcp[13]", "&", "2", "!=", "0", ")"]).unwrap();
        assert_eq!(
            c.filter,
            FilterSource::Words("not ( tcp[13] & 2 != 0 )".into())
        );
    }
}
