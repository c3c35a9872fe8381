//! ForCES, RFC 5810 (print-forces.c): the common header, at -v its IDs
//! and at -vv its flags, then the message's top-level TLVs at -vvv (LFB
//! selectors with their operations and path data, association results,
//! teardown reasons, redirects), and at -vvvv the raw message in hex.
//!
//! SCTP hands a DATA chunk's payload here when a port or the payload
//! protocol says ForCES. tcpdump's ForCES printers return 0 or -1 besides
//! the longjmp of its GET_ macros: here `Res<Outcome>`, where `Err(Trunc)`
//! is the longjmp (the packet ends in ` [|forces]`) and `Outcome::Failed`
//! the -1, after which the whole message is dumped in hex. A failed ND_TCHECK
//! inside a printer prints the mark and fails without ending the packet.
//!
//! Parts: header.rs (message types, header, flags), top.rs (top-level TLVs),
//! oper.rs (LFB selectors and operation TLVs), pathdata.rs (path data,
//! however deeply nested), content.rs (its content TLVs); tests.rs and
//! malformed.rs hold tcpdump's lines.

mod content;
mod header;
#[cfg(test)]
mod malformed;
mod oper;
mod pathdata;
mod top;

use super::ctx::{Ctx, Res, Trunc, be16, be32};
use super::hexdump;
use super::out::Emit;

pub(crate) use header::forces;

/// A printer's verdict when the capture did not end under it: tcpdump's
/// 0 or -1.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Outcome {
    Printed,
    Failed,
}

/// A printer of a TLV's contents in the packet, at the span given.
type Printer = fn(&mut Ctx, &[u8], Span) -> Res<Outcome>;

/// TLVs or a TLV's contents to print: where they start, their length (as
/// the caller counts it), the operations or data encodings allowed (with
/// path data's flags folded in), and the indent.
#[derive(Clone, Copy)]
struct Span {
    at: usize,
    len: usize,
    ops: u16,
    indent: usize,
}

/// A TLV header: type and length, 16 bits each.
const TLV_HDR: usize = 4;
/// An ILV header: type and length, 32 bits each.
const ILV_HDR: usize = 8;

/// TLVs and ILVs are padded to 4 bytes.
fn align4(n: usize) -> usize {
    n.saturating_add(3) & !3
}

/// ForCES_TLV: the TLV type names.
const TLV_NAMES: &[(u32, &str)] = &[
    (0x0000, "Invalid TLV"),
    (0x0001, "REDIRECT TLV"),
    (0x0010, "ASResult TLV"),
    (0x0011, "ASTreason TLV"),
    (0x1000, "LFBselect TLV"),
    (0x0110, "PATH-DATA TLV"),
    (0x0111, "KEYINFO TLV"),
    (0x0112, "FULLDATA TLV"),
    (0x0113, "SPARSEDATA TLV"),
    (0x0114, "RESULT TLV"),
    (0x0115, "METADATA TLV"),
    (0x0116, "REDIRECTDATA TLV"),
];

/// ForCES_TLV_err: why a TLV or ILV does not fit what contains it.
const XLV_ERRORS: &[(u32, &str)] = &[
    (1, "Invalid total length"),
    (2, "xLV too short"),
    (3, "xLV too long"),
    (4, "data padding missing"),
];

/// tlv_valid: 0 when a TLV of length `tlvl` (header included) fits in
/// `rlen` bytes with its padding, else the XLV_ERRORS code.
fn xlv_check(hdr: usize, tlvl: usize, rlen: usize) -> u32 {
    if rlen < hdr {
        1
    } else if tlvl < hdr {
        2
    } else if tlvl > rlen {
        3
    } else if rlen < align4(tlvl) {
        4
    } else {
        0
    }
}

fn tlv_check(tlvl: usize, rlen: usize) -> u32 {
    xlv_check(TLV_HDR, tlvl, rlen)
}

/// ilv_valid: as tlv_check for the ILV at `at`, whose 32-bit length is
/// read only when `rlen` can hold a header.
fn ilv_check(b: &[u8], at: usize, rlen: usize) -> Res<u32> {
    if rlen < ILV_HDR {
        return Ok(1);
    }
    Ok(xlv_check(ILV_HDR, be32(b, at + 4)? as usize, rlen))
}

/// The type and length of the TLV at `at`.
fn tlv_at(b: &[u8], at: usize) -> Res<(u16, usize)> {
    Ok((be16(b, at)?, usize::from(be16(b, at + 2)?)))
}

/// tok2str with no default format: the name, or `#` and the value as a
/// signed int, as tcpdump's "#%d" prints it.
fn tok_hash(c: &mut Ctx, table: &[(u32, &str)], v: u32) {
    match table.iter().find(|&&(k, _)| k == v) {
        Some(&(_, name)) => c.s(name),
        None => {
            c.s("#");
            let signed = v as i32;
            if signed < 0 {
                c.s("-");
            }
            c.dec(signed.unsigned_abs());
        }
    }
}

/// "\n" and 255 spaces: tcpdump's indent_pr buffer at its largest.
const INDENT_BYTES: [u8; 256] = {
    let mut a = [b' '; 256];
    a[0] = b'\n';
    a
};
const INDENT: &str = match std::str::from_utf8(&INDENT_BYTES) {
    Ok(s) => s,
    Err(_) => "",
};

/// indent_pr(n, 0): `n` spaces (at most 255).
fn spaces(n: usize) -> &'static str {
    INDENT.get(1..1 + n.min(255)).unwrap_or("")
}

/// indent_pr(n, 1): a newline and `n - 1` spaces (at most 255 bytes).
fn newline_spaces(n: usize) -> &'static str {
    INDENT.get(..n.clamp(1, 255)).unwrap_or("\n")
}

/// hex_print: what was captured of `len` bytes from `at` in hex, each
/// line after `prefix`; the packet ends when the capture ends first.
fn hex_dump(c: &mut Ctx, b: &[u8], at: usize, len: usize, prefix: &str) -> Res {
    let data = b.get(at..).unwrap_or(&[]);
    hexdump::hex(c.out, prefix, &data[..data.len().min(len)]);
    if len > data.len() {
        return Err(Trunc);
    }
    Ok(())
}

/// A value in lowercase hex without padding.
fn hex(c: &mut Ctx, v: impl Into<u64>) {
    c.out.hex(v.into());
}

/// ttlv_valid: the TLV types tcpdump accepts at the top of a message.
fn ttlv_valid(kind: u16) -> bool {
    matches!(kind, 0x0001 | 0x1000 | 0x0010..=0x0011 | 0x0110..=0x0116)
}

/// "NAME, length L (data WHAT N Bytes)": a TLV at -vvv, `what` being
/// "length" or "encapsulated".
fn tlv_summary(c: &mut Ctx, kind: u16, tlvl: usize, what: &str) {
    tok_hash(c, TLV_NAMES, u32::from(kind));
    c.s_dec(", length ", tlvl as u64);
    c.s(" (data ");
    c.s(what);
    c.s_dec(" ", tlvl.saturating_sub(TLV_HDR) as u64);
    c.s(" Bytes)");
}
