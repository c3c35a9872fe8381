//! -Z USER: give up root once the socket and output files are open. The
//! decisions live here; the raw calls in crate::sys::privs.

use std::fmt;
use std::io;

use crate::sys::errtext::Strerror;
use crate::sys::privs::{self as raw, Ids};

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
            Some(e) => write!(f, "-Z {}: {}: {}", self.user, self.step, Strerror(e)),
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
    let fail = |source| DropPrivilegesError {
        user: user.to_string(),
        step: "getpwnam",
        source,
    };
    raw::user_ids(user)
        .map_err(|e| fail(Some(e)))?
        .ok_or_else(|| fail(None))
}

/// initgroups, setgid, setuid to `user`, then checks that root cannot be
/// regained. Not running as root (file capabilities), `user` must be the
/// user afsniff runs as, and only the capabilities are given up.
pub fn drop_privileges(user: &str) -> Result<(), DropPrivilegesError> {
    let (uid, gid) = lookup_user(user)?;
    let fail = |step, source| DropPrivilegesError {
        user: user.to_string(),
        step,
        source: Some(source),
    };
    let now = raw::ids();
    if now.euid != 0 {
        if uid != now.ruid {
            return Err(fail(
                "setuid (only root can change to another user)",
                io::Error::from_raw_os_error(libc::EPERM),
            ));
        }
        return raw::clear_capabilities().map_err(|e| fail("capset", e));
    }
    // Groups first: once the uid is no longer root, they cannot change.
    raw::initgroups(user, gid).map_err(|e| fail("initgroups", e))?;
    raw::setgid(gid).map_err(|e| fail("setgid", e))?;
    raw::setuid(uid).map_err(|e| fail("setuid", e))?;
    // Success of setuid(0) here would mean root came back.
    let regained = uid != 0 && raw::setuid(0).is_ok();
    let want = Ids {
        ruid: uid,
        euid: uid,
        rgid: gid,
        egid: gid,
    };
    if raw::ids() != want || regained {
        return Err(fail("verify", io::Error::from_raw_os_error(libc::EPERM)));
    }
    Ok(())
}

/// -Z with -w, as tcpdump does it: becomes `user` like `drop_privileges`
/// but keeps CAP_DAC_OVERRIDE (only that, and only in this thread), so that
/// the first -w file can be created where root could create it. The
/// caller gives it up with `give_up_capabilities` once that file is open.
pub fn drop_privileges_keeping_file_access(user: &str) -> Result<(), DropPrivilegesError> {
    if raw::ids().euid != 0 {
        return drop_privileges(user);
    }
    let fail = |step, source| DropPrivilegesError {
        user: user.to_string(),
        step,
        source: Some(source),
    };
    raw::set_keep_capabilities(true).map_err(|e| fail("prctl(PR_SET_KEEPCAPS)", e))?;
    // linux/capability.h: CAP_DAC_OVERRIDE is capability 1.
    let dac_override: u64 = 1 << 1;
    let kept = drop_privileges(user).and_then(|()| {
        raw::set_capabilities(dac_override, dac_override).map_err(|e| fail("capset", e))
    });
    // Later uid changes must not keep anything, whatever happened above.
    let _ = raw::set_keep_capabilities(false);
    kept
}

/// Not root: gives up every capability (the file capabilities that opened
/// the packet socket; nothing after that needs them). Root keeps its
/// privileges unless -Z says otherwise. afsniff captures on one thread, and
/// capset changes the calling thread, so that is the whole process.
pub fn give_up_capabilities() -> io::Result<()> {
    if raw::ids().euid == 0 {
        return Ok(());
    }
    raw::clear_capabilities()
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
