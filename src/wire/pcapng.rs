//! pcapng's numbers (draft-ietf-opsawg-pcapng): block types and option
//! codes, shared by the file reader (capture/file/pcapng.rs) and the writer
//! (output/pcapng.rs).

/// Section Header Block; reads the same in either byte order.
pub const BT_SHB: u32 = 0x0a0d_0d0a;
/// Interface Description Block.
pub const BT_IDB: u32 = 1;
/// Packet Block (obsolete).
pub const BT_PB: u32 = 2;
/// Simple Packet Block.
pub const BT_SPB: u32 = 3;
/// Interface Statistics Block.
pub const BT_ISB: u32 = 5;
/// Enhanced Packet Block.
pub const BT_EPB: u32 = 6;
/// The SHB field that tells the writer's byte order.
pub const BYTE_ORDER_MAGIC: u32 = 0x1a2b_3c4d;

/// Ends an option list; valid in every block.
pub const OPT_ENDOFOPT: u16 = 0;
pub const SHB_OS: u16 = 3;
pub const SHB_USERAPPL: u16 = 4;
pub const IF_NAME: u16 = 2;
pub const IF_DESCRIPTION: u16 = 3;
pub const IF_TSRESOL: u16 = 9;
pub const IF_FILTER: u16 = 11;
pub const IF_OS: u16 = 12;
pub const IF_TSOFFSET: u16 = 14;
pub const EPB_FLAGS: u16 = 2;
pub const ISB_IFRECV: u16 = 4;
pub const ISB_IFDROP: u16 = 5;
pub const ISB_FILTERACCEPT: u16 = 6;
pub const ISB_OSDROP: u16 = 7;
