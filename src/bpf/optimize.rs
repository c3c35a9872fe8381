//! Shortens a classic BPF program without changing the verdict on any packet,
//! truncated ones included (unlike libpcap's optimizer, which may drop a
//! load that would have rejected a short packet).
//!
//! Works on basic blocks (`cfg`) with symbolic values (`values`), in rounds
//! until nothing changes:
//! 1. rewrite each block with what is known on entry: constants folded into
//!    instructions (`ldx M[2]` -> `ldx #0`, `[x + 14]` with x = 2 -> `[16]`,
//!    `add x` with x = 4 -> `add #4`), statements that leave a register as
//!    it was dropped, jumps whose outcome is known replaced by a goto;
//! 2. remove statements whose result is never used (if they cannot fail),
//!    and fold `sub #k; jeq #0` -> `jeq #k`, `and #k; jeq #0` -> `jset #k`;
//! 3. thread jumps: an edge into a block whose jump is decided by what the
//!    edge knows (the ethertype tested again, ...) goes straight to the
//!    decided successor when the skipped statements cannot fail and what
//!    they compute is not needed there;
//! 4. merge identical blocks (all the `ret #0`, identical tails).

use super::cfg::{Block, BlockId, Cfg, Term};
use super::values::{REG_A, REG_X, State, Values, reads_writes, reg_m};
use super::{Insn, Program, ancillary as ad, op, validate};

/// Rounds before giving up on reaching a fixed point (each round only ever
/// shortens or re-targets, so this is a safety net, not a tuning knob).
const MAX_ROUNDS: usize = 64;

/// Optimizes `prog` in place. Programs the kernel would refuse (or that use
/// ancillary loads with side effects) are left as they are.
pub fn optimize(prog: &mut Program) {
    if !optimizable(prog) {
        return;
    }
    let mut cfg = Cfg::from_program(prog);
    for _ in 0..MAX_ROUNDS {
        let mut changed = rewrite_blocks(&mut cfg);
        changed |= remove_dead_code(&mut cfg);
        changed |= thread_jumps(&mut cfg);
        changed |= merge_identical_blocks(&mut cfg);
        // Reordering tests pays off best once the chains are threaded.
        if !changed {
            changed = pull_up_tests(&mut cfg);
        }
        if !changed {
            break;
        }
    }
    let out = cfg.to_program();
    if out.len() <= prog.len() && validate::validate(&out).is_ok() {
        *prog = out;
    }
}

fn optimizable(prog: &Program) -> bool {
    if validate::validate(prog).is_err() {
        return false;
    }
    // Ancillary loads that read or change registers, or differ per read.
    let odd = [ad::NLATTR, ad::NLATTR_NEST, ad::ALU_XOR_X, ad::RANDOM];
    !prog.insns.iter().any(|i| {
        i.code & 0x07 == op::LD
            && i.code & 0xe0 == op::ABS
            && i.k >= ad::SKF_AD_OFF
            && odd.contains(&(i.k - ad::SKF_AD_OFF))
    })
}

/// Symbolic states at the entry of every reachable block.
struct Analysis {
    vals: Values,
    entry: Vec<Option<State>>,
    reachable: Vec<bool>,
}

/// The state on the edge `from -> to`: `from`'s exit state plus what its
/// jump says on that side.
fn edge_state(vals: &mut Values, block: &Block, exit: &State, to: BlockId) -> State {
    let mut s = exit.clone();
    if let Term::Cond { code, k, t, f } = block.term {
        if t != f {
            s.assume(vals, code, k, to == t);
        }
    }
    s
}

fn exit_state(vals: &mut Values, block: &Block, entry: &State) -> State {
    let mut s = entry.clone();
    for insn in &block.stmts {
        s.step(vals, insn);
    }
    s
}

fn analyze(cfg: &Cfg) -> Analysis {
    let mut vals = Values::default();
    let reachable = cfg.reachable();
    let preds = cfg.predecessors(&reachable);
    let n = cfg.blocks.len();
    let mut entry: Vec<Option<State>> = vec![None; n];
    let mut exit: Vec<Option<State>> = vec![None; n];
    for b in 0..n {
        if !reachable[b] {
            continue;
        }
        let state = if b == 0 {
            State::initial(&mut vals)
        } else {
            let incoming: Vec<State> = preds[b]
                .iter()
                .filter_map(|&p| {
                    let ex = exit[p].as_ref()?;
                    Some(edge_state(&mut vals, &cfg.blocks[p], ex, b))
                })
                .collect();
            let refs: Vec<&State> = incoming.iter().collect();
            State::meet(&refs, &mut vals, b as u32)
        };
        exit[b] = Some(exit_state(&mut vals, &cfg.blocks[b], &state));
        entry[b] = Some(state);
    }
    Analysis {
        vals,
        entry,
        reachable,
    }
}

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
fn rewrite_blocks(cfg: &mut Cfg) -> bool {
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
                if !(matches!(aop, DIV | MOD) && c == 0) {
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

/// Registers live on entry to each block (A, X, M[] bits).
fn liveness(cfg: &Cfg) -> Vec<u32> {
    let mut live_in = vec![0u32; cfg.blocks.len()];
    for b in (0..cfg.blocks.len()).rev() {
        let mut live = live_after_stmts(cfg, &live_in, b);
        for insn in cfg.blocks[b].stmts.iter().rev() {
            let (r, w) = reads_writes(insn);
            live = (live & !w) | r;
        }
        live_in[b] = live;
    }
    live_in
}

fn term_reads(term: &Term) -> u32 {
    match term {
        Term::Ret(r) => reads_writes(r).0,
        Term::Goto(_) => 0,
        Term::Cond { code, .. } => reads_writes(&Insn::stmt(*code, 0)).0,
    }
}

fn live_after_stmts(cfg: &Cfg, live_in: &[u32], b: BlockId) -> u32 {
    let term = &cfg.blocks[b].term;
    term.successors()
        .fold(term_reads(term), |acc, s| acc | live_in[s])
}

/// Pass 2: drops statements whose results nobody reads (unless they might
/// reject the packet) and folds compare idioms into the jump.
fn remove_dead_code(cfg: &mut Cfg) -> bool {
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

/// Pass 3: jump threading, one source block at a time in layout order, with
/// the analysis redone after every change so that each decision sees the
/// paths as they are.
fn thread_jumps(cfg: &mut Cfg) -> bool {
    let mut changed = false;
    let live_in = liveness(cfg);
    let mut an = analyze(cfg);
    for p in 0..cfg.blocks.len() {
        let Some(entry) = an.entry[p].clone() else {
            continue;
        };
        let exit = exit_state(&mut an.vals, &cfg.blocks[p], &entry);
        let mut moved = false;
        let targets: Vec<BlockId> = cfg.blocks[p].term.successors().collect();
        for b in targets {
            let edge = edge_state(&mut an.vals, &cfg.blocks[p], &exit, b);
            let mut dest = b;
            let mut state = edge.clone();
            // Follow the chain of skippable blocks as far as it goes.
            while let Some((next, after)) =
                skip_target(cfg, &mut an.vals, &live_in, dest, &state, &edge)
            {
                dest = next;
                state = after;
            }
            if dest != b {
                cfg.blocks[p].term.redirect(b, dest);
                moved = true;
            }
        }
        if moved {
            changed = true;
            an = analyze(cfg);
        }
    }
    let _ = an.reachable;
    changed
}

/// Where a path arriving at `b` in `state` can go instead of running `b`:
/// `b`'s jump must be settled, its statements unable to fail, and anything
/// they change dead at the destination. `origin` is the state where the
/// path leaves its source block, which is what the destination will see.
fn skip_target(
    cfg: &Cfg,
    vals: &mut Values,
    live_in: &[u32],
    b: BlockId,
    state: &State,
    origin: &State,
) -> Option<(BlockId, State)> {
    let block = &cfg.blocks[b];
    let mut s = state.clone();
    for insn in &block.stmts {
        if s.step(vals, insn).may_fail {
            return None;
        }
    }
    let dest = match block.term {
        Term::Ret(_) => return None,
        Term::Goto(t) => t,
        Term::Cond { t, f, .. } if t == f => t,
        Term::Cond { code, k, t, f } => {
            if s.decide(vals, code, k)? {
                t
            } else {
                f
            }
        }
    };
    let live = live_in[dest];
    let clobbered = (live & REG_A != 0 && s.a != origin.a)
        || (live & REG_X != 0 && s.x != origin.x)
        || (0..16).any(|i| live & reg_m(i) != 0 && s.m[i as usize] != origin.m[i as usize]);
    if clobbered {
        return None;
    }
    // What the destination sees is the origin's registers with what the
    // skipped blocks proved about the packet.
    let mut seen = origin.clone();
    seen.facts = s.facts.clone();
    seen.proven_len = s.proven_len;
    seen.avail = s.avail.clone();
    if let Term::Cond { code, k, t, f } = block.term {
        if t != f {
            let mut probe = s.clone();
            probe.assume(vals, code, k, dest == t);
            seen.facts = probe.facts;
        }
    }
    Some((dest, seen))
}

/// Pass 5: in a chain of tests whose true edges all go to the same place
/// (`a or b or c`), a test of the value A already holds is moved up to the
/// start of the chain, so that `[26] == A, [30] == A, [26] == B` becomes
/// `[26] == A, [26] == B, [30] == A` and the second load of [26] goes (jump
/// threading later skips the old copy, whose outcome is then known). Valid
/// because the chain reaches the common target whenever the moved test is
/// true, provided nothing on the chain can fail and the target reads
/// nothing the chain computes.
fn pull_up_tests(cfg: &mut Cfg) -> bool {
    let mut changed = false;
    let mut budget = cfg.blocks.len() * 2;
    while budget > 0 {
        budget -= 1;
        let Some((x, y1, moved)) = find_pull_up(cfg) else {
            break;
        };
        let new_id = cfg.insert_after(x, moved);
        let y1 = if y1 > x { y1 + 1 } else { y1 };
        cfg.blocks[x].term.redirect(y1, new_id);
        changed = true;
    }
    changed
}

/// The longest chain walked looking for a test to move up.
const MAX_CHAIN: usize = 64;

fn find_pull_up(cfg: &Cfg) -> Option<(BlockId, BlockId, Block)> {
    let mut an = analyze(cfg);
    let live_in = liveness(cfg);
    for x in 0..cfg.blocks.len() {
        let Some(entry) = an.entry[x].clone() else {
            continue;
        };
        let exit = exit_state(&mut an.vals, &cfg.blocks[x], &entry);
        let v = exit.a;
        for y1 in cfg.blocks[x].term.successors() {
            let mut s = edge_state(&mut an.vals, &cfg.blocks[x], &exit, y1);
            let mut y = y1;
            let mut written = 0u32;
            let mut reloads = false;
            for depth in 0..MAX_CHAIN {
                let block = &cfg.blocks[y];
                let Term::Cond { code, k, t, f } = block.term else {
                    break;
                };
                let mut inner = s.clone();
                let mut fails = false;
                for insn in &block.stmts {
                    fails |= inner.step(&mut an.vals, insn).may_fail;
                    written |= reads_writes(insn).1;
                }
                if fails {
                    break;
                }
                match inner.decide(&mut an.vals, code, k) {
                    Some(true) => break,
                    Some(false) => {
                        s = inner;
                        y = f;
                        continue;
                    }
                    None => {}
                }
                let only_reloads_v =
                    inner.a == v && block.stmts.iter().all(|i| reads_writes(i).1 == REG_A);
                let target_ok = live_in[t] & (written | REG_A) == 0;
                if depth > 0 && reloads && only_reloads_v && target_ok {
                    let moved = Block {
                        stmts: Vec::new(),
                        term: Term::Cond { code, k, t, f: y1 },
                    };
                    return Some((x, y1, moved));
                }
                if inner.a != v {
                    reloads = true;
                }
                // Continue along the chain only while the true edges agree.
                let chain_target = match cfg.blocks[y1].term {
                    Term::Cond { t, .. } => t,
                    _ => break,
                };
                if t != chain_target {
                    break;
                }
                inner.assume(&mut an.vals, code, k, false);
                s = inner;
                y = f;
            }
        }
    }
    None
}

/// Pass 4: blocks with the same statements and the same exits are one; the
/// later copy is kept so that every redirected edge still points forward.
fn merge_identical_blocks(cfg: &mut Cfg) -> bool {
    let mut changed = false;
    loop {
        let reachable = cfg.reachable();
        let mut last_of: std::collections::HashMap<&Block, BlockId> = Default::default();
        for (b, block) in cfg.blocks.iter().enumerate() {
            if reachable[b] {
                last_of.insert(block, b);
            }
        }
        let mut renames: Vec<(BlockId, BlockId)> = Vec::new();
        for (b, block) in cfg.blocks.iter().enumerate() {
            if reachable[b] {
                let keep = last_of[block];
                if keep != b {
                    renames.push((b, keep));
                }
            }
        }
        if renames.is_empty() {
            return changed;
        }
        if renames.iter().any(|&(from, _)| from == 0) {
            // The entry block itself is a duplicate: it stays where it is.
            renames.retain(|&(from, _)| from != 0);
            if renames.is_empty() {
                return changed;
            }
        }
        for block in &mut cfg.blocks {
            for &(from, to) in &renames {
                block.term.redirect(from, to);
            }
        }
        changed = true;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bpf::interp::{Meta, run};
    use crate::bpf::testutil;

    fn jeq(k: u32, jt: u8, jf: u8) -> Insn {
        Insn::new(op::JMP | op::JEQ | op::K, jt, jf, k)
    }
    fn ldh(k: u32) -> Insn {
        Insn::stmt(op::LD | op::H | op::ABS, k)
    }
    fn ret(k: u32) -> Insn {
        Insn::stmt(op::RET | op::K, k)
    }

    #[test]
    fn ethertype_tested_twice_is_threaded() {
        // ip6 and tcp or ip and tcp, the way a naive compiler writes it.
        let mut prog = Program {
            insns: vec![
                ldh(12),
                jeq(0x86dd, 0, 3),
                Insn::stmt(op::LD | op::B | op::ABS, 20),
                jeq(6, 5, 0),
                Insn::stmt(op::JMP | op::JA, 0),
                ldh(12),
                jeq(0x800, 0, 3),
                Insn::stmt(op::LD | op::B | op::ABS, 23),
                jeq(6, 0, 1),
                ret(65535),
                ret(0),
            ],
        };
        let before = prog.clone();
        optimize(&mut prog);
        assert_eq!(
            prog.insns,
            vec![
                ldh(12),
                jeq(0x86dd, 0, 2),
                Insn::stmt(op::LD | op::B | op::ABS, 20),
                jeq(6, 3, 4),
                jeq(0x800, 0, 3),
                Insn::stmt(op::LD | op::B | op::ABS, 23),
                jeq(6, 0, 1),
                ret(65535),
                ret(0),
            ],
            "{}",
            crate::bpf::dump::listing(&prog)
        );
        same_verdicts_on_random_packets(&before, &prog, 1);
    }

    #[test]
    fn constants_fold_into_instructions() {
        // ip[8] % 3 = 0 as libpcap's code generator writes it.
        let mut prog = Program {
            insns: vec![
                ldh(12),
                jeq(0x800, 0, 18),
                Insn::stmt(op::LD | op::IMM, 8),
                Insn::stmt(op::ST, 0),
                Insn::stmt(op::LDX | op::MEM, 0),
                Insn::stmt(op::LD | op::B | op::IND, 14),
                Insn::stmt(op::ST, 1),
                Insn::stmt(op::LD | op::IMM, 3),
                Insn::stmt(op::ST, 2),
                Insn::stmt(op::LDX | op::MEM, 2),
                Insn::stmt(op::LD | op::MEM, 1),
                Insn::stmt(op::ALU | op::MOD | op::X, 0),
                Insn::stmt(op::ST, 2),
                Insn::stmt(op::LD | op::IMM, 0),
                Insn::stmt(op::ST, 3),
                Insn::stmt(op::LDX | op::MEM, 3),
                Insn::stmt(op::LD | op::MEM, 2),
                Insn::stmt(op::ALU | op::SUB | op::X, 0),
                jeq(0, 0, 1),
                ret(65535),
                ret(0),
            ],
        };
        let before = prog.clone();
        optimize(&mut prog);
        assert_eq!(
            prog.insns,
            vec![
                ldh(12),
                jeq(0x800, 0, 4),
                Insn::stmt(op::LD | op::B | op::ABS, 22),
                Insn::stmt(op::ALU | op::MOD | op::K, 3),
                jeq(0, 0, 1),
                ret(65535),
                ret(0),
            ],
            "{}",
            crate::bpf::dump::listing(&prog)
        );
        same_verdicts_on_random_packets(&before, &prog, 2);
    }

    #[test]
    fn a_load_that_may_reject_is_kept() {
        // [40] is loaded and never used, but it rejects packets shorter than
        // 42 bytes: it must stay.
        let mut prog = Program {
            insns: vec![ldh(40), ldh(12), jeq(0x800, 0, 1), ret(1), ret(0)],
        };
        optimize(&mut prog);
        assert_eq!(prog.insns[0], ldh(40));
        assert_eq!(run(&prog, &[0; 20], 20, &Meta::default()), 0);
    }

    fn same_verdicts_on_random_packets(a: &Program, b: &Program, seed: u64) {
        let mut rng = testutil::Rng(0x51f0_aa1b ^ seed.wrapping_mul(0x9e37_79b9));
        for _ in 0..2000 {
            let len = rng.below(80) as usize;
            let mut data: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
            if len > 14 && rng.below(2) == 0 {
                data[12] = 0x08;
                data[13] = if rng.below(2) == 0 { 0x00 } else { 0x06 };
            }
            if len > 23 && rng.below(2) == 0 {
                data[23] = [6, 17, 1][rng.below(3) as usize];
            }
            let wire = len as u32 + rng.below(3) as u32;
            assert_eq!(
                run(a, &data, wire, &Meta::default()),
                run(b, &data, wire, &Meta::default()),
                "packet {data:02x?}\nbefore:\n{}after:\n{}",
                crate::bpf::dump::listing(a),
                crate::bpf::dump::listing(b)
            );
        }
    }

    /// A random program the kernel accepts: straight-line code over a small
    /// set of offsets and constants, forward jumps, scratch memory written
    /// before it is read.
    fn random_program(rng: &mut testutil::Rng) -> Program {
        use op::*;
        let n = 4 + rng.below(40) as usize;
        let mut insns = Vec::with_capacity(n);
        let offsets = [12u32, 13, 14, 20, 23, 26, 30, 34, 36, 40, 60];
        let consts = [0u32, 1, 2, 3, 6, 17, 0x800, 0x86dd, 0xff, 0x1fff, 0x45, 4];
        for pc in 0..n - 2 {
            let off = offsets[rng.below(offsets.len() as u64) as usize];
            let c = consts[rng.below(consts.len() as u64) as usize];
            let remaining = (n - pc - 1) as u64;
            let insn = match rng.below(16) {
                0 => Insn::stmt(LD | H | ABS, off),
                1 => Insn::stmt(LD | B | ABS, off),
                2 => Insn::stmt(LD | W | ABS, off),
                3 => Insn::stmt(LDX | B | MSH, 14),
                4 => Insn::stmt(LD | [B, H][rng.below(2) as usize] | IND, off - 10),
                5 => Insn::stmt(LD | IMM, c),
                6 => Insn::stmt(LDX | IMM, c),
                7 => Insn::stmt(ST, rng.below(2) as u32),
                8 => Insn::stmt(
                    ALU | [ADD, SUB, AND, OR, LSH, RSH, MUL, XOR][rng.below(8) as usize] | K,
                    c & 31,
                ),
                9 => Insn::stmt(
                    ALU | [ADD, SUB, AND, DIV, MOD][rng.below(5) as usize] | X,
                    0,
                ),
                10 => Insn::stmt(MISC | [TAX, TXA][rng.below(2) as usize], 0),
                11 => Insn::stmt(JMP | JA, rng.below(remaining.min(6)) as u32),
                12 => Insn::stmt(LD | W | LEN, 0),
                _ => {
                    let jop = [JEQ, JEQ, JGT, JGE, JSET][rng.below(5) as usize];
                    let src = if rng.below(6) == 0 { X } else { K };
                    let jt = rng.below(remaining.min(8)) as u8;
                    let jf = rng.below(remaining.min(8)) as u8;
                    Insn::new(JMP | jop | src, jt, jf, c)
                }
            };
            insns.push(insn);
        }
        insns.push(Insn::stmt(RET | A, 0));
        insns.push(ret(rng.below(3) as u32));
        // Scratch reads are only valid after a store on every path: start
        // by storing into both slots used.
        insns.insert(0, Insn::stmt(ST, 0));
        insns.insert(0, Insn::stmt(ST, 1));
        let mut p = Program { insns };
        for i in 0..p.insns.len() {
            if rng.below(12) == 0 && p.insns[i].code & 0x07 != JMP && p.insns[i].code & 0x07 != RET
            {
                p.insns[i] = Insn::stmt(
                    [LD | MEM, LDX | MEM][rng.below(2) as usize],
                    rng.below(2) as u32,
                );
            }
        }
        p
    }

    #[test]
    fn random_programs_keep_their_verdicts() {
        let mut rng = testutil::Rng(0x1234_5678_9abc_def1);
        let mut shrunk = 0;
        for round in 0..3000 {
            let prog = random_program(&mut rng);
            if validate::validate(&prog).is_err() {
                continue;
            }
            let mut opt = prog.clone();
            optimize(&mut opt);
            validate::validate(&opt).unwrap_or_else(|e| panic!("round {round}: {e}"));
            if opt.len() < prog.len() {
                shrunk += 1;
            }
            same_verdicts_on_random_packets(&prog, &opt, round);
        }
        assert!(shrunk > 100, "only {shrunk} programs got shorter");
    }

    /// libpcap's unoptimized programs, optimized here: the same verdict as
    /// before on every corpus packet, and a median length no longer than
    /// libpcap's own optimizer gets.
    #[test]
    fn corpus_verdicts_kept_and_median_length_beats_libpcap() {
        let Some(core) = testutil::tcpdump_available("optimizer vs libpcap") else {
            return;
        };
        let mut records = Vec::new();
        for f in testutil::corpus_files() {
            if f.extension().is_some_and(|e| e == "pcap") {
                records.extend(testutil::read_capture(&f));
            }
        }
        let mut exprs = testutil::filters_dev();
        exprs.extend(MORE_EXPRS.iter().map(|s| s.to_string()));
        let mut ratios = Vec::new();
        let mut report = String::new();
        for expr in &exprs {
            if !testutil::tcpdump_compiles(&core, expr) {
                continue;
            }
            let unopt = testutil::tcpdump_program(&core, expr, &["-O"]);
            let libpcap = testutil::tcpdump_program(&core, expr, &[]);
            let mut ours = unopt.clone();
            optimize(&mut ours);
            for r in &records {
                let want = run(&unopt, &r.data, r.wire_len, &Meta::default());
                let got = run(&ours, &r.data, r.wire_len, &Meta::default());
                assert_eq!(
                    got,
                    want,
                    "`{expr}` on {:02x?}\n{}",
                    r.data,
                    crate::bpf::dump::listing(&ours)
                );
            }
            let ratio = ours.len() as f64 / libpcap.len() as f64;
            report.push_str(&format!(
                "{:>5.2} {:>4} {:>4} {:>4}  {expr}\n",
                ratio,
                unopt.len(),
                ours.len(),
                libpcap.len()
            ));
            ratios.push(ratio);
        }
        ratios.sort_by(f64::total_cmp);
        let median = ratios[ratios.len() / 2];
        let mean = ratios.iter().sum::<f64>() / ratios.len() as f64;
        eprintln!(
            "ratio unopt ours libpcap\n{report}median {median:.3} mean {mean:.3} over {}",
            ratios.len()
        );
        assert!(
            ratios.len() > 80,
            "only {} expressions compared",
            ratios.len()
        );
        assert!(median <= 1.0, "median length ratio {median} > 1.0");
    }

    /// Prints libpcap's and this optimizer's listing for AFSNIFF_SHOW_EXPR.
    #[test]
    #[ignore = "diagnostic: AFSNIFF_SHOW_EXPR='expr' cargo test ... -- --ignored --nocapture"]
    fn show_listing() {
        let Ok(expr) = std::env::var("AFSNIFF_SHOW_EXPR") else {
            return;
        };
        let core = testutil::tcpdump_available("show").expect("tcpdump");
        let mut ours = testutil::tcpdump_program(&core, &expr, &["-O"]);
        optimize(&mut ours);
        let libpcap = testutil::tcpdump_program(&core, &expr, &[]);
        eprintln!(
            "ours:\n{}\nlibpcap:\n{}",
            crate::bpf::dump::listing(&ours),
            crate::bpf::dump::listing(&libpcap)
        );
    }

    /// Expressions beyond the development list: longer boolean combinations,
    /// where jump threading matters most.
    const MORE_EXPRS: &[&str] = &[
        "host 192.0.2.200 and port 80",
        "tcp port 80 or tcp port 443 or udp port 53",
        "ip and not (port 22 or port 23 or port 80)",
        "src net 10.0.0.0/8 and dst net 192.168.0.0/16 and tcp",
        "(tcp[tcpflags] & tcp-syn) != 0 and not src net 10.0.0.0/8",
        "icmp or icmp6 or arp",
        "ip6 and (tcp or udp) and port 53",
        "ether src 52:54:00:12:34:56 or ether dst 52:54:00:12:34:57",
        "vlan and host 192.0.2.1",
        "host 192.0.2.1 or host 192.0.2.2 or host 192.0.2.3 or host 192.0.2.4",
        "portrange 1-1023 and not port 22",
        "tcp and ip[2:2] > 576",
        "udp and (udp[8] & 0x80) != 0",
        "ip and ip[8] < 5",
        "not arp and not ip6",
        "tcp dst port 80 and (((ip[2:2] - ((ip[0]&0xf)<<2)) - ((tcp[12]&0xf0)>>2)) != 0)",
        "tcp[((tcp[12:1] & 0xf0) >> 2):4] = 0x47455420",
        "ip host 192.0.2.7 and ip host 192.0.2.8",
        "gateway 52:54:00:12:34:56 and ip",
        "ether proto 0x88cc or stp",
    ];
}
