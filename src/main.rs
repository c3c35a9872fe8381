//! afsniff's binary: parse the command line, run, map errors to exit codes.
fn main() {
    std::process::exit(afsniff::app::main_with_args(std::env::args_os()));
}
