//! LFB selectors and the operation TLVs inside them (RFC 5810 A.2).

use super::pathdata::{self, FULL_DATA, RESULT, SPARSE_DATA};
use super::top::{leftover, short_tlv};
use super::{
    Ctx, Outcome, Printer, Res, Span, TLV_HDR, align4, hex, hex_dump, newline_spaces, spaces,
    tlv_at, tlv_check, tok_hash,
};

/// Operation TLV types.
pub(super) const SET: u16 = 1;
pub(super) const SETPROP: u16 = 2;
pub(super) const SETRESP: u16 = 3;
pub(super) const SETPROPRESP: u16 = 4;
pub(super) const DEL: u16 = 5;
pub(super) const DELRESP: u16 = 6;
pub(super) const GET: u16 = 7;
pub(super) const GETPROP: u16 = 8;
pub(super) const GETRESP: u16 = 9;
pub(super) const GETPROPRESP: u16 = 10;
pub(super) const REPORT: u16 = 11;
pub(super) const COMMIT: u16 = 12;
pub(super) const RCOMMIT: u16 = 13;
pub(super) const RTRCOMP: u16 = 14;

/// An operation's bit in a message type's mask of allowed operations.
pub(super) const fn op_bit(op: u16) -> u16 {
    1 << (op - 1)
}

/// An operation: its name (with tcpdump's leading space), the data
/// encodings its path data may use, and the printer of its contents.
struct Operation {
    name: &'static str,
    encodings: u16,
    print: Option<Printer>,
}

const fn op(name: &'static str, encodings: u16, print: Option<Printer>) -> Operation {
    Operation {
        name,
        encodings,
        print,
    }
}

const PATH: Option<Printer> = Some(pathdata::path_data_tlvs);

/// OPTLV_msg, indexed by operation type.
const OPERATIONS: [Operation; 15] = [
    op("Invalid OPTLV", 0, Some(invalid_op)),
    op(" Set", FULL_DATA | SPARSE_DATA, PATH),
    op(" SetProp", FULL_DATA | SPARSE_DATA, PATH),
    op(" SetResp", RESULT, PATH),
    op(" SetPropResp", RESULT, PATH),
    op(" Del", 0, PATH),
    op(" DelResp", RESULT, PATH),
    op(" Get", 0, PATH),
    op(" GetProp", 0, PATH),
    op(" GetResp", FULL_DATA | SPARSE_DATA | RESULT, PATH),
    op(" GetPropResp", FULL_DATA | RESULT, PATH),
    op(" Report", FULL_DATA | SPARSE_DATA, PATH),
    op(" Commit", 0, None),
    op(" RCommit", RESULT, Some(pathdata::generic_op)),
    op(" RTRCOMP", 0, None),
];

/// op_valid: whether `op` is one of `allowed`; vendor operations
/// (0x8000 and up) always are.
fn op_valid(op: u16, allowed: u16) -> bool {
    match op {
        0 => false,
        1..=14 => op_bit(op) & allowed != 0,
        0x8000.. => true,
        _ => false,
    }
}

/// ForCES_LFBs: the LFB classes tcpdump names.
const LFB_CLASSES: &[(u32, &str)] = &[(0, "Invalid TLV"), (1, "FEObj LFB"), (2, "FEProtoObj LFB")];

/// lfbselect_print: an LFB selector (class, instance) and its operation
/// TLVs; `len` is the selector TLV's length, header included.
pub(super) fn lfb_select(
    c: &mut Ctx,
    b: &[u8],
    at: usize,
    len: usize,
    allowed: u16,
    indent: usize,
) -> Res<Outcome> {
    let dlen = len - TLV_HDR;
    // Class, instance and one operation TLV header.
    if dlen <= 12 {
        return Ok(short_tlv(c, "lfb selector", 12 - dlen));
    }
    let mut rlen = dlen - 8;
    if b.len() < at.saturating_add(8) {
        c.trunc();
        return Ok(Outcome::Failed);
    }
    if c.o.verbose >= 3 {
        let class = super::be32(b, at)?;
        c.s("\n");
        c.s(spaces(indent));
        tok_hash(c, LFB_CLASSES, class);
        c.s("(Classid ");
        hex(c, class);
        c.s(") instance ");
        hex(c, super::be32(b, at + 4)?);
        c.s("\n");
    }
    let mut at = at + 8;
    let indent = indent + 1;
    while rlen != 0 {
        let (kind, tlvl) = tlv_at(b, at)?;
        if tlv_check(tlvl, rlen) != 0 {
            break;
        }
        if op_valid(kind, allowed) {
            operation(c, b, at, indent)?;
        } else {
            if c.o.verbose < 3 {
                c.s("\n");
            }
            c.s("\t\tINValid oper-TLV type 0x");
            hex(c, kind);
            c.s_dec(" length ", tlvl as u64);
            c.s(" for this ForCES message\n");
            invalid_op(
                c,
                b,
                Span {
                    at,
                    len: rlen,
                    ops: 0,
                    indent,
                },
            )?;
        }
        at += align4(tlvl);
        rlen -= align4(tlvl);
    }
    leftover(c, b, at, rlen, "oper TLV header")
}

/// otlv_print: the operation TLV at `at`, whose length tlv_check has
/// found at least a header.
fn operation(c: &mut Ctx, b: &[u8], at: usize, indent: usize) -> Res<Outcome> {
    let (kind, tlvl) = tlv_at(b, at)?;
    let tll = tlvl - TLV_HDR;
    let entry = OPERATIONS.get(usize::from(kind)).unwrap_or(&OPERATIONS[0]);
    if c.o.verbose >= 3 {
        c.s(spaces(indent));
        oper_line(c, entry.name, kind, tlvl);
    }
    // Every operation carries at least a path data header and an ID.
    if tll < 8 {
        c.s("\t\t");
        oper_line(c, entry.name, kind, tlvl);
        c.s_dec("\t\tTruncated data size ", tll as u64);
        c.s(" minimum required 8\n");
        return invalid_op(
            c,
            b,
            Span {
                at: at + TLV_HDR,
                len: tll,
                ops: entry.encodings,
                indent,
            },
        );
    }
    match entry.print {
        Some(print) => print(
            c,
            b,
            Span {
                at: at + TLV_HDR,
                len: tll,
                ops: entry.encodings,
                indent: indent + 1,
            },
        ),
        None => Ok(Outcome::Printed),
    }
}

/// "Oper TLV NAME(0xT) length L".
fn oper_line(c: &mut Ctx, name: &str, kind: u16, tlvl: usize) {
    c.s("Oper TLV ");
    c.s(name);
    c.s("(0x");
    hex(c, kind);
    c.s_dec(") length ", tlvl as u64);
    c.s("\n");
}

/// invoptlv_print: at -vvv the bytes of an operation tcpdump refuses, in
/// hex; always a failure.
fn invalid_op(c: &mut Ctx, b: &[u8], s: Span) -> Res<Outcome> {
    let (at, len, indent) = (s.at, s.len, s.indent);
    if c.o.verbose >= 3 {
        let ib = newline_spaces(indent);
        c.s(&ib[1..]);
        c.s("Data[");
        hex_dump(c, b, at, len, ib)?;
        c.s(ib);
        c.s("]\n");
    }
    Ok(Outcome::Failed)
}
