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
    /// A write error in a later file of a -C/-G set: `error` names that
    /// file and its packets; `total` counts the packets written to all the
    /// files, so that no one has to add them up from the file names.
    InFileSet { error: Box<OutputError>, total: u64 },
}

/// An I/O error as tcpdump shows it: the one strerror, under the name this
/// module's messages use.
pub(crate) use crate::sys::errtext::Strerror as Plain;

impl fmt::Display for OutputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OutputError::Closed => write!(f, "output closed by its reader"),
            OutputError::Io { what, source } => write!(f, "{what}: {}", Plain(source)),
            OutputError::Create { path, source } => {
                write!(f, "{}: {}", path.display(), Plain(source))
            }
            OutputError::Write {
                path,
                source,
                packets,
                truncate_error: None,
            } => write!(
                f,
                "{}: {}; {packets} packets written, the file ends at the last complete packet",
                path.display(),
                Plain(source)
            ),
            OutputError::Write {
                path,
                source,
                packets,
                truncate_error: Some(t),
            } => write!(
                f,
                "{}: {}; {packets} packets written, but cutting off the partial packet failed too ({}): the file ends in a partial record",
                path.display(),
                Plain(source),
                Plain(t)
            ),
            OutputError::Failed { path } => {
                write!(f, "{}: not writable after an earlier error", path.display())
            }
            OutputError::InFileSet { error, total } => {
                write!(f, "{error} ({total} packets written to all the files)")
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
            OutputError::InFileSet { error, .. } => Some(error.as_ref()),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn os_errors_read_like_strerror() {
        let err = OutputError::Write {
            path: "x.pcap".into(),
            source: io::Error::from_raw_os_error(libc::ENOSPC),
            packets: 12,
            truncate_error: None,
        };
        assert_eq!(
            err.to_string(),
            "x.pcap: No space left on device; 12 packets written, the file ends at the last complete packet"
        );
    }

    #[test]
    fn a_failure_in_a_file_set_gives_the_total_too() {
        let err = OutputError::InFileSet {
            error: Box::new(OutputError::Write {
                path: "cap.pcap2".into(),
                source: io::Error::from_raw_os_error(libc::ENOSPC),
                packets: 12,
                truncate_error: None,
            }),
            total: 40,
        };
        assert_eq!(
            err.to_string(),
            "cap.pcap2: No space left on device; 12 packets written, the file ends at the last complete packet (40 packets written to all the files)"
        );
        let source = std::error::Error::source(&err).unwrap();
        assert!(source.to_string().starts_with("cap.pcap2: No space"));
    }

    #[test]
    fn broken_pipe_maps_to_closed() {
        let e = io::Error::from_raw_os_error(libc::EPIPE);
        assert!(matches!(
            OutputError::from_io("stdout", e),
            OutputError::Closed
        ));
        let e = io::Error::from_raw_os_error(libc::EIO);
        let err = OutputError::from_io("standard output", e);
        assert_eq!(err.to_string(), "standard output: Input/output error");
    }
}
