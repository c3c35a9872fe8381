//! --json: one JSON object per packet and line (NDJSON, for jq).
//!
//! The schema (version 1) is documented in the man page's JSON OUTPUT
//! section; every object carries `"schema":1`. Layers are decoded by hand
//! from the borrowed bytes and written straight into the output buffer, so
//! a packet costs no allocation. Whatever the bytes, the line is a complete
//! object: a layer that does not fit in the captured bytes is named in
//! `"truncated"`, one that makes no sense is described in `"error"`.

mod bytes;
mod dns;
mod ifnames;
mod ip;
mod link;
mod transport;
mod writer;

#[cfg(test)]
mod tests;

use crate::link::LinkType;
use crate::packet::{Direction, Packet};
use writer::Json;

/// The version in every object's `"schema"`; bump it when a field changes
/// meaning or goes away (adding fields does not).
pub const SCHEMA_VERSION: u64 = 1;

/// Why decoding stopped before the end of the packet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stop {
    /// The named layer's header runs past the captured bytes.
    Truncated(&'static str),
    /// The bytes contradict the layer's format.
    Error(&'static str),
}

type Decoded = Result<(), Stop>;

pub struct JsonPrinter {
    link: LinkType,
    ifnames: ifnames::IfNames,
}

impl JsonPrinter {
    pub fn new(link: LinkType) -> JsonPrinter {
        JsonPrinter {
            link,
            ifnames: ifnames::IfNames::default(),
        }
    }

    /// Appends the packet's object and a '\n' to `out`.
    pub fn print(&mut self, out: &mut Vec<u8>, pkt: &Packet) {
        let mut j = Json::object(out);
        j.u64("schema", SCHEMA_VERSION);
        j.key("ts");
        writer::rfc3339(j.out, pkt.ts_sec, pkt.ts_nsec);
        j.i128(
            "ts_ns",
            i128::from(pkt.ts_sec) * 1_000_000_000 + i128::from(pkt.ts_nsec),
        );
        j.u64("caplen", pkt.data.len() as u64)
            .u64("len", u64::from(pkt.wire_len))
            .str("link", self.link.name());
        if let LinkType::Other(n) = self.link {
            j.u64("linktype", u64::from(n));
        }
        if let Some(index) = pkt.ifindex {
            j.u64("ifindex", u64::from(index));
            if let Some(name) = self.ifnames.name(index) {
                j.key("ifname");
                writer::string(j.out, name.as_bytes());
            }
        }
        if let Some(dir) = pkt.direction() {
            j.str(
                "dir",
                match dir {
                    Direction::In => "in",
                    Direction::Out => "out",
                },
            );
        }
        match link::decode(&mut j, self.link, pkt.data) {
            Ok(()) => {}
            Err(Stop::Truncated(layer)) => {
                j.str("truncated", layer);
            }
            Err(Stop::Error(why)) => {
                j.str("error", why);
            }
        }
        j.finish();
    }
}
