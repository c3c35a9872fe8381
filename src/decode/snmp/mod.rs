//! SNMP (print-snmp.c): the BER walk of v1/v2c community messages and v3
//! headers, PDUs and variable bindings, with tcpdump's complaints about
//! malformed encodings. Object identifiers print with tcpdump's
//! compiled-in MIB names unless -n (mib.rs).
//!
//! tcpdump's parser reports a failure in-line ("[len12<asnlen40]") and
//! every caller then stops; here that is `Ok(None)`. A header byte past
//! the capture is its longjmp, `Err(Trunc)`; a cut value is its local
//! " [|snmp]" followed by a normal stop.

mod mib;

use super::out::Emit;
use super::{Ctx, Res, Trunc};

/// What asn1_parse made of one element.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Any,
    Null,
    Octet,
    Oid,
    Int,
    Uns,
    Str,
    Seq,
    InetAddr,
    Pdu,
    Uns64,
    /// noSuchObject, noSuchInstance, endOfMibView (by `id`).
    Exception,
}

#[derive(Clone, Copy, Debug)]
struct Elem {
    kind: Kind,
    id: u8,
    /// Offset of the contents in the message and their length.
    at: usize,
    len: u32,
    int: i32,
    uns: u64,
}

/// Ok(None): the element could not be used (tcpdump printed why).
type Step<T> = Result<Option<T>, Trunc>;

const UNIVERSAL: [&str; 18] = [
    "U-0",
    "Boolean",
    "Integer",
    "Bitstring",
    "String",
    "Null",
    "ObjID",
    "ObjectDes",
    "U-8",
    "U-9",
    "U-10",
    "U-11",
    "U-12",
    "U-13",
    "U-14",
    "U-15",
    "Sequence",
    "Set",
];
const APPLICATION: [&str; 7] = [
    "IpAddress",
    "Counter",
    "Gauge",
    "TimeTicks",
    "Opaque",
    "C-5",
    "Counter64",
];
const CONTEXT: [&str; 9] = [
    "GetRequest",
    "GetNextRequest",
    "GetResponse",
    "SetRequest",
    "Trap",
    "GetBulk",
    "Inform",
    "V2Trap",
    "Report",
];
const EXCEPTIONS: [&str; 3] = ["noSuchObject", "noSuchInstance", "endOfMibView"];
const ERROR_STATUS: [&str; 19] = [
    "noError",
    "tooBig",
    "noSuchName",
    "badValue",
    "readOnly",
    "genErr",
    "noAccess",
    "wrongType",
    "wrongLength",
    "wrongEncoding",
    "wrongValue",
    "noCreation",
    "inconsistentValue",
    "resourceUnavailable",
    "commitFailed",
    "undoFailed",
    "authorizationError",
    "notWritable",
    "inconsistentName",
];
const GENERIC_TRAP: [&str; 7] = [
    "coldStart",
    "warmStart",
    "linkDown",
    "linkUp",
    "authenticationFailure",
    "egpNeighborLoss",
    "enterpriseSpecific",
];

/// The v3 msgFlags letters: authentication, privacy, reportable.
const MSG_FLAGS: &[(u32, &str)] = &[(1, "a"), (2, "p"), (4, "r")];

const GETREQ: u8 = 0;
const GETNEXTREQ: u8 = 1;
const SETREQ: u8 = 3;
const TRAP: u8 = 4;
const GETBULKREQ: u8 = 5;
const INFORMREQ: u8 = 6;
const V2TRAP: u8 = 7;
const REPORT: u8 = 8;

fn class_ids(class: u8) -> &'static [&'static str] {
    match class {
        0 => &UNIVERSAL,
        1 => &APPLICATION,
        2 => &CONTEXT,
        _ => &["P-0"],
    }
}

fn byte(b: &[u8], i: usize) -> Result<u8, Trunc> {
    b.get(i).copied().ok_or(Trunc)
}

/// asn1_parse: one element at `p` with `len` bytes left in its container.
fn parse(c: &mut Ctx, b: &[u8], mut p: usize, mut len: u32) -> Step<(Elem, u32)> {
    if len < 1 {
        c.s("[nothing to parse]");
        return Ok(None);
    }
    let tag = byte(b, p)?;
    let mut id = tag & 0x1f;
    let form = (tag & 0x20) >> 5;
    let class = (tag & 0xc0) >> 6;
    p += 1;
    len = len.saturating_sub(1);
    let mut hdr: u32 = 1;
    if id == 0x1f {
        id = 0;
        // Seven bits an octet; the octet with its top bit clear is the last.
        loop {
            let octet = byte(b, p)?;
            if len < 1 {
                c.s("[Xtagfield?]");
                return Ok(None);
            }
            id = (id << 7) | (octet & 0x7f);
            len = len.saturating_sub(1);
            hdr += 1;
            p += 1;
            if octet & 0x80 == 0 {
                break;
            }
        }
    }
    if len < 1 {
        c.s("[no asnlen]");
        return Ok(None);
    }
    let mut asnlen = u32::from(byte(b, p)?);
    p += 1;
    len = len.saturating_sub(1);
    hdr += 1;
    if asnlen & 0x80 != 0 {
        let noct = asnlen % 0x80;
        asnlen = 0;
        if len < noct {
            c.s_dec("[asnlen? ", len);
            c.s_dec("<", noct);
            c.s("]");
            return Ok(None);
        }
        if b.len() < p + noct as usize {
            c.trunc();
            return Ok(None);
        }
        for _ in 0..noct {
            asnlen = (asnlen << 8) | u32::from(b[p]);
            p += 1;
            len = len.saturating_sub(1);
            hdr += 1;
        }
    }
    if len < asnlen {
        c.s("[len");
        dec_signed(c, len as i32);
        c.s_dec("<asnlen", asnlen);
        c.s("]");
        return Ok(None);
    }
    let ids = class_ids(class);
    if usize::from(id) >= ids.len() {
        c.s("[id?");
        c.s(if form == 0 { "P" } else { "C" });
        // tcpdump's class table names every class "x" (its defineCLASS
        // macro stringizes the parameter name in ANSI C).
        c.s_dec("/x/", id);
        c.s("]");
        return Ok(None);
    }
    if b.len() < p + asnlen as usize {
        c.trunc();
        return Ok(None);
    }
    let content = &b[p..p + asnlen as usize];
    let mut e = Elem {
        kind: Kind::Any,
        id,
        at: p,
        len: asnlen,
        int: 0,
        uns: 0,
    };
    match (form, class) {
        (0, 0) => match id {
            4 => e.kind = Kind::Str,
            2 => {
                if asnlen == 0 {
                    c.s("[asnlen=0]");
                    return Ok(None);
                }
                let mut v: u32 = if content[0] & 0x80 != 0 { u32::MAX } else { 0 };
                for &x in content {
                    v = (v << 8) | u32::from(x);
                }
                e.kind = Kind::Int;
                e.int = v as i32;
            }
            6 => e.kind = Kind::Oid,
            5 => e.kind = Kind::Null,
            _ => {
                e.kind = Kind::Octet;
                c.s("[P/U/");
                c.s(ids[usize::from(id)]);
                c.s("]");
            }
        },
        (0, 1) => match id {
            0 => e.kind = Kind::InetAddr,
            1..=3 => {
                let mut v: u32 = 0;
                for &x in content {
                    v = (v << 8).wrapping_add(u32::from(x));
                }
                e.kind = Kind::Uns;
                e.uns = u64::from(v);
            }
            6 => {
                let mut v: u64 = 0;
                for &x in content {
                    v = (v << 8).wrapping_add(u64::from(x));
                }
                e.kind = Kind::Uns64;
                e.uns = v;
            }
            _ => {
                e.kind = Kind::Octet;
                c.s("[P/A/");
                c.s(ids[usize::from(id)]);
                c.s("]");
            }
        },
        (0, 2) => {
            if id <= 2 {
                e.kind = Kind::Exception;
            }
        }
        (0, _) => {
            c.s("[P/x/");
            c.s(ids[usize::from(id)]);
            c.s("]");
            e.kind = Kind::Octet;
        }
        (_, 0) => {
            if id == 16 {
                e.kind = Kind::Seq;
            } else {
                e.kind = Kind::Octet;
                c.s("C/U/");
                c.s(ids[usize::from(id)]);
            }
        }
        (_, 2) => e.kind = Kind::Pdu,
        _ => {
            e.kind = Kind::Octet;
            c.s("C/x/");
            c.s(ids[usize::from(id)]);
        }
    }
    Ok(Some((e, asnlen + hdr)))
}

fn dec_signed(c: &mut Ctx, v: i32) {
    if v < 0 {
        c.s("-");
    }
    c.dec(v.unsigned_abs());
}

/// A signed number within two pieces of text: "[errorIndex(3)!=0]".
fn int_between(c: &mut Ctx, before: &str, v: i32, after: &str) {
    c.s(before);
    dec_signed(c, v);
    c.s(after);
}

fn hex2(c: &mut Ctx, x: u8) {
    c.out.hex0(u64::from(x), 2);
}

/// asn1_print_octets: "_xx" per byte.
fn print_octets(c: &mut Ctx, b: &[u8], e: &Elem) {
    for &x in &b[e.at..e.at + e.len as usize] {
        c.s("_");
        hex2(c, x);
    }
}

/// asn1_print_string: quoted when all printable, else "xx_xx...".
fn print_string(c: &mut Ctx, b: &[u8], e: &Elem) {
    let s = &b[e.at..e.at + e.len as usize];
    if s.iter().all(|&x| (0x20..0x7f).contains(&x)) {
        c.s("\"");
        c.out.extend_from_slice(s);
        c.s("\"");
    } else {
        for (i, &x) in s.iter().enumerate() {
            if i > 0 {
                c.s("_");
            }
            hex2(c, x);
        }
    }
}

/// An object identifier as asn1_print's BE_OID case prints it: without -n,
/// an abbreviated prefix ("", "E:", "X:", "S:") or the names from the top,
/// each sub-identifier by name while the walk stays on the named tree.
fn print_oid(c: &mut Ctx, content: &[u8]) {
    // Where the walk stands among the names: None once off the tree, and
    // always with -n.
    let mut names = None;
    // tcpdump's `first`: -1 before the first sub-identifier (which holds
    // two), 1 while the next name follows an abbreviation without a dot.
    let mut first: i8 = -1;
    let mut rest = content;
    if c.o.numeric == 0 && content.len() > 2 {
        for &(prefix, shown, node) in mib::ABBREVIATIONS {
            if let Some(tail) = content.strip_prefix(prefix) {
                c.s(shown);
                names = Some(node);
                first = 1;
                rest = tail;
                break;
            }
        }
    }
    let mut o: u32 = 0;
    for &x in rest {
        o = (o << 7).wrapping_add(u32::from(x & 0x7f));
        if x & 0x80 != 0 {
            continue;
        }
        if first < 0 {
            if c.o.numeric == 0 {
                names = Some(mib::ROOT);
            }
            first = 0;
            let s = (o / 40).min(2);
            oid_part(c, &mut names, s, false);
            o -= s * 40;
        }
        oid_part(c, &mut names, o, first > 0);
        first = (first - 1).max(0);
        o = 0;
    }
}

/// One sub-identifier: its name if the walk has one for it, else its
/// number (and the walk leaves the tree).
fn oid_part(c: &mut Ctx, names: &mut Option<u16>, o: u32, no_dot: bool) {
    if !no_dot {
        c.s(".");
    }
    match names.and_then(|at| mib::child(at, o)) {
        Some((name, place)) => {
            c.s(name);
            *names = Some(place);
        }
        None => {
            c.dec(o);
            *names = None;
        }
    }
}

/// asn1_print.
fn print(c: &mut Ctx, b: &[u8], e: &Elem) {
    let content = &b[e.at..e.at + e.len as usize];
    match e.kind {
        Kind::Octet => print_octets(c, b, e),
        Kind::Null => {}
        Kind::Oid => print_oid(c, content),
        Kind::Int => dec_signed(c, e.int),
        Kind::Uns | Kind::Uns64 => c.dec(e.uns),
        Kind::Str => print_string(c, b, e),
        Kind::Seq => {
            c.s_dec("Seq(", e.len);
            c.s(")");
        }
        Kind::InetAddr => {
            if e.len != 4 {
                c.s("[inetaddr len!=4]");
            }
            for (i, &x) in content.iter().enumerate() {
                if i > 0 {
                    c.s(".");
                }
                c.dec(x);
            }
        }
        Kind::Exception => {
            c.s("[");
            c.s(EXCEPTIONS[usize::from(e.id)]);
            c.s("]");
        }
        Kind::Pdu => {
            c.s(CONTEXT[usize::from(e.id)]);
            c.s_dec("(", e.len);
            c.s(")");
        }
        Kind::Any => c.s("[BE_ANY!?]"),
    }
}

/// Parses the next element, which must be of `kind`; otherwise prints
/// tcpdump's "[what!=KIND]" and the element, and stops.
fn expect(
    c: &mut Ctx,
    b: &[u8],
    p: usize,
    len: u32,
    kind: Kind,
    complaint: &str,
) -> Step<(Elem, u32)> {
    let Some((e, n)) = parse(c, b, p, len)? else {
        return Ok(None);
    };
    if e.kind != kind {
        c.s(complaint);
        print(c, b, &e);
        return Ok(None);
    }
    Ok(Some((e, n)))
}

/// The elements of a sequence read in turn: where the next one starts and
/// how many bytes of the sequence are left from there.
#[derive(Clone, Copy)]
struct Cursor {
    p: usize,
    len: u32,
}

impl Cursor {
    /// The contents of `e`.
    fn inside(e: &Elem) -> Cursor {
        Cursor {
            p: e.at,
            len: e.len,
        }
    }

    /// `expect` at the cursor, which then moves past the element; the
    /// element and its encoded size.
    fn next(&mut self, c: &mut Ctx, b: &[u8], kind: Kind, complaint: &str) -> Step<(Elem, u32)> {
        let Some((e, count)) = expect(c, b, self.p, self.len, kind, complaint)? else {
            return Ok(None);
        };
        self.p += count as usize;
        self.len = self.len.saturating_sub(count);
        Ok(Some((e, count)))
    }
}

/// "[N extra after WHAT]" when an element of `count` bytes leaves `len`
/// bytes of its container unread.
fn extra_after(c: &mut Ctx, count: u32, len: u32, what: &str) {
    if count < len {
        c.s_dec("[", len.saturating_sub(count));
        c.s(" extra after ");
        c.s(what);
        c.s("]");
    }
}

macro_rules! step {
    ($e:expr) => {
        match $e? {
            Some(v) => v,
            None => return Ok(None),
        }
    };
}

/// snmp_print.
pub(crate) fn snmp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "snmp";
    c.s(" ");
    let length = length.min(u32::MAX as usize) as u32;
    let _ = message(c, b, length)?;
    Ok(())
}

fn message(c: &mut Ctx, b: &[u8], length: u32) -> Step<()> {
    let (e, count) = step!(expect(c, b, 0, length, Kind::Seq, "[!init SEQ]"));
    extra_after(c, count, length, "iSEQ");
    let mut at = Cursor::inside(&e);
    let (v, _) = step!(at.next(c, b, Kind::Int, "[version!=INT]"));
    let version = v.int;
    match version {
        0 | 1 | 3 => {
            if c.o.verbose > 0 {
                c.s("{ ");
                c.s(["SNMPv1", "SNMPv2c", "SNMPv2u", "SNMPv3"][version as usize]);
                c.s(" ");
            }
        }
        _ => {
            int_between(c, "SNMP [version = ", version, "]");
            return Ok(None);
        }
    }
    if version == 3 {
        v3_message(c, b, at)?;
    } else {
        community(c, b, at, version)?;
    }
    if c.o.verbose > 0 {
        c.s("} ");
    }
    Ok(Some(()))
}

fn community(c: &mut Ctx, b: &[u8], mut at: Cursor, version: i32) -> Step<()> {
    let (e, _) = step!(at.next(c, b, Kind::Str, "[comm!=STR]"));
    if &b[e.at..e.at + e.len as usize] != b"public" {
        c.s("C=");
        print_string(c, b, &e);
        c.s(" ");
    }
    pdu(c, b, at, version)
}

fn pdu(c: &mut Ctx, b: &[u8], at: Cursor, version: i32) -> Step<()> {
    let Some((e, count)) = parse(c, b, at.p, at.len)? else {
        return Ok(None);
    };
    if e.kind != Kind::Pdu {
        c.s("[no PDU]");
        return Ok(None);
    }
    extra_after(c, count, at.len, "PDU");
    if c.o.verbose > 0 {
        c.s("{ ");
    }
    print(c, b, &e);
    c.s(" ");
    if version == 0 && matches!(e.id, GETBULKREQ | INFORMREQ | V2TRAP | REPORT) {
        c.s("[v2 PDU in v1 message]");
        return Ok(None);
    }
    if version == 1 && e.id == TRAP {
        c.s("[v1 PDU in v2 message]");
        return Ok(None);
    }
    match e.id {
        TRAP => {
            trap(c, b, Cursor::inside(&e))?;
        }
        GETREQ..=REPORT => {
            request(c, b, e.id, Cursor::inside(&e))?;
        }
        _ => {}
    }
    if c.o.verbose > 0 {
        c.s(" } ");
    }
    Ok(Some(()))
}

fn is_request_like(id: u8) -> bool {
    matches!(
        id,
        GETREQ | GETNEXTREQ | SETREQ | INFORMREQ | V2TRAP | REPORT
    )
}

/// snmppdu_print.
fn request(c: &mut Ctx, b: &[u8], id: u8, mut at: Cursor) -> Step<()> {
    let (e, _) = step!(at.next(c, b, Kind::Int, "[reqId!=INT]"));
    if c.o.verbose > 0 {
        int_between(c, "R=", e.int, " ");
    }
    let (e, _) = step!(at.next(c, b, Kind::Int, "[errorStatus!=INT]"));
    let status_name = |c: &mut Ctx, v: i32| match ERROR_STATUS.get(v as u32 as usize) {
        Some(n) if v >= 0 => c.s(n),
        _ => {
            c.s_dec("err=", v as u32);
        }
    };
    let mut error_status = 0;
    if is_request_like(id) && e.int != 0 {
        c.s("[errorStatus(");
        status_name(c, e.int);
        c.s(")!=0]");
    } else if id == GETBULKREQ {
        c.s(" N=");
        dec_signed(c, e.int);
    } else if e.int != 0 {
        c.s(" ");
        status_name(c, e.int);
        error_status = e.int;
    }
    let (e, _) = step!(at.next(c, b, Kind::Int, "[errorIndex!=INT]"));
    if is_request_like(id) && e.int != 0 {
        int_between(c, "[errorIndex(", e.int, ")!=0]");
    } else if id == GETBULKREQ {
        c.s(" M=");
        dec_signed(c, e.int);
    } else if e.int != 0 {
        if error_status == 0 {
            int_between(c, "[errorIndex(", e.int, ") w/o errorStatus]");
        } else {
            c.s("@");
            dec_signed(c, e.int);
        }
    } else if error_status != 0 {
        c.s("[errorIndex==0]");
    }
    varbinds(c, b, id, at)
}

/// trappdu_print.
fn trap(c: &mut Ctx, b: &[u8], mut at: Cursor) -> Step<()> {
    c.s(" ");
    let (e, _) = step!(at.next(c, b, Kind::Oid, "[enterprise!=OID]"));
    print(c, b, &e);
    c.s(" ");
    let (e, _) = step!(at.next(c, b, Kind::InetAddr, "[agent-addr!=INETADDR]"));
    print(c, b, &e);
    let (e, _) = step!(at.next(c, b, Kind::Int, "[generic-trap!=INT]"));
    let generic = e.int;
    c.s(" ");
    match GENERIC_TRAP.get(generic as u32 as usize) {
        Some(n) if generic >= 0 => c.s(n),
        _ => {
            c.s("gt=");
            dec_signed(c, generic);
        }
    }
    let (e, _) = step!(at.next(c, b, Kind::Int, "[specific-trap!=INT]"));
    if generic != 6 {
        if e.int != 0 {
            int_between(c, "[specific-trap(", e.int, ")!=0]");
        }
    } else {
        c.s(" s=");
        dec_signed(c, e.int);
    }
    c.s(" ");
    let (e, _) = step!(at.next(c, b, Kind::Uns, "[time-stamp!=TIMETICKS]"));
    print(c, b, &e);
    varbinds(c, b, TRAP, at)
}

/// varbind_print.
fn varbinds(c: &mut Ctx, b: &[u8], pdu: u8, at: Cursor) -> Step<()> {
    let (e, count) = step!(expect(c, b, at.p, at.len, Kind::Seq, "[!SEQ of varbind]"));
    extra_after(c, count, at.len, "SEQ of varbind");
    let mut list = Cursor::inside(&e);
    let reads = matches!(pdu, GETREQ | GETNEXTREQ | GETBULKREQ);
    while list.len > 0 {
        c.s(" ");
        let (vb, _) = step!(list.next(c, b, Kind::Seq, "[!varbind]"));
        let mut bind = Cursor::inside(&vb);
        let (name, _) = step!(bind.next(c, b, Kind::Oid, "[objName!=OID]"));
        print(c, b, &name);
        if !reads {
            c.s("=");
        }
        let Some((value, _)) = parse(c, b, bind.p, bind.len)? else {
            return Ok(None);
        };
        if reads {
            if value.kind != Kind::Null {
                c.s("[objVal!=NULL]");
                print(c, b, &value);
            }
        } else if value.kind != Kind::Null {
            print(c, b, &value);
        }
    }
    Ok(Some(()))
}

/// v3msg_print.
fn v3_message(c: &mut Ctx, b: &[u8], whole: Cursor) -> Step<()> {
    let (e, _) = step!(expect(c, b, whole.p, whole.len, Kind::Seq, "[!message]"));
    let mut at = Cursor::inside(&e);
    if c.o.verbose > 0 {
        c.s("{ ");
    }
    step!(at.next(c, b, Kind::Int, "[msgID!=INT]"));
    step!(at.next(c, b, Kind::Int, "[msgMaxSize!=INT]"));
    let (f, _) = step!(at.next(c, b, Kind::Str, "[msgFlags!=STR]"));
    if f.len != 1 {
        c.s_dec("[msgFlags size ", f.len);
        c.s("]");
        return Ok(None);
    }
    let flags = b[f.at];
    if !matches!(flags, 0x00 | 0x01 | 0x03 | 0x04 | 0x05 | 0x07) {
        c.s("[msgFlags=0x");
        c.out.extend_from_slice(&[
            b"0123456789ABCDEF"[usize::from(flags >> 4)],
            b"0123456789ABCDEF"[usize::from(flags & 0xf)],
        ]);
        c.s("]");
        return Ok(None);
    }
    c.s("F=");
    // No letters, not "none", for a message with no flag set.
    if flags != 0 {
        c.flag_letters(flags.into(), MSG_FLAGS);
    }
    c.s(" ");
    let (m, count) = step!(at.next(c, b, Kind::Int, "[msgSecurityModel!=INT]"));
    extra_after(c, count, at.len, "message SEQ");
    if c.o.verbose > 0 {
        c.s("} ");
    }
    if m.int != 3 {
        int_between(c, "[security model ", m.int, "]");
        return Ok(None);
    }
    if c.o.verbose > 0 {
        c.s("{ USM ");
    }
    // tcpdump goes on right after msgSecurityModel, inside or past the
    // header sequence, with what is left of the whole message.
    at.len = whole.len.wrapping_sub((at.p - whole.p) as u32);
    let (sp, _) = step!(at.next(c, b, Kind::Str, "[msgSecurityParameters!=STR]"));
    usm(c, b, Cursor::inside(&sp))?;
    if c.o.verbose > 0 {
        c.s("} ");
        c.s("{ ScopedPDU ");
    }
    scoped_pdu(c, b, at)?;
    if c.o.verbose > 0 {
        c.s("} ");
    }
    Ok(Some(()))
}

/// usm_print.
fn usm(c: &mut Ctx, b: &[u8], at: Cursor) -> Step<()> {
    let (e, _) = step!(expect(c, b, at.p, at.len, Kind::Seq, "[!usm]"));
    let mut at = Cursor::inside(&e);
    step!(at.next(c, b, Kind::Str, "[msgAuthoritativeEngineID!=STR]"));
    let (boots, _) = step!(at.next(c, b, Kind::Int, "[msgAuthoritativeEngineBoots!=INT]"));
    if c.o.verbose > 0 {
        int_between(c, "B=", boots.int, " ");
    }
    let (time, _) = step!(at.next(c, b, Kind::Int, "[msgAuthoritativeEngineTime!=INT]"));
    if c.o.verbose > 0 {
        int_between(c, "T=", time.int, " ");
    }
    let (user, _) = step!(at.next(c, b, Kind::Str, "[msgUserName!=STR]"));
    c.s("U=");
    print_string(c, b, &user);
    c.s(" ");
    step!(at.next(c, b, Kind::Str, "[msgAuthenticationParameters!=STR]"));
    let (_, count) = step!(at.next(c, b, Kind::Str, "[msgPrivacyParameters!=STR]"));
    extra_after(c, count, at.len, "usm SEQ");
    Ok(Some(()))
}

/// scopedpdu_print.
fn scoped_pdu(c: &mut Ctx, b: &[u8], at: Cursor) -> Step<()> {
    let (e, _) = step!(expect(c, b, at.p, at.len, Kind::Seq, "[!scoped PDU]"));
    let mut at = Cursor::inside(&e);
    let (engine, _) = step!(at.next(c, b, Kind::Str, "[contextEngineID!=STR]"));
    c.s("E=");
    print_octets(c, b, &engine);
    c.s(" ");
    let (name, _) = step!(at.next(c, b, Kind::Str, "[contextName!=STR]"));
    c.s("C=");
    print_string(c, b, &name);
    c.s(" ");
    pdu(c, b, at, 3)
}
