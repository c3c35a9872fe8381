//! pcap-filter(7) expressions compiled to classic BPF. Pure: no I/O; names
//! (services, hosts, networks...) are looked up through the `NameLookup`
//! in `Options` (crate::netdb::system() for the system's files).
//! The rest of afsniff uses [`Filter`] (object.rs): one per run, owning the
//! kernel program, the userspace fallback and its scratch memory;
//! [`compile`] gives the bare program, for tests and tools.

mod ast;
mod blocks;
mod codegen;
#[cfg(test)]
mod eval;
mod lexer;
mod lower;
mod names;
mod object;
mod parser;

pub use names::{NameLookup, PortProto};
pub use object::{BlockCursor, BuildError, Consumer, Filter, Listing, Source};

use crate::bpf::{Insn, Program, leftover, op, validate};
use crate::link::LinkType;

/// What the generated code must fit.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// The layout of the frames the program will see.
    pub link: LinkType,
    /// Bytes to accept from a matching packet (the snap length).
    pub snaplen: u32,
    /// The program runs in the Linux kernel on a live socket: VLAN tags are
    /// usually offloaded, so `vlan` also tests the kernel's VLAN metadata,
    /// and inbound/outbound/ifindex use ancillary loads.
    pub kernel: bool,
    /// Run the optimizer (tcpdump -O turns it off).
    pub optimize: bool,
    /// IPv4 netmask of the capture interface, for `ip broadcast` (0 unknown).
    pub netmask: u32,
    /// Where names in the expression are looked up.
    pub names: &'static dyn NameLookup,
}

/// A filter that does not parse or cannot be compiled for the link type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FilterError {
    /// What went wrong, phrased as a sentence without the "filter:" prefix.
    pub message: String,
    /// Byte range of the offending token in the expression, when there is one.
    pub span: Option<(usize, usize)>,
    /// A suggestion ("did you mean ...?"), when one helps.
    pub hint: Option<String>,
    /// The whole expression, to print under the message with a caret.
    pub expr: String,
}

impl std::fmt::Display for FilterError {
    /// Renders the message, the expression and a caret line under the span:
    ///
    /// ```text
    /// expected a port number after 'port', found 'and'
    ///   tcp port and 80
    ///            ^^^
    /// ```
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.message)?;
        if let Some((start, end)) = self.span {
            let width = self.expr[start..end.max(start)].chars().count().max(1);
            let pad = self.expr[..start].chars().count();
            // Control characters never reach the terminal raw; one '?' per
            // character keeps the caret under the right column.
            let shown: String = self
                .expr
                .chars()
                .map(|c| if c.is_control() { '?' } else { c })
                .collect();
            write!(f, "\n  {shown}\n  {}{}", " ".repeat(pad), "^".repeat(width))?;
        }
        if let Some(hint) = &self.hint {
            write!(f, "\n  hint: {hint}")?;
        }
        Ok(())
    }
}

impl std::error::Error for FilterError {}

/// libpcap's scanner separates tokens with these bytes only: a form feed,
/// vertical tab or any non-ASCII space is a syntax error, not a blank.
pub fn is_blank_byte(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n')
}

/// An expression with nothing but blanks in it: no filter at all.
pub fn is_blank(expr: &str) -> bool {
    expr.bytes().all(is_blank_byte)
}

/// Compiles `expr` for `opts.link`. An empty (or all-blank) expression
/// accepts every packet, as in libpcap.
pub fn compile(expr: &str, opts: &Options) -> Result<Program, FilterError> {
    compile_with_scratch(expr, opts).map(|(prog, _)| prog)
}

/// Compiles `expr` and says whether the program may read a scratch slot
/// that nothing stored on the path taken (the offsets set by `geneve`, or
/// by `vlan` on live capture, read after an `or`). Decided here once: the
/// kernel refuses such a program, so for it those slots are first set far
/// beyond any packet and offsets read from them make the loads fail (the
/// answer is then false); a userspace program keeps the reads, and its
/// runner decides what the slots hold (see bpf::leftover).
fn compile_with_scratch(expr: &str, opts: &Options) -> Result<(Program, bool), FilterError> {
    if is_blank(expr) {
        return Ok((Program::accept_all(opts.snaplen), false));
    }
    let tokens = lexer::tokenize(expr)?;
    let ast = parser::parse(expr, tokens, opts.link)?;
    let whole = (0, expr.len());
    let to_error = |e: codegen::GenError| FilterError {
        message: e.message,
        span: e.span,
        hint: None,
        expr: expr.to_string(),
    };
    let mut g = codegen::Gen::new(opts.link, opts.kernel, opts.netmask, opts.names, whole)
        .map_err(to_error)?;
    g.store_values = ast.mentions_geneve();
    g.will_optimize = opts.optimize && !ast.defeats_optimizer();
    let cond = g.expr(&ast).map_err(to_error)?;
    let cond = g.with_prologue(cond, whole).map_err(to_error)?;
    let optimize = opts.optimize && !g.no_optimize;
    let too_long = |message| FilterError {
        message,
        span: None,
        hint: Some("split the capture into simpler filters".into()),
        expr: expr.to_string(),
    };
    let (mut prog, refusal) = lower::lower(&cond, opts.snaplen, optimize).map_err(too_long)?;
    let mut unset: Vec<u32> = validate::unset_scratch_reads(&prog.insns)
        .into_iter()
        .map(|(_, slot)| slot)
        .collect();
    let reads_unset = !unset.is_empty() && !opts.kernel;
    if opts.kernel && !unset.is_empty() {
        unset.sort_unstable();
        unset.dedup();
        let mut init = vec![Insn::stmt(op::LD | op::IMM, leftover::BEYOND_ANY_PACKET)];
        init.extend(unset.iter().map(|&s| Insn::stmt(op::ST, s)));
        let cond = lower::Cond::Pre(init, Box::new(cond.clone()));
        prog = lower::lower(&cond, opts.snaplen, optimize)
            .map_err(too_long)?
            .0;
    }
    // libpcap's optimizer refuses a division by a constant zero, or a shift
    // by more than 31, that it could not remove (an unreachable one goes
    // with its block).
    // libpcap refuses these only when it optimizes.
    let libpcap_optimizes = !g.libpcap_leaves_unoptimized();
    if let (Some((message, span)), true, true) =
        (g.folded_refusal, refusal.folds_badly, libpcap_optimizes)
    {
        return Err(FilterError {
            message: message.into(),
            span: Some(span),
            hint: None,
            expr: expr.to_string(),
        });
    }
    // libpcap's optimizer refuses a filter that can never match; it cannot
    // see through protochain's loop.
    if refusal.rejects_all && !g.has_loop && libpcap_optimizes {
        return Err(FilterError {
            message: "expression rejects all packets".into(),
            span: None,
            hint: None,
            expr: expr.to_string(),
        });
    }
    Ok((prog, reads_unset))
}

#[cfg(test)]
impl Options {
    /// What the unit tests compile with: userspace or kernel form for
    /// `link`, optimized, the names of the test copy of /etc.
    pub(crate) fn for_test(link: LinkType, kernel: bool) -> Options {
        Options {
            link,
            snaplen: 262_144,
            kernel,
            optimize: true,
            netmask: 0,
            names: crate::netdb::tests::etc_copy(),
        }
    }
}

#[cfg(test)]
mod display_tests {
    use super::*;

    #[test]
    fn errors_never_echo_control_characters() {
        let opts = Options::for_test(LinkType::Ethernet, false);
        for expr in ["\u{c}udp", "udp and \u{1b}[31m", "tcp\u{7f}"] {
            let shown = compile(expr, &opts).unwrap_err().to_string();
            assert!(
                !shown.chars().any(|c| c.is_control() && c != '\n'),
                "{shown:?}"
            );
            // The caret still sits under the offending character.
            let lines: Vec<&str> = shown.lines().collect();
            let col = lines[2].find('^').unwrap();
            assert_eq!(lines[1].chars().nth(col), Some('?'), "{shown:?}");
        }
    }
}
