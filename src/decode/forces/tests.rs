//! Golden lines from tcpdump 4.99.3 for ForCES over SCTP, on frames of
//! tcpdump's forces1/2/3 captures (Linux cooked), whole, cut, and with
//! fields changed to reach each complaint of its printer.

use crate::decode::tests::{golden, golden_levels, numeric};
use crate::link::LinkType;

/// One message of each type in tcpdump's ForCES captures (Association
/// Setup, Response and TearDown, Config and its Response, HeartBeat, Query
/// and its Response), then a Config cut in the SCTP header, the DATA
/// header and the ForCES message: tcpdump 4.99.3 -t -n, -v to -vvvv.
#[test]
fn each_message_type_and_cuts() {
    golden_levels(
        LinkType::LinuxSll,
        &[
            (
                "000400010006000c29b2a1170000080045020048000140004084b5c1c0a8018ec0a8018f84c11a3039d7237066ca252100030028e55ce94600000000000000001001000600000002400000030000000000000001f8000000",
                0,
            ),
            (
                "000000010006000c29a52fab0000080045020050000040004084b5bac0a8018fc0a8018e1a3084c194d021982536520b0003003036ba1ddd00000000000000001011000840000003000000020000000000000001381000000010000800000000",
                0,
            ),
            (
                "000000010006000c29a52fab0000080045020050000040004084b5bac0a8018fc0a8018e1a3084c194d0219834d0e9000003003036ba1de000000003000000001002000840000003000000020000000000000000381000000011000800000000",
                0,
            ),
            (
                "0000fffe00000000000000000000080045000070000740002e849b22d3814808968cfeca1a30def5b1b6e4513de8ecb8000300500a036e0e00000006000000001003001040000001000000020000000000000007f84000001000002800000003000000020002001c01100018000000020000003c000000010112000800000001",
                0,
            ),
            (
                "000400010006000c29b2a1170000080045020090000640004084b574c0a8018ec0a8018f84c11a3039d72370005f334100030070e55ce9470000000100000000101300180000000240000003000000000000000438500000100000240000000c00000001000300180110001400000001000000010114000800000000100000240000000a00000001000300180110001400000001000000010114000800000000",
                0,
            ),
            (
                "0004fffe00000000000000000000080045020048006f4000408488e0968cfecad3814808bcbc1a325e34386a176a69a4000300286d1c9fcc0000001e00000000100f00060000000240000001000000000000005300000000",
                0,
            ),
            (
                "0000fffe00000000000000000000080045000064000340002e849b32d3814808968cfeca1a30def5b1b6e45126793e53000300440a036e0a00000002000000001004000d40000001000000020000000000000003f84000001000001c0000000100000001000700100110000c0000000100000001",
                0,
            ),
            (
                "000400010006000c29b2a117000008004502008c001340004084b56bc0a8018ec0a8018fd0551a30e624aef4e883252f0003006c595207200000000200000000101400170000000240000003000000000000000e384000001000004400000002000000010009003801100034000000010000000301100014000000010000000201120008000000020110001400000001000000010112000800000002",
                0,
            ),
            (
                "0000fffe00000000000000000000080045000070000740002e849b22d3814808968cfeca1a30def5b1b6e4513de8ecb8000300500a036e0e00000006000000001003001040000001000000020000000000000007f84000001000002800000003000000020002001c01100018000000020000003c000000010112000800000001",
                40,
            ),
            (
                "0000fffe00000000000000000000080045000070000740002e849b22d3814808968cfeca1a30def5b1b6e4513de8ecb8000300500a036e0e00000006000000001003001040000001000000020000000000000007f84000001000002800000003000000020002001c01100018000000020000003c000000010112000800000001",
                60,
            ),
            (
                "0000fffe00000000000000000000080045000070000740002e849b22d3814808968cfeca1a30def5b1b6e4513de8ecb8000300500a036e0e00000006000000001003001040000001000000020000000000000007f84000001000002800000003000000020002001c01100018000000020000003c000000010112000800000001",
                100,
            ),
        ],
        &[
            (
                numeric(0),
                &[
                    "IP 192.168.1.142.33985 > 192.168.1.143.6704: sctp[ForCES HP] (1) [DATA] (B)(E) [TSN: 3848071494] [SID: 0] [SSEQ 0] [PPID 0x0] \n\tForCES Association Setup ",
                    "IP 192.168.1.143.6704 > 192.168.1.142.33985: sctp[ForCES HP] (1) [DATA] (B)(E) [TSN: 918167005] [SID: 0] [SSEQ 0] [PPID 0x0] \n\tForCES Association Response ",
                    "IP 192.168.1.143.6704 > 192.168.1.142.33985: sctp[ForCES HP] (1) [DATA] (B)(E) [TSN: 918167008] [SID: 0] [SSEQ 3] [PPID 0x0] \n\tForCES Association TearDown ",
                    "IP 211.129.72.8.6704 > 150.140.254.202.57077: sctp[ForCES HP] (1) [DATA] (B)(E) [TSN: 167996942] [SID: 0] [SSEQ 6] [PPID 0x0] \n\tForCES Config ",
                    "IP 192.168.1.142.33985 > 192.168.1.143.6704: sctp[ForCES HP] (1) [DATA] (B)(E) [TSN: 3848071495] [SID: 0] [SSEQ 1] [PPID 0x0] \n\tForCES Config Response ",
                    "IP 150.140.254.202.48316 > 211.129.72.8.6706: sctp[ForCES LP] (1) [DATA] (B)(E) [TSN: 1830592460] [SID: 0] [SSEQ 30] [PPID 0x0] \n\tForCES HeartBeat ",
                    "IP 211.129.72.8.6704 > 150.140.254.202.57077: sctp[ForCES HP] (1) [DATA] (B)(E) [TSN: 167996938] [SID: 0] [SSEQ 2] [PPID 0x0] \n\tForCES Query ",
                    "IP 192.168.1.142.53333 > 192.168.1.143.6704: sctp[ForCES HP] (1) [DATA] (B)(E) [TSN: 1498548000] [SID: 0] [SSEQ 2] [PPID 0x0] \n\tForCES Query Response ",
                    "IP  [|sctp]",
                    "IP 211.129.72.8.6704 > 150.140.254.202.57077: sctp[ForCES HP] [|sctp]",
                    "IP 211.129.72.8.6704 > 150.140.254.202.57077: sctp[ForCES HP] [|sctp]",
                ],
            ),
            (
                numeric(1),
                &[
                    "IP (tos 0x2,ECT(0), ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 72)\n    192.168.1.142.33985 > 192.168.1.143.6704: sctp[ForCES HP] (1) [DATA] (B)(E) [TSN: 3848071494] [SID: 0] [SSEQ 0] [PPID 0x0] \n\tForCES Association Setup \n\tForCES Version 1 len 24B flags 0xf8000000 \n\tSrcID 0x2(FE) DstID 0x40000003(CE) Correlator 0x1",
                    "IP (tos 0x2,ECT(0), ttl 64, id 0, offset 0, flags [DF], proto SCTP (132), length 80)\n    192.168.1.143.6704 > 192.168.1.142.33985: sctp[ForCES HP] (1) [DATA] (B)(E) [TSN: 918167005] [SID: 0] [SSEQ 0] [PPID 0x0] \n\tForCES Association Response \n\tForCES Version 1 len 32B flags 0x38100000 \n\tSrcID 0x40000003(CE) DstID 0x2(FE) Correlator 0x1",
                    "IP (tos 0x2,ECT(0), ttl 64, id 0, offset 0, flags [DF], proto SCTP (132), length 80)\n    192.168.1.143.6704 > 192.168.1.142.33985: sctp[ForCES HP] (1) [DATA] (B)(E) [TSN: 918167008] [SID: 0] [SSEQ 3] [PPID 0x0] \n\tForCES Association TearDown \n\tForCES Version 1 len 32B flags 0x38100000 \n\tSrcID 0x40000003(CE) DstID 0x2(FE) Correlator 0x0",
                    "IP (tos 0x0, ttl 46, id 7, offset 0, flags [DF], proto SCTP (132), length 112)\n    211.129.72.8.6704 > 150.140.254.202.57077: sctp[ForCES HP] (1) [DATA] (B)(E) [TSN: 167996942] [SID: 0] [SSEQ 6] [PPID 0x0] \n\tForCES Config \n\tForCES Version 1 len 64B flags 0xf8400000 \n\tSrcID 0x40000001(CE) DstID 0x2(FE) Correlator 0x7",
                    "IP (tos 0x2,ECT(0), ttl 64, id 6, offset 0, flags [DF], proto SCTP (132), length 144)\n    192.168.1.142.33985 > 192.168.1.143.6704: sctp[ForCES HP] (1) [DATA] (B)(E) [TSN: 3848071495] [SID: 0] [SSEQ 1] [PPID 0x0] \n\tForCES Config Response \n\tForCES Version 1 len 96B flags 0x38500000 \n\tSrcID 0x2(FE) DstID 0x40000003(CE) Correlator 0x4",
                    "IP (tos 0x2,ECT(0), ttl 64, id 111, offset 0, flags [DF], proto SCTP (132), length 72)\n    150.140.254.202.48316 > 211.129.72.8.6706: sctp[ForCES LP] (1) [DATA] (B)(E) [TSN: 1830592460] [SID: 0] [SSEQ 30] [PPID 0x0] \n\tForCES HeartBeat \n\tForCES Version 1 len 24B flags 0x00000000 \n\tSrcID 0x2(FE) DstID 0x40000001(CE) Correlator 0x53",
                    "IP (tos 0x0, ttl 46, id 3, offset 0, flags [DF], proto SCTP (132), length 100)\n    211.129.72.8.6704 > 150.140.254.202.57077: sctp[ForCES HP] (1) [DATA] (B)(E) [TSN: 167996938] [SID: 0] [SSEQ 2] [PPID 0x0] \n\tForCES Query \n\tForCES Version 1 len 52B flags 0xf8400000 \n\tSrcID 0x40000001(CE) DstID 0x2(FE) Correlator 0x3",
                    "IP (tos 0x2,ECT(0), ttl 64, id 19, offset 0, flags [DF], proto SCTP (132), length 140)\n    192.168.1.142.53333 > 192.168.1.143.6704: sctp[ForCES HP] (1) [DATA] (B)(E) [TSN: 1498548000] [SID: 0] [SSEQ 2] [PPID 0x0] \n\tForCES Query Response \n\tForCES Version 1 len 92B flags 0x38400000 \n\tSrcID 0x2(FE) DstID 0x40000003(CE) Correlator 0xe",
                    "IP (tos 0x0, ttl 46, id 7, offset 0, flags [DF], proto SCTP (132), length 112)\n     [|sctp]",
                    "IP (tos 0x0, ttl 46, id 7, offset 0, flags [DF], proto SCTP (132), length 112)\n    211.129.72.8.6704 > 150.140.254.202.57077: sctp[ForCES HP] [|sctp]",
                    "IP (tos 0x0, ttl 46, id 7, offset 0, flags [DF], proto SCTP (132), length 112)\n    211.129.72.8.6704 > 150.140.254.202.57077: sctp[ForCES HP] [|sctp]",
                ],
            ),
            (
                numeric(2),
                &[
                    "IP (tos 0x2,ECT(0), ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 72)\n    192.168.1.142.33985 > 192.168.1.143.6704: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 3848071494] [SID: 0] [SSEQ 0] [PPID 0x0] \n\tForCES Association Setup \n\tForCES Version 1 len 24B flags 0xf8000000 \n\tSrcID 0x2(FE) DstID 0x40000003(CE) Correlator 0x1\n\tForCES flags:\n\t  AlwaysACK(0x3), prio=7, EMReserved(0x0),\n\t  Standalone(0x0), StartofTransaction(0x0)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0",
                    "IP (tos 0x2,ECT(0), ttl 64, id 0, offset 0, flags [DF], proto SCTP (132), length 80)\n    192.168.1.143.6704 > 192.168.1.142.33985: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 918167005] [SID: 0] [SSEQ 0] [PPID 0x0] \n\tForCES Association Response \n\tForCES Version 1 len 32B flags 0x38100000 \n\tSrcID 0x40000003(CE) DstID 0x2(FE) Correlator 0x1\n\tForCES flags:\n\t  NoACK(0x0), prio=7, EMReserved(0x0),\n\t  Standalone(0x0), EndofTransaction(0x2)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0",
                    "IP (tos 0x2,ECT(0), ttl 64, id 0, offset 0, flags [DF], proto SCTP (132), length 80)\n    192.168.1.143.6704 > 192.168.1.142.33985: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 918167008] [SID: 0] [SSEQ 3] [PPID 0x0] \n\tForCES Association TearDown \n\tForCES Version 1 len 32B flags 0x38100000 \n\tSrcID 0x40000003(CE) DstID 0x2(FE) Correlator 0x0\n\tForCES flags:\n\t  NoACK(0x0), prio=7, EMReserved(0x0),\n\t  Standalone(0x0), EndofTransaction(0x2)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0",
                    "IP (tos 0x0, ttl 46, id 7, offset 0, flags [DF], proto SCTP (132), length 112)\n    211.129.72.8.6704 > 150.140.254.202.57077: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 167996942] [SID: 0] [SSEQ 6] [PPID 0x0] \n\tForCES Config \n\tForCES Version 1 len 64B flags 0xf8400000 \n\tSrcID 0x40000001(CE) DstID 0x2(FE) Correlator 0x7\n\tForCES flags:\n\t  AlwaysACK(0x3), prio=7, execute-all-or-none(0x1),\n\t  Standalone(0x0), StartofTransaction(0x0)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0",
                    "IP (tos 0x2,ECT(0), ttl 64, id 6, offset 0, flags [DF], proto SCTP (132), length 144)\n    192.168.1.142.33985 > 192.168.1.143.6704: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 3848071495] [SID: 0] [SSEQ 1] [PPID 0x0] \n\tForCES Config Response \n\tForCES Version 1 len 96B flags 0x38500000 \n\tSrcID 0x2(FE) DstID 0x40000003(CE) Correlator 0x4\n\tForCES flags:\n\t  NoACK(0x0), prio=7, execute-all-or-none(0x1),\n\t  Standalone(0x0), EndofTransaction(0x2)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0",
                    "IP (tos 0x2,ECT(0), ttl 64, id 111, offset 0, flags [DF], proto SCTP (132), length 72)\n    150.140.254.202.48316 > 211.129.72.8.6706: sctp[ForCES LP]\n\t1) [DATA] (B)(E) [TSN: 1830592460] [SID: 0] [SSEQ 30] [PPID 0x0] \n\tForCES HeartBeat \n\tForCES Version 1 len 24B flags 0x00000000 \n\tSrcID 0x2(FE) DstID 0x40000001(CE) Correlator 0x53\n\tForCES flags:\n\t  NoACK(0x0), prio=0, EMReserved(0x0),\n\t  Standalone(0x0), StartofTransaction(0x0)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0",
                    "IP (tos 0x0, ttl 46, id 3, offset 0, flags [DF], proto SCTP (132), length 100)\n    211.129.72.8.6704 > 150.140.254.202.57077: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 167996938] [SID: 0] [SSEQ 2] [PPID 0x0] \n\tForCES Query \n\tForCES Version 1 len 52B flags 0xf8400000 \n\tSrcID 0x40000001(CE) DstID 0x2(FE) Correlator 0x3\n\tForCES flags:\n\t  AlwaysACK(0x3), prio=7, execute-all-or-none(0x1),\n\t  Standalone(0x0), StartofTransaction(0x0)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0",
                    "IP (tos 0x2,ECT(0), ttl 64, id 19, offset 0, flags [DF], proto SCTP (132), length 140)\n    192.168.1.142.53333 > 192.168.1.143.6704: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 1498548000] [SID: 0] [SSEQ 2] [PPID 0x0] \n\tForCES Query Response \n\tForCES Version 1 len 92B flags 0x38400000 \n\tSrcID 0x2(FE) DstID 0x40000003(CE) Correlator 0xe\n\tForCES flags:\n\t  NoACK(0x0), prio=7, execute-all-or-none(0x1),\n\t  Standalone(0x0), StartofTransaction(0x0)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0",
                    "IP (tos 0x0, ttl 46, id 7, offset 0, flags [DF], proto SCTP (132), length 112)\n     [|sctp]",
                    "IP (tos 0x0, ttl 46, id 7, offset 0, flags [DF], proto SCTP (132), length 112)\n    211.129.72.8.6704 > 150.140.254.202.57077: sctp[ForCES HP] [|sctp]",
                    "IP (tos 0x0, ttl 46, id 7, offset 0, flags [DF], proto SCTP (132), length 112)\n    211.129.72.8.6704 > 150.140.254.202.57077: sctp[ForCES HP] [|sctp]",
                ],
            ),
            (
                numeric(3),
                &[
                    "IP (tos 0x2,ECT(0), ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 72)\n    192.168.1.142.33985 > 192.168.1.143.6704: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 3848071494] [SID: 0] [SSEQ 0] [PPID 0x0] \n\tForCES Association Setup \n\tForCES Version 1 len 24B flags 0xf8000000 \n\tSrcID 0x2(FE) DstID 0x40000003(CE) Correlator 0x1\n\tForCES flags:\n\t  AlwaysACK(0x3), prio=7, EMReserved(0x0),\n\t  Standalone(0x0), StartofTransaction(0x0)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0",
                    "IP (tos 0x2,ECT(0), ttl 64, id 0, offset 0, flags [DF], proto SCTP (132), length 80)\n    192.168.1.143.6704 > 192.168.1.142.33985: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 918167005] [SID: 0] [SSEQ 0] [PPID 0x0] \n\tForCES Association Response \n\tForCES Version 1 len 32B flags 0x38100000 \n\tSrcID 0x40000003(CE) DstID 0x2(FE) Correlator 0x1\n\tForCES flags:\n\t  NoACK(0x0), prio=7, EMReserved(0x0),\n\t  Standalone(0x0), EndofTransaction(0x2)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n\tASResult TLV, length 8 (data length 4 Bytes)\n         Success (0)\n         ",
                    "IP (tos 0x2,ECT(0), ttl 64, id 0, offset 0, flags [DF], proto SCTP (132), length 80)\n    192.168.1.143.6704 > 192.168.1.142.33985: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 918167008] [SID: 0] [SSEQ 3] [PPID 0x0] \n\tForCES Association TearDown \n\tForCES Version 1 len 32B flags 0x38100000 \n\tSrcID 0x40000003(CE) DstID 0x2(FE) Correlator 0x0\n\tForCES flags:\n\t  NoACK(0x0), prio=7, EMReserved(0x0),\n\t  Standalone(0x0), EndofTransaction(0x2)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n\tASTreason TLV, length 8 (data length 4 Bytes)Teardown reason:\n         Normal Teardown(0)\n         ",
                    "IP (tos 0x0, ttl 46, id 7, offset 0, flags [DF], proto SCTP (132), length 112)\n    211.129.72.8.6704 > 150.140.254.202.57077: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 167996942] [SID: 0] [SSEQ 6] [PPID 0x0] \n\tForCES Config \n\tForCES Version 1 len 64B flags 0xf8400000 \n\tSrcID 0x40000001(CE) DstID 0x2(FE) Correlator 0x7\n\tForCES flags:\n\t  AlwaysACK(0x3), prio=7, execute-all-or-none(0x1),\n\t  Standalone(0x0), StartofTransaction(0x0)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n\tLFBselect TLV, length 40 (data length 36 Bytes)\n         #3(Classid 3) instance 2\n          Oper TLV  SetProp(0x2) length 28\n           PATH-DATA TLV, length 24 (data encapsulated 20 Bytes)\n            Pathdata: Flags 0x0 ID count 2\n            ID#01: 60\n            ID#02: 1\n              FULLDATA TLV (Length 8 DataLen 4 Bytes)\n               [\n               0x0000:  0000 0001\n               ]",
                    "IP (tos 0x2,ECT(0), ttl 64, id 6, offset 0, flags [DF], proto SCTP (132), length 144)\n    192.168.1.142.33985 > 192.168.1.143.6704: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 3848071495] [SID: 0] [SSEQ 1] [PPID 0x0] \n\tForCES Config Response \n\tForCES Version 1 len 96B flags 0x38500000 \n\tSrcID 0x2(FE) DstID 0x40000003(CE) Correlator 0x4\n\tForCES flags:\n\t  NoACK(0x0), prio=7, execute-all-or-none(0x1),\n\t  Standalone(0x0), EndofTransaction(0x2)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n\tLFBselect TLV, length 36 (data length 32 Bytes)\n         #12(Classid c) instance 1\n          Oper TLV  SetResp(0x3) length 24\n           PATH-DATA TLV, length 20 (data encapsulated 16 Bytes)\n            Pathdata: Flags 0x0 ID count 1\n            ID#01: 1\n              RESULT TLV (Length 8 DataLen 4 Bytes)\n                Result: SUCCESS (code 0x0)\n\tLFBselect TLV, length 36 (data length 32 Bytes)\n         #10(Classid a) instance 1\n          Oper TLV  SetResp(0x3) length 24\n           PATH-DATA TLV, length 20 (data encapsulated 16 Bytes)\n            Pathdata: Flags 0x0 ID count 1\n            ID#01: 1\n              RESULT TLV (Length 8 DataLen 4 Bytes)\n                Result: SUCCESS (code 0x0)",
                    "IP (tos 0x2,ECT(0), ttl 64, id 111, offset 0, flags [DF], proto SCTP (132), length 72)\n    150.140.254.202.48316 > 211.129.72.8.6706: sctp[ForCES LP]\n\t1) [DATA] (B)(E) [TSN: 1830592460] [SID: 0] [SSEQ 30] [PPID 0x0] \n\tForCES HeartBeat \n\tForCES Version 1 len 24B flags 0x00000000 \n\tSrcID 0x2(FE) DstID 0x40000001(CE) Correlator 0x53\n\tForCES flags:\n\t  NoACK(0x0), prio=0, EMReserved(0x0),\n\t  Standalone(0x0), StartofTransaction(0x0)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0",
                    "IP (tos 0x0, ttl 46, id 3, offset 0, flags [DF], proto SCTP (132), length 100)\n    211.129.72.8.6704 > 150.140.254.202.57077: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 167996938] [SID: 0] [SSEQ 2] [PPID 0x0] \n\tForCES Query \n\tForCES Version 1 len 52B flags 0xf8400000 \n\tSrcID 0x40000001(CE) DstID 0x2(FE) Correlator 0x3\n\tForCES flags:\n\t  AlwaysACK(0x3), prio=7, execute-all-or-none(0x1),\n\t  Standalone(0x0), StartofTransaction(0x0)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n\tLFBselect TLV, length 28 (data length 24 Bytes)\n         FEObj LFB(Classid 1) instance 1\n          Oper TLV  Get(0x7) length 16\n           PATH-DATA TLV, length 12 (data encapsulated 8 Bytes)\n            Pathdata: Flags 0x0 ID count 1\n            ID#01: 1",
                    "IP (tos 0x2,ECT(0), ttl 64, id 19, offset 0, flags [DF], proto SCTP (132), length 140)\n    192.168.1.142.53333 > 192.168.1.143.6704: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 1498548000] [SID: 0] [SSEQ 2] [PPID 0x0] \n\tForCES Query Response \n\tForCES Version 1 len 92B flags 0x38400000 \n\tSrcID 0x2(FE) DstID 0x40000003(CE) Correlator 0xe\n\tForCES flags:\n\t  NoACK(0x0), prio=7, execute-all-or-none(0x1),\n\t  Standalone(0x0), StartofTransaction(0x0)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n\tLFBselect TLV, length 68 (data length 64 Bytes)\n         FEProtoObj LFB(Classid 2) instance 1\n          Oper TLV  GetResp(0x9) length 56\n           PATH-DATA TLV, length 52 (data encapsulated 48 Bytes)\n            Pathdata: Flags 0x0 ID count 1\n            ID#01: 3\n              PATH-DATA TLV, length 20 (data encapsulated 16 Bytes)\n               Pathdata: Flags 0x0 ID count 1\n               ID#01: 2\n                 FULLDATA TLV (Length 8 DataLen 4 Bytes)\n                  [\n                  0x0000:  0000 0002\n                  ]             PATH-DATA TLV, length 20 (data encapsulated 16 Bytes)\n              Pathdata: Flags 0x0 ID count 1\n              ID#01: 1\n                FULLDATA TLV (Length 8 DataLen 4 Bytes)\n                 [\n                 0x0000:  0000 0002\n                 ]",
                    "IP (tos 0x0, ttl 46, id 7, offset 0, flags [DF], proto SCTP (132), length 112)\n     [|sctp]",
                    "IP (tos 0x0, ttl 46, id 7, offset 0, flags [DF], proto SCTP (132), length 112)\n    211.129.72.8.6704 > 150.140.254.202.57077: sctp[ForCES HP] [|sctp]",
                    "IP (tos 0x0, ttl 46, id 7, offset 0, flags [DF], proto SCTP (132), length 112)\n    211.129.72.8.6704 > 150.140.254.202.57077: sctp[ForCES HP] [|sctp]",
                ],
            ),
            (
                numeric(4),
                &[
                    "IP (tos 0x2,ECT(0), ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 72)\n    192.168.1.142.33985 > 192.168.1.143.6704: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 3848071494] [SID: 0] [SSEQ 0] [PPID 0x0] \n\tForCES Association Setup \n\tForCES Version 1 len 24B flags 0xf8000000 \n\tSrcID 0x2(FE) DstID 0x40000003(CE) Correlator 0x1\n\tForCES flags:\n\t  AlwaysACK(0x3), prio=7, EMReserved(0x0),\n\t  Standalone(0x0), StartofTransaction(0x0)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n\n\t  Raw ForCES message\n\t [\n\t 0x0000:  1001 0006 0000 0002 4000 0003 0000 0000\n\t 0x0010:  0000 0001 f800 0000\n\t ]",
                    "IP (tos 0x2,ECT(0), ttl 64, id 0, offset 0, flags [DF], proto SCTP (132), length 80)\n    192.168.1.143.6704 > 192.168.1.142.33985: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 918167005] [SID: 0] [SSEQ 0] [PPID 0x0] \n\tForCES Association Response \n\tForCES Version 1 len 32B flags 0x38100000 \n\tSrcID 0x40000003(CE) DstID 0x2(FE) Correlator 0x1\n\tForCES flags:\n\t  NoACK(0x0), prio=7, EMReserved(0x0),\n\t  Standalone(0x0), EndofTransaction(0x2)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n\tASResult TLV, length 8 (data length 4 Bytes)\n         Success (0)\n         \n\t  Raw ForCES message\n\t [\n\t 0x0000:  1011 0008 4000 0003 0000 0002 0000 0000\n\t 0x0010:  0000 0001 3810 0000 0010 0008 0000 0000\n\t ]",
                    "IP (tos 0x2,ECT(0), ttl 64, id 0, offset 0, flags [DF], proto SCTP (132), length 80)\n    192.168.1.143.6704 > 192.168.1.142.33985: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 918167008] [SID: 0] [SSEQ 3] [PPID 0x0] \n\tForCES Association TearDown \n\tForCES Version 1 len 32B flags 0x38100000 \n\tSrcID 0x40000003(CE) DstID 0x2(FE) Correlator 0x0\n\tForCES flags:\n\t  NoACK(0x0), prio=7, EMReserved(0x0),\n\t  Standalone(0x0), EndofTransaction(0x2)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n\tASTreason TLV, length 8 (data length 4 Bytes)Teardown reason:\n         Normal Teardown(0)\n         \n\t  Raw ForCES message\n\t [\n\t 0x0000:  1002 0008 4000 0003 0000 0002 0000 0000\n\t 0x0010:  0000 0000 3810 0000 0011 0008 0000 0000\n\t ]",
                    "IP (tos 0x0, ttl 46, id 7, offset 0, flags [DF], proto SCTP (132), length 112)\n    211.129.72.8.6704 > 150.140.254.202.57077: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 167996942] [SID: 0] [SSEQ 6] [PPID 0x0] \n\tForCES Config \n\tForCES Version 1 len 64B flags 0xf8400000 \n\tSrcID 0x40000001(CE) DstID 0x2(FE) Correlator 0x7\n\tForCES flags:\n\t  AlwaysACK(0x3), prio=7, execute-all-or-none(0x1),\n\t  Standalone(0x0), StartofTransaction(0x0)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n\tLFBselect TLV, length 40 (data length 36 Bytes)\n         #3(Classid 3) instance 2\n          Oper TLV  SetProp(0x2) length 28\n           PATH-DATA TLV, length 24 (data encapsulated 20 Bytes)\n            Pathdata: Flags 0x0 ID count 2\n            ID#01: 60\n            ID#02: 1\n              FULLDATA TLV (Length 8 DataLen 4 Bytes)\n               [\n               0x0000:  0000 0001\n               ]\n\t  Raw ForCES message\n\t [\n\t 0x0000:  1003 0010 4000 0001 0000 0002 0000 0000\n\t 0x0010:  0000 0007 f840 0000 1000 0028 0000 0003\n\t 0x0020:  0000 0002 0002 001c 0110 0018 0000 0002\n\t 0x0030:  0000 003c 0000 0001 0112 0008 0000 0001\n\t ]",
                    "IP (tos 0x2,ECT(0), ttl 64, id 6, offset 0, flags [DF], proto SCTP (132), length 144)\n    192.168.1.142.33985 > 192.168.1.143.6704: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 3848071495] [SID: 0] [SSEQ 1] [PPID 0x0] \n\tForCES Config Response \n\tForCES Version 1 len 96B flags 0x38500000 \n\tSrcID 0x2(FE) DstID 0x40000003(CE) Correlator 0x4\n\tForCES flags:\n\t  NoACK(0x0), prio=7, execute-all-or-none(0x1),\n\t  Standalone(0x0), EndofTransaction(0x2)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n\tLFBselect TLV, length 36 (data length 32 Bytes)\n         #12(Classid c) instance 1\n          Oper TLV  SetResp(0x3) length 24\n           PATH-DATA TLV, length 20 (data encapsulated 16 Bytes)\n            Pathdata: Flags 0x0 ID count 1\n            ID#01: 1\n              RESULT TLV (Length 8 DataLen 4 Bytes)\n                Result: SUCCESS (code 0x0)\n\tLFBselect TLV, length 36 (data length 32 Bytes)\n         #10(Classid a) instance 1\n          Oper TLV  SetResp(0x3) length 24\n           PATH-DATA TLV, length 20 (data encapsulated 16 Bytes)\n            Pathdata: Flags 0x0 ID count 1\n            ID#01: 1\n              RESULT TLV (Length 8 DataLen 4 Bytes)\n                Result: SUCCESS (code 0x0)\n\n\t  Raw ForCES message\n\t [\n\t 0x0000:  1013 0018 0000 0002 4000 0003 0000 0000\n\t 0x0010:  0000 0004 3850 0000 1000 0024 0000 000c\n\t 0x0020:  0000 0001 0003 0018 0110 0014 0000 0001\n\t 0x0030:  0000 0001 0114 0008 0000 0000 1000 0024\n\t 0x0040:  0000 000a 0000 0001 0003 0018 0110 0014\n\t 0x0050:  0000 0001 0000 0001 0114 0008 0000 0000\n\t ]",
                    "IP (tos 0x2,ECT(0), ttl 64, id 111, offset 0, flags [DF], proto SCTP (132), length 72)\n    150.140.254.202.48316 > 211.129.72.8.6706: sctp[ForCES LP]\n\t1) [DATA] (B)(E) [TSN: 1830592460] [SID: 0] [SSEQ 30] [PPID 0x0] \n\tForCES HeartBeat \n\tForCES Version 1 len 24B flags 0x00000000 \n\tSrcID 0x2(FE) DstID 0x40000001(CE) Correlator 0x53\n\tForCES flags:\n\t  NoACK(0x0), prio=0, EMReserved(0x0),\n\t  Standalone(0x0), StartofTransaction(0x0)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n\n\t  Raw ForCES message\n\t [\n\t 0x0000:  100f 0006 0000 0002 4000 0001 0000 0000\n\t 0x0010:  0000 0053 0000 0000\n\t ]",
                    "IP (tos 0x0, ttl 46, id 3, offset 0, flags [DF], proto SCTP (132), length 100)\n    211.129.72.8.6704 > 150.140.254.202.57077: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 167996938] [SID: 0] [SSEQ 2] [PPID 0x0] \n\tForCES Query \n\tForCES Version 1 len 52B flags 0xf8400000 \n\tSrcID 0x40000001(CE) DstID 0x2(FE) Correlator 0x3\n\tForCES flags:\n\t  AlwaysACK(0x3), prio=7, execute-all-or-none(0x1),\n\t  Standalone(0x0), StartofTransaction(0x0)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n\tLFBselect TLV, length 28 (data length 24 Bytes)\n         FEObj LFB(Classid 1) instance 1\n          Oper TLV  Get(0x7) length 16\n           PATH-DATA TLV, length 12 (data encapsulated 8 Bytes)\n            Pathdata: Flags 0x0 ID count 1\n            ID#01: 1\n\n\t  Raw ForCES message\n\t [\n\t 0x0000:  1004 000d 4000 0001 0000 0002 0000 0000\n\t 0x0010:  0000 0003 f840 0000 1000 001c 0000 0001\n\t 0x0020:  0000 0001 0007 0010 0110 000c 0000 0001\n\t 0x0030:  0000 0001\n\t ]",
                    "IP (tos 0x2,ECT(0), ttl 64, id 19, offset 0, flags [DF], proto SCTP (132), length 140)\n    192.168.1.142.53333 > 192.168.1.143.6704: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 1498548000] [SID: 0] [SSEQ 2] [PPID 0x0] \n\tForCES Query Response \n\tForCES Version 1 len 92B flags 0x38400000 \n\tSrcID 0x2(FE) DstID 0x40000003(CE) Correlator 0xe\n\tForCES flags:\n\t  NoACK(0x0), prio=7, execute-all-or-none(0x1),\n\t  Standalone(0x0), StartofTransaction(0x0)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n\tLFBselect TLV, length 68 (data length 64 Bytes)\n         FEProtoObj LFB(Classid 2) instance 1\n          Oper TLV  GetResp(0x9) length 56\n           PATH-DATA TLV, length 52 (data encapsulated 48 Bytes)\n            Pathdata: Flags 0x0 ID count 1\n            ID#01: 3\n              PATH-DATA TLV, length 20 (data encapsulated 16 Bytes)\n               Pathdata: Flags 0x0 ID count 1\n               ID#01: 2\n                 FULLDATA TLV (Length 8 DataLen 4 Bytes)\n                  [\n                  0x0000:  0000 0002\n                  ]             PATH-DATA TLV, length 20 (data encapsulated 16 Bytes)\n              Pathdata: Flags 0x0 ID count 1\n              ID#01: 1\n                FULLDATA TLV (Length 8 DataLen 4 Bytes)\n                 [\n                 0x0000:  0000 0002\n                 ]\n\t  Raw ForCES message\n\t [\n\t 0x0000:  1014 0017 0000 0002 4000 0003 0000 0000\n\t 0x0010:  0000 000e 3840 0000 1000 0044 0000 0002\n\t 0x0020:  0000 0001 0009 0038 0110 0034 0000 0001\n\t 0x0030:  0000 0003 0110 0014 0000 0001 0000 0002\n\t 0x0040:  0112 0008 0000 0002 0110 0014 0000 0001\n\t 0x0050:  0000 0001 0112 0008 0000 0002\n\t ]",
                    "IP (tos 0x0, ttl 46, id 7, offset 0, flags [DF], proto SCTP (132), length 112)\n     [|sctp]",
                    "IP (tos 0x0, ttl 46, id 7, offset 0, flags [DF], proto SCTP (132), length 112)\n    211.129.72.8.6704 > 150.140.254.202.57077: sctp[ForCES HP] [|sctp]",
                    "IP (tos 0x0, ttl 46, id 7, offset 0, flags [DF], proto SCTP (132), length 112)\n    211.129.72.8.6704 > 150.140.254.202.57077: sctp[ForCES HP] [|sctp]",
                ],
            ),
        ],
    );
}

/// A TLV of `kind` around `value` (a multiple of 4 bytes here).
fn tlv(kind: u16, value: &[u8]) -> Vec<u8> {
    let len = u16::try_from(4 + value.len()).unwrap();
    [&kind.to_be_bytes()[..], &len.to_be_bytes(), value].concat()
}

/// An Ethernet frame of IPv4 (checksum left 0), SCTP to the ForCES high
/// priority port and one DATA chunk holding a Config whose path data nests
/// `depth` levels deep, the innermost holding a content TLV of an unknown
/// type.
fn nested_config(depth: usize) -> String {
    let mut inner = [&[0, 0, 0, 1, 0, 0, 0, 7][..], &tlv(0x0200, &[0, 0, 0, 1])].concat();
    for _ in 0..depth {
        inner = [&[0, 0, 0, 0][..], &tlv(0x0110, &inner)].concat();
    }
    let set = tlv(1, &tlv(0x0110, &inner));
    let lfb = tlv(0x1000, &[&[0, 0, 0, 1, 0, 0, 0, 1][..], &set].concat());
    let words = u16::try_from((24 + lfb.len()) / 4).unwrap();
    let mut forces = vec![0x10, 3];
    forces.extend(words.to_be_bytes());
    forces.extend([
        0x40, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 1, 0x38, 0x40, 0, 0,
    ]);
    forces.extend(lfb);
    let chunk_len = u16::try_from(16 + forces.len()).unwrap();
    let ip_len = u16::try_from(20 + 12 + 16 + forces.len()).unwrap();
    let mut frame = vec![2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1, 8, 0, 0x45, 0];
    frame.extend(ip_len.to_be_bytes());
    frame.extend([0, 1, 0x40, 0, 64, 132, 0, 0, 198, 18, 0, 1, 198, 18, 0, 2]);
    frame.extend([0x9c, 0x40, 0x1a, 0x30, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3]);
    frame.extend(chunk_len.to_be_bytes());
    frame.extend([0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
    frame.extend(forces);
    frame.iter().map(|b| format!("{b:02x}")).collect()
}

/// Path data nested as deep as a chunk holds (8,100 levels, 8 bytes each)
/// is printed to its innermost content without a call stack as deep (the
/// test runs on a 2 MB thread): tcpdump 4.99.3 -t -n -v.
#[test]
fn deepest_nesting() {
    let frame = nested_config(8100);
    golden(
        numeric(1),
        &[(
            frame.as_str(),
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 64908, bad cksum 0 (->b0c4)!)\n    198.18.0.1.40000 > 198.18.0.2.6704: sctp[ForCES HP] (1) [DATA] (B)(E) [TSN: 1] [SID: 0] [SSEQ 0] [PPID 0x0] \n\tForCES Config \n\tForCES Version 1 len 64860B flags 0x38400000 \n\tSrcID 0x40000001(CE) DstID 0x2(FE) Correlator 0x1Invalid path data content type 0x200 len 8\nBad Data val\n\t  [0x0000:  0200 0008 0000 0001]",
        )],
    );
}
