//! Scratch memory as tcpdump -r leaves it from one packet to the next.
//!
//! A program may read a scratch slot that nothing stored on the path taken:
//! after `geneve`, every later primitive finds its headers through slots
//! that only the Geneve branch writes, so `not geneve and tcp` or
//! `geneve or ip` read them on every other packet. The kernel refuses such
//! a program, and afsniff's live filters start those slots far beyond any
//! packet. libpcap's interpreter, though, keeps its scratch memory in an
//! uninitialised array on the stack, and tcpdump -r calls it from the same
//! frame for every record, so a slot holds whatever was last written at
//! that address:
//! - what the program itself stored there for an earlier packet, until
//! - tcpdump's handler for a kept packet runs in the same stack area and
//!   leaves its own locals there (pcap_dump: pointers and the record
//!   header it writes; the printer: pointers and the timestamp), and
//! - the reader leaves its stack guard, an address and (pcapng) its block
//!   cursor there before every record.
//!
//! The layouts below were read off libpcap 1.10 and tcpdump 4.99 on x86-64
//! (a debugger stopped at the interpreter's entry; see tests/filter_leftover.rs).
//! Addresses vary from run to run, but their halves stay past the end of
//! any frame below 21 KB (high halves are 0x55xx or 0x7fff, low halves
//! are large but for one chance in 65536), so fixed values stand for them.

use super::op::MEMWORDS;
use crate::packet::Packet;

const SLOTS: usize = MEMWORDS as usize;

/// What a slot nothing stored in holds where no earlier packet left
/// anything (live capture, in the kernel or not): an offset beyond any
/// packet, so that loads through it fail, as libpcap's do on almost every
/// packet.
pub const BEYOND_ANY_PACKET: u32 = 0x00f0_0000;

/// Scratch memory for a program run on one packet alone.
pub const FRESH: [u32; SLOTS] = [BEYOND_ANY_PACKET; SLOTS];

/// Addresses and random words, as they were seen, split in 32-bit halves:
/// every one is an offset past the end of any packet, and two of them are
/// equal only where the real ones are (the high halves of two heap
/// addresses), which matters to a filter comparing two slots.
const HEAP_HIGH: u32 = 0x5555;
const STACK_HIGH: u32 = 0x7fff;
/// Start-up leftovers: a random word pair and the caller's stack guard.
const RANDOM: [u32; 2] = [0x8398_c2f2, 0x1f00_7c3b];
const GUARD: [u32; 2] = [0xcf5d_d800, 0x55b1_2150];
/// Low halves of distinct heap, library and stack addresses.
const HEAP_LOW: [u32; 4] = [0x5558_7120, 0x557e_b78c, 0x557e_b760, 0x557e_b4c0];
const LIB_LOW: u32 = 0xf7f9_083e;
const STACK_LOW: [u32; 2] = [0xffff_d1d0, 0xffff_d0b0];

/// What tcpdump does with a packet its filter kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Consumer {
    /// -w: pcap_dump.
    Write,
    /// One line per packet.
    Print,
}

/// Where the reader left its cursor before a pcapng packet was filtered:
/// the type of the packet's block and the bytes left in it after the
/// block's fixed fields (packet data, padding and options). The file
/// reader has its own type for this; the run loop hands it over.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BlockCursor {
    pub block_type: u32,
    pub remaining: u32,
}

/// The scratch memory of one -r run, carried from packet to packet.
#[derive(Clone, Debug)]
pub struct Leftover {
    mem: [u32; SLOTS],
    consumer: Consumer,
}

impl Leftover {
    /// The memory tcpdump's start-up leaves: zeros, and with -w a random
    /// word pair (see record_read for what the reader adds).
    pub fn new(consumer: Consumer) -> Leftover {
        let mut mem = [0; SLOTS];
        if consumer == Consumer::Write {
            mem[2..4].copy_from_slice(&RANDOM);
        }
        Leftover { mem, consumer }
    }

    /// The reader has just read a record, over the same stack: its stack
    /// guard and a saved address land in slots 10..=11 and 14..=15, and
    /// the pcapng reader's cursor (a data address, the bytes remaining,
    /// the block type) in slots 4..=9.
    #[inline]
    pub fn record_read(&mut self, cursor: Option<BlockCursor>) {
        self.mem[10..12].copy_from_slice(&GUARD);
        self.mem[14..16].copy_from_slice(&[HEAP_LOW[3], HEAP_HIGH]);
        if let Some(cursor) = cursor {
            self.mem[4..10].copy_from_slice(&[
                HEAP_LOW[1],
                HEAP_HIGH,
                cursor.remaining,
                0,
                cursor.block_type,
                0,
            ]);
        }
    }

    /// The memory to run the filter with.
    #[inline]
    pub fn mem(&mut self) -> &mut [u32; SLOTS] {
        &mut self.mem
    }

    /// The filter kept `pkt`: tcpdump's handler ran over the same stack.
    pub fn kept(&mut self, pkt: &Packet) {
        // tcpdump reads files at microsecond resolution unless told otherwise.
        let sec = pkt.ts_sec as u32;
        let usec = pkt.ts_nsec / 1000;
        let caplen = pkt.data.len() as u32;
        match self.consumer {
            // pcap_dump's frame: two addresses, then the record header it writes.
            Consumer::Write => {
                self.mem[..8].copy_from_slice(&[
                    HEAP_LOW[0],
                    HEAP_HIGH,
                    LIB_LOW,
                    STACK_HIGH,
                    sec,
                    usec,
                    caplen,
                    pkt.wire_len,
                ]);
                self.mem[12..14].copy_from_slice(&[STACK_LOW[0], STACK_HIGH]);
            }
            // The printer's frame: two addresses, then the timestamp as the
            // 64-bit seconds and microseconds of a struct timeval, and the seconds again.
            Consumer::Print => {
                self.mem[..10].copy_from_slice(&[
                    STACK_LOW[1],
                    STACK_HIGH,
                    HEAP_LOW[2],
                    HEAP_HIGH,
                    sec,
                    0,
                    usec,
                    0,
                    sec,
                    0,
                ]);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn packet(data: &[u8]) -> Packet<'_> {
        Packet::bare(data, 99, 1_700_000_000, 15_999)
    }

    #[test]
    fn first_packet_sees_zero_offsets_in_the_low_slots() {
        for consumer in [Consumer::Write, Consumer::Print] {
            let mut l = Leftover::new(consumer);
            l.record_read(None);
            assert_eq!(l.mem()[..2], [0, 0]);
            assert_eq!(l.mem()[4..10], [0; 6]);
            assert!(l.mem()[10..12].iter().all(|&v| v > 0x5000));
        }
    }

    #[test]
    fn the_reader_overwrites_what_the_filter_stored_in_slots_10_11_14_15() {
        let mut l = Leftover::new(Consumer::Write);
        l.mem().copy_from_slice(&[7; SLOTS]);
        l.record_read(None);
        let m = *l.mem();
        assert_eq!(m[..10], [7; 10]);
        assert_eq!(m[12..14], [7, 7]);
        assert!([m[10], m[11], m[14], m[15]].iter().all(|&v| v > 0x5000));
    }

    #[test]
    fn a_kept_packet_leaves_its_record_header_behind_pcap_dump() {
        let mut l = Leftover::new(Consumer::Write);
        l.mem()[0] = 62;
        l.mem()[8] = 7;
        l.kept(&packet(&[0; 60]));
        let m = *l.mem();
        assert!(m[..4].iter().all(|&v| v > 0x5000), "{m:x?}");
        assert_eq!(m[4..8], [1_700_000_000, 15, 60, 99]);
        // Below pcap_dump's frame: what the filter stored stays.
        assert_eq!(m[8], 7);
    }

    #[test]
    fn the_printer_leaves_the_timestamp_behind() {
        let mut l = Leftover::new(Consumer::Print);
        l.kept(&packet(&[0; 60]));
        assert_eq!(l.mem()[4..10], [1_700_000_000, 0, 15, 0, 1_700_000_000, 0]);
    }

    #[test]
    fn the_pcapng_cursor_lands_in_slots_four_to_nine() {
        let mut l = Leftover::new(Consumer::Write);
        l.mem()[..3].copy_from_slice(&[62, 50, 64]);
        l.record_read(Some(BlockCursor {
            block_type: 6,
            remaining: 84,
        }));
        let m = *l.mem();
        assert_eq!(m[..3], [62, 50, 64]);
        assert_eq!(m[6..10], [84, 0, 6, 0]);
    }
}
