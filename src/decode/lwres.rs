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
        c.s(" v");
        c.dec(version);
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
            c.s(" ");
            c.dec(naliases);
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
    c.s(" ");
    c.dec(a);
    c.s("/");
    c.dec(b);
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
            c.s("Type");
            c.dec(rdtype);
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
            c.s(" ");
            c.dec(family);
            c.s("/");
            hex_run(c, b, p, l)?;
            p + l
        }
    };
    Ok(Some(end))
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden_levels, numeric};
    use crate::link::LinkType;

    /// Queries and responses of each opcode (noop, getaddrsbyname with
    /// aliases and IPv4, IPv6 and other addresses, getnamebyaddr with a
    /// short address, getrdatabyname with a type name, a number and a
    /// class), an unknown opcode, unknown flags, another version, length
    /// mismatches both ways, over IPv6; then cut copies. tcpdump 4.99.3
    /// -t -n, -vv (the header) and -vvv (authentication and flags).
    #[test]
    fn messages() {
        golden_levels(
            LinkType::Ethernet,
            &[
                (
                    "020000000002020000000001080045000038000100004011ee8cc6120001c61200029c4003990024b1540000001c000000000000123400000000000000000000100000000000",
                    0,
                ),
                (
                    "020000000002020000000001080045000038000100004011ee8cc6120001c61200029c4003990024b1530000001c000000010000123400000000000000000000100000000000",
                    0,
                ),
                (
                    "020000000002020000000001080045000052000100004011ee72c6120001c61200029c400399003e555c000000360000000000001234000100010000000000001000000000000000000000000003000f7777772e6578616d706c652e636f6d00",
                    0,
                ),
                (
                    "020000000002020000000001080045000047000100004011ee7dc6120001c61200029c4003990033b42b0000002b00000000000012340001000100000000000010000000000000000001000000110004686f737421",
                    0,
                ),
                (
                    "02000000000202000000000108004500008c000100004011ee38c6120001c61200029c4003990078333e000000700000000100001234000100010000000000001000000000000000000000020003000f7777772e6578616d706c652e636f6d000006616c69617331000006616c6961733200000000010004c6120007000000020010000102030405060708090a0b0c0d0e0f000000090002dead",
                    0,
                ),
                (
                    "020000000002020000000001080045000046000100004011ee7ec6120001c61200029c4003990032eb070000002a00000000000012340001000200000000000010000000000000000000000000010004c6120008",
                    0,
                ),
                (
                    "020000000002020000000001080045000044000100004011ee80c6120001c61200029c4003990030b02700000028000000000000123400010002000000000000100000000000000000000000000200020102",
                    0,
                ),
                (
                    "020000000002020000000001080045000051000100004011ee73c6120001c61200029c400399003d531000000035000000010000123400010002000000000000100000000000000000000001000c686f73742e6578616d706c650000016800",
                    0,
                ),
                (
                    "02000000000202000000000108004500004e000100004011ee76c6120001c61200029c400399003a3df300000032000000000000123400010003000000000000100000000000000000000001001c000b6578616d706c652e6f726700",
                    0,
                ),
                (
                    "02000000000202000000000108004500004e000100004011ee76c6120001c61200029c400399003a3ce100000032000000000000123400010003000000000000100000000000000000000003012c000b6578616d706c652e6f726700",
                    0,
                ),
                (
                    "020000000002020000000001080045000062000100004011ee62c6120001c61200029c400399004ef2f900000046000000010000123400010003000000000000100000000000000000000001001000016e5800020001000b7478742e6578616d706c65000003616263000201020001ff",
                    0,
                ),
                (
                    "02000000000202000000000108004500003c000100004011ee88c6120001c61200029c4003990028b1410000002000000000000012340000000700000000000010000000000000000000",
                    0,
                ),
                (
                    "020000000002020000000001080045000038000100004011ee8cc6120001c61200029c4003990024b14c0000001c000000010000123400000007000000000000100000000000",
                    0,
                ),
                (
                    "020000000002020000000001080045000038000100004011ee8cc6120001c61200029c400399002431530000001c000080010000123400000000000000000000100000000000",
                    0,
                ),
                (
                    "020000000002020000000001080045000038000100004011ee8cc6120001c61200029c4003990024b1530000001c000100000000123400000000000000000000100000000000",
                    0,
                ),
                (
                    "02000000000202000000000108004500003e000100004011ee86c6120001c61200029c400399002ab1460000001e000000000000123400000000000000000000100000000000000000000000",
                    0,
                ),
                (
                    "020000000002020000000001080045000038000100004011ee8cc6120001c61200029c4003990024b14800000028000000000000123400000000000000000000100000000000",
                    0,
                ),
                (
                    "02000000000202000000000186dd60000000003a114020010db800000000000000000000000120010db80000000000000000000000029c400399003a59cc000000320000000000001234000100010000000000001000000000000000000000000002000b7369782e6578616d706c6500",
                    0,
                ),
                (
                    "020000000002020000000001080045000038000100004011ee8cc6120001c61200029c4003990024b1540000001c000000000000123400000000000000000000100000000000",
                    60,
                ),
                (
                    "020000000002020000000001080045000052000100004011ee72c6120001c61200029c400399003e555c000000360000000000001234000100010000000000001000000000000000000000000003000f7777772e6578616d706c652e636f6d00",
                    75,
                ),
                (
                    "02000000000202000000000108004500008c000100004011ee38c6120001c61200029c4003990078333e000000700000000100001234000100010000000000001000000000000000000000020003000f7777772e6578616d706c652e636f6d000006616c69617331000006616c6961733200000000010004c6120007000000020010000102030405060708090a0b0c0d0e0f000000090002dead",
                    90,
                ),
                (
                    "02000000000202000000000108004500008c000100004011ee38c6120001c61200029c4003990078333e000000700000000100001234000100010000000000001000000000000000000000020003000f7777772e6578616d706c652e636f6d000006616c69617331000006616c6961733200000000010004c6120007000000020010000102030405060708090a0b0c0d0e0f000000090002dead",
                    110,
                ),
                (
                    "02000000000202000000000108004500008c000100004011ee38c6120001c61200029c4003990078333e000000700000000100001234000100010000000000001000000000000000000000020003000f7777772e6578616d706c652e636f6d000006616c69617331000006616c6961733200000000010004c6120007000000020010000102030405060708090a0b0c0d0e0f000000090002dead",
                    140,
                ),
                (
                    "020000000002020000000001080045000051000100004011ee73c6120001c61200029c400399003d531000000035000000010000123400010002000000000000100000000000000000000001000c686f73742e6578616d706c650000016800",
                    80,
                ),
                (
                    "020000000002020000000001080045000062000100004011ee62c6120001c61200029c400399004ef2f900000046000000010000123400010003000000000000100000000000000000000001001000016e5800020001000b7478742e6578616d706c65000003616263000201020001ff",
                    100,
                ),
                (
                    "020000000002020000000001080045000062000100004011ee62c6120001c61200029c400399004ef2f900000046000000010000123400010003000000000000100000000000000000000001001000016e5800020001000b7478742e6578616d706c65000003616263000201020001ff",
                    105,
                ),
            ],
            &[
                (
                    numeric(0),
                    &[
                        "IP 198.18.0.1.40000 > 198.18.0.2.921:  lwres noop?",
                        "IP 198.18.0.1.40000 > 198.18.0.2.921:  lwres noop",
                        "IP 198.18.0.1.40000 > 198.18.0.2.921:  lwres getaddrsbyname? IPv4/6 www.example.com",
                        "IP 198.18.0.1.40000 > 198.18.0.2.921:  lwres getaddrsbyname? IPv4[0x11] host (not NUL-terminated!)",
                        "IP 198.18.0.1.40000 > 198.18.0.2.921:  lwres getaddrsbyname 2/3 www.example.com alias1 alias2 198.18.0.7 1:203:405:607:809:a0b:c0d:e0f 9/dead",
                        "IP 198.18.0.1.40000 > 198.18.0.2.921:  lwres getnamebyaddr? 198.18.0.8",
                        "IP 198.18.0.1.40000 > 198.18.0.2.921:  lwres getnamebyaddr? (invalid)",
                        "IP 198.18.0.1.40000 > 198.18.0.2.921:  lwres getnamebyaddr 1 host.example h",
                        "IP 198.18.0.1.40000 > 198.18.0.2.921:  lwres getrdatabyname? AAAA example.org",
                        "IP 198.18.0.1.40000 > 198.18.0.2.921:  lwres getrdatabyname? Type300 CHAOS example.org",
                        "IP 198.18.0.1.40000 > 198.18.0.2.921:  lwres getrdatabyname TXT TTL 1d2h3m4s 2/1 txt.example6162630102ff",
                        "IP 198.18.0.1.40000 > 198.18.0.2.921:  lwres #0x7?",
                        "IP 198.18.0.1.40000 > 198.18.0.2.921:  lwres #0x7",
                        "IP 198.18.0.1.40000 > 198.18.0.2.921:  lwres noop[0x8001]",
                        "IP 198.18.0.1.40000 > 198.18.0.2.921:  lwres v1",
                        "IP 198.18.0.1.40000 > 198.18.0.2.921:  lwres noop? [len: 30 != 34][extra]",
                        "IP 198.18.0.1.40000 > 198.18.0.2.921:  lwres noop? [len: 40 != 28][extra]",
                        "IP6 2001:db8::1.40000 > 2001:db8::2.921:  lwres getaddrsbyname? IPv6 six.example",
                        "IP 198.18.0.1.40000 > 198.18.0.2.921:  [|lwres]",
                        "IP 198.18.0.1.40000 > 198.18.0.2.921:  lwres getaddrsbyname? [|lwres]",
                        "IP 198.18.0.1.40000 > 198.18.0.2.921:  lwres getaddrsbyname 2/3 www.exampl [|lwres]",
                        "IP 198.18.0.1.40000 > 198.18.0.2.921:  lwres getaddrsbyname 2/3 www.example.com alias1 ali [|lwres]",
                        "IP 198.18.0.1.40000 > 198.18.0.2.921:  lwres getaddrsbyname 2/3 www.example.com alias1 alias2 198.18.0.7 [|lwres]",
                        "IP 198.18.0.1.40000 > 198.18.0.2.921:  lwres getnamebyaddr 1 ho [|lwres]",
                        "IP 198.18.0.1.40000 > 198.18.0.2.921:  lwres getrdatabyname TXT TTL 1d2h3m4s 2/1 txt.example [|lwres]",
                        "IP 198.18.0.1.40000 > 198.18.0.2.921:  lwres getrdatabyname TXT TTL 1d2h3m4s 2/1 txt.example616263 [|lwres]",
                    ],
                ),
                (
                    numeric(2),
                    &[
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 56)\n    198.18.0.1.40000 > 198.18.0.2.921: [udp sum ok]  lwres v0 noop? (serial:0x1234 result:0x0 recvlen:4096)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 56)\n    198.18.0.1.40000 > 198.18.0.2.921: [udp sum ok]  lwres v0 noop (serial:0x1234 result:0x0 recvlen:4096)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 82)\n    198.18.0.1.40000 > 198.18.0.2.921: [udp sum ok]  lwres v0 getaddrsbyname? (serial:0x1234 result:0x0 recvlen:4096) IPv4/6 www.example.com",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 71)\n    198.18.0.1.40000 > 198.18.0.2.921: [udp sum ok]  lwres v0 getaddrsbyname? (serial:0x1234 result:0x0 recvlen:4096) IPv4[0x11] host (not NUL-terminated!)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 140)\n    198.18.0.1.40000 > 198.18.0.2.921: [udp sum ok]  lwres v0 getaddrsbyname (serial:0x1234 result:0x0 recvlen:4096) 2/3 www.example.com alias1 alias2 198.18.0.7 1:203:405:607:809:a0b:c0d:e0f 9/dead",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 70)\n    198.18.0.1.40000 > 198.18.0.2.921: [udp sum ok]  lwres v0 getnamebyaddr? (serial:0x1234 result:0x0 recvlen:4096) 198.18.0.8",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 68)\n    198.18.0.1.40000 > 198.18.0.2.921: [udp sum ok]  lwres v0 getnamebyaddr? (serial:0x1234 result:0x0 recvlen:4096) (invalid)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 81)\n    198.18.0.1.40000 > 198.18.0.2.921: [udp sum ok]  lwres v0 getnamebyaddr (serial:0x1234 result:0x0 recvlen:4096) 1 host.example h",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 78)\n    198.18.0.1.40000 > 198.18.0.2.921: [udp sum ok]  lwres v0 getrdatabyname? (serial:0x1234 result:0x0 recvlen:4096) AAAA example.org",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 78)\n    198.18.0.1.40000 > 198.18.0.2.921: [udp sum ok]  lwres v0 getrdatabyname? (serial:0x1234 result:0x0 recvlen:4096) Type300 CHAOS example.org",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 98)\n    198.18.0.1.40000 > 198.18.0.2.921: [udp sum ok]  lwres v0 getrdatabyname (serial:0x1234 result:0x0 recvlen:4096) TXT TTL 1d2h3m4s 2/1 txt.example6162630102ff",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 60)\n    198.18.0.1.40000 > 198.18.0.2.921: [udp sum ok]  lwres v0 #0x7? (serial:0x1234 result:0x0 recvlen:4096)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 56)\n    198.18.0.1.40000 > 198.18.0.2.921: [udp sum ok]  lwres v0 #0x7 (serial:0x1234 result:0x0 recvlen:4096)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 56)\n    198.18.0.1.40000 > 198.18.0.2.921: [udp sum ok]  lwres v0 noop[0x8001] (serial:0x1234 result:0x0 recvlen:4096)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 56)\n    198.18.0.1.40000 > 198.18.0.2.921: [udp sum ok]  lwres v1",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 62)\n    198.18.0.1.40000 > 198.18.0.2.921: [udp sum ok]  lwres v0 noop? (serial:0x1234 result:0x0 recvlen:4096) [len: 30 != 34][extra]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 56)\n    198.18.0.1.40000 > 198.18.0.2.921: [udp sum ok]  lwres v0 noop? (serial:0x1234 result:0x0 recvlen:4096) [len: 40 != 28][extra]",
                        "IP6 (hlim 64, next-header UDP (17) payload length: 58) 2001:db8::1.40000 > 2001:db8::2.921: [udp sum ok]  lwres v0 getaddrsbyname? (serial:0x1234 result:0x0 recvlen:4096) IPv6 six.example",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 56)\n    198.18.0.1.40000 > 198.18.0.2.921:  [|lwres]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 82)\n    198.18.0.1.40000 > 198.18.0.2.921:  lwres v0 getaddrsbyname? (serial:0x1234 result:0x0 recvlen:4096) [|lwres]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 140)\n    198.18.0.1.40000 > 198.18.0.2.921:  lwres v0 getaddrsbyname (serial:0x1234 result:0x0 recvlen:4096) 2/3 www.exampl [|lwres]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 140)\n    198.18.0.1.40000 > 198.18.0.2.921:  lwres v0 getaddrsbyname (serial:0x1234 result:0x0 recvlen:4096) 2/3 www.example.com alias1 ali [|lwres]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 140)\n    198.18.0.1.40000 > 198.18.0.2.921:  lwres v0 getaddrsbyname (serial:0x1234 result:0x0 recvlen:4096) 2/3 www.example.com alias1 alias2 198.18.0.7 [|lwres]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 81)\n    198.18.0.1.40000 > 198.18.0.2.921:  lwres v0 getnamebyaddr (serial:0x1234 result:0x0 recvlen:4096) 1 ho [|lwres]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 98)\n    198.18.0.1.40000 > 198.18.0.2.921:  lwres v0 getrdatabyname (serial:0x1234 result:0x0 recvlen:4096) TXT TTL 1d2h3m4s 2/1 txt.example [|lwres]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 98)\n    198.18.0.1.40000 > 198.18.0.2.921:  lwres v0 getrdatabyname (serial:0x1234 result:0x0 recvlen:4096) TXT TTL 1d2h3m4s 2/1 txt.example616263 [|lwres]",
                    ],
                ),
                (
                    numeric(3),
                    &[
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 56)\n    198.18.0.1.40000 > 198.18.0.2.921: [udp sum ok]  lwres v0 noop? (serial:0x1234 result:0x0 recvlen:4096 authtype:0x0 authlen:0)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 56)\n    198.18.0.1.40000 > 198.18.0.2.921: [udp sum ok]  lwres v0 noop (serial:0x1234 result:0x0 recvlen:4096 authtype:0x0 authlen:0)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 82)\n    198.18.0.1.40000 > 198.18.0.2.921: [udp sum ok]  lwres v0 getaddrsbyname? (serial:0x1234 result:0x0 recvlen:4096 authtype:0x0 authlen:0) flags:0x0 IPv4/6 www.example.com",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 71)\n    198.18.0.1.40000 > 198.18.0.2.921: [udp sum ok]  lwres v0 getaddrsbyname? (serial:0x1234 result:0x0 recvlen:4096 authtype:0x0 authlen:0) flags:0x1 IPv4[0x11] host (not NUL-terminated!)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 140)\n    198.18.0.1.40000 > 198.18.0.2.921: [udp sum ok]  lwres v0 getaddrsbyname (serial:0x1234 result:0x0 recvlen:4096 authtype:0x0 authlen:0) flags:0x0 2/3 www.example.com alias1 alias2 198.18.0.7 1:203:405:607:809:a0b:c0d:e0f 9/dead",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 70)\n    198.18.0.1.40000 > 198.18.0.2.921: [udp sum ok]  lwres v0 getnamebyaddr? (serial:0x1234 result:0x0 recvlen:4096 authtype:0x0 authlen:0) flags:0x0 198.18.0.8",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 68)\n    198.18.0.1.40000 > 198.18.0.2.921: [udp sum ok]  lwres v0 getnamebyaddr? (serial:0x1234 result:0x0 recvlen:4096 authtype:0x0 authlen:0) flags:0x0 (invalid)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 81)\n    198.18.0.1.40000 > 198.18.0.2.921: [udp sum ok]  lwres v0 getnamebyaddr (serial:0x1234 result:0x0 recvlen:4096 authtype:0x0 authlen:0) flags:0x0 1 host.example h",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 78)\n    198.18.0.1.40000 > 198.18.0.2.921: [udp sum ok]  lwres v0 getrdatabyname? (serial:0x1234 result:0x0 recvlen:4096 authtype:0x0 authlen:0) flags:0x0 AAAA example.org",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 78)\n    198.18.0.1.40000 > 198.18.0.2.921: [udp sum ok]  lwres v0 getrdatabyname? (serial:0x1234 result:0x0 recvlen:4096 authtype:0x0 authlen:0) flags:0x0 Type300 CHAOS example.org",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 98)\n    198.18.0.1.40000 > 198.18.0.2.921: [udp sum ok]  lwres v0 getrdatabyname (serial:0x1234 result:0x0 recvlen:4096 authtype:0x0 authlen:0) flags:0x0 TXT TTL 1d2h3m4s 2/1 txt.example6162630102ff",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 60)\n    198.18.0.1.40000 > 198.18.0.2.921: [udp sum ok]  lwres v0 #0x7? (serial:0x1234 result:0x0 recvlen:4096 authtype:0x0 authlen:0)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 56)\n    198.18.0.1.40000 > 198.18.0.2.921: [udp sum ok]  lwres v0 #0x7 (serial:0x1234 result:0x0 recvlen:4096 authtype:0x0 authlen:0)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 56)\n    198.18.0.1.40000 > 198.18.0.2.921: [udp sum ok]  lwres v0 noop[0x8001] (serial:0x1234 result:0x0 recvlen:4096 authtype:0x0 authlen:0)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 56)\n    198.18.0.1.40000 > 198.18.0.2.921: [udp sum ok]  lwres v1",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 62)\n    198.18.0.1.40000 > 198.18.0.2.921: [udp sum ok]  lwres v0 noop? (serial:0x1234 result:0x0 recvlen:4096 authtype:0x0 authlen:0) [len: 30 != 34][extra]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 56)\n    198.18.0.1.40000 > 198.18.0.2.921: [udp sum ok]  lwres v0 noop? (serial:0x1234 result:0x0 recvlen:4096 authtype:0x0 authlen:0) [len: 40 != 28][extra]",
                        "IP6 (hlim 64, next-header UDP (17) payload length: 58) 2001:db8::1.40000 > 2001:db8::2.921: [udp sum ok]  lwres v0 getaddrsbyname? (serial:0x1234 result:0x0 recvlen:4096 authtype:0x0 authlen:0) flags:0x0 IPv6 six.example",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 56)\n    198.18.0.1.40000 > 198.18.0.2.921:  [|lwres]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 82)\n    198.18.0.1.40000 > 198.18.0.2.921:  lwres v0 getaddrsbyname? (serial:0x1234 result:0x0 recvlen:4096 authtype:0x0 authlen:0) [|lwres]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 140)\n    198.18.0.1.40000 > 198.18.0.2.921:  lwres v0 getaddrsbyname (serial:0x1234 result:0x0 recvlen:4096 authtype:0x0 authlen:0) flags:0x0 2/3 www.exampl [|lwres]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 140)\n    198.18.0.1.40000 > 198.18.0.2.921:  lwres v0 getaddrsbyname (serial:0x1234 result:0x0 recvlen:4096 authtype:0x0 authlen:0) flags:0x0 2/3 www.example.com alias1 ali [|lwres]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 140)\n    198.18.0.1.40000 > 198.18.0.2.921:  lwres v0 getaddrsbyname (serial:0x1234 result:0x0 recvlen:4096 authtype:0x0 authlen:0) flags:0x0 2/3 www.example.com alias1 alias2 198.18.0.7 [|lwres]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 81)\n    198.18.0.1.40000 > 198.18.0.2.921:  lwres v0 getnamebyaddr (serial:0x1234 result:0x0 recvlen:4096 authtype:0x0 authlen:0) flags:0x0 1 ho [|lwres]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 98)\n    198.18.0.1.40000 > 198.18.0.2.921:  lwres v0 getrdatabyname (serial:0x1234 result:0x0 recvlen:4096 authtype:0x0 authlen:0) flags:0x0 TXT TTL 1d2h3m4s 2/1 txt.example [|lwres]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 98)\n    198.18.0.1.40000 > 198.18.0.2.921:  lwres v0 getrdatabyname (serial:0x1234 result:0x0 recvlen:4096 authtype:0x0 authlen:0) flags:0x0 TXT TTL 1d2h3m4s 2/1 txt.example616263 [|lwres]",
                    ],
                ),
            ],
        );
    }
}
