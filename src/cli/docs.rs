//! The man page and shell completions, generated from the clap definitions
//! (`afsniff --generate-docs DIR`, hidden). Owned by the docs work.

use std::io;
use std::path::Path;

/// Writes man/afsniff.1 and completions/* under `dir`.
pub fn write_all(dir: &Path) -> io::Result<()> {
    let _ = dir;
    Err(io::Error::other(
        "the documentation generator is not written yet",
    ))
}
