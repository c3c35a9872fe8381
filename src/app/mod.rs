//! The run loop: wires a packet source (live ring or file) through the
//! filter to the sinks (printed lines, pcap file), and maps every failure to
//! a message and an exit status at the edge.

mod error;
mod live;
mod merge;
mod multi;
mod offline;
mod sinks;
mod status;

use std::ffi::OsString;
use std::io::Write;
use std::path::Path;

pub use error::Error;

use crate::cli::{Action, Config, DumpFormat, FilterSource, Invocation, Source};
use crate::filter;

/// Runs afsniff with `args` (argv including the program name); returns the
/// exit status: 0 success, 1 runtime error, 2 usage or filter error.
pub fn main_with_args(args: impl IntoIterator<Item = OsString>) -> i32 {
    let posixly_correct = std::env::var_os("POSIXLY_CORRECT").is_some();
    let args = match crate::cli::grammar::parse(args, posixly_correct) {
        Ok(Invocation::Run(a)) => *a,
        Ok(Invocation::Help) => {
            let _ = crate::cli::grammar::command().print_help();
            return 0;
        }
        Ok(Invocation::Version) => {
            return match print_stdout(&format!("afsniff {}\n", env!("CARGO_PKG_VERSION"))) {
                Ok(()) => 0,
                Err(_) => 1,
            };
        }
        Ok(Invocation::FpType) => {
            return match print_stdout(&format!("{}\n", fp_type_check())) {
                Ok(()) => 0,
                Err(_) => 1,
            };
        }
        Err(e) => {
            eprintln!("afsniff: {e}");
            return 2;
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
    for warning in &cfg.warnings {
        eprintln!("afsniff: {warning}");
    }
    if let (Action::ListLinkTypes | Action::ListTstampTypes, Source::Live(spec)) =
        (&cfg.action, &cfg.source)
    {
        return list_for_interface(cfg, spec.as_deref());
    }
    if let (Action::ListLinkTypes | Action::ListTstampTypes, Source::LiveMany(specs)) =
        (&cfg.action, &cfg.source)
    {
        return specs
            .iter()
            .try_for_each(|spec| list_for_interface(cfg, Some(spec)));
    }
    let expr = filter_expression(&cfg.filter)?;
    match &cfg.source {
        Source::File(path) => offline::run(cfg, std::slice::from_ref(path), &expr),
        Source::FileList(list) => offline::run(cfg, &file_list(list)?, &expr),
        // tcpdump compiles -d without an interface for -y's link type, or
        // Ethernet with a warning, and opens nothing.
        Source::Live(None) if matches!(cfg.action, Action::Dump(_)) => {
            dump_without_interface(cfg, &expr)
        }
        Source::Live(spec) => live::run(cfg, spec.as_deref(), &expr),
        Source::LiveMany(specs) => multi::run(cfg, specs, &expr, false),
    }
}

/// -Z as tcpdump applies it: the user is taken on before the -w file is
/// opened, but (as root) with CAP_DAC_OVERRIDE kept until that first file
/// exists, so `-Z nobody -w` works in a directory only root may write.
/// Files that -C or -G open later are the user's alone: a directory the
/// user cannot write fails now, not at the first rotation.
fn open_sinks_as_user(
    cfg: &Config,
    link: crate::link::LinkType,
    section: crate::output::Section,
) -> Result<sinks::Sinks, Error> {
    use crate::capture::privs;
    match &cfg.user {
        Some(user) if cfg.write.is_some() => privs::drop_privileges_keeping_file_access(user)?,
        Some(user) => privs::drop_privileges(user)?,
        // Not root: the file capabilities are not needed to open files.
        None => privs::give_up_capabilities().map_err(Error::Capabilities)?,
    }
    let sinks = sinks::Sinks::open(cfg, link, section);
    if cfg.user.is_some() {
        // Whatever came of the file, nothing is kept past this point.
        privs::give_up_capabilities().map_err(Error::Capabilities)?;
    }
    let sinks = sinks?;
    let rotates = cfg.rotation.file_size.is_some() || cfg.rotation.seconds.is_some();
    if let (Some(user), true, Some((file, _))) = (&cfg.user, rotates, sinks.file_progress()) {
        let dir = match file.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => std::path::PathBuf::from("."),
        };
        let probe = dir.join(format!(".afsniff-rotation-check-{}", std::process::id()));
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&probe)
        {
            Ok(_) => {
                let _ = std::fs::remove_file(&probe);
            }
            Err(source) => {
                return Err(Error::RotationNotWritable {
                    user: user.clone(),
                    dir,
                    source,
                });
            }
        }
    }
    Ok(sinks)
}

/// -L and -J, on stderr as tcpdump prints them.
fn list_for_interface(cfg: &Config, spec: Option<&str>) -> Result<(), Error> {
    use crate::capture::live::monitor;
    let mut iface = crate::capture::live::resolve_interface(spec)?;
    let asked_for = iface.name.clone();
    // tcpdump says which mode the list is for wherever -I could apply.
    let mode = match (monitor::supported(&iface), cfg.monitor) {
        (true, true) => " when in monitor mode",
        (true, false) => " when not in monitor mode",
        (false, _) => "",
    };
    // Listed from the monitor interface, which goes again on return.
    let _monitor = if cfg.monitor {
        monitor::enter(&mut iface)?
    } else {
        None
    };
    let mut text = String::new();
    if cfg.action == Action::ListTstampTypes {
        let mut types = crate::capture::live::tstamp_types(&iface)?;
        if types.is_empty() {
            // libpcap lists host stamps when the type cannot be chosen.
            types.push(crate::capture::live::TstampType::Host);
        }
        text.push_str(&format!(
            "Time stamp types for {} (use option -j to set):\n",
            iface.name
        ));
        for t in types {
            text.push_str(&format!("  {} ({})\n", t.name(), t.description()));
        }
    } else {
        iface.require_up()?;
        text.push_str(&format!(
            "Data link types for {asked_for}{mode} (use option -y to set):\n"
        ));
        for link in &iface.offered {
            match link.known_name() {
                Some(d) => text.push_str(&format!("  {} ({})", d.name, d.description)),
                None => text.push_str(&format!("  DLT {}", link.dlt())),
            }
            if link.known_name().is_none() || !crate::decode::has_printer(*link) {
                text.push_str(" (printing not supported)");
            }
            text.push('\n');
        }
    }
    eprint!("{text}");
    Ok(())
}

/// -d (no -i, no -r): the program for -y's link type, or Ethernet.
fn dump_without_interface(cfg: &Config, expr: &str) -> Result<(), Error> {
    let link = cfg.linktype.unwrap_or_else(|| {
        eprintln!("Warning: assuming Ethernet");
        crate::link::LinkType::Ethernet
    });
    let filter = filter::Filter::compile(
        expr,
        link,
        filter::Source::File(filter::Consumer::Print),
        cfg.snaplen,
        cfg.optimize,
        crate::netdb::system(),
    )?;
    match cfg.action {
        Action::Dump(format) => dump(&filter, format),
        _ => Ok(()),
    }
}

/// -V: the capture files named in `list`, one a line ("-": standard input).
fn file_list(list: &Path) -> Result<Vec<std::path::PathBuf>, Error> {
    let read_err = |source| Error::FileList {
        path: list.to_path_buf(),
        source: Some(source),
    };
    let text = if list == Path::new("-") {
        std::io::read_to_string(std::io::stdin()).map_err(read_err)?
    } else {
        std::fs::read_to_string(list).map_err(read_err)?
    };
    // tcpdump takes each line as it is, but the newline.
    let paths: Vec<_> = text.lines().map(std::path::PathBuf::from).collect();
    if paths.is_empty() {
        return Err(Error::FileList {
            path: list.to_path_buf(),
            source: None,
        });
    }
    Ok(paths)
}

/// The expression from the words or from -F (where '#' starts a comment, as in tcpdump).
fn filter_expression(src: &FilterSource) -> Result<String, Error> {
    match src {
        FilterSource::Words(w) => Ok(w.clone()),
        FilterSource::File { path, ignored } => {
            if !ignored.is_empty() {
                eprintln!(
                    "afsniff: warning: -F {} gives the expression; ignoring the words '{ignored}'",
                    path.display()
                );
            }
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
    match link.known_name() {
        Some(d) => format!("link-type {} ({})", d.name, d.description),
        // tcpdump prints the bare number when it has no name for the type.
        None => format!("link-type {}", link.linktype()),
    }
}

fn display_path(path: &Path) -> String {
    path.display().to_string()
}

/// --fp-type: tcpdump prints a float computed from fixed bits, so that its
/// test suite can choose the expected output of decoders that print
/// floating-point values; afsniff computes the same in the same way.
fn fp_type_check() -> String {
    let f = f32::from_bits(0x4e93_312d);
    // C promotes the float to double for printf after the float arithmetic.
    format!("{:.3}", f64::from(f * 8.0 / 1_000_000.0))
}
