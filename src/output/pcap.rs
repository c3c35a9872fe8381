//! The pcap writer (-w): a 24-byte header, then records appended to one
//! 256 KiB buffer and written out when it fills (or after each one with -U).
//!
//! On a write error the file is cut back to its last complete record, so it
//! stays readable and holds exactly the packets reported; tcpdump leaves a
//! partial record there and carries on (libpcap#87).

use super::{OutputError, stdout_file, write_all_counted};
use crate::link::LinkType;
use crate::packet::Packet;
use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

const MAGIC_MICRO: u32 = 0xa1b2_c3d4;
const MAGIC_NANO: u32 = 0xa1b2_3c4d;
const FILE_HEADER_LEN: usize = 24;
const RECORD_HEADER_LEN: usize = 16;
const BUFFER_LEN: usize = 256 << 10;

/// Where the bytes go; a file can be cut back after a failed write.
trait Sink: Write {
    fn truncate(&mut self, len: u64) -> io::Result<()>;
}

impl Sink for File {
    fn truncate(&mut self, len: u64) -> io::Result<()> {
        // A pipe or terminal (-w - not redirected to a file) cannot be cut.
        if !self.metadata()?.is_file() {
            return Err(io::Error::other("not a regular file"));
        }
        self.set_len(len)
    }
}

/// A pcap file being written.
pub struct PcapOut {
    sink: Box<dyn Sink>,
    /// The file's name, or "standard output", for messages.
    name: PathBuf,
    buf: Vec<u8>,
    nano: bool,
    packet_buffered: bool,
    /// Packets handed to write().
    written: u64,
    /// Packets whose records are in the buffer, not yet written out.
    buffered: u64,
    /// Bytes written out so far (header included): the file's length.
    file_len: u64,
    failed: bool,
}

impl PcapOut {
    /// path "-" = stdout. nano: nanosecond pcap magic (--time-stamp-precision nano), else microseconds.
    /// packet_buffered: -U, flush after each record.
    pub fn create(
        path: &Path,
        link: LinkType,
        snaplen: u32,
        nano: bool,
        packet_buffered: bool,
    ) -> Result<PcapOut, OutputError> {
        let (file, name) = if path.as_os_str() == "-" {
            let file = stdout_file().map_err(|source| OutputError::Create {
                path: "standard output".into(),
                source,
            })?;
            (file, PathBuf::from("standard output"))
        } else {
            let file = File::create(path).map_err(|source| OutputError::Create {
                path: path.to_path_buf(),
                source,
            })?;
            (file, path.to_path_buf())
        };
        PcapOut::with_sink(Box::new(file), name, link, snaplen, nano, packet_buffered)
    }

    fn with_sink(
        sink: Box<dyn Sink>,
        name: PathBuf,
        link: LinkType,
        snaplen: u32,
        nano: bool,
        packet_buffered: bool,
    ) -> Result<PcapOut, OutputError> {
        let mut out = PcapOut {
            sink,
            name,
            buf: Vec::with_capacity(BUFFER_LEN),
            nano,
            packet_buffered,
            written: 0,
            buffered: 0,
            file_len: 0,
            failed: false,
        };
        let magic = if nano { MAGIC_NANO } else { MAGIC_MICRO };
        // Host byte order, as libpcap writes it.
        out.buf.extend_from_slice(&magic.to_ne_bytes());
        out.buf.extend_from_slice(&2u16.to_ne_bytes());
        out.buf.extend_from_slice(&4u16.to_ne_bytes());
        out.buf.extend_from_slice(&0u32.to_ne_bytes()); // thiszone
        out.buf.extend_from_slice(&0u32.to_ne_bytes()); // sigfigs
        out.buf.extend_from_slice(&snaplen.to_ne_bytes());
        out.buf.extend_from_slice(&link.linktype().to_ne_bytes());
        // Written at once, so that a file that cannot be written fails here
        // and a capture that sees no packet still leaves a valid file.
        if let Err((_, source)) = write_all_counted(out.sink.as_mut(), &out.buf) {
            out.failed = true;
            if source.kind() == io::ErrorKind::BrokenPipe {
                return Err(OutputError::Closed);
            }
            return Err(OutputError::Create {
                path: out.name.clone(),
                source,
            });
        }
        out.file_len = FILE_HEADER_LEN as u64;
        out.buf.clear();
        Ok(out)
    }

    /// Appends one record; writes out only when the buffer is full or with -U.
    #[inline]
    pub fn write(&mut self, pkt: &Packet) -> Result<(), OutputError> {
        if self.failed {
            return Err(OutputError::Failed {
                path: self.name.clone(),
            });
        }
        let rec_len = RECORD_HEADER_LEN + pkt.data.len();
        if self.buf.len() + rec_len > self.buf.capacity() && !self.buf.is_empty() {
            self.flush()?;
        }
        // The time as tcpdump hands it to pcap_dump: a pcap record's
        // fields as read (scaled to this file's precision), not
        // normalized; pcap keeps 32 bits of each, truncated as libpcap does.
        let tv = pkt.timeval(self.nano);
        let sec = tv.sec as u32;
        let frac = tv.frac as u32;
        let caplen = u32::try_from(pkt.data.len()).unwrap_or(u32::MAX);
        let mut head = [0u8; RECORD_HEADER_LEN];
        head[0..4].copy_from_slice(&sec.to_ne_bytes());
        head[4..8].copy_from_slice(&frac.to_ne_bytes());
        head[8..12].copy_from_slice(&caplen.to_ne_bytes());
        head[12..16].copy_from_slice(&pkt.wire_len.to_ne_bytes());
        self.buf.extend_from_slice(&head);
        self.buf.extend_from_slice(&pkt.data[..caplen as usize]);
        self.buffered += 1;
        self.written += 1;
        if self.packet_buffered {
            self.flush()?;
        }
        Ok(())
    }

    /// Writes out every buffered record.
    pub fn flush(&mut self) -> Result<(), OutputError> {
        if self.failed {
            return Err(OutputError::Failed {
                path: self.name.clone(),
            });
        }
        if self.buf.is_empty() {
            return Ok(());
        }
        match write_all_counted(self.sink.as_mut(), &self.buf) {
            Ok(()) => {
                self.file_len += self.buf.len() as u64;
                self.buf.clear();
                self.buffered = 0;
                Ok(())
            }
            Err((done, source)) => {
                self.failed = true;
                if source.kind() == io::ErrorKind::BrokenPipe {
                    return Err(OutputError::Closed);
                }
                let (keep_bytes, keep_records) = complete_records(&self.buf, done);
                let packets = self.written - self.buffered + keep_records;
                let truncate_error = if keep_bytes < done {
                    self.sink.truncate(self.file_len + keep_bytes as u64).err()
                } else {
                    None
                };
                Err(OutputError::Write {
                    path: self.name.clone(),
                    source,
                    packets,
                    truncate_error,
                })
            }
        }
    }

    /// The file's length once the buffer is written out (-C compares it).
    pub fn bytes(&self) -> u64 {
        self.file_len + self.buf.len() as u64
    }

    /// Packets handed to write() so far (buffered or written out).
    pub fn packets_written(&self) -> u64 {
        self.written
    }
}

/// Of the first `written` bytes of `records` (whole records back to back),
/// how many bytes and records are complete.
fn complete_records(records: &[u8], written: usize) -> (usize, u64) {
    let (mut at, mut count) = (0usize, 0u64);
    while let Some(h) = records.get(at..at + RECORD_HEADER_LEN) {
        let caplen = u32::from_ne_bytes([h[8], h[9], h[10], h[11]]) as usize;
        let next = at + RECORD_HEADER_LEN + caplen;
        if next > written {
            break;
        }
        at = next;
        count += 1;
    }
    (at, count)
}

impl Drop for PcapOut {
    fn drop(&mut self) {
        // Best effort if the caller did not flush; a failure was reported
        // (or will be) through write()/flush().
        if !self.failed {
            let _ = self.flush();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::capture::file::FileSource;
    use std::sync::{Arc, Mutex};

    /// A disk that fills up: accepts `room` bytes in total, then fails
    /// with ENOSPC (after a short write, as write(2) does).
    #[derive(Clone)]
    struct SmallDisk {
        data: Arc<Mutex<Vec<u8>>>,
        room: usize,
        writes: Arc<Mutex<usize>>,
    }

    impl SmallDisk {
        fn new(room: usize) -> SmallDisk {
            SmallDisk {
                data: Arc::default(),
                room,
                writes: Arc::default(),
            }
        }
    }

    impl Write for SmallDisk {
        fn write(&mut self, b: &[u8]) -> io::Result<usize> {
            *self.writes.lock().unwrap() += 1;
            let mut data = self.data.lock().unwrap();
            let free = self.room.saturating_sub(data.len());
            if free == 0 {
                return Err(io::Error::from_raw_os_error(libc::ENOSPC));
            }
            let n = b.len().min(free);
            data.extend_from_slice(&b[..n]);
            Ok(n)
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    impl Sink for SmallDisk {
        fn truncate(&mut self, len: u64) -> io::Result<()> {
            self.data.lock().unwrap().truncate(len as usize);
            Ok(())
        }
    }

    fn packet(i: u32, data: &[u8]) -> Packet<'_> {
        Packet {
            ts_sec: 1_700_000_000 + i64::from(i),
            ts_nsec: i * 1_001,
            recorded: None,
            wire_len: data.len() as u32 + 4,
            data,
            pkttype: None,
            ifindex: None,
        }
    }

    fn open(disk: &SmallDisk, nano: bool, unbuffered: bool) -> PcapOut {
        PcapOut::with_sink(
            Box::new(disk.clone()),
            "disk.pcap".into(),
            LinkType::Ethernet,
            65535,
            nano,
            unbuffered,
        )
        .unwrap()
    }

    /// (seconds, nanoseconds, wire length, bytes) of each packet read back.
    type ReadBack = (i64, u32, u32, Vec<u8>);

    fn read_back(bytes: Vec<u8>) -> (FileSource, Vec<ReadBack>) {
        let mut src = FileSource::from_reader(Box::new(io::Cursor::new(bytes))).unwrap();
        let mut got = Vec::new();
        while let Some(p) = src.next_packet().unwrap() {
            got.push((p.ts_sec, p.ts_nsec, p.wire_len, p.data.to_vec()));
        }
        (src, got)
    }

    #[test]
    fn header_and_records_read_back() {
        for nano in [false, true] {
            let disk = SmallDisk::new(usize::MAX);
            let mut out = open(&disk, nano, false);
            let payload: Vec<u8> = (0..200u8).collect();
            for i in 0..50 {
                out.write(&packet(i, &payload[..i as usize * 4])).unwrap();
            }
            assert_eq!(out.packets_written(), 50);
            assert_eq!(
                disk.data.lock().unwrap().len(),
                24,
                "records wait in the buffer"
            );
            out.flush().unwrap();
            let bytes = disk.data.lock().unwrap().clone();
            let (src, got) = read_back(bytes);
            assert_eq!(src.link_type(), LinkType::Ethernet);
            assert_eq!(src.snaplen(), 65535);
            assert_eq!(got.len(), 50);
            for (i, (sec, nsec, wire, data)) in got.into_iter().enumerate() {
                let i = i as u32;
                assert_eq!(sec, 1_700_000_000 + i64::from(i));
                // Microsecond files keep nsec/1000, rounded down as libpcap does.
                let want = if nano {
                    i * 1_001
                } else {
                    i * 1_001 / 1000 * 1000
                };
                assert_eq!(nsec, want);
                assert_eq!(data, &payload[..i as usize * 4]);
                assert_eq!(wire, data.len() as u32 + 4);
            }
        }
    }

    #[test]
    fn packet_buffered_writes_each_record() {
        let disk = SmallDisk::new(usize::MAX);
        let mut out = open(&disk, false, true);
        out.write(&packet(1, b"abcd")).unwrap();
        assert_eq!(disk.data.lock().unwrap().len(), 24 + 16 + 4);
        out.write(&packet(2, b"efgh")).unwrap();
        assert_eq!(disk.data.lock().unwrap().len(), 24 + 2 * 20);
        assert_eq!(*disk.writes.lock().unwrap(), 3);
    }

    #[test]
    fn buffered_mode_makes_few_writes() {
        let disk = SmallDisk::new(usize::MAX);
        let mut out = open(&disk, false, false);
        let data = [7u8; 1000];
        for i in 0..10_000 {
            out.write(&packet(i, &data)).unwrap();
        }
        out.flush().unwrap();
        // 10 MB through a 256 KiB buffer: about 40 writes, not 10 000.
        let writes = *disk.writes.lock().unwrap();
        assert!(writes < 50, "{writes} writes");
        assert_eq!(disk.data.lock().unwrap().len(), 24 + 10_000 * 1016);
    }

    #[test]
    fn disk_full_cuts_back_to_the_last_complete_record() {
        // Room for the header, 7 records of 116 bytes and part of the 8th.
        let room = 24 + 7 * 116 + 50;
        let disk = SmallDisk::new(room);
        let mut out = open(&disk, false, false);
        let data = [0x42u8; 100];
        for i in 0..20 {
            out.write(&packet(i, &data)).unwrap();
        }
        let err = out.flush().unwrap_err();
        match &err {
            OutputError::Write {
                packets,
                truncate_error: None,
                source,
                ..
            } => {
                assert_eq!(*packets, 7);
                assert_eq!(source.raw_os_error(), Some(libc::ENOSPC));
            }
            other => panic!("unexpected {other:?}"),
        }
        let msg = err.to_string();
        assert!(msg.starts_with("disk.pcap: "), "{msg}");
        assert!(msg.contains("7 packets written"), "{msg}");
        let bytes = disk.data.lock().unwrap().clone();
        assert_eq!(bytes.len(), 24 + 7 * 116);
        let (_, got) = read_back(bytes);
        assert_eq!(got.len(), 7);
        // The writer stays failed rather than appending after a hole.
        assert!(matches!(
            out.write(&packet(99, &data)),
            Err(OutputError::Failed { .. })
        ));
    }

    #[test]
    fn disk_full_counts_packets_flushed_earlier() {
        let disk = SmallDisk::new(24 + 3 * 20 + 2 * 20 + 5);
        let mut out = open(&disk, false, false);
        for i in 0..3 {
            out.write(&packet(i, b"abcd")).unwrap();
        }
        out.flush().unwrap();
        for i in 3..10 {
            out.write(&packet(i, b"abcd")).unwrap();
        }
        match out.flush() {
            Err(OutputError::Write { packets, .. }) => assert_eq!(packets, 5),
            other => panic!("unexpected {other:?}"),
        }
        assert_eq!(disk.data.lock().unwrap().len(), 24 + 5 * 20);
    }

    #[test]
    fn complete_records_stops_at_partial_ones() {
        let mut recs = Vec::new();
        for len in [4u32, 0, 10] {
            recs.extend_from_slice(&[0; 8]);
            recs.extend_from_slice(&len.to_ne_bytes());
            recs.extend_from_slice(&len.to_ne_bytes());
            recs.extend(std::iter::repeat_n(1u8, len as usize));
        }
        assert_eq!(complete_records(&recs, recs.len()), (62, 3));
        assert_eq!(complete_records(&recs, 61), (36, 2));
        assert_eq!(complete_records(&recs, 20), (20, 1));
        assert_eq!(complete_records(&recs, 19), (0, 0));
    }
}
