//! IS-IS (ISO 10589, RFC 1195; isis_print): the common header, the fixed
//! header of each PDU type (hellos, LSPs, CSNP/PSNP), then with -v the
//! TLVs (isis_tlv.rs). Without -v one line per PDU.

use super::super::out::Emit;
use super::super::{Ctx, Res, Trunc, be16, be32, bytes, u8at};
use super::{print_cksum, unknown_data};

const COMMON_LEN: usize = 8;
pub(super) const SYSTEM_ID_LEN: usize = 6;
pub(super) const NODE_ID_LEN: usize = SYSTEM_ID_LEN + 1;
pub(super) const LSP_ID_LEN: usize = SYSTEM_ID_LEN + 2;
const VERSION: u8 = 1;

const L1_LAN_IIH: u8 = 15;
const L2_LAN_IIH: u8 = 16;
const PTP_IIH: u8 = 17;
const L1_LSP: u8 = 18;
const L2_LSP: u8 = 20;
const L1_CSNP: u8 = 24;
const L2_CSNP: u8 = 25;
const L1_PSNP: u8 = 26;
const L2_PSNP: u8 = 27;

/// The fixed headers after the common one, by PDU type.
const LAN_IIH_LEN: usize = 1 + SYSTEM_ID_LEN + 2 + 2 + 1 + NODE_ID_LEN;
const PTP_IIH_LEN: usize = 1 + SYSTEM_ID_LEN + 2 + 2 + 1;
const LSP_LEN: usize = 2 + 2 + LSP_ID_LEN + 4 + 2 + 1;
const CSNP_LEN: usize = 2 + NODE_ID_LEN + 2 * LSP_ID_LEN;
const PSNP_LEN: usize = 2 + NODE_ID_LEN;

fn pdu_name(t: u8) -> Option<&'static str> {
    Some(match t {
        L1_LAN_IIH => "L1 Lan IIH",
        L2_LAN_IIH => "L2 Lan IIH",
        PTP_IIH => "p2p IIH",
        L1_LSP => "L1 LSP",
        L2_LSP => "L2 LSP",
        L1_CSNP => "L1 CSNP",
        L2_CSNP => "L2 CSNP",
        L1_PSNP => "L1 PSNP",
        L2_PSNP => "L2 PSNP",
        _ => return None,
    })
}

fn circuit_type(c: &mut Ctx, t: u8) {
    match t {
        1 => c.s("Level 1 only"),
        2 => c.s("Level 2 only"),
        3 => c.s("Level 1, Level 2"),
        _ => {
            c.s("unknown circuit type 0x");
            c.out.hex0(u64::from(t), 2);
        }
    }
}

/// `label`, then the id of `id_len` bytes at `at`, read before the label
/// is printed as tcpdump's GET_ macros read it.
pub(super) fn labelled_id(c: &mut Ctx, label: &str, b: &[u8], at: usize, id_len: usize) -> Res {
    bytes(b, at, id_len)?;
    c.s(label);
    print_id(c, b, at, id_len)
}

/// isis_print_id: a system ID as xxxx.xxxx.xxxx, a node ID with ".nn"
/// after it, an LSP ID with "-nn" after that.
pub(super) fn print_id(c: &mut Ctx, b: &[u8], at: usize, id_len: usize) -> Res {
    let id = bytes(b, at, id_len)?;
    for (i, &byte) in id.iter().take(SYSTEM_ID_LEN).enumerate() {
        c.out.hex0(u64::from(byte), 2);
        if i == 1 || i == 3 {
            c.out.ch(b'.');
        }
    }
    if id_len >= NODE_ID_LEN {
        c.out.ch(b'.');
        c.out.hex0(u64::from(id[SYSTEM_ID_LEN]), 2);
    }
    if id_len == LSP_ID_LEN {
        c.out.ch(b'-');
        c.out.hex0(u64::from(id[NODE_ID_LEN]), 2);
    }
    Ok(())
}

/// printf's "%5u": right-aligned in five columns.
pub(super) fn dec5(c: &mut Ctx, v: u64) {
    let digits = v.to_string();
    for _ in digits.len()..5 {
        c.out.ch(b' ');
    }
    c.s(&digits);
}

/// A header complaint that makes isis_print give up (the caller dumps).
fn refuse(c: &mut Ctx, what: &str, a: u64, between: &str, b: u64) -> Res<bool> {
    c.dec_fields(&[(what, a), (between, b)]);
    Ok(false)
}

/// isis_print: `b` from the NLPID. Ok(false) when tcpdump gives up on the
/// header and the caller dumps the PDU.
pub(super) fn isis(c: &mut Ctx, b: &[u8], length: usize) -> Res<bool> {
    c.proto = "isis";
    bytes(b, 0, COMMON_LEN)?;
    if length < COMMON_LEN {
        return Err(Trunc);
    }
    let sep = if c.o.link_header { "" } else { ", " };
    if !c.o.link_header {
        c.s("IS-IS");
    }
    let fixed_len = b[1];
    let version = b[2];
    let pdu_id_len = b[3];
    let pdu_type = b[4];
    let pdu_version = b[5];
    let pdu_max_area = b[7];
    if version != VERSION {
        c.version_not_supported("", version);
        return Ok(false);
    }
    if usize::from(pdu_id_len) != SYSTEM_ID_LEN && pdu_id_len != 0 {
        c.s_dec("system ID length of ", pdu_id_len);
        c.s(" is not supported");
        return Ok(false);
    }
    if pdu_version != VERSION {
        c.version_not_supported("", pdu_version);
        return Ok(false);
    }
    if length < usize::from(fixed_len) {
        return refuse(
            c,
            "fixed header length ",
            fixed_len.into(),
            " > packet length ",
            length as u64,
        );
    }
    if usize::from(fixed_len) < COMMON_LEN {
        return refuse(
            c,
            "fixed header length ",
            fixed_len.into(),
            " < minimum header size ",
            COMMON_LEN as u64,
        );
    }
    let max_area = match pdu_max_area {
        0 => 3,
        255 => {
            c.s("bad packet -- 255 areas");
            return Ok(false);
        }
        n => n,
    };
    // Only 0 (meaning 6) and 6 are left after the check above.
    let id_len = 6u8;

    if c.o.verbose == 0 {
        c.s(sep);
        match pdu_name(pdu_type) {
            Some(n) => c.s(n),
            None => {
                c.s_dec("unknown PDU-Type ", pdu_type);
            }
        }
    } else {
        c.s(sep);
        c.s_dec("length ", length as u64);
        c.s("\n\t");
        match pdu_name(pdu_type) {
            Some(n) => c.s(n),
            None => {
                c.s_dec("unknown, type ", pdu_type);
            }
        }
        c.dec_fields(&[
            (", hlen: ", u64::from(fixed_len)),
            (", v: ", u64::from(version)),
            (", pdu-v: ", u64::from(pdu_version)),
            (", sys-id-len: ", u64::from(id_len)),
            (" (", u64::from(pdu_id_len)),
            ("), max-area: ", u64::from(max_area)),
            (" (", u64::from(pdu_max_area)),
        ]);
        c.s(")");
        if c.o.verbose > 1 {
            unknown_data(c, b, 0, "\n\t", COMMON_LEN);
        }
    }

    let h = COMMON_LEN;
    let fixed = match pdu_type {
        L1_LAN_IIH | L2_LAN_IIH => LAN_IIH_LEN,
        PTP_IIH => PTP_IIH_LEN,
        L1_LSP | L2_LSP => LSP_LEN,
        L1_CSNP | L2_CSNP => CSNP_LEN,
        L1_PSNP | L2_PSNP => PSNP_LEN,
        _ => {
            if c.o.verbose == 0 {
                c.s_dec(", length ", length as u64);
                return Ok(true);
            }
            unknown_data(c, b, h, "\n\t  ", length);
            return Ok(false);
        }
    };
    if usize::from(fixed_len) != COMMON_LEN + fixed {
        // tcpdump's PSNP message starts with a dash and its LSP one
        // names the wrong size; both as printed.
        let (lead, should) = match pdu_type {
            L1_PSNP | L2_PSNP => ("- bogus fixed header length ", COMMON_LEN + fixed),
            L1_LSP | L2_LSP => (", bogus fixed header length ", fixed),
            _ => (", bogus fixed header length ", COMMON_LEN + fixed),
        };
        return refuse(c, lead, fixed_len.into(), " should be ", should as u64);
    }
    bytes(b, h, fixed)?;
    if length < COMMON_LEN + fixed {
        return Err(Trunc);
    }
    let mut length = length;
    let pdu_len = usize::from(be16(
        b,
        h + if matches!(pdu_type, L1_LAN_IIH | L2_LAN_IIH | PTP_IIH) {
            9
        } else {
            0
        },
    )?);
    if c.o.verbose == 0 {
        brief(c, b, pdu_type)?;
        c.s_dec(", length ", length as u64);
        return Ok(true);
    }
    length = length.min(pdu_len);
    match pdu_type {
        L1_LAN_IIH | L2_LAN_IIH => {
            hello_source(c, b, ",  ")?;
            c.s("\n\t  lan-id:    ");
            print_id(c, b, h + 12, NODE_ID_LEN)?;
            c.dec_fields(&[
                (", Priority: ", u64::from(b[h + 11] & 0x7f)),
                (", PDU length: ", pdu_len as u64),
            ]);
        }
        PTP_IIH => {
            hello_source(c, b, ", ")?;
            c.s("\n\t  circuit-id: 0x");
            c.out.hex0(u64::from(b[h + 11]), 2);
            c.s_dec(", PDU length: ", pdu_len as u64);
        }
        L1_LSP | L2_LSP => lsp_header(c, b, length, pdu_len)?,
        L1_CSNP | L2_CSNP => {
            c.s("\n\t  source-id:    ");
            print_id(c, b, h + 2, NODE_ID_LEN)?;
            c.s_dec(", PDU length: ", pdu_len as u64);
            c.s("\n\t  start lsp-id: ");
            print_id(c, b, h + 2 + NODE_ID_LEN, LSP_ID_LEN)?;
            c.s("\n\t  end lsp-id:   ");
            print_id(c, b, h + 2 + NODE_ID_LEN + LSP_ID_LEN, LSP_ID_LEN)?;
        }
        _ => {
            c.s("\n\t  source-id:    ");
            print_id(c, b, h + 2, NODE_ID_LEN)?;
            c.s_dec(", PDU length: ", pdu_len as u64);
        }
    }
    if c.o.verbose > 1 {
        unknown_data(c, b, h, "\n\t  ", fixed);
    }
    // INVALID_OR_DECREMENT: a PDU length short of the headers leaves
    // nothing to decode.
    let Some(tlv_len) = length.checked_sub(COMMON_LEN + fixed) else {
        c.dec_fields(&[
            (" [packet length ", length as u64),
            (" < ", (COMMON_LEN + fixed) as u64),
        ]);
        c.s("]");
        c.invalid();
        return Ok(true);
    };
    super::isis_tlv::tlvs(c, b, COMMON_LEN + fixed, tlv_len, length)?;
    Ok(true)
}

/// A hello's source, holding time and circuit type with -v; the LAN
/// form has two spaces before "holding", the p2p form one.
fn hello_source(c: &mut Ctx, b: &[u8], gap: &str) -> Res {
    let h = COMMON_LEN;
    c.s("\n\t  source-id: ");
    print_id(c, b, h + 1, SYSTEM_ID_LEN)?;
    c.s(gap);
    c.s("holding time: ");
    c.dec(be16(b, h + 7)?);
    c.s("s, Flags: [");
    circuit_type(c, b[h]);
    c.s("]");
    Ok(())
}

/// The brief account of the fixed header without -v.
fn brief(c: &mut Ctx, b: &[u8], pdu_type: u8) -> Res {
    let h = COMMON_LEN;
    match pdu_type {
        L1_LAN_IIH | L2_LAN_IIH => {
            c.s(", src-id ");
            print_id(c, b, h + 1, SYSTEM_ID_LEN)?;
            c.s(", lan-id ");
            print_id(c, b, h + 12, NODE_ID_LEN)?;
            c.s(", prio ");
            c.dec(u8at(b, h + 11)?);
        }
        PTP_IIH => {
            c.s(", src-id ");
            print_id(c, b, h + 1, SYSTEM_ID_LEN)?;
        }
        L1_LSP | L2_LSP => {
            lsp_id_seq_lifetime(c, b, [", lsp-id ", ", seq 0x", ", lifetime "])?;
            c.s("s");
        }
        _ => {
            c.s(", src-id ");
            print_id(c, b, h + 2, NODE_ID_LEN)?;
        }
    }
    Ok(())
}

/// An LSP's ID, sequence number and remaining lifetime, each after its
/// label (the brief and the -v forms label them differently).
fn lsp_id_seq_lifetime(c: &mut Ctx, b: &[u8], labels: [&str; 3]) -> Res {
    let h = COMMON_LEN;
    c.s(labels[0]);
    print_id(c, b, h + 4, LSP_ID_LEN)?;
    c.s(labels[1]);
    c.out.hex0(u64::from(be32(b, h + 12)?), 8);
    c.s(labels[2]);
    dec5(c, be16(b, h + 2)?.into());
    Ok(())
}

/// The LSP's fixed header with -v: ID, sequence, lifetime, checksum
/// verdict and the type block's flags.
fn lsp_header(c: &mut Ctx, b: &[u8], length: usize, pdu_len: usize) -> Res {
    let h = COMMON_LEN;
    lsp_id_seq_lifetime(c, b, ["\n\t  lsp-id: ", ", seq: 0x", ", lifetime: "])?;
    c.s("s\n\t  chksum: 0x");
    let cksum = be16(b, h + 16)?;
    c.out.hex0(u64::from(cksum), 4);
    // The checksum covers the PDU from the LSP ID on.
    let from = &b[h + 4..];
    print_cksum(c, from, cksum, 12, length.wrapping_sub(12));
    c.s_dec(", PDU length: ", pdu_len as u64);
    c.s(", Flags: [ ");
    let tb = b[h + 18];
    if tb & 0x4 != 0 {
        c.s("Overload bit set, ");
    }
    if tb & 0x78 != 0 {
        for (bit, name) in [
            (0x8, "default "),
            (0x10, "delay "),
            (0x20, "expense "),
            (0x40, "error "),
        ] {
            if tb & bit != 0 {
                c.s(name);
            }
        }
        c.s("ATT bit set, ");
    }
    if tb & 0x80 != 0 {
        c.s("P bit set, ");
    }
    c.s(match tb & 0x3 {
        0 => "Unused 0x0 (invalid)",
        1 => "L1 IS",
        2 => "Unused 0x2 (invalid)",
        _ => "L2 IS",
    });
    c.s(" ]");
    Ok(())
}
