//! DECnet Phase IV (print-decnet.c): the routing layer (data packets with
//! short or long headers, and the control messages: initialization,
//! verification, test, level 1 and 2 routing, router and endnode hello),
//! then NSP (nsp.rs). Addresses print as area.node, always numerically
//! (tcpdump 4.99's dnaddr_string never looks a node name up).
//!
//! The routing header is little-endian and starts after a 16-bit packet
//! length, which bounds everything after it; the fixed sizes below are the
//! C structures' and drive tcpdump's "(length N < M)" checks.

mod nsp;

use super::ctx::{Ctx, Res, codes, le16, tcheck, u8at};
use super::out::Emit;

const SHORT_HDR: usize = 6;
const LONG_HDR: usize = 21;

// Route flags (the first byte of the routing header).
const RMF_MASK: u8 = 7;
const RMF_SHORT: u8 = 2;
const RMF_LONG: u8 = 6;
const RMF_FVER: u8 = 0o100;
const RMF_PAD: u8 = 0o200;
const RMF_PADMASK: u8 = 0o177;
const RMF_CTLMSG: u8 = 1;
const RMF_CTLMASK: u8 = 0o17;
const VIS_MASK: u8 = 0o77;

codes! {
    /// The route flags -v names, each a word with its trailing space.
    ROUTE_FLAGS: u8 {
        _ = 0o10 => "RQR ",
        _ = 0o20 => "RTS ",
        _ = 0o40 => "IE ",
    }
}

/// decnet_print: `b` is what was captured of the `length` bytes from the
/// packet length field on.
pub(crate) fn decnet(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "decnet";
    if !routing(c, b, length)? {
        c.invalid();
    }
    Ok(())
}

/// The routing layer; Ok(false) where tcpdump goes on to " (invalid)".
fn routing(c: &mut Ctx, b: &[u8], length: usize) -> Res<bool> {
    if length < SHORT_HDR {
        short_of(c, "length", length, SHORT_HDR);
        return Ok(false);
    }
    let pktlen = usize::from(le16(b, 0)?);
    if pktlen < SHORT_HDR {
        short_of(c, "pktlen", pktlen, SHORT_HDR);
        return Ok(false);
    }
    if pktlen > length {
        compared(c, "pktlen", pktlen, " > ", length);
        return Ok(false);
    }
    let mut length = pktlen;
    // `ap` is where the packet length would be if the pad bytes were not
    // there: tcpdump moves its base pointer over them.
    let mut ap = 0;
    let mut mflags = u8at(b, 2)?;
    if mflags & RMF_PAD != 0 {
        let padlen = usize::from(mflags & RMF_PADMASK);
        if c.o.verbose > 0 {
            c.s_dec("[pad:", padlen as u64);
            c.s("] ");
        }
        if length < padlen + 2 {
            short_of(c, "length", length, padlen + 2);
            return Ok(false);
        }
        tcheck(b, 2, padlen)?;
        ap = padlen;
        length -= padlen;
        mflags = u8at(b, ap + 2)?;
    }
    // The pad check above leaves at least the two bytes from `ap` captured.
    let from_ap = &b[ap..];
    if mflags & RMF_FVER != 0 {
        c.s("future-version-decnet");
        c.default_print_len(from_ap, length.min(from_ap.len()));
        return Ok(true);
    }
    let rh = &from_ap[2..];
    if mflags & RMF_CTLMSG != 0 {
        return control(c, rh, length, from_ap.len());
    }
    let (dst, src, hops, hdr) = match mflags & RMF_MASK {
        RMF_LONG => {
            if length < LONG_HDR {
                short_of(c, "length", length, LONG_HDR);
                return Ok(false);
            }
            tcheck(rh, 0, LONG_HDR)?;
            // The node address is the last two bytes of each 6-byte id.
            (le16(rh, 7)?, le16(rh, 15)?, u8at(rh, 18)?, LONG_HDR)
        }
        RMF_SHORT => {
            let (dst, src) = (le16(rh, 1)?, le16(rh, 3)?);
            (dst, src, (u8at(rh, 5)? & VIS_MASK) + 1, SHORT_HDR)
        }
        _ => {
            c.s("unknown message flags under mask");
            c.default_print_len(from_ap, length.min(from_ap.len()));
            return Ok(true);
        }
    };
    addr(c, src);
    c.s(" > ");
    addr(c, dst);
    c.s_dec(" ", pktlen as u64);
    c.s(" ");
    if c.o.verbose > 0 {
        flag_words(c, mflags, ROUTE_FLAGS);
        c.dec(hops);
        c.s(" hops ");
    }
    // tcpdump's nsplen is a u_int: behind pad bytes the length can be
    // shorter than the short header, and the subtraction wraps.
    let nsp_len = (length as u32).wrapping_sub(hdr as u32);
    nsp::nsp(c, super::ctx::rest(rh, hdr), nsp_len as usize)
}

/// " (WHAT N < M)": a length too short for what it must hold.
fn short_of(c: &mut Ctx, what: &str, n: usize, min: usize) {
    compared(c, what, n, " < ", min);
}

/// " (WHAT N REL M)": tcpdump's note on a length out of bounds.
fn compared(c: &mut Ctx, what: &str, n: usize, rel: &str, m: usize) {
    c.s(" (");
    c.s(what);
    c.s_dec(" ", n as u64);
    c.s(rel);
    c.dec(m as u64);
    c.s(")");
}

/// dnaddr_string: "area.node" of a 16-bit node address.
fn addr(c: &mut Ctx, a: u16) {
    c.dec(a >> 10);
    c.s_dec(".", a & 0o1777);
}

/// `%o`: tcpdump prints test data and function values in octal.
fn octal(c: &mut Ctx, v: u8) {
    let digits = [v >> 6, (v >> 3) & 7, v & 7];
    let first = digits.iter().position(|&d| d != 0).unwrap_or(2);
    for d in &digits[first..] {
        c.out.ch(b'0' + d);
    }
}

codes! {
    /// Control message types (the route flags under RMF_CTLMASK).
    CONTROLS: u8 {
        RMF_INIT = 0o1 => "init ",
        RMF_VER = 0o3 => "verification ",
        RMF_TEST = 0o5 => "test ",
        RMF_L1ROUT = 0o7 => "lev-1-routing ",
        RMF_L2ROUT = 0o11 => "lev-2-routing ",
        RMF_RHELLO = 0o13 => "router-hello ",
        _ = 0o15 => "endnode-hello ",
    }
}

// Each control message's least length.
const INIT_LEN: usize = 12;
const VERIF_LEN: usize = 4;
const ROUT_LEN: usize = 4;
const RHELLO_LEN: usize = 18;
const EHELLO_LEN: usize = 32;

/// print_decnet_ctlmsg: `rh` from the route flags; `caplen` counts from
/// the packet length field, as tcpdump's does.
fn control(c: &mut Ctx, rh: &[u8], length: usize, caplen: usize) -> Res<bool> {
    let mflags = u8at(rh, 0)?;
    let kind = mflags & RMF_CTLMASK;
    let Some(&(_, name)) = CONTROLS.iter().find(|&&(k, _)| k == u32::from(kind)) else {
        c.s("unknown control message");
        c.default_print_len(rh, length.min(caplen));
        return Ok(true);
    };
    let min = match kind {
        RMF_INIT => INIT_LEN,
        RMF_VER | RMF_TEST => VERIF_LEN,
        RMF_L1ROUT | RMF_L2ROUT => ROUT_LEN,
        RMF_RHELLO => RHELLO_LEN,
        _ => EHELLO_LEN,
    };
    c.s(name);
    if length < min {
        return Ok(false);
    }
    match kind {
        RMF_INIT => {
            tcheck(rh, 0, INIT_LEN)?;
            let (src, info, blksize) = (le16(rh, 1)?, u8at(rh, 3)?, le16(rh, 4)?);
            let (vers, eco, ueco) = (u8at(rh, 6)?, u8at(rh, 7)?, u8at(rh, 8)?);
            let hello = le16(rh, 9)?;
            node_type(c, info);
            flag_words(c, info, &[(0o4, "verif "), (0o10, "blo ")]);
            // tcpdump prints no space between the address and "blksize".
            c.s("src ");
            addr(c, src);
            c.s_dec("blksize ", blksize);
            c.s(" ");
            versions(c, vers, eco, ueco);
            c.s_dec(" hello ", hello);
        }
        RMF_VER | RMF_TEST => {
            let (src, other) = (le16(rh, 1)?, u8at(rh, 3)?);
            c.s("src ");
            addr(c, src);
            c.s(if kind == RMF_VER {
                " fcnval "
            } else {
                " data "
            });
            octal(c, other);
        }
        t @ (RMF_L1ROUT | RMF_L2ROUT) => {
            tcheck(rh, 0, ROUT_LEN)?;
            c.s("src ");
            addr(c, le16(rh, 1)?);
            c.s(" ");
            let what = if t == RMF_L1ROUT { "{ids " } else { "{areas " };
            routes(c, super::ctx::rest(rh, ROUT_LEN), length - ROUT_LEN, what)?;
        }
        RMF_RHELLO => {
            tcheck(rh, 0, RHELLO_LEN)?;
            let head = HelloHead::read(rh)?;
            let (priority, hello) = (u8at(rh, 13)?, le16(rh, 15)?);
            head.print(c);
            c.s_dec(" pri ", priority);
            c.s_dec(" hello ", hello);
            // tcpdump's print_elist prints nothing of the router list.
        }
        _ => {
            let head = HelloHead::read(rh)?;
            let (router, hello, data) = (le16(rh, 26)?, le16(rh, 28)?, u8at(rh, 31)?);
            head.print(c);
            c.s(" rtr ");
            addr(c, router);
            c.s_dec(" hello ", hello);
            c.s(" data ");
            octal(c, data);
        }
    }
    Ok(true)
}

/// The fields router and endnode hellos start with, all read before any
/// is printed (a read past the capture prints nothing of the message).
struct HelloHead {
    vers: u8,
    eco: u8,
    ueco: u8,
    src: u16,
    info: u8,
    blksize: u16,
}

impl HelloHead {
    fn read(rh: &[u8]) -> Res<HelloHead> {
        Ok(HelloHead {
            vers: u8at(rh, 1)?,
            eco: u8at(rh, 2)?,
            ueco: u8at(rh, 3)?,
            src: le16(rh, 8)?,
            info: u8at(rh, 10)?,
            blksize: le16(rh, 11)?,
        })
    }

    /// "INFO vers V eco E ueco U src A blksize N".
    fn print(&self, c: &mut Ctx) {
        hello_info(c, self.info);
        versions(c, self.vers, self.eco, self.ueco);
        c.s(" src ");
        addr(c, self.src);
        c.s_dec(" blksize ", self.blksize);
    }
}

/// "vers V eco E ueco U".
fn versions(c: &mut Ctx, vers: u8, eco: u8, ueco: u8) {
    c.s_dec("vers ", vers);
    c.s_dec(" eco ", eco);
    c.s_dec(" ueco ", ueco);
}

/// print_t_info / print_i_info's node type (the low two bits).
fn node_type(c: &mut Ctx, info: u8) {
    c.s(match info & 3 {
        0 => "reserved-ntype? ",
        1 => "l2rout ",
        2 => "l1rout ",
        _ => "endnode ",
    });
}

/// The word of each bit of `info` set in `words`, as tcpdump's if-chains
/// print them (no separator but each word's trailing space).
fn flag_words(c: &mut Ctx, info: u8, words: &[(u32, &str)]) {
    for &(bit, word) in words {
        if u32::from(info) & bit != 0 {
            c.s(word);
        }
    }
}

/// print_i_info: a hello message's routing layer information.
fn hello_info(c: &mut Ctx, info: u8) {
    node_type(c, info);
    flag_words(
        c,
        info,
        &[(0o4, "verif "), (0o40, "nomcast "), (0o100, "blo ")],
    );
}

/// print_l1_routes / print_l2_routes: (count, first id, cost and hops)
/// triples up to the checksum that ends the message; a count over 1024
/// ends the list, as tcpdump takes it for garbage.
fn routes(c: &mut Ctx, b: &[u8], len: usize, what: &str) -> Res {
    let mut off = 0;
    let mut len = len;
    while len > 6 {
        tcheck(b, off, 6)?;
        let count = le16(b, off)?;
        if count > 1024 {
            return Ok(());
        }
        let (id, info) = (le16(b, off + 2)?, le16(b, off + 4)?);
        c.s(what);
        c.dec(id);
        c.s_dec("-", u64::from(id) + u64::from(count));
        c.s_dec(" cost ", info & 0o777);
        c.s_dec(" hops ", (info >> 10) & 0o37);
        c.s("} ");
        off += 6;
        len -= 6;
    }
    Ok(())
}
