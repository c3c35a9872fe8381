//! Command line: clap definitions (what was typed, `args`) turned into a
//! validated `Config` (what to do). Pure: reading -F happens in the run loop.

mod args;
pub mod docs;
pub mod getopt;
pub mod grammar;
mod values;

pub use args::Args;
use args::{DirectionArg, PrecisionArg};
pub use grammar::{CliError, Invocation};

use std::path::PathBuf;

use crate::capture::live::TstampType;
use crate::decode::{PrintOptions, TimeFormat, Zone, esp_sa};
use crate::link::LinkType;
use crate::output::Rotation;
use crate::packet::Direction;

/// libpcap's largest snapshot length, and tcpdump's default.
pub use crate::wire::pcap::MAX_SNAPLEN;

/// What afsniff was asked to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// --generate-docs DIR (hidden): the man page and completions.
    GenerateDocs(PathBuf),
    /// -D
    ListInterfaces,
    /// -L: the link types of the interface.
    ListLinkTypes,
    /// -J: the time stamp types of the interface.
    ListTstampTypes,
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
    /// -i given more than once: each of these interfaces at once.
    LiveMany(Vec<String>),
    /// -r ("-" is standard input).
    File(PathBuf),
    /// -V: a file naming capture files, one a line ("-" is standard input).
    FileList(PathBuf),
}

/// Where the filter expression comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FilterSource {
    /// The words after the options, joined by spaces.
    Words(String),
    /// -F FILE; the words typed as well are ignored (with a warning).
    File { path: PathBuf, ignored: String },
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
    /// --pcapng, or a -w name ending in .pcapng: write pcapng, not pcap.
    pub pcapng: bool,
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
    /// --count: count the kept packets instead of printing them.
    pub count_only: bool,
    /// -I: monitor mode.
    pub monitor: bool,
    /// -j
    pub tstamp_type: Option<TstampType>,
    /// -z: run after each rotated -w file is closed.
    pub postrotate: Option<String>,
    /// Said on stderr before the run (options accepted but without effect).
    pub warnings: Vec<String>,
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
    /// Checks what clap parsed the way tcpdump checks it after getopt.
    /// The values themselves were checked in command-line order already
    /// (see `grammar`), so only combinations are left here.
    pub fn from_args(a: Args) -> Result<Config, UsageError> {
        let usage = |m: &str| Err(UsageError(m.to_string()));
        if a.time > 5 {
            return usage("only -t, -tt, -ttt, -tttt and -ttttt are supported");
        }
        if a.foreign_numeric > 0 && (a.read.is_some() || a.file_list.is_some()) {
            return usage("-f can not be used with -V or -r");
        }
        if a.read.is_some() && a.file_list.is_some() {
            return usage("-V and -r are mutually exclusive");
        }
        let snaplen = match a.snaplen {
            None | Some(0) => MAX_SNAPLEN,
            Some(n) => n,
        };
        let mut warnings: Vec<String> = a
            .mib_module
            .iter()
            .map(|m| format!("ignoring option `-m {m}' (no libsmi support)"))
            .collect();
        let esp_sas = match &a.esp_secret {
            Some(spec) => {
                let mut esp_warnings = Vec::new();
                let sas = esp_sa::parse(
                    spec,
                    &mut |name: &str| std::fs::read_to_string(name),
                    &mut esp_warnings,
                )
                .map_err(|e| UsageError(e.to_string()))?;
                warnings.extend(esp_warnings.into_iter().map(|w| format!("WARNING: {w}")));
                sas
            }
            None => esp_sa::EspSas::default(),
        };
        let linktype = a.linktype.as_deref().and_then(LinkType::from_name);
        let rotation = Rotation {
            // tcpdump's unit for -C is 1,000,000 bytes.
            file_size: a.file_size.map(|mb| mb.saturating_mul(1_000_000)),
            // tcpdump takes -G 0 as no rotation by time.
            seconds: a.rotate_seconds.filter(|&s| s > 0),
            file_count: a.file_count,
        };
        let rotates_a_file = a
            .write
            .as_deref()
            .is_some_and(|w| w != std::path::Path::new("-"));
        if !rotates_a_file
            && (rotation.file_size.is_some()
                || rotation.seconds.is_some()
                || a.file_count.is_some())
        {
            // tcpdump accepts them and does nothing with them; say so.
            warnings.push("-C, -G and -W rotate a -w FILE; without one they have no effect".into());
        }
        let pcapng = a.pcapng
            || a.write
                .as_deref()
                .is_some_and(|w| w.as_os_str().as_encoded_bytes().ends_with(b".pcapng"));
        if a.pcapng && a.write.is_none() {
            warnings.push(
                "--pcapng chooses the format of a -w file; without -w it has no effect".into(),
            );
        }
        let action = if let Some(dir) = a.generate_docs {
            Action::GenerateDocs(dir)
        } else if a.list_interfaces {
            Action::ListInterfaces
        } else if a.list_tstamp_types && a.read.is_none() && a.file_list.is_none() {
            Action::ListTstampTypes
        } else if a.list_link_types && a.read.is_none() && a.file_list.is_none() {
            Action::ListLinkTypes
        } else {
            match a.dump {
                0 => Action::Capture,
                1 => Action::Dump(DumpFormat::Listing),
                2 => Action::Dump(DumpFormat::CArray),
                _ => Action::Dump(DumpFormat::Decimal),
            }
        };
        let source = match (a.read, a.file_list) {
            (Some(path), _) => Source::File(path),
            (None, Some(list)) => Source::FileList(list),
            (None, None) => match <[String; 1]>::try_from(a.interface) {
                Ok([one]) => Source::Live(Some(one)),
                Err(many) if many.is_empty() => Source::Live(None),
                Err(many) => Source::LiveMany(many),
            },
        };
        let words = a.expression.join(" ");
        let filter = match a.filter_file {
            Some(path) => FilterSource::File {
                path,
                ignored: words,
            },
            None => FilterSource::Words(words),
        };
        let time = match a.time {
            0 => TimeFormat::Clock,
            1 => TimeFormat::None,
            2 => TimeFormat::Epoch,
            3 => TimeFormat::DeltaPrev,
            4 => TimeFormat::Date,
            _ => TimeFormat::DeltaFirst,
        };
        let nano = a.precision == Some(PrecisionArg::Nano);
        let print = PrintOptions {
            numeric: a.numeric,
            link_header: a.link_header,
            quiet: a.quiet,
            time,
            // tcpdump has no option for it: the process's TZ.
            zone: Zone::Process,
            nano,
            verbose: a.verbose,
            hex: a.hex,
            hex_ascii: a.hex_ascii,
            ascii: a.ascii,
            number: a.number,
            absolute_seq: a.absolute_seq,
            no_checksums: a.no_checksums > 0,
            bgp_asdot: a.bgp_asdot > 0,
            mesh_headers: a.mesh_headers > 0,
            no_domain: a.no_domain > 0,
            undecoded_nfs: a.undecoded_nfs > 0,
            foreign_numeric: a.foreign_numeric > 0,
            packet_type: a.packet_type,
            tcp_md5_secret: a.tcp_md5_secret.map(String::into_bytes),
            esp_sas,
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
            print_lines: (a.write.is_none() || a.print) && !a.count_only,
            write: a.write,
            pcapng,
            print,
            linktype,
            user: a.user,
            nano,
            optimize: !a.no_optimize,
            rotation,
            json: a.json,
            count_only: a.count_only,
            monitor: a.monitor,
            tstamp_type: a.tstamp_type,
            postrotate: a.postrotate,
            warnings,
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
        match grammar::parse(argv, false) {
            Ok(Invocation::Run(args)) => Config::from_args(*args),
            Err(CliError::Value(e)) => Err(e),
            other => panic!("{words:?}: {other:?}"),
        }
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
    fn several_interfaces_and_pcapng() {
        let c = config(&["-i", "eth0", "-ieth1", "--interface=eth2", "-w", "x.pcap"]).unwrap();
        assert_eq!(
            c.source,
            Source::LiveMany(vec!["eth0".into(), "eth1".into(), "eth2".into()])
        );
        assert!(!c.pcapng);
        assert!(config(&["-w", "x.pcap", "--pcapng"]).unwrap().pcapng);
        assert!(config(&["-w", "/tmp/x.pcapng"]).unwrap().pcapng);
        assert!(!config(&["-w", "x.pcapng.gz"]).unwrap().pcapng);
        let c = config(&["--pcapng"]).unwrap();
        assert!(c.warnings.iter().any(|w| w.contains("--pcapng")));
        assert_eq!(config(&[]).unwrap().source, Source::Live(None));
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
        assert!(c.nano, "{c:?}");
        assert_eq!(c.direction, Some(Direction::Out));
        assert!(!c.promisc && c.nano && c.packet_buffered && c.line_buffered);
    }

    #[test]
    fn rotation_without_a_file_is_accepted_with_a_warning() {
        // tcpdump accepts -C/-G/-W without -w and does nothing with them.
        assert!(config(&["-C", "1"]).unwrap().warnings[0].contains("-w FILE"));
        assert!(config(&["-G", "5", "-w", "-"]).unwrap().warnings[0].contains("-w FILE"));
        assert_eq!(
            config(&["-G", "0", "-w", "x"]).unwrap().rotation.seconds,
            None
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
