//! Classic BPF: the instruction type shared by the compiler, the kernel
//! attachment and the userspace interpreter. Pure: no I/O.
//!
//! Submodules: `validate` (the kernel's rules), `dump` (-d/-dd/-ddd),
//! `interp` (the reference interpreter) and `fast` (the one -r and the
//! live fallback run), `leftover` (scratch memory between -r packets as
//! libpcap's interpreter sees it), `cooked` (programs for the SOCK_DGRAM
//! `-i any` socket). The optimizer is the compiler's (filter/blocks.rs);
//! filter::Filter puts these pieces together for a run.

pub mod cooked;
pub mod dump;
pub mod fast;
pub mod interp;
pub mod leftover;
pub mod validate;

#[cfg(test)]
pub(crate) mod testutil;

/// One instruction, laid out exactly as the kernel's `struct sock_filter`
/// so that a program can be handed to SO_ATTACH_FILTER without conversion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(C)]
pub struct Insn {
    pub code: u16,
    pub jt: u8,
    pub jf: u8,
    pub k: u32,
}

impl Insn {
    pub const fn new(code: u16, jt: u8, jf: u8, k: u32) -> Insn {
        Insn { code, jt, jf, k }
    }
    /// A non-jump instruction.
    pub const fn stmt(code: u16, k: u32) -> Insn {
        Insn::new(code, 0, 0, k)
    }
}

/// A whole filter program; valid programs end in a RET and jump only forward.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Program {
    pub insns: Vec<Insn>,
}

impl Program {
    /// The program that accepts every packet whole (what an empty expression compiles to).
    pub fn accept_all(snaplen: u32) -> Program {
        Program {
            insns: vec![Insn::stmt(op::RET | op::K, snaplen)],
        }
    }
    pub fn len(&self) -> usize {
        self.insns.len()
    }
    pub fn is_empty(&self) -> bool {
        self.insns.is_empty()
    }
}

/// Opcode fields, as in linux/filter.h and pcap/bpf.h.
pub mod op {
    // Instruction classes.
    pub const LD: u16 = 0x00;
    pub const LDX: u16 = 0x01;
    pub const ST: u16 = 0x02;
    pub const STX: u16 = 0x03;
    pub const ALU: u16 = 0x04;
    pub const JMP: u16 = 0x05;
    pub const RET: u16 = 0x06;
    pub const MISC: u16 = 0x07;
    // ld/ldx sizes.
    pub const W: u16 = 0x00;
    pub const H: u16 = 0x08;
    pub const B: u16 = 0x10;
    // ld/ldx modes.
    pub const IMM: u16 = 0x00;
    pub const ABS: u16 = 0x20;
    pub const IND: u16 = 0x40;
    pub const MEM: u16 = 0x60;
    pub const LEN: u16 = 0x80;
    pub const MSH: u16 = 0xa0;
    // alu/jmp operations.
    pub const ADD: u16 = 0x00;
    pub const SUB: u16 = 0x10;
    pub const MUL: u16 = 0x20;
    pub const DIV: u16 = 0x30;
    pub const OR: u16 = 0x40;
    pub const AND: u16 = 0x50;
    pub const LSH: u16 = 0x60;
    pub const RSH: u16 = 0x70;
    pub const NEG: u16 = 0x80;
    pub const MOD: u16 = 0x90;
    pub const XOR: u16 = 0xa0;
    pub const JA: u16 = 0x00;
    pub const JEQ: u16 = 0x10;
    pub const JGT: u16 = 0x20;
    pub const JGE: u16 = 0x30;
    pub const JSET: u16 = 0x40;
    // Operand source.
    pub const K: u16 = 0x00;
    pub const X: u16 = 0x08;
    pub const A: u16 = 0x10;
    // misc.
    pub const TAX: u16 = 0x00;
    pub const TXA: u16 = 0x80;
    /// Scratch memory slots (M[0]..M[15]).
    pub const MEMWORDS: u32 = 16;
    /// The kernel's limit on program length (BPF_MAXINSNS).
    pub const MAXINSNS: usize = 4096;
}

/// Linux ancillary data: loads from k = SKF_AD_OFF + n read packet metadata.
pub mod ancillary {
    pub const SKF_AD_OFF: u32 = (-0x1000i32) as u32;
    pub const PROTOCOL: u32 = 0;
    pub const PKTTYPE: u32 = 4;
    pub const IFINDEX: u32 = 8;
    pub const NLATTR: u32 = 12;
    pub const NLATTR_NEST: u32 = 16;
    pub const MARK: u32 = 20;
    pub const QUEUE: u32 = 24;
    pub const HATYPE: u32 = 28;
    pub const RXHASH: u32 = 32;
    pub const CPU: u32 = 36;
    pub const ALU_XOR_X: u32 = 40;
    pub const VLAN_TAG: u32 = 44;
    pub const VLAN_TAG_PRESENT: u32 = 48;
    pub const PAY_OFFSET: u32 = 52;
    pub const RANDOM: u32 = 56;
    pub const VLAN_TPID: u32 = 60;
    /// Loads at SKF_NET_OFF + n read relative to the network header.
    pub const SKF_NET_OFF: u32 = (-0x100000i32) as u32;
    /// Loads at SKF_LL_OFF + n read relative to the link-layer header.
    pub const SKF_LL_OFF: u32 = (-0x200000i32) as u32;
}
