//! Ethernet II and 802.3 frames, 802.1Q/QinQ tags, LLC with STP, ARP/RARP,
//! MPLS and PPPoE sessions, as print-ether.c and friends print them.

use super::out::Emit;
use super::{Ctx, Res, be16, be32, bytes, ip, ip6, names, rest, u8at};

pub(crate) const ETHERTYPE_IP: u16 = 0x0800;
pub(crate) const ETHERTYPE_IPV6: u16 = 0x86dd;
const ETHERTYPE_ARP: u16 = 0x0806;
const ETHERTYPE_REVARP: u16 = 0x8035;
const ETHERTYPE_8021Q: u16 = 0x8100;
const ETHERTYPE_8021Q9100: u16 = 0x9100;
const ETHERTYPE_8021Q9200: u16 = 0x9200;
const ETHERTYPE_8021QINQ: u16 = 0x88a8;
const ETHERTYPE_MPLS: u16 = 0x8847;
const ETHERTYPE_MPLS_MULTI: u16 = 0x8848;
const ETHERTYPE_PPPOED: u16 = 0x8863;
const ETHERTYPE_PPPOES: u16 = 0x8864;
const MAX_ETHERNET_LENGTH_VAL: u16 = 1500;

/// tcpdump's ethertype_values.
pub(crate) fn ethertype_name(t: u16) -> Option<&'static str> {
    Some(match t {
        0x0800 => "IPv4",
        0x8847 => "MPLS unicast",
        0x8848 => "MPLS multicast",
        0x86dd => "IPv6",
        0x8100 => "802.1Q",
        0x9100 => "802.1Q-9100",
        0x88a8 => "802.1Q-QinQ",
        0x9200 => "802.1Q-9200",
        0x88e5 => "802.1AE MACsec",
        0x0200 => "PUP",
        0x0806 => "ARP",
        0x8035 => "Reverse ARP",
        0x0600 => "NS",
        0x0500 => "Sprite",
        0x1000 => "Trail",
        0x6001 => "MOP DL",
        0x6002 => "MOP RC",
        0x6003 => "DN",
        0x6004 => "LAT",
        0x6007 => "SCA",
        0x6558 => "TEB",
        0x8038 => "Lanbridge",
        0x803c => "DEC DNS",
        0x803e => "DEC DTS",
        0x805b => "VEXP",
        0x805c => "VPROD",
        0x809b => "Appletalk",
        0x80f3 => "Appletalk ARP",
        0x8137 => "IPX",
        0x880b => "PPP",
        0x8808 => "MPCP",
        0x8809 => "Slow Protocols",
        0x8863 => "PPPoE D",
        0x8864 => "PPPoE S",
        0x888e => "EAPOL",
        0x8899 => "RRCP",
        0x886f => "MS NLB heartbeat",
        0x8870 => "Jumbo",
        0x894f => "NSH",
        0x9000 => "Loopback",
        0xfefe => "OSI",
        0x00fe => "GRE-OSI",
        0xabcd => "CFM (old)",
        0x8902 => "CFM",
        0x893a => "IEEE1905.1",
        0x88cc => "LLDP",
        0x88ca => "TIPC",
        0x0707 => "GeoNet (old)",
        0x8947 => "GeoNet",
        0x1111 => "CALM FAST",
        0x88a2 => "AoE",
        0x88f7 => "PTP",
        0xd28b => "Arista Vendor Specific Protocol",
        _ => return None,
    })
}

/// A MAC address as etheraddr_string prints it: hex with -n; without it
/// "Broadcast" or the hex and the vendor tag.
pub(crate) fn mac(c: &mut Ctx, a: &[u8]) {
    if c.names.resolving() && a.len() == 6 {
        if a == [0xff; 6] {
            c.s("Broadcast");
            return;
        }
        c.out.mac(a);
        c.s(" (oui ");
        let oui = u32::from(a[0]) << 16 | u32::from(a[1]) << 8 | u32::from(a[2]);
        c.s(names::oui_name(oui));
        c.s(")");
    } else {
        c.out.mac(a);
    }
}

/// ether_type_print: "ethertype NAME (0xXXXX)", or just the name with -q.
fn type_print(c: &mut Ctx, t: u16) {
    match (c.o.quiet, ethertype_name(t)) {
        (false, name) => {
            c.s("ethertype ");
            c.s(name.unwrap_or("Unknown"));
            c.s(" (0x");
            c.out.hex0(u64::from(t), 4);
            c.s(")");
        }
        (true, Some(name)) => c.s(name),
        (true, None) => {
            c.s("Unknown Ethertype (0x");
            c.out.hex0(u64::from(t), 4);
            c.s(")");
        }
    }
}

/// "vlan N, p N[, DEI]".
pub(crate) fn tci(c: &mut Ctx, tag: u16) {
    c.s("vlan ");
    c.dec(tag & 0xfff);
    c.s(", p ");
    c.dec(tag >> 13);
    if tag & 0x1000 != 0 {
        c.s(", DEI");
    }
}

/// The whole frame of a DLT_EN10MB capture; sets the link header length.
pub(crate) fn frame(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "ether";
    let hdr = ether(c, b, wire_len)?;
    c.ll_len += hdr;
    Ok(())
}

/// ether_print: an Ethernet header and what it carries. Returns the length
/// of the link-level header (address, tags, type, LLC).
pub(crate) fn ether(c: &mut Ctx, b: &[u8], length: u32) -> Res<usize> {
    c.proto = "ether";
    let caplen = b.len();
    if caplen < 14 {
        c.trunc();
        return Ok(caplen);
    }
    if (length as usize) < 14 {
        c.trunc();
        return Ok(length as usize);
    }
    let orig_length = length;
    let (dst, src) = (&b[0..6], &b[6..12]);
    if c.o.link_header {
        mac(c, src);
        c.s(" > ");
        mac(c, dst);
        c.s(", ");
    }
    let mut length = length as usize - 12;
    let mut p = 12;
    let mut hdrlen = 12;
    let mut t = be16(b, p)?;
    length -= 2;
    p += 2;
    hdrlen += 2;
    let mut printed_length = false;
    while matches!(
        t,
        ETHERTYPE_8021Q | ETHERTYPE_8021Q9100 | ETHERTYPE_8021Q9200 | ETHERTYPE_8021QINQ
    ) {
        let cap = caplen - p;
        if cap < 4 || length < 4 {
            c.proto = "vlan";
            c.trunc();
            return Ok(hdrlen + cap.min(length));
        }
        if c.o.link_header {
            let tag = be16(b, p)?;
            type_print(c, t);
            if printed_length {
                c.s(", ");
            } else {
                c.s(", length ");
                c.dec(orig_length);
                c.s(": ");
                printed_length = true;
            }
            tci(c, tag);
            c.s(", ");
        }
        t = be16(b, p + 2)?;
        p += 4;
        length -= 4;
        hdrlen += 4;
    }
    let payload = &b[p..];
    if t <= MAX_ETHERNET_LENGTH_VAL {
        // 802.3: the field is the payload length.
        let mut length = length;
        if (t as usize) < length {
            length = t as usize;
        }
        let payload = &payload[..payload.len().min(length)];
        if c.o.link_header {
            c.s("802.3");
            if !printed_length {
                c.s(", length ");
                c.dec(length as u64);
                c.s(": ");
            }
        }
        let llc = llc(c, payload, length, src, dst)?;
        return Ok(hdrlen + llc);
    }
    if c.o.link_header {
        type_print(c, t);
        if printed_length {
            c.s(", ");
        } else {
            c.s(", length ");
            c.dec(orig_length);
            c.s(": ");
        }
    }
    if !ethertype(c, t, payload, length)? {
        if !c.o.link_header {
            mac(c, src);
            c.s(" > ");
            mac(c, dst);
            c.s(", ");
            type_print(c, t);
            c.s(", length ");
            c.dec(orig_length);
            c.s(": ");
        }
        c.default_print(payload);
    }
    Ok(hdrlen)
}

/// ethertype_print: the payload of a known type; Ok(false) when unknown.
pub(crate) fn ethertype(c: &mut Ctx, t: u16, b: &[u8], length: usize) -> Res<bool> {
    match t {
        ETHERTYPE_IP => ip::ip(c, b, length)?,
        ETHERTYPE_IPV6 => ip6::ip6(c, b, length)?,
        ETHERTYPE_ARP | ETHERTYPE_REVARP => arp(c, b, length)?,
        ETHERTYPE_MPLS | ETHERTYPE_MPLS_MULTI => mpls(c, b, length)?,
        ETHERTYPE_PPPOED | ETHERTYPE_PPPOES => pppoe(c, b, length)?,
        _ => return Ok(false),
    }
    Ok(true)
}

fn llc_sap_name(sap: u8) -> Option<&'static str> {
    Some(match sap {
        0x00 => "Null",
        0x02 => "LLC Sublayer Management Individual",
        0x03 => "LLC Sublayer Management Group",
        0x04 => "SNA Path Control",
        0x06 => "IP",
        0x08 => "SNA",
        0x0c => "SNA",
        0x0e => "PROWAY NM",
        0x18 => "Texas Instruments",
        0x42 => "STP",
        0x4e => "RS511",
        0x7e => "ISO8208",
        0x80 => "XNS",
        0x86 => "Nestar",
        0x8e => "PROWAY ASLM",
        0x98 => "ARP",
        0xaa => "SNAP",
        0xbc => "Banyan",
        0xe0 => "IPX",
        0xf0 => "NetBeui",
        0xf4 => "LanManager",
        0xf8 => "IMPL",
        0xfa => "UB",
        0xfe => "OSI",
        0xff => "Global",
        _ => return None,
    })
}

/// llc_print for 802.3 frames: the LLC header (with -e), then STP; other
/// SAPs as tcpdump's summary followed by a hex dump. Returns the LLC
/// header length.
fn llc(c: &mut Ctx, b: &[u8], length: usize, src: &[u8], dst: &[u8]) -> Res<usize> {
    c.proto = "llc";
    if b.len() < 3 || length < 3 {
        c.trunc();
        return Ok(b.len().min(length));
    }
    let dsap_field = b[0];
    let ssap_field = b[1];
    let ctl0 = b[2];
    let (control, hdrlen) = if ctl0 & 0x03 == 0x03 {
        (u16::from(ctl0), 3)
    } else {
        if b.len() < 4 || length < 4 {
            c.trunc();
            return Ok(b.len().min(length));
        }
        (u16::from_le_bytes([ctl0, b[3]]), 4)
    };
    let dsap = dsap_field & !1;
    let ssap = ssap_field & !1;
    if c.o.link_header {
        c.s("LLC, dsap ");
        c.s(llc_sap_name(dsap).unwrap_or("Unknown"));
        c.s(" (0x");
        c.out.hex0(u64::from(dsap), 2);
        c.s(") ");
        c.s(if dsap_field & 1 != 0 {
            "Group"
        } else {
            "Individual"
        });
        c.s(", ssap ");
        c.s(llc_sap_name(ssap).unwrap_or("Unknown"));
        c.s(" (0x");
        c.out.hex0(u64::from(ssap), 2);
        c.s(") ");
        c.s(if ssap_field & 1 != 0 {
            "Response"
        } else {
            "Command"
        });
        c.s(", ctrl 0x");
        c.out
            .hex0(u64::from(control), if hdrlen == 3 { 2 } else { 4 });
        c.s(": ");
    }
    if ssap == 0x42 && dsap == 0x42 && control == 0x03 {
        stp(c, &b[3..], length - 3)?;
        return Ok(hdrlen);
    }
    // Not decoded: tcpdump's "SAP > SAP" summary, then the raw bytes.
    if !c.o.link_header {
        if ssap == dsap {
            mac(c, src);
            c.s(" > ");
            mac(c, dst);
            c.s(" ");
            sap_or_unknown(c, dsap, "Unknown DSAP 0x");
        } else {
            mac(c, src);
            c.s(" ");
            sap_or_unknown(c, ssap, "Unknown SSAP 0x");
            c.s(" > ");
            mac(c, dst);
            c.s(" ");
            sap_or_unknown(c, dsap, "Unknown DSAP 0x");
        }
        c.s(" ");
    }
    if hdrlen == 3 {
        c.s("Unnumbered, ");
        c.s(llc_u_name(control & !0x10).unwrap_or("Unknown"));
        c.s(", Flags [");
        c.s(if ssap_field & 1 != 0 {
            "Response"
        } else {
            "Command"
        });
        c.s("], length ");
        c.dec(length as u64);
    } else {
        c.s(if control & 1 == 0 {
            "Information"
        } else {
            "Supervisory"
        });
        c.s(", send seq ");
        c.dec((control >> 1) & 0x7f);
        c.s(", rcv seq ");
        c.dec((control >> 9) & 0x7f);
        c.s(", Flags [");
        c.s(if ssap_field & 1 != 0 {
            "Response"
        } else {
            "Command"
        });
        c.s("], length ");
        c.dec(length as u64);
    }
    c.default_print(b);
    Ok(hdrlen)
}

fn sap_or_unknown(c: &mut Ctx, sap: u8, unknown: &str) {
    match llc_sap_name(sap) {
        Some(n) => c.s(n),
        None => {
            c.s(unknown);
            c.out.hex0(u64::from(sap), 2);
        }
    }
}

fn llc_u_name(ctl: u16) -> Option<&'static str> {
    Some(match ctl & 0xef {
        0x03 => "ui",
        0xe3 => "test",
        0xaf => "xid",
        0x6f => "sabme",
        0x0f => "dm",
        0x43 => "disc",
        0x63 => "ua",
        0x87 => "frmr",
        _ => return None,
    })
}

/// Spanning tree BPDUs (print-stp.c), non-verbose and -v summaries.
fn stp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "stp";
    if length < 4 {
        c.invalid();
        return Ok(());
    }
    if be16(b, 0)? != 0 {
        c.invalid();
        return Ok(());
    }
    let version = u8at(b, 2)?;
    let bpdu_type = u8at(b, 3)?;
    match version {
        0 => c.s("STP 802.1d"),
        2 => c.s("RSTP 802.1w"),
        3 => c.s("MSTP 802.1s"),
        v => {
            c.s("STP Unknown STP protocol (0x");
            c.out.hex0(u64::from(v), 2);
            c.s(")");
            c.invalid();
            return Ok(());
        }
    }
    match bpdu_type {
        0x00 => {
            if length < 35 {
                c.invalid();
                return Ok(());
            }
            c.s(", Config");
            let flags = u8at(b, 4)?;
            c.s(", Flags [");
            stp_flags(c, flags);
            c.s("]");
            let bridge = bytes(b, 17, 8)?;
            let port = be16(b, 25)?;
            c.s(", bridge-id ");
            bridge_id(c, bridge);
            c.s(".");
            c.out.hex0(u64::from(port), 4);
            c.s(", length ");
            c.dec(length as u64);
            if c.o.verbose > 0 {
                let times = [be16(b, 27)?, be16(b, 29)?, be16(b, 31)?, be16(b, 33)?];
                let labels = [
                    "\n\tmessage-age ",
                    ", max-age ",
                    ", hello-time ",
                    ", forwarding-delay ",
                ];
                for (label, t) in labels.iter().zip(times) {
                    c.s(label);
                    // %.2f of t/256 seconds, rounded as printf does.
                    let hundredths = (u64::from(t) * 100 + 128) / 256;
                    c.dec(hundredths / 100);
                    c.s(".");
                    c.out.dec0(hundredths % 100, 2);
                    c.s("s");
                }
                let root = bytes(b, 5, 8)?;
                let cost = be32(b, 13)?;
                c.s("\n\troot-id ");
                bridge_id(c, root);
                c.s(", root-pathcost ");
                c.dec(cost);
            }
        }
        0x80 => c.s(", Topology Change"),
        t => {
            c.s(", Unknown BPDU Type (0x");
            c.out.hex0(u64::from(t), 2);
            c.s(")");
        }
    }
    Ok(())
}

fn stp_flags(c: &mut Ctx, flags: u8) {
    let table: [(u8, &str); 6] = [
        (0x01, "Topology change"),
        (0x02, "Proposal"),
        (0x10, "Learn"),
        (0x20, "Forward"),
        (0x40, "Agreement"),
        (0x80, "Topology change ACK"),
    ];
    let mut first = true;
    for (bit, name) in table {
        if flags & bit != 0 {
            if !first {
                c.s(", ");
            }
            c.s(name);
            first = false;
        }
    }
    if first {
        c.s("none");
    }
}

fn bridge_id(c: &mut Ctx, id: &[u8]) {
    c.out.hex0(u64::from(id[0]), 2);
    c.out.hex0(u64::from(id[1]), 2);
    c.s(".");
    c.out.mac(&id[2..8]);
}

/// ARP and RARP (print-arp.c), Ethernet/IPv4 forms.
fn arp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "arp";
    bytes(b, 0, 8)?;
    let hrd = be16(b, 0)?;
    let pro = be16(b, 2)?;
    let hln = usize::from(b[4]);
    let pln = usize::from(b[5]);
    let op = be16(b, 6)?;
    let sha = 8;
    let spa = sha + hln;
    let tha = spa + pln;
    let tpa = tha + hln;
    if b.len() < tpa + pln {
        return Err(super::Trunc);
    }
    if !c.o.link_header {
        c.s("ARP, ");
    }
    let ip_like = pro == ETHERTYPE_IP || pro == 0x1000;
    if !ip_like || pln != 4 || hln == 0 || c.o.verbose > 0 {
        match hrd {
            1 => c.s("Ethernet"),
            6 => c.s("TokenRing"),
            7 => c.s("ArcNet"),
            15 => c.s("FrameRelay"),
            19 => c.s("ATM"),
            23 => c.s("Strip"),
            24 => c.s("IEEE 1394"),
            _ => {
                c.s("Unknown Hardware (");
                c.dec(hrd);
                c.s(")");
            }
        }
        c.s(" (len ");
        c.dec(hln as u64);
        c.s("), ");
        match ethertype_name(pro) {
            Some(n) => c.s(n),
            None => {
                c.s("Unknown Protocol (0x");
                c.out.hex0(u64::from(pro), 4);
                c.s(")");
            }
        }
        c.s(" (len ");
        c.dec(pln as u64);
        c.s(")");
        if c.o.verbose == 0 {
            c.s(", length ");
            c.dec(length as u64);
            return Ok(());
        }
        c.s(", ");
    }
    let op_name = match op {
        1 => "Request",
        2 => "Reply",
        3 => "Reverse Request",
        4 => "Reverse Reply",
        8 => "Inverse Request",
        9 => "Inverse Reply",
        10 => "NACK Reply",
        _ => "",
    };
    if op_name.is_empty() {
        c.s("Unknown (");
        c.dec(op);
        c.s(")");
    } else {
        c.s(op_name);
    }
    c.s(" ");
    let proto_addr = |c: &mut Ctx, at: usize| {
        if !ip_like {
            c.s("<wrong proto type>");
        } else if pln != 4 {
            c.s("<wrong len>");
        } else {
            c.out.ip4(&b[at..at + 4]);
        }
    };
    let hw_addr = |c: &mut Ctx, at: usize| {
        let a = &b[at..at + hln];
        if hln == 6 {
            mac(c, a);
        } else if hln == 0 {
            c.s("<empty>");
        } else {
            c.out.mac(a);
        }
    };
    match op {
        1 => {
            c.s("who-has ");
            proto_addr(c, tpa);
            if b[tha..tha + hln].iter().any(|&x| x != 0) {
                c.s(" (");
                hw_addr(c, tha);
                c.s(")");
            }
            c.s(" tell ");
            proto_addr(c, spa);
        }
        2 => {
            proto_addr(c, spa);
            c.s(" is-at ");
            hw_addr(c, sha);
        }
        3 => {
            c.s("who-is ");
            hw_addr(c, tha);
            c.s(" tell ");
            hw_addr(c, sha);
        }
        4 => {
            hw_addr(c, tha);
            c.s(" at ");
            proto_addr(c, tpa);
        }
        8 => {
            c.s("who-is ");
            hw_addr(c, tha);
            c.s(" tell ");
            hw_addr(c, sha);
        }
        9 => {
            hw_addr(c, sha);
            c.s(" at ");
            proto_addr(c, spa);
        }
        _ => {
            // print-arp.c calls the default printer unconditionally.
            super::hexdump::hex_ascii(c.out, "\n\t", &b[..b.len().min(length)]);
            return Ok(());
        }
    }
    c.s(", length ");
    c.dec(length as u64);
    Ok(())
}

/// MPLS label stack, then IPv4/IPv6 guessed from the first nibble.
pub(crate) fn mpls(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "mpls";
    c.s("MPLS");
    let mut p = 0;
    let mut length = length;
    let mut depth = 0;
    let mut entry;
    loop {
        if length < 4 {
            c.s("[|mpls]");
            return Ok(());
        }
        entry = be32(b, p)?;
        c.s(if depth > 0 && c.o.verbose > 0 {
            "\n\t"
        } else {
            " "
        });
        c.s("(label ");
        c.dec(entry >> 12);
        depth += 1;
        if c.o.verbose > 0 {
            let name = match entry >> 12 {
                0 => Some("IPv4 explicit NULL"),
                1 => Some("router alert"),
                2 => Some("IPv6 explicit NULL"),
                3 => Some("implicit NULL"),
                _ => None,
            };
            if let Some(n) = name {
                c.s(" (");
                c.s(n);
                c.s(")");
            }
        }
        c.s(", tc ");
        c.dec((entry >> 9) & 7);
        if entry & 0x100 != 0 {
            c.s(", [S]");
        }
        c.s(", ttl ");
        c.dec(entry & 0xff);
        c.s(")");
        p += 4;
        length -= 4;
        if entry & 0x100 != 0 {
            break;
        }
    }
    let b = rest(b, p);
    let v6 = match entry >> 12 {
        0 | 3 => false,
        2 => true,
        _ => {
            if length < 1 {
                return Ok(());
            }
            match u8at(b, 0)? >> 4 {
                4 if length >= 20 => false,
                6 if length >= 40 => true,
                _ => {
                    c.default_print(&b[..b.len().min(length)]);
                    return Ok(());
                }
            }
        }
    };
    c.s(if c.o.verbose > 0 { "\n\t" } else { " " });
    if v6 {
        ip6::ip6(c, b, length)
    } else {
        ip::ip(c, b, length)
    }
}

/// PPPoE (print-pppoe.c): session data goes on to PPP.
fn pppoe(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "pppoe";
    if length < 6 {
        c.trunc();
        return Ok(());
    }
    let vt = u8at(b, 0)?;
    let code = u8at(b, 1)?;
    let session = be16(b, 2)?;
    let plen = usize::from(be16(b, 4)?);
    c.s("PPPoE ");
    c.s(match code {
        0x09 => "PADI",
        0x07 => "PADO",
        0x19 => "PADR",
        0x65 => "PADS",
        0xa7 => "PADT",
        _ => "",
    });
    if vt >> 4 != 1 {
        c.s(" [ver ");
        c.dec(vt >> 4);
        c.s("]");
    }
    if vt & 0xf != 1 {
        c.s(" [type ");
        c.dec(vt & 0xf);
        c.s("]");
    }
    if session != 0 {
        c.s(" [ses 0x");
        c.out.hex(u64::from(session));
        c.s("]");
    }
    let mut length = length - 6;
    if plen < length {
        length = plen;
    }
    if code != 0 {
        // Discovery tags are not decoded.
        return Ok(());
    }
    c.s(" ");
    let payload = rest(b, 6);
    let payload = &payload[..payload.len().min(length)];
    ppp(c, payload, length)
}

/// PPP protocol field and IPv4/IPv6 payloads.
fn ppp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "ppp";
    let olen = length;
    let mut p = 0;
    let mut length = length;
    if length < 2 {
        c.trunc();
        return Ok(());
    }
    if u8at(b, 0)? == 0xff && u8at(b, 1)? == 0x03 {
        p += 2;
        length -= 2;
        if length < 2 {
            c.trunc();
            return Ok(());
        }
    }
    let proto = if u8at(b, p)? % 2 == 1 {
        p += 1;
        length -= 1;
        u16::from(b[p - 1])
    } else {
        let v = be16(b, p)?;
        p += 2;
        length -= 2;
        v
    };
    let name = match proto {
        0x21 | 0x0800 => Some("IP"),
        0x57 | 0x86dd => Some("IPV6"),
        0xc021 => Some("LCP"),
        0x8021 => Some("IPCP"),
        0x8057 => Some("IP6CP"),
        0xc023 => Some("PAP"),
        0xc223 => Some("CHAP"),
        0x0281 | 0x8847 => Some("MPLS"),
        _ => None,
    };
    if c.o.link_header {
        c.s(name.unwrap_or("unknown"));
        c.s(" (0x");
        c.out.hex0(u64::from(proto), 4);
        c.s("), length ");
        c.dec(olen as u64);
        c.s(": ");
    }
    let b = rest(b, p);
    match proto {
        0x21 | 0x0800 => ip::ip(c, b, length),
        0x57 | 0x86dd => ip6::ip6(c, b, length),
        0x0281 | 0x8847 => mpls(c, b, length),
        _ => {
            c.s("unknown PPP protocol (0x");
            c.out.hex0(u64::from(proto), 4);
            c.s(")");
            c.default_print(&b[..b.len().min(length)]);
            Ok(())
        }
    }
}
