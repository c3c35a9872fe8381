//! Connectivity Fault Management, IEEE 802.1ag (print-cfm.c): the common
//! header, the CCM, linktrace and loopback bodies and the TLVs after them.

use super::af::AF_VALUES;
use super::ctx::codes;
use super::out::Emit;
use super::{Ctx, Res, be16, be32, bytes, dispatch, hexdump, names, u8at};

codes! {
    OPCODES: u8 {
        OPCODE_CCM = 1 => "Continuity Check Message",
        _ = 2 => "Loopback Reply",
        _ = 3 => "Loopback Message",
        OPCODE_LTR = 4 => "Linktrace Reply",
        OPCODE_LTM = 5 => "Linktrace Message",
    }
}

/// CCM intervals in seconds, as the C floats tcpdump multiplies.
const CCM_INTERVALS: [f32; 8] = [0.0, 0.003333, 0.01, 0.1, 1.0, 10.0, 60.0, 600.0];

codes! {
    MD_FORMATS: u8 {
        _ = 0 => "IEEE 802.1",
        MD_FORMAT_NONE = 1 => "No MD Name present",
        _ = 2 => "DNS string",
        _ = 3 => "MAC + 16Bit Integer",
        _ = 4 => "Character string",
    }
}

const MA_FORMATS: &[(u32, &str)] = &[
    (0, "IEEE 802.1"),
    (1, "Primary VID"),
    (2, "Character string"),
    (3, "16Bit Integer"),
    (4, "RFC2685 VPN-ID"),
];

const LTM_FLAGS: &[(u32, &str)] = &[(0x80, "Use Forwarding-DB only")];

const LTR_FLAGS: &[(u32, &str)] = &[
    (0x80, "UseFDB Only"),
    (0x40, "FwdYes"),
    (0x20, "Terminal MEP"),
];

const REPLAY_ACTIONS: &[(u32, &str)] =
    &[(1, "Exact Match"), (2, "Filtering DB"), (3, "MIP CCM DB")];

codes! {
    TLV_NAMES: u8 {
        TLV_END = 0 => "End",
        TLV_SENDER_ID = 1 => "Sender ID",
        TLV_PORT_STATUS = 2 => "Port status",
        TLV_INTERFACE_STATUS = 3 => "Interface status",
        _ = 4 => "Data",
        _ = 5 => "Reply Ingress",
        _ = 6 => "Reply Egress",
        TLV_PRIVATE = 31 => "Organization Specific",
    }
}

const PORT_STATUS: &[(u32, &str)] = &[(1, "Blocked"), (2, "Up")];

const INTERFACE_STATUS: &[(u32, &str)] = &[
    (1, "Up"),
    (2, "Down"),
    (3, "Testing"),
    (5, "Dormant"),
    (6, "not present"),
    (7, "lower Layer down"),
];

const CHASSIS_ID_TYPES: &[(u32, &str)] = &[
    (0, "Reserved"),
    (1, "Chassis component"),
    (2, "Interface alias"),
    (3, "Port component"),
    (4, "MAC address"),
    (5, "Network address"),
    (6, "Interface name"),
    (7, "Locally assigned"),
];

/// The CCM body: sequence, MEP ID, 48 bytes of names, 16 of Y.1731.
const CCM_LEN: usize = 70;
const CCM_NAMES_LEN: usize = 48;
/// The LTM body: transaction ID, TTL, original and target MACs.
const LTM_LEN: usize = 17;
/// The LTR body: transaction ID, TTL, relay action.
const LTR_LEN: usize = 6;

/// cfm_print: "CFMv0 OPCODE, MD Level N, length N"; with -v the body and
/// the TLVs.
pub(crate) fn cfm(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "cfm";
    if length < 4 {
        return too_short(c);
    }
    if b.len() < 4 {
        c.trunc();
        return Ok(());
    }
    let first = b[0];
    let version = first & 0x1f;
    c.s("CFMv");
    c.dec(version);
    if version != 0 {
        c.s(" not supported, length ");
        c.dec(length as u64);
        return Ok(());
    }
    let opcode = b[1];
    c.s(" ");
    c.tok_or(OPCODES, opcode.into(), "unknown (", ")");
    c.s(", MD Level ");
    c.dec(first >> 5);
    c.s(", length ");
    c.dec(length as u64);
    if c.o.verbose == 0 {
        return Ok(());
    }
    let flags = b[2];
    let first_tlv = usize::from(b[3]);
    c.s("\n\tFirst TLV offset ");
    c.dec(first_tlv as u64);
    let body = &b[4..];
    let tlen = length - 4;
    if first_tlv > tlen {
        too_large(c, tlen);
        return Ok(());
    }
    let need = match opcode {
        OPCODE_CCM => Some((CCM_LEN, 1)),
        OPCODE_LTM => Some((LTM_LEN, 4)),
        OPCODE_LTR => Some((LTR_LEN, 5)),
        _ => None,
    };
    if let Some((n, which)) = need {
        if first_tlv < n {
            c.dec_fields(&[(" (too small ", which as u64), (", must be >= ", n as u64)]);
            c.s(")");
            return Ok(());
        }
        if tlen < n {
            return too_short(c);
        }
        if body.len() < n {
            c.trunc();
            return Ok(());
        }
    }
    match opcode {
        OPCODE_CCM => {
            if !ccm(c, body, flags)? {
                return Ok(());
            }
        }
        OPCODE_LTM => {
            c.s(", Flags [");
            c.flag_names(flags.into(), LTM_FLAGS);
            c.s("]");
            transaction(c, body);
            c.s("\n\t  Original-MAC ");
            dispatch::mac(c, &body[5..11]);
            c.s(", Target-MAC ");
            dispatch::mac(c, &body[11..17]);
        }
        OPCODE_LTR => {
            c.s(", Flags [");
            c.flag_names(flags.into(), LTR_FLAGS);
            c.s("]");
            transaction(c, body);
            c.s("\n\t  Replay-Action ");
            c.tok_num(REPLAY_ACTIONS, u32::from(body[5]), "Unknown");
        }
        // Loopback messages and unknown opcodes: the body up to the TLVs.
        _ => c.unknown_data(body, 0, "\n\t  ", tlen - first_tlv),
    }
    tlvs(c, body, first_tlv, tlen)
}

/// " (too large, must be <= N)": a length or offset past the room left.
fn too_large(c: &mut Ctx, limit: usize) {
    c.s(" (too large, must be <= ");
    c.dec(limit as u64);
    c.s(")");
}

/// "\n\t\t packet is too short", tcpdump's `tooshort`.
fn too_short(c: &mut Ctx) -> Res {
    c.s("\n\t\t packet is too short");
    Ok(())
}

/// The linktrace transaction ID and TTL (the body is whole).
fn transaction(c: &mut Ctx, body: &[u8]) {
    c.s("\n\t  Transaction-ID 0x");
    c.out.hex0(
        u32::from_be_bytes([body[0], body[1], body[2], body[3]]).into(),
        8,
    );
    c.s(", ttl ");
    c.dec(body[4]);
}

/// A continuity check body (70 bytes, captured): flags and interval,
/// sequence, MEP ID, MD and MA names. False when a name length ends the
/// packet.
fn ccm(c: &mut Ctx, body: &[u8], flags: u8) -> Res<bool> {
    let interval = flags & 0x07;
    c.s(", Flags [CCM Interval ");
    c.dec(interval);
    if flags & 0x80 != 0 {
        c.s(", RDI");
    }
    c.s("]");
    if interval != 0 {
        let base = CCM_INTERVALS[usize::from(interval)];
        let line = format!(
            "\n\t  CCM Interval {:.3}s, min CCM Lifetime {:.3}s, max CCM Lifetime {:.3}s",
            f64::from(base),
            f64::from(base) * 3.25,
            f64::from(base) * 3.5
        );
        c.s(&line);
    }
    c.s("\n\t  Sequence Number 0x");
    c.out.hex0(be32(body, 0)?.into(), 8);
    c.s(", MA-End-Point-ID 0x");
    c.out.hex0(be16(body, 4)?.into(), 4);
    let names = &body[6..6 + CCM_NAMES_LEN];
    let mut at = 0usize;
    let mut left = CCM_NAMES_LEN;
    let md_format = names[at];
    at += 1;
    left -= 1;
    c.s("\n\t  MD Name Format ");
    c.tok_num(MD_FORMATS, u32::from(md_format), "Unknown");
    if md_format != MD_FORMAT_NONE {
        let md_len = usize::from(names[at]);
        at += 1;
        left -= 1;
        c.s(", MD Name length ");
        c.dec(md_len as u64);
        // Room must be left for the MA name's format, length and a byte.
        if md_len > left - 3 {
            too_large(c, left - 2);
            return Ok(false);
        }
        let md_name = &names[at..at + md_len];
        c.s("\n\t  MD Name: ");
        match md_format {
            2 | 4 => c.printjnp(md_name, 0, md_name.len())?,
            3 if md_len == 6 => {
                c.s("\n\t  MAC ");
                dispatch::mac(c, md_name);
            }
            3 => c.s("\n\t  MAC (length invalid)"),
            _ => c.unknown_data(md_name, 0, "\n\t    ", md_len),
        }
        at += md_len;
        left -= md_len;
    }
    let ma_format = names[at];
    let ma_len = usize::from(names[at + 1]);
    at += 2;
    left -= 2;
    c.s("\n\t  MA Name-Format ");
    c.tok_num(MA_FORMATS, u32::from(ma_format), "Unknown");
    c.s(", MA name length ");
    c.dec(ma_len as u64);
    if ma_len > left {
        too_large(c, left);
        return Ok(false);
    }
    let ma_name = &names[at..at + ma_len];
    c.s("\n\t  MA Name: ");
    if ma_format == 2 {
        c.printjnp(ma_name, 0, ma_name.len())?;
    } else {
        c.unknown_data(ma_name, 0, "\n\t    ", ma_len);
    }
    Ok(true)
}

/// The TLVs from `at` in `b`, `tlen - at` bytes of them by the length.
fn tlvs(c: &mut Ctx, b: &[u8], at: usize, tlen: usize) -> Res {
    let mut p = at;
    let mut tlen = tlen - at;
    while tlen > 0 {
        let ty = u8at(b, p)?;
        c.s("\n\t");
        c.tok(TLV_NAMES, ty.into(), "Unknown");
        c.s(" TLV (0x");
        c.out.hex0(ty.into(), 2);
        c.s(")");
        // The end TLV has no length.
        if ty == TLV_END {
            return Ok(());
        }
        if tlen < 3 {
            return too_short(c);
        }
        if b.len() < p + 3 {
            c.trunc();
            return Ok(());
        }
        let mut len = usize::from(be16(b, p + 1)?);
        c.s(", length ");
        c.dec(len as u64);
        p += 3;
        tlen -= 3;
        let start = p;
        if tlen < len {
            return too_short(c);
        }
        if b.len() < p + len {
            c.trunc();
            return Ok(());
        }
        let mut dump = false;
        match ty {
            TLV_PORT_STATUS | TLV_INTERFACE_STATUS => {
                if len < 1 {
                    c.s(" (too short, must be >= 1)");
                    return Ok(());
                }
                let table = if ty == TLV_PORT_STATUS {
                    PORT_STATUS
                } else {
                    INTERFACE_STATUS
                };
                c.s(", Status: ");
                c.tok_num(table, u32::from(b[p]), "Unknown");
            }
            TLV_PRIVATE => {
                if len < 4 {
                    c.s(" (too short, must be >= 4)");
                    return Ok(());
                }
                let oui = u32::from(b[p]) << 16 | u32::from(b[p + 1]) << 8 | u32::from(b[p + 2]);
                c.s(", Vendor: ");
                c.s(names::oui_name(oui));
                c.s(" (");
                c.dec(oui);
                c.s("), Sub-Type ");
                c.dec(b[p + 3]);
                dump = true;
            }
            TLV_SENDER_ID => {
                let mut s = SenderId {
                    p,
                    tlen,
                    len,
                    dump: false,
                };
                let next = sender_id(c, b, &mut s)?;
                (p, tlen, len, dump) = (s.p, s.tlen, s.len, s.dump);
                match next {
                    Next::Dump => {}
                    Next::Skip => {
                        p += len;
                        tlen -= len.min(tlen);
                        continue;
                    }
                    Next::Stop => return Ok(()),
                }
            }
            _ => dump = true,
        }
        if dump || c.o.verbose > 1 {
            c.unknown_data(b, start, "\n\t  ", len);
        }
        p += len;
        tlen -= len.min(tlen);
    }
    Ok(())
}

/// Where the sender ID TLV's walk stands: tcpdump moves its pointer and
/// both counts field by field, and the TLV after it starts where they
/// leave it.
struct SenderId {
    p: usize,
    tlen: usize,
    len: usize,
    dump: bool,
}

/// How the TLV walk goes on after a sender ID.
enum Next {
    /// The hex dump check, then the next TLV.
    Dump,
    /// Straight to the next TLV.
    Skip,
    /// The packet's printing ends.
    Stop,
}

/// The sender ID TLV (802.1Q 21.5.3): chassis ID, management address
/// domain and address.
fn sender_id(c: &mut Ctx, b: &[u8], s: &mut SenderId) -> Res<Next> {
    if s.len < 1 {
        c.s(" (too short, must be >= 1)");
        return Ok(Next::Skip);
    }
    let chassis_len = usize::from(u8at(b, s.p)?);
    s.p += 1;
    s.tlen -= 1;
    s.len -= 1;
    if chassis_len > 0 {
        if s.len < 1 {
            c.s("\n\t  (TLV too short)");
            return Ok(Next::Skip);
        }
        let chassis_type = u8at(b, s.p)?;
        // The type byte is counted off the TLV, but the pointer stays.
        s.len -= 1;
        c.s("\n\t  Chassis-ID Type ");
        c.tok_num(CHASSIS_ID_TYPES, u32::from(chassis_type), "Unknown");
        c.s(", Chassis-ID length ");
        c.dec(chassis_len as u64);
        if s.len < chassis_len {
            c.s("\n\t  (TLV too short)");
            return Ok(Next::Skip);
        }
        match chassis_type {
            4 if chassis_len != 6 => {
                c.s(" (invalid MAC address length)");
                s.dump = true;
            }
            4 => {
                let mac = bytes(b, s.p + 1, 6)?;
                c.s("\n\t  MAC ");
                dispatch::mac(c, mac);
            }
            5 => s.dump |= network_addr(c, b, s.p + 1, chassis_len)?,
            1 | 2 | 3 | 6 | 7 => c.printjnp(b, s.p + 1, chassis_len)?,
            _ => s.dump = true,
        }
        s.len -= chassis_len;
        s.p += 1 + chassis_len;
        s.tlen -= (1 + chassis_len).min(s.tlen);
    }
    // The management address fields are there only if the TLV goes on.
    if s.len == 0 {
        return Ok(Next::Dump);
    }
    for (length_label, value_label) in [
        (
            "\n\t  Management Address Domain Length ",
            "\n\t  Management Address Domain: ",
        ),
        (
            "\n\t  Management Address Length ",
            "\n\t  Management Address: ",
        ),
    ] {
        let n = usize::from(u8at(b, s.p)?);
        s.p += 1;
        s.tlen -= 1.min(s.tlen);
        s.len -= 1;
        c.s(length_label);
        c.dec(n as u64);
        if n == 0 {
            break;
        }
        if s.len < n {
            c.s("\n\t  (TLV too short)");
            // A short domain skips to the next TLV; a short address ends
            // the packet.
            return Ok(if value_label.ends_with("Domain: ") {
                Next::Skip
            } else {
                Next::Stop
            });
        }
        s.len -= n;
        hex_print(c, b, s.p, value_label, n)?;
        s.p += n;
        s.tlen -= n.min(s.tlen);
        if value_label.ends_with("Domain: ") && s.len < 1 {
            c.s(" (Management Address Length is missing)");
            s.dump = true;
            break;
        }
    }
    Ok(Next::Dump)
}

/// cfm_network_addr_print: the family and an IPv4 or IPv6 address; true
/// asks for a hex dump.
fn network_addr(c: &mut Ctx, b: &[u8], at: usize, len: usize) -> Res<bool> {
    let af = u8at(b, at)?;
    c.s("\n\t  Network Address Type ");
    c.tok_num(AF_VALUES, u32::from(af), "Unknown");
    let (want, label) = match af {
        1 => (4, "(invalid IPv4 address length "),
        2 => (16, "(invalid IPv6 address length "),
        _ => return Ok(true),
    };
    if len != 1 + want {
        c.s(label);
        c.dec(len as u64 - 1);
        c.s(")");
        return Ok(true);
    }
    let a = bytes(b, at + 1, want)?;
    c.s(", ");
    if af == 1 {
        c.ip4(a)
    } else {
        c.ip6(a)
    }
    Ok(false)
}

/// hex_print: `label`, then the bytes as -x shows them (the TLV was
/// captured whole).
fn hex_print(c: &mut Ctx, b: &[u8], at: usize, label: &str, n: usize) -> Res {
    let data = bytes(b, at, n)?;
    hexdump::hex(c.out, label, data);
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, golden_levels, numeric};
    use crate::link::LinkType;

    /// CCMs with character, MAC and absent MD names and a name too long,
    /// linktrace message and reply with every TLV kind, a loopback
    /// message, another version, an unknown opcode, offsets too large and
    /// too small, and a header too short.
    #[test]
    fn messages_and_tlvs() {
        golden_levels(
            LinkType::Ethernet,
            &[
                (
                    "0180c20000300200000000018902600184460000123400110405646f6d303102046d612d3100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                    0,
                ),
                (
                    "0180c2000030020000000001890220010346000000050002030602000000000703020009000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000200010100",
                    0,
                ),
                (
                    "0180c20000300200000000018902000107460000000500020101280000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                    0,
                ),
                (
                    "0180c2000030020000000001890200010146000000050002042c0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                    0,
                ),
                (
                    "0180c2000030020000000001890240058011abcdef01400200000000010200000000020100100604020000000008022b060401020304010007050501c000020902000102030001071f000500120f0401040004646174610900017800",
                    0,
                ),
                (
                    "0180c2000030020000000001890240046006000000073f02050007000000000000000100040907010200",
                    0,
                ),
                (
                    "0180c2000030020000000001890200030004000000630400047061642100",
                    0,
                ),
                ("0180c2000030020000000001890201010000", 0),
                ("0180c2000030020000000001890200090008010203040506070800", 0),
                ("0180c20000300200000000018902000100c800", 0),
                ("0180c2000030020000000001890200050002000000", 0),
                ("0180c200003002000000000189020001", 0),
            ],
            &[
                (
                    numeric(0),
                    &[
                        "CFMv0 Continuity Check Message, MD Level 3, length 75",
                        "CFMv0 Continuity Check Message, MD Level 1, length 79",
                        "CFMv0 Continuity Check Message, MD Level 0, length 75",
                        "CFMv0 Continuity Check Message, MD Level 0, length 74",
                        "CFMv0 Linktrace Message, MD Level 2, length 78",
                        "CFMv0 Linktrace Reply, MD Level 2, length 28",
                        "CFMv0 Loopback Message, MD Level 0, length 16",
                        "CFMv1 not supported, length 4",
                        "CFMv0 unknown (9), MD Level 0, length 13",
                        "CFMv0 Continuity Check Message, MD Level 0, length 5",
                        "CFMv0 Linktrace Message, MD Level 0, length 7",
                        "\n\t\t packet is too short",
                    ],
                ),
                (
                    numeric(1),
                    &[
                        "CFMv0 Continuity Check Message, MD Level 3, length 75\n\tFirst TLV offset 70, Flags [CCM Interval 4, RDI]\n\t  CCM Interval 1.000s, min CCM Lifetime 3.250s, max CCM Lifetime 3.500s\n\t  Sequence Number 0x00001234, MA-End-Point-ID 0x0011\n\t  MD Name Format Character string (4), MD Name length 5\n\t  MD Name: dom01\n\t  MA Name-Format Character string (2), MA name length 4\n\t  MA Name: ma-1\n\tEnd TLV (0x00)",
                        "CFMv0 Continuity Check Message, MD Level 1, length 79\n\tFirst TLV offset 70, Flags [CCM Interval 3]\n\t  CCM Interval 0.100s, min CCM Lifetime 0.325s, max CCM Lifetime 0.350s\n\t  Sequence Number 0x00000005, MA-End-Point-ID 0x0002\n\t  MD Name Format MAC + 16Bit Integer (3), MD Name length 6\n\t  MD Name: \n\t  MAC 02:00:00:00:00:07\n\t  MA Name-Format 16Bit Integer (3), MA name length 2\n\t  MA Name: \n\t    0x0000:  0009\n\tPort status TLV (0x02), length 1, Status: Blocked (1)\n\tEnd TLV (0x00)",
                        "CFMv0 Continuity Check Message, MD Level 0, length 75\n\tFirst TLV offset 70, Flags [CCM Interval 7]\n\t  CCM Interval 600.000s, min CCM Lifetime 1950.000s, max CCM Lifetime 2100.000s\n\t  Sequence Number 0x00000005, MA-End-Point-ID 0x0002\n\t  MD Name Format No MD Name present (1)\n\t  MA Name-Format Primary VID (1), MA name length 40\n\t  MA Name: \n\t    0x0000:  0000 0000 0000 0000 0000 0000 0000 0000\n\t    0x0010:  0000 0000 0000 0000 0000 0000 0000 0000\n\t    0x0020:  0000 0000 0000 0000\n\tEnd TLV (0x00)",
                        "CFMv0 Continuity Check Message, MD Level 0, length 74\n\tFirst TLV offset 70, Flags [CCM Interval 1]\n\t  CCM Interval 0.003s, min CCM Lifetime 0.011s, max CCM Lifetime 0.012s\n\t  Sequence Number 0x00000005, MA-End-Point-ID 0x0002\n\t  MD Name Format Character string (4), MD Name length 44 (too large, must be <= 44)",
                        "CFMv0 Linktrace Message, MD Level 2, length 78\n\tFirst TLV offset 17, Flags [Use Forwarding-DB only]\n\t  Transaction-ID 0xabcdef01, ttl 64\n\t  Original-MAC 02:00:00:00:00:01, Target-MAC 02:00:00:00:00:02\n\tSender ID TLV (0x01), length 16\n\t  Chassis-ID Type MAC address (4), Chassis-ID length 6\n\t  MAC 02:00:00:00:00:08\n\t  Management Address Domain Length 2\n\t  Management Address Domain: 0x0000:  2b06\n\t  Management Address Length 4\n\t  Management Address: 0x0000:  0102 0304\n\tSender ID TLV (0x01), length 7\n\t  Chassis-ID Type Network address (5), Chassis-ID length 5\n\t  Network Address Type IPv4 (1), 192.0.2.9\n\tPort status TLV (0x02), length 1, Status: Up (2)\n\tInterface status TLV (0x03), length 1, Status: lower Layer down (7)\n\tOrganization Specific TLV (0x1f), length 5, Vendor: IEEE 802.3 Private (4623), Sub-Type 4\n\t  0x0000:  0012 0f04 01\n\tData TLV (0x04), length 4\n\t  0x0000:  6461 7461\n\tUnknown TLV (0x09), length 1\n\t  0x0000:  78\n\tEnd TLV (0x00)",
                        "CFMv0 Linktrace Reply, MD Level 2, length 28\n\tFirst TLV offset 6, Flags [FwdYes, Terminal MEP]\n\t  Transaction-ID 0x00000007, ttl 63\n\t  Replay-Action Filtering DB (2)\n\tReply Ingress TLV (0x05), length 7\n\t  0x0000:  0000 0000 0000 00\n\tSender ID TLV (0x01), length 4\n\t  Chassis-ID Type Locally assigned (7), Chassis-ID length 9\n\t  (TLV too short)\n\tPort status TLV (0x02)\n\t\t packet is too short",
                        "CFMv0 Loopback Message, MD Level 0, length 16\n\tFirst TLV offset 4\n\t  0x0000:  0000 0063 0400 0470\n\tData TLV (0x04), length 4\n\t  0x0000:  7061 6421\n\tEnd TLV (0x00)",
                        "CFMv1 not supported, length 4",
                        "CFMv0 unknown (9), MD Level 0, length 13\n\tFirst TLV offset 8\n\t  0x0000:  01\n\tEnd TLV (0x00)",
                        "CFMv0 Continuity Check Message, MD Level 0, length 5\n\tFirst TLV offset 200 (too large, must be <= 1)",
                        "CFMv0 Linktrace Message, MD Level 0, length 7\n\tFirst TLV offset 2 (too small 4, must be >= 17)",
                        "\n\t\t packet is too short",
                    ],
                ),
                (
                    numeric(2),
                    &[
                        "CFMv0 Continuity Check Message, MD Level 3, length 75\n\tFirst TLV offset 70, Flags [CCM Interval 4, RDI]\n\t  CCM Interval 1.000s, min CCM Lifetime 3.250s, max CCM Lifetime 3.500s\n\t  Sequence Number 0x00001234, MA-End-Point-ID 0x0011\n\t  MD Name Format Character string (4), MD Name length 5\n\t  MD Name: dom01\n\t  MA Name-Format Character string (2), MA name length 4\n\t  MA Name: ma-1\n\tEnd TLV (0x00)",
                        "CFMv0 Continuity Check Message, MD Level 1, length 79\n\tFirst TLV offset 70, Flags [CCM Interval 3]\n\t  CCM Interval 0.100s, min CCM Lifetime 0.325s, max CCM Lifetime 0.350s\n\t  Sequence Number 0x00000005, MA-End-Point-ID 0x0002\n\t  MD Name Format MAC + 16Bit Integer (3), MD Name length 6\n\t  MD Name: \n\t  MAC 02:00:00:00:00:07\n\t  MA Name-Format 16Bit Integer (3), MA name length 2\n\t  MA Name: \n\t    0x0000:  0009\n\tPort status TLV (0x02), length 1, Status: Blocked (1)\n\t  0x0000:  01\n\tEnd TLV (0x00)",
                        "CFMv0 Continuity Check Message, MD Level 0, length 75\n\tFirst TLV offset 70, Flags [CCM Interval 7]\n\t  CCM Interval 600.000s, min CCM Lifetime 1950.000s, max CCM Lifetime 2100.000s\n\t  Sequence Number 0x00000005, MA-End-Point-ID 0x0002\n\t  MD Name Format No MD Name present (1)\n\t  MA Name-Format Primary VID (1), MA name length 40\n\t  MA Name: \n\t    0x0000:  0000 0000 0000 0000 0000 0000 0000 0000\n\t    0x0010:  0000 0000 0000 0000 0000 0000 0000 0000\n\t    0x0020:  0000 0000 0000 0000\n\tEnd TLV (0x00)",
                        "CFMv0 Continuity Check Message, MD Level 0, length 74\n\tFirst TLV offset 70, Flags [CCM Interval 1]\n\t  CCM Interval 0.003s, min CCM Lifetime 0.011s, max CCM Lifetime 0.012s\n\t  Sequence Number 0x00000005, MA-End-Point-ID 0x0002\n\t  MD Name Format Character string (4), MD Name length 44 (too large, must be <= 44)",
                        "CFMv0 Linktrace Message, MD Level 2, length 78\n\tFirst TLV offset 17, Flags [Use Forwarding-DB only]\n\t  Transaction-ID 0xabcdef01, ttl 64\n\t  Original-MAC 02:00:00:00:00:01, Target-MAC 02:00:00:00:00:02\n\tSender ID TLV (0x01), length 16\n\t  Chassis-ID Type MAC address (4), Chassis-ID length 6\n\t  MAC 02:00:00:00:00:08\n\t  Management Address Domain Length 2\n\t  Management Address Domain: 0x0000:  2b06\n\t  Management Address Length 4\n\t  Management Address: 0x0000:  0102 0304\n\tSender ID TLV (0x01), length 7\n\t  Chassis-ID Type Network address (5), Chassis-ID length 5\n\t  Network Address Type IPv4 (1), 192.0.2.9\n\tPort status TLV (0x02), length 1, Status: Up (2)\n\t  0x0000:  02\n\tInterface status TLV (0x03), length 1, Status: lower Layer down (7)\n\t  0x0000:  07\n\tOrganization Specific TLV (0x1f), length 5, Vendor: IEEE 802.3 Private (4623), Sub-Type 4\n\t  0x0000:  0012 0f04 01\n\tData TLV (0x04), length 4\n\t  0x0000:  6461 7461\n\tUnknown TLV (0x09), length 1\n\t  0x0000:  78\n\tEnd TLV (0x00)",
                        "CFMv0 Linktrace Reply, MD Level 2, length 28\n\tFirst TLV offset 6, Flags [FwdYes, Terminal MEP]\n\t  Transaction-ID 0x00000007, ttl 63\n\t  Replay-Action Filtering DB (2)\n\tReply Ingress TLV (0x05), length 7\n\t  0x0000:  0000 0000 0000 00\n\tSender ID TLV (0x01), length 4\n\t  Chassis-ID Type Locally assigned (7), Chassis-ID length 9\n\t  (TLV too short)\n\tPort status TLV (0x02)\n\t\t packet is too short",
                        "CFMv0 Loopback Message, MD Level 0, length 16\n\tFirst TLV offset 4\n\t  0x0000:  0000 0063 0400 0470\n\tData TLV (0x04), length 4\n\t  0x0000:  7061 6421\n\tEnd TLV (0x00)",
                        "CFMv1 not supported, length 4",
                        "CFMv0 unknown (9), MD Level 0, length 13\n\tFirst TLV offset 8\n\t  0x0000:  01\n\tEnd TLV (0x00)",
                        "CFMv0 Continuity Check Message, MD Level 0, length 5\n\tFirst TLV offset 200 (too large, must be <= 1)",
                        "CFMv0 Linktrace Message, MD Level 0, length 7\n\tFirst TLV offset 2 (too small 4, must be >= 17)",
                        "\n\t\t packet is too short",
                    ],
                ),
            ],
        );
    }

    /// Frames cut inside each kind of message.
    #[test]
    fn shorter_frames() {
        golden(
            numeric(1),
            &[
                (
                    "0180c200003002000000000189026001",
                    "\n\t\t packet is too short",
                ),
                (
                    "0180c2000030020000000001890260018446",
                    "CFMv0 Continuity Check Message, MD Level 3, length 4\n\tFirst TLV offset 70 (too large, must be <= 0)",
                ),
                (
                    "0180c20000300200000000018902600184460000123400110405646f6d30",
                    "CFMv0 Continuity Check Message, MD Level 3, length 16\n\tFirst TLV offset 70 (too large, must be <= 12)",
                ),
                (
                    "0180c20000300200000000018902600184460000123400110405646f6d303102046d612d3100000000000000",
                    "CFMv0 Continuity Check Message, MD Level 3, length 30\n\tFirst TLV offset 70 (too large, must be <= 26)",
                ),
                (
                    "0180c20000300200000000018902600184460000123400110405646f6d303102046d612d3100000000000000000000000000",
                    "CFMv0 Continuity Check Message, MD Level 3, length 36\n\tFirst TLV offset 70 (too large, must be <= 32)",
                ),
                (
                    "0180c20000300200000000018902600184460000123400110405646f6d303102046d612d31000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                    "CFMv0 Continuity Check Message, MD Level 3, length 65\n\tFirst TLV offset 70 (too large, must be <= 61)",
                ),
                (
                    "0180c20000300200000000018902600184460000123400110405646f6d303102046d612d3100000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                    "CFMv0 Continuity Check Message, MD Level 3, length 66\n\tFirst TLV offset 70 (too large, must be <= 62)",
                ),
                (
                    "0180c20000300200000000018902600184460000123400110405646f6d303102046d612d3100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                    "CFMv0 Continuity Check Message, MD Level 3, length 72\n\tFirst TLV offset 70 (too large, must be <= 68)",
                ),
                (
                    "0180c200003002000000000189022001",
                    "\n\t\t packet is too short",
                ),
                (
                    "0180c2000030020000000001890220010346",
                    "CFMv0 Continuity Check Message, MD Level 1, length 4\n\tFirst TLV offset 70 (too large, must be <= 0)",
                ),
                (
                    "0180c2000030020000000001890220010346000000050002030602000000",
                    "CFMv0 Continuity Check Message, MD Level 1, length 16\n\tFirst TLV offset 70 (too large, must be <= 12)",
                ),
                (
                    "0180c200003002000000000189022001034600000005000203060200000000070302000900000000000000000000",
                    "CFMv0 Continuity Check Message, MD Level 1, length 32\n\tFirst TLV offset 70 (too large, must be <= 28)",
                ),
                (
                    "0180c20000300200000000018902200103460000000500020306020000000007030200090000000000000000000000000000",
                    "CFMv0 Continuity Check Message, MD Level 1, length 36\n\tFirst TLV offset 70 (too large, must be <= 32)",
                ),
                (
                    "0180c20000300200000000018902200103460000000500020306020000000007030200090000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                    "CFMv0 Continuity Check Message, MD Level 1, length 66\n\tFirst TLV offset 70 (too large, must be <= 62)",
                ),
                (
                    "0180c20000300200000000018902200103460000000500020306020000000007030200090000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                    "CFMv0 Continuity Check Message, MD Level 1, length 69\n\tFirst TLV offset 70 (too large, must be <= 65)",
                ),
                (
                    "0180c20000300200000000018902200103460000000500020306020000000007030200090000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                    "CFMv0 Continuity Check Message, MD Level 1, length 72\n\tFirst TLV offset 70 (too large, must be <= 68)",
                ),
                (
                    "0180c2000030020000000001890220010346000000050002030602000000000703020009000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000200",
                    "CFMv0 Continuity Check Message, MD Level 1, length 76\n\tFirst TLV offset 70, Flags [CCM Interval 3]\n\t  CCM Interval 0.100s, min CCM Lifetime 0.325s, max CCM Lifetime 0.350s\n\t  Sequence Number 0x00000005, MA-End-Point-ID 0x0002\n\t  MD Name Format MAC + 16Bit Integer (3), MD Name length 6\n\t  MD Name: \n\t  MAC 02:00:00:00:00:07\n\t  MA Name-Format 16Bit Integer (3), MA name length 2\n\t  MA Name: \n\t    0x0000:  0009\n\tPort status TLV (0x02)\n\t\t packet is too short",
                ),
                (
                    "0180c200003002000000000189020001",
                    "\n\t\t packet is too short",
                ),
                (
                    "0180c2000030020000000001890200010746",
                    "CFMv0 Continuity Check Message, MD Level 0, length 4\n\tFirst TLV offset 70 (too large, must be <= 0)",
                ),
                (
                    "0180c2000030020000000001890200010746000000050002010128000000",
                    "CFMv0 Continuity Check Message, MD Level 0, length 16\n\tFirst TLV offset 70 (too large, must be <= 12)",
                ),
                (
                    "0180c20000300200000000018902000107460000000500020101280000000000000000000000000000000000",
                    "CFMv0 Continuity Check Message, MD Level 0, length 30\n\tFirst TLV offset 70 (too large, must be <= 26)",
                ),
                (
                    "0180c20000300200000000018902000107460000000500020101280000000000000000000000000000000000000000000000",
                    "CFMv0 Continuity Check Message, MD Level 0, length 36\n\tFirst TLV offset 70 (too large, must be <= 32)",
                ),
                (
                    "0180c200003002000000000189020001074600000005000201012800000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                    "CFMv0 Continuity Check Message, MD Level 0, length 65\n\tFirst TLV offset 70 (too large, must be <= 61)",
                ),
                (
                    "0180c20000300200000000018902000107460000000500020101280000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                    "CFMv0 Continuity Check Message, MD Level 0, length 66\n\tFirst TLV offset 70 (too large, must be <= 62)",
                ),
                (
                    "0180c20000300200000000018902000107460000000500020101280000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                    "CFMv0 Continuity Check Message, MD Level 0, length 72\n\tFirst TLV offset 70 (too large, must be <= 68)",
                ),
                (
                    "0180c200003002000000000189020001",
                    "\n\t\t packet is too short",
                ),
                (
                    "0180c2000030020000000001890200010146",
                    "CFMv0 Continuity Check Message, MD Level 0, length 4\n\tFirst TLV offset 70 (too large, must be <= 0)",
                ),
                (
                    "0180c2000030020000000001890200010146000000050002042c00000000",
                    "CFMv0 Continuity Check Message, MD Level 0, length 16\n\tFirst TLV offset 70 (too large, must be <= 12)",
                ),
                (
                    "0180c2000030020000000001890200010146000000050002042c000000000000000000000000000000000000",
                    "CFMv0 Continuity Check Message, MD Level 0, length 30\n\tFirst TLV offset 70 (too large, must be <= 26)",
                ),
                (
                    "0180c2000030020000000001890200010146000000050002042c000000000000000000000000000000000000000000000000",
                    "CFMv0 Continuity Check Message, MD Level 0, length 36\n\tFirst TLV offset 70 (too large, must be <= 32)",
                ),
                (
                    "0180c2000030020000000001890200010146000000050002042c00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                    "CFMv0 Continuity Check Message, MD Level 0, length 64\n\tFirst TLV offset 70 (too large, must be <= 60)",
                ),
                (
                    "0180c2000030020000000001890200010146000000050002042c000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                    "CFMv0 Continuity Check Message, MD Level 0, length 66\n\tFirst TLV offset 70 (too large, must be <= 62)",
                ),
                (
                    "0180c2000030020000000001890200010146000000050002042c0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                    "CFMv0 Continuity Check Message, MD Level 0, length 71\n\tFirst TLV offset 70 (too large, must be <= 67)",
                ),
                (
                    "0180c2000030020000000001890200010146000000050002042c000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                    "CFMv0 Continuity Check Message, MD Level 0, length 72\n\tFirst TLV offset 70 (too large, must be <= 68)",
                ),
                (
                    "0180c200003002000000000189024005",
                    "\n\t\t packet is too short",
                ),
                (
                    "0180c2000030020000000001890240058011",
                    "CFMv0 Linktrace Message, MD Level 2, length 4\n\tFirst TLV offset 17 (too large, must be <= 0)",
                ),
                (
                    "0180c2000030020000000001890240058011abcdef014002000000000102",
                    "CFMv0 Linktrace Message, MD Level 2, length 16\n\tFirst TLV offset 17 (too large, must be <= 12)",
                ),
                (
                    "0180c2000030020000000001890240058011abcdef01400200000000010200000000020100100604020000000008",
                    "CFMv0 Linktrace Message, MD Level 2, length 32\n\tFirst TLV offset 17, Flags [Use Forwarding-DB only]\n\t  Transaction-ID 0xabcdef01, ttl 64\n\t  Original-MAC 02:00:00:00:00:01, Target-MAC 02:00:00:00:00:02\n\tSender ID TLV (0x01), length 16\n\t\t packet is too short",
                ),
                (
                    "0180c2000030020000000001890240058011abcdef01400200000000010200000000020100100604020000000008022b0604",
                    "CFMv0 Linktrace Message, MD Level 2, length 36\n\tFirst TLV offset 17, Flags [Use Forwarding-DB only]\n\t  Transaction-ID 0xabcdef01, ttl 64\n\t  Original-MAC 02:00:00:00:00:01, Target-MAC 02:00:00:00:00:02\n\tSender ID TLV (0x01), length 16\n\t\t packet is too short",
                ),
                (
                    "0180c2000030020000000001890240058011abcdef01400200000000010200000000020100100604020000000008022b060401020304010007050501c000020902000102030001071f000500120f0401",
                    "CFMv0 Linktrace Message, MD Level 2, length 66\n\tFirst TLV offset 17, Flags [Use Forwarding-DB only]\n\t  Transaction-ID 0xabcdef01, ttl 64\n\t  Original-MAC 02:00:00:00:00:01, Target-MAC 02:00:00:00:00:02\n\tSender ID TLV (0x01), length 16\n\t  Chassis-ID Type MAC address (4), Chassis-ID length 6\n\t  MAC 02:00:00:00:00:08\n\t  Management Address Domain Length 2\n\t  Management Address Domain: 0x0000:  2b06\n\t  Management Address Length 4\n\t  Management Address: 0x0000:  0102 0304\n\tSender ID TLV (0x01), length 7\n\t  Chassis-ID Type Network address (5), Chassis-ID length 5\n\t  Network Address Type IPv4 (1), 192.0.2.9\n\tPort status TLV (0x02), length 1, Status: Up (2)\n\tInterface status TLV (0x03), length 1, Status: lower Layer down (7)\n\tOrganization Specific TLV (0x1f), length 5, Vendor: IEEE 802.3 Private (4623), Sub-Type 4\n\t  0x0000:  0012 0f04 01",
                ),
                (
                    "0180c2000030020000000001890240058011abcdef01400200000000010200000000020100100604020000000008022b060401020304010007050501c000020902000102030001071f000500120f04010400",
                    "CFMv0 Linktrace Message, MD Level 2, length 68\n\tFirst TLV offset 17, Flags [Use Forwarding-DB only]\n\t  Transaction-ID 0xabcdef01, ttl 64\n\t  Original-MAC 02:00:00:00:00:01, Target-MAC 02:00:00:00:00:02\n\tSender ID TLV (0x01), length 16\n\t  Chassis-ID Type MAC address (4), Chassis-ID length 6\n\t  MAC 02:00:00:00:00:08\n\t  Management Address Domain Length 2\n\t  Management Address Domain: 0x0000:  2b06\n\t  Management Address Length 4\n\t  Management Address: 0x0000:  0102 0304\n\tSender ID TLV (0x01), length 7\n\t  Chassis-ID Type Network address (5), Chassis-ID length 5\n\t  Network Address Type IPv4 (1), 192.0.2.9\n\tPort status TLV (0x02), length 1, Status: Up (2)\n\tInterface status TLV (0x03), length 1, Status: lower Layer down (7)\n\tOrganization Specific TLV (0x1f), length 5, Vendor: IEEE 802.3 Private (4623), Sub-Type 4\n\t  0x0000:  0012 0f04 01\n\tData TLV (0x04)\n\t\t packet is too short",
                ),
                (
                    "0180c2000030020000000001890240058011abcdef01400200000000010200000000020100100604020000000008022b060401020304010007050501c000020902000102030001071f000500120f0401040004646174",
                    "CFMv0 Linktrace Message, MD Level 2, length 72\n\tFirst TLV offset 17, Flags [Use Forwarding-DB only]\n\t  Transaction-ID 0xabcdef01, ttl 64\n\t  Original-MAC 02:00:00:00:00:01, Target-MAC 02:00:00:00:00:02\n\tSender ID TLV (0x01), length 16\n\t  Chassis-ID Type MAC address (4), Chassis-ID length 6\n\t  MAC 02:00:00:00:00:08\n\t  Management Address Domain Length 2\n\t  Management Address Domain: 0x0000:  2b06\n\t  Management Address Length 4\n\t  Management Address: 0x0000:  0102 0304\n\tSender ID TLV (0x01), length 7\n\t  Chassis-ID Type Network address (5), Chassis-ID length 5\n\t  Network Address Type IPv4 (1), 192.0.2.9\n\tPort status TLV (0x02), length 1, Status: Up (2)\n\tInterface status TLV (0x03), length 1, Status: lower Layer down (7)\n\tOrganization Specific TLV (0x1f), length 5, Vendor: IEEE 802.3 Private (4623), Sub-Type 4\n\t  0x0000:  0012 0f04 01\n\tData TLV (0x04), length 4\n\t\t packet is too short",
                ),
                (
                    "0180c2000030020000000001890240058011abcdef01400200000000010200000000020100100604020000000008022b060401020304010007050501c000020902000102030001071f000500120f0401040004646174610900",
                    "CFMv0 Linktrace Message, MD Level 2, length 75\n\tFirst TLV offset 17, Flags [Use Forwarding-DB only]\n\t  Transaction-ID 0xabcdef01, ttl 64\n\t  Original-MAC 02:00:00:00:00:01, Target-MAC 02:00:00:00:00:02\n\tSender ID TLV (0x01), length 16\n\t  Chassis-ID Type MAC address (4), Chassis-ID length 6\n\t  MAC 02:00:00:00:00:08\n\t  Management Address Domain Length 2\n\t  Management Address Domain: 0x0000:  2b06\n\t  Management Address Length 4\n\t  Management Address: 0x0000:  0102 0304\n\tSender ID TLV (0x01), length 7\n\t  Chassis-ID Type Network address (5), Chassis-ID length 5\n\t  Network Address Type IPv4 (1), 192.0.2.9\n\tPort status TLV (0x02), length 1, Status: Up (2)\n\tInterface status TLV (0x03), length 1, Status: lower Layer down (7)\n\tOrganization Specific TLV (0x1f), length 5, Vendor: IEEE 802.3 Private (4623), Sub-Type 4\n\t  0x0000:  0012 0f04 01\n\tData TLV (0x04), length 4\n\t  0x0000:  6461 7461\n\tUnknown TLV (0x09)\n\t\t packet is too short",
                ),
                (
                    "0180c200003002000000000189024004",
                    "\n\t\t packet is too short",
                ),
                (
                    "0180c2000030020000000001890240046006",
                    "CFMv0 Linktrace Reply, MD Level 2, length 4\n\tFirst TLV offset 6 (too large, must be <= 0)",
                ),
                (
                    "0180c2000030020000000001890240046006000000",
                    "CFMv0 Linktrace Reply, MD Level 2, length 7\n\tFirst TLV offset 6 (too large, must be <= 3)",
                ),
                (
                    "0180c2000030020000000001890240046006000000073f02050007000000",
                    "CFMv0 Linktrace Reply, MD Level 2, length 16\n\tFirst TLV offset 6, Flags [FwdYes, Terminal MEP]\n\t  Transaction-ID 0x00000007, ttl 63\n\t  Replay-Action Filtering DB (2)\n\tReply Ingress TLV (0x05), length 7\n\t\t packet is too short",
                ),
                (
                    "0180c2000030020000000001890240046006000000073f020500070000000000",
                    "CFMv0 Linktrace Reply, MD Level 2, length 18\n\tFirst TLV offset 6, Flags [FwdYes, Terminal MEP]\n\t  Transaction-ID 0x00000007, ttl 63\n\t  Replay-Action Filtering DB (2)\n\tReply Ingress TLV (0x05), length 7\n\t\t packet is too short",
                ),
                (
                    "0180c2000030020000000001890240046006000000073f02050007000000000000000100040907",
                    "CFMv0 Linktrace Reply, MD Level 2, length 25\n\tFirst TLV offset 6, Flags [FwdYes, Terminal MEP]\n\t  Transaction-ID 0x00000007, ttl 63\n\t  Replay-Action Filtering DB (2)\n\tReply Ingress TLV (0x05), length 7\n\t  0x0000:  0000 0000 0000 00\n\tSender ID TLV (0x01), length 4\n\t\t packet is too short",
                ),
                (
                    "0180c2000030020000000001890200",
                    "\n\t\t packet is too short",
                ),
                (
                    "0180c200003002000000000189020003",
                    "\n\t\t packet is too short",
                ),
                (
                    "0180c2000030020000000001890200030004",
                    "CFMv0 Loopback Message, MD Level 0, length 4\n\tFirst TLV offset 4 (too large, must be <= 0)",
                ),
                (
                    "0180c20000300200000000018902000300040000",
                    "CFMv0 Loopback Message, MD Level 0, length 6\n\tFirst TLV offset 4 (too large, must be <= 2)",
                ),
                (
                    "0180c2000030020000000001890200030004000000630400047061",
                    "CFMv0 Loopback Message, MD Level 0, length 13\n\tFirst TLV offset 4\n\t  0x0000:  0000 0063 04\n\tData TLV (0x04), length 4\n\t\t packet is too short",
                ),
            ],
        );
    }
}
