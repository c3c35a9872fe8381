//! Every way a run can fail, with the message afsniff prints for it.

use std::fmt;
use std::path::PathBuf;

use crate::bpf::validate::ValidateError;
use crate::capture::file::FileError;
use crate::capture::live::CaptureError;
use crate::capture::privs::DropPrivilegesError;
use crate::cli::UsageError;
use crate::filter::{BuildError, FilterError};
use crate::output::OutputError;

#[derive(Debug)]
pub enum Error {
    Usage(UsageError),
    Filter(FilterError),
    /// The compiler produced a program the kernel would refuse: a bug.
    InvalidProgram(ValidateError),
    FilterFile {
        path: PathBuf,
        source: std::io::Error,
    },
    File {
        path: PathBuf,
        source: FileError,
    },
    Capture(CaptureError),
    /// -Z failed: never go on capturing as root when asked not to.
    Privileges(DropPrivilegesError),
    /// Not root: giving up the file capabilities once the socket is open failed.
    Capabilities(std::io::Error),
    Output(OutputError),
    Stdout(std::io::Error),
    Signals(std::io::Error),
    Docs {
        dir: PathBuf,
        source: std::io::Error,
    },
    /// -Z with -C/-G: the user cannot create the files rotation opens.
    RotationNotWritable {
        user: String,
        dir: PathBuf,
        source: std::io::Error,
    },
    /// -V: a later file has another link type while -w writes one file.
    LinkChanged {
        path: PathBuf,
    },
    /// -V FILE could not be read, or names no file.
    FileList {
        path: PathBuf,
        source: Option<std::io::Error>,
    },
}

impl Error {
    /// 2 for what the user typed (usage, filter), 1 for what went wrong at run time.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Usage(_) | Error::Filter(_) => 2,
            _ => 1,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Usage(e) => write!(f, "{e}\n  (afsniff --help lists the options)"),
            Error::Filter(e) => write!(f, "filter: {e}"),
            Error::InvalidProgram(e) => write!(
                f,
                "the compiled filter breaks the kernel's rules at {e}; this is a bug in afsniff, please report the expression"
            ),
            Error::FilterFile { path, source } => {
                write!(
                    f,
                    "{}: cannot read filter file (-F): {source}",
                    path.display()
                )
            }
            // Opening names the path itself; damage further in is located by offset.
            Error::File {
                source: source @ FileError::Open { .. },
                ..
            } => write!(f, "{source}"),
            Error::File { path, source } => write!(f, "{}: {source}", path.display()),
            Error::Capture(e) => write!(f, "{e}"),
            Error::Privileges(e) => write!(f, "{e}"),
            Error::Capabilities(e) => write!(
                f,
                "giving up capabilities after opening (capset): {}",
                crate::output::Plain(e)
            ),
            Error::Output(e) => write!(f, "{e}"),
            Error::Stdout(e) => write!(f, "writing to standard output: {e}"),
            Error::Signals(e) => write!(f, "installing signal handlers: {e}"),
            Error::RotationNotWritable { user, dir, source } => write!(
                f,
                "{}: -Z {user} cannot create files here ({}), so -C/-G could not open the next -w file; let {user} write there or choose another directory",
                dir.display(),
                crate::output::Plain(source)
            ),
            Error::LinkChanged { path } => write!(
                f,
                "{}: new dlt does not match original (a -w file holds one link type)",
                path.display()
            ),
            Error::FileList {
                path,
                source: Some(source),
            } => write!(
                f,
                "{}: cannot read the file list (-V): {source}",
                path.display()
            ),
            Error::FileList { path, source: None } => {
                write!(
                    f,
                    "Nothing in {} (-V lists capture files, one a line)",
                    path.display()
                )
            }
            Error::Docs { dir, source } => write!(
                f,
                "{}: writing the man page and completions: {source}",
                dir.display()
            ),
        }
    }
}

impl std::error::Error for Error {}

impl From<FilterError> for Error {
    fn from(e: FilterError) -> Error {
        Error::Filter(e)
    }
}

impl From<BuildError> for Error {
    fn from(e: BuildError) -> Error {
        match e {
            BuildError::Expression(e) => Error::Filter(e),
            BuildError::InvalidProgram(e) => Error::InvalidProgram(e),
        }
    }
}

impl From<CaptureError> for Error {
    fn from(e: CaptureError) -> Error {
        Error::Capture(e)
    }
}

impl From<DropPrivilegesError> for Error {
    fn from(e: DropPrivilegesError) -> Error {
        Error::Privileges(e)
    }
}

impl From<OutputError> for Error {
    fn from(e: OutputError) -> Error {
        Error::Output(e)
    }
}
