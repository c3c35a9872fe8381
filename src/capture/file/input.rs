//! One reusable buffer over the file: large reads, records parsed in place.
//!
//! The buffer grows only when a single record or block does not fit, and
//! then only as the bytes actually arrive (doubling while full of real data),
//! so a length field in a truncated or hostile file cannot make it allocate
//! more than about twice what the file holds.

use std::io::{self, Read};

/// Initial size: one read fills many records; the largest pcap record
/// libpcap accepts for ordinary link types (256 KiB + 16) fits without growing.
const INITIAL_LEN: usize = 1 << 20;

/// Move the unread tail to the front when less than this is free after it,
/// so that reads stay large.
const MIN_READ: usize = 64 << 10;

pub(super) struct Input {
    src: Box<dyn Read>,
    buf: Vec<u8>,
    /// First unconsumed byte.
    start: usize,
    /// End of the bytes read so far.
    end: usize,
    /// File offset of `buf[start]`.
    offset: u64,
    eof: bool,
}

impl Input {
    pub(super) fn new(src: Box<dyn Read>) -> Input {
        Input::with_len(src, INITIAL_LEN)
    }

    fn with_len(src: Box<dyn Read>, len: usize) -> Input {
        Input {
            src,
            buf: vec![0; len],
            start: 0,
            end: 0,
            offset: 0,
            eof: false,
        }
    }

    /// Makes `n` bytes available from the current position unless the file
    /// ends first; returns how many are available (at least `n` on success).
    /// The caller has already bounded `n`.
    #[inline]
    pub(super) fn fill(&mut self, n: usize) -> io::Result<usize> {
        // Almost every call finds the record already read: stay inline then.
        let have = self.end - self.start;
        if have >= n { Ok(have) } else { self.refill(n) }
    }

    #[inline(never)]
    fn refill(&mut self, n: usize) -> io::Result<usize> {
        while self.end - self.start < n && !self.eof {
            if self.start > 0
                && (self.buf.len() - self.start < n || self.buf.len() - self.end < MIN_READ)
            {
                self.buf.copy_within(self.start..self.end, 0);
                self.end -= self.start;
                self.start = 0;
            }
            if self.end == self.buf.len() {
                // Full of unconsumed bytes and still short: one record is
                // bigger than the buffer. Grow by doubling, never past `n`.
                let grown = (self.buf.len() * 2).min(n).max(self.buf.len() + 1);
                self.buf.resize(grown, 0);
            }
            match self.src.read(&mut self.buf[self.end..]) {
                Ok(0) => self.eof = true,
                Ok(got) => self.end += got,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        Ok(self.end - self.start)
    }

    /// The bytes available from the current position.
    pub(super) fn bytes(&self) -> &[u8] {
        &self.buf[self.start..self.end]
    }

    /// Moves past `n` available bytes (bounded by what is available).
    pub(super) fn consume(&mut self, n: usize) {
        let n = n.min(self.end - self.start);
        self.start += n;
        self.offset += n as u64;
    }

    /// Absolute file offset of the current position.
    pub(super) fn offset(&self) -> u64 {
        self.offset
    }

    /// Moves past `n` available bytes and returns them; they stay valid
    /// until the next `fill`. `n` is bounded by what is available.
    pub(super) fn take(&mut self, n: usize) -> &[u8] {
        let from = self.start;
        self.consume(n);
        &self.buf[from..self.start]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Hands out at most `chunk` bytes per read, like a pipe.
    struct Trickle {
        data: Vec<u8>,
        pos: usize,
        chunk: usize,
    }

    impl Read for Trickle {
        fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
            let n = out.len().min(self.chunk).min(self.data.len() - self.pos);
            out[..n].copy_from_slice(&self.data[self.pos..self.pos + n]);
            self.pos += n;
            Ok(n)
        }
    }

    /// An input with a 64-byte buffer over `data` read `chunk` bytes at a
    /// time.
    fn trickled(data: Vec<u8>, chunk: usize) -> Input {
        Input::with_len(
            Box::new(Trickle {
                data,
                pos: 0,
                chunk,
            }),
            64,
        )
    }

    #[test]
    fn fills_across_short_reads_and_compacts() {
        let data: Vec<u8> = (0..1000u32).map(|i| i as u8).collect();
        let mut input = trickled(data.clone(), 7);
        let mut seen = Vec::new();
        loop {
            let got = input.fill(10).unwrap();
            if got == 0 {
                break;
            }
            let take = got.min(10);
            seen.extend_from_slice(&input.bytes()[..take]);
            input.consume(take);
        }
        assert_eq!(seen, data);
        assert_eq!(input.offset(), 1000);
        assert_eq!(input.buf.len(), 64, "no growth when records fit");
    }

    #[test]
    fn grows_only_as_data_arrives() {
        let mut input = trickled(vec![1; 300], 1000);
        // A length field asks for 1 GB; the file holds 300 bytes.
        assert_eq!(input.fill(1 << 30).unwrap(), 300);
        assert!(input.buf.len() <= 512, "grew to {}", input.buf.len());
    }

    #[test]
    fn grows_to_exactly_what_a_big_record_needs() {
        let mut input = trickled(vec![2; 5000], 1000);
        assert_eq!(input.fill(3000).unwrap(), 3000.max(input.bytes().len()));
        assert!(input.bytes().len() >= 3000);
        assert!(input.buf.len() <= 4096);
    }
}
