//! The kernel's rules for a classic BPF program (net/core/filter.c).
//! Owned by the bpf work; placeholder until it lands.

use super::Program;

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

/// Checks `prog` against the kernel's rules.
pub fn validate(prog: &Program) -> Result<(), ValidateError> {
    if prog.is_empty() {
        return Err(ValidateError {
            at: 0,
            reason: "empty program".into(),
        });
    }
    Ok(())
}
