//! Link types beyond Ethernet, cooked and loopback captures: where each
//! keeps its link-layer type and its payload (libpcap 1.10's
//! init_linktype), and how it tells which network protocol a frame
//! carries (gen_linktype).

use super::*;

/// LINKTYPE_ numbers as pcap files carry them: the one table in
/// wire/linktype.rs, which the decoder and the capture code read too.
pub(super) use crate::wire::linktype as dlt;

/// libpcap's OFFSET_NOT_SET: offsets computed from it wrap around, as
/// libpcap's unsigned arithmetic does.
const NOT_SET: u32 = u32::MAX;

/// The first and last LINKTYPE_ numbers libpcap compiles for without
/// knowing their layout (DLT_MATCHING_MIN/MAX).
const MATCHING: std::ops::RangeInclusive<u32> = 104..=289;

/// The link types gen_linktype refuses by name, with the name it uses.
fn unnamed(n: u32) -> Option<&'static str> {
    Some(match n {
        182 => "Multi-link Frame Relay",
        144 => "IrDA",
        143 => "DOCSIS",
        139 | 140 => "MTP2",
        197 => "ERF",
        246 => "PFSYNC",
        177 => "LAPD",
        186 | 189 | 220 | 249 => "USB",
        187 | 201 => "Bluetooth",
        190 | 227 => "CAN",
        191 | 195 | 215 | 230 | 283 => "IEEE 802.15.4",
        193 => "IEEE 802.16",
        196 => "SITA",
        198 => "RAIF1",
        199 | 209 => "IPMB",
        202 => "AX.25",
        239 => "NFLOG",
        _ => return None,
    })
}

/// Whether the link header's length varies, so that the payload's offset
/// is computed at run time (pflog's header gives its own length).
pub(super) fn variable_payload(link: LinkType) -> bool {
    matches!(link, LinkType::Other(n) if n == dlt::PFLOG || wlan::is_wlan(n))
}

/// The code that leaves the payload's offset in `slot` and in X, for a
/// link type where variable_payload holds (gen_load_pflog_llprefixlen).
pub(super) fn payload_offset_code(link: LinkType, slot: u32) -> Vec<Insn> {
    debug_assert!(variable_payload(link));
    vec![
        // pflog's length byte, rounded up to a multiple of 4.
        Insn::stmt(op::LD | op::B | op::ABS, PFLOG_LENGTH),
        Insn::stmt(op::ALU | op::ADD | op::K, 3),
        Insn::stmt(op::ALU | op::AND | op::K, 0xffff_fffc),
        Insn::stmt(op::ST, slot),
        Insn::stmt(op::MISC | op::TAX, 0),
    ]
}

/// Where BSD/OS PPP's header keeps the PPP protocol.
pub(super) const PPP_BSDOS_PROTO: Off = Off { var: None, k: 5 };

/// Where SunATM's pseudo-header keeps the payload's protocol (low
/// nibble), the cell's VPI and VCI, and where the payload starts.
pub(super) const SUNATM_PROTO: u32 = 0;
pub(super) const SUNATM_VPI: u32 = 1;
pub(super) const SUNATM_VCI: u32 = 2;
pub(super) const SUNATM_PAYLOAD: u32 = 4;

/// Fields of the pflog header (OpenBSD's struct pfloghdr).
pub(super) const PFLOG_LENGTH: u32 = 0;
pub(super) const PFLOG_AF: u32 = 1;
pub(super) const PFLOG_ACTION: u32 = 2;
pub(super) const PFLOG_REASON: u32 = 3;
pub(super) const PFLOG_IFNAME: u32 = 4;
pub(super) const PFLOG_RULESET: u32 = 20;
/// Both names hold 16 bytes, NUL included.
pub(super) const PFLOG_NAME_LEN: usize = 16;
pub(super) const PFLOG_RULENR: u32 = 36;
pub(super) const PFLOG_SUBRULENR: u32 = 40;
pub(super) const PFLOG_DIR: u32 = 60;
/// pflog's address families are Linux's here, as libpcap built for Linux
/// has them (AF_INET, AF_INET6).
const PFLOG_AF_INET: u32 = 2;
const PFLOG_AF_INET6: u32 = 10;
/// pflog's directions (PF_IN, PF_OUT).
const PF_IN: u32 = 1;
const PF_OUT: u32 = 2;

/// Where a link type keeps things, and how it names protocols.
pub(super) struct Layout {
    pub kind: LtKind,
    /// Offset of the link-layer type field.
    pub lt: u32,
    /// Offset of the link-layer payload.
    pub pl: u32,
    /// Offset of the network header inside the payload (past 802.2 and
    /// SNAP on LLC-framed links).
    pub nl: u32,
}

/// The layout of `link`, for the link types that are not the six
/// original ones; None for a link type libpcap does not compile for.
pub(super) fn of(link: LinkType) -> Option<Layout> {
    let LinkType::Other(n) = link else {
        return None;
    };
    let l = |kind, lt, pl, nl| Some(Layout { kind, lt, pl, nl });
    match n {
        dlt::PPP | dlt::PPP_PPPD | dlt::PPP_SERIAL => l(LtKind::Ppp, 2, 4, 0),
        dlt::PPP_ETHER => l(LtKind::Ppp, 6, 8, 0),
        dlt::C_HDLC => l(LtKind::CHdlc, 2, 4, 0),
        // The version nibble is read at the start of the SLIP pseudo-header,
        // not of the IP header: libpcap's quirk, kept for equal verdicts.
        dlt::SLIP => l(LtKind::Slip, 0, 16, 0),
        // BSD/OS SLIP: a 24-byte header; no type field, the version is
        // read at the link header as on SLIP.
        dlt::SLIP_BSDOS => l(LtKind::Slip, NOT_SET, 24, 0),
        // BSD/OS PPP: the PPP protocol at 5 of a 24-byte header.
        dlt::PPP_BSDOS => l(LtKind::Ppp, PPP_BSDOS_PROTO.k, 24, 0),
        dlt::IPV4 => l(LtKind::OnlyIp(ETHERTYPE_IP), 0, 0, 0),
        dlt::IPV6 => l(LtKind::OnlyIp(ETHERTYPE_IPV6), 0, 0, 0),
        dlt::LTALK => l(LtKind::OnlyIp(0x809b), 0, 0, 0),
        dlt::IPNET => l(LtKind::Ipnet, 1, 24, 0),
        dlt::ENC => l(LtKind::Null, 0, 12, 0),
        // An AAL5 PDU after a 4-byte pseudo-header, LLC-encapsulated
        // unless `lane` says LANE (linkhdr.rs).
        dlt::SUNATM => l(LtKind::SunAtm, SUNATM_PAYLOAD, SUNATM_PAYLOAD, 8),
        // The payload's offset is computed at run time (variable_payload).
        dlt::PFLOG => l(LtKind::Pflog, 0, 0, 0),
        dlt::FDDI => l(LtKind::Llc, 13, 13, 8),
        dlt::IEEE802 => l(LtKind::Llc, 14, 14, 8),
        dlt::ATM_RFC1483 | dlt::ATM_CLIP => l(LtKind::Llc, 0, 0, 8),
        dlt::IP_OVER_FC => l(LtKind::Llc, 16, 16, 8),
        dlt::ARCNET => l(LtKind::Arcnet, 2, 6, 0),
        dlt::ARCNET_LINUX => l(LtKind::Arcnet, 4, 8, 0),
        dlt::FRELAY => l(LtKind::FrameRelay, NOT_SET, 0, 0),
        dlt::SYMANTEC_FIREWALL => l(LtKind::Plain, 6, 44, 0),
        dlt::APPLE_IP_OVER_IEEE1394 => l(LtKind::Plain, 16, 18, 0),
        // JUNIPER_MLPPP, MLFR, MFR, PPP, FRELAY, CHDLC.
        130 | 131 | 134 | 179 | 180 | 181 => l(LtKind::Juniper, 4, 4, 0),
        137 => l(LtKind::Juniper, 4, 4, 0),
        135 => l(LtKind::Juniper, 8, 8, 0),
        167 | 178 => l(LtKind::Juniper, 16, 14, 18),
        168 => l(LtKind::Juniper, 4, 6, 0),
        133 => l(LtKind::Juniper, 6, 12, 0),
        164 => l(LtKind::Juniper, 12, 12, 0),
        // Juniper headers whose payload has no fixed place (ES, SERVICES,
        // VP, ST, ISM, VS, SRX_E2E, FIBRECHANNEL, ATM_CEMIC) and BACnet
        // MS/TP: libpcap's offsets wrap around to loads the kernel's
        // ancillary range takes, so afsniff refuses them whole.
        132 | 136 | 165 | 183 | 194 | 200 | 232 | 233 | 234 | 238 => None,
        // Ethernet behind a pseudo-header: Gen::new moves the link header.
        dlt::NETANALYZER | dlt::NETANALYZER_TRANSPARENT => None,
        // The payload's offset is computed at run time (wlan.rs).
        n if wlan::is_wlan(n) => l(LtKind::Wlan, 24, 0, 8),
        n => match unnamed(n) {
            Some(what) => l(LtKind::Unnamed(what), NOT_SET, NOT_SET, NOT_SET),
            None if MATCHING.contains(&n) => l(LtKind::Unnamed(""), NOT_SET, NOT_SET, NOT_SET),
            None => None,
        },
    }
}

/// Whether a PPP layout is DLT_PPP's own, or PPP inside PPPoE on
/// another link: the two that libpcap's `mpls` accepts.
pub(super) fn is_plain_ppp_or_inner(link: LinkType) -> bool {
    !matches!(link, LinkType::Other(n) if n != dlt::PPP)
}

/// Where an 802.2 frame without SNAP has its network header, behind a
/// Juniper pseudo-header (NOT_SET where none can be: loads wrap around).
pub(super) fn juniper_nosnap(link: LinkType) -> u32 {
    match link {
        LinkType::Other(135 | 137) => 10,
        LinkType::Other(167 | 178) => 21,
        _ => NOT_SET,
    }
}

/// "MGC": the start of every Juniper pseudo-header.
const JUNIPER_MAGIC: u32 = 0x4d47_4300;

/// ARCNET's protocol identifiers (RFC 1201 and the older RFC 1051 ones).
const ARCTYPE_IP_OLD: u32 = 240;
const ARCTYPE_ARP_OLD: u32 = 241;
const ARCTYPE_IP: u32 = 212;
const ARCTYPE_ARP: u32 = 213;
const ARCTYPE_REVARP: u32 = 214;
const ARCTYPE_ATALK: u32 = 221;
const ARCTYPE_INET6: u32 = 0xc4;

/// The address families of the Solaris ipnet header.
const IPH_AF_INET: u32 = 2;
const IPH_AF_INET6: u32 = 26;

const LLCSAP_IP: u32 = 0x06;
const LLCSAP_ISONS: u32 = 0xfe;
const LLCSAP_NETBEUI: u32 = 0xf0;
const LLCSAP_IPX: u32 = 0xe0;

impl Gen {
    /// gen_linktype for the kinds this file adds.
    pub(super) fn other_linktype(&self, proto: u32, span: Span) -> R<Cond> {
        let lt_h = || self.load(self.lt, 0, op::H);
        let lt_b = || self.load(self.lt, 0, op::B);
        Ok(match self.kind {
            LtKind::CHdlc => {
                let p = if proto == LLCSAP_ISONS {
                    proto << 8 | LLCSAP_ISONS
                } else {
                    proto
                };
                self.cmp(lt_h(), JEQ, p)
            }
            LtKind::Slip => match proto {
                ETHERTYPE_IP => self.mcmp(self.load(self.linkhdr, 0, op::B), 0xf0, 0x40),
                ETHERTYPE_IPV6 => self.mcmp(self.load(self.linkhdr, 0, op::B), 0xf0, 0x60),
                _ => Cond::Const(false),
            },
            // libpcap's gen_true and gen_false test a loaded constant, and
            // its optimizer leaves the load in place.
            LtKind::OnlyIp(carried) => self.libpcap_const(proto == carried),
            LtKind::Ipnet => match proto {
                ETHERTYPE_IP => self.cmp(lt_b(), JEQ, IPH_AF_INET),
                ETHERTYPE_IPV6 => self.cmp(lt_b(), JEQ, IPH_AF_INET6),
                _ => Cond::Const(false),
            },
            LtKind::Llc => self.llc_linktype(proto),
            // LLC-encapsulated payloads only: after `lane` the kind is
            // Ethernet's.
            LtKind::SunAtm => Cond::And(vec![self.atm_llc(), self.llc_linktype(proto)]),
            LtKind::Pflog => match proto {
                ETHERTYPE_IP => {
                    self.cmp(self.load(self.linkhdr, PFLOG_AF, op::B), JEQ, PFLOG_AF_INET)
                }
                ETHERTYPE_IPV6 => self.cmp(
                    self.load(self.linkhdr, PFLOG_AF, op::B),
                    JEQ,
                    PFLOG_AF_INET6,
                ),
                _ => self.libpcap_const(false),
            },
            LtKind::Arcnet => {
                let any = |types: &[u32]| {
                    Cond::Or(types.iter().map(|&t| self.cmp(lt_b(), JEQ, t)).collect())
                };
                match proto {
                    ETHERTYPE_IPV6 => any(&[ARCTYPE_INET6]),
                    ETHERTYPE_IP => any(&[ARCTYPE_IP, ARCTYPE_IP_OLD]),
                    ETHERTYPE_ARP => any(&[ARCTYPE_ARP, ARCTYPE_ARP_OLD]),
                    ETHERTYPE_REVARP => any(&[ARCTYPE_REVARP]),
                    ETHERTYPE_ATALK => any(&[ARCTYPE_ATALK]),
                    _ => Cond::Const(false),
                }
            }
            LtKind::Juniper => self.mcmp(
                self.load(self.linkhdr, 0, op::W),
                0xffff_ff00,
                JUNIPER_MAGIC,
            ),
            LtKind::FrameRelay => {
                let nlpid = |v: u32| self.cmp(self.load(self.linkhdr, 2, op::H), JEQ, 0x0300 | v);
                match proto {
                    ETHERTYPE_IP => nlpid(0xcc),
                    ETHERTYPE_IPV6 => nlpid(0x8e),
                    LLCSAP_ISONS => Cond::Or(vec![nlpid(0x81), nlpid(0x82), nlpid(0x83)]),
                    _ => Cond::Const(false),
                }
            }
            LtKind::Plain => self.cmp(lt_h(), JEQ, proto),
            LtKind::Wlan => Cond::And(vec![self.wlan_data_frame(), self.llc_linktype(proto)]),
            LtKind::Unnamed(what) => {
                let what = if what.is_empty() {
                    self.link.description()
                } else {
                    what
                };
                return err(
                    format!("{what} link-layer type filtering not implemented"),
                    span,
                );
            }
            _ => Cond::Const(false),
        })
    }

    /// `inbound`/`outbound` on link types whose header records the
    /// direction (libpcap's gen_inbound), None elsewhere.
    pub(super) fn link_direction(&self, outbound: bool) -> Option<Cond> {
        let LinkType::Other(n) = self.link else {
            return None;
        };
        let at = |k: u32, size: u16| self.load(self.linkhdr, k, size);
        Some(match n {
            // A relation `link[0] = 0` in libpcap, negated for outbound.
            dlt::SLIP => {
                let inbound = Cond::Rel(Box::new(self.cmp(at(0, op::B), JEQ, 0)), true);
                if outbound {
                    Cond::not(inbound)
                } else {
                    inbound
                }
            }
            dlt::IPNET => self.cmp(at(2, op::H), JEQ, if outbound { 1 } else { 2 }),
            dlt::PPP_PPPD => self.cmp(at(0, op::B), JEQ, u32::from(outbound)),
            dlt::PFLOG => self.cmp(
                at(PFLOG_DIR, op::B),
                JEQ,
                if outbound { PF_OUT } else { PF_IN },
            ),
            _ if self.kind == LtKind::Juniper => {
                self.mcmp(at(3, op::B), 0x01, u32::from(!outbound))
            }
            _ => return None,
        })
    }

    /// Where the source and destination MAC addresses are in the link
    /// header, or libpcap's refusal of `what` (host, broadcast, multicast)
    /// on this link type.
    pub(super) fn mac_at(&self, what: &str, span: Span) -> R<(u32, u32)> {
        match self.link {
            LinkType::Other(dlt::FDDI) if self.kind != LtKind::Ppp => Ok((7, 1)),
            LinkType::Other(dlt::IEEE802) if self.kind != LtKind::Ppp => Ok((8, 2)),
            LinkType::Other(dlt::IP_OVER_FC) if self.kind != LtKind::Ppp => Ok((10, 2)),
            _ => self.need_ether(what, span).map(|()| (6, 0)),
        }
    }

    /// ARCNET's broadcast address, 0 as destination (gen_ahostop).
    pub(super) fn arcnet_broadcast(&self) -> Option<Cond> {
        (self.kind == LtKind::Arcnet).then(|| self.cmp(self.load(self.linkhdr, 1, op::B), JEQ, 0))
    }

    /// libpcap's gen_true: a test of a loaded constant, whose load its
    /// optimizer can leave in place (gen_false is the same with 1).
    pub(super) fn libpcap_const(&self, value: bool) -> Cond {
        Cond::test(
            vec![Insn::stmt(op::LD | op::IMM, u32::from(!value))],
            JEQ,
            0,
        )
    }

    /// A protocol behind an 802.2 LLC header at the payload (gen_llc_linktype).
    fn llc_linktype(&self, proto: u32) -> Cond {
        match proto {
            LLCSAP_IP | LLCSAP_ISONS | LLCSAP_NETBEUI => {
                self.cmp(self.load(self.pl(), 0, op::H), JEQ, proto << 8 | proto)
            }
            LLCSAP_IPX => self.cmp(self.load(self.pl(), 0, op::B), JEQ, LLCSAP_IPX),
            ETHERTYPE_ATALK => self.snap(0x080007, ETHERTYPE_ATALK),
            p if p <= ETHERMTU => self.cmp(self.load(self.pl(), 0, op::B), JEQ, p),
            p => self.cmp(self.load(self.pl(), 6, op::H), JEQ, p),
        }
    }
}
