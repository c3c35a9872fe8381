//! Signals as flags plus a wake-up fd, so the capture loop never races them.
//!
//! Handlers (installed by signal-hook with SA_RESTART, possibly running on
//! any thread) only set an atomic flag and write a byte to a socket pair.
//! The capture loop polls the read end beside the packet socket: a signal
//! that arrives just before poll() still makes poll() return at once.
//!
//! SIGINT/SIGTERM: stop (drain, flush, print statistics); a second one exits
//! at once. SIGUSR1: print statistics. SIGUSR2: flush the -w file.

use std::io::{self, Read};
use std::os::fd::{AsFd, BorrowedFd};
use std::os::unix::net::UnixStream;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use signal_hook::consts::{SIGINT, SIGTERM, SIGUSR1, SIGUSR2};
use signal_hook::{flag, low_level::pipe};

/// The installed handlers' shared state.
pub struct Signals {
    stop: Arc<AtomicBool>,
    stats: Arc<AtomicBool>,
    flush: Arc<AtomicBool>,
    wake: UnixStream,
}

impl Signals {
    /// Installs the handlers. Call once, before capture starts.
    pub fn install() -> io::Result<Signals> {
        let stop = Arc::new(AtomicBool::new(false));
        let stats = Arc::new(AtomicBool::new(false));
        let flush = Arc::new(AtomicBool::new(false));
        let (wake, wake_writer) = UnixStream::pair()?;
        wake.set_nonblocking(true)?;
        wake_writer.set_nonblocking(true)?;
        for (sig, code) in [(SIGINT, 130), (SIGTERM, 143)] {
            // Registered before the flag setter: on the second signal the
            // flag is already set, so this handler exits at once.
            flag::register_conditional_shutdown(sig, code, Arc::clone(&stop))?;
            flag::register(sig, Arc::clone(&stop))?;
        }
        flag::register(SIGUSR1, Arc::clone(&stats))?;
        flag::register(SIGUSR2, Arc::clone(&flush))?;
        for sig in [SIGINT, SIGTERM, SIGUSR1, SIGUSR2] {
            pipe::register(sig, wake_writer.try_clone()?)?;
        }
        Ok(Signals {
            stop,
            stats,
            flush,
            wake,
        })
    }

    /// Readable after any of the signals; poll it beside the socket.
    pub fn wake_fd(&self) -> BorrowedFd<'_> {
        self.wake.as_fd()
    }

    /// Empties the wake-up socket so the next poll() waits again.
    pub fn clear_wake(&self) {
        let mut buf = [0u8; 64];
        while let Ok(n) = (&self.wake).read(&mut buf) {
            if n == 0 {
                break;
            }
        }
    }

    /// SIGINT or SIGTERM arrived.
    pub fn stop_requested(&self) -> bool {
        self.stop.load(Ordering::Relaxed)
    }

    /// SIGUSR1 arrived since the last call.
    pub fn take_stats_request(&self) -> bool {
        self.stats.swap(false, Ordering::Relaxed)
    }

    /// SIGUSR2 arrived since the last call.
    pub fn take_flush_request(&self) -> bool {
        self.flush.swap(false, Ordering::Relaxed)
    }
}
