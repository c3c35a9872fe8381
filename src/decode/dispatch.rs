//! The base layers' dispatch tables: link type, ethertype and IP protocol
//! to printer, keyed by wire/'s named constants. Protocol files call these
//! instead of importing one another, so the protocols form a star around
//! this hub rather than a circle.

use super::decnet;
use super::netanalyzer;
use super::symantec;
use super::{
    Ctx, Res, ah, aoe, ap1394, arcnet, arp, atalk, atm, avs, brcmtag, bt, calm_fast, carp, cdp,
    cfm, chdlc, dccp, dsa, dtp, eap, egp, eigrp, enc, esp, ether, fddi, fr, geonet, gre, hexdump,
    icmp, icmp6, ieee802_11, ieee802_15_4, igmp, igrp, ip, ipcomp, ipfc, ipnet, ipoib, ipx,
    juniper, link, llc, lldp, loopback, mobile, mpcp, msnlb, nflog, nsh, osi, ospf, pflog, pgm,
    pim, pktap, ppi, ppp, pppoe, prism, ptp, radiotap, realtek, rsvp, sctp, slip, slow, tcp, tipc,
    token, udld, udp, usb, vrrp, vsock, vtp,
};
use crate::link::LinkType;
use crate::wire::{ethertype as et, ip_proto as ipp, linktype};

pub(crate) use super::Net;
pub(crate) use super::ether::{ethertype_name, mac, type_print};
pub(crate) use super::ip::proto_name as ip_proto_name;

/// A link type's printer: the frame, its length on the wire.
pub(crate) type LinkPrinter = fn(&mut Ctx, &[u8], u32) -> Res;

/// The link-type table (tcpdump's print.c table): the printer of a
/// capture's link type, or None where tcpdump has none.
pub(crate) fn link_printer(lt: LinkType) -> Option<LinkPrinter> {
    Some(match lt {
        LinkType::Ethernet => ether::frame,
        LinkType::Raw => link::raw,
        LinkType::Null | LinkType::NullSwapped | LinkType::Loop => link::null,
        LinkType::LinuxSll => link::sll,
        LinkType::LinuxSll2 => link::sll2,
        // PPP, Cisco HDLC, SLIP and raw IP by version.
        LinkType::Other(linktype::PPP | linktype::PPP_PPPD) => ppp::link,
        LinkType::Other(linktype::PPP_SERIAL) => ppp::serial,
        LinkType::Other(linktype::PPP_ETHER) => ppp::pppoe_link,
        // tcpdump's BSD/OS PPP printer prints nothing off BSD/OS.
        LinkType::Other(linktype::PPP_BSDOS) => |_, _, _| Ok(()),
        LinkType::Other(linktype::C_HDLC | linktype::NETBSD_HDLC) => chdlc::link,
        LinkType::Other(linktype::SLIP) => slip::link,
        LinkType::Other(linktype::SLIP_BSDOS) => slip::bsdos,
        LinkType::Other(linktype::IPV4 | linktype::IPV6) => link::raw,
        // Frame Relay, ATM and the Juniper pseudo-headers.
        LinkType::Other(linktype::FRELAY) => fr::frame,
        LinkType::Other(linktype::MFR) => fr::mfr_frame,
        LinkType::Other(linktype::ATM_RFC1483 | linktype::ATM_RFC1483_DLT) => atm::rfc1483_frame,
        LinkType::Other(linktype::ATM_CLIP | linktype::ATM_CLIP_DLT) => atm::clip_frame,
        LinkType::Other(linktype::SUNATM) => atm::sunatm_frame,
        LinkType::Other(n) if juniper::decodes(n) => juniper::frame,
        // 802.11 and the radio headers captured in front of it.
        LinkType::Other(linktype::IEEE802_11) => ieee802_11::link,
        LinkType::Other(linktype::PRISM_HEADER) => prism::link,
        LinkType::Other(linktype::IEEE802_11_RADIO) => radiotap::link,
        LinkType::Other(linktype::IEEE802_11_RADIO_AVS) => avs::link,
        LinkType::Other(linktype::PPI) => ppi::link,
        // IPoIB, vsock, ipnet, NFLOG, the DSA tags, PKTAP, 802.15.4, Token
        // Ring, FDDI, OpenBSD's enc and pflog, IP over FC and IEEE 1394.
        LinkType::Other(linktype::IPNET) => ipnet::frame,
        LinkType::Other(linktype::NFLOG) => nflog::frame,
        LinkType::Other(linktype::IPOIB) => ipoib::frame,
        LinkType::Other(linktype::VSOCK) => vsock::frame,
        LinkType::Other(linktype::DSA_TAG_BRCM) => brcmtag::after_addresses,
        LinkType::Other(linktype::DSA_TAG_BRCM_PREPEND) => brcmtag::prepended,
        LinkType::Other(linktype::DSA_TAG_DSA) => dsa::dsa,
        LinkType::Other(linktype::DSA_TAG_EDSA) => dsa::edsa,
        LinkType::Other(linktype::PKTAP | linktype::USER2_PKTAP) => pktap::frame,
        LinkType::Other(linktype::IEEE802_15_4 | linktype::IEEE802_15_4_NOFCS) => {
            ieee802_15_4::frame
        }
        LinkType::Other(linktype::IEEE802_15_4_TAP) => ieee802_15_4::tap_frame,
        LinkType::Other(linktype::IEEE802) => token::frame,
        LinkType::Other(linktype::FDDI) => fddi::frame,
        LinkType::Other(linktype::ENC) => enc::frame,
        LinkType::Other(linktype::PFLOG) => pflog::frame,
        LinkType::Other(linktype::IP_OVER_FC) => ipfc::frame,
        LinkType::Other(linktype::APPLE_IP_OVER_IEEE1394) => ap1394::frame,
        LinkType::Other(linktype::ARCNET) => arcnet::frame,
        LinkType::Other(linktype::ARCNET_LINUX) => arcnet::linux_frame,
        LinkType::Other(linktype::NETANALYZER) => netanalyzer::frame,
        LinkType::Other(linktype::NETANALYZER_TRANSPARENT) => netanalyzer::transparent,
        LinkType::Other(linktype::SYMANTEC_FIREWALL) => symantec::frame,
        LinkType::Other(linktype::LTALK) => atalk::ltalk_frame,
        LinkType::Other(linktype::BLUETOOTH_HCI_H4_WITH_PHDR) => bt::frame,
        LinkType::Other(linktype::USB_LINUX) => usb::linux_48,
        LinkType::Other(linktype::USB_LINUX_MMAPPED) => usb::linux_64,
        LinkType::Other(_) => return None,
    })
}

/// The printer of a capture's link type; unknown types are dumped as
/// tcpdump's unsupported_if_print dumps them.
pub(crate) fn link(c: &mut Ctx, lt: LinkType, b: &[u8], wire_len: u32) -> Res {
    c.link = lt;
    match link_printer(lt) {
        Some(print) => print(c, b, wire_len),
        None => {
            // As tcpdump's unsupported_if_print: the bytes as -X shows them.
            c.s("UNSUPPORTED");
            hexdump::hex_ascii(c.out, "\n\t", b);
            Ok(())
        }
    }
}

/// An Ethernet frame carried inside another protocol (bridged LLC, GRE
/// TEB, VXLAN, ...); returns the length of its link-level header.
pub(crate) fn ether(c: &mut Ctx, b: &[u8], length: usize) -> Res<usize> {
    ether::ether(c, b, u32::try_from(length).unwrap_or(u32::MAX))
}

/// ether_print on a tunnel's payload: `b` is what the outer datagram
/// holds, `length` what the tunnel header says; a datagram longer than
/// the tunnel claims is tcpdump's "[length < caplen]".
pub(crate) fn inner_ether(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    if length < b.len() {
        c.s_dec("[length ", length as u64);
        c.s_dec(" < caplen ", b.len() as u64);
        c.s("]");
        c.invalid();
        return Ok(());
    }
    ether(c, b, length)?;
    Ok(())
}

/// PPP inside PPPoE, L2TP and GRE.
pub(crate) fn ppp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    ppp::ppp(c, b, length).map(drop)
}

/// isoclns_print: an OSI PDU from its NLPID on (CLNP, ES-IS, IS-IS, or
/// IPv4/IPv6/PPP behind an NLPID), for the links that carry NLPIDs.
pub(crate) use super::osi::isoclns;

/// Cisco HDLC inside PPP_SERIAL, Juniper and MFR captures (chdlc_print);
/// returns the length of its header.
pub(crate) use super::chdlc::chdlc;

/// ESP inside UDP (NAT traversal); `net` is the IP header around the UDP.
pub(crate) fn esp(c: &mut Ctx, b: &[u8], length: usize, net: &Net) -> Res {
    esp::esp(c, b, length, Some((net, false)))
}

/// IPX inside 802.3 and 802.2 LLC frames (llc_print).
pub(crate) use super::ipx::ipx;

/// An IEEE 802.15.4 frame of `len` bytes inside another protocol (ZEP),
/// `b` what was captured of it: what tcpdump's ieee802_15_4_print returns.
pub(crate) use super::ieee802_15_4::print as ieee802_15_4;

/// AppleTalk over UDP (udp_print's kip case), which udp_print takes when
/// the LAP type byte is LAP_DDP.
pub(crate) use super::atalk::{LAP_DDP, kip};

/// EIGRP over IPX (its socket 0x85be) and over AppleTalk DDP.
pub(crate) use super::eigrp::eigrp;

/// IGMP type 0x13.
pub(crate) use super::dvmrp::dvmrp;

/// IGMP type 0x14.
pub(crate) use super::pim::pimv1;

/// LLC SAP 0x42 and the SNAP PIDs that carry BPDUs.
pub(crate) use super::stp::stp;

/// The Cisco protocols under SNAP OUI 00000c, by protocol ID; Ok(false)
/// for an ID no printer takes.
pub(crate) fn cisco_snap(c: &mut Ctx, pid: u16, b: &[u8], length: usize) -> Res<bool> {
    match pid {
        0x0111 => udld::udld(c, b, length)?,
        0x2000 => cdp::cdp(c, b, length)?,
        0x2003 => vtp::vtp(c, b, length)?,
        0x2004 => dtp::dtp(c, b, length)?,
        _ => return Ok(false),
    }
    Ok(true)
}

/// IPv4 (ip_print).
pub(crate) use super::ip::ip;

/// IPv6 (ip6_print).
pub(crate) use super::ip6::ip6;

/// The IPv6 mobility header (ip6_print's last extension header).
pub(crate) use super::mobility::mobility;

/// NSH inside VXLAN-GPE.
pub(crate) use super::nsh::nsh;

/// Arista's time-stamp header after its ethertype; the bytes it takes,
/// or None when tcpdump does not know its subtype or format.
pub(crate) use super::arista::arista;

/// An MPLS label stack and what it carries.
pub(crate) use super::mpls::mpls;

/// ethertype_print: the payload of a type tcpdump decodes; Ok(false) when
/// the type is unknown (the caller then prints the header and dumps).
pub(crate) fn ethertype(c: &mut Ctx, t: u16, b: &[u8], length: usize) -> Res<bool> {
    match t {
        et::IPV4 => ip(c, b, length)?,
        et::IPV6 => ip6(c, b, length)?,
        et::ARP | et::REVARP => arp::arp(c, b, length)?,
        et::DN => decnet::decnet(c, b, length)?,
        et::MPLS | et::MPLS_MULTI => mpls(c, b, length)?,
        et::PPPOED | et::PPPOES | et::PPPOED2 | et::PPPOES2 => pppoe::pppoe(c, b, length)?,
        et::LOOPBACK => loopback::loopback(c, b, length)?,
        et::PPP => {
            if length > 0 {
                c.s(": ");
                ppp::ppp(c, b, length)?;
            }
        }
        et::CFM | et::CFM_OLD => cfm::cfm(c, b, length)?,
        et::SLOW => slow::slow(c, b, length)?,
        et::LLDP => lldp::lldp(c, b, length)?,
        et::OSI => osi::osi(c, b, length)?,
        et::EAPOL => eap::eapol(c, b)?,
        et::AOE => aoe::aoe(c, b, length)?,
        et::NSH => nsh::nsh(c, b, length)?,
        et::ATALK => atalk::ethertalk(c, b, length)?,
        et::AARP => atalk::aarp(c, b, length)?,
        et::PTP => ptp::ptp(c, b, length)?,
        et::MS_NLB_HEARTBEAT => msnlb::msnlb(c, b)?,
        et::TIPC => tipc::tipc(c, b)?,
        et::IPX => {
            c.s("(NOV-ETHII) ");
            ipx::ipx(c, b)?
        }
        et::GEONET | et::GEONET_OLD => geonet::geonet(c, b, length, None)?,
        et::CALM_FAST => calm_fast::calm_fast(c, b, length, None)?,
        et::REALTEK => realtek::realtek(c, b, None)?,
        et::MPCP => mpcp::mpcp(c, b, length)?,
        _ => return Ok(undecoded_one_liner(c, t, length)),
    }
    Ok(true)
}

/// ethertype_print from ether_print, the one caller that passes the
/// source address, which GeoNetworking and CALM FAST print.
pub(crate) fn ethertype_from(
    c: &mut Ctx,
    t: u16,
    b: &[u8],
    length: usize,
    src: &[u8],
    dst: &[u8],
) -> Res<bool> {
    match t {
        et::GEONET | et::GEONET_OLD => geonet::geonet(c, b, length, Some(src))?,
        et::REALTEK => realtek::realtek(c, b, Some((src, dst)))?,
        et::CALM_FAST => calm_fast::calm_fast(c, b, length, Some(src))?,
        _ => return ethertype(c, t, b, length),
    }
    Ok(true)
}

/// ip_demux_print: the payload of IPv4 or IPv6 by protocol number `nh`.
/// `fragmented` is set for a first fragment of more (transport printers
/// then skip checks needing the whole datagram).
pub(crate) fn ip_proto(
    c: &mut Ctx,
    nh: u8,
    b: &[u8],
    length: usize,
    net: &Net,
    fragmented: bool,
) -> Res {
    let mut b = b;
    let mut length = length;
    let mut nh = nh;
    // AH is the one header here that names a next one; loop through it.
    while nh == ipp::AH {
        let Some(&next) = b.first() else {
            c.proto = "ah";
            c.trunc();
            return Ok(());
        };
        match ah::ah(c, b)? {
            Some(adv) if adv <= length => {
                b = super::rest(b, adv);
                length -= adv;
                nh = next;
            }
            _ => return Ok(()),
        }
    }
    let wrong_family = |c: &mut Ctx, text: &str| {
        c.s(text);
        c.invalid();
        Ok(())
    };
    match nh {
        ipp::ESP => esp::esp(c, b, length, Some((net, fragmented))),
        ipp::SCTP => sctp::sctp(c, b, length, net),
        ipp::DCCP => dccp::dccp(c, b, length, net),
        ipp::RSVP => rsvp::rsvp(c, b, length),
        ipp::IGRP => igrp::igrp(c, b, length),
        ipp::MOBILE => mobile::mobile(c, b, length),
        ipp::EGP => egp::egp(c, b, length),
        ipp::EIGRP => eigrp::eigrp(c, b, length),
        ipp::IPCOMP => ipcomp::ipcomp(c, b),
        ipp::TCP => tcp::tcp(c, b, length, net, fragmented),
        ipp::UDP => udp::udp(c, b, length, net, fragmented),
        ipp::ICMP if net.v6 => wrong_family(c, "[ICMP requires IPv4]"),
        ipp::ICMP => icmp::icmp(c, b, length, fragmented),
        ipp::ICMPV6 if !net.v6 => wrong_family(c, "[ICMPv6 requires IPv6]"),
        ipp::ICMPV6 => icmp6::icmp6(c, b, length, net, fragmented),
        ipp::IGMP if net.v6 => wrong_family(c, "[IGMP requires IPv4]"),
        ipp::IGMP => igmp::igmp(c, b, length),
        ipp::IPIP => ip(c, b, length),
        ipp::ETHERNET if !net.v6 => wrong_family(c, "[Ethernet requires IPv6]"),
        ipp::ETHERNET => ether(c, b, length).map(drop),
        ipp::IPV6 => ip6(c, b, length),
        ipp::GRE => gre::gre(c, b, length),
        ipp::PIM => pim::pim(c, b, length, net),
        ipp::PGM => pgm::pgm(c, b, length, net),
        ipp::VRRP if c.o.packet_type == Some(super::PacketType::Carp) => {
            carp::carp(c, b, length, net.ttl)
        }
        ipp::VRRP => vrrp::vrrp(c, b, length, net),
        ipp::OSPF => ospf::ospf(c, b, length, net.v6),
        ipp::NONE => {
            c.s("no next header");
            Ok(())
        }
        ipp::ND => {
            c.s_dec(" nd ", length as u64);
            Ok(())
        }
        _ => {
            ip::ip_proto_word(c, nh);
            c.s_dec(" ", length as u64);
            Ok(())
        }
    }
}

/// ip_demux_print for ip.rs's and ip6.rs's `payload_alone` (--json's
/// `"info"`). TCP's and UDP's
/// printers, which print the addresses with the ports, print `sport >
/// dport: ` alone, as they do behind IPv6 extension headers (the only
/// difference that makes at -t -nn); DCCP's and SCTP's print the
/// addresses themselves. Their text then holds all of the line's ": "
/// after "IP "; the others' text follows the IP layer's `src > dst: `.
pub(crate) fn ip_payload_alone(
    c: &mut Ctx,
    mut net: Net,
    payload: &[u8],
    length: usize,
    fragmented: bool,
) -> (u8, Res) {
    let proto = net.nh;
    // TCP with a header whose text tcp_print's would hold no ": ": the
    // payload's printer alone, after the line's ": " that follows the
    // ports.
    if proto == ipp::TCP {
        if let Some(printed) = tcp::payload_alone(c, payload, length, &net) {
            return (1, printed);
        }
    }
    let before = match proto {
        ipp::TCP | ipp::UDP => {
            net.nh = ipp::HOPOPTS;
            0
        }
        ipp::SCTP | ipp::DCCP => 0,
        _ => 1,
    };
    let printed = ip_proto(c, proto, payload, length, &net, fragmented);
    (before, printed)
}

/// Types tcpdump decodes and afsniff does not: one summary line and no
/// hex dump, so a stray frame of such a type (a damaged type field, say)
/// keeps the line count tcpdump's output has.
fn undecoded_one_liner(c: &mut Ctx, t: u16, length: usize) -> bool {
    let name = match t {
        0xfefe => "OSI",
        0x88cc => "LLDP",
        _ => return false,
    };
    c.s(name);
    c.s_dec(", length ", length as u64);
    true
}

/// llc_print: an 802.2 LLC frame (802.3, FDDI, Token Ring, 802.11 data,
/// ATM and Frame Relay SNAP); `src`/`dst` are the MAC addresses printed
/// with some SAPs. Returns the LLC header length.
pub(crate) use super::llc::llc;

/// snap_print: the OUI and protocol ID after an LLC UI header or an NLPID
/// (Frame Relay), `bridge_pad` bytes before a bridged frame; Ok(false)
/// when nothing decoded the payload.
pub(crate) fn snap(c: &mut Ctx, b: &[u8], length: usize, bridge_pad: usize) -> Res<bool> {
    llc::snap(c, b, length, &[], &[], bridge_pad)
}

/// SNMP (ATM's ILMI circuit).
pub(crate) use super::snmp::snmp;

/// forces_print: a ForCES message in an SCTP DATA chunk.
pub(crate) use super::forces::forces;

/// m3ua_print: an M3UA message in an SCTP DATA chunk.
pub(crate) use super::m3ua::m3ua;

/// q933_print: Q.933 signalling from after its NLPID (isoclns_print).
pub(crate) use super::fr::q933_payload as q933;

/// fr_print: a Frame Relay frame inside another link (Juniper); returns
/// its header length.
pub(crate) use super::fr::fr;

/// mfr_print: an FRF.16 frame inside another link (Juniper).
pub(crate) use super::fr::mfr;

/// oam_print: an ATM OAM cell, `hec` bytes before its header.
pub(crate) use super::atm::oam;

/// ieee802_11_print: an 802.11 frame after a radio header (radiotap,
/// Prism, AVS); `pad` and `fcslen` as the radio header reports them.
/// Returns the frame's link header length.
pub(crate) use super::ieee802_11::frame as ieee802_11;

/// An 802.1AE SecTAG after the Ethernet addresses (ethertype 0x88e5):
/// `macsec(c, b, p, length, src, dst)` prints the SecTAG at `p` of `b`
/// (`src`/`dst` are the frame's MAC addresses, printed with -e) and says
/// in `Macsec` what follows it.
pub(crate) use super::macsec::{Macsec, sectag as macsec};

/// With -e, a tunnel's protocol type as GRE and Geneve print it.
pub(crate) use super::ether::tunnel_proto;

/// An Ethernet frame with a switch's tag after its MAC addresses
/// (ether_switch_tag_print); returns the link-level header length.
pub(crate) fn ether_switch_tag(
    c: &mut Ctx,
    b: &[u8],
    length: u32,
    tag: ether::SwitchTag,
) -> Res<usize> {
    ether::ether_switch_tag(c, b, length, Some(tag))
}
