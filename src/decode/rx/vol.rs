//! The AFS volume service, UDP 7005 (print-rx.c's vol_print and
//! vol_reply_print), as a table of each opcode's fields.

use super::Service;
use super::fields::{Args, Out};
use crate::decode::ctx::Ctx;

/// vol_req.
const OPCODES: &[(u32, &str)] = &[
    (100, "create-volume"),
    (101, "delete-volume"),
    (102, "restore"),
    (103, "forward"),
    (104, "end-trans"),
    (105, "clone"),
    (106, "set-flags"),
    (107, "get-flags"),
    (108, "trans-create"),
    (109, "dump"),
    (110, "get-nth-volume"),
    (111, "set-forwarding"),
    (112, "get-name"),
    (113, "get-status"),
    (114, "sig-restore"),
    (115, "list-partitions"),
    (116, "list-volumes"),
    (117, "set-id-types"),
    (118, "monitor"),
    (119, "partition-info"),
    (120, "reclone"),
    (121, "list-one-volume"),
    (122, "nuke"),
    (123, "set-date"),
    (124, "x-list-volumes"),
    (125, "x-list-one-volume"),
    (126, "set-info"),
    (127, "x-list-partitions"),
    (128, "forward-multiple"),
    (65536, "convert-ro"),
    (65537, "get-size"),
    (65538, "dump-v2"),
];

/// AFSNAMEMAX.
const NAME_MAX: u32 = 256;

pub(super) const SERVICE: Service = Service::new("vol", OPCODES, call, reply);

use super::fields::Field::{self, Date, Int, Label, Name, Server, Uint};
use super::fields::fields;

/// vol_print's arguments per opcode (Forward multiple, 128, has a list
/// after these).
fn call_fields(opcode: u32) -> &'static [Field] {
    match opcode {
        100 => &[
            Uint(" partition"),
            Name(" name", NAME_MAX),
            Uint(" type"),
            Uint(" parent"),
        ],
        101 | 104 | 107 => &[Uint(" trans")],
        120 | 126 => &[Uint(" tid")],
        102 => &[Uint(" totrans"), Uint(" flags")],
        103 => &[
            Uint(" fromtrans"),
            Date(" fromdate"),
            Server,
            Int(" desttrans"),
        ],
        105 => &[
            Uint(" trans"),
            Uint(" purgevol"),
            Uint(" newtype"),
            Name(" newname", NAME_MAX),
        ],
        106 => &[Uint(" trans"), Uint(" flags")],
        108 => &[Uint(" vol"), Uint(" partition"), Uint(" flags")],
        109 | 655537 | 128 => &[Uint(" fromtrans"), Date(" fromdate")],
        110 => &[Uint(" index")],
        111 => &[Uint(" tid"), Uint(" newsite")],
        112 | 113 => &[Label(" tid")],
        114 => &[
            Name(" name", NAME_MAX),
            Uint(" type"),
            Uint(" pid"),
            Uint(" cloneid"),
        ],
        116 => &[Uint(" partition"), Uint(" flags")],
        117 => &[
            Uint(" tid"),
            Name(" name", NAME_MAX),
            Uint(" type"),
            Uint(" pid"),
            Uint(" clone"),
            Uint(" backup"),
        ],
        119 => &[Name(" name", NAME_MAX)],
        121 | 122 | 124 | 125 | 65536 => &[Uint(" partid"), Uint(" volid")],
        123 => &[Uint(" tid"), Date(" date")],
        65538 => &[Uint(" fromtrans"), Date(" fromdate"), Uint(" flags")],
        _ => &[],
    }
}

/// vol_reply_print's data reply fields per opcode (the volume lists,
/// 116 and 121, are printed apart).
fn reply_fields(opcode: u32) -> &'static [Field] {
    match opcode {
        100 => &[Uint(" volid"), Uint(" trans")],
        104 | 107 => &[Uint("")],
        105 => &[Uint(" newvol")],
        108 => &[Uint(" trans")],
        110 => &[Uint(" volume"), Uint(" partition")],
        112 => &[Name("", NAME_MAX)],
        113 => &[
            Uint(" volid"),
            Uint(" nextuniq"),
            Uint(" type"),
            Uint(" parentid"),
            Uint(" clone"),
            Uint(" backup"),
            Uint(" restore"),
            Uint(" maxquota"),
            Uint(" minquota"),
            Uint(" owner"),
            Date(" create"),
            Date(" access"),
            Date(" update"),
            Date(" expire"),
            Date(" backup"),
            Date(" copy"),
        ],
        _ => &[],
    }
}

/// vol_print: the arguments of a call.
fn call(c: &mut Ctx, a: &mut Args, opcode: u32) -> Out {
    fields(c, a, call_fields(opcode))?;
    if opcode == 128 {
        a.joined(c, |a, c| fields(c, a, &[Server]))?;
    }
    Ok(())
}

/// vol_reply_print: a data reply's result.
fn reply(c: &mut Ctx, a: &mut Args, opcode: u32) -> Out {
    if opcode == 116 || opcode == 121 {
        return a.joined(c, |a, c| {
            c.s(" name");
            a.vector(c, 32)?;
            a.uints(c, &[" volid"])?;
            c.s(" type");
            // The rest of the entry (21 words) is passed over unread.
            a.at += 21 * 4;
            Ok(())
        });
    }
    fields(c, a, reply_fields(opcode))
}

#[cfg(test)]
mod tests {
    use super::super::tests::afs_session;

    /// A volume listing call and reply, whole and cut in the name
    /// (tcpdump 4.99.3 -n on afs.pcap from its suite, through one
    /// printer); creation, forwarding to one and several servers, status,
    /// volume lists, transactions, an abort and an unknown opcode (on
    /// built packets).
    #[test]
    fn calls_and_replies() {
        afs_session(&[
            (
                "00e0f9cc18000060089fb1f3080045000044e25b000040116fcf839720158397013b07001b5d00308c24a13ba33e5b27add800000001000000010000000101050002b8d100040000007900000001200000ba",
                0,
                "IP 131.151.32.21.1792 > 131.151.1.59.7005:  rx data vol call list-one-volume partid 1 volid 536871098 (40)",
            ),
            (
                "0060089fb1f300e0f9cc1800080045000118cb984000fe1187bd8397013b839720151b5d070001043ab6a13ba33e5b27add800000001000000010000000201040002b8d100040000000100000075000000730000006500000072000000730000002e0000006e0000006e00000065000000750000006c00000000ffffffce000000240000005700000041000000000000004fffffff9a00000028ffffffc30000003f0000004b00000038000000000000000000000000000000000000004500000074000000170000000c200000ba00000000200000bc200000ba000000000000000237af1cd20000000100000000000000003340541300000000382b394b000000000000099500001d3c001b77400006b57800000000ffffffff0000674e0000000000000000",
                0,
                "IP 131.151.1.59.7005 > 131.151.32.21.1792:  rx data vol reply list-one-volume name \"users.nneul\" volid 536871098 type (252)",
            ),
            (
                "00e0f9cc18000060089fb1f3080045000044e25b000040116fcf839720158397013b07001b5d00308c24a13ba33e5b27add800000001000000010000000101050002b8d100040000007900000001200000ba",
                0,
                "IP 131.151.32.21.1792 > 131.151.1.59.7005:  rx data vol call list-one-volume partid 1 volid 536871098 (40)",
            ),
            (
                "0060089fb1f300e0f9cc1800080045000118cb984000fe1187bd8397013b839720151b5d070001043ab6a13ba33e5b27add800000001000000010000000201040002b8d100040000000100000075000000730000006500000072000000730000002e0000006e0000006e00000065000000750000006c00000000ffffffce000000240000005700000041000000000000004fffffff9a00000028ffffffc30000003f0000004b00000038000000000000000000000000000000000000004500000074000000170000000c200000ba00000000200000bc200000ba000000000000000237af1cd20000000100000000000000003340541300000000382b394b000000000000099500001d3c001b77400006b57800000000ffffffff0000674e0000000000000000",
                120,
                "IP 131.151.1.59.7005 > 131.151.32.21.1792:  rx data vol reply list-one-volume name [|vol] (252)",
            ),
            (
                "020000000002020000000001080045000050000100004011f693c0000201c000020707071b5d003c000000001234000056780000000100000001000000010101000000000001000000640000000300000002763100000000000000000009",
                0,
                "IP 192.0.2.1.1799 > 192.0.2.7.7005:  rx data vol call create-volume partition 3 name \"v1\" type 0 parent 9 (52)",
            ),
            (
                "020000000002020000000001080045000040000100004011f6a3c0000207c00002011b5d0707002c0000000012340000567800000001000000010000000101000000000000010000004d00000058",
                0,
                "IP 192.0.2.7.7005 > 192.0.2.1.1799:  rx data vol reply create-volume volid 77 trans 88 (36)",
            ),
            (
                "020000000002020000000001080045000054000100004011f68fc0000201c000020707071b5d0040000000001234000056780000000200000001000000010101000000000001000000670000000538000000000000010000000200000003fffffffc",
                0,
                "IP 192.0.2.1.1799 > 192.0.2.7.7005:  rx data vol call forward fromtrans 5 fromdate 1999/10/10 02:54:56 server 1:2:3 desttrans -4 (56)",
            ),
            (
                "02000000000202000000000108004500003c000100004011f6a7c0000207c00002011b5d07070028000000001234000056780000000200000001000000010400000000000001fffffff9",
                0,
                "IP 192.0.2.7.7005 > 192.0.2.1.1799:  rx abort vol reply forward errcode -7 (32)",
            ),
            (
                "020000000002020000000001080045000060000100004011f683c0000201c000020707071b5d004c00000000123400005678000000030000000100000001010100000000000100000080000000053800000000000002000000010000000200000003000000040000000500000006",
                0,
                "IP 192.0.2.1.1799 > 192.0.2.7.7005:  rx data vol call forward-multiple fromtrans 5 fromdate 1999/10/10 02:54:56 server 1:2:3, server 4:5:6 (68)",
            ),
            (
                "020000000002020000000001080045000040000100004011f6a3c0000201c000020707071b5d002c0000000012340000567800000004000000010000000101010000000000010000007100000001",
                0,
                "IP 192.0.2.1.1799 > 192.0.2.7.7005:  rx data vol call get-status tid (36)",
            ),
            (
                "020000000002020000000001080045000078000100004011f66bc0000207c00002011b5d070700640000000012340000567800000004000000010000000101000000000000010000000100000002000000030000000400000005000000060000000700000008000000090000000a380000003800000038000000380000003800000038000000",
                0,
                "IP 192.0.2.7.7005 > 192.0.2.1.1799:  rx data vol reply get-status volid 1 nextuniq 2 type 3 parentid 4 clone 5 backup 6 restore 7 maxquota 8 minquota 9 owner 10 create 1999/10/10 02:54:56 access 1999/10/10 02:54:56 update 1999/10/10 02:54:56 expire 1999/10/10 02:54:56 backup 1999/10/10 02:54:56 copy 1999/10/10 02:54:56 (92)",
            ),
            (
                "020000000002020000000001080045000044000100004011f69fc0000201c000020707071b5d0030000000001234000056780000000500000001000000010101000000000001000000740000000100000000",
                0,
                "IP 192.0.2.1.1799 > 192.0.2.7.7005:  rx data vol call list-volumes partition 1 flags 0 (40)",
            ),
            (
                "0200000000020200000000010800450001ec000100004011f4f7c0000207c00002011b5d070701d800000000123400005678000000050000000100000001010000000000000100000002000000610000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000005000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000620000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000006000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                0,
                "IP 192.0.2.7.7005 > 192.0.2.1.1799:  rx data vol reply list-volumes name \"a\" volid 5 type, name \"b\" volid 6 type (464)",
            ),
            (
                "020000000002020000000001080045000040000100004011f6a3c0000201c000020707071b5d002c0000000012340000567800000006000000010000000101010000000000010000007800000004",
                0,
                "IP 192.0.2.1.1799 > 192.0.2.7.7005:  rx data vol call reclone tid 4 (36)",
            ),
            (
                "020000000002020000000001080045000048000100004011f69bc0000201c000020707071b5d003400000000123400005678000000070000000100000001010100000000000100000080000000053800000000000000",
                0,
                "IP 192.0.2.1.1799 > 192.0.2.7.7005:  rx data vol call forward-multiple fromtrans 5 fromdate 1999/10/10 02:54:56 <none!> (44)",
            ),
            (
                "020000000002020000000001080045000048000100004011f69bc0000201c000020707071b5d00340000000012340000567800000008000000010000000101010000000000010000006c000000010000000200000003",
                0,
                "IP 192.0.2.1.1799 > 192.0.2.7.7005:  rx data vol call trans-create vol 1 partition 2 flags 3 (44)",
            ),
            (
                "02000000000202000000000108004500003c000100004011f6a7c0000207c00002011b5d070700280000000012340000567800000008000000010000000101000000000000010000002c",
                0,
                "IP 192.0.2.7.7005 > 192.0.2.1.1799:  rx data vol reply trans-create trans 44 (32)",
            ),
            (
                "02000000000202000000000108004500003c000100004011f6a7c0000201c000020707071b5d0028000000001234000056780000000900000001000000010101000000000001000003e7",
                0,
                "IP 192.0.2.1.1799 > 192.0.2.7.7005:  rx data vol call op#999 (32)",
            ),
        ]);
    }
}
