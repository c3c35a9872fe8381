//! glibc's getopt_long, as tcpdump 4.99.3 gets it: bundles (`-nnvv`),
//! attached values (`-c1`, `-w-`), `--name=value` and `--name value`,
//! unambiguous prefixes of long names, options permuted out of the operand
//! words, and `--` ending the options. Pure: argv in, options and operands
//! out; what each option means is the caller's business.

use std::ffi::{OsStr, OsString};
use std::fmt;
use std::os::unix::ffi::{OsStrExt, OsStringExt};

/// One option the grammar knows: a short letter, a long name, or both.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OptSpec {
    /// Whoever owns the table names its options with this.
    pub id: String,
    pub short: Option<char>,
    pub long: Option<String>,
    /// A required argument (tcpdump has no optional ones).
    pub takes_value: bool,
}

/// One option as found, in command-line order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub id: String,
    pub value: Option<OsString>,
}

/// Options in order, and the operands (expression words) in order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parsed {
    pub options: Vec<Found>,
    pub operands: Vec<OsString>,
}

/// What getopt_long refuses, worded as glibc words it (after "PROG: ").
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GetoptError {
    /// `--foo` (as typed, with any `=value`)
    UnrecognizedLong(String),
    /// `-k`
    InvalidShort(char),
    /// `-c` at the end of argv.
    ShortNeedsValue(char),
    /// `--interface` at the end of argv.
    LongNeedsValue(String),
    /// `--count=3`
    LongTakesNoValue(String),
    /// `--no` (no-optimize, no-promiscuous-mode, ...) as typed, with the candidates.
    Ambiguous(String, Vec<String>),
}

impl GetoptError {
    /// How the option was typed, for a message naming it.
    pub fn option(&self) -> String {
        match self {
            GetoptError::UnrecognizedLong(n)
            | GetoptError::LongNeedsValue(n)
            | GetoptError::LongTakesNoValue(n)
            | GetoptError::Ambiguous(n, _) => format!("--{n}"),
            GetoptError::InvalidShort(c) | GetoptError::ShortNeedsValue(c) => format!("-{c}"),
        }
    }
}

impl fmt::Display for GetoptError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GetoptError::UnrecognizedLong(n) => write!(f, "unrecognized option '--{n}'"),
            GetoptError::InvalidShort(c) => write!(f, "invalid option -- '{c}'"),
            GetoptError::ShortNeedsValue(c) => {
                write!(f, "option requires an argument -- '{c}'")
            }
            GetoptError::LongNeedsValue(n) => write!(f, "option '--{n}' requires an argument"),
            GetoptError::LongTakesNoValue(n) => {
                write!(f, "option '--{n}' doesn't allow an argument")
            }
            GetoptError::Ambiguous(n, all) => {
                write!(f, "option '--{n}' is ambiguous; possibilities:")?;
                for name in all {
                    write!(f, " '--{name}'")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for GetoptError {}

/// Parses `args` (argv without the program name) against `specs`.
/// `posixly_correct` (glibc: POSIXLY_CORRECT in the environment) stops at
/// the first operand instead of permuting. The first error ends the parse,
/// after the options before it: the caller acts on those first, as tcpdump
/// does while it loops over getopt_long.
pub fn parse(
    specs: &[OptSpec],
    args: &[OsString],
    posixly_correct: bool,
) -> (Parsed, Option<GetoptError>) {
    let mut parsed = Parsed::default();
    let mut i = 0;
    while i < args.len() {
        let arg = args[i].as_bytes();
        i += 1;
        if arg == b"--" {
            parsed.operands.extend(args[i..].iter().cloned());
            break;
        }
        if arg.len() < 2 || arg[0] != b'-' {
            // An operand ("-" alone is one, as for glibc).
            parsed.operands.push(args[i - 1].clone());
            if posixly_correct {
                parsed.operands.extend(args[i..].iter().cloned());
                break;
            }
            continue;
        }
        let step = if let Some(rest) = arg.strip_prefix(b"--") {
            long(specs, rest, args, &mut i)
        } else {
            bundle(specs, &arg[1..], args, &mut i)
        };
        match step {
            Ok(found) => parsed.options.extend(found),
            Err((found, e)) => {
                parsed.options.extend(found);
                return (parsed, Some(e));
            }
        }
    }
    (parsed, None)
}

type Step = Result<Vec<Found>, (Vec<Found>, GetoptError)>;

/// `--name`, `--name=value`, `--name value`, or a unique prefix of a name.
fn long(specs: &[OptSpec], text: &[u8], args: &[OsString], next: &mut usize) -> Step {
    let (name, attached) = match text.iter().position(|&b| b == b'=') {
        Some(eq) => (&text[..eq], Some(&text[eq + 1..])),
        None => (text, None),
    };
    // glibc shows what was typed, "=value" included, when it cannot
    // resolve the name, and the full name once it has.
    let shown = String::from_utf8_lossy(text).into_owned();
    let with_long = || {
        specs
            .iter()
            .filter_map(|s| s.long.as_deref().map(|l| (s, l)))
    };
    let spec = match with_long().find(|(_, l)| l.as_bytes() == name) {
        Some((s, _)) => s,
        None => {
            let matches: Vec<(&OptSpec, &str)> = with_long()
                .filter(|(_, l)| l.as_bytes().starts_with(name))
                .collect();
            match matches.as_slice() {
                [] => return Err((vec![], GetoptError::UnrecognizedLong(shown))),
                [(s, _)] => *s,
                many => {
                    let all = many.iter().map(|(_, l)| l.to_string()).collect();
                    return Err((vec![], GetoptError::Ambiguous(shown, all)));
                }
            }
        }
    };
    let full = spec.long.clone().unwrap_or_default();
    let value = match (spec.takes_value, attached) {
        (false, Some(_)) => return Err((vec![], GetoptError::LongTakesNoValue(full))),
        (false, None) => None,
        (true, Some(v)) => Some(OsStr::from_bytes(v).to_os_string()),
        (true, None) => match args.get(*next) {
            Some(v) => {
                *next += 1;
                Some(v.clone())
            }
            None => return Err((vec![], GetoptError::LongNeedsValue(full))),
        },
    };
    Ok(vec![Found {
        id: spec.id.clone(),
        value,
    }])
}

/// `-nnvv`, `-c1`, `-nr FILE`: letters until one takes a value, which is
/// the rest of the word or else the next word, whatever it looks like.
fn bundle(specs: &[OptSpec], letters: &[u8], args: &[OsString], next: &mut usize) -> Step {
    let mut found = Vec::new();
    let mut at = 0;
    while at < letters.len() {
        let (c, width) = first_char(&letters[at..]);
        at += width;
        let Some(spec) = specs.iter().find(|s| s.short == Some(c)) else {
            return Err((found, GetoptError::InvalidShort(c)));
        };
        let value = if !spec.takes_value {
            None
        } else if at < letters.len() {
            let v = OsString::from_vec(letters[at..].to_vec());
            at = letters.len();
            Some(v)
        } else if let Some(v) = args.get(*next) {
            *next += 1;
            Some(v.clone())
        } else {
            return Err((found, GetoptError::ShortNeedsValue(c)));
        };
        found.push(Found {
            id: spec.id.clone(),
            value,
        });
    }
    Ok(found)
}

/// The character at the start of `bytes` (a byte that starts no valid
/// UTF-8 character stands for itself, so the message can still show it).
fn first_char(bytes: &[u8]) -> (char, usize) {
    let len = match bytes[0] {
        b if b < 0x80 => 1,
        b if b >= 0xf0 => 4,
        b if b >= 0xe0 => 3,
        _ => 2,
    };
    match std::str::from_utf8(&bytes[..len.min(bytes.len())]) {
        Ok(s) => (s.chars().next().unwrap_or('?'), len),
        Err(_) => (char::from(bytes[0]), 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small table in tcpdump's shape: c: i: r: w: take values.
    fn specs() -> Vec<OptSpec> {
        let spec = |id: &str, short: Option<char>, long: Option<&str>, takes_value| OptSpec {
            id: id.into(),
            short,
            long: long.map(Into::into),
            takes_value,
        };
        vec![
            spec("n", Some('n'), None, false),
            spec("v", Some('v'), None, false),
            spec("c", Some('c'), None, true),
            spec("i", Some('i'), Some("interface"), true),
            spec("r", Some('r'), None, true),
            spec("w", Some('w'), None, true),
            spec("O", Some('O'), Some("no-optimize"), false),
            spec("p", Some('p'), Some("no-promiscuous-mode"), false),
            spec("count", None, Some("count"), false),
            spec("number", Some('#'), Some("number"), false),
        ]
    }

    fn os(words: &[&str]) -> Vec<OsString> {
        words.iter().map(OsString::from).collect()
    }

    fn ok(words: &[&str]) -> (Vec<(String, Option<String>)>, Vec<String>) {
        let (p, e) = parse(&specs(), &os(words), false);
        assert_eq!(e, None, "{words:?}");
        let opts = p
            .options
            .into_iter()
            .map(|f| (f.id, f.value.map(|v| v.into_string().unwrap())))
            .collect();
        let ops = p
            .operands
            .into_iter()
            .map(|o| o.into_string().unwrap())
            .collect();
        (opts, ops)
    }

    fn err(words: &[&str]) -> String {
        parse(&specs(), &os(words), false).1.unwrap().to_string()
    }

    fn o(id: &str, v: Option<&str>) -> (String, Option<String>) {
        (id.into(), v.map(Into::into))
    }

    #[test]
    fn bundles_and_attached_values() {
        let (opts, ops) = ok(&["-nnvv", "-c1", "-ilo", "-w-", "-nr", "f.pcap"]);
        assert_eq!(
            opts,
            vec![
                o("n", None),
                o("n", None),
                o("v", None),
                o("v", None),
                o("c", Some("1")),
                o("i", Some("lo")),
                o("w", Some("-")),
                o("n", None),
                o("r", Some("f.pcap")),
            ]
        );
        assert!(ops.is_empty());
    }

    #[test]
    fn a_value_is_the_next_word_whatever_it_looks_like() {
        let (opts, ops) = ok(&["-r", "--", "-c", "-n", "tcp"]);
        assert_eq!(opts, vec![o("r", Some("--")), o("c", Some("-n"))]);
        assert_eq!(ops, vec!["tcp"]);
    }

    #[test]
    fn options_are_permuted_out_of_the_expression() {
        let (opts, ops) = ok(&["tcp", "-n", "port", "-c", "1", "80", "-"]);
        assert_eq!(opts, vec![o("n", None), o("c", Some("1"))]);
        assert_eq!(ops, vec!["tcp", "port", "80", "-"]);
    }

    #[test]
    fn posixly_correct_stops_at_the_first_operand() {
        let (p, e) = parse(&specs(), &os(&["-n", "tcp", "-v"]), true);
        assert_eq!(e, None);
        assert_eq!(p.options.len(), 1);
        assert_eq!(p.operands, os(&["tcp", "-v"]));
    }

    #[test]
    fn double_dash_ends_options() {
        let (opts, ops) = ok(&["-n", "--", "-v", "tcp"]);
        assert_eq!(opts, vec![o("n", None)]);
        assert_eq!(ops, vec!["-v", "tcp"]);
    }

    #[test]
    fn long_names_values_and_prefixes() {
        let (opts, _) = ok(&["--interface=eth0", "--interface", "lo", "--inter=x", "--co"]);
        assert_eq!(
            opts,
            vec![
                o("i", Some("eth0")),
                o("i", Some("lo")),
                o("i", Some("x")),
                o("count", None)
            ]
        );
        // An exact name wins over the longer names it is a prefix of.
        assert_eq!(ok(&["--number"]).0, vec![o("number", None)]);
        assert_eq!(ok(&["--no-o"]).0, vec![o("O", None)]);
        // An attached empty value is a value.
        assert_eq!(ok(&["--interface="]).0, vec![o("i", Some(""))]);
    }

    #[test]
    fn glibc_messages() {
        assert_eq!(err(&["--foo"]), "unrecognized option '--foo'");
        assert_eq!(err(&["--foo=1"]), "unrecognized option '--foo=1'");
        assert_eq!(err(&["-nk"]), "invalid option -- 'k'");
        assert_eq!(err(&["-n", "-c"]), "option requires an argument -- 'c'");
        assert_eq!(
            err(&["--interface"]),
            "option '--interface' requires an argument"
        );
        assert_eq!(
            err(&["--cou=1"]),
            "option '--count' doesn't allow an argument"
        );
        assert_eq!(
            err(&["--no"]),
            "option '--no' is ambiguous; possibilities: '--no-optimize' '--no-promiscuous-mode'"
        );
        assert_eq!(err(&["-:"]), "invalid option -- ':'");
    }

    #[test]
    fn options_before_an_error_are_kept() {
        let (p, e) = parse(&specs(), &os(&["-c", "5", "-nx"]), false);
        assert_eq!(e, Some(GetoptError::InvalidShort('x')));
        assert_eq!(p.options.len(), 2);
        assert_eq!(e.unwrap().option(), "-x");
    }
}
