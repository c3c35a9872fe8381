//! The kernel's rules for a classic BPF program (bpf_check_classic and
//! check_load_and_stores in linux net/core/filter.c), so that a program the
//! kernel would refuse is caught with a message naming the instruction.

use super::ancillary as ad;
use super::{Insn, Program, op};

/// Why a program would be refused by the kernel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidateError {
    /// Index of the offending instruction.
    pub at: usize,
    pub reason: String,
}

impl std::fmt::Display for ValidateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "instruction {}: {}", self.at, self.reason)
    }
}

impl std::error::Error for ValidateError {}

/// True for the opcodes the kernel's classic BPF accepts (chk_code_allowed).
pub fn is_known_opcode(code: u16) -> bool {
    use op::*;
    const ALLOWED: &[u16] = &[
        ALU | ADD | K,
        ALU | ADD | X,
        ALU | SUB | K,
        ALU | SUB | X,
        ALU | MUL | K,
        ALU | MUL | X,
        ALU | DIV | K,
        ALU | DIV | X,
        ALU | MOD | K,
        ALU | MOD | X,
        ALU | AND | K,
        ALU | AND | X,
        ALU | OR | K,
        ALU | OR | X,
        ALU | XOR | K,
        ALU | XOR | X,
        ALU | LSH | K,
        ALU | LSH | X,
        ALU | RSH | K,
        ALU | RSH | X,
        ALU | NEG,
        LD | W | ABS,
        LD | H | ABS,
        LD | B | ABS,
        LD | W | LEN,
        LD | W | IND,
        LD | H | IND,
        LD | B | IND,
        LD | IMM,
        LD | MEM,
        LDX | W | LEN,
        LDX | B | MSH,
        LDX | IMM,
        LDX | MEM,
        ST,
        STX,
        MISC | TAX,
        MISC | TXA,
        RET | K,
        RET | A,
        JMP | JA,
        JMP | JEQ | K,
        JMP | JEQ | X,
        JMP | JGE | K,
        JMP | JGE | X,
        JMP | JGT | K,
        JMP | JGT | X,
        JMP | JSET | K,
        JMP | JSET | X,
    ];
    ALLOWED.contains(&code)
}

/// True for conditional jumps (they have jt/jf; `ja` uses k).
pub fn is_cond_jump(code: u16) -> bool {
    code & 0x07 == op::JMP && code & 0xf0 != op::JA
}

/// The ancillary offsets this kernel knows (bpf_anc_helper).
fn is_known_ancillary(k: u32) -> bool {
    let rel = k.wrapping_sub(ad::SKF_AD_OFF);
    k >= ad::SKF_AD_OFF && rel <= ad::VLAN_TPID && rel % 4 == 0
}

fn fail(at: usize, reason: impl Into<String>) -> ValidateError {
    ValidateError {
        at,
        reason: reason.into(),
    }
}

/// Checks `prog` against the kernel's rules.
pub fn validate(prog: &Program) -> Result<(), ValidateError> {
    check_length(prog)?;
    structure(prog, false)?;
    check_scratch_initialised(&prog.insns)
}

/// The kernel's rules but two: a scratch slot may be read before any store
/// to it, which the userspace interpreter answers as libpcap's does
/// (bpf::leftover) where the kernel would refuse the program, and `ja` may
/// jump back (libpcap's `protochain` loop; the interpreters bound it).
pub fn validate_userspace(prog: &Program) -> Result<(), ValidateError> {
    check_length(prog)?;
    structure(prog, true)
}

fn check_length(prog: &Program) -> Result<(), ValidateError> {
    let len = prog.insns.len();
    if len > op::MAXINSNS {
        return Err(fail(
            op::MAXINSNS,
            format!(
                "program has {len} instructions, the kernel allows at most {}",
                op::MAXINSNS
            ),
        ));
    }
    Ok(())
}

/// Every rule of [`validate`] except the length limit: what a program must
/// satisfy to be optimized at all (a long unoptimized program may still
/// come out short enough for the kernel).
pub fn validate_structure(prog: &Program) -> Result<(), ValidateError> {
    structure(prog, false)?;
    check_scratch_initialised(&prog.insns)
}

/// Known instructions, jumps in range (backward ones too with
/// `backward`), a `ret` last.
fn structure(prog: &Program, backward: bool) -> Result<(), ValidateError> {
    use op::*;
    let insns = &prog.insns;
    let len = insns.len();
    if len == 0 {
        return Err(fail(0, "empty program"));
    }
    for (pc, insn) in insns.iter().enumerate() {
        if let Some(why) = insn_problem(insn, pc, len, backward) {
            return Err(fail(pc, why));
        }
    }
    let last = insns[len - 1].code;
    if last != RET | K && last != RET | A {
        return Err(fail(len - 1, "the last instruction is not a ret"));
    }
    Ok(())
}

/// A division or modulo by the constant 0, or a shift by a constant over 31:
/// the kernel refuses it, and libpcap's optimizer refuses to produce it.
pub fn bad_constant_operand(insn: &Insn) -> bool {
    use op::*;
    let Insn { code, k, .. } = *insn;
    ((code == ALU | DIV | K || code == ALU | MOD | K) && k == 0)
        || ((code == ALU | LSH | K || code == ALU | RSH | K) && k > 31)
}

/// Where a backward `ja` at `pc` lands: an earlier instruction, never
/// itself (that loop would only end at the interpreter's bound).
fn back_target(pc: usize, k: u32) -> Option<usize> {
    let delta = k as i32;
    (delta < -1).then(|| (pc + 1).checked_add_signed(delta as isize))?
}

/// What the kernel objects to in one instruction on its own, if anything;
/// with `backward`, a `ja` back to an earlier instruction is allowed, as
/// libpcap's userspace interpreter allows it (`protochain`'s loop).
fn insn_problem(insn: &Insn, pc: usize, len: usize, backward: bool) -> Option<String> {
    use op::*;
    let Insn { code, jt, jf, k } = *insn;
    if !is_known_opcode(code) {
        return Some(format!("unknown opcode 0x{code:x}"));
    }
    let is_abs_load = code == LD | W | ABS || code == LD | H | ABS || code == LD | B | ABS;
    let is_scratch = code == LD | MEM || code == LDX | MEM || code == ST || code == STX;
    if bad_constant_operand(insn) {
        Some(if code & 0xf0 == DIV || code & 0xf0 == MOD {
            "division or modulo by the constant 0".into()
        } else {
            format!("shift by {k}, more than 31 bits")
        })
    } else if is_scratch && k >= MEMWORDS {
        Some(format!("scratch slot M[{k}] does not exist (0..15)"))
    } else if code == JMP | JA && backward && back_target(pc, k).is_some() {
        None
    } else if code == JMP | JA && k >= (len - pc - 1) as u32 {
        Some(if (k as i32) < 0 {
            format!(
                "backward jump (ja {}); the kernel allows forward jumps only",
                k as i32
            )
        } else {
            format!("jump past the end of the program (ja +{k})")
        })
    } else if is_cond_jump(code) && (pc + 1 + jt as usize >= len || pc + 1 + jf as usize >= len) {
        Some(format!(
            "jump past the end of the program (jt {jt}, jf {jf})"
        ))
    } else if is_abs_load && k >= ad::SKF_AD_OFF && !is_known_ancillary(k) {
        Some(format!("unknown ancillary load at offset {}", k as i32))
    } else {
        None
    }
}

/// The kernel refuses a program that may read a scratch slot no path has
/// written.
fn check_scratch_initialised(insns: &[Insn]) -> Result<(), ValidateError> {
    match unset_scratch_reads(insns).first() {
        Some(&(pc, slot)) => Err(fail(
            pc,
            format!("M[{slot}] may be read before anything is stored in it"),
        )),
        None => Ok(()),
    }
}

/// Every load from a scratch slot that some path may reach before a store
/// to it, as (pc, slot), by the kernel's rule (check_load_and_stores): along
/// each edge it keeps the set of slots surely written, and intersects them
/// where paths meet. A `ret` is treated as falling through, exactly as the
/// kernel does, so this may name more loads than can really happen, never fewer.
pub fn unset_scratch_reads(insns: &[Insn]) -> Vec<(usize, u32)> {
    use op::*;
    let mut found = Vec::new();
    let mut incoming = vec![u16::MAX; insns.len()];
    let mut valid: u16 = 0;
    for (pc, insn) in insns.iter().enumerate() {
        valid &= incoming[pc];
        let slot = 1u16 << (insn.k & 15);
        match insn.code {
            c if c == ST || c == STX => valid |= slot,
            c if (c == LD | MEM || c == LDX | MEM) && valid & slot == 0 => found.push((pc, insn.k)),
            c if c == JMP | JA => {
                // A backward jump (userspace only) is left out: the kernel
                // never sees one, and this walk goes forward.
                if let Some(to) = incoming.get_mut(pc.wrapping_add(1).wrapping_add(insn.k as usize))
                {
                    *to &= valid;
                }
                valid = u16::MAX;
            }
            c if is_cond_jump(c) => {
                incoming[pc + 1 + insn.jt as usize] &= valid;
                incoming[pc + 1 + insn.jf as usize] &= valid;
                valid = u16::MAX;
            }
            _ => {}
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bpf::testutil;

    fn p(insns: &[Insn]) -> Program {
        Program {
            insns: insns.to_vec(),
        }
    }
    #[test]
    fn unset_scratch_reads_are_found() {
        let st = |k| Insn::stmt(op::ST, k);
        let ldm = |k| Insn::stmt(op::LD | op::MEM, k);
        // M[0] stored on one branch only, then read after the join.
        let insns = [
            Insn::stmt(op::LD | op::W | op::ABS, 0),
            Insn::new(op::JMP | op::JEQ | op::K, 0, 1, 7),
            st(0),
            ldm(0),
            st(1),
            ldm(1),
            Insn::stmt(op::RET | op::K, 1),
        ];
        assert_eq!(unset_scratch_reads(&insns), vec![(3, 0)]);
    }

    const RET0: Insn = Insn::stmt(op::RET | op::K, 0);

    fn err_at(prog: &Program) -> usize {
        validate(prog).expect_err("must be refused").at
    }

    #[test]
    fn accepts_simple_programs() {
        validate(&Program::accept_all(262144)).unwrap();
        validate(&p(&[
            Insn::stmt(op::LD | op::H | op::ABS, 12),
            Insn::new(op::JMP | op::JEQ | op::K, 0, 1, 0x800),
            Insn::stmt(op::RET | op::K, 262144),
            RET0,
        ]))
        .unwrap();
    }

    #[test]
    fn structure_without_the_length_limit() {
        let mut insns = vec![Insn::stmt(op::LD | op::IMM, 1); op::MAXINSNS + 10];
        *insns.last_mut().unwrap() = RET0;
        assert!(validate(&p(&insns)).is_err());
        validate_structure(&p(&insns)).unwrap();
        insns.push(Insn::stmt(op::LD | op::IMM, 1));
        assert!(validate_structure(&p(&insns)).is_err());
    }

    #[test]
    fn length_limits() {
        assert_eq!(err_at(&Program::default()), 0);
        let mut insns = vec![Insn::stmt(op::LD | op::IMM, 1); op::MAXINSNS];
        *insns.last_mut().unwrap() = RET0;
        validate(&p(&insns)).unwrap();
        insns.insert(0, Insn::stmt(op::LD | op::IMM, 1));
        assert!(validate(&p(&insns)).is_err());
    }

    #[test]
    fn refuses_each_broken_rule_naming_the_instruction() {
        let ld = Insn::stmt(op::LD | op::IMM, 0);
        assert_eq!(
            err_at(&p(&[ld, Insn::stmt(0x0e, 0), RET0])),
            1,
            "unknown opcode"
        );
        assert_eq!(
            err_at(&p(&[ld, Insn::stmt(op::ALU | op::DIV | op::K, 0), RET0])),
            1
        );
        assert_eq!(
            err_at(&p(&[ld, Insn::stmt(op::ALU | op::MOD | op::K, 0), RET0])),
            1
        );
        assert_eq!(
            err_at(&p(&[ld, Insn::stmt(op::ALU | op::LSH | op::K, 32), RET0])),
            1
        );
        assert_eq!(err_at(&p(&[ld, Insn::stmt(op::ST, 16), RET0])), 1);
        assert_eq!(
            err_at(&p(&[Insn::stmt(op::JMP | op::JA, 1), RET0])),
            0,
            "ja past end"
        );
        assert_eq!(
            err_at(&p(&[ld, Insn::stmt(op::JMP | op::JA, u32::MAX), RET0])),
            1,
            "backward"
        );
        assert_eq!(
            err_at(&p(&[Insn::new(op::JMP | op::JEQ | op::K, 0, 1, 0), RET0])),
            0
        );
        assert_eq!(err_at(&p(&[ld, ld])), 1, "last is not ret");
        let bad_anc = Insn::stmt(op::LD | op::B | op::ABS, ad::SKF_AD_OFF + 64);
        assert_eq!(err_at(&p(&[bad_anc, RET0])), 0);
        let good_anc = Insn::stmt(
            op::LD | op::B | op::ABS,
            ad::SKF_AD_OFF + ad::VLAN_TAG_PRESENT,
        );
        validate(&p(&[good_anc, RET0])).unwrap();
        let net_off = Insn::stmt(op::LD | op::B | op::ABS, ad::SKF_NET_OFF + 9);
        validate(&p(&[net_off, RET0])).unwrap();
        let e = validate(&p(&[ld, ld])).unwrap_err();
        assert_eq!(
            e.to_string(),
            "instruction 1: the last instruction is not a ret"
        );
    }

    #[test]
    fn scratch_must_be_written_on_every_path_before_a_read() {
        let st = Insn::stmt(op::ST, 3);
        let ld3 = Insn::stmt(op::LD | op::MEM, 3);
        validate(&p(&[st, ld3, RET0])).unwrap();
        assert_eq!(err_at(&p(&[ld3, RET0])), 0);
        // Stored on the taken path only: refused at the read.
        let prog = p(&[
            Insn::new(op::JMP | op::JEQ | op::K, 0, 1, 0),
            st,
            ld3,
            Insn::stmt(op::RET | op::A, 0),
        ]);
        assert_eq!(err_at(&prog), 2);
        // Stored before the branch: fine on both paths.
        let prog = p(&[
            st,
            Insn::new(op::JMP | op::JEQ | op::K, 0, 1, 0),
            ld3,
            Insn::stmt(op::LDX | op::MEM, 3),
            Insn::stmt(op::RET | op::A, 0),
        ]);
        validate(&prog).unwrap();
    }

    /// Every program libpcap produces for the Ethernet link type passes,
    /// except `protochain` ones, whose backward jump the kernel refuses (and
    /// libpcap then filters in userspace).
    #[test]
    fn libpcap_programs_pass_except_backward_jumps() {
        let Some(core) = testutil::tcpdump_available("validate libpcap programs") else {
            return;
        };
        for expr in testutil::filters_dev() {
            if !testutil::tcpdump_compiles(&core, &expr) {
                continue;
            }
            for extra in [&[][..], &["-O"][..]] {
                let prog = testutil::tcpdump_program(&core, &expr, extra);
                let verdict = validate(&prog);
                if expr.contains("protochain") {
                    let e = verdict.expect_err("protochain jumps backwards");
                    assert!(e.reason.contains("backward"), "{expr}: {e}");
                } else {
                    verdict.unwrap_or_else(|e| panic!("`{expr}` {extra:?}: {e}"));
                }
            }
        }
    }
}
