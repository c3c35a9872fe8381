//! What can go wrong writing packets out.

use std::fmt;
use std::io;
use std::path::PathBuf;

/// A writer failed; the run loop stops (quietly for `Closed`).
#[derive(Debug)]
pub enum OutputError {
    /// The reader went away (EPIPE): stop quietly, exit status 0.
    Closed,
    /// Standard output could not be set up or written.
    Io { what: String, source: io::Error },
    /// The -w file could not be created, or its header written.
    Create { path: PathBuf, source: io::Error },
    /// Writing records failed (disk full, EIO...). The file was cut back to
    /// its last complete record, which holds `packets` packets.
    Write {
        path: PathBuf,
        source: io::Error,
        packets: u64,
        /// Set when cutting the partial record off failed too.
        truncate_error: Option<io::Error>,
    },
    /// The writer was used again after a failed write.
    Failed { path: PathBuf },
}

impl fmt::Display for OutputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OutputError::Closed => write!(f, "output closed by its reader"),
            OutputError::Io { what, source } => write!(f, "{what}: {source}"),
            OutputError::Create { path, source } => write!(f, "{}: {source}", path.display()),
            OutputError::Write {
                path,
                source,
                packets,
                truncate_error: None,
            } => write!(
                f,
                "{}: {source}; {packets} packets written, the file ends at the last complete packet",
                path.display()
            ),
            OutputError::Write {
                path,
                source,
                packets,
                truncate_error: Some(t),
            } => write!(
                f,
                "{}: {source}; {packets} packets written, but cutting off the partial packet failed too ({t}): the file ends in a partial record",
                path.display()
            ),
            OutputError::Failed { path } => {
                write!(f, "{}: not writable after an earlier error", path.display())
            }
        }
    }
}

impl std::error::Error for OutputError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            OutputError::Io { source, .. }
            | OutputError::Create { source, .. }
            | OutputError::Write { source, .. } => Some(source),
            _ => None,
        }
    }
}

impl OutputError {
    /// Maps a write error: EPIPE means the reader left, anything else is
    /// reported with `what`.
    pub(super) fn from_io(what: &str, source: io::Error) -> OutputError {
        if source.kind() == io::ErrorKind::BrokenPipe {
            OutputError::Closed
        } else {
            OutputError::Io {
                what: what.to_string(),
                source,
            }
        }
    }
}
