//! Ring geometry: block size, block count and block retire timeout.
//!
//! On TPACKET_V3 the reader only sees a block when the kernel retires it:
//! when it is full or when `tp_retire_blk_tov` ms have passed. So the
//! timeout is the latency, and every timeout-retired block is a block spent,
//! however little it holds. Measured here (DESIGN.md, and
//! tests/live_latency.rs for this ring): 1 ms gives a p99 of about 1 ms from
//! send to callback; 8 ms gives 8 ms; 100 ms gives 100 ms.
//!
//! * Immediate (--immediate-mode, -l, a terminal): 1 ms timeout, so a line
//!   appears within a couple of milliseconds. Blocks are small (128 KiB,
//!   about 600 minimum-size frames, more than a 1 ms slice holds at the
//!   ~450 kpps this machine's veth carries) and many (256 in the default
//!   32 MiB), because at low rates each block holds only the packets of one
//!   millisecond: 256 blocks let the reader stall for ~256 ms before drops.
//! * Otherwise (-w, pipes): 50 ms timeout and 1 MiB blocks, 8 of them.
//!   Large blocks mean few hand-offs at high rates; 50 ms keeps piped output
//!   and the stop-time drain (which waits out up to two timeouts) short,
//!   while at moderate rates a block is mostly full when retired.
//! * Ring size. The kernel zeroes every ring page in PACKET_RX_RING, and
//!   on this kind of VM (virtio-balloon free page reporting) freshly
//!   allocated pages are first faulted in by the host: measured with
//!   `strace -T`, a cold 32 MiB ring took 93-115 ms of system time to set
//!   up, 16 MiB 45 ms, 8 MiB 31 ms, 4 MiB 8 ms; a whole -w run of 1M packets
//!   costs about 0.25 s, so a 32 MiB ring was a third of it. The bulk mode
//!   gets 8 MiB: at the ~420 kpps of 100-byte frames this VM's veth carries
//!   that is ~120 ms of a stalled reader, and the -w path needs ~0.2 us a
//!   packet (trafgen 1M mixed frames: 0 drops for -w and for printing -n).
//!   Immediate mode keeps 32 MiB: at low rates each 1 ms block holds a few
//!   packets, so it needs many blocks, and an interactive capture pays the
//!   setup once. tcpdump's 2 MiB holds under a millisecond of a 10G link;
//!   -B KiB sets any size, and the block size shrinks (to 64 KiB at least,
//!   which still holds a 64 KiB GSO frame's headers and most of its bytes)
//!   so that a small -B still gets several blocks.
//! * Measured with trafgen pushing 1M mixed frames through a veth at
//!   ~420 kpps (the rate this shared two-core VM reaches) into a
//!   counting callback: 0 drops in both modes, also with -B 2048;
//!   tcpdump -w /dev/null on the same run dropped 4242.

/// Ring size when -B is not given, with --immediate-mode and otherwise.
pub const IMMEDIATE_RING_BYTES: u64 = 32 << 20;
pub const BULK_RING_BYTES: u64 = 8 << 20;
/// Block size and retire timeout with --immediate-mode.
pub const IMMEDIATE_BLOCK: u32 = 128 << 10;
pub const IMMEDIATE_TOV_MS: u32 = 1;
/// Block size and retire timeout otherwise.
pub const BULK_BLOCK: u32 = 1 << 20;
pub const BULK_TOV_MS: u32 = 50;
/// Smallest block we shrink to, and the fewest blocks a ring has.
pub const MIN_BLOCK: u32 = 64 << 10;
pub const MIN_BLOCKS: u32 = 2;
/// Blocks we try to keep when -B is small.
const WANT_BLOCKS: u32 = 8;

/// How the ring is laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Geometry {
    pub block_size: u32,
    pub block_nr: u32,
    pub retire_tov_ms: u32,
}

impl Geometry {
    /// The ring for -B `buffer_kib` (None = default) in the given mode.
    pub fn choose(buffer_kib: Option<u32>, immediate: bool) -> Geometry {
        let (mut block_size, retire_tov_ms, default_ring) = if immediate {
            (IMMEDIATE_BLOCK, IMMEDIATE_TOV_MS, IMMEDIATE_RING_BYTES)
        } else {
            (BULK_BLOCK, BULK_TOV_MS, BULK_RING_BYTES)
        };
        let ring = buffer_kib.map_or(default_ring, |k| u64::from(k) * 1024);
        while block_size > MIN_BLOCK && ring / u64::from(block_size) < u64::from(WANT_BLOCKS) {
            block_size /= 2;
        }
        // The kernel caps the block count well below this; ENOMEM shrinks it.
        let block_nr = (ring / u64::from(block_size)).clamp(u64::from(MIN_BLOCKS), 1 << 20) as u32;
        Geometry {
            block_size,
            block_nr,
            retire_tov_ms,
        }
    }

    /// The next smaller ring to try after ENOMEM: half the blocks.
    pub fn shrink(self) -> Option<Geometry> {
        (self.block_nr > MIN_BLOCKS).then(|| Geometry {
            block_nr: (self.block_nr / 2).max(MIN_BLOCKS),
            ..self
        })
    }

    pub fn ring_bytes(self) -> u64 {
        u64::from(self.block_size) * u64::from(self.block_nr)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_8_mib_bulk_and_32_mib_immediate() {
        let g = Geometry::choose(None, false);
        assert_eq!(
            (g.block_size, g.block_nr, g.retire_tov_ms),
            (1 << 20, 8, 50)
        );
        assert_eq!(g.ring_bytes(), BULK_RING_BYTES);
        let g = Geometry::choose(None, true);
        assert_eq!(
            (g.block_size, g.block_nr, g.retire_tov_ms),
            (128 << 10, 256, 1)
        );
        assert_eq!(g.ring_bytes(), IMMEDIATE_RING_BYTES);
    }

    #[test]
    fn buffer_size_sets_the_ring_and_small_ones_get_smaller_blocks() {
        let g = Geometry::choose(Some(65536), false);
        assert_eq!(g.ring_bytes(), 64 << 20);
        let g = Geometry::choose(Some(2048), false);
        assert_eq!((g.block_size, g.block_nr), (256 << 10, 8));
        let g = Geometry::choose(Some(1), true);
        assert_eq!((g.block_size, g.block_nr), (MIN_BLOCK, MIN_BLOCKS));
    }

    #[test]
    fn shrinking_halves_down_to_the_minimum() {
        let mut g = Geometry::choose(Some(1024), false);
        let mut steps = vec![g.block_nr];
        while let Some(s) = g.shrink() {
            g = s;
            steps.push(g.block_nr);
        }
        assert_eq!(steps, [8, 4, 2]);
    }
}
