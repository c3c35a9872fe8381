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
use super::{u16_at, u32_at};
use crate::packet::{Packet, RecordStamp};

pub use crate::wire::pcap::MAX_SNAPLEN;
pub(super) use crate::wire::pcap::{
    FILE_HEADER_LEN, KUZNETZOV_RECORD_HEADER_LEN, MAGIC_KUZNETZOV, MAGIC_MICRO, MAGIC_NANO,
    RECORD_HEADER_LEN,
};

/// libpcap's max_snaplen_for_dlt: a few link types carry larger packets.
pub(super) fn max_caplen_for_linktype(linktype: u32) -> u32 {
    match linktype {
        231 => 128 << 20, // DBUS
        279 => 8 << 20,   // EBHSCR
        249 => 1 << 20,   // USBPCAP
        _ => MAX_SNAPLEN,
    }
}

/// libpcap's pcap_adjust_snapshot: a snaplen of 0 or above INT_MAX means
/// "the maximum for the link type"; any other is kept as written (it is
/// shown and written back out; records are still bounded by the maximum).
pub(super) fn adjust_snaplen(linktype: u32, snaplen: u32) -> u32 {
    if snaplen == 0 || snaplen > i32::MAX as u32 {
        max_caplen_for_linktype(linktype)
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
    pub(super) swapped: bool,
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
            KUZNETZOV_RECORD_HEADER_LEN
        } else {
            RECORD_HEADER_LEN
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

    /// The file's magic says nanoseconds (else microseconds).
    pub(super) fn nano(&self) -> bool {
        self.nano
    }

    /// The next record's packet, Ok(None) at a clean end of file.
    #[inline]
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
        // One copy of the fixed 16 bytes (hlen >= 16) spares a bounds check per byte.
        let Some(&h) = input.bytes().first_chunk::<16>() else {
            return Err(bad(Damage::TruncatedHeader {
                need: hlen,
                left: got,
            }));
        };
        let h_sec = u32_at(&h, 0, self.swapped);
        let sec = i64::from(h_sec as i32);
        let frac = u32_at(&h, 4, self.swapped);
        let mut caplen = u32_at(&h, 8, self.swapped);
        let mut wire_len = u32_at(&h, 12, self.swapped);
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
            recorded: Some(RecordStamp {
                sec: h_sec,
                frac,
                nano: self.nano,
            }),
            wire_len,
            data: &record[hlen..hlen + keep],
            pkttype: None,
            ifindex: None,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::super::build::{
        BE, LE, Rec, flipped_copies, link_and_snaplen, pcap, pcap_header, pcap_record, read_all,
    };
    use super::super::{Damage, FileError, FileSource, Unit};
    use super::{MAGIC_KUZNETZOV, MAX_SNAPLEN};
    use crate::link::LinkType;

    fn three() -> Vec<Vec<u8>> {
        (0..3u8)
            .map(|i| vec![i; 60 + usize::from(i) * 10])
            .collect()
    }

    #[test]
    fn reads_both_byte_orders_and_resolutions() {
        let data = three();
        for o in [LE, BE] {
            for nano in [false, true] {
                let frac = if nano { 123_456_789 } else { 123_456 };
                let recs: Vec<Rec> = data
                    .iter()
                    .enumerate()
                    .map(|(i, d)| Rec::new(1_600_000_000 + i as u32, frac, d))
                    .collect();
                let file = pcap(o, nano, 1500, 113, &recs);
                assert_eq!(link_and_snaplen(&file), (LinkType::LinuxSll, 1500));
                let (got, err) = read_all(&file);
                assert!(err.is_none(), "{err:?}");
                assert_eq!(got.len(), 3);
                for (i, (sec, nsec, wire, bytes)) in got.iter().enumerate() {
                    assert_eq!(*sec, 1_600_000_000 + i as i64);
                    assert_eq!(*nsec, if nano { 123_456_789 } else { 123_456_000 });
                    assert_eq!(*wire, data[i].len() as u32 + 10);
                    assert_eq!(bytes, &data[i]);
                }
            }
        }
    }

    #[test]
    fn zero_or_huge_snaplen_means_the_maximum() {
        for snaplen in [0, 0x8000_0000, u32::MAX] {
            let file = pcap(LE, false, snaplen, 1, &[]);
            let src = FileSource::from_reader(Box::new(std::io::Cursor::new(file))).unwrap();
            assert_eq!(src.snaplen(), MAX_SNAPLEN);
        }
        // Above the maximum but within INT_MAX: kept as written, as libpcap does.
        for snaplen in [262_145, 300_000, 0x7fff_ffff] {
            let file = pcap(LE, false, snaplen, 1, &[]);
            let src = FileSource::from_reader(Box::new(std::io::Cursor::new(file))).unwrap();
            assert_eq!(src.snaplen(), snaplen);
        }
    }

    #[test]
    fn old_versions_have_lengths_the_other_way_round() {
        let d = [9u8; 20];
        // 2.2: always len, caplen. 2.3: swapped only when caplen > len.
        for (version, fields, want_wire) in [
            ((2, 2), (100, 20), 100),
            ((2, 3), (100, 20), 100),
            ((2, 3), (20, 100), 100),
        ] {
            let mut file = pcap_header(LE, 0xa1b2_c3d4, version, 65535, 1);
            pcap_record(
                LE,
                &mut file,
                &Rec {
                    sec: 1,
                    frac: 0,
                    caplen: fields.0,
                    len: fields.1,
                    data: &d,
                },
            );
            let (got, err) = read_all(&file);
            assert!(err.is_none(), "{version:?}: {err:?}");
            assert_eq!(got[0].2, want_wire, "{version:?}");
            assert_eq!(got[0].3, d);
        }
    }

    #[test]
    fn refuses_versions_libpcap_refuses() {
        for version in [(1, 0), (2, 5), (3, 0), (543, 1)] {
            let file = pcap_header(BE, 0xa1b2_c3d4, version, 65535, 1);
            let (_, err) = read_all(&file);
            let damage = Damage::Version {
                major: version.0,
                minor: version.1,
            };
            assert!(
                matches!(&err, Some(FileError::Header { damage: d, .. }) if *d == damage),
                "{err:?}"
            );
        }
        let file = pcap_header(BE, 0xa1b2_c3d4, (543, 0), 65535, 1);
        assert!(read_all(&file).1.is_none());
    }

    #[test]
    fn caplen_over_snaplen_is_cut_like_libpcap() {
        let big = vec![5u8; 3000];
        let small = [6u8; 40];
        let file = pcap(
            LE,
            false,
            1000,
            1,
            &[Rec::new(1, 0, &big), Rec::new(2, 0, &small)],
        );
        let (got, err) = read_all(&file);
        assert!(err.is_none(), "{err:?}");
        assert_eq!(got[0].3.len(), 1000, "cut to the snaplen");
        assert_eq!(got[0].2, 3010, "wire length kept");
        assert_eq!(got[1].3, small, "the rest of the long record skipped");
    }

    #[test]
    fn caplen_over_wire_length_passes_through() {
        let d = [1u8; 64];
        let file = pcap(
            LE,
            false,
            65535,
            1,
            &[Rec {
                sec: 1,
                frac: 0,
                caplen: 64,
                len: 20,
                data: &d,
            }],
        );
        let (got, err) = read_all(&file);
        assert!(err.is_none());
        assert_eq!((got[0].2, got[0].3.len()), (20, 64));
    }

    #[test]
    fn absurd_caplen_stops_after_the_good_records() {
        let d = three();
        let mut file = pcap(
            BE,
            false,
            65535,
            1,
            &[Rec::new(1, 0, &d[0]), Rec::new(2, 0, &d[1])],
        );
        let offset = file.len() as u64;
        pcap_record(
            BE,
            &mut file,
            &Rec {
                sec: 3,
                frac: 0,
                caplen: 0x4000_0000,
                len: 60,
                data: &d[2],
            },
        );
        let (got, err) = read_all(&file);
        assert_eq!(got.len(), 2);
        let err = err.unwrap();
        match &err {
            FileError::Record {
                unit: Unit::PcapRecord,
                number: 3,
                offset: o,
                damage:
                    Damage::CaplenTooBig {
                        caplen: 0x4000_0000,
                        max: MAX_SNAPLEN,
                    },
            } => {
                assert_eq!(*o, offset)
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            err.to_string(),
            format!(
                "damaged record 3 at offset {offset}: capture length 1073741824 is bigger than the maximum of 262144 for this link type"
            )
        );
    }

    #[test]
    fn truncated_record_names_record_offset_and_sizes() {
        let d = three();
        let recs: Vec<Rec> = d.iter().map(|x| Rec::new(1, 0, x)).collect();
        let file = pcap(LE, false, 65535, 1, &recs);
        // Cut the third record's 80 data bytes to 30.
        let cut = &file[..file.len() - 50];
        let (got, err) = read_all(cut);
        assert_eq!(got.len(), 2);
        let third = 24 + 16 + 60 + 16 + 70;
        assert_eq!(
            err.unwrap().to_string(),
            format!("truncated record 3 at offset {third}: header says 80 bytes, 30 left")
        );
        // Cut inside the third record's header.
        let (got, err) = read_all(&file[..third + 5]);
        assert_eq!(got.len(), 2);
        assert_eq!(
            err.unwrap().to_string(),
            format!("truncated record 3 at offset {third}: header needs 16 bytes, 5 left")
        );
    }

    #[test]
    fn every_prefix_keeps_every_complete_record() {
        let d = three();
        let recs: Vec<Rec> = d.iter().map(|x| Rec::new(7, 8, x)).collect();
        let file = pcap(BE, true, 65535, 1, &recs);
        let ends = [24, 24 + 76, 24 + 76 + 86, file.len()];
        for cut in 0..=file.len() {
            let (got, err) = read_all(&file[..cut]);
            let complete = ends.iter().filter(|&&e| e <= cut).count().saturating_sub(1);
            assert_eq!(got.len(), complete, "cut at {cut}");
            assert_eq!(err.is_none(), ends.contains(&cut), "cut at {cut}: {err:?}");
            if let Some(err) = err {
                let msg = err.to_string();
                assert!(msg.starts_with("truncated "), "cut at {cut}: {msg}");
            }
        }
    }

    #[test]
    fn bad_magic_and_empty_file() {
        let (_, err) = read_all(b"GIF89a........................");
        assert!(matches!(err, Some(FileError::UnknownFormat { magic }) if &magic == b"GIF8"));
        let (_, err) = read_all(b"");
        assert_eq!(
            err.unwrap().to_string(),
            "truncated file header at offset 0: header needs 4 bytes, 0 left"
        );
        let (_, err) = read_all(&pcap(LE, false, 65535, 1, &[])[..20]);
        assert_eq!(
            err.unwrap().to_string(),
            "truncated file header at offset 0: header needs 24 bytes, 20 left"
        );
    }

    #[test]
    fn kuznetzov_records_have_longer_headers() {
        let mut file = pcap_header(LE, MAGIC_KUZNETZOV, (2, 4), 1500, 1);
        for i in 0..2u8 {
            pcap_record(LE, &mut file, &Rec::new(1, 2, &[i; 30]));
            file.extend_from_slice(&[0; 8]); // ifindex, protocol, pkt_type, pad
            // The 8 extra bytes belong to the header: move them before the data.
            let n = file.len();
            file[n - 38..].rotate_right(8);
        }
        let (got, err) = read_all(&file);
        assert!(err.is_none(), "{err:?}");
        assert_eq!(got.len(), 2);
        assert_eq!(got[1].3, vec![1u8; 30]);
    }

    #[test]
    fn flipped_bytes_never_panic_or_invent_packets() {
        let d = three();
        let recs: Vec<Rec> = d.iter().map(|x| Rec::new(1, 2, x)).collect();
        let good = pcap(LE, false, 65535, 1, &recs);
        for file in flipped_copies(&good, 0x9e37_79b9_7f4a_7c15, 3000) {
            let (got, _) = read_all(&file);
            // Flips can move record boundaries but never conjure bytes.
            let total: usize = got.iter().map(|p| p.3.len() + 16).sum();
            assert!(total + 24 <= file.len());
        }
    }
}
