//! Golden lines from tcpdump 4.99.3 (`-t -n`, `-v`, `-e`) on DECnet frames
//! built from the Phase IV specifications (tests/tools/scapy/decnet.py),
//! whole and cut short.

use crate::decode::tests::{golden_levels, numeric, numeric_e};
use crate::link::LinkType;

/// Every routing layer control message (init, verification, test, level
/// 1 and 2 routing, router and endnode hello, an unknown one), padding,
/// the future-version flag, an unknown data format, a message shorter
/// than its type and a packet length under the minimum; then cut copies.
#[test]
fn routing_layer() {
    golden_levels(
        LinkType::Ethernet,
        &[
            (
                "aa0004000204aa000400010460030c000101040bda050200000f0000",
                0,
            ),
            ("aa0004000204aa000400010460030600030104021122", 0),
            ("aa0004000204aa000400010460030700050708aaaaaaaa", 0),
            (
                "aa0004000204aa0004000104600312000701040002000000040c05000300ff053412",
                0,
            ),
            (
                "aa0004000204aa00040001046003120009090c00010001000a08d00704000100efbe",
                0,
            ),
            (
                "aa0004000204aa000400010460031a000b020000aa000400030442da0540000f00000700000000000000",
                0,
            ),
            (
                "aa0004000204aa0004000104600320000d020000aa000400010407da05000000000000000000aa00040003040a000052",
                0,
            ),
            ("aa0004000204aa0004000104600306000f0104010203", 0),
            (
                "aa0004000204aa000400010460032100810d020000aa000400010407da05000000000000000000aa00040003040a000052",
                0,
            ),
            (
                "aa0004000204aa000400010460030f008300000101040bda050200000f0000",
                0,
            ),
            ("aa0004000204aa0004000104600308004201040204000102", 0),
            ("aa0004000204aa000400010460030600040104020400", 0),
            ("aa0004000204aa0004000104600308000101040bda050200", 0),
            ("ab0000030000aa0004000104600304000d020000", 0),
            (
                "aa0004000204aa000400010460030c000101040bda050200000f0000",
                24,
            ),
            (
                "aa0004000204aa0004000104600312000701040002000000040c05000300ff053412",
                30,
            ),
            (
                "aa0004000204aa000400010460031a000b020000aa000400030442da0540000f00000700000000000000",
                30,
            ),
            (
                "aa0004000204aa0004000104600320000d020000aa000400010407da05000000000000000000aa00040003040a000052",
                30,
            ),
            (
                "aa0004000204aa000400010460032100810d020000aa000400010407da05000000000000000000aa00040003040a000052",
                16,
            ),
            (
                "aa0004000204aa000400010460030f008300000101040bda050200000f0000",
                19,
            ),
        ],
        &[
            (
                numeric(0),
                &[
                    "init endnode blo src 1.1blksize 1498 vers 2 eco 0 ueco 0 hello 15",
                    "verification src 1.1 fcnval 2",
                    "test src 2.7 data 252",
                    "lev-1-routing src 1.1 {ids 0-2 cost 4 hops 3} {ids 3-8 cost 511 hops 1} ",
                    "lev-2-routing src 3.9 {areas 1-2 cost 10 hops 2} ",
                    "router-hello l1rout blo vers 2 eco 0 ueco 0 src 1.3 blksize 1498 pri 64 hello 15",
                    "endnode-hello endnode verif vers 2 eco 0 ueco 0 src 1.1 blksize 1498 rtr 1.3 hello 10 data 122",
                    "unknown control message\n\t0x0000:  0f01 0401 0203                           ......",
                    "endnode-hello endnode verif vers 2 eco 0 ueco 0 src 1.1 blksize 1498 rtr 1.3 hello 10 data 122",
                    "init endnode blo src 1.1blksize 1498 vers 2 eco 0 ueco 0 hello 15",
                    "future-version-decnet\n\t0x0000:  0800 4201 0402 0400                      ..B.....",
                    "unknown message flags under mask\n\t0x0000:  0600 0401 0402                           ......",
                    "init  (invalid)",
                    " (pktlen 4 < 6) (invalid)",
                    "init  [|decnet]",
                    "lev-1-routing src 1.1 {ids 0-2 cost 4 hops 3}  [|decnet]",
                    "router-hello  [|decnet]",
                    "endnode-hello  [|decnet]",
                    " [|decnet]",
                    " [|decnet]",
                ],
            ),
            (
                numeric(1),
                &[
                    "init endnode blo src 1.1blksize 1498 vers 2 eco 0 ueco 0 hello 15",
                    "verification src 1.1 fcnval 2",
                    "test src 2.7 data 252",
                    "lev-1-routing src 1.1 {ids 0-2 cost 4 hops 3} {ids 3-8 cost 511 hops 1} ",
                    "lev-2-routing src 3.9 {areas 1-2 cost 10 hops 2} ",
                    "router-hello l1rout blo vers 2 eco 0 ueco 0 src 1.3 blksize 1498 pri 64 hello 15",
                    "endnode-hello endnode verif vers 2 eco 0 ueco 0 src 1.1 blksize 1498 rtr 1.3 hello 10 data 122",
                    "unknown control message\n\t0x0000:  0f01 0401 0203                           ......",
                    "[pad:1] endnode-hello endnode verif vers 2 eco 0 ueco 0 src 1.1 blksize 1498 rtr 1.3 hello 10 data 122",
                    "[pad:3] init endnode blo src 1.1blksize 1498 vers 2 eco 0 ueco 0 hello 15",
                    "future-version-decnet\n\t0x0000:  0800 4201 0402 0400                      ..B.....",
                    "unknown message flags under mask\n\t0x0000:  0600 0401 0402                           ......",
                    "init  (invalid)",
                    " (pktlen 4 < 6) (invalid)",
                    "init  [|decnet]",
                    "lev-1-routing src 1.1 {ids 0-2 cost 4 hops 3}  [|decnet]",
                    "router-hello  [|decnet]",
                    "endnode-hello  [|decnet]",
                    " [|decnet]",
                    "[pad:3]  [|decnet]",
                ],
            ),
            (
                numeric_e(0),
                &[
                    "aa:00:04:00:01:04 > aa:00:04:00:02:04, ethertype DN (0x6003), length 28: init endnode blo src 1.1blksize 1498 vers 2 eco 0 ueco 0 hello 15",
                    "aa:00:04:00:01:04 > aa:00:04:00:02:04, ethertype DN (0x6003), length 22: verification src 1.1 fcnval 2",
                    "aa:00:04:00:01:04 > aa:00:04:00:02:04, ethertype DN (0x6003), length 23: test src 2.7 data 252",
                    "aa:00:04:00:01:04 > aa:00:04:00:02:04, ethertype DN (0x6003), length 34: lev-1-routing src 1.1 {ids 0-2 cost 4 hops 3} {ids 3-8 cost 511 hops 1} ",
                    "aa:00:04:00:01:04 > aa:00:04:00:02:04, ethertype DN (0x6003), length 34: lev-2-routing src 3.9 {areas 1-2 cost 10 hops 2} ",
                    "aa:00:04:00:01:04 > aa:00:04:00:02:04, ethertype DN (0x6003), length 42: router-hello l1rout blo vers 2 eco 0 ueco 0 src 1.3 blksize 1498 pri 64 hello 15",
                    "aa:00:04:00:01:04 > aa:00:04:00:02:04, ethertype DN (0x6003), length 48: endnode-hello endnode verif vers 2 eco 0 ueco 0 src 1.1 blksize 1498 rtr 1.3 hello 10 data 122",
                    "aa:00:04:00:01:04 > aa:00:04:00:02:04, ethertype DN (0x6003), length 22: unknown control message\n\t0x0000:  0f01 0401 0203                           ......",
                    "aa:00:04:00:01:04 > aa:00:04:00:02:04, ethertype DN (0x6003), length 49: endnode-hello endnode verif vers 2 eco 0 ueco 0 src 1.1 blksize 1498 rtr 1.3 hello 10 data 122",
                    "aa:00:04:00:01:04 > aa:00:04:00:02:04, ethertype DN (0x6003), length 31: init endnode blo src 1.1blksize 1498 vers 2 eco 0 ueco 0 hello 15",
                    "aa:00:04:00:01:04 > aa:00:04:00:02:04, ethertype DN (0x6003), length 24: future-version-decnet\n\t0x0000:  0800 4201 0402 0400                      ..B.....",
                    "aa:00:04:00:01:04 > aa:00:04:00:02:04, ethertype DN (0x6003), length 22: unknown message flags under mask\n\t0x0000:  0600 0401 0402                           ......",
                    "aa:00:04:00:01:04 > aa:00:04:00:02:04, ethertype DN (0x6003), length 24: init  (invalid)",
                    "aa:00:04:00:01:04 > ab:00:00:03:00:00, ethertype DN (0x6003), length 20:  (pktlen 4 < 6) (invalid)",
                    "aa:00:04:00:01:04 > aa:00:04:00:02:04, ethertype DN (0x6003), length 28: init  [|decnet]",
                    "aa:00:04:00:01:04 > aa:00:04:00:02:04, ethertype DN (0x6003), length 34: lev-1-routing src 1.1 {ids 0-2 cost 4 hops 3}  [|decnet]",
                    "aa:00:04:00:01:04 > aa:00:04:00:02:04, ethertype DN (0x6003), length 42: router-hello  [|decnet]",
                    "aa:00:04:00:01:04 > aa:00:04:00:02:04, ethertype DN (0x6003), length 48: endnode-hello  [|decnet]",
                    "aa:00:04:00:01:04 > aa:00:04:00:02:04, ethertype DN (0x6003), length 49:  [|decnet]",
                    "aa:00:04:00:01:04 > aa:00:04:00:02:04, ethertype DN (0x6003), length 31:  [|decnet]",
                ],
            ),
        ],
    );
}

/// NSP over the short header: data with each acknowledgement form,
/// interrupt, link service (each flow control), both acknowledgements,
/// connect ack, initiate, retransmitted initiate, confirm, disconnects and
/// the reserved types; the long header with its visit count, route flags
/// with -v, and short ones; then frames cut inside the sequence words.
#[test]
fn nsp() {
    golden_levels(
        LinkType::Ethernet,
        &[
            (
                "aa0004000204aa0004000104600316000202040104006003200140018002a0030068656c6c6f",
                0,
            ),
            (
                "aa0004000204aa000400010460030f00020204010400200320014004900500",
                0,
            ),
            (
                "aa0004000204aa0004000104600311000202040104004003200140018003b00900",
                0,
            ),
            (
                "aa0004000204aa0004000104600312000202040104003003200140028001a0020021",
                0,
            ),
            (
                "aa0004000204aa0004000104600313000202040104001003200140008001a001000105",
                0,
            ),
            (
                "aa0004000204aa00040001046003130002020401040010032001400080012002000200",
                0,
            ),
            (
                "aa0004000204aa000400010460030f00020204010400100320014004000407",
                0,
            ),
            (
                "aa0004000204aa000400010460030f00020204010400100320014004000c01",
                0,
            ),
            ("aa0004000204aa000400010460030b000202040104005003200140", 0),
            (
                "aa0004000204aa000400010460030f000202040104000403200140058003a0",
                0,
            ),
            (
                "aa0004000204aa000400010460030f000202040104000403200140059003b0",
                0,
            ),
            (
                "aa0004000204aa000400010460030f00020204010400140320014006800000",
                0,
            ),
            ("aa0004000204aa000400010460030b000202040104002403200140", 0),
            ("aa0004000204aa000400010460030b000202040104003403200140", 0),
            (
                "aa0004000204aa00040001046003110002020401040018000001400503b3050200",
                0,
            ),
            (
                "aa0004000204aa000400010460030f00020204010400680000014009004002",
                0,
            ),
            (
                "aa0004000204aa00040001046003130002020401040028032001400102b30503616263",
                0,
            ),
            (
                "aa0004000204aa000400010460030e000202040104003803200140220000",
                0,
            ),
            (
                "aa0004000204aa0004000104600310000202040104003803200140c800026f6b",
                0,
            ),
            (
                "aa0004000204aa000400010460030d0002020401040048032001402a00",
                0,
            ),
            ("aa0004000204aa000400010460030b000202040104005803200140", 0),
            ("aa0004000204aa000400010460030b000202040104000c03200140", 0),
            (
                "aa0004000204aa000400010460030d0002020401040060032001400180",
                0,
            ),
            ("aa0004000204aa0004000104600308000202040104006001", 0),
            (
                "aa0004000204aa000400010460032500260000aa00040005080000aa0004000104000300006003200140018002a0030068656c6c6f",
                0,
            ),
            (
                "aa0004000204aa0004000104600316003a02040104456003200140018002a0030068656c6c6f",
                0,
            ),
            (
                "aa0004000204aa000400010460031f00810e0000aa00040005080000aa0004000104000300000403200140058003a0",
                0,
            ),
            ("aa0004000204aa000400010460030a00260000aa000400050800", 0),
            (
                "aa0004000204aa0004000104600316000202040104006003200140018002a0030068656c6c6f",
                29,
            ),
            (
                "aa0004000204aa0004000104600316000202040104006003200140018002a0030068656c6c6f",
                31,
            ),
            (
                "aa0004000204aa0004000104600312000202040104003003200140028001a0020021",
                29,
            ),
            (
                "aa0004000204aa000400010460030f000202040104000403200140058003a0",
                29,
            ),
            (
                "aa0004000204aa00040001046003110002020401040018000001400503b3050200",
                30,
            ),
            (
                "aa0004000204aa00040001046003130002020401040028032001400102b30503616263",
                31,
            ),
            (
                "aa0004000204aa0004000104600313000202040104001003200140008001a001000105",
                33,
            ),
        ],
        &[
            (
                numeric(0),
                &[
                    "1.1 > 1.2 22 data 16385>8195 ack 1 oack 2 seg 3 ",
                    "1.1 > 1.2 15 data 16385>8195 nak 4 seg 5 ",
                    "1.1 > 1.2 17 data 16385>8195 ack 1 onak 3 seg 9 ",
                    "1.1 > 1.2 18 intr ack 2 ackdat 1 seg 2 ",
                    "1.1 > 1.2 19 link-service 16385>8195 ack 0 ackdat 1 seg 1 dat seg count 5 donotsend-data ",
                    "1.1 > 1.2 19 link-service 16385>8195 ack 0 ackdat 1 seg 2 dat seg count 0 send-data ",
                    "1.1 > 1.2 15 link-service 16385>8195  (invalid)",
                    "1.1 > 1.2 15 link-service 16385>8195  (invalid)",
                    "1.1 > 1.2 11 reserved-subtype? 50 16385 > 8195",
                    "1.1 > 1.2 15 data-ack 16385>8195 ack 5 oack 3 ",
                    "1.1 > 1.2 15 data-ack 16385>8195 nak 5 onak 3 ",
                    "1.1 > 1.2 15 ils-ack 16385>8195 ack 6 ",
                    "1.1 > 1.2 11 conn-ack 8195",
                    "1.1 > 1.2 11 reserved-acktype? 34 16385 > 8195",
                    "1.1 > 1.2 17 conn-initiate 16385>0 seg ver 4.1 segsize 1459 ",
                    "1.1 > 1.2 15 retrans-conn-initiate 16385>0 msg ver 3.2 segsize 576 ",
                    "1.1 > 1.2 19 conn-confirm 16385>8195 ver 4.0 segsize 1459 optlen 3 ",
                    "1.1 > 1.2 14 disconn-initiate 16385>8195 invalid access control information ",
                    "1.1 > 1.2 16 disconn-initiate 16385>8195 reason-200 optlen 2 ",
                    "1.1 > 1.2 13 disconn-confirm 16385>8195 disconnect complete ",
                    "1.1 > 1.2 11 reserved-ctltype? 58 16385 > 8195",
                    "1.1 > 1.2 11 reserved-type? c 16385 > 8195",
                    "1.1 > 1.2 13 data 16385>8195 ack 1  (invalid)",
                    "1.1 > 1.2 8  (nsplen 2 < 5) (invalid)",
                    "1.1 > 2.5 37 data 16385>8195 ack 1 oack 2 seg 3 ",
                    "1.1 > 1.2 22 data 16385>8195 ack 1 oack 2 seg 3 ",
                    "1.1 > 2.5 31 data-ack 16385>8195 ack 5 oack 3 ",
                    " (length 10 < 21) (invalid)",
                    "1.1 > 1.2 22 data 16385>8195 ack 1  [|decnet]",
                    "1.1 > 1.2 22 data 16385>8195 ack 1 oack 2  [|decnet]",
                    "1.1 > 1.2 18 intr ack 2  [|decnet]",
                    "1.1 > 1.2 15 data-ack 16385>8195  [|decnet]",
                    "1.1 > 1.2 17 conn-initiate 16385>0  [|decnet]",
                    "1.1 > 1.2 19 conn-confirm 16385>8195  [|decnet]",
                    "1.1 > 1.2 19 link-service 16385>8195 ack 0 ackdat 1 seg 1  [|decnet]",
                ],
            ),
            (
                numeric(1),
                &[
                    "1.1 > 1.2 22 1 hops data 16385>8195 ack 1 oack 2 seg 3 ",
                    "1.1 > 1.2 15 1 hops data 16385>8195 nak 4 seg 5 ",
                    "1.1 > 1.2 17 1 hops data 16385>8195 ack 1 onak 3 seg 9 ",
                    "1.1 > 1.2 18 1 hops intr ack 2 ackdat 1 seg 2 ",
                    "1.1 > 1.2 19 1 hops link-service 16385>8195 ack 0 ackdat 1 seg 1 dat seg count 5 donotsend-data ",
                    "1.1 > 1.2 19 1 hops link-service 16385>8195 ack 0 ackdat 1 seg 2 dat seg count 0 send-data ",
                    "1.1 > 1.2 15 1 hops link-service 16385>8195  (invalid)",
                    "1.1 > 1.2 15 1 hops link-service 16385>8195  (invalid)",
                    "1.1 > 1.2 11 1 hops reserved-subtype? 50 16385 > 8195",
                    "1.1 > 1.2 15 1 hops data-ack 16385>8195 ack 5 oack 3 ",
                    "1.1 > 1.2 15 1 hops data-ack 16385>8195 nak 5 onak 3 ",
                    "1.1 > 1.2 15 1 hops ils-ack 16385>8195 ack 6 ",
                    "1.1 > 1.2 11 1 hops conn-ack 8195",
                    "1.1 > 1.2 11 1 hops reserved-acktype? 34 16385 > 8195",
                    "1.1 > 1.2 17 1 hops conn-initiate 16385>0 seg ver 4.1 segsize 1459 ",
                    "1.1 > 1.2 15 1 hops retrans-conn-initiate 16385>0 msg ver 3.2 segsize 576 ",
                    "1.1 > 1.2 19 1 hops conn-confirm 16385>8195 ver 4.0 segsize 1459 optlen 3 ",
                    "1.1 > 1.2 14 1 hops disconn-initiate 16385>8195 invalid access control information ",
                    "1.1 > 1.2 16 1 hops disconn-initiate 16385>8195 reason-200 optlen 2 ",
                    "1.1 > 1.2 13 1 hops disconn-confirm 16385>8195 disconnect complete ",
                    "1.1 > 1.2 11 1 hops reserved-ctltype? 58 16385 > 8195",
                    "1.1 > 1.2 11 1 hops reserved-type? c 16385 > 8195",
                    "1.1 > 1.2 13 1 hops data 16385>8195 ack 1  (invalid)",
                    "1.1 > 1.2 8 1 hops  (nsplen 2 < 5) (invalid)",
                    "1.1 > 2.5 37 IE 3 hops data 16385>8195 ack 1 oack 2 seg 3 ",
                    "1.1 > 1.2 22 RQR RTS IE 6 hops data 16385>8195 ack 1 oack 2 seg 3 ",
                    "[pad:1] 1.1 > 2.5 31 RQR 3 hops data-ack 16385>8195 ack 5 oack 3 ",
                    " (length 10 < 21) (invalid)",
                    "1.1 > 1.2 22 1 hops data 16385>8195 ack 1  [|decnet]",
                    "1.1 > 1.2 22 1 hops data 16385>8195 ack 1 oack 2  [|decnet]",
                    "1.1 > 1.2 18 1 hops intr ack 2  [|decnet]",
                    "1.1 > 1.2 15 1 hops data-ack 16385>8195  [|decnet]",
                    "1.1 > 1.2 17 1 hops conn-initiate 16385>0  [|decnet]",
                    "1.1 > 1.2 19 1 hops conn-confirm 16385>8195  [|decnet]",
                    "1.1 > 1.2 19 1 hops link-service 16385>8195 ack 0 ackdat 1 seg 1  [|decnet]",
                ],
            ),
        ],
    );
}

/// Pad bytes that leave the packet length shorter than the short data
/// header: tcpdump's unsigned NSP length wraps, and NSP reads on to the
/// end of the capture (the file_reader fuzz target found the
/// subtraction underflowing here).
#[test]
fn short_header_behind_padding() {
    golden_levels(
        LinkType::Ethernet,
        &[
            (
                "02000000000202000000000160030800840000000201040204033801000200",
                0,
            ),
            ("020000000002020000000001600308008400000002010402040361", 0),
        ],
        &[
            (
                numeric(0),
                &[
                    "1.2 > 1.1 8 disconn-initiate 2>1  [|decnet]",
                    "1.2 > 1.1 8  [|decnet]",
                ],
            ),
            (
                numeric(1),
                &[
                    "[pad:4] 1.2 > 1.1 8 4 hops disconn-initiate 2>1  [|decnet]",
                    "[pad:4] 1.2 > 1.1 8 4 hops  [|decnet]",
                ],
            ),
        ],
    );
}
