//! IS-IS and ES-IS golden lines from tcpdump 4.99.3 (-t -n, -v, -vv) on
//! frames of tcpdump's ISIS_external_lsp.pcap, esis_snpa_asan.pcap and
//! isis_stlv_asan-3.pcap, whole and cut at several points.

use crate::decode::tests::{golden_levels, numeric};
use crate::link::LinkType;
use crate::wire::linktype;

/// ES-IS frames come from a Frame Relay capture.
const FRELAY: LinkType = LinkType::Other(linktype::FRELAY);

const LSP: &str = "0180c2000014c20129980000008bfefe03831b010012010000008804af22222222222200000000000fb5030101040349000a8101cc890252328404c0a80a0180180a8080800a000a00fffffffc0a808080c0a80a00ffffff00020c000a80808033333333333302823040808080ac100000fffffffc40808080ac100100ffffff0040808080ac100200ffffff0040808080ac100300ffffff00";

/// An L1 LSP with old-style IPv4 reachability, whole and cut.
#[test]
fn lsp() {
    golden_levels(
        LinkType::Ethernet,
        &[(LSP, 0), (LSP, 30), (LSP, 40), (LSP, 60)],
        &[
            (
                numeric(0),
                &[
                    "IS-IS, L1 LSP, lsp-id 2222.2222.2222.00-00, seq 0x0000000f, lifetime  1199s, length 136",
                    "IS-IS, L1 LSP [|isis]",
                    "IS-IS, L1 LSP [|isis]",
                    "IS-IS, L1 LSP, lsp-id 2222.2222.2222.00-00, seq 0x0000000f, lifetime  1199s, length 136",
                ],
            ),
            (
                numeric(1),
                &[
                    "IS-IS, length 136\n\tL1 LSP, hlen: 27, v: 1, pdu-v: 1, sys-id-len: 6 (0), max-area: 3 (0)\n\t  lsp-id: 2222.2222.2222.00-00, seq: 0x0000000f, lifetime:  1199s\n\t  chksum: 0xb503 (correct), PDU length: 136, Flags: [ L1 IS ]\n\t    Area address(es) TLV #1, length: 4\n\t      Area address (length: 3): 49.000a\n\t    Protocols supported TLV #129, length: 1\n\t      NLPID(s): IPv4 (0xcc)\n\t    Hostname TLV #137, length: 2\n\t      Hostname: R2\n\t    IPv4 Interface address(es) TLV #132, length: 4\n\t      IPv4 interface address: 192.168.10.1\n\t    IPv4 Internal Reachability TLV #128, length: 24\n\t      IPv4 prefix:       10.0.10.0/30, Distribution: up, Metric: 10, Internal\n\t      IPv4 prefix:    192.168.10.0/24, Distribution: up, Metric: 10, Internal\n\t    IS Reachability TLV #2, length: 12\n\t      IsNotVirtual\n\t      IS Neighbor: 3333.3333.3333.02, Default Metric: 10, Internal\n\t    IPv4 External Reachability TLV #130, length: 48\n\t      IPv4 prefix:      172.16.0.0/30, Distribution: up, Metric: 0, External\n\t      IPv4 prefix:      172.16.1.0/24, Distribution: up, Metric: 0, External\n\t      IPv4 prefix:      172.16.2.0/24, Distribution: up, Metric: 0, External\n\t      IPv4 prefix:      172.16.3.0/24, Distribution: up, Metric: 0, External",
                    "IS-IS, length 136\n\tL1 LSP, hlen: 27, v: 1, pdu-v: 1, sys-id-len: 6 (0), max-area: 3 (0) [|isis]",
                    "IS-IS, length 136\n\tL1 LSP, hlen: 27, v: 1, pdu-v: 1, sys-id-len: 6 (0), max-area: 3 (0) [|isis]",
                    "IS-IS, length 136\n\tL1 LSP, hlen: 27, v: 1, pdu-v: 1, sys-id-len: 6 (0), max-area: 3 (0)\n\t  lsp-id: 2222.2222.2222.00-00, seq: 0x0000000f, lifetime:  1199s\n\t  chksum: 0xb503 (unverified), PDU length: 136, Flags: [ L1 IS ]\n\t    Area address(es) TLV #1, length: 4\n\t      Area address (length: 3): 49.000a\n\t    Protocols supported TLV #129, length: 1\n\t      NLPID(s): IPv4 (0xcc)\n\t    Hostname TLV #137, length: 2\n\t      Hostname: R2\n\t    IPv4 Interface address(es) TLV #132, length: 4 [|isis]",
                ],
            ),
            (
                numeric(2),
                &[
                    "IS-IS, length 136\n\tL1 LSP, hlen: 27, v: 1, pdu-v: 1, sys-id-len: 6 (0), max-area: 3 (0)\n\t0x0000:  831b 0100 1201 0000\n\t  lsp-id: 2222.2222.2222.00-00, seq: 0x0000000f, lifetime:  1199s\n\t  chksum: 0xb503 (correct), PDU length: 136, Flags: [ L1 IS ]\n\t  0x0000:  0088 04af 2222 2222 2222 0000 0000 000f\n\t  0x0010:  b503 01\n\t    Area address(es) TLV #1, length: 4\n\t      Area address (length: 3): 49.000a\n\t      0x0000:  0349 000a\n\t    Protocols supported TLV #129, length: 1\n\t      NLPID(s): IPv4 (0xcc)\n\t      0x0000:  cc\n\t    Hostname TLV #137, length: 2\n\t      Hostname: R2\n\t      0x0000:  5232\n\t    IPv4 Interface address(es) TLV #132, length: 4\n\t      IPv4 interface address: 192.168.10.1\n\t      0x0000:  c0a8 0a01\n\t    IPv4 Internal Reachability TLV #128, length: 24\n\t      IPv4 prefix:       10.0.10.0/30, Distribution: up, Metric: 10, Internal\n\t      IPv4 prefix:    192.168.10.0/24, Distribution: up, Metric: 10, Internal\n\t      0x0000:  0a80 8080 0a00 0a00 ffff fffc 0a80 8080\n\t      0x0010:  c0a8 0a00 ffff ff00\n\t    IS Reachability TLV #2, length: 12\n\t      IsNotVirtual\n\t      IS Neighbor: 3333.3333.3333.02, Default Metric: 10, Internal\n\t      0x0000:  000a 8080 8033 3333 3333 3302\n\t    IPv4 External Reachability TLV #130, length: 48\n\t      IPv4 prefix:      172.16.0.0/30, Distribution: up, Metric: 0, External\n\t      IPv4 prefix:      172.16.1.0/24, Distribution: up, Metric: 0, External\n\t      IPv4 prefix:      172.16.2.0/24, Distribution: up, Metric: 0, External\n\t      IPv4 prefix:      172.16.3.0/24, Distribution: up, Metric: 0, External\n\t      0x0000:  4080 8080 ac10 0000 ffff fffc 4080 8080\n\t      0x0010:  ac10 0100 ffff ff00 4080 8080 ac10 0200\n\t      0x0020:  ffff ff00 4080 8080 ac10 0300 ffff ff00",
                    "IS-IS, length 136\n\tL1 LSP, hlen: 27, v: 1, pdu-v: 1, sys-id-len: 6 (0), max-area: 3 (0)\n\t0x0000:  831b 0100 1201 0000 [|isis]",
                    "IS-IS, length 136\n\tL1 LSP, hlen: 27, v: 1, pdu-v: 1, sys-id-len: 6 (0), max-area: 3 (0)\n\t0x0000:  831b 0100 1201 0000 [|isis]",
                    "IS-IS, length 136\n\tL1 LSP, hlen: 27, v: 1, pdu-v: 1, sys-id-len: 6 (0), max-area: 3 (0)\n\t0x0000:  831b 0100 1201 0000\n\t  lsp-id: 2222.2222.2222.00-00, seq: 0x0000000f, lifetime:  1199s\n\t  chksum: 0xb503 (unverified), PDU length: 136, Flags: [ L1 IS ]\n\t  0x0000:  0088 04af 2222 2222 2222 0000 0000 000f\n\t  0x0010:  b503 01\n\t    Area address(es) TLV #1, length: 4\n\t      Area address (length: 3): 49.000a\n\t      0x0000:  0349 000a\n\t    Protocols supported TLV #129, length: 1\n\t      NLPID(s): IPv4 (0xcc)\n\t      0x0000:  cc\n\t    Hostname TLV #137, length: 2\n\t      Hostname: R2\n\t      0x0000:  5232\n\t    IPv4 Interface address(es) TLV #132, length: 4 [|isis]",
                ],
            ),
        ],
    );
}

const CSNP: &str = "0180c2000014c202299800010056fefe0383210100180100000053333333333333000000000000000000ffffffffffffffff093004a022222222222200000000000e5910047b3333333333330000000000101749027a3333333333330200000000047f9f";

/// A CSNP with its LSP entries, whole and cut.
#[test]
fn csnp() {
    golden_levels(
        LinkType::Ethernet,
        &[(CSNP, 0), (CSNP, 50), (CSNP, 70)],
        &[
            (
                numeric(0),
                &[
                    "IS-IS, L1 CSNP, src-id 3333.3333.3333.00, length 83",
                    "IS-IS, L1 CSNP, src-id 3333.3333.3333.00, length 83",
                    "IS-IS, L1 CSNP, src-id 3333.3333.3333.00, length 83",
                ],
            ),
            (
                numeric(1),
                &[
                    "IS-IS, length 83\n\tL1 CSNP, hlen: 33, v: 1, pdu-v: 1, sys-id-len: 6 (0), max-area: 3 (0)\n\t  source-id:    3333.3333.3333.00, PDU length: 83\n\t  start lsp-id: 0000.0000.0000.00-00\n\t  end lsp-id:   ffff.ffff.ffff.ff-ff\n\t    LSP entries TLV #9, length: 48\n\t      lsp-id: 2222.2222.2222.00-00, seq: 0x0000000e, lifetime:  1184s, chksum: 0x5910\n\t      lsp-id: 3333.3333.3333.00-00, seq: 0x00000010, lifetime:  1147s, chksum: 0x1749\n\t      lsp-id: 3333.3333.3333.02-00, seq: 0x00000004, lifetime:   634s, chksum: 0x7f9f",
                    "IS-IS, length 83\n\tL1 CSNP, hlen: 33, v: 1, pdu-v: 1, sys-id-len: 6 (0), max-area: 3 (0)\n\t  source-id:    3333.3333.3333.00, PDU length: 83\n\t  start lsp-id: 0000.0000.0000.00-00\n\t  end lsp-id:   ffff.ffff.ffff.ff-ff [|isis]",
                    "IS-IS, length 83\n\tL1 CSNP, hlen: 33, v: 1, pdu-v: 1, sys-id-len: 6 (0), max-area: 3 (0)\n\t  source-id:    3333.3333.3333.00, PDU length: 83\n\t  start lsp-id: 0000.0000.0000.00-00\n\t  end lsp-id:   ffff.ffff.ffff.ff-ff\n\t    LSP entries TLV #9, length: 48\n\t      lsp-id: 2222.2222.2222.00-00, seq: 0x0000000e, lifetime:  1184s, chksum: 0x5910 [|isis]",
                ],
            ),
            (
                numeric(2),
                &[
                    "IS-IS, length 83\n\tL1 CSNP, hlen: 33, v: 1, pdu-v: 1, sys-id-len: 6 (0), max-area: 3 (0)\n\t0x0000:  8321 0100 1801 0000\n\t  source-id:    3333.3333.3333.00, PDU length: 83\n\t  start lsp-id: 0000.0000.0000.00-00\n\t  end lsp-id:   ffff.ffff.ffff.ff-ff\n\t  0x0000:  0053 3333 3333 3333 0000 0000 0000 0000\n\t  0x0010:  00ff ffff ffff ffff ff\n\t    LSP entries TLV #9, length: 48\n\t      lsp-id: 2222.2222.2222.00-00, seq: 0x0000000e, lifetime:  1184s, chksum: 0x5910\n\t      lsp-id: 3333.3333.3333.00-00, seq: 0x00000010, lifetime:  1147s, chksum: 0x1749\n\t      lsp-id: 3333.3333.3333.02-00, seq: 0x00000004, lifetime:   634s, chksum: 0x7f9f\n\t      0x0000:  04a0 2222 2222 2222 0000 0000 000e 5910\n\t      0x0010:  047b 3333 3333 3333 0000 0000 0010 1749\n\t      0x0020:  027a 3333 3333 3333 0200 0000 0004 7f9f",
                    "IS-IS, length 83\n\tL1 CSNP, hlen: 33, v: 1, pdu-v: 1, sys-id-len: 6 (0), max-area: 3 (0)\n\t0x0000:  8321 0100 1801 0000\n\t  source-id:    3333.3333.3333.00, PDU length: 83\n\t  start lsp-id: 0000.0000.0000.00-00\n\t  end lsp-id:   ffff.ffff.ffff.ff-ff\n\t  0x0000:  0053 3333 3333 3333 0000 0000 0000 0000\n\t  0x0010:  00ff ffff ffff ffff ff [|isis]",
                    "IS-IS, length 83\n\tL1 CSNP, hlen: 33, v: 1, pdu-v: 1, sys-id-len: 6 (0), max-area: 3 (0)\n\t0x0000:  8321 0100 1801 0000\n\t  source-id:    3333.3333.3333.00, PDU length: 83\n\t  start lsp-id: 0000.0000.0000.00-00\n\t  end lsp-id:   ffff.ffff.ffff.ff-ff\n\t  0x0000:  0053 3333 3333 3333 0000 0000 0000 0000\n\t  0x0010:  00ff ffff ffff ffff ff\n\t    LSP entries TLV #9, length: 48\n\t      lsp-id: 2222.2222.2222.00-00, seq: 0x0000000e, lifetime:  1184s, chksum: 0x5910 [|isis]",
                ],
            ),
        ],
    );
}

const LAN_IIH: &str = "0180c2000014c2022998000105dcfefe03831b01000f01000001333333333333000a05d940333333333333028101cc01040349000a84040a000a01d3030000000606c2012998000008ff00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000008ff00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000008ff00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000008ff00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000008ff000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000089b0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000";

/// A LAN hello, whole and cut.
#[test]
fn lan_iih() {
    golden_levels(
        LinkType::Ethernet,
        &[(LAN_IIH, 0), (LAN_IIH, 40), (LAN_IIH, 60)],
        &[
            (
                numeric(0),
                &[
                    "IS-IS, L1 Lan IIH, src-id 3333.3333.3333, lan-id 3333.3333.3333.02, prio 64, length 1497",
                    "IS-IS, L1 Lan IIH [|isis]",
                    "IS-IS, L1 Lan IIH, src-id 3333.3333.3333, lan-id 3333.3333.3333.02, prio 64, length 1497",
                ],
            ),
            (
                numeric(1),
                &[
                    "IS-IS, length 1497\n\tL1 Lan IIH, hlen: 27, v: 1, pdu-v: 1, sys-id-len: 6 (0), max-area: 3 (0)\n\t  source-id: 3333.3333.3333,  holding time: 10s, Flags: [Level 1 only]\n\t  lan-id:    3333.3333.3333.02, Priority: 64, PDU length: 1497\n\t    Protocols supported TLV #129, length: 1\n\t      NLPID(s): IPv4 (0xcc)\n\t    Area address(es) TLV #1, length: 4\n\t      Area address (length: 3): 49.000a\n\t    IPv4 Interface address(es) TLV #132, length: 4\n\t      IPv4 interface address: 10.0.10.1\n\t    Restart Signaling TLV #211, length: 3\n\t      Flags [none], Remaining holding time 0s\n\t    IS Neighbor(s) TLV #6, length: 6\n\t      SNPA: c201.2998.0000\n\t    Padding TLV #8, length: 255\n\t    Padding TLV #8, length: 255\n\t    Padding TLV #8, length: 255\n\t    Padding TLV #8, length: 255\n\t    Padding TLV #8, length: 255\n\t    Padding TLV #8, length: 155",
                    "IS-IS, length 1497\n\tL1 Lan IIH, hlen: 27, v: 1, pdu-v: 1, sys-id-len: 6 (0), max-area: 3 (0) [|isis]",
                    "IS-IS, length 1497\n\tL1 Lan IIH, hlen: 27, v: 1, pdu-v: 1, sys-id-len: 6 (0), max-area: 3 (0)\n\t  source-id: 3333.3333.3333,  holding time: 10s, Flags: [Level 1 only]\n\t  lan-id:    3333.3333.3333.02, Priority: 64, PDU length: 1497\n\t    Protocols supported TLV #129, length: 1\n\t      NLPID(s): IPv4 (0xcc)\n\t    Area address(es) TLV #1, length: 4\n\t      Area address (length: 3): 49.000a\n\t    IPv4 Interface address(es) TLV #132, length: 4\n\t      IPv4 interface address: 10.0.10.1 [|isis]",
                ],
            ),
            (
                numeric(2),
                &[
                    "IS-IS, length 1497\n\tL1 Lan IIH, hlen: 27, v: 1, pdu-v: 1, sys-id-len: 6 (0), max-area: 3 (0)\n\t0x0000:  831b 0100 0f01 0000\n\t  source-id: 3333.3333.3333,  holding time: 10s, Flags: [Level 1 only]\n\t  lan-id:    3333.3333.3333.02, Priority: 64, PDU length: 1497\n\t  0x0000:  0133 3333 3333 3300 0a05 d940 3333 3333\n\t  0x0010:  3333 02\n\t    Protocols supported TLV #129, length: 1\n\t      NLPID(s): IPv4 (0xcc)\n\t      0x0000:  cc\n\t    Area address(es) TLV #1, length: 4\n\t      Area address (length: 3): 49.000a\n\t      0x0000:  0349 000a\n\t    IPv4 Interface address(es) TLV #132, length: 4\n\t      IPv4 interface address: 10.0.10.1\n\t      0x0000:  0a00 0a01\n\t    Restart Signaling TLV #211, length: 3\n\t      Flags [none], Remaining holding time 0s\n\t      0x0000:  0000 00\n\t    IS Neighbor(s) TLV #6, length: 6\n\t      SNPA: c201.2998.0000\n\t      0x0000:  c201 2998 0000\n\t    Padding TLV #8, length: 255\n\t      0x0000:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0010:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0020:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0030:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0040:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0050:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0060:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0070:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0080:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0090:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x00a0:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x00b0:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x00c0:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x00d0:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x00e0:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x00f0:  0000 0000 0000 0000 0000 0000 0000 00\n\t    Padding TLV #8, length: 255\n\t      0x0000:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0010:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0020:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0030:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0040:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0050:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0060:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0070:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0080:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0090:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x00a0:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x00b0:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x00c0:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x00d0:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x00e0:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x00f0:  0000 0000 0000 0000 0000 0000 0000 00\n\t    Padding TLV #8, length: 255\n\t      0x0000:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0010:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0020:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0030:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0040:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0050:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0060:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0070:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0080:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0090:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x00a0:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x00b0:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x00c0:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x00d0:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x00e0:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x00f0:  0000 0000 0000 0000 0000 0000 0000 00\n\t    Padding TLV #8, length: 255\n\t      0x0000:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0010:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0020:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0030:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0040:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0050:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0060:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0070:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0080:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0090:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x00a0:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x00b0:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x00c0:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x00d0:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x00e0:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x00f0:  0000 0000 0000 0000 0000 0000 0000 00\n\t    Padding TLV #8, length: 255\n\t      0x0000:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0010:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0020:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0030:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0040:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0050:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0060:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0070:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0080:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0090:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x00a0:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x00b0:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x00c0:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x00d0:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x00e0:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x00f0:  0000 0000 0000 0000 0000 0000 0000 00\n\t    Padding TLV #8, length: 155\n\t      0x0000:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0010:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0020:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0030:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0040:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0050:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0060:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0070:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0080:  0000 0000 0000 0000 0000 0000 0000 0000\n\t      0x0090:  0000 0000 0000 0000 0000 00",
                    "IS-IS, length 1497\n\tL1 Lan IIH, hlen: 27, v: 1, pdu-v: 1, sys-id-len: 6 (0), max-area: 3 (0)\n\t0x0000:  831b 0100 0f01 0000 [|isis]",
                    "IS-IS, length 1497\n\tL1 Lan IIH, hlen: 27, v: 1, pdu-v: 1, sys-id-len: 6 (0), max-area: 3 (0)\n\t0x0000:  831b 0100 0f01 0000\n\t  source-id: 3333.3333.3333,  holding time: 10s, Flags: [Level 1 only]\n\t  lan-id:    3333.3333.3333.02, Priority: 64, PDU length: 1497\n\t  0x0000:  0133 3333 3333 3300 0a05 d940 3333 3333\n\t  0x0010:  3333 02\n\t    Protocols supported TLV #129, length: 1\n\t      NLPID(s): IPv4 (0xcc)\n\t      0x0000:  cc\n\t    Area address(es) TLV #1, length: 4\n\t      Area address (length: 3): 49.000a\n\t      0x0000:  0349 000a\n\t    IPv4 Interface address(es) TLV #132, length: 4\n\t      IPv4 interface address: 10.0.10.1\n\t      0x0000:  0a00 0a01 [|isis]",
                ],
            ),
        ],
    );
}

const ESH: &str = "000c0522008211015542534370a1020004ecff000000";

/// An ES hello over Frame Relay with an empty and a short NET, whole and cut.
#[test]
fn esh() {
    golden_levels(
        FRELAY,
        &[(ESH, 0), (ESH, 14), (ESH, 18)],
        &[
            (
                numeric(0),
                &[
                    "UI 22! ES-IS, ESH, length 17",
                    "UI 22! ES-IS, ESH, length 17",
                    "UI 22! ES-IS, ESH, length 17",
                ],
            ),
            (
                numeric(1),
                &[
                    "UI 22! ES-IS, length 17\n\tESH (2), v: 1, checksum: 0x70a1 (incorrect should be 0xfb4e), holding time: 21315s, length indicator: 17\n\t  Number of Source Addresses: 2\n\t  NET (length: 0): isonsap_string: illegal length\n\t  NET (length: 4): ec.ff00.00, bad opts/li",
                    "UI 22! ES-IS, length 17\n\tESH (2), v: 1, checksum: 0x70a1 (unverified), holding time: 21315s, length indicator: 17 [|esis]",
                    "UI 22! ES-IS, length 17\n\tESH (2), v: 1, checksum: 0x70a1 (unverified), holding time: 21315s, length indicator: 17\n\t  Number of Source Addresses: 2\n\t  NET (length: 0): isonsap_string: illegal length [|esis]",
                ],
            ),
            (
                numeric(2),
                &[
                    "UI 22! ES-IS, length 17\n\tESH (2), v: 1, checksum: 0x70a1 (incorrect should be 0xfb4e), holding time: 21315s, length indicator: 17\n\t0x0000:  8211 0155 4253 4370 a1\n\t  Number of Source Addresses: 2\n\t  NET (length: 0): isonsap_string: illegal length\n\t  NET (length: 4): ec.ff00.00, bad opts/li",
                    "UI 22! ES-IS, length 17\n\tESH (2), v: 1, checksum: 0x70a1 (unverified), holding time: 21315s, length indicator: 17\n\t0x0000:  8211 0155 4253 4370 a1 [|esis]",
                    "UI 22! ES-IS, length 17\n\tESH (2), v: 1, checksum: 0x70a1 (unverified), holding time: 21315s, length indicator: 17\n\t0x0000:  8211 0155 4253 4370 a1\n\t  Number of Source Addresses: 2\n\t  NET (length: 0): isonsap_string: illegal length [|esis]",
                ],
            ),
        ],
    );
}

const REDIRECT: &str = "000c05220082110155465305ffff050004ec00000000";

/// A redirect over Frame Relay with an empty SNPA, whole and cut.
#[test]
fn redirect() {
    golden_levels(
        FRELAY,
        &[
            (REDIRECT, 0),
            (REDIRECT, 12),
            (REDIRECT, 16),
            (REDIRECT, 20),
        ],
        &[
            (
                numeric(0),
                &[
                    "UI 22! ES-IS, redirect, length 17",
                    "UI 22! ES-IS [|esis]",
                    "UI 22! ES-IS, redirect, length 17",
                    "UI 22! ES-IS, redirect, length 17",
                ],
            ),
            (
                numeric(1),
                &[
                    "UI 22! ES-IS, length 17\n\tredirect (6), v: 1, checksum: 0xffff (incorrect should be 0x6b16), holding time: 21253s, length indicator: 17\n\t  00.04ec.0000\n\t  SNPA (length: 0): <empty>, bad opts/li",
                    "UI 22! ES-IS [|esis]",
                    "UI 22! ES-IS, length 17\n\tredirect (6), v: 1, checksum: 0xffff (unverified), holding time: 21253s, length indicator: 17 [|esis]",
                    "UI 22! ES-IS, length 17\n\tredirect (6), v: 1, checksum: 0xffff (unverified), holding time: 21253s, length indicator: 17\n\t  00.04ec.0000 [|esis]",
                ],
            ),
            (
                numeric(2),
                &[
                    "UI 22! ES-IS, length 17\n\tredirect (6), v: 1, checksum: 0xffff (incorrect should be 0x6b16), holding time: 21253s, length indicator: 17\n\t0x0000:  8211 0155 4653 05ff ff\n\t  00.04ec.0000\n\t  SNPA (length: 0): <empty>, bad opts/li",
                    "UI 22! ES-IS [|esis]",
                    "UI 22! ES-IS, length 17\n\tredirect (6), v: 1, checksum: 0xffff (unverified), holding time: 21253s, length indicator: 17\n\t0x0000:  8211 0155 4653 05ff ff [|esis]",
                    "UI 22! ES-IS, length 17\n\tredirect (6), v: 1, checksum: 0xffff (unverified), holding time: 21253s, length indicator: 17\n\t0x0000:  8211 0155 4653 05ff ff\n\t  00.04ec.0000 [|esis]",
                ],
            ),
        ],
    );
}

const SPB_HELLO: &str = "000c072200831b010010019de000fed0f90f58af84ff10004101000088a2011c000c072205831b010010019de000fe000592a0a00000138899ffffff7fb50000ed1f0058f8000000e47f1306f2000000000000000000fffffffc0020000000000000000000ed1f0058f8000000e47f1306f20000000000000000000000000000200000000000000000000000001414141414161414141414141414141418181800020202ec0201ff02020202020202020218022002fb0202950202020202020290909090909090006b0000d00d10726484e9600110004001004e45542d414e4e4f554e4345441cfb0202020202020202020218022001fb02029502020202020202020202020290909090909090006b0000d00d1072af84e9600110";

/// A fuzzed L2 LAN hello over Frame Relay whose MT capability TLV holds SPB sub-TLVs, whole and cut.
#[test]
fn spb_hello() {
    golden_levels(
        FRELAY,
        &[
            (SPB_HELLO, 0),
            (SPB_HELLO, 150),
            (SPB_HELLO, 200),
            (SPB_HELLO, 260),
        ],
        &[
            (
                numeric(0),
                &[
                    "UI 22! IS-IS, L2 Lan IIH, src-id fed0.f90f.58af, lan-id 0100.0088.a201.1c, prio 65, length 278",
                    "UI 22! IS-IS, L2 Lan IIH, src-id fed0.f90f.58af, lan-id 0100.0088.a201.1c, prio 65, length 278",
                    "UI 22! IS-IS, L2 Lan IIH, src-id fed0.f90f.58af, lan-id 0100.0088.a201.1c, prio 65, length 278",
                    "UI 22! IS-IS, L2 Lan IIH, src-id fed0.f90f.58af, lan-id 0100.0088.a201.1c, prio 65, length 278",
                ],
            ),
            (
                numeric(1),
                &[
                    "UI 22! IS-IS, length 278\n\tL2 Lan IIH, hlen: 27, v: 1, pdu-v: 1, sys-id-len: 6 (0), max-area: 224 (224)\n\t  source-id: fed0.f90f.58af,  holding time: 34047s, Flags: [unknown circuit type 0x00]\n\t  lan-id:    0100.0088.a201.1c, Priority: 65, PDU length: 4096\n\t    unknown TLV #0, length: 12\n\t\t0x0000:  0722 0583 1b01 0010 019d e000\n\t    unknown TLV #254, length: 0\n\t    Prefix Neighbors TLV #5, length: 146\n\t      Metric Block, Default Metric: 32, Internal\n\t\t  Expense Metric: 0, Internal\n\t\t  Error Metric: 0, Internal\n\t\tAddress: 88.99ff.ffff.7fb5.0000/76\n\t\tAddress: isonsap_string: illegal length/948\n\t\tAddress: 95/8\n\t\tAddress: 02/8\n\t\tAddress: 02/8\n\t\tAddress: 02/8\n\t\tAddress: 90/8\n\t    Multi-Topology Capability TLV #144, length: 144 [|isis]",
                    "UI 22! IS-IS, length 278\n\tL2 Lan IIH, hlen: 27, v: 1, pdu-v: 1, sys-id-len: 6 (0), max-area: 224 (224)\n\t  source-id: fed0.f90f.58af,  holding time: 34047s, Flags: [unknown circuit type 0x00]\n\t  lan-id:    0100.0088.a201.1c, Priority: 65, PDU length: 4096\n\t    unknown TLV #0, length: 12\n\t\t0x0000:  0722 0583 1b01 0010 019d e000\n\t    unknown TLV #254, length: 0\n\t    Prefix Neighbors TLV #5, length: 146\n\t      Metric Block, Default Metric: 32, Internal\n\t\t  Expense Metric: 0, Internal\n\t\t  Error Metric: 0, Internal\n\t\tAddress: 88.99ff.ffff.7fb5.0000/76 [|isis]",
                    "UI 22! IS-IS, length 278\n\tL2 Lan IIH, hlen: 27, v: 1, pdu-v: 1, sys-id-len: 6 (0), max-area: 224 (224)\n\t  source-id: fed0.f90f.58af,  holding time: 34047s, Flags: [unknown circuit type 0x00]\n\t  lan-id:    0100.0088.a201.1c, Priority: 65, PDU length: 4096\n\t    unknown TLV #0, length: 12\n\t\t0x0000:  0722 0583 1b01 0010 019d e000\n\t    unknown TLV #254, length: 0\n\t    Prefix Neighbors TLV #5, length: 146\n\t      Metric Block, Default Metric: 32, Internal\n\t\t  Expense Metric: 0, Internal\n\t\t  Error Metric: 0, Internal\n\t\tAddress: 88.99ff.ffff.7fb5.0000/76\n\t\tAddress: isonsap_string: illegal length/948\n\t\tAddress: 95/8\n\t\tAddress: 02/8\n\t\tAddress: 02/8\n\t\tAddress: 02/8\n\t\tAddress: 90/8\n\t    Multi-Topology Capability TLV #144, length: 144 [|isis]",
                    "UI 22! IS-IS, length 278\n\tL2 Lan IIH, hlen: 27, v: 1, pdu-v: 1, sys-id-len: 6 (0), max-area: 224 (224)\n\t  source-id: fed0.f90f.58af,  holding time: 34047s, Flags: [unknown circuit type 0x00]\n\t  lan-id:    0100.0088.a201.1c, Priority: 65, PDU length: 4096\n\t    unknown TLV #0, length: 12\n\t\t0x0000:  0722 0583 1b01 0010 019d e000\n\t    unknown TLV #254, length: 0\n\t    Prefix Neighbors TLV #5, length: 146\n\t      Metric Block, Default Metric: 32, Internal\n\t\t  Expense Metric: 0, Internal\n\t\t  Error Metric: 0, Internal\n\t\tAddress: 88.99ff.ffff.7fb5.0000/76\n\t\tAddress: isonsap_string: illegal length/948\n\t\tAddress: 95/8\n\t\tAddress: 02/8\n\t\tAddress: 02/8\n\t\tAddress: 02/8\n\t\tAddress: 90/8\n\t    Multi-Topology Capability TLV #144, length: 144 [|isis]",
                ],
            ),
        ],
    );
}

/// Q.933 behind an OSI NLPID in an LLC frame (built for this test): the
/// NLPID dispatch hands it to the Frame Relay printer's Q.933 part.
const Q933: &str = "0180c2000014c20129980000000ffefe03080001007595010103010102";

#[test]
fn q933_behind_nlpid() {
    let mut with_e = numeric(0);
    with_e.link_header = true;
    golden_levels(
        LinkType::Ethernet,
        &[(Q933, 0), (Q933, 22)],
        &[
            (
                numeric(0),
                &[
                    "Q.933, CCITT, codeset 0, Alert",
                    "Q.933, CCITT, codeset 0, Alert",
                ],
            ),
            (
                numeric(1),
                &[
                    "Q.933, CCITT, codeset 0, Alert (0x01), length 11\n\tunknown IE (0x00), length 117: ",
                    "Q.933, CCITT, codeset 0, Alert (0x01), length 11\n\tunknown IE (0x00), length 117: ",
                ],
            ),
            (
                with_e,
                &[
                    "c2:01:29:98:00:00 > 01:80:c2:00:00:14, 802.3, length 15: LLC, dsap OSI (0xfe) Individual, ssap OSI (0xfe) Command, ctrl 0x03: OSI NLPID Q.933 (0x08): CCITT, codeset 0, Alert",
                    "c2:01:29:98:00:00 > 01:80:c2:00:00:14, 802.3, length 15: LLC, dsap OSI (0xfe) Individual, ssap OSI (0xfe) Command, ctrl 0x03: OSI NLPID Q.933 (0x08): CCITT, codeset 0, Alert",
                ],
            ),
        ],
    );
}

/// A CLNP echo request in an LLC frame (built for this test), whole and
/// cut in its fixed header and in its source address.
const CLNP: &str =
    "0180c2000014c20129980000001efefe03811301201e001c00000449000a010449000a020000000000000000";

#[test]
fn clnp_summary() {
    let mut with_e = numeric(0);
    with_e.link_header = true;
    let e = "c2:01:29:98:00:00 > 01:80:c2:00:00:14, 802.3, length 30: LLC, dsap OSI (0xfe) Individual, ssap OSI (0xfe) Command, ctrl 0x03: OSI NLPID CLNP (0x81): ";
    let e_whole = format!("{e}49.000a.02 > 49.000a.01, Echo Request, length 27");
    let e_cut = format!("{e} [|clnp]");
    golden_levels(
        LinkType::Ethernet,
        &[(CLNP, 0), (CLNP, 25), (CLNP, 30)],
        &[
            (
                numeric(0),
                &[
                    "CLNP, 49.000a.02 > 49.000a.01, Echo Request, length 27",
                    " [|clnp]",
                    "CLNP [|clnp]",
                ],
            ),
            (with_e, &[&e_whole, &e_cut, &e_cut]),
        ],
    );
}

/// Fields read before their text prints: an LSP entry's lifetime keeps
/// its "s", an IS Reachability TLV cut at its virtual flag prints no
/// indent (tcpdump 4.99.3 -n -v on scapy-built frames, cut).
#[test]
fn cut_lsp_entry_and_is_reach() {
    const CSNP: &str = "0180c20000140200000000010046fefe0383210100180100000043192168001001000000000000000000ffffffffffffffff092004af1921680010010000000000211234012c192168001002000000000005abcd";
    const LSP: &str = "0180c200001402000000000100aefefe03831b01001201000000ab04af1921680010010000000000214f4a030104034900018101cc8907726f75746572318604c61200018408c6120001c6120101020c000180808019216800100101800c01808080c6120000ffffff0016221921680010010200000a170604c612010103040000000509044cee6b28120300001487100000000a18c612000000001496c61208ec1a0000000a004020010db80000000000000001403020010db80001";
    golden_levels(
        LinkType::Ethernet,
        &[(CSNP, 66), (LSP, 80)],
        &[(
            numeric(1),
            &[
                "IS-IS, length 67\n\tL1 CSNP, hlen: 33, v: 1, pdu-v: 1, sys-id-len: 6 (0), max-area: 3 (0)\n\t  source-id:    1921.6800.1001.00, PDU length: 67\n\t  start lsp-id: 0000.0000.0000.00-00\n\t  end lsp-id:   ffff.ffff.ffff.ff-ff\n\t    LSP entries TLV #9, length: 32\n\t      lsp-id: 1921.6800.1001.00-00, seq: 0x00000021, lifetime:  1199s [|isis]",
                "IS-IS, length 171\n\tL1 LSP, hlen: 27, v: 1, pdu-v: 1, sys-id-len: 6 (0), max-area: 3 (0)\n\t  lsp-id: 1921.6800.1001.00-00, seq: 0x00000021, lifetime:  1199s\n\t  chksum: 0x4f4a (unverified), PDU length: 171, Flags: [ L2 IS ]\n\t    Area address(es) TLV #1, length: 4\n\t      Area address (length: 3): 49.0001\n\t    Protocols supported TLV #129, length: 1\n\t      NLPID(s): IPv4 (0xcc)\n\t    Hostname TLV #137, length: 7\n\t      Hostname: router1\n\t    Traffic Engineering Router ID TLV #134, length: 4\n\t      Traffic Engineering Router ID: 198.18.0.1\n\t    IPv4 Interface address(es) TLV #132, length: 8\n\t      IPv4 interface address: 198.18.0.1\n\t      IPv4 interface address: 198.18.1.1\n\t    IS Reachability TLV #2, length: 12 [|isis]",
            ],
        )],
    );
}

/// An extended IS reachability TLV with TE bandwidths: IEEE floats that
/// are NaN, negative NaN and infinite print as glibc's printf does, and
/// the bandwidth constraint model names are gmpls.c's (254, not 2, is the
/// extended MAM); built frame, whole and cut inside the sub-TLVs, tcpdump
/// 4.99.3 -v.
#[test]
fn te_bandwidths() {
    const TE: &str = "0180c2000014c201299800000049fefe03831b010012010000004604af22222222222200000000000f00000116293333333333330200000a1e09047fc000000a04ffc000001609fe4a9896807f8000001605024a989680";
    const HEAD: &str = "IS-IS, length 70\n\tL1 LSP, hlen: 27, v: 1, pdu-v: 1, sys-id-len: 6 (0), max-area: 3 (0)\n\t  lsp-id: 2222.2222.2222.00-00, seq: 0x0000000f, lifetime:  1199s\n\t  chksum: 0x0000 (unverified), PDU length: 70, Flags: [ L1 IS ]\n\t    Extended IS Reachability TLV #22, length: 41\n\t      IS Neighbor: 3333.3333.3333.02, Metric: 10, sub-TLVs present (30)\n\t        Maximum link bandwidth subTLV #9, length: 4";
    const BODY: &str = ", nan Mbps\n\t        Reservable link bandwidth subTLV #10, length: 4, -nan Mbps\n\t        Bandwidth Constraints subTLV #22, length: 9\n\t        Bandwidth Constraints Model ID: Maximum allocation with E-LSP support (254)\n\t          Bandwidth constraint CT0: 40.000 Mbps\n\t          Bandwidth constraint CT1: inf Mbps";
    const TAIL: &str = "\n\t        Bandwidth Constraints subTLV #22, length: 5\n\t        Bandwidth Constraints Model ID: unknown (2)\n\t          Bandwidth constraint CT0: 40.000 Mbps";
    let whole = format!("{HEAD}{BODY}{TAIL}");
    let at_60 = format!("{HEAD} [|isis]");
    let at_80 = format!("{HEAD}{BODY} [|isis]");
    golden_levels(
        LinkType::Ethernet,
        &[(TE, 0), (TE, 60), (TE, 80)],
        &[(numeric(1), &[&whole, &at_60, &at_80])],
    );
}
