//! Symbolic execution of classic BPF for the optimizer: value numbering of
//! what A, X and M[] hold, what is known about those values on a path
//! (ranges and bits learnt from the jumps taken), and which loads have
//! already succeeded (a load that cannot fail can be dropped or skipped
//! without changing any packet's verdict).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::{Insn, op};

pub type ValueId = u32;

/// A value, hash-consed so that equal ids mean equal values on every packet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Val {
    Const(u32),
    /// Packet (or ancillary) bytes at a fixed offset; `size` is 1, 2 or 4.
    Abs {
        size: u8,
        k: u32,
    },
    /// Packet bytes at X + k.
    Ind {
        size: u8,
        k: u32,
        x: ValueId,
    },
    /// 4 * (pkt[k] & 0xf).
    Msh(u32),
    /// The packet's length (`ld #len`).
    Len,
    Alu {
        op: u16,
        a: ValueId,
        b: ValueId,
    },
    /// Whatever a register holds where paths with different values meet.
    Unknown {
        site: u32,
        reg: u8,
    },
}

#[derive(Default)]
pub struct Values {
    table: Vec<Val>,
    index: HashMap<Val, ValueId>,
}

impl Values {
    pub fn intern(&mut self, v: Val) -> ValueId {
        if let Some(&id) = self.index.get(&v) {
            return id;
        }
        let id = self.table.len() as ValueId;
        self.table.push(v);
        self.index.insert(v, id);
        id
    }
    pub fn get(&self, id: ValueId) -> Val {
        self.table[id as usize]
    }
    pub fn konst(&self, id: ValueId) -> Option<u32> {
        match self.get(id) {
            Val::Const(c) => Some(c),
            _ => None,
        }
    }
    pub fn constant(&mut self, c: u32) -> ValueId {
        self.intern(Val::Const(c))
    }

    /// The value of `a OP b`, folded when both are constants and simplified
    /// for identities (x+0, x*1, x&~0, ...). Division or modulo by a zero
    /// constant is left unfolded: it rejects the packet.
    pub fn alu(&mut self, code_op: u16, a: ValueId, b: ValueId) -> ValueId {
        let (ka, kb) = (self.konst(a), self.konst(b));
        if let (Some(x), Some(y)) = (ka, kb) {
            if let Some(r) = fold(code_op, x, y) {
                return self.constant(r);
            }
        }
        if let Some(y) = kb {
            let identity = match code_op {
                op::ADD | op::SUB | op::OR | op::XOR | op::LSH | op::RSH => y == 0,
                op::MUL | op::DIV => y == 1,
                op::AND => y == u32::MAX,
                _ => false,
            };
            if identity {
                return a;
            }
            let zero = match code_op {
                op::MUL | op::AND => y == 0,
                op::LSH | op::RSH => y >= 32,
                op::MOD => y == 1,
                _ => false,
            };
            if zero {
                return self.constant(0);
            }
        }
        if ka == Some(0) && matches!(code_op, op::ADD | op::OR | op::XOR) {
            return b;
        }
        if ka == Some(0) && matches!(code_op, op::MUL | op::AND | op::LSH | op::RSH) {
            return self.constant(0);
        }
        self.intern(Val::Alu { op: code_op, a, b })
    }
}

/// `x OP y` as the interpreter computes it; None for division by zero.
pub fn fold(code_op: u16, x: u32, y: u32) -> Option<u32> {
    Some(match code_op {
        op::ADD => x.wrapping_add(y),
        op::SUB => x.wrapping_sub(y),
        op::MUL => x.wrapping_mul(y),
        op::DIV => x.checked_div(y)?,
        op::MOD => x.checked_rem(y)?,
        op::AND => x & y,
        op::OR => x | y,
        op::XOR => x ^ y,
        op::LSH => x.checked_shl(y).unwrap_or(0),
        op::RSH => x.checked_shr(y).unwrap_or(0),
        op::NEG => x.wrapping_neg(),
        _ => return None,
    })
}

/// What the jumps taken so far say about one value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Range {
    lo: u32,
    hi: u32,
    /// Bits known to be set / clear.
    ones: u32,
    zeros: u32,
    /// Values it is known not to equal, sorted.
    ne: Vec<u32>,
    /// Masks of which at least one bit is known to be set.
    any: Vec<u32>,
}

/// Enough for long `host a or host b or ...` lists.
const MAX_NE: usize = 1024;
const MAX_ANY: usize = 8;

impl Range {
    fn full() -> Range {
        Range {
            lo: 0,
            hi: u32::MAX,
            ones: 0,
            zeros: 0,
            ne: Vec::new(),
            any: Vec::new(),
        }
    }
    fn lo_eff(&self) -> u32 {
        self.lo.max(self.ones)
    }
    fn hi_eff(&self) -> u32 {
        self.hi.min(!self.zeros)
    }
    /// False when the facts rule `v` out.
    fn admits(&self, v: u32) -> bool {
        v >= self.lo
            && v <= self.hi
            && v & self.zeros == 0
            && v & self.ones == self.ones
            && self.ne.binary_search(&v).is_err()
            && self.any.iter().all(|m| v & m != 0)
    }

    /// The outcome of comparing the value with `k`, if the facts settle it.
    pub fn decide(&self, jop: u16, k: u32) -> Option<bool> {
        let (lo, hi) = (self.lo_eff(), self.hi_eff());
        match jop {
            op::JEQ => {
                if !self.admits(k) {
                    Some(false)
                } else if lo == hi || self.ones | self.zeros == u32::MAX {
                    Some(true)
                } else {
                    None
                }
            }
            op::JGT => {
                if lo > k {
                    Some(true)
                } else if hi <= k {
                    Some(false)
                } else {
                    None
                }
            }
            op::JGE => {
                if lo >= k {
                    Some(true)
                } else if hi < k {
                    Some(false)
                } else {
                    None
                }
            }
            op::JSET => {
                if k & self.ones != 0
                    || self.any.iter().any(|m| m & !k == 0)
                    || lo > 0 && k == u32::MAX
                {
                    Some(true)
                } else if k & !self.zeros == 0 || hi < (k & k.wrapping_neg()) {
                    Some(false)
                } else {
                    None
                }
            }
            _ => None,
        }
    }

    /// Records that comparing with `k` gave `outcome`.
    fn assume(&mut self, jop: u16, k: u32, outcome: bool) {
        match (jop, outcome) {
            (op::JEQ, true) => {
                self.lo = k;
                self.hi = k;
                self.ones = k;
                self.zeros = !k;
            }
            (op::JEQ, false) => {
                if k == self.lo && k < u32::MAX {
                    self.lo = k + 1;
                } else if k == self.hi && k > 0 {
                    self.hi = k - 1;
                } else if self.ne.len() < MAX_NE {
                    if let Err(at) = self.ne.binary_search(&k) {
                        self.ne.insert(at, k);
                    }
                }
            }
            (op::JGT, true) if k < u32::MAX => self.lo = self.lo.max(k + 1),
            (op::JGT, false) => self.hi = self.hi.min(k),
            (op::JGE, true) => self.lo = self.lo.max(k),
            (op::JGE, false) if k > 0 => self.hi = self.hi.min(k - 1),
            (op::JSET, true) => {
                if k.count_ones() == 1 {
                    self.ones |= k;
                } else if self.any.len() < MAX_ANY && !self.any.contains(&k) {
                    self.any.push(k);
                }
            }
            (op::JSET, false) => self.zeros |= k,
            _ => {}
        }
    }

    /// What holds on both paths.
    fn join(&self, o: &Range) -> Range {
        let mut ne: Vec<u32> = self.ne.iter().copied().filter(|&v| !o.admits(v)).collect();
        ne.extend(o.ne.iter().copied().filter(|&v| !self.admits(v)));
        ne.sort_unstable();
        ne.dedup();
        ne.truncate(MAX_NE);
        let keeps = |r: &Range, m: u32| r.any.contains(&m) || r.ones & m != 0;
        let mut any: Vec<u32> = self.any.iter().copied().filter(|&m| keeps(o, m)).collect();
        for &m in &o.any {
            if keeps(self, m) && !any.contains(&m) {
                any.push(m);
            }
        }
        Range {
            lo: self.lo_eff().min(o.lo_eff()),
            hi: self.hi_eff().max(o.hi_eff()),
            ones: self.ones & o.ones,
            zeros: self.zeros & o.zeros,
            ne,
            any,
        }
    }
}

/// Register bits for liveness: A, X, then M[0..16].
pub const REG_A: u32 = 1;
pub const REG_X: u32 = 2;
pub const fn reg_m(i: u32) -> u32 {
    4 << (i & 15)
}

/// Registers an instruction reads and writes (as REG_* bit sets).
pub fn reads_writes(insn: &Insn) -> (u32, u32) {
    use op::*;
    let code = insn.code;
    let k = insn.k;
    match code & 0x07 {
        LD => match code & 0xe0 {
            IND => (REG_X, REG_A),
            MEM => (reg_m(k), REG_A),
            _ => (0, REG_A),
        },
        LDX => match code & 0xe0 {
            MEM => (reg_m(k), REG_X),
            _ => (0, REG_X),
        },
        ST => (REG_A, reg_m(k)),
        STX => (REG_X, reg_m(k)),
        ALU if code == ALU | NEG => (REG_A, REG_A),
        ALU if code & X != 0 => (REG_A | REG_X, REG_A),
        ALU => (REG_A, REG_A),
        MISC if code == MISC | TAX => (REG_A, REG_X),
        MISC => (REG_X, REG_A),
        JMP if is_x_jump(code) => (REG_A | REG_X, 0),
        JMP if code == JMP | JA => (0, 0),
        JMP => (REG_A, 0),
        RET if code == RET | A => (REG_A, 0),
        _ => (0, 0),
    }
}

fn is_x_jump(code: u16) -> bool {
    code & 0x07 == op::JMP && code & 0xf0 != op::JA && code & op::X != 0
}

/// The machine state on a path, symbolically.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct State {
    pub a: ValueId,
    pub x: ValueId,
    pub m: [ValueId; 16],
    /// Every packet on this path has at least this many captured bytes.
    pub proven_len: u64,
    /// Loads that have succeeded on this path.
    pub avail: BTreeSet<ValueId>,
    pub facts: BTreeMap<ValueId, Range>,
}

/// What executing one statement found.
pub struct Step {
    /// The statement might reject the packet (a load past the end, a
    /// division by zero).
    pub may_fail: bool,
    /// The value written (to A, X or M[k]).
    pub value: ValueId,
}

impl State {
    /// The state at the start of every program: registers and scratch zeroed.
    pub fn initial(vals: &mut Values) -> State {
        let zero = vals.constant(0);
        State {
            a: zero,
            x: zero,
            m: [zero; 16],
            proven_len: 0,
            avail: BTreeSet::new(),
            facts: BTreeMap::new(),
        }
    }

    /// What holds on every one of the incoming paths; registers that differ
    /// become Unknown values named after `site` (the block).
    pub fn meet(states: &[&State], vals: &mut Values, site: u32) -> State {
        let first = states[0];
        let mut out = first.clone();
        if states.len() == 1 {
            return out;
        }
        let mut reg = |out_v: &mut ValueId, get: &dyn Fn(&State) -> ValueId, r: u8| {
            if states.iter().any(|s| get(s) != *out_v) {
                *out_v = vals.intern(Val::Unknown { site, reg: r });
            }
        };
        reg(&mut out.a, &|s| s.a, 0);
        reg(&mut out.x, &|s| s.x, 1);
        for i in 0..16 {
            reg(&mut out.m[i], &|s| s.m[i], 2 + i as u8);
        }
        for s in &states[1..] {
            out.proven_len = out.proven_len.min(s.proven_len);
            out.avail.retain(|v| s.avail.contains(v));
            let mut facts = BTreeMap::new();
            for (v, r) in &out.facts {
                if let Some(r2) = s.facts.get(v) {
                    let j = r.join(r2);
                    if j != Range::full() {
                        facts.insert(*v, j);
                    }
                }
            }
            out.facts = facts;
        }
        out
    }

    fn range_of(&self, vals: &Values, v: ValueId) -> Option<Range> {
        if let Some(c) = vals.konst(v) {
            let mut r = Range::full();
            r.assume(op::JEQ, c, true);
            return Some(r);
        }
        self.facts.get(&v).cloned()
    }

    fn nonzero(&self, vals: &Values, v: ValueId) -> bool {
        self.range_of(vals, v).is_some_and(|r| !r.admits(0))
    }

    /// The value a load of `size` bytes at the fixed offset `k` gives, and
    /// whether it can fail here.
    fn abs_load(&self, vals: &mut Values, size: u8, k: u32) -> (ValueId, bool) {
        let v = vals.intern(Val::Abs { size, k });
        let proven = u64::from(k) + u64::from(size) <= self.proven_len && k < 0x8000_0000;
        (v, !proven && !self.avail.contains(&v))
    }

    fn loaded(&mut self, vals: &Values, v: ValueId) {
        match vals.get(v) {
            // A fixed-offset load is covered by proven_len; keeping it out
            // of `avail` keeps states small on long programs.
            Val::Abs { size, k } if k < 0x8000_0000 => {
                self.proven_len = self.proven_len.max(u64::from(k) + u64::from(size));
                return;
            }
            Val::Msh(k) if k < 0x8000_0000 => {
                self.proven_len = self.proven_len.max(u64::from(k) + 1);
            }
            _ => {}
        }
        self.avail.insert(v);
    }

    /// The value an indexed load gives: a fixed-offset load when X is a
    /// known constant (and the sum stays clear of the ancillary range).
    pub fn ind_value(&self, vals: &mut Values, size: u8, k: u32) -> (ValueId, Option<u32>) {
        if let Some(c) = vals.konst(self.x) {
            let sum = u64::from(c) + u64::from(k);
            if sum < 0x8000_0000 {
                return (
                    vals.intern(Val::Abs {
                        size,
                        k: sum as u32,
                    }),
                    Some(sum as u32),
                );
            }
        }
        (vals.intern(Val::Ind { size, k, x: self.x }), None)
    }

    /// Executes one statement symbolically.
    pub fn step(&mut self, vals: &mut Values, insn: &Insn) -> Step {
        use op::*;
        let code = insn.code;
        let k = insn.k;
        let size = match code & 0x18 {
            W => 4,
            H => 2,
            _ => 1,
        };
        let mut may_fail = false;
        let value = match code & 0x07 {
            LD | LDX => {
                let v = match code & 0xe0 {
                    IMM => vals.constant(k),
                    LEN => vals.intern(Val::Len),
                    MEM => self.m[(k & 15) as usize],
                    ABS => {
                        let (v, fail) = self.abs_load(vals, size, k);
                        may_fail = fail;
                        v
                    }
                    IND => {
                        let (v, abs) = self.ind_value(vals, size, k);
                        may_fail = match abs {
                            Some(off) => self.abs_load(vals, size, off).1,
                            None => !self.avail.contains(&v),
                        };
                        v
                    }
                    _ => {
                        // MSH
                        let v = vals.intern(Val::Msh(k));
                        let proven = u64::from(k) < self.proven_len && k < 0x8000_0000;
                        may_fail = !proven && !self.avail.contains(&v);
                        v
                    }
                };
                if matches!(code & 0xe0, ABS | IND | MSH) {
                    self.loaded(vals, v);
                }
                if code & 0x07 == LD {
                    self.a = v;
                } else {
                    self.x = v;
                }
                v
            }
            ST => {
                self.m[(k & 15) as usize] = self.a;
                self.a
            }
            STX => {
                self.m[(k & 15) as usize] = self.x;
                self.x
            }
            ALU => {
                let aop = code & 0xf0;
                let v = if code == ALU | NEG {
                    match vals.konst(self.a) {
                        Some(c) => vals.constant(c.wrapping_neg()),
                        None => vals.intern(Val::Alu {
                            op: NEG,
                            a: self.a,
                            b: self.a,
                        }),
                    }
                } else {
                    let b = if code & X != 0 {
                        self.x
                    } else {
                        vals.constant(k)
                    };
                    if matches!(aop, DIV | MOD) && !self.nonzero(vals, b) {
                        may_fail = true;
                    }
                    vals.alu(aop, self.a, b)
                };
                self.a = v;
                v
            }
            MISC if code == MISC | TAX => {
                self.x = self.a;
                self.x
            }
            _ => {
                self.a = self.x;
                self.a
            }
        };
        Step { may_fail, value }
    }

    /// The value a conditional jump compares A with.
    fn operand(&self, vals: &mut Values, code: u16, k: u32) -> ValueId {
        if code & op::X != 0 {
            self.x
        } else {
            vals.constant(k)
        }
    }

    /// The outcome of a conditional jump, if this state settles it.
    pub fn decide(&self, vals: &mut Values, code: u16, k: u32) -> Option<bool> {
        let jop = code & 0xf0;
        let b = self.operand(vals, code, k);
        if self.a == b {
            match jop {
                op::JEQ | op::JGE => return Some(true),
                op::JGT => return Some(false),
                _ => {}
            }
        }
        let kb = vals.konst(b)?;
        self.range_of(vals, self.a)?.decide(jop, kb)
    }

    /// Records the outcome of a conditional jump taken on this path.
    pub fn assume(&mut self, vals: &mut Values, code: u16, k: u32, outcome: bool) {
        let b = self.operand(vals, code, k);
        let Some(kb) = vals.konst(b) else {
            return;
        };
        if vals.konst(self.a).is_some() {
            return;
        }
        self.facts
            .entry(self.a)
            .or_insert_with(Range::full)
            .assume(code & 0xf0, kb, outcome);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_decide_what_they_imply() {
        let mut r = Range::full();
        r.assume(op::JEQ, 0x800, false);
        assert_eq!(r.decide(op::JEQ, 0x800), Some(false));
        assert_eq!(r.decide(op::JEQ, 0x86dd), None);
        r.assume(op::JGT, 0x5dc, true);
        assert_eq!(r.decide(op::JGE, 0x5dc), Some(true));
        assert_eq!(r.decide(op::JEQ, 0x100), Some(false));
        let mut eq = Range::full();
        eq.assume(op::JEQ, 0x86dd, true);
        assert_eq!(eq.decide(op::JEQ, 0x800), Some(false));
        assert_eq!(eq.decide(op::JSET, 0x1), Some(true));
        assert_eq!(eq.decide(op::JGT, 0x86dc), Some(true));
        // Joining "== 0x86dd" with "!= 0x800" still excludes 0x800.
        let mut ne = Range::full();
        ne.assume(op::JEQ, 0x800, false);
        let j = eq.join(&ne);
        assert_eq!(j.decide(op::JEQ, 0x800), Some(false));
        assert_eq!(j.decide(op::JEQ, 0x86dd), None);
        let mut bits = Range::full();
        bits.assume(op::JSET, 0x1fff, false);
        assert_eq!(bits.decide(op::JSET, 0x10), Some(false));
        assert_eq!(bits.decide(op::JSET, 0x2000), None);
        let mut any = Range::full();
        any.assume(op::JSET, 0x12, true);
        assert_eq!(any.decide(op::JSET, 0x13), Some(true));
        assert_eq!(any.decide(op::JSET, 0x10), None);
    }

    #[test]
    fn values_fold_and_loads_prove_length() {
        let mut vals = Values::default();
        let mut s = State::initial(&mut vals);
        let st = s.step(&mut vals, &Insn::stmt(op::LD | op::H | op::ABS, 12));
        assert!(st.may_fail);
        let again = s.step(&mut vals, &Insn::stmt(op::LD | op::B | op::ABS, 13));
        assert!(
            !again.may_fail,
            "byte 13 is inside the 14 bytes already read"
        );
        s.step(&mut vals, &Insn::stmt(op::LDX | op::IMM, 2));
        let ind = s.step(&mut vals, &Insn::stmt(op::LD | op::H | op::IND, 10));
        assert_eq!(ind.value, st.value, "[x + 10] with x = 2 is [12]");
        s.step(&mut vals, &Insn::stmt(op::ALU | op::ADD | op::K, 0));
        assert_eq!(s.a, st.value, "add #0 changes nothing");
        let div = s.step(&mut vals, &Insn::stmt(op::ALU | op::DIV | op::X, 0));
        assert!(!div.may_fail, "x is the constant 2");
        let d0 = s.step(&mut vals, &Insn::stmt(op::ALU | op::MOD | op::K, 0));
        assert!(d0.may_fail);
    }
}
