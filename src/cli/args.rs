//! The command line as typed: tcpdump's letters and meanings, parsed by clap.
//! Nothing here is validated beyond its type; `Config::from_args` does that.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{ArgAction, Parser, ValueEnum};

/// -Q: which direction of traffic to capture.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DirectionArg {
    In,
    Out,
    Inout,
}

/// --time-stamp-precision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum PrecisionArg {
    Micro,
    Nano,
}

/// A tcpdump-compatible packet sniffer for Linux.
///
/// Captures on an interface (or reads a capture file with -r), keeps the
/// packets the pcap-filter(7) EXPRESSION matches, and prints one line per
/// packet or writes them to a pcap file (-w).
#[derive(Parser, Debug)]
#[command(
    name = "afsniff",
    version,
    disable_version_flag = true,
    after_help = "Examples:\n  afsniff -i eth0 -n tcp port 80\n  afsniff -i any -w /tmp/dns.pcap udp port 53\n  afsniff -r capture.pcap -n -e 'vlan and ip6'\n  afsniff -i eth0 -d 'tcp[tcpflags] & tcp-syn != 0'"
)]
pub struct Args {
    /// Print each packet in ASCII (-AA: with its link-level header).
    #[arg(short = 'A', action = ArgAction::Count)]
    pub ascii: u8,

    /// Ring buffer size in KiB (default: 8192; 32768 with --immediate-mode, -l or a terminal).
    #[arg(short = 'B', long = "buffer-size", value_name = "KIB")]
    pub buffer_kib: Option<u32>,

    /// Exit after COUNT packets.
    #[arg(short = 'c', value_name = "COUNT")]
    pub count: Option<u64>,

    /// Start a new -w file once the current one exceeds FILE_SIZE million bytes.
    #[arg(short = 'C', value_name = "FILE_SIZE")]
    pub file_size: Option<u64>,

    /// Print the compiled filter program and exit (-dd: as C, -ddd: as decimal).
    #[arg(short = 'd', action = ArgAction::Count)]
    pub dump: u8,

    /// List the interfaces afsniff can capture on, and exit.
    #[arg(short = 'D', long = "list-interfaces")]
    pub list_interfaces: bool,

    /// Print the link-level header on each line.
    #[arg(short = 'e')]
    pub link_header: bool,

    /// Read the filter expression from FILE (command-line words are ignored).
    #[arg(short = 'F', value_name = "FILE")]
    pub filter_file: Option<PathBuf>,

    /// Start a new -w file every SECONDS seconds (use strftime escapes in the name).
    #[arg(short = 'G', value_name = "SECONDS")]
    pub rotate_seconds: Option<u64>,

    /// Capture on INTERFACE: a name, a number from -D, or "any".
    #[arg(short = 'i', long = "interface", value_name = "INTERFACE")]
    pub interface: Option<String>,

    /// Hand each packet over as soon as it arrives instead of in batches.
    #[arg(long = "immediate-mode")]
    pub immediate_mode: bool,

    /// Make stdout line buffered.
    #[arg(short = 'l')]
    pub line_buffered: bool,

    /// Don't convert addresses (-n) or addresses and ports (-nn) to names.
    #[arg(short = 'n', action = ArgAction::Count)]
    pub numeric: u8,

    /// Print a packet number at the start of each line.
    #[arg(short = '#', long = "number")]
    pub number: bool,

    /// Do not run the filter optimizer.
    #[arg(short = 'O', long = "no-optimize")]
    pub no_optimize: bool,

    /// Do not put the interface into promiscuous mode.
    #[arg(short = 'p', long = "no-promiscuous-mode")]
    pub no_promisc: bool,

    /// Print packets even while writing them to a file with -w.
    #[arg(long = "print")]
    pub print: bool,

    /// Capture only packets received (in), sent (out), or both (inout).
    #[arg(short = 'Q', long = "direction", value_name = "DIRECTION")]
    pub direction: Option<DirectionArg>,

    /// Print less protocol information.
    #[arg(short = 'q')]
    pub quiet: bool,

    /// Read packets from FILE (pcap or pcapng; "-" is standard input).
    #[arg(short = 'r', value_name = "FILE")]
    pub read: Option<PathBuf>,

    /// Print absolute rather than relative TCP sequence numbers.
    #[arg(short = 'S', long = "absolute-tcp-sequence-numbers")]
    pub absolute_seq: bool,

    /// Capture at most SNAPLEN bytes of each packet (0: 262144).
    #[arg(short = 's', long = "snapshot-length", value_name = "SNAPLEN")]
    pub snaplen: Option<u32>,

    /// Timestamps: -t none, -tt epoch, -ttt delta, -tttt date, -ttttt since first.
    #[arg(short = 't', action = ArgAction::Count)]
    pub time: u8,

    /// Flush the output after each packet (for -w, and for printed lines).
    #[arg(short = 'U', long = "packet-buffered")]
    pub packet_buffered: bool,

    /// More protocol detail (-vv, -vvv: more still).
    #[arg(short = 'v', action = ArgAction::Count)]
    pub verbose: u8,

    /// Write raw packets to FILE in pcap format ("-" is standard output).
    #[arg(short = 'w', value_name = "FILE")]
    pub write: Option<PathBuf>,

    /// With -C: keep at most FILECOUNT files, reusing names; with -G: stop after FILECOUNT files.
    #[arg(short = 'W', value_name = "FILECOUNT")]
    pub file_count: Option<u32>,

    /// Print each packet in hex (-xx: with its link-level header).
    #[arg(short = 'x', action = ArgAction::Count)]
    pub hex: u8,

    /// Print each packet in hex and ASCII (-XX: with its link-level header).
    #[arg(short = 'X', action = ArgAction::Count)]
    pub hex_ascii: u8,

    /// Compile the filter for LINKTYPE (EN10MB, RAW, LINUX_SLL2, ...).
    #[arg(short = 'y', long = "linktype", value_name = "LINKTYPE")]
    pub linktype: Option<String>,

    /// Drop root privileges to USER once the socket and files are open.
    #[arg(short = 'Z', long = "relinquish-privileges", value_name = "USER")]
    pub user: Option<String>,

    /// Timestamp precision for printing and for -w files.
    #[arg(long = "time-stamp-precision", value_name = "PRECISION")]
    pub precision: Option<PrecisionArg>,

    /// Shorthand for --time-stamp-precision=micro.
    #[arg(long = "micro", conflicts_with_all = ["precision", "nano"])]
    pub micro: bool,

    /// Shorthand for --time-stamp-precision=nano.
    #[arg(long = "nano", conflicts_with = "precision")]
    pub nano: bool,

    /// Print one JSON object per packet and line (NDJSON) instead of tcpdump's lines.
    #[arg(long = "json")]
    pub json: bool,

    /// Write the man page and shell completions under DIR (for maintainers).
    #[arg(long = "generate-docs", value_name = "DIR", hide = true)]
    pub generate_docs: Option<PathBuf>,

    /// Print version information and exit.
    #[arg(long = "version", action = ArgAction::Version)]
    pub version: Option<bool>,

    /// The pcap-filter(7) expression: the packets to keep.
    #[arg(
        value_name = "EXPRESSION",
        trailing_var_arg = true,
        allow_hyphen_values = true
    )]
    pub expression: Vec<String>,
}

impl Args {
    /// Parses `args` (argv including the program name).
    pub fn parse_from_os(args: impl IntoIterator<Item = OsString>) -> Result<Args, clap::Error> {
        Args::try_parse_from(args)
    }
}
