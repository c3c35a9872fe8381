//! Where packets go: the text writer (stdout) and the pcap and pcapng
//! writers (-w).
//!
//! Both write through one large buffer and make no system call per packet
//! unless asked to (-l, -U, a terminal). Neither uses Rust's print!
//! machinery, which panics when the reader of a pipe goes away: a closed
//! pipe is `OutputError::Closed`, which the run loop treats as a quiet stop.

mod error;
mod pcap;
mod pcapng;
mod rotate;
mod strftime;
mod text;

pub mod json;

pub use error::OutputError;
pub(crate) use error::Plain;
pub use pcap::{FileFormat, PcapOut};
pub use pcapng::{Interface, InterfaceStats, Section};
pub use rotate::{Clock, RotatingPcapOut, Rotation, Written};
pub use text::TextOut;

use std::fs::File;
use std::io;
use std::os::fd::AsFd;

/// A `File` on a duplicate of fd 1, so that writes go straight to the
/// descriptor without std's line buffering, lock or panics, and without
/// unsafe code to adopt fd 1 itself.
fn stdout_file() -> io::Result<File> {
    Ok(File::from(io::stdout().as_fd().try_clone_to_owned()?))
}

/// Writes all of `buf`, retrying interrupted and short writes; returns how
/// many bytes went out before an error, with the error.
fn write_all_counted(out: &mut dyn io::Write, buf: &[u8]) -> Result<(), (usize, io::Error)> {
    let mut done = 0;
    while done < buf.len() {
        match out.write(&buf[done..]) {
            Ok(0) => return Err((done, io::ErrorKind::WriteZero.into())),
            Ok(n) => done += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err((done, e)),
        }
    }
    Ok(())
}
