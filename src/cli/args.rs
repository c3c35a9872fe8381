//! The command line as typed: tcpdump's letters and meanings, parsed by clap.
//! Nothing here is validated beyond its type; `Config::from_args` does that.

use std::path::PathBuf;

use clap::{ArgAction, Parser, ValueEnum};

use crate::capture::live::TstampType;
use crate::decode::PacketType;

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
    // tcpdump: the last of a repeated option wins.
    args_override_self = true,
    override_usage = "afsniff [-AbdDefhHIJKlLnNOpqStuUvxX#] [-B size] [-c count] [--count] [-C file_size]\n        [-E algo:secret] [-F file] [-G seconds] [-i interface] [--immediate-mode]\n        [-j tstamptype] [-M secret] [--number] [--print] [-Q in|out|inout] [-r file]\n        [-s snaplen] [-T type] [--version] [-V file] [-w file] [-W filecount]\n        [-y datalinktype] [--time-stamp-precision precision] [--micro] [--nano]\n        [-z postrotate-command] [-Z user] [expression]",
    after_help = "Examples:\n  afsniff -i eth0 -n tcp port 80\n  afsniff -i any -w /tmp/dns.pcap udp port 53\n  afsniff -r capture.pcap -n -e 'vlan and ip6'\n  afsniff -i eth0 -d 'tcp[tcpflags] & tcp-syn != 0'"
)]
pub struct Args {
    /// Accepted and ignored, as tcpdump does (an old option).
    #[arg(short = 'a', hide = true)]
    pub old_a: bool,

    /// Print each packet in ASCII (-AA: with its link-level header).
    #[arg(short = 'A', action = ArgAction::Count)]
    pub ascii: u8,

    /// Ring buffer size in KiB (default: 32768; 8192 when only writing -w).
    #[arg(short = 'B', long = "buffer-size", value_name = "KIB")]
    pub buffer_kib: Option<u32>,

    /// Print BGP AS numbers in ASDOT notation.
    #[arg(short = 'b', action = ArgAction::Count)]
    pub bgp_asdot: u8,

    /// Exit after COUNT packets.
    #[arg(short = 'c', value_name = "COUNT")]
    pub count: Option<u64>,

    /// Print only the number of packets that match, not the packets.
    #[arg(long = "count")]
    pub count_only: bool,

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

    /// Decrypt ESP with SPI@ADDR ALGO:SECRET (3des or aes128/192/256, -cbc, -hmac96), ALGO:SECRET, or file NAME; several joined by commas.
    #[arg(short = 'E', value_name = "SPI@ADDR ALGO:SECRET")]
    pub esp_secret: Option<String>,

    /// Print foreign IPv4 addresses numerically (live capture only).
    #[arg(short = 'f', action = ArgAction::Count)]
    pub foreign_numeric: u8,

    /// Read the filter expression from FILE (words after the options are ignored, with a warning).
    #[arg(short = 'F', value_name = "FILE")]
    pub filter_file: Option<PathBuf>,

    /// Start a new -w file every SECONDS seconds (use strftime escapes in the name).
    #[arg(short = 'G', value_name = "SECONDS")]
    pub rotate_seconds: Option<u64>,

    /// Detect 802.11s mesh headers.
    #[arg(short = 'H', action = ArgAction::Count)]
    pub mesh_headers: u8,

    /// Capture on INTERFACE: a name, a number from -D, or "any"; repeated, on each of them at once.
    #[arg(short = 'i', long = "interface", value_name = "INTERFACE", action = ArgAction::Append)]
    pub interface: Vec<String>,

    /// Hand each packet over as soon as it arrives instead of in batches.
    #[arg(long = "immediate-mode")]
    pub immediate_mode: bool,

    /// Monitor mode: capture radiotap frames on a monitor interface added to the wireless device (deleted at exit).
    #[arg(short = 'I', long = "monitor-mode")]
    pub monitor: bool,

    /// Time stamps from TYPE (host, adapter, adapter_unsynced, ...; -J lists them).
    #[arg(short = 'j', long = "time-stamp-type", value_name = "TSTAMPTYPE")]
    pub tstamp_type: Option<TstampType>,

    /// List the time stamp types the interface supports, and exit.
    #[arg(short = 'J', long = "list-time-stamp-types")]
    pub list_tstamp_types: bool,

    /// Do not verify IP, TCP or UDP checksums.
    #[arg(short = 'K', long = "dont-verify-checksums", action = ArgAction::Count)]
    pub no_checksums: u8,

    /// List the data link types of the interface, and exit.
    #[arg(short = 'L', long = "list-data-link-types")]
    pub list_link_types: bool,

    /// Make stdout line buffered.
    #[arg(short = 'l')]
    pub line_buffered: bool,

    /// Load SMI MIB MODULE (ignored with a warning: no libsmi, as tcpdump without it).
    #[arg(short = 'm', value_name = "MODULE")]
    pub mib_module: Vec<String>,

    /// Check TCP-MD5 signatures (RFC 2385) with the shared SECRET.
    #[arg(short = 'M', value_name = "SECRET")]
    pub tcp_md5_secret: Option<String>,

    /// Don't convert addresses (-n) or addresses and ports (-nn) to names.
    #[arg(short = 'n', action = ArgAction::Count)]
    pub numeric: u8,

    /// Print host names without their domain part.
    #[arg(short = 'N', action = ArgAction::Count)]
    pub no_domain: u8,

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

    /// Decode the packets the filter selects as TYPE (rpc, rtp, snmp, vxlan, ...).
    #[arg(short = 'T', value_name = "TYPE")]
    pub packet_type: Option<PacketType>,

    /// Print undecoded NFS handles.
    #[arg(short = 'u', action = ArgAction::Count)]
    pub undecoded_nfs: u8,

    /// Flush the output after each packet (for -w, and for printed lines).
    #[arg(short = 'U', long = "packet-buffered")]
    pub packet_buffered: bool,

    /// More protocol detail (-vv, -vvv: more still).
    #[arg(short = 'v', action = ArgAction::Count)]
    pub verbose: u8,

    /// Read the capture files listed in FILE, one name a line ("-": standard input).
    #[arg(short = 'V', value_name = "FILE")]
    pub file_list: Option<PathBuf>,

    /// Write raw packets to FILE in pcap format ("-" is standard output; pcapng with --pcapng or a name ending in .pcapng).
    #[arg(short = 'w', value_name = "FILE")]
    pub write: Option<PathBuf>,

    /// Write -w files in pcapng: interface names, directions, the filter and the statistics go in the file.
    #[arg(long = "pcapng")]
    pub pcapng: bool,

    /// With -C: keep at most FILECOUNT files, reusing names; with -G: stop after FILECOUNT files.
    #[arg(short = 'W', value_name = "FILECOUNT")]
    pub file_count: Option<u32>,

    /// Print each packet in hex (-xx: with its link-level header).
    #[arg(short = 'x', action = ArgAction::Count)]
    pub hex: u8,

    /// Print each packet in hex and ASCII (-XX: with its link-level header).
    #[arg(short = 'X', action = ArgAction::Count)]
    pub hex_ascii: u8,

    /// Capture as LINKTYPE, one the interface offers (-L lists them: LINUX_SLL or LINUX_SLL2 on any, EN10MB or DOCSIS on Ethernet); with -d, compile for any LINKTYPE libpcap names.
    #[arg(short = 'y', long = "linktype", value_name = "LINKTYPE")]
    pub linktype: Option<String>,

    /// Accepted as tcpdump accepts it; afsniff has no filter parser debugging.
    #[arg(short = 'Y', hide = true)]
    pub parser_debug: bool,

    /// With -C or -G: run COMMAND FILE after closing each -w file.
    #[arg(short = 'z', value_name = "COMMAND")]
    pub postrotate: Option<String>,

    /// Become USER once the interface is open (the first -w file is still created where root could write).
    #[arg(short = 'Z', long = "relinquish-privileges", value_name = "USER")]
    pub user: Option<String>,

    /// Timestamp precision for printing and for -w files.
    #[arg(long = "time-stamp-precision", value_name = "PRECISION")]
    pub precision: Option<PrecisionArg>,

    /// Shorthand for --time-stamp-precision=micro.
    #[arg(long = "micro")]
    pub micro: bool,

    /// Shorthand for --time-stamp-precision=nano.
    #[arg(long = "nano")]
    pub nano: bool,

    /// Print the kind of floating-point arithmetic, as tcpdump's tests use it.
    #[arg(long = "fp-type", hide = true)]
    pub fp_type: bool,

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
    #[arg(value_name = "EXPRESSION")]
    pub expression: Vec<String>,
}
