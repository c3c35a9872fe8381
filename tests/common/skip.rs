//! Tests that need root or a tool skip without them, and say so where a
//! reader of `cargo test` sees it: libtest swallows what a passing test
//! writes to stderr, so the skips are gathered and written once, straight
//! to the stderr descriptor, when the test binary exits. Under
//! AFSNIFF_REQUIRE_LIVE=1 (CI) a missing prerequisite is a failure instead.

use std::io::Write;
use std::process::{Command, Stdio};
use std::sync::{Mutex, Once};

/// "test: what is missing", one per skipped test (or skipped part of one).
static SKIPPED: Mutex<Vec<String>> = Mutex::new(Vec::new());
static REPORT_AT_EXIT: Once = Once::new();

pub fn live_required() -> bool {
    std::env::var("AFSNIFF_REQUIRE_LIVE").is_ok_and(|v| v == "1")
}

/// False (and the skip noted for the exit report) when `what` is missing;
/// a failure instead under AFSNIFF_REQUIRE_LIVE=1, so that CI cannot skip.
pub fn require(test: &str, what: &str, present: bool) -> bool {
    if present {
        return true;
    }
    assert!(
        !live_required(),
        "{test}: {what} is missing and AFSNIFF_REQUIRE_LIVE=1 forbids skipping"
    );
    skip(test, &format!("{what} is missing"));
    false
}

/// Notes that `test` (or a part of it) did not run, and `why`.
pub fn skip(test: &str, why: &str) {
    // Shown with the output of a test that fails later on.
    eprintln!("skipped: {test}: {why}");
    if let Ok(mut skipped) = SKIPPED.lock() {
        skipped.push(format!("{test}: {why}"));
    }
    REPORT_AT_EXIT.call_once(|| {
        // SAFETY: report_skipped is an `extern "C" fn()` taking nothing and
        // returning nothing, as atexit(3) requires; it touches only a
        // static Mutex (try_lock, so it cannot block) and stderr, both of
        // which live until the process ends.
        let registered = unsafe { libc::atexit(report_skipped) } == 0;
        if !registered {
            let _ = writeln!(std::io::stderr(), "skipped: {test}: {why}");
        }
    });
}

/// Runs from exit(3), after libtest has printed its result line.
extern "C" fn report_skipped() {
    let Ok(skipped) = SKIPPED.try_lock() else {
        return;
    };
    let binary = std::env::args()
        .next()
        .and_then(|a| {
            let name = std::path::Path::new(&a).file_name()?.to_str()?.to_string();
            // Cargo names test binaries NAME-HASH.
            Some(
                name.rsplit_once('-')
                    .map_or(name.clone(), |(n, _)| n.to_string()),
            )
        })
        .unwrap_or_default();
    // One test may skip several parts (each tool it lacks): count tests.
    let mut tests: Vec<&str> = skipped
        .iter()
        .map(|s| s.split(": ").next().unwrap_or(s))
        .collect();
    tests.sort_unstable();
    tests.dedup();
    let mut report = format!(
        "\n{binary}: {} test(s) did not run here, or not in full (AFSNIFF_REQUIRE_LIVE=1 makes that a failure):\n",
        tests.len()
    );
    for s in skipped.iter() {
        report += &format!("  skipped: {s}\n");
    }
    // std::io::stderr is unbuffered and not captured by libtest.
    let _ = std::io::stderr().write_all(report.as_bytes());
}

/// The effective user is root (what capturing and namespaces need).
pub fn is_root() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("Uid:"))
                .map(|l| l.split_whitespace().nth(2) == Some("0"))
        })
        .unwrap_or(false)
}

pub fn have_tool(name: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {name}")])
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// tcpdump runs (`--version` succeeds), or a skip (a failure in CI).
pub fn require_tcpdump(test: &str) -> bool {
    let runs = Command::new("tcpdump")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    require(test, "tcpdump", runs)
}

/// Root and every tool in `tools`, or a skip (a failure in CI).
pub fn require_live(test: &str, tools: &[&str]) -> bool {
    if !require(test, "root (live tests capture on veth pairs)", is_root()) {
        return false;
    }
    tools.iter().all(|t| require(test, t, have_tool(t)))
}
