//! -r: read a capture file, filter each record in userspace, print or write.
//! -V: the same for each file of a list, into the same sinks.

use std::path::{Path, PathBuf};

use super::sinks::{SinkStop, Sinks};
use super::{Error, display_path, dump, link_description};
use crate::capture::file::FileSource;
use crate::cli::{Action, Config};
use crate::filter::{self, Consumer, Filter, Source};
use crate::output::{Interface, Section};
use crate::signals::Signals;

/// Reads `paths` in turn (one for -r; -V's list) through one set of sinks.
/// As tcpdump, -c counts within each file.
pub fn run(cfg: &Config, paths: &[PathBuf], expr: &str) -> Result<(), Error> {
    let mut sinks = None;
    let mut kept = 0;
    let mut signals = None;
    for path in paths {
        let stop = run_file(cfg, path, expr, &mut sinks, &mut signals, &mut kept)?;
        if stop {
            break;
        }
    }
    if cfg.count_only {
        // tcpdump's --count line, on stdout, after the last file.
        super::print_stdout(&format!(
            "{kept} packet{}\n",
            if kept == 1 { "" } else { "s" }
        ))?;
    }
    Ok(())
}

/// One file; true when the run must stop (a signal, a closed pipe, -W's last file).
fn run_file(
    cfg: &Config,
    path: &Path,
    expr: &str,
    sinks_once: &mut Option<Sinks>,
    signals_once: &mut Option<Signals>,
    total: &mut u64,
) -> Result<bool, Error> {
    let file_err = |source| Error::File {
        path: path.to_path_buf(),
        source,
    };
    let mut src = FileSource::open(path).map_err(file_err)?;
    let link = src.link_type();
    // What tcpdump does with a kept packet leaves its trace in the scratch
    // memory a later packet's filter may read.
    let consumer = if cfg.write.is_some() {
        Consumer::Write
    } else {
        Consumer::Print
    };
    let mut filter = Filter::compile(
        expr,
        link,
        Source::File(consumer),
        src.snaplen(),
        cfg.optimize,
        crate::netdb::system(),
    )?;
    if let Action::Dump(format) = cfg.action {
        dump(&filter, format)?;
        return Ok(true);
    }
    let sinks = match sinks_once {
        Some(sinks) => {
            sinks
                .switch_link(cfg, link)
                .map_err(|()| Error::LinkChanged {
                    path: path.to_path_buf(),
                })?;
            sinks
        }
        None => {
            let section = Section {
                interfaces: vec![Interface {
                    name: String::new(),
                    description: None,
                    link,
                    snaplen: src.snaplen(),
                    ifindex: None,
                }],
                filter: expr.to_string(),
            };
            sinks_once.insert(super::open_sinks_as_user(cfg, link, section)?)
        }
    };
    let signals = match signals_once {
        Some(signals) => signals,
        None => signals_once.insert(Signals::install().map_err(Error::Signals)?),
    };
    eprintln!(
        "reading from file {}, {}, snapshot length {}",
        display_path(path),
        link_description(link),
        src.snaplen()
    );
    let mut kept = 0u64;
    let mut stop = false;
    let outcome = loop {
        // The packet is used where the reader returned it: moving it out
        // copied it through the stack, in pieces of other sizes than those
        // just stored, which the CPU cannot forward (a stall per record).
        let next = src.next_packet_at();
        let (pkt, cursor) = match next {
            Ok(Some((ref pkt, cursor))) => (pkt, cursor),
            Ok(None) => break Ok(()),
            Err(e) => break Err(file_err(e)),
        };
        let block = cursor.map(|c| filter::BlockCursor {
            block_type: c.block_type,
            remaining: c.remaining,
        });
        if !filter.matches(pkt, block) {
            continue;
        }
        if let Err(end) = sinks.packet(pkt) {
            stop = true;
            break end.into_result().map_err(Error::from);
        }
        kept += 1;
        *total += 1;
        if signals.stop_requested() {
            stop = true;
            break Ok(());
        }
        if Some(kept) == cfg.count {
            break Ok(());
        }
    };
    // Whatever ended the loop, what was kept so far reaches its destination.
    // A file holds no statistics to carry over into a pcapng's ISBs.
    let finished = sinks
        .finish(&[])
        .or_else(SinkStop::into_result)
        .map_err(Error::from);
    outcome.and(finished).map(|()| stop)
}
