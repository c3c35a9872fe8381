//! What can go wrong reading a capture file, and where.

use std::fmt;
use std::io;
use std::path::PathBuf;

use crate::output::Plain;

/// A capture file could not be opened or read to its end.
#[derive(Debug)]
pub enum FileError {
    /// The file could not be opened.
    Open { path: PathBuf, source: io::Error },
    /// A read failed (EIO, EISDIR...), at this byte offset.
    Read { offset: u64, source: io::Error },
    /// The first four bytes are neither a pcap magic nor a pcapng SHB.
    UnknownFormat { magic: [u8; 4] },
    /// The file header (pcap) or the first section header (pcapng) is bad.
    Header { offset: u64, damage: Damage },
    /// A record (pcap) or block (pcapng) is bad; every packet before it was
    /// returned.
    Record {
        unit: Unit,
        /// 1-based: the first record of a pcap file, the first block of a
        /// pcapng file (its section header) is 1.
        number: u64,
        /// Byte offset of the record's or block's first byte in the file.
        offset: u64,
        damage: Damage,
    },
}

/// What a record number counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// A pcap packet record (header + data).
    PcapRecord,
    /// A pcapng block of any type.
    PcapngBlock,
}

/// The damage found, with the numbers that show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Damage {
    /// The file ends inside a header that needs `need` bytes.
    TruncatedHeader { need: usize, left: usize },
    /// The file ends inside a record's packet data.
    TruncatedData { caplen: u32, left: usize },
    /// The file ends inside a pcapng block.
    TruncatedBlock { len: u32, left: usize },
    /// pcap version libpcap refuses (before 2.0, or after 2.4 except 543.0).
    Version { major: u16, minor: u16 },
    /// A capture length above what libpcap accepts for the link type.
    CaplenTooBig { caplen: u32, max: u32 },
    /// pcapng: a capture length above the interface's snapshot length.
    CaplenOverSnaplen { caplen: u32, snaplen: u32 },
    /// pcapng: a block length below 12 bytes, or not a multiple of 4.
    BlockLength { len: u32 },
    /// pcapng: a block longer than any packet of the link type needs.
    BlockTooLarge { len: u32, max: u32 },
    /// pcapng: the length in the trailer differs from the one in the header.
    TrailerMismatch { header: u32, trailer: u32 },
    /// pcapng: a block body shorter than its fixed fields or options say.
    BlockBodyShort {
        block_type: u32,
        need: usize,
        have: usize,
    },
    /// pcapng: a section header length outside 28 bytes..1 MiB.
    SectionLength { len: u32 },
    /// pcapng: a section header of an unsupported version (only 1.0 and 1.2).
    SectionVersion { major: u16, minor: u16 },
    /// pcapng: a later section in the other byte order.
    ByteOrderChanged,
    /// pcapng: a later section header with a bad byte-order magic.
    ByteOrderMagic { magic: u32 },
    /// pcapng: no interface description before end of file.
    NoInterfaces,
    /// pcapng: a packet block before any interface description.
    PacketBeforeInterface,
    /// pcapng: a packet on an interface not described in this section.
    UnknownInterface { id: u32 },
    /// pcapng: an interface option that libpcap refuses.
    BadOption { what: OptionFault },
}

/// Why an interface description's option is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OptionFault {
    /// opt_endofopt with a nonzero length.
    EndOfOptLength(u16),
    /// if_tsresol whose length is not 1.
    TsresolLength(u16),
    /// if_tsresol finer than 10^-19 or 2^-63.
    TsresolTooFine(u8),
    /// if_tsoffset whose length is not 8.
    TsoffsetLength(u16),
    /// if_tsresol or if_tsoffset given twice.
    Repeated(&'static str),
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileError::Open { path, source } => {
                write!(f, "{}: {}", path.display(), Plain(source))
            }
            FileError::Read { offset, source } => {
                write!(f, "read error at offset {offset}: {}", Plain(source))
            }
            FileError::UnknownFormat { magic } => write!(
                f,
                "unknown file format (first bytes {:02x} {:02x} {:02x} {:02x}: not pcap or pcapng)",
                magic[0], magic[1], magic[2], magic[3]
            ),
            FileError::Header { offset, damage } => {
                let what = if damage.is_truncation() {
                    "truncated"
                } else {
                    "bad"
                };
                write!(f, "{what} file header at offset {offset}: {damage}")
            }
            FileError::Record {
                unit,
                number,
                offset,
                damage,
            } => {
                let what = if damage.is_truncation() {
                    "truncated"
                } else {
                    "damaged"
                };
                let unit = match unit {
                    Unit::PcapRecord => "record",
                    Unit::PcapngBlock => "pcapng block",
                };
                write!(f, "{what} {unit} {number} at offset {offset}: {damage}")
            }
        }
    }
}

impl std::error::Error for FileError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            FileError::Open { source, .. } | FileError::Read { source, .. } => Some(source),
            _ => None,
        }
    }
}

impl Damage {
    /// Whether the file simply ends early (as opposed to holding bad values).
    pub fn is_truncation(&self) -> bool {
        matches!(
            self,
            Damage::TruncatedHeader { .. }
                | Damage::TruncatedData { .. }
                | Damage::TruncatedBlock { .. }
        )
    }
}

impl fmt::Display for Damage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Damage::TruncatedHeader { need, left } => {
                write!(f, "header needs {need} bytes, {left} left")
            }
            Damage::TruncatedData { caplen, left } => {
                write!(f, "header says {caplen} bytes, {left} left")
            }
            Damage::TruncatedBlock { len, left } => {
                write!(f, "block header says {len} bytes, {left} left")
            }
            Damage::Version { major, minor } => {
                write!(f, "unsupported pcap version {major}.{minor}")
            }
            Damage::CaplenTooBig { caplen, max } => write!(
                f,
                "capture length {caplen} is bigger than the maximum of {max} for this link type"
            ),
            Damage::CaplenOverSnaplen { caplen, snaplen } => write!(
                f,
                "capture length {caplen} is bigger than the snapshot length {snaplen}"
            ),
            Damage::BlockLength { len } if len < 12 => {
                write!(f, "block length {len} is under the minimum of 12 bytes")
            }
            Damage::BlockLength { len } => {
                write!(f, "block length {len} is not a multiple of 4")
            }
            Damage::BlockTooLarge { len, max } => {
                write!(f, "block length {len} is bigger than the maximum of {max}")
            }
            Damage::TrailerMismatch { header, trailer } => write!(
                f,
                "block length {header} in the header but {trailer} in the trailer"
            ),
            Damage::BlockBodyShort {
                block_type,
                need,
                have,
            } => write!(
                f,
                "block of type {block_type:#x} is too short: needs {need} bytes, has {have}"
            ),
            Damage::SectionLength { len } => write!(
                f,
                "section header length {len} is outside 28..{}",
                super::pcapng::SHB_MAX_LEN
            ),
            Damage::SectionVersion { major, minor } => {
                write!(f, "unsupported pcapng version {major}.{minor}")
            }
            Damage::ByteOrderChanged => {
                write!(f, "a section is in the other byte order than the first")
            }
            Damage::ByteOrderMagic { magic } => {
                write!(f, "section header has a bad byte-order magic {magic:#010x}")
            }
            Damage::NoInterfaces => write!(f, "no interface description block in the file"),
            Damage::PacketBeforeInterface => {
                write!(f, "a packet block comes before any interface description")
            }
            Damage::UnknownInterface { id } => write!(
                f,
                "packet on interface {id}, which has no interface description in this section"
            ),
            Damage::BadOption { what } => match what {
                OptionFault::EndOfOptLength(n) => {
                    write!(f, "interface option opt_endofopt has length {n}, not 0")
                }
                OptionFault::TsresolLength(n) => {
                    write!(f, "interface option if_tsresol has length {n}, not 1")
                }
                OptionFault::TsresolTooFine(v) => {
                    write!(
                        f,
                        "interface option if_tsresol {v:#04x} is finer than 64 bits hold"
                    )
                }
                OptionFault::TsoffsetLength(n) => {
                    write!(f, "interface option if_tsoffset has length {n}, not 8")
                }
                OptionFault::Repeated(name) => write!(f, "interface option {name} appears twice"),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(unit: Unit, damage: Damage) -> String {
        FileError::Record {
            unit,
            number: 1234,
            offset: 567_890,
            damage,
        }
        .to_string()
    }

    #[test]
    fn messages_say_what_and_where() {
        assert_eq!(
            record(
                Unit::PcapRecord,
                Damage::TruncatedData {
                    caplen: 1514,
                    left: 200
                }
            ),
            "truncated record 1234 at offset 567890: header says 1514 bytes, 200 left"
        );
        assert_eq!(
            record(Unit::PcapngBlock, Damage::BlockLength { len: 8 }),
            "damaged pcapng block 1234 at offset 567890: block length 8 is under the minimum of 12 bytes"
        );
        assert_eq!(
            record(Unit::PcapngBlock, Damage::BlockLength { len: 42 }),
            "damaged pcapng block 1234 at offset 567890: block length 42 is not a multiple of 4"
        );
        let open = FileError::Open {
            path: "/x/y.pcap".into(),
            source: io::Error::from_raw_os_error(libc::ENOENT),
        };
        assert_eq!(open.to_string(), "/x/y.pcap: No such file or directory");
        let unknown = FileError::UnknownFormat { magic: *b"\x7fELF" };
        assert_eq!(
            unknown.to_string(),
            "unknown file format (first bytes 7f 45 4c 46: not pcap or pcapng)"
        );
    }
}
