//! -z: the post-rotate command runs at the lowest priority, as tcpdump
//! runs it, so that compressing a closed file does not slow the capture.

use std::io;

/// setpriority(PRIO_PROCESS, pid, 19): the nicest a process can be.
pub fn lowest_priority(pid: u32) -> io::Result<()> {
    // SAFETY: setpriority takes plain integers and reads no memory of ours.
    let r = unsafe { libc::setpriority(libc::PRIO_PROCESS, pid as libc::id_t, 19) };
    if r < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(())
    }
}
