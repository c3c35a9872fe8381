//! --json: one JSON object per packet and line (NDJSON, for jq).
//!
//! The schema (version 3) is documented in the man page's JSON OUTPUT
//! section; every object carries `"schema":3`. The layers are read through
//! etherparse's header slices and, for the headers etherparse lacks, the
//! views in `crate::wire`, and written straight into the output buffer, so
//! a packet costs no allocation. Whatever the bytes, the line is a complete
//! object: a layer that does not fit in the captured bytes is named in
//! `"truncated"`, one that makes no sense is described in `"error"`.
//!
//! A tunnel's inner frame is an `"inner"` object of the same shape as the
//! packet's layers. Where the object ends before tcpdump's line does (a
//! protocol with no structured fields here), `"info"` carries the rest of
//! the line, taken from the text printer itself rather than a third decoder.

mod buf;
mod bytes;
mod dns;
mod ifnames;
mod info;
mod ip;
mod link;
mod transport;
mod writer;

#[cfg(test)]
mod tests;

use crate::decode::IpPayload;
use crate::link::LinkType;
use crate::packet::{Direction, Packet};
use writer::Json;

/// The version in every object's `"schema"`; bump it when a field changes
/// meaning or goes away (adding fields does not). 2: IPv4 and IPv6 became
/// one `"ip"` object with a `"version"`; `"inner"` and `"info"` appeared.
/// 3: no `"info"` where the members hold all of the line (UDP that no
/// port decodes, later IPv4 fragments), and the UDP and TCP payload
/// decoded by the port tcpdump's line picks.
pub const SCHEMA_VERSION: u64 = 3;

/// Tunnels inside tunnels deeper than this are hostile; stop there.
const MAX_NESTING: u8 = 4;

/// Why decoding stopped before the end of the packet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stop {
    /// The named layer's header runs past the captured bytes.
    Truncated(&'static str),
    /// The bytes contradict the layer's format.
    Error(&'static str),
}

/// Where a frame's layers ended, when nothing stopped them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Rest<'a> {
    /// The object holds what tcpdump's line decodes (or nothing follows).
    Covered,
    /// tcpdump's line goes on past the object's last layer: its text after
    /// this many ": " separators becomes `"info"` (0: the whole line).
    Text(u8),
    /// As `Text`, after an IP header whose payload's printer can print
    /// that text alone (`decode::Printer::ip_payload`).
    IpText(u8, IpPayload<'a>),
    /// A tunnel: these bytes are a frame of their own.
    Inner(Inner, &'a [u8]),
}

/// What a tunnel carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Inner {
    Ethernet,
    /// IPv4 or IPv6, told apart by the version nibble.
    Ip,
}

impl Inner {
    fn link(self) -> LinkType {
        match self {
            Inner::Ethernet => LinkType::Ethernet,
            Inner::Ip => LinkType::Raw,
        }
    }
}

type Decoded<'a> = Result<Rest<'a>, Stop>;

pub struct JsonPrinter {
    link: LinkType,
    ifnames: ifnames::IfNames,
    stamps: writer::Timestamps,
    /// Boxed: three line printers with their caches, built once.
    info: Box<info::InfoText>,
    /// The room each object is written in before it goes to the output in
    /// one copy (see buf.rs); kept from packet to packet.
    room: Vec<u8>,
}

impl JsonPrinter {
    pub fn new(link: LinkType) -> JsonPrinter {
        JsonPrinter {
            link,
            ifnames: ifnames::IfNames::default(),
            stamps: writer::Timestamps::default(),
            info: Box::new(info::InfoText::new(link)),
            room: Vec::new(),
        }
    }

    /// Appends the packet's object and a '\n' to `out`.
    pub fn print(&mut self, out: &mut Vec<u8>, pkt: &Packet) {
        // Taken out of `self` while `frame` borrows it; put back below.
        let mut room = std::mem::take(&mut self.room);
        let mut j = Json::object(&mut room);
        j.u64("schema", SCHEMA_VERSION);
        j.times(&mut self.stamps, pkt.ts_sec, pkt.ts_nsec);
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
                writer::string(&mut j.out, name.as_bytes());
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
        self.frame(&mut j, self.link, pkt.data, pkt.wire_len, 0);
        j.finish();
        out.extend_from_slice(j.out.written());
        self.room = room;
    }

    /// The layers of one frame (the packet, or a tunnel's inner frame at
    /// `depth` > 0) as members of the open object, then what ended them.
    fn frame(&mut self, j: &mut Json, link: LinkType, data: &[u8], wire_len: u32, depth: u8) {
        let this = info::Frame {
            link,
            inner: depth > 0,
            data,
            wire_len,
        };
        match link::decode(j, link, data) {
            Ok(Rest::Covered) => {}
            Ok(Rest::Text(separators)) => self.info.write(j, &this, separators, None),
            Ok(Rest::IpText(separators, ip)) => self.info.write(j, &this, separators, Some(&ip)),
            Ok(Rest::Inner(inner, bytes)) => {
                if depth + 1 >= MAX_NESTING {
                    j.str("error", "tunnels nested more than 4 deep");
                    return;
                }
                j.begin_object("inner");
                let len = u32::try_from(bytes.len()).unwrap_or(u32::MAX);
                self.frame(j, inner.link(), bytes, len, depth + 1);
                j.end_object();
            }
            Err(Stop::Truncated(layer)) => {
                j.str("truncated", layer);
            }
            Err(Stop::Error(why)) => {
                j.str("error", why);
            }
        }
    }
}
