//! From a tree of conditions to a classic BPF program: short-circuit code
//! with symbolic labels, optimized on a block graph (blocks.rs), laid out
//! with `ja` trampolines for jumps longer than 255 instructions.

use super::blocks::Cfg;
use crate::bpf::{Insn, Program, op};

/// A boolean condition over the packet, in evaluation order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cond {
    /// Run `code` (it leaves a value in A), then jump on `jmp` (a BPF_JMP
    /// opcode with its K or X source) against `k`.
    Test {
        code: Vec<Insn>,
        jmp: u16,
        k: u32,
    },
    And(Vec<Cond>),
    Or(Vec<Cond>),
    Not(Box<Cond>),
    Const(bool),
    /// Statements that run before the condition (scratch set-up).
    Pre(Vec<Insn>, Box<Cond>),
    /// if c then a else b.
    If(Box<Cond>, Box<Cond>, Box<Cond>),
    /// The test of a relation (`ip[0] & 0xf > 5`). Code is the same; only
    /// the model of libpcap's branch passes treats its value apart: there
    /// a relation's loads are indexed loads, never equal to a protocol
    /// test's absolute ones, so no fact crosses between the two.
    /// The flag says whether its operand is a plain number: libpcap's
    /// branch passes decide `1 = 2` but not `1 = 4 >> 2`.
    Rel(Box<Cond>, bool),
}

impl Cond {
    pub fn test(code: Vec<Insn>, jmp: u16, k: u32) -> Cond {
        Cond::Test { code, jmp, k }
    }
    pub fn not(c: Cond) -> Cond {
        Cond::Not(Box::new(c))
    }
}

type Label = usize;

#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Node {
    Stmt(Insn),
    Jmp {
        code: u16,
        k: u32,
        jt: Label,
        jf: Label,
    },
    Ja(Label),
    Label(Label),
    Ret(u32),
}

struct Emitter {
    nodes: Vec<Node>,
    labels: usize,
    /// Give relation tests a value of their own (see Cond::Rel).
    mark_relations: bool,
}

/// Appended to a relation's code while branches move, then removed:
/// `xor #0` keeps a constant constant there and makes anything else a
/// value of its own.
pub(super) const RELATION_MARK: Insn = Insn {
    code: op::ALU | op::XOR | op::K,
    jt: 0,
    jf: 0,
    k: 0,
};
/// The same for a relation whose operand was computed: never a constant.
pub(super) const OPAQUE_RELATION_MARK: Insn = Insn {
    code: op::ALU | op::OR | op::K,
    jt: 0,
    jf: 0,
    k: 0,
};

impl Emitter {
    fn label(&mut self) -> Label {
        self.labels += 1;
        self.labels - 1
    }

    fn cond(&mut self, c: &Cond, t: Label, f: Label) {
        match c {
            Cond::Test { code, jmp, k } => {
                self.nodes.extend(code.iter().map(|i| Node::Stmt(*i)));
                self.nodes.push(Node::Jmp {
                    code: *jmp,
                    k: *k,
                    jt: t,
                    jf: f,
                });
            }
            Cond::And(v) | Cond::Or(v) => {
                let is_and = matches!(c, Cond::And(_));
                match v.split_last() {
                    None => self.nodes.push(Node::Ja(if is_and { t } else { f })),
                    Some((last, init)) => {
                        for c in init {
                            let mid = self.label();
                            if is_and {
                                self.cond(c, mid, f);
                            } else {
                                self.cond(c, t, mid);
                            }
                            self.nodes.push(Node::Label(mid));
                        }
                        self.cond(last, t, f);
                    }
                }
            }
            Cond::Not(c) => self.cond(c, f, t),
            Cond::Rel(c, plain) => match &**c {
                Cond::Test { code, jmp, k } if self.mark_relations => {
                    let mut code = code.clone();
                    code.push(if *plain {
                        RELATION_MARK
                    } else {
                        OPAQUE_RELATION_MARK
                    });
                    self.cond(&Cond::test(code, *jmp, *k), t, f);
                }
                c => self.cond(c, t, f),
            },
            Cond::Const(b) => self.nodes.push(Node::Ja(if *b { t } else { f })),
            Cond::Pre(code, c) => {
                self.nodes.extend(code.iter().map(|i| Node::Stmt(*i)));
                self.cond(c, t, f);
            }
            Cond::If(c, a, b) => {
                let (la, lb) = (self.label(), self.label());
                self.cond(c, la, lb);
                self.nodes.push(Node::Label(la));
                self.cond(a, t, f);
                self.nodes.push(Node::Label(lb));
                self.cond(b, t, f);
            }
        }
    }
}

/// Why libpcap's optimizer would refuse a program (known only when optimizing).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Refusal {
    /// "expression rejects all packets".
    pub rejects_all: bool,
    /// A division or modulus by a constant zero, or a shift by a constant
    /// over 31, still reachable once jumps are threaded, where libpcap
    /// folds its statements.
    pub folds_badly: bool,
}

/// Compiles `c` to a program returning `snaplen` on a match and 0 otherwise,
/// and whether libpcap would refuse it.
pub fn lower(c: &Cond, snaplen: u32, optimize: bool) -> Result<(Program, Refusal), String> {
    let mut e = Emitter {
        nodes: Vec::new(),
        labels: 2,
        mark_relations: optimize,
    };
    let (accept, reject) = (0, 1);
    e.cond(c, accept, reject);
    e.nodes.extend([
        Node::Label(accept),
        Node::Ret(snaplen),
        Node::Label(reject),
        Node::Ret(0),
    ]);
    let mut cfg = Cfg::from_nodes(&e.nodes);
    let refusal = if optimize {
        cfg.optimize()
    } else {
        Refusal::default()
    };
    let nodes = cfg.linearize(optimize);
    Ok((assemble(nodes)?, refusal))
}

fn assemble(mut nodes: Vec<Node>) -> Result<Program, String> {
    let max_label = |nodes: &[Node]| {
        nodes
            .iter()
            .map(|n| match n {
                Node::Label(l) | Node::Ja(l) => *l,
                Node::Jmp { jt, jf, .. } => (*jt).max(*jf),
                _ => 0,
            })
            .max()
            .unwrap_or(0)
            + 1
    };
    let mut next_label = max_label(&nodes);
    loop {
        let mut at = vec![usize::MAX; next_label];
        let mut pc = 0;
        for node in &nodes {
            match node {
                Node::Label(l) => at[*l] = pc,
                _ => pc += 1,
            }
        }
        if pc > op::MAXINSNS {
            return Err(format!(
                "the program needs {pc} instructions, more than the kernel's limit of {}",
                op::MAXINSNS
            ));
        }
        let mut pc = 0;
        let mut far = None;
        for (i, node) in nodes.iter().enumerate() {
            match node {
                Node::Label(_) => continue,
                Node::Jmp { jt, jf, .. } => {
                    let t_far = at[*jt] - pc - 1 > 255;
                    let f_far = at[*jf] - pc - 1 > 255;
                    if t_far || f_far {
                        far = Some((i, t_far));
                        break;
                    }
                }
                _ => {}
            }
            pc += 1;
        }
        let Some((i, true_side)) = far else {
            let mut insns = Vec::with_capacity(pc);
            let mut pc = 0usize;
            for node in &nodes {
                let insn = match node {
                    Node::Label(_) => continue,
                    Node::Stmt(s) => *s,
                    Node::Ret(k) => Insn::stmt(op::RET | op::K, *k),
                    Node::Ja(t) => Insn::stmt(op::JMP | op::JA, (at[*t] - pc - 1) as u32),
                    Node::Jmp { code, k, jt, jf } => Insn::new(
                        *code,
                        (at[*jt] - pc - 1) as u8,
                        (at[*jf] - pc - 1) as u8,
                        *k,
                    ),
                };
                insns.push(insn);
                pc += 1;
            }
            return Ok(Program { insns });
        };
        let tramp = next_label;
        next_label += 1;
        let mut target = 0;
        if let Node::Jmp { jt, jf, .. } = &mut nodes[i] {
            let side = if true_side { jt } else { jf };
            target = std::mem::replace(side, tramp);
        }
        nodes.insert(i + 1, Node::Label(tramp));
        nodes.insert(i + 2, Node::Ja(target));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ldh(k: u32) -> Insn {
        Insn::stmt(op::LD | op::H | op::ABS, k)
    }
    fn eq(k: u32) -> u16 {
        let _ = k;
        op::JMP | op::JEQ | op::K
    }

    #[test]
    fn repeated_ethertype_tests_are_threaded_and_loads_shared() {
        let ip = Cond::test(vec![ldh(12)], eq(0), 0x800);
        let ip6 = Cond::test(vec![ldh(12)], eq(0), 0x86dd);
        let c = Cond::Or(vec![ip6, ip.clone(), ip]);
        let p = lower(&c, 65535, true).unwrap().0;
        // ldh [12]; jeq 86dd; jeq 800; ret; ret
        assert_eq!(p.insns.len(), 5, "{:?}", p.insns);
        assert_eq!(p.insns[0], ldh(12));
        assert_eq!(p.insns[2].code, eq(0));
    }

    #[test]
    fn long_jumps_get_trampolines() {
        let mut tests = Vec::new();
        for k in 0..300 {
            tests.push(Cond::test(
                vec![Insn::stmt(op::LD | op::W | op::ABS, 4 * k)],
                eq(0),
                k,
            ));
        }
        let p = lower(&Cond::And(tests), 1, true).unwrap().0;
        assert!(p.insns.len() > 600);
        assert_eq!(p.insns.last().unwrap().code, op::RET | op::K);
        for (i, insn) in p.insns.iter().enumerate() {
            if insn.code & 0x07 == op::JMP && insn.code != op::JMP | op::JA {
                assert!(i + 1 + (insn.jt as usize) < p.insns.len());
                assert!(i + 1 + (insn.jf as usize) < p.insns.len());
            }
        }
    }
}
