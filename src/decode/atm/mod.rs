//! ATM (print-atm.c, print-cip.c): RFC 1483 LLC-encapsulated frames
//! (DLT_ATM_RFC1483), Linux Classical IP over ATM (DLT_ATM_CLIP), and the
//! AAL5 PDU printer the SunATM header leads to, with UNI 3.1 signalling.
//! Its parts: the SunATM pseudo-header (sunatm.rs), OAM cells (oam.rs) and
//! LAN Emulation (lane.rs).

mod lane;
mod oam;
mod sunatm;

pub(crate) use oam::{HEC as OAM_HEC, oam};
pub(crate) use sunatm::frame as sunatm_frame;

use super::dispatch;
use super::out::Emit;
use super::{Ctx, Res, be16, be32, bytes, u8at};

/// What a SunATM header says the circuit carries.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Traffic {
    Lane,
    /// LLC, and anything unknown, which is assumed to be LLC.
    Llc,
}

/// The LLC control byte of an unnumbered information frame.
const LLC_UI: u8 = 0x03;

/// LLC UI headers (DSAP, SSAP, control) of the encapsulations RFC 1483
/// frames start with: SNAP, ISO network layer, IP.
const LLC_HEADERS: [u32; 3] = [0xaaaa03, 0xfefe03, 0x060603];

/// atm_llc_print: the LLC header and what it carries; returns its length.
fn llc(c: &mut Ctx, b: &[u8], length: usize) -> Res<usize> {
    dispatch::llc(c, b, length, &[], &[])
}

/// atm_if_print: a DLT_ATM_RFC1483 frame; sets the link header length.
pub(crate) fn rfc1483_frame(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "atm";
    let length = wire_len as usize;
    if u8at(b, 0)? == LLC_UI {
        // Cisco's NLPID form: the UI byte, then an OSI NLPID.
        if c.o.link_header {
            c.s("CNLPID ");
        }
        c.ll_len += 1;
        return dispatch::isoclns(c, &b[1..], length.saturating_sub(1));
    }
    let llc_header = u32::from(be16(b, 0)?) << 8 | u32::from(u8at(b, 2)?);
    let mut hdr = 0;
    if !LLC_HEADERS.contains(&llc_header) {
        // tcpdump assumes the 20-byte 802.6 MAC header of a Fore driver.
        if c.o.link_header {
            // One printf in tcpdump: all four words or nothing.
            let words = [be32(b, 0)?, be32(b, 4)?, be32(b, 8)?, be32(b, 12)?];
            for (i, w) in words.into_iter().enumerate() {
                c.s(if i == 2 { " " } else { "" });
                c.out.hex0(u64::from(w), 8);
            }
            c.s(" ");
        }
        bytes(b, 0, 20)?;
        hdr = 20;
    }
    c.ll_len += hdr;
    let llc_len = llc(c, &b[hdr..], length.wrapping_sub(hdr))?;
    c.ll_len += llc_len;
    Ok(())
}

/// cip_if_print: a DLT_ATM_CLIP frame, LLC/SNAP or bare IPv4.
pub(crate) fn clip_frame(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "cip";
    let length = wire_len as usize;
    if c.o.link_header {
        // No MAC header: only the length.
        c.dec(length as u64);
        c.s(": ");
    }
    let head = bytes(b, 0, 6)?;
    let hdr = if head == [0xaa, 0xaa, 0x03, 0x00, 0x00, 0x00] {
        llc(c, b, length)?
    } else {
        dispatch::ip(c, b, length)?;
        0
    };
    c.ll_len += hdr;
    Ok(())
}

/// Signalling and management circuits on VPI 0.
const VCI_METAC: u16 = 0x01;
const VCI_BCC: u16 = 0x02;
const VCI_OAMF4SC: u16 = 0x03;
const VCI_OAMF4EC: u16 = 0x04;
const VCI_PPC: u16 = 0x05;
const VCI_ILMIC: u16 = 0x10;

/// atm_print: an AAL5 PDU on circuit `vpi`/`vci`.
fn atm(c: &mut Ctx, vpi: u8, vci: u16, traffic: Traffic, b: &[u8], length: usize) -> Res {
    c.proto = "atm";
    if c.o.link_header {
        c.s_dec("VPI:", vpi);
        c.s_dec(" VCI:", vci);
        c.s(" ");
    }
    if vpi == 0 {
        match vci {
            VCI_PPC => return signalling(c, b),
            VCI_BCC => {
                c.s("broadcast sig: ");
                return Ok(());
            }
            VCI_OAMF4SC | VCI_OAMF4EC => return oam(c, b, length, OAM_HEC),
            VCI_METAC => {
                c.s("meta: ");
                return Ok(());
            }
            VCI_ILMIC => {
                c.s("ilmi: ");
                return dispatch::snmp(c, b, length);
            }
            _ => {}
        }
    }
    match traffic {
        Traffic::Lane => lane::lane(c, b, length),
        Traffic::Llc => llc(c, b, length).map(drop),
    }
}

fn q2931_message_name(t: u8) -> Option<&'static str> {
    Some(match t {
        0x02 => "Call_proceeding",
        0x07 => "Connect",
        0x0f => "Connect_ack",
        0x05 => "Setup",
        0x4d => "Release",
        0x5a => "Release_complete",
        0x46 => "Restart",
        0x4e => "Restart_ack",
        0x7d => "Status",
        0x75 => "Status_enquiry",
        0x80 => "Add_party",
        0x81 => "Add_party_ack",
        0x82 => "Add_party_reject",
        0x83 => "Drop_party",
        0x84 => "Drop_party_ack",
        _ => return None,
    })
}

/// The Q.2931 protocol discriminator.
const Q2931: u8 = 0x09;

/// sig_print: UNI 3.1 signalling (Q.2931) or another protocol on SSCOP.
fn signalling(c: &mut Ctx, b: &[u8]) -> Res {
    let proto = u8at(b, 0)?;
    if proto != Q2931 {
        c.s_dec("SSCOP, proto ", proto);
        c.s(" ");
        return Ok(());
    }
    c.s("Q.2931");
    let t = u8at(b, 5)?;
    c.s(":");
    match q2931_message_name(t) {
        Some(n) => c.s(n),
        None => {
            c.s_dec("msgtype#", t);
        }
    }
    c.s(" CALL_REF:0x");
    for &x in bytes(b, 2, 3)? {
        c.out.hex0(u64::from(x), 2);
    }
    Ok(())
}
