//! Network Service Header (print-nsh.c, RFC 8300): base and service path
//! headers, with -vvv the context headers, then the packet it carries.

use super::ctx::{Ctx, Res, be16, be32, tcheck, u8at};
use super::dispatch;
use super::out::Emit;

/// MD types (md_str).
const MD_TYPES: &[(u32, &str)] = &[(0, "reserved"), (1, "1"), (2, "2"), (0xf, "experimental")];

/// Next protocols (np_str).
const NEXT_PROTOCOLS: &[(u32, &str)] = &[
    (1, "IPv4"),
    (2, "IPv6"),
    (3, "Ethernet"),
    (4, "NSH"),
    (5, "MPLS"),
    (0xfe, "Experiment 1"),
    (0xff, "Experiment 2"),
];

/// A header word's size; the length field counts words.
const WORD: usize = 4;

/// tok2str with tcpdump's "unknown (0x%02x)" default.
fn name_or_unknown(c: &mut Ctx, table: &[(u32, &str)], v: u32) {
    match table.iter().find(|&&(k, _)| k == v) {
        Some(&(_, name)) => c.s(name),
        None => {
            c.s("unknown (0x");
            c.out.hex0(u64::from(v), 2);
            c.s(")");
        }
    }
}

/// nsh_print.
pub(crate) fn nsh(c: &mut Ctx, b: &[u8], len: usize) -> Res {
    c.proto = "nsh";
    if len < 8 {
        c.invalid_length([" (packet length ", " < ", ")"], len, 8);
        return Ok(());
    }
    let base = be32(b, 0)?;
    let ver = base >> 30;
    let length = ((base >> 16) & 0x3f) as usize;
    let md_type = (base >> 8) & 0xf;
    let next = base & 0xff;
    let v = c.o.verbose;
    c.s("NSH, ");
    if v > 1 {
        c.s_dec("ver ", ver);
        c.s(", ");
    }
    if ver != 0 {
        return Ok(());
    }
    c.s("flags [");
    c.flag_letters((base >> 28) & 3, &[(0x2, "O")]);
    c.s("], ");
    if v > 2 {
        c.s_dec("TTL ", (base >> 22) & 0x3f);
        c.s_dec(", length ", length as u64);
        c.s(", md type ");
        name_or_unknown(c, MD_TYPES, md_type);
        c.s(", ");
    }
    if v > 1 {
        c.s("next-protocol ");
        name_or_unknown(c, NEXT_PROTOCOLS, next);
        c.s(", ");
    }
    if len < length * WORD {
        c.s_dec(" (too many headers for packet length ", len as u64);
        c.s(")");
        c.invalid();
        return Ok(());
    }
    let spi = be32(b, 3)? & 0xff_ffff;
    c.s("service-path-id 0x");
    c.out.hex0(u64::from(spi), 6);
    c.s(", ");
    let index = u8at(b, 7)?;
    c.s("service-index 0x");
    c.out.hex(u64::from(index));
    if length < 2 {
        c.s(" (less than two headers)");
        c.invalid();
        return Ok(());
    }
    let context_words = length - 2;
    if v > 2 && md_type == 1 {
        if length != 6 {
            c.s(" (invalid length for the MD type)");
            c.invalid();
            return Ok(());
        }
        for n in 0..context_words {
            let word = be32(b, 8 + n * WORD)?;
            c.s("\n        Context[");
            c.out.dec0(n as u64, 2);
            c.s("]: 0x");
            c.out.hex0(u64::from(word), 8);
        }
    } else if v > 2 && md_type == 2 {
        if !tlvs(c, b, context_words)? {
            c.invalid();
            return Ok(());
        }
    } else {
        tcheck(b, 8, context_words * WORD)?;
    }
    c.s(if v > 0 { "\n    " } else { ": " });
    let inner = super::rest(b, length * WORD);
    let next_len = len - length * WORD;
    match next {
        1 => dispatch::ip(c, inner, next_len),
        2 => dispatch::ip6(c, inner, next_len),
        3 => dispatch::ether(c, inner, next_len).map(drop),
        _ => {
            c.s("ERROR: unknown-next-protocol");
            Ok(())
        }
    }
}

/// MD type 2 context headers: TLVs filling `words` words after the
/// service path header; Ok(false) when one claims more than is left.
fn tlvs(c: &mut Ctx, b: &[u8], words: usize) -> Res<bool> {
    let mut at = 8;
    let mut n = 0;
    while n < words {
        let class = be16(b, at)?;
        let typ = u8at(b, at + 2)?;
        let tlv_len = usize::from(u8at(b, at + 3)? & 0x7f);
        at += 4;
        let padded = tlv_len.next_multiple_of(WORD);
        c.s_dec("\n        TLV Class ", class);
        c.s_dec(", Type ", typ);
        c.s_dec(", Len ", tlv_len as u64);
        n += 1;
        if words < n + padded / WORD {
            c.s(" (length too big)");
            return Ok(false);
        }
        if tlv_len > 0 {
            c.s("\n            Value: ");
            let mut sep = "0x";
            for i in 0..tlv_len {
                let byte = u8at(b, at + i)?;
                c.s(sep);
                c.out.hex0(u64::from(byte), 2);
                sep = ":";
            }
            tcheck(b, at + tlv_len, padded - tlv_len)?;
            at += padded;
            n += padded / WORD;
        }
    }
    Ok(true)
}
