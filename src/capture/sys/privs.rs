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

/// initgroups, setgid, setuid to `user`, then checks that root cannot be regained.
pub fn drop_privileges(user: &str) -> Result<(), DropPrivilegesError> {
    let (uid, gid) = lookup_user(user)?;
    let fail = |step| DropPrivilegesError {
        user: user.to_string(),
        step,
        source: Some(io::Error::last_os_error()),
    };
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
