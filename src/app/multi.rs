//! Several interfaces at once (-i A -i B ...): a ring on each with the
//! same filter, packets merged in time order (merge.rs), each line naming
//! its interface and direction, a pcapng file with one IDB per interface,
//! and statistics per interface and in total. Stopping drains every ring,
//! so that captured + dropped = received holds on each.

use std::ops::ControlFlow;
use std::time::Duration;

use super::live::{
    compile, finish_run, open_ring, pcapng_interface, prepare_interface, print_stats,
};
use super::merge::Merge;
use super::sinks::{SinkStop, Sinks};
use super::status::{self, Progress, StatusLine};
use super::{Error, dump, link_description};
use crate::capture::live::{self, Live, Stats, Wake};
use crate::cli::{Action, Config, UsageError};
use crate::filter::Filter;
use crate::output::Section;
use crate::packet::Packet;
use crate::signals::Signals;

/// One interface's ring and filter.
struct Ring {
    iface: live::Interface,
    cap: Live,
    filter: Filter,
    /// `-i any --pcapng`: the interface was deleted; its ring is drained
    /// and no longer looked at.
    gone: bool,
}

/// `every`: the interfaces are all of them (`-i any --pcapng`), so one
/// that is deleted meanwhile is let go with a warning instead of ending
/// the capture.
pub fn run(cfg: &Config, specs: &[String], expr: &str, every: bool) -> Result<(), Error> {
    let usage = |m: String| Err(Error::Usage(UsageError(m)));
    if specs.iter().any(|s| s == "any") {
        return usage(
            "-i any already captures on every interface; it cannot be given with other -i".into(),
        );
    }
    if cfg.write.is_some() && !cfg.pcapng {
        return usage(
            "a pcap file has one link type and no interface names, so several -i cannot write one; add --pcapng (or name the -w file *.pcapng)".into(),
        );
    }
    if specs.is_empty() {
        return Err(Error::Capture(live::CaptureError::NoSuchInterface(
            "any (no interface is up)".into(),
        )));
    }
    let mut ifaces: Vec<live::Interface> = Vec::with_capacity(specs.len());
    // Monitor interfaces -I added, deleted when this run returns.
    let mut monitors = Vec::new();
    for spec in specs {
        let mut iface = live::resolve_interface(Some(spec))?;
        if ifaces.iter().any(|i| i.index == iface.index) {
            return usage(format!(
                "-i {}: interface {} is named twice",
                spec, iface.name
            ));
        }
        monitors.extend(prepare_interface(cfg, &mut iface)?);
        ifaces.push(iface);
    }
    let mut filters = Vec::with_capacity(ifaces.len());
    for iface in &ifaces {
        filters.push(compile(cfg, iface, expr)?);
    }
    if let Action::Dump(format) = cfg.action {
        // One program per link type; the first interface's stands for all
        // of the same type, as -d has one listing.
        return dump(&filters[0], format);
    }
    let mut rings = Vec::with_capacity(ifaces.len());
    for (iface, mut filter) in ifaces.into_iter().zip(filters) {
        let cap = open_ring(cfg, &iface, &mut filter)?;
        rings.push(Ring {
            iface,
            cap,
            filter,
            gone: false,
        });
    }
    let section = Section {
        interfaces: rings
            .iter()
            .map(|r| pcapng_interface(&r.iface, cfg.snaplen))
            .collect(),
        filter: expr.to_string(),
    };
    let mut sinks = super::open_sinks_as_user(cfg, rings[0].iface.link, section)?;
    sinks.name_interfaces(
        rings
            .iter()
            .map(|r| (r.iface.index, r.iface.name.clone().into(), r.iface.link))
            .collect(),
    );
    let signals = Signals::install().map_err(Error::Signals)?;
    if cfg.print_lines && cfg.print.verbose == 0 {
        eprintln!("afsniff: verbose output suppressed, use -v[v]... for full protocol decode");
    }
    for r in &rings {
        eprintln!(
            "listening on {}, {}, snapshot length {} bytes",
            r.iface.name,
            link_description(r.iface.link),
            cfg.snaplen
        );
    }
    let tov = rings
        .iter()
        .map(|r| r.cap.geometry().retire_tov_ms)
        .max()
        .unwrap_or(1);
    let mut flow = Flow {
        sinks: &mut sinks,
        count: cfg.count,
        captured: 0,
        bytes: 0,
        stop: None,
        per_ring: vec![0; rings.len()],
        indexes: rings.iter().map(|r| r.iface.index).collect(),
    };
    let mut merge = Merge::new(rings.len(), Duration::from_millis(u64::from(tov)));
    let mut status = StatusLine::for_terminal(cfg.write.is_some() && !cfg.print_lines);
    let outcome = capture_loop(
        &mut rings,
        &signals,
        &mut merge,
        &mut flow,
        &mut status,
        (tov, every),
    );
    if let Some(line) = &mut status {
        line.clear();
    }
    let captured = flow.captured;
    let sink_stop = flow.stop.take();
    let per_ring = std::mem::take(&mut flow.per_ring);
    let stats: Result<Vec<Stats>, _> = rings.iter_mut().map(|r| r.cap.stats()).collect();
    finish_run(&mut sinks, sink_stop, stats, &per_ring, outcome, |s| {
        print_all_stats(&rings, &per_ring, captured, s, true)
    })
}

/// Per-packet state of a run on several interfaces.
struct Flow<'a> {
    sinks: &'a mut Sinks,
    count: Option<u64>,
    captured: u64,
    bytes: u64,
    stop: Option<SinkStop>,
    /// Packets handed to the sinks, per ring.
    per_ring: Vec<u64>,
    /// Each ring's interface index, to count a merged packet to its ring.
    indexes: Vec<u32>,
}

impl Flow<'_> {
    fn packet(&mut self, pkt: &Packet) -> ControlFlow<()> {
        if let Err(stop) = self.sinks.packet(pkt) {
            self.stop = Some(stop);
            return ControlFlow::Break(());
        }
        if let Some(i) = self.indexes.iter().position(|&i| Some(i) == pkt.ifindex) {
            self.per_ring[i] += 1;
        }
        self.captured += 1;
        self.bytes += u64::from(pkt.wire_len);
        if Some(self.captured) == self.count {
            return ControlFlow::Break(());
        }
        ControlFlow::Continue(())
    }
}

fn now_ns() -> i128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as i128)
}

/// Copies what every ring has ready into the merge (filtering here what
/// the kernel did not).
fn take_ready(rings: &mut [Ring], merge: &mut Merge, drain: bool) -> Result<(), Error> {
    for (i, r) in rings.iter_mut().enumerate().filter(|(_, r)| !r.gone) {
        take_from(r, i, merge, drain)?;
    }
    Ok(())
}

/// What ring `r` (number `i`) has ready, or with `drain` all it holds.
fn take_from(r: &mut Ring, i: usize, merge: &mut Merge, drain: bool) -> Result<(), Error> {
    let (filter, index) = (&mut r.filter, r.iface.index);
    let mut hold = |p: &Packet| {
        if filter.matches(p, None) {
            merge.hold(i, index, p);
        }
        ControlFlow::Continue(())
    };
    if drain {
        r.cap.drain(&mut hold)?;
    } else {
        // `hold` never breaks: every ready block is emptied.
        let _ = r.cap.for_each_ready(&mut hold)?;
    }
    Ok(())
}

fn capture_loop(
    rings: &mut [Ring],
    signals: &Signals,
    merge: &mut Merge,
    flow: &mut Flow,
    status: &mut Option<StatusLine>,
    (tov_ms, every): (u32, bool),
) -> Result<(), Error> {
    // Wake up at least once per retire timeout, so that held packets go
    // out and the quiet rings are looked at.
    let timeout_ms = match status {
        Some(_) => status::INTERVAL.as_millis().min(u128::from(tov_ms)) as i32,
        None => tov_ms.max(1) as i32,
    };
    loop {
        if let Some(line) = status.as_mut().filter(|l| l.due()) {
            let mut dropped = 0;
            for r in rings.iter_mut() {
                dropped += r.cap.stats()?.dropped;
            }
            line.show(&Progress {
                packets: flow.captured,
                bytes: flow.bytes,
                dropped,
                file: flow.sinks.file_progress(),
            });
        }
        for (i, r) in rings.iter_mut().enumerate().filter(|(_, r)| !r.gone) {
            // Only the first ring's wait sleeps; the others are looked at.
            let wait = if i == 0 { timeout_ms } else { 0 };
            match r.cap.wait(signals.wake_fd(), wait) {
                Ok(Wake::Woken) => signals.clear_wake(),
                Ok(Wake::WentDown) => eprintln!(
                    "afsniff: warning: {}: the interface went down; still capturing, packets resume when it is up again",
                    r.iface.name
                ),
                Ok(Wake::Ready | Wake::Timeout) => {}
                Err(live::CaptureError::InterfaceGone { iface }) if every => {
                    eprintln!(
                        "afsniff: warning: {iface}: the interface is gone; capturing on the others"
                    );
                    let _ = take_from(r, i, merge, true);
                    r.gone = true;
                }
                Err(e) => {
                    // Gone: what every ring already accepted is still written.
                    let _ = take_ready(rings, merge, true);
                    let _ = merge.release(now_ns(), true, &mut |p| flow.packet(p));
                    return Err(e.into());
                }
            }
        }
        take_ready(rings, merge, false)?;
        if merge
            .release(now_ns(), false, &mut |p| flow.packet(p))
            .is_break()
        {
            return Ok(());
        }
        if signals.take_stats_request() {
            let stats: Result<Vec<Stats>, _> = rings.iter_mut().map(|r| r.cap.stats()).collect();
            print_all_stats(rings, &flow.per_ring, flow.captured, &stats?, false);
        }
        if signals.take_flush_request() {
            if let Err(stop) = flow.sinks.flush_file() {
                flow.stop = Some(stop);
                return Ok(());
            }
        }
        if signals.stop_requested() {
            take_ready(rings, merge, true)?;
            let _ = merge.release(now_ns(), true, &mut |p| flow.packet(p));
            return Ok(());
        }
    }
}

/// A line per interface, then tcpdump's three lines for all of them.
fn print_all_stats(
    rings: &[Ring],
    per_ring: &[u64],
    captured: u64,
    stats: &[Stats],
    at_exit: bool,
) {
    if at_exit {
        eprintln!();
    }
    for ((r, s), n) in rings.iter().zip(stats).zip(per_ring) {
        eprintln!(
            "afsniff: {}: {n} captured, {} received by filter, {} dropped by kernel",
            r.iface.name, s.received, s.dropped
        );
    }
    let total = stats.iter().fold(Stats::default(), |t, s| Stats {
        received: t.received + s.received,
        dropped: t.dropped + s.dropped,
    });
    print_stats(captured, &total, at_exit);
}
