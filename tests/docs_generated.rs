//! The committed man page and completions: fresh, complete, and working.

mod common;

use common::{afsniff, have_tool as have, require, skip, tempdir};
use std::fs;
use std::path::Path;
use std::process::Command;

const GENERATED: [&str; 4] = [
    "man/afsniff.1",
    "completions/afsniff.bash",
    "completions/_afsniff",
    "completions/afsniff.fish",
];

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn committed_docs_match_the_clap_definitions() {
    let tmp = tempdir();
    let status = afsniff()
        .arg("--generate-docs")
        .arg(tmp.path())
        .status()
        .unwrap();
    assert!(status.success(), "--generate-docs failed: {status}");
    for file in GENERATED {
        let fresh = fs::read(tmp.join(file)).unwrap();
        let committed = fs::read(repo().join(file)).unwrap_or_default();
        assert!(
            fresh == committed,
            "{file} is stale: the clap definitions or src/cli/docs changed. \
             Run `cargo run -- --generate-docs .` and commit the result."
        );
    }
}

/// The man page in plain text, as `man` would show it, hyphens unescaped.
fn man_source() -> String {
    fs::read_to_string(repo().join("man/afsniff.1"))
        .unwrap()
        .replace("\\-", "-")
}

#[test]
fn man_page_names_every_option_help_lists() {
    let out = afsniff().arg("--help").output().unwrap();
    assert!(out.status.success());
    let help = String::from_utf8(out.stdout).unwrap();
    let page = man_source();
    let mut longs = 0;
    for word in help.split(|c: char| c.is_whitespace() || c == ',' || c == '[' || c == ']') {
        let Some(name) = word.strip_prefix("--") else {
            continue;
        };
        let name: String = name
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        if name.is_empty() {
            continue;
        }
        longs += 1;
        assert!(
            page.contains(&format!("--{name}")),
            "--{name} is in --help but not in man/afsniff.1"
        );
    }
    assert!(longs >= 20, "found only {longs} long options in --help");
    for short in ["-i", "-r", "-w", "-Q", "-c", "-s", "-y", "-Z", "-#"] {
        assert!(page.contains(short), "{short} missing from the man page");
    }
}

#[test]
fn man_page_renders_without_warnings() {
    let present = have("man") && have("groff");
    let what = "man or groff (apt-get install -y man-db groff-base)";
    if !require("man_page_renders_without_warnings", what, present) {
        return;
    }
    let page = repo().join("man/afsniff.1");
    let out = Command::new("man")
        .arg("-l")
        .arg(&page)
        .env("MANWIDTH", "80")
        .output()
        .unwrap();
    assert!(out.status.success(), "man -l failed");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.is_empty(), "man -l warned:\n{stderr}");
    // Without a terminal, man emboldens by overstriking: "J\bJ".
    let mut text = String::new();
    for c in String::from_utf8_lossy(&out.stdout).chars() {
        if c == '\u{8}' {
            text.pop();
        } else {
            text.push(c);
        }
    }
    for heading in [
        "JSON OUTPUT",
        "EXIT STATUS",
        "DIFFERENCES FROM TCPDUMP",
        "SIGNALS",
    ] {
        assert!(text.contains(heading), "{heading} not rendered");
    }
    let strict = Command::new("groff")
        .args(["-ww", "-z", "-man"])
        .arg(&page)
        .output()
        .unwrap();
    let warnings = String::from_utf8_lossy(&strict.stderr);
    assert!(warnings.is_empty(), "groff -ww warned:\n{warnings}");
}

/// Runs the bash completion for the words typed so far (the last one is
/// being completed) and returns what it offers.
fn complete(words: &[&str]) -> Vec<String> {
    let script = repo().join("completions/afsniff.bash");
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let program = format!(
        "source '{}' && COMP_WORDS=({}) && COMP_CWORD={} && _afsniff && printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        script.display(),
        quoted.join(" "),
        words.len() - 1
    );
    let out = common::output_ok(
        Command::new("bash")
            .args(["--norc", "--noprofile", "-c", &program])
            .current_dir(repo()),
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn bash_completion_parses_and_completes() {
    if !require("bash_completion_parses_and_completes", "bash", have("bash")) {
        return;
    }
    let script = repo().join("completions/afsniff.bash");
    let parsed = Command::new("bash")
        .arg("-n")
        .arg(&script)
        .status()
        .unwrap();
    assert!(parsed.success(), "bash -n rejects {}", script.display());

    let interfaces = complete(&["afsniff", "-i", ""]);
    assert!(interfaces.contains(&"any".to_string()), "{interfaces:?}");
    assert!(interfaces.contains(&"lo".to_string()), "{interfaces:?}");
    assert_eq!(complete(&["afsniff", "-n", "--interface", "l"]), ["lo"]);
    // --interface=l reaches the function as three words.
    assert_eq!(complete(&["afsniff", "--interface", "=", "l"]), ["lo"]);

    assert_eq!(complete(&["afsniff", "-Q", ""]), ["in", "out", "inout"]);
    assert_eq!(complete(&["afsniff", "--direction", "in"]), ["in", "inout"]);
    assert_eq!(
        complete(&["afsniff", "--time-stamp-precision", ""]),
        ["micro", "nano"]
    );
    // Files, relative to the current directory (the repository).
    assert_eq!(complete(&["afsniff", "-r", "Cargo.t"]), ["Cargo.toml"]);
    assert_eq!(complete(&["afsniff", "-w", "Cargo.l"]), ["Cargo.lock"]);
    assert_eq!(complete(&["afsniff", "-F", "READ"]), ["README.md"]);
    // Numbers get nothing; options and filter words where they belong.
    assert!(complete(&["afsniff", "-c", ""]).is_empty());
    assert_eq!(complete(&["afsniff", "--js"]), ["--json"]);
    assert_eq!(complete(&["afsniff", "-n", "portr"]), ["portrange"]);
}

#[test]
fn zsh_and_fish_completions_name_the_options() {
    for (file, needles) in [
        (
            "completions/_afsniff",
            ["#compdef afsniff", "_net_interfaces", "--json"],
        ),
        (
            "completions/afsniff.fish",
            ["complete -c afsniff", "/sys/class/net", "-l json"],
        ),
    ] {
        let text = fs::read_to_string(repo().join(file)).unwrap();
        for needle in needles {
            assert!(text.contains(needle), "{file} lacks {needle}");
        }
    }
    if have("zsh") {
        let ok = Command::new("zsh")
            .arg("-n")
            .arg(repo().join("completions/_afsniff"))
            .status()
            .unwrap();
        assert!(ok.success(), "zsh -n rejects completions/_afsniff");
    } else {
        skip(
            "zsh_and_fish_completions_name_the_options",
            "zsh is not installed; completions/_afsniff checked by content only",
        );
    }
    if have("fish") {
        // Loading the script and completing runs every line of it: fish
        // reports any it cannot read on stderr.
        for (typed, expected) in [
            ("afsniff -i ", vec!["any", "lo"]),
            ("afsniff -Q ", vec!["in", "inout", "out"]),
            ("afsniff --js", vec!["--json"]),
            ("afsniff -", vec!["-#"]),
        ] {
            let out = Command::new("fish")
                .arg("--no-config")
                .arg("-c")
                .arg(format!(
                    "source '{}'; complete -C '{typed}'",
                    repo().join("completions/afsniff.fish").display()
                ))
                .output()
                .unwrap();
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(err.is_empty(), "fish complained:\n{err}");
            let offered: Vec<String> = String::from_utf8_lossy(&out.stdout)
                .lines()
                .map(|l| l.split('\t').next().unwrap_or("").to_string())
                .collect();
            for word in expected {
                assert!(
                    offered.iter().any(|o| o == word),
                    "{typed:?}: {word} not in {offered:?}"
                );
            }
        }
    } else {
        skip(
            "zsh_and_fish_completions_name_the_options",
            "fish is not installed; completions/afsniff.fish checked by content only",
        );
    }
}
