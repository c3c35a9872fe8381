//! Capture files in tests, read and written by afsniff's own reader
//! (capture::file::FileSource) and writer (output::PcapOut), so that there
//! is one pcap parser in the project, the one its own tests exercise.

use afsniff::capture::file::FileSource;
use afsniff::decode::{PrintOptions, Printer};
use afsniff::link::LinkType;
use afsniff::output::PcapOut;
use afsniff::packet::Packet;
use std::path::Path;

/// One pcap record: (ts_sec, ts_frac, wire_len, bytes), the fraction in the
/// file's unit (microseconds, or nanoseconds in a nanosecond file).
pub type Record = (u32, u32, u32, Vec<u8>);

/// A whole capture file: its link type, resolution and records.
pub struct Capture {
    pub linktype: u32,
    pub nano: bool,
    pub records: Vec<Record>,
}

impl Capture {
    /// Reads every record of `path`; panics on anything the reader refuses
    /// (a damaged header, a record cut short, bytes after the last one).
    pub fn read(path: &Path) -> Capture {
        let mut src = FileSource::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let nano = src.nanosecond();
        let linktype = src.link_type().linktype();
        let mut records = Vec::new();
        while let Some(p) = src
            .next_packet()
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        {
            records.push(record_of(&p, nano));
        }
        Capture {
            linktype,
            nano,
            records,
        }
    }

    pub fn link(&self) -> LinkType {
        LinkType::from_linktype(self.linktype)
    }

    /// The records as the packets the capture code hands to the printer.
    pub fn packets(&self) -> impl Iterator<Item = Packet<'_>> {
        self.records.iter().map(|r| packet_of(r, self.nano))
    }

    /// The lines afsniff's printer makes of the packets.
    pub fn printed(&self, options: PrintOptions) -> String {
        let mut printer = Printer::new(options, self.link());
        let mut out = Vec::new();
        for pkt in self.packets() {
            printer.print(&mut out, &pkt);
        }
        String::from_utf8_lossy(&out).into_owned()
    }
}

fn packet_of((sec, frac, wire, data): &Record, nano: bool) -> Packet<'_> {
    Packet {
        ts_sec: i64::from(*sec),
        ts_nsec: if nano { *frac } else { frac * 1000 },
        recorded: None,
        wire_len: *wire,
        data,
        pkttype: None,
        ifindex: None,
    }
}

fn record_of(p: &Packet, nano: bool) -> Record {
    let frac = if nano { p.ts_nsec } else { p.ts_nsec / 1000 };
    (p.ts_sec as u32, frac, p.wire_len, p.data.to_vec())
}

/// The records of a pcap file: (linktype, records). Panics on damage.
pub fn pcap_records(path: &Path) -> (u32, Vec<Record>) {
    let c = Capture::read(path);
    (c.linktype, c.records)
}

/// The packets of a capture held in memory as (seconds, nanoseconds, wire
/// length, bytes), up to its end or the first record the reader refuses:
/// a file cut short (or still being written) ends the list there.
pub fn packets_of(bytes: &[u8]) -> Vec<(i64, u32, u32, Vec<u8>)> {
    let Ok(mut src) = FileSource::from_reader(Box::new(std::io::Cursor::new(bytes.to_vec())))
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    while let Ok(Some(p)) = src.next_packet() {
        out.push((p.ts_sec, p.ts_nsec, p.wire_len, p.data.to_vec()));
    }
    out
}

/// The whole records of a file another program is still writing: none while
/// its header is missing, and the list ends at a record not yet complete.
pub fn records_so_far(path: &Path) -> Vec<Vec<u8>> {
    let bytes = std::fs::read(path).unwrap_or_default();
    packets_of(&bytes).into_iter().map(|p| p.3).collect()
}

/// Writes a pcap file in afsniff's -w format (host byte order), snapshot
/// length 262144, nanosecond magic when `nano`, holding `records`.
pub fn write_pcap(path: &Path, linktype: u32, nano: bool, records: &[Record]) {
    write_pcap_snaplen(path, linktype, 262_144, nano, records);
}

/// write_pcap with a chosen snapshot length (it shows in tcpdump's banner
/// and in the `ret` of the programs tcpdump -d compiles for the file).
pub fn write_pcap_snaplen(
    path: &Path,
    linktype: u32,
    snaplen: u32,
    nano: bool,
    records: &[Record],
) {
    let mut out = PcapOut::create(
        path,
        LinkType::from_linktype(linktype),
        snaplen,
        nano,
        false,
    )
    .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    for r in records {
        out.write(&packet_of(r, nano))
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
    out.flush()
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

/// Frames as records one second apart, each whole (wire length = its size).
pub fn frames_as_records(frames: &[Vec<u8>]) -> Vec<Record> {
    frames
        .iter()
        .enumerate()
        .map(|(i, f)| (i as u32, 0, f.len() as u32, f.clone()))
        .collect()
}
