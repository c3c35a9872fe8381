//! A generic-netlink socket (AF_NETLINK, NETLINK_GENERIC): send a request,
//! read the kernel's replies. The messages are built and parsed by the
//! caller (capture/live/monitor.rs); this file only moves bytes.

use std::io;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};

pub struct GenlSocket {
    fd: OwnedFd,
}

impl GenlSocket {
    /// A socket bound to a kernel-chosen port id.
    pub fn open() -> io::Result<GenlSocket> {
        // SAFETY: socket() takes no pointers; the result is checked.
        let fd = unsafe {
            libc::socket(
                libc::AF_NETLINK,
                libc::SOCK_RAW | libc::SOCK_CLOEXEC,
                libc::NETLINK_GENERIC,
            )
        };
        if fd < 0 {
            return Err(io::Error::last_os_error());
        }
        // SAFETY: `fd` is a fresh descriptor owned by nobody else.
        let fd = unsafe { OwnedFd::from_raw_fd(fd) };
        // SAFETY: sockaddr_nl is plain data; all-zero is valid (pid 0: the
        // kernel assigns one).
        let mut addr: libc::sockaddr_nl = unsafe { std::mem::zeroed() };
        addr.nl_family = libc::AF_NETLINK as libc::sa_family_t;
        // SAFETY: `addr` is a live sockaddr_nl and its exact size is passed.
        let r = unsafe {
            libc::bind(
                fd.as_raw_fd(),
                (&raw const addr).cast::<libc::sockaddr>(),
                std::mem::size_of::<libc::sockaddr_nl>() as libc::socklen_t,
            )
        };
        if r < 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(GenlSocket { fd })
    }

    /// Sends one message (nlmsghdr and all) to the kernel.
    pub fn send(&self, msg: &[u8]) -> io::Result<()> {
        // SAFETY: `msg` is a live slice and its length is passed; the
        // kernel reads at most that many bytes.
        let r = unsafe { libc::send(self.fd.as_raw_fd(), msg.as_ptr().cast(), msg.len(), 0) };
        if r < 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(())
    }

    /// Receives one datagram (one or more messages) into `buf`.
    pub fn recv(&self, buf: &mut [u8]) -> io::Result<usize> {
        // SAFETY: `buf` is a live, writable slice and its length is passed;
        // the kernel writes at most that many bytes.
        let r = unsafe { libc::recv(self.fd.as_raw_fd(), buf.as_mut_ptr().cast(), buf.len(), 0) };
        if r < 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(r as usize)
    }
}
