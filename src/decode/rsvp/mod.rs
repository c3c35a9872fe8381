//! RSVP (print-rsvp.c, RFC 2205 with the RSVP-TE, GMPLS, refresh
//! reduction, fast reroute and OIF UNI extensions): the message type, and
//! from -v the common header and every object (bundles: every submessage);
//! -vv adds each object's hex. The object bodies are in objects.rs.
//! Integrity's HMAC-MD5 is not checked with -M yet: it always prints as
//! tcpdump prints it without a secret, "(unchecked)".

mod intserv;
mod objects;
mod subobjects;

use super::ctx::{Ctx, Res, be16, tcheck, u8at};
use super::out::Emit;

const HEADER_LEN: usize = 8;
const OBJ_HEADER_LEN: usize = 4;
const BUNDLE: u8 = 12;

const MSG_TYPES: &[(u32, &str)] = &[
    (1, "Path"),
    (2, "Resv"),
    (3, "PathErr"),
    (4, "ResvErr"),
    (5, "PathTear"),
    (6, "ResvTear"),
    (7, "ResvConf"),
    (12, "Bundle"),
    (13, "Acknowledgement"),
    (14, "Hello (Old)"),
    (15, "Refresh"),
    (20, "Hello"),
];

/// The message types whose body is a list of objects.
const OBJECT_MESSAGES: &[u8] = &[1, 2, 3, 4, 5, 6, 7, 13, 14, 15, 20];

const HEADER_FLAGS: &[(u32, &str)] = &[(0x01, "Refresh reduction capable")];

/// rsvp_print.
pub(crate) fn rsvp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "rsvp";
    tcheck(b, 0, HEADER_LEN)?;
    let version = b[0] >> 4;
    if version != 1 {
        c.s("ERROR: RSVP version ");
        c.dec(version);
        c.s(" packet not supported");
        return Ok(());
    }
    let msg_type = b[1];
    if c.o.verbose < 1 {
        c.s("RSVPv1 ");
        c.tok_or(MSG_TYPES, msg_type.into(), "unknown (", ")");
        c.s(" Message, length: ");
        c.dec(length as u64);
        return Ok(());
    }
    let Some(tlen) = header(c, b, 0, "\n\t")? else {
        return Ok(());
    };
    let tlen = tlen - HEADER_LEN;
    if msg_type == BUNDLE {
        bundle(c, b, tlen)
    } else if OBJECT_MESSAGES.contains(&msg_type) {
        objects(c, b, HEADER_LEN, tlen, "\n\t  ").map(drop)
    } else {
        c.unknown_data(b, HEADER_LEN, "\n\t    ", tlen);
        Ok(())
    }
}

/// The -v line of a common header at `at`; its length when that holds
/// the header itself, None (with tcpdump's error) when not.
fn header(c: &mut Ctx, b: &[u8], at: usize, indent: &str) -> Res<Option<usize>> {
    let flags = u8at(b, at)? & 0x0f;
    let msg_type = u8at(b, at + 1)?;
    let tlen = usize::from(be16(b, at + 6)?);
    let ttl = u8at(b, at + 4)?;
    let cksum = be16(b, at + 2)?;
    c.s(indent);
    c.s("RSVPv1 ");
    c.tok_or(MSG_TYPES, msg_type.into(), "unknown, type: ", "");
    c.s(" Message (");
    c.dec(msg_type);
    c.s("), Flags: [");
    c.flag_names(flags.into(), HEADER_FLAGS);
    c.s("], length: ");
    c.dec(tlen as u64);
    c.s(", ttl: ");
    c.dec(ttl);
    c.s(", checksum: 0x");
    c.out.hex0(cksum.into(), 4);
    if tlen < HEADER_LEN {
        c.s("ERROR: common header too short ");
        c.dec(tlen as u64);
        c.s(" < 8");
        return Ok(None);
    }
    Ok(Some(tlen))
}

/// A bundle's submessages, each a header and its objects.
fn bundle(c: &mut Ctx, b: &[u8], mut tlen: usize) -> Res {
    let mut at = HEADER_LEN;
    while tlen > 0 {
        tcheck(b, at, HEADER_LEN)?;
        let version = b[at] >> 4;
        if version != 1 {
            c.s("ERROR: RSVP version ");
            c.dec(version);
            c.s(" packet not supported");
            return Ok(());
        }
        let Some(sub_len) = header(c, b, at, "\n\t  ")? else {
            return Ok(());
        };
        if tlen < sub_len {
            c.s("ERROR: common header too large ");
            c.dec(sub_len as u64);
            c.s(" > ");
            c.dec(tlen as u64);
            return Ok(());
        }
        if !objects(c, b, at + HEADER_LEN, sub_len - HEADER_LEN, "\n\t    ")? {
            return Ok(());
        }
        at += sub_len;
        tlen -= sub_len;
    }
    Ok(())
}

/// What a body printer made of an object.
pub(super) enum Body {
    /// Printed; true when tcpdump also dumps it in hex (a C-type or
    /// subobject it has no decoder for).
    Printed(bool),
    /// An error ended the message (its text is out).
    Stop,
    /// A class it has no decoder for: dumped below -vv.
    Unknown,
}

/// rsvp_obj_print: the objects of `tlen` bytes at `at`; false when an
/// error ended them.
fn objects(c: &mut Ctx, b: &[u8], mut at: usize, mut tlen: usize, indent: &str) -> Res<bool> {
    while tlen >= OBJ_HEADER_LEN {
        tcheck(b, at, OBJ_HEADER_LEN)?;
        let obj_len = usize::from(be16(b, at)?);
        let ctype = b[at + 3];
        if obj_len % 4 != 0 {
            c.s(indent);
            c.s("ERROR: object header size ");
            c.dec(obj_len as u64);
            c.s(" not a multiple of 4");
            return Ok(false);
        }
        if obj_len < OBJ_HEADER_LEN {
            c.s(indent);
            c.s("ERROR: object header too short ");
            c.dec(obj_len as u64);
            c.s(" < 4");
            return Ok(false);
        }
        let class = b[at + 2];
        c.s(indent);
        c.tok(objects::CLASS_NAMES, class.into(), "Unknown");
        c.s(" Object (");
        c.dec(class);
        c.s(") Flags: [");
        c.s(match class >> 6 {
            3 => "ignore and forward",
            2 => "ignore silently",
            _ => "reject",
        });
        c.s(" if unknown], Class-Type: ");
        c.s(objects::ctype_name(class, ctype).unwrap_or("Unknown"));
        c.s(" (");
        c.dec(ctype);
        c.s("), length: ");
        c.dec(obj_len as u64);
        if tlen < obj_len {
            c.s(indent);
            c.s("ERROR: object goes past end of objects TLV");
            return Ok(false);
        }
        tcheck(b, at, obj_len)?;
        let body_at = at + OBJ_HEADER_LEN;
        let blen = obj_len - OBJ_HEADER_LEN;
        let body = super::ctx::rest(b, body_at);
        let hexdump = match objects::body(c, indent, class, ctype, body, blen)? {
            Body::Printed(hex) => hex,
            Body::Stop => return Ok(false),
            Body::Unknown => {
                if c.o.verbose <= 1 {
                    c.unknown_data(b, body_at, "\n\t    ", blen);
                }
                false
            }
        };
        if c.o.verbose > 1 || hexdump {
            c.unknown_data(b, body_at, "\n\t    ", blen);
        }
        at += obj_len;
        tlen -= obj_len;
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, golden_levels, numeric};
    use crate::link::LinkType;

    /// RSVP version checks and message types (expected text from
    /// tcpdump 4.99.3 -n).
    #[test]
    fn versions_and_types() {
        golden(
            numeric(0),
            &[
                (
                    "02000000000202000000000108004500002900010000402ef69dc0000201c0000207100b79a094109b03e8d678428d3b31feb7788ad68c",
                    "IP 192.0.2.1 > 192.0.2.7: RSVPv1 unknown (11) Message, length: 21",
                ),
                (
                    "02000000000202000000000108004500002800010000402ef69ec0000201c00002072011",
                    "IP truncated-ip - 18 bytes missing! 192.0.2.1 > 192.0.2.7:  [|rsvp]",
                ),
                (
                    "02000000000202000000000108004500002300010000402ef6a3c0000201c00002072005a6b2181a9952f255acd53970cf",
                    "IP 192.0.2.1 > 192.0.2.7: ERROR: RSVP version 2 packet not supported",
                ),
                (
                    "02000000000202000000000108004500002a00010000402ef69cc0000201c0000207100a37e291734539c91e0887f53050ced6d6932edd47",
                    "IP 192.0.2.1 > 192.0.2.7: RSVPv1 unknown (10) Message, length: 22",
                ),
                (
                    "02000000000202000000000108004500002500010000402ef6a1c0000201c00002071000f1d5e19ffc826f8ff3fcedb73808be",
                    "IP 192.0.2.1 > 192.0.2.7: RSVPv1 unknown (0) Message, length: 17",
                ),
                (
                    "02000000000202000000000108004500002600010000402ef6a0c0000201c00002071019ec32e5e2e66e930c037bbe1e2b804c3d",
                    "IP 192.0.2.1 > 192.0.2.7: RSVPv1 unknown (25) Message, length: 18",
                ),
                (
                    "02000000000202000000000108004500002600010000402ef6a0c0000201c000020710107d502850125962a563964d5c4330fc54",
                    "IP 192.0.2.1 > 192.0.2.7: RSVPv1 unknown (16) Message, length: 18",
                ),
            ],
        );
    }

    /// A Path message with most object classes (session, hop, time
    /// values, style, sender template, label requests, ERO subobjects,
    /// session attribute, fast reroute, detour, class type, confirm,
    /// waveband label, an unknown class), a PathErr with error specs,
    /// admin status, message ID and capabilities, a Hello with
    /// Generalized UNI subobjects, a bundle and an ERO prefix error, at
    /// each -v level, and cut copies (expected text from tcpdump 4.99.3 -n).
    #[test]
    fn objects_at_each_level() {
        golden_levels(
            LinkType::Ethernet,
            &[
                (
                    "0200000000020200000000010800450000e000010000402eedc7c6120001c612000211010000400000cc000c01010a00000211011388000c03010a0000010000123400080501000075300008080100000012000c0b070a00000100000007000813010000080000081304089600250018140101080a00000220018308010100000064200400010010cf07070706056c73702d310000000018cd010707100049989680000000010000000200000003000c3f070a0000010a000002000842010000000100140f0220010db80000000000000000000000010010100300000001000000020000000300086301deadbeef",
                    0,
                ),
                (
                    "02000000000202000000000108004500006800010000402eee3fc6120001c61200021003000040000054000c06010a00000100180005000c06010a000001011c0002000c06010a000001000300090008c40180000003000c1701010000050000004d0008860100000103000c8301000003e8000007d0",
                    0,
                ),
                (
                    "02000000000202000000000108004500007400010000402eee33c6120001c612000210140000400000600024e501000801010a0000010008050003000000001004008000000100000004000000050018030220010db800000000000000000000000100000009000c1602000000010000000200101302000086dd800100200fff0fff",
                    0,
                ),
                (
                    "02000000000202000000000108004500003000010000402eee77c6120001c6120002100c00004000001c100d000040000014000c18010000000100000005",
                    0,
                ),
                (
                    "02000000000202000000000108004500002c00010000402eee7bc6120001c61200021001000040000018000c140101080a000002180000040501",
                    0,
                ),
                (
                    "0200000000020200000000010800450000e000010000402eedc7c6120001c612000211010000400000cc000c01010a00000211011388000c03010a0000010000123400080501000075300008080100000012000c0b070a00000100000007000813010000080000081304089600250018140101080a00000220018308010100000064200400010010cf07070706056c73702d310000000018cd010707100049989680000000010000000200000003000c3f070a0000010a000002000842010000000100140f0220010db80000000000000000000000010010100300000001000000020000000300086301deadbeef",
                    100,
                ),
                (
                    "0200000000020200000000010800450000e000010000402eedc7c6120001c612000211010000400000cc000c01010a00000211011388000c03010a0000010000123400080501000075300008080100000012000c0b070a00000100000007000813010000080000081304089600250018140101080a00000220018308010100000064200400010010cf07070706056c73702d310000000018cd010707100049989680000000010000000200000003000c3f070a0000010a000002000842010000000100140f0220010db80000000000000000000000010010100300000001000000020000000300086301deadbeef",
                    160,
                ),
                (
                    "02000000000202000000000108004500006800010000402eee3fc6120001c61200021003000040000054000c06010a00000100180005000c06010a000001011c0002000c06010a000001000300090008c40180000003000c1701010000050000004d0008860100000103000c8301000003e8000007d0",
                    90,
                ),
                (
                    "02000000000202000000000108004500007400010000402eee33c6120001c612000210140000400000600024e501000801010a0000010008050003000000001004008000000100000004000000050018030220010db800000000000000000000000100000009000c1602000000010000000200101302000086dd800100200fff0fff",
                    70,
                ),
                (
                    "02000000000202000000000108004500003000010000402eee77c6120001c6120002100c00004000001c100d000040000014000c18010000000100000005",
                    50,
                ),
            ],
            &[
                (
                    numeric(0),
                    &[
                        "IP 198.18.0.1 > 198.18.0.2: RSVPv1 Path Message, length: 204",
                        "IP 198.18.0.1 > 198.18.0.2: RSVPv1 PathErr Message, length: 84",
                        "IP 198.18.0.1 > 198.18.0.2: RSVPv1 Hello Message, length: 96",
                        "IP 198.18.0.1 > 198.18.0.2: RSVPv1 Bundle Message, length: 28",
                        "IP 198.18.0.1 > 198.18.0.2: RSVPv1 Path Message, length: 24",
                        "IP 198.18.0.1 > 198.18.0.2: RSVPv1 Path Message, length: 204",
                        "IP 198.18.0.1 > 198.18.0.2: RSVPv1 Path Message, length: 204",
                        "IP 198.18.0.1 > 198.18.0.2: RSVPv1 PathErr Message, length: 84",
                        "IP 198.18.0.1 > 198.18.0.2: RSVPv1 Hello Message, length: 96",
                        "IP 198.18.0.1 > 198.18.0.2: RSVPv1 Bundle Message, length: 28",
                    ],
                ),
                (
                    numeric(1),
                    &[
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto RSVP (46), length 224)\n    198.18.0.1 > 198.18.0.2: \n\tRSVPv1 Path Message (1), Flags: [Refresh reduction capable], length: 204, ttl: 64, checksum: 0x0000\n\t  Session Object (1) Flags: [reject if unknown], Class-Type: IPv4 (1), length: 12\n\t    IPv4 DestAddress: 10.0.0.2, Protocol ID: 0x11\n\t    Flags: [0x01], DestPort 5000\n\t  RSVP Hop Object (3) Flags: [reject if unknown], Class-Type: IPv4 (1), length: 12\n\t    Previous/Next Interface: 10.0.0.1, Logical Interface Handle: 0x00001234\n\t  Time Values Object (5) Flags: [reject if unknown], Class-Type: 1 (1), length: 8\n\t    Refresh Period: 30000ms\n\t  Style Object (8) Flags: [reject if unknown], Class-Type: 1 (1), length: 8\n\t    Reservation Style: Shared Explicit, Flags: [0x00]\n\t  Sender Template Object (11) Flags: [reject if unknown], Class-Type: Tunnel IPv4 (7), length: 12\n\t    IPv4 Tunnel Sender Address: 10.0.0.1, LSP-ID: 0x0007\n\t  Label Request Object (19) Flags: [reject if unknown], Class-Type: without label range (1), length: 8\n\t    L3 Protocol ID: IPv4\n\t  Label Request Object (19) Flags: [reject if unknown], Class-Type: Generalized Label (4), length: 8\n\t    LSP Encoding Type: Lambda (photonic) (8)\n\t    Switching Type: Lambda-Switch Capable (150), Payload ID: Lambda (0x0025)\n\t  ERO Object (20) Flags: [reject if unknown], Class-Type: IPv4 (1), length: 24\n\t    Subobject Type: IPv4 prefix, length 8, Strict, 10.0.0.2/32, Flags: [Local protection available]\n\t    Subobject Type: Label, length 8, Flags: [Global] (0x1), Class-Type: IPv4 (1), 100\n\t    Subobject Type: Autonomous system number, length 4\n\t  Session Attribute Object (207) Flags: [ignore and forward if unknown], Class-Type: Tunnel IPv4 (7), length: 16\n\t    Session Name: lsp-1\n\t    Setup Priority: 7, Holding Priority: 7, Flags: [Label Recording, SE Style] (0x6)\n\t  Fast Re-Route Object (205) Flags: [ignore and forward if unknown], Class-Type: 1 (1), length: 24\n\t    Setup Priority: 7, Holding Priority: 7, Hop-limit: 16, Bandwidth: 10 Mbps\n\t    Include-any: 0x00000001, Exclude-any: 0x00000002, Include-all: 0x00000003\n\t  Detour Object (63) Flags: [reject if unknown], Class-Type: Tunnel IPv4 (7), length: 12\n\t    PLR-ID: 10.0.0.1, Avoid-Node-ID: 10.0.0.2\n\t  Class Type Object (66) Flags: [reject if unknown], Class-Type: 1 (1), length: 8\n\t    CT: 1\n\t  Confirm Object (15) Flags: [reject if unknown], Class-Type: IPv6 (2), length: 20\n\t    IPv6 Receiver Address: 2001:db8::1\n\t  Label Object (16) Flags: [reject if unknown], Class-Type: Waveband Switching (3), length: 16\n\t    Waveband ID: 1\n\t    Start Label: 2, Stop Label: 3\n\t  Unknown Object (99) Flags: [reject if unknown], Class-Type: Unknown (1), length: 8\n\t    0x0000:  dead beef",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto RSVP (46), length 104)\n    198.18.0.1 > 198.18.0.2: \n\tRSVPv1 PathErr Message (3), Flags: [none], length: 84, ttl: 64, checksum: 0x0000\n\t  Error Spec Object (6) Flags: [reject if unknown], Class-Type: IPv4 (1), length: 12\n\t    Error Node Address: 10.0.0.1, Flags: [0x00]\n\t    Error Code: Routing Problem (24), Error Value: No route available toward destination (5)\n\t  Error Spec Object (6) Flags: [reject if unknown], Class-Type: IPv4 (1), length: 12\n\t    Error Node Address: 10.0.0.1, Flags: [0x01]\n\t    Error Code: Diffserv TE Error (28), Error Value: Unsupported CT (2)\n\t  Error Spec Object (6) Flags: [reject if unknown], Class-Type: IPv4 (1), length: 12\n\t    Error Node Address: 10.0.0.1, Flags: [0x00]\n\t    Error Code: unknown (3), Unknown Error Value (9)\n\t  Administrative Status Object (196) Flags: [ignore and forward if unknown], Class-Type: 1 (1), length: 8\n\t    Flags [Reflect, Admin-down, Delete-in-progress]\n\t  Message ID Object (23) Flags: [reject if unknown], Class-Type: 1 (1), length: 12\n\t    Flags [0x01], epoch: 5\n\t      Message-ID 0x0000004d (77)\n\t  Capability Object (134) Flags: [ignore silently if unknown], Class-Type: 1 (1), length: 8\n\t    [reserved=0x00000100 must be zero]\n\t    Flags: [RecoveryPath Desired, RecoveryPath Srefresh Capable]\n\t  Restart Capability Object (131) Flags: [ignore silently if unknown], Class-Type: IPv4 (1), length: 12\n\t    Restart  Time: 1000ms, Recovery Time: 2000ms",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto RSVP (46), length 116)\n    198.18.0.1 > 198.18.0.2: \n\tRSVPv1 Hello Message (20), Flags: [none], length: 96, ttl: 64, checksum: 0x0000\n\t  Generalized UNI Object (229) Flags: [ignore and forward if unknown], Class-Type: 1 (1), length: 36\n\t    Subobject Type: Source TNA address (1), AF: IPv4 (1), length: 8\n\t      UNI IPv4 TNA address: 10.0.0.1\n\t    Subobject Type: Service level (5), AF: Reserved (0), length: 8\n\t      Service level: 3\n\t    Subobject Type: Egress label (4), AF: Reserved (0), length: 16\n\t      U-bit: 1, Label type: 1, Logical port id: 4, Label: 5\n\t  RSVP Hop Object (3) Flags: [reject if unknown], Class-Type: IPv6 (2), length: 24\n\t    Previous/Next Interface: 2001:db8::1, Logical Interface Handle: 0x00000009\n\t    0x0000:  2001 0db8 0000 0000 0000 0000 0000 0001\n\t    0x0010:  0000 0009\n\t  Hello Object (22) Flags: [reject if unknown], Class-Type: Hello Ack (2), length: 12\n\t    Source Instance: 0x00000001, Destination Instance: 0x00000002\n\t  Label Request Object (19) Flags: [reject if unknown], Class-Type: with ATM label range (2), length: 16\n\t    L3 Protocol ID: IPv6,no merge capability\n\t    Minimum VPI/VCI: 1/32\n\t    Maximum VPI/VCI: 4095/4095",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto RSVP (46), length 48)\n    198.18.0.1 > 198.18.0.2: \n\tRSVPv1 Bundle Message (12), Flags: [none], length: 28, ttl: 64, checksum: 0x0000\n\t  RSVPv1 Acknowledgement Message (13), Flags: [none], length: 20, ttl: 64, checksum: 0x0000\n\t    Message ID Ack Object (24) Flags: [reject if unknown], Class-Type: Message id ack (1), length: 12\n\t      Flags [0x00], epoch: 1\n\t        Message-ID 0x00000005 (5)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto RSVP (46), length 44)\n    198.18.0.1 > 198.18.0.2: \n\tRSVPv1 Path Message (1), Flags: [none], length: 24, ttl: 64, checksum: 0x0000\n\t  ERO Object (20) Flags: [reject if unknown], Class-Type: IPv4 (1), length: 12\n\t    Subobject Type: IPv4 prefix, length 8 ERROR: Prefix length 24 != 32 (invalid)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto RSVP (46), length 224)\n    198.18.0.1 > 198.18.0.2: \n\tRSVPv1 Path Message (1), Flags: [Refresh reduction capable], length: 204, ttl: 64, checksum: 0x0000\n\t  Session Object (1) Flags: [reject if unknown], Class-Type: IPv4 (1), length: 12\n\t    IPv4 DestAddress: 10.0.0.2, Protocol ID: 0x11\n\t    Flags: [0x01], DestPort 5000\n\t  RSVP Hop Object (3) Flags: [reject if unknown], Class-Type: IPv4 (1), length: 12\n\t    Previous/Next Interface: 10.0.0.1, Logical Interface Handle: 0x00001234\n\t  Time Values Object (5) Flags: [reject if unknown], Class-Type: 1 (1), length: 8\n\t    Refresh Period: 30000ms\n\t  Style Object (8) Flags: [reject if unknown], Class-Type: 1 (1), length: 8\n\t    Reservation Style: Shared Explicit, Flags: [0x00]\n\t  Sender Template Object (11) Flags: [reject if unknown], Class-Type: Tunnel IPv4 (7), length: 12\n\t    IPv4 Tunnel Sender Address: 10.0.0.1, LSP-ID: 0x0007\n\t  Label Request Object (19) Flags: [reject if unknown], Class-Type: without label range (1), length: 8 [|rsvp]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto RSVP (46), length 224)\n    198.18.0.1 > 198.18.0.2: \n\tRSVPv1 Path Message (1), Flags: [Refresh reduction capable], length: 204, ttl: 64, checksum: 0x0000\n\t  Session Object (1) Flags: [reject if unknown], Class-Type: IPv4 (1), length: 12\n\t    IPv4 DestAddress: 10.0.0.2, Protocol ID: 0x11\n\t    Flags: [0x01], DestPort 5000\n\t  RSVP Hop Object (3) Flags: [reject if unknown], Class-Type: IPv4 (1), length: 12\n\t    Previous/Next Interface: 10.0.0.1, Logical Interface Handle: 0x00001234\n\t  Time Values Object (5) Flags: [reject if unknown], Class-Type: 1 (1), length: 8\n\t    Refresh Period: 30000ms\n\t  Style Object (8) Flags: [reject if unknown], Class-Type: 1 (1), length: 8\n\t    Reservation Style: Shared Explicit, Flags: [0x00]\n\t  Sender Template Object (11) Flags: [reject if unknown], Class-Type: Tunnel IPv4 (7), length: 12\n\t    IPv4 Tunnel Sender Address: 10.0.0.1, LSP-ID: 0x0007\n\t  Label Request Object (19) Flags: [reject if unknown], Class-Type: without label range (1), length: 8\n\t    L3 Protocol ID: IPv4\n\t  Label Request Object (19) Flags: [reject if unknown], Class-Type: Generalized Label (4), length: 8\n\t    LSP Encoding Type: Lambda (photonic) (8)\n\t    Switching Type: Lambda-Switch Capable (150), Payload ID: Lambda (0x0025)\n\t  ERO Object (20) Flags: [reject if unknown], Class-Type: IPv4 (1), length: 24\n\t    Subobject Type: IPv4 prefix, length 8, Strict, 10.0.0.2/32, Flags: [Local protection available]\n\t    Subobject Type: Label, length 8, Flags: [Global] (0x1), Class-Type: IPv4 (1), 100\n\t    Subobject Type: Autonomous system number, length 4\n\t  Session Attribute Object (207) Flags: [ignore and forward if unknown], Class-Type: Tunnel IPv4 (7), length: 16\n\t    Session Name: lsp-1\n\t    Setup Priority: 7, Holding Priority: 7, Flags: [Label Recording, SE Style] (0x6)\n\t  Fast Re-Route Object (205) Flags: [ignore and forward if unknown], Class-Type: 1 (1), length: 24 [|rsvp]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto RSVP (46), length 104)\n    198.18.0.1 > 198.18.0.2: \n\tRSVPv1 PathErr Message (3), Flags: [none], length: 84, ttl: 64, checksum: 0x0000\n\t  Error Spec Object (6) Flags: [reject if unknown], Class-Type: IPv4 (1), length: 12\n\t    Error Node Address: 10.0.0.1, Flags: [0x00]\n\t    Error Code: Routing Problem (24), Error Value: No route available toward destination (5)\n\t  Error Spec Object (6) Flags: [reject if unknown], Class-Type: IPv4 (1), length: 12\n\t    Error Node Address: 10.0.0.1, Flags: [0x01]\n\t    Error Code: Diffserv TE Error (28), Error Value: Unsupported CT (2)\n\t  Error Spec Object (6) Flags: [reject if unknown], Class-Type: IPv4 (1), length: 12\n\t    Error Node Address: 10.0.0.1, Flags: [0x00]\n\t    Error Code: unknown (3), Unknown Error Value (9)\n\t  Administrative Status Object (196) Flags: [ignore and forward if unknown], Class-Type: 1 (1), length: 8\n\t    Flags [Reflect, Admin-down, Delete-in-progress]\n\t  Message ID Object (23) Flags: [reject if unknown], Class-Type: 1 (1), length: 12 [|rsvp]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto RSVP (46), length 116)\n    198.18.0.1 > 198.18.0.2: \n\tRSVPv1 Hello Message (20), Flags: [none], length: 96, ttl: 64, checksum: 0x0000\n\t  Generalized UNI Object (229) Flags: [ignore and forward if unknown], Class-Type: 1 (1), length: 36 [|rsvp]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto RSVP (46), length 48)\n    198.18.0.1 > 198.18.0.2: \n\tRSVPv1 Bundle Message (12), Flags: [none], length: 28, ttl: 64, checksum: 0x0000\n\t  RSVPv1 Acknowledgement Message (13), Flags: [none], length: 20, ttl: 64, checksum: 0x0000 [|rsvp]",
                    ],
                ),
                (
                    numeric(2),
                    &[
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto RSVP (46), length 224)\n    198.18.0.1 > 198.18.0.2: \n\tRSVPv1 Path Message (1), Flags: [Refresh reduction capable], length: 204, ttl: 64, checksum: 0x0000\n\t  Session Object (1) Flags: [reject if unknown], Class-Type: IPv4 (1), length: 12\n\t    IPv4 DestAddress: 10.0.0.2, Protocol ID: 0x11\n\t    Flags: [0x01], DestPort 5000\n\t    0x0000:  0a00 0002 1101 1388\n\t  RSVP Hop Object (3) Flags: [reject if unknown], Class-Type: IPv4 (1), length: 12\n\t    Previous/Next Interface: 10.0.0.1, Logical Interface Handle: 0x00001234\n\t    0x0000:  0a00 0001 0000 1234\n\t  Time Values Object (5) Flags: [reject if unknown], Class-Type: 1 (1), length: 8\n\t    Refresh Period: 30000ms\n\t    0x0000:  0000 7530\n\t  Style Object (8) Flags: [reject if unknown], Class-Type: 1 (1), length: 8\n\t    Reservation Style: Shared Explicit, Flags: [0x00]\n\t    0x0000:  0000 0012\n\t  Sender Template Object (11) Flags: [reject if unknown], Class-Type: Tunnel IPv4 (7), length: 12\n\t    IPv4 Tunnel Sender Address: 10.0.0.1, LSP-ID: 0x0007\n\t    0x0000:  0a00 0001 0000 0007\n\t  Label Request Object (19) Flags: [reject if unknown], Class-Type: without label range (1), length: 8\n\t    L3 Protocol ID: IPv4\n\t    0x0000:  0000 0800\n\t  Label Request Object (19) Flags: [reject if unknown], Class-Type: Generalized Label (4), length: 8\n\t    LSP Encoding Type: Lambda (photonic) (8)\n\t    Switching Type: Lambda-Switch Capable (150), Payload ID: Lambda (0x0025)\n\t    0x0000:  0896 0025\n\t  ERO Object (20) Flags: [reject if unknown], Class-Type: IPv4 (1), length: 24\n\t    Subobject Type: IPv4 prefix, length 8, Strict, 10.0.0.2/32, Flags: [Local protection available]\n\t    Subobject Type: Label, length 8, Flags: [Global] (0x1), Class-Type: IPv4 (1), 100\n\t    Subobject Type: Autonomous system number, length 4\n\t    0x0000:  0108 0a00 0002 2001 8308 0101 0000 0064\n\t    0x0010:  2004 0001\n\t  Session Attribute Object (207) Flags: [ignore and forward if unknown], Class-Type: Tunnel IPv4 (7), length: 16\n\t    Session Name: lsp-1\n\t    Setup Priority: 7, Holding Priority: 7, Flags: [Label Recording, SE Style] (0x6)\n\t    0x0000:  0707 0605 6c73 702d 3100 0000\n\t  Fast Re-Route Object (205) Flags: [ignore and forward if unknown], Class-Type: 1 (1), length: 24\n\t    Setup Priority: 7, Holding Priority: 7, Hop-limit: 16, Bandwidth: 10 Mbps\n\t    Include-any: 0x00000001, Exclude-any: 0x00000002, Include-all: 0x00000003\n\t    0x0000:  0707 1000 4998 9680 0000 0001 0000 0002\n\t    0x0010:  0000 0003\n\t  Detour Object (63) Flags: [reject if unknown], Class-Type: Tunnel IPv4 (7), length: 12\n\t    PLR-ID: 10.0.0.1, Avoid-Node-ID: 10.0.0.2\n\t    0x0000:  0a00 0001 0a00 0002\n\t  Class Type Object (66) Flags: [reject if unknown], Class-Type: 1 (1), length: 8\n\t    CT: 1\n\t    0x0000:  0000 0001\n\t  Confirm Object (15) Flags: [reject if unknown], Class-Type: IPv6 (2), length: 20\n\t    IPv6 Receiver Address: 2001:db8::1\n\t    0x0000:  2001 0db8 0000 0000 0000 0000 0000 0001\n\t  Label Object (16) Flags: [reject if unknown], Class-Type: Waveband Switching (3), length: 16\n\t    Waveband ID: 1\n\t    Start Label: 2, Stop Label: 3\n\t    0x0000:  0000 0001 0000 0002 0000 0003\n\t  Unknown Object (99) Flags: [reject if unknown], Class-Type: Unknown (1), length: 8\n\t    0x0000:  dead beef",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto RSVP (46), length 104)\n    198.18.0.1 > 198.18.0.2: \n\tRSVPv1 PathErr Message (3), Flags: [none], length: 84, ttl: 64, checksum: 0x0000\n\t  Error Spec Object (6) Flags: [reject if unknown], Class-Type: IPv4 (1), length: 12\n\t    Error Node Address: 10.0.0.1, Flags: [0x00]\n\t    Error Code: Routing Problem (24), Error Value: No route available toward destination (5)\n\t    0x0000:  0a00 0001 0018 0005\n\t  Error Spec Object (6) Flags: [reject if unknown], Class-Type: IPv4 (1), length: 12\n\t    Error Node Address: 10.0.0.1, Flags: [0x01]\n\t    Error Code: Diffserv TE Error (28), Error Value: Unsupported CT (2)\n\t    0x0000:  0a00 0001 011c 0002\n\t  Error Spec Object (6) Flags: [reject if unknown], Class-Type: IPv4 (1), length: 12\n\t    Error Node Address: 10.0.0.1, Flags: [0x00]\n\t    Error Code: unknown (3), Unknown Error Value (9)\n\t    0x0000:  0a00 0001 0003 0009\n\t  Administrative Status Object (196) Flags: [ignore and forward if unknown], Class-Type: 1 (1), length: 8\n\t    Flags [Reflect, Admin-down, Delete-in-progress]\n\t    0x0000:  8000 0003\n\t  Message ID Object (23) Flags: [reject if unknown], Class-Type: 1 (1), length: 12\n\t    Flags [0x01], epoch: 5\n\t      Message-ID 0x0000004d (77)\n\t    0x0000:  0100 0005 0000 004d\n\t  Capability Object (134) Flags: [ignore silently if unknown], Class-Type: 1 (1), length: 8\n\t    [reserved=0x00000100 must be zero]\n\t    Flags: [RecoveryPath Desired, RecoveryPath Srefresh Capable]\n\t    0x0000:  0000 0103\n\t  Restart Capability Object (131) Flags: [ignore silently if unknown], Class-Type: IPv4 (1), length: 12\n\t    Restart  Time: 1000ms, Recovery Time: 2000ms\n\t    0x0000:  0000 03e8 0000 07d0",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto RSVP (46), length 116)\n    198.18.0.1 > 198.18.0.2: \n\tRSVPv1 Hello Message (20), Flags: [none], length: 96, ttl: 64, checksum: 0x0000\n\t  Generalized UNI Object (229) Flags: [ignore and forward if unknown], Class-Type: 1 (1), length: 36\n\t    Subobject Type: Source TNA address (1), AF: IPv4 (1), length: 8\n\t      UNI IPv4 TNA address: 10.0.0.1\n\t    Subobject Type: Service level (5), AF: Reserved (0), length: 8\n\t      Service level: 3\n\t    Subobject Type: Egress label (4), AF: Reserved (0), length: 16\n\t      U-bit: 1, Label type: 1, Logical port id: 4, Label: 5\n\t    0x0000:  0008 0101 0a00 0001 0008 0500 0300 0000\n\t    0x0010:  0010 0400 8000 0001 0000 0004 0000 0005\n\t  RSVP Hop Object (3) Flags: [reject if unknown], Class-Type: IPv6 (2), length: 24\n\t    Previous/Next Interface: 2001:db8::1, Logical Interface Handle: 0x00000009\n\t    0x0000:  2001 0db8 0000 0000 0000 0000 0000 0001\n\t    0x0010:  0000 0009\n\t  Hello Object (22) Flags: [reject if unknown], Class-Type: Hello Ack (2), length: 12\n\t    Source Instance: 0x00000001, Destination Instance: 0x00000002\n\t    0x0000:  0000 0001 0000 0002\n\t  Label Request Object (19) Flags: [reject if unknown], Class-Type: with ATM label range (2), length: 16\n\t    L3 Protocol ID: IPv6,no merge capability\n\t    Minimum VPI/VCI: 1/32\n\t    Maximum VPI/VCI: 4095/4095\n\t    0x0000:  0000 86dd 8001 0020 0fff 0fff",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto RSVP (46), length 48)\n    198.18.0.1 > 198.18.0.2: \n\tRSVPv1 Bundle Message (12), Flags: [none], length: 28, ttl: 64, checksum: 0x0000\n\t  RSVPv1 Acknowledgement Message (13), Flags: [none], length: 20, ttl: 64, checksum: 0x0000\n\t    Message ID Ack Object (24) Flags: [reject if unknown], Class-Type: Message id ack (1), length: 12\n\t      Flags [0x00], epoch: 1\n\t        Message-ID 0x00000005 (5)\n\t    0x0000:  0000 0001 0000 0005",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto RSVP (46), length 44)\n    198.18.0.1 > 198.18.0.2: \n\tRSVPv1 Path Message (1), Flags: [none], length: 24, ttl: 64, checksum: 0x0000\n\t  ERO Object (20) Flags: [reject if unknown], Class-Type: IPv4 (1), length: 12\n\t    Subobject Type: IPv4 prefix, length 8 ERROR: Prefix length 24 != 32 (invalid)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto RSVP (46), length 224)\n    198.18.0.1 > 198.18.0.2: \n\tRSVPv1 Path Message (1), Flags: [Refresh reduction capable], length: 204, ttl: 64, checksum: 0x0000\n\t  Session Object (1) Flags: [reject if unknown], Class-Type: IPv4 (1), length: 12\n\t    IPv4 DestAddress: 10.0.0.2, Protocol ID: 0x11\n\t    Flags: [0x01], DestPort 5000\n\t    0x0000:  0a00 0002 1101 1388\n\t  RSVP Hop Object (3) Flags: [reject if unknown], Class-Type: IPv4 (1), length: 12\n\t    Previous/Next Interface: 10.0.0.1, Logical Interface Handle: 0x00001234\n\t    0x0000:  0a00 0001 0000 1234\n\t  Time Values Object (5) Flags: [reject if unknown], Class-Type: 1 (1), length: 8\n\t    Refresh Period: 30000ms\n\t    0x0000:  0000 7530\n\t  Style Object (8) Flags: [reject if unknown], Class-Type: 1 (1), length: 8\n\t    Reservation Style: Shared Explicit, Flags: [0x00]\n\t    0x0000:  0000 0012\n\t  Sender Template Object (11) Flags: [reject if unknown], Class-Type: Tunnel IPv4 (7), length: 12\n\t    IPv4 Tunnel Sender Address: 10.0.0.1, LSP-ID: 0x0007\n\t    0x0000:  0a00 0001 0000 0007\n\t  Label Request Object (19) Flags: [reject if unknown], Class-Type: without label range (1), length: 8 [|rsvp]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto RSVP (46), length 224)\n    198.18.0.1 > 198.18.0.2: \n\tRSVPv1 Path Message (1), Flags: [Refresh reduction capable], length: 204, ttl: 64, checksum: 0x0000\n\t  Session Object (1) Flags: [reject if unknown], Class-Type: IPv4 (1), length: 12\n\t    IPv4 DestAddress: 10.0.0.2, Protocol ID: 0x11\n\t    Flags: [0x01], DestPort 5000\n\t    0x0000:  0a00 0002 1101 1388\n\t  RSVP Hop Object (3) Flags: [reject if unknown], Class-Type: IPv4 (1), length: 12\n\t    Previous/Next Interface: 10.0.0.1, Logical Interface Handle: 0x00001234\n\t    0x0000:  0a00 0001 0000 1234\n\t  Time Values Object (5) Flags: [reject if unknown], Class-Type: 1 (1), length: 8\n\t    Refresh Period: 30000ms\n\t    0x0000:  0000 7530\n\t  Style Object (8) Flags: [reject if unknown], Class-Type: 1 (1), length: 8\n\t    Reservation Style: Shared Explicit, Flags: [0x00]\n\t    0x0000:  0000 0012\n\t  Sender Template Object (11) Flags: [reject if unknown], Class-Type: Tunnel IPv4 (7), length: 12\n\t    IPv4 Tunnel Sender Address: 10.0.0.1, LSP-ID: 0x0007\n\t    0x0000:  0a00 0001 0000 0007\n\t  Label Request Object (19) Flags: [reject if unknown], Class-Type: without label range (1), length: 8\n\t    L3 Protocol ID: IPv4\n\t    0x0000:  0000 0800\n\t  Label Request Object (19) Flags: [reject if unknown], Class-Type: Generalized Label (4), length: 8\n\t    LSP Encoding Type: Lambda (photonic) (8)\n\t    Switching Type: Lambda-Switch Capable (150), Payload ID: Lambda (0x0025)\n\t    0x0000:  0896 0025\n\t  ERO Object (20) Flags: [reject if unknown], Class-Type: IPv4 (1), length: 24\n\t    Subobject Type: IPv4 prefix, length 8, Strict, 10.0.0.2/32, Flags: [Local protection available]\n\t    Subobject Type: Label, length 8, Flags: [Global] (0x1), Class-Type: IPv4 (1), 100\n\t    Subobject Type: Autonomous system number, length 4\n\t    0x0000:  0108 0a00 0002 2001 8308 0101 0000 0064\n\t    0x0010:  2004 0001\n\t  Session Attribute Object (207) Flags: [ignore and forward if unknown], Class-Type: Tunnel IPv4 (7), length: 16\n\t    Session Name: lsp-1\n\t    Setup Priority: 7, Holding Priority: 7, Flags: [Label Recording, SE Style] (0x6)\n\t    0x0000:  0707 0605 6c73 702d 3100 0000\n\t  Fast Re-Route Object (205) Flags: [ignore and forward if unknown], Class-Type: 1 (1), length: 24 [|rsvp]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto RSVP (46), length 104)\n    198.18.0.1 > 198.18.0.2: \n\tRSVPv1 PathErr Message (3), Flags: [none], length: 84, ttl: 64, checksum: 0x0000\n\t  Error Spec Object (6) Flags: [reject if unknown], Class-Type: IPv4 (1), length: 12\n\t    Error Node Address: 10.0.0.1, Flags: [0x00]\n\t    Error Code: Routing Problem (24), Error Value: No route available toward destination (5)\n\t    0x0000:  0a00 0001 0018 0005\n\t  Error Spec Object (6) Flags: [reject if unknown], Class-Type: IPv4 (1), length: 12\n\t    Error Node Address: 10.0.0.1, Flags: [0x01]\n\t    Error Code: Diffserv TE Error (28), Error Value: Unsupported CT (2)\n\t    0x0000:  0a00 0001 011c 0002\n\t  Error Spec Object (6) Flags: [reject if unknown], Class-Type: IPv4 (1), length: 12\n\t    Error Node Address: 10.0.0.1, Flags: [0x00]\n\t    Error Code: unknown (3), Unknown Error Value (9)\n\t    0x0000:  0a00 0001 0003 0009\n\t  Administrative Status Object (196) Flags: [ignore and forward if unknown], Class-Type: 1 (1), length: 8\n\t    Flags [Reflect, Admin-down, Delete-in-progress]\n\t    0x0000:  8000 0003\n\t  Message ID Object (23) Flags: [reject if unknown], Class-Type: 1 (1), length: 12 [|rsvp]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto RSVP (46), length 116)\n    198.18.0.1 > 198.18.0.2: \n\tRSVPv1 Hello Message (20), Flags: [none], length: 96, ttl: 64, checksum: 0x0000\n\t  Generalized UNI Object (229) Flags: [ignore and forward if unknown], Class-Type: 1 (1), length: 36 [|rsvp]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto RSVP (46), length 48)\n    198.18.0.1 > 198.18.0.2: \n\tRSVPv1 Bundle Message (12), Flags: [none], length: 28, ttl: 64, checksum: 0x0000\n\t  RSVPv1 Acknowledgement Message (13), Flags: [none], length: 20, ttl: 64, checksum: 0x0000 [|rsvp]",
                    ],
                ),
            ],
        );
    }

    /// A Resv with IntServ TSpec and Adspec parameters, FilterSpecs,
    /// Properties, Label Sets, a Sub-LSP and an Integrity object, and a
    /// property TLV too short, at each -v level, and cut copies (expected
    /// text from tcpdump 4.99.3 -n).
    #[test]
    fn intserv_and_filters_at_each_level() {
        golden_levels(
            LinkType::Ethernet,
            &[
                (
                    "02000000000202000000000108004500013400010000402eed73c6120001c6120002100200004000012000300c0200000007010000067f00000549989680447a00007f61b1e600000040000005dc8200000247f4240000000007003c0d0200000008018000080400000100000003060000013f00000008000001ffffffff0a000001000005dc8500000100000009c8000001abcdef01000c0a010a0000010000006300180a0320010db800000000000000000000000100001234000c0a070a0000010000000500140a0c0a000001000000060a000001000000070010cc01000200000104aabb1004010200102401000000050000000b0000000c001024010200000100000064000000c80014320220010db8000000000000000000000001002404010000000000000000000000000000000000000000000000000000000000000000",
                    0,
                ),
                (
                    "02000000000202000000000108004500002800010000402eee7fc6120001c61200021002000040000014000ccc010001000001010000",
                    0,
                ),
                (
                    "02000000000202000000000108004500013400010000402eed73c6120001c6120002100200004000012000300c0200000007010000067f00000549989680447a00007f61b1e600000040000005dc8200000247f4240000000007003c0d0200000008018000080400000100000003060000013f00000008000001ffffffff0a000001000005dc8500000100000009c8000001abcdef01000c0a010a0000010000006300180a0320010db800000000000000000000000100001234000c0a070a0000010000000500140a0c0a000001000000060a000001000000070010cc01000200000104aabb1004010200102401000000050000000b0000000c001024010200000100000064000000c80014320220010db8000000000000000000000001002404010000000000000000000000000000000000000000000000000000000000000000",
                    120,
                ),
                (
                    "02000000000202000000000108004500013400010000402eed73c6120001c6120002100200004000012000300c0200000007010000067f00000549989680447a00007f61b1e600000040000005dc8200000247f4240000000007003c0d0200000008018000080400000100000003060000013f00000008000001ffffffff0a000001000005dc8500000100000009c8000001abcdef01000c0a010a0000010000006300180a0320010db800000000000000000000000100001234000c0a070a0000010000000500140a0c0a000001000000060a000001000000070010cc01000200000104aabb1004010200102401000000050000000b0000000c001024010200000100000064000000c80014320220010db8000000000000000000000001002404010000000000000000000000000000000000000000000000000000000000000000",
                    200,
                ),
                (
                    "02000000000202000000000108004500013400010000402eed73c6120001c6120002100200004000012000300c0200000007010000067f00000549989680447a00007f61b1e600000040000005dc8200000247f4240000000007003c0d0200000008018000080400000100000003060000013f00000008000001ffffffff0a000001000005dc8500000100000009c8000001abcdef01000c0a010a0000010000006300180a0320010db800000000000000000000000100001234000c0a070a0000010000000500140a0c0a000001000000060a000001000000070010cc01000200000104aabb1004010200102401000000050000000b0000000c001024010200000100000064000000c80014320220010db8000000000000000000000001002404010000000000000000000000000000000000000000000000000000000000000000",
                    300,
                ),
            ],
            &[
                (
                    numeric(0),
                    &[
                        "IP 198.18.0.1 > 198.18.0.2: RSVPv1 Resv Message, length: 288",
                        "IP 198.18.0.1 > 198.18.0.2: RSVPv1 Resv Message, length: 20",
                        "IP 198.18.0.1 > 198.18.0.2: RSVPv1 Resv Message, length: 288",
                        "IP 198.18.0.1 > 198.18.0.2: RSVPv1 Resv Message, length: 288",
                        "IP 198.18.0.1 > 198.18.0.2: RSVPv1 Resv Message, length: 288",
                    ],
                ),
                (
                    numeric(1),
                    &[
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto RSVP (46), length 308)\n    198.18.0.1 > 198.18.0.2: \n\tRSVPv1 Resv Message (2), Flags: [none], length: 288, ttl: 64, checksum: 0x0000\n\t  Sender TSpec Object (12) Flags: [reject if unknown], Class-Type: IntServ (2), length: 48\n\t    Msg-Version: 0, length: 28\n\t    Service Type: Default/Global Information (1), break bit not set, Service length: 24\n\t      Parameter ID: Token Bucket TSpec (127), length: 20, Flags: [0x00]\n\t\tToken Bucket Rate: 10 Mbps\n\t\tToken Bucket Size: 1000 bytes\n\t\tPeak Data Rate: 2.40000008e+33 Mbps\n\t\tMinimum Policed Unit: 64 bytes\n\t\tMaximum Packet Size: 1500 bytes\n\t    Service Type: unknown (130), break bit not set, Service length: 8\n\t      Parameter ID: unknown (71), length: 36864, Flags: [0xf4]\n\t    Service Type: unknown (71), break bit set, Service length: 36864\n\t      Parameter ID: unknown (0), length: 28, Flags: [0x00]\n\t    Service Type: unknown (0), break bit not set, Service length: 28\n\t  Adspec Object (13) Flags: [reject if unknown], Class-Type: IntServ (2), length: 60\n\t    Msg-Version: 0, length: 32\n\t    Service Type: Default/Global Information (1), break bit set, Service length: 32\n\t      Parameter ID: IS hop cnt (4), length: 4, Flags: [0x00]\n\t\tIS hop count: 3\n\t      Parameter ID: Path b/w estimate (6), length: 4, Flags: [0x00]\n\t\tPath b/w estimate: 3.99999999e-06 Mbps\n\t      Parameter ID: Minimum path latency (8), length: 4, Flags: [0x00]\n\t\tMinimum path latency: don't care\n\t      Parameter ID: Composed MTU (10), length: 4, Flags: [0x00]\n\t\tComposed MTU: 1500 bytes\n\t    Service Type: unknown (133), break bit not set, Service length: 4\n\t      Parameter ID: unknown (0), length: 36, Flags: [0x00]\n\t    Service Type: unknown (0), break bit not set, Service length: 36\n\t      Parameter ID: unknown (200), length: 4, Flags: [0x00]\n\t\t0x0000:  abcd ef01\n\t  FilterSpec Object (10) Flags: [reject if unknown], Class-Type: IPv4 (1), length: 12\n\t    Source Address: 10.0.0.1, Source Port: 99\n\t  FilterSpec Object (10) Flags: [reject if unknown], Class-Type: IPv6 Flow-label (3), length: 24\n\t    Source Address: 2001:db8::1, Flow Label: 4660\n\t  FilterSpec Object (10) Flags: [reject if unknown], Class-Type: Tunnel IPv4 (7), length: 12\n\t    Source Address: 10.0.0.1, LSP-ID: 0x0005\n\t  FilterSpec Object (10) Flags: [reject if unknown], Class-Type: IPv4 P2MP LSP Tunnel (12), length: 20\n\t    IPv4 Tunnel Sender Address: 10.0.0.1, LSP ID: 0x0006\n\t    Sub-Group Originator ID: 10.0.0.1, Sub-Group ID: 0x0000\n\t  Properties Object (204) Flags: [ignore and forward if unknown], Class-Type: 1 (1), length: 16\n\t    TLV count: 2, padding bytes: 0\n\t      Cos TLV (0x01), length: 4\n\t\t0x0000:  aabb\n\t      Path Type TLV (0x10), length: 4\n\t\t0x0000:  0102\n\t  Label Set Object (36) Flags: [reject if unknown], Class-Type: 1 (1), length: 16\n\t    Action: Inclusive list (0), Label type: 5\n\t    Subchannel #1: 11\n\t    Subchannel #2: 12\n\t  Label Set Object (36) Flags: [reject if unknown], Class-Type: 1 (1), length: 16\n\t    Action: Inclusive range (2), Label type: 1\n\t    Start range: 100, End range: 200\n\t  Sub-LSP to LSP Object (50) Flags: [reject if unknown], Class-Type: IPv6 sub-LSP (2), length: 20\n\t    Sub-LSP destination address: 2001:db8::1\n\t  Integrity Object (4) Flags: [reject if unknown], Class-Type: Unknown (1), length: 36\n\t    Key-ID 0x000000000000, Sequence 0x0000000000000000, Flags [none]\n\t    MD5-sum 0x00000000000000000000000000000000  (unchecked)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto RSVP (46), length 40)\n    198.18.0.1 > 198.18.0.2: \n\tRSVPv1 Resv Message (2), Flags: [none], length: 20, ttl: 64, checksum: 0x0000\n\t  Properties Object (204) Flags: [ignore and forward if unknown], Class-Type: 1 (1), length: 12\n\t    TLV count: 1, padding bytes: 0\n\t      Cos TLV (0x01), length: 1\n\t  ERROR: property TLV is too short",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto RSVP (46), length 308)\n    198.18.0.1 > 198.18.0.2: \n\tRSVPv1 Resv Message (2), Flags: [none], length: 288, ttl: 64, checksum: 0x0000\n\t  Sender TSpec Object (12) Flags: [reject if unknown], Class-Type: IntServ (2), length: 48\n\t    Msg-Version: 0, length: 28\n\t    Service Type: Default/Global Information (1), break bit not set, Service length: 24\n\t      Parameter ID: Token Bucket TSpec (127), length: 20, Flags: [0x00]\n\t\tToken Bucket Rate: 10 Mbps\n\t\tToken Bucket Size: 1000 bytes\n\t\tPeak Data Rate: 2.40000008e+33 Mbps\n\t\tMinimum Policed Unit: 64 bytes\n\t\tMaximum Packet Size: 1500 bytes\n\t    Service Type: unknown (130), break bit not set, Service length: 8\n\t      Parameter ID: unknown (71), length: 36864, Flags: [0xf4]\n\t    Service Type: unknown (71), break bit set, Service length: 36864\n\t      Parameter ID: unknown (0), length: 28, Flags: [0x00]\n\t    Service Type: unknown (0), break bit not set, Service length: 28\n\t  Adspec Object (13) Flags: [reject if unknown], Class-Type: IntServ (2), length: 60 [|rsvp]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto RSVP (46), length 308)\n    198.18.0.1 > 198.18.0.2: \n\tRSVPv1 Resv Message (2), Flags: [none], length: 288, ttl: 64, checksum: 0x0000\n\t  Sender TSpec Object (12) Flags: [reject if unknown], Class-Type: IntServ (2), length: 48\n\t    Msg-Version: 0, length: 28\n\t    Service Type: Default/Global Information (1), break bit not set, Service length: 24\n\t      Parameter ID: Token Bucket TSpec (127), length: 20, Flags: [0x00]\n\t\tToken Bucket Rate: 10 Mbps\n\t\tToken Bucket Size: 1000 bytes\n\t\tPeak Data Rate: 2.40000008e+33 Mbps\n\t\tMinimum Policed Unit: 64 bytes\n\t\tMaximum Packet Size: 1500 bytes\n\t    Service Type: unknown (130), break bit not set, Service length: 8\n\t      Parameter ID: unknown (71), length: 36864, Flags: [0xf4]\n\t    Service Type: unknown (71), break bit set, Service length: 36864\n\t      Parameter ID: unknown (0), length: 28, Flags: [0x00]\n\t    Service Type: unknown (0), break bit not set, Service length: 28\n\t  Adspec Object (13) Flags: [reject if unknown], Class-Type: IntServ (2), length: 60\n\t    Msg-Version: 0, length: 32\n\t    Service Type: Default/Global Information (1), break bit set, Service length: 32\n\t      Parameter ID: IS hop cnt (4), length: 4, Flags: [0x00]\n\t\tIS hop count: 3\n\t      Parameter ID: Path b/w estimate (6), length: 4, Flags: [0x00]\n\t\tPath b/w estimate: 3.99999999e-06 Mbps\n\t      Parameter ID: Minimum path latency (8), length: 4, Flags: [0x00]\n\t\tMinimum path latency: don't care\n\t      Parameter ID: Composed MTU (10), length: 4, Flags: [0x00]\n\t\tComposed MTU: 1500 bytes\n\t    Service Type: unknown (133), break bit not set, Service length: 4\n\t      Parameter ID: unknown (0), length: 36, Flags: [0x00]\n\t    Service Type: unknown (0), break bit not set, Service length: 36\n\t      Parameter ID: unknown (200), length: 4, Flags: [0x00]\n\t\t0x0000:  abcd ef01\n\t  FilterSpec Object (10) Flags: [reject if unknown], Class-Type: IPv4 (1), length: 12\n\t    Source Address: 10.0.0.1, Source Port: 99\n\t  FilterSpec Object (10) Flags: [reject if unknown], Class-Type: IPv6 Flow-label (3), length: 24\n\t    Source Address: 2001:db8::1, Flow Label: 4660\n\t  FilterSpec Object (10) Flags: [reject if unknown], Class-Type: Tunnel IPv4 (7), length: 12\n\t    Source Address: 10.0.0.1, LSP-ID: 0x0005 [|rsvp]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto RSVP (46), length 308)\n    198.18.0.1 > 198.18.0.2: \n\tRSVPv1 Resv Message (2), Flags: [none], length: 288, ttl: 64, checksum: 0x0000\n\t  Sender TSpec Object (12) Flags: [reject if unknown], Class-Type: IntServ (2), length: 48\n\t    Msg-Version: 0, length: 28\n\t    Service Type: Default/Global Information (1), break bit not set, Service length: 24\n\t      Parameter ID: Token Bucket TSpec (127), length: 20, Flags: [0x00]\n\t\tToken Bucket Rate: 10 Mbps\n\t\tToken Bucket Size: 1000 bytes\n\t\tPeak Data Rate: 2.40000008e+33 Mbps\n\t\tMinimum Policed Unit: 64 bytes\n\t\tMaximum Packet Size: 1500 bytes\n\t    Service Type: unknown (130), break bit not set, Service length: 8\n\t      Parameter ID: unknown (71), length: 36864, Flags: [0xf4]\n\t    Service Type: unknown (71), break bit set, Service length: 36864\n\t      Parameter ID: unknown (0), length: 28, Flags: [0x00]\n\t    Service Type: unknown (0), break bit not set, Service length: 28\n\t  Adspec Object (13) Flags: [reject if unknown], Class-Type: IntServ (2), length: 60\n\t    Msg-Version: 0, length: 32\n\t    Service Type: Default/Global Information (1), break bit set, Service length: 32\n\t      Parameter ID: IS hop cnt (4), length: 4, Flags: [0x00]\n\t\tIS hop count: 3\n\t      Parameter ID: Path b/w estimate (6), length: 4, Flags: [0x00]\n\t\tPath b/w estimate: 3.99999999e-06 Mbps\n\t      Parameter ID: Minimum path latency (8), length: 4, Flags: [0x00]\n\t\tMinimum path latency: don't care\n\t      Parameter ID: Composed MTU (10), length: 4, Flags: [0x00]\n\t\tComposed MTU: 1500 bytes\n\t    Service Type: unknown (133), break bit not set, Service length: 4\n\t      Parameter ID: unknown (0), length: 36, Flags: [0x00]\n\t    Service Type: unknown (0), break bit not set, Service length: 36\n\t      Parameter ID: unknown (200), length: 4, Flags: [0x00]\n\t\t0x0000:  abcd ef01\n\t  FilterSpec Object (10) Flags: [reject if unknown], Class-Type: IPv4 (1), length: 12\n\t    Source Address: 10.0.0.1, Source Port: 99\n\t  FilterSpec Object (10) Flags: [reject if unknown], Class-Type: IPv6 Flow-label (3), length: 24\n\t    Source Address: 2001:db8::1, Flow Label: 4660\n\t  FilterSpec Object (10) Flags: [reject if unknown], Class-Type: Tunnel IPv4 (7), length: 12\n\t    Source Address: 10.0.0.1, LSP-ID: 0x0005\n\t  FilterSpec Object (10) Flags: [reject if unknown], Class-Type: IPv4 P2MP LSP Tunnel (12), length: 20\n\t    IPv4 Tunnel Sender Address: 10.0.0.1, LSP ID: 0x0006\n\t    Sub-Group Originator ID: 10.0.0.1, Sub-Group ID: 0x0000\n\t  Properties Object (204) Flags: [ignore and forward if unknown], Class-Type: 1 (1), length: 16\n\t    TLV count: 2, padding bytes: 0\n\t      Cos TLV (0x01), length: 4\n\t\t0x0000:  aabb\n\t      Path Type TLV (0x10), length: 4\n\t\t0x0000:  0102\n\t  Label Set Object (36) Flags: [reject if unknown], Class-Type: 1 (1), length: 16\n\t    Action: Inclusive list (0), Label type: 5\n\t    Subchannel #1: 11\n\t    Subchannel #2: 12\n\t  Label Set Object (36) Flags: [reject if unknown], Class-Type: 1 (1), length: 16\n\t    Action: Inclusive range (2), Label type: 1\n\t    Start range: 100, End range: 200\n\t  Sub-LSP to LSP Object (50) Flags: [reject if unknown], Class-Type: IPv6 sub-LSP (2), length: 20\n\t    Sub-LSP destination address: 2001:db8::1\n\t  Integrity Object (4) Flags: [reject if unknown], Class-Type: Unknown (1), length: 36 [|rsvp]",
                    ],
                ),
                (
                    numeric(2),
                    &[
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto RSVP (46), length 308)\n    198.18.0.1 > 198.18.0.2: \n\tRSVPv1 Resv Message (2), Flags: [none], length: 288, ttl: 64, checksum: 0x0000\n\t  Sender TSpec Object (12) Flags: [reject if unknown], Class-Type: IntServ (2), length: 48\n\t    Msg-Version: 0, length: 28\n\t    Service Type: Default/Global Information (1), break bit not set, Service length: 24\n\t      Parameter ID: Token Bucket TSpec (127), length: 20, Flags: [0x00]\n\t\tToken Bucket Rate: 10 Mbps\n\t\tToken Bucket Size: 1000 bytes\n\t\tPeak Data Rate: 2.40000008e+33 Mbps\n\t\tMinimum Policed Unit: 64 bytes\n\t\tMaximum Packet Size: 1500 bytes\n\t    Service Type: unknown (130), break bit not set, Service length: 8\n\t      Parameter ID: unknown (71), length: 36864, Flags: [0xf4]\n\t    Service Type: unknown (71), break bit set, Service length: 36864\n\t      Parameter ID: unknown (0), length: 28, Flags: [0x00]\n\t    Service Type: unknown (0), break bit not set, Service length: 28\n\t    0x0000:  0000 0007 0100 0006 7f00 0005 4998 9680\n\t    0x0010:  447a 0000 7f61 b1e6 0000 0040 0000 05dc\n\t    0x0020:  8200 0002 47f4 2400 0000 0007\n\t  Adspec Object (13) Flags: [reject if unknown], Class-Type: IntServ (2), length: 60\n\t    Msg-Version: 0, length: 32\n\t    Service Type: Default/Global Information (1), break bit set, Service length: 32\n\t      Parameter ID: IS hop cnt (4), length: 4, Flags: [0x00]\n\t\tIS hop count: 3\n\t      Parameter ID: Path b/w estimate (6), length: 4, Flags: [0x00]\n\t\tPath b/w estimate: 3.99999999e-06 Mbps\n\t      Parameter ID: Minimum path latency (8), length: 4, Flags: [0x00]\n\t\tMinimum path latency: don't care\n\t      Parameter ID: Composed MTU (10), length: 4, Flags: [0x00]\n\t\tComposed MTU: 1500 bytes\n\t    Service Type: unknown (133), break bit not set, Service length: 4\n\t      Parameter ID: unknown (0), length: 36, Flags: [0x00]\n\t    Service Type: unknown (0), break bit not set, Service length: 36\n\t      Parameter ID: unknown (200), length: 4, Flags: [0x00]\n\t    0x0000:  0000 0008 0180 0008 0400 0001 0000 0003\n\t    0x0010:  0600 0001 3f00 0000 0800 0001 ffff ffff\n\t    0x0020:  0a00 0001 0000 05dc 8500 0001 0000 0009\n\t    0x0030:  c800 0001 abcd ef01\n\t  FilterSpec Object (10) Flags: [reject if unknown], Class-Type: IPv4 (1), length: 12\n\t    Source Address: 10.0.0.1, Source Port: 99\n\t    0x0000:  0a00 0001 0000 0063\n\t  FilterSpec Object (10) Flags: [reject if unknown], Class-Type: IPv6 Flow-label (3), length: 24\n\t    Source Address: 2001:db8::1, Flow Label: 4660\n\t    0x0000:  2001 0db8 0000 0000 0000 0000 0000 0001\n\t    0x0010:  0000 1234\n\t  FilterSpec Object (10) Flags: [reject if unknown], Class-Type: Tunnel IPv4 (7), length: 12\n\t    Source Address: 10.0.0.1, LSP-ID: 0x0005\n\t    0x0000:  0a00 0001 0000 0005\n\t  FilterSpec Object (10) Flags: [reject if unknown], Class-Type: IPv4 P2MP LSP Tunnel (12), length: 20\n\t    IPv4 Tunnel Sender Address: 10.0.0.1, LSP ID: 0x0006\n\t    Sub-Group Originator ID: 10.0.0.1, Sub-Group ID: 0x0000\n\t    0x0000:  0a00 0001 0000 0006 0a00 0001 0000 0007\n\t  Properties Object (204) Flags: [ignore and forward if unknown], Class-Type: 1 (1), length: 16\n\t    TLV count: 2, padding bytes: 0\n\t      Cos TLV (0x01), length: 4\n\t\t0x0000:  aabb\n\t      Path Type TLV (0x10), length: 4\n\t\t0x0000:  0102\n\t    0x0000:  0002 0000 0104 aabb 1004 0102\n\t  Label Set Object (36) Flags: [reject if unknown], Class-Type: 1 (1), length: 16\n\t    Action: Inclusive list (0), Label type: 5\n\t    Subchannel #1: 11\n\t    Subchannel #2: 12\n\t    0x0000:  0000 0005 0000 000b 0000 000c\n\t  Label Set Object (36) Flags: [reject if unknown], Class-Type: 1 (1), length: 16\n\t    Action: Inclusive range (2), Label type: 1\n\t    Start range: 100, End range: 200\n\t    0x0000:  0200 0001 0000 0064 0000 00c8\n\t  Sub-LSP to LSP Object (50) Flags: [reject if unknown], Class-Type: IPv6 sub-LSP (2), length: 20\n\t    Sub-LSP destination address: 2001:db8::1\n\t    0x0000:  2001 0db8 0000 0000 0000 0000 0000 0001\n\t  Integrity Object (4) Flags: [reject if unknown], Class-Type: Unknown (1), length: 36\n\t    Key-ID 0x000000000000, Sequence 0x0000000000000000, Flags [none]\n\t    MD5-sum 0x00000000000000000000000000000000  (unchecked)\n\t    0x0000:  0000 0000 0000 0000 0000 0000 0000 0000\n\t    0x0010:  0000 0000 0000 0000 0000 0000 0000 0000",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto RSVP (46), length 40)\n    198.18.0.1 > 198.18.0.2: \n\tRSVPv1 Resv Message (2), Flags: [none], length: 20, ttl: 64, checksum: 0x0000\n\t  Properties Object (204) Flags: [ignore and forward if unknown], Class-Type: 1 (1), length: 12\n\t    TLV count: 1, padding bytes: 0\n\t      Cos TLV (0x01), length: 1\n\t  ERROR: property TLV is too short",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto RSVP (46), length 308)\n    198.18.0.1 > 198.18.0.2: \n\tRSVPv1 Resv Message (2), Flags: [none], length: 288, ttl: 64, checksum: 0x0000\n\t  Sender TSpec Object (12) Flags: [reject if unknown], Class-Type: IntServ (2), length: 48\n\t    Msg-Version: 0, length: 28\n\t    Service Type: Default/Global Information (1), break bit not set, Service length: 24\n\t      Parameter ID: Token Bucket TSpec (127), length: 20, Flags: [0x00]\n\t\tToken Bucket Rate: 10 Mbps\n\t\tToken Bucket Size: 1000 bytes\n\t\tPeak Data Rate: 2.40000008e+33 Mbps\n\t\tMinimum Policed Unit: 64 bytes\n\t\tMaximum Packet Size: 1500 bytes\n\t    Service Type: unknown (130), break bit not set, Service length: 8\n\t      Parameter ID: unknown (71), length: 36864, Flags: [0xf4]\n\t    Service Type: unknown (71), break bit set, Service length: 36864\n\t      Parameter ID: unknown (0), length: 28, Flags: [0x00]\n\t    Service Type: unknown (0), break bit not set, Service length: 28\n\t    0x0000:  0000 0007 0100 0006 7f00 0005 4998 9680\n\t    0x0010:  447a 0000 7f61 b1e6 0000 0040 0000 05dc\n\t    0x0020:  8200 0002 47f4 2400 0000 0007\n\t  Adspec Object (13) Flags: [reject if unknown], Class-Type: IntServ (2), length: 60 [|rsvp]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto RSVP (46), length 308)\n    198.18.0.1 > 198.18.0.2: \n\tRSVPv1 Resv Message (2), Flags: [none], length: 288, ttl: 64, checksum: 0x0000\n\t  Sender TSpec Object (12) Flags: [reject if unknown], Class-Type: IntServ (2), length: 48\n\t    Msg-Version: 0, length: 28\n\t    Service Type: Default/Global Information (1), break bit not set, Service length: 24\n\t      Parameter ID: Token Bucket TSpec (127), length: 20, Flags: [0x00]\n\t\tToken Bucket Rate: 10 Mbps\n\t\tToken Bucket Size: 1000 bytes\n\t\tPeak Data Rate: 2.40000008e+33 Mbps\n\t\tMinimum Policed Unit: 64 bytes\n\t\tMaximum Packet Size: 1500 bytes\n\t    Service Type: unknown (130), break bit not set, Service length: 8\n\t      Parameter ID: unknown (71), length: 36864, Flags: [0xf4]\n\t    Service Type: unknown (71), break bit set, Service length: 36864\n\t      Parameter ID: unknown (0), length: 28, Flags: [0x00]\n\t    Service Type: unknown (0), break bit not set, Service length: 28\n\t    0x0000:  0000 0007 0100 0006 7f00 0005 4998 9680\n\t    0x0010:  447a 0000 7f61 b1e6 0000 0040 0000 05dc\n\t    0x0020:  8200 0002 47f4 2400 0000 0007\n\t  Adspec Object (13) Flags: [reject if unknown], Class-Type: IntServ (2), length: 60\n\t    Msg-Version: 0, length: 32\n\t    Service Type: Default/Global Information (1), break bit set, Service length: 32\n\t      Parameter ID: IS hop cnt (4), length: 4, Flags: [0x00]\n\t\tIS hop count: 3\n\t      Parameter ID: Path b/w estimate (6), length: 4, Flags: [0x00]\n\t\tPath b/w estimate: 3.99999999e-06 Mbps\n\t      Parameter ID: Minimum path latency (8), length: 4, Flags: [0x00]\n\t\tMinimum path latency: don't care\n\t      Parameter ID: Composed MTU (10), length: 4, Flags: [0x00]\n\t\tComposed MTU: 1500 bytes\n\t    Service Type: unknown (133), break bit not set, Service length: 4\n\t      Parameter ID: unknown (0), length: 36, Flags: [0x00]\n\t    Service Type: unknown (0), break bit not set, Service length: 36\n\t      Parameter ID: unknown (200), length: 4, Flags: [0x00]\n\t    0x0000:  0000 0008 0180 0008 0400 0001 0000 0003\n\t    0x0010:  0600 0001 3f00 0000 0800 0001 ffff ffff\n\t    0x0020:  0a00 0001 0000 05dc 8500 0001 0000 0009\n\t    0x0030:  c800 0001 abcd ef01\n\t  FilterSpec Object (10) Flags: [reject if unknown], Class-Type: IPv4 (1), length: 12\n\t    Source Address: 10.0.0.1, Source Port: 99\n\t    0x0000:  0a00 0001 0000 0063\n\t  FilterSpec Object (10) Flags: [reject if unknown], Class-Type: IPv6 Flow-label (3), length: 24\n\t    Source Address: 2001:db8::1, Flow Label: 4660\n\t    0x0000:  2001 0db8 0000 0000 0000 0000 0000 0001\n\t    0x0010:  0000 1234\n\t  FilterSpec Object (10) Flags: [reject if unknown], Class-Type: Tunnel IPv4 (7), length: 12\n\t    Source Address: 10.0.0.1, LSP-ID: 0x0005\n\t    0x0000:  0a00 0001 0000 0005 [|rsvp]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto RSVP (46), length 308)\n    198.18.0.1 > 198.18.0.2: \n\tRSVPv1 Resv Message (2), Flags: [none], length: 288, ttl: 64, checksum: 0x0000\n\t  Sender TSpec Object (12) Flags: [reject if unknown], Class-Type: IntServ (2), length: 48\n\t    Msg-Version: 0, length: 28\n\t    Service Type: Default/Global Information (1), break bit not set, Service length: 24\n\t      Parameter ID: Token Bucket TSpec (127), length: 20, Flags: [0x00]\n\t\tToken Bucket Rate: 10 Mbps\n\t\tToken Bucket Size: 1000 bytes\n\t\tPeak Data Rate: 2.40000008e+33 Mbps\n\t\tMinimum Policed Unit: 64 bytes\n\t\tMaximum Packet Size: 1500 bytes\n\t    Service Type: unknown (130), break bit not set, Service length: 8\n\t      Parameter ID: unknown (71), length: 36864, Flags: [0xf4]\n\t    Service Type: unknown (71), break bit set, Service length: 36864\n\t      Parameter ID: unknown (0), length: 28, Flags: [0x00]\n\t    Service Type: unknown (0), break bit not set, Service length: 28\n\t    0x0000:  0000 0007 0100 0006 7f00 0005 4998 9680\n\t    0x0010:  447a 0000 7f61 b1e6 0000 0040 0000 05dc\n\t    0x0020:  8200 0002 47f4 2400 0000 0007\n\t  Adspec Object (13) Flags: [reject if unknown], Class-Type: IntServ (2), length: 60\n\t    Msg-Version: 0, length: 32\n\t    Service Type: Default/Global Information (1), break bit set, Service length: 32\n\t      Parameter ID: IS hop cnt (4), length: 4, Flags: [0x00]\n\t\tIS hop count: 3\n\t      Parameter ID: Path b/w estimate (6), length: 4, Flags: [0x00]\n\t\tPath b/w estimate: 3.99999999e-06 Mbps\n\t      Parameter ID: Minimum path latency (8), length: 4, Flags: [0x00]\n\t\tMinimum path latency: don't care\n\t      Parameter ID: Composed MTU (10), length: 4, Flags: [0x00]\n\t\tComposed MTU: 1500 bytes\n\t    Service Type: unknown (133), break bit not set, Service length: 4\n\t      Parameter ID: unknown (0), length: 36, Flags: [0x00]\n\t    Service Type: unknown (0), break bit not set, Service length: 36\n\t      Parameter ID: unknown (200), length: 4, Flags: [0x00]\n\t    0x0000:  0000 0008 0180 0008 0400 0001 0000 0003\n\t    0x0010:  0600 0001 3f00 0000 0800 0001 ffff ffff\n\t    0x0020:  0a00 0001 0000 05dc 8500 0001 0000 0009\n\t    0x0030:  c800 0001 abcd ef01\n\t  FilterSpec Object (10) Flags: [reject if unknown], Class-Type: IPv4 (1), length: 12\n\t    Source Address: 10.0.0.1, Source Port: 99\n\t    0x0000:  0a00 0001 0000 0063\n\t  FilterSpec Object (10) Flags: [reject if unknown], Class-Type: IPv6 Flow-label (3), length: 24\n\t    Source Address: 2001:db8::1, Flow Label: 4660\n\t    0x0000:  2001 0db8 0000 0000 0000 0000 0000 0001\n\t    0x0010:  0000 1234\n\t  FilterSpec Object (10) Flags: [reject if unknown], Class-Type: Tunnel IPv4 (7), length: 12\n\t    Source Address: 10.0.0.1, LSP-ID: 0x0005\n\t    0x0000:  0a00 0001 0000 0005\n\t  FilterSpec Object (10) Flags: [reject if unknown], Class-Type: IPv4 P2MP LSP Tunnel (12), length: 20\n\t    IPv4 Tunnel Sender Address: 10.0.0.1, LSP ID: 0x0006\n\t    Sub-Group Originator ID: 10.0.0.1, Sub-Group ID: 0x0000\n\t    0x0000:  0a00 0001 0000 0006 0a00 0001 0000 0007\n\t  Properties Object (204) Flags: [ignore and forward if unknown], Class-Type: 1 (1), length: 16\n\t    TLV count: 2, padding bytes: 0\n\t      Cos TLV (0x01), length: 4\n\t\t0x0000:  aabb\n\t      Path Type TLV (0x10), length: 4\n\t\t0x0000:  0102\n\t    0x0000:  0002 0000 0104 aabb 1004 0102\n\t  Label Set Object (36) Flags: [reject if unknown], Class-Type: 1 (1), length: 16\n\t    Action: Inclusive list (0), Label type: 5\n\t    Subchannel #1: 11\n\t    Subchannel #2: 12\n\t    0x0000:  0000 0005 0000 000b 0000 000c\n\t  Label Set Object (36) Flags: [reject if unknown], Class-Type: 1 (1), length: 16\n\t    Action: Inclusive range (2), Label type: 1\n\t    Start range: 100, End range: 200\n\t    0x0000:  0200 0001 0000 0064 0000 00c8\n\t  Sub-LSP to LSP Object (50) Flags: [reject if unknown], Class-Type: IPv6 sub-LSP (2), length: 20\n\t    Sub-LSP destination address: 2001:db8::1\n\t    0x0000:  2001 0db8 0000 0000 0000 0000 0000 0001\n\t  Integrity Object (4) Flags: [reject if unknown], Class-Type: Unknown (1), length: 36 [|rsvp]",
                    ],
                ),
            ],
        );
    }
}
