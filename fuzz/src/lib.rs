//! The fuzz checks and the libFuzzer-free mutator, shared by the cargo-fuzz
//! targets (fuzz_targets/) and by the top-level tests/fuzz_regressions.rs,
//! which includes these same files with `#[path]` so that a regression test
//! replays a finding through exactly the code that found it.

pub mod checks;
pub mod mutate;
