//! The SunATM pseudo-header (print-sunatm.c, DLT_SUNATM): direction and
//! traffic type, VPI, VCI, then the AAL5 PDU.

use super::super::{Ctx, Res, be16, u8at};
use super::Traffic;

const HEADER_LEN: usize = 4;
const TYPE_LANE: u8 = 0x01;

/// sunatm_if_print; sets the link header length.
pub(crate) fn frame(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "sunatm";
    let flags = u8at(b, 0)?;
    if c.o.link_header {
        c.s(if flags & 0x80 != 0 { "Tx: " } else { "Rx: " });
    }
    // LLC (0x02) and unknown types are both printed as LLC.
    let traffic = if flags & 0x0f == TYPE_LANE {
        Traffic::Lane
    } else {
        Traffic::Llc
    };
    let vpi = u8at(b, 1)?;
    let vci = be16(b, 2)?;
    c.ll_len += HEADER_LEN;
    let length = (wire_len as usize).saturating_sub(HEADER_LEN);
    super::atm(c, vpi, vci, traffic, &b[HEADER_LEN..], length)
}

#[cfg(test)]
mod tests {
    use super::super::super::PrintOptions;
    use super::super::super::tests::{golden_link_wire, never_panics, numeric};
    use crate::link::LinkType;
    use crate::wire::linktype;

    const SUNATM: LinkType = LinkType::Other(linktype::SUNATM);

    /// LLC/SNAP and LANE circuits (data with its client id, control
    /// frames), Q.2931 and SSCOP signalling, broadcast and meta circuits,
    /// ILMI (SNMP), OAM cells, LLC SAPs for IP and STP, and cut copies
    /// (expected text from tcpdump 4.99.3 -t -n).
    #[test]
    fn frames() {
        golden_link_wire(
            SUNATM,
            numeric(0),
            &[
                (
                    "02000020aaaa030000000800450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
                    44,
                    "IP 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
                ),
                (
                    "82010064aaaa030000000800450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
                    44,
                    "IP 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
                ),
                (
                    "0100003000010200000000020200000000010800450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
                    52,
                    "lecid:1 IP 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
                ),
                (
                    "01000030ff00010100010000",
                    12,
                    "lec: proto 1 vers 1 configure request",
                ),
                (
                    "01000030ff000101ffff",
                    10,
                    "lec: proto 1 vers 1 opcode-#65535",
                ),
                (
                    "00000005090300000105000000",
                    13,
                    "Q.2931:Setup CALL_REF:0x000001",
                ),
                ("000000050103000001ee", 10, "SSCOP, proto 1 "),
                (
                    "000000050903000001ee",
                    10,
                    "Q.2931:msgtype#238 CALL_REF:0x000001",
                ),
                ("0000000278797a", 7, "broadcast sig: "),
                ("0000000178797a", 7, "meta: "),
                (
                    "00000010302902010004067075626c6963a01c0204000000010201000201003010300e06082b060102010101000500",
                    47,
                    "ilmi:  GetRequest(28) [len14<asnlen16]",
                ),
                (
                    "0000000300000000301801deadbeef0102030405060708090a0b0c0d0e0f1011121314151617186a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a03ad",
                    57,
                    "OAM F4 (segment), vpi 0, vci 3, payload [ user data, uncongested, SDU 0 ], clp 0, length 53",
                ),
                (
                    "000000040000000040106a0102030405060708090a0b0c0d0e0f106a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a02f4",
                    57,
                    "OAM F4 (end), vpi 0, vci 4, payload [ user data, uncongested, SDU 0 ], clp 0, length 53",
                ),
                (
                    "00000003000000003a146a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a0387",
                    57,
                    "OAM F4 (segment), vpi 0, vci 3, payload [ VCC OAM F5 flow end-to-end ], clp 0, length 53",
                ),
                (
                    "000000030000000030216a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a01a7",
                    57,
                    "OAM F4 (segment), vpi 0, vci 3, payload [ user data, uncongested, SDU 0 ], clp 0, length 53",
                ),
                (
                    "000000030000000030316a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a0155",
                    57,
                    "OAM F4 (segment), vpi 0, vci 3, payload [ user data, uncongested, SDU 0 ], clp 0, length 53",
                ),
                (
                    "00000020060603450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
                    39,
                    "IP 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
                ),
                (
                    "000000204242030000000000000000000000000000000000000000000000000000000000000000000000",
                    42,
                    "STP 802.1d, Config, Flags [none], bridge-id 0000.00:00:00:00:00:00.0000, length 35",
                ),
                ("02", 44, " [|sunatm]"),
                ("020000", 44, " [|sunatm]"),
                ("02000020", 44, " [|llc]"),
                (
                    "02000020aa",
                    44,
                    " [|llc]
\t0x0000:  aa                                       .",
                ),
                ("02000020aaaa0300", 44, " [|snap]"),
                ("02000020aaaa030000000800", 44, " [|ip]"),
                ("02000020aaaa0300000008004500002000010000", 44, "IP  [|ip]"),
                (
                    "02000020aaaa030000000800450000200001000040113a8cc0000201c000",
                    44,
                    "IP  [|ip]",
                ),
                ("01", 52, " [|sunatm]"),
                ("010000", 52, " [|sunatm]"),
                ("01000030", 52, " [|lane]"),
                ("0100003000", 52, " [|lane]"),
                ("0100003000010200", 52, " [|ether]"),
                ("010000300001020000000002", 52, " [|ether]"),
                (
                    "0100003000010200000000020200000000010800",
                    52,
                    "lecid:1  [|ip]",
                ),
                (
                    "010000300001020000000002020000000001080045000020000100004011",
                    52,
                    "lecid:1 IP  [|ip]",
                ),
                ("00", 13, " [|sunatm]"),
                ("000000", 13, " [|sunatm]"),
                ("00000005", 13, " [|atm]"),
                ("0000000509", 13, "Q.2931 [|atm]"),
                ("0000000509030000", 13, "Q.2931 [|atm]"),
                (
                    "000000050903000001050000",
                    13,
                    "Q.2931:Setup CALL_REF:0x000001",
                ),
                ("00", 57, " [|sunatm]"),
                ("000000", 57, " [|sunatm]"),
                ("00000003", 57, " [|oam]"),
                ("0000000300", 57, " [|oam]"),
                ("0000000300000000", 57, " [|oam]"),
                (
                    "0000000300000000301801de",
                    57,
                    "OAM F4 (segment), vpi 0, vci 3, payload [ user data, uncongested, SDU 0 ], clp 0, length 53",
                ),
                (
                    "0000000300000000301801deadbeef0102030405",
                    57,
                    "OAM F4 (segment), vpi 0, vci 3, payload [ user data, uncongested, SDU 0 ], clp 0, length 53",
                ),
                (
                    "0000000300000000301801deadbeef0102030405060708090a0b0c0d0e0f",
                    57,
                    "OAM F4 (segment), vpi 0, vci 3, payload [ user data, uncongested, SDU 0 ], clp 0, length 53",
                ),
            ],
        );
    }

    /// -e: direction, VPI and VCI, then the LLC header.
    #[test]
    fn link_header() {
        golden_link_wire(
            SUNATM,
            PrintOptions {
                link_header: true,
                ..numeric(0)
            },
            &[
                (
                    "02000020aaaa030000000800450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
                    44,
                    "Rx: VPI:0 VCI:32 LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype IPv4 (0x0800), length 32: 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
                ),
                (
                    "82010064aaaa030000000800450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
                    44,
                    "Tx: VPI:1 VCI:100 LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype IPv4 (0x0800), length 32: 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
                ),
                (
                    "0100003000010200000000020200000000010800450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
                    52,
                    "Rx: VPI:0 VCI:48 lecid:1 02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 46: 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
                ),
                (
                    "01000030ff00010100010000",
                    12,
                    "Rx: VPI:0 VCI:48 lec: proto 1 vers 1 configure request",
                ),
                (
                    "00000005090300000105000000",
                    13,
                    "Rx: VPI:0 VCI:5 Q.2931:Setup CALL_REF:0x000001",
                ),
                (
                    "000000050103000001ee",
                    10,
                    "Rx: VPI:0 VCI:5 SSCOP, proto 1 ",
                ),
                ("0000000278797a", 7, "Rx: VPI:0 VCI:2 broadcast sig: "),
                ("0000000178797a", 7, "Rx: VPI:0 VCI:1 meta: "),
                (
                    "00000010302902010004067075626c6963a01c0204000000010201000201003010300e06082b060102010101000500",
                    47,
                    "Rx: VPI:0 VCI:16 ilmi:  GetRequest(28) [len14<asnlen16]",
                ),
                (
                    "0000000300000000301801deadbeef0102030405060708090a0b0c0d0e0f1011121314151617186a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a03ad",
                    57,
                    "Rx: VPI:0 VCI:3 OAM F4 (segment), vpi 0, vci 3, payload [ user data, uncongested, SDU 0 ], clp 0, length 53",
                ),
                (
                    "000000040000000040106a0102030405060708090a0b0c0d0e0f106a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a02f4",
                    57,
                    "Rx: VPI:0 VCI:4 OAM F4 (end), vpi 0, vci 4, payload [ user data, uncongested, SDU 0 ], clp 0, length 53",
                ),
                (
                    "00000020060603450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
                    39,
                    "Rx: VPI:0 VCI:32 LLC, dsap IP (0x06) Individual, ssap IP (0x06) Command, ctrl 0x03: 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 4",
                ),
                ("0100003000", 52, "Rx: VPI:0 VCI:48  [|lane]"),
            ],
        );
    }

    /// -v: OAM cell and function types, loopback and AIS fields, the
    /// CRC-10 verdict; signalling is the same as without -v.
    #[test]
    fn verbose() {
        golden_link_wire(
            SUNATM,
            numeric(1),
            &[
            (
                "00000005090300000105000000",
                13,
                "Q.2931:Setup CALL_REF:0x000001",
            ),
            (
                "000000050103000001ee",
                10,
                "SSCOP, proto 1 ",
            ),
            (
                "000000050903000001ee",
                10,
                "Q.2931:msgtype#238 CALL_REF:0x000001",
            ),
            (
                "00000010302902010004067075626c6963a01c0204000000010201000201003010300e06082b060102010101000500",
                47,
                "ilmi:  { SNMPv1 { GetRequest(28) R=1 [len14<asnlen16] } } ",
            ),
            (
                "0000000300000000301801deadbeef0102030405060708090a0b0c0d0e0f1011121314151617186a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a03ad",
                57,
                "OAM F4 (segment), vpi 0, vci 3, payload [ user data, uncongested, SDU 0 ], clp 0, length 53
\tcell-type Fault Management (1), func-type Loopback (8)
\tLoopback-Indicator Request, Correlation-Tag 0xdeadbeef
\tLocation-ID 0203 0405 0607 0809 0a0b 0c0d 
\tSource-ID   0e0f 1011 1213 1415 1617 186a 
\tcksum 0x3ad (correct)",
            ),
            (
                "000000040000000040106a0102030405060708090a0b0c0d0e0f106a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a02f4",
                57,
                "OAM F4 (end), vpi 0, vci 4, payload [ user data, uncongested, SDU 0 ], clp 0, length 53
\tcell-type Fault Management (1), func-type AIS (0)
\tFailure-type 0x6a
\tLocation-ID 0203 0405 0607 0809 0a0b 0c0d 0e0f 106a 
\tcksum 0x2f4 (correct)",
            ),
            (
                "00000003000000003a146a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a0387",
                57,
                "OAM F4 (segment), vpi 0, vci 3, payload [ VCC OAM F5 flow end-to-end ], clp 0, length 53
\tcell-type Fault Management (1), func-type Continuity Check (4)
\tcksum 0x387 (correct)",
            ),
            (
                "000000030000000030216a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a01a7",
                57,
                "OAM F4 (segment), vpi 0, vci 3, payload [ user data, uncongested, SDU 0 ], clp 0, length 53
\tcell-type Performance Management (2), func-type Backward Reporting (1)
\tcksum 0x1a7 (correct)",
            ),
            (
                "000000030000000030316a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a0155",
                57,
                "OAM F4 (segment), vpi 0, vci 3, payload [ user data, uncongested, SDU 0 ], clp 0, length 53
\tcell-type unknown (3), func-type unknown (1)
\tcksum 0x155 (incorrect)",
            ),
            (
                "02",
                44,
                " [|sunatm]",
            ),
            (
                "020000",
                44,
                " [|sunatm]",
            ),
            (
                "02000020",
                44,
                " [|llc]",
            ),
            (
                "02000020aa",
                44,
                " [|llc]
\t0x0000:  aa                                       .",
            ),
            (
                "02000020aaaa0300",
                44,
                " [|snap]",
            ),
            (
                "02000020aaaa030000000800",
                44,
                " [|ip]",
            ),
            (
                "02000020aaaa0300000008004500002000010000",
                44,
                "IP  [|ip]",
            ),
            ],
        );
    }

    #[test]
    fn hostile_frames_never_panic() {
        never_panics(
            SUNATM,
            &[
                "02000020aaaa030000000800450000200001000040113a8cc0000201c000020203e807d0000c000061626364",
                "010000300001020000000002020000000001080045000020",
                "01000030ff00010100010000",
                "00000005090300000105000000",
                "0000000300000000301801deadbeef0102030405060708090a0b0c0d0e0f101112131415161718",
            ],
        );
    }
}
