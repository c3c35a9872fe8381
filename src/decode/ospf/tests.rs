//! Golden lines from tcpdump 4.99.3 (`tcpdump -t -n`, -v, -vv) for OSPFv2
//! and OSPFv3 packets of every type, LSAs of every type tcpdump decodes,
//! TE/grace/router-information TLVs with good and bad lengths, LLS and
//! authentication trailers, on raw IP frames built for these tests, whole
//! and cut at several points.

use crate::decode::tests::{golden_levels, numeric};
use crate::link::LinkType;
/// golden_levels on raw IP at -n, then at -v and -vv, which print these
/// frames alike.
fn verbose_alike(frames: &[(&str, usize)], terse: &[&str], verbose: &[&str]) {
    golden_levels(
        LinkType::Raw,
        frames,
        &[
            (numeric(0), terse),
            (numeric(1), verbose),
            (numeric(2), verbose),
        ],
    );
}

/// OSPFv2 Hello with an LLS block, simple and MD5 authentication, Database
/// Description with LLS after the digest, an unknown authentication type,
/// LS-Request, whole and cut.
#[test]
fn v2_hello_dd_request() {
    verbose_alike(
        &[
            (
                "45c00074000100000159ce6a0a000001e0000005020100340101010100000000000000000000000000000000ffffff00000a1201000000280a0000010a0000020303030304040404abcd000500010004000000030002001400001234111111111111111111111111111111110009000201020000",
                0,
            ),
            (
                "45c00074000100000159ce6a0a000001e0000005020100340101010100000000000000000000000000000000ffffff00000a1201000000280a0000010a0000020303030304040404abcd000500010004000000030002001400001234111111111111111111111111111111110009000201020000",
                30,
            ),
            (
                "45c00074000100000159ce6a0a000001e0000005020100340101010100000000000000000000000000000000ffffff00000a1201000000280a0000010a0000020303030304040404abcd000500010004000000030002001400001234111111111111111111111111111111110009000201020000",
                50,
            ),
            (
                "45c00074000100000159ce6a0a000001e0000005020100340101010100000000000000000000000000000000ffffff00000a1201000000280a0000010a0000020303030304040404abcd000500010004000000030002001400001234111111111111111111111111111111110009000201020000",
                68,
            ),
            (
                "45c00074000100000159ce6a0a000001e0000005020100340101010100000000000000000000000000000000ffffff00000a1201000000280a0000010a0000020303030304040404abcd000500010004000000030002001400001234111111111111111111111111111111110009000201020000",
                113,
            ),
            (
                "45c00040000100000159ce9e0a000001e00000050201002c0101010100000001000000017365637265740000ffffff00000a1201020000280000000000000000",
                0,
            ),
            (
                "45c00040000100000159ce9e0a000001e00000050201002c0101010100000001000000017365637265740000ffffff00000a1201020000280000000000000000",
                30,
            ),
            (
                "45c00040000100000159ce9e0a000001e00000050201002c0101010100000001000000017365637265740000ffffff00000a1201020000280000000000000000",
                42,
            ),
            (
                "45c00040000100000159ce9e0a000001e00000050201002c0101010100000001000000017365637265740000ffffff00000a1201020000280000000000000000",
                50,
            ),
            (
                "45c00040000100000159ce9e0a000001e00000050201002c0101010100000001000000017365637265740000ffffff00000a1201020000280000000000000000",
                61,
            ),
            (
                "45c00098000100000159ce460a000001e000000502020048010101010000000000000002000001100000004d05dc520f0000100000052201020202020202020280000001000000300005220a0100000702020202800000010000002855555555555555555555555555555555abcd000500010004000000030002001400001234111111111111111111111111111111110009000201020000",
                0,
            ),
            (
                "45c00098000100000159ce460a000001e000000502020048010101010000000000000002000001100000004d05dc520f0000100000052201020202020202020280000001000000300005220a0100000702020202800000010000002855555555555555555555555555555555abcd000500010004000000030002001400001234111111111111111111111111111111110009000201020000",
                30,
            ),
            (
                "45c00098000100000159ce460a000001e000000502020048010101010000000000000002000001100000004d05dc520f0000100000052201020202020202020280000001000000300005220a0100000702020202800000010000002855555555555555555555555555555555abcd000500010004000000030002001400001234111111111111111111111111111111110009000201020000",
                50,
            ),
            (
                "45c00098000100000159ce460a000001e000000502020048010101010000000000000002000001100000004d05dc520f0000100000052201020202020202020280000001000000300005220a0100000702020202800000010000002855555555555555555555555555555555abcd000500010004000000030002001400001234111111111111111111111111111111110009000201020000",
                86,
            ),
            (
                "45c00098000100000159ce460a000001e000000502020048010101010000000000000002000001100000004d05dc520f0000100000052201020202020202020280000001000000300005220a0100000702020202800000010000002855555555555555555555555555555555abcd000500010004000000030002001400001234111111111111111111111111111111110009000201020000",
                149,
            ),
            (
                "45c0005c000100000159ce820a000001e000000502020048010101010000000000000007000000000000000005dc520f0000100000052201020202020202020280000001000000300005220a01000007020202028000000100000028",
                0,
            ),
            (
                "45c0005c000100000159ce820a000001e000000502020048010101010000000000000007000000000000000005dc520f0000100000052201020202020202020280000001000000300005220a01000007020202028000000100000028",
                30,
            ),
            (
                "45c0005c000100000159ce820a000001e000000502020048010101010000000000000007000000000000000005dc520f0000100000052201020202020202020280000001000000300005220a01000007020202028000000100000028",
                50,
            ),
            (
                "45c0005c000100000159ce820a000001e000000502020048010101010000000000000007000000000000000005dc520f0000100000052201020202020202020280000001000000300005220a01000007020202028000000100000028",
                56,
            ),
            (
                "45c0005c000100000159ce820a000001e000000502020048010101010000000000000007000000000000000005dc520f0000100000052201020202020202020280000001000000300005220a01000007020202028000000100000028",
                89,
            ),
            (
                "45c00050000100000159ce8e0a000001e00000050203003c01010101000000000000000000000000000000000000000102020202020202020000000a0400010205050505000000630102030406060606",
                0,
            ),
            (
                "45c00050000100000159ce8e0a000001e00000050203003c01010101000000000000000000000000000000000000000102020202020202020000000a0400010205050505000000630102030406060606",
                30,
            ),
            (
                "45c00050000100000159ce8e0a000001e00000050203003c01010101000000000000000000000000000000000000000102020202020202020000000a0400010205050505000000630102030406060606",
                50,
            ),
            (
                "45c00050000100000159ce8e0a000001e00000050203003c01010101000000000000000000000000000000000000000102020202020202020000000a0400010205050505000000630102030406060606",
                77,
            ),
        ],
        &[
            "IP 10.0.0.1 > 224.0.0.5: OSPFv2, Hello, length 96",
            "IP 10.0.0.1 > 224.0.0.5:  [|ospf2]",
            "IP 10.0.0.1 > 224.0.0.5: OSPFv2, Hello, length 96",
            "IP 10.0.0.1 > 224.0.0.5: OSPFv2, Hello, length 96",
            "IP 10.0.0.1 > 224.0.0.5: OSPFv2, Hello, length 96",
            "IP 10.0.0.1 > 224.0.0.5: OSPFv2, Hello, length 44",
            "IP 10.0.0.1 > 224.0.0.5:  [|ospf2]",
            "IP 10.0.0.1 > 224.0.0.5: OSPFv2, Hello, length 44",
            "IP 10.0.0.1 > 224.0.0.5: OSPFv2, Hello, length 44",
            "IP 10.0.0.1 > 224.0.0.5: OSPFv2, Hello, length 44",
            "IP 10.0.0.1 > 224.0.0.5: OSPFv2, Database Description, length 116",
            "IP 10.0.0.1 > 224.0.0.5:  [|ospf2]",
            "IP 10.0.0.1 > 224.0.0.5: OSPFv2, Database Description, length 116",
            "IP 10.0.0.1 > 224.0.0.5: OSPFv2, Database Description, length 116",
            "IP 10.0.0.1 > 224.0.0.5: OSPFv2, Database Description, length 116",
            "IP 10.0.0.1 > 224.0.0.5: OSPFv2, Database Description, length 72",
            "IP 10.0.0.1 > 224.0.0.5:  [|ospf2]",
            "IP 10.0.0.1 > 224.0.0.5: OSPFv2, Database Description, length 72",
            "IP 10.0.0.1 > 224.0.0.5: OSPFv2, Database Description, length 72",
            "IP 10.0.0.1 > 224.0.0.5: OSPFv2, Database Description, length 72",
            "IP 10.0.0.1 > 224.0.0.5: OSPFv2, LS-Request, length 60",
            "IP 10.0.0.1 > 224.0.0.5:  [|ospf2]",
            "IP 10.0.0.1 > 224.0.0.5: OSPFv2, LS-Request, length 60",
            "IP 10.0.0.1 > 224.0.0.5: OSPFv2, LS-Request, length 60",
        ],
        &[
            "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 116)\n    10.0.0.1 > 224.0.0.5: OSPFv2, Hello, length 96 [len 52]\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0)\n\tOptions [External, LLS]\n\t  Hello Timer 10s, Dead Timer 40s, Mask 255.255.255.0, Priority 1\n\t  Designated Router 10.0.0.1, Backup Designated Router 10.0.0.2\n\t  Neighbor List:\n\t    3.3.3.3\n\t    4.4.4.4\n\t  LLS: checksum: 0xabcd, length: 5\n\t    Extended Options (1), length: 4\n\t      Options: 0x00000003 [LSDB resync, Restart]\n\t    MD5 Authentication (2), length: 20\n\t      Sequence number: 0x00001234\n\t    Unknown TLV (9), length: 2\n\t    Unknown TLV (0) [|ospf2]",
            "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 116)\n    10.0.0.1 > 224.0.0.5:  [|ospf2]",
            "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 116)\n    10.0.0.1 > 224.0.0.5: OSPFv2, Hello, length 96 [len 52]\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0) [|ospf2]",
            "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 116)\n    10.0.0.1 > 224.0.0.5: OSPFv2, Hello, length 96 [len 52]\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0)\n\tOptions [External, LLS]\n\t  Hello Timer 10s, Dead Timer 40s, Mask 255.255.255.0, Priority 1\n\t  Designated Router 10.0.0.1, Backup Designated Router 10.0.0.2\n\t  Neighbor List:\n\t    3.3.3.3 [|ospf2]",
            "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 116)\n    10.0.0.1 > 224.0.0.5: OSPFv2, Hello, length 96 [len 52]\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0)\n\tOptions [External, LLS]\n\t  Hello Timer 10s, Dead Timer 40s, Mask 255.255.255.0, Priority 1\n\t  Designated Router 10.0.0.1, Backup Designated Router 10.0.0.2\n\t  Neighbor List:\n\t    3.3.3.3\n\t    4.4.4.4\n\t  LLS: checksum: 0xabcd, length: 5\n\t    Extended Options (1), length: 4\n\t      Options: 0x00000003 [LSDB resync, Restart]\n\t    MD5 Authentication (2), length: 20\n\t      Sequence number: 0x00001234\n\t    Unknown TLV (9), length: 2 [|ospf2]",
            "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 64)\n    10.0.0.1 > 224.0.0.5: OSPFv2, Hello, length 44\n\tRouter-ID 1.1.1.1, Area 0.0.0.1, Authentication Type: simple (1)\n\tSimple text password: secret\n\tOptions [External, LLS]\n\t  Hello Timer 10s, Dead Timer 33554472s, Mask 255.255.255.0, Priority 1",
            "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 64)\n    10.0.0.1 > 224.0.0.5:  [|ospf2]",
            "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 64)\n    10.0.0.1 > 224.0.0.5: OSPFv2, Hello, length 44\n\tRouter-ID 1.1.1.1, Area 0.0.0.1 [|ospf2]",
            "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 64)\n    10.0.0.1 > 224.0.0.5: OSPFv2, Hello, length 44\n\tRouter-ID 1.1.1.1, Area 0.0.0.1, Authentication Type: simple (1)\n\tSimple text password: secret [|ospf2]",
            "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 64)\n    10.0.0.1 > 224.0.0.5: OSPFv2, Hello, length 44\n\tRouter-ID 1.1.1.1, Area 0.0.0.1, Authentication Type: simple (1)\n\tSimple text password: secret\n\tOptions [External, LLS]\n\t  Hello Timer 10s, Dead Timer 33554472s, Mask 255.255.255.0, Priority 1 [|ospf2]",
            "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 152)\n    10.0.0.1 > 224.0.0.5: OSPFv2, Database Description, length 116 [len 72]\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: MD5 (2)\n\tKey-ID: 1, Auth-Length: 16, Crypto Sequence Number: 0x0000004d\n\tOptions [External, LLS, Opaque], DD Flags [Init, More, Master, OOBResync], MTU: 1500, Sequence: 0x00001000\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 28\n\t    Router LSA (1), LSA-ID: 2.2.2.2\n\t    Options: [External, Demand Circuit]\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 20\n\t    Area Local Opaque LSA (10), Opaque-Type Traffic Engineering LSA (1), Opaque-ID 7\n\t    Options: [External, Demand Circuit]\n\t  LLS: checksum: 0xabcd, length: 5\n\t    Extended Options (1), length: 4\n\t      Options: 0x00000003 [LSDB resync, Restart]\n\t    MD5 Authentication (2), length: 20\n\t      Sequence number: 0x00001234",
            "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 152)\n    10.0.0.1 > 224.0.0.5:  [|ospf2]",
            "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 152)\n    10.0.0.1 > 224.0.0.5: OSPFv2, Database Description, length 116 [len 72]\n\tRouter-ID 1.1.1.1, Backbone Area [|ospf2]",
            "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 152)\n    10.0.0.1 > 224.0.0.5: OSPFv2, Database Description, length 116 [len 72]\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: MD5 (2)\n\tKey-ID: 1, Auth-Length: 16, Crypto Sequence Number: 0x0000004d\n\tOptions [External, LLS, Opaque], DD Flags [Init, More, Master, OOBResync], MTU: 1500, Sequence: 0x00001000 [|ospf2]",
            "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 152)\n    10.0.0.1 > 224.0.0.5: OSPFv2, Database Description, length 116 [len 72]\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: MD5 (2)\n\tKey-ID: 1, Auth-Length: 16, Crypto Sequence Number: 0x0000004d\n\tOptions [External, LLS, Opaque], DD Flags [Init, More, Master, OOBResync], MTU: 1500, Sequence: 0x00001000\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 28\n\t    Router LSA (1), LSA-ID: 2.2.2.2\n\t    Options: [External, Demand Circuit]\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 20\n\t    Area Local Opaque LSA (10), Opaque-Type Traffic Engineering LSA (1), Opaque-ID 7\n\t    Options: [External, Demand Circuit]\n\t  LLS: checksum: 0xabcd, length: 5\n\t    Extended Options (1), length: 4\n\t      Options: 0x00000003 [LSDB resync, Restart]\n\t    MD5 Authentication (2), length: 20\n\t      Sequence number: 0x00001234",
            "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 92)\n    10.0.0.1 > 224.0.0.5: OSPFv2, Database Description, length 72\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: unknown (7)",
            "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 92)\n    10.0.0.1 > 224.0.0.5:  [|ospf2]",
            "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 92)\n    10.0.0.1 > 224.0.0.5: OSPFv2, Database Description, length 72\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: unknown (7)",
            "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 92)\n    10.0.0.1 > 224.0.0.5: OSPFv2, Database Description, length 72\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: unknown (7)",
            "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 92)\n    10.0.0.1 > 224.0.0.5: OSPFv2, Database Description, length 72\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: unknown (7)",
            "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 80)\n    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Request, length 60\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0)\n\t  Advertising Router: 2.2.2.2, Router LSA (1), LSA-ID: 2.2.2.2\n\t  Advertising Router: 5.5.5.5, Area Local Opaque LSA (10), Opaque-Type: Router Information LSA (4), Opaque-ID: 258\n\t  Advertising Router: 6.6.6.6, unknown LSA (99), LSA-ID: 1.2.3.4",
            "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 80)\n    10.0.0.1 > 224.0.0.5:  [|ospf2]",
            "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 80)\n    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Request, length 60\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0) [|ospf2]",
            "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 80)\n    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Request, length 60\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0)\n\t  Advertising Router: 2.2.2.2, Router LSA (1), LSA-ID: 2.2.2.2\n\t  Advertising Router: 5.5.5.5, Area Local Opaque LSA (10), Opaque-Type: Router Information LSA (4), Opaque-ID: 258 [|ospf2]",
        ],
    );
}

/// OSPFv2 LS-Update with router (per-topology metrics, every link type),
/// network, summary and ASBR summary LSAs, whole and cut.
#[test]
fn v2_update_router_network_summary() {
    golden_levels(
        LinkType::Raw,
        &[
            (
                "45c000f0000100000159cdee0a000001e0000005020400dc010101010000000000000000000000000000000000000004000522010202020202020202800000010000006013000005030303030a0000010101000a010000140a0000020a000001020000010a010000ffff0000030200050200000607000007040404040a00000904000003040404050a00000809000003000522020a000002020202028000000100000024ffffff00010101010202020203030303000522030a050000020202028000000100000020ffff00000000006402000064000522040505050502020202800000010000001c0000000000ffffff",
                0,
            ),
            (
                "45c000f0000100000159cdee0a000001e0000005020400dc010101010000000000000000000000000000000000000004000522010202020202020202800000010000006013000005030303030a0000010101000a010000140a0000020a000001020000010a010000ffff0000030200050200000607000007040404040a00000904000003040404050a00000809000003000522020a000002020202028000000100000024ffffff00010101010202020203030303000522030a050000020202028000000100000020ffff00000000006402000064000522040505050502020202800000010000001c0000000000ffffff",
                30,
            ),
            (
                "45c000f0000100000159cdee0a000001e0000005020400dc010101010000000000000000000000000000000000000004000522010202020202020202800000010000006013000005030303030a0000010101000a010000140a0000020a000001020000010a010000ffff0000030200050200000607000007040404040a00000904000003040404050a00000809000003000522020a000002020202028000000100000024ffffff00010101010202020203030303000522030a050000020202028000000100000020ffff00000000006402000064000522040505050502020202800000010000001c0000000000ffffff",
                50,
            ),
            (
                "45c000f0000100000159cdee0a000001e0000005020400dc010101010000000000000000000000000000000000000004000522010202020202020202800000010000006013000005030303030a0000010101000a010000140a0000020a000001020000010a010000ffff0000030200050200000607000007040404040a00000904000003040404050a00000809000003000522020a000002020202028000000100000024ffffff00010101010202020203030303000522030a050000020202028000000100000020ffff00000000006402000064000522040505050502020202800000010000001c0000000000ffffff",
                130,
            ),
            (
                "45c000f0000100000159cdee0a000001e0000005020400dc010101010000000000000000000000000000000000000004000522010202020202020202800000010000006013000005030303030a0000010101000a010000140a0000020a000001020000010a010000ffff0000030200050200000607000007040404040a00000904000003040404050a00000809000003000522020a000002020202028000000100000024ffffff00010101010202020203030303000522030a050000020202028000000100000020ffff00000000006402000064000522040505050502020202800000010000001c0000000000ffffff",
                237,
            ),
        ],
        &[
            (
                numeric(0),
                &[
                    "IP 10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 220",
                    "IP 10.0.0.1 > 224.0.0.5:  [|ospf2]",
                    "IP 10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 220",
                    "IP 10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 220",
                    "IP 10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 220",
                ],
            ),
            (
                numeric(1),
                &[
                    "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 240)\n    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 220\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0), 4 LSAs\n\t  LSA #1\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 76\n\t    Router LSA (1), LSA-ID: 2.2.2.2\n\t    Options: [External, Demand Circuit]\n\t    Router LSA Options: [ABR, ASBR, Nt]\n\t      Neighbor Router-ID: 3.3.3.3, Interface Address: 10.0.0.1\n\t\ttopology default (0), metric 10\n\t\ttopology multicast (1), metric 20\n\t      Neighbor Network-ID: 10.0.0.2, Interface Address: 10.0.0.1\n\t\ttopology default (0), metric 1\n\t      Stub Network: 10.1.0.0, Mask: 255.255.0.0\n\t\ttopology default (0), metric 5\n\t\ttopology management (2), metric 6\n\t\ttopology Unknown (7), metric 7\n\t      Virtual Link: Neighbor Router-ID: 4.4.4.4, Interface Address: 10.0.0.9\n\t\ttopology default (0), metric 3\n\t      Unknown Router Link Type (9)\n\t  LSA #2\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 16\n\t    Network LSA (2), LSA-ID: 10.0.0.2\n\t    Options: [External, Demand Circuit]\n\t    Mask 255.255.255.0\n\t    Connected Routers:\n\t      1.1.1.1\n\t      2.2.2.2\n\t      3.3.3.3\n\t  LSA #3\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 12\n\t    Summary LSA (3), LSA-ID: 10.5.0.0\n\t    Options: [External, Demand Circuit]\n\t    Mask 255.255.0.0\n\t\ttopology default (0) metric 100\n\t\ttopology management (2) metric 100\n\t  LSA #4\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 8\n\t    ASBR Summary LSA (4), LSA-ID: 5.5.5.5\n\t    Options: [External, Demand Circuit]\n\t\ttopology default (0) metric 16777215",
                    "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 240)\n    10.0.0.1 > 224.0.0.5:  [|ospf2]",
                    "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 240)\n    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 220\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0), 4 LSAs\n\t  LSA #1 [|ospf2]",
                    "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 240)\n    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 220\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0), 4 LSAs\n\t  LSA #1\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 76\n\t    Router LSA (1), LSA-ID: 2.2.2.2\n\t    Options: [External, Demand Circuit]\n\t    Router LSA Options: [ABR, ASBR, Nt]\n\t      Neighbor Router-ID: 3.3.3.3, Interface Address: 10.0.0.1\n\t\ttopology default (0), metric 10\n\t\ttopology multicast (1), metric 20\n\t      Neighbor Network-ID: 10.0.0.2, Interface Address: 10.0.0.1\n\t\ttopology default (0), metric 1\n\t      Stub Network: 10.1.0.0, Mask: 255.255.0.0\n\t\ttopology default (0), metric 5\n\t\ttopology management (2), metric 6\n\t\ttopology Unknown (7), metric 7 [|ospf2]",
                    "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 240)\n    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 220\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0), 4 LSAs\n\t  LSA #1\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 76\n\t    Router LSA (1), LSA-ID: 2.2.2.2\n\t    Options: [External, Demand Circuit]\n\t    Router LSA Options: [ABR, ASBR, Nt]\n\t      Neighbor Router-ID: 3.3.3.3, Interface Address: 10.0.0.1\n\t\ttopology default (0), metric 10\n\t\ttopology multicast (1), metric 20\n\t      Neighbor Network-ID: 10.0.0.2, Interface Address: 10.0.0.1\n\t\ttopology default (0), metric 1\n\t      Stub Network: 10.1.0.0, Mask: 255.255.0.0\n\t\ttopology default (0), metric 5\n\t\ttopology management (2), metric 6\n\t\ttopology Unknown (7), metric 7\n\t      Virtual Link: Neighbor Router-ID: 4.4.4.4, Interface Address: 10.0.0.9\n\t\ttopology default (0), metric 3\n\t      Unknown Router Link Type (9)\n\t  LSA #2\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 16\n\t    Network LSA (2), LSA-ID: 10.0.0.2\n\t    Options: [External, Demand Circuit]\n\t    Mask 255.255.255.0\n\t    Connected Routers:\n\t      1.1.1.1\n\t      2.2.2.2\n\t      3.3.3.3\n\t  LSA #3\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 12\n\t    Summary LSA (3), LSA-ID: 10.5.0.0\n\t    Options: [External, Demand Circuit]\n\t    Mask 255.255.0.0\n\t\ttopology default (0) metric 100\n\t\ttopology management (2) metric 100\n\t  LSA #4\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 8\n\t    ASBR Summary LSA (4), LSA-ID: 5.5.5.5\n\t    Options: [External, Demand Circuit] [|ospf2]",
                ],
            ),
            (
                numeric(2),
                &[
                    "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 240)\n    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 220\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0), 4 LSAs\n\t  LSA #1\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 76\n\t    Router LSA (1), LSA-ID: 2.2.2.2\n\t    Options: [External, Demand Circuit]\n\t    Router LSA Options: [ABR, ASBR, Nt]\n\t      Neighbor Router-ID: 3.3.3.3, Interface Address: 10.0.0.1\n\t\ttopology default (0), metric 10\n\t\ttopology multicast (1), metric 20\n\t      Neighbor Network-ID: 10.0.0.2, Interface Address: 10.0.0.1\n\t\ttopology default (0), metric 1\n\t      Stub Network: 10.1.0.0, Mask: 255.255.0.0\n\t\ttopology default (0), metric 5\n\t\ttopology management (2), metric 6\n\t\ttopology Unknown (7), metric 7\n\t      Virtual Link: Neighbor Router-ID: 4.4.4.4, Interface Address: 10.0.0.9\n\t\ttopology default (0), metric 3\n\t      Unknown Router Link Type (9)\n\t  LSA #2\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 16\n\t    Network LSA (2), LSA-ID: 10.0.0.2\n\t    Options: [External, Demand Circuit]\n\t    Mask 255.255.255.0\n\t    Connected Routers:\n\t      1.1.1.1\n\t      2.2.2.2\n\t      3.3.3.3\n\t    0x0000:  ffff ff00 0101 0101 0202 0202 0303 0303\n\t  LSA #3\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 12\n\t    Summary LSA (3), LSA-ID: 10.5.0.0\n\t    Options: [External, Demand Circuit]\n\t    Mask 255.255.0.0\n\t\ttopology default (0) metric 100\n\t\ttopology management (2) metric 100\n\t    0x0000:  ffff 0000 0000 0064 0200 0064\n\t  LSA #4\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 8\n\t    ASBR Summary LSA (4), LSA-ID: 5.5.5.5\n\t    Options: [External, Demand Circuit]\n\t\ttopology default (0) metric 16777215\n\t    0x0000:  0000 0000 00ff ffff",
                    "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 240)\n    10.0.0.1 > 224.0.0.5:  [|ospf2]",
                    "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 240)\n    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 220\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0), 4 LSAs\n\t  LSA #1 [|ospf2]",
                    "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 240)\n    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 220\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0), 4 LSAs\n\t  LSA #1\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 76\n\t    Router LSA (1), LSA-ID: 2.2.2.2\n\t    Options: [External, Demand Circuit]\n\t    Router LSA Options: [ABR, ASBR, Nt]\n\t      Neighbor Router-ID: 3.3.3.3, Interface Address: 10.0.0.1\n\t\ttopology default (0), metric 10\n\t\ttopology multicast (1), metric 20\n\t      Neighbor Network-ID: 10.0.0.2, Interface Address: 10.0.0.1\n\t\ttopology default (0), metric 1\n\t      Stub Network: 10.1.0.0, Mask: 255.255.0.0\n\t\ttopology default (0), metric 5\n\t\ttopology management (2), metric 6\n\t\ttopology Unknown (7), metric 7 [|ospf2]",
                    "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 240)\n    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 220\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0), 4 LSAs\n\t  LSA #1\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 76\n\t    Router LSA (1), LSA-ID: 2.2.2.2\n\t    Options: [External, Demand Circuit]\n\t    Router LSA Options: [ABR, ASBR, Nt]\n\t      Neighbor Router-ID: 3.3.3.3, Interface Address: 10.0.0.1\n\t\ttopology default (0), metric 10\n\t\ttopology multicast (1), metric 20\n\t      Neighbor Network-ID: 10.0.0.2, Interface Address: 10.0.0.1\n\t\ttopology default (0), metric 1\n\t      Stub Network: 10.1.0.0, Mask: 255.255.0.0\n\t\ttopology default (0), metric 5\n\t\ttopology management (2), metric 6\n\t\ttopology Unknown (7), metric 7\n\t      Virtual Link: Neighbor Router-ID: 4.4.4.4, Interface Address: 10.0.0.9\n\t\ttopology default (0), metric 3\n\t      Unknown Router Link Type (9)\n\t  LSA #2\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 16\n\t    Network LSA (2), LSA-ID: 10.0.0.2\n\t    Options: [External, Demand Circuit]\n\t    Mask 255.255.255.0\n\t    Connected Routers:\n\t      1.1.1.1\n\t      2.2.2.2\n\t      3.3.3.3\n\t    0x0000:  ffff ff00 0101 0101 0202 0202 0303 0303\n\t  LSA #3\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 12\n\t    Summary LSA (3), LSA-ID: 10.5.0.0\n\t    Options: [External, Demand Circuit]\n\t    Mask 255.255.0.0\n\t\ttopology default (0) metric 100\n\t\ttopology management (2) metric 100\n\t    0x0000:  ffff 0000 0000 0064 0200 0064\n\t  LSA #4\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 8\n\t    ASBR Summary LSA (4), LSA-ID: 5.5.5.5\n\t    Options: [External, Demand Circuit] [|ospf2]",
                ],
            ),
        ],
    );
}

/// OSPFv2 LS-Update with AS-external, NSSA and group membership LSAs.
#[test]
fn v2_update_external_group() {
    golden_levels(
        LinkType::Raw,
        &[
            (
                "45c000b0000100000159ce2e0a000001e00000050204009c010101010000000000000000000000000000000000000003000522050a090900020202028000000100000030ffffff00800000140a0000070000002a01ffffff0000000000000000000508070a090800020202028000000100000024ffffff00800000140a0000070000002a00052206e001010102020202800000010000002c000000010707070700000002080808080000000509090909",
                0,
            ),
            (
                "45c000b0000100000159ce2e0a000001e00000050204009c010101010000000000000000000000000000000000000003000522050a090900020202028000000100000030ffffff00800000140a0000070000002a01ffffff0000000000000000000508070a090800020202028000000100000024ffffff00800000140a0000070000002a00052206e001010102020202800000010000002c000000010707070700000002080808080000000509090909",
                30,
            ),
            (
                "45c000b0000100000159ce2e0a000001e00000050204009c010101010000000000000000000000000000000000000003000522050a090900020202028000000100000030ffffff00800000140a0000070000002a01ffffff0000000000000000000508070a090800020202028000000100000024ffffff00800000140a0000070000002a00052206e001010102020202800000010000002c000000010707070700000002080808080000000509090909",
                50,
            ),
            (
                "45c000b0000100000159ce2e0a000001e00000050204009c010101010000000000000000000000000000000000000003000522050a090900020202028000000100000030ffffff00800000140a0000070000002a01ffffff0000000000000000000508070a090800020202028000000100000024ffffff00800000140a0000070000002a00052206e001010102020202800000010000002c000000010707070700000002080808080000000509090909",
                98,
            ),
            (
                "45c000b0000100000159ce2e0a000001e00000050204009c010101010000000000000000000000000000000000000003000522050a090900020202028000000100000030ffffff00800000140a0000070000002a01ffffff0000000000000000000508070a090800020202028000000100000024ffffff00800000140a0000070000002a00052206e001010102020202800000010000002c000000010707070700000002080808080000000509090909",
                173,
            ),
        ],
        &[
            (
                numeric(0),
                &[
                    "IP 10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 156",
                    "IP 10.0.0.1 > 224.0.0.5:  [|ospf2]",
                    "IP 10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 156",
                    "IP 10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 156",
                    "IP 10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 156",
                ],
            ),
            (
                numeric(1),
                &[
                    "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 176)\n    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 156\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0), 3 LSAs\n\t  LSA #1\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 28\n\t    External LSA (5), LSA-ID: 10.9.9.0\n\t    Options: [External, Demand Circuit]\n\t    Mask 255.255.255.0\n\t\ttopology default (0), type 2, metric 20, forward 10.0.0.7, tag 0.0.0.42\n\t\ttopology multicast (1), type 1, metric infinite\n\t  LSA #2\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 16\n\t    NSSA LSA (7), LSA-ID: 10.9.8.0\n\t    Options: [NSSA]\n\t    Mask 255.255.255.0\n\t\ttopology default (0), type 2, metric 20, forward 10.0.0.7, tag 0.0.0.42\n\t  LSA #3\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 24\n\t    Multicast Group LSA (6), LSA-ID: 224.1.1.1\n\t    Options: [External, Demand Circuit]\n\t    Router Router-ID 7.7.7.7\n\t    Network Designated Router 8.8.8.8\n\t    unknown VertexType (5)",
                    "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 176)\n    10.0.0.1 > 224.0.0.5:  [|ospf2]",
                    "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 176)\n    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 156\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0), 3 LSAs\n\t  LSA #1 [|ospf2]",
                    "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 176)\n    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 156\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0), 3 LSAs\n\t  LSA #1\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 28\n\t    External LSA (5), LSA-ID: 10.9.9.0\n\t    Options: [External, Demand Circuit]\n\t    Mask 255.255.255.0\n\t\ttopology default (0), type 2, metric 20, forward 10.0.0.7, tag 0.0.0.42\n\t\ttopology multicast (1), type 1, metric infinite\n\t  LSA #2 [|ospf2]",
                    "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 176)\n    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 156\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0), 3 LSAs\n\t  LSA #1\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 28\n\t    External LSA (5), LSA-ID: 10.9.9.0\n\t    Options: [External, Demand Circuit]\n\t    Mask 255.255.255.0\n\t\ttopology default (0), type 2, metric 20, forward 10.0.0.7, tag 0.0.0.42\n\t\ttopology multicast (1), type 1, metric infinite\n\t  LSA #2\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 16\n\t    NSSA LSA (7), LSA-ID: 10.9.8.0\n\t    Options: [NSSA]\n\t    Mask 255.255.255.0\n\t\ttopology default (0), type 2, metric 20, forward 10.0.0.7, tag 0.0.0.42\n\t  LSA #3\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 24\n\t    Multicast Group LSA (6), LSA-ID: 224.1.1.1\n\t    Options: [External, Demand Circuit]\n\t    Router Router-ID 7.7.7.7\n\t    Network Designated Router 8.8.8.8\n\t    unknown VertexType (5)",
                ],
            ),
            (
                numeric(2),
                &[
                    "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 176)\n    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 156\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0), 3 LSAs\n\t  LSA #1\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 28\n\t    External LSA (5), LSA-ID: 10.9.9.0\n\t    Options: [External, Demand Circuit]\n\t    Mask 255.255.255.0\n\t\ttopology default (0), type 2, metric 20, forward 10.0.0.7, tag 0.0.0.42\n\t\ttopology multicast (1), type 1, metric infinite\n\t    0x0000:  ffff ff00 8000 0014 0a00 0007 0000 002a\n\t    0x0010:  01ff ffff 0000 0000 0000 0000\n\t  LSA #2\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 16\n\t    NSSA LSA (7), LSA-ID: 10.9.8.0\n\t    Options: [NSSA]\n\t    Mask 255.255.255.0\n\t\ttopology default (0), type 2, metric 20, forward 10.0.0.7, tag 0.0.0.42\n\t    0x0000:  ffff ff00 8000 0014 0a00 0007 0000 002a\n\t  LSA #3\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 24\n\t    Multicast Group LSA (6), LSA-ID: 224.1.1.1\n\t    Options: [External, Demand Circuit]\n\t    Router Router-ID 7.7.7.7\n\t    Network Designated Router 8.8.8.8\n\t    unknown VertexType (5)\n\t    0x0000:  0000 0001 0707 0707 0000 0002 0808 0808\n\t    0x0010:  0000 0005 0909 0909",
                    "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 176)\n    10.0.0.1 > 224.0.0.5:  [|ospf2]",
                    "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 176)\n    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 156\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0), 3 LSAs\n\t  LSA #1 [|ospf2]",
                    "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 176)\n    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 156\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0), 3 LSAs\n\t  LSA #1\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 28\n\t    External LSA (5), LSA-ID: 10.9.9.0\n\t    Options: [External, Demand Circuit]\n\t    Mask 255.255.255.0\n\t\ttopology default (0), type 2, metric 20, forward 10.0.0.7, tag 0.0.0.42\n\t\ttopology multicast (1), type 1, metric infinite\n\t    0x0000:  ffff ff00 8000 0014 0a00 0007 0000 002a\n\t    0x0010:  01ff ffff 0000 0000 0000 0000\n\t  LSA #2 [|ospf2]",
                    "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 176)\n    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 156\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0), 3 LSAs\n\t  LSA #1\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 28\n\t    External LSA (5), LSA-ID: 10.9.9.0\n\t    Options: [External, Demand Circuit]\n\t    Mask 255.255.255.0\n\t\ttopology default (0), type 2, metric 20, forward 10.0.0.7, tag 0.0.0.42\n\t\ttopology multicast (1), type 1, metric infinite\n\t    0x0000:  ffff ff00 8000 0014 0a00 0007 0000 002a\n\t    0x0010:  01ff ffff 0000 0000 0000 0000\n\t  LSA #2\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 16\n\t    NSSA LSA (7), LSA-ID: 10.9.8.0\n\t    Options: [NSSA]\n\t    Mask 255.255.255.0\n\t\ttopology default (0), type 2, metric 20, forward 10.0.0.7, tag 0.0.0.42\n\t    0x0000:  ffff ff00 8000 0014 0a00 0007 0000 002a\n\t  LSA #3\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 24\n\t    Multicast Group LSA (6), LSA-ID: 224.1.1.1\n\t    Options: [External, Demand Circuit]\n\t    Router Router-ID 7.7.7.7\n\t    Network Designated Router 8.8.8.8\n\t    unknown VertexType (5)\n\t    0x0000:  0000 0001 0707 0707 0000 0002 0808 0808\n\t    0x0010:  0000 0005 09",
                ],
            ),
        ],
    );
}

/// OSPFv2 LS-Update with router information, grace, traffic engineering
/// (every Link sub-TLV), unknown opaque and unknown LSAs.
#[test]
fn v2_update_opaque() {
    golden_levels(
        LinkType::Raw,
        &[
            (
                "45c001ae000100000159cd300a000001e00000050204019a0101010100000000000000000000000000000000000000050005220a0400000002020202800000010000002800010004000003f0000700050102030405000000000522090300000002020202800000010000003400010004000000780002000101000000000300040a00000100040002aabb00000005220a010000010202020280000001000000f00001000401010101000200c80001000101000000000200080909090908080808000300040a000001000400040a000002000500040000000a000600044cee6b28000700044e6e6b2800080020000000004974240049f424004a371b004a7424004a9896804ab71b004ad59f8000090004000000ff000b000400000005000e000414000000000f0024330200004b1896804b1896804b1896804b1896804b1896804b1896804b1896804b1896800010000c0000000100000002000000030011000c010000004cbebc204d3ebc2000630003deadbe0000050004010203040005220b0700000102020202800000010000001a010203040506000522080102030402020202800000010000001800010203",
                0,
            ),
            (
                "45c001ae000100000159cd300a000001e00000050204019a0101010100000000000000000000000000000000000000050005220a0400000002020202800000010000002800010004000003f0000700050102030405000000000522090300000002020202800000010000003400010004000000780002000101000000000300040a00000100040002aabb00000005220a010000010202020280000001000000f00001000401010101000200c80001000101000000000200080909090908080808000300040a000001000400040a000002000500040000000a000600044cee6b28000700044e6e6b2800080020000000004974240049f424004a371b004a7424004a9896804ab71b004ad59f8000090004000000ff000b000400000005000e000414000000000f0024330200004b1896804b1896804b1896804b1896804b1896804b1896804b1896804b1896800010000c0000000100000002000000030011000c010000004cbebc204d3ebc2000630003deadbe0000050004010203040005220b0700000102020202800000010000001a010203040506000522080102030402020202800000010000001800010203",
                30,
            ),
            (
                "45c001ae000100000159cd300a000001e00000050204019a0101010100000000000000000000000000000000000000050005220a0400000002020202800000010000002800010004000003f0000700050102030405000000000522090300000002020202800000010000003400010004000000780002000101000000000300040a00000100040002aabb00000005220a010000010202020280000001000000f00001000401010101000200c80001000101000000000200080909090908080808000300040a000001000400040a000002000500040000000a000600044cee6b28000700044e6e6b2800080020000000004974240049f424004a371b004a7424004a9896804ab71b004ad59f8000090004000000ff000b000400000005000e000414000000000f0024330200004b1896804b1896804b1896804b1896804b1896804b1896804b1896804b1896800010000c0000000100000002000000030011000c010000004cbebc204d3ebc2000630003deadbe0000050004010203040005220b0700000102020202800000010000001a010203040506000522080102030402020202800000010000001800010203",
                50,
            ),
            (
                "45c001ae000100000159cd300a000001e00000050204019a0101010100000000000000000000000000000000000000050005220a0400000002020202800000010000002800010004000003f0000700050102030405000000000522090300000002020202800000010000003400010004000000780002000101000000000300040a00000100040002aabb00000005220a010000010202020280000001000000f00001000401010101000200c80001000101000000000200080909090908080808000300040a000001000400040a000002000500040000000a000600044cee6b28000700044e6e6b2800080020000000004974240049f424004a371b004a7424004a9896804ab71b004ad59f8000090004000000ff000b000400000005000e000414000000000f0024330200004b1896804b1896804b1896804b1896804b1896804b1896804b1896804b1896800010000c0000000100000002000000030011000c010000004cbebc204d3ebc2000630003deadbe0000050004010203040005220b0700000102020202800000010000001a010203040506000522080102030402020202800000010000001800010203",
                225,
            ),
            (
                "45c001ae000100000159cd300a000001e00000050204019a0101010100000000000000000000000000000000000000050005220a0400000002020202800000010000002800010004000003f0000700050102030405000000000522090300000002020202800000010000003400010004000000780002000101000000000300040a00000100040002aabb00000005220a010000010202020280000001000000f00001000401010101000200c80001000101000000000200080909090908080808000300040a000001000400040a000002000500040000000a000600044cee6b28000700044e6e6b2800080020000000004974240049f424004a371b004a7424004a9896804ab71b004ad59f8000090004000000ff000b000400000005000e000414000000000f0024330200004b1896804b1896804b1896804b1896804b1896804b1896804b1896804b1896800010000c0000000100000002000000030011000c010000004cbebc204d3ebc2000630003deadbe0000050004010203040005220b0700000102020202800000010000001a010203040506000522080102030402020202800000010000001800010203",
                427,
            ),
        ],
        &[
            (
                numeric(0),
                &[
                    "IP 10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 410",
                    "IP 10.0.0.1 > 224.0.0.5:  [|ospf2]",
                    "IP 10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 410",
                    "IP 10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 410",
                    "IP 10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 410",
                ],
            ),
            (
                numeric(1),
                &[
                    "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 430)\n    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 410\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0), 5 LSAs\n\t  LSA #1\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 20\n\t    Area Local Opaque LSA (10), Opaque-Type Router Information LSA (4), Opaque-ID 0\n\t    Options: [External, Demand Circuit]\n\t    Router Capabilities TLV (1), length: 4, value: Capabilities: graceful restart capable, graceful restart helper, Stub router support, Traffic engineering, p2p over LAN, path computation server\n\t    unknown TLV (7), length: 5, value: \n\t      0x0000:  0102 0304 05\n\t    Remaining LS length 3 < 4\n\t  LSA #2\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 32\n\t    Link Local Opaque LSA (9), Opaque-Type Graceful restart LSA (3), Opaque-ID 0\n\t    Options: [External, Demand Circuit]\n\t    Grace Period TLV (1), length 4, value: 120s\n\t    Graceful restart Reason TLV (2), length 1, value: Software Restart (1)\n\t    IPv4 interface address TLV (3), length 4, value: 10.0.0.1\n\t    unknown TLV (4), length 2, value: \n\t      0x0000:  aabb\n\t  LSA #3\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 220\n\t    Area Local Opaque LSA (10), Opaque-Type Traffic Engineering LSA (1), Opaque-ID 1\n\t    Options: [External, Demand Circuit]\n\t    Router Address TLV (1), length: 4, 1.1.1.1\n\t    Link TLV (2), length: 200\n\t      Link Type subTLV (1), length: 1, Point-to-point (1)\n\t      Link ID subTLV (2), length: 8, 9.9.9.9 (0x09090909), 8.8.8.8 (0x08080808)\n\t      Local Interface IP address subTLV (3), length: 4, 10.0.0.1\n\t      Remote Interface IP address subTLV (4), length: 4, 10.0.0.2\n\t      Traffic Engineering Metric subTLV (5), length: 4, Metric 10\n\t      Maximum Bandwidth subTLV (6), length: 4, 1000.000 Mbps\n\t      Maximum Reservable Bandwidth subTLV (7), length: 4, 8000.000 Mbps\n\t      Unreserved Bandwidth subTLV (8), length: 32\n\t\tTE-Class 0: 0.000 Mbps\n\t\tTE-Class 1: 8.000 Mbps\n\t\tTE-Class 2: 16.000 Mbps\n\t\tTE-Class 3: 24.000 Mbps\n\t\tTE-Class 4: 32.000 Mbps\n\t\tTE-Class 5: 40.000 Mbps\n\t\tTE-Class 6: 48.000 Mbps\n\t\tTE-Class 7: 56.000 Mbps\n\t      Administrative Group subTLV (9), length: 4, 0x000000ff\n\t      Link Local/Remote Identifier subTLV (11), length: 4, 0.0.0.5 (0x00000005)\n\t      Link Protection Type subTLV (14), length: 4, Shared, Dedicated 1+1\n\t      Interface Switching Capability subTLV (15), length: 36\n\t\tInterface Switching Capability: Layer-2 Switch Capable\n\t\tLSP Encoding: Ethernet V2/DIX\n\t\tMax LSP Bandwidth:\n\t\t  priority level 0: 80.000 Mbps\n\t\t  priority level 1: 80.000 Mbps\n\t\t  priority level 2: 80.000 Mbps\n\t\t  priority level 3: 80.000 Mbps\n\t\t  priority level 4: 80.000 Mbps\n\t\t  priority level 5: 80.000 Mbps\n\t\t  priority level 6: 80.000 Mbps\n\t\t  priority level 7: 80.000 Mbps\n\t      Shared Risk Link Group subTLV (16), length: 12\n\t\t  Shared risk group: 1, 2, 3\n\t      unknown subTLV (19774), length: 48160\n\t    Remaining TLV length 24 < 48164\n\t  LSA #4\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 6\n\t    Domain Wide Opaque LSA (11), Opaque-Type unknown LSA (7), Opaque-ID 1\n\t    Options: [External, Demand Circuit]\n\t    0x0000:  0102 0304 0506\n\t  LSA #5\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 4\n\t    unknown LSA (8), LSA-ID: 1.2.3.4\n\t    Options: [External, Demand Circuit]",
                    "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 430)\n    10.0.0.1 > 224.0.0.5:  [|ospf2]",
                    "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 430)\n    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 410\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0), 5 LSAs\n\t  LSA #1 [|ospf2]",
                    "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 430)\n    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 410\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0), 5 LSAs\n\t  LSA #1\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 20\n\t    Area Local Opaque LSA (10), Opaque-Type Router Information LSA (4), Opaque-ID 0\n\t    Options: [External, Demand Circuit]\n\t    Router Capabilities TLV (1), length: 4, value: Capabilities: graceful restart capable, graceful restart helper, Stub router support, Traffic engineering, p2p over LAN, path computation server\n\t    unknown TLV (7), length: 5, value: \n\t      0x0000:  0102 0304 05\n\t    Remaining LS length 3 < 4\n\t  LSA #2\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 32\n\t    Link Local Opaque LSA (9), Opaque-Type Graceful restart LSA (3), Opaque-ID 0\n\t    Options: [External, Demand Circuit]\n\t    Grace Period TLV (1), length 4, value: 120s\n\t    Graceful restart Reason TLV (2), length 1, value: Software Restart (1)\n\t    IPv4 interface address TLV (3), length 4, value: 10.0.0.1\n\t    unknown TLV (4), length 2, value: \n\t      0x0000:  aabb\n\t  LSA #3\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 220\n\t    Area Local Opaque LSA (10), Opaque-Type Traffic Engineering LSA (1), Opaque-ID 1\n\t    Options: [External, Demand Circuit]\n\t    Router Address TLV (1), length: 4, 1.1.1.1\n\t    Link TLV (2), length: 200\n\t      Link Type subTLV (1), length: 1, Point-to-point (1)\n\t      Link ID subTLV (2), length: 8, 9.9.9.9 (0x09090909), 8.8.8.8 (0x08080808)\n\t      Local Interface IP address subTLV (3), length: 4, 10.0.0.1\n\t      Remote Interface IP address subTLV (4), length: 4, 10.0.0.2\n\t      Traffic Engineering Metric subTLV (5), length: 4, Metric 10\n\t      Maximum Bandwidth subTLV (6), length: 4, 1000.000 Mbps [|ospf2]",
                    "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 430)\n    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 410\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0), 5 LSAs\n\t  LSA #1\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 20\n\t    Area Local Opaque LSA (10), Opaque-Type Router Information LSA (4), Opaque-ID 0\n\t    Options: [External, Demand Circuit]\n\t    Router Capabilities TLV (1), length: 4, value: Capabilities: graceful restart capable, graceful restart helper, Stub router support, Traffic engineering, p2p over LAN, path computation server\n\t    unknown TLV (7), length: 5, value: \n\t      0x0000:  0102 0304 05\n\t    Remaining LS length 3 < 4\n\t  LSA #2\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 32\n\t    Link Local Opaque LSA (9), Opaque-Type Graceful restart LSA (3), Opaque-ID 0\n\t    Options: [External, Demand Circuit]\n\t    Grace Period TLV (1), length 4, value: 120s\n\t    Graceful restart Reason TLV (2), length 1, value: Software Restart (1)\n\t    IPv4 interface address TLV (3), length 4, value: 10.0.0.1\n\t    unknown TLV (4), length 2, value: \n\t      0x0000:  aabb\n\t  LSA #3\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 220\n\t    Area Local Opaque LSA (10), Opaque-Type Traffic Engineering LSA (1), Opaque-ID 1\n\t    Options: [External, Demand Circuit]\n\t    Router Address TLV (1), length: 4, 1.1.1.1\n\t    Link TLV (2), length: 200\n\t      Link Type subTLV (1), length: 1, Point-to-point (1)\n\t      Link ID subTLV (2), length: 8, 9.9.9.9 (0x09090909), 8.8.8.8 (0x08080808)\n\t      Local Interface IP address subTLV (3), length: 4, 10.0.0.1\n\t      Remote Interface IP address subTLV (4), length: 4, 10.0.0.2\n\t      Traffic Engineering Metric subTLV (5), length: 4, Metric 10\n\t      Maximum Bandwidth subTLV (6), length: 4, 1000.000 Mbps\n\t      Maximum Reservable Bandwidth subTLV (7), length: 4, 8000.000 Mbps\n\t      Unreserved Bandwidth subTLV (8), length: 32\n\t\tTE-Class 0: 0.000 Mbps\n\t\tTE-Class 1: 8.000 Mbps\n\t\tTE-Class 2: 16.000 Mbps\n\t\tTE-Class 3: 24.000 Mbps\n\t\tTE-Class 4: 32.000 Mbps\n\t\tTE-Class 5: 40.000 Mbps\n\t\tTE-Class 6: 48.000 Mbps\n\t\tTE-Class 7: 56.000 Mbps\n\t      Administrative Group subTLV (9), length: 4, 0x000000ff\n\t      Link Local/Remote Identifier subTLV (11), length: 4, 0.0.0.5 (0x00000005)\n\t      Link Protection Type subTLV (14), length: 4, Shared, Dedicated 1+1\n\t      Interface Switching Capability subTLV (15), length: 36\n\t\tInterface Switching Capability: Layer-2 Switch Capable\n\t\tLSP Encoding: Ethernet V2/DIX\n\t\tMax LSP Bandwidth:\n\t\t  priority level 0: 80.000 Mbps\n\t\t  priority level 1: 80.000 Mbps\n\t\t  priority level 2: 80.000 Mbps\n\t\t  priority level 3: 80.000 Mbps\n\t\t  priority level 4: 80.000 Mbps\n\t\t  priority level 5: 80.000 Mbps\n\t\t  priority level 6: 80.000 Mbps\n\t\t  priority level 7: 80.000 Mbps\n\t      Shared Risk Link Group subTLV (16), length: 12\n\t\t  Shared risk group: 1, 2, 3\n\t      unknown subTLV (19774), length: 48160\n\t    Remaining TLV length 24 < 48164\n\t  LSA #4\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 6\n\t    Domain Wide Opaque LSA (11), Opaque-Type unknown LSA (7), Opaque-ID 1\n\t    Options: [External, Demand Circuit]\n\t    0x0000:  0102 0304 0506\n\t  LSA #5\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 4\n\t    unknown LSA (8), LSA-ID: 1.2.3.4\n\t    Options: [External, Demand Circuit]",
                ],
            ),
            (
                numeric(2),
                &[
                    "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 430)\n    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 410\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0), 5 LSAs\n\t  LSA #1\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 20\n\t    Area Local Opaque LSA (10), Opaque-Type Router Information LSA (4), Opaque-ID 0\n\t    Options: [External, Demand Circuit]\n\t    Router Capabilities TLV (1), length: 4, value: Capabilities: graceful restart capable, graceful restart helper, Stub router support, Traffic engineering, p2p over LAN, path computation server\n\t    unknown TLV (7), length: 5, value: \n\t    Remaining LS length 3 < 4\n\t  LSA #2\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 32\n\t    Link Local Opaque LSA (9), Opaque-Type Graceful restart LSA (3), Opaque-ID 0\n\t    Options: [External, Demand Circuit]\n\t    Grace Period TLV (1), length 4, value: 120s\n\t    Graceful restart Reason TLV (2), length 1, value: Software Restart (1)\n\t    IPv4 interface address TLV (3), length 4, value: 10.0.0.1\n\t    unknown TLV (4), length 2, value: \n\t    0x0000:  0001 0004 0000 0078 0002 0001 0100 0000\n\t    0x0010:  0003 0004 0a00 0001 0004 0002 aabb 0000\n\t  LSA #3\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 220\n\t    Area Local Opaque LSA (10), Opaque-Type Traffic Engineering LSA (1), Opaque-ID 1\n\t    Options: [External, Demand Circuit]\n\t    Router Address TLV (1), length: 4, 1.1.1.1\n\t    Link TLV (2), length: 200\n\t      Link Type subTLV (1), length: 1, Point-to-point (1)\n\t      Link ID subTLV (2), length: 8, 9.9.9.9 (0x09090909), 8.8.8.8 (0x08080808)\n\t      Local Interface IP address subTLV (3), length: 4, 10.0.0.1\n\t      Remote Interface IP address subTLV (4), length: 4, 10.0.0.2\n\t      Traffic Engineering Metric subTLV (5), length: 4, Metric 10\n\t      Maximum Bandwidth subTLV (6), length: 4, 1000.000 Mbps\n\t      Maximum Reservable Bandwidth subTLV (7), length: 4, 8000.000 Mbps\n\t      Unreserved Bandwidth subTLV (8), length: 32\n\t\tTE-Class 0: 0.000 Mbps\n\t\tTE-Class 1: 8.000 Mbps\n\t\tTE-Class 2: 16.000 Mbps\n\t\tTE-Class 3: 24.000 Mbps\n\t\tTE-Class 4: 32.000 Mbps\n\t\tTE-Class 5: 40.000 Mbps\n\t\tTE-Class 6: 48.000 Mbps\n\t\tTE-Class 7: 56.000 Mbps\n\t      Administrative Group subTLV (9), length: 4, 0x000000ff\n\t      Link Local/Remote Identifier subTLV (11), length: 4, 0.0.0.5 (0x00000005)\n\t      Link Protection Type subTLV (14), length: 4, Shared, Dedicated 1+1\n\t      Interface Switching Capability subTLV (15), length: 36\n\t\tInterface Switching Capability: Layer-2 Switch Capable\n\t\tLSP Encoding: Ethernet V2/DIX\n\t\tMax LSP Bandwidth:\n\t\t  priority level 0: 80.000 Mbps\n\t\t  priority level 1: 80.000 Mbps\n\t\t  priority level 2: 80.000 Mbps\n\t\t  priority level 3: 80.000 Mbps\n\t\t  priority level 4: 80.000 Mbps\n\t\t  priority level 5: 80.000 Mbps\n\t\t  priority level 6: 80.000 Mbps\n\t\t  priority level 7: 80.000 Mbps\n\t      Shared Risk Link Group subTLV (16), length: 12\n\t\t  Shared risk group: 1, 2, 3\n\t      unknown subTLV (19774), length: 48160\n\t    Remaining TLV length 24 < 48164\n\t  LSA #4\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 6\n\t    Domain Wide Opaque LSA (11), Opaque-Type unknown LSA (7), Opaque-ID 1\n\t    Options: [External, Demand Circuit]\n\t    0x0000:  0102 0304 0506\n\t  LSA #5\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 4\n\t    unknown LSA (8), LSA-ID: 1.2.3.4\n\t    Options: [External, Demand Circuit]\n\t    0x0000:  0001 0203",
                    "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 430)\n    10.0.0.1 > 224.0.0.5:  [|ospf2]",
                    "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 430)\n    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 410\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0), 5 LSAs\n\t  LSA #1 [|ospf2]",
                    "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 430)\n    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 410\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0), 5 LSAs\n\t  LSA #1\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 20\n\t    Area Local Opaque LSA (10), Opaque-Type Router Information LSA (4), Opaque-ID 0\n\t    Options: [External, Demand Circuit]\n\t    Router Capabilities TLV (1), length: 4, value: Capabilities: graceful restart capable, graceful restart helper, Stub router support, Traffic engineering, p2p over LAN, path computation server\n\t    unknown TLV (7), length: 5, value: \n\t    Remaining LS length 3 < 4\n\t  LSA #2\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 32\n\t    Link Local Opaque LSA (9), Opaque-Type Graceful restart LSA (3), Opaque-ID 0\n\t    Options: [External, Demand Circuit]\n\t    Grace Period TLV (1), length 4, value: 120s\n\t    Graceful restart Reason TLV (2), length 1, value: Software Restart (1)\n\t    IPv4 interface address TLV (3), length 4, value: 10.0.0.1\n\t    unknown TLV (4), length 2, value: \n\t    0x0000:  0001 0004 0000 0078 0002 0001 0100 0000\n\t    0x0010:  0003 0004 0a00 0001 0004 0002 aabb 0000\n\t  LSA #3\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 220\n\t    Area Local Opaque LSA (10), Opaque-Type Traffic Engineering LSA (1), Opaque-ID 1\n\t    Options: [External, Demand Circuit]\n\t    Router Address TLV (1), length: 4, 1.1.1.1\n\t    Link TLV (2), length: 200\n\t      Link Type subTLV (1), length: 1, Point-to-point (1)\n\t      Link ID subTLV (2), length: 8, 9.9.9.9 (0x09090909), 8.8.8.8 (0x08080808)\n\t      Local Interface IP address subTLV (3), length: 4, 10.0.0.1\n\t      Remote Interface IP address subTLV (4), length: 4, 10.0.0.2\n\t      Traffic Engineering Metric subTLV (5), length: 4, Metric 10\n\t      Maximum Bandwidth subTLV (6), length: 4, 1000.000 Mbps [|ospf2]",
                    "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 430)\n    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 410\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0), 5 LSAs\n\t  LSA #1\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 20\n\t    Area Local Opaque LSA (10), Opaque-Type Router Information LSA (4), Opaque-ID 0\n\t    Options: [External, Demand Circuit]\n\t    Router Capabilities TLV (1), length: 4, value: Capabilities: graceful restart capable, graceful restart helper, Stub router support, Traffic engineering, p2p over LAN, path computation server\n\t    unknown TLV (7), length: 5, value: \n\t    Remaining LS length 3 < 4\n\t  LSA #2\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 32\n\t    Link Local Opaque LSA (9), Opaque-Type Graceful restart LSA (3), Opaque-ID 0\n\t    Options: [External, Demand Circuit]\n\t    Grace Period TLV (1), length 4, value: 120s\n\t    Graceful restart Reason TLV (2), length 1, value: Software Restart (1)\n\t    IPv4 interface address TLV (3), length 4, value: 10.0.0.1\n\t    unknown TLV (4), length 2, value: \n\t    0x0000:  0001 0004 0000 0078 0002 0001 0100 0000\n\t    0x0010:  0003 0004 0a00 0001 0004 0002 aabb 0000\n\t  LSA #3\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 220\n\t    Area Local Opaque LSA (10), Opaque-Type Traffic Engineering LSA (1), Opaque-ID 1\n\t    Options: [External, Demand Circuit]\n\t    Router Address TLV (1), length: 4, 1.1.1.1\n\t    Link TLV (2), length: 200\n\t      Link Type subTLV (1), length: 1, Point-to-point (1)\n\t      Link ID subTLV (2), length: 8, 9.9.9.9 (0x09090909), 8.8.8.8 (0x08080808)\n\t      Local Interface IP address subTLV (3), length: 4, 10.0.0.1\n\t      Remote Interface IP address subTLV (4), length: 4, 10.0.0.2\n\t      Traffic Engineering Metric subTLV (5), length: 4, Metric 10\n\t      Maximum Bandwidth subTLV (6), length: 4, 1000.000 Mbps\n\t      Maximum Reservable Bandwidth subTLV (7), length: 4, 8000.000 Mbps\n\t      Unreserved Bandwidth subTLV (8), length: 32\n\t\tTE-Class 0: 0.000 Mbps\n\t\tTE-Class 1: 8.000 Mbps\n\t\tTE-Class 2: 16.000 Mbps\n\t\tTE-Class 3: 24.000 Mbps\n\t\tTE-Class 4: 32.000 Mbps\n\t\tTE-Class 5: 40.000 Mbps\n\t\tTE-Class 6: 48.000 Mbps\n\t\tTE-Class 7: 56.000 Mbps\n\t      Administrative Group subTLV (9), length: 4, 0x000000ff\n\t      Link Local/Remote Identifier subTLV (11), length: 4, 0.0.0.5 (0x00000005)\n\t      Link Protection Type subTLV (14), length: 4, Shared, Dedicated 1+1\n\t      Interface Switching Capability subTLV (15), length: 36\n\t\tInterface Switching Capability: Layer-2 Switch Capable\n\t\tLSP Encoding: Ethernet V2/DIX\n\t\tMax LSP Bandwidth:\n\t\t  priority level 0: 80.000 Mbps\n\t\t  priority level 1: 80.000 Mbps\n\t\t  priority level 2: 80.000 Mbps\n\t\t  priority level 3: 80.000 Mbps\n\t\t  priority level 4: 80.000 Mbps\n\t\t  priority level 5: 80.000 Mbps\n\t\t  priority level 6: 80.000 Mbps\n\t\t  priority level 7: 80.000 Mbps\n\t      Shared Risk Link Group subTLV (16), length: 12\n\t\t  Shared risk group: 1, 2, 3\n\t      unknown subTLV (19774), length: 48160\n\t    Remaining TLV length 24 < 48164\n\t  LSA #4\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 6\n\t    Domain Wide Opaque LSA (11), Opaque-Type unknown LSA (7), Opaque-ID 1\n\t    Options: [External, Demand Circuit]\n\t    0x0000:  0102 0304 0506\n\t  LSA #5\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 4\n\t    unknown LSA (8), LSA-ID: 1.2.3.4\n\t    Options: [External, Demand Circuit]\n\t    0x0000:  00",
                ],
            ),
        ],
    );
}

/// OSPFv2 TE, grace and router information TLVs of bad lengths, an LSA
/// shorter than its header, LS-Ack, an unknown packet type and version,
/// a header length past the packet.
#[test]
fn v2_te_lengths() {
    verbose_alike(
        &[
            (
                "45c00050000100000159ce8e0a000001e00000050204003c0101010100000000000000000000000000000000000000010005220a01000002020202028000000100000020000200080009000201020000",
                0,
            ),
            (
                "45c00050000100000159ce8e0a000001e00000050204003c0101010100000000000000000000000000000000000000010005220a01000002020202028000000100000020000200080002000301020300",
                0,
            ),
            (
                "45c00050000100000159ce8e0a000001e00000050204003c0101010100000000000000000000000000000000000000010005220a01000002020202028000000100000020000200080003000101000000",
                0,
            ),
            (
                "45c00050000100000159ce8e0a000001e00000050204003c0101010100000000000000000000000000000000000000010005220a01000002020202028000000100000020000200080006000201020000",
                0,
            ),
            (
                "45c00054000100000159ce8a0a000001e0000005020400400101010100000000000000000000000000000000000000010005220a010000020202020280000001000000240002000c000800080000000000000000",
                0,
            ),
            (
                "45c00050000100000159ce8e0a000001e00000050204003c0101010100000000000000000000000000000000000000010005220a01000002020202028000000100000020000200080011000201020000",
                0,
            ),
            (
                "45c00054000100000159ce8a0a000001e0000005020400400101010100000000000000000000000000000000000000010005220a010000020202020280000001000000240002000c001100060000000000000000",
                0,
            ),
            (
                "45c00074000100000159ce6a0a000001e0000005020400600101010100000000000000000000000000000000000000010005220a010000020202020280000001000000440002002c0011002800000000000000000000000000000000000000000000000000000000000000000000000000000000",
                0,
            ),
            (
                "45c00050000100000159ce8e0a000001e00000050204003c0101010100000000000000000000000000000000000000010005220a01000002020202028000000100000020000200080005000101000000",
                0,
            ),
            (
                "45c00050000100000159ce8e0a000001e00000050204003c0101010100000000000000000000000000000000000000010005220a0100000202020202800000010000002000020008000e000101000000",
                0,
            ),
            (
                "45c00054000100000159ce8a0a000001e0000005020400400101010100000000000000000000000000000000000000010005220a010000020202020280000001000000240002000c000f00080000000000000000",
                0,
            ),
            (
                "45c00050000100000159ce8e0a000001e00000050204003c0101010100000000000000000000000000000000000000010005220a01000002020202028000000100000020000200080001000201020000",
                0,
            ),
            (
                "45c00054000100000159ce8a0a000001e0000005020400400101010100000000000000000000000000000000000000010005220a010000020202020280000001000000240002000c001000050102030405000000",
                0,
            ),
            (
                "45c00050000100000159ce8e0a000001e00000050204003c0101010100000000000000000000000000000000000000010005220a01000002020202028000000100000020000200080000000401020304",
                0,
            ),
            (
                "45c00050000100000159ce8e0a000001e00000050204003c0101010100000000000000000000000000000000000000010005220a01000002020202028000000100000020000200080003002800000000",
                0,
            ),
            (
                "45c00074000100000159ce6a0a000001e0000005020400600101010100000000000000000000000000000000000000020005220a01000002020202028000000100000020000200500000000000000000000522010202020202020202800000010000002413000005030303030a0000010101000a",
                0,
            ),
            (
                "45c0004c000100000159ce920a000001e000000502040038010101010000000000000000000000000000000000000002000522010202020202020202800000010000000a0000000000000000",
                0,
            ),
            (
                "45c00054000100000159ce8a0a000001e000000502040040010101010000000000000000000000000000000000000001000522090300000002020202800000010000002400010002010200000002000101000000",
                0,
            ),
            (
                "45c0004c000100000159ce920a000001e000000502040038010101010000000000000000000000000000000000000001000522090300000002020202800000010000001c0002000201020000",
                0,
            ),
            (
                "45c00054000100000159ce8a0a000001e0000005020400400101010100000000000000000000000000000000000000010005220a0400000002020202800000010000002400010002010200000002000101000000",
                0,
            ),
            (
                "45c00054000100000159ce8a0a000001e000000502050040010101010000000000000000000000000000000000052201020202020202020280000001000000300005220a01000007020202028000000100000028",
                0,
            ),
            (
                "45c00054000100000159ce8a0a000001e000000502050040010101010000000000000000000000000000000000052201020202020202020280000001000000300005220102020202020202028000000100000004",
                0,
            ),
            (
                "45c00034000100000159ceaa0a000001e00000050209002001010101000000000000000000000000000000000000000000000000",
                0,
            ),
            (
                "45c00048000100000159ce960a000001e0000005030100340101010100000000000000000000000000000000ffffff00000a1201000000280a0000010a0000020303030304040404",
                0,
            ),
            (
                "45c0003c000100000159cea20a000001e0000005020100340101010100000000000000000000000000000000ffffff00000a1201000000280a000001",
                0,
            ),
        ],
        &[
            "IP 10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 60",
            "IP 10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 60",
            "IP 10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 60",
            "IP 10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 60",
            "IP 10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 64",
            "IP 10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 60",
            "IP 10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 64",
            "IP 10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 96",
            "IP 10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 60",
            "IP 10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 60",
            "IP 10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 64",
            "IP 10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 60",
            "IP 10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 64",
            "IP 10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 60",
            "IP 10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 60",
            "IP 10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 96",
            "IP 10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 56",
            "IP 10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 64",
            "IP 10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 56",
            "IP 10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 64",
            "IP 10.0.0.1 > 224.0.0.5: OSPFv2, LS-Ack, length 64",
            "IP 10.0.0.1 > 224.0.0.5: OSPFv2, LS-Ack, length 64",
            "IP 10.0.0.1 > 224.0.0.5: OSPFv2, unknown LS-type 9, length 32",
            "IP 10.0.0.1 > 224.0.0.5: OSPFv3, Hello, length 52",
            "IP 10.0.0.1 > 224.0.0.5: OSPFv2, Hello, length 40",
        ],
        &[
            "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 80)\n    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 60\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0), 1 LSA\n\t  LSA #1\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 12\n\t    Area Local Opaque LSA (10), Opaque-Type Traffic Engineering LSA (1), Opaque-ID 2\n\t    Options: [External, Demand Circuit]\n\t    Link TLV (2), length: 8\n\t      Administrative Group subTLV (9), length: 2 != 4 (invalid)",
            "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 80)\n    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 60\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0), 1 LSA\n\t  LSA #1\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 12\n\t    Area Local Opaque LSA (10), Opaque-Type Traffic Engineering LSA (1), Opaque-ID 2\n\t    Options: [External, Demand Circuit]\n\t    Link TLV (2), length: 8\n\t      Link ID subTLV (2), length: 3 != 4 && != 8 (invalid)",
            "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 80)\n    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 60\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0), 1 LSA\n\t  LSA #1\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 12\n\t    Area Local Opaque LSA (10), Opaque-Type Traffic Engineering LSA (1), Opaque-ID 2\n\t    Options: [External, Demand Circuit]\n\t    Link TLV (2), length: 8\n\t      Local Interface IP address subTLV (3), length: 1 != 4 (invalid)",
            "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 80)\n    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 60\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0), 1 LSA\n\t  LSA #1\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 12\n\t    Area Local Opaque LSA (10), Opaque-Type Traffic Engineering LSA (1), Opaque-ID 2\n\t    Options: [External, Demand Circuit]\n\t    Link TLV (2), length: 8\n\t      Maximum Bandwidth subTLV (6), length: 2 != 4 (invalid)",
            "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 84)\n    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 64\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0), 1 LSA\n\t  LSA #1\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 16\n\t    Area Local Opaque LSA (10), Opaque-Type Traffic Engineering LSA (1), Opaque-ID 2\n\t    Options: [External, Demand Circuit]\n\t    Link TLV (2), length: 12\n\t      Unreserved Bandwidth subTLV (8), length: 8 != 32 (invalid)",
            "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 80)\n    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 60\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0), 1 LSA\n\t  LSA #1\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 12\n\t    Area Local Opaque LSA (10), Opaque-Type Traffic Engineering LSA (1), Opaque-ID 2\n\t    Options: [External, Demand Circuit]\n\t    Link TLV (2), length: 8\n\t      Bandwidth Constraints subTLV (17), length: 2 < 4 (invalid)",
            "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 84)\n    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 64\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0), 1 LSA\n\t  LSA #1\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 16\n\t    Area Local Opaque LSA (10), Opaque-Type Traffic Engineering LSA (1), Opaque-ID 2\n\t    Options: [External, Demand Circuit]\n\t    Link TLV (2), length: 12\n\t      Bandwidth Constraints subTLV (17), length: 6\n\t\tBandwidth Constraints Model ID: Russian dolls (0)\n\t\tlength 6 != N x 4 (invalid)",
            "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 116)\n    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 96\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0), 1 LSA\n\t  LSA #1\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 48\n\t    Area Local Opaque LSA (10), Opaque-Type Traffic Engineering LSA (1), Opaque-ID 2\n\t    Options: [External, Demand Circuit]\n\t    Link TLV (2), length: 44\n\t      Bandwidth Constraints subTLV (17), length: 40\n\t\tBandwidth Constraints Model ID: Russian dolls (0)\n\t\tlength 40 > 36 (invalid)",
            "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 80)\n    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 60\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0), 1 LSA\n\t  LSA #1\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 12\n\t    Area Local Opaque LSA (10), Opaque-Type Traffic Engineering LSA (1), Opaque-ID 2\n\t    Options: [External, Demand Circuit]\n\t    Link TLV (2), length: 8\n\t      Traffic Engineering Metric subTLV (5), length: 1 != 4 (invalid)",
            "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 80)\n    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 60\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0), 1 LSA\n\t  LSA #1\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 12\n\t    Area Local Opaque LSA (10), Opaque-Type Traffic Engineering LSA (1), Opaque-ID 2\n\t    Options: [External, Demand Circuit]\n\t    Link TLV (2), length: 8\n\t      Link Protection Type subTLV (14), length: 1 != 4 (invalid)",
            "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 84)\n    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 64\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0), 1 LSA\n\t  LSA #1\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 16\n\t    Area Local Opaque LSA (10), Opaque-Type Traffic Engineering LSA (1), Opaque-ID 2\n\t    Options: [External, Demand Circuit]\n\t    Link TLV (2), length: 12\n\t      Interface Switching Capability subTLV (15), length: 8 < 36 (invalid)",
            "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 80)\n    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 60\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0), 1 LSA\n\t  LSA #1\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 12\n\t    Area Local Opaque LSA (10), Opaque-Type Traffic Engineering LSA (1), Opaque-ID 2\n\t    Options: [External, Demand Circuit]\n\t    Link TLV (2), length: 8\n\t      Link Type subTLV (1), length: 2 != 1 (invalid)",
            "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 84)\n    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 64\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0), 1 LSA\n\t  LSA #1\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 16\n\t    Area Local Opaque LSA (10), Opaque-Type Traffic Engineering LSA (1), Opaque-ID 2\n\t    Options: [External, Demand Circuit]\n\t    Link TLV (2), length: 12\n\t      Shared Risk Link Group subTLV (16), length: 5 != N x 4 (invalid)",
            "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 80)\n    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 60\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0), 1 LSA\n\t  LSA #1\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 12\n\t    Area Local Opaque LSA (10), Opaque-Type Traffic Engineering LSA (1), Opaque-ID 2\n\t    Options: [External, Demand Circuit]\n\t    Link TLV (2), length: 8 (invalid)",
            "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 80)\n    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 60\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0), 1 LSA\n\t  LSA #1\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 12\n\t    Area Local Opaque LSA (10), Opaque-Type Traffic Engineering LSA (1), Opaque-ID 2\n\t    Options: [External, Demand Circuit]\n\t    Link TLV (2), length: 8\n\t      Local Interface IP address subTLV (3), length: 40\n\t    Remaining TLV length 8 < 44",
            "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 116)\n    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 96\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0), 2 LSAs\n\t  LSA #1\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 12\n\t    Area Local Opaque LSA (10), Opaque-Type Traffic Engineering LSA (1), Opaque-ID 2\n\t    Options: [External, Demand Circuit]\n\t    Link TLV (2), length: 80\n\t    Bogus length 80 > 8\n\t  LSA #2\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 16\n\t    Router LSA (1), LSA-ID: 2.2.2.2\n\t    Options: [External, Demand Circuit]\n\t    Router LSA Options: [ABR, ASBR, Nt]\n\t      Neighbor Router-ID: 3.3.3.3, Interface Address: 10.0.0.1\n\t\ttopology default (0), metric 10 [|ospf2]",
            "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 76)\n    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 56\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0), 2 LSAs\n\t  LSA #1\n\t    Bogus length 10 < header (20) [|ospf2]",
            "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 84)\n    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 64\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0), 1 LSA\n\t  LSA #1\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 16\n\t    Link Local Opaque LSA (9), Opaque-Type Graceful restart LSA (3), Opaque-ID 0\n\t    Options: [External, Demand Circuit]\n\t    Grace Period TLV (1), length 2, value: \n\t    Bogus length 2 != 4",
            "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 76)\n    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 56\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0), 1 LSA\n\t  LSA #1\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 8\n\t    Link Local Opaque LSA (9), Opaque-Type Graceful restart LSA (3), Opaque-ID 0\n\t    Options: [External, Demand Circuit]\n\t    Graceful restart Reason TLV (2), length 2, value: \n\t    Bogus length 2 != 1",
            "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 84)\n    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 64\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0), 1 LSA\n\t  LSA #1\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 16\n\t    Area Local Opaque LSA (10), Opaque-Type Router Information LSA (4), Opaque-ID 0\n\t    Options: [External, Demand Circuit]\n\t    Router Capabilities TLV (1), length: 2, value: \n\t    Bogus length 2 != 4",
            "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 84)\n    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Ack, length 64\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0)\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 28\n\t    Router LSA (1), LSA-ID: 2.2.2.2\n\t    Options: [External, Demand Circuit]\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 20\n\t    Area Local Opaque LSA (10), Opaque-Type Traffic Engineering LSA (1), Opaque-ID 7\n\t    Options: [External, Demand Circuit] [|ospf2]",
            "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 84)\n    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Ack, length 64\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0)\n\t  Advertising Router 2.2.2.2, seq 0x80000001, age 5s, length 28\n\t    Router LSA (1), LSA-ID: 2.2.2.2\n\t    Options: [External, Demand Circuit]\n\t    Bogus length 4 < header (20)",
            "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 52)\n    10.0.0.1 > 224.0.0.5: OSPFv2, unknown LS-type 9, length 32",
            "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 72)\n    10.0.0.1 > 224.0.0.5: OSPFv3, Hello, length 52\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0) ospf [version 3]",
            "IP (tos 0xc0, ttl 1, id 1, offset 0, flags [none], proto OSPF (89), length 60)\n    10.0.0.1 > 224.0.0.5: OSPFv2, Hello, length 40 [len 52]\n\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: none (0)\n\tOptions [External, LLS]\n\t  Hello Timer 10s, Dead Timer 40s, Mask 255.255.255.0, Priority 1\n\t  Designated Router 10.0.0.1 [|ospf2]",
        ],
    );
}

/// OSPFv3 Hello with LLS and authentication trailers (good and bad),
/// Database Description, LS-Request.
#[test]
fn v3_hello_dd_request() {
    golden_levels(
        LinkType::Raw,
        &[
            (
                "6e00000000545901fe800000000000000000000000000001ff020000000000000000000000000005030100280101010100000000000000000000000501000613000a00280101010102020202030303031111000c000100040000000100010020000000070000000100000002000102030405060708090a0b0c0d0e0f",
                0,
            ),
            (
                "6e00000000545901fe800000000000000000000000000001ff020000000000000000000000000005030100280101010100000000000000000000000501000613000a00280101010102020202030303031111000c000100040000000100010020000000070000000100000002000102030405060708090a0b0c0d0e0f",
                50,
            ),
            (
                "6e00000000545901fe800000000000000000000000000001ff020000000000000000000000000005030100280101010100000000000000000000000501000613000a00280101010102020202030303031111000c000100040000000100010020000000070000000100000002000102030405060708090a0b0c0d0e0f",
                70,
            ),
            (
                "6e00000000545901fe800000000000000000000000000001ff020000000000000000000000000005030100280101010100000000000000000000000501000613000a00280101010102020202030303031111000c000100040000000100010020000000070000000100000002000102030405060708090a0b0c0d0e0f",
                82,
            ),
            (
                "6e00000000545901fe800000000000000000000000000001ff020000000000000000000000000005030100280101010100000000000000000000000501000613000a00280101010102020202030303031111000c000100040000000100010020000000070000000100000002000102030405060708090a0b0c0d0e0f",
                121,
            ),
            (
                "6e00000000445901fe800000000000000000000000000001ff020000000000000000000000000005030100240101010100000007000003000000000501000013000a0028000000000000000000010020000000070000000100000002000102030405060708090a0b0c0d0e0f",
                0,
            ),
            (
                "6e00000000445901fe800000000000000000000000000001ff020000000000000000000000000005030100240101010100000007000003000000000501000013000a0028000000000000000000010020000000070000000100000002000102030405060708090a0b0c0d0e0f",
                50,
            ),
            (
                "6e00000000445901fe800000000000000000000000000001ff020000000000000000000000000005030100240101010100000007000003000000000501000013000a0028000000000000000000010020000000070000000100000002000102030405060708090a0b0c0d0e0f",
                70,
            ),
            (
                "6e00000000445901fe800000000000000000000000000001ff020000000000000000000000000005030100240101010100000007000003000000000501000013000a0028000000000000000000010020000000070000000100000002000102030405060708090a0b0c0d0e0f",
                74,
            ),
            (
                "6e00000000445901fe800000000000000000000000000001ff020000000000000000000000000005030100240101010100000007000003000000000501000013000a0028000000000000000000010020000000070000000100000002000102030405060708090a0b0c0d0e0f",
                105,
            ),
            (
                "6e00000000285901fe800000000000000000000000000001ff020000000000000000000000000005030100240101010100000000000000000000000501000213000a0028000000000000000000010002",
                0,
            ),
            (
                "6e00000000285901fe800000000000000000000000000001ff020000000000000000000000000005030100240101010100000000000000000000000501000213000a0028000000000000000000010002",
                50,
            ),
            (
                "6e00000000285901fe800000000000000000000000000001ff020000000000000000000000000005030100240101010100000000000000000000000501000213000a0028000000000000000000010002",
                60,
            ),
            (
                "6e00000000285901fe800000000000000000000000000001ff020000000000000000000000000005030100240101010100000000000000000000000501000213000a0028000000000000000000010002",
                70,
            ),
            (
                "6e00000000285901fe800000000000000000000000000001ff020000000000000000000000000005030100240101010100000000000000000000000501000213000a0028000000000000000000010002",
                77,
            ),
            (
                "6e00000000345901fe800000000000000000000000000001ff020000000000000000000000000005030100240101010100000000000000000000000501000013000a002800000000000000000009000c000000070000000100000002",
                0,
            ),
            (
                "6e00000000345901fe800000000000000000000000000001ff020000000000000000000000000005030100240101010100000000000000000000000501000013000a002800000000000000000009000c000000070000000100000002",
                50,
            ),
            (
                "6e00000000345901fe800000000000000000000000000001ff020000000000000000000000000005030100240101010100000000000000000000000501000013000a002800000000000000000009000c000000070000000100000002",
                66,
            ),
            (
                "6e00000000345901fe800000000000000000000000000001ff020000000000000000000000000005030100240101010100000000000000000000000501000013000a002800000000000000000009000c000000070000000100000002",
                70,
            ),
            (
                "6e00000000345901fe800000000000000000000000000001ff020000000000000000000000000005030100240101010100000000000000000000000501000013000a002800000000000000000009000c000000070000000100000002",
                89,
            ),
            (
                "6e00000000445901fe800000000000000000000000000001ff020000000000000000000000000005030200440101010100000000000000000000001305dc0017000000420003200100000000020202028000000200000038000380090000000102020202800000020000000a",
                0,
            ),
            (
                "6e00000000445901fe800000000000000000000000000001ff020000000000000000000000000005030200440101010100000000000000000000001305dc0017000000420003200100000000020202028000000200000038000380090000000102020202800000020000000a",
                50,
            ),
            (
                "6e00000000445901fe800000000000000000000000000001ff020000000000000000000000000005030200440101010100000000000000000000001305dc0017000000420003200100000000020202028000000200000038000380090000000102020202800000020000000a",
                70,
            ),
            (
                "6e00000000445901fe800000000000000000000000000001ff020000000000000000000000000005030200440101010100000000000000000000001305dc0017000000420003200100000000020202028000000200000038000380090000000102020202800000020000000a",
                74,
            ),
            (
                "6e00000000445901fe800000000000000000000000000001ff020000000000000000000000000005030200440101010100000000000000000000001305dc0017000000420003200100000000020202028000000200000038000380090000000102020202800000020000000a",
                105,
            ),
            (
                "6e00000000285901fe800000000000000000000000000001ff02000000000000000000000000000503030028010101010000000000000000000020010000000002020202000040050000000303030303",
                0,
            ),
            (
                "6e00000000285901fe800000000000000000000000000001ff02000000000000000000000000000503030028010101010000000000000000000020010000000002020202000040050000000303030303",
                50,
            ),
            (
                "6e00000000285901fe800000000000000000000000000001ff02000000000000000000000000000503030028010101010000000000000000000020010000000002020202000040050000000303030303",
                60,
            ),
            (
                "6e00000000285901fe800000000000000000000000000001ff02000000000000000000000000000503030028010101010000000000000000000020010000000002020202000040050000000303030303",
                70,
            ),
            (
                "6e00000000285901fe800000000000000000000000000001ff02000000000000000000000000000503030028010101010000000000000000000020010000000002020202000040050000000303030303",
                77,
            ),
        ],
        &[
            (
                numeric(0),
                &[
                    "IP6 fe80::1 > ff02::5: OSPFv3, Hello, length 84",
                    "IP6 fe80::1 > ff02::5: OSPFv3, Hello, length 84",
                    "IP6 fe80::1 > ff02::5: OSPFv3, Hello, length 84",
                    "IP6 fe80::1 > ff02::5: OSPFv3, Hello, length 84",
                    "IP6 fe80::1 > ff02::5: OSPFv3, Hello, length 84",
                    "IP6 fe80::1 > ff02::5: OSPFv3, Hello, length 68",
                    "IP6 fe80::1 > ff02::5: OSPFv3, Hello, length 68",
                    "IP6 fe80::1 > ff02::5: OSPFv3, Hello, length 68",
                    "IP6 fe80::1 > ff02::5: OSPFv3, Hello, length 68",
                    "IP6 fe80::1 > ff02::5: OSPFv3, Hello, length 68",
                    "IP6 fe80::1 > ff02::5: OSPFv3, Hello, length 40",
                    "IP6 fe80::1 > ff02::5: OSPFv3, Hello, length 40",
                    "IP6 fe80::1 > ff02::5: OSPFv3, Hello, length 40",
                    "IP6 fe80::1 > ff02::5: OSPFv3, Hello, length 40",
                    "IP6 fe80::1 > ff02::5: OSPFv3, Hello, length 40",
                    "IP6 fe80::1 > ff02::5: OSPFv3, Hello, length 52",
                    "IP6 fe80::1 > ff02::5: OSPFv3, Hello, length 52",
                    "IP6 fe80::1 > ff02::5: OSPFv3, Hello, length 52",
                    "IP6 fe80::1 > ff02::5: OSPFv3, Hello, length 52",
                    "IP6 fe80::1 > ff02::5: OSPFv3, Hello, length 52",
                    "IP6 fe80::1 > ff02::5: OSPFv3, Database Description, length 68",
                    "IP6 fe80::1 > ff02::5: OSPFv3, Database Description, length 68",
                    "IP6 fe80::1 > ff02::5: OSPFv3, Database Description, length 68",
                    "IP6 fe80::1 > ff02::5: OSPFv3, Database Description, length 68",
                    "IP6 fe80::1 > ff02::5: OSPFv3, Database Description, length 68",
                    "IP6 fe80::1 > ff02::5: OSPFv3, LS-Request, length 40",
                    "IP6 fe80::1 > ff02::5: OSPFv3, LS-Request, length 40",
                    "IP6 fe80::1 > ff02::5: OSPFv3, LS-Request, length 40",
                    "IP6 fe80::1 > ff02::5: OSPFv3, LS-Request, length 40",
                    "IP6 fe80::1 > ff02::5: OSPFv3, LS-Request, length 40",
                ],
            ),
            (
                numeric(1),
                &[
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 84) fe80::1 > ff02::5: OSPFv3, Hello, length 84\n\tRouter-ID 1.1.1.1, Backbone Area\n\tOptions [V6, External, Router, LLS, Authentication Trailer]\n\t  Hello Timer 10s, Dead Timer 40s, Interface-ID 0.0.0.5, Priority 1\n\t  Designated Router 1.1.1.1, Backup Designated Router 2.2.2.2\n\tLLS Checksum 0x1111, Data Length 12\n\tAuthentication Type HMAC, Length 32, SAID 7, CSN 0x00000001:00000002",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 84) fe80::1 > ff02::5: OSPFv3, Hello, length 84\n\tRouter-ID 1.1.1.1 [|ospf3]",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 84) fe80::1 > ff02::5: OSPFv3, Hello, length 84\n\tRouter-ID 1.1.1.1, Backbone Area\n\tOptions [V6, External, Router, LLS, Authentication Trailer]\n\t  Hello Timer 10s, Dead Timer 40s, Interface-ID 0.0.0.5, Priority 1 [|ospf3]",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 84) fe80::1 > ff02::5: OSPFv3, Hello, length 84\n\tRouter-ID 1.1.1.1, Backbone Area\n\tOptions [V6, External, Router, LLS, Authentication Trailer]\n\t  Hello Timer 10s, Dead Timer 40s, Interface-ID 0.0.0.5, Priority 1\n\t  Designated Router 1.1.1.1, Backup Designated Router 2.2.2.2\n\tLLS Checksum 0x1111 [|ospf3]",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 84) fe80::1 > ff02::5: OSPFv3, Hello, length 84\n\tRouter-ID 1.1.1.1, Backbone Area\n\tOptions [V6, External, Router, LLS, Authentication Trailer]\n\t  Hello Timer 10s, Dead Timer 40s, Interface-ID 0.0.0.5, Priority 1\n\t  Designated Router 1.1.1.1, Backup Designated Router 2.2.2.2\n\tLLS Checksum 0x1111, Data Length 12\n\tAuthentication Type HMAC, Length 32, SAID 7, CSN 0x00000001:00000002 [|ospf3]",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 68) fe80::1 > ff02::5: OSPFv3, Hello, length 68\n\tRouter-ID 1.1.1.1, Area 0.0.0.7, Instance 3\n\tOptions [V6, External, Router]\n\t  Hello Timer 10s, Dead Timer 40s, Interface-ID 0.0.0.5, Priority 1\n\tAuthentication Type HMAC, Length 32, SAID 7, CSN 0x00000001:00000002",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 68) fe80::1 > ff02::5: OSPFv3, Hello, length 68\n\tRouter-ID 1.1.1.1 [|ospf3]",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 68) fe80::1 > ff02::5: OSPFv3, Hello, length 68\n\tRouter-ID 1.1.1.1, Area 0.0.0.7, Instance 3\n\tOptions [V6, External, Router]\n\t  Hello Timer 10s, Dead Timer 40s, Interface-ID 0.0.0.5, Priority 1 [|ospf3]",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 68) fe80::1 > ff02::5: OSPFv3, Hello, length 68\n\tRouter-ID 1.1.1.1, Area 0.0.0.7, Instance 3\n\tOptions [V6, External, Router]\n\t  Hello Timer 10s, Dead Timer 40s, Interface-ID 0.0.0.5, Priority 1 [|ospf3]",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 68) fe80::1 > ff02::5: OSPFv3, Hello, length 68\n\tRouter-ID 1.1.1.1, Area 0.0.0.7, Instance 3\n\tOptions [V6, External, Router]\n\t  Hello Timer 10s, Dead Timer 40s, Interface-ID 0.0.0.5, Priority 1\n\tAuthentication Type HMAC, Length 32, SAID 7, CSN 0x00000001:00000002 [|ospf3]",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 40) fe80::1 > ff02::5: OSPFv3, Hello, length 40\n\tRouter-ID 1.1.1.1, Backbone Area\n\tOptions [V6, External, Router, LLS]\n\t  Hello Timer 10s, Dead Timer 40s, Interface-ID 0.0.0.5, Priority 1\n\tLLS Checksum 0x0001, Data Length 2 [|ospf3]",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 40) fe80::1 > ff02::5: OSPFv3, Hello, length 40\n\tRouter-ID 1.1.1.1 [|ospf3]",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 40) fe80::1 > ff02::5: OSPFv3, Hello, length 40\n\tRouter-ID 1.1.1.1, Backbone Area [|ospf3]",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 40) fe80::1 > ff02::5: OSPFv3, Hello, length 40\n\tRouter-ID 1.1.1.1, Backbone Area\n\tOptions [V6, External, Router, LLS]\n\t  Hello Timer 10s, Dead Timer 40s, Interface-ID 0.0.0.5, Priority 1 [|ospf3]",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 40) fe80::1 > ff02::5: OSPFv3, Hello, length 40\n\tRouter-ID 1.1.1.1, Backbone Area\n\tOptions [V6, External, Router, LLS]\n\t  Hello Timer 10s, Dead Timer 40s, Interface-ID 0.0.0.5, Priority 1 [|ospf3]",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 52) fe80::1 > ff02::5: OSPFv3, Hello, length 52\n\tRouter-ID 1.1.1.1, Backbone Area\n\tOptions [V6, External, Router]\n\t  Hello Timer 10s, Dead Timer 40s, Interface-ID 0.0.0.5, Priority 1\n\tAuthentication Type unknown (0x0009), Length 12 [|ospf3]",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 52) fe80::1 > ff02::5: OSPFv3, Hello, length 52\n\tRouter-ID 1.1.1.1 [|ospf3]",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 52) fe80::1 > ff02::5: OSPFv3, Hello, length 52\n\tRouter-ID 1.1.1.1, Backbone Area\n\tOptions [V6, External, Router] [|ospf3]",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 52) fe80::1 > ff02::5: OSPFv3, Hello, length 52\n\tRouter-ID 1.1.1.1, Backbone Area\n\tOptions [V6, External, Router]\n\t  Hello Timer 10s, Dead Timer 40s, Interface-ID 0.0.0.5, Priority 1 [|ospf3]",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 52) fe80::1 > ff02::5: OSPFv3, Hello, length 52\n\tRouter-ID 1.1.1.1, Backbone Area\n\tOptions [V6, External, Router]\n\t  Hello Timer 10s, Dead Timer 40s, Interface-ID 0.0.0.5, Priority 1\n\tAuthentication Type unknown (0x0009), Length 12 [|ospf3]",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 68) fe80::1 > ff02::5: OSPFv3, Database Description, length 68\n\tRouter-ID 1.1.1.1, Backbone Area\n\tOptions [V6, External, Router], DD Flags [Init, More, Master, IPv6 MTU], MTU 1500, DD-Sequence 0x00000042",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 68) fe80::1 > ff02::5: OSPFv3, Database Description, length 68\n\tRouter-ID 1.1.1.1 [|ospf3]",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 68) fe80::1 > ff02::5: OSPFv3, Database Description, length 68\n\tRouter-ID 1.1.1.1, Backbone Area\n\tOptions [V6, External, Router], DD Flags [Init, More, Master, IPv6 MTU], MTU 1500, DD-Sequence 0x00000042",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 68) fe80::1 > ff02::5: OSPFv3, Database Description, length 68\n\tRouter-ID 1.1.1.1, Backbone Area\n\tOptions [V6, External, Router], DD Flags [Init, More, Master, IPv6 MTU], MTU 1500, DD-Sequence 0x00000042",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 68) fe80::1 > ff02::5: OSPFv3, Database Description, length 68\n\tRouter-ID 1.1.1.1, Backbone Area\n\tOptions [V6, External, Router], DD Flags [Init, More, Master, IPv6 MTU], MTU 1500, DD-Sequence 0x00000042",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 40) fe80::1 > ff02::5: OSPFv3, LS-Request, length 40\n\tRouter-ID 1.1.1.1, Backbone Area",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 40) fe80::1 > ff02::5: OSPFv3, LS-Request, length 40\n\tRouter-ID 1.1.1.1 [|ospf3]",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 40) fe80::1 > ff02::5: OSPFv3, LS-Request, length 40\n\tRouter-ID 1.1.1.1, Backbone Area",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 40) fe80::1 > ff02::5: OSPFv3, LS-Request, length 40\n\tRouter-ID 1.1.1.1, Backbone Area",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 40) fe80::1 > ff02::5: OSPFv3, LS-Request, length 40\n\tRouter-ID 1.1.1.1, Backbone Area",
                ],
            ),
            (
                numeric(2),
                &[
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 84) fe80::1 > ff02::5: OSPFv3, Hello, length 84\n\tRouter-ID 1.1.1.1, Backbone Area\n\tOptions [V6, External, Router, LLS, Authentication Trailer]\n\t  Hello Timer 10s, Dead Timer 40s, Interface-ID 0.0.0.5, Priority 1\n\t  Designated Router 1.1.1.1, Backup Designated Router 2.2.2.2\n\t  Neighbor List:\n\t    3.3.3.3\n\tLLS Checksum 0x1111, Data Length 12\n\tAuthentication Type HMAC, Length 32, SAID 7, CSN 0x00000001:00000002\n\tAuthentication Data 0x0000:  0001 0203 0405 0607 0809 0a0b 0c0d 0e0f",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 84) fe80::1 > ff02::5: OSPFv3, Hello, length 84\n\tRouter-ID 1.1.1.1 [|ospf3]",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 84) fe80::1 > ff02::5: OSPFv3, Hello, length 84\n\tRouter-ID 1.1.1.1, Backbone Area\n\tOptions [V6, External, Router, LLS, Authentication Trailer]\n\t  Hello Timer 10s, Dead Timer 40s, Interface-ID 0.0.0.5, Priority 1 [|ospf3]",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 84) fe80::1 > ff02::5: OSPFv3, Hello, length 84\n\tRouter-ID 1.1.1.1, Backbone Area\n\tOptions [V6, External, Router, LLS, Authentication Trailer]\n\t  Hello Timer 10s, Dead Timer 40s, Interface-ID 0.0.0.5, Priority 1\n\t  Designated Router 1.1.1.1, Backup Designated Router 2.2.2.2\n\t  Neighbor List:\n\t    3.3.3.3\n\tLLS Checksum 0x1111 [|ospf3]",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 84) fe80::1 > ff02::5: OSPFv3, Hello, length 84\n\tRouter-ID 1.1.1.1, Backbone Area\n\tOptions [V6, External, Router, LLS, Authentication Trailer]\n\t  Hello Timer 10s, Dead Timer 40s, Interface-ID 0.0.0.5, Priority 1\n\t  Designated Router 1.1.1.1, Backup Designated Router 2.2.2.2\n\t  Neighbor List:\n\t    3.3.3.3\n\tLLS Checksum 0x1111, Data Length 12\n\tAuthentication Type HMAC, Length 32, SAID 7, CSN 0x00000001:00000002 [|ospf3]",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 68) fe80::1 > ff02::5: OSPFv3, Hello, length 68\n\tRouter-ID 1.1.1.1, Area 0.0.0.7, Instance 3\n\tOptions [V6, External, Router]\n\t  Hello Timer 10s, Dead Timer 40s, Interface-ID 0.0.0.5, Priority 1\n\t  Neighbor List:\n\tAuthentication Type HMAC, Length 32, SAID 7, CSN 0x00000001:00000002\n\tAuthentication Data 0x0000:  0001 0203 0405 0607 0809 0a0b 0c0d 0e0f",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 68) fe80::1 > ff02::5: OSPFv3, Hello, length 68\n\tRouter-ID 1.1.1.1 [|ospf3]",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 68) fe80::1 > ff02::5: OSPFv3, Hello, length 68\n\tRouter-ID 1.1.1.1, Area 0.0.0.7, Instance 3\n\tOptions [V6, External, Router]\n\t  Hello Timer 10s, Dead Timer 40s, Interface-ID 0.0.0.5, Priority 1 [|ospf3]",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 68) fe80::1 > ff02::5: OSPFv3, Hello, length 68\n\tRouter-ID 1.1.1.1, Area 0.0.0.7, Instance 3\n\tOptions [V6, External, Router]\n\t  Hello Timer 10s, Dead Timer 40s, Interface-ID 0.0.0.5, Priority 1 [|ospf3]",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 68) fe80::1 > ff02::5: OSPFv3, Hello, length 68\n\tRouter-ID 1.1.1.1, Area 0.0.0.7, Instance 3\n\tOptions [V6, External, Router]\n\t  Hello Timer 10s, Dead Timer 40s, Interface-ID 0.0.0.5, Priority 1\n\t  Neighbor List:\n\tAuthentication Type HMAC, Length 32, SAID 7, CSN 0x00000001:00000002 [|ospf3]",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 40) fe80::1 > ff02::5: OSPFv3, Hello, length 40\n\tRouter-ID 1.1.1.1, Backbone Area\n\tOptions [V6, External, Router, LLS]\n\t  Hello Timer 10s, Dead Timer 40s, Interface-ID 0.0.0.5, Priority 1\n\t  Neighbor List:\n\tLLS Checksum 0x0001, Data Length 2 [|ospf3]",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 40) fe80::1 > ff02::5: OSPFv3, Hello, length 40\n\tRouter-ID 1.1.1.1 [|ospf3]",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 40) fe80::1 > ff02::5: OSPFv3, Hello, length 40\n\tRouter-ID 1.1.1.1, Backbone Area [|ospf3]",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 40) fe80::1 > ff02::5: OSPFv3, Hello, length 40\n\tRouter-ID 1.1.1.1, Backbone Area\n\tOptions [V6, External, Router, LLS]\n\t  Hello Timer 10s, Dead Timer 40s, Interface-ID 0.0.0.5, Priority 1 [|ospf3]",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 40) fe80::1 > ff02::5: OSPFv3, Hello, length 40\n\tRouter-ID 1.1.1.1, Backbone Area\n\tOptions [V6, External, Router, LLS]\n\t  Hello Timer 10s, Dead Timer 40s, Interface-ID 0.0.0.5, Priority 1\n\t  Neighbor List: [|ospf3]",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 52) fe80::1 > ff02::5: OSPFv3, Hello, length 52\n\tRouter-ID 1.1.1.1, Backbone Area\n\tOptions [V6, External, Router]\n\t  Hello Timer 10s, Dead Timer 40s, Interface-ID 0.0.0.5, Priority 1\n\t  Neighbor List:\n\tAuthentication Type unknown (0x0009), Length 12 [|ospf3]",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 52) fe80::1 > ff02::5: OSPFv3, Hello, length 52\n\tRouter-ID 1.1.1.1 [|ospf3]",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 52) fe80::1 > ff02::5: OSPFv3, Hello, length 52\n\tRouter-ID 1.1.1.1, Backbone Area\n\tOptions [V6, External, Router] [|ospf3]",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 52) fe80::1 > ff02::5: OSPFv3, Hello, length 52\n\tRouter-ID 1.1.1.1, Backbone Area\n\tOptions [V6, External, Router]\n\t  Hello Timer 10s, Dead Timer 40s, Interface-ID 0.0.0.5, Priority 1 [|ospf3]",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 52) fe80::1 > ff02::5: OSPFv3, Hello, length 52\n\tRouter-ID 1.1.1.1, Backbone Area\n\tOptions [V6, External, Router]\n\t  Hello Timer 10s, Dead Timer 40s, Interface-ID 0.0.0.5, Priority 1\n\t  Neighbor List:\n\tAuthentication Type unknown (0x0009), Length 12 [|ospf3]",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 68) fe80::1 > ff02::5: OSPFv3, Database Description, length 68\n\tRouter-ID 1.1.1.1, Backbone Area\n\tOptions [V6, External, Router], DD Flags [Init, More, Master, IPv6 MTU], MTU 1500, DD-Sequence 0x00000042\n\t  Advertising Router 2.2.2.2, seq 0x80000002, age 3s, length 36\n\t    Router LSA (1), Area Local Scope, LSA-ID 0.0.0.0\n\t  Advertising Router 2.2.2.2, seq 0x80000002, age 3s, length 18446744073709551606\n\t    Intra-Area Prefix LSA (9), Link Local Scope, transitive, LSA-ID 0.0.0.1",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 68) fe80::1 > ff02::5: OSPFv3, Database Description, length 68\n\tRouter-ID 1.1.1.1 [|ospf3]",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 68) fe80::1 > ff02::5: OSPFv3, Database Description, length 68\n\tRouter-ID 1.1.1.1, Backbone Area\n\tOptions [V6, External, Router], DD Flags [Init, More, Master, IPv6 MTU], MTU 1500, DD-Sequence 0x00000042 [|ospf3]",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 68) fe80::1 > ff02::5: OSPFv3, Database Description, length 68\n\tRouter-ID 1.1.1.1, Backbone Area\n\tOptions [V6, External, Router], DD Flags [Init, More, Master, IPv6 MTU], MTU 1500, DD-Sequence 0x00000042 [|ospf3]",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 68) fe80::1 > ff02::5: OSPFv3, Database Description, length 68\n\tRouter-ID 1.1.1.1, Backbone Area\n\tOptions [V6, External, Router], DD Flags [Init, More, Master, IPv6 MTU], MTU 1500, DD-Sequence 0x00000042\n\t  Advertising Router 2.2.2.2, seq 0x80000002, age 3s, length 36\n\t    Router LSA (1), Area Local Scope, LSA-ID 0.0.0.0 [|ospf3]",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 40) fe80::1 > ff02::5: OSPFv3, LS-Request, length 40\n\tRouter-ID 1.1.1.1, Backbone Area\n\t  Advertising Router 2.2.2.2\n\t    Router LSA (1), Area Local Scope, LSA-ID 0.0.0.0\n\t  Advertising Router 3.3.3.3\n\t    External LSA (5), Domain Wide Scope, LSA-ID 0.0.0.3",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 40) fe80::1 > ff02::5: OSPFv3, LS-Request, length 40\n\tRouter-ID 1.1.1.1 [|ospf3]",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 40) fe80::1 > ff02::5: OSPFv3, LS-Request, length 40\n\tRouter-ID 1.1.1.1, Backbone Area [|ospf3]",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 40) fe80::1 > ff02::5: OSPFv3, LS-Request, length 40\n\tRouter-ID 1.1.1.1, Backbone Area\n\t  Advertising Router 2.2.2.2\n\t    Router LSA (1), Area Local Scope, LSA-ID 0.0.0.0 [|ospf3]",
                    "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 40) fe80::1 > ff02::5: OSPFv3, LS-Request, length 40\n\tRouter-ID 1.1.1.1, Backbone Area\n\t  Advertising Router 2.2.2.2\n\t    Router LSA (1), Area Local Scope, LSA-ID 0.0.0.0 [|ospf3]",
                ],
            ),
        ],
    );
}

/// OSPFv3 LS-Update with router, network, inter-area prefix, external,
/// link, intra-area prefix, grace, TE and unknown LSAs; a negative count,
/// a bogus prefix length; LS-Ack; an unknown type; cut headers.
#[test]
fn v3_update() {
    // The last twelve frames (an unknown packet type, a Hello shorter than
    // its body, an OSPFv2 Hello over IPv6) print the same at -v and -vv.
    let same = [
        "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 20) fe80::1 > ff02::5: OSPFv3, unknown packet type (7), length 20",
        "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 20) fe80::1 > ff02::5: OSPFv3, unknown packet type (7), length 20",
        "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 20) fe80::1 > ff02::5: OSPFv3, unknown packet type (7), length 20",
        "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 30) fe80::1 > ff02::5: OSPFv3, Hello, length 30 [len 40]",
        "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 30) fe80::1 > ff02::5: OSPFv3, Hello, length 30 [len 40]",
        "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 30) fe80::1 > ff02::5: OSPFv3, Hello, length 30 [len 40]",
        "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 30) fe80::1 > ff02::5: OSPFv3, Hello, length 30 [len 40]",
        "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 40) fe80::1 > ff02::5: OSPFv2, Hello, length 40\n\tRouter-ID 1.1.1.1, Backbone Area",
        "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 40) fe80::1 > ff02::5: OSPFv2, Hello, length 40\n\tRouter-ID 1.1.1.1 [|ospf3]",
        "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 40) fe80::1 > ff02::5: OSPFv2, Hello, length 40\n\tRouter-ID 1.1.1.1, Backbone Area",
        "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 40) fe80::1 > ff02::5: OSPFv2, Hello, length 40\n\tRouter-ID 1.1.1.1, Backbone Area",
        "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 40) fe80::1 > ff02::5: OSPFv2, Hello, length 40\n\tRouter-ID 1.1.1.1, Backbone Area",
    ];
    let v = [
        &[
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 200) fe80::1 > ff02::5: OSPFv3, LS-Update, length 200\n\tRouter-ID 1.1.1.1, Backbone Area",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 200) fe80::1 > ff02::5: OSPFv3, LS-Update, length 200\n\tRouter-ID 1.1.1.1 [|ospf3]",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 200) fe80::1 > ff02::5: OSPFv3, LS-Update, length 200\n\tRouter-ID 1.1.1.1, Backbone Area",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 200) fe80::1 > ff02::5: OSPFv3, LS-Update, length 200\n\tRouter-ID 1.1.1.1, Backbone Area",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 200) fe80::1 > ff02::5: OSPFv3, LS-Update, length 200\n\tRouter-ID 1.1.1.1, Backbone Area",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 208) fe80::1 > ff02::5: OSPFv3, LS-Update, length 208\n\tRouter-ID 1.1.1.1, Backbone Area",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 208) fe80::1 > ff02::5: OSPFv3, LS-Update, length 208\n\tRouter-ID 1.1.1.1 [|ospf3]",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 208) fe80::1 > ff02::5: OSPFv3, LS-Update, length 208\n\tRouter-ID 1.1.1.1, Backbone Area",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 208) fe80::1 > ff02::5: OSPFv3, LS-Update, length 208\n\tRouter-ID 1.1.1.1, Backbone Area",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 208) fe80::1 > ff02::5: OSPFv3, LS-Update, length 208\n\tRouter-ID 1.1.1.1, Backbone Area",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 362) fe80::1 > ff02::5: OSPFv3, LS-Update, length 362\n\tRouter-ID 1.1.1.1, Backbone Area",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 362) fe80::1 > ff02::5: OSPFv3, LS-Update, length 362\n\tRouter-ID 1.1.1.1 [|ospf3]",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 362) fe80::1 > ff02::5: OSPFv3, LS-Update, length 362\n\tRouter-ID 1.1.1.1, Backbone Area",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 362) fe80::1 > ff02::5: OSPFv3, LS-Update, length 362\n\tRouter-ID 1.1.1.1, Backbone Area",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 362) fe80::1 > ff02::5: OSPFv3, LS-Update, length 362\n\tRouter-ID 1.1.1.1, Backbone Area",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 112) fe80::1 > ff02::5: OSPFv3, LS-Update, length 112\n\tRouter-ID 1.1.1.1, Backbone Area",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 112) fe80::1 > ff02::5: OSPFv3, LS-Update, length 112\n\tRouter-ID 1.1.1.1 [|ospf3]",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 112) fe80::1 > ff02::5: OSPFv3, LS-Update, length 112\n\tRouter-ID 1.1.1.1, Backbone Area",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 112) fe80::1 > ff02::5: OSPFv3, LS-Update, length 112\n\tRouter-ID 1.1.1.1, Backbone Area",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 112) fe80::1 > ff02::5: OSPFv3, LS-Update, length 112\n\tRouter-ID 1.1.1.1, Backbone Area",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 64) fe80::1 > ff02::5: OSPFv3, LS-Update, length 64\n\tRouter-ID 1.1.1.1, Backbone Area",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 64) fe80::1 > ff02::5: OSPFv3, LS-Update, length 64\n\tRouter-ID 1.1.1.1 [|ospf3]",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 64) fe80::1 > ff02::5: OSPFv3, LS-Update, length 64\n\tRouter-ID 1.1.1.1, Backbone Area",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 64) fe80::1 > ff02::5: OSPFv3, LS-Update, length 64\n\tRouter-ID 1.1.1.1, Backbone Area",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 64) fe80::1 > ff02::5: OSPFv3, LS-Update, length 64\n\tRouter-ID 1.1.1.1, Backbone Area",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 92) fe80::1 > ff02::5: OSPFv3, LS-Update, length 92\n\tRouter-ID 1.1.1.1, Backbone Area",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 92) fe80::1 > ff02::5: OSPFv3, LS-Update, length 92\n\tRouter-ID 1.1.1.1 [|ospf3]",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 92) fe80::1 > ff02::5: OSPFv3, LS-Update, length 92\n\tRouter-ID 1.1.1.1, Backbone Area",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 92) fe80::1 > ff02::5: OSPFv3, LS-Update, length 92\n\tRouter-ID 1.1.1.1, Backbone Area",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 92) fe80::1 > ff02::5: OSPFv3, LS-Update, length 92\n\tRouter-ID 1.1.1.1, Backbone Area",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 62) fe80::1 > ff02::5: OSPFv3, LS-Ack, length 62\n\tRouter-ID 1.1.1.1, Backbone Area",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 62) fe80::1 > ff02::5: OSPFv3, LS-Ack, length 62\n\tRouter-ID 1.1.1.1 [|ospf3]",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 62) fe80::1 > ff02::5: OSPFv3, LS-Ack, length 62\n\tRouter-ID 1.1.1.1, Backbone Area",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 62) fe80::1 > ff02::5: OSPFv3, LS-Ack, length 62\n\tRouter-ID 1.1.1.1, Backbone Area",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 62) fe80::1 > ff02::5: OSPFv3, LS-Ack, length 62\n\tRouter-ID 1.1.1.1, Backbone Area",
        ][..],
        &same,
    ]
    .concat();
    let vv = [
        &[
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 200) fe80::1 > ff02::5: OSPFv3, LS-Update, length 200\n\tRouter-ID 1.1.1.1, Backbone Area\n\t  Advertising Router 2.2.2.2, seq 0x80000002, age 3s, length 68\n\t    Router LSA (1), Area Local Scope, LSA-ID 0.0.0.0\n\t      Options [V6, External, Router, Demand Circuit], RLA-Flags [ABR, External, Virtual-Link Endpoint, NSSA Translator]\n\t      Neighbor Router-ID 3.3.3.3\n\t      Neighbor Interface-ID 0.0.0.6, Interface 0.0.0.5, metric 10\n\t      Neighbor Network-ID 4.4.4.4\n\t      Neighbor Interface-ID 0.0.0.7, Interface 0.0.0.5, metric 20\n\t      Virtual Link: Neighbor Router-ID 5.5.5.5\n\t      Neighbor Interface-ID 0.0.0.8, Interface 0.0.0.5, metric 30\n\t      Unknown Router Links Type 0x09\n\t  Advertising Router 2.2.2.2, seq 0x80000002, age 3s, length 12\n\t    Network LSA (2), Area Local Scope, LSA-ID 0.0.0.5\n\t      Options [V6, External, Router, Demand Circuit]\n\t      Connected Routers:\n\t\t1.1.1.1\n\t\t2.2.2.2\n\t  Advertising Router 2.2.2.2, seq 0x80000002, age 3s, length 40\n\t    Inter-Area Prefix LSA (3), Area Local Scope, LSA-ID 0.0.0.1, metric 64\n\t\t2001:db8:1::/64, metric 0\n\t\t2001:db8::1/128, Options [No Unicast, Local address, Deprecated, Propagate, Down, N-bit], metric 5\n\t\t::/0, metric 1",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 200) fe80::1 > ff02::5: OSPFv3, LS-Update, length 200\n\tRouter-ID 1.1.1.1 [|ospf3]",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 200) fe80::1 > ff02::5: OSPFv3, LS-Update, length 200\n\tRouter-ID 1.1.1.1, Backbone Area [|ospf3]",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 200) fe80::1 > ff02::5: OSPFv3, LS-Update, length 200\n\tRouter-ID 1.1.1.1, Backbone Area\n\t  Advertising Router 2.2.2.2, seq 0x80000002, age 3s, length 68\n\t    Router LSA (1), Area Local Scope, LSA-ID 0.0.0.0\n\t      Options [V6, External, Router, Demand Circuit], RLA-Flags [ABR, External, Virtual-Link Endpoint, NSSA Translator]\n\t      Neighbor Router-ID 3.3.3.3\n\t      Neighbor Interface-ID 0.0.0.6, Interface 0.0.0.5, metric 10\n\t      Neighbor Network-ID 4.4.4.4\n\t      Neighbor Interface-ID 0.0.0.7, Interface 0.0.0.5, metric 20\n\t      Virtual Link: Neighbor Router-ID 5.5.5.5\n\t      Neighbor Interface-ID 0.0.0.8, Interface 0.0.0.5, metric 30 [|ospf3]",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 200) fe80::1 > ff02::5: OSPFv3, LS-Update, length 200\n\tRouter-ID 1.1.1.1, Backbone Area\n\t  Advertising Router 2.2.2.2, seq 0x80000002, age 3s, length 68\n\t    Router LSA (1), Area Local Scope, LSA-ID 0.0.0.0\n\t      Options [V6, External, Router, Demand Circuit], RLA-Flags [ABR, External, Virtual-Link Endpoint, NSSA Translator]\n\t      Neighbor Router-ID 3.3.3.3\n\t      Neighbor Interface-ID 0.0.0.6, Interface 0.0.0.5, metric 10\n\t      Neighbor Network-ID 4.4.4.4\n\t      Neighbor Interface-ID 0.0.0.7, Interface 0.0.0.5, metric 20\n\t      Virtual Link: Neighbor Router-ID 5.5.5.5\n\t      Neighbor Interface-ID 0.0.0.8, Interface 0.0.0.5, metric 30\n\t      Unknown Router Links Type 0x09\n\t  Advertising Router 2.2.2.2, seq 0x80000002, age 3s, length 12\n\t    Network LSA (2), Area Local Scope, LSA-ID 0.0.0.5\n\t      Options [V6, External, Router, Demand Circuit]\n\t      Connected Routers:\n\t\t1.1.1.1\n\t\t2.2.2.2\n\t  Advertising Router 2.2.2.2, seq 0x80000002, age 3s, length 40\n\t    Inter-Area Prefix LSA (3), Area Local Scope, LSA-ID 0.0.0.1, metric 64\n\t\t2001:db8:1::/64, metric 0\n\t\t2001:db8::1/128, Options [No Unicast, Local address, Deprecated, Propagate, Down, N-bit], metric 5 [|ospf3]",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 208) fe80::1 > ff02::5: OSPFv3, LS-Update, length 208\n\tRouter-ID 1.1.1.1, Backbone Area\n\t  Advertising Router 2.2.2.2, seq 0x80000002, age 3s, length 40\n\t    External LSA (5), Domain Wide Scope, LSA-ID 0.0.0.2\n\t     Flags [External Type 2, Forwarding, Tag] metric 20\n\t\t2001:db8:2::/48, metric 256 forward 2001:db8::99 tag 0.0.0.9 RefLSID: 9.9.9.9\n\t  Advertising Router 2.2.2.2, seq 0x80000002, age 3s, length 52\n\t    Link LSA (8), Link Local Scope, LSA-ID 0.0.0.5\n\t      Options [V6, External, Router]\n\t      Priority 1, Link-local address fe80::1, Prefixes 2:\n\t\t2001:db8:3::/64, metric 0\n\t\t2001:db8:4::/96, Options [Local address], metric 0\n\t  Advertising Router 2.2.2.2, seq 0x80000002, age 3s, length 36\n\t    Intra-Area Prefix LSA (9), Area Local Scope, LSA-ID 0.0.0.0\n\t    Router LSA (1), Area Local Scope, LSA-ID 0.0.0.0\n\t      Prefixes 2:\n\t\t2001:db8:5::/64, metric 10\n\t\t2001:db8:6::/64, metric 10",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 208) fe80::1 > ff02::5: OSPFv3, LS-Update, length 208\n\tRouter-ID 1.1.1.1 [|ospf3]",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 208) fe80::1 > ff02::5: OSPFv3, LS-Update, length 208\n\tRouter-ID 1.1.1.1, Backbone Area [|ospf3]",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 208) fe80::1 > ff02::5: OSPFv3, LS-Update, length 208\n\tRouter-ID 1.1.1.1, Backbone Area\n\t  Advertising Router 2.2.2.2, seq 0x80000002, age 3s, length 40\n\t    External LSA (5), Domain Wide Scope, LSA-ID 0.0.0.2\n\t     Flags [External Type 2, Forwarding, Tag] metric 20\n\t\t2001:db8:2::/48, metric 256 forward 2001:db8::99 tag 0.0.0.9 RefLSID: 9.9.9.9\n\t  Advertising Router 2.2.2.2, seq 0x80000002, age 3s, length 52\n\t    Link LSA (8), Link Local Scope, LSA-ID 0.0.0.5\n\t      Options [V6, External, Router] [|ospf3]",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 208) fe80::1 > ff02::5: OSPFv3, LS-Update, length 208\n\tRouter-ID 1.1.1.1, Backbone Area\n\t  Advertising Router 2.2.2.2, seq 0x80000002, age 3s, length 40\n\t    External LSA (5), Domain Wide Scope, LSA-ID 0.0.0.2\n\t     Flags [External Type 2, Forwarding, Tag] metric 20\n\t\t2001:db8:2::/48, metric 256 forward 2001:db8::99 tag 0.0.0.9 RefLSID: 9.9.9.9\n\t  Advertising Router 2.2.2.2, seq 0x80000002, age 3s, length 52\n\t    Link LSA (8), Link Local Scope, LSA-ID 0.0.0.5\n\t      Options [V6, External, Router]\n\t      Priority 1, Link-local address fe80::1, Prefixes 2:\n\t\t2001:db8:3::/64, metric 0\n\t\t2001:db8:4::/96, Options [Local address], metric 0\n\t  Advertising Router 2.2.2.2, seq 0x80000002, age 3s, length 36\n\t    Intra-Area Prefix LSA (9), Area Local Scope, LSA-ID 0.0.0.0\n\t    Router LSA (1), Area Local Scope, LSA-ID 0.0.0.0\n\t      Prefixes 2:\n\t\t2001:db8:5::/64, metric 10 [|ospf3]",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 362) fe80::1 > ff02::5: OSPFv3, LS-Update, length 362\n\tRouter-ID 1.1.1.1, Backbone Area\n\t  Advertising Router 2.2.2.2, seq 0x80000002, age 3s, length 32\n\t    Grace LSA (11), Link Local Scope, LSA-ID 0.0.0.0\n\t    Grace Period TLV (1), length 4, value: 120s\n\t    Graceful restart Reason TLV (2), length 1, value: Software Restart (1)\n\t    IPv4 interface address TLV (3), length 4, value: 10.0.0.1\n\t    unknown TLV (4), length 2, value: \n\t  Advertising Router 2.2.2.2, seq 0x80000002, age 3s, length 220\n\t    Intra-Area TE LSA (10), Link Local Scope, LSA-ID 0.0.0.0\n\t    Router Address TLV (1), length: 4, 1.1.1.1\n\t    Link TLV (2), length: 200\n\t      Link Type subTLV (1), length: 1, Point-to-point (1)\n\t      Link ID subTLV (2), length: 8, 9.9.9.9 (0x09090909), 8.8.8.8 (0x08080808)\n\t      Local Interface IP address subTLV (3), length: 4, 10.0.0.1\n\t      Remote Interface IP address subTLV (4), length: 4, 10.0.0.2\n\t      Traffic Engineering Metric subTLV (5), length: 4, Metric 10\n\t      Maximum Bandwidth subTLV (6), length: 4, 1000.000 Mbps\n\t      Maximum Reservable Bandwidth subTLV (7), length: 4, 8000.000 Mbps\n\t      Unreserved Bandwidth subTLV (8), length: 32\n\t\tTE-Class 0: 0.000 Mbps\n\t\tTE-Class 1: 8.000 Mbps\n\t\tTE-Class 2: 16.000 Mbps\n\t\tTE-Class 3: 24.000 Mbps\n\t\tTE-Class 4: 32.000 Mbps\n\t\tTE-Class 5: 40.000 Mbps\n\t\tTE-Class 6: 48.000 Mbps\n\t\tTE-Class 7: 56.000 Mbps\n\t      Administrative Group subTLV (9), length: 4, 0x000000ff\n\t      Link Local/Remote Identifier subTLV (11), length: 4, 0.0.0.5 (0x00000005)\n\t      Link Protection Type subTLV (14), length: 4, Shared, Dedicated 1+1\n\t      Interface Switching Capability subTLV (15), length: 36\n\t\tInterface Switching Capability: Layer-2 Switch Capable\n\t\tLSP Encoding: Ethernet V2/DIX\n\t\tMax LSP Bandwidth:\n\t\t  priority level 0: 80.000 Mbps\n\t\t  priority level 1: 80.000 Mbps\n\t\t  priority level 2: 80.000 Mbps\n\t\t  priority level 3: 80.000 Mbps\n\t\t  priority level 4: 80.000 Mbps\n\t\t  priority level 5: 80.000 Mbps\n\t\t  priority level 6: 80.000 Mbps\n\t\t  priority level 7: 80.000 Mbps\n\t      Shared Risk Link Group subTLV (16), length: 12\n\t\t  Shared risk group: 1, 2, 3\n\t      unknown subTLV (19774), length: 48160\n\t    Remaining TLV length 24 < 48164 [|ospf3]",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 362) fe80::1 > ff02::5: OSPFv3, LS-Update, length 362\n\tRouter-ID 1.1.1.1 [|ospf3]",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 362) fe80::1 > ff02::5: OSPFv3, LS-Update, length 362\n\tRouter-ID 1.1.1.1, Backbone Area [|ospf3]",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 362) fe80::1 > ff02::5: OSPFv3, LS-Update, length 362\n\tRouter-ID 1.1.1.1, Backbone Area\n\t  Advertising Router 2.2.2.2, seq 0x80000002, age 3s, length 32\n\t    Grace LSA (11), Link Local Scope, LSA-ID 0.0.0.0\n\t    Grace Period TLV (1), length 4, value: 120s\n\t    Graceful restart Reason TLV (2), length 1, value: Software Restart (1)\n\t    IPv4 interface address TLV (3), length 4, value: 10.0.0.1\n\t    unknown TLV (4), length 2, value: \n\t  Advertising Router 2.2.2.2, seq 0x80000002, age 3s, length 220\n\t    Intra-Area TE LSA (10), Link Local Scope, LSA-ID 0.0.0.0\n\t    Router Address TLV (1), length: 4, 1.1.1.1\n\t    Link TLV (2), length: 200\n\t      Link Type subTLV (1), length: 1, Point-to-point (1)\n\t      Link ID subTLV (2), length: 8, 9.9.9.9 (0x09090909), 8.8.8.8 (0x08080808)\n\t      Local Interface IP address subTLV (3), length: 4, 10.0.0.1\n\t      Remote Interface IP address subTLV (4), length: 4, 10.0.0.2\n\t      Traffic Engineering Metric subTLV (5), length: 4, Metric 10\n\t      Maximum Bandwidth subTLV (6), length: 4, 1000.000 Mbps\n\t      Maximum Reservable Bandwidth subTLV (7), length: 4, 8000.000 Mbps\n\t      Unreserved Bandwidth subTLV (8), length: 32 [|ospf3]",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 362) fe80::1 > ff02::5: OSPFv3, LS-Update, length 362\n\tRouter-ID 1.1.1.1, Backbone Area\n\t  Advertising Router 2.2.2.2, seq 0x80000002, age 3s, length 32\n\t    Grace LSA (11), Link Local Scope, LSA-ID 0.0.0.0\n\t    Grace Period TLV (1), length 4, value: 120s\n\t    Graceful restart Reason TLV (2), length 1, value: Software Restart (1)\n\t    IPv4 interface address TLV (3), length 4, value: 10.0.0.1\n\t    unknown TLV (4), length 2, value: \n\t  Advertising Router 2.2.2.2, seq 0x80000002, age 3s, length 220\n\t    Intra-Area TE LSA (10), Link Local Scope, LSA-ID 0.0.0.0\n\t    Router Address TLV (1), length: 4, 1.1.1.1\n\t    Link TLV (2), length: 200\n\t      Link Type subTLV (1), length: 1, Point-to-point (1)\n\t      Link ID subTLV (2), length: 8, 9.9.9.9 (0x09090909), 8.8.8.8 (0x08080808)\n\t      Local Interface IP address subTLV (3), length: 4, 10.0.0.1\n\t      Remote Interface IP address subTLV (4), length: 4, 10.0.0.2\n\t      Traffic Engineering Metric subTLV (5), length: 4, Metric 10\n\t      Maximum Bandwidth subTLV (6), length: 4, 1000.000 Mbps\n\t      Maximum Reservable Bandwidth subTLV (7), length: 4, 8000.000 Mbps\n\t      Unreserved Bandwidth subTLV (8), length: 32\n\t\tTE-Class 0: 0.000 Mbps\n\t\tTE-Class 1: 8.000 Mbps\n\t\tTE-Class 2: 16.000 Mbps\n\t\tTE-Class 3: 24.000 Mbps\n\t\tTE-Class 4: 32.000 Mbps\n\t\tTE-Class 5: 40.000 Mbps\n\t\tTE-Class 6: 48.000 Mbps\n\t\tTE-Class 7: 56.000 Mbps\n\t      Administrative Group subTLV (9), length: 4, 0x000000ff\n\t      Link Local/Remote Identifier subTLV (11), length: 4, 0.0.0.5 (0x00000005)\n\t      Link Protection Type subTLV (14), length: 4, Shared, Dedicated 1+1\n\t      Interface Switching Capability subTLV (15), length: 36\n\t\tInterface Switching Capability: Layer-2 Switch Capable\n\t\tLSP Encoding: Ethernet V2/DIX\n\t\tMax LSP Bandwidth:\n\t\t  priority level 0: 80.000 Mbps\n\t\t  priority level 1: 80.000 Mbps\n\t\t  priority level 2: 80.000 Mbps\n\t\t  priority level 3: 80.000 Mbps\n\t\t  priority level 4: 80.000 Mbps\n\t\t  priority level 5: 80.000 Mbps\n\t\t  priority level 6: 80.000 Mbps\n\t\t  priority level 7: 80.000 Mbps\n\t      Shared Risk Link Group subTLV (16), length: 12\n\t\t  Shared risk group: 1, 2, 3\n\t      unknown subTLV (19774), length: 48160\n\t    Remaining TLV length 24 < 48164 [|ospf3]",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 112) fe80::1 > ff02::5: OSPFv3, LS-Update, length 112\n\tRouter-ID 1.1.1.1, Backbone Area\n\t  Advertising Router 2.2.2.2, seq 0x80000002, age 3s, length 12\n\t    Network LSA (2), Area Local Scope, LSA-ID 0.0.0.5\n\t      Options [V6, External, Router, Demand Circuit]\n\t      Connected Routers:\n\t\t1.1.1.1\n\t\t2.2.2.2\n\t  Advertising Router 2.2.2.2, seq 0x80000002, age 3s, length 40\n\t    Inter-Area Prefix LSA (3), Area Local Scope, LSA-ID 0.0.0.1, metric 64\n\t\t2001:db8:1::/64, metric 0\n\t\t2001:db8::1/128, Options [No Unicast, Local address, Deprecated, Propagate, Down, N-bit], metric 5\n\t\t::/0, metric 1",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 112) fe80::1 > ff02::5: OSPFv3, LS-Update, length 112\n\tRouter-ID 1.1.1.1 [|ospf3]",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 112) fe80::1 > ff02::5: OSPFv3, LS-Update, length 112\n\tRouter-ID 1.1.1.1, Backbone Area [|ospf3]",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 112) fe80::1 > ff02::5: OSPFv3, LS-Update, length 112\n\tRouter-ID 1.1.1.1, Backbone Area\n\t  Advertising Router 2.2.2.2, seq 0x80000002, age 3s, length 12\n\t    Network LSA (2), Area Local Scope, LSA-ID 0.0.0.5\n\t      Options [V6, External, Router, Demand Circuit]\n\t      Connected Routers:\n\t\t1.1.1.1\n\t\t2.2.2.2 [|ospf3]",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 112) fe80::1 > ff02::5: OSPFv3, LS-Update, length 112\n\tRouter-ID 1.1.1.1, Backbone Area\n\t  Advertising Router 2.2.2.2, seq 0x80000002, age 3s, length 12\n\t    Network LSA (2), Area Local Scope, LSA-ID 0.0.0.5\n\t      Options [V6, External, Router, Demand Circuit]\n\t      Connected Routers:\n\t\t1.1.1.1\n\t\t2.2.2.2\n\t  Advertising Router 2.2.2.2, seq 0x80000002, age 3s, length 40\n\t    Inter-Area Prefix LSA (3), Area Local Scope, LSA-ID 0.0.0.1, metric 64\n\t\t2001:db8:1::/64, metric 0\n\t\t2001:db8::1/128, Options [No Unicast, Local address, Deprecated, Propagate, Down, N-bit], metric 5 [|ospf3]",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 64) fe80::1 > ff02::5: OSPFv3, LS-Update, length 64\n\tRouter-ID 1.1.1.1, Backbone Area\n\t  Advertising Router 2.2.2.2, seq 0x80000002, age 3s, length 24\n\t    Inter-Area Prefix LSA (3), Area Local Scope, LSA-ID 0.0.0.1, metric 5 bogus prefixlen /200 [|ospf3]",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 64) fe80::1 > ff02::5: OSPFv3, LS-Update, length 64\n\tRouter-ID 1.1.1.1 [|ospf3]",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 64) fe80::1 > ff02::5: OSPFv3, LS-Update, length 64\n\tRouter-ID 1.1.1.1, Backbone Area [|ospf3]",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 64) fe80::1 > ff02::5: OSPFv3, LS-Update, length 64\n\tRouter-ID 1.1.1.1, Backbone Area [|ospf3]",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 64) fe80::1 > ff02::5: OSPFv3, LS-Update, length 64\n\tRouter-ID 1.1.1.1, Backbone Area\n\t  Advertising Router 2.2.2.2, seq 0x80000002, age 3s, length 24\n\t    Inter-Area Prefix LSA (3), Area Local Scope, LSA-ID 0.0.0.1, metric 5 bogus prefixlen /200 [|ospf3]",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 92) fe80::1 > ff02::5: OSPFv3, LS-Update, length 92\n\tRouter-ID 1.1.1.1, Backbone Area\n\t  Advertising Router 2.2.2.2, seq 0x80000002, age 3s, length 52\n\t    Link LSA (8), Link Local Scope, LSA-ID 0.0.0.1\n\t      Options [V6, External, Router]\n\t      Priority 1, Link-local address fe80::1, Prefixes 2:\n\t\t::/0, metric 3\n\t\t3::/32, Options [No Unicast], metric 3512",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 92) fe80::1 > ff02::5: OSPFv3, LS-Update, length 92\n\tRouter-ID 1.1.1.1 [|ospf3]",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 92) fe80::1 > ff02::5: OSPFv3, LS-Update, length 92\n\tRouter-ID 1.1.1.1, Backbone Area [|ospf3]",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 92) fe80::1 > ff02::5: OSPFv3, LS-Update, length 92\n\tRouter-ID 1.1.1.1, Backbone Area\n\t  Advertising Router 2.2.2.2, seq 0x80000002, age 3s, length 52\n\t    Link LSA (8), Link Local Scope, LSA-ID 0.0.0.1\n\t      Options [V6, External, Router] [|ospf3]",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 92) fe80::1 > ff02::5: OSPFv3, LS-Update, length 92\n\tRouter-ID 1.1.1.1, Backbone Area\n\t  Advertising Router 2.2.2.2, seq 0x80000002, age 3s, length 52\n\t    Link LSA (8), Link Local Scope, LSA-ID 0.0.0.1\n\t      Options [V6, External, Router]\n\t      Priority 1, Link-local address fe80::1, Prefixes 2:\n\t\t::/0, metric 3\n\t\t3::/32, Options [No Unicast], metric 3512",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 62) fe80::1 > ff02::5: OSPFv3, LS-Ack, length 62\n\tRouter-ID 1.1.1.1, Backbone Area\n\t  Advertising Router 2.2.2.2, seq 0x80000002, age 3s, length 36\n\t    Router LSA (1), Area Local Scope, LSA-ID 0.0.0.0\n\t  Advertising Router 2.2.2.2, seq 0x80000002, age 3s, length 12\n\t    Network LSA (2), Area Local Scope, LSA-ID 0.0.0.5 [|ospf3]",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 62) fe80::1 > ff02::5: OSPFv3, LS-Ack, length 62\n\tRouter-ID 1.1.1.1 [|ospf3]",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 62) fe80::1 > ff02::5: OSPFv3, LS-Ack, length 62\n\tRouter-ID 1.1.1.1, Backbone Area [|ospf3]",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 62) fe80::1 > ff02::5: OSPFv3, LS-Ack, length 62\n\tRouter-ID 1.1.1.1, Backbone Area [|ospf3]",
            "IP6 (class 0xe0, hlim 1, next-header OSPF (89) payload length: 62) fe80::1 > ff02::5: OSPFv3, LS-Ack, length 62\n\tRouter-ID 1.1.1.1, Backbone Area\n\t  Advertising Router 2.2.2.2, seq 0x80000002, age 3s, length 36\n\t    Router LSA (1), Area Local Scope, LSA-ID 0.0.0.0\n\t  Advertising Router 2.2.2.2, seq 0x80000002, age 3s, length 12\n\t    Network LSA (2), Area Local Scope, LSA-ID 0.0.0.5 [|ospf3]",
        ][..],
        &same,
    ]
    .concat();
    golden_levels(
        LinkType::Raw,
        &[
            (
                "6e00000000c85901fe800000000000000000000000000001ff020000000000000000000000000005030400c8010101010000000000000000000000030003200100000000020202028000000200000058170000330100000a000000050000000603030303020000140000000500000007040404040400001e0000000500000008050505050900001e0000000500000008050505050003200200000005020202028000000200000020000000330101010102020202000320030000000102020202800000020000003c000000404000000020010db800010000803f000520010db800000000000000000000000100000001",
                0,
            ),
            (
                "6e00000000c85901fe800000000000000000000000000001ff020000000000000000000000000005030400c8010101010000000000000000000000030003200100000000020202028000000200000058170000330100000a000000050000000603030303020000140000000500000007040404040400001e0000000500000008050505050900001e0000000500000008050505050003200200000005020202028000000200000020000000330101010102020202000320030000000102020202800000020000003c000000404000000020010db800010000803f000520010db800000000000000000000000100000001",
                50,
            ),
            (
                "6e00000000c85901fe800000000000000000000000000001ff020000000000000000000000000005030400c8010101010000000000000000000000030003200100000000020202028000000200000058170000330100000a000000050000000603030303020000140000000500000007040404040400001e0000000500000008050505050900001e0000000500000008050505050003200200000005020202028000000200000020000000330101010102020202000320030000000102020202800000020000003c000000404000000020010db800010000803f000520010db800000000000000000000000100000001",
                70,
            ),
            (
                "6e00000000c85901fe800000000000000000000000000001ff020000000000000000000000000005030400c8010101010000000000000000000000030003200100000000020202028000000200000058170000330100000a000000050000000603030303020000140000000500000007040404040400001e0000000500000008050505050900001e0000000500000008050505050003200200000005020202028000000200000020000000330101010102020202000320030000000102020202800000020000003c000000404000000020010db800010000803f000520010db800000000000000000000000100000001",
                140,
            ),
            (
                "6e00000000c85901fe800000000000000000000000000001ff020000000000000000000000000005030400c8010101010000000000000000000000030003200100000000020202028000000200000058170000330100000a000000050000000603030303020000140000000500000007040404040400001e0000000500000008050505050900001e0000000500000008050505050003200200000005020202028000000200000020000000330101010102020202000320030000000102020202800000020000003c000000404000000020010db800010000803f000520010db800000000000000000000000100000001",
                237,
            ),
            (
                "6e00000000d05901fe800000000000000000000000000001ff020000000000000000000000000005030400d001010101000000000000000000000003000340050000000202020202800000020000003c870000143000010020010db80002000020010db80000000000000000000000990000000909090909000300080000000502020202800000020000004801000013fe800000000000000000000000000001000000024000000020010db8000300006002000020010db8000400000000000000032009000000000202020280000002000000380002200100000000020202024000000a20010db8000500004000000a20010db800060000",
                0,
            ),
            (
                "6e00000000d05901fe800000000000000000000000000001ff020000000000000000000000000005030400d001010101000000000000000000000003000340050000000202020202800000020000003c870000143000010020010db80002000020010db80000000000000000000000990000000909090909000300080000000502020202800000020000004801000013fe800000000000000000000000000001000000024000000020010db8000300006002000020010db8000400000000000000032009000000000202020280000002000000380002200100000000020202024000000a20010db8000500004000000a20010db800060000",
                50,
            ),
            (
                "6e00000000d05901fe800000000000000000000000000001ff020000000000000000000000000005030400d001010101000000000000000000000003000340050000000202020202800000020000003c870000143000010020010db80002000020010db80000000000000000000000990000000909090909000300080000000502020202800000020000004801000013fe800000000000000000000000000001000000024000000020010db8000300006002000020010db8000400000000000000032009000000000202020280000002000000380002200100000000020202024000000a20010db8000500004000000a20010db800060000",
                70,
            ),
            (
                "6e00000000d05901fe800000000000000000000000000001ff020000000000000000000000000005030400d001010101000000000000000000000003000340050000000202020202800000020000003c870000143000010020010db80002000020010db80000000000000000000000990000000909090909000300080000000502020202800000020000004801000013fe800000000000000000000000000001000000024000000020010db8000300006002000020010db8000400000000000000032009000000000202020280000002000000380002200100000000020202024000000a20010db8000500004000000a20010db800060000",
                144,
            ),
            (
                "6e00000000d05901fe800000000000000000000000000001ff020000000000000000000000000005030400d001010101000000000000000000000003000340050000000202020202800000020000003c870000143000010020010db80002000020010db80000000000000000000000990000000909090909000300080000000502020202800000020000004801000013fe800000000000000000000000000001000000024000000020010db8000300006002000020010db8000400000000000000032009000000000202020280000002000000380002200100000000020202024000000a20010db8000500004000000a20010db800060000",
                245,
            ),
            (
                "6e000000016a5901fe800000000000000000000000000001ff0200000000000000000000000000050304016a010101010000000000000000000000040003000b0000000002020202800000020000003400010004000000780002000101000000000300040a00000100040002aabb00000003000a000000000202020280000002000000f00001000401010101000200c80001000101000000000200080909090908080808000300040a000001000400040a000002000500040000000a000600044cee6b28000700044e6e6b2800080020000000004974240049f424004a371b004a7424004a9896804ab71b004ad59f8000090004000000ff000b000400000005000e000414000000000f0024330200004b1896804b1896804b1896804b1896804b1896804b1896804b1896804b1896800010000c0000000100000002000000030011000c010000004cbebc204d3ebc2000630003deadbe000005000401020304000320040000000102020202800000020000001c01020304050607080003a007000000010202020280000002000000160102",
                0,
            ),
            (
                "6e000000016a5901fe800000000000000000000000000001ff0200000000000000000000000000050304016a010101010000000000000000000000040003000b0000000002020202800000020000003400010004000000780002000101000000000300040a00000100040002aabb00000003000a000000000202020280000002000000f00001000401010101000200c80001000101000000000200080909090908080808000300040a000001000400040a000002000500040000000a000600044cee6b28000700044e6e6b2800080020000000004974240049f424004a371b004a7424004a9896804ab71b004ad59f8000090004000000ff000b000400000005000e000414000000000f0024330200004b1896804b1896804b1896804b1896804b1896804b1896804b1896804b1896800010000c0000000100000002000000030011000c010000004cbebc204d3ebc2000630003deadbe000005000401020304000320040000000102020202800000020000001c01020304050607080003a007000000010202020280000002000000160102",
                50,
            ),
            (
                "6e000000016a5901fe800000000000000000000000000001ff0200000000000000000000000000050304016a010101010000000000000000000000040003000b0000000002020202800000020000003400010004000000780002000101000000000300040a00000100040002aabb00000003000a000000000202020280000002000000f00001000401010101000200c80001000101000000000200080909090908080808000300040a000001000400040a000002000500040000000a000600044cee6b28000700044e6e6b2800080020000000004974240049f424004a371b004a7424004a9896804ab71b004ad59f8000090004000000ff000b000400000005000e000414000000000f0024330200004b1896804b1896804b1896804b1896804b1896804b1896804b1896804b1896800010000c0000000100000002000000030011000c010000004cbebc204d3ebc2000630003deadbe000005000401020304000320040000000102020202800000020000001c01020304050607080003a007000000010202020280000002000000160102",
                70,
            ),
            (
                "6e000000016a5901fe800000000000000000000000000001ff0200000000000000000000000000050304016a010101010000000000000000000000040003000b0000000002020202800000020000003400010004000000780002000101000000000300040a00000100040002aabb00000003000a000000000202020280000002000000f00001000401010101000200c80001000101000000000200080909090908080808000300040a000001000400040a000002000500040000000a000600044cee6b28000700044e6e6b2800080020000000004974240049f424004a371b004a7424004a9896804ab71b004ad59f8000090004000000ff000b000400000005000e000414000000000f0024330200004b1896804b1896804b1896804b1896804b1896804b1896804b1896804b1896800010000c0000000100000002000000030011000c010000004cbebc204d3ebc2000630003deadbe000005000401020304000320040000000102020202800000020000001c01020304050607080003a007000000010202020280000002000000160102",
                221,
            ),
            (
                "6e000000016a5901fe800000000000000000000000000001ff0200000000000000000000000000050304016a010101010000000000000000000000040003000b0000000002020202800000020000003400010004000000780002000101000000000300040a00000100040002aabb00000003000a000000000202020280000002000000f00001000401010101000200c80001000101000000000200080909090908080808000300040a000001000400040a000002000500040000000a000600044cee6b28000700044e6e6b2800080020000000004974240049f424004a371b004a7424004a9896804ab71b004ad59f8000090004000000ff000b000400000005000e000414000000000f0024330200004b1896804b1896804b1896804b1896804b1896804b1896804b1896804b1896800010000c0000000100000002000000030011000c010000004cbebc204d3ebc2000630003deadbe000005000401020304000320040000000102020202800000020000001c01020304050607080003a007000000010202020280000002000000160102",
                399,
            ),
            (
                "6e00000000705901fe800000000000000000000000000001ff02000000000000000000000000000503040070010101010000000000000000ffffffff0003200200000005020202028000000200000020000000330101010102020202000320030000000102020202800000020000003c000000404000000020010db800010000803f000520010db800000000000000000000000100000001",
                0,
            ),
            (
                "6e00000000705901fe800000000000000000000000000001ff02000000000000000000000000000503040070010101010000000000000000ffffffff0003200200000005020202028000000200000020000000330101010102020202000320030000000102020202800000020000003c000000404000000020010db800010000803f000520010db800000000000000000000000100000001",
                50,
            ),
            (
                "6e00000000705901fe800000000000000000000000000001ff02000000000000000000000000000503040070010101010000000000000000ffffffff0003200200000005020202028000000200000020000000330101010102020202000320030000000102020202800000020000003c000000404000000020010db800010000803f000520010db800000000000000000000000100000001",
                70,
            ),
            (
                "6e00000000705901fe800000000000000000000000000001ff02000000000000000000000000000503040070010101010000000000000000ffffffff0003200200000005020202028000000200000020000000330101010102020202000320030000000102020202800000020000003c000000404000000020010db800010000803f000520010db800000000000000000000000100000001",
                96,
            ),
            (
                "6e00000000705901fe800000000000000000000000000001ff02000000000000000000000000000503040070010101010000000000000000ffffffff0003200200000005020202028000000200000020000000330101010102020202000320030000000102020202800000020000003c000000404000000020010db800010000803f000520010db800000000000000000000000100000001",
                149,
            ),
            (
                "6e00000000405901fe800000000000000000000000000001ff0200000000000000000000000000050304004001010101000000000000000000000001000320030000000102020202800000020000002c00000005c800000000000000000000000000000000000000",
                0,
            ),
            (
                "6e00000000405901fe800000000000000000000000000001ff0200000000000000000000000000050304004001010101000000000000000000000001000320030000000102020202800000020000002c00000005c800000000000000000000000000000000000000",
                50,
            ),
            (
                "6e00000000405901fe800000000000000000000000000001ff0200000000000000000000000000050304004001010101000000000000000000000001000320030000000102020202800000020000002c00000005c800000000000000000000000000000000000000",
                70,
            ),
            (
                "6e00000000405901fe800000000000000000000000000001ff0200000000000000000000000000050304004001010101000000000000000000000001000320030000000102020202800000020000002c00000005c800000000000000000000000000000000000000",
                72,
            ),
            (
                "6e00000000405901fe800000000000000000000000000001ff0200000000000000000000000000050304004001010101000000000000000000000001000320030000000102020202800000020000002c00000005c800000000000000000000000000000000000000",
                101,
            ),
            (
                "6e000000005c5901fe800000000000000000000000000001ff0200000000000000000000000000050304005c01010101000000000000000000000001000300080000000102020202800000020000004801000013fe800000000000000000000000000001000000020000000320010db8000300006002000020010db80004000000000000",
                0,
            ),
            (
                "6e000000005c5901fe800000000000000000000000000001ff0200000000000000000000000000050304005c01010101000000000000000000000001000300080000000102020202800000020000004801000013fe800000000000000000000000000001000000020000000320010db8000300006002000020010db80004000000000000",
                50,
            ),
            (
                "6e000000005c5901fe800000000000000000000000000001ff0200000000000000000000000000050304005c01010101000000000000000000000001000300080000000102020202800000020000004801000013fe800000000000000000000000000001000000020000000320010db8000300006002000020010db80004000000000000",
                70,
            ),
            (
                "6e000000005c5901fe800000000000000000000000000001ff0200000000000000000000000000050304005c01010101000000000000000000000001000300080000000102020202800000020000004801000013fe800000000000000000000000000001000000020000000320010db8000300006002000020010db80004000000000000",
                86,
            ),
            (
                "6e000000005c5901fe800000000000000000000000000001ff0200000000000000000000000000050304005c01010101000000000000000000000001000300080000000102020202800000020000004801000013fe800000000000000000000000000001000000020000000320010db8000300006002000020010db80004000000000000",
                129,
            ),
            (
                "6e000000003e5901fe800000000000000000000000000001ff0200000000000000000000000000050305003e01010101000000000000000000032001000000000202020280000002000000380003200200000005020202028000000200000020000000000000",
                0,
            ),
            (
                "6e000000003e5901fe800000000000000000000000000001ff0200000000000000000000000000050305003e01010101000000000000000000032001000000000202020280000002000000380003200200000005020202028000000200000020000000000000",
                50,
            ),
            (
                "6e000000003e5901fe800000000000000000000000000001ff0200000000000000000000000000050305003e01010101000000000000000000032001000000000202020280000002000000380003200200000005020202028000000200000020000000000000",
                70,
            ),
            (
                "6e000000003e5901fe800000000000000000000000000001ff0200000000000000000000000000050305003e01010101000000000000000000032001000000000202020280000002000000380003200200000005020202028000000200000020000000000000",
                71,
            ),
            (
                "6e000000003e5901fe800000000000000000000000000001ff0200000000000000000000000000050305003e01010101000000000000000000032001000000000202020280000002000000380003200200000005020202028000000200000020000000000000",
                99,
            ),
            (
                "6e00000000145901fe800000000000000000000000000001ff0200000000000000000000000000050307001401010101000000000000000000000000",
                0,
            ),
            (
                "6e00000000145901fe800000000000000000000000000001ff0200000000000000000000000000050307001401010101000000000000000000000000",
                50,
            ),
            (
                "6e00000000145901fe800000000000000000000000000001ff0200000000000000000000000000050307001401010101000000000000000000000000",
                57,
            ),
            (
                "6e000000001e5901fe800000000000000000000000000001ff020000000000000000000000000005030100280101010100000000000000000000000501000613000a00280101",
                0,
            ),
            (
                "6e000000001e5901fe800000000000000000000000000001ff020000000000000000000000000005030100280101010100000000000000000000000501000613000a00280101",
                50,
            ),
            (
                "6e000000001e5901fe800000000000000000000000000001ff020000000000000000000000000005030100280101010100000000000000000000000501000613000a00280101",
                55,
            ),
            (
                "6e000000001e5901fe800000000000000000000000000001ff020000000000000000000000000005030100280101010100000000000000000000000501000613000a00280101",
                67,
            ),
            (
                "6e00000000285901fe800000000000000000000000000001ff020000000000000000000000000005020100280101010100000000000000000000000501000613000a0028010101010202020203030303",
                0,
            ),
            (
                "6e00000000285901fe800000000000000000000000000001ff020000000000000000000000000005020100280101010100000000000000000000000501000613000a0028010101010202020203030303",
                50,
            ),
            (
                "6e00000000285901fe800000000000000000000000000001ff020000000000000000000000000005020100280101010100000000000000000000000501000613000a0028010101010202020203030303",
                60,
            ),
            (
                "6e00000000285901fe800000000000000000000000000001ff020000000000000000000000000005020100280101010100000000000000000000000501000613000a0028010101010202020203030303",
                70,
            ),
            (
                "6e00000000285901fe800000000000000000000000000001ff020000000000000000000000000005020100280101010100000000000000000000000501000613000a0028010101010202020203030303",
                77,
            ),
        ],
        &[
            (
                numeric(0),
                &[
                    "IP6 fe80::1 > ff02::5: OSPFv3, LS-Update, length 200",
                    "IP6 fe80::1 > ff02::5: OSPFv3, LS-Update, length 200",
                    "IP6 fe80::1 > ff02::5: OSPFv3, LS-Update, length 200",
                    "IP6 fe80::1 > ff02::5: OSPFv3, LS-Update, length 200",
                    "IP6 fe80::1 > ff02::5: OSPFv3, LS-Update, length 200",
                    "IP6 fe80::1 > ff02::5: OSPFv3, LS-Update, length 208",
                    "IP6 fe80::1 > ff02::5: OSPFv3, LS-Update, length 208",
                    "IP6 fe80::1 > ff02::5: OSPFv3, LS-Update, length 208",
                    "IP6 fe80::1 > ff02::5: OSPFv3, LS-Update, length 208",
                    "IP6 fe80::1 > ff02::5: OSPFv3, LS-Update, length 208",
                    "IP6 fe80::1 > ff02::5: OSPFv3, LS-Update, length 362",
                    "IP6 fe80::1 > ff02::5: OSPFv3, LS-Update, length 362",
                    "IP6 fe80::1 > ff02::5: OSPFv3, LS-Update, length 362",
                    "IP6 fe80::1 > ff02::5: OSPFv3, LS-Update, length 362",
                    "IP6 fe80::1 > ff02::5: OSPFv3, LS-Update, length 362",
                    "IP6 fe80::1 > ff02::5: OSPFv3, LS-Update, length 112",
                    "IP6 fe80::1 > ff02::5: OSPFv3, LS-Update, length 112",
                    "IP6 fe80::1 > ff02::5: OSPFv3, LS-Update, length 112",
                    "IP6 fe80::1 > ff02::5: OSPFv3, LS-Update, length 112",
                    "IP6 fe80::1 > ff02::5: OSPFv3, LS-Update, length 112",
                    "IP6 fe80::1 > ff02::5: OSPFv3, LS-Update, length 64",
                    "IP6 fe80::1 > ff02::5: OSPFv3, LS-Update, length 64",
                    "IP6 fe80::1 > ff02::5: OSPFv3, LS-Update, length 64",
                    "IP6 fe80::1 > ff02::5: OSPFv3, LS-Update, length 64",
                    "IP6 fe80::1 > ff02::5: OSPFv3, LS-Update, length 64",
                    "IP6 fe80::1 > ff02::5: OSPFv3, LS-Update, length 92",
                    "IP6 fe80::1 > ff02::5: OSPFv3, LS-Update, length 92",
                    "IP6 fe80::1 > ff02::5: OSPFv3, LS-Update, length 92",
                    "IP6 fe80::1 > ff02::5: OSPFv3, LS-Update, length 92",
                    "IP6 fe80::1 > ff02::5: OSPFv3, LS-Update, length 92",
                    "IP6 fe80::1 > ff02::5: OSPFv3, LS-Ack, length 62",
                    "IP6 fe80::1 > ff02::5: OSPFv3, LS-Ack, length 62",
                    "IP6 fe80::1 > ff02::5: OSPFv3, LS-Ack, length 62",
                    "IP6 fe80::1 > ff02::5: OSPFv3, LS-Ack, length 62",
                    "IP6 fe80::1 > ff02::5: OSPFv3, LS-Ack, length 62",
                    "IP6 fe80::1 > ff02::5: OSPFv3, unknown packet type (7), length 20",
                    "IP6 fe80::1 > ff02::5: OSPFv3, unknown packet type (7), length 20",
                    "IP6 fe80::1 > ff02::5: OSPFv3, unknown packet type (7), length 20",
                    "IP6 fe80::1 > ff02::5: OSPFv3, Hello, length 30",
                    "IP6 fe80::1 > ff02::5: OSPFv3, Hello, length 30",
                    "IP6 fe80::1 > ff02::5: OSPFv3, Hello, length 30",
                    "IP6 fe80::1 > ff02::5: OSPFv3, Hello, length 30",
                    "IP6 fe80::1 > ff02::5: OSPFv2, Hello, length 40",
                    "IP6 fe80::1 > ff02::5: OSPFv2, Hello, length 40",
                    "IP6 fe80::1 > ff02::5: OSPFv2, Hello, length 40",
                    "IP6 fe80::1 > ff02::5: OSPFv2, Hello, length 40",
                    "IP6 fe80::1 > ff02::5: OSPFv2, Hello, length 40",
                ],
            ),
            (numeric(1), v.as_slice()),
            (numeric(2), vv.as_slice()),
        ],
    );
}
