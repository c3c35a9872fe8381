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
    c.s("GREv");
    c.dec(vers);
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
    c.s(", length ");
    c.dec(length as u64);
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
        c.s(", badoffset=");
        c.dec(sreoff);
        return Ok(true);
    }
    if left % unit != 0 {
        c.s(", badlength=");
        c.dec(srelen);
        return Ok(true);
    }
    if off >= left {
        c.s(", badoff/len=");
        c.dec(sreoff);
        c.s("/");
        c.dec(srelen);
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
        c.s(", call ");
        c.dec(key & 0xffff);
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
    c.s(", length ");
    c.dec(length as u64);
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

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, numeric};

    /// GRE v0 and v1 headers with every optional field, source routes,
    /// cut and short datagrams, and the payloads each version decodes
    /// (expected text from tcpdump 4.99.3 -n on the same frames).
    #[test]
    fn gre_versions_and_fields() {
        golden(
            numeric(0),
            &[
                (
        "02000000000202000000000108004500002100010000402ff6a4c0000201c00002078000",
        "IP truncated-ip - 11 bytes missing! 192.0.2.1 > 192.0.2.7: GREv0 [|gre]",
    ),
                (
        "02000000000202000000000108004500003c00010000402ff689c0000201c000020720008100bea7f239000641004500001c00010000400166de0a0000010a0000020800f7ff00000000",
        "IP 192.0.2.1 > 192.0.2.7: GREv0, key=0xbea7f239, length 40: gre-proto-0x8100",
    ),
                (
        "02000000000202000000000108004500003c00010000402ff689c0000201c000020780000800604c0000ff0300214500001c00010000400166de0a0000010a0000020800f7ff00000000",
        "IP 192.0.2.1 > 192.0.2.7: GREv0, off 0x0, length 40: IP15 (invalid)",
    ),
                (
        "02000000000202000000000108004500004000010000402ff685c0000201c00002079000884797930000499006c8000641004500001c00010000400166de0a0000010a0000020800f7ff00000000",
        "IP 192.0.2.1 > 192.0.2.7: GREv0, off 0x0, seq 1234175688, length 44: MPLS (label 100, tc 0, [S], ttl 0) IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id 0, seq 0, length 8",
    ),
                (
        "02000000000202000000000108004500004000010000402ff685c0000201c0000207a00088474ed60000",
        "IP truncated-ip - 36 bytes missing! 192.0.2.1 > 192.0.2.7: GREv0, off 0x0 [|gre]",
    ),
                (
        "02000000000202000000000108004500003400010000402ff691c0000201c0000207080065584500001c00010000400166de0a0000010a0000020800f7ff00000000",
        "IP 192.0.2.1 > 192.0.2.7: GREv0, length 32: 00:00:40:01:66:de > 45:00:00:1c:00:01, ethertype Unknown (0x0a00), length 28: 
	0x0000:  0001 0a00 0002 0800 f7ff 0000 0000       ..............",
    ),
                (
        "02000000000202000000000108004500001c00010000402ff6a9c0000201c0000207",
        "IP truncated-ip - 8 bytes missing! 192.0.2.1 > 192.0.2.7:  [|gre]",
    ),
                (
        "02000000000202000000000108004500005800010000402ff66dc0000201c0000207b0816558201200001a5632e00168ef2496c030426000000000083a4020010db800000000000000000000000120010db80000000000000000000000028000244800000000",
        "IP 192.0.2.1 > 192.0.2.7: GREv1, call 0, seq 441856736, ack 23654180, length 68: gre-proto-0x6558",
    ),
                (
        "02000000000202000000000108004500002000010000402ff6a5c0000201c000020720410800c6e243b04cd69e27",
        "IP 192.0.2.1 > 192.0.2.7: GREv1, call 17328, no-payload, length 12",
    ),
                (
        "02000000000202000000000108004500004c00010000402ff679c0000201c0000207200788bea727a3ba6000000000083a4020010db800000000000000000000000120010db80000000000000000000000028000244800000000",
        "IP 192.0.2.1 > 192.0.2.7: GREv7 ERROR: unknown-version",
    ),
                (
        "02000000000202000000000108004500005400010000402ff671c0000201c00002073081880bd7131972f7dffe0687ea2a106000000000083a4020010db800000000000000000000000120010db80000000000000000000000028000244800000000",
        "IP 192.0.2.1 > 192.0.2.7: GREv1, call 6514, seq 4158651910, ack 2280270352, length 64: unknown PPP protocol (0x6000) 
	0x0000:  0000 0008 3a40 2001 0db8 0000 0000 0000
	0x0010:  0000 0000 0001 2001 0db8 0000 0000 0000
	0x0020:  0000 0000 0002 8000 2448 0000 0000",
    ),
                (
        "02000000000202000000000108004500004600010000402ff67fc0000201c0000207400022eb4e0a6bef02000000000402000000000308004500001c00010000401166ce0a0000010a000002000100020008ebd8",
        "IP 192.0.2.1 > 192.0.2.7: GREv0, off 0x6bef, (rtaf=0x200), (rtaf=0x4), (rtaf=0x0), length 50: gre-proto-0x22eb",
    ),
                (
        "02000000000202000000000108004500002400010000402ff6a1c0000201c0000207608188be1ff90085",
        "IP truncated-ip - 8 bytes missing! 192.0.2.1 > 192.0.2.7: GREv1, call 133 [|gre]",
    ),
                (
        "02000000000202000000000108004500005000010000402ff675c0000201c0000207600081006678d92f9da9065d6000000000083a4020010db800000000000000000000000120010db80000000000000000000000028000244800000000",
        "IP 192.0.2.1 > 192.0.2.7: GREv0, off 0xd92f, key=0x9da9065d, (rtaf=0x6000), (rtaf=0x8) [|gre]",
    ),
                (
        "02000000000202000000000108004500003700010000402ff68ec0000201c000020710008847c1412dd6ede542e84bdc965d077a162d9261766c59fb6a1905f242f72dfa3d",
        "IP 192.0.2.1 > 192.0.2.7: GREv0, seq 3242274262, length 35: MPLS (label 974420, tc 1, ttl 232) (label 310729, tc 3, ttl 93) (label 30625, tc 3, ttl 45) (label 599575, tc 3, ttl 108) (label 368566, tc 5, ttl 25) (label 24356, tc 1, ttl 247) (invalid)",
    ),
                (
        "02000000000202000000000108004500001c00010000402ff6a9c0000201c000020728011234",
        "IP truncated-ip - 4 bytes missing! 192.0.2.1 > 192.0.2.7: GREv1 [|gre]",
    ),
                (
        "02000000000202000000000108004500004200010000402ff683c0000201c00002070000884702000000000402000000000308004500001c",
        "IP truncated-ip - 24 bytes missing! 192.0.2.1 > 192.0.2.7: GREv0, length 46: MPLS (label 8192, tc 0, ttl 0) (label 64, tc 1, ttl 0) (label 0, tc 0, ttl 3) (label 32772, tc 2, [S], ttl 0)
	0x0000:  001c                                     .. [|mpls]",
    ),
                (
        "02000000000202000000000108004500004a00010000402ff67bc0000201c000020760000800358456dd34c6172302000000000402000000000308004500001c00010000401166ce0a0000010a000002000100020008ebd8",
        "IP 192.0.2.1 > 192.0.2.7: GREv0, off 0x56dd, key=0x34c61723, (rtaf=0x200), (rtaf=0x4), (rtaf=0x0), length 54: IP0 (invalid)",
    ),
            ],
        );
    }
}
