//! -C / -G / -W: a pcap writer that moves on to new files, named the way
//! tcpdump 4.99 names them (tcpdump.c's MakeFilename and
//! dump_packet_and_trunc):
//!
//! - -C N: before writing a packet, if the current file is already larger
//!   than N bytes, close it and open the next: `NAME`, `NAME1`, `NAME2`...
//!   With -W K the number cycles through 0..K-1, zero-padded to the digits
//!   of K-1 (`NAME00` .. `NAME99` for -W 100), the first file included.
//! - -G S: before writing a packet, if S seconds (wall clock) have passed
//!   since the current file was opened, open a new one named by
//!   strftime(NAME) at that time; with -C the size numbering restarts.
//!   With -W K and no -C, the K-th rotation ends the capture instead
//!   ("Maximum file limit reached").
//!
//! Files are created when needed, so after -Z they belong to the dropped user.

use super::strftime::strftime;
use super::{FileFormat, InterfaceStats, OutputError, PcapOut};
use crate::packet::Packet;
use crate::sys::time::utc_offset_at;
use std::ffi::OsString;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::path::{Path, PathBuf};

/// When to move on to a new file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Rotation {
    /// -C, already in bytes (tcpdump's unit is 1,000,000 bytes).
    pub file_size: Option<u64>,
    /// -G, in seconds.
    pub seconds: Option<u64>,
    /// -W.
    pub file_count: Option<u32>,
}

/// What became of a packet handed to `RotatingPcapOut::write`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Written {
    /// In the current file.
    Written,
    /// -G with -W: the file limit is reached and the packet was not
    /// written. tcpdump prints "Maximum file limit reached: W", its
    /// statistics, and exits 0.
    LimitReached { files: u32 },
}

/// The clock -G rotates by: seconds since the epoch.
pub type Clock = Box<dyn FnMut() -> i64 + Send>;

/// A pcap writer over a sequence of files.
pub struct RotatingPcapOut {
    template: PathBuf,
    format: FileFormat,
    packet_buffered: bool,
    rotation: Rotation,
    /// Zero padding of the file number: the digits of -W minus one.
    digits: usize,
    out: PcapOut,
    current: PathBuf,
    /// tcpdump's Cflag_count: the number of the current file under -C.
    size_count: u32,
    /// tcpdump's Gflag_count: rotations by time so far.
    time_count: u32,
    /// When the current -G period began (tcpdump's Gflag_time).
    period_start: i64,
    clock: Clock,
    /// Packets written to all files together.
    packets: u64,
    /// `packets` when the current file was opened: those in earlier files.
    before_current: u64,
    limit_reached: bool,
    /// The reader of `-w -` went away: every later call says so again
    /// (quietly), instead of "not writable after an earlier error".
    closed: bool,
}

/// tcpdump's getWflagChars: how many digits the largest file number has.
fn digits_for(count: u32) -> usize {
    let mut n = count.saturating_sub(1);
    let mut digits = 0;
    while n > 0 {
        digits += 1;
        n /= 10;
    }
    digits
}

/// tcpdump's MakeFilename: strftime at `period_start` under -G, then the
/// file number unless it is 0 without padding.
fn file_name(
    template: &Path,
    by_time: bool,
    period_start: i64,
    number: u32,
    width: usize,
) -> PathBuf {
    let template = template.as_os_str().as_bytes();
    let mut name = if by_time {
        strftime(template, period_start, utc_offset_at(period_start))
    } else {
        template.to_vec()
    };
    if number != 0 || width != 0 {
        name.extend_from_slice(format!("{number:0width$}").as_bytes());
    }
    PathBuf::from(OsString::from_vec(name))
}

fn wall_clock() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

impl RotatingPcapOut {
    /// Opens the first file. `path` is -w's argument (a strftime pattern
    /// with -G). With `Rotation::default()` this is exactly a `PcapOut`
    /// (and "-" is stdout); "-" with -C or -G is refused, as a pipe cannot
    /// be rotated (tcpdump writes a bare header there and loses the rest).
    /// Each pcapng file of a rotation starts with its own SHB and IDBs.
    pub fn create_format(
        path: &Path,
        format: FileFormat,
        packet_buffered: bool,
        rotation: Rotation,
    ) -> Result<RotatingPcapOut, OutputError> {
        RotatingPcapOut::with_clock(
            path,
            format,
            packet_buffered,
            rotation,
            Box::new(wall_clock),
        )
    }

    /// As `create_format`, with the clock -G reads (tests).
    pub fn with_clock(
        path: &Path,
        format: FileFormat,
        packet_buffered: bool,
        rotation: Rotation,
        mut clock: Clock,
    ) -> Result<RotatingPcapOut, OutputError> {
        let rotates = rotation.file_size.is_some() || rotation.seconds.is_some();
        if rotates && path.as_os_str() == "-" {
            return Err(OutputError::Create {
                path: "standard output".into(),
                source: std::io::Error::other("-C and -G need a file name, not -"),
            });
        }
        let period_start = clock();
        let digits = rotation.file_count.map_or(0, digits_for);
        let width = if rotation.file_size.is_some() {
            digits
        } else {
            0
        };
        let by_time = rotation.seconds.is_some();
        let current = file_name(path, by_time, period_start, 0, width);
        let out = PcapOut::create_format(&current, &format, packet_buffered)?;
        Ok(RotatingPcapOut {
            template: path.to_path_buf(),
            format,
            packet_buffered,
            rotation,
            digits,
            out,
            current,
            size_count: 0,
            time_count: 0,
            period_start,
            clock,
            packets: 0,
            before_current: 0,
            limit_reached: false,
            closed: false,
        })
    }

    fn open(&mut self, number: u32, width: usize) -> Result<(), OutputError> {
        let by_time = self.rotation.seconds.is_some();
        let name = file_name(&self.template, by_time, self.period_start, number, width);
        let out = PcapOut::create_format(&name, &self.format, self.packet_buffered)?;
        // The previous file was flushed by the caller; dropping it closes it.
        self.out = out;
        self.current = name;
        self.before_current = self.packets;
        Ok(())
    }

    /// Writes one packet, first moving to a new file if -G or -C say so.
    #[inline]
    pub fn write(&mut self, pkt: &Packet) -> Result<Written, OutputError> {
        if self.closed {
            return Err(OutputError::Closed);
        }
        let written = self.rotate_and_write(pkt);
        self.closed = matches!(written, Err(OutputError::Closed));
        written.map_err(|e| self.in_file_set(e))
    }

    /// A write error in a file after the first also says how many packets
    /// all the files hold: the one named, plus those written before it.
    /// So does a failure to create the next file (a full disk, no inodes
    /// left): every packet so far is in the files already closed.
    fn in_file_set(&self, error: OutputError) -> OutputError {
        let total = match &error {
            OutputError::Write { packets, .. } if self.before_current > 0 => {
                self.before_current + packets
            }
            OutputError::Create { .. } if self.packets > 0 => self.packets,
            _ => return error,
        };
        OutputError::InFileSet {
            error: Box::new(error),
            total,
        }
    }

    fn rotate_and_write(&mut self, pkt: &Packet) -> Result<Written, OutputError> {
        if self.limit_reached {
            return Ok(Written::LimitReached {
                files: self.rotation.file_count.unwrap_or(0),
            });
        }
        if let Some(seconds) = self.rotation.seconds {
            let now = (self.clock)();
            if now.saturating_sub(self.period_start) >= seconds as i64 {
                self.period_start = now;
                self.time_count += 1;
                self.out.flush()?;
                if let (None, Some(max)) = (self.rotation.file_size, self.rotation.file_count) {
                    if max > 0 && self.time_count >= max {
                        self.limit_reached = true;
                        return Ok(Written::LimitReached { files: max });
                    }
                }
                self.size_count = 0;
                let width = if self.rotation.file_size.is_some() {
                    self.digits
                } else {
                    0
                };
                self.open(0, width)?;
            }
        }
        if let Some(limit) = self.rotation.file_size {
            // As tcpdump: checked before writing, so a file can end up to
            // one packet over the limit.
            if self.out.bytes() > limit {
                self.out.flush()?;
                self.size_count += 1;
                if let Some(max) = self.rotation.file_count {
                    if max > 0 && self.size_count >= max {
                        self.size_count = 0;
                    }
                }
                self.open(self.size_count, self.digits)?;
            }
        }
        self.out.write(pkt)?;
        self.packets += 1;
        Ok(Written::Written)
    }

    /// Writes out the current file's buffered records.
    pub fn flush(&mut self) -> Result<(), OutputError> {
        self.on_current(PcapOut::flush)
    }

    /// Runs `f` on the current file, once the reader of `-w -` is gone
    /// says so instead, and counts a failure over the whole set.
    fn on_current(
        &mut self,
        f: impl FnOnce(&mut PcapOut) -> Result<(), OutputError>,
    ) -> Result<(), OutputError> {
        if self.closed {
            return Err(OutputError::Closed);
        }
        let done = f(&mut self.out);
        self.closed = matches!(done, Err(OutputError::Closed));
        done.map_err(|e| self.in_file_set(e))
    }

    /// At the end: the statistics of each interface into the current file
    /// (pcapng's ISBs; nothing for pcap), then everything written out.
    pub fn finish(&mut self, stats: &[InterfaceStats]) -> Result<(), OutputError> {
        self.on_current(|out| out.write_statistics(stats))
    }

    /// Packets written, over all files.
    pub fn packets_written(&self) -> u64 {
        self.packets
    }

    /// The current file's length, buffered records included.
    pub fn current_bytes(&self) -> u64 {
        self.out.bytes()
    }

    /// The file being written now.
    pub fn current_file(&self) -> &Path {
        &self.current
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::capture::file::FileSource;
    use crate::link::LinkType;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicI64, Ordering};

    /// A directory for one test's files, removed afterwards.
    struct Dir(PathBuf);

    impl Dir {
        fn new(name: &str) -> Dir {
            let d =
                std::env::temp_dir().join(format!("afsniff-rotate-{}-{name}", std::process::id()));
            let _ = std::fs::remove_dir_all(&d);
            std::fs::create_dir_all(&d).unwrap();
            Dir(d)
        }

        /// File names and packet counts, sorted by name.
        fn files(&self) -> Vec<(String, usize)> {
            let mut v: Vec<(String, usize)> = std::fs::read_dir(&self.0)
                .unwrap()
                .map(|e| {
                    let e = e.unwrap();
                    let mut src = FileSource::open(&e.path()).unwrap();
                    let mut n = 0;
                    while src.next_packet().unwrap().is_some() {
                        n += 1;
                    }
                    (e.file_name().into_string().unwrap(), n)
                })
                .collect();
            v.sort();
            v
        }
    }

    impl Drop for Dir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn packet(data: &[u8]) -> Packet<'_> {
        Packet {
            ts_sec: 1_700_000_000,
            ts_nsec: 0,
            recorded: None,
            wire_len: data.len() as u32,
            data,
            pkttype: None,
            ifindex: None,
        }
    }

    /// A clock the test moves by hand.
    fn manual_clock(start: i64) -> (Arc<AtomicI64>, Clock) {
        let now = Arc::new(AtomicI64::new(start));
        let read = now.clone();
        (now, Box::new(move || read.load(Ordering::Relaxed)))
    }

    /// Writes one packet of `data` at each clock time of `times` (seconds)
    /// and returns what each write said.
    fn write_at(
        out: &mut RotatingPcapOut,
        now: &AtomicI64,
        data: &[u8],
        times: &[i64],
    ) -> Vec<Written> {
        times
            .iter()
            .map(|&t| {
                now.store(t, Ordering::Relaxed);
                out.write(&packet(data)).unwrap()
            })
            .collect()
    }

    fn ethernet() -> FileFormat {
        FileFormat::Pcap {
            link: LinkType::Ethernet,
            snaplen: 65535,
            nano: false,
        }
    }

    /// A pcap writer into `dir` by the name pattern `name`, rotating as
    /// `rotation` says, and the time it reads: `start` until the test
    /// stores another.
    fn rotating(
        dir: &Dir,
        name: &str,
        rotation: Rotation,
        start: i64,
    ) -> (Arc<AtomicI64>, RotatingPcapOut) {
        let (now, clock) = manual_clock(start);
        let out =
            RotatingPcapOut::with_clock(&dir.0.join(name), ethernet(), false, rotation, clock);
        (now, out.unwrap())
    }

    #[test]
    fn without_rotation_it_is_a_plain_pcap_writer() {
        let dir = Dir::new("plain");
        let (_, mut out) = rotating(&dir, "p.pcap", Rotation::default(), 0);
        let mut single = PcapOut::create(
            &dir.0.join("q.pcap"),
            LinkType::Ethernet,
            65535,
            false,
            false,
        )
        .unwrap();
        let data = [9u8; 1500];
        for _ in 0..2000 {
            out.write(&packet(&data)).unwrap();
            single.write(&packet(&data)).unwrap();
        }
        out.flush().unwrap();
        single.flush().unwrap();
        assert_eq!(
            dir.files(),
            vec![("p.pcap".into(), 2000), ("q.pcap".into(), 2000)]
        );
        let read = |n: &str| std::fs::read(dir.0.join(n)).unwrap();
        assert!(read("p.pcap") == read("q.pcap"));
    }

    #[test]
    fn a_file_that_cannot_be_created_says_what_the_earlier_files_hold() {
        let dir = Dir::new("uncreatable");
        // The second file's name is taken by a directory.
        std::fs::create_dir(dir.0.join("c.pcap1")).unwrap();
        let rotation = Rotation {
            file_size: Some(1000),
            ..Rotation::default()
        };
        let (_, mut out) = rotating(&dir, "c.pcap", rotation, 0);
        let data = [7u8; 400];
        let mut written = 0;
        let err = loop {
            match out.write(&packet(&data)) {
                Ok(_) => written += 1,
                Err(e) => break e,
            }
        };
        // 24 + 3 * 416 bytes is over 1000: the fourth packet rotates.
        assert_eq!(written, 3);
        let msg = err.to_string();
        assert!(
            matches!(&err, OutputError::InFileSet { total: 3, error } if matches!(**error, OutputError::Create { .. })),
            "{err:?}"
        );
        assert!(
            msg.starts_with(&format!("{}: ", dir.0.join("c.pcap1").display())),
            "{msg}"
        );
        assert!(
            msg.ends_with(" (3 packets written to all the files)"),
            "{msg}"
        );
        drop(out);
        let mut first = FileSource::open(&dir.0.join("c.pcap")).unwrap();
        let mut n = 0;
        while first.next_packet().unwrap().is_some() {
            n += 1;
        }
        assert_eq!(n, 3, "the first file holds the packets counted");
    }

    #[test]
    fn standard_output_cannot_rotate() {
        for rotation in [
            Rotation {
                file_size: Some(1),
                ..Rotation::default()
            },
            Rotation {
                seconds: Some(1),
                ..Rotation::default()
            },
        ] {
            let (_, clock) = manual_clock(0);
            let err =
                RotatingPcapOut::with_clock(Path::new("-"), ethernet(), false, rotation, clock)
                    .err()
                    .unwrap();
            assert_eq!(
                err.to_string(),
                "standard output: -C and -G need a file name, not -"
            );
        }
    }

    #[test]
    fn digits_like_tcpdump() {
        assert_eq!([1, 2, 10, 11, 100, 101].map(digits_for), [0, 1, 1, 2, 2, 3]);
    }

    #[test]
    fn size_rotation_numbers_files_from_1() {
        let dir = Dir::new("size");
        let rotation = Rotation {
            file_size: Some(1000),
            ..Rotation::default()
        };
        let (_, mut out) = rotating(&dir, "cap", rotation, 0);
        let data = [1u8; 184]; // 200-byte records
        for _ in 0..12 {
            assert_eq!(out.write(&packet(&data)).unwrap(), Written::Written);
        }
        out.flush().unwrap();
        assert_eq!(out.packets_written(), 12);
        // 24 + 5 * 200 = 1024 > 1000 after five packets: the sixth opens cap1.
        assert_eq!(
            dir.files(),
            vec![("cap".into(), 5), ("cap1".into(), 5), ("cap2".into(), 2)]
        );
        assert!(out.current_file().ends_with("cap2"));
    }

    /// Every pcapng file of a rotation starts with its own SHB and IDB, and
    /// the statistics go into the last one.
    #[test]
    fn pcapng_rotation_makes_complete_files() {
        let dir = Dir::new("pcapng");
        let section = super::super::Section {
            interfaces: vec![super::super::Interface {
                name: "eth0".into(),
                description: None,
                link: LinkType::Ethernet,
                snaplen: 65535,
                ifindex: Some(2),
            }],
            filter: String::new(),
        };
        let format = FileFormat::Pcapng(Arc::new(section));
        let rotation = Rotation {
            file_size: Some(1000),
            ..Rotation::default()
        };
        let (_, clock) = manual_clock(0);
        let mut out =
            RotatingPcapOut::with_clock(&dir.0.join("cap"), format, false, rotation, clock)
                .unwrap();
        let data = [1u8; 200];
        for _ in 0..12 {
            assert_eq!(out.write(&packet(&data)).unwrap(), Written::Written);
        }
        out.finish(&[InterfaceStats::default()]).unwrap();
        let files = dir.files();
        assert!(files.len() >= 3, "{files:?}");
        assert_eq!(files.iter().map(|f| f.1).sum::<usize>(), 12);
        let last = std::fs::read(out.current_file()).unwrap();
        // The ISB (type 5) is the last block of the last file.
        let tail = &last[last.len() - 4..];
        let isb_len = u32::from_ne_bytes(tail.try_into().unwrap()) as usize;
        let isb = &last[last.len() - isb_len..];
        assert_eq!(u32::from_ne_bytes(isb[..4].try_into().unwrap()), 5);
    }

    #[test]
    fn size_rotation_with_a_file_count_cycles_padded_names() {
        let dir = Dir::new("ring");
        let rotation = Rotation {
            file_size: Some(1000),
            file_count: Some(3),
            ..Rotation::default()
        };
        let (_, mut out) = rotating(&dir, "ring.pcap", rotation, 0);
        let data = [1u8; 184];
        for _ in 0..22 {
            out.write(&packet(&data)).unwrap();
        }
        out.flush().unwrap();
        // Files 0,1,2,0,1: the 5th file overwrote ring.pcap1 with 2 packets.
        assert_eq!(
            dir.files(),
            vec![
                ("ring.pcap0".into(), 5),
                ("ring.pcap1".into(), 2),
                ("ring.pcap2".into(), 5)
            ]
        );
    }

    #[test]
    fn time_rotation_names_files_by_strftime() {
        let dir = Dir::new("time");
        let rotation = Rotation {
            seconds: Some(60),
            ..Rotation::default()
        };
        let (now, mut out) = rotating(&dir, "t-%s.pcap", rotation, 1_700_000_000);
        let data = [2u8; 50];
        // The period after the rotation at 75 starts at 75, not on a 60 s
        // grid: 134 is still in it, 135 is not.
        let times = [
            1_700_000_000,
            1_700_000_059,
            1_700_000_075,
            1_700_000_134,
            1_700_000_135,
        ];
        write_at(&mut out, &now, &data, &times);
        out.flush().unwrap();
        assert_eq!(
            dir.files(),
            vec![
                ("t-1700000000.pcap".into(), 2),
                ("t-1700000075.pcap".into(), 2),
                ("t-1700000135.pcap".into(), 1)
            ]
        );
    }

    #[test]
    fn time_rotation_with_a_file_count_stops_at_the_limit() {
        let dir = Dir::new("limit");
        let rotation = Rotation {
            seconds: Some(10),
            file_count: Some(2),
            ..Rotation::default()
        };
        let (now, mut out) = rotating(&dir, "g-%s", rotation, 1_000);
        let data = [3u8; 50];
        let limit = Written::LimitReached { files: 2 };
        assert_eq!(
            write_at(&mut out, &now, &data, &[1_000, 1_010, 1_020, 1_020]),
            [Written::Written, Written::Written, limit, limit]
        );
        out.flush().unwrap();
        assert_eq!(
            dir.files(),
            vec![("g-1000".into(), 1), ("g-1010".into(), 1)]
        );
        assert_eq!(out.packets_written(), 2);
    }

    #[test]
    fn time_and_size_restart_numbering_each_period() {
        let dir = Dir::new("both");
        let rotation = Rotation {
            file_size: Some(500),
            seconds: Some(100),
            file_count: Some(10),
        };
        let (now, mut out) = rotating(&dir, "b%s_", rotation, 5_000);
        let data = [4u8; 184];
        write_at(&mut out, &now, &data, &[5_000; 5]);
        write_at(&mut out, &now, &data, &[5_100; 3]);
        out.flush().unwrap();
        // 24 + 3 * 200 > 500: three packets per file, numbered 0.. per period.
        assert_eq!(
            dir.files(),
            vec![
                ("b5000_0".into(), 3),
                ("b5000_1".into(), 2),
                ("b5100_0".into(), 3)
            ]
        );
    }
}
