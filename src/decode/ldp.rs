//! LDP (print-ldp.c, RFC 5036), on UDP and TCP port 646: the PDU header,
//! and with -v each message and its TLVs (FEC elements, addresses,
//! session parameters, status), with -vv a hex dump of each message.

use super::af::AF_VALUES;
use super::ctx::{Ctx, Res, Trunc, be16, be32, bytes, codes, print_char, tcheck, u8at};
use super::l2vpn::MPLS_PW_TYPES;
use super::out::Emit;

/// Version, PDU length, LSR ID, label space.
const COMMON_HEADER_LEN: usize = 10;
/// Type, length, message ID.
const MSG_HEADER_LEN: usize = 8;

codes! {
    /// ldp_msg_values.
    MSG_NAMES: u16 {
        MSG_NOTIF = 0x0001 => "Notification",
        MSG_HELLO = 0x0100 => "Hello",
        MSG_INIT = 0x0200 => "Initialization",
        MSG_KEEPALIVE = 0x0201 => "Keepalive",
        MSG_ADDRESS = 0x0300 => "Address",
        MSG_ADDRESS_WITHDRAW = 0x0301 => "Address Withdraw",
        MSG_LABEL_MAPPING = 0x0400 => "Label Mapping",
        _ = 0x0401 => "Label Request",
        MSG_LABEL_WITHDRAW = 0x0402 => "Label Withdraw",
        _ = 0x0403 => "Label Release",
        _ = 0x0404 => "Label Abort Request",
    }
}

codes! {
    /// ldp_tlv_values.
    TLV_NAMES: u16 {
        TLV_FEC = 0x0100 => "FEC",
        TLV_ADDRESS_LIST = 0x0101 => "Address List",
        _ = 0x0103 => "Hop Count",
        _ = 0x0104 => "Path Vector",
        TLV_GENERIC_LABEL = 0x0200 => "Generic Label",
        _ = 0x0201 => "ATM Label",
        _ = 0x0202 => "Frame-Relay Label",
        TLV_STATUS = 0x0300 => "Status",
        _ = 0x0301 => "Extended Status",
        _ = 0x0302 => "Returned PDU",
        _ = 0x0303 => "Returned Message",
        TLV_COMMON_HELLO = 0x0400 => "Common Hello Parameters",
        TLV_IPV4_TRANSPORT_ADDR = 0x0401 => "IPv4 Transport Address",
        TLV_CONFIG_SEQ_NUMBER = 0x0402 => "Configuration Sequence Number",
        TLV_IPV6_TRANSPORT_ADDR = 0x0403 => "IPv6 Transport Address",
        TLV_COMMON_SESSION = 0x0500 => "Common Session Parameters",
        _ = 0x0501 => "ATM Session Parameters",
        _ = 0x0502 => "Frame-Relay Session Parameters",
        TLV_FT_SESSION = 0x0503 => "Fault-Tolerant Session Parameters",
        _ = 0x0600 => "Label Request Message ID",
        TLV_MTU = 0x0601 => "MTU",
    }
}

codes! {
    /// ldp_fec_values.
    FEC_NAMES: u8 {
        _ = 0x01 => "Wildcard",
        FEC_PREFIX = 0x02 => "Prefix",
        _ = 0x03 => "Host address",
        FEC_MARTINI_VC = 0x80 => "Martini VC",
    }
}

codes! {
    /// ldp_fec_martini_ifparm_values.
    IFPARM_NAMES: u8 {
        IFPARM_MTU = 0x01 => "MTU",
        IFPARM_DESC = 0x03 => "Description",
        IFPARM_VCCV = 0x0c => "VCCV",
    }
}

/// A flag bit, the word tcpdump prints when it is set and when it is
/// clear, and the text after the word.
type FlagWords = (u32, &'static str, &'static str, &'static str);

/// A TLV type's U and F bits.
const TLV_FLAGS: &[FlagWords] = &[
    (0x8000, "continue processing", "ignore", " and "),
    (0x4000, "do", "don't", " forward if unknown]"),
];

/// Common Session Parameters: the A and D bits.
const SESSION_FLAGS: &[FlagWords] = &[
    (0x8000, "On Demand", "Unsolicited", ", Loop Detection "),
    (0x4000, "Enabled", "Disabled", "]"),
];

/// A status code's E and F bits.
const STATUS_FLAGS: &[FlagWords] = &[
    (0x80000000, "Fatal error", "Advisory Notification", " and "),
    (0x40000000, "do", "don't", " forward]"),
];

/// Fault-Tolerant Session Parameters (RFC 3479).
const FT_SESSION_FLAGS: &[FlagWords] = &[
    (0x8000, "", "No ", "Reconnect, "),
    (0x8, "", "Don't ", "Save State, "),
    (0x4, "", "No ", "All-Label Protection, "),
    (
        0x2,
        "Sequence Numbered Label",
        "All Labels",
        " Checkpoint, ",
    ),
    (0x1, "", "Don't ", "Re-Learn State]"),
];

/// A message type's U bit.
const MSG_FLAGS: &[FlagWords] = &[(0x8000, "continue processing", "ignore", " if unknown]")];

/// Common Hello Parameters: the T bit (the R bit is a phrase of its own).
const HELLO_FLAGS: &[FlagWords] = &[(0x8000, "Targeted", "Link", " Hello")];

/// draft-ietf-pwe3-vccv-04: control channels and connectivity checks.
const VCCV_CC: &[(u32, &str)] = &[
    (0x01, "PWE3 control word"),
    (0x02, "MPLS Router Alert Label"),
    (0x04, "MPLS inner label TTL = 1"),
];
const VCCV_CV: &[(u32, &str)] = &[(0x01, "ICMP Ping"), (0x02, "LSP Ping"), (0x04, "BFD")];

const AFNUM_INET: u16 = 1;
const AFNUM_INET6: u16 = 2;

/// ldp_print: PDUs while more than a common and a message header remain
/// (without -v only the first PDU's header).
pub(crate) fn ldp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "ldp";
    let mut len = u32::try_from(length).unwrap_or(u32::MAX);
    let mut at = 0usize;
    while len > (COMMON_HEADER_LEN + MSG_HEADER_LEN) as u32 {
        let processed = pdu(c, b, at)?;
        if processed == 0 {
            return Ok(());
        }
        if len < processed {
            c.s(" [remaining length ");
            c.dec(len);
            c.s(" < ");
            c.dec(processed);
            c.s("]");
            c.invalid();
            break;
        }
        len -= processed;
        at += processed as usize;
    }
    Ok(())
}

/// ldp_pdu_print: the PDU at `at`; returns its length, or 0 to stop.
fn pdu(c: &mut Ctx, b: &[u8], at: usize) -> Res<u32> {
    tcheck(b, at, COMMON_HEADER_LEN)?;
    let sep = if c.o.verbose > 0 { "\n\t" } else { "" };
    let version = be16(b, at)?;
    if version != 1 {
        c.s(sep);
        c.s("LDP version ");
        c.dec(version);
        c.s(" packet not supported");
        return Ok(0);
    }
    let pdu_len = be16(b, at + 2)?;
    c.s(sep);
    if pdu_len < 6 {
        c.s("LDP, pdu-length: ");
        c.dec(pdu_len);
        c.s(" (too short, < 6)");
        return Ok(0);
    }
    c.s("LDP, Label-Space-ID: ");
    c.ip4(bytes(b, at + 4, 4)?);
    c.s(":");
    c.dec(be16(b, at + 8)?);
    c.s(", pdu-length: ");
    c.dec(pdu_len);
    if c.o.verbose < 1 {
        return Ok(0);
    }
    let mut tptr = at + COMMON_HEADER_LEN;
    // A 16-bit count, as tcpdump's u_short: a message longer than the
    // PDU wraps it rather than ending the loop (the reads then run into
    // the end of the capture).
    let mut tlen: u16 = pdu_len - 6;
    while tlen > 0 {
        tcheck(b, tptr, MSG_HEADER_LEN)?;
        let raw_type = be16(b, tptr)?;
        let msg_type = raw_type & 0x7fff;
        let msg_len = be16(b, tptr + 2)?;
        c.s("\n\t  ");
        named(c, MSG_NAMES, msg_type, " Message", 4);
        c.s(", length: ");
        c.dec(msg_len);
        if msg_len < 4 {
            c.s(" (too short, < 4)");
            return Ok(0);
        }
        c.s(", Message ID: 0x");
        c.out.hex0(u64::from(be32(b, tptr + 4)?), 8);
        c.s(", Flags: [");
        flag_words(c, raw_type, MSG_FLAGS);
        let mut msg_tptr = tptr + MSG_HEADER_LEN;
        let mut msg_tlen = u32::from(msg_len) - 4;
        tcheck(b, tptr, usize::from(msg_len))?;
        match msg_type {
            MSG_NOTIF | MSG_HELLO | MSG_INIT | MSG_KEEPALIVE | MSG_ADDRESS | MSG_LABEL_MAPPING
            | MSG_ADDRESS_WITHDRAW | MSG_LABEL_WITHDRAW => {
                while msg_tlen >= 4 {
                    let processed = tlv(c, b, msg_tptr, msg_tlen)?;
                    if processed == 0 {
                        break;
                    }
                    msg_tlen -= processed;
                    msg_tptr += processed as usize;
                }
            }
            _ => {
                if c.o.verbose <= 1 {
                    c.unknown_data(b, msg_tptr, "\n\t  ", msg_tlen as usize);
                }
            }
        }
        if c.o.verbose > 1 {
            c.unknown_data(b, tptr + MSG_HEADER_LEN, "\n\t  ", usize::from(msg_len));
        }
        tptr += usize::from(msg_len) + 4;
        tlen = tlen.wrapping_sub(msg_len.wrapping_add(4));
    }
    Ok(u32::from(pdu_len) + 4)
}

/// ldp_tlv_print: the TLV at `at` within `msg_tlen` bytes of message;
/// returns its length with its header, or 0 when it runs past them.
fn tlv(c: &mut Ctx, b: &[u8], at: usize, msg_tlen: u32) -> Res<u32> {
    tcheck(b, at, 4)?;
    let tlv_len = be16(b, at + 2)?;
    if u32::from(tlv_len) + 4 > msg_tlen {
        c.s("\n\t\t TLV contents go past end of message");
        return Ok(0);
    }
    let raw_type = be16(b, at)?;
    let tlv_type = raw_type & 0x3fff;
    c.s("\n\t    ");
    named(c, TLV_NAMES, tlv_type, " TLV", 4);
    c.s(", length: ");
    c.dec(tlv_len);
    c.s(", Flags: [");
    flag_words(c, raw_type, TLV_FLAGS);
    // A value shorter than its type needs is " (invalid)", and the
    // message goes on with the next TLV.
    match tlv_value(c, b, at + 4, tlv_type, tlv_len)? {
        Value::Done => {}
        Value::Short(left, min) => {
            c.s(" [tlv length ");
            c.dec(left);
            c.s(" < ");
            c.dec(min);
            c.s("]");
            c.invalid();
        }
    }
    Ok(u32::from(tlv_len) + 4)
}

enum Value {
    Done,
    /// TLV_TCHECK failed: the bytes of value left (after the fields
    /// already read), and the least it needed.
    Short(u16, u16),
}

/// TLV_TCHECK: unless the `tlen` bytes of value hold at least `min`,
/// the TLV is " [tlv length ..] (invalid)".
macro_rules! need {
    ($tlen:expr, $min:expr) => {
        if $tlen < $min {
            return Ok(Value::Short($tlen, $min));
        }
    };
}

/// How a one-field TLV value prints.
#[derive(Clone, Copy)]
enum Field {
    Addr,
    /// A big-endian number, masked.
    Number(u32),
}

/// The TLVs whose value is one field printed after a label: type,
/// field size, label, kind.
const ONE_FIELD_TLVS: &[(u16, u16, &str, Field)] = &[
    (
        TLV_IPV4_TRANSPORT_ADDR,
        4,
        "IPv4 Transport Address: ",
        Field::Addr,
    ),
    (
        TLV_IPV6_TRANSPORT_ADDR,
        16,
        "IPv6 Transport Address: ",
        Field::Addr,
    ),
    (
        TLV_CONFIG_SEQ_NUMBER,
        4,
        "Sequence Number: ",
        Field::Number(u32::MAX),
    ),
    (TLV_GENERIC_LABEL, 4, "Label: ", Field::Number(0xfffff)),
    (TLV_MTU, 2, "MTU: ", Field::Number(u32::MAX)),
];

/// The value of a TLV of type `tlv_type`, `tlen` bytes at `p`.
fn tlv_value(c: &mut Ctx, b: &[u8], p: usize, tlv_type: u16, tlen: u16) -> Res<Value> {
    if let Some(&(_, size, label, kind)) = ONE_FIELD_TLVS.iter().find(|r| r.0 == tlv_type) {
        need!(tlen, size);
        let v = bytes(b, p, usize::from(size))?;
        c.s("\n\t      ");
        c.s(label);
        match kind {
            Field::Addr => addr(c, v),
            Field::Number(mask) => c.dec(v.iter().fold(0, |n, &x| n << 8 | u32::from(x)) & mask),
        }
        return Ok(Value::Done);
    }
    match tlv_type {
        TLV_COMMON_HELLO => {
            need!(tlen, 4);
            let (hold, flags) = (be16(b, p)?, be16(b, p + 2)?);
            c.s("\n\t      Hold Time: ");
            c.dec(hold);
            c.s("s, Flags: [");
            flag_words(c, flags, HELLO_FLAGS);
            if flags & 0x4000 != 0 {
                c.s(", Request for targeted Hellos");
            }
            c.s("]");
        }
        TLV_ADDRESS_LIST => {
            need!(tlen, 2);
            let af = be16(b, p)?;
            c.s("\n\t      Address Family: ");
            c.tok_or(AF_VALUES, af.into(), "Unknown (", ")");
            c.s(", addresses");
            let size = match af {
                AFNUM_INET => 4,
                AFNUM_INET6 => 16,
                _ => return Ok(Value::Done),
            };
            let mut left = usize::from(tlen - 2);
            let mut q = p + 2;
            while left >= size {
                let a = bytes(b, q, size)?;
                c.s(" ");
                addr(c, a);
                left -= size;
                q += size;
            }
        }
        TLV_COMMON_SESSION => {
            need!(tlen, 8);
            let (version, keepalive, flags) = (be16(b, p)?, be16(b, p + 2)?, be16(b, p + 6)?);
            c.s("\n\t      Version: ");
            c.dec(version);
            c.s(", Keepalive: ");
            c.dec(keepalive);
            c.s("s, Flags: [Downstream ");
            flag_words(c, flags, SESSION_FLAGS);
        }
        TLV_FEC => {
            need!(tlen, 1);
            let fec_type = u8at(b, p)?;
            c.s("\n\t      ");
            named(c, FEC_NAMES, fec_type, " FEC", 2);
            return fec(c, b, p + 1, fec_type, tlen - 1);
        }
        TLV_STATUS => {
            need!(tlen, 8);
            let status = be32(b, p)?;
            c.s("\n\t      Status: 0x");
            c.out.hex0(u64::from(status & 0x3fffffff), 2);
            c.s(", Flags: [");
            flag_words(c, status, STATUS_FLAGS);
            let msg_id = be32(b, p + 4)?;
            if msg_id != 0 {
                c.s(", causing Message ID: 0x");
                c.out.hex0(u64::from(msg_id), 8);
            }
        }
        TLV_FT_SESSION => {
            need!(tlen, 12);
            let flags = be16(b, p)?;
            c.s("\n\t      Flags: [");
            flag_words(c, flags, FT_SESSION_FLAGS);
            for (off, name) in [(4, ", Reconnect Timeout: "), (8, ", Recovery Time: ")] {
                let ms = be32(b, p + off)?;
                if ms != 0 {
                    c.s(name);
                    c.dec(ms);
                    c.s("ms");
                }
            }
        }
        _ => {
            if c.o.verbose <= 1 {
                c.unknown_data(b, p, "\n\t      ", usize::from(tlen));
            }
        }
    }
    Ok(Value::Done)
}

/// LDP's flag fields as tcpdump words them: for each row, one of the two
/// words and the text after it.
fn flag_words(c: &mut Ctx, flags: impl Into<u32>, words: &[FlagWords]) {
    let flags = flags.into();
    for &(bit, set, clear, after) in words {
        c.s(if flags & bit != 0 { set } else { clear });
        c.s(after);
    }
}

/// An IPv4 or IPv6 address, by its length.
fn addr(c: &mut Ctx, a: &[u8]) {
    if a.len() == 4 { c.ip4(a) } else { c.ip6(a) }
}

/// "NAME what (0xCODE)": a message, TLV, FEC or interface parameter
/// code's name from `table` ("Unknown" when it has none), the kind of
/// field, and the code in `width` hex digits.
fn named(c: &mut Ctx, table: &[(u32, &str)], code: impl Into<u32>, what: &str, width: usize) {
    let code = code.into();
    c.tok(table, code, "Unknown");
    c.s(what);
    c.s(" (0x");
    c.out.hex0(u64::from(code), width);
    c.s(")");
}

/// A FEC element after its type byte: `tlen` bytes at `p`.
fn fec(c: &mut Ctx, b: &[u8], p: usize, fec_type: u8, tlen: u16) -> Res<Value> {
    match fec_type {
        FEC_PREFIX => {
            need!(tlen, 2);
            let af = be16(b, p)?;
            let item = usize::from(tlen - 2);
            match af {
                AFNUM_INET => prefix(c, b, p + 2, item, 4, "IPv4")?,
                AFNUM_INET6 => prefix(c, b, p + 2, item, 16, "IPv6")?,
                _ => {
                    c.s(": Address family ");
                    c.dec(af);
                    c.s(" prefix");
                }
            }
        }
        FEC_MARTINI_VC => {
            // The type is taken to be one of the pseudowire types.
            need!(tlen, 7);
            let info_len = u8at(b, p + 2)?;
            // tcpdump reads the type and group ID only once it knows the
            // VC ID's bytes are there too (or are not needed).
            let head = |c: &mut Ctx| -> Res {
                let (pw, group) = (be16(b, p)?, be32(b, p + 3)?);
                let vc_id = if info_len == 0 {
                    None
                } else {
                    Some(be32(b, p + 7)?)
                };
                c.s(": ");
                c.tok(MPLS_PW_TYPES, u32::from(pw & 0x7fff), "Unknown");
                c.s(", ");
                if pw & 0x8000 == 0 {
                    c.s("no ");
                }
                c.s("control word, group-ID ");
                c.dec(group);
                if let Some(id) = vc_id {
                    c.s(", VC-ID ");
                    c.dec(id);
                }
                Ok(())
            };
            // RFC 4908: a zero VC info length means no VC ID either.
            if info_len == 0 {
                head(c)?;
                c.s(", VC-info-length: 0");
                return Ok(Value::Done);
            }
            need!(tlen, 11);
            head(c)?;
            c.s(", VC-info-length: ");
            c.dec(info_len);
            if info_len < 4 {
                c.s(" (invalid, < 4");
                return Ok(Value::Done);
            }
            let info_len = info_len - 4;
            let tlen = tlen - 11;
            need!(tlen, u16::from(info_len));
            interface_parameters(c, b, p + 11, info_len)?;
        }
        _ => {}
    }
    Ok(Value::Done)
}

/// decode_prefix4/6 as LDP prints it: a prefix-length byte and the
/// address bytes it needs, within `item` bytes; a prefix running past
/// them ends the packet as a cut one does.
fn prefix(c: &mut Ctx, b: &[u8], p: usize, item: usize, size: usize, family: &str) -> Res {
    if item < 1 {
        return Err(Trunc);
    }
    let plen = u8at(b, p)?;
    if usize::from(plen) > size * 8 {
        c.s(": ");
        c.s(family);
        c.s(" prefix (invalid length)");
        return Ok(());
    }
    let n = usize::from(plen).div_ceil(8);
    if item - 1 < n {
        return Err(Trunc);
    }
    let mut a = [0u8; 16];
    a[..n].copy_from_slice(bytes(b, p + 1, n)?);
    if plen % 8 != 0 {
        a[n - 1] &= (0xff00u32 >> (plen % 8)) as u8;
    }
    c.s(": ");
    c.s(family);
    c.s(" prefix ");
    addr(c, &a[..size]);
    c.s("/");
    c.dec(plen);
    Ok(())
}

/// A Martini VC FEC's interface parameters: `left` bytes of
/// (type, length, value) at `p`.
fn interface_parameters(c: &mut Ctx, b: &[u8], p: usize, left: u8) -> Res {
    let mut left = left;
    let mut p = p;
    while left > 2 {
        let (kind, len) = (u8at(b, p)?, u8at(b, p + 1)?);
        if len < 2 || left < len {
            break;
        }
        c.s("\n\t\tInterface Parameter: ");
        named(c, IFPARM_NAMES, kind, "", 2);
        c.s(", len ");
        c.dec(len);
        match kind {
            IFPARM_MTU => {
                let mtu = be16(b, p + 2)?;
                c.s(": ");
                c.dec(mtu);
            }
            IFPARM_DESC => {
                c.s(": ");
                for i in 2..usize::from(len) {
                    print_char(c, u8at(b, p + i)?);
                }
            }
            IFPARM_VCCV => {
                for (off, name, table) in [
                    (2, "\n\t\t  Control Channels (0x", VCCV_CC),
                    (3, "\n\t\t  CV Types (0x", VCCV_CV),
                ] {
                    let v = u8at(b, p + off)?;
                    c.s(name);
                    c.out.hex0(u64::from(v), 2);
                    c.s(") = [");
                    c.flag_names(u32::from(v), table);
                    c.s("]");
                }
            }
            _ => c.unknown_data(b, p + 2, "\n\t\t  ", usize::from(len) - 2),
        }
        left -= len;
        p += usize::from(len);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, golden_levels, never_panics, numeric};
    use crate::link::LinkType;

    /// LDP summaries, well-formed, random and cut (expected text from
    /// tcpdump 4.99.3 on the same frames).
    #[test]
    fn summaries() {
        golden(
            numeric(0),
            &[
                (
                    "020000000002020000000001080045000042000100004011f6a1c0000201c00002079c400286002e198b0001001ec0000201000001000016000000010000000000000000000000000000000000000000",
                    "IP 192.0.2.1.40000 > 192.0.2.7.646: LDP, Label-Space-ID: 192.0.2.1:0, pdu-length: 30",
                ),
                (
                    "020000000002020000000001080045000032000100004011f6b1c0000201c00002079c400286001e1ade00010002c00002010000000000000000000000000000",
                    "IP 192.0.2.1.40000 > 192.0.2.7.646: LDP, pdu-length: 2 (too short, < 6)",
                ),
                (
                    "02000000000202000000000108004500002c000100004011f6b7c0000201c000020785f102860018a4d583975c6568e80acff347bbe0182a3361",
                    "IP 192.0.2.1.34289 > 192.0.2.7.646: ",
                ),
                (
                    "020000000002020000000001080045000094000100004011f64fc0000201c000020702865ed700802c5a4dd962f0bbf04b0f71dafe2e214af120e3e3ff583e9232ba70b42b3deca49298d7937dca7f80f4b1203839eddbf496cfc824feb9c5d79cd2c04e888038e55389ec6c862f08e1a42efe98a04d7dcd740ea1449d447d4ee7a4e30cc802b916b83b32307de444db3428f3c03b32d054d52f677606592d1fa529",
                    "IP 192.0.2.1.646 > 192.0.2.7.24279: LDP version 19929 packet not supported",
                ),
                (
                    "02000000000202000000000108004500003c000100004011f6a7c0000201c0000207715002860028ec2e296aa83ec8a0c8e8908792f70075443f68b612c31224f599aeb28f36b0e6de22",
                    "IP 192.0.2.1.29008 > 192.0.2.7.646: LDP version 10602 packet not supported",
                ),
                (
                    "020000000002020000000001080045000044000100004011f69fc0000201c00002074e2202860030bcd8f8c7f476262ed173a49a5702b14746b3be4e8f6f95180e88e7c5f48cc2594b54b8171d258bf458fa",
                    "IP 192.0.2.1.20002 > 192.0.2.7.646: LDP version 63687 packet not supported",
                ),
                (
                    "020000000002020000000001080045000034000100004011f6afc0000201c00002070286d7ff0020b1160005050514f9b00e5be4426b4c1e006d9f81570e9f8aa501",
                    "IP 192.0.2.1.646 > 192.0.2.7.55295: LDP version 5 packet not supported",
                ),
                (
                    "020000000002020000000001080045000038000100004011f6abc0000201c00002074b6602860024343e010198b2eb80fa67ca94b04688ae816c8eb44b59e3a3da32b47ca87e",
                    "IP 192.0.2.1.19302 > 192.0.2.7.646: LDP version 257 packet not supported",
                ),
                (
                    "02000000000202000000000108004500003c000100004011f6a7c0000201c000020702868ba70028b179d819ce96f74f321c26c8236fcaa1305251ba2377e86635af3c5d98a3b4d0098d",
                    "IP 192.0.2.1.646 > 192.0.2.7.35751: LDP version 55321 packet not supported",
                ),
                (
                    "020000000002020000000001080045000094000100004011f64fc0000201c00002074edd02860080f38483b3ccb4d264dc6b54d90a9278ef0632a2ef7a13bfa2d5b7bb5fb1bf55d6b9d0a3dd3818de8b792a87eb3286d4a979a3be0cd7f184ca95bb76813c59ccceeb1c0832082a78c41467701f57933dafc6309440eb2d313c61fe9d8bc5f06df72f7562c19136f7f2a6b7d811d5aa6dae819dd50fb9616614307f",
                    "IP 192.0.2.1.20189 > 192.0.2.7.646: LDP version 33715 packet not supported",
                ),
                (
                    "02000000000202000000000108004500006c000100004011f677c0000201c000020702864bc100583ffd4050afbea5adef9196ba7bc5e210231c968bfc98551d26931d9e079fbb1569c5d2e3d5fb06bb4e1b439043fd07dd41f056b8734287b6fc7a1bfb228de74849c789764eb2e507ef23917818ef5f2eb447",
                    "IP 192.0.2.1.646 > 192.0.2.7.19393: LDP version 16464 packet not supported",
                ),
                (
                    "ffffffffffff0000000000000800450000340001000040117cb67f0000017f0000010ec803e80020cefb200000000000000000000000000000000000000000000000",
                    "IP 127.0.0.1.3784 > 127.0.0.1.1000: UDP, length 24",
                ),
            ],
        );
    }

    /// LDP over TCP (expected text from tcpdump 4.99.3 -n and -n -v).
    #[test]
    fn over_tcp() {
        golden(
            numeric(0),
            &[
                (
                    "0200000000020200000000010800450000c4000100004006f62ac0000201c0000207db860286000003e8000007d050182000b9fa0000a1167fe5a770572294f8bc1b5cb799aa745c789262348b85b5972cc82581d208168ccbaac24f3725a26640f2e1cc32f41d030971b7d436515007fa01bc04bc20934da34f020bd0365451da176a3ce9d800defaae188482337beafcc1b7d1fb6be71c6c81251325a8b5c7f3c9aab458ef986fa80c4068b1a932fd074810c57c50b229390e65d3b14f434e85469a0567cb35b4b1b1b336301ccec5a7fd",
                    "IP 192.0.2.1.56198 > 192.0.2.7.646: Flags [P.], seq 1000:1156, ack 2000, win 8192, length 156LDP version 41238 packet not supported",
                ),
                (
                    "020000000002020000000001080045000040000100004006f6aec0000201c0000207ab4f0286000003e8000007d0501820006e43000095c33fe1ce8afbaac8b00e83c482a666f0728579e0cdab28",
                    "IP 192.0.2.1.43855 > 192.0.2.7.646: Flags [P.], seq 1000:1024, ack 2000, win 8192, length 24LDP version 38339 packet not supported",
                ),
                (
                    "020000000002020000000001080045000078000100004006f676c0000201c0000207d4020286000003e8000007d05018200088ef00001cc86178f4ada26ad520c612b82e3c7133469b8fd6aad6ebe92636f58500d0e355fceb5d16cc2a81518fd4db6af1b94c223860ea03971be6273810d9c428a4257e49dfed8b631670b549f5136271eb7f",
                    "IP 192.0.2.1.54274 > 192.0.2.7.646: Flags [P.], seq 1000:1080, ack 2000, win 8192, length 80LDP version 7368 packet not supported",
                ),
            ],
        );
    }

    /// A Hello over UDP: hello parameters, both transport addresses and a
    /// configuration sequence number.
    const HELLO: &str = "02000000000202000000000108004500005a000100004011f689c0000201c000020702860286004662ec0001003a0a0000010000010000300000000104000004000fc000040100040a00000104020004000000070403001020010db8000000000000000000000001";
    /// An Initialization over TCP: common and fault-tolerant session
    /// parameters, MTU.
    const INIT: &str = "020000000002020000000001080045000062000100004006f68cc0000201c000020702869c40000003e8000007d0501820001f260000000100360a00000100000200002c000000010500000e000100b40000c0000a00000100000503000c800b00000001d4c0000000000601000205dc";
    /// Address and Address Withdraw messages of both families and of an
    /// unknown one.
    const ADDRESSES: &str = "020000000002020000000001080045000078000100004006f676c0000201c000020702869c40000003e8000007d050182000fe1f00000001004c0a000001000003000012000000010101000a00010a0000010a0000020301001a0000000101010012000220010db80000000000000000000000010300000e000000010101000600630a000001";
    /// A Label Mapping with every FEC element, a generic label and Martini
    /// VC interface parameters.
    const MAPPING: &str = "0200000000020200000000010800450000bd000100004006f631c0000201c000020702869c40000003e8000007d050182000bec30000000100910a000001000004000087000000010100000702000118c0a8010200000400000010010000090200022120010db88001000001010100000103010000090200012801020304050100000502000708010100001e8080051600000064000000c8010405dc0306707701780c0403064204010201000008800005000000012c0100000c8000040200000001000000020100000155";
    /// A Notification with status TLVs.
    const NOTIFICATION: &str = "020000000002020000000001080045000058000100004006f696c0000201c000020702869c40000003e8000007d0501820003b5800000001002c0a00000100008001002200000001c30000088000001900001234030000084000000a00000000030000020000";
    /// Messages and TLVs tcpdump does not decode.
    const UNDECODED: &str = "02000000000202000000000108004500005e000100004006f690c0000201c000020702869c40000003e8000007d050182000ed5c0000000100320a0000010000040100090000000101000001013e010007000000010102030100001000000001010400040a0b0c0d3fff0000";
    /// A TLV running past the end of its message.
    const OVERLONG_TLV: &str = "020000000002020000000001080045000036000100004011f6adc0000201c00002070286028600226748000100160a00000100000100000c000000010400002800000000";
    /// A PDU too short for a message.
    const SHORT_PDU: &str = "02000000000202000000000108004500002e000100004011f6b5c0000201c000020702860286001a6b930001000e0a00000100000100000200000000";
    /// A Keepalive from the TCP client side.
    const KEEPALIVE: &str = "02000000000202000000000108004500004c000100004006f6a2c0000201c00002079c400286000003e8000007d05018200048f400000001000e0a000001000002010004000000010001000e0a00000100000201000400000002";

    /// A Martini VC whose VC info length runs past its TLV.
    const MARTINI_LONG_INFO: &str = "02000000000202000000000108004500004a000100004006f6a4c0000201c000020702869c40000003e8000007d050182000cd6e00000001001e0a000001000004000014000000010100000c800004700000000100000002";
    /// A Martini VC too short for its group ID.
    const MARTINI_SHORT: &str = "020000000002020000000001080045000046000100004006f6a8c0000201c000020702869c40000003e8000007d050182000cc8400000001001a0a00000100000400001000000001010000088000050900000064";
    /// A prefix FEC element cut inside its address family.
    const PREFIX_SHORT: &str = "020000000002020000000001080045000041000100004006f6adc0000201c000020702869c40000003e8000007d0501820004f060000000100150a00000100000400000b0000000101000003020001";

    /// Every message tcpdump decodes and every TLV and FEC element it
    /// names (Martini VC with interface parameters, prefixes of both
    /// families, status, session parameters), undecoded messages and
    /// TLVs, short and overlong TLVs, without -v, with -v and -vv
    /// (expected text from tcpdump 4.99.3).
    #[test]
    fn messages_and_tlvs() {
        golden_levels(
            LinkType::Ethernet,
            &[
                (HELLO, 0),
                (INIT, 0),
                (ADDRESSES, 0),
                (MAPPING, 0),
                (NOTIFICATION, 0),
                (UNDECODED, 0),
                (OVERLONG_TLV, 0),
                (SHORT_PDU, 0),
                (KEEPALIVE, 0),
            ],
            &[
                (
                    numeric(0),
                    &[
                        "IP 192.0.2.1.646 > 192.0.2.7.646: LDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 58",
                        "IP 192.0.2.1.646 > 192.0.2.7.40000: Flags [P.], seq 1000:1058, ack 2000, win 8192, length 58LDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 54",
                        "IP 192.0.2.1.646 > 192.0.2.7.40000: Flags [P.], seq 1000:1080, ack 2000, win 8192, length 80LDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 76",
                        "IP 192.0.2.1.646 > 192.0.2.7.40000: Flags [P.], seq 1000:1149, ack 2000, win 8192, length 149LDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 145",
                        "IP 192.0.2.1.646 > 192.0.2.7.40000: Flags [P.], seq 1000:1048, ack 2000, win 8192, length 48LDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 44",
                        "IP 192.0.2.1.646 > 192.0.2.7.40000: Flags [P.], seq 1000:1054, ack 2000, win 8192, length 54LDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 50",
                        "IP 192.0.2.1.646 > 192.0.2.7.646: LDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 22",
                        "IP 192.0.2.1.646 > 192.0.2.7.646: ",
                        "IP 192.0.2.1.40000 > 192.0.2.7.646: Flags [P.], seq 1000:1036, ack 2000, win 8192, length 36LDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 14",
                    ],
                ),
                (
                    numeric(1),
                    &[
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 90)\n    192.0.2.1.646 > 192.0.2.7.646: \n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 58\n\t  Hello Message (0x0100), length: 48, Message ID: 0x00000001, Flags: [ignore if unknown]\n\t    Common Hello Parameters TLV (0x0400), length: 4, Flags: [ignore and don't forward if unknown]\n\t      Hold Time: 15s, Flags: [Targeted Hello, Request for targeted Hellos]\n\t    IPv4 Transport Address TLV (0x0401), length: 4, Flags: [ignore and don't forward if unknown]\n\t      IPv4 Transport Address: 10.0.0.1\n\t    Configuration Sequence Number TLV (0x0402), length: 4, Flags: [ignore and don't forward if unknown]\n\t      Sequence Number: 7\n\t    IPv6 Transport Address TLV (0x0403), length: 16, Flags: [ignore and don't forward if unknown]\n\t      IPv6 Transport Address: 2001:db8::1",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 98)\n    192.0.2.1.646 > 192.0.2.7.40000: Flags [P.], cksum 0x1f26 (correct), seq 1000:1058, ack 2000, win 8192, length 58\n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 54\n\t  Initialization Message (0x0200), length: 44, Message ID: 0x00000001, Flags: [ignore if unknown]\n\t    Common Session Parameters TLV (0x0500), length: 14, Flags: [ignore and don't forward if unknown]\n\t      Version: 1, Keepalive: 180s, Flags: [Downstream On Demand, Loop Detection Enabled]\n\t    Fault-Tolerant Session Parameters TLV (0x0503), length: 12, Flags: [ignore and don't forward if unknown]\n\t      Flags: [Reconnect, Save State, No All-Label Protection, Sequence Numbered Label Checkpoint, Re-Learn State], Reconnect Timeout: 120000ms\n\t    MTU TLV (0x0601), length: 2, Flags: [ignore and don't forward if unknown]\n\t      MTU: 1500",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 120)\n    192.0.2.1.646 > 192.0.2.7.40000: Flags [P.], cksum 0xfe1f (correct), seq 1000:1080, ack 2000, win 8192, length 80\n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 76\n\t  Address Message (0x0300), length: 18, Message ID: 0x00000001, Flags: [ignore if unknown]\n\t    Address List TLV (0x0101), length: 10, Flags: [ignore and don't forward if unknown]\n\t      Address Family: IPv4, addresses 10.0.0.1 10.0.0.2\n\t  Address Withdraw Message (0x0301), length: 26, Message ID: 0x00000001, Flags: [ignore if unknown]\n\t    Address List TLV (0x0101), length: 18, Flags: [ignore and don't forward if unknown]\n\t      Address Family: IPv6, addresses 2001:db8::1\n\t  Address Message (0x0300), length: 14, Message ID: 0x00000001, Flags: [ignore if unknown]\n\t    Address List TLV (0x0101), length: 6, Flags: [ignore and don't forward if unknown]\n\t      Address Family: Unknown (99), addresses",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 189)\n    192.0.2.1.646 > 192.0.2.7.40000: Flags [P.], cksum 0xbec3 (correct), seq 1000:1149, ack 2000, win 8192, length 149\n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 145\n\t  Label Mapping Message (0x0400), length: 135, Message ID: 0x00000001, Flags: [ignore if unknown]\n\t    FEC TLV (0x0100), length: 7, Flags: [ignore and don't forward if unknown]\n\t      Prefix FEC (0x02): IPv4 prefix 192.168.1.0/24\n\t    Generic Label TLV (0x0200), length: 4, Flags: [ignore and don't forward if unknown]\n\t      Label: 16\n\t    FEC TLV (0x0100), length: 9, Flags: [ignore and don't forward if unknown]\n\t      Prefix FEC (0x02): IPv6 prefix 2001:db8:8000::/33\n\t    FEC TLV (0x0100), length: 1, Flags: [ignore and don't forward if unknown]\n\t      Wildcard FEC (0x01)\n\t    FEC TLV (0x0100), length: 1, Flags: [ignore and don't forward if unknown]\n\t      Host address FEC (0x03)\n\t    FEC TLV (0x0100), length: 9, Flags: [ignore and don't forward if unknown]\n\t      Prefix FEC (0x02): IPv4 prefix (invalid length)\n\t    FEC TLV (0x0100), length: 5, Flags: [ignore and don't forward if unknown]\n\t      Prefix FEC (0x02): Address family 7 prefix\n\t    FEC TLV (0x0100), length: 30, Flags: [ignore and don't forward if unknown]\n\t      Martini VC FEC (0x80): Ethernet, control word, group-ID 100, VC-ID 200, VC-info-length: 22\n\t\tInterface Parameter: MTU (0x01), len 4: 1500\n\t\tInterface Parameter: Description (0x03), len 6: pw^Ax\n\t\tInterface Parameter: VCCV (0x0c), len 4\n\t\t  Control Channels (0x03) = [PWE3 control word, MPLS Router Alert Label]\n\t\t  CV Types (0x06) = [LSP Ping, BFD]\n\t\tInterface Parameter: Unknown (0x42), len 4\n\t\t  0x0000:  0102\n\t    FEC TLV (0x0100), length: 8, Flags: [ignore and don't forward if unknown]\n\t      Martini VC FEC (0x80): Ethernet, no control word, group-ID 300, VC-info-length: 0\n\t    FEC TLV (0x0100), length: 12, Flags: [ignore and don't forward if unknown]\n\t      Martini VC FEC (0x80): Ethernet VLAN, no control word, group-ID 1, VC-ID 2, VC-info-length: 2 (invalid, < 4\n\t    FEC TLV (0x0100), length: 1, Flags: [ignore and don't forward if unknown]\n\t      Unknown FEC (0x55)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 88)\n    192.0.2.1.646 > 192.0.2.7.40000: Flags [P.], cksum 0x3b58 (correct), seq 1000:1048, ack 2000, win 8192, length 48\n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 44\n\t  Notification Message (0x0001), length: 34, Message ID: 0x00000001, Flags: [continue processing if unknown]\n\t    Status TLV (0x0300), length: 8, Flags: [continue processing and do forward if unknown]\n\t      Status: 0x19, Flags: [Fatal error and don't forward], causing Message ID: 0x00001234\n\t    Status TLV (0x0300), length: 8, Flags: [ignore and don't forward if unknown]\n\t      Status: 0x0a, Flags: [Advisory Notification and do forward]\n\t    Status TLV (0x0300), length: 2, Flags: [ignore and don't forward if unknown] [tlv length 2 < 8] (invalid)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 94)\n    192.0.2.1.646 > 192.0.2.7.40000: Flags [P.], cksum 0xed5c (correct), seq 1000:1054, ack 2000, win 8192, length 54\n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 50\n\t  Label Request Message (0x0401), length: 9, Message ID: 0x00000001, Flags: [ignore if unknown]\n\t  0x0000:  0100 0001 01\n\t  Unknown Message (0x3e01), length: 7, Message ID: 0x00000001, Flags: [ignore if unknown]\n\t  0x0000:  0102 03\n\t  Hello Message (0x0100), length: 16, Message ID: 0x00000001, Flags: [ignore if unknown]\n\t    Path Vector TLV (0x0104), length: 4, Flags: [ignore and don't forward if unknown]\n\t      0x0000:  0a0b 0c0d\n\t    Unknown TLV (0x3fff), length: 0, Flags: [ignore and don't forward if unknown]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 54)\n    192.0.2.1.646 > 192.0.2.7.646: \n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 22\n\t  Hello Message (0x0100), length: 12, Message ID: 0x00000001, Flags: [ignore if unknown]\n\t\t TLV contents go past end of message",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 46)\n    192.0.2.1.646 > 192.0.2.7.646: ",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 76)\n    192.0.2.1.40000 > 192.0.2.7.646: Flags [P.], cksum 0x48f4 (correct), seq 1000:1036, ack 2000, win 8192, length 36\n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 14\n\t  Keepalive Message (0x0201), length: 4, Message ID: 0x00000001, Flags: [ignore if unknown]",
                    ],
                ),
                (
                    numeric(2),
                    &[
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 90)\n    192.0.2.1.646 > 192.0.2.7.646: [udp sum ok] \n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 58\n\t  Hello Message (0x0100), length: 48, Message ID: 0x00000001, Flags: [ignore if unknown]\n\t    Common Hello Parameters TLV (0x0400), length: 4, Flags: [ignore and don't forward if unknown]\n\t      Hold Time: 15s, Flags: [Targeted Hello, Request for targeted Hellos]\n\t    IPv4 Transport Address TLV (0x0401), length: 4, Flags: [ignore and don't forward if unknown]\n\t      IPv4 Transport Address: 10.0.0.1\n\t    Configuration Sequence Number TLV (0x0402), length: 4, Flags: [ignore and don't forward if unknown]\n\t      Sequence Number: 7\n\t    IPv6 Transport Address TLV (0x0403), length: 16, Flags: [ignore and don't forward if unknown]\n\t      IPv6 Transport Address: 2001:db8::1\n\t  0x0000:  0400 0004 000f c000 0401 0004 0a00 0001\n\t  0x0010:  0402 0004 0000 0007 0403 0010 2001 0db8\n\t  0x0020:  0000 0000 0000 0000 0000 0001",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 98)\n    192.0.2.1.646 > 192.0.2.7.40000: Flags [P.], cksum 0x1f26 (correct), seq 1000:1058, ack 2000, win 8192, length 58\n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 54\n\t  Initialization Message (0x0200), length: 44, Message ID: 0x00000001, Flags: [ignore if unknown]\n\t    Common Session Parameters TLV (0x0500), length: 14, Flags: [ignore and don't forward if unknown]\n\t      Version: 1, Keepalive: 180s, Flags: [Downstream On Demand, Loop Detection Enabled]\n\t    Fault-Tolerant Session Parameters TLV (0x0503), length: 12, Flags: [ignore and don't forward if unknown]\n\t      Flags: [Reconnect, Save State, No All-Label Protection, Sequence Numbered Label Checkpoint, Re-Learn State], Reconnect Timeout: 120000ms\n\t    MTU TLV (0x0601), length: 2, Flags: [ignore and don't forward if unknown]\n\t      MTU: 1500\n\t  0x0000:  0500 000e 0001 00b4 0000 c000 0a00 0001\n\t  0x0010:  0000 0503 000c 800b 0000 0001 d4c0 0000\n\t  0x0020:  0000 0601 0002 05dc",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 120)\n    192.0.2.1.646 > 192.0.2.7.40000: Flags [P.], cksum 0xfe1f (correct), seq 1000:1080, ack 2000, win 8192, length 80\n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 76\n\t  Address Message (0x0300), length: 18, Message ID: 0x00000001, Flags: [ignore if unknown]\n\t    Address List TLV (0x0101), length: 10, Flags: [ignore and don't forward if unknown]\n\t      Address Family: IPv4, addresses 10.0.0.1 10.0.0.2\n\t  0x0000:  0101 000a 0001 0a00 0001 0a00 0002 0301\n\t  0x0010:  001a\n\t  Address Withdraw Message (0x0301), length: 26, Message ID: 0x00000001, Flags: [ignore if unknown]\n\t    Address List TLV (0x0101), length: 18, Flags: [ignore and don't forward if unknown]\n\t      Address Family: IPv6, addresses 2001:db8::1\n\t  0x0000:  0101 0012 0002 2001 0db8 0000 0000 0000\n\t  0x0010:  0000 0000 0001 0300 000e\n\t  Address Message (0x0300), length: 14, Message ID: 0x00000001, Flags: [ignore if unknown]\n\t    Address List TLV (0x0101), length: 6, Flags: [ignore and don't forward if unknown]\n\t      Address Family: Unknown (99), addresses\n\t  0x0000:  0101 0006 0063 0a00 0001",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 189)\n    192.0.2.1.646 > 192.0.2.7.40000: Flags [P.], cksum 0xbec3 (correct), seq 1000:1149, ack 2000, win 8192, length 149\n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 145\n\t  Label Mapping Message (0x0400), length: 135, Message ID: 0x00000001, Flags: [ignore if unknown]\n\t    FEC TLV (0x0100), length: 7, Flags: [ignore and don't forward if unknown]\n\t      Prefix FEC (0x02): IPv4 prefix 192.168.1.0/24\n\t    Generic Label TLV (0x0200), length: 4, Flags: [ignore and don't forward if unknown]\n\t      Label: 16\n\t    FEC TLV (0x0100), length: 9, Flags: [ignore and don't forward if unknown]\n\t      Prefix FEC (0x02): IPv6 prefix 2001:db8:8000::/33\n\t    FEC TLV (0x0100), length: 1, Flags: [ignore and don't forward if unknown]\n\t      Wildcard FEC (0x01)\n\t    FEC TLV (0x0100), length: 1, Flags: [ignore and don't forward if unknown]\n\t      Host address FEC (0x03)\n\t    FEC TLV (0x0100), length: 9, Flags: [ignore and don't forward if unknown]\n\t      Prefix FEC (0x02): IPv4 prefix (invalid length)\n\t    FEC TLV (0x0100), length: 5, Flags: [ignore and don't forward if unknown]\n\t      Prefix FEC (0x02): Address family 7 prefix\n\t    FEC TLV (0x0100), length: 30, Flags: [ignore and don't forward if unknown]\n\t      Martini VC FEC (0x80): Ethernet, control word, group-ID 100, VC-ID 200, VC-info-length: 22\n\t\tInterface Parameter: MTU (0x01), len 4: 1500\n\t\tInterface Parameter: Description (0x03), len 6: pw^Ax\n\t\tInterface Parameter: VCCV (0x0c), len 4\n\t\t  Control Channels (0x03) = [PWE3 control word, MPLS Router Alert Label]\n\t\t  CV Types (0x06) = [LSP Ping, BFD]\n\t\tInterface Parameter: Unknown (0x42), len 4\n\t\t  0x0000:  0102\n\t    FEC TLV (0x0100), length: 8, Flags: [ignore and don't forward if unknown]\n\t      Martini VC FEC (0x80): Ethernet, no control word, group-ID 300, VC-info-length: 0\n\t    FEC TLV (0x0100), length: 12, Flags: [ignore and don't forward if unknown]\n\t      Martini VC FEC (0x80): Ethernet VLAN, no control word, group-ID 1, VC-ID 2, VC-info-length: 2 (invalid, < 4\n\t    FEC TLV (0x0100), length: 1, Flags: [ignore and don't forward if unknown]\n\t      Unknown FEC (0x55)\n\t  0x0000:  0100 0007 0200 0118 c0a8 0102 0000 0400\n\t  0x0010:  0000 1001 0000 0902 0002 2120 010d b880\n\t  0x0020:  0100 0001 0101 0000 0103 0100 0009 0200\n\t  0x0030:  0128 0102 0304 0501 0000 0502 0007 0801\n\t  0x0040:  0100 001e 8080 0516 0000 0064 0000 00c8\n\t  0x0050:  0104 05dc 0306 7077 0178 0c04 0306 4204\n\t  0x0060:  0102 0100 0008 8000 0500 0000 012c 0100\n\t  0x0070:  000c 8000 0402 0000 0001 0000 0002 0100\n\t  0x0080:  0001 55",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 88)\n    192.0.2.1.646 > 192.0.2.7.40000: Flags [P.], cksum 0x3b58 (correct), seq 1000:1048, ack 2000, win 8192, length 48\n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 44\n\t  Notification Message (0x0001), length: 34, Message ID: 0x00000001, Flags: [continue processing if unknown]\n\t    Status TLV (0x0300), length: 8, Flags: [continue processing and do forward if unknown]\n\t      Status: 0x19, Flags: [Fatal error and don't forward], causing Message ID: 0x00001234\n\t    Status TLV (0x0300), length: 8, Flags: [ignore and don't forward if unknown]\n\t      Status: 0x0a, Flags: [Advisory Notification and do forward]\n\t    Status TLV (0x0300), length: 2, Flags: [ignore and don't forward if unknown] [tlv length 2 < 8] (invalid)\n\t  0x0000:  c300 0008 8000 0019 0000 1234 0300 0008\n\t  0x0010:  4000 000a 0000 0000 0300 0002 0000",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 94)\n    192.0.2.1.646 > 192.0.2.7.40000: Flags [P.], cksum 0xed5c (correct), seq 1000:1054, ack 2000, win 8192, length 54\n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 50\n\t  Label Request Message (0x0401), length: 9, Message ID: 0x00000001, Flags: [ignore if unknown]\n\t  0x0000:  0100 0001 013e 0100 07\n\t  Unknown Message (0x3e01), length: 7, Message ID: 0x00000001, Flags: [ignore if unknown]\n\t  0x0000:  0102 0301 0000 10\n\t  Hello Message (0x0100), length: 16, Message ID: 0x00000001, Flags: [ignore if unknown]\n\t    Path Vector TLV (0x0104), length: 4, Flags: [ignore and don't forward if unknown]\n\t    Unknown TLV (0x3fff), length: 0, Flags: [ignore and don't forward if unknown]\n\t  0x0000:  0104 0004 0a0b 0c0d 3fff 0000",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 54)\n    192.0.2.1.646 > 192.0.2.7.646: [udp sum ok] \n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 22\n\t  Hello Message (0x0100), length: 12, Message ID: 0x00000001, Flags: [ignore if unknown]\n\t\t TLV contents go past end of message\n\t  0x0000:  0400 0028 0000 0000",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 46)\n    192.0.2.1.646 > 192.0.2.7.646: [udp sum ok] ",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 76)\n    192.0.2.1.40000 > 192.0.2.7.646: Flags [P.], cksum 0x48f4 (correct), seq 1000:1036, ack 2000, win 8192, length 36\n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 14\n\t  Keepalive Message (0x0201), length: 4, Message ID: 0x00000001, Flags: [ignore if unknown]\n\t  0x0000:  0001 000e",
                    ],
                ),
            ],
        );
    }

    /// Frames cut in the PDU header, a message and a FEC element: the
    /// same text with -v and -vv, as a cut leaves no message to dump
    /// (expected text from tcpdump 4.99.3).
    #[test]
    fn cut_frames() {
        const VERBOSE: &[&str] = &[
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 90)\n    192.0.2.1.646 > 192.0.2.7.646:  [|ldp]",
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 90)\n    192.0.2.1.646 > 192.0.2.7.646: \n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 58\n\t  Hello Message (0x0100), length: 48, Message ID: 0x00000001, Flags: [ignore if unknown] [|ldp]",
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 90)\n    192.0.2.1.646 > 192.0.2.7.646: \n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 58\n\t  Hello Message (0x0100), length: 48, Message ID: 0x00000001, Flags: [ignore if unknown] [|ldp]",
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 189)\n    192.0.2.1.646 > 192.0.2.7.40000: Flags [P.], seq 1000:1149, ack 2000, win 8192, length 149\n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 145 [|ldp]",
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 189)\n    192.0.2.1.646 > 192.0.2.7.40000: Flags [P.], seq 1000:1149, ack 2000, win 8192, length 149\n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 145\n\t  Label Mapping Message (0x0400), length: 135, Message ID: 0x00000001, Flags: [ignore if unknown] [|ldp]",
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 189)\n    192.0.2.1.646 > 192.0.2.7.40000: Flags [P.], seq 1000:1149, ack 2000, win 8192, length 149\n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 145\n\t  Label Mapping Message (0x0400), length: 135, Message ID: 0x00000001, Flags: [ignore if unknown] [|ldp]",
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 189)\n    192.0.2.1.646 > 192.0.2.7.40000: Flags [P.], seq 1000:1149, ack 2000, win 8192, length 149\n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 145\n\t  Label Mapping Message (0x0400), length: 135, Message ID: 0x00000001, Flags: [ignore if unknown] [|ldp]",
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 189)\n    192.0.2.1.646 > 192.0.2.7.40000: Flags [P.], seq 1000:1149, ack 2000, win 8192, length 149\n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 145\n\t  Label Mapping Message (0x0400), length: 135, Message ID: 0x00000001, Flags: [ignore if unknown] [|ldp]",
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 189)\n    192.0.2.1.646 > 192.0.2.7.40000: Flags [P.], seq 1000:1149, ack 2000, win 8192, length 149\n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 145\n\t  Label Mapping Message (0x0400), length: 135, Message ID: 0x00000001, Flags: [ignore if unknown] [|ldp]",
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 189)\n    192.0.2.1.646 > 192.0.2.7.40000: Flags [P.], seq 1000:1149, ack 2000, win 8192, length 149\n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 145\n\t  Label Mapping Message (0x0400), length: 135, Message ID: 0x00000001, Flags: [ignore if unknown] [|ldp]",
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 88)\n    192.0.2.1.646 > 192.0.2.7.40000: Flags [P.], seq 1000:1048, ack 2000, win 8192, length 48\n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 44\n\t  Notification Message (0x0001), length: 34, Message ID: 0x00000001, Flags: [continue processing if unknown] [|ldp]",
        ];
        golden_levels(
            LinkType::Ethernet,
            &[
                (HELLO, 50),
                (HELLO, 75),
                (HELLO, 95),
                (MAPPING, 70),
                (MAPPING, 95),
                (MAPPING, 130),
                (MAPPING, 150),
                (MAPPING, 165),
                (MAPPING, 180),
                (MAPPING, 190),
                (NOTIFICATION, 80),
            ],
            &[
                (
                    numeric(0),
                    &[
                        "IP 192.0.2.1.646 > 192.0.2.7.646:  [|ldp]",
                        "IP 192.0.2.1.646 > 192.0.2.7.646: LDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 58",
                        "IP 192.0.2.1.646 > 192.0.2.7.646: LDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 58",
                        "IP 192.0.2.1.646 > 192.0.2.7.40000: Flags [P.], seq 1000:1149, ack 2000, win 8192, length 149LDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 145",
                        "IP 192.0.2.1.646 > 192.0.2.7.40000: Flags [P.], seq 1000:1149, ack 2000, win 8192, length 149LDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 145",
                        "IP 192.0.2.1.646 > 192.0.2.7.40000: Flags [P.], seq 1000:1149, ack 2000, win 8192, length 149LDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 145",
                        "IP 192.0.2.1.646 > 192.0.2.7.40000: Flags [P.], seq 1000:1149, ack 2000, win 8192, length 149LDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 145",
                        "IP 192.0.2.1.646 > 192.0.2.7.40000: Flags [P.], seq 1000:1149, ack 2000, win 8192, length 149LDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 145",
                        "IP 192.0.2.1.646 > 192.0.2.7.40000: Flags [P.], seq 1000:1149, ack 2000, win 8192, length 149LDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 145",
                        "IP 192.0.2.1.646 > 192.0.2.7.40000: Flags [P.], seq 1000:1149, ack 2000, win 8192, length 149LDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 145",
                        "IP 192.0.2.1.646 > 192.0.2.7.40000: Flags [P.], seq 1000:1048, ack 2000, win 8192, length 48LDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 44",
                    ],
                ),
                (numeric(1), VERBOSE),
                (numeric(2), VERBOSE),
            ],
        );
    }

    /// No panic on every prefix and on random changes of LDP PDUs of each kind.
    #[test]
    fn never_panics_on_cut_or_changed_pdus() {
        never_panics(
            LinkType::Ethernet,
            &[
                HELLO,
                INIT,
                ADDRESSES,
                MAPPING,
                NOTIFICATION,
                UNDECODED,
                OVERLONG_TLV,
                KEEPALIVE,
            ],
        );
    }

    /// A FEC element too short for its fields: tcpdump's mark names the
    /// bytes left after the fields already read, and a Martini VC cut
    /// before its group ID still gets it rather than a truncation mark
    /// (expected text from tcpdump 4.99.3 -v and -vv).
    #[test]
    fn short_fec_elements() {
        golden_levels(
            LinkType::Ethernet,
            &[
                (MARTINI_LONG_INFO, 0),
                (MARTINI_SHORT, 0),
                (PREFIX_SHORT, 0),
                (MARTINI_SHORT, 80),
                (MARTINI_SHORT, 78),
                (MARTINI_LONG_INFO, 84),
            ],
            &[
                (
                    numeric(1),
                    &[
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 74)\n    192.0.2.1.646 > 192.0.2.7.40000: Flags [P.], cksum 0xcd6e (correct), seq 1000:1034, ack 2000, win 8192, length 34\n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 30\n\t  Label Mapping Message (0x0400), length: 20, Message ID: 0x00000001, Flags: [ignore if unknown]\n\t    FEC TLV (0x0100), length: 12, Flags: [ignore and don't forward if unknown]\n\t      Martini VC FEC (0x80): Ethernet VLAN, no control word, group-ID 1, VC-ID 2, VC-info-length: 112 [tlv length 0 < 108] (invalid)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 70)\n    192.0.2.1.646 > 192.0.2.7.40000: Flags [P.], cksum 0xcc84 (correct), seq 1000:1030, ack 2000, win 8192, length 30\n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 26\n\t  Label Mapping Message (0x0400), length: 16, Message ID: 0x00000001, Flags: [ignore if unknown]\n\t    FEC TLV (0x0100), length: 8, Flags: [ignore and don't forward if unknown]\n\t      Martini VC FEC (0x80) [tlv length 7 < 11] (invalid)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 65)\n    192.0.2.1.646 > 192.0.2.7.40000: Flags [P.], cksum 0x4f06 (correct), seq 1000:1025, ack 2000, win 8192, length 25\n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 21\n\t  Label Mapping Message (0x0400), length: 11, Message ID: 0x00000001, Flags: [ignore if unknown]\n\t    FEC TLV (0x0100), length: 3, Flags: [ignore and don't forward if unknown]\n\t      Prefix FEC (0x02) [|ldp]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 70)\n    192.0.2.1.646 > 192.0.2.7.40000: Flags [P.], seq 1000:1030, ack 2000, win 8192, length 30\n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 26\n\t  Label Mapping Message (0x0400), length: 16, Message ID: 0x00000001, Flags: [ignore if unknown]\n\t    FEC TLV (0x0100), length: 8, Flags: [ignore and don't forward if unknown]\n\t      Martini VC FEC (0x80) [tlv length 7 < 11] (invalid)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 70)\n    192.0.2.1.646 > 192.0.2.7.40000: Flags [P.], seq 1000:1030, ack 2000, win 8192, length 30\n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 26\n\t  Label Mapping Message (0x0400), length: 16, Message ID: 0x00000001, Flags: [ignore if unknown] [|ldp]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 74)\n    192.0.2.1.646 > 192.0.2.7.40000: Flags [P.], seq 1000:1034, ack 2000, win 8192, length 34\n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 30\n\t  Label Mapping Message (0x0400), length: 20, Message ID: 0x00000001, Flags: [ignore if unknown]\n\t    FEC TLV (0x0100), length: 12, Flags: [ignore and don't forward if unknown]\n\t      Martini VC FEC (0x80) [|ldp]",
                    ],
                ),
                (
                    numeric(2),
                    &[
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 74)\n    192.0.2.1.646 > 192.0.2.7.40000: Flags [P.], cksum 0xcd6e (correct), seq 1000:1034, ack 2000, win 8192, length 34\n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 30\n\t  Label Mapping Message (0x0400), length: 20, Message ID: 0x00000001, Flags: [ignore if unknown]\n\t    FEC TLV (0x0100), length: 12, Flags: [ignore and don't forward if unknown]\n\t      Martini VC FEC (0x80): Ethernet VLAN, no control word, group-ID 1, VC-ID 2, VC-info-length: 112 [tlv length 0 < 108] (invalid)\n\t  0x0000:  0100 000c 8000 0470 0000 0001 0000 0002",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 70)\n    192.0.2.1.646 > 192.0.2.7.40000: Flags [P.], cksum 0xcc84 (correct), seq 1000:1030, ack 2000, win 8192, length 30\n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 26\n\t  Label Mapping Message (0x0400), length: 16, Message ID: 0x00000001, Flags: [ignore if unknown]\n\t    FEC TLV (0x0100), length: 8, Flags: [ignore and don't forward if unknown]\n\t      Martini VC FEC (0x80) [tlv length 7 < 11] (invalid)\n\t  0x0000:  0100 0008 8000 0509 0000 0064",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 65)\n    192.0.2.1.646 > 192.0.2.7.40000: Flags [P.], cksum 0x4f06 (correct), seq 1000:1025, ack 2000, win 8192, length 25\n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 21\n\t  Label Mapping Message (0x0400), length: 11, Message ID: 0x00000001, Flags: [ignore if unknown]\n\t    FEC TLV (0x0100), length: 3, Flags: [ignore and don't forward if unknown]\n\t      Prefix FEC (0x02) [|ldp]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 70)\n    192.0.2.1.646 > 192.0.2.7.40000: Flags [P.], seq 1000:1030, ack 2000, win 8192, length 30\n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 26\n\t  Label Mapping Message (0x0400), length: 16, Message ID: 0x00000001, Flags: [ignore if unknown]\n\t    FEC TLV (0x0100), length: 8, Flags: [ignore and don't forward if unknown]\n\t      Martini VC FEC (0x80) [tlv length 7 < 11] (invalid)\n\t  0x0000:  0100 0008 8000 0509",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 70)\n    192.0.2.1.646 > 192.0.2.7.40000: Flags [P.], seq 1000:1030, ack 2000, win 8192, length 30\n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 26\n\t  Label Mapping Message (0x0400), length: 16, Message ID: 0x00000001, Flags: [ignore if unknown] [|ldp]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 74)\n    192.0.2.1.646 > 192.0.2.7.40000: Flags [P.], seq 1000:1034, ack 2000, win 8192, length 34\n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 30\n\t  Label Mapping Message (0x0400), length: 20, Message ID: 0x00000001, Flags: [ignore if unknown]\n\t    FEC TLV (0x0100), length: 12, Flags: [ignore and don't forward if unknown]\n\t      Martini VC FEC (0x80) [|ldp]",
                    ],
                ),
            ],
        );
    }
}
