//! The man page and shell completions, generated from the clap definitions
//! (`afsniff --generate-docs DIR`, hidden) and committed under man/ and
//! completions/. A test regenerates them and fails when the committed copies
//! are stale, so the flags documented can never drift from the flags parsed.

mod bash;
mod man;

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use clap::{Command, CommandFactory, ValueHint};
use clap_complete::Shell;

use crate::cli::Args;

/// One generated file: where it goes under the output directory, and its bytes.
pub struct Generated {
    pub path: PathBuf,
    pub bytes: Vec<u8>,
}

/// Writes man/afsniff.1 and completions/{afsniff.bash,_afsniff,afsniff.fish}
/// under `dir`, creating the two directories if needed.
pub fn write_all(dir: &Path) -> io::Result<()> {
    for file in generate()? {
        let path = dir.join(&file.path);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        fs::write(&path, &file.bytes)?;
    }
    Ok(())
}

/// Every generated file, in memory (the staleness test compares these).
pub fn generate() -> io::Result<Vec<Generated>> {
    let cmd = command();
    Ok(vec![
        Generated {
            path: PathBuf::from("man/afsniff.1"),
            bytes: man::render(cmd.clone())?,
        },
        Generated {
            path: PathBuf::from("completions/afsniff.bash"),
            bytes: bash::render(&cmd).into_bytes(),
        },
        Generated {
            path: PathBuf::from("completions/_afsniff"),
            bytes: zsh(cmd.clone())?,
        },
        Generated {
            path: PathBuf::from("completions/afsniff.fish"),
            bytes: fish(cmd)?,
        },
    ])
}

/// The clap command, with value hints the parser does not need but the
/// completions do (files after -r/-w/-F, a user after -Z).
pub(crate) fn command() -> Command {
    let mut cmd = Args::command()
        .mut_arg("read", |a| a.value_hint(ValueHint::FilePath))
        .mut_arg("write", |a| a.value_hint(ValueHint::FilePath))
        .mut_arg("filter_file", |a| a.value_hint(ValueHint::FilePath))
        .mut_arg("generate_docs", |a| a.value_hint(ValueHint::DirPath))
        .mut_arg("user", |a| a.value_hint(ValueHint::Username));
    cmd.build();
    cmd
}

/// clap_complete offers hidden flags in zsh and fish; the maintainers'
/// and compatibility-only flags (--generate-docs, -a, -Y, --fp-type) are
/// left out by handing it a command without them.
fn without_hidden(cmd: &Command) -> Command {
    let mut shown = Command::new("afsniff")
        .disable_help_flag(true)
        .disable_version_flag(true);
    if let Some(about) = cmd.get_about() {
        shown = shown.about(about.clone());
    }
    if cmd.get_version().is_some() {
        shown = shown.version(env!("CARGO_PKG_VERSION"));
    }
    for arg in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
        shown = shown.arg(arg.clone());
    }
    shown.build();
    shown
}

fn generated_by_clap(shell: Shell, cmd: Command) -> Vec<u8> {
    let mut cmd = without_hidden(&cmd);
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "afsniff", &mut out);
    out
}

/// Replaces the `count` occurrences of `from` in a generated script,
/// failing if clap's output changed shape so that the replacement would
/// silently miss.
fn patch(script: Vec<u8>, from: &str, to: &str, count: usize, shell: &str) -> io::Result<Vec<u8>> {
    let text = String::from_utf8(script).map_err(io::Error::other)?;
    let found = text.matches(from).count();
    if found != count {
        return Err(io::Error::other(format!(
            "the {shell} completion from clap_complete contains {from:?} {found} times, \
             not {count}; update src/cli/docs.rs"
        )));
    }
    Ok(text.replace(from, to).into_bytes())
}

/// zsh: clap's script, with interface names after -i and --interface
/// (zsh's own _net_interfaces, plus `any`).
fn zsh(cmd: Command) -> io::Result<Vec<u8>> {
    patch(
        generated_by_clap(Shell::Zsh, cmd),
        ":INTERFACE:_default",
        ":INTERFACE:{_net_interfaces; compadd any}",
        2,
        "zsh",
    )
}

/// fish: clap's script, with interface names after -i, and -# quoted
/// (clap writes `-s #`, which fish reads as the start of a comment).
fn fish(cmd: Command) -> io::Result<Vec<u8>> {
    let script = patch(
        generated_by_clap(Shell::Fish, cmd),
        "complete -c afsniff -s # ",
        "complete -c afsniff -s '#' ",
        1,
        "fish",
    )?;
    patch(
        script,
        "complete -c afsniff -s i -l interface -d",
        // The -a argument is evaluated later; double quotes inside the
        // single-quoted word reach that evaluation intact.
        r#"complete -c afsniff -s i -l interface -x -a '(string replace -r ".*/" "" /sys/class/net/*) any' -d"#,
        1,
        "fish",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_is_generated_and_nonempty() {
        let files = generate().unwrap();
        let names: Vec<_> = files.iter().map(|f| f.path.clone()).collect();
        assert_eq!(
            names,
            [
                "man/afsniff.1",
                "completions/afsniff.bash",
                "completions/_afsniff",
                "completions/afsniff.fish"
            ]
            .map(PathBuf::from)
        );
        for f in &files {
            assert!(f.bytes.len() > 500, "{} is too short", f.path.display());
        }
    }

    #[test]
    fn zsh_and_fish_complete_interfaces() {
        let zsh = String::from_utf8(zsh(command()).unwrap()).unwrap();
        // Repeatable (several interfaces at once): zsh's '*' prefix.
        assert!(zsh.contains("'*-i+[Capture on INTERFACE"), "{zsh}");
        assert_eq!(zsh.matches("_net_interfaces; compadd any").count(), 2);
        let fish = String::from_utf8(fish(command()).unwrap()).unwrap();
        assert!(fish.contains("/sys/class/net/*"));
        assert!(fish.contains("-s r") && fish.contains("-F"));
    }

    #[test]
    fn hidden_flags_are_not_completed() {
        for shell in [Shell::Zsh, Shell::Fish] {
            let script = String::from_utf8(generated_by_clap(shell, command())).unwrap();
            assert!(!script.contains("generate-docs"), "{shell}");
            assert!(!script.contains("fp-type"), "{shell}");
            assert!(script.contains("time-stamp-type"), "{shell}");
        }
    }

    #[test]
    fn patch_refuses_a_missing_anchor() {
        let err = patch(b"abc".to_vec(), "xyz", "q", 1, "test").unwrap_err();
        assert!(err.to_string().contains("0 times, not 1"), "{err}");
        let twice = patch(b"a-a".to_vec(), "a", "b", 2, "test").unwrap();
        assert_eq!(twice, b"b-b");
    }

    #[test]
    fn generation_is_deterministic() {
        let a = generate().unwrap();
        let b = generate().unwrap();
        for (x, y) in a.iter().zip(&b) {
            assert_eq!(x.bytes, y.bytes, "{}", x.path.display());
        }
    }
}
