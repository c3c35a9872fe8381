//! The man page: clap_mangen renders the title, NAME, SYNOPSIS, DESCRIPTION
//! and OPTIONS from the clap definitions; the sections clap knows nothing
//! about (the filter language, statistics, JSON schema, exit statuses,
//! differences from tcpdump) are roff kept in sections.roff.

use std::io;

use clap::{Arg, Command};
use clap_mangen::Man;

/// Hand-written sections, appended after OPTIONS.
const SECTIONS: &str = include_str!("sections.roff");

pub fn render(cmd: Command) -> io::Result<Vec<u8>> {
    let version = cmd.get_version().unwrap_or_default().to_string();
    let cmd_for_synopsis = cmd.clone();
    let man = Man::new(cmd)
        .source(format!("afsniff {version}"))
        .manual("User Commands");
    let mut out = Vec::new();
    man.render_title(&mut out)?;
    man.render_name_section(&mut out)?;
    out.extend_from_slice(synopsis(&cmd_for_synopsis).as_bytes());
    man.render_description_section(&mut out)?;
    man.render_options_section(&mut out)?;
    out.extend_from_slice(SECTIONS.as_bytes());
    man.render_version_section(&mut out)?;
    Ok(out)
}

/// tcpdump's style of synopsis: the flags that take no value, then one
/// bracket per option with its value name, then the expression. clap_mangen's
/// own lists every flag in a bracket and drops the value names.
fn synopsis(cmd: &Command) -> String {
    let visible: Vec<&Arg> = cmd
        .get_arguments()
        .filter(|a| !a.is_hide_set() && !a.is_positional())
        .collect();
    let mut out = String::from(".SH SYNOPSIS\n.B afsniff\n");
    let letters: String = visible
        .iter()
        .filter(|a| !a.get_action().takes_values())
        .filter_map(|a| a.get_short())
        .collect();
    out.push_str(&format!("[\\fB\\-{}\\fR]\n", roff_escape(&letters)));
    for arg in &visible {
        let takes_value = arg.get_action().takes_values();
        let name = match (arg.get_short(), arg.get_long()) {
            (Some(short), _) if takes_value => format!("\\-{short}"),
            // Flags with a letter are in the cluster above.
            (Some(_), _) => continue,
            (None, Some(long)) => format!("\\-\\-{}", roff_escape(long)),
            (None, None) => continue,
        };
        match arg.get_value_names().and_then(|v| v.first()) {
            Some(value) if takes_value => {
                out.push_str(&format!("[\\fB{name}\\fR \\fI{value}\\fR]\n"));
            }
            _ => out.push_str(&format!("[\\fB{name}\\fR]\n")),
        }
    }
    for arg in cmd.get_positionals() {
        if let Some(value) = arg.get_value_names().and_then(|v| v.first()) {
            out.push_str(&format!("[\\fI{value}\\fR]\n"));
        }
    }
    out
}

/// Hyphens in roff are \- (a minus that copies and pastes as '-').
fn roff_escape(s: &str) -> String {
    s.replace('-', "\\-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synopsis_names_values_and_clusters_flags() {
        let s = synopsis(&crate::cli::docs::command());
        assert!(s.starts_with(".SH SYNOPSIS\n.B afsniff\n[\\fB\\-A"), "{s}");
        assert!(s.contains("[\\fB\\-i\\fR \\fIINTERFACE\\fR]"), "{s}");
        assert!(s.contains("[\\fB\\-\\-json\\fR]"), "{s}");
        assert!(s.contains("[\\fB\\-\\-time\\-stamp\\-precision\\fR \\fIPRECISION\\fR]"));
        assert!(s.ends_with("[\\fIEXPRESSION\\fR]\n"));
        assert!(!s.contains("generate"), "hidden flags stay out");
    }

    #[test]
    fn page_has_every_section() {
        let page = String::from_utf8(render(crate::cli::docs::command()).unwrap()).unwrap();
        for section in [
            "NAME",
            "SYNOPSIS",
            "DESCRIPTION",
            "OPTIONS",
            "\"FILTER EXPRESSIONS\"",
            "EXAMPLES",
            "STATISTICS",
            "\"JSON OUTPUT\"",
            "\"EXIT STATUS\"",
            "ENVIRONMENT",
            "SIGNALS",
            "FILES",
            "\"DIFFERENCES FROM TCPDUMP\"",
            "\"SEE ALSO\"",
            "VERSION",
        ] {
            assert!(
                page.contains(&format!("\n.SH {section}\n")),
                "{section} missing"
            );
        }
    }
}
