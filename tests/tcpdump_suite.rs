//! tcpdump 4.99.3's own test cases, carried in tests/data/tcpdump-suite:
//! every test named by a *.list file there prints, byte for byte, what
//! tcpdump printed (its .out file). Run as tcpdump's TESTrun runs them:
//! `-# -n -r CAPTURE OPTIONS`, TZ=GMT0. The same for the captures built
//! with scapy in tests/data/scapy-built (tests/tools/scapy).

mod common;

use std::path::{Path, PathBuf};

/// One TESTLIST line.
struct Case {
    name: String,
    capture: PathBuf,
    expected: PathBuf,
    options: Vec<String>,
}

fn cases(dir: &Path) -> Vec<Case> {
    let mut lists: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "list"))
        .collect();
    lists.sort();
    let mut out = Vec::new();
    for list in lists {
        let text = std::fs::read_to_string(&list).unwrap();
        for line in text.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut words = shell_words(line).into_iter();
            let mut next = |what: &str| {
                words
                    .next()
                    .unwrap_or_else(|| panic!("{}: no {what} in `{line}`", list.display()))
            };
            let (name, capture, expected) = (next("name"), next("capture"), next("output"));
            out.push(Case {
                name,
                capture: dir.join(capture),
                expected: dir.join(expected),
                options: words.collect(),
            });
        }
    }
    out
}

/// `line` split into words as /bin/sh splits TESTrun's command: at blanks,
/// except inside single or double quotes, which are removed.
fn shell_words(line: &str) -> Vec<String> {
    let (mut words, mut word, mut quote, mut started) = (Vec::new(), String::new(), None, false);
    for ch in line.chars() {
        match (quote, ch) {
            (None, '\'' | '"') => (quote, started) = (Some(ch), true),
            (Some(q), _) if ch == q => quote = None,
            (None, c) if c.is_whitespace() => {
                if started {
                    words.push(std::mem::take(&mut word));
                    started = false;
                }
            }
            (_, c) => {
                word.push(c);
                started = true;
            }
        }
    }
    if started {
        words.push(word);
    }
    words
}

#[test]
fn shell_words_keep_quoted_blanks() {
    assert_eq!(
        shell_words("a  b\t\"geneve && tcp\" 'x y'z ''"),
        ["a", "b", "geneve && tcp", "x yz", ""]
    );
}

#[test]
fn suite_cases_print_what_tcpdump_printed() {
    print_what_tcpdump_printed("tcpdump-suite", 100);
}

/// Captures built independently with scapy (tests/tools/scapy), against
/// the lines tcpdump 4.99.3 printed for them: fields filled another way
/// than in tcpdump's own captures.
#[test]
fn scapy_built_cases_print_what_tcpdump_printed() {
    print_what_tcpdump_printed("scapy-built", 1);
}

/// Every case listed in tests/data/`folder`, run as TESTrun runs them.
fn print_what_tcpdump_printed(folder: &str, at_least: usize) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(folder);
    let cases = cases(&dir);
    assert!(
        cases.len() >= at_least,
        "only {} cases listed in {folder}",
        cases.len()
    );
    let mut failed = Vec::new();
    for case in &cases {
        let out = common::afsniff()
            .env("TZ", "GMT0")
            .args(["-#", "-n", "-r"])
            .arg(&case.capture)
            .args(&case.options)
            .output()
            .expect("afsniff runs");
        let expected = std::fs::read(&case.expected).unwrap();
        if out.stdout != expected {
            let got = String::from_utf8_lossy(&out.stdout);
            let want = String::from_utf8_lossy(&expected);
            let first = got
                .lines()
                .zip(want.lines())
                .position(|(g, w)| g != w)
                .unwrap_or(got.lines().count().min(want.lines().count()));
            failed.push(format!(
                "{}: line {}:\n  tcpdump: {}\n  afsniff: {}\n  stderr: {}",
                case.name,
                first + 1,
                want.lines().nth(first).unwrap_or("(no line)"),
                got.lines().nth(first).unwrap_or("(no line)"),
                String::from_utf8_lossy(&out.stderr).trim(),
            ));
        }
    }
    assert!(
        failed.is_empty(),
        "{} of {} cases in {folder} differ:\n{}",
        failed.len(),
        cases.len(),
        failed.join("\n")
    );
}
