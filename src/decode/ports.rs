//! Which printer tcpdump gives a UDP or TCP payload, by port: one table of
//! (ports, printer) rows per transport, in the order of udp_print's and
//! tcp_print's if/else chains (print-udp.c, print-tcp.c). Order decides a
//! packet between two known ports (DNS from port 53 to port 123 is DNS),
//! so a row's place in its table is part of tcpdump's behaviour.
//!
//! A linear scan of the rows for every packet would cost the -r loop more
//! than the chain it replaces; each table is indexed at compile time by a
//! port-sorted array, so a lookup is two binary searches, and the earlier
//! of the rows the two ports find wins, as in the chain.
//!
//! The end of the file holds the calls protocol files make into other
//! protocols (an inner Ethernet frame, IP, PPP, ESP...): protocols reach
//! each other only through here, never by importing each other.

use super::PacketType;
use super::ctx::{Ctx, Net, Res};
use super::lwres;
use super::{
    ahcp, aodv, autorp, babel, bcm_li, beep, bfd, bgp, bootp, cnfp, dhcp6, dns, ftp, geneve, hncp,
    hsrp, http, isakmp, krb, l2tp, ldp, lisp, lmp, lspping, mpls, msdp, nfs, ntp, olsr, openflow,
    otv, pgm, pptp, ptp, radius, resp, rip, ripng, rpki_rtr, rtp, rtsp, rx, sflow, sip, smtp, snmp,
    someip, ssh, sunrpc, syslog, telnet, tftp, timed, vqp, vxlan, wb, whois, zep, zephyr, zmtp1,
};
use crate::wire;

/// The transport segment a port printer is called for.
pub(crate) struct Seg<'a, 'n> {
    pub net: &'a Net<'n>,
    pub sport: u16,
    pub dport: u16,
}

/// A printer for the payload `b` of which the transport header says
/// `length` bytes.
pub(crate) type Printer = fn(&mut Ctx, &[u8], usize, &Seg) -> Res;

/// Which ports select a row (tcpdump's IS_SRC_OR_DST_PORT and IS_DST_PORT).
#[derive(Clone, Copy)]
pub(crate) enum Ports {
    /// Either port is one of these.
    Either(&'static [u16]),
    /// Either port is in lo..=hi.
    EitherRange(u16, u16),
    /// The destination port is one of these.
    Dst(&'static [u16]),
    /// The source port is one of these.
    Src(&'static [u16]),
}

pub(crate) struct Row {
    pub ports: Ports,
    pub print: Printer,
}

// Port numbers under tcpdump's names (udp.h, tcp.h, the printers' own);
// DNS, VXLAN and Geneve's are wire/'s, whose views --json decodes.
pub(crate) const DOMAIN: u16 = wire::dns::PORT;
pub(crate) const MULTICASTDNS: u16 = 5353;
pub(crate) const TFTP: u16 = 69;
pub(crate) const BOOTPS: u16 = 67;
pub(crate) const BOOTPC: u16 = 68;
pub(crate) const RIP: u16 = 520;
pub(crate) const RIPNG: u16 = 521;
pub(crate) const ISAKMP: u16 = 500;
pub(crate) const ISAKMP_NATT: u16 = 4500;
pub(crate) const ISAKMP_USER1: u16 = 7500;
pub(crate) const ISAKMP_USER2: u16 = 8500;
pub(crate) const SNMP: u16 = 161;
pub(crate) const SNMPTRAP: u16 = 162;
pub(crate) const NTP: u16 = 123;
pub(crate) const KERBEROS: u16 = 88;
pub(crate) const KERBEROS_SEC: u16 = 750;
pub(crate) const L2TP: u16 = 1701;
pub(crate) const RX_LOW: u16 = 7000;
pub(crate) const RX_HIGH: u16 = 7009;
pub(crate) const DHCP6_CLI: u16 = 546;
pub(crate) const DHCP6_SERV: u16 = 547;
pub(crate) const CISCO_AUTORP: u16 = 496;
pub(crate) const RADIUS: u16 = 1645;
pub(crate) const RADIUS_NEW: u16 = 1812;
pub(crate) const RADIUS_ACCOUNTING: u16 = 1646;
pub(crate) const RADIUS_NEW_ACCOUNTING: u16 = 1813;
pub(crate) const RADIUS_CISCO_COA: u16 = 1700;
pub(crate) const RADIUS_COA: u16 = 3799;
pub(crate) const HSRP: u16 = 1985;
pub(crate) const LDP: u16 = 646;
pub(crate) const OLSR: u16 = 698;
pub(crate) const LSPPING: u16 = 3503;
pub(crate) const BCM_LI: u16 = 49152;
pub(crate) const MPLS: u16 = 6635;
pub(crate) const RPKI_RTR: u16 = 323;
pub(crate) const BFD_CONTROL: u16 = 3784;
pub(crate) const BFD_ECHO: u16 = 3785;
pub(crate) const BFD_MULTIHOP: u16 = 4784;
pub(crate) const BFD_LAG: u16 = 6784;
pub(crate) const LMP: u16 = 701;
pub(crate) const VQP: u16 = 1589;
pub(crate) const SFLOW: u16 = 6343;
pub(crate) const SIP: u16 = 5060;
pub(crate) const SYSLOG: u16 = 514;
pub(crate) const LISP_CONTROL: u16 = 4342;
pub(crate) const AHCP: u16 = 5359;
pub(crate) const AODV: u16 = 654;
pub(crate) const BABEL: u16 = 6696;
pub(crate) const BABEL_OLD: u16 = 6697;
pub(crate) const HNCP: u16 = 8231;
pub(crate) const OTV: u16 = 8472;
pub(crate) const VXLAN: u16 = wire::vxlan::UDP_PORT;
pub(crate) const GENEVE: u16 = wire::geneve::UDP_PORT;
pub(crate) const VXLAN_GPE: u16 = 4790;
pub(crate) const ZEP: u16 = 17754;
pub(crate) const SOMEIP: u16 = 30490;
pub(crate) const TELNET: u16 = 23;
pub(crate) const SMTP: u16 = 25;
pub(crate) const WHOIS: u16 = 43;
pub(crate) const BGP: u16 = 179;
pub(crate) const PPTP: u16 = 1723;
pub(crate) const RESP: u16 = 6379;
pub(crate) const SSH: u16 = 22;
pub(crate) const BEEP: u16 = 10288;
pub(crate) const OPENFLOW_OLD: u16 = 6633;
pub(crate) const OPENFLOW: u16 = 6653;
pub(crate) const FTP: u16 = 21;
pub(crate) const HTTP: u16 = 80;
pub(crate) const HTTP_ALT: u16 = 8080;
pub(crate) const RTSP: u16 = 554;
pub(crate) const RTSP_ALT: u16 = 8554;
pub(crate) const MSDP: u16 = 639;
pub(crate) const TIMED: u16 = 525;
pub(crate) const VAT: u16 = 3456;
pub(crate) const WB: u16 = 4567;
pub(crate) const ZEPHYR_SRV: u16 = 2103;
pub(crate) const ZEPHYR_CLT: u16 = 2104;
pub(crate) const PTP_EVENT: u16 = 319;
pub(crate) const PTP_GENERAL: u16 = 320;
pub(crate) const LWRES: u16 = 921;
pub(crate) const NFS: u16 = nfs::PORT;

use Ports::{Dst, Either, EitherRange, Src};

/// udp_print's chain. The payload is what the IP datagram holds past the
/// UDP header, not just `length` bytes: tcpdump's reads stop at the end of
/// the datagram, and the tunnels hand it to ether_print as the capture.
pub(crate) const UDP: &[Row] = &[
    row(Either(&[DOMAIN]), |c, b, len, _| {
        dns::domain(c, b, len, false, false)
    }),
    row(Either(&[MULTICASTDNS]), |c, b, len, _| {
        dns::domain(c, b, len, false, true)
    }),
    row(Either(&[TIMED]), |c, b, _, _| timed::timed(c, b)),
    row(Either(&[TFTP]), |c, b, len, _| tftp::tftp(c, b, len)),
    row(Either(&[BOOTPS, BOOTPC]), |c, b, len, _| {
        bootp::bootp(c, b, len)
    }),
    row(Either(&[RIP]), |c, b, len, _| rip::rip(c, b, len)),
    row(Either(&[AODV]), |c, b, len, s| {
        aodv::aodv(c, b, len, s.net.v6)
    }),
    row(Either(&[ISAKMP]), |c, b, len, s| {
        isakmp::isakmp(c, b, len, s.net)
    }),
    row(Either(&[ISAKMP_NATT]), |c, b, len, s| {
        isakmp::nat_t(c, b, len, s.net)
    }),
    row(Either(&[ISAKMP_USER1, ISAKMP_USER2]), |c, b, len, s| {
        isakmp::isakmp(c, b, len, s.net)
    }),
    row(Either(&[SNMP, SNMPTRAP]), |c, b, len, _| {
        snmp::snmp(c, b, len)
    }),
    row(Either(&[NTP]), |c, b, len, _| ntp::ntp(c, b, len)),
    row(Either(&[KERBEROS, KERBEROS_SEC]), |c, b, _, _| {
        krb::krb(c, b)
    }),
    row(Either(&[L2TP]), |c, b, len, _| l2tp::l2tp(c, b, len)),
    row(Dst(&[VAT]), |c, b, len, _| rtp::vat(c, b, len)),
    row(Either(&[ZEPHYR_SRV, ZEPHYR_CLT]), |c, b, len, _| {
        zephyr::zephyr(c, b, len)
    }),
    row(EitherRange(RX_LOW, RX_HIGH), |c, b, len, s| {
        rx::rx(c, b, len, s)
    }),
    row(Either(&[RIPNG]), |c, b, len, _| ripng::ripng(c, b, len)),
    row(Either(&[DHCP6_CLI, DHCP6_SERV]), |c, b, len, _| {
        dhcp6::dhcp6(c, b, len)
    }),
    row(Either(&[AHCP]), |c, b, len, _| ahcp::ahcp(c, b, len)),
    row(Either(&[BABEL, BABEL_OLD]), |c, b, len, _| {
        babel::babel(c, b, len)
    }),
    row(Either(&[HNCP]), |c, b, len, _| hncp::hncp(c, b, len)),
    // tcpdump's "kludge" for whiteboard packets: by destination only.
    row(Dst(&[WB]), |c, b, len, _| wb::wb(c, b, len)),
    row(Either(&[CISCO_AUTORP]), |c, b, len, _| {
        autorp::autorp(c, b, len)
    }),
    row(
        Either(&[
            RADIUS,
            RADIUS_NEW,
            RADIUS_ACCOUNTING,
            RADIUS_NEW_ACCOUNTING,
            RADIUS_CISCO_COA,
            RADIUS_COA,
        ]),
        |c, b, len, _| radius::radius(c, b, len),
    ),
    row(Dst(&[HSRP]), |c, b, len, _| hsrp::hsrp(c, b, len)),
    row(Either(&[LWRES]), |c, b, len, _| lwres::lwres(c, b, len)),
    row(Either(&[LDP]), |c, b, len, _| ldp::ldp(c, b, len)),
    row(Either(&[OLSR]), |c, b, len, s| {
        olsr::olsr(c, b, len, s.net.v6)
    }),
    row(Either(&[LSPPING]), |c, b, len, _| {
        lspping::lspping(c, b, len)
    }),
    row(Src(&[BCM_LI]), |c, b, len, _| bcm_li::bcm_li(c, b, len)),
    row(
        Dst(&[BFD_CONTROL, BFD_MULTIHOP, BFD_LAG, BFD_ECHO]),
        |c, b, len, s| bfd::bfd(c, b, len, s.dport),
    ),
    row(Either(&[LMP]), |c, b, len, _| lmp::lmp(c, b, len)),
    row(Either(&[VQP]), |c, b, len, _| vqp::vqp(c, b, len)),
    row(Either(&[SFLOW]), |c, b, len, _| sflow::sflow(c, b, len)),
    row(Either(&[SIP]), |c, b, len, _| sip::sip(c, b, len)),
    row(Either(&[SYSLOG]), |c, b, len, _| syslog::syslog(c, b, len)),
    row(Either(&[OTV]), |c, b, len, _| otv::otv(c, b, len)),
    row(Either(&[VXLAN]), |c, b, len, _| vxlan::vxlan(c, b, len)),
    row(Either(&[GENEVE]), |c, b, len, _| geneve::geneve(c, b, len)),
    row(Either(&[LISP_CONTROL]), |c, b, len, _| {
        lisp::lisp(c, b, len)
    }),
    row(Either(&[VXLAN_GPE]), |c, b, len, _| {
        vxlan::vxlan_gpe(c, b, len)
    }),
    row(Either(&[ZEP]), |c, b, len, _| zep::zep(c, b, len)),
    row(Either(&[MPLS]), |c, b, len, _| mpls::mpls(c, b, len)),
    row(Either(&[PTP_EVENT, PTP_GENERAL]), |c, b, len, _| {
        ptp::ptp(c, b, len)
    }),
    row(Either(&[SOMEIP]), |c, b, len, _| someip::someip(c, b, len)),
];

/// tcp_print's chain, for a segment with data. The ": " some rows print
/// is tcp_print's, not the protocol's (over UDP, SIP gets none).
pub(crate) const TCP: &[Row] = &[
    // telnet_print prints nothing for data without IAC sequences.
    row(Either(&[TELNET]), |c, b, len, _| telnet::telnet(c, b, len)),
    row(Either(&[SMTP]), |c, b, len, _| {
        c.s(": ");
        smtp::smtp(c, b, len)
    }),
    row(Either(&[WHOIS]), |c, b, len, _| {
        c.s(": ");
        whois::whois(c, b, len)
    }),
    row(Either(&[BGP]), |c, b, len, _| bgp::bgp(c, b, len)),
    row(Either(&[PPTP]), |c, b, _, _| pptp::pptp(c, b)),
    row(Either(&[RESP]), |c, b, len, _| resp::resp(c, b, len)),
    row(Either(&[SSH]), |c, b, len, _| ssh::ssh(c, b, len)),
    row(Either(&[BEEP]), |c, b, len, _| beep::beep(c, b, len)),
    row(Either(&[OPENFLOW_OLD, OPENFLOW]), |c, b, len, _| {
        openflow::openflow(c, b, len)
    }),
    row(Either(&[FTP]), |c, b, len, _| {
        c.s(": ");
        ftp::ftp(c, b, len)
    }),
    row(Either(&[HTTP, HTTP_ALT]), |c, b, len, _| {
        c.s(": ");
        http::http(c, b, len)
    }),
    row(Either(&[RTSP, RTSP_ALT]), |c, b, len, _| {
        c.s(": ");
        rtsp::rtsp(c, b, len)
    }),
    row(Either(&[DOMAIN]), |c, b, len, _| {
        dns::domain(c, b, len, true, false)
    }),
    row(Either(&[MSDP]), |c, b, len, _| msdp::msdp(c, b, len)),
    row(Either(&[RPKI_RTR]), |c, b, len, _| {
        rpki_rtr::rpki_rtr(c, b, len)
    }),
    row(Either(&[LDP]), |c, b, len, _| ldp::ldp(c, b, len)),
    // An RPC record: printed only when it is an NFS call or reply.
    row(Either(&[NFS]), nfs::tcp),
];

/// What -T TYPE makes of a segment's payload, whatever its ports.
pub(crate) enum Forced {
    /// That protocol's printer.
    Print(Printer),
    /// tcpdump prints no payload for this type over this transport (over
    /// UDP, not even the ports).
    Nothing,
    /// No decoder here yet: by port, as without -T.
    ByPort,
}

/// -T over UDP: tcpdump decides it before the checksum.
pub(crate) fn udp_forced(t: PacketType) -> Forced {
    Forced::Print(match t {
        PacketType::Domain => |c, b, len, _| dns::domain(c, b, len, false, false),
        PacketType::Tftp => |c, b, len, _| tftp::tftp(c, b, len),
        PacketType::Cnfp => |c, b, _, _| cnfp::cnfp(c, b),
        PacketType::Aodv => |c, b, len, s| aodv::aodv(c, b, len, s.net.v6),
        PacketType::Snmp => |c, b, len, _| snmp::snmp(c, b, len),
        PacketType::Radius => |c, b, len, _| radius::radius(c, b, len),
        PacketType::Vxlan => |c, b, len, _| vxlan::vxlan(c, b, len),
        PacketType::Someip => |c, b, len, _| someip::someip(c, b, len),
        PacketType::Ptp => |c, b, len, _| ptp::ptp(c, b, len),
        PacketType::Vat => |c, b, len, _| rtp::vat(c, b, len),
        PacketType::Wb => |c, b, len, _| wb::wb(c, b, len),
        PacketType::Rtp => |c, b, len, _| rtp::rtp(c, b, len),
        PacketType::Rtcp => |c, b, _, _| rtp::rtcp(c, b),
        PacketType::Pgm | PacketType::PgmZmtp1 => |c, b, len, s| pgm::pgm(c, b, len, s.net),
        PacketType::Lmp => |c, b, len, _| lmp::lmp(c, b, len),
        PacketType::Carp | PacketType::Resp | PacketType::Zmtp1 => return Forced::Nothing,
        _ => return Forced::ByPort,
    })
}

/// -T over TCP: tcpdump decodes TCP payload only as DNS, RESP or ZMTP/1.0
/// then, and prints none for the other types.
pub(crate) fn tcp_forced(t: PacketType) -> Forced {
    match t {
        PacketType::Domain => Forced::Print(|c, b, len, _| dns::domain(c, b, len, true, false)),
        PacketType::Resp => Forced::Print(|c, b, len, _| resp::resp(c, b, len)),
        PacketType::Zmtp1 => Forced::Print(|c, b, len, _| zmtp1::zmtp1(c, b, len)),
        _ => Forced::Nothing,
    }
}

const fn row(ports: Ports, print: Printer) -> Row {
    Row { ports, print }
}

/// The printer udp_print picks for these ports, if any.
#[inline]
pub(crate) fn udp(sport: u16, dport: u16) -> Option<Printer> {
    pick(UDP, &UDP_INDEX, sport, dport)
}

/// The printer tcp_print picks for these ports, if any.
#[inline]
pub(crate) fn tcp(sport: u16, dport: u16) -> Option<Printer> {
    pick(TCP, &TCP_INDEX, sport, dport)
}

/// For each port, 1 + the row that lists it (0: none). A direct table
/// rather than a search over the listed ports: the lookup runs for every
/// TCP and UDP packet, and a binary search's branches mispredict.
pub(crate) type PortRows = [u8; 65536];

pub(crate) static UDP_INDEX: PortRows = index(UDP);
pub(crate) static TCP_INDEX: PortRows = index(TCP);

fn pick(rows: &[Row], index: &PortRows, sport: u16, dport: u16) -> Option<Printer> {
    pick_row(rows, index, sport, dport).map(|r| rows[r].print)
}

/// The first row (in the chain's order) that either port selects.
pub(crate) fn pick_row(rows: &[Row], index: &PortRows, sport: u16, dport: u16) -> Option<usize> {
    let row_of = |port: u16| usize::from(index[usize::from(port)]).checked_sub(1);
    let by_src = row_of(sport).filter(|&r| !matches!(rows[r].ports, Ports::Dst(_)));
    let by_dst = row_of(dport).filter(|&r| !matches!(rows[r].ports, Ports::Src(_)));
    match (by_src, by_dst) {
        (Some(s), Some(d)) => Some(s.min(d)),
        (s, d) => s.or(d),
    }
}

/// Every port of every row; a port in two rows would make the lookup
/// ambiguous and stops the build.
const fn index(rows: &[Row]) -> PortRows {
    let mut table = [0u8; 65536];
    let mut r = 0;
    assert!(rows.len() < u8::MAX as usize);
    while r < rows.len() {
        let (list, lo, hi): (&[u16], u16, u16) = match rows[r].ports {
            Ports::Either(p) | Ports::Dst(p) | Ports::Src(p) => (p, 1, 0),
            Ports::EitherRange(lo, hi) => (&[], lo, hi),
        };
        let mut i = 0;
        while i < list.len() {
            let port = list[i] as usize;
            assert!(table[port] == 0, "a port in two rows");
            table[port] = r as u8 + 1;
            i += 1;
        }
        let mut port = lo as usize;
        while port <= hi as usize {
            assert!(table[port] == 0, "a port in two rows");
            table[port] = r as u8 + 1;
            port += 1;
        }
        r += 1;
    }
    table
}

/// udp_print's NFS test, made before the checksum and the rows above (and
/// only without -q and -T): Some when the datagram was an NFS call to
/// port 2049 or a reply from it, and is printed.
pub(crate) fn udp_nfs(c: &mut Ctx, b: &[u8], length: usize, seg: &Seg) -> Option<Res> {
    nfs::udp(c, b, length, seg)
}

/// -T rpc over UDP: a call as Sun RPC, anything else as an NFS reply;
/// both print the addresses themselves.
pub(crate) fn udp_rpc(c: &mut Ctx, b: &[u8], length: usize, net: &Net) -> Res {
    const CALL: u32 = 0;
    if super::ctx::be32(b, 4)? == CALL {
        sunrpc::sunrpc(c, b, length, net)
    } else {
        nfs::reply_with_addresses(c, b, length, net)
    }
}

/// EAP inside another protocol (RADIUS's EAP-Message).
pub(crate) fn eap(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    super::eap::eap(c, b, length)
}

/// An NTP timestamp as p_ntp_time prints it (RADIUS's RFC 5580 times).
pub(crate) fn ntp_stamp(c: &mut Ctx, secs: u32, fraction: u32) {
    ntp::ntp_stamp(c, secs, fraction)
}

/// bgp_vpn_rd_print: a route distinguisher (LSP ping's FECs).
pub(crate) fn route_distinguisher(c: &mut Ctx, b: &[u8]) -> Res {
    bgp::route_distinguisher(c, b)
}

/// ns_type2str: a DNS RR type's name (lwres's rdata queries).
pub(crate) fn dns_type_name(t: u16) -> Option<&'static str> {
    dns::type_name(t)
}

/// ZeroMQ frames in a PGM ODATA/RDATA payload (-T pgm_zmtp1).
pub(crate) fn zmtp1_datagram(c: &mut Ctx, b: &[u8], len: usize) -> Res {
    zmtp1::datagram(c, b, len)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The row the old if/else chain took: the first row either port
    /// selects, checked over every pair of listed ports and some others.
    fn chain(rows: &[Row], sport: u16, dport: u16) -> Option<usize> {
        rows.iter().position(|r| match r.ports {
            Ports::Either(p) => p.contains(&sport) || p.contains(&dport),
            Ports::EitherRange(lo, hi) => (lo..=hi).contains(&sport) || (lo..=hi).contains(&dport),
            Ports::Dst(p) => p.contains(&dport),
            Ports::Src(p) => p.contains(&sport),
        })
    }

    fn same_as_chain(rows: &[Row], index: &PortRows) {
        let mut ports: Vec<u16> = (0..=u16::MAX)
            .filter(|&p| index[usize::from(p)] != 0)
            .collect();
        ports.extend([0, 1, 999, 6999, 7010, 65535]);
        for &s in &ports {
            for &d in &ports {
                assert_eq!(
                    pick_row(rows, index, s, d),
                    chain(rows, s, d),
                    "ports {s} > {d}"
                );
            }
        }
    }

    #[test]
    fn index_picks_the_row_the_chain_picks() {
        same_as_chain(UDP, &UDP_INDEX);
        same_as_chain(TCP, &TCP_INDEX);
    }

    #[test]
    fn dst_only_rows_ignore_the_source_port() {
        assert!(udp(HSRP, 4000).is_none());
        assert!(udp(4000, HSRP).is_some());
        assert!(udp(BFD_ECHO, 4000).is_none());
        assert!(udp(7005, 1).is_some());
    }
}
