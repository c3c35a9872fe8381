//! Classic pcap: a 24-byte file header, then 16-byte record headers (24 in
//! Kuznetzov's patched format) each followed by the captured bytes.
//!
//! Acceptance follows libpcap 1.10's sf-pcap.c so that afsniff keeps every
//! packet tcpdump keeps: a capture length above the link type's maximum is
//! an error; one above the file's snaplen but within that maximum is cut to
//! the snaplen and the rest skipped; a capture length above the wire length
//! is passed through untouched.

use super::error::{Damage, FileError, Unit};
use super::input::Input;
use crate::packet::Packet;

pub(super) const MAGIC_MICRO: u32 = 0xa1b2_c3d4;
pub(super) const MAGIC_NANO: u32 = 0xa1b2_3c4d;
/// Alexey Kuznetzov's patched libpcap: 8 more bytes per record header.
pub(super) const MAGIC_KUZNETZOV: u32 = 0xa1b2_cd34;

pub(super) const FILE_HEADER_LEN: usize = 24;

/// libpcap's MAXIMUM_SNAPLEN: the largest snaplen it writes or trusts.
pub const MAX_SNAPLEN: u32 = 262_144;

/// libpcap's max_snaplen_for_dlt: a few link types carry larger packets.
pub(super) fn max_caplen_for_linktype(linktype: u32) -> u32 {
    match linktype {
        231 => 128 << 20, // DBUS
        279 => 8 << 20,   // EBHSCR
        249 => 1 << 20,   // USBPCAP
        _ => MAX_SNAPLEN,
    }
}

/// libpcap's pcap_adjust_snapshot: a zero or oversized snaplen means "the maximum".
pub(super) fn adjust_snaplen(linktype: u32, snaplen: u32) -> u32 {
    let max = max_caplen_for_linktype(linktype);
    if snaplen == 0 || snaplen > max {
        max
    } else {
        snaplen
    }
}

/// Which of the two length fields holds the capture length.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum LengthOrder {
    /// Since pcap 2.3: caplen, then len.
    Normal,
    /// Before 2.3 (and DG/UX 543.0): len, then caplen.
    Swapped,
    /// 2.3 files were written both ways: swap when caplen > len.
    Maybe,
}

/// The parsed file header and what it means for every record.
#[derive(Debug)]
pub(super) struct Pcap {
    swapped: bool,
    nano: bool,
    record_header_len: usize,
    lengths: LengthOrder,
    pub(super) linktype: u32,
    /// The file's snaplen after libpcap's adjustment.
    pub(super) snaplen: u32,
    max_caplen: u32,
    /// Records read so far (the next one is `records + 1`).
    records: u64,
}

/// Reads a u32 at `at` in the file's byte order.
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

impl Pcap {
    /// Parses the file header once `magic_le` (the first four bytes read
    /// little-endian) is known to be a pcap magic in either order.
    pub(super) fn open(input: &mut Input, magic_le: u32) -> Result<Pcap, FileError> {
        let swapped = ![MAGIC_MICRO, MAGIC_NANO, MAGIC_KUZNETZOV].contains(&magic_le);
        let magic = if swapped {
            magic_le.swap_bytes()
        } else {
            magic_le
        };
        let got = input
            .fill(FILE_HEADER_LEN)
            .map_err(|source| FileError::Read {
                offset: input.offset(),
                source,
            })?;
        if got < FILE_HEADER_LEN {
            return Err(FileError::Header {
                offset: 0,
                damage: Damage::TruncatedHeader {
                    need: FILE_HEADER_LEN,
                    left: got,
                },
            });
        }
        let h = input.take(FILE_HEADER_LEN);
        let major = u16_at(h, 4, swapped);
        let minor = u16_at(h, 6, swapped);
        let snaplen = u32_at(h, 16, swapped);
        // The top six bits carry extra information (FCS length), not the type.
        let linktype = u32_at(h, 20, swapped) & 0x03ff_ffff;
        let supported = (major == 2 && minor <= 4) || (major == 543 && minor == 0);
        if !supported {
            return Err(FileError::Header {
                offset: 4,
                damage: Damage::Version { major, minor },
            });
        }
        let lengths = match (major, minor) {
            (2, 0..=2) | (543, _) => LengthOrder::Swapped,
            (2, 3) => LengthOrder::Maybe,
            _ => LengthOrder::Normal,
        };
        let mut snaplen = adjust_snaplen(linktype, snaplen);
        let record_header_len = if magic == MAGIC_KUZNETZOV {
            // libpcap assumes a cooked capture with a fake Ethernet header added.
            if linktype == 1 {
                snaplen = snaplen.saturating_add(14).min(i32::MAX as u32);
            }
            24
        } else {
            16
        };
        Ok(Pcap {
            swapped,
            nano: magic == MAGIC_NANO,
            record_header_len,
            lengths,
            linktype,
            snaplen,
            max_caplen: max_caplen_for_linktype(linktype),
            records: 0,
        })
    }

    /// The next record's packet, Ok(None) at a clean end of file.
    pub(super) fn next<'a>(
        &mut self,
        input: &'a mut Input,
    ) -> Result<Option<Packet<'a>>, FileError> {
        let number = self.records + 1;
        let offset = input.offset();
        let bad = |damage| FileError::Record {
            unit: Unit::PcapRecord,
            number,
            offset,
            damage,
        };
        let read_err = |source| FileError::Read { offset, source };
        let hlen = self.record_header_len;
        let got = input.fill(hlen).map_err(read_err)?;
        if got == 0 {
            return Ok(None);
        }
        if got < hlen {
            return Err(bad(Damage::TruncatedHeader {
                need: hlen,
                left: got,
            }));
        }
        let h = input.bytes();
        let sec = u32_at(h, 0, self.swapped) as i32 as i64;
        let frac = u32_at(h, 4, self.swapped);
        let mut caplen = u32_at(h, 8, self.swapped);
        let mut wire_len = u32_at(h, 12, self.swapped);
        let swap = match self.lengths {
            LengthOrder::Normal => false,
            LengthOrder::Swapped => true,
            LengthOrder::Maybe => caplen > wire_len,
        };
        if swap {
            std::mem::swap(&mut caplen, &mut wire_len);
        }
        if caplen > self.max_caplen {
            return Err(bad(Damage::CaplenTooBig {
                caplen,
                max: self.max_caplen,
            }));
        }
        // Bounded above by max_caplen (at most 128 MiB for DBUS).
        let total = hlen + caplen as usize;
        let got = input.fill(total).map_err(read_err)?;
        if got < total {
            return Err(bad(Damage::TruncatedData {
                caplen,
                left: got - hlen,
            }));
        }
        self.records = number;
        let keep = caplen.min(self.snaplen) as usize;
        let (ts_sec, ts_nsec) = if self.nano {
            (sec + (frac / 1_000_000_000) as i64, frac % 1_000_000_000)
        } else {
            (sec + (frac / 1_000_000) as i64, (frac % 1_000_000) * 1000)
        };
        let record = input.take(total);
        Ok(Some(Packet {
            ts_sec,
            ts_nsec,
            wire_len,
            data: &record[hlen..hlen + keep],
            pkttype: None,
            ifindex: None,
        }))
    }
}
