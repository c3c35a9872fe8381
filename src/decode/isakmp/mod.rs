//! IKE/ISAKMP (print-isakmp.c): the header, and with -v the chain of
//! payloads, IKEv1's (v1.rs) and IKEv2's (v2.rs); the cookie table that
//! decides the initiator/responder marks across packets is in state.rs.
//!
//! The payload printers walk offsets into the message the way tcpdump
//! walks pointers: a printer returns where the next payload starts, or
//! nothing when it stopped with its own truncation mark, and a read past
//! the capture (a GET_ macro) ends the packet with ` [|isakmp]`. The
//! offsets a printer returns are not always the payload's end (a
//! proposal's end is where its last transform's attributes ended), and
//! the chain goes on from there, as tcpdump's does.

mod v1;
mod v2;

use super::ctx::{Ctx, Net, Res, Trunc, be16, be32, rest, u8at};
use super::dispatch;
use super::out::Emit;

/// The fixed header: cookies, next payload, version, exchange type,
/// flags, message ID and length.
const HEADER_LEN: usize = 28;

/// Where a payload printer left off: the offset of what follows, or
/// None when it stopped (its mark printed).
type Next = Res<Option<usize>>;

/// The message being printed: its captured bytes from the ISAKMP header
/// on (tcpdump's `ep` is their end), or the plaintext of an IKEv2
/// encrypted payload, and the header's fields the payload printers need.
pub(super) struct Msg<'a> {
    b: &'a [u8],
    /// The payload types after the header are IKEv2's.
    v2: bool,
    /// The ISAKMP header, whose cookies and flags pick the -E key for an
    /// encrypted payload (also one found inside a decrypted one).
    header: &'a [u8],
}

impl Msg<'_> {
    /// ndo_snapend, as an offset.
    fn ep(&self) -> usize {
        self.b.len()
    }

    /// ND_TTEST_LEN: `n` bytes from `at` were captured.
    fn has(&self, at: usize, n: usize) -> bool {
        at.checked_add(n).is_some_and(|end| end <= self.b.len())
    }
}

/// What the payload printers share of the walk: the phase (1 when the
/// message ID is zero), the protocol of the enclosing proposal, and the
/// nesting depth for indentation.
#[derive(Clone, Copy)]
pub(super) struct Scope {
    phase: u32,
    proto: u32,
    depth: usize,
}

/// isakmp_print: the header summary (phase, side, exchange type, flags),
/// then with -v the payloads and a length check against the datagram.
pub(crate) fn isakmp(c: &mut Ctx, b: &[u8], length: usize, net: &Net) -> Res {
    c.proto = "isakmp";
    if b.len() < HEADER_LEN {
        return Err(Trunc);
    }
    c.s("isakmp");
    let major = b[17] >> 4;
    let minor = b[17] & 0xf;
    if c.o.verbose > 0 {
        c.s_dec(" ", major);
        c.s_dec(".", minor);
        c.s(" msgid ");
        hex(c, &b[20..24]);
    }
    if c.o.verbose > 1 {
        c.s(" cookie ");
        hex(c, &b[0..8]);
        c.s("->");
        hex(c, &b[8..16]);
    }
    c.s(":");
    let msgid = be32(b, 20)?;
    let (np, etype, flags) = (b[16], b[18], b[19]);
    match major {
        1 => {
            c.s(if msgid == 0 {
                " phase 1"
            } else {
                " phase 2/others"
            });
            let (icookie, rcookie) = (&b[0..8], &b[8..16]);
            match c.ike.find(icookie) {
                None if rcookie == [0; 8] => {
                    c.s(" I");
                    c.ike.record(icookie, net);
                }
                None => c.s(" ?"),
                Some(i) if c.ike.sent_by(i, net, true) => c.s(" I"),
                Some(i) if c.ike.sent_by(i, net, false) => c.s(" R"),
                Some(_) => c.s(" ?"),
            }
            exchange(c, etype, flags, &[(0x01, "E"), (0x02, "C")]);
        }
        2 => {
            c.s(if msgid == 0 {
                " parent_sa"
            } else {
                " child_sa "
            });
            exchange(c, etype, flags, &[(0x08, "I"), (0x10, "V"), (0x20, "R")]);
        }
        _ => return Ok(()),
    }
    if c.o.verbose == 0 {
        return Ok(());
    }
    c.s(":");
    // The encryption flag is IKEv1's bit, tested for IKEv2 too.
    if flags & 1 != 0 {
        c.s(" [encrypted ");
        np_name(c, np);
        c.s("]");
    } else {
        let m = Msg {
            b,
            v2: major == 2,
            header: &b[..HEADER_LEN],
        };
        let scope = Scope {
            phase: if msgid == 0 { 1 } else { 2 },
            proto: 0,
            depth: 0,
        };
        chain(c, &m, np, HEADER_LEN, scope)?;
    }
    let isakmp_len = be32(b, 24)?;
    if isakmp_len as usize != length {
        c.s_dec(" (len mismatch: isakmp ", isakmp_len);
        c.s_dec("/ip ", length as u64);
        c.s(")");
    }
    Ok(())
}

/// Bytes as lower-case hex digits (hexprint).
fn hex(c: &mut Ctx, bytes: &[u8]) {
    for &x in bytes {
        c.out.hex0(u64::from(x), 2);
    }
}

/// rawprint: the `n` bytes from `at` in hex, or false when they were not
/// all captured.
fn rawprint(c: &mut Ctx, m: &Msg, at: usize, n: usize) -> bool {
    if !m.has(at, n) {
        return false;
    }
    hex(c, &m.b[at..at + n]);
    true
}

/// At -vvv, " " and the payload's bytes from `from` on in hex when it is
/// longer than `over`; false when they were not all captured.
fn vvv_hex(c: &mut Ctx, m: &Msg, at: Payload, from: usize, over: usize) -> bool {
    if c.o.verbose > 2 && at.item_len > over {
        c.s(" ");
        return rawprint(c, m, at.ext + from, at.item_len - from);
    }
    true
}

/// vvv_hex, then on to the payload after this one; the walk stops when the
/// bytes were not all captured.
fn vvv_data(c: &mut Ctx, m: &Msg, at: Payload, from: usize, over: usize) -> Next {
    if !vvv_hex(c, m, at, from, over) {
        return stop(c, at.np);
    }
    Ok(Some(at.end()))
}

/// ike_show_somedata: " data=(" the first ten bytes from `at`, "...",
/// the last twenty before the end of the capture ")"; false when a part
/// was not captured.
fn show_somedata(c: &mut Ctx, m: &Msg, at: usize) -> bool {
    // tcpdump's pointer arithmetic, where `at` may lie past the end.
    let (cp, ep) = (at as i64, m.ep() as i64);
    // size_t: a negative difference is huge, so more than ten.
    let len = if (0..=10).contains(&(ep - cp)) {
        ep - cp
    } else {
        10
    };
    let (mut end, mut elen) = (ep - 20, 20);
    if end < cp + len {
        end = cp + len;
        elen = ep - end;
    }
    c.s(" data=(");
    if !raw_signed(c, m, cp, len) {
        return false;
    }
    c.s("...");
    if elen != 0 && !raw_signed(c, m, end, elen) {
        return false;
    }
    c.s(")");
    true
}

/// rawprint at a signed offset and length: anything outside the capture
/// (a negative length is a huge size_t in C) fails.
fn raw_signed(c: &mut Ctx, m: &Msg, at: i64, n: i64) -> bool {
    match (usize::try_from(at), usize::try_from(n)) {
        (Ok(at), Ok(n)) => rawprint(c, m, at, n),
        _ => false,
    }
}

/// NPSTR: a payload type's short name, or "#N".
fn np_name(c: &mut Ctx, np: u8) {
    const NAMES: [&str; 49] = [
        "none", "sa", "p", "t", "ke", "id", "cert", "cr", "hash", "sig", "nonce", "n", "d", "vid",
        "pay14", "pay15", "pay16", "pay17", "pay18", "pay19", "pay20", "pay21", "pay22", "pay23",
        "pay24", "pay25", "pay26", "pay27", "pay28", "pay29", "pay30", "pay31", "pay32", "v2sa",
        "v2ke", "v2IDi", "v2IDr", "v2cert", "v2cr", "v2auth", "v2nonce", "v2n", "v2d", "v2vid",
        "v2TSi", "v2TSr", "v2e", "v2cp", "v2eap",
    ];
    str_or_id(c, &NAMES, np.into());
}

/// STR_OR_ID: the name at `v` in `table`, or "#v" where there is none
/// (an empty name is tcpdump's NULL).
fn str_or_id(c: &mut Ctx, table: &[&str], v: u32) {
    match table.get(v as usize) {
        Some(name) if !name.is_empty() => c.s(name),
        _ => {
            c.s_dec("#", v);
        }
    }
}

/// " [|NAME]": a payload printer's own truncation mark; the walk stops.
fn stop(c: &mut Ctx, np: u8) -> Next {
    c.s(" [|");
    np_name(c, np);
    c.s("]");
    Ok(None)
}

/// PROTOIDSTR
fn proto_name(c: &mut Ctx, proto: u8) {
    str_or_id(
        c,
        &["", "isakmp", "ipsec-ah", "ipsec-esp", "ipcomp"],
        proto.into(),
    );
}

/// A new line at `depth` and the payload's opening parenthesis.
fn open(c: &mut Ctx, depth: usize) {
    c.s("\n");
    for _ in 0..depth {
        c.s("    ");
    }
    c.s("(");
}

/// ikev1_sub_print / ikev2_sub_print: the payloads from `ext` on, each
/// naming the type of the next, until one names none.
fn chain(c: &mut Ctx, m: &Msg, mut np: u8, mut ext: usize, scope: Scope) -> Next {
    let mut cp = ext;
    while np != 0 {
        if !m.has(ext, 4) {
            return stop(c, np);
        }
        let item_len = usize::from(be16(m.b, ext + 2)?);
        if !m.has(ext, item_len) {
            return stop(c, np);
        }
        let inner = Scope {
            depth: scope.depth + 1,
            ..scope
        };
        open(c, inner.depth);
        let next = payload(c, m, np, ext, inner)?;
        c.s(")");
        let Some(next) = next else {
            return Ok(None);
        };
        cp = next;
        np = u8at(m.b, ext)?;
        ext = cp;
    }
    Ok(Some(cp))
}

/// ike_sub0_print / ikev2_sub0_print: one payload by its type's printer,
/// or its name.
fn payload(c: &mut Ctx, m: &Msg, np: u8, ext: usize, scope: Scope) -> Next {
    if !m.has(ext, 4) {
        c.trunc();
        return Ok(None);
    }
    let item_len = usize::from(be16(m.b, ext + 2)?);
    // A payload shorter than its header would stop the walk from
    // advancing.
    if item_len <= 4 {
        return Ok(None);
    }
    let at = Payload {
        np,
        ext,
        item_len,
        scope,
    };
    match np {
        1..=13 => v1::payload(c, m, at),
        46 if m.v2 => v2::encrypted(c, m, at),
        33..=45 | 47 | 48 => v2::payload(c, m, at),
        _ => {
            np_name(c, np);
            Ok(Some(ext + item_len))
        }
    }
}

/// One payload as its printer gets it: its type, where it starts, the
/// length its header gives and the scope it is in.
#[derive(Clone, Copy)]
pub(super) struct Payload {
    np: u8,
    ext: usize,
    item_len: usize,
    scope: Scope,
}

impl Payload {
    /// The offset after the payload.
    fn end(&self) -> usize {
        self.ext + self.item_len
    }
}

/// An attribute's names: the type's, and its values' from 0 on (an empty
/// name is tcpdump's NULL).
pub(super) struct AttrMap {
    name: &'static str,
    values: &'static [&'static str],
}

impl AttrMap {
    /// An attribute type without a name.
    const NONE: AttrMap = AttrMap {
        name: "",
        values: &[],
    };
}

/// ikev1_attrmap_print / ikev1_attr_print: one data attribute (type and
/// a 16-bit value, or type, length and value) at `p`, within a
/// substructure ending at `ep2`. Returns where the next starts: past
/// `ep2` when the attribute overruns it, so the caller's loop ends.
fn attribute(c: &mut Ctx, m: &Msg, p: usize, ep2: usize, map: &[AttrMap]) -> Next {
    let tv = u8at(m.b, p)? & 0x80 != 0;
    let totlen = if tv {
        4
    } else {
        4 + usize::from(be16(m.b, p + 2)?)
    };
    if ep2 < p + totlen {
        c.s("[|attr]");
        return Ok(Some(ep2 + 1));
    }
    c.s("(");
    let t = be16(m.b, p)? & 0x7fff;
    let entry = map.get(usize::from(t)).filter(|e| !e.name.is_empty());
    match entry {
        Some(e) => {
            c.s("type=");
            c.s(e.name);
            c.s(" ");
        }
        None => {
            c.s_dec("type=#", t);
            c.s(" ");
        }
    }
    let printed = if tv {
        c.s("value=");
        let v = be16(m.b, p + 2)?;
        match entry.and_then(|e| e.values.get(usize::from(v))) {
            Some(name) if !name.is_empty() => {
                c.s(name);
                true
            }
            _ => rawprint(c, m, p + 2, 2),
        }
    } else {
        c.s_dec("len=", (totlen - 4) as u64);
        c.s(" value=");
        rawprint(c, m, p + 4, totlen - 4)
    };
    c.s(")");
    if !printed {
        return Ok(None);
    }
    Ok(Some(p + totlen))
}

/// The attributes of a transform from `cp` to the end of the capture or
/// of the transform (`ep2`), whichever is first; "..." when the capture
/// ends first.
fn attributes(c: &mut Ctx, m: &Msg, mut cp: usize, ep2: usize, map: &[AttrMap]) -> Next {
    while cp < m.ep() && cp < ep2 {
        match attribute(c, m, cp, ep2, map)? {
            Some(next) => cp = next,
            None => return stop(c, 3),
        }
    }
    if m.ep() < ep2 {
        c.s("...");
    }
    Ok(Some(cp))
}

/// A transform's ID by name (a number where its protocol or type names
/// none), then its attributes.
fn transform_rest(
    c: &mut Ctx,
    m: &Msg,
    at: Payload,
    names: &[&str],
    id: u32,
    map: &[AttrMap],
) -> Next {
    c.s(" id=");
    if names.is_empty() {
        c.dec(id);
    } else {
        str_or_id(c, names, id);
    }
    c.s(" ");
    attributes(c, m, at.ext + 8, at.end(), map)
}

/// " TYPE[FLAGS]": the exchange type, and the letters of the flags this
/// version names (brackets for any flag set, named or not).
fn exchange(c: &mut Ctx, etype: u8, flags: u8, letters: &[(u8, &str)]) {
    c.s(" ");
    exchange_type(c, etype);
    if flags != 0 {
        c.s("[");
        for &(bit, letter) in letters {
            if flags & bit != 0 {
                c.s(letter);
            }
        }
        c.s("]");
    }
}

fn exchange_type(c: &mut Ctx, etype: u8) {
    let name = match etype {
        0 => "none",
        1 => "base",
        2 => "ident",
        3 => "auth",
        4 => "agg",
        5 => "inf",
        32 => "oakley-quick",
        33 => "oakley-newgroup",
        34 => "ikev2_init",
        35 => "ikev2_auth",
        36 => "child_sa",
        37 => "inf2",
        _ => {
            c.s_dec("#", etype);
            return;
        }
    };
    c.s(name);
}

/// isakmp_rfc3948_print: NAT keep-alives, IKE behind a zero marker, and
/// ESP in UDP.
pub(crate) fn nat_t(c: &mut Ctx, b: &[u8], length: usize, net: &Net) -> Res {
    c.proto = "isakmp_rfc3948";
    if length == 1 && u8at(b, 0)? == 0xff {
        c.s("isakmp-nat-keep-alive");
        return Ok(());
    }
    if length < 4 {
        return Err(Trunc);
    }
    if be32(b, 0)? == 0 {
        c.s("NONESP-encap: ");
        return isakmp(c, rest(b, 4), length.saturating_sub(4), net);
    }
    c.s("UDP-encap: ");
    dispatch::esp(c, b, length, net)
}
