//! A userspace interpreter with the kernel's classic BPF semantics, used to
//! filter -r input. Owned by the bpf work; placeholder until it lands.

use super::Program;

/// Metadata that ancillary loads (SKF_AD_*) read; absent for files.
#[derive(Clone, Copy, Debug, Default)]
pub struct Meta {
    pub pkttype: Option<u8>,
    pub ifindex: Option<u32>,
    pub protocol: Option<u16>,
    pub vlan_tci: Option<u16>,
    pub vlan_tpid: Option<u16>,
}

/// Runs `prog` on `data` (captured bytes; `wire_len` is the packet's length
/// on the wire) and returns the number of bytes to keep: 0 rejects.
pub fn run(prog: &Program, data: &[u8], wire_len: u32, meta: &Meta) -> u32 {
    let _ = (prog, data, meta);
    wire_len
}
