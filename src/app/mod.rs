//! The run loop: wires a packet source (live ring or file) through the
//! filter to the sinks (printed lines, pcap file), and maps every failure to
//! a message and an exit status at the edge.

mod error;
mod live;
mod offline;
mod sinks;
mod status;

use std::ffi::OsString;
use std::io::Write;
use std::path::Path;

pub use error::Error;

use crate::cli::{Action, Args, Config, DumpFormat, FilterSource, Source};
use crate::filter;

/// Runs afsniff with `args` (argv including the program name); returns the
/// exit status: 0 success, 1 runtime error, 2 usage or filter error.
pub fn main_with_args(args: impl IntoIterator<Item = OsString>) -> i32 {
    let args = match Args::parse_from_os(args) {
        Ok(a) => a,
        Err(e) => {
            // --help and --version go to stdout with status 0; errors to stderr with 2.
            let _ = e.print();
            return if e.use_stderr() { 2 } else { 0 };
        }
    };
    let result = Config::from_args(args)
        .map_err(Error::Usage)
        .and_then(|cfg| run(&cfg));
    match result {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("afsniff: {e}");
            e.exit_code()
        }
    }
}

/// Does what `cfg` asks.
pub fn run(cfg: &Config) -> Result<(), Error> {
    if let Action::GenerateDocs(dir) = &cfg.action {
        return crate::cli::docs::write_all(dir).map_err(|source| Error::Docs {
            dir: dir.clone(),
            source,
        });
    }
    if cfg.action == Action::ListInterfaces {
        let mut out = String::new();
        for line in crate::capture::live::list_interfaces()? {
            out.push_str(&line);
            out.push('\n');
        }
        return print_stdout(&out);
    }
    let expr = filter_expression(&cfg.filter)?;
    match &cfg.source {
        Source::File(path) => offline::run(cfg, path, &expr),
        Source::Live(spec) => live::run(cfg, spec.as_deref(), &expr),
    }
}

/// The expression from the words or from -F (where '#' starts a comment, as in tcpdump).
fn filter_expression(src: &FilterSource) -> Result<String, Error> {
    match src {
        FilterSource::Words(w) => Ok(w.clone()),
        FilterSource::File(path) => {
            let text = std::fs::read_to_string(path).map_err(|source| Error::FilterFile {
                path: path.clone(),
                source,
            })?;
            let lines: Vec<&str> = text
                .lines()
                .map(|l| l.split('#').next().unwrap_or(""))
                .collect();
            Ok(lines.join(" ").trim().to_string())
        }
    }
}

/// -d/-dd/-ddd: the program in tcpdump's format on stdout.
fn dump(filter: &filter::Filter, format: DumpFormat) -> Result<(), Error> {
    let text = filter.listing(match format {
        DumpFormat::Listing => filter::Listing::Text,
        DumpFormat::CArray => filter::Listing::CArray,
        DumpFormat::Decimal => filter::Listing::Decimal,
    });
    print_stdout(&text)
}

fn print_stdout(text: &str) -> Result<(), Error> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Error::Stdout(e)),
        _ => Ok(()),
    }
}

/// "reading from file ..." / "listening on ..." as tcpdump words them.
fn link_description(link: crate::link::LinkType) -> String {
    match link {
        // tcpdump prints the bare number when it has no name for the type.
        crate::link::LinkType::Other(n) => format!("link-type {n}"),
        _ => format!("link-type {} ({})", link.name(), link.description()),
    }
}

fn display_path(path: &Path) -> String {
    path.display().to_string()
}
