//! Live capture: compile for the interface, attach in the kernel before
//! bind, then move packets from the ring to the sinks until -c, a signal or
//! an error; drain what the kernel already accepted, and report statistics.

use std::ops::ControlFlow;

use super::sinks::{SinkStop, Sinks};
use super::status::{self, Progress, StatusLine};
use super::{Error, dump, link_description};
use crate::capture::live::{self, Live, LiveOptions, RingUse, Stats, Wake};
use crate::cli::{Action, Config};
use crate::filter::{Filter, Source};
use crate::link::LinkType;
use crate::output::{Interface, InterfaceStats, Section, TextOut};
use crate::packet::Packet;
use crate::signals::Signals;

pub fn run(cfg: &Config, spec: Option<&str>, expr: &str) -> Result<(), Error> {
    if spec == Some("any") && cfg.pcapng && cfg.write.is_some() {
        return super::multi::run(cfg, &every_interface(), expr, true);
    }
    let mut iface = live::resolve_interface(spec)?;
    // Kept until the capture ends: dropping it deletes the monitor interface.
    let _monitor = prepare_interface(cfg, &mut iface)?;
    let link = iface.link;
    let mut filter = compile(cfg, &iface, expr)?;
    if let Action::Dump(format) = cfg.action {
        return dump(&filter, format);
    }
    let mut cap = open_ring(cfg, &iface, &mut filter)?;
    let section = Section {
        interfaces: vec![pcapng_interface(&iface, cfg.snaplen)],
        filter: expr.to_string(),
    };
    let mut sinks = super::open_sinks_as_user(cfg, link, section)?;
    let signals = Signals::install().map_err(Error::Signals)?;
    if cfg.print_lines && cfg.print.verbose == 0 {
        eprintln!("afsniff: verbose output suppressed, use -v[v]... for full protocol decode");
    }
    eprintln!(
        "listening on {}, {}, snapshot length {} bytes",
        iface.name,
        link_description(link),
        cfg.snaplen
    );

    let mut flow = Flow {
        iface: &iface.name,
        sinks: &mut sinks,
        filter: &mut filter,
        count: cfg.count,
        captured: 0,
        bytes: 0,
        stop: None,
    };
    let mut status = StatusLine::for_terminal(cfg.write.is_some() && !cfg.print_lines);
    let outcome = capture_loop(&mut cap, &signals, &mut flow, &mut status);
    if let Some(line) = &mut status {
        line.clear();
    }
    let captured = flow.captured;
    let sink_stop = flow.stop.take();
    let stats = cap.stats().map(|s| vec![s]);
    finish_run(&mut sinks, sink_stop, stats, &[captured], outcome, |s| {
        print_stats(captured, &s[0], true)
    })
}

/// The end of a live run: the sinks finish, a pcapng file with each
/// interface's statistics (`accepted`: packets kept per interface); why
/// they stopped ("Maximum file limit reached") comes before the
/// statistics on stderr, as in tcpdump; then the first error.
pub(super) fn finish_run(
    sinks: &mut Sinks,
    sink_stop: Option<SinkStop>,
    stats: Result<Vec<Stats>, live::CaptureError>,
    accepted: &[u64],
    outcome: Result<(), Error>,
    print: impl FnOnce(&[Stats]),
) -> Result<(), Error> {
    let isb: Vec<InterfaceStats> = match &stats {
        Ok(stats) => stats
            .iter()
            .zip(accepted)
            .map(|(s, &accepted)| InterfaceStats {
                received: s.received,
                dropped: s.dropped,
                accepted,
            })
            .collect(),
        Err(_) => Vec::new(),
    };
    let finished = sinks.finish(&isb);
    let sunk = [sink_stop, finished.err()]
        .into_iter()
        .flatten()
        .try_for_each(SinkStop::into_result);
    if let Ok(stats) = &stats {
        print(stats);
    }
    outcome?;
    sunk?;
    stats?;
    Ok(())
}

/// `-i any --pcapng`: every interface that is up and has a link type a
/// ring can capture (Ethernet-like or raw IP), sorted by index, so that
/// each packet is written under its own interface with its own link-layer
/// header where `-i any` alone gives cooked SLL2 headers without the
/// destination address.
fn every_interface() -> Vec<String> {
    let mut all = crate::netdb::ifnames::interfaces();
    all.sort();
    all.into_iter()
        .filter(|(_, name)| {
            let up = crate::sys::iface::is_up(name);
            up && live::resolve_interface(Some(name))
                .is_ok_and(|i| matches!(i.link, LinkType::Ethernet | LinkType::Raw))
        })
        .map(|(_, name)| name.into())
        .collect()
}

/// -I and -y: enters monitor mode when -I asks (the returned guard
/// deletes the monitor interface when dropped, so keep it for as long as
/// the capture runs), then picks -y's link type among those offered.
pub(super) fn prepare_interface(
    cfg: &Config,
    iface: &mut live::Interface,
) -> Result<Option<live::monitor::MonitorInterface>, Error> {
    let monitor = if cfg.monitor {
        live::monitor::enter(iface)?
    } else {
        None
    };
    if let Some(wanted) = cfg.linktype {
        iface.select_link(wanted)?;
    }
    Ok(monitor)
}

/// The filter for `iface`'s link type.
pub(super) fn compile(cfg: &Config, iface: &live::Interface, expr: &str) -> Result<Filter, Error> {
    Ok(Filter::compile(
        expr,
        iface.link,
        Source::Live,
        cfg.snaplen,
        cfg.optimize,
        crate::netdb::system(),
    )?)
}

/// Opens the ring on `iface` with `filter` in the kernel when it takes
/// the program, else in userspace; never unfiltered. Applies -j.
pub(super) fn open_ring(
    cfg: &Config,
    iface: &live::Interface,
    filter: &mut Filter,
) -> Result<Live, Error> {
    if let Some(why) = filter.userspace_reason() {
        eprintln!("afsniff: warning: filtering in userspace: {why}");
    }
    let ring_use =
        if cfg.immediate || (cfg.print_lines && cfg.write.is_none() && TextOut::is_terminal()) {
            RingUse::Immediate
        } else if cfg.print_lines {
            RingUse::Print
        } else {
            RingUse::Write
        };
    let live_opts = LiveOptions {
        snaplen: cfg.snaplen,
        buffer_kib: cfg.buffer_kib,
        promisc: cfg.promisc,
        direction: cfg.direction,
        ring_use,
    };
    let cap = match Live::open(iface, &live_opts, filter.for_kernel()) {
        Err(e) if e.is_filter_refused() => {
            eprintln!("afsniff: warning: filtering in userspace: {e}");
            filter.move_to_userspace()?;
            Live::open(iface, &live_opts, None)?
        }
        opened => opened?,
    };
    if let Some(wanted) = cfg.tstamp_type {
        if live::supported(&live::tstamp_types(iface)?, wanted) {
            cap.use_tstamp(&iface.name, wanted)?;
        } else {
            eprintln!(
                "afsniff: WARNING: When trying to set timestamp type '{}' on {}: That type of time stamp is not supported by that device",
                wanted.name(),
                iface.name
            );
        }
    }
    Ok(cap)
}

/// The IDB of a capture interface: its name, and its alias (ip link set
/// NAME alias TEXT) as the description where it has one.
pub(super) fn pcapng_interface(iface: &live::Interface, snaplen: u32) -> Interface {
    let alias = std::fs::read_to_string(format!("/sys/class/net/{}/ifalias", iface.name))
        .map(|a| a.trim_end().to_string())
        .ok()
        .filter(|a| !a.is_empty());
    Interface {
        name: iface.name.clone(),
        description: alias,
        link: iface.link,
        snaplen,
        ifindex: Some(iface.index),
    }
}

/// Per-packet state of a live run.
struct Flow<'a> {
    iface: &'a str,
    sinks: &'a mut Sinks,
    /// Filters here what the kernel did not.
    filter: &'a mut Filter,
    count: Option<u64>,
    captured: u64,
    /// Bytes of the captured packets, as on the wire (for the status line).
    bytes: u64,
    /// Why the sinks stopped taking packets, if they did.
    stop: Option<SinkStop>,
}

impl Flow<'_> {
    fn packet(&mut self, pkt: &Packet) -> ControlFlow<()> {
        if !self.filter.matches(pkt, None) {
            return ControlFlow::Continue(());
        }
        if let Err(stop) = self.sinks.packet(pkt) {
            self.stop = Some(stop);
            return ControlFlow::Break(());
        }
        self.captured += 1;
        self.bytes += u64::from(pkt.wire_len);
        if Some(self.captured) == self.count {
            return ControlFlow::Break(());
        }
        ControlFlow::Continue(())
    }
}

fn capture_loop(
    cap: &mut Live,
    signals: &Signals,
    flow: &mut Flow,
    status: &mut Option<StatusLine>,
) -> Result<(), Error> {
    // Wake up often enough to redraw the status line, else rarely.
    let timeout_ms = match status {
        Some(_) => status::INTERVAL.as_millis() as i32,
        None => 1000,
    };
    loop {
        if let Some(line) = status.as_mut().filter(|l| l.due()) {
            let dropped = cap.stats()?.dropped;
            line.show(&Progress {
                packets: flow.captured,
                bytes: flow.bytes,
                dropped,
                file: flow.sinks.file_progress(),
            });
        }
        match cap.wait(signals.wake_fd(), timeout_ms) {
            Ok(Wake::Woken) => signals.clear_wake(),
            Ok(Wake::WentDown) => eprintln!(
                "afsniff: warning: {}: the interface went down; still capturing, packets resume when it is up again",
                flow.iface
            ),
            Ok(Wake::Ready | Wake::Timeout) => {}
            Err(e) => {
                // Gone: what the kernel already accepted is still written.
                let _ = cap.drain(&mut |p| flow.packet(p));
                return Err(e.into());
            }
        }
        if cap.for_each_ready(&mut |p| flow.packet(p))?.is_break() {
            return Ok(());
        }
        if signals.take_stats_request() {
            print_stats(flow.captured, &cap.stats()?, false);
        }
        if signals.take_flush_request() {
            if let Err(stop) = flow.sinks.flush_file() {
                flow.stop = Some(stop);
                return Ok(());
            }
        }
        if signals.stop_requested() {
            // The kernel may still hold accepted packets in a block it has
            // not retired: take them too (tcpdump loses them, libpcap#1011).
            cap.drain(&mut |p| flow.packet(p))?;
            return Ok(());
        }
    }
}

/// tcpdump's statistics on stderr: three lines at exit, one line on SIGUSR1.
pub(super) fn print_stats(captured: u64, stats: &Stats, at_exit: bool) {
    let plural = |n: u64| if n == 1 { "" } else { "s" };
    let parts = [
        format!("{captured} packet{} captured", plural(captured)),
        format!(
            "{} packet{} received by filter",
            stats.received,
            plural(stats.received)
        ),
        format!(
            "{} packet{} dropped by kernel",
            stats.dropped,
            plural(stats.dropped)
        ),
    ];
    if at_exit {
        eprintln!("\n{}", parts.join("\n"));
    } else {
        eprintln!("afsniff: {}", parts.join(", "));
    }
}
