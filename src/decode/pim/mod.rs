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
    c.s("PIMv");
    c.dec(version);
    if version != 2 {
        c.s(", length ");
        c.dec(length as u64);
        return Ok(());
    }
    let name = V2_TYPES
        .iter()
        .find(|&&(code, _)| code == u32::from(typ))
        .map_or("Unknown Type", |&(_, name)| name);
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

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, numeric};

    /// Without -v: the type on the IP line. Each as tcpdump 4.99.3 -t -n printed it.
    #[test]
    fn summary_line() {
        golden(
            numeric(0),
            &[(
                "01005e00000dc20252720000080045c00036037f00000167cb130a000002e000000d2000aa6e000100020069001400043f0ef4cd00130004000000010015000401000000",
                "IP 10.0.0.2 > 224.0.0.13: PIMv2, Hello, length 34",
            )],
        );
    }

    /// -v: each message type over IPv4 and IPv6, whole and cut at several
    /// points. Each as tcpdump 4.99.3 -t -n -v printed it.
    #[test]
    fn verbose_messages_whole_and_cut() {
        golden(
            numeric(1),
            &[
                (
                    "01005e00000dc20252720000080045c00036037f00000167cb130a000002e000000d2000aa6e000100020069001400043f0ef4cd00130004000000010015000401000000",
                    "IP (tos 0xc0, ttl 1, id 895, offset 0, flags [none], proto PIM (103), length 54)\n    10.0.0.2 > 224.0.0.13: PIMv2, length 34\n\tHello, cksum 0xaa6e (correct)\n\t  Hold Time Option (1), length 2, Value: 1m45s\n\t  Generation ID Option (20), length 4, Value: 0x3f0ef4cd\n\t  DR Priority Option (19), length 4, Value: 1\n\t  State Refresh Capability Option (21), length 4, Value: v1",
                ),
                (
                    "01005e00000dc20252720000080045c00036037f00000167cb130a000002e000000d2000aa6e0001",
                    "IP truncated-ip - 28 bytes missing! (tos 0xc0, ttl 1, id 895, offset 0, flags [none], proto PIM (103), length 54)\n    10.0.0.2 > 224.0.0.13: PIMv2, length 34\n\tHello, cksum 0xaa6e (unverified) [|pimv2]",
                ),
                (
                    "01005e00000dc20252720000080045c00036037f00000167cb130a000002e000000d2000aa6e000100020069",
                    "IP truncated-ip - 24 bytes missing! (tos 0xc0, ttl 1, id 895, offset 0, flags [none], proto PIM (103), length 54)\n    10.0.0.2 > 224.0.0.13: PIMv2, length 34\n\tHello, cksum 0xaa6e (unverified)\n\t  Hold Time Option (1), length 2, Value: 1m45s [|pimv2]",
                ),
                (
                    "01005e00000dc20252720000080045c00036037f00000167cb130a000002e000000d2000aa6e0001000200690014",
                    "IP truncated-ip - 22 bytes missing! (tos 0xc0, ttl 1, id 895, offset 0, flags [none], proto PIM (103), length 54)\n    10.0.0.2 > 224.0.0.13: PIMv2, length 34\n\tHello, cksum 0xaa6e (unverified)\n\t  Hold Time Option (1), length 2, Value: 1m45s [|pimv2]",
                ),
                (
                    "01005e00000dc20252720000080045c00036037f00000167cb130a000002e000000d2000aa6e000100020069001400043f0ef4cd",
                    "IP truncated-ip - 16 bytes missing! (tos 0xc0, ttl 1, id 895, offset 0, flags [none], proto PIM (103), length 54)\n    10.0.0.2 > 224.0.0.13: PIMv2, length 34\n\tHello, cksum 0xaa6e (unverified)\n\t  Hold Time Option (1), length 2, Value: 1m45s\n\t  Generation ID Option (20), length 4, Value: 0x3f0ef4cd [|pimv2]",
                ),
                (
                    "01005e00000dc20252720000080045c00036037f00000167cb130a000002e000000d2000aa6e000100020069001400043f0ef4cd001300040000",
                    "IP truncated-ip - 10 bytes missing! (tos 0xc0, ttl 1, id 895, offset 0, flags [none], proto PIM (103), length 54)\n    10.0.0.2 > 224.0.0.13: PIMv2, length 34\n\tHello, cksum 0xaa6e (unverified)\n\t  Hold Time Option (1), length 2, Value: 1m45s\n\t  Generation ID Option (20), length 4, Value: 0x3f0ef4cd\n\t  DR Priority Option (19), length 4, Value:  [|pimv2]",
                ),
                (
                    "01005e00000dc2023d800001080045c00036008b00000167cdfb0a00000ee000000d23005ae501000a00000d000100d201000020ef7b7b7b000100000100072001010101",
                    "IP (tos 0xc0, ttl 1, id 139, offset 0, flags [none], proto PIM (103), length 54)\n    10.0.0.14 > 224.0.0.13: PIMv2, length 34\n\tJoin / Prune, cksum 0x5ae5 (correct), upstream-neighbor: 10.0.0.13\n\t  1 group(s), holdtime: 3m30s\n\t    group #1: 239.123.123.123, joined sources: 1, pruned sources: 0\n\t      joined source #1: 1.1.1.1(SWR)",
                ),
                (
                    "01005e00000dc2023d800001080045c00036008b00000167cdfb0a00000ee000000d23005ae50100",
                    "IP truncated-ip - 28 bytes missing! (tos 0xc0, ttl 1, id 139, offset 0, flags [none], proto PIM (103), length 54)\n    10.0.0.14 > 224.0.0.13: PIMv2, length 34\n\tJoin / Prune, cksum 0x5ae5 (unverified), upstream-neighbor:  [|pimv2]",
                ),
                (
                    "01005e00000dc2023d800001080045c00036008b00000167cdfb0a00000ee000000d23005ae501000a00000d",
                    "IP truncated-ip - 24 bytes missing! (tos 0xc0, ttl 1, id 139, offset 0, flags [none], proto PIM (103), length 54)\n    10.0.0.14 > 224.0.0.13: PIMv2, length 34\n\tJoin / Prune, cksum 0x5ae5 (unverified), upstream-neighbor: 10.0.0.13 [|pimv2]",
                ),
                (
                    "01005e00000dc2023d800001080045c00036008b00000167cdfb0a00000ee000000d23005ae501000a00000d000100d20100",
                    "IP truncated-ip - 18 bytes missing! (tos 0xc0, ttl 1, id 139, offset 0, flags [none], proto PIM (103), length 54)\n    10.0.0.14 > 224.0.0.13: PIMv2, length 34\n\tJoin / Prune, cksum 0x5ae5 (unverified), upstream-neighbor: 10.0.0.13\n\t  1 group(s), holdtime: 3m30s\n\t    group #1:  [|pimv2]",
                ),
                (
                    "01005e00000dc2023d800001080045c00036008b00000167cdfb0a00000ee000000d23005ae501000a00000d000100d201000020ef7b7b7b",
                    "IP truncated-ip - 12 bytes missing! (tos 0xc0, ttl 1, id 139, offset 0, flags [none], proto PIM (103), length 54)\n    10.0.0.14 > 224.0.0.13: PIMv2, length 34\n\tJoin / Prune, cksum 0x5ae5 (unverified), upstream-neighbor: 10.0.0.13\n\t  1 group(s), holdtime: 3m30s\n\t    group #1: 239.123.123.123 [|pimv2]",
                ),
                (
                    "01005e00000dc2023d800001080045c00036008b00000167cdfb0a00000ee000000d23005ae501000a00000d000100d201000020ef7b7b7b000100000100",
                    "IP truncated-ip - 6 bytes missing! (tos 0xc0, ttl 1, id 139, offset 0, flags [none], proto PIM (103), length 54)\n    10.0.0.14 > 224.0.0.13: PIMv2, length 34\n\tJoin / Prune, cksum 0x5ae5 (unverified), upstream-neighbor: 10.0.0.13\n\t  1 group(s), holdtime: 3m30s\n\t    group #1: 239.123.123.123, joined sources: 1, pruned sources: 0\n\t      joined source #1:  [|pimv2]",
                ),
                (
                    "01005e00000dc2023d800001080045c00036008b00000167cdfb0a00000ee000000d23005ae501000a00000d000100d201000020ef7b7b7b00010000010007200101",
                    "IP truncated-ip - 2 bytes missing! (tos 0xc0, ttl 1, id 139, offset 0, flags [none], proto PIM (103), length 54)\n    10.0.0.14 > 224.0.0.13: PIMv2, length 34\n\tJoin / Prune, cksum 0x5ae5 (unverified), upstream-neighbor: 10.0.0.13\n\t  1 group(s), holdtime: 3m30s\n\t    group #1: 239.123.123.123, joined sources: 1, pruned sources: 0\n\t      joined source #1:  [|pimv2]",
                ),
                (
                    "01005e00000dc2023d800001080045c00036008b00000167cdfb0a00000ee000000d23005ae501000a00000d000100d201000020ef7b7b7b000100000100072001010101",
                    "IP (tos 0xc0, ttl 1, id 139, offset 0, flags [none], proto PIM (103), length 54)\n    10.0.0.14 > 224.0.0.13: PIMv2, length 34\n\tJoin / Prune, cksum 0x5ae5 (correct), upstream-neighbor: 10.0.0.13\n\t  1 group(s), holdtime: 3m30s\n\t    group #1: 239.123.123.123, joined sources: 1, pruned sources: 0\n\t      joined source #1: 1.1.1.1(SWR)",
                ),
                (
                    "01005e00000dc2003dee0001080045c0004201dd00000167cca60a000005e000000d2400e41004b0000001000101010101000004e0000000020200000100020202020096000001000303030300960000",
                    "IP (tos 0xc0, ttl 1, id 477, offset 0, flags [none], proto PIM (103), length 66)\n    10.0.0.5 > 224.0.0.13: PIMv2, length 46\n\tBootstrap, cksum 0xe410 (correct) tag=4b0 hashmlen=0 BSRprio=0 BSR=1.1.1.1 (group0: 224.0.0.0/4 RPcnt=2 FRPcnt=2 RP0=2.2.2.2,holdtime=2m30s,prio=0 RP1=3.3.3.3,holdtime=2m30s,prio=0)",
                ),
                (
                    "2e8bb6a6d97810000000000208004500004e00010000406790390a000002e000000d24805abd0021052d01000a00000701000120e10000020101000001000a00000500766b0001000020e10000030101000001000a00000600a32700",
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PIM (103), length 78)\n    10.0.0.2 > 224.0.0.13: PIMv2, length 58\n\tBootstrap, cksum 0x5abd (correct) tag=21 hashmlen=5 BSRprio=45 BSR=10.0.0.7 (group0: 225.0.0.2(0x01) RPcnt=1 FRPcnt=1 RP0=10.0.0.5,holdtime=1m58s,prio=107) (group1: 225.0.0.3 RPcnt=1 FRPcnt=1 RP0=10.0.0.6,holdtime=2m43s,prio=39)",
                ),
                (
                    "2e8bb6a6d97810000000000208004500004e00010000406790390a000002e000000d24805abd0021052d",
                    "IP truncated-ip - 50 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PIM (103), length 78)\n    10.0.0.2 > 224.0.0.13: PIMv2, length 58\n\tBootstrap, cksum 0x5abd (unverified) tag=21 hashmlen=5 [|pimv2]",
                ),
                (
                    "2e8bb6a6d97810000000000208004500004e00010000406790390a000002e000000d24805abd0021052d01000a0000",
                    "IP truncated-ip - 45 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PIM (103), length 78)\n    10.0.0.2 > 224.0.0.13: PIMv2, length 58\n\tBootstrap, cksum 0x5abd (unverified) tag=21 hashmlen=5 BSRprio=45 BSR= [|pimv2]",
                ),
                (
                    "2e8bb6a6d97810000000000208004500004e00010000406790390a000002e000000d24805abd0021052d01000a00000701000120e10000020101",
                    "IP truncated-ip - 34 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PIM (103), length 78)\n    10.0.0.2 > 224.0.0.13: PIMv2, length 58\n\tBootstrap, cksum 0x5abd (unverified) tag=21 hashmlen=5 BSRprio=45 BSR=10.0.0.7 (group0: 225.0.0.2(0x01) RPcnt=1 FRPcnt=1 RP0= [|pimv2]",
                ),
                (
                    "2e8bb6a6d97810000000000208004500004e00010000406790390a000002e000000d24805abd0021052d01000a00000701000120e10000020101000001000a000005",
                    "IP truncated-ip - 26 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PIM (103), length 78)\n    10.0.0.2 > 224.0.0.13: PIMv2, length 58\n\tBootstrap, cksum 0x5abd (unverified) tag=21 hashmlen=5 BSRprio=45 BSR=10.0.0.7 (group0: 225.0.0.2(0x01) RPcnt=1 FRPcnt=1 RP0=10.0.0.5,holdtime= [|pimv2]",
                ),
                (
                    "2e8bb6a6d97810000000000208004500004e00010000406790390a000002e000000d24805abd0021052d01000a00000701000120e10000020101000001000a00000500766b000100",
                    "IP truncated-ip - 20 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PIM (103), length 78)\n    10.0.0.2 > 224.0.0.13: PIMv2, length 58\n\tBootstrap, cksum 0x5abd (unverified) tag=21 hashmlen=5 BSRprio=45 BSR=10.0.0.7 (group0: 225.0.0.2(0x01) RPcnt=1 FRPcnt=1 RP0=10.0.0.5,holdtime=1m58s,prio=107) (group1:  [|pimv2]",
                ),
                (
                    "2e8bb6a6d97810000000000208004500004e00010000406790390a000002e000000d24805abd0021052d01000a00000701000120e10000020101000001000a00000500766b0001000020e10000030101",
                    "IP truncated-ip - 12 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PIM (103), length 78)\n    10.0.0.2 > 224.0.0.13: PIMv2, length 58\n\tBootstrap, cksum 0x5abd (unverified) tag=21 hashmlen=5 BSRprio=45 BSR=10.0.0.7 (group0: 225.0.0.2(0x01) RPcnt=1 FRPcnt=1 RP0=10.0.0.5,holdtime=1m58s,prio=107) (group1: 225.0.0.3 RPcnt=1 FRPcnt=1 RP0= [|pimv2]",
                ),
                (
                    "2e8bb6a6d97810000000000208004500004e00010000406790390a000002e000000d24805abd0021052d01000a00000701000120e10000020101000001000a00000500766b0001000020e1000003010100000100",
                    "IP truncated-ip - 8 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PIM (103), length 78)\n    10.0.0.2 > 224.0.0.13: PIMv2, length 58\n\tBootstrap, cksum 0x5abd (unverified) tag=21 hashmlen=5 BSRprio=45 BSR=10.0.0.7 (group0: 225.0.0.2(0x01) RPcnt=1 FRPcnt=1 RP0=10.0.0.5,holdtime=1m58s,prio=107) (group1: 225.0.0.3 RPcnt=1 FRPcnt=1 RP0= [|pimv2]",
                ),
                (
                    "cc05061cf000cc06061cf001080045000080015e0000ff673664c0a80006c0a801fe2100deff0000000045000064000f0000fe01f6d2c0a8140aef010203080090e100030000000000000005ed60abcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcd",
                    "IP (tos 0x0, ttl 255, id 350, offset 0, flags [none], proto PIM (103), length 128)\n    192.168.0.6 > 192.168.1.254: PIMv2, length 108\n\tRegister, cksum 0xdeff (correct), Flags [ none ]\n\tIP (tos 0x0, ttl 254, id 15, offset 0, flags [none], proto ICMP (1), length 100)\n    192.168.20.10 > 239.1.2.3: ICMP echo request, id 3, seq 0, length 80",
                ),
                (
                    "cc05061cf000cc06061cf001080045000080015e0000ff673664c0a80006c0a801fe2100deff0000",
                    "IP truncated-ip - 102 bytes missing! (tos 0x0, ttl 255, id 350, offset 0, flags [none], proto PIM (103), length 128)\n    192.168.0.6 > 192.168.1.254: PIMv2, length 108\n\tRegister, cksum 0xdeff (unverified) [|pimv2]",
                ),
                (
                    "cc05061cf000cc06061cf001080045000080015e0000ff673664c0a80006c0a801fe2100deff00000000450000",
                    "IP truncated-ip - 97 bytes missing! (tos 0x0, ttl 255, id 350, offset 0, flags [none], proto PIM (103), length 128)\n    192.168.0.6 > 192.168.1.254: PIMv2, length 108\n\tRegister, cksum 0xdeff (correct), Flags [ none ]\n\tIP  [|ip]",
                ),
                (
                    "cc05061cf000cc06061cf001080045000080015e0000ff673664c0a80006c0a801fe2100deff0000000045000064000f0000fe01f6d2c0a8140aef01",
                    "IP truncated-ip - 82 bytes missing! (tos 0x0, ttl 255, id 350, offset 0, flags [none], proto PIM (103), length 128)\n    192.168.0.6 > 192.168.1.254: PIMv2, length 108\n\tRegister, cksum 0xdeff (correct), Flags [ none ]\n\tIP  [|ip]",
                ),
                (
                    "cc06061cf001cc05061cf000080045c0002602820000ff6734dac0a801fec0a800062200162801000020ef0102030100c0a8140a0000000000000000",
                    "IP (tos 0xc0, ttl 255, id 642, offset 0, flags [none], proto PIM (103), length 38)\n    192.168.1.254 > 192.168.0.6: PIMv2, length 18\n\tRegister Stop, cksum 0x1628 (correct) group=239.1.2.3 source=192.168.20.10",
                ),
                (
                    "5e81a68d09af10000000000208004500002e00010000406790590a000002e000000d2500eddc01000020e100000101000a0000010000000000000000",
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PIM (103), length 46)\n    10.0.0.2 > 224.0.0.13: PIMv2, length 26\n\tAssert, cksum 0xeddc (correct) group=225.0.0.1 src=10.0.0.1 pref=0 metric=0",
                ),
                (
                    "5e81a68d09af10000000000208004500002e00010000406790590a000002e000000d2500eddc01000020e100000101000a000001",
                    "IP truncated-ip - 8 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PIM (103), length 46)\n    10.0.0.2 > 224.0.0.13: PIMv2, length 26\n\tAssert, cksum 0xeddc (unverified) group=225.0.0.1 src=10.0.0.1 [|pimv2]",
                ),
                (
                    "5e81a68d09af10000000000208004500002e00010000406790590a000002e000000d2500eddc01000020e100000101000a000001000000000000",
                    "IP truncated-ip - 2 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PIM (103), length 46)\n    10.0.0.2 > 224.0.0.13: PIMv2, length 26\n\tAssert, cksum 0xeddc (unverified) group=225.0.0.1 src=10.0.0.1 [|pimv2]",
                ),
                (
                    "0aa722a1f19310000000000208004500002a000100004067666a0a0000020a0000012800e833014e005b01000a00000101000120e1000001",
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PIM (103), length 42)\n    10.0.0.2 > 10.0.0.1: PIMv2, length 22\n\tCandidate RP Advertisement, cksum 0xe833 (correct) prefix-cnt=1 prio=78 holdtime=1m31s RP=10.0.0.1 Group0=225.0.0.1(0x01)",
                ),
                (
                    "fab685bdf7ce10000000000208004500002600010000406790610a000002e000000d2a10ca8001000a000001000000640000000a",
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PIM (103), length 38)\n    10.0.0.2 > 224.0.0.13: PIMv2, length 18\n\tDF Election, cksum 0xca80 (correct)\n\t  Offer, rpa=10.0.0.1 sender pref=100 sender metric=10",
                ),
                (
                    "2e420df6e728100000000002080045000018000100004067906f0a000002e000000d2600d9ff",
                    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PIM (103), length 24)\n    10.0.0.2 > 224.0.0.13: PIMv2, length 4\n\tGraft, cksum 0xd9ff (correct), upstream-neighbor:  [|pimv2]",
                ),
                (
                    "8e9fbfae87e810000000000286dd600000000076674000100000000000000000000000000002ff02000000000000000000000000000d2480979101e9103b02000001000000000000000000000000000802000180ff02000000000000000000000000000201010000020000010000000000000000000000000006004b400002000080ff02000000000000000000000000000301010000020000010000000000000000000000000007005ae500",
                    "IP6 (hlim 64, next-header PIM (103) payload length: 118) 10::2 > ff02::d: PIMv2, length 118\n\tBootstrap, cksum 0x9791 (correct) tag=1e9 hashmlen=16 BSRprio=59 BSR=1::8 (group0: ff02::2(0x01) RPcnt=1 FRPcnt=1 RP0=1::6,holdtime=1m15s,prio=64) (group1: ff02::3 RPcnt=1 FRPcnt=1 RP0=1::7,holdtime=1m30s,prio=229)",
                ),
                (
                    "8e9fbfae87e810000000000286dd600000000076674000100000000000000000000000000002ff02000000000000000000000000000d2480979101e9103b020000010000000000000000000000000008",
                    "IP6 truncated-ip6 - 92 bytes missing!(hlim 64, next-header PIM (103) payload length: 118) 10::2 > ff02::d: PIMv2, length 118\n\tBootstrap, cksum 0x9791 (unverified) tag=1e9 hashmlen=16 BSRprio=59 BSR=1::8 (group0:  [|pimv2]",
                ),
                (
                    "06cb82114ad410000000000286dd60000000004e674000100000000000000000000000000002ff02000000000000000000000000000d2000d83b00010002003200020004000a0064001300040000009600140004000002260016000000180024020000010000000000000000000000000002020000010000000000000000000000000003",
                    "IP6 (hlim 64, next-header PIM (103) payload length: 78) 10::2 > ff02::d: PIMv2, length 78\n\tHello, cksum 0xd83b (correct)\n\t  Hold Time Option (1), length 2, Value: 50s\n\t  LAN Prune Delay Option (2), length 4, Value: \n\t    T-bit=0, LAN delay 10ms, Override interval 100ms\n\t  DR Priority Option (19), length 4, Value: 150\n\t  Generation ID Option (20), length 4, Value: 0x00000226\n\t  Bi-Directional Capability Option (22), length 0, Value: \n\t  Address List Option (24), length 36, Value: ",
                ),
            ],
        );
    }

    /// -vv: Hello options followed by their bytes. Each as tcpdump 4.99.3 -t -n -vv printed it.
    #[test]
    fn very_verbose_hello_options() {
        golden(
            numeric(2),
            &[(
                "01005e00000dc20252720000080045c00036037f00000167cb130a000002e000000d2000aa6e000100020069001400043f0ef4cd00130004000000010015000401000000",
                "IP (tos 0xc0, ttl 1, id 895, offset 0, flags [none], proto PIM (103), length 54)\n    10.0.0.2 > 224.0.0.13: PIMv2, length 34\n\tHello, cksum 0xaa6e (correct)\n\t  Hold Time Option (1), length 2, Value: 1m45s\n\t    0x0000:  0069\n\t  Generation ID Option (20), length 4, Value: 0x3f0ef4cd\n\t    0x0000:  3f0e f4cd\n\t  DR Priority Option (19), length 4, Value: 1\n\t    0x0000:  0000 0001\n\t  State Refresh Capability Option (21), length 4, Value: v1\n\t    0x0000:  0100 0000",
            )],
        );
    }

    /// Random payloads on the port or protocol, cut or whole, as
    /// tcpdump 4.99.3 -n printed them (from the shared random set).
    #[test]
    fn random_payloads_on_its_port() {
        golden(
            numeric(0),
            &[(
                "020000000002020000000001080045000060000100004067f62dc0000201c000020715ce8f2d00a397af31517d625c23ff9dd6fadfc63b36ee6dd08274476af6dde03272f13ae3c0488409b737df57f877c8bc34198db4b7092c08fd3245dcd96f0312162b043f161f13111404b9",
                "IP 192.0.2.1 > 192.0.2.7: PIMv1, length 76",
            )],
        );
    }
}
