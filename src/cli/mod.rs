//! Command line: clap definitions (what was typed) and the validated Config.
