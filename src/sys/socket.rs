//! The AF_PACKET socket: creation, socket options, bind, poll.
//!
//! Every function is a thin, safe wrapper over one system call and returns
//! the raw `io::Error`; the caller (capture::live) says which step failed on
//! which interface.

use std::io;
use std::mem::size_of;
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, FromRawFd, OwnedFd};

use crate::bpf::Insn;

/// An AF_PACKET socket, closed on drop.
#[derive(Debug)]
pub struct PacketSocket {
    fd: OwnedFd,
}

/// What poll() saw on the socket and the wake-up fd.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PollResult {
    /// The socket is readable: the kernel retired a block.
    pub readable: bool,
    /// The socket reports an error (POLLERR/POLLHUP): read it with `take_error`.
    pub error: bool,
    /// The wake-up fd is readable.
    pub woken: bool,
}

/// Kernel packet counters since the previous read (PACKET_STATISTICS resets them).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct KernelStats {
    pub packets: u32,
    pub drops: u32,
}

fn cvt(ret: libc::c_int) -> io::Result<libc::c_int> {
    if ret < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(ret)
    }
}

impl PacketSocket {
    /// socket(AF_PACKET, SOCK_RAW or SOCK_DGRAM, 0): protocol 0 so that no
    /// frame is queued before the filter and the ring are in place.
    pub fn open(cooked: bool) -> io::Result<PacketSocket> {
        let ty = if cooked {
            libc::SOCK_DGRAM
        } else {
            libc::SOCK_RAW
        };
        // SAFETY: socket() takes no pointers; the result is checked below.
        let fd = cvt(unsafe { libc::socket(libc::AF_PACKET, ty | libc::SOCK_CLOEXEC, 0) })?;
        // SAFETY: `fd` was just returned by socket() and is owned by nobody else.
        let fd = unsafe { OwnedFd::from_raw_fd(fd) };
        Ok(PacketSocket { fd })
    }

    fn setsockopt<T>(&self, level: libc::c_int, name: libc::c_int, value: &T) -> io::Result<()> {
        // SAFETY: `value` points to a live, initialised T for the duration of
        // the call and its exact size is passed; the kernel copies it.
        cvt(unsafe {
            libc::setsockopt(
                self.fd.as_raw_fd(),
                level,
                name,
                (value as *const T).cast(),
                size_of::<T>() as libc::socklen_t,
            )
        })
        .map(drop)
    }

    /// getsockopt into `value`; the kernel writes at most its size.
    ///
    /// # Safety
    ///
    /// Every bit pattern the kernel may write must be a valid `T`: a plain
    /// C struct or integer, as the option's man page declares it.
    unsafe fn getsockopt<T>(
        &self,
        level: libc::c_int,
        name: libc::c_int,
        value: &mut T,
    ) -> io::Result<()> {
        let mut len = size_of::<T>() as libc::socklen_t;
        // SAFETY: `value` and `len` are live locals; `len` holds the size of
        // `value`, and the kernel writes at most that many bytes.
        cvt(unsafe {
            libc::getsockopt(
                self.fd.as_raw_fd(),
                level,
                name,
                (value as *mut T).cast(),
                &mut len,
            )
        })
        .map(drop)
    }

    /// SO_ATTACH_FILTER: the kernel copies and validates the program.
    pub fn attach_filter(&self, insns: &[Insn]) -> io::Result<()> {
        let len =
            u16::try_from(insns.len()).map_err(|_| io::Error::from_raw_os_error(libc::EINVAL))?;
        let prog = libc::sock_fprog {
            len,
            // The kernel only reads through this pointer (Insn is laid out
            // exactly as struct sock_filter).
            filter: insns.as_ptr() as *mut libc::sock_filter,
        };
        self.setsockopt(libc::SOL_SOCKET, libc::SO_ATTACH_FILTER, &prog)
    }

    /// PACKET_VERSION = TPACKET_V3.
    pub fn set_tpacket_v3(&self) -> io::Result<()> {
        let v = libc::tpacket_versions::TPACKET_V3 as libc::c_int;
        self.setsockopt(libc::SOL_PACKET, libc::PACKET_VERSION, &v)
    }

    /// PACKET_RESERVE: headroom in front of each frame in the ring.
    pub fn set_reserve(&self, bytes: u32) -> io::Result<()> {
        let v = bytes as libc::c_uint;
        self.setsockopt(libc::SOL_PACKET, libc::PACKET_RESERVE, &v)
    }

    /// PACKET_IGNORE_OUTGOING: the kernel skips packets this host sends.
    pub fn set_ignore_outgoing(&self) -> io::Result<()> {
        let v: libc::c_int = 1;
        self.setsockopt(libc::SOL_PACKET, libc::PACKET_IGNORE_OUTGOING, &v)
    }

    /// PACKET_RX_RING with a TPACKET_V3 request.
    pub fn set_rx_ring(
        &self,
        block_size: u32,
        block_nr: u32,
        retire_tov_ms: u32,
    ) -> io::Result<()> {
        let req = libc::tpacket_req3 {
            tp_block_size: block_size,
            tp_block_nr: block_nr,
            // V3 packs frames back to back; one "frame" per block satisfies
            // the kernel's frame_nr == frames_per_block * block_nr check.
            tp_frame_size: block_size,
            tp_frame_nr: block_nr,
            tp_retire_blk_tov: retire_tov_ms,
            tp_sizeof_priv: 0,
            tp_feature_req_word: 0,
        };
        self.setsockopt(libc::SOL_PACKET, libc::PACKET_RX_RING, &req)
    }

    /// bind() to ETH_P_ALL on `ifindex` (0 = every interface).
    pub fn bind(&self, ifindex: u32) -> io::Result<()> {
        // SAFETY: sockaddr_ll is a plain C struct for which all-zero is valid.
        let mut sll: libc::sockaddr_ll = unsafe { std::mem::zeroed() };
        sll.sll_family = libc::AF_PACKET as u16;
        sll.sll_protocol = (libc::ETH_P_ALL as u16).to_be();
        sll.sll_ifindex = ifindex as libc::c_int;
        // SAFETY: `sll` is a live sockaddr_ll and its exact size is passed.
        cvt(unsafe {
            libc::bind(
                self.fd.as_raw_fd(),
                (&sll as *const libc::sockaddr_ll).cast(),
                size_of::<libc::sockaddr_ll>() as libc::socklen_t,
            )
        })
        .map(drop)
    }

    /// PACKET_ADD_MEMBERSHIP with PACKET_MR_PROMISC on `ifindex`; the kernel
    /// drops the membership when the socket closes.
    pub fn add_promisc(&self, ifindex: u32) -> io::Result<()> {
        // SAFETY: packet_mreq is a plain C struct for which all-zero is valid.
        let mut mr: libc::packet_mreq = unsafe { std::mem::zeroed() };
        mr.mr_ifindex = ifindex as libc::c_int;
        mr.mr_type = libc::PACKET_MR_PROMISC as u16;
        self.setsockopt(libc::SOL_PACKET, libc::PACKET_ADD_MEMBERSHIP, &mr)
    }

    /// PACKET_STATISTICS for TPACKET_V3 (reading resets the kernel's counters).
    pub fn take_stats(&self) -> io::Result<KernelStats> {
        // SAFETY: tpacket_stats_v3 is plain integers; all-zero is valid.
        let mut st: libc::tpacket_stats_v3 = unsafe { std::mem::zeroed() };
        // SAFETY: tpacket_stats_v3 is three u32 counters: any bits are valid.
        unsafe { self.getsockopt(libc::SOL_PACKET, libc::PACKET_STATISTICS, &mut st) }?;
        Ok(KernelStats {
            packets: st.tp_packets,
            drops: st.tp_drops,
        })
    }

    /// SO_ERROR: the pending socket error (e.g. ENETDOWN), cleared by reading.
    pub fn take_error(&self) -> io::Result<Option<io::Error>> {
        let mut err: libc::c_int = 0;
        // SAFETY: any bits are a valid c_int.
        unsafe { self.getsockopt(libc::SOL_SOCKET, libc::SO_ERROR, &mut err) }?;
        Ok((err != 0).then(|| io::Error::from_raw_os_error(err)))
    }

    /// poll() on the socket and `wake` for at most `timeout_ms` (-1 = forever).
    /// EINTR counts as a wake-up with nothing ready.
    pub fn poll(&self, wake: Option<BorrowedFd<'_>>, timeout_ms: i32) -> io::Result<PollResult> {
        let mut fds = [
            libc::pollfd {
                fd: self.fd.as_raw_fd(),
                events: libc::POLLIN,
                revents: 0,
            },
            libc::pollfd {
                fd: wake.map_or(-1, |w| w.as_raw_fd()),
                events: libc::POLLIN,
                revents: 0,
            },
        ];
        // SAFETY: `fds` is a live array of two pollfd and its length is passed;
        // a negative fd is ignored by poll().
        let n = unsafe { libc::poll(fds.as_mut_ptr(), 2, timeout_ms) };
        if n < 0 {
            let e = io::Error::last_os_error();
            if e.kind() == io::ErrorKind::Interrupted {
                return Ok(PollResult::default());
            }
            return Err(e);
        }
        let bad = libc::POLLERR | libc::POLLHUP | libc::POLLNVAL;
        Ok(PollResult {
            readable: fds[0].revents & libc::POLLIN != 0,
            error: fds[0].revents & bad != 0,
            woken: fds[1].revents & (libc::POLLIN | bad) != 0,
        })
    }
}

impl AsFd for PacketSocket {
    fn as_fd(&self) -> BorrowedFd<'_> {
        self.fd.as_fd()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insn_matches_sock_filter_layout() {
        assert_eq!(size_of::<Insn>(), size_of::<libc::sock_filter>());
        assert_eq!(
            std::mem::align_of::<Insn>(),
            std::mem::align_of::<libc::sock_filter>()
        );
    }
}
