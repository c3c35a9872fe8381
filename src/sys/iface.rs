//! Interface queries: names and indexes, IFF_ flags, hardware type, IPv4
//! netmask and ethtool link state, all for the caller's network namespace.

use std::ffi::CStr;
use std::io;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};

/// ETHTOOL_GLINK from linux/ethtool.h: "is the link up?".
const ETHTOOL_GLINK: u32 = 0x0000000a;

/// struct ethtool_value from linux/ethtool.h.
#[repr(C)]
struct EthtoolValue {
    cmd: u32,
    data: u32,
}

/// Every interface of this namespace as (ifindex, name), in if_nameindex() order.
pub fn all_interfaces() -> io::Result<Vec<(u32, String)>> {
    // SAFETY: if_nameindex takes no arguments; a null result is an error.
    let list = unsafe { libc::if_nameindex() };
    if list.is_null() {
        return Err(io::Error::last_os_error());
    }
    let mut out = Vec::new();
    let mut p = list;
    loop {
        // SAFETY: `p` walks the array returned by if_nameindex(), which ends
        // with an entry whose index is 0 and name null; we stop there.
        let entry = unsafe { &*p };
        if entry.if_index == 0 || entry.if_name.is_null() {
            break;
        }
        // SAFETY: if_name is a NUL-terminated string owned by the array,
        // alive until if_freenameindex below; we copy it out.
        let name = unsafe { CStr::from_ptr(entry.if_name) }
            .to_string_lossy()
            .into_owned();
        out.push((entry.if_index, name));
        // SAFETY: the terminating entry has not been reached, so p+1 is
        // still inside the array.
        p = unsafe { p.add(1) };
    }
    // SAFETY: `list` came from if_nameindex() and is freed exactly once.
    unsafe { libc::if_freenameindex(list) };
    Ok(out)
}

/// A control socket for interface ioctls.
pub(super) fn control_socket() -> io::Result<OwnedFd> {
    // SAFETY: socket() takes no pointers; the result is checked.
    let fd = unsafe { libc::socket(libc::AF_INET, libc::SOCK_DGRAM | libc::SOCK_CLOEXEC, 0) };
    if fd < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: `fd` is a fresh descriptor owned by nobody else.
    Ok(unsafe { OwnedFd::from_raw_fd(fd) })
}

/// An ifreq naming `name`; ENODEV if the name cannot be an interface name.
pub(super) fn ifreq_for(name: &str) -> io::Result<libc::ifreq> {
    let bytes = name.as_bytes();
    if bytes.is_empty() || bytes.len() >= libc::IFNAMSIZ || bytes.contains(&0) {
        return Err(io::Error::from_raw_os_error(libc::ENODEV));
    }
    // SAFETY: ifreq is a plain C struct (name array + union of plain data);
    // all-zero is a valid value.
    let mut ifr: libc::ifreq = unsafe { std::mem::zeroed() };
    for (dst, &b) in ifr.ifr_name.iter_mut().zip(bytes) {
        *dst = b as libc::c_char;
    }
    Ok(ifr)
}

pub(super) fn ioctl(fd: &OwnedFd, req: libc::c_ulong, ifr: &mut libc::ifreq) -> io::Result<()> {
    // SAFETY: `ifr` is a live, NUL-terminated ifreq; the kernel reads the
    // name and writes at most sizeof(ifreq) bytes into it for these requests.
    let r = unsafe { libc::ioctl(fd.as_raw_fd(), req as _, ifr as *mut libc::ifreq) };
    if r < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(())
    }
}

/// The interface's index, or ENODEV.
pub fn index_of(name: &str) -> io::Result<u32> {
    let fd = control_socket()?;
    let mut ifr = ifreq_for(name)?;
    ioctl(&fd, libc::SIOCGIFINDEX, &mut ifr)?;
    // SAFETY: SIOCGIFINDEX succeeded, so the kernel stored ifru_ifindex.
    Ok(unsafe { ifr.ifr_ifru.ifru_ifindex } as u32)
}

/// The interface's IFF_ flags (IFF_UP, IFF_RUNNING, IFF_LOOPBACK...).
pub fn flags(name: &str) -> io::Result<u32> {
    let fd = control_socket()?;
    let mut ifr = ifreq_for(name)?;
    ioctl(&fd, libc::SIOCGIFFLAGS, &mut ifr)?;
    // SAFETY: SIOCGIFFLAGS succeeded, so the kernel stored ifru_flags.
    Ok(unsafe { ifr.ifr_ifru.ifru_flags } as u16 as u32)
}

/// Whether the interface is up (IFF_UP); false where it cannot be asked.
pub fn is_up(name: &str) -> bool {
    flags(name).is_ok_and(|f| f & libc::IFF_UP as u32 != 0)
}

/// Sets IFF_UP on the interface (SIOCSIFFLAGS; needs CAP_NET_ADMIN).
pub fn set_up(name: &str) -> io::Result<()> {
    let fd = control_socket()?;
    let mut ifr = ifreq_for(name)?;
    ioctl(&fd, libc::SIOCGIFFLAGS, &mut ifr)?;
    // SAFETY: SIOCGIFFLAGS succeeded, so ifru_flags holds the flags; the
    // union member written is the one SIOCSIFFLAGS reads.
    unsafe { ifr.ifr_ifru.ifru_flags |= libc::IFF_UP as libc::c_short };
    ioctl(&fd, libc::SIOCSIFFLAGS, &mut ifr)
}

/// The interface's ARPHRD_ hardware type.
pub fn hardware_type(name: &str) -> io::Result<u16> {
    let fd = control_socket()?;
    let mut ifr = ifreq_for(name)?;
    ioctl(&fd, libc::SIOCGIFHWADDR, &mut ifr)?;
    // SAFETY: SIOCGIFHWADDR succeeded, so the kernel stored ifru_hwaddr.
    Ok(unsafe { ifr.ifr_ifru.ifru_hwaddr.sa_family })
}

/// The netmask of the interface's first IPv4 address in host order, if it has one.
pub fn ipv4_netmask(name: &str) -> Option<u32> {
    let fd = control_socket().ok()?;
    let mut ifr = ifreq_for(name).ok()?;
    ifr.ifr_ifru.ifru_addr.sa_family = libc::AF_INET as libc::sa_family_t;
    ioctl(&fd, libc::SIOCGIFNETMASK, &mut ifr).ok()?;
    // SAFETY: SIOCGIFNETMASK succeeded, so ifru_netmask holds a sockaddr_in,
    // which fits in struct sockaddr (16 bytes); read_unaligned copes with
    // the union's alignment.
    let sin: libc::sockaddr_in =
        unsafe { std::ptr::read_unaligned((&raw const ifr.ifr_ifru.ifru_netmask).cast()) };
    Some(u32::from_be(sin.sin_addr.s_addr))
}

/// ethtool's link state: Ok(true) carrier, Ok(false) none, Err when the
/// driver does not answer (EOPNOTSUPP/EINVAL) or the device vanished.
pub fn ethtool_link(name: &str) -> io::Result<bool> {
    let fd = control_socket()?;
    let mut ifr = ifreq_for(name)?;
    let mut value = EthtoolValue {
        cmd: ETHTOOL_GLINK,
        data: 0,
    };
    ifr.ifr_ifru.ifru_data = (&mut value as *mut EthtoolValue).cast();
    // `value` stays alive and unmoved across the ioctl, which writes it.
    ioctl(&fd, libc::SIOCETHTOOL, &mut ifr)?;
    Ok(value.data != 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_is_listed_with_its_flags_and_type() {
        let all = all_interfaces().expect("if_nameindex");
        let (idx, _) = all.iter().find(|(_, n)| n == "lo").expect("lo in the list");
        assert_eq!(index_of("lo").unwrap(), *idx);
        assert_ne!(flags("lo").unwrap() & libc::IFF_LOOPBACK as u32, 0);
        assert_eq!(hardware_type("lo").unwrap(), libc::ARPHRD_LOOPBACK);
        assert_eq!(ipv4_netmask("lo"), Some(0xff00_0000));
    }

    #[test]
    fn bad_names_are_enodev() {
        for name in ["", "a-name-far-too-long-for-ifnamsiz", "nul\0x", "afsnope0"] {
            let e = index_of(name).unwrap_err();
            assert_eq!(e.raw_os_error(), Some(libc::ENODEV), "{name:?}");
        }
    }
}
