//! IEEE 802.11 frames as print-802_11.c prints them: the MAC header with
//! -e (its flags and duration with -v, the 802.11s mesh control with -H),
//! control frames, data frames through LLC, and management frames
//! (mgmt.rs). The radio headers captured in front of a frame (radiotap,
//! Prism, AVS, PPI) have their own files and reach `frame` through
//! dispatch::ieee802_11.

mod mgmt;

use super::dispatch::{self, mac};
use super::out::Emit;
use super::{Ctx, Res, bytes, le16, le32, u8at};

/// Frame types (the two type bits of the frame control field).
const T_MGMT: u16 = 0;
const T_CTRL: u16 = 1;
const T_DATA: u16 = 2;

/// Control frame subtypes.
const CTRL_CONTROL_WRAPPER: u16 = 0x7;
const CTRL_BAR: u16 = 0x8;
const CTRL_BA: u16 = 0x9;
const CTRL_PS_POLL: u16 = 0xa;
const CTRL_RTS: u16 = 0xb;
const CTRL_CTS: u16 = 0xc;
const CTRL_ACK: u16 = 0xd;
const CTRL_CF_END: u16 = 0xe;
const CTRL_END_ACK: u16 = 0xf;

/// The four flag bits a data subtype is made of.
const DATA_CF_ACK: u16 = 0x1;
const DATA_CF_POLL: u16 = 0x2;
const DATA_NULL: u16 = 0x4;
const DATA_QOS: u16 = 0x8;

/// Frame control flags.
const FC_TO_DS: u16 = 0x0100;
const FC_FROM_DS: u16 = 0x0200;
const FC_PROTECTED: u16 = 0x4000;

/// The -v words of the frame control flags, in tcpdump's order.
const FC_FLAG_WORDS: [(u16, &str); 6] = [
    (0x2000, "More Data "),
    (0x0400, "More Fragments "),
    (0x1000, "Pwr Mgmt "),
    (0x0800, "Retry "),
    (0x8000, "Strictly Ordered "),
    (FC_PROTECTED, "Protected "),
];

/// Where the addresses sit in every header that has them.
const ADDR1: usize = 4;
const ADDR2: usize = 10;
const ADDR3: usize = 16;
const ADDR4: usize = 24;
/// A management header is fixed: FC, duration, DA, SA, BSSID, sequence.
const MGMT_HDRLEN: usize = 24;

fn frame_type(fc: u16) -> u16 {
    (fc >> 2) & 3
}

fn subtype(fc: u16) -> u16 {
    (fc >> 4) & 0xf
}

/// The six bytes of a MAC address at `i`, as GET_ETHERADDR_STRING reads them.
fn addr(b: &[u8], i: usize) -> Res<&[u8]> {
    bytes(b, i, 6)
}

/// `tag` then the address at `i` (" RA:..", "SA:..").
fn tagged_addr(c: &mut Ctx, tag: &str, b: &[u8], i: usize) -> Res {
    let a = addr(b, i)?;
    c.s(tag);
    mac(c, a);
    Ok(())
}

/// DLT_IEEE802_11: a frame with no radio header in front.
pub(crate) fn link(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "802.11";
    let n = frame(c, b, wire_len as usize, false, 0)?;
    c.ll_len += n;
    Ok(())
}

/// ieee802_11_print: one frame of `length` bytes on the air, of which `b`
/// was captured; `pad` when the radio header says the body starts on a
/// 4-byte boundary, `fcslen` the bytes of FCS the frame ends with.
/// Returns the bytes of link header (for -x/-X), as tcpdump counts them.
pub(crate) fn frame(c: &mut Ctx, b: &[u8], length: usize, pad: bool, fcslen: usize) -> Res<usize> {
    c.proto = "802.11";
    let orig_caplen = b.len();
    if length < fcslen {
        c.trunc();
        return Ok(orig_caplen);
    }
    let length = length - fcslen;
    // An FCS that was captured is not part of the frame.
    let b = &b[..b.len().min(length)];
    if b.len() < 2 {
        c.trunc();
        return Ok(orig_caplen);
    }
    let fc = le16(b, 0)?;
    let Some(mut hdrlen) = header_length(c, fc) else {
        // An unknown type or control subtype: tcpdump said so and stops.
        return Ok(0);
    };
    if pad {
        hdrlen = (hdrlen + 3) & !3;
    }
    let mut meshdrlen = 0;
    if c.o.mesh_headers && frame_type(fc) == T_DATA && subtype(fc) & DATA_QOS != 0 {
        let Some(&flags) = b.get(hdrlen) else {
            c.trunc();
            return Ok(hdrlen);
        };
        // Mesh control: flags, TTL, sequence, then as many addresses as
        // the Address Extension mode says; other flag bits mean no mesh.
        if flags & !3 == 0 {
            meshdrlen = 6 * (1 + usize::from(flags & 3));
        }
        hdrlen += meshdrlen;
    }
    if b.len() < hdrlen {
        c.trunc();
        return Ok(hdrlen);
    }
    if c.o.link_header {
        header(c, fc, b, hdrlen, meshdrlen)?;
    }
    let body = &b[hdrlen..];
    let body_len = length - hdrlen;
    match frame_type(fc) {
        T_MGMT => {
            let sa = addr(b, ADDR2)?;
            if !mgmt::body(c, fc, sa, body, body_len)? {
                c.trunc();
            }
        }
        T_CTRL => {
            if !ctrl_body(c, fc, b)? {
                c.trunc();
            }
        }
        _ => {
            let sub = subtype(fc);
            if sub & DATA_NULL != 0 {
                return Ok(hdrlen);
            }
            if fc & FC_PROTECTED != 0 {
                c.s("Data");
                if !wep(c, body)? {
                    c.trunc();
                }
                return Ok(hdrlen);
            }
            let (src, dst) = data_src_dst(fc);
            let llc_len = dispatch::llc(c, body, body_len, addr(b, src)?, addr(b, dst)?)?;
            return Ok(hdrlen + llc_len);
        }
    }
    Ok(hdrlen)
}

/// extract_header_length: the MAC header's length by type and subtype;
/// None (after tcpdump's complaint) for what has no known layout.
fn header_length(c: &mut Ctx, fc: u16) -> Option<usize> {
    match frame_type(fc) {
        T_MGMT => Some(MGMT_HDRLEN),
        T_CTRL => match subtype(fc) {
            // FC, duration, address 1, carried FC, HT control.
            CTRL_CONTROL_WRAPPER => Some(16),
            CTRL_BAR => Some(20),
            CTRL_BA | CTRL_CTS | CTRL_ACK => Some(10),
            CTRL_PS_POLL | CTRL_RTS | CTRL_CF_END | CTRL_END_ACK => Some(16),
            s => {
                c.s_dec("unknown 802.11 ctrl frame subtype (", s);
                c.s(")");
                None
            }
        },
        T_DATA => {
            let both_ds = fc & (FC_TO_DS | FC_FROM_DS) == FC_TO_DS | FC_FROM_DS;
            let qos = if subtype(fc) & DATA_QOS != 0 { 2 } else { 0 };
            Some(if both_ds { 30 } else { 24 } + qos)
        }
        t => {
            c.s_dec("unknown 802.11 frame type (", t);
            c.s(")");
            None
        }
    }
}

/// ieee_802_11_hdr_print: what -e shows of the MAC header.
fn header(c: &mut Ctx, fc: u16, b: &[u8], hdrlen: usize, meshdrlen: usize) -> Res {
    if c.o.verbose > 0 {
        for (bit, word) in FC_FLAG_WORDS {
            if fc & bit != 0 {
                c.s(word);
            }
        }
        // A PS-Poll carries the AID where others carry the duration.
        if frame_type(fc) != T_CTRL || subtype(fc) != CTRL_PS_POLL {
            c.dec(le16(b, 2)?);
            c.s("us ");
        }
    }
    if meshdrlen != 0 {
        mesh_control(c, b, hdrlen - meshdrlen)?;
    }
    match frame_type(fc) {
        T_MGMT => {
            tagged_addr(c, "BSSID:", b, ADDR3)?;
            tagged_addr(c, " DA:", b, ADDR1)?;
            tagged_addr(c, " SA:", b, ADDR2)?;
            c.s(" ");
        }
        T_CTRL => ctrl_header(c, fc, b)?,
        T_DATA => data_header(c, fc, b)?,
        _ => {}
    }
    Ok(())
}

/// The 802.11s mesh control field at `at` (-e with -H).
fn mesh_control(c: &mut Ctx, b: &[u8], at: usize) -> Res {
    let ae = u8at(b, at)? & 3;
    let ttl = u8at(b, at + 1)?;
    let seq = le32(b, at + 2)?;
    c.dec_fields(&[
        ("MeshData (AE ", u64::from(ae)),
        (" TTL ", u64::from(ttl)),
        (" seq ", u64::from(seq)),
    ]);
    for (n, tag) in [" A4:", " A5:", " A6:"].into_iter().enumerate() {
        if usize::from(ae) > n {
            tagged_addr(c, tag, b, at + 6 + 6 * n)?;
        }
    }
    c.s(") ");
    Ok(())
}

/// The addresses of a data header in the order the DS bits give them.
fn data_header(c: &mut Ctx, fc: u16, b: &[u8]) -> Res {
    let sub = subtype(fc);
    if sub & (DATA_CF_ACK | DATA_CF_POLL | DATA_QOS) != 0 {
        c.s("CF ");
        c.s(match (sub & DATA_CF_ACK != 0, sub & DATA_CF_POLL != 0) {
            (true, true) => "Ack/Poll",
            (true, false) => "Ack",
            (false, true) => "Poll",
            (false, false) => "",
        });
        if sub & DATA_QOS != 0 {
            c.s("+QoS");
        }
        c.s(" ");
    }
    let fields: &[(&str, usize)] = match (fc & FC_TO_DS != 0, fc & FC_FROM_DS != 0) {
        (false, false) => &[("DA:", ADDR1), ("SA:", ADDR2), ("BSSID:", ADDR3)],
        (false, true) => &[("DA:", ADDR1), ("BSSID:", ADDR2), ("SA:", ADDR3)],
        (true, false) => &[("BSSID:", ADDR1), ("SA:", ADDR2), ("DA:", ADDR3)],
        (true, true) => &[
            ("RA:", ADDR1),
            ("TA:", ADDR2),
            ("DA:", ADDR3),
            ("SA:", ADDR4),
        ],
    };
    for &(tag, at) in fields {
        tagged_addr(c, tag, b, at)?;
        c.s(" ");
    }
    Ok(())
}

/// get_data_src_dst_mac: where a data frame's source and destination are.
fn data_src_dst(fc: u16) -> (usize, usize) {
    match (fc & FC_TO_DS != 0, fc & FC_FROM_DS != 0) {
        (false, false) => (ADDR2, ADDR1),
        (false, true) => (ADDR3, ADDR1),
        (true, false) => (ADDR2, ADDR3),
        (true, true) => (ADDR4, ADDR3),
    }
}

/// BAR's " RA:.. TA:.. CTL(..) SEQ(..) ", which -e and the body both print.
fn bar_fields(c: &mut Ctx, b: &[u8]) -> Res {
    let (ra, ta) = (addr(b, ADDR1)?, addr(b, ADDR2)?);
    let (ctl, seq) = (le16(b, 16)?, le16(b, 18)?);
    c.s(" RA:");
    mac(c, ra);
    c.s(" TA:");
    mac(c, ta);
    c.s(" CTL(");
    c.out.hex(u64::from(ctl));
    c.s_dec(") SEQ(", seq);
    c.s(") ");
    Ok(())
}

/// ctrl_header_print: the addresses of a control frame (-e).
fn ctrl_header(c: &mut Ctx, fc: u16, b: &[u8]) -> Res {
    match subtype(fc) {
        CTRL_BAR => bar_fields(c, b)?,
        CTRL_BA | CTRL_CTS | CTRL_ACK => tagged_addr(c, "RA:", b, ADDR1)?,
        CTRL_PS_POLL => {
            tagged_addr(c, "BSSID:", b, ADDR1)?;
            tagged_addr(c, " TA:", b, ADDR2)?;
        }
        CTRL_RTS => {
            tagged_addr(c, "RA:", b, ADDR1)?;
            tagged_addr(c, " TA:", b, ADDR2)?;
        }
        CTRL_CF_END | CTRL_END_ACK => {
            tagged_addr(c, "RA:", b, ADDR1)?;
            tagged_addr(c, " BSSID:", b, ADDR2)?;
        }
        _ => return Ok(()),
    }
    if subtype(fc) != CTRL_BAR {
        c.s(" ");
    }
    Ok(())
}

fn ctrl_name(sub: u16) -> &'static str {
    match sub {
        CTRL_CONTROL_WRAPPER => "Control Wrapper",
        CTRL_BAR => "BAR",
        CTRL_BA => "BA",
        CTRL_PS_POLL => "Power Save-Poll",
        CTRL_RTS => "Request-To-Send",
        CTRL_CTS => "Clear-To-Send",
        CTRL_ACK => "Acknowledgment",
        CTRL_CF_END => "CF-End",
        CTRL_END_ACK => "CF-End+CF-Ack",
        _ => "Unknown Ctrl Subtype",
    }
}

/// ctrl_body_print: the subtype's name and, without -e, the address that
/// names the other end. `b` is the whole frame from its frame control.
/// Ok(false) when the frame is shorter than its subtype's header.
fn ctrl_body(c: &mut Ctx, fc: u16, b: &[u8]) -> Res<bool> {
    let sub = subtype(fc);
    c.s(ctrl_name(sub));
    let (need, tag, at) = match sub {
        CTRL_BAR => (20, "", 0),
        CTRL_BA | CTRL_CTS | CTRL_ACK => (10, " RA:", ADDR1),
        CTRL_PS_POLL => (16, "", 0),
        CTRL_RTS => (16, " TA:", ADDR2),
        CTRL_CF_END | CTRL_END_ACK => (16, " RA:", ADDR1),
        _ => return Ok(true),
    };
    if b.len() < need {
        return Ok(false);
    }
    match sub {
        CTRL_PS_POLL => {
            c.s(" AID(");
            c.out.hex(u64::from(le16(b, 2)?));
            c.s(")");
        }
        _ if c.o.link_header => {}
        CTRL_BAR => bar_fields(c, b)?,
        _ => {
            tagged_addr(c, tag, b, at)?;
            c.s(" ");
        }
    }
    Ok(true)
}

/// wep_print: the IV, pad and key ID of a protected frame's body.
/// Ok(false) when the four bytes are not all there.
fn wep(c: &mut Ctx, b: &[u8]) -> Res<bool> {
    if b.len() < 4 {
        return Ok(false);
    }
    let iv = le32(b, 0)?;
    c.s(" IV:");
    // "%3x": right-aligned in three columns.
    let iv24 = u64::from(iv & 0xff_ffff);
    let digits = (64 - iv24.leading_zeros()).div_ceil(4).max(1);
    for _ in digits..3 {
        c.s(" ");
    }
    c.out.hex(iv24);
    c.s(" Pad ");
    c.out.hex(u64::from((iv >> 24) & 0x3f));
    c.s(" KeyID ");
    c.out.hex(u64::from(iv >> 30));
    Ok(true)
}
