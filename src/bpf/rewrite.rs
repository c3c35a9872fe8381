//! The optimizer's per-block passes: value-preserving rewrites from what is
//! known on entry (pass 1), and dead-code removal with compare folding
//! (pass 2). See `optimize` for the whole picture.

use super::cfg::{Block, Cfg, Term};
use super::optimize::{analyze, liveness, term_reads};
use super::values::{REG_A, REG_X, State, Values, reads_writes, reg_m};
use super::{Insn, op};

/// Blocks from which every path ends in `ret #0`: whatever they do, a
/// load that fails included, the packet is rejected.
fn reject_only(cfg: &Cfg) -> Vec<bool> {
    let mut rejects = vec![false; cfg.blocks.len()];
    for b in (0..cfg.blocks.len()).rev() {
        rejects[b] = match cfg.blocks[b].term {
            Term::Ret(r) => r.code == op::RET | op::K && r.k == 0,
            Term::Goto(t) => rejects[t],
            Term::Cond { t, f, .. } => rejects[t] && rejects[f],
        };
    }
    rejects
}

const REJECT: Term = Term::Ret(Insn::stmt(op::RET | op::K, 0));

/// Pass 1: value-preserving rewrites of every block from its entry state.
pub(super) fn rewrite_blocks(cfg: &mut Cfg) -> bool {
    let mut an = analyze(cfg);
    let rejects = reject_only(cfg);
    let mut changed = false;
    for (b, block) in cfg.blocks.iter_mut().enumerate() {
        let Some(entry) = an.entry[b].take() else {
            continue;
        };
        if rejects[b] {
            if !block.stmts.is_empty() || block.term != REJECT {
                block.stmts.clear();
                block.term = REJECT;
                changed = true;
            }
            continue;
        }
        let (stmts, state) = rewrite_stmts(&mut an.vals, &block.stmts, entry);
        if stmts != block.stmts {
            block.stmts = stmts;
            changed = true;
        }
        let term = rewrite_term(&mut an.vals, &block.term, &state);
        if term != block.term {
            block.term = term;
            changed = true;
        }
    }
    changed
}

fn rewrite_stmts(vals: &mut Values, stmts: &[Insn], mut s: State) -> (Vec<Insn>, State) {
    use op::*;
    let mut out = Vec::with_capacity(stmts.len());
    for &orig in stmts {
        let mut insn = orig;
        let code = insn.code;
        let class = code & 0x07;
        // Indexed load with a known X: a fixed offset.
        if class == LD && code & 0xe0 == IND {
            let size = match code & 0x18 {
                W => 4,
                H => 2,
                _ => 1,
            };
            if let (_, Some(off)) = s.ind_value(vals, size, insn.k) {
                insn = Insn::stmt(LD | (code & 0x18) | ABS, off);
            }
        }
        // ALU or jump on a known X: use the constant.
        if class == ALU && code & X != 0 && code != ALU | NEG {
            if let Some(c) = vals.konst(s.x) {
                let aop = code & 0xf0;
                // A zero divisor or a long shift means something else (or
                // is refused) as a constant.
                let same_as_k = match aop {
                    DIV | MOD => c != 0,
                    LSH | RSH => c < 32,
                    _ => true,
                };
                if same_as_k {
                    insn = Insn::stmt(ALU | aop | K, c);
                }
            }
        }
        let before = s.clone();
        let step = s.step(vals, &insn);
        let (_, writes) = reads_writes(&insn);
        let unchanged = match writes {
            REG_A => before.a == s.a,
            REG_X => before.x == s.x,
            m => (0..16).any(|i| m == reg_m(i) && before.m[i as usize] == s.m[i as usize]),
        };
        if unchanged && !step.may_fail {
            continue;
        }
        if !step.may_fail {
            insn = cheaper_equivalent(vals, &before, insn, step.value);
        }
        out.push(insn);
    }
    (out, s)
}

/// A statement that computes the same value without reading memory or
/// doing arithmetic, when the value is a constant or already in the other
/// register.
fn cheaper_equivalent(vals: &Values, before: &State, insn: Insn, value: u32) -> Insn {
    use op::*;
    let class = insn.code & 0x07;
    let konst = vals.konst(value);
    match class {
        LD if insn.code & 0xe0 == MEM || class == ALU => match konst {
            Some(c) => Insn::stmt(LD | IMM, c),
            None if before.x == value => Insn::stmt(MISC | TXA, 0),
            None => insn,
        },
        ALU => match konst {
            Some(c) => Insn::stmt(LD | IMM, c),
            None => insn,
        },
        LDX if insn.code & 0xe0 == MEM => match konst {
            Some(c) => Insn::stmt(LDX | IMM, c),
            None if before.a == value => Insn::stmt(MISC | TAX, 0),
            None => insn,
        },
        _ => insn,
    }
}

fn rewrite_term(vals: &mut Values, term: &Term, s: &State) -> Term {
    match *term {
        Term::Ret(r) if r.code == op::RET | op::A => match vals.konst(s.a) {
            Some(c) => Term::Ret(Insn::stmt(op::RET | op::K, c)),
            None => term.clone(),
        },
        Term::Cond { t, f, .. } if t == f => Term::Goto(t),
        Term::Cond { code, k, t, f } => {
            if let Some(outcome) = s.decide(vals, code, k) {
                return Term::Goto(if outcome { t } else { f });
            }
            match vals.konst(s.x) {
                Some(c) if code & op::X != 0 => Term::Cond {
                    code: code & !op::X,
                    k: c,
                    t,
                    f,
                },
                _ => term.clone(),
            }
        }
        _ => term.clone(),
    }
}

/// Pass 2: drops statements whose results nobody reads (unless they might
/// reject the packet) and folds compare idioms into the jump.
pub(super) fn remove_dead_code(cfg: &mut Cfg) -> bool {
    let mut an = analyze(cfg);
    let live_in = liveness(cfg);
    let mut changed = false;
    for b in 0..cfg.blocks.len() {
        let Some(entry) = an.entry[b].take() else {
            continue;
        };
        let succ_live = cfg.blocks[b]
            .term
            .successors()
            .fold(0, |acc, s| acc | live_in[s]);
        let block = &mut cfg.blocks[b];
        changed |= fold_compare(block, succ_live);
        changed |= fold_indexed_offset(&mut an.vals, block, &entry, succ_live);
        let mut s = entry;
        let may_fail: Vec<bool> = block
            .stmts
            .iter()
            .map(|i| s.step(&mut an.vals, i).may_fail)
            .collect();
        let mut live = succ_live | term_reads(&block.term);
        let mut keep = vec![true; block.stmts.len()];
        for (i, insn) in block.stmts.iter().enumerate().rev() {
            let (r, w) = reads_writes(insn);
            if w & live == 0 && !may_fail[i] {
                keep[i] = false;
                continue;
            }
            live = (live & !w) | r;
        }
        if keep.iter().any(|k| !k) {
            let mut it = keep.iter();
            block.stmts.retain(|_| *it.next().unwrap_or(&true));
            changed = true;
        }
    }
    changed
}

/// `add x; tax; ldb [x + k]` with A the constant c before the add ->
/// `ldb [x + k+c]`, when X is not read after the load (it keeps its old
/// value instead of the sum). X must be small enough (a header length or a
/// 16-bit field) that the sum cannot wrap around.
fn fold_indexed_offset(
    vals: &mut Values,
    block: &mut Block,
    entry: &State,
    succ_live: u32,
) -> bool {
    use super::values::Val;
    use op::*;
    let mut changed = false;
    let mut i = 0;
    while i + 2 < block.stmts.len() {
        let (add, tax, load) = (block.stmts[i], block.stmts[i + 1], block.stmts[i + 2]);
        let shape = add.code == ALU | ADD | X
            && tax.code == MISC | TAX
            && load.code & 0x07 == LD
            && load.code & 0xe0 == IND;
        if !shape {
            i += 1;
            continue;
        }
        let mut s = entry.clone();
        for insn in &block.stmts[..i] {
            s.step(vals, insn);
        }
        let bound = match vals.get(s.x) {
            Val::Msh(_) => 60,
            Val::Abs { size: 1, .. } | Val::Ind { size: 1, .. } => 0xff,
            Val::Abs { size: 2, .. } | Val::Ind { size: 2, .. } => 0xffff,
            _ => u64::MAX,
        };
        let mut live = term_live(block, succ_live);
        for insn in block.stmts[i + 3..].iter().rev() {
            let (r, w) = reads_writes(insn);
            live = (live & !w) | r;
        }
        let fits = vals.konst(s.a).and_then(|c| {
            let new_k = u64::from(c) + u64::from(load.k);
            (u64::from(c) + bound <= u64::from(u32::MAX) && new_k < 0x8000_0000).then_some(new_k)
        });
        match fits {
            Some(new_k) if live & REG_X == 0 => {
                block
                    .stmts
                    .splice(i..i + 3, [Insn::stmt(load.code, new_k as u32)]);
                changed = true;
            }
            _ => i += 1,
        }
    }
    changed
}

fn term_live(block: &Block, succ_live: u32) -> u32 {
    succ_live | term_reads(&block.term)
}

/// `sub #k; jeq #0` -> `jeq #k`, `sub x; jeq #0` -> `jeq x`,
/// `and #k; jeq #0` -> `jset #k` (sides swapped), `and #k; jgt #0` ->
/// `jset #k`, when A is not read after the jump.
fn fold_compare(block: &mut Block, succ_live: u32) -> bool {
    use op::*;
    if succ_live & REG_A != 0 {
        return false;
    }
    let Term::Cond { code, k: 0, t, f } = block.term else {
        return false;
    };
    let Some(&last) = block.stmts.last() else {
        return false;
    };
    let term = match (last.code, code) {
        (c, j) if c == ALU | SUB | K && j == JMP | JEQ | K => Term::Cond {
            code,
            k: last.k,
            t,
            f,
        },
        (c, j) if c == ALU | SUB | X && j == JMP | JEQ | K => Term::Cond {
            code: JMP | JEQ | X,
            k: 0,
            t,
            f,
        },
        (c, j) if c == ALU | AND | K && j == JMP | JEQ | K => Term::Cond {
            code: JMP | JSET | K,
            k: last.k,
            t: f,
            f: t,
        },
        (c, j) if c == ALU | AND | K && j == JMP | JGT | K => Term::Cond {
            code: JMP | JSET | K,
            k: last.k,
            t,
            f,
        },
        _ => return false,
    };
    block.stmts.pop();
    block.term = term;
    true
}
