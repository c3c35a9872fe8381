//! Capture files (-r): pcap in either byte order and resolution, and pcapng,
//! from a path or stdin.
//!
//! Parsed here in safe code rather than with pcap-file: its 2.0 reader
//! repeats the same error forever after one bad record (pcap-file#48), 3.0
//! is a release candidate, and neither bounds a length field by the file's
//! snaplen before allocating or reads through one reusable buffer. The two
//! formats are small; owning the parser lets afsniff accept exactly what
//! libpcap accepts (sf-pcap.c, sf-pcapng.c) and name the record and byte
//! offset of any damage.

#[cfg(test)]
mod build;
mod error;
mod input;
mod pcap;
mod pcapng;

pub use error::{Damage, FileError, OptionFault, Unit};
pub use pcap::MAX_SNAPLEN;
pub use pcapng::BlockCursor;

use crate::link::LinkType;
use crate::packet::Packet;
use input::Input;
use std::io::Read;
use std::path::Path;

/// An open capture file, read one packet at a time from one buffer.
/// A field of a file header or record, in the file's byte order (`swapped`:
/// the writer's order differs from little-endian). Both readers use these.
fn u32_at(b: &[u8], at: usize, swapped: bool) -> u32 {
    let v = [b[at], b[at + 1], b[at + 2], b[at + 3]];
    if swapped {
        u32::from_be_bytes(v)
    } else {
        u32::from_le_bytes(v)
    }
}

fn u16_at(b: &[u8], at: usize, swapped: bool) -> u16 {
    let v = [b[at], b[at + 1]];
    if swapped {
        u16::from_be_bytes(v)
    } else {
        u16::from_le_bytes(v)
    }
}

/// An interface a capture file describes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileInterface {
    /// pcapng's if_name.
    pub name: Option<String>,
    pub link: LinkType,
    pub snaplen: u32,
}

pub struct FileSource {
    input: Input,
    format: Format,
    link: LinkType,
    snaplen: u32,
}

enum Format {
    Pcap(pcap::Pcap),
    Pcapng(pcapng::Pcapng),
}

impl FileSource {
    /// Opens a pcap (either byte order, micro or nano) or pcapng file; "-" is stdin.
    pub fn open(path: &Path) -> Result<FileSource, FileError> {
        let src: Box<dyn Read> = if path.as_os_str() == "-" {
            Box::new(std::io::stdin().lock())
        } else {
            let file = std::fs::File::open(path).map_err(|source| FileError::Open {
                path: path.to_path_buf(),
                source,
            })?;
            Box::new(file)
        };
        FileSource::from_reader(src)
    }

    /// Reads a capture from any byte stream (tests, pipes already open).
    pub fn from_reader(src: Box<dyn Read>) -> Result<FileSource, FileError> {
        let mut input = Input::new(src);
        let got = input
            .fill(4)
            .map_err(|source| FileError::Read { offset: 0, source })?;
        if got < 4 {
            return Err(FileError::Header {
                offset: 0,
                damage: Damage::TruncatedHeader { need: 4, left: got },
            });
        }
        let b = input.bytes();
        let magic = [b[0], b[1], b[2], b[3]];
        let magic_le = u32::from_le_bytes(magic);
        let is_pcap = [pcap::MAGIC_MICRO, pcap::MAGIC_NANO, pcap::MAGIC_KUZNETZOV]
            .iter()
            .any(|&m| m == magic_le || m == magic_le.swap_bytes());
        let format = if is_pcap {
            Format::Pcap(pcap::Pcap::open(&mut input, magic_le)?)
        } else if magic_le == pcapng::BT_SHB {
            Format::Pcapng(pcapng::Pcapng::open(&mut input)?)
        } else {
            return Err(FileError::UnknownFormat { magic });
        };
        // `swapped` means big-endian to both readers.
        let (linktype, snaplen, big_endian) = match &format {
            Format::Pcap(p) => (p.linktype, p.snaplen, p.swapped),
            Format::Pcapng(p) => (p.linktype, p.snaplen, p.swapped),
        };
        Ok(FileSource {
            input,
            format,
            link: LinkType::from_linktype(linktype).in_file(big_endian),
            snaplen,
        })
    }

    /// The link-layer type of the file's packets (in a pcapng file of
    /// several interfaces, the first interface's; see `interfaces`).
    pub fn link_type(&self) -> LinkType {
        self.link
    }

    /// The interfaces described so far in the current section (pcap: the
    /// file's one, unnamed); a packet's Packet::ifindex, when set, is its
    /// position here. pcapng files describe them up front, so this is
    /// known once the file is open, but a later block may add one.
    pub fn interfaces(&self) -> Vec<FileInterface> {
        match &self.format {
            Format::Pcap(_) => vec![FileInterface {
                name: None,
                link: self.link,
                snaplen: self.snaplen,
            }],
            Format::Pcapng(p) => p
                .interfaces
                .iter()
                .map(|i| FileInterface {
                    name: i.name.as_deref().map(str::to_string),
                    link: LinkType::from_linktype(i.linktype).in_file(p.swapped),
                    snaplen: i.snaplen,
                })
                .collect(),
        }
    }

    /// How many interfaces `interfaces` would list, without building it.
    #[inline]
    pub fn interface_count(&self) -> usize {
        match &self.format {
            Format::Pcap(_) => 1,
            Format::Pcapng(p) => p.interfaces.len(),
        }
    }

    /// The snapshot length, adjusted as libpcap does (0 or oversized: 262144).
    pub fn snaplen(&self) -> u32 {
        self.snaplen
    }

    /// Whether a classic pcap file declares nanosecond time stamps (its
    /// magic), so that a copy can be written at the same resolution; false
    /// for pcapng, whose resolution is per interface.
    pub fn nanosecond(&self) -> bool {
        match &self.format {
            Format::Pcap(p) => p.nano(),
            Format::Pcapng(_) => false,
        }
    }

    /// The next packet, borrowed from the reader's buffer; Ok(None) at a clean end of file.
    #[inline]
    pub fn next_packet(&mut self) -> Result<Option<Packet<'_>>, FileError> {
        match &mut self.format {
            Format::Pcap(p) => p.next(&mut self.input),
            Format::Pcapng(p) => p.next(&mut self.input),
        }
    }

    /// The next packet and, in a pcapng file, where libpcap's reader would
    /// stand in its block (see [`BlockCursor`]).
    #[inline]
    pub fn next_packet_at(
        &mut self,
    ) -> Result<Option<(Packet<'_>, Option<BlockCursor>)>, FileError> {
        Ok(match &mut self.format {
            Format::Pcap(p) => p.next(&mut self.input)?.map(|pkt| (pkt, None)),
            Format::Pcapng(p) => match p.next(&mut self.input)? {
                Some(pkt) => Some((pkt, Some(p.cursor))),
                None => None,
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::build::{LE, Rec, pcap};
    use super::*;
    use std::io;

    /// Hands out `good` bytes, then fails like a disk with a bad sector.
    struct BadSector {
        data: Vec<u8>,
        pos: usize,
        good: usize,
    }

    impl Read for BadSector {
        fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
            if self.pos >= self.good {
                return Err(io::Error::from_raw_os_error(libc::EIO));
            }
            let n = out.len().min(self.good - self.pos).min(100);
            out[..n].copy_from_slice(&self.data[self.pos..self.pos + n]);
            self.pos += n;
            Ok(n)
        }
    }

    #[test]
    fn read_error_keeps_the_packets_before_it_and_names_the_offset() {
        let payload = [7u8; 84];
        let recs: Vec<Rec> = (0..10).map(|i| Rec::new(i, 0, &payload)).collect();
        let data = pcap(LE, false, 65535, 1, &recs);
        // Three whole records (24 + 3 * 100 bytes) and part of the fourth.
        let src = BadSector {
            data,
            pos: 0,
            good: 24 + 3 * 100 + 40,
        };
        let mut src = FileSource::from_reader(Box::new(src)).unwrap();
        for _ in 0..3 {
            assert_eq!(src.next_packet().unwrap().unwrap().data, &payload[..]);
        }
        let err = src.next_packet().unwrap_err();
        assert!(
            matches!(err, FileError::Read { offset: 324, .. }),
            "{err:?}"
        );
        assert_eq!(
            err.to_string(),
            "read error at offset 324: Input/output error"
        );
    }

    #[test]
    fn open_names_a_missing_file() {
        let err = FileSource::open(Path::new("/nonexistent/afsniff/x.pcap"))
            .err()
            .unwrap();
        assert_eq!(
            err.to_string(),
            "/nonexistent/afsniff/x.pcap: No such file or directory"
        );
    }
}
