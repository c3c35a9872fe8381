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
//! 4. merge identical blocks (all the `ret #0`, identical tails);
//! 5. once that settles, move tests of the value already in A up or-chains
//!    (kept only when the program gets shorter).
//!
//! Passes 1-2 live in `rewrite`, 3 and 5 in `threading`; the analyses they
//! share (entry states, liveness) are here.

use super::cfg::{Block, BlockId, Cfg, Term};
use super::rewrite::{remove_dead_code, rewrite_blocks};
use super::threading::{pull_up_tests, thread_jumps};
use super::values::{State, Values, reads_writes};
use super::{Insn, Program, ancillary as ad, op, validate};

/// Rounds before giving up on reaching a fixed point (each round only ever
/// shortens or re-targets, so this is a safety net, not a tuning knob).
const MAX_ROUNDS: usize = 64;

/// Optimizes `prog` in place. Programs the kernel would refuse for anything
/// but their length (or that use ancillary loads with side effects) are
/// left as they are.
pub fn optimize(prog: &mut Program) {
    if !optimizable(prog) {
        return;
    }
    let mut cfg = Cfg::from_program(prog);
    settle(&mut cfg);
    // Moving tests up a chain pays off only once the moved copies let the
    // old ones be threaded away; try it, and keep the result only if the
    // program got shorter.
    let mut best = cfg.to_program().len();
    for _ in 0..MAX_PULL_UP_TRIALS {
        let mut trial = cfg.clone();
        if !pull_up_tests(&mut trial) {
            break;
        }
        settle(&mut trial);
        let len = trial.to_program().len();
        if len >= best {
            break;
        }
        best = len;
        cfg = trial;
    }
    let out = cfg.to_program();
    if out.len() <= prog.len() && validate::validate_structure(&out).is_ok() {
        *prog = out;
    }
}

/// Attempts at moving tests up or-chains.
const MAX_PULL_UP_TRIALS: usize = 8;

/// Runs the passes that only ever shorten the program until none changes it.
fn settle(cfg: &mut Cfg) {
    for _ in 0..MAX_ROUNDS {
        let mut changed = rewrite_blocks(cfg);
        changed |= remove_dead_code(cfg);
        changed |= thread_jumps(cfg);
        changed |= merge_identical_blocks(cfg);
        if !changed {
            break;
        }
    }
}

fn optimizable(prog: &Program) -> bool {
    if validate::validate_structure(prog).is_err() {
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
pub(super) struct Analysis {
    pub(super) vals: Values,
    pub(super) entry: Vec<Option<State>>,
}

/// The state on the edge `from -> to`: `from`'s exit state plus what its
/// jump says on that side.
pub(super) fn edge_state(vals: &mut Values, block: &Block, exit: &State, to: BlockId) -> State {
    let mut s = exit.clone();
    if let Term::Cond { code, k, t, f } = block.term {
        if t != f {
            s.assume(vals, code, k, to == t);
        }
    }
    s
}

pub(super) fn exit_state(vals: &mut Values, block: &Block, entry: &State) -> State {
    let mut s = entry.clone();
    for insn in &block.stmts {
        s.step(vals, insn);
    }
    s
}

pub(super) fn analyze(cfg: &Cfg) -> Analysis {
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
    Analysis { vals, entry }
}

/// A forward walk over the blocks in id order that computes each block's
/// entry state when it is reached, from the edges of the blocks already
/// walked. A pass may change a block's outgoing edges (or insert a block
/// right after it) before moving on, and every later block still sees the
/// paths as they now are: the passes that reshape the graph stay linear
/// instead of redoing the whole analysis after each change.
pub(super) struct Walk {
    pub(super) vals: Values,
    incoming: Vec<Vec<State>>,
}

impl Walk {
    pub(super) fn new(cfg: &Cfg) -> Walk {
        let mut vals = Values::default();
        let mut incoming = vec![Vec::new(); cfg.blocks.len()];
        if !incoming.is_empty() {
            incoming[0].push(State::initial(&mut vals));
        }
        Walk { vals, incoming }
    }

    /// The entry state of `b`, or None when no walked block leads to it.
    pub(super) fn entry(&mut self, b: BlockId) -> Option<State> {
        let refs: Vec<&State> = self.incoming[b].iter().collect();
        if refs.is_empty() {
            return None;
        }
        Some(State::meet(&refs, &mut self.vals, b as u32))
    }

    /// Records `b`'s outgoing edges as they are now.
    pub(super) fn leave(&mut self, cfg: &Cfg, b: BlockId, exit: &State) {
        let block = &cfg.blocks[b];
        for succ in block.term.successors() {
            let edge = edge_state(&mut self.vals, block, exit, succ);
            self.incoming[succ].push(edge);
        }
        self.incoming[b] = Vec::new();
    }

    /// Keeps the bookkeeping in step with `Cfg::insert_after(after, ..)`.
    pub(super) fn inserted_after(&mut self, after: BlockId) {
        self.incoming.insert(after + 1, Vec::new());
    }
}

/// Registers live on entry to each block (A, X, M[] bits).
pub(super) fn liveness(cfg: &Cfg) -> Vec<u32> {
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

pub(super) fn term_reads(term: &Term) -> u32 {
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
            // A file record, or a live packet with or without a VLAN tag.
            let meta = match rng.below(3) {
                0 => Meta::default(),
                1 => Meta {
                    ifindex: Some(2),
                    pkttype: Some(rng.below(5) as u8),
                    ..Meta::default()
                },
                _ => Meta {
                    ifindex: Some(2),
                    pkttype: Some(0),
                    vlan_tci: Some(rng.next() as u16),
                    ..Meta::default()
                },
            };
            assert_eq!(
                run(a, &data, wire, &meta),
                run(b, &data, wire, &meta),
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
            let insn = match rng.below(19) {
                16 => Insn::stmt(
                    LD | B | ABS,
                    ad::SKF_AD_OFF
                        + [ad::VLAN_TAG_PRESENT, ad::VLAN_TAG, ad::PKTTYPE][rng.below(3) as usize],
                ),
                17 => Insn::stmt(ALU | [LSH, RSH, MUL, OR, XOR][rng.below(5) as usize] | X, 0),
                18 => Insn::stmt(
                    [ALU | NEG, LD | W | IND, LDX | W | LEN][rng.below(3) as usize],
                    off - 12,
                ),
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
        // AFSNIFF_PROPTEST_ROUNDS raises the count for a long soak.
        let rounds: u64 = std::env::var("AFSNIFF_PROPTEST_ROUNDS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(3000);
        for round in 0..rounds {
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

    /// Long filters (60 hosts: 1700 unoptimized instructions; 160 hosts:
    /// over the kernel's 4096) optimize in reasonable time, to about
    /// libpcap's length, and keep their verdicts.
    #[test]
    fn long_programs_optimize_quickly() {
        for hosts in [60, 160] {
            long_filter(hosts);
        }
    }

    fn long_filter(hosts: usize) {
        let Some(core) = testutil::tcpdump_available("optimizer on a long filter") else {
            return;
        };
        let expr = (0..hosts)
            .map(|i| format!("host 10.0.{}.{}", i / 200, i % 200 + 1))
            .collect::<Vec<_>>()
            .join(" or ");
        let unopt = testutil::tcpdump_program(&core, &expr, &["-O"]);
        let libpcap = testutil::tcpdump_program(&core, &expr, &[]);
        let mut ours = unopt.clone();
        let start = std::time::Instant::now();
        optimize(&mut ours);
        let took = start.elapsed();
        eprintln!(
            "{hosts} hosts: {} -> {} instructions (libpcap {}) in {took:?}",
            unopt.len(),
            ours.len(),
            libpcap.len()
        );
        assert!(
            ours.len() * 10 <= libpcap.len() * 11,
            "far longer than libpcap's"
        );
        assert!(took < std::time::Duration::from_secs(10), "took {took:?}");
        same_verdicts_on_random_packets(&unopt, &ours, hosts as u64);
        let records = testutil::read_capture(&core);
        for r in &records {
            let m = Meta::default();
            assert_eq!(
                run(&unopt, &r.data, r.wire_len, &m),
                run(&ours, &r.data, r.wire_len, &m)
            );
        }
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
