//! PIM (print-pim.c): version 2 over IP protocol 103, with -v every
//! message's fields and Hello options; version 1, which rides in IGMP
//! type 0x14; the encoded addresses of RFC 4601 and the RFC 2117 form.
//!
//! tcpdump stops a PIM message in two ways, and they differ in what comes
//! after: its local `goto trunc` prints ` [|pimv2]` and returns to the
//! layer below (IGMP still checks its checksum after PIMv1), while a
//! GET_ macro past the capture ends the whole packet (and makes -x dump
//! from the link header). `Cut` keeps the two apart.
//!
//! This file holds the header, the checksum and the encoded addresses;
//! the PIMv2 message bodies are in messages.rs, PIMv1 in v1.rs.

use super::ctx::{Ctx, Net, Res, Trunc, be16, be32, bytes, codes, in_cksum, relts, u8at};
use super::out::Emit;

mod messages;
mod v1;

use messages::{bootstrap, candidate_rp, df_election, hello, join_prune, register};
pub(crate) use v1::pimv1;

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

codes! {
    /// pimv2_type_values.
    V2_TYPES: u8 {
        HELLO = 0 => "Hello",
        REGISTER = 1 => "Register",
        REGISTER_STOP = 2 => "Register Stop",
        JOIN_PRUNE = 3 => "Join / Prune",
        BOOTSTRAP = 4 => "Bootstrap",
        ASSERT = 5 => "Assert",
        GRAFT = 6 => "Graft",
        GRAFT_ACK = 7 => "Graft Acknowledgement",
        CANDIDATE_RP = 8 => "Candidate RP Advertisement",
        PRUNE_REFRESH = 9 => "Prune Refresh",
        DF_ELECTION = 10 => "DF Election",
        _ = 11 => "ECMP Redirect",
    }
}

/// pim_print: the PIM header over IP; `net` is the IP header, whose
/// version decides how the checksum is computed.
pub(crate) fn pim(c: &mut Ctx, b: &[u8], length: usize, net: &Net) -> Res {
    c.proto = "pim";
    let typever = u8at(b, 0)?;
    let (version, typ) = (typever >> 4, typever & 0xf);
    c.s_dec("PIMv", version);
    if version != 2 {
        c.s_dec(", length ", length as u64);
        return Ok(());
    }
    let name = V2_TYPES
        .iter()
        .find(|&&(code, _)| code == u32::from(typ))
        .map_or("Unknown Type", |&(_, name)| name);
    if c.o.verbose == 0 {
        c.s(", ");
        c.s(name);
        c.s_dec(", length ", length as u64);
        return Ok(());
    }
    c.s_dec(", length ", length as u64);
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
        c.invalid_length(["[length ", " < ", "]"], length, 2);
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
        c.invalid_length(["[length ", " < ", "]"], length, 4);
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
            c.s_dec(" [type ", typ);
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
            c.s_dec("/", mask);
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
