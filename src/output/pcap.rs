//! The capture file writer (-w): a pcap file (a 24-byte header, then
//! records) or a pcapng file (see pcapng.rs), appended to one 256 KiB
//! buffer and written out when it fills (or after each record with -U).
//!
//! On a write error the file is cut back to its last complete record, so it
//! stays readable and holds exactly the packets reported; tcpdump leaves a
//! partial record there and carries on (libpcap#87).

use super::pcapng::{self, InterfaceStats, Section};
use super::{OutputError, stdout_file, write_all_counted};
use crate::link::LinkType;
use crate::packet::Packet;
use crate::wire::pcap::{MAGIC_MICRO, MAGIC_NANO, RECORD_HEADER_LEN};
use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

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

/// What a -w file holds; every file of a rotation starts the same way.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileFormat {
    /// One link type; nano: nanosecond magic (--time-stamp-precision nano).
    Pcap {
        link: LinkType,
        snaplen: u32,
        nano: bool,
    },
    /// An SHB and one IDB per interface.
    Pcapng(Arc<Section>),
}

/// How records are laid out, and what a pcapng file needs per packet.
enum Records {
    Pcap {
        nano: bool,
    },
    /// Each IDB's interface index, in IDB order: a packet goes under the
    /// IDB of its Packet::ifindex (the first one when none matches).
    Pcapng {
        ifindexes: Vec<Option<u32>>,
    },
}

/// A capture file being written.
pub struct PcapOut {
    sink: Box<dyn Sink>,
    /// The file's name, or "standard output", for messages.
    name: PathBuf,
    buf: Vec<u8>,
    records: Records,
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
        let format = FileFormat::Pcap {
            link,
            snaplen,
            nano,
        };
        PcapOut::create_format(path, &format, packet_buffered)
    }

    /// As `create`, for either format. path "-" = stdout.
    pub fn create_format(
        path: &Path,
        format: &FileFormat,
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
        PcapOut::with_sink(Box::new(file), name, format, packet_buffered)
    }

    fn with_sink(
        sink: Box<dyn Sink>,
        name: PathBuf,
        format: &FileFormat,
        packet_buffered: bool,
    ) -> Result<PcapOut, OutputError> {
        let mut buf = Vec::with_capacity(BUFFER_LEN);
        let records = match format {
            &FileFormat::Pcap {
                link,
                snaplen,
                nano,
            } => {
                let magic = if nano { MAGIC_NANO } else { MAGIC_MICRO };
                // Host byte order, as libpcap writes it.
                buf.extend_from_slice(&magic.to_ne_bytes());
                buf.extend_from_slice(&2u16.to_ne_bytes());
                buf.extend_from_slice(&4u16.to_ne_bytes());
                buf.extend_from_slice(&0u32.to_ne_bytes()); // thiszone
                buf.extend_from_slice(&0u32.to_ne_bytes()); // sigfigs
                buf.extend_from_slice(&snaplen.to_ne_bytes());
                buf.extend_from_slice(&link.linktype().to_ne_bytes());
                Records::Pcap { nano }
            }
            FileFormat::Pcapng(section) => {
                pcapng::section_header(&mut buf, section);
                Records::Pcapng {
                    ifindexes: section.interfaces.iter().map(|i| i.ifindex).collect(),
                }
            }
        };
        let header_len = buf.len() as u64;
        let mut out = PcapOut {
            sink,
            name,
            buf,
            records,
            packet_buffered,
            written: 0,
            buffered: 0,
            file_len: 0,
            failed: false,
        };
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
        out.file_len = header_len;
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
        let rec_len = match &self.records {
            Records::Pcap { .. } => RECORD_HEADER_LEN + pkt.data.len(),
            Records::Pcapng { .. } => {
                let flags = pkt.pkttype.and_then(crate::packet::epb_flags);
                pcapng::epb_len(pkt.data.len(), flags.is_some())
            }
        };
        if self.buf.len() + rec_len > self.buf.capacity() && !self.buf.is_empty() {
            self.flush()?;
        }
        match &self.records {
            &Records::Pcap { nano } => pcap_record(&mut self.buf, pkt, nano),
            Records::Pcapng { ifindexes } => {
                pcapng::append_epb(&mut self.buf, interface_id(ifindexes, pkt), pkt);
            }
        }
        self.buffered += 1;
        self.written += 1;
        if self.packet_buffered {
            self.flush()?;
        }
        Ok(())
    }

    /// pcapng: appends an ISB per interface (`stats` in IDB order) and
    /// writes everything out; pcap has no place for statistics.
    pub fn write_statistics(&mut self, stats: &[InterfaceStats]) -> Result<(), OutputError> {
        if !matches!(self.records, Records::Pcapng { .. }) || self.failed {
            return self.flush();
        }
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX));
        for (id, s) in (0u32..).zip(stats) {
            pcapng::append_isb(&mut self.buf, id, now, s);
        }
        self.flush()
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
                let (keep_bytes, keep_records) = match self.records {
                    Records::Pcap { .. } => complete_records(&self.buf, done),
                    Records::Pcapng { .. } => pcapng::complete_blocks(&self.buf, done),
                };
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

/// Appends one pcap record. The time as tcpdump hands it to pcap_dump: a
/// pcap record's fields as read (scaled to this file's precision), not
/// normalized; pcap keeps 32 bits of each, truncated as libpcap does.
#[inline]
fn pcap_record(buf: &mut Vec<u8>, pkt: &Packet, nano: bool) {
    let tv = pkt.timeval(nano);
    let caplen = u32::try_from(pkt.data.len()).unwrap_or(u32::MAX);
    let mut head = [0u8; RECORD_HEADER_LEN];
    head[0..4].copy_from_slice(&(tv.sec as u32).to_ne_bytes());
    head[4..8].copy_from_slice(&(tv.frac as u32).to_ne_bytes());
    head[8..12].copy_from_slice(&caplen.to_ne_bytes());
    head[12..16].copy_from_slice(&pkt.wire_len.to_ne_bytes());
    buf.extend_from_slice(&head);
    buf.extend_from_slice(&pkt.data[..caplen as usize]);
}

/// The IDB a packet goes under: the one with its interface index, else the first.
#[inline]
fn interface_id(ifindexes: &[Option<u32>], pkt: &Packet) -> u32 {
    if ifindexes.len() <= 1 || pkt.ifindex.is_none() {
        return 0;
    }
    ifindexes
        .iter()
        .position(|&i| i == pkt.ifindex)
        .map_or(0, |id| id as u32)
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
        let format = FileFormat::Pcap {
            link: LinkType::Ethernet,
            snaplen: 65535,
            nano,
        };
        PcapOut::with_sink(
            Box::new(disk.clone()),
            "disk.pcap".into(),
            &format,
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

    fn open_pcapng(disk: &SmallDisk, interfaces: &[(&str, u32)]) -> PcapOut {
        let section = Section {
            interfaces: interfaces
                .iter()
                .map(|&(name, ifindex)| pcapng::Interface {
                    name: name.into(),
                    description: None,
                    link: LinkType::Ethernet,
                    snaplen: 65535,
                    ifindex: Some(ifindex),
                })
                .collect(),
            filter: "ip".into(),
        };
        let format = FileFormat::Pcapng(Arc::new(section));
        PcapOut::with_sink(Box::new(disk.clone()), "disk.pcapng".into(), &format, false).unwrap()
    }

    #[test]
    fn pcapng_records_read_back_with_their_statistics() {
        let disk = SmallDisk::new(usize::MAX);
        let mut out = open_pcapng(&disk, &[("eth0", 2)]);
        let header = disk.data.lock().unwrap().len();
        assert!(header > 0, "the SHB and IDB are written at once");
        let payload: Vec<u8> = (0..200u8).collect();
        for i in 0..50 {
            let mut p = packet(i, &payload[..i as usize * 3]);
            p.pkttype = Some(if i % 2 == 0 { 0 } else { 4 });
            out.write(&p).unwrap();
        }
        let stats = InterfaceStats {
            received: 60,
            dropped: 10,
            accepted: 50,
        };
        out.write_statistics(&[stats]).unwrap();
        let bytes = disk.data.lock().unwrap().clone();
        let (src, got) = read_back(bytes);
        assert_eq!(src.link_type(), LinkType::Ethernet);
        assert_eq!(got.len(), 50);
        for (i, (sec, nsec, wire, data)) in got.into_iter().enumerate() {
            let i = i as u32;
            assert_eq!((sec, nsec), (1_700_000_000 + i64::from(i), i * 1_001));
            assert_eq!(data, &payload[..i as usize * 3]);
            assert_eq!(wire, data.len() as u32 + 4);
        }
    }

    #[test]
    fn pcapng_disk_full_cuts_back_to_the_last_complete_block() {
        let probe = SmallDisk::new(usize::MAX);
        drop(open_pcapng(&probe, &[("eth0", 2), ("eth1", 3)]));
        let header = probe.data.lock().unwrap().len();
        // EPB of 100 bytes with flags: 28 + 100 + 12 + 4.
        let room = header + 7 * 144 + 50;
        let disk = SmallDisk::new(room);
        let mut out = open_pcapng(&disk, &[("eth0", 2), ("eth1", 3)]);
        let data = [0x42u8; 100];
        for i in 0..20 {
            let mut p = packet(i, &data);
            p.pkttype = Some(0);
            out.write(&p).unwrap();
        }
        match out.flush() {
            Err(OutputError::Write {
                packets,
                truncate_error: None,
                ..
            }) => assert_eq!(packets, 7),
            other => panic!("unexpected {other:?}"),
        }
        let bytes = disk.data.lock().unwrap().clone();
        assert_eq!(bytes.len(), header + 7 * 144);
        assert_eq!(read_back(bytes).1.len(), 7);
    }

    #[test]
    fn pcapng_packets_go_under_their_interface() {
        let ifindexes = [Some(2), Some(3), Some(9)];
        let mut p = packet(0, b"x");
        for (ifindex, id) in [
            (Some(3), 1),
            (Some(9), 2),
            (Some(2), 0),
            (Some(5), 0),
            (None, 0),
        ] {
            p.ifindex = ifindex;
            assert_eq!(interface_id(&ifindexes, &p), id);
        }
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
