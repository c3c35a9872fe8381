//! The content TLV of a path data (RFC 5810 7.1.8): key info, full data,
//! sparse data or a result (more path data is nested by pathdata.rs).

use super::pathdata::{
    FULL_DATA, FULL_DATA_TLV, KEY_INFO, KEY_INFO_TLV, PATH_DATA_TLV, RESULT, RESULT_TLV,
    SPARSE_DATA, SPARSE_DATA_TLV,
};
use super::{
    Ctx, Outcome, Printer, Res, Span, TLV_HDR, XLV_ERRORS, align4, be16, be32, hex, hex_dump,
    ilv_check, newline_spaces, spaces, tlv_at, tlv_check, tok_hash,
};

/// A content TLV: its type, the encoding bit it needs, its name and
/// printer (ForCES_pdata).
struct Content {
    kind: u16,
    encoding: u16,
    name: &'static str,
    /// None for path data, which the walk in pathdata.rs nests.
    print: Option<Printer>,
}

const CONTENTS: [Content; 5] = [
    Content {
        kind: KEY_INFO_TLV,
        encoding: 0,
        name: "KEYINFO TLV",
        print: Some(key_info),
    },
    Content {
        kind: FULL_DATA_TLV,
        encoding: FULL_DATA,
        name: "FULLDATA TLV",
        print: Some(full_data),
    },
    Content {
        kind: SPARSE_DATA_TLV,
        encoding: SPARSE_DATA,
        name: "SPARSEDATA TLV",
        print: Some(sparse_data),
    },
    Content {
        kind: RESULT_TLV,
        encoding: RESULT,
        name: "RESULT TLV",
        print: Some(result),
    },
    Content {
        kind: PATH_DATA_TLV,
        encoding: 0,
        name: "Inner PATH-DATA TLV",
        print: None,
    },
];

/// How the content TLV of a path data ends.
pub(super) enum ContentEnd {
    /// tcpdump's -1 from pdatacnt_print.
    Failed,
    /// Printed, with these bytes of the path data left after it.
    Left(usize),
    /// Path data TLVs (`at`, `len` bytes) for the walk to print, then
    /// `left` bytes after them.
    Nested { at: usize, len: usize, left: usize },
}

/// The content TLV after a path's IDs (the tail of pdatacnt_print): `len`
/// bytes from `at`, of a path data at `indent`.
pub(super) fn content(c: &mut Ctx, b: &[u8], s: Span) -> Res<ContentEnd> {
    let (at, len, ops, indent) = (s.at, s.len, s.ops, s.indent);
    let (kind, tlvl) = tlv_at(b, at)?;
    let invalid = tlv_check(tlvl, len);
    let entry = CONTENTS.iter().find(|e| e.kind == kind);
    let entry = match (invalid, entry) {
        (0, Some(entry)) => entry,
        (0, None) => {
            c.s("Invalid path data content type 0x");
            return bad_type(c, b, at, len, kind, " len ", tlvl);
        }
        _ => {
            tok_hash(c, XLV_ERRORS, invalid);
            c.s_dec(" Outstanding bytes ", len as u64);
            c.s(" for TLV type 0x");
            return bad_type(c, b, at, len, kind, " TLV len ", tlvl);
        }
    };
    let tll = tlvl - TLV_HDR;
    let padded = align4(tlvl);
    let mut pad = 0;
    if padded > tlvl {
        if padded > len {
            c.s("Invalid padded pathdata TLV type 0x");
            hex(c, kind);
            c.s_dec(" len ", tlvl as u64);
            c.s_dec(" missing ", (padded - len) as u64);
            c.s(" pad bytes\n");
        } else {
            pad = padded - tlvl;
        }
    }
    if c.o.verbose >= 3 && entry.kind != PATH_DATA_TLV {
        c.s(spaces(indent));
        c.s("  ");
        c.s(entry.name);
        c.s_dec(" (Length ", tlvl as u64);
        c.s_dec(" DataLen ", tll as u64);
        if pad != 0 {
            c.s_dec(" pad ", pad as u64);
        }
        c.s(" Bytes)\n");
    }
    check_encoding(c, kind, ops, entry.encoding);
    let whole = TLV_HDR + tll + pad;
    let Some(print) = entry.print else {
        return Ok(ContentEnd::Nested {
            at,
            len: whole,
            left: len - whole,
        });
    };
    if print(
        c,
        b,
        Span {
            at,
            len: whole,
            ops,
            indent: indent + 2,
        },
    )? == Outcome::Failed
    {
        return Ok(ContentEnd::Failed);
    }
    Ok(ContentEnd::Left(len - whole))
}

/// The end of both complaints about a content TLV that cannot be printed:
/// its type in hex, `label`, its length, then the pd_err dump.
fn bad_type(
    c: &mut Ctx,
    b: &[u8],
    at: usize,
    len: usize,
    kind: u16,
    label: &str,
    tlvl: usize,
) -> Res<ContentEnd> {
    hex(c, kind);
    c.s(label);
    c.dec(tlvl as u64);
    c.s("\n");
    bad_data(c, b, at, len, tlvl)
}

/// The pd_err path: a content TLV of non-zero length that cannot be
/// printed ends the path in a hex dump of what is left.
fn bad_data(c: &mut Ctx, b: &[u8], at: usize, len: usize, tlvl: usize) -> Res<ContentEnd> {
    if tlvl == 0 {
        return Ok(ContentEnd::Left(len));
    }
    hex_dump(c, b, at, len, "Bad Data val\n\t  [")?;
    c.s("]\n");
    Ok(ContentEnd::Failed)
}

/// chk_op_type: complain when the content does not match what the path's
/// flags or the operation ask for.
fn check_encoding(c: &mut Ctx, kind: u16, ops: u16, encoding: u16) {
    if kind == PATH_DATA_TLV {
        return;
    }
    if ops & KEY_INFO != 0 {
        if kind != KEY_INFO_TLV {
            c.s("Based on flags expected KEYINFO TLV!\n");
        }
    } else if ops & encoding == 0 {
        c.s("Illegal DATA encoding for type 0x");
        hex(c, kind);
        c.s(" programmed ");
        hex(c, encoding);
        c.s(" got ");
        hex(c, ops);
        c.s("\n");
    }
}

/// "WHY TLV type 0xT len L": a TLV that does not fit, WHY by its
/// XLV_ERRORS code ("#0" when it does fit, as tcpdump prints it).
pub(super) fn bad_tlv(c: &mut Ctx, code: u32, kind: u16, tlvl: usize) {
    tok_hash(c, XLV_ERRORS, code);
    c.s(" TLV type 0x");
    hex(c, kind);
    c.s_dec(" len ", tlvl as u64);
    c.s("\n");
}

/// Whether the TLV at `at` is of type `want`, after ND_TCHECK_SIZE of its
/// header (else the mark is printed) and with tcpdump's complaint when
/// it is another type.
fn expect_tlv(c: &mut Ctx, b: &[u8], at: usize, want: u16, name: &str) -> bool {
    if b.len() < at.saturating_add(TLV_HDR) {
        c.trunc();
        return false;
    }
    if be16(b, at).ok() != Some(want) {
        c.s("Error: expecting ");
        c.s(name);
        c.s("!\n");
        return false;
    }
    true
}

/// prestlv_print: a RESULT TLV's code.
fn result(c: &mut Ctx, b: &[u8], s: Span) -> Res<Outcome> {
    let (at, len, indent) = (s.at, s.len, s.indent);
    let dlen = len - TLV_HDR;
    if dlen != 4 {
        c.s_dec("illegal RESULT-TLV: ", dlen as u64);
        c.s(" bytes!\n");
        return Ok(Outcome::Failed);
    }
    if b.len() < at + TLV_HDR + 4 {
        c.trunc();
        return Ok(Outcome::Failed);
    }
    let code = b[at + TLV_HDR];
    if (0x18..=0xFE).contains(&code) {
        c.s("illegal reserved result code: 0x");
        hex(c, code);
        c.s("!\n");
        return Ok(Outcome::Failed);
    }
    if c.o.verbose >= 3 {
        c.s(spaces(indent));
        c.s("  Result: ");
        tok_hash(c, RESULT_CODES, u32::from(code));
        c.s(" (code 0x");
        hex(c, code);
        c.s(")\n");
    }
    Ok(Outcome::Printed)
}

/// ForCES_errs: result codes.
const RESULT_CODES: &[(u32, &str)] = &[
    (0x00, "SUCCESS"),
    (0x01, "INVALID HEADER"),
    (0x02, "LENGTH MISMATCH"),
    (0x03, "VERSION MISMATCH"),
    (0x04, "INVALID DESTINATION PID"),
    (0x05, "LFB UNKNOWN"),
    (0x06, "LFB NOT FOUND"),
    (0x07, "LFB INSTANCE ID NOT FOUND"),
    (0x08, "INVALID PATH"),
    (0x09, "COMPONENT DOES NOT EXIST"),
    (0x0A, "EXISTS ALREADY"),
    (0x0B, "NOT FOUND"),
    (0x0C, "READ ONLY"),
    (0x0D, "INVALID ARRAY CREATION"),
    (0x0E, "VALUE OUT OF RANGE"),
    (0x0F, "CONTENTS TOO LONG"),
    (0x10, "INVALID PARAMETERS"),
    (0x11, "INVALID MESSAGE TYPE"),
    (0x12, "INVALID FLAGS"),
    (0x13, "INVALID TLV"),
    (0x14, "EVENT ERROR"),
    (0x15, "NOT SUPPORTED"),
    (0x16, "MEMORY ERROR"),
    (0x17, "INTERNAL ERROR"),
    (0xFF, "UNSPECIFIED ERROR"),
];

/// fdatatlv_print: a FULLDATA TLV's value in hex at -vvv.
fn full_data(c: &mut Ctx, b: &[u8], s: Span) -> Res<Outcome> {
    let (at, len, indent) = (s.at, s.len, s.indent);
    if !expect_tlv(c, b, at, FULL_DATA_TLV, "FULLDATA") {
        return Ok(Outcome::Failed);
    }
    if c.o.verbose >= 3 {
        let ib = newline_spaces(indent + 2);
        c.s(&ib[1..]);
        c.s("[");
        hex_dump(c, b, at + TLV_HDR, len - TLV_HDR, ib)?;
        c.s("\n");
        c.s(&ib[1..]);
        c.s("]");
    }
    Ok(Outcome::Printed)
}

/// sdatatlv_print: a SPARSEDATA TLV's ILVs.
fn sparse_data(c: &mut Ctx, b: &[u8], s: Span) -> Res<Outcome> {
    let (at, len, indent) = (s.at, s.len, s.indent);
    if !expect_tlv(c, b, at, SPARSE_DATA_TLV, "SPARSEDATA") {
        return Ok(Outcome::Failed);
    }
    let mut at = at + TLV_HDR;
    let mut rlen = len - TLV_HDR;
    if rlen < 8 {
        c.s("Error: BAD SPARSEDATA-TLV!\n");
        return Ok(Outcome::Failed);
    }
    let ib = newline_spaces(indent + 1);
    while rlen != 0 {
        let invalid = ilv_check(b, at, rlen)?;
        if invalid != 0 {
            c.s("Error: ");
            tok_hash(c, XLV_ERRORS, invalid);
            c.s_dec(", rlen ", rlen as u64);
            c.s("\n");
            return Ok(Outcome::Failed);
        }
        let ilvl = be32(b, at + 4)? as usize;
        if c.o.verbose >= 3 {
            c.s("\n");
            c.s(&ib[1..]);
            c.s(" ILV: type ");
            hex(c, be32(b, at)?);
            c.s_dec(" length ", ilvl as u64);
            c.s("\n");
            hex_dump(c, b, at + 8, ilvl - 8, "\t\t[")?;
        }
        at += align4(ilvl);
        rlen -= align4(ilvl);
    }
    Ok(Outcome::Printed)
}

/// pkeyitlv_print: a KEYINFO TLV's key ID, then its key data printed as
/// full data (from the key TLV's value on, as tcpdump reads it).
fn key_info(c: &mut Ctx, b: &[u8], s: Span) -> Res<Outcome> {
    let (at, len, ops, indent) = (s.at, s.len, s.ops, s.indent);
    let id = be32(b, at + TLV_HDR)?;
    c.s(spaces(indent));
    c.s("Keyinfo: Key 0x");
    hex(c, id);
    c.s("\n");
    let key_at = at + TLV_HDR + 4;
    let (kind, tll) = tlv_at(b, key_at)?;
    let invalid = tlv_check(tll, len);
    if invalid != 0 {
        bad_tlv(c, invalid, kind, tll);
        return Ok(Outcome::Failed);
    }
    full_data(
        c,
        b,
        Span {
            at: key_at + TLV_HDR,
            len: tll,
            ops,
            indent,
        },
    )
}
