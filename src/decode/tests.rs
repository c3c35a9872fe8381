//! Golden lines on built frames, and the no-panic property on random and
//! truncated frames of every link type.

use super::*;

fn line(opts: PrintOptions, link: LinkType, data: &[u8]) -> String {
    let mut p = Printer::new(opts, link);
    let mut out = Vec::new();
    let pkt = Packet {
        ts_sec: 1_700_000_000,
        ts_nsec: 15_000,
        wire_len: data.len() as u32,
        data,
        pkttype: None,
        ifindex: None,
    };
    p.print(&mut out, &pkt);
    String::from_utf8_lossy(&out).into_owned()
}

fn numeric() -> PrintOptions {
    PrintOptions {
        numeric: 1,
        time: TimeFormat::None,
        ..PrintOptions::default()
    }
}
