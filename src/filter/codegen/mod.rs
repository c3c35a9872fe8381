//! Primitives to conditions, following libpcap's gencode: the same tests
//! in the same order (so truncated packets fail the same loads), and the
//! same running link offsets that `vlan`, `mpls` and `pppoes` move.

mod address;
mod arith;
mod encap;
mod layout;
mod linkhdr;
mod regs;
mod wlan;

use super::ast::*;
use super::lower::Cond;
use super::names::{self, NameLookup, PortProto};
use crate::bpf::{Insn, ancillary as ad, op};
use crate::link::LinkType;
use crate::wire::{self, ethertype as et, ip_proto as ipp};
use std::cell::Cell;

const JEQ: u16 = op::JMP | op::JEQ | op::K;
const JGT: u16 = op::JMP | op::JGT | op::K;
const JGE: u16 = op::JMP | op::JGE | op::K;
const JSET: u16 = op::JMP | op::JSET | op::K;

// The printer's numbers and offsets (wire/), widened to BPF's 32-bit k.
const fn k16(v: u16) -> u32 {
    v as u32
}
const fn k8(v: u8) -> u32 {
    v as u32
}
const fn off(v: usize) -> u32 {
    v as u32
}

const ETHERTYPE_IP: u32 = k16(et::IPV4);
const ETHERTYPE_IPV6: u32 = k16(et::IPV6);
const ETHERTYPE_ARP: u32 = k16(et::ARP);
const ETHERTYPE_REVARP: u32 = k16(et::REVARP);
const ETHERTYPE_MPLS: u32 = k16(et::MPLS);
const PPP_MPLS_UCAST: u32 = 0x0281;
const ETHERTYPE_PPPOED: u32 = k16(et::PPPOED);
const ETHERTYPE_PPPOES: u32 = k16(et::PPPOES);
const ETHERTYPE_VLAN: u32 = k16(et::VLAN);
const ETHERTYPE_QINQ: u32 = k16(et::QINQ);
const ETHERTYPE_VLAN_9100: u32 = k16(et::VLAN_9100);
const ETHERTYPE_TEB: u32 = k16(et::TEB);
const ETHERTYPE_DN: u32 = k16(et::DN);
const ETHERTYPE_ATALK: u32 = k16(et::ATALK);
const ETHERTYPE_AARP: u32 = k16(et::AARP);
const ETHERTYPE_IPX: u32 = k16(et::IPX);
const ETHERTYPE_NS: u32 = k16(et::NS);
const ETHERMTU: u32 = k16(et::MAX_LENGTH);
const LINUX_SLL_P_802_3: u32 = k16(wire::sll::P_802_3);
const LINUX_SLL_P_802_2: u32 = k16(wire::sll::P_802_2);
const PACKET_OUTGOING: u32 = k16(wire::sll::OUTGOING);
const IPPROTO_TCP: u32 = k8(ipp::TCP);
const IPPROTO_UDP: u32 = k8(ipp::UDP);
const IPPROTO_SCTP: u32 = k8(ipp::SCTP);
const IPPROTO_FRAGMENT: u32 = k8(ipp::FRAGMENT);
const IPPROTO_ICMPV6: u32 = k8(ipp::ICMPV6);
/// Offsets in the IPv4 header.
const IP4_PROTO: u32 = off(wire::ipv4::field::PROTOCOL);
const IP4_FLAGS_FRAG: u32 = off(wire::ipv4::field::FLAGS_FRAG.start);
const IP4_FRAG_OFFSET: u32 = k16(wire::ipv4::FRAG_OFFSET_MASK);
const IP4_SRC: u32 = off(wire::ipv4::field::SOURCE.start);
const IP4_DST: u32 = off(wire::ipv4::field::DESTINATION.start);
/// Offsets in the IPv6 header.
const IP6_NEXT_HEADER: u32 = off(wire::ipv6::field::NEXT_HEADER);
const IP6_SRC: u32 = off(wire::ipv6::field::SOURCE.start);
const IP6_DST: u32 = off(wire::ipv6::field::DESTINATION.start);
/// Where what follows a bare IPv6 header (a fragment header's next-header
/// byte, a transport header) starts.
const IP6_PAYLOAD: u32 = off(wire::ipv6::HEADER_LEN);
/// The UDP header's destination port.
const UDP_DST_PORT: u32 = off(wire::udp::field::DST_PORT.start);
/// ARP's protocol addresses in the Ethernet/IPv4 form.
const ARP_SPA: u32 = off(wire::arp::ETH_IPV4_SPA);
const ARP_TPA: u32 = off(wire::arp::ETH_IPV4_TPA);
/// Headers `protochain` tests before giving up: the network header's
/// protocol field and five extension headers after it.
const PROTOCHAIN_DEPTH: usize = 6;

/// A compile error before it is given the whole expression.
#[derive(Debug)]
pub struct GenError {
    pub message: String,
    pub span: Option<Span>,
}

type R<T> = Result<T, GenError>;

fn err<T>(message: impl Into<String>, span: Span) -> R<T> {
    Err(GenError {
        message: message.into(),
        span: Some(span),
    })
}

/// An offset into the frame: a constant plus, optionally, a value kept in
/// a scratch slot (after `vlan` on a live socket the tag may or may not be
/// in the frame).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Off {
    var: Option<u32>,
    k: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum LtKind {
    Ether,
    Sll,
    Sll2,
    Raw,
    /// PPP protocol field inside PPPoE session frames.
    Ppp,
    /// BSD loopback: a 4-byte address family, in the byte order of the
    /// host that wrote the file (LinkType::NullSwapped when not this one's).
    Null,
    /// OpenBSD loopback: the address family in network byte order.
    Loop,
    /// Cisco HDLC: an Ethernet type after the address and control bytes.
    CHdlc,
    /// SLIP: the IP version is read at the link header (layout.rs).
    Slip,
    /// A link that carries one network protocol only (raw IPv4, raw IPv6,
    /// LocalTalk), named by its Ethernet type.
    OnlyIp(u32),
    /// Solaris ipnet: a one-byte address family.
    Ipnet,
    /// OpenBSD pflog: a one-byte address family, a payload after a header
    /// of variable length.
    Pflog,
    /// SunATM: a pseudo-header naming the payload's encapsulation, then
    /// an 802.2 LLC header.
    SunAtm,
    /// An 802.2 LLC header at the payload (FDDI, Token Ring, ATM, IP over FC).
    Llc,
    /// ARCNET: a one-byte protocol identifier.
    Arcnet,
    /// Juniper's pseudo-headers: only their magic number is tested.
    Juniper,
    /// Frame Relay: the NLPID after the Q.922 address.
    FrameRelay,
    /// An Ethernet type at the link-type offset, nothing else known.
    Plain,
    /// 802.11, bare or behind a radio header: an 802.2 header after an
    /// 802.11 header of variable length (wlan.rs).
    Wlan,
    /// A link type libpcap compiles for but cannot name protocols on:
    /// "{what} link-layer type filtering not implemented".
    Unnamed(&'static str),
}

impl LtKind {
    /// Where the network header is in a frame with an 802.2 header but no
    /// SNAP (libpcap's off_nl_nosnap).
    fn nl_nosnap(self) -> u32 {
        match self {
            LtKind::Ether | LtKind::Llc | LtKind::SunAtm | LtKind::Wlan => 3,
            _ => 0,
        }
    }
}

pub struct Gen {
    link: LinkType,
    kernel: bool,
    netmask: u32,
    /// Where names in the expression (hosts, ports, networks...) are looked up.
    names: &'static dyn NameLookup,
    kind: LtKind,
    /// Where the link-layer type field is.
    lt: Off,
    /// Where the link-layer payload starts (read through `pl()`).
    pl_off: Off,
    /// pflog: the payload's offset is computed at run time into a slot
    /// taken at its first use, as libpcap takes it (off_linkpl.is_variable);
    /// `prologue` fills it before anything else runs.
    pl_variable: bool,
    pl_slot: Cell<Option<u32>>,
    /// Every slot was taken when the variable payload offset needed one.
    pl_slot_missing: Cell<bool>,
    /// Network header offset inside the payload (moved by MPLS labels).
    nl: u32,
    vlan_depth: u32,
    mpls_depth: u32,
    /// Scratch slots taken, as libpcap takes them.
    regs: regs::Regs,
    /// Where the innermost link-layer header starts (moved by `geneve`),
    /// and the slot holding where its payload starts, to tell whether it
    /// is an Ethernet header at all.
    linkhdr: Off,
    inner_ether: Option<u32>,
    /// 802.11 behind a radio header: the slot holding the radio header's
    /// length, where the 802.11 header starts.
    wlan_hdr: Option<u32>,
    /// After `lane` on SunATM: the link is the LANE-encapsulated Ethernet
    /// frame, and tests of it first rule out LE control frames.
    lane: bool,
    /// libpcap does not optimize programs that use `geneve`.
    pub no_optimize: bool,
    /// Store every arithmetic value in its slot, folding nothing, as
    /// libpcap's unoptimized code does: with `geneve`, slots outlive the
    /// packet (bpf::leftover), so what they hold must be libpcap's.
    pub store_values: bool,
    /// Whether the program will be optimized (as libpcap decides it).
    pub will_optimize: bool,
    /// A division by zero or a shift past 31 bits that constants folded
    /// into: an error if the optimizer keeps it (see filter::compile).
    pub folded_refusal: Option<(&'static str, Span)>,
    /// libpcap's optimizer cannot see through `protochain`'s loop, so it
    /// never finds such a filter to reject everything.
    pub has_loop: bool,
}

/// Whether any code in `c` loads X from `slot`.
fn reads_slot(c: &Cond, slot: u32) -> bool {
    let reads = |code: &[Insn]| code.contains(&Insn::stmt(op::LDX | op::MEM, slot));
    match c {
        Cond::Test { code, .. } => reads(code),
        Cond::Pre(code, c) => reads(code) || reads_slot(c, slot),
        Cond::And(v) | Cond::Or(v) => v.iter().any(|c| reads_slot(c, slot)),
        Cond::Not(c) | Cond::Rel(c, _) => reads_slot(c, slot),
        Cond::If(c, a, b) => [c, a, b].iter().any(|c| reads_slot(c, slot)),
        Cond::Const(_) => false,
    }
}

const SLOT_PL: u32 = 0;
const SLOT_LT: u32 = 1;
const FIRST_TMP: u32 = 2;

/// The SNAP OUI AppleTalk (Apple's) and AARP (encapsulated Ethernet's)
/// travel under.
fn snap_oui(proto: u32) -> u32 {
    if proto == ETHERTYPE_ATALK {
        0x080007
    } else {
        0
    }
}

fn ld(size: u16, k: u32) -> Insn {
    Insn::stmt(op::LD | size | op::ABS, k)
}

fn size_code(bytes: u32) -> u16 {
    match bytes {
        1 => op::B,
        2 => op::H,
        _ => op::W,
    }
}

impl Gen {
    /// A generator for Ethernet with the tests' copy of /etc (userspace
    /// program when `kernel` is false).
    #[cfg(test)]
    pub(crate) fn ethernet_for_tests(kernel: bool, netmask: u32) -> Gen {
        Gen::new(
            LinkType::Ethernet,
            kernel,
            netmask,
            crate::netdb::tests::etc_copy(),
            (0, 1),
        )
        .expect("ethernet")
    }

    pub fn new(
        link: LinkType,
        kernel: bool,
        netmask: u32,
        names: &'static dyn NameLookup,
        span: Span,
    ) -> R<Gen> {
        let (kind, lt, pl) = match link {
            LinkType::Ethernet => (LtKind::Ether, 12, 14),
            LinkType::LinuxSll => (LtKind::Sll, 14, 16),
            LinkType::LinuxSll2 => (LtKind::Sll2, 0, 20),
            LinkType::Raw => (LtKind::Raw, 0, 0),
            LinkType::Null | LinkType::NullSwapped => (LtKind::Null, 0, 4),
            LinkType::Loop => (LtKind::Loop, 0, 4),
            other if layout::of(other).is_some() => {
                let l = layout::of(other).expect("checked");
                (l.kind, l.lt, l.pl)
            }
            // Ethernet behind a pseudo-header of 4 (netANALYZER) or 12
            // bytes (with preamble and SFD).
            LinkType::Other(
                n @ (layout::dlt::NETANALYZER | layout::dlt::NETANALYZER_TRANSPARENT),
            ) => {
                let hdr = if n == layout::dlt::NETANALYZER { 4 } else { 12 };
                (LtKind::Ether, hdr + 12, hdr + 14)
            }
            other => {
                return err(
                    format!(
                        "filters are not supported on link type {} ({})",
                        other.name(),
                        other.description()
                    ),
                    span,
                );
            }
        };
        let regs = regs::Regs::new(if kernel { FIRST_TMP } else { 0 });
        // The radio header's slot is libpcap's first, taken before any.
        let wlan_hdr = match link {
            LinkType::Other(n) if wlan::is_wlan(n) && n != wlan::IEEE802_11 => {
                Some(regs.alloc(span)?)
            }
            _ => None,
        };
        Ok(Gen {
            link,
            kernel,
            netmask,
            names,
            kind,
            lt: Off { var: None, k: lt },
            pl_off: Off { var: None, k: pl },
            pl_variable: layout::variable_payload(link),
            pl_slot: Cell::new(None),
            pl_slot_missing: Cell::new(false),
            nl: layout::of(link).map_or(0, |l| l.nl),
            vlan_depth: 0,
            mpls_depth: 0,
            regs,
            linkhdr: Off {
                var: wlan_hdr,
                k: match link {
                    LinkType::Other(layout::dlt::NETANALYZER) => 4,
                    LinkType::Other(layout::dlt::NETANALYZER_TRANSPARENT) => 12,
                    _ => 0,
                },
            },
            inner_ether: None,
            wlan_hdr,
            lane: false,
            no_optimize: false,
            store_values: false,
            will_optimize: false,
            folded_refusal: None,
            has_loop: false,
        })
    }

    /// Where the link-layer payload starts; on a link whose header length
    /// varies, the first call takes the slot that holds it.
    fn pl(&self) -> Off {
        if !self.pl_variable || self.pl_off.var.is_some() {
            return self.pl_off;
        }
        let slot = match self.pl_slot.get() {
            Some(slot) => slot,
            None => match self.regs.alloc((0, 0)) {
                Ok(slot) => {
                    self.pl_slot.set(Some(slot));
                    slot
                }
                Err(_) => {
                    self.pl_slot_missing.set(true);
                    0
                }
            },
        };
        Off {
            var: Some(slot),
            k: self.pl_off.k,
        }
    }

    /// The whole program: `cond` after the code that computes a variable
    /// link-header length, when anything used it (libpcap's
    /// insert_compute_vloffsets).
    pub fn with_prologue(&self, cond: Cond, span: Span) -> R<Cond> {
        if self.pl_slot_missing.get() {
            return err("too many registers needed to evaluate expression", span);
        }
        if self.kind == LtKind::Wlan {
            let hdr = self
                .wlan_hdr
                .filter(|&hdr| self.pl_slot.get().is_some() || reads_slot(&cond, hdr));
            return Ok(self.wlan_prologue(cond, hdr, self.pl_slot.get()));
        }
        Ok(match self.pl_slot.get() {
            Some(slot) => Cond::Pre(layout::payload_offset_code(self.link, slot), Box::new(cond)),
            None => cond,
        })
    }

    /// libpcap's off_nl_nosnap: the kind's, or a Juniper header's own.
    fn nl_nosnap(&self) -> u32 {
        match self.kind {
            LtKind::Juniper => layout::juniper_nosnap(self.link),
            kind => kind.nl_nosnap(),
        }
    }

    /// Load `size` bytes at `off + extra`.
    fn load(&self, off: Off, extra: u32, size: u16) -> Vec<Insn> {
        match off.var {
            None => vec![ld(size, off.k.wrapping_add(extra))],
            Some(slot) => vec![
                Insn::stmt(op::LDX | op::MEM, slot),
                Insn::stmt(op::LD | size | op::IND, off.k.wrapping_add(extra)),
            ],
        }
    }
    fn nl_load(&self, extra: u32, size: u16) -> Vec<Insn> {
        self.load(self.pl(), self.nl.wrapping_add(extra), size)
    }
    fn cmp(&self, code: Vec<Insn>, jmp: u16, k: u32) -> Cond {
        Cond::test(code, jmp, k)
    }
    fn mcmp(&self, mut code: Vec<Insn>, mask: u32, k: u32) -> Cond {
        if mask != 0xffff_ffff {
            code.push(Insn::stmt(op::ALU | op::AND | op::K, mask));
        }
        Cond::test(code, JEQ, k)
    }
    /// X = IPv4 header length, from the header at the network offset.
    fn iphdrlen_x(&self) -> Vec<Insn> {
        let at = self.pl().k.wrapping_add(self.nl);
        match self.pl().var {
            None => vec![Insn::stmt(op::LDX | op::B | op::MSH, at)],
            Some(slot) => vec![
                Insn::stmt(op::LDX | op::MEM, slot),
                Insn::stmt(op::LD | op::B | op::IND, at),
                Insn::stmt(op::ALU | op::AND | op::K, 0xf),
                Insn::stmt(op::ALU | op::LSH | op::K, 2),
                Insn::stmt(op::ALU | op::ADD | op::X, 0),
                Insn::stmt(op::MISC | op::TAX, 0),
            ],
        }
    }
    /// A load from the transport header of an IPv4 packet.
    fn transport_load(&self, extra: u32, size: u16) -> Vec<Insn> {
        let mut v = self.iphdrlen_x();
        v.push(Insn::stmt(
            op::LD | size | op::IND,
            self.pl().k.wrapping_add(self.nl).wrapping_add(extra),
        ));
        v
    }

    fn not_802_3(&self) -> Cond {
        Cond::not(self.cmp(self.load(self.lt, 0, op::H), JGT, ETHERMTU))
    }

    /// The frame carries link-layer protocol `proto` (an Ethernet type or,
    /// at or below 1500, an LLC SAP).
    pub fn linktype(&self, proto: u32, span: Span) -> R<Cond> {
        if self.mpls_depth > 0 {
            let version = match proto {
                ETHERTYPE_IP => 0x40,
                ETHERTYPE_IPV6 => 0x60,
                _ => return err("unsupported protocol over mpls", span),
            };
            return Ok(Cond::And(vec![
                self.mcmp(
                    self.nl_load(self.nl.wrapping_sub(2).wrapping_sub(self.nl), op::B),
                    0x01,
                    0x01,
                ),
                self.mcmp(self.nl_load(0, op::B), 0xf0, version),
            ]));
        }
        let sap_word = (proto << 8) | proto;
        if self.kind == LtKind::Ether && self.lane && self.inner_ether.is_none() {
            let kind = self.ether_linktype(proto, sap_word);
            return Ok(Cond::And(vec![self.not_lane_control(), kind]));
        }
        Ok(match self.kind {
            LtKind::Ether => self.ether_linktype(proto, sap_word),
            // libpcap 1.10's gen_linktype has no case for LINUX_SLL2: every
            // protocol, LLC SAPs included, is a plain compare of the type.
            LtKind::Sll2 => self.cmp(self.load(self.lt, 0, op::H), JEQ, proto),
            LtKind::Sll => match proto {
                0xfe | 0xf0 | 0x06 => Cond::And(vec![
                    self.cmp(self.load(self.lt, 0, op::H), JEQ, LINUX_SLL_P_802_2),
                    self.cmp(self.load(self.pl(), 0, op::H), JEQ, sap_word),
                ]),
                0xe0 => Cond::Or(vec![
                    self.cmp(self.load(self.lt, 0, op::H), JEQ, ETHERTYPE_IPX),
                    self.cmp(self.load(self.lt, 0, op::H), JEQ, LINUX_SLL_P_802_3),
                    Cond::And(vec![
                        self.cmp(self.load(self.lt, 0, op::H), JEQ, LINUX_SLL_P_802_2),
                        Cond::Or(vec![
                            self.cmp(self.load(self.pl(), 0, op::B), JEQ, 0xe0),
                            self.snap(0, ETHERTYPE_IPX),
                        ]),
                    ]),
                ]),
                ETHERTYPE_ATALK | ETHERTYPE_AARP => Cond::Or(vec![
                    self.cmp(self.load(self.lt, 0, op::H), JEQ, proto),
                    Cond::And(vec![
                        self.cmp(self.load(self.lt, 0, op::H), JEQ, LINUX_SLL_P_802_2),
                        self.snap(snap_oui(proto), proto),
                    ]),
                ]),
                p if p <= ETHERMTU => Cond::And(vec![
                    self.cmp(self.load(self.lt, 0, op::H), JEQ, LINUX_SLL_P_802_2),
                    self.cmp(self.load(self.pl(), 0, op::B), JEQ, p),
                ]),
                p => self.cmp(self.load(self.lt, 0, op::H), JEQ, p),
            },
            LtKind::Raw => match proto {
                ETHERTYPE_IP => self.mcmp(self.load(self.pl(), 0, op::B), 0xf0, 0x40),
                ETHERTYPE_IPV6 => self.mcmp(self.load(self.pl(), 0, op::B), 0xf0, 0x60),
                _ => Cond::Const(false),
            },
            LtKind::Null | LtKind::Loop => {
                // The family as a big-endian load reads it: DLT_NULL's is
                // in the byte order of the host that wrote the file.
                let af = |v: u32| match self.link {
                    LinkType::Loop => v,
                    LinkType::NullSwapped => u32::from_be_bytes(v.swap_bytes().to_ne_bytes()),
                    // DLT_NULL and DLT_ENC, in this host's order.
                    _ => u32::from_be_bytes(v.to_ne_bytes()),
                };
                let family = self.load(self.lt, 0, op::W);
                match proto {
                    ETHERTYPE_IP => self.cmp(family, JEQ, af(2)),
                    // The BSDs disagree on AF_INET6: 24, 28 or 30.
                    ETHERTYPE_IPV6 => Cond::Or(vec![
                        self.cmp(family.clone(), JEQ, af(30)),
                        self.cmp(family.clone(), JEQ, af(24)),
                        self.cmp(family, JEQ, af(28)),
                    ]),
                    _ => Cond::Const(false),
                }
            }
            // BSD/OS PPP also counts Van Jacobson compressed and
            // uncompressed TCP as IP, in its own header's protocol field
            // (not in PPP inside PPPoE, which libpcap compiles as DLT_PPP).
            LtKind::Ppp
                if proto == ETHERTYPE_IP
                    && self.link == LinkType::Other(layout::dlt::PPP_BSDOS)
                    && self.lt == layout::PPP_BSDOS_PROTO =>
            {
                let lt = || self.load(self.lt, 0, op::H);
                Cond::Or(vec![
                    self.cmp(lt(), JEQ, 0x21),
                    self.cmp(lt(), JEQ, 0x2d),
                    self.cmp(lt(), JEQ, 0x2f),
                ])
            }
            LtKind::Ppp => {
                let p = match proto {
                    ETHERTYPE_IP => 0x21,
                    ETHERTYPE_IPV6 => 0x57,
                    ETHERTYPE_DN => 0x27,
                    ETHERTYPE_ATALK => 0x29,
                    ETHERTYPE_NS => 0x25,
                    0xfe => 0x23,
                    0x42 => 0x31,
                    0xe0 => 0x2b,
                    p => p,
                };
                self.cmp(self.load(self.lt, 0, op::H), JEQ, p)
            }
            _ => return self.other_linktype(proto, span),
        })
    }

    /// gen_ether_linktype: an Ethernet type, or an LLC SAP in an 802.3 frame.
    fn ether_linktype(&self, proto: u32, sap_word: u32) -> Cond {
        match proto {
            0xfe | 0xf0 | 0x06 => Cond::And(vec![
                self.not_802_3(),
                self.cmp(self.load(self.pl(), 0, op::H), JEQ, sap_word),
            ]),
            0xe0 => Cond::Or(vec![
                self.cmp(self.load(self.lt, 0, op::H), JEQ, ETHERTYPE_IPX),
                Cond::And(vec![
                    self.not_802_3(),
                    Cond::Or(vec![
                        self.snap(0, ETHERTYPE_IPX),
                        self.cmp(self.load(self.pl(), 0, op::B), JEQ, 0xe0),
                        self.cmp(self.load(self.pl(), 0, op::H), JEQ, 0xffff),
                    ]),
                ]),
            ]),
            ETHERTYPE_ATALK | ETHERTYPE_AARP => Cond::Or(vec![
                self.cmp(self.load(self.lt, 0, op::H), JEQ, proto),
                Cond::And(vec![self.not_802_3(), self.snap(snap_oui(proto), proto)]),
            ]),
            p if p <= ETHERMTU => Cond::And(vec![
                self.not_802_3(),
                self.cmp(self.load(self.lt, 2, op::B), JEQ, p),
            ]),
            p => self.cmp(self.load(self.lt, 0, op::H), JEQ, p),
        }
    }

    /// An 802.2 SNAP header (AA AA 03, OUI, type) at the payload.
    fn snap(&self, oui: u32, ethertype: u32) -> Cond {
        Cond::And(vec![
            self.cmp(
                self.load(self.pl(), 4, op::W),
                JEQ,
                ((oui & 0xffff) << 16) | ethertype,
            ),
            self.cmp(
                self.load(self.pl(), 0, op::W),
                JEQ,
                0xaaaa_0300 | (oui >> 16),
            ),
        ])
    }

    fn ip_frag_ok(&self) -> Cond {
        Cond::not(self.cmp(self.nl_load(IP4_FLAGS_FRAG, op::H), JSET, IP4_FRAG_OFFSET))
    }

    fn proto_ip(&self, p: u32, span: Span) -> R<Cond> {
        Ok(Cond::And(vec![
            self.linktype(ETHERTYPE_IP, span)?,
            self.cmp(self.nl_load(IP4_PROTO, op::B), JEQ, p),
        ]))
    }
    fn proto_ip6(&self, p: u32, span: Span) -> R<Cond> {
        Ok(Cond::And(vec![
            self.linktype(ETHERTYPE_IPV6, span)?,
            Cond::Or(vec![
                self.cmp(self.nl_load(IP6_NEXT_HEADER, op::B), JEQ, p),
                Cond::And(vec![
                    self.cmp(self.nl_load(IP6_NEXT_HEADER, op::B), JEQ, IPPROTO_FRAGMENT),
                    self.cmp(self.nl_load(IP6_PAYLOAD, op::B), JEQ, p),
                ]),
            ]),
        ]))
    }
    fn proto_any(&self, p: u32, span: Span) -> R<Cond> {
        Ok(Cond::Or(vec![
            self.proto_ip(p, span)?,
            self.proto_ip6(p, span)?,
        ]))
    }

    /// A protocol name on its own (`tcp`, `ip6`, `stp`, ...).
    pub fn abbrev(&self, p: Proto, span: Span) -> R<Cond> {
        match p {
            Proto::Ip => self.linktype(ETHERTYPE_IP, span),
            Proto::Ip6 => self.linktype(ETHERTYPE_IPV6, span),
            Proto::Arp => self.linktype(ETHERTYPE_ARP, span),
            Proto::Rarp => self.linktype(ETHERTYPE_REVARP, span),
            Proto::Atalk => self.linktype(ETHERTYPE_ATALK, span),
            Proto::Aarp => self.linktype(ETHERTYPE_AARP, span),
            Proto::Decnet => self.linktype(ETHERTYPE_DN, span),
            Proto::Lat => self.linktype(k16(et::LAT), span),
            Proto::Sca => self.linktype(k16(et::SCA), span),
            Proto::Moprc => self.linktype(k16(et::MOPRC), span),
            Proto::Mopdl => self.linktype(k16(et::MOPDL), span),
            Proto::Iso => self.linktype(0xfe, span),
            Proto::Stp => self.linktype(0x42, span),
            Proto::Netbeui => self.linktype(0xf0, span),
            Proto::Ipx => self.linktype(0xe0, span),
            Proto::Esis => self.iso_proto(0x82, span),
            Proto::Isis => self.iso_proto(0x83, span),
            Proto::Clnp => self.iso_proto(0x81, span),
            Proto::IsisL1 => self.isis_pdu(&[0x1a, 0x18, 0x12, 0x0f, 0x11], span),
            Proto::IsisL2 => self.isis_pdu(&[0x1b, 0x19, 0x14, 0x10, 0x11], span),
            Proto::IsisIih => self.isis_pdu(&[0x11, 0x0f, 0x10], span),
            Proto::IsisLsp => self.isis_pdu(&[0x12, 0x14], span),
            Proto::IsisSnp => self.isis_pdu(&[0x1b, 0x1a, 0x18, 0x19], span),
            Proto::IsisCsnp => self.isis_pdu(&[0x18, 0x19], span),
            Proto::IsisPsnp => self.isis_pdu(&[0x1a, 0x1b], span),
            Proto::Tcp => self.proto_any(IPPROTO_TCP, span),
            Proto::Udp => self.proto_any(IPPROTO_UDP, span),
            Proto::Sctp => self.proto_any(IPPROTO_SCTP, span),
            Proto::Pim => self.proto_any(k8(ipp::PIM), span),
            Proto::Ah => self.proto_any(k8(ipp::AH), span),
            Proto::Esp => self.proto_any(k8(ipp::ESP), span),
            Proto::Icmp => self.proto_ip(1, span),
            Proto::Igmp => self.proto_ip(2, span),
            Proto::Igrp => self.proto_ip(9, span),
            Proto::Vrrp | Proto::Carp => self.proto_ip(112, span),
            Proto::Icmp6 => self.proto_ip6(IPPROTO_ICMPV6, span),
            Proto::Link | Proto::Default => err("link layer applied in wrong context", span),
            Proto::Radio => err("'radio' is not a valid protocol type", span),
        }
    }

    fn iso_proto(&self, v: u32, span: Span) -> R<Cond> {
        // Where no 802.2 header can be, the link-type test is false and
        // libpcap finds the whole filter rejecting everything.
        // Frame Relay: the NLPID right after the address, no type test.
        if self.kind == LtKind::FrameRelay {
            return Ok(self.cmp(self.load(self.linkhdr, 2, op::H), JEQ, 0x0300 | v));
        }
        let nosnap = self.nl_nosnap();
        // Cisco HDLC puts a fudge byte before the NLPID.
        let fudge = u32::from(self.kind == LtKind::CHdlc);
        Ok(Cond::And(vec![
            self.linktype(0xfe, span)?,
            self.cmp(
                self.load(self.pl(), nosnap.wrapping_add(fudge), op::B),
                JEQ,
                v,
            ),
        ]))
    }

    /// IS-IS with one of the given PDU types.
    fn isis_pdu(&self, types: &[u32], span: Span) -> R<Cond> {
        let nosnap = self.nl_nosnap();
        let at = self.load(self.pl(), nosnap.wrapping_add(4), op::B);
        Ok(Cond::And(vec![
            self.iso_proto(0x83, span)?,
            Cond::Or(
                types
                    .iter()
                    .map(|&t| self.cmp(at.clone(), JEQ, t))
                    .collect(),
            ),
        ]))
    }

    /// `[proto] proto N`.
    pub fn proto_num(&self, proto: Proto, v: u32, span: Span) -> R<Cond> {
        match proto {
            Proto::Default => self.proto_any(v, span),
            Proto::Ip => self.proto_ip(v, span),
            Proto::Ip6 => self.proto_ip6(v, span),
            Proto::Link => self.linktype(v, span),
            Proto::Iso => self.iso_proto(v, span),
            Proto::Isis => self.isis_pdu(&[v], span),
            Proto::Arp | Proto::Rarp => err(
                format!("{} does not encapsulate another protocol", proto.name()),
                span,
            ),
            Proto::Lat | Proto::Sca | Proto::Moprc | Proto::Mopdl => err(
                format!(
                    "{} does not encapsulate another protocol",
                    proto.name().to_ascii_uppercase()
                ),
                span,
            ),
            Proto::Atalk => err("AppleTalk encapsulation is not specifiable", span),
            Proto::Decnet => err("DECNET encapsulation is not specifiable", span),
            Proto::Clnp => err("'clnp proto' is not supported", span),
            p => err(format!("'{} proto' is bogus", p.name()), span),
        }
    }

    /// The whole expression, in textual order (later offsets depend on it).
    pub fn expr(&mut self, e: &Expr) -> R<Cond> {
        Ok(match e {
            Expr::And(..) | Expr::Or(..) => {
                // Chains like `port 1 or port 2 or ...` nest to the left;
                // walk them as a list so that long ones need no deep recursion.
                let is_and = matches!(e, Expr::And(..));
                let mut spine = Vec::new();
                let mut cur = e;
                loop {
                    match cur {
                        Expr::And(a, b) if is_and => {
                            spine.push(&**b);
                            cur = a;
                        }
                        Expr::Or(a, b) if !is_and => {
                            spine.push(&**b);
                            cur = a;
                        }
                        _ => {
                            spine.push(cur);
                            break;
                        }
                    }
                }
                let mut parts = Vec::with_capacity(spine.len());
                for x in spine.into_iter().rev() {
                    parts.push(self.expr(x)?);
                }
                if is_and {
                    Cond::And(parts)
                } else {
                    Cond::Or(parts)
                }
            }
            Expr::Not(a) => Cond::not(self.expr(a)?),
            Expr::Id { quals, id, span } => self.id(*quals, id, *span)?,
            Expr::Rel {
                op,
                negate,
                lhs,
                rhs,
                span,
            } => self.relation(*op, *negate, lhs, rhs, *span)?,
            Expr::Other(o, span) => {
                let span = *span;
                match o {
                    Other::Abbrev(p) => self.abbrev(*p, span)?,
                    Other::Broadcast(p) => self.broadcast(*p, span)?,
                    Other::Multicast(p) => self.multicast(*p, span)?,
                    Other::Less(n) => self.less_greater(*n, false),
                    Other::Greater(n) => self.less_greater(*n, true),
                    Other::Byte { index, op, value } => self.byte(*index, *op, *value),
                    Other::Inbound => self.inbound(false, span)?,
                    Other::Outbound => self.inbound(true, span)?,
                    Other::Ifindex(n) => self.ifindex(*n, span)?,
                    Other::Vlan(id) => self.vlan(*id, span)?,
                    Other::Mpls(l) => self.mpls(*l, span)?,
                    Other::Pppoed => self.pppoed(span)?,
                    Other::Pppoes(s) => self.pppoes(*s, span)?,
                    Other::Geneve(vni) => self.geneve(*vni, span)?,
                    Other::Vxlan(_) => {
                        return err(
                            "syntax error: 'vxlan' is not in libpcap 1.10's language",
                            span,
                        );
                    }
                    Other::Llc => self.llc(span)?,
                    Other::LlcControl { mask, value } => Cond::And(vec![
                        self.llc(span)?,
                        self.mcmp(self.load(self.pl(), 2, op::B), *mask, *value),
                    ]),
                    Other::Pf(field) => self.pf_field(field, span)?,
                    Other::Mtp2(unit) => self.mtp2_unit(*unit),
                    Other::Field { field, tests } => self.link_field(*field, tests)?,
                    Other::Atm(class) => self.atm_class(*class),
                    Other::Wlan(test) => self.wlan_test(*test, span)?,
                }
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first_test(c: &Cond) -> Option<(Vec<Insn>, u16, u32)> {
        match c {
            Cond::Test { code, jmp, k } => Some((code.clone(), *jmp, *k)),
            Cond::And(v) | Cond::Or(v) => v.first().and_then(first_test),
            Cond::Not(c) => first_test(c),
            _ => None,
        }
    }

    #[test]
    fn ip_is_recognised_per_layout() {
        let ip = |link| {
            let g =
                Gen::new(link, false, 0, crate::netdb::tests::etc_copy(), (0, 1)).expect("layout");
            first_test(&g.linktype(ETHERTYPE_IP, (0, 1)).expect("ip")).expect("a test")
        };
        assert_eq!(ip(LinkType::Ethernet), (vec![ld(op::H, 12)], JEQ, 0x800));
        assert_eq!(ip(LinkType::LinuxSll), (vec![ld(op::H, 14)], JEQ, 0x800));
        assert_eq!(ip(LinkType::LinuxSll2), (vec![ld(op::H, 0)], JEQ, 0x800));
        assert_eq!(
            ip(LinkType::Raw),
            (
                vec![ld(op::B, 0), Insn::stmt(op::ALU | op::AND | op::K, 0xf0)],
                JEQ,
                0x40
            )
        );
        assert_eq!(ip(LinkType::Null), (vec![ld(op::W, 0)], JEQ, 0x0200_0000));
        assert_eq!(ip(LinkType::NullSwapped), (vec![ld(op::W, 0)], JEQ, 2));
        assert_eq!(ip(LinkType::Loop), (vec![ld(op::W, 0)], JEQ, 2));
        // Outside libpcap's matching range.
        assert!(
            Gen::new(
                LinkType::Other(42),
                false,
                0,
                crate::netdb::tests::etc_copy(),
                (0, 1)
            )
            .is_err()
        );
    }

    #[test]
    fn some_link_types_name_no_protocol() {
        let g = Gen::new(
            LinkType::Other(239),
            false,
            0,
            crate::netdb::tests::etc_copy(),
            (0, 1),
        )
        .expect("NFLOG compiles");
        let e = g.linktype(ETHERTYPE_IP, (0, 1)).unwrap_err();
        assert_eq!(e.message, "NFLOG link-layer type filtering not implemented");
        let g = Gen::new(
            LinkType::Other(147),
            false,
            0,
            crate::netdb::tests::etc_copy(),
            (0, 1),
        )
        .expect("a user DLT compiles");
        let e = g.linktype(ETHERTYPE_IP, (0, 1)).unwrap_err();
        assert!(
            e.message
                .ends_with("link-layer type filtering not implemented")
        );
    }

    #[test]
    fn llc_saps_need_an_802_3_frame() {
        let g = Gen::ethernet_for_tests(false, 0);
        let stp = g.abbrev(Proto::Stp, (0, 1)).expect("stp");
        assert_eq!(first_test(&stp), Some((vec![ld(op::H, 12)], JGT, ETHERMTU)));
    }
}
