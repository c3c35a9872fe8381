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
            c.s_dec(" [remaining length ", len);
            c.s_dec(" < ", processed);
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
        c.version_not_supported("LDP ", version);
        return Ok(0);
    }
    let pdu_len = be16(b, at + 2)?;
    c.s(sep);
    if pdu_len < 6 {
        c.s_dec("LDP, pdu-length: ", pdu_len);
        c.s(" (too short, < 6)");
        return Ok(0);
    }
    c.s("LDP, Label-Space-ID: ");
    c.ip4(bytes(b, at + 4, 4)?);
    c.s(":");
    c.dec(be16(b, at + 8)?);
    c.s_dec(", pdu-length: ", pdu_len);
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
        c.s_dec(", length: ", msg_len);
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
    c.s_dec(", length: ", tlv_len);
    c.s(", Flags: [");
    flag_words(c, raw_type, TLV_FLAGS);
    // A value shorter than its type needs is " (invalid)", and the
    // message goes on with the next TLV.
    match tlv_value(c, b, at + 4, tlv_type, tlv_len)? {
        Value::Done => {}
        Value::Short(left, min) => {
            c.s_dec(" [tlv length ", left);
            c.s_dec(" < ", min);
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
            c.s_dec("\n\t      Hold Time: ", hold);
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
            c.s_dec("\n\t      Version: ", version);
            c.s_dec(", Keepalive: ", keepalive);
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
                    c.s_dec(": Address family ", af);
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
                c.s_dec("control word, group-ID ", group);
                if let Some(id) = vc_id {
                    c.s_dec(", VC-ID ", id);
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
            c.s_dec(", VC-info-length: ", info_len);
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
    c.s_dec("/", plen);
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
        c.s_dec(", len ", len);
        match kind {
            IFPARM_MTU => {
                let mtu = be16(b, p + 2)?;
                c.s_dec(": ", mtu);
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
