#![no_main]
//! libFuzzer entry for the `filter_parser` check; the check itself lives in
//! src/checks.rs so that tests/fuzz_regressions.rs runs the same code.

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    afsniff_fuzz::checks::require_isolated_network();
    afsniff_fuzz::checks::filter_parser(data)
});
