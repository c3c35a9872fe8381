//! OLSR, Optimized Link State Routing (print-olsr.c, RFC 3626 and the
//! olsr.org LQ, smart-gateway and name-service extensions): the packet
//! header, and with -v each message, over IPv4 and IPv6.

use super::ctx::{Ctx, Res, Trunc, be16, bytes, codes, print_char, tcheck};
use super::out::Emit;

codes! {
    /// olsr_msg_values.
    MESSAGES: u8 {
        HELLO = 1 => "Hello",
        TC = 2 => "TC",
        MID = 3 => "MID",
        HNA = 4 => "HNA",
        _ = 128 => "Powerinfo",
        NAMESERVICE = 130 => "Nameservice",
        HELLO_LQ = 201 => "Hello-LQ",
        TC_LQ = 202 => "TC-LQ",
    }
}

const LINK_TYPES: &[(u32, &str)] = &[
    (0, "Unspecified"),
    (1, "Asymmetric"),
    (2, "Symmetric"),
    (3, "Lost"),
];

const NEIGHBOR_TYPES: &[(u32, &str)] =
    &[(0, "Not-Neighbor"), (1, "Symmetric"), (2, "Symmetric-MPR")];

/// Packet length and sequence number.
const COMMON_LEN: usize = 4;
/// A Hello's reserved bytes, hello time and willingness; a link header;
/// a TC's sequence number and reserved bytes.
const HELLO_LEN: usize = 4;
const LINK_LEN: usize = 4;
const TC_LEN: usize = 4;

/// olsr_print. `v6` when the datagram came over IPv6 (addresses are 16
/// bytes then).
pub(crate) fn olsr(c: &mut Ctx, b: &[u8], length: usize, v6: bool) -> Res {
    c.proto = "olsr";
    c.s(if v6 { "OLSRv6" } else { "OLSRv4" });
    if length < COMMON_LEN {
        return Err(Trunc);
    }
    tcheck(b, 0, COMMON_LEN)?;
    let length = length.min(usize::from(b[0]) << 8 | usize::from(b[1]));
    c.s(", seq 0x");
    c.out.hex0(u64::from(be16(b, 2)?), 4);
    c.s_dec(", length ", length as u64);
    if c.o.verbose == 0 {
        return Ok(());
    }
    let net = Addrs { v6 };
    let mut at = COMMON_LEN;
    while at < length {
        match message(c, b, at, length, net)? {
            Some(next) => at = next,
            None => return Ok(()),
        }
    }
    Ok(())
}

/// The address size of the datagram's family.
#[derive(Clone, Copy)]
struct Addrs {
    v6: bool,
}

impl Addrs {
    fn size(self) -> usize {
        if self.v6 { 16 } else { 4 }
    }

    /// The address at `at` (GET_IPADDR_STRING / GET_IP6ADDR_STRING).
    fn print(self, c: &mut Ctx, b: &[u8], at: usize) -> Res {
        let a = bytes(b, at, self.size())?;
        if self.v6 {
            c.ip6(a)
        } else {
            c.ip4(a)
        }
        Ok(())
    }
}

/// The message at `at`: its header line and body. The offset of the next
/// one, or None where tcpdump stops (a zero type or length, a length
/// past the packet).
fn message(c: &mut Ctx, b: &[u8], at: usize, length: usize, net: Addrs) -> Res<Option<usize>> {
    // Type, vtime, length, originator, TTL, hop count, sequence number.
    let hdr = 8 + net.size();
    tcheck(b, at, hdr)?;
    let (typ, vtime) = (b[at], b[at + 1]);
    let msg_len = usize::from(be16(b, at + 2)?);
    let valid = msg_len >= hdr && msg_len <= length;
    if typ == 0 || msg_len == 0 {
        return Ok(None);
    }
    let tail = at + 4 + net.size();
    c.s("\n\t");
    c.tok(MESSAGES, u32::from(typ), "Unknown");
    c.s(" Message (0x");
    c.out.hex0(u64::from(typ), 2);
    c.s("), originator ");
    net.print(c, b, at + 4)?;
    c.dec_fields(&[
        (", ttl ", u64::from(b[tail])),
        (", hop ", u64::from(b[tail + 1])),
    ]);
    c.s("\n\t  vtime ");
    seconds(c, vtime);
    c.s(", msg-seq 0x");
    c.out.hex0(u64::from(be16(b, tail + 2)?), 4);
    c.s_dec(", length ", msg_len as u64);
    if !valid {
        c.invalid();
        return Ok(None);
    }
    let body = Body {
        b,
        at: at + hdr,
        len: msg_len - hdr,
        net,
    };
    match typ {
        HELLO | HELLO_LQ => hello(c, body, typ == HELLO_LQ)?,
        TC | TC_LQ => {
            if body.len < TC_LEN {
                return Err(Trunc);
            }
            tcheck(b, body.at, TC_LEN)?;
            c.s("\n\t    advertised neighbor seq 0x");
            c.out.hex0(u64::from(be16(b, body.at)?), 4);
            neighbors(c, body.skip(TC_LEN), typ == TC_LQ)?;
        }
        MID => {
            let size = net.size();
            let mut m = body;
            while m.len >= size {
                tcheck(b, m.at, size)?;
                c.s("\n\t  interface address ");
                net.print(c, b, m.at)?;
                m = m.skip(size);
            }
        }
        HNA => hna(c, body)?,
        NAMESERVICE => names(c, body)?,
        _ => c.unknown_data(b, body.at, "\n\t    ", body.len),
    }
    Ok(Some(at + msg_len))
}

/// The rest of a message: `len` bytes from `at`.
#[derive(Clone, Copy)]
struct Body<'a> {
    b: &'a [u8],
    at: usize,
    len: usize,
    net: Addrs,
}

impl Body<'_> {
    fn skip(self, n: usize) -> Self {
        Body {
            at: self.at + n,
            len: self.len - n,
            ..self
        }
    }

    /// The first `n` bytes of it.
    fn take(self, n: usize) -> Self {
        Body { len: n, ..self }
    }
}

/// ME_TO_DOUBLE: a mantissa-exponent time byte as "S.SSSs".
fn seconds(c: &mut Ctx, me: u8) {
    let v = 0.0625 * (1.0 + f64::from(me >> 4) / 16.0) * f64::from(1u32 << (me & 0x0f));
    c.s(&format!("{v:.3}s"));
}

/// A Hello: its hello time and willingness, then each link's neighbors.
fn hello(c: &mut Ctx, m: Body, lq: bool) -> Res {
    if m.len < HELLO_LEN {
        return Err(Trunc);
    }
    tcheck(m.b, m.at, HELLO_LEN)?;
    c.s("\n\t  hello-time ");
    seconds(c, m.b[m.at + 2]);
    c.s_dec(", MPR willingness ", m.b[m.at + 3]);
    let mut m = m.skip(HELLO_LEN);
    while m.len >= LINK_LEN {
        tcheck(m.b, m.at, LINK_LEN)?;
        let code = m.b[m.at];
        let hello_len = usize::from(be16(m.b, m.at + 2)?);
        let valid = hello_len <= m.len && hello_len >= LINK_LEN;
        c.s("\n\t    link-type ");
        c.tok(LINK_TYPES, u32::from(code & 3), "Unknown");
        c.s(", neighbor-type ");
        c.tok(NEIGHBOR_TYPES, u32::from(code >> 2), "Unknown");
        c.s_dec(", len ", hello_len as u64);
        if !valid {
            c.invalid();
            break;
        }
        m = m.skip(LINK_LEN);
        let list = hello_len - LINK_LEN;
        tcheck(m.b, m.at, list)?;
        neighbors(c, m.take(list), lq)?;
        m = m.skip(list);
    }
    Ok(())
}

/// The neighbor addresses of a Hello link or a TC, or with the LQ
/// extension each neighbor with its link qualities.
fn neighbors(c: &mut Ctx, m: Body, lq: bool) -> Res {
    let size = m.net.size();
    let mut m = m;
    if !lq {
        // olsr_print_neighbor reads IPv4 addresses over IPv6 too, and
        // means to break the line every fourth one but never counts them:
        // one line, each followed by a blank.
        c.s("\n\t      neighbor\n\t\t");
        while m.len >= 4 {
            c.ip4(bytes(m.b, m.at, 4)?);
            c.s(" ");
            m = m.skip(4);
        }
        return Ok(());
    }
    // The address, two quality bytes and two reserved ones.
    while m.len >= size + 4 {
        tcheck(m.b, m.at, size + 4)?;
        c.s("\n\t      neighbor ");
        m.net.print(c, m.b, m.at)?;
        let (q, nq) = (m.b[m.at + size], m.b[m.at + size + 1]);
        c.s(&format!(
            ", link-quality {:.2}%, neighbor-link-quality {:.2}%",
            f64::from(q) / 2.55,
            f64::from(nq) / 2.55
        ));
        m = m.skip(size + 4);
    }
    Ok(())
}

/// An HNA: the networks a node routes to (and olsr.org smart gateways).
fn hna(c: &mut Ctx, m: Body) -> Res {
    let size = 2 * m.net.size();
    c.s_dec("\n\t  Advertised networks (total ", (m.len / size) as u64);
    c.s(")");
    let mut m = m;
    let mut col = 0;
    while m.len >= size {
        let e = bytes(m.b, m.at, size)?;
        if m.net.v6 {
            // tcpdump never counts its entries: every one is #0.
            c.s("\n\t    #0: ");
            c.ip6(&e[..16]);
            c.s_dec("/", mask6_len(&e[16..]));
        } else {
            c.s(if col == 0 { "\n\t    " } else { ", " });
            if e[..5] == [0; 5] && e[5] != 0 {
                smart_gateway(c, e[5], e[6], e[7]);
            } else {
                c.ip4(&e[..4]);
                c.s_dec("/", mask_len(u32::from_be_bytes([e[4], e[5], e[6], e[7]])));
            }
            col = (col + 1) % 4;
        }
        m = m.skip(size);
    }
    Ok(())
}

/// mask2plen: a contiguous IPv4 mask's length, or -1 as tcpdump's %u
/// prints it.
fn mask_len(mask: u32) -> u32 {
    if mask.leading_ones() + mask.trailing_zeros() == 32 {
        mask.leading_ones()
    } else {
        u32::MAX
    }
}

/// mask62plen: the leading bits of an IPv6 mask, up to its first byte
/// that is not all ones (which adds its bits only when contiguous).
fn mask6_len(mask: &[u8]) -> u32 {
    let mut len = 0;
    for &byte in mask {
        if byte.leading_ones() + byte.trailing_zeros() == 8 {
            len += byte.leading_ones();
        }
        if byte != 0xff {
            break;
        }
    }
    len
}

/// A smart-gateway HNA (network 0.0.0.0, the mask's bytes holding flags
/// and link speeds).
fn smart_gateway(c: &mut Ctx, flags: u8, up: u8, down: u8) {
    c.s("Smart-Gateway:");
    for (bit, name) in [
        (0x01, " LINKSPEED"),
        (0x02, " IPV4"),
        (0x04, " IPV4-NAT"),
        (0x08, " IPV6"),
        (0x10, " IPv6-PREFIX"),
    ] {
        if flags & bit != 0 {
            c.s(name);
        }
    }
    let speeds = flags & 0x01 != 0;
    c.dec_fields(&[
        (" ", u64::from(if speeds { gw_speed(up) } else { 0 })),
        ("/", u64::from(if speeds { gw_speed(down) } else { 0 })),
    ]);
}

/// deserialize_gw_speed: five bits of mantissa, three of decimal exponent.
fn gw_speed(v: u8) -> u32 {
    match v {
        0 => 0,
        u8::MAX => 320_000_000,
        _ => (u32::from(v >> 3) + 1) * 10u32.pow(u32::from(v & 7)),
    }
}

/// A name-service message: its version and entries, each an address and
/// a name padded to four bytes.
fn names(c: &mut Ctx, m: Body) -> Res {
    if m.len < 4 {
        return Err(Trunc);
    }
    let entries = usize::from(be16(m.b, m.at + 2)?);
    let size = m.net.size();
    let valid = entries > 0 && entries * (4 + size) <= m.len;
    let version = be16(m.b, m.at)?;
    c.dec_fields(&[
        ("\n\t  Version ", u64::from(version)),
        (", Entries ", entries as u64),
    ]);
    if !valid {
        c.invalid();
        return Ok(());
    }
    let mut m = m.skip(4);
    for i in 0..entries {
        if m.len < 4 {
            break;
        }
        let (typ, len) = (be16(m.b, m.at)?, usize::from(be16(m.b, m.at + 2)?));
        m = m.skip(4);
        c.s_dec("\n\t    #", i as u64);
        c.s(": type ");
        if typ == 0 {
            c.s("000000");
        } else {
            c.s("0x");
            c.out.hex0(u64::from(typ), 4);
        }
        c.s_dec(", length ", len as u64);
        if len == 0 || size + len > m.len {
            c.invalid();
            break;
        }
        let padded = size + len.next_multiple_of(4);
        if m.len < padded {
            return Err(Trunc);
        }
        tcheck(m.b, m.at, padded)?;
        c.s(", address ");
        m.net.print(c, m.b, m.at)?;
        c.s(", name \"");
        for &ch in &m.b[m.at + size..m.at + size + len] {
            print_char(c, ch);
        }
        c.s("\"");
        m = m.skip(padded);
    }
    Ok(())
}
