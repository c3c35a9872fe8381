//! Compiled filters as decision graphs: the form nearly every program from
//! the filter compiler has, run with one uniform step per test.
//!
//! A typical filter is a chain of "load a field, compare it with a constant,
//! go left or right" ending in `ret`. Run as individual operations, each
//! packet pays an indirect dispatch per operation, and on a mixed capture
//! those dispatches mispredict as often as the tests themselves. Here each
//! test is one `Node` (an optional `ldxb 4*([k]&0xf)`, an optional load, an
//! optional `and #k`, then the conditional jump), every node is run by the
//! same straight code, and `ret #k` targets end the loop directly.
//!
//! Programs with anything else (arithmetic, scratch memory, X comparisons,
//! ancillary loads, backward jumps) keep the operation interpreter.

use super::Op;

/// Flags a target as "return `rets[target & !RETURN]`" rather than a node index.
const RETURN: u32 = 1 << 31;

/// One test: `[ldxb 4*([xoff]&0xf)] [a = load] [a &= mask] ; a <cmp> k ? t : f`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Node {
    xoff: u32,
    off: u32,
    mask: u32,
    k: u32,
    t: u32,
    f: u32,
    load: Load,
    /// Loads `ldxb 4*([xoff]&0xf)` into X first.
    msh: bool,
    cmp: Cmp,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Load {
    /// The node tests the A the previous node left.
    None,
    /// Bytes at `off` (plus X when `indexed`), `size` 1, 2 or 4.
    Packet { size: u8, indexed: bool },
    /// The length on the wire.
    WireLen,
}

/// The comparison, numbered as `Decision::run` indexes its results.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
enum Cmp {
    Eq = 0,
    Gt = 1,
    Ge = 2,
    Set = 3,
}

/// A program in decision-graph form.
#[derive(Clone, Debug)]
pub(super) struct Decision {
    nodes: Box<[Node]>,
    rets: Box<[u32]>,
    entry: u32,
}

impl Decision {
    /// The graph of `ops` (decoded, unfused, ending in `Reject`), or None
    /// when the program has an operation outside the graph form.
    pub(super) fn build(ops: &[Op]) -> Option<Decision> {
        let mut b = Builder {
            ops,
            nodes: Vec::new(),
            rets: Vec::new(),
            node_at: vec![None; ops.len()],
            pending: Vec::new(),
        };
        let entry = b.target(0)?;
        while let Some((index, pc)) = b.pending.pop() {
            let node = b.parse(pc)?;
            b.nodes[index] = node;
        }
        Some(Decision {
            nodes: b.nodes.into_boxed_slice(),
            rets: b.rets.into_boxed_slice(),
            entry,
        })
    }

    /// The number of bytes to keep (0 rejects), exactly as the operation
    /// interpreter computes it for the same program.
    #[inline]
    pub(super) fn run(&self, data: &[u8], wire_len: u32) -> u32 {
        let (mut a, mut x) = (0u32, 0u32);
        let mut at = self.entry;
        while at & RETURN == 0 {
            let Some(n) = self.nodes.get(at as usize) else {
                return 0;
            };
            if n.msh {
                match data.get(n.xoff as usize) {
                    Some(&b) => x = u32::from(b & 0xf) << 2,
                    None => return 0,
                }
            }
            // The node kinds differ only in selects, not in branches: on a
            // mixed capture the kind of the next node is as unpredictable
            // as the packet, so a branch on it would mispredict as often.
            let (packet, size, xsel) = match n.load {
                Load::Packet { size, indexed } => (true, size, if indexed { x } else { 0 }),
                _ => (false, 4, 0),
            };
            let from = n.off as usize + xsel as usize;
            let src: &[u8] = if packet { data } else { &[0; 4] };
            let loaded = match src.get(from..from + 4) {
                // One 4-byte read serves every size: shift off the rest.
                Some(b) => {
                    u32::from_be_bytes([b[0], b[1], b[2], b[3]]) >> (32 - 8 * u32::from(size))
                }
                None => match data.get(from..from + usize::from(size)) {
                    Some(b) => b.iter().fold(0, |v, &byte| v << 8 | u32::from(byte)),
                    None => return 0,
                },
            };
            a = match n.load {
                Load::Packet { .. } => loaded,
                Load::WireLen => wire_len,
                Load::None => a,
            };
            a &= n.mask;
            let k = n.k;
            let taken = [a == k, a > k, a >= k, a & k != 0][n.cmp as usize];
            at = if taken { n.t } else { n.f };
        }
        self.rets.get((at & !RETURN) as usize).copied().unwrap_or(0)
    }
}

struct Builder<'a> {
    ops: &'a [Op],
    nodes: Vec<Node>,
    rets: Vec<u32>,
    /// The node already made for a program counter.
    node_at: Vec<Option<u32>>,
    /// Nodes reserved but not yet parsed: (node index, program counter).
    pending: Vec<(usize, usize)>,
}

impl Builder<'_> {
    /// Where control goes on reaching `pc`: a return, or the node there.
    fn target(&mut self, mut pc: usize) -> Option<u32> {
        // Forward `ja` chains end: every hop increases pc.
        while let Some(Op::Ja(t)) = self.ops.get(pc) {
            pc = *t as usize;
        }
        match self.ops.get(pc)? {
            Op::RetK(k) => Some(self.ret(*k)),
            Op::Reject => Some(self.ret(0)),
            _ => {
                if let Some(index) = self.node_at[pc] {
                    return Some(index);
                }
                let index = self.nodes.len();
                // RETURN is a flag bit: the node count must stay below it.
                let id = u32::try_from(index).ok().filter(|&i| i < RETURN)?;
                self.nodes.push(Node {
                    xoff: 0,
                    off: 0,
                    mask: 0,
                    k: 0,
                    t: 0,
                    f: 0,
                    load: Load::None,
                    msh: false,
                    cmp: Cmp::Eq,
                });
                self.node_at[pc] = Some(id);
                self.pending.push((index, pc));
                Some(id)
            }
        }
    }

    fn ret(&mut self, k: u32) -> u32 {
        let index = match self.rets.iter().position(|&r| r == k) {
            Some(i) => i,
            None => {
                self.rets.push(k);
                self.rets.len() - 1
            }
        };
        RETURN | index as u32
    }

    /// The node for the operations starting at `pc`.
    fn parse(&mut self, mut pc: usize) -> Option<Node> {
        let ops = self.ops;
        let mut node = Node {
            xoff: 0,
            off: 0,
            mask: u32::MAX,
            k: 0,
            t: 0,
            f: 0,
            load: Load::None,
            msh: false,
            cmp: Cmp::Eq,
        };
        if let Op::LdxMsh(k) = ops[pc] {
            node.msh = true;
            node.xoff = k;
            pc += 1;
        }
        let packet = |size, indexed, k| (Load::Packet { size, indexed }, k);
        let load = match *ops.get(pc)? {
            Op::LdAbsW(k) => Some(packet(4, false, k)),
            Op::LdAbsH(k) => Some(packet(2, false, k)),
            Op::LdAbsB(k) => Some(packet(1, false, k)),
            Op::LdIndW(k) => Some(packet(4, true, k)),
            Op::LdIndH(k) => Some(packet(2, true, k)),
            Op::LdIndB(k) => Some(packet(1, true, k)),
            Op::LdLen => Some((Load::WireLen, 0)),
            _ => None,
        };
        if let Some((load, off)) = load {
            node.load = load;
            node.off = off;
            pc += 1;
        }
        if let Op::AndK(m) = *ops.get(pc)? {
            node.mask = m;
            pc += 1;
        }
        let (cmp, k, t, f) = match *ops.get(pc)? {
            Op::JeqK(k, t, f) => (Cmp::Eq, k, t, f),
            Op::JgtK(k, t, f) => (Cmp::Gt, k, t, f),
            Op::JgeK(k, t, f) => (Cmp::Ge, k, t, f),
            Op::JsetK(k, t, f) => (Cmp::Set, k, t, f),
            _ => return None,
        };
        node.cmp = cmp;
        node.k = k;
        node.t = self.target(t as usize)?;
        node.f = self.target(f as usize)?;
        Some(node)
    }
}

#[cfg(test)]
mod tests {
    use super::super::Compiled;
    use super::*;
    use crate::bpf::interp::{self, Meta};
    use crate::bpf::{Insn, Program, op::*};
    use crate::filter::{self, Options};
    use crate::link::LinkType;

    fn graph(prog: &Program) -> Option<Decision> {
        Compiled::new(prog).decision
    }

    #[test]
    fn common_filters_take_the_graph_form() {
        let opts = Options {
            link: LinkType::Ethernet,
            snaplen: 262_144,
            kernel: false,
            optimize: true,
            netmask: 0,
        };
        for expr in [
            "tcp",
            "tcp or udp port 53",
            "host 198.18.0.1 and tcp port 80",
            "not arp and not icmp",
            "tcp[tcpflags] & (tcp-syn|tcp-fin) != 0",
            "ip6 and udp portrange 1000-2000",
            "vlan and udp",
            "greater 100",
        ] {
            let prog = filter::compile(expr, &opts).unwrap();
            assert!(graph(&prog).is_some(), "{expr}: {:?}", prog.insns);
        }
        // Arithmetic keeps the operation interpreter.
        let prog = filter::compile("ip[2:2] - 20 > 100", &opts).unwrap();
        assert!(graph(&prog).is_none());
    }

    /// xorshift64*: deterministic, no dependency.
    struct Rng(u64);
    impl Rng {
        fn below(&mut self, n: u64) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) % n
        }
    }

    /// Random programs of only the graph's operations agree with interp on
    /// random packets, including loads that run off the end.
    #[test]
    fn same_verdicts_as_interp_on_graph_programs() {
        let mut rng = Rng(0x2545_f491_4f6c_dd1d);
        let (mut graphs, mut kept, mut runs) = (0, 0, 0);
        for _ in 0..5000 {
            let len = 2 + rng.below(20) as usize;
            let mut insns = Vec::new();
            // Groups shaped like nodes, with the optional parts left out at
            // random, and now and then a stray `ja` or a lone load.
            while insns.len() < len {
                let off = rng.below(70) as u32;
                if rng.below(3) == 0 {
                    insns.push(Insn::stmt(LDX | MSH | B, rng.below(70) as u32));
                }
                match rng.below(8) {
                    0 => insns.push(Insn::stmt(LD | W | LEN, 0)),
                    1..=3 => insns.push(Insn::stmt(LD | [B, H, W][off as usize % 3] | ABS, off)),
                    4 | 5 => insns.push(Insn::stmt(LD | [B, H, W][off as usize % 3] | IND, off)),
                    _ => {}
                }
                if rng.below(4) == 0 {
                    insns.push(Insn::stmt(ALU | AND | K, rng.below(256) as u32));
                }
                if rng.below(10) == 0 {
                    insns.push(Insn::stmt(JMP | JA, rng.below(3) as u32));
                }
                if rng.below(30) != 0 {
                    let code = JMP | [JEQ, JGT, JGE, JSET][rng.below(4) as usize] | K;
                    let k = rng.below(300) as u32;
                    let (jt, jf) = (rng.below(4) as u8, rng.below(4) as u8);
                    insns.push(Insn::new(code, jt, jf, k));
                }
            }
            insns.push(Insn::stmt(RET | K, 1 + rng.below(1000) as u32));
            insns.push(Insn::stmt(RET | K, 0));
            let prog = Program { insns };
            let fast = Compiled::new(&prog);
            graphs += usize::from(fast.decision.is_some());
            for _ in 0..6 {
                let data: Vec<u8> = (0..rng.below(80)).map(|_| rng.below(256) as u8).collect();
                let wire = data.len() as u32 + rng.below(60) as u32;
                let want = interp::run(&prog, &data, wire, &Meta::default());
                assert_eq!(
                    fast.run(&data, wire, &Meta::default()),
                    want,
                    "{:?} on {data:?}",
                    prog.insns
                );
                runs += 1;
                kept += usize::from(want != 0);
            }
        }
        // Not vacuous: many programs take the graph form, verdicts vary.
        assert!(graphs > 500, "{graphs} graph programs");
        assert!(kept > runs / 20 && kept < runs - runs / 20, "{kept}/{runs}");
    }

    #[test]
    fn returns_end_the_walk_and_reuse_one_table_entry() {
        // ldh [12]; jeq #0x800 jt 0 jf 1; ret #96; ret #0 (jumps skip nothing).
        let prog = Program {
            insns: vec![
                Insn::stmt(LD | H | ABS, 12),
                Insn::new(JMP | JEQ | K, 0, 1, 0x800),
                Insn::stmt(RET | K, 96),
                Insn::stmt(RET | K, 0),
            ],
        };
        let d = graph(&prog).unwrap();
        assert_eq!(d.nodes.len(), 1);
        assert_eq!(&*d.rets, &[96, 0]);
        let mut frame = [0u8; 20];
        frame[12] = 8;
        assert_eq!(d.run(&frame, 60), 96);
        frame[12] = 0x86;
        assert_eq!(d.run(&frame, 60), 0);
        assert_eq!(d.run(&frame[..13], 60), 0, "a short frame rejects");
    }
}
