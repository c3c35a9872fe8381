//! The optimizer's passes that re-route edges: jump threading (pass 3) and
//! moving tests up or-chains (pass 5). See `optimize` for the whole picture.

use super::cfg::{Block, BlockId, Cfg, Term};
use super::optimize::{Walk, edge_state, exit_state, liveness};
use super::values::{REG_A, REG_X, State, Values, reads_writes, reg_m};

/// Pass 3: jump threading, one source block at a time in layout order; each
/// block's entry state reflects the edges already re-targeted above it.
pub(super) fn thread_jumps(cfg: &mut Cfg) -> bool {
    let mut changed = false;
    // Threading only ever shrinks what is live, so liveness computed up
    // front stays a safe over-approximation for the whole pass.
    let live_in = liveness(cfg);
    let mut walk = Walk::new(cfg);
    for p in 0..cfg.blocks.len() {
        let Some(entry) = walk.entry(p) else {
            continue;
        };
        let exit = exit_state(&mut walk.vals, &cfg.blocks[p], &entry);
        let targets: Vec<BlockId> = cfg.blocks[p].term.successors().collect();
        for b in targets {
            let edge = edge_state(&mut walk.vals, &cfg.blocks[p], &exit, b);
            let mut dest = b;
            let mut state = edge.clone();
            // Follow the chain of skippable blocks as far as it goes.
            while let Some((next, after)) =
                skip_target(cfg, &mut walk.vals, &live_in, dest, &state, &edge)
            {
                dest = next;
                state = after;
            }
            if dest != b {
                cfg.blocks[p].term.redirect(b, dest);
                changed = true;
            }
        }
        walk.leave(cfg, p, &exit);
    }
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
pub(super) fn pull_up_tests(cfg: &mut Cfg) -> bool {
    let mut changed = false;
    let live_in_at_start = liveness(cfg);
    // Ids shift as blocks are inserted; keep liveness indexed alike.
    let mut live_in = live_in_at_start;
    let mut walk = Walk::new(cfg);
    let mut x = 0;
    let mut budget = MAX_PULL_UPS;
    while x < cfg.blocks.len() {
        let Some(entry) = walk.entry(x) else {
            x += 1;
            continue;
        };
        let exit = exit_state(&mut walk.vals, &cfg.blocks[x], &entry);
        while budget > 0 {
            let Some((y1, moved)) = find_pull_up(cfg, &mut walk.vals, &live_in, x, &exit) else {
                break;
            };
            budget -= 1;
            // The moved test reads only A, which the chain it was taken
            // from already needed: live-in of the new block is A plus
            // whatever its successors need.
            let live = REG_A | moved.term.successors().fold(0, |acc, s| acc | live_in[s]);
            let new_id = cfg.insert_after(x, moved);
            walk.inserted_after(x);
            live_in.insert(new_id, live);
            let y1 = if y1 > x { y1 + 1 } else { y1 };
            cfg.blocks[x].term.redirect(y1, new_id);
            changed = true;
        }
        walk.leave(cfg, x, &exit);
        x += 1;
    }
    changed
}

/// Tests moved per pass at most, so that huge programs stay cheap.
const MAX_PULL_UPS: usize = 4096;

/// The longest chain walked looking for a test to move up.
const MAX_CHAIN: usize = 1024;

/// A test further down a chain starting on one of `x`'s edges that can be
/// moved onto that edge: returns the edge's target and the new block.
fn find_pull_up(
    cfg: &Cfg,
    vals: &mut Values,
    live_in: &[u32],
    x: BlockId,
    exit: &State,
) -> Option<(BlockId, Block)> {
    let v = exit.a;
    for y1 in cfg.blocks[x].term.successors() {
        let chain_target = match cfg.blocks[y1].term {
            Term::Cond { t, .. } => t,
            _ => continue,
        };
        let mut s = edge_state(vals, &cfg.blocks[x], exit, y1);
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
                fails |= inner.step(vals, insn).may_fail;
                written |= reads_writes(insn).1;
            }
            if fails {
                break;
            }
            match inner.decide(vals, code, k) {
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
                return Some((y1, moved));
            }
            if inner.a != v {
                reloads = true;
            }
            // Continue along the chain only while the true edges agree.
            if t != chain_target {
                break;
            }
            inner.assume(vals, code, k, false);
            s = inner;
            y = f;
        }
    }
    None
}
