//! The -x, -X and -A dumps, and the hex-and-ASCII dump tcpdump prints for
//! payloads it cannot decode. Each dump line starts with `indent` (the
//! caller's "\n\t"); the final newline is the caller's.

use super::out::Emit;

const HEX: &[u8; 16] = b"0123456789abcdef";

fn graph(c: u8) -> u8 {
    if c.is_ascii_graphic() { c } else { b'.' }
}

fn offset_label(out: &mut Vec<u8>, indent: &str, off: usize) {
    out.s(indent);
    out.s("0x");
    out.hex0(off as u64, 4);
    out.s(": ");
}

/// -x: sixteen bytes a line as groups of two, e.g. ` 4500 0065`.
pub(crate) fn hex(out: &mut Vec<u8>, indent: &str, data: &[u8]) {
    for (line, chunk) in data.chunks(16).enumerate() {
        offset_label(out, indent, line * 16);
        for pair in chunk.chunks(2) {
            out.ch(b' ');
            for b in pair {
                out.ch(HEX[(b >> 4) as usize]);
                out.ch(HEX[(b & 0xf) as usize]);
            }
        }
    }
}

/// -X: the hex of `hex` padded to 40 columns, two spaces, then the bytes
/// as printable ASCII or '.'.
pub(crate) fn hex_ascii(out: &mut Vec<u8>, indent: &str, data: &[u8]) {
    for (line, chunk) in data.chunks(16).enumerate() {
        offset_label(out, indent, line * 16);
        let start = out.len();
        for pair in chunk.chunks(2) {
            out.ch(b' ');
            for b in pair {
                out.ch(HEX[(b >> 4) as usize]);
                out.ch(HEX[(b & 0xf) as usize]);
            }
        }
        let width = out.len() - start;
        for _ in width..40 {
            out.ch(b' ');
        }
        out.s("  ");
        for &b in chunk {
            out.ch(graph(b));
        }
    }
}

/// -A: the bytes on a new line, printable ASCII, tab, space and newline
/// as they are, CR dropped before LF or at the very end, others as '.'.
pub(crate) fn ascii(out: &mut Vec<u8>, data: &[u8]) {
    out.ch(b'\n');
    for (i, &c) in data.iter().enumerate() {
        let rest = data.len() - i - 1;
        if c == b'\r' {
            if rest > 1 && data[i + 1] != b'\n' {
                out.ch(b'.');
            }
        } else if c.is_ascii_graphic() || c == b'\t' || c == b' ' || c == b'\n' {
            out.ch(c);
        } else {
            out.ch(b'.');
        }
    }
}

/// tcpdump's print_unknown_data: the hex (no ASCII, whatever -x says) of
/// what was captured of `len` bytes from `b[off..]`, or its complaint when
/// `off` is past the capture.
pub(crate) fn unknown_data(out: &mut Vec<u8>, b: &[u8], off: usize, indent: &str, len: usize) {
    match b.get(off..) {
        Some(data) => hex(out, indent, &data[..data.len().min(len)]),
        None => {
            out.s(indent);
            out.s("Dissector error: print_unknown_data called with pointer past end of packet");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `dump` prints for `data`, each line after tcpdump's "\n\t".
    fn dumped(dump: fn(&mut Vec<u8>, &str, &[u8]), data: &[u8]) -> String {
        let mut o = Vec::new();
        dump(&mut o, "\n\t", data);
        String::from_utf8(o).unwrap()
    }

    #[test]
    fn hex_lines_and_odd_tail() {
        let data: Vec<u8> = (0u8..19).collect();
        assert_eq!(
            dumped(hex, &data),
            "\n\t0x0000:  0001 0203 0405 0607 0809 0a0b 0c0d 0e0f\n\t0x0010:  1011 12"
        );
    }

    #[test]
    fn hex_ascii_pads_short_lines() {
        assert_eq!(
            dumped(hex_ascii, b"E..e\x00abc"),
            "\n\t0x0000:  452e 2e65 0061 6263                      E..e.abc"
        );
    }

    #[test]
    fn ascii_handles_cr() {
        let mut o = Vec::new();
        ascii(&mut o, b"GET /\r\nx\ry\x01\r");
        assert_eq!(String::from_utf8(o).unwrap(), "\nGET /\nx.y.");
    }
}
