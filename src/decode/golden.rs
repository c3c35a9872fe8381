//! The golden files: frames and the text tcpdump 4.99.3 printed for them,
//! kept beside the protocol that prints them (`src/decode/**/NAME.golden`)
//! and run through the printer by one test, as tcpdump's own suite keeps
//! captures and `.out` files apart from its code.
//!
//! A golden file, line by line:
//! - `#` starts a comment; blank lines are skipped.
//! - `== OPTIONS [; linktype N NAME] [; one printer]` starts a run: the
//!   options as typed to tcpdump (read by afsniff's own command line, so
//!   `-t -n -vv -e -x -T rpc -M secret` mean what they mean there), the
//!   link type as a capture file's LINKTYPE number and its name (Ethernet
//!   when absent), and whether the frames go through one printer in order
//!   (for state kept across packets) instead of each through a fresh one.
//!   Times print in UTC, as in tcpdump's suite (TZ=GMT0).
//! - `== never panics [; linktype N NAME]` starts a run of frames with no
//!   text: each is cut at every length and changed at random, at -n,
//!   -vv -e, -XX -q, -x -v and -A, and must print without a panic.
//! - `@ HEX [wire N]`: a frame's captured bytes, and its length on the
//!   wire where that is longer (a cut capture).
//! - `|TEXT`: one line of tcpdump's output for the frame above, verbatim
//!   after the bar, trailing spaces included.
//!
//! Besides the text, every frame of a text run is also cut at every length
//! and changed at random under its run's options, and must not panic.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::tests::cut_and_mutate;
use super::{PrintOptions, Printer, Zone};
use crate::bpf::testutil::Rng;
use crate::cli::{Config, Invocation, grammar};
use crate::link::LinkType;
use crate::packet::Packet;

/// Frames printed alike: one `==` line and the frames under it.
struct Run {
    options: PrintOptions,
    link: LinkType,
    one_printer: bool,
    never_panics: bool,
    frames: Vec<Frame>,
}

struct Frame {
    /// Line of the `@` in the file, for messages.
    line: usize,
    data: Vec<u8>,
    wire_len: u32,
    want: String,
}

fn unhex(s: &str) -> Result<Vec<u8>, String> {
    if s.len() % 2 != 0 {
        return Err("odd number of hex digits".into());
    }
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).map_err(|e| e.to_string()))
        .collect()
}

/// `flags` split at white space, except inside double quotes (an -E
/// secret's "SPI@DST ALGO:KEY").
fn words(flags: &str) -> Vec<&str> {
    let mut words = Vec::new();
    let mut rest = flags.trim_start();
    while !rest.is_empty() {
        let (word, after) = match rest.strip_prefix('"') {
            Some(quoted) => quoted.split_once('"').unwrap_or((quoted, "")),
            None => rest.split_once(char::is_whitespace).unwrap_or((rest, "")),
        };
        words.push(word);
        rest = after.trim_start();
    }
    words
}

/// The print options of `flags`, through the command line as typed.
fn options(flags: &str) -> Result<PrintOptions, String> {
    let argv = ["afsniff"]
        .into_iter()
        .chain(words(flags))
        .chain(["-r", "-"])
        .map(Into::into);
    match grammar::parse(argv, false) {
        Ok(Invocation::Run(args)) => {
            let config = Config::from_args(*args).map_err(|e| e.to_string())?;
            Ok(PrintOptions {
                zone: Zone::Fixed(0),
                ..config.print
            })
        }
        Ok(_) => Err(format!("`{flags}` asks for no capture")),
        Err(e) => Err(format!("`{flags}`: {e:?}")),
    }
}

/// `linktype N NAME`: the number, checked against the name.
fn link(clause: &str) -> Result<LinkType, String> {
    let mut words = clause.split_whitespace().skip(1);
    let (Some(n), Some(name), None) = (words.next(), words.next(), words.next()) else {
        return Err(format!("`{clause}`: want `linktype N NAME`"));
    };
    let n: u32 = n.parse().map_err(|_| format!("`{clause}`: bad number"))?;
    let link = LinkType::from_linktype(n);
    if link.name() != name {
        return Err(format!("`{clause}`: linktype {n} is {}", link.name()));
    }
    Ok(link)
}

fn run_header(rest: &str) -> Result<Run, String> {
    let mut clauses = rest.split(';').map(str::trim);
    let first = clauses.next().unwrap_or("");
    let never_panics = first == "never panics";
    let mut run = Run {
        options: if never_panics {
            PrintOptions::default()
        } else {
            options(first)?
        },
        link: LinkType::Ethernet,
        one_printer: false,
        never_panics,
        frames: Vec::new(),
    };
    for clause in clauses {
        if clause == "one printer" {
            run.one_printer = true;
        } else if clause.starts_with("linktype ") {
            run.link = link(clause)?;
        } else {
            return Err(format!("unknown clause `{clause}`"));
        }
    }
    Ok(run)
}

fn frame(line: usize, rest: &str) -> Result<Frame, String> {
    let mut words = rest.split_whitespace();
    let data = unhex(words.next().unwrap_or(""))?;
    let wire_len = match (words.next(), words.next(), words.next()) {
        (None, ..) => data.len() as u32,
        (Some("wire"), Some(n), None) => n.parse().map_err(|_| format!("bad wire length {n}"))?,
        _ => return Err(format!("`@ {rest}`: want `@ HEX [wire N]`")),
    };
    Ok(Frame {
        line,
        data,
        wire_len,
        want: String::new(),
    })
}

/// A golden file's runs; an error names the line.
fn parse(text: &str) -> Result<Vec<Run>, String> {
    let mut runs: Vec<Run> = Vec::new();
    // Whether the frame being read has a line of text yet.
    let mut has_text = false;
    for (i, line) in text.split('\n').enumerate() {
        let at = |e: String| format!("line {}: {e}", i + 1);
        if let Some(text) = line.strip_prefix('|') {
            let run = runs
                .last_mut()
                .filter(|r| !r.frames.is_empty())
                .ok_or_else(|| at("text before any frame".into()))?;
            if run.never_panics {
                return Err(at("text under a `never panics` run".into()));
            }
            let frame = run.frames.last_mut().expect("not empty");
            if has_text {
                frame.want.push('\n');
            }
            frame.want.push_str(text);
            has_text = true;
        } else if let Some(rest) = line.strip_prefix("== ") {
            runs.push(run_header(rest).map_err(at)?);
        } else if let Some(rest) = line.strip_prefix("@ ") {
            let run = runs
                .last_mut()
                .ok_or_else(|| at("frame before any `==` line".into()))?;
            run.frames.push(frame(i + 1, rest).map_err(at)?);
            has_text = false;
        } else if !(line.trim().is_empty() || line.starts_with('#')) {
            return Err(at(format!("unknown line `{line}`")));
        }
    }
    Ok(runs)
}

/// What `run` prints that differs from its text, one message a frame; for
/// a `never panics` run, whether cut and changed copies of its frames panic.
fn check(path: &Path, run: &Run, failures: &mut Vec<String>) {
    if run.never_panics {
        let frames: Vec<Vec<u8>> = run.frames.iter().map(|f| f.data.clone()).collect();
        let printed = std::panic::catch_unwind(|| super::tests::never_panics(run.link, &frames));
        if printed.is_err() {
            let line = run.frames.first().map_or(0, |f| f.line);
            failures.push(format!(
                "{}:{line}: a cut or changed copy of a frame of this run panicked (message above)",
                path.display()
            ));
        }
        return;
    }
    let mut printer = Printer::new(run.options.clone(), run.link);
    for frame in &run.frames {
        if !run.one_printer {
            printer = Printer::new(run.options.clone(), run.link);
        }
        let pkt = Packet::bare(&frame.data, frame.wire_len, 1_700_000_000, 0);
        let mut out = Vec::new();
        printer.print(&mut out, &pkt);
        let got = String::from_utf8_lossy(&out);
        let got = got.trim_end_matches('\n');
        if got != frame.want {
            failures.push(format!(
                "{}:{}:\n  want {:?}\n  got  {got:?}",
                path.display(),
                frame.line,
                frame.want
            ));
        }
    }
}

fn golden_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src/ is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            golden_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "golden") {
            found.push(path);
        }
    }
}

/// Every golden file under src/, parsed, with its path.
fn golden_runs() -> Vec<(PathBuf, Vec<Run>)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    golden_files(&src, &mut files);
    files.sort();
    assert!(
        !files.is_empty(),
        "no .golden files under {}",
        src.display()
    );
    files
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).expect("a golden file is readable");
            let runs = parse(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let count: usize = runs.iter().map(|r| r.frames.len()).sum();
            assert!(count > 0, "{}: no frames", path.display());
            (path, runs)
        })
        .collect()
}

/// The first 30 failures, a line each.
fn report(failures: &[String]) -> String {
    let mut report = String::new();
    for f in failures.iter().take(30) {
        let _ = writeln!(report, "{f}");
    }
    report
}

#[test]
fn every_golden_file() {
    let files = golden_runs();
    let mut failures = Vec::new();
    let mut frames = 0;
    for (path, runs) in &files {
        for run in runs {
            frames += run.frames.len();
            check(path, run, &mut failures);
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {frames} golden frames in {} files differ:\n{}",
        failures.len(),
        files.len(),
        report(&failures)
    );
}

/// How many changed copies of each golden frame the test below prints.
const CHANGED_COPIES: usize = 40;

/// Every frame of the golden files, cut at every length and changed at
/// random (three bytes, `CHANGED_COPIES` times), under its run's options
/// and link type: no printer may panic. Test builds check overflow, so a
/// length that input makes wrap fails here, as one in LMP did under the
/// printer fuzz target after 12 minutes; this finds it in seconds. Each
/// frame is caught alone, so a failure names its file and line.
#[test]
fn every_golden_frame_cut_or_changed_never_panics() {
    let mut failures = Vec::new();
    let mut frames = 0;
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut out = Vec::new();
    for (path, runs) in golden_runs() {
        for run in runs.iter().filter(|r| !r.never_panics) {
            let mut printer = Printer::new(run.options.clone(), run.link);
            for frame in &run.frames {
                frames += 1;
                let printed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    cut_and_mutate(
                        &mut printer,
                        &frame.data,
                        &mut rng,
                        CHANGED_COPIES,
                        &mut out,
                    )
                }));
                if printed.is_err() {
                    failures.push(format!("{}:{}", path.display(), frame.line));
                    // A printer that panicked may hold half a line.
                    printer = Printer::new(run.options.clone(), run.link);
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "a cut or changed copy of {} of {frames} golden frames panicked (messages above):\n{}",
        failures.len(),
        report(&failures)
    );
}

#[test]
fn a_cut_frame_and_its_lines() {
    let runs = parse(
        "# comment\n== -t -n -e ; linktype 113 LINUX_SLL ; one printer\n@ 0001 wire 60\n| [|sll]\n|\tsecond\n",
    )
    .unwrap();
    assert_eq!(runs.len(), 1);
    let run = &runs[0];
    assert!(run.one_printer && run.options.link_header && run.options.numeric == 1);
    assert_eq!(run.link, LinkType::LinuxSll);
    assert_eq!(run.frames[0].data, [0, 1]);
    assert_eq!(run.frames[0].wire_len, 60);
    assert_eq!(run.frames[0].want, " [|sll]\n\tsecond");
}

#[test]
fn quoted_words_keep_their_spaces() {
    assert_eq!(
        words(r#" -t  -E "1@2 aes:0x00" -v"#),
        ["-t", "-E", "1@2 aes:0x00", "-v"]
    );
}

#[test]
fn malformed_lines_are_refused_with_their_number() {
    for (text, want) in [
        ("@ 00\n", "line 1: frame before"),
        ("== -t\n|x\n", "line 2: text before"),
        ("== -t ; sideways\n", "line 1: unknown clause"),
        (
            "== -t ; linktype 1 LINUX_SLL\n",
            "line 1: `linktype 1 LINUX_SLL`: linktype 1 is",
        ),
        ("== -t\n@ 0g\n", "line 2:"),
        ("== -t\nstray\n", "line 2: unknown line"),
        ("== never panics\n@ 00\n|x\n", "line 3: text under"),
    ] {
        let e = parse(text).err().expect(text);
        assert!(e.starts_with(want), "{text:?}: {e}");
    }
}
