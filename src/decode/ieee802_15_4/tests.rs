//! Golden lines for the 802.15.4 printer (expected text from tcpdump
//! 4.99.3 on the same frames).

use crate::decode::PrintOptions;
use crate::decode::tests::{golden_on_link, numeric};
use crate::link::LinkType;
use crate::wire::linktype;

const ASSOC_REQ: &str = "43c8113412ffff0102030405060708018edbcd";
const ASSOC_RESP: &str = "43c8113412ffff010203040506070802341200aedc";
const ASSOC_FAST: &str = "43c8113412ffff010203040506070802341280a658";
const ASSOC_STATUS: &str = "43c8113412ffff01020304050607080234125586d9";
const DISASSOC: &str = "43c8113412ffff010203040506070803020fb0";
const DISASSOC_OTHER: &str = "43c8113412ffff01020304050607080307aabb2956";
const DATA_REQ: &str = "43c8113412ffff01020304050607080458d8";
const REALIGN: &str = "43c8113412ffff0102030405060708083412cdab0b3412dc9e";
const REALIGN_PAGE: &str = "43c8113412ffff0102030405060708083412cdab0b3412007f1c";
const GTS_REQ: &str = "43c8113412ffff010203040506070809354308";
const DSME: &str = "43c8113412ffff010203040506070813aabbb517";
const RESERVED_CMD: &str = "43c8113412ffff01020304050607084078dc";
const BAD_ASSOC: &str = "43c8113412ffff010203040506070801f58f";
const BEACON: &str = "00801134127856ffcf81017856031166550807060504030201aabb8c97";
const BEACON_SHORT_GTS: &str = "0080113412785600cf83016834";
const DATA: &str = "41881134127856abcd48656c6c6f9389";
const R1: &str = "990bebdc8c3b678358f3d8935a75e844a88c9bf5ba0162c8dbd2f4e2f0bd83cf2184c78f9fe0";
const R2: &str = "990bebdc8c3b678358f3d8935a75e844a88c9bf5ba0162c8dbd2f4e2f0bd83cf2184c78f9fe0";
const R3: &str = "80f103c1c1473f441ccc9f2f584a112a284187f32ba845a5b64b74b3527f94a3";
const R4: &str = "09161b40e6ba82fa35f79b6ed1f905390465e615";
const R5: &str = "05b88bd538faf9a1ccb184733986a60765ac93cd52a8a16d0fbc4c20f78bf8";
const R6: &str = "220c6a904021028fe0d90997";
const R7: &str = "3d44eae1d6af887cc4fc883c10b90a15222b2ae9893644c2dcc1";
const R8: &str = "82814a3cdef19ac7f4";
const R9: &str = "226d681211d4";
const R10: &str = "e29088ec1d75e5461bc90bd34b039dab0317691dd3e2ca0a303dc9fc966b291d732aae3d28be";
const R11: &str = "8d4e3e55198b9c94ce98173e3805ce3e6612448ddedad7";
const R12: &str = "8d4e3e55198b9c94ce98173e3805ce3e6612448ddedad7";
const R13: &str = "1486a2c7ef65c845d82dc47e64";
const R14: &str = "28da5a256a2504fe2cd0425edb2096c949f3ff6942f08349bd6bb0466e55c6e9bc06";
const R15: &str = "4992e526";
const R16: &str = "431c136d278c5ae273ea1bd827af5011af2f7a8808";
const R17: &str = "b0c0569254afcb6957ff96cab041f167c19d46c55a9d13edcdecd82f05";
const R18: &str = "e320ec16087258";
const R19: &str = "809d687fcf76b6d5e0a135fb331b0b880e7bf140983c86b68a1462";
const R20: &str = "2891d6482f961cc5347186479f36fb4ae0c1a5656474ceff064263885549e25f1b677881";
const R21: &str = "708a89567916c884da47803a7288b6adecf70b85b4e5";
const R22: &str = "500084cf41";

/// MAC commands of each kind, beacons of version 0 with GTS and pending
/// addresses, data, ACK, secured and IE-carrying frames, multipurpose frames
/// in both frame control lengths, good and wrong FCSs and cut copies, at
/// each -v level and with -x (expected text from tcpdump 4.99.3 on the same
/// frames).
#[test]
fn ieee802_15_4() {
    let link = LinkType::Other(linktype::IEEE802_15_4);
    golden_on_link(
        link,
        numeric(0),
        &[
            (
                ASSOC_REQ,
                "IEEE 802.15.4 Command packet v0 1234:ffff < -:08:07:06:05:04:03:02:01 Command ID = Association Request command FFD, AC powered, Receiver on when idle, Allocate address, ",
            ),
            (
                ASSOC_RESP,
                "IEEE 802.15.4 Command packet v0 1234:ffff < -:08:07:06:05:04:03:02:01 Command ID = Association Response command Short address = 1234, Association successful",
            ),
            (
                ASSOC_FAST,
                "IEEE 802.15.4 Command packet v0 1234:ffff < -:08:07:06:05:04:03:02:01 Command ID = Association Response command Short address = 1234, Fast association successful",
            ),
            (
                ASSOC_STATUS,
                "IEEE 802.15.4 Command packet v0 1234:ffff < -:08:07:06:05:04:03:02:01 Command ID = Association Response command Short address = 1234, Status = 0x55",
            ),
            (
                DISASSOC,
                "IEEE 802.15.4 Command packet v0 1234:ffff < -:08:07:06:05:04:03:02:01 Command ID = Disassociation Notification command Reason = The device wishes to leave the PAN",
            ),
            (
                DISASSOC_OTHER,
                "IEEE 802.15.4 Command packet v0 1234:ffff < -:08:07:06:05:04:03:02:01 Command ID = Disassociation Notification command Invalid Disassociation Notification command length\n\t0x0000:  07aa bb                                  ...",
            ),
            (
                DATA_REQ,
                "IEEE 802.15.4 Command packet v0 1234:ffff < -:08:07:06:05:04:03:02:01 Command ID = Data Request command ",
            ),
            (
                REALIGN,
                "IEEE 802.15.4 Command packet v0 1234:ffff < -:08:07:06:05:04:03:02:01 Command ID = Coordinator realignment command Pan ID = 0x1234, Coordinator short address = abcd, Channel Number = 11, Short address = 1234",
            ),
            (
                REALIGN_PAGE,
                "IEEE 802.15.4 Command packet v0 1234:ffff < -:08:07:06:05:04:03:02:01 Command ID = Coordinator realignment command Pan ID = 0x1234, Coordinator short address = abcd, Channel Number = 11, page = 0, Short address = 1234",
            ),
            (
                GTS_REQ,
                "IEEE 802.15.4 Command packet v0 1234:ffff < -:08:07:06:05:04:03:02:01 Command ID = GTS request command GTS Length = 5, Receive-only GTS, GTS allocation",
            ),
            (
                DSME,
                "IEEE 802.15.4 Command packet v0 1234:ffff < -:08:07:06:05:04:03:02:01 Command ID = DSME Association Request command Command Data = aa bb \n\t0x0000:  aabb                                     ..",
            ),
            (
                RESERVED_CMD,
                "IEEE 802.15.4 Command packet v0 1234:ffff < -:08:07:06:05:04:03:02:01 Command ID = Reserved 0x40 ",
            ),
            (
                BAD_ASSOC,
                "IEEE 802.15.4 Command packet v0 1234:ffff < -:08:07:06:05:04:03:02:01 Command ID = Association Request command ",
            ),
            (
                BEACON,
                "IEEE 802.15.4 Beacon packet v0 -:none < 1234:5678 \n\t0x0000:  aabb                                     ..",
            ),
            (
                BEACON_SHORT_GTS,
                "IEEE 802.15.4 Beacon packet v0 -:none < 1234:5678  [ERROR: Truncated GTS Info List]",
            ),
            (
                DATA,
                "IEEE 802.15.4 Data packet v0 1234:5678 < -:cdab \n\t0x0000:  4865 6c6c 6f                             Hello",
            ),
            (
                R1,
                "IEEE 802.15.4 Data packet v0 [ERROR: Sequence number suppressed on frames where version < 2]dceb:3b8c < -:none Reserved Element ID b1, length = 3 IE Data = f3 d8 93 ] Reserved Element ID ea, length = 90 [ERROR: Truncated IE data]",
            ),
            (
                R2,
                "IEEE 802.15.4 Data packet v0 [ERROR: Sequence number suppressed on frames where version < 2]dceb:3b8c < -:none Reserved Element ID b1, length = 3 IE Data = f3 d8 93 ] Reserved Element ID ea, length = 90 [ERROR: Truncated IE data]",
            ),
            (
                R3,
                "IEEE 802.15.4 Beacon packet v3 -:none < c103:2f:9f:cc:1c:44:3f:47:c1 \n\t0x0000:  584a 112a 2841 87f3 2ba8 45a5 b64b 74b3  XJ.*(A..+.E..Kt.\n\t0x0010:  527f                                     R.",
            ),
            (
                R4,
                "IEEE 802.15.4 Data packet v1 [ERROR: Invalid dst address mode]",
            ),
            (
                R5,
                "IEEE 802.15.4 Multipurpose packet -:none <  -:none \n\t0x0000:  8bd5 38fa f9a1 ccb1 8473 3986 a607 65ac  ..8......s9...e.\n\t0x0010:  93cd 52a8 a16d 0fbc 4c20 f7              ..R..m..L..",
            ),
            (
                R6,
                "IEEE 802.15.4 ACK packet v0 4090:[ERROR: Truncated before dst_addr]",
            ),
            (
                R7,
                "IEEE 802.15.4 Multipurpose packet v0 -:fc:c4:7c:88:af:d6:e1:ea <  -:none \n\t0x0000:  883c 10b9 0a15 222b 2ae9 8936 44c2       .<....\"+*..6D.",
            ),
            (
                R8,
                "IEEE 802.15.4 ACK packet v0 [ERROR: Sequence number suppressed on frames where version < 2]-:none < 3c4a:f1de \n\t0x0000:  9ac7 f4                                  ...",
            ),
            (
                R9,
                "IEEE 802.15.4 ACK packet v2 [ERROR: Invalid src address mode]",
            ),
            (
                R10,
                "IEEE 802.15.4 ACK packet v1 [ERROR: PAN ID Compression != 0, and only one address with frame version < 2]-:none < -:1dec \n\t0x0000:  75e5 461b c90b d34b 039d ab03 1769 1dd3  u.F....K.....i..\n\t0x0010:  e2ca 0a30 3dc9 fc96 6b29 1d73 2aae 3d28  ...0=...k).s*.=(\n\t0x0020:  be                                       .",
            ),
            (
                R11,
                "IEEE 802.15.4 Multipurpose packet v0 -:none <  -:553e \n\t0x0000:  ce3e 66                                  .>f",
            ),
            (
                R12,
                "IEEE 802.15.4 Multipurpose packet v0 -:none <  -:553e \n\t0x0000:  ce3e 66                                  .>f",
            ),
            (R13, "IEEE 802.15.4 Reserved packet "),
            (
                R14,
                "IEEE 802.15.4 Beacon packet v1 6a25:0425 < 2cfe:49:c9:96:20:db:5e:42:d0 [ERROR: Truncated before MIC]",
            ),
            (R15, "IEEE 802.15.4 Data packet v1  [|802.15.4]"),
            (
                R16,
                "IEEE 802.15.4 Command packet v1 [ERROR: PAN ID Compression != 0, and only one address with frame version < 2]276d:27:d8:1b:ea:73:e2:5a:8c < -:none Command ID = Reserved 0xaf Command Data = 50 11 af 2f 7a 88 08 \n\t0x0000:  5011 af2f 7a88 08                        P../z..",
            ),
            (
                R17,
                "IEEE 802.15.4 Beacon packet v0 -:none < 5492:b0:ca:96:ff:57:69:cb:af  [ERROR: Truncated GTS Info List]",
            ),
            (
                R18,
                "IEEE 802.15.4 Command packet v2 0816:none < -:none [ERROR: Truncated before Command ID]",
            ),
            (
                R19,
                "IEEE 802.15.4 Beacon packet v1 [ERROR: Sequence number suppressed on frames where version < 2]7f68:fb:35:a1:e0:d5:b6:76:cf < 1b33:880b  [ERROR: Pending address list truncated]",
            ),
            (
                R20,
                "IEEE 802.15.4 Beacon packet v1 [ERROR: Sequence number suppressed on frames where version < 2]-:none < 48d6:962f  [ERROR: Pending address list truncated]",
            ),
            (
                R21,
                "IEEE 802.15.4 Beacon packet v0 7956:c816 < -:da84 [ERROR: Header IE with type 1] \n\tVendor Specific Header IE [ length = 71, [ERROR: Truncated IE data]",
            ),
            (
                R22,
                "IEEE 802.15.4 Beacon packet v0 [ERROR: PAN ID Compression != 0, and only one address with frame version < 2]-:none < -:none [ERROR: Truncated before beacon information]",
            ),
            (
                &BEACON[..8],
                "IEEE 802.15.4 Beacon packet v0 -:none < [ERROR: Truncated before dst_pan]",
            ),
            (
                &DATA[..6],
                "IEEE 802.15.4 Data packet v0 [ERROR: Truncated before dst_pan]",
            ),
            (&DATA[..2], " [|802.15.4]"),
        ],
    );
    golden_on_link(
        link,
        numeric(1),
        &[
            (
                ASSOC_REQ,
                "IEEE 802.15.4 Command packet v0 seq 11 1234:ffff < -:08:07:06:05:04:03:02:01 Command ID = Association Request command FFD, AC powered, Receiver on when idle, Allocate address, ",
            ),
            (
                ASSOC_RESP,
                "IEEE 802.15.4 Command packet v0 seq 11 1234:ffff < -:08:07:06:05:04:03:02:01 Command ID = Association Response command Short address = 1234, Association successful",
            ),
            (
                ASSOC_FAST,
                "IEEE 802.15.4 Command packet v0 seq 11 1234:ffff < -:08:07:06:05:04:03:02:01 Command ID = Association Response command Short address = 1234, Fast association successful",
            ),
            (
                ASSOC_STATUS,
                "IEEE 802.15.4 Command packet v0 seq 11 1234:ffff < -:08:07:06:05:04:03:02:01 Command ID = Association Response command Short address = 1234, Status = 0x55",
            ),
            (
                DISASSOC,
                "IEEE 802.15.4 Command packet v0 seq 11 1234:ffff < -:08:07:06:05:04:03:02:01 Command ID = Disassociation Notification command Reason = The device wishes to leave the PAN",
            ),
            (
                DISASSOC_OTHER,
                "IEEE 802.15.4 Command packet v0 seq 11 1234:ffff < -:08:07:06:05:04:03:02:01 Command ID = Disassociation Notification command Invalid Disassociation Notification command length\n\t0x0000:  07aa bb                                  ...",
            ),
            (
                DATA_REQ,
                "IEEE 802.15.4 Command packet v0 seq 11 1234:ffff < -:08:07:06:05:04:03:02:01 Command ID = Data Request command ",
            ),
            (
                REALIGN,
                "IEEE 802.15.4 Command packet v0 seq 11 1234:ffff < -:08:07:06:05:04:03:02:01 Command ID = Coordinator realignment command Pan ID = 0x1234, Coordinator short address = abcd, Channel Number = 11, Short address = 1234",
            ),
            (
                REALIGN_PAGE,
                "IEEE 802.15.4 Command packet v0 seq 11 1234:ffff < -:08:07:06:05:04:03:02:01 Command ID = Coordinator realignment command Pan ID = 0x1234, Coordinator short address = abcd, Channel Number = 11, page = 0, Short address = 1234",
            ),
            (
                GTS_REQ,
                "IEEE 802.15.4 Command packet v0 seq 11 1234:ffff < -:08:07:06:05:04:03:02:01 Command ID = GTS request command GTS Length = 5, Receive-only GTS, GTS allocation",
            ),
            (
                DSME,
                "IEEE 802.15.4 Command packet v0 seq 11 1234:ffff < -:08:07:06:05:04:03:02:01 Command ID = DSME Association Request command Command Data = aa bb \n\t0x0000:  aabb                                     ..",
            ),
            (
                RESERVED_CMD,
                "IEEE 802.15.4 Command packet v0 seq 11 1234:ffff < -:08:07:06:05:04:03:02:01 Command ID = Reserved 0x40 ",
            ),
            (
                BAD_ASSOC,
                "IEEE 802.15.4 Command packet v0 seq 11 1234:ffff < -:08:07:06:05:04:03:02:01 Command ID = Association Request command ",
            ),
            (
                BEACON,
                "IEEE 802.15.4 Beacon packet v0 seq 11 -:none < 1234:5678 \n\tBeacon order = 15, Superframe order = 15, Final CAP Slot = 15, PAN Coordinator, Association Permit\n\tPending address list, # short addresses = 1, # extended addresses = 1\n\t0x0000:  aabb                                     ..",
            ),
            (
                BEACON_SHORT_GTS,
                "IEEE 802.15.4 Beacon packet v0 seq 11 -:none < 1234:5678 \n\tBeacon order = 0, Superframe order = 0, Final CAP Slot = 15, PAN Coordinator, Association Permit [ERROR: Truncated GTS Info List]",
            ),
            (
                DATA,
                "IEEE 802.15.4 Data packet v0 seq 11 1234:5678 < -:cdab \n\t0x0000:  4865 6c6c 6f                             Hello",
            ),
            (
                R1,
                "IEEE 802.15.4 Data packet v0 [ERROR: Sequence number suppressed on frames where version < 2]seq suppressed dceb:3b8c < -:none \n\tSecurity Level 7, Key Id Mode 0, Reserved Element ID b1, length = 3 IE Data = f3 d8 93 ] Reserved Element ID ea, length = 90 [ERROR: Truncated IE data]",
            ),
            (
                R2,
                "IEEE 802.15.4 Data packet v0 [ERROR: Sequence number suppressed on frames where version < 2]seq suppressed dceb:3b8c < -:none \n\tSecurity Level 7, Key Id Mode 0, Reserved Element ID b1, length = 3 IE Data = f3 d8 93 ] Reserved Element ID ea, length = 90 [ERROR: Truncated IE data]",
            ),
            (
                R3,
                "IEEE 802.15.4 Beacon packet v3 seq suppressed -:none < c103:2f:9f:cc:1c:44:3f:47:c1 \n\t0x0000:  584a 112a 2841 87f3 2ba8 45a5 b64b 74b3  XJ.*(A..+.E..Kt.\n\t0x0010:  527f                                     R.",
            ),
            (
                R4,
                "IEEE 802.15.4 Data packet v1 seq 1b [ERROR: Invalid dst address mode]",
            ),
            (
                R5,
                "IEEE 802.15.4 Multipurpose packet seq b8 -:none <  -:none \n\t0x0000:  8bd5 38fa f9a1 ccb1 8473 3986 a607 65ac  ..8......s9...e.\n\t0x0010:  93cd 52a8 a16d 0fbc 4c20 f7              ..R..m..L..",
            ),
            (
                R6,
                "IEEE 802.15.4 ACK packet v0 seq 6a 4090:[ERROR: Truncated before dst_addr]",
            ),
            (
                R7,
                "IEEE 802.15.4 Multipurpose packet v0 -:fc:c4:7c:88:af:d6:e1:ea <  -:none \n\t0x0000:  883c 10b9 0a15 222b 2ae9 8936 44c2       .<....\"+*..6D.",
            ),
            (
                R8,
                "IEEE 802.15.4 ACK packet v0 [ERROR: Sequence number suppressed on frames where version < 2]seq suppressed -:none < 3c4a:f1de \n\t0x0000:  9ac7 f4                                  ...",
            ),
            (
                R9,
                "IEEE 802.15.4 ACK packet v2 seq suppressed [ERROR: Invalid src address mode]",
            ),
            (
                R10,
                "IEEE 802.15.4 ACK packet v1 seq 88 [ERROR: PAN ID Compression != 0, and only one address with frame version < 2]-:none < -:1dec \n\t0x0000:  75e5 461b c90b d34b 039d ab03 1769 1dd3  u.F....K.....i..\n\t0x0010:  e2ca 0a30 3dc9 fc96 6b29 1d73 2aae 3d28  ...0=...k).s*.=(\n\t0x0020:  be                                       .",
            ),
            (
                R11,
                "IEEE 802.15.4 Multipurpose packet v0 -:none <  -:553e \n\tSecurity Level 1, Key Id Mode 3, \n\t0x0000:  ce3e 66                                  .>f",
            ),
            (
                R12,
                "IEEE 802.15.4 Multipurpose packet v0 -:none <  -:553e \n\tSecurity Level 1, Key Id Mode 3, \n\t0x0000:  ce3e 66                                  .>f",
            ),
            (R13, "IEEE 802.15.4 Reserved packet "),
            (
                R14,
                "IEEE 802.15.4 Beacon packet v1 seq 5a 6a25:0425 < 2cfe:49:c9:96:20:db:5e:42:d0 \n\tSecurity Level 3, Key Id Mode 2, [ERROR: Truncated before MIC]",
            ),
            (R15, "IEEE 802.15.4 Data packet v1 seq e5  [|802.15.4]"),
            (
                R16,
                "IEEE 802.15.4 Command packet v1 seq 13 [ERROR: PAN ID Compression != 0, and only one address with frame version < 2]276d:27:d8:1b:ea:73:e2:5a:8c < -:none Command ID = Reserved 0xaf Command Data = 50 11 af 2f 7a 88 08 \n\t0x0000:  5011 af2f 7a88 08                        P../z..",
            ),
            (
                R17,
                "IEEE 802.15.4 Beacon packet v0 seq 56 -:none < 5492:b0:ca:96:ff:57:69:cb:af \n\tBeacon order = 1, Superframe order = 4, Final CAP Slot = 1, BLE enabled, PAN Coordinator, Association Permit [ERROR: Truncated GTS Info List]",
            ),
            (
                R18,
                "IEEE 802.15.4 Command packet v2 seq ec 0816:none < -:none [ERROR: Truncated before Command ID]",
            ),
            (
                R19,
                "IEEE 802.15.4 Beacon packet v1 [ERROR: Sequence number suppressed on frames where version < 2]seq suppressed 7f68:fb:35:a1:e0:d5:b6:76:cf < 1b33:880b \n\tBeacon order = 14, Superframe order = 0, Final CAP Slot = 11, BLE enabled, PAN Coordinator\n\tPending address list, # short addresses = 6, # extended addresses = 3 [ERROR: Pending address list truncated]",
            ),
            (
                R20,
                "IEEE 802.15.4 Beacon packet v1 [ERROR: Sequence number suppressed on frames where version < 2]seq suppressed -:none < 48d6:962f \n\tSecurity Level 4, Key Id Mode 3, \n\tBeacon order = 0, Superframe order = 14, Final CAP Slot = 1, PAN Coordinator, Association Permit\n\tPending address list, # short addresses = 1, # extended addresses = 0 [ERROR: Pending address list truncated]",
            ),
            (
                R21,
                "IEEE 802.15.4 Beacon packet v0 seq 89 7956:c816 < -:da84 [ERROR: Header IE with type 1] \n\tVendor Specific Header IE [ length = 71, [ERROR: Truncated IE data]",
            ),
            (
                R22,
                "IEEE 802.15.4 Beacon packet v0 seq 84 [ERROR: PAN ID Compression != 0, and only one address with frame version < 2]-:none < -:none [ERROR: Truncated before beacon information]",
            ),
        ],
    );
    golden_on_link(
        link,
        numeric(2),
        &[
            (
                BEACON,
                "IEEE 802.15.4 Beacon packet v0 seq 11 -:none < 1234:5678 \n\tBeacon order = 15, Superframe order = 15, Final CAP Slot = 15, PAN Coordinator, Association PermitGTS Descriptor Count = 1, GTS Directions Mask = 01, [ [ 5678, Start slot = 6, Length = 5 ] ]\n\tPending address list, # short addresses = 1, # extended addresses = 1, Short address list = [ 5566 ], Extended address list = [ 01:02:03:04:05:06:07:08 ]\n\t0x0000:  aabb                                     ..",
            ),
            (
                R1,
                "IEEE 802.15.4 Data packet v0 [ERROR: Sequence number suppressed on frames where version < 2]seq suppressed dceb:3b8c < -:none \n\tSecurity Level 7, Key Id Mode 0, ImplicitReserved Element ID b1, length = 3 IE Data = f3 d8 93 ] Reserved Element ID ea, length = 90 [ERROR: Truncated IE data]",
            ),
            (
                R11,
                "IEEE 802.15.4 Multipurpose packet v0 -:none <  -:553e \n\tSecurity Level 1, Key Id Mode 3, Frame Counter 0xce949c8b KeySource 66:3e:ce:05:38:3e:17:98, KeyIndex 0x05, \n\t0x0000:  ce3e 66                                  .>f",
            ),
        ],
    );
    golden_on_link(
        link,
        numeric(3),
        &[
            (
                ASSOC_REQ,
                "IEEE 802.15.4 Command packet v0 PAN ID Compression, seq 11 1234:ffff < -:08:07:06:05:04:03:02:01 FCS cddb Command ID = Association Request command FFD, AC powered, Receiver on when idle, Allocate address, ",
            ),
            (
                ASSOC_RESP,
                "IEEE 802.15.4 Command packet v0 PAN ID Compression, seq 11 1234:ffff < -:08:07:06:05:04:03:02:01 FCS dcae Command ID = Association Response command Short address = 1234, Association successful",
            ),
            (
                ASSOC_FAST,
                "IEEE 802.15.4 Command packet v0 PAN ID Compression, seq 11 1234:ffff < -:08:07:06:05:04:03:02:01 FCS 58a6 Command ID = Association Response command Short address = 1234, Fast association successful",
            ),
            (
                ASSOC_STATUS,
                "IEEE 802.15.4 Command packet v0 PAN ID Compression, seq 11 1234:ffff < -:08:07:06:05:04:03:02:01 FCS d986 Command ID = Association Response command Short address = 1234, Status = 0x55",
            ),
            (
                DISASSOC,
                "IEEE 802.15.4 Command packet v0 PAN ID Compression, seq 11 1234:ffff < -:08:07:06:05:04:03:02:01 FCS b00f Command ID = Disassociation Notification command Reason = The device wishes to leave the PAN",
            ),
            (
                DISASSOC_OTHER,
                "IEEE 802.15.4 Command packet v0 PAN ID Compression, seq 11 1234:ffff < -:08:07:06:05:04:03:02:01 FCS 5629 Command ID = Disassociation Notification command Invalid Disassociation Notification command length\n\t0x0000:  07aa bb                                  ...",
            ),
            (
                DATA_REQ,
                "IEEE 802.15.4 Command packet v0 PAN ID Compression, seq 11 1234:ffff < -:08:07:06:05:04:03:02:01 FCS d858 Command ID = Data Request command ",
            ),
            (
                REALIGN,
                "IEEE 802.15.4 Command packet v0 PAN ID Compression, seq 11 1234:ffff < -:08:07:06:05:04:03:02:01 FCS 9edc Command ID = Coordinator realignment command Pan ID = 0x1234, Coordinator short address = abcd, Channel Number = 11, Short address = 1234",
            ),
            (
                REALIGN_PAGE,
                "IEEE 802.15.4 Command packet v0 PAN ID Compression, seq 11 1234:ffff < -:08:07:06:05:04:03:02:01 FCS 1c7f Command ID = Coordinator realignment command Pan ID = 0x1234, Coordinator short address = abcd, Channel Number = 11, page = 0, Short address = 1234",
            ),
            (
                GTS_REQ,
                "IEEE 802.15.4 Command packet v0 PAN ID Compression, seq 11 1234:ffff < -:08:07:06:05:04:03:02:01 FCS 843 Command ID = GTS request command GTS Length = 5, Receive-only GTS, GTS allocation",
            ),
            (
                DSME,
                "IEEE 802.15.4 Command packet v0 PAN ID Compression, seq 11 1234:ffff < -:08:07:06:05:04:03:02:01 FCS 17b5 Command ID = DSME Association Request command Command Data = aa bb \n\t0x0000:  aabb                                     ..",
            ),
            (
                RESERVED_CMD,
                "IEEE 802.15.4 Command packet v0 PAN ID Compression, seq 11 1234:ffff < -:08:07:06:05:04:03:02:01 FCS dc78 Command ID = Reserved 0x40 ",
            ),
            (
                BAD_ASSOC,
                "IEEE 802.15.4 Command packet v0 PAN ID Compression, seq 11 1234:ffff < -:08:07:06:05:04:03:02:01 FCS 8ff5 Command ID = Association Request command ",
            ),
            (
                BEACON,
                "IEEE 802.15.4 Beacon packet v0 seq 11 -:none < 1234:5678 FCS 978c \n\tBeacon order = 15, Superframe order = 15, Final CAP Slot = 15, PAN Coordinator, Association PermitGTS Descriptor Count = 1, GTS Directions Mask = 01, [ [ 5678, Start slot = 6, Length = 5 ] ]\n\tPending address list, # short addresses = 1, # extended addresses = 1, Short address list = [ 5566 ], Extended address list = [ 01:02:03:04:05:06:07:08 ]\n\t0x0000:  aabb                                     ..",
            ),
            (
                BEACON_SHORT_GTS,
                "IEEE 802.15.4 Beacon packet v0 seq 11 -:none < 1234:5678 FCS 3468 \n\tBeacon order = 0, Superframe order = 0, Final CAP Slot = 15, PAN Coordinator, Association Permit [ERROR: Truncated GTS Info List]",
            ),
            (
                DATA,
                "IEEE 802.15.4 Data packet v0 PAN ID Compression, seq 11 1234:5678 < -:cdab FCS 8993 \n\t0x0000:  4865 6c6c 6f                             Hello",
            ),
            (
                R1,
                "IEEE 802.15.4 Data packet v0 Security Enabled, Frame Pending, Sequence Number Suppression, IE present, [ERROR: Sequence number suppressed on frames where version < 2]seq suppressed dceb:3b8c < -:none \n\tSecurity Level 7, Key Id Mode 0, ImplicitReserved Element ID b1, length = 3 IE Data = f3 d8 93 ] Reserved Element ID ea, length = 90 [ERROR: Truncated IE data]",
            ),
            (
                R2,
                "IEEE 802.15.4 Data packet v0 Security Enabled, Frame Pending, Sequence Number Suppression, IE present, [ERROR: Sequence number suppressed on frames where version < 2]seq suppressed dceb:3b8c < -:none \n\tSecurity Level 7, Key Id Mode 0, ImplicitReserved Element ID b1, length = 3 IE Data = f3 d8 93 ] Reserved Element ID ea, length = 90 [ERROR: Truncated IE data]",
            ),
            (
                R3,
                "IEEE 802.15.4 Beacon packet v3 Sequence Number Suppression, seq suppressed -:none < c103:2f:9f:cc:1c:44:3f:47:c1 FCS a394 \n\t0x0000:  584a 112a 2841 87f3 2ba8 45a5 b64b 74b3  XJ.*(A..+.E..Kt.\n\t0x0010:  527f                                     R.",
            ),
            (
                R4,
                "IEEE 802.15.4 Data packet v1 Security Enabled, IE present, seq 1b [ERROR: Invalid dst address mode]",
            ),
            (
                R5,
                "IEEE 802.15.4 Multipurpose packet seq b8 -:none <  -:none FCS f88b \n\t0x0000:  8bd5 38fa f9a1 ccb1 8473 3986 a607 65ac  ..8......s9...e.\n\t0x0010:  93cd 52a8 a16d 0fbc 4c20 f7              ..R..m..L..",
            ),
            (
                R6,
                "IEEE 802.15.4 ACK packet v0 AR, seq 6a 4090:[ERROR: Truncated before dst_addr]",
            ),
            (
                R7,
                "IEEE 802.15.4 Multipurpose packet v0 AR, Sequence Number Suppression, -:fc:c4:7c:88:af:d6:e1:ea <  -:none FCS c1dc \n\t0x0000:  883c 10b9 0a15 222b 2ae9 8936 44c2       .<....\"+*..6D.",
            ),
            (
                R8,
                "IEEE 802.15.4 ACK packet v0 Sequence Number Suppression, [ERROR: Sequence number suppressed on frames where version < 2]seq suppressed -:none < 3c4a:f1de wrong FCS f4c7 vs 2774 (assume no FCS stored) \n\t0x0000:  9ac7 f4                                  ...",
            ),
            (
                R9,
                "IEEE 802.15.4 ACK packet v2 AR, Sequence Number Suppression, seq suppressed [ERROR: Invalid src address mode]",
            ),
            (
                R10,
                "IEEE 802.15.4 ACK packet v1 AR, PAN ID Compression, seq 88 [ERROR: PAN ID Compression != 0, and only one address with frame version < 2]-:none < -:1dec wrong FCS be28 vs dda6 (assume no FCS stored) \n\t0x0000:  75e5 461b c90b d34b 039d ab03 1769 1dd3  u.F....K.....i..\n\t0x0010:  e2ca 0a30 3dc9 fc96 6b29 1d73 2aae 3d28  ...0=...k).s*.=(\n\t0x0020:  be                                       .",
            ),
            (
                R11,
                "IEEE 802.15.4 Multipurpose packet v0 Security Enabled, Frame Pending, AR, Sequence Number Suppression, -:none <  -:553e \n\tSecurity Level 1, Key Id Mode 3, Frame Counter 0xce949c8b KeySource 66:3e:ce:05:38:3e:17:98, KeyIndex 0x05, \n\tMIC 12448dde FCS d7da \n\t0x0000:  ce3e 66                                  .>f",
            ),
            (
                R12,
                "IEEE 802.15.4 Multipurpose packet v0 Security Enabled, Frame Pending, AR, Sequence Number Suppression, -:none <  -:553e \n\tSecurity Level 1, Key Id Mode 3, Frame Counter 0xce949c8b KeySource 66:3e:ce:05:38:3e:17:98, KeyIndex 0x05, \n\tMIC 12448dde FCS d7da \n\t0x0000:  ce3e 66                                  .>f",
            ),
            (R13, "IEEE 802.15.4 Reserved packet "),
            (
                R14,
                "IEEE 802.15.4 Beacon packet v1 Security Enabled, AR, IE present, seq 5a 6a25:0425 < 2cfe:49:c9:96:20:db:5e:42:d0 \n\tSecurity Level 3, Key Id Mode 2, KeySource 0x69ff:f0424x, KeyIndex 0x83, [ERROR: Truncated before MIC]",
            ),
            (
                R15,
                "IEEE 802.15.4 Data packet v1 Security Enabled, PAN ID Compression, IE present, seq e5  [|802.15.4]",
            ),
            (
                R16,
                "IEEE 802.15.4 Command packet v1 PAN ID Compression, seq 13 [ERROR: PAN ID Compression != 0, and only one address with frame version < 2]276d:27:d8:1b:ea:73:e2:5a:8c < -:none wrong FCS 888 vs 86e1 (assume no FCS stored) Command ID = Reserved 0xaf Command Data = 50 11 af 2f 7a 88 08 \n\t0x0000:  5011 af2f 7a88 08                        P../z..",
            ),
            (
                R17,
                "IEEE 802.15.4 Beacon packet v0 Frame Pending, AR, seq 56 -:none < 5492:b0:ca:96:ff:57:69:cb:af FCS 52f \n\tBeacon order = 1, Superframe order = 4, Final CAP Slot = 1, BLE enabled, PAN Coordinator, Association Permit [ERROR: Truncated GTS Info List]",
            ),
            (
                R18,
                "IEEE 802.15.4 Command packet v2 AR, PAN ID Compression, seq ec 0816:none < -:none FCS 5872 [ERROR: Truncated before Command ID]",
            ),
            (
                R19,
                "IEEE 802.15.4 Beacon packet v1 Sequence Number Suppression, [ERROR: Sequence number suppressed on frames where version < 2]seq suppressed 7f68:fb:35:a1:e0:d5:b6:76:cf < 1b33:880b wrong FCS 6214 vs f688 (assume no FCS stored) \n\tBeacon order = 14, Superframe order = 0, Final CAP Slot = 11, BLE enabled, PAN CoordinatorGTS Descriptor Count = 1, GTS Directions Mask = 40, [ [ 3c98, Start slot = 12, Length = 3 ] ]\n\tPending address list, # short addresses = 6, # extended addresses = 3 [ERROR: Pending address list truncated]",
            ),
            (
                R20,
                "IEEE 802.15.4 Beacon packet v1 Security Enabled, AR, Sequence Number Suppression, [ERROR: Sequence number suppressed on frames where version < 2]seq suppressed -:none < 48d6:962f \n\tSecurity Level 4, Key Id Mode 3, Frame Counter 0x867134c5 KeySource a5:c1:e0:4a:fb:36:9f:47, KeyIndex 0x4a, wrong FCS 8178 vs 11f9 (assume no FCS stored) \n\tBeacon order = 0, Superframe order = 14, Final CAP Slot = 1, PAN Coordinator, Association PermitGTS Descriptor Count = 5, GTS Directions Mask = 65, [ [ 7464, Start slot = 4, Length = 7 ] [ 06ff, Start slot = 6, Length = 0 ] [ 8863, Start slot = 8, Length = 8 ] [ e249, Start slot = 2, Length = 14 ] [ 671b, Start slot = 7, Length = 6 ] ]\n\tPending address list, # short addresses = 1, # extended addresses = 0 [ERROR: Pending address list truncated]",
            ),
            (
                R21,
                "IEEE 802.15.4 Beacon packet v0 Frame Pending, AR, PAN ID Compression, IE present, seq 89 7956:c816 < -:da84 [ERROR: Header IE with type 1] \n\tVendor Specific Header IE [ length = 71, [ERROR: Truncated IE data]",
            ),
            (
                R22,
                "IEEE 802.15.4 Beacon packet v0 Frame Pending, PAN ID Compression, seq 84 [ERROR: PAN ID Compression != 0, and only one address with frame version < 2]-:none < -:none FCS 41cf [ERROR: Truncated before beacon information]",
            ),
            (
                &BEACON[..8],
                "IEEE 802.15.4 Beacon packet v0 seq 11 -:none < [ERROR: Truncated before dst_pan]",
            ),
            (
                &DATA[..6],
                "IEEE 802.15.4 Data packet v0 PAN ID Compression, seq 11 [ERROR: Truncated before dst_pan]",
            ),
        ],
    );
    golden_on_link(
        link,
        PrintOptions {
            hex: 1,
            ..numeric(0)
        },
        &[
            (
                DATA,
                "IEEE 802.15.4 Data packet v0 1234:5678 < -:cdab \n\t0x0000:  8811 3412 7856 abcd 4865 6c6c 6f93 89",
            ),
            (
                BEACON,
                "IEEE 802.15.4 Beacon packet v0 -:none < 1234:5678 \n\t0x0000:  8011 3412 7856 ffcf 8101 7856 0311 6655\n\t0x0010:  0807 0605 0403 0201 aabb 8c97",
            ),
            (
                DSME,
                "IEEE 802.15.4 Command packet v0 1234:ffff < -:08:07:06:05:04:03:02:01 Command ID = DSME Association Request command Command Data = aa bb \n\t0x0000:  c811 3412 ffff 0102 0304 0506 0708 13aa\n\t0x0010:  bbb5 17",
            ),
            (
                &BEACON[..8],
                "IEEE 802.15.4 Beacon packet v0 -:none < [ERROR: Truncated before dst_pan]\n\t0x0000:  0080 1134",
            ),
        ],
    );
}
