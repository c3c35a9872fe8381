//! Mutated copies of the development corpus through FileSource: never a panic or
//! a hang, and every packet it returns is sane (bytes within the snapshot
//! length and the file, nanoseconds under a second). A deterministic,
//! dependency-free cousin of a fuzz target; the corpus files seed it.

mod common;

use afsniff::capture::file::FileSource;

fn xorshift(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

/// Reads everything; returns (packets, whether it ended in an error).
fn read_all(bytes: Vec<u8>) -> (usize, bool) {
    let len = bytes.len();
    let mut src = match FileSource::from_reader(Box::new(std::io::Cursor::new(bytes))) {
        Ok(src) => src,
        Err(_) => return (0, true),
    };
    let snaplen = src.snaplen() as usize;
    let mut n = 0;
    loop {
        match src.next_packet() {
            Ok(Some(p)) => {
                assert!(p.data.len() <= snaplen && p.data.len() <= len);
                assert!(p.ts_nsec < 1_000_000_000);
                n += 1;
            }
            Ok(None) => return (n, false),
            Err(e) => {
                assert!(!e.to_string().is_empty());
                return (n, true);
            }
        }
    }
}

#[test]
fn mutated_corpus_files_never_panic() {
    let names = ["mixed.pcap", "mixed-nano.pcap", "mixed.pcapng", "core.pcap"];
    let seeds: Vec<Vec<u8>> = names
        .iter()
        .map(|n| std::fs::read(common::corpus(n)).unwrap())
        .collect();
    let intact: Vec<usize> = seeds.iter().map(|s| read_all(s.clone()).0).collect();
    assert_eq!(intact, [3000, 1000, 1000, 1500]);
    let mut state = 0xdead_beef_cafe_f00d;
    let (mut refused, mut runs) = (0, 0);
    for round in 0..600 {
        let mut f = seeds[round % seeds.len()].clone();
        for _ in 0..1 + xorshift(&mut state) % 6 {
            // Half the time within the first KiB, where the headers and the
            // first records are; otherwise anywhere.
            let span = if xorshift(&mut state) % 2 == 0 {
                1024
            } else {
                f.len()
            };
            let at = (xorshift(&mut state) % span as u64) as usize;
            match xorshift(&mut state) % 3 {
                0 => f[at] ^= 1 << (xorshift(&mut state) % 8),
                1 => f[at] = xorshift(&mut state) as u8,
                _ => {
                    let fill = [0x00, 0xff, 0x7f, 0x80][(xorshift(&mut state) % 4) as usize];
                    let end = (at + 4).min(f.len());
                    f[at..end].fill(fill);
                }
            }
        }
        let (_, failed) = read_all(f);
        refused += usize::from(failed);
        runs += 1;
    }
    // Enough of the damage must stop reading for this to test the error paths.
    assert!(refused > runs / 8, "only {refused} of {runs} refused");
    eprintln!("{refused} of {runs} mutated files ended in an error, none panicked");
}
