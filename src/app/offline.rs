//! -r: read a capture file, filter each record in userspace, print or write.

use std::path::Path;

use super::sinks::{SinkStop, Sinks};
use super::{Error, display_path, dump, link_description};
use crate::capture::file::FileSource;
use crate::cli::{Action, Config};
use crate::filter::{self, Consumer, Filter, Source};
use crate::signals::Signals;

pub fn run(cfg: &Config, path: &Path, expr: &str) -> Result<(), Error> {
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
        return dump(&filter, format);
    }
    // As tcpdump: -Z takes effect before any -w file is opened, so that
    // every file, the first included, is created by the user.
    match &cfg.user {
        Some(user) => crate::capture::privs::drop_privileges(user)?,
        None => crate::capture::privs::give_up_capabilities().map_err(Error::Capabilities)?,
    }
    let mut sinks = Sinks::open(cfg, link, src.snaplen())?;
    let signals = Signals::install().map_err(Error::Signals)?;
    eprintln!(
        "reading from file {}, {}, snapshot length {}",
        display_path(path),
        link_description(link),
        src.snaplen()
    );
    let mut kept = 0u64;
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
        if let Err(stop) = sinks.packet(pkt) {
            break stop.into_result().map_err(Error::from);
        }
        kept += 1;
        if Some(kept) == cfg.count || signals.stop_requested() {
            break Ok(());
        }
    };
    // Whatever ended the loop, what was kept so far reaches its destination.
    let finished = sinks
        .finish()
        .or_else(SinkStop::into_result)
        .map_err(Error::from);
    outcome.and(finished)
}
