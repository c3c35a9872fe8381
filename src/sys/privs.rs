//! The raw credential calls behind -Z: the password database, the process's
//! ids, initgroups/setgid/setuid and capset. Which user to become, whether
//! to drop at all and what to check afterwards is decided in
//! capture::privs.

use std::ffi::CString;
use std::io;

/// The real and effective user and group ids of the process.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ids {
    pub ruid: libc::uid_t,
    pub euid: libc::uid_t,
    pub rgid: libc::gid_t,
    pub egid: libc::gid_t,
}

/// getuid, geteuid, getgid, getegid.
pub fn ids() -> Ids {
    // SAFETY: getters without arguments; they cannot fail.
    unsafe {
        Ids {
            ruid: libc::getuid(),
            euid: libc::geteuid(),
            rgid: libc::getgid(),
            egid: libc::getegid(),
        }
    }
}

/// getpwnam_r: the uid and primary gid of `user`; Ok(None) when the
/// password database has no such user (or the name cannot be one: it
/// holds a NUL).
pub fn user_ids(user: &str) -> io::Result<Option<(libc::uid_t, libc::gid_t)>> {
    let Ok(cname) = CString::new(user) else {
        return Ok(None);
    };
    let mut buf = vec![0 as libc::c_char; 16384];
    // SAFETY: passwd is a plain C struct; all-zero is valid and getpwnam_r overwrites it.
    let mut pw: libc::passwd = unsafe { std::mem::zeroed() };
    let mut result: *mut libc::passwd = std::ptr::null_mut();
    // SAFETY: all pointers are to live locals; `buf.len()` is the buffer's
    // size; the strings getpwnam_r stores point into `buf`, which we do not
    // read after this function.
    let rc = unsafe {
        libc::getpwnam_r(
            cname.as_ptr(),
            &mut pw,
            buf.as_mut_ptr(),
            buf.len(),
            &mut result,
        )
    };
    if rc != 0 {
        return Err(io::Error::from_raw_os_error(rc));
    }
    if result.is_null() {
        return Ok(None);
    }
    Ok(Some((pw.pw_uid, pw.pw_gid)))
}

fn check(rc: libc::c_int) -> io::Result<()> {
    if rc != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// initgroups: the supplementary groups of `user`, plus `gid`.
pub fn initgroups(user: &str, gid: libc::gid_t) -> io::Result<()> {
    let cname = CString::new(user).map_err(|_| io::Error::from_raw_os_error(libc::EINVAL))?;
    // SAFETY: `cname` is a live NUL-terminated string; initgroups copies it.
    check(unsafe { libc::initgroups(cname.as_ptr(), gid) })
}

/// setgid. glibc applies it to every thread of the process.
pub fn setgid(gid: libc::gid_t) -> io::Result<()> {
    // SAFETY: setgid takes a plain integer.
    check(unsafe { libc::setgid(gid) })
}

/// setuid. glibc applies it to every thread of the process.
pub fn setuid(uid: libc::uid_t) -> io::Result<()> {
    // SAFETY: setuid takes a plain integer.
    check(unsafe { libc::setuid(uid) })
}

/// capset: clears the effective, permitted and inheritable capability sets
/// of the calling thread.
pub fn clear_capabilities() -> io::Result<()> {
    set_capabilities(0, 0)
}

/// capset for the calling thread: `effective` and `permitted` as bit masks
/// of CAP_* numbers, nothing inheritable.
pub fn set_capabilities(effective: u64, permitted: u64) -> io::Result<()> {
    /// linux/capability.h: struct __user_cap_header_struct.
    #[repr(C)]
    struct Header {
        version: u32,
        pid: libc::c_int,
    }
    /// linux/capability.h: struct __user_cap_data_struct.
    #[repr(C)]
    #[derive(Clone, Copy)]
    struct Data {
        effective: u32,
        permitted: u32,
        inheritable: u32,
    }
    const LINUX_CAPABILITY_VERSION_3: u32 = 0x2008_0522;
    let header = Header {
        version: LINUX_CAPABILITY_VERSION_3,
        pid: 0,
    };
    // Version 3 splits each 64-bit set into two 32-bit words, low first.
    let data = [0, 32].map(|shift| Data {
        effective: (effective >> shift) as u32,
        permitted: (permitted >> shift) as u32,
        inheritable: 0,
    });
    // SAFETY: capset reads one header and, for version 3, two data structs;
    // both are live locals laid out as linux/capability.h declares them.
    let rc = unsafe { libc::syscall(libc::SYS_capset, &header as *const Header, data.as_ptr()) };
    if rc != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// prctl(PR_SET_KEEPCAPS): whether the permitted capabilities survive the
/// next change away from uid 0.
pub fn set_keep_capabilities(keep: bool) -> io::Result<()> {
    // SAFETY: prctl with integer arguments only.
    check(unsafe { libc::prctl(libc::PR_SET_KEEPCAPS, libc::c_ulong::from(keep), 0, 0, 0) })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn root_is_uid_zero_and_unknown_users_are_none() {
        assert_eq!(user_ids("root").unwrap(), Some((0, 0)));
        assert_eq!(user_ids("afsniff-no-such-user").unwrap(), None);
        assert_eq!(user_ids("nul\0inside").unwrap(), None);
    }
}
