//! One line per packet, as tcpdump 4.99 prints it; hex and ASCII dumps.
//!
//! Each protocol has one file, named after it (ldp.rs, vxlan.rs, pim.rs),
//! holding its printer and its golden lines from tcpdump 4.99.3. The files
//! sit flat in this directory rather than in folders by layer because many
//! protocols have no single layer: LDP and DNS run over UDP and TCP, ESP
//! over IP and UDP, PPP under Ethernet, L2TP and GRE, Ethernet inside
//! VXLAN, OTV and GRE. A flat directory lets a reader find a protocol by
//! its name alone, the way tcpdump's print-NAME.c files are found, and
//! stays readable at a few hundred files. Folders are only for a protocol
//! too big for one file (tcp/, icmp6/: its parts, never other protocols).
//!
//! A protocol file imports the decode context (ctx.rs: Ctx, truncation,
//! byte readers, checksums, Net; out.rs: Emit; hexdump.rs), small shared
//! helpers that are not protocols (txtproto.rs, dnsname.rs, mcast.rs,
//! names.rs, time.rs) and the dispatch tables (ports.rs), and never
//! another protocol file: a call into another protocol goes through the
//! tables, so adding a protocol is one file plus table rows.
//!
//! A layer that runs out of captured bytes returns `Err(Trunc)`; the
//! printer then appends tcpdump's ` [|proto]` marker, where `proto` is the
//! innermost layer that was being printed, exactly as tcpdump's
//! longjmp-based truncation does.

mod af;
mod ah;
mod ahcp;
mod aodv;
mod aoe;
mod ap1394;
mod arcnet;
mod arista;
mod arp;
mod atalk;
mod atm;
mod autorp;
mod avs;
mod babel;
mod bcm_li;
mod beep;
mod bfd;
mod bgp;
mod bootp;
mod brcmtag;
mod bt;
mod calm_fast;
mod carp;
mod cdp;
mod cfm;
mod chdlc;
mod cnfp;
mod ctx;
mod dccp;
mod decnet;
mod dhcp6;
mod dispatch;
mod dns;
mod dnsname;
mod dsa;
mod dtp;
mod dvmrp;
mod eap;
mod egp;
mod eigrp;
mod enc;
mod esp;
pub mod esp_sa;
mod ether;
mod fddi;
mod forces;
mod fr;
mod ftp;
mod geneve;
mod geonet;
mod gmpls;
mod gre;
mod hexdump;
mod hncp;
mod hsrp;
mod http;
mod icmp;
mod icmp6;
mod ieee802_11;
mod ieee802_15_4;
mod igmp;
mod igrp;
mod ip;
mod ip6;
mod ipcomp;
mod ipfc;
mod ipnet;
mod ipoib;
mod ipx;
mod isakmp;
mod juniper;
mod krb;
mod l2tp;
mod l2vpn;
mod ldp;
mod link;
mod linkhdr;
mod lisp;
mod llc;
mod lldp;
mod lmp;
mod loopback;
mod lspping;
mod lwres;
mod m3ua;
mod macsec;
mod mcast;
mod mobile;
mod mobility;
mod mpcp;
mod mpls;
mod msdp;
mod msnlb;
mod names;
mod netanalyzer;
mod nflog;
mod nfs;
mod nsh;
mod ntp;
mod olsr;
mod openflow;
mod osi;
mod ospf;
mod otv;
mod out;
mod pflog;
mod pgm;
mod pim;
mod pktap;
mod ports;
mod ppi;
mod ppp;
mod pppoe;
mod pptp;
mod prism;
mod ptp;
mod radiotap;
mod radius;
mod realtek;
mod resp;
mod rip;
mod ripng;
mod rpki_rtr;
mod rsvp;
mod rtp;
mod rtsp;
mod rx;
mod sctp;
mod sflow;
mod sip;
mod slip;
mod slow;
mod smi;
mod smtp;
mod snmp;
mod someip;
mod ssh;
mod state;
mod stp;
mod sunrpc;
mod symantec;
mod syslog;
mod tcp;
mod telnet;
mod tftp;
mod time;
mod timed;
mod tipc;
mod token;
mod txtproto;
mod udld;
mod udp;
mod usb;
mod vqp;
mod vrrp;
mod vsock;
mod vtp;
mod vxlan;
mod wb;
mod whois;
mod zep;
mod zephyr;
mod zmtp1;

use crate::link::LinkType;
use crate::packet::Packet;
use crate::wire::pcap::MAX_SNAPLEN;
use out::Emit;

// The context under its old paths, so that `use super::{Ctx, Res, ..}` in
// the layer files keeps working.
pub(crate) use ctx::{
    Ctx, Net, Res, Trunc, be16, be32, bytes, cksum_shouldbe, in_cksum, le16, le32, print_char,
    rest, u8at,
};

pub use time::Zone;

/// Timestamp forms, tcpdump's -t family.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TimeFormat {
    /// `HH:MM:SS.frac` in local time (no -t).
    #[default]
    Clock,
    /// -t: no timestamp.
    None,
    /// -tt: seconds since the epoch.
    Epoch,
    /// -ttt: delta since the previous packet.
    DeltaPrev,
    /// -tttt: `YYYY-MM-DD HH:MM:SS.frac` in local time.
    Date,
    /// -ttttt: delta since the first packet.
    DeltaFirst,
}

/// Everything that changes how a packet is printed.
#[derive(Clone, Debug, Default)]
pub struct PrintOptions {
    /// -n count: 1 = no host names, 2 = no port names either.
    pub numeric: u8,
    /// -e: print the link-level header.
    pub link_header: bool,
    /// -q: less protocol detail.
    pub quiet: bool,
    pub time: TimeFormat,
    /// The zone of local times (timestamps, RX and RADIUS dates).
    pub zone: Zone,
    /// --time-stamp-precision nano: nine fractional digits instead of six.
    pub nano: bool,
    /// -v count.
    pub verbose: u8,
    /// -x count (1: hex of the packet without the link header, 2: with).
    pub hex: u8,
    /// -X count (hex and ASCII; 1: without link header, 2: with).
    pub hex_ascii: u8,
    /// -A count (the packet in ASCII; 1: without link header, 2: with).
    pub ascii: u8,
    /// -#: a packet number before each line.
    pub number: bool,
    /// -S: absolute TCP sequence numbers.
    pub absolute_seq: bool,
    /// -K: do not verify IP, TCP, UDP checksums.
    pub no_checksums: bool,
    /// -b: BGP AS numbers in asdot notation.
    pub bgp_asdot: bool,
    /// -H: look for 802.11s mesh headers.
    pub mesh_headers: bool,
    /// -N: host names without their domain.
    pub no_domain: bool,
    /// -u: print undecoded NFS handles.
    pub undecoded_nfs: bool,
    /// -f: foreign IPv4 addresses printed numerically.
    pub foreign_numeric: bool,
    /// -T: decode what the filter selects as this protocol.
    pub packet_type: Option<PacketType>,
    /// -M: the TCP-MD5 shared secret that signatures are checked with.
    pub tcp_md5_secret: Option<Vec<u8>>,
    /// -E: the ESP security associations payloads are decrypted with.
    pub esp_sas: esp_sa::EspSas,
}

/// -T's protocols (tcpdump 4.99.3's list).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PacketType {
    Aodv,
    Carp,
    Cnfp,
    Domain,
    Lmp,
    Pgm,
    PgmZmtp1,
    Ptp,
    Radius,
    Resp,
    Rpc,
    Rtcp,
    Rtp,
    Snmp,
    Someip,
    Tftp,
    Vat,
    Vxlan,
    Wb,
    Zmtp1,
}

/// Whether afsniff prints this link type (tcpdump's has_printer): -L
/// marks the others "(printing not supported)".
pub fn has_printer(link: LinkType) -> bool {
    dispatch::link_printer(link).is_some()
}

/// The port that names the row tcpdump's udp_print picks for a payload
/// between these ports (the row's first port: `53` for DNS, `4789` for
/// VXLAN), or None when no row does and the line ends with
/// `UDP, length N`. --json decides by the same table as the line.
pub fn udp_payload_port(sport: u16, dport: u16) -> Option<u16> {
    payload_port(ports::UDP, &ports::UDP_INDEX, sport, dport)
}

/// udp_payload_port for tcp_print's table (None: the line ends with
/// `length N`).
pub fn tcp_payload_port(sport: u16, dport: u16) -> Option<u16> {
    payload_port(ports::TCP, &ports::TCP_INDEX, sport, dport)
}

fn payload_port(
    rows: &[ports::Row],
    index: &ports::PortRows,
    sport: u16,
    dport: u16,
) -> Option<u16> {
    let row = ports::pick_row(rows, index, sport, dport)?;
    Some(match rows[row].ports {
        ports::Ports::Either(list) | ports::Ports::Dst(list) | ports::Ports::Src(list) => {
            list.first().copied().unwrap_or(0)
        }
        ports::Ports::EitherRange(low, _) => low,
    })
}

/// Formats packets into a caller's buffer; keeps what spans packets (the
/// previous timestamp for -ttt, TCP sequence state, name caches).
pub struct Printer {
    opts: PrintOptions,
    link: LinkType,
    count: u64,
    clock: time::Clock,
    tcp: state::SeqTable,
    names: names::Names,
    ike: state::IkeCookies,
    slip: state::Compression,
    rx: state::RxCalls,
    nfs: state::NfsCalls,
    /// Several interfaces: each packet's (Packet::ifindex, name, link type).
    interfaces: Vec<(u32, Box<str>, LinkType)>,
}

impl Printer {
    pub fn new(opts: PrintOptions, link: LinkType) -> Printer {
        let mut names = names::Names::new(opts.numeric == 0, crate::netdb::system());
        names.set_strip_domain(opts.no_domain);
        let clock = time::Clock::new(opts.zone);
        Printer {
            opts,
            link,
            count: 0,
            clock,
            tcp: state::SeqTable::default(),
            names,
            ike: state::IkeCookies::default(),
            slip: state::Compression::default(),
            rx: state::RxCalls::default(),
            nfs: state::NfsCalls::default(),
            interfaces: Vec::new(),
        }
    }

    /// Packets of several interfaces (-i A -i B, a pcapng file's IDBs):
    /// each line names the packet's interface and direction after the
    /// time, as tcpdump's lines of `-i any` do, and each packet is decoded
    /// by its interface's link type. Keyed by Packet::ifindex.
    pub fn name_interfaces(&mut self, interfaces: Vec<(u32, Box<str>, LinkType)>) {
        self.interfaces = interfaces;
    }

    /// Without -n: wait (a bounded time) for each new address's host name
    /// instead of printing the number until the answer arrives. For reading
    /// files, where tcpdump blocks in gethostbyaddr; never for live capture.
    pub fn wait_for_names(&mut self, wait: bool) {
        self.names.set_wait(wait);
    }

    /// Appends the packet's line(s), each ending in '\n', to `out`.
    pub fn print(&mut self, out: &mut Vec<u8>, pkt: &Packet) {
        self.count += 1;
        if self.opts.number {
            // "%5u  "
            let digits = self.count.checked_ilog10().unwrap_or(0) as usize + 1;
            for _ in digits..5 {
                out.ch(b' ');
            }
            out.dec(self.count);
            out.s("  ");
        }
        if invalid_header(out, pkt) {
            return;
        }
        self.clock.print(
            out,
            self.opts.time,
            self.opts.nano,
            pkt.timeval(self.opts.nano),
        );
        let mut link = self.link;
        if !self.interfaces.is_empty() {
            let iface = self.interfaces.iter().find(|i| Some(i.0) == pkt.ifindex);
            if let Some((_, _, l)) = iface {
                link = *l;
            }
            let name = iface.map_or("?", |i| &*i.1);
            let pkttype = pkt.pkttype.map_or(u16::MAX, u16::from);
            link::interface_and_direction(out, name, pkttype);
        }
        let data = pkt.data;
        let mut c = self.ctx(out, self.link);
        let r = dispatch::link(&mut c, link, data, pkt.wire_len);
        if r.is_err() {
            c.trunc();
            c.ll_len = 0;
        }
        let hdr = c.ll_len.min(data.len());
        let o = &self.opts;
        if o.hex_ascii > 0 {
            let from = if o.hex_ascii > 1 { 0 } else { hdr };
            if from < data.len() {
                hexdump::hex_ascii(out, "\n\t", &data[from..]);
            }
        } else if o.hex > 0 {
            let from = if o.hex > 1 { 0 } else { hdr };
            if from < data.len() {
                hexdump::hex(out, "\n\t", &data[from..]);
            }
        } else if o.ascii > 0 {
            let from = if o.ascii > 1 { 0 } else { hdr };
            if from < data.len() {
                hexdump::ascii(out, &data[from..]);
            }
        }
        out.ch(b'\n');
    }
}

impl Printer {
    /// The context the layers print with, into `out`.
    fn ctx<'a>(&'a mut self, out: &'a mut Vec<u8>, link: LinkType) -> Ctx<'a> {
        Ctx {
            out,
            o: &self.opts,
            link,
            proto: "",
            ll_len: 0,
            tcp: &mut self.tcp,
            names: &mut self.names,
            ike: &mut self.ike,
            slip: &mut self.slip,
            rx: &mut self.rx,
            nfs: &mut self.nfs,
        }
    }

    /// For --json's `"info"`, which holds the line's text after the layers
    /// the object describes: appends what the line of a `link` frame whose
    /// network layer is `ip` shows after the IP layer's `src > dst: `
    /// (for TCP and UDP: from `sport > dport: ` on; for TCP with plain
    /// options, only what its payload's printer shows after `length N`),
    /// printing only the layers above IP rather than the frame again.
    /// Returns how many of the line's ": " come before the appended text
    /// and are not in it.
    /// The caller makes sure that nothing below IP changes the line's text
    /// after the addresses (no invalid record header, no -e, no link or
    /// extension header that prints ": ").
    pub fn ip_payload(&mut self, out: &mut Vec<u8>, link: LinkType, ip: &IpPayload) -> u8 {
        let mut c = self.ctx(out, link);
        let (before, printed) = if ip.header.first().map(|b| b >> 4) == Some(6) {
            ip6::payload_alone(&mut c, ip.header, ip.payload, ip.length)
        } else {
            ip::payload_alone(&mut c, ip.header, ip.payload, ip.length)
        };
        if printed.is_err() {
            c.trunc();
        }
        before
    }
}

/// An IP datagram for `Printer::ip_payload`, its header whole and valid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IpPayload<'a> {
    /// The IPv4 header with its options, or IPv6's fixed header (with no
    /// extension header after it).
    pub header: &'a [u8],
    /// What follows the header, up to the datagram's length by the header.
    pub payload: &'a [u8],
    /// The payload's length by the header.
    pub length: usize,
}

/// Whether a record of `caplen` bytes, `wire_len` on the wire, passes
/// tcpdump's checks on a record header (otherwise `invalid_header`'s
/// complaint is the packet's line).
pub fn record_header_is_valid(caplen: usize, wire_len: u32) -> bool {
    let caplen = caplen as u64;
    let len = u64::from(wire_len);
    let max = u64::from(MAX_SNAPLEN);
    caplen != 0 && len != 0 && len >= caplen && caplen <= max && len <= max
}

/// tcpdump's checks on the record header; prints its complaint and the
/// newline when the header is unusable.
fn invalid_header(out: &mut Vec<u8>, pkt: &Packet) -> bool {
    if record_header_is_valid(pkt.data.len(), pkt.wire_len) {
        return false;
    }
    complain_of_header(out, pkt.data.len() as u64, u64::from(pkt.wire_len));
    true
}

/// "[Invalid header: ...]" and the newline, each fault as tcpdump names
/// it. Out of line: a good record, every packet, never comes here.
#[cold]
#[inline(never)]
fn complain_of_header(out: &mut Vec<u8>, caplen: u64, len: u64) {
    let mut said = false;
    let mut open = |out: &mut Vec<u8>| {
        out.s(if said { "," } else { "[Invalid header:" });
        said = true;
    };
    if caplen == 0 {
        open(out);
        out.s(" caplen==0");
    }
    if len == 0 {
        open(out);
        out.s(" len==0");
    } else if len < caplen {
        open(out);
        out.s(" len(");
        out.dec(len);
        out.s(") < caplen(");
        out.dec(caplen);
        out.s(")");
    }
    // tcpdump's sanity limit on both lengths, MAXIMUM_SNAPLEN.
    let max = u64::from(MAX_SNAPLEN);
    for (label, v) in [(" caplen(", caplen), (" len(", len)] {
        if v > max {
            open(out);
            out.s(label);
            out.dec(v);
            out.s(") > ");
            out.dec(max);
        }
    }
    out.s("]\n");
}

#[cfg(test)]
mod golden;
#[cfg(test)]
mod tests;
