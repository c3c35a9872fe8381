//! pcapng blocks as afsniff writes them (--pcapng, or -w NAME.pcapng): a
//! Section Header Block, one Interface Description Block per capture
//! interface, an Enhanced Packet Block per packet and, at the end, an
//! Interface Statistics Block per interface. The file machinery (buffer,
//! -U, cutting back after a failed write, rotation) is `PcapOut`'s; this
//! module only lays out the blocks, in host byte order as dumpcap does.
//!
//! Written here, not through pcap-file: its 2.0 writer builds each packet
//! as an `EnhancedPacketBlock` whose options are a `Vec` (one allocation per
//! packet once epb_flags is set) and writes each field with its own call,
//! and its IDB holds the timestamp resolution the EPB writer ignores (it
//! always writes microseconds), so if_tsresol 9 would have to be undone by
//! hand. Appending the 32 to 44 bytes of an EPB header to the shared
//! buffer costs what a pcap record header costs.

use crate::link::LinkType;
use crate::packet::Packet;

use crate::wire::pcapng::*;

/// if_filter's first byte: the expression is a libpcap filter string.
const FILTER_LIBPCAP: u8 = 0;
/// if_tsresol: 10^-9 s, the ring's and the reader's resolution.
const TSRESOL_NANO: u8 = 9;

/// EPB fixed part: type, length, interface, two timestamp words, two lengths.
const EPB_HEAD_LEN: usize = 28;
/// epb_flags (4 + 4) and the end of options (4).
const EPB_FLAGS_LEN: usize = 12;
/// The trailing copy of the block length.
const TRAILER_LEN: usize = 4;

/// One capture interface, as its IDB describes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Interface {
    /// if_name; empty when not known (a pcap file read with -r).
    pub name: String,
    /// if_description, where the system has one (the interface's alias).
    pub description: Option<String>,
    pub link: LinkType,
    pub snaplen: u32,
    /// The kernel's interface index its packets carry (Packet::ifindex);
    /// None when packets carry none (files read with -r).
    pub ifindex: Option<u32>,
}

/// What every file of a pcapng capture starts with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    pub interfaces: Vec<Interface>,
    /// The filter expression, the same on every interface.
    pub filter: String,
}

/// One interface's counters for its ISB.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct InterfaceStats {
    /// isb_ifrecv: what the kernel counted for the socket (tp_packets).
    pub received: u64,
    /// isb_ifdrop and isb_osdrop: dropped because the ring was full
    /// (tp_drops); the kernel counts no other drop for a packet socket.
    pub dropped: u64,
    /// isb_filteraccept: packets kept by the filter and written.
    pub accepted: u64,
}

/// Appends an option (code, length, value padded to 4 bytes).
fn option(buf: &mut Vec<u8>, code: u16, value: &[u8]) {
    let len = u16::try_from(value.len()).unwrap_or(u16::MAX);
    buf.extend_from_slice(&code.to_ne_bytes());
    buf.extend_from_slice(&len.to_ne_bytes());
    buf.extend_from_slice(&value[..usize::from(len)]);
    pad(buf);
}

fn pad(buf: &mut Vec<u8>) {
    let fill = buf.len().wrapping_neg() % 4;
    buf.extend(std::iter::repeat_n(0, fill));
}

/// Appends a block whose body `body` writes; fills in both lengths.
fn block(buf: &mut Vec<u8>, block_type: u32, body: impl FnOnce(&mut Vec<u8>)) {
    let start = buf.len();
    buf.extend_from_slice(&block_type.to_ne_bytes());
    buf.extend_from_slice(&0u32.to_ne_bytes());
    body(buf);
    pad(buf);
    let len = u32::try_from(buf.len() - start + TRAILER_LEN).unwrap_or(u32::MAX);
    buf[start + 4..start + 8].copy_from_slice(&len.to_ne_bytes());
    buf.extend_from_slice(&len.to_ne_bytes());
}

/// "Linux 6.1.0": the kernel as uname -sr names it, read without a syscall.
fn os_name() -> String {
    let read = |f: &str| {
        std::fs::read_to_string(format!("/proc/sys/kernel/{f}"))
            .map(|s| s.trim().to_string())
            .unwrap_or_default()
    };
    let (os, release) = (read("ostype"), read("osrelease"));
    match (os.is_empty(), release.is_empty()) {
        (true, _) => "Linux".to_string(),
        (false, true) => os,
        (false, false) => format!("{os} {release}"),
    }
}

/// The SHB and the IDBs a file of `section` starts with.
pub(super) fn section_header(buf: &mut Vec<u8>, section: &Section) {
    let os = os_name();
    block(buf, BT_SHB, |b| {
        b.extend_from_slice(&BYTE_ORDER_MAGIC.to_ne_bytes());
        b.extend_from_slice(&1u16.to_ne_bytes());
        b.extend_from_slice(&0u16.to_ne_bytes());
        // Section length unknown: the file is written as it goes.
        b.extend_from_slice(&u64::MAX.to_ne_bytes());
        option(b, SHB_OS, os.as_bytes());
        let appl = concat!("afsniff ", env!("CARGO_PKG_VERSION"));
        option(b, SHB_USERAPPL, appl.as_bytes());
        option(b, OPT_ENDOFOPT, &[]);
    });
    for iface in &section.interfaces {
        block(buf, BT_IDB, |b| {
            let link = u16::try_from(iface.link.linktype()).unwrap_or(u16::MAX);
            b.extend_from_slice(&link.to_ne_bytes());
            b.extend_from_slice(&0u16.to_ne_bytes());
            b.extend_from_slice(&iface.snaplen.to_ne_bytes());
            if !iface.name.is_empty() {
                option(b, IF_NAME, iface.name.as_bytes());
            }
            if let Some(d) = &iface.description {
                option(b, IF_DESCRIPTION, d.as_bytes());
            }
            option(b, IF_TSRESOL, &[TSRESOL_NANO]);
            let mut filter = Vec::with_capacity(section.filter.len() + 1);
            filter.push(FILTER_LIBPCAP);
            filter.extend_from_slice(section.filter.as_bytes());
            option(b, IF_FILTER, &filter);
            option(b, IF_OS, os.as_bytes());
            option(b, OPT_ENDOFOPT, &[]);
        });
    }
}

/// The bytes an EPB for `caplen` bytes takes, with or without epb_flags.
pub(super) fn epb_len(caplen: usize, with_flags: bool) -> usize {
    let padded = caplen.saturating_add(caplen.wrapping_neg() % 4);
    let opts = if with_flags { EPB_FLAGS_LEN } else { 0 };
    EPB_HEAD_LEN + padded + opts + TRAILER_LEN
}

/// Appends one packet as an EPB of interface `interface`, its time in
/// nanoseconds (if_tsresol 9). No allocation: `buf` has room or grows once.
#[inline]
pub(super) fn append_epb(buf: &mut Vec<u8>, interface: u32, pkt: &Packet) {
    let caplen = pkt.data.len().min(u32::MAX as usize);
    let flags = pkt.pkttype.and_then(crate::packet::epb_flags);
    let len = epb_len(caplen, flags.is_some());
    // Times before 1970 cannot be written in an unsigned count: 0.
    let ts = u64::try_from(pkt.ts_sec)
        .unwrap_or(0)
        .saturating_mul(1_000_000_000)
        .saturating_add(u64::from(pkt.ts_nsec));
    let len32 = u32::try_from(len).unwrap_or(u32::MAX);
    let mut head = [0u8; EPB_HEAD_LEN];
    head[0..4].copy_from_slice(&BT_EPB.to_ne_bytes());
    head[4..8].copy_from_slice(&len32.to_ne_bytes());
    head[8..12].copy_from_slice(&interface.to_ne_bytes());
    head[12..16].copy_from_slice(&((ts >> 32) as u32).to_ne_bytes());
    head[16..20].copy_from_slice(&(ts as u32).to_ne_bytes());
    head[20..24].copy_from_slice(&(caplen as u32).to_ne_bytes());
    head[24..28].copy_from_slice(&pkt.wire_len.to_ne_bytes());
    buf.extend_from_slice(&head);
    buf.extend_from_slice(&pkt.data[..caplen]);
    // Padding, epb_flags and opt_endofopt, trailer: one copy.
    let mut tail = [0u8; 3 + EPB_FLAGS_LEN + TRAILER_LEN];
    let mut at = caplen.wrapping_neg() % 4;
    if let Some(flags) = flags {
        tail[at..at + 2].copy_from_slice(&EPB_FLAGS.to_ne_bytes());
        tail[at + 2..at + 4].copy_from_slice(&4u16.to_ne_bytes());
        tail[at + 4..at + 8].copy_from_slice(&flags.to_ne_bytes());
        // Then opt_endofopt: four zero bytes.
        at += EPB_FLAGS_LEN;
    }
    tail[at..at + 4].copy_from_slice(&len32.to_ne_bytes());
    buf.extend_from_slice(&tail[..at + 4]);
}

/// Appends the ISB of interface `interface`, stamped `now_ns`.
pub(super) fn append_isb(buf: &mut Vec<u8>, interface: u32, now_ns: u64, stats: &InterfaceStats) {
    block(buf, BT_ISB, |b| {
        b.extend_from_slice(&interface.to_ne_bytes());
        b.extend_from_slice(&((now_ns >> 32) as u32).to_ne_bytes());
        b.extend_from_slice(&(now_ns as u32).to_ne_bytes());
        for (code, value) in [
            (ISB_IFRECV, stats.received),
            (ISB_IFDROP, stats.dropped),
            (ISB_FILTERACCEPT, stats.accepted),
            (ISB_OSDROP, stats.dropped),
        ] {
            option(b, code, &value.to_ne_bytes());
        }
        option(b, OPT_ENDOFOPT, &[]);
    });
}

/// Of the first `written` bytes of `blocks` (whole blocks back to back),
/// how many bytes are whole blocks and how many of those are packets.
pub(super) fn complete_blocks(blocks: &[u8], written: usize) -> (usize, u64) {
    let (mut at, mut packets) = (0usize, 0u64);
    while let Some(h) = blocks.get(at..at + 8) {
        let block_type = u32::from_ne_bytes([h[0], h[1], h[2], h[3]]);
        let len = u32::from_ne_bytes([h[4], h[5], h[6], h[7]]) as usize;
        // Our own blocks: never shorter than a header and trailer.
        let next = at.saturating_add(len.max(12));
        if next > written {
            break;
        }
        at = next;
        packets += u64::from(block_type == BT_EPB);
    }
    (at, packets)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn packet(data: &[u8], pkttype: Option<u8>) -> Packet<'_> {
        Packet {
            ts_sec: 1_700_000_000,
            ts_nsec: 123_456_789,
            recorded: None,
            wire_len: data.len() as u32 + 10,
            data,
            pkttype,
            ifindex: Some(7),
        }
    }

    fn u32_at(b: &[u8], at: usize) -> u32 {
        u32::from_ne_bytes(b[at..at + 4].try_into().unwrap())
    }

    #[test]
    fn epb_fields_and_lengths() {
        for len in 0..9 {
            for pkttype in [None, Some(libc::PACKET_OUTGOING)] {
                let data: Vec<u8> = (0..len as u8).collect();
                let mut buf = Vec::new();
                append_epb(&mut buf, 3, &packet(&data, pkttype));
                assert_eq!(buf.len(), epb_len(len, pkttype.is_some()));
                assert_eq!(buf.len() % 4, 0);
                assert_eq!(u32_at(&buf, 0), BT_EPB);
                assert_eq!(u32_at(&buf, 4) as usize, buf.len());
                assert_eq!(u32_at(&buf, buf.len() - 4) as usize, buf.len());
                assert_eq!(u32_at(&buf, 8), 3);
                let ts = (u64::from(u32_at(&buf, 12)) << 32) | u64::from(u32_at(&buf, 16));
                assert_eq!(ts, 1_700_000_000_123_456_789);
                assert_eq!(u32_at(&buf, 20) as usize, len);
                assert_eq!(u32_at(&buf, 24) as usize, len + 10);
                assert_eq!(&buf[28..28 + len], &data[..]);
            }
        }
    }

    #[test]
    fn complete_blocks_counts_packets_not_statistics() {
        let mut buf = Vec::new();
        append_epb(&mut buf, 0, &packet(b"abc", None));
        let first = buf.len();
        append_isb(&mut buf, 0, 5, &InterfaceStats::default());
        let second = buf.len();
        append_epb(&mut buf, 0, &packet(b"abcdef", Some(0)));
        assert_eq!(complete_blocks(&buf, buf.len()), (buf.len(), 2));
        assert_eq!(complete_blocks(&buf, buf.len() - 1), (second, 1));
        assert_eq!(complete_blocks(&buf, second), (second, 1));
        assert_eq!(complete_blocks(&buf, first + 3), (first, 1));
        assert_eq!(complete_blocks(&buf, 3), (0, 0));
    }

    #[test]
    fn section_header_names_the_writer_and_each_interface() {
        let section = Section {
            interfaces: vec![
                Interface {
                    name: "veth0".into(),
                    description: Some("uplink".into()),
                    link: LinkType::Ethernet,
                    snaplen: 65535,
                    ifindex: Some(4),
                },
                Interface {
                    name: String::new(),
                    description: None,
                    link: LinkType::Raw,
                    snaplen: 1500,
                    ifindex: None,
                },
            ],
            filter: "udp port 53".into(),
        };
        let mut buf = Vec::new();
        section_header(&mut buf, &section);
        let (whole, packets) = complete_blocks(&buf, buf.len());
        assert_eq!((whole, packets), (buf.len(), 0));
        let shb_len = u32_at(&buf, 4) as usize;
        assert_eq!(u32_at(&buf, 0), BT_SHB);
        assert_eq!(u32_at(&buf, 8), BYTE_ORDER_MAGIC);
        let find = |needle: &[u8]| buf.windows(needle.len()).any(|w| w == needle);
        assert!(find(
            concat!("afsniff ", env!("CARGO_PKG_VERSION")).as_bytes()
        ));
        assert!(find(b"veth0") && find(b"uplink") && find(b"\0udp port 53"));
        let idb = &buf[shb_len..];
        assert_eq!(u32_at(idb, 0), BT_IDB);
        assert_eq!(u16::from_ne_bytes([idb[8], idb[9]]), 1);
        assert_eq!(u32_at(idb, 12), 65535);
        let second = &idb[u32_at(idb, 4) as usize..];
        assert_eq!(u32_at(second, 0), BT_IDB);
        assert_eq!(
            u32::from(u16::from_ne_bytes([second[8], second[9]])),
            LinkType::Raw.linktype()
        );
    }
}
