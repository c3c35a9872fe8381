//! `"info"`: the rest of tcpdump's line where the object's layers end
//! before the line does. The text comes from the line printer itself
//! (src/decode), run on the same frame with the flags that leave the line
//! bare (-t, -nn), so JSON never holds a third decoder of any protocol.
//! The printer runs only for the frames that need it.

use super::writer::{Json, escape};
use crate::decode::{PrintOptions, Printer, TimeFormat};
use crate::link::LinkType;
use crate::packet::Packet;

/// Line printers, one per link type a frame can have, and a buffer for
/// their line; both live as long as the JSON printer.
pub struct InfoText {
    /// For the packet itself.
    outer: Printer,
    /// For tunnels' inner frames.
    ethernet: Printer,
    raw: Printer,
    line: Vec<u8>,
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
            outer: Printer::new(bare_line(), link),
            ethernet: Printer::new(bare_line(), LinkType::Ethernet),
            raw: Printer::new(bare_line(), LinkType::Raw),
            line: Vec::with_capacity(512),
        }
    }

    /// Writes `"info"` with tcpdump's first line for `data` after its first
    /// `separators` ": " (the part the object's layers already hold).
    /// Nothing when the line has fewer separators or nothing after them.
    pub fn write(
        &mut self,
        j: &mut Json,
        link: LinkType,
        inner: bool,
        data: &[u8],
        wire_len: u32,
        separators: u8,
    ) {
        if data.is_empty() {
            return;
        }
        let printer = match (inner, link) {
            (false, _) => &mut self.outer,
            (true, LinkType::Ethernet) => &mut self.ethernet,
            (true, _) => &mut self.raw,
        };
        let pkt = Packet::bare(data, wire_len, 0, 0);
        self.line.clear();
        printer.print(&mut self.line, &pkt);
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
    let end = text.iter().position(|&b| b == b'\n').unwrap_or(text.len());
    let mut line = &text[..end];
    for _ in 0..separators {
        let mut from = 0;
        loop {
            let at = from + line[from..].iter().position(|&b| b == b':')?;
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

#[cfg(test)]
mod tests {
    use super::rest_of_line;

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
