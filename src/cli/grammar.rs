//! tcpdump's command-line grammar in front of clap: getopt_long decides
//! what was typed (with tables derived from the clap definitions, which
//! stay the one description of the options), tcpdump's value checks run in
//! command-line order, and clap is handed a normalized argv it cannot
//! misread. No clap error reaches the user.

use std::ffi::OsString;

use clap::{ArgAction, Command, CommandFactory, FromArgMatches};

use super::getopt::{self, GetoptError, OptSpec};
use super::{Args, UsageError, values};

/// What the command line asks for before anything runs.
#[derive(Debug)]
pub enum Invocation {
    Run(Box<Args>),
    /// -h / --help: the help text on stdout.
    Help,
    /// --version
    Version,
    /// --fp-type (tcpdump's test suite asks which float arithmetic is used).
    FpType,
}

/// Why the command line was refused (exit status 2).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CliError {
    /// getopt_long refused it: glibc's message, then one usage line.
    Grammar(GetoptError),
    /// A value tcpdump would refuse, or an option afsniff refuses.
    Value(UsageError),
}

impl std::fmt::Display for CliError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CliError::Grammar(e) => write!(f, "{e}\n{USAGE_LINE}"),
            CliError::Value(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for CliError {}

/// The one line of usage after a grammar error.
pub const USAGE_LINE: &str =
    "usage: afsniff [options] [expression]  (afsniff --help lists the options)";

/// The clap command the parser runs (help and docs use the same one).
pub fn command() -> Command {
    let mut cmd = Args::command();
    cmd.build();
    cmd
}

/// getopt_long's table: every flag of the clap definitions, by its clap id.
pub fn specs(cmd: &Command) -> Vec<OptSpec> {
    cmd.get_arguments()
        .filter(|a| !a.is_positional())
        .map(|a| OptSpec {
            id: a.get_id().to_string(),
            short: a.get_short(),
            long: a.get_long().map(str::to_string),
            takes_value: matches!(a.get_action(), ArgAction::Set | ArgAction::Append),
        })
        .collect()
}

/// Parses argv (with the program name first). `posixly_correct` is glibc's
/// POSIXLY_CORRECT: no permutation.
pub fn parse(
    argv: impl IntoIterator<Item = OsString>,
    posixly_correct: bool,
) -> Result<Invocation, CliError> {
    let argv: Vec<OsString> = argv.into_iter().skip(1).collect();
    let cmd = command();
    let specs = specs(&cmd);
    let (parsed, grammar_error) = getopt::parse(&specs, &argv, posixly_correct);
    let mut normal: Vec<OsString> = vec!["afsniff".into()];
    // tcpdump acts on each option as getopt hands it over: -h, --version
    // and a bad value win over whatever follows them.
    for found in &parsed.options {
        match found.id.as_str() {
            "help" => return Ok(Invocation::Help),
            "version" => return Ok(Invocation::Version),
            "fp_type" => return Ok(Invocation::FpType),
            "micro" | "nano" => {
                // The last of --micro, --nano, --time-stamp-precision wins.
                normal.push(format!("--time-stamp-precision={}", found.id).into());
                continue;
            }
            "parser_debug" => {
                return Err(CliError::Value(UsageError(
                    "-Y (filter parser debugging) is not supported: afsniff's filter parser has no debug output, and tcpdump built without it refuses -Y too".into(),
                )));
            }
            _ => {}
        }
        let spec = specs
            .iter()
            .find(|s| s.id == found.id)
            .expect("found in specs");
        let flag: OsString = match (spec.long.as_deref(), spec.short) {
            (Some(long), _) => format!("--{long}").into(),
            (None, Some(short)) => format!("-{short}").into(),
            (None, None) => unreachable!("a flag has a letter or a name"),
        };
        normal.push(flag);
        if let Some(value) = &found.value {
            let canonical = values::canonical(&found.id, value).map_err(CliError::Value)?;
            normal.push(canonical.map_or_else(|| value.clone(), OsString::from));
        }
    }
    if let Some(e) = grammar_error {
        return Err(CliError::Grammar(e));
    }
    normal.push("--".into());
    normal.extend(parsed.operands);
    let matches = clap_command_for_parsing(cmd)
        .try_get_matches_from(normal)
        .map_err(|e| internal(&e))?;
    let args = Args::from_arg_matches(&matches).map_err(|e| internal(&e))?;
    Ok(Invocation::Run(Box::new(args)))
}

/// The normalized argv passes every value as its own word, which may
/// start with '-' (`-r -`, `-i -x`): clap must take it as it is.
fn clap_command_for_parsing(cmd: Command) -> Command {
    cmd.mut_args(|a| {
        if matches!(a.get_action(), ArgAction::Set | ArgAction::Append) && !a.is_positional() {
            a.allow_hyphen_values(true)
        } else {
            a
        }
    })
}

/// clap refused what the grammar accepted: the two tables disagree.
fn internal(e: &clap::Error) -> CliError {
    CliError::Value(UsageError(format!(
        "internal error: the command line passed tcpdump's grammar but not afsniff's definitions ({}); please report it",
        e.kind()
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// tcpdump 4.99.3's SHORTOPTS on Linux with libpcap 1.10.
    const TCPDUMP_SHORTOPTS: &str =
        "aAbB:c:C:dDeE:fF:G:hHi:Ij:JKlLm:M:nNOpqQ:r:s:StT:uUvV:w:W:xXy:Yz:Z:#";

    /// tcpdump 4.99.3's longopts on Linux: name and whether it takes a value.
    const TCPDUMP_LONGOPTS: [(&str, bool); 24] = [
        ("buffer-size", true),
        ("list-interfaces", false),
        ("help", false),
        ("interface", true),
        ("monitor-mode", false),
        ("time-stamp-type", true),
        ("list-time-stamp-types", false),
        ("micro", false),
        ("nano", false),
        ("time-stamp-precision", true),
        ("dont-verify-checksums", false),
        ("list-data-link-types", false),
        ("no-optimize", false),
        ("no-promiscuous-mode", false),
        ("direction", true),
        ("snapshot-length", true),
        ("absolute-tcp-sequence-numbers", false),
        ("packet-buffered", false),
        ("linktype", true),
        ("relinquish-privileges", true),
        ("count", false),
        ("fp-type", false),
        ("number", false),
        ("print", false),
    ];

    fn run(words: &[&str]) -> Result<Invocation, CliError> {
        parse(
            std::iter::once("afsniff")
                .chain(words.iter().copied())
                .map(OsString::from),
            false,
        )
    }

    fn args(words: &[&str]) -> Args {
        match run(words) {
            Ok(Invocation::Run(a)) => *a,
            other => panic!("{words:?}: {other:?}"),
        }
    }

    #[test]
    fn the_short_letters_are_tcpdumps() {
        let mut ours = String::new();
        let specs = specs(&command());
        for s in &specs {
            if let Some(c) = s.short {
                ours.push(c);
                if s.takes_value {
                    ours.push(':');
                }
            }
        }
        let letters = |s: &str| {
            let mut v: Vec<String> = Vec::new();
            for c in s.chars() {
                if c == ':' {
                    v.last_mut().unwrap().push(':');
                } else {
                    v.push(c.to_string());
                }
            }
            v.sort();
            v
        };
        assert_eq!(letters(&ours), letters(TCPDUMP_SHORTOPTS));
    }

    #[test]
    fn every_tcpdump_long_name_is_there() {
        let specs = specs(&command());
        for (name, takes_value) in TCPDUMP_LONGOPTS {
            let spec = specs.iter().find(|s| s.long.as_deref() == Some(name));
            let spec = spec.unwrap_or_else(|| panic!("--{name} missing"));
            assert_eq!(spec.takes_value, takes_value, "--{name}");
        }
        assert!(specs.iter().any(|s| s.long.as_deref() == Some("version")));
    }

    #[test]
    fn values_reach_clap_whatever_they_look_like() {
        let a = args(&["-r-", "-w", "-", "-c1", "-s0x40", "-Qin", "tcp", "-i", "-x"]);
        assert_eq!(a.read.as_deref(), Some(std::path::Path::new("-")));
        assert_eq!(a.write.as_deref(), Some(std::path::Path::new("-")));
        assert_eq!(a.count, Some(1));
        assert_eq!(a.snaplen, Some(64));
        assert_eq!(a.interface, ["-x"]);
        assert_eq!(a.expression, vec!["tcp"]);
        let a = args(&["-i", "", "--", "-n"]);
        assert_eq!(a.interface, [""]);
        assert_eq!(a.expression, vec!["-n"]);
    }

    #[test]
    fn last_one_wins() {
        let a = args(&["-c", "5", "-c", "7", "--nano", "--micro"]);
        assert_eq!(a.count, Some(7));
        assert_eq!(a.precision, Some(super::super::args::PrecisionArg::Micro));
    }

    #[test]
    fn order_decides_between_help_and_errors() {
        assert!(matches!(run(&["-h", "--foo"]), Ok(Invocation::Help)));
        assert!(matches!(run(&["--foo", "-h"]), Err(CliError::Grammar(_))));
        assert!(matches!(
            run(&["-c", "x", "--foo"]),
            Err(CliError::Value(_))
        ));
        assert!(matches!(run(&["--vers"]), Ok(Invocation::Version)));
    }
}
