//! -d, -dd and -ddd listings in tcpdump's exact formats.
//! Owned by the bpf work; placeholder until it lands.

use super::Program;

/// tcpdump -d: one mnemonic line per instruction.
pub fn listing(prog: &Program) -> String {
    let _ = prog;
    String::new()
}

/// tcpdump -dd: a C array of `{ code, jt, jf, k }`.
pub fn c_array(prog: &Program) -> String {
    let _ = prog;
    String::new()
}

/// tcpdump -ddd: the instruction count, then `code jt jf k` in decimal.
pub fn decimal(prog: &Program) -> String {
    let _ = prog;
    String::new()
}
