//! Property test: the compiled program, run by the BPF interpreter, gives
//! the same verdict as a direct evaluator of the parsed expression, on
//! generated expressions and Ethernet frames. The evaluator follows the
//! pcap-filter semantics field by field, with its own guards; packets where
//! any guarded field is missing are not compared (there the order of loads,
//! which libpcap's optimizer chooses, decides).

use super::ast::*;
use super::{Options, compile};
use crate::bpf::interp::{Meta, run};
use crate::bpf::testutil::Rng;
use crate::link::LinkType;

const V4: [[u8; 4]; 4] = [
    [192, 0, 2, 7],
    [198, 51, 100, 5],
    [10, 1, 2, 3],
    [224, 0, 0, 9],
];
const PORTS: [u16; 5] = [22, 53, 80, 443, 8080];
const MACS: [[u8; 6]; 3] = [
    [2, 0, 0, 0, 0, 1],
    [0x52, 0x54, 0, 0x12, 0x34, 0x56],
    [0xff; 6],
];

fn frame(r: &mut Rng) -> Vec<u8> {
    let mut f = Vec::new();
    let m: [u8; 6] = *r.pick(&MACS);
    f.extend_from_slice(&m);
    let m: [u8; 6] = *r.pick(&MACS);
    f.extend_from_slice(&m);
    let transport = |r: &mut Rng, proto: u8| -> Vec<u8> {
        let (s, d) = (*r.pick(&PORTS), *r.pick(&PORTS));
        let mut t = s.to_be_bytes().to_vec();
        t.extend_from_slice(&d.to_be_bytes());
        let extra = if proto == 6 { 16 } else { 4 } + r.below(12) as usize;
        t.extend((0..extra).map(|_| r.next() as u8));
        t
    };
    match r.below(5) {
        0 | 1 => {
            let proto = *r.pick(&[6u8, 17, 1, 2]);
            f.extend_from_slice(&[0x08, 0x00]);
            let opts = r.below(4) == 0;
            let mut ip = vec![if opts { 0x46 } else { 0x45 }, 0, 0, 0, 0, 0];
            ip.extend_from_slice(&[
                *r.pick(&[0u8, 0, 0x40, 0x20, 0x00]),
                *r.pick(&[0u8, 0, 0, 0x10]),
                64,
                proto,
                0,
                0,
            ]);
            let a: [u8; 4] = *r.pick(&V4);
            ip.extend_from_slice(&a);
            let a: [u8; 4] = *r.pick(&V4);
            ip.extend_from_slice(&a);
            if opts {
                ip.extend_from_slice(&[1, 1, 1, 0]);
            }
            ip.extend(transport(r, proto));
            f.extend(ip);
        }
        2 => {
            f.extend_from_slice(&[0x86, 0xdd]);
            let nh = *r.pick(&[6u8, 17, 58, 44]);
            let mut ip = vec![0x60, 0, 0, 0, 0, 20, nh, 64];
            for _ in 0..2 {
                ip.extend_from_slice(&[0x20, 0x01, 0x0d, 0xb8]);
                ip.extend_from_slice(&[0; 11]);
                ip.push(r.below(3) as u8);
            }
            let inner = if nh == 44 {
                let n2 = *r.pick(&[6u8, 17, 58]);
                ip.extend_from_slice(&[n2, 0, 0, 0, 0, 0, 0, 1]);
                n2
            } else {
                nh
            };
            ip.extend(transport(r, inner));
            f.extend(ip);
        }
        3 => {
            f.extend_from_slice(&[0x08, 0x06, 0, 1, 8, 0, 6, 4, 0, 1]);
            f.extend_from_slice(&MACS[0]);
            let a: [u8; 4] = *r.pick(&V4);
            f.extend_from_slice(&a);
            f.extend_from_slice(&[0; 6]);
            let a: [u8; 4] = *r.pick(&V4);
            f.extend_from_slice(&a);
        }
        _ => {
            let t: [u8; 2] = *r.pick(&[[0x88u8, 0xcc], [0x00, 0x40]]);
            f.extend_from_slice(&t);
            f.extend((0..r.below(40)).map(|_| r.next() as u8));
        }
    }
    f
}

fn expr(r: &mut Rng, depth: u32) -> String {
    if depth > 0 && r.below(3) != 0 {
        let (a, b) = (expr(r, depth - 1), expr(r, depth - 1));
        return match r.below(3) {
            0 => format!("({a} and {b})"),
            1 => format!("({a} or {b})"),
            _ => format!("not ({a})"),
        };
    }
    let v4 = |r: &mut Rng| {
        let a: [u8; 4] = *r.pick(&V4);
        format!("{}.{}.{}.{}", a[0], a[1], a[2], a[3])
    };
    let dir = |r: &mut Rng| *r.pick(&["", "src ", "dst ", "src or dst ", "src and dst "]);
    match r.below(12) {
        0 => r
            .pick(&[
                "ip", "ip6", "arp", "tcp", "udp", "icmp", "icmp6", "igmp", "sctp",
            ])
            .to_string(),
        1 => format!("{}{}host {}", r.pick(&["", "ip ", "arp "]), dir(r), v4(r)),
        2 => format!(
            "{}net {}/{}",
            dir(r),
            v4(r)
                .rsplit_once('.')
                .map(|x| format!("{}.0", x.0))
                .unwrap_or_default(),
            24
        ),
        3 => format!(
            "{}{}port {}",
            r.pick(&["", "tcp ", "udp "]),
            dir(r),
            r.pick(&PORTS)
        ),
        4 => format!("{}portrange {}-{}", dir(r), r.pick(&PORTS), r.pick(&PORTS)),
        5 => {
            let m: [u8; 6] = *r.pick(&MACS);
            format!(
                "ether {}host {:x}:{:x}:{:x}:{:x}:{:x}:{:x}",
                dir(r),
                m[0],
                m[1],
                m[2],
                m[3],
                m[4],
                m[5]
            )
        }
        6 => r
            .pick(&[
                "ether broadcast",
                "ether multicast",
                "ip multicast",
                "ip6 multicast",
                "ip broadcast",
            ])
            .to_string(),
        7 => format!("{} {}", r.pick(&["less", "greater"]), 40 + r.below(60)),
        8 => format!(
            "ip[{}] {} {}",
            r.below(24),
            r.pick(&["=", ">", "<", "!=", ">=", "<="]),
            r.below(256)
        ),
        9 => format!("tcp[{}] & {} != 0", r.below(24), 1u32 << r.below(8)),
        10 => format!(
            "ether[{}:2] {} {}",
            r.below(20),
            r.pick(&["=", ">", "<"]),
            r.below(65536)
        ),
        _ => format!(
            "{}[{}:2] + {} {} {}",
            r.pick(&["udp", "ip", "icmp"]),
            r.below(10),
            r.below(5),
            r.pick(&["=", ">", "<"]),
            r.below(3000)
        ),
    }
}

/// A needed field is past the end of the frame.
struct Missing;
type E<T> = Result<T, Missing>;

struct Pkt<'a>(&'a [u8]);

impl Pkt<'_> {
    fn get(&self, off: usize, size: usize) -> E<u32> {
        let b = self.0.get(off..off + size).ok_or(Missing)?;
        Ok(b.iter().fold(0u32, |a, &x| (a << 8) | u32::from(x)))
    }
    fn et(&self) -> E<u32> {
        self.get(12, 2)
    }
    fn is_ip(&self) -> E<bool> {
        Ok(self.et()? == 0x800)
    }
    fn is_ip6(&self) -> E<bool> {
        Ok(self.et()? == 0x86dd)
    }
    fn ip_proto(&self, p: u32) -> E<bool> {
        Ok(self.is_ip()? && self.get(23, 1)? == p)
    }
    fn ip6_proto(&self, p: u32) -> E<bool> {
        Ok(self.is_ip6()? && {
            let nh = self.get(20, 1)?;
            nh == p || (nh == 44 && self.get(54, 1)? == p)
        })
    }
    fn transport_v4(&self, p: u32) -> E<Option<usize>> {
        if self.ip_proto(p)? && self.get(20, 2)? & 0x1fff == 0 {
            Ok(Some(14 + 4 * (self.get(14, 1)? as usize & 0xf)))
        } else {
            Ok(None)
        }
    }
}

fn dir_eval(dir: Dir, f: &dyn Fn(bool) -> E<bool>) -> E<bool> {
    // Every field is fetched before deciding, so that any missing one is seen.
    let (s, d) = (f(true)?, f(false)?);
    Ok(match dir {
        Dir::Src => s,
        Dir::Dst => d,
        Dir::And => s && d,
        _ => s || d,
    })
}

fn eval(e: &Expr, p: &Pkt, wire: u32) -> E<bool> {
    Ok(match e {
        Expr::And(a, b) => {
            let (x, y) = (eval(a, p, wire)?, eval(b, p, wire)?);
            x && y
        }
        Expr::Or(a, b) => {
            let (x, y) = (eval(a, p, wire)?, eval(b, p, wire)?);
            x || y
        }
        Expr::Not(a) => !eval(a, p, wire)?,
        Expr::Other(o, _) => match o {
            Other::Abbrev(pr) => match pr {
                Proto::Ip => p.is_ip()?,
                Proto::Ip6 => p.is_ip6()?,
                Proto::Arp => p.et()? == 0x806,
                Proto::Tcp => p.ip_proto(6)? || p.ip6_proto(6)?,
                Proto::Udp => p.ip_proto(17)? || p.ip6_proto(17)?,
                Proto::Sctp => p.ip_proto(132)? || p.ip6_proto(132)?,
                Proto::Icmp => p.ip_proto(1)?,
                Proto::Igmp => p.ip_proto(2)?,
                Proto::Icmp6 => p.ip6_proto(58)?,
                other => unreachable!("not generated: {other:?}"),
            },
            Other::Broadcast(Proto::Link) => {
                p.get(0, 6)? == 0xffff_ffff && p.get(0, 2)? == 0xffff && p.get(2, 4)? == 0xffff_ffff
            }
            Other::Broadcast(Proto::Ip) => p.is_ip()? && matches!(p.get(30, 4)?, 0 | 0xffff_ffff),
            Other::Multicast(Proto::Link) => p.get(0, 1)? & 1 != 0,
            Other::Multicast(Proto::Ip) => p.is_ip()? && p.get(30, 1)? >= 224,
            Other::Multicast(Proto::Ip6) => p.is_ip6()? && p.get(38, 1)? == 0xff,
            Other::Less(n) => wire <= *n,
            Other::Greater(n) => wire >= *n,
            other => unreachable!("not generated: {other:?}"),
        },
        Expr::Id { quals, id, .. } => match (quals.addr, id) {
            (AddrKind::Host | AddrKind::Net, Id::V4(a) | Id::V4Prefix(a, _)) => {
                let addr: std::net::Ipv4Addr = a.parse().map_err(|_| Missing)?;
                let len = if let Id::V4Prefix(_, l) = id { *l } else { 32 };
                let mask = if len == 0 { 0 } else { u32::MAX << (32 - len) };
                let want = u32::from(addr);
                let one = |et: u32, s: usize, d: usize| -> E<bool> {
                    dir_eval(quals.dir, &|src| {
                        Ok(p.et()? == et && (p.get(if src { s } else { d }, 4)? & mask) == want)
                    })
                };
                match quals.proto {
                    Proto::Ip => one(0x800, 26, 30)?,
                    Proto::Arp => one(0x806, 28, 38)?,
                    _ => {
                        let (a, b, c) = (
                            one(0x800, 26, 30)?,
                            one(0x806, 28, 38)?,
                            one(0x8035, 28, 38)?,
                        );
                        a || b || c
                    }
                }
            }
            (AddrKind::Host, Id::Mac(m)) => {
                let want = m.iter().fold(0u64, |a, &x| (a << 8) | u64::from(x));
                let at = |o: usize| -> E<u64> {
                    Ok((u64::from(p.get(o, 2)?) << 32) | u64::from(p.get(o + 2, 4)?))
                };
                dir_eval(quals.dir, &|src| Ok(at(if src { 6 } else { 0 })? == want))?
            }
            (AddrKind::Port | AddrKind::Portrange, Id::Num(_) | Id::Name(_)) => {
                let (lo, hi) = match id {
                    Id::Num(n) => (*n, *n),
                    Id::Name(s) => {
                        let (a, b) = s.split_once('-').ok_or(Missing)?;
                        let (a, b): (u32, u32) = (
                            a.parse().map_err(|_| Missing)?,
                            b.parse().map_err(|_| Missing)?,
                        );
                        (a.min(b), a.max(b))
                    }
                    _ => unreachable!(),
                };
                let protos: &[u32] = match quals.proto {
                    Proto::Tcp => &[6],
                    Proto::Udp => &[17],
                    _ => &[132, 6, 17],
                };
                let inr = |v: u32| v >= lo && v <= hi;
                let mut hit = false;
                for &pr in protos {
                    if p.is_ip6()? && p.get(20, 1)? == pr {
                        hit |= dir_eval(quals.dir, &|src| {
                            Ok(inr(p.get(if src { 54 } else { 56 }, 2)?))
                        })?;
                    }
                    if let Some(t) = p.transport_v4(pr)? {
                        hit |= dir_eval(quals.dir, &|src| {
                            Ok(inr(p.get(t + if src { 0 } else { 2 }, 2)?))
                        })?;
                    }
                }
                hit
            }
            other => unreachable!("not generated: {other:?}"),
        },
        Expr::Rel {
            op,
            negate,
            lhs,
            rhs,
            ..
        } => {
            let (Some(l), Some(r)) = (arith(lhs, p, wire)?, arith(rhs, p, wire)?) else {
                return Ok(false);
            };
            let v = match op {
                RelOp::Gt => l > r,
                RelOp::Ge => l >= r,
                RelOp::Eq => l == r,
            };
            v != *negate
        }
    })
}

/// The value of an arithmetic expression; None when a protocol it reads
/// is absent (libpcap then makes the whole relation false).
fn arith(a: &Arith, p: &Pkt, wire: u32) -> E<Option<u32>> {
    Ok(match a {
        Arith::Num(n) => Some(*n),
        Arith::Len => Some(wire),
        Arith::Neg(e) => arith(e, p, wire)?.map(u32::wrapping_neg),
        Arith::Bin(o, l, r) => {
            let Some(x) = arith(l, p, wire)? else {
                return Ok(None);
            };
            let Some(y) = arith(r, p, wire)? else {
                return Ok(None);
            };
            Some(match o {
                ArithOp::Add => x.wrapping_add(y),
                ArithOp::Sub => x.wrapping_sub(y),
                ArithOp::Mul => x.wrapping_mul(y),
                ArithOp::And => x & y,
                ArithOp::Or => x | y,
                ArithOp::Xor => x ^ y,
                other => unreachable!("not generated: {other:?}"),
            })
        }
        Arith::Load {
            proto, index, size, ..
        } => {
            let Some(Some(k)) = Some(arith(index, p, wire)?) else {
                return Ok(None);
            };
            let size = *size as usize;
            let base = match proto {
                Proto::Link => Some(0),
                Proto::Ip => p.is_ip()?.then_some(14),
                Proto::Tcp => p.transport_v4(6)?,
                Proto::Udp => p.transport_v4(17)?,
                Proto::Icmp => p.transport_v4(1)?,
                other => unreachable!("not generated: {other:?}"),
            };
            match base {
                Some(b) => Some(p.get(b + k as usize, size)?),
                None => None,
            }
        }
    })
}

#[test]
fn interpreter_agrees_with_the_ast_evaluator() {
    let mut r = Rng(0x2545_f491_4f6c_dd1d);
    let opts = Options::for_test(LinkType::Ethernet, false);
    let frames: Vec<Vec<u8>> = (0..300).map(|_| frame(&mut r)).collect();
    let (mut compared, mut skipped) = (0, 0);
    for round in 0..400 {
        let text = expr(&mut r, 3);
        let tokens = super::lexer::tokenize(&text).unwrap_or_else(|e| panic!("{text}: {e}"));
        let ast = super::parser::parse(&text, tokens, crate::link::LinkType::Ethernet)
            .unwrap_or_else(|e| panic!("{text}: {e}"));
        for optimize in [true, false] {
            let prog = match compile(&text, &Options { optimize, ..opts }) {
                Ok(p) => p,
                Err(e) if e.message == "expression rejects all packets" => continue,
                Err(e) => panic!("{text}: {e}"),
            };
            for f in &frames {
                let Ok(want) = eval(&ast, &Pkt(f), f.len() as u32) else {
                    skipped += 1;
                    continue;
                };
                let got = run(&prog, f, f.len() as u32, &Meta::default()) != 0;
                assert_eq!(
                    got,
                    want,
                    "round {round}, optimize {optimize}: {text}\nframe {}",
                    f.iter().map(|b| format!("{b:02x}")).collect::<String>()
                );
                compared += 1;
            }
        }
    }
    assert!(
        compared > 100_000,
        "only {compared} comparisons ({skipped} skipped)"
    );
}
