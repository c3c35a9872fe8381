//! 802.2 LLC headers of 802.3 frames and SNAP (print-llc.c); the BPDUs
//! they carry go to stp.rs.

use super::ctx::codes;
use super::dispatch::{self, mac};
use super::out::Emit;
use super::{Ctx, Res, be16};

codes! {
    /// tcpdump's llc_values: the SAPs it names.
    SAPS: u8 {
        _ = 0x00 => "Null",
        SAP_GLOBAL = 0xff => "Global",
        _ = 0x02 => "802.1B I",
        _ = 0x03 => "802.1B G",
        SAP_IP = 0x06 => "IP",
        _ = 0x04 => "SNA",
        _ = 0x0e => "ProWay NM",
        SAP_STP = 0x42 => "STP",
        _ = 0x4e => "RS511",
        _ = 0x7e => "ISO8208",
        _ = 0x8e => "ProWay",
        SAP_SNAP = 0xaa => "SNAP",
        SAP_IPX = 0xe0 => "IPX",
        _ = 0xf0 => "NetBeui",
        SAP_OSI = 0xfe => "OSI",
    }
}

fn sap_name(sap: u8) -> Option<&'static str> {
    SAPS.iter()
        .find(|&&(k, _)| k == u32::from(sap))
        .map(|&(_, n)| n)
}

/// llc_print for 802.3 frames: the LLC header (with -e), then STP; other
/// SAPs as tcpdump's summary followed by a hex dump. Returns the LLC
/// header length.
pub(crate) fn llc(c: &mut Ctx, b: &[u8], length: usize, src: &[u8], dst: &[u8]) -> Res<usize> {
    c.proto = "llc";
    if b.len() < 3 || length < 3 {
        c.trunc();
        // print-llc.c dumps the stub whatever -x/-q say.
        super::hexdump::hex_ascii(c.out, "\n\t", b);
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
            super::hexdump::hex_ascii(c.out, "\n\t", b);
            return Ok(b.len().min(length));
        }
        (u16::from_le_bytes([ctl0, b[3]]), 4)
    };
    if dsap_field == SAP_GLOBAL && ssap_field == SAP_GLOBAL {
        // Ethernet_802.3 IPX: no 802.2 header, the IPX checksum's 0xffff.
        if c.o.link_header {
            c.s("IPX 802.3: ");
        }
        dispatch::ipx(c, b)?;
        return Ok(0);
    }
    let dsap = dsap_field & !1;
    let ssap = ssap_field & !1;
    if c.o.link_header {
        c.s("LLC, dsap ");
        sap_field(c, dsap, dsap_field, ["Individual", "Group"]);
        c.s(", ssap ");
        sap_field(c, ssap, ssap_field, ["Command", "Response"]);
        c.s(", ctrl 0x");
        c.out
            .hex0(u64::from(control), if hdrlen == 3 { 2 } else { 4 });
        c.s(": ");
    }
    if ssap == SAP_STP && dsap == SAP_STP && control == 0x03 {
        dispatch::stp(c, &b[3..], length.saturating_sub(3))?;
        return Ok(hdrlen);
    }
    if ssap == SAP_IPX && dsap == SAP_IPX && control == 0x03 {
        if c.o.link_header {
            c.s("IPX 802.2: ");
        }
        dispatch::ipx(c, &b[3..])?;
        return Ok(hdrlen);
    }
    if ssap == SAP_SNAP && dsap == SAP_SNAP && control == 0x03 {
        if !snap(c, &b[3..], length.saturating_sub(3), src, dst, 2)? {
            // An unknown type: the raw bytes from the LLC header on.
            c.default_print(b);
        }
        return Ok(hdrlen + 5);
    }
    if control == 0x03 && ssap == dsap {
        let p = &b[3..];
        let length = length - 3;
        match dsap {
            // RFC 948: IP straight after a UI header of SAP 6.
            SAP_IP => {
                dispatch::ip(c, p, length)?;
                return Ok(hdrlen);
            }
            // ISO network layer: the NLPID follows the UI byte.
            SAP_OSI => {
                dispatch::isoclns(c, p, length)?;
                return Ok(hdrlen);
            }
            _ => {}
        }
    }
    // Not decoded: tcpdump's "SAP > SAP" summary, then the raw bytes.
    if !c.o.link_header {
        // Links without MAC addresses (ATM) pass empty ones: SAPs only.
        let addrs = !src.is_empty() && !dst.is_empty();
        if ssap == dsap {
            if addrs {
                mac(c, src);
                c.s(" > ");
                mac(c, dst);
                c.s(" ");
            }
            sap_or_unknown(c, dsap, "Unknown DSAP 0x");
        } else {
            if addrs {
                mac(c, src);
                c.s(" ");
            }
            sap_or_unknown(c, ssap, "Unknown SSAP 0x");
            c.s(" > ");
            if addrs {
                mac(c, dst);
                c.s(" ");
            }
            sap_or_unknown(c, dsap, "Unknown DSAP 0x");
        }
        c.s(" ");
    }
    if hdrlen == 3 {
        c.s("Unnumbered, ");
        match llc_u_name(control & !0x10) {
            Some(n) => c.s(n),
            None => c.out.hex0(u64::from(control & !0x10), 2),
        }
        c.s(", Flags [");
        llc_flags(c, ssap_field & 1 != 0, control & 0x10 != 0);
        c.s_dec("], length ", length as u64);
        if control & !0x10 == 0xaf && xid(c, &b[3..], length - 3) {
            return Ok(hdrlen);
        }
    } else {
        // Information and supervisory frames: tcpdump prints no dump.
        if control & 1 == 0 {
            c.s_dec("Information, send seq ", (control >> 1) & 0x7f);
        } else {
            c.s("Supervisory, ");
            c.s(["Receiver Ready", "Receiver not Ready", "Reject", "?"]
                [usize::from((control >> 2) & 3)]);
        }
        c.s_dec(", rcv seq ", (control >> 9) & 0x7f);
        c.s(", Flags [");
        llc_flags(c, ssap_field & 1 != 0, control & 0x100 != 0);
        c.s_dec("], length ", length as u64);
        if control & 1 != 0 {
            // Supervisory frames carry no data: tcpdump prints no dump.
            return Ok(hdrlen);
        }
    }
    c.default_print(b);
    Ok(hdrlen)
}

/// The body of an XID frame: nothing more for an empty one, the format
/// identifier's two bytes, or a truncation. False for an XID of another
/// format (dumped like any other frame).
fn xid(c: &mut Ctx, p: &[u8], length: usize) -> bool {
    if length == 0 {
        return true;
    }
    match p.first() {
        None => c.trunc(),
        Some(&0x81) => match p.get(1..3) {
            Some(&[a, b]) if length >= 3 => {
                c.s(": ");
                c.out.hex0(u64::from(a), 2);
                c.s(" ");
                c.out.hex0(u64::from(b), 2);
            }
            _ => {
                c.trunc();
                super::hexdump::hex_ascii(c.out, "\n\t", p);
            }
        },
        Some(_) => return false,
    }
    true
}

/// tcpdump's llc_flag_values, matched as a whole value.
fn llc_flags(c: &mut Ctx, response: bool, poll: bool) {
    c.s(match (response, poll) {
        (false, false) => "Command",
        (true, false) => "Response",
        (false, true) => "Poll",
        (true, true) => "Final",
    });
}

/// One SAP of the -e header: its name, its value, and what the low bit of
/// the field it came from says (`bit_names` for clear and set).
fn sap_field(c: &mut Ctx, sap: u8, field: u8, bit_names: [&str; 2]) {
    c.tok(SAPS, sap.into(), "Unknown");
    c.s(" (0x");
    c.out.hex0(u64::from(sap), 2);
    c.s(") ");
    c.s(bit_names[usize::from(field & 1)]);
}

fn sap_or_unknown(c: &mut Ctx, sap: u8, unknown: &str) {
    match sap_name(sap) {
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

/// The protocol ID names for an OUI (oui_to_struct_tok).
fn snap_pid_name(oui: u32, pid: u16) -> &'static str {
    match oui {
        0x000000 | 0x0000f8 | 0x080007 => dispatch::ethertype_name(pid),
        0x00000c => match pid {
            0x2000 => Some("CDP"),
            0x2003 => Some("VTP"),
            0x2004 => Some("DTP"),
            0x0111 => Some("UDLD"),
            0x010b => Some("PVST"),
            0x010c => Some("VLAN Bridge"),
            _ => None,
        },
        0x0080c2 => match pid {
            0x0001 => Some("Ethernet + FCS"),
            0x0007 => Some("Ethernet w/o FCS"),
            0x0002 => Some("802.4 + FCS"),
            0x0008 => Some("802.4 w/o FCS"),
            0x0003 => Some("Token Ring + FCS"),
            0x0009 => Some("Token Ring w/o FCS"),
            0x0004 => Some("FDDI + FCS"),
            0x000a => Some("FDDI w/o FCS"),
            0x0005 => Some("802.6 + FCS"),
            0x000e => Some("BPDU"),
            _ => None,
        },
        _ => None,
    }
    .unwrap_or("Unknown")
}

/// snap_print: the OUI and protocol ID after an LLC UI header. Ok(false)
/// when nothing decoded the payload (the caller dumps it). `src`/`dst`
/// are empty where the link has no MAC addresses (Frame Relay, ATM);
/// `bridge_pad` bytes precede a bridged Ethernet frame.
pub(crate) fn snap(
    c: &mut Ctx,
    b: &[u8],
    length: usize,
    src: &[u8],
    dst: &[u8],
    bridge_pad: usize,
) -> Res<bool> {
    c.proto = "snap";
    if b.len() < 5 || length < 5 {
        c.trunc();
        return Ok(true);
    }
    let oui = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
    let pid = be16(b, 3)?;
    if c.o.link_header {
        c.s("oui ");
        c.s(super::names::oui_name(oui));
        c.s(" (0x");
        c.out.hex0(u64::from(oui), 6);
        c.s("), ");
        c.s(if oui == 0 { "ethertype " } else { "pid " });
        c.s(snap_pid_name(oui, pid));
        c.s(" (0x");
        c.out.hex0(u64::from(pid), 4);
        c.s_dec("), length ", length.saturating_sub(5) as u64);
        c.s(": ");
    }
    let p = &b[5..];
    let length = length.saturating_sub(5);
    match (oui, pid) {
        (0x000000 | 0x0000f8, _) | (0x080007, 0x809b) => {
            let decoded = dispatch::ethertype(c, pid, p, length)?;
            if decoded {
                return Ok(true);
            }
        }
        (0x00000c, 0x010b | 0x010c) | (0x0080c2, 0x000e) => {
            dispatch::stp(c, p, length)?;
            return Ok(true);
        }
        (0x00000c, _) if dispatch::cisco_snap(c, pid, p, length)? => return Ok(true),
        (0x0080c2, 0x0001 | 0x0007) => {
            // Bridge padding, then an Ethernet frame.
            if p.len() < bridge_pad {
                c.trunc();
                return Ok(true);
            }
            dispatch::ether(c, &p[bridge_pad..], length.saturating_sub(bridge_pad))?;
            return Ok(true);
        }
        _ => {}
    }
    if !c.o.link_header {
        if !src.is_empty() && !dst.is_empty() {
            mac(c, src);
            c.s(" > ");
            mac(c, dst);
            c.s(" ");
        }
        if oui == 0 {
            c.s("SNAP, ethertype ");
            c.s(dispatch::ethertype_name(pid).unwrap_or("Unknown"));
        } else {
            c.s("SNAP, oui ");
            c.s(super::names::oui_name(oui));
            c.s(" (0x");
            c.out.hex0(u64::from(oui), 6);
            c.s("), pid ");
            c.s(snap_pid_name(oui, pid));
        }
        c.s(" (0x");
        c.out.hex0(u64::from(pid), 4);
        c.s_dec("), length ", length as u64);
        c.s(": ");
    }
    Ok(false)
}
