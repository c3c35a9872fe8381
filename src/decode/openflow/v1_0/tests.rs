//! Golden lines from tcpdump 4.99.3 (-n -S -t at the -v level each test
//! names) for OpenFlow 1.0 messages from its suite captures, whole and cut.

use crate::decode::openflow::golden_absolute;

/// A queue configuration reply: port 1, eight queues each with a NONE property.
const QUEUE_CONFIG_REPLY: &str = "000c29f669aa00255cab0c07080045a000c429bf40004006b51cac100165ac100133f30d19e99c1da3d3ee4cef1580180b548b7700000101080a00000001867ed14c011500900000000800010000000000000000000000100000000000080000000000000001001000000000000800000000000000020010000000000008000000000000000300100000000000080000000000000004001000000000000800000000000000050010000000000008000000000000000600100000000000080000000000000007001000000000000800000000";

/// Big Switch Networks vendor messages and a barrier request.
const BSN_VENDOR: &str = "00000c9ff001f23c9184f11d08004500008ced1a4000400613946d4acaa85896a93419fd1294cbfbdf4d2e263afe801800f33a3c00000101080a232e352d0302fa190104001400000006005c16c700000003010000000104001400000007005c16c700000004000000000104001400000008005c16c700000003000000000104001400000009005c16c70000000400000000011200080000000a";

/// A packet-out carrying a 60-byte frame, then a barrier request.
const PACKET_OUT: &str = "0001e88ae0e4b09928c8d646080045000090cf834000400656800a0000140a00005119e9db044773364b1c0323298018014b14e700000101080a02d9f0db00000003010d005400000044fffffffffffd0008000000080001ffff6162636465666768000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000112000800000045";

/// A set-config and a flow mod in one segment; the flow mod's body is
/// printed the same at -v and -vv.
const FLOW_MOD: &str = "089e0162d5f5b09928c8d646080045000088030e40004006231d0a0000140a00003219e989b81d4d8854ea4527168018009a14c000000101080a0d2b8f3d0b9dc5350109000c000000030000ffff010e004800000004003fffff00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000003000000000000ffffffffffff0000";

/// tcpdump's text for FLOW_MOD whole.
const FLOW_MOD_WHOLE: &str = "IP (tos 0x0, ttl 64, id 782, offset 0, flags [DF], proto TCP (6), length 136)
    10.0.0.20.6633 > 10.0.0.50.35256: Flags [P.], cksum 0x14c0 (incorrect -> 0x96f3), seq 491620436:491620520, ack 3930400534, win 154, options [nop,nop,TS val 220958525 ecr 194889013], length 84: OpenFlow
	version 1.0, type SET_CONFIG, length 12, xid 0x00000003
	 flags FRAG_NORMAL, miss_send_len 65535
	version 1.0, type FLOW_MOD, length 72, xid 0x00000004
	 cookie 0x0000000000000000, command DELETE, out_port NONE, flags 0x0000";

/// tcpdump's text for FLOW_MOD cut anywhere inside the flow mod (the TCP
/// checksum is no longer checked).
const FLOW_MOD_CUT: &str = "IP (tos 0x0, ttl 64, id 782, offset 0, flags [DF], proto TCP (6), length 136)
    10.0.0.20.6633 > 10.0.0.50.35256: Flags [P.], seq 491620436:491620520, ack 3930400534, win 154, options [nop,nop,TS val 220958525 ecr 194889013], length 84: OpenFlow
	version 1.0, type SET_CONFIG, length 12, xid 0x00000003
	 flags FRAG_NORMAL, miss_send_len 65535
	version 1.0, type FLOW_MOD, length 72, xid 0x00000004 [|openflow]";

/// Flow mod and removed, errors, aggregate and queue statistics, queue
/// configuration and statistics requests at -vv; cuts inside a flow mod
/// and a queue configuration reply.
#[test]
fn of10_flows_errors_stats_vv() {
    golden_absolute(2,
            &[
            (
                FLOW_MOD,
                0,
                FLOW_MOD_WHOLE,
            ),
            (
                FLOW_MOD,
                100,
                FLOW_MOD_CUT,
            ),
            (
                FLOW_MOD,
                130,
                FLOW_MOD_CUT,
            ),
            (
                "b09928c8d646089e0162d5f508004500008cd8d1400040064d550a0000320a00001489b819e9ea4527161d4d91008018016cba5c00000101080a0b9dc5640d2b8f44010b0058000000000038200f000000000000000000000000000000000000080000110000000000000000000000440043000000000000000fa8c702000000007a000000000000000000000000000000000000000000000000",
                0,
                "IP (tos 0x0, ttl 64, id 55505, offset 0, flags [DF], proto TCP (6), length 140)
    10.0.0.50.35256 > 10.0.0.20.6633: Flags [P.], cksum 0xba5c (correct), seq 3930400534:3930400622, ack 491622656, win 364, options [nop,nop,TS val 194889060 ecr 220958532], length 88: OpenFlow
	version 1.0, type FLOW_REMOVED, length 88, xid 0x00000000
	 match dl_type 0x0800
	 match nw_proto 17
	 match tp_src 68
	 match tp_dst 67
	 cookie 0x000000000000000f, priority 43207, reason DELETE, duration_sec 122, duration_nsec 0, packet_count 0, byte_count 0",
            ),
            (
                "b09928c8d646089e0162d5f5080045000080d8e3400040064d4f0a0000320a00001489b819e9ea452cfa1d4d91008018016c90e500000101080a0b9dc5650d2b8ff90101004c0000001000020002010e009000000010003820fe000400000000000000000000000000000000000000000000000000000000000000000000000000000000000b000000000000d427",
                0,
                "IP (tos 0x0, ttl 64, id 55523, offset 0, flags [DF], proto TCP (6), length 128)
    10.0.0.50.35256 > 10.0.0.20.6633: Flags [P.], cksum 0x90e5 (correct), seq 3930402042:3930402118, ack 491622656, win 364, options [nop,nop,TS val 194889061 ecr 220958713], length 76: OpenFlow
	version 1.0, type ERROR, length 76, xid 0x00000010
	 type BAD_ACTION, code BAD_VENDOR
	 data (64 octets)
	  0x0000:  010e 0090 0000 0010 0038 20fe 0004 0000  .........8......
	  0x0010:  0000 0000 0000 0000 0000 0000 0000 0000  ................
	  0x0020:  0000 0000 0000 0000 0000 0000 0000 0000  ................
	  0x0030:  0000 0000 0000 000b 0000 0000 0000 d427  ...............'",
            ),
            (
                "b09928c8d646089e0162d5f5080045000058d8e8400040064d720a0000320a00001489b819e9ea45381e1d4d91008018016c7cfd00000101080a0b9dc5670d2b8ff9011100240000001e00020000000000000000000000000000000000000000001100000000",
                0,
                "IP (tos 0x0, ttl 64, id 55528, offset 0, flags [DF], proto TCP (6), length 88)
    10.0.0.50.35256 > 10.0.0.20.6633: Flags [P.], cksum 0x7cfd (correct), seq 3930404894:3930404930, ack 491622656, win 364, options [nop,nop,TS val 194889063 ecr 220958713], length 36: OpenFlow
	version 1.0, type STATS_REPLY, length 36, xid 0x0000001e
	 type AGGREGATE, flags 0x0000
	 packet_count 0, byte_count 0, flow_count 17",
            ),
            (
                "b09928c8d646089e0162d5f5080045000040d8ee400040064d840a0000320a00001489b819e9ea454e221d4d91008018016c672c00000101080a0b9dc5670d2b90010111000c0000002100050000",
                0,
                "IP (tos 0x0, ttl 64, id 55534, offset 0, flags [DF], proto TCP (6), length 64)
    10.0.0.50.35256 > 10.0.0.20.6633: Flags [P.], cksum 0x672c (correct), seq 3930410530:3930410542, ack 491622656, win 364, options [nop,nop,TS val 194889063 ecr 220958721], length 12: OpenFlow
	version 1.0, type STATS_REPLY, length 12, xid 0x00000021
	 type QUEUE, flags 0x0000",
            ),
            (
                QUEUE_CONFIG_REPLY,
                0,
                "IP (tos 0xa0, ttl 64, id 10687, offset 0, flags [DF], proto TCP (6), length 196)
    172.16.1.101.62221 > 172.16.1.51.6633: Flags [P.], cksum 0x8b77 (correct), seq 2619188179:2619188323, ack 3998019349, win 2900, options [nop,nop,TS val 1 ecr 2256458060], length 144: OpenFlow
	version 1.0, type QUEUE_GET_CONFIG_REPLY, length 144, xid 0x00000008
	 port 1
	  queue_id 0, len 16
	   property NONE, len 8
	  queue_id 1, len 16
	   property NONE, len 8
	  queue_id 2, len 16
	   property NONE, len 8
	  queue_id 3, len 16
	   property NONE, len 8
	  queue_id 4, len 16
	   property NONE, len 8
	  queue_id 5, len 16
	   property NONE, len 8
	  queue_id 6, len 16
	   property NONE, len 8
	  queue_id 7, len 16
	   property NONE, len 8",
            ),
            (
                QUEUE_CONFIG_REPLY,
                150,
                "IP (tos 0xa0, ttl 64, id 10687, offset 0, flags [DF], proto TCP (6), length 196)
    172.16.1.101.62221 > 172.16.1.51.6633: Flags [P.], seq 2619188179:2619188323, ack 3998019349, win 2900, options [nop,nop,TS val 1 ecr 2256458060], length 144: OpenFlow
	version 1.0, type QUEUE_GET_CONFIG_REPLY, length 144, xid 0x00000008
	 port 1
	  queue_id 0, len 16
	   property NONE, len 8
	  queue_id 1, len 16
	   property NONE, len 8
	  queue_id 2, len 16
	   property NONE, len 8
	  queue_id 3, len 16
	   property NONE, len 8
	  queue_id 4 [|openflow]",
            ),
            (
                QUEUE_CONFIG_REPLY,
                190,
                "IP (tos 0xa0, ttl 64, id 10687, offset 0, flags [DF], proto TCP (6), length 196)
    172.16.1.101.62221 > 172.16.1.51.6633: Flags [P.], seq 2619188179:2619188323, ack 3998019349, win 2900, options [nop,nop,TS val 1 ecr 2256458060], length 144: OpenFlow
	version 1.0, type QUEUE_GET_CONFIG_REPLY, length 144, xid 0x00000008
	 port 1
	  queue_id 0, len 16
	   property NONE, len 8
	  queue_id 1, len 16
	   property NONE, len 8
	  queue_id 2, len 16
	   property NONE, len 8
	  queue_id 3, len 16
	   property NONE, len 8
	  queue_id 4, len 16
	   property NONE, len 8
	  queue_id 5, len 16
	   property NONE, len 8
	  queue_id 6, len 16
	   property NONE, len 8 [|openflow]",
            ),
            (
                "00255cab0c07000c29f669aa0800450000483ea140004006a156ac100133ac10016519e9f30dee4ceee19c1d9f9f8018007a5af300000101080a867ed121000000010110000c00000006000000000112000800000007",
                0,
                "IP (tos 0x0, ttl 64, id 16033, offset 0, flags [DF], proto TCP (6), length 72)
    172.16.1.51.6633 > 172.16.1.101.62221: Flags [P.], cksum 0x5af3 (incorrect -> 0x9ba7), seq 3998019297:3998019317, ack 2619187103, win 122, options [nop,nop,TS val 2256458017 ecr 1], length 20: OpenFlow
	version 1.0, type STATS_REQUEST, length 12, xid 0x00000006
	 type DESC, flags 0x0000
	version 1.0, type BARRIER_REQUEST, length 8, xid 0x00000007",
            ),
            ],
        );
}

/// Big Switch Networks vendor messages and statistics at -vv, whole and cut.
#[test]
fn of10_bsn_vendor_vv() {
    golden_absolute(2,
            &[
            (
                BSN_VENDOR,
                0,
                "IP (tos 0x0, ttl 64, id 60698, offset 0, flags [DF], proto TCP (6), length 140)
    109.74.202.168.6653 > 88.150.169.52.4756: Flags [P.], cksum 0x3a3c (incorrect -> 0x41fa), seq 3422281549:3422281637, ack 774257406, win 243, options [nop,nop,TS val 590230829 ecr 50526745], length 88: OpenFlow
	version 1.0, type VENDOR, length 20, xid 0x00000006, vendor 0x005c16c7 (Big Switch Networks)
	 subtype SET_MIRRORING, report_mirror_ports ON
	version 1.0, type VENDOR, length 20, xid 0x00000007, vendor 0x005c16c7 (Big Switch Networks)
	 subtype GET_MIRRORING_REQUEST, report_mirror_ports OFF
	version 1.0, type VENDOR, length 20, xid 0x00000008, vendor 0x005c16c7 (Big Switch Networks)
	 subtype SET_MIRRORING, report_mirror_ports OFF
	version 1.0, type VENDOR, length 20, xid 0x00000009, vendor 0x005c16c7 (Big Switch Networks)
	 subtype GET_MIRRORING_REQUEST, report_mirror_ports OFF
	version 1.0, type BARRIER_REQUEST, length 8, xid 0x0000000a",
            ),
            (
                BSN_VENDOR,
                120,
                "IP (tos 0x0, ttl 64, id 60698, offset 0, flags [DF], proto TCP (6), length 140)
    109.74.202.168.6653 > 88.150.169.52.4756: Flags [P.], seq 3422281549:3422281637, ack 774257406, win 243, options [nop,nop,TS val 590230829 ecr 50526745], length 88: OpenFlow
	version 1.0, type VENDOR, length 20, xid 0x00000006, vendor 0x005c16c7 (Big Switch Networks)
	 subtype SET_MIRRORING, report_mirror_ports ON
	version 1.0, type VENDOR, length 20, xid 0x00000007, vendor 0x005c16c7 (Big Switch Networks)
	 subtype GET_MIRRORING_REQUEST, report_mirror_ports OFF
	version 1.0, type VENDOR, length 20, xid 0x00000008, vendor 0x005c16c7 (Big Switch Networks) [|openflow]",
            ),
            (
                "f23c9184f11d8478ac0d8f41080045000048c15f4000370648935896a9346d4acaa8129419fd2e263afecbfbdfa5801800738c5900000101080a0302fa1b232e352d0104001400000007005c16c70000000501000000",
                0,
                "IP (tos 0x0, ttl 55, id 49503, offset 0, flags [DF], proto TCP (6), length 72)
    88.150.169.52.4756 > 109.74.202.168.6653: Flags [P.], cksum 0x8c59 (correct), seq 774257406:774257426, ack 3422281637, win 115, options [nop,nop,TS val 50526747 ecr 590230829], length 20: OpenFlow
	version 1.0, type VENDOR, length 20, xid 0x00000007, vendor 0x005c16c7 (Big Switch Networks)
	 subtype GET_MIRRORING_REPLY, report_mirror_ports ON",
            ),
            (
                "f23c9184f11d8478ac0d8f4108004500004cc16b4000370648835896a9346d4acaa8129419fd2e263daacbfbe2338018007b4da300000101080a0302fa42232e355c010400180000001f005c16c70000000203000000ff003800",
                0,
                "IP (tos 0x0, ttl 55, id 49515, offset 0, flags [DF], proto TCP (6), length 76)
    88.150.169.52.4756 > 109.74.202.168.6653: Flags [P.], cksum 0x4da3 (correct), seq 774258090:774258114, ack 3422282291, win 123, options [nop,nop,TS val 50526786 ecr 590230876], length 24: OpenFlow
	version 1.0, type VENDOR, length 24, xid 0x0000001f, vendor 0x005c16c7 (Big Switch Networks)
	 subtype GET_IP_MASK_REPLY, index 3, mask 255.0.56.0",
            ),
            (
                "f23c9184f11d8478ac0d8f41080045000050c16c40003706487e5896a9346d4acaa8129419fd2e263dc2cbfbe2338018007b863200000101080a0302fa4b232e35680104001400000020005c16c700000008fffffffe0113000800000024",
                0,
                "IP (tos 0x0, ttl 55, id 49516, offset 0, flags [DF], proto TCP (6), length 80)
    88.150.169.52.4756 > 109.74.202.168.6653: Flags [P.], cksum 0x8632 (correct), seq 774258114:774258142, ack 3422282291, win 123, options [nop,nop,TS val 50526795 ecr 590230888], length 28: OpenFlow
	version 1.0, type VENDOR, length 20, xid 0x00000020, vendor 0x005c16c7 (Big Switch Networks)
	 subtype SHELL_STATUS, status 0xfffffffe
	version 1.0, type BARRIER_REPLY, length 8, xid 0x00000024",
            ),
            ],
        );
}

/// At -v queue properties are not printed.
#[test]
fn of10_port_details_hidden_v() {
    golden_absolute(1,
            &[
            (
                FLOW_MOD,
                0,
                FLOW_MOD_WHOLE,
            ),
            (
                QUEUE_CONFIG_REPLY,
                0,
                "IP (tos 0xa0, ttl 64, id 10687, offset 0, flags [DF], proto TCP (6), length 196)
    172.16.1.101.62221 > 172.16.1.51.6633: Flags [P.], cksum 0x8b77 (correct), seq 2619188179:2619188323, ack 3998019349, win 2900, options [nop,nop,TS val 1 ecr 2256458060], length 144: OpenFlow
	version 1.0, type QUEUE_GET_CONFIG_REPLY, length 144, xid 0x00000008
	 port 1
	  queue_id 0, len 16
	  queue_id 1, len 16
	  queue_id 2, len 16
	  queue_id 3, len 16
	  queue_id 4, len 16
	  queue_id 5, len 16
	  queue_id 6, len 16
	  queue_id 7, len 16",
            ),
            ],
        );
}

/// At -vvvv a packet-in's frame is decoded at -v, whole and cut.
#[test]
fn of10_packet_in_frame_vvvv() {
    golden_absolute(4,
            &[
            (
                PACKET_OUT,
                0,
                "IP (tos 0x0, ttl 64, id 53123, offset 0, flags [DF], proto TCP (6), length 144)
    10.0.0.20.6633 > 10.0.0.81.56068: Flags [P.], cksum 0x14e7 (incorrect -> 0x2671), seq 1198732875:1198732967, ack 469967657, win 331, options [nop,nop,TS val 47837403 ecr 3], length 92: OpenFlow
	version 1.0, type PACKET_OUT, length 84, xid 0x00000044
	 buffer_id 0xffffffff, in_port CONTROLLER
	 action type OUTPUT, len 8, port 1
	 data (60 octets), frame decoding below
 [|llc]
	version 1.0, type BARRIER_REQUEST, length 8, xid 0x00000045",
            ),
            (
                PACKET_OUT,
                140,
                "IP (tos 0x0, ttl 64, id 53123, offset 0, flags [DF], proto TCP (6), length 144)
    10.0.0.20.6633 > 10.0.0.81.56068: Flags [P.], seq 1198732875:1198732967, ack 469967657, win 331, options [nop,nop,TS val 47837403 ecr 3], length 92: OpenFlow
	version 1.0, type PACKET_OUT, length 84, xid 0x00000044
	 buffer_id 0xffffffff, in_port CONTROLLER
	 action type OUTPUT, len 8, port 1
	 data (60 octets), frame decoding below
 [|llc] [|llc]",
            ),
            ],
        );
}
