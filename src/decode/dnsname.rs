//! Domain names as tcpdump prints them (fqdn_print and its helpers in
//! print-domain.c), shared by DNS and the ICMPv6 options that carry names.
//! Not a protocol: any printer that meets a name imports it.

use super::ctx::{Ctx, print_char};

/// labellen; None where tcpdump's returns -1 (after its complaint).
pub(crate) fn label_len(c: &mut Ctx, b: &[u8], p: usize) -> Option<usize> {
    let i = *b.get(p)?;
    match i & 0xc0 {
        0x40 => {
            if i & 0x3f != 1 {
                c.s_dec("<ELT ", i & 0x3f);
                c.s(">");
                return None;
            }
            let bits = *b.get(p + 1)?;
            let bits = if bits == 0 { 256 } else { usize::from(bits) };
            Some(bits.div_ceil(8) + 1)
        }
        0x80 => {
            c.s("<BAD LABEL TYPE>");
            None
        }
        _ => Some(usize::from(i)),
    }
}

/// nd_printn: `n` characters as fn_print_char does; false when the
/// captured bytes end first.
pub(crate) fn print_n(c: &mut Ctx, b: &[u8], p: usize, n: usize) -> bool {
    for k in 0..n {
        match b.get(p + k) {
            Some(&ch) => print_char(c, ch),
            None => return false,
        }
    }
    true
}

/// fqdn_print: a possibly compressed name; None on error or truncation.
pub(crate) fn fqdn(c: &mut Ctx, b: &[u8], start: usize) -> Option<usize> {
    fqdn_from(c, b, start, 0)
}

/// fqdn_print with compression pointers counted from `base` (0 in DNS,
/// the end of the option in DHCPv6). Returns where the name ends, None
/// where tcpdump returns NULL (an error, or a cut).
pub(crate) fn fqdn_from(c: &mut Ctx, b: &[u8], start: usize, base: usize) -> Option<usize> {
    const MAXCDNAME: usize = 255;
    let mut l = label_len(c, b, start)?;
    // tcpdump's unsigned (cp - bp): beyond any 14-bit offset when cp < bp.
    let mut max_offset = start.checked_sub(base).unwrap_or(usize::MAX);
    let mut i = *b.get(start)?;
    let mut cp = start + 1;
    let mut compress = false;
    // A name that starts with a pointer has no end until the pointer is
    // followed; cut right after it, tcpdump returns NULL.
    let mut rp = (i & 0xc0 != 0xc0).then_some(cp + l);
    if i == 0 {
        c.s(".");
        return rp;
    }
    let mut name_chars = 0usize;
    while i != 0 && cp < b.len() {
        match i & 0xc0 {
            0xc0 => {
                if !compress {
                    rp = Some(cp + 1);
                    compress = true;
                }
                let offset = (usize::from(i) << 8 | usize::from(*b.get(cp)?)) & 0x3fff;
                if offset >= max_offset {
                    c.s("<BAD PTR>");
                    return None;
                }
                max_offset = offset;
                cp = base.checked_add(offset)?;
                i = *b.get(cp)?;
                l = label_len(c, b, cp)?;
                cp += 1;
                continue;
            }
            // Bitstring labels (RFC 2673, long obsolete): tcpdump prints
            // "\\[x...]"; rare enough to stop here.
            0x40 => {
                c.s("<ELT 1>");
                return None;
            }
            0x80 => {
                c.s("<BAD LABEL TYPE>");
                return None;
            }
            _ => {
                // Past MAXCDNAME characters the rest of the name is
                // counted, not printed.
                let shown = l.min(MAXCDNAME.saturating_sub(name_chars));
                if shown > 0 && !print_n(c, b, cp, shown) {
                    return None;
                }
                name_chars += l;
            }
        }
        cp += l;
        if name_chars <= MAXCDNAME {
            c.s(".");
        }
        name_chars += 1;
        i = *b.get(cp)?;
        l = label_len(c, b, cp)?;
        cp += 1;
        if !compress {
            rp = rp.map(|r| r + l + 1);
        }
    }
    if name_chars > MAXCDNAME {
        c.s("<DOMAIN NAME TOO LONG>");
    }
    rp
}
