//! Temporary directories that go when the test passes and stay, with their
//! path printed, when it fails.

use std::io::Write;
use std::ops::Deref;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

/// A unique, short name part (interface names are limited to 15 bytes).
pub fn unique_id() -> String {
    static N: AtomicU32 = AtomicU32::new(0);
    format!(
        "{}{}",
        std::process::id() % 100_000,
        N.fetch_add(1, Ordering::Relaxed)
    )
}

/// A fresh directory under the system temp dir, removed on drop unless the
/// test is failing (unwinding), when it is kept for inspection.
pub struct TempDir {
    path: PathBuf,
}

/// Binds the guard for the whole test: `let dir = tempdir();`, not
/// `tempdir().join(..)`, which would remove the directory at once.
pub fn tempdir() -> TempDir {
    let path = std::env::temp_dir().join(format!("afsniff-test-{}", unique_id()));
    std::fs::create_dir_all(&path).unwrap();
    TempDir { path }
}

impl TempDir {
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Deref for TempDir {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.path
    }
}

impl AsRef<Path> for TempDir {
    fn as_ref(&self) -> &Path {
        &self.path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        if std::thread::panicking() {
            // Straight to stderr: libtest prints a failing test's captured
            // output, but this must be seen even if the panic came first.
            let _ = writeln!(
                std::io::stderr(),
                "kept for inspection: {}",
                self.path.display()
            );
            return;
        }
        if std::fs::remove_dir_all(&self.path).is_err() {
            // Tests make directories read-only to provoke errors; give the
            // owner back write and search permission and try again.
            make_writable(&self.path);
            let _ = std::fs::remove_dir_all(&self.path);
        }
    }
}

fn make_writable(dir: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let Ok(meta) = std::fs::symlink_metadata(dir) else {
        return;
    };
    if !meta.is_dir() {
        return;
    }
    let mode = meta.permissions().mode() | 0o700;
    let _ = std::fs::set_permissions(dir, std::fs::Permissions::from_mode(mode));
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            make_writable(&e.path());
        }
    }
}
