#![no_main]
//! libFuzzer entry for the `file_reader` check; the check itself lives in
//! src/checks.rs so that tests/fuzz_regressions.rs runs the same code.

libfuzzer_sys::fuzz_target!(|data: &[u8]| afsniff_fuzz::checks::file_reader(data));
