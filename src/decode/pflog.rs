//! OpenBSD pf's log header (DLT_PFLOG, print-pflog.c, as tcpdump on
//! Linux builds it: the header is 64 bytes, the action, reason and
//! direction tables are the common ones), then the logged IPv4 or IPv6
//! packet.

use super::{Ctx, Res, be32, dispatch, rest, u8at};
use crate::wire::null;

/// sizeof(struct pfloghdr) without the OpenBSD and FreeBSD extensions.
const HEADER_SIZE: usize = 64;
/// The least header length the length field may claim.
const MIN_HEADER_LEN: u8 = 45;
const IFNAME_AT: usize = 4;
const RULESET_AT: usize = 20;
/// Both names are 16 bytes, NUL-padded.
const NAME_SIZE: usize = 16;
const RULENR_AT: usize = 36;
const SUBRULENR_AT: usize = 40;
const DIR_AT: usize = 60;

/// pf_reasons; tcpdump's table lists PFRES_NORM (4) twice, so 3 is
/// unknown and 4 reads "3(short)".
const REASONS: &[(u32, &str)] = &[
    (0, "0(match)"),
    (1, "1(bad-offset)"),
    (2, "2(fragment)"),
    (4, "3(short)"),
    (5, "5(memory)"),
    (6, "6(bad-timestamp)"),
    (7, "7(congestion)"),
    (8, "8(ip-option)"),
    (9, "9(proto-cksum)"),
    (10, "10(state-mismatch)"),
    (11, "11(state-insert)"),
    (12, "12(state-limit)"),
    (13, "13(src-limit)"),
    (14, "14(synproxy)"),
];

const ACTIONS: &[(u32, &str)] = &[
    (0, "pass"),
    (1, "block"),
    (2, "scrub"),
    (4, "nat"),
    (5, "nonat"),
    (6, "binat"),
    (7, "nobinat"),
    (8, "rdr"),
    (9, "nordr"),
    (10, "synproxy-drop"),
];

const DIRECTIONS: &[(u32, &str)] = &[(0, "in/out"), (1, "in"), (2, "out")];

/// A byte's name in `table`, or "unkn(N)".
fn named(c: &mut Ctx, table: &[(u32, &str)], v: u8) {
    c.tok_or(table, v.into(), "unkn(", ")");
}

/// pflog_print: "rule N[.RULESET.M]/REASON: ACTION DIR on IFNAME: ".
fn header(c: &mut Ctx, b: &[u8]) -> Res {
    c.proto = "pflog";
    let rulenr = be32(b, RULENR_AT)?;
    let subrulenr = be32(b, SUBRULENR_AT)?;
    c.s_dec("rule ", rulenr);
    if subrulenr == u32::MAX {
        c.s("/");
    } else {
        c.s(".");
        c.printjnp(b, RULESET_AT, NAME_SIZE)?;
        c.s_dec(".", subrulenr);
        c.s("/");
    }
    let r = u8at(b, 3)?;
    named(c, REASONS, r);
    c.s(": ");
    let a = u8at(b, 2)?;
    named(c, ACTIONS, a);
    c.s(" ");
    let d = u8at(b, DIR_AT)?;
    named(c, DIRECTIONS, d);
    c.s(" on ");
    c.printjnp(b, IFNAME_AT, NAME_SIZE)?;
    c.s(": ");
    Ok(())
}

/// pflog_if_print.
pub(crate) fn frame(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "pflog";
    let Some(&claimed) = b.first() else {
        c.trunc();
        return Ok(());
    };
    if claimed < MIN_HEADER_LEN {
        c.s("[pflog: invalid header length!]");
        c.ll_len += usize::from(claimed);
        return Ok(());
    }
    let hdr_len = usize::from(claimed).next_multiple_of(4);
    c.ll_len += hdr_len;
    if b.len() < hdr_len || b.len() < HEADER_SIZE {
        c.trunc();
        return Ok(());
    }
    if c.o.link_header {
        header(c, b)?;
    }
    let payload = rest(b, hdr_len);
    let length = (wire_len as usize).saturating_sub(hdr_len);
    match u32::from(u8at(b, 1)?) {
        null::AF_INET => dispatch::ip(c, payload, length),
        null::AF_INET6_BSD | null::AF_INET6_FREEBSD | null::AF_INET6_DARWIN => {
            dispatch::ip6(c, payload, length)
        }
        _ => {
            if !c.o.link_header {
                header(c, b)?;
            }
            c.default_print(payload);
            Ok(())
        }
    }
}
