//! One check per fuzz target: feed arbitrary bytes to a public entry point
//! of afsniff and panic when a promise the library makes is broken (no
//! panic, no hang, valid programs, the fast interpreter's verdicts equal
//! to the reference interpreter's, no raw packet bytes in printed text).
//!
//! Only `afsniff::` paths are used here: tests/fuzz_regressions.rs includes
//! this file with `#[path]`, and the cargo-fuzz crate uses it as a module.

use afsniff::bpf::fast::Compiled;
use afsniff::bpf::interp::{self, Meta};
use afsniff::bpf::{Insn, Program, dump, validate};
use afsniff::capture::file::FileSource;
use afsniff::decode::{PrintOptions, Printer, TimeFormat, has_printer};
use afsniff::filter::{self, Options};
use afsniff::link::LinkType;
use afsniff::netdb::{Netdb, NetdbText};
use afsniff::output::json::JsonPrinter;
use afsniff::packet::Packet;
use std::io::Cursor;

/// The names filters resolve: this machine's /etc files, read once, and no
/// DNS (a fuzzer's host names must not become queries).
fn names() -> &'static Netdb {
    static NAMES: std::sync::OnceLock<&'static Netdb> = std::sync::OnceLock::new();
    NAMES.get_or_init(|| Netdb::from_text(NetdbText::from_etc()).leak())
}

/// Every layout the filter compiler and the printer know, in
/// `LinkType::DECODED`'s order (the seed corpora's first byte picks by
/// index), plus one they do not (LINKTYPE_USER0), which must be refused or
/// shown raw, not crash.
pub const LINKS: [LinkType; 7] = {
    let [ethernet, raw, sll, sll2, null, loopback] = LinkType::DECODED;
    [
        ethernet,
        raw,
        sll,
        sll2,
        null,
        loopback,
        LinkType::Other(147),
    ]
};

/// The link types the printer target picks from: the base ones above
/// first (so recorded seeds keep their meaning), then every other type the
/// printer's link-type table decodes (decode::has_printer), by number.
fn printer_links() -> &'static [LinkType] {
    static ALL: std::sync::OnceLock<Vec<LinkType>> = std::sync::OnceLock::new();
    ALL.get_or_init(|| {
        let mut all = LINKS.to_vec();
        let decoded = (0..1024)
            .map(LinkType::from_linktype)
            .filter(|l| has_printer(*l) && !all.contains(l));
        all.extend(decoded.collect::<Vec<_>>());
        all
    })
}

/// The kernel's BPF_MAXINSNS.
const MAX_INSNS: usize = 4096;

/// Metadata as a live socket would give it, so that ancillary loads and
/// `vlan` tests on kernel programs take their "present" paths too.
const LIVE_META: Meta = Meta {
    pkttype: Some(0),
    ifindex: Some(2),
    protocol: Some(0x0800),
    vlan_tci: Some(0x0064),
    vlan_tpid: Some(0x8100),
};

// ---------------------------------------------------------------------------
// filter_parser

/// Compiles the input as a pcap-filter expression for every link type, for
/// the kernel and for files, optimized and not. Non-UTF-8 is dropped: argv
/// and -F text reach `compile` as `&str` only.
///
/// Checks: no panic (the Display of every error included), every program
/// passes the rules of where it runs (the kernel's, or userspace's), and
/// every program runs on a set of sample frames (whole and truncated) in
/// the interpreter.
pub fn filter_parser(data: &[u8]) {
    let Ok(expr) = std::str::from_utf8(data) else {
        return;
    };
    for link in LINKS {
        for kernel in [false, true] {
            let compile = |optimize| {
                let opts = Options {
                    link,
                    snaplen: 262_144,
                    kernel,
                    optimize,
                    netmask: 0xffff_ff00,
                    names: names(),
                };
                let result = filter::compile(expr, &opts);
                match &result {
                    Ok(prog) => {
                        // Off the kernel, protochain is libpcap's loop, which
                        // jumps back: userspace rules for those programs.
                        let check = if kernel {
                            validate::validate
                        } else {
                            validate::validate_userspace
                        };
                        if let Err(e) = check(prog) {
                            panic!(
                                "{expr:?} on {link:?} (kernel {kernel}, optimize {optimize}) \
                                 compiled to a program its runner refuses: {e}"
                            );
                        }
                    }
                    Err(e) => {
                        let text = e.to_string();
                        assert!(!text.is_empty(), "empty error message for {expr:?}");
                    }
                }
                result.ok()
            };
            // libpcap's optimizer may change the verdict on a truncated
            // frame (it can drop or reorder a load that would have rejected
            // it) and afsniff copies that, so the two programs are only run
            // here, not compared: their verdicts are filtercmp.py's business.
            for prog in [compile(false), compile(true)].into_iter().flatten() {
                for frame in sample_frames(link) {
                    let wire = frame.len() as u32;
                    for meta in [Meta::default(), LIVE_META] {
                        for cut in [frame.len(), 20, 34] {
                            interp::run(&prog, &frame[..cut.min(frame.len())], wire, &meta);
                        }
                    }
                }
            }
        }
    }
}

/// The filter compiler resolves host names through the system resolver,
/// so fuzzed expressions would send DNS queries out of the machine. The
/// filter_parser target runs only in a network namespace that has nothing
/// but loopback (`unshare --net`), where a lookup fails at once.
pub fn network_is_isolated() -> bool {
    let Ok(dev) = std::fs::read_to_string("/proc/self/net/dev") else {
        return false;
    };
    dev.lines()
        .skip(2)
        .filter_map(|line| line.split(':').next())
        .all(|name| name.trim() == "lo")
}

/// Panics (once per process) unless [`network_is_isolated`].
pub fn require_isolated_network() {
    static CHECKED: std::sync::Once = std::sync::Once::new();
    CHECKED.call_once(|| {
        assert!(
            network_is_isolated(),
            "filter_parser resolves host names: run it under `unshare --net` \
             (a namespace with only loopback) so that no DNS query leaves the machine"
        );
    });
}

/// Frames of the common protocols, in the given link layout: what a filter
/// is most likely to look at, so that compiled programs take their branches.
pub fn sample_frames(link: LinkType) -> Vec<Vec<u8>> {
    // Ethernet payloads: (ethertype, payload).
    let ipv4_tcp: Vec<u8> = [
        &[0x45, 0, 0, 40, 0x12, 0x34, 0x40, 0, 64, 6, 0, 0][..],
        &[192, 0, 2, 7, 198, 51, 100, 77],
        &[
            0x01, 0xbb, 0x1f, 0x90, 0, 0, 0, 1, 0, 0, 0, 0, 0x50, 0x12, 0x20, 0, 0, 0, 0, 0,
        ],
    ]
    .concat();
    let ipv4_udp_frag: Vec<u8> = [
        &[0x45, 0, 0, 36, 0, 1, 0x20, 0, 1, 17, 0, 0][..],
        &[10, 1, 2, 3, 255, 255, 255, 255],
        &[0x13, 0x88, 0, 53, 0, 16, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8],
    ]
    .concat();
    let ipv4_icmp: Vec<u8> = [
        &[0x46, 0, 0, 32, 0, 2, 0, 0, 64, 1, 0, 0][..],
        &[203, 0, 113, 9, 224, 0, 0, 1, 1, 1, 0, 0],
        &[8, 0, 0, 0, 0, 1, 0, 1],
    ]
    .concat();
    let ipv6_udp: Vec<u8> = [
        &[0x60, 0, 0, 0, 0, 16, 17, 64][..],
        &[0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2],
        &[0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xab, 0xcd],
        &[0, 53, 0x04, 0x00, 0, 16, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8],
    ]
    .concat();
    let ipv6_frag_tcp: Vec<u8> = [
        &[0x60, 0, 0, 0, 0, 28, 44, 64][..],
        &[0x20, 0x01, 0x0d, 0xb8, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
        &[0xff, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
        &[6, 0, 0, 0, 0, 0, 0, 9],
        &[
            0, 22, 0x30, 0x39, 0, 0, 0, 1, 0, 0, 0, 0, 0x50, 0x02, 0x20, 0, 0, 0, 0, 0,
        ],
    ]
    .concat();
    let arp: Vec<u8> = [
        &[0, 1, 8, 0, 6, 4, 0, 1][..],
        &[2, 0, 0, 0, 0, 1, 192, 0, 2, 1],
        &[0, 0, 0, 0, 0, 0, 192, 0, 2, 7],
    ]
    .concat();
    let ip_payloads = [
        (0x0800u16, ipv4_tcp),
        (0x0800, ipv4_udp_frag),
        (0x0800, ipv4_icmp),
        (0x86dd, ipv6_udp),
        (0x86dd, ipv6_frag_tcp),
    ];
    let mut payloads: Vec<(u16, Vec<u8>)> = ip_payloads.to_vec();
    payloads.push((0x0806, arp));
    let dst = [0xff, 0xff, 0xff, 0xff, 0xff, 0xff];
    let mcast = [0x01, 0x00, 0x5e, 0, 0, 1];
    let src = [0x02, 0, 0, 0, 0, 1];

    let mut frames = Vec::new();
    for (i, (etype, payload)) in payloads.iter().enumerate() {
        let is_ip = *etype != 0x0806;
        let frame = match link {
            LinkType::Ethernet => {
                let d = if i % 2 == 0 { dst } else { mcast };
                let mut f = [&d[..], &src, &etype.to_be_bytes()].concat();
                f.extend_from_slice(payload);
                frames.push(f.clone());
                // The same payload behind an 802.1Q tag.
                let mut tagged = [&d[..], &src, &[0x81, 0x00, 0x00, 0x64]].concat();
                tagged.extend_from_slice(&etype.to_be_bytes());
                tagged.extend_from_slice(payload);
                tagged
            }
            LinkType::Raw if is_ip => payload.clone(),
            LinkType::LinuxSll => {
                let mut f = vec![0, 0, 0, 1, 0, 6];
                f.extend_from_slice(&src);
                f.extend_from_slice(&[0, 0]);
                f.extend_from_slice(&etype.to_be_bytes());
                f.extend_from_slice(payload);
                f
            }
            LinkType::LinuxSll2 => {
                let mut f = etype.to_be_bytes().to_vec();
                f.extend_from_slice(&[0, 0, 0, 0, 0, 2, 0, 1, 4, 6]);
                f.extend_from_slice(&src);
                f.extend_from_slice(&[0, 0]);
                f.extend_from_slice(payload);
                f
            }
            LinkType::Null | LinkType::Loop if is_ip => {
                let family: u32 = if *etype == 0x0800 { 2 } else { 10 };
                let mut f = if link == LinkType::Null {
                    family.to_le_bytes().to_vec()
                } else {
                    family.to_be_bytes().to_vec()
                };
                f.extend_from_slice(payload);
                f
            }
            _ => continue,
        };
        frames.push(frame);
    }
    frames
}

// ---------------------------------------------------------------------------
// interpreter

/// Splits the input into a program and a packet: two bytes (little-endian)
/// give the number of instructions, then 8 bytes per instruction in the
/// kernel's `struct sock_filter` layout (code u16, jt, jf, k u32, all
/// little-endian), one byte of extra wire length, and the packet.
pub fn split_program(data: &[u8]) -> (Program, u32, &[u8]) {
    let (count, rest) = match data {
        [lo, hi, rest @ ..] => (usize::from(u16::from_le_bytes([*lo, *hi])), rest),
        _ => (0, data),
    };
    let count = count.min(rest.len() / 8).min(MAX_INSNS + 1);
    let (code, rest) = rest.split_at(count * 8);
    let insns = code
        .chunks_exact(8)
        .map(|c| {
            Insn::new(
                u16::from_le_bytes([c[0], c[1]]),
                c[2],
                c[3],
                u32::from_le_bytes([c[4], c[5], c[6], c[7]]),
            )
        })
        .collect();
    let (extra, packet) = match rest {
        [e, packet @ ..] => (u32::from(*e), packet),
        [] => (0, rest),
    };
    let wire = (packet.len() as u32).saturating_add(extra);
    (Program { insns }, wire, packet)
}

/// Runs an arbitrary program (validated or not) on a packet and lists it as
/// -d, -dd (read back) and -ddd would; the fast interpreter (what -r and
/// the live fallback run) must give the reference interpreter's verdict,
/// with and without live metadata, on the packet whole and cut.
pub fn interpreter(data: &[u8]) {
    let (prog, wire, packet) = split_program(data);
    // -d must list any program (unknown opcodes included); -dd reads back.
    dump::listing(&prog);
    dump::decimal(&prog);
    match dump::parse_c_array(&dump::c_array(&prog)) {
        Ok(back) => assert_eq!(back, prog, "-dd did not read back as written"),
        Err(e) => panic!("-dd of {prog:?} does not read back: {e}"),
    }
    let fast = Compiled::new(&prog);
    for meta in [Meta::default(), LIVE_META] {
        for cut in [packet.len(), packet.len() / 2, 0] {
            let bytes = &packet[..cut];
            let reference = interp::run(&prog, bytes, wire, &meta);
            let ours = fast.run(bytes, wire, &meta);
            assert_eq!(
                reference,
                ours,
                "fast interpreter {ours}, reference {reference} on {} bytes {bytes:02x?} \
                 (wire {wire}, meta {meta:?})\nprogram: {prog:?}",
                bytes.len()
            );
        }
    }
}

// ---------------------------------------------------------------------------
// printer

/// tcpdump flag sets worth printing every packet with.
pub fn print_option_sets() -> Vec<PrintOptions> {
    let base = PrintOptions {
        numeric: 2,
        time: TimeFormat::None,
        ..PrintOptions::default()
    };
    vec![
        base.clone(),
        PrintOptions {
            verbose: 1,
            ..base.clone()
        },
        PrintOptions {
            verbose: 3,
            link_header: true,
            number: true,
            time: TimeFormat::DeltaPrev,
            ..base.clone()
        },
        PrintOptions {
            hex: 1,
            verbose: 2,
            ..base.clone()
        },
        PrintOptions {
            hex: 2,
            link_header: true,
            absolute_seq: true,
            ..base.clone()
        },
        PrintOptions {
            hex_ascii: 1,
            quiet: true,
            ..base.clone()
        },
        PrintOptions {
            hex_ascii: 2,
            link_header: true,
            verbose: 1,
            ..base.clone()
        },
        PrintOptions {
            ascii: 1,
            time: TimeFormat::Epoch,
            nano: true,
            ..base.clone()
        },
        // Port and protocol names, but no host names: those would send a
        // DNS query for every fuzzed address.
        PrintOptions {
            numeric: 1,
            link_header: true,
            time: TimeFormat::Date,
            ..base
        },
    ]
}

/// The first byte picks the link type, the second how much longer the
/// packet was on the wire (255: shorter, an invalid record), the rest is
/// the packet. Every option set prints it twice on one printer (the second
/// time sees the TCP sequence state of the first).
///
/// Checks: no panic, each call appends text ending in '\n', and no byte of
/// the packet reaches the output raw: only printable ASCII, '\n' and '\t'.
pub fn printer(data: &[u8]) {
    let [pick, extra, packet @ ..] = data else {
        return;
    };
    let links = printer_links();
    let link = links[usize::from(*pick) % links.len()];
    let caplen = packet.len() as u32;
    let wire_len = match *extra {
        255 => caplen / 2,
        e => caplen + u32::from(e) * 16,
    };
    let pkt = Packet {
        ts_sec: 1_700_000_000 + i64::from(*pick),
        ts_nsec: 123_456_789,
        recorded: None,
        wire_len,
        data: packet,
        pkttype: None,
        ifindex: None,
    };
    let mut out = Vec::with_capacity(4096);
    for opts in print_option_sets() {
        let mut p = Printer::new(opts.clone(), link);
        for _ in 0..2 {
            out.clear();
            p.print(&mut out, &pkt);
            check_printed(&out, &opts, link, packet);
        }
    }
    out.clear();
    JsonPrinter::new(link).print(&mut out, &pkt);
    assert!(
        out.ends_with(b"\n") && out.iter().filter(|&&b| b == b'\n').count() == 1,
        "--json wrote other than one line: {:?}",
        String::from_utf8_lossy(&out)
    );
    check_text(&out, "--json", packet);
}

fn check_printed(out: &[u8], opts: &PrintOptions, link: LinkType, packet: &[u8]) {
    assert!(
        out.ends_with(b"\n"),
        "no final newline on {link:?} with {opts:?}: {:?}",
        String::from_utf8_lossy(out)
    );
    check_text(out, &format!("{link:?} with {opts:?}"), packet);
}

/// Terminal safety: the issue asks that control and non-ASCII bytes be
/// escaped in every printed form, as tcpdump does.
pub fn check_text(out: &[u8], what: &str, packet: &[u8]) {
    if let Some(at) = out
        .iter()
        .position(|&b| !(b == b'\n' || b == b'\t' || (0x20..0x7f).contains(&b)))
    {
        panic!(
            "raw byte 0x{:02x} at {at} of the output for {what}, packet {packet:02x?}:\n{}",
            out[at],
            String::from_utf8_lossy(out)
        );
    }
}

// ---------------------------------------------------------------------------
// file_reader

/// Reads the input as a capture file to its end or first error, printing
/// every packet as tcpdump -e -v would.
///
/// Checks: no panic or hang (a reader that never ends would return more
/// packets than the input has bytes), packets within the limits the reader
/// promises, and error messages that render.
pub fn file_reader(data: &[u8]) {
    let mut src = match FileSource::from_reader(Box::new(Cursor::new(data.to_vec()))) {
        Ok(src) => src,
        Err(e) => {
            assert!(!e.to_string().is_empty(), "empty message for {e:?}");
            return;
        }
    };
    let link = src.link_type();
    // Not bounded by MAX_SNAPLEN: libpcap adds 14 for Kuznetzov files of
    // Ethernet, and DBUS, EBHSCR and USBPCAP allow more.
    assert!(src.snaplen() > 0, "a snaplen of 0 was not adjusted");
    let mut printer = Printer::new(
        PrintOptions {
            numeric: 2,
            verbose: 1,
            link_header: true,
            ..PrintOptions::default()
        },
        link,
    );
    let mut out = Vec::new();
    let mut packets = 0usize;
    loop {
        match src.next_packet() {
            Ok(Some(pkt)) => {
                packets += 1;
                assert!(
                    packets <= data.len(),
                    "{packets} packets out of {} bytes: the reader does not advance",
                    data.len()
                );
                assert!(
                    pkt.data.len() <= data.len(),
                    "a packet of {} bytes out of a {}-byte file",
                    pkt.data.len(),
                    data.len()
                );
                assert!(
                    pkt.ts_nsec < 1_000_000_000,
                    "ts_nsec {} is not within a second (packet {packets})",
                    pkt.ts_nsec
                );
                out.clear();
                printer.print(&mut out, &pkt);
            }
            Ok(None) => break,
            Err(e) => {
                assert!(!e.to_string().is_empty(), "empty message for {e:?}");
                break;
            }
        }
    }
}
