//! Classic pcap's numbers (libpcap's savefile format): magic numbers and
//! header lengths, shared by the file reader (capture/file/pcap.rs) and
//! the writer (output/pcap.rs), and the snaplen limit the command line
//! and the printer's record-header check take too.

/// A file whose records give the time in microseconds.
pub const MAGIC_MICRO: u32 = 0xa1b2_c3d4;
/// A file whose records give the time in nanoseconds.
pub const MAGIC_NANO: u32 = 0xa1b2_3c4d;
/// Alexey Kuznetzov's patched libpcap: 8 more bytes per record header.
pub const MAGIC_KUZNETZOV: u32 = 0xa1b2_cd34;

pub const FILE_HEADER_LEN: usize = 24;
/// A record header: seconds, fraction, capture length, wire length.
pub const RECORD_HEADER_LEN: usize = 16;
/// Kuznetzov's record header: the four fields, then the interface index,
/// protocol, packet type and padding.
pub const KUZNETZOV_RECORD_HEADER_LEN: usize = 24;

/// libpcap's MAXIMUM_SNAPLEN: the largest snaplen it writes or trusts,
/// and tcpdump's default.
pub const MAX_SNAPLEN: u32 = 262_144;
