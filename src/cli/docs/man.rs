//! The man page: clap_mangen renders the title, NAME, SYNOPSIS, DESCRIPTION
//! and OPTIONS from the clap definitions; the sections clap knows nothing
//! about (the filter language, statistics, JSON schema, exit statuses,
//! differences from tcpdump) are roff kept in sections.roff.

use std::io;

use clap::Command;
use clap_mangen::Man;

/// Hand-written sections, appended after OPTIONS.
const SECTIONS: &str = include_str!("sections.roff");

pub fn render(cmd: Command) -> io::Result<Vec<u8>> {
    let version = cmd.get_version().unwrap_or_default().to_string();
    let man = Man::new(cmd)
        .source(format!("afsniff {version}"))
        .manual("User Commands");
    let mut out = Vec::new();
    man.render_title(&mut out)?;
    man.render_name_section(&mut out)?;
    man.render_synopsis_section(&mut out)?;
    man.render_description_section(&mut out)?;
    man.render_options_section(&mut out)?;
    out.extend_from_slice(SECTIONS.as_bytes());
    man.render_version_section(&mut out)?;
    Ok(out)
}
