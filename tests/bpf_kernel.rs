//! bpf::validate against the running kernel: random programs near the
//! rules' edges are attached with SO_ATTACH_FILTER to a UDP socket (no
//! privileges needed) and the kernel's verdict must equal the validator's.

mod common;
use afsniff::bpf::validate::validate;
use afsniff::bpf::{Insn, Program, ancillary as ad, op};

/// Asks the kernel whether it accepts `prog`: Ok(true) accepted, Ok(false)
/// refused with EINVAL, Err for anything else (no socket, ...).
fn kernel_accepts(prog: &Program) -> Result<bool, std::io::Error> {
    // SAFETY: plain socket(2); the fd is closed below on every path.
    let fd = unsafe { libc::socket(libc::AF_INET, libc::SOCK_DGRAM, 0) };
    if fd < 0 {
        return Err(std::io::Error::last_os_error());
    }
    let fprog = libc::sock_fprog {
        len: prog.insns.len() as u16,
        filter: prog.insns.as_ptr() as *mut libc::sock_filter,
    };
    // SAFETY: Insn is repr(C) with sock_filter's layout; fprog points at
    // prog.insns, which outlives the call; the kernel copies the program.
    let rc = unsafe {
        libc::setsockopt(
            fd,
            libc::SOL_SOCKET,
            libc::SO_ATTACH_FILTER,
            (&fprog as *const libc::sock_fprog).cast(),
            std::mem::size_of::<libc::sock_fprog>() as libc::socklen_t,
        )
    };
    let err = std::io::Error::last_os_error();
    // SAFETY: fd came from socket(2) above and is closed once.
    unsafe { libc::close(fd) };
    match rc {
        0 => Ok(true),
        _ if err.raw_os_error() == Some(libc::EINVAL) => Ok(false),
        _ => Err(err),
    }
}

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// A random instruction biased toward the edges the kernel checks.
fn random_insn(rng: &mut Rng, pc: usize, len: usize) -> Insn {
    use op::*;
    const CODES: &[u16] = &[
        LD | W | ABS,
        LD | H | ABS,
        LD | B | ABS,
        LD | W | IND,
        LD | IMM,
        LD | MEM,
        LDX | MEM,
        LDX | B | MSH,
        LDX | W | LEN,
        ST,
        STX,
        ALU | DIV | K,
        ALU | MOD | K,
        ALU | LSH | K,
        ALU | RSH | K,
        ALU | ADD | X,
        ALU | NEG,
        MISC | TAX,
        JMP | JA,
        JMP | JEQ | K,
        JMP | JSET | X,
        RET | K,
        RET | A,
    ];
    let code = match rng.below(20) {
        0 => rng.below(0x100) as u16,
        _ => CODES[rng.below(CODES.len() as u64) as usize],
    };
    let remaining = (len - pc) as u64;
    let k = match code {
        c if c == LD | MEM || c == LDX | MEM || c == ST || c == STX => rng.below(18) as u32,
        c if c == ALU | DIV | K || c == ALU | MOD | K => rng.below(3) as u32,
        c if c == ALU | LSH | K || c == ALU | RSH | K => 28 + rng.below(8) as u32,
        c if c == JMP | JA => match rng.below(4) {
            0 => u32::MAX - rng.below(3) as u32,
            _ => rng.below(remaining + 1) as u32,
        },
        c if c & 0x07 == LD => match rng.below(4) {
            0 => ad::SKF_AD_OFF + rng.below(70) as u32,
            1 => ad::SKF_NET_OFF + rng.below(40) as u32,
            _ => rng.below(64) as u32,
        },
        _ => rng.next() as u32,
    };
    let jt = rng.below(remaining.min(255) + 1) as u8;
    let jf = rng.below(remaining.min(255) + 1) as u8;
    Insn::new(code, jt, jf, k)
}

#[test]
fn validator_agrees_with_the_kernel_on_random_programs() {
    let mut rng = Rng(0x2545f4914f6cdd1d);
    let (mut accepted, mut refused) = (0, 0);
    for round in 0..20_000 {
        let len = 1 + rng.below(10) as usize;
        let mut insns: Vec<Insn> = (0..len).map(|pc| random_insn(&mut rng, pc, len)).collect();
        if rng.below(3) != 0 {
            insns[len - 1] = Insn::stmt(op::RET | op::K, rng.below(2) as u32);
        }
        let prog = Program { insns };
        let kernel = match kernel_accepts(&prog) {
            Ok(v) => v,
            Err(e) => {
                let what = format!("a kernel that answers SO_ATTACH_FILTER ({e})");
                common::require("validator vs kernel", &what, false);
                return;
            }
        };
        let ours = validate(&prog);
        assert_eq!(
            ours.is_ok(),
            kernel,
            "round {round}: kernel {} but validator says {ours:?} for {prog:?}",
            if kernel { "accepts" } else { "refuses" }
        );
        if kernel {
            accepted += 1;
        } else {
            refused += 1;
        }
    }
    assert!(
        accepted > 500 && refused > 500,
        "accepted {accepted}, refused {refused}"
    );
}

#[test]
fn length_limit_matches_the_kernel() {
    for len in [4096usize, 4097] {
        let mut insns = vec![Insn::stmt(op::LD | op::IMM, 0); len];
        insns[len - 1] = Insn::stmt(op::RET | op::K, 0);
        let prog = Program { insns };
        match kernel_accepts(&prog) {
            Ok(kernel) => assert_eq!(validate(&prog).is_ok(), kernel, "len {len}"),
            Err(e) => common::skip(
                "kernel length limit",
                &format!("cannot ask the kernel: {e}"),
            ),
        }
    }
}
