//! -Z USER: give up root once the socket and output files are open.

use std::ffi::CString;
use std::fmt;
use std::io;

use super::socket::strerror;

/// Why dropping privileges to a user failed, naming the user and the step.
#[derive(Debug)]
pub struct DropPrivilegesError {
    pub user: String,
    /// The call that failed ("getpwnam", "initgroups", "setgid", "setuid", "verify").
    pub step: &'static str,
    /// None when the user does not exist.
    pub source: Option<io::Error>,
}

impl fmt::Display for DropPrivilegesError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.source {
            None => write!(f, "-Z {}: no such user", self.user),
            Some(e) => write!(f, "-Z {}: {}: {}", self.user, self.step, strerror(e)),
        }
    }
}

impl std::error::Error for DropPrivilegesError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source.as_ref().map(|e| e as _)
    }
}

/// The uid and primary gid of `user` from the password database.
pub fn lookup_user(user: &str) -> Result<(libc::uid_t, libc::gid_t), DropPrivilegesError> {
    let fail = |step, source| DropPrivilegesError {
        user: user.to_string(),
        step,
        source,
    };
    let cname = CString::new(user).map_err(|_| fail("getpwnam", None))?;
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
        return Err(fail("getpwnam", Some(io::Error::from_raw_os_error(rc))));
    }
    if result.is_null() {
        return Err(fail("getpwnam", None));
    }
    Ok((pw.pw_uid, pw.pw_gid))
}

/// initgroups, setgid, setuid to `user`, then checks that root cannot be
/// regained. Not running as root (file capabilities), `user` must be the
/// user afsniff runs as, and only the capabilities are given up.
pub fn drop_privileges(user: &str) -> Result<(), DropPrivilegesError> {
    let (uid, gid) = lookup_user(user)?;
    let fail = |step| DropPrivilegesError {
        user: user.to_string(),
        step,
        source: Some(io::Error::last_os_error()),
    };
    // SAFETY: getters without arguments.
    let (ruid, euid) = unsafe { (libc::getuid(), libc::geteuid()) };
    if euid != 0 {
        if uid != ruid {
            return Err(DropPrivilegesError {
                user: user.to_string(),
                step: "setuid (only root can change to another user)",
                source: Some(io::Error::from_raw_os_error(libc::EPERM)),
            });
        }
        return give_up_capabilities().map_err(|_| fail("capset"));
    }
    let cname = CString::new(user).map_err(|_| fail("getpwnam"))?;
    // SAFETY: `cname` is a live NUL-terminated string; initgroups copies it.
    if unsafe { libc::initgroups(cname.as_ptr(), gid) } != 0 {
        return Err(fail("initgroups"));
    }
    // SAFETY: setgid/setuid take plain integers. glibc applies them to every
    // thread of the process.
    if unsafe { libc::setgid(gid) } != 0 {
        return Err(fail("setgid"));
    }
    // SAFETY: as above.
    if unsafe { libc::setuid(uid) } != 0 {
        return Err(fail("setuid"));
    }
    // SAFETY: getters without arguments.
    let (ruid, euid, rgid, egid) = unsafe {
        (
            libc::getuid(),
            libc::geteuid(),
            libc::getgid(),
            libc::getegid(),
        )
    };
    // SAFETY: setuid takes a plain integer; success here means root came back.
    let regained = uid != 0 && unsafe { libc::setuid(0) } == 0;
    if ruid != uid || euid != uid || rgid != gid || egid != gid || regained {
        return Err(DropPrivilegesError {
            user: user.to_string(),
            step: "verify",
            source: Some(io::Error::from_raw_os_error(libc::EPERM)),
        });
    }
    Ok(())
}

/// -Z with -w, as tcpdump does it: becomes `user` like `drop_privileges`
/// but keeps CAP_DAC_OVERRIDE (only that, and only in this thread), so that
/// the first -w file can be created where root could create it. The
/// caller gives it up with `give_up_capabilities` once that file is open.
pub fn drop_privileges_keeping_file_access(user: &str) -> Result<(), DropPrivilegesError> {
    // SAFETY: a getter without arguments.
    if unsafe { libc::geteuid() } != 0 {
        return drop_privileges(user);
    }
    let fail = |step| DropPrivilegesError {
        user: user.to_string(),
        step,
        source: Some(io::Error::last_os_error()),
    };
    // SAFETY: prctl with integer arguments only.
    if unsafe { libc::prctl(libc::PR_SET_KEEPCAPS, 1, 0, 0, 0) } != 0 {
        return Err(fail("prctl(PR_SET_KEEPCAPS)"));
    }
    let dropped = drop_privileges(user);
    // linux/capability.h: CAP_DAC_OVERRIDE is capability 1.
    let dac_override: u64 = 1 << 1;
    let kept =
        dropped.and_then(|()| capset(dac_override, dac_override).map_err(|_| fail("capset")));
    // SAFETY: as above; later uid changes must not keep anything.
    unsafe { libc::prctl(libc::PR_SET_KEEPCAPS, 0, 0, 0, 0) };
    kept
}

/// Not root: gives up every capability (the file capabilities that opened
/// the packet socket; nothing after that needs them). Root keeps its
/// privileges unless -Z says otherwise. afsniff captures on one thread, and
/// capset changes the calling thread, so that is the whole process.
pub fn give_up_capabilities() -> io::Result<()> {
    // SAFETY: a getter without arguments.
    if unsafe { libc::geteuid() } == 0 {
        return Ok(());
    }
    capset(0, 0)
}

/// capset(2) for this thread: `effective` and `permitted` as bit masks of
/// CAP_* numbers, nothing inheritable.
fn capset(effective: u64, permitted: u64) -> io::Result<()> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_user_is_named_in_the_error() {
        let e = drop_privileges("afsniff-no-such-user").unwrap_err();
        assert_eq!(e.to_string(), "-Z afsniff-no-such-user: no such user");
        let e = lookup_user("nul\0inside").unwrap_err();
        assert!(e.source.is_none());
    }

    #[test]
    fn root_is_uid_zero() {
        assert_eq!(lookup_user("root").unwrap(), (0, 0));
    }
}
