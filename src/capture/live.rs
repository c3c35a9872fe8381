//! Live capture on a TPACKET_V3 ring. Owned by the capture work.
//!
//! Setup order (see `Live::open`): socket with protocol 0, filter, ring,
//! mmap, and only then bind, so no unfiltered frame is ever queued. Packets
//! are borrowed straight from the ring (see `walk`); a block goes back to
//! the kernel as soon as its packets have been handed over.

mod geometry;
mod ifaces;
pub mod linkmap;
pub mod monitor;
mod tstamp;
pub mod walk;

use std::fmt;
use std::io;
use std::ops::ControlFlow;
use std::os::fd::BorrowedFd;
use std::time::{Duration, Instant};

use crate::bpf::{Insn, Program, op};
use crate::link::LinkType;
use crate::packet::{Direction, Packet};

use crate::sys::errtext::Strerror;
use crate::sys::ring::Ring;
use crate::sys::socket::PacketSocket;
pub use geometry::{Geometry, RingUse};
pub use ifaces::{list_interfaces, resolve_interface};
pub use tstamp::{TstampType, supported, tstamp_types};
use walk::{BlockEnd, Cursor, FrameLayout, Keep, WalkCounts, WalkRules};

/// Why live capture could not start or go on. Display says what failed, on
/// what, and what to try.
#[derive(Debug)]
pub enum CaptureError {
    /// A system call failed.
    Syscall {
        /// The call, e.g. "setsockopt(PACKET_RX_RING)".
        call: &'static str,
        /// The interface, if the call concerned one.
        iface: Option<String>,
        source: io::Error,
        /// What to try, if we know.
        hint: Option<String>,
    },
    /// No interface by that name.
    NoSuchInterface(String),
    /// -i N with N not in -D's list.
    NoSuchInterfaceNumber { number: u64, count: usize },
    /// No interface to default to.
    NoDefaultInterface,
    /// A libpcap pseudo-device (nflog, dbus...) listed by -D for tcpdump
    /// compatibility but not a network interface.
    NotANetworkInterface(String),
    /// A DSA conduit whose tag format libpcap does not know.
    UnsupportedDsaTag { iface: String, tag: String },
    /// -I on a device that has no wiphy (not a mac80211 wireless device).
    NoMonitorMode(String),
    /// -y names a link type the interface does not offer.
    LinkTypeNotOffered { iface: String, link: LinkType },
    /// The interface is down at start.
    InterfaceNotUp(String),
    /// The interface was deleted (or moved to another namespace) during capture.
    InterfaceGone { iface: String },
    /// The kernel handed us a block whose offsets contradict themselves.
    BadBlock {
        iface: String,
        block: usize,
        detail: walk::BadBlock,
    },
}

/// The call whose failure means the kernel would not take the filter.
const ATTACH_FILTER: &str = "setsockopt(SO_ATTACH_FILTER)";

impl CaptureError {
    /// The kernel refused the filter program (too large for optmem_max,
    /// an instruction it rejects): the caller may filter in userspace instead.
    pub fn is_filter_refused(&self) -> bool {
        matches!(self, CaptureError::Syscall { call, .. } if *call == ATTACH_FILTER)
    }
}

impl fmt::Display for CaptureError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CaptureError::Syscall {
                call,
                iface,
                source,
                hint,
            } => {
                write!(f, "{call}")?;
                if let Some(i) = iface {
                    write!(f, " on {i}")?;
                }
                write!(f, ": {}", Strerror(source))?;
                if let Some(h) = hint {
                    write!(f, " ({h})")?;
                }
                Ok(())
            }
            CaptureError::NoSuchInterface(name) => {
                write!(f, "{name}: no such interface (afsniff -D lists them)")
            }
            CaptureError::NoSuchInterfaceNumber { number, count } => write!(
                f,
                "interface number {number} does not exist (afsniff -D lists {count}, numbered from 1)"
            ),
            CaptureError::NoDefaultInterface => {
                write!(
                    f,
                    "no interface to capture on (name one with -i; afsniff -D lists them)"
                )
            }
            CaptureError::NotANetworkInterface(name) => write!(
                f,
                "{name}: not a network interface; afsniff captures only on network interfaces and 'any' (afsniff -D lists them)"
            ),
            CaptureError::NoMonitorMode(name) => write!(
                f,
                "{name}: That device doesn't support monitor mode (-I needs a wireless interface)"
            ),
            CaptureError::UnsupportedDsaTag { iface, tag } => write!(
                f,
                "{iface}: unsupported DSA tag: {tag} (try -i any for a cooked capture)"
            ),
            // libpcap's words, then where to look.
            CaptureError::LinkTypeNotOffered { iface, link } => {
                match link.known_name() {
                    Some(d) => write!(f, "{}", d.name)?,
                    None => write!(f, "DLT {}", link.dlt())?,
                }
                write!(
                    f,
                    " is not one of the DLTs supported by this device (afsniff -L -i {iface} lists them)"
                )
            }
            CaptureError::InterfaceNotUp(name) => {
                write!(f, "{name}: that device is not up (ip link set {name} up)")
            }
            CaptureError::InterfaceGone { iface } => write!(
                f,
                "{iface}: the interface disappeared while capturing (deleted, or moved to another network namespace)"
            ),
            CaptureError::BadBlock {
                iface,
                block,
                detail,
            } => write!(
                f,
                "ring on {iface}: block {block}: packet {}: {} {} beyond the block's {} bytes (kernel ABI mismatch? please report)",
                detail.packet, detail.field, detail.value, detail.block_len
            ),
        }
    }
}

impl std::error::Error for CaptureError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            CaptureError::Syscall { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// A capture source as -i names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Interface {
    pub name: String,
    /// 0 for `any`.
    pub index: u32,
    pub link: LinkType,
    /// What -L lists and -y may choose, libpcap's dlt_list.
    pub offered: Vec<LinkType>,
    /// Captured on a SOCK_DGRAM socket: the walker writes a cooked header.
    pub cooked: bool,
    /// IPv4 netmask in host order (for `ip broadcast`), 0 if unknown.
    pub netmask: u32,
}

impl Interface {
    /// -y: capture as `link`, if the interface offers it.
    pub fn select_link(&mut self, link: LinkType) -> Result<(), CaptureError> {
        if !self.offered.contains(&link) {
            return Err(CaptureError::LinkTypeNotOffered {
                iface: self.name.clone(),
                link,
            });
        }
        self.link = link;
        Ok(())
    }

    /// libpcap activates a device before it lists its link types, and
    /// activating a down device fails.
    pub fn require_up(&self) -> Result<(), CaptureError> {
        if self.index == 0 || crate::sys::iface::is_up(&self.name) {
            Ok(())
        } else {
            Err(CaptureError::InterfaceNotUp(self.name.clone()))
        }
    }
}

/// How to capture.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LiveOptions {
    pub snaplen: u32,
    /// -B: ring size in KiB; None = the default (see geometry).
    pub buffer_kib: Option<u32>,
    /// Promiscuous mode (not -p).
    pub promisc: bool,
    /// -Q in / out; None = both.
    pub direction: Option<Direction>,
    /// Immediate (short retire timeout), printing or writing: the ring's defaults.
    pub ring_use: RingUse,
}

/// What `Live::wait` woke up for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wake {
    /// A block is ready: call `for_each_ready`.
    Ready,
    /// The wake-up fd is readable (a signal arrived).
    Woken,
    /// Nothing within the timeout.
    Timeout,
    /// The interface went down (it still exists): capture goes on and
    /// resumes when it is up again. Reported once per time it goes down.
    WentDown,
}

/// Kernel counters accumulated since `open`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    /// Packets that passed the filter (tcpdump's "received by filter"),
    /// less those afsniff skipped for -Q or as loopback duplicates, so that
    /// handed-over + dropped = received once the ring is drained.
    pub received: u64,
    /// Packets the kernel dropped because the ring was full.
    pub dropped: u64,
}

/// An open capture: socket, ring and where we are in it.
pub struct Live {
    ring: Ring,
    sock: PacketSocket,
    iface: String,
    /// The interface's index (0 for `any`), to tell "down" from "gone".
    index: u32,
    /// Down since the last WentDown: check now and then that it still exists.
    down: bool,
    link: LinkType,
    geometry: Geometry,
    rules: WalkRules,
    next_block: usize,
    /// Resume point inside `next_block` after a Break.
    cursor: Option<Cursor>,
    counts: WalkCounts,
    kernel_packets: u64,
    kernel_drops: u64,
}

impl fmt::Debug for Live {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Live")
            .field("iface", &self.iface)
            .field("link", &self.link)
            .field("geometry", &self.geometry)
            .field("next_block", &self.next_block)
            .finish_non_exhaustive()
    }
}

fn syscall(call: &'static str, iface: &str, source: io::Error) -> CaptureError {
    let hint = match source.raw_os_error() {
        Some(libc::EPERM | libc::EACCES) if call.starts_with("socket") => {
            Some("run as root or grant CAP_NET_RAW".to_string())
        }
        Some(libc::EPERM | libc::EACCES) if call.contains("ADD_MEMBERSHIP") => {
            Some("promiscuous mode needs CAP_NET_ADMIN; -p avoids it".to_string())
        }
        Some(libc::EPERM | libc::EACCES) => Some("run as root or grant CAP_NET_RAW".to_string()),
        Some(libc::EAFNOSUPPORT) => Some("the kernel lacks AF_PACKET (CONFIG_PACKET)".to_string()),
        _ => None,
    };
    CaptureError::Syscall {
        call,
        iface: (!call.starts_with("socket")).then(|| iface.to_string()),
        source,
        hint,
    }
}

/// The program that accepts nothing: swapped in before the final drain so
/// that the kernel's counters stop moving.
const DROP_ALL: [Insn; 1] = [Insn::stmt(op::RET | op::K, 0)];

impl Live {
    /// Opens a capture on `iface`: socket(AF_PACKET, SOCK_RAW, or SOCK_DGRAM
    /// for `any`, protocol 0) -> filter -> TPACKET_V3 -> PACKET_RESERVE ->
    /// RX ring (shrunk on ENOMEM) -> mmap -> direction -> bind(ETH_P_ALL) ->
    /// promiscuous membership unless -p.
    pub fn open(
        iface: &Interface,
        opts: &LiveOptions,
        filter: Option<&Program>,
    ) -> Result<Live, CaptureError> {
        let name = iface.name.as_str();
        let any = iface.index == 0;
        let cooked = iface.cooked;
        let layout = match iface.link {
            LinkType::LinuxSll2 if cooked => FrameLayout::CookedSll2,
            link if cooked && link.cooked_header_len() == Some(walk::SLL_LEN as u32) => {
                FrameLayout::CookedSll
            }
            LinkType::Ethernet => FrameLayout::Ethernet,
            link if linkmap::is_socketcan(link) => FrameLayout::SocketCan,
            // Raw IP and every other link header as the device has it.
            _ => FrameLayout::Raw,
        };
        let sock = PacketSocket::open(cooked).map_err(|e| syscall("socket(AF_PACKET)", name, e))?;
        if let Some(prog) = filter {
            sock.attach_filter(&prog.insns)
                .map_err(|e| syscall(ATTACH_FILTER, name, e))?;
        }
        sock.set_tpacket_v3()
            .map_err(|e| syscall("setsockopt(PACKET_VERSION, TPACKET_V3)", name, e))?;
        // Headroom for what the walker writes in front of a frame.
        let reserve = match layout {
            FrameLayout::Ethernet => walk::VLAN_TAG_LEN,
            FrameLayout::CookedSll2 => walk::SLL2_LEN,
            FrameLayout::CookedSll => walk::SLL_LEN,
            FrameLayout::Raw | FrameLayout::SocketCan => 0,
        };
        sock.set_reserve(reserve as u32)
            .map_err(|e| syscall("setsockopt(PACKET_RESERVE)", name, e))?;
        let (ring, geometry) = map_ring(
            &sock,
            name,
            Geometry::choose(opts.buffer_kib, opts.ring_use),
        )?;

        let loopback = iface.index != 0
            && crate::sys::iface::flags(name).is_ok_and(|f| f & libc::IFF_LOOPBACK as u32 != 0);
        let mut keep = Keep::default();
        match opts.direction {
            Some(Direction::Out) => keep.outgoing_only = true,
            // The kernel skips our own packets (and loopback's outgoing
            // copy) itself where it can (Linux 4.20+).
            Some(Direction::In) => keep.incoming_only = sock.set_ignore_outgoing().is_err(),
            None if loopback => keep.incoming_only = sock.set_ignore_outgoing().is_err(),
            None => {}
        }
        if any && opts.direction.is_none() {
            keep.no_outgoing_on = ifaces::loopback_indexes().first().copied();
        }

        sock.bind(iface.index).map_err(|e| match e.raw_os_error() {
            Some(libc::ENODEV | libc::ENXIO) => CaptureError::NoSuchInterface(name.to_string()),
            _ => syscall("bind", name, e),
        })?;
        // A packet socket binds to a down interface but flags ENETDOWN.
        if let Ok(Some(e)) = sock.take_error() {
            return Err(match e.raw_os_error() {
                Some(libc::ENETDOWN) => CaptureError::InterfaceNotUp(name.to_string()),
                _ => syscall("bind", name, e),
            });
        }
        if opts.promisc && !any {
            sock.add_promisc(iface.index)
                .map_err(|e| syscall("setsockopt(PACKET_ADD_MEMBERSHIP)", name, e))?;
        }
        Ok(Live {
            ring,
            sock,
            iface: name.to_string(),
            index: iface.index,
            down: false,
            link: iface.link,
            geometry,
            rules: WalkRules {
                layout,
                snaplen: opts.snaplen,
                keep,
            },
            next_block: 0,
            cursor: None,
            counts: WalkCounts::default(),
            kernel_packets: 0,
            kernel_drops: 0,
        })
    }

    /// Blocks in poll() on the socket and `wake` until a block is ready,
    /// `wake` is readable, or `timeout_ms` passes (-1 = no limit).
    pub fn wait(&mut self, wake: BorrowedFd<'_>, timeout_ms: i32) -> Result<Wake, CaptureError> {
        if self.ring.is_user(self.next_block) {
            return Ok(Wake::Ready);
        }
        let r = self
            .sock
            .poll(Some(wake), timeout_ms)
            .map_err(|e| syscall("poll", &self.iface, e))?;
        if r.error && self.check_error()? {
            self.down = true;
            return Ok(Wake::WentDown);
        }
        if r.woken {
            return Ok(Wake::Woken);
        }
        if self.ring.is_user(self.next_block) {
            return Ok(Wake::Ready);
        }
        // Deleting an interface that is already down raises no socket
        // error: look for it on every quiet wake-up while it is down.
        if self.down {
            if !self.still_there() {
                return Err(CaptureError::InterfaceGone {
                    iface: self.iface.clone(),
                });
            }
            self.down =
                crate::sys::iface::flags(&self.iface).is_ok_and(|f| f & libc::IFF_UP as u32 == 0);
        }
        Ok(Wake::Timeout)
    }

    /// Reads the pending socket error (which clears it, so that poll()
    /// cannot spin on it): Ok(true) when the interface went down but still
    /// exists, an error when it is gone or on any other socket error.
    fn check_error(&mut self) -> Result<bool, CaptureError> {
        match self.sock.take_error() {
            Ok(None) => Ok(false),
            Ok(Some(e)) => match e.raw_os_error() {
                Some(libc::ENETDOWN | libc::ENXIO | libc::ENODEV) if self.still_there() => Ok(true),
                Some(libc::ENETDOWN | libc::ENXIO | libc::ENODEV) => {
                    Err(CaptureError::InterfaceGone {
                        iface: self.iface.clone(),
                    })
                }
                _ => Err(syscall("poll", &self.iface, e)),
            },
            Err(e) => Err(syscall("getsockopt(SO_ERROR)", &self.iface, e)),
        }
    }

    /// The interface captured on still exists under its name and index.
    fn still_there(&self) -> bool {
        self.index == 0 || crate::sys::iface::index_of(&self.iface).is_ok_and(|i| i == self.index)
    }

    /// Hands every packet of every retired block to `f`, in order, releasing
    /// each block after its packets. Stops mid-block when `f` returns Break
    /// (the rest of the block is handed over by the next call).
    pub fn for_each_ready(
        &mut self,
        f: &mut dyn FnMut(&Packet) -> ControlFlow<()>,
    ) -> Result<ControlFlow<()>, CaptureError> {
        let Live {
            ring,
            rules,
            counts,
            cursor,
            next_block,
            iface,
            ..
        } = self;
        // At most one lap: the kernel may refill released blocks meanwhile.
        for _ in 0..ring.block_count() {
            let block_index = *next_block;
            let Some(mut block) = ring.user_block(block_index) else {
                break;
            };
            let start = cursor.take().unwrap_or_default();
            match walk::walk_block(block.bytes(), start, rules, counts, f) {
                Ok(BlockEnd::Done) => {}
                Ok(BlockEnd::StoppedAtEnd) => {
                    drop(block);
                    *next_block = (block_index + 1) % ring.block_count();
                    return Ok(ControlFlow::Break(()));
                }
                Ok(BlockEnd::Stopped(resume)) => {
                    *cursor = Some(resume);
                    block.keep_for_later();
                    return Ok(ControlFlow::Break(()));
                }
                Err(detail) => {
                    drop(block);
                    *next_block = (block_index + 1) % ring.block_count();
                    return Err(CaptureError::BadBlock {
                        iface: iface.clone(),
                        block: block_index,
                        detail,
                    });
                }
            }
            drop(block);
            *next_block = (block_index + 1) % ring.block_count();
        }
        Ok(ControlFlow::Continue(()))
    }

    /// After a stop request: stops the kernel from queueing more (a
    /// drop-all filter), waits until the partly filled block is retired (up
    /// to two retire timeouts: the kernel's timer retires a block on its
    /// second expiry), and hands over every remaining packet. Returns as
    /// soon as every packet the kernel counted is accounted for.
    pub fn drain(
        &mut self,
        f: &mut dyn FnMut(&Packet) -> ControlFlow<()>,
    ) -> Result<(), CaptureError> {
        self.sock
            .attach_filter(&DROP_ALL)
            .map_err(|e| syscall(ATTACH_FILTER, &self.iface, e))?;
        let tov = Duration::from_millis(u64::from(self.geometry.retire_tov_ms));
        let deadline = Instant::now() + tov * 2 + Duration::from_millis(20);
        loop {
            if self.for_each_ready(f)?.is_break() {
                return Ok(());
            }
            self.accumulate()?;
            let accounted = self.counts.handed + self.counts.skipped + self.kernel_drops;
            let now = Instant::now();
            if accounted >= self.kernel_packets || now >= deadline {
                return Ok(());
            }
            let wait = (deadline - now).min(tov).as_millis().max(1) as i32;
            self.sock
                .poll(None, wait)
                .map_err(|e| syscall("poll", &self.iface, e))?;
        }
    }

    fn accumulate(&mut self) -> Result<(), CaptureError> {
        let k = self
            .sock
            .take_stats()
            .map_err(|e| syscall("getsockopt(PACKET_STATISTICS)", &self.iface, e))?;
        self.kernel_packets += u64::from(k.packets);
        self.kernel_drops += u64::from(k.drops);
        Ok(())
    }

    /// PACKET_STATISTICS accumulated across reads (the kernel resets its
    /// counters on each read; tp_packets already includes tp_drops).
    pub fn stats(&mut self) -> Result<Stats, CaptureError> {
        self.accumulate()?;
        Ok(Stats {
            received: self.kernel_packets.saturating_sub(self.counts.skipped),
            dropped: self.kernel_drops,
        })
    }

    pub fn link_type(&self) -> LinkType {
        self.link
    }

    /// The ring actually in use (after any ENOMEM shrinking).
    pub fn geometry(&self) -> Geometry {
        self.geometry
    }

    /// Packets handed to callbacks so far.
    pub fn handed(&self) -> u64 {
        self.counts.handed
    }
}

/// PACKET_RX_RING and mmap, halving the block count on ENOMEM.
fn map_ring(
    sock: &PacketSocket,
    name: &str,
    mut g: Geometry,
) -> Result<(Ring, Geometry), CaptureError> {
    use std::os::fd::AsFd;
    let too_big = |g: Geometry| {
        Some(format!(
            "{} blocks of {} KiB; try a smaller -B",
            g.block_nr,
            g.block_size / 1024
        ))
    };
    loop {
        let step = sock
            .set_rx_ring(g.block_size, g.block_nr, g.retire_tov_ms)
            .map_err(|e| ("setsockopt(PACKET_RX_RING)", e))
            .and_then(|()| {
                Ring::map(sock.as_fd(), g.block_size as usize, g.block_nr as usize).map_err(|e| {
                    // Free the kernel's ring before trying a smaller one.
                    let _ = sock.set_rx_ring(0, 0, 0);
                    ("mmap(PACKET_RX_RING)", e)
                })
            });
        match step {
            Ok(ring) => return Ok((ring, g)),
            Err((call, e)) if e.raw_os_error() == Some(libc::ENOMEM) => match g.shrink() {
                Some(smaller) => g = smaller,
                None => {
                    let mut err = syscall(call, name, e);
                    if let CaptureError::Syscall { hint, .. } = &mut err {
                        *hint = too_big(g);
                    }
                    return Err(err);
                }
            },
            Err((call, e)) => return Err(syscall(call, name, e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_say_what_failed_on_what_and_what_to_try() {
        // EPERM from each call, with the advice that fits the call.
        for (call, want) in [
            (
                "socket(AF_PACKET)",
                "socket(AF_PACKET): Operation not permitted (run as root or grant CAP_NET_RAW)",
            ),
            (
                "setsockopt(PACKET_ADD_MEMBERSHIP)",
                "setsockopt(PACKET_ADD_MEMBERSHIP) on eth0: Operation not permitted (promiscuous mode needs CAP_NET_ADMIN; -p avoids it)",
            ),
        ] {
            let e = syscall(call, "eth0", io::Error::from_raw_os_error(libc::EPERM));
            assert_eq!(e.to_string(), want);
        }
        assert_eq!(
            CaptureError::NoSuchInterface("eth7".into()).to_string(),
            "eth7: no such interface (afsniff -D lists them)"
        );
        let e = CaptureError::InterfaceGone {
            iface: "veth1".into(),
        };
        assert_eq!(
            e.to_string(),
            "veth1: the interface disappeared while capturing (deleted, or moved to another network namespace)"
        );
        let e = CaptureError::LinkTypeNotOffered {
            iface: "veth0".into(),
            link: LinkType::Raw,
        };
        assert_eq!(
            e.to_string(),
            "RAW is not one of the DLTs supported by this device (afsniff -L -i veth0 lists them)"
        );
    }

    #[test]
    fn drop_all_program_rejects_everything() {
        assert_eq!(DROP_ALL[0].code, op::RET | op::K);
        assert_eq!(DROP_ALL[0].k, 0);
    }
}
