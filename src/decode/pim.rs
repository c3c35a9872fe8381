//! PIM (print-pim.c): version 2 over IP protocol 103, with -v every
//! message's fields and Hello options; version 1, which rides in IGMP
//! type 0x14; the encoded addresses of RFC 4601 and the RFC 2117 form.
//!
//! tcpdump stops a PIM message in two ways, and they differ in what comes
//! after: its local `goto trunc` prints ` [|pimv2]` and returns to the
//! layer below (IGMP still checks its checksum after PIMv1), while a
//! GET_ macro past the capture ends the whole packet (and makes -x dump
//! from the link header). `Cut` keeps the two apart.

use super::ctx::{Ctx, Net, Res, Trunc, be16, be32, bytes, in_cksum, relts, rest, u8at};
use super::out::Emit;
use super::ports;

/// Why a message printer stopped before its end.
enum Cut {
    /// tcpdump's `goto trunc`: the mark, then back to the caller.
    Local,
    /// A read past the capture: the packet ends (Err(Trunc) upwards).
    Jump,
}

impl From<Trunc> for Cut {
    fn from(_: Trunc) -> Cut {
        Cut::Jump
    }
}

type Step<T = ()> = Result<T, Cut>;

/// Turns a message printer's end into the layer result: a local stop
/// prints its mark here and lets the caller go on.
fn finish(c: &mut Ctx, r: Step) -> Res {
    match r {
        Ok(()) => Ok(()),
        Err(Cut::Local) => {
            c.trunc();
            Ok(())
        }
        Err(Cut::Jump) => Err(Trunc),
    }
}

const V2_TYPES: [&str; 12] = [
    "Hello",
    "Register",
    "Register Stop",
    "Join / Prune",
    "Bootstrap",
    "Assert",
    "Graft",
    "Graft Acknowledgement",
    "Candidate RP Advertisement",
    "Prune Refresh",
    "DF Election",
    "ECMP Redirect",
];

const HELLO: u8 = 0;
const REGISTER: u8 = 1;
const REGISTER_STOP: u8 = 2;
const JOIN_PRUNE: u8 = 3;
const BOOTSTRAP: u8 = 4;
const ASSERT: u8 = 5;
const GRAFT: u8 = 6;
const GRAFT_ACK: u8 = 7;
const CANDIDATE_RP: u8 = 8;
const PRUNE_REFRESH: u8 = 9;
const DF_ELECTION: u8 = 10;

/// pim_print: the PIM header over IP; `net` is the IP header, whose
/// version decides how the checksum is computed.
pub(crate) fn pim(c: &mut Ctx, b: &[u8], length: usize, net: &Net) -> Res {
    c.proto = "pim";
    let typever = u8at(b, 0)?;
    let (version, typ) = (typever >> 4, typever & 0xf);
    c.s("PIMv");
    c.dec(version);
    if version != 2 {
        c.s(", length ");
        c.dec(length as u64);
        return Ok(());
    }
    let name = V2_TYPES
        .get(usize::from(typ))
        .copied()
        .unwrap_or("Unknown Type");
    if c.o.verbose == 0 {
        c.s(", ");
        c.s(name);
        c.s(", length ");
        c.dec(length as u64);
        return Ok(());
    }
    c.s(", length ");
    c.dec(length as u64);
    c.s("\n\t");
    c.s(name);
    c.proto = "pimv2";
    let r = pimv2(c, b, length, net);
    finish(c, r)
}

/// pimv2_check_checksum over the first `n` bytes: None when they were not
/// all captured (tcpdump's "unverified").
fn checksum_ok(b: &[u8], n: usize, net: &Net) -> Option<bool> {
    let seg = b.get(..n)?;
    let sum = if net.v6 {
        net.cksum(103, seg)
    } else {
        in_cksum(&[seg])
    };
    Some(sum == 0)
}

/// pimv2_print, after the type name.
fn pimv2(c: &mut Ctx, b: &[u8], length: usize, net: &Net) -> Step {
    if length < 2 {
        c.s("[length ");
        c.dec(length as u64);
        c.s(" < 2]");
        c.invalid();
        return Ok(());
    }
    let typ = u8at(b, 0)? & 0xf;
    let rsv = u8at(b, 1)?;
    // RFC 5015 took the high half of this byte for a subtype; the low half
    // is RFC 2117's unicast address length (0: encoded addresses).
    let addr_len = rsv & 0xf;
    if addr_len != 0 {
        c.s(", RFC2117-encoding");
    }
    if length < 4 {
        c.s("[length ");
        c.dec(length as u64);
        c.s(" < 4]");
        c.invalid();
        return Ok(());
    }
    let cksum = be16(b, 2)?;
    c.s(", cksum 0x");
    c.out.hex0(u64::from(cksum), 4);
    c.s(" ");
    if cksum == 0 {
        c.s("(unverified)");
    } else {
        // A Register's checksum covers its header only, but RFC 4601 asks
        // to accept one over the whole message too.
        let mut verdict = if typ == REGISTER {
            checksum_ok(b, 8, net)
        } else {
            checksum_ok(b, length, net)
        };
        if typ == REGISTER && verdict == Some(false) {
            verdict = checksum_ok(b, length, net);
        }
        c.s(match verdict {
            Some(true) => "(correct)",
            Some(false) => "(incorrect)",
            None => "(unverified)",
        });
    }
    let mut m = Msg {
        b,
        p: 4,
        len: length - 4,
        addr_len,
    };
    match typ {
        HELLO => hello(c, &mut m),
        REGISTER => register(c, &mut m),
        REGISTER_STOP => {
            c.s(" group=");
            m.addr(c, Kind::Group)?;
            c.s(" source=");
            m.addr(c, Kind::Unicast)
        }
        JOIN_PRUNE | GRAFT | GRAFT_ACK => join_prune(c, &mut m, typ),
        BOOTSTRAP => bootstrap(c, &mut m),
        ASSERT => {
            c.s(" group=");
            m.addr(c, Kind::Group)?;
            c.s(" src=");
            m.addr(c, Kind::Unicast)?;
            m.need(8)?;
            m.captured(8)?;
            if m.u8(0)? & 0x80 != 0 {
                c.s(" RPT");
            }
            c.s(" pref=");
            c.dec(m.u32(0)? & 0x7fff_ffff);
            c.s(" metric=");
            c.dec(m.u32(4)?);
            Ok(())
        }
        CANDIDATE_RP => candidate_rp(c, &mut m),
        PRUNE_REFRESH => {
            c.s(" src=");
            m.addr(c, Kind::Unicast)?;
            c.s(" grp=");
            m.addr(c, Kind::Group)?;
            c.s(" forwarder=");
            m.addr(c, Kind::Unicast)?;
            m.need(2)?;
            c.s(" TUNR ");
            relts(c, u32::from(m.u16(0)?));
            Ok(())
        }
        DF_ELECTION => df_election(c, &mut m, rsv >> 4),
        _ => {
            c.s(" [type ");
            c.dec(typ);
            c.s("]");
            Ok(())
        }
    }
}

/// The rest of a PIMv2 message: the captured bytes, where the printer is
/// (`p`) and how many bytes the message still claims (`len`, which like
/// tcpdump's may say more than was captured).
struct Msg<'a> {
    b: &'a [u8],
    p: usize,
    len: usize,
    /// RFC 2117 unicast address length, 0 for encoded addresses.
    addr_len: u8,
}

/// pimv2_addrtype.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Unicast,
    Group,
    Source,
}

impl Msg<'_> {
    fn u8(&self, at: usize) -> Res<u8> {
        u8at(self.b, self.p.saturating_add(at))
    }

    fn u16(&self, at: usize) -> Res<u16> {
        be16(self.b, self.p.saturating_add(at))
    }

    fn u32(&self, at: usize) -> Res<u32> {
        be32(self.b, self.p.saturating_add(at))
    }

    /// `if (len < n) goto trunc`.
    fn need(&self, n: usize) -> Step {
        if self.len < n {
            Err(Cut::Local)
        } else {
            Ok(())
        }
    }

    /// ND_TCHECK_LEN(bp, n) with a local trunc.
    fn captured(&self, n: usize) -> Step {
        if self.p.saturating_add(n) <= self.b.len() {
            Ok(())
        } else {
            Err(Cut::Local)
        }
    }

    fn skip(&mut self, n: usize) {
        self.p = self.p.saturating_add(n);
        self.len = self.len.saturating_sub(n);
    }

    /// pimv2_addr_print, then past the address; tcpdump's -1 is a local
    /// trunc at every caller.
    fn addr(&mut self, c: &mut Ctx, kind: Kind) -> Step {
        let n = self.addr_at(c, self.p, self.len, kind)?;
        self.skip(n);
        Ok(())
    }

    /// pimv2_addr_print of the address at `p` with `len` bytes claimed:
    /// the bytes it takes.
    fn addr_at(&self, c: &mut Ctx, p: usize, len: usize, kind: Kind) -> Step<usize> {
        let (v6, hdr) = if self.addr_len == 0 {
            if len < 2 {
                return Err(Cut::Local);
            }
            let v6 = match u8at(self.b, p)? {
                1 => false,
                2 => true,
                _ => return Err(Cut::Local),
            };
            if u8at(self.b, p.saturating_add(1))? != 0 {
                return Err(Cut::Local);
            }
            (v6, 2)
        } else {
            match self.addr_len {
                4 => (false, 0),
                16 => (true, 0),
                _ => return Err(Cut::Local),
            }
        };
        let size = if v6 { 16 } else { 4 };
        let (p, len) = (p.saturating_add(hdr), len - hdr);
        let body = if kind == Kind::Unicast { 0 } else { 2 };
        if len < size + body {
            return Err(Cut::Local);
        }
        let Ok(field) = bytes(self.b, p, size + body) else {
            return Err(Cut::Local);
        };
        let a = &field[body..];
        if v6 {
            c.ip6(a)
        } else {
            c.ip4(a)
        }
        if kind == Kind::Unicast {
            return Ok(hdr + size);
        }
        let (flags, mask) = (field[0], field[1]);
        if mask != if v6 { 128 } else { 32 } {
            c.s("/");
            c.dec(mask);
        }
        if flags != 0 {
            if kind == Kind::Group {
                c.s("(0x");
                c.out.hex0(u64::from(flags), 2);
                c.s(")");
            } else {
                c.s("(");
                for (bit, name) in [(4, "S"), (2, "W"), (1, "R")] {
                    if flags & bit != 0 {
                        c.s(name);
                    }
                }
                if flags & 0xf8 != 0 {
                    c.s("+0x");
                    c.out.hex0(u64::from(flags & 0xf8), 2);
                }
                c.s(")");
            }
        }
        Ok(hdr + 2 + size)
    }
}

/// Hello: each option's name, number, length and value; with -vv also its
/// bytes in hex.
fn hello(c: &mut Ctx, m: &mut Msg) -> Step {
    while m.len > 0 {
        m.need(4)?;
        let otype = m.u16(0)?;
        let olen = usize::from(m.u16(2)?);
        c.s("\n\t  ");
        c.s(hello_option_name(otype));
        c.s(" Option (");
        c.dec(otype);
        c.s("), length ");
        c.dec(olen as u64);
        c.s(", Value: ");
        m.skip(4);
        m.need(olen)?;
        m.captured(olen)?;
        let value = bytes(m.b, m.p, olen)?;
        let fixed = |c: &mut Ctx, want: usize| {
            if olen != want {
                c.s("[option length ");
                c.dec(olen as u64);
                c.s(" != ");
                c.dec(want as u64);
                c.s("]");
                c.invalid();
                false
            } else {
                true
            }
        };
        match otype {
            1 => {
                if !fixed(c, 2) {
                    return Ok(());
                }
                relts(c, u32::from(m.u16(0)?));
            }
            2 => {
                if !fixed(c, 4) {
                    return Ok(());
                }
                let delay = m.u16(0)?;
                let interval = m.u16(2)?;
                c.s("\n\t    T-bit=");
                c.dec(delay >> 15);
                c.s(", LAN delay ");
                c.dec(delay & 0x7fff);
                c.s("ms, Override interval ");
                c.dec(interval);
                c.s("ms");
            }
            18 | 19 => match olen {
                0 => c.s("Bi-Directional Capability (Old)"),
                4 => c.dec(m.u32(0)?),
                _ => {
                    fixed(c, 4);
                    return Ok(());
                }
            },
            20 => {
                if !fixed(c, 4) {
                    return Ok(());
                }
                let id = m.u32(0)?;
                c.s("0x");
                c.out.hex0(u64::from(id), 8);
            }
            21 => {
                if !fixed(c, 4) {
                    return Ok(());
                }
                let version = m.u8(0)?;
                c.s("v");
                c.dec(version);
                let interval = m.u8(1)?;
                if interval != 0 {
                    c.s(", interval ");
                    relts(c, u32::from(interval));
                }
                let rest = m.u16(2)?;
                if rest != 0 {
                    c.s(" ?0x");
                    c.out.hex0(u64::from(rest), 4);
                    c.s("?");
                }
            }
            22 => {}
            24 | 65001 => {
                if c.o.verbose > 1 {
                    // Addresses run to the option's end, each measured
                    // against what the whole message has left, as tcpdump
                    // does.
                    let (mut p, mut len) = (m.p, m.len);
                    while p < m.p + olen {
                        c.s("\n\t    ");
                        let n = m.addr_at(c, p, len, Kind::Unicast)?;
                        p += n;
                        len = len.saturating_sub(n);
                    }
                }
            }
            _ => {
                if c.o.verbose <= 1 {
                    super::hexdump::hex(c.out, "\n\t    ", value);
                }
            }
        }
        if c.o.verbose > 1 {
            super::hexdump::hex(c.out, "\n\t    ", value);
        }
        m.skip(olen);
    }
    Ok(())
}

fn hello_option_name(otype: u16) -> &'static str {
    match otype {
        1 => "Hold Time",
        2 => "LAN Prune Delay",
        18 => "DR Priority (Old)",
        19 => "DR Priority",
        20 => "Generation ID",
        21 => "State Refresh Capability",
        22 => "Bi-Directional Capability",
        24 => "Address List",
        65001 => "Address List (Old)",
        _ => "Unknown",
    }
}

/// Register: the flags, then the packet it carries.
fn register(c: &mut Ctx, m: &mut Msg) -> Step {
    m.need(4)?;
    m.captured(4)?;
    c.s(", Flags [ ");
    // tcpdump looks the whole word up, so both bits set read "none".
    c.s(match m.u32(0)? {
        0x8000_0000 => "Border",
        0x4000_0000 => "Null",
        _ => "none",
    });
    c.s(" ]\n\t");
    m.skip(4);
    if m.len == 0 {
        return Err(Cut::Local);
    }
    let inner = rest(m.b, m.p);
    match m.u8(0)? >> 4 {
        0 => {
            let (src, dst) = (bytes(inner, 12, 4)?, bytes(inner, 16, 4)?);
            c.s("IP-Null-header ");
            c.ip4(src);
            c.s(" > ");
            c.ip4(dst);
        }
        4 => ports::ip(c, inner, m.len)?,
        6 => ports::ip6(c, inner, m.len)?,
        v => {
            c.s("IP ver ");
            c.dec(v);
        }
    }
    Ok(())
}

/// Join/Prune, Graft and Graft-Ack: the groups with their joined and
/// pruned sources.
fn join_prune(c: &mut Ctx, m: &mut Msg, typ: u8) -> Step {
    if typ != GRAFT_ACK {
        c.s(", upstream-neighbor: ");
        m.addr(c, Kind::Unicast)?;
    }
    m.need(4)?;
    m.captured(4)?;
    let groups = m.u8(1)?;
    let hold = m.u16(2)?;
    c.s("\n\t  ");
    c.dec(groups);
    c.s(" group(s)");
    if typ != GRAFT_ACK {
        c.s(", holdtime: ");
        if hold == 0xffff {
            c.s("infinite");
        } else {
            relts(c, u32::from(hold));
        }
    }
    m.skip(4);
    for g in 1..=u32::from(groups) {
        c.s("\n\t    group #");
        c.dec(g);
        c.s(": ");
        m.addr(c, Kind::Group)?;
        m.need(4)?;
        m.captured(4)?;
        let joins = m.u16(0)?;
        let prunes = m.u16(2)?;
        c.s(", joined sources: ");
        c.dec(joins);
        c.s(", pruned sources: ");
        c.dec(prunes);
        m.skip(4);
        for (count, what) in [(joins, "joined"), (prunes, "pruned")] {
            for j in 1..=u32::from(count) {
                c.s("\n\t      ");
                c.s(what);
                c.s(" source #");
                c.dec(j);
                c.s(": ");
                m.addr(c, Kind::Source)?;
            }
        }
    }
    Ok(())
}

/// Bootstrap: the BSR, then each group with its RPs.
fn bootstrap(c: &mut Ctx, m: &mut Msg) -> Step {
    m.need(2)?;
    let tag = m.u16(0)?;
    c.s(" tag=");
    c.out.hex(u64::from(tag));
    m.skip(2);
    m.need(1)?;
    let hash_mask_len = m.u8(0)?;
    c.s(" hashmlen=");
    c.dec(hash_mask_len);
    m.need(2)?;
    // tcpdump checks the byte after BSR-priority here, not the priority.
    m.captured(3)?;
    c.s(" BSRprio=");
    c.dec(m.u8(1)?);
    m.skip(2);
    c.s(" BSR=");
    m.addr(c, Kind::Unicast)?;
    let mut group = 0u32;
    while m.len > 0 {
        c.s(" (group");
        c.dec(group);
        c.s(": ");
        m.addr(c, Kind::Group)?;
        m.need(1)?;
        let rp_count = m.u8(0)?;
        c.s(" RPcnt=");
        c.dec(rp_count);
        m.need(2)?;
        let frp = m.u8(1)?;
        c.s(" FRPcnt=");
        c.dec(frp);
        m.need(4)?;
        m.skip(4);
        let mut rp = 0u8;
        while rp < frp && m.len > 0 {
            c.s(" RP");
            c.dec(rp);
            c.s("=");
            m.addr(c, Kind::Unicast)?;
            m.need(2)?;
            c.s(",holdtime=");
            relts(c, u32::from(m.u16(0)?));
            m.need(3)?;
            let prio = m.u8(2)?;
            c.s(",prio=");
            c.dec(prio);
            m.need(4)?;
            m.skip(4);
            rp += 1;
        }
        c.s(")");
        group += 1;
    }
    Ok(())
}

/// Candidate-RP-Advertisement: the RP and the groups it offers to serve.
fn candidate_rp(c: &mut Ctx, m: &mut Msg) -> Step {
    m.need(1)?;
    let prefixes = m.u8(0)?;
    c.s(" prefix-cnt=");
    c.dec(prefixes);
    m.need(2)?;
    let prio = m.u8(1)?;
    c.s(" prio=");
    c.dec(prio);
    m.need(4)?;
    c.s(" holdtime=");
    relts(c, u32::from(m.u16(2)?));
    m.skip(4);
    c.s(" RP=");
    m.addr(c, Kind::Unicast)?;
    let mut i = 0u8;
    while i < prefixes && m.len > 0 {
        c.s(" Group");
        c.dec(i);
        c.s("=");
        m.addr(c, Kind::Group)?;
        i += 1;
    }
    Ok(())
}

/// DF Election (RFC 5015): the subtype from the header, the RP address
/// and the sender's metric; Backoff and Pass also name the other party.
fn df_election(c: &mut Ctx, m: &mut Msg, subtype: u8) -> Step {
    c.s("\n\t  ");
    c.s(match subtype {
        1 => "Offer",
        2 => "Winner",
        3 => "Backoff",
        4 => "Pass",
        _ => "Unknown",
    });
    c.s(", rpa=");
    m.addr(c, Kind::Unicast)?;
    // tcpdump reads the metrics without checking the message length.
    let pref = m.u32(0)?;
    c.s(" sender pref=");
    c.dec(pref);
    let metric = m.u32(4)?;
    c.s(" sender metric=");
    c.dec(metric);
    m.skip(8);
    if subtype == 3 || subtype == 4 {
        let who = if subtype == 3 { "offer" } else { "new winner" };
        c.s("\n\t  ");
        c.s(who);
        c.s(" addr=");
        m.addr(c, Kind::Unicast)?;
        for (at, what) in [(0, " pref="), (4, " metric=")] {
            let value = m.u32(at)?;
            c.s(" ");
            c.s(who);
            c.s(what);
            c.dec(value);
        }
        m.skip(8);
        if subtype == 3 {
            let interval = m.u16(0)?;
            c.s(" interval ");
            c.dec(interval);
            c.s("ms");
        }
    }
    Ok(())
}

/// pimv1_print: a PIMv1 message inside IGMP, after "igmp pimv1".
pub(crate) fn pimv1(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "pimv1";
    let r = pimv1_body(c, b, length);
    finish(c, r)
}

const V1_TYPES: [&str; 8] = [
    "Query",
    "Register",
    "Register-Stop",
    "Join/Prune",
    "RP-reachable",
    "Assert",
    "Graft",
    "Graft-ACK",
];

/// "/mask" after an address when the mask at `mask_at` is not all ones.
fn v1_mask(c: &mut Ctx, b: &[u8], mask_at: usize) -> Res {
    let mask = bytes(b, mask_at, 4)?;
    if mask != [0xff; 4] {
        c.s("/");
        c.ip4(mask);
    }
    Ok(())
}

fn pimv1_body(c: &mut Ctx, b: &[u8], length: usize) -> Step {
    let typ = u8at(b, 1)?;
    c.s(" ");
    match V1_TYPES.get(usize::from(typ)) {
        Some(name) => c.s(name),
        None => {
            c.s("[type ");
            c.dec(typ);
            c.s("]");
        }
    }
    let pair = |c: &mut Ctx, from: usize, to: usize| -> Res {
        let (src, dst) = (bytes(b, from, 4)?, bytes(b, to, 4)?);
        c.s(" for ");
        c.ip4(src);
        c.s(" > ");
        c.ip4(dst);
        Ok(())
    };
    match typ {
        0 => {
            if let Some(&mode) = b.get(8) {
                match mode >> 4 {
                    0 => c.s(" Dense-mode"),
                    1 => c.s(" Sparse-mode"),
                    2 => c.s(" Sparse-Dense-mode"),
                    m => {
                        c.s(" mode-");
                        c.dec(m);
                    }
                }
            }
            if c.o.verbose > 0 {
                c.s(" (Hold-time ");
                relts(c, u32::from(be16(b, 10)?));
                c.s(")");
            }
        }
        1 => {
            // The encapsulated IP header must be there whole.
            if b.len() < 28 {
                return Err(Cut::Local);
            }
            pair(c, 20, 24)?;
        }
        2 => pair(c, 8, 12)?,
        4 if c.o.verbose > 0 => {
            let group = bytes(b, 8, 4)?;
            c.s(" group ");
            c.ip4(group);
            v1_mask(c, b, 12)?;
            let rp = bytes(b, 16, 4)?;
            c.s(" RP ");
            c.ip4(rp);
            c.s(" hold ");
            relts(c, u32::from(be16(b, 22)?));
        }
        5 => {
            pair(c, 16, 8)?;
            v1_mask(c, b, 12)?;
            let (pref, metric) = (be32(b, 20)?, be32(b, 24)?);
            c.s(if pref & 0x8000_0000 != 0 {
                " RP-tree"
            } else {
                " SPT"
            });
            c.s(" pref ");
            c.dec(pref & 0x7fff_ffff);
            c.s(" metric ");
            c.dec(metric);
        }
        3 | 6 | 7 if c.o.verbose > 0 => {
            if length < 8 {
                return Err(Cut::Local);
            }
            // Its own truncation returns here, and the version note
            // still follows, as in tcpdump.
            let r = v1_join_prune(c, rest(b, 8), length - 8);
            finish(c, r)?;
        }
        _ => {}
    }
    let version = u8at(b, 4)? >> 4;
    if version != 1 {
        c.s(" [v");
        c.dec(version);
        c.s("]");
    }
    Ok(())
}

/// pimv1_join_prune_print: one line for a single source in a single
/// group, else the upstream neighbour and hold time, and with -vv each
/// group and source.
fn v1_join_prune(c: &mut Ctx, b: &[u8], length: usize) -> Step {
    if b.len() >= 30 && b[11] == 1 {
        let joins = be16(b, 20)?;
        if u32::from(joins) + u32::from(be16(b, 22)?) == 1 {
            c.s(" RPF ");
            c.ip4(&b[0..4]);
            c.s(" ");
            let hold = be16(b, 6)?;
            if hold != 180 {
                c.s("Hold ");
                relts(c, u32::from(hold));
            }
            c.s(if joins != 0 { "Join (" } else { "Prune (" });
            c.ip4(&b[26..30]);
            c.s("/");
            c.dec(b[25] & 0x3f);
            c.s(", ");
            c.ip4(&b[12..16]);
            v1_mask(c, b, 16)?;
            c.s(") ");
            c.s(if b[24] & 1 != 0 { "Sparse" } else { "Dense" });
            c.s(if b[25] & 0x80 != 0 { " WC" } else { "" });
            c.s(if b[25] & 0x40 != 0 { " RP" } else { " SPT" });
            return Ok(());
        }
    }
    let vv = c.o.verbose > 1;
    let mut p = 0usize;
    let mut len = length;
    let need = |len: usize, n: usize| if len < n { Err(Cut::Local) } else { Ok(()) };
    need(len, 4)?;
    if vv {
        c.s("\n");
    }
    let upstream = bytes(b, 0, 4)?;
    c.s(" Upstream Nbr: ");
    c.ip4(upstream);
    p += 4;
    len -= 4;
    need(len, 4)?;
    if vv {
        c.s("\n");
    }
    c.s(" Hold time: ");
    relts(c, u32::from(be16(b, p + 2)?));
    if !vv {
        return Ok(());
    }
    p += 4;
    len -= 4;
    need(len, 4)?;
    let groups = u8at(b, p + 3)?;
    p += 4;
    len -= 4;
    for _ in 0..groups {
        need(len, 4)?;
        let group = bytes(b, p, 4)?;
        c.s("\n\tGroup: ");
        c.ip4(group);
        p += 4;
        len -= 4;
        need(len, 4)?;
        v1_mask(c, b, p)?;
        p += 4;
        len -= 4;
        need(len, 4)?;
        let joins = be16(b, p)?;
        let prunes = be16(b, p + 2)?;
        c.s(" joined: ");
        c.dec(joins);
        c.s(" pruned: ");
        c.dec(prunes);
        p += 4;
        len -= 4;
        for i in 0..u32::from(joins) + u32::from(prunes) {
            need(len, 6)?;
            let (mode, flags) = (u8at(b, p)?, u8at(b, p + 1)?);
            let source = bytes(b, p + 2, 4)?;
            c.s("\n\t");
            c.s(if i < u32::from(joins) {
                "Join "
            } else {
                "Prune"
            });
            c.s(if mode & 1 != 0 { " Sparse " } else { " Dense " });
            if flags & 0x80 != 0 {
                c.s("WC ");
            }
            c.s(if flags & 0x40 != 0 { "RP " } else { "SPT " });
            c.ip4(source);
            c.s("/");
            c.dec(flags & 0x3f);
            p += 6;
            len -= 6;
        }
    }
    Ok(())
}
