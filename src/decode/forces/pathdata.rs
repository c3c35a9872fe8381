//! Path data (RFC 5810 7.1.8): the IDs of a path, then its content TLV
//! (key info, full data, sparse data, result, or more path data).

use super::top::messy;
use super::{
    Ctx, Emit, Outcome, Printer, Res, TLV_HDR, XLV_ERRORS, align4, be16, be32, hex, hex_dump,
    ilv_check, newline_spaces, spaces, tlv_at, tlv_check, tlv_summary, tok_hash, ttlv_valid,
};

/// Data encodings an operation allows (B_FULLD...), and the path flags
/// pdata_print folds into the same mask.
pub(super) const FULL_DATA: u16 = 0x01;
pub(super) const SPARSE_DATA: u16 = 0x02;
pub(super) const RESULT: u16 = 0x04;
const KEY_INFO: u16 = 0x08;
const APPEND: u16 = 0x10;
const TABLE_RANGE: u16 = 0x20;

/// Content TLV types.
const PATH_DATA_TLV: u16 = 0x0110;
const KEY_INFO_TLV: u16 = 0x0111;
const FULL_DATA_TLV: u16 = 0x0112;
const SPARSE_DATA_TLV: u16 = 0x0113;
const RESULT_TLV: u16 = 0x0114;

/// recpdoptlv_print: path data TLVs, one after another, until one does not
/// fit. It recurses through path_data as tcpdump does: each level eats at
/// least a TLV header and a path data header (8 bytes) of a message that
/// fits in one SCTP chunk, so at most about 8,200 levels, which measured
/// about 2.5 MB of stack in the release build, inside the main thread's 8 MB.
pub(super) fn path_data_tlvs(
    c: &mut Ctx,
    b: &[u8],
    mut at: usize,
    mut len: usize,
    ops: u16,
    indent: usize,
) -> Res<Outcome> {
    while len != 0 {
        let tlvl = usize::from(be16(b, at + 2)?);
        if tlv_check(tlvl, len) != 0 {
            break;
        }
        let kind = be16(b, at)?;
        if c.o.verbose >= 3 {
            c.s(spaces(indent));
            tlv_summary(c, kind, tlvl, "encapsulated");
        }
        if path_data(c, b, at + TLV_HDR, tlvl - TLV_HDR, ops, indent + 1)? == Outcome::Failed {
            return Ok(Outcome::Failed);
        }
        at += align4(tlvl);
        len -= align4(tlvl);
    }
    if len != 0 {
        messy(c, b, at, len, "PATHDATA TLV header")?;
        return Ok(Outcome::Failed);
    }
    Ok(Outcome::Printed)
}

/// genoptlv_print: the one path data TLV of an RCommit.
pub(super) fn generic_op(
    c: &mut Ctx,
    b: &[u8],
    at: usize,
    len: usize,
    ops: u16,
    indent: usize,
) -> Res<Outcome> {
    let (kind, tlvl) = tlv_at(b, at)?;
    let invalid = tlv_check(tlvl, len);
    c.s("genoptlvprint - ");
    tok_hash(c, super::TLV_NAMES, u32::from(kind));
    c.s(" TLV type 0x");
    hex(c, kind);
    c.s(" len ");
    c.dec(tlvl as u64);
    c.s("\n");
    if invalid != 0 {
        c.s("\t\t\tInvalid ForCES TLV type=");
        hex(c, kind);
        return Ok(Outcome::Failed);
    }
    if !ttlv_valid(kind) {
        bad_tlv(c, invalid, kind, tlvl);
        return Ok(Outcome::Failed);
    }
    if c.o.verbose >= 3 {
        c.s(spaces(indent));
        tlv_summary(c, kind, tlvl, "length");
    }
    path_data(c, b, at + TLV_HDR, tlvl - TLV_HDR, ops, indent + 1)
}

/// "WHY TLV type 0xT len L": a TLV that does not fit, WHY by its
/// XLV_ERRORS code ("#0" when it does fit, as tcpdump prints it).
fn bad_tlv(c: &mut Ctx, code: u32, kind: u16, tlvl: usize) {
    tok_hash(c, XLV_ERRORS, code);
    c.s(" TLV type 0x");
    hex(c, kind);
    c.s(" len ");
    c.dec(tlvl as u64);
    c.s("\n");
}

/// pdata_print: a path data header (flags, ID count), the IDs and the
/// content after them, then any further path data TLVs.
fn path_data(
    c: &mut Ctx,
    b: &[u8],
    at: usize,
    len: usize,
    ops: u16,
    indent: usize,
) -> Res<Outcome> {
    if b.len() < at.saturating_add(4) || len < 4 {
        c.trunc();
        return Ok(Outcome::Failed);
    }
    let flags = be16(b, at)?;
    let count = be16(b, at + 2)?;
    if c.o.verbose >= 3 {
        c.s("\n");
        c.s(spaces(indent));
        c.s("Pathdata: Flags 0x");
        hex(c, flags);
        c.s(" ID count ");
        c.dec(count);
        c.s("\n");
    }
    let mut ops = ops;
    for (flag, bit) in [(1, KEY_INFO), (2, TABLE_RANGE), (4, APPEND)] {
        if flags & flag != 0 {
            ops |= bit;
        }
    }
    let at = at + 4;
    let len = len - 4;
    let ids_len = usize::from(count) * 4;
    if len < ids_len {
        c.s("\t\t\ttruncated IDs expected ");
        c.dec(ids_len as u64);
        c.s("B got ");
        c.dec(len as u64);
        c.s("B\n");
        hex_dump(c, b, at, len, "\t\t\tID Data[")?;
        c.s("]\n");
        return Ok(Outcome::Failed);
    }
    if ops & TABLE_RANGE != 0 && ops & KEY_INFO != 0 {
        c.s("\t\t\tIllegal to have both Table ranges and keys\n");
        return Ok(Outcome::Failed);
    }
    match path_contents(c, b, at, len, count, ops, indent)? {
        Some(more) if more > 0 => path_data_tlvs(c, b, at + (len - more), more, ops, indent + 1),
        _ => Ok(Outcome::Printed),
    }
}

/// pdatacnt_print: the IDs, a table range or key, and one content TLV;
/// the bytes left after them, or None for tcpdump's -1.
fn path_contents(
    c: &mut Ctx,
    b: &[u8],
    mut at: usize,
    mut len: usize,
    count: u16,
    ops: u16,
    indent: usize,
) -> Res<Option<usize>> {
    let ib = spaces(indent);
    if ops & APPEND != 0 && c.o.verbose >= 3 {
        c.s(ib);
        c.s("TABLE APPEND\n");
    }
    for i in 0..count {
        if b.len() < at.saturating_add(4) || len < 4 {
            c.trunc();
            return Ok(None);
        }
        let id = be32(b, at)?;
        if c.o.verbose >= 3 {
            c.s(ib);
            c.s("ID#");
            c.out.dec0(u64::from(i) + 1, 2);
            c.s(": ");
            c.dec(id);
            c.s("\n");
        }
        len -= 4;
        at += 4;
    }
    if ops & (TABLE_RANGE | KEY_INFO) != 0 {
        if len < 12 {
            c.s("pathlength ");
            c.dec(len as u64);
            c.s(" with key/range too short 12\n");
            return Ok(None);
        }
        if ops & TABLE_RANGE != 0 {
            // A TLV header, then the first and last index.
            let start = be32(b, at + 4)?;
            let end = be32(b, at + 8)?;
            at += 12;
            len -= 12;
            if c.o.verbose >= 3 {
                c.s(ib);
                c.s("Table range: [");
                c.dec(start);
                c.s(",");
                c.dec(end);
                c.s("]\n");
            }
        } else {
            // A key ID, then a key TLV, skipped.
            let key_len = usize::from(be16(b, at + 6)?);
            at += 8;
            len -= 8;
            if key_len < TLV_HDR {
                c.s("key content length ");
                c.dec(key_len as u64);
                c.s(" < 4\n");
                return Ok(None);
            }
            let key_len = key_len - TLV_HDR;
            if len < key_len {
                c.s("key content too short\n");
                return Ok(None);
            }
            at += key_len;
            len -= key_len;
        }
    }
    if len == 0 {
        return Ok(Some(0));
    }
    content(c, b, at, len, ops, indent)
}

/// A content TLV: its type, the encoding bit it needs, its name and
/// printer (ForCES_pdata).
struct Content {
    kind: u16,
    encoding: u16,
    name: &'static str,
    print: Printer,
}

const CONTENTS: [Content; 5] = [
    Content {
        kind: KEY_INFO_TLV,
        encoding: 0,
        name: "KEYINFO TLV",
        print: key_info,
    },
    Content {
        kind: FULL_DATA_TLV,
        encoding: FULL_DATA,
        name: "FULLDATA TLV",
        print: full_data,
    },
    Content {
        kind: SPARSE_DATA_TLV,
        encoding: SPARSE_DATA,
        name: "SPARSEDATA TLV",
        print: sparse_data,
    },
    Content {
        kind: RESULT_TLV,
        encoding: RESULT,
        name: "RESULT TLV",
        print: result,
    },
    Content {
        kind: PATH_DATA_TLV,
        encoding: 0,
        name: "Inner PATH-DATA TLV",
        print: path_data_tlvs,
    },
];

/// The content TLV after a path's IDs (the tail of pdatacnt_print).
fn content(
    c: &mut Ctx,
    b: &[u8],
    at: usize,
    len: usize,
    ops: u16,
    indent: usize,
) -> Res<Option<usize>> {
    let (kind, tlvl) = tlv_at(b, at)?;
    let invalid = tlv_check(tlvl, len);
    let entry = CONTENTS.iter().find(|e| e.kind == kind);
    let entry = match (invalid, entry) {
        (0, Some(entry)) => entry,
        (0, None) => {
            c.s("Invalid path data content type 0x");
            hex(c, kind);
            c.s(" len ");
            c.dec(tlvl as u64);
            c.s("\n");
            return bad_data(c, b, at, len, tlvl);
        }
        _ => {
            tok_hash(c, XLV_ERRORS, invalid);
            c.s(" Outstanding bytes ");
            c.dec(len as u64);
            c.s(" for TLV type 0x");
            hex(c, kind);
            c.s(" TLV len ");
            c.dec(tlvl as u64);
            c.s("\n");
            return bad_data(c, b, at, len, tlvl);
        }
    };
    let tll = tlvl - TLV_HDR;
    let padded = align4(tlvl);
    let mut pad = 0;
    if padded > tlvl {
        if padded > len {
            c.s("Invalid padded pathdata TLV type 0x");
            hex(c, kind);
            c.s(" len ");
            c.dec(tlvl as u64);
            c.s(" missing ");
            c.dec((padded - len) as u64);
            c.s(" pad bytes\n");
        } else {
            pad = padded - tlvl;
        }
    }
    if c.o.verbose >= 3 && entry.kind != PATH_DATA_TLV {
        c.s(spaces(indent));
        c.s("  ");
        c.s(entry.name);
        c.s(" (Length ");
        c.dec(tlvl as u64);
        c.s(" DataLen ");
        c.dec(tll as u64);
        if pad != 0 {
            c.s(" pad ");
            c.dec(pad as u64);
        }
        c.s(" Bytes)\n");
    }
    check_encoding(c, kind, ops, entry.encoding);
    let whole = TLV_HDR + tll + pad;
    if (entry.print)(c, b, at, whole, ops, indent + 2)? == Outcome::Failed {
        return Ok(None);
    }
    Ok(Some(len - whole))
}

/// The pd_err path: a content TLV of non-zero length that cannot be
/// printed ends the path in a hex dump of what is left.
fn bad_data(c: &mut Ctx, b: &[u8], at: usize, len: usize, tlvl: usize) -> Res<Option<usize>> {
    if tlvl == 0 {
        return Ok(Some(len));
    }
    hex_dump(c, b, at, len, "Bad Data val\n\t  [")?;
    c.s("]\n");
    Ok(None)
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
fn result(c: &mut Ctx, b: &[u8], at: usize, len: usize, _ops: u16, indent: usize) -> Res<Outcome> {
    let dlen = len - TLV_HDR;
    if dlen != 4 {
        c.s("illegal RESULT-TLV: ");
        c.dec(dlen as u64);
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
fn full_data(
    c: &mut Ctx,
    b: &[u8],
    at: usize,
    len: usize,
    _ops: u16,
    indent: usize,
) -> Res<Outcome> {
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
fn sparse_data(
    c: &mut Ctx,
    b: &[u8],
    at: usize,
    len: usize,
    _ops: u16,
    indent: usize,
) -> Res<Outcome> {
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
            c.s(", rlen ");
            c.dec(rlen as u64);
            c.s("\n");
            return Ok(Outcome::Failed);
        }
        let ilvl = be32(b, at + 4)? as usize;
        if c.o.verbose >= 3 {
            c.s("\n");
            c.s(&ib[1..]);
            c.s(" ILV: type ");
            hex(c, be32(b, at)?);
            c.s(" length ");
            c.dec(ilvl as u64);
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
fn key_info(c: &mut Ctx, b: &[u8], at: usize, len: usize, ops: u16, indent: usize) -> Res<Outcome> {
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
    full_data(c, b, key_at + TLV_HDR, tll, ops, indent)
}
