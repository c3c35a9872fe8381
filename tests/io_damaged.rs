//! Damaged capture files at scale, whole binary against tcpdump: over 150
//! copies of every kind (truncations at every structural boundary of pcap
//! and pcapng, absurd lengths, bad magic, bad versions, huge and zero
//! snaplens, zero-length records, byte flips and overwritten words,
//! pcapng blocks with broken lengths, options, byte-order magic, missing
//! IDB, bad interface ids, big-endian and nanosecond files). For each:
//! `afsniff -r F -w -` and `tcpdump -r F -w -` under a time limit (no
//! hang), then:
//! - afsniff keeps at least the packets tcpdump keeps, the same ones
//!   (timestamps, lengths and bytes);
//! - afsniff exits 1 exactly when tcpdump reports an error (never a panic
//!   or a signal), and then its last stderr line starts with "afsniff: "
//!   and says where: "offset N", "record N" or, for a file it cannot
//!   recognise at all, "unknown file format";
//! - printing the same file (-n -v) ends too, with status 0 or 1.
//!
//! Figures (cases, failures, packets kept over tcpdump) are printed.
//!
//! Needs tcpdump; without it the test says "skipped", unless
//! AFSNIFF_REQUIRE_LIVE=1, when it fails instead.

mod common;

use common::{output_within, packets_of, tempdir};
use std::process::Command;
use std::time::Duration;

/// (timestamp in ns, wire length, bytes) of each record of a pcap written
/// by either program (host byte order); stops at a partial record. The
/// timestamp is compared as a whole: tcpdump copies a microsecond field of
/// 1,000,000 or more as it is, afsniff carries it into the seconds.
type Kept = (i128, u32, Vec<u8>);

fn records(pcap: &[u8]) -> Vec<Kept> {
    packets_of(pcap)
        .into_iter()
        .map(|(sec, nsec, wire, data)| {
            let ts = i128::from(sec) * 1_000_000_000 + i128::from(nsec);
            (ts, wire, data)
        })
        .collect()
}

/// pcap and pcapng pieces, little-endian unless said otherwise.
mod craft {
    pub use crate::common::craft::*;

    pub fn frame(i: usize) -> Vec<u8> {
        let mut f = vec![2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1, 0x08, 0x00];
        let len = 46 + (i * 37) % 200;
        let total = (len as u16).to_be_bytes();
        f.extend([0x45, 0, total[0], total[1], 0, i as u8, 0, 0, 64, 17, 0, 0]);
        f.extend([198, 18, 0, 1, 198, 18, 0, 2]);
        let ulen = ((len - 20) as u16).to_be_bytes();
        f.extend([0x13, 0x88, 0, 53, ulen[0], ulen[1], 0, 0]);
        f.resize(14 + len, i as u8);
        f
    }

    /// A pcap file; `be` writes it big-endian, `nano` with the ns magic.
    pub fn pcap(be: bool, nano: bool, snaplen: u32, records: &[(u32, u32, Vec<u8>)]) -> Vec<u8> {
        let w32 = |v: u32| if be { v.to_be_bytes() } else { v.to_le_bytes() };
        let w16 = |v: u16| if be { v.to_be_bytes() } else { v.to_le_bytes() };
        let mut f = w32(if nano { 0xa1b2_3c4d } else { 0xa1b2_c3d4 }).to_vec();
        f.extend(w16(2));
        f.extend(w16(4));
        f.extend([0; 8]);
        f.extend(w32(snaplen));
        f.extend(w32(1));
        for (i, (caplen, wire, data)) in records.iter().enumerate() {
            for v in [1_700_000_000 + i as u32, 1000 * i as u32, *caplen, *wire] {
                f.extend(w32(v));
            }
            f.extend(data);
        }
        f
    }

    /// SHB, IDB, `n` EPBs; returns the file and each block's offset.
    pub fn pcapng(be: bool, n: usize) -> (Vec<u8>, Vec<usize>) {
        let mut f = shb(be, 1, 0);
        let mut offsets = vec![0, f.len()];
        f.extend(idb(be, 1, 65535, &[]));
        for i in 0..n {
            offsets.push(f.len());
            let data = frame(i);
            let ts = 1_700_000_000_000_000 + 1000 * i as u64;
            f.extend(epb(be, 0, ts, &data, data.len() as u32));
        }
        (f, offsets)
    }
}

fn xorshift(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

fn put32(f: &mut [u8], at: usize, v: u32, be: bool) {
    if at + 4 <= f.len() {
        f[at..at + 4].copy_from_slice(&if be { v.to_be_bytes() } else { v.to_le_bytes() });
    }
}

/// Every damaged file: (label, bytes).
fn damaged_files() -> Vec<(String, Vec<u8>)> {
    use craft::*;
    let mut out: Vec<(String, Vec<u8>)> = Vec::new();
    let recs: Vec<(u32, u32, Vec<u8>)> = (0..12)
        .map(|i| {
            let d = frame(i);
            (d.len() as u32, d.len() as u32, d)
        })
        .collect();

    // pcap, both byte orders and resolutions: truncation at every field
    // boundary of the file header and of the first, a middle and the last
    // record, and inside their data.
    for (be, nano) in [(false, false), (true, false), (false, true)] {
        let tag = format!(
            "pcap{}{}",
            if be { "-be" } else { "" },
            if nano { "-ns" } else { "" }
        );
        let f = pcap(be, nano, 65535, &recs);
        let offs = record_offsets(&f, be);
        let mut cuts: Vec<usize> = vec![0, 1, 3, 4, 6, 8, 12, 16, 20, 23, 24];
        for &r in [offs[0], offs[5], offs[11]].iter() {
            cuts.extend([r + 1, r + 4, r + 8, r + 12, r + 15, r + 16, r + 17, r + 40]);
        }
        cuts.push(f.len() - 1);
        for cut in cuts {
            out.push((format!("{tag}-cut{cut}"), f[..cut.min(f.len())].to_vec()));
        }
    }

    // Absurd record lengths in the first, a middle and the last record.
    let f = pcap(false, false, 65535, &recs);
    let offs = record_offsets(&f, false);
    for (ri, &r) in [offs[0], offs[6], offs[11]].iter().enumerate() {
        for (name, field, v) in [
            ("caplen-max", 8, u32::MAX),
            ("caplen-2g", 8, 0x7fff_fff0),
            ("caplen-256k+1", 8, 262_145),
            ("caplen-snap+1", 8, 65_536),
            ("caplen-0", 8, 0),
            ("caplen-short", 8, 10),
            ("wire-1", 12, 1),
            ("wire-0", 12, 0),
            ("usec-2e6", 4, 2_000_000),
        ] {
            let mut g = f.clone();
            put32(&mut g, r + field, v, false);
            out.push((format!("pcap-rec{ri}-{name}"), g));
        }
    }
    // Headers: magic, version, snaplen, link type.
    for (name, at, v) in [
        ("magic-zero", 0, 0),
        ("magic-pk", 0, 0x0403_4b50),
        ("magic-swapped-halves", 0, 0xc3d4_a1b2),
        ("magic-modified-pcap", 0, 0xa1b2_cd34),
        ("version-1.0", 4, 0x0000_0001),
        ("version-2.5", 4, 0x0005_0002),
        ("version-3.4", 4, 0x0004_0003),
        ("snaplen-0", 16, 0),
        ("snaplen-huge", 16, u32::MAX),
        ("snaplen-2g", 16, 0x7fff_ffff),
        ("snaplen-40", 16, 40),
        ("linktype-65535", 20, 65_535),
        ("linktype-fcs-bits", 20, 0x1000_0001),
        ("linktype-raw", 20, 101),
    ] {
        let mut g = f.clone();
        put32(&mut g, at, v, false);
        out.push((format!("pcap-{name}"), g));
    }
    // Zero-length records between whole ones.
    let zeros: Vec<(u32, u32, Vec<u8>)> = (0..6)
        .map(|i| {
            if i % 2 == 0 {
                (0, 60, Vec::new())
            } else {
                recs[i].clone()
            }
        })
        .collect();
    out.push((
        "pcap-zero-length-records".into(),
        pcap(false, false, 65535, &zeros),
    ));
    out.push(("pcap-header-only".into(), pcap(false, false, 65535, &[])));

    // pcapng, both byte orders: truncation at each block's fields.
    for be in [false, true] {
        let tag = if be { "pcapng-be" } else { "pcapng" };
        let (f, blocks) = pcapng(be, 8);
        let mut cuts = vec![0, 4, 8, 12, 16, 27];
        for &b in &blocks[1..4] {
            cuts.extend([b + 2, b + 4, b + 8, b + 12, b + 20, b + 28, b + 30]);
        }
        cuts.push(f.len() - 4);
        cuts.push(f.len() - 1);
        for cut in cuts {
            out.push((format!("{tag}-cut{cut}"), f[..cut.min(f.len())].to_vec()));
        }
    }
    // pcapng broken blocks: the first EPB (blocks[2]) and a middle one.
    let (f, blocks) = pcapng(false, 8);
    for (bi, &b) in [blocks[2], blocks[6]].iter().enumerate() {
        for (name, at, v) in [
            ("len-not-x4", 4, 0),
            ("len-11", 4, 11),
            ("len-0", 4, 0),
            ("len-huge", 4, 0x7fff_fff0),
            ("len-max", 4, u32::MAX),
            ("trailer-mismatch", usize::MAX, 0),
            ("iface-7", 8, 7),
            ("caplen-over-block", 20, 5000),
            ("caplen-max", 20, u32::MAX),
            ("wire-0", 24, 0),
            ("type-unknown", 0, 0x0000_0bad),
            ("type-obsolete-pb", 0, 2),
        ] {
            let mut g = f.clone();
            let len = u32::from_le_bytes(g[b + 4..b + 8].try_into().unwrap());
            match name {
                "len-not-x4" => put32(&mut g, b + 4, len + 2, false),
                "trailer-mismatch" => put32(&mut g, b + len as usize - 4, len + 4, false),
                _ => put32(&mut g, b + at, v, false),
            }
            out.push((format!("pcapng-epb{bi}-{name}"), g));
        }
    }
    // pcapng headers: SHB byte order, version, section length; IDB missing
    // or broken options.
    let body = |parts: &[&[u8]]| parts.concat();
    let epbs: Vec<u8> = (0..4)
        .flat_map(|i| {
            let d = frame(i);
            epb(
                false,
                0,
                1_700_000_000_000_000 + i as u64,
                &d,
                d.len() as u32,
            )
        })
        .collect();
    let good_idb = idb(false, 1, 65535, &[]);
    let mut bom = shb(false, 1, 0);
    bom[8..12].copy_from_slice(&0x1a2b_3c4eu32.to_le_bytes());
    let mut section_len = shb(false, 1, 0);
    section_len[16..24].copy_from_slice(&40i64.to_le_bytes());
    let mut shb_len_odd = shb(false, 1, 0);
    put32(&mut shb_len_odd, 4, 30, false);
    for (name, bytes) in [
        ("shb-byte-order-magic", body(&[&bom, &good_idb, &epbs])),
        (
            "shb-version-2.0",
            body(&[&shb(false, 2, 0), &good_idb, &epbs]),
        ),
        (
            "shb-version-1.2",
            body(&[&shb(false, 1, 2), &good_idb, &epbs]),
        ),
        (
            "shb-section-length-40",
            body(&[&section_len, &good_idb, &epbs]),
        ),
        ("shb-length-30", body(&[&shb_len_odd, &good_idb, &epbs])),
        ("idb-missing", body(&[&shb(false, 1, 0), &epbs])),
        (
            "idb-after-packets",
            body(&[&shb(false, 1, 0), &epbs, &good_idb, &epbs]),
        ),
        (
            "idb-option-overrun",
            body(&[
                &shb(false, 1, 0),
                &block(
                    false,
                    1,
                    &[
                        1, 0, 0, 0, 255, 255, 0, 0, 2, 0, 200, 0, b'e', b't', b'h', b'0',
                    ],
                ),
                &epbs,
            ]),
        ),
        (
            "idb-tsresol-0x7f",
            body(&[
                &shb(false, 1, 0),
                &idb(false, 1, 65535, &[opt(9, &[0x7f]), opt(0, &[])].concat()),
                &epbs,
            ]),
        ),
        (
            "idb-tsresol-0xff",
            body(&[
                &shb(false, 1, 0),
                &idb(false, 1, 65535, &[opt(9, &[0xff]), opt(0, &[])].concat()),
                &epbs,
            ]),
        ),
        (
            "idb-tsresol-empty",
            body(&[
                &shb(false, 1, 0),
                &idb(false, 1, 65535, &[opt(9, &[]), opt(0, &[])].concat()),
                &epbs,
            ]),
        ),
        (
            "idb-snaplen-0",
            body(&[&shb(false, 1, 0), &idb(false, 1, 0, &[]), &epbs]),
        ),
        (
            "idb-snaplen-huge",
            body(&[&shb(false, 1, 0), &idb(false, 1, u32::MAX, &[]), &epbs]),
        ),
        (
            "idb-linktype-unknown",
            body(&[&shb(false, 1, 0), &idb(false, 0xfff0, 65535, &[]), &epbs]),
        ),
        (
            "second-shb-other-byte-order",
            body(&[
                &shb(false, 1, 0),
                &good_idb,
                &epbs,
                &shb(true, 1, 0),
                &idb(true, 1, 65535, &[]),
                &epbs,
            ]),
        ),
        (
            "second-shb-no-idb",
            body(&[
                &shb(false, 1, 0),
                &good_idb,
                &epbs,
                &shb(false, 1, 0),
                &epbs,
            ]),
        ),
        (
            "epb-zero-length",
            body(&[
                &shb(false, 1, 0),
                &good_idb,
                &epb(false, 0, 1, &[], 60),
                &epbs,
            ]),
        ),
        ("only-shb", shb(false, 1, 0)),
    ] {
        out.push((format!("pcapng-{name}"), bytes));
    }

    // Byte flips and overwritten words at random places of both formats.
    let mut state = 0x0005_eed0_fda4_a6e5_u64;
    let pcap_file = pcap(false, false, 65535, &recs);
    let (ng_file, _) = pcapng(false, 12);
    for (tag, base) in [("pcap", &pcap_file), ("pcapng", &ng_file)] {
        for i in 0..12 {
            let mut g = base.clone();
            let at = (xorshift(&mut state) % g.len() as u64) as usize;
            g[at] ^= 1 << (xorshift(&mut state) % 8);
            out.push((format!("{tag}-flip{i}-at{at}"), g));
        }
        for i in 0..6 {
            let mut g = base.clone();
            let at = (xorshift(&mut state) % (g.len() as u64 - 4)) as usize;
            let v = [0xffff_ffff, 0x8000_0000, 0x0001_0000][i % 3];
            g[at..at + 4].copy_from_slice(&u32::to_le_bytes(v));
            out.push((format!("{tag}-word{i}-at{at}"), g));
        }
    }
    out
}

/// (exit code, kept records, last stderr line) of one program on `file`.
fn run_one(cmd: &mut Command, what: &str) -> (i32, Vec<Kept>, String) {
    let (st, out, err) = output_within(cmd, Duration::from_secs(20), what);
    let code = st
        .code()
        .unwrap_or_else(|| panic!("{what}: killed by a signal: {st:?}\n{err}"));
    let last = err.lines().last().unwrap_or("").to_string();
    (code, records(&out), last)
}

#[test]
fn damaged_files_keep_at_least_what_tcpdump_keeps() {
    if !common::require_tcpdump("damaged_files_keep_at_least_what_tcpdump_keeps") {
        return;
    }
    let dir = tempdir();
    let files = damaged_files();
    assert!(files.len() >= 150, "only {} damaged files", files.len());
    let (mut refused, mut more_than_tcpdump, mut extra_packets) = (0, 0, 0);
    let mut problems = Vec::new();
    for (label, bytes) in &files {
        let path = dir.join(label);
        std::fs::write(&path, bytes).unwrap();
        let (ours, ours_kept, ours_last) = run_one(
            common::afsniff().arg("-r").arg(&path).args(["-w", "-"]),
            &format!("afsniff -r {label}"),
        );
        let (theirs, theirs_kept, theirs_last) = run_one(
            Command::new("tcpdump")
                .arg("-r")
                .arg(&path)
                .args(["-w", "-"]),
            &format!("tcpdump -r {label}"),
        );
        let mut problem = |p: String| problems.push(format!("{label}: {p}"));
        if ours_kept.len() < theirs_kept.len() {
            problem(format!(
                "kept {} packets, tcpdump {}",
                ours_kept.len(),
                theirs_kept.len()
            ));
        }
        if let Some(i) = ours_kept.iter().zip(&theirs_kept).position(|(a, b)| a != b) {
            problem(format!("packet {} differs from tcpdump's", i + 1));
        }
        if !matches!(ours, 0 | 1) {
            problem(format!("exit status {ours}"));
        }
        // tcpdump cannot -w a link type libpcap does not know ("unknown
        // data link type"); afsniff copies the records: more, not less.
        let tcpdump_cannot_write = theirs_last.contains("unknown data link type");
        if (ours == 1) != (theirs != 0) && !(ours == 0 && tcpdump_cannot_write) {
            problem(format!(
                "exit {ours} ({ours_last}), tcpdump exit {theirs} ({theirs_last})"
            ));
        }
        if ours == 1 {
            refused += 1;
            let says_where = ours_last.contains("offset ")
                || ours_last.contains("record ")
                || ours_last.contains("unknown file format");
            if !ours_last.starts_with("afsniff: ") || !says_where {
                problem(format!("message {ours_last:?}"));
            }
        }
        if ours_kept.len() > theirs_kept.len() {
            more_than_tcpdump += 1;
            extra_packets += ours_kept.len() - theirs_kept.len();
        }
        // Printing the same file ends too, without a panic.
        let (printed, _, print_last) = run_one(
            common::afsniff().args(["-n", "-v", "-r"]).arg(&path),
            &format!("afsniff -n -v -r {label}"),
        );
        if !matches!(printed, 0 | 1) {
            problems.push(format!("{label}: printing: exit {printed} ({print_last})"));
        }
        std::fs::remove_file(&path).unwrap();
    }
    eprintln!(
        "{} damaged files: {refused} refused (exit 1, located), {more_than_tcpdump} kept more packets than tcpdump ({extra_packets} packets in all)",
        files.len()
    );
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
    assert!(
        refused >= 60,
        "only {refused} files refused: the damage is too mild to test"
    );
}
