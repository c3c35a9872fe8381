//! Path data (RFC 5810 7.1.8): the IDs of a path, then its content TLV
//! (key info, full data, sparse data, result, or more path data).

use super::content::{ContentEnd, bad_tlv, content};
use super::top::messy;
use super::{
    Ctx, Emit, Outcome, Res, Span, TLV_HDR, align4, be16, be32, hex, hex_dump, spaces, tlv_at,
    tlv_check, tlv_summary, tok_hash, ttlv_valid,
};

/// Data encodings an operation allows (B_FULLD...), and the path flags
/// pdata_print folds into the same mask.
pub(super) const FULL_DATA: u16 = 0x01;
pub(super) const SPARSE_DATA: u16 = 0x02;
pub(super) const RESULT: u16 = 0x04;
pub(super) const KEY_INFO: u16 = 0x08;
const APPEND: u16 = 0x10;
const TABLE_RANGE: u16 = 0x20;

/// Content TLV types.
pub(super) const PATH_DATA_TLV: u16 = 0x0110;
pub(super) const KEY_INFO_TLV: u16 = 0x0111;
pub(super) const FULL_DATA_TLV: u16 = 0x0112;
pub(super) const SPARSE_DATA_TLV: u16 = 0x0113;
pub(super) const RESULT_TLV: u16 = 0x0114;

/// Where the outcome of a run of path data TLVs goes when the run ends.
#[derive(Clone, Copy)]
enum Then {
    /// Back to the operation that asked for it.
    Caller,
    /// It is the outcome of the path data the run followed.
    PathData,
    /// The run was a path data's content: on failure that path data has
    /// printed (tcpdump ignores the -1), else the TLVs of `Span` follow.
    Content(Span),
}

/// A run of path data TLVs being printed: what is left of it, and where
/// its outcome goes.
struct Run {
    left: Span,
    then: Then,
}

/// The walk's next step.
enum Task {
    /// Start a run of path data TLVs.
    Tlvs(Span, Then),
    /// Print the next TLV of the innermost run.
    Next,
    /// Print a path data (the value of a path data TLV).
    PathData(Span),
    /// A path data has ended so.
    PathDataDone(Outcome),
    /// The innermost run has ended so.
    RunDone(Outcome),
}

/// recpdoptlv_print: path data TLVs, one after another, until one does not
/// fit.
pub(super) fn path_data_tlvs(c: &mut Ctx, b: &[u8], span: Span) -> Res<Outcome> {
    walk(c, b, Task::Tlvs(span, Then::Caller))
}

/// tcpdump's recpdoptlv_print and pdata_print call each other for path
/// data nested in path data, as deep as a hostile message makes it (a
/// level takes 8 bytes); this walk keeps the runs of TLVs being printed on
/// a heap stack instead, so the depth costs no call stack.
fn walk(c: &mut Ctx, b: &[u8], first: Task) -> Res<Outcome> {
    let mut runs: Vec<Run> = Vec::new();
    let mut task = first;
    loop {
        task = match task {
            Task::Tlvs(left, then) => {
                runs.push(Run { left, then });
                Task::Next
            }
            Task::Next => match runs.last_mut() {
                Some(run) => next_tlv(c, b, &mut run.left)?,
                None => Task::RunDone(Outcome::Printed),
            },
            Task::PathData(span) => path_data(c, b, span)?,
            // The outcome goes to the run whose TLV held the path data, or
            // to generic_op when it called for it.
            Task::PathDataDone(outcome) => match (runs.last(), outcome) {
                (None, _) => return Ok(outcome),
                (Some(_), Outcome::Failed) => Task::RunDone(Outcome::Failed),
                (Some(_), Outcome::Printed) => Task::Next,
            },
            Task::RunDone(outcome) => match runs.pop().map(|run| run.then) {
                None | Some(Then::Caller) => return Ok(outcome),
                Some(Then::PathData) => Task::PathDataDone(outcome),
                Some(Then::Content(after)) => match outcome {
                    Outcome::Failed => Task::PathDataDone(Outcome::Printed),
                    Outcome::Printed if after.len == 0 => Task::PathDataDone(Outcome::Printed),
                    Outcome::Printed => Task::Tlvs(after, Then::PathData),
                },
            },
        };
    }
}

/// One step of recpdoptlv_print's loop: the next path data TLV of `left`
/// (its summary at -vvv, then its path data), or the end of the run.
fn next_tlv(c: &mut Ctx, b: &[u8], left: &mut Span) -> Res<Task> {
    if left.len == 0 {
        return Ok(Task::RunDone(Outcome::Printed));
    }
    let tlvl = usize::from(be16(b, left.at + 2)?);
    if tlv_check(tlvl, left.len) != 0 {
        messy(c, b, left.at, left.len, "PATHDATA TLV header")?;
        return Ok(Task::RunDone(Outcome::Failed));
    }
    let kind = be16(b, left.at)?;
    if c.o.verbose >= 3 {
        c.s(spaces(left.indent));
        tlv_summary(c, kind, tlvl, "encapsulated");
    }
    let value = Span {
        at: left.at + TLV_HDR,
        len: tlvl - TLV_HDR,
        ops: left.ops,
        indent: left.indent + 1,
    };
    // The run moves past the TLV now; it is read again only if the path
    // data printed, which is when tcpdump moves on.
    left.at += align4(tlvl);
    left.len -= align4(tlvl);
    Ok(Task::PathData(value))
}

/// genoptlv_print: the one path data TLV of an RCommit.
pub(super) fn generic_op(c: &mut Ctx, b: &[u8], s: Span) -> Res<Outcome> {
    let (at, len, ops, indent) = (s.at, s.len, s.ops, s.indent);
    let (kind, tlvl) = tlv_at(b, at)?;
    let invalid = tlv_check(tlvl, len);
    c.s("genoptlvprint - ");
    tok_hash(c, super::TLV_NAMES, u32::from(kind));
    c.s(" TLV type 0x");
    hex(c, kind);
    c.s_dec(" len ", tlvl as u64);
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
    walk(
        c,
        b,
        Task::PathData(Span {
            at: at + TLV_HDR,
            len: tlvl - TLV_HDR,
            ops,
            indent: indent + 1,
        }),
    )
}

/// pdata_print up to what follows its content: the header (flags, ID
/// count), the IDs and the content; the next task of the walk.
fn path_data(c: &mut Ctx, b: &[u8], span: Span) -> Res<Task> {
    let Span {
        at,
        len,
        ops,
        indent,
    } = span;
    if b.len() < at.saturating_add(4) || len < 4 {
        c.trunc();
        return Ok(Task::PathDataDone(Outcome::Failed));
    }
    let flags = be16(b, at)?;
    let count = be16(b, at + 2)?;
    if c.o.verbose >= 3 {
        c.s("\n");
        c.s(spaces(indent));
        c.s("Pathdata: Flags 0x");
        hex(c, flags);
        c.s_dec(" ID count ", count);
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
        c.dec_fields(&[
            ("\t\t\ttruncated IDs expected ", ids_len as u64),
            ("B got ", len as u64),
        ]);
        c.s("B\n");
        hex_dump(c, b, at, len, "\t\t\tID Data[")?;
        c.s("]\n");
        return Ok(Task::PathDataDone(Outcome::Failed));
    }
    if ops & TABLE_RANGE != 0 && ops & KEY_INFO != 0 {
        c.s("\t\t\tIllegal to have both Table ranges and keys\n");
        return Ok(Task::PathDataDone(Outcome::Failed));
    }
    // What follows the content is printed as path data TLVs one level in,
    // whose outcome is this path data's (tcpdump's tail call).
    let after = |left: usize| Span {
        at: at + (len - left),
        len: left,
        ops,
        indent: indent + 1,
    };
    Ok(match path_contents(c, b, at, len, count, ops, indent)? {
        // tcpdump ignores pdatacnt_print's -1.
        ContentEnd::Failed | ContentEnd::Left(0) => Task::PathDataDone(Outcome::Printed),
        ContentEnd::Left(left) => Task::Tlvs(after(left), Then::PathData),
        ContentEnd::Nested {
            at: inner,
            len: inner_len,
            left,
        } => Task::Tlvs(
            Span {
                at: inner,
                len: inner_len,
                ops,
                indent: indent + 2,
            },
            Then::Content(after(left)),
        ),
    })
}

/// pdatacnt_print: the IDs, a table range or key, and one content TLV;
/// how it ends.
fn path_contents(
    c: &mut Ctx,
    b: &[u8],
    mut at: usize,
    mut len: usize,
    count: u16,
    ops: u16,
    indent: usize,
) -> Res<ContentEnd> {
    let ib = spaces(indent);
    if ops & APPEND != 0 && c.o.verbose >= 3 {
        c.s(ib);
        c.s("TABLE APPEND\n");
    }
    for i in 0..count {
        if b.len() < at.saturating_add(4) || len < 4 {
            c.trunc();
            return Ok(ContentEnd::Failed);
        }
        let id = be32(b, at)?;
        if c.o.verbose >= 3 {
            c.s(ib);
            c.s("ID#");
            c.out.dec0(u64::from(i) + 1, 2);
            c.s_dec(": ", id);
            c.s("\n");
        }
        len -= 4;
        at += 4;
    }
    if ops & (TABLE_RANGE | KEY_INFO) != 0 {
        if len < 12 {
            c.s_dec("pathlength ", len as u64);
            c.s(" with key/range too short 12\n");
            return Ok(ContentEnd::Failed);
        }
        if ops & TABLE_RANGE != 0 {
            // A TLV header, then the first and last index.
            let start = be32(b, at + 4)?;
            let end = be32(b, at + 8)?;
            at += 12;
            len -= 12;
            if c.o.verbose >= 3 {
                c.s(ib);
                c.s_dec("Table range: [", start);
                c.s_dec(",", end);
                c.s("]\n");
            }
        } else {
            // A key ID, then a key TLV, skipped.
            let key_len = usize::from(be16(b, at + 6)?);
            at += 8;
            len -= 8;
            if key_len < TLV_HDR {
                c.s_dec("key content length ", key_len as u64);
                c.s(" < 4\n");
                return Ok(ContentEnd::Failed);
            }
            let key_len = key_len - TLV_HDR;
            if len < key_len {
                c.s("key content too short\n");
                return Ok(ContentEnd::Failed);
            }
            at += key_len;
            len -= key_len;
        }
    }
    if len == 0 {
        return Ok(ContentEnd::Left(0));
    }
    content(
        c,
        b,
        Span {
            at,
            len,
            ops,
            indent,
        },
    )
}
