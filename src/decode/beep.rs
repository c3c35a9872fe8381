//! BEEP, TCP port 10288 (print-beep.c): the frame's keyword.

use super::Ctx;

/// Keywords as tcpdump compares them: four bytes each, so "MSG" and "END"
/// (three letters and the C string's NUL) match only a NUL fourth byte.
const KEYWORDS: [(&[u8; 4], &str); 7] = [
    (b"MSG\0", " BEEP MSG"),
    (b"RPY ", " BEEP RPY"),
    (b"ERR ", " BEEP ERR"),
    (b"ANS ", " BEEP ANS"),
    (b"NUL ", " BEEP NUL"),
    (b"SEQ ", " BEEP SEQ"),
    (b"END\0", " BEEP END"),
];

pub(crate) fn beep(c: &mut Ctx, b: &[u8], length: usize) -> super::Res {
    c.proto = "beep";
    // A keyword needs its four bytes captured and within the length.
    let head = b.get(..4).filter(|_| length >= 4);
    let text = KEYWORDS
        .iter()
        .find(|(word, _)| head.is_some_and(|h| h == *word))
        .map_or(" BEEP (payload or undecoded)", |&(_, text)| text);
    c.s(text);
    Ok(())
}
