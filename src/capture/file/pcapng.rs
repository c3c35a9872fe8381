//! pcapng: blocks of (type, total length, body, total length again).
//!
//! Read the way libpcap 1.10's sf-pcapng.c reads them, so that afsniff keeps
//! what tcpdump keeps and refuses what it refuses: the section header in
//! either byte order (version 1.0 or 1.2), interface descriptions with
//! if_tsresol and if_tsoffset, enhanced, simple and obsolete packet blocks;
//! other block types are skipped. Beyond libpcap, interfaces may differ in
//! link type and snapshot length (dumpcap writes such files): each packet
//! names its interface (Packet::ifindex) when a section has several, and
//! carries its direction from epb_flags.

use super::error::{Damage, FileError, OptionFault, Unit};
use super::input::Input;
use super::pcap::{adjust_snaplen, max_caplen_for_linktype};
use super::{u16_at, u32_at};
use crate::packet::Packet;

pub(super) use crate::wire::pcapng::BT_SHB;
use crate::wire::pcapng::{
    BT_EPB, BT_IDB, BT_PB, BT_SPB, BYTE_ORDER_MAGIC, EPB_FLAGS, IF_NAME, IF_TSOFFSET, IF_TSRESOL,
    OPT_ENDOFOPT,
};

/// libpcap's BT_SHB_INSANE_MAX.
pub(super) const SHB_MAX_LEN: u32 = 1 << 20;
/// Block header (type, length) plus SHB fixed fields plus trailer.
const SHB_MIN_LEN: u32 = 8 + 16 + 4;
/// libpcap's initial bound on any block.
const INITIAL_MAX_BLOCK: u32 = 16 << 20;

/// One interface description: what its packets are and how its
/// timestamps count time.
#[derive(Clone, Debug)]
pub(super) struct Interface {
    pub(super) linktype: u32,
    /// As libpcap adjusts it (0 or oversized: 262144).
    pub(super) snaplen: u32,
    /// if_name, when the file gives one.
    pub(super) name: Option<Box<str>>,
    /// Units per second are 10^exp (decimal) or 2^exp (binary).
    binary: bool,
    exp: u8,
    /// Seconds added to every timestamp (if_tsoffset).
    offset: i64,
}

impl Interface {
    /// Seconds and nanoseconds for a timestamp in this interface's units.
    fn time(&self, t: u64) -> (i64, u32) {
        let (sec, frac) = if self.binary {
            (t >> self.exp, t & ((1u64 << self.exp) - 1))
        } else {
            let per_sec = 10u64.pow(u32::from(self.exp));
            (t / per_sec, t % per_sec)
        };
        let nsec = if self.binary {
            ((u128::from(frac) * 1_000_000_000) >> self.exp) as u32
        } else if self.exp <= 9 {
            (frac * 10u64.pow(9 - u32::from(self.exp))) as u32
        } else {
            (frac / 10u64.pow(u32::from(self.exp) - 9)) as u32
        };
        // As libpcap: unsigned seconds plus a signed offset, cast to time_t.
        ((sec as i64).wrapping_add(self.offset), nsec)
    }
}

/// Where the reader stands inside the packet block it just read, as
/// libpcap's reader would: the block's type and the bytes left in it after
/// its fixed fields (packet data, padding and options). libpcap's reader
/// leaves these on the stack where its filter's scratch memory goes next,
/// so a filter matching as tcpdump -r does needs them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BlockCursor {
    pub block_type: u32,
    pub remaining: u32,
    /// The LINKTYPE_ of the packet's interface (interfaces may differ).
    pub linktype: u32,
}

#[derive(Debug)]
pub(super) struct Pcapng {
    pub(super) swapped: bool,
    pub(super) linktype: u32,
    pub(super) snaplen: u32,
    max_block: u32,
    /// The interfaces described in the current section.
    pub(super) interfaces: Vec<Interface>,
    /// Blocks read so far, the section header included.
    blocks: u64,
    /// Where libpcap's reader would stand inside the last packet block.
    pub(super) cursor: BlockCursor,
}

/// A block checked and fully buffered at the current position, not yet consumed.
struct Block {
    block_type: u32,
    len: usize,
    number: u64,
    offset: u64,
}

/// The body of a buffered block: between the length field and the trailer.
fn body<'a>(input: &'a Input, block: &Block) -> &'a [u8] {
    &input.bytes()[8..block.len - 4]
}

impl Pcapng {
    /// Reads the first section header and blocks up to the first interface
    /// description, which fixes the link type and snapshot length.
    pub(super) fn open(input: &mut Input) -> Result<Pcapng, FileError> {
        let read_err = |source| FileError::Read { offset: 0, source };
        let got = input.fill(12).map_err(read_err)?;
        if got < 12 {
            return Err(FileError::Header {
                offset: 0,
                damage: Damage::TruncatedHeader {
                    need: 12,
                    left: got,
                },
            });
        }
        let head = input.bytes();
        let swapped = match u32_at(head, 8, false) {
            BYTE_ORDER_MAGIC => false,
            m if m.swap_bytes() == BYTE_ORDER_MAGIC => true,
            magic => {
                return Err(FileError::Header {
                    offset: 8,
                    damage: Damage::ByteOrderMagic { magic },
                });
            }
        };
        let len = u32_at(head, 4, swapped);
        if !(SHB_MIN_LEN..=SHB_MAX_LEN).contains(&len) {
            return Err(FileError::Header {
                offset: 4,
                damage: Damage::SectionLength { len },
            });
        }
        let got = input.fill(len as usize).map_err(read_err)?;
        if got < len as usize {
            return Err(FileError::Header {
                offset: 0,
                damage: Damage::TruncatedBlock { len, left: got },
            });
        }
        let shb = input.take(len as usize);
        // libpcap reads the first section header without checking its trailer.
        let (major, minor) = (u16_at(shb, 12, swapped), u16_at(shb, 14, swapped));
        if !(major == 1 && (minor == 0 || minor == 2)) {
            return Err(FileError::Header {
                offset: 12,
                damage: Damage::SectionVersion { major, minor },
            });
        }
        let mut ng = Pcapng {
            swapped,
            linktype: 0,
            snaplen: 0,
            max_block: INITIAL_MAX_BLOCK,
            interfaces: Vec::new(),
            blocks: 1,
            cursor: BlockCursor {
                block_type: 0,
                remaining: 0,
                linktype: 0,
            },
        };
        loop {
            let Some(block) = ng.read_block(input)? else {
                return Err(FileError::Header {
                    offset: input.offset(),
                    damage: Damage::NoInterfaces,
                });
            };
            match block.block_type {
                BT_IDB => {
                    ng.add_interface(&block, body(input, &block))?;
                    ng.linktype = ng.interfaces[0].linktype;
                    ng.snaplen = ng.interfaces[0].snaplen;
                    input.consume(block.len);
                    ng.more_interfaces(input)?;
                    return Ok(ng);
                }
                BT_EPB | BT_SPB | BT_PB => {
                    return Err(ng.bad(&block, Damage::PacketBeforeInterface));
                }
                _ => input.consume(block.len),
            }
        }
    }

    /// The next packet, Ok(None) at a clean end of file.
    pub(super) fn next<'a>(
        &mut self,
        input: &'a mut Input,
    ) -> Result<Option<Packet<'a>>, FileError> {
        // Walk to the next packet block, taking in section headers and
        // interface descriptions on the way; the packet's bytes are borrowed
        // only once the walk is over.
        let block = loop {
            let Some(block) = self.read_block(input)? else {
                return Ok(None);
            };
            match block.block_type {
                BT_EPB | BT_SPB | BT_PB => break block,
                BT_IDB => self.add_interface(&block, body(input, &block))?,
                BT_SHB => self.new_section(&block, body(input, &block))?,
                _ => {}
            }
            input.consume(block.len);
        };
        let swapped = self.swapped;
        let b = body(input, &block);
        let fixed = if block.block_type == BT_SPB { 4 } else { 20 };
        self.need(&block, b, fixed)?;
        let (iface, t, caplen, wire_len) = match block.block_type {
            BT_SPB => {
                let wire_len = u32_at(b, 0, swapped);
                (0, 0, wire_len.min(self.snaplen), wire_len)
            }
            BT_EPB => (
                u32_at(b, 0, swapped),
                u64::from(u32_at(b, 4, swapped)) << 32 | u64::from(u32_at(b, 8, swapped)),
                u32_at(b, 12, swapped),
                u32_at(b, 16, swapped),
            ),
            _ => (
                u32::from(u16_at(b, 0, swapped)),
                u64::from(u32_at(b, 4, swapped)) << 32 | u64::from(u32_at(b, 8, swapped)),
                u32_at(b, 12, swapped),
                u32_at(b, 16, swapped),
            ),
        };
        let Some(interface) = self.interfaces.get(iface as usize) else {
            return Err(self.bad(&block, Damage::UnknownInterface { id: iface }));
        };
        if caplen > interface.snaplen {
            let snaplen = interface.snaplen;
            return Err(self.bad(&block, Damage::CaplenOverSnaplen { caplen, snaplen }));
        }
        self.need(&block, b, fixed + caplen as usize)?;
        let (ts_sec, ts_nsec) = interface.time(t);
        let pkttype = match block.block_type {
            BT_EPB => {
                let options = fixed + (caplen as usize).div_ceil(4) * 4;
                b.get(options..)
                    .and_then(|o| self.epb_flags(o))
                    .and_then(crate::packet::pkttype_of_epb_flags)
            }
            _ => None,
        };
        let ifindex = (self.interfaces.len() > 1).then_some(iface);
        let linktype = interface.linktype;
        self.cursor = BlockCursor {
            block_type: block.block_type,
            remaining: (block.len - 12 - fixed) as u32,
            linktype,
        };
        let data_at = 8 + fixed;
        let whole = input.take(block.len);
        Ok(Some(Packet {
            ts_sec,
            ts_nsec,
            recorded: None,
            wire_len,
            data: &whole[data_at..data_at + caplen as usize],
            pkttype,
            ifindex,
        }))
    }

    /// epb_flags among an EPB's `options`; None when absent or malformed,
    /// as the options are not the packet's and libpcap does not check them.
    fn epb_flags(&self, options: &[u8]) -> Option<u32> {
        let mut at = 0;
        while let Some(head) = options.get(at..at + 4) {
            let code = u16_at(head, 0, self.swapped);
            let len = usize::from(u16_at(head, 2, self.swapped));
            let value = options.get(at + 4..at + 4 + len)?;
            match code {
                OPT_ENDOFOPT => return None,
                EPB_FLAGS if len == 4 => return Some(u32_at(value, 0, self.swapped)),
                _ => at += 4 + ((len + 3) & !3),
            }
        }
        None
    }

    /// After the first interface description: those that follow it at
    /// once (dumpcap and afsniff describe every interface up front), so
    /// that a reader knows them before the first packet. Stops, without
    /// consuming it, at the first other block.
    fn more_interfaces(&mut self, input: &mut Input) -> Result<(), FileError> {
        loop {
            let blocks = self.blocks;
            match self.read_block(input) {
                Ok(Some(block)) if block.block_type == BT_IDB => {
                    self.add_interface(&block, body(input, &block))?;
                    input.consume(block.len);
                }
                // Read again (and any damage reported) by next().
                _ => {
                    self.blocks = blocks;
                    return Ok(());
                }
            }
        }
    }

    fn bad(&self, block: &Block, damage: Damage) -> FileError {
        FileError::Record {
            unit: Unit::PcapngBlock,
            number: block.number,
            offset: block.offset,
            damage,
        }
    }

    /// Fails unless the block's body holds at least `need` bytes.
    fn need(&self, block: &Block, body: &[u8], need: usize) -> Result<(), FileError> {
        if body.len() < need {
            return Err(self.bad(
                block,
                Damage::BlockBodyShort {
                    block_type: block.block_type,
                    need,
                    have: body.len(),
                },
            ));
        }
        Ok(())
    }

    /// Reads, checks and buffers the next block without consuming it.
    fn read_block(&mut self, input: &mut Input) -> Result<Option<Block>, FileError> {
        let offset = input.offset();
        let read_err = |source| FileError::Read { offset, source };
        let number = self.blocks + 1;
        let got = input.fill(8).map_err(read_err)?;
        if got == 0 {
            return Ok(None);
        }
        self.blocks = number;
        let mut block = Block {
            block_type: 0,
            len: 0,
            number,
            offset,
        };
        if got < 8 {
            return Err(self.bad(&block, Damage::TruncatedHeader { need: 8, left: got }));
        }
        let h = input.bytes();
        block.block_type = u32_at(h, 0, self.swapped);
        let len = u32_at(h, 4, self.swapped);
        if len < 12 || len % 4 != 0 {
            return Err(self.bad(&block, Damage::BlockLength { len }));
        }
        if len > self.max_block {
            let max = self.max_block;
            return Err(self.bad(&block, Damage::BlockTooLarge { len, max }));
        }
        block.len = len as usize;
        let got = input.fill(block.len).map_err(read_err)?;
        if got < block.len {
            return Err(self.bad(&block, Damage::TruncatedBlock { len, left: got }));
        }
        let trailer = u32_at(input.bytes(), block.len - 4, self.swapped);
        if trailer != len {
            return Err(self.bad(
                &block,
                Damage::TrailerMismatch {
                    header: len,
                    trailer,
                },
            ));
        }
        Ok(Some(block))
    }

    fn idb_fields(&self, block: &Block, body: &[u8]) -> Result<(u32, u32), FileError> {
        self.need(block, body, 8)?;
        Ok((
            u32::from(u16_at(body, 0, self.swapped)),
            u32_at(body, 4, self.swapped),
        ))
    }

    /// A later section header: same byte order, major version 1, and its own
    /// interfaces from here on.
    fn new_section(&mut self, block: &Block, body: &[u8]) -> Result<(), FileError> {
        self.need(block, body, 16)?;
        match u32_at(body, 0, self.swapped) {
            BYTE_ORDER_MAGIC => {}
            m if m.swap_bytes() == BYTE_ORDER_MAGIC => {
                return Err(self.bad(block, Damage::ByteOrderChanged));
            }
            magic => return Err(self.bad(block, Damage::ByteOrderMagic { magic })),
        }
        let (major, minor) = (u16_at(body, 4, self.swapped), u16_at(body, 6, self.swapped));
        if major != 1 {
            return Err(self.bad(block, Damage::SectionVersion { major, minor }));
        }
        self.interfaces.clear();
        Ok(())
    }

    /// Records an interface description's timestamp units from its options.
    fn add_interface(&mut self, block: &Block, body: &[u8]) -> Result<(), FileError> {
        let (linktype, snaplen) = self.idb_fields(block, body)?;
        // Room for a maximal packet of this type plus 128 KiB of options.
        let need = max_caplen_for_linktype(linktype).saturating_add(32 + 131_072 + 4);
        self.max_block = self.max_block.max(need);
        let mut iface = Interface {
            linktype,
            snaplen: adjust_snaplen(linktype, snaplen),
            name: None,
            binary: false,
            exp: 6,
            offset: 0,
        };
        let (mut saw_resol, mut saw_offset) = (false, false);
        let bad_option = |what| self.bad(block, Damage::BadOption { what });
        // A second if_tsresol or if_tsoffset is refused, as libpcap does.
        let once = |saw: &mut bool, name| {
            if std::mem::replace(saw, true) {
                return Err(bad_option(OptionFault::Repeated(name)));
            }
            Ok(())
        };
        let mut at = 8;
        while at < body.len() {
            self.need(block, body, at + 4)?;
            let code = u16_at(body, at, self.swapped);
            let len = u16_at(body, at + 2, self.swapped);
            let padded = (usize::from(len) + 3) & !3;
            self.need(block, body, at + 4 + padded)?;
            let value = &body[at + 4..at + 4 + usize::from(len)];
            at += 4 + padded;
            match code {
                OPT_ENDOFOPT if len != 0 => {
                    return Err(bad_option(OptionFault::EndOfOptLength(len)));
                }
                OPT_ENDOFOPT => break,
                IF_NAME => {
                    let name = String::from_utf8_lossy(value);
                    iface.name = Some(name.trim_end_matches('\0').into());
                }
                IF_TSRESOL => {
                    if len != 1 {
                        return Err(bad_option(OptionFault::TsresolLength(len)));
                    }
                    once(&mut saw_resol, "if_tsresol")?;
                    let v = value[0];
                    let (binary, exp) = (v & 0x80 != 0, v & 0x7f);
                    if (binary && exp > 63) || (!binary && exp > 19) {
                        return Err(bad_option(OptionFault::TsresolTooFine(v)));
                    }
                    iface.binary = binary;
                    iface.exp = exp;
                }
                IF_TSOFFSET => {
                    if len != 8 {
                        return Err(bad_option(OptionFault::TsoffsetLength(len)));
                    }
                    once(&mut saw_offset, "if_tsoffset")?;
                    let mut v = [0u8; 8];
                    v.copy_from_slice(value);
                    iface.offset = if self.swapped {
                        i64::from_be_bytes(v)
                    } else {
                        i64::from_le_bytes(v)
                    };
                }
                _ => {}
            }
        }
        self.interfaces.push(iface);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::super::build::{
        BE, LE, Order, block, epb, flipped_copies, idb, link_and_snaplen, pb, read_all, shb, spb,
    };
    use super::super::{Damage, FileError, FileSource, OptionFault, Unit};
    use crate::link::LinkType;

    /// SHB, two interfaces (nanosecond; 2^-20 with a +100 s offset), a
    /// name-resolution block to skip, and packets of every kind.
    fn two_interfaces(o: Order) -> Vec<u8> {
        let mut offset = Vec::new();
        o.u64(&mut offset, 100);
        let mut f = shb(o);
        f.extend(idb(o, 1, 65535, &[(2, b"eth0"), (9, &[9])]));
        f.extend(idb(o, 1, 65535, &[(9, &[0x80 | 20]), (14, &offset)]));
        f.extend(block(o, 4, &[0; 8])); // name resolution: skipped
        f.extend(epb(o, 0, 1_600_000_000_123_456_789, 100, &[1; 60]));
        f.extend(epb(o, 1, (5 << 20) | (1 << 19), 61, &[2; 61]));
        f.extend(spb(o, 64, &[3; 64]));
        f.extend(pb(o, 1, 3 << 20, 99, &[4; 33]));
        f.extend(block(o, 0x4000_0bad, &[7; 5])); // custom block: skipped
        f
    }

    #[test]
    fn reads_two_interfaces_each_with_its_own_resolution() {
        for o in [LE, BE] {
            let file = two_interfaces(o);
            assert_eq!(link_and_snaplen(&file), (LinkType::Ethernet, 65535));
            let (got, err) = read_all(&file);
            assert!(err.is_none(), "{err:?}");
            let summary: Vec<(i64, u32, u32, usize, u8)> = got
                .iter()
                .map(|p| (p.0, p.1, p.2, p.3.len(), p.3[0]))
                .collect();
            assert_eq!(
                summary,
                vec![
                    (1_600_000_000, 123_456_789, 100, 60, 1),
                    (105, 500_000_000, 61, 61, 2),
                    (0, 0, 64, 64, 3),
                    (103, 0, 99, 33, 4),
                ]
            );
        }
    }

    #[test]
    fn decimal_and_binary_resolutions_convert_exactly() {
        let cases: [(u8, u64, (i64, u32)); 5] = [
            (6, 1_500_000_250_000, (1_500_000, 250_000_000)),
            (3, 12_345, (12, 345_000_000)),
            (12, 7_000_000_123_999, (7, 123)),
            (0x80 | 10, (3 << 10) | 512, (3, 500_000_000)),
            (0x80 | 30, 1 << 29, (0, 500_000_000)),
        ];
        for (resol, ts, want) in cases {
            let mut f = shb(LE);
            f.extend(idb(LE, 1, 0, &[(9, &[resol])]));
            f.extend(epb(LE, 0, ts, 10, &[0; 10]));
            let (got, err) = read_all(&f);
            assert!(err.is_none(), "{resol:#x}: {err:?}");
            assert_eq!((got[0].0, got[0].1), want, "resolution {resol:#x}");
        }
    }

    #[test]
    fn a_new_section_forgets_the_old_interfaces() {
        let mut f = two_interfaces(LE);
        f.extend(shb(LE));
        f.extend(idb(LE, 1, 65535, &[]));
        f.extend(epb(LE, 0, 1, 10, &[9; 10]));
        let at = f.len() as u64;
        f.extend(epb(LE, 1, 1, 10, &[9; 10]));
        let (got, err) = read_all(&f);
        assert_eq!(got.len(), 5);
        match err.unwrap() {
            FileError::Record {
                unit: Unit::PcapngBlock,
                number: 13,
                offset,
                damage: Damage::UnknownInterface { id: 1 },
            } => assert_eq!(offset, at),
            other => panic!("{other:?}"),
        }
    }

    /// Beyond libpcap (which refuses such files): interfaces of different
    /// link types and snapshot lengths, as dumpcap writes them; each
    /// packet names its interface and carries epb_flags' direction.
    #[test]
    fn mixed_link_types_and_snaplens_are_read_with_names_and_directions() {
        for o in [LE, BE] {
            let mut f = shb(o);
            f.extend(idb(o, 1, 65535, &[(2, b"eth0")]));
            f.extend(idb(o, 101, 1500, &[(2, b"tun0\0"), (9, &[9])]));
            let mut with_flags = epb(o, 1, 7, 10, &[9; 10]);
            // Grow the block by epb_flags (outbound) and opt_endofopt.
            let body_end = with_flags.len() - 4;
            let mut opts = Vec::new();
            o.u16(&mut opts, 2);
            o.u16(&mut opts, 4);
            o.u32(&mut opts, 0b10);
            o.u32(&mut opts, 0);
            with_flags.splice(body_end..body_end, opts);
            let len = with_flags.len() as u32;
            let mut len_bytes = Vec::new();
            o.u32(&mut len_bytes, len);
            with_flags[4..8].copy_from_slice(&len_bytes);
            let end = with_flags.len();
            with_flags[end - 4..].copy_from_slice(&len_bytes);
            f.extend(epb(o, 0, 1, 20, &[8; 20]));
            f.extend(with_flags);
            f.extend(idb(o, 1, 100, &[]));
            f.extend(epb(o, 2, 1, 20, &[7; 20]));
            let mut src = FileSource::from_reader(Box::new(std::io::Cursor::new(f))).unwrap();
            assert_eq!(src.link_type(), LinkType::Ethernet);
            let names: Vec<_> = src.interfaces().into_iter().map(|i| i.name).collect();
            assert_eq!(names, [Some("eth0".to_string()), Some("tun0".to_string())]);
            assert_eq!(src.interfaces()[1].link, LinkType::Raw);
            assert_eq!(src.interfaces()[1].snaplen, 1500);
            let mut got = Vec::new();
            while let Some(p) = src.next_packet().unwrap() {
                got.push((p.ifindex, p.pkttype, p.data.len()));
            }
            assert_eq!(
                got,
                [
                    (Some(0), None, 20),
                    (Some(1), Some(libc::PACKET_OUTGOING), 10),
                    (Some(2), None, 20),
                ]
            );
            assert_eq!(src.interface_count(), 3);
        }
    }

    /// A packet longer than its own interface's snapshot length is refused.
    #[test]
    fn caplen_is_checked_against_the_packets_interface() {
        let mut f = shb(LE);
        f.extend(idb(LE, 1, 65535, &[]));
        f.extend(idb(LE, 1, 16, &[]));
        f.extend(epb(LE, 0, 1, 20, &[8; 20]));
        f.extend(epb(LE, 1, 1, 20, &[8; 20]));
        let (got, err) = read_all(&f);
        assert_eq!(got.len(), 1);
        assert!(matches!(
            err,
            Some(FileError::Record {
                damage: Damage::CaplenOverSnaplen {
                    caplen: 20,
                    snaplen: 16
                },
                ..
            })
        ));
    }

    #[test]
    fn broken_blocks_keep_the_packets_before_them() {
        let mut good = shb(BE);
        good.extend(idb(BE, 1, 65535, &[]));
        good.extend(epb(BE, 0, 1, 10, &[1; 10]));
        let at = good.len();
        let tail = epb(BE, 0, 2, 10, &[2; 10]);
        let set_u32 =
            |f: &mut Vec<u8>, pos: usize, v: u32| f[pos..pos + 4].copy_from_slice(&v.to_be_bytes());
        type Damager = Box<dyn Fn(&mut Vec<u8>)>;
        let cases: Vec<(&str, Damager, Damage)> = vec![
            (
                "length under 12",
                Box::new(move |f| set_u32(f, at + 4, 8)),
                Damage::BlockLength { len: 8 },
            ),
            (
                "length not aligned",
                Box::new(move |f| set_u32(f, at + 4, 42)),
                Damage::BlockLength { len: 42 },
            ),
            (
                "trailer differs",
                Box::new(move |f| {
                    let n = f.len();
                    set_u32(f, n - 4, 48)
                }),
                Damage::TrailerMismatch {
                    header: 44,
                    trailer: 48,
                },
            ),
            (
                "absurd length",
                Box::new(move |f| set_u32(f, at + 4, 0xffff_fff0)),
                Damage::BlockTooLarge {
                    len: 0xffff_fff0,
                    max: 16 << 20,
                },
            ),
            (
                "caplen past the block",
                Box::new(move |f| set_u32(f, at + 8 + 12, 200)),
                // 200 is within the snaplen, so the block is too short for it.
                Damage::BlockBodyShort {
                    block_type: 6,
                    need: 220,
                    have: 32,
                },
            ),
            (
                "truncated",
                Box::new(|f| f.truncate(f.len() - 3)),
                Damage::TruncatedBlock { len: 44, left: 41 },
            ),
        ];
        for (name, damage_it, want) in cases {
            let mut f = good.clone();
            f.extend(&tail);
            damage_it(&mut f);
            let (got, err) = read_all(&f);
            assert_eq!(got.len(), 1, "{name}");
            match err {
                Some(FileError::Record {
                    number: 4,
                    offset,
                    damage,
                    ..
                }) if offset == at as u64 => {
                    assert_eq!(damage, want, "{name}")
                }
                other => panic!("{name}: {other:?}"),
            }
        }
    }

    /// What the section header of `f` is refused for, if it is.
    fn header_damage(f: &[u8]) -> Option<Damage> {
        match read_all(f).1 {
            Some(FileError::Header { damage, .. }) => Some(damage),
            _ => None,
        }
    }

    #[test]
    fn header_faults() {
        let damage = header_damage(&shb(LE));
        assert_eq!(damage, Some(Damage::NoInterfaces));

        let mut f = shb(LE);
        f.extend(epb(LE, 0, 1, 10, &[1; 10]));
        f.extend(idb(LE, 1, 0, &[]));
        let (_, err) = read_all(&f);
        assert!(matches!(
            err,
            Some(FileError::Record {
                damage: Damage::PacketBeforeInterface,
                number: 2,
                ..
            })
        ));

        let mut f = shb(LE);
        f[8..12].copy_from_slice(&[1, 2, 3, 4]);
        let damage = header_damage(&f);
        assert!(
            matches!(damage, Some(Damage::ByteOrderMagic { .. })),
            "{damage:?}"
        );

        let mut f = shb(BE);
        f[12..14].copy_from_slice(&2u16.to_be_bytes());
        let damage = header_damage(&f);
        assert_eq!(damage, Some(Damage::SectionVersion { major: 2, minor: 0 }));

        let mut f = shb(LE);
        f[4..8].copy_from_slice(&0x7fff_fff0u32.to_le_bytes());
        let damage = header_damage(&f);
        assert!(
            matches!(damage, Some(Damage::SectionLength { .. })),
            "{damage:?}"
        );
    }

    #[test]
    fn bad_interface_options() {
        let resol_twice: &[(u16, &[u8])] = &[(9, &[6]), (9, &[9])];
        type Options<'a> = &'a [(u16, &'a [u8])];
        let cases: [(Options, OptionFault); 4] = [
            (&[(9, &[6, 6])], OptionFault::TsresolLength(2)),
            (&[(9, &[20])], OptionFault::TsresolTooFine(20)),
            (&[(14, &[0; 4])], OptionFault::TsoffsetLength(4)),
            (resol_twice, OptionFault::Repeated("if_tsresol")),
        ];
        for (opts, want) in cases {
            let mut f = shb(LE);
            f.extend(idb(LE, 1, 0, opts));
            let (_, err) = read_all(&f);
            assert!(
                matches!(&err, Some(FileError::Record { damage: Damage::BadOption { what }, .. }) if *what == want),
                "{err:?}"
            );
        }
    }

    #[test]
    fn every_prefix_keeps_every_complete_packet() {
        let file = two_interfaces(LE);
        let full = read_all(&file).0;
        // Block boundaries after the first interface description: cuts
        // there are clean ends, anywhere else damage.
        let mut ends = Vec::new();
        let mut at = 0;
        while at < file.len() {
            at += u32::from_le_bytes(file[at + 4..at + 8].try_into().unwrap()) as usize;
            ends.push(at);
        }
        for cut in 0..=file.len() {
            let (got, err) = read_all(&file[..cut]);
            assert_eq!(got[..], full[..got.len()], "cut at {cut}");
            let clean = cut >= ends[1] && ends.contains(&cut);
            assert_eq!(err.is_none(), clean, "cut at {cut}: {err:?}");
            let whole_packets = ends.iter().filter(|&&e| e <= cut).count();
            // Blocks 5..=8 are the packets.
            assert_eq!(got.len(), whole_packets.clamp(4, 8) - 4, "cut at {cut}");
        }
    }

    #[test]
    fn flipped_bytes_never_panic() {
        let good = two_interfaces(BE);
        for file in flipped_copies(&good, 0x2545_f491_4f6c_dd1d, 3000) {
            let (got, _) = read_all(&file);
            let bytes: usize = got.iter().map(|p| p.3.len()).sum();
            assert!(bytes <= file.len());
        }
    }
}
