//! 802.2 LLC headers of 802.3 frames, and the spanning tree BPDUs they
//! carry (print-llc.c, print-stp.c).

use super::ether::mac;
use super::out::Emit;
use super::{Ctx, Res, be16, be32, bytes, u8at};

fn llc_sap_name(sap: u8) -> Option<&'static str> {
    // tcpdump's llc_values.
    Some(match sap {
        0x00 => "Null",
        0xff => "Global",
        0x02 => "802.1B I",
        0x03 => "802.1B G",
        0x06 => "IP",
        0x04 => "SNA",
        0x0e => "ProWay NM",
        0x42 => "STP",
        0x4e => "RS511",
        0x7e => "ISO8208",
        0x8e => "ProWay",
        0xaa => "SNAP",
        0xe0 => "IPX",
        0xf0 => "NetBeui",
        0xfe => "OSI",
        _ => return None,
    })
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
        match llc_u_name(control & !0x10) {
            Some(n) => c.s(n),
            None => c.out.hex0(u64::from(control & !0x10), 2),
        }
        c.s(", Flags [");
        llc_flags(c, ssap_field & 1 != 0, control & 0x10 != 0);
        c.s("], length ");
        c.dec(length as u64);
    } else {
        // Information and supervisory frames: tcpdump prints no dump.
        if control & 1 == 0 {
            c.s("Information, send seq ");
            c.dec((control >> 1) & 0x7f);
        } else {
            c.s("Supervisory, ");
            c.s(["Receiver Ready", "Receiver not Ready", "Reject", "?"]
                [usize::from((control >> 2) & 3)]);
        }
        c.s(", rcv seq ");
        c.dec((control >> 9) & 0x7f);
        c.s(", Flags [");
        llc_flags(c, ssap_field & 1 != 0, control & 0x100 != 0);
        c.s("], length ");
        c.dec(length as u64);
        if control & 1 != 0 {
            // Supervisory frames carry no data: tcpdump prints no dump.
            return Ok(hdrlen);
        }
    }
    c.default_print(b);
    Ok(hdrlen)
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
        c.s("unknown STP version, length ");
        c.dec(length as u64);
        return Ok(());
    }
    let version = u8at(b, 2)?;
    match version {
        0 => c.s("STP 802.1d"),
        2 => c.s("RSTP 802.1w"),
        3 => c.s("MSTP 802.1s"),
        v => {
            c.s("STP Unknown STP protocol (0x");
            c.out.hex0(u64::from(v), 2);
            c.s(")");
            return Ok(());
        }
    }
    let bpdu_type = u8at(b, 3)?;
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
    let table: [(u32, &str); 6] = [
        (0x01, "Topology change"),
        (0x02, "Proposal"),
        (0x10, "Learn"),
        (0x20, "Forward"),
        (0x40, "Agreement"),
        (0x80, "Topology change ACK"),
    ];
    c.flag_names(u32::from(flags), &table);
}

fn bridge_id(c: &mut Ctx, id: &[u8]) {
    c.out.hex0(u64::from(id[0]), 2);
    c.out.hex0(u64::from(id[1]), 2);
    c.s(".");
    c.out.mac(&id[2..8]);
}
