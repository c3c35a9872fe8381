//! Top-level TLVs other than LFB selectors: the association setup result,
//! the teardown reason and a redirect's metadata and data.

use super::{
    Ctx, Outcome, Res, TLV_HDR, align4, be32, hex, hex_dump, ilv_check, spaces, tlv_at, tlv_check,
};

/// A result code TLV: its name in complaints, the largest code, what
/// comes before the indent at -vvv, the names of the codes and the name
/// of the others.
pub(super) struct ResultTlv {
    name: &'static str,
    max: u32,
    lead: &'static str,
    codes: &'static [&'static str],
    other: &'static str,
}

pub(super) const TEARDOWN: ResultTlv = ResultTlv {
    name: "ASTresult",
    max: 255,
    lead: "Teardown reason:\n",
    codes: &[
        "Normal Teardown",
        "Loss of Heartbeats",
        "Out of bandwidth",
        "Out of Memory",
        "Application Crash",
    ],
    other: "Unknown Teardown reason",
};

pub(super) const SETUP_RESULT: ResultTlv = ResultTlv {
    name: "ASRresult",
    max: 3,
    lead: "\n",
    codes: &["Success ", "FE ID invalid ", "permission denied "],
    other: "Unknown ",
};

/// asttlv_print, asrtlv_print: a TLV holding one 32-bit result code.
pub(super) fn result_code(
    c: &mut Ctx,
    b: &[u8],
    at: usize,
    len: usize,
    indent: usize,
    kind: &ResultTlv,
) -> Res<Outcome> {
    let dlen = len - TLV_HDR;
    if dlen != 4 {
        c.s("illegal ");
        c.s(kind.name);
        c.s_dec("-TLV: ", dlen as u64);
        c.s(" bytes!\n");
        return Ok(Outcome::Failed);
    }
    let code = be32(b, at)?;
    if code > kind.max {
        c.s("illegal ");
        c.s(kind.name);
        c.s_dec(" result code: ", code);
        c.s("!\n");
        return Ok(Outcome::Failed);
    }
    if c.o.verbose >= 3 {
        let ib = spaces(indent);
        c.s(kind.lead);
        c.s(ib);
        c.s(kind.codes.get(code as usize).copied().unwrap_or(kind.other));
        c.s("(");
        hex(c, code);
        c.s(")\n");
        c.s(ib);
    }
    Ok(Outcome::Printed)
}

/// The redirect TLVs.
const METADATA: u16 = 0x0115;
const REDIRECT_DATA: u16 = 0x0116;

/// redirect_print: a Packet Redirect's metadata and data TLVs.
pub(super) fn redirect(
    c: &mut Ctx,
    b: &[u8],
    mut at: usize,
    len: usize,
    indent: usize,
) -> Res<Outcome> {
    let dlen = len - TLV_HDR;
    if dlen <= 8 {
        return Ok(short_tlv(c, "Redirect TLV", 8 - dlen));
    }
    let mut rlen = dlen;
    let indent = indent + 1;
    while rlen != 0 {
        let (kind, tlvl) = tlv_at(b, at)?;
        if tlv_check(tlvl, rlen) != 0 {
            c.s("Bad Redirect data\n");
            break;
        }
        match kind {
            METADATA => metadata(c, b, at + TLV_HDR, tlvl, indent)?,
            REDIRECT_DATA => redirect_data(c, b, at + TLV_HDR, tlvl, indent)?,
            _ => {
                c.s("Unknown REDIRECT TLV 0x");
                hex(c, kind);
                c.s_dec(" len ", tlvl as u64);
                c.s("\n");
            }
        }
        at += align4(tlvl);
        rlen -= align4(tlvl);
    }
    leftover(c, b, at, rlen, "Redirect TLV header")
}

/// "truncated WHAT: N bytes missing! ": a TLV too short for its fixed
/// fields; the message's printing fails.
pub(super) fn short_tlv(c: &mut Ctx, what: &str, missing: usize) -> Outcome {
    c.s("\n\t\ttruncated ");
    c.s(what);
    c.s_dec(": ", missing as u64);
    c.s(" bytes missing! ");
    Outcome::Failed
}

/// After a run of TLVs: printed when they used up all `rlen` bytes, else
/// the one at `at` is messy and the printing fails.
pub(super) fn leftover(c: &mut Ctx, b: &[u8], at: usize, rlen: usize, what: &str) -> Res<Outcome> {
    if rlen == 0 {
        return Ok(Outcome::Printed);
    }
    messy(c, b, at, rlen, what)?;
    Ok(Outcome::Failed)
}

/// "Messy ... type (0xT) excess of N Bytes": the TLV at `at` does not fit
/// the `rlen` bytes left (N wraps as tcpdump's unsigned subtraction does).
pub(super) fn messy(c: &mut Ctx, b: &[u8], at: usize, rlen: usize, what: &str) -> Res {
    let (kind, tlvl) = tlv_at(b, at)?;
    c.s("\n\t\tMessy ");
    c.s(what);
    c.s(", type (0x");
    hex(c, kind);
    c.s_dec(")\n\t\texcess of ", (rlen as u32).wrapping_sub(tlvl as u32));
    c.s(" Bytes ");
    Ok(())
}

/// print_metatlv: the metadata ILVs of a redirect, up to the first that
/// does not fit.
fn metadata(c: &mut Ctx, b: &[u8], mut at: usize, len: usize, indent: usize) -> Res {
    let mut rlen = len - TLV_HDR;
    c.s("\n");
    c.s(spaces(indent));
    c.s_dec(" METADATA length ", rlen as u64);
    c.s("\n");
    while rlen != 0 {
        if ilv_check(b, at, rlen)? != 0 {
            break;
        }
        let ilvl = be32(b, at + 4)?;
        c.s(spaces(indent + 1));
        c.s("MetaID 0x");
        hex(c, be32(b, at)?);
        c.s_dec(" length ", ilvl);
        c.s("\n");
        if c.o.verbose >= 3 {
            hex_dump(c, b, at + 8, ilvl as usize - 8, "\t\t[")?;
            c.s(" ]\n");
        }
        at += align4(ilvl as usize);
        rlen -= align4(ilvl as usize);
    }
    Ok(())
}

/// print_reddata: the redirected packet, in hex at -vvv.
fn redirect_data(c: &mut Ctx, b: &[u8], at: usize, len: usize, indent: usize) -> Res {
    let rlen = len - TLV_HDR;
    c.s("\n");
    c.s(spaces(indent));
    c.s_dec(" Redirect Data length ", rlen as u64);
    c.s("\n");
    if c.o.verbose >= 3 {
        c.s("\t\t[");
        hex_dump(c, b, at, rlen, "\n\t\t")?;
        c.s("\n\t\t]");
    }
    Ok(())
}
