//! Golden lines from tcpdump 4.99.3 (`-t -n`, with the -v, -vv and -e
//! named in each test) on PPP frames built for the purpose: every control
//! protocol's options, the PPP framings by link type, and frames cut by
//! the capture at several points.

use super::super::PrintOptions;
use super::super::tests::{golden, golden_levels, golden_link, never_panics, numeric};
use crate::link::LinkType;
use crate::wire::linktype;

/// LCP, IPCP, IP6CP, CCP, BACP and OSICP packets of every code: the
/// header line alone without -v; with -v the encoded length and each option
/// decoded (or dumped when tcpdump has no decoder for it), bogus lengths,
/// the echo, identification, time-remaining and reject bodies; with -vv the
/// packet header and each option's data dumped too.
#[test]
fn control_protocols() {
    golden_levels(
        LinkType::Other(linktype::PPP),
        &[
            (
                "ff03c02101070041010405dc0206000a00000305c2230505061234567807020802110405ee1309030011223344550d0306170400010404c025000600000c011e03ab2803cd",
                0,
            ),
            (
                "ff03c0210208001b0304c0230305123499130702c0000201130401aa010305",
                0,
            ),
            ("ff03c0210309000b05041234020300", 0),
            ("ff03c021040a000801010000", 0),
            (
                "ff038021010100370306c00002018106c63364350206002d0f0102130061000f00100011001200130102020300010a0a0000010a00000263040102",
                0,
            ),
            ("ff0380210102001502110061000f0010001100120013010900", 0),
            ("ff03805701030012010a021122334455667702040001", 0),
            (
                "ff0380fd010400191a04780015032f1804a503120600000001fa021a02",
                0,
            ),
            ("ff03c02b0105000f0106deadbeef0103010702", 0),
            ("ff03c0210906000d0102030468656c6c6f", 0),
            ("ff03c0210807000a802101020004", 0),
            ("ff03c0210c08001001020304726f757465722d31", 0),
            ("ff03c0210d09000c0102030400000e10", 0),
            ("ff03c021050a0007627965", 0),
            ("ff0380fd0e0b0007010203", 0),
            ("ff03c021000c000f0102030400000c01020304", 0),
            ("ff03c021010100c8010405dc", 0),
            ("ff03c02101010002010405dc", 0),
            ("ff038023010d0007010300", 0),
        ],
        &[
            (
                numeric(0),
                &[
                    "LCP, Conf-Request (0x01), id 7, length 67",
                    "LCP, Conf-Ack (0x02), id 8, length 29",
                    "LCP, Conf-Nack (0x03), id 9, length 13",
                    "LCP, Conf-Reject (0x04), id 10, length 10",
                    "IPCP, Conf-Request (0x01), id 1, length 57",
                    "IPCP, Conf-Request (0x01), id 2, length 23",
                    "IP6CP, Conf-Request (0x01), id 3, length 20",
                    "CCP, Conf-Request (0x01), id 4, length 27",
                    "BACP, Conf-Request (0x01), id 5, length 17",
                    "LCP, Echo-Request (0x09), id 6, length 15",
                    "LCP, Prot-Reject (0x08), id 7, length 12",
                    "LCP, Ident (0x0c), id 8, length 18",
                    "LCP, Time-Rem (0x0d), id 9, length 14",
                    "LCP, Term-Request (0x05), id 10, length 9",
                    "CCP, Reset-Req (0x0e), id 11, length 9",
                    "LCP, Vendor-Extension (0x00), id 12, length 17",
                    "LCP, Conf-Request (0x01), id 1, length 10",
                    "LCP, Conf-Request (0x01), id 1, length 10",
                    "OSICP, Conf-Request (0x01), id 13, length 9",
                ],
            ),
            (
                numeric(1),
                &[
                    "LCP, Conf-Request (0x01), id 7, length 67\n\tencoded length 65 (=Option(s) length 61)\n\t  MRU Option (0x01), length 4: 1500\n\t  ACCM Option (0x02), length 6: 0x000a0000\n\t  Auth-Prot Option (0x03), length 5: CHAP, MD5\n\t  Magic-Num Option (0x05), length 6: 0x12345678\n\t  PFC Option (0x07), length 2\n\t  ACFC Option (0x08), length 2\n\t  MRRU Option (0x11), length 4: 1518\n\t  End-Disc Option (0x13), length 9: MAC 00:11:22:33:44:55\n\t  Call-Back Option (0x0d), length 3: : Callback Operation CBCP (6)\n\t  Link-Disc Option (0x17), length 4: 0x0001\n\t  Qual-Prot Option (0x04), length 4: LQR\n\t  Vend-Ext Option (0x00), length 6: Vendor: Cisco (12)\n\t  PPP-Muxing Option (0x1e), length 3\n\t    0x0000:  ab\n\tunknown LCP option 0x28",
                    "LCP, Conf-Ack (0x02), id 8, length 29\n\tencoded length 27 (=Option(s) length 23)\n\t  Auth-Prot Option (0x03), length 4: PAP\n\t  Auth-Prot Option (0x03), length 5: Unknown Auth Proto (0x04x)\n\t0x0000:  0305 1234 99\n\t  End-Disc Option (0x13), length 7: IPv4 192.0.2.1\n\t  End-Disc Option (0x13), length 4: Local\n\t  MRU Option (0x01), length 3 (length bogus, should be = 4)",
                    "LCP, Conf-Nack (0x03), id 9, length 13\n\tencoded length 11 (=Option(s) length 7)\n\t  Magic-Num Option (0x05), length 4 (length bogus, should be = 6)",
                    "LCP, Conf-Reject (0x04), id 10, length 10\n\tencoded length 8 (=Option(s) length 4)\n\t  MRU Option (0x01), length 1 (length bogus, should be >= 2)",
                    "IPCP, Conf-Request (0x01), id 1, length 57\n\tencoded length 55 (=Option(s) length 51)\n\t  IP-Addr Option (0x03), length 6: 192.0.2.1\n\t  Pri-DNS Option (0x81), length 6: 198.51.100.53\n\t  IP-Comp Option (0x02), length 6: VJ-Comp (0x2d):\n\t  IP-Comp Option (0x02), length 19: IP Header Compression (0x61):\n\t    TCP Space 15, non-TCP Space 16, maxPeriod 17, maxTime 18, maxHdr 19\n\t      Suboptions, length 5\n\t\tRTP-Compression Suboption #1, length 2\n\t\tEnhanced RTP-Compression Suboption #2, length 3\n\t  IP-Addrs Option (0x01), length 10: src 10.0.0.1, dst 10.0.0.2\n\t  unknown Option (0x63), length 4\n\t    0x0000:  0102",
                    "IPCP, Conf-Request (0x01), id 2, length 23\n\tencoded length 21 (=Option(s) length 17)\n\t  IP-Comp Option (0x02), length 17: IP Header Compression (0x61):\n\t    TCP Space 15, non-TCP Space 16, maxPeriod 17, maxTime 18, maxHdr 19\n\t      Suboptions, length 3\n\t\tRTP-Compression Suboption #1, length 9 [remaining suboptions length 3 < 9] (invalid)",
                    "IP6CP, Conf-Request (0x01), id 3, length 20\n\tencoded length 18 (=Option(s) length 14)\n\t  Interface-ID Option (0x01), length 10: 0211:2233:4455:6677\n\t  unknown Option (0x02), length 4\n\t    0x0000:  0001",
                    "CCP, Conf-Request (0x01), id 4, length 27\n\tencoded length 25 (=Option(s) length 21)\n\t  Deflate Option (0x1a), length 4: Window: 7K, Method: zlib (0x8), MBZ: 0, CHK: 0\n\t  BSD-Comp Option (0x15), length 3: Version: 1, Dictionary Bits: 15\n\t  MVRCA Option (0x18), length 4: Features: 2, PxP: Enabled, History: 5, #CTX-ID: 3\n\t  MPPC Option (0x12), length 6\n\t    0x0000:  0000 0001\n\t  Unknown Option (0xfa), length 2\n\t  Deflate Option (0x1a), length 2 (length bogus, should be >= 4)",
                    "BACP, Conf-Request (0x01), id 5, length 17\n\tencoded length 15 (=Option(s) length 11)\n\t  Favored-Peer Option (0x01), length 6: Magic-Num 0xdeadbeef\n\t  Favored-Peer Option (0x01), length 3 (length bogus, should be = 6)\n\t  Unknown Option (0x07), length 2",
                    "LCP, Echo-Request (0x09), id 6, length 15\n\tencoded length 13 (=Option(s) length 9)\n\t  Magic-Num 0x01020304\n\t  -----trailing data-----\n\t  0x0000:  6865 6c6c 6f",
                    "LCP, Prot-Reject (0x08), id 7, length 12\n\tencoded length 10 (=Option(s) length 6)\n\t  Rejected IPCP Protocol (0x8021)\n\t  Rejected Packet\n\t    0x0000:  0102 0004",
                    "LCP, Ident (0x0c), id 8, length 18\n\tencoded length 16 (=Option(s) length 12)\n\t  Magic-Num 0x01020304\n\t  Message\n\t    router-1[|LCP]",
                    "LCP, Time-Rem (0x0d), id 9, length 14\n\tencoded length 12 (=Option(s) length 8)\n\t  Magic-Num 0x01020304, Seconds-Remaining 3600s",
                    "LCP, Term-Request (0x05), id 10, length 9\n\tencoded length 7 (=Option(s) length 3)",
                    "CCP, Reset-Req (0x0e), id 11, length 9\n\tencoded length 7 (=Option(s) length 3)\n\t  0x0000:  80fd 0e0b 0007 0102 03",
                    "LCP, Vendor-Extension (0x00), id 12, length 17\n\tencoded length 15 (=Option(s) length 11)\n\t  Magic-Num 0x01020304 Vendor: Cisco (12)",
                    "LCP, Conf-Request (0x01), id 1, length 10\n\tencoded length 200 (> packet length 8))",
                    "LCP, Conf-Request (0x01), id 1, length 10\n\tencoded length 2 (< 4))",
                    "OSICP, Conf-Request (0x01), id 13, length 9\n\tencoded length 7 (=Option(s) length 3)",
                ],
            ),
            (
                numeric(2),
                &[
                    "LCP, Conf-Request (0x01), id 7, length 67\n\tencoded length 65 (=Option(s) length 61)\n\t0x0000:  c021 0107 0041\n\t  MRU Option (0x01), length 4: 1500\n\t    0x0000:  05dc\n\t  ACCM Option (0x02), length 6: 0x000a0000\n\t    0x0000:  000a 0000\n\t  Auth-Prot Option (0x03), length 5: CHAP, MD5\n\t    0x0000:  c223 05\n\t  Magic-Num Option (0x05), length 6: 0x12345678\n\t    0x0000:  1234 5678\n\t  PFC Option (0x07), length 2\n\t  ACFC Option (0x08), length 2\n\t  MRRU Option (0x11), length 4: 1518\n\t    0x0000:  05ee\n\t  End-Disc Option (0x13), length 9: MAC 00:11:22:33:44:55\n\t    0x0000:  0300 1122 3344 55\n\t  Call-Back Option (0x0d), length 3: : Callback Operation CBCP (6)\n\t    0x0000:  06\n\t  Link-Disc Option (0x17), length 4: 0x0001\n\t    0x0000:  0001\n\t  Qual-Prot Option (0x04), length 4: LQR\n\t    0x0000:  c025\n\t  Vend-Ext Option (0x00), length 6: Vendor: Cisco (12)\n\t    0x0000:  0000 0c01\n\t  PPP-Muxing Option (0x1e), length 3\n\t    0x0000:  ab\n\tunknown LCP option 0x28",
                    "LCP, Conf-Ack (0x02), id 8, length 29\n\tencoded length 27 (=Option(s) length 23)\n\t0x0000:  c021 0208 001b\n\t  Auth-Prot Option (0x03), length 4: PAP\n\t    0x0000:  c023\n\t  Auth-Prot Option (0x03), length 5: Unknown Auth Proto (0x04x)\n\t0x0000:  0305 1234 99\n\t    0x0000:  1234 99\n\t  End-Disc Option (0x13), length 7: IPv4 192.0.2.1\n\t    0x0000:  02c0 0002 01\n\t  End-Disc Option (0x13), length 4: Local\n\t    0x0000:  01aa\n\t  MRU Option (0x01), length 3 (length bogus, should be = 4)",
                    "LCP, Conf-Nack (0x03), id 9, length 13\n\tencoded length 11 (=Option(s) length 7)\n\t0x0000:  c021 0309 000b\n\t  Magic-Num Option (0x05), length 4 (length bogus, should be = 6)",
                    "LCP, Conf-Reject (0x04), id 10, length 10\n\tencoded length 8 (=Option(s) length 4)\n\t0x0000:  c021 040a 0008\n\t  MRU Option (0x01), length 1 (length bogus, should be >= 2)",
                    "IPCP, Conf-Request (0x01), id 1, length 57\n\tencoded length 55 (=Option(s) length 51)\n\t0x0000:  8021 0101 0037\n\t  IP-Addr Option (0x03), length 6: 192.0.2.1\n\t    0x0000:  c000 0201\n\t  Pri-DNS Option (0x81), length 6: 198.51.100.53\n\t    0x0000:  c633 6435\n\t  IP-Comp Option (0x02), length 6: VJ-Comp (0x2d):\n\t    0x0000:  002d 0f01\n\t  IP-Comp Option (0x02), length 19: IP Header Compression (0x61):\n\t    TCP Space 15, non-TCP Space 16, maxPeriod 17, maxTime 18, maxHdr 19\n\t      Suboptions, length 5\n\t\tRTP-Compression Suboption #1, length 2\n\t\tEnhanced RTP-Compression Suboption #2, length 3\n\t    0x0000:  0a00 0001 0a00 0002 6304 0102\n\t  IP-Addrs Option (0x01), length 10: src 10.0.0.1, dst 10.0.0.2\n\t    0x0000:  0a00 0001 0a00 0002\n\t  unknown Option (0x63), length 4\n\t    0x0000:  0102",
                    "IPCP, Conf-Request (0x01), id 2, length 23\n\tencoded length 21 (=Option(s) length 17)\n\t0x0000:  8021 0102 0015\n\t  IP-Comp Option (0x02), length 17: IP Header Compression (0x61):\n\t    TCP Space 15, non-TCP Space 16, maxPeriod 17, maxTime 18, maxHdr 19\n\t      Suboptions, length 3\n\t\tRTP-Compression Suboption #1, length 9 [remaining suboptions length 3 < 9] (invalid)\n\t    0x0000:  00",
                    "IP6CP, Conf-Request (0x01), id 3, length 20\n\tencoded length 18 (=Option(s) length 14)\n\t0x0000:  8057 0103 0012\n\t  Interface-ID Option (0x01), length 10: 0211:2233:4455:6677\n\t    0x0000:  0211 2233 4455 6677\n\t  unknown Option (0x02), length 4\n\t    0x0000:  0001",
                    "CCP, Conf-Request (0x01), id 4, length 27\n\tencoded length 25 (=Option(s) length 21)\n\t0x0000:  80fd 0104 0019\n\t  Deflate Option (0x1a), length 4: Window: 7K, Method: zlib (0x8), MBZ: 0, CHK: 0\n\t    0x0000:  7800\n\t  BSD-Comp Option (0x15), length 3: Version: 1, Dictionary Bits: 15\n\t    0x0000:  2f\n\t  MVRCA Option (0x18), length 4: Features: 2, PxP: Enabled, History: 5, #CTX-ID: 3\n\t    0x0000:  a503\n\t  MPPC Option (0x12), length 6\n\t    0x0000:  0000 0001\n\t  Unknown Option (0xfa), length 2\n\t  Deflate Option (0x1a), length 2 (length bogus, should be >= 4)",
                    "BACP, Conf-Request (0x01), id 5, length 17\n\tencoded length 15 (=Option(s) length 11)\n\t0x0000:  c02b 0105 000f\n\t  Favored-Peer Option (0x01), length 6: Magic-Num 0xdeadbeef\n\t    0x0000:  dead beef\n\t  Favored-Peer Option (0x01), length 3 (length bogus, should be = 6)\n\t  Unknown Option (0x07), length 2",
                    "LCP, Echo-Request (0x09), id 6, length 15\n\tencoded length 13 (=Option(s) length 9)\n\t0x0000:  c021 0906 000d\n\t  Magic-Num 0x01020304\n\t  -----trailing data-----\n\t  0x0000:  6865 6c6c 6f",
                    "LCP, Prot-Reject (0x08), id 7, length 12\n\tencoded length 10 (=Option(s) length 6)\n\t0x0000:  c021 0807 000a\n\t  Rejected IPCP Protocol (0x8021)\n\t  Rejected Packet\n\t    0x0000:  0102 0004",
                    "LCP, Ident (0x0c), id 8, length 18\n\tencoded length 16 (=Option(s) length 12)\n\t0x0000:  c021 0c08 0010\n\t  Magic-Num 0x01020304\n\t  Message\n\t    router-1[|LCP]",
                    "LCP, Time-Rem (0x0d), id 9, length 14\n\tencoded length 12 (=Option(s) length 8)\n\t0x0000:  c021 0d09 000c\n\t  Magic-Num 0x01020304, Seconds-Remaining 3600s",
                    "LCP, Term-Request (0x05), id 10, length 9\n\tencoded length 7 (=Option(s) length 3)\n\t0x0000:  c021 050a 0007",
                    "CCP, Reset-Req (0x0e), id 11, length 9\n\tencoded length 7 (=Option(s) length 3)\n\t0x0000:  80fd 0e0b 0007",
                    "LCP, Vendor-Extension (0x00), id 12, length 17\n\tencoded length 15 (=Option(s) length 11)\n\t0x0000:  c021 000c 000f\n\t  Magic-Num 0x01020304 Vendor: Cisco (12)",
                    "LCP, Conf-Request (0x01), id 1, length 10\n\tencoded length 200 (> packet length 8))",
                    "LCP, Conf-Request (0x01), id 1, length 10\n\tencoded length 2 (< 4))",
                    "OSICP, Conf-Request (0x01), id 13, length 9\n\tencoded length 7 (=Option(s) length 3)\n\t0x0000:  8023 010d 0007",
                ],
            ),
        ],
    );
}

/// IP, IPv6, MLPPP, MPLS, compressed and unknown payloads, BAP, and RFC
/// 1662 escaped frames; then with -e's protocol header.
#[test]
fn payloads_and_escaped_frames() {
    golden_levels(
        LinkType::Other(linktype::PPP),
        &[
            (
                "ff0300214500001c000100004011f9cbc6120001c6120002000100020008f7fa",
                0,
            ),
            (
                "214500001c000100004011f9cbc6120001c6120002000100020008f7fa",
                0,
            ),
            (
                "ff03576000000000083a40200100000000000000000000000000012001000000000000000000000000000280007fff00000000",
                0,
            ),
            ("ff03003dc1237878", 0),
            ("ff03003d", 0),
            ("ff03123461626364", 0),
            ("ff0300fd01", 0),
            ("ff03c02d0102", 0),
            (
                "ff030281000641404500001c000100004011f9cbc6120001c6120002000100020008f7fa",
                0,
            ),
            (
                "ff037e214500001c00010000407d31f9cbc6120001c6120002000100020008f7fa",
                0,
            ),
            (
                "ff037e00ff7d237d20214500001c000100004011f9cbc6120001c6120002000100020008f7fa",
                0,
            ),
            ("ff037e007e7e", 0),
            (
                "ff037eff7d2300214500001c000100004011f9cbc6120001c6120002000100020008f7fa",
                0,
            ),
        ],
        &[
            (
                numeric(0),
                &[
                    "IP 198.18.0.1.1 > 198.18.0.2.2: UDP, length 0",
                    "IP 198.18.0.1.1 > 198.18.0.2.2: UDP, length 0",
                    "IP6 2001::1 > 2001::2: ICMP6, echo request, id 0, seq 0, length 8",
                    "MLPPP, seq 0x123, Flags [begin, end], length 4",
                    "MLPPP, [|mlppp]",
                    "unknown PPP protocol (0x1234) \n\t0x0000:  6162 6364",
                    "compressed PPP data",
                    "",
                    "MPLS (label 100, tc 0, [S], ttl 64) IP 198.18.0.1.1 > 198.18.0.2.2: UDP, length 0",
                    "IP 198.18.0.1.1 > 198.18.0.2.2: UDP, length 0",
                    "unknown PPP protocol (0x00ff) \n\t0x0000:  0300 2145 0000 1c00 0100 0040 11f9 cbc6\n\t0x0010:  1200 01c6 1200 0200 0100 0200 08f7 fa",
                    "unknown PPP protocol (0x007e) \n\t0x0000:  7e",
                    "IP 198.18.0.1.1 > 198.18.0.2.2: UDP, length 0",
                ],
            ),
            (
                PrintOptions {
                    link_header: true,
                    ..numeric(0)
                },
                &[
                    "IP (0x0021), length 32: 198.18.0.1.1 > 198.18.0.2.2: UDP, length 0",
                    "IP (0x0021), length 29: 198.18.0.1.1 > 198.18.0.2.2: UDP, length 0",
                    "IP6 (0x0057), length 51: 2001::1 > 2001::2: ICMP6, echo request, id 0, seq 0, length 8",
                    "MLPPP (0x003d), length 8: seq 0x123, Flags [begin, end], length 4",
                    "MLPPP (0x003d), length 4: [|mlppp]",
                    "unknown (0x1234), length 8",
                    "Compressed (0x00fd), length 5: compressed PPP data",
                    "BAP (0xc02d), length 6: ",
                    "MPLS (0x0281), length 36: MPLS (label 100, tc 0, [S], ttl 64) 198.18.0.1.1 > 198.18.0.2.2: UDP, length 0",
                    "unknown (0x7e21), length 33",
                    "unknown (0x7e00), length 38",
                    "unknown (0x7e00), length 6",
                    "unknown (0x7eff), length 36",
                ],
            ),
        ],
    );
}

/// pppd's direction byte in place of the address field.
#[test]
fn pppd_direction() {
    golden_levels(
        LinkType::Other(linktype::PPP_PPPD),
        &[
            (
                "000300214500001c000100004011f9cbc6120001c6120002000100020008f7fa",
                0,
            ),
            ("0103c0210906000d0102030468656c6c6f", 0),
            ("01031234", 0),
        ],
        &[
            (
                numeric(0),
                &[
                    "IP 198.18.0.1.1 > 198.18.0.2.2: UDP, length 0",
                    "LCP, Echo-Request (0x09), id 6, length 15",
                    "unknown PPP protocol (0x1234) ",
                ],
            ),
            (
                PrintOptions {
                    link_header: true,
                    ..numeric(0)
                },
                &[
                    "In  IP (0x0021), length 32: 198.18.0.1.1 > 198.18.0.2.2: UDP, length 0",
                    "Out LCP (0xc021), length 17: LCP, Echo-Request (0x09), id 6, length 15",
                    "Out unknown (0x1234), length 4",
                ],
            ),
        ],
    );
}

/// A Configure-Request, an IPCP request, an Ident and an Echo cut at
/// several points (-v): tcpdump's explicit "[|lcp]" and "[|LCP]" marks
/// and the " [|ppp]" of a field read past the capture.
#[test]
fn cut_frames() {
    golden_link(
        LinkType::Other(linktype::PPP),
        numeric(1),
        &[
            (
                "ff03c02101070041010405dc0206000a00000305c2230505061234567807020802110405ee1309030011223344550d0306170400010404c025000600000c011e03ab2803cd",
                3,
                " [|ppp]",
            ),
            (
                "ff03c02101070041010405dc0206000a00000305c2230505061234567807020802110405ee1309030011223344550d0306170400010404c025000600000c011e03ab2803cd",
                5,
                "LCP, [|LCP]",
            ),
            (
                "ff03c02101070041010405dc0206000a00000305c2230505061234567807020802110405ee1309030011223344550d0306170400010404c025000600000c011e03ab2803cd",
                6,
                "LCP, Conf-Request (0x01), id 7, length 67 [|ppp]",
            ),
            (
                "ff03c02101070041010405dc0206000a00000305c2230505061234567807020802110405ee1309030011223344550d0306170400010404c025000600000c011e03ab2803cd",
                8,
                "LCP, Conf-Request (0x01), id 7, length 67\n\tencoded length 65 (=Option(s) length 61)[|lcp]",
            ),
            (
                "ff03c02101070041010405dc0206000a00000305c2230505061234567807020802110405ee1309030011223344550d0306170400010404c025000600000c011e03ab2803cd",
                11,
                "LCP, Conf-Request (0x01), id 7, length 67\n\tencoded length 65 (=Option(s) length 61)\n\t  MRU Option (0x01), length 4 [|ppp]",
            ),
            (
                "ff03c02101070041010405dc0206000a00000305c2230505061234567807020802110405ee1309030011223344550d0306170400010404c025000600000c011e03ab2803cd",
                14,
                "LCP, Conf-Request (0x01), id 7, length 67\n\tencoded length 65 (=Option(s) length 61)\n\t  MRU Option (0x01), length 4: 1500\n\t  ACCM Option (0x02), length 6 [|ppp]",
            ),
            (
                "ff03c02101070041010405dc0206000a00000305c2230505061234567807020802110405ee1309030011223344550d0306170400010404c025000600000c011e03ab2803cd",
                21,
                "LCP, Conf-Request (0x01), id 7, length 67\n\tencoded length 65 (=Option(s) length 61)\n\t  MRU Option (0x01), length 4: 1500\n\t  ACCM Option (0x02), length 6: 0x000a0000\n\t  Auth-Prot Option (0x03), length 5 [|ppp]",
            ),
            (
                "ff03c02101070041010405dc0206000a00000305c2230505061234567807020802110405ee1309030011223344550d0306170400010404c025000600000c011e03ab2803cd",
                30,
                "LCP, Conf-Request (0x01), id 7, length 67\n\tencoded length 65 (=Option(s) length 61)\n\t  MRU Option (0x01), length 4: 1500\n\t  ACCM Option (0x02), length 6: 0x000a0000\n\t  Auth-Prot Option (0x03), length 5: CHAP, MD5\n\t  Magic-Num Option (0x05), length 6: 0x12345678[|lcp]",
            ),
            (
                "ff038021010100370306c00002018106c63364350206002d0f0102130061000f00100011001200130102020300010a0a0000010a00000263040102",
                24,
                "IPCP, Conf-Request (0x01), id 1, length 57\n\tencoded length 55 (=Option(s) length 51)\n\t  IP-Addr Option (0x03), length 6: 192.0.2.1\n\t  Pri-DNS Option (0x81), length 6: 198.51.100.53\n\t  IP-Comp Option (0x02), length 6: VJ-Comp (0x2d):[|ipcp]",
            ),
            (
                "ff038021010100370306c00002018106c63364350206002d0f0102130061000f00100011001200130102020300010a0a0000010a00000263040102",
                30,
                "IPCP, Conf-Request (0x01), id 1, length 57\n\tencoded length 55 (=Option(s) length 51)\n\t  IP-Addr Option (0x03), length 6: 192.0.2.1\n\t  Pri-DNS Option (0x81), length 6: 198.51.100.53\n\t  IP-Comp Option (0x02), length 6: VJ-Comp (0x2d):\n\t  IP-Comp Option (0x02), length 19: IP Header Compression (0x61):[|ipcp]",
            ),
            (
                "ff038021010100370306c00002018106c63364350206002d0f0102130061000f00100011001200130102020300010a0a0000010a00000263040102",
                40,
                "IPCP, Conf-Request (0x01), id 1, length 57\n\tencoded length 55 (=Option(s) length 51)\n\t  IP-Addr Option (0x03), length 6: 192.0.2.1\n\t  Pri-DNS Option (0x81), length 6: 198.51.100.53\n\t  IP-Comp Option (0x02), length 6: VJ-Comp (0x2d):\n\t  IP-Comp Option (0x02), length 19: IP Header Compression (0x61):[|ipcp]",
            ),
            (
                "ff03c0210c08001001020304726f757465722d31",
                12,
                "LCP, Ident (0x0c), id 8, length 18\n\tencoded length 16 (=Option(s) length 12)\n\t  Magic-Num 0x01020304\n\t  Message\n\t    [|LCP]",
            ),
            (
                "ff03c0210c08001001020304726f757465722d31",
                16,
                "LCP, Ident (0x0c), id 8, length 18\n\tencoded length 16 (=Option(s) length 12)\n\t  Magic-Num 0x01020304\n\t  Message\n\t    rout[|LCP]",
            ),
            (
                "ff03c0210906000d0102030468656c6c6f",
                14,
                "LCP, Echo-Request (0x09), id 6, length 15\n\tencoded length 13 (=Option(s) length 9)\n\t  Magic-Num 0x01020304\n\t  -----trailing data-----[|LCP]",
            ),
            (
                "ff0300214500001c000100004011f9cbc6120001c6120002000100020008f7fa",
                2,
                " [|ppp]",
            ),
            (
                "ff0300214500001c000100004011f9cbc6120001c6120002000100020008f7fa",
                3,
                " [|ppp]",
            ),
            (
                "ff0300214500001c000100004011f9cbc6120001c6120002000100020008f7fa",
                10,
                "IP  [|ip]",
            ),
        ],
    );
}

/// PPP_SERIAL: RFC 1662 framing, Cisco HDLC by its address, other
/// addresses, short frames; then with -e.
#[test]
fn serial_framing() {
    golden_levels(
        LinkType::Other(linktype::PPP_SERIAL),
        &[
            (
                "ff0300214500001c000100004011f9cbc6120001c6120002000100020008f7fa",
                0,
            ),
            (
                "0f0008004500001c000100004011f9cbc6120001c6120002000100020008f7fa",
                0,
            ),
            ("12345678", 0),
            ("ff03c0210906000d0102030468656c6c6f", 0),
            ("ff", 0),
            ("ff0300", 0),
        ],
        &[
            (
                numeric(0),
                &[
                    "IP: IP 198.18.0.1.1 > 198.18.0.2.2: UDP, length 0",
                    "IP 198.18.0.1.1 > 198.18.0.2.2: UDP, length 0",
                    "unknown addr 56; ctrl 78",
                    "LCP: LCP, Echo-Request (0x09), id 6, length 15",
                    " [|ppp_hdlc]",
                    " [|ppp_hdlc]",
                ],
            ),
            (
                PrintOptions {
                    link_header: true,
                    ..numeric(0)
                },
                &[
                    "ff 03 32 IP: 198.18.0.1.1 > 198.18.0.2.2: UDP, length 0",
                    "unicast, ethertype IPv4 (0x0800), length 32: 198.18.0.1.1 > 198.18.0.2.2: UDP, length 0",
                    "12 34 4 unknown addr 56; ctrl 78",
                    "ff 03 17 LCP: LCP, Echo-Request (0x09), id 6, length 15",
                    " [|ppp_hdlc]",
                    " [|ppp_hdlc]",
                ],
            ),
        ],
    );
}

/// PPP_ETHER: PPPoE without an Ethernet header; PPP_BSDOS prints nothing
/// off BSD/OS.
#[test]
fn pppoe_and_bsdos_link_types() {
    golden_link(
        LinkType::Other(linktype::PPP_ETHER),
        numeric(1),
        &[
            (
                "11000050000fc0210906000d0102030468656c6c6f",
                0,
                "PPPoE  [ses 0x50] LCP, Echo-Request (0x09), id 6, length 15\n\tencoded length 13 (=Option(s) length 9)\n\t  Magic-Num 0x01020304\n\t  -----trailing data-----\n\t  0x0000:  6865 6c6c 6f",
            ),
            ("11090000000401010000", 0, "PPPoE PADI [Service-Name]"),
            ("1100", 0, " (length 2 < 6) (invalid)"),
        ],
    );
    golden_link(
        LinkType::Other(linktype::PPP_BSDOS),
        PrintOptions {
            link_header: true,
            ..numeric(0)
        },
        &[(
            "000000000000000000000000000000000000000000000000000000000000",
            0,
            "",
        )],
    );
}

/// PPP control protocols over PPPoE (LCP, IPCP, IP6CP, CCP, ...): code,
/// identifier and length, cut messages, short PPPoE headers (expected
/// text from tcpdump 4.99.3 -n).
#[test]
fn control_protocols_over_pppoe() {
    golden(
        numeric(0),
        &[
            (
                "020000000002020000000001886411000050000c80fd0bc00008b40b15233fcf",
                "PPPoE  [ses 0x50] CCP, Disc-Req (0x0b), id 192, length 12",
            ),
            (
                "0200000000020200000000018864110000500012c0210ef9001d7e9231e5d467167c3bc205b3",
                "PPPoE  [ses 0x50] LCP, Reset-Req (0x0e), id 249, length 18",
            ),
            (
                "0200000000020200000000018864110000500008c02b03840006629e",
                "PPPoE  [ses 0x50] BACP, Conf-Nack (0x03), id 132, length 8",
            ),
            (
                "0200000000020200000000018864110000500008c0210a78002c7fe7",
                "PPPoE  [ses 0x50] LCP, Echo-Reply (0x0a), id 120, length 8",
            ),
            (
                "02000000000202000000000188641100005000070021042000227d",
                "PPPoE  [ses 0x50] IP0 (invalid)",
            ),
            (
                "020000000002020000000001886411000050000f802304b6002182a812cee7db81e9b3",
                "PPPoE  [ses 0x50] OSICP, Conf-Reject (0x04), id 182, length 15",
            ),
            (
                "020000000002020000000001886411000050000ec02109af000e086c41604cd5b4e4",
                "PPPoE  [ses 0x50] LCP, Echo-Request (0x09), id 175, length 14",
            ),
            (
                "020000000002020000000001886411000050000b8021050d000c4c1d03cbc3",
                "PPPoE  [ses 0x50] IPCP, Term-Request (0x05), id 13, length 11",
            ),
            (
                "0200000000020200000000018864110000500004805710f9",
                "PPPoE  [ses 0x50] IP6CP, [|IP6CP]",
            ),
            (
                "0200000000020200000000018864110000500008c0210bdd0021faf7",
                "PPPoE  [ses 0x50] LCP, Disc-Req (0x0b), id 221, length 8",
            ),
            (
                "0200000000020200000000018864110000500011802111d6002fcef1bdd952844da0d4f55b",
                "PPPoE  [ses 0x50] IPCP, Unknown Opcode (0x11), id 214, length 17",
            ),
            (
                "0200000000020200000000018864110000500012802106f80017f595d8eb4f344a659c62d7eb",
                "PPPoE  [ses 0x50] IPCP, Term-Ack (0x06), id 248, length 18",
            ),
            (
                "020000000002020000000001886411000050000a82810bda000cd28781d6",
                "PPPoE  [ses 0x50] MPLSCP, Disc-Req (0x0b), id 218, length 10",
            ),
            (
                "020000000002020000000001886411000050001a802310890011693e5c3ef73fca81bf753f3bd0cf9886d4325e7f",
                "PPPoE  [ses 0x50] OSICP, Unknown Opcode (0x10), id 137, length 26",
            ),
            (
                "0200000000020200000000018864110000500018c02b02570031fe6deb0bc9e823059c30af4316187675deab",
                "PPPoE  [ses 0x50] BACP, Conf-Ack (0x02), id 87, length 24",
            ),
            (
                "020000000002020000000001886411000050001a802104b700371051ca09d5eb15db23a7cd5dfed413d03bb90999",
                "PPPoE  [ses 0x50] IPCP, Conf-Reject (0x04), id 183, length 26",
            ),
        ],
    );
}

/// PAP and CHAP messages (names, values, messages, length complaints,
/// cut messages) and compressed data (expected text from tcpdump
/// 4.99.3 -n).
#[test]
fn authentication_protocols() {
    golden(
        numeric(0),
        &[
            (
                "0200000000020200000000018864110000500010c0230101000e04757365720470617373",
                "PPPoE  [ses 0x50] PAP, Auth-Req (0x01), id 1, Peer user, Name pass",
            ),
            (
                "020000000002020000000001886411000050000fc2230102000d040102030473727631",
                "PPPoE  [ses 0x50] CHAP, Challenge (0x01), id 2, Value 01020304, Name srv1",
            ),
            (
                "020000000002020000000001886411000050000fc2230203000d0409080706636c6931",
                "PPPoE  [ses 0x50] CHAP, Response (0x02), id 3, Value 09080706, Name cli1",
            ),
            (
                "020000000002020000000001886411000050000cc2230304000a68656c6c6f21",
                "PPPoE  [ses 0x50] CHAP, Success (0x03), id 4, Msg hello!",
            ),
            (
                "020000000002020000000001886411000050000bc02303050009046e6f7065",
                "PPPoE  [ses 0x50] PAP, Auth-NACK (0x03), id 5, Msg nope",
            ),
            (
                "020000000002020000000001886411000050000500fd112233",
                "PPPoE  [ses 0x50] compressed PPP data",
            ),
            (
                "0200000000020200000000018864110000500004805710f9",
                "PPPoE  [ses 0x50] IP6CP, [|IP6CP]",
            ),
            (
                "0200000000020200000000018864110000500015c023102e002d9064d15c74390d320c721c1b36b901",
                "PPPoE  [ses 0x50] PAP, unknown (0x10), id 46, length 45 > packet size",
            ),
            (
                "020000000002020000000001886411000050000cc22311940033918664c422d3",
                "PPPoE  [ses 0x50] CHAP, unknown (0x11), id 148",
            ),
            (
                "0200000000020200000000018864110000500007c02304d9002494",
                "PPPoE  [ses 0x50] PAP, unknown (0x04), id 217, length 36 > packet size",
            ),
            (
                "020000000002020000000001886411000050000880fd0aa2",
                "PPPoE  [len 8 > 4!] [ses 0x50] CCP, [|CCP]",
            ),
            (
                "0200000000020200000000018864110000500019c2230771001beb3356b02090c644127152fe9224a93cb89865",
                "PPPoE  [ses 0x50] CHAP, unknown (0x07), id 113",
            ),
            (
                "0200000000020200000000018864110000500019c223039400025e1183d42c8976335d0ca388c6cc3f3ddff438",
                "PPPoE  [ses 0x50] CHAP, Success (0x03), id 148, Msg ^^QM-^CM-T,M-^Iv3]^LM-#M-^HM-FM-L?=M-_M-t8 [|ppp]",
            ),
            (
                "0200000000020200000000018864110000500014c223040a002f7c379f3bbf0a923c8f658f236eea",
                "PPPoE  [ses 0x50] CHAP, Fail (0x04), id 10, Msg |7M-^_;M-?^JM-^R<M-^OeM-^O#nM-j [|ppp]",
            ),
            (
                "0200000000020200000000018864110000500010c02302060004e5fe5cb28db976637a2c",
                "PPPoE  [ses 0x50] PAP, Auth-ACK (0x02), id 6[|pap]",
            ),
        ],
    );
}

/// Every prefix of seed frames of each link type this group prints, and
/// copies with bytes overwritten at random, at never_panics's flag sets: each
/// ends in a newline and nothing panics.
#[test]
fn random_and_cut_frames_never_panic() {
    const LCP: &str = "ff03c02101070041010405dc0206000a00000305c2230505061234567807020802110405ee1309030011223344550d0306170400010404c025000600000c011e03ab2803cd";
    const IPCP: &str = "ff038021010100370306c00002018106c63364350206002d0f0102130061000f00100011001200130102020300010a0a0000010a00000263040102";
    const IP: &str = "ff0300214500001c000100004011f9cbc6120001c6120002000100020008f7fa";
    const ESCAPED: &str = "ff037e214500001c00010000407d31f9cbc6120001c6120002000100020008f7fa";
    const SLARP: &str = "8f0080350000000200000d0a3157405e2604ffff1ae909";
    const CSLIP: &str = "00e709123405000100c80300000000004500002c00010000400600000a0000010a00000204d20050000000010000000050102000000000006461746164617461";
    let seeds: [(u32, &[&str]); 9] = [
        (linktype::PPP, &[LCP, IPCP, IP, ESCAPED]),
        (linktype::PPP_PPPD, &[LCP, IP]),
        (linktype::PPP_SERIAL, &[LCP, IP, SLARP]),
        (
            linktype::PPP_ETHER,
            &["1100005000130007ff03c0210906000d0102030468656c6c6f"],
        ),
        (
            linktype::C_HDLC,
            &[
                SLARP,
                "0f0008004500001c000100004011f9cbc6120001c6120002000100020008f7fa",
            ],
        ),
        (linktype::NETBSD_HDLC, &[SLARP]),
        (linktype::SLIP, &[CSLIP]),
        (linktype::SLIP_BSDOS, &[CSLIP]),
        (
            linktype::IPV4,
            &["4500001c000100004011f9cbc6120001c6120002000100020008f7fa"],
        ),
    ];
    for (link, frames) in seeds {
        never_panics(LinkType::Other(link), frames);
    }
}
