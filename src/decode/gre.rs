//! GRE (print-gre.c): versions 0 and 1 (PPTP), flags, optional fields and
//! the routing entries, then the payload by its protocol type.

use super::ctx::{Ctx, Res, be16, be32, bytes, codes, rest, u8at};
use super::dispatch;
use super::out::Emit;
use crate::wire::{ethertype as et, gre};

/// gre_print, versions 0 and 1. Each field is read before its text is
/// printed and every length is checked as tcpdump checks it (a field past
/// the datagram is " (invalid)", past the capture " [|gre]").
pub(crate) fn gre(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "gre";
    let Ok(flags) = be16(b, 0) else {
        c.trunc();
        return Ok(());
    };
    let vers = flags & 7;
    c.s_dec("GREv", vers);
    if length < 2 {
        c.invalid();
        return Ok(());
    }
    match vers {
        0 => gre0(c, b, length, flags),
        1 => gre1(c, b, length, flags),
        _ => {
            c.s(" ERROR: unknown-version");
            Ok(())
        }
    }
}

/// A GRE header read past the capture: tcpdump 4.99.3 checks these with
/// ND_TCHECK, so the line ends in " [|gre]" but the -x dump still leaves
/// out the link header (no longjmp).
macro_rules! get {
    ($c:expr, $e:expr) => {
        match $e {
            Ok(v) => v,
            Err(_) => {
                $c.trunc();
                return Ok(Default::default());
            }
        }
    };
}

codes! {
    /// gre_flag_values: the flag bits, which say which optional fields
    /// follow, named as -v prints them.
    FLAGS: u16 {
        GRE_CP = 0x8000 => "checksum present",
        GRE_RP = 0x4000 => "routing present",
        GRE_KP = 0x2000 => "key present",
        GRE_SP = 0x1000 => "sequence# present",
        _ = 0x0800 => "source routing present",
        GRE_AP = 0x0080 => "ack present",
    }
}

fn gre_flags(c: &mut Ctx, flags: u16) {
    if c.o.verbose > 0 {
        c.s(", Flags [");
        c.flag_names(u32::from(flags), FLAGS);
        c.s("]");
    }
}

/// The cursor over a GRE header: position and datagram bytes left.
struct Cur {
    p: usize,
    len: usize,
}

impl Cur {
    /// ND_ICHECK_U(len, <, n): false (print " (invalid)") when short.
    fn has(&self, n: usize) -> bool {
        self.len >= n
    }

    fn skip(&mut self, n: usize) {
        self.p += n;
        self.len -= n;
    }

    /// The 2- or 4-byte field at the cursor, which then moves past it. It
    /// is read before it is checked against the datagram, as tcpdump's
    /// GET_BE_U_n before ND_ICHECK_U: None when the line has ended, in
    /// " [|gre]" (past the capture) or " (invalid)" (past the datagram).
    fn take(&mut self, c: &mut Ctx, b: &[u8], width: usize) -> Option<u32> {
        let read = match width {
            2 => be16(b, self.p).map(u32::from),
            _ => be32(b, self.p),
        };
        let Ok(value) = read else {
            c.trunc();
            return None;
        };
        if !self.has(width) {
            c.invalid();
            return None;
        }
        self.skip(width);
        Some(value)
    }

    /// `label` and the 4-byte number at the cursor, when its flag says it
    /// is `present`; None when the line has ended, as for `take`.
    fn number(&mut self, c: &mut Ctx, b: &[u8], present: bool, label: &str) -> Option<()> {
        if present {
            let v = self.take(c, b, 4)?;
            c.s(label);
            c.dec(v);
        }
        Some(())
    }
}

fn gre0(c: &mut Ctx, b: &[u8], length: usize, flags: u16) -> Res {
    gre_flags(c, flags);
    let mut k = Cur {
        p: 2,
        len: length.saturating_sub(2),
    };
    let Some(prot) = k.take(c, b, 2) else {
        return Ok(());
    };
    let prot = prot as u16;
    if flags & (GRE_CP | GRE_RP) != 0 {
        if !k.has(2) {
            c.invalid();
            return Ok(());
        }
        if c.o.verbose > 0 {
            let sum = get!(c, be16(b, k.p));
            c.s(", sum 0x");
            c.out.hex(u64::from(sum));
        }
        k.skip(2);
        let Some(off) = k.take(c, b, 2) else {
            return Ok(());
        };
        c.s(", off 0x");
        c.out.hex(u64::from(off));
    }
    if flags & GRE_KP != 0 {
        let Some(key) = k.take(c, b, 4) else {
            return Ok(());
        };
        c.s(", key=0x");
        c.out.hex(u64::from(key));
    }
    if k.number(c, b, flags & GRE_SP != 0, ", seq ").is_none() {
        return Ok(());
    }
    if flags & GRE_RP != 0 {
        // tcpdump 4.99.3 walks the source route by what was captured: an
        // entry past the capture ends the line with " [|gre]".
        loop {
            let af = get!(c, be16(b, k.p));
            let sreoff = get!(c, u8at(b, k.p + 2));
            let srelen = get!(c, u8at(b, k.p + 3));
            k.p += 4;
            k.len = k.len.saturating_sub(4);
            if af == 0 && srelen == 0 {
                break;
            }
            if !get!(c, sre(c, af, sreoff, srelen, b, &k)) {
                c.trunc();
                return Ok(());
            }
            get!(c, bytes(b, k.p, usize::from(srelen)));
            k.p += usize::from(srelen);
            k.len = k.len.saturating_sub(usize::from(srelen));
        }
    }
    dispatch::tunnel_proto(c, prot);
    c.s_dec(", length ", length as u64);
    c.s(if c.o.verbose > 0 { "\n\t" } else { ": " });
    let inner = rest(b, k.p);
    let len = k.len;
    match prot {
        et::IPV4 => dispatch::ip(c, inner, len),
        et::IPV6 => dispatch::ip6(c, inner, len),
        et::TEB => {
            dispatch::ether(c, inner, len)?;
            Ok(())
        }
        et::MPLS => dispatch::mpls(c, inner, len),
        gre::PROTO_ISO => dispatch::isoclns(c, inner, len),
        _ => {
            c.s("gre-proto-0x");
            c.out.hex(u64::from(prot));
            Ok(())
        }
    }
}

/// gre_sre_print: one source route entry; Ok(false) where tcpdump goes
/// to "trunc" (an entry past the datagram).
fn sre(c: &mut Ctx, af: u16, sreoff: u8, srelen: u8, b: &[u8], k: &Cur) -> Res<bool> {
    let (unit, name) = match af {
        0x0800 => (4usize, "ip"),
        0xfffe => (2usize, "asn"),
        _ => {
            c.s(", (rtaf=0x");
            c.out.hex(u64::from(af));
            c.s(")");
            return Ok(true);
        }
    };
    c.s(", (rtaf=");
    c.s(name);
    let ok = sre_entries(c, unit, sreoff, srelen, b, k)?;
    c.s(")");
    Ok(ok)
}

fn sre_entries(c: &mut Ctx, unit: usize, sreoff: u8, srelen: u8, b: &[u8], k: &Cur) -> Res<bool> {
    let (off, mut left) = (usize::from(sreoff), usize::from(srelen));
    // A bad offset or length is reported and the walk goes on to the next
    // entry (tcpdump's gre_sre_ip_print and _asn_print return 1).
    if off % unit != 0 {
        c.s_dec(", badoffset=", sreoff);
        return Ok(true);
    }
    if left % unit != 0 {
        c.s_dec(", badlength=", srelen);
        return Ok(true);
    }
    if off >= left {
        c.s_dec(", badoff/len=", sreoff);
        c.s_dec("/", srelen);
        return Ok(true);
    }
    let (mut p, mut len) = (k.p, k.len);
    while left != 0 {
        // An entry not captured or past the datagram ends the walk; the
        // caller still closes the parenthesis before " [|gre]".
        let Ok(entry) = bytes(b, p, unit) else {
            return Ok(false);
        };
        if len < unit {
            return Ok(false);
        }
        c.s(" ");
        if p - k.p == off {
            c.s("*");
        }
        if unit == 4 {
            c.out.ip4(entry);
        } else {
            c.out
                .hex(u64::from(u16::from_be_bytes([entry[0], entry[1]])));
        }
        p += unit;
        len = len.saturating_sub(unit);
        left = left.saturating_sub(unit);
    }
    Ok(true)
}

fn gre1(c: &mut Ctx, b: &[u8], length: usize, flags: u16) -> Res {
    let mut k = Cur {
        p: 2,
        len: length.saturating_sub(2),
    };
    gre_flags(c, flags);
    let Some(prot) = k.take(c, b, 2) else {
        return Ok(());
    };
    let prot = prot as u16;
    if flags & GRE_KP != 0 {
        let Some(key) = k.take(c, b, 4) else {
            return Ok(());
        };
        c.s_dec(", call ", key & 0xffff);
    }
    if k.number(c, b, flags & GRE_SP != 0, ", seq ").is_none() {
        return Ok(());
    }
    if k.number(c, b, flags & GRE_AP != 0, ", ack ").is_none() {
        return Ok(());
    }
    if flags & GRE_SP == 0 {
        c.s(", no-payload");
    }
    dispatch::tunnel_proto(c, prot);
    c.s_dec(", length ", length as u64);
    if flags & GRE_SP == 0 {
        return Ok(());
    }
    c.s(if c.o.verbose > 0 { "\n\t" } else { ": " });
    match prot {
        0x880b => dispatch::ppp(c, rest(b, k.p), k.len),
        _ => {
            c.s("gre-proto-0x");
            c.out.hex(u64::from(prot));
            Ok(())
        }
    }
}
