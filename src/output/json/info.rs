//! `"info"`: the rest of tcpdump's line where the object's layers end
//! before the line does. The text comes from the line printer itself
//! (src/decode), with the flags that leave the line bare (-t, -nn), so
//! JSON never holds a third decoder of any protocol. The printer runs only
//! for the frames that need it, and where the object ends at an IP
//! payload (ICMP, TCP and UDP with a port printer, other protocols) only
//! from that payload on; otherwise on the whole frame again.

use super::writer::{Json, ONES, escape, zero_bytes};
use crate::decode::{self, IpPayload, PrintOptions, Printer, TimeFormat};
use crate::link::LinkType;
use crate::packet::Packet;

/// A frame whose object's layers end before its line does: the packet
/// itself, or a tunnel's `inner` frame.
pub struct Frame<'a> {
    pub link: LinkType,
    pub inner: bool,
    pub data: &'a [u8],
    pub wire_len: u32,
}

/// Line printers, one per link type a frame can have, and a buffer for
/// their line; both live as long as the JSON printer.
pub struct InfoText {
    printers: Printers,
    line: Vec<u8>,
}

struct Printers {
    /// For the packet itself.
    outer: Printer,
    /// For tunnels' inner frames.
    ethernet: Printer,
    raw: Printer,
}

impl Printers {
    fn pick(&mut self, inner: bool, link: LinkType) -> &mut Printer {
        match (inner, link) {
            (false, _) => &mut self.outer,
            (true, LinkType::Ethernet) => &mut self.ethernet,
            (true, _) => &mut self.raw,
        }
    }
}

/// -t -nn -S: no time, no names, and absolute TCP sequence numbers, which
/// spare the printer its table of flows; `info` never holds the TCP part
/// of the line, only what follows it.
fn bare_line() -> PrintOptions {
    PrintOptions {
        numeric: 2,
        time: TimeFormat::None,
        absolute_seq: true,
        ..PrintOptions::default()
    }
}

impl InfoText {
    pub fn new(link: LinkType) -> InfoText {
        InfoText {
            printers: Printers {
                outer: Printer::new(bare_line(), link),
                ethernet: Printer::new(bare_line(), LinkType::Ethernet),
                raw: Printer::new(bare_line(), LinkType::Raw),
            },
            line: Vec::with_capacity(512),
        }
    }

    /// Writes `"info"` with tcpdump's first line for `frame` after its
    /// first `separators` ": " (the part the object's layers already hold).
    /// Nothing when the line has fewer separators or nothing after them.
    ///
    /// With `ip`, the object holds the frame's IP layer: the same text is
    /// printed from the IP payload on (`Printer::ip_payload`), which spares
    /// decoding the link, IP and most of TCP and UDP again; a record header
    /// the line would complain about still goes through the whole frame.
    pub fn write(&mut self, j: &mut Json, frame: &Frame, separators: u8, ip: Option<&IpPayload>) {
        if frame.data.is_empty() {
            return;
        }
        self.line.clear();
        let printer = self.printers.pick(frame.inner, frame.link);
        let before = match ip {
            Some(ip) if decode::record_header_is_valid(frame.data.len(), frame.wire_len) => {
                printer.ip_payload(&mut self.line, frame.link, ip)
            }
            _ => {
                let pkt = Packet::bare(frame.data, frame.wire_len, 0, 0);
                printer.print(&mut self.line, &pkt);
                0
            }
        };
        self.member(j, separators.saturating_sub(before));
    }

    /// `"info"` from the printed line after its first `separators` ": ".
    fn member(&self, j: &mut Json, separators: u8) {
        if let Some(text) = rest_of_line(&self.line, separators) {
            j.key("info");
            j.out.push(b'"');
            escape(&mut j.out, text);
            j.out.push(b'"');
        }
    }
}

/// The first line of `text` after its first `separators` ": ", trimmed;
/// `None` when there is no such text.
fn rest_of_line(text: &[u8], separators: u8) -> Option<&[u8]> {
    let end = find_byte(text, b'\n').unwrap_or(text.len());
    let mut line = &text[..end];
    for _ in 0..separators {
        let mut from = 0;
        loop {
            let at = from + find_byte(&line[from..], b':')?;
            if line.get(at + 1) == Some(&b' ') {
                line = &line[at + 2..];
                break;
            }
            from = at + 1;
        }
    }
    let line = line.trim_ascii();
    (!line.is_empty()).then_some(line)
}

/// Where `needle` first occurs in `hay`. Eight bytes at a time: the lines
/// are a hundred bytes or so, and a byte loop over them twice (for the
/// newline, then the separators) cost as much as printing their payload.
fn find_byte(hay: &[u8], needle: u8) -> Option<usize> {
    let pattern = ONES * u64::from(needle);
    let mut at = 0;
    while let Some(chunk) = hay.get(at..).and_then(<[u8]>::first_chunk::<8>) {
        let x = u64::from_le_bytes(*chunk) ^ pattern;
        // The needle's bytes are x's zero bytes; the lowest is exact.
        let zeros = zero_bytes(x);
        if zeros != 0 {
            return Some(at + zeros.trailing_zeros() as usize / 8);
        }
        at += 8;
    }
    let tail = &hay[at..];
    tail.iter().position(|&b| b == needle).map(|i| at + i)
}

#[cfg(test)]
mod tests {
    use super::super::writer::Json;
    use super::super::{Rest, link};
    use super::{Frame, InfoText, find_byte, rest_of_line};
    use crate::link::LinkType;

    /// The IP payload's printer alone gives the text the whole line gives:
    /// ICMP with a quoted datagram, ICMPv6, TCP and UDP with a port
    /// printer, an unknown protocol, IPv6's mobility header (ip6_print's
    /// own case) in a frame shorter than its length on the wire.
    #[test]
    fn ip_payload_alone_gives_the_whole_lines_info() {
        let frames = [
            "01005e0000fbf0def1aabbcc080045000038ee1a00004201429d0a010203cb0071090303e949000000004500001c0001000040118e9dc0a8010ac633644d0014001400081383",
            "020000000001001b213a4f1086dd6000000000183a4a20010db800000000000000000000000120010db8ffff0000000000000000000988004e6ea000000020010db8ffff00000000000000000009",
            "020000000002f0def1aabbcc86dd60000000002006ca20010db8ffff00000000000000000009fe8000000000000000000000abcd0001177000198e18a9290000000060201e51e8730036020405b4797e8e0e7b77e724",
            "ffffffffffff001b213a4f10080045000031096d000060115393c0a8010acb00710902021389001d6b00cac8431dc4870ca2db5cf7df738e8594b0e1e51a40",
            "5254001234560200000000010800450000394f6000004100b74fc0000201ac100504eda9e550bb00bf0838264a9da06e6a835de50c217d3a9ca70b050d00915a4d1b855b883969",
            "c06323a000df62383d49967586dd650000041c003e00d4c3b2a1020004000000000062382949967586dd73f0002c1c7fffffebc3b291020f05009000007480570f0002020202020202020202020201ee0b02020202020202020202020202020202000010",
        ];
        let mut info = InfoText::new(LinkType::Ethernet);
        for hex in frames {
            let data: Vec<u8> = (0..hex.len())
                .step_by(2)
                .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
                .collect();
            let wire_len = 32_896;
            let mut room = Vec::new();
            let mut members = Json::object(&mut room);
            let Ok(Rest::IpText(separators, ip)) =
                link::decode(&mut members, LinkType::Ethernet, &data)
            else {
                panic!("{hex}: not an IP payload's text");
            };
            let (mut whole, mut alone) = (Vec::new(), Vec::new());
            let mut j = Json::object(&mut whole);
            let frame = Frame {
                link: LinkType::Ethernet,
                inner: false,
                data: &data,
                wire_len,
            };
            info.write(&mut j, &frame, separators, None);
            let whole = j.out.written().to_vec();
            let mut j = Json::object(&mut alone);
            info.write(&mut j, &frame, separators, Some(&ip));
            assert_eq!(
                String::from_utf8_lossy(j.out.written()),
                String::from_utf8_lossy(&whole),
                "{hex}"
            );
            assert!(whole.len() > 10, "{hex}: no info");
        }
    }

    #[test]
    fn find_byte_finds_the_first_at_every_offset() {
        for len in 0..40 {
            for at in 0..len {
                let mut hay = vec![b'a'; len];
                hay[at] = b':';
                // A later match and bytes one above and below the needle
                // must not hide the first one.
                if at + 3 < len {
                    hay[at + 3] = b':';
                }
                if at > 0 {
                    hay[at - 1] = b':' + 1;
                }
                assert_eq!(find_byte(&hay, b':'), Some(at), "len {len} at {at}");
            }
            assert_eq!(find_byte(&vec![b'a'; len], b':'), None);
        }
        assert_eq!(
            find_byte(&[0x80, 0x3a, 0xff, 0, 0, 0, 0, 0, 0x3a], b':'),
            Some(1)
        );
    }

    #[test]
    fn separators_are_skipped_on_the_first_line_only() {
        let line = b"IP 198.18.0.1.1 > 198.18.0.2.80: Flags [P.], seq 1:3, length 2: HTTP\n\t0x0000: 4500\n";
        let first = line.split(|&b| b == b'\n').next().unwrap();
        assert_eq!(rest_of_line(line, 0), Some(first));
        assert_eq!(
            rest_of_line(line, 1),
            Some(&b"Flags [P.], seq 1:3, length 2: HTTP"[..])
        );
        assert_eq!(rest_of_line(line, 2), Some(&b"HTTP"[..]));
        assert_eq!(rest_of_line(line, 3), None);
        assert_eq!(rest_of_line(b"IP a > b: \n", 1), None);
    }
}
