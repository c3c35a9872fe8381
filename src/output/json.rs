//! --json: one JSON object per packet and line (NDJSON). Owned by the json
//! work; this first version carries only what every packet has.

use std::io::Write;

use crate::link::LinkType;
use crate::packet::Packet;

pub struct JsonPrinter {
    link: LinkType,
}

impl JsonPrinter {
    pub fn new(link: LinkType) -> JsonPrinter {
        JsonPrinter { link }
    }

    /// Appends the packet's object and a '\n' to `out`.
    pub fn print(&mut self, out: &mut Vec<u8>, pkt: &Packet) {
        let _ = writeln!(
            out,
            r#"{{"ts_ns":{},"caplen":{},"len":{},"link":"{}"}}"#,
            pkt.ts_sec as i128 * 1_000_000_000 + i128::from(pkt.ts_nsec),
            pkt.data.len(),
            pkt.wire_len,
            self.link.name()
        );
    }
}
