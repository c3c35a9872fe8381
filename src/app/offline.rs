//! -r: read a capture file, filter each record in userspace, print or write.
//! -V: the same for each file of a list, into the same sinks.

use std::path::{Path, PathBuf};

use super::sinks::{SinkStop, Sinks};
use super::{Error, display_path, dump, link_description};
use crate::capture::file::FileSource;
use crate::cli::UsageError;
use crate::cli::{Action, Config};
use crate::filter::{self, Consumer, Filter, Source};
use crate::link::LinkType;
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
            let ifaces = src.interfaces();
            let mixed = ifaces.iter().any(|i| i.link != link);
            if mixed && cfg.write.is_some() && !cfg.pcapng {
                return Err(Error::Usage(UsageError(format!(
                    "{}: its interfaces have different link types, which a pcap file cannot hold; write pcapng (--pcapng, or a -w name ending in .pcapng)",
                    display_path(path)
                ))));
            }
            let several = ifaces.len() > 1;
            let section = Section {
                interfaces: (0u32..)
                    .zip(ifaces)
                    .map(|(id, i)| Interface {
                        name: i.name.unwrap_or_default(),
                        description: None,
                        link: i.link,
                        snaplen: i.snaplen,
                        ifindex: several.then_some(id),
                    })
                    .collect(),
                filter: expr.to_string(),
            };
            sinks_once.insert(super::open_sinks_as_user(cfg, link, section)?)
        }
    };
    let mut links = Links::default();
    links.refresh(&src, sinks);
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
    let src_snaplen = src.snaplen();
    let mut kept = 0u64;
    let mut stop = false;
    let outcome = loop {
        if src.interface_count() != links.known {
            links.refresh(&src, sinks);
        }
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
        let kept_by = match cursor {
            Some(c) if c.linktype != link.linktype() => {
                match links.filter_for(c.linktype, cfg, expr, consumer, src_snaplen) {
                    Ok(f) => f,
                    Err(e) => break Err(e),
                }
            }
            _ => &mut filter,
        };
        if !kept_by.matches(pkt, block) {
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

/// A pcapng file of several interfaces: lines name each packet's
/// interface (as for a live capture on several), and a packet whose
/// interface has another link type than the first is filtered by a
/// program compiled for that type.
#[derive(Default)]
struct Links {
    /// Interfaces of the current section taken in so far.
    known: usize,
    /// Each interface's LINKTYPE_ number and link type (as read in this file's byte order).
    types: Vec<(u32, LinkType)>,
    /// Filters for link types other than the first interface's.
    others: Vec<(u32, Filter)>,
}

impl Links {
    fn refresh(&mut self, src: &FileSource, sinks: &mut Sinks) {
        let ifaces = src.interfaces();
        self.known = ifaces.len();
        self.types = ifaces.iter().map(|i| (i.link.linktype(), i.link)).collect();
        let names = if ifaces.len() > 1 {
            (0u32..)
                .zip(ifaces)
                .map(|(id, i)| {
                    let name = i.name.unwrap_or_else(|| format!("if{id}"));
                    (id, name.into(), i.link)
                })
                .collect()
        } else {
            Vec::new()
        };
        sinks.name_interfaces(names);
    }

    fn filter_for(
        &mut self,
        linktype: u32,
        cfg: &Config,
        expr: &str,
        consumer: Consumer,
        snaplen: u32,
    ) -> Result<&mut Filter, Error> {
        let at = match self.others.iter().position(|(l, _)| *l == linktype) {
            Some(at) => at,
            None => {
                let link = self
                    .types
                    .iter()
                    .find(|t| t.0 == linktype)
                    .map_or(LinkType::from_linktype(linktype), |t| t.1);
                let filter = Filter::compile(
                    expr,
                    link,
                    Source::File(consumer),
                    snaplen,
                    cfg.optimize,
                    crate::netdb::system(),
                )?;
                self.others.push((linktype, filter));
                self.others.len() - 1
            }
        };
        Ok(&mut self.others[at].1)
    }
}
