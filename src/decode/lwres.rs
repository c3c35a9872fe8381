//! BIND 9's lightweight resolver protocol (print-lwres.c, UDP port 921):
//! the packet header, then per opcode the query or response body: names,
//! addresses, aliases and (rdata queries) type, class, TTL and raw rdata.
//! Ends with tcpdump's notes when the header's length is not the
//! datagram's ("[len: N != M]") or the body ended before it ("[extra]").

use super::ctx::{Ctx, Res, Trunc, be16, be32, bytes, codes, relts, tcheck, u8at};
use super::dnsname::print_n;
use super::out::Emit;
use super::ports::dns_type_name;

/// struct lwres_lwpacket: length, version, flags, serial, opcode, result,
/// recvlength, authtype, authlength.
const HDR_LEN: usize = 28;
const FLAG_RESPONSE: u16 = 1;

codes! {
    /// opcode_values.
    OPCODES: u32 {
        NOOP = 0 => "noop",
        GETADDRSBYNAME = 0x0001_0001 => "getaddrsbyname",
        GETNAMEBYADDR = 0x0001_0002 => "getnamebyaddr",
        GETRDATABYNAME = 0x0001_0003 => "getrdatabyname",
    }
}

/// What a body walk ended with: where it stopped, or tcpdump's verdicts.
enum Body {
    /// The body was printed up to this offset.
    At(usize),
    /// An opcode tcpdump has no printer for (no "[extra]" note).
    Unsupported,
    /// An address too short for its family: " (invalid)" and nothing more.
    Invalid,
}

/// lwres_print.
pub(crate) fn lwres(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "lwres";
    tcheck(b, 0, HDR_LEN)?;
    c.s(" lwres");
    let version = be16(b, 4)?;
    if c.o.verbose > 0 || version != 0 {
        c.s_dec(" v", version);
    }
    let body = if version != 0 {
        // tcpdump skips the whole message as its length field says.
        Body::At(be32(b, 0)? as usize)
    } else {
        header(c, b)?;
        if be16(b, 6)? & FLAG_RESPONSE == 0 {
            query(c, b)?
        } else {
            response(c, b)?
        }
    };
    let end = match body {
        Body::Invalid => {
            c.invalid();
            return Ok(());
        }
        Body::At(end) => Some(end),
        Body::Unsupported => None,
    };
    let declared = be32(b, 0)?;
    if declared as usize != length {
        c.dec_fields(&[(" [len: ", declared.into()), (" != ", length as u64)]);
        c.s("]");
    }
    if end.is_some_and(|end| (end as u64) < u64::from(declared)) {
        c.s("[extra]");
    }
    Ok(())
}

/// The opcode ("?" on a query), unknown flags, and from -vv the serial,
/// result and receive length (from -vvv the authentication fields).
fn header(c: &mut Ctx, b: &[u8]) -> Res {
    let flags = be16(b, 6)?;
    let opcode = be32(b, 12)?;
    c.s(" ");
    match OPCODES.iter().find(|&&(k, _)| k == opcode) {
        Some(&(_, name)) => c.s(name),
        None => {
            c.s("#0x");
            c.out.hex(u64::from(opcode));
        }
    }
    if flags & FLAG_RESPONSE == 0 {
        c.s("?");
    }
    if flags & !FLAG_RESPONSE != 0 {
        hex_field(c, "[0x", flags.into());
        c.s("]");
    }
    if c.o.verbose > 1 {
        hex_field(c, " (serial:0x", be32(b, 8)?);
        hex_field(c, " result:0x", be32(b, 16)?);
        c.s(" recvlen:");
        c.dec(be32(b, 20)?);
        if c.o.verbose > 2 {
            hex_field(c, " authtype:0x", be16(b, 24)?.into());
            c.s(" authlen:");
            c.dec(be16(b, 26)?);
        }
        c.s(")");
    }
    Ok(())
}

fn hex_field(c: &mut Ctx, label: &str, v: u32) {
    c.s(label);
    c.out.hex(u64::from(v));
}

/// The start of a body at `p`: its fixed part of `fixed_len` bytes must
/// have been captured (tcpdump's ND_TCHECK of the struct), then from -vvv
/// its flags word (BIND 9.10 leaves it unused).
fn body_start(c: &mut Ctx, b: &[u8], p: usize, fixed_len: usize) -> Res {
    tcheck(b, p, fixed_len)?;
    if c.o.verbose > 2 {
        hex_field(c, " flags:0x", be32(b, p)?);
    }
    Ok(())
}

/// A query's body after the header.
fn query(c: &mut Ctx, b: &[u8]) -> Res<Body> {
    let p = HDR_LEN;
    let s = match be32(b, 12)? {
        NOOP => p,
        GETADDRSBYNAME => {
            body_start(c, b, p, 10)?;
            let types = be32(b, p + 4)?;
            match types & 3 {
                1 => c.s(" IPv4"),
                2 => c.s(" IPv6"),
                3 => c.s(" IPv4/6"),
                _ => {}
            }
            if types & !3 != 0 {
                hex_field(c, "[0x", types);
                c.s("]");
            }
            let l = usize::from(be16(b, p + 8)?);
            name(c, b, p + 10, l)?
        }
        GETNAMEBYADDR => {
            body_start(c, b, p, 4)?;
            match addr(c, b, p + 4)? {
                Some(end) => end,
                None => return Ok(Body::Invalid),
            }
        }
        GETRDATABYNAME => {
            body_start(c, b, p, 10)?;
            type_class(c, b, p)?;
            let l = usize::from(be16(b, p + 8)?);
            name(c, b, p + 10, l)?
        }
        _ => return Ok(Body::Unsupported),
    };
    Ok(Body::At(s))
}

/// A response's body after the header.
fn response(c: &mut Ctx, b: &[u8]) -> Res<Body> {
    let p = HDR_LEN;
    let s = match be32(b, 12)? {
        NOOP => p,
        GETADDRSBYNAME => {
            body_start(c, b, p, 10)?;
            let (naliases, naddrs) = (be16(b, p + 4)?, be16(b, p + 6)?);
            pair(c, naliases, naddrs);
            let l = usize::from(be16(b, p + 8)?);
            let mut s = name(c, b, p + 10, l)?;
            s = repeat(naliases, s, |s| name_len(c, b, s))?;
            for _ in 0..naddrs {
                match addr(c, b, s)? {
                    Some(end) => s = end,
                    None => return Ok(Body::Invalid),
                }
            }
            s
        }
        GETNAMEBYADDR => {
            body_start(c, b, p, 8)?;
            let naliases = be16(b, p + 4)?;
            c.s_dec(" ", naliases);
            let l = usize::from(be16(b, p + 6)?);
            let s = name(c, b, p + 8, l)?;
            repeat(naliases, s, |s| name_len(c, b, s))?
        }
        GETRDATABYNAME => {
            body_start(c, b, p, 16)?;
            type_class(c, b, p)?;
            c.s(" TTL ");
            relts(c, be32(b, p + 8)?);
            let (nrdatas, nsigs) = (be16(b, p + 12)?, be16(b, p + 14)?);
            pair(c, nrdatas, nsigs);
            let s = name_len(c, b, p + 16)?;
            // Neither the rdata nor the signatures are decoded: hex.
            let s = repeat(nrdatas, s, |s| bin_len(c, b, s))?;
            repeat(nsigs, s, |s| bin_len(c, b, s))?
        }
        _ => return Ok(Body::Unsupported),
    };
    Ok(Body::At(s))
}

/// " A/B": two counts of a response (aliases and addresses, rdata and
/// signatures).
fn pair(c: &mut Ctx, a: u16, b: u16) {
    c.s_dec(" ", a);
    c.s_dec("/", b);
}

/// `n` items from `s` on, each printed by `item`, which returns where the
/// next one starts (always further on: every item reads at least its
/// length field, so a large `n` ends with the capture).
fn repeat(n: u16, s: usize, mut item: impl FnMut(usize) -> Res<usize>) -> Res<usize> {
    let mut s = s;
    for _ in 0..n {
        s = item(s)?;
    }
    Ok(s)
}

/// The rdata type (ns_type2str) and, when not IN, the class of a
/// getrdatabyname body at `p`.
fn type_class(c: &mut Ctx, b: &[u8], p: usize) -> Res {
    let rdtype = be16(b, p + 6)?;
    c.s(" ");
    match dns_type_name(rdtype) {
        Some(n) => c.s(n),
        None => {
            c.s_dec("Type", rdtype);
        }
    }
    let class = be16(b, p + 4)?;
    if class != 1 {
        const CLASSES: &[(u32, &str)] = &[(1, "IN"), (3, "CHAOS"), (4, "HS"), (255, "ANY")];
        c.s(" ");
        c.tok_or(CLASSES, class.into(), "Class", "");
    }
    Ok(())
}

/// lwres_printname: " NAME" of `l` characters at `p`, and a note when the
/// byte after it is not the NUL it should be; returns the offset after it.
fn name(c: &mut Ctx, b: &[u8], p: usize, l: usize) -> Res<usize> {
    c.s(" ");
    if !print_n(c, b, p, l) {
        return Err(Trunc);
    }
    if u8at(b, p + l)? != 0 {
        c.s(" (not NUL-terminated!)");
    }
    Ok(p + l + 1)
}

/// lwres_printnamelen: a name after its 16-bit length.
fn name_len(c: &mut Ctx, b: &[u8], p: usize) -> Res<usize> {
    let l = usize::from(be16(b, p)?);
    name(c, b, p + 2, l)
}

/// lwres_printbinlen: bytes after their 16-bit length, in hex.
fn bin_len(c: &mut Ctx, b: &[u8], p: usize) -> Res<usize> {
    let l = usize::from(be16(b, p)?);
    hex_run(c, b, p + 2, l)?;
    Ok(p + 2 + l)
}

/// `l` bytes from `p` as "%02x" each, up to the end of the capture.
fn hex_run(c: &mut Ctx, b: &[u8], p: usize, l: usize) -> Res {
    for i in 0..l {
        c.out.hex0(u64::from(u8at(b, p + i)?), 2);
    }
    Ok(())
}

/// lwres_printaddr: family, length and address; None when the length is
/// too short for an IPv4 or IPv6 address. tcpdump moves on by the size of
/// the family's address, not by the length field, for those two.
fn addr(c: &mut Ctx, b: &[u8], p0: usize) -> Res<Option<usize>> {
    let l = usize::from(be16(b, p0 + 4)?);
    let p = p0 + 6;
    tcheck(b, p, l)?;
    let family = be32(b, p0)?;
    let end = match family {
        1 if l < 4 => return Ok(None),
        1 => {
            c.s(" ");
            c.ip4(bytes(b, p, 4)?);
            p + 4
        }
        2 if l < 16 => return Ok(None),
        2 => {
            c.s(" ");
            c.ip6(bytes(b, p, 16)?);
            p + 16
        }
        _ => {
            c.s_dec(" ", family);
            c.s("/");
            hex_run(c, b, p, l)?;
            p + l
        }
    };
    Ok(Some(end))
}
