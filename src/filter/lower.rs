//! From a tree of conditions to a classic BPF program: short-circuit code
//! with symbolic labels, then jump threading on known comparison results,
//! removal of loads whose value is already in a register, dead code
//! removal, and `ja` trampolines for jumps longer than 255 instructions.

use crate::bpf::{op, Insn, Program};

/// A boolean condition over the packet, in evaluation order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cond {
    /// Run `code` (it leaves a value in A), then jump on `jmp` (a BPF_JMP
    /// opcode with its K or X source) against `k`.
    Test { code: Vec<Insn>, jmp: u16, k: u32 },
    And(Vec<Cond>),
    Or(Vec<Cond>),
    Not(Box<Cond>),
    Const(bool),
    /// Statements that run before the condition (scratch set-up).
    Pre(Vec<Insn>, Box<Cond>),
    /// if c then a else b.
    If(Box<Cond>, Box<Cond>, Box<Cond>),
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
enum Node {
    Stmt(Insn),
    Jmp { code: u16, k: u32, jt: Label, jf: Label },
    Ja(Label),
    Label(Label),
    Ret(u32),
}

struct Emitter {
    nodes: Vec<Node>,
    labels: usize,
}

impl Emitter {
    fn label(&mut self) -> Label {
        self.labels += 1;
        self.labels - 1
    }

    fn cond(&mut self, c: &Cond, t: Label, f: Label) {
        match c {
            Cond::Test { code, jmp, k } => {
                self.nodes.extend(code.iter().map(|i| Node::Stmt(*i)));
                self.nodes.push(Node::Jmp { code: *jmp, k: *k, jt: t, jf: f });
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

/// Compiles `c` to a program returning `snaplen` on a match and 0 otherwise.
pub fn lower(c: &Cond, snaplen: u32, optimize: bool) -> Result<Program, String> {
    let mut e = Emitter { nodes: Vec::new(), labels: 2 };
    let (accept, reject) = (0, 1);
    e.cond(c, accept, reject);
    e.nodes.extend([Node::Label(accept), Node::Ret(snaplen), Node::Label(reject), Node::Ret(0)]);
    let mut nodes = e.nodes;
    if optimize {
        for _ in 0..4 {
            let before = nodes.clone();
            thread_jumps(&mut nodes);
            remove_dead(&mut nodes);
            remove_redundant_loads(&mut nodes);
            drop_trivial_jumps(&mut nodes);
            remove_dead(&mut nodes);
            if nodes == before {
                break;
            }
        }
    } else {
        remove_dead(&mut nodes);
    }
    assemble(nodes, e.labels)
}

/// The identity of a value that a packet load or `len` produced; equal
/// identities hold equal values for the whole run of the program.
type ValId = (u16, u32);

fn load_identity(i: &Insn) -> Option<ValId> {
    let class = i.code & 0x07;
    let mode = i.code & 0xe0;
    (class == op::LD && (mode == op::ABS || mode == op::LEN || mode == op::IMM)).then_some((i.code, i.k))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Fact {
    val: ValId,
    jmp: u16,
    k: u32,
    holds: bool,
}

fn decide(facts: &[Fact], val: ValId, jmp: u16, k: u32) -> Option<bool> {
    if jmp & op::X != 0 {
        return None;
    }
    if val.0 == op::LD | op::IMM {
        let a = val.1;
        return Some(match jmp & 0xf0 {
            op::JEQ => a == k,
            op::JGT => a > k,
            op::JGE => a >= k,
            op::JSET => a & k != 0,
            _ => return None,
        });
    }
    for f in facts.iter().filter(|f| f.val == val) {
        if f.jmp == jmp && f.k == k {
            return Some(f.holds);
        }
        if f.jmp == op::JMP | op::JEQ && f.holds {
            let a = f.k;
            return Some(match jmp & 0xf0 {
                op::JEQ => a == k,
                op::JGT => a > k,
                op::JGE => a >= k,
                op::JSET => a & k != 0,
                _ => continue,
            });
        }
    }
    None
}

fn label_positions(nodes: &[Node], n: usize) -> Vec<usize> {
    let mut pos = vec![usize::MAX; n];
    for (i, node) in nodes.iter().enumerate() {
        if let Node::Label(l) = node {
            if *l < n {
                pos[*l] = i;
            }
        }
    }
    pos
}

fn max_label(nodes: &[Node]) -> usize {
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
}

/// Where control ends up when it enters label `l` knowing `facts`: past
/// every test whose outcome the facts decide (skipping only plain loads).
fn follow(nodes: &[Node], pos: &[usize], mut l: Label, facts: &mut Vec<Fact>) -> Label {
    for _ in 0..64 {
        let mut i = pos[l] + 1;
        let mut a: Option<ValId> = None;
        loop {
            match nodes.get(i) {
                Some(Node::Label(_)) => i += 1,
                Some(Node::Stmt(s)) => match load_identity(s) {
                    Some(v) => {
                        a = Some(v);
                        i += 1;
                    }
                    None => return l,
                },
                Some(Node::Jmp { code, k, jt, jf }) => {
                    let Some(v) = a else { return l };
                    let Some(holds) = decide(facts, v, *code, *k) else { return l };
                    facts.push(Fact { val: v, jmp: *code, k: *k, holds });
                    l = if holds { *jt } else { *jf };
                    break;
                }
                Some(Node::Ja(t)) => {
                    l = *t;
                    break;
                }
                _ => return l,
            }
        }
    }
    l
}

fn intersect(into: &mut Option<Vec<Fact>>, facts: &[Fact]) {
    match into {
        None => *into = Some(facts.to_vec()),
        Some(have) => have.retain(|f| facts.contains(f)),
    }
}

fn thread_jumps(nodes: &mut [Node]) {
    let n = max_label(nodes);
    let pos = label_positions(nodes, n);
    let mut incoming: Vec<Option<Vec<Fact>>> = vec![None; n];
    let mut facts: Vec<Fact> = Vec::new();
    let mut reachable = true;
    let mut a: Option<ValId> = None;
    for i in 0..nodes.len() {
        match nodes[i].clone() {
            Node::Label(l) => {
                let mut merged = if reachable { Some(facts.clone()) } else { None };
                if let Some(inc) = &incoming[l] {
                    intersect(&mut merged, inc);
                }
                reachable = merged.is_some();
                facts = merged.unwrap_or_default();
                a = None;
            }
            Node::Stmt(s) => {
                if s.code & 0x07 == op::LD || s.code & 0x07 == op::ALU || s.code == op::MISC | op::TXA {
                    a = load_identity(&s);
                }
            }
            Node::Jmp { code, k, jt, jf } => {
                let mut ft = facts.clone();
                let mut ff = facts.clone();
                if let Some(v) = a {
                    if let Some(holds) = decide(&facts, v, code, k) {
                        let to = if holds { jt } else { jf };
                        let mut fx = facts.clone();
                        let to = follow(nodes, &pos, to, &mut fx);
                        intersect(&mut incoming[to], &fx);
                        nodes[i] = Node::Ja(to);
                        reachable = false;
                        continue;
                    }
                    ft.push(Fact { val: v, jmp: code, k, holds: true });
                    ff.push(Fact { val: v, jmp: code, k, holds: false });
                }
                let nt = follow(nodes, &pos, jt, &mut ft);
                let nf = follow(nodes, &pos, jf, &mut ff);
                if reachable {
                    intersect(&mut incoming[nt], &ft);
                    intersect(&mut incoming[nf], &ff);
                }
                nodes[i] = Node::Jmp { code, k, jt: nt, jf: nf };
                reachable = false;
            }
            Node::Ja(t) => {
                let mut fx = facts.clone();
                let nt = follow(nodes, &pos, t, &mut fx);
                if reachable {
                    intersect(&mut incoming[nt], &fx);
                }
                nodes[i] = Node::Ja(nt);
                reachable = false;
            }
            Node::Ret(_) => reachable = false,
        }
    }
}

/// Drops code no jump or fall-through reaches, and labels nobody targets.
fn remove_dead(nodes: &mut Vec<Node>) {
    let n = max_label(nodes);
    let mut targeted = vec![false; n];
    let mut reachable = true;
    let mut keep = vec![false; nodes.len()];
    for (i, node) in nodes.iter().enumerate() {
        if let Node::Label(l) = node {
            reachable |= targeted[*l];
        }
        keep[i] = reachable;
        if !reachable {
            continue;
        }
        match node {
            Node::Jmp { jt, jf, .. } => {
                targeted[*jt] = true;
                targeted[*jf] = true;
                reachable = false;
            }
            Node::Ja(t) => {
                targeted[*t] = true;
                reachable = false;
            }
            Node::Ret(_) => reachable = false,
            _ => {}
        }
    }
    let mut i = 0;
    nodes.retain(|_| {
        i += 1;
        keep[i - 1]
    });
}

/// What A or X holds, as far as we can tell.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Val {
    Unknown,
    Known(Insn, Option<Box<Val>>),
}

fn remove_redundant_loads(nodes: &mut Vec<Node>) {
    let n = max_label(nodes);
    let mut incoming: Vec<Option<(Val, Val)>> = vec![None; n];
    let meet = |slot: &mut Option<(Val, Val)>, a: &Val, x: &Val| match slot {
        None => *slot = Some((a.clone(), x.clone())),
        Some((sa, sx)) => {
            if sa != a {
                *sa = Val::Unknown;
            }
            if sx != x {
                *sx = Val::Unknown;
            }
        }
    };
    let (mut a, mut x) = (Val::Unknown, Val::Unknown);
    let mut reachable = true;
    let mut drop = vec![false; nodes.len()];
    for (i, node) in nodes.iter().enumerate() {
        match node {
            Node::Label(l) => {
                let mut m = if reachable { Some((a.clone(), x.clone())) } else { None };
                if let Some((ia, ix)) = &incoming[*l] {
                    meet(&mut m, ia, ix);
                }
                reachable = true;
                (a, x) = m.unwrap_or((Val::Unknown, Val::Unknown));
            }
            Node::Stmt(s) => {
                let class = s.code & 0x07;
                let mode = s.code & 0xe0;
                match class {
                    op::LD => {
                        let v = match mode {
                            op::IND => Val::Known(*s, Some(Box::new(x.clone()))),
                            _ => Val::Known(*s, None),
                        };
                        if mode == op::IND && x == Val::Unknown {
                            a = Val::Unknown;
                        } else if v == a {
                            drop[i] = true;
                        } else {
                            a = v;
                        }
                    }
                    op::LDX => {
                        let v = Val::Known(*s, None);
                        if v == x {
                            drop[i] = true;
                        } else {
                            x = v;
                        }
                    }
                    op::ST | op::STX => {
                        let slot = s.k;
                        let uses = |v: &Val| mentions_mem(v, slot);
                        if uses(&a) {
                            a = Val::Unknown;
                        }
                        if uses(&x) {
                            x = Val::Unknown;
                        }
                    }
                    op::MISC => {
                        if s.code == op::MISC | op::TAX {
                            if a != Val::Unknown && a == x {
                                drop[i] = true;
                            } else {
                                x = a.clone();
                            }
                        } else {
                            a = x.clone();
                        }
                    }
                    _ => a = Val::Unknown,
                }
            }
            Node::Jmp { jt, jf, .. } => {
                meet(&mut incoming[*jt], &a, &x);
                meet(&mut incoming[*jf], &a, &x);
                reachable = false;
            }
            Node::Ja(t) => {
                meet(&mut incoming[*t], &a, &x);
                reachable = false;
            }
            Node::Ret(_) => reachable = false,
        }
    }
    let mut i = 0;
    nodes.retain(|_| {
        i += 1;
        !drop[i - 1]
    });
}

fn mentions_mem(v: &Val, slot: u32) -> bool {
    match v {
        Val::Unknown => false,
        Val::Known(i, inner) => {
            (i.code & 0xe0 == op::MEM && i.k == slot) || inner.as_deref().is_some_and(|x| mentions_mem(x, slot))
        }
    }
}

/// `ja` to the next instruction goes; a test whose two branches meet
/// becomes a `ja`.
fn drop_trivial_jumps(nodes: &mut Vec<Node>) {
    for node in nodes.iter_mut() {
        if let Node::Jmp { jt, jf, .. } = node {
            if jt == jf {
                *node = Node::Ja(*jt);
            }
        }
    }
    let mut drop = vec![false; nodes.len()];
    for i in 0..nodes.len() {
        if let Node::Ja(t) = nodes[i] {
            let next_labels = nodes[i + 1..].iter().take_while(|n| matches!(n, Node::Label(_)));
            if next_labels.into_iter().any(|n| *n == Node::Label(t)) {
                drop[i] = true;
            }
        }
    }
    let mut i = 0;
    nodes.retain(|_| {
        i += 1;
        !drop[i - 1]
    });
}

fn assemble(mut nodes: Vec<Node>, labels: usize) -> Result<Program, String> {
    let mut next_label = labels.max(max_label(&nodes));
    loop {
        let mut at = vec![usize::MAX; next_label.max(max_label(&nodes))];
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
        // Find a conditional jump too far for its 8-bit offsets.
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
                    Node::Jmp { code, k, jt, jf } => {
                        Insn::new(*code, (at[*jt] - pc - 1) as u8, (at[*jf] - pc - 1) as u8, *k)
                    }
                };
                insns.push(insn);
                pc += 1;
            }
            return Ok(Program { insns });
        };
        let tramp = next_label;
        next_label += 1;
        let target = match &mut nodes[i] {
            Node::Jmp { jt, jf, .. } => {
                let side = if true_side { jt } else { jf };
                std::mem::replace(side, tramp)
            }
            _ => unreachable!("far jumps are conditional"),
        };
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
        let p = lower(&c, 65535, true).unwrap();
        // ldh [12]; jeq 86dd; jeq 800; ret; ret
        assert_eq!(p.insns.len(), 5, "{:?}", p.insns);
        assert_eq!(p.insns[0], ldh(12));
        assert_eq!(p.insns[2].code, eq(0));
    }

    #[test]
    fn long_jumps_get_trampolines() {
        let mut tests = Vec::new();
        for k in 0..300 {
            tests.push(Cond::test(vec![Insn::stmt(op::LD | op::W | op::ABS, 4 * k)], eq(0), k));
        }
        let p = lower(&Cond::And(tests), 1, true).unwrap();
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
