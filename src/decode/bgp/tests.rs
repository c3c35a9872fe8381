//! Golden lines from tcpdump 4.99.3 (`tcpdump -t -n -v`, -vv where the
//! case says) for BGP messages whole and cut short: synthetic messages of
//! each kind, a segment of several messages after junk, and frames of
//! tcpdump's own out-of-bounds-read captures (bgp_*-oobr), whose fields
//! point past the message into a capture that ends early.

use crate::decode::Printer;
use crate::decode::tests::numeric;
use crate::link::LinkType;
use crate::packet::Packet;

/// Each (captured bytes in hex, wire length, tcpdump's text) through a
/// fresh printer.
fn golden_cut(verbose: u8, cases: &[(&str, u32, &str)]) {
    for (hex, wire_len, want) in cases {
        let data: Vec<u8> = (0..hex.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
            .collect();
        let pkt = Packet::bare(&data, *wire_len, 1_700_000_000, 0);
        let mut printer = Printer::new(numeric(verbose), LinkType::Ethernet);
        let mut out = Vec::new();
        printer.print(&mut out, &pkt);
        let got = String::from_utf8_lossy(&out);
        assert_eq!(got.trim_end_matches('\n'), *want, "frame {hex}");
    }
}

/// Open, Notification, Update with the common attributes and L2VPN NLRI, whole and cut.
#[test]
fn messages_whole_and_cut() {
    golden_cut(
        1,
        &[
            (
                "00010203040500010203040608004500007c00010000400600000a0000010a00000200b39c4000000001000000015018ffff00000000ffffffffffffffffffffffffffffffff00540104fd",
                138,
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 124, bad cksum 0 (->6679)!)\n    10.0.0.1.179 > 10.0.0.2.40000: Flags [P.], seq 1:85, ack 1, win 65535, length 84: BGP\n[|BGP Open]",
            ),
            (
                "00010203040500010203040608004500007c00010000400600000a0000010a00000200b39c4000000001000000015018ffff00000000ffffffffffffffffffffffffffffffff00540104fde900b40a000001370235010400010001020080004104fa56ea01400a8078000101800002800045080001010300020107080400010402470063030102034600",
                138,
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 124, bad cksum 0 (->6679)!)\n    10.0.0.1.179 > 10.0.0.2.40000: Flags [P.], cksum 0x0000 (incorrect -> 0xb69b), seq 1:85, ack 1, win 65535, length 84: BGP\n\tOpen Message (1), length: 84\n\t  Version 4, my AS 65001, Holdtime 180s, ID 10.0.0.1\n\t  Optional parameters, length: 55\n\t    Option Capabilities Advertisement (2), length: 53\n\t      Multiprotocol Extensions (1), length: 4\n\t\tAFI IPv4 (1), SAFI Unicast (1)\n\t      Route Refresh (2), length: 0\n\t      Route Refresh (Cisco) (128), length: 0\n\t      32-Bit AS Number (65), length: 4\n\t\t 4 Byte AS 4200000001\n\t      Graceful Restart (64), length: 10\n\t\tRestart Flags: [R], Restart Time 120s\n\t\t  AFI IPv4 (1), SAFI Unicast (1), Forwarding state preserved: yes\n\t\t  AFI IPv6 (2), SAFI labeled VPN Unicast (128), Forwarding state preserved: no\n\t      Multiple Paths (69), length: 8\n\t\tAFI IPv4 (1), SAFI Unicast (1), Send/Receive: Both\n\t\tAFI IPv6 (2), SAFI Unicast (1), Send/Receive: Bogus (0x07)\n\t      Multiple Labels (8), length: 4\n\t\tAFI IPv4 (1), SAFI labeled Unicast (4), Count: 2\n\t      Long-lived Graceful Restart (71), length: 0\n\t      Unknown (99), length: 3\n\t\tno decoder for Capability 99\n\t\t0x0000:  0102 03\n\t      Enhanced Route Refresh (70), length: 0\n\t\tno decoder for Capability 70",
            ),
            (
                "00010203040500010203040608004500006400010000400600000a0000010a00000200b39c4000000001000000015018ffff00000000ffffffffffffffffffffffffffffffff003c030602056865016cff6c6f20776f726c6420747261696c696e6720646174612031323334353637383930",
                114,
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 100, bad cksum 0 (->6691)!)\n    10.0.0.1.179 > 10.0.0.2.40000: Flags [P.], cksum 0x0000 (incorrect -> 0x354c), seq 1:61, ack 1, win 65535, length 60: BGP\n\tNotification Message (3), length: 60, Cease (6), subcode Administrative Shutdown (2), Shutdown Communication (length: 5): \"he^AlM-^?\", Data: (length: 33)\n\t\t0x0000:  6c6f 2077 6f72 6c64 2074 7261 696c 696e\n\t\t0x0010:  6720 6461 7461 2031 3233 3435 3637 3839\n\t\t0x0020:  30",
            ),
            (
                "00010203040500010203040608004500006400010000400600000a0000010a00000200b39c4000000001000000015018ffff00000000ffffffffffffffffffffffffffffffff003c030602056865016cff6c6f20776f726c6420747261696c696e672064",
                114,
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 100, bad cksum 0 (->6691)!)\n    10.0.0.1.179 > 10.0.0.2.40000: Flags [P.], seq 1:61, ack 1, win 65535, length 60: BGP\n[|BGP Notification]",
            ),
            (
                "0001020304050001020304060800450000af00010000400600000a0000010a00000200b39c4000000001000000015018ffff00000000ffffffffffffffffffffffffffffffff0087020007180a010210ac10005f400101004002120202000100020101000303010004040100054003040a0000028004040000000540050400000064400600c00706fde80a000001c00810ffffff01ffffff02ffffff030001000280090401010101800a08010101010202020218c0a801200102030400",
                189,
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 175, bad cksum 0 (->6646)!)\n    10.0.0.1.179 > 10.0.0.2.40000: Flags [P.], cksum 0x0000 (incorrect -> 0x6df4), seq 1:136, ack 1, win 65535, length 135: BGP\n\tUpdate Message (2), length: 135\n\t  Withdrawn routes:\n\t    10.1.2.0/24\n\t    172.16.0.0/16\n\t  Origin (1), length: 1, Flags [T]: IGP\n\t  AS Path (2), length: 18, Flags [T]: 1 2 { 3 }( 4 )({ 5 })\n\t  Next Hop (3), length: 4, Flags [T]: 10.0.0.2\n\t  Multi Exit Discriminator (4), length: 4, Flags [O]: 5\n\t  Local Preference (5), length: 4, Flags [T]: 100\n\t  Atomic Aggregate (6), length: 0, Flags [T]: \n\t  Aggregator (7), length: 6, Flags [OT]:  AS #65000, origin 10.0.0.1\n\t  Community (8), length: 16, Flags [OT]:  NO_EXPORT NO_ADVERTISE NO_EXPORT_SUBCONFED1:2\n\t  Originator ID (9), length: 4, Flags [O]: 1.1.1.1\n\t  Cluster List (10), length: 8, Flags [O]: 1.1.1.1, 2.2.2.2\n\t  Updated routes:\n\t    192.168.1.0/24\n\t    1.2.3.4/32\n\t    0.0.0.0/0",
            ),
            (
                "0001020304050001020304060800450000a400010000400600000a0000010a00000200b39c4000000001000000015018ffff00000000ffffffffffffffffffffffffffffffff007c0200000065900e0061001941040a00000100000c0000fde8000000640a00000100130000fde80000006400010008000641010010abcd00150001010203040007000100080006410700100102030014000101020304000700010008000641010040010200056162636465",
                178,
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 164, bad cksum 0 (->6651)!)\n    10.0.0.1.179 > 10.0.0.2.40000: Flags [P.], cksum 0x0000 (incorrect -> 0x8b9d), seq 1:125, ack 1, win 65535, length 124: BGP\n\tUpdate Message (2), length: 124\n\t  Multi-Protocol Reach NLRI (14), length: 97, Flags [OE]: \n\t    AFI: VPLS (25), SAFI: VPLS (65)\n\t    nexthop: 10.0.0.1, nh-length: 4, no SNPA\n\t      RD: 65000:100 (= 0.0.0.100), BGPNH: 10.0.0.1\n\t      RD: 65000:100 (= 0.0.0.100), CE-ID: 1, Label-Block Offset: 8, Label Base 100\n\t\tcircuit status vector (1) length: 16: 0xabcd\n\t\tran past the end [|bgp]",
            ),
        ],
    );
}

/// An Update with VPN MP_REACH at -vv, which adds the attribute dumps.
#[test]
fn vpn_update_vv() {
    golden_cut(
        2,
        &[(
            "00010203040500010203040608004500008b00010000400600000a0000010a00000200b39c4000000001000000015018ffff00000000ffffffffffffffffffffffffffffffff0063020000004c900e00480001800c0000fde8000000640a00000100700001010000fde8000000640a00017800010100010102030400070a000102580000310002fa56ea000009500000310009616263646566",
            153,
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 139, bad cksum 0 (->666a)!)\n    10.0.0.1.179 > 10.0.0.2.40000: Flags [P.], cksum 0x0000 (incorrect -> 0x7668), seq 1:100, ack 1, win 65535, length 99: BGP\n\tUpdate Message (2), length: 99\n\t  Multi-Protocol Reach NLRI (14), length: 72, Flags [OE]: \n\t    AFI: IPv4 (1), SAFI: labeled VPN Unicast (128)\n\t    nexthop: RD: 65000:100 (= 0.0.0.100), 10.0.0.1, nh-length: 12, no SNPA\n\t      RD: 65000:100 (= 0.0.0.100), 10.0.1.0/24, label:16 (bottom)\n\t      RD: 1.2.3.4:7, 10.0.1.2/32, label:16 (bottom)\n\t      RD: 4200000000:9 (250.86.234.0:9), 0.0.0.0/0, label:3 (bottom)\n\t    (illegal prefix length)\n\t    0x0000:  0001 800c 0000 fde8 0000 0064 0a00 0001\n\t    0x0010:  0070 0001 0100 00fd e800 0000 640a 0001\n\t    0x0020:  7800 0101 0001 0102 0304 0007 0a00 0102\n\t    0x0030:  5800 0031 0002 fa56 ea00 0009 5000 0031\n\t    0x0040:  0009 6162 6364 6566",
        )],
    );
}

/// A segment of several messages after junk bytes, cut in the middle of one.
#[test]
fn messages_after_junk() {
    golden_cut(
        1,
        &[(
            "0001020304050001020304060800450000fe00010000400600000a0000010a00000200b39c4000000001000000015018ffff000000006a756e6bffffffffffffffffffffffffffffffff0015030003ffffffffffffffffffffffffffffffff0015030004ffffffffffffffffffffffffffffffff0015030005ffffffffffffffffffffffffffffffff0015030006ffffffffffffffff",
            268,
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 254, bad cksum 0 (->65f7)!)\n    10.0.0.1.179 > 10.0.0.2.40000: Flags [P.], seq 1:215, ack 1, win 65535, length 214: BGP [|bgp]\n\tNotification Message (3), length: 21, Unknown Error (0)\n\tNotification Message (3), length: 21, Unknown Error (0)\n\tNotification Message (3), length: 21, Unknown Error (0)\n\tNotification Message (3), length: 21, Unknown Error (0)",
        )],
    );
}

/// Frames of tcpdump's bgp_*-oobr captures: reads past the message end.
#[test]
fn oobr_captures() {
    golden_cut(
        1,
        &[
            (
                "d40cff7fffff00c5c00080a5080045ffffff800f8000fe068e15f1008027ef00000100b30000f700dfff1d000018ff00ffff00000036000009d40cff7fffff00c5e30080a508e5440c0205530f8000fe068a15f1008027ef00c021000100c600007ff3f98900010707d42d9da10280fdffffffffffffffffffffffffffffffff002d020003f1ff7bc3b2ff808000000000df00c1230000000000a102000affffffffffffffffffffffffffffffff002d020003f1ff7bc3b2ff80000700000000460ee30003800100b30000f700dfee050000000000000000000d00000000000000000000000000000000000000001000000000000000000601000000000004000000000000000000000000000000000000000200001900000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000003f1ff000050002d9da10280fdffffffffffffffffffffffffffffffff002d020003f1ff7bc3b2ff800007000000df00c1230000000000a102009efffffffffffffcffffffffffffffffff002d020003f1ff7bc3b2ff80000700000000460ee30003801500b30000f700dfee050000000000000000000d000000000000000000000000000000000002000000eb0280fdffffffffffffffffffffffffffffffff002d020003f1ff7bc3b2ff800007000000df00c1230000000000a102000affffffffffffffffffffffffffffffff002d020003f1ff7bc3b203f1ff7bc3b2ff80000700000000460ee30003800100b30000f700dfee050000000000000000000d000000000000000000000000000000000000ff80000700000000460ee30003801500cd0000f700dfee050000000000000000001b000000fff5000000000000000000000000000000000000000000000000000050002d9da10280fdffffffffffffffffffffffffffffffff002d020003f1ff7bc3b2ff800007000000df00c1230000000000a102009effffffffffffffffffffffffffff9494942d020003f1ff7bc3b2ff80000700000000460ee30003801500b30000f700dfee0500000000000000000000000000000000000000000000000000000000000000de00000000000000000000000001000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000008c000000000000008027ef00000100c600007ff3f98900010707d42d9da10280fdecffff0400ff40000000ffffffffffff002d020003f1ff7bc3b2ff800007434c49454e54000000df00c1230000000000ff000000ff00000004ffffffffffffffffffffff002d020003f1ff7bc3b2ff80000700000000460ee30003801500b30000f700dfee35000005000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000078000090610000800000000000000000900000206000002090000020600000409000002060000060900000206000008090000020600000a090000020600000c090000020600000e09000002060000000910000206000002091000020600000409100002060000060910000206000008091000020600000a091000020600000c091000020600000e09100002060000000920000206000002092000020600000409200002060000060920000206000008092000020600000a092000020600000c092000020600000e09200002060000000930000206000002093000020600000409300002060000060930000206000008093000020600000a093000020600000c093000020600000e09300002060000000940000206000002094000020600000409400002060000060940000206000008094000020600000a094000020600000c094000020600000e09400002060000000950000206000002095000020600000409500002060000060950000206000008095000020600000a095000020600000c095000020600000e09500002060000000960000206000002096000020600000409600002060000060960000206000008096000020600000a096000020600000c096000020600000e09600002060000000970000206000002097000020600000409700002060000060970000206000008097000020600000a097000020600000c097000020600000e09700002060000000980000206000002098000020600000409800002060000060980000206000008098000020600000a098000020600000c098000020600000e09800002060000000990000206000002099000020600000409900002060000060990000206000008099000020600000a099000020600000c099000020600000e099000020600000009a000020600000209a000020600000409a000020600000609a000020600000809a000020600000a09a000020600000c09a000020600000e09a000020600000009b000020600000209b000020600000409b000020600000609b000020600000809b000020600000a09b000020600000c09b000020600000e09b000020600000009c000020600000209c000020600000409c000020600000609c000020600000809c000020600000a09c000020600000c09c000020600000e09c000020600000009d000020600000209d000020600000409d000020600000609d000020600000809d000020600000a09d000020600000c09d000020600000e09d000020600000009e000020600000209e000020600000409e000020600000609e000020600000809e000020600000a09e000020600000c09e000020600000e09e000020600000009f000020600000209f000020600000409f000020600000609f000020600000809f000020600000a09f000020600000c09f000020600000e09f000020600000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000007d000090610000800000000000000000800000206000002080000020600000408000002060000060800000206000008080000020600000a080000020600000c080000020600000e08000002060000000810000206000002081000020600000408100002060000060810000206000008081000020600000a081000020600000c081000020600000e08100002060000000820000206000002082000020600000408200002060000060820000206000008082000020600000a082000020600000c082000020600000e08200002060000000830000206000002083000020600000408300002060000060830000206000008083",
                262144,
                "IP (tos 0xff,CE, ttl 254, id 32783, offset 0, flags [rsvd], proto TCP (6), length 65535, bad cksum 8e15 (->5bbf)!)\n    241.0.128.39.179 > 239.0.0.1.0: Flags [none], seq 4144029695:4144095150, win 65535, options [eol], length 65455: BGP [|bgp]\n\tUpdate Message (2), length: 45\n\t  Withdrawn routes:\n\t    (illegal prefix length) [|bgp] [|bgp]\n\tUpdate Message (2), length: 45\n\t  Withdrawn routes:\n\t    (illegal prefix length) [|bgp] [|bgp]\n\tUpdate Message (2), length: 45\n\t  Withdrawn routes:\n\t    (illegal prefix length) [|bgp] [|bgp]\n\tUpdate Message (2), length: 45\n\t  Withdrawn routes:\n\t    (illegal prefix length) [|bgp] [|bgp]\n\tUpdate Message (2), length: 45\n\t  Withdrawn routes:\n\t    (illegal prefix length) [|bgp] [|bgp]\n\tUpdate Message (2), length: 45\n\t  Withdrawn routes:\n\t    (illegal prefix length) [|bgp]",
            ),
            (
                "000ce0007f0100c1c0a0abaf0800450001289d0fe000fe068e15f1002013ef00000100b300007ff3f9890001808e6000dada24db2d9da102000affffffffffffffffffffffffffffffff002d02000310180d06b2ff80000700000fe3000101010113010101160100",
                262144,
                "IP (tos 0x0, ttl 254, id 40207, offset 0, flags [+, DF, rsvd], proto TCP (6), length 296, bad cksum 8e15 (->3eaa)!)\n    241.0.32.19.179 > 239.0.0.1.0: Flags [none], seq 2146695561:2146695813, win 56026, options [unknown-161,eol], length 252: BGP\n\tUpdate Message (2), length: 45\n\t  Withdrawn routes:\n\t    24.13.0.0/16 [|bgp]",
            ),
            (
                "d40cfb007f0801c5c00080a50800450c0205530f8000fe068e15f1005d14fff7000100b300c87ff3eb890001808e6000dada10d42d9da102000affffffffffffffffffffffffffffffff002d02000310ff7bc3b2ff80000700000094460e47000105000001000000f3010202020202020200fe068e15f1005d14000000",
                262144,
                "IP (tos 0xc, ttl 254, id 21263, offset 0, flags [rsvd], proto TCP (6), length 517, bad cksum 8e15 (->99c9)!)\n    241.0.93.20.179 > 255.247.0.1.200: Flags [none], seq 2146691977:2146692450, win 56026, options [unknown-161,eol], length 473: BGP\n\tUpdate Message (2), length: 45\n\t  Withdrawn routes:\n\t    255.123.0.0/16 [|bgp]",
            ),
            (
                "ef4ffb4982ba800314ddb5a80800451f1027970fe000fe060200e2db000010e9220000b3006414b70000e685000daf6a01ff0000ffff0010ff0017ffff80000025ff1005010000000db66101ffffffffffffffff01ffffffffffffff0000000bef02e80000000f0001caef4fde4982460200000010fc8008ef0411ff020eff0002801804ddb5a80800451f101c970fe000fe06650000000040b0fc000001f4ffffff0030ffffffffffffffffffffffffffffffff003b01fffff810e4900820041d000002084000000041040000000202020202e80302070400080080004000000000000000000000",
                262144,
                "IP (tos 0x1f,CE, ttl 254, id 38671, offset 0, flags [+, DF, rsvd], proto TCP (6), length 4135, bad cksum 200 (->1fdd)!)\n    226.219.0.0.179 > 16.233.34.0.100: Flags [SPUE], seq 347537408:347541483, win 511, urg 65535, options [eol], length 4075: BGP [|bgp]\n\tOpen Message (1), length: 59\n\t  Version 255, my AS 65528, Holdtime 4324s, ID 144.8.32.4\n\t  Optional parameters, length: 29\n\t    Option Unknown (0), length: 0\n\t      no decoder for option 0\n\t    Option Capabilities Advertisement (2), length: 8\n\t      Graceful Restart (64), length: 0 (too short, < 2)\n\t    Option Unknown (0), length: 2\n\t      no decoder for option 0\n\t    Option Capabilities Advertisement (2), length: 2\n\t      Unknown (232), length: 3\n\t\tno decoder for Capability 232\n\t\t0x0000:  0207 04\n\t    Option Capabilities Advertisement (2), length: 7\n\t      Multiple Routes to a Destination (4), length: 0\n\t\tno decoder for Capability 4\n\t      Multiple Labels (8), length: 0\n\t      Route Refresh (Cisco) (128), length: 0\n\t      Graceful Restart (64), length: 0 (too short, < 2)",
            ),
            (
                "d40cff7fffff00c5c00080a50800450ceb05530f8000fe068e15f1008013ef08000100b300007ff3f9890001808e6000dada24db2d9da102000affffffffffffffffffffffffffffffff002d0200030cff9ec3b2ff80000700000000460fe300020505058e8e8e8e8e8e8e8e007ff3f9890001808e6000dada24db2d9da102000affffffffffffffffffffffffffffffff002d02ff022d020003f1ff7b81b2ff80000700000000460ee30001d42f9da102000affffffffffffffffffffffffffffffff002d0200030cff7b81b2ff80000700000000460ee3000184010040000000000000000000000000000000000000000000000000000000000021000000",
                262144,
                "IP (tos 0xc, ttl 254, id 21263, offset 0, flags [rsvd], proto TCP (6), length 60165, bad cksum 8e15 (->9eb8)!)\n    241.0.128.19.179 > 239.8.0.1.0: Flags [none], seq 2146695561:2146755682, win 56026, options [unknown-161,eol], length 60121: BGP\n\tUpdate Message (2), length: 45\n\t  Withdrawn routes:\n\t    255.144.0.0/12 [|bgp] [|bgp]\n\tUpdate Message (2), length: 45 [|bgp] [|bgp]\n\tUpdate Message (2), length: 45\n\t  Withdrawn routes:\n\t    255.112.0.0/12 [|bgp]",
            ),
        ],
    );
}

/// PMSI tunnel attributes whose fields run past the capture: tcpdump
/// prints none of a line whose fields it could not all read.
#[test]
fn pmsi_tunnel_past_capture() {
    golden_cut(
        1,
        &[
            (
                "00010203040500010203040608004500004700010000400600000a0000010a00000200b39c4000000001000000015018ffff00000000ffffffffffffffffffffffffffffffff001f0200000008c016050004000051",
                85,
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 71, bad cksum 0 (->66ae)!)\n    10.0.0.1.179 > 10.0.0.2.40000: Flags [P.], cksum 0x0000 (incorrect -> 0x8ccd), seq 1:32, ack 1, win 65535, length 31: BGP\n\tUpdate Message (2), length: 31\n\t  PMSI Tunnel (22), length: 5, Flags [OT]: \n\t    Tunnel-type PIM-SM Tree (4), Flags [none], MPLS Label 5 [|bgp]",
            ),
            (
                "00010203040500010203040608004500004f00010000400600000a0000010a00000200b39c4000000001000000015018ffff00000000ffffffffffffffffffffffffffffffff00270200000010c0160d01010000510102030405060708",
                93,
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 79, bad cksum 0 (->66a6)!)\n    10.0.0.1.179 > 10.0.0.2.40000: Flags [P.], cksum 0x0000 (incorrect -> 0x6fa8), seq 1:40, ack 1, win 65535, length 39: BGP\n\tUpdate Message (2), length: 39\n\t  PMSI Tunnel (22), length: 13, Flags [OT]: \n\t    Tunnel-type RSVP-TE P2MP LSP (1), Flags [Leaf Information required], MPLS Label 5\n\t      Extended-Tunnel-ID 1.2.3.4, P2MP-ID 0x05060708",
            ),
        ],
    );
}
