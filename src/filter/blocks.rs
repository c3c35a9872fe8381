//! The block-graph optimizer, built to end up where libpcap's optimizer
//! does: jump threading with the facts libpcap's fold_edge knows, removal of
//! statements nothing reads, merging of identical blocks, libpcap's
//! or/and pull-up, then loads of values already in a register dropped.
//! Getting the same shape matters beyond length: it decides which loads a
//! truncated packet reaches, and so its verdict.

use super::lower::{Node, Refusal};
use crate::bpf::validate::bad_constant_operand;
use crate::bpf::{Insn, op};
use std::rc::Rc;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Term {
    Jmp {
        code: u16,
        k: u32,
        jt: usize,
        jf: usize,
    },
    Ja(usize),
    Ret(u32),
}

/// See Blocks::pullup_view.
struct PullupView {
    tested: Vec<Option<Rc<Val>>>,
    dom: Vec<Option<Vec<bool>>>,
    /// Reachable blocks by level, leaves first, each level in libpcap's order.
    by_level: Vec<usize>,
    level: Vec<usize>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Block {
    stmts: Vec<Insn>,
    term: Term,
}

/// A symbolic value: equal values are equal at run time on every path
/// where both are computed (packet bytes do not change during a run).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Val {
    /// Unknown; the number makes it distinct from every other value.
    Unknown(usize),
    Imm(u32),
    Len,
    Abs(u16, u32),
    Ind(u16, u32, Rc<Val>),
    Msh(u32),
    Alu(u16, Rc<Val>, Rc<Val>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct State {
    a: Rc<Val>,
    x: Rc<Val>,
    m: Vec<Rc<Val>>,
    /// Whether arithmetic on constants gives a constant. libpcap's branch
    /// passes know only loaded immediates; it folds arithmetic later, in
    /// the statement passes, when branches no longer move.
    fold_alu: bool,
}

impl State {
    fn unknown(tag: usize) -> State {
        State {
            a: Rc::new(Val::Unknown(tag * 32)),
            x: Rc::new(Val::Unknown(tag * 32 + 1)),
            m: (0..op::MEMWORDS as usize)
                .map(|i| Rc::new(Val::Unknown(tag * 32 + 2 + i)))
                .collect(),
            fold_alu: true,
        }
    }

    fn meet(&mut self, other: &State, tag: usize) {
        if self.a != other.a {
            self.a = Rc::new(Val::Unknown(tag * 32));
        }
        if self.x != other.x {
            self.x = Rc::new(Val::Unknown(tag * 32 + 1));
        }
        for (i, (m, o)) in self.m.iter_mut().zip(&other.m).enumerate() {
            if m != o {
                *m = Rc::new(Val::Unknown(tag * 32 + 2 + i));
            }
        }
    }

    fn step(&mut self, i: &Insn) {
        let class = i.code & 0x07;
        let mode = i.code & 0xe0;
        let slot = (i.k as usize).min(op::MEMWORDS as usize - 1);
        match class {
            op::LD | op::LDX => {
                let v = match mode {
                    op::IMM => Rc::new(Val::Imm(i.k)),
                    op::LEN => Rc::new(Val::Len),
                    op::ABS => Rc::new(Val::Abs(i.code, i.k)),
                    op::IND => Rc::new(Val::Ind(i.code, i.k, self.x.clone())),
                    op::MEM => self.m[slot].clone(),
                    _ => Rc::new(Val::Msh(i.k)),
                };
                if class == op::LD {
                    self.a = v;
                } else {
                    self.x = v;
                }
            }
            op::ST => self.m[slot] = self.a.clone(),
            op::STX => self.m[slot] = self.x.clone(),
            op::ALU => {
                let rhs = if i.code & op::X != 0 {
                    self.x.clone()
                } else {
                    Rc::new(Val::Imm(i.k))
                };
                self.a = match (&*self.a, &*rhs) {
                    (Val::Imm(_), _) if !self.fold_alu && *i == super::lower::RELATION_MARK => {
                        self.a.clone()
                    }
                    _ if is_relation_mark(i) => Rc::new(Val::Alu(i.code, self.a.clone(), rhs)),
                    _ if !self.fold_alu => Rc::new(Val::Alu(i.code, self.a.clone(), rhs)),
                    // Constants fold, as in libpcap's optimizer, so that
                    // `and #0; jeq #0` is known to hold.
                    (_, Val::Imm(0)) if i.code & 0xf0 == op::AND || i.code & 0xf0 == op::MUL => {
                        Rc::new(Val::Imm(0))
                    }
                    (Val::Imm(a), Val::Imm(b)) => match alu_const(i.code, *a, *b) {
                        Some(v) => Rc::new(Val::Imm(v)),
                        None => Rc::new(Val::Alu(i.code, self.a.clone(), rhs)),
                    },
                    // libpcap's opt_stmt with A known to be 0 and X not known.
                    (Val::Imm(0), _) if i.code & op::X != 0 => match i.code & 0xf0 {
                        op::ADD | op::OR | op::XOR => rhs,
                        op::MUL | op::DIV | op::MOD | op::AND | op::LSH | op::RSH => {
                            Rc::new(Val::Imm(0))
                        }
                        _ => Rc::new(Val::Alu(i.code, self.a.clone(), rhs)),
                    },
                    _ => Rc::new(Val::Alu(i.code, self.a.clone(), rhs)),
                };
            }
            op::MISC => {
                if i.code == op::MISC | op::TAX {
                    self.x = self.a.clone();
                } else {
                    self.a = self.x.clone();
                }
            }
            _ => {}
        }
    }
}

fn is_relation_mark(i: &Insn) -> bool {
    *i == super::lower::RELATION_MARK || *i == super::lower::OPAQUE_RELATION_MARK
}

/// `a op b` for constant operands; None where the machine would reject.
fn alu_const(code: u16, a: u32, b: u32) -> Option<u32> {
    Some(match code & 0xf0 {
        op::ADD => a.wrapping_add(b),
        op::SUB => a.wrapping_sub(b),
        op::MUL => a.wrapping_mul(b),
        op::DIV => a.checked_div(b)?,
        op::MOD => a.checked_rem(b)?,
        op::OR => a | b,
        op::AND => a & b,
        op::LSH => a.checked_shl(b)?,
        op::RSH => a.checked_shr(b)?,
        op::NEG => a.wrapping_neg(),
        op::XOR => a ^ b,
        _ => return None,
    })
}

const ATOM_A: u32 = 1;
const ATOM_X: u32 = 2;

/// Registers and scratch slots an instruction reads and writes, as bits
/// (A, X, then M[0]..M[15]).
fn use_def(i: &Insn) -> (u32, u32) {
    let mem = |k: u32| 4u32 << k.min(op::MEMWORDS - 1);
    let class = i.code & 0x07;
    let mode = i.code & 0xe0;
    match class {
        op::LD => match mode {
            op::IND => (ATOM_X, ATOM_A),
            op::MEM => (mem(i.k), ATOM_A),
            _ => (0, ATOM_A),
        },
        op::LDX => match mode {
            op::MEM => (mem(i.k), ATOM_X),
            _ => (0, ATOM_X),
        },
        op::ST => (ATOM_A, mem(i.k)),
        op::STX => (ATOM_X, mem(i.k)),
        op::ALU => (
            ATOM_A | if i.code & op::X != 0 { ATOM_X } else { 0 },
            ATOM_A,
        ),
        op::MISC => {
            if i.code == op::MISC | op::TAX {
                (ATOM_A, ATOM_X)
            } else {
                (ATOM_X, ATOM_A)
            }
        }
        _ => (0, 0),
    }
}

/// What is live before `stmts` when `live_after` is live after them.
fn live_before(stmts: &[Insn], live_after: u32) -> u32 {
    stmts.iter().rev().fold(live_after, |live, i| {
        let (uses, defs) = use_def(i);
        (live & !defs) | uses
    })
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct Fact {
    val: Rc<Val>,
    jmp: u16,
    k: u32,
    holds: bool,
    /// The block whose jump taught it. Facts meet by identity, so a fact
    /// survives a join only when one edge dominates every path to it, as
    /// with libpcap's edge dominators (two separate tests of the same
    /// thing do not combine; knowing more than libpcap would make
    /// "rejects all packets" fire where tcpdump accepts the filter).
    from: usize,
}

fn eval_jump(jmp: u16, a: u32, k: u32) -> Option<bool> {
    Some(match jmp & 0xf0 {
        op::JEQ => a == k,
        op::JGT => a > k,
        op::JGE => a >= k,
        op::JSET => a & k != 0,
        _ => return None,
    })
}

/// The outcome of jump `jmp`/`k` in state `s`, when facts or constants decide it.
fn decide(facts: &[Fact], s: &State, jmp: u16, k: u32) -> Option<bool> {
    if jmp & op::X != 0 {
        return match (&*s.a, &*s.x) {
            (Val::Imm(a), Val::Imm(x)) => eval_jump(jmp, *a, *x),
            _ => None,
        };
    }
    if let Val::Imm(a) = *s.a {
        return eval_jump(jmp, a, k);
    }
    // libpcap's peephole turns `and #m; jeq #0` into `jset #m` while
    // branches still move, and decides `jset #0` (never) and
    // `jset #0xffffffff` (always, even for a zero value) on the spot.
    if jmp == op::JMP | op::JEQ | op::K && k == 0 {
        if let Val::Alu(code, _, m) = &*s.a {
            if *code == op::ALU | op::AND | op::K {
                match **m {
                    Val::Imm(0) => return Some(true),
                    Val::Imm(0xffff_ffff) => return Some(false),
                    _ => {}
                }
            }
        }
    }
    // What libpcap's fold_edge knows, and no more (knowing more would make
    // "expression rejects all packets" fire where tcpdump accepts): the
    // same test again, or another equality after an equality held.
    let (val, jmp, k, negated) = canonical(&s.a, jmp, k);
    for f in facts.iter().filter(|f| f.val == val && f.jmp == jmp) {
        if f.k == k {
            return Some(f.holds != negated);
        }
        if jmp == op::JMP | op::JEQ | op::K && f.holds {
            return Some(negated);
        }
    }
    None
}

/// A test as libpcap's branch passes see it after the peephole: `and #m;
/// jeq #0` is `jset #m` of the value before the mask, with the branches
/// swapped (the flag). Facts are kept in this form, so a masked equality
/// and a bit test of the same bits never meet.
fn canonical(a: &Rc<Val>, jmp: u16, k: u32) -> (Rc<Val>, u16, u32, bool) {
    if jmp == op::JMP | op::JEQ | op::K && k == 0 {
        if let Val::Alu(code, x, m) = &**a {
            if let (true, Val::Imm(m)) = (*code == op::ALU | op::AND | op::K, &**m) {
                return (x.clone(), op::JMP | op::JSET | op::K, *m, true);
            }
        }
    }
    (a.clone(), jmp, k, false)
}

/// The fact a test teaches on its `holds` branch, in canonical form.
fn fact(a: &Rc<Val>, jmp: u16, k: u32, holds: bool, from: usize) -> Fact {
    let (val, jmp, k, negated) = canonical(a, jmp, k);
    Fact {
        val,
        jmp,
        k,
        holds: holds != negated,
        from,
    }
}

fn intersect(into: &mut Option<Vec<Fact>>, facts: &[Fact]) {
    match into {
        None => *into = Some(facts.to_vec()),
        Some(have) => have.retain(|f| facts.contains(f)),
    }
}

pub(super) struct Cfg {
    blocks: Vec<Block>,
}

impl Cfg {
    pub(super) fn from_nodes(nodes: &[Node]) -> Cfg {
        // Label -> block, then blocks with label targets, then resolve.
        let mut label_block: Vec<usize> = Vec::new();
        let mut blocks: Vec<(Vec<Insn>, Option<Node>)> = Vec::new();
        let mut open: Option<usize> = None;
        let set_label = |lb: &mut Vec<usize>, l: usize, b: usize| {
            if lb.len() <= l {
                lb.resize(l + 1, usize::MAX);
            }
            lb[l] = b;
        };
        for node in nodes {
            match node {
                Node::Label(l) => {
                    let b = match open {
                        Some(b) if blocks[b].0.is_empty() => b,
                        Some(b) => {
                            blocks.push((Vec::new(), None));
                            let nb = blocks.len() - 1;
                            blocks[b].1 = Some(Node::Ja(*l));
                            nb
                        }
                        None => {
                            blocks.push((Vec::new(), None));
                            blocks.len() - 1
                        }
                    };
                    set_label(&mut label_block, *l, b);
                    open = Some(b);
                }
                Node::Stmt(s) => {
                    let b = open.unwrap_or_else(|| {
                        blocks.push((Vec::new(), None));
                        blocks.len() - 1
                    });
                    blocks[b].0.push(*s);
                    open = Some(b);
                }
                term => {
                    let b = open.unwrap_or_else(|| {
                        blocks.push((Vec::new(), None));
                        blocks.len() - 1
                    });
                    blocks[b].1 = Some(term.clone());
                    open = None;
                }
            }
        }
        let lb = |l: &usize| label_block.get(*l).copied().unwrap_or(0);
        let blocks = blocks
            .into_iter()
            .map(|(stmts, term)| {
                let term = match term {
                    Some(Node::Jmp { code, k, jt, jf }) => Term::Jmp {
                        code,
                        k,
                        jt: lb(&jt),
                        jf: lb(&jf),
                    },
                    Some(Node::Ja(t)) => Term::Ja(lb(&t)),
                    Some(Node::Ret(k)) => Term::Ret(k),
                    _ => Term::Ret(0),
                };
                Block { stmts, term }
            })
            .collect();
        let mut cfg = Cfg { blocks };
        cfg.skip_empty_jumps();
        cfg
    }

    fn succs(&self, b: usize) -> Vec<usize> {
        match self.blocks[b].term {
            Term::Jmp { jt, jf, .. } => vec![jt, jf],
            Term::Ja(t) => vec![t],
            Term::Ret(_) => vec![],
        }
    }

    /// Edges into a block holding only `ja` go straight to its target.
    fn skip_empty_jumps(&mut self) {
        let n = self.blocks.len();
        let resolve = |blocks: &[Block], mut t: usize| {
            for _ in 0..n {
                match blocks[t].term {
                    Term::Ja(u) if blocks[t].stmts.is_empty() && u != t => t = u,
                    _ => break,
                }
            }
            t
        };
        for b in 0..n {
            let term = match self.blocks[b].term {
                Term::Jmp { code, k, jt, jf } => {
                    let (jt, jf) = (resolve(&self.blocks, jt), resolve(&self.blocks, jf));
                    if jt == jf && b != 0 {
                        Term::Ja(jt)
                    } else {
                        Term::Jmp { code, k, jt, jf }
                    }
                }
                Term::Ja(t) => Term::Ja(resolve(&self.blocks, t)),
                r => r,
            };
            self.blocks[b].term = term;
        }
    }

    /// Reachable blocks from the entry (block 0), each after all its predecessors.
    fn topo(&self) -> Vec<usize> {
        let n = self.blocks.len();
        let mut seen = vec![false; n];
        let mut post = Vec::with_capacity(n);
        let mut stack = vec![(0usize, 0usize)];
        seen[0] = true;
        while let Some((b, i)) = stack.pop() {
            let succ = self.succs(b);
            // Visit the true branch last so that the false branch is laid out next.
            let order: Vec<usize> = succ.iter().rev().copied().collect();
            if i < order.len() {
                stack.push((b, i + 1));
                let s = order[i];
                if !seen[s] {
                    seen[s] = true;
                    stack.push((s, 0));
                }
            } else {
                post.push(b);
            }
        }
        post.reverse();
        post
    }

    /// State at the end of every reachable block, and at its start.
    fn states(&self, order: &[usize]) -> (Vec<Option<State>>, Vec<Option<State>>) {
        let n = self.blocks.len();
        let mut entry: Vec<Option<State>> = vec![None; n];
        let mut exit: Vec<Option<State>> = vec![None; n];
        entry[0] = Some(State::unknown(n));
        for &b in order {
            let mut s = entry[b].clone().unwrap_or_else(|| State::unknown(b));
            for i in &self.blocks[b].stmts {
                s.step(i);
            }
            for t in self.succs(b) {
                match &mut entry[t] {
                    None => entry[t] = Some(s.clone()),
                    Some(e) => e.meet(&s, t),
                }
            }
            exit[b] = Some(s);
        }
        (entry, exit)
    }

    /// libpcap's bpf_optimize in two phases. First branches move (jump
    /// threading, pull-ups) knowing only loaded constants, relation tests
    /// marked as values of their own; then statements fold (arithmetic on
    /// constants, `and #0`) and a test that becomes constant sends both
    /// branches to one place, with no more branch movement. Whether the
    /// first phase leaves a program libpcap refuses ("expression rejects
    /// all packets": `ret #0` at the root, or reached from it through tests
    /// that folding makes constant) is returned.
    pub(super) fn optimize(&mut self) -> Refusal {
        for _ in 0..200 {
            let before = self.blocks.clone();
            let view = self.pullup_view();
            self.thread(false);
            let pulled = self.pullup(&view);
            self.skip_empty_jumps();
            self.remove_dead_stores();
            self.skip_empty_jumps();
            if self.blocks == before && !pulled {
                break;
            }
        }
        for b in &mut self.blocks {
            b.stmts.retain(|i| !is_relation_mark(i));
        }
        // libpcap folds statements only now, and refuses a division by a
        // constant zero or a shift past 31 in any block still reachable.
        let folds_badly = self
            .topo()
            .iter()
            .any(|&b| self.blocks[b].stmts.iter().any(bad_constant_operand));
        let rejects_all = self.root_chain_rejects();
        self.fold_statements();
        self.remove_dead_stores();
        self.skip_empty_jumps();
        // opt_root: the entry's test with one outcome goes, its statements
        // stay, unless all that is left is a `ret`, which needs none: a
        // filter proved always true loads nothing a short frame could fail.
        if let Term::Jmp { jt, jf, .. } = self.blocks[0].term {
            if jt == jf {
                self.blocks[0].term = Term::Ja(jt);
            }
        }
        if let Term::Ja(t) = self.blocks[0].term {
            if let Term::Ret(k) = self.blocks[t].term {
                self.blocks[0] = Block {
                    stmts: Vec::new(),
                    term: Term::Ret(k),
                };
            }
        }

        // libpcap merges identical blocks only now, after the loop: merged
        // earlier, separate tests of one field would count as one and teach
        // facts that libpcap never learns.
        self.intern();
        self.masks_to_jset();
        self.remove_redundant_loads();
        // A `txa` whose `tax` went as redundant may be left unread; the
        // entry keeps its statements, as opt_root left them.
        let root = self.blocks[0].stmts.clone();
        self.remove_dead_stores();
        self.blocks[0].stmts = root;
        self.skip_empty_jumps();
        self.intern();
        Refusal {
            rejects_all,
            folds_badly,
        }
    }

    /// Block `b`'s test no longer matters: both ways lead to `t`. Other
    /// blocks become a jump (edges skip them, as libpcap's opt_j does);
    /// the entry keeps its test, which keeps the statements that feed it:
    /// libpcap cannot skip its root, and opt_root runs the root's
    /// statements before the block it moves to (a truncated packet still
    /// meets their loads).
    fn collapse(&mut self, b: usize, t: usize) {
        self.blocks[b].term = match self.blocks[b].term {
            Term::Jmp { code, k, .. } if b == 0 => Term::Jmp {
                code,
                k,
                jt: t,
                jf: t,
            },
            _ => Term::Ja(t),
        };
    }

    /// From the entry, through every test that constants alone decide once
    /// statements fold (what opt_root skips): whether that ends at `ret #0`.
    fn root_chain_rejects(&self) -> bool {
        let mut s = State::unknown(self.blocks.len());
        let mut b = 0;
        for _ in 0..self.blocks.len() {
            for i in &self.blocks[b].stmts {
                s.step(i);
            }
            b = match self.blocks[b].term {
                Term::Ret(k) => return k == 0,
                Term::Ja(t) => t,
                Term::Jmp { jt, jf, .. } if jt == jf => jt,
                Term::Jmp { code, k, jt, jf } => match decide(&[], &s, code, k) {
                    Some(h) => {
                        if h {
                            jt
                        } else {
                            jf
                        }
                    }
                    None => return false,
                },
            };
        }
        false
    }

    /// libpcap's statement passes: arithmetic on known constants becomes
    /// a load of the result, `and #0` and `mul #0` become `ld #0`, and a
    /// test of a known constant goes one way (its block stays).
    fn fold_statements(&mut self) {
        let order = self.topo();
        let (entry, _) = self.states(&order);
        for &b in &order {
            let mut s = entry[b].clone().unwrap_or_else(|| State::unknown(b));
            for i in self.blocks[b].stmts.iter_mut() {
                let a_was_zero = matches!(*s.a, Val::Imm(0));
                s.step(i);
                if i.code & 0x07 == op::ALU {
                    if let Val::Imm(v) = *s.a {
                        *i = Insn::stmt(op::LD | op::IMM, v);
                    } else if a_was_zero && i.code & op::X != 0 && s.a == s.x {
                        *i = Insn::stmt(op::MISC | op::TXA, 0);
                    }
                }
            }
            if let Term::Jmp { code, k, jt, jf } = self.blocks[b].term {
                if let Some(h) = decide(&[], &s, code, k) {
                    self.collapse(b, if h { jt } else { jf });
                }
            }
        }
    }

    /// `and #k; jeq #0` becomes `jset #k` with the branches swapped, when
    /// nothing after the test reads A (libpcap's peephole does the same).
    fn masks_to_jset(&mut self) {
        let order = self.topo();
        let n = self.blocks.len();
        let mut live_in = vec![0u32; n];
        for &b in order.iter().rev() {
            if let Term::Jmp { code, jt, jf, k } = self.blocks[b].term {
                let after = live_in[jt] | live_in[jf];
                let last = self.blocks[b].stmts.last().copied();
                if code == op::JMP | op::JEQ | op::K && k == 0 && after & ATOM_A == 0 {
                    if let Some(i) = last.filter(|i| i.code == op::ALU | op::AND | op::K) {
                        self.blocks[b].stmts.pop();
                        self.blocks[b].term = Term::Jmp {
                            code: op::JMP | op::JSET | op::K,
                            k: i.k,
                            jt: jf,
                            jf: jt,
                        };
                    }
                }
            }
            // The new jset reads what the jeq did, from the same two blocks.
            let live = self.live_out(b, &live_in);
            live_in[b] = live_before(&self.blocks[b].stmts, live);
        }
    }

    /// Statements whose result nothing reads go (libpcap's dead-store
    /// pass does the same, so a load it drops cannot reject a packet here
    /// either).
    fn remove_dead_stores(&mut self) {
        let order = self.topo();
        let n = self.blocks.len();
        let mut live_in = vec![0u32; n];
        for &b in order.iter().rev() {
            let mut live = self.live_out(b, &live_in);
            let mut keep = vec![true; self.blocks[b].stmts.len()];
            for (j, i) in self.blocks[b].stmts.iter().enumerate().rev() {
                let (uses, defs) = use_def(i);
                if defs & live == 0 {
                    keep[j] = false;
                    continue;
                }
                live = (live & !defs) | uses;
            }
            let mut j = 0;
            self.blocks[b].stmts.retain(|_| {
                j += 1;
                keep[j - 1]
            });
            live_in[b] = live;
        }
    }

    /// Loads of a value the register already holds on every path go; so
    /// does every statement of a block that leaves A, X and the slots as
    /// they came in, known, when nothing after it reads any register or
    /// slot (libpcap's opt_blk: a header length reloaded through a slot, on a
    /// link whose header length varies, is such a block).
    fn remove_redundant_loads(&mut self) {
        let order = self.topo();
        let (entry, _) = self.states(&order);
        let live_in = self.live_in(&order);
        for &b in &order {
            let start = entry[b].clone().unwrap_or_else(|| State::unknown(b));
            let mut end = start.clone();
            for i in &self.blocks[b].stmts {
                end.step(i);
            }
            let known = |v: &Val| !matches!(v, Val::Unknown(_));
            let out_use = self.succs(b).iter().fold(0, |u, &t| u | live_in[t]);
            if !self.blocks[b].stmts.is_empty()
                && known(&start.a)
                && known(&start.x)
                && end.a == start.a
                && end.x == start.x
                && end.m == start.m
                && out_use == 0
            {
                self.blocks[b].stmts.clear();
                continue;
            }
            let mut s = start;
            let mut kept = Vec::new();
            for i in &self.blocks[b].stmts {
                let mut s2 = s.clone();
                s2.step(i);
                // libpcap numbers no value it does not know (a slot that
                // differs between paths): reloading one is never dropped.
                let known = |v: &Rc<Val>| !matches!(**v, Val::Unknown(_));
                let redundant = match i.code & 0x07 {
                    op::LD => s2.a == s.a && known(&s2.a),
                    op::LDX => s2.x == s.x && known(&s2.x),
                    op::MISC => s2.x == s.x && s2.a == s.a && known(&s2.a) && known(&s2.x),
                    op::ST | op::STX => s2.m == s.m,
                    _ => false,
                };
                if !redundant {
                    kept.push(*i);
                }
                s = s2;
            }
            self.blocks[b].stmts = kept;
        }
    }

    /// What is live as each block starts (registers and slots read before
    /// they are written), by block, walking `order` backwards.
    fn live_in(&self, order: &[usize]) -> Vec<u32> {
        let mut live_in = vec![0u32; self.blocks.len()];
        for &b in order.iter().rev() {
            live_in[b] = live_before(&self.blocks[b].stmts, self.live_out(b, &live_in));
        }
        live_in
    }

    /// What is live after block `b`'s statements: what its successors
    /// read as they start (`live_in`), and what its conditional jump reads
    /// (A, and X for a jump on X).
    fn live_out(&self, b: usize, live_in: &[u32]) -> u32 {
        let mut live = self.succs(b).iter().fold(0, |acc, &s| acc | live_in[s]);
        if let Term::Jmp { code, .. } = self.blocks[b].term {
            live |= ATOM_A | if code & op::X != 0 { ATOM_X } else { 0 };
        }
        live
    }

    /// Like libpcap's opt_j over one pass: what each block knows (its
    /// dominating edges' facts) is found on the graph as the pass starts;
    /// then edges move, from the leaves up, each past the blocks those
    /// facts decide. An edge moved in this pass teaches its new target
    /// nothing until the next pass.
    fn thread(&mut self, fold_alu: bool) {
        let order = self.topo();
        let n = self.blocks.len();
        let live = self.live_in(&order);
        let mut in_facts: Vec<Option<Vec<Fact>>> = vec![None; n];
        let mut in_state: Vec<Option<State>> = vec![None; n];
        let mut exit_state: Vec<Option<State>> = vec![None; n];
        in_facts[0] = Some(Vec::new());
        in_state[0] = Some(State {
            fold_alu,
            ..State::unknown(n)
        });
        for &b in &order {
            let Some(facts) = in_facts[b].clone() else {
                continue;
            };
            let mut s = in_state[b].clone().unwrap_or_else(|| State {
                fold_alu,
                ..State::unknown(b)
            });
            for i in &self.blocks[b].stmts {
                s.step(i);
            }
            let edges: Vec<(usize, Vec<Fact>)> = match self.blocks[b].term {
                Term::Ret(_) => vec![],
                Term::Ja(t) => vec![(t, facts.clone())],
                Term::Jmp { code, k, jt, jf } => [(jt, true), (jf, false)]
                    .into_iter()
                    .map(|(t, holds)| {
                        let mut f = facts.clone();
                        if code & op::X == 0 {
                            f.push(fact(&s.a, code, k, holds, b));
                        }
                        (t, f)
                    })
                    .collect(),
            };
            for (t, f) in edges {
                intersect(&mut in_facts[t], &f);
                match &mut in_state[t] {
                    None => in_state[t] = Some(s.clone()),
                    Some(e) => e.meet(&s, t),
                }
            }
            exit_state[b] = Some(s);
        }
        let mut level = vec![0usize; n];
        for &b in order.iter().rev() {
            level[b] = self
                .succs(b)
                .iter()
                .map(|&s| level[s] + 1)
                .max()
                .unwrap_or(0);
        }
        let mut by_level = order.clone();
        by_level.sort_by_key(|&b| level[b]);
        for &b in &by_level {
            let (Some(facts), Some(s)) = (&in_facts[b], &exit_state[b]) else {
                continue;
            };
            match self.blocks[b].term {
                Term::Ret(_) => {}
                Term::Ja(t) => {
                    let t = self.follow(t, s, facts, &live);
                    self.blocks[b].term = Term::Ja(t);
                }
                Term::Jmp { code, k, jt, jf } => match decide(facts, s, code, k) {
                    Some(h) => {
                        let t = if h { jt } else { jf };
                        let t = self.follow(t, s, facts, &live);
                        self.collapse(b, t);
                    }
                    None => {
                        let mut targets = [jt, jf];
                        for (t, holds) in targets.iter_mut().zip([true, false]) {
                            let mut f = facts.clone();
                            if code & op::X == 0 {
                                f.push(fact(&s.a, code, k, holds, b));
                            }
                            *t = self.follow(*t, s, &f, &live);
                        }
                        self.blocks[b].term = Term::Jmp {
                            code,
                            k,
                            jt: targets[0],
                            jf: targets[1],
                        };
                    }
                },
            }
        }
    }

    /// Where an edge entering `t` with state `s` and `facts` really goes.
    fn follow(&self, mut t: usize, s: &State, facts: &[Fact], live: &[u32]) -> usize {
        for _ in 0..self.blocks.len() {
            let blk = &self.blocks[t];
            if blk
                .stmts
                .iter()
                .any(|i| matches!(i.code & 0x07, op::ST | op::STX))
            {
                return t;
            }
            // Skipping the block must not change what its successors read.
            let defs = blk.stmts.iter().fold(0, |acc, i| acc | use_def(i).1);
            let succ_live = self.succs(t).iter().fold(0, |acc, &u| acc | live[u]);
            if defs & succ_live != 0 {
                return t;
            }
            let mut s2 = s.clone();
            for i in &blk.stmts {
                s2.step(i);
            }
            match blk.term {
                // A block skipped this way teaches the edge nothing: in
                // libpcap the moved edge no longer passes the skipped test,
                // so no edge of that test dominates it (a fact recorded
                // here would meet its twin from the block's own edge at a
                // join and survive where libpcap's knowledge does not).
                Term::Jmp { code, k, jt, jf } => match decide(facts, &s2, code, k) {
                    Some(h) => t = if h { jt } else { jf },
                    None => return t,
                },
                Term::Ja(u) => t = u,
                _ => return t,
            }
        }
        t
    }

    /// Identical blocks become one.
    fn intern(&mut self) {
        loop {
            let order = self.topo();
            let mut seen: std::collections::HashMap<Block, usize> =
                std::collections::HashMap::new();
            let mut remap: Vec<usize> = (0..self.blocks.len()).collect();
            let mut changed = false;
            for &b in order.iter().rev() {
                let blk = self.blocks[b].clone();
                match seen.get(&blk) {
                    Some(&other) if other != b => {
                        remap[b] = other;
                        changed = true;
                    }
                    _ => {
                        seen.insert(blk, b);
                    }
                }
            }
            if !changed {
                return;
            }
            for blk in &mut self.blocks {
                blk.term = match blk.term {
                    Term::Jmp { code, k, jt, jf } => {
                        let (jt, jf) = (remap[jt], remap[jf]);
                        if jt == jf {
                            Term::Ja(jt)
                        } else {
                            Term::Jmp { code, k, jt, jf }
                        }
                    }
                    Term::Ja(t) => Term::Ja(remap[t]),
                    r => r,
                };
            }
        }
    }

    /// What libpcap's or_pullup/and_pullup see of the graph: values,
    /// dominators and levels are found at the start of an optimizer pass,
    /// before its jump threading moves any edge, and used as they are.
    fn pullup_view(&self) -> PullupView {
        let order = self.topo();
        let n = self.blocks.len();
        let (_, exit) = self.states(&order);
        // The value each block tests, as libpcap's peephole left it
        // (`and #m; jeq #0` tests the unmasked value with jset).
        let tested: Vec<Option<Rc<Val>>> = (0..n)
            .map(|b| {
                let s = exit[b].as_ref()?;
                Some(match self.blocks[b].term {
                    Term::Jmp { code, k, .. } => canonical(&s.a, code, k).0,
                    _ => s.a.clone(),
                })
            })
            .collect();
        // Dominators over the DAG.
        let mut dom: Vec<Option<Vec<bool>>> = vec![None; n];
        let mut preds: Vec<Vec<usize>> = vec![Vec::new(); n];
        for &b in &order {
            for t in self.succs(b) {
                if !preds[t].contains(&b) {
                    preds[t].push(b);
                }
            }
        }
        for &b in &order {
            let mut d: Option<Vec<bool>> = None;
            for &p in &preds[b] {
                if let Some(pd) = &dom[p] {
                    d = Some(match d {
                        None => pd.clone(),
                        Some(cur) => cur.iter().zip(pd).map(|(x, y)| *x && *y).collect(),
                    });
                }
            }
            let mut d = d.unwrap_or_else(|| vec![false; n]);
            d[b] = true;
            dom[b] = Some(d);
        }
        // Levels (distance to the farthest leaf), each level listed as
        // libpcap's find_levels links it: a walk taking the true branch
        // first, each block put at the head of its level's list when done.
        let mut level = vec![0usize; n];
        let mut done = Vec::with_capacity(order.len());
        let mut seen = vec![false; n];
        let mut stack = vec![(0usize, 0usize)];
        seen[0] = true;
        while let Some((b, i)) = stack.pop() {
            let succ = self.succs(b);
            if i < succ.len() {
                stack.push((b, i + 1));
                if !seen[succ[i]] {
                    seen[succ[i]] = true;
                    stack.push((succ[i], 0));
                }
            } else {
                level[b] = succ.iter().map(|&s| level[s] + 1).max().unwrap_or(0);
                done.push(b);
            }
        }
        done.reverse();
        let mut by_level = done;
        by_level.sort_by_key(|&b| level[b]);
        PullupView {
            tested,
            dom,
            by_level,
            level,
        }
    }

    /// libpcap's or_pullup/and_pullup: in a chain of tests that share one
    /// outcome, a later test of the value the chain started with moves up
    /// in front of the first test of a different value. This decides which
    /// loads a truncated packet reaches, so it is done the same way here,
    /// on the edges as they are now and the rest as `view` saw it.
    fn pullup(&mut self, view: &PullupView) -> bool {
        let n = self.blocks.len();
        let a_of = |b: usize| view.tested[b].clone();
        let dominated = |by: usize, b: usize| view.dom[b].as_ref().is_some_and(|d| d[by]);
        // Every block the pass started with still counts as a predecessor,
        // listed as find_inedges links them: levels from the top down, each
        // edge put at the head of its target's list.
        let mut preds: Vec<Vec<usize>> = vec![Vec::new(); n];
        let mut levels: Vec<&[usize]> = view
            .by_level
            .chunk_by(|&x, &y| view.level[x] == view.level[y])
            .collect();
        levels.reverse();
        for &b in levels.concat().iter() {
            for t in self.succs(b) {
                if !preds[t].contains(&b) {
                    preds[t].push(b);
                }
            }
        }
        for p in &mut preds {
            p.reverse();
        }
        // Like libpcap, every block gets its chance in one pass.
        let mut any = false;
        for &b in &view.by_level {
            if b == 0 || preds[b].is_empty() {
                continue;
            }
            for is_or in [true, false] {
                let p = preds[b].clone();
                any |= self.pullup_at(b, is_or, &p, &a_of, &dominated);
            }
        }
        any
    }

    fn pullup_at(
        &mut self,
        b: usize,
        is_or: bool,
        preds: &[usize],
        a_of: &dyn Fn(usize) -> Option<Rc<Val>>,
        dominated: &dyn Fn(usize, usize) -> bool,
    ) -> bool {
        // (shared outcome, chain link) of a test block.
        let arms = |blocks: &[Block], x: usize| match blocks[x].term {
            Term::Jmp { jt, jf, .. } => Some(if is_or { (jt, jf) } else { (jf, jt) }),
            _ => None,
        };
        let Some(val) = a_of(preds[0]) else {
            return false;
        };
        if preds.iter().any(|&p| a_of(p).as_ref() != Some(&val)) {
            return false;
        }
        let Some((shared, _)) = arms(&self.blocks, b) else {
            return false;
        };
        let mut diff = b;
        let mut prev: Option<usize> = None;
        loop {
            let Some((s, link)) = arms(&self.blocks, diff) else {
                return false;
            };
            if s != shared || !dominated(b, diff) {
                return false;
            }
            if a_of(diff).as_ref() != Some(&val) {
                break;
            }
            prev = Some(diff);
            diff = link;
        }
        let Some((_, mut same)) = arms(&self.blocks, diff) else {
            return false;
        };
        let mut sprev = diff;
        loop {
            let Some((s, link)) = arms(&self.blocks, same) else {
                return false;
            };
            if s != shared || !dominated(b, same) {
                return false;
            }
            if a_of(same).as_ref() == Some(&val) {
                break;
            }
            sprev = same;
            same = link;
        }
        let pull = same;
        let Some((_, pull_link)) = arms(&self.blocks, pull) else {
            return false;
        };
        let set_link = |blocks: &mut [Block], x: usize, to: usize| {
            if let Term::Jmp { jt, jf, .. } = &mut blocks[x].term {
                if is_or {
                    *jf = to;
                } else {
                    *jt = to;
                }
            }
        };
        set_link(&mut self.blocks, sprev, pull_link);
        set_link(&mut self.blocks, pull, diff);
        match prev {
            Some(p) => set_link(&mut self.blocks, p, pull),
            None => {
                for &p in preds {
                    match &mut self.blocks[p].term {
                        Term::Jmp { jt, jf, .. } => {
                            if *jt == b {
                                *jt = pull;
                            }
                            if *jf == b {
                                *jf = pull;
                            }
                        }
                        Term::Ja(t) if *t == b => *t = pull,
                        _ => {}
                    }
                }
            }
        }
        true
    }

    /// Lays the blocks out (returns last) and drops loads whose value is
    /// already in the register on every path.
    pub(super) fn linearize(&self, optimize: bool) -> Vec<Node> {
        let _ = optimize;
        let order = self.topo();
        // libpcap lays blocks out in reverse post-order of a walk that
        // takes the false branch first (convert_code_r); so do we, which
        // keeps -d listings identical to tcpdump's.
        let body = order;
        let mut nodes = Vec::new();
        for (pos, &b) in body.iter().enumerate() {
            nodes.push(Node::Label(b));
            nodes.extend(self.blocks[b].stmts.iter().map(|i| Node::Stmt(*i)));
            match self.blocks[b].term {
                Term::Jmp { code, k, jt, jf } => nodes.push(Node::Jmp { code, k, jt, jf }),
                Term::Ja(t) => {
                    if body.get(pos + 1) != Some(&t) {
                        nodes.push(Node::Ja(t));
                    }
                }
                Term::Ret(k) => nodes.push(Node::Ret(k)),
            }
        }
        nodes
    }
}

#[cfg(test)]
mod tests {
    use super::super::lower::{Cond, lower};
    use crate::bpf::{Insn, op};

    fn eq(k_load: u32, v: u32) -> Cond {
        Cond::test(
            vec![Insn::stmt(op::LD | op::H | op::ABS, k_load)],
            op::JMP | op::JEQ | op::K,
            v,
        )
    }

    #[test]
    fn or_chains_test_one_value_before_loading_the_next() {
        // (src == 22 or dst == 22) or (src == 25 or dst == 25): libpcap pulls
        // `src == 25` up, so a packet cut after the source port still matches.
        let c = Cond::Or(vec![eq(34, 22), eq(36, 22), eq(34, 25), eq(36, 25)]);
        let p = lower(&c, 1, true).expect("lowers").0;
        let loads: Vec<u32> = p
            .insns
            .iter()
            .filter(|i| i.code & 0x07 == op::LD)
            .map(|i| i.k)
            .collect();
        assert_eq!(loads, vec![34, 36], "{:?}", p.insns);
        assert_eq!(p.insns[1].k, 22);
        assert_eq!(p.insns[2].k, 25);
    }

    #[test]
    fn statements_nobody_reads_go() {
        let loads = |c: &Cond| -> Vec<u32> {
            let p = lower(c, 1, true).expect("lowers").0;
            p.insns
                .iter()
                .filter(|i| i.code & 0x07 == op::LD)
                .map(|i| i.k)
                .collect()
        };
        // A test whose branches meet needs neither the jump nor its load...
        let inner = Cond::And(vec![
            eq(10, 5),
            Cond::Or(vec![eq(12, 1), Cond::Const(true)]),
            eq(14, 2),
        ]);
        assert_eq!(loads(&inner), vec![10, 14]);
        // ...except at the entry: libpcap's opt_root keeps the root's
        // statements, so a short packet still fails that load.
        let root = Cond::And(vec![
            Cond::Or(vec![eq(12, 1), Cond::Const(true)]),
            eq(14, 2),
        ]);
        assert_eq!(loads(&root), vec![12, 14]);
    }
}
