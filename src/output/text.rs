//! Printed lines to standard output.

use super::{OutputError, stdout_file, write_all_counted};
use std::fs::File;
use std::io::{self, IsTerminal, Write};

/// Flush once this much text is waiting (block-buffered mode).
const FLUSH_AT: usize = 64 << 10;
/// Room for a flush's worth plus one large packet's hex dump without regrowing.
const CAPACITY: usize = FLUSH_AT + (64 << 10);

/// Text for fd 1, buffered in one Vec the printer appends to.
pub struct TextOut {
    out: Result<Box<dyn Write>, Option<io::Error>>,
    buf: Vec<u8>,
    line_buffered: bool,
}

impl TextOut {
    /// line_buffered: flush after each packet's text (tty, -l); otherwise a
    /// 64 KiB buffer flushed when full.
    pub fn stdout(line_buffered: bool) -> TextOut {
        let out = stdout_file()
            .map(|f: File| Box::new(f) as Box<dyn Write>)
            .map_err(Some);
        TextOut {
            out,
            buf: Vec::with_capacity(CAPACITY),
            line_buffered,
        }
    }

    /// Text to any writer (tests, or a caller's own sink).
    pub fn to_writer(out: Box<dyn Write>, line_buffered: bool) -> TextOut {
        TextOut {
            out: Ok(out),
            buf: Vec::with_capacity(CAPACITY),
            line_buffered,
        }
    }

    /// Whether stdout is a terminal (then lines should appear at once).
    pub fn is_terminal() -> bool {
        io::stdout().is_terminal()
    }

    /// The printer appends here.
    pub fn buffer(&mut self) -> &mut Vec<u8> {
        &mut self.buf
    }

    /// Call after each packet's text: flushes if line-buffered or the buffer is large.
    pub fn end_packet(&mut self) -> Result<(), OutputError> {
        if self.line_buffered || self.buf.len() >= FLUSH_AT {
            self.flush()
        } else {
            Ok(())
        }
    }

    /// Writes out everything buffered.
    pub fn flush(&mut self) -> Result<(), OutputError> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let out = match &mut self.out {
            Ok(out) => out,
            Err(e) => {
                let source = e
                    .take()
                    .unwrap_or_else(|| io::Error::other("standard output is unusable"));
                return Err(OutputError::from_io("standard output", source));
            }
        };
        let result = write_all_counted(out.as_mut(), &self.buf);
        // Whatever happened, this text is done with: a retry would repeat
        // lines that went out, and a stop discards the rest anyway.
        self.buf.clear();
        result.map_err(|(_, e)| OutputError::from_io("standard output", e))
    }
}

impl Drop for TextOut {
    fn drop(&mut self) {
        // Best effort for a caller that forgot to flush; errors were or will
        // be reported through flush().
        let _ = self.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

    /// Records each write call; can fail with a chosen error.
    #[derive(Clone, Default)]
    struct Probe {
        writes: Arc<Mutex<Vec<Vec<u8>>>>,
        fail: Option<io::ErrorKind>,
    }

    impl Write for Probe {
        fn write(&mut self, b: &[u8]) -> io::Result<usize> {
            if let Some(kind) = self.fail {
                return Err(kind.into());
            }
            self.writes.lock().unwrap().push(b.to_vec());
            Ok(b.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn line_buffered_writes_each_packet() {
        let probe = Probe::default();
        let mut out = TextOut::to_writer(Box::new(probe.clone()), true);
        out.buffer().extend_from_slice(b"one\n");
        out.end_packet().unwrap();
        out.buffer().extend_from_slice(b"two\n");
        out.end_packet().unwrap();
        assert_eq!(
            *probe.writes.lock().unwrap(),
            vec![b"one\n".to_vec(), b"two\n".to_vec()]
        );
    }

    #[test]
    fn block_buffered_writes_only_when_large_or_flushed() {
        let probe = Probe::default();
        let mut out = TextOut::to_writer(Box::new(probe.clone()), false);
        let line = [b'x'; 99];
        for _ in 0..600 {
            out.buffer().extend_from_slice(&line);
            out.buffer().push(b'\n');
            out.end_packet().unwrap();
        }
        // 600 lines of 100 bytes: under 64 KiB, nothing written yet.
        assert!(probe.writes.lock().unwrap().is_empty());
        for _ in 0..100 {
            out.buffer().extend_from_slice(&line);
            out.buffer().push(b'\n');
            out.end_packet().unwrap();
        }
        assert_eq!(probe.writes.lock().unwrap().len(), 1);
        out.flush().unwrap();
        let total: usize = probe.writes.lock().unwrap().iter().map(Vec::len).sum();
        assert_eq!(total, 700 * 100);
        assert!(
            out.buffer().capacity() >= CAPACITY,
            "buffer kept, not reallocated"
        );
    }

    #[test]
    fn broken_pipe_is_closed_other_errors_are_io() {
        let probe = Probe {
            fail: Some(io::ErrorKind::BrokenPipe),
            ..Probe::default()
        };
        let mut out = TextOut::to_writer(Box::new(probe), true);
        out.buffer().extend_from_slice(b"x\n");
        assert!(matches!(out.end_packet(), Err(OutputError::Closed)));

        let probe = Probe {
            fail: Some(io::ErrorKind::StorageFull),
            ..Probe::default()
        };
        let mut out = TextOut::to_writer(Box::new(probe), false);
        out.buffer().extend_from_slice(b"x\n");
        let err = out.flush().unwrap_err();
        assert!(matches!(err, OutputError::Io { .. }), "{err:?}");
        assert!(err.to_string().starts_with("standard output: "), "{err}");
    }
}
