//! The interpreter for the hot path: the program decoded once into dense
//! operations with absolute jump targets, so that each packet pays one
//! jump-table dispatch per instruction instead of decoding opcode bits.
//!
//! Semantics are exactly `interp::run`'s (libpcap's pcap_filter), which the
//! tests at the bottom hold it to on random programs and packets: loads past
//! the captured bytes, division by zero, jumps out of the program and
//! unknown opcodes reject the packet; shifts by X of 32 or more give 0 and
//! constant shifts use the low five bits of k; backward
//! `ja` is allowed but bounded; ancillary loads read `Meta`.

use super::interp::{MAX_BACKWARD_JUMPS, Meta};
use super::{Program, ancillary, op};

/// One decoded instruction. Jump targets index `Compiled::ops`; the last
/// entry is always `Reject`, the target of every jump out of the program.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Op {
    RetK(u32),
    RetA,
    LdAbsW(u32),
    LdAbsH(u32),
    LdAbsB(u32),
    /// An absolute load at k >= SKF_AD_OFF: never inside the packet, so the
    /// value is the metadata's (or the packet is rejected).
    LdAncillary(u32),
    LdIndW(u32),
    LdIndH(u32),
    LdIndB(u32),
    LdxMsh(u32),
    LdLen,
    LdxLen,
    LdImm(u32),
    LdxImm(u32),
    LdMem(u8),
    LdxMem(u8),
    St(u8),
    Stx(u8),
    Ja(u32),
    /// A backward `ja`: counted, so that a looping program ends.
    JaBack(u32),
    JeqK(u32, u32, u32),
    JgtK(u32, u32, u32),
    JgeK(u32, u32, u32),
    JsetK(u32, u32, u32),
    JeqX(u32, u32),
    JgtX(u32, u32),
    JgeX(u32, u32),
    JsetX(u32, u32),
    AddK(u32),
    SubK(u32),
    MulK(u32),
    /// Division and modulo by a non-zero constant (by zero decodes to Reject).
    DivK(u32),
    ModK(u32),
    AndK(u32),
    OrK(u32),
    XorK(u32),
    LshK(u32),
    RshK(u32),
    AddX,
    SubX,
    MulX,
    DivX,
    ModX,
    AndX,
    OrX,
    XorX,
    LshX,
    RshX,
    Neg,
    Tax,
    Txa,
    Reject,
    /// A load fused with the conditional jump after it (the commonest pair
    /// in compiled filters): one dispatch instead of two. The jump itself
    /// stays at the next index for jumps that land on it.
    LdhJeq(u32, u32, u16, u16),
    LdbJeq(u32, u32, u16, u16),
    LdhJset(u32, u32, u16, u16),
    LdhIndJeq(u32, u32, u16, u16),
    /// A fused load-and-jeq whose false branch lands on another jeq of the
    /// same A (`ldh [12]; jeq #0x800 ...; jeq #0x86dd ...`): a three-way
    /// test in one dispatch. Offset and constants fit in 16 bits.
    LdhJeq2(LoadJeq2),
    LdbJeq2(LoadJeq2),
    /// Two jeq of A in a row, the second on the first's false branch.
    Jeq2 {
        k: u32,
        k2: u32,
        t: u16,
        t2: u16,
        f: u16,
    },
}

/// The operands of a fused load and two equality tests, each in 16 bits:
/// the load's offset, both constants, the targets when A equals `k` or
/// `k2`, and the target when it equals neither.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct LoadJeq2 {
    off: u16,
    k: u16,
    k2: u16,
    t: u16,
    t2: u16,
    f: u16,
}

impl LoadJeq2 {
    /// Where the program goes once the loaded value is `a`.
    #[inline(always)]
    fn next(self, a: u32) -> usize {
        three_way(a, self.k.into(), self.k2.into(), self.t, self.t2, self.f)
    }
}

/// A program ready to run on many packets.
#[derive(Clone, Debug)]
pub struct Compiled {
    ops: Box<[Op]>,
}

impl Compiled {
    /// Decodes `prog`. Any program is accepted: what the kernel would refuse
    /// decodes to operations that reject the packet when reached.
    pub fn new(prog: &Program) -> Compiled {
        let n = prog.insns.len();
        let reject = n as u32;
        // A jump lands at pc + 1 + offset; anywhere outside the program rejects.
        let target = |pc: usize, off: u32| -> u32 {
            let t = pc as u64 + 1 + u64::from(off);
            if t < n as u64 { t as u32 } else { reject }
        };
        let mut ops: Vec<Op> = prog
            .insns
            .iter()
            .enumerate()
            .map(|(pc, insn)| decode(pc, insn.code, insn.jt, insn.jf, insn.k, &target))
            .collect();
        ops.push(Op::Reject);
        fuse_load_and_jump(&mut ops);
        Compiled {
            ops: ops.into_boxed_slice(),
        }
    }

    /// Runs the program on `data` (captured bytes; `wire_len` is the length
    /// on the wire) and returns the number of bytes to keep: 0 rejects.
    #[inline(always)]
    pub fn run(&self, data: &[u8], wire_len: u32, meta: &Meta) -> u32 {
        let mut mem = [0u32; op::MEMWORDS as usize];
        self.run_with_scratch(data, wire_len, meta, &mut mem)
    }

    /// As [`run`](Self::run), with scratch memory the caller keeps between
    /// packets (see [`super::leftover`]): whatever a slot held before is
    /// what a load from it sees until the program stores to it.
    #[inline(always)]
    pub fn run_with_scratch(
        &self,
        data: &[u8],
        wire_len: u32,
        meta: &Meta,
        mem: &mut [u32; op::MEMWORDS as usize],
    ) -> u32 {
        let ops = &*self.ops;
        let mut a: u32 = 0;
        let mut x: u32 = 0;
        let mut pc: usize = 0;
        let mut backward_jumps = 0u32;
        macro_rules! load {
            ($off:expr, $n:literal, $conv:expr) => {
                match data.get($off..$off + $n) {
                    Some(b) => $conv(b),
                    None => return 0,
                }
            };
        }
        let w = |b: &[u8]| u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
        let h = |b: &[u8]| u32::from(u16::from_be_bytes([b[0], b[1]]));
        let byte = |b: &[u8]| u32::from(b[0]);
        loop {
            let op = ops[pc];
            pc += 1;
            match op {
                Op::RetK(k) => return k,
                Op::RetA => return a,
                Op::LdAbsW(k) => a = load!(k as usize, 4, w),
                Op::LdAbsH(k) => a = load!(k as usize, 2, h),
                Op::LdAbsB(k) => a = load!(k as usize, 1, byte),
                Op::LdAncillary(k) => match ancillary_load(meta, k) {
                    Some(v) => a = v,
                    None => return 0,
                },
                Op::LdIndW(k) => a = load!(x as usize + k as usize, 4, w),
                Op::LdIndH(k) => a = load!(x as usize + k as usize, 2, h),
                Op::LdIndB(k) => a = load!(x as usize + k as usize, 1, byte),
                Op::LdxMsh(k) => x = (load!(k as usize, 1, byte) & 0xf) << 2,
                Op::LdLen => a = wire_len,
                Op::LdxLen => x = wire_len,
                Op::LdImm(k) => a = k,
                Op::LdxImm(k) => x = k,
                Op::LdMem(i) => a = mem[usize::from(i)],
                Op::LdxMem(i) => x = mem[usize::from(i)],
                Op::St(i) => mem[usize::from(i)] = a,
                Op::Stx(i) => mem[usize::from(i)] = x,
                Op::Ja(t) => pc = t as usize,
                Op::JaBack(t) => {
                    backward_jumps += 1;
                    if backward_jumps > MAX_BACKWARD_JUMPS {
                        return 0;
                    }
                    pc = t as usize;
                }
                Op::JeqK(k, t, f) => pc = pick(a == k, t as usize, f as usize),
                Op::JgtK(k, t, f) => pc = pick(a > k, t as usize, f as usize),
                Op::JgeK(k, t, f) => pc = pick(a >= k, t as usize, f as usize),
                Op::JsetK(k, t, f) => pc = pick(a & k != 0, t as usize, f as usize),
                Op::JeqX(t, f) => pc = pick(a == x, t as usize, f as usize),
                Op::JgtX(t, f) => pc = pick(a > x, t as usize, f as usize),
                Op::JgeX(t, f) => pc = pick(a >= x, t as usize, f as usize),
                Op::JsetX(t, f) => pc = pick(a & x != 0, t as usize, f as usize),
                Op::AddK(k) => a = a.wrapping_add(k),
                Op::SubK(k) => a = a.wrapping_sub(k),
                Op::MulK(k) => a = a.wrapping_mul(k),
                Op::DivK(k) => a /= k,
                Op::ModK(k) => a %= k,
                Op::AndK(k) => a &= k,
                Op::OrK(k) => a |= k,
                Op::XorK(k) => a ^= k,
                // A constant shift uses k's low five bits, as libpcap's C does on x86.
                Op::LshK(k) => a = a.wrapping_shl(k),
                Op::RshK(k) => a = a.wrapping_shr(k),
                Op::AddX => a = a.wrapping_add(x),
                Op::SubX => a = a.wrapping_sub(x),
                Op::MulX => a = a.wrapping_mul(x),
                Op::DivX => match a.checked_div(x) {
                    Some(v) => a = v,
                    None => return 0,
                },
                Op::ModX => match a.checked_rem(x) {
                    Some(v) => a = v,
                    None => return 0,
                },
                Op::AndX => a &= x,
                Op::OrX => a |= x,
                Op::XorX => a ^= x,
                Op::LshX => a = a.checked_shl(x).unwrap_or(0),
                Op::RshX => a = a.checked_shr(x).unwrap_or(0),
                Op::Neg => a = a.wrapping_neg(),
                Op::Tax => x = a,
                Op::Txa => a = x,
                Op::Reject => return 0,
                Op::LdhJeq(off, k, t, f) => {
                    a = load!(off as usize, 2, h);
                    pc = pick(a == k, usize::from(t), usize::from(f));
                }
                Op::LdbJeq(off, k, t, f) => {
                    a = load!(off as usize, 1, byte);
                    pc = pick(a == k, usize::from(t), usize::from(f));
                }
                Op::LdhJset(off, k, t, f) => {
                    a = load!(off as usize, 2, h);
                    pc = pick(a & k != 0, usize::from(t), usize::from(f));
                }
                Op::LdhJeq2(op) => {
                    a = load!(op.off as usize, 2, h);
                    pc = op.next(a);
                }
                Op::LdbJeq2(op) => {
                    a = load!(op.off as usize, 1, byte);
                    pc = op.next(a);
                }
                Op::Jeq2 { k, k2, t, t2, f } => pc = three_way(a, k, k2, t, t2, f),
                Op::LdhIndJeq(off, k, t, f) => {
                    a = load!(x as usize + off as usize, 2, h);
                    pc = pick(a == k, usize::from(t), usize::from(f));
                }
            }
        }
    }
}

/// The target of a conditional jump, as a real branch: a conditional move
/// would make fetching the next operation wait for the packet load and the
/// compare, where a predicted branch lets the CPU run ahead. black_box is
/// opaque to the optimizer and cannot be executed speculatively, so an arm
/// holding one cannot become a conditional move. (Passing the condition
/// through black_box instead left some jumps as cmov and put a store and
/// reload before every branch: -r 1M -w /dev/null 'tcp or udp port 53'
/// took 37 ms against 31 ms this way.)
#[inline(always)]
fn pick(cond: bool, t: usize, f: usize) -> usize {
    if cond { t } else { std::hint::black_box(f) }
}

/// Where `jeq #k, t; (false:) jeq #k2, t2, f` goes for `a`.
#[inline(always)]
fn three_way(a: u32, k: u32, k2: u32, t: u16, t2: u16, f: u16) -> usize {
    if a == k {
        usize::from(t)
    } else {
        pick(a == k2, usize::from(t2), usize::from(f))
    }
}

/// Replaces each load followed by a conditional jump on the loaded value
/// with one fused operation, when the jump targets fit in u16; then merges
/// equality tests of the same A that follow each other on the false branch.
fn fuse_load_and_jump(ops: &mut [Op]) {
    for i in 0..ops.len().saturating_sub(1) {
        let fused = match (ops[i], ops[i + 1]) {
            (Op::LdAbsH(off), Op::JeqK(k, t, f)) => {
                small(t, f).map(|(t, f)| Op::LdhJeq(off, k, t, f))
            }
            (Op::LdAbsB(off), Op::JeqK(k, t, f)) => {
                small(t, f).map(|(t, f)| Op::LdbJeq(off, k, t, f))
            }
            (Op::LdAbsH(off), Op::JsetK(k, t, f)) => {
                small(t, f).map(|(t, f)| Op::LdhJset(off, k, t, f))
            }
            (Op::LdIndH(off), Op::JeqK(k, t, f)) => {
                small(t, f).map(|(t, f)| Op::LdhIndJeq(off, k, t, f))
            }
            _ => None,
        };
        if let Some(op) = fused {
            ops[i] = op;
        }
    }
    // Then an equality test with the equality test on its false branch. An
    // unfused JeqK there tests the same A (nothing runs in between); a
    // constant above 16 bits never equals a 16-bit load, so such pairs (and
    // wide offsets) stay as they are.
    let small16 = |v: u32| u16::try_from(v).ok();
    for i in 0..ops.len() {
        let merged = match ops[i] {
            Op::LdhJeq(off, k, t, f) | Op::LdbJeq(off, k, t, f) => {
                let Some(Op::JeqK(k2, t2, f2)) = ops.get(usize::from(f)).copied() else {
                    continue;
                };
                let (Some(off), Some(k), Some(k2), Some((t2, f2))) =
                    (small16(off), small16(k), small16(k2), small(t2, f2))
                else {
                    continue;
                };
                let fused = LoadJeq2 {
                    off,
                    k,
                    k2,
                    t,
                    t2,
                    f: f2,
                };
                if matches!(ops[i], Op::LdhJeq(..)) {
                    Op::LdhJeq2(fused)
                } else {
                    Op::LdbJeq2(fused)
                }
            }
            Op::JeqK(k, t, f) => {
                let Some(Op::JeqK(k2, t2, f2)) = ops.get(f as usize).copied() else {
                    continue;
                };
                let (Some((t, _)), Some((t2, f2))) = (small(t, 0), small(t2, f2)) else {
                    continue;
                };
                Op::Jeq2 {
                    k,
                    k2,
                    t,
                    t2,
                    f: f2,
                }
            }
            _ => continue,
        };
        ops[i] = merged;
    }
}

fn small(t: u32, f: u32) -> Option<(u16, u16)> {
    Some((u16::try_from(t).ok()?, u16::try_from(f).ok()?))
}

/// Kept out of line: inlined, the compiler prepares the metadata at the
/// start of every run (60 instructions a packet), though files never use it.
#[cold]
#[inline(never)]
fn ancillary_load(meta: &Meta, k: u32) -> Option<u32> {
    meta.ancillary(k)
}

/// One instruction's operation; `target(pc, off)` resolves a jump.
fn decode(pc: usize, code: u16, jt: u8, jf: u8, k: u32, target: &dyn Fn(usize, u32) -> u32) -> Op {
    use op::*;
    let slot = |k: u32| u8::try_from(k).ok().filter(|&i| u32::from(i) < MEMWORDS);
    let (t, f) = (target(pc, u32::from(jt)), target(pc, u32::from(jf)));
    let abs = |plain: fn(u32) -> Op| {
        if k >= ancillary::SKF_AD_OFF {
            Op::LdAncillary(k)
        } else {
            plain(k)
        }
    };
    match code {
        c if c == RET | K => Op::RetK(k),
        c if c == RET | A => Op::RetA,
        c if c == LD | W | ABS => abs(Op::LdAbsW),
        c if c == LD | H | ABS => abs(Op::LdAbsH),
        c if c == LD | B | ABS => abs(Op::LdAbsB),
        c if c == LD | W | IND => Op::LdIndW(k),
        c if c == LD | H | IND => Op::LdIndH(k),
        c if c == LD | B | IND => Op::LdIndB(k),
        c if c == LDX | MSH | B => Op::LdxMsh(k),
        c if c == LD | W | LEN => Op::LdLen,
        c if c == LDX | W | LEN => Op::LdxLen,
        c if c == LD | IMM => Op::LdImm(k),
        c if c == LDX | IMM => Op::LdxImm(k),
        c if c == LD | MEM => slot(k).map_or(Op::Reject, Op::LdMem),
        c if c == LDX | MEM => slot(k).map_or(Op::Reject, Op::LdxMem),
        c if c == ST => slot(k).map_or(Op::Reject, Op::St),
        c if c == STX => slot(k).map_or(Op::Reject, Op::Stx),
        c if c == JMP | JA => {
            let delta = k as i32;
            if delta >= 0 {
                Op::Ja(target(pc, k))
            } else if delta == -1 {
                // A jump to itself would loop until the bound: interp rejects at once.
                Op::Reject
            } else {
                match (pc + 1).checked_add_signed(delta as isize) {
                    Some(t) => Op::JaBack(t as u32),
                    None => Op::Reject,
                }
            }
        }
        c if c == JMP | JEQ | K => Op::JeqK(k, t, f),
        c if c == JMP | JGT | K => Op::JgtK(k, t, f),
        c if c == JMP | JGE | K => Op::JgeK(k, t, f),
        c if c == JMP | JSET | K => Op::JsetK(k, t, f),
        c if c == JMP | JEQ | X => Op::JeqX(t, f),
        c if c == JMP | JGT | X => Op::JgtX(t, f),
        c if c == JMP | JGE | X => Op::JgeX(t, f),
        c if c == JMP | JSET | X => Op::JsetX(t, f),
        c if c == ALU | ADD | K => Op::AddK(k),
        c if c == ALU | SUB | K => Op::SubK(k),
        c if c == ALU | MUL | K => Op::MulK(k),
        c if c == ALU | DIV | K => {
            if k == 0 {
                Op::Reject
            } else {
                Op::DivK(k)
            }
        }
        c if c == ALU | MOD | K => {
            if k == 0 {
                Op::Reject
            } else {
                Op::ModK(k)
            }
        }
        c if c == ALU | AND | K => Op::AndK(k),
        c if c == ALU | OR | K => Op::OrK(k),
        c if c == ALU | XOR | K => Op::XorK(k),
        c if c == ALU | LSH | K => Op::LshK(k),
        c if c == ALU | RSH | K => Op::RshK(k),
        c if c == ALU | ADD | X => Op::AddX,
        c if c == ALU | SUB | X => Op::SubX,
        c if c == ALU | MUL | X => Op::MulX,
        c if c == ALU | DIV | X => Op::DivX,
        c if c == ALU | MOD | X => Op::ModX,
        c if c == ALU | AND | X => Op::AndX,
        c if c == ALU | OR | X => Op::OrX,
        c if c == ALU | XOR | X => Op::XorX,
        c if c == ALU | LSH | X => Op::LshX,
        c if c == ALU | RSH | X => Op::RshX,
        c if c == ALU | NEG => Op::Neg,
        c if c == MISC | TAX => Op::Tax,
        c if c == MISC | TXA => Op::Txa,
        _ => Op::Reject,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bpf::Insn;
    use crate::bpf::interp;

    /// xorshift64*: deterministic, no dependency.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
        }
        fn below(&mut self, n: u64) -> u64 {
            self.next() % n
        }
    }

    /// Every opcode the interpreters know, plus a few they do not.
    fn codes() -> Vec<u16> {
        use op::*;
        let mut c = vec![
            RET | K,
            RET | A,
            LD | IMM,
            LDX | IMM,
            LD | MEM,
            LDX | MEM,
            ST,
            STX,
        ];
        for size in [W, H, B] {
            c.extend([LD | size | ABS, LD | size | IND]);
        }
        c.extend([
            LDX | MSH | B,
            LD | W | LEN,
            LDX | W | LEN,
            JMP | JA,
            ALU | NEG,
            MISC | TAX,
            MISC | TXA,
        ]);
        for j in [JEQ, JGT, JGE, JSET] {
            c.extend([JMP | j | K, JMP | j | X]);
        }
        for a in [ADD, SUB, MUL, DIV, MOD, AND, OR, XOR, LSH, RSH] {
            c.extend([ALU | a | K, ALU | a | X]);
        }
        c.extend([0xffff, LD | W | MSH, MISC | 0x40]);
        c
    }

    fn random_k(rng: &mut Rng) -> u32 {
        match rng.below(6) {
            0 => rng.next() as u32,
            1 => ancillary::SKF_AD_OFF + rng.below(64) as u32,
            2 => (-(rng.below(8) as i32) - 1) as u32, // backward ja
            _ => rng.below(80) as u32,
        }
    }

    #[test]
    fn same_verdicts_as_interp_on_random_programs() {
        let codes = codes();
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let metas = [
            Meta::default(),
            Meta {
                pkttype: Some(4),
                ifindex: Some(3),
                protocol: Some(0x0800),
                vlan_tci: Some(100),
                vlan_tpid: Some(0x8100),
            },
        ];
        let (mut kept, mut runs) = (0u32, 0u32);
        for _ in 0..20_000 {
            let len = 1 + rng.below(24) as usize;
            let insns: Vec<Insn> = (0..len)
                .map(|_| {
                    let code = codes[rng.below(codes.len() as u64) as usize];
                    Insn::new(
                        code,
                        rng.below(6) as u8,
                        rng.below(6) as u8,
                        random_k(&mut rng),
                    )
                })
                .collect();
            let prog = Program { insns };
            let fast = Compiled::new(&prog);
            for _ in 0..4 {
                let data: Vec<u8> = (0..rng.below(96)).map(|_| rng.next() as u8).collect();
                let wire = data.len() as u32 + rng.below(3) as u32;
                for meta in &metas {
                    let verdict = fast.run(&data, wire, meta);
                    runs += 1;
                    kept += u32::from(verdict != 0);
                    assert_eq!(
                        verdict,
                        interp::run(&prog, &data, wire, meta),
                        "program {:?} on {} bytes",
                        prog.insns,
                        data.len()
                    );
                }
            }
        }
        // Not vacuous: both verdicts are common among the random programs.
        assert!(
            kept > runs / 20 && kept < runs - runs / 20,
            "kept {kept} of {runs}"
        );
    }

    #[test]
    fn a_looping_program_ends() {
        // ld #0; ja -2 (back to ld): loops until the backward-jump bound.
        let prog = Program {
            insns: vec![
                Insn::stmt(op::LD | op::IMM, 0),
                Insn::stmt(op::JMP | op::JA, (-2i32) as u32),
            ],
        };
        assert_eq!(Compiled::new(&prog).run(&[], 0, &Meta::default()), 0);
    }

    #[test]
    fn equality_chains_merge_and_keep_their_verdicts() {
        use op::*;
        // ldh [12]: jeq #0x800 / jeq #0x86dd; ldb [23]: jeq #6 / jeq #17;
        // then a bare chain on A with a constant wider than 16 bits.
        let prog = Program {
            insns: vec![
                Insn::stmt(LD | H | ABS, 12),
                Insn::new(JMP | JEQ | K, 1, 0, 0x800),
                Insn::new(JMP | JEQ | K, 4, 5, 0x86dd),
                Insn::stmt(LD | B | ABS, 23),
                Insn::new(JMP | JEQ | K, 4, 0, 6),
                Insn::new(JMP | JEQ | K, 4, 0, 17),
                Insn::new(JMP | JEQ | K, 2, 0, 1),
                Insn::new(JMP | JEQ | K, 1, 0, 0x1_0001),
                Insn::stmt(RET | K, 0),
                Insn::stmt(RET | K, 200),
                Insn::stmt(RET | K, 100),
            ],
        };
        let fast = Compiled::new(&prog);
        let ops = &fast.ops;
        assert!(
            matches!(
                ops[0],
                Op::LdhJeq2(LoadJeq2 {
                    k: 0x800,
                    k2: 0x86dd,
                    ..
                })
            ),
            "{ops:?}"
        );
        assert!(
            matches!(ops[3], Op::LdbJeq2(LoadJeq2 { k: 6, k2: 17, .. })),
            "{ops:?}"
        );
        assert!(
            matches!(
                ops[6],
                Op::Jeq2 {
                    k: 1,
                    k2: 0x1_0001,
                    ..
                }
            ),
            "{ops:?}"
        );
        assert!(std::mem::size_of::<Op>() <= 16, "operations stay 16 bytes");
        let meta = Meta::default();
        let mut verdicts = std::collections::BTreeSet::new();
        for ethertype in [0x0800u16, 0x86dd, 0x0806, 0x0001] {
            for proto in [6u8, 17, 1, 0] {
                let mut frame = [0u8; 40];
                frame[12..14].copy_from_slice(&ethertype.to_be_bytes());
                frame[23] = proto;
                for len in [40, 24, 13] {
                    let want = interp::run(&prog, &frame[..len], 40, &meta);
                    assert_eq!(fast.run(&frame[..len], 40, &meta), want);
                    verdicts.insert(want);
                }
            }
        }
        assert_eq!(verdicts.len(), 3, "every return reached: {verdicts:?}");
    }

    #[test]
    fn tcp_port_80_keeps_and_rejects() {
        use op::*;
        // ldh [12]; jeq #0x800 jt 0 jf 3; ldb [23]; jeq #6 jt 0 jf 1; ret #262144; ret #0
        let prog = Program {
            insns: vec![
                Insn::stmt(LD | H | ABS, 12),
                Insn::new(JMP | JEQ | K, 0, 3, 0x800),
                Insn::stmt(LD | B | ABS, 23),
                Insn::new(JMP | JEQ | K, 0, 1, 6),
                Insn::stmt(RET | K, 262_144),
                Insn::stmt(RET | K, 0),
            ],
        };
        let fast = Compiled::new(&prog);
        let mut frame = vec![0u8; 60];
        frame[12..14].copy_from_slice(&[0x08, 0x00]);
        frame[23] = 6;
        assert_eq!(fast.run(&frame, 60, &Meta::default()), 262_144);
        frame[23] = 17;
        assert_eq!(fast.run(&frame, 60, &Meta::default()), 0);
        assert_eq!(
            fast.run(&frame[..20], 60, &Meta::default()),
            0,
            "a load past the capture rejects"
        );
    }
}
