//! Golden lines from tcpdump 4.99.3 for malformed ForCES messages: frames
//! of tcpdump's forces1/2/3 captures with fields changed at random, one
//! for each complaint of its printer.

use crate::decode::tests::{golden_levels, numeric};
use crate::link::LinkType;

/// Frames of tcpdump's ForCES captures with fields changed, one for each
/// complaint tcpdump prints (bad lengths and types, TLVs that do not fit,
/// invalid operations, result codes and path data): tcpdump 4.99.3 -t -n
/// -vvv.
#[test]
fn malformed_messages() {
    golden_levels(
        LinkType::LinuxSll,
        &[
            (
                "000400010006000c29b2a1170000080045020048000140004084b5c1c0a8018ec0a8018fd0551a30e624aef432c468b1000300285952071e000000000000000010150006000000024000000300000000be000001f8000000",
                0,
            ),
            (
                "000000010006000c29a52fab0000080045020050000040004084b5bac0a8018fc0a8018e1a3084c194d021982536520b0003003036ba1ddd00000000000000001005000840000003000000020000000000000001381000000010000800000000",
                0,
            ),
            (
                "000000010006000c29a52fab0000080045020050000040004084b5bac0a8018fc0a8018e1a30d055ae7164fc15d99fdc000300308fe10880000000030000000010020008400000030000000200000000000000003810b9000011000852000000",
                0,
            ),
            (
                "000000010006000c29a52fab0000080045020050000040004084b5bac0a8018fc0a8018e1a30e99f26adbd1642488f1d00030030dc04b6d80000000000000000101100084000000300000002000000fa000000023810000000100008ffb30000",
                0,
            ),
            (
                "000000010006000c29a52fab0000080045020050000040004084b5bac0a8018fc0a8018e1a3084c194d0219834d0e9000003003036ba1de000000003000000001002000840000003000000020000000000000000381001151611000800000000",
                0,
            ),
            (
                "000000010006000c29a52fab0000080045020048000040004084b5c2c0a8018fc0a8018e1a32e1c161a0a97b57c2644f0003002885c5969f00000008000000001012000640000003000000020000000000000009c0100000",
                0,
            ),
            (
                "0000fffe00000000000000000000080045000064000340002e849b32d3814808968cfeca1a30def5b1b6e45126793e53000300440a036e0a00000002000000001004000d40000001000c0002000000000000ca03f84000001000001c0000000100000001000700100110000c0000011400000001",
                0,
            ),
            (
                "000000010006000c29a52fab0000080045020050000040004084b5bac0a8018fc0a8018e1a30e99f26adbd1642488f1d00030030dc04b6d8000000000000000010110008400000031b0000020000000000000002381000000010000500000000",
                0,
            ),
            (
                "000000010006000c29a52fab0000080045020048000040004084b5c2c0a8018fc0a8018e1a3286d9c96b8d4a40dbaf25000300285791117d0000000100000000100f011040000003000000020000000000000002c0100000",
                0,
            ),
            (
                "000000010006000c29a52fab0000080045020050000040004084b5bac0a8018fc0a8018e1a3084c194d0219834d0e9000003003036ba1de000000003000000001002000840000003000000050000000000000000381000000011011400000000",
                0,
            ),
            (
                "0000fffe00000000000000000000080045000064000340002e849b32d3814808968cfeca1a30def5b1b6e45126793e53000300440a036e0a00000002000000001004000d40000001000000020000000000000003f84000001000001c000000010000ffff00070010011001120000000100000001",
                0,
            ),
            (
                "000000010006000c29a52fab0000080045020050000040004084b5bac0a8018fc0a8018e1a3084c194d0219834d0e9000003003036ba1de000000003000000001002000840000003000000020000000000000000381000000011000800000009",
                0,
            ),
            (
                "000000010006000c29a52fab0000080045020050000040004084b5bac0a8018fc0a8018e1a3084c194d0219834d0e9000003003036ba1de000000003000000001002000840000003000000020000000001150000381000000011000500200000",
                0,
            ),
            (
                "0000fffe00000000000000000000080045000064000340002e849b32d3814808968cfeca1a30def5b1b6e45126793e53000300440a036e0a00000002000000001004000d40000001000000020000000000000003f84000001000001c0000000100000001000500100110000c0000000100000001",
                0,
            ),
            (
                "000000010006000c29a52fab0000080045020050000040004084b5bac0a8018fc0a8018e1a3084c194d021982536520b0003003036ba1ddd0000000000000000100f000840000003000000020000000000000001381000000010000800000000",
                0,
            ),
            (
                "0000fffe00000000000000000000080045000064000340002e849b32d3814808968cfeca1a30def5b1b6e45126793e53000300440a036e0a00000002000000001004000d40000001000000020000000000000003f84000001000001c00000001000000010007003d0110000c0111000100000001",
                0,
            ),
            (
                "0000fffe00000000000000000000080045000070000540002e849b24d3814808968cfeca1a30def5b1b6e4512ee16f5b000300500a036e0c00000004000000001003001040000001000000020000000000000005f84000001000002800000003000000010002001c01100018000000020000003c000000020115000800000001",
                0,
            ),
            (
                "0000fffe00000000000000000000080045000070000640002e849b23d3814808968cfeca1a30def5b1b6e4515669a701000300500a036e0d00000005000000001003001040000001000000020000000000000006f84000001000002800000003000000010002001c01100018000000020111003c0000ffff0112000100000001",
                0,
            ),
            (
                "0000fffe00000000000000000000080045000064000340002e849b32d3814808968cfeca1a30def5b1b6e45126793e53000300440a036e0a00000002000000001004000d40000001000000020000000000000083f84000001000001c0000000100000001000700100110000c0113000100100001",
                0,
            ),
            (
                "000000010006000c29a52fab0000080045020080000040004084b58ac0a8018fc0a8018e1a3084c194d0219822790ebc0003006036ba1ddf00000002000000001006001440000003000000020000000000000005f85000001000001c0000000c00000001000700100110000c00000001000000011000001c0000000a00000001000700100110000c0000000100000001",
                0,
            ),
            (
                "0000fffe00000000000000000000080045000064000340002e849b32d3814808968cfeca1a30def5b1b6e45126793e53000300440a036e0a00000002000000001004000d400000010000e5020000000000000116f84000001000001c0000000100000001000700100110000c001a000100000001",
                0,
            ),
            (
                "0000fffe00000000000000000000080045000070000440002e849b25d3814808968cfeca1a30def5b1b6e4511f52827e000300500a036e0b00000003000000001003001040000001000000020000000000000004f84000001000002800000003000000010005001c01100018000000020000003c011500010112000800000001",
                0,
            ),
            (
                "000000010006000c29a52fab0000080045020050000040004084b5bac0a8018fc0a8018e1a30d055ae7164fc15d99fdc000300308fe1088000000003000000001006000840000003000000020000000000000000381000000011000800000000",
                0,
            ),
            (
                "0000fffe00000000000000000000080045000070000540002e849b24d3814808968cfeca1a30def5b1b6e4512ee16f5b000300500a036e0c00000004000000001003001040000001000000020000000000000005f84000001000002800009803000000010002001c01100018000000020000003c000000020113000800000114",
                0,
            ),
            (
                "0000fffe00000000000000000000080045000064000340002e849b32d3814808968cfeca1a30def5b1b6e45126793e53000300440a036e0a00000002000000001004000d40000001000000020000000000000003f84000001000001c0000000100000001000700100110000c0115000100000001",
                0,
            ),
            (
                "0000fffe00000000000000000000080045000070000440002e849b25d3814808968cfeca1a30def5b1b6e4511f52827e000300500a036e0b000000030000000010030010400000010ea300020000000000000004f84000001000002800000003000000010002001c01100018000000020000003c000000010111000800000001",
                0,
            ),
            (
                "0000fffe00000000000000000000080045000064000340002e849b32d3814808968cfeca1a30def5b1b6e45126793e53000300440a036e0a00000002000000001004000d40000001000000020000000000000003f84000001000001cc100000100000001000700090110000c0008000100000001",
                0,
            ),
            (
                "000400010006000c29b2a1170000080045020090000640004084b574c0a8018ec0a8018f84c11a3039d72370005f334100030070e55ce9470000000100000000101300180000000240000003000000000000000438500000100000240000000c00000001000300180110001400000001000000010114000800000000100000240000000a000000010003001801100014000000010000000101140008f4000000",
                0,
            ),
            (
                "0000fffe00000000000000000000080045000064000340002e849b32d3814808968cfeca1a30def5b1b6e45126793e53000300440a036e0a00000002000000001004000d40000001000000020000000000000003f84000001000001c0000000100000001f80700100110000c0000000100000001",
                0,
            ),
            (
                "0000fffe00000000000000000000080045000064000340002e849b32d3814808968cfeca1a30def5b1b6e45126793e53000300440a036e0a00000002000000001006000d4000000100000002000000b300010003f84000001000001c0000000100000001000700100110000c0000000100000001",
                0,
            ),
            (
                "000000010006000c29a52fab000008004502007c000040004084b58ec0a8018fc0a8018e1a30d055ae7164fc22b8c8560003005c8fe1087f0000000200000000100400134000000300000002000000000000000e78400000100000340000000200000001000700280110002400110001000000030110000c00000001000000020110000c0000000100000001",
                0,
            ),
        ],
        &[(
            numeric(3),
            &[
                "IP (tos 0x2,ECT(0), ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 72)\n    192.168.1.142.53333 > 192.168.1.143.6704: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 1498547998] [SID: 0] [SSEQ 0] [PPID 0x0] Invalid ForCES message type 21\n\n\t[0x0000:  1015 0006 0000 0002 4000 0003 0000 0000\n\t[0x0010:  be00 0001 f800 0000\n\t]",
                "IP (tos 0x2,ECT(0), ttl 64, id 0, offset 0, flags [DF], proto SCTP (132), length 80)\n    192.168.1.143.6704 > 192.168.1.142.33985: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 918167005] [SID: 0] [SSEQ 0] [PPID 0x0] \n\tForCES Event Notification \n\tForCES Version 1 len 32B flags 0x38100000 \n\tSrcID 0x40000003(CE) DstID 0x2(FE) Correlator 0x1\n\tForCES flags:\n\t  NoACK(0x0), prio=7, EMReserved(0x0),\n\t  Standalone(0x0), EndofTransaction(0x2)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n\tASResult TLV, length 8 (data length 4 Bytes)\n\t\ttruncated lfb selector: 8 bytes missing! \n\t[0x0000:  1005 0008 4000 0003 0000 0002 0000 0000\n\t[0x0010:  0000 0001 3810 0000 0010 0008 0000 0000\n\t]",
                "IP (tos 0x2,ECT(0), ttl 64, id 0, offset 0, flags [DF], proto SCTP (132), length 80)\n    192.168.1.143.6704 > 192.168.1.142.53333: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 2413889664] [SID: 0] [SSEQ 3] [PPID 0x0] \n\tForCES Association TearDown \n\tForCES Version 1 len 32B flags 0x3810b900 \n\tSrcID 0x40000003(CE) DstID 0x2(FE) Correlator 0x0\n\tForCES flags:\n\t  NoACK(0x0), prio=7, EMReserved(0x0),\n\t  Standalone(0x0), EndofTransaction(0x2)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0xb900\n\tASTreason TLV, length 8 (data length 4 Bytes)illegal ASTresult result code: 1375731712!\n\n\t[0x0000:  1002 0008 4000 0003 0000 0002 0000 0000\n\t[0x0010:  0000 0000 3810 b900 0011 0008 5200 0000\n\t]",
                "IP (tos 0x2,ECT(0), ttl 64, id 0, offset 0, flags [DF], proto SCTP (132), length 80)\n    192.168.1.143.6704 > 192.168.1.142.59807: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 3691296472] [SID: 0] [SSEQ 0] [PPID 0x0] \n\tForCES Association Response \n\tForCES Version 1 len 32B flags 0x38100000 \n\tSrcID 0x40000003(CE) DstID 0x2(FE) Correlator 0xfa00000002\n\tForCES flags:\n\t  NoACK(0x0), prio=7, EMReserved(0x0),\n\t  Standalone(0x0), EndofTransaction(0x2)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n\tASResult TLV, length 8 (data length 4 Bytes)illegal ASRresult result code: 4289921024!\n\n\t[0x0000:  1011 0008 4000 0003 0000 0002 0000 00fa\n\t[0x0010:  0000 0002 3810 0000 0010 0008 ffb3 0000\n\t]",
                "IP (tos 0x2,ECT(0), ttl 64, id 0, offset 0, flags [DF], proto SCTP (132), length 80)\n    192.168.1.143.6704 > 192.168.1.142.33985: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 918167008] [SID: 0] [SSEQ 3] [PPID 0x0] \n\tForCES Association TearDown \n\tForCES Version 1 len 32B flags 0x38100115 \n\tSrcID 0x40000003(CE) DstID 0x2(FE) Correlator 0x0\n\tForCES flags:\n\t  NoACK(0x0), prio=7, EMReserved(0x0),\n\t  Standalone(0x0), EndofTransaction(0x2)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x115\n\n\tInvalid ForCES Top TLV type=0x1611\n\t[0x0000:  1002 0008 4000 0003 0000 0002 0000 0000\n\t[0x0010:  0000 0000 3810 0115 1611 0008 0000 0000\n\t]",
                "IP (tos 0x2,ECT(0), ttl 64, id 0, offset 0, flags [DF], proto SCTP (132), length 72)\n    192.168.1.143.6706 > 192.168.1.142.57793: sctp[ForCES LP]\n\t1) [DATA] (B)(E) [TSN: 2244318879] [SID: 0] [SSEQ 8] [PPID 0x0] \n\tUnknown ForCES message type=0x12\n\t[0x0000:  1012 0006 4000 0003 0000 0002 0000 0000\n\t[0x0010:  0000 0009 c010 0000\n\t]",
                "IP (tos 0x0, ttl 46, id 3, offset 0, flags [DF], proto SCTP (132), length 100)\n    211.129.72.8.6704 > 150.140.254.202.57077: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 167996938] [SID: 0] [SSEQ 2] [PPID 0x0] \n\tForCES Query \n\tForCES Version 1 len 52B flags 0xf8400000 \n\tSrcID 0x40000001(CE) DstID 0xc0002(FE) Correlator 0xca03\n\tForCES flags:\n\t  AlwaysACK(0x3), prio=7, execute-all-or-none(0x1),\n\t  Standalone(0x0), StartofTransaction(0x0)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n\tLFBselect TLV, length 28 (data length 24 Bytes)\n         FEObj LFB(Classid 1) instance 1\n          Oper TLV  Get(0x7) length 16\n           PATH-DATA TLV, length 12 (data encapsulated 8 Bytes)\n            Pathdata: Flags 0x0 ID count 276\n\t\t\ttruncated IDs expected 1104B got 4B\n\t\t\tID Data[0x0000:  0000 0001]",
                "IP (tos 0x2,ECT(0), ttl 64, id 0, offset 0, flags [DF], proto SCTP (132), length 80)\n    192.168.1.143.6704 > 192.168.1.142.59807: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 3691296472] [SID: 0] [SSEQ 0] [PPID 0x0] \n\tForCES Association Response \n\tForCES Version 1 len 32B flags 0x38100000 \n\tSrcID 0x40000003(CE) DstID 0x1b000002(FE) Correlator 0x2\n\tForCES flags:\n\t  NoACK(0x0), prio=7, EMReserved(0x0),\n\t  Standalone(0x0), EndofTransaction(0x2)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n\tASResult TLV, length 5 (data length 1 Bytes)illegal ASRresult-TLV: 1 bytes!\n\n\t[0x0000:  1011 0008 4000 0003 1b00 0002 0000 0000\n\t[0x0010:  0000 0002 3810 0000 0010 0005 0000 0000\n\t]",
                "IP (tos 0x2,ECT(0), ttl 64, id 0, offset 0, flags [DF], proto SCTP (132), length 72)\n    192.168.1.143.6706 > 192.168.1.142.34521: sctp[ForCES LP]\n\t1) [DATA] (B)(E) [TSN: 1469124989] [SID: 0] [SSEQ 1] [PPID 0x0] \n\tForCES HeartBeat Illegal ForCES pkt len - min 24, total recvd 24, advertised 1088 \n\t[0x0000:  100f 0110 4000 0003 0000 0002 0000 0000\n\t[0x0010:  0000 0002 c010 0000\n\t]",
                "IP (tos 0x2,ECT(0), ttl 64, id 0, offset 0, flags [DF], proto SCTP (132), length 80)\n    192.168.1.143.6704 > 192.168.1.142.33985: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 918167008] [SID: 0] [SSEQ 3] [PPID 0x0] \n\tForCES Association TearDown \n\tForCES Version 1 len 32B flags 0x38100000 \n\tSrcID 0x40000003(CE) DstID 0x5(FE) Correlator 0x0\n\tForCES flags:\n\t  NoACK(0x0), prio=7, EMReserved(0x0),\n\t  Standalone(0x0), EndofTransaction(0x2)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n\tMess TopTLV header: min 4, total 8 advertised 276 \n\t[0x0000:  1002 0008 4000 0003 0000 0005 0000 0000\n\t[0x0010:  0000 0000 3810 0000 0011 0114 0000 0000\n\t]",
                "IP (tos 0x0, ttl 46, id 3, offset 0, flags [DF], proto SCTP (132), length 100)\n    211.129.72.8.6704 > 150.140.254.202.57077: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 167996938] [SID: 0] [SSEQ 2] [PPID 0x0] \n\tForCES Query \n\tForCES Version 1 len 52B flags 0xf8400000 \n\tSrcID 0x40000001(CE) DstID 0x2(FE) Correlator 0x3\n\tForCES flags:\n\t  AlwaysACK(0x3), prio=7, execute-all-or-none(0x1),\n\t  Standalone(0x0), StartofTransaction(0x0)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n\tLFBselect TLV, length 28 (data length 24 Bytes)\n         FEObj LFB(Classid 1) instance ffff\n          Oper TLV  Get(0x7) length 16\n\n\t\tMessy PATHDATA TLV header, type (0x110)\n\t\texcess of 4294967034 Bytes ",
                "IP (tos 0x2,ECT(0), ttl 64, id 0, offset 0, flags [DF], proto SCTP (132), length 80)\n    192.168.1.143.6704 > 192.168.1.142.33985: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 918167008] [SID: 0] [SSEQ 3] [PPID 0x0] \n\tForCES Association TearDown \n\tForCES Version 1 len 32B flags 0x38100000 \n\tSrcID 0x40000003(CE) DstID 0x2(FE) Correlator 0x0\n\tForCES flags:\n\t  NoACK(0x0), prio=7, EMReserved(0x0),\n\t  Standalone(0x0), EndofTransaction(0x2)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n\tASTreason TLV, length 8 (data length 4 Bytes)Teardown reason:\n         Unknown Teardown reason(9)\n         ",
                "IP (tos 0x2,ECT(0), ttl 64, id 0, offset 0, flags [DF], proto SCTP (132), length 80)\n    192.168.1.143.6704 > 192.168.1.142.33985: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 918167008] [SID: 0] [SSEQ 3] [PPID 0x0] \n\tForCES Association TearDown \n\tForCES Version 1 len 32B flags 0x38100000 \n\tSrcID 0x40000003(CE) DstID 0x2(FE) Correlator 0x1150000\n\tForCES flags:\n\t  NoACK(0x0), prio=7, EMReserved(0x0),\n\t  Standalone(0x0), EndofTransaction(0x2)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n\tASTreason TLV, length 5 (data length 1 Bytes)illegal ASTresult-TLV: 1 bytes!\n\n\t[0x0000:  1002 0008 4000 0003 0000 0002 0000 0000\n\t[0x0010:  0115 0000 3810 0000 0011 0005 0020 0000\n\t]",
                "IP (tos 0x0, ttl 46, id 3, offset 0, flags [DF], proto SCTP (132), length 100)\n    211.129.72.8.6704 > 150.140.254.202.57077: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 167996938] [SID: 0] [SSEQ 2] [PPID 0x0] \n\tForCES Query \n\tForCES Version 1 len 52B flags 0xf8400000 \n\tSrcID 0x40000001(CE) DstID 0x2(FE) Correlator 0x3\n\tForCES flags:\n\t  AlwaysACK(0x3), prio=7, execute-all-or-none(0x1),\n\t  Standalone(0x0), StartofTransaction(0x0)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n\tLFBselect TLV, length 28 (data length 24 Bytes)\n         FEObj LFB(Classid 1) instance 1\n\t\tINValid oper-TLV type 0x5 length 16 for this ForCES message\n         Data[\n         0x0000:  0005 0010 0110 000c 0000 0001 0000 0001\n         ]",
                "IP (tos 0x2,ECT(0), ttl 64, id 0, offset 0, flags [DF], proto SCTP (132), length 80)\n    192.168.1.143.6704 > 192.168.1.142.33985: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 918167005] [SID: 0] [SSEQ 0] [PPID 0x0] \n\tForCES HeartBeat \n\tForCES Version 1 len 32B flags 0x38100000 \n\tSrcID 0x40000003(CE) DstID 0x2(FE) Correlator 0x1\n\tForCES flags:\n\t  NoACK(0x0), prio=7, EMReserved(0x0),\n\t  Standalone(0x0), EndofTransaction(0x2)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n<0x1>Illegal Top level TLV!\n\n\t[0x0000:  100f 0008 4000 0003 0000 0002 0000 0000\n\t[0x0010:  0000 0001 3810 0000 0010 0008 0000 0000\n\t]",
                "IP (tos 0x0, ttl 46, id 3, offset 0, flags [DF], proto SCTP (132), length 100)\n    211.129.72.8.6704 > 150.140.254.202.57077: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 167996938] [SID: 0] [SSEQ 2] [PPID 0x0] \n\tForCES Query \n\tForCES Version 1 len 52B flags 0xf8400000 \n\tSrcID 0x40000001(CE) DstID 0x2(FE) Correlator 0x3\n\tForCES flags:\n\t  AlwaysACK(0x3), prio=7, execute-all-or-none(0x1),\n\t  Standalone(0x0), StartofTransaction(0x0)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n\tLFBselect TLV, length 28 (data length 24 Bytes)\n         FEObj LFB(Classid 1) instance 1\n\n\t\tMessy oper TLV header, type (0x7)\n\t\texcess of 4294967251 Bytes \n\t[0x0000:  1004 000d 4000 0001 0000 0002 0000 0000\n\t[0x0010:  0000 0003 f840 0000 1000 001c 0000 0001\n\t[0x0020:  0000 0001 0007 003d 0110 000c 0111 0001\n\t[0x0030:  0000 0001\n\t]",
                "IP (tos 0x0, ttl 46, id 5, offset 0, flags [DF], proto SCTP (132), length 112)\n    211.129.72.8.6704 > 150.140.254.202.57077: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 167996940] [SID: 0] [SSEQ 4] [PPID 0x0] \n\tForCES Config \n\tForCES Version 1 len 64B flags 0xf8400000 \n\tSrcID 0x40000001(CE) DstID 0x2(FE) Correlator 0x5\n\tForCES flags:\n\t  AlwaysACK(0x3), prio=7, execute-all-or-none(0x1),\n\t  Standalone(0x0), StartofTransaction(0x0)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n\tLFBselect TLV, length 40 (data length 36 Bytes)\n         #3(Classid 3) instance 1\n          Oper TLV  SetProp(0x2) length 28\n           PATH-DATA TLV, length 24 (data encapsulated 20 Bytes)\n            Pathdata: Flags 0x0 ID count 2\n            ID#01: 60\n            ID#02: 2\nInvalid path data content type 0x115 len 8\nBad Data val\n\t  [0x0000:  0115 0008 0000 0001]",
                "IP (tos 0x0, ttl 46, id 6, offset 0, flags [DF], proto SCTP (132), length 112)\n    211.129.72.8.6704 > 150.140.254.202.57077: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 167996941] [SID: 0] [SSEQ 5] [PPID 0x0] \n\tForCES Config \n\tForCES Version 1 len 64B flags 0xf8400000 \n\tSrcID 0x40000001(CE) DstID 0x2(FE) Correlator 0x6\n\tForCES flags:\n\t  AlwaysACK(0x3), prio=7, execute-all-or-none(0x1),\n\t  Standalone(0x0), StartofTransaction(0x0)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n\tLFBselect TLV, length 40 (data length 36 Bytes)\n         #3(Classid 3) instance 1\n          Oper TLV  SetProp(0x2) length 28\n           PATH-DATA TLV, length 24 (data encapsulated 20 Bytes)\n            Pathdata: Flags 0x0 ID count 2\n            ID#01: 17891388\n            ID#02: 65535\nxLV too short Outstanding bytes 8 for TLV type 0x112 TLV len 1\nBad Data val\n\t  [0x0000:  0112 0001 0000 0001]",
                "IP (tos 0x0, ttl 46, id 3, offset 0, flags [DF], proto SCTP (132), length 100)\n    211.129.72.8.6704 > 150.140.254.202.57077: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 167996938] [SID: 0] [SSEQ 2] [PPID 0x0] \n\tForCES Query \n\tForCES Version 1 len 52B flags 0xf8400000 \n\tSrcID 0x40000001(CE) DstID 0x2(FE) Correlator 0x83\n\tForCES flags:\n\t  AlwaysACK(0x3), prio=7, execute-all-or-none(0x1),\n\t  Standalone(0x0), StartofTransaction(0x0)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n\tLFBselect TLV, length 28 (data length 24 Bytes)\n         FEObj LFB(Classid 1) instance 1\n          Oper TLV  Get(0x7) length 16\n           PATH-DATA TLV, length 12 (data encapsulated 8 Bytes)\n            Pathdata: Flags 0x113 ID count 1\n\t\t\tIllegal to have both Table ranges and keys",
                "IP (tos 0x2,ECT(0), ttl 64, id 0, offset 0, flags [DF], proto SCTP (132), length 128)\n    192.168.1.143.6704 > 192.168.1.142.33985: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 918167007] [SID: 0] [SSEQ 2] [PPID 0x0] \n\tForCES Packet Redirect \n\tForCES Version 1 len 80B flags 0xf8500000 \n\tSrcID 0x40000003(CE) DstID 0x2(FE) Correlator 0x5\n\tForCES flags:\n\t  AlwaysACK(0x3), prio=7, execute-all-or-none(0x1),\n\t  Standalone(0x0), EndofTransaction(0x2)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n\tLFBselect TLV, length 28 (data length 24 Bytes)Unknown REDIRECT TLV 0x0 len 12\nUnknown REDIRECT TLV 0x110 len 12\n\tLFBselect TLV, length 28 (data length 24 Bytes)Unknown REDIRECT TLV 0x0 len 10\nUnknown REDIRECT TLV 0x110 len 12",
                "IP (tos 0x0, ttl 46, id 3, offset 0, flags [DF], proto SCTP (132), length 100)\n    211.129.72.8.6704 > 150.140.254.202.57077: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 167996938] [SID: 0] [SSEQ 2] [PPID 0x0] \n\tForCES Query \n\tForCES Version 1 len 52B flags 0xf8400000 \n\tSrcID 0x40000001(CE) DstID 0xe502(FE) Correlator 0x116\n\tForCES flags:\n\t  AlwaysACK(0x3), prio=7, execute-all-or-none(0x1),\n\t  Standalone(0x0), StartofTransaction(0x0)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n\tLFBselect TLV, length 28 (data length 24 Bytes)\n         FEObj LFB(Classid 1) instance 1\n          Oper TLV  Get(0x7) length 16\n           PATH-DATA TLV, length 12 (data encapsulated 8 Bytes)\n            Pathdata: Flags 0x1a ID count 1\n            ID#01: 1\npathlength 0 with key/range too short 12",
                "IP (tos 0x0, ttl 46, id 4, offset 0, flags [DF], proto SCTP (132), length 112)\n    211.129.72.8.6704 > 150.140.254.202.57077: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 167996939] [SID: 0] [SSEQ 3] [PPID 0x0] \n\tForCES Config \n\tForCES Version 1 len 64B flags 0xf8400000 \n\tSrcID 0x40000001(CE) DstID 0x2(FE) Correlator 0x4\n\tForCES flags:\n\t  AlwaysACK(0x3), prio=7, execute-all-or-none(0x1),\n\t  Standalone(0x0), StartofTransaction(0x0)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n\tLFBselect TLV, length 40 (data length 36 Bytes)\n         #3(Classid 3) instance 1\n          Oper TLV  Del(0x5) length 28\n           PATH-DATA TLV, length 24 (data encapsulated 20 Bytes)\n            Pathdata: Flags 0x0 ID count 2\n            ID#01: 60\n            ID#02: 18153473\n              FULLDATA TLV (Length 8 DataLen 4 Bytes)\nIllegal DATA encoding for type 0x112 programmed 1 got 0\n               [\n               0x0000:  0000 0001\n               ]",
                "IP (tos 0x2,ECT(0), ttl 64, id 0, offset 0, flags [DF], proto SCTP (132), length 80)\n    192.168.1.143.6704 > 192.168.1.142.53333: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 2413889664] [SID: 0] [SSEQ 3] [PPID 0x0] \n\tForCES Packet Redirect \n\tForCES Version 1 len 32B flags 0x38100000 \n\tSrcID 0x40000003(CE) DstID 0x2(FE) Correlator 0x0\n\tForCES flags:\n\t  NoACK(0x0), prio=7, EMReserved(0x0),\n\t  Standalone(0x0), EndofTransaction(0x2)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n\tASTreason TLV, length 8 (data length 4 Bytes)\n\t\ttruncated Redirect TLV: 4 bytes missing! \n\t[0x0000:  1006 0008 4000 0003 0000 0002 0000 0000\n\t[0x0010:  0000 0000 3810 0000 0011 0008 0000 0000\n\t]",
                "IP (tos 0x0, ttl 46, id 5, offset 0, flags [DF], proto SCTP (132), length 112)\n    211.129.72.8.6704 > 150.140.254.202.57077: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 167996940] [SID: 0] [SSEQ 4] [PPID 0x0] \n\tForCES Config \n\tForCES Version 1 len 64B flags 0xf8400000 \n\tSrcID 0x40000001(CE) DstID 0x2(FE) Correlator 0x5\n\tForCES flags:\n\t  AlwaysACK(0x3), prio=7, execute-all-or-none(0x1),\n\t  Standalone(0x0), StartofTransaction(0x0)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n\tLFBselect TLV, length 40 (data length 36 Bytes)\n         #38915(Classid 9803) instance 1\n          Oper TLV  SetProp(0x2) length 28\n           PATH-DATA TLV, length 24 (data encapsulated 20 Bytes)\n            Pathdata: Flags 0x0 ID count 2\n            ID#01: 60\n            ID#02: 2\n              SPARSEDATA TLV (Length 8 DataLen 4 Bytes)\nError: BAD SPARSEDATA-TLV!",
                "IP (tos 0x0, ttl 46, id 3, offset 0, flags [DF], proto SCTP (132), length 100)\n    211.129.72.8.6704 > 150.140.254.202.57077: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 167996938] [SID: 0] [SSEQ 2] [PPID 0x0] \n\tForCES Query \n\tForCES Version 1 len 52B flags 0xf8400000 \n\tSrcID 0x40000001(CE) DstID 0x2(FE) Correlator 0x3\n\tForCES flags:\n\t  AlwaysACK(0x3), prio=7, execute-all-or-none(0x1),\n\t  Standalone(0x0), StartofTransaction(0x0)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n\tLFBselect TLV, length 28 (data length 24 Bytes)\n         FEObj LFB(Classid 1) instance 1\n          Oper TLV  Get(0x7) length 16\n           PATH-DATA TLV, length 12 (data encapsulated 8 Bytes)\n            Pathdata: Flags 0x115 ID count 1\n            TABLE APPEND\n            ID#01: 1\npathlength 0 with key/range too short 12",
                "IP (tos 0x0, ttl 46, id 4, offset 0, flags [DF], proto SCTP (132), length 112)\n    211.129.72.8.6704 > 150.140.254.202.57077: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 167996939] [SID: 0] [SSEQ 3] [PPID 0x0] \n\tForCES Config \n\tForCES Version 1 len 64B flags 0xf8400000 \n\tSrcID 0x40000001(CE) DstID 0xea30002(FE) Correlator 0x4\n\tForCES flags:\n\t  AlwaysACK(0x3), prio=7, execute-all-or-none(0x1),\n\t  Standalone(0x0), StartofTransaction(0x0)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n\tLFBselect TLV, length 40 (data length 36 Bytes)\n         #3(Classid 3) instance 1\n          Oper TLV  SetProp(0x2) length 28\n           PATH-DATA TLV, length 24 (data encapsulated 20 Bytes)\n            Pathdata: Flags 0x0 ID count 2\n            ID#01: 60\n            ID#02: 1\n              KEYINFO TLV (Length 8 DataLen 4 Bytes)\nIllegal DATA encoding for type 0x111 programmed 0 got 3\n              Keyinfo: Key 0x1\n [|forces]",
                "IP (tos 0x0, ttl 46, id 3, offset 0, flags [DF], proto SCTP (132), length 100)\n    211.129.72.8.6704 > 150.140.254.202.57077: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 167996938] [SID: 0] [SSEQ 2] [PPID 0x0] \n\tForCES Query \n\tForCES Version 1 len 52B flags 0xf8400000 \n\tSrcID 0x40000001(CE) DstID 0x2(FE) Correlator 0x3\n\tForCES flags:\n\t  AlwaysACK(0x3), prio=7, execute-all-or-none(0x1),\n\t  Standalone(0x0), StartofTransaction(0x0)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n\tLFBselect TLV, length 28 (data length 24 Bytes)\n         #-1056964607(Classid c1000001) instance 1\n          Oper TLV  Get(0x7) length 9\n\t\tOper TLV  Get(0x7) length 9\n\t\tTruncated data size 5 minimum required 8\n         Data[\n         0x0000:  0110 000c 00\n         ]\n\n\t\tMessy oper TLV header, type (0x0)\n\t\texcess of 3 Bytes \n\t[0x0000:  1004 000d 4000 0001 0000 0002 0000 0000\n\t[0x0010:  0000 0003 f840 0000 1000 001c c100 0001\n\t[0x0020:  0000 0001 0007 0009 0110 000c 0008 0001\n\t[0x0030:  0000 0001\n\t]",
                "IP (tos 0x2,ECT(0), ttl 64, id 6, offset 0, flags [DF], proto SCTP (132), length 144)\n    192.168.1.142.33985 > 192.168.1.143.6704: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 3848071495] [SID: 0] [SSEQ 1] [PPID 0x0] \n\tForCES Config Response \n\tForCES Version 1 len 96B flags 0x38500000 \n\tSrcID 0x2(FE) DstID 0x40000003(CE) Correlator 0x4\n\tForCES flags:\n\t  NoACK(0x0), prio=7, execute-all-or-none(0x1),\n\t  Standalone(0x0), EndofTransaction(0x2)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n\tLFBselect TLV, length 36 (data length 32 Bytes)\n         #12(Classid c) instance 1\n          Oper TLV  SetResp(0x3) length 24\n           PATH-DATA TLV, length 20 (data encapsulated 16 Bytes)\n            Pathdata: Flags 0x0 ID count 1\n            ID#01: 1\n              RESULT TLV (Length 8 DataLen 4 Bytes)\n                Result: SUCCESS (code 0x0)\n\tLFBselect TLV, length 36 (data length 32 Bytes)\n         #10(Classid a) instance 1\n          Oper TLV  SetResp(0x3) length 24\n           PATH-DATA TLV, length 20 (data encapsulated 16 Bytes)\n            Pathdata: Flags 0x0 ID count 1\n            ID#01: 1\n              RESULT TLV (Length 8 DataLen 4 Bytes)\nillegal reserved result code: 0xf4!",
                "IP (tos 0x0, ttl 46, id 3, offset 0, flags [DF], proto SCTP (132), length 100)\n    211.129.72.8.6704 > 150.140.254.202.57077: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 167996938] [SID: 0] [SSEQ 2] [PPID 0x0] \n\tForCES Query \n\tForCES Version 1 len 52B flags 0xf8400000 \n\tSrcID 0x40000001(CE) DstID 0x2(FE) Correlator 0x3\n\tForCES flags:\n\t  AlwaysACK(0x3), prio=7, execute-all-or-none(0x1),\n\t  Standalone(0x0), StartofTransaction(0x0)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n\tLFBselect TLV, length 28 (data length 24 Bytes)\n         FEObj LFB(Classid 1) instance 1\n          Oper TLV Invalid OPTLV(0xf807) length 16\n          Data[\n          0x0000:  0110 000c 0000 0001 0000 0001\n          ]",
                "IP (tos 0x0, ttl 46, id 3, offset 0, flags [DF], proto SCTP (132), length 100)\n    211.129.72.8.6704 > 150.140.254.202.57077: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 167996938] [SID: 0] [SSEQ 2] [PPID 0x0] \n\tForCES Packet Redirect \n\tForCES Version 1 len 52B flags 0xf8400000 \n\tSrcID 0x40000001(CE) DstID 0x2(FE) Correlator 0xb300010003\n\tForCES flags:\n\t  AlwaysACK(0x3), prio=7, execute-all-or-none(0x1),\n\t  Standalone(0x0), StartofTransaction(0x0)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n\tLFBselect TLV, length 28 (data length 24 Bytes)Bad Redirect data\n\n\t\tMessy Redirect TLV header, type (0x0)\n\t\texcess of 23 Bytes \n\t[0x0000:  1006 000d 4000 0001 0000 0002 0000 00b3\n\t[0x0010:  0001 0003 f840 0000 1000 001c 0000 0001\n\t[0x0020:  0000 0001 0007 0010 0110 000c 0000 0001\n\t[0x0030:  0000 0001\n\t]",
                "IP (tos 0x2,ECT(0), ttl 64, id 0, offset 0, flags [DF], proto SCTP (132), length 124)\n    192.168.1.143.6704 > 192.168.1.142.53333: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 2413889663] [SID: 0] [SSEQ 2] [PPID 0x0] \n\tForCES Query \n\tForCES Version 1 len 76B flags 0x78400000 \n\tSrcID 0x40000003(CE) DstID 0x2(FE) Correlator 0xe\n\tForCES flags:\n\t  SuccessACK(0x1), prio=7, execute-all-or-none(0x1),\n\t  Standalone(0x0), StartofTransaction(0x0)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n\tLFBselect TLV, length 52 (data length 48 Bytes)\n         FEProtoObj LFB(Classid 2) instance 1\n          Oper TLV  Get(0x7) length 40\n           PATH-DATA TLV, length 36 (data encapsulated 32 Bytes)\n            Pathdata: Flags 0x11 ID count 1\n            ID#01: 3\nkey content length 1 < 4",
            ],
        )],
    );
}
