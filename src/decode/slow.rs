//! Slow protocols (print-slow.c): LACP and marker TLVs, and Ethernet OAM
//! (802.3ah) information, link event and loopback PDUs.

use super::ctx::codes;
use super::out::Emit;
use super::{Ctx, Res, be16, be32, bytes, dispatch, names, rest, u8at};

const LACP: u8 = 1;
const MARKER: u8 = 2;
const OAM: u8 = 3;

/// slow_print: the subtype line; with -v its TLVs.
pub(crate) fn slow(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "slow";
    if length < 1 {
        return too_short(c);
    }
    let subtype = u8at(b, 0)?;
    match subtype {
        LACP | MARKER => {
            if length < 2 {
                return too_short(c);
            }
            let version = u8at(b, 1)?;
            let name = if subtype == LACP { "LACP" } else { "MARKER" };
            c.s(name);
            if version != 1 {
                c.s(" version ");
                c.dec(version);
                c.s(" packet not supported");
                return Ok(());
            }
            c.s("v1, length ");
            c.dec(length as u64);
            if c.o.verbose > 0 {
                lacp_marker(c, rest(b, 2), length - 2, subtype)?;
            }
        }
        OAM => {
            c.s("OAM, length ");
            c.dec(length as u64);
            if c.o.verbose > 0 {
                oam(c, rest(b, 1), length - 1)?;
            }
        }
        _ => {
            c.s("unknown (");
            c.dec(subtype);
            c.s("), length ");
            c.dec(length as u64);
            c.unknown_data(b, 0, "\n\t", length);
        }
    }
    Ok(())
}

/// tcpdump's complaint, at -v, about a PDU or TLV shorter than it must be.
const TOO_SHORT: &str = "\n\t\t packet is too short";

/// A header too short for what it must hold: its own line at -v.
fn too_short(c: &mut Ctx) -> Res {
    c.s(if c.o.verbose == 0 {
        " (packet is too short)"
    } else {
        TOO_SHORT
    });
    Ok(())
}

/// Whether `left` bytes fall short of the `least` a PDU or TLV needs;
/// if so, tcpdump's complaint is printed and the caller stops.
fn short_of(c: &mut Ctx, left: usize, least: usize) -> bool {
    if left < least {
        c.s(TOO_SHORT);
    }
    left < least
}

/// bittok2str with tcpdump's "none".
fn flags(c: &mut Ctx, table: &[(u32, &str)], v: u32) {
    c.s("[");
    c.flag_names(v, table);
    c.s("]");
}

const ACTOR_PARTNER_STATE: &[(u32, &str)] = &[
    (0x01, "Activity"),
    (0x02, "Timeout"),
    (0x04, "Aggregation"),
    (0x08, "Synchronization"),
    (0x10, "Collecting"),
    (0x20, "Distributing"),
    (0x40, "Default"),
    (0x80, "Expired"),
];

/// TLV names by (subtype << 8) + type: LACP and marker number theirs
/// separately.
const LACP_MARKER_TLVS: &[(u32, &str)] = &[
    ((LACP as u32) << 8, "Terminator"),
    (((LACP as u32) << 8) + 1, "Actor Information"),
    (((LACP as u32) << 8) + 2, "Partner Information"),
    (((LACP as u32) << 8) + 3, "Collector Information"),
    ((MARKER as u32) << 8, "Terminator"),
    (((MARKER as u32) << 8) + 1, "Marker Information"),
];

/// Body lengths (after the two header bytes) of the TLVs decoded.
const ACTOR_PARTNER_LEN: usize = 18;
const COLLECTOR_LEN: usize = 14;
const MARKER_INFO_LEN: usize = 14;

/// slow_marker_lacp_print: the TLVs of a LACP or marker PDU.
fn lacp_marker(c: &mut Ctx, b: &[u8], length: usize, subtype: u8) -> Res {
    let header = |c: &mut Ctx, ty: u8, len: u8| {
        let key = (u32::from(subtype) << 8) + u32::from(ty);
        c.s("\n\t");
        c.tok(LACP_MARKER_TLVS, key, "Unknown");
        c.s(" TLV (0x");
        c.out.hex0(ty.into(), 2);
        c.s("), length ");
        c.dec(len);
    };
    tlvs(c, b, length, header, |c, tlv, ty| {
        let body = &tlv[2..];
        let want = match (subtype, ty) {
            (LACP, 1 | 2) => Some(ACTOR_PARTNER_LEN),
            (LACP, 3) => Some(COLLECTOR_LEN),
            (MARKER, 1) => Some(MARKER_INFO_LEN),
            _ => None,
        };
        match want {
            Some(n) if body.len() != n => {
                c.s("\n\t    ERROR: illegal length - should be ");
                c.dec(n as u64 + 2);
            }
            Some(_) => match (subtype, ty) {
                (LACP, 1 | 2) => {
                    c.s("\n\t  System ");
                    dispatch::mac(c, &body[2..8]);
                    let fields = [
                        (", System Priority ", be16(body, 0)?),
                        (", Key ", be16(body, 8)?),
                        (", Port ", be16(body, 12)?),
                        (", Port Priority ", be16(body, 10)?),
                    ];
                    for (label, v) in fields {
                        c.s(label);
                        c.dec(v);
                    }
                    c.s("\n\t  State Flags ");
                    flags(c, ACTOR_PARTNER_STATE, body[14].into());
                }
                (LACP, _) => {
                    c.s("\n\t  Max Delay ");
                    c.dec(be16(body, 0)?);
                }
                _ => {
                    c.s("\n\t  Request System ");
                    dispatch::mac(c, &body[2..8]);
                    c.s(", Request Port ");
                    c.dec(be16(body, 0)?);
                    c.s(", Request Transaction ID 0x");
                    c.out.hex0(be32(body, 8)?.into(), 8);
                }
            },
            None if c.o.verbose <= 1 => c.unknown_data(body, 0, "\n\t  ", body.len()),
            None => {}
        }
        if c.o.verbose > 1 {
            c.unknown_data(body, 0, "\n\t  ", body.len());
        }
        Ok(())
    })
}

/// The TLV walk of LACP, marker and OAM PDUs: `header` prints each TLV's
/// type and length, `body` gets its bytes (header included); a terminator
/// (type 0) ends the walk whatever length it claims.
fn tlvs(
    c: &mut Ctx,
    b: &[u8],
    length: usize,
    header: impl Fn(&mut Ctx, u8, u8),
    mut body: impl FnMut(&mut Ctx, &[u8], u8) -> Res,
) -> Res {
    let (mut at, mut left) = (0usize, length);
    while left > 0 {
        if short_of(c, left, 2) {
            return Ok(());
        }
        let ty = u8at(b, at)?;
        let len = u8at(b, at + 1)?;
        header(c, ty, len);
        if ty == 0 {
            return Ok(());
        }
        if len < 2 {
            c.s("\n\t    ERROR: illegal length - should be >= 2");
            return Ok(());
        }
        let len = usize::from(len);
        if short_of(c, left, len) {
            return Ok(());
        }
        body(c, bytes(b, at, len)?, ty)?;
        at += len;
        left -= len;
    }
    Ok(())
}

const OAM_FLAGS: &[(u32, &str)] = &[
    (0x0001, "Link Fault"),
    (0x0002, "Dying Gasp"),
    (0x0004, "Critical Event"),
    (0x0008, "Local Evaluating"),
    (0x0010, "Local Stable"),
    (0x0020, "Remote Evaluating"),
    (0x0040, "Remote Stable"),
];

codes! {
    /// slow_oam_code_values: the OAM PDU codes.
    OAM_CODES: u8 {
        CODE_INFO = 0x00 => "Information",
        CODE_EVENT = 0x01 => "Event Notification",
        _ = 0x02 => "Variable Request",
        _ = 0x03 => "Variable Response",
        CODE_LOOPBACK = 0x04 => "Loopback Control",
        _ = 0xfe => "Vendor Private",
    }
}

const INFO_TYPES: &[(u32, &str)] = &[
    (0x00, "End of TLV marker"),
    (0x01, "Local"),
    (0x02, "Remote"),
    (0xfe, "Organization specific"),
];

const PARSER_ACTIONS: [&str; 4] = ["forwarding", "looping back", "discarding", "reserved"];

const OAM_CONFIG: &[(u32, &str)] = &[
    (0x01, "Active"),
    (0x02, "Unidirectional"),
    (0x04, "Remote-Loopback"),
    (0x08, "Link-Events"),
    (0x10, "Variable-Retrieval"),
];

const LINK_EVENTS: &[(u32, &str)] = &[
    (0x00, "End of TLV marker"),
    (0x01, "Errored Symbol Period Event"),
    (0x02, "Errored Frame Event"),
    (0x03, "Errored Frame Period Event"),
    (0x04, "Errored Frame Seconds Summary Event"),
    (0xfe, "Organization specific"),
];

const LOOPBACK_COMMANDS: &[(u32, &str)] = &[
    (0x01, "Enable OAM Remote Loopback"),
    (0x02, "Disable OAM Remote Loopback"),
];

/// The local and remote information TLVs' length, header included.
const INFO_LEN: u8 = 16;
/// The link event TLVs' length, header included.
const LINK_EVENT_LEN: u8 = 40;

/// slow_oam_print: flags and code, then the code's TLVs.
fn oam(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    if short_of(c, length, 3) {
        return Ok(());
    }
    let code = u8at(b, 2)?;
    let oam_flags = be16(b, 0)?;
    c.s("\n\tCode ");
    c.tok_or(OAM_CODES, code.into(), "Unknown (", ")");
    c.s(" OAM PDU, Flags ");
    flags(c, OAM_FLAGS, oam_flags.into());
    let b = rest(b, 3);
    let length = length - 3;
    match code {
        CODE_INFO => oam_tlvs(c, b, length, false),
        CODE_EVENT => {
            if short_of(c, length, 2) {
                return Ok(());
            }
            let sequence = be16(b, 0)?;
            c.s("\n\t  Sequence Number ");
            c.dec(sequence);
            oam_tlvs(c, rest(b, 2), length - 2, true)
        }
        CODE_LOOPBACK => {
            if short_of(c, length, 1) {
                return Ok(());
            }
            let command = u8at(b, 0)?;
            c.s("\n\t  Command ");
            c.tok_num(LOOPBACK_COMMANDS, command.into(), "Unknown");
            Ok(())
        }
        _ => {
            if c.o.verbose <= 1 {
                c.unknown_data(b, 0, "\n\t  ", length);
            }
            Ok(())
        }
    }
}

/// The TLVs of an information PDU, or (`events`) of an event
/// notification.
fn oam_tlvs(c: &mut Ctx, b: &[u8], length: usize, events: bool) -> Res {
    let header = |c: &mut Ctx, ty: u8, len: u8| {
        c.s("\n\t  ");
        if events {
            c.tok(LINK_EVENTS, ty.into(), "Reserved");
            c.s(" Link Event Type (");
        } else {
            c.tok(INFO_TYPES, ty.into(), "Reserved");
            c.s(" Information Type (");
        }
        c.dec(ty);
        c.s("), length ");
        c.dec(len);
    };
    tlvs(c, b, length, header, |c, tlv, ty| {
        let dump = if events {
            link_event(c, tlv, ty)?
        } else {
            information(c, tlv, ty)?
        };
        if c.o.verbose > 1 || dump {
            c.unknown_data(tlv, 0, "\n\t  ", tlv.len());
        }
        Ok(())
    })
}

/// A local or remote information TLV; true asks for a hex dump.
fn information(c: &mut Ctx, t: &[u8], ty: u8) -> Res<bool> {
    if ty != 1 && ty != 2 {
        return Ok(true);
    }
    if u8at(t, 1)? != INFO_LEN {
        c.s("\n\t    ERROR: illegal length - should be 16");
        return Ok(true);
    }
    let version = u8at(t, 2)?;
    let revision = be16(t, 3)?;
    c.dec_fields(&[
        ("\n\t    OAM-Version ", version.into()),
        (", Revision ", revision.into()),
    ]);
    let state = u8at(t, 5)?;
    c.s("\n\t    State-Parser-Action ");
    c.s(PARSER_ACTIONS[usize::from(state & 0x3)]);
    c.s(", State-MUX-Action ");
    c.s(if state & 0x4 == 0 {
        "forwarding"
    } else {
        "discarding"
    });
    let config = u8at(t, 6)?;
    let pdu_config = be16(t, 7)?;
    c.s("\n\t    OAM-Config Flags ");
    flags(c, OAM_CONFIG, config.into());
    c.s(", OAM-PDU-Config max-PDU size ");
    c.dec(pdu_config & 0x7ff);
    let oui = bytes(t, 9, 3)?;
    let oui = u32::from(oui[0]) << 16 | u32::from(oui[1]) << 8 | u32::from(oui[2]);
    let vendor = be32(t, 12)?;
    c.s("\n\t    OUI ");
    c.s(names::oui_name(oui));
    c.s(" (0x");
    c.out.hex0(oui.into(), 6);
    c.s("), Vendor-Private 0x");
    c.out.hex0(vendor.into(), 8);
    Ok(false)
}

/// An errored symbol, frame, frame period or seconds summary event;
/// true asks for a hex dump.
fn link_event(c: &mut Ctx, t: &[u8], ty: u8) -> Res<bool> {
    if !(1..=4).contains(&ty) {
        return Ok(true);
    }
    if u8at(t, 1)? != LINK_EVENT_LEN {
        c.s("\n\t    ERROR: illegal length - should be 40");
        return Ok(true);
    }
    let be64 = |at: usize| -> Res<u64> {
        let s = bytes(t, at, 8)?;
        Ok(u64::from_be_bytes([
            s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7],
        ]))
    };
    let stamp = u64::from(be16(t, 2)?) * 100;
    let counters = [be64(4)?, be64(12)?, be64(20)?, be64(28)?];
    let events = be32(t, 36)?;
    c.s("\n\t    Timestamp ");
    c.dec(stamp);
    c.s(" ms");
    let labels = [
        ", Errored Window ",
        "\n\t    Errored Threshold ",
        "\n\t    Errors ",
        "\n\t    Error Running Total ",
    ];
    for (label, v) in labels.iter().zip(counters) {
        c.s(label);
        c.dec(v);
    }
    c.s("\n\t    Event Running Total ");
    c.dec(events);
    Ok(false)
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, golden_levels, numeric};
    use crate::link::LinkType;

    /// LACP, marker and OAM (information, event notification, loopback,
    /// variable request, unknown code) PDUs, bad TLV lengths, an unknown
    /// subtype, other versions and short headers.
    #[test]
    fn lacp_marker_oam() {
        // The last six frames (an unknown subtype, other versions, short
        // headers) print the same at -v and -vv.
        let short = [
            "unknown (10), length 4\n\t0x0000:  0a01 0203",
            "LACP version 2 packet not supported",
            "MARKER version 7 packet not supported",
            "\n\t\t packet is too short",
            "OAM, length 2\n\t\t packet is too short",
            "OAM, length 6\n\tCode Information OAM PDU, Flags [none]\n\t  Local Information Type (1), length 1\n\t    ERROR: illegal length - should be >= 2",
        ];
        let v = [
            &[
                "LACPv1, length 110\n\tActor Information TLV (0x01), length 20\n\t  System 02:00:00:00:00:05, System Priority 32768, Key 13, Port 22, Port Priority 128\n\t  State Flags [Activity, Aggregation, Expired]\n\tPartner Information TLV (0x02), length 20\n\t  System 02:00:00:00:00:05, System Priority 32768, Key 13, Port 22, Port Priority 128\n\t  State Flags [Timeout, Synchronization, Collecting, Distributing]\n\tCollector Information TLV (0x03), length 16\n\t  Max Delay 50000\n\tTerminator TLV (0x00), length 0",
                "LACPv1, length 18\n\tActor Information TLV (0x01), length 10\n\t    ERROR: illegal length - should be 20\n\tUnknown TLV (0x09), length 4\n\t  0x0000:  0102\n\tUnknown TLV (0x05), length 1\n\t    ERROR: illegal length - should be >= 2",
                "MARKERv1, length 110\n\tMarker Information TLV (0x01), length 16\n\t  Request System 02:00:00:00:00:06, Request Port 7, Request Transaction ID 0xdeadbeef\n\tTerminator TLV (0x00), length 0",
                "OAM, length 50\n\tCode Information OAM PDU, Flags [Local Stable, Remote Stable]\n\t  Local Information Type (1), length 16\n\t    OAM-Version 1, Revision 3\n\t    State-Parser-Action looping back, State-MUX-Action discarding\n\t    OAM-Config Flags [Active, Remote-Loopback, Link-Events, Variable-Retrieval], OAM-PDU-Config max-PDU size 1518\n\t    OUI IEEE 802.3 Private (0x00120f), Vendor-Private 0x11223344\n\t  Remote Information Type (2), length 16\n\t    OAM-Version 1, Revision 3\n\t    State-Parser-Action looping back, State-MUX-Action discarding\n\t    OAM-Config Flags [Active, Remote-Loopback, Link-Events, Variable-Retrieval], OAM-PDU-Config max-PDU size 1518\n\t    OUI IEEE 802.3 Private (0x00120f), Vendor-Private 0x11223344\n\t  Organization specific Information Type (254), length 5\n\t  0x0000:  fe05 0012 0f\n\t  Local Information Type (1), length 7\n\t    ERROR: illegal length - should be 16\n\t  0x0000:  0107 0000 0000 00\n\t  End of TLV marker Information Type (0), length 0",
                "OAM, length 91\n\tCode Event Notification OAM PDU, Flags [Link Fault, Dying Gasp]\n\t  Sequence Number 77\n\t  Errored Symbol Period Event Link Event Type (1), length 40\n\t    Timestamp 1200 ms, Errored Window 1\n\t    Errored Threshold 2\n\t    Errors 3\n\t    Error Running Total 1099511627776\n\t    Event Running Total 9\n\t  Errored Frame Seconds Summary Event Link Event Type (4), length 40\n\t    Timestamp 1200 ms, Errored Window 1\n\t    Errored Threshold 2\n\t    Errors 3\n\t    Error Running Total 1099511627776\n\t    Event Running Total 9\n\t  Reserved Link Event Type (34), length 3\n\t  0x0000:  2203 01\n\t  Errored Frame Event Link Event Type (2), length 1\n\t    ERROR: illegal length - should be >= 2",
                "OAM, length 5\n\tCode Loopback Control OAM PDU, Flags [none]\n\t  Command Enable OAM Remote Loopback (1)",
                "OAM, length 7\n\tCode Variable Request OAM PDU, Flags [none]\n\t  0x0000:  0700 01",
                "OAM, length 7\n\tCode Unknown (9) OAM PDU, Flags [none]\n\t  0x0000:  0700 01",
            ][..],
            &short,
        ]
        .concat();
        let vv = [
            &[
                "LACPv1, length 110\n\tActor Information TLV (0x01), length 20\n\t  System 02:00:00:00:00:05, System Priority 32768, Key 13, Port 22, Port Priority 128\n\t  State Flags [Activity, Aggregation, Expired]\n\t  0x0000:  8000 0200 0000 0005 000d 0080 0016 8500\n\t  0x0010:  0000\n\tPartner Information TLV (0x02), length 20\n\t  System 02:00:00:00:00:05, System Priority 32768, Key 13, Port 22, Port Priority 128\n\t  State Flags [Timeout, Synchronization, Collecting, Distributing]\n\t  0x0000:  8000 0200 0000 0005 000d 0080 0016 3a00\n\t  0x0010:  0000\n\tCollector Information TLV (0x03), length 16\n\t  Max Delay 50000\n\t  0x0000:  c350 0000 0000 0000 0000 0000 0000\n\tTerminator TLV (0x00), length 0",
                "LACPv1, length 18\n\tActor Information TLV (0x01), length 10\n\t    ERROR: illegal length - should be 20\n\t  0x0000:  8000 0200 0000 0005\n\tUnknown TLV (0x09), length 4\n\t  0x0000:  0102\n\tUnknown TLV (0x05), length 1\n\t    ERROR: illegal length - should be >= 2",
                "MARKERv1, length 110\n\tMarker Information TLV (0x01), length 16\n\t  Request System 02:00:00:00:00:06, Request Port 7, Request Transaction ID 0xdeadbeef\n\t  0x0000:  0007 0200 0000 0006 dead beef 0000\n\tTerminator TLV (0x00), length 0",
                "OAM, length 50\n\tCode Information OAM PDU, Flags [Local Stable, Remote Stable]\n\t  Local Information Type (1), length 16\n\t    OAM-Version 1, Revision 3\n\t    State-Parser-Action looping back, State-MUX-Action discarding\n\t    OAM-Config Flags [Active, Remote-Loopback, Link-Events, Variable-Retrieval], OAM-PDU-Config max-PDU size 1518\n\t    OUI IEEE 802.3 Private (0x00120f), Vendor-Private 0x11223344\n\t  0x0000:  0110 0100 0305 1d05 ee00 120f 1122 3344\n\t  Remote Information Type (2), length 16\n\t    OAM-Version 1, Revision 3\n\t    State-Parser-Action looping back, State-MUX-Action discarding\n\t    OAM-Config Flags [Active, Remote-Loopback, Link-Events, Variable-Retrieval], OAM-PDU-Config max-PDU size 1518\n\t    OUI IEEE 802.3 Private (0x00120f), Vendor-Private 0x11223344\n\t  0x0000:  0210 0100 0305 1d05 ee00 120f 1122 3344\n\t  Organization specific Information Type (254), length 5\n\t  0x0000:  fe05 0012 0f\n\t  Local Information Type (1), length 7\n\t    ERROR: illegal length - should be 16\n\t  0x0000:  0107 0000 0000 00\n\t  End of TLV marker Information Type (0), length 0",
                "OAM, length 91\n\tCode Event Notification OAM PDU, Flags [Link Fault, Dying Gasp]\n\t  Sequence Number 77\n\t  Errored Symbol Period Event Link Event Type (1), length 40\n\t    Timestamp 1200 ms, Errored Window 1\n\t    Errored Threshold 2\n\t    Errors 3\n\t    Error Running Total 1099511627776\n\t    Event Running Total 9\n\t  0x0000:  0128 000c 0000 0000 0000 0001 0000 0000\n\t  0x0010:  0000 0002 0000 0000 0000 0003 0000 0100\n\t  0x0020:  0000 0000 0000 0009\n\t  Errored Frame Seconds Summary Event Link Event Type (4), length 40\n\t    Timestamp 1200 ms, Errored Window 1\n\t    Errored Threshold 2\n\t    Errors 3\n\t    Error Running Total 1099511627776\n\t    Event Running Total 9\n\t  0x0000:  0428 000c 0000 0000 0000 0001 0000 0000\n\t  0x0010:  0000 0002 0000 0000 0000 0003 0000 0100\n\t  0x0020:  0000 0000 0000 0009\n\t  Reserved Link Event Type (34), length 3\n\t  0x0000:  2203 01\n\t  Errored Frame Event Link Event Type (2), length 1\n\t    ERROR: illegal length - should be >= 2",
                "OAM, length 5\n\tCode Loopback Control OAM PDU, Flags [none]\n\t  Command Enable OAM Remote Loopback (1)",
                "OAM, length 7\n\tCode Variable Request OAM PDU, Flags [none]",
                "OAM, length 7\n\tCode Unknown (9) OAM PDU, Flags [none]",
            ][..],
            &short,
        ]
        .concat();
        golden_levels(
            LinkType::Ethernet,
            &[
                (
                    "0180c20000020200000000018809010101148000020000000005000d008000168500000002148000020000000005000d008000163a0000000310c35000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                    0,
                ),
                (
                    "0180c200000202000000000188090101010a8000020000000005090401020501",
                    0,
                ),
                (
                    "0180c20000020200000000018809020101100007020000000006deadbeef00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                    0,
                ),
                (
                    "0180c20000020200000000018809030050000110010003051d05ee00120f112233440210010003051d05ee00120f11223344fe0500120f010700000000000000",
                    0,
                ),
                (
                    "0180c2000002020000000001880903000301004d0128000c0000000000000001000000000000000200000000000000030000010000000000000000090428000c0000000000000001000000000000000200000000000000030000010000000000000000092203010201",
                    0,
                ),
                ("0180c200000202000000000188090300000401", 0),
                ("0180c2000002020000000001880903000002070001", 0),
                ("0180c2000002020000000001880903000009070001", 0),
                ("0180c200000202000000000188090a010203", 0),
                ("0180c200000202000000000188090102", 0),
                ("0180c200000202000000000188090207616263", 0),
                ("0180c2000002020000000001880901", 0),
                ("0180c200000202000000000188090300", 0),
                ("0180c20000020200000000018809030000000101", 0),
            ],
            &[
                (
                    numeric(0),
                    &[
                        "LACPv1, length 110",
                        "LACPv1, length 18",
                        "MARKERv1, length 110",
                        "OAM, length 50",
                        "OAM, length 91",
                        "OAM, length 5",
                        "OAM, length 7",
                        "OAM, length 7",
                        "unknown (10), length 4\n\t0x0000:  0a01 0203",
                        "LACP version 2 packet not supported",
                        "MARKER version 7 packet not supported",
                        " (packet is too short)",
                        "OAM, length 2",
                        "OAM, length 6",
                    ],
                ),
                (numeric(1), v.as_slice()),
                (numeric(2), vv.as_slice()),
            ],
        );
    }

    /// Frames cut inside each kind of PDU.
    #[test]
    fn shorter_frames() {
        golden(
            numeric(1),
            &[
                (
                    "0180c2000002020000000001880901",
                    "\n\t\t packet is too short",
                ),
                (
                    "0180c20000020200000000018809010101",
                    "LACPv1, length 3\n\t\t packet is too short",
                ),
                (
                    "0180c20000020200000000018809010101148000",
                    "LACPv1, length 6\n\tActor Information TLV (0x01), length 20\n\t\t packet is too short",
                ),
                (
                    "0180c20000020200000000018809010101148000020000000005000d0080",
                    "LACPv1, length 16\n\tActor Information TLV (0x01), length 20\n\t\t packet is too short",
                ),
                (
                    "0180c20000020200000000018809010101148000020000000005000d008000168500000002148000",
                    "LACPv1, length 26\n\tActor Information TLV (0x01), length 20\n\t  System 02:00:00:00:00:05, System Priority 32768, Key 13, Port 22, Port Priority 128\n\t  State Flags [Activity, Aggregation, Expired]\n\tPartner Information TLV (0x02), length 20\n\t\t packet is too short",
                ),
                (
                    "0180c20000020200000000018809010101148000020000000005000d008000168500000002148000020000000005000d008000163a0000000310c3500000",
                    "LACPv1, length 48\n\tActor Information TLV (0x01), length 20\n\t  System 02:00:00:00:00:05, System Priority 32768, Key 13, Port 22, Port Priority 128\n\t  State Flags [Activity, Aggregation, Expired]\n\tPartner Information TLV (0x02), length 20\n\t  System 02:00:00:00:00:05, System Priority 32768, Key 13, Port 22, Port Priority 128\n\t  State Flags [Timeout, Synchronization, Collecting, Distributing]\n\tCollector Information TLV (0x03), length 16\n\t\t packet is too short",
                ),
                (
                    "0180c20000020200000000018809010101148000020000000005000d008000168500000002148000020000000005000d008000163a0000000310c3500000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                    "LACPv1, length 90\n\tActor Information TLV (0x01), length 20\n\t  System 02:00:00:00:00:05, System Priority 32768, Key 13, Port 22, Port Priority 128\n\t  State Flags [Activity, Aggregation, Expired]\n\tPartner Information TLV (0x02), length 20\n\t  System 02:00:00:00:00:05, System Priority 32768, Key 13, Port 22, Port Priority 128\n\t  State Flags [Timeout, Synchronization, Collecting, Distributing]\n\tCollector Information TLV (0x03), length 16\n\t  Max Delay 50000\n\tTerminator TLV (0x00), length 0",
                ),
                (
                    "0180c20000020200000000018809010101148000020000000005000d008000168500000002148000020000000005000d008000163a0000000310c3500000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                    "LACPv1, length 105\n\tActor Information TLV (0x01), length 20\n\t  System 02:00:00:00:00:05, System Priority 32768, Key 13, Port 22, Port Priority 128\n\t  State Flags [Activity, Aggregation, Expired]\n\tPartner Information TLV (0x02), length 20\n\t  System 02:00:00:00:00:05, System Priority 32768, Key 13, Port 22, Port Priority 128\n\t  State Flags [Timeout, Synchronization, Collecting, Distributing]\n\tCollector Information TLV (0x03), length 16\n\t  Max Delay 50000\n\tTerminator TLV (0x00), length 0",
                ),
                (
                    "0180c2000002020000000001880901",
                    "\n\t\t packet is too short",
                ),
                ("0180c200000202000000000188090101", "LACPv1, length 2"),
                (
                    "0180c20000020200000000018809010101",
                    "LACPv1, length 3\n\t\t packet is too short",
                ),
                (
                    "0180c200000202000000000188090101010a8000",
                    "LACPv1, length 6\n\tActor Information TLV (0x01), length 10\n\t\t packet is too short",
                ),
                (
                    "0180c200000202000000000188090101010a800002000000000509",
                    "LACPv1, length 13\n\tActor Information TLV (0x01), length 10\n\t    ERROR: illegal length - should be 20\n\t\t packet is too short",
                ),
                (
                    "0180c200000202000000000188090101010a800002000000000509040102",
                    "LACPv1, length 16\n\tActor Information TLV (0x01), length 10\n\t    ERROR: illegal length - should be 20\n\tUnknown TLV (0x09), length 4\n\t  0x0000:  0102",
                ),
                (
                    "0180c2000002020000000001880902",
                    "\n\t\t packet is too short",
                ),
                (
                    "0180c20000020200000000018809020101",
                    "MARKERv1, length 3\n\t\t packet is too short",
                ),
                (
                    "0180c20000020200000000018809020101100007",
                    "MARKERv1, length 6\n\tMarker Information TLV (0x01), length 16\n\t\t packet is too short",
                ),
                (
                    "0180c20000020200000000018809020101100007020000000006deadbeef",
                    "MARKERv1, length 16\n\tMarker Information TLV (0x01), length 16\n\t\t packet is too short",
                ),
                (
                    "0180c20000020200000000018809020101100007020000000006deadbeef00000000000000000000",
                    "MARKERv1, length 26\n\tMarker Information TLV (0x01), length 16\n\t  Request System 02:00:00:00:00:06, Request Port 7, Request Transaction ID 0xdeadbeef\n\tTerminator TLV (0x00), length 0",
                ),
                (
                    "0180c20000020200000000018809020101100007020000000006deadbeef0000000000000000000000000000000000000000000000000000000000000000",
                    "MARKERv1, length 48\n\tMarker Information TLV (0x01), length 16\n\t  Request System 02:00:00:00:00:06, Request Port 7, Request Transaction ID 0xdeadbeef\n\tTerminator TLV (0x00), length 0",
                ),
                (
                    "0180c20000020200000000018809020101100007020000000006deadbeef0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                    "MARKERv1, length 90\n\tMarker Information TLV (0x01), length 16\n\t  Request System 02:00:00:00:00:06, Request Port 7, Request Transaction ID 0xdeadbeef\n\tTerminator TLV (0x00), length 0",
                ),
                (
                    "0180c20000020200000000018809020101100007020000000006deadbeef0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                    "MARKERv1, length 105\n\tMarker Information TLV (0x01), length 16\n\t  Request System 02:00:00:00:00:06, Request Port 7, Request Transaction ID 0xdeadbeef\n\tTerminator TLV (0x00), length 0",
                ),
                (
                    "0180c2000002020000000001880903",
                    "OAM, length 1\n\t\t packet is too short",
                ),
                (
                    "0180c20000020200000000018809030050",
                    "OAM, length 3\n\t\t packet is too short",
                ),
                (
                    "0180c20000020200000000018809030050000110",
                    "OAM, length 6\n\tCode Information OAM PDU, Flags [Local Stable, Remote Stable]\n\t  Local Information Type (1), length 16\n\t\t packet is too short",
                ),
                (
                    "0180c20000020200000000018809030050000110010003051d05ee00120f",
                    "OAM, length 16\n\tCode Information OAM PDU, Flags [Local Stable, Remote Stable]\n\t  Local Information Type (1), length 16\n\t\t packet is too short",
                ),
                (
                    "0180c20000020200000000018809030050000110010003051d05ee00120f1122",
                    "OAM, length 18\n\tCode Information OAM PDU, Flags [Local Stable, Remote Stable]\n\t  Local Information Type (1), length 16\n\t\t packet is too short",
                ),
                (
                    "0180c20000020200000000018809030050000110010003051d05ee00120f11223344021001000305",
                    "OAM, length 26\n\tCode Information OAM PDU, Flags [Local Stable, Remote Stable]\n\t  Local Information Type (1), length 16\n\t    OAM-Version 1, Revision 3\n\t    State-Parser-Action looping back, State-MUX-Action discarding\n\t    OAM-Config Flags [Active, Remote-Loopback, Link-Events, Variable-Retrieval], OAM-PDU-Config max-PDU size 1518\n\t    OUI IEEE 802.3 Private (0x00120f), Vendor-Private 0x11223344\n\t  Remote Information Type (2), length 16\n\t\t packet is too short",
                ),
                (
                    "0180c20000020200000000018809030050000110010003051d05ee00120f112233440210010003051d05ee00",
                    "OAM, length 30\n\tCode Information OAM PDU, Flags [Local Stable, Remote Stable]\n\t  Local Information Type (1), length 16\n\t    OAM-Version 1, Revision 3\n\t    State-Parser-Action looping back, State-MUX-Action discarding\n\t    OAM-Config Flags [Active, Remote-Loopback, Link-Events, Variable-Retrieval], OAM-PDU-Config max-PDU size 1518\n\t    OUI IEEE 802.3 Private (0x00120f), Vendor-Private 0x11223344\n\t  Remote Information Type (2), length 16\n\t\t packet is too short",
                ),
                (
                    "0180c20000020200000000018809030050000110010003051d05ee00120f112233440210010003051d05ee00120f11223344fe0500120f01070000",
                    "OAM, length 45\n\tCode Information OAM PDU, Flags [Local Stable, Remote Stable]\n\t  Local Information Type (1), length 16\n\t    OAM-Version 1, Revision 3\n\t    State-Parser-Action looping back, State-MUX-Action discarding\n\t    OAM-Config Flags [Active, Remote-Loopback, Link-Events, Variable-Retrieval], OAM-PDU-Config max-PDU size 1518\n\t    OUI IEEE 802.3 Private (0x00120f), Vendor-Private 0x11223344\n\t  Remote Information Type (2), length 16\n\t    OAM-Version 1, Revision 3\n\t    State-Parser-Action looping back, State-MUX-Action discarding\n\t    OAM-Config Flags [Active, Remote-Loopback, Link-Events, Variable-Retrieval], OAM-PDU-Config max-PDU size 1518\n\t    OUI IEEE 802.3 Private (0x00120f), Vendor-Private 0x11223344\n\t  Organization specific Information Type (254), length 5\n\t  0x0000:  fe05 0012 0f\n\t  Local Information Type (1), length 7\n\t\t packet is too short",
                ),
                (
                    "0180c2000002020000000001880903",
                    "OAM, length 1\n\t\t packet is too short",
                ),
                (
                    "0180c20000020200000000018809030003",
                    "OAM, length 3\n\t\t packet is too short",
                ),
                (
                    "0180c2000002020000000001880903000301004d",
                    "OAM, length 6\n\tCode Event Notification OAM PDU, Flags [Link Fault, Dying Gasp]\n\t  Sequence Number 77",
                ),
                (
                    "0180c2000002020000000001880903000301004d0128000c000000000000",
                    "OAM, length 16\n\tCode Event Notification OAM PDU, Flags [Link Fault, Dying Gasp]\n\t  Sequence Number 77\n\t  Errored Symbol Period Event Link Event Type (1), length 40\n\t\t packet is too short",
                ),
                (
                    "0180c2000002020000000001880903000301004d0128000c00000000000000010000000000000002",
                    "OAM, length 26\n\tCode Event Notification OAM PDU, Flags [Link Fault, Dying Gasp]\n\t  Sequence Number 77\n\t  Errored Symbol Period Event Link Event Type (1), length 40\n\t\t packet is too short",
                ),
                (
                    "0180c2000002020000000001880903000301004d0128000c00000000000000010000000000000002000000000000000300000100",
                    "OAM, length 38\n\tCode Event Notification OAM PDU, Flags [Link Fault, Dying Gasp]\n\t  Sequence Number 77\n\t  Errored Symbol Period Event Link Event Type (1), length 40\n\t\t packet is too short",
                ),
                (
                    "0180c2000002020000000001880903000301004d0128000c0000000000000001000000000000000200000000000000030000010000000000000000090428000c000000000000000100000000000000020000000000",
                    "OAM, length 71\n\tCode Event Notification OAM PDU, Flags [Link Fault, Dying Gasp]\n\t  Sequence Number 77\n\t  Errored Symbol Period Event Link Event Type (1), length 40\n\t    Timestamp 1200 ms, Errored Window 1\n\t    Errored Threshold 2\n\t    Errors 3\n\t    Error Running Total 1099511627776\n\t    Event Running Total 9\n\t  Errored Frame Seconds Summary Event Link Event Type (4), length 40\n\t\t packet is too short",
                ),
                (
                    "0180c2000002020000000001880903000301004d0128000c0000000000000001000000000000000200000000000000030000010000000000000000090428000c000000000000000100000000000000020000000000000003000001000000000000000009",
                    "OAM, length 86\n\tCode Event Notification OAM PDU, Flags [Link Fault, Dying Gasp]\n\t  Sequence Number 77\n\t  Errored Symbol Period Event Link Event Type (1), length 40\n\t    Timestamp 1200 ms, Errored Window 1\n\t    Errored Threshold 2\n\t    Errors 3\n\t    Error Running Total 1099511627776\n\t    Event Running Total 9\n\t  Errored Frame Seconds Summary Event Link Event Type (4), length 40\n\t    Timestamp 1200 ms, Errored Window 1\n\t    Errored Threshold 2\n\t    Errors 3\n\t    Error Running Total 1099511627776\n\t    Event Running Total 9",
                ),
            ],
        );
    }
}
