//! A classic BPF program as basic blocks (for the optimizer), and laying the
//! blocks back out as instructions with every jump offset in range.
//!
//! Block ids are positions: block 0 is the entry and every edge goes from a
//! lower id to a higher one, as jumps in valid programs go forward. The
//! optimizer only ever redirects an edge to a block further down, so that
//! order stays a valid layout.

use super::validate::is_cond_jump;
use super::{Insn, Program, op};

pub type BlockId = usize;

/// How a block ends.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Term {
    /// `ret #k` or `ret a`.
    Ret(Insn),
    /// Falls through or `ja` to the block.
    Goto(BlockId),
    /// A conditional jump (`code`, `k`) to `t` when true, `f` when false.
    Cond {
        code: u16,
        k: u32,
        t: BlockId,
        f: BlockId,
    },
}

impl Term {
    pub fn successors(&self) -> impl Iterator<Item = BlockId> {
        let (a, b) = match *self {
            Term::Ret(_) => (None, None),
            Term::Goto(t) => (Some(t), None),
            Term::Cond { t, f, .. } => (Some(t), if t == f { None } else { Some(f) }),
        };
        a.into_iter().chain(b)
    }

    /// Points every edge to `from` at `to` instead.
    pub fn redirect(&mut self, from: BlockId, to: BlockId) {
        match self {
            Term::Ret(_) => {}
            Term::Goto(t) => {
                if *t == from {
                    *t = to;
                }
            }
            Term::Cond { t, f, .. } => {
                if *t == from {
                    *t = to;
                }
                if *f == from {
                    *f = to;
                }
            }
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Block {
    /// Straight-line instructions: loads, stores, ALU, tax/txa.
    pub stmts: Vec<Insn>,
    pub term: Term,
}

#[derive(Clone, Debug)]
pub struct Cfg {
    pub blocks: Vec<Block>,
}

impl Cfg {
    /// Splits a program into blocks. The program must have passed
    /// `validate::validate_structure` (forward jumps in range, ret last):
    /// the optimizer, this module's only user, checks that first.
    pub fn from_program(prog: &Program) -> Cfg {
        let insns = &prog.insns;
        let n = insns.len();
        let mut leader = vec![false; n + 1];
        leader[0] = true;
        for (i, insn) in insns.iter().enumerate() {
            let class = insn.code & 0x07;
            if class == op::JMP {
                leader[i + 1] = true;
                if insn.code == op::JMP | op::JA {
                    leader[i + 1 + insn.k as usize] = true;
                } else {
                    leader[i + 1 + insn.jt as usize] = true;
                    leader[i + 1 + insn.jf as usize] = true;
                }
            } else if class == op::RET {
                leader[i + 1] = true;
            }
        }
        let mut block_of = vec![0usize; n + 1];
        let mut count = 0usize;
        for i in 0..=n {
            if leader[i] && i < n {
                count += 1;
            }
            block_of[i] = count.saturating_sub(1);
        }
        let mut blocks = Vec::with_capacity(count);
        let mut i = 0;
        while i < n {
            let mut stmts = Vec::new();
            let term = loop {
                let insn = insns[i];
                i += 1;
                let class = insn.code & 0x07;
                if class == op::RET {
                    break Term::Ret(insn);
                }
                if insn.code == op::JMP | op::JA {
                    break Term::Goto(block_of[i + insn.k as usize]);
                }
                if is_cond_jump(insn.code) {
                    break Term::Cond {
                        code: insn.code,
                        k: insn.k,
                        t: block_of[i + insn.jt as usize],
                        f: block_of[i + insn.jf as usize],
                    };
                }
                stmts.push(insn);
                if leader[i] {
                    break Term::Goto(block_of[i]);
                }
            };
            blocks.push(Block { stmts, term });
        }
        Cfg { blocks }
    }

    /// Inserts `block` right after block `after`; later blocks move up one
    /// id, and every edge follows them. Returns the new block's id.
    pub fn insert_after(&mut self, after: BlockId, mut block: Block) -> BlockId {
        let at = after + 1;
        let shift = |id: &mut BlockId| {
            if *id >= at {
                *id += 1;
            }
        };
        let remap = |term: &mut Term| match term {
            Term::Ret(_) => {}
            Term::Goto(t) => shift(t),
            Term::Cond { t, f, .. } => {
                shift(t);
                shift(f);
            }
        };
        for b in &mut self.blocks {
            remap(&mut b.term);
        }
        remap(&mut block.term);
        self.blocks.insert(at, block);
        at
    }

    /// Blocks reachable from the entry.
    pub fn reachable(&self) -> Vec<bool> {
        let mut seen = vec![false; self.blocks.len()];
        if self.blocks.is_empty() {
            return seen;
        }
        seen[0] = true;
        // Edges go forward, so one pass in id order finds everything.
        for b in 0..self.blocks.len() {
            if seen[b] {
                for s in self.blocks[b].term.successors() {
                    seen[s] = true;
                }
            }
        }
        seen
    }

    /// Predecessors of each block (reachable ones only), without repeats.
    pub fn predecessors(&self, reachable: &[bool]) -> Vec<Vec<BlockId>> {
        let mut preds = vec![Vec::new(); self.blocks.len()];
        for (b, block) in self.blocks.iter().enumerate() {
            if reachable[b] {
                for s in block.term.successors() {
                    preds[s].push(b);
                }
            }
        }
        preds
    }

    /// Lays the reachable blocks out in id order. A `goto` to the next block
    /// costs nothing; a conditional jump whose target is more than 255
    /// instructions away goes through a `ja` placed right after it.
    pub fn to_program(&self) -> Program {
        let reachable = self.reachable();
        let order: Vec<BlockId> = (0..self.blocks.len()).filter(|&b| reachable[b]).collect();
        let next_of = |i: usize| order.get(i + 1).copied();
        // trampolines[b] = (true side needs one, false side needs one)
        let mut trampolines = vec![(false, false); self.blocks.len()];
        loop {
            let mut addr = vec![0usize; self.blocks.len()];
            let mut pc = 0;
            for (i, &b) in order.iter().enumerate() {
                addr[b] = pc;
                let block = &self.blocks[b];
                pc += block.stmts.len() + term_len(&block.term, next_of(i));
                let (tt, tf) = trampolines[b];
                pc += usize::from(tt) + usize::from(tf);
            }
            let mut grew = false;
            for &b in &order {
                let block = &self.blocks[b];
                if let Term::Cond { t, f, .. } = block.term {
                    if t == f {
                        continue;
                    }
                    let at = addr[b] + block.stmts.len();
                    let (tt, tf) = trampolines[b];
                    if !tt && addr[t] - (at + 1) > 255 {
                        trampolines[b].0 = true;
                        grew = true;
                    }
                    if !tf && addr[f] - (at + 1) > 255 {
                        trampolines[b].1 = true;
                        grew = true;
                    }
                }
            }
            if grew {
                continue;
            }
            let mut insns = Vec::with_capacity(pc);
            for (i, &b) in order.iter().enumerate() {
                let block = &self.blocks[b];
                insns.extend_from_slice(&block.stmts);
                let here = insns.len();
                match block.term {
                    Term::Ret(r) => insns.push(r),
                    Term::Goto(t) => {
                        if next_of(i) != Some(t) {
                            insns.push(ja(here, addr[t]));
                        }
                    }
                    Term::Cond { t, f, .. } if t == f => {
                        if next_of(i) != Some(t) {
                            insns.push(ja(here, addr[t]));
                        }
                    }
                    Term::Cond { code, k, t, f } => {
                        let (tt, tf) = trampolines[b];
                        let t_at = if tt { here + 1 } else { addr[t] };
                        let f_at = if tf {
                            here + 1 + usize::from(tt)
                        } else {
                            addr[f]
                        };
                        let jt = (t_at - here - 1) as u8;
                        let jf = (f_at - here - 1) as u8;
                        insns.push(Insn::new(code, jt, jf, k));
                        if tt {
                            insns.push(ja(here + 1, addr[t]));
                        }
                        if tf {
                            insns.push(ja(insns.len(), addr[f]));
                        }
                    }
                }
            }
            return Program { insns };
        }
    }
}

fn term_len(term: &Term, next: Option<BlockId>) -> usize {
    match *term {
        Term::Ret(_) => 1,
        Term::Goto(t) => usize::from(next != Some(t)),
        Term::Cond { t, f, .. } if t == f => usize::from(next != Some(t)),
        Term::Cond { .. } => 1,
    }
}

fn ja(at: usize, target: usize) -> Insn {
    Insn::stmt(op::JMP | op::JA, (target - at - 1) as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jeq(k: u32, jt: u8, jf: u8) -> Insn {
        Insn::new(op::JMP | op::JEQ | op::K, jt, jf, k)
    }

    #[test]
    fn splits_and_lays_out_again_unchanged() {
        let prog = Program {
            insns: vec![
                Insn::stmt(op::LD | op::H | op::ABS, 12),
                jeq(0x800, 0, 3),
                Insn::stmt(op::LD | op::B | op::ABS, 23),
                jeq(6, 0, 1),
                Insn::stmt(op::RET | op::K, 1),
                Insn::stmt(op::RET | op::K, 0),
            ],
        };
        let cfg = Cfg::from_program(&prog);
        assert_eq!(cfg.blocks.len(), 4);
        assert_eq!(
            cfg.blocks[0].term,
            Term::Cond {
                code: op::JMP | op::JEQ,
                k: 0x800,
                t: 1,
                f: 3
            }
        );
        assert_eq!(cfg.to_program(), prog);
    }

    #[test]
    fn far_targets_get_a_trampoline() {
        let mut insns = vec![jeq(1, 0, 1), Insn::stmt(op::RET | op::K, 1)];
        insns.extend(std::iter::repeat_n(Insn::stmt(op::LD | op::IMM, 0), 300));
        insns.push(Insn::stmt(op::RET | op::K, 0));
        // Jump straight to the far ret from the first instruction: only a
        // `ja` can get there.
        let mut cfg = Cfg::from_program(&Program {
            insns: insns.clone(),
        });
        let last = cfg.blocks.len() - 1;
        let far = Block {
            stmts: vec![],
            term: Term::Ret(Insn::stmt(op::RET | op::K, 7)),
        };
        cfg.blocks.push(far);
        cfg.blocks[0].term.redirect(1, last + 1);
        let out = cfg.to_program();
        assert_eq!(out.insns[0].jt, 0);
        assert_eq!(out.insns[1].code, op::JMP | op::JA);
        assert_eq!(1 + 1 + out.insns[1].k as usize, out.len() - 1);
        assert_eq!(out.insns[out.len() - 1].k, 7);
        crate::bpf::validate::validate(&out).unwrap();
    }
}
